#include "export/diagram_style.hpp"

#include <array>

#include "export/text.hpp"

namespace newsgraph::diagram {

NodeStyle node_style(NodeType type) {
  switch (type) {
    case NodeType::Nation: return {"ellipse", "filled", "#8dd3c7", "ellipse"};
    case NodeType::Organisation: return {"box", "filled,rounded", "#80b1d3", "rounded box"};
    case NodeType::Exercise: return {"hexagon", "filled", "#fdb462", "hexagon"};
    case NodeType::Event: return {"octagon", "filled", "#fb8072", "octagon"};
    case NodeType::Person: return {"box", "filled", "#ffffb3", "box"};
    case NodeType::Place: return {"house", "filled", "#b3de69", "house"};
    case NodeType::Agreement: return {"note", "filled", "#fccde5", "note"};
  }
  return {"ellipse", "filled", "#ffffff", "ellipse"};
}

const char* edge_colour(EdgeType type) {
  static constexpr std::array<const char*, kEdgeTypes.size()> kColours = {
      "#1f77b4", "#ff7f0e", "#2ca02c", "#8c564b", "#9467bd",
      "#d62728", "#e377c2", "#17becf", "#8a8a00", "#7f7f7f"};
  return kColours[static_cast<std::size_t>(type)];
}

std::string default_engine(std::size_t nodes) {
  if (nodes <= 8) return "dot";
  if (nodes <= 300) return "neato";
  return "sfdp";
}

bool is_known_engine(std::string_view engine) {
  for (std::string_view known : {"dot", "neato", "sfdp", "fdp", "circo", "twopi"})
    if (engine == known) return true;
  return false;
}

std::string legend_html(const KnowledgeGraph& graph, std::string_view note) {
  std::array<bool, kNodeTypes.size()> has_node{};
  std::array<bool, kEdgeTypes.size()> has_edge{};
  for (auto [it, end] = boost::vertices(graph.storage()); it != end; ++it)
    has_node[static_cast<std::size_t>(graph.node(*it).type)] = true;
  for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it)
    has_edge[static_cast<std::size_t>(graph.edge(*it).type)] = true;

  std::string html = "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" COLOR=\"#999999\">";
  html += "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
  for (NodeType type : kNodeTypes) {
    if (!has_node[static_cast<std::size_t>(type)]) continue;
    NodeStyle s = node_style(type);
    html += "<TR><TD BGCOLOR=\"" + std::string(s.fill) + "\" BORDER=\"1\"> </TD><TD ALIGN=\"LEFT\">" +
            std::string(to_string(type)) + " (" + s.shape_name + ")</TD></TR>";
  }
  for (EdgeType type : kEdgeTypes) {
    if (!has_edge[static_cast<std::size_t>(type)]) continue;
    std::string colour = edge_colour(type);
    html += "<TR><TD><FONT COLOR=\"" + colour + "\"><B>&#8594;</B></FONT></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"" +
            colour + "\">" + std::string(to_string(type)) + (is_symmetric(type) ? " (both ways)" : "") +
            "</FONT></TD></TR>";
  }
  if (!note.empty()) html += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><I>" + text::dot_html(note) + "</I></TD></TR>";
  html += "</TABLE>";
  return html;
}

}  // namespace newsgraph::diagram
