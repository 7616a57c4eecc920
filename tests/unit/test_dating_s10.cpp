// Dates of relations, session 10: an appointment dates the post of the one
// appointed; "the exercise" dates the event named just before; of several
// events in a sentence a verb dates the one it tells of; a later edition
// ("held again next spring") dates nothing of this one.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"
#include "relate/dating.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
void print(const std::vector<std::string>& r) {
  for (const auto& x : r) UNSCOPED_INFO(x);
}
}  // namespace

TEST_CASE("s10: an appointing verb dates the post of the person named after it", "[relate][dating][s10]") {
  auto r = relations_of("The Chilean government on Tuesday appointed Maria Lopez as director of the Chilean National "
                        "Cyber Security Agency (ANCI).",
                        Date{2024, 5, 2});
  print(r);
  CHECK(has(r, "Maria Lopez leads Chilean National Cyber Security Agency 2024-04-30"));
  // "effective" looks ahead: the coming October, not the last one
  auto ahead = relations_of("The Federal Council appointed Anna Keller as director of the Chilean National Cyber "
                            "Security Agency (ANCI), effective 1 October.",
                            Date{2024, 8, 5});
  print(ahead);
  CHECK(has(ahead, "Anna Keller leads Chilean National Cyber Security Agency 2024-10-01"));
  CHECK_FALSE(has(ahead, "Anna Keller leads Chilean National Cyber Security Agency 2023-10-01"));
}

TEST_CASE("s10: 'the exercise' dates the event the sentence before named", "[relate][dating][s10]") {
  auto r = relations_of("Specialists from the region gathered in Lima this week for Exercise Andean Shield. "
                        "The five-day exercise began on Monday. Teams from Chile and Peru took part in Andean Shield.",
                        Date{2024, 5, 2});
  print(r);
  CHECK(has(r, "Chile participates_in Andean Shield 2024-04-29"));
  // "the next exercise" is another edition: its date is not this one's
  auto next = relations_of("Specialists from the region gathered in Lima for Exercise Andean Shield. "
                           "The next exercise will be held in May 2025. Teams from Chile took part in Andean Shield.",
                           Date{2024, 5, 2});
  print(next);
  CHECK_FALSE(has(next, "Chile participates_in Andean Shield 2025-05"));
}

TEST_CASE("s10: of several events in a sentence, the verb's date goes to the one it tells of", "[relate][dating][s10]") {
  auto r = relations_of("The Lima Memorandum was signed on the sidelines of the Andean Cyber Forum, a conference that "
                        "opened in Lima on Monday. The forum drew delegations from Chile, Peru and Bolivia.",
                        Date{2024, 5, 2});
  print(r);
  CHECK(has(r, "Peru participates_in Andean Cyber Forum 2024-04-29"));
}

TEST_CASE("s10: an edition held 'again' dates no taking part in this one", "[relate][dating][s10]") {
  auto again = relations_of("Teams from Chile took part in Exercise Andean Shield. "
                            "Andean Shield will be held again next spring.",
                            Date{2024, 6, 8});
  print(again);
  CHECK(has(again, "Chile participates_in Andean Shield"));
  CHECK_FALSE(has(again, "Chile participates_in Andean Shield 2025"));
}

TEST_CASE("s10: a time right after a name dates its gapped clause", "[relate][dating][s10]") {
  using detail::gapped_date;
  std::string s = "Chile joined the bloc in 2004, Peru in 2011 and Bolivia in 2019.";
  auto exprs = find_time_expressions(s, Date{2024, 5, 2});
  auto peru = gapped_date(exprs, s, s.find("Peru") + 4);
  REQUIRE(peru);
  CHECK(peru->date->iso() == "2011");
  auto bolivia = gapped_date(exprs, s, s.find("Bolivia") + 7);
  REQUIRE(bolivia);
  CHECK(bolivia->date->iso() == "2019");
  // the time goes on to other words ("in 2011 with Japan"): not a list's part
  std::string on = "Chile joined in 2004, Peru in 2011 with Japan as a partner.";
  CHECK_FALSE(gapped_date(find_time_expressions(on, Date{2024, 5, 2}), on, on.find("Peru") + 4));
  // no time right after the name
  CHECK_FALSE(gapped_date(exprs, s, s.find("Chile") + 5));
}

TEST_CASE("s10: a meeting of someone who visited a place at a time was at that time", "[relate][dating][s10]") {
  using detail::visit_date;
  std::string s = "Ana Ruiz, who visited the naval base on Tuesday, met Luis Vega.";
  auto exprs = find_time_expressions(s, Date{2024, 5, 2});
  auto d = visit_date(exprs, s, s.find(",", 0));
  REQUIRE(d);
  CHECK(d->date->iso() == "2024-04-30");
  // a relative clause of another kind ("who took office in 2019") dates no meeting
  std::string office = "Ana Ruiz, who took office in 2019, met Luis Vega.";
  CHECK_FALSE(visit_date(find_time_expressions(office, Date{2024, 5, 2}), office, office.find(",")));
  // through the extractor: the meeting takes the visit's day
  auto r = relations_of("Defence Minister Ana Ruiz, who visited the naval base on Tuesday, met Foreign Minister Luis Vega.",
                        Date{2024, 5, 2});
  print(r);
  CHECK((has(r, "Ana Ruiz met_with Luis Vega 2024-04-30") || has(r, "Luis Vega met_with Ana Ruiz 2024-04-30")));
}

TEST_CASE("s10: 'Opening the forum on Monday' dates the forum named before", "[relate][dating][s10]") {
  auto r = relations_of("The first Andean Cyber Forum was convened by the Chilean National Cyber Security Agency (ANCI). "
                        "Delegations from Peru and Bolivia attended the Andean Cyber Forum. "
                        "Opening the forum on Monday, the minister praised the hosts.",
                        Date{2024, 5, 2});
  print(r);
  CHECK(has(r, "Peru participates_in Andean Cyber Forum 2024-04-29"));
  // "the forum area" is no forum
  auto area = relations_of("The first Andean Cyber Forum was convened by the Chilean National Cyber Security Agency (ANCI). "
                           "Delegations from Peru and Bolivia attended the Andean Cyber Forum. "
                           "Opening the forum area on Monday, the minister praised the hosts.",
                           Date{2024, 5, 2});
  print(area);
  CHECK_FALSE(has(area, "Peru participates_in Andean Cyber Forum 2024-04-29"));
}

TEST_CASE("s10: a gapped part's own time outweighs the shared verb's", "[relate][dating][s10]") {
  auto r = relations_of("Chile and Peru both joined NATO as partners, Chile as a founder in 2004 and Peru six years later.",
                        Date{2024, 5, 2});
  print(r);
  CHECK(has(r, "Peru member_of North Atlantic Treaty Organization 2010"));
  CHECK_FALSE(has(r, "Peru member_of North Atlantic Treaty Organization 2004"));
}
