# build --update: adds documents to a graph without losing what it held;
# a document already in it changes nothing; a killed update loses nothing.
source "$(dirname "$0")/lib.sh"
ART="$SOURCE_DIR/examples/articles"

run "$NEWSGRAPH" build "$ART/02_japan_partnership.txt" -o "$WORK/g.json" -q
expect_status 0 "first build"
cp "$WORK/g.json" "$WORK/first.json"
run "$NEWSGRAPH" build "$ART/05_korea_us_talks.txt" -o "$WORK/second.json" -q
expect_status 0 "build of the second document alone"

# Adding a new document keeps the old nodes and edges and adds the new ones.
run "$NEWSGRAPH" build --update "$WORK/g.json" "$ART/05_korea_us_talks.txt" -q
expect_status 0 "update with a new document"
expect_valid_graph "$WORK/g.json"
labels() { python3 -c 'import json,sys; print("\n".join(sorted({n["label"] for n in json.load(open(sys.argv[1]))["nodes"]})))' "$1"; }
edges() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["edges"]))' "$1"; }
docs() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["documents"]))' "$1"; }
missing=$(comm -23 <(labels "$WORK/first.json") <(labels "$WORK/g.json"))
[ -z "$missing" ] && pass || fail "update lost nodes: $missing"
missing=$(comm -23 <(labels "$WORK/second.json") <(labels "$WORK/g.json"))
[ -z "$missing" ] && pass || fail "update did not add nodes: $missing"
[ "$(docs "$WORK/g.json")" = 2 ] && pass || fail "expected 2 documents after the update"
[ "$(edges "$WORK/g.json")" -ge "$(edges "$WORK/first.json")" ] && [ "$(edges "$WORK/g.json")" -ge "$(edges "$WORK/second.json")" ] \
  && pass || fail "update has fewer edges than its parts"

# The same as building both at once.
run "$NEWSGRAPH" build "$ART/02_japan_partnership.txt" "$ART/05_korea_us_talks.txt" -o "$WORK/both.json" -q
[ "$(edges "$WORK/g.json")" = "$(edges "$WORK/both.json")" ] && pass || fail "update and a build of both differ in edges"

# Re-adding a document already in the graph changes nothing, byte for byte.
cp "$WORK/g.json" "$WORK/before.json"
run "$NEWSGRAPH" build --update "$WORK/g.json" "$ART/02_japan_partnership.txt"
expect_status 0 "re-adding a document"
expect_out "already in the graph"
cmp -s "$WORK/g.json" "$WORK/before.json" && pass || fail "re-adding a document changed the graph"

# -o writes elsewhere and leaves GRAPH alone.
run "$NEWSGRAPH" build --update "$WORK/first.json" "$ART/05_korea_us_talks.txt" -o "$WORK/other.json" -q
expect_status 0 "update with -o"
cmp -s "$WORK/other.json" "$WORK/g.json" && pass || fail "update with -o differs from the in-place update"
[ "$(docs "$WORK/first.json")" = 1 ] && pass || fail "update with -o changed its input graph"

# A graph that is not a newsgraph graph stops the update, untouched.
printf '{"vertices": []}' >"$WORK/foreign.json"
run "$NEWSGRAPH" build --update "$WORK/foreign.json" "$ART/05_korea_us_talks.txt" -q
expect_status 1 "update of a foreign JSON"
expect_err "foreign.json: at /: does not match schemas/graph.schema.json"
expect_one_line_err
[ "$(cat "$WORK/foreign.json")" = '{"vertices": []}' ] && pass || fail "a failed update changed its graph"

# A killed update of a large graph leaves the old file intact and loadable.
# (50,000 edges under the sanitizers, whose slower write is as easy to catch.)
if [ -n "${NEWSGRAPH_TEST_SANITIZED:-}" ]; then BIG=50000; else BIG=100000; fi
python3 "$SOURCE_DIR/tests/bench/generate_graph.py" --edges "$BIG" --out "$WORK/big.json"
cp "$WORK/big.json" "$WORK/big_before.json"
"$NEWSGRAPH" build --update "$WORK/big.json" "$ART/05_korea_us_talks.txt" -q &
kill_during_write $! "$WORK/big.json"
[ "$KILLED" = yes ] && pass || fail "could not kill the update in the middle of its write"
cmp -s "$WORK/big.json" "$WORK/big_before.json" && pass || fail "a killed update changed the graph"
run "$NEWSGRAPH" stats "$WORK/big.json"
expect_status 0 "stats on the graph after a killed update"
BIG_EDGES=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["edges"]))' "$WORK/big_before.json")
expect_out "^edges: $BIG_EDGES$"

finish
