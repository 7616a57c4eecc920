# DOT opens in Graphviz's own `dot`; SVG, PNG and PDF are rendered in
# process; the drawings keep every label off the other nodes, from the
# fixture (neato) to 500 nodes (sfdp); --max-nodes trims a large graph.
source "$(dirname "$0")/lib.sh"

for format in dot svg png pdf; do
  run "$NEWSGRAPH" export "$FIXTURE" -o "$WORK/graph.$format"
  expect_status 0 "export $format"
  expect_file "$WORK/graph.$format"
done
check "dot reads the DOT file" dot -Tsvg "$WORK/graph.dot" -o "$WORK/from_dot.svg"
check "svg is XML" xmllint --noout "$WORK/graph.svg"
head -c 8 "$WORK/graph.png" | od -An -c | grep -q 'P   N   G' && pass || fail "graph.png is not a PNG"
head -c 5 "$WORK/graph.pdf" | grep -q '%PDF-' && pass || fail "graph.pdf is not a PDF"
check "labels clear of nodes (fixture)" "$PY" "$INTEROP/check_svg.py" "$WORK/graph.svg" --min-nodes 31
check "labels clear of nodes (dot of the DOT file)" "$PY" "$INTEROP/check_svg.py" "$WORK/from_dot.svg" --min-nodes 31
# Names with quotes, backslashes and non-ASCII letters come through.
grep -q 'Task Force \\\\ Alpha' "$WORK/graph.dot" && pass || fail "backslash not escaped in DOT"
grep -q 'Søren Ølgaard&#45;Müller' "$WORK/graph.svg" && pass || fail "non-ASCII label missing from SVG"
grep -q '&quot;Cyber &amp; Signals&quot; &lt;Unit' "$WORK/graph.svg" && pass || fail "quoted label missing from SVG"
grep -q 'Legend' "$WORK/graph.svg" && pass || fail "no legend"
grep -q 'participates_in' "$WORK/graph.svg" && grep -q '2023&#45;04&#45;18 to 2023&#45;04&#45;21' "$WORK/graph.svg" \
  && pass || fail "edge labels lack relation and date"

for engine in dot sfdp; do
  run "$NEWSGRAPH" export "$FIXTURE" --engine "$engine" -o "$WORK/$engine.svg"
  expect_status 0 "--engine $engine"
  check "labels clear of nodes ($engine)" "$PY" "$INTEROP/check_svg.py" "$WORK/$engine.svg" --min-nodes 31
done
run "$NEWSGRAPH" export "$FIXTURE" --engine circus -o "$WORK/x.svg"
expect_status 2 "unknown engine"

# The graph of examples/, as `make demo` draws it.
run "$NEWSGRAPH" build "$SOURCE_DIR/examples/articles" -q -o "$WORK/examples.json" --export "$WORK/examples.svg"
expect_status 0 "build examples --export svg"
check "labels clear of nodes (examples)" "$PY" "$INTEROP/check_svg.py" "$WORK/examples.svg"

"$PY" "$INTEROP/make_graph.py" --nodes 500 --out "$WORK/g500.json"
run "$NEWSGRAPH" export "$WORK/g500.json" -o "$WORK/g500.svg"
expect_status 0 "500 nodes"
check "labels clear of nodes (500 nodes)" "$PY" "$INTEROP/check_svg.py" "$WORK/g500.svg" --min-nodes 500

"$PY" "$INTEROP/make_graph.py" --nodes 3000 --out "$WORK/g3000.json"
run "$NEWSGRAPH" export "$WORK/g3000.json" --max-nodes 200 -o "$WORK/top.png"
expect_status 0 "--max-nodes"
expect_err "note: Showing the 200 most connected of 3000 entities; 2800 entities and [0-9]+ relations left out"
run "$NEWSGRAPH" export "$WORK/g3000.json" --max-nodes 200 -o "$WORK/top.svg"
check "labels clear of nodes (--max-nodes)" "$PY" "$INTEROP/check_svg.py" "$WORK/top.svg" --min-nodes 200
grep -q "most connected of 3000" "$WORK/top.svg" && pass || fail "the drawing does not say what it left out"

finish
