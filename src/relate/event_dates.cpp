// The dates of events as the document states them, and the facts about an
// event that take its date (EventDates); split from dating.cpp, which decides
// which time of a sentence dates which fact. A lede's date: event_ledes.cpp.
#include <algorithm>
#include <string>
#include <iterator>

#include "relate/dating.hpp"
#include "relate/dating_text.hpp"
#include "temporal/calendar.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {

using namespace dating_text;

bool closing_verb(std::string_view verb, const TemporalWords& words) {
  return words.closing_verbs.count(verb) > 0;
}

namespace {

// Of several events named in a sentence, the one a verb at `at` tells of:
// the one named last before it, else the first named after it.
int event_of_verb(const std::vector<int>& events, const std::vector<std::size_t>& positions, std::size_t at) {
  int before = -1, after = -1;
  std::size_t best_before = 0, best_after = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (positions[i] < at && (before < 0 || positions[i] > best_before)) before = events[i], best_before = positions[i];
    if (positions[i] > at && (after < 0 || positions[i] < best_after)) after = events[i], best_after = positions[i];
  }
  return before >= 0 ? before : after;
}

// "the first, held in Dakar in 2024", "the previous edition, run in 2022":
// the verb tells of another edition than the one the story is about
// (temporal.json edition_words, but for those counting forward: "the next one").
bool earlier_edition_before(std::string_view sentence, std::size_t at, const TemporalWords& words) {
  std::string lower;
  auto w = words_of(sentence.substr(0, at), lower);
  std::size_t k = w.size();
  if (k > 0 && (w[k - 1].text == "edition" || w[k - 1].text == "one")) --k;
  if (k == 0 || !words.edition_words.count(w[k - 1].text)) return false;
  auto seq = words.sequence_words.find(w[k - 1].text);
  return seq == words.sequence_words.end() || seq->second < 0;
}

// "The first Vitosha Relay was held in 2024", "the next Kallang Current will be hosted in
// 2027": a word of the lexicon's edition_words right before the event's name (or noun)
// at `named` says the verb tells of another edition than the one the story is about.
// Gives 1 for a later edition ("next": a sequence word counting forward), -1 for another, else 0.
int edition_word_before(std::string_view sentence, std::size_t named, const TemporalWords& words) {
  std::string lower;
  auto w = words_of(sentence.substr(0, std::min(named, sentence.size())), lower);
  if (w.empty() || !words.edition_words.count(w.back().text)) return 0;
  auto seq = words.sequence_words.find(w.back().text);
  return seq != words.sequence_words.end() && seq->second > 0 ? 1 : -1;
}

// "The drill was the first to involve the ASEAN CERT, which started operations in July":
// a verb right after a relative word opening a clause (", which started") tells of the
// clause's antecedent; when the event at `named` stands more than a few words before that
// comma with a verb of another clause between, the antecedent is another name, and the
// verb's time is not the event's.
bool verb_of_other_antecedent(std::string_view sentence, std::size_t named, std::size_t at,
                              const TemporalWords& words) {
  constexpr std::size_t kNameWords = 5;  // "Vitosha Relay 2026 (VR26), which ended"
  std::string lower;
  auto before = words_of(sentence.substr(0, at), lower);
  // (an auxiliary or "also" may stand between: ", which will also hold", ", which has held")
  std::size_t rel = before.size();
  while (rel > 1 && before.size() - rel < 3 &&
         (words.finite_verbs.count(before[rel - 1].text) || words.continuation_words.count(before[rel - 1].text)))
    --rel;
  if (rel == 0 || !words.relative_words.count(before[rel - 1].text)) return false;
  std::size_t comma = before[rel - 1].start;
  while (comma > 0 && sentence[comma - 1] == ' ') --comma;
  if (comma == 0 || sentence[comma - 1] != ',' || named >= comma) return false;
  std::string between_lower;
  auto between = words_of(sentence.substr(named, comma - named), between_lower);
  if (between.size() <= kNameWords) return false;
  // another clause between ("was the first to involve X", "X, signed by A and B,"), not an
  // apposition ("X 2026, its annual drill,")
  for (std::size_t k = 0; k < between.size(); ++k) {
    const auto& w = between[k].text;
    if (words.finite_verbs.count(w) || words.past_tense_words.count(std::string(w))) return true;
    if (w.size() > 4 && w.ends_with("ed") && k + 1 < between.size() && between[k + 1].text == "by") return true;
  }
  return false;
}

