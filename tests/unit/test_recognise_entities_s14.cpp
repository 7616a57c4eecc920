// Session 14 entity fixes: response teams named by their capitals inside a
// longer word, words in lower case first with capitals inside, and bases named
// by a prefix before their place.
#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a response team's capitals inside a longer word name the team", "[recognise][s14]") {
  check_entity_rows({
      // a team word in capitals, after a comma and before an apposition
      {"Drills were run by KZCERT, the national response team, in May.", {"KZCERT:Organisation"}, {}},
      // a word in lower case first with capitals inside is written as a name
      {"The scenario was written by gvCERT and two universities.", {"gvCERT:Organisation"}, {}},
      {"Officials from zaCSIRT joined the workshop in Pretoria.", {"zaCSIRT:Organisation"}, {}},
      // "CERT" alone is a kind of team, named by nobody
      {"She is a former CERT engineer who now teaches in Graz.", {}, {"CERT:Organisation"}},
      {"CERT teams from five countries took part in the drill.", {}, {"CERT:Organisation"}},
  });
}

TEST_CASE("a base's prefix before a place's name makes the name a place", "[recognise][s14]") {
  check_entity_rows({
      {"The squadron flew from RAF Marham on Tuesday.", {"RAF Marham:Place"}, {}},
      {"The unit is based at CFB Esquimalt in British Columbia.", {"CFB Esquimalt:Place"}, {}},
      {"The course was held at Fort Gordon last year.", {"Fort Gordon:Place"}, {}},
      {"Trials will take place at MOD Boscombe Down in June.", {"MOD Boscombe Down:Place"}, {}},
      // a prefix alone names no place
      {"The RAF said the jets landed safely.", {}, {"RAF:Place"}},
  });
}

TEST_CASE("a heading shouted in capitals names only what the gazetteer knows", "[recognise][s14]") {
  check_entity_rows({
      {"3. TALKS IN THE CORRIDORS. The ministers met in Vilnius.", {}, {"TALKS IN THE CORRIDORS:Event", "TALKS:Event"}},
      {"2. LATVIA HOSTS THE BALTIC SUMMIT. Latvia said it would host the talks.",
       {"Latvia:Nation"},
       {"LATVIA HOSTS THE BALTIC SUMMIT:Event", "BALTIC SUMMIT:Event"}},
      // a byline in capitals is no heading
      {"BY ANNA KOWALCZYK", {"ANNA KOWALCZYK:Person"}, {}},
  });
}

TEST_CASE("the second name a byline gives after and is a person", "[recognise][s14]") {
  check_entity_rows({
      {"Compiled by Lena Okafor and Tomas Wei Lun Tan for the desk.", {"Lena Okafor:Person", "Tomas Wei Lun Tan:Person"}, {}},
      {"Reporting by Ines Halvorsen and Bram de Vries.", {"Ines Halvorsen:Person", "Bram de Vries:Person"}, {}},
      {"By Ruth Abara and Kofi Mensah Owusu", {"Ruth Abara:Person", "Kofi Mensah Owusu:Person"}, {}},
  });
}

TEST_CASE("capitals among words in lower case are no head word", "[recognise][s14]") {
  check_entity_rows({
      // a state's letters and a postcode in an address name no act
      {"Write to the mission at 4 Banks Street, Weston ACT 2611.", {}, {"Weston ACT:Agreement"}},
      // the lexicon may write a head word in capitals
      {"Tartu FC said the match was postponed.", {"Tartu FC:Organisation"}, {}},
  });
}

TEST_CASE("a trade noun before a name makes it a person's", "[recognise][s14]") {
  check_entity_rows({
      {"The fund is led by Latvian entrepreneur Ilze Marana Vok since June.", {"Ilze Marana Vok:Person"}, {}},
      {"Local businessman Oskar Brell Tamm bought the site.", {"Oskar Brell Tamm:Person"}, {}},
  });
}
