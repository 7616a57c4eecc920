// Session 29, r2: word lists moved from code into the lexicon data, each
// checked on sentences written for the test.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "lexicon/lexicon.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// temporal.json edition_words (those not counting forward) before a verb of
// occurrence tell of an earlier edition: its year is not the story's edition's.
TEST_CASE("s29-r2: every earlier-edition word of edition_words keeps its year off the story's edition",
          "[relate][dating][s29-r2]") {
  check_relation_rows({
      {"Teams from Ghana and Kenya took part in Exercise Amber Weir. Amber Weir is an annual drill; the preceding "
       "one, held in Malmo in 2022, drew fewer teams.",
       {"Ghana participates_in Amber Weir undated"},
       {"Ghana participates_in Amber Weir 2022"}},
      {"Teams from Ghana and Kenya took part in Exercise Amber Weir. Amber Weir is an annual drill; the previous "
       "one, held in Malmo in 2022, drew fewer teams.",
       {"Ghana participates_in Amber Weir undated"},
       {"Ghana participates_in Amber Weir 2022"}},
  });
}

// cues.json occasion_it_verbs, determiners, retired_marks and temporal.json
// finite_verbs: lists that were written in code, loaded with the lexicon.
TEST_CASE("s29-r2: the word lists moved out of code load from the shipped lexicon", "[lexicon][s29-r2]") {
  const Lexicon& lex = *default_lexicon();
  auto holds = [&](const std::vector<std::vector<std::string>>& phrases, std::string_view written) {
    return std::find(phrases.begin(), phrases.end(), lex.phrase_keys(written)) != phrases.end();
  };
  const OccasionItVerbs& it = lex.occasion_it_verbs;
  CHECK(holds(it.passive_auxiliary_words, "was"));
  CHECK(holds(it.organised_words, "co-chaired"));
  CHECK(holds(it.hosted_words, "staged"));
  CHECK(holds(it.gathering_words, "brought"));
  CHECK(holds(it.joined_words, "rejoined"));
  CHECK(lex.determiner_set.count("the") == 1);
  CHECK(lex.determiner_set.count("their") == 1);
  CHECK(lex.retired_mark_set.count("rtd") == 1);
  CHECK(lex.temporal.finite_verbs.count("has") == 1);
}

TEST_CASE("s29-r2: a lexicon folder extends the moved lists", "[lexicon][s29-r2]") {
  auto dir = std::filesystem::temp_directory_path() / "newsgraph_moved_lists_s29r2";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "more.json") << R"({"occasion_it_verbs": {"gathering": ["assembled"]}, "retired_marks": ["pensioned"],
      "determiners": ["this"], "temporal": {"finite_verbs": ["shall"]}})";
  auto lex = load_lexicon(dir.string());
  std::filesystem::remove_all(dir);
  const auto& gathering = lex->occasion_it_verbs.gathering_words;
  CHECK(std::find(gathering.begin(), gathering.end(), std::vector<std::string>{"assembled"}) != gathering.end());
  CHECK(std::find(gathering.begin(), gathering.end(), std::vector<std::string>{"brought"}) != gathering.end());
  CHECK(lex->retired_mark_set.count("pensioned") == 1);
  CHECK(lex->determiner_set.count("this") == 1);
  CHECK(lex->temporal.finite_verbs.count("shall") == 1);
}

TEST_CASE("s29-r2: the moved lists read as they did in code", "[relate][s29-r2]") {
  check_relation_rows({
      // occasion_it_verbs: "it" is the exercise when it is co-chaired, hosted or brings teams together
      {"The Harbour Cyber Agency announced Exercise Amber Weir in March. It was co-chaired by Ghana and Kenya.",
       {"Ghana organises Amber Weir", "Kenya organises Amber Weir"},
       {"Ghana organises Harbour Cyber Agency"}},
      {"The Harbour Cyber Agency planned Exercise Amber Weir. Ghana hosted it in May.",
       {"Ghana organises Amber Weir 2025-05"},
       {"Ghana organises Harbour Cyber Agency"}},
      {"The Harbour Cyber Agency planned Exercise Amber Weir. It brought together Ghana and Kenya.",
       {"Ghana participates_in Amber Weir", "Kenya participates_in Amber Weir"},
       {}},
      // retired_marks: the mark goes with the rank, the person follows
      {"The head of the Harbour Cyber Agency, Colonel (rtd) Kofi Mensah, met Kenya's minister.",
       {"Kofi Mensah leads Harbour Cyber Agency"},
       {}},
      // determiners: a verb of heading whose object names nothing serves the body named after it
      {"Kofi Mensah, who headed the technology branch at the Harbour Cyber Agency, spoke.",
       {"Kofi Mensah affiliated_with Harbour Cyber Agency"},
       {"Kofi Mensah leads Harbour Cyber Agency"}},
      // determiners: an apposition opened by one ("her employer since 2019") is cut from its clause
      {"The Harbour Cyber Agency, her employer since 2019, hosted Exercise Amber Weir.",
       {"Harbour Cyber Agency organises Amber Weir"},
       {}},
  });
}

// cues.json name_meeting_verbs and name_meeting_nouns (written in code by a1,
// moved by the lead): shipped, and a lexicon folder extends them.
TEST_CASE("s29-lead: the meeting words that make two unlisted names people load and extend", "[lexicon][s29-lead]") {
  const Lexicon& shipped = *default_lexicon();
  CHECK(shipped.name_meeting_verb_set.count("conferred") == 1);
  CHECK(shipped.name_meeting_noun_set.count("videoconference") == 1);
  CHECK(shipped.name_meeting_verb_set.count("visited") == 0);
  auto dir = std::filesystem::temp_directory_path() / "newsgraph_meeting_words_s29";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "more.json") << R"({"name_meeting_verbs": ["lunched"], "name_meeting_nouns": ["breakfast"]})";
  auto lex = load_lexicon(dir.string());
  std::filesystem::remove_all(dir);
  CHECK(lex->name_meeting_verb_set.count("lunched") == 1);
  CHECK(lex->name_meeting_verb_set.count("met") == 1);
  CHECK(lex->name_meeting_noun_set.count("breakfast") == 1);
}
