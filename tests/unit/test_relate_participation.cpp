// Taking part in the document's topic (patterns.json "document_participation"):
// clauses of a story about one exercise or event that say who took part
// without naming it. Named "doc:participates_in", below a pattern's confidence.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"
#include "relate/participation.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// "Source participates_in Target" of the doc:participates_in relations.
std::vector<std::string> topic_edges(const std::string& text) {
  DocAnalysis doc = analyse(text);
  std::vector<std::string> out;
  for (const auto& r : find_relations(doc, text, Date{2025, 6, 18}, *default_lexicon()))
    if (r.pattern == "doc:participates_in") {
      CHECK(r.confidence < 0.8);
      out.push_back(doc.entities[r.source].label + " participates_in " + doc.entities[r.target].label);
    }
  return out;
}

const std::string kOpening = "The Iron Harbour exercise opened in Gdansk on Monday. The drill runs for four days. ";

}  // namespace

TEST_CASE("topic: the exercise named first and most often", "[relate][participation][topic]") {
  std::string text = kOpening + "Iron Harbour is led by Poland. Officials also recalled Cyber Coalition.";
  DocAnalysis doc = analyse(text);
  int topic = detail::document_topic(doc);
  REQUIRE(topic >= 0);
  CHECK(doc.entities[topic].label == "Iron Harbour");
  // two named equally often: no topic
  std::string two = "Cyber Coalition and Locked Shields are both run by NATO bodies.";
  CHECK(detail::document_topic(analyse(two)) == -1);
}

TEST_CASE("topic participation: demonyms before a people noun", "[relate][participation]") {
  auto r = topic_edges(kOpening + "Chilean, Peruvian and Kenyan teams joined the Polish hosts for the scenario.");
  CHECK(has(r, "Chile participates_in Iron Harbour"));
  CHECK(has(r, "Peru participates_in Iron Harbour"));
  CHECK(has(r, "Kenya participates_in Iron Harbour"));
  CHECK_FALSE(has(r, "Poland participates_in Iron Harbour"));  // the hosts are the object
  r = topic_edges(kOpening + "A Moroccan delegation observed.");
  CHECK(has(r, "Morocco participates_in Iron Harbour"));
}

TEST_CASE("topic participation: people from a list of actors", "[relate][participation]") {
  auto r = topic_edges(kOpening + "Representatives of the European Commission and of Europol also attended.");
  CHECK(has(r, "European Commission participates_in Iron Harbour"));
  r = topic_edges(kOpening + "Mexican army units from 12 regions took part.");
  CHECK(has(r, "Mexico participates_in Iron Harbour"));
}

TEST_CASE("topic participation: none in negated, hedged or other-edition clauses", "[relate][participation][negation]") {
  CHECK(topic_edges(kOpening + "Chilean teams did not take part.").empty());
  CHECK(topic_edges(kOpening + "Peruvian teams plan to take part next year.").empty());
  CHECK(topic_edges(kOpening + "Kenyan officials had attended the previous drill as observers.").empty());
  // something else taken part in
  CHECK(topic_edges(kOpening + "Chile joined NATO's partnership programme in 2019.").empty());
  CHECK(topic_edges(kOpening + "Peruvian officials took part in talks on trade.").empty());
  // another exercise named in the clause: the patterns read it
  CHECK(topic_edges(kOpening + "Chilean teams took part in Cyber Coalition last year.").empty());
}

TEST_CASE("topic participation: none without a topic", "[relate][participation][topic]") {
  // the only exercise is named once, late, in passing
  std::string text = "Chile and Peru signed a trade deal in Lima on Monday. Ministers praised the talks. "
                     "Chilean teams joined the hosts. Both also recalled Iron Harbour.";
  CHECK(topic_edges(text).empty());
}
