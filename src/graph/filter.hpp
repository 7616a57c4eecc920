// Which nodes and edges a subgraph, a query or an export keeps: node types,
// relation types and a time window.
#pragma once
#include <optional>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

struct GraphFilter {
  std::vector<NodeType> node_types;      // empty: every type
  std::vector<EdgeType> relations;       // empty: every relation
  std::optional<Date> since;             // window start, inclusive, at its precision
  std::optional<Date> until;             // window end, inclusive, at its precision
  bool keep_undated = true;              // undated edges hold at any time

  bool empty() const { return node_types.empty() && relations.empty() && !since && !until; }
};

// A dated edge is in the window when the span it holds for
// [date, end or date] overlaps [since, until], each taken at its precision
// ("2023" covers the whole year).
bool edge_in_window(const EdgeProps& edge, const GraphFilter& filter);
bool keeps_node(const NodeProps& node, const GraphFilter& filter);
// The edge passes the window and relation tests and both ends pass keeps_node.
bool keeps_edge(const KnowledgeGraph& graph, EdgeId edge, const GraphFilter& filter);

}  // namespace newsgraph
