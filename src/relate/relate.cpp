#include "relate/relate.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>

#include "relate/clause_checks.hpp"
#include "relate/clauses.hpp"
#include "relate/cue_fallback.hpp"
#include "relate/dating.hpp"
#include "relate/matcher.hpp"
#include "relate/occasion_dates.hpp"
#include "relate/participation.hpp"
#include "relate/passes.hpp"
#include "relate/references.hpp"
#include "relate/sentence_times.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph {
namespace {

using detail::Dating;
using detail::Cut;
using detail::Item;
using detail::negated;
using detail::split_clauses;

class Relater {
 public:
  Relater(const DocAnalysis& doc, std::string_view text, std::optional<Date> published, const Lexicon& lex)
      : doc_(doc), text_(text), published_(published), lex_(lex) {
    ctx_.doc = &doc;
    ctx_.lex = &lex;
    topic_ = detail::document_topic(doc);
  }

  std::vector<Relation> run() {
    for (std::size_t si = 0; si < doc_.sentences.size(); ++si) sentence(si);
    auto signings = detail::agreement_signings(doc_, out_);
    auto nation_parties = detail::nation_parties(doc_, out_);
    detail::people_act_for_what_they_lead(doc_, out_);
    auto co_parties = detail::co_party_pairs(doc_, lex_, out_, nation_parties);
    detail::parties_named_in_titles(doc_, lex_, signings, out_);
    detail::leading_is_more_than_affiliation(out_);
    detail::membership_is_not_ownership(out_);
    add_cue_relations();
    add_topic_participation();
    date_event_edges();
    detail::lexicon_knowledge(doc_, lex_, out_);
    detail::capitals_named_by_nation(doc_, lex_, out_);
    detail::names_naming_their_nation(doc_, lex_, out_);
    detail::names_naming_their_owner(doc_, lex_, out_);
    detail::events_at_dateline(doc_, lex_, published_, out_);
    detail::headlines_abbreviate(doc_, text_, out_);
    detail::date_offices(doc_, offices_, out_);
    detail::predecessors_led_it(doc_, out_);
    detail::add_unlinked_cooperation(std::move(co_parties), out_);  // after every part_of is known
    return std::move(out_);
  }

 private:
  // One sentence, pass by pass: its times, its items and clauses, the
  // patterns, cues and claims of taking part on them, then what the later
  // sentences read of it (the story's day, its events, who it named last).
  void sentence(std::size_t si) {
    const SentenceAnalysis& s = doc_.sentences[si];
    refresh_pairs();
    stext_ = text_.substr(s.start, s.end - s.start);
    auto exprs = sentence_times(s);
    std::size_t first_relation = out_.size();
    quiet_ = exprs.empty() && !time_words_.other_time_words(stext_);
    std::vector<detail::ChunkRelation> chunks;
    std::vector<Item> surface;  // the items before chunking, for the surface_ patterns
    auto collapsed = detail::build_items(s, ctx_, true, &chunks, &surface);
    lists_.observe(collapsed, ctx_, si);
    refresh_participants(s);
    detail::resolve_references(collapsed, ctx_, lists_, si, pair_sentence_, chunks);
    detail::drop_adverbial_times(lex_, s, exprs, collapsed);
    Cut cut;
    auto clauses = split_clauses(std::move(collapsed), lex_, cut, &doc_);
    auto main_exprs = detail::main_clause_times(s, exprs, cut);
    // the story's occasion is dated by the lede's main clause ("met Tan, who is visiting from May 3 to 6": not May 3)
    lede_.observe(s, main_exprs);
    occasion_ = occasion_date(s, si);
    observe_cut_times(exprs, main_exprs);
    for (const auto& c : chunks) add(c.source, c.target, c.type, {}, si, c.pattern, c.confidence);
    relate_clauses(si, surface, clauses, exprs, main_exprs, first_relation);
    detail::date_gapped(s, stext_, exprs, out_, first_relation);
    std::vector<detail::StatedFact> facts;
    for (std::size_t r = first_relation; r < out_.size(); ++r)
      facts.push_back({out_[r].type, out_[r].source, out_[r].target, out_[r].date});
    std::vector<int> named;
    for (const auto& m : s.mentions) named.push_back(m.entity);
    narrative_.observe(main_exprs, s.headline, named, std::move(facts));
    std::vector<std::size_t> event_at;
    auto events = events_named(s, si, first_relation, event_at);
    events_.observe(si, exprs, stext_, events, time_words_, event_at, detail::has_date(main_exprs));
    detail::find_offices_taken(doc_, si, stext_, exprs, office_phrases_, lex_.temporal, offices_);
    detail::find_appointments(doc_, si, stext_, exprs, lex_.temporal, offices_);
    remember_mentions(s, si);
  }

