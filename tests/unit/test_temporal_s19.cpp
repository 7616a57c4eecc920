// Session 19: a year listed after a cued year shares its cue ("in 2023 and
// 2024"); a bare number after a year does not become one.
#include <catch2/catch.hpp>

#include <string>

#include "temporal/time_expressions.hpp"

using namespace newsgraph;

namespace {
std::string years(std::string_view s) {
  std::string out;
  for (const auto& x : find_time_expressions(s, Date{2026, 3, 12}))
    out += (out.empty() ? "" : " ") + (x.date ? x.date->iso() : std::string("none"));
  return out;
}
}  // namespace

TEST_CASE("temporal s19: years listed after a cued year", "[temporal][s19]") {
  CHECK(years("Finland and Sweden joined NATO in 2023 and 2024 respectively.") == "2023 2024");
  CHECK(years("They took part in 2021, 2022 and 2024.") == "2021 2022 2024");
  // a count after a year is no year
  CHECK(years("In 2023, 40 nations took part.") == "2023");
  CHECK(years("In 2023 and 14 others followed.") == "2023");
}
