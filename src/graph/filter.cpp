#include "graph/filter.hpp"

#include <algorithm>

namespace newsgraph {

bool edge_in_window(const EdgeProps& edge, const GraphFilter& filter) {
  if (!edge.date) return filter.keep_undated || (!filter.since && !filter.until);
  Date first = edge.date->first_day();
  Date last = (edge.end ? *edge.end : *edge.date).last_day();
  if (filter.since && last < filter.since->first_day()) return false;
  if (filter.until && first > filter.until->last_day()) return false;
  return true;
}

bool keeps_node(const NodeProps& node, const GraphFilter& filter) {
  return filter.node_types.empty() ||
         std::find(filter.node_types.begin(), filter.node_types.end(), node.type) != filter.node_types.end();
}

bool keeps_edge(const KnowledgeGraph& graph, EdgeId edge, const GraphFilter& filter) {
  const EdgeProps& props = graph.edge(edge);
  if (!filter.relations.empty() &&
      std::find(filter.relations.begin(), filter.relations.end(), props.type) == filter.relations.end())
    return false;
  return edge_in_window(props, filter) && keeps_node(graph.node(graph.source(edge)), filter) &&
         keeps_node(graph.node(graph.target(edge)), filter);
}

}  // namespace newsgraph
