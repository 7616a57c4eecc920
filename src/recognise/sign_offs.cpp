// Pass 1 of recognition, a letter's or a notice's sign-off: the writer's name in capitals on a
// line of its own, closed by a comma, then the role or the address on the next lines
// ("KIPCHUMBA ARAP SEREM,\nPrincipal Secretary, ...", "Dr FIACHRA Ó LAOGHAIRE,\nSchool of ...").
#include <algorithm>
#include <cctype>

#include "recognise/recogniser.hpp"

namespace newsgraph::detail {
namespace {

// A title or a retired officer's mark in brackets before the name ("Dr", "COMDT (RETD)"): its tokens.
std::size_t title_tokens(const std::vector<Token>& toks, std::size_t k, const Lexicon& lex) {
  std::size_t n = 0;
  while (k + n < toks.size()) {
    const Token& t = toks[k + n];
    bool title = t.word && (lex.title_relation.count(t.key) || lex.title_only_set.count(t.key));
    bool mark = t.key == "(" || t.key == ")" || t.key == "." || (t.word && lex.retired_mark_set.count(t.key));
    if (!title && !(mark && n > 0)) break;
    ++n;
  }
  return n;
}

}  // namespace

std::size_t line_break_after(std::string_view text, std::size_t from) {
  for (std::size_t p = from; p < text.size(); ++p) {
    if (text[p] == '\n') return p;
    if (text[p] != ' ' && text[p] != '\t' && text[p] != '\r') return std::string_view::npos;
  }
  return std::string_view::npos;
}

// The name of a sign-off is a person's name written in capitals, not an acronym: its words
// (and the title before them) are softened to plain capitalised words. Two to five words the
// gazetteer does not know, the line opening with them (after a title) and ending at their comma.
void soften_sign_off_name(std::vector<Token>& toks, std::string_view text, const Lexicon& lex) {
  constexpr std::size_t kMinWords = 2, kMaxWords = 5;
  auto name_word = [&](const Token& t) {
    bool initial = t.text.size() <= 2 && t.capital;  // "Ó"
    return t.word && (t.all_caps || initial) && !lex.gazetteer.count(t.key) &&
           !std::isdigit(static_cast<unsigned char>(t.text[0]));
  };
  // (the segmenter may join the sign-off to the line before it: "Dated the 17th November, 2026.\nA B,")
  for (std::size_t from = 0; from + kMinWords < toks.size(); ++from) {
    if (toks[from].start > 0 && text[toks[from].start - 1] != '\n') continue;
    std::size_t b = from + title_tokens(toks, from, lex), e = b;
    while (e < toks.size() && e - b < kMaxWords + 1 && name_word(toks[e])) ++e;
    if (e - b < kMinWords || e - b > kMaxWords || e >= toks.size() || toks[e].key != "," || line_break_after(text, toks[e].end) == std::string_view::npos)
      continue;
    for (std::size_t k = from; k < e; ++k) toks[k].all_caps = false;
  }
}

}  // namespace newsgraph::detail
