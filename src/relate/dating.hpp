// Dating relations: which date (if any) a matched clause gets.
//
// Takes: the time expressions of a sentence (src/temporal/), the sentence
// text and the byte range of the matched words. Gives: the date of the
// clause, the extra dates of a repeated fact ("in 2022 and again in April"),
// and a narrative date that a few following undated sentences inherit.
// A clause with no resolvable date gets none: never a guess.
#pragma once
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/date.hpp"
#include "graph/types.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph::detail {

struct Dating {
  std::optional<Date> date, end;
};

// `fine` names a day or month inside the year or month `coarse` names.
bool refines(const Date& fine, const Date& coarse);
// "held talks with X about a course next year": whether `date`, after `published`, is of a
// topic rather than of what the matched words tell in the past tense (match_edges.cpp).
bool past_match_after_publication(std::string_view matched, const Date& date, const Date& published,
                                  const TemporalWords& words);

// Words between a match and a later date that start another statement.
// Its words (clause openers, conjunctions) are the lexicon's temporal words.
bool another_fact(std::string_view between, const TemporalWords& words = default_temporal_words());
// While one lives, another_fact() on this thread remembers its last answer: a
// match's date_near() and repeated_dates() ask it of the same words (four calls
// in ten on the bench corpus). Relater::sentence() opens one per sentence, as
// the words it is asked with (the lexicon's) live through the sentence.
class AnotherFactMemo {
 public:
  AnotherFactMemo();
  ~AnotherFactMemo();
  AnotherFactMemo(const AnotherFactMemo&) = delete;
  AnotherFactMemo& operator=(const AnotherFactMemo&) = delete;
};
// ", while", ", but" (temporal.json contrast_conjunctions) in `between`: a time before it dates not what follows.
bool contrast_between(std::string_view between, const TemporalWords& words);

// "since the signing of their arrangement in February 2016": where the since word stands
// that cues a since-time told by its event's date (after `from`); else the time's own start.
std::size_t since_cue_before(const TimeExpression& x, std::string_view sentence, std::size_t from,
                             const TemporalWords& words = default_temporal_words());

// The time expression nearest the matched words [from, to), preferring one with a start.
// `conjunct`: the words are a later verb of a shared subject ("joined X in 2014
// and has hosted Y since 2016"), and a time before them belongs to the earlier verb.
Dating date_near(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t from, std::size_t to,
                 bool conjunct = false, const TemporalWords& words = default_temporal_words());

// "took part in X in April, as we have done since 2024": the since-time after `to` told by a
// perfect of its own (how long the habit has lasted), a second time of the fact.
std::optional<Dating> habit_since(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t to);

// "in 2022 and again in April of this year": the dates after `to` that
// repeat the fact are added to `dates` (one edge per time).
void repeated_dates(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t to,
                    std::vector<Dating>& dates, const TemporalWords& words = default_temporal_words());

// Expressions counted from another date of the same sentence: "the next
// day", "the following year", "two days later" (from the date before them),
// "a day after the summit on May 3" (from the date they name). Without such
// a date they stay unresolved: found, with no date. Replaces what the time
// finder read there ("next year" from the publication date).
// Number and unit words ("two", "weeks") are the lexicon's temporal words.
// `previous`: the latest day an earlier sentence gave, for a phrase that
// counts from no date of its own sentence ("The ministers met on 16 September.
// The delegation visited the command the following day."); `previous_coarse`
// (when given): the latest date of any precision, which a phrase counting in
// years or months counts from ("joined in 2004. Two years later, ...": 2006).
void anchor_relative(std::vector<TimeExpression>& exprs, std::string_view sentence,
                     const TemporalWords& words = default_temporal_words(), std::optional<Date> previous = {},
                     std::optional<Date> previous_coarse = {});

// One fact read in a sentence, as the narrative date remembers it.
struct StatedFact {
  EdgeType type;
  int source, target;
  std::optional<Date> date;  // the date its edge got
};

// The date the story is at: set by a sentence with a date, inherited by a
// relation in one of the next two sentences that have no time words of
// their own, only when it is a fact of the same kind about the same thing
// as one the dated sentence stated ("Chile was admitted on Monday. Peru was
// also admitted."), never by an unrelated statement.
class NarrativeDate {
 public:
  // `named`: the entities the sentence mentions.
  void observe(const std::vector<TimeExpression>& exprs, bool headline, const std::vector<int>& named,
               std::vector<StatedFact> facts);
  std::optional<Date> for_fact(EdgeType type, int source, int target) const;

 private:
  std::optional<Date> date_;
  std::vector<StatedFact> facts_;
  std::vector<int> named_;  // entities of the dated sentence
  int age_ = 99;
  bool quiet_ = false;  // the current sentence has no words of another time
};