// "The conference heard from Ukraine, whose agency signed a pact with X in
// January": a verb inside a clause opened by "whose" (not yet closed by a
// comma) has that clause's own subject; its date is not the event's.
bool in_whose_clause(std::string_view sentence, std::size_t at) {
  std::string_view before = sentence.substr(0, at);
  std::size_t whose = before.rfind(" whose ");
  return whose != std::string_view::npos && before.find(',', whose) == std::string_view::npos;
}

// Whether `s` holds `lower` (lower case, starting with `first`) in any case:
// its first byte found by find() (memchr), in each case it may be written in.
bool has_lowered(std::string_view s, char first, std::string_view lower) {
  char upper = first >= 'a' && first <= 'z' ? static_cast<char>(first - 'a' + 'A') : first;
  for (char c : {first, upper}) {
    for (std::size_t at = s.find(c); at != std::string_view::npos; at = s.find(c, at + 1))
      if (equals_lowered(s.substr(at, lower.size()), lower)) return true;
    if (upper == first) break;
  }
  return false;
}

// "The ministry plans to hold the 4th Talks in Canberra next year", "will host the next
// round": an occurrence planned (a future cue a few words before the verb) of an edition
// the words right after the verb number or call the next one, another than the one the story tells of
// (not by the words of a time, `points`: "in the first half of next year").
bool planned_edition(std::string_view sentence, std::size_t at, const std::vector<TimeExpression>& points,
                     const TemporalWords& words) {
  constexpr std::size_t kCueReach = 3;
  std::string lower;
  auto before = words_of(sentence.substr(0, at), lower);
  bool planned = false;
  for (std::size_t n = 0; n < kCueReach && n < before.size(); ++n)
    planned = planned || words.future_cues.count(before[before.size() - 1 - n].text) > 0;
  if (!planned) return false;
  constexpr std::size_t kEditionReach = 4;  // "hold the 4th Talks", "host the next round"
  std::string rest_lower;
  std::string_view rest = sentence.substr(at);
  rest = rest.substr(0, rest.find_first_of(",;:"));
  auto after = words_of(rest, rest_lower);
  for (std::size_t n = 1; n < after.size() && n <= kEditionReach; ++n) {
    const Word& w = after[n];
    if (std::any_of(points.begin(), points.end(),
                    [&](const TimeExpression& x) { return x.start <= at + w.start && at + w.end <= x.end; }))
      continue;
    auto seq = words.sequence_words.find(w.text);
    if (seq != words.sequence_words.end() && seq->second > 0) return true;
    // "the first joint drill": a new occasion, the one the story tells of
    auto ordinal = words.ordinal_words.find(w.text);
    if (ordinal != words.ordinal_words.end() && ordinal->second > 1) return true;
    std::string_view t = w.text;  // "4th", "2nd"
    std::size_t digits = 0;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    std::string_view suffix = t.substr(digits);
    if (digits > 0 && digits <= 2 && t != "1st" && (suffix == "nd" || suffix == "rd" || suffix == "th")) return true;
  }
  return false;
}

// "Last year, X was held in Kaunas", "two years ago": a year counted back from the
// story's day tells of another edition than the one the story is about (sole_date()).
bool past_year_counted_back(const TimeExpression& x, std::string_view sentence) {
  if (!x.relative || !x.date || x.date->month || x.end > sentence.size()) return false;
  std::string_view text = sentence.substr(x.start, x.end - x.start);
  return has_lowered(text, 'l', "last") || has_lowered(text, 'a', "ago") || has_lowered(text, 'p', "previous");
}

// The length in days the sentence gives an event: "a three-day exercise"
// (an event noun within a few words), and when `talks` also "after two
// days of talks"; 0 when none. `where` gets its place in the sentence.
int length_in_days(std::string_view sentence, const TemporalWords& words, bool talks, std::size_t* where = nullptr) {
  constexpr std::size_t kNounReach = 4;
  // Both readings need "-day" or "days": most sentences have neither, and are not split into words.
  if (!has_lowered(sentence, '-', "-day") && !(talks && has_lowered(sentence, 'd', "days"))) return 0;
  std::string lower;
  auto w = words_of(sentence, lower);
  for (std::size_t k = 0; k + 1 < w.size(); ++k) {
    std::string_view t = w[k].text;
    auto named = words.number_words.find(t);
    int n = named != words.number_words.end() ? named->second
            : t.size() <= 2 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })
                ? std::stoi(std::string(t))
                : 0;
    if (n < 2 || n > 31) continue;
    bool hyphen = w[k + 1].text == "day" && w[k + 1].start == w[k].end + 1 && lower[w[k].end] == '-';
    if (where) *where = w[k].start;
    // "after two days of talks", "wrapped up on Friday after five days"
    bool after = k > 0 && w[k - 1].text == "after";
    if (talks && w[k + 1].text == "days" && (after || (k + 2 < w.size() && w[k + 2].text == "of"))) return n;
    if (!hyphen) continue;
    for (std::size_t j = k + 2; j < w.size() && j <= k + 1 + kNounReach; ++j)
      if (words.event_nouns.count(w[j].text)) return n;
  }
  return 0;
}

