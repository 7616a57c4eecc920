# Every bad input of issue 7: one clear line on stderr naming the file and
# what is wrong, a documented exit code, and no output left or damaged.
source "$(dirname "$0")/lib.sh"
ART="$SOURCE_DIR/examples/articles"
mkdir -p "$WORK/in"
cp "$ART/02_japan_partnership.txt" "$WORK/in/good.txt"
"$NEWSGRAPH" build "$WORK/in/good.txt" -o "$WORK/old.json" -q || fail "building the reference graph"
OLD_SUM=$(cksum <"$WORK/old.json")
expect_old_intact() { [ "$(cksum <"$WORK/old.json")" = "$OLD_SUM" ] && pass || fail "$1: old.json was changed"; }

# Missing paths.
run "$NEWSGRAPH" build "$WORK/nope.txt" -o "$WORK/old.json"
expect_refused 1 "^newsgraph: error: $WORK/nope.txt: no such file or folder$"
expect_old_intact "missing input"

# Missing graph, lexicon and metadata paths, for every command that reads one.
for cmd in "stats MISSING" "query MISSING entities" "export MISSING -o $WORK/x.graphml" \
           "merge MISSING $WORK/old.json -o $WORK/x.json"; do
  run "$NEWSGRAPH" ${cmd/MISSING/$WORK/nope.json}
  expect_refused 1 "^newsgraph: error: $WORK/nope.json: no such file$"
done
expect_no_file "$WORK/x.graphml"
expect_no_file "$WORK/x.json"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --lexicon "$WORK/nolex" -o "$WORK/old.json"
expect_refused 1 "^newsgraph: error: $WORK/nolex: lexicon folder not found$"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --lexicon "$WORK/in/good.txt" -o "$WORK/old.json"
expect_refused 1 "good.txt: is a file: --lexicon takes the folder that holds the lexicon's .json files$"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --meta "$WORK/nometa.csv" -o "$WORK/old.json"
expect_refused 1 "^newsgraph: error: $WORK/nometa.csv: no such metadata file$"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --meta "$WORK/in" -o "$WORK/old.json"
expect_refused 1 "^newsgraph: error: $WORK/in: not a regular file: --meta takes a .csv or .json file$"
expect_old_intact "missing paths"

