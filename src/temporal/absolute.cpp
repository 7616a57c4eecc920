// The matcher's token tests and its absolute dates: "November 27, 2023",
// "27 November", "2023-07-17", "17.07.2023", "May 2008", "summer 2023",
// "between 10 and 14 April".
#include "temporal/matcher.hpp"

namespace newsgraph::temporal {

bool Matcher::in_list(std::size_t i, const WordSet& set) const {
  std::string_view w = word(i);
  char buffer[16];
  return !w.empty() && w.size() <= 16 && set.count(lower_word(w, buffer)) > 0;
}

int Matcher::value_in_list(std::size_t i, const WordMap<int>& map, int none) const {
  std::string_view w = word(i);
  if (w.empty() || w.size() > 16) return none;
  char buffer[16];
  auto it = map.find(lower_word(w, buffer));
  return it == map.end() ? none : it->second;
}

int Matcher::shift_at(std::size_t i) const {
  if (i != shift_index_) shift_index_ = i, shift_value_ = value(i, w_.shift_words, 9);
  return shift_value_;
}

std::string_view Matcher::unit(std::size_t i) const {
  const WordInfo* f = info(i);
  return f && (f->flags & kUnit) ? std::string_view(f->unit) : std::string_view();
}

bool Matcher::punct(std::size_t i, char c) const {
  return i < tokens_.size() && tokens_[i].kind == TokenKind::Punct && text_[tokens_[i].start] == c &&
         tokens_[i].end - tokens_[i].start == 1;
}

bool Matcher::dash(std::size_t i) const {
  if (punct(i, '-')) return true;
  // en dash U+2013 when the text was not normalised
  return i < tokens_.size() && tokens_[i].text(text_) == "\xE2\x80\x93";
}

bool Matcher::cue_before(std::size_t i) const {
  if (i == 0) return false;
  if (i >= 2 && punct(i - 1, '-') && is(i - 2, "mid")) return true;  // mid-2023, mid-July
  // "in 2023 and 2024", "in 2021, 2022 and 2024": a year listed after a cued year shares its cue
  if (i >= 2 && (is(i - 1, "and") || punct(i - 1, ',')) && year_at(i) && year_at(i - 2) && cue_before(i - 2)) return true;
  return in(i - 1, w_.date_cues);
}

// "will meet on Friday", "is scheduled for Monday": the clause looks ahead.
bool Matcher::future_before(std::size_t i) const {
  for (std::size_t k = i; k-- > 0 && i - k <= 10;) {
    if (punct(k, '.') || punct(k, ';')) return false;
    if (is(k, "set") && k + 1 < i && is(k + 1, "up")) continue;  // "was set up in March": a past
    if (in(k, w_.future_cues)) return true;
  }
  return false;
}

bool Matcher::past_word(std::size_t k) const {
  std::string_view w = word(k);
  bool compound = k > 0 && dash(k - 1) && adjacent(k - 1, k);  // "Tallinn-based"
  return in_list(k, w_.past_tense_words) || (!compound && w.size() > 4 && (w.ends_with("ed") || w.ends_with("ED")));
}

bool Matcher::past_before(std::size_t i) const {
  for (std::size_t k = i; k-- > 0 && i - k <= 10;) {
    if (punct(k, '.') || punct(k, ';')) return false;
    if (tokens_[k].kind == TokenKind::Word && past_word(k)) return true;
  }
  return false;
}

bool Matcher::past_after(std::size_t i) const {
  constexpr std::size_t kMaxTokens = 12;
  for (std::size_t k = i; k < tokens_.size() && k - i <= kMaxTokens; ++k) {
    if (punct(k, '.') || punct(k, ';')) return false;
    if (tokens_[k].kind != TokenKind::Word) continue;
    if (in(k, w_.future_cues)) return false;
    if (past_word(k)) return true;
  }
  return false;
}

int Matcher::year_at(std::size_t i) const {
  if (i >= tokens_.size()) return 0;
  const Token& t = tokens_[i];
  if (t.kind != TokenKind::Number || t.digits != 4 || t.ordinal) return 0;
  if (t.value < 1800 || t.value > 2199) return 0;
  if (i > 0 && punct(i - 1, '$')) return 0;
  if (punct(i + 1, '%')) return 0;
  return t.value;
}

int Matcher::day_at(std::size_t i) const {
  if (i >= tokens_.size()) return 0;
  const Token& t = tokens_[i];
  if (t.kind != TokenKind::Number || t.digits > 2 || t.value < 1 || t.value > 31) return 0;
  if (punct(i + 1, ':')) return 0;  // a time of day ("May 8:00")
  return t.value;
}

int Matcher::month_at(std::size_t i, std::size_t& next) const {
  std::string_view w = word(i);
  if (w.empty() || !(w[0] >= 'A' && w[0] <= 'Z')) return 0;
  const WordInfo* f = info(i);
  if (!f || !(f->flags & kMonth) || !f->month) return 0;
  int m = f->month;
  bool abbreviated = f->flags & kShortMonth;
  next = i + 1;
  if (abbreviated && punct(next, '.') && tokens_[next].start == tokens_[i].end) {
    ++next;
  } else if (abbreviated && !day_at(next) && !year_at(next) && !(i > 0 && day_at(i - 1))) {
    return 0;  // "Jan" without a dot, a day or a year is likely a name ("6 Oct" has its day before)
  }
  return m;
}

// "on 10/19", "from 10/19 to 10/23": a slashed day with no year, after a date cue or a span's
// link, read month first only when it cannot be read day first (a second number of 13 to 31);
// "24/7", "9/11" and "3/4" are no date here.
bool Matcher::month_first_day(std::size_t i) const {
  const Token &a = tokens_[i], &b = tokens_[i + 2];
  if (a.digits > 2 || b.digits > 2 || a.value < 1 || a.value > 12 || b.value < 13 ||
      b.value > days_in_month(2000, a.value))  // (a leap year: 2/29 may be a date)
    return false;
  return i > 0 && (in(i - 1, w_.date_cues) || in(i - 1, w_.span_links) || in(i - 1, w_.and_links));
}

// 2023/07/17, 17.07.2023, 07/17/2023, 2023-07: numbers joined without spaces.
// A day and month that could be either way round ("03/04/2023") give no date.
std::optional<Parsed> Matcher::parse_numeric(std::size_t i) const {
  const Token& t = tokens_[i];
  auto joined = [&](std::size_t k, char sep) {
    return k + 1 < tokens_.size() && punct(k, sep) && adjacent(k - 1, k) && adjacent(k, k + 1) &&
           tokens_[k + 1].kind == TokenKind::Number && tokens_[k + 1].value >= 0;
  };
  auto month_ok = [](int m) { return m >= 1 && m <= 12; };
  Parsed p;
  for (char sep : {'-', '/', '.'}) {
    if (!joined(i + 1, sep)) continue;
    const Token& b = tokens_[i + 2];
    bool third = joined(i + 3, sep);
    if (t.digits == 4 && third && b.digits <= 2 && tokens_[i + 4].digits <= 2) {  // 2023-07-17, 2023/07/17
      p = {i + 5, t.value, b.value, tokens_[i + 4].value};
    } else if (t.digits <= 2 && third && b.digits <= 2 && tokens_[i + 4].digits == 4 && sep != '-') {
      int a = t.value, c = b.value;  // 17.07.2023 (day first); 07/17/2023 only when the order is clear
      p = {i + 5, tokens_[i + 4].value, c, a};
      if (sep == '/' && a <= 12 && c <= 12 && a != c) p.unresolved = true;
      if (sep == '/' && a <= 12 && c > 12) p.month = a, p.day = c;
    } else if (sep == '/' && !third && month_first_day(i)) {
      p = {i + 3, 0, t.value, b.value};  // "from 10/19 to 10/23": month first, its year the story's
      p.needs_year = true;
      return p;
    } else if (sep == '-' && t.digits == 4 && !third && b.digits == 2 && text_[b.start] == '0') {
      p = {i + 3, t.value, b.value, 0};  // 2023-07 (a range is never written "2023-07")
    } else {
      continue;
    }
    if (p.unresolved) return p;
    if (!month_ok(p.month) || p.year < 1800 || (p.day && p.day > days_in_month(p.year, p.month))) return std::nullopt;
    return p;
  }
  return std::nullopt;
}

std::optional<Parsed> Matcher::parse_absolute(std::size_t i) const {
  // A weekday that ends the sentence asks about the token after it
  // (heap-buffer-overflow under AddressSanitizer, make asan-ci).
  if (i >= tokens_.size()) return std::nullopt;
  Parsed p;
  const Token& t = tokens_[i];
  if (t.kind == TokenKind::Number)
    if (auto n = parse_numeric(i)) return n;
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
  // 27 November 2023 / 27th of November / the first of November (an ordinal word only before "of")
  if (int d = day_at(i) ? day_at(i) : (is(i + 1, "of") ? value(i, w_.ordinal_words, 0) : 0)) {
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
  return parse_season(i);
}

// "summer 2023", "the summer of 2023", "last summer", "this spring", "in
// the spring": the year of the season (its first month's year for a winter).
std::optional<Parsed> Matcher::parse_season(std::size_t i) const {
  std::size_t j = i;
  int shift = shift_at(j);
  if (shift != 9) ++j;
  const WordInfo* season = info(j);
  if (!season || !(season->flags & kSeason)) return std::nullopt;
  // Not a structured binding: the lambdas below capture these, which clang 14 (make fuzz) refuses.
  const int first = season->season.first, last = season->season.second;
  Parsed p;
  std::size_t k = j + 1 + (is(j + 1, "of") ? 1 : 0);
  if (shift == 9) {
    if (int y = year_at(k)) return p.year = y, p.end = k + 1, p;
    // "in the spring", "during winter": written lower-case after "in" or
    // "during", so that "the Spring Storm exercise" is no date, nor "from the
    // summer" (a start that a clause's own day may date better)
    std::size_t cue_at = j > 0 && in(j - 1, w_.modifiers) ? j - 1 : j;  // "in early summer", "in the late spring"
    if (cue_at > 0 && is(cue_at - 1, "the")) --cue_at;
    std::string_view w = word(j);
    if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z') || cue_at == 0 || !(is(cue_at - 1, "in") || is(cue_at - 1, "during")))
      return std::nullopt;
  }
  p.relative = true;
  p.end = j + 1;
  if (!published_ || !published_->month) return p.unresolved = true, p;
  const Date pub = *published_;
  auto ends_before = [&](int y) {  // the season starting in year y is over by the publication month
    int end_year = last < first ? y + 1 : y;
    return end_year * 12 + last < pub.year * 12 + pub.month;
  };
  auto started = [&](int y) { return y * 12 + first <= pub.year * 12 + pub.month; };
  int y = pub.year;
  if (shift == 9) {  // no year: the latest season begun, or the next one not over when the clause looks ahead
    if (future_before(j)) {
      y = pub.year - 1;
      while (ends_before(y)) ++y;
    } else {
      while (!started(y)) --y;
    }
  } else if (shift < 0) {
    while (!ends_before(y)) --y;  // the latest one already over
  } else if (shift == 0) {
    if (last < first && pub.month <= last) --y;  // "this winter" written in January
  } else {
    y = pub.year - 1;
    while (started(y)) ++y;  // the first one still to start
  }
  p.year = y;
  return p;
}

// "Locked Shields 2023", "the 2022 summit", "2021 was": a year that names an
// edition. Not "Resolution 1973", "Vision 2030" (after the publication year),
// "2023 percent".
bool Matcher::year_in_name(std::size_t i) const {
  const int year = tokens_[i].value;
  if (year < 1900 || (published_ && year > published_->year)) return false;
  // "2023 - The ministry sets up a unit": a timeline's entry, not a range ("2019-2021", "2019 - 2021")
  // (after a list item's bullet too: "- 2023 - The ministry ...")
  bool first = i == 0 || (i == 1 && (punct(0, '-') || punct(0, '*') || punct(0, '+')) && !adjacent(0, 1));
  if (first && i + 2 < tokens_.size() && dash(i + 1) && !adjacent(i, i + 1) && !year_at(i + 2)) return true;
  if (is(i + 1, "percent") || is(i + 1, "per") || punct(i + 1, '%') || in(i + 1, w_.span_links) ||
      in(i + 1, w_.and_links) || punct(i + 1, '-') || punct(i + 1, '.'))
    return false;
  if (i == 0) return true;
  std::string_view before = word(i - 1);
  if (before.empty() || equals_lowered(before, "the")) return !before.empty();
  if (!(before[0] >= 'A' && before[0] <= 'Z')) return false;
  return !in(i - 1, w_.numbered_nouns);
}

// "10 and 14 April", "10-14 April 2023", "10 to 14 April": two days that
// share the month (and year) written after the second.
// "Monday 23": the token of the day a full weekday name stands before, else i.
std::size_t Matcher::past_weekday(std::size_t i) const {
  const WordInfo* f = info(i);
  bool weekday = f && (f->flags & kWeekday) && !(f->flags & kShortWeekday) && f->weekday >= 0;
  return weekday && day_at(i + 1) ? i + 1 : i;
}

// "from 23 to 26 November", also with the weekdays written ("from Monday 23
// to Thursday 26 November"): the weekday adds nothing the day does not say.
std::optional<std::pair<Parsed, Parsed>> Matcher::parse_day_span(std::size_t i, bool linked_by_and) const {
  i = past_weekday(i);
  int d1 = day_at(i);
  if (!d1) return std::nullopt;
  std::size_t link = i + 1;
  bool linked = dash(link) || in(link, w_.span_links) || (linked_by_and && in(link, w_.and_links));
  if (!linked) return std::nullopt;
  std::size_t at = past_weekday(link + 1);
  auto second = parse_absolute(at);
  if (!second || !second->day || second->unresolved || second->day < d1 || second->end <= at + 1) return std::nullopt;
  if (tokens_[at].kind != TokenKind::Number) return std::nullopt;  // "10 to April 14" is no such span
  Parsed first = *second;
  first.day = d1;
  first.end = link;
  return std::make_pair(first, *second);
}

// "Q3 2023", "H2 2023", "the first half of 2023", "the fourth quarter of
// 2022": the months of that part of the year, as a span.
std::optional<std::pair<Parsed, Parsed>> Matcher::parse_period(std::size_t i) const {
  int n = 0, length = 0;
  std::size_t k = 0;
  bool quarter = in(i, w_.quarter_prefixes), half = !quarter && in(i, w_.half_prefixes);
  if ((quarter || half) && i + 1 < tokens_.size() && adjacent(i, i + 1) &&
      tokens_[i + 1].kind == TokenKind::Number && tokens_[i + 1].digits == 1) {
    n = tokens_[i + 1].value, length = quarter ? 3 : 6, k = i + 2;  // Q3 2023, H2 2023
  } else if (int ord = value(i, w_.ordinal_words, 0)) {
    int months = value(i + 1, w_.periods, 0);
    if (!months || !is(i + 2, "of")) return std::nullopt;
    n = ord, length = months, k = i + 3;
  } else {
    return std::nullopt;
  }
  int year = year_at(k);
  if (!year || n < 1 || n * length > 12) return std::nullopt;
  Parsed first, last;
  first.year = last.year = year;
  first.month = (n - 1) * length + 1;
  last.month = n * length;
  first.end = last.end = k + 1;
  return std::make_pair(first, last);
}

}  // namespace newsgraph::temporal
