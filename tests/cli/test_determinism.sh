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

# A generated corpus of many more documents and sentence shapes: the same
# bytes with --jobs 1, 2 and 4, its files sorted, reversed or shuffled, and
# its two folders given in either order.
python3 "$SOURCE_DIR/tests/bench/generate_corpus.py" --size-mb 0.2 --out "$WORK/gen" >/dev/null
mkdir -p "$WORK/gen/second"
find "$WORK/gen/0000" -type f -name '*[13579].txt' -exec mv {} "$WORK/gen/second/" \;
mapfile -t FILES < <(find "$WORK/gen" -type f | LC_ALL=C sort)
[ "${#FILES[@]}" -gt 50 ] && pass || fail "generated corpus too small: ${#FILES[@]} files"
run "$NEWSGRAPH" build "$WORK/gen" -o "$WORK/gen1.json" -q --jobs 1
expect_status 0 "build generated corpus"
mapfile -t SHUFFLED < <(printf '%s\n' "${FILES[@]}" | shuf --random-source=<(yes))
run "$NEWSGRAPH" build "${SHUFFLED[@]}" -o "$WORK/gen2.json" -q --jobs 2
cmp -s "$WORK/gen1.json" "$WORK/gen2.json" && pass || fail "shuffled files with --jobs 2 give another graph"
mapfile -t BACKWARDS < <(printf '%s\n' "${FILES[@]}" | LC_ALL=C sort -r)
run "$NEWSGRAPH" build "${BACKWARDS[@]}" -o "$WORK/gen3.json" -q --jobs 4
cmp -s "$WORK/gen1.json" "$WORK/gen3.json" && pass || fail "reversed files with --jobs 4 give another graph"
run "$NEWSGRAPH" build "$WORK/gen/second" "$WORK/gen" -o "$WORK/gen4.json" -q --jobs 2
cmp -s "$WORK/gen1.json" "$WORK/gen4.json" && pass || fail "a folder given twice (once inside the other) changes the graph"
run "$NEWSGRAPH" build "$WORK/gen/second" "$WORK/gen/0000" -o "$WORK/gen5.json" -q --jobs 2
cmp -s "$WORK/gen1.json" "$WORK/gen5.json" && pass || fail "folders in another order give another graph"

run "$NEWSGRAPH" build "${ARTICLES[@]}" -o "$WORK/t.json" -q --timings
expect_status 0 "build --timings"
for stage in reading segmentation recognition resolution relations merge; do
  expect_err "^timing: $stage [0-9]+\.[0-9]+$"
done
cmp -s "$WORK/j1.json" "$WORK/t.json" && pass || fail "--timings changes the graph"

finish
