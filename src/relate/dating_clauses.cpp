// Dates a fact takes from another clause of its sentence that tells when it
// was made known or put in writing (dating.hpp): the saying of a fact in the
// perfect, the signing of the agreement a cooperation is under.
#include <algorithm>
#include <string>

#include "relate/dating.hpp"
#include "relate/dating_text.hpp"

namespace newsgraph::detail {

namespace {

// The time expression that starts right after byte `at` (at most "on", "here"
// or "there" between): the verb's own adverbial ("signed here yesterday").
const TimeExpression* time_right_after(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                       std::size_t at) {
  for (const auto& x : exprs) {
    if (x.start < at || !x.date || x.role != TimeRole::Point) continue;
    std::string_view between = sentence.substr(at, x.start - at);
    while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
    while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
    if (between.empty() || between == "on" || between == "here" || between == "there" || between == "here on")
      return &x;
    return nullptr;  // the first time after the verb is not its own
  }
  return nullptr;
}

}  // namespace

std::optional<Dating> saying_date(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t to,
                                  const TemporalWords& words) {
  std::string lower;
  auto ws = words_of(sentence, lower);
  for (const auto& w : ws) {
    if (w.start < to || !words.saying_words.count(std::string(w.text))) continue;
    // ", its government announced on Monday": the saying word is the last of its clause's subject
    if (sentence.substr(to, w.start - to).find_first_of(".;") != std::string_view::npos) return std::nullopt;
    // a day ("on Monday"): a vaguer time ("said last week") tells little of when the fact was
    const auto* x = time_right_after(exprs, sentence, w.end);
    if (x && x->date->day) return Dating{x->date, {}};
    return std::nullopt;  // the first saying after the fact is the one that tells it
  }
  return std::nullopt;
}

std::optional<Dating> framework_date(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                     std::size_t to, const TemporalWords& words) {
  constexpr std::size_t kNounReach = 4;  // words from "under" to the noun ("under a new bilateral memorandum")
  std::string lower;
  auto ws = words_of(sentence, lower);
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (ws[i].start < to || ws[i].text != "under") continue;
    for (std::size_t k = i + 1; k < ws.size() && k <= i + kNounReach; ++k) {
      if (!words.agreement_nouns.count(std::string(ws[k].text))) continue;
      // the noun's participle of signing, then its own time
      if (k + 1 >= ws.size() || !words.occurrence_verbs.count(std::string(ws[k + 1].text))) return std::nullopt;
      if (const auto* x = time_right_after(exprs, sentence, ws[k + 1].end)) return Dating{x->date, {}};
      return std::nullopt;
    }
    return std::nullopt;
  }
  return std::nullopt;
}

namespace {

// ", where she has been professor of cyber security ": a clause about the place just named in
// which the person it speaks of has been there (a pronoun, the perfect) up to a since-time.
bool where_perfect(std::string_view between) {
  constexpr std::string_view kOpen = ", where ";
  if (!between.starts_with(kOpen)) return false;
  std::string_view rest = between.substr(kOpen.size());
  bool pronoun = false;
  for (std::string_view p : {"he ", "she ", "they "})
    if (rest.starts_with(p)) rest.remove_prefix(p.size()), pronoun = true;
  if (!pronoun) return false;
  bool perfect = false;
  for (std::string_view a : {"has ", "have ", "had "})
    if (rest.starts_with(a)) perfect = true;
  return perfect && rest.find_first_of(",;:()\"") == std::string_view::npos;
}

// "The RCDC, established in 2021, is part of ...": a creation participle opening an aside right
// after the first name of the match (no verb, no other comma before it), closed by a comma after
// its time. `verb`: where the participle starts; `time_end`: where its time ends.
bool subject_aside(std::string_view sentence, std::size_t from, std::size_t verb, std::size_t time_end) {
  if (verb < from + 3 || sentence.substr(verb - 2, 2) != ", ") return false;
  std::string_view name = sentence.substr(from, verb - 2 - from);
  if (name.find_first_of(",;:") != std::string_view::npos) return false;
  for (std::string_view finite : {" is ", " was ", " are ", " were ", " has ", " have ", " had "})
    if (name.find(finite) != std::string_view::npos) return false;
  std::string_view rest = sentence.substr(std::min(time_end, sentence.size()));
  return rest.starts_with(",") && sentence.substr(verb, time_end - verb).find_first_of(",;:()") == std::string_view::npos;
}

}  // namespace