// "met in Delhi on Tuesday for the fourth Quad Cyber Group meeting": after a meeting verb
// (from `after`, in `padded`), "for the" and an event's name that an event noun closes,
// no preposition between ("for the first time at the forum" tells no event's occurrence).
bool met_for_event(std::string_view padded, std::size_t after, const TemporalWords& words) {
  constexpr std::size_t kNameWords = 7;
  std::size_t at = padded.find(" for the ", after);
  if (at == std::string_view::npos) return false;
  std::string lower;
  auto w = words_of(padded.substr(at + 9), lower);
  // (prepositions, and "time" of "for the first time": grammar of English, not a list a user extends)
  static constexpr std::string_view kPrepositions[] = {"at", "in", "on", "of", "to", "with", "by", "from", "time"};
  for (std::size_t k = 0; k < w.size() && k < kNameWords; ++k) {
    if (words.event_nouns.count(w[k].text)) return true;
    if (std::find(std::begin(kPrepositions), std::end(kPrepositions), w[k].text) != std::end(kPrepositions)) return false;
  }
  return false;
}

// The occurrence verbs of a sentence (`padded`: spaced()) in order, as
// (position in the sentence, length); the first one a date belongs to says
// when the event was ("X organised E, which took place on 4 May": not
// "organised", whose clause has no date, but "took place"). Nullopt when
// the sentence says "again".
std::optional<std::vector<std::pair<std::size_t, std::size_t>>> occurrence_verbs_in(const std::string& padded,
                                                                                      const TimeWordIndex& index) {
  const TemporalWords& words = index.words();
  const auto& verb_list = index.occurrence_verbs();
  std::vector<std::pair<std::size_t, std::size_t>> verbs;
  // Each verb's first place: the one-word verbs in one pass over the words, the others searched.
  std::vector<std::string_view> seen;
  // the runs as they stand, for the phrases below (kept: no allocation per call)
  thread_local std::vector<std::string_view> runs;
  runs.clear();
  bool again = false;
  any_run(padded, [&](std::string_view w, std::size_t at) {
    runs.push_back(w);
    // "the first exercise the country has hosted.": a verb before a stop or comma
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ';' || w.back() == ':')) w.remove_suffix(1);
    again |= w == "again";
    // the sentence's first word ("Opening the forum on Monday, ...") in lower case
    // (the shapes tell most words in any case from every verb without hashing them)
    bool known = verb_list.may_be(w) &&
                 (words.occurrence_verbs.count(w) ||
                  (at == 1 && !w.empty() && w[0] >= 'A' && w[0] <= 'Z' && words.occurrence_verbs.count(lower_word(w))));
    known = known || (words.meeting_verbs.count(w) && met_for_event(padded, at + w.size(), words));
    // "ComDCiber planned to invite officers ... later this year": a plan of another deed, not an
    // occurrence (a verb of the plan's own, "scheduled to begin", is read for itself)
    known = known && !(words.future_cues.count(w) && std::string_view(padded).substr(at + w.size(), 4) == " to ");
    if (known && std::find(seen.begin(), seen.end(), w) == seen.end()) {
      seen.push_back(w);
      verbs.push_back({at - 1, w.size()});  // `padded` is one further on
    }
    return false;
  });
  if (again) return std::nullopt;
  for (const auto& verb : verb_list.phrases) {
    // found only where its first word is a run of its own: the others not searched
    std::string_view first = std::string_view(verb).substr(0, verb.find(' '));
    if (!first.empty() && std::find(runs.begin(), runs.end(), first) == runs.end()) continue;
    std::size_t found = find_word(padded, verb);
    if (found != std::string::npos) verbs.push_back({found - 1, verb.size()});
  }
  std::sort(verbs.begin(), verbs.end());
  return verbs;
}

}  // namespace

