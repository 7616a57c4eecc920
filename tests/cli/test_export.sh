# newsgraph export: formats, subgraph options, errors, atomic output.
source "$(dirname "$0")/lib.sh"
FIXTURE="$SOURCE_DIR/tests/data/alliance_graph.json"

run "$NEWSGRAPH" export "$FIXTURE" -o "$WORK/all.json"
expect_status 0 "export json"
expect_valid_graph "$WORK/all.json"

# --focus and --depth: the neighbourhood of an entity, found by any alias.
run "$NEWSGRAPH" export "$FIXTURE" --focus "CCDCOE" --depth 1 -o "$WORK/focus.json"
expect_status 0 "--focus"
expect_valid_graph "$WORK/focus.json"
run "$NEWSGRAPH" stats "$WORK/focus.json"
expect_out "^nodes: 6$"
expect_out "^edges: 9$"
run "$NEWSGRAPH" export "$FIXTURE" --focus "Zürich" --depth 2 -o "$WORK/focus2.graphml"
expect_status 0 "--focus --depth 2 to graphml"
grep -q 'Nordic Defence Ministers' "$WORK/focus2.graphml" && grep -q '>Norway<' "$WORK/focus2.graphml" \
  && ! grep -q 'Locked Shields' "$WORK/focus2.graphml" && pass || fail "depth 2 around Zürich is wrong"

run "$NEWSGRAPH" export "$FIXTURE" --focus "Atlantis" -o "$WORK/none.json"
expect_status 1 "unknown --focus"
expect_err '--focus Atlantis: no entity named "Atlantis"'
expect_one_line_err
expect_no_file "$WORK/none.json"

# --relation, --type, --since/--until.
run "$NEWSGRAPH" export "$FIXTURE" --relation member_of -o "$WORK/members.json"
expect_status 0 "--relation"
run "$NEWSGRAPH" stats "$WORK/members.json"
expect_out "^edges: 5$"
run "$NEWSGRAPH" export "$FIXTURE" --type Person --type Organisation -o "$WORK/people.json"
run "$NEWSGRAPH" stats "$WORK/people.json"
expect_out "^nodes: 11$"
grep -q '"Nation"' "$WORK/people.json" && fail "--type kept a Nation" || pass
run "$NEWSGRAPH" export "$FIXTURE" --since 2024 --until 2024-12 -o "$WORK/y2024.json"
expect_status 0 "--since --until"
grep -q '"date": "2023' "$WORK/y2024.json" && fail "--since 2024 kept a 2023 edge" || pass
grep -q '"date": "2024-03-07"' "$WORK/y2024.json" && pass || fail "--since 2024 lost a 2024 edge"
run "$NEWSGRAPH" export "$FIXTURE" --relation joined -o "$WORK/x.json"
expect_status 2 "unknown --relation"
run "$NEWSGRAPH" export "$FIXTURE" --since 2024-13 -o "$WORK/x.json"
expect_status 2 "bad --since"

run "$NEWSGRAPH" export "$FIXTURE" --max-nodes 5 -o "$WORK/x.graphml"
expect_status 2 "--max-nodes on a data format"
expect_err "apply to diagrams"

# Format from the extension, or refused.
run "$NEWSGRAPH" export "$FIXTURE" -o "$WORK/graph.unknown"
expect_status 2 "unknown extension"
run "$NEWSGRAPH" export "$FIXTURE" -o "$WORK/missing/graph.graphml"
expect_status 1 "missing folder"
[ -z "$(ls -A "$WORK" | grep tmp)" ] && pass || fail "temporary files left: $(ls -A "$WORK")"

# build --export writes every export format it is given.
mkdir -p "$WORK/articles"
cp "$SOURCE_DIR/examples/articles/01_finland_joins_exercise.txt" "$WORK/articles/"
run "$NEWSGRAPH" build "$WORK/articles" -o "$WORK/b.json" --export "$WORK/b.graphml" --export "$WORK/b.dot" \
  --export "$WORK/b.svg" --export "$WORK/b.png" --export "$WORK/b.pdf"
expect_status 0 "build --export"
for f in b.graphml b.dot b.svg b.png b.pdf; do expect_file "$WORK/$f"; done

finish
