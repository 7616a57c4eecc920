// "Who played:" / "Participating nations:" followed by a bulleted list, one
// nation or organisation an item ("- Australia", "- Vietnam, as an
// observer"): each item's name takes part in the exercise or event spoken of.
// Lists and headings are sentences of their own (document/markdown.cpp, html.cpp).
#include <algorithm>

#include "relate/passes.hpp"

namespace newsgraph::detail {
namespace {

constexpr std::size_t kLeadTokens = 12;   // a lead-in is short: "Teams taking part this year:"
constexpr std::size_t kItemTokens = 30;   // a list item is a name and a remark, not a paragraph
constexpr std::size_t kClosedItemTokens = 12;  // an item ending with a full stop is shorter still
constexpr int kMaxItems = 40;

bool actor(NodeType t) { return t == NodeType::Nation || t == NodeType::Organisation; }

bool has_phrase(const std::vector<std::vector<std::string>>& phrases, const SentenceAnalysis& s) {
  for (const auto& phrase : phrases)
    for (std::size_t i = 0; i + phrase.size() <= s.tokens.size(); ++i) {
      bool same = true;
      for (std::size_t k = 0; k < phrase.size() && same; ++k) same = s.tokens[i + k].key == phrase[k];
      if (same) return true;
    }
  return false;
}

bool lead_in(const Lexicon& lex, const SentenceAnalysis& s) {
  return !s.tokens.empty() && s.tokens.back().key == ":" && s.tokens.size() <= kLeadTokens &&
         has_phrase(lex.participant_list_lead_words, s);
}

// The nation or organisation an item opens with ("Australia", "the
// Philippines (...)"), else -1: the list has ended.
int item_name(const DocAnalysis& doc, const SentenceAnalysis& s) {
  if (s.headline || s.mentions.empty() || s.tokens.size() > kItemTokens) return -1;
  if (s.tokens.back().key == "." && s.tokens.size() > kClosedItemTokens) return -1;
  const Mention& m = s.mentions.front();
  // a bullet a plain-text list keeps ("- ", "* ", "\u2022 "), then "the" at most
  std::uint32_t at = 0;
  if (at < m.begin && !s.tokens[at].word && s.tokens[at].key != "(") ++at;
  if (at < m.begin && s.tokens[at].key == "the") ++at;
  return at == m.begin && actor(doc.entities[m.entity].type) ? m.entity : -1;
}

// "Tonga had registered, then pulled out", "Fiji may join": a negator or a
// hedge (patterns.json negators, modals; phrases of a word or more).
bool negated_item(const Lexicon& lex, const SentenceAnalysis& s) {
  auto written = [&](const std::string& phrase) {
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      std::size_t k = i, from = 0;
      while (k < s.tokens.size() && from <= phrase.size()) {
        std::size_t space = std::min(phrase.find(' ', from), phrase.size());
        if (s.tokens[k].key != std::string_view(phrase).substr(from, space - from)) break;
        ++k, from = space + 1;
      }
      if (from > phrase.size()) return true;
    }
    return false;
  };
  return std::any_of(lex.negators.begin(), lex.negators.end(), written) ||
         std::any_of(lex.modals.begin(), lex.modals.end(), written);
}

}  // namespace

void list_participants(const DocAnalysis& doc, const Lexicon& lex, std::size_t si, int target, ParticipantList& list,
                       std::vector<Relation>& out) {
  const SentenceAnalysis& s = doc.sentences[si];
  if (lex.participant_list_lead_words.empty()) return;
  if (list.open) {
    int name = item_name(doc, s);
    if (name >= 0 && list.items < kMaxItems) {
      ++list.items;
      if (target >= 0 && !negated_item(lex, s))
        out.push_back({name, target, EdgeType::participates_in, {}, {}, si, "participant_list", 0.65});
      return;
    }
    list.open = false;
  }
  if (lead_in(lex, s)) list = {true, 0};
}

}  // namespace newsgraph::detail
