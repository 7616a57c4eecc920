# A single 50 MB line without a sentence end: read in bounded time and memory.
source "$(dirname "$0")/lib.sh"
yes 'the quick brown fox jumps over the lazy dog ' | tr -d '\n' | head -c 50000000 >"$WORK/line.txt"
START=$(date +%s)
run "$NEWSGRAPH" build "$WORK/line.txt" -o "$WORK/g.json" -q
expect_status 0 "a 50 MB line"
expect_valid_graph "$WORK/g.json"
[ $(( $(date +%s) - START )) -lt 240 ] && pass || fail "a 50 MB line took over 240 s"
finish
