# GraphML read back by networkx, igraph (Debian's) and graphology-graphml,
# compared with the native JSON of the same graph.
source "$(dirname "$0")/lib.sh"
need_node_modules

run "$NEWSGRAPH" export "$FIXTURE" -o "$WORK/graph.graphml"
expect_status 0 "export graphml"
"$NEWSGRAPH" export "$FIXTURE" -o "$WORK/native.json"
check "xmllint" xmllint --noout "$WORK/graph.graphml"
check "networkx and igraph" "$PY" "$INTEROP/check_graphml.py" "$WORK/native.json" "$WORK/graph.graphml"
check "graphology-graphml" node "$INTEROP/check_graphml.js" "$WORK/native.json" "$WORK/graph.graphml"

# The same through build --export, and a bigger generated graph.
"$PY" "$INTEROP/make_graph.py" --nodes 400 --out "$WORK/big.json"
"$NEWSGRAPH" export "$WORK/big.json" -o "$WORK/big_native.json"
run "$NEWSGRAPH" export "$WORK/big.json" --format graphml -o "$WORK/big.xml"
expect_status 0 "export --format graphml"
check "generated graph" "$PY" "$INTEROP/check_graphml.py" "$WORK/big_native.json" "$WORK/big.xml"

finish
