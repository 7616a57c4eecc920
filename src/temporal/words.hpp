// The words time expressions are made of, as data: month and weekday names,
// the cues before a bare year, relative and span words. Filled from the
// "temporal" section of src/lexicon/data/temporal.json (and of a user's
// --lexicon files, schema schemas/lexicon.schema.json); keys are lower case.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace newsgraph {

struct TemporalWords {
  std::unordered_map<std::string, int> months;        // "january", "jan", "sept" -> 1..12
  std::unordered_set<std::string> short_months;       // the abbreviated forms among them
  std::unordered_map<std::string, int> weekdays;      // "monday", "mon" -> 0..6
  std::unordered_set<std::string> short_weekdays;     // "mon": only before a written date
  std::unordered_set<std::string> date_cues;          // "in", "since": a bare year after them is a date
  std::unordered_set<std::string> since_words, until_words, from_words, between_words;
  std::unordered_set<std::string> span_links;         // "to", "until": "from X to Y"
  std::unordered_set<std::string> and_links;          // "and": "between X and Y"
  std::unordered_map<std::string, int> shift_words;   // "last" -1, "this" 0, "next" 1
  std::unordered_set<std::string> modifiers;          // "earlier", "late": "earlier this year"
  std::unordered_map<std::string, int> day_words;     // "yesterday" -1, "today" 0
  std::unordered_map<std::string, int> number_words;  // "two" 2
  std::unordered_map<std::string, std::string> units;  // "years" -> "year" (year, month, week, day)
  std::unordered_set<std::string> ago_words;           // "ago"
  std::unordered_set<std::string> numbered_nouns;      // "Resolution 1973": a number, not a year
  std::unordered_map<std::string, std::pair<int, int>> seasons;  // "summer" -> first and last month
  std::unordered_map<std::string, int> ordinal_words;  // "first" 1: "the first half of 2023"
  std::unordered_map<std::string, int> periods;        // "quarter" 3, "half" 6 (months)
  std::unordered_set<std::string> quarter_prefixes;    // "Q": "Q3 2023"
  std::unordered_set<std::string> future_cues;         // "will": a weekday ahead, not behind
  // Words the relation stage dates clauses by (src/relate/dating.cpp):
  std::unordered_set<std::string> saying_words;        // "said": "..., the navy said on Friday" dates the saying
  std::unordered_set<std::string> clause_openers;      // "which", "founded": a later date belongs to another fact
  std::unordered_set<std::string> clause_conjunctions; // "and" after a comma starts another clause
  std::unordered_set<std::string> other_time_words;    // "previously", "will": no date is inherited
  std::unordered_map<std::string, int> sequence_words; // "next" 1, "previous" -1: "the next day"
  std::unordered_set<std::string> occurrence_verbs;    // "held", "took place": the event's own date
  std::unordered_set<std::string> past_tense_words;    // irregular past forms ("took", "met"): a past clause
  std::unordered_set<std::string> triggers;            // built by index(): words that may start an expression
  // By index(), of the triggers: entry n of `trigger_shapes` (63: longer)
  // has bit c - 'a' for each trigger of n bytes with first letter c (26: any
  // other first byte). A word with a length and first letter no trigger has
  // is no trigger: most words are told so without hashing them.
  std::array<std::uint32_t, 64> trigger_shapes{};
  bool may_be_trigger(std::string_view word) const;

  // 1..12, or 0; `abbreviated` tells a short form ("Nov").
  int month_of(std::string_view word, bool* abbreviated = nullptr) const;
  // 0 = Monday ... 6 = Sunday, or -1; `abbreviated` tells a short form ("Thu").
  int weekday_of(std::string_view word, bool* abbreviated = nullptr) const;
  // Rebuilds `triggers` from the lists; call after editing them.
  void index();
};

// The shipped words (those of the default lexicon).
const TemporalWords& default_temporal_words();

// ASCII lower case of a word.
std::string lower_word(std::string_view word);

}  // namespace newsgraph
