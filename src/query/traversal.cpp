#include "query/traversal.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/pending/queue.hpp>
#include <boost/property_map/property_map.hpp>
#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "query/graph_view.hpp"

namespace newsgraph {
namespace {

// Thrown by the visitor to end a search early (goal found, depth reached).
struct SearchDone {};

inline constexpr unsigned kUnreached = std::numeric_limits<unsigned>::max();

// Flat arrays indexed by node: an O(V) fill per query (a few milliseconds
// on a million edges) buys hash-free work for every node the search reaches.
struct BfsTree {
  std::vector<unsigned> distance;  // kUnreached when not reached
  std::vector<NodeId> parent;      // the node each was reached from (kept with a goal only)
  std::vector<NodeId> reached;     // in discovery order, the start first
  bool has(NodeId v) const { return distance[v] != kUnreached; }
};

// Records distances and parents; stops at the first node popped at
// `limit` hops (every node within `limit` is then discovered) or when
// `goal` is discovered.
struct BoundedRecorder : boost::default_bfs_visitor {
  BfsTree* tree = nullptr;
  unsigned limit = 0;
  std::optional<NodeId> goal;
  template <typename G>
  void examine_vertex(NodeId u, const G&) const {
    if (tree->distance[u] >= limit) throw SearchDone{};
  }
  template <typename G>
  void tree_edge(const UndirectedEdge& e, const G& g) const {
    NodeId s = source(e, g), t = target(e, g);
    tree->distance[t] = tree->distance[s] + 1;
    tree->reached.push_back(t);
    if (!goal) return;
    tree->parent[t] = s;
    if (t == *goal) throw SearchDone{};
  }
};

template <typename View>
BfsTree bounded_bfs(const View& view, NodeId start, unsigned limit, std::optional<NodeId> goal = std::nullopt) {
  const std::size_t n = num_vertices(view);
  BfsTree tree;
  tree.distance.assign(n, kUnreached);
  if (goal) tree.parent.assign(n, start);
  tree.distance[start] = 0;
  tree.reached.push_back(start);
  std::vector<boost::default_color_type> colours(n, boost::white_color);
  boost::queue<NodeId> queue;
  try {
    boost::breadth_first_visit(view, start, queue, BoundedRecorder{{}, &tree, limit, goal}, colours.data());
  } catch (const SearchDone&) {
  }
  return tree;
}

using EdgeSortKey = std::tuple<EdgeType, bool, const std::optional<Date>&, const std::optional<Date>&,
                               const std::string&, const std::string&, NodeId, NodeId>;

EdgeSortKey edge_key(const KnowledgeGraph& graph, EdgeId e) {
  const EdgeProps& p = graph.edge(e);
  NodeId s = graph.source(e), t = graph.target(e);
  return EdgeSortKey(p.type, !p.date, p.date, p.end, graph.node(s).label, graph.node(t).label, s, t);
}

// The first (edge_less) edge of the view between u and v, walked from u.
template <typename View>
Hop best_hop(const KnowledgeGraph& graph, const View& view, NodeId u, NodeId v) {
  std::optional<UndirectedEdge> best;
  for (auto [it, end] = out_edges(u, view); it != end; ++it)
    if (target(*it, view) == v && (!best || edge_less(graph, it->edge, best->edge))) best = *it;
  return Hop{best->edge, u, v, !best->reversed};
}

bool label_less(const KnowledgeGraph& graph, NodeId a, NodeId b) {
  return std::tie(graph.node(a).label, a) < std::tie(graph.node(b).label, b);
}

// Dense ranks of the labels of some nodes (equal labels, equal ranks), so
// that (rank, id) orders them as (label, id) does, by comparing integers.
class LabelRanks {
 public:
  LabelRanks(const KnowledgeGraph& graph, const std::vector<NodeId>& nodes) : rank_(graph.node_count(), 0) {
    std::vector<std::pair<const std::string*, NodeId>> by_label;
    by_label.reserve(nodes.size());
    for (NodeId v : nodes) by_label.emplace_back(&graph.node(v).label, v);
    std::sort(by_label.begin(), by_label.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
    std::uint32_t rank = 0;
    for (std::size_t i = 0; i < by_label.size(); ++i) {
      if (i > 0 && *by_label[i].first != *by_label[i - 1].first) ++rank;
      rank_[by_label[i].second] = rank;
    }
  }
  std::uint32_t operator[](NodeId v) const { return rank_[v]; }
  bool less(NodeId a, NodeId b) const { return rank_[a] != rank_[b] ? rank_[a] < rank_[b] : a < b; }

 private:
  std::vector<std::uint32_t> rank_;  // by node; only the given nodes' are meaningful
};

// An optional date as one integer in the order of std::optional<Date>:
// none first, then by year (any int), month and day.
std::uint64_t date_code(const std::optional<Date>& d) {
  if (!d) return 0;
  const std::uint64_t year = static_cast<std::uint32_t>(d->year) ^ 0x80000000u;  // signed order, unsigned bits
  return (year << 9 | static_cast<std::uint64_t>(d->month) << 5 | static_cast<std::uint64_t>(d->day)) + 1;
}

// edge_less as integers: (type, undated, date) in `head`, the end date,
// the ends' label ranks and ids.
struct EdgeOrder {
  std::uint64_t head, end;
  std::uint32_t source_rank, target_rank;
  NodeId source, target;
  std::uint32_t index;  // in the list being sorted
  auto key() const { return std::tie(head, end, source_rank, target_rank, source, target); }
};

// Sorts `edges` (all between ranked nodes) by edge_less; gives each
// edge's new position by its old index.
std::vector<std::uint32_t> sort_edges(const KnowledgeGraph& graph, const LabelRanks& ranks,
                                      std::vector<EdgeId>& edges) {
  std::vector<EdgeOrder> order;
  order.reserve(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const EdgeProps& p = graph.edge(edges[i]);
    NodeId s = graph.source(edges[i]), t = graph.target(edges[i]);
    const std::uint64_t head = (static_cast<std::uint64_t>(p.type) << 1 | (p.date ? 0u : 1u)) << 42 | date_code(p.date);
    order.push_back(EdgeOrder{head, date_code(p.end), ranks[s], ranks[t], s, t, static_cast<std::uint32_t>(i)});
  }
  std::sort(order.begin(), order.end(), [](const EdgeOrder& a, const EdgeOrder& b) { return a.key() < b.key(); });
  std::vector<EdgeId> sorted;
  sorted.reserve(edges.size());
  std::vector<std::uint32_t> position(edges.size());
  for (std::size_t i = 0; i < order.size(); ++i) {
    sorted.push_back(edges[order[i].index]);
    position[order[i].index] = static_cast<std::uint32_t>(i);
  }
  edges = std::move(sorted);
  return position;
}

// The order of neighbourhood links: distance, then the far end, the near
// end (each by label rank and id) and the edge's position.
using LinkOrder = std::tuple<unsigned, std::uint32_t, NodeId, std::uint32_t, NodeId, std::uint32_t>;

// Enumerates simple paths of exactly `length` hops, pruned by the distance
// of each node to the goal, within the step and path bounds.
template <typename View>
class PathEnumerator {
 public:
  PathEnumerator(const KnowledgeGraph& graph, const View& view, const BfsTree& to_goal, NodeId goal,
                 PathResult& result)
      : graph_(graph), view_(view), to_goal_(to_goal), goal_(goal), result_(result) {}

