// The node and edge types of the graph contract (README, "The graph contract").
#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace newsgraph {

enum class NodeType { Nation, Organisation, Exercise, Event, Person, Place, Agreement };

enum class EdgeType {
  member_of,
  participates_in,
  organises,
  located_in,
  part_of,
  leads,
  affiliated_with,
  met_with,
  cooperates_with,
  party_to,
};

inline constexpr std::array<NodeType, 7> kNodeTypes = {
    NodeType::Nation, NodeType::Organisation, NodeType::Exercise, NodeType::Event,
    NodeType::Person, NodeType::Place,        NodeType::Agreement};

inline constexpr std::array<EdgeType, 10> kEdgeTypes = {
    EdgeType::member_of, EdgeType::participates_in, EdgeType::organises,       EdgeType::located_in,
    EdgeType::part_of,   EdgeType::leads,           EdgeType::affiliated_with, EdgeType::met_with,
    EdgeType::cooperates_with, EdgeType::party_to};

std::string_view to_string(NodeType type);
std::string_view to_string(EdgeType type);
// Exact names as written above ("Nation", "member_of"); nullopt otherwise.
std::optional<NodeType> parse_node_type(std::string_view name);
std::optional<EdgeType> parse_edge_type(std::string_view name);

// met_with and cooperates_with hold both ways; the graph stores them once,
// from the endpoint that sorts first.
constexpr bool is_symmetric(EdgeType type) {
  return type == EdgeType::met_with || type == EdgeType::cooperates_with;
}

}  // namespace newsgraph
