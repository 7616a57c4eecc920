#include "graph/summary.hpp"

namespace newsgraph {

GraphSummary summarise(const KnowledgeGraph& graph) {
  GraphSummary s;
  s.documents = graph.documents().size();
  s.nodes = graph.node_count();
  s.edges = graph.edge_count();
  for (NodeId v = 0; v < graph.node_count(); ++v) ++s.nodes_by_type[static_cast<std::size_t>(graph.node(v).type)];
  for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it)
    ++s.edges_by_type[static_cast<std::size_t>(graph.edge(*it).type)];
  return s;
}

}  // namespace newsgraph
