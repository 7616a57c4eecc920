// The matcher's word index (temporal/word_index.hpp): one look-up per word
// answers every list the parsers ask about, and follows the lists it was
// built from.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "temporal/time_expressions.hpp"
#include "temporal/word_index.hpp"
#include "temporal/words.hpp"

using namespace newsgraph;

namespace {
const Date kPublished{2025, 6, 12};  // a Thursday

// Each expression found as "text|date|until".
std::vector<std::string> found(const std::string& s, const TemporalWords& words) {
  std::vector<std::string> out;
  for (const auto& e : find_time_expressions(s, kPublished, words))
    out.push_back(s.substr(e.start, e.end - e.start) + "|" + (e.date ? e.date->iso() : "none") + "|" +
                  (e.until ? e.until->iso() : "none"));
  return out;
}
}  // namespace

TEST_CASE("the word index holds each word's lists and values", "[temporal]") {
  const TemporalWords& words = default_temporal_words();
  REQUIRE(words.word_index);
  const temporal::WordIndex& index = *words.word_index;
  struct Row {
    const char* word;
    std::uint32_t flags;  // that must all be set
    int month;
  };
  const Row rows[] = {
      {"August", temporal::kMonth | temporal::kTrigger, 8},
      {"SEPT", temporal::kMonth | temporal::kShortMonth, 9},
      {"since", temporal::kSince | temporal::kTrigger, 0},
      {"between", temporal::kBetween, 0},
  };
  for (const Row& row : rows) {
    CAPTURE(row.word);
    const temporal::WordInfo* info = index.find(row.word);
    REQUIRE(info);
    CHECK((info->flags & row.flags) == row.flags);
    if (row.month) CHECK(info->month == row.month);
  }
  const temporal::WordInfo* weeks = index.find("Weeks");
  REQUIRE(weeks);
  CHECK(weeks->unit == "week");
  CHECK(index.find("harbour") == nullptr);
  CHECK(index.find("septemberseptember") == nullptr);  // longer than any list reads
}

TEST_CASE("un-indexed words find what indexed ones find", "[temporal]") {
  TemporalWords plain = default_temporal_words();
  plain.word_index.reset();  // as a caller that never called index()
  const std::string rows[] = {
      "The drill ran from 3 to 7 March and again last Tuesday.",
      "Talks began two weeks ago and resume next month, since August 2024.",
      "Output fell in the second half of 2024 and in Q1 2025.",
  };
  for (const std::string& row : rows) {
    CAPTURE(row);
    auto expected = found(row, default_temporal_words());
    CHECK_FALSE(expected.empty());
    CHECK(found(row, plain) == expected);
  }
}

TEST_CASE("index() follows an edited list", "[temporal]") {
  TemporalWords words = default_temporal_words();
  CHECK(found("The pact was signed three years ago.", words) ==
        std::vector<std::string>{"three years ago|2022|none"});
  words.ago_words.erase("ago");
  words.index();
  CHECK(found("The pact was signed three years ago.", words).empty());
  CHECK(default_temporal_words().word_index->find("ago"));  // the shared index is not changed
}
