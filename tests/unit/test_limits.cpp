#include <catch2/catch.hpp>

#include "graph/knowledge_graph.hpp"
#include "graph_fixtures.hpp"
#include "io/graph_json.hpp"
#include "util/errors.hpp"
#include "util/limits.hpp"

using namespace newsgraph;

namespace {

// Sets limits for one test and puts the defaults back after it.
struct LimitsFor {
  explicit LimitsFor(Limits l) { set_limits(l); }
  ~LimitsFor() { set_limits(Limits{}); }
};

Limits with(std::size_t nodes, std::size_t edges) {
  Limits l;
  l.nodes = nodes;
  l.edges = edges;
  return l;
}

const Evidence kSaid{"a.txt", "Chile met Peru.", 0, 15, "met"};

}  // namespace

TEST_CASE("a graph refuses a node beyond the node limit with a LimitError", "[limits]") {
  LimitsFor scope(with(2, 100));
  KnowledgeGraph g;
  NodeId chile = g.add_node(NodeType::Nation, "Chile");
  g.add_node(NodeType::Nation, "Peru");
  CHECK(g.add_node(NodeType::Nation, "Chile", {"Chilean"}) == chile);  // a known name is no new node
  CHECK_THROWS_AS(g.add_node(NodeType::Nation, "Bolivia"), LimitError);
  CHECK_THROWS_AS(g.insert_node(NodeProps{NodeType::Nation, "Bolivia", {}, {}}), LimitError);
  CHECK(g.node_count() == 2);
  CHECK_FALSE(g.find_node("Bolivia"));
}

TEST_CASE("at the edge limit an existing edge still takes evidence, a new one is refused", "[limits]") {
  LimitsFor scope(with(100, 1));
  KnowledgeGraph g;
  NodeId chile = g.add_node(NodeType::Nation, "Chile");
  NodeId peru = g.add_node(NodeType::Nation, "Peru");
  EdgeId met = g.add_edge(chile, peru, EdgeType::met_with, Date{2021}, std::nullopt, kSaid);
  Evidence again{"b.txt", "Peru met Chile.", 0, 15, "met"};
  CHECK(g.add_edge(peru, chile, EdgeType::met_with, Date{2021}, std::nullopt, again) == met);
  CHECK(g.edge(met).evidence.size() == 2);
  try {
    g.add_edge(chile, peru, EdgeType::met_with, Date{2022}, std::nullopt, kSaid);
    FAIL("no LimitError");
  } catch (const LimitError& e) {
    CHECK(std::string(e.what()).find("more than 1 relations") != std::string::npos);
    CHECK(std::string(e.what()).find(kMaxEdgesVariable) != std::string::npos);
    CHECK(e.exit_code() == 1);
  }
  CHECK_THROWS_AS(g.insert_edge(chile, peru, EdgeProps{EdgeType::cooperates_with, {}, {}, {kSaid}, 1.0}), LimitError);
  // The refused edges left nothing behind: the graph is whole and usable.
  CHECK(g.edge_count() == 1);
  CHECK_FALSE(g.find_edge(chile, peru, EdgeType::met_with, Date{2022}, std::nullopt));
  CHECK(g.canonical().edge_count() == 1);
}

TEST_CASE("reading a graph file over a limit names the file", "[limits]") {
  std::string text = test::to_json(test::small_alliance_graph());
  {
    LimitsFor scope(with(100, 3));
    try {
      read_graph_json_text(text, "big.json");
      FAIL("no LimitError");
    } catch (const LimitError& e) {
      CHECK(e.file() == "big.json");
      CHECK(e.one_line().starts_with("big.json: more than 3 relations"));
    }
  }
  {
    LimitsFor scope(with(4, 100));
    CHECK_THROWS_AS(read_graph_json_text(text, "big.json"), LimitError);
  }
  CHECK(read_graph_json_text(text, "big.json").edge_count() == 6);  // defaults again
}