// "A and B joined the alliance in 2009, C in 2017 and D in 2020": a time
// right after a name, ending its part of the list (a comma, "and" or the
// sentence's end after it), is the date of that name's gapped clause.
// `after`: where the name ends, bytes into the sentence.
std::optional<Dating> gapped_date(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t after);

// "Ana Ruiz, who visited the base on Thursday, met Luis Vega", "Ana Ruiz
// visited the base on Thursday and met Luis Vega": a meeting told with no time
// of its own, of someone a relative clause or a first verb right after their
// name says visited a place at a time, was at that time. `after`: where the
// name ends, bytes into the sentence.
std::optional<Dating> visit_date(const std::vector<std::string>& visiting_verbs, const std::vector<TimeExpression>& exprs,
                                 std::string_view sentence, std::size_t after);

// "Japan has joined the group, its government announced on Monday": a fact in
// the perfect with no time of its own is dated by the first saying after it
// (the lexicon's saying_words), when the saying's own time follows the verb
// right away. `to`: where the fact's words end, bytes into the sentence.
// (dating_clauses.cpp)
std::optional<Dating> saying_date(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t to,
                                  const TemporalWords& words = default_temporal_words());

// "A and B will work together ..., under a memorandum signed here yesterday":
// a cooperation with no time of its own is dated by the signing of the
// agreement (agreement_nouns, then an occurrence verb) it is said to be under.
std::optional<Dating> framework_date(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                     std::size_t to, const TemporalWords& words = default_temporal_words());

// "The DCC, part of the army since 2018": a state (a pattern that is no
// happening, so dated by no time of its clause) is dated from the "since"
// that follows its words in the same clause. `to`: where the match ends.
// (dating_clauses.cpp)
std::optional<Dating> state_since(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t to,
                                  const TemporalWords& words = default_temporal_words());

// "In 2023 she was seconded to the centre", "2023 - The ministry sets up a
// unit inside the army": a state is dated by the one time that opens its
// sentence, when no other time comes before the state's end. `from`, `to`:
// the match's words. (dating_clauses.cpp)
std::optional<Dating> state_opening_date(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                         std::size_t from, std::size_t to,
                                         const TemporalWords& words = default_temporal_words());

// "The unit was established in February 2022 and is subordinated to the General Command",
// "the cell, which opened in July and is run by the army", "its training centre opened in
// 2019", "..., has been based in Tartu since its creation in 2023": a unit's part_of, a state
// with no time of its own, is dated by the unit's creation told in the same sentence (the
// lexicon's creation_words); two creation times at odds give none. (dating_clauses.cpp)
std::optional<Dating> creation_date(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                    std::size_t from, std::size_t to,
                                    const TemporalWords& words = default_temporal_words());

// "Peru is a member of the OAS and of the Pacific Alliance, which it co-founded in 2011", "founding
// members of NATO, which they joined in 1949": a member_of is dated by a relative clause right after
// the body (`to`: where its name ends) whose subject is a pronoun (the member) and whose verb is one
// of the joining verbs (temporal.json joining_words); for a founding member (`founding`) also by an aside telling the
// body's creation ("a founding member of the SCO, created in 2001"). (dating_clauses.cpp)
std::optional<Dating> joining_aside_date(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                         std::size_t to, bool founding,
                                         const TemporalWords& words = default_temporal_words());

// " that has existed ", ", which has existed " (a creation word of temporal.json creation_words): the
// words between a tie's match and its since-time tell how long the tie has lasted. (dating_clauses.cpp)
bool tie_existed_clause(std::string_view between, const TemporalWords& words);

// Whether `text` ends with a verb that tells a member joined ("co-founded", "joined"; `words.joining_words`).
bool ends_with_joining_verb(std::string_view text, const TemporalWords& words);

// The time of the joining verb that ends at `after`: the first point after it, when no other
// clause opens between (the rest of joining_aside_date()).
std::optional<Dating> time_of_joining(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                      std::size_t after);

// "returned last Thursday after taking part in Cyber Flag, held in Virginia
// in April": the time of an aside right after the event that tells its
// occurrence (the lexicon's occurrence_verbs) is the time of taking part in
// it. `to`: where the event's name ends. (dating_clauses.cpp)
std::optional<Dating> held_aside_date(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                      std::size_t to, const TemporalWords& words = default_temporal_words());

// "closed", "wrapped up": a verb that tells an event's last day (temporal.json closing_verbs).
bool closing_verb(std::string_view verb, const TemporalWords& words);

