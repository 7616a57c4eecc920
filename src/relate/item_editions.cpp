// What a mention's item takes in after the name itself: a retired mark ("(retd)") and an
// exercise's edition, as a code ("26-2") or a year ("Cyber Coalition 2024"). Split from
// items.cpp (which builds the items) to keep each file short.
#include <algorithm>
#include <string_view>

#include "relate/item_builder.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {

using namespace std::string_view_literals;

// "(retd)", "(Ret.)", "(retired)" (cues.json retired_marks) at token i: the token after it, else 0.
std::uint32_t ItemBuilder::retired_mark(std::uint32_t i) const {
  const auto& toks = s.tokens;
  if (i + 2 >= toks.size() || toks[i].key != "("sv) return 0;
  std::string_view w = toks[i + 1].key;
  if (w.ends_with('.')) w.remove_suffix(1);
  if (!ctx.lex->retired_mark_set.count(w)) return 0;
  std::uint32_t k = i + 2;
  if (toks[k].key == "."sv) ++k;
  return k < toks.size() && toks[k].key == ")"sv ? k + 1 : 0;
}

// "Minister of Science, Technology and Innovation, X": a portfolio of several fields, written
// with commas, goes on past the role the lexicon knows (ending at token i, a comma) in
// capitalised words joined by commas and one "and", up to the comma before the person it
// names. The token of that comma, else i.
std::uint32_t ItemBuilder::portfolio_tail(std::uint32_t i, const std::vector<int>& mention_at) const {
  constexpr std::uint32_t kTailTokens = 8;
  const auto& toks = s.tokens;
  if (i + 1 >= toks.size() || toks[i].key != ","sv || !toks[i - 1].capital) return i;
  bool and_ = false;
  for (std::uint32_t k = i + 1; k < toks.size() && k <= i + kTailTokens; ++k) {
    if (mention_at[k] >= 0) return i;
    const WordKey& key = toks[k].key;
    if (key == "and"sv) {
      if (and_ || !toks[k - 1].capital) return i;
      and_ = true;
      continue;
    }
    if (key == ","sv) {
      if (!toks[k - 1].capital) return i;
      if (!and_) continue;
      if (k + 1 >= toks.size() || mention_at[k + 1] < 0) return i;
      return type(s.mentions[mention_at[k + 1]].entity) == NodeType::Person ? k : i;
    }
    if (!toks[k].word || !toks[k].capital) return i;
  }
  return i;
}

// ", CNZM, who led", ", OBE, said" after a person's name at token i: honours (cues.json
// post_nominals) between commas belong to the name, so its apposition still reads. The
// comma before what follows them, else i.
std::uint32_t ItemBuilder::post_nominals(std::uint32_t i) const {
  const auto& toks = s.tokens;
  std::uint32_t k = i;
  while (k + 2 < toks.size() && toks[k].key == ","sv && toks[k + 1].all_caps && ctx.lex->post_nominal_set.count(toks[k + 1].key))
    k += 2;
  return k + 1 < toks.size() && toks[k].key == ","sv ? k : i;
}

// "26-2", "24/1" at token i (digits, a dash or slash, digits; one token or three): the
// token after it, else 0.
std::uint32_t ItemBuilder::edition_code(std::uint32_t i) const {
  auto digits = [&](std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  const auto& toks = s.tokens;
  if (i >= toks.size()) return 0;
  std::string_view w = toks[i].text;  // (its key reads "26 2")
  if (std::size_t dash = w.find_first_of("-/"); dash != std::string_view::npos)
    return digits(w.substr(0, dash)) && digits(w.substr(dash + 1)) ? i + 1 : 0;
  if (i + 2 < toks.size() && digits(w) && (toks[i + 1].text == "-"sv || toks[i + 1].text == "/"sv) &&
      digits(toks[i + 2].text) && toks[i + 1].start == toks[i].end && toks[i + 2].start == toks[i + 1].end)
    return i + 3;
  return 0;
}

// "Cyber Coalition 2024 took place in Tartu": a year right after an exercise's or event's
// name is its edition, part of the name (else it stands between the name and its verb).
// The token after it, else i.
std::uint32_t ItemBuilder::edition_year(std::uint32_t i) const {
  const auto& toks = s.tokens;
  if (i >= toks.size()) return i;
  return four_digit_year(toks[i].text) ? i + 1 : i;
}

// "The 9th meeting of the Council of Ministers was held in Bergen": the body after "of" that
// numbers an occasion (Recogniser::body_of_occasion) is part of the occasion's name, though it
// keeps its own mention; it stands not between the name and its verb. The token after the
// body, else i.
std::uint32_t ItemBuilder::occasion_body(std::uint32_t i, int event, const std::vector<int>& mention_at) const {
  const auto& toks = s.tokens;
  if (i + 1 >= toks.size() || toks[i].key != "of"sv) return i;
  std::uint32_t k = toks[i + 1].key == "the"sv ? i + 2 : i + 1;
  if (k >= toks.size() || mention_at[k] < 0) return i;
  const Mention& body = s.mentions[mention_at[k]];
  if (body.end <= k || type(body.entity) != NodeType::Organisation) return i;
  // "of the Committee for X of the GCC": the body's own "of" tells what it is part of; keep it
  if (body.end < toks.size() && toks[body.end].key == "of"sv) return i;
  // the occasion's name runs to the body's end ("... of the Council of Ministers")
  const std::string& label = ctx.doc->entities[event].label;
  if (label.find(" of ") == std::string::npos || !std::string_view(label).ends_with(toks[body.end - 1].text)) return i;
  return body.end;
}

}  // namespace newsgraph::detail
