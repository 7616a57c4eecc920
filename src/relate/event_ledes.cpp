// The dates of events a lede states (EventDates::from_lede; split from
// event_dates.cpp): a dated first sentence that names no event dates the one
// event the next sentence names with the same noun.
#include <algorithm>
#include <string>

#include "relate/dating.hpp"
#include "relate/dating_text.hpp"

namespace newsgraph::detail {

using namespace dating_text;

namespace {

// "The closed-door exercise, Blue OLEx, was run by X", "The exercise was called X": a
// sentence that opens by calling its event by a noun (a few lower-case words in between)
// speaks of an occasion already told of.
bool opens_with_the_noun(std::string_view sentence, const TemporalWords& words) {
  constexpr std::size_t kGap = 3;
  std::string lower;
  auto w = words_of(sentence, lower);
  if (w.size() < 3 || w[0].text != "the" || w[0].start != 0) return false;
  for (std::size_t k = 1; k < w.size() && k <= kGap; ++k) {
    if (sentence[w[k].start] < 'a' || sentence[w[k].start] > 'z') return false;  // a name, not a noun
    if (!words.event_nouns.count(w[k].text)) continue;
    if (w[k].end < sentence.size() && sentence[w[k].end] == ',') return true;
    return k + 1 < w.size() && (w[k + 1].text == "was" || w[k + 1].text == "is");
  }
  return false;
}

// A byline or dateline ("By Ana Reyes, 12 March 2026 10:00 CET") is no
// sentence of the story, so no lede: it has (almost) no lower-case words and
// no closing stop (as LedeDate::observe reads it).
bool story_sentence(std::string_view sentence) {
  constexpr int kStoryWords = 4;
  int lower = 0;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    bool starts = i == 0 || sentence[i - 1] == ' ' || sentence[i - 1] == '\n';
    lower += starts && sentence[i] >= 'a' && sentence[i] <= 'z';
  }
  std::size_t last = sentence.find_last_not_of(" \n\r\t");
  if (lower < kStoryWords || last == std::string_view::npos) return false;
  char c = sentence[last];
  return c == '.' || c == '"' || c == '!' || c == '?' || c == '\'';
}

}  // namespace

bool EventDates::from_lede(std::size_t sentence_index, std::string_view sentence,
                           const std::vector<TimeExpression>& points, const std::vector<int>& events,
                           const TimeWordIndex& index, bool dated, bool main_dated) {
  const TemporalWords& words = index.words();
  // "Teams wrapped up a three-day exercise on Friday. The exercise, code-named
  // Blue Olive, was run by X": a dated lede that names no event but an event
  // noun speaks of the one event the next sentence names, when that has no date.
  // The next sentence must say the same noun ("exercise" ... "The exercise,
  // code-named X"): "the meeting's results" after a dated "exercise" is another occasion.
  auto nouns_of = [&](std::string_view text) {
    std::string padded = padded_lower(text);
    std::vector<std::string> nouns;
    auto add = [&](std::string_view n) {
      if (std::find(nouns.begin(), nouns.end(), n) == nouns.end()) nouns.emplace_back(n);
    };
    // A one-word noun is a whole run of the padded text (what has_word() finds): one pass for them all.
    any_run(padded, [&](std::string_view w, std::size_t) {
      if (index.event_nouns().may_be(w) && words.event_nouns.count(w)) add(w);
      return false;
    });
    for (const auto& n : index.event_nouns().phrases)
      if (has_word(padded, n)) add(n);
    // "a war game" ... "Exercise X"; "signing" ... "The X Memorandum was signed": one occasion's words
    for (const auto& [w, group] : words.lede_word_groups)
      if (has_word(padded, w)) add("#" + std::to_string(group));
    return nouns;
  };
  if (events.empty()) {
    lede_ = {};
    if (!points.empty() && story_sentence(sentence)) lede_ = {sentence_index, std::string(sentence), points, {}, main_dated};
    return true;
  }
  auto shares_noun = [&] {
    if (!lede_.nouns_read) lede_.nouns = nouns_of(lede_.text), lede_.nouns_read = true;
    auto nouns = nouns_of(sentence);
    return std::any_of(nouns.begin(), nouns.end(), [&](const std::string& n) {
      return std::find(lede_.nouns.begin(), lede_.nouns.end(), n) != lede_.nouns.end();
    });
  };
  if (!dated && events.size() == 1 && lede_.points.size() && lede_.sentence + 1 == sentence_index &&
      std::none_of(stated_.begin(), stated_.end(), [&](const Stated& s) { return s.event == events.front(); }) &&
      (shares_noun() || (opens_with_the_noun(sentence, words) && tells_no_occurrence(lede_.text, index)))) {
    Lede lede = std::move(lede_);
    lede_ = {};
    observe(lede.sentence, lede.points, lede.text, events, index, {});
    bool stated = std::any_of(stated_.begin(), stated_.end(), [&](const Stated& s) { return s.event == events.front(); });
    if (!stated) state_lede_date(events.front(), lede);
    return true;
  }
  return false;
}

void EventDates::state_lede_date(int event, const Lede& lede) {
  if (!lede.main_dated) return;
  // "troops battled a mock attack in a war game this week": no occurrence verb, but the
  // lede's one date is its occasion's
  const auto& p = lede.points;
  if (p.size() == 1 && p.front().date) stated_.push_back({event, lede.sentence, {p.front().date, p.front().until}});
  // "spent Tuesday and Wednesday in Warsaw": two days joined by "and" are a span
  bool pair = p.size() == 2 && p[0].date && p[1].date && p[0].end <= p[1].start && *p[0].date < *p[1].date &&
              lede.text.substr(p[0].end, p[1].start - p[0].end) == " and ";
  if (pair) stated_.push_back({event, lede.sentence, {p[0].date, p[1].date}});
}

}  // namespace newsgraph::detail
