# Shared by the CLI tests: run as `bash test_x.sh NEWSGRAPH SOURCE_DIR`.
# Each check prints what failed; the script exits 1 at its end if any did.
set -u
NEWSGRAPH=$1
SOURCE_DIR=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FAILURES=0
PASSES=0

fail() { echo "FAIL: $*" >&2; FAILURES=$((FAILURES + 1)); }
pass() { PASSES=$((PASSES + 1)); }

# run CMD...: runs it, keeping stdout in $OUT, stderr in $ERR, status in $STATUS
# (and the command, without the binary's path, in $RAN for messages).
run() {
  local all="$*"
  RAN=${all#"$NEWSGRAPH" }
  "$@" >"$WORK/stdout" 2>"$WORK/stderr"
  STATUS=$?
  OUT=$(cat "$WORK/stdout")
  ERR=$(cat "$WORK/stderr")
}
expect_status() { [ "$STATUS" = "$1" ] && pass || fail "${2:-${RAN:-command}}: exit $STATUS, expected $1; stderr: $ERR"; }
expect_out() { grep -qE -- "$1" <<<"$OUT" && pass || fail "stdout lacks /$1/: $OUT"; }
expect_err() { grep -qE -- "$1" <<<"$ERR" && pass || fail "stderr lacks /$1/: $ERR"; }
# Every error is one line.
expect_one_line_err() {
  [ "$(printf '%s\n' "$ERR" | grep -c .)" = 1 ] && pass || fail "stderr is not one line: $ERR"
}
# expect_refused STATUS REGEX [FILE...]: the last run was refused: it exited
# STATUS with one line on stderr that matches REGEX, and left none of FILE.
expect_refused() {
  local status=$1 regex=$2
  shift 2
  expect_status "$status"
  expect_err "$regex"
  expect_one_line_err
  local file
  for file in "$@"; do expect_no_file "$file"; done
}
expect_file() { [ -s "$1" ] && pass || fail "missing or empty file $1"; }
expect_no_file() { [ ! -e "$1" ] && pass || fail "file should not exist: $1"; }
expect_valid_graph() {
  "$VALIDATE_JSON" "$SOURCE_DIR/schemas/graph.schema.json" "$1" && pass || fail "$1 is not valid against graph.schema.json"
}

finish() {
  echo "$PASSES passed, $FAILURES failed"
  [ "$FAILURES" = 0 ]
}

# kill_during_write PID FILE [SIGNAL]: kills PID (with SIGNAL, default KILL)
# as soon as the temporary file it writes for FILE has data in it, i.e. in
# the middle of the write, and waits for it; KILLED says whether that
# happened before PID ended by itself, KILL_STATUS is PID's exit status.
kill_during_write() {
  local pid=$1 signal=${3:-KILL} dir name tmp
  dir=$(dirname "$2")
  name=$(basename "$2")
  KILLED=no
  for _ in $(seq 1 6000); do
    tmp=$(ls -A "$dir" | grep -F ".$name.tmp." | head -1)
    if [ -n "$tmp" ] && [ -s "$dir/$tmp" ]; then
      kill -s "$signal" "$pid" 2>/dev/null && KILLED=yes
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  wait "$pid" 2>/dev/null
  KILL_STATUS=$?
}
