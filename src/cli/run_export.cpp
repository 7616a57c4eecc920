#include "cli/common.hpp"
#include "io/graph_file.hpp"
#include "util/errors.hpp"

namespace newsgraph::cli {

int run_export(const ExportOptions& options) {
  ExportFormat format = choose_format(options.format, options.output);
  GraphFilter filter = parse_filter(options.subgraph);
  if (!options.subgraph.focus.empty() || !filter.empty())
    throw UsageError("subgraph options (--focus, --type, --relation, --since, --until) are not available yet");
  KnowledgeGraph graph = load_graph_file(options.graph);
  ExportSettings settings;
  settings.layout_engine = options.engine;
  settings.max_nodes = options.max_nodes;
  export_graph(graph, format, options.output, settings);
  return 0;
}

}  // namespace newsgraph::cli
