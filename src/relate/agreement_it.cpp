// "The Lima Letter of Intent was signed by Chile and Peru in 2024. Uruguay acceded to it in
// 2025": after a verb of signing or acceding (cues.json signing_verbs), "it" is the agreement
// the text named last, in this sentence or the two before, not the body "it" else stands for.
// "It was signed by A and B", "It took place in X", "It has been held in Y since 2023": a
// sentence that opens with "it" and a passive of signing, or a place cue whose verb is an
// occasion's (cues.json place_cues "took place in", "held in" led by a word of exercise_verbs
// or clause_verbs; not "based in"), speaks of the agreement, or the exercise or event, the
// two sentences before named last.
#include <algorithm>

#include "relate/item_builder.hpp"
#include "relate/passes.hpp"

namespace newsgraph::detail {

namespace {

// The latest mention in `x` before token `before` of an entity of one of `types`, -1 when none.
template <typename TypeOf>
int latest_of(const SentenceAnalysis& x, std::uint32_t before, std::initializer_list<NodeType> types, TypeOf type) {
  int found = -1;
  std::uint32_t at = 0;
  for (const auto& m : x.mentions)
    if (m.begin < before && m.entity >= 0 && m.begin >= at &&
        std::find(types.begin(), types.end(), type(m.entity)) != types.end())
      found = m.entity, at = m.begin;
  return found;
}

bool phrase_in(const SentenceAnalysis& s, std::size_t k, const std::vector<std::vector<std::string>>& phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](const auto& keys) { return !keys.empty() && phrase_at(s, k, keys); });
}

}  // namespace

// The entity of `types` named last in sentence `s` before token `before`, else in the two before it.
int ItemBuilder::latest_named(std::uint32_t before, std::initializer_list<NodeType> types) const {
  const auto& sentences = ctx.doc->sentences;
  if (&s < sentences.data() || &s >= sentences.data() + sentences.size()) return -1;
  auto si = static_cast<std::size_t>(&s - sentences.data());
  auto type_of = [&](int e) { return type(e); };
  if (int here = latest_of(s, before, types, type_of); here >= 0) return here;
  for (std::size_t back = 1; back <= 2 && back <= si; ++back) {
    const auto& x = sentences[si - back];
    if (int there = latest_of(x, static_cast<std::uint32_t>(x.tokens.size()), types, type_of); there >= 0) return there;
  }
  return -1;
}

int ItemBuilder::agreement_it(std::uint32_t i) const {
  if (i == 0 || !ctx.doc || ctx.doc->sentences.empty()) return -1;
  std::uint32_t v = i - 1;
  if (v > 0 && (s.tokens[v].key == "to" || s.tokens[v].key == "also")) --v;  // "acceded to it", "has also signed it"
  if (!ctx.lex->signing_verb_set.count(s.tokens[v].key)) return -1;
  return latest_named(v, {NodeType::Agreement});
}

int ItemBuilder::subject_it(std::uint32_t i) const {
  if (i != 0 || !ctx.doc || ctx.doc->sentences.empty()) return -1;
  const Lexicon& lex = *ctx.lex;
  std::uint32_t k = i + 1;
  while (k < i + 3 && phrase_in(s, k, lex.occasion_it_verbs.passive_auxiliary_words)) ++k;
  if (k >= s.tokens.size()) return -1;
  const WordKey& verb = s.tokens[k].key;
  if (k > i + 1 && lex.signing_verb_set.count(verb)) return latest_named(i, {NodeType::Agreement});
  if (!lex.exercise_verb_set.count(verb) && !lex.clause_verb_set.count(verb)) return agreement_told_before();
  std::string cue = verb;
  for (std::uint32_t j = k + 1; j < s.tokens.size() && j < k + 3; ++j) {
    cue += " " + static_cast<const std::string&>(s.tokens[j].key);
    if (lex.place_cue_set.count(cue)) return latest_named(i, {NodeType::Exercise, NodeType::Event});
  }
  return agreement_told_before();
}

// "The four governments signed the X Protocol. It commits A and B to ...": after a sentence
// whose first name is an agreement (no nation or body named before it), "It" opening the next
// is that agreement; else -1.
int ItemBuilder::agreement_told_before() const {
  const auto& sentences = ctx.doc->sentences;
  if (&s <= sentences.data() || &s >= sentences.data() + sentences.size()) return -1;
  const SentenceAnalysis& before = *(&s - 1);
  if (before.mentions.empty()) return -1;
  const Mention* first = &before.mentions.front();
  for (const auto& m : before.mentions)
    if (m.begin < first->begin) first = &m;
  return type(first->entity) == NodeType::Agreement ? first->entity : -1;
}

}  // namespace newsgraph::detail
