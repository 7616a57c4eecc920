# The extraction bar on the seed articles (../shared, next to the clone):
# entity F1 >= 0.90, relation F1 >= 0.75, 9 of 11 dated facts. A user's
# clone has no ../shared: the test is skipped (exit 77).
# Args: NEWSGRAPH_BINARY SOURCE_DIR
set -u
binary=$1
source_dir=$2
shared=""
for candidate in "$source_dir/../shared" "$source_dir/../../shared"; do
  if [ -d "$candidate/corpus/seeds" ] && [ -f "$candidate/eval/score.py" ]; then shared=$candidate; break; fi
done
if [ -z "$shared" ]; then echo "no ../shared: score skipped"; exit 77; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$binary" build "$shared/corpus/seeds" -o "$work/seeds.graph.json" --quiet || exit 1
python3 "$shared/eval/score.py" --gold "$shared/gold/seeds.gold.json" --graph "$work/seeds.graph.json" \
  --min-entity-f1 0.90 --min-relation-f1 0.75 --min-date-recall 0.81
