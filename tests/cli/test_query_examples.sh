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

run "$NEWSGRAPH" stats "$G" --json
expect_status 0 "stats"
expect_valid_answer "stats --json"
expect_out '"documents": 6'

run "$NEWSGRAPH" query "$G" neighbours Finland --depth 2 -o "$WORK/finland.svg"
expect_status 0 "draw the neighbourhood"
grep -q '<svg' "$WORK/finland.svg" && grep -q 'Baltic Sentry' "$WORK/finland.svg" && pass || fail "no drawing"

finish
