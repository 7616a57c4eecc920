// Session 27 (e3) entity fixes: a response team's coded acronym in brackets
// after its generic name, four-word names before a two-word title, places
// the lexicon lacked.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a team's coded acronym in brackets after a generic team name names the body", "[recognise][e3]") {
  check_entity_rows({
      {"Fiji, whose Computer Emergency Response Team (CERT-FJ) joined in May, sent two analysts.",
       {"CERT-FJ:Organisation"}, {}},
      {"Ruritania sent its Cyber Incident Response Team (Rr-CIRT/CC) to the drill on Monday.",
       {"Rr-CIRT/CC:Organisation"}, {"Rr-CIRT:Organisation"}},
      // another team the document named with the same words stays another body
      {"The Indian Computer Emergency Response Team (CERT-In) hosted the drill. Fiji's national Computer "
       "Emergency Response Team (CERT-FJ) joined it.",
       {"CERT-FJ:Organisation", "Indian Computer Emergency Response Team:Organisation"}, {}},
      // written bare, the slash part stays the team's
      {"Analysts of Ruritania's Rr-CIRT/CC met the visiting team on Friday.", {"Rr-CIRT/CC:Organisation"},
       {"Rr-CIRT:Organisation"}},
  });
}

TEST_CASE("four capitalised words before a two-word title in capitals are a person's name", "[recognise][e3]") {
  check_entity_rows({
      {"Oslo was represented by Marcus Tan Wei Ming, Chief Executive of its Harbour Security Agency.",
       {"Marcus Tan Wei Ming:Person"}, {}},
      {"The talks were opened by Daniel Ong Boon Hock, Chief Executive of the Port Authority, on Monday.",
       {"Daniel Ong Boon Hock:Person"}, {}},
  });
}

TEST_CASE("towns of Scotland, Galicia and northern Portugal are places", "[recognise][e3]") {
  check_entity_rows({
      {"The drill ran from a depot near Aberdeen, while staff in Northwood watched.",
       {"Aberdeen:Place", "Northwood:Place"}, {}},
      {"Officials from Braga, Ourense and Pontevedra met on Friday.",
       {"Braga:Place", "Ourense:Place", "Pontevedra:Place"}, {}},
  });
}

// cues.json not_names: a time adverb that opens a sentence before an apposition
// ("Yesterday, the Minister visited") is no person's name.
TEST_CASE("a time adverb opening a sentence is no name", "[recognise][s27]") {
  check_entity_rows({
      {"Minister Ann Berg met the Speaker. Yesterday, the Minister visited Camp Tapa.", {"Ann Berg:Person"},
       {"Yesterday:Person"}},
      {"Today, the Director opened the Baltic Cyber Range in Tartu.", {"Tartu:Place"},
       {"Today:Person", "Today:Organisation"}},
      {"Tomorrow, the Commander will brief the Estonian Defence League.", {}, {"Tomorrow:Person"}},
  });
}