// The first point or span of `exprs` that names a day, as a dating; nullopt when none does.
inline std::optional<Dating> first_day_named(const std::vector<TimeExpression>& exprs) {
  for (const auto& x : exprs)
    if (x.date && x.date->day && (x.role == TimeRole::Point || x.role == TimeRole::Span)) return Dating{x.date, x.until};
  return std::nullopt;
}

// When the document says an event took place ("Cyber Shield was held from
// June 3 to June 14"): the participation and organisation edges of that
// event in nearby sentences with no date of their own take it.
class TimeWordIndex;
// "The drill, known as X" after a lede naming no event noun: only a lede that tells no
// occurrence (no occurrence verb of the lexicon's) is the drill's. (event_dates.cpp)
bool tells_no_occurrence(std::string_view lede, const TimeWordIndex& index);
class EventDates {
 public:
  // `events`: the distinct exercises/events the sentence names; with more
  // than one, `positions` (where each is named, bytes into the sentence)
  // tell whose date a verb gives: the one named last before it ("the pact was
  // signed at the forum, which opened on Monday"), else the first after it.
  void observe(std::size_t sentence_index, const std::vector<TimeExpression>& exprs, std::string_view sentence,
               const std::vector<int>& events, const TemporalWords& words = default_temporal_words(),
               const std::vector<std::size_t>& positions = {});
  // The same with the word lists read once (the relation stage's). `main_dated`: whether the
  // sentence's main clause has a date (a time in a relative clause does not keep a lede's date away).
  void observe(std::size_t sentence_index, const std::vector<TimeExpression>& exprs, std::string_view sentence,
               const std::vector<int>& events, const TimeWordIndex& index, const std::vector<std::size_t>& positions,
               std::optional<bool> main_dated = std::nullopt);
  // The date of `event` stated within a few sentences of `sentence_index`
  // (asked only for a clause that gives no date of its own), else the one
  // date the whole document states of it, when all its dates agree.
  std::optional<Dating> near(int event, std::size_t sentence_index) const;
  // "X yesterday closed E": when `date` is a closing day that sentence stated
  // of `event`, the event's first day (what its facts are dated by), if known.
  std::optional<Dating> first_day(int event, std::size_t sentence_index, const Date& date) const;
  // The first day (and the last, when told) the document states of `event`,
  // wherever it does; nullopt when it states none or two first days.
  std::optional<Dating> days_of(int event) const;
  // A date told of `event` without a verb (a table row's date cell).
  void state(int event, std::size_t sentence_index, const Dating& date) { stated_.push_back({event, sentence_index, date}); }
  // Whether the document has stated a date of `event` so far.
  bool states(int event) const {
    return std::any_of(stated_.begin(), stated_.end(), [&](const Stated& s) { return s.event == event; });
  }

 private:
  // The one date the document states of `event`, when all it states agree.
  std::optional<Dating> sole_date(int event) const;
  // A dated lede that names no event but an event noun is remembered; the
  // next sentence's one event takes its date. True when that settled the sentence.
  bool from_lede(std::size_t sentence_index, std::string_view sentence, const std::vector<TimeExpression>& points,
                 const std::vector<int>& events, const TimeWordIndex& index, bool dated, bool main_dated);
  struct Lede;
  // "X was hosted in May. From 4 to 8 May, ...": the next sentence's opening span says more.
  void refine_previous(std::size_t sentence_index, std::string_view sentence, const std::vector<TimeExpression>& points);
  // "a three-day conference": the length in days of the event named before it.
  void observe_length(std::string_view sentence, const std::vector<int>& events,
                      const std::vector<std::size_t>& positions, const TemporalWords& words);
  // "for five days from 14 September": the event's first and last days.
  void state_length_from(int event, std::size_t sentence_index, std::string_view sentence,
                         const std::vector<TimeExpression>& points, const TemporalWords& words);
  // The lede's own date for `event` when it tells no occurrence of it (its one main-clause date,
  // or two days joined by "and").
  void state_lede_date(int event, const Lede& lede);
  // A date told with a closing verb ("closed on Wednesday") is the event's
  // last day (`closing`); the event is dated by its first (its start told
  // elsewhere, or counted back from its length: "a three-day forum").
  Dating from_close(int event, const Dating& close) const;
  struct Stated {
    int event;
    std::size_t sentence;
    Dating date;
    bool closing = false;
    bool counted_back = false;  // "last year": another edition's, unless told in the sentence itself
    bool other_edition = false; // "the first X was held in 2024": not for a sentence before it, nor far off
  };
  std::vector<Stated> stated_;
  std::vector<std::pair<int, int>> lengths_;  // (event, days) from "a three-day exercise" naming it
  struct Lede {  // the last sentence, when it dated an event it did not name
    std::size_t sentence = 0;
    std::string text;
    std::vector<TimeExpression> points;
    std::vector<std::string> nouns;  // its event nouns ("exercise"), once nouns_read
    bool main_dated = true;          // its main clause has a date (not only a relative clause)
    // The nouns are read from `text` when first asked for (few ledes are: reading
    // them for every dated sentence cost about 1% of extraction).
    bool nouns_read = false;
  };
  Lede lede_;
};


