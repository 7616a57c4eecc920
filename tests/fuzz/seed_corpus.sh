#!/usr/bin/env bash
# Fills a fuzz target's corpus folder with seeds made from examples/ (and the
# project's own data of the same kind), in the input form the target reads.
#   seed_corpus.sh TARGET_NAME FOLDER
set -euo pipefail
name=$1
out=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
# fuzz_document and fuzz_extract read one format byte (0 text, 1 Markdown,
# 2 HTML) and then the document's bytes.
format_byte() {
  case "$1" in
    *.md) printf '\001' ;;
    *.html | *.htm) printf '\002' ;;
    *) printf '\000' ;;
  esac
}
case "$name" in
  fuzz_document | fuzz_extract)
    for f in "$root"/examples/articles/*; do
      { format_byte "$f"; cat "$f"; } >"$out/$(basename "$f")"
    done ;;
  fuzz_graph_json)
    # The graph of examples/ (and the hand-made alliance graph).
    cp "$root"/tests/data/*.json "$out/" ;;
  fuzz_iso_date)
    # Every date the graph of examples/ holds, as the reader meets them.
    grep -oE '"[0-9]{4}(-[0-9]{2}){0,2}"' "$root/tests/data/examples_graph.json" | tr -d '"' | sort -u |
      while read -r d; do printf '%s' "$d" >"$out/$d"; done ;;
  fuzz_lexicon)
    # The example user lexicon and the shipped lexicon files.
    cp "$root"/examples/lexicon/*.json "$out/"
    for f in "$root"/src/lexicon/data/*.json; do cp "$f" "$out/shipped_$(basename "$f")"; done ;;
  *)
    cp "$root"/examples/articles/* "$out/" ;;
esac
