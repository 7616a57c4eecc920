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

# kill_when PID SIGNAL COMMAND...: kills PID with SIGNAL as soon as COMMAND
# succeeds (polled every 10 ms, up to a minute) and waits for it; KILLED
# says whether that happened before PID ended by itself, KILL_STATUS is
# PID's exit status.
kill_when() {
  local pid=$1 signal=$2
  shift 2
  KILLED=no
  for _ in $(seq 1 6000); do
    if "$@"; then
      kill -s "$signal" "$pid" 2>/dev/null && KILLED=yes
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.01
  done
  wait "$pid" 2>/dev/null
  KILL_STATUS=$?
}

# temp_file_has_data DIR NAME: the temporary file written for DIR/NAME
# exists and has data in it.
temp_file_has_data() {
  local tmp
  tmp=$(ls -A "$1" | grep -F ".$2.tmp." | head -1)
  [ -n "$tmp" ] && [ -s "$1/$tmp" ]
}

# kill_during_write PID FILE [SIGNAL]: kills PID (with SIGNAL, default KILL)
# in the middle of writing FILE, once its temporary file has data in it
# (see kill_when for KILLED and KILL_STATUS).
kill_during_write() {
  kill_when "$1" "${3:-KILL}" temp_file_has_data "$(dirname "$2")" "$(basename "$2")"
}
