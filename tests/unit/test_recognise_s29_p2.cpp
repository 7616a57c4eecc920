// Recognition, session 29 (p2): people's names no given name in the lexicon
// vouches for, typed by the words around them: lists of names after a noun
// for people.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s29-p2: a list of names after a noun for people is a list of people", "[recognise][s29-p2]") {
  check_entity_rows({
      {"The Turkish delegation included Ebru Yildiz, Omer Celik and Gulsen Aydin.",
       {"Ebru Yildiz:Person", "Omer Celik:Person", "Gulsen Aydin:Person"},
       {}},
      {"Speakers at the forum were Nodar Kipiani, Tengiz Lomidze and Eka Tsereteli.",
       {"Nodar Kipiani:Person", "Tengiz Lomidze:Person", "Eka Tsereteli:Person"},
       {}},
      {"The panellists: Rauno Saar, Tiit Ojasoo and Maret Kuusik.",
       {"Rauno Saar:Person", "Tiit Ojasoo:Person", "Maret Kuusik:Person"},
       {}},
      {"The visiting officials were Bakhyt Sarsenov and Aigul Dzhaksybekova.",
       {"Bakhyt Sarsenov:Person", "Aigul Dzhaksybekova:Person"},
       {}},
      // no noun for people, or one name alone: nothing said
      {"The exercise included Amber Lattice, Coral Wave and Steel Harbor.", {}, {"Amber Lattice:Person"}},
      {"The delegation included Kalev Tarn.", {}, {"Kalev Tarn:Person"}},
      // a body or place in the list is no person
      {"The delegation included Tamar Beridze, Cyber Command and Tbilisi.", {}, {"Cyber Command:Person", "Tbilisi:Person"}},
  });
}

TEST_CASE("s29-p2: a name with its body in brackets, then a speech verb, is a person's", "[recognise][s29-p2]") {
  check_entity_rows({
      {"Levan Gogua (Georgian Cyber Agency) said the drill had gone well.",
       {"Levan Gogua:Person", "Georgian Cyber Agency:Organisation"},
       {}},
      {"Nodar Kipiani (National Security Council) told reporters the exercise would grow.", {"Nodar Kipiani:Person"}, {}},
      // an exercise's name with its organiser in brackets, then no speech verb: no person
      {"Amber Lattice (Georgian Cyber Agency) began on Monday.", {}, {"Amber Lattice:Person"}},
  });
}

TEST_CASE("s29-p2: a family name in capitals, a given name, then a role after the comma is a person's",
          "[recognise][s29-p2]") {
  check_entity_rows({
      {"SATO Haruka, Director of the National Center of Incident Readiness, said Japan would join.",
       {"SATO Haruka:Person"},
       {}},
      {"The talks were opened by TANAKA Yui, deputy director of the agency.", {"TANAKA Yui:Person"}, {}},
      // an acronym and a word with no role after them: no person
      {"NATO Summit, held in Vilnius, ended on Wednesday.", {}, {"NATO Summit:Person"}},
  });
}
