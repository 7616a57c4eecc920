# Neo4j export: the CSV loaded into Kùzu (embedded Cypher engine) and
# queried; the Cypher script's shape; the folder written whole and never
# over a folder that is not an earlier export.
source "$(dirname "$0")/lib.sh"
need_node_modules

run "$NEWSGRAPH" export "$FIXTURE" --format neo4j -o "$WORK/neo4j"
expect_status 0 "export neo4j"
for f in nodes.csv relationships.csv load.cypher import.sh README.md; do expect_file "$WORK/neo4j/$f"; done
"$NEWSGRAPH" export "$FIXTURE" -o "$WORK/native.json"
check "kuzu loads the CSV and answers" node "$INTEROP/check_neo4j.js" "$WORK/native.json" "$WORK/neo4j"
check "kuzu runs load.cypher twice, same graph" node "$INTEROP/check_cypher.js" "$WORK/native.json" "$WORK/neo4j"
grep -q 'neo4j-admin database import full' "$WORK/neo4j/import.sh" && pass || fail "import.sh lacks the neo4j-admin command"
sh -n "$WORK/neo4j/import.sh" && pass || fail "import.sh is not valid sh"

# load.cypher: the constraint before any data, MERGE on span for relationships.
first=$(grep -v '^//' "$WORK/neo4j/load.cypher" | grep -m1 .)
[[ "$first" == "CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;" ]] && pass \
  || fail "load.cypher does not start with the constraint: $first"
[ "$(grep -c '^UNWIND \[' "$WORK/neo4j/load.cypher")" -ge 17 ] && pass || fail "load.cypher: too few UNWIND batches"
grep -q 'MERGE (a)-\[r:participates_in {span: row.span}\]->(b)' "$WORK/neo4j/load.cypher" && pass \
  || fail "load.cypher does not merge relationships on their span"
grep -q 'label: "Task Force \\\\ Alpha"' "$WORK/neo4j/load.cypher" && pass || fail "backslash not escaped in Cypher"

# Written again over itself: fine. Over a folder that holds other files: refused, untouched.
run "$NEWSGRAPH" export "$FIXTURE" --format neo4j -o "$WORK/neo4j"
expect_status 0 "export neo4j over an earlier export"
mkdir -p "$WORK/mine" && echo keep > "$WORK/mine/notes.txt"
run "$NEWSGRAPH" export "$FIXTURE" --format neo4j -o "$WORK/mine"
expect_status 1 "export neo4j over a user's folder"
expect_err "not part of a neo4j export"
[ "$(cat "$WORK/mine/notes.txt")" = keep ] && pass || fail "the user's folder was touched"
[ -z "$(ls -A "$WORK" | grep tmp)" ] && pass || fail "temporary folders left: $(ls -A "$WORK")"

finish
