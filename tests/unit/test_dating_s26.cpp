// temporal.json relative_words: a time that opens a sentence does not date a
// state told after a clause of its own ("In 2021, when ...").
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "extract_fixtures.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s26: a relative clause between an opening time and a state keeps the time off it", "[dating][s26]") {
  check_relation_rows({
      {"In 2021 Ingrid Solberg was seconded to the European Cybersecurity Competence Centre.",
       {"Ingrid Solberg affiliated_with European Cybersecurity Competence Centre 2021"},
       {}},
      {"In 2021, when Latvia hosted the drill, Ingrid Solberg was seconded to the European Cybersecurity Competence "
       "Centre.",
       {"Ingrid Solberg affiliated_with European Cybersecurity Competence Centre undated"},
       {}},
  });
}

TEST_CASE("s26: a lexicon folder adds a word that opens a clause of its own time", "[dating][lexicon][s26]") {
  const std::string text =
      "In 2021, after Latvia hosted the drill, Ingrid Solberg was seconded to the European Cybersecurity "
      "Competence Centre.";
  const std::string dated = "Ingrid Solberg affiliated_with European Cybersecurity Competence Centre 2021";
  CHECK(has(relations_of(text, Date{2025, 6, 18}), dated));

  auto dir = std::filesystem::temp_directory_path() / "newsgraph_relative_words_s26";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "time.json") << R"({"temporal": {"relative_words": ["after"]}})";
  auto lex = load_lexicon(dir.string());
  std::filesystem::remove_all(dir);
  auto extended = relations_of(text, Date{2025, 6, 18}, *lex);
  CHECK_FALSE(has(extended, dated));
  CHECK(has(extended, "Ingrid Solberg affiliated_with European Cybersecurity Competence Centre"));
}

// patterns.json headquarters_near: "has its secretariat/seat in" places a body like "has its headquarters in".
TEST_CASE("s26: a body's secretariat or seat places it", "[relate][located_in][s26]") {
  check_relation_rows({
      {"The Baltic Incident Response Association has its secretariat in Vilnius, Lithuania.",
       {"Baltic Incident Response Association located_in Vilnius", "Baltic Incident Response Association located_in Lithuania"},
       {}},
      {"The Global Forum on Cyber Expertise, which has its seat in The Hague, met on Monday.",
       {"Global Forum on Cyber Expertise located_in The Hague"},
       {}},
  });
}

// patterns.json extension_stops: "including" after a phrase of its own adds nothing to the last slot.
TEST_CASE("s26: 'including' after a prepositional phrase does not extend the last slot", "[relate][s26]") {
  check_relation_rows({
      {"Locked Shields was organised by the CCDCOE for 40 nations, including Latvia and Japan.",
       {"NATO Cooperative Cyber Defence Centre of Excellence organises Locked Shields"},
       {"Latvia organises Locked Shields", "Japan organises Locked Shields"}},
      {"The Harbour Shield exercise was held in Agadir with twenty countries, including Ghana.",
       {"Harbour Shield located_in Agadir"},
       {"Harbour Shield located_in Ghana"}},
      // an extender right after the slot still adds
      {"Latvia joined the Quartet Group, along with Estonia and Finland.",
       {"Latvia member_of Quartet Group", "Estonia member_of Quartet Group", "Finland member_of Quartet Group"},
       {}},
  });
}
