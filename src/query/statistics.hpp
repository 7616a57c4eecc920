// Whole-graph queries: the entity list and the statistics of a graph
// (counts, weakly connected components, date range, central entities).
//
// Takes: a loaded graph. Gives: result structs (results.hpp).
// Betweenness is exact (Boost's Brandes, O(V·E)) while V·E stays under
// kBetweennessWork; beyond, it is estimated from evenly spread sample
// sources, about kBetweennessWork edge visits in all, and says so.
#pragma once
#include <cstddef>
#include <optional>

#include "graph/filter.hpp"
#include "query/results.hpp"

namespace newsgraph {

enum class EntitySort { Degree, Name };

// Entities of the filter's types with their degree (edges in the window
// and of the relations kept), by degree (highest first) or by name.
EntitiesResult list_entities(const KnowledgeGraph& graph, const GraphFilter& filter, EntitySort sort,
                             std::optional<std::size_t> limit);

// The default: exact while nodes x links stays under kBetweennessWork,
// else sampled from about kBetweennessWork / links sources, at least
// kMinBetweennessSources: 4 sources on a graph of a million links, about
// 0.3 s (each source is one search of the whole graph and its way back),
// so that `stats` answers in well under a second. More sources (a closer
// estimate) with --betweenness-sources.
inline constexpr double kBetweennessWork = 4e6;
inline constexpr std::size_t kMinBetweennessSources = 4;
inline constexpr std::size_t kTopEntities = 10;

// `betweenness_work` bounds the edge visits of betweenness (tests lower
// it); `betweenness_sources`, when given, is the number of sample sources
// instead (exact when it reaches the number of nodes).
StatsResult graph_stats(const KnowledgeGraph& graph, double betweenness_work = kBetweennessWork,
                        std::optional<std::size_t> betweenness_sources = std::nullopt);

}  // namespace newsgraph
