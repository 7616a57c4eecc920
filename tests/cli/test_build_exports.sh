# build --export writes every format, the Neo4j import set to a folder.
source "$(dirname "$0")/lib.sh"

mkdir -p "$WORK/out"
run "$NEWSGRAPH" build "$SOURCE_DIR/examples/articles" -o "$WORK/out/graph.json" \
  --export "$WORK/out/graph.graphml" --export "$WORK/out/graph.gexf" --export "$WORK/out/neo4j/"
expect_status 0 "build with exports"
for f in graph.json graph.graphml graph.gexf neo4j/nodes.csv neo4j/relationships.csv neo4j/import.sh; do
  expect_file "$WORK/out/$f"
done
expect_out "neo4j"

# An existing folder given without the slash is the Neo4j set too.
run "$NEWSGRAPH" build "$SOURCE_DIR/examples/articles" -o "$WORK/out/graph2.json" --export "$WORK/out/neo4j"
expect_status 0 "build --export to an existing folder"
expect_file "$WORK/out/neo4j/nodes.csv"

# A path with no extension that is not a folder cannot be guessed.
run "$NEWSGRAPH" build "$SOURCE_DIR/examples/articles" -o "$WORK/out/graph3.json" --export "$WORK/out/mystery"
expect_status 2 "build --export without an extension"
expect_err "cannot tell the format"
expect_no_file "$WORK/out/graph3.json"

finish