// "The drill, known as X" after a lede naming no event noun: only a lede that tells no
// occurrence ("wrapped up their work on Friday" may be the drill's last day, not its date).
bool tells_no_occurrence(std::string_view lede, const TimeWordIndex& index) {
  auto verbs = occurrence_verbs_in(spaced(lede), index);
  return verbs && verbs->empty();
}

void EventDates::observe(std::size_t sentence_index, const std::vector<TimeExpression>& exprs,
                         std::string_view sentence, const std::vector<int>& events, const TemporalWords& words,
                         const std::vector<std::size_t>& positions) {
  observe(sentence_index, exprs, sentence, events, TimeWordIndex(words), positions);
}

// "Ana Ruiz, its chief since 1 July, opens the exercise": a since-day closing an aside right
// before the verb at `at` is the subject's state, not the occurrence's: the points without it.
static std::vector<TimeExpression> without_aside_since(const std::vector<TimeExpression>& points,
                                                       std::string_view sentence, std::size_t at) {
  auto aside_since = [&](const TimeExpression& x) {
    if (x.role != TimeRole::Since || x.end > at) return false;
    std::string_view between = sentence.substr(x.end, at - x.end);
    return between.find_first_not_of(", ") == std::string_view::npos && between.find(',') != std::string_view::npos;
  };
  // "The CSA, which replaced the secretariat in October 2021, has run X since 2022": a time of a
  // relative clause closed before the verb is the clause's, not the event's
  auto closed_relative = [&](const TimeExpression& x) {
    if (x.end > at || sentence.substr(x.end, at - x.end).find(',') == std::string_view::npos) return false;
    std::size_t comma = sentence.substr(0, x.start).rfind(',');
    if (comma == std::string_view::npos) return false;
    std::string_view opener = sentence.substr(comma);
    return opener.starts_with(", which ") || opener.starts_with(", who ");
  };
  std::vector<TimeExpression> kept;
  std::copy_if(points.begin(), points.end(), std::back_inserter(kept),
               [&](const TimeExpression& x) { return !aside_since(x) && !closed_relative(x); });
  return kept;
}

// Where the sentence names (or refers to) `event`, when it does; else npos.
static std::size_t where_named(const std::vector<int>& events, const std::vector<std::size_t>& positions, int event) {
  std::size_t named = std::string_view::npos;
  for (std::size_t i = 0; i < positions.size() && i < events.size(); ++i)
    if (events[i] == event) named = positions[i];
  return named;
}

void EventDates::observe(std::size_t sentence_index, const std::vector<TimeExpression>& exprs,
                         std::string_view sentence, const std::vector<int>& events, const TimeWordIndex& index,
                         const std::vector<std::size_t>& positions, std::optional<bool> main_dated) {
  const TemporalWords& words = index.words();
  if (events.size() > 1 && positions.size() != events.size()) return;
  observe_length(sentence, events, positions, words);
  std::vector<TimeExpression> points;
  for (const auto& x : exprs)
    // "have been defending networks since Monday in Exercise X": a day it has run since is its first
    if (has_point(x) || (x.role == TimeRole::Since && x.date && x.date->day)) points.push_back(x);
  bool dated = main_dated ? *main_dated : !points.empty();
  if (events.empty()) refine_previous(sentence_index, sentence, points);
  if (from_lede(sentence_index, sentence, points, events, index, dated, dated)) return;
  lede_ = {};
  if (points.empty()) return;
  if (events.size() == 1) state_length_from(events.front(), sentence_index, sentence, points, words);
  // "X will be held again next spring": another edition than the one the story is about
  auto verbs = occurrence_verbs_in(spaced(sentence), index);
  if (!verbs) return;
  for (const auto& [at, length] : *verbs) {
    // "The exercise was first held in Toulon in 2024": the first edition, not the one the story is about
    if (at >= 6 && sentence.substr(at - 6, 6) == "first ") continue;
    if (earlier_edition_before(sentence, at, words) || in_whose_clause(sentence, at)) continue;
    int event = events.size() == 1 ? events.front() : event_of_verb(events, positions, at);
    if (event < 0) continue;
    std::size_t named = where_named(events, positions, event);
    if (named != std::string_view::npos && verb_of_other_antecedent(sentence, named, at, words)) continue;
    // "The Lithuanian team was drawn from X, which signed a pact in May": with the event not
    // named here, a verb of a relative clause has the name before it as subject, not the event
    if (named == std::string_view::npos && verb_of_other_antecedent(sentence, 0, at, words)) continue;
    // "opened on Monday and closed on Wednesday": after the first verb of the event, only a
    // closing one on another day says more (its last day)
    const Stated* before = nullptr;
    for (const auto& s : stated_)
      if (s.event == event && s.sentence == sentence_index) before = &s;
    bool said = before && (before->closing || !closing_verb(sentence.substr(at, length), words));
    Dating d = date_near(without_aside_since(points, sentence, at), sentence, at, at + length, false, words);
    if (!d.date) continue;
    if (said) {
      // "last week concluded X, which it hosted from 12 to 16 October": a later verb's days
      // inside the first verb's coarser time say more of the same occasion (near() prefers them)
      if (!before->closing && before->date.date && refines(*d.date, *before->date.date))
        stated_.push_back({event, sentence_index, d});
      continue;
    }
    // "closed on Wednesday after two days of talks": the first day counted back
    bool closing = !d.end && d.date->day && closing_verb(sentence.substr(at, length), words);
    if (before && (!closing || before->date.end || !before->date.date || !(*before->date.date < *d.date))) continue;
    if (int n = closing && !before ? length_in_days(sentence, words, true) : 0)
      d = {add_days(*d.date, 1 - n), d.date}, closing = false;
    int edition = named != std::string_view::npos && named < at && !d.date->day
                      ? edition_word_before(sentence, named, words)
                      : 0;
    bool other_edition = edition < 0;
    bool counted_back = edition > 0 || planned_edition(sentence, at, points, words) ||
                        std::any_of(points.begin(), points.end(), [&](const TimeExpression& x) {
                          return x.date == d.date && past_year_counted_back(x, sentence);
                        });
    stated_.push_back({event, sentence_index, d, closing, counted_back, other_edition});
    if (events.size() == 1 && (before || closing)) return;
  }
}

