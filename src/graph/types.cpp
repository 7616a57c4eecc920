#include "graph/types.hpp"

#include <cstring>

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

namespace {

// The length compared before the bytes: the graph reader names a type for
// every node and edge it reads, and string_view's == called compare() out
// of line for each candidate.
template <typename T, std::size_t N>
std::optional<T> by_name(std::string_view name, const std::array<T, N>& all) {
  for (T type : all) {
    std::string_view known = to_string(type);
    if (known.size() == name.size() && std::memcmp(known.data(), name.data(), name.size()) == 0) return type;
  }
  return std::nullopt;
}

}  // namespace

std::optional<NodeType> parse_node_type(std::string_view name) { return by_name(name, kNodeTypes); }

std::optional<EdgeType> parse_edge_type(std::string_view name) { return by_name(name, kEdgeTypes); }

}  // namespace newsgraph
