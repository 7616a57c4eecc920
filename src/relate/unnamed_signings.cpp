#include "relate/unnamed_signings.hpp"

#include <algorithm>
#include <cctype>

namespace newsgraph::detail {

namespace {

// The agreement noun after "a" or "an" (a word or two between: "a new bilateral memorandum"), else "".
std::string indefinite_agreement_noun(const SentenceAnalysis& s, const TemporalWords& words) {
  constexpr std::size_t kWordsBetween = 2;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    std::string_view key = s.tokens[i].key;
    if (key != "a" && key != "an") continue;
    for (std::size_t k = i + 1; k < s.tokens.size() && k <= i + 1 + kWordsBetween && s.tokens[k].word; ++k)
      if (words.agreement_nouns.count(std::string(s.tokens[k].key))) return std::string(s.tokens[k].key);
  }
  return {};
}

bool tells_past_signing(const SentenceAnalysis& s, const Lexicon& lex) {
  return std::any_of(s.tokens.begin(), s.tokens.end(), [&](const Token& t) {
    return lex.signing_verb_set.count(t.key) > 0 && lex.temporal.occurrence_verbs.count(std::string(t.key)) > 0;
  });
}

// The one day the main clause names, else nullopt.
std::optional<Dating> only_day(const std::vector<TimeExpression>& exprs) {
  std::optional<Dating> day;
  for (const auto& x : exprs) {
    if (!x.date) continue;
    if (day || !x.date->day || x.role != TimeRole::Point) return std::nullopt;
    day = Dating{x.date, {}};
  }
  return day;
}

bool name_holds(const std::string& label, const std::string& noun) {
  std::string lower = lower_word(label);
  for (std::size_t at = lower.find(noun); at != std::string::npos; at = lower.find(noun, at + 1)) {
    bool starts = at == 0 || lower[at - 1] == ' ';
    bool ends = at + noun.size() == lower.size() || lower[at + noun.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

// Whether `text` holds `word` (lower case) as a whole word, in any case.
bool holds_word(std::string_view text, const std::string& word) {
  std::string lower = lower_word(text);
  for (std::size_t at = lower.find(word); at != std::string::npos; at = lower.find(word, at + 1)) {
    bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(lower[at - 1]));
    bool ends = at + word.size() == lower.size() || !std::isalnum(static_cast<unsigned char>(lower[at + word.size()]));
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

std::optional<Dating> restated_signing_day(const SentenceAnalysis& s, const std::vector<TimeExpression>& main_exprs,
                                           std::string_view before, const Lexicon& lex) {
  const auto& t = s.tokens;
  if (t.size() < 4 || t[0].key != "the" || !lex.temporal.agreement_nouns.count(std::string(t[1].key)) ||
      (t[2].key != "was" && t[2].key != "were") || !lex.signing_verb_set.count(t[3].key) ||
      !lex.temporal.occurrence_verbs.count(std::string(t[3].key)))
    return std::nullopt;
  if (!holds_word(before, std::string(t[1].key))) return std::nullopt;
  return only_day(main_exprs);
}

std::optional<std::pair<int, Dating>> UnnamedSigning::observe(const DocAnalysis& doc, const SentenceAnalysis& s,
                                                              std::size_t si,
                                                              const std::vector<TimeExpression>& main_exprs,
                                                              const Lexicon& lex) {
  constexpr std::size_t kReach = 12;  // sentences from the signing to the agreement's name
  bool names_agreement = false;
  for (const auto& m : s.mentions) {
    const DocEntity& e = doc.entities[m.entity];
    if (e.type != NodeType::Agreement) continue;
    names_agreement = true;
    if (noun_.empty() || si > sentence_ + kReach || !name_holds(e.label, noun_)) continue;
    noun_.clear();
    return std::make_pair(m.entity, date_);
  }
  // (the one day first: most sentences name none, and the two word searches read every token)
  auto day = names_agreement ? std::nullopt : only_day(main_exprs);
  if (!day || !tells_past_signing(s, lex)) return std::nullopt;
  std::string noun = indefinite_agreement_noun(s, lex.temporal);
  if (!noun.empty()) noun_ = noun, date_ = *day, sentence_ = si;
  return std::nullopt;
}

}  // namespace newsgraph::detail
