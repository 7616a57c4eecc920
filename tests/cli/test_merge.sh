#!/bin/bash
# `newsgraph merge`: graphs of shards merge into the graph of a one-shot
# build, byte for byte, whatever the order of the shards.
source "$(dirname "$0")/lib.sh"

cd "$SOURCE_DIR"
ARTICLES=(examples/articles/*)
run "$NEWSGRAPH" build "${ARTICLES[@]}" -o "$WORK/all.json" -q
expect_status 0 "one-shot build"
run "$NEWSGRAPH" build "${ARTICLES[@]:0:3}" -o "$WORK/a.json" -q
expect_status 0 "shard a"
run "$NEWSGRAPH" build "${ARTICLES[@]:3}" -o "$WORK/b.json" -q
expect_status 0 "shard b"

run "$NEWSGRAPH" merge "$WORK/a.json" "$WORK/b.json" -o "$WORK/ab.json"
expect_status 0 "merge a b"
expect_out "files written"
expect_valid_graph "$WORK/ab.json"
cmp -s "$WORK/ab.json" "$WORK/all.json" && pass || fail "merge of shards differs from the one-shot build"
run "$NEWSGRAPH" merge "$WORK/b.json" "$WORK/a.json" -o "$WORK/ba.json" -q
expect_status 0 "merge b a"
cmp -s "$WORK/ba.json" "$WORK/ab.json" && pass || fail "merge depends on the order of its inputs"

# Shards of one document each, interleaved with the other split.
for i in "${!ARTICLES[@]}"; do "$NEWSGRAPH" build "${ARTICLES[$i]}" -o "$WORK/one$i.json" -q; done
run "$NEWSGRAPH" merge "$WORK"/one*.json -o "$WORK/singles.json" -q
expect_status 0 "merge of single-document shards"
cmp -s "$WORK/singles.json" "$WORK/all.json" && pass || fail "merge of single-document shards differs from the one-shot build"

# Merging a graph with nothing else gives it back unchanged.
run "$NEWSGRAPH" merge "$WORK/all.json" -o "$WORK/again.json" -q
cmp -s "$WORK/again.json" "$WORK/all.json" && pass || fail "merge of one graph changed it"

# Errors: a missing shard and a file that is not a graph, one line each, exit 1.
run "$NEWSGRAPH" merge "$WORK/a.json" "$WORK/missing.json" -o "$WORK/x.json"
expect_status 1 "missing shard"
expect_one_line_err
expect_no_file "$WORK/x.json"
echo '{"not": "a graph"}' >"$WORK/bad.json"
run "$NEWSGRAPH" merge "$WORK/a.json" "$WORK/bad.json" -o "$WORK/x.json"
expect_status 1 "invalid shard"
expect_err "bad.json"
run "$NEWSGRAPH" merge -o "$WORK/x.json"
expect_status 2 "no inputs"

finish