std::optional<Dating> state_since(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t to,
                                  const TemporalWords& words) {
  constexpr std::size_t kReach = 60;  // bytes from the match to "since" ("partner under the ... Program since 1993")
  for (const auto& x : exprs) {
    if (x.start < to || !x.date) continue;
    std::size_t cue = since_cue_before(x, sentence, to, words);
    if (x.role != TimeRole::Since || cue - to > kReach) return std::nullopt;
    std::string_view between = sentence.substr(to, cue - to);
    // another clause or aside between: its time is not the state's (but "X, where she has
    // been professor since 2019": how long she has been at the place just named)
    if (where_perfect(between)) return Dating{x.date, {}};
    if (between.find_first_of(",;:()\"") != std::string_view::npos || another_fact(between, words) ||
        dating_text::second_predicate(between, words))
      return std::nullopt;
    return Dating{x.date, {}};
  }
  return std::nullopt;
}

std::optional<Dating> state_opening_date(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                         std::size_t from, std::size_t to, const TemporalWords& words) {
  const TimeExpression* opener = nullptr;
  for (const auto& x : exprs) {
    if (x.start >= to) break;
    if (!x.resolved()) continue;
    if (opener) return std::nullopt;  // two times before the state's end: which one holds is not told
    opener = &x;
  }
  // "Since March 2025 the centre has been led by X": a state since a time opening the sentence holds from it
  if (!opener || !opener->date || (opener->role != TimeRole::Point && opener->role != TimeRole::Since) ||
      opener->end > from)
    return std::nullopt;
  // at most one word ("In") before the time, and a comma, a dash or a word right after it
  std::string_view before = sentence.substr(0, opener->start);
  while (!before.empty() && (before.back() == ' ' || before.back() == '-' || before.back() == '*')) before.remove_suffix(1);
  if (before.find(' ') != std::string_view::npos) return std::nullopt;
  std::string_view after = sentence.substr(opener->end, from - opener->end);
  if (!after.starts_with(",") && !after.starts_with(" ") && !after.starts_with(":")) return std::nullopt;
  // not another clause between ("In 2023, when the unit that ..."); a verb of setting up is the state's start
  std::string lower;
  for (const auto& w : words_of(after, lower)) {
    std::string word(w.text);
    if (words.saying_words.count(word) || words.relative_words.count(word)) return std::nullopt;
  }
  // a table row's date cell ("| 13 Jun | X, commander of Y, closes ...") dates the row's happening, not a post
  if (after.find_first_of(";|") != std::string_view::npos || contrast_between(after, words)) return std::nullopt;
  for (const auto& conjunction : words.clause_conjunctions)  // ", and": another clause
    if (after.find(", " + conjunction + " ") != std::string_view::npos) return std::nullopt;
  return Dating{opener->date, {}};
}

namespace {

// "its training centre opened in 2019": the creation verb right after the match, a finite verb at most
// between; "X is part of Y and was set up in 2014": "and" and the subject's second verb; "X, part of Y,
// was established in 2021": the comma closing the subject's apposition, then a finite verb
bool verb_follows_match(std::string_view sentence, std::size_t from, std::size_t to, std::size_t verb_start,
                        const TemporalWords& words) {
  if (verb_start < to) return false;
  std::string_view gap = sentence.substr(to, verb_start - to);
  bool closes = gap.starts_with(",") && to > from && sentence.substr(from, to - from).find(", ") != std::string_view::npos;
  if (closes) gap.remove_prefix(1);
  if (gap.find_first_of(",;:()") != std::string_view::npos) return false;
  std::string gap_lower;
  auto gap_words = words_of(gap, gap_lower);
  if (closes && gap_words.empty()) return false;  // "X, a unit of Y, established in 2021": whose start is not told
  std::size_t g = !closes && !gap_words.empty() && gap_words[0].text == "and" && gap_words.size() > 1 ? 1 : 0;
  for (; g < gap_words.size(); ++g)
    if (!words.finite_verbs.count(std::string(gap_words[g].text))) return false;
  return true;
}

// "has existed since": a perfect auxiliary and a creation word before the since-word at `k`.
bool existed_since(const std::vector<Word>& w, std::size_t k, const TemporalWords& words) {
  return k >= 2 && dating_text::perfect_auxiliary(w[k - 2].text) && words.creation_words.count(std::string(w[k - 1].text));
}

// ", which " or ", that " (or " that ") alone: a relative clause right after the unit's name.
bool own_relative_clause(std::string_view between) {
  return between == ", which " || between == ", that " || between == " that " || between == " which ";
}

// The same after the unit's place ("X's new range in Tartu, which opened in September"): " in " and
// capitalised words, then the relative word.
bool placed_relative_clause(std::string_view between) {
  if (!between.starts_with(" in ")) return false;
  std::size_t k = 4;
  while (k < between.size() && between[k] >= 'A' && between[k] <= 'Z') {
    std::size_t end = between.find_first_of(" ,", k);
    if (end == std::string_view::npos) return false;
    k = end;
    if (between.substr(k).starts_with(", ")) return own_relative_clause(between.substr(k));
    ++k;
  }
  return false;
}

}  // namespace

