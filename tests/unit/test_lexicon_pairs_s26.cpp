// patterns.json pair_nouns: what "the two X" and "both X" stand for is data a
// user's lexicon extends.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using newsgraph::testing::has;
using newsgraph::testing::relations_of;

TEST_CASE("pair nouns: the shipped nouns stand for the last two nations", "[lexicon][pairs][s26]") {
  const auto& pairs = default_lexicon()->pair_nouns;
  CHECK(pairs.nation_set.count("countries"));
  CHECK(pairs.people_set.count("ministers"));
  CHECK(pairs.any_set.count("drills"));
  auto shipped = relations_of("Estonia and Latvia signed the pact in May. Both countries joined the Quartet Group in 2004.");
  CHECK(has(shipped, "Estonia member_of Quartet Group 2004"));
  CHECK(has(shipped, "Latvia member_of Quartet Group 2004"));
}

TEST_CASE("pair nouns: a lexicon folder adds a noun for the two people who met", "[lexicon][pairs][s26]") {
  const std::string text =
      "Estonian Defence Minister Ann Berg met Latvian Foreign Minister Juhan Tamm in Riga on Monday. "
      "The diplomats signed the Baltic Cyber Accord.";
  auto shipped = relations_of(text);
  CHECK(has(shipped, "Ann Berg met_with Juhan Tamm"));
  CHECK_FALSE(has(shipped, "Latvia party_to Baltic Cyber Accord"));

  auto dir = std::filesystem::temp_directory_path() / "newsgraph_pair_nouns_s26";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "pairs.json") << R"({"patterns": [], "pair_nouns": {"people": ["diplomats"]}})";
  auto lex = load_lexicon(dir.string());
  std::filesystem::remove_all(dir);
  CHECK(lex->pair_nouns.people_set.count("ministers"));  // the shipped nouns stay
  auto extended = relations_of(text, std::nullopt, *lex);
  CHECK(has(extended, "Estonia party_to Baltic Cyber Accord"));
  CHECK(has(extended, "Latvia party_to Baltic Cyber Accord"));
}
