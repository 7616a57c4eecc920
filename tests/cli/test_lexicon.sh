# newsgraph build --lexicon DIR: the user's data extends or replaces the shipped lexicon.
source "$(dirname "$0")/lib.sh"

mkdir -p "$WORK/in" "$WORK/lex" "$WORK/bad"
printf 'Chile took part in Iron Lattice, hosted by Peru, in 2021.\n' > "$WORK/in/a.txt"
printf '{"entities": [{"label": "Iron Lattice", "type": "Exercise"}]}\n' > "$WORK/lex/exercises.json"

run "$NEWSGRAPH" build "$WORK/in" -o "$WORK/plain.json"
expect_status 0 "build without the user's lexicon"
grep -q '"Iron Lattice"' "$WORK/plain.json" && fail "Iron Lattice known without the lexicon" || pass

run "$NEWSGRAPH" build "$WORK/in" -o "$WORK/graph.json" --lexicon "$WORK/lex"
expect_status 0 "build with --lexicon"
expect_valid_graph "$WORK/graph.json"
grep -q '"label": "Iron Lattice"' "$WORK/graph.json" && pass || fail "Iron Lattice not a node"
grep -q '"participates_in"' "$WORK/graph.json" && pass || fail "no participates_in edge"
grep -q '"pattern": "take_part_in"' "$WORK/graph.json" && pass || fail "evidence lacks the pattern name"

# Metadata words come from the lexicon in use too: a user's date label is read.
mkdir -p "$WORK/meta_in" "$WORK/meta_lex"
printf 'Chile hosts cyber talks\nStamped: May 3, 2024\n\nChile hosted the talks last week.\n' > "$WORK/meta_in/m.txt"
printf '{"metadata": {"date_labels": ["Stamped:"]}}\n' > "$WORK/meta_lex/words.json"
run "$NEWSGRAPH" build "$WORK/meta_in" -o "$WORK/meta_plain.json"
expect_status 0 "build of a document with an unknown date label"
grep -q '2024-05-03' "$WORK/meta_plain.json" && fail "the unknown label was read without the lexicon" || pass
run "$NEWSGRAPH" build "$WORK/meta_in" -o "$WORK/meta.json" --lexicon "$WORK/meta_lex"
expect_status 0 "build with a user's date label"
grep -q '"published": "2024-05-03"' "$WORK/meta.json" && pass || fail "the user's date label was not read"

# Relation word lists are data too: a user's companion word ("in company with")
# brings the companion into the subject ("Chile, in company with Peru, joined X").
# Without it the aside is read as no subject of "joined" at all.
mkdir -p "$WORK/comp_in" "$WORK/comp_lex"
printf 'Chile, in company with Peru, joined Iron Lattice in 2021.\n' > "$WORK/comp_in/c.txt"
printf '{"entities": [{"label": "Iron Lattice", "type": "Exercise"}], "companion_words": ["in company with"]}\n' > "$WORK/comp_lex/words.json"
run "$NEWSGRAPH" build "$WORK/comp_in" -o "$WORK/comp_plain.json" --lexicon "$WORK/lex"
expect_status 0 "build without the user's companion word"
[ "$(grep -c '"participates_in"' "$WORK/comp_plain.json")" = 0 ] && pass || fail "Chile or Peru joined without the companion word"
run "$NEWSGRAPH" build "$WORK/comp_in" -o "$WORK/comp.json" --lexicon "$WORK/comp_lex"
expect_status 0 "build with a user's companion word"
[ "$(grep -c '"participates_in"' "$WORK/comp.json")" = 2 ] && pass || fail "the user's companion word was not read"

printf '{"entities": [{"label": "X", "type": "Planet"}]}\n' > "$WORK/bad/bad.json"
run "$NEWSGRAPH" build "$WORK/in" -o "$WORK/bad.json" --lexicon "$WORK/bad"
expect_status 1 "a bad lexicon file"
expect_err "bad.json"

finish
