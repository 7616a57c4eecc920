// ASCII case folding shared by the stages that compare a token with a word
// list already in lower case: no copy, no locale (the "C" classes only), so
// it is safe on any bytes, UTF-8 included (non-ASCII bytes compare as-is).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph {

constexpr char ascii_lowered(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// A copy of `s` in lower case, for keys of word lists kept in lower case.
inline std::string ascii_lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lowered(c);
  return out;
}

// `word` in lower case equals `lower` (itself lower case).
constexpr bool equals_lowered(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (ascii_lowered(word[i]) != lower[i]) return false;
  return true;
}

}  // namespace newsgraph
