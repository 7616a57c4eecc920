// Recognition, session 26: a title word right before a body's head word is part of the body's name.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s26: 'General' before a body's head word is a word of its name", "[recognise][s26]") {
  auto names = entity_names(analyse(
      "The General Directorate of Digital Resilience (GDDR) signed a memorandum with the General Staff of the "
      "Moldovan Army. The General Secretariat for Cyber Affairs took part."));
  CHECK(has(names, "General Directorate of Digital Resilience:Organisation"));
  CHECK_FALSE(has(names, "Directorate of Digital Resilience:Organisation"));
  CHECK(has(names, "General Secretariat for Cyber Affairs:Organisation"));
  // a rank before a person's name is still a title
  auto people = entity_names(analyse("General Ana Ortiz met Secretary General Mark Rutte in Brussels."));
  CHECK(has(people, "Ana Ortiz:Person"));
  CHECK(has(people, "Mark Rutte:Person"));
}

TEST_CASE("s26: two bodies joined by 'and' when a known place opens the second", "[recognise][s26]") {
  auto names = entity_names(analyse(
      "Teams came from the hospital group Tartu Kliinikum and Tallinn City Council, and from the Science and "
      "Technology Agency."));
  CHECK(has(names, "Tartu Kliinikum:Organisation"));
  CHECK(has(names, "Tallinn City Council:Organisation"));
  CHECK(has(names, "Science and Technology Agency:Organisation"));
}

TEST_CASE("s26: names listed after 'organisations took part, including' are bodies", "[recognise][s26]") {
  auto names = entity_names(analyse(
      "About 200 people from 20 organisations took part, including Elvora, Nordgrid Energia and Kalvik. "
      "Teams from twelve companies took part, including the energy firms Alpha Varde and Betelmark."));
  CHECK(has(names, "Elvora:Organisation"));
  CHECK(has(names, "Nordgrid Energia:Organisation"));
  CHECK(has(names, "Kalvik:Organisation"));
  CHECK(has(names, "Alpha Varde:Organisation"));
  CHECK(has(names, "Betelmark:Organisation"));
}
