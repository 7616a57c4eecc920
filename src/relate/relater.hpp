// The relation finder of one document (find_relations() in relate.hpp):
// reads its sentences in order, keeping what later sentences refer back to
// (the latest entity of each type, the pair that met, the story's dates).
// Its methods are defined by stage:
//   relate.cpp          the document and sentence passes, patterns and cues;
//   relater_events.cpp  the events a sentence speaks of and their dates;
//   relater_context.cpp who a sentence refers to (nations, pairs, implicit objects).
#pragma once
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "relate/act_dates.hpp"
#include "relate/clauses.hpp"
#include "relate/dating.hpp"
#include "relate/items.hpp"
#include "relate/matcher.hpp"
#include "relate/occasion_dates.hpp"
#include "relate/passes.hpp"
#include "relate/references.hpp"
#include "relate/relate.hpp"
#include "relate/unnamed_signings.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph::detail {

// The lexicon's phrase and time-word lists read for the relation finder: built
// once per lexicon and thread (relater_tables()), not for every document (they
// cost more than a short document's relations).
struct RelaterTables {
  explicit RelaterTables(const Lexicon& lex);
  PhraseFinder office_phrases, occasion_phrases, told_occasion_phrases, first_day_phrases, closing_phrases;
  TimeWordIndex time_words;
};
// This thread's tables of `lex` as last indexed (rebuilt for another lexicon or
// index; for an unindexed one, every time). They view the lexicon's strings.
std::shared_ptr<const RelaterTables> relater_tables(const Lexicon& lex);

class Relater {
 public:
  Relater(const DocAnalysis& doc, std::string_view text, std::optional<Date> published, const Lexicon& lex);

  std::vector<Relation> run();

