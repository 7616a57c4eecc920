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

# Shards that disagree (documents written for this test): Dalmora is a
# place in three documents and a person in two, and the second shard alone
# is a tie, which goes to Person; the institute's label is fuller in one
# shard; Latvia's part in Silver Heron is in both, with different patterns
# and confidence. The merge weighs every document as the build does: the
# same type (Place), label, aliases, confidence and evidence.
SPLIT="$WORK/split"
mkdir -p "$SPLIT/a" "$SPLIT/b"
echo "Latvia took part in exercise Silver Heron, held in Dalmora in May 2023." >"$SPLIT/a/place1.txt"
echo "Poland hosted exercise Iron Brook in Dalmora in June 2022." >"$SPLIT/a/place2.txt"
echo "President Dalmora met with Estonia's defence minister in March 2022." >"$SPLIT/a/person1.txt"
echo "The Korvask Institute (KISS) signed a memorandum with the Lithuanian Ministry of Defence in 2020." \
  >"$SPLIT/a/institute.txt"
echo "The Korvask Institute for Strategic Studies (KISS) is based in Dalmora, its director said in 2021." \
  >"$SPLIT/b/place3.txt"
echo "Commander Dalmora said Lithuania would take part in exercise Silver Heron in 2023. Silver Heron, which" \
  "Latvia attended in May 2023, was held in Dalmora." >"$SPLIT/b/person2.txt"
run "$NEWSGRAPH" build "$SPLIT/a" "$SPLIT/b" -o "$WORK/split_all.json" -q
expect_status 0 "one-shot build of the split documents"
"$NEWSGRAPH" build "$SPLIT/a" -o "$WORK/split_a.json" -q
"$NEWSGRAPH" build "$SPLIT/b" -o "$WORK/split_b.json" -q
run "$NEWSGRAPH" merge "$WORK/split_a.json" "$WORK/split_b.json" -o "$WORK/split_ab.json" -q
expect_status 0 "merge of the split shards"
expect_valid_graph "$WORK/split_ab.json"
cmp -s "$WORK/split_ab.json" "$WORK/split_all.json" && pass || fail "merge of shards with a split type vote differs from the one-shot build"
"$NEWSGRAPH" merge "$WORK/split_b.json" "$WORK/split_a.json" -o "$WORK/split_ba.json" -q
cmp -s "$WORK/split_ba.json" "$WORK/split_all.json" && pass || fail "merge of the split shards depends on their order"
# What the comparison above stands on, checked apart (so that it cannot pass on two empty graphs).
/usr/bin/python3 - "$WORK/split_all.json" "$WORK/split_b.json" <<'PY' && pass || fail "the split case is not what this test means"
import json, sys
whole, shard_b = (json.load(open(p)) for p in sys.argv[1:])
node = lambda g, label: next(n for n in g["nodes"] if n["label"] == label)
assert node(whole, "Dalmora")["type"] == "Place", node(whole, "Dalmora")
assert node(whole, "Dalmora")["type_votes"] == {"Person": 2, "Place": 3}
assert node(shard_b, "Dalmora")["type"] == "Person"
inst = node(whole, "Korvask Institute for Strategic Studies")
assert sorted(inst["aliases"]) == ["KISS", "Korvask Institute"], inst
both = [e for e in whole["edges"] if e["type"] == "participates_in" and len({x["doc"] for x in e["evidence"]}) == 2]
assert len(both) == 1 and both[0]["confidence"] == 0.9, both
PY

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