  // The sentence's time expressions, resolved, less those that date nothing.
  std::vector<TimeExpression> sentence_times(const SentenceAnalysis& s) {
    auto exprs = find_time_expressions(stext_, published_, lex_.temporal);
    detail::drop_times_inside_names(doc_, s, stext_, exprs);
    detail::drop_dateline_times(exprs, stext_);
    detail::anchor_relative(exprs, stext_, time_words_, previous_point_);
    if (published_) detail::settle_yearless_months(exprs, stext_, *published_, lex_.temporal);
    return exprs;
  }

  void observe_cut_times(const std::vector<TimeExpression>& exprs, const std::vector<TimeExpression>& main_exprs) {
    // for "the following day" in a later sentence: the main clause's day, not a
    // relative clause's ("met Tan, who is visiting from August 26 to 29")
    for (const auto& x : main_exprs)
      if (x.date && x.date->day && (x.role == TimeRole::Point || x.role == TimeRole::Span)) previous_point_ = x.date;
    // "X, who visited the base on Thursday, met Y": the one day the cut clause names
    cut_day_.reset();
    all_exprs_ = exprs.size();
    for (const auto& x : exprs)
      if (x.role == TimeRole::Point && x.date && x.date->day &&
          std::none_of(main_exprs.begin(), main_exprs.end(), [&](const TimeExpression& y) { return y.start == x.start; }))
        cut_day_ = cut_day_ ? std::optional<Date>{} : x.date, cut_day_at_ = x.start;
  }

  // The patterns, then the cue words and the claims of taking part, on each
  // clause (the main clause, the first, dated by its own times only).
  void relate_clauses(std::size_t si, std::vector<Item>& surface, std::vector<std::vector<Item>>& clauses,
                      const std::vector<TimeExpression>& exprs, const std::vector<TimeExpression>& main_exprs,
                      std::size_t first_relation) {
    const SentenceAnalysis& s = doc_.sentences[si];
    // Items with no name (nor a pair, group or pronoun read as one) fill no
    // slot, and every relation a pattern or cue gives is between names: such
    // items are not indexed, so that no pattern is tried on them.
    // Each is indexed for the patterns it is tried with (surface_ ones on the surface).
    auto index = [&](std::vector<Item>& items, detail::PatternKinds kinds) {
      bool named = std::any_of(items.begin(), items.end(), [](const Item& it) { return it.is_entity(); });
      return named ? detail::index_words(items, lex_, &s, kinds) : detail::ClauseWords{};
    };
    auto surface_keys = index(surface, detail::PatternKinds::Surface);
    std::vector<detail::ClauseWords> clause_keys;
    for (auto& clause : clauses) clause_keys.push_back(index(clause, detail::PatternKinds::Clause));
    auto times_of = [&](std::size_t c) -> const std::vector<TimeExpression>& { return c == 0 ? main_exprs : exprs; };
    for (std::uint32_t pi : detail::candidate_patterns(surface_keys, clause_keys)) {  // the others cannot match
      const RelationPattern& p = lex_.patterns[pi];
      if (p.name.starts_with("surface_")) {
        apply(p, surface, si, exprs, surface_keys);
        continue;
      }
      for (std::size_t c = 0; c < clauses.size(); ++c)  // (match_pattern() finds nothing where it may not match)
        if (clause_keys[c].may_match(pi)) apply(p, clauses[c], si, times_of(c), clause_keys[c]);
    }
    for (std::size_t c = 0; c < clauses.size(); ++c)
      if (!clause_keys[c].bits.empty()) cues(clauses[c], si, times_of(c), first_relation);
    // (a clause with no name claims no one took part: those are not indexed)
    for (std::size_t c = 0; c < clauses.size(); ++c)
      if (!clause_keys[c].bits.empty()) participation(clauses[c], si, times_of(c));
  }

