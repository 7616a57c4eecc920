// What a pronoun stands for as an item: "he"/"she" (and a transcript's "I") the person the
// sentence or paragraph is about; "it" the agreement signed, the occasion held, or the body
// spoken of, and when a passive of heading ("It is headed by X") makes it a body, not a nation.
#include <algorithm>
#include <string_view>

#include "relate/item_builder.hpp"
#include "relate/passes.hpp"

namespace newsgraph::detail {

using namespace std::string_view_literals;  // compared by size first, not by strlen and memcmp

namespace {

using Phrases = std::vector<std::vector<std::string>>;

// Whether one of `phrases` (token keys, Lexicon::phrase_keys(): "co-hosted" is "co"
// "-hosted") stands in s from token `k` on.
bool any_phrase_at(const SentenceAnalysis& s, std::size_t k, const Phrases& phrases) {
  return std::any_of(phrases.begin(), phrases.end(),
                     [&](const auto& keys) { return !keys.empty() && detail::phrase_at(s, k, keys); });
}

// Whether one of `phrases` ends just before token `end`.
bool any_phrase_ends_at(const SentenceAnalysis& s, std::size_t end, const Phrases& phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](const auto& keys) {
    return !keys.empty() && keys.size() <= end && detail::phrase_at(s, end - keys.size(), keys);
  });
}

}  // namespace

// "..., where he met ...": the person the sentence is about; "it": the body it
// stands for (not an exercise or event "it" names); the tokens taken, 0 when none.
std::uint32_t ItemBuilder::push_pronoun(std::uint32_t i) {
  std::uint32_t n = static_cast<std::uint32_t>(s.tokens.size());
  const Token& t = s.tokens[i];
  bool possessive = i + 1 < n && s.tokens[i + 1].key == "'s"sv;
  if (t.text == "I"sv)  // "MR KASK: ... I met": the transcript label's person, of this sentence or paragraph
    if (int speaker = ctx.paragraph_speaker; speaker >= 0) return items.push_back({speaker, {}, "he", i, i + 1}), 1;
  if ((t.key == "he"sv || t.key == "she"sv) && !possessive)
    if (int person = pronoun_person(i); person >= 0) return items.push_back({person, {}, "he", i, i + 1}), 1;
  // "Under it, A and B have ...": the object of a preposition opening the sentence is no subject
  bool fronted = i == 1 && i + 1 < n && s.tokens[i + 1].key == ","sv;
  if (t.key == "it"sv && !possessive && !fronted && !organised_passive(i + 1) && !occasion_it(i)) {
    if (int antecedent = agreement_it(i); antecedent >= 0) return items.push_back({antecedent, {}, "it", i, i + 1}), 1;
    if (int antecedent = subject_it(i); antecedent >= 0) return items.push_back({antecedent, {}, "it", i, i + 1}), 1;
    if (int antecedent = it_antecedent(i); antecedent >= 0) {
      items.push_back({antecedent, {}, "it", i, i + 1});
      return 1;
    }
  }
  return 0;
}

// "is headed by", "was commanded by" at i: what a body is, not a nation.
bool ItemBuilder::headed_passive(std::uint32_t i) const {
  static const std::string_view kBe[] = {"is", "was", "has", "been"};
  static const std::string_view kHeaded[] = {"headed", "commanded", "directed", "chaired", "run"};
  auto in = [&](std::uint32_t k, auto& set) {
    return k < s.tokens.size() && std::find(std::begin(set), std::end(set), std::string_view(s.tokens[k].key)) != std::end(set);
  };
  std::uint32_t k = i;
  while (k < i + 2 && in(k, kBe)) ++k;
  bool led = k < s.tokens.size() && s.tokens[k].key == "led"sv;
  if (k == i || !(in(k, kHeaded) || led)) return false;
  // "has been led since 1 October by X": a since-time of a few words before "by"; "led" only
  // with it, a post held since a day (a nation "is led by" its president)
  constexpr std::uint32_t kSinceWords = 4;
  std::uint32_t by = k + 1;
  bool since = by < s.tokens.size() && s.tokens[by].key == "since"sv;
  if (since)
    while (by < s.tokens.size() && by <= k + 1 + kSinceWords && s.tokens[by].key != "by"sv) ++by;
  return (!led || since) && by < s.tokens.size() && s.tokens[by].key == "by"sv;
}

