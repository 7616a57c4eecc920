#include "relate/sentence_times.hpp"

#include <algorithm>
#include <cctype>

namespace newsgraph::detail {

void drop_times_inside_names(const DocAnalysis& doc, const SentenceAnalysis& s, std::string_view stext,
                             std::vector<TimeExpression>& exprs) {
  std::erase_if(exprs, [&](const TimeExpression& x) {
    for (const auto& m : s.mentions) {
      std::size_t b = s.tokens[m.begin].start - s.start, e = s.tokens[m.end - 1].end - s.start;
      if (x.start < e && x.end > b) return true;
      NodeType t = doc.entities[m.entity].type;
      if ((t == NodeType::Exercise || t == NodeType::Event) && x.start == e + 1 && x.start < x.end &&
          std::all_of(stext.begin() + static_cast<long>(x.start), stext.begin() + static_cast<long>(x.end),
                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
        return true;
    }
    return false;
  });
}

namespace {
bool past_verb(const Lexicon& lex, std::string_view key) {
  return (key.size() > 3 && key.ends_with("ed")) || lex.temporal.past_tense_words.count(key) > 0;
}
}  // namespace

void drop_adverbial_times(const Lexicon& lex, const SentenceAnalysis& s, const std::vector<TimeExpression>& exprs,
                          std::vector<Item>& items) {
  for (const auto& x : exprs) {
    std::size_t from = 0, to = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      std::size_t b = s.tokens[items[i].begin].start - s.start, e = s.tokens[items[i].end - 1].end - s.start;
      if (b >= x.start && e <= x.end && !items[i].is_entity()) {
        if (!to) from = i;
        to = i + 1;
      }
    }
    // "A and B on Monday signed", "Finland, in April 2023, joined": the
    // preposition and the commas go with the time when a past verb follows
    // (not "signed the Pact in 2019 establishing ...", where the name is an object).
    std::size_t f = from, t = to;
    if (t && f > 1 && !items[f - 1].is_entity() && lex.temporal.date_cues.count(items[f - 1].key)) --f;
    if (t && f > 1 && t < items.size() && items[f - 1].key == "," && items[t].key == ",") --f, ++t;
    if (f != from && t < items.size() && past_verb(lex, items[t].key)) from = f, to = t;
    // "X, who on Monday held talks with Y": after a relative pronoun as after a name
    bool relative = from > 0 && (items[from - 1].key == "who" || items[from - 1].key == "which");
    if (!to || from == 0 || to >= items.size() || !(items[from - 1].is_entity() || relative) || !lower_word(items[to]))
      continue;
    items.erase(items.begin() + static_cast<long>(from), items.begin() + static_cast<long>(to));
  }
}

std::string main_clause_text(const SentenceAnalysis& s, std::string_view sentence, const Cut& cut) {
  std::string out(sentence);
  for (const auto& c : cut) {
    std::size_t from = s.tokens[c.first].start - s.start, to = s.tokens[c.second - 1].end - s.start;
    for (std::size_t k = from; k < to && k < out.size(); ++k) out[k] = ' ';
  }
  return out;
}

std::vector<TimeExpression> main_clause_times(const SentenceAnalysis& s, const std::vector<TimeExpression>& exprs,
                                              const Cut& cut) {
  std::vector<TimeExpression> main_exprs;
  for (const auto& x : exprs) {
    bool inside = std::any_of(cut.begin(), cut.end(), [&](const auto& c) {
      return x.start >= s.tokens[c.first].start - s.start && x.end <= s.tokens[c.second - 1].end - s.start;
    });
    if (!inside) main_exprs.push_back(x);
  }
  return main_exprs;
}

bool has_date(const std::vector<TimeExpression>& exprs) {
  return std::any_of(exprs.begin(), exprs.end(), [](const TimeExpression& x) {
    return x.date && (x.role == TimeRole::Point || x.role == TimeRole::Span || x.role == TimeRole::Since);
  });
}

}  // namespace newsgraph::detail
