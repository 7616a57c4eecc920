// Session 34 (helper k1): relation cues moved from C++ into cues.json
// (succession_verbs, visiting_verbs, act_nouns, act_participles): a user's
// lexicon folder extends them.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "extract_fixtures.hpp"
#include "util/errors.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
std::shared_ptr<const Lexicon> lexicon_with(const std::string& name, const std::string& json) {
  auto dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "mine.json") << json;
  auto lex = load_lexicon(dir.string());
  std::filesystem::remove_all(dir);
  return lex;
}
}  // namespace

TEST_CASE("s34: a user's succession verb makes the predecessor lead the body", "[lexicon][s34-k1]") {
  const std::string text = "Nina Kos heads the Andean Signals Agency. In May, Nina Kos supplanted Colonel Pablo Ruiz.";
  const std::string led = "Pablo Ruiz leads Andean Signals Agency";
  CHECK_FALSE(has(relations_of(text, Date{2025, 6, 18}), led));
  auto lex = lexicon_with("newsgraph_s34_k1_succession", R"({"succession_verbs": ["supplanted"]})");
  CHECK(has(relations_of(text, Date{2025, 6, 18}, *lex), led));
  // the shipped verbs stay
  CHECK(has(relations_of("Nina Kos heads the Andean Signals Agency. In May, Nina Kos replaced Colonel Pablo Ruiz.",
                         Date{2025, 6, 18}, *lex),
            led));
}

TEST_CASE("s34: a user's visiting verb dates a meeting by the visit", "[lexicon][s34-k1]") {
  const std::string text =
      "Defence Minister Ana Ruiz inspected the naval base on Tuesday and met Foreign Minister Luis Vega.";
  const std::string dated = "Ana Ruiz met_with Luis Vega 2024-04-30";
  CHECK_FALSE(has(relations_of(text, Date{2024, 5, 2}), dated));
  auto lex = lexicon_with("newsgraph_s34_k1_visit", R"({"visiting_verbs": ["inspected"]})");
  CHECK(has(relations_of(text, Date{2024, 5, 2}, *lex), dated));
}

TEST_CASE("s34: act nouns and participles are read by relation and extended", "[lexicon][s34-k1]") {
  auto has_act = [](const auto& words, const std::string& w, EdgeType type) {
    return std::find(words.begin(), words.end(), std::pair{w, type}) != words.end();
  };
  const auto& shipped = *default_lexicon();
  CHECK(has_act(shipped.act_nouns, "signing", EdgeType::party_to));
  CHECK(has_act(shipped.act_nouns, "accession", EdgeType::member_of));
  CHECK(has_act(shipped.act_participles, "admitted", EdgeType::member_of));
  auto lex = lexicon_with("newsgraph_s34_k1_acts",
                          R"({"act_nouns": {"member_of": ["enlargement"]}, "act_participles": {"party_to": ["ratified"]}})");
  CHECK(has_act(lex->act_nouns, "enlargement", EdgeType::member_of));
  CHECK(has_act(lex->act_nouns, "signing", EdgeType::party_to));
  CHECK(has_act(lex->act_participles, "ratified", EdgeType::party_to));
  // a relation the graph does not know is refused by the schema
  CHECK_THROWS_AS(lexicon_with("newsgraph_s34_k1_bad", R"({"act_nouns": {"signs": ["signing"]}})"), InputError);
}
