# newsgraph query on the graph built from examples/articles. Extraction
# improves over time, so these check what any sound extraction gives
# (Finland took part in Baltic Sentry; Ukraine and Japan joined the
# CCDCOE), and properties (order, exit codes, schema), not exact tables.
source "$(dirname "$0")/lib.sh"
G="$WORK/examples.json"
SCHEMA="$SOURCE_DIR/schemas/query-result.schema.json"
expect_valid_answer() {
  printf '%s\n' "$OUT" >"$WORK/answer.json"
  "$VALIDATE_JSON" "$SCHEMA" "$WORK/answer.json" && pass || fail "$1: --json answer does not match the schema"
}

run "$NEWSGRAPH" build "$SOURCE_DIR/examples/articles" -o "$G" --quiet
expect_status 0 "build examples"

run "$NEWSGRAPH" query "$G" neighbours finland
expect_status 0 "neighbours Finland"
expect_out '^Finland \(Nation, n[0-9]+\): [0-9]+ neighbours? within 1 hop$'
expect_out '^1 +Finland +--participates_in--> +Baltic Sentry +Exercise'

run "$NEWSGRAPH" query "$G" neighbours finland --json --depth 2
expect_valid_answer "neighbours --json"
expect_out '"label": "Baltic Sentry"'

for name in us U.S. "United States"; do
  run "$NEWSGRAPH" query "$G" neighbours "$name"
  expect_status 0 "neighbours $name"
  expect_out '^United States \(Nation, n[0-9]+\)'
done

run "$NEWSGRAPH" query "$G" neighbours Finland --relation party_to --until 2020
expect_status 0 "empty answer"
expect_out '^Finland \(Nation, n[0-9]+\): 0 neighbours within 1 hop$'

run "$NEWSGRAPH" query "$G" neighbours defence
expect_status 1 "a word of many names"
expect_err '"defence" matches [0-9]+ entities: .*Estonian Defence Forces'
expect_one_line_err

run "$NEWSGRAPH" query "$G" timeline Finnland
expect_status 1 "unknown name"
expect_err 'no entity named "Finnland"; did you mean: Finland \(Nation, n[0-9]+\)'

run "$NEWSGRAPH" query "$G" path Ukraine Japan --evidence
expect_status 0 "path Ukraine Japan"
expect_out '^shortest path from Ukraine \(Nation, n[0-9]+\) to Japan \(Nation, n[0-9]+\): [0-9]+ hops?$'
expect_out '^Ukraine --member_of--> NATO Cooperative Cyber Defence Centre of Excellence '
expect_out 'examples/articles/04_ccdcoe_new_members.html'

# Ukraine joined in March 2022: a window ending before removes its only
# membership, hence the path through it.
run "$NEWSGRAPH" query "$G" path Ukraine Japan --relation member_of --until 2021
expect_status 0 "path in a window without it"
expect_out '^no path from Ukraine'

run "$NEWSGRAPH" query "$G" timeline CCDCOE
expect_status 0 "timeline CCDCOE"
expect_out '^2022-03 +<--member_of-- +Ukraine'
# Dated rows in date order (ISO dates sort as text), undated ones after.
rows=$(tail -n +3 <<<"$OUT" | awk '{print $1}')
dated=$(grep -v '^-$' <<<"$rows")
[ "$dated" = "$(sort <<<"$dated")" ] && pass || fail "timeline dates out of order: $rows"
[ "$(grep -n -- '^-$' <<<"$rows" | head -1 | cut -d: -f1)" = "" ] ||
  [ "$(grep -n -- '^-$' <<<"$rows" | head -1 | cut -d: -f1)" -gt "$(grep -c -v '^-$' <<<"$rows")" ] && pass ||
  fail "undated rows before dated ones: $rows"

run "$NEWSGRAPH" query "$G" entities --limit 3 --json
expect_valid_answer "entities --json"

# Names: punctuation around a name, accents and case do not matter.
for name in "ESTONIA!" "estónia" "(Estonia)" '"Estonia"' "Estonia?"; do
  run "$NEWSGRAPH" query "$G" neighbours "$name"
  expect_status 0 "neighbours $name"
  expect_out '^Estonia \(Nation, n[0-9]+\): '
done

# --depth: Japan is two hops from Ukraine (both joined the CCDCOE), not one.
run "$NEWSGRAPH" query "$G" neighbours Ukraine
expect_status 0 "neighbours Ukraine"
grep -qE '^1 .* Japan +Nation' <<<"$OUT" && fail "Japan at depth 1: $OUT" || pass
run "$NEWSGRAPH" query "$G" neighbours Ukraine --depth 2
expect_out '^2 +NATO Cooperative Cyber Defence Centre of Excellence +<--member_of-- +Japan +Nation'

