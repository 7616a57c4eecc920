// Matching one relation pattern against a clause's items: the pattern's elements run
// one by one (Matcher::run), and match_pattern() tries every start.
#include "relate/matcher_state.hpp"
#include "relate/matcher.hpp"
#include "relate/occasion_asides.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

namespace newsgraph::detail {

using namespace matcher_words;

bool Matcher::run(std::size_t ei, std::size_t i) {
  if (ei == p.elements.size()) {
    m.last = i - 1;
    return true;
  }
  const PatternElement& e = p.elements[ei];
  if (e.optional && run_element(e, ei, i)) return true;
  if (e.optional) return run(ei + 1, i);
  return run_element(e, ei, i);
}

bool Matcher::skips_adverb(const PatternElement& e, std::size_t ei, std::size_t next) const {
  if (e.role != 'S' || ei + 1 >= p.elements.size() || p.elements[ei + 1].kind == PatternElement::Slot) return false;
  return next + 1 < items.size() && !entity_like(items[next]) && ctx.lex->subject_adverb_set.count(items[next].key) > 0;
}

bool Matcher::after_verb_adverbs(std::size_t ei, std::size_t next) {
  if (ei + 1 >= p.elements.size() || p.elements[ei + 1].kind != PatternElement::Words || next == 0 ||
      !ctx.lex->verb_auxiliary_set.count(items[next - 1].key))
    return false;
  for (std::size_t k = next; k < next + kMaxVerbAdverbs && k + 1 < items.size(); ++k) {
    if (entity_like(items[k]) || !ctx.lex->verb_adverb_set.count(items[k].key)) return false;
    if (run(ei + 1, k + 1)) return true;
  }
  return false;
}

// "The CCDCOE in Tallinn sent observers", "Colonel X of the Polish Army has taken over as":
// a subject's place, or a person's or body's owner, after it, which the pattern does not
// write, before the pattern's next words; the index after it, else `next`. Not where
// those words read the preposition themselves ("X in Y hosted", "X of Y said").
std::size_t Matcher::after_subject_place(const PatternElement& e, std::size_t ei, std::size_t next) const {
  if (e.role != 'S' || ei + 1 >= p.elements.size() || p.elements[ei + 1].kind != PatternElement::Words ||
      next >= items.size() || next == 0)
    return next;
  const KeyView& prep = items[next].key;
  bool in = prep == "in", of = items[next].word == word::of;
  const auto& alts = p.elements[ei + 1].words;
  if ((!in && !of) || std::find(alts.begin(), alts.end(), std::string(prep)) != alts.end()) return next;
  if (of && !owned_item(next - 1)) return next;
  std::size_t k = next + 1;
  if (k < items.size() && items[k].word == word::the) ++k;
  if (k + 1 >= items.size() || items[k].entity < 0 || !items[k].group.empty() ||
      items[k + 1].word == word::possessive)
    return next;
  NodeType t = entity_type(ctx, items[k].entity);
  if (in) return t == NodeType::Place || t == NodeType::Nation ? k + 1 : next;
  return t == NodeType::Organisation || t == NodeType::Nation ? k + 1 : next;
}

// "in the Estonian capital, Tallinn", "outside the Belgian city of Mons": a place
// written after the noun that describes it (cues.json type_nouns of Place); the
// index of the place's item, else i.
std::size_t Matcher::described_place(const PatternElement& e, std::size_t i) const {
  std::size_t k = i;
  if (k < items.size() && items[k].word == word::the) ++k;
  else if (k == 0 || items[k - 1].word != word::the) return i;  // (a pattern's "the?" took it)
  if (k < items.size() && items[k].entity >= 0 && items[k].group.empty() &&
      entity_type(ctx, items[k].entity) == NodeType::Nation)
    ++k;
  if (k + 2 >= items.size() || entity_like(items[k])) return i;
  auto noun = ctx.lex->type_noun_type.find(items[k].key);
  if (noun == ctx.lex->type_noun_type.end() || noun->second != NodeType::Place) return i;
  if (items[k + 1].word != word::comma && items[k + 1].word != word::of) return i;
  const Item& place = items[k + 2];
  bool named = place.entity >= 0 && place.group.empty() && entity_type(ctx, place.entity) == NodeType::Place;
  return named && fits(e, place) ? k + 2 : i;
}

// The end of the sentence or clause (no comma), or a comma and one nation closing it: a list
// line's "Ms X, Digital Agency (DA), Cyprus" (a "Unit, Parent body" goes on: no end).
bool Matcher::line_end(std::size_t i) const {
  auto closes = [&](std::size_t k) { return k >= items.size() || boundary(items[k]); };
  if (closes(i)) return true;
  if (items[i].word != word::comma || i + 1 >= items.size()) return false;
  const Item& n = items[i + 1];
  return n.entity >= 0 && n.group.empty() && entity_type(ctx, n.entity) == NodeType::Nation && closes(i + 2);
}

bool Matcher::run_element(const PatternElement& e, std::size_t ei, std::size_t i) {
  switch (e.kind) {
    case PatternElement::Slot: {
      // the place the description names, not the nation of its adjective
      if (std::size_t named = described_place(e, i); named != i) return run_slot(e, ei, named);
      return run_slot(e, ei, i);
    }
    case PatternElement::Words: {
      std::uint32_t lengths = words_at(e, i);
      // the longest reading first: the set bits from the highest down (bit 0, no words, is none)
      for (std::uint32_t rest = lengths & ~std::uint32_t{1}; rest != 0;) {
        std::size_t len = 31 - static_cast<std::size_t>(__builtin_clz(rest));
        rest &= ~(std::uint32_t{1} << len);
        if (run(ei + 1, i + len) || after_verb_adverbs(ei, i + len)) return true;
      }
      if (e.or_line_end && line_end(i)) return run(ei + 1, i);
      return e.or_end && (i >= items.size() || boundary(items[i]) || items[i].word == word::comma) && run(ei + 1, i);
    }
    case PatternElement::End:
      // a leading $ is the clause's start: "The X in Y said", not "run by the X in Y"
      // (after a list item's bullet too: "- Red team: X")
      if (ei == 0) return (i == 0 || boundary(items[i - 1]) || (i == 1 && bullet(items[0]))) && run(ei + 1, i);
      return (i >= items.size() || boundary(items[i]) || items[i].word == word::comma) && run(ei + 1, i);
    case PatternElement::Gap:
      for (std::size_t k = 0; k <= e.max_gap && i + k <= items.size(); ++k) {
        // "..., while the UK delegation was led by": a gap does not reach into another clause
        if (k > 0 && (boundary(items[i + k - 1]) || items[i + k - 1].word == word::while_)) return false;
        // "A and B, head of C": the role after B's comma is B's, not A's
        if (k > 0 && own_apposition(ctx, items, i + k - 1)) return false;
        // "by A, head of X, and by the chief of Y, B": "and by" opens the next agent's phrase
        if (k > 1 && items[i + k - 1].key == "by" && items[i + k - 2].word == word::and_) return false;
        // "in X since 2014 and in Y, organised by Z": a nearer name of the opening slot's kind is the slot's
        if (k > 0 && opening_gap(ei) && fits(p.elements.front(), items[i + k - 1])) return false;
        if (run(ei + 1, i + k)) return true;
      }
      return false;
  }
  return false;
}

// "- ", "* ", "\u2022 ": the bullet a list item opens with, no word of its clause.
bool Matcher::bullet(const Item& it) const {
  return !it.is_entity() && (it.key == "-" || it.key == "*" || it.key == "\u2022");
}

// Whether the gap element ei follows the pattern's opening slot with only optional words between.
bool Matcher::opening_gap(std::size_t ei) const {
  if (ei == 0 || p.elements.front().kind != PatternElement::Slot) return false;
  for (std::size_t k = 1; k < ei; ++k)
    if (p.elements[k].kind != PatternElement::Words || !p.elements[k].optional) return false;
  return true;
}

// "Locked Shields 2024 involved A": the year after an exercise's name dates it;
// "The CCDCOE (Tallinn) organised", "Z 2024 (22-26 April) drew A": an aside in
// brackets after a name. The pattern goes on after them.
bool Matcher::run_after_aside(std::size_t ei, std::size_t next) {
  std::size_t at = year_after_occasion(items, ctx, next) ? next + 1 : next;
  if (at != next && run(ei + 1, at)) return true;
  std::size_t after = after_brackets(items, at);
  if (after && run(ei + 1, after)) return true;
  after = after_description(items, ctx, at);
  if (after && run(ei + 1, after)) return true;
  // "Z 2024 in Tallinn drew A": the occasion's place, where the pattern does not read it
  const auto& alts = p.elements[ei + 1].words;
  after = std::find(alts.begin(), alts.end(), "in") == alts.end() ? place_after_occasion(items, ctx, at) : 0;
  return after && run(ei + 1, after);
}

// Whether items[at] is a lower-case noun of the kind of the exercise or event named
// just before it (cues.json anaphora: "exercise", "drill", "summit").
bool Matcher::kind_noun_at(std::size_t at) const {
  return at > 0 && at < items.size() && entity_like(items[at - 1]) && kind_noun_after(at, 0, false) == at + 1;
}

bool Matcher::run_slot(const PatternElement& e, std::size_t ei, std::size_t i) {
  if (i + 1 < items.size() && items[i].word == word::the && fits(e, items[i + 1])) ++i;
  if (i >= items.size() || !fits(e, items[i])) return false;
  auto& to = e.role == 'S' ? m.sources : m.targets;
  std::size_t before = to.size();
  // "S:Person of O:Organisation": the pattern reads the owner after "of" itself
  bool owner_read = ei + 1 < p.elements.size() && p.elements[ei + 1].kind == PatternElement::Words &&
                    std::find(p.elements[ei + 1].words.begin(), p.elements[ei + 1].words.end(), "of") !=
                        p.elements[ei + 1].words.end();
  std::size_t next = take_list(e, i, to, ei > 0, ei + 1 == p.elements.size(), owner_read);
  if (ei + 1 == p.elements.size() && speaker_after_comma(i, next)) {
    to.resize(before);
    return false;
  }
  if (e.role == 'O' && ei + 1 == p.elements.size() && modifies_next(next) && !kind_phrase_at(next)) {
    to.resize(before);
    return false;
  }
  if (run(ei + 1, next)) return true;
  if (ei + 1 < p.elements.size() && run_after_aside(ei, next)) return true;
  // "the Harbour Shield exercise was held in": the noun of its kind after the name
  if (ei + 1 < p.elements.size() && kind_noun_at(next) && run(ei + 1, next + 1)) return true;
  // "the Vesuvius Grid cyber exercise in Naples": its kind's noun after a few modifiers
  if (std::size_t after = ei + 1 < p.elements.size() ? kind_noun_within(next) : 0; after > next + 1 && run(ei + 1, after))
    return true;
  // "X last year also joined Y": a few adverbs in a row
  for (std::size_t k = next; k < next + kMaxAdverbs && skips_adverb(e, ei, k); ++k)
    if (run(ei + 1, k + 1)) return true;
  if (std::size_t after = after_subject_place(e, ei, next); after != next) {
    for (std::size_t k = after; k < after + kMaxAdverbs && skips_adverb(e, ei, k); ++k)
      if (run(ei + 1, k + 1)) return true;
    if (run(ei + 1, after)) return true;
  }
  to.resize(before);
  // "A and his counterpart B met": where the pattern reads "and his" itself, A is the slot's alone
  if (kin_lists && std::any_of(items.begin() + static_cast<long>(i), items.begin() + static_cast<long>(next),
                               [](const Item& it) { return it.key == "his" || it.key == "her" || it.key == "their"; })) {
    kin_lists = false;
    bool shorter = run_slot(e, ei, i);
    kin_lists = true;
    return shorter;
  }
  return false;
}

// "A member of X since 2004, the ministry said": a name closing a pattern after a
// comma, with a verb of speech after it, is who reports the clause, not in it.
bool Matcher::speaker_after_comma(std::size_t i, std::size_t next) const {
  std::size_t b = i > 0 && items[i - 1].word == word::the ? i - 1 : i;
  if (b == 0 || items[b - 1].word != word::comma || next >= items.size()) return false;
  const auto& say = ctx.lex->speech_verbs;
  if (std::find(say.begin(), say.end(), items[next].key) == say.end()) return false;
  // "..., the ministry said." / "said on Monday"; not "..., Estonia said it would host"
  std::size_t after = next + 1;
  if (after >= items.size() || boundary(items[after]) || items[after].word == word::comma) return true;
  static const std::set<std::string_view> closing = {"on", "in", "last", "this", "today", "yesterday", "earlier", "late"};
  return !items[after].is_entity() && closing.count(std::string_view(items[after].key)) > 0;
}

// After the last slot: "... alongside other countries such as A, B and C".
void Matcher::extend(std::size_t from) {
  const PatternElement& last = p.elements.back();
  // "X's unit together with the Y": the owner's is the first body only
  if (last.kind != PatternElement::Slot || p.relation == EdgeType::part_of) return;
  auto& to = last.role == 'S' ? m.sources : m.targets;
  bool extender = false;
  for (std::size_t i = from, seen = 0; i < items.size() && seen < 12; ++i, ++seen) {
    const Item& it = items[i];
    if (boundary(it) || it.word == word::but || it.word == word::while_ || it.word == word::which ||
        it.word == word::who)
      return;
    // "organised by X for 40 nations, including A": a phrase of its own, A is no organiser
    // ("together with": the extender's own "with" comes after it set `extender`)
    if (!extender && !entity_like(it) && ctx.lex->extension_stop_set.count(it.key)) return;
    // "run by X, alongside teams from A": a group the extender names takes part, it does not run X's
    if (extender && !entity_like(it) && p.relation != EdgeType::participates_in && ctx.lex->group_noun_set.count(it.key))
      return;
    if (entity_like(it)) {
      // "as well as its partners", "as well as Europol's partners": the owner is not one of them
      if (i + 1 < items.size() && items[i + 1].word == word::possessive) return;
      if (extender && fits(last, it)) {
        std::vector<int> more;
        take_list(last, i, more);
        for (int x : more)
          if (std::find(to.begin(), to.end(), x) == to.end()) to.push_back(x);
        return;
      }
      std::size_t b = i > 0 && items[i - 1].word == word::the ? i - 1 : i;
      if (b == 0 || items[b - 1].word != word::of) return;
      continue;
    }
    for (const auto& [first, second] : kExtenders)
      if (it.word == first && (second == word::other || (i + 1 < items.size() && items[i + 1].word == second)))
        extender = extender || second != word::well || (i + 2 < items.size() && items[i + 2].word == word::as);
  }
}

std::vector<PatternMatch> match_pattern(const RelationPattern& pattern, const std::vector<Item>& items,
                                        const ItemContext& ctx, std::size_t sentence, const ClauseWords& words) {
  std::vector<PatternMatch> out;
  // Cheap test first: each word element the pattern cannot do without must
  // have one of its words in the clause (index_words() knows for the lexicon's patterns).
  bool indexed = pattern.index < ctx.lex->patterns.size() && &ctx.lex->patterns[pattern.index] == &pattern;
  if (indexed ? !words.may_match(pattern.index) : !has_required(pattern, words)) return out;
  // (a pattern outside the lexicon, as tests build, is read here)
  bool fillable = indexed && ctx.lex->index_serial != 0
                      ? may_fill_slots(slot_needs_of(pattern, *ctx.lex), items, ctx, words)
                      : may_fill_slots(slot_needs(pattern), items, ctx, words);
  if (!fillable) return out;
  bool starts_with_slot = !pattern.elements.empty() && pattern.elements[0].kind == PatternElement::Slot;
  bool starts_with_anchor = !pattern.elements.empty() && pattern.elements[0].kind == PatternElement::Words &&
                            !pattern.elements[0].optional;
  // "A, commander of X, B of Y": a role after a person's comma is that person's
  // apposition, not a title of the name after it
  bool title_first = !starts_with_slot && !pattern.elements.empty() && pattern.elements[0].kind != PatternElement::End &&
                     (pattern.relation == EdgeType::leads || pattern.relation == EdgeType::affiliated_with);
  // "ARCC, a body of the ITU based in Muscat": the seat is the body's, not its owner's
  bool seat_first = starts_with_slot && pattern.relation == EdgeType::located_in;
  auto owned_then_seated = [&](std::size_t i) {
    std::size_t at = items[i].word == word::the ? i + 1 : i;  // the slot's item
    std::size_t of = at >= 1 && items[at - 1].word == word::the ? at - 2 : at - 1;
    if (at == 0 || of >= items.size() || items[of].word != word::of || at + 1 >= items.size()) return false;
    const KeyView& next = items[at + 1].key;
    return next == "based" || next == "headquartered" || next == "located";
  };
  Matcher mt{pattern, items, ctx, sentence, {}, true, {}};  // one for every start: its lists keep their storage
  for (std::size_t i = 0, limit = start_limit(pattern, items, words); i < limit; ++i) {
    if (title_first && i >= 2 && own_apposition(ctx, items, i - 2)) continue;
    if (seat_first && owned_then_seated(i)) continue;
    if (starts_with_slot && pattern.elements[0].role == 'S' && mt.owner_after_of(i)) continue;
    if (starts_with_slot && items[i].entity < 0 && items[i].group.empty() && items[i].word != word::the &&
        items[i].word != word::pair)
      continue;
    if (starts_with_anchor &&
        std::find(pattern.anchor_ids.begin(), pattern.anchor_ids.end(), items[i].word) == pattern.anchor_ids.end())
      continue;
    mt.m.sources.clear();
    mt.m.targets.clear();
    mt.m.first = i;
    mt.m.last = 0;
    if (!mt.run(0, i)) continue;
    mt.extend(mt.m.last + 1);
    out.push_back(std::move(mt.m));  // (its lists are cleared before the next start uses them)
  }
  return out;
}

}  // namespace newsgraph::detail
