// Whether the words between a match and a time start another statement
// (another_fact(), contrast_between() in dating.hpp): a time past them dates
// not the match.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "relate/dating.hpp"
#include "relate/dating_text.hpp"

namespace newsgraph::detail {

using namespace dating_text;

namespace {

// "(Badan Siber dan Sandi Negara, BSSN)": a name given in passing, every word
// of more than three letters capitalised and no digit, states no fact of its own.
bool name_gloss(std::string_view inner) {
  if (inner.empty() || !(inner[0] >= 'A' && inner[0] <= 'Z')) return false;
  std::size_t word = 0, start = 0;
  for (std::size_t i = 0; i <= inner.size(); ++i) {
    char c = i < inner.size() ? inner[i] : ' ';
    if (c >= '0' && c <= '9') return false;
    if (c != ' ' && c != ',' && c != '-') { ++word; continue; }
    bool lower = word > 0 && inner[start] >= 'a' && inner[start] <= 'z';
    if (lower && word > 3) return false;
    word = 0, start = i + 1;
  }
  return true;
}

// '(hereinafter "the Talks")', '("the Centre")': a short name defined in passing,
// a quoted name closing the parenthesis after at most three lower-case words.
bool short_name_defined(std::string_view inner) {
  constexpr int kWordsBefore = 3;
  std::size_t open = inner.find('"');
  if (open == std::string_view::npos || inner.size() < open + 3 || inner.back() != '"') return false;
  std::string_view quoted = inner.substr(open + 1, inner.size() - open - 2);
  if (quoted.find('"') != std::string_view::npos) return false;
  if (quoted.starts_with("the ")) quoted.remove_prefix(4);
  int words = 0;
  for (std::size_t i = 0; i < open; ++i) {
    char c = inner[i];
    if (c != ' ' && !(c >= 'a' && c <= 'z')) return false;
    words += c != ' ' && (i == 0 || inner[i - 1] == ' ');
  }
  return words <= kWordsBefore && name_gloss(quoted);
}

bool states_another_fact(std::string_view between, const TemporalWords& words) {
  // ", Cyber Command said on Friday": the date of the saying, not of what was said;
  // ", and the Philippines may join next year": another clause.
  std::string padded = spaced(between);
  // an acronym or name defined in passing ("the Cyber Centre (CC) earlier this week") starts nothing
  for (std::size_t open = padded.find('('); open != std::string::npos; open = padded.find('(', open + 1)) {
    std::size_t close = padded.find(')', open);
    if (close == std::string::npos) break;
    std::string_view inner = std::string_view(padded).substr(open + 1, close - open - 1);
    bool acronym = !inner.empty() && inner[0] >= 'A' && inner[0] <= 'Z' && close - open <= 16 && inner.find(' ') == inner.npos;
    if (acronym || name_gloss(inner) || short_name_defined(inner)) padded.replace(open, close - open + 1, " ");
  }
  if (padded.find(';') != std::string::npos || padded.find('(') != std::string::npos) return true;
  // The one-word openers and conjunctions in one pass over the words; the others searched,
  // only when their first word stands as a word here (as it must for find_word() to find
  // them): a search per phrase was most of this function's cost.
  thread_local std::vector<std::string_view> runs;  // the words of `padded` (kept: no allocation per call)
  runs.clear();
  if (any_run(padded, [&](std::string_view w, std::size_t at) {
        runs.push_back(w);
        return words.clause_openers.count(w) || (at >= 2 && padded[at - 2] == ',' && words.clause_conjunctions.count(w));
      }))
    return true;
  auto may_stand = [&](std::string_view phrase) {
    std::string_view first = phrase.substr(0, phrase.find(' '));
    return first.empty() || std::find(runs.begin(), runs.end(), first) != runs.end();  // (empty: searched as before)
  };
  for (const auto& w : words.clause_openers)
    if (!one_word(w) && may_stand(w) && find_word(padded, w) != std::string::npos) return true;
  for (const auto& w : words.clause_conjunctions) {
    if (one_word(w) || !may_stand(w)) continue;
    for (std::size_t at = find_word(padded, w); at != std::string::npos; at = find_word(padded, w, at + 1))
      if (at >= 2 && padded[at - 2] == ',') return true;
  }
  return false;
}

// another_fact()'s last question and answer, while an AnotherFactMemo lives.
struct FactMemo {
  int open = 0;
  bool valid = false, answer = false;
  const TemporalWords* words = nullptr;
  std::string between;
};
thread_local FactMemo fact_memo;

}  // namespace

AnotherFactMemo::AnotherFactMemo() { ++fact_memo.open, fact_memo.valid = false; }
AnotherFactMemo::~AnotherFactMemo() { --fact_memo.open, fact_memo.valid = false; }

bool another_fact(std::string_view between, const TemporalWords& words) {
  FactMemo& memo = fact_memo;
  if (memo.open && memo.valid && memo.words == &words && memo.between == between) return memo.answer;
  bool answer = states_another_fact(between, words);
  if (memo.open) memo.valid = true, memo.answer = answer, memo.words = &words, memo.between.assign(between);
  return answer;
}

bool contrast_between(std::string_view between, const TemporalWords& words) {
  // "took part last year, while Morocco competed": the clause after the contrast has its own time
  std::string padded = spaced(between);
  for (const auto& w : words.contrast_conjunctions)
    for (std::size_t at = find_word(padded, w); at != std::string::npos; at = find_word(padded, w, at + 1))
      if (at >= 2 && padded[at - 2] == ',') return true;
  return false;
}

namespace dating_text {

bool second_predicate(std::string_view between, const TemporalWords& words) {
  // (most stretches have no "and" in any case: they need not be split into words)
  bool has_and = false;
  for (std::size_t i = 0; i + 3 <= between.size() && !has_and; ++i)
    has_and = (between[i] | 32) == 'a' && (between[i + 1] | 32) == 'n' && (between[i + 2] | 32) == 'd';
  if (!has_and) return false;
  std::string lower;
  auto ws = words_of(between, lower);
  for (std::size_t k = 0; k + 1 < ws.size(); ++k)
    if (ws[k].text == "and" && words.finite_verbs.count(std::string(ws[k + 1].text))) return true;
  return false;
}

// ", and the NCSC": words between an earlier time and the matched words that open another
// clause with ", and" (temporal.json clause_conjunctions after a comma).
bool joined_clause_between(std::string_view sentence, std::size_t from, std::size_t to, const TemporalWords& words) {
  std::string_view between = sentence.substr(from, to - from);
  if (between.find(',') == std::string_view::npos) return false;
  std::string lower;
  auto ws = words_of(between, lower);
  for (const auto& w : ws)
    if (w.start > 0 && words.clause_conjunctions.count(w.text) &&
        between.find_last_not_of(' ', w.start - 1) != std::string_view::npos &&
        between[between.find_last_not_of(' ', w.start - 1)] == ',')
      return true;
  return false;
}

// "took part in X in April, an arrangement the two have used since 2024", "..., as we have done
// since 2024": a since-time after the matched words, told by a perfect of its own, is how long a
// habit has lasted; a time of the match's own clause comes first.
bool perfect_since_after(std::string_view sentence, std::size_t to, const TimeExpression& x) {
  if (x.role != TimeRole::Since || x.start < to) return false;
  std::string lower;
  auto ws = words_of(sentence.substr(to, x.start - to), lower);
  return std::any_of(ws.begin(), ws.end(), [](const Word& w) { return perfect_auxiliary(w.text); });
}

}  // namespace dating_text

}  // namespace newsgraph::detail
