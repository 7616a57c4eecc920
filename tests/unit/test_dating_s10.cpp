// Dates of relations, session 10: an appointment dates the post of the one
// appointed; "the exercise" dates the event named just before; of several
// events in a sentence a verb dates the one it tells of; a later edition
// ("held again next spring") dates nothing of this one.
#include "paraphrase_rows.hpp"
#include "relate/dating.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
// The day most of these texts are read as published: a Thursday.
const Date kMay2{2024, 5, 2};
}  // namespace

TEST_CASE("s10: an appointing verb dates the post of the person named after it", "[relate][dating][s10]") {
  check_relation_rows({{"The Chilean government on Tuesday appointed Maria Lopez as director of the Chilean National "
                        "Cyber Security Agency (ANCI).",
                        {"Maria Lopez leads Chilean National Cyber Security Agency 2024-04-30"},
                        {}}},
                      kMay2);
  // "effective" looks ahead: the coming October, not the last one
  check_relation_rows({{"The Federal Council appointed Anna Keller as director of the Chilean National Cyber Security "
                        "Agency (ANCI), effective 1 October.",
                        {"Anna Keller leads Chilean National Cyber Security Agency 2024-10-01"},
                        {"Anna Keller leads Chilean National Cyber Security Agency 2023-10-01"}}},
                      Date{2024, 8, 5});
}

TEST_CASE("s10: 'the exercise' dates the event the sentence before named, 'the next exercise' does not",
          "[relate][dating][s10]") {
  check_relation_rows(
      {
          {"Specialists from the region gathered in Lima this week for Exercise Andean Shield. The five-day exercise "
           "began on Monday. Teams from Chile and Peru took part in Andean Shield.",
           {"Chile participates_in Andean Shield 2024-04-29"},
           {}},
          // "the next exercise" is another edition: its date is not this one's
          {"Specialists from the region gathered in Lima for Exercise Andean Shield. The next exercise will be held in "
           "May 2025. Teams from Chile took part in Andean Shield.",
           {},
           {"Chile participates_in Andean Shield 2025-05"}},
          // of several events in a sentence, the verb's date goes to the one it tells of
          {"The Lima Memorandum was signed on the sidelines of the Andean Cyber Forum, a conference that opened in "
           "Lima on Monday. The forum drew delegations from Chile, Peru and Bolivia.",
           {"Peru participates_in Andean Cyber Forum 2024-04-29"},
           {}},
      },
      kMay2);
  // an edition held "again" dates no taking part in this one
  check_relation_rows({{"Teams from Chile took part in Exercise Andean Shield. Andean Shield will be held again next "
                        "spring.",
                        {"Chile participates_in Andean Shield undated"},
                        {"Chile participates_in Andean Shield 2025"}}},
                      Date{2024, 6, 8});
}

TEST_CASE("s10: a time right after a name dates its gapped clause", "[relate][dating][s10]") {
  using detail::gapped_date;
  std::string s = "Chile joined the bloc in 2004, Peru in 2011 and Bolivia in 2019.";
  auto exprs = find_time_expressions(s, kMay2);
  auto peru = gapped_date(exprs, s, s.find("Peru") + 4);
  REQUIRE(peru);
  CHECK(peru->date->iso() == "2011");
  auto bolivia = gapped_date(exprs, s, s.find("Bolivia") + 7);
  REQUIRE(bolivia);
  CHECK(bolivia->date->iso() == "2019");
  // the time goes on to other words ("in 2011 with Japan"): not a list's part
  std::string on = "Chile joined in 2004, Peru in 2011 with Japan as a partner.";
  CHECK_FALSE(gapped_date(find_time_expressions(on, kMay2), on, on.find("Peru") + 4));
  // no time right after the name
  CHECK_FALSE(gapped_date(exprs, s, s.find("Chile") + 5));
}

TEST_CASE("s10: a meeting of someone who visited a place at a time was at that time", "[relate][dating][s10]") {
  using detail::visit_date;
  std::string s = "Ana Ruiz, who visited the naval base on Tuesday, met Luis Vega.";
  auto exprs = find_time_expressions(s, kMay2);
  const auto& verbs = default_lexicon()->visiting_verbs;
  auto d = visit_date(verbs, exprs, s, s.find(",", 0));
  REQUIRE(d);
  CHECK(d->date->iso() == "2024-04-30");
  // a relative clause of another kind ("who took office in 2019") dates no meeting
  std::string office = "Ana Ruiz, who took office in 2019, met Luis Vega.";
  CHECK_FALSE(visit_date(verbs, find_time_expressions(office, kMay2), office, office.find(",")));
  // through the extractor: the meeting takes the visit's day
  check_relation_rows({{"Defence Minister Ana Ruiz, who visited the naval base on Tuesday, met Foreign Minister Luis "
                        "Vega.",
                        {"Ana Ruiz met_with Luis Vega 2024-04-30"},
                        {}}},
                      kMay2);
}

TEST_CASE("s10: 'Opening the forum on Monday' dates the forum named before", "[relate][dating][s10]") {
  const std::string convened =
      "The first Andean Cyber Forum was convened by the Chilean National Cyber Security Agency (ANCI). "
      "Delegations from Peru and Bolivia attended the Andean Cyber Forum. ";
  check_relation_rows(
      {
          {convened + "Opening the forum on Monday, the minister praised the hosts.",
           {"Peru participates_in Andean Cyber Forum 2024-04-29"},
           {}},
          // "the forum area" is no forum
          {convened + "Opening the forum area on Monday, the minister praised the hosts.",
           {},
           {"Peru participates_in Andean Cyber Forum 2024-04-29"}},
          // a gapped part's own time outweighs the shared verb's
          {"Chile and Peru both joined NATO as partners, Chile as a founder in 2004 and Peru six years later.",
           {"Peru member_of North Atlantic Treaty Organization 2010"},
           {"Peru member_of North Atlantic Treaty Organization 2004"}},
      },
      kMay2);
}

