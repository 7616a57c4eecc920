// Industrial and technology companies of defence and cyber news
// (organisations_companies.json): a group's short name and its divisions'
// longer names are both organisations, and the longer name wins its span.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using newsgraph::testing::analyse;
using newsgraph::testing::entity_names;
using newsgraph::testing::has;

TEST_CASE("companies: industrial groups of defence news are organisations [s32-v2]", "[lexicon][s32v2]") {
  auto names = entity_names(analyse("Siemens and Rolls-Royce signed the supply deal, while Toyota, Panasonic and "
                                    "Renault said they would not bid."));
  for (const char* want : {"Siemens:Organisation", "Rolls-Royce:Organisation", "Toyota:Organisation",
                           "Panasonic:Organisation", "Renault:Organisation"})
    CHECK(has(names, want));
}

TEST_CASE("companies: a group's division keeps its own longer name [s32-v2]", "[lexicon][s32v2]") {
  auto names = entity_names(analyse("Hyundai Rotem will build the tanks, and Hyundai said the plant would open in 2027."));
  CHECK(has(names, "Hyundai Rotem:Organisation"));
  CHECK(has(names, "Hyundai:Organisation"));
  names = entity_names(analyse("Engineers from Siemens Energy and Thales Alenia Space met in Rome on Monday."));
  CHECK(has(names, "Siemens Energy:Organisation"));
  CHECK(has(names, "Thales Alenia Space:Organisation"));
  CHECK_FALSE(has(names, "Siemens:Organisation"));
  CHECK_FALSE(has(names, "Thales:Organisation"));
}

TEST_CASE("companies: defence firms and software vendors named in cyber news [s32-v2]", "[lexicon][s32v2]") {
  auto names = entity_names(analyse("QinetiQ, Leidos and Patria hired analysts after Ivanti and SolarWinds disclosed "
                                    "flaws that Rostec had also reported."));
  for (const char* want : {"QinetiQ:Organisation", "Leidos:Organisation", "Patria:Organisation",
                           "Ivanti:Organisation", "SolarWinds:Organisation", "Rostec:Organisation"})
    CHECK(has(names, want));
}
