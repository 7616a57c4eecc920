#include <iostream>

#include "cli/common.hpp"
#include "query/render.hpp"
#include "query/statistics.hpp"

namespace newsgraph::cli {

int run_stats(const StatsOptions& options) {
  StepTimer timer(options.timings);
  timer.step("load");
  const KnowledgeGraph& graph = load_graph_to_answer(options.graph);
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
