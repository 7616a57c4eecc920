// Months written without a year ("in June"): which year a sentence's tense
// and the publication date give them (settle_yearless_months, dating.hpp).
#include <algorithm>
#include <optional>
#include <string>

#include "relate/dating.hpp"
#include "temporal/calendar.hpp"

namespace newsgraph::detail {

namespace {

enum class Tense { None, Past, Future };

// The tense the words of a sentence show: a future cue wins ("will be held",
// "scheduled"); else an irregular past form or a word ending in -ed that is
// not the tail of a compound ("Tallinn-based").
Tense tense_of(std::string_view sentence, const TemporalWords& words) {
  bool past = false;
  std::string lower;
  auto w = words_of(sentence, lower);
  for (std::size_t k = 0; k < w.size(); ++k) {
    // "was set up in March": a past of two words (past_tense_words), not the future cue "set" ("set to")
    if (k + 1 < w.size() && words.past_tense_words.count(std::string(w[k].text) + " " + std::string(w[k + 1].text))) {
      past = true;
      ++k;
      continue;
    }
    if (words.future_cues.count(w[k].text)) return Tense::Future;
    bool compound = w[k].start > 0 && sentence[w[k].start - 1] == '-';
    // "18 November: ministers' meeting, Vilnius, hosted by Lithuania": a participle before
    // "by" tells no tense ("was hosted by" has its "was")
    bool participle = k + 1 < w.size() && w[k + 1].text == "by";
    past |= words.past_tense_words.count(w[k].text) > 0 ||
            (!compound && !participle && w[k].text.size() > 4 && w[k].text.ends_with("ed") && !words.months.count(w[k].text));
  }
  return past ? Tense::Past : Tense::None;
}

// Written with a month name and no year, and no word saying which one ("last July").
bool yearless_month(std::string_view text, const TemporalWords& words) {
  bool month = false;
  std::string lower;
  for (const auto& w : words_of(text, lower)) {
    if (w.text.size() == 4 && std::all_of(w.text.begin(), w.text.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return false;
    if (words.shift_words.count(w.text) || words.modifiers.count(w.text) || words.units.count(w.text)) return false;
    month |= words.months.count(w.text) > 0;
  }
  return month;
}

bool after_publication(const Date& d, const Date& published) {
  if (d.year != published.year) return d.year > published.year;
  if (!d.month || !published.month) return false;
  if (d.month != published.month) return d.month > published.month;
  return d.day && published.day && d.day > published.day;
}

// "appointed ... with effect from 1 September", "effective 1 October": the day a post is
// taken up may lie after a past appointment, so the verb's tense says nothing of its year.
bool after_effective_phrase(const TimeExpression& x, std::string_view sentence, const TemporalWords& words) {
  std::string before = lower_word(sentence.substr(0, std::min(x.start, sentence.size())));
  while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.pop_back();
  return std::any_of(words.effective_phrases.begin(), words.effective_phrases.end(), [&](const std::string& phrase) {
    return before.ends_with(phrase) && (before.size() == phrase.size() || before[before.size() - phrase.size() - 1] == ' ');
  });
}

}  // namespace

// Only a future cue and no past form ("Estonia will host the drill in June"):
// not "hosted X in May and will host Y".
bool only_future(std::string_view sentence, const TemporalWords& words) {
  bool future = false;
  std::string lower;
  for (const auto& w : words_of(sentence, lower)) {
    future |= words.future_cues.count(w.text) > 0;
    bool compound = w.start > 0 && sentence[w.start - 1] == '-';
    bool name = sentence[w.start] >= 'A' && sentence[w.start] <= 'Z';  // "Locked Shields"
    if (words.past_tense_words.count(w.text) ||
        (!compound && !name && w.text.size() > 4 && w.text.ends_with("ed") && !words.months.count(w.text)))
      return false;
  }
  return future;
}

// A month before the publication's, in a sentence about the future: the coming
// one ("will host ... in June" written in November; "will lead ... in September"
// written in March, which the finder put in the year before as the nearer).
bool coming_month(const TimeExpression& x, std::string_view sentence, const Date& published, const TemporalWords& words) {
  // "NACSA's chief since July 1, opens the drill": a since-time has begun, whatever the tense
  if (!x.date->month || !published.month || x.role == TimeRole::Since) return false;
  bool earlier_this_year = x.date->year == published.year && x.date->month < published.month;
  bool later_last_year = x.date->year + 1 == published.year && x.date->month > published.month;
  return (earlier_this_year || later_last_year) && yearless_month(sentence.substr(x.start, x.end - x.start), words) &&
         only_future(sentence, words);
}

namespace {
// "became head of X with effect from November 1" written in June: the day a post is taken up, told
// without a year, is announced ahead as far as an "until" is (half a year), when nearer than the past one.
bool effective_ahead(const TimeExpression& x, std::string_view sentence, const Date& published, const TemporalWords& words) {
  constexpr long kAheadDays = 183;  // temporal/matcher.hpp kUntilFutureDays
  if (!x.date->day || !published.day || x.until || !after_effective_phrase(x, sentence, words)) return false;
  if (!yearless_month(sentence.substr(x.start, x.end - x.start), words)) return false;
  Date next = *x.date;
  next.year += 1;
  if (next.day > days_in_month(next.year, next.month)) return false;
  auto days = [](const Date& d) { return days_from_civil(d.year, d.month, d.day); };
  long ahead = days(next) - days(published), back = days(published) - days(*x.date);
  return ahead <= kAheadDays && ahead < back;
}
}  // namespace

void settle_yearless_months(std::vector<TimeExpression>& exprs, std::string_view sentence, const Date& published,
                            const TemporalWords& words) {
  std::optional<Tense> tense;  // read once, when needed
  for (auto& x : exprs) {
    if (!x.relative || !x.date) continue;
    if (!after_publication(*x.date, published)) {
      if (coming_month(x, sentence, published, words) || effective_ahead(x, sentence, published, words)) {
        x.date->year += 1;
        if (x.until) x.until->year += 1;
        if (x.date->day && x.date->day > days_in_month(x.date->year, x.date->month)) x.date.reset();  // 29 February
      }
      continue;
    }
    if (!yearless_month(sentence.substr(x.start, x.end - x.start), words)) continue;
    if (!tense) tense = tense_of(sentence, words);
    bool begun = x.role == TimeRole::Since;  // "director since December 1": on or before the publication
    if (!begun && (*tense == Tense::Future || after_effective_phrase(x, sentence, words))) continue;
    // "18-19 November: ministers' meeting, Vilnius": an agenda's entry, a date opening its
    // line before a colon, is the coming one
    std::size_t lead = sentence.find_first_not_of(" -*\t");
    bool agenda = lead != std::string_view::npos && x.start <= lead && x.end < sentence.size() && sentence[x.end] == ':';
    if (!begun && *tense == Tense::None && agenda) continue;
    if (!begun && *tense == Tense::None) {
      x.date.reset();
      x.until.reset();
      continue;
    }
    x.date->year -= 1;
    if (x.until) x.until->year -= 1;
    if (x.date->day && x.date->day > days_in_month(x.date->year, x.date->month)) x.date.reset();  // 29 February
  }
}

void carry_stated_year(std::vector<TimeExpression>& exprs, std::string_view sentence, const std::optional<Date>& stated,
                       const TemporalWords& words) {
  if (!stated || !stated->month) return;
  for (auto& x : exprs) {
    if (!x.relative || !x.date || x.date->month != stated->month || x.date->year == stated->year) continue;
    if (!yearless_month(sentence.substr(x.start, x.end - x.start), words)) continue;
    int shift = stated->year - x.date->year;
    x.date->year += shift;
    if (x.until) x.until->year += shift;
    if (x.date->day && x.date->day > days_in_month(x.date->year, x.date->month)) x.date.reset();  // 29 February
  }
}

}  // namespace newsgraph::detail
