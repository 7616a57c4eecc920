#include <iostream>

#include "cli/common.hpp"
#include "io/graph_file.hpp"
#include "query/render.hpp"
#include "query/statistics.hpp"

namespace newsgraph::cli {

int run_stats(const StatsOptions& options) {
  StepTimer timer(options.timings);
  timer.step("load");
  prefer_large_heap_pages();
  const KnowledgeGraph& graph = keep_until_exit(load_graph_file(options.graph));  // not freed: see common.hpp
  timer.step("query");
  StatsResult stats = graph_stats(graph, kBetweennessWork, options.betweenness_sources);
  timer.step("output");
  if (options.json)
    write_json(std::cout, graph, stats);
  else
    print_table(std::cout, graph, stats);
  std::cout.flush();
  timer.stop();
  return 0;
}

}  // namespace newsgraph::cli
