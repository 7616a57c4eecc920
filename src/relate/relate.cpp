#include "relate/relate.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <tuple>

#include "relate/clause_checks.hpp"
#include "relate/cue_fallback.hpp"
#include "relate/participation.hpp"
#include "relate/passes.hpp"
#include "relate/relater.hpp"
#include "relate/sentence_times.hpp"

namespace newsgraph {
namespace detail {

RelaterTables::RelaterTables(const Lexicon& lex)
    : office_phrases(lex.temporal.office_phrases),
      occasion_phrases(lex.temporal.occasion_phrases),
      told_occasion_phrases(lex.temporal.told_occasion_phrases),
      first_day_phrases(lex.temporal.first_day_phrases),
      closing_phrases(lex.temporal.closing_phrases),
      time_words(lex.temporal) {}

std::shared_ptr<const RelaterTables> relater_tables(const Lexicon& lex) {
  thread_local const Lexicon* of = nullptr;
  thread_local std::uint64_t serial = 0;
  thread_local std::shared_ptr<const RelaterTables> tables;  // shared: a Relater alive keeps its own
  if (!tables || of != &lex || serial != lex.index_serial || lex.index_serial == 0) {
    tables = std::make_shared<const RelaterTables>(lex);
    of = &lex, serial = lex.index_serial;
  }
  return tables;
}

Relater::Relater(const DocAnalysis& doc, std::string_view text, std::optional<Date> published, const Lexicon& lex)
    : doc_(doc), text_(text), published_(published), lex_(lex) {
  ctx_.doc = &doc;
  ctx_.lex = &lex;
  topic_ = document_topic(doc);
  ctx_.author = document_author(doc, text);
  if (ctx_.author >= 0) {
    bool open = false;
    for (const auto& s : doc.sentences) {
      ctx_.quoted.push_back(open);
      for (const auto& t : s.tokens) open ^= t.key == "\"";
    }
  }
}

std::vector<Relation> Relater::run() {
  acts_.resize(doc_.sentences.size());
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si) sentence(si);
  auto signings = detail::agreement_signings(doc_, out_);
  auto nation_parties = detail::nation_parties(doc_, out_);
  detail::people_act_for_what_they_lead(doc_, out_);
  auto co_parties = detail::co_party_pairs(doc_, lex_, out_, nation_parties);
  detail::parties_named_in_titles(doc_, lex_, signings, out_);
  detail::leading_is_more_than_affiliation(out_);
  detail::delegation_nation_yields_to_body(out_);
  detail::membership_is_not_ownership(out_);
  add_cue_relations();
  add_topic_participation();
  date_event_edges();
  detail::delegation_heads_met(out_);
  detail::lexicon_knowledge(doc_, lex_, out_);
  detail::leading_is_more_than_affiliation(out_);  // again: the lexicon's leaders are known only now
  detail::capitals_named_by_nation(doc_, lex_, out_);
  detail::names_naming_their_nation(doc_, lex_, out_);
  detail::names_naming_their_owner(doc_, lex_, out_);
  detail::events_at_dateline(doc_, lex_, published_, out_);
  // an event's place holds while it takes place (as date_event_edges() dates the others)
  for (auto& r : out_)
    if (r.pattern == "dateline_place" && !r.date && !r.end)
      if (auto d = events_.near(r.source, r.sentence)) r.date = d->date, r.end = d->end;
  detail::headlines_abbreviate(doc_, text_, out_);
  detail::date_offices(doc_, offices_, out_);
  detail::predecessors_led_it(doc_, lex_, out_);
  detail::possessed_predecessors_led_it(doc_, out_);
  detail::add_unlinked_cooperation(std::move(co_parties), out_);  // after every part_of is known
  detail::date_by_opening(out_);
  detail::date_by_neighbour_acts(acts_, out_);
  detail::date_pledges_by_meeting(doc_, acts_, lex_.pledge_verbs, out_);
  headlines_take_lede_date();  // (after the co-parties' cooperation: a headline's is the lede's too)
  return std::move(out_);
}

// "France and Greece strengthen their cooperation" over "On Tuesday 3 November,
// the minister received ...": a headline's fact of an occasion is the
// lede's, of the lede's day (not the publication day a headline is otherwise
// dated by, nor none when the headline sits below a letterhead). Every line
// before the lede is a title's or a header's.
void Relater::headlines_take_lede_date() {
  auto lede = lede_.sentence();
  auto day = lede_.date();
  if (!lede || !day || !day->date || !day->date->day) return;
  for (auto& r : out_) {
    bool occasion = r.type == EdgeType::cooperates_with || r.type == EdgeType::party_to || r.type == EdgeType::met_with ||
                    r.type == EdgeType::participates_in || r.type == EdgeType::organises;
    if (occasion && r.sentence < *lede && !r.end &&
        (!r.date || r.date == published_))
      r.date = day->date, r.end = day->end;
  }
}

// "Delegates at the plenary in Kyiv. Photo: SSSCIP press service": a line
// whose next sentence on the same line opens with a credit label and a colon
// is a picture's caption, not the story's lede.
bool Relater::photo_caption(std::size_t si) const {
  if (si + 1 >= doc_.sentences.size()) return false;
  const SentenceAnalysis& next = doc_.sentences[si + 1];
  if (next.tokens.size() < 2 || next.tokens[1].key != ":" ||
      text_.substr(doc_.sentences[si].end, next.start - doc_.sentences[si].end).find('\n') != std::string_view::npos)
    return false;
  const auto& labels = lex_.credit_labels;
  return std::find(labels.begin(), labels.end(), next.tokens[0].key) != labels.end();
}

// One sentence, pass by pass: its times, its items and clauses, the
// patterns, cues and claims of taking part on them, then what the later
// sentences read of it (the story's day, its events, who it named last).
void Relater::sentence(std::size_t si) {
  const SentenceAnalysis& s = doc_.sentences[si];
  detail::AnotherFactMemo fact_memo;
  refresh_pairs();
  // a transcript's speaker holds for the rest of the label's paragraph
  if (si == 0 || text_.substr(doc_.sentences[si - 1].end, s.start - doc_.sentences[si - 1].end).find('\n') != std::string_view::npos)
    ctx_.paragraph_speaker = -1;
  stext_ = text_.substr(s.start, s.end - s.start);
  auto exprs = sentence_times(s);
  observe_heading(s, si, exprs);
  observe_date_field(s, si, exprs);
  std::size_t first_relation = out_.size();
  quiet_ = exprs.empty() && !time_words_.other_time_words(stext_);
  std::vector<detail::ChunkRelation> chunks;
  std::vector<Item> surface;  // the items before chunking, for the surface_ patterns
  auto collapsed = detail::build_items(s, ctx_, true, &chunks, &surface);
  lists_.observe(collapsed, ctx_, si);
  refresh_participants(s);
  detail::resolve_references(collapsed, ctx_, lists_, si, pair_sentence_, chunks);
  detail::drop_adverbial_times(lex_, s, exprs, collapsed);
  int it_subject = organisation_it_stands_for(collapsed);
  Cut cut;
  auto clauses = split_clauses(std::move(collapsed), lex_, cut, &doc_);
  auto main_exprs = detail::main_clause_times(s, exprs, cut);
  quiet_outside_cut(s, cut, main_exprs);
  acts_[si] = detail::read_act_sentence(lex_, s, main_exprs, !quiet_);
  quiet_before_relative_ = !quiet_ && quiet_before_relative(exprs);
  quiet_before_which_ = !quiet_ && (quiet_before_relative_ || quiet_before_relative(exprs, true));
  // the story's occasion is dated by the lede's main clause ("met Tan, who is visiting from May 3 to 6": not May 3)
  if (!photo_caption(si)) lede_.observe(s, main_exprs, lex_.temporal.date_field_labels, si);
  occasion_ = occasion_date(s, si);
  if (auto day = detail::first_day_named(main_exprs)) main_dated_.emplace_back(si, *day);
  observe_cut_times(exprs, main_exprs);
  // "On the final day, A met B. That evening they signed X": a sentence with no time of its own
  // whose occasion phrase names a day moves the story to that day
  if (exprs.empty() && occasion_ && occasion_->date && occasion_->date->day && !occasion_->end)
    previous_point_ = occasion_->date;
  for (const auto& c : chunks) add(c.source, c.target, c.type, {}, si, c.pattern, c.confidence);
  relate_clauses(si, surface, clauses, exprs, main_exprs, first_relation);
  detail::date_gapped(lex_, s, stext_, exprs, out_, first_relation);
  detail::date_table_row(stext_, exprs, out_, first_relation);
  table_participation(si, exprs);
  detail::date_respectively(s, stext_, exprs, out_, first_relation);
  detail::echo_subjects(doc_, lex_, si, first_relation, out_);
  auto agreement = latest_.find(NodeType::Agreement);
  detail::ListTargets targets{spoken_of_happening(), agreement == latest_.end() ? -1 : agreement->second.first};
  detail::list_participants(doc_, lex_, si, targets, participant_list_, out_, exprs);
  detail::extend_person_lists(doc_, lex_, si, first_relation, out_);
  // a correction states no fact (only looked for when the sentence gave one)
  const SentenceAnalysis* next = si + 1 < doc_.sentences.size() ? &doc_.sentences[si + 1] : nullptr;
  if (first_relation < out_.size() &&
      (detail::retracts(lex_, s) || detail::links_elsewhere(lex_, s) || detail::corrected_by_next(lex_, s, next)))
    out_.erase(out_.begin() + static_cast<std::ptrdiff_t>(first_relation), out_.end());
  observe_stated_facts(s, main_exprs, first_relation);
  observe_events_and_offices(s, si, exprs, main_exprs, first_relation);
  int opened = unit_opened(first_relation);
  remember_mentions(s, si);
  if (it_subject >= 0) ctx_.previous_org = it_subject;
  else if (opened >= 0) ctx_.previous_org = opened;
}

// "It will be run by the unit. Its first director is X": a sentence whose subject is
// "it" keeps speaking of the organisation "it" stood for; else -1.
int Relater::organisation_it_stands_for(const std::vector<Item>& collapsed) const {
  return !collapsed.empty() && collapsed[0].key == "it" && collapsed[0].entity >= 0 &&
                 doc_.entities[collapsed[0].entity].type == NodeType::Organisation
             ? collapsed[0].entity
             : -1;
}

// What the story's narrative keeps of a sentence: its main clause's times, the
// entities it names and the facts it stated (the relations from `first_relation` on).
void Relater::observe_stated_facts(const SentenceAnalysis& s, const std::vector<TimeExpression>& main_exprs,
                                   std::size_t first_relation) {
  std::vector<detail::StatedFact> facts;
  facts.reserve(out_.size() - first_relation);  // (reserved: no regrowth per sentence)
  for (std::size_t r = first_relation; r < out_.size(); ++r)
    facts.push_back({out_[r].type, out_[r].source, out_[r].target, out_[r].date});
  std::vector<int> named;
  named.reserve(s.mentions.size());
  for (const auto& m : s.mentions) named.push_back(m.entity);
  narrative_.observe(main_exprs, s.headline, named, std::move(facts));
}

// The dates a sentence states of its events, signings and posts taken, for the
// facts of this sentence and the later ones that take them.
void Relater::observe_events_and_offices(const SentenceAnalysis& s, std::size_t si,
                                         const std::vector<TimeExpression>& exprs,
                                         const std::vector<TimeExpression>& main_exprs, std::size_t first_relation) {
  std::vector<std::size_t> event_at;
  auto events = events_named(s, si, first_relation, event_at);
  events_.observe(si, exprs, stext_, events, time_words_, event_at, detail::has_date(main_exprs));
  state_told_days(s, si, first_relation, main_exprs);
  state_apposed_dates(s, si, exprs);
  lede_occasion(s, si);
  if (const TimeExpression* row = events.size() == 1 ? detail::table_row_date(stext_, exprs) : nullptr)
    events_.state(events.front(), si, {row->date, row->until});
  detail::find_offices_taken(doc_, si, stext_, exprs, office_phrases_, lex_.temporal, offices_);
  detail::find_appointments(doc_, si, stext_, exprs, lex_.temporal, offices_);
  detail::find_effective_posts(doc_, si, stext_, exprs, lex_.temporal, offices_);
}

// "X created a new unit. Its first head ...": the unit a pattern read as just opened
// (patterns opened_*) is what the next sentence's "its" speaks of; else -1.
int Relater::unit_opened(std::size_t first_relation) const {
  int opened = -1;
  for (std::size_t r = first_relation; r < out_.size(); ++r)
    if (out_[r].type == EdgeType::part_of && out_[r].pattern.starts_with("opened_")) opened = out_[r].source;
  return opened;
}

// The dates a sentence told of events and agreements that later sentences' edges take.
void Relater::state_told_days(const SentenceAnalysis& s, std::size_t si, std::size_t first_relation,
                              const std::vector<TimeExpression>& main_exprs) {
  state_signing_days(si, first_relation);
  state_participation_days(si, first_relation);
  if (auto signed_then = unnamed_signing_.observe(doc_, s, si, main_exprs, lex_);
      signed_then && !events_.states(signed_then->first))
    events_.state(signed_then->first, si, signed_then->second);
  // "X has signed a memorandum with Y. The memorandum was signed on 2 October by ...": the
  // sentence before's undated signing and cooperation were then
  if (si > 0 && previous_first_relation_ <= first_relation) {
    const SentenceAnalysis& prev = doc_.sentences[si - 1];
    if (auto day = detail::restated_signing_day(s, main_exprs, text_.substr(prev.start, prev.end - prev.start), lex_))
      for (std::size_t r = previous_first_relation_; r < first_relation; ++r)
        if ((out_[r].type == EdgeType::party_to || out_[r].type == EdgeType::cooperates_with) && !out_[r].date &&
            !out_[r].end && out_[r].sentence == si - 1)
          out_[r].date = day->date;
  }
  previous_first_relation_ = first_relation;
}

// "Following the meeting, A and B signed the X Memorandum. The memorandum was signed by C and
// D": an agreement is signed once; the day a signing got in its sentence (its own time or its
// occasion's) is the agreement's, when the document has told none before.
void Relater::state_signing_days(std::size_t si, std::size_t first_relation) {
  for (std::size_t r = first_relation; r < out_.size(); ++r) {
    const Relation& rel = out_[r];
    if (rel.type == EdgeType::party_to && rel.date && rel.date->day && !rel.end &&
        doc_.entities[rel.target].type == NodeType::Agreement && !events_.states(rel.target))
      events_.state(rel.target, si, {rel.date, {}});
  }
}

// "From Monday 4 to Thursday 7 May, the team took part in its first exercise, X. The exercise
// was organised by Y": a span of days that taking part got in its sentence is the event's, when
// the document has told none before (a single day may be one day of a longer event).
void Relater::state_participation_days(std::size_t si, std::size_t first_relation) {
  for (std::size_t r = first_relation; r < out_.size(); ++r) {
    const Relation& rel = out_[r];
    if (rel.type == EdgeType::participates_in && rel.date && rel.date->day && rel.end && rel.end->day &&
        !events_.states(rel.target))
      events_.state(rel.target, si, {rel.date, rel.end});
  }
}

// "X, who has led Y since 2019, held talks with Z": a time in a cut clause is
// that clause's; the main clause is still quiet and takes the day the text was
// last at (not the narrative's story date: the cut clause moved it on).
void Relater::quiet_outside_cut(const SentenceAnalysis& s, const Cut& cut, const std::vector<TimeExpression>& main_exprs) {
  quiet_by_cut_ = !quiet_ && !cut.empty() && main_exprs.empty() &&
                  !time_words_.other_time_words(detail::main_clause_text(s, stext_, cut));
  quiet_ = quiet_ || quiet_by_cut_;
}

// "The two ministers signed X, under which the forces will share ranges from 2027": every
// time of the sentence inside the relative clause that closes it after a preposition (from
// ", <word> which" to its end), and no other time words before it.
// `loose` ("The two ministers then signed X, which provides for courses, drills and ..., created
// last year"): also a bare ", which", with commas inside the clause, when no time after it names a day.
bool Relater::quiet_before_relative(const std::vector<TimeExpression>& exprs, bool loose) const {
  std::size_t open = std::string_view::npos;
  for (std::size_t at = stext_.find(", "); at != std::string_view::npos && open == std::string_view::npos;
       at = stext_.find(", ", at + 1)) {
    std::size_t word = at + 2, space = stext_.find(' ', word);
    if (space == std::string_view::npos || space == word) break;
    if (loose && stext_.substr(word, 6) == "which ") open = at;
    bool preposition = std::all_of(stext_.begin() + static_cast<long>(word), stext_.begin() + static_cast<long>(space),
                                   [](char c) { return c >= 'a' && c <= 'z'; });
    std::string_view rel = stext_.substr(space + 1, 6);
    if (preposition && (rel == "which " || rel.starts_with("whom "))) open = at;
  }
  if (open == std::string_view::npos || (!loose && stext_.find(',', open + 1) != std::string_view::npos)) return false;
  return std::all_of(exprs.begin(), exprs.end(),
                     [&](const TimeExpression& x) { return x.start > open && !(loose && x.date && x.date->day); }) &&
         !time_words_.other_time_words(stext_.substr(0, open));
}

// The sentence's time expressions, resolved, less those that date nothing.
std::vector<TimeExpression> Relater::sentence_times(const SentenceAnalysis& s) {
  auto exprs = find_time_expressions(stext_, published_, lex_.temporal);
  detail::drop_times_inside_names(doc_, s, stext_, exprs);
  detail::drop_dateline_times(exprs, stext_);
  // (the story's week told by a sentence just before: "spent last week ...", then "ran from Sunday to Wednesday")
  constexpr std::size_t kPassage = 3;
  const auto si = static_cast<std::size_t>(&s - doc_.sentences.data());
  if (published_ && published_->day && last_week_at_ < si && si <= last_week_at_ + kPassage)
    detail::move_to_last_week(exprs, stext_, *published_, lex_.temporal);
  static const std::vector<std::vector<std::string>> kLastWeek{{"last", "week"}};  // token keys: not "last weekend"
  if (detail::first_phrase(kLastWeek, s) < s.tokens.size()) last_week_at_ = si;
  detail::anchor_relative(exprs, stext_, time_words_, previous_point_, previous_stated_);
  if (published_) detail::settle_yearless_months(exprs, stext_, *published_, lex_.temporal);
  detail::carry_stated_year(exprs, stext_, stated_month_, lex_.temporal);
  stated_month_.reset();
  for (const auto& x : exprs)
    if (!x.relative && x.date && x.date->month) stated_month_ = x.date;
  return exprs;
}

void Relater::observe_cut_times(const std::vector<TimeExpression>& exprs, const std::vector<TimeExpression>& main_exprs) {
  // for "the following day" in a later sentence: the main clause's day, not a
  // relative clause's ("met Tan, who is visiting from August 26 to 29")
  // (not the day of a saying: "..., the ministry said Tuesday" is when it was told, not the story's day)
  for (const auto& x : main_exprs)
    if (x.date && x.date->day && (x.role == TimeRole::Point || x.role == TimeRole::Span) && !said_at(x))
      previous_point_ = x.date;
  // for "two years later": the latest date of any precision the text was at
  for (const auto& x : main_exprs)
    if (x.date && (x.role == TimeRole::Point || x.role == TimeRole::Span)) previous_stated_ = x.date;
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
void Relater::relate_clauses(std::size_t si, std::vector<Item>& surface, std::vector<std::vector<Item>>& clauses,
                    const std::vector<TimeExpression>& exprs, const std::vector<TimeExpression>& main_exprs,
                    std::size_t first_relation) {
  const SentenceAnalysis& s = doc_.sentences[si];
  sentence_times_ = &exprs;
  // Items with no name (nor a pair, group or pronoun read as one) fill no
  // slot, and every relation a pattern or cue gives is between names: such
  // items are not indexed, so that no pattern is tried on them.
  // Each is indexed for the patterns it is tried with (surface_ ones on the surface).
  // (into the thread's ClauseWords: their storage, a table by word id each, serves
  // every sentence of every document; each is indexed again or emptied here)
  auto index = [&](detail::ClauseWords& keys, std::vector<Item>& items, detail::PatternKinds kinds) {
    bool named = std::any_of(items.begin(), items.end(), [](const Item& it) { return it.is_entity(); });
    if (named) detail::index_words_into(keys, items, lex_, &s, kinds);
    else keys.clear();
  };
  thread_local detail::ClauseWords surface_keys;
  thread_local std::vector<detail::ClauseWords> clause_keys;
  index(surface_keys, surface, detail::PatternKinds::Surface);
  // grown, never shrunk: each keeps its tables (the ones past this sentence's clauses emptied)
  if (clause_keys.size() < clauses.size()) clause_keys.resize(clauses.size());
  for (std::size_t c = clauses.size(); c < clause_keys.size(); ++c) clause_keys[c].clear();
  for (std::size_t c = 0; c < clauses.size(); ++c) index(clause_keys[c], clauses[c], detail::PatternKinds::Clause);
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
  sentence_times_ = nullptr;  // `exprs` lives no longer than this call
}

// "the Commission recalls that the Centre was set up ...": a name before one or two lower-case
// words and "that" reports what follows; "its" in the next sentence is not its.
static bool reports_that(const SentenceAnalysis& s, std::uint32_t end) {
  for (std::uint32_t k = end; k < s.tokens.size() && k < end + 3; ++k) {
    if (k > end && s.tokens[k].key == "that") return true;
    if (!s.tokens[k].word || s.tokens[k].capital) return false;
  }
  return false;
}

// "Timor-Leste, which joined ASEAN last year, took part. Its team ...": the end of the
// relative clause after a nation opening the sentence, or its text after a dateline's dash
// (the clause's bodies are asides, not what "its" stands for); 0 when the sentence opens otherwise.
static std::uint32_t nation_aside_end(const DocAnalysis& doc, const SentenceAnalysis& s) {
  auto opening = [&](const Mention& m) {
    if (m.begin == 0 || (m.begin == 1 && s.tokens[0].key == "the")) return true;
    const std::string& before = s.tokens[m.begin - 1].key;
    return before == "-" || before == "--" || before == "\u2013" || before == "\u2014";
  };
  auto front_at = std::find_if(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
    return opening(m) && doc.entities[m.entity].type == NodeType::Nation;
  });
  if (front_at == s.mentions.end()) return 0;
  const Mention& front = *front_at;
  std::uint32_t k = front.end;
  if (k + 2 >= s.tokens.size() ||
      s.tokens[k].key != "," || (s.tokens[k + 1].key != "which" && s.tokens[k + 1].key != "who"))
    return 0;
  for (k += 2; k < s.tokens.size(); ++k)
    if (s.tokens[k].key == "," || s.tokens[k].key == ";") return k;
  return 0;
}

// The latest entity of each type, the first organisation and person, and
// the subject a later "it" or "the country" may stand for.
void Relater::remember_mentions(const SentenceAnalysis& s, std::size_t si) {
  int first_org = -1, first_person = -1;
  std::uint32_t aside_end = nation_aside_end(doc_, s);
  // "It joined NATO's Partnership for Peace in 1994. It has been a member of X since 2001": a
  // sentence whose subject is "it" for the body or nation before keeps that subject for the next
  // (not after a sentence opening with an agreement or occasion, which "it" may be)
  const auto& t = s.tokens;
  auto occasion_first = [&](const SentenceAnalysis& b) {
    if (b.mentions.empty()) return false;
    NodeType f = doc_.entities[b.mentions.front().entity].type;
    return f == NodeType::Agreement || f == NodeType::Exercise || f == NodeType::Event;
  };
  const int it_subject = t.size() > 2 && t[0].key == "it" && t[1].key != "'s" && ctx_.previous_subject >= 0 &&
                                 !s.headline && si > 0 && !occasion_first(doc_.sentences[si - 1])
                             ? ctx_.previous_subject
                             : -1;
  // "the UPDF's Directorate of Cyber Operations ... . X took over as its director": a body owned
  // through a possessive by the one named before it is what "its" speaks of, not its owner
  auto owns_next_body = [&](const Mention& m) {
    if (m.end + 1 >= t.size() || t[m.end].key != "'s") return false;
    return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& n) {
      return n.begin == m.end + 1 && doc_.entities[n.entity].type == NodeType::Organisation;
    });
  };
  for (const auto& m : s.mentions) {
    if (first_org < 0 && doc_.entities[m.entity].type == NodeType::Organisation && !reports_that(s, m.end) &&
        m.end > aside_end && !owns_next_body(m))
      first_org = m.entity;
    if (first_person < 0 && doc_.entities[m.entity].type == NodeType::Person) first_person = m.entity;
    latest_[doc_.entities[m.entity].type] = {m.entity, si};
    NodeType t = doc_.entities[m.entity].type;
    if (ctx_.previous_subject < 0 || &m == &s.mentions.front())
      if (t == NodeType::Organisation || t == NodeType::Nation) {
        ctx_.previous_subject = m.entity;
        ctx_.subject_adjective = m.kind == MentionKind::Demonym;
      }
  }
  possessed_subject(s);
  if (it_subject >= 0) ctx_.previous_subject = it_subject, ctx_.subject_adjective = false;
  // "The new centre will train staff from Tonga. Its first director ...": a sentence whose
  // subject is a noun no name gives leaves "its" no named owner (not Tonga)
  if (unnamed_subject(s)) ctx_.previous_subject = -1, first_org = -1;
  ctx_.previous_org = created_ >= 0 ? created_ : first_org;  // "X set up Y. Its director ...": Y
  created_ = -1;
  remember_person_pair(s, si);
  ctx_.person_age = first_person >= 0 ? 0 : ctx_.person_age + 1;  // one sentence naming no one keeps "she"
  if (first_person >= 0 || ctx_.person_age > 1) ctx_.previous_person = first_person;
}

