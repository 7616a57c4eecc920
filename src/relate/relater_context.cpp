// The Relater's reading of context (relater.hpp): who "the two sides",
// "the participating states" or a left-out object stand for, and the nation
// an entity belongs to.
#include <algorithm>
#include <cctype>

#include "relate/clause_checks.hpp"
#include "relate/passes.hpp"
#include "relate/relater.hpp"

namespace newsgraph::detail {

// "led the Finnish team", "headed Hungary's delegation": the nation stands
// for a group it sent (patterns.json group_nouns), whose leader does not lead the nation.
bool Relater::names_a_group(const std::vector<Item>& items, const detail::PatternMatch& m, int target, std::size_t si) const {
  return doc_.entities[target].type == NodeType::Nation && stands_for_group(items, m, target, si);
}

// "the EU delegation in Abuja": the entity's mention in the match ends in (or
// is followed by) a group noun, so the group, not the body, is what the rest says of.
// "On Tuesday, in Canberra, Viet Nam and Australia signed ...": a place the lexicon puts in
// one nation is not in another one written after it.
bool Relater::placed_elsewhere(int place, int nation) const {
  const DocEntity& p = doc_.entities[place];
  const DocEntity& n = doc_.entities[nation];
  if (p.type != NodeType::Place || n.type != NodeType::Nation || p.lexicon < 0 || n.lexicon < 0) return false;
  const std::string& home = lex_.entities[p.lexicon].located_in;
  return !home.empty() && home != lex_.entities[n.lexicon].label;
}

bool Relater::stands_for_group(const std::vector<Item>& items, const detail::PatternMatch& m, int target, std::size_t si) const {
  const auto& toks = doc_.sentences[si].tokens;
  for (std::size_t k = m.first; k <= m.last && k < items.size(); ++k) {
    if (items[k].entity != target) continue;
    std::size_t last = items[k].end;  // the item's last token, else the word after it
    if (last > 0 && last <= toks.size() && lex_.group_noun_set.count(toks[last - 1].key)) return true;
    if (last < toks.size() && lex_.group_noun_set.count(toks[last].key)) return true;
  }
  return false;
}

void Relater::remember_pair(int a, int b, std::size_t si) {
  ctx_.last_pair = {a, b};
  pair_sentence_ = si;
}

// Who "they" or "the ministers" in the next sentence are (ItemContext::person_pair):
// the two who met in this sentence, else the only two people it names, else
// the pair of before while the sentences after it name no one else (for at
// most kPairReach sentences naming neither). "the two ministers" of a
// sentence naming no one stands for the two who met last.
void Relater::remember_person_pair(const SentenceAnalysis& s, std::size_t si) {
  constexpr int kPairReach = 3;
  auto person = [&](int e) { return doc_.entities[e].type == NodeType::Person; };
  auto& pair = ctx_.person_pair;
  std::vector<int> people;
  for (const auto& m : s.mentions)
    if (person(m.entity) && std::find(people.begin(), people.end(), m.entity) == people.end()) people.push_back(m.entity);
  bool met = ctx_.last_pair.size() == 2 && person(ctx_.last_pair[0]) && person(ctx_.last_pair[1]);
  bool pair_word = false;  // "the two", "both" (items.cpp read it as the pair)
  for (std::size_t k = 0; k + 1 < s.tokens.size() && !pair_word; ++k)
    pair_word = (s.tokens[k].key == "the" && s.tokens[k + 1].key == "two") || s.tokens[k].key == "both";
  bool others = std::any_of(people.begin(), people.end(), [&](int e) { return std::find(pair.begin(), pair.end(), e) == pair.end(); });
  if (met && pair_sentence_ == si) pair = ctx_.last_pair, person_pair_age_ = 0;
  else if (people.size() == 2) pair = people, person_pair_age_ = 0;
  else if (people.empty() && pair_word && met) pair = ctx_.last_pair, person_pair_age_ = 0;
  else if (others || ++person_pair_age_ > kPairReach) pair.clear();
  else if (!people.empty()) person_pair_age_ = 0;
}

// What the two who met stand for, from everything read so far (called
// before each sentence): for "the two sides", "the two nations".
void Relater::refresh_pairs() {
  ctx_.last_two_exercises.clear();
  const auto& named = last_events_.first;
  if (named.size() == 2 && std::all_of(named.begin(), named.end(), [&](int e) { return doc_.entities[e].type == NodeType::Exercise; }))
    ctx_.last_two_exercises = named;
  if (ctx_.last_pair.size() != 2) return;
  int a = ctx_.last_pair[0], b = ctx_.last_pair[1];
  read_new_relations();
  auto party = [&](int e) { return doc_.entities[e].type != NodeType::Person ? e : facts_[e].party; };
  int pa = party(a), pb = party(b);
  ctx_.last_party_pair.clear();
  ctx_.last_nation_pair.clear();
  if (pa >= 0 && pb >= 0 && pa != pb) ctx_.last_party_pair = {pa, pb};
  int na = pa >= 0 ? nation_of(pa) : -1, nb = pb >= 0 ? nation_of(pb) : -1;
  if (na >= 0 && nb >= 0 && na != nb) ctx_.last_nation_pair = {na, nb};
}

// The nations that took part in or organised an exercise or event so far
// (an organising body stands for its nation), for "the nine participating
// states"; worked out only for a sentence that says "participating" or "attending".
void Relater::refresh_participants(const SentenceAnalysis& s) {
  ctx_.participant_nations.clear();
  if (std::none_of(s.tokens.begin(), s.tokens.end(),
                   [](const auto& t) { return t.key == "participating" || t.key == "attending"; }))
    return;
  auto take = [&](const Relation& r) {
    NodeType target = doc_.entities[r.target].type;
    if (target != NodeType::Exercise && target != NodeType::Event) return;
    int n = -1;
    if (r.type == EdgeType::participates_in && doc_.entities[r.source].type == NodeType::Nation) n = r.source;
    if (r.type == EdgeType::organises) n = nation_of(r.source);
    auto& got = ctx_.participant_nations;
    if (n >= 0 && std::find(got.begin(), got.end(), n) == got.end()) got.push_back(n);
  };
  for (const auto& r : out_) take(r);
  for (const auto& r : topic_out_) take(r);
}

void Relater::read_new_relations() {
  if (facts_.size() != doc_.entities.size() || facts_read_ > out_.size()) facts_.assign(doc_.entities.size(), {}), facts_read_ = 0;
  for (; facts_read_ < out_.size(); ++facts_read_) {
    const Relation& r = out_[facts_read_];
    bool to_nation = doc_.entities[r.target].type == NodeType::Nation;
    EntityFacts& f = facts_[r.source];
    if ((r.type == EdgeType::leads || r.type == EdgeType::affiliated_with) && (f.party < 0 || to_nation)) f.party = r.target;
    if (r.type == EdgeType::part_of && to_nation && f.nation_part < 0) f.nation_part = r.target;
  }
}

// The nation an entity is, or belongs to (as the text, its name or the lexicon says).
int Relater::nation_of(int e) {
  if (doc_.entities[e].type == NodeType::Nation) return e;
  read_new_relations();
  if (facts_[e].nation_part >= 0) return facts_[e].nation_part;
  if (named_nation_.empty()) named_nation_.assign(doc_.entities.size(), -2);
  if (named_nation_[e] == -2) named_nation_[e] = nation_by_name(e);  // the same for the whole document
  return named_nation_[e];
}

// The nation an entity's name opens with where it is first so mentioned, else the lexicon's.
int Relater::nation_by_name(int e) {
  if (mentions_of_.empty()) {
    mentions_of_.resize(doc_.entities.size());
    for (const auto& s : doc_.sentences)
      for (const auto& m : s.mentions) mentions_of_[m.entity].push_back({&s, &m});
  }
  for (const auto& [s, m] : mentions_of_[e])
    if (int n = detail::opening_nation(doc_, lex_, *s, *m); n >= 0) return n;
  int lex_id = doc_.entities[e].lexicon;
  if (lex_id < 0 || lex_.entities[lex_id].part_of.empty()) return -1;
  auto owner = lex_.find_entity(lex_.entities[lex_id].part_of);
  if (!owner || lex_.entities[*owner].type != NodeType::Nation) return -1;
  for (int n = 0; n < static_cast<int>(doc_.entities.size()); ++n)
    if (doc_.entities[n].lexicon == static_cast<int>(*owner)) return n;
  return -1;
}

// "Croatia took part in Dragon 26", "competed at Iron Lynx": a capitalised word the
// recogniser left untyped, after "in" or "at" ending the clause (not a month or weekday), is a
// name written as the object, so no other occasion is the one left out.
static bool untyped_name_in(const std::vector<Item>& items, const detail::PatternMatch& m,
                            const std::vector<Token>& toks, const TemporalWords& words) {
  auto lower_word = [&](const Item& it) {
    return !it.is_entity() && it.begin < toks.size() && toks[it.begin].word && !toks[it.begin].capital;
  };
  for (std::size_t k = m.last + 1; k < items.size() && k <= m.last + 2; ++k) {  // the object after the verb
    const Item& it = items[k];
    if (it.is_entity() || it.begin >= toks.size() || !toks[it.begin].word || !toks[it.begin].capital) continue;
    std::string_view key(it.key);
    if (key == "i" || words.months.count(key) || words.weekdays.count(key)) continue;
    if (lower_word(items[k - 1]) && (items[k - 1].key == "in" || items[k - 1].key == "at")) return true;
  }
  return false;
}

// The object a pattern leaves out ("took part", "teams from A and B"): the
// one of that type the clause names, else the latest one the document named
// (for an exercise, else an event). None when an object is written that is
// not a name ("took part in a conference").
int Relater::implicit_target(const std::vector<Item>& items, const detail::PatternMatch& m, NodeType type,
                    std::size_t si, bool slot_last) const {
  std::size_t next = m.last + 1;
  const auto& toks = doc_.sentences[si].tokens;
  auto lower_word_at = [&](std::size_t i) {
    return !items[i].is_entity() && items[i].begin < toks.size() && toks[items[i].begin].word &&
           !toks[items[i].begin].capital && std::isalpha(static_cast<unsigned char>(items[i].key[0]));
  };
  // "in a conference" (not "in the drill", "in March", "in 2019").
  // "in the drill" the recogniser left unresolved is the exercise spoken of.
  auto the_known = [&](std::size_t i) {  // "in that drill" too
    return (items[i].key == "the" || items[i].key == "that" || items[i].key == "this") && i + 1 < items.size() &&
           (items[i + 1].is_entity() || lex_.anaphor_type.count(items[i + 1].key));
  };
  // "Japan joined NATO": a name of another kind is the object, not the exercise left out
  // (after "teams from A" a name is no object of a verb: "from the Centre Finland").
  if (!slot_last && next < items.size() && items[next].entity >= 0 && !fits_implicit(items[next].entity, type))
    return -1;
  if (!slot_last && untyped_name_in(items, m, toks, lex_.temporal)) return -1;
  // "became a member of the ECSO": the body written right after is the one
  if (next + 1 < items.size() && items[next].key == "of") {
    std::size_t k = next + 1 + (items[next + 1].key == "the" ? 1 : 0);
    if (k < items.size() && items[k].entity >= 0 && fits_implicit(items[k].entity, type)) return items[k].entity;
  }
  bool preposition = next + 1 < items.size() && (items[next].key == "in" || items[next].key == "at" || items[next].key == "to");
  if (preposition && lower_word_at(next + 1) && !the_known(next + 1)) return -1;
  // "a delegation to the OSCE", "sent officers to NATO": a body is where they went
  if (preposition) {
    std::size_t k = next + 1 + (items[next + 1].key == "the" ? 1 : 0);
    if (k < items.size() && items[k].entity >= 0 && doc_.entities[items[k].entity].type == NodeType::Organisation)
      return -1;
    // "sent troops to Ukraine last year": a country is where they went, an
    // exercise only when the clause goes on to name it ("to Poland for the drill")
    if (k < items.size() && items[k].entity >= 0 && items[next].key == "to" &&
        doc_.entities[items[k].entity].type == NodeType::Nation && !names_occasion_after(items, k + 1, type))
      return -1;
  }
  if (!preposition && !slot_last && detail::other_occasion_object(lex_, doc_.sentences[si], items, next, type)) return -1;
  // "sent officials to the meeting": the latest thing of the kind the noun names.
  if (preposition && items[next + 1].key == "the" && next + 2 < items.size() && !items[next + 2].is_entity()) {
    auto kind = lex_.anaphor_type.find(items[next + 2].key);
    if (kind != lex_.anaphor_type.end() && kind->second != type) {
      if (!fits_implicit_kind(kind->second, type)) return -1;  // "sent instructors to the centre"
      auto it = latest_.find(kind->second);
      return it == latest_.end() ? -1 : it->second.first;
    }
  }
  auto fits = [&](int e) { return fits_implicit(e, type); };
  int best = -1;
  std::size_t best_distance = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].entity < 0 || !fits(items[i].entity) || (i >= m.first && i <= m.last)) continue;
    std::size_t d = i < m.first ? m.first - i : i - m.last;
    if (best < 0 || d < best_distance) best = items[i].entity, best_distance = d;
  }
  return best >= 0 ? best : implicit_from_story(items, m, type, si);
}

