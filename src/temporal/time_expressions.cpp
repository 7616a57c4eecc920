#include "temporal/time_expressions.hpp"

#include <algorithm>
#include <array>

#include "temporal/calendar.hpp"
#include "temporal/tokens.hpp"

namespace newsgraph {
namespace {

using temporal::Token;
using temporal::TokenKind;

// "until June", "through March": up to half a year ahead.
constexpr long kUntilFutureDays = 183;

// Words after which a bare year or month is a date ("in 2018", "since May").
// ("and" and "to" only count inside a span: "2024 tanks" is a quantity.)
constexpr std::array<std::string_view, 19> kCues = {
    "in",     "on",    "since", "until", "till", "through", "from",    "by",  "during", "of",
    "before", "after", "early", "late",  "mid",  "between", "end",     "summer", "spring"};

// Words that can start a time expression (lower case, sorted): any other
// word is skipped at once, which keeps the finder fast on long texts.
constexpr std::array<std::string_view, 62> kTriggers = {
    "a", "an", "apr", "april", "aug", "august", "between", "dec",
    "december", "earlier", "early", "eight", "eleven", "feb", "february", "five",
    "four", "friday", "from", "jan", "january", "jul", "july", "jun",
    "june", "last", "late", "later", "mar", "march", "may", "monday",
    "next", "nine", "nov", "november", "oct", "october", "one", "saturday",
    "sep", "sept", "september", "seven", "since", "six", "sunday", "ten",
    "this", "three", "through", "thru", "thursday", "till", "today", "tomorrow",
    "tuesday", "twelve", "two", "until", "wednesday", "yesterday"};

bool is_trigger(std::string_view word) {
  if (word.empty() || word.size() > 9) return false;
  char buffer[9];
  for (std::size_t i = 0; i < word.size(); ++i)
    buffer[i] = word[i] >= 'A' && word[i] <= 'Z' ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
  return std::binary_search(kTriggers.begin(), kTriggers.end(), std::string_view(buffer, word.size()));
}

int number_word(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kWords = {"a",    "one",   "two",   "three", "four",
                                                              "five", "six",   "seven", "eight", "nine",
                                                              "ten",  "eleven", "twelve"};
  for (std::size_t i = 0; i < kWords.size(); ++i)
    if (temporal::iequals(w, kWords[i])) return i == 0 ? 1 : static_cast<int>(i);
  if (temporal::iequals(w, "an")) return 1;
  return -1;
}

// A date as parsed, before resolution against the publication date.
struct Parsed {
  std::size_t end = 0;  // index of the token after it
  int year = 0, month = 0, day = 0;
  bool needs_year = false;     // month (and day) written without a year
  bool bare = false;           // a lone year or month: needs a cue before it
  bool relative = false;       // resolved against the publication date
  bool unresolved = false;     // relative, but no (precise enough) publication date
  bool weekday = false;        // a weekday name resolved against the publication date
};

class Matcher {
 public:
  Matcher(std::string_view text, std::optional<Date> published)
      : text_(text), published_(published), tokens_(token_storage()) {
    temporal::tokenize(text, tokens_);
  }

  std::vector<TimeExpression> run() {
    std::vector<TimeExpression> out;
    std::size_t i = 0;
    while (i < tokens_.size()) {
      std::size_t next = i + 1;
      const Token& t = tokens_[i];
      bool may_start = t.kind == TokenKind::Number || (t.kind == TokenKind::Word && is_trigger(t.text(text_)));
      if (may_start)
        if (auto e = match_at(i, next)) out.push_back(*e);
      i = next;
    }
    return out;
  }

 private:
  std::string_view text_;
  std::optional<Date> published_;
  std::vector<Token>& tokens_;

  // One token buffer per thread: no allocation per sentence.
  static std::vector<Token>& token_storage() {
    thread_local std::vector<Token> storage;
    return storage;
  }

