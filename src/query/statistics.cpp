#include "query/statistics.hpp"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <algorithm>
#include <array>
#include <cstdint>
#include <tuple>

#include "query/graph_view.hpp"

namespace newsgraph {
namespace {

// The graph as a simple symmetric graph in compressed sparse rows: each
// pair of linked nodes once each way, parallel edges and self-loops
// dropped, since components and shortest-path counts ignore direction and
// multiplicity. CSR keeps whole-graph searches cache-friendly.
// 32-bit indices: half the memory to build and walk than the default.
using SimpleGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                       boost::no_property, std::uint32_t, std::uint32_t>;
using Vertex = boost::graph_traits<SimpleGraph>::vertex_descriptor;

SimpleGraph simple_graph(const KnowledgeGraph& graph) {
  // Row by row: each node's distinct neighbours sorted on their own, which
  // costs far less than sorting every pair of the graph at once.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  pairs.reserve(2 * graph.edge_count());
  std::vector<std::uint32_t> row;
  const GraphStorage& g = graph.storage();
  for (NodeId u = 0; u < graph.node_count(); ++u) {
    row.clear();
    for (auto [it, end] = boost::out_edges(u, g); it != end; ++it)
      row.push_back(static_cast<std::uint32_t>(boost::target(*it, g)));
    for (auto [it, end] = boost::in_edges(u, g); it != end; ++it)
      row.push_back(static_cast<std::uint32_t>(boost::source(*it, g)));
    std::sort(row.begin(), row.end());
    row.erase(std::unique(row.begin(), row.end()), row.end());
    for (std::uint32_t v : row)
      if (v != u) pairs.emplace_back(static_cast<std::uint32_t>(u), v);
  }
  return SimpleGraph(boost::edges_are_sorted, pairs.begin(), pairs.end(), graph.node_count());
}

// The queue of Boost's breadth-first search, kept in one vector that is
// never popped from the front: the nodes in the order the search reached
// them, which is the order Brandes' second pass walks backwards (so no
// separate list of the order, and no std::deque, as boost::queue uses).
struct OrderQueue {
  std::vector<Vertex> seen;
  std::size_t head = 0;
  void push(Vertex v) { seen.push_back(v); }
  Vertex& top() { return seen[head]; }
  const Vertex& top() const { return seen[head]; }
  void pop() { ++head; }
  bool empty() const { return head == seen.size(); }
  void clear() {
    seen.clear();
    head = 0;
  }
};

// Brandes' single-source step, driven by Boost's BFS: distances and
// shortest-path counts (sigma).
struct PathCounter : boost::default_bfs_visitor {
  unsigned* distance;
  double* sigma;
  void tree_edge(const SimpleGraph::edge_descriptor& e, const SimpleGraph& g) const {
    std::size_t s = boost::source(e, g), t = boost::target(e, g);
    distance[t] = distance[s] + 1;
    sigma[t] += sigma[s];
  }
  void non_tree_edge(const SimpleGraph::edge_descriptor& e, const SimpleGraph& g) const {
    std::size_t s = boost::source(e, g), t = boost::target(e, g);
    if (distance[t] == distance[s] + 1) sigma[t] += sigma[s];
  }
};

// Betweenness from `sources` only, scaled to the whole graph and halved as
// Boost does for undirected graphs, so both results read alike. The
// predecessors of w are its neighbours one hop closer to the source,
// found again from the rows instead of stored.
std::vector<double> sampled_betweenness(const SimpleGraph& g, const std::vector<std::size_t>& sources) {
  const std::size_t n = boost::num_vertices(g);
  std::vector<double> centrality(n, 0.0), sigma(n), delta(n);
  std::vector<unsigned> distance(n);
  std::vector<boost::default_color_type> colours(n, boost::white_color);
  OrderQueue queue;
  queue.seen.reserve(n);
  for (std::size_t source : sources) {
    const auto s = static_cast<Vertex>(source);
    for (Vertex v : queue.seen) {  // only what the last search reached
      sigma[v] = delta[v] = 0.0;
      colours[v] = boost::white_color;
    }
    queue.clear();
    sigma[s] = 1;
    distance[s] = 0;
    boost::breadth_first_visit(g, s, queue, PathCounter{{}, distance.data(), sigma.data()}, colours.data());
    const std::vector<Vertex>& order = queue.seen;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      Vertex w = *it;
      const unsigned before = distance[w] - 1;  // never matched at the source itself
      for (auto [e, end] = boost::out_edges(w, g); e != end; ++e) {
        Vertex v = boost::target(*e, g);
        if (colours[v] != boost::white_color && distance[v] == before)
          delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      }
      if (w != s) centrality[w] += delta[w];
    }
  }
  const double scale = static_cast<double>(n) / static_cast<double>(sources.size()) / 2.0;
  for (double& c : centrality) c *= scale;
  return centrality;
}

std::vector<ScoredNode> top_scores(const KnowledgeGraph& graph, const std::vector<double>& scores) {
  std::vector<ScoredNode> all;
  for (NodeId v = 0; v < scores.size(); ++v)
    if (scores[v] > 0) all.push_back({v, scores[v]});
  std::size_t keep = std::min(kTopEntities, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(keep), all.end(),
                    [&graph](const ScoredNode& a, const ScoredNode& b) {
                      if (a.score != b.score) return a.score > b.score;
                      return std::tie(graph.node(a.node).label, a.node) < std::tie(graph.node(b.node).label, b.node);
                    });
  all.resize(keep);
  return all;
}

void add_betweenness(const KnowledgeGraph& graph, const SimpleGraph& g, double work,
                     std::optional<std::size_t> wanted, StatsResult& stats) {
  const std::size_t n = boost::num_vertices(g), m = boost::num_edges(g) / 2;  // stored both ways
  if (n == 0 || m == 0) {
    stats.betweenness_method = "exact";
    return;
  }
  std::vector<double> centrality(n, 0.0);
  const bool exact = wanted ? *wanted >= n : static_cast<double>(n) * static_cast<double>(m) <= work;
  if (exact) {
    boost::brandes_betweenness_centrality(
        g, boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, g)));
    for (double& c : centrality) c /= 2;  // each pair was counted both ways
    stats.betweenness_method = "exact";
    stats.betweenness_sources = n;
  } else {
    std::size_t k = wanted ? std::max<std::size_t>(1, *wanted)
                           : std::min(n, std::max(kMinBetweennessSources,
                                                  static_cast<std::size_t>(work / static_cast<double>(m))));
    std::vector<std::size_t> sources;
    for (std::size_t i = 0; i < k; ++i) sources.push_back(i * n / k);  // evenly spread, deterministic
    centrality = sampled_betweenness(g, sources);
    stats.betweenness_method = "sampled";
    stats.betweenness_sources = k;
    stats.betweenness_note = "estimated from " + std::to_string(k) + " of " + std::to_string(n) +
                             " source nodes (exact Brandes is O(nodes x edges); ask for more sources for a closer estimate)";
  }
  stats.top_betweenness = top_scores(graph, centrality);
}

