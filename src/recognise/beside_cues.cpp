// Pass 1 of recognition, cues beside a name that type it (split from context_type.cpp):
// a noun of firms before it ("consultancy X", "A Dushanbe firm, X,"), the passive of
// leading a body before "by" ("headed by X", "led since 1 October by X") and a sign-off's
// title on the line after the name.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <string_view>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {

// "bakery chain Maizes Nams", "Istanbul-based Anka Siber": an organisation noun right before
// the name, or "-based" (what is based somewhere and named is a body, not a person or place).
bool Recogniser::organisation_beside(const SpanAt& at) const {
  const std::uint32_t b = at.b;
  if (at.n > 4 || !at.plain || b < 1) return false;
  if (at.key(b - 1) == "-based" || (!at.toks[b - 1].capital && lex_.org_noun_set.count(at.key(b - 1)))) return true;
  return firm_apposition_before(at);
}

// "A Dushanbe firm, Pomir Netcraft, supplied ...", "a local start-up, Kora Labs,": an indefinite
// noun of organisations, a comma, then the name closed by a comma: the name is that firm's.
bool Recogniser::firm_apposition_before(const SpanAt& at) const {
  constexpr std::int64_t kMaxModifiers = 3;  // "a small Bulawayo company"
  const std::int64_t b = at.b;
  if (b < 3 || at.key(b - 1) != "," || at.key(at.e) != "," || at.toks[b - 2].capital ||
      !lex_.org_noun_set.count(at.key(b - 2)))
    return false;
  for (std::int64_t k = b - 3; k >= 0 && k >= b - 3 - kMaxModifiers; --k) {
    if (at.key(k) == "a" || at.key(k) == "an") return true;
    if (at.key(k) == "," || at.key(k) == "the" || lex_.function_word_set.count(at.key(k))) return false;
  }
  return false;
}

// "The agency is headed by Vaiko Tamm", "the unit, commanded by Teet Orasmaa,": two to four
// personal words after the passive of leading a body are a person, whatever the given name.
bool Recogniser::led_by_name(const SpanAt& at) const {
  static const std::string_view kLed[] = {"led", "headed", "commanded", "chaired", "directed", "co-chaired"};
  constexpr std::int64_t kMaxTimeWords = 4;
  if (at.n < 2 || at.key(at.b - 1) != "by" || !personal_words(at)) return false;
  // "has been led since 1 October by A B": a time phrase between the verb and "by"
  std::int64_t k = static_cast<std::int64_t>(at.b) - 2;
  auto time_word = [&](std::int64_t j) {
    const Token& t = at.toks[j];
    bool number = !t.text.empty() && std::isdigit(static_cast<unsigned char>(t.text[0]));
    return t.word && (number || lex_.temporal.months.count(t.key) || (!t.capital && lex_.function_word_set.count(t.key)));
  };
  for (std::int64_t stop = k - kMaxTimeWords; k > stop && k > 0 && time_word(k) && at.key(k) != "by";) --k;
  return std::find(std::begin(kLed), std::end(kLed), at.key(k)) != std::end(kLed);
}

// "MERCY CHEBET LANGAT,\nDirector-General, Communications Authority", "Ana Ruiz,\nPrincipal
// Secretary": a sign-off, two or more personal words alone on their line closed by a comma,
// then a title (cues.json person_titles) opening the next line and closed by a comma or the
// line's end, is the signer's name.
bool Recogniser::sign_off_role_after(const SpanAt& at) const {
  constexpr int kMaxTitleWords = 3;
  const auto& toks = at.toks;
  if (at.n < 2 || at.e + 1 != toks.size() || at.key(at.e) != "," || !personal_words(at)) return false;
  std::size_t start = toks[at.b].start;
  if (at.b != at.first_word || (start > 0 && text_[start - 1] != '\n')) return false;
  std::size_t p = line_break_after(text_, toks[at.e].end);
  if (p == std::string_view::npos) return false;
  std::size_t line_end = text_.find('\n', p + 1);
  std::string_view next = text_.substr(p + 1, line_end == std::string_view::npos ? std::string_view::npos : line_end - p - 1);
  std::string title;
  std::size_t at_word = 0;
  for (int words = 0; words < kMaxTitleWords && at_word < next.size(); ++words) {
    std::size_t end = next.find_first_of(" ,.", at_word);
    std::string_view w = next.substr(at_word, end == std::string_view::npos ? std::string_view::npos : end - at_word);
    if (w.empty()) break;
    title += (words > 0 ? " " : "") + lex_.token_key(w);
    // the title closes its phrase: "Director-General, X", a line's end (not "Director of the port said")
    bool closed = end == std::string_view::npos || next[end] != ' ';
    if (closed && lex_.title_relation.count(title)) return true;
    if (end == std::string_view::npos || next[end] != ' ') break;
    at_word = end + 1;
  }
  return false;
}

bool Recogniser::personal_words(const SpanAt& at) const {
  for (std::uint32_t k = at.b; k < at.e; ++k) {
    const Token& t = at.toks[k];
    if (!t.capital || lex_.generic_org_set.count(t.key) || lex_.head_type.count(t.key) || lex_.gazetteer.count(t.key) ||
        lex_.title_relation.count(t.key) || lex_.not_name_set.count(ascii_lowered(t.text)))
      return false;
  }
  return true;
}

}  // namespace newsgraph::detail
