// Meetings in the wordings of news: a meeting told before its subject, an
// adverb after the one met, "his counterpart" after "met with", a relative
// clause after a role apposition, and one met who is named after a role
// whose holder is left unnamed; people who sign an agreement together.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a meeting told before its subject", "[relate][meetings]") {
  auto r = relations_of("During a meeting with Tomas Brandt in Riga on Monday, Anna Koskinen praised the drill.",
                        Date{2025, 3, 5});
  CHECK(has(r, "Anna Koskinen met_with Tomas Brandt 2025-03-03"));
  r = relations_of("After talks with Tomas Brandt in Riga, Anna Koskinen flew home.");
  CHECK(has(r, "Anna Koskinen met_with Tomas Brandt"));
  // travelling with someone, or a meeting still ahead, is no meeting
  r = relations_of("After the summit, Anna Koskinen flew to Oslo with Tomas Brandt.");
  CHECK_FALSE(related(r, "Anna Koskinen", "Tomas Brandt"));
  r = relations_of("Ahead of a meeting with Tomas Brandt, Anna Koskinen said little.");
  CHECK_FALSE(related(r, "Anna Koskinen", "Tomas Brandt"));
}

TEST_CASE("an adverb after the one met", "[relate][meetings]") {
  auto r = relations_of("Anna Koskinen opened the range. Tomas Brandt spoke next. Koskinen met Brandt afterwards.");
  CHECK(has(r, "Anna Koskinen met_with Tomas Brandt"));
  r = relations_of("Anna Koskinen attended the ceremony and met Tomas Brandt again.");
  CHECK(has(r, "Anna Koskinen met_with Tomas Brandt"));
  // still none when declined
  r = relations_of("Anna Koskinen attended the ceremony but declined to meet Tomas Brandt afterwards.");
  CHECK_FALSE(related(r, "Anna Koskinen", "Tomas Brandt"));
}

TEST_CASE("met with his counterpart, after a role apposition with a relative clause", "[relate][meetings]") {
  auto r = relations_of(
      "The session was attended by the Swedish Minister of Defence, Karl Berg, who met in Oslo with his "
      "Danish counterpart, Lars Holm.");
  CHECK(has(r, "Karl Berg met_with Lars Holm"));
  CHECK(has(r, "Karl Berg affiliated_with Sweden"));
  // the relative clause says nothing of a meeting: none
  r = relations_of("The session was attended by the Swedish defence minister, Karl Berg, who praised Lars Holm.");
  CHECK_FALSE(related(r, "Karl Berg", "Lars Holm"));
}

TEST_CASE("one met named after a role whose holder is unnamed", "[relate][meetings]") {
  auto r = relations_of(
      "Anna Koskinen met Tomas Brandt and the commander of the cyber forces, Brigadier General Peter Novak.");
  CHECK(has(r, "Anna Koskinen met_with Tomas Brandt"));
  CHECK(has(r, "Anna Koskinen met_with Peter Novak"));
  // the unnamed holder gives the person no organisation
  for (const auto& x : r) CHECK_FALSE(x.starts_with("Peter Novak leads"));
  // a sentence of only the role phrase and a verb: the person is its subject
  r = relations_of("The head of the signals unit, Colonel Ivo Mets, met Anna Koskinen on Friday.", Date{2025, 3, 10});
  CHECK(has(r, "Ivo Mets met_with Anna Koskinen 2025-03-07"));
}

TEST_CASE("a later verb of a subject set off by a comma shares it", "[relate][meetings]") {
  auto r = relations_of("Chris Rennick spoke first. Colonel Troels Berg, meanwhile, attended the ceremony and met Rennick afterwards.");
  CHECK((related(r, "Chris Rennick", "Troels Berg") || related(r, "Troels Berg", "Chris Rennick")));
  // a list going on after the comma is no subject's verb
  r = relations_of("Chris Rennick spoke first. Colonel Troels Berg, Anna Koskinen and others attended the ceremony.");
  CHECK_FALSE(related(r, "Troels Berg", "Chris Rennick"));
}

TEST_CASE("people who sign an agreement together meet", "[relate][meetings]") {
  auto r = relations_of("Anna Koskinen and Tomas Brandt signed the Baltic Data Sharing Agreement in Riga on Monday.");
  CHECK(has(r, "Anna Koskinen met_with Tomas Brandt"));
  r = relations_of("Interior Minister Anna Koskinen and her Latvian counterpart, Tomas Brandt, signed the Baltic Data Sharing Agreement.");
  CHECK(has(r, "Anna Koskinen met_with Tomas Brandt"));
  r = relations_of("The Oslo Accord was signed by Karl Berg and Lars Holm during the visit.");
  CHECK(has(r, "Karl Berg met_with Lars Holm"));
  r = relations_of("The Oslo Accord was signed by Defence Minister Karl Berg and Lars Holm, head of the Danish Cyber Agency.");
  CHECK(has(r, "Karl Berg met_with Lars Holm"));
  r = relations_of("Karl Berg signed the Nordic Cyber Pact with Peter Novak in Oslo.");
  CHECK(has(r, "Karl Berg met_with Peter Novak"));
  r = relations_of("The signatories were Peter Novak and Anna Koskinen.");
  CHECK((related(r, "Anna Koskinen", "Peter Novak") || related(r, "Peter Novak", "Anna Koskinen")));
  // each signing on their own, or a pact signed by nations a person speaks of: no meeting
  r = relations_of("Karl Berg signed it, and Lars Holm signed it too.");
  CHECK_FALSE(related(r, "Karl Berg", "Lars Holm"));
  r = relations_of("Karl Berg signed the accord in Riga, and Lars Holm signed it in Oslo a week later.");
  CHECK_FALSE(related(r, "Karl Berg", "Lars Holm"));
  r = relations_of("Peter Novak said the pact signed by Finland and Sweden was useful.");
  CHECK_FALSE(related(r, "Peter Novak", "Finland"));
  r = relations_of("Lars Holm, who signed the Oslo Accord, praised Karl Berg.");
  CHECK_FALSE(related(r, "Lars Holm", "Karl Berg"));
}
