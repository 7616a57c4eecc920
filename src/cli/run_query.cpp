#include "cli/options.hpp"
#include "io/graph_file.hpp"
#include "util/errors.hpp"

namespace newsgraph::cli {

int run_query(const QueryOptions& options) {
  load_graph_file(options.graph);  // a bad graph is reported before anything else
  throw UsageError("query " + options.command + " is not available yet");
}

}  // namespace newsgraph::cli
