# Reading documents: formats, skips with reasons, warnings, metadata overrides.
source "$(dirname "$0")/lib.sh"

mkdir -p "$WORK/in/sub"
printf 'Peru joins the drill\n\nBy Rosa Quispe, Andes Daily\nMar. 4, 2024 9:00AM GMT-5\n\nPeru sent ships last year.\n' >"$WORK/in/a.txt"
printf '# Chile and the pact\n\nChile \xffsigned it on Monday.\n' >"$WORK/in/sub/b.md"
printf '<html><body><p>Ecuador&rsquo;s navy joined.</p></body></html>' >"$WORK/in/c.html"
printf 'ab\0cd' >"$WORK/in/bin.txt"
printf '  \n\n' >"$WORK/in/empty.txt"
printf 'not an article' >"$WORK/in/notes.csv"

run "$NEWSGRAPH" build "$WORK/in" -o "$WORK/g.json"
expect_status 0 "build a folder with bad files"
expect_out "^documents read: 3$"
expect_out "bin.txt: binary file"
expect_out "empty.txt: empty document"
expect_out "notes.csv: not a .txt, .md or .html file"
expect_err "b.md: invalid UTF-8 at byte 28"
expect_valid_graph "$WORK/g.json"
grep -q '"published": *"2024-03-04"' "$WORK/g.json" && pass || fail "byline date not read: $(cat "$WORK/g.json")"
# A file reached twice (in a folder and by name) is read once.
run "$NEWSGRAPH" build "$WORK/in" "$WORK/in/./a.txt" -o "$WORK/twice.json"
expect_status 0 "a file given twice"
expect_out "^documents read: 3$"
expect_out "a.txt: given twice, read once"

# The byline's author and time zone are kept with the document.
grep -q '"author": *"Rosa Quispe"' "$WORK/g.json" && pass || fail "byline author not kept: $(cat "$WORK/g.json")"
grep -q '"timezone": *"GMT-5"' "$WORK/g.json" && pass || fail "byline time zone not kept: $(cat "$WORK/g.json")"
printf 'Seoul talks\nMay 6, 2022 10:41 PM KST\n\nKorea joined the talks on Thursday.\n' >"$WORK/kst.txt"
run "$NEWSGRAPH" build "$WORK/kst.txt" -o "$WORK/kst.json" -q
grep -q '"published": *"2022-05-06"' "$WORK/kst.json" && grep -q '"timezone": *"KST"' "$WORK/kst.json" && pass ||
  fail "KST byline: $(cat "$WORK/kst.json")"

# --date applies to every document; a sidecar entry wins over it.
printf 'path,date,title,source\nb.md,2023-10-05,"Chile, pact",Wire\n' >"$WORK/meta.csv"
run "$NEWSGRAPH" build "$WORK/in/a.txt" "$WORK/in/sub/b.md" -o "$WORK/g2.json" --date 2020-01-01 --meta "$WORK/meta.csv"
expect_status 0 "build with --date and --meta"
grep -q '"2020-01-01"' "$WORK/g2.json" && pass || fail "--date not applied"
grep -q '"2023-10-05"' "$WORK/g2.json" && pass || fail "sidecar date not applied"
grep -q '"2024-03-04"' "$WORK/g2.json" && fail "byline date should be overridden by --date" || pass

# A sidecar entry that names no document of the build is reported, not ignored.
printf 'path,date\nb.md,2023-10-05\nmissing.txt,2021\n' >"$WORK/typo.csv"
run "$NEWSGRAPH" build "$WORK/in/a.txt" "$WORK/in/sub/b.md" -o "$WORK/g6meta.json" --meta "$WORK/typo.csv"
expect_status 0 "sidecar with an unknown path"
expect_err 'warning: .*typo.csv: "missing.txt" names no document of this build'
grep -q '"b.md" names no' <<<"$ERR" && fail "a used entry reported as unused: $ERR" || pass

# A malformed sidecar: one line with the JSON pointer, exit 1, no graph.
printf '[{"path": "a.txt", "date": "March 2024"}]' >"$WORK/meta.json"
run "$NEWSGRAPH" build "$WORK/in/a.txt" -o "$WORK/g3.json" --meta "$WORK/meta.json"
expect_status 1 "malformed sidecar"
expect_err "meta.json.*/0/date"
expect_one_line_err
expect_no_file "$WORK/g3.json"

printf 'path,colour\na.txt,red\n' >"$WORK/bad.csv"
run "$NEWSGRAPH" build "$WORK/in/a.txt" -o "$WORK/g4.json" --meta "$WORK/bad.csv"
expect_status 1 "unknown CSV column"
expect_err "bad.csv:1.*unknown column"

# Standard input: HTML sniffed.
run bash -c "\"$NEWSGRAPH\" build - -o \"$WORK/g5.json\" < \"$WORK/in/c.html\""
expect_status 0 "HTML on stdin"
expect_out "^documents read: 1$"

# A folder without documents: one line, exit 1, no graph.
mkdir -p "$WORK/nothing"
printf 'x' >"$WORK/nothing/data.csv"
run "$NEWSGRAPH" build "$WORK/nothing" -o "$WORK/g6.json"
expect_status 1 "folder without documents"
expect_err "nothing: no documents to read"
expect_one_line_err
expect_no_file "$WORK/g6.json"

finish
