// Internal to temporal/: the matcher of time expressions over one sentence.
// Its words (months, cues, relative words) come from TemporalWords (data).
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "temporal/calendar.hpp"
#include "temporal/time_expressions.hpp"
#include "temporal/tokens.hpp"
#include "temporal/word_index.hpp"
#include "temporal/words.hpp"

namespace newsgraph::temporal {

// "until June", "through March": up to half a year ahead.
inline constexpr long kUntilFutureDays = 183;

// A date as parsed, before resolution against the publication date.
struct Parsed {
  std::size_t end = 0;  // index of the token after it
  int year = 0, month = 0, day = 0;
  bool needs_year = false;   // month (and day) written without a year
  bool bare = false;         // a lone year or month: needs a cue before it
  bool relative = false;     // resolved against the publication date
  bool unresolved = false;   // relative or ambiguous: found, but no date
  bool weekday = false;      // a weekday name resolved against the publication date
};

class Matcher {
 public:
  Matcher(std::string_view text, std::optional<Date> published, const TemporalWords& words);
  std::vector<TimeExpression> run();

 private:
  std::string_view text_;
  std::optional<Date> published_;
  const TemporalWords& w_;
  std::vector<Token>& tokens_;
  std::shared_ptr<const WordIndex> own_index_;  // when `w_` was not indexed
  const WordIndex* index_ = nullptr;
  // Per token: its entry in `index_` (null: none), or kUnasked; one
  // look-up per token, however many parsers ask about it.
  std::vector<const WordInfo*>& infos_;
  static const WordInfo kUnasked;

  // token access
  std::string_view word(std::size_t i) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::Word ? tokens_[i].text(text_) : std::string_view{};
  }
  bool is(std::size_t i, std::string_view lower) const { return equals_lowered(word(i), lower); }
  const WordInfo* info(std::size_t i) const {
    if (i >= tokens_.size() || tokens_[i].kind != TokenKind::Word) return nullptr;
    const WordInfo*& slot = infos_[i];
    if (slot == &kUnasked) slot = index_->find(tokens_[i].text(text_));
    return slot;
  }
  // The lists of `w_` the index holds are answered from it (the flag is
  // found at compile time where the list is named); any other is looked up.
  std::uint32_t flag_of(const WordSet& s) const {
    const WordSet* p = &s;
    return p == &w_.triggers ? kTrigger : p == &w_.date_cues ? kDateCue : p == &w_.since_words ? kSince
         : p == &w_.until_words ? kUntil : p == &w_.from_words ? kFrom : p == &w_.between_words ? kBetween
         : p == &w_.span_links ? kSpanLink : p == &w_.and_links ? kAndLink : p == &w_.modifiers ? kModifier
         : p == &w_.ago_words ? kAgo : p == &w_.numbered_nouns ? kNumberedNoun
         : p == &w_.quarter_prefixes ? kQuarterPrefix : p == &w_.future_cues ? kFutureCue : WordFlag{};
  }
  bool in(std::size_t i, const WordSet& set) const {
    if (std::uint32_t flag = flag_of(set)) {
      const WordInfo* f = info(i);
      return f && (f->flags & flag);
    }
    return in_list(i, set);
  }
  bool in_list(std::size_t i, const WordSet& set) const;
  // The value of the word at i in `map`, or `none`.
  int value(std::size_t i, const WordMap<int>& map, int none) const {
    const WordMap<int>* p = &map;
    auto [flag, member] = p == &w_.shift_words    ? std::pair{kShift, &WordInfo::shift}
                          : p == &w_.day_words    ? std::pair{kDayWord, &WordInfo::day_word}
                          : p == &w_.number_words ? std::pair{kNumberWord, &WordInfo::number}
                          : p == &w_.ordinal_words ? std::pair{kOrdinal, &WordInfo::ordinal}
                          : p == &w_.periods      ? std::pair{kPeriod, &WordInfo::period}
                                                  : std::pair{WordFlag{}, &WordInfo::month};
    if (!flag) return value_in_list(i, map, none);
    const WordInfo* f = info(i);
    return f && (f->flags & flag) ? f->*member : none;
  }
  int value_in_list(std::size_t i, const WordMap<int>& map, int none) const;
  // value() in shift_words ("last" -1), none 9: asked of one token by several parsers, so remembered.
  int shift_at(std::size_t i) const;
  mutable std::size_t shift_index_ = static_cast<std::size_t>(-1);
  mutable int shift_value_ = 9;
  std::string_view unit(std::size_t i) const;
  bool punct(std::size_t i, char c) const;
  bool dash(std::size_t i) const;
  bool adjacent(std::size_t a, std::size_t b) const { return tokens_[a].end == tokens_[b].start; }
  bool cue_before(std::size_t i) const;
  bool future_before(std::size_t i) const;
  // A word token k that is a past verb: temporal.json past_tense_words, or a word in -ed ("Tallinn-based" is not).
  bool past_word(std::size_t k) const;
  // "took place from Tuesday to Friday": a past verb before i.
  bool past_before(std::size_t i) const;
  // "From Monday to Friday, 140 specialists sat ...": the same verb after i in its clause, no future cue first.
  bool past_after(std::size_t i) const;
  // "which took place on Tuesday": a relative word a few words before i in its clause.
  bool relative_before(std::size_t i) const;
  int year_at(std::size_t i) const;
  int day_at(std::size_t i) const;
  int month_at(std::size_t i, std::size_t& next) const;