// implicit_target() when the clause names none: the one its sentence named
// before a shared subject's later verb, else the latest the story named.
int Relater::implicit_from_story(const std::vector<Item>& items, const detail::PatternMatch& m, NodeType type,
                                 std::size_t si) const {
  auto fits = [&](int e) { return fits_implicit(e, type); };
  // "A joined E as an observer in 2024 and is competing": a later verb of a
  // shared subject takes the exercise its sentence named before it
  if (m.first < items.size() && items[m.first].borrowed) {
    std::size_t own = m.first;
    while (own < m.last && items[own].borrowed) ++own;
    int named = -1;
    for (const auto& mention : doc_.sentences[si].mentions)
      if (mention.end <= items[own].begin && fits(mention.entity)) named = mention.entity;
    if (named >= 0) return named;
  }
  // "Germany's CIDS, which joined Crossed Swords in 2023, sent its largest team yet": the one
  // of the kind its sentence names (in a clause cut out of this one), before the story's latest
  int in_sentence = -1;
  for (const auto& mention : doc_.sentences[si].mentions)
    if (fits(mention.entity)) {
      if (in_sentence >= 0 && in_sentence != mention.entity) {
        in_sentence = -1;
        break;
      }
      in_sentence = mention.entity;
    }
  if (in_sentence >= 0) return in_sentence;
  auto it = latest_.find(type), event = latest_.find(NodeType::Event);
  // a report on an event (its topic) that told of an exercise some sentences
  // back: "participants" are again the event's, the exercise was a digression
  constexpr std::size_t kDigression = 2;
  if (type == NodeType::Exercise && topic_ >= 0 && doc_.entities[topic_].type == NodeType::Event &&
      it != latest_.end() && it->second.second + kDigression <= si)
    return topic_;
  // a page about an exercise that named another once in passing ("No edition was held because
  // both were preparing for X."): under the next heading, "teams from A took part" are the topic's
  if (type == NodeType::Exercise && topic_ >= 0 && it != latest_.end() && it->second.first != topic_ &&
      it->second.second < section_start_ && section_start_ < si && named_once(it->second.first, si))
    return topic_;
  if (type != NodeType::Exercise || event == latest_.end()) return it == latest_.end() ? -1 : it->second.first;
  // an event named after the exercise is what the story has moved on to,
  // unless the document is about the exercise: then the two compete
  if (it == latest_.end() || event->second.second > it->second.second)
    return it != latest_.end() && topic_ == it->second.first ? -1 : event->second.first;
  return it->second.first;
}

