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

// The place of each of some nodes in the order (label, id), so that
// comparing two places compares the nodes as label_less does, by one
// integer. The labels are sorted once with their first 16 bytes as two
// integers (big-endian, so integer order is byte order); only labels that
// share those bytes are compared as strings.
class LabelOrder {
 public:
  LabelOrder(const KnowledgeGraph& graph, const std::vector<NodeId>& nodes)
      : place_(graph.node_count(), 0), rank_(graph.node_count(), 0) {
    struct Item {
      std::uint64_t head, next;  // the label's bytes 0-7 and 8-15, zero-padded
      const std::string* label;
      NodeId node;
    };
    std::vector<Item> items;
    items.reserve(nodes.size());
    for (NodeId v : nodes) {
      const std::string& label = graph.node(v).label;
      items.push_back({prefix(label, 0), prefix(label, 8), &label, v});
    }
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
      if (a.head != b.head) return a.head < b.head;
      if (a.next != b.next) return a.next < b.next;
      if (a.label->size() > 16 || b.label->size() > 16) {
        // Equal first 16 bytes (a shorter label's zero padding sorts first,
        // as a prefix does; labels hold no NUL): the rest decides.
        if (int c = std::string_view(*a.label).compare(*b.label); c != 0) return c < 0;
      } else if (a.label->size() != b.label->size()) {
        return a.label->size() < b.label->size();
      }
      return a.node < b.node;
    });
    std::uint32_t rank = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0 && *items[i].label != *items[i - 1].label) ++rank;
      place_[items[i].node] = static_cast<std::uint32_t>(i);
      rank_[items[i].node] = rank;
    }
  }
  // The place of v in (label, id) order.
  std::uint32_t operator[](NodeId v) const { return place_[v]; }
  // The dense rank of v's label (equal labels, equal ranks).
  std::uint32_t rank(NodeId v) const { return rank_[v]; }
  bool less(NodeId a, NodeId b) const { return place_[a] < place_[b]; }

 private:
  static std::uint64_t prefix(const std::string& s, std::size_t from) {
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < 8; ++i)
      v = v << 8 | (from + i < s.size() ? static_cast<unsigned char>(s[from + i]) : 0u);
    return v;
  }
  std::vector<std::uint32_t> place_, rank_;  // by node; only the given nodes' are meaningful
};

// An optional date as one integer in the order of std::optional<Date>:
// none first, then by year (any int), month and day.
std::uint64_t date_code(const std::optional<Date>& d) {
  if (!d) return 0;
  const std::uint64_t year = static_cast<std::uint32_t>(d->year) ^ 0x80000000u;  // signed order, unsigned bits
  return (year << 9 | static_cast<std::uint64_t>(d->month) << 5 | static_cast<std::uint64_t>(d->day)) + 1;
}

// edge_less as integers: (type, undated, date) in `head`, the end date,
// the ends' label ranks, then their ids.
struct EdgeOrder {
  std::uint64_t head, end, ranks, ids;
  std::uint32_t index;  // in the list being sorted
  bool operator<(const EdgeOrder& o) const {
    return head != o.head ? head < o.head : end != o.end ? end < o.end : ranks != o.ranks ? ranks < o.ranks : ids < o.ids;
  }
};

// The sort key of an edge between placed nodes.
EdgeOrder edge_order(const KnowledgeGraph& graph, const LabelOrder& places, EdgeId e) {
  const EdgeProps& p = graph.edge(e);
  const std::uint64_t head = (static_cast<std::uint64_t>(p.type) << 1 | (p.date ? 0u : 1u)) << 42 | date_code(p.date);
  const NodeId s = graph.source(e), t = graph.target(e);
  return EdgeOrder{head, date_code(p.end), static_cast<std::uint64_t>(places.rank(s)) << 32 | places.rank(t),
                   static_cast<std::uint64_t>(s) << 32 | t, 0};
}

