// Time expressions: the matcher's relative dates, spans and driver.
#include "temporal/time_expressions.hpp"

#include <algorithm>

#include "lexicon/lexicon.hpp"
#include "temporal/matcher.hpp"

namespace newsgraph {
namespace temporal {

namespace {
// One token buffer per thread: no allocation per sentence.
std::vector<Token>& token_storage() {
  thread_local std::vector<Token> storage;
  return storage;
}
std::vector<const WordInfo*>& info_storage() {
  thread_local std::vector<const WordInfo*> storage;
  return storage;
}
}  // namespace

const WordInfo Matcher::kUnasked{};

Matcher::Matcher(std::string_view text, std::optional<Date> published, const TemporalWords& words)
    : text_(text), published_(published), w_(words), tokens_(token_storage()), infos_(info_storage()) {
  tokenize(text, tokens_);
  if (!w_.word_index) own_index_ = std::make_shared<const WordIndex>(build_word_index(w_));
  index_ = w_.word_index ? w_.word_index.get() : own_index_.get();
  infos_.assign(tokens_.size(), &kUnasked);
}

std::vector<TimeExpression> Matcher::run() {
  std::vector<TimeExpression> out;
  std::size_t i = 0;
  while (i < tokens_.size()) {
    std::size_t next = i + 1;
    const Token& t = tokens_[i];
    // any other word is skipped at once, which keeps the finder fast on long texts
    bool may_start = t.kind == TokenKind::Number ||
                     (t.kind == TokenKind::Word && w_.may_be_trigger(t.text(text_)) && in(i, w_.triggers));
    if (may_start)
      if (auto e = match_at(i, next)) out.push_back(*e);
    i = next;
  }
  return out;
}

std::optional<Date> Matcher::resolve(const Parsed& p, long near_future_days) const {
  if (p.unresolved) return std::nullopt;
  Date d{p.year, p.month, p.day};
  if (p.needs_year) {
    if (!published_) return std::nullopt;
    d.year = closest_year(p.month, p.day, *published_, near_future_days);
  }
  if (d.day && d.day > days_in_month(d.year, d.month)) return std::nullopt;
  return d;
}

// A shift word at j ("last", "next", "this"; after a modifier from i):
// last/this/next year|month|week, last July.
std::optional<Parsed> Matcher::parse_shifted(std::size_t i, std::size_t j, int shift) const {
  Parsed p;
  p.relative = true;
  const Date pub = published_.value_or(Date{});
  const bool has_pub = published_.has_value();
  std::size_t k = j + 1;
  // "this past weekend", "this past week": the last one
  bool past = shift == 0 && j == i && is(k, "past") && (unit(k + 1) == "weekend" || unit(k + 1) == "week");
  if (past) ++k, shift = -1;
  std::string_view u = unit(k);
  if (u == "weekend") return parse_weekend(i, k, shift);
  if (u == "year") {
    p.year = pub.year + shift;
    p.unresolved = !has_pub;
    return p.end = k + 1, p;
  }
  if (u == "month" || u == "week") {
    p.unresolved = !has_pub || !pub.month || (u == "week" && !pub.day);
    if (p.unresolved) return p.end = k + 1, p;
    // a week: the month of the day seven days away (a news week rarely names its day)
    Date d = u == "week" ? add_days(pub, 7L * shift)
                         : Date{pub.year + (pub.month + shift - 1 + 12) / 12 - 1, (pub.month + shift + 11) % 12 + 1};
    p.year = d.year;
    p.month = d.month;
    return p.end = k + 1, p;
  }
  // "last night", "this morning": the day before the publication's, or its own
  if (shift <= 0 && j == i && in(k, w_.day_parts)) {
    p.unresolved = !has_pub || !pub.day;
    if (!p.unresolved) {
      Date d = add_days(pub, shift);
      p.year = d.year, p.month = d.month, p.day = d.day;
    }
    return p.end = k + 1, p;
  }
  std::size_t after = 0;
  if (j == i && month_at(k, after)) {  // last July: strictly before the publication month
    int m = month_at(k, after);
    p.month = m;
    p.unresolved = !has_pub || !pub.month;
    if (shift < 0) p.year = m < pub.month ? pub.year : pub.year - 1;
    if (shift == 0) p.year = pub.year;
    if (shift > 0) p.year = m > pub.month ? pub.year : pub.year + 1;
    return p.end = after, p;
  }
  return std::nullopt;
}

// "last weekend", "this weekend", "next weekend" (the unit at k): the
// Saturday of that weekend. A weekend is named by its day more often than a
// week is. "This weekend" is the coming one when the clause looks ahead or
// the story is written at the weekend or late in the week, else the one just past.
std::optional<Parsed> Matcher::parse_weekend(std::size_t i, std::size_t k, int shift) const {
  Parsed p;
  p.relative = true;
  p.end = k + 1;
  if (!published_ || !published_->day) return p.unresolved = true, p;
  const Date pub = *published_;
  const int wd = weekday_of(pub);  // 0 = Monday, 5 = Saturday
  Date before = add_days(pub, wd == 5 ? -7 : -((wd + 2) % 7));  // the latest Saturday strictly before
  Date after = add_days(pub, wd == 5 ? 7 : 5 - wd + (wd == 6 ? 7 : 0));  // the first Saturday strictly after
  Date d = shift < 0 ? before : shift > 0 ? after : before;
  if (shift == 0) d = wd == 5 ? pub : wd == 6 ? before : (future_before(i) || wd >= 3) ? after : before;
  p.year = d.year, p.month = d.month, p.day = d.day;
  return p;
}

// last/this/next year|month|week|weekend, last July, October of last year,
// 3 March last year, late last year, yesterday...
std::optional<Parsed> Matcher::parse_relative(std::size_t i) const {
  Parsed p;
  p.relative = true;
  std::size_t j = i;
  if (in(j, w_.modifiers)) ++j;
  int shift = shift_at(j);
  const Date pub = published_.value_or(Date{});
  const bool has_pub = published_.has_value();
  if (shift != 9) return parse_shifted(i, j, shift);
  // "earlier in the year", "later in the month", "early in the week": the publication's own
  if (j == i + 1 && is(j, "in") && is(j + 1, "the") &&
      (unit(j + 2) == "year" || unit(j + 2) == "month" || unit(j + 2) == "week"))
    return parse_shifted(i, j + 1, 0);
  // "over the weekend", "at the weekend", "during the weekend": the one just past, or the coming one ahead
  if (j == i && unit(i) == "weekend" && i >= 2 && is(i - 1, "the") && (is(i - 2, "over") || is(i - 2, "at") || cue_before(i - 1)))
    return parse_weekend(i, i, future_before(i) ? 1 : -1);
  // 3 March last year / March 3 of last year: that day of the year the shift gives
  if (auto a = parse_absolute(i); a && a->day && a->needs_year && a->end < tokens_.size()) {
    std::size_t k = a->end + (is(a->end, "of") ? 1 : 0);
    int s = shift_at(k);
    if (s != 9 && unit(k + 1) == "year") {
      p.month = a->month, p.day = a->day, p.year = pub.year + s;
      p.unresolved = !has_pub || p.day > days_in_month(p.year, p.month);
      return p.end = k + 2, p;
    }
  }
  std::size_t after = 0;
  if (int m = month_at(i, after)) {  // October of last year / October last year
    std::size_t k = after + (is(after, "of") ? 1 : 0);
    int s = shift_at(k);
    if (s == 9 || unit(k + 1) != "year") return std::nullopt;
    p.month = m;
    p.year = pub.year + s;
    p.unresolved = !has_pub;
    return p.end = k + 2, p;
  }
  int days = value(i, w_.day_words, 99);
  if (days == 99) return std::nullopt;
  p.unresolved = !has_pub || !pub.day;
  if (!p.unresolved) {
    Date d = add_days(pub, days);
    p.year = d.year, p.month = d.month, p.day = d.day;
  }
  return p.end = i + 1, p;
}

// Thursday / last Thursday / next Thursday / Thursday, Nov. 30 / Thursday (30 November). A weekday
// alone is the latest one on or before the publication date, or the next
// one on or after it when the clause looks ahead ("will meet on Friday").
std::optional<Parsed> Matcher::parse_weekday(std::size_t i) const {
  std::size_t j = i;
  int shift = shift_at(j);
  int mode = shift == 9 ? 0 : shift < 0 ? -1 : 1;
  if (mode != 0 || shift == 0) ++j;
  std::string_view w = word(j);
  if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) return std::nullopt;
  const WordInfo* f = info(j);
  if (!f || !(f->flags & kWeekday) || f->weekday < 0) return std::nullopt;
  int wd = f->weekday;
  bool abbreviated = f->flags & kShortWeekday;
  std::size_t k = j + 1 + (punct(j + 1, '.') ? 1 : 0);
  k += punct(k, ',') ? 1 : 0;
  // "on Thursday (12 March)": the date in brackets is the weekday's
  bool bracket = punct(k, '(');
  k += bracket ? 1 : 0;
  // "Tuesday, 3 March last year"
  if (auto shifted = bracket ? std::nullopt : parse_relative(k); shifted && shifted->day) return shifted;
  if (auto explicit_date = parse_absolute(k);
      explicit_date && explicit_date->day && (!bracket || punct(explicit_date->end, ')'))) {
    explicit_date->relative = explicit_date->needs_year;
    explicit_date->end += bracket ? 1 : 0;
    return explicit_date;
  }
  if (abbreviated) return std::nullopt;  // "Sun", "Wed" alone: too often not a day
  // "on 15 June, a Monday": a kind of day, not one resolved from the publication date
  if (j > 0 && mode == 0 && shift != 0 && is(j - 1, "a")) return std::nullopt;
  Parsed p;
  p.relative = true;
  p.weekday = true;
  p.end = j + 1;
  if (!published_ || !published_->day) return p.unresolved = true, p;
  if (mode == 0 && shift != 0 && future_before(i)) mode = 2;
  int delta = (weekday_of(*published_) - wd + 7) % 7;  // days back to the most recent one
  long days = -delta;
  if (mode == -1 && delta == 0) days = -7;
  if (mode == 1) days = delta == 0 ? 7 : 7 - delta;
  if (mode == 2) days = (wd - weekday_of(*published_) + 7) % 7;
  Date d = add_days(*published_, days);
  p.year = d.year, p.month = d.month, p.day = d.day;
  return p;
}

// two years ago, a month ago, three days ago
std::optional<Parsed> Matcher::parse_ago(std::size_t i) const {
  int n = -1;
  if (i < tokens_.size() && tokens_[i].kind == TokenKind::Number && tokens_[i].digits <= 2 && !tokens_[i].ordinal)
    n = tokens_[i].value;
  else
    n = value(i, w_.number_words, -1);
  if (n < 0 || !in(i + 2, w_.ago_words)) return std::nullopt;
  std::string_view u = unit(i + 1);
  Parsed p;
  p.relative = true;
  p.end = i + 3;
  const Date pub = published_.value_or(Date{});
  if (u == "year") {
    p.year = pub.year - n;
    p.unresolved = !published_;
    // "five years ago this week", "a year ago this month": the week or month of that year,
    // one expression (not "this week" of the publication's year)
    if (i + 4 < tokens_.size() && shift_at(i + 3) == 0 && (unit(i + 4) == "week" || unit(i + 4) == "month")) {
      if (unit(i + 4) == "month") p.month = pub.month;
      p.end = i + 5;
    }
  } else if (u == "month") {
    p.unresolved = !published_ || !pub.month;
    int index = pub.year * 12 + pub.month - 1 - n;
    p.year = index / 12, p.month = index % 12 + 1;
  } else if (u == "week" || u == "day" || u == "fortnight") {
    p.unresolved = !published_ || !pub.day;
    if (!p.unresolved) {
      Date d = add_days(pub, -(u == "week" ? 7L : u == "fortnight" ? 14L : 1L) * n);
      p.year = d.year, p.month = d.month;
      if (u == "day") p.day = d.day;
    }
  } else {
    return std::nullopt;
  }
  return p;
}

// "met on the 16th": a day of the month alone is the latest such day on or
// before the publication day ("will meet on the 25th": the next one). Only
// after "on the" and closing its phrase ("on the 16th anniversary" is no day).
std::optional<Parsed> Matcher::parse_ordinal_day(std::size_t i) const {
  const Token& t = tokens_[i];
  if (t.kind != TokenKind::Number || !t.ordinal || t.value < 1 || t.value > 31) return std::nullopt;
  if (i < 2 || !is(i - 1, "the") || !is(i - 2, "on")) return std::nullopt;
  std::string_view after = word(i + 1);
  bool closes = i + 1 >= tokens_.size() || after.empty() || is(i + 1, "and") || is(i + 1, "at") || is(i + 1, "in");
  if (!closes) return std::nullopt;
  Parsed p;
  p.relative = true;
  p.end = i + 1;
  if (!published_ || !published_->day) return p.unresolved = true, p;
  int index = published_->year * 12 + published_->month - 1;  // months since year 0
  if (future_before(i)) index += t.value < published_->day ? 1 : 0;
  else index -= t.value > published_->day ? 1 : 0;
  p.year = index / 12, p.month = index % 12 + 1, p.day = t.value;
  if (p.day > days_in_month(p.year, p.month)) p.unresolved = true;
  return p;
}

std::optional<Parsed> Matcher::parse_point(std::size_t i, bool cued) const {
  if (i >= tokens_.size()) return std::nullopt;
  if (auto p = parse_relative(i)) return p;
  if (auto p = parse_weekday(i)) return p;
  if (auto p = parse_ago(i)) return p;
  auto p = parse_absolute(i);
  if (!p) p = parse_ordinal_day(i);
  // a lone year or month needs a cue ("in 2018"), or a possessive ("2023's drill")
  bool possessive = p && p->end < tokens_.size() && punct(p->end, '\'') && is(p->end + 1, "s");
  if (p && p->bare && !cued && !possessive && !cue_before(i) && !(p->month == 0 && year_in_name(i))) return std::nullopt;
  // No date here: parse_absolute() already tried parse_season(i) ("last summer") last.
  return p;
}

// The end of "from July 17 to 28" / "between March 3 and 5" / "2019-2021".
std::optional<Parsed> Matcher::parse_span_end(std::size_t i, const Parsed& first) const {
  if (first.day && !first.relative) {
    const WordInfo* next = info(i + 1);
    // ("to 10/23": a slashed day of its own, not the 10th)
    if (int d = day_at(i); d && !(next && (next->flags & kMonth) && next->month) && !punct(i + 1, '/')) {
      Parsed p = first;
      p.day = d;
      p.end = i + 1;
      std::size_t k = i + 1 + (punct(i + 1, ',') ? 1 : 0);
      if (int y = year_at(k)) p.year = y, p.needs_year = false, p.end = k + 1;
      return p;
    }
  }
  return parse_point(i, true);
}

// "which took place on": a relative word a few words before `i` in its clause.
bool Matcher::relative_before(std::size_t i) const {
  constexpr std::size_t kMaxWords = 6;
  for (std::size_t k = i; k-- > 0 && i - k <= kMaxWords;) {
    if (punct(k, ',') || punct(k, '.') || punct(k, ';')) return false;
    if (is(k, "which") || is(k, "that") || is(k, "who")) return true;
  }
  return false;
}

// The dates at `at`: a period or a span of days, else one point, maybe
// linked to a span end ("from July 17 to 28", "2019-2021").
std::optional<Matcher::Found> Matcher::find_dates(std::size_t i, std::size_t at, const Cues& c) const {
  Found f;
  std::optional<Parsed> first;
  // "between 10 and 14 April", "from 10 to 14 April", "on 5 and 6 March", "10-14 April"
  if (!c.since && !c.until)
    if (auto period = parse_period(at)) {
      first = period->first;
      f.second = period->second;
      f.span = true;
    }
  // (a span of days starts with a day: cue_before() is asked only then)
  if (!c.since && !c.until && !first && day_at(past_weekday(at)))
    if (auto days = parse_day_span(at, c.between || cue_before(at))) {
      first = days->first;
      f.second = days->second;
      f.span = true;
    }
  if (!first) first = parse_point(at, at != i);
  if (!first) return std::nullopt;
  f.first = *first;
  f.end = f.span ? f.second.end : first->end;
  std::size_t link = first->end;
  // "On Thursday and Friday, officials met": two weekdays joined are the days of one occasion, a
  // span; not in a relative clause ("X, which took place on Tuesday and Wednesday"), whose days
  // tell of the occasion while the main clause's act ("At its end, A signed") falls on one of them
  bool weekday_pair = first->weekday && !c.since && !c.until && in(link, w_.and_links) && info(link + 1) &&
                      (info(link + 1)->flags & kWeekday) && !(info(link + 1)->flags & kShortWeekday) &&
                      !relative_before(at);
  bool linked = (c.from && in(link, w_.span_links)) || (c.between && in(link, w_.and_links)) ||
                (!c.since && !c.until && dash(link)) || weekday_pair;
  if (!f.span && linked) {
    if (auto s = parse_span_end(link + 1, *first)) {
      f.span = true;
      f.second = *s;
      f.end = s->end;
    }
  }
  return f;
}

// A span's two dates; the first takes the second's year when it has none
// (`f.first` is updated: its year is then no longer relative). `near_future_days`:
// how far ahead a date without a year may lie (further when the clause looks ahead).
void Matcher::resolve_span(Found& f, TimeExpression& e, long near_future_days) const {
  Parsed& first = f.first;
  const Parsed& second = f.second;
  if (first.needs_year && !second.needs_year && !second.relative) {
    first.needs_year = false;
    first.year = first.month > second.month ? second.year - 1 : second.year;
  }
  e.role = TimeRole::Span;
  e.date = resolve(first, near_future_days);
  e.until = resolve(second, near_future_days);
  if (first.needs_year && second.needs_year && e.date && e.until && *e.until < *e.date)
    e.until = resolve(Parsed{second.end, e.date->year + 1, second.month, second.day});  // Dec 28 to Jan 3
  // "from Monday to Friday": the Friday after that Monday
  if (second.weekday && e.date && e.until && e.date->day && *e.until < *e.date) e.until = add_days(*e.until, 7);
  if (e.date && e.until && *e.until < *e.date) e.until.reset();  // "from 2023 to 2019": keep the start
  if (!e.until) e.role = TimeRole::Point;
}

// "The exercise took place from Tuesday to Friday" written on a Tuesday: a span of weekdays told in
// the past is over by the publication day; one that would end after it is the week before (the days
// then both named in that week: Tuesday to Friday of last week, not Tuesday of this week to Friday of
// last). A drill still running is told in the present or the future ("runs until Friday").
void Matcher::past_week_span(const Found& f, TimeExpression& e, std::size_t i) const {
  if (!f.span || !f.first.weekday || !f.second.weekday || !published_ || !e.date || !e.until) return;
  if (*e.until <= *published_ || future_before(i) || !(past_before(i) || past_after(f.end))) return;
  e.date = add_days(*e.date, -7);
  e.until = add_days(*e.until, -7);
}

// "on Monday last week", "on Monday of last week", "from Monday to Thursday last week": the days of
// that week; `end` then takes in "last week".
void Matcher::shift_to_week(const Parsed& first, TimeExpression& e, std::size_t& end) const {
  if (!first.weekday || !e.date || !e.date->day || !published_ || !published_->day || end >= tokens_.size()) return;
  // "Monday last week", "Monday of last week"
  std::size_t at = end + (is(end, "of") ? 1 : 0);
  int shift = shift_at(at);
  if (shift == 9 || unit(at + 1) != "week") return;
  auto in_week = [&](const Date& d) { return add_days(*published_, 7L * shift - weekday_of(*published_) + weekday_of(d)); };
  e.date = in_week(*e.date);
  if (e.until) e.until = in_week(*e.until) < *e.date ? add_days(in_week(*e.until), 7) : in_week(*e.until);
  end = at + 2;
}

// "since the 2007 attacks", "since its 2019 reform": a year standing before the lower-case noun
// of the event (after an opener, temporal.json object_openers) is the since-time.
std::optional<Matcher::Found> Matcher::since_year_noun(std::size_t at) const {
  if (!in(at, w_.object_openers) || at + 2 >= tokens_.size()) return std::nullopt;
  auto year = parse_absolute(at + 1);
  if (!year || year->month != 0 || year->end != at + 2) return std::nullopt;
  std::string_view noun = word(at + 2);
  if (noun.empty() || noun[0] < 'a' || noun[0] > 'z') return std::nullopt;
  Found f;
  f.first = *year;
  f.end = year->end + 1;  // (the noun too: the expression is the whole phrase)
  return f;
}

// "since its founding in 1992": the date of the event the phrase after "since"
// names (a few words, no mark), read as the since-time.
std::optional<Matcher::Found> Matcher::since_event_dates(std::size_t at) const {
  constexpr int kMaxWords = 2;  // "its first meeting": a longer run is likely a clause
  if (auto year = since_year_noun(at)) return year;
  if (!in(at, w_.since_event_openers)) return since_told_event_dates(at);
  int words = 0;
  for (std::size_t k = at + 1; k + 1 < tokens_.size(); ++k) {
    if (words > 0 && in(k, w_.since_event_links)) {
      std::optional<Found> f = find_dates(k, k + 1, Cues{});
      return f && !f->span ? f : std::nullopt;
    }
    // "since its first edition last year": the event's date told by a shift word ("last", "this")
    if (words > 0 && shift_at(k) != 9) {
      std::optional<Found> f = find_dates(k, k, Cues{});
      return f && !f->span ? f : std::nullopt;
    }
    bool hyphen = dash(k) && adjacent(k - 1, k) && adjacent(k, k + 1);  // "re-establishment" is one word
    if (hyphen) continue;
    std::string_view w = word(k);
    bool lower = !w.empty() && w[0] >= 'a' && w[0] <= 'z';
    // "since their first cyber policy dialogue in 2019": a longer run, read as any told event
    if (!lower) return since_told_event_dates(at);
    if (!dash(k - 1) && ++words > kMaxWords) return since_told_event_dates(at);  // "establishment" after "re-" counts no more
  }
  return std::nullopt;
}

// "since the signing of their Technical Arrangement in February 2016", "since a working
// group first met in 2013": the date that closes a run of words after "since" (no mark,
// number or other cue of time between) is when the told event was, the since-time.
std::optional<Matcher::Found> Matcher::since_told_event_dates(std::size_t at) const {
  constexpr std::size_t kMaxTokens = 12;
  for (std::size_t k = at; k < tokens_.size() && k < at + kMaxTokens; ++k) {
    if (k > at && in(k, w_.since_event_links)) {
      std::optional<Found> f = find_dates(k, k + 1, Cues{});
      if (f && f->span) return std::nullopt;
      // (the expression is the event's date: the words naming the event stay outside it)
      if (f) f->start = k;
      if (f) return f;
    }
    bool hyphen = k > at && dash(k) && adjacent(k - 1, k) && k + 1 < tokens_.size() && adjacent(k, k + 1);
    // "since the Alliance's foundation in 1949": a possessive is inside the run
    bool possessive = k > at && punct(k, '\'') && adjacent(k - 1, k) && is(k + 1, "s") && adjacent(k, k + 1);
    if (hyphen || possessive) continue;
    if (word(k).empty() || in(k, w_.future_cues) || in(k, w_.since_words) || in(k, w_.until_words) ||
        in(k, w_.from_words))
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<TimeExpression> Matcher::match_at(std::size_t i, std::size_t& next) const {
  Cues c{in(i, w_.since_words), in(i, w_.until_words), in(i, w_.from_words), in(i, w_.between_words)};
  bool cued = c.since || c.until || c.from || c.between;
  std::size_t at = cued ? i + 1 : i;
  std::optional<Found> f = find_dates(i, at, c);
  if (!f && c.since) f = since_event_dates(at);
  if (!f) return std::nullopt;
  TimeExpression e;
  if (f->span) {
    // "will be held from 2 to 6 July" written in March: the coming July, as a single day would be
    resolve_span(*f, e, future_before(i) ? kUntilFutureDays : kNearFutureDays);
  } else if (c.until) {
    e.role = TimeRole::Until;
    e.until = resolve(f->first, kUntilFutureDays);
  } else {
    e.role = c.since ? TimeRole::Since : TimeRole::Point;
    // "will take office on 1 November" written in June: the coming one, as far ahead as an "until"
    e.date = resolve(f->first, future_before(i) ? kUntilFutureDays : kNearFutureDays);
  }
  std::size_t end = f->end;
  past_week_span(*f, e, i);
  shift_to_week(f->first, e, end);
  e.relative = f->first.relative || f->first.needs_year || (f->span && (f->second.relative || f->second.needs_year));
  std::size_t start_token = cued ? i : at;
  if (c.from && !f->span) start_token = at;  // "from 2019" alone: the cue means a source, not a span
  if (f->start) start_token = f->start;
  e.start = tokens_[start_token].start;
  e.end = tokens_[end - 1].end;
  next = end;
  return e;
}

}  // namespace temporal

std::vector<TimeExpression> find_time_expressions(std::string_view sentence, std::optional<Date> published,
                                                  const TemporalWords& words) {
  return temporal::Matcher(sentence, published, words).run();
}

std::vector<TimeExpression> find_time_expressions(std::string_view sentence, std::optional<Date> published) {
  return find_time_expressions(sentence, published, default_temporal_words());
}

}  // namespace newsgraph