  std::string_view word(std::size_t i) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::Word ? tokens_[i].text(text_) : std::string_view{};
  }
  bool is(std::size_t i, std::string_view w) const { return temporal::iequals(word(i), w); }
  bool punct(std::size_t i, char c) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::Punct && text_[tokens_[i].start] == c &&
           tokens_[i].end - tokens_[i].start == 1;
  }
  bool dash(std::size_t i) const {
    if (punct(i, '-')) return true;
    // en dash U+2013 when the text was not normalised
    return i < tokens_.size() && tokens_[i].text(text_) == "\xE2\x80\x93";
  }
  bool cue_before(std::size_t i) const {
    if (i == 0) return false;
    if (i >= 2 && punct(i - 1, '-') && is(i - 2, "mid")) return true;  // mid-2023, mid-July
    std::string_view w = word(i - 1);
    for (auto c : kCues)
      if (temporal::iequals(w, c)) return true;
    return false;
  }
  int year_at(std::size_t i) const {
    if (i >= tokens_.size()) return 0;
    const Token& t = tokens_[i];
    if (t.kind != TokenKind::Number || t.digits != 4 || t.ordinal) return 0;
    if (t.value < 1800 || t.value > 2199) return 0;
    if (i > 0 && punct(i - 1, '$')) return 0;
    if (punct(i + 1, '%')) return 0;
    return t.value;
  }
  int day_at(std::size_t i) const {
    if (i >= tokens_.size()) return 0;
    const Token& t = tokens_[i];
    if (t.kind != TokenKind::Number || t.digits > 2 || t.value < 1 || t.value > 31) return 0;
    if (punct(i + 1, ':')) return 0;  // a time of day ("May 8:00")
    return t.value;
  }
  // A month name at i; `next` gets the token after it (and its dot).
  int month_at(std::size_t i, std::size_t& next) const {
    std::string_view w = word(i);
    if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) return 0;
    bool abbreviated = false;
    int m = month_from_name(w, &abbreviated);
    if (!m) return 0;
    next = i + 1;
    if (abbreviated && punct(next, '.') && tokens_[next].start == tokens_[i].end) {
      ++next;
    } else if (abbreviated && !day_at(next) && !year_at(next)) {
      return 0;  // "Jan" without a dot, a day or a year is likely a name
    }
    return m;
  }

  std::optional<Parsed> parse_absolute(std::size_t i) const;
  std::optional<Parsed> parse_relative(std::size_t i) const;
  std::optional<Parsed> parse_weekday(std::size_t i) const;
  std::optional<Parsed> parse_ago(std::size_t i) const;
  std::optional<Parsed> parse_point(std::size_t i, bool cued) const;
  bool year_in_name(std::size_t i) const;
  std::optional<Parsed> parse_span_end(std::size_t i, const Parsed& first) const;
  std::optional<TimeExpression> match_at(std::size_t i, std::size_t& next) const;

  // `near_future_days`: how far ahead a date without a year may be taken
  // (further for "until June": an end is more often ahead).
  std::optional<Date> resolve(const Parsed& p, long near_future_days = kNearFutureDays) const {
    if (p.unresolved) return std::nullopt;
    Date d{p.year, p.month, p.day};
    if (p.needs_year) {
      if (!published_) return std::nullopt;
      d.year = closest_year(p.month, p.day, *published_, near_future_days);
    }
    if (d.day && d.day > days_in_month(d.year, d.month)) return std::nullopt;
    return d;
  }
  TimeExpression make(std::size_t first_token, std::size_t end_token) const {
    TimeExpression e;
    e.start = tokens_[first_token].start;
    e.end = tokens_[end_token - 1].end;
    return e;
  }
};

