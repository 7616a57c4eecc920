// Counts of a graph for reports: nodes by type, edges by type.
#pragma once
#include <array>
#include <cstddef>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

struct GraphSummary {
  std::size_t documents = 0;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::array<std::size_t, kNodeTypes.size()> nodes_by_type{};
  std::array<std::size_t, kEdgeTypes.size()> edges_by_type{};
};

GraphSummary summarise(const KnowledgeGraph& graph);

}  // namespace newsgraph
