// Session 31, helper y3: facts dated by the act a neighbouring sentence dates by its noun,
// and (a guard) yearless days of an exercise whose name gives its year.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// "Its accession was approved last month", "The signing came this afternoon": a sentence
// opening with the act's noun and giving one date dates the undated fact of that act told
// right before it (or after it, or two before past a line that tells nothing).
TEST_CASE("s31-y3: a fact with no time takes the date of its act told next to it", "[dating][s31-y3]") {
  check_relation_rows({
      {"Portugal has joined the Digital Shield Coalition. Its accession was approved last month.",
       {"Portugal member_of Digital Shield Coalition 2025-05"},
       {}},
      {"Chile has joined the Pacific Cyber Network. Chile's admission was confirmed on 2 May by the members.",
       {"Chile member_of Pacific Cyber Network 2025-05-02"},
       {}},
      {"The Riga Accord on Network Security was signed by Latvia and Lithuania. The signing took place on 12 June "
       "at the foreign ministry.",
       {"Latvia party_to Riga Accord on Network Security 2025-06-12"},
       {}},
      {"The signing came this morning at the town hall in Bergen. Kari Holm reports.\n\n[VO - HARBOUR]\nThe Bergen Declaration on "
       "Cyber Defence was signed by Norway, Finland and Sweden.",
       {"Norway party_to Bergen Declaration on Cyber Defence 2025-06-18"},
       {}},
      {"The Vilnius Protocol on Cyber Drills was signed by Poland and Lithuania. The formal ceremony was held on 9 "
       "June in Vilnius.",
       {"Poland party_to Vilnius Protocol on Cyber Drills 2025-06-09"},
       {}},
      // the act told by its participle opening the sentence
      {"Latvia and Estonia have signed the Riga Memorandum on Threat Data. Signatories: Latvian Defence Minister "
       "Ilze Kalnina and Estonian Defence Minister Mart Tamm. Signed on 2 May in Riga, right after the summit.",
       {"Latvia party_to Riga Memorandum on Threat Data 2025-05-02"},
       {}},
      {"The Oslo Arrangement on Cyber Training was signed by Norway and Denmark.\nSigned in Oslo on 4 June.",
       {"Denmark party_to Oslo Arrangement on Cyber Training 2025-06-04"},
       {}},
      // the act of another relation dates nothing
      {"Portugal has joined the Digital Shield Coalition. The signing came last month.",
       {"Portugal member_of Digital Shield Coalition undated"},
       {}},
  });
}

// "Latvia took part in Iron Lynx 2024 from 3 to 6 June" in a 2025 article: the year in
// the exercise's name is the year of its yearless days. (A guard: main already did this,
// Relater::take_edition_year; these rows passed before this session's change.)
TEST_CASE("s31-y3: yearless days of an exercise named with its year are of that year", "[dating][s31-y3]") {
  check_relation_rows({
      {"Latvia and Estonia took part in Iron Lynx 2024 from 3 to 6 June.",
       {"Latvia participates_in Iron Lynx 2024-06-03"},
       {"Latvia participates_in Iron Lynx 2025-06-03"}},
      {"Finland took part in Cyber Falcon 2023, held in Tallinn from 10 to 14 October.",
       {"Finland participates_in Cyber Falcon 2023-10-10"},
       {}},
      {"Teams from Poland took part in Cyber Heron 2024, which ran from 10 to 12 July in Gdansk.",
       {"Poland participates_in Cyber Heron 2024-07-10", "Cyber Heron located_in Gdansk 2024-07-10"},
       {}},
  });
}
