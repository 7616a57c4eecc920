// Applying one relation pattern to a sentence: its matches, those refused as
// no reading of the clause, the object a pattern leaves unwritten, and the
// dated relations each match emits (Relater::apply and its steps; split from
// relate.cpp, which keeps the document pass and the sentence steps).
#include <algorithm>

#include "relate/clause_checks.hpp"
#include "relate/participation.hpp"
#include "relate/passes.hpp"
#include "relate/relater.hpp"

namespace newsgraph {
namespace detail {

void Relater::apply(const RelationPattern& p, const std::vector<Item>& items, std::size_t si,
           const std::vector<TimeExpression>& exprs, const detail::ClauseWords& keys) {
  const SentenceAnalysis& s = doc_.sentences[si];
  auto matches = detail::match_pattern(p, items, ctx_, si, keys);
  if (matches.empty()) return;  // (most patterns tried match nowhere: the pattern's traits below go unread)
  bool apposition = detail::source_apposition(p);
  bool has_object = std::any_of(p.elements.begin(), p.elements.end(),
                                [](const PatternElement& e) { return e.kind == PatternElement::Slot && e.role == 'O'; });
  for (auto& m : matches) {
    if (match_refused(p, items, m, s)) continue;
    EdgeType relation = relation_of_match(p, items, m, s);
    // "A and B, chief executive of X": a role set after a list is its last member's
    if (apposition && m.sources.size() > 1) m.sources.erase(m.sources.begin(), m.sources.end() - 1);
    if (p.last_object && m.targets.size() > 1) m.targets.erase(m.targets.begin(), m.targets.end() - 1);
    if (m.targets.empty() && p.implicit_object && !add_implicit_object(p, items, m, si)) continue;
    bool mutual = !has_object && !p.implicit_object;  // "A and B agreed to cooperate"
    if (mutual && (m.sources.size() < 2 || detail::object_follows(items, m.last + 1))) continue;
    if (mutual && relation == EdgeType::met_with && m.sources.size() > 2 && detail::gathered_for_event(doc_, items, m.last + 1)) continue;
    // "a 1982 memorandum between A, B, C, D and E": a pact of more than three is a bloc's, not
    // each pair's cooperation (three who "agreed to cooperate" still pair up)
    constexpr std::size_t kMostPairedParties = 3;
    if (mutual && relation == EdgeType::cooperates_with && m.sources.size() > kMostPairedParties) {
      std::vector<int> parties = m.sources;  // ("between A and B, the two countries": A and B twice)
      std::sort(parties.begin(), parties.end());
      if (std::unique(parties.begin(), parties.end()) - parties.begin() > static_cast<long>(kMostPairedParties)) continue;
    }
    emit_match(p, relation, items, m, si, exprs, mutual);
  }
}

// "X, which NATO held in Riga": the relative clause, cut out, keeps no "which", so a
// pattern named object_relative_* reads "X NATO held in Riga"; the clause's own subject (a
// name, a noun phrase opened by a determiner, or a pronoun) must follow the slot at
// `first`, not a noun of X's ("the X budget was held in").
static bool clause_subject_after(const Lexicon& lex, const std::vector<Item>& items, std::size_t first) {
  std::size_t k = first < items.size() && !items[first].is_entity() ? first + 2 : first + 1;  // past "the"
  if (k >= items.size()) return false;
  const Item& it = items[k];
  if (it.is_entity()) return true;
  std::string_view key(it.key);
  return lex.determiner_set.count(key) > 0 || lex.subject_pronoun_set.count(key) > 0;
}

// Whether a match of `p` is no reading of the clause: denied by the pattern's
// own checks, borrowed words only, or its object another than the verb's.
bool Relater::match_refused(const RelationPattern& p, const std::vector<Item>& items, const detail::PatternMatch& m,
                            const SentenceAnalysis& s) const {
  if (detail::pattern_denied(lex_, s, items, p, m)) return true;
  if (items[m.last].borrowed) return true;  // only borrowed words: the clause they came from read them
  // "ASD opened an office and appointed X as its head": the body the sentence set up is
  // "its", not the subject the later verb borrowed
  if (created_ >= 0 && items[m.first].borrowed && items[m.first].entity >= 0 && items[m.first].entity != created_ &&
      std::find(m.targets.begin(), m.targets.end(), items[m.first].entity) != m.targets.end() &&
      (p.relation == EdgeType::leads || p.relation == EdgeType::affiliated_with))
    return true;
  if (p.relation == EdgeType::participates_in && topic_object(items, m)) return true;
  if (p.name.starts_with("object_relative_") && !clause_subject_after(lex_, items, m.first)) return true;
  // "had attended the previous drill": another edition than the one named
  std::size_t near = std::max(m.first, m.last >= 3 ? m.last - 3 : 0);
  return p.relation == EdgeType::participates_in &&
         detail::other_edition_at(lex_, ctx_, s, items, near, m.last + 4) < items.size();
}

namespace {
constexpr int kNoMembership = -2;     // membership_left_out(): the pattern reads none
constexpr std::size_t kMembershipReach = 3;  // sentences back a membership is spoken of
}  // namespace

// "Finland joined NATO in 2023. Sweden joined in 2024.", "Ghana joined last year": a
// membership whose organisation the sentence leaves out (it names none but its
// subjects) is in the one the story's latest membership was, a few sentences back. A
// pattern named omitted_object_* ("Sweden followed a year later") reads nothing else
// (kNoMembership), nor in a sentence naming an exercise, event or agreement (joined
// that); others fall back to the usual implicit object (-1).
int Relater::membership_left_out(const RelationPattern& p, const detail::PatternMatch& m, std::size_t si) const {
  if (p.relation != EdgeType::member_of || *p.implicit_object != NodeType::Organisation) return -1;
  bool omitted = p.name.starts_with("omitted_object_");
  // "Sweden became NATO's 32nd member in 2024, after Finland joined in 2023": the one
  // body this sentence has already given a membership in
  auto own = [&](int e) {
    return std::any_of(out_.rbegin(), out_.rend(), [&](const Relation& r) {
      return r.sentence == si && r.type == EdgeType::member_of && r.target == e;
    });
  };
  int named = -1;
  for (const auto& mention : doc_.sentences[si].mentions) {
    NodeType t = doc_.entities[mention.entity].type;
    if (t == NodeType::Organisation && std::find(m.sources.begin(), m.sources.end(), mention.entity) == m.sources.end()) {
      if (!omitted || (named >= 0 && named != mention.entity) || !own(mention.entity)) return omitted ? kNoMembership : -1;
      named = mention.entity;
    }
    // "Estonia hosted Locked Shields, and Latvia joined in 2024": it joined the exercise
    if (omitted && (t == NodeType::Exercise || t == NodeType::Event || t == NodeType::Agreement)) return kNoMembership;
  }
  if (named >= 0) {
    bool told = std::any_of(out_.rbegin(), out_.rend(), [&](const Relation& r) {  // "joined X, and Y followed" read it
      return r.sentence == si && r.type == EdgeType::member_of && r.target == named &&
             std::find(m.sources.begin(), m.sources.end(), r.source) != m.sources.end();
    });
    return told ? kNoMembership : named;
  }
  for (auto r = out_.rbegin(); r != out_.rend() && r->sentence + kMembershipReach >= si; ++r)
    if (r->type == EdgeType::member_of && r->sentence <= si) return r->target;
  // "The CRI was launched in 2021. Kenya became a member in August.": a pattern
  // named omitted_object_member_topic_* (a membership stated with no time clause
  // that could name the body: not "members since the network was founded") takes
  // the one organisation the sentences just before name, unless the sentence
  // names one by its noun ("the alliance")
  if (p.name.starts_with("omitted_object_member_topic_") && !names_organisation_noun(si))
    if (int only = only_recent_organisation(si); only >= 0) return only;
  return omitted ? kNoMembership : -1;
}

// Whether sentence `si` speaks of an organisation by a noun ("the network", "the alliance").
bool Relater::names_organisation_noun(std::size_t si) const {
  const auto& toks = doc_.sentences[si].tokens;
  for (std::size_t k = 0; k + 1 < toks.size(); ++k) {
    if (toks[k].key != "the" && toks[k].key != "its" && toks[k].key != "this") continue;
    auto kind = lex_.anaphor_type.find(toks[k + 1].key);
    if (kind != lex_.anaphor_type.end() && kind->second == NodeType::Organisation) return true;
  }
  return false;
}

// The one organisation the kMembershipReach sentences before `si` name, else -1.
int Relater::only_recent_organisation(std::size_t si) const {
  int only = -1;
  for (std::size_t k = si > kMembershipReach ? si - kMembershipReach : 0; k < si; ++k)
    for (const auto& mention : doc_.sentences[k].mentions) {
      if (doc_.entities[mention.entity].type != NodeType::Organisation || mention.entity == only) continue;
      if (only >= 0) return -1;
      only = mention.entity;
    }
  return only;
}

// "Sri Lanka CERT has a new chief executive. X took over on Monday": the body that sentence si
// or the one before announces a "new" head for (cues.json role_nouns), the first organisation
// named before those words, else -1 (and for "A discussed B, whose new commander", which the
// apposition reads). A head taking over with no body named heads only such a body.
static int announced_new_head(const DocAnalysis& doc, const Lexicon& lex, std::size_t si) {
  auto new_head_at = [&](const SentenceAnalysis& s, std::size_t t) {
    if (s.tokens[t].key != "new" || (t > 0 && s.tokens[t - 1].key == "whose")) return false;
    for (std::size_t r = t + 1; r < t + 3 && r < s.tokens.size(); ++r)
      if (auto f = lex.role_noun_relation.find(s.tokens[r].key); f != lex.role_noun_relation.end() && f->second == "leads")
        return true;
    return false;
  };
  for (std::size_t k = si; k + 1 >= si && k < doc.sentences.size(); --k) {  // this sentence, then the one before
    const auto& s = doc.sentences[k];
    for (std::size_t t = 0; t < s.tokens.size(); ++t) {
      if (!new_head_at(s, t)) continue;
      const Mention* body = nullptr;
      for (const auto& m : s.mentions)
        if (m.end <= t && doc.entities[m.entity].type == NodeType::Organisation &&
            (!body || m.begin < body->begin || (m.begin == body->begin && m.end > body->end)))
          body = &m;
      return body ? body->entity : -1;
    }
    if (k == 0) break;
  }
  return -1;
}

// The object a pattern leaves unwritten (its implicit_object type), added to
// the match's targets; false when there is none to take.
bool Relater::add_implicit_object(const RelationPattern& p, const std::vector<Item>& items, detail::PatternMatch& m,
                                  std::size_t si) const {
  const SentenceAnalysis& s = doc_.sentences[si];
  if (*p.implicit_object == NodeType::Exercise &&
      (detail::received_visit(ctx_, items, m) || detail::represented_at_signing(lex_, ctx_, s, items, m)))
    return false;
  int left_out = membership_left_out(p, m, si);
  if (left_out >= 0 || left_out == kNoMembership) {
    if (left_out >= 0) m.targets.push_back(left_out);
    return left_out >= 0;
  }
  bool slot_last = p.elements.back().kind == PatternElement::Slot;
  int target = implicit_target(items, m, *p.implicit_object, si, slot_last);
  if (p.relation == EdgeType::leads) target = detail::announced_new_head(doc_, lex_, si);
  if (target < 0) return false;
  m.targets.push_back(target);
  return true;
}

// The relations of one match, dated by its clause (or the story, for an
// event told with no time of its own); each pair of a mutual one's sources.
void Relater::emit_match(const RelationPattern& p, EdgeType relation, const std::vector<Item>& items,
                         const detail::PatternMatch& m, std::size_t si, const std::vector<TimeExpression>& exprs,
                         bool mutual) {
  const SentenceAnalysis& s = doc_.sentences[si];
  std::size_t to = 0;
  Dating d = date_of_match(p, relation, items, m, si, exprs, to);
  auto held = p.event && (relation == EdgeType::participates_in || relation == EdgeType::organises)
                  ? held_aside(items, m, s, exprs)
                  : std::nullopt;
  if (held) d = *held;
  double confidence = p.confidence;
  bool inherits = !d.date && !d.end && p.event && quiet_;
  std::vector<Dating> dates{d};
  if (p.event && !held) detail::repeated_dates(exprs, stext_, to, dates, lex_.temporal);
  // "took part in X in April, as we have done since 2024": the habit's start is a time of it too
  if (p.event && relation == EdgeType::participates_in && d.date && !d.end)
    if (auto habit = detail::habit_since(exprs, stext_, to); habit && habit->date != d.date) dates.push_back(*habit);
  auto emit = [&](int a, int b) {
    auto story = inherits && !quiet_by_cut_ ? narrative_.for_fact(relation, a, b) : std::nullopt;
    // A meeting told with no time of its own ("On the margins, A and B held
    // talks") was on the day the story is at; not one told in the perfect
    // ("A has met B"), which may be any time before.
    if (!story && inherits && relation == EdgeType::met_with && !detail::perfect(items, m)) story = previous_point_;
    if (story) {
      add(a, b, relation, {story, {}}, si, p.name, confidence * 0.8);
      from_story_.insert({si, a, b});
    }
    for (const auto& date : dates)
      if (!story) add(a, b, relation, date, si, p.name, confidence);
    if (p.relation == EdgeType::met_with) remember_pair(a, b, si);
    if (p.creates) created_ = a;
  };
  if (mutual) {
    for (std::size_t a = 0; a < m.sources.size(); ++a)
      for (std::size_t b = a + 1; b < m.sources.size(); ++b) emit(m.sources[a], m.sources[b]);
    return;
  }
  for (int a : m.sources) {
    if (relation == EdgeType::located_in && stands_for_group(items, m, a, si)) continue;  // the group is there
    for (int b : m.targets) {
      if (relation == EdgeType::located_in && placed_elsewhere(a, b)) continue;
      if (relation != EdgeType::leads || !stands_for_group(items, m, b, si)) {
        emit(a, b);
      } else if (doc_.entities[b].type == NodeType::Organisation) {
        // "the MCCE contingent was led by X": X leads the group, one of the body's people
        add(a, b, EdgeType::affiliated_with, {}, si, p.name, confidence * 0.9);
      }
    }
  }
}

}  // namespace detail
}  // namespace newsgraph
