// Events and agreements whose head word is written in lower case ("the
// Nordic defence ministerial meeting", "a memorandum of understanding on
// range cooperation"): Recogniser::scan_lowercase_heads. The heads are
// lexicon data (cues.json lowercase_heads).
#include <algorithm>
#include <array>
#include <cstdint>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {
namespace {

// The lengths and first letters of the words lower-case heads start with: a
// bit per first letter (26: any other byte) by length (63: longer). Most
// lower-case words of a sentence have none of these shapes and are not
// looked up. Built once per lexicon and thread (again for an unindexed one).
using HeadShapes = std::array<std::uint32_t, 64>;
std::uint32_t shape_bit(char c) { return std::uint32_t{1} << (c >= 'a' && c <= 'z' ? c - 'a' : 26); }

const HeadShapes& head_first_shapes(const Lexicon& lex) {
  thread_local const Lexicon* of = nullptr;
  thread_local std::uint64_t serial = 0;
  thread_local HeadShapes shapes{};
  if (of != &lex || serial != lex.index_serial || lex.index_serial == 0) {
    of = &lex, serial = lex.index_serial;
    shapes.fill(0);
    for (const auto& w : lex.lowercase_head_first)
      shapes[std::min<std::size_t>(w.size(), 63)] |= w.empty() ? ~0u : shape_bit(w.front());
  }
  return shapes;
}

bool may_start_head(const HeadShapes& shapes, const std::string& key) {
  return (shapes[std::min<std::size_t>(key.size(), 63)] & (key.empty() ? ~0u : shape_bit(key.front()))) != 0;
}

}  // namespace

// The end of an agreement's "on"/"for" complement ("a memorandum on range
// cooperation"), which makes it one document; `end` when there is none.
template <class IsContent>
static std::uint32_t agreement_complement_end(const std::vector<Token>& toks, std::uint32_t end, IsContent content) {
  const auto n = static_cast<std::uint32_t>(toks.size());
  if (!(end + 1 < n && (toks[end].key == "on" || toks[end].key == "for"))) return end;
  if (toks[end + 1].key == "behalf") return end;  // "signed a declaration on behalf of X": for whom, no topic
  std::uint32_t k = end + 1;
  while (k < n && k < end + 7 && (content(k) || (toks[k].key == "and" && k + 1 < n && content(k + 1)))) ++k;
  return k > end + 1 ? k : end;
}

// The noun of a head of `len` tokens at `i`: its last word ("meeting" of
// "ministerial meeting"), or its first before an "of" ("memorandum of understanding").
static std::uint32_t lowercase_head_noun(const std::vector<Token>& toks, std::uint32_t i, std::uint32_t len) {
  std::uint32_t noun = i + len - 1;
  for (std::uint32_t k = i; k < i + len; ++k)
    if (toks[k].key == "of") noun = i;
  return noun;
}

// "the fourth plenary meeting of the Tallinn Mechanism", "the 12th summit of X": an occasion
// numbered by an ordinal after "the" (`det`), held by the body named after "of", is that body's
// one occasion; the end of the body's name, 0 when not so (not "a meeting of X", "the meeting of X").
std::uint32_t Recogniser::body_of_occasion(const SentenceAnalysis& s, std::int64_t det, std::uint32_t i, std::uint32_t end) const {
  const auto& toks = s.tokens;
  if (det < 0 || toks[det].key != "the" || det + 1 >= static_cast<std::int64_t>(i)) return 0;
  // numbered: "the 12th meeting", "the fourth plenary meeting" (not "the spring ministerial
  // meeting of X", which may be any year's)
  const Token& ord = toks[det + 1];
  if (!ordinal_number(ord) && !lex_.temporal.ordinal_words.count(ord.key)) return 0;
  std::uint32_t k = end;
  if (k + 1 >= toks.size() || toks[k].key != "of") return 0;
  if (toks[++k].key == "the") ++k;
  for (const auto& m : s.mentions)
    if (m.begin == k && m.kind == MentionKind::Name && doc_.entities[m.entity].type == NodeType::Organisation) return m.end;
  return 0;
}

