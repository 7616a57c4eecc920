// The shipped gazetteer of real bodies, exercises and nation names
// (src/lexicon/data/*.json): a name it lists is found with its type and,
// for a national body, the nation it belongs to; a name many nations'
// bodies share stays unbound without a nation beside it.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using newsgraph::testing::analyse;
using newsgraph::testing::entity_names;
using newsgraph::testing::has;
using newsgraph::testing::relations_of;

TEST_CASE("gazetteer: a nation's other names are that nation", "[lexicon][g1]") {
  auto names = entity_names(analyse("Officials from the DR Congo and Ivory Coast visited the range in Accra last week."));
  CHECK(has(names, "Democratic Republic of the Congo:Nation"));
  CHECK(has(names, "Côte d'Ivoire:Nation"));
  CHECK_FALSE(has(names, "Republic of the Congo:Nation"));
  names = entity_names(analyse("Observers came from the Democratic Republic of Congo, not from Congo-Brazzaville."));
  CHECK(has(names, "Democratic Republic of the Congo:Nation"));
  CHECK(has(names, "Republic of the Congo:Nation"));
}

TEST_CASE("gazetteer: named cyber exercises are exercises", "[lexicon][g1]") {
  auto names = entity_names(analyse("Teams from Oman and Kenya took part in Defence Cyber Marvel this spring, "
                                    "weeks after the ITU CyberDrill in Muscat."));
  CHECK(has(names, "Defence Cyber Marvel:Exercise"));
  CHECK(has(names, "CyberDrill:Exercise"));
  names = entity_names(analyse("Guardsmen from Vermont trained at Cyber Yankee before CWIX opened in Poland."));
  CHECK(has(names, "Cyber Yankee:Exercise"));
  CHECK(has(names, "CWIX:Exercise"));
}

TEST_CASE("its: inside a relative clause, the body the clause hangs on owns the unit", "[relate][g1]") {
  const std::string text =
      "The Arctic Cyber Hub in Tromso should not be mistaken for the NATO Communications and Information "
      "Agency (NCIA), which guards the alliance's own systems through its Cyber Security Centre.";
  auto rels = relations_of(text);
  CHECK(newsgraph::testing::related(rels, "Cyber Security Centre", "NATO Communications and Information Agency"));
  CHECK_FALSE(newsgraph::testing::related(rels, "Cyber Security Centre", "Arctic Cyber Hub"));
  // no relative clause: the sentence's first body still owns it
  rels = relations_of("The Arctic Cyber Hub opened its Cyber Security Centre last year.");
  CHECK(newsgraph::testing::related(rels, "Cyber Security Centre", "Arctic Cyber Hub"));
}

TEST_CASE("gazetteer: alliance and EU bodies are found by their acronyms and belong to their parent", "[lexicon][g1]") {
  auto names = entity_names(analyse("Liaison officers of EU-CyCLONe briefed DG CONNECT and the ECCC on the outage."));
  CHECK(has(names, "EU Cyber Crisis Liaison Organisation Network:Organisation"));
  CHECK(has(names, "Directorate-General for Communications Networks, Content and Technology:Organisation"));
  CHECK(has(names, "European Cybersecurity Competence Centre:Organisation"));
  auto rels = relations_of("The European Commission said its DG CONNECT would fund the pilot.");
  CHECK(has(rels, "Directorate-General for Communications Networks, Content and Technology part_of European Commission"));
  names = entity_names(analyse("Analysts at the NICC and at Hybrid CoE compared notes with APCERT."));
  CHECK(has(names, "NATO Integrated Cyber Defence Centre:Organisation"));
  CHECK(has(names, "European Centre of Excellence for Countering Hybrid Threats:Organisation"));
  CHECK(has(names, "Asia Pacific Computer Emergency Response Team:Organisation"));
}

