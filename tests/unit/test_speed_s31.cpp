// Session 31 (helper s8), extraction speed: answers read from an index or
// computed once must be the answers the slower reading gave.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "io/graph_json.hpp"
#include "lexicon/lexicon.hpp"
#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

using namespace newsgraph;

// head_only_in_capitals() reads a table built once per lexicon: a head word written
// only in capitals ("QX") is one, a key also spelt otherwise ("Zv" beside "ZV"),
// a single capital ("W") and a word no head has are none; and on the shipped
// lexicon the index answers as the scan of every head word did, for every head.
TEST_CASE("s31: head words written only in capitals come from the index", "[recognise][s31-s8]") {
  auto dir = std::filesystem::temp_directory_path() / "newsgraph_s31_capital_heads";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "heads.json") << R"({"head_words": {"Organisation": ["QX", "Zv", "W"], "Place": ["ZV"]}})";
  auto lex = load_lexicon(dir.string());
  std::filesystem::remove_all(dir);
  CHECK(detail::head_only_in_capitals(*lex, "qx"));
  CHECK_FALSE(detail::head_only_in_capitals(*lex, "zv"));
  CHECK_FALSE(detail::head_only_in_capitals(*lex, "w"));
  CHECK_FALSE(detail::head_only_in_capitals(*lex, "harbour"));
  // an unindexed copy answers by scanning every head word, as head_only_in_capitals() did before the index
  Lexicon scanned = *lex;
  scanned.index_serial = 0;
  for (const auto& [type, heads] : lex->head_words)
    for (const auto& h : heads) {
      std::string key = ascii_lowered(h);
      INFO(key);
      CHECK(detail::head_only_in_capitals(*lex, key) == detail::head_only_in_capitals(scanned, key));
    }
}

// write_graph_json() with two jobs renders every other batch of 2,048 edges on a
// helper thread, its first edge given the comma the main writer would have put:
// the text must be the one-job text byte for byte, for no edge, one batch, a
// batch and one edge, two batches and several with a short last one.
TEST_CASE("s31: the graph's JSON with two jobs is the text of one", "[io][s31-s8]") {
  for (std::size_t edges : {0u, 5u, 2048u, 2049u, 4096u, 4097u, 9000u}) {
    KnowledgeGraph graph;
    std::vector<NodeId> nodes;
    for (int n = 0; n < 40; ++n)
      nodes.push_back(graph.add_node(NodeType::Organisation, "Body \"" + std::to_string(n) + "\" Works"));
    for (std::size_t e = 0; e < edges; ++e) {
      Evidence ev;
      ev.doc = "doc" + std::to_string(e % 7) + ".txt";
      ev.sentence = "Body " + std::to_string(e) + " met\tanother, caf\xC3\xA9.";
      ev.start = e, ev.end = e + 3, ev.pattern = "p";
      graph.add_edge(nodes[e % 40], nodes[(e / 40) % 40], EdgeType::part_of,
                     parse_iso_date("2024-01-" + std::to_string(10 + e % 9)), std::nullopt, ev, 0.5);
    }
    std::ostringstream one, two;
    write_graph_json(graph, one, 1);
    write_graph_json(graph, two, 2);
    INFO(edges);
    CHECK((graph.edge_count() > 0) == (edges > 0));
    CHECK(one.str() == two.str());
    CHECK(read_graph_json_text(two.str(), "two.json").edge_count() == graph.edge_count());
  }
}
