// Expressions counted from another date (dating.hpp anchor_relative): "the next day", "two years
// later", "the following spring", "a day after the summit on May 3", "two days after A met B".
#include <algorithm>
#include <string>

#include "relate/dating.hpp"
#include "temporal/calendar.hpp"

namespace newsgraph::detail {

namespace {

// "two" 2, "a" 1, "12" 12; -1 for anything else.
int count_word(std::string_view w, const TemporalWords& words) {
  if (auto it = words.number_words.find(w); it != words.number_words.end()) return it->second;
  if (!w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return w.size() == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
  return -1;
}

// 'd' day, 'w' week, 'm' month, 'y' year (the unit's first letter); 0 otherwise.
char unit_of(std::string_view w, const TemporalWords& words) {
  auto it = words.units.find(w);
  return it == words.units.end() || it->second.empty() ? 0 : it->second[0];
}

// `anchor` moved by n units, at the precision the unit allows; nullopt when
// the anchor is not precise enough ("a day after May").
std::optional<Date> shifted(const Date& anchor, char unit, int n) {
  if (unit == 'y') return Date{anchor.year + n, 0, 0};
  if (unit == 'm') {
    if (!anchor.month) return std::nullopt;
    int index = anchor.year * 12 + anchor.month - 1 + n;
    return Date{index / 12, index % 12 + 1, 0};
  }
  if (!anchor.day) return std::nullopt;
  return add_days(anchor, (unit == 'w' ? 7L : 1L) * n);
}

struct Relative {
  std::size_t start, end;  // byte span of the words
  char unit;
  int n;            // signed shift
  bool forward;     // anchored on the date after it ("a day after ... May 3")
  bool vague = false;  // "a few days later": only the month is told
  int season = 0;      // unit 's': the first month of the season ("the following spring": 3)
};

// "the following spring" after `anchor`: the year of the next (n > 0) or the last (n < 0) season
// starting in month `first`; from a year alone, the year after (before) it.
Date season_from(const Date& anchor, int first, int n) {
  if (!anchor.month) return Date{anchor.year + (n > 0 ? 1 : -1), 0, 0};
  if (n > 0) return Date{first > anchor.month ? anchor.year : anchor.year + 1, 0, 0};
  return Date{first < anchor.month ? anchor.year : anchor.year - 1, 0, 0};
}

// The relative phrase starting at word k, if any.
// Whether word k starts what "before"/"after" governs ("the day before the
// summit", "the night after 3 May"), not a word of the rest of the clause
// (temporal.json object_openers).
bool has_object(const std::vector<Word>& w, std::size_t k, const TemporalWords& words) {
  if (k >= w.size() || w[k].start > w[k - 1].end + 1) return false;  // punctuation between: the clause goes on
  std::string_view x = w[k].text;
  return words.object_openers.count(x) ||
         (x[0] >= '0' && x[0] <= '9') || words.months.count(x) || words.weekdays.count(x) ||
         words.day_words.count(x);  // "the day before yesterday"
}

std::optional<Relative> relative_at(const std::vector<Word>& w, std::size_t k, const TemporalWords& words) {
  auto at = [&](std::size_t i) { return i < w.size() ? w[i].text : std::string_view{}; };
  // the next / following / previous / preceding day|week|month|year
  if (at(k) == "the") {
    auto sequence = words.sequence_words.find(at(k + 1));
    int sign = sequence == words.sequence_words.end() ? 0 : sequence->second;
    char unit = unit_of(at(k + 2), words);
    if (sign && unit && at(k + 2).back() != 's') return Relative{w[k].start, w[k + 2].end, unit, sign, false};
    // "the following spring", "the previous summer": that season of the year it falls in
    if (auto season = words.seasons.find(at(k + 2)); sign && season != words.seasons.end()) {
      Relative r{w[k].start, w[k + 2].end, 's', sign, false};
      r.season = season->second.first;
      return r;
    }
    // "the next morning", "the following evening": the day after (before) the one the text was at
    if (sign && words.day_parts.count(at(k + 2))) return Relative{w[k].start, w[k + 2].end, 'd', sign, false};
    // "the same year", "the same month": the date the text was at
    if (at(k + 1) == "same" && unit && at(k + 2).back() != 's') return Relative{w[k].start, w[k + 2].end, unit, 0, false};
    // the day (evening, night) after / before: of the date named after it, else
    // ("had met the evening before over dinner") of the story's latest day
    bool day = at(k + 1) == "day" || words.day_parts.count(at(k + 1));
    if (day && (at(k + 2) == "after" || at(k + 2) == "before"))
      return Relative{w[k].start, w[k + 2].end, 'd', at(k + 2) == "after" ? 1 : -1, has_object(w, k + 3, words)};
    return std::nullopt;
  }
  // "earlier in the day", "later in the day": the day the text was at, as "that day" is (the time
  // finder reads "earlier in the week/month/year" from the publication date)
  if (words.modifiers.count(at(k)) && at(k + 1) == "in" && at(k + 2) == "the" && unit_of(at(k + 3), words) == 'd' &&
      at(k + 3).back() != 's')
    return Relative{w[k].start, w[k + 3].end, 'd', 0, false};
  // "that day", "that week", "that year": the date the text was at, as "the same day" is; "that
  // afternoon", "that evening" (temporal.json day_parts): its day
  if (at(k) == "that" && k + 1 < w.size()) {
    char that_unit = words.day_parts.count(at(k + 1)) ? 'd' : unit_of(at(k + 1), words);
    if (that_unit && at(k + 1).back() != 's' && at(k + 2) != "long" && at(k + 2) != "old")
      return Relative{w[k].start, w[k + 1].end, that_unit, 0, false};
    return std::nullopt;
  }
  // "a few days later", "several days later": some days on, so the month they fall in
  // (of a day early enough in its month that a week on stays in it)
  bool few = (at(k) == "a" && at(k + 1) == "few") || at(k) == "several";
  if (few) {
    std::size_t u = at(k) == "a" ? k + 2 : k + 1;
    if (at(u) == "days" && at(u + 1) == "later") return Relative{w[k].start, w[u + 1].end, 'd', 0, false, true};
    return std::nullopt;
  }
  // a day later / two years earlier / a day after / three weeks before
  int n = count_word(at(k), words);
  char unit = unit_of(at(k + 1), words);
  if (n < 0 || !unit) return std::nullopt;
  // "ran the team for six years before taking the job": how long, not when
  if (k > 0 && at(k - 1) == "for") return std::nullopt;
  std::string_view dir = at(k + 2);
  if (dir == "later" || dir == "earlier") return Relative{w[k].start, w[k + 2].end, unit, dir == "later" ? n : -n, false};
  if (dir == "after" || dir == "before") return Relative{w[k].start, w[k + 2].end, unit, dir == "after" ? n : -n, true};
  return std::nullopt;
}

}  // namespace

void anchor_relative(std::vector<TimeExpression>& exprs, std::string_view sentence, const TemporalWords& temporal,
                     std::optional<Date> previous, std::optional<Date> previous_coarse) {
  anchor_relative(exprs, sentence, TimeWordIndex(temporal), previous, previous_coarse);
}

void anchor_relative(std::vector<TimeExpression>& exprs, std::string_view sentence, const TimeWordIndex& index,
                     std::optional<Date> previous, std::optional<Date> previous_coarse) {
  constexpr std::size_t kAnchorReach = 60;  // bytes from "a day after" to the date it counts from
  if (!index.may_count_from(sentence)) return;
  const TemporalWords& temporal = index.words();
  std::string lower;
  auto words = words_of(sentence, lower);
  std::vector<TimeExpression> added;
  std::vector<bool> consumed(exprs.size(), false);
  for (std::size_t k = 0; k < words.size(); ++k) {
    auto rel = relative_at(words, k, temporal);
    if (!rel) continue;
    TimeExpression e;
    e.start = rel->start;
    e.end = rel->end;
    e.relative = true;
    const TimeExpression* anchor = nullptr;
    std::size_t anchor_index = 0;
    for (std::size_t i = 0; i < exprs.size(); ++i) {
      const auto& x = exprs[i];
      if (!x.date || x.role == TimeRole::Until) continue;
      if (rel->forward && x.start >= rel->end && x.start - rel->end <= kAnchorReach &&
          !another_fact(sentence.substr(rel->end, x.start - rel->end), temporal)) {
        anchor = &x, anchor_index = i;
        break;
      }
      if (!rel->forward && x.end <= rel->start) anchor = &x, anchor_index = i;
    }
    if (rel->vague) {
      constexpr int kLastSafeDay = 21;  // a week on from it is still in its month
      const TimeExpression* before = nullptr;
      for (const auto& x : exprs)
        if (x.date && x.role != TimeRole::Until && x.end <= rel->start) before = &x;
      std::optional<Date> from = before ? before->date : previous;
      if (from && from->day && from->day <= kLastSafeDay) e.date = Date{from->year, from->month, 0};
    } else if (rel->unit == 's') {
      std::optional<Date> from = anchor ? anchor->date : previous_coarse ? previous_coarse : previous;
      if (from) e.date = season_from(*from, rel->season, rel->n);
    } else if (anchor) {
      e.date = shifted(*anchor->date, rel->unit, rel->n);
      if (rel->forward) e.end = anchor->end, consumed[anchor_index] = true;
    } else if (rel->forward) {
      // "A and B on Wednesday signed X, two days after the two countries wrapped up a drill": what
      // follows an aside's phrase happened that long before (after) its clause's date, told before it
      // (not "...; and a day after the vote Chile left": a clause of its own, whose date is not told)
      const TimeExpression* told = nullptr;
      for (const auto& x : exprs)
        if (x.date && x.role == TimeRole::Point && x.end <= rel->start) told = &x;
      // nor "On Friday, the day after the exercise ended, A signed": a phrase naming that date again
      std::string_view lead = told ? sentence.substr(told->end, rel->start - told->end) : std::string_view{};
      bool fronted = told && lead == ", " && sentence.substr(0, told->start).find_first_of(" ,") + 1 >= told->start;
      if (told && lead.ends_with(", ") && lead.find(';') == std::string_view::npos && !fronted &&
          !sentence.substr(rel->start).starts_with("the "))
        e.date = shifted(*told->date, rel->unit, -rel->n);
    } else {
      bool coarse = (rel->unit == 'y' || rel->unit == 'm') && previous_coarse;
      if (coarse) e.date = shifted(*previous_coarse, rel->unit, rel->n);
      else if (previous) e.date = shifted(*previous, rel->unit, rel->n);
    }
    added.push_back(e);
  }
  if (added.empty()) return;
  std::vector<TimeExpression> out;
  for (std::size_t i = 0; i < exprs.size(); ++i) {
    const auto& x = exprs[i];
    bool overlaps = std::any_of(added.begin(), added.end(), [&](const TimeExpression& a) {
      return x.start < a.end && a.start < x.end;
    });
    if (!consumed[i] && !overlaps) out.push_back(x);
  }
  out.insert(out.end(), added.begin(), added.end());
  std::sort(out.begin(), out.end(), [](const TimeExpression& a, const TimeExpression& b) { return a.start < b.start; });
  exprs = std::move(out);
}

void move_to_last_week(std::vector<TimeExpression>& exprs, std::string_view sentence, const Date& published,
                       const TemporalWords& words) {
  // the publication's week from its Monday; a Sunday paper's "last week" is the week it closes
  constexpr int kSunday = 6;
  const long today = days_from_civil(published.year, published.month, published.day);
  const long monday = weekday_of(published) == kSunday ? today + 1 : today - weekday_of(published);
  auto days = [](const Date& d) { return days_from_civil(d.year, d.month, d.day); };
  if (newsgraph::lower_word(sentence).find("this week") != std::string::npos) return;
  for (auto& x : exprs) {
    if (!x.relative || x.role != TimeRole::Span || !x.date || !x.until || !x.date->day || !x.until->day) continue;
    if (days(*x.date) < monday) continue;  // already a week before the publication's
    std::string text = newsgraph::lower_word(sentence.substr(x.start, x.end - x.start));
    if (text.find("week") != std::string::npos) continue;  // "from Monday to Friday this week"
    std::size_t first = text.find(' ');  // "from Sunday ...": the word after the cue is a weekday
    std::string_view day = first == std::string::npos ? std::string_view{} : std::string_view(text).substr(first + 1);
    day = day.substr(0, day.find(' '));
    if (words.weekday_of(day) < 0) continue;
    x.date = add_days(*x.date, -7);
    x.until = add_days(*x.until, -7);
  }
}

}  // namespace newsgraph::detail
