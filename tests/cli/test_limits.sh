# The limits of the README (document size, nodes, edges, path length in
# queries, diagram size, image size): each reached gives one clear line
# naming the limit and how to change it, a documented exit code, and leaves
# no output file (or the earlier one as it was). Limits are lowered through
# their NEWSGRAPH_MAX_* variables so that small inputs reach them.
source "$(dirname "$0")/lib.sh"
ART="$SOURCE_DIR/examples/articles"
G="$SOURCE_DIR/tests/data/examples_graph.json"
PY=/usr/bin/python3

# Document size: a document over 64 MiB is skipped with a warning, the rest built.
truncate -s 65M "$WORK/huge.txt"
run "$NEWSGRAPH" build "$WORK/huge.txt" "$ART/02_japan_partnership.txt" -o "$WORK/d.json" -q
expect_status 0 "a document over the size limit among others"
expect_err "^newsgraph: warning: .*huge.txt: larger than the document size limit \(64 MiB\), skipped$"
expect_one_line_err
expect_valid_graph "$WORK/d.json"
grep -q '"Japan"' "$WORK/d.json" && pass || fail "the document beside the huge one was not built"
# The same on standard input, where the size is not known in advance.
yes 'Finland joined NATO in April 2023.' | head -c 67200000 >"$WORK/stdin.txt"
run "$NEWSGRAPH" build - -o "$WORK/s.json" -q <"$WORK/stdin.txt"
# It was the only input: a build that read no document fails and writes nothing.
expect_status 1 "standard input over the size limit"
expect_err "^newsgraph: error: -: larger than the document size limit \(64 MiB\): no document was read, nothing written$"
expect_one_line_err
expect_no_file "$WORK/s.json"

# Sidecar size: a --meta file over 64 MiB is refused before it is read, nothing written.
truncate -s 65M "$WORK/huge_meta.csv"
run "$NEWSGRAPH" build "$ART/02_japan_partnership.txt" --meta "$WORK/huge_meta.csv" -o "$WORK/hm.json"
expect_status 1 "a --meta file over the size limit"
expect_err "^newsgraph: error: $WORK/huge_meta.csv: metadata file larger than 64 MiB"
expect_one_line_err
expect_no_file "$WORK/hm.json"
rm -f "$WORK/huge_meta.csv"

# Nodes: a build that would hold more entities than the limit fails, and
# writes nothing.
run env NEWSGRAPH_MAX_NODES=5 "$NEWSGRAPH" build "$ART" -o "$WORK/n.json" --export "$WORK/n.graphml"
expect_status 1 "build over the node limit"
expect_err "^newsgraph: error: more than 5 entities, the limit of one graph: use fewer documents, or raise NEWSGRAPH_MAX_NODES if memory allows$"
expect_one_line_err
expect_no_file "$WORK/n.json"
expect_no_file "$WORK/n.graphml"

# Edges: the same for relations; build --update leaves the graph it had.
"$NEWSGRAPH" build "$ART/02_japan_partnership.txt" -o "$WORK/old.json" -q || fail "building the reference graph"
OLD_SUM=$(cksum <"$WORK/old.json")
EDGES=$("$PY" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["edges"]))' "$WORK/old.json")
run env NEWSGRAPH_MAX_EDGES="$EDGES" "$NEWSGRAPH" build --update "$WORK/old.json" "$ART/05_korea_us_talks.txt"
expect_status 1 "build --update over the edge limit"
expect_err "^newsgraph: error: more than $EDGES relations, the limit of one graph: .*raise NEWSGRAPH_MAX_EDGES"
expect_one_line_err
[ "$(cksum <"$WORK/old.json")" = "$OLD_SUM" ] && pass || fail "build --update over the limit changed the graph"
ls "$WORK" | grep -q '\.tmp\.' && fail "a temporary file was left: $(ls "$WORK")" || pass

# A graph file with more than the limit: refused on loading, naming the file.
for cmd in "stats $G" "query $G entities" "export $G -o $WORK/x.graphml"; do
  run env NEWSGRAPH_MAX_EDGES=10 "$NEWSGRAPH" $cmd
  expect_status 1 "$cmd over the edge limit"
  expect_err "^newsgraph: error: $G: more than 10 relations, the limit of one graph"
  expect_one_line_err
done
expect_no_file "$WORK/x.graphml"
run env NEWSGRAPH_MAX_NODES=10 "$NEWSGRAPH" stats "$G"
expect_status 1 "stats over the node limit"
expect_err "^newsgraph: error: $G: more than 10 entities"

# merge: the merged graph is held to the limit too.
GEDGES=$("$PY" -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["edges"]))' "$G")
run env NEWSGRAPH_MAX_EDGES="$GEDGES" "$NEWSGRAPH" merge "$G" "$WORK/old.json" "$WORK/d.json" -o "$WORK/m.json"
expect_status 1 "merge over the edge limit"
expect_err "^newsgraph: error: more than $GEDGES relations, the limit of one graph"
expect_one_line_err
expect_no_file "$WORK/m.json"

