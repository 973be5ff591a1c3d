#!/usr/bin/env bash
# Starts every one-file program (*/jbang/*.java) through ./jbang and checks that it runs.
# A program passes when it exits with 0, or is still printing when its time is up (long demos).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root" || exit 1
limit=${JBANG_SMOKE_SECONDS:-45}
failed=0
for program in lesson-*/jbang/*.java; do
  [ -e "$program" ] || continue
  start=$(date +%s)
  output=$(timeout "$limit" ./jbang "$program" 2>&1 </dev/null)
  status=$?
  took=$(( $(date +%s) - start ))
  lines=$(printf '%s' "$output" | grep -vc '^\[jbang\]')
  if [ "$status" -eq 0 ] || { [ "$status" -eq 124 ] && [ "$lines" -gt 0 ]; }; then
    echo "jbang ok   ${took}s  $program  ($lines lines$([ "$status" -eq 124 ] && echo ", stopped after ${limit}s"))"
  else
    echo "jbang FAIL ${took}s  $program  (exit $status)"
    printf '%s\n' "$output" | tail -15 | sed 's/^/    /'
    failed=$((failed + 1))
  fi
done
if [ "$failed" -gt 0 ]; then
  echo "jbang: $failed one-file program(s) failed to run" >&2
  exit 1
fi
