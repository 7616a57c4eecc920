// Names every nation uses ("Ministry of National Defence", "National Cyber
// Security Centre") belong to the nation the text gives them, not to the
// one the lexicon knows under that name; a role with a nation before it
// ("Latvian Defence Minister") names that nation's body only. And shapes
// typed by the words beside them: region adjectives, apposition nouns,
// organisation nouns, coordinated places, titles of two words.
#include <catch2/catch.hpp>

#include <algorithm>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

const DocEntity* labelled(const DocAnalysis& doc, const std::string& label) {
  for (const auto& e : doc.entities)
    if (e.label == label) return &e;
  return nullptr;
}

bool names_of(const DocEntity* e, const std::string& name) {
  return e && std::find(e->names.begin(), e->names.end(), name) != e->names.end();
}

}  // namespace

TEST_CASE("a generic ministry name in another nation's article is that nation's body", "[recognise][nations]") {
  auto doc = analyse(
      "Vilnius hosted the talks on Monday. "
      "The Lithuanian cyber centre is part of the Ministry of National Defence, officials said.");
  const DocEntity* body = labelled(doc, "Lithuania's Ministry of National Defence");
  REQUIRE(body);
  CHECK(body->lexicon < 0);
  CHECK(names_of(body, "Lithuanian Ministry of National Defence"));
  CHECK_FALSE(names_of(body, "Ministry of National Defence"));  // the bare name would merge nations
  for (const auto& e : doc.entities) CHECK(e.label != "Ministry of National Defense");
}

TEST_CASE("the lexicon's body keeps its name where its own nation is in the text", "[recognise][nations]") {
  auto doc = analyse("South Korea said the Ministry of National Defense will send officers to the drill.");
  const DocEntity* mnd = labelled(doc, "Ministry of National Defense");
  REQUIRE(mnd);
  CHECK(mnd->lexicon >= 0);
}

TEST_CASE("a possessive, 'of X' or 'in <city>' names the owner of a generic body", "[recognise][nations]") {
  auto doc = analyse(
      "South Korea's envoy attended. Poland's Ministry of National Defence signed the plan. "
      "Chile's National Cyber Security Centre (NCSC) joined the talks.");
  CHECK(labelled(doc, "Poland's Ministry of National Defence"));
  CHECK(names_of(labelled(doc, "Poland's Ministry of National Defence"), "Polish Ministry of National Defence"));
  CHECK(labelled(doc, "Chile's National Cyber Security Centre"));
  CHECK_FALSE(labelled(doc, "National Cyber Security Centre"));

  auto two = analyse(
      "Lithuania's Ministry of National Defence hosted the ministers. "
      "The Ministry of National Defence in Warsaw will pay for the new centre.");
  CHECK(labelled(two, "Lithuania's Ministry of National Defence"));
  CHECK(labelled(two, "Poland's Ministry of National Defence"));
}

TEST_CASE("a role with a nation before it names only that nation's body", "[recognise][nations]") {
  auto doc = analyse(
      "Estonia's Ministry of Defence and South Korea's Ministry of National Defense signed a memorandum. "
      "It was signed by Estonian Defence Minister Kaido Tamm and by Latvian Defence Minister Janis Liepa.");
  int estonian = -1;
  for (std::size_t i = 0; i < doc.entities.size(); ++i)
    if (doc.entities[i].label == "Estonia's Ministry of Defence") estonian = static_cast<int>(i);
  REQUIRE(estonian >= 0);
  std::vector<int> orgs;
  for (const auto& r : doc.sentences.at(1).roles)
    if (r.relation == "leads") orgs.push_back(r.org);
  REQUIRE(orgs.size() == 2);
  CHECK(orgs[0] == estonian);
  CHECK(orgs[1] == -1);  // no Latvian ministry named: not the Korean or Estonian one
}

TEST_CASE("a region adjective before a lower-case word names no place", "[recognise]") {
  auto doc = analyse(
      "All three Baltic countries and the Nordic defence ministers met. Ships patrol the Baltic Sea.");
  auto names = entity_names(doc);
  CHECK_FALSE(has(names, "Baltic:Place"));
  CHECK(has(names, "Baltic Sea:Place"));
}

TEST_CASE("apposition and organisation nouns type names beside them", "[recognise]") {
  auto doc = analyse(
      "Ghana hosted Coastal Anvil, a regional cyber defence exercise, in Takoradi. "
      "Navies held a joint tabletop exercise, Baltic Hinge, in the spring. "
      "Support came from Redline Advisory, a consultancy based in Kumasi. "
      "Logistics firm Otabil Freight and the Accra Commodities exchange paid for the venue.");
  auto names = entity_names(doc);
  CHECK(has(names, "Coastal Anvil:Exercise"));
  CHECK(has(names, "Baltic Hinge:Exercise"));
  CHECK(has(names, "Redline Advisory:Organisation"));
  CHECK(has(names, "Otabil Freight:Organisation"));
  CHECK(has(names, "Accra Commodities:Organisation"));
  CHECK(has(names, "Kumasi:Place"));
}

TEST_CASE("a place coordinated with a place and a title of two words before a name", "[recognise]") {
  auto doc = analyse(
      "The chain opened shops in Tema and Sunyani last month. "
      "The deal was signed by Vice Minister of National Defense Oh Min-jae on Monday.");
  auto names = entity_names(doc);
  CHECK(has(names, "Tema:Place"));
  CHECK(has(names, "Sunyani:Place"));
  CHECK(has(names, "Oh Min-jae:Person"));
}

TEST_CASE("common nouns opening a sentence start no name", "[recognise]") {
  auto doc = analyse("Shares of Harbour Retail Holdings rose 3 percent. Coach Ivo Marsh praised the defence.");
  auto names = entity_names(doc);
  CHECK(has(names, "Harbour Retail Holdings:Organisation"));
  CHECK_FALSE(has(names, "Shares of Harbour Retail Holdings:Organisation"));
  CHECK(has(names, "Ivo Marsh:Person"));
}

TEST_CASE("a titled person before 'of' and a body, and honorifics with particles", "[recognise]") {
  auto doc = analyse(
      "Prof. Ahmet Demir of Ankara Technical University spoke first. "
      "The minister met Sheikh Nasser bin Khalid Al Thani in Doha on Monday. "
      "The next round will be held in Sharjah and Umm Al Quwain.");
  auto names = entity_names(doc);
  CHECK(has(names, "Ahmet Demir:Person"));
  CHECK(has(names, "Ankara Technical University:Organisation"));
  CHECK_FALSE(has(names, "Ahmet Demir of Ankara Technical University:Organisation"));
  CHECK(has(names, "Nasser bin Khalid Al Thani:Person"));
  CHECK(has(names, "Sharjah:Place"));
  CHECK(has(names, "Umm Al Quwain:Place"));
}

TEST_CASE("Exercise first, a capitalised compound in an apposition, a direction before a place", "[recognise]") {
  auto doc = analyse(
      "Ghana will host the first joint drill, Exercise Harbour Ledger, in June. "
      "Specialists gathered for Volta Shield, a Ghana-led exercise that runs until Friday. "
      "Ho, a small town in eastern Volta, hosted the first edition.");
  auto names = entity_names(doc);
  CHECK(has(names, "Harbour Ledger:Exercise"));
  CHECK(has(names, "Volta Shield:Exercise"));
  CHECK(has(names, "Volta:Place"));
}
