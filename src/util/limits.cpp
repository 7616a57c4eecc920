#include "util/limits.hpp"

#include "util/errors.hpp"

namespace newsgraph {
namespace {

Limits current;

}  // namespace

const Limits& limits() { return current; }

void set_limits(const Limits& limits) { current = limits; }

void check_node_limit(std::size_t count) {
  if (count < current.nodes) return;
  throw LimitError("", "more than " + std::to_string(current.nodes) +
                           " entities, the limit of one graph: use fewer documents, or raise " + kMaxNodesVariable +
                           " if memory allows");
}

void check_edge_limit(std::size_t count) {
  if (count < current.edges) return;
  throw LimitError("", "more than " + std::to_string(current.edges) +
                           " relations, the limit of one graph: use fewer documents, or raise " + kMaxEdgesVariable +
                           " if memory allows");
}

}  // namespace newsgraph
