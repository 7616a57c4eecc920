// Whether a clause's words deny or hedge what it says (negated(): "did not
// join", "plans to host"; the negators and modals are lexicon data), with the
// "not" of a second verb and a reported "would" left to their own clauses.
#include <algorithm>
#include <string>

#include "relate/clauses.hpp"
#include "relate/cue_words.hpp"

namespace newsgraph::detail {
namespace {

// "May" after the first word of a running sentence: the month (or a name).
bool capitalised_inside(const SentenceAnalysis& s, const Item& item) {
  if (s.headline || item.begin == 0 || item.begin >= s.tokens.size()) return false;
  const Token& t = s.tokens[item.begin];
  return t.capital && !t.all_caps;
}

// "has signed but not (yet) ratified X": the "not" denies the second verb, not the first.
bool second_verb_denied(const std::vector<Item>& items, std::size_t at) {
  auto verb = [&](std::size_t i) { return i < items.size() && items[i].entity < 0 && items[i].key.ends_with("ed"); };
  if (at < 2 || items[at - 1].key != "but" || !verb(at - 2)) return false;
  return verb(at + 1) || (at + 2 < items.size() && items[at + 1].key == "yet" && verb(at + 2));
}

// "X said (that) it would", "agreed that A and B would": the subject (a name, a
// pronoun or a list of names) just before "would", and a speech or pledge verb before it.
bool reports_will(const Lexicon& lex, const std::vector<Item>& items, std::size_t i) {
  if (items[i].key != "would" || i == 0 || !items[i - 1].is_entity()) return false;
  std::size_t k = i - 1;
  while (k > 0 && (items[k - 1].is_entity() || items[k - 1].word == word::and_ || items[k - 1].word == word::comma ||
                   items[k - 1].word == word::the))
    --k;
  if (k > 0 && items[k - 1].key == "that") --k;
  if (k == 0) return false;
  auto listed = [&](const std::vector<std::string>& words) {
    return std::find(words.begin(), words.end(), items[k - 1].key) != words.end();
  };
  return listed(lex.speech_verbs) || listed(lex.pledge_verbs);
}

}  // namespace

bool negated(const Lexicon& lex, const SentenceAnalysis& s, const std::vector<Item>& items, std::size_t first,
             std::size_t last, bool reported_will) {
  std::string two;  // one buffer for every two-word phrase
  const CueWords& ids = cue_words(lex);  // items are indexed: word ids stand for keys
  for (std::size_t i = first; i <= last && i < items.size(); ++i) {
    const KeyView& k = items[i].key;
    if (k.empty() || items[i].entity >= 0 || capitalised_inside(s, items[i])) continue;
    if (k.ends_with("n't")) return true;
    if (k == "not" && second_verb_denied(items, i)) continue;
    if (reported_will && reports_will(lex, items, i)) continue;
    // A key with a space ("a b") joined to the next could only be an entry
    // starting with its first word.
    std::uint8_t flags = 0, starts = 0;
    if (ids.negation_complete) flags = ids.negation_of(items[i].word);
    else if (auto it = lex.negation_words.find(k); it != lex.negation_words.end()) flags = it->second;
    if (flags & Lexicon::negation_whole) return true;
    if (auto sp = k.find(' '); sp == std::string::npos) {
      starts = flags;
    } else if (auto it = lex.negation_words.find(std::string_view(k).substr(0, sp)); it != lex.negation_words.end()) {
      starts = it->second;
    }
    if ((starts & Lexicon::negation_first) && i + 1 <= last) {
      two.assign(k).append(1, ' ').append(items[i + 1].key);
      auto it = lex.negation_words.find(two);
      if (it != lex.negation_words.end() && (it->second & Lexicon::negation_whole)) return true;
    }
  }
  return false;
}

}  // namespace newsgraph::detail
