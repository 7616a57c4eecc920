// Session 17 round 2: a response team's acronym ("CERT", "CSIRT", "CIRT") heads
// a name qualified by a bloc or place ("the Andean Regional CSIRT", "CERT Palau"),
// while the bare acronym, a kind of team, names nothing.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a response team acronym heads a qualified team name", "[recognise][s17b]") {
  check_entity_rows({
      {"Analysts from Peru briefed the Andean Regional CSIRT on the phishing wave in May.",
       {"Andean Regional CSIRT:Organisation"}, {}},
      {"CERT Palau shared the indicators with Japan on Monday.", {"CERT Palau:Organisation"}, {}},
      {"Officials said the Pacific Islands CIRT would publish an advisory.", {"Pacific Islands CIRT:Organisation"}, {}},
  });
}

TEST_CASE("a bare response team acronym names no organisation", "[recognise][s17b]") {
  check_entity_rows({
      {"Chile wants every ministry to set up a CERT by next year.", {}, {"CERT:Organisation"}},
      {"CERT teams in Fiji met on Tuesday.", {}, {"CERT:Organisation"}},
  });
}
