# A single 50 MB line without a sentence end: read in bounded time and memory.
# Under the sanitizers (NEWSGRAPH_TEST_SANITIZED=1, set by the sanitizer
# build's ctest) the line is 10 MB: the same code, cut into as many pieces,
# at a size that ASan's slower run and larger memory can take on a busy box.
source "$(dirname "$0")/lib.sh"
if [ -n "${NEWSGRAPH_TEST_SANITIZED:-}" ]; then BYTES=10000000; else BYTES=50000000; fi
yes 'the quick brown fox jumps over the lazy dog ' | tr -d '\n' | head -c "$BYTES" >"$WORK/line.txt"
# CPU seconds and peak memory of the run, from the kernel's accounting of
# the child (CPU, not wall time: the test machine may be busy).
read -r CPU_S PEAK_MB < <(/usr/bin/python3 - "$NEWSGRAPH" "$WORK" <<'PY'
import resource, subprocess, sys
binary, work = sys.argv[1], sys.argv[2]
with open(f"{work}/stdout", "w") as out, open(f"{work}/stderr", "w") as err:
    code = subprocess.run([binary, "build", f"{work}/line.txt", "-o", f"{work}/g.json", "-q"],
                          stdout=out, stderr=err).returncode
open(f"{work}/status", "w").write(str(code))
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(int(usage.ru_utime + usage.ru_stime), usage.ru_maxrss // 1024)
PY
)
STATUS=$(cat "$WORK/status")
ERR=$(cat "$WORK/stderr")
expect_status 0 "a $BYTES-byte line"
[ -z "$ERR" ] && pass || fail "a long line printed: $ERR"
expect_valid_graph "$WORK/g.json"
# About 15 CPU seconds for 50 MB (ASan: a few times that for 10 MB).
[ "$CPU_S" -lt 120 ] && pass || fail "a $BYTES-byte line took $CPU_S CPU seconds (bound: 120)"
# About 23 bytes of memory per byte of text (tokens, spans, sentence pieces),
# i.e. 1.1 GB for 50 MB; the bound catches a run whose memory grows with the
# square of the line, or several copies more. ASan's shadow memory and
# quarantine make its numbers meaningless, so the sanitizer run skips it.
if [ -z "${NEWSGRAPH_TEST_SANITIZED:-}" ]; then
  [ "$PEAK_MB" -lt 2048 ] && pass || fail "a 50 MB line took $PEAK_MB MB of memory (bound: 2048 MB)"
fi
finish
