#include "graph/subgraph.hpp"

#include <algorithm>
#include <deque>
#include <numeric>

namespace newsgraph {
namespace {

constexpr NodeId kAbsent = static_cast<NodeId>(-1);

// Copies the nodes marked in `keep` and the edges between them for which
// `keep_edge` holds.
template <typename EdgePredicate>
KnowledgeGraph copy_part(const KnowledgeGraph& graph, const std::vector<bool>& keep, EdgePredicate keep_edge) {
  KnowledgeGraph out;
  std::vector<NodeId> renumber(graph.node_count(), kAbsent);
  for (NodeId v = 0; v < graph.node_count(); ++v)
    if (keep[v]) renumber[v] = out.insert_node(graph.node(v));
  for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it) {
    NodeId s = graph.source(*it), t = graph.target(*it);
    if (renumber[s] == kAbsent || renumber[t] == kAbsent || !keep_edge(*it)) continue;
    out.insert_edge(renumber[s], renumber[t], graph.edge(*it));
  }
  for (const auto& doc : graph.documents()) out.add_document(doc);
  return out;
}

// Hop distance from the focus nodes over edges that pass the filter.
std::vector<unsigned> distances(const KnowledgeGraph& graph, const SubgraphSpec& spec) {
  std::vector<unsigned> dist(graph.node_count(), static_cast<unsigned>(-1));
  std::deque<NodeId> queue;
  for (NodeId f : spec.focus) {
    dist[f] = 0;
    queue.push_back(f);
  }
  const GraphStorage& g = graph.storage();
  auto visit = [&](NodeId from, NodeId to, EdgeId e) {
    if (dist[to] != static_cast<unsigned>(-1) || !keeps_edge(graph, e, spec.filter)) return;
    dist[to] = dist[from] + 1;
    if (dist[to] < spec.depth) queue.push_back(to);
  };
  while (!queue.empty()) {
    NodeId v = queue.front();
    queue.pop_front();
    if (dist[v] >= spec.depth) continue;
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) visit(v, boost::target(*it, g), *it);
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) visit(v, boost::source(*it, g), *it);
  }
  return dist;
}

}  // namespace

KnowledgeGraph extract_subgraph(const KnowledgeGraph& graph, const SubgraphSpec& spec) {
  std::size_t n = graph.node_count();
  std::vector<bool> reach(n, true);
  if (!spec.focus.empty()) {
    std::vector<unsigned> dist = distances(graph, spec);
    for (NodeId v = 0; v < n; ++v) reach[v] = dist[v] <= spec.depth;
  }
  bool edge_criteria = !spec.filter.relations.empty() || spec.filter.since || spec.filter.until;
  std::vector<bool> keep(n, false);
  for (NodeId v = 0; v < n; ++v) keep[v] = reach[v] && !edge_criteria && keeps_node(graph.node(v), spec.filter);
  for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it) {
    NodeId s = graph.source(*it), t = graph.target(*it);
    if (reach[s] && reach[t] && keeps_edge(graph, *it, spec.filter)) keep[s] = keep[t] = true;
  }
  for (NodeId f : spec.focus) keep[f] = true;
  return copy_part(graph, keep, [&](EdgeId e) { return keeps_edge(graph, e, spec.filter); });
}

MostConnected keep_most_connected(const KnowledgeGraph& graph, std::size_t max_nodes) {
  std::size_t n = graph.node_count();
  std::vector<NodeId> order(n);
  std::iota(order.begin(), order.end(), NodeId{0});
  auto degree = [&](NodeId v) { return boost::out_degree(v, graph.storage()) + boost::in_degree(v, graph.storage()); };
  std::stable_sort(order.begin(), order.end(), [&](NodeId a, NodeId b) { return degree(a) > degree(b); });
  std::vector<bool> keep(n, false);
  for (std::size_t i = 0; i < std::min(max_nodes, n); ++i) keep[order[i]] = true;
  MostConnected result{copy_part(graph, keep, [](EdgeId) { return true; }), 0, 0};
  result.dropped_nodes = n - result.graph.node_count();
  result.dropped_edges = graph.edge_count() - result.graph.edge_count();
  return result;
}

}  // namespace newsgraph
