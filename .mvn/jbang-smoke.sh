#!/usr/bin/env bash
# Starts every one-file program (*/jbang/*.java) through ./jbang and checks that it runs.
# A program passes when it exits with 0, or is still printing when its time is up (long demos).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root" || exit 1
limit=${JBANG_SMOKE_SECONDS:-20}
failed=0
for program in lesson-*/jbang/*.java; do
  [ -e "$program" ] || continue
  # a program may name smaller arguments for this check in a comment: // smoke run: 20000
  read -r -a arguments <<<"$(sed -n 's|^// smoke run: *||p' "$program" | head -1)"
  start=$(date +%s)
  output=$(timeout "$limit" ./jbang "$program" "${arguments[@]}" 2>&1 </dev/null)
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
