#include "segment/abbreviations.hpp"

#include <string>

#include "util/ascii.hpp"

namespace newsgraph {
namespace {

bool in(const WordSet& list, std::string_view word) {
  if (word.size() > 16) return false;
  std::string key(word);
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return list.count(key) > 0;
}
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The word that starts at `pos` (after quotes or brackets), letters only.
std::string_view next_word(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (is_space(text[pos]) || text[pos] == '"' || text[pos] == '(' || text[pos] == '\''))
    ++pos;
  std::size_t end = pos;
  while (end < text.size() && is_letter(text[end])) ++end;
  return text.substr(pos, end - pos);
}

}  // namespace

bool continues_after_abbreviation(std::string_view text, std::size_t start, std::size_t end, const SegmentWords& words) {
  std::size_t b = end;
  while (b > start && is_space(text[b - 1])) --b;
  // "Lieutenant General (Ret.) Hendra": a title's abbreviation closing a bracket
  bool bracketed = b > start && text[b - 1] == ')';
  if (bracketed) --b;
  if (b == start || text[b - 1] != '.') return false;
  std::size_t a = b - 1;  // the token before the dot: letters and inner dots ("U.S")
  while (a > start && (is_letter(text[a - 1]) || text[a - 1] == '.')) --a;
  std::string_view token = text.substr(a, b - 1 - a);
  if (token.empty()) return false;
  if (bracketed) return in(words.holding, token);
  std::string_view following = next_word(text, end);
  if (following.empty()) {
    // a digit after "Nov." or "No." keeps the sentence; other symbols do not
    std::size_t p = end;
    while (p < text.size() && is_space(text[p])) ++p;
    bool number_sign = equals_lowered(token, "no") || equals_lowered(token, "nos");
    return p < text.size() && text[p] >= '0' && text[p] <= '9' && (in(words.holding, token) || number_sign);
  }
  bool starter = in(words.starters, following);
  // "No. 9" and "Nos. 3" only before a number (handled above): "said no. The"
  if (equals_lowered(token, "no") || equals_lowered(token, "nos")) return false;
  if (in(words.holding, token)) return true;
  bool dotted = token.find('.') != std::string_view::npos;        // U.S, U.K, e.g, i.e
  bool initial = token.size() == 1 && token[0] >= 'A' && token[0] <= 'Z';  // "J. Smith"
  if (equals_lowered(token, "e.g") || equals_lowered(token, "i.e")) return true;
  if (dotted || initial || in(words.ending, token)) return !starter;
  return false;
}

}  // namespace newsgraph
