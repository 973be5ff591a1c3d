#!/usr/bin/env bash
# Starts every one-file program (*/jbang/*.java) through ./jbang and checks that it runs.
# A program passes when it exits with 0 within the limit. A program meant to run longer says so, with
# the lines it must print first, in order, one comment each:   // smoke: runs long, first printing: LISTENING
# It passes when it printed them and is still running at the limit; one that only hangs never passes.
# A program may name smaller arguments for this check in a comment: // smoke run: 20000
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root" || exit 1
export SMOKE_LIMIT=${JBANG_SMOKE_SECONDS:-20}

smoke_one() {
  local program=$1 arguments start output status took lines expected missing=""
  read -r -a arguments <<<"$(sed -n 's|^// smoke run: *||p' "$program" | head -1)"
  start=$(date +%s)
  output=$(timeout "$SMOKE_LIMIT" ./jbang "$program" "${arguments[@]}" 2>&1 </dev/null)
  status=$?
  took=$(( $(date +%s) - start ))
  lines=$(printf '%s\n' "$output" | grep -v '^\[jbang\]' | grep -c .)
  # The promised first lines, in order: each must come after the one before it.
  local rest=$output
  while IFS= read -r expected; do
    [ -n "$expected" ] || continue
    if [[ "$rest" == *"$expected"* ]]; then rest=${rest#*"$expected"}; else missing=$expected; break; fi
  done < <(sed -n 's|^// smoke: runs long, first printing: *||p' "$program")
  local long; long=$(grep -c '^// smoke: runs long' "$program")
  if [ -z "$missing" ] && { [ "$status" -eq 0 ] || { [ "$status" -eq 124 ] && [ "$long" -gt 0 ]; }; }; then
    echo "jbang ok   ${took}s  $program  ($lines lines$([ "$status" -eq 124 ] && echo ", still running after ${SMOKE_LIMIT}s as it says it does"))"
  else
    local why="exit $status"
    [ "$status" -eq 124 ] && why="still running after ${SMOKE_LIMIT}s, and it does not say it runs long (// smoke: runs long, first printing: ...)"
    [ -n "$missing" ] && why="did not print '$missing' (exit $status)"
    echo "jbang FAIL ${took}s  $program  ($why)"
    printf '%s\n' "$output" | tail -15 | sed 's/^/    /'
    return 1
  fi
}
export -f smoke_one

# The first run resolves JBang itself; then two programs at a time (nothing here is timed).
./jbang version >/dev/null || { echo "jbang: could not start JBang" >&2; exit 1; }
if ! ls lesson-*/jbang/*.java | xargs -P 2 -I{} bash -c 'smoke_one "$1"' _ {}; then
  echo "jbang: one-file program(s) failed to run (see FAIL above)" >&2
  exit 1
fi