# A limit that is not a number is a usage error; an empty one is unset.
for value in abc 0 -3 12x; do
  run env NEWSGRAPH_MAX_EDGES="$value" "$NEWSGRAPH" stats "$G"
  expect_status 2 "NEWSGRAPH_MAX_EDGES=$value"
  expect_err "^newsgraph: error: NEWSGRAPH_MAX_EDGES=$value: not a positive whole number$"
done
run env NEWSGRAPH_MAX_EDGES= "$NEWSGRAPH" stats "$G"
expect_status 0 "NEWSGRAPH_MAX_EDGES empty"

# Path length in queries: --max-length beyond 12 is a usage error; --all
# stops at 100 paths and says so.
for n in 0 13 1000; do
  run "$NEWSGRAPH" query "$G" path Finland Japan --max-length "$n"
  expect_status 2 "--max-length $n"
  expect_err "^newsgraph: error: --max-length must be between 1 and 12$"
  expect_one_line_err
done
"$PY" "$SOURCE_DIR/tests/bench/generate_graph.py" --edges 12000 --out "$WORK/big.json" >/dev/null ||
  fail "generating a graph of 12000 edges"
run "$NEWSGRAPH" query "$WORK/big.json" path n1 n2 --all --max-length 12
expect_status 0 "--all on a dense graph"
expect_out "stopped at the bound of 100 paths; there may be more"
[ "$(grep -c -- '--' <<<"$OUT")" -ge 100 ] && pass || fail "--all listed fewer than 100 paths"
run "$NEWSGRAPH" query "$WORK/big.json" path n1 n2 --all --max-length 12 --json
expect_status 0 "--all --json on a dense graph"
expect_out '"truncated": ?true'

# Diagram size: more entities than the limit is refused before any layout,
# naming the file; --max-nodes draws the most connected instead; DOT text
# (not laid out) has no such limit.
# (the default, 20000, is above this graph: the test sets a lower one)
for fmt in svg png pdf; do
  run env NEWSGRAPH_MAX_DIAGRAM_NODES=2000 "$NEWSGRAPH" export "$WORK/big.json" -o "$WORK/big.$fmt"
  expect_status 1 "a $fmt diagram over the limit"
  expect_err "^newsgraph: error: $WORK/big.$fmt: a diagram of [0-9]+ entities is more than the limit of 2000 that can be laid out: .*--max-nodes.*NEWSGRAPH_MAX_DIAGRAM_NODES$"
  expect_one_line_err
  expect_no_file "$WORK/big.$fmt"
done
run "$NEWSGRAPH" export "$WORK/big.json" -o "$WORK/big.dot"
expect_status 0 "DOT text of a large graph"
expect_file "$WORK/big.dot"
run env NEWSGRAPH_MAX_DIAGRAM_NODES=5 "$NEWSGRAPH" export "$G" -o "$WORK/few.svg" --max-nodes 5
expect_status 0 "--max-nodes within the diagram limit"
expect_file "$WORK/few.svg"
run env NEWSGRAPH_MAX_DIAGRAM_NODES=5 "$NEWSGRAPH" query "$G" neighbours "South Korea" --format svg -o "$WORK/q.svg"
expect_status 1 "a query's diagram over the limit"
expect_err "q.svg: a diagram of [0-9]+ entities is more than the limit of 5"
expect_no_file "$WORK/q.svg"
run env NEWSGRAPH_MAX_DIAGRAM_NODES=5 "$NEWSGRAPH" build "$ART/02_japan_partnership.txt" -o "$WORK/b.json" \
  --export "$WORK/b.svg" -q
expect_status 1 "build --export of a diagram over the limit"
expect_err "b.svg: a diagram of [0-9]+ entities"
expect_no_file "$WORK/b.svg"

# Image size: a PNG's longest side is scaled down to the limit.
png_size() { "$PY" -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print(*struct.unpack(">II", d[16:24]))' "$1"; }
run env NEWSGRAPH_MAX_IMAGE_PIXELS=300 "$NEWSGRAPH" export "$G" -o "$WORK/small.png"
expect_status 0 "PNG with a small pixel limit"
read -r W H <<<"$(png_size "$WORK/small.png")"
[ "$W" -le 300 ] && [ "$H" -le 300 ] && { [ "$W" -ge 150 ] || [ "$H" -ge 150 ]; } && pass ||
  fail "PNG is ${W}x${H}, expected its longest side at most 300 (and near it)"
run "$NEWSGRAPH" export "$G" -o "$WORK/full.png"
read -r FW FH <<<"$(png_size "$WORK/full.png")"
[ "$FW" -gt 300 ] && [ "$FW" -le 8192 ] && [ "$FH" -le 8192 ] && pass ||
  fail "default PNG is ${FW}x${FH}, expected wider than 300 and within 8192"

finish
