# A run killed in the middle of a large write leaves the old file intact.
source "$(dirname "$0")/lib.sh"

python3 "$SOURCE_DIR/tests/bench/generate_graph.py" --edges 400000 --out "$WORK/big.json"  # a write long enough to be caught midway
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

# A write that fails (here: the target is a folder) leaves no file behind.
mkdir "$WORK/folder.json"
run "$NEWSGRAPH" export "$WORK/before.json" --format json -o "$WORK/folder.json"
expect_status 1 "write over a folder"
expect_err "folder.json: cannot write: it is a folder"
[ -z "$(ls -A "$WORK" | grep '^\.folder\.json\.tmp')" ] && pass || fail "temporary file left after a failed write"

finish
