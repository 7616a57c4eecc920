#include "relate/cue_fallback.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "relate/clauses.hpp"
#include "relate/cue_words.hpp"

namespace newsgraph::detail {
namespace {

bool has_type(const std::vector<NodeType>& types, NodeType t) {
  return std::find(types.begin(), types.end(), t) != types.end();
}

// The first item at or after `from` that is a cue of family `fi` (a word or two).
// Items are indexed (index_words()): their word ids stand for their keys.
std::size_t find_cue(const Lexicon& lex, std::size_t fi, const std::vector<Item>& items, std::size_t from) {
  const CueFamily& f = lex.cue_families[fi];
  const CueWords& ids = cue_words(lex);
  std::string two;  // one buffer for every two-word phrase
  for (std::size_t i = from; i < items.size(); ++i) {
    if (items[i].is_entity() || items[i].key.empty()) continue;
    std::uint16_t m = ids.complete ? ids.of(items[i].word) : 0;
    if (ids.complete ? (m & CueWords::family_cue(fi)) != 0 : f.cue_set.count(items[i].key) > 0) return i;
    if (i + 1 < items.size() && !items[i + 1].is_entity() &&
        (ids.complete ? (m & CueWords::family_head(fi)) != 0 : f.cue_heads.count(items[i].key) > 0)) {
      two.assign(items[i].key).append(1, ' ').append(items[i + 1].key);
      if (f.cue_set.count(two)) return i;
    }
  }
  return items.size();
}

// Whether the clause names two different entities that may be a subject and an
// object (a relation needs both): most clauses do not, and skip the rest.
bool two_names(const std::vector<Item>& items) {
  int first = -1;
  for (const auto& it : items) {
    if (it.entity < 0 || !it.group.empty()) continue;
    if (first < 0) first = it.entity;
    else if (it.entity != first) return true;
  }
  return false;
}

// Words that may stand between a role and what the person leads ("head of the").
bool role_glue(const KeyView& key) {
  return key == "of" || key == "the" || key == "at" || key == "for" || key == "'s" || key == "," || key == "a" ||
         key == "an";
}

// "the technology branch", "a small team" from item k: an object noun phrase of
// lower-case words naming nothing (after one of cues.json determiners).
bool unnamed_object(const Lexicon& lex, const std::vector<Item>& items, std::size_t k) {
  if (k < items.size() && lex.determiner_set.count(std::string_view(items[k].key))) ++k;
  return k < items.size() && !items[k].is_entity() && lower_word(items[k]);
}

// How a leads cue reads for object `e`: "who heads the cyber group of X", "the
// head of the Lithuanian cyber unit" lead a unit of X (affiliated with X);
// "led the Belgian team" says nothing of Belgium (patterns.json group_nouns).
std::optional<EdgeType> leads_reading(const Lexicon& lex, const ItemContext& ctx, const SentenceAnalysis& s,
                                      const std::vector<Item>& items, std::size_t cue, int e) {
  const auto& toks = s.tokens;
  for (std::size_t j = 0; j < items.size(); ++j) {
    if (items[j].entity != e) continue;
    bool nation = entity_type(ctx, e) == NodeType::Nation;
    // the nation's item may hold the noun it modifies ("the Latvian team" read as Latvia)
    std::size_t last = items[j].end;
    auto group = [&](std::size_t t) { return t < toks.size() && lex.group_noun_set.count(toks[t].key) > 0; };
    if (nation && ((last > 0 && group(last - 1)) || group(last))) return std::nullopt;
    bool noun_inside = holds_lower_noun(items[j], s);
    bool followed = j + 1 < items.size() && lower_word(items[j + 1]);
    // "had headed the BSI's department for ...": a unit the body owns, whose head serves the body
    // (a verb of heading; "the director of the Navy's cyber school" reads as before)
    static const std::set<std::string_view> heading = {"headed", "heads", "led", "leads", "ran", "runs", "directed", "directs"};
    if (cue < items.size() && heading.count(std::string_view(items[cue].key)) && j + 2 < items.size() &&
        items[j + 1].key == "'s" && lower_word(items[j + 2]))
      return EdgeType::affiliated_with;
    if (nation && (followed || noun_inside)) return EdgeType::affiliated_with;
    // "his years at X, where he headed the technology branch": the verb's own object is a
    // part of X no name gives; he served X, he did not lead it
    if (j < cue && heading.count(std::string_view(items[cue].key)) && unnamed_object(lex, items, cue + 1))
      return EdgeType::affiliated_with;
    for (std::size_t k = cue + 1; k < j; ++k)
      if (!items[k].is_entity() && !role_glue(items[k].key) && !lex.temporal.date_cues.count(items[k].key) &&
          lower_word(items[k]))
        return EdgeType::affiliated_with;
    return EdgeType::leads;
  }
  return EdgeType::leads;
}

// The names of the family's object types in the clause, other than `subject`;
// none when two of them are not one coordinated list (which one is meant is unknown).
std::vector<int> objects_of(const CueFamily& f, const ItemContext& ctx, const std::vector<Item>& items, int subject) {
  std::vector<int> found;
  std::size_t last = items.size();
  for (std::size_t i = 0; i < items.size(); ++i) {
    int e = items[i].entity;
    if (e < 0 || e == subject || !items[i].group.empty() || !has_type(f.targets, entity_type(ctx, e))) continue;
    if (std::find(found.begin(), found.end(), e) != found.end()) continue;
    // "director of RIA, Estonia's cyber agency": a nation's possessive opening an
    // apposition names the owner of the object before it, not a second object
    if (!found.empty() && items[i - 1].key == "," && i + 1 < items.size() && items[i + 1].key == "'s" &&
        entity_type(ctx, e) == NodeType::Nation)
      continue;
    // "heads X in Norfolk, United States": the nation after a place and its comma is the place's
    if (i >= 2 && items[i - 1].key == "," && items[i - 2].entity >= 0 && items[i - 2].group.empty() &&
        entity_type(ctx, items[i - 2].entity) == NodeType::Place && entity_type(ctx, e) == NodeType::Nation)
      continue;
    if (last < items.size())
      for (std::size_t k = last + 1; k < i; ++k)
        if (!coordinating(items[k].key)) return {};
    found.push_back(e);
    last = i;
  }
  return found;
}

// "A opened it with the Supreme Allied Commander, General B": a cue whose
// next name, a few words on, is a person is that person's title, not A's.
// "by the chief executive of the X agency, B": the role's own object ("of X") is passed over.
bool holder_after(const ItemContext& ctx, const std::vector<Item>& items, std::size_t cue) {
  for (std::size_t k = cue + 1; k < items.size() && k <= cue + 8; ++k) {
    if (!items[k].is_entity()) continue;
    bool person = items[k].entity >= 0 && items[k].group.empty() && entity_type(ctx, items[k].entity) == NodeType::Person;
    if (person) return true;
    bool object = items[k - 1].key == "of" || (items[k - 1].key == "the" && k >= 2 && items[k - 2].key == "of");
    if (!object || k + 1 >= items.size() || (items[k + 1].key != "," && !lower_word(items[k + 1]))) return false;
  }
  return false;
}

// "Estonia's foreign minister and her Latvian counterpart signed", "the Greek minister
// and his Cypriot colleague": the nation of the official before "and his|her|their"
// (item at, a nation) goes with at's. Its item, else `at`.
std::size_t counterpart_opener(const ItemContext& ctx, const std::vector<Item>& items, std::size_t at) {
  if (at < 4 || items[at].entity < 0 || entity_type(ctx, items[at].entity) != NodeType::Nation) return at;
  const KeyView& own = items[at - 1].key;
  if ((own != "his" && own != "her" && own != "their") || items[at - 2].key != "and") return at;
  bool titled = false;
  std::size_t k = at - 2;
  for (; k > 0 && k + 5 > at && lower_word(items[k - 1]); --k) {
    const KeyView& w = items[k - 1].key;
    titled = titled || ctx.lex->title_relation.count(w) || ctx.lex->role_noun_relation.count(w);
  }
  if (!titled || k == at - 2 || k == 0) return at;
  if (items[k - 1].key == "'s" && k >= 2) --k;
  std::size_t n = k - 1;
  bool nation = items[n].entity >= 0 && items[n].group.empty() && entity_type(ctx, items[n].entity) == NodeType::Nation;
  return nation ? n : at;
}

// The subject: the nearest name before the cue, when of a source type, with the
// names coordinated before it ("A and B took part"); else, for a role noun
// written before a name ("Director Jane Roe"), the name right after the cue.
std::vector<int> subjects_of(const CueFamily& f, const ItemContext& ctx, const std::vector<Item>& items, std::size_t cue) {
  auto fits = [&](std::size_t i) {
    return items[i].entity >= 0 && items[i].group.empty() && has_type(f.sources, entity_type(ctx, items[i].entity));
  };
  std::vector<int> out;
  std::size_t i = cue;
  while (i > 0 && !items[i - 1].is_entity()) --i;
  if (i > 0 && holder_after(ctx, items, cue)) return out;
  if (i > 0 && !fits(i - 1)) return out;  // "the two adopted", "Jane Roe of NATO attended": another is the actor
  if (i == 0) {
    if (cue + 1 < items.size() && fits(cue + 1)) out.push_back(items[cue + 1].entity);
    return out;
  }
  std::size_t at = i - 1;
  out.push_back(items[at].entity);
  if (own_apposition(ctx, items, at)) return out;  // "A, and B, the deputy head of C": B's alone
  while (at > 0) {  // coordinated before it
    std::size_t k = at;
    while (k > 0 && coordinating(items[k - 1].key)) --k;
    if (k == at || k == 0 || !fits(k - 1)) {
      k = counterpart_opener(ctx, items, at);
      if (k == at || !fits(k)) break;
      k += 1;
    }
    at = k - 1;
    out.push_back(items[at].entity);
  }
  return out;
}

// "will sign", "agreed to formally ratify": the cue at `cue` hedged by one of the
// family's hedges written right before it (one of patterns.json verb_adverbs between allowed).
bool hedged_cue(const Lexicon& lex, const CueFamily& f, const std::vector<Item>& items, std::size_t cue) {
  if (f.hedges.empty()) return false;
  std::size_t k = cue;
  if (k > 0 && !items[k - 1].is_entity() && lex.verb_adverb_set.count(items[k - 1].key)) --k;
  auto listed = [&](std::string_view w) { return std::find(f.hedges.begin(), f.hedges.end(), w) != f.hedges.end(); };
  if (k == 0 || items[k - 1].is_entity()) return false;
  if (listed(items[k - 1].key)) return true;
  if (k < 2 || items[k - 2].is_entity()) return false;
  std::string two(items[k - 2].key);
  return listed(two.append(1, ' ').append(items[k - 1].key));
}

}  // namespace

std::vector<CueRelation> cue_relations(const Lexicon& lex, const ItemContext& ctx, const SentenceAnalysis& s,
                                       const std::vector<Item>& items) {
  std::vector<CueRelation> out;
  if (items.empty() || !two_names(items) || negated(lex, s, items, 0, items.size() - 1)) return out;  // "did not", "plans to", "would"
  for (std::size_t fi = 0; fi < lex.cue_families.size(); ++fi) {
    const CueFamily& f = lex.cue_families[fi];
    // "drafted by NATO experts and signed by A": a signing told in the passive has its signer
    // after "by" (the patterns read it), not the name before it
    auto passive = [&](std::size_t c) {
      return f.relation == EdgeType::party_to && c + 1 < items.size() && items[c + 1].key == "by";
    };
    std::size_t cue = find_cue(lex, fi, items, 0);
    while (cue < items.size() && (hedged_cue(lex, f, items, cue) || passive(cue))) cue = find_cue(lex, fi, items, cue + 1);
    if (cue >= items.size()) continue;
    for (int a : subjects_of(f, ctx, items, cue)) {
      for (int b : objects_of(f, ctx, items, a)) {
        if (a == b) continue;
        std::optional<EdgeType> relation = f.relation;
        if (f.relation == EdgeType::leads) relation = leads_reading(lex, ctx, s, items, cue, b);
        // "deputy director of X", "vice chairman of X": a post under the head (cues.json deputy_words)
        // "team lead at X", "branch chief at X": the head of a unit of X (cues.json demoting_words)
        if (relation == EdgeType::leads && cue > 0 &&
            (lex.deputy_set.count(items[cue - 1].key) || lex.demotes(items[cue - 1].key, items[cue].key)))
          relation = EdgeType::affiliated_with;
        // "appointed X as head of its information security committee": a part of the body no name gives
        if (relation == EdgeType::leads && cue + 3 < items.size() && items[cue + 1].key == "of" &&
            (items[cue + 2].key == "its" || items[cue + 2].key == "their") && lower_word(items[cue + 3]))
          relation = EdgeType::affiliated_with;
        if (!relation) continue;
        out.push_back({a, b, &f, *relation, items[cue].begin});
      }
    }
  }
  return out;
}

}  // namespace newsgraph::detail
