// Dates of relations: the clause's own date, the same event told on in the
// next sentence, and the date the document gives an event.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"
#include "relate/dating.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("the same event told on in the next sentence keeps its date", "[relate][dating]") {
  auto r = relations_of("Chile was admitted into NATO on Monday. Peru was also admitted into NATO. "
                        "Mexico was admitted into the European Union.",
                        Date{2024, 5, 2});
  CHECK(has(r, "Chile member_of North Atlantic Treaty Organization 2024-04-29"));
  CHECK(has(r, "Peru member_of North Atlantic Treaty Organization 2024-04-29"));
  CHECK(has(r, "Mexico member_of European Union"));
}

TEST_CASE("a sentence with words of another time inherits no date", "[relate][dating]") {
  auto r = relations_of("Chile joined NATO on Monday. Peru joined NATO in earlier years.", Date{2024, 5, 2});
  CHECK(has(r, "Chile member_of North Atlantic Treaty Organization 2024-04-29"));
  CHECK(has(r, "Peru member_of North Atlantic Treaty Organization"));
  auto future = relations_of("Chile joined NATO on Monday. Peru will also join NATO.", Date{2024, 5, 2});
  CHECK_FALSE(has(future, "Peru member_of North Atlantic Treaty Organization 2024-04-29"));
}

TEST_CASE("participants take the date the document gives the event", "[relate][dating]") {
  auto r = relations_of("Cyber Flag was held from June 3 to June 14 in Lima. Chile and Peru took part in Cyber Flag. "
                        "Kenya took part in Cyber Flag in 2019.",
                        Date{2024, 7, 1});
  CHECK(has(r, "Chile participates_in Cyber Flag 2024-06-03"));
  CHECK(has(r, "Peru participates_in Cyber Flag 2024-06-03"));
  // its own date wins
  CHECK(has(r, "Kenya participates_in Cyber Flag 2019"));
  CHECK_FALSE(has(r, "Kenya participates_in Cyber Flag 2024-06-03"));
}

TEST_CASE("an event's date reaches only nearby sentences", "[relate][dating]") {
  auto r = relations_of("Cyber Flag was held on June 3. Ana spoke. Ana left. Luis spoke. Luis left. "
                        "Chile took part in Cyber Flag.",
                        Date{2024, 7, 1});
  CHECK(has(r, "Chile participates_in Cyber Flag"));
}

TEST_CASE("a date that says more about the same year is the clause's", "[relate][dating]") {
  auto r = relations_of("Peru organised Cyber Flag 2023 from June 12 to June 13.", Date{2023, 7, 1});
  CHECK(has(r, "Peru organises Cyber Flag 2023-06-12"));
}

TEST_CASE("refined dates and clause boundaries in date_near", "[dating]") {
  std::string s = "Peru hosted the drill in 2023, on June 12, which was founded in 2019.";
  auto exprs = find_time_expressions(s, Date{2023, 7, 1});
  auto d = detail::date_near(exprs, s, 0, 11);
  REQUIRE(d.date);
  CHECK(d.date->iso() == "2023-06-12");
  CHECK(detail::other_time_words("It had previously joined."));
  CHECK_FALSE(detail::other_time_words("Peru was also admitted."));
}