// Whether entity e was named in one sentence only before sentence `si`.
bool Relater::named_once(int e, std::size_t si) const {
  int sentences = 0;
  for (std::size_t k = 0; k < si && k < doc_.sentences.size(); ++k)
    if (std::any_of(doc_.sentences[k].mentions.begin(), doc_.sentences[k].mentions.end(),
                    [&](const Mention& m) { return m.entity == e; }) &&
        ++sentences > 1)
      return false;
  return sentences == 1;
}

// The exercise or event the story speaks of: the latest one named before
// this sentence, else the document's topic.
int Relater::spoken_of_happening() const {
  auto exercise = latest_.find(NodeType::Exercise), event = latest_.find(NodeType::Event);
  if (exercise == latest_.end() && event == latest_.end()) return topic_;
  if (exercise == latest_.end()) return event->second.first;
  if (event == latest_.end()) return exercise->second.first;
  return event->second.second > exercise->second.second ? event->second.first : exercise->second.first;
}

// Whether items from `from` on name a thing of the implicit kind: a name
// ("for Iron Tide") or its noun ("for the drill").
bool Relater::names_occasion_after(const std::vector<Item>& items, std::size_t from, NodeType type) const {
  for (std::size_t i = from; i < items.size(); ++i) {
    if (items[i].entity >= 0 && fits_implicit(items[i].entity, type)) return true;
    if (items[i].is_entity()) continue;
    auto kind = lex_.anaphor_type.find(items[i].key);
    if (kind != lex_.anaphor_type.end() && fits_implicit_kind(kind->second, type)) return true;
  }
  return false;
}

bool Relater::fits_implicit_kind(NodeType kind, NodeType type) const {
  return kind == type || (type == NodeType::Exercise && kind == NodeType::Event);
}

bool Relater::fits_implicit(int e, NodeType type) const {
  NodeType t = doc_.entities[e].type;
  return t == type || (type == NodeType::Exercise && t == NodeType::Event);
}

}  // namespace newsgraph::detail
