# The extraction score on the project's held-out sets (tests/data/heldout and
# the blind tests/data/heldout2): builds each set's graph and prints its score.
# It fails only when a build fails or a graph is not a valid graph file; no
# quality bar yet.
# Args: NEWSGRAPH_BINARY SOURCE_DIR
set -u
binary=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for set in heldout heldout2; do
  data="$source_dir/tests/data/$set"
  graph="$work/$set.graph.json"
  echo "== $set"
  if ! "$binary" build "$data/articles" -o "$graph" --quiet; then
    echo "FAIL: newsgraph build failed on $data/articles"; exit 1
  fi
  if [ -n "${VALIDATE_JSON:-}" ] && [ -f "$source_dir/schemas/graph.schema.json" ]; then
    "$VALIDATE_JSON" "$source_dir/schemas/graph.schema.json" "$graph" \
      || { echo "FAIL: the $set graph does not match schemas/graph.schema.json"; exit 1; }
  fi
  python3 "$source_dir/tests/eval/score_graph.py" --gold "$data/gold.json" --graph "$graph" \
    || { echo "FAIL: score_graph.py could not score the $set graph"; exit 1; }
done