  // The latest entity of each type, the first organisation and person, and
  // the subject a later "it" or "the country" may stand for.
  void remember_mentions(const SentenceAnalysis& s, std::size_t si) {
    int first_org = -1, first_person = -1;
    for (const auto& m : s.mentions) {
      if (first_org < 0 && doc_.entities[m.entity].type == NodeType::Organisation) first_org = m.entity;
      if (first_person < 0 && doc_.entities[m.entity].type == NodeType::Person) first_person = m.entity;
      latest_[doc_.entities[m.entity].type] = {m.entity, si};
      NodeType t = doc_.entities[m.entity].type;
      if (ctx_.previous_subject < 0 || &m == &s.mentions.front())
        if (t == NodeType::Organisation || t == NodeType::Nation) {
          ctx_.previous_subject = m.entity;
          ctx_.subject_adjective = m.kind == MentionKind::Demonym;
        }
    }
    ctx_.previous_org = first_org;
    ctx_.person_age = first_person >= 0 ? 0 : ctx_.person_age + 1;  // one sentence naming no one keeps "she"
    if (first_person >= 0 || ctx_.person_age > 1) ctx_.previous_person = first_person;
  }

  // The fallback: pairs no pattern related in this sentence (either way, any
  // type) that a cue word relates; kept aside until the document is read.
  void cues(const std::vector<Item>& items, std::size_t si, const std::vector<TimeExpression>& exprs,
            std::size_t first_relation) {
    if (lex_.cue_families.empty()) return;
    const SentenceAnalysis& s = doc_.sentences[si];
    for (const auto& c : detail::cue_relations(lex_, ctx_, s, items)) {
      bool related = std::any_of(out_.begin() + static_cast<long>(first_relation), out_.end(), [&](const Relation& r) {
        return (r.source == c.source && r.target == c.target) || (r.source == c.target && r.target == c.source);
      });
      // a person a pattern of this sentence read leading one body does not lead another by a cue
      bool leads_read = c.relation == EdgeType::leads &&
                        std::any_of(out_.begin() + static_cast<long>(first_relation), out_.end(), [&](const Relation& r) {
                          return r.type == EdgeType::leads && r.source == c.source;
                        });
      if (related || leads_read) continue;
      Dating d;
      if (c.family->event && c.cue_token < s.tokens.size()) {
        std::size_t at = s.tokens[c.cue_token].start - s.start;
        d = detail::date_near(exprs, stext_, at, s.tokens[c.cue_token].end - s.start, false, lex_.temporal);
        if (!d.date && !d.end && occasion_) d = *occasion_;
      }
      std::string name = "cue:" + std::string(to_string(c.family->relation));
      cue_out_.push_back({c.source, c.target, c.relation, d.date, d.end, si, name, c.family->confidence});
    }
  }

  // Who the clause says took part in the document's topic (participation.hpp),
  // dated by the clause; kept aside until the document is read.
  void participation(const std::vector<Item>& items, std::size_t si, const std::vector<TimeExpression>& exprs) {
    if (topic_ < 0) return;
    const SentenceAnalysis& s = doc_.sentences[si];
    for (auto& c : detail::participation_claims(lex_, ctx_, s, items, topic_)) {
      Dating d;
      if (c.cue_token < s.tokens.size())
        d = detail::date_near(exprs, stext_, s.tokens[c.cue_token].start - s.start, s.tokens[c.cue_token].end - s.start,
                              false, lex_.temporal);
      for (int a : c.sources)
        topic_out_.push_back({a, topic_, EdgeType::participates_in, d.date, d.end, si, "doc:participates_in",
                              lex_.document_participation.confidence});
    }
  }

