// Session 35, helper x7: entities of ordinary news. A region no nation holds
// (a continent, a sea) that a story names only in passing is no node; one a
// fact names stays. Every text written for this test.
#include <catch2/catch.hpp>

#include "article_graph.hpp"
#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
bool has_label(const std::vector<std::string>& labels, const std::string& l) {
  return std::find(labels.begin(), labels.end(), l) != labels.end();
}
}  // namespace

TEST_CASE("s35-x7: a region named in passing is no node", "[entities][s35-x7]") {
  auto g = article_graph(article(
      "Ransomware gangs are growing bolder across Europe and South America, officials in Quito said. "
      "The Ecuadorian Navy held a drill in the port of Guayaquil on Monday."));
  auto places = node_labels(g, NodeType::Place);
  CHECK_FALSE(has_label(places, "Europe"));
  CHECK_FALSE(has_label(places, "South America"));
  CHECK(has_label(places, "Quito"));
}

TEST_CASE("s35-x7: a town the lexicon places in a nation stays a node", "[entities][s35-x7]") {
  auto g = article_graph(article("Analysts from Asia met in Tartu on Friday to compare notes on phishing."));
  auto places = node_labels(g, NodeType::Place);
  CHECK(has_label(places, "Tartu"));
  CHECK_FALSE(has_label(places, "Asia"));
}

TEST_CASE("s35-x7: a place known by its venue noun keeps that form", "[entities][s35-x7]") {
  auto g = article_graph(article(
      "Cadets trained at the Kovilje barracks near Novi Sad. The drone trials moved to the Batajnica air base on Tuesday."));
  bool barracks = false, base = false;
  for (NodeId v = 0; v < g.node_count(); ++v) {
    const auto& names = g.node(v).aliases;
    barracks |= g.node(v).type == NodeType::Place && std::find(names.begin(), names.end(), "Kovilje barracks") != names.end();
    base |= g.node(v).type == NodeType::Place && std::find(names.begin(), names.end(), "Batajnica air base") != names.end();
  }
  CHECK(barracks);
  CHECK(base);
}

TEST_CASE("s35-x7: a short heading in capitals makes no new names", "[entities][s35-x7]") {
  auto g = article_graph(article(
      "The Estonian Defence Forces opened a new range in Tapa on Monday.\n\n"
      "3. STAFF MOVES.\n\n"
      "Colonel Mart Kask took over the range on Tuesday.\n\n"
      "TRAINING AND VISITS\n\n"
      "A delegation from NATO visited the range on Friday."));
  auto labels = node_labels(g);
  CHECK_FALSE(has_label(labels, "STAFF MOVES"));
  CHECK_FALSE(has_label(labels, "TRAINING AND VISITS"));
  CHECK(has_label(labels, "Mart Kask"));
  CHECK(has_label(labels, "North Atlantic Treaty Organization"));
}

TEST_CASE("s35-x7: a gulf or bay named after a nation is not that nation", "[entities][s35-x7]") {
  auto g = article_graph(article("Coast guards from Togo and Benin patrolled the Gulf of Guinea, and US ships the Gulf of Mexico, in May."));
  auto nations = node_labels(g, NodeType::Nation);
  CHECK_FALSE(has_label(nations, "Guinea"));
  CHECK_FALSE(has_label(nations, "Mexico"));
  CHECK(has_label(nations, "Togo"));
}

// Session 35, helper y1: a place of several words the gazetteer knows opening an exercise's
// name ("Bay of Bengal Shield 2026") stays inside the one name; the place alone is no exercise.
TEST_CASE("s35-y1: an exercise named after a sea or gulf is one name", "[entities][s35-y1]") {
  check_entity_rows({
      {"The Ghana Navy took part in Bay of Bengal Shield 2026, a maritime exercise hosted by India in Chennai.",
       {"Bay of Bengal Shield:Exercise"},
       {"Shield:Exercise"}},
      {"Senegalese cyber teams joined Gulf of Aden Sentinel 2025, an exercise organised by the African Union.",
       {"Gulf of Aden Sentinel:Exercise"},
       {"Sentinel:Exercise"}},
      {"Patrol boats sailed across the Bay of Bengal on Tuesday.", {}, {"Bay of Bengal:Exercise"}},
  });
}
