// Meetings that did not happen and signings dated by another clause's time, written for
// session 33 (helper b3): "Talks between A and B were cancelled" (patterns.json negators
// after the meeting noun's verb) is no meeting; "The X, signed by A and B, takes effect in
// January" (temporal.json clause_openers) dates the taking effect, not the signing; "The X, signed
// by A and B, which will also hold an exercise next year": the relative clause's verb has A and B
// for subject, and its time is not the agreement's.
// Texts are the test's own, read as published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a meeting named by its noun and then cancelled or postponed is none", "[relate][negation][s33-b3]") {
  check_relation_rows({
      {"Talks between Portugal and Spain were cancelled on Monday after a dispute over fishing rights.", {},
       {"Portugal met_with Spain"}},
      {"Talks between President Emmanuel Macron and Chancellor Olaf Scholz were postponed because of the storm.", {},
       {"Emmanuel Macron met_with Olaf Scholz"}},
      {"The meeting between Japan and South Korea was cancelled at the last minute.", {}, {"Japan met_with South Korea"}},
      {"A summit between India and China was called off after the border clash.", {}, {"India met_with China"}},
      {"A meeting between Antonio Costa and Pedro Sanchez has been postponed until next year.", {},
       {"Antonio Costa met_with Pedro Sanchez"}},
      {"Talks between NATO and the European Union were scrapped.", {},
       {"North Atlantic Treaty Organization met_with European Union"}},
      // held talks stay a meeting
      {"Talks between Portugal and Spain were held on Monday in Madrid.", {"Portugal met_with Spain 2025-06-16"}, {}},
      {"A meeting between Antonio Costa and Pedro Sanchez was held in Lisbon on Tuesday.",
       {"Antonio Costa met_with Pedro Sanchez"}, {}},
  });
}

TEST_CASE("a time after 'takes effect' or 'enters into force' does not date the signing", "[relate][dating][s33-b3]") {
  check_relation_rows({
      {"The Treaty of Porto, signed by Portugal and Spain, takes effect in January.",
       {"Portugal party_to Treaty of Porto undated", "Spain party_to Treaty of Porto undated"}, {}},
      {"The Vilnius Pact, signed by Poland and Lithuania, enters into force next year.",
       {"Poland party_to Vilnius Pact undated"}, {}},
      {"The Treaty of Porto, which was signed by Portugal and Spain, comes into force in February.",
       {"Portugal party_to Treaty of Porto undated"}, {}},
      {"The Lisbon Memorandum signed by Portugal and Spain takes effect in January.",
       {"Portugal party_to Lisbon Memorandum undated"}, {}},
      // the signing's own time is still taken
      {"The Canberra Agreement, signed by Japan and Australia on Monday, will take effect in January.",
       {"Japan party_to Canberra Agreement 2025-06-16"}, {}},
      {"The Treaty of Porto, signed by Portugal and Spain last week, takes effect in January.",
       {"Portugal party_to Treaty of Porto 2025-06"}, {}},
  });
}

TEST_CASE("a relative clause after the signatories keeps its time from the signing", "[relate][dating][s33-b3]") {
  check_relation_rows({
      {"The Lisbon Memorandum, signed by Portugal and Spain, which will also hold a joint exercise next year, covers "
       "naval training.",
       {"Portugal party_to Lisbon Memorandum undated", "Spain party_to Lisbon Memorandum undated"}, {}},
      {"The Canberra Agreement, signed by Japan and Australia, which will also hold joint drills next year, was "
       "welcomed by Washington.",
       {"Japan party_to Canberra Agreement undated"}, {}},
      {"The Atlantic Defence Memorandum, signed by Portugal and Spain, which held an exercise in 2024, covers maritime "
       "patrols.",
       {"Portugal party_to Atlantic Defence Memorandum undated"}, {}},
      {"The Lisbon Memorandum, signed by Portugal and Spain in March, which will also hold a joint exercise next year, "
       "covers naval training.",
       {"Portugal party_to Lisbon Memorandum 2025-03"}, {}},
  });
}
