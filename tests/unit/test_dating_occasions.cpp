// Dates a clause gets from the occasion it tells of: a post taken ("took
// office in March") and a fact "on the sidelines" of the story's event.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("taking up a post dates leading the body", "[relate][dating]") {
  Date published{2024, 7, 4};
  auto r = relations_of("Ana Ruiz, the head of the Peruvian Navy, spoke in Lima. Ruiz took office in March 2023.", published);
  CHECK(has(r, "Ana Ruiz leads Peruvian Navy 2023-03"));
  auto who = relations_of("Ana Ruiz, the head of the Peruvian Navy, who took office on May 2, spoke in Lima.", published);
  CHECK(has(who, "Ana Ruiz leads Peruvian Navy 2024-05-02"));
  // another person's post, or no date given, dates nothing
  auto other = relations_of("Ana Ruiz, the head of the Peruvian Navy, met Luis Soto in Lima. Soto took office in 2022.", published);
  CHECK(has(other, "Ana Ruiz leads Peruvian Navy"));
  CHECK_FALSE(has(other, "Ana Ruiz leads Peruvian Navy 2022"));
  auto undated = relations_of("Ana Ruiz, the head of the Peruvian Navy, spoke in Lima. Ruiz took office after a long career.", published);
  CHECK(has(undated, "Ana Ruiz leads Peruvian Navy"));
}

TEST_CASE("a fact on the sidelines takes the date of the story's event", "[relate][dating]") {
  Date published{2024, 7, 4};
  auto r = relations_of("Ministers from Chile and Peru met in Lima on Tuesday. Both praised the talks. "
                        "On the sidelines, Chile and Ghana signed the Lima Accord.",
                        published);
  CHECK(has(r, "Chile party_to Lima Accord 2024-07-02"));
  CHECK(has(r, "Ghana party_to Lima Accord 2024-07-02"));
  // its own date wins
  auto own = relations_of("Ministers from Chile and Peru met in Lima on Tuesday. "
                          "On the sidelines, Chile and Ghana signed the Lima Accord on Wednesday.",
                          published);
  CHECK(has(own, "Chile party_to Lima Accord 2024-07-03"));
  CHECK_FALSE(has(own, "Chile party_to Lima Accord 2024-07-02"));
  // no date in the lede: none to take; no such phrase: nothing taken
  auto none = relations_of("Ministers from Chile and Peru met in Lima for talks. "
                           "On the sidelines, Chile and Ghana signed the Lima Accord.",
                           published);
  CHECK(has(none, "Chile party_to Lima Accord"));
  auto plain = relations_of("Ministers from Chile and Peru met in Lima on Tuesday. Both praised the talks. "
                            "Separately, Chile and Ghana signed the Lima Accord.",
                            published);
  CHECK(has(plain, "Chile party_to Lima Accord"));
  CHECK_FALSE(has(plain, "Chile party_to Lima Accord 2024-07-02"));
}
