#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "segment/sentences.hpp"
#include "util/errors.hpp"

using namespace newsgraph;

namespace {
std::vector<std::string> sentences_of(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : segment_sentences(text)) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}
}  // namespace

TEST_CASE("sentences end at final punctuation", "[segment]") {
  auto s = sentences_of("Norway hosted the drill. Chile sent observers! Did Peru join? Nobody knows.");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "Norway hosted the drill.");
  CHECK(s[1] == "Chile sent observers!");
  CHECK(s[2] == "Did Peru join?");
  CHECK(s[3] == "Nobody knows.");
}

TEST_CASE("abbreviations do not end a sentence", "[segment]") {
  auto s = sentences_of(
      "On Dec. 4, 2021 the U.S. Space Command met Gen. Ana Ruiz and Col. Tom Berg in Oslo. "
      "Lt. Ravi Das and Dr. Mia Holm of Acme Corp. signed the plan with Prof. Lee. "
      "They met at St. Olaf, No. 9 Bridge Street, with J. K. Moss, vs. last year. Sept. 3 was quiet.");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "On Dec. 4, 2021 the U.S. Space Command met Gen. Ana Ruiz and Col. Tom Berg in Oslo.");
  CHECK(s[1] == "Lt. Ravi Das and Dr. Mia Holm of Acme Corp. signed the plan with Prof. Lee.");
  CHECK(s[3] == "Sept. 3 was quiet.");
}

TEST_CASE("an abbreviation that can end a sentence ends it before a sentence starter", "[segment]") {
  auto s = sentences_of("Troops flew to the U.S. The visit lasted a week. Talks were held at Vega Inc. It went well.");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "Troops flew to the U.S.");
  CHECK(s[2] == "Talks were held at Vega Inc.");
}

TEST_CASE("headlines and bylines without final punctuation are sentences", "[segment]") {
  std::string text =
      "Chile joins the Pacific drill for the first time\n\nBy Ana Lopez, The Harbour Post\n"
      "Mar. 4, 2024 9:00AM GMT-3\n\nChile will send ten sailors. They leave on Monday.\n";
  auto s = sentences_of(text);
  REQUIRE(s.size() == 5);
  CHECK(s[0] == "Chile joins the Pacific drill for the first time");
  CHECK(s[1] == "By Ana Lopez, The Harbour Post");
  CHECK(s[2] == "Mar. 4, 2024 9:00AM GMT-3");
  CHECK(s[3] == "Chile will send ten sailors.");
}

TEST_CASE("a hard-wrapped paragraph is joined across its line breaks", "[segment]") {
  std::string text =
      "The ministry said on Tuesday that the joint exercise with its\n"
      "northern neighbours would take place in the spring and that\n"
      "observers were welcome. A second round follows.\n";
  auto s = sentences_of(text);
  REQUIRE(s.size() == 2);
  CHECK(s[0].find("with its\nnorthern") != std::string::npos);
  CHECK(s[1] == "A second round follows.");
}

TEST_CASE("offsets are bytes of the text, trimmed, with multi-byte characters", "[segment]") {
  std::string text = "  \xE2\x80\x9CWe agree,\xE2\x80\x9D said M\xC3\xBCller. Then caf\xC3\xA9 time.  ";
  auto spans = segment_sentences(text);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].start == 2);
  CHECK(text.substr(spans[0].start, spans[0].end - spans[0].start) ==
        "\xE2\x80\x9CWe agree,\xE2\x80\x9D said M\xC3\xBCller.");
  CHECK(text.substr(spans[1].start, spans[1].end - spans[1].start) == "Then caf\xC3\xA9 time.");
}

TEST_CASE("empty, blank and invalid UTF-8 text", "[segment]") {
  CHECK(segment_sentences("").empty());
  CHECK(segment_sentences(" \n\n\t ").empty());
  std::string bad = "Bad \xFF byte here. Next one.";
  auto s = sentences_of(bad);
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "Next one.");
}

TEST_CASE("an absurdly long line is cut into bounded pieces", "[segment]") {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "word ";
  auto spans = segment_sentences(text);
  REQUIRE(spans.size() >= 2);
  for (const auto& s : spans) CHECK(s.end - s.start <= kMaxSentenceBytes);
  CHECK(spans.front().start == 0);
  CHECK(spans.back().end == text.size() - 1);
}

TEST_CASE("No. holds a sentence only before a number", "[segment]") {
  auto s = sentences_of("Unit No. 4 left. Asked about it, he said no. The talks ended.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Unit No. 4 left.");
  CHECK(s[1] == "Asked about it, he said no.");
}

TEST_CASE("quotes and parentheses around sentence ends", "[segment]") {
  auto s = sentences_of("\"We will join,\" Gen. Ruiz said. \"It is done.\" (The vote was 9-2.) Peru agreed.");
  REQUIRE(s.size() == 4);
  CHECK(s[0] == "\"We will join,\" Gen. Ruiz said.");
  CHECK(s[1] == "\"It is done.\"");
  CHECK(s[2] == "(The vote was 9-2.)");
}

TEST_CASE("segmentation gives the same sentences on several threads at once", "[segment]") {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "Gen. Ana Ruiz met the U.S. Navy on Nov. " + std::to_string(i % 28 + 1) + ". It went well.\n";
  const auto expected = segment_sentences(text);
  REQUIRE(expected.size() == 400);
  std::vector<std::vector<Sentence>> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results) threads.emplace_back([&text, &r] { r = segment_sentences(text); });
  for (auto& t : threads) t.join();
  for (const auto& r : results) {
    REQUIRE(r.size() == expected.size());
    for (std::size_t i = 0; i < r.size(); ++i) CHECK((r[i].start == expected[i].start && r[i].end == expected[i].end));
  }
}

TEST_CASE("abbreviations are lexicon data a user can extend", "[segment]") {
  std::string text = "The unit of Cdt. Ruiz left. Gen. Ortiz stayed.";
  auto count = [&](const SegmentWords& words) { return segment_sentences(text, words).size(); };
  CHECK(count(default_segment_words()) == 3);  // "Cdt." is not a shipped abbreviation
  Lexicon lex = *default_lexicon();
  add_lexicon_json(lex, R"({"segmentation": {"holding_abbreviations": ["Cdt."]}})", "mine.json");
  lex.index();
  CHECK(count(lex.segmentation) == 2);
  CHECK_THROWS_AS(add_lexicon_json(lex, R"({"segmentation": {"holding": ["Cdt."]}})", "bad.json"), InputError);
  CHECK_THROWS_AS(add_lexicon_json(lex, R"({"temporal": {"months": "May"}})", "bad.json"), InputError);
}