std::optional<Dating> creation_date(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                    std::size_t from, std::size_t to, const TemporalWords& words) {
  auto dates_it = [&](const TimeExpression& x) {
    return x.date && x.start >= from && (x.role == TimeRole::Point || x.role == TimeRole::Since);
  };
  // (most part_of edges have no such time: the sentence is not split into words for them)
  if (std::none_of(exprs.begin(), exprs.end(), dates_it)) return std::nullopt;
  std::optional<Dating> found;
  std::string lower;
  auto w = words_of(sentence, lower);
  auto is_creation = [&](std::size_t k) {  // the creation word ending at word k ("set up" ends at "up")
    if (words.creation_words.count(w[k].text)) return k;
    if (k > 0 && words.creation_words.count(std::string(w[k - 1].text) + " " + std::string(w[k].text))) return k - 1;
    return w.size();
  };
  for (const auto& x : exprs) {
    if (!dates_it(x)) continue;
    std::size_t k = 0;  // the first word of the time
    while (k < w.size() && w[k].start < x.start) ++k;
    std::optional<Dating> here;
    if (x.role == TimeRole::Since) {
      // "..., has been based in Tartu since its creation in 2023": after the match, in no relative clause of its own
      bool told = k + 2 < w.size() && words.since_event_openers.count(std::string(w[k + 1].text)) &&
                  is_creation(k + 2) == k + 2 && x.start >= to;
      std::string between;
      for (const auto& v : words_of(sentence.substr(to, x.start > to ? x.start - to : 0), between))
        told = told && !words.relative_words.count(std::string(v.text));
      if (told) here = Dating{x.date, {}};
      // "X, which has existed since 2020 and is led by Y", "X has existed since 2018 and is part of Y": the
      // unit's own perfect of a creation word (temporal.json creation_words) right before "since"
      if (!told && existed_since(w, k, words) && w[k - 2].start >= from &&
          (x.end <= to || verb_follows_match(sentence, from, to, w[k - 2].start, words) ||
           own_relative_clause(sentence.substr(std::min(to, w[k - 2].start), w[k - 2].start - std::min(to, w[k - 2].start)))))
        here = Dating{x.date, {}};
    } else {
      std::size_t last = k;  // the word before the time, a cue ("in") left out
      if (last > 0 && words.date_cues.count(std::string(w[last - 1].text))) --last;
      if (last == 0) continue;
      std::size_t verb = is_creation(last - 1);
      if (verb >= w.size() || w[verb].start < from) continue;
      // "X was established in 2022 and is subordinated to Y", "X, which opened in July and is run by Y"
      // "The centre, established in 2021, is part of Y": an aside opening with the verb after the unit's comma
      std::string_view before = sentence.substr(0, w[verb].start);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      bool aside = !before.empty() && before.back() == ',';
      bool inside = x.end <= to && verb > 0 &&
                    (words.finite_verbs.count(std::string(w[verb - 1].text)) || words.relative_words.count(std::string(w[verb - 1].text)) ||
                     subject_aside(sentence, from, w[verb].start, x.end) || aside);
      bool after_place = verb > 0 && w[verb - 1].end <= w[verb].start && w[verb].start > to &&
                         placed_relative_clause(sentence.substr(to, w[verb].start - to));
      if (inside || after_place || verb_follows_match(sentence, from, to, w[verb].start, words)) here = Dating{x.date, {}};
    }
    if (!here) continue;
    if (found && found->date != here->date) return std::nullopt;  // two creations: which is the unit's is not told
    found = here;
  }
  return found;
}

bool tie_existed_clause(std::string_view between, const TemporalWords& words) {
  if (between.find_first_of(";:()", 0) != std::string_view::npos) return false;
  std::string lower;
  auto w = words_of(between, lower);
  // "that has existed", "which has existed": nothing else between the tie and its time, but the
  // tie's noun after the match ("worked together in a partnership that has existed")
  std::size_t k = 0;
  if (w.size() == 6 && (w[0].text == "in" || w[0].text == "under" || w[0].text == "through") &&
      words.object_openers.count(std::string(w[1].text)))
    k = 3;
  return w.size() == k + 3 && (w[k].text == "that" || w[k].text == "which") &&
         dating_text::perfect_auxiliary(w[k + 1].text) && words.creation_words.count(std::string(w[k + 2].text));
}

