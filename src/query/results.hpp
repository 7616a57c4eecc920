// The answers of the queries, as plain structs: the renderers (table, JSON,
// diagram) turn them into output. Node and edge ids point into the graph
// the query ran on.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace newsgraph {

// One edge walked from `from` to `to`; `forward` when that is the stored
// direction (from is the edge's source).
struct Hop {
  EdgeId edge{};
  NodeId from = 0;
  NodeId to = 0;
  bool forward = true;
};

struct Neighbour {
  NodeId node = 0;
  unsigned distance = 0;  // hops from the focus
};

struct NeighboursResult {
  NodeId focus = 0;
  unsigned depth = 1;
  std::vector<Neighbour> neighbours;  // by distance, then label; the focus excluded
  std::vector<Hop> links;     // edges from a node at distance d to one at d+1, walked outwards
  std::vector<EdgeId> edges;  // every kept edge between nodes of the neighbourhood (unless not asked for)
};

struct Path {
  std::vector<Hop> hops;
};

// Since when a path has joined its ends: it holds once every hop does, so
// from the latest of its hops' dates (its `date`, the start of a span). A
// hop without a date may be later still: then `since` is the earliest the
// path can hold from.
struct PathSince {
  std::optional<Date> since;     // none when no hop is dated
  std::size_t latest_hop = 0;    // 0-based index of the hop that gives it
  std::vector<std::size_t> undated_hops;  // 0-based
};

struct PathResult {
  NodeId from = 0;
  NodeId to = 0;
  unsigned max_length = 0;
  bool all = false;
  std::vector<Path> paths;  // shortest first; empty when none within max_length
  bool truncated = false;   // --all stopped at its bound
  std::size_t bound = 0;    // the most paths --all lists
};

struct TimelineResult {
  NodeId entity = 0;
  std::vector<Hop> events;  // walked from the entity; dated in date order, then undated
};

struct EntityRow {
  NodeId node = 0;
  std::size_t degree = 0;
};

struct EntitiesResult {
  std::vector<EntityRow> entities;
  std::size_t total = 0;  // before --limit
};

struct ScoredNode {
  NodeId node = 0;
  double score = 0;
};

struct StatsResult {
  std::size_t documents = 0;
  std::size_t nodes = 0;
  std::size_t edges = 0;
  std::vector<std::pair<NodeType, std::size_t>> nodes_by_type;  // types present, contract order
  std::vector<std::pair<EdgeType, std::size_t>> edges_by_type;
  std::size_t components = 0;         // weakly connected
  std::size_t largest_component = 0;  // nodes in the largest
  std::optional<Date> first_date;     // earliest date of an edge
  std::optional<Date> last_date;      // latest date or end of an edge
  std::size_t undated_edges = 0;
  std::vector<ScoredNode> top_degree;
  std::vector<ScoredNode> top_betweenness;
  std::string betweenness_method;  // "exact", "sampled" or "skipped"
  std::size_t betweenness_sources = 0;  // sources used (all nodes when exact)
  std::string betweenness_note;
};

}  // namespace newsgraph
