// Session 32 (z2): offices and posts of people whose body the text names another
// way: a "Minister of X" of a "Department of X", a bare minister of the story's home
// nation, a nation of two words after a portfolio, a name taking a post "as" a title.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a Minister of X leads the Department or Secretariat of X the text names", "[roles_z2]") {
  auto r = relations_of(
      "WELLINGTON, 3 March 2026 - New Zealand's Department of Civil Protection opened a training centre on Monday. "
      "The centre was opened by the Minister of Civil Protection, Aroha Tane, and by two of her advisers.");
  CHECK(has(r, "Aroha Tane leads Department of Civil Protection"));
  auto s = relations_of(
      "LIMA, 3 March 2026 - The Secretariat of Maritime Affairs hosted a regional drill this week. "
      "The closing ceremony was presided over by the Secretary of Maritime Affairs, Admiral Jorge Paucar.");
  CHECK(has(s, "Jorge Paucar leads Secretariat of Maritime Affairs"));
}

TEST_CASE("a bare minister of a story filed from the nation it is about serves that nation", "[roles_z2]") {
  auto r = relations_of(
      "OSLO, 3 March 2026 - Norway and Iceland held their yearly cyber talks on Monday. "
      "\"We share one sea and one network,\" said Minister of Digital Affairs Kari Haugland, who opened the talks.");
  CHECK(related(r, "Kari Haugland", "Norway"));
}

TEST_CASE("a nation of two words after a portfolio's 'of' is the office's nation, not a name", "[roles_z2]") {
  auto doc = analyse("Ravi Perera, Deputy Minister of Defence of Sri Lanka, also spoke at the forum.");
  CHECK_FALSE(has(entity_names(doc), "Sri Lanka:Person"));
  auto r = relations_of("Ravi Perera, Deputy Minister of Defence of Sri Lanka, also spoke at the forum.");
  CHECK(has(r, "Ravi Perera affiliated_with Sri Lanka"));
}

TEST_CASE("a name taking a post 'as' a title after an appointing word is a person who holds it", "[roles_z2]") {
  auto r = relations_of(
      "The board appointed Ilona Varga as director of the Danube Cyber Institute on Monday.");
  CHECK(has(r, "Ilona Varga leads Danube Cyber Institute"));
  auto s = relations_of(
      "The ministry announced the appointment of Professor Ilona Varga as Director of the Danube Cyber Institute.");
  CHECK(has(s, "Ilona Varga leads Danube Cyber Institute"));
}

TEST_CASE("each name of a list keeps the body in its own brackets", "[roles_z2]") {
  auto r = relations_of(
      "The jury includes Dr. Ana Lupu (University of Iasi), Col. Mihai Dorn (Romanian Cyber Command) and "
      "Dr. Ioana Stan (University of Cluj).");
  CHECK(has(r, "Ana Lupu affiliated_with University of Iasi"));
  CHECK(has(r, "Ioana Stan affiliated_with University of Cluj"));
  CHECK_FALSE(has(r, "Ana Lupu affiliated_with University of Cluj"));
  CHECK_FALSE(has(r, "Mihai Dorn affiliated_with University of Cluj"));
}

TEST_CASE("the head of a nation's delegation or team serves the nation", "[roles_z2]") {
  auto r = relations_of("General Luis Parra met the head of the Bolivian delegation, Colonel Rosa Mamani, on Monday.");
  CHECK(has(r, "Rosa Mamani affiliated_with Bolivia"));
  CHECK_FALSE(has(r, "Rosa Mamani leads Bolivia"));
  auto s = relations_of("The captain of Uruguay's team, Lieutenant Sofia Pereira, said the drill was hard.");
  CHECK(has(s, "Sofia Pereira affiliated_with Uruguay"));
}

TEST_CASE("a portfolio word that is also a body's head word stays in an office's portfolio", "[roles_z2]") {
  const std::string text =
      "SUVA, 3 March 2026 - Fiji hosted the Pacific cyber forum on Monday. "
      "It was opened by the Minister of Economy and Society, Mele Tupou.";
  CHECK_FALSE(has(entity_names(analyse(text)), "Economy and Society:Organisation"));
  CHECK(related(relations_of(text), "Mele Tupou", "Fiji"));
  // the head word after another title still names a body
  auto r = relations_of("The forum was opened by the Director of the Pacific Internet Society, Mele Tupou.");
  CHECK(has(r, "Mele Tupou leads Pacific Internet Society"));
}

TEST_CASE("a body's commissioner set off after a name heads the body", "[roles_z2]") {
  auto r = relations_of(
      "The Data Protection Authority (DPA) hosted the workshop. Elena Pappa, the DPA's commissioner, opened it.");
  CHECK(has(r, "Elena Pappa leads Data Protection Authority"));
}

TEST_CASE("a list whose first brackets hold an acronym does not share the last brackets", "[roles_z2]") {
  auto r = relations_of(
      "The National Cyber Directorate (NCD) sent experts. The jury includes Dr. Ana Lupu (NCD), "
      "Col. Mihai Dorn (Romanian Cyber Command) and Dr. Ioana Stan (University of Cluj).");
  CHECK(has(r, "Ioana Stan affiliated_with University of Cluj"));
  CHECK_FALSE(has(r, "Ana Lupu affiliated_with University of Cluj"));
  CHECK_FALSE(has(r, "Mihai Dorn affiliated_with University of Cluj"));
}

TEST_CASE("'its' after a body that reports 'that' stands for the body reported on", "[roles_z2]") {
  auto r = relations_of(
      "The Commission recalls that the Baltic Cyber Competence Centre, which is based in Riga, was set up in 2021. "
      "Its Executive Director, Ilze Berga, was appointed in February.");
  CHECK(has(r, "Ilze Berga leads Baltic Cyber Competence Centre"));
  CHECK_FALSE(related(r, "Ilze Berga", "Commission"));
}

TEST_CASE("a courtesy title with its article after a title's comma opens the person's name", "[roles_z2]") {
  auto r = relations_of("The memorandum was signed with Fiji's Minister for Defence, the Hon. Josaia Ratu, on Monday.");
  CHECK(has(r, "Josaia Ratu affiliated_with Fiji"));
}
