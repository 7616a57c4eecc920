// The Relater's days that come from outside a sentence's own words (relater.hpp):
// a heading that is one date ("## March 2026") for the lines under it, and the
// day a saying is told on ("the ministry said Tuesday"), which is not the story's.
#include <string>

#include "relate/relater.hpp"

namespace newsgraph::detail {

// "## March 2026", "14 October 2026" on a line of its own after the story began: a heading
// whose words are one date, which the lines under it tell of until the next heading.
void Relater::observe_heading(const SentenceAnalysis& s, std::size_t si, const std::vector<TimeExpression>& exprs) {
  auto line_alone = [&] {
    std::size_t before = s.start, after = s.end;
    while (before > 0 && (text_[before - 1] == ' ' || text_[before - 1] == '*' || text_[before - 1] == '#')) --before;
    while (after < text_.size() && (text_[after] == ' ' || text_[after] == '*' || text_[after] == ':')) ++after;
    return (before == 0 || text_[before - 1] == '\n') && (after == text_.size() || text_[after] == '\n');
  };
  if (!line_alone()) return;
  std::string_view last = s.tokens.empty() ? std::string_view() : std::string_view(s.tokens.back().key);
  bool heading = last != "." && last != "\"" && last != "!" && last != "?";
  if (!heading) return;
  section_start_ = si;
  section_date_.reset();
  auto story = lede_.sentence();
  if (!story || *story >= si || exprs.size() != 1 || !exprs.front().date) return;
  const TimeExpression& x = exprs.front();
  // nothing but the date (and marks) on the line
  for (const auto& t : s.tokens)
    if (t.word && (t.start - s.start < x.start || t.end - s.start > x.end)) return;
  section_date_ = Dating{x.date, x.until};
}

// "\u2022 Dates: 16-20 November", "When: 3 May": a fact box's date field after the story
// began gives the days of the exercise or event spoken of, when the text stated none for
// it (temporal.json date_field_labels of one word).
void Relater::observe_date_field(const SentenceAnalysis& s, std::size_t si, const std::vector<TimeExpression>& exprs) {
  auto story = lede_.sentence();
  if (!story || *story >= si || s.tokens.size() < 3) return;
  std::size_t k = s.tokens[0].word ? 0 : 1;  // after a bullet
  if (k + 1 >= s.tokens.size() || s.tokens[k + 1].key != ":" || !lex_.temporal.date_field_labels.count(s.tokens[k].key))
    return;
  int occasion = spoken_of_happening();
  if (occasion < 0 || events_.states(occasion)) return;
  for (const auto& x : exprs)
    if (x.date && (x.role == TimeRole::Point || x.role == TimeRole::Span)) {
      events_.state(occasion, si, Dating{x.date, x.until});
      return;
    }
}

// Whether a saying word stands right before `x` ("said Tuesday", "announced on Monday").
bool Relater::said_at(const TimeExpression& x) const {
  std::string lower;
  auto ws = detail::words_of(stext_.substr(0, x.start), lower);
  if (ws.empty()) return false;
  const detail::Word& w = ws.size() >= 2 && ws.back().text == "on" ? ws[ws.size() - 2] : ws.back();
  std::string_view between = stext_.substr(w.end, x.start - w.end);
  return (between == " " || between == " on ") && lex_.temporal.saying_words.count(std::string(w.text)) > 0;
}

}  // namespace newsgraph::detail
