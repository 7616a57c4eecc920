// The words time expressions are made of, as data: month and weekday names,
// the cues before a bare year, relative and span words. Filled from the
// "temporal" section of src/lexicon/data/temporal.json (and of a user's
// --lexicon files, schema schemas/lexicon.schema.json); keys are lower case.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "util/flat_word_table.hpp"

namespace newsgraph {
namespace temporal {
struct WordIndex;  // temporal/word_index.hpp
}

struct TemporalWords {
  WordMap<int> months;        // "january", "jan", "sept" -> 1..12
  WordSet short_months;       // the abbreviated forms among them
  WordMap<int> weekdays;      // "monday", "mon" -> 0..6
  WordSet short_weekdays;     // "mon": only before a written date
  WordSet date_cues;          // "in", "since": a bare year after them is a date
  WordSet since_words, until_words, from_words, between_words;
  WordSet since_event_openers;  // "its": "since its founding in 1992" is since 1992
  WordSet since_event_links;    // "in": the word before the date of that event
  WordSet span_links;         // "to", "until": "from X to Y"
  WordSet and_links;          // "and": "between X and Y"
  WordMap<int> shift_words;   // "last" -1, "this" 0, "next" 1
  WordSet modifiers;          // "earlier", "late": "earlier this year"
  WordMap<int> day_words;     // "yesterday" -1, "today" 0
  WordMap<int> number_words;  // "two" 2
  WordMap<std::string> units;  // "years" -> "year" (year, month, week, day)
  WordSet ago_words;           // "ago"
  WordSet numbered_nouns;      // "Resolution 1973": a number, not a year
  WordMap<std::pair<int, int>> seasons;  // "summer" -> first and last month
  WordMap<int> ordinal_words;  // "first" 1: "the first half of 2023"
  WordMap<int> periods;        // "quarter" 3, "half" 6 (months)
  WordSet quarter_prefixes;    // "Q": "Q3 2023"
  WordSet half_prefixes;       // "H": "H2 2023"
  WordSet future_cues;         // "will": a weekday ahead, not behind
  // Words the relation stage dates clauses by (src/relate/dating.cpp):
  WordSet saying_words;        // "said": "..., the navy said on Friday" dates the saying
  WordSet clause_openers;      // "which", "founded": a later date belongs to another fact
  WordSet clause_conjunctions; // "and" after a comma starts another clause
  WordSet contrast_conjunctions; // ", while": a time before does not date the clause after
  WordSet relative_words;      // "which", "when": a clause inside another, of its own time
  WordSet other_time_words;    // "previously", "will": no date is inherited
  WordMap<int> sequence_words; // "next" 1, "previous" -1: "the next day"
  WordSet occurrence_verbs;    // "held", "took place": the event's own date
  WordSet finite_verbs;        // "is", "has", "will": a verb of a clause's own
  WordSet past_tense_words;    // irregular past forms ("took", "met"): a past clause
  WordSet office_phrases;      // "took office": its date dates the post taken
  WordSet occasion_phrases;    // "on the sidelines": a fact at the story's event, of its date
  WordSet told_occasion_phrases; // "after the visit": a fact at the occasion the sentence before told, of its day
  WordSet continuation_words;  // "also": "The two ministers also signed X" goes on at the day the sentence before gave
  WordSet meeting_verbs;       // "met": "officials met on Tuesday for the fourth X meeting" tells the meeting's day
  WordSet date_field_labels;   // "date and time": a readout's "Date: June 16" field dates the story's occasion
  WordSet first_day_phrases;   // "on the opening day": a fact on the first day of the event told of last
  WordSet closing_phrases;     // "closed with": "the summit closed with the X Declaration" dates X by the summit's last day
  WordSet closing_verbs;       // "concluded": an event's verb that tells its last day, not its first
  WordSet object_openers;      // "the", "its": after "the day before", the start of what "before" governs
  WordSet appointing_verbs;    // "appointed": "X appointed Y as director on Monday" dates Y's post
  WordSet day_parts;           // "evening": "the evening before" is a day before
  WordSet agreement_nouns;     // "memorandum": "will cooperate under a memorandum signed on Monday" dates the cooperation
  WordSet event_nouns;         // "exercise": "The exercise began on Monday" dates the event named before
  WordSet edition_words;       // "first", "next": "the first X was held in 2024" is another edition's year
  WordSet meeting_words;       // "received": a sentence with one tells the meeting "following the meeting" speaks of
  WordSet effective_phrases;   // "effective", "with effect from": the day after one is the day a post is taken up
  WordSet creation_words;      // "established", "founding": "X was established in 2022 and is part of Y" dates the part_of
  WordSet joining_words;       // "joined", "co founded": "the Pacific Alliance, which it co-founded in 2011" dates the membership
  WordSet pair_nouns;          // "ministers": "The ministers then signed X" goes on with the pair who met
  WordMap<int> lede_word_groups; // word -> its group: "drill" and "exercise" speak of one occasion (EventDates)
  WordSet triggers;            // built by index(): words that may start an expression
  // By index(), of the triggers: entry n of `trigger_shapes` (63: longer)
  // has bit c - 'a' for each trigger of n bytes with first letter c (26: any
  // other first byte). A word with a length and first letter no trigger has
  // is no trigger: most words are told so without hashing them.
  std::array<std::uint32_t, 64> trigger_shapes{};
  // The same by last letter: both must hold ("that" has the length and first
  // letter of "this", not its last letter), so fewer words are hashed.
  std::array<std::uint32_t, 64> trigger_ends{};
  bool may_be_trigger(std::string_view word) const;
  // By index(), of the lists above: what the matcher asks of a word, in one
  // look-up (shared by copies; index() makes a new one).
  std::shared_ptr<const temporal::WordIndex> word_index;

  // 1..12, or 0; `abbreviated` tells a short form ("Nov").
  int month_of(std::string_view word, bool* abbreviated = nullptr) const;
  // 0 = Monday ... 6 = Sunday, or -1; `abbreviated` tells a short form ("Thu").
  int weekday_of(std::string_view word, bool* abbreviated = nullptr) const;
  // Rebuilds `triggers` and `word_index` from the lists; call after editing them.
  void index();
};

// The shipped words (those of the default lexicon).
const TemporalWords& default_temporal_words();

// ASCII lower case of a word.
std::string lower_word(std::string_view word);

// ASCII lower case of a word of at most 16 bytes, in `buffer` (no allocation:
// the matcher looks words up this way many times per sentence).
inline std::string_view lower_word(std::string_view word, char (&buffer)[16]) {
  std::size_t n = word.size() < 16 ? word.size() : 16;
  for (std::size_t i = 0; i < n; ++i) {
    char c = word[i];
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return {buffer, n};
}

}  // namespace newsgraph
