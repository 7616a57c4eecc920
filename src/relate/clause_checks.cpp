// Small readings of one clause's items the relation patterns consult
// (clause_checks.hpp), kept apart from the Relater's pattern loop.
#include "relate/clause_checks.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "relate/clauses.hpp"
#include "relate/dating.hpp"
#include "relate/items.hpp"

namespace newsgraph::detail {

namespace {

// "Did Chile take part in X?", "Q: Will Peru join NATO?": a yes/no question (patterns.json
// question_openers first, "?" last; a speaker's label before a colon skipped) asks, it states nothing.
bool yes_no_question(const Lexicon& lex, const SentenceAnalysis& s) {
  const auto& toks = s.tokens;
  if (toks.size() < 3 || toks.back().key != "?") return false;
  std::size_t first = 0;
  for (std::size_t k = 0; k < 4 && k + 1 < toks.size(); ++k)
    if (toks[k].key == ":") first = k + 1;
  return lex.question_opener_set.count(toks[first].key) > 0;
}

// The last item a pattern's own words state the fact with. One set of words after the
// last slot only bounds the slot's phrase ("the Agency in Bergen would host ...": the
// seat is stated before "would", the modal is the next verb's), and is left out.
std::size_t bounded_last(const RelationPattern& p, const PatternMatch& m) {
  const auto& els = p.elements;
  if (els.size() < 2 || els.back().kind != PatternElement::Words || els.back().optional || m.last == m.first) return m.last;
  std::size_t k = els.size() - 2;
  if (k > 0 && els[k].kind == PatternElement::Words && els[k].optional) --k;  // ",?" before the words
  return els[k].kind == PatternElement::Slot ? m.last - 1 : m.last;
}

// "Moldova's participation in the exercise was coordinated by B", "the participation of A in
// X was led by B", "the team at X was run by B": an occasion named after a share of it
// (patterns.json share_nouns, group_nouns), the verb right after it, is not what that verb is said of
// ("a team to X in March, hosted by B": a phrase apart, said of X).
bool share_of_occasion(const Lexicon& lex, const SentenceAnalysis& s, const std::vector<Item>& items, std::size_t o) {
  if (o + 1 >= items.size()) return false;
  const KeyView& aux = items[o + 1].key;
  if (aux != "is" && aux != "was" && aux != "were" && aux != "has" && aux != "had" && aux != "will") return false;
  std::size_t k = o;
  if (k >= 1 && (items[k - 1].key == "the" || items[k - 1].key == "this" || items[k - 1].key == "that")) --k;
  if (k < 2) return false;
  const KeyView& prep = items[k - 1].key;
  if (prep != "in" && prep != "at" && prep != "of" && prep != "to" && prep != "for") return false;
  std::size_t noun = k - 2;
  // "the participation of Armenia in X": the share's owner between the noun and the occasion
  if (items[noun].is_entity() && noun >= 2 && items[noun - 1].key == "of") noun -= 2;
  // the noun's last word ("the Moldovan team" is one item, the nation's)
  const WordKey& last = s.tokens[items[noun].end - 1].key;
  return lex.share_noun_set.count(last) || lex.group_noun_set.count(last);
}

}  // namespace

bool source_apposition(const RelationPattern& p) {
  const auto& els = p.elements;
  if (els.size() < 3 || els[0].kind != PatternElement::Slot || els[0].role != 'S' || els[1].kind != PatternElement::Words ||
      els[1].optional)
    return false;
  bool person = std::all_of(els[0].types.begin(), els[0].types.end(), [](NodeType t) { return t == NodeType::Person; });
  // "A and B, the X's maritime centre": a singular body's apposition after a list of bodies is B's
  bool unit = p.relation == EdgeType::part_of &&
              std::all_of(els[0].types.begin(), els[0].types.end(), [](NodeType t) { return t == NodeType::Organisation; });
  // "A and B, both of X": an apposition that opens with both/all/each is the whole list's
  bool whole_list = els[2].kind == PatternElement::Words && !els[2].optional &&
                    std::all_of(els[2].words.begin(), els[2].words.end(),
                                [](const std::string& w) { return w == "both" || w == "all" || w == "each"; });
  return (person || unit) && !whole_list && std::find(els[1].words.begin(), els[1].words.end(), ",") != els[1].words.end();
}

// "specialists from X, which ..., ran a joint exercise": the group named by where it comes from
// is the subject of an organiser's verb (a relative clause after the list skipped), so X ran the
// drill and took no part in another one the story named.
static bool organiser_after(const Lexicon& lex, const RelationPattern& p, const std::vector<Item>& items,
                            const PatternMatch& m) {
  if (!p.implicit_object || p.elements.back().kind != PatternElement::Slot) return false;
  std::size_t k = m.last + 1;
  if (k + 1 < items.size() && items[k].key == "," && (items[k + 1].key == "which" || items[k + 1].key == "who")) {
    std::size_t close = k + 2;
    while (close < items.size() && close < k + 30 && items[close].key != "," && items[close].key != ";") ++close;
    if (close >= items.size() || items[close].key != ",") return false;
    k = close + 1;
  }
  if (k < items.size() && items[k].key == "also") ++k;
  return k < items.size() && lex.organiser_verb_set.count(items[k].key) > 0;
}

// "X denied a report that it had signed ...", "rejected claims that A joined": what
// a report says that a negator (patterns.json negators) sets aside, before the subject at `first`.
static bool denied_report(const Lexicon& lex, const std::vector<Item>& items, std::size_t first) {
  static const std::set<std::string_view> hearsay = {"report", "reports", "claim", "claims", "rumour", "rumours",
                                                     "rumor", "rumors", "suggestion", "suggestions", "allegation",
                                                     "allegations", "speculation"};
  if (first < 3 || items[first - 1].key != "that" || !hearsay.count(std::string_view(items[first - 2].key))) return false;
  for (std::size_t k = first - 2; k-- > 0 && k + 5 > first;)
    if (lex.negator_set.count(items[k].key)) return true;
  return false;
}

// "A meeting between A and B is planned for Friday", "Talks between A and B will follow",
// "Talks between A and B were cancelled", "... has been called off": the verb after a meeting
// named by its noun is a plan (patterns.json modals), a future or a denial (patterns.json negators).
static bool planned_after(const Lexicon& lex, const std::vector<Item>& items, std::size_t k) {
  if (k < items.size() && items[k].key == "will") return true;
  if (k + 1 < items.size() && items[k + 1].key == "been" &&
      (items[k].key == "has" || items[k].key == "have" || items[k].key == "had"))
    ++k;  // "has been postponed": the participle after "been"
  if (k + 1 >= items.size()) return false;
  const KeyView& be = items[k].key;
  bool copula = be == "is" || be == "are" || be == "was" || be == "were" || be == "been";
  if (!copula) return false;
  const KeyView& verb = items[k + 1].key;
  if (lex.modal_set.count(verb) || lex.negator_set.count(verb)) return true;
  if (k + 2 >= items.size()) return false;
  std::string two(verb);
  two.append(1, ' ').append(items[k + 2].key);
  return lex.negator_set.count(two) > 0;  // "called off", "no longer"
}

// "Talks on the X between A and B", "a draft of the X between ...", "the proposed X, which A and
// B are to sign": an agreement named first, a word of a plan or a negotiation (patterns.json
// prospect_words) a few words before it in its phrase, is not signed yet; nobody is party to it.
static bool prospective_agreement(const Lexicon& lex, const std::vector<Item>& items, std::size_t o) {
  for (std::size_t k = o; k-- > 0 && o - k <= 4;) {
    if (items[k].is_entity() || items[k].key == "," || items[k].key == ";") return false;
    if (lex.prospect_word_set.count(items[k].key)) return true;
    // "talks on the X" is prospective; "The talks follow the X" speaks of a concluded one
    if (!lex.function_word_set.count(items[k].key)) return false;
  }
  return false;
}

bool pattern_denied(const Lexicon& lex, const SentenceAnalysis& s, const std::vector<Item>& items,
                    const RelationPattern& p, const PatternMatch& m) {
  if (yes_no_question(lex, s)) return true;
  bool verb_first = p.elements.front().kind == PatternElement::Words;
  bool pledge = p.relation == EdgeType::cooperates_with;
  if (negated(lex, s, items, verb_first ? (m.first >= 3 ? m.first - 3 : 0) : m.first, bounded_last(p, m), pledge))
    return true;
  // "If Norway took part, ...", "neither A nor B": a condition or a denial
  // opening the subject's clause, a few words before it
  if (!verb_first) {
    std::size_t k = m.first;
    while (k > 0 && m.first - k < 3 && items[k - 1].key != "," && items[k - 1].key != ";" && items[k - 1].entity < 0) --k;
    for (; k < m.first; ++k)
      if (lex.condition_word_set.count(items[k].key)) return true;
    if (denied_report(lex, items, m.first)) return true;
  }
  bool object_first = p.elements.front().kind == PatternElement::Slot && p.elements.front().role == 'O';
  if (p.relation == EdgeType::organises && object_first && share_of_occasion(lex, s, items, m.first)) return true;
  if (p.relation == EdgeType::party_to && object_first && prospective_agreement(lex, items, m.first)) return true;
  // "talks at the Ministry, which were also attended by X": the subject was attended, it attended
  // nothing (unlike "was represented by", which is taking part)
  if (p.implicit_object && m.last + 1 < items.size() && items[m.last + 1].key == "by" && items[m.last].key == "attended")
    return true;
  if (organiser_after(lex, p, items, m)) return true;
  if (verb_first && p.relation == EdgeType::met_with && planned_after(lex, items, m.last + 1)) return true;
  std::size_t end = m.last + 1;
  while (end < items.size() && end < m.last + 12 && items[end].key != "," && items[end].key != ";") ++end;
  // "teams from X did not ...", "X's delegation could not travel": the slot, or a group
  // noun closing the match, is the subject of the verb after it
  bool subject_last = p.elements.back().kind == PatternElement::Slot ||
                      (m.last < items.size() && lex.group_noun_set.count(items[m.last].key) > 0);
  return p.implicit_object && subject_last && end > m.last + 1 && negated(lex, s, items, m.last + 1, end - 1);
}

bool received_visit(const ItemContext& ctx, const std::vector<Item>& items, const PatternMatch& m) {
  if (m.first >= items.size() || items[m.first].key != "delegation") return false;
  bool article = false, verb = false;
  for (std::size_t k = m.first; k-- > 0 && m.first - k <= 5 && !verb;) {
    const KeyView& w = items[k].key;
    if (items[k].is_entity() || w == "," || w == ";") break;
    article |= w == "a" || w == "an";
    verb = article && (w == "received" || w == "receives" || w == "welcomed" || w == "welcomes");
  }
  if (!verb) return false;
  return std::none_of(items.begin(), items.end(), [&](const Item& it) {
    if (it.entity < 0 || !it.group.empty()) return false;
    NodeType t = entity_type(ctx, it.entity);
    return t == NodeType::Exercise || t == NodeType::Event;
  });
}

bool represented_at_signing(const Lexicon& lex, const ItemContext& ctx, const SentenceAnalysis& s,
                            const std::vector<Item>& items, const PatternMatch& m) {
  bool represented = false;
  for (std::size_t k = m.first; k <= m.last && k < items.size(); ++k) represented |= items[k].key == "represented";
  if (!represented) return false;
  bool signing = std::any_of(s.tokens.begin(), s.tokens.end(), [&](const Token& t) { return lex.signing_verb_set.count(t.key) > 0; });
  return signing && std::none_of(items.begin(), items.end(), [&](const Item& it) {
           if (it.entity < 0 || !it.group.empty()) return false;
           NodeType t = entity_type(ctx, it.entity);
           return t == NodeType::Exercise || t == NodeType::Event;
         });
}

bool other_occasion_object(const Lexicon& lex, const SentenceAnalysis& s, const std::vector<Item>& items,
                           std::size_t next, NodeType type) {
  if (next + 1 >= items.size() || !(items[next].key == "the" || items[next].key == "a" || items[next].key == "an"))
    return false;
  std::size_t k = next + 1, words = 0;
  for (; k < items.size() && k < next + 4; ++k, ++words) {
    const Item& it = items[k];
    if (it.is_entity() || it.begin >= s.tokens.size() || !s.tokens[it.begin].word || s.tokens[it.begin].capital ||
        lex.function_word_set.count(it.key))
      break;
    auto kind = lex.anaphor_type.find(it.key);
    if (kind != lex.anaphor_type.end() && kind->second == type) return false;
  }
  if (words == 0) return false;
  if (k == items.size()) return true;
  // "the annual Locked Shields", "the annual Cyber ...", "the 2024 edition": a name or a number
  // ends the phrase, which is then not read here; a mark ends an occasion's noun phrase
  if (items[k].is_entity() || items[k].begin >= s.tokens.size()) return false;
  const Token& t = s.tokens[items[k].begin];
  return t.word ? !t.capital : !(!t.text.empty() && std::isdigit(static_cast<unsigned char>(t.text[0])));
}

// "Officials of A, B, C and D met in Riga for the Cyber Ministerial": several who gather
// for a named event take part in it; they do not each meet the others.
bool gathered_for_event(const DocAnalysis& doc, const std::vector<Item>& items, std::size_t from) {
  for (std::size_t k = from; k + 1 < items.size() && k < from + 12; ++k) {
    if (items[k].key == "." || items[k].key == ";") return false;
    if (items[k].key != "for" && items[k].key != "at") continue;
    std::size_t x = items[k + 1].key == "the" ? k + 2 : k + 1;
    if (x < items.size() && items[x].entity >= 0 && doc.entities[items[x].entity].type == NodeType::Event) return true;
    // "for the fourth Quad Cyber Group meeting": an occasion's noun a few words on
    for (std::size_t y = x; y < items.size() && y < x + 4 && items[y].key != ","; ++y)
      if (items[y].key == "meeting" || items[y].key == "summit" || items[y].key == "conference" ||
          items[y].key == "ministerial" || items[y].key == "forum")
        return true;
  }
  return false;
}

// "A and B held talks": no partner named after ("with C", "met C").
bool object_follows(const std::vector<Item>& items, std::size_t from) {
  if (from < items.size() && items[from].is_entity()) return true;
  for (std::size_t i = from; i < items.size() && i < from + 8; ++i) {
    if (items[i].key == "with") return true;
    if (items[i].key == "." || items[i].key == ";" || items[i].key == ",") return false;
  }
  return false;
}

bool present_perfect(const std::vector<Item>& items, const PatternMatch& m) {
  // "the government has appointed X as ...": a match that opens at its verb has the auxiliary just before
  for (std::size_t k = m.first > 0 ? m.first - 1 : m.first; k <= m.last && k < items.size(); ++k)
    if (perfect_auxiliary(items[k].key, false)) return true;
  return false;
}

bool perfect(const std::vector<Item>& items, const PatternMatch& m) {
  for (std::size_t k = m.first; k <= m.last && k < items.size(); ++k)
    if (perfect_auxiliary(items[k].key)) return true;
  return false;
}

namespace {

// "founding members of the WTO (1995)", "a member of the OAS (1948) and of the AU (2002)": a
// year alone in brackets right after the body is, in a factbox's shorthand, the year of joining
// (read here: a lone year with no cue is no time expression).
std::optional<Date> bracketed_year(std::string_view sentence, std::size_t after) {
  constexpr int kFirstYear = 1800, kLastYear = 2199;
  std::string_view rest = sentence.substr(std::min(after, sentence.size()));
  if (rest.size() < 7 || !rest.starts_with(" (") || rest[6] != ')') return std::nullopt;
  int year = 0;
  for (char c : rest.substr(2, 4)) {
    if (c < '0' || c > '9') return std::nullopt;
    year = year * 10 + (c - '0');
  }
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  return Date{year, 0, 0};
}

}  // namespace

// "..., Montenegro in 2017 and North Macedonia in 2020": an undated joining,
// taking part or signing of a source named right before its own time;
// "A, who visited the base on Thursday, met B", "A visited the base on Thursday and met B":
// a meeting during the visit.
void date_gapped(const Lexicon& lex, const SentenceAnalysis& s, std::string_view sentence, const std::vector<TimeExpression>& exprs,
                 std::vector<Relation>& out, std::size_t first_relation) {
  // (with no time in the sentence, only a member_of may be dated here: by a bracketed year)
  if (exprs.empty() && std::none_of(out.begin() + static_cast<long>(first_relation), out.end(),
                                    [](const Relation& r) { return r.type == EdgeType::member_of; }))
    return;
  // "in 2019 and again in March": one edge per time, each kept (copies of one date, from
  // two patterns, are no such series); told before any is dated here
  std::vector<char> series(out.size() - first_relation, 0);
  for (std::size_t i = first_relation; i < out.size(); ++i)
    for (std::size_t j = first_relation; j < out.size(); ++j)
      if (out[j].source == out[i].source && out[j].target == out[i].target && out[j].type == out[i].type &&
          out[j].date != out[i].date)
        series[i - first_relation] = 1;
  for (auto r = out.begin() + static_cast<long>(first_relation); r != out.end(); ++r) {
    bool dated_kind = r->type == EdgeType::member_of || r->type == EdgeType::participates_in ||
                      r->type == EdgeType::party_to || r->type == EdgeType::organises;
    bool meeting = r->type == EdgeType::met_with;
    // "has cooperated with A since 2023, and with B since 2024": only a partner's own time (below)
    bool partner = r->type == EdgeType::cooperates_with;
    // a gapped part's own time outweighs the one the shared verb's clause gave
    if ((!dated_kind && !meeting && !partner) || r->end || (r->date && meeting)) continue;
    bool dated = false;
    for (const auto& m : s.mentions) {
      if (partner) break;
      // (a meeting's visitor may be either end: met_with is symmetric)
      if (m.entity != r->source && !(meeting && m.entity == r->target)) continue;
      std::size_t after = s.tokens[m.end - 1].end - s.start;
      auto d = meeting ? visit_date(lex.visiting_verbs, exprs, sentence, after) : gapped_date(exprs, sentence, after);
      if (d) {
        r->date = d->date;
        dated = true;
        break;
      }
    }
    // "a member of NATO since 2004 and of the EU since 2007", "X, part of Y since
    // 2018,": the time right after the target, ending its part, is the fact's
    // (the source named before it: "Finland joined NATO in 2023 and Sweden followed" is not Sweden's)
    if (dated || meeting) continue;
    if (series[static_cast<std::size_t>(r - out.begin()) - first_relation]) continue;
    auto source = std::find_if(s.mentions.begin(), s.mentions.end(), [&](const auto& m) { return m.entity == r->source; });
    // a source the sentence does not name ("It has been a member of ...") stands before the target
    bool unnamed = source == s.mentions.end();
    for (const auto& m : s.mentions) {
      if (m.entity != r->target) continue;
      if (!unnamed && (source == s.mentions.end() || source->end > m.begin)) break;
      std::size_t after = s.tokens[m.end - 1].end - s.start;
      if (auto d = gapped_date(exprs, sentence, after)) r->date = d->date;
      else if (auto year = r->type == EdgeType::member_of ? bracketed_year(sentence, after) : std::nullopt) r->date = year;
      break;
    }
  }
}

void date_respectively(const SentenceAnalysis& s, std::string_view sentence, const std::vector<TimeExpression>& exprs,
                       std::vector<Relation>& out, std::size_t first_relation) {
  if (out.size() < first_relation + 2 || sentence.find("respectively") == std::string_view::npos) return;
  std::vector<const TimeExpression*> dates;
  for (const auto& x : exprs)
    if (x.date && x.role == TimeRole::Point) dates.push_back(&x);
  if (dates.size() < 2) return;
  auto first_named = [&](int entity) {
    for (std::size_t k = 0; k < s.mentions.size(); ++k)
      if (s.mentions[k].entity == entity) return k;
    return s.mentions.size();
  };
  // by_target: the sources vary (A and B joined X); else the targets (A joined X and Y)
  for (bool by_target : {true, false}) {
    for (std::size_t i = first_relation; i < out.size(); ++i) {
      auto in_group = [&](const Relation& r) {
        return r.type == out[i].type && (by_target ? r.target == out[i].target : r.source == out[i].source);
      };
      auto other = [&](const Relation& r) { return by_target ? r.source : r.target; };
      std::vector<std::size_t> ends;  // the other ends' first mentions, in order
      for (std::size_t j = first_relation; j < out.size(); ++j)
        if (in_group(out[j])) ends.push_back(first_named(other(out[j])));
      std::sort(ends.begin(), ends.end());
      ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
      if (ends.size() != dates.size() || ends.back() == s.mentions.size()) continue;
      // each other end takes its date; the copies one per date the sentence gave go
      std::vector<Relation> kept;
      for (std::size_t j = first_relation; j < out.size(); ++j) {
        if (!in_group(out[j])) {
          kept.push_back(out[j]);
          continue;
        }
        std::size_t rank = std::lower_bound(ends.begin(), ends.end(), first_named(other(out[j]))) - ends.begin();
        Relation r = out[j];
        r.date = dates[rank]->date, r.end = dates[rank]->until;
        bool seen = std::any_of(kept.begin(), kept.end(), [&](const Relation& k) {
          return k.source == r.source && k.target == r.target && k.type == r.type;
        });
        if (!seen) kept.push_back(std::move(r));
      }
      out.erase(out.begin() + static_cast<long>(first_relation), out.end());
      out.insert(out.end(), kept.begin(), kept.end());
      return;
    }
  }
}

// items.hpp: "A, and B, the deputy head of C" (kept here, beside the other clause readings).
bool own_apposition(const ItemContext& ctx, const std::vector<Item>& items, std::size_t at) {
  if (at + 3 >= items.size() || items[at].entity < 0 || !items[at].group.empty() ||
      entity_type(ctx, items[at].entity) != NodeType::Person || items[at + 1].key != ",")
    return false;
  const KeyView& det = items[at + 2].key;
  // "A and B, head of C": a role noun with no article opens B's apposition too
  bool bare = det != "the" && det != "a" && det != "an";
  if (bare) {
    // a role of up to three words ("chief executive of C", "chief information officer
    // of C") before "of": one of them, or two together, a role noun
    const auto& roles = ctx.lex->role_noun_relation;
    bool role = false;
    for (std::size_t k = at + 2; k < items.size() && k <= at + 5; ++k) {  // three words, then "of"
      if (items[k].is_entity()) return false;
      if (items[k].key == "of") return role;
      role = role || roles.count(items[k].key) || (k > at + 2 && roles.count(two_words(items[k - 1].key, items[k].key)));
    }
    return false;
  }
  // the words of the apposition's noun, up to "of", a comma or a name: none plural
  bool words = false;
  for (std::size_t k = at + 3; k < items.size() && k < at + 7; ++k) {
    const KeyView& w = items[k].key;
    if (items[k].is_entity() || w == "of" || w == "," || w == "at" || w == "for") break;
    if (w == "two" || w == "three" || w == "four" || w == "both" || (w.size() > 3 && w.ends_with("s"))) return false;
    words = true;
  }
  return words;
}

namespace {

// The one time expression a cell holds, when the cell says nothing else
// ("Tue 6 Oct", "March 2024"; not "signed 2019, in force 2021").
const TimeExpression* cell_date(std::string_view sentence, std::size_t open, std::size_t close,
                                const std::vector<TimeExpression>& exprs) {
  const TimeExpression* only = nullptr;
  for (const auto& x : exprs) {
    if (x.start <= open || x.end > close) continue;
    if (only) return nullptr;
    only = &x;
  }
  if (!only || !only->date || (only->role != TimeRole::Point && only->role != TimeRole::Span)) return nullptr;
  std::string rest = std::string(sentence.substr(open + 1, only->start - open - 1)) + " " +
                     std::string(sentence.substr(only->end, close - only->end));
  int words = 0;
  bool in_word = false;
  for (char c : rest) {
    if (std::isdigit(static_cast<unsigned char>(c))) return nullptr;
    bool letter = std::isalpha(static_cast<unsigned char>(c)) != 0;
    words += letter && !in_word;
    in_word = letter;
  }
  return words <= 1 ? only : nullptr;  // a weekday may stand before the date
}

}  // namespace

const TimeExpression* table_row_date(std::string_view sentence, const std::vector<TimeExpression>& exprs) {
  std::size_t lead = sentence.find_first_not_of(' ');
  if (exprs.empty() || lead == std::string_view::npos || sentence[lead] != '|') return nullptr;
  const TimeExpression* row = nullptr;
  for (std::size_t open = lead, close; (close = sentence.find('|', open + 1)) != std::string_view::npos; open = close) {
    const TimeExpression* x = cell_date(sentence, open, close, exprs);
    if (x && row) return nullptr;  // two date cells: which one the row's facts have is not told
    if (x) row = x;
  }
  return row;
}

void date_table_row(std::string_view sentence, const std::vector<TimeExpression>& exprs, std::vector<Relation>& out,
                    std::size_t first_relation) {
  const TimeExpression* row = table_row_date(sentence, exprs);
  if (!row) return;
  for (auto r = out.begin() + static_cast<long>(first_relation); r != out.end(); ++r) {
    bool dated_kind = r->type == EdgeType::member_of || r->type == EdgeType::participates_in ||
                      r->type == EdgeType::party_to || r->type == EdgeType::organises || r->type == EdgeType::met_with;
    if (dated_kind && !r->date && !r->end) r->date = row->date;
  }
}

std::size_t apposed_person(const std::vector<Item>& items, std::size_t i, const DocAnalysis* doc) {
  auto person = [&](const Item& it) {
    return doc && it.entity >= 0 && it.group.empty() && it.entity < static_cast<int>(doc->entities.size()) &&
           doc->entities[it.entity].type == NodeType::Person;
  };
  if (i < 3 || !items[i - 1].is_entity() || person(items[i - 1])) return 0;
  // "Colonel X of the Navy, who ...": "who" speaks of the person, not of the body that person is from
  std::size_t of = items[i - 2].key == "the" ? i - 3 : i - 2;
  if (of >= 1 && (items[of].key == "of" || items[of].key == "from") && person(items[of - 1])) return of - 1;
  for (std::size_t k = i - 2; k > 0 && k + 12 > i; --k) {
    const KeyView& key = items[k].key;
    if (key == "." || key == ";" || key == ":" || key == "and") return 0;
    if (key == ",") return person(items[k - 1]) ? k - 1 : 0;
  }
  return 0;
}

}  // namespace newsgraph::detail
