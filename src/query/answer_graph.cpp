// An answer as a small KnowledgeGraph, for the diagram exporters.
#include <algorithm>
#include <set>
#include <unordered_map>

#include "query/render.hpp"

namespace newsgraph {
namespace {

KnowledgeGraph subgraph(const KnowledgeGraph& graph, std::vector<NodeId> nodes, std::vector<EdgeId> edges) {
  KnowledgeGraph out;
  std::unordered_map<NodeId, NodeId> renumbered;
  std::set<std::string> docs;
  for (EdgeId e : edges) {
    nodes.push_back(graph.source(e));
    nodes.push_back(graph.target(e));
  }
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  for (NodeId v : nodes) renumbered.emplace(v, out.insert_node(graph.node(v)));
  for (EdgeId e : edges) {
    out.insert_edge(renumbered.at(graph.source(e)), renumbered.at(graph.target(e)), graph.edge(e));
    for (const Evidence& ev : graph.edge(e).evidence) docs.insert(ev.doc);
  }
  for (const std::string& id : docs)
    if (const DocumentRecord* doc = graph.find_document(id)) out.add_document(*doc);
  return out;
}

std::vector<EdgeId> hop_edges(const std::vector<Hop>& hops) {
  std::vector<EdgeId> edges;
  for (const Hop& h : hops) edges.push_back(h.edge);
  return edges;
}

}  // namespace

KnowledgeGraph answer_graph(const KnowledgeGraph& graph, const NeighboursResult& result) {
  return subgraph(graph, {result.focus}, result.edges);
}

KnowledgeGraph answer_graph(const KnowledgeGraph& graph, const PathResult& result) {
  std::vector<EdgeId> edges;
  for (const Path& p : result.paths)
    for (const Hop& h : p.hops)
      if (std::find(edges.begin(), edges.end(), h.edge) == edges.end()) edges.push_back(h.edge);
  return subgraph(graph, {result.from, result.to}, edges);
}

KnowledgeGraph answer_graph(const KnowledgeGraph& graph, const TimelineResult& result) {
  return subgraph(graph, {result.entity}, hop_edges(result.events));
}

KnowledgeGraph answer_graph(const KnowledgeGraph& graph, const EntitiesResult& result) {
  std::vector<NodeId> nodes;
  for (const EntityRow& row : result.entities) nodes.push_back(row.node);
  std::sort(nodes.begin(), nodes.end());
  std::vector<EdgeId> edges;
  for (NodeId v : nodes)
    for (auto [it, end] = boost::out_edges(v, graph.storage()); it != end; ++it)
      if (std::binary_search(nodes.begin(), nodes.end(), graph.target(*it))) edges.push_back(*it);
  return subgraph(graph, nodes, edges);
}

}  // namespace newsgraph
