#include "temporal/tokens.hpp"

#include <array>

namespace newsgraph::temporal {

namespace {
constexpr bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

// d.m.yyyy or dd.mm.yyyy at `i`, not followed by another digit.
bool dotted_date(std::string_view text, std::size_t i) {
  auto digits = [&](std::size_t& p, std::size_t lo, std::size_t hi) {
    std::size_t n = 0;
    while (p < text.size() && is_digit(text[p])) ++p, ++n;
    return n >= lo && n <= hi;
  };
  std::size_t p = i;
  if (!digits(p, 1, 2) || p >= text.size() || text[p] != '.') return false;
  ++p;
  if (!digits(p, 1, 2) || p >= text.size() || text[p] != '.') return false;
  ++p;
  return digits(p, 4, 4);
}

// Digits, with "1,000" groups, decimals and ordinal suffixes kept in one token.
Token number_token(std::string_view text, std::size_t i) {
  Token t;
  t.kind = TokenKind::Number;
  t.start = i;
  while (i < text.size() && is_digit(text[i])) {
    if (t.value < 100000) t.value = t.value * 10 + (text[i] - '0');
    ++t.digits;
    ++i;
  }
  bool grouped = false;
  bool inside = t.start >= 2 && text[t.start - 1] == '.' && is_digit(text[t.start - 2]);
  if (dotted_date(text, t.start) || (inside && dotted_date(text, t.start - 2 - (t.start >= 3 && is_digit(text[t.start - 3]))))) {
    // "17.07.2023": three numbers, not a decimal
    t.end = i;
    return t;
  }
  while (i + 1 < text.size() && (text[i] == ',' || text[i] == '.') && is_digit(text[i + 1])) {
    // "1,000" or "2.5": a quantity, never a date part ("27, 2023" has a space)
    grouped = true;
    ++i;
    while (i < text.size() && is_digit(text[i])) ++i;
  }
  if (grouped) t.value = -1;
  std::size_t letters = i;
  while (letters < text.size() && is_alpha(text[letters])) ++letters;
  if (letters > i) {
    std::string_view suffix = text.substr(i, letters - i);
    if (equals_lowered(suffix, "st") || equals_lowered(suffix, "nd") || equals_lowered(suffix, "rd") || equals_lowered(suffix, "th"))
      t.ordinal = true;
    else
      t.value = -1;  // "8PM", "5G": not a day
    i = letters;
  }
  t.end = i;
  return t;
}


// The class of each byte, as a table: one load per byte in the word loop,
// which every sentence's every byte goes through.
enum ByteClass : unsigned char { kOther, kSpace, kAlpha, kDigit };
constexpr std::array<unsigned char, 256> kClasses = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    char ch = static_cast<char>(c);
    t[static_cast<std::size_t>(c)] = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' ? kSpace
                                     : is_alpha(ch)                                    ? kAlpha
                                     : is_digit(ch)                                    ? kDigit
                                                                                       : kOther;
  }
  return t;
}();
unsigned char class_of(char c) { return kClasses[static_cast<unsigned char>(c)]; }
}  // namespace

void tokenize(std::string_view text, std::vector<Token>& out) {
  out.clear();
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    unsigned char kind = class_of(text[i]);
    if (kind == kSpace) {
      ++i;
    } else if (kind == kAlpha) {
      Token t{i, i, TokenKind::Word};
      while (i < text.size() && class_of(text[i]) == kAlpha) ++i;
      t.end = i;
      out.push_back(t);
    } else if (kind == kDigit) {
      out.push_back(number_token(text, i));
      i = out.back().end;
    } else {
      std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      if (i + len > text.size()) len = text.size() - i;
      out.push_back({i, i + len, TokenKind::Punct});
      i += len;
    }
  }
}

}  // namespace newsgraph::temporal