// The order of neighbourhood links: distance and far end, near end (each
// node by its place in label order), then the edge by edge_less.
struct LinkOrder {
  std::uint64_t to;  // distance, and the far end's place
  std::uint32_t from;
  EdgeOrder edge;
  std::uint32_t index;  // in the list being sorted
  bool operator<(const LinkOrder& o) const {
    return to != o.to ? to < o.to : from != o.from ? from < o.from : edge < o.edge;
  }
};

// Every kept edge between two reached nodes (each once, from its source),
// by edge_less.
template <typename Kept>
std::vector<EdgeId> edges_among(const KnowledgeGraph& graph, const Kept& kept, const BfsTree& tree,
                                const LabelOrder& places) {
  std::vector<EdgeOrder> order;
  std::vector<EdgeId> found;
  for (NodeId v : tree.reached)
    for (auto [it, end] = boost::out_edges(v, kept); it != end; ++it) {
      if (!tree.has(boost::target(*it, kept))) continue;
      order.push_back(edge_order(graph, places, *it));
      order.back().index = static_cast<std::uint32_t>(found.size());
      found.push_back(*it);
    }
  std::sort(order.begin(), order.end());
  std::vector<EdgeId> sorted;
  sorted.reserve(found.size());
  for (const EdgeOrder& o : order) sorted.push_back(found[o.index]);
  return sorted;
}

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

NeighboursResult find_neighbours(const KnowledgeGraph& graph, NodeId focus, unsigned depth, const GraphFilter& filter,
                                 NeighbourEdges edges) {
  FilteredStorage kept = filtered_view(graph, filter, {focus});
  const auto view = undirected(kept);
  BfsTree tree = bounded_bfs(view, focus, depth);
  NeighboursResult result;
  result.focus = focus;
  result.depth = depth;
  // Labels compared once, as places in label order: a hub's depth-2
  // neighbourhood is most of the graph, and sorting its rows and edges by
  // comparing label strings took most of the answer's time.
  const LabelOrder places(graph, tree.reached);
  for (NodeId v : tree.reached)
    if (v != focus) result.neighbours.push_back({v, tree.distance[v]});
  std::sort(result.neighbours.begin(), result.neighbours.end(), [&places](const Neighbour& a, const Neighbour& b) {
    return a.distance != b.distance ? a.distance < b.distance : places.less(a.node, b.node);
  });
  // Links leave the nodes inside the depth: only their edges are read.
  std::vector<LinkOrder> links;
  for (NodeId v : tree.reached) {
    const unsigned d = tree.distance[v];
    if (d >= depth) continue;
    for (auto [it, end] = out_edges(v, view); it != end; ++it) {
      const NodeId w = target(*it, view);
      if (tree.distance[w] != d + 1) continue;
      links.push_back({static_cast<std::uint64_t>(d + 1) << 32 | places[w], places[v],
                       edge_order(graph, places, it->edge), static_cast<std::uint32_t>(result.links.size())});
      result.links.push_back({it->edge, v, w, !it->reversed});
    }
  }
  // By (distance, far end, near end, edge_less).
  std::sort(links.begin(), links.end());
  std::vector<Hop> sorted_links;
  sorted_links.reserve(links.size());
  for (const LinkOrder& l : links) sorted_links.push_back(result.links[l.index]);
  result.links = std::move(sorted_links);
  if (edges == NeighbourEdges::All) result.edges = edges_among(graph, kept, tree, places);
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

PathSince path_since(const KnowledgeGraph& graph, const Path& path) {
  PathSince result;
  // The latest a hop can start lies between the greatest first day and the
  // greatest last day of the hops' dates: name the coarsest date holding both.
  std::optional<Date> low, high;
  for (std::size_t i = 0; i < path.hops.size(); ++i) {
    const std::optional<Date>& date = graph.edge(path.hops[i].edge).date;
    if (!date) {
      result.undated_hops.push_back(i);
      continue;
    }
    if (!low || date->first_day() > *low) low = date->first_day();
    if (!high || date->last_day() > *high) high = date->last_day(), result.latest_hop = i;
  }
  if (!low) return result;
  if (*low == *high) result.since = *low;
  else if (low->month == high->month) result.since = Date{low->year, low->month, 0};
  else result.since = Date{low->year, 0, 0};
  return result;
}

}  // namespace newsgraph
