# JSON-LD expanded by jsonld.js in safe mode (nothing dropped, nothing
# fetched), turned into RDF, parsed by rdflib, and checked triple by triple.
source "$(dirname "$0")/lib.sh"
need_node_modules

run "$NEWSGRAPH" export "$FIXTURE" -o "$WORK/graph.jsonld"
expect_status 0 "export jsonld"
"$NEWSGRAPH" export "$FIXTURE" -o "$WORK/native.json"
check "jsonld.js safe expansion to N-Quads" node "$INTEROP/to_nquads.js" "$WORK/graph.jsonld" "$WORK/graph.nq"
check "rdflib triples" "$PY" "$INTEROP/check_jsonld.py" "$WORK/native.json" "$WORK/graph.nq"
# rdflib's own JSON-LD parser reads the same triples as jsonld.js.
check "rdflib reads the JSON-LD itself" "$PY" -c "import rdflib,sys; a=rdflib.Graph().parse(sys.argv[1], format='json-ld'); b=rdflib.ConjunctiveGraph().parse(sys.argv[2], format='nquads'); sys.exit(0 if len(a) == len(b) > 0 else 'rdflib %d triples, jsonld.js %d' % (len(a), len(b)))" \
  "$WORK/graph.jsonld" "$WORK/graph.nq"
# The context is inline, the same as schemas/jsonld-context.json.
check "inline context" "$PY" -c "import json,sys; d=json.load(open(sys.argv[1])); c=json.load(open(sys.argv[2])); sys.exit(d['@context'] != c['@context'])" \
  "$WORK/graph.jsonld" "$SOURCE_DIR/schemas/jsonld-context.json"

# A subgraph is as valid as the whole.
run "$NEWSGRAPH" export "$FIXTURE" --focus "South Korea" -o "$WORK/sk.jsonld"
"$NEWSGRAPH" export "$FIXTURE" --focus "South Korea" -o "$WORK/sk.json"
check "subgraph to N-Quads" node "$INTEROP/to_nquads.js" "$WORK/sk.jsonld" "$WORK/sk.nq"
check "subgraph triples" "$PY" "$INTEROP/check_jsonld.py" "$WORK/sk.json" "$WORK/sk.nq"

finish
