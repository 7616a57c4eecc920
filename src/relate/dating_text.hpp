// Word searches in a sentence padded with spaces, shared by the dating files
// (dating.cpp, event_dates.cpp); internal to src/relate.
#pragma once
#include <string>
#include <string_view>

#include "relate/dating.hpp"

namespace newsgraph::detail::dating_text {

// Where `w` stands as a whole word (a space on each side) in `padded`, or npos.
// No allocation: this runs for every match and sentence.
inline std::size_t find_word(std::string_view padded, std::string_view w, std::size_t from = 0) {
  if (w.empty()) return std::string_view::npos;
  for (std::size_t at = padded.find(w, from); at != std::string_view::npos; at = padded.find(w, at + 1))
    if (at > 0 && padded[at - 1] == ' ' && at + w.size() < padded.size() && padded[at + w.size()] == ' ') return at;
  return std::string_view::npos;
}

// The text with a space before and after it, in one allocation (`" " +
// std::string(text) + " "` makes three; this runs for every dated match).
inline std::string spaced(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out.push_back(' ');
  out.append(text);
  out.push_back(' ');
  return out;
}

// Whether `w` is one word (no space): has_word() of it is then a whole run of
// non-space bytes of the padded text, found by one pass over the runs.
// "has", "have", "had": the auxiliary of a perfect ("have cooperated since 2019").
inline bool perfect_auxiliary(std::string_view w) { return w == "has" || w == "have" || w == "had"; }

// Whether `rest` (the text after a time) goes on with a capitalised word: a name opening a clause
// ("in the following spring Bolivia joined", "a year later, Peru joined").
inline bool opens_named_clause(std::string_view rest) {
  if (rest.starts_with(",")) rest.remove_prefix(1);
  return rest.size() > 1 && rest[0] == ' ' && rest[1] >= 'A' && rest[1] <= 'Z';
}

inline bool one_word(std::string_view w) { return !w.empty() && w.find(' ') == std::string_view::npos; }

// Calls found(run, at) for each run of non-space bytes of `padded` (a space
// before and after each, as find_word() asks) until it returns true.
template <class Found>
bool any_run(std::string_view padded, Found found) {
  for (std::size_t i = 0; i < padded.size();) {
    if (padded[i] == ' ') {
      ++i;
      continue;
    }
    std::size_t j = padded.find(' ', i);
    if (j == std::string_view::npos) return false;  // the last run has no space after it
    if (i > 0 && found(padded.substr(i, j - i), i)) return true;
    i = j;
  }
  return false;
}


inline bool has_point(const TimeExpression& x) { return x.date && (x.role == TimeRole::Point || x.role == TimeRole::Span); }

// " word " anywhere in the padded lower-case sentence.
inline bool has_word(std::string_view padded, std::string_view word) { return find_word(padded, word) != std::string::npos; }

inline std::string padded_lower(std::string_view sentence) {
  std::string s(sentence.size() + 2, ' ');
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    char c = sentence[i];
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
    if (letter) s[i + 1] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return s;
}

// "X is part of Y and has been led since May by Z": "and" and a finite verb in `between` start the
// subject's other predicate, whose time is not the first's (fact_words.cpp).
bool second_predicate(std::string_view between, const TemporalWords& words);

// ", and the NCSC": words between an earlier time and the matched words that open another
// clause with ", and" (temporal.json clause_conjunctions after a comma). (fact_words.cpp)
bool joined_clause_between(std::string_view sentence, std::size_t from, std::size_t to, const TemporalWords& words);

// "..., as we have done since 2024": a since-time after `to` told by a perfect of its own. (fact_words.cpp)
bool perfect_since_after(std::string_view sentence, std::size_t to, const TimeExpression& x);

}  // namespace newsgraph::detail::dating_text