  // A claim stands where no pattern read the source taking part in its
  // sentence (its reading, of whatever target, is the more exact one) and
  // none read it taking part in the topic anywhere.
  void add_topic_participation() {
    std::set<std::pair<std::size_t, int>> read_in;
    std::set<int> done;
    for (const auto& r : out_) {
      if (r.type != EdgeType::participates_in) continue;
      read_in.insert({r.sentence, r.source});
      if (r.target == topic_) done.insert(r.source);
    }
    for (auto& r : topic_out_)
      if (!read_in.count({r.sentence, r.source}) && r.source != r.target && done.insert(r.source).second)
        out_.push_back(std::move(r));
    topic_out_.clear();
  }

  // Cue relations of a pair and type a pattern read anywhere in the document go:
  // the pattern's reading (and date) stands.
  void add_cue_relations() {
    std::set<std::tuple<int, int, EdgeType>> read;
    for (const auto& r : out_) read.insert({r.source, r.target, r.type});
    for (auto& r : cue_out_)
      if (!read.count({r.source, r.target, r.type})) out_.push_back(std::move(r));
    cue_out_.clear();
  }

  void apply(const RelationPattern& p, const std::vector<Item>& items, std::size_t si,
             const std::vector<TimeExpression>& exprs, const detail::ClauseWords& keys) {
    const SentenceAnalysis& s = doc_.sentences[si];
    for (auto& m : detail::match_pattern(p, items, ctx_, si, keys)) {
      if (detail::pattern_denied(lex_, s, items, p, m)) continue;
      // "had attended the previous drill": another edition than the one named
      std::size_t near = std::max(m.first, m.last >= 3 ? m.last - 3 : 0);
      if (p.relation == EdgeType::participates_in &&
          detail::other_edition_at(lex_, ctx_, s, items, near, m.last + 4) < items.size())
        continue;
      EdgeType relation = p.relation;
      for (std::size_t k = m.first; relation == EdgeType::leads && k <= m.last; ++k)
        if (lex_.demotes(items[k].key, k < m.last ? &items[k + 1].key : nullptr) ||
            (items[k].key == "<role>" && !items[k].group.empty() && items[k].group[0] >= 0 &&
             static_cast<std::size_t>(items[k].group[0]) < s.roles.size() &&
             s.roles[items[k].group[0]].relation != "leads"))  // "as Deputy Director of X"
          relation = EdgeType::affiliated_with;
      bool has_object = std::any_of(p.elements.begin(), p.elements.end(),
                                    [](const PatternElement& e) { return e.kind == PatternElement::Slot && e.role == 'O'; });
      if (m.targets.empty() && p.implicit_object) {
        bool slot_last = p.elements.back().kind == PatternElement::Slot;
        int target = implicit_target(items, m, *p.implicit_object, si, slot_last);
        if (target < 0) continue;
        m.targets.push_back(target);
      }
      bool mutual = !has_object && !p.implicit_object;  // "A and B agreed to cooperate"
      if (mutual && (m.sources.size() < 2 || detail::object_follows(items, m.last + 1))) continue;
      if (mutual && relation == EdgeType::met_with && m.sources.size() > 2 && detail::gathered_for_event(doc_, items, m.last + 1)) continue;
      std::size_t first = m.first;
      while (first < m.last && items[first].borrowed) ++first;
      std::size_t from = s.tokens[items[first].begin].start - s.start;
      std::size_t to = s.tokens[items[m.last].end - 1].end - s.start;
      Dating d = p.event ? detail::date_near(exprs, stext_, from, to, first != m.first, lex_.temporal) : Dating{};
      double confidence = p.confidence;
      // a meeting in a main clause with no time of its own, after a subject's clause that names one day
      if (relation == EdgeType::met_with && !d.date && !d.end && cut_day_ && exprs.size() < all_exprs_ &&
          cut_day_at_ > from && cut_day_at_ < to)
        d.date = cut_day_;
      if (p.event && !d.date && !d.end && occasion_) d = *occasion_;
      if (p.event && !d.date && !d.end && s.headline && si < 3) d.date = published_;
      bool inherits = !d.date && !d.end && p.event && quiet_;
      std::vector<Dating> dates{d};
      if (p.event) detail::repeated_dates(exprs, stext_, to, dates, lex_.temporal);
      auto emit = [&](int a, int b) {
        auto story = inherits ? narrative_.for_fact(relation, a, b) : std::nullopt;
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
      };
      if (mutual) {
        for (std::size_t a = 0; a < m.sources.size(); ++a)
          for (std::size_t b = a + 1; b < m.sources.size(); ++b) emit(m.sources[a], m.sources[b]);
        continue;
      }
      for (int a : m.sources)
        for (int b : m.targets)
          if (relation != EdgeType::leads || !names_a_group(items, m, b, si)) emit(a, b);
    }
  }

