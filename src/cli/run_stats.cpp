#include <iostream>

#include "cli/common.hpp"
#include "io/graph_file.hpp"

namespace newsgraph::cli {

int run_stats(const StatsOptions& options) {
  KnowledgeGraph graph = load_graph_file(options.graph);
  GraphSummary summary = summarise(graph);
  std::cout << "documents: " << summary.documents << '\n';
  print_summary(std::cout, summary);
  return 0;
}

}  // namespace newsgraph::cli