std::optional<Parsed> Matcher::parse_absolute(std::size_t i) const {
  Parsed p;
  const Token& t = tokens_[i];
  // ISO 8601: 2023-07-17
  if (t.kind == TokenKind::Number && t.digits == 4 && i + 4 < tokens_.size() && punct(i + 1, '-') &&
      punct(i + 3, '-') && tokens_[i + 2].digits == 2 && tokens_[i + 4].digits == 2 &&
      tokens_[i + 4].end - t.start == 10) {
    p = {i + 5, t.value, tokens_[i + 2].value, tokens_[i + 4].value};
    if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > days_in_month(p.year, p.month)) return std::nullopt;
    return p;
  }
  std::size_t j = 0;
  if (int m = month_at(i, j)) {  // November 27, 2023 / Nov. 27 / May 2008 / October of 2019
    p.month = m;
    if (int d = day_at(j)) {
      p.day = d;
      std::size_t k = j + 1 + (punct(j + 1, ',') ? 1 : 0);
      if (int y = year_at(k)) return p.year = y, p.end = k + 1, p;
      return p.needs_year = true, p.end = j + 1, p;
    }
    std::size_t k = j + ((punct(j, ',') || is(j, "of")) ? 1 : 0);
    if (int y = year_at(k)) return p.year = y, p.end = k + 1, p;
    return p.needs_year = p.bare = true, p.end = j, p;
  }
  if (int d = day_at(i)) {  // 27 November 2023 / 27th of November
    std::size_t k = i + 1 + (is(i + 1, "of") ? 1 : 0);
    if (int m = month_at(k, j)) {
      p.day = d;
      p.month = m;
      std::size_t l = j + (punct(j, ',') ? 1 : 0);
      if (int y = year_at(l)) return p.year = y, p.end = l + 1, p;
      return p.needs_year = true, p.end = j, p;
    }
  }
  if (int y = year_at(i)) return p.year = y, p.bare = true, p.end = i + 1, p;
  return std::nullopt;
}

// last/this/next year|month|week, last July, October of last year, yesterday...
std::optional<Parsed> Matcher::parse_relative(std::size_t i) const {
  Parsed p;
  p.relative = true;
  std::size_t j = i;
  if (is(j, "earlier") || is(j, "later") || is(j, "early") || is(j, "late")) ++j;
  int shift = is(j, "last") ? -1 : is(j, "this") ? 0 : is(j, "next") ? 1 : 2;
  const Date pub = published_.value_or(Date{});
  const bool has_pub = published_.has_value();
  if (shift != 2) {
    std::size_t k = j + 1;
    if (is(k, "year")) {
      p.year = pub.year + shift;
      p.unresolved = !has_pub;
      return p.end = k + 1, p;
    }
    if (is(k, "month") || is(k, "week")) {
      p.unresolved = !has_pub || !pub.month || (is(k, "week") && !pub.day);
      if (p.unresolved) return p.end = k + 1, p;
      Date d = is(k, "week") ? add_days(pub, 7L * shift) : Date{pub.year + (pub.month + shift - 1 + 12) / 12 - 1,
                                                                   (pub.month + shift + 11) % 12 + 1};
      p.year = d.year;
      p.month = d.month;
      return p.end = k + 1, p;
    }
    std::size_t after = 0;
    if (j == i && month_at(k, after)) {  // last July: strictly before the publication month
      int m = month_at(k, after);
      p.month = m;
      p.unresolved = !has_pub || !pub.month;
      if (shift == -1) p.year = m < pub.month ? pub.year : pub.year - 1;
      if (shift == 0) p.year = pub.year;
      if (shift == 1) p.year = m > pub.month ? pub.year : pub.year + 1;
      return p.end = after, p;
    }
    return std::nullopt;
  }
  std::size_t after = 0;
  if (int m = month_at(i, after)) {  // October of last year / October last year
    std::size_t k = after + (is(after, "of") ? 1 : 0);
    int s = is(k, "last") ? -1 : is(k, "this") ? 0 : is(k, "next") ? 1 : 2;
    if (s == 2 || !is(k + 1, "year")) return std::nullopt;
    p.month = m;
    p.year = pub.year + s;
    p.unresolved = !has_pub;
    return p.end = k + 2, p;
  }
  int days = is(i, "yesterday") ? -1 : is(i, "today") ? 0 : is(i, "tomorrow") ? 1 : 9;
  if (days == 9) return std::nullopt;
  p.unresolved = !has_pub || !pub.day;
  if (!p.unresolved) {
    Date d = add_days(pub, days);
    p.year = d.year, p.month = d.month, p.day = d.day;
  }
  return p.end = i + 1, p;
}