  // "led the Finnish team", "headed Hungary's delegation": the nation stands
  // for a group it sent (patterns.json group_nouns), whose leader does not lead the nation.
  bool names_a_group(const std::vector<Item>& items, const detail::PatternMatch& m, int target, std::size_t si) const {
    if (doc_.entities[target].type != NodeType::Nation) return false;
    const auto& toks = doc_.sentences[si].tokens;
    for (std::size_t k = m.first; k <= m.last && k < items.size(); ++k) {
      if (items[k].entity != target) continue;
      std::size_t last = items[k].end;  // the item's last token, else the word after it
      if (last > 0 && last <= toks.size() && lex_.group_noun_set.count(toks[last - 1].key)) return true;
      if (last < toks.size() && lex_.group_noun_set.count(toks[last].key)) return true;
    }
    return false;
  }

  // "On the sidelines, A and B signed ...": the date of the event named
  // after the phrase ("of Cyber Flag"), else of the story's own event (the
  // lede's date) when none is named; nullopt without such a phrase.
  std::optional<Dating> occasion_date(const SentenceAnalysis& s, std::size_t si) const {
    // "On the opening day, A and B signed ...": the first day of the event told of last
    if (first_day_phrases_.find(s.tokens) && last_events_.first.size() == 1) {
      auto d = events_.near(last_events_.first.front(), si);
      return d && d->date && d->date->day ? std::optional<Dating>{Dating{d->date, {}}} : std::nullopt;
    }
    auto after = detail::occasion_phrase(s, occasion_phrases_);
    if (!after) return std::nullopt;
    if (*after < s.tokens.size() && s.tokens[*after].key == "of") {
      for (const auto& m : s.mentions) {
        if (m.begin <= *after || m.begin > *after + 2) continue;
        NodeType t = doc_.entities[m.entity].type;
        if (t != NodeType::Exercise && t != NodeType::Event) return std::nullopt;  // of another occasion
        return events_.near(m.entity, si);
      }
    }
    return lede_.date();
  }

  // The distinct exercises, events and agreements a sentence names (an
  // agreement is dated by its signing as an event by its taking place).
  // Naming none, it speaks of the one its relations from `first_relation` on
  // leave out ("X ran its first exercise from Oct. 20 to Oct. 24").
  // `at`: where each is named (bytes into the sentence), when it is.
  // Naming none and no relation's, "the exercise" speaks of the one event
  // the sentence before (or the one before it) named.
  std::vector<int> events_named(const SentenceAnalysis& s, std::size_t si, std::size_t first_relation,
                                std::vector<std::size_t>& at) {
    std::vector<int> events, happenings;
    for (const auto& m : s.mentions) {
      NodeType t = doc_.entities[m.entity].type;
      if ((t == NodeType::Exercise || t == NodeType::Event) &&
          std::find(happenings.begin(), happenings.end(), m.entity) == happenings.end())
        happenings.push_back(m.entity);
      if ((t == NodeType::Exercise || t == NodeType::Event || t == NodeType::Agreement) &&
          std::find(events.begin(), events.end(), m.entity) == events.end()) {
        events.push_back(m.entity);
        at.push_back(s.tokens[m.begin].start - s.start);
      }
    }
    auto last = last_events_;
    if (!happenings.empty()) last_events_ = {std::move(happenings), si};
    if (!events.empty()) return events;
    at.clear();
    for (auto r = out_.begin() + static_cast<long>(first_relation); r != out_.end(); ++r)
      if ((r->type == EdgeType::organises || r->type == EdgeType::participates_in) &&
          std::find(events.begin(), events.end(), r->target) == events.end())
        events.push_back(r->target);
    if (!events.empty()) return events;
    constexpr std::size_t kAnaphorReach = 2;  // sentences back to the event "the exercise" is
    if (last.first.size() != 1 || si > last.second + kAnaphorReach) return events;
    if (auto noun = detail::event_noun_at(s, lex_.temporal)) events.push_back(last.first.front()), at.push_back(*noun);
    return events;
  }