# Repeated --relation and --type: every row is of one of them, and each is there.
rows_of() { tail -n +3 <<<"$OUT"; }
run "$NEWSGRAPH" query "$G" neighbours CCDCOE --relation member_of --relation leads
expect_status 0 "two --relation"
expect_out '<--member_of-- +Ukraine'
expect_out '<--leads-- +Jaak Tarien'
[ -z "$(rows_of | grep -vE -- '--member_of--|--leads--')" ] && pass || fail "a row of another relation: $OUT"
run "$NEWSGRAPH" query "$G" neighbours CCDCOE --type Nation --type person
expect_status 0 "two --type"
expect_out 'Ukraine +Nation'
expect_out 'Jaak Tarien +Person'
[ -z "$(rows_of | grep -vE ' (Nation|Person) ')" ] && pass || fail "a row of another type: $OUT"

# Windows of each precision around Ukraine's membership (March 2022).
for window in "--since 2022 --until 2022" "--since 2022-03 --until 2022-03" "--since 2022-03-31" "--until 2022-03-01"; do
  run "$NEWSGRAPH" query "$G" neighbours Ukraine --relation member_of $window
  expect_out '^1 +Ukraine +--member_of--> +NATO Cooperative Cyber Defence Centre of Excellence'
done
for window in "--since 2022-04" "--until 2022-02-28" "--until 2021" "--since 2023-01-01"; do
  run "$NEWSGRAPH" query "$G" neighbours Ukraine --relation member_of $window
  expect_status 0 "window $window"
  expect_out '^Ukraine \(Nation, n[0-9]+\): 0 neighbours within 1 hop$'
done
run "$NEWSGRAPH" query "$G" neighbours Ukraine --since 2022-02-30
expect_status 2 "no such day"

# path: --max-length, --all, and the pattern behind each piece of evidence.
run "$NEWSGRAPH" query "$G" path Ukraine Japan --max-length 1
expect_status 0 "path too long for --max-length"
expect_out '^no path from Ukraine \(Nation, n[0-9]+\) to Japan \(Nation, n[0-9]+\) within 1 hop$'
run "$NEWSGRAPH" query "$G" path Ukraine Japan --all --max-length 2
expect_status 0 "path --all"
expect_out '^[0-9]+ paths? from Ukraine \(Nation, n[0-9]+\) to Japan \(Nation, n[0-9]+\) within 2 hops$'
[ -z "$(grep '^path [0-9]' <<<"$OUT" | grep -v '(2 hops)')" ] && pass || fail "--all --max-length 2 lists a path of another length: $OUT"
run "$NEWSGRAPH" query "$G" path Ukraine Japan --evidence
expect_out '^  \[1\] "Ukraine was admitted .*" \([^;]*examples/articles/04_ccdcoe_new_members\.html; patterns?: [a-z_]+'
run "$NEWSGRAPH" query "$G" path Ukraine Japan --evidence --json
expect_valid_answer "path --evidence --json"
expect_out '"pattern": "[a-z_]+"'

# entities: --type, --sort, --limit.
run "$NEWSGRAPH" query "$G" entities --type Nation --sort name --limit 4
expect_status 0 "entities --sort name"
expect_out '^4 of [0-9]+ entities$'
names=$(rows_of | sed -E 's/ +Nation +[0-9]+$//')
[ "$(wc -l <<<"$names")" = 4 ] && [ "$names" = "$(LC_ALL=C sort <<<"$names")" ] && pass || fail "not 4 nations by name: $OUT"
[ -z "$(rows_of | grep -v ' Nation ')" ] && pass || fail "entities --type Nation lists another type: $OUT"
run "$NEWSGRAPH" query "$G" entities --sort degree
degrees=$(rows_of | awk '{print $NF}')
[ "$degrees" = "$(sort -rn <<<"$degrees")" ] && pass || fail "entities not by degree: $OUT"
run "$NEWSGRAPH" query "$G" entities --limit -1
expect_status 2 "negative --limit"

# stats: counts that add up, components, dates, central entities.
run "$NEWSGRAPH" stats "$G"
expect_status 0 "stats table"
total=$(sed -nE 's/^nodes: ([0-9]+)$/\1/p' <<<"$OUT")
by_type=$(sed -n '/^nodes:/,/^edges:/p' <<<"$OUT" | awk '/^  /{n += $2} END {print n}')
[ -n "$total" ] && [ "$total" = "$by_type" ] && pass || fail "nodes by type do not add up to $total: $OUT"
expect_out '^components: [0-9]+ \(largest: [0-9]+ nodes\)$'
expect_out '^dates: 20[0-2][0-9] \.\. 20[0-9][0-9]'
expect_out '^top entities by degree$'
expect_out '^[0-9]+ +NATO Cooperative Cyber Defence Centre of Excellence +Organisation +[0-9]+$'
expect_out '^top entities by betweenness \(exact\)$'
expect_out '^1 +[^ ].* +[0-9]+\.[0-9]$'

run "$NEWSGRAPH" stats "$G" --json
expect_status 0 "stats"
expect_valid_answer "stats --json"
expect_out '"documents": 6'

run "$NEWSGRAPH" query "$G" neighbours Finland --depth 2 -o "$WORK/finland.svg"
expect_status 0 "draw the neighbourhood"
grep -q '<svg' "$WORK/finland.svg" && grep -q 'Baltic Sentry' "$WORK/finland.svg" && pass || fail "no drawing"

finish
