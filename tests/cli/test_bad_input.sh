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
expect_status 1 "missing input file"
expect_err "^newsgraph: error: $WORK/nope.txt: no such file or folder$"
expect_one_line_err
expect_old_intact "missing input"

# Unreadable file: root reads anyway, so only checked as a normal user.
cp "$WORK/in/good.txt" "$WORK/locked.txt"
chmod 000 "$WORK/locked.txt"
if cat "$WORK/locked.txt" >/dev/null 2>&1; then
  echo "skipped: unreadable file (running as root, chmod 000 does not block reads)"
else
  run "$NEWSGRAPH" build "$WORK/locked.txt" -o "$WORK/locked.json"
  expect_err "locked.txt: cannot open"
  expect_no_file "$WORK/locked.json"
fi
chmod 644 "$WORK/locked.txt"

# A folder without documents.
mkdir -p "$WORK/empty_dir/sub"
printf 'x' >"$WORK/empty_dir/sub/image.jpg"
run "$NEWSGRAPH" build "$WORK/empty_dir" -o "$WORK/e.json"
expect_status 1 "folder without documents"
expect_err "empty_dir: no documents to read"
expect_one_line_err
expect_no_file "$WORK/e.json"

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

# An empty document is skipped with a warning.
: >"$WORK/empty.txt"
run "$NEWSGRAPH" build "$WORK/empty.txt" -o "$WORK/em.json" -q
expect_status 0 "empty document"
expect_err "^newsgraph: warning: .*empty.txt: empty document"

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
expect_status 1 "malformed lexicon"
expect_err "lex/mine.json: at /entities/0/label: does not match schemas/lexicon.schema.json.*; see the README"
expect_one_line_err
expect_old_intact "malformed lexicon"
printf '{"entities": [' >"$WORK/lex/mine.json"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --lexicon "$WORK/lex" -o "$WORK/old.json"
expect_status 1 "lexicon that is not JSON"
expect_err "lex/mine.json:1:15: not valid JSON"
expect_one_line_err

# A malformed --meta file: JSON pointer, or CSV line.
printf '[{"path": 5}]' >"$WORK/meta.json"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --meta "$WORK/meta.json" -o "$WORK/old.json"
expect_status 1 "malformed meta JSON"
expect_err "meta.json: at /0/path: does not match schemas/meta.schema.json.*expected an array of objects with a path"
expect_one_line_err
expect_old_intact "malformed meta"
printf 'path,date\ngood.txt,yesterday\n' >"$WORK/meta.csv"
run "$NEWSGRAPH" build "$WORK/in/good.txt" --meta "$WORK/meta.csv" -o "$WORK/old.json"
expect_status 1 "malformed meta CSV"
expect_err "meta.csv:2:.*yesterday"
expect_one_line_err

# Malformed or foreign graph JSON given to export, query and stats.
printf '{"vertices": [], "links": []}' >"$WORK/foreign.json"
printf '{"nodes": [{"id": "n1"' >"$WORK/truncated.json"
for cmd in "export GRAPH -o $WORK/x.graphml" "query GRAPH neighbours Japan" "stats GRAPH"; do
  run "$NEWSGRAPH" ${cmd/GRAPH/$WORK/foreign.json}
  expect_status 1 "$cmd on a foreign JSON"
  expect_err "foreign.json: at /: does not match schemas/graph.schema.json.*expected a newsgraph graph \(an object with nodes and edges"
  expect_one_line_err
  run "$NEWSGRAPH" ${cmd/GRAPH/$WORK/truncated.json}
  expect_status 1 "$cmd on a truncated JSON"
  expect_err "truncated.json:1:[0-9]+: not valid JSON"
  expect_one_line_err
done
expect_no_file "$WORK/x.graphml"

# Unknown format or extension: a usage error that says to use --format.
run "$NEWSGRAPH" export "$WORK/old.json" -o "$WORK/out.xyz"
expect_status 2 "unknown extension"
expect_err "out.xyz: cannot tell the format from the extension; give --format"
expect_one_line_err
expect_no_file "$WORK/out.xyz"
run "$NEWSGRAPH" export "$WORK/old.json" --format bogus -o "$WORK/out.json"
expect_status 2 "unknown format"
expect_err "--format bogus: unknown format"
expect_no_file "$WORK/out.json"

# An output folder that does not exist, or cannot be written.
run "$NEWSGRAPH" export "$WORK/old.json" -o "$WORK/missing/out.graphml"
expect_status 1 "output folder missing"
expect_err "missing/out.graphml: cannot write: folder .* does not exist"
expect_one_line_err
mkdir -p "$WORK/ro"
chmod 555 "$WORK/ro"
if touch "$WORK/ro/probe" 2>/dev/null; then
  echo "skipped: read-only output folder (running as root, chmod 555 does not block writes)"
else
  run "$NEWSGRAPH" export "$WORK/old.json" -o "$WORK/ro/out.graphml"
  expect_status 1 "read-only output folder"
  expect_err "ro/out.graphml: cannot write"
  expect_one_line_err
fi
chmod 755 "$WORK/ro"
expect_old_intact "all the above"

finish
