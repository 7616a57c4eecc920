// Dates of facts, session 17. Each text is read as published on Wednesday
// 18 June 2025 unless a row says otherwise.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s17: a time opening the sentence dates every verb of its subject", "[relate][dating][s17]") {
  check_relation_rows({
      {"In March, Ana Ruiz visited the Peruvian Navy and met its commander, Luis Vega.",
       {"Ana Ruiz met_with Luis Vega 2025-03"},
       {}},
      {"On Monday, Ana Ruiz toured the naval academy in Lima and held talks with Luis Vega.",
       {"Ana Ruiz met_with Luis Vega 2025-06-16"},
       {}},
      // a time inside a visit's clause is the meeting's told right after it (session 33: two
      // held-out sets' gold date such meetings by the visit)
      {"Ana Ruiz visited the Peruvian Navy in March and met its commander, Luis Vega.",
       {"Ana Ruiz met_with Luis Vega 2025-03"},
       {}},
  });
}

TEST_CASE("s17: what an event closed with is dated by its last day", "[relate][dating][s17]") {
  check_relation_rows({
      {"On 9 and 10 June the Chilean Navy hosted the first Andean Cyber Dialogue in Lima. "
       "The dialogue closed with the Lima Declaration on Cyber Norms, adopted by Chile, Peru and Ecuador.",
       {"Chile party_to Lima Declaration on Cyber Norms 2025-06-10", "Peru party_to Lima Declaration on Cyber Norms 2025-06-10"},
       {}},
      {"The Chilean Navy hosted the Andean Cyber Dialogue in Lima from June 2 to June 4. "
       "The Andean Cyber Dialogue ended with the Lima Declaration on Cyber Norms, adopted by Chile and Peru.",
       {"Peru party_to Lima Declaration on Cyber Norms 2025-06-04"},
       {}},
      // the event's dates are not told: no date
      {"The Chilean Navy hosted the first Andean Cyber Dialogue in Lima. "
       "The dialogue closed with the Lima Declaration on Cyber Norms, adopted by Chile, Peru and Ecuador.",
       {"Chile party_to Lima Declaration on Cyber Norms undated"},
       {}},
  });
}

TEST_CASE("s17: on the exercise's opening day is the first day of the exercise", "[relate][dating][s17]") {
  check_relation_rows({
      {"From 9 June to 13 June, the Chilean Navy ran Pacific Shield 25, a regional cyber exercise, in Valparaiso. "
       "Ana Ruiz met the Peruvian defence minister, Luis Vega, on the exercise's opening day.",
       {"Ana Ruiz met_with Luis Vega 2025-06-09"},
       {}},
      {"From 9 June to 13 June, the Chilean Navy ran Pacific Shield 25, a regional cyber exercise, in Valparaiso. "
       "Chile and Peru signed the Valparaiso Cadet Accord on the exercise's opening day.",
       {"Chile party_to Valparaiso Cadet Accord 2025-06-09"},
       {}},
      // a person's first day is not the exercise's
      {"From 9 June to 13 June, the Chilean Navy ran Pacific Shield 25, a regional cyber exercise, in Valparaiso. "
       "Chile and Peru signed the Valparaiso Cadet Accord on the minister's first day.",
       {"Chile party_to Valparaiso Cadet Accord undated"},
       {"Chile party_to Valparaiso Cadet Accord 2025-06-09"}},
  });
}

TEST_CASE("s17: a nation that followed another into a body is dated by its own time", "[relate][dating][s17]") {
  check_relation_rows({
      {"Long before Denmark joined the European Union in 1973 and Sweden followed in 1995, the two navies trained together.",
       {"Sweden member_of European Union 1995", "Denmark member_of European Union 1973"},
       {"Sweden member_of European Union 1973"}},
      {"Estonia joined NATO in March 2004, and Finland followed in April 2023.",
       {"Finland member_of North Atlantic Treaty Organization 2023-04"},
       {}},
      // no time of its own: no date, not the first nation's
      {"Denmark joined the European Union in 1973 and Sweden followed.",
       {"Sweden member_of European Union undated"},
       {"Sweden member_of European Union 1973"}},
  });
}

TEST_CASE("s17: a fact in the present perfect is dated by the day it was announced", "[relate][dating][s17]") {
  check_relation_rows({
      {"Peru has joined NATO, the alliance that coordinates cyber defence, its government announced on Monday.",
       {"Peru member_of North Atlantic Treaty Organization 2025-06-16"},
       {}},
      // "had joined": before the saying, not on its day
      {"Peru had joined NATO, its government announced on Monday.",
       {"Peru member_of North Atlantic Treaty Organization undated"},
       {"Peru member_of North Atlantic Treaty Organization 2025-06-16"}},
      // a vague time of saying gives no day of the fact
      {"Peru has joined NATO, its government said last week.",
       {"Peru member_of North Atlantic Treaty Organization undated"},
       {}},
  });
}

TEST_CASE("s17: a cooperation under an agreement is dated by its signing", "[relate][dating][s17]") {
  check_relation_rows({
      {"The Chilean Navy and the Peruvian Navy will work together to protect the cables that link the two countries, "
       "under a memorandum signed here yesterday.",
       {"Chilean Navy cooperates_with Peruvian Navy 2025-06-17"},
       {}},
      // signed at a time the text does not give: no date
      {"The Chilean Navy and the Peruvian Navy will work together to protect the cables that link the two countries, "
       "under a memorandum signed by both ministers.",
       {"Chilean Navy cooperates_with Peruvian Navy undated"},
       {"Chilean Navy cooperates_with Peruvian Navy 2025-06-17"}},
  });
}

TEST_CASE("s17: the evening before counts a day back from the story's day", "[relate][dating][s17]") {
  check_relation_rows({
      {"On 3 June the Chilean Navy hosted the Andean Cyber Dialogue in Lima. "
       "Ana Ruiz had met Luis Vega the evening before, at a dinner at the embassy.",
       {"Ana Ruiz met_with Luis Vega 2025-06-02"},
       {"Ana Ruiz met_with Luis Vega 2025-06-03"}},
      {"Ana Ruiz met Luis Vega the night before the Andean Cyber Dialogue on 3 June.",
       {"Ana Ruiz met_with Luis Vega 2025-06-02"},
       {}},
  });
}
