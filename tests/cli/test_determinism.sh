#!/bin/bash
# Builds are deterministic: the same articles give the same bytes for any
# --jobs and any order of the inputs; --timings prints one line per stage.
source "$(dirname "$0")/lib.sh"

cd "$SOURCE_DIR"
ARTICLES=(examples/articles/*)
REVERSED=()
for ((i = ${#ARTICLES[@]} - 1; i >= 0; i--)); do REVERSED+=("${ARTICLES[$i]}"); done

run "$NEWSGRAPH" build "${ARTICLES[@]}" -o "$WORK/j1.json" -q --jobs 1
expect_status 0 "build --jobs 1"
run "$NEWSGRAPH" build "${ARTICLES[@]}" -o "$WORK/j2.json" -q --jobs 2
expect_status 0 "build --jobs 2"
cmp -s "$WORK/j1.json" "$WORK/j2.json" && pass || fail "--jobs 1 and --jobs 2 give different graphs"
run "$NEWSGRAPH" build "${REVERSED[@]}" -o "$WORK/rev.json" -q --jobs 2
expect_status 0 "build of reversed inputs"
cmp -s "$WORK/j1.json" "$WORK/rev.json" && pass || fail "the order of the inputs changes the graph"

run "$NEWSGRAPH" build "${ARTICLES[@]}" -o "$WORK/t.json" -q --timings
expect_status 0 "build --timings"
for stage in reading segmentation recognition resolution relations merge; do
  expect_err "^timing: $stage [0-9]+\.[0-9]+$"
done
cmp -s "$WORK/j1.json" "$WORK/t.json" && pass || fail "--timings changes the graph"

finish
