// Names every nation uses ("Ministry of National Defence", "National Cyber
// Security Centre") belong to the nation the text gives them, not to the
// one the lexicon knows under that name; a role with a nation before it
// ("Latvian Defence Minister") names that nation's body only. And shapes
// typed by the words beside them: region adjectives, apposition nouns,
// organisation nouns, coordinated places, titles of two words.

#include <algorithm>

#include "entity_rows.hpp"

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
  // the bare name is one of its names too (s28-e4): resolution compares it within Lithuania only
  CHECK(names_of(body, "Ministry of National Defence"));
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
  check_entity_rows({
      {"All three Baltic countries and the Nordic defence ministers met. Ships patrol the Baltic Sea.",
       {"Baltic Sea:Place"},
       {"Baltic:Place"}},
  });
}

TEST_CASE("apposition and organisation nouns type names beside them", "[recognise]") {
  check_entity_rows({
      {"Ghana hosted Coastal Anvil, a regional cyber defence exercise, in Takoradi. "
       "Navies held a joint tabletop exercise, Baltic Hinge, in the spring. "
       "Support came from Redline Advisory, a consultancy based in Kumasi. "
       "Logistics firm Otabil Freight and the Accra Commodities exchange paid for the venue.",
       {"Coastal Anvil:Exercise", "Baltic Hinge:Exercise", "Redline Advisory:Organisation",
        "Otabil Freight:Organisation", "Accra Commodities:Organisation", "Kumasi:Place"},
       {}},
  });
}

TEST_CASE("a place coordinated with a place and a title of two words before a name", "[recognise]") {
  check_entity_rows({
      {"The chain opened shops in Tema and Sunyani last month. "
       "The deal was signed by Vice Minister of National Defense Oh Min-jae on Monday.",
       {"Tema:Place", "Sunyani:Place", "Oh Min-jae:Person"},
       {}},
  });
}

TEST_CASE("common nouns opening a sentence start no name", "[recognise]") {
  check_entity_rows({
      {"Shares of Harbour Retail Holdings rose 3 percent. Coach Ivo Marsh praised the defence.",
       {"Harbour Retail Holdings:Organisation", "Ivo Marsh:Person"},
       {"Shares of Harbour Retail Holdings:Organisation"}},
  });
}

TEST_CASE("a titled person before 'of' and a body, and honorifics with particles", "[recognise]") {
  check_entity_rows({
      {"Prof. Ahmet Demir of Ankara Technical University spoke first. "
       "The minister met Sheikh Nasser bin Khalid Al Thani in Doha on Monday. "
       "The next round will be held in Sharjah and Umm Al Quwain.",
       {"Ahmet Demir:Person", "Ankara Technical University:Organisation", "Nasser bin Khalid Al Thani:Person",
        "Sharjah:Place", "Umm Al Quwain:Place"},
       {"Ahmet Demir of Ankara Technical University:Organisation"}},
  });
}

TEST_CASE("Exercise first, a capitalised compound in an apposition, a direction before a place", "[recognise]") {
  check_entity_rows({
      {"Ghana will host the first joint drill, Exercise Harbour Ledger, in June. "
       "Specialists gathered for Volta Shield, a Ghana-led exercise that runs until Friday. "
       "Ho, a small town in eastern Volta, hosted the first edition.",
       {"Harbour Ledger:Exercise", "Volta Shield:Exercise", "Volta:Place"},
       {}},
  });
}
