// Queries that start from named entities and walk the graph: neighbours,
// paths and timelines. Edges are walked both ways; a GraphFilter limits
// relations, time window and node types (the named entities always stay).
//
// Takes: a loaded graph, node ids (see name_lookup.hpp) and a filter.
// Gives: result structs (results.hpp). Each costs the part of the graph it
// touches (Boost breadth-first search, stopped at the depth or the goal),
// plus one O(nodes) fill of flat per-query arrays.
#pragma once
#include <cstddef>

#include "graph/filter.hpp"
#include "query/results.hpp"

namespace newsgraph {

// What find_neighbours lists besides the entities and the links that reach
// them: every edge among the entities (for JSON and drawings), or not (the
// table prints links only; on a hub's depth-2 neighbourhood, collecting and
// ordering the edges among 165,000 entities was half the query).
enum class NeighbourEdges { All, None };

// Entities within `depth` hops of `focus`.
NeighboursResult find_neighbours(const KnowledgeGraph& graph, NodeId focus, unsigned depth,
                                 const GraphFilter& filter, NeighbourEdges edges = NeighbourEdges::All);

inline constexpr unsigned kMaxPathLength = 12;  // --max-length beyond this is a usage error
inline constexpr std::size_t kMaxPaths = 100;   // --all lists at most this many paths
inline constexpr std::size_t kMaxPathSteps = 2'000'000;  // and explores at most this many steps

// The shortest path from `from` to `to` of at most `max_length` hops; with
// `all`, every simple path up to `max_length` hops, shortest first, at most
// kMaxPaths (and truncated is set when more may exist). Between two nodes
// joined by several edges, a hop takes the first in (relation, date) order.
PathResult find_paths(const KnowledgeGraph& graph, NodeId from, NodeId to, unsigned max_length, bool all,
                      const GraphFilter& filter);

// Since when `path` has joined its ends (see PathSince). Dates of unlike
// precision are combined at the precision that is certain: hops of "2023"
// and "2023-05" give "2023" (the later of the two lies somewhere in 2023),
// hops of "2022" and "2023-05" give "2023-05".
PathSince path_since(const KnowledgeGraph& graph, const Path& path);

// Every edge touching `entity`: dated ones by date (then end, relation,
// other entity), undated ones after.
TimelineResult find_timeline(const KnowledgeGraph& graph, NodeId entity, const GraphFilter& filter);

// Order of edges for tie-breaks and listings: relation, date (undated
// last), end, then the ends' labels.
bool edge_less(const KnowledgeGraph& graph, EdgeId a, EdgeId b);

}  // namespace newsgraph
