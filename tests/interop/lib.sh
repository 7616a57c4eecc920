# Shared by the interop tests: run as `bash test_x.sh NEWSGRAPH SOURCE_DIR`.
# The checks of tests/cli/lib.sh, plus the real consumers: Debian's Python
# (networkx, igraph, rdflib live under /usr/bin/python3, not pyenv's) and
# the npm packages of tests/package.json.
source "$(dirname "${BASH_SOURCE[0]}")/../cli/lib.sh"
INTEROP="$SOURCE_DIR/tests/interop"
FIXTURE="$SOURCE_DIR/tests/data/alliance_graph.json"
PY=/usr/bin/python3

# Installs tests/node_modules from the lock file when missing or older than
# it (make test does it first; this covers a bare ctest). One install at a
# time: ctest runs tests in parallel.
need_node_modules() {
  local dir="$SOURCE_DIR/tests"
  (
    flock 9
    if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
      npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error >/dev/null 2>"$WORK/npm.log" || { cat "$WORK/npm.log" >&2; exit 1; }
    fi
  ) 9>"$dir/.npm-install.lock" || { fail "npm ci --prefix tests failed"; finish; exit 1; }
  export NODE_PATH="$dir/node_modules"
}

# check NAME CMD...: runs a checker that prints what is wrong and exits non-zero.
check() {
  local name=$1
  shift
  if "$@" >"$WORK/check.out" 2>&1; then pass; else fail "$name: $(cat "$WORK/check.out")"; fi
}
