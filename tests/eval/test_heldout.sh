# The extraction score on the project's held-out articles (tests/data/heldout):
# builds their graph and prints the score. It fails only when the build
# fails or the graph is not a valid graph file; no quality bar yet.
# Args: NEWSGRAPH_BINARY SOURCE_DIR
set -u
binary=$1
source_dir=$2
data="$source_dir/tests/data/heldout"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! "$binary" build "$data/articles" -o "$work/heldout.graph.json" --quiet; then
  echo "FAIL: newsgraph build failed on $data/articles"; exit 1
fi
if [ -n "${VALIDATE_JSON:-}" ] && [ -f "$source_dir/schemas/graph.schema.json" ]; then
  "$VALIDATE_JSON" "$source_dir/schemas/graph.schema.json" "$work/heldout.graph.json" \
    || { echo "FAIL: the held-out graph does not match schemas/graph.schema.json"; exit 1; }
fi
python3 "$source_dir/tests/eval/score_graph.py" --gold "$data/gold.json" --graph "$work/heldout.graph.json" \
  || { echo "FAIL: score_graph.py could not score the graph"; exit 1; }
