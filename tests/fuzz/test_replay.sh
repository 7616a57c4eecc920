#!/usr/bin/env bash
# ctest: one fuzz target's code, built without libFuzzer (replay_NAME), run
# on its seeds (from examples/) and on every input fuzzing once failed on
# (tests/fuzz/regressions/NAME/). A crash, a trap or a sanitizer report fails.
#   test_replay.sh REPLAY_BINARY SOURCE_DIR
set -euo pipefail
binary=$1
root=$2
name=$(basename "$binary")
name=${name#replay_}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/tests/fuzz/seed_corpus.sh" "$name" "$work/seeds"
inputs=("$work/seeds")
[ -d "$root/tests/fuzz/regressions/$name" ] && inputs+=("$root/tests/fuzz/regressions/$name")
"$binary" "${inputs[@]}" 2>"$work/log" || { cat "$work/log"; echo "FAIL: $name on its seeds or regressions"; exit 1; }
tail -1 "$work/log"
