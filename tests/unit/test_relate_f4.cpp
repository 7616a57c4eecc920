// Session 26 (helper f4) recall of relations: news wordings the earlier rules
// missed. Sentences written for these tests, as rows of paraphrase_rows.hpp:
// the text, the facts it must give, those it must not.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a body's name in its own language and its acronym in brackets before 'which reports to'",
          "[relate][part_of][f4]") {
  check_relation_rows({
      {"The Signals Operations Command (Comando per le Operazioni Segnali, COS), which reports to the Joint "
       "Defence Staff, hosted the meeting.",
       {"Signals Operations Command part_of Joint Defence Staff"}, {}},
      {"The Grid Security Office (Oficina de Seguridad de la Red, OSR), which depends on the Ministry of Energy "
       "of Veloria, ran the drill.",
       {"Grid Security Office part_of Ministry of Energy of Veloria"}, {}},
      // a bracket that no acronym closes is no aside of the name
      {"The Signals Operations Command (Comando per le Operazioni Segnali, in Italian), which reports to the "
       "Joint Defence Staff, hosted the meeting.",
       {}, {}},
  });
}

TEST_CASE("the partner of a joint or mixed team takes part in the exercise that team played", "[relate][participates_in][f4]") {
  check_relation_rows({
      {"Velorian Cyber Command operators competed in Locked Shields, forming a mixed team with Malta, and in "
       "Cyber Coalition with the Maltese Armed Forces.",
       {"Malta participates_in Locked Shields"}, {}},
      // a joint agreement is no team: the partner takes no part
      {"The Velorian Cyber Command took part in Locked Shields after signing a joint agreement with Malta.", {},
       {"Malta participates_in Locked Shields"}},
  });
}

TEST_CASE("this year's edition was organised by a body: it organises the exercise the story is about",
          "[relate][organises][f4]") {
  check_relation_rows({
      {"Defenders from Malta and Iceland took part in Amber Gate 26, a cyber exercise, last week. This year's "
       "edition was organised by the Velorian Cyber Command.",
       {"Velorian Cyber Command organises Amber Gate"}, {}},
      {"Defenders from Malta and Iceland took part in Amber Gate 26, a cyber exercise, last week. This year's "
       "exercise was run by the Velorian Cyber Command.",
       {"Velorian Cyber Command organises Amber Gate"}, {}},
      {"Defenders from Malta and Iceland took part in Amber Gate 26, a cyber exercise, last week. This year's "
       "edition was hosted, as every year, by the Velorian Cyber Command.",
       {"Velorian Cyber Command organises Amber Gate"}, {}},
      // a body that only took part is no organiser
      {"Defenders from Malta and Iceland took part in Amber Gate 26, a cyber exercise, last week. This year's "
       "edition was attended by the Velorian Cyber Command.",
       {}, {"Velorian Cyber Command organises Amber Gate"}},
  });
}

TEST_CASE("a body that reports to two ministries, then named, is part of each", "[relate][part_of][f4]") {
  check_relation_rows({
      {"The Velorian Signals Authority reports to two ministries: the Ministry of Interior of Veloria and the "
       "Ministry of Defence of Veloria.",
       {"Velorian Signals Authority part_of Ministry of Interior of Veloria",
        "Velorian Signals Authority part_of Ministry of Defence of Veloria"},
       {}},
      // two ministries it works with: it is part of neither
      {"The Velorian Signals Authority works with two ministries: the Ministry of Interior of Veloria and the "
       "Ministry of Defence of Veloria.",
       {}, {"Velorian Signals Authority part_of Ministry of Interior of Veloria"}},
  });
}

TEST_CASE("a body whose office has been based in a city is located there", "[relate][located_in][f4]") {
  check_relation_rows({
      {"The Marovian Cyber Agency, whose office has been based in Valletta since 2019, ran the drill.",
       {"Marovian Cyber Agency located_in Valletta"}, {}},
      {"She met the head of the Marovian Cyber Agency, whose staff are housed in Valletta.",
       {"Marovian Cyber Agency located_in Valletta"}, {}},
      // visited, not based there
      {"The Marovian Cyber Agency, whose staff visited Valletta in May, ran the drill.", {},
       {"Marovian Cyber Agency located_in Valletta"}},
  });
}