// Edges by type and the date range of the edges, in one pass over the
// edge list (a pass over a million edges costs about a cache miss per
// edge: counting and dating in separate passes paid that twice).
void add_edge_survey(const KnowledgeGraph& graph, StatsResult& stats) {
  std::array<std::size_t, kEdgeTypes.size()> by_type{};
  for (auto [it, end] = boost::edges(graph.storage()); it != end; ++it) {
    const EdgeProps& e = graph.edge(*it);
    ++by_type[static_cast<std::size_t>(e.type)];
    if (!e.date) {
      ++stats.undated_edges;
      continue;
    }
    Date last = e.end ? *e.end : *e.date;
    if (!stats.first_date || e.date->first_day() < stats.first_date->first_day()) stats.first_date = e.date;
    if (!stats.last_date || last.last_day() > stats.last_date->last_day()) stats.last_date = last;
  }
  for (std::size_t i = 0; i < kEdgeTypes.size(); ++i)
    if (by_type[i]) stats.edges_by_type.emplace_back(kEdgeTypes[i], by_type[i]);
}

}  // namespace

EntitiesResult list_entities(const KnowledgeGraph& graph, const GraphFilter& filter, EntitySort sort,
                             std::optional<std::size_t> limit) {
  GraphFilter window = filter;
  window.node_types.clear();  // types choose the rows; degree counts every kept edge
  FilteredStorage kept = filtered_view(graph, window);
  const bool every_edge = keeps_every_edge(window);  // the degree is the stored one, O(1)
  EntitiesResult result;
  for (NodeId v = 0; v < graph.node_count(); ++v)
    if (keeps_node(graph.node(v), filter))
      result.entities.push_back({v, every_edge ? boost::out_degree(v, graph.storage()) + boost::in_degree(v, graph.storage())
                                               : boost::out_degree(v, kept) + boost::in_degree(v, kept)});
  auto by_name = [&graph](const EntityRow& a, const EntityRow& b) {
    return std::tie(graph.node(a.node).label, a.node) < std::tie(graph.node(b.node).label, b.node);
  };
  auto by_degree = [&by_name](const EntityRow& a, const EntityRow& b) {
    return a.degree != b.degree ? a.degree > b.degree : by_name(a, b);
  };
  result.total = result.entities.size();
  // With --limit only the first rows are put in order (a full sort of a
  // million labels would take most of the answer's time).
  const std::size_t rows = limit ? std::min(*limit, result.entities.size()) : result.entities.size();
  auto middle = result.entities.begin() + static_cast<std::ptrdiff_t>(rows);
  if (sort == EntitySort::Name)
    std::partial_sort(result.entities.begin(), middle, result.entities.end(), by_name);
  else
    std::partial_sort(result.entities.begin(), middle, result.entities.end(), by_degree);
  result.entities.resize(rows);
  return result;
}

StatsResult graph_stats(const KnowledgeGraph& graph, double betweenness_work,
                        std::optional<std::size_t> betweenness_sources) {
  StatsResult stats;
  stats.documents = graph.documents().size();
  stats.nodes = graph.node_count();
  stats.edges = graph.edge_count();
  std::array<std::size_t, kNodeTypes.size()> nodes_by_type{};
  for (NodeId v = 0; v < graph.node_count(); ++v) ++nodes_by_type[static_cast<std::size_t>(graph.node(v).type)];
  for (std::size_t i = 0; i < kNodeTypes.size(); ++i)
    if (nodes_by_type[i]) stats.nodes_by_type.emplace_back(kNodeTypes[i], nodes_by_type[i]);
  add_edge_survey(graph, stats);

  SimpleGraph g = simple_graph(graph);
  std::vector<std::size_t> component(graph.node_count());
  stats.components = graph.node_count() ? boost::connected_components(g, component.data()) : 0;
  std::vector<std::size_t> sizes(stats.components, 0);
  for (std::size_t c : component) ++sizes[c];
  stats.largest_component = sizes.empty() ? 0 : *std::max_element(sizes.begin(), sizes.end());

  std::vector<double> degree(graph.node_count());
  for (NodeId v = 0; v < graph.node_count(); ++v)
    degree[v] = static_cast<double>(boost::out_degree(v, graph.storage()) + boost::in_degree(v, graph.storage()));
  stats.top_degree = top_scores(graph, degree);
  add_betweenness(graph, g, betweenness_work, betweenness_sources, stats);
  return stats;
}

}  // namespace newsgraph