TEST_CASE("gazetteer: national bodies are found by name or acronym and belong to their nation", "[lexicon][g1]") {
  auto names = entity_names(analyse("Officers of the Cyber and Information Domain Service trained with SSSCIP and WOC teams."));
  CHECK(has(names, "Cyber and Information Domain Service:Organisation"));
  CHECK(has(names, "State Service of Special Communications and Information Protection:Organisation"));
  CHECK(has(names, "Cyberspace Defence Forces:Organisation"));
  auto rels = relations_of("Germany's partners were briefed by the Bundesnachrichtendienst on Monday.");
  CHECK(has(rels, "Bundesnachrichtendienst part_of Germany"));
  rels = relations_of("SSSCIP said Ukraine would host the next round of the drill.");
  CHECK(has(rels, "State Service of Special Communications and Information Protection part_of Ukraine"));
}

TEST_CASE("gazetteer: a known body's state only where a sentence names both", "[lexicon][g1]") {
  // the document names Germany, but no sentence ties the service to it
  auto rels = relations_of("The Bundesnachrichtendienst warned of the campaign on Monday. Germany later expelled two diplomats.");
  CHECK_FALSE(newsgraph::testing::related(rels, "Bundesnachrichtendienst", "Germany"));
}

TEST_CASE("gazetteer: a known body's name that opens with its nation mentions the nation", "[lexicon][g1]") {
  const std::string text = "Two officers from the United States Southern Command followed the drill as observers.";
  CHECK(has(entity_names(analyse(text)), "United States:Nation"));
  CHECK(has(relations_of(text), "United States Southern Command part_of United States"));
}

TEST_CASE("gazetteer: a name many nations' bodies share is bound to no nation without one", "[lexicon][g1]") {
  const std::string text = "The National Cyber Security Centre issued an advisory on Tuesday, and vendors patched their products.";
  auto names = entity_names(analyse(text));
  CHECK(has(names, "National Cyber Security Centre:Organisation"));
  for (const auto& r : relations_of(text)) CHECK(r.find("part_of") == std::string::npos);
  for (const auto& n : names) CHECK(n.find(":Nation") == std::string::npos);
}

TEST_CASE("gazetteer: defence and security companies are organisations", "[lexicon][g1]") {
  auto names = entity_names(analyse("Engineers from Leonardo, WithSecure and Rheinmetall joined the range, and Petrobras sent observers."));
  for (const char* want : {"Leonardo:Organisation", "WithSecure:Organisation", "Rheinmetall:Organisation", "Petrobras:Organisation"})
    CHECK(has(names, want));
}

TEST_CASE("gazetteer: the services of the Self-Defense Forces are known and name Japan", "[lexicon][g1]") {
  auto names = entity_names(analyse("JGSDF engineers and the Japan Maritime Self-Defense Force ran the port drill."));
  CHECK(has(names, "Japan Ground Self-Defense Force:Organisation"));
  CHECK(has(names, "Japan Maritime Self-Defense Force:Organisation"));
  CHECK(has(names, "Japan:Nation"));
}

TEST_CASE("gazetteer: well-known agencies belong to their state where a sentence names both", "[lexicon][g1]") {
  auto rels = relations_of("The FBI and the BSI said Germany and the United States would share indicators.");
  CHECK(has(rels, "Federal Bureau of Investigation part_of United States"));
  CHECK(has(rels, "Federal Office for Information Security part_of Germany"));
}

TEST_CASE("gazetteer: an acronym many bodies share is no alias, and a body's two names are one", "[lexicon][g1]") {
  // a wire's initials in a dateline are not Amazon Web Services'
  auto names = entity_names(analyse("LIMA, June 3, 2026 (AWS) - Peru and Chile agreed to share threat data."));
  CHECK_FALSE(has(names, "Amazon Web Services:Organisation"));
  names = entity_names(analyse("Most of the team came from the Norwegian Armed Forces Cyber Defence (Cyberforsvaret) at Jorstadmoen."));
  CHECK(has(names, "Norwegian Cyber Defence Force:Organisation"));
  std::size_t bodies = 0;
  for (const auto& n : names) bodies += n.ends_with(":Organisation");
  CHECK(bodies == 1);
}
