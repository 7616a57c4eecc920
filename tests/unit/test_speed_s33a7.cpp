// Session 33 (helper a7), extraction speed: the cheap tests put before a scan
// (companion phrases keyed once, a first-byte table; no word split of a stretch
// without a comma or an "and") must leave every answer as it was.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"
#include "relate/dating_text.hpp"
#include "temporal/words.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// Each companion phrase of cues.json, keyed once per lexicon now, still joins
// its names to the list they act with: after "by X", after the object, set off
// by commas after the subject, and a multi-word one ("in cooperation with").
TEST_CASE("s33: companion phrases keyed once still join their names", "[relate][speed][s33-a7]") {
  check_relation_rows(
      {
          {"The Cyber Lantern exercise was organised by the CCDCOE together with CERT.LV on Monday.",
           {"CERT.LV organises Cyber Lantern 2026-11-16"},
           {}},
          {"Latvia competed in the Cyber Lantern exercise alongside Poland and Ukraine.",
           {"Latvia participates_in Cyber Lantern", "Poland participates_in Cyber Lantern",
            "Ukraine participates_in Cyber Lantern"},
           {}},
          {"Chile, along with Peru and Ghana, took part in the Cyber Lantern exercise.",
           {"Chile participates_in Cyber Lantern", "Peru participates_in Cyber Lantern",
            "Ghana participates_in Cyber Lantern"},
           {}},
          {"Georgia hosted the Cyber Lantern exercise in cooperation with Moldova.",
           {"Georgia organises Cyber Lantern", "Moldova organises Cyber Lantern"},
           {}},
      },
      Date{2026, 11, 20});
}

// second_predicate() now splits a stretch into words only when "and" is in it
// (in any case): the answers are those of the word split.
TEST_CASE("s33: second_predicate needs 'and' and a finite verb, in any case", "[relate][dating][speed][s33-a7]") {
  const TemporalWords& words = default_temporal_words();
  using detail::dating_text::second_predicate;
  CHECK(second_predicate(" the forum and was chaired by ", words));
  CHECK(second_predicate(" the forum AND has since been led by ", words));
  CHECK(second_predicate(" the forum, And will meet ", words));
  CHECK_FALSE(second_predicate(" the forum and Andorra ", words));  // no finite verb after "and"
  CHECK_FALSE(second_predicate(" the forum in Andorra was ", words));  // "and" only inside a word
  CHECK_FALSE(second_predicate(" the band was ", words));
  CHECK_FALSE(second_predicate(" the forum was ", words));
  CHECK_FALSE(second_predicate("", words));
  CHECK_FALSE(second_predicate("an", words));
}

// A relative aside set off by commas before the time still leaves the time the
// main clause's; a stretch with no comma has no aside to cut.
TEST_CASE("s33: a relative aside before the time is still stepped over", "[relate][dating][speed][s33-a7]") {
  check_relation_rows(
      {
          {"Kenya joined the Global Forum on Cyber Expertise, which was founded in The Hague, on 3 March.",
           {"Kenya member_of Global Forum on Cyber Expertise 2026-03-03"},
           {}},
          {"Kenya joined the Global Forum on Cyber Expertise on 3 March.",
           {"Kenya member_of Global Forum on Cyber Expertise 2026-03-03"},
           {}},
      },
      Date{2026, 11, 20});
}
