# score_graph.py on a tiny gold and graph written by hand: the numbers, the
# miss list and the exit status below a threshold.
# Args: NEWSGRAPH_BINARY SOURCE_DIR
set -u
source_dir=$2
. "$source_dir/tests/cli/lib.sh"
# The expected lines hold | [ ( : matched as fixed strings.
expect_line() { grep -qF -- "$1" <<<"$OUT" && pass || fail "stdout lacks '$1': $OUT"; }
scorer="$source_dir/tests/eval/score_graph.py"
data="$source_dir/tests/eval/data"
# Entities: Finland, NATO (by alias), Virtanen right; Iron Lattice typed Event
# (gold Exercise), Oulu unknown, FINLAND a duplicate; The Ledger optional.
# Relations (also counted by type, under the first type a gold relation allows):
# member_of (date right at month precision), met_with reversed
# (symmetric) right; organises reaches an Event node that is still the gold
# entity, date 2023 wrong; located_in spurious; the optional edge ignored.
run python3 "$scorer" --gold "$data/tiny.gold.json" --graph "$data/tiny.graph.json" --verbose
expect_status 0
expect_line "entities P=0.50 R=0.75 F1=0.60 | relations P=0.75 R=0.75 F1=0.75 | dated facts 1/2"
expect_line "member_of          1.00   1.00   1.00    1   0   1/1"
expect_line "located_in         0.00   0.00   0.00    0   1   0/0"
expect_line "leads              0.00   0.00   0.00    0   0   0/1"
expect_line "missed entity:   Iron Lattice (Exercise)"
expect_line "spurious entity: Iron Lattice (Event): gold type is Exercise"
expect_line "spurious entity: FINLAND (Nation): duplicate of fin"
expect_line "spurious entity: Oulu (Place): not in gold"
expect_line "missed relation: anna ['leads', 'affiliated_with'] nato"
expect_line "spurious relation: ?Oulu located_in fin"
expect_line "missed date: ['nato', 'fin'] organises drill @ 2024 (got ['2023'])"
run python3 "$scorer" --gold "$data/tiny.gold.json" --graph "$data/tiny.graph.json" --min-relation-f1 0.8
expect_status 1
expect_line "below threshold: relation F1 0.75 < 0.80"
run python3 "$scorer" --gold "$data/tiny.gold.json" --graph "$data/tiny.gold.json"
expect_status 1
# --json prints one JSON document and nothing else
run python3 "$scorer" --gold "$data/tiny.gold.json" --graph "$data/tiny.graph.json" --json
expect_status 0
python3 -c 'import json,sys; j=json.load(sys.stdin); assert j["relations_by_type"]["member_of"] == {"tp": 1, "fp": 0, "gold_found": 1, "gold": 1}, j' <<<"$OUT" \
  && pass || fail "--json is not one JSON document with relations_by_type: $OUT"
finish