  // False when a bound stopped the enumeration.
  bool run(NodeId from, unsigned length) {
    nodes_ = {from};
    on_path_ = {from};
    length_ = length;
    return extend(from);
  }

 private:
  bool extend(NodeId u) {
    unsigned hops = static_cast<unsigned>(nodes_.size() - 1);
    for (NodeId w : neighbours(u)) {
      if (++steps_ > kMaxPathSteps) return false;
      unsigned d = to_goal_.distance[w];
      if (d == kUnreached || hops + 1 + d > length_ || on_path_.count(w)) continue;
      if (w == goal_) {
        if (hops + 1 != length_) continue;
        if (result_.paths.size() == kMaxPaths) return false;
        nodes_.push_back(w);
        record();
        nodes_.pop_back();
        continue;
      }
      nodes_.push_back(w);
      on_path_.insert(w);
      bool go_on = extend(w);
      on_path_.erase(w);
      nodes_.pop_back();
      if (!go_on) return false;
    }
    return true;
  }

  void record() {
    Path path;
    for (std::size_t i = 0; i + 1 < nodes_.size(); ++i)
      path.hops.push_back(best_hop(graph_, view_, nodes_[i], nodes_[i + 1]));
    result_.paths.push_back(std::move(path));
  }

  // Distinct neighbours by label, computed once per node.
  const std::vector<NodeId>& neighbours(NodeId u) {
    auto [it, added] = cache_.try_emplace(u);
    if (added) {
      for (auto [e, end] = out_edges(u, view_); e != end; ++e) it->second.push_back(target(*e, view_));
      std::sort(it->second.begin(), it->second.end(),
                [this](NodeId a, NodeId b) { return label_less(graph_, a, b); });
      it->second.erase(std::unique(it->second.begin(), it->second.end()), it->second.end());
    }
    return it->second;
  }

