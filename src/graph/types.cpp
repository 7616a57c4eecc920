#include "graph/types.hpp"

namespace newsgraph {

std::string_view to_string(NodeType type) {
  switch (type) {
    case NodeType::Nation: return "Nation";
    case NodeType::Organisation: return "Organisation";
    case NodeType::Exercise: return "Exercise";
    case NodeType::Event: return "Event";
    case NodeType::Person: return "Person";
    case NodeType::Place: return "Place";
    case NodeType::Agreement: return "Agreement";
  }
  return "?";
}

std::string_view to_string(EdgeType type) {
  switch (type) {
    case EdgeType::member_of: return "member_of";
    case EdgeType::participates_in: return "participates_in";
    case EdgeType::organises: return "organises";
    case EdgeType::located_in: return "located_in";
    case EdgeType::part_of: return "part_of";
    case EdgeType::leads: return "leads";
    case EdgeType::affiliated_with: return "affiliated_with";
    case EdgeType::met_with: return "met_with";
    case EdgeType::cooperates_with: return "cooperates_with";
    case EdgeType::party_to: return "party_to";
  }
  return "?";
}

std::optional<NodeType> parse_node_type(std::string_view name) {
  for (NodeType type : kNodeTypes)
    if (to_string(type) == name) return type;
  return std::nullopt;
}

std::optional<EdgeType> parse_edge_type(std::string_view name) {
  for (EdgeType type : kEdgeTypes)
    if (to_string(type) == name) return type;
  return std::nullopt;
}

}  // namespace newsgraph
