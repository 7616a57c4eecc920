#include <catch2/catch.hpp>

#include "lexicon/lexicon.hpp"
#include "resolve/resolve.hpp"

using namespace newsgraph;

namespace {
DocResult doc_with(const std::string& id, std::vector<DocEntity> entities, std::vector<DocEdge> edges = {}) {
  DocResult d;
  d.record.id = id;
  d.entities = std::move(entities);
  d.edges = std::move(edges);
  return d;
}
DocEdge edge(int s, int t, EdgeType type, const std::string& doc) {
  DocEdge e;
  e.source = s;
  e.target = t;
  e.type = type;
  e.evidence.doc = doc;
  e.evidence.pattern = "test";
  return e;
}
}  // namespace

TEST_CASE("spelling variants and acronyms across documents are one node", "[resolve]") {
  auto lex = default_lexicon();
  GraphAssembler a(*lex);
  a.add(doc_with("a.txt", {{NodeType::Organisation, "Harbour Defence Centre", {"Harbour Defence Centre", "HDC"}, -1}}));
  a.add(doc_with("b.txt", {{NodeType::Organisation, "Harbour Defense Center", {"Harbour Defense Center"}, -1}}));
  a.add(doc_with("c.txt", {{NodeType::Organisation, "HDC", {"HDC"}, -1}}));
  KnowledgeGraph g = a.finish();
  REQUIRE(g.node_count() == 1);
  CHECK(g.node(0).aliases.size() == 2);
}

TEST_CASE("a lone surname joins the one person with that surname", "[resolve]") {
  auto lex = default_lexicon();
  GraphAssembler a(*lex);
  a.add(doc_with("a.txt", {{NodeType::Person, "Ilse Brandt", {"Ilse Brandt"}, -1}}));
  a.add(doc_with("b.txt", {{NodeType::Person, "Brandt", {"Brandt"}, -1}}));
  CHECK(a.finish().node_count() == 1);
}

TEST_CASE("resolution does not depend on the order of documents", "[resolve]") {
  auto lex = default_lexicon();
  std::vector<DocResult> docs = {
      doc_with("a.txt", {{NodeType::Nation, "Chile", {"Chile"}, -1}, {NodeType::Organisation, "Andes Cyber Group", {"Andes Cyber Group"}, -1}},
               {edge(0, 1, EdgeType::member_of, "a.txt")}),
      doc_with("b.txt", {{NodeType::Organisation, "ACG", {"ACG", "Andes Cyber Group"}, -1}, {NodeType::Nation, "Peru", {"Peru"}, -1}},
               {edge(1, 0, EdgeType::member_of, "b.txt")}),
  };
  GraphAssembler one(*lex), two(*lex);
  one.add(docs[0]);
  one.add(docs[1]);
  two.add(docs[1]);
  two.add(docs[0]);
  KnowledgeGraph g1 = one.finish(), g2 = two.finish();
  REQUIRE(g1.node_count() == g2.node_count());
  for (NodeId v = 0; v < g1.node_count(); ++v) {
    CHECK(g1.node(v).label == g2.node(v).label);
    CHECK(g1.node(v).aliases == g2.node(v).aliases);
  }
  CHECK(g1.edge_count() == 2);
  CHECK(g1.node_count() == 3);
}

TEST_CASE("a graph's own nodes resolve too", "[resolve]") {
  auto lex = default_lexicon();
  KnowledgeGraph g;
  g.insert_node({NodeType::Organisation, "NATO", {}});
  g.insert_node({NodeType::Organisation, "North Atlantic Treaty Organisation", {}});
  KnowledgeGraph r = resolve_graph(g, *lex);
  REQUIRE(r.node_count() == 1);
  CHECK(r.node(0).label == "North Atlantic Treaty Organization");
}
