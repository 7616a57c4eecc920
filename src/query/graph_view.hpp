// The views of the graph that queries walk: a boost::filtered_graph that
// keeps the edges and nodes a GraphFilter allows, and an undirected view of
// it (out-edges followed by in-edges) so that breadth-first search follows
// each edge both ways without copying the graph. Both are O(1) to build;
// a traversal pays only for the part of the graph it touches.
#pragma once
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/iterator/iterator_facade.hpp>
#include <algorithm>
#include <vector>

#include "graph/filter.hpp"
#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// No relation and no time window: every edge passes.
inline bool keeps_every_edge(const GraphFilter& filter) {
  return filter.relations.empty() && !filter.since && !filter.until;
}

// Keeps an edge when its relation and time pass the filter; node types are
// left to NodeKeep so that the named entities of a query are never dropped.
struct EdgeKeep {
  const KnowledgeGraph* graph = nullptr;
  const GraphFilter* filter = nullptr;
  bool operator()(EdgeId e) const {
    if (keeps_every_edge(*filter)) return true;  // no need to read the edge
    const EdgeProps& props = graph->edge(e);
    if (!filter->relations.empty() &&
        std::find(filter->relations.begin(), filter->relations.end(), props.type) == filter->relations.end())
      return false;
    return edge_in_window(props, *filter);
  }
};

// Keeps a node of a type the filter allows, and always the anchors (the
// entities a query names).
struct NodeKeep {
  const KnowledgeGraph* graph = nullptr;
  const GraphFilter* filter = nullptr;
  std::vector<NodeId> anchors;
  bool operator()(NodeId v) const {
    if (filter->node_types.empty()) return true;  // no need to read the node
    return keeps_node(graph->node(v), *filter) || std::find(anchors.begin(), anchors.end(), v) != anchors.end();
  }
};

using FilteredStorage = boost::filtered_graph<GraphStorage, EdgeKeep, NodeKeep>;

inline FilteredStorage filtered_view(const KnowledgeGraph& graph, const GraphFilter& filter,
                                     std::vector<NodeId> anchors = {}) {
  return FilteredStorage(graph.storage(), EdgeKeep{&graph, &filter}, NodeKeep{&graph, &filter, std::move(anchors)});
}

// An edge of the undirected view: the stored edge and whether it is walked
// from its target to its source.
struct UndirectedEdge {
  EdgeId edge{};
  bool reversed = false;
  friend bool operator==(const UndirectedEdge& a, const UndirectedEdge& b) {
    return a.edge == b.edge && a.reversed == b.reversed;
  }
  friend bool operator!=(const UndirectedEdge& a, const UndirectedEdge& b) { return !(a == b); }
};

template <typename G>
class UndirectedOutEdgeIterator
    : public boost::iterator_facade<UndirectedOutEdgeIterator<G>, UndirectedEdge, boost::forward_traversal_tag,
                                    UndirectedEdge> {
  using OutIt = typename boost::graph_traits<G>::out_edge_iterator;
  using InIt = typename boost::graph_traits<G>::in_edge_iterator;

 public:
  UndirectedOutEdgeIterator() = default;
  UndirectedOutEdgeIterator(OutIt out, OutIt out_end, InIt in) : out_(out), out_end_(out_end), in_(in) {}

 private:
  friend class boost::iterator_core_access;
  UndirectedEdge dereference() const {
    return out_ != out_end_ ? UndirectedEdge{*out_, false} : UndirectedEdge{*in_, true};
  }
  void increment() {
    if (out_ != out_end_)
      ++out_;
    else
      ++in_;
  }
  bool equal(const UndirectedOutEdgeIterator& other) const { return out_ == other.out_ && in_ == other.in_; }
  OutIt out_{}, out_end_{};
  InIt in_{};
};

// Models IncidenceGraph and VertexListGraph over any BidirectionalGraph
// whose vertices are NodeId and edges EdgeId.
template <typename G>
struct UndirectedView {
  const G* base = nullptr;
  // What boost's property traits look for on a graph type.
  using vertex_property_type = boost::no_property;
  using edge_property_type = boost::no_property;
  using graph_property_type = boost::no_property;
  using vertex_bundled = boost::no_property;
  using edge_bundled = boost::no_property;
  using graph_bundled = boost::no_property;
};

template <typename G>
UndirectedView<G> undirected(const G& base) {
  return UndirectedView<G>{&base};
}

template <typename G>
std::pair<UndirectedOutEdgeIterator<G>, UndirectedOutEdgeIterator<G>> out_edges(NodeId v, const UndirectedView<G>& g) {
  auto [out, out_end] = boost::out_edges(v, *g.base);
  auto [in, in_end] = boost::in_edges(v, *g.base);
  return {UndirectedOutEdgeIterator<G>(out, out_end, in), UndirectedOutEdgeIterator<G>(out_end, out_end, in_end)};
}
template <typename G>
NodeId source(const UndirectedEdge& e, const UndirectedView<G>& g) {
  return e.reversed ? boost::target(e.edge, *g.base) : boost::source(e.edge, *g.base);
}
template <typename G>
NodeId target(const UndirectedEdge& e, const UndirectedView<G>& g) {
  return e.reversed ? boost::source(e.edge, *g.base) : boost::target(e.edge, *g.base);
}
template <typename G>
std::size_t out_degree(NodeId v, const UndirectedView<G>& g) {
  return boost::out_degree(v, *g.base) + boost::in_degree(v, *g.base);
}
template <typename G>
auto vertices(const UndirectedView<G>& g) {
  return boost::vertices(*g.base);
}
template <typename G>
std::size_t num_vertices(const UndirectedView<G>& g) {
  return boost::num_vertices(*g.base);
}

}  // namespace newsgraph

namespace boost {

template <typename G>
struct graph_traits<newsgraph::UndirectedView<G>> {
  using vertex_descriptor = newsgraph::NodeId;
  using edge_descriptor = newsgraph::UndirectedEdge;
  using out_edge_iterator = newsgraph::UndirectedOutEdgeIterator<G>;
  using vertex_iterator = typename graph_traits<G>::vertex_iterator;
  using in_edge_iterator = void;
  using adjacency_iterator = void;
  using edge_iterator = void;
  using directed_category = undirected_tag;
  using edge_parallel_category = allow_parallel_edge_tag;
  struct traversal_category : incidence_graph_tag, vertex_list_graph_tag {};
  using vertices_size_type = std::size_t;
  using edges_size_type = std::size_t;
  using degree_size_type = std::size_t;
  static vertex_descriptor null_vertex() { return graph_traits<G>::null_vertex(); }
};

}  // namespace boost
