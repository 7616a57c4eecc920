#include <iostream>

#include "cli/common.hpp"
#include "io/graph_file.hpp"
#include "query/render.hpp"
#include "query/statistics.hpp"

namespace newsgraph::cli {

int run_stats(const StatsOptions& options) {
  KnowledgeGraph graph = load_graph_file(options.graph);
  StatsResult stats = graph_stats(graph);
  if (options.json)
    write_json(std::cout, graph, stats);
  else
    print_table(std::cout, graph, stats);
  return 0;
}

}  // namespace newsgraph::cli
