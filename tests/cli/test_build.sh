# newsgraph build on examples/: the graph, its schema, the report.
source "$(dirname "$0")/lib.sh"

run "$NEWSGRAPH" build "$SOURCE_DIR/examples/articles" -o "$WORK/graph.json"
expect_status 0 "build examples"
expect_out "^documents read: 6$"
expect_out "^nodes: [0-9]+"
expect_out "^edges: [0-9]+"
expect_out "files written:"
expect_file "$WORK/graph.json"
expect_valid_graph "$WORK/graph.json"
[ -z "$(ls -A "$WORK" | grep tmp)" ] && pass || fail "temporary files left: $(ls -A "$WORK")"

# stdin is a document too.
run bash -c "\"$NEWSGRAPH\" build - -o \"$WORK/stdin.json\" < \"$SOURCE_DIR/examples/articles/01_finland_joins_exercise.txt\""
expect_status 0 "build from stdin"
expect_out "^documents read: 1$"
expect_valid_graph "$WORK/stdin.json"

# Not a terminal: no progress bar on stderr.
run "$NEWSGRAPH" build "$SOURCE_DIR/examples/articles" -o "$WORK/graph2.json"
[ -z "$ERR" ] || grep -qv '#' <<<"$ERR" && pass || fail "progress bar written when not on a terminal: $ERR"

# Quiet prints nothing.
run "$NEWSGRAPH" build "$SOURCE_DIR/examples/articles" -o "$WORK/graph3.json" --quiet
expect_status 0 "--quiet"
[ -z "$OUT" ] && pass || fail "--quiet printed: $OUT"
cmp -s "$WORK/graph.json" "$WORK/graph3.json" && pass || fail "two builds of the same input differ"

run "$NEWSGRAPH" stats "$WORK/graph.json"
expect_status 0 "stats"
expect_out "^documents: 6$"

finish
