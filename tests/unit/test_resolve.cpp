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
  g.insert_node({NodeType::Organisation, "NATO", {}, {}});
  g.insert_node({NodeType::Organisation, "North Atlantic Treaty Organisation", {}, {}});
  KnowledgeGraph r = resolve_graph(g, *lex);
  REQUIRE(r.node_count() == 1);
  CHECK(r.node(0).label == "North Atlantic Treaty Organization");
}

TEST_CASE("merged graphs weigh a split type vote by documents, as one build does", "[resolve]") {
  auto lex = default_lexicon();
  // Five documents name Harbourton: three as a place, two as a person.
  auto mention = [](NodeType type) { return DocEntity{type, "Harbourton", {"Harbourton"}, -1}; };
  GraphAssembler all(*lex), a(*lex), b(*lex);
  const std::vector<NodeType> votes = {NodeType::Place, NodeType::Place, NodeType::Person, NodeType::Place,
                                       NodeType::Person};
  for (std::size_t i = 0; i < votes.size(); ++i) {
    std::string id = "d" + std::to_string(i) + ".txt";
    all.add(doc_with(id, {mention(votes[i])}));
    (i < 3 ? a : b).add(doc_with(id, {mention(votes[i])}));
  }
  KnowledgeGraph whole = all.finish();
  KnowledgeGraph shard_a = a.finish(), shard_b = b.finish();
  REQUIRE(whole.node_count() == 1);
  CHECK(whole.node(0).type == NodeType::Place);
  CHECK(whole.node(0).type_votes == std::vector<TypeVote>{{NodeType::Person, 2}, {NodeType::Place, 3}});
  // The second shard alone is a tie (one each), which goes to Person; its
  // node counting once against the first's would have made it a Person.
  CHECK(shard_b.node(0).type == NodeType::Person);
  KnowledgeGraph both;
  for (const KnowledgeGraph* shard : {&shard_a, &shard_b})
    for (NodeId v = 0; v < shard->node_count(); ++v) both.insert_node(shard->node(v));
  KnowledgeGraph merged = resolve_graph(both, *lex);
  REQUIRE(merged.node_count() == 1);
  CHECK(merged.node(0).type == NodeType::Place);
  CHECK(merged.node(0).type_votes == whole.node(0).type_votes);
  // Nodes without votes (older files) count once each, as before.
  KnowledgeGraph old;
  old.insert_node({NodeType::Place, "Harbourton", {}, {}});
  old.insert_node({NodeType::Person, "Harbourton", {}, {}});
  KnowledgeGraph old_merged = resolve_graph(old, *lex);
  REQUIRE(old_merged.node_count() == 1);
  CHECK(old_merged.node(0).type == NodeType::Person);
  CHECK(old_merged.node(0).type_votes == std::vector<TypeVote>{{NodeType::Person, 1}, {NodeType::Place, 1}});
}
