// Subgraphs for exports and drawings: the neighbourhood of some entities,
// a filter on types, relations and time, and the most connected part of a
// graph too big to draw.
//
// Takes: a graph and what to keep. Gives: a new graph (nodes renumbered in
// their old order, edges with their evidence, every document record).
#pragma once
#include <cstddef>
#include <vector>

#include "graph/filter.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

struct SubgraphSpec {
  std::vector<NodeId> focus;  // empty: no neighbourhood limit
  unsigned depth = 1;         // hops from a focus node, over kept edges, either direction
  GraphFilter filter;
};

// Keeps the edges that pass `filter` (keeps_edge) and, with a focus, lie
// within `depth` hops of it. Nodes kept: the focus nodes, the ends of kept
// edges, and, when the filter says nothing about relations or time, every
// other node of a kept type (within reach of the focus, if any).
KnowledgeGraph extract_subgraph(const KnowledgeGraph& graph, const SubgraphSpec& spec);

struct MostConnected {
  KnowledgeGraph graph;
  std::size_t dropped_nodes = 0;
  std::size_t dropped_edges = 0;
};

// The `max_nodes` nodes of highest degree (ties: lower id first) and the
// edges between them.
MostConnected keep_most_connected(const KnowledgeGraph& graph, std::size_t max_nodes);

}  // namespace newsgraph
