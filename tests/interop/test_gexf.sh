# GEXF 1.3 read by graphology-gexf; its spells checked in the XML.
source "$(dirname "$0")/lib.sh"
need_node_modules

run "$NEWSGRAPH" export "$FIXTURE" -o "$WORK/graph.gexf"
expect_status 0 "export gexf"
"$NEWSGRAPH" export "$FIXTURE" -o "$WORK/native.json"
check "xmllint" xmllint --noout "$WORK/graph.gexf"
check "graphology-gexf" node "$INTEROP/check_gexf.js" "$WORK/native.json" "$WORK/graph.gexf"
check "spells and kinds" "$PY" "$INTEROP/check_gexf.py" "$WORK/native.json" "$WORK/graph.gexf"

finish