// "The new centre will ...", "The hub opened ...": the sentence opens with "The" and a
// lower-case noun, and names nothing before its verb.
bool Relater::unnamed_subject(const SentenceAnalysis& s) const {
  const auto& t = s.tokens;
  if (t.size() < 4 || t[0].key != "the" || !t[1].word || t[1].capital || s.headline) return false;
  std::uint32_t first = s.mentions.empty() ? static_cast<std::uint32_t>(t.size()) : s.mentions.front().begin;
  for (std::uint32_t k = 1; k < first && k < 5; ++k) {
    if (!t[k].word || t[k].capital) return false;
    if (lex_.clause_verb_set.count(t[k].key) || lex_.past_verb_set.count(t[k].key) || (k >= 2 && t[k].key.ends_with("ed")))
      return true;
  }
  return false;
}

// "Chile's Joint Command, which ..., has worked with X. It fielded a team":
// a sentence opening with a nation's possessive is about the body it owns.
void Relater::possessed_subject(const SentenceAnalysis& s) {
  if (s.mentions.empty()) return;
  const Mention& front = s.mentions.front();
  if (doc_.entities[front.entity].type != NodeType::Nation || front.end + 1 >= s.tokens.size() ||
      s.tokens[front.end].key != "'s")
    return;
  for (const auto& m : s.mentions)
    if (m.begin == front.end + 1 && doc_.entities[m.entity].type == NodeType::Organisation)
      ctx_.previous_subject = m.entity, ctx_.subject_adjective = false;
}