  // Taking part in or organising an event is dated by when the document
  // says the event took place, when the clause itself gives no date; being
  // party to an agreement by when the document says it was signed. A time
  // elsewhere in the sentence that the clause did not take ("the meeting,
  // hosted by X, was the first since the group was set up in 2021") is of
  // another fact, and does not keep the event's date away.
  void date_event_edges() {
    for (auto& r : out_) {
      // an event's place holds while it takes place ("X, held in Tallinn in April")
      bool event_place = r.type == EdgeType::located_in && (doc_.entities[r.source].type == NodeType::Exercise ||
                                                             doc_.entities[r.source].type == NodeType::Event);
      if (r.type != EdgeType::participates_in && r.type != EdgeType::organises && r.type != EdgeType::party_to &&
          !event_place)
        continue;
      int event = event_place ? r.source : r.target;
      // the event's own date says more than the date the story was at
      bool from_story = from_story_.count({r.sentence, r.source, r.target}) > 0;
      // "A and B yesterday closed E": the clause's day is E's last; E is dated by its first
      auto first = r.date && !r.end && !from_story ? events_.first_day(event, r.sentence, *r.date) : std::nullopt;
      if (first) r.date = first->date, r.end = first->end;
      if (first) continue;
      auto d = events_.near(event, r.sentence);
      if (!d) continue;
      // "closed on Wednesday after two days of talks": the clause's day is the last of the event's span
      bool last_day = r.date && !r.end && d->date && d->end && *d->end == *r.date && *d->date < *r.date;
      // "the exercise was hosted this year by X": the event's day or month says more of the same year
      bool coarser = r.date && d->date && !r.end && detail::refines(*d->date, *r.date);
      if ((r.date || r.end) && !from_story && !coarser && !last_day) continue;
      r.date = d->date;
      r.end = d->end;
      r.confidence *= 0.9;
    }
  }

  void remember_pair(int a, int b, std::size_t si) {
    ctx_.last_pair = {a, b};
    pair_sentence_ = si;
  }

