// A small tokenizer for time expressions: words, numbers and punctuation
// with their byte spans. Internal to temporal/.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "util/ascii.hpp"

namespace newsgraph::temporal {

enum class TokenKind { Word, Number, Punct };

struct Token {
  std::size_t start = 0, end = 0;
  TokenKind kind = TokenKind::Punct;
  int value = 0;         // Number: its value (capped), -1 when grouped ("1,000") or decimal
  int digits = 0;        // Number: count of digits
  bool ordinal = false;  // Number: "27th", "1st"
  std::string_view text(std::string_view all) const { return all.substr(start, end - start); }
};


// Replaces the contents of `out` (its capacity is reused).
void tokenize(std::string_view text, std::vector<Token>& out);

}  // namespace newsgraph::temporal