// The fallback: pairs no pattern related in this sentence (either way, any
// type) that a cue word relates; kept aside until the document is read.
void Relater::cues(const std::vector<Item>& items, std::size_t si, const std::vector<TimeExpression>& exprs,
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
void Relater::participation(const std::vector<Item>& items, std::size_t si, const std::vector<TimeExpression>& exprs) {
  int topic = local_topic(si);
  if (topic < 0) return;
  const SentenceAnalysis& s = doc_.sentences[si];
  for (auto& c : detail::participation_claims(lex_, ctx_, s, items, topic)) {
    std::vector<Dating> dates{Dating{}};
    if (c.cue_token < s.tokens.size()) {
      std::size_t to = s.tokens[c.cue_token].end - s.start;
      dates.front() = detail::date_near(exprs, stext_, s.tokens[c.cue_token].start - s.start, to, false, lex_.temporal);
      // "Ireland, which played in 2024 and 2025": a part taken each time
      if (dates.front().date) detail::repeated_dates(exprs, stext_, to, dates, lex_.temporal);
    }
    for (int a : c.sources)
      for (const auto& d : dates)
        topic_out_.push_back({a, topic, EdgeType::participates_in, d.date, d.end, si, "doc:participates_in",
                              lex_.document_participation.confidence});
  }
}

// A claim stands where no pattern read the source taking part in its
// sentence (its reading, of whatever target, is the more exact one) and
// none read it taking part in the topic anywhere.
void Relater::add_topic_participation() {
  std::set<std::pair<std::size_t, int>> read_in;
  std::set<std::pair<int, int>> done;
  for (const auto& r : out_) {
    if (r.type != EdgeType::participates_in) continue;
    read_in.insert({r.sentence, r.source});
    done.insert({r.source, r.target});
  }
  // one claim per pair, with each time its sentence repeats ("played in 2024 and 2025")
  std::map<std::pair<int, int>, std::size_t> claimed;  // pair -> the sentence of its claim
  for (auto& r : topic_out_) {
    if (read_in.count({r.sentence, r.source}) || r.source == r.target || done.count({r.source, r.target})) continue;
    auto [at, fresh] = claimed.insert({{r.source, r.target}, r.sentence});
    if (fresh || at->second == r.sentence) out_.push_back(std::move(r));
  }
  topic_out_.clear();
}

// Cue relations of a pair and type a pattern read anywhere in the document go:
// the pattern's reading (and date) stands.
void Relater::add_cue_relations() {
  std::set<std::tuple<int, int, EdgeType>> read;
  for (const auto& r : out_) read.insert({r.source, r.target, r.type});
  for (auto& r : cue_out_)
    if (!read.count({r.source, r.target, r.type})) out_.push_back(std::move(r));
  cue_out_.clear();
}

void Relater::add(int a, int b, EdgeType type, Dating d, std::size_t si, const std::string& pattern, double confidence) {
  if (a < 0 || b < 0 || a == b) return;
  out_.push_back({a, b, type, d.date, d.end, si, pattern, confidence});
}

}  // namespace detail

std::vector<Relation> find_relations(const DocAnalysis& doc, std::string_view text, std::optional<Date> published,
                                     const Lexicon& lexicon) {
  return detail::Relater(doc, text, published, lexicon).run();
}

}  // namespace newsgraph