  // absolute.cpp
  std::optional<Parsed> parse_absolute(std::size_t i) const;
  std::optional<Parsed> parse_numeric(std::size_t i) const;
  bool month_first_day(std::size_t i) const;  // "from 10/19": a yearless slashed day, month first
  std::optional<Parsed> parse_season(std::size_t i) const;
  bool year_in_name(std::size_t i) const;
  std::size_t past_weekday(std::size_t i) const;
  std::optional<std::pair<Parsed, Parsed>> parse_day_span(std::size_t i, bool linked_by_and) const;
  std::optional<std::pair<Parsed, Parsed>> parse_period(std::size_t i) const;
  // time_expressions.cpp
  std::optional<Parsed> parse_relative(std::size_t i) const;
  std::optional<Parsed> parse_shifted(std::size_t i, std::size_t j, int shift) const;
  std::optional<Parsed> parse_weekend(std::size_t i, std::size_t k, int shift) const;
  std::optional<Parsed> parse_weekday(std::size_t i) const;
  std::optional<Parsed> parse_ago(std::size_t i) const;
  std::optional<Parsed> parse_ordinal_day(std::size_t i) const;
  // `cued`: the caller read a cue; else a bare year or month needs a cue before i (cue_before()).
  std::optional<Parsed> parse_point(std::size_t i, bool cued) const;
  std::optional<Parsed> parse_span_end(std::size_t i, const Parsed& first) const;
  // The cue word at the start of a match, if any.
  struct Cues {
    bool since = false, until = false, from = false, between = false;
  };
  // One or two dates found; `end`: the token after them.
  struct Found {
    Parsed first, second;
    bool span = false;
    std::size_t end = 0;
    std::size_t start = 0;  // when not 0: the token the expression starts at (the cue stands farther back)
  };
  std::optional<Found> find_dates(std::size_t i, std::size_t at, const Cues& c) const;
  std::optional<Found> since_event_dates(std::size_t at) const;
  std::optional<Found> since_year_noun(std::size_t at) const;
  std::optional<Found> since_told_event_dates(std::size_t at) const;
  void resolve_span(Found& f, TimeExpression& e, long near_future_days) const;
  void shift_to_week(const Parsed& first, TimeExpression& e, std::size_t& end) const;
  void past_week_span(const Found& f, TimeExpression& e, std::size_t i) const;
  std::optional<TimeExpression> match_at(std::size_t i, std::size_t& next) const;
  std::optional<Date> resolve(const Parsed& p, long near_future_days = kNearFutureDays) const;
};

}  // namespace newsgraph::temporal
