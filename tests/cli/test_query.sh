# newsgraph query and stats on the hand-made graph of examples/ (tests/data).
source "$(dirname "$0")/lib.sh"
G="$SOURCE_DIR/tests/data/examples_graph.json"
SCHEMA="$SOURCE_DIR/schemas/query-result.schema.json"
expect_valid_answer() {
  printf '%s\n' "$OUT" >"$WORK/answer.json"
  "$VALIDATE_JSON" "$SCHEMA" "$WORK/answer.json" && pass || fail "$1: --json answer does not match query-result.schema.json"
}

run "$NEWSGRAPH" query "$G" neighbours "finland"
expect_status 0 "neighbours"
expect_out '^Finland \(Nation, n1\): 5 neighbours within 1 hop$'
expect_out '^hop +from +relation +entity +type +date$'
expect_out '^1 +Finland +--participates_in--> +Baltic Sentry +Exercise +2024-04-08\.\.2024-04-12$'
expect_out '^1 +Finland +<--part_of-- +Finnish Defence Forces +Organisation +-$'

for name in us U.S. "United States" "the united states"; do
  run "$NEWSGRAPH" query "$G" neighbours "$name" --since 2024
  expect_status 0 "neighbours $name"
  expect_out '^United States \(Nation, n14\): 4 neighbours'
done

run "$NEWSGRAPH" query "$G" neighbours Finland --relation member_of
expect_status 0 "empty answer"
expect_out '^Finland \(Nation, n1\): 0 neighbours within 1 hop$'

run "$NEWSGRAPH" query "$G" neighbours Finland --depth 2 --type Exercise --json
expect_status 0 "neighbours --json"
expect_valid_answer "neighbours --json"
expect_out '"label": "Baltic Sentry"'
[ "$(grep -c '"distance"' <<<"$OUT")" = 1 ] && pass || fail "--type Exercise keeps one neighbour: $OUT"

run "$NEWSGRAPH" query "$G" neighbours Korea
expect_status 1 "ambiguous name"
expect_err '^newsgraph: error: "Korea" matches 3 entities: Korea Internet & Security Agency \(Organisation, n34\); Korea University \(Organisation, n35\); South Korea \(Nation, n16\)'
expect_one_line_err

run "$NEWSGRAPH" query "$G" timeline Finnland
expect_status 1 "unknown name"
expect_err 'no entity named "Finnland"; did you mean: Finland \(Nation, n1\)\?$'
expect_one_line_err

run "$NEWSGRAPH" query "$G" path Ukraine Japan --evidence
expect_status 0 "path"
expect_out '^shortest path from Ukraine \(Nation, n17\) to Japan \(Nation, n8\): 2 hops$'
# since when: Ukraine joined in March 2022, Japan in 2023, so the two are linked since 2023
expect_out "^  connected since 2023 \\(hop 2's date, the latest on the path\\)$"
expect_out '^Ukraine --member_of--> NATO Cooperative Cyber Defence Centre of Excellence <--member_of-- Japan$'
expect_out '^  2 +NATO Cooperative Cyber Defence Centre of Excellence +<--member_of-- +Japan +2023$'
expect_out '^  \[1\] "Ukraine was admitted as a contributing participant in March of last year\." \(examples/articles/04_ccdcoe_new_members\.html; pattern: hand\)$'

run "$NEWSGRAPH" query "$G" path Ukraine Japan --until 2021
expect_status 0 "window removes the only path"
expect_out '^no path from Ukraine \(Nation, n17\) to Japan \(Nation, n8\) within 6 hops$'

run "$NEWSGRAPH" query "$G" path Ukraine Japan --json
expect_valid_answer "path --json"
expect_out '"since": "2023"'
expect_out '"undated_hops": \[\]'

run "$NEWSGRAPH" query "$G" path Ukraine Japan --until 2021 --json
expect_valid_answer "empty path --json"
expect_out '"paths": \[\]'

run "$NEWSGRAPH" query "$G" path "Pal Jonson" Kishida --all --max-length 5 --json
expect_status 0 "path --all"
expect_valid_answer "path --all --json"
expect_out '"relation": "met_with"'
expect_out '"direction": "backward"'

run "$NEWSGRAPH" query "$G" path us "United States"
expect_status 2 "path from an entity to itself"
expect_err 'are the same entity'

run "$NEWSGRAPH" query "$G" path Ukraine Japan --max-length 13
expect_status 2 "--max-length beyond the bound"

run "$NEWSGRAPH" query "$G" timeline CCDCOE
expect_status 0 "timeline"
first=$(sed -n 3p <<<"$OUT")
last=$(tail -n 1 <<<"$OUT")
grep -qE '^2022-03 +<--member_of-- +Ukraine' <<<"$first" && pass || fail "timeline starts with Ukraine: $first"
grep -qE '^- +--part_of--> +North Atlantic Treaty Organization' <<<"$last" && pass || fail "undated last: $last"