// Thursday / last Thursday / next Thursday / Thursday, Nov. 30
std::optional<Parsed> Matcher::parse_weekday(std::size_t i) const {
  std::size_t j = i;
  int mode = is(j, "last") ? -1 : is(j, "next") || is(j, "this") ? 1 : 0;
  if (mode != 0) ++j;
  std::string_view w = word(j);
  if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) return std::nullopt;
  int wd = weekday_from_name(w);
  if (wd < 0) return std::nullopt;
  std::size_t k = j + 1 + (punct(j + 1, ',') ? 1 : 0);
  if (auto explicit_date = parse_absolute(k); explicit_date && explicit_date->day) {
    explicit_date->relative = explicit_date->needs_year;
    return explicit_date;
  }
  Parsed p;
  p.relative = true;
  p.weekday = true;
  p.end = j + 1;
  if (!published_ || !published_->day) return p.unresolved = true, p;
  int delta = (weekday_of(*published_) - wd + 7) % 7;  // days back to the most recent one
  long shift = -delta;
  if (mode == -1 && delta == 0) shift = -7;
  if (mode == 1) shift = delta == 0 ? 7 : 7 - delta;
  Date d = add_days(*published_, shift);
  p.year = d.year, p.month = d.month, p.day = d.day;
  return p;
}

// two years ago, a month ago, three days ago
std::optional<Parsed> Matcher::parse_ago(std::size_t i) const {
  int n = -1;
  if (i < tokens_.size() && tokens_[i].kind == TokenKind::Number && tokens_[i].digits <= 2 && !tokens_[i].ordinal)
    n = tokens_[i].value;
  else
    n = number_word(word(i));
  if (n < 0 || !is(i + 2, "ago")) return std::nullopt;
  std::string_view unit = word(i + 1);
  if (!unit.empty() && (unit.back() == 's' || unit.back() == 'S')) unit.remove_suffix(1);
  Parsed p;
  p.relative = true;
  p.end = i + 3;
  const Date pub = published_.value_or(Date{});
  if (temporal::iequals(unit, "year")) {
    p.year = pub.year - n;
    p.unresolved = !published_;
  } else if (temporal::iequals(unit, "month")) {
    p.unresolved = !published_ || !pub.month;
    int index = pub.year * 12 + pub.month - 1 - n;
    p.year = index / 12, p.month = index % 12 + 1;
  } else if (temporal::iequals(unit, "week") || temporal::iequals(unit, "day")) {
    p.unresolved = !published_ || !pub.day;
    if (!p.unresolved) {
      Date d = add_days(pub, -(temporal::iequals(unit, "week") ? 7L : 1L) * n);
      p.year = d.year, p.month = d.month;
      if (temporal::iequals(unit, "day")) p.day = d.day;
    }
  } else {
    return std::nullopt;
  }
  return p;
}

std::optional<Parsed> Matcher::parse_point(std::size_t i, bool cued) const {
  if (i >= tokens_.size()) return std::nullopt;
  if (auto p = parse_relative(i)) return p;
  if (auto p = parse_weekday(i)) return p;
  if (auto p = parse_ago(i)) return p;
  auto p = parse_absolute(i);
  // a lone year or month needs a cue ("in 2018"), or a possessive ("2023's drill")
  bool possessive = p && p->end < tokens_.size() && punct(p->end, '\'') && is(p->end + 1, "s");
  if (p && p->bare && !cued && !possessive && !(p->month == 0 && year_in_name(i))) return std::nullopt;
  return p;
}

