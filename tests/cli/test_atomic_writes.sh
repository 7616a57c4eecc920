# A run killed in the middle of a large write leaves the old file intact.
source "$(dirname "$0")/lib.sh"

# A write long enough to be caught midway (the sanitizers' slower one is
# caught as easily at a quarter of the size).
if [ -n "${NEWSGRAPH_TEST_SANITIZED:-}" ]; then BIG=100000; else BIG=400000; fi
python3 "$SOURCE_DIR/tests/bench/generate_graph.py" --edges "$BIG" --out "$WORK/big.json"
python3 "$SOURCE_DIR/tests/bench/generate_graph.py" --edges 20 --out "$WORK/target.json"
cp "$WORK/target.json" "$WORK/before.json"

# Start a large write over target.json and kill it as soon as its temporary
# file has data in it, i.e. in the middle of the write.
"$NEWSGRAPH" export "$WORK/big.json" --format json -o "$WORK/target.json" &
kill_during_write $! "$WORK/target.json"
[ "$KILLED" = yes ] && pass || fail "could not kill the writer in the middle of its write"
cmp -s "$WORK/target.json" "$WORK/before.json" && pass || fail "the old graph was changed by a killed write"
run "$NEWSGRAPH" stats "$WORK/target.json"
expect_status 0 "stats on the old graph after a killed write"
expect_out "^edges: 20$"

# Stopped by SIGTERM (a scheduler, a timeout; Ctrl-C's SIGINT takes the
# same path but a background job here ignores it) in the middle of a write:
# the old file is intact, and the temporary file is removed too (SIGKILL's
# above is left, as nothing can catch it); the process ends by the signal.
rm -f "$WORK"/.target.json.tmp.*
for signal in TERM HUP; do
  "$NEWSGRAPH" export "$WORK/big.json" --format json -o "$WORK/target.json" &
  kill_during_write $! "$WORK/target.json" "$signal"
  [ "$KILLED" = yes ] && pass || fail "could not send SIG$signal in the middle of the write"
  [ "$KILL_STATUS" = $((128 + $(kill -l "$signal"))) ] && pass || fail "SIG$signal: exit status $KILL_STATUS"
  cmp -s "$WORK/target.json" "$WORK/before.json" && pass || fail "the old graph was changed by an interrupted write"
  [ -z "$(ls -A "$WORK" | grep '^\.target\.json\.tmp')" ] && pass ||
    fail "SIG$signal left a temporary file: $(ls -A "$WORK")"
done

# A Neo4j export is a folder, written as a hidden temporary folder and
# renamed into place: a run stopped by a signal removes that folder with
# what is in it (found left behind in session 4), and the earlier export
# stays whole. Sent once a file in the temporary folder has data.
"$NEWSGRAPH" export "$WORK/target.json" --format neo4j -o "$WORK/neo4j" >/dev/null || fail "a small Neo4j export"
NEO4J_SUM=$(cat "$WORK"/neo4j/* | cksum)
temp_folder_has_data() { find "$WORK" -maxdepth 2 -path "$WORK/.neo4j.tmp.*/*" -size +0 2>/dev/null | grep -q .; }
for signal in TERM INT HUP; do
  # A background job of a script starts with SIGINT ignored (which newsgraph
  # respects): env --default-signal gives it back its default.
  env --default-signal=INT "$NEWSGRAPH" export "$WORK/big.json" --format neo4j -o "$WORK/neo4j" >/dev/null &
  kill_when $! "$signal" temp_folder_has_data
  [ "$KILLED" = yes ] && pass || fail "could not send SIG$signal in the middle of the Neo4j export"
  [ "$KILL_STATUS" = $((128 + $(kill -l "$signal"))) ] && pass || fail "neo4j SIG$signal: exit status $KILL_STATUS"
  [ -z "$(ls -A "$WORK" | grep '^\.neo4j\.tmp')" ] && pass ||
    fail "SIG$signal left a temporary folder: $(ls -A "$WORK" | grep '^\.neo4j')"
  [ "$(cat "$WORK"/neo4j/* | cksum)" = "$NEO4J_SUM" ] && pass || fail "SIG$signal changed the earlier Neo4j export"
done

# A write that fails (here: the target is a folder) leaves no file behind.
mkdir "$WORK/folder.json"
run "$NEWSGRAPH" export "$WORK/before.json" --format json -o "$WORK/folder.json"
expect_status 1 "write over a folder"
expect_err "folder.json: cannot write: it is a folder"
[ -z "$(ls -A "$WORK" | grep '^\.folder\.json\.tmp')" ] && pass || fail "temporary file left after a failed write"

finish
