// Small graphs the unit tests share.
#pragma once
#include <sstream>
#include <string>

#include "graph/knowledge_graph.hpp"
#include "io/graph_json.hpp"

namespace newsgraph::test {

// Two nations, an alliance, an exercise and a person, with dated and
// undated edges, a span, parallel edges and text that needs escaping.
inline KnowledgeGraph small_alliance_graph() {
  KnowledgeGraph g;
  g.add_document({"articles/one.txt", "Norway joins \"Baltic Shield\"", "The Example Post", Date{2024, 3, 2}, "h1", "", ""});
  g.add_document({"articles/two.txt", "", "", std::nullopt, "h2", "", ""});
  NodeId norway = g.add_node(NodeType::Nation, "Norway", {"Norwegian"});
  NodeId nato = g.add_node(NodeType::Organisation, "North Atlantic Treaty Organization", {"NATO"});
  NodeId shield = g.add_node(NodeType::Exercise, "Baltic Shield");
  NodeId person = g.add_node(NodeType::Person, "Ingrid Solberg-Å");
  NodeId oslo = g.add_node(NodeType::Place, "Oslo");
  Evidence e1{"articles/one.txt", "Norway joined \"Baltic Shield\" <again> & again.", 10, 58, "joined_exercise"};
  g.add_edge(norway, shield, EdgeType::participates_in, Date{2023}, std::nullopt, e1, 0.9);
  g.add_edge(norway, shield, EdgeType::participates_in, Date{2024, 3}, Date{2024, 4, 1}, e1, 0.8);
  g.add_edge(nato, shield, EdgeType::organises, std::nullopt, std::nullopt,
             {"articles/two.txt", "NATO ran it.\nTwice.", 0, 20, "ran"}, 0.7);
  g.add_edge(person, nato, EdgeType::leads, std::nullopt, std::nullopt,
             {"articles/two.txt", "Ingrid Solberg-Å, head of NATO", 21, 50, "apposition_head"});
  g.add_edge(person, norway, EdgeType::met_with, Date{2022, 12, 31}, std::nullopt,
             {"articles/one.txt", "x", 1, 2, "met"});
  g.add_edge(shield, oslo, EdgeType::located_in, std::nullopt, std::nullopt, {"articles/one.txt", "y", 3, 4, "held_in"});
  return g;
}

inline std::string to_json(const KnowledgeGraph& g) {
  std::ostringstream out;
  write_graph_json(g, out);
  return out.str();
}

}  // namespace newsgraph::test