run "$NEWSGRAPH" query "$G" timeline Japan --json
expect_valid_answer "timeline --json"

run "$NEWSGRAPH" query "$G" entities --type Person --sort name --limit 2
expect_status 0 "entities"
expect_out '^2 of 15 entities$'
expect_out '^Aino Virtanen +Person +1$'

run "$NEWSGRAPH" query "$G" entities --json
expect_valid_answer "entities --json"

run "$NEWSGRAPH" query "$G" entities --type Country
expect_status 2 "unknown type"
expect_err 'unknown node type'

run "$NEWSGRAPH" query "$G" neighbours Finland --since 2024-13
expect_status 2 "bad date"

run "$NEWSGRAPH" query "$G" neighbours Finland --format svg
expect_status 2 "--format without -o"

run "$NEWSGRAPH" query "$G" neighbours Finland -o "$WORK/answer.json"
expect_status 0 "draw the answer as a graph file"
expect_valid_graph "$WORK/answer.json"

# --format draws the answer with the diagram exporter.
run "$NEWSGRAPH" query "$G" neighbours Finland --format dot -o "$WORK/finland.dot"
expect_status 0 "neighbours --format dot"
expect_file "$WORK/finland.dot"
grep -q 'Baltic Sentry' "$WORK/finland.dot" && grep -q 'Resilience' "$WORK/finland.dot" \
  && ! grep -q 'label=Oslo' "$WORK/finland.dot" && pass || fail "the dot drawing is not Finland's neighbourhood"
run "$NEWSGRAPH" query "$G" path Ukraine Japan --format svg -o "$WORK/path.svg"
expect_status 0 "path --format svg"
grep -q '<svg' "$WORK/path.svg" && grep -q 'Ukraine' "$WORK/path.svg" && ! grep -q 'Finland' "$WORK/path.svg" \
  && pass || fail "the svg drawing is not the path"
run "$NEWSGRAPH" query "$G" timeline Japan --format png -o "$WORK/japan.png"
expect_status 0 "timeline --format png"
[ "$(head -c 8 "$WORK/japan.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] && pass || fail "not a PNG"
run "$NEWSGRAPH" query "$G" neighbours Finland --format gif -o "$WORK/x.gif"
expect_status 2 "unknown --format"
expect_no_file "$WORK/x.gif"

run "$NEWSGRAPH" stats "$G"
expect_status 0 "stats"
expect_out '^documents: 6$'
expect_out '^components: 4 \(largest: 71 nodes\)$'
expect_out '^dates: 2011 \.\. 2025$'
expect_out '^top entities by betweenness \(exact\)$'
expect_out '^1 +NATO Cooperative Cyber Defence Centre of Excellence +Organisation +11$'

run "$NEWSGRAPH" stats "$G" --json
expect_valid_answer "stats --json"
expect_out '"method": "exact"'

# --timings: the seconds of each step on stderr, the answer unchanged on stdout.
run "$NEWSGRAPH" query "$G" neighbours finland --timings
expect_status 0 "neighbours --timings"
expect_out '^Finland \(Nation, n1\): 5 neighbours within 1 hop$'
for step in load lookup query output; do expect_err "^timing: $step [0-9]+\.[0-9]{6} cpu [0-9]+\.[0-9]{6}$"; done
[ "$(grep -c . <<<"$ERR")" = 4 ] && pass || fail "--timings prints one line per step: $ERR"
run "$NEWSGRAPH" query "$G" timeline Finnland --timings
expect_status 1 "unknown name --timings"
expect_err '^timing: lookup [0-9.]+ cpu [0-9.]+$'
expect_err 'no entity named "Finnland"'
run "$NEWSGRAPH" query "$G" entities --limit 2 --timings
for step in load query output; do expect_err "^timing: $step [0-9.]+ cpu [0-9.]+$"; done
run "$NEWSGRAPH" stats "$G" --timings
expect_status 0 "stats --timings"
for step in load query output; do expect_err "^timing: $step [0-9.]+ cpu [0-9.]+$"; done
run "$NEWSGRAPH" stats "$G" --betweenness-sources 5
expect_status 0 "stats --betweenness-sources"
expect_out '^top entities by betweenness \(sampled: estimated from 5 of 76 source nodes'
run "$NEWSGRAPH" stats "$G" --betweenness-sources 0
expect_status 2 "stats --betweenness-sources 0"
run "$NEWSGRAPH" query "$G" entities --sort name --limit 3
expect_out '^3 of [0-9]+ entities$'

# The checker itself rejects a wrong shape.
run "$NEWSGRAPH" query "$G" neighbours Finland --json
printf '%s\n' "$OUT" | sed 's/"depth": 1/"depth": 0/' >"$WORK/bad.json"
"$VALIDATE_JSON" "$SCHEMA" "$WORK/bad.json" 2>/dev/null && fail "schema accepts depth 0" || pass

finish