 private:
  void sentence(std::size_t si);
  std::vector<TimeExpression> sentence_times(const SentenceAnalysis& s);
  void quiet_outside_cut(const SentenceAnalysis& s, const Cut& cut, const std::vector<TimeExpression>& main_exprs);
  bool quiet_before_relative(const std::vector<TimeExpression>& exprs, bool loose = false) const;
  void state_told_days(const SentenceAnalysis& s, std::size_t si, std::size_t first_relation,
                       const std::vector<TimeExpression>& main_exprs);
  void state_signing_days(std::size_t si, std::size_t first_relation);
  void state_participation_days(std::size_t si, std::size_t first_relation);
  void observe_cut_times(const std::vector<TimeExpression>& exprs, const std::vector<TimeExpression>& main_exprs);
  void relate_clauses(std::size_t si, std::vector<Item>& surface, std::vector<std::vector<Item>>& clauses,
                      const std::vector<TimeExpression>& exprs, const std::vector<TimeExpression>& main_exprs,
                      std::size_t first_relation);
  void remember_mentions(const SentenceAnalysis& s, std::size_t si);
  int organisation_it_stands_for(const std::vector<Item>& collapsed) const;
  void observe_stated_facts(const SentenceAnalysis& s, const std::vector<TimeExpression>& main_exprs,
                            std::size_t first_relation);
  void observe_events_and_offices(const SentenceAnalysis& s, std::size_t si, const std::vector<TimeExpression>& exprs,
                                  const std::vector<TimeExpression>& main_exprs, std::size_t first_relation);
  int unit_opened(std::size_t first_relation) const;
  bool unnamed_subject(const SentenceAnalysis& s) const;
  void possessed_subject(const SentenceAnalysis& s);
  void cues(const std::vector<Item>& items, std::size_t si, const std::vector<TimeExpression>& exprs,
            std::size_t first_relation);
  void participation(const std::vector<Item>& items, std::size_t si, const std::vector<TimeExpression>& exprs);
  void add_topic_participation();
  int local_topic(std::size_t si) const;
  void add_cue_relations();
  void apply(const RelationPattern& p, const std::vector<Item>& items, std::size_t si,
             const std::vector<TimeExpression>& exprs, const detail::ClauseWords& keys);
  bool match_refused(const RelationPattern& p, const std::vector<Item>& items, const detail::PatternMatch& m,
                     const SentenceAnalysis& s) const;
  bool add_implicit_object(const RelationPattern& p, const std::vector<Item>& items, detail::PatternMatch& m,
                           std::size_t si) const;
  int membership_left_out(const RelationPattern& p, const detail::PatternMatch& m, std::size_t si) const;
  int only_recent_organisation(std::size_t si) const;
  bool names_organisation_noun(std::size_t si) const;
  void emit_match(const RelationPattern& p, EdgeType relation, const std::vector<Item>& items,
                  const detail::PatternMatch& m, std::size_t si, const std::vector<TimeExpression>& exprs, bool mutual);
  bool nation_holds_noun(const Item& it, const SentenceAnalysis& s) const;
  std::size_t past_former_post(const std::vector<Item>& items, std::size_t k, std::size_t last) const;
  EdgeType relation_of_match(const RelationPattern& p, const std::vector<Item>& items, const detail::PatternMatch& m,
                             const SentenceAnalysis& s) const;
  // The time of an aside right after the event's name telling its occurrence (", held in April").
  std::optional<Dating> held_aside(const std::vector<Item>& items, const detail::PatternMatch& m,
                                   const SentenceAnalysis& s, const std::vector<TimeExpression>& exprs) const;
  Dating date_of_match(const RelationPattern& p, EdgeType relation, const std::vector<Item>& items,
                       const detail::PatternMatch& m, std::size_t si, const std::vector<TimeExpression>& exprs,
                       std::size_t& to) const;
  bool names_a_group(const std::vector<Item>& items, const detail::PatternMatch& m, int target, std::size_t si) const;
  bool stands_for_group(const std::vector<Item>& items, const detail::PatternMatch& m, int entity, std::size_t si) const;
  bool placed_elsewhere(int place, int nation) const;
  std::optional<Dating> occasion_date(const SentenceAnalysis& s, std::size_t si) const;
  void observe_heading(const SentenceAnalysis& s, std::size_t si, const std::vector<TimeExpression>& exprs);
  void observe_date_field(const SentenceAnalysis& s, std::size_t si, const std::vector<TimeExpression>& exprs);
  bool said_at(const TimeExpression& x) const;
  void lede_occasion(const SentenceAnalysis& s, std::size_t si);
  void state_apposed_dates(const SentenceAnalysis& s, std::size_t si, const std::vector<TimeExpression>& exprs);
  std::optional<Dating> during_event_date(const SentenceAnalysis& s, std::size_t si) const;
  std::optional<Dating> event_relative_date(const SentenceAnalysis& s, std::size_t si) const;
  std::optional<Dating> numbered_event_day(const SentenceAnalysis& s, std::size_t si) const;
  bool topic_object(const std::vector<Item>& items, const detail::PatternMatch& m) const;
  void headlines_take_lede_date();
  bool photo_caption(std::size_t si) const;
  std::optional<Dating> told_occasion(std::string_view noun, std::size_t si, std::size_t reach) const;
  std::optional<Dating> continued_day(const SentenceAnalysis& s, std::size_t si) const;
  std::optional<Dating> parties_of_meeting_day(const SentenceAnalysis& s, std::size_t si) const;
  std::optional<Dating> pair_meeting_day(std::size_t si) const;
  bool event_possessor(const SentenceAnalysis& s, std::size_t from, std::size_t to) const;
  std::optional<Dating> closing_date(const SentenceAnalysis& s, std::size_t si) const;
  std::vector<int> events_named(const SentenceAnalysis& s, std::size_t si, std::size_t first_relation,
                                std::vector<std::size_t>& at);
  void date_event_edges();
  // "took part in Locked Shields 2024": the year that sentence writes after the event's name, else 0.
  int edition_year(int event, std::size_t sentence_index) const;
  int edition_noun_year(std::size_t sentence_index) const;
  void take_edition_year(Relation& r, int event) const;
  void remember_pair(int a, int b, std::size_t si);
  void remember_person_pair(const SentenceAnalysis& s, std::size_t si);
  void refresh_pairs();
  void refresh_participants(const SentenceAnalysis& s);