bool ends_with_joining_verb(std::string_view text, const TemporalWords& words) {
  std::string lower;
  auto ws = words_of(text, lower);
  return !ws.empty() && words.joining_words.count(std::string(ws.back().text)) > 0;
}

std::optional<Dating> joining_aside_date(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                         std::size_t to, bool founding, const TemporalWords& words) {
  static constexpr std::string_view kPronouns[] = {"it", "they", "we", "he", "she"};
  std::string_view rest = sentence.substr(std::min(to, sentence.size()));
  if (rest.starts_with(" (")) {  // "the Pacific Alliance (PA), which ...": its acronym
    std::size_t close = rest.find(')');
    rest = close == std::string_view::npos ? std::string_view{} : rest.substr(close + 1);
  }
  if (!rest.starts_with(", ")) return std::nullopt;
  std::size_t offset = sentence.size() - rest.size();
  std::string lower;
  auto ws = words_of(rest, lower);
  auto phrase_at = [&](const WordSet& list, std::size_t k) -> std::size_t {  // words of a phrase of `list` at k
    for (std::size_t n = 3; n >= 1; --n) {
      if (k + n > ws.size()) continue;
      std::string p(ws[k].text);
      for (std::size_t j = 1; j < n; ++j) p += " " + std::string(ws[k + j].text);
      if (list.count(p)) return n;
    }
    return 0;
  };
  std::size_t k = 0, verb = 0;
  if (!ws.empty() && ws[0].text == "which") {
    k = 1;
    if (k >= ws.size() || std::find(std::begin(kPronouns), std::end(kPronouns), ws[k].text) == std::end(kPronouns))
      return std::nullopt;
    ++k;
    if (k < ws.size() && dating_text::perfect_auxiliary(ws[k].text)) ++k;
    verb = phrase_at(words.joining_words, k);
  } else if (founding && !ws.empty() && ws[0].text == "whose") {
    // "a founding member of the CSTO, whose treaty was signed in 1992": the founding act's signing
    constexpr std::size_t kReach = 5;
    for (std::size_t j = 1; j < ws.size() && j <= kReach && !verb; ++j)
      if (std::size_t n = ws[j].text == "signed" ? 1 : phrase_at(words.creation_words, j)) verb = n, k = j;
  } else if (founding) {  // "..., created in 2001": the body's creation, its founders' joining
    verb = phrase_at(words.creation_words, k);
  }
  if (!verb) return std::nullopt;
  return time_of_joining(exprs, sentence, offset + ws[k + verb - 1].end);
}

std::optional<Dating> time_of_joining(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                      std::size_t after) {
  for (const auto& x : exprs) {
    if (x.start < after || !x.date || (x.role != TimeRole::Point && x.role != TimeRole::Span)) continue;
    // the clause's own time: no other clause opens between ("; ", "which", "but")
    std::string_view between = sentence.substr(after, x.start - after);
    if (between.find_first_of(";:()") != std::string_view::npos || between.find(" which ") != std::string_view::npos ||
        between.find(" but ") != std::string_view::npos || between.find(" and has ") != std::string_view::npos)
      return std::nullopt;
    return Dating{x.date, {}};
  }
  return std::nullopt;
}

std::optional<Dating> held_aside_date(const std::vector<TimeExpression>& exprs, std::string_view sentence,
                                      std::size_t to, const TemporalWords& words) {
  std::string_view rest = sentence.substr(std::min(to, sentence.size()));
  if (!rest.starts_with(", ")) return std::nullopt;
  std::string lower;
  auto ws = words_of(rest, lower);
  std::size_t k = 0;
  if (k < ws.size() && ws[k].text == "which") ++k;
  if (k > 0 && k < ws.size() && (ws[k].text == "was" || ws[k].text == "were" || ws[k].text == "is")) ++k;
  if (k >= ws.size()) return std::nullopt;
  // the aside's verb tells the event's occurrence: one word ("held") or two ("took place")
  std::size_t verb_end = 0;
  if (words.occurrence_verbs.count(std::string(ws[k].text))) verb_end = ws[k].end;
  if (k + 1 < ws.size() &&
      words.occurrence_verbs.count(std::string(ws[k].text) + " " + std::string(ws[k + 1].text)))
    verb_end = ws[k + 1].end;
  if (!verb_end) return std::nullopt;
  std::size_t close = rest.find_first_of(",;", verb_end);  // the aside ends at the next comma
  if (close == std::string_view::npos) close = rest.size();
  for (const auto& x : exprs) {
    if (x.start < to + verb_end || !x.date || (x.role != TimeRole::Point && x.role != TimeRole::Span)) continue;
    if (x.end > to + close) return std::nullopt;
    return Dating{x.date, x.until};
  }
  return std::nullopt;
}

}  // namespace newsgraph::detail