  // What the two who met stand for, from everything read so far (called
  // before each sentence): for "the two sides", "the two nations".
  void refresh_pairs() {
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
  void refresh_participants(const SentenceAnalysis& s) {
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

  // What the relations so far say of each entity, each relation read once
  // (every sentence after a meeting asks: rescanning made long documents quadratic).
  struct EntityFacts {
    int party = -1;        // what a person leads or is affiliated with (a nation rather, when both)
    int nation_part = -1;  // the first nation it is part of
  };
  void read_new_relations() {
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
  int nation_of(int e) {
    if (doc_.entities[e].type == NodeType::Nation) return e;
    read_new_relations();
    if (facts_[e].nation_part >= 0) return facts_[e].nation_part;
    if (named_nation_.empty()) named_nation_.assign(doc_.entities.size(), -2);
    if (named_nation_[e] == -2) named_nation_[e] = nation_by_name(e);  // the same for the whole document
    return named_nation_[e];
  }

  // The nation an entity's name opens with where it is first so mentioned, else the lexicon's.
  int nation_by_name(int e) {
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

  // The object a pattern leaves out ("took part", "teams from A and B"): the
  // one of that type the clause names, else the latest one the document named
  // (for an exercise, else an event). None when an object is written that is
  // not a name ("took part in a conference").
  int implicit_target(const std::vector<Item>& items, const detail::PatternMatch& m, NodeType type,
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
    bool preposition = next + 1 < items.size() && (items[next].key == "in" || items[next].key == "at" || items[next].key == "to");
    if (preposition && lower_word_at(next + 1) && !the_known(next + 1)) return -1;
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
    if (best >= 0) return best;
    auto it = latest_.find(type), event = latest_.find(NodeType::Event);
    if (type != NodeType::Exercise || event == latest_.end()) return it == latest_.end() ? -1 : it->second.first;
    // an event named after the exercise is what the story has moved on to,
    // unless the document is about the exercise: then the two compete
    if (it == latest_.end() || event->second.second > it->second.second)
      return it != latest_.end() && topic_ == it->second.first ? -1 : event->second.first;
    return it->second.first;
  }

  bool fits_implicit_kind(NodeType kind, NodeType type) const {
    return kind == type || (type == NodeType::Exercise && kind == NodeType::Event);
  }

  bool fits_implicit(int e, NodeType type) const {
    NodeType t = doc_.entities[e].type;
    return t == type || (type == NodeType::Exercise && t == NodeType::Event);
  }

  void add(int a, int b, EdgeType type, Dating d, std::size_t si, const std::string& pattern, double confidence) {
    if (a < 0 || b < 0 || a == b) return;
    out_.push_back({a, b, type, d.date, d.end, si, pattern, confidence});
  }

  const DocAnalysis& doc_;
  std::string_view text_;
  std::optional<Date> published_;
  const Lexicon& lex_;
  detail::ItemContext ctx_;
  std::vector<Relation> out_;
  std::vector<Relation> cue_out_;  // cues(): added by add_cue_relations()
  int topic_ = -1;                 // the exercise or event the document is about (document_topic())
  std::vector<Relation> topic_out_;  // participation(): added by add_topic_participation()
  std::string_view stext_;
  std::map<NodeType, std::pair<int, std::size_t>> latest_;  // the latest entity of each type, its sentence
  detail::NarrativeDate narrative_;
  detail::EventDates events_;
  detail::LedeDate lede_;
  std::pair<std::vector<int>, std::size_t> last_events_;  // the exercises/events the latest sentence naming any named
  detail::PhraseFinder office_phrases_{lex_.temporal.office_phrases};
  detail::PhraseFinder occasion_phrases_{lex_.temporal.occasion_phrases};
  detail::PhraseFinder first_day_phrases_{lex_.temporal.first_day_phrases};
  detail::TimeWordIndex time_words_{lex_.temporal};  // read once per document, asked per sentence
  std::optional<Dating> occasion_;              // occasion_date() of the current sentence
  std::vector<detail::OfficeTaken> offices_;   // posts taken, dated by date_offices()
  detail::ListMemory lists_;      // coordinated lists, for "all five countries"
  std::optional<Date> cut_day_;  // the one day named inside what was cut out of the sentence's main clause
  std::size_t cut_day_at_ = 0;    // where it is written
  std::size_t all_exprs_ = 0;     // the sentence's time expressions, cut ones included
  std::size_t pair_sentence_ = 0;  // sentence of the latest meeting (ctx_.last_pair)
  std::set<std::tuple<std::size_t, int, int>> from_story_;  // (sentence, source, target) dated by the narrative
  bool quiet_ = false;                // the current sentence has no words of time
  std::optional<Date> previous_point_;  // the latest day a sentence gave (publication day excluded)
  std::vector<EntityFacts> facts_;    // read_new_relations(): of out_[0, facts_read_)
  std::size_t facts_read_ = 0;
  std::vector<int> named_nation_;     // nation_by_name() per entity; -2 not yet asked
  std::vector<std::vector<std::pair<const SentenceAnalysis*, const Mention*>>> mentions_of_;  // per entity
};

}  // namespace

std::vector<Relation> find_relations(const DocAnalysis& doc, std::string_view text, std::optional<Date> published,
                                     const Lexicon& lexicon) {
  return Relater(doc, text, published, lexicon).run();
}

}  // namespace newsgraph
