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

printf '{"entities": [{"label": "X", "type": "Planet"}]}\n' > "$WORK/bad/bad.json"
run "$NEWSGRAPH" build "$WORK/in" -o "$WORK/bad.json" --lexicon "$WORK/bad"
expect_status 1 "a bad lexicon file"
expect_err "bad.json"

finish
