#include "relate/dating.hpp"

#include <algorithm>
#include <string>

namespace newsgraph::detail {

bool another_fact(std::string_view between) {
  static const char* kStarts[] = {";", "(", " which ", " who ", " where ", " that ", " established ", " founded ",
                                  " created ", " formed ", " set up ", " launched ", " since "};
  std::string padded = " " + std::string(between) + " ";
  for (const char* w : kStarts)
    if (padded.find(w) != std::string::npos) return true;
  return false;
}

namespace {

// `fine` names a day or month inside the year or month `coarse` names.
bool refines(const Date& fine, const Date& coarse) {
  if (fine.precision() <= coarse.precision() || fine.year != coarse.year) return false;
  return !coarse.month || fine.month == coarse.month;
}

}  // namespace

Dating date_near(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t from, std::size_t to,
                 bool conjunct) {
  const TimeExpression* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& x : exprs) {
    if (!x.resolved() || (conjunct && x.end <= from)) continue;
    // After the matched words, only inside the same clause ("..., a hub established in 2008" is another fact).
    if (x.start >= to && another_fact(sentence.substr(to, x.start - to))) continue;
    std::size_t d = x.end <= from ? from - x.end : x.start >= to ? x.start - to : 0;
    bool better = !best || (x.date && !best->date) || (bool(x.date) == bool(best->date) && d < best_distance);
    if (better) best = &x, best_distance = d;
  }
  if (!best) return {};
  // "Cyber Shield 2024 from June 12 to June 13": a later date in the same
  // clause that says more about the same year (or month) is the one meant.
  for (const auto& x : exprs) {
    if (!x.date || !best->date || &x == best || !refines(*x.date, *best->date)) continue;
    std::size_t lo = std::min(best->end, x.end), hi = std::max(best->start, x.start);
    if (hi >= lo && another_fact(sentence.substr(lo, hi - lo))) continue;
    if (x.start >= to && another_fact(sentence.substr(to, x.start - to))) continue;
    best = &x;
  }
  return {best->date, best->until};
}

void repeated_dates(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t to,
                    std::vector<Dating>& dates) {
  const TimeExpression* previous = nullptr;
  for (const auto& x : exprs) {
    if (x.end <= to || !x.date || x.role != TimeRole::Point) continue;
    std::size_t from = previous ? previous->end : to;
    std::string_view between = sentence.substr(from, x.start - from);
    if (previous && between.find("again") == std::string_view::npos && between.find(" and ") == std::string_view::npos)
      break;
    if (!previous && another_fact(between)) break;
    if (std::none_of(dates.begin(), dates.end(), [&](const Dating& d) { return d.date == x.date; }))
      dates.push_back({x.date, x.until});
    previous = &x;
  }
}

namespace {

bool has_point(const TimeExpression& x) { return x.date && (x.role == TimeRole::Point || x.role == TimeRole::Span); }

// " word " anywhere in the padded lower-case sentence.
bool has_word(const std::string& padded, std::string_view word) {
  return padded.find(" " + std::string(word) + " ") != std::string::npos;
}

std::string padded_lower(std::string_view sentence) {
  std::string s = " ";
  for (char c : sentence) {
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'';
    s += letter ? static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c) : ' ';
  }
  return s + " ";
}

}  // namespace

bool other_time_words(std::string_view sentence) {
  static constexpr std::string_view kWords[] = {
      "earlier", "previously", "already", "formerly", "once", "later", "past", "ago", "before", "will",
      "next", "future", "years", "decades", "annual", "annually", "every", "usually", "regularly", "since"};
  std::string padded = padded_lower(sentence);
  for (auto w : kWords)
    if (has_word(padded, w)) return true;
  return false;
}

void NarrativeDate::observe(const std::vector<TimeExpression>& exprs, bool headline, std::string_view sentence,
                            std::vector<StatedFact> facts) {
  bool dated = std::any_of(exprs.begin(), exprs.end(), has_point);
  if (dated && !headline) {
    for (const auto& x : exprs)
      if (has_point(x)) date_ = x.date;
    facts_ = std::move(facts);
    age_ = 0;
  } else {
    // a sentence that inherited goes on with the same story
    facts_.insert(facts_.end(), facts.begin(), facts.end());
    ++age_;
  }
  (void)sentence;
}

std::optional<Date> NarrativeDate::for_fact(EdgeType type, int source, int target) const {
  if (age_ > 1 || !date_) return std::nullopt;  // age_: undated sentences read since the dated one
  for (const auto& f : facts_)
    if (f.type == type && (f.target == target || f.source == source)) return date_;
  return std::nullopt;
}

void EventDates::observe(std::size_t sentence_index, const std::vector<TimeExpression>& exprs,
                         std::string_view sentence, const std::vector<int>& events) {
  static constexpr std::string_view kTookPlace[] = {
      " held ", " hosted ", " organised ", " organized ", " ran ", " run ", " took place ", " takes place ",
      " staged ", " conducted ", " began ", " begun ", " started ", " opened ", " kicked off ", " convened ",
      " opens ", " begins ", " starts "};
  if (events.size() != 1) return;
  std::vector<TimeExpression> points;
  for (const auto& x : exprs)
    if (has_point(x)) points.push_back(x);
  if (points.empty()) return;
  std::string padded = " " + std::string(sentence) + " ";
  for (auto cue : kTookPlace) {
    std::size_t at = padded.find(cue);
    if (at == std::string::npos) continue;
    // positions in `padded` are one past those in `sentence`
    Dating d = date_near(points, sentence, at, at + cue.size() - 2);
    if (d.date) stated_.push_back({events.front(), sentence_index, d});
    return;
  }
}

std::optional<Dating> EventDates::near(int event, std::size_t sentence_index, bool own_time_words) const {
  constexpr std::size_t kReach = 3;
  const Stated* best = nullptr;
  std::size_t best_distance = 0;
  for (const auto& s : stated_) {
    if (s.event != event || (own_time_words && s.sentence != sentence_index)) continue;
    std::size_t d = s.sentence > sentence_index ? s.sentence - sentence_index : sentence_index - s.sentence;
    if (d <= kReach && (!best || d < best_distance)) best = &s, best_distance = d;
  }
  if (!best) return std::nullopt;
  return best->date;
}

}  // namespace newsgraph::detail
