#!/usr/bin/env bash
# Runs every fuzz target for a bounded time with a corpus seeded from
# examples/ (seed_corpus.sh), and keeps what it finds under BUILD_DIR/fuzz-findings/.
# A finding is fixed and its input copied to tests/fuzz/regressions/TARGET/,
# where ctest's 'fuzz replay' tests run it in every build.
#   run_fuzzers.sh BUILD_DIR SECONDS_PER_TARGET [TARGET...]   (default: every target)
set -euo pipefail
build=$1
seconds=${2:-60}
shift 2 || shift $#
root=$(cd "$(dirname "$0")/../.." && pwd)
status=0
# Undefined behaviour is a finding too (halt), except third-party reports
# listed in ubsan.supp.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/fuzz/ubsan.supp"
if [ $# -gt 0 ]; then
  targets=()
  for name in "$@"; do targets+=("$build/tests/fuzz/$name"); done
else
  targets=("$build"/tests/fuzz/fuzz_*)
fi
for target in "${targets[@]}"; do
  [ -x "$target" ] || { [ $# -gt 0 ] && { echo "no fuzz target $target"; exit 2; }; continue; }
  name=$(basename "$target")
  corpus="$build/fuzz-corpus/$name"
  mkdir -p "$corpus" "$build/fuzz-findings/$name"
  # Seeds from examples/, in the form the target reads.
  "$root/tests/fuzz/seed_corpus.sh" "$name" "$corpus"
  echo "== $name: ${seconds}s"
  if ! "$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -artifact_prefix="$build/fuzz-findings/$name/" -print_final_stats=1 2>"$build/fuzz-$name.log"; then
    echo "!! $name found a failure: see $build/fuzz-findings/$name/ and $build/fuzz-$name.log"
    status=1
  fi
  grep -E "stat::number_of_executed_units|Done" "$build/fuzz-$name.log" | tail -2 || true
done
exit $status
