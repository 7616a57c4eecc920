// Query answers as text: aligned tables for people (the same plain text on
// a terminal or a pipe), JSON for scripts (schemas/query-result.schema.json),
// and the answer as a small graph for the diagram exporters.
//
// Takes: a result struct and the graph it came from. Gives: output on a
// stream, or a KnowledgeGraph holding only the answer.
#pragma once
#include <ostream>

#include "query/results.hpp"

namespace newsgraph {

void print_table(std::ostream& out, const KnowledgeGraph& graph, const NeighboursResult& result);
void print_table(std::ostream& out, const KnowledgeGraph& graph, const PathResult& result, bool evidence);
void print_table(std::ostream& out, const KnowledgeGraph& graph, const TimelineResult& result);
void print_table(std::ostream& out, const KnowledgeGraph& graph, const EntitiesResult& result);
void print_table(std::ostream& out, const KnowledgeGraph& graph, const StatsResult& result);

void write_json(std::ostream& out, const KnowledgeGraph& graph, const NeighboursResult& result);
void write_json(std::ostream& out, const KnowledgeGraph& graph, const PathResult& result, bool evidence);
void write_json(std::ostream& out, const KnowledgeGraph& graph, const TimelineResult& result);
void write_json(std::ostream& out, const KnowledgeGraph& graph, const EntitiesResult& result);
void write_json(std::ostream& out, const KnowledgeGraph& graph, const StatsResult& result);

// The nodes and edges of an answer, with their names, dates and evidence.
KnowledgeGraph answer_graph(const KnowledgeGraph& graph, const NeighboursResult& result);
KnowledgeGraph answer_graph(const KnowledgeGraph& graph, const PathResult& result);
KnowledgeGraph answer_graph(const KnowledgeGraph& graph, const TimelineResult& result);
// The listed entities and the edges among them.
KnowledgeGraph answer_graph(const KnowledgeGraph& graph, const EntitiesResult& result);

// "--member_of-->" when walked along the edge, "<--leads--" against it,
// "--met_with--" for relations that hold both ways.
std::string hop_arrow(const KnowledgeGraph& graph, const Hop& hop);
// "2024-04-08..2024-04-12", "2023", or "-" when undated.
std::string edge_dates(const EdgeProps& edge);

}  // namespace newsgraph
