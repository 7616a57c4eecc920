# The CLI frame: help, version, exit codes, one-line errors.
source "$(dirname "$0")/lib.sh"

run "$NEWSGRAPH" --version
expect_status 0 --version
expect_out '^newsgraph [0-9]+\.[0-9]+\.[0-9]+$'

run "$NEWSGRAPH" --help
expect_status 0 --help
for sub in build export query stats; do expect_out "$sub"; done

for sub in build export query stats; do
  run "$NEWSGRAPH" $sub --help
  expect_status 0 "$sub --help"
  expect_out "Usage"
done

run "$NEWSGRAPH"
expect_status 2 "no subcommand"
expect_one_line_err

run "$NEWSGRAPH" frobnicate
expect_status 2 "unknown subcommand"
expect_err "usage error"
expect_one_line_err

run "$NEWSGRAPH" build
expect_status 2 "build without paths"
expect_one_line_err

run "$NEWSGRAPH" build "$SOURCE_DIR/examples/articles" -o "$WORK/g.json" --jobs 0
expect_status 2 "--jobs 0"

run "$NEWSGRAPH" build "$SOURCE_DIR/examples/articles" -o "$WORK/g.json" --date 2023-02-30
expect_status 2 "bad --date"
expect_err "--date 2023-02-30: not a date"
expect_no_file "$WORK/g.json"

run "$NEWSGRAPH" build "$WORK/no-such-folder" -o "$WORK/g.json"
expect_status 1 "missing input"
expect_err "^newsgraph: error: $WORK/no-such-folder: no such file or folder$"
expect_no_file "$WORK/g.json"

run "$NEWSGRAPH" build "$SOURCE_DIR/examples/articles" -o "$WORK/no-such-dir/g.json"
expect_status 1 "output folder missing"
expect_err "no-such-dir/g.json: cannot write: folder .* does not exist"
expect_one_line_err

run "$NEWSGRAPH" build "$SOURCE_DIR/examples/articles" -o "$WORK/g.json" --export "$WORK/g.unknown"
expect_status 2 "unknown export extension"
expect_err "cannot tell the format"
expect_no_file "$WORK/g.json"

run "$NEWSGRAPH" stats "$WORK/missing.json"
expect_status 1 "stats on a missing graph"
expect_err "missing.json: no such file"

printf '{"vertices": []}' >"$WORK/foreign.json"
run "$NEWSGRAPH" stats "$WORK/foreign.json"
expect_status 1 "stats on a foreign JSON"
expect_err "foreign.json: at /: does not match schemas/graph.schema.json"
expect_one_line_err

printf '{"nodes": [' >"$WORK/broken.json"
run "$NEWSGRAPH" export "$WORK/broken.json" -o "$WORK/out.json"
expect_status 1 "export of a truncated graph"
expect_err "broken.json:1:12: not valid JSON"
expect_no_file "$WORK/out.json"

finish