  const KnowledgeGraph& graph_;
  const View& view_;
  const BfsTree& to_goal_;
  NodeId goal_;
  PathResult& result_;
  std::vector<NodeId> nodes_;
  std::unordered_set<NodeId> on_path_;
  unsigned length_ = 0;
  std::size_t steps_ = 0;
  std::unordered_map<NodeId, std::vector<NodeId>> cache_;
};

}  // namespace

bool edge_less(const KnowledgeGraph& graph, EdgeId a, EdgeId b) { return edge_key(graph, a) < edge_key(graph, b); }

NeighboursResult find_neighbours(const KnowledgeGraph& graph, NodeId focus, unsigned depth,
                                 const GraphFilter& filter) {
  FilteredStorage kept = filtered_view(graph, filter, {focus});
  BfsTree tree = bounded_bfs(undirected(kept), focus, depth);
  NeighboursResult result;
  result.focus = focus;
  result.depth = depth;
  // Labels compared once, as ranks: a hub's depth-2 neighbourhood is most
  // of the graph, and sorting its rows and edges by comparing label strings
  // took most of the answer's time.
  const LabelRanks ranks(graph, tree.reached);
  for (NodeId v : tree.reached)
    if (v != focus) result.neighbours.push_back({v, tree.distance[v]});
  std::sort(result.neighbours.begin(), result.neighbours.end(), [&ranks](const Neighbour& a, const Neighbour& b) {
    return a.distance != b.distance ? a.distance < b.distance : ranks.less(a.node, b.node);
  });
  std::vector<std::uint32_t> link_edge;  // by link: its edge's index in result.edges
  std::size_t degrees = 0;
  for (NodeId v : tree.reached) degrees += boost::out_degree(v, graph.storage());
  result.edges.reserve(degrees);
  result.links.reserve(degrees);
  link_edge.reserve(degrees);
  for (NodeId v : tree.reached) {
    unsigned d = tree.distance[v];
    for (auto [it, end] = boost::out_edges(v, kept); it != end; ++it) {
      NodeId t = boost::target(*it, kept);
      if (!tree.has(t)) continue;
      const auto index = static_cast<std::uint32_t>(result.edges.size());
      result.edges.push_back(*it);
      if (tree.distance[t] == d + 1) result.links.push_back({*it, v, t, true}), link_edge.push_back(index);
      if (d == tree.distance[t] + 1) result.links.push_back({*it, t, v, false}), link_edge.push_back(index);
    }
  }
  // Edges by edge_less; links by (distance, to, from, edge).
  const std::vector<std::uint32_t> position = sort_edges(graph, ranks, result.edges);
  std::vector<std::pair<LinkOrder, Hop>> links;
  links.reserve(result.links.size());
  for (std::size_t i = 0; i < result.links.size(); ++i) {
    const Hop& h = result.links[i];
    links.push_back({LinkOrder{tree.distance[h.to], ranks[h.to], h.to, ranks[h.from], h.from, position[link_edge[i]]}, h});
  }
  std::sort(links.begin(), links.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 0; i < links.size(); ++i) result.links[i] = links[i].second;
  return result;
}

PathResult find_paths(const KnowledgeGraph& graph, NodeId from, NodeId to, unsigned max_length, bool all,
                      const GraphFilter& filter) {
  PathResult result;
  result.from = from;
  result.to = to;
  result.max_length = max_length;
  result.all = all;
  result.bound = all ? kMaxPaths : 1;
  if (from == to) return result;
  FilteredStorage kept = filtered_view(graph, filter, {from, to});
  auto view = undirected(kept);
  if (!all) {
    BfsTree tree = bounded_bfs(view, from, max_length, to);
    if (!tree.has(to)) return result;
    std::vector<NodeId> nodes{to};
    while (nodes.back() != from) nodes.push_back(tree.parent[nodes.back()]);
    std::reverse(nodes.begin(), nodes.end());
    Path path;
    for (std::size_t i = 0; i + 1 < nodes.size(); ++i) path.hops.push_back(best_hop(graph, view, nodes[i], nodes[i + 1]));
    result.paths.push_back(std::move(path));
    return result;
  }
  BfsTree to_goal = bounded_bfs(view, to, max_length);
  if (!to_goal.has(from)) return result;
  PathEnumerator<decltype(view)> enumerate(graph, view, to_goal, to, result);
  for (unsigned length = to_goal.distance[from]; length <= max_length; ++length) {
    std::size_t before = result.paths.size();
    bool complete = enumerate.run(from, length);
    // Same length: order by the labels along the path.
    std::sort(result.paths.begin() + static_cast<std::ptrdiff_t>(before), result.paths.end(),
              [&graph](const Path& a, const Path& b) {
                for (std::size_t i = 0; i < a.hops.size(); ++i)
                  if (a.hops[i].to != b.hops[i].to) return label_less(graph, a.hops[i].to, b.hops[i].to);
                return false;
              });
    if (!complete) {
      result.truncated = true;
      break;
    }
  }
  return result;
}

TimelineResult find_timeline(const KnowledgeGraph& graph, NodeId entity, const GraphFilter& filter) {
  FilteredStorage kept = filtered_view(graph, filter, {entity});
  auto view = undirected(kept);
  TimelineResult result;
  result.entity = entity;
  for (auto [it, end] = out_edges(entity, view); it != end; ++it) {
    bool self_loop = graph.source(it->edge) == graph.target(it->edge);
    if (self_loop && it->reversed) continue;  // seen once as an out-edge
    result.events.push_back({it->edge, entity, target(*it, view), !it->reversed});
  }
  using Key = std::tuple<bool, std::optional<Date>, const std::optional<Date>&, const std::optional<Date>&,
                         EdgeType, const std::string&, NodeId, bool>;
  auto key = [&graph](const Hop& h) {
    const EdgeProps& p = graph.edge(h.edge);
    std::optional<Date> first = p.date ? std::optional<Date>(p.date->first_day()) : std::nullopt;
    return Key(!p.date, first, p.date, p.end, p.type, graph.node(h.to).label, h.to, !h.forward);
  };
  std::sort(result.events.begin(), result.events.end(),
            [&key](const Hop& a, const Hop& b) { return key(a) < key(b); });
  return result;
}

}  // namespace newsgraph
