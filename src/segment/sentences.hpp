// Sentence segmentation.
//
// Takes: a document's text. Gives: its sentences as byte spans of that
// text, in order, without leading or trailing white space. Abbreviations
// ("Nov.", "U.S.", "Gen.", "Col.", "Dr.", initials) do not end a sentence;
// headlines and bylines separated by blank lines are sentences of their own.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "util/flat_word_table.hpp"

namespace newsgraph {

// Longer runs without a sentence end (a 50 MB line) are cut at white space
// near this length so that later stages stay linear.
inline constexpr std::size_t kMaxSentenceBytes = 4096;

struct Sentence {
  std::size_t start = 0;  // byte offset in the text
  std::size_t end = 0;    // one past the last byte
};

// Abbreviations and sentence starters, lower case without the dot (the
// "segmentation" section of src/lexicon/data/temporal.json and of --lexicon files).
struct SegmentWords {
  WordSet holding;   // never end a sentence: "nov", "gen", "st"
  WordSet ending;    // may end one: "inc", "jr" (hold it before a non-starter)
  WordSet starters;  // capitalised words that usually start a sentence
};

// The shipped words (those of the default lexicon).
const SegmentWords& default_segment_words();

// Uses ICU's English sentence rules (one iterator per thread) with the
// corrections of abbreviations.hpp. A newline ends a sentence unless it lies
// inside a hard-wrapped paragraph (lines of similar length, 40 bytes or more).
// Invalid UTF-8 is tolerated (treated as U+FFFD).
std::vector<Sentence> segment_sentences(std::string_view text, const SegmentWords& words = default_segment_words());

}  // namespace newsgraph