// "X, ..., announced that it will ...": the sentence's subject when it opens
// the sentence, else the latest organisation or nation, else the previous subject.
int ItemBuilder::it_antecedent(std::uint32_t i) const {
  auto org_or_nation = [&](const Item& it) {
    return it.entity >= 0 && (type(it.entity) == NodeType::Organisation || type(it.entity) == NodeType::Nation);
  };
  std::size_t k = !items.empty() && items[0].key == "the"sv ? 1 : 0;
  // "Japan's NISC sent two officials; it has ...": the body the subject names, not its owner
  if (k + 2 < items.size() && org_or_nation(items[k]) && items[k + 1].key == "'s"sv &&
      org_or_nation(items[k + 2]) && type(items[k + 2].entity) == NodeType::Organisation)
    return items[k + 2].entity;
  if (k < items.size() && org_or_nation(items[k])) return items[k].entity;
  for (auto r = items.rbegin(); r != items.rend(); ++r)
    if (org_or_nation(*r)) return r->entity;
  // "Uruguay created the Directorate in 2021. It is headed by X", "The exercise was the first for the
  // X Unit. It is led by Y": a nation that set up a body, or an occasion, is not what "it" heads;
  // the body the sentence before named (or opened) is
  if ((ctx.previous_subject < 0 || type(ctx.previous_subject) != NodeType::Organisation) && ctx.previous_org >= 0 &&
      headed_passive(i + 1))
    return ctx.previous_org;
  return ctx.previous_subject;
}

// "its executive secretary", "its general manager": a role noun of two lower-case words
// at i (cues.json role_nouns), which no capitalised title span marks.
bool ItemBuilder::two_word_role_noun(std::uint32_t i) const {
  if (i + 1 >= s.tokens.size() || !s.tokens[i].word || !s.tokens[i + 1].word) return false;
  return ctx.lex->role_noun_relation.count(two_words(s.tokens[i].key, s.tokens[i + 1].key)) > 0;
}

// "it was hosted by X", "it was co-chaired by X": what is organised is an
// exercise or event (patterns it_organised_*), not the body "it" else names
// (cues.json occasion_it_verbs: passive_auxiliaries, then organised).
bool ItemBuilder::organised_passive(std::uint32_t i) const {
  const OccasionItVerbs& verbs = ctx.lex->occasion_it_verbs;
  std::uint32_t k = i;
  while (k < i + 2 && any_phrase_at(s, k, verbs.passive_auxiliary_words)) ++k;
  if (k == i) return false;
  if (k < s.tokens.size() && (s.tokens[k].key == "jointly"sv || s.tokens[k].key == "also"sv)) ++k;
  return any_phrase_at(s, k, verbs.organised_words);
}

// "X hosted it", "it brought together A and B": a body is not hosted and
// brings no one together; "it" is the exercise or event (patterns host_it,
// it_involved; cues.json occasion_it_verbs hosted and gathering). "X joined
// it as a civilian participant": what one joins as a participant is an occasion.
bool ItemBuilder::occasion_it(std::uint32_t i) const {
  const OccasionItVerbs& verbs = ctx.lex->occasion_it_verbs;
  bool joined_as = i > 0 && any_phrase_ends_at(s, i, verbs.joined_words) && i + 1 < s.tokens.size() &&
                   s.tokens[i + 1].key == "as"sv;
  return any_phrase_ends_at(s, i, verbs.hosted_words) || any_phrase_at(s, i + 1, verbs.gathering_words) || joined_as;
}

}  // namespace newsgraph::detail