// "Locked Shields 2023", "the 2022 summit", "2021 was": a year that names an
// edition. Not "Resolution 1973", "Vision 2030" (after the publication year),
// "2023 percent".
bool Matcher::year_in_name(std::size_t i) const {
  static constexpr std::array<std::string_view, 14> kNumbered = {
      "resolution", "article", "no", "number", "room", "flight", "route", "highway", "section", "chapter",
      "page", "model", "version", "type"};
  const int year = tokens_[i].value;
  if (year < 1900 || (published_ && year > published_->year)) return false;
  if (is(i + 1, "percent") || is(i + 1, "per") || punct(i + 1, '%') || is(i + 1, "to") || is(i + 1, "and") ||
      punct(i + 1, '-') || punct(i + 1, '.'))
    return false;
  if (i == 0) return true;
  std::string_view before = word(i - 1);
  if (before.empty() || temporal::iequals(before, "the")) return !before.empty();
  if (!(before[0] >= 'A' && before[0] <= 'Z')) return false;
  for (auto w : kNumbered)
    if (temporal::iequals(before, w)) return false;
  return true;
}

// The end of "from July 17 to 28" / "between March 3 and 5" / "2019-2021".
std::optional<Parsed> Matcher::parse_span_end(std::size_t i, const Parsed& first) const {
  if (first.day && !first.relative) {
    if (int d = day_at(i); d && !month_from_name(word(i + 1))) {
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

std::optional<TimeExpression> Matcher::match_at(std::size_t i, std::size_t& next) const {
  bool since = is(i, "since");
  bool until = is(i, "until") || is(i, "till") || is(i, "through") || is(i, "thru");
  bool from = is(i, "from");
  bool between = is(i, "between");
  std::size_t at = (since || until || from || between) ? i + 1 : i;
  auto first = parse_point(at, at != i || cue_before(i));
  if (!first) return std::nullopt;
  TimeExpression e;
  std::size_t end = first->end;
  bool span = false;
  Parsed second;
  std::size_t link = first->end;
  bool linked = (from && (is(link, "to") || is(link, "until") || is(link, "till") || is(link, "through"))) ||
                (between && is(link, "and")) || (!since && !until && dash(link));
  if (linked) {
    if (auto s = parse_span_end(link + 1, *first)) {
      span = true;
      second = *s;
      end = s->end;
    }
  }
  if (span) {
    if (first->needs_year && !second.needs_year && !second.relative) {
      Parsed f = *first;
      f.needs_year = false;
      f.year = f.month > second.month ? second.year - 1 : second.year;
      first = f;
    }
    e.role = TimeRole::Span;
    e.date = resolve(*first);
    e.until = resolve(second);
    // "from Monday to Friday": the Friday after that Monday
    if (second.weekday && e.date && e.until && e.date->day && *e.until < *e.date) e.until = add_days(*e.until, 7);
    if (e.date && e.until && *e.until < *e.date) e.until.reset();  // "from 2023 to 2019": keep the start
    if (!e.until) e.role = TimeRole::Point;
  } else if (until) {
    e.role = TimeRole::Until;
    e.until = resolve(*first, kUntilFutureDays);
  } else {
    e.role = since ? TimeRole::Since : TimeRole::Point;
    e.date = resolve(*first);
  }
  e.relative = first->relative || first->needs_year || (span && (second.relative || second.needs_year));
  std::size_t start_token = (since || until || from || between) ? i : at;
  if (from && !span) start_token = at;  // "from 2019" alone: the cue means a source, not a span
  TimeExpression m = make(start_token, end);
  m.date = e.date;
  m.until = e.until;
  m.relative = e.relative;
  m.role = e.role;
  next = end;
  return m;
}

}  // namespace

std::vector<TimeExpression> find_time_expressions(std::string_view sentence, std::optional<Date> published) {
  return Matcher(sentence, published).run();
}

}  // namespace newsgraph
