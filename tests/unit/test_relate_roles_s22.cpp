// Roles, session 22: a title over a field of a body named before it ("NATO's head of
// cyber policy, X") makes X the body's, heading a part of it; "head of state" heads the
// nation. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s22: a body's head of a field serves the body", "[relate][roles][s22]") {
  check_relation_rows({
      {"NATO's head of cyber policy, Eva Toth, opened the session.",
       {"Eva Toth affiliated_with North Atlantic Treaty Organization"},
       {"Eva Toth leads North Atlantic Treaty Organization"}},
      {"The European Defence Agency's head of maritime capabilities, Katja Lindgren, said the study was funded.",
       {"Katja Lindgren affiliated_with European Defence Agency"},
       {}},
      {"Europol's director of operations, Jan Berg, spoke on Monday.", {"Jan Berg affiliated_with Europol"}, {}},
      {"NATO's head of cyber policy Eva Toth opened the session.",
       {"Eva Toth affiliated_with North Atlantic Treaty Organization"},
       {}},
      // the field the lexicon names with the title is the holder's whole
      {"Estonia's head of state, Alar Karis, opened the session.", {"Alar Karis leads Estonia"}, {}},
      // no holder named: the phrase is the person's, with no edge
      {"They met the commander of the cyber forces, Brigadier General Jan Berg.", {}, {"Jan Berg * Europol"}},
  });
}

TEST_CASE("s22: a body named by the first word of its name alone is that body", "[relate][roles][s22]") {
  check_relation_rows({
      {"Istanbul-based Anka Siber Sistemleri signed a deal with the ministry. Anka chief executive Burak Sezer said "
       "deliveries would begin next year.",
       {"Burak Sezer leads Anka Siber Sistemleri"},
       {}},
      // a word the document also writes in lower case is no name of its own
      {"Istanbul-based Harbour Siber Sistemleri signed a deal near the harbour. Harbour chief executive Burak Sezer "
       "said deliveries would begin next year.",
       {},
       {"Burak Sezer leads Harbour Siber Sistemleri"}},
      // two bodies whose names start with the word: neither
      {"Istanbul-based Anka Siber Sistemleri and the Anka Savunma Group signed a deal. Anka chief executive Burak Sezer said "
       "deliveries would begin next year.",
       {},
       {"Burak Sezer leads Anka Siber Sistemleri", "Burak Sezer leads Anka Savunma Group"}},
  });
}
