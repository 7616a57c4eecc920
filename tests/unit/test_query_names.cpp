#include <catch2/catch.hpp>

#include "io/graph_file.hpp"
#include "query/name_lookup.hpp"

using namespace newsgraph;

namespace {

const KnowledgeGraph& examples() {
  static const KnowledgeGraph graph = load_graph_file(NEWSGRAPH_TEST_DATA "/examples_graph.json");
  return graph;
}

std::string label_of(const NameLookup& found, std::size_t i = 0) {
  return examples().node(found.nodes.at(i)).label;
}

}  // namespace

TEST_CASE("names resolve through labels and aliases whatever the case, accents and dots", "[query][names]") {
  NameIndex index(examples());
  for (const char* name : {"United States", "us", "U.S.", "the United States", "USA", "american"}) {
    NameLookup found = index.lookup(name);
    INFO(name);
    REQUIRE(found.status == LookupStatus::Found);
    CHECK(label_of(found) == "United States");
  }
  CHECK(label_of(index.lookup("pal jonson")) == "Pål Jonson");
  CHECK(label_of(index.lookup("SOFIE NYSTROM")) == "Sofie Nyström");
  CHECK(label_of(index.lookup("ccdcoe")) == "NATO Cooperative Cyber Defence Centre of Excellence");
  CHECK(label_of(index.lookup("kim yong hyun")) == "Kim Yong-hyun");
}

TEST_CASE("a word of one name only finds that entity; an exact name wins over words", "[query][names]") {
  NameIndex index(examples());
  CHECK(label_of(index.lookup("Stoltenberg")) == "Jens Stoltenberg");
  CHECK(label_of(index.lookup("Cyber Flag")) == "Cyber Flag");  // also a word pair of nothing else
  CHECK(label_of(index.lookup("NATO")) == "North Atlantic Treaty Organization");  // not the CCDCOE
  CHECK(label_of(index.lookup("n1")) == "Finland");  // a node id as a last resort
}

TEST_CASE("a name shared by several entities is ambiguous and lists them all", "[query][names]") {
  NameIndex index(examples());
  NameLookup found = index.lookup("Korea");
  REQUIRE(found.status == LookupStatus::Ambiguous);
  REQUIRE(found.nodes.size() == 3);
  CHECK(label_of(found, 0) == "Korea Internet & Security Agency");
  CHECK(label_of(found, 1) == "Korea University");
  CHECK(label_of(found, 2) == "South Korea");

  KnowledgeGraph g;
  g.add_node(NodeType::Person, "Anna Berg");
  g.add_node(NodeType::Person, "Erik Berg");
  g.add_node(NodeType::Place, "Bergen");
  try {
    resolve_name(g, "berg");
    FAIL("no error");
  } catch (const NameLookupError& e) {
    CHECK(e.status() == LookupStatus::Ambiguous);
    CHECK(e.candidates().size() == 2);
    CHECK(e.exit_code() == 1);
    CHECK(e.one_line() == "\"berg\" matches 2 entities: Anna Berg (Person, n1); Erik Berg (Person, n2) "
                          "(give the full name, or the node id)");
  }
}

TEST_CASE("a name that matches nothing suggests the closest names", "[query][names]") {
  NameIndex index(examples());
  NameLookup found = index.lookup("Finnland");
  REQUIRE(found.status == LookupStatus::NotFound);
  REQUIRE_FALSE(found.nodes.empty());
  CHECK(label_of(found) == "Finland");
  CHECK(label_of(index.lookup("Stoltenbrg")) == "Jens Stoltenberg");  // a misspelt word of a longer name
  CHECK(label_of(index.lookup("Sentry")) == "Baltic Sentry");         // found as a word
  NameLookup part = index.lookup("Locked Shield");                    // a substring of a name
  REQUIRE(part.status == LookupStatus::NotFound);
  CHECK(label_of(part) == "Locked Shields");
  CHECK(index.lookup("zzzzqqq").nodes.empty());
  CHECK_THROWS_WITH(resolve_name(index, "Finnland"), "no entity named \"Finnland\"; did you mean: Finland (Nation, n1)?");
  CHECK_THROWS_WITH(resolve_name(index, "zzzzqqq"), "no entity named \"zzzzqqq\"");
}