// "Two weeks ago, Australia hosted Exercise X. From 9 to 13 November, 140 operators
// defended ...": a span opening the next sentence, which names no event, inside the
// coarser time the sentence before stated of its one event, gives that event's days.
void EventDates::refine_previous(std::size_t sentence_index, std::string_view sentence,
                                 const std::vector<TimeExpression>& points) {
  if (sentence_index == 0 || points.size() != 1) return;
  const TimeExpression& x = points.front();
  if (!x.date || !x.until || !x.date->day || sentence.find_first_not_of(" \t\n") != x.start) return;
  const Stated* before = nullptr;
  for (const auto& s : stated_) {
    if (s.sentence != sentence_index - 1) continue;
    if (before && before->event != s.event) return;  // two events: whose days are unclear
    before = &s;
  }
  if (!before || before->closing || before->other_edition || !before->date.date || before->date.date->day) return;
  if (!refines(*x.date, *before->date.date)) return;
  stated_.push_back({before->event, sentence_index, {x.date, x.until}});
}

// "on the first day of the X Forum, a three-day conference": a length in days the
// sentence tells is the event's named before it (of several, the one named last).
void EventDates::observe_length(std::string_view sentence, const std::vector<int>& events,
                                const std::vector<std::size_t>& positions, const TemporalWords& words) {
  std::size_t length_at = 0;
  if (int n = events.empty() ? 0 : length_in_days(sentence, words, false, &length_at)) {
    int event = events.size() == 1 ? events.front() : event_of_verb(events, positions, length_at);
    if (event >= 0) lengths_.push_back({event, n});
  }
}

// "Teams joined the hosts in Mhow for five days from 14 September": a length in days
// and the day it ran from tell the event's days, whatever the verb.
void EventDates::state_length_from(int event, std::size_t sentence_index, std::string_view sentence,
                                   const std::vector<TimeExpression>& points, const TemporalWords& words) {
  for (const auto& x : points) {
    if (!x.date || !x.date->day || x.until || x.role != TimeRole::Point) continue;
    std::string lower;
    auto w = words_of(sentence.substr(0, x.start), lower);
    std::size_t k = w.size();
    if (k < 4 || w[k - 1].text != "from" || w[k - 2].text != "days" || w[k - 4].text != "for") continue;
    std::string_view count = w[k - 3].text;
    auto named = words.number_words.find(count);
    bool digits = count.size() <= 2 && std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; });
    int n = named != words.number_words.end() ? named->second : digits ? std::stoi(std::string(count)) : 0;
    if (n < 2 || n > 31) continue;
    stated_.push_back({event, sentence_index, {x.date, add_days(*x.date, n - 1)}});
    return;
  }
}