  // What the relations so far say of each entity, each relation read once
  // (every sentence after a meeting asks: rescanning made long documents quadratic).
  struct EntityFacts {
    int party = -1;        // what a person leads or is affiliated with (a nation rather, when both)
    int nation_part = -1;  // the first nation it is part of
  };
  void read_new_relations();
  int nation_of(int e);
  int nation_by_name(int e);
  int implicit_target(const std::vector<Item>& items, const detail::PatternMatch& m, NodeType type,
                      std::size_t si, bool slot_last) const;
  bool fits_implicit_kind(NodeType kind, NodeType type) const;
  bool names_occasion_after(const std::vector<Item>& items, std::size_t from, NodeType type) const;
  bool fits_implicit(int e, NodeType type) const;
  bool named_once(int e, std::size_t si) const;
  int implicit_from_story(const std::vector<Item>& items, const detail::PatternMatch& m, NodeType type,
                          std::size_t si) const;
  int spoken_of_happening() const;
  void add(int a, int b, EdgeType type, Dating d, std::size_t si, const std::string& pattern, double confidence);
  void table_participation(std::size_t si, const std::vector<TimeExpression>& exprs);  // table_rows.cpp
  struct TableColumns {
    bool participants = false;     // the header names participants ("Nation", "Team")
    std::size_t role_column = SIZE_MAX;  // the "Role" column, if any
  };
  TableColumns table_;  // the table the sentences are rows of
  const DocAnalysis& doc_;
  std::string_view text_;
  std::optional<Date> published_;
  const Lexicon& lex_;
  detail::ItemContext ctx_;
  std::vector<Relation> out_;
  std::vector<Relation> cue_out_;  // cues(): added by add_cue_relations()
  int topic_ = -1;                 // the exercise or event the document is about (document_topic())
  detail::ParticipantList participant_list_;  // an open list of participants (list_participants())
  std::vector<Relation> topic_out_;  // participation(): added by add_topic_participation()
  std::string_view stext_;
  std::map<NodeType, std::pair<int, std::size_t>> latest_;  // the latest entity of each type, its sentence
  detail::NarrativeDate narrative_;
  detail::EventDates events_;
  detail::UnnamedSigning unnamed_signing_;
  std::size_t previous_first_relation_ = 0;  // where the sentence before's relations begin in out_  // "signed an arrangement yesterday" before the arrangement is named
  detail::LedeDate lede_;
  std::pair<std::vector<int>, std::size_t> last_events_;  // the exercises/events the latest sentence naming any named
  std::shared_ptr<const RelaterTables> tables_{relater_tables(lex_)};
  const detail::PhraseFinder& office_phrases_{tables_->office_phrases};
  const detail::PhraseFinder& occasion_phrases_{tables_->occasion_phrases};
  const detail::PhraseFinder& told_occasion_phrases_{tables_->told_occasion_phrases};
  const detail::PhraseFinder& first_day_phrases_{tables_->first_day_phrases};
  const detail::PhraseFinder& closing_phrases_{tables_->closing_phrases};
  const detail::TimeWordIndex& time_words_{tables_->time_words};
  std::optional<Dating> occasion_;              // occasion_date() of the current sentence
  std::size_t section_start_ = 0;               // the latest heading's sentence (0: none yet)
  std::optional<Dating> section_date_;          // a heading's date ("## March 2026"), for the lines under it
  std::vector<detail::OfficeTaken> offices_;   // posts taken, dated by date_offices()
  detail::ListMemory lists_;      // coordinated lists, for "all five countries"
  std::optional<Date> cut_day_;  // the one day named inside what was cut out of the sentence's main clause
  std::size_t cut_day_at_ = 0;    // where it is written
  std::size_t all_exprs_ = 0;     // the sentence's time expressions, cut ones included
  const std::vector<TimeExpression>* sentence_times_ = nullptr;  // all of them (a cut aside's too), for held_aside()
  std::size_t pair_sentence_ = 0;  // sentence of the latest meeting (ctx_.last_pair)
  int created_ = -1;  // a body the current sentence sets up (a pattern that "creates")
  int person_pair_age_ = 0;  // sentences since ctx_.person_pair was set or one of it named
  std::set<std::tuple<std::size_t, int, int>> from_story_;  // (sentence, source, target) dated by the narrative
  bool quiet_ = false;                // the current sentence has no words of time
  bool quiet_by_cut_ = false;         // ... only outside a cut clause ("X, who has led Y since 2019, met Z")
  // ... only before a closing relative clause after a preposition (", under which ... from 2027")
  bool quiet_before_relative_ = false;
  bool quiet_before_which_ = false;  // ... or before a bare ", which" whose clause names no day (pair subjects)
  std::optional<Date> previous_point_;  // the latest day a sentence gave (publication day excluded)
  std::optional<Date> previous_stated_;  // the latest date of any precision a main clause gave
  std::size_t last_week_at_ = static_cast<std::size_t>(-1);  // the last sentence saying "last week"
  std::vector<std::pair<std::size_t, Dating>> main_dated_;  // the sentences whose main clause gave a day, and that day
  std::vector<detail::ActSentence> acts_;  // per sentence: the act it dates by its noun (act_dates.hpp)
  std::optional<Date> stated_month_;    // the last month with its year the previous sentence wrote out
  std::vector<EntityFacts> facts_;    // read_new_relations(): of out_[0, facts_read_)
  std::size_t facts_read_ = 0;
  std::vector<int> named_nation_;     // nation_by_name() per entity; -2 not yet asked
  std::vector<std::vector<std::pair<const SentenceAnalysis*, const Mention*>>> mentions_of_;  // per entity
};

}  // namespace newsgraph::detail