# Unreadable files and folders that cannot be written. chmod does not stop
# root, so as root these run as the user nobody (setpriv), when nobody can
# reach the binary; the test says when it cannot.
as_user() { "$@"; }
CAN_LOCK=yes
if [ "$(id -u)" = 0 ]; then
  as_user() { setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"; }
  chmod 755 "$WORK"
  as_user "$NEWSGRAPH" --version >/dev/null 2>&1 || CAN_LOCK=no
fi
if [ "$CAN_LOCK" = yes ]; then
  mkdir -p "$WORK/locked" "$WORK/ro"
  chmod 777 "$WORK/locked"
  cp "$WORK/in/good.txt" "$WORK/locked/article.txt"
  cp "$WORK/old.json" "$WORK/locked/graph.json"
  chmod 000 "$WORK/locked/article.txt" "$WORK/locked/graph.json"
  run as_user "$NEWSGRAPH" build "$WORK/locked/article.txt" -o "$WORK/locked/out.json"
  expect_refused 1 "^newsgraph: error: $WORK/locked/article.txt: cannot open" "$WORK/locked/out.json"
  # Found in a folder, it is skipped with a warning and the rest is built.
  mkdir -p "$WORK/locked/folder"
  cp "$WORK/in/good.txt" "$WORK/locked/folder/good.txt"
  cp "$WORK/in/good.txt" "$WORK/locked/folder/secret.txt"
  chmod 000 "$WORK/locked/folder/secret.txt"
  run as_user "$NEWSGRAPH" build "$WORK/locked/folder" -o "$WORK/locked/out.json" -q
  expect_status 0 "an unreadable document in a folder"
  expect_err "^newsgraph: warning: $WORK/locked/folder/secret.txt: cannot open: Permission denied$"
  expect_one_line_err
  expect_valid_graph "$WORK/locked/out.json"
  rm -f "$WORK/locked/out.json"
  for cmd in "stats GRAPH" "query GRAPH entities" "export GRAPH -o $WORK/locked/x.graphml"; do
    run as_user "$NEWSGRAPH" ${cmd/GRAPH/$WORK/locked/graph.json}
    expect_refused 1 "^newsgraph: error: $WORK/locked/graph.json: cannot (open|read)"
  done
  expect_no_file "$WORK/locked/x.graphml"
  # A folder that cannot be written: refused before any work, nothing left.
  chmod 555 "$WORK/ro"
  for cmd in "build $WORK/in/good.txt -o $WORK/ro/g.json" "export $WORK/old.json -o $WORK/ro/g.json" \
             "merge $WORK/old.json -o $WORK/ro/g.json" "build $WORK/in/good.txt -o $WORK/locked/g.json --export $WORK/ro/g.svg"; do
    run as_user "$NEWSGRAPH" $cmd
    expect_refused 1 "^newsgraph: error: $WORK/ro/g.(json|svg): cannot write into folder $WORK/ro: Permission denied$"
  done
  [ -z "$(ls -A "$WORK/ro")" ] && pass || fail "a file was left in the read-only folder: $(ls -A "$WORK/ro")"
  expect_no_file "$WORK/locked/g.json"
  chmod 755 "$WORK/ro"
  chmod 644 "$WORK/locked/article.txt" "$WORK/locked/graph.json"
else
  echo "skipped: unreadable files and read-only folders (root, and the user nobody cannot run $NEWSGRAPH)"
fi

# A folder without documents.
mkdir -p "$WORK/empty_dir/sub"
printf 'x' >"$WORK/empty_dir/sub/image.jpg"
run "$NEWSGRAPH" build "$WORK/empty_dir" -o "$WORK/e.json"
expect_refused 1 "empty_dir: no documents to read" "$WORK/e.json"

# Documents that are all skipped (binary, empty): a build that read no
# document fails the same way, with why, and writes nothing; an update
# leaves the graph as it was.
mkdir -p "$WORK/skipped"
printf 'PK\003\004\000\000\001binary\000\000' >"$WORK/skipped/archive.txt"
printf ' \n\n' >"$WORK/skipped/blank.md"
run "$NEWSGRAPH" build "$WORK/skipped/archive.txt" -o "$WORK/e.json"
expect_refused 1 "^newsgraph: error: $WORK/skipped/archive.txt: binary file \(NUL bytes\): no document was read, nothing written$" \
  "$WORK/e.json"
run "$NEWSGRAPH" build "$WORK/skipped" -o "$WORK/e.json"
expect_refused 1 "^newsgraph: error: $WORK/skipped: no document was read, nothing written: all 2 documents were skipped \(the first, $WORK/skipped/archive.txt: binary file \(NUL bytes\)\)$" \
  "$WORK/e.json"
run "$NEWSGRAPH" build --update "$WORK/old.json" "$WORK/skipped/blank.md"
expect_refused 1 "^newsgraph: error: $WORK/skipped/blank.md: empty document: no document was read, nothing written$"
expect_old_intact "an update with only an empty document"

# A binary file is skipped with a warning; the rest is still built.
printf 'PK\003\004\000\000\001binary\000\000' >"$WORK/in/archive.txt"
run "$NEWSGRAPH" build "$WORK/in/archive.txt" "$WORK/in/good.txt" -o "$WORK/b.json" -q
expect_status 0 "binary file among documents"
expect_err "^newsgraph: warning: .*archive.txt: binary file"
expect_one_line_err
expect_valid_graph "$WORK/b.json"
grep -q '"Japan"' "$WORK/b.json" && pass || fail "the good document was not built beside the binary one"

# Invalid UTF-8: a warning with the byte offset, the document still read.
printf 'Finland joined NATO in April 2023. \377\376 And then more.\n' >"$WORK/bad_utf8.txt"
run "$NEWSGRAPH" build "$WORK/bad_utf8.txt" -o "$WORK/u.json" -q
expect_status 0 "invalid UTF-8"
expect_err "^newsgraph: warning: .*bad_utf8.txt: invalid UTF-8 at byte 35"
expect_one_line_err
expect_valid_graph "$WORK/u.json"

# Invalid UTF-8 in a file name or an HTML heading (taken as it is) is
# written to the graph as U+FFFD: the graph must read back (fuzz_extract).
printf '<html><h1>NATO \232\206ber defence</h1><p>Finland joined NATO in April 2023.</p></html>' >"$WORK/name_"$'\377'".html"
run "$NEWSGRAPH" build "$WORK/name_"$'\377'".html" -o "$WORK/u8.json" -q
expect_status 0 "invalid UTF-8 in a file name and a heading"
expect_valid_graph "$WORK/u8.json"
grep -q $'"NATO \uFFFD\uFFFDber defence"' "$WORK/u8.json" && pass || fail "the heading was not written with U+FFFD"
run "$NEWSGRAPH" stats "$WORK/u8.json"
expect_status 0 "stats on a graph built from invalid UTF-8 names"

# Invalid UTF-8 in a lexicon, a sidecar or a graph file is refused with its
# position: it would reach labels and every export (XML, JSON) unchanged.
mkdir -p "$WORK/lex_utf8"
printf '{"entities": [{"label": "\377\376Land", "type": "Nation"}]}' >"$WORK/lex_utf8/a.json"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --lexicon "$WORK/lex_utf8" -o "$WORK/old.json"
expect_refused 1 "^newsgraph: error: $WORK/lex_utf8/a.json:1:2[0-9]: not valid JSON: Invalid encoding in string"
printf '[{"path": "good.txt", "source": "\377"}]' >"$WORK/meta_utf8.json"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --meta "$WORK/meta_utf8.json" -o "$WORK/old.json"
expect_refused 1 "meta_utf8.json:1:[0-9]+: not valid JSON: Invalid encoding in string"
sed 's/"Japan"/"Ja\xffpan"/' "$WORK/old.json" >"$WORK/graph_utf8.json"
grep -q $'Ja\xffpan' "$WORK/graph_utf8.json" || fail "could not make a graph with invalid UTF-8"
for cmd in "stats GRAPH" "query GRAPH entities" "export GRAPH -o $WORK/x.graphml"; do
  run "$NEWSGRAPH" ${cmd/GRAPH/$WORK/graph_utf8.json}
  expect_refused 1 "graph_utf8.json:[0-9]+:[0-9]+: not valid JSON: Invalid encoding in string"
done
expect_no_file "$WORK/x.graphml"
expect_old_intact "invalid UTF-8 in JSON inputs"

# An empty document is skipped with a warning; the rest is built.
: >"$WORK/empty.txt"
run "$NEWSGRAPH" build "$WORK/empty.txt" "$WORK/in/good.txt" -o "$WORK/em.json" -q
expect_status 0 "empty document"
expect_err "^newsgraph: warning: .*empty.txt: empty document"
expect_one_line_err
expect_valid_graph "$WORK/em.json"

# Absurd tokens and sentences: one 1 MB token, one sentence of 200 000 words.
head -c 1000000 /dev/zero | tr '\0' 'a' >"$WORK/token.txt"
yes 'and Finland met Sweden' | head -n 50000 | tr '\n' ' ' >"$WORK/sentence.txt"
run "$NEWSGRAPH" build "$WORK/token.txt" "$WORK/sentence.txt" -o "$WORK/t.json" -q
expect_status 0 "absurd token and sentence"
expect_valid_graph "$WORK/t.json"

# A malformed --lexicon file: the JSON pointer and what to do.
mkdir -p "$WORK/lex"
printf '{"entities": [{"label": 5, "type": "Nation"}]}' >"$WORK/lex/mine.json"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --lexicon "$WORK/lex" -o "$WORK/old.json"
expect_refused 1 "lex/mine.json: at /entities/0/label: does not match schemas/lexicon.schema.json.*; see the README"
expect_old_intact "malformed lexicon"
printf '{"entities": [{"label": "Xland", "type": 1e300}]}' >"$WORK/lex/mine.json"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --lexicon "$WORK/lex" -o "$WORK/old.json"
expect_refused 1 "lex/mine.json: at /entities/0/type: does not match schemas/lexicon.schema.json"
printf '{"entities": [' >"$WORK/lex/mine.json"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --lexicon "$WORK/lex" -o "$WORK/old.json"
expect_refused 1 "lex/mine.json:1:15: not valid JSON"

# A malformed --meta file: JSON pointer, or CSV line.
printf '[{"path": 5}]' >"$WORK/meta.json"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --meta "$WORK/meta.json" -o "$WORK/old.json"
expect_refused 1 "meta.json: at /0/path: does not match schemas/meta.schema.json.*expected an array of objects with a path"
expect_old_intact "malformed meta"
printf 'path,date\ngood.txt,yesterday\n' >"$WORK/meta.csv"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --meta "$WORK/meta.csv" -o "$WORK/old.json"
expect_refused 1 "meta.csv:2:.*yesterday"

# Malformed or foreign graph JSON given to export, query and stats.
printf '{"vertices": [], "links": []}' >"$WORK/foreign.json"
printf '{"nodes": [{"id": "n1"' >"$WORK/truncated.json"
# A number where a name goes (fuzz_graph_json: undefined behaviour once).
sed 's/"type": "Nation"/"type": 44444444444444444444444444444/' "$WORK/old.json" >"$WORK/huge_type.json"
for cmd in "export GRAPH -o $WORK/x.graphml" "query GRAPH neighbours Japan" "stats GRAPH"; do
  run "$NEWSGRAPH" ${cmd/GRAPH/$WORK/foreign.json}
  expect_refused 1 "foreign.json: at /: does not match schemas/graph.schema.json.*expected a newsgraph graph \(an object with nodes and edges"
  run "$NEWSGRAPH" ${cmd/GRAPH/$WORK/truncated.json}
  expect_refused 1 "truncated.json:1:[0-9]+: not valid JSON"
  run "$NEWSGRAPH" ${cmd/GRAPH/$WORK/huge_type.json}
  expect_refused 1 "huge_type.json: at /nodes/[0-9]+/type: does not match schemas/graph.schema.json"
done
expect_no_file "$WORK/x.graphml"

# Unknown format or extension: a usage error that says to use --format.
run "$NEWSGRAPH" export "$WORK/old.json" -o "$WORK/out.xyz"
expect_refused 2 "out.xyz: cannot tell the format from the extension; give --format" "$WORK/out.xyz"
run "$NEWSGRAPH" export "$WORK/old.json" --format bogus -o "$WORK/out.json"
expect_refused 2 "--format bogus: unknown format" "$WORK/out.json"
# A format the extension contradicts (SVG text under a .png name) is refused;
# JSON-LD under a .json name is still written.
run "$NEWSGRAPH" export "$WORK/old.json" --format svg -o "$WORK/out.png"
expect_refused 2 "out.png: --format svg does not match the extension" "$WORK/out.png"
run "$NEWSGRAPH" query "$WORK/old.json" neighbours Japan --format png -o "$WORK/out.dot"
expect_refused 2 "out.dot: --format png does not match the extension" "$WORK/out.dot"
run "$NEWSGRAPH" export "$WORK/old.json" --format jsonld -o "$WORK/ld.json"
expect_status 0
expect_file "$WORK/ld.json"
# query: an unknown format is what is wrong, with or without -o (which it
# would need too).
for output in "" "-o $WORK/out.svg"; do
  run "$NEWSGRAPH" query "$WORK/old.json" neighbours Japan --format bogus $output
  expect_refused 2 "^newsgraph: error: --format bogus: unknown format \(" "$WORK/out.svg"
  [ -z "$OUT" ] && pass || fail "query --format bogus printed an answer: $OUT"
done
run "$NEWSGRAPH" query "$WORK/old.json" neighbours Japan --format svg
expect_refused 2 "--format svg needs -o FILE"

# An output folder that does not exist, or is a file: refused before any
# work, for every command that writes, and nothing written (build does not
# write its graph and then fail on an export).
for cmd in "export $WORK/old.json -o OUT.graphml" "build $WORK/in/good.txt -o OUT.json" \
           "build $WORK/in/good.txt -o $WORK/g.json --export OUT.svg" "merge $WORK/old.json -o OUT.json" \
           "query $WORK/old.json neighbours Japan -o OUT.svg"; do
  run "$NEWSGRAPH" ${cmd/OUT/$WORK/missing/out}
  expect_refused 1 "^newsgraph: error: $WORK/missing/out.(graphml|json|svg): cannot write: folder $WORK/missing does not exist$"
  [ -z "$OUT" ] && pass || fail "$cmd printed an answer before failing: $OUT"
  run "$NEWSGRAPH" ${cmd/OUT/$WORK/old.json/out}
  expect_refused 1 "^newsgraph: error: $WORK/old.json/out.(graphml|json|svg): cannot write: $WORK/old.json is a file, not a folder$"
done
expect_no_file "$WORK/g.json"
run "$NEWSGRAPH" build "$WORK/in/good.txt" -o "$WORK/g.json" --export "$WORK/g.xyz"
expect_refused 2 "g.xyz: cannot tell the format from the extension; give --format" "$WORK/g.json"
# A graph name that promises another format: build and merge write native
# JSON only, so they refuse it and say which option writes that format.
run "$NEWSGRAPH" build "$WORK/in/good.txt" -o "$WORK/g.graphml"
expect_refused 2 "g.graphml: build -o writes the native JSON graph; name it .json and add --export .*g.graphml" \
  "$WORK/g.graphml"
run "$NEWSGRAPH" merge "$WORK/old.json" -o "$WORK/m.svg"
expect_refused 2 "m.svg: merge -o writes the native JSON graph; name it .json and convert it with newsgraph export" \
  "$WORK/m.svg"
expect_old_intact "all the above"

finish
