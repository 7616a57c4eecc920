// All the matcher asks of one word, from one look-up: which of the
// TemporalWords lists hold it, and its values there. Built by
// TemporalWords::index(); internal to temporal/. One sentence's word is
// asked about by several parsers ("May": month? weekday? shift word?
// season? number word?), which looked it up in each list every time.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "util/flat_word_table.hpp"

namespace newsgraph {
struct TemporalWords;

namespace temporal {

// Which lists hold a word: one bit each.
enum WordFlag : std::uint32_t {
  kTrigger = 1u << 0,
  kDateCue = 1u << 1,
  kSince = 1u << 2,
  kUntil = 1u << 3,
  kFrom = 1u << 4,
  kBetween = 1u << 5,
  kSpanLink = 1u << 6,
  kAndLink = 1u << 7,
  kModifier = 1u << 8,
  kAgo = 1u << 9,
  kNumberedNoun = 1u << 10,
  kQuarterPrefix = 1u << 11,
  kFutureCue = 1u << 12,
  kMonth = 1u << 13,
  kShortMonth = 1u << 14,
  kWeekday = 1u << 15,
  kShortWeekday = 1u << 16,
  kShift = 1u << 17,
  kDayWord = 1u << 18,
  kNumberWord = 1u << 19,
  kOrdinal = 1u << 20,
  kPeriod = 1u << 21,
  kUnit = 1u << 22,
  kSeason = 1u << 23,
};

struct WordInfo {
  std::uint32_t flags = 0;
  // The values of the maps that hold the word (meaningful with its flag).
  int month = 0, weekday = 0, shift = 0, day_word = 0, number = 0, ordinal = 0, period = 0;
  std::string unit;                // "years" -> "year"
  std::pair<int, int> season{};    // first and last month
};

struct WordIndex {
  WordMap<WordInfo> words;  // keys as in the lists: lower case

  // The entry of `word` (any case, at most 16 bytes as the lists are read), or null.
  const WordInfo* find(std::string_view word) const;
};

// The index of the lists of `w` (its `triggers` already built).
WordIndex build_word_index(const TemporalWords& w);

}  // namespace temporal
}  // namespace newsgraph
