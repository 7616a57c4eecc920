// Taking part in the document's topic (patterns.json "document_participation"):
// clauses of a story about one exercise or event that say who took part
// without naming it. Named "doc:participates_in", below a pattern's confidence.

#include "paraphrase_rows.hpp"
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
  auto r = topic_edges(kOpening + "Representatives of the European Commission and of Europol also observed.");
  CHECK(has(r, "European Commission participates_in Iron Harbour"));
  r = topic_edges(kOpening + "Mexican army units from 12 regions took part.");
  CHECK(has(r, "Mexico participates_in Iron Harbour"));
}

TEST_CASE("topic participation: none in negated, hedged or other-edition clauses",
          "[relate][participation][negation]") {
  CHECK(topic_edges(kOpening + "Chilean teams did not take part.").empty());
  CHECK(topic_edges(kOpening + "Peruvian teams plan to take part next year.").empty());
  CHECK(topic_edges(kOpening + "Kenyan officials had attended the previous drill as observers.").empty());
  // something else taken part in
  CHECK(topic_edges(kOpening + "Chile joined NATO's partnership programme in 2019.").empty());
  CHECK(topic_edges(kOpening + "Peruvian officials took part in talks on trade.").empty());
  // another exercise named in the clause: the patterns read it
  CHECK(topic_edges(kOpening + "Chilean teams took part in Cyber Coalition last year.").empty());
}

TEST_CASE("topic participation: the month May is no modal, the lower-case modal hedges",
          "[relate][participation][negation]") {
  CHECK(topic_edges(kOpening + "A Chilean delegation observed in May.") ==
        std::vector<std::string>{"Chile participates_in Iron Harbour"});
  CHECK(topic_edges(kOpening + "A Chilean delegation may observe in June.").empty());
}

TEST_CASE("topic participation: none without a topic", "[relate][participation][topic]") {
  // the only exercise is named once, late, in passing
  std::string text =
      "Chile and Peru signed a trade deal in Lima on Monday. Ministers praised the talks. "
      "Chilean teams joined the hosts. Both also recalled Iron Harbour.";
  CHECK(topic_edges(text).empty());
}

TEST_CASE("member_of: plural and joint wordings", "[relate][participation][member_of]") {
  auto r = relations_of("Chile and Peru are NATO members.");
  CHECK(has(r, "Chile member_of North Atlantic Treaty Organization"));
  CHECK(has(r, "Peru member_of North Atlantic Treaty Organization"));
  r = relations_of("Chile and Peru both joined the European Union in 2004.");
  CHECK(has(r, "Chile member_of European Union 2004"));
  CHECK(has(r, "Peru member_of European Union 2004"));
  r = relations_of("Kenya, a member of both NATO and the European Union, said.");
  CHECK(has(r, "Kenya member_of North Atlantic Treaty Organization"));
  CHECK(has(r, "Kenya member_of European Union"));
  r = relations_of("Chile and Peru, as NATO allies, agreed on Monday.");
  CHECK(has(r, "Chile member_of North Atlantic Treaty Organization"));
  r = relations_of("The European Union's 27 member states, including Malta, agreed.");
  CHECK(has(r, "Malta member_of European Union"));
  // not members
  CHECK_FALSE(
      has(relations_of("Chile and Peru are not NATO members."), "Chile member_of North Atlantic Treaty Organization"));
  CHECK_FALSE(has(relations_of("Chile and Peru are NATO partners, not members."),
                  "Chile member_of North Atlantic Treaty Organization"));
}

TEST_CASE("participates_in: counted nations and the names among them", "[relate][participation]") {
  std::string opening = "The Iron Harbour exercise opened in Gdansk on Monday. ";
  auto r = relations_of(opening + "More than 30 nations took part, including Kenya and Chile.");
  CHECK(has(r, "Kenya participates_in Iron Harbour"));
  CHECK(has(r, "Chile participates_in Iron Harbour"));
  r = relations_of(opening + "Some 30 countries, among them Peru and Ghana, participated.");
  CHECK(has(r, "Peru participates_in Iron Harbour"));
  r = relations_of(opening + "Peru was among 38 nations taking part.");
  CHECK(has(r, "Peru participates_in Iron Harbour"));
  r = relations_of(opening + "Chile, a regular observer, sent two officers.");
  CHECK(has(r, "Chile participates_in Iron Harbour"));
  // a centre is no exercise: who sends staff to it takes part in nothing
  r = relations_of(opening + "The NATO centre in Riga opened. Chile will send instructors to the centre.");
  CHECK_FALSE(has(r, "Chile participates_in Iron Harbour"));
}

TEST_CASE("attending another edition is no part in the exercise named", "[relate][participation]") {
  check_relation_rows(
      {
          {kOpening + "Latvian officers had attended the previous drill as observers.",
           {},
           {"Latvia participates_in Iron Harbour"}},
          {kOpening + "Estonia attended the upcoming exercise's planning talks.",
           {},
           {"Estonia participates_in Iron Harbour"}},
          // the drill itself
          {kOpening + "Latvian officers attended the drill as observers.",
           {"Latvia participates_in Iron Harbour undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("represented at the event the story has moved on to", "[relate][participation]") {
  check_relation_rows(
      {
          {"Ministers met in Oslo on Monday. Exercise Frost Anvil ended last week in Bergen. "
           "The Nordic Cyber Forum opened in Oslo on Tuesday. Latvia was represented by its defence minister.",
           {"Latvia participates_in Nordic Cyber Forum undated"},
           {"Latvia participates_in Frost Anvil"}},
      },
      std::nullopt);
}