std::optional<Dating> EventDates::near(int event, std::size_t sentence_index) const {
  constexpr std::size_t kReach = 3;
  const Stated* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& s : stated_) {
    if (s.event != event) continue;
    std::size_t d = s.sentence > sentence_index ? s.sentence - sentence_index : sentence_index - s.sentence;
    if (s.counted_back && d > 0) continue;  // another edition's year
    if (s.other_edition && s.sentence > sentence_index) continue;  // told of after: not the story's edition
    if (d <= kReach && (!best || d < best_distance)) best = &s, best_distance = d;
  }
  if (!best) return sole_date(event);
  // "X ended on Friday. The five-day exercise was hosted this year by Y": the day says more of the same year
  for (const auto& s : stated_) {
    std::size_t d = s.sentence > sentence_index ? s.sentence - sentence_index : sentence_index - s.sentence;
    if (s.event == event && d <= kReach && s.date.date && best->date.date && refines(*s.date.date, *best->date.date))
      best = &s;
  }
  return best->closing ? from_close(event, best->date) : best->date;
}

std::optional<Dating> EventDates::first_day(int event, std::size_t sentence_index, const Date& date) const {
  for (const auto& s : stated_) {
    if (s.event != event || s.sentence != sentence_index || !s.closing || s.date.date != date) continue;
    Dating first = from_close(event, s.date);
    if (first.date != date) return first;
  }
  return std::nullopt;
}

Dating EventDates::from_close(int event, const Dating& close) const {
  constexpr long kMaxDays = 31;  // a start farther back is another occasion's
  const Date& last = *close.date;
  const Stated* start = nullptr;
  for (const auto& s : stated_) {
    if (s.event != event || s.closing || !s.date.date || !s.date.date->day) continue;
    const Date& d = *s.date.date;
    if (d <= last && add_days(last, -kMaxDays) <= d && (!start || d < *start->date.date)) start = &s;
  }
  if (start) return {start->date.date, start->date.end ? start->date.end : close.date};
  for (const auto& [e, days] : lengths_)
    if (e == event) return {add_days(last, 1 - days), close.date};
  return close;
}

std::optional<Dating> EventDates::days_of(int event) const {
  std::optional<Dating> days;
  for (const auto& s : stated_) {
    if (s.event != event || s.closing || !s.date.date || !s.date.date->day) continue;
    if (days && days->date != s.date.date) return std::nullopt;  // two first days: two editions
    if (!days || s.date.end) days = s.date;
  }
  if (!days) return std::nullopt;
  for (const auto& s : stated_)
    if (s.event == event && s.closing && !days->end && s.date.date && s.date.date->day && *days->date < *s.date.date)
      days->end = s.date.date;
  return days;
}

std::optional<Dating> EventDates::sole_date(int event) const {
  // Farther off, the date the document gives the event is the participants'
  // and organisers' only when it gives one: every date it states of the event
  // is the same, or says more of the same year or month ("in October" ...
  // "opened on 12 October"). Two editions' dates leave the edge undated.
  // A closing day stands for the first day it gives ("closed on Friday" after "began on Monday").
  // A bare year other than the year of the one edition the document dates to the day is another
  // edition's ("first held in 2022", "may host one in 2027"): it leaves that edition's date standing.
  // A month or a day at odds leaves none ("held on June 3 ... held in May 2023": two editions).
  std::optional<Dating> finest, day;
  bool other_year = false;
  for (const auto& s : stated_) {
    if (s.event != event || !s.date.date || s.counted_back || s.other_edition) continue;
    Dating date = s.closing ? from_close(event, s.date) : s.date;
    if (date.date->day && (!day || refines(*day->date, *date.date))) day = date;
    if (!finest) {
      finest = date;
      continue;
    }
    const Date &a = *date.date, &b = *finest->date;
    if (a == b) continue;
    if (refines(a, b)) {
      finest = date;
    } else if (!refines(b, a)) {
      other_year = true;
    }
  }
  if (!other_year) return finest;
  if (!day) return std::nullopt;
  for (const auto& s : stated_) {  // every date at odds with the day: a bare year
    if (s.event != event || !s.date.date || s.counted_back || s.other_edition) continue;
    Dating date = s.closing ? from_close(event, s.date) : s.date;
    const Date &a = *date.date, &b = *day->date;
    if (a != b && !refines(a, b) && !refines(b, a) && a.month) return std::nullopt;
  }
  return day;
}

}  // namespace newsgraph::detail
