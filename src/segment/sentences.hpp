// Sentence segmentation.
//
// Takes: a document's text. Gives: its sentences as byte spans of that
// text, in order, without leading or trailing white space. Abbreviations
// ("Nov.", "U.S.", "Gen.", "Col.", "Dr.", initials) do not end a sentence;
// headlines and bylines separated by blank lines are sentences of their own.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace newsgraph {

struct Sentence {
  std::size_t start = 0;  // byte offset in the text
  std::size_t end = 0;    // one past the last byte
};

std::vector<Sentence> segment_sentences(std::string_view text);

}  // namespace newsgraph
