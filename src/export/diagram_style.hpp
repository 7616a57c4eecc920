// How diagrams look: shape and colour per node type, colour per relation,
// the legend, and the layout chosen for the size of the graph.
#pragma once
#include <string>
#include <string_view>

#include "graph/knowledge_graph.hpp"

namespace newsgraph::diagram {

struct NodeStyle {
  const char* shape;
  const char* style;
  const char* fill;
  const char* shape_name;  // for the legend
};

NodeStyle node_style(NodeType type);
const char* edge_colour(EdgeType type);

// The engine for a graph of this size when none is asked for: dot's
// hierarchy only for a handful of nodes, neato for the rest up to a few
// hundred, sfdp (multilevel, fast) beyond.
std::string default_engine(std::size_t nodes);
bool is_known_engine(std::string_view engine);

// Edge labels are drawn up to this many edges; beyond, an edge shows its
// relation by colour (see the legend) and its label only as a tooltip.
inline constexpr std::size_t kMaxLabelledEdges = 250;

// An HTML-like table: node types with their colours, relations with theirs,
// and `note` (what was left out) under them.
std::string legend_html(const KnowledgeGraph& graph, std::string_view note);

}  // namespace newsgraph::diagram