// Events and agreements with a lower-case head: "the Nordic defence
// ministerial meeting", "the 2026 Baltic cyber conference" (a capitalised or
// dated modifier makes them one occasion), "a memorandum of understanding on
// range cooperation", "signed a framework agreement" (a complement or a
// signing verb makes an agreement one document). The label runs from the
// modifier; names already recognised inside it keep their own mentions.
void Recogniser::scan_lowercase_heads(std::size_t si) {
  auto& s = doc_.sentences[si];
  if (s.headline || lex_.lowercase_head_type.empty()) return;
  const auto& toks = s.tokens;
  const auto n = static_cast<std::uint32_t>(toks.size());
  auto content = [&](std::uint32_t k) { return toks[k].word && !toks[k].capital && !lex_.function_word_set.count(toks[k].key); };
  // "renew their memorandum on cyber security early next year": a time word ends the topic
  const auto& tw = lex_.temporal;
  auto topic = [&](std::uint32_t k) {
    return content(k) && !tw.modifiers.count(toks[k].key) && !tw.shift_words.count(toks[k].key) && !tw.day_words.count(toks[k].key);
  };
  const HeadShapes& shapes = head_first_shapes(lex_);
  for (std::uint32_t i = 0; i < n; ++i) {
    // Cheap test first: most words start no head.
    if (!toks[i].word || toks[i].capital || !may_start_head(shapes, toks[i].key) ||
        !lex_.lowercase_head_first.count(toks[i].key) || covered(s, i))
      continue;
    NodeType type = NodeType::Event;
    std::uint32_t len = lowercase_head_at(toks, i, type);
    if (len == 0 || type == NodeType::Place) continue;  // a place's head: place_heads.cpp
    std::uint32_t end = i + len;
    if (end < n && content(end)) continue;  // "meeting room": the head is no head here
    std::int64_t first = first_head_modifier(s, i);
    std::uint32_t complement = type == NodeType::Agreement ? agreement_complement_end(toks, end, topic) : end;
    // "signed a framework agreement": a new one (not "signed the agreement", which points back).
    std::int64_t det = static_cast<std::int64_t>(i) - 1;
    while (det >= 0 && content(static_cast<std::uint32_t>(det))) --det;
    bool signed_here = signs_new_agreement(toks, det, end);
    std::uint32_t body_end = first < 0 && type == NodeType::Event ? body_of_occasion(s, det, i, end) : 0;
    if (first < 0 && body_end == 0 && !(type == NodeType::Agreement && (complement > end || signed_here))) continue;
    // "signed a data sharing agreement": the signed document is named with its modifiers.
    std::uint32_t from = first >= 0 ? static_cast<std::uint32_t>(first) : body_end > 0 || signed_here ? static_cast<std::uint32_t>(det + 1) : i;
    std::uint32_t mb = from;  // the mention starts after the last name inside
    for (std::uint32_t k = from; k < i; ++k)
      if (covered(s, k)) mb = k + 1;
    std::string label = span_text(text_, s, from, std::max(complement, body_end));
    int entity = entity_for(type, label, -1);
    add_mention(si, mb, complement, entity, MentionKind::Name);
    // The head's noun: "meeting" of "ministerial meeting", "memorandum" of "memorandum of understanding".
    std::uint32_t noun = lowercase_head_noun(toks, i, len);
    if (!s.mentions.empty() && s.mentions.back().begin == mb) s.mentions.back().head = static_cast<std::int32_t>(noun);
    i = complement - 1;
  }
}

// The length of the lower-case head (cues.json lowercase_heads) at token `i`, the
// longest, and its type in `type`; 0 when none starts there.
std::uint32_t Recogniser::lowercase_head_at(const std::vector<Token>& toks, std::uint32_t i, NodeType& type) const {
  const auto n = static_cast<std::uint32_t>(toks.size());
  std::string key;
  std::uint32_t len = 0;
  for (std::uint32_t j = i; j < n && j - i < lex_.max_lowercase_head_tokens && toks[j].word && !toks[j].capital; ++j) {
    key += (j > i ? " " : "") + toks[j].key;
    if (auto it = lex_.lowercase_head_type.find(key); it != lex_.lowercase_head_type.end()) len = j + 1 - i, type = it->second;
  }
  return len;
}

// The modifiers of a head at `i`: back over lower-case words, names and a year,
// to the first name or year ("the Nordic defence ministerial meeting"); -1 when none.
std::int64_t Recogniser::first_head_modifier(const SentenceAnalysis& s, std::uint32_t i) const {
  const auto& toks = s.tokens;
  std::int64_t first = -1;
  for (std::int64_t k = static_cast<std::int64_t>(i) - 1; k >= 0 && k + 6 >= static_cast<std::int64_t>(i); --k) {
    const Token& t = toks[k];
    if (!t.word || lex_.function_word_set.count(t.key) || lex_.not_name_set.count(ascii_lowered(t.text))) break;
    // A signing verb ends the modifiers: "X and Y sign cyber pact" (a sentence-case headline) names no document.
    // So does a verb of hosting or joining: "Mozambique hosts maritime conference" names no conference.
    if (lex_.signing_verb_set.count(t.key) || lex_.exercise_verb_set.count(t.key)) break;
    bool named = covered(s, static_cast<std::uint32_t>(k)) || (t.capital && k > 0);
    if (named || year_number(t)) first = k;
    else if (t.capital) break;  // the sentence's first word, taken as no name
  }
  return first;
}

// "signed a framework agreement" (the article at `det`, the head ending at `end`): a new
// document, one of its own. Not before "with": "signed a cooperation agreement with X"
// states a cooperation, read as such. A bare "an agreement" or "a pact" names no particular
// document (all of them would merge into one node), nor does one that was not signed ("did
// not sign an agreement").
bool Recogniser::signs_new_agreement(const std::vector<Token>& toks, std::int64_t det, std::uint32_t end) const {
  const auto n = static_cast<std::uint32_t>(toks.size());
  bool negated = false;
  for (std::int64_t k = det - 2; k >= 0 && k >= det - 3; --k) negated |= lex_.negator_set.count(toks[k].key) > 0;
  bool bare = end - (det + 1) < 2;
  return det >= 1 && (toks[det].key == "a" || toks[det].key == "an") && !bare && !negated &&
         lex_.signing_verb_set.count(toks[det - 1].key) > 0 && !(end < n && toks[end].key == "with");
}

}  // namespace newsgraph::detail
