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

// `s` is not empty and every byte of it an ASCII capital letter ("GCSB", "TAKEDA").
constexpr bool ascii_capitals(std::string_view s) {
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return !s.empty();
}

// "2024": a year of this or the last century written in four digits.
constexpr bool four_digit_year(std::string_view w) {
  if (w.size() != 4 || !(w.starts_with("19") || w.starts_with("20"))) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

// `word` in lower case equals `lower` (itself lower case).
constexpr bool equals_lowered(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (ascii_lowered(word[i]) != lower[i]) return false;
  return true;
}

// Calls f(part) for each part of `s` separated by `sep`, as std::getline reads
// them (empty parts between separators kept, none after a final one); for
// data files read once per process, without a stream per string.
template <class F>
void for_each_part(std::string_view s, char sep, F&& f) {
  while (!s.empty()) {
    std::size_t at = s.find(sep);
    f(s.substr(0, at));
    if (at == std::string_view::npos) break;
    s.remove_prefix(at + 1);
  }
}

// Calls f(word) for each run of non-space characters of `s` (as `stream >> word`).
template <class F>
void for_each_word(std::string_view s, F&& f) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && space(s[i])) ++i;
    std::size_t start = i;
    while (i < s.size() && !space(s[i])) ++i;
    if (i > start) f(s.substr(start, i - start));
  }
}

}  // namespace newsgraph
