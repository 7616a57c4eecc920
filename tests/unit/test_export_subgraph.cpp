#include <catch2/catch.hpp>

#include "graph/subgraph.hpp"
#include "graph_fixtures.hpp"

using namespace newsgraph;

namespace {
bool has(const KnowledgeGraph& g, const char* name) { return g.find_node(name).has_value(); }
}  // namespace

TEST_CASE("focus keeps the neighbourhood within depth, both directions", "[subgraph]") {
  KnowledgeGraph g = test::small_alliance_graph();
  SubgraphSpec spec;
  spec.focus = {*g.find_node("Oslo")};
  spec.depth = 1;
  KnowledgeGraph one = extract_subgraph(g, spec);
  CHECK(one.node_count() == 2);  // Oslo and Baltic Shield (an incoming edge)
  CHECK(has(one, "Baltic Shield"));
  CHECK(one.edge_count() == 1);
  spec.depth = 2;
  KnowledgeGraph two = extract_subgraph(g, spec);
  CHECK(has(two, "Norway"));
  CHECK(has(two, "NATO"));
  CHECK_FALSE(has(two, "Ingrid Solberg-Å"));
  // Both dated participations of Norway are kept: parallel edges stay.
  CHECK(two.edge_count() == 4);
  CHECK(two.documents().size() == g.documents().size());
}

TEST_CASE("relation and window filters drop edges and the nodes they leave alone", "[subgraph]") {
  KnowledgeGraph g = test::small_alliance_graph();
  SubgraphSpec spec;
  spec.filter.relations = {EdgeType::participates_in};
  KnowledgeGraph rel = extract_subgraph(g, spec);
  CHECK(rel.node_count() == 2);
  CHECK(rel.edge_count() == 2);

  SubgraphSpec window;
  window.filter.since = Date{2024};
  window.filter.keep_undated = false;
  KnowledgeGraph recent = extract_subgraph(g, window);
  REQUIRE(recent.edge_count() == 1);
  auto [it, end] = boost::edges(recent.storage());
  CHECK(recent.edge(*it).date == Date{2024, 3});
}

TEST_CASE("type filter keeps every node of the types, edges among them", "[subgraph]") {
  KnowledgeGraph g = test::small_alliance_graph();
  SubgraphSpec spec;
  spec.filter.node_types = {NodeType::Nation, NodeType::Person};
  KnowledgeGraph out = extract_subgraph(g, spec);
  CHECK(out.node_count() == 2);
  CHECK(out.edge_count() == 1);  // the met_with between them
}

TEST_CASE("keep_most_connected keeps the hubs and counts what it drops", "[subgraph]") {
  KnowledgeGraph g = test::small_alliance_graph();
  MostConnected top = keep_most_connected(g, 2);
  CHECK(top.graph.node_count() == 2);
  CHECK(has(top.graph, "Baltic Shield"));
  CHECK(has(top.graph, "Norway"));
  CHECK(top.dropped_nodes == 3);
  CHECK(top.graph.edge_count() == 2);
  CHECK(top.dropped_edges == g.edge_count() - 2);
  CHECK(keep_most_connected(g, 100).dropped_nodes == 0);
}
