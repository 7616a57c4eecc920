// Session 26 round 2, helper d4: relative dates of news wording.
#include <catch2/catch.hpp>

#include "temporal/time_expressions.hpp"

using namespace newsgraph;

TEST_CASE("d4: 'last night' is the day before the publication, 'this morning' its own day", "[temporal][d4]") {
  const Date published{2026, 4, 16};
  auto first_date = [&](const std::string& text) {
    auto found = find_time_expressions(text, published);
    return found.empty() || !found.front().date ? std::string() : found.front().date->iso();
  };
  CHECK(first_date("The two ministers signed the memorandum last night in Tallinn.") == "2026-04-15");
  CHECK(first_date("The navy closed its drill this morning.") == "2026-04-16");
  CHECK(first_date("The crews will sail next morning.").empty());
  CHECK(first_date("The talks ran last week.") == "2026-04");
}

TEST_CASE("d4: 'a fortnight ago' is fourteen days back, its month as a week's", "[temporal][d4]") {
  auto first_date = [](const std::string& text, Date published) {
    auto found = find_time_expressions(text, published);
    return found.empty() || !found.front().date ? std::string() : found.front().date->iso();
  };
  CHECK(first_date("Finland hosted the drill a fortnight ago.", Date{2026, 4, 10}) == "2026-03");
  CHECK(first_date("The two navies met two fortnights ago.", Date{2026, 4, 30}) == "2026-04");
}