// "SINGAPORE, Aug 19 (Wire) - Vietnam joined the group on Tuesday": the
// times of a wire dateline that opens a sentence are the story's, not its
// facts', when the words after the dash give a time of their own: dropped then.
void drop_dateline_times(std::vector<TimeExpression>& exprs, std::string_view sentence);
// Where the dash after a wire dateline that opens the sentence with the first of `exprs`
// stands ("SINGAPORE, Aug 19 (Wire) - "), else npos.
std::size_t dateline_dash(const std::vector<TimeExpression>& exprs, std::string_view sentence);

// Whether a sentence has words of another time that no date resolves
// ("in earlier years", "previously", "will"): nothing may be inherited then.
bool other_time_words(std::string_view sentence, const TemporalWords& words = default_temporal_words());

// The word lists other_time_words() and anchor_relative() look for, read
// once: the relation stage asks both of every sentence, and reading the
// lists each time cost more than the search.
class TimeWordIndex {
 public:
  using Shapes = std::array<std::uint32_t, 64>;  // (length, first or last letter) pairs, see dating.cpp
  // A list's words as the (length, first and last letter) a word of it has,
  // whatever its case, and its entries that are not one word (searched).
  struct Listed {
    Shapes starts{}, ends{};
    std::vector<std::string> phrases;
    bool may_be(std::string_view word) const;  // false: `word` is no entry in any case
  };
  explicit TimeWordIndex(const TemporalWords& words);
  const TemporalWords& words() const { return *words_; }
  bool other_time_words(std::string_view sentence) const;
  // Whether the sentence has a word every relative phrase has ("later", "next").
  bool may_count_from(std::string_view sentence) const;
  const Listed& occurrence_verbs() const { return verbs_; }
  const Listed& event_nouns() const { return nouns_; }

 private:
  const TemporalWords* words_;
  Listed verbs_, nouns_;
  Shapes other_shapes_{}, other_ends_{}, relative_shapes_{}, relative_ends_{};
  std::vector<std::string> other_phrases_;  // the other-time entries that are not one word of letters
  // Their first words ("first" of "first week"): a sentence with none of them skips the
  // phrase search (a copy of the sentence per call); `phrases_unfiltered_` when an entry
  // opens with no letter.
  Shapes phrase_first_shapes_{}, phrase_first_ends_{};
  Shapes either_shapes_{}, either_ends_{};  // of the other-time words or those first words
  std::vector<std::string> phrase_first_words_;
  bool phrases_unfiltered_ = false;
};
void anchor_relative(std::vector<TimeExpression>& exprs, std::string_view sentence, const TimeWordIndex& index,
                     std::optional<Date> previous, std::optional<Date> previous_coarse = {});
// The words of a text: runs of ASCII letters and digits, in lower case, with
// their byte offsets (dating.cpp; shared with yearless_months.cpp).
struct Word {
  std::string_view text;  // lower case, in the `lower` words_of() filled
  std::size_t start, end;
};
// `lower` gets the text in lower case (one string, not one per word); the words point into it.
std::vector<Word> words_of(std::string_view s, std::string& lower);


// A month (or day) written without its year that the finder put after the
// publication date ("in December" in a November story) is settled by the
// tense of its sentence: past ("hosted", "took") -> the latest such month on
// or before the publication date; future ("will", "scheduled") -> kept; no
// tense word -> left undated rather than guessed. A month put on or before
// the publication month in a sentence about the future moves a year ahead.
// "Defenders spent last week protecting ... The drill ran from Sunday to Wednesday": a span of
// weekdays with no week word of its own, read in the publication's week, is moved to the week
// before when a sentence just before said "last week" (`story_last_week`) (dating_relative.cpp).
void move_to_last_week(std::vector<TimeExpression>& exprs, std::string_view sentence, const Date& published,
                       const TemporalWords& words);
void settle_yearless_months(std::vector<TimeExpression>& exprs, std::string_view sentence, const Date& published,
                            const TemporalWords& words = default_temporal_words());

// "March 2024 - Parliament passes the law. Its director is appointed on 12 March":
// a month written without a year right after a sentence that gave that month
// with its year (`stated`) is that year's, not the publication's.
void carry_stated_year(std::vector<TimeExpression>& exprs, std::string_view sentence, const std::optional<Date>& stated,
                       const TemporalWords& words = default_temporal_words());

}  // namespace newsgraph::detail
