#include "relate/dating.hpp"
#include "relate/dating_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <string>

#include "temporal/calendar.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {

using namespace dating_text;

// Whether `between` holds only words that link two times of one fact ("and again in").
bool only_linking_words(std::string_view between) {
  // (conjunctions, adverbs and prepositions of English: grammar, not a list a user extends)
  static constexpr std::string_view kLinks[] = {"and", "again", "then", "later", "once", "more", "also", "in", "on",
                                                "at", "from", "to", "until", "the", "a", "as", "well", "or"};
  bool only = true;
  std::string lower;
  for (const auto& w : words_of(between, lower))
    only = only && std::find(std::begin(kLinks), std::end(kLinks), w.text) != std::end(kLinks);
  return only;
}

bool refines(const Date& fine, const Date& coarse) {
  if (fine.precision() <= coarse.precision() || fine.year != coarse.year) return false;
  return !coarse.month || fine.month == coarse.month;
}

namespace {

// "Sweden, which joined NATO earlier this year, took part": a date inside a
// relative clause within the matched words belongs to that clause.
bool inside_relative_clause(std::string_view sentence, std::size_t from, std::size_t to, const TimeExpression& x) {
  if (x.start < from || x.end > to) return false;
  std::string_view before = sentence.substr(from, x.start - from);
  std::size_t comma = before.rfind(',');
  if (comma == std::string_view::npos) return false;
  std::string_view opener = before.substr(comma);
  bool relative = opener.starts_with(", which ") || opener.starts_with(", who ");
  // "Finland, admitted to NATO in 2023, attended": a participle opens the aside as "which was" would
  std::string_view first = opener.size() > 2 ? opener.substr(2, opener.find(' ', 2) - 2) : std::string_view{};
  // ("A and his counterpart, B, agreed on Monday": after a comma that closes an apposition
  // set off by another, the -ed word is the clause's own verb)
  bool apposition_closes = before.substr(0, comma).find(',') != std::string_view::npos;
  relative = relative || (!apposition_closes && first.size() > 4 && first.ends_with("ed") && first[0] >= 'a' && first[0] <= 'z');
  if (!relative) return false;
  std::string_view rest = sentence.substr(x.end, to - x.end);
  std::size_t comma_after = rest.find(',');
  if (comma_after == std::string_view::npos) return false;
  // "X, who on Monday held talks with the Minister of Y, Mr Z": one comma before a name
  // that ends the match sets the name off; the clause goes on to it
  if (comma_after == rest.rfind(',')) {
    std::string_view tail = rest.substr(comma_after + 1);
    bool lower = false;
    for (std::size_t k = 0; k < tail.size(); ++k)
      lower = lower || ((k == 0 || tail[k - 1] == ' ') && tail[k] >= 'a' && tail[k] <= 'z');
    if (!lower && opener.starts_with(", who ")) return false;
  }
  return true;
}

// "In October, X visited Y and met Z": a time that opens the sentence (at
// most a preposition before it, a comma after it) is said of every verb of
// its subject, a later conjunct's too; so does a timeline entry's date ("22 April - X
// visited Tokyo and met Y", "22 April: ...").
bool opens_sentence(std::string_view sentence, const TimeExpression& x) {
  std::string_view before = sentence.substr(0, x.start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  // "- 22 April - ...", "* 2023: ...": a list item's bullet is no word before it
  if (before == "-" || before == "*" || before == "+" || before == "\u2022") before = {};
  if (before.find(' ') != std::string_view::npos) return false;  // more than one word before it
  std::string_view after = sentence.substr(x.end);
  if (after.starts_with(",") || after.starts_with(":")) return true;
  return before.empty() && (after.starts_with(" - ") || after.starts_with(" -- "));
}

// "Born in Tartu in 1961, she joined ...", "Founded in 2005, the team joined ...": a
// sentence that opens with a participle (capitalised, -ed, or "Born") opens with an aside.
bool opening_participle(std::string_view sentence) {
  std::size_t end = sentence.find_first_of(" ,");
  std::string_view first = sentence.substr(0, end);
  if (first.size() < 4 || !(first[0] >= 'A' && first[0] <= 'Z')) return false;
  return first == "Born" || (first.ends_with("ed") && first.size() > 4);
}

// "X, which was launched in 2020, opened on Monday", "X, first held in 2016,
// began": a time closing an aside right before the words (a clause opener or
// "first" in it) is the aside's; one elsewhere in the clause is preferred.
bool closes_aside(std::string_view sentence, std::size_t from, const TimeExpression& x, const TemporalWords& words) {
  if (x.end > from) return false;
  std::string_view between = sentence.substr(x.end, from - x.end);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  if (between != ",") return false;
  std::size_t open = sentence.substr(0, x.start).rfind(',');
  if (open == std::string_view::npos) return opening_participle(sentence);
  std::string_view aside = sentence.substr(open, x.start - open);
  return aside.find(" first ") != std::string_view::npos || another_fact(aside, words);
}

// "officials said on Monday that Latvia joined X", "told reporters on Friday
// that": a time shortly after a saying word (the lexicon's saying_words; a few
// words, no punctuation between) with "that" after it tells when it was said,
// not when the reported fact was.
bool saying_time(std::string_view sentence, std::size_t from, const TimeExpression& x, const TemporalWords& words) {
  constexpr std::size_t kWordsBetween = 3;  // "told reporters on", "said in a statement"
  if (x.end > from) return false;
  std::string_view after = sentence.substr(x.end, from - x.end);
  while (!after.empty() && (after.front() == ' ' || after.front() == ',')) after.remove_prefix(1);
  if (!after.starts_with("that ")) return false;
  std::string lower;
  auto ws = words_of(sentence.substr(0, x.start), lower);
  for (std::size_t n = 0; n <= kWordsBetween && n < ws.size(); ++n) {
    const Word& w = ws[ws.size() - 1 - n];
    if (sentence.substr(w.end, x.start - w.end).find_first_of(",;:.") != std::string_view::npos) return false;
    if (words.saying_words.count(std::string(w.text))) return true;
  }
  return false;
}

}  // namespace

std::size_t since_cue_before(const TimeExpression& x, std::string_view sentence, std::size_t from,
                             const TemporalWords& words) {
  if (x.role != TimeRole::Since || x.start <= from) return x.start;
  // a since-time that starts with its cue ("since 2016") has none before it to look for
  std::string own;
  auto inside = words_of(sentence.substr(x.start, x.end - x.start), own);
  if (!inside.empty() && words.since_words.count(inside.front().text)) return x.start;
  std::string lower;
  auto before = words_of(sentence.substr(0, x.start), lower);
  for (auto w = before.rbegin(); w != before.rend() && w->start >= from; ++w) {
    if (!words.since_words.count(w->text)) continue;
    // "have cooperated since ...", "has been a member since ...": a state that lasts from
    // then, told in the perfect (not "the first held in Japan since the group was created")
    bool perfect = std::any_of(w + 1, before.rend(), [](const Word& v) { return perfect_auxiliary(v.text); });
    return perfect ? w->start : x.start;
  }
  return x.start;
}

// "took up the post of head of the centre, which sits within ASD, on 2 November": a
// relative clause set off by commas, closing right before a later time, is an aside;
// the words before it are what stands between the matched words and the time.
namespace {

std::string without_relative_aside(std::string_view between, const TemporalWords& words) {
  // (an aside opens after a comma: most stretches have none and need not be split into words)
  if (between.find(',') == std::string_view::npos) return std::string(between);
  std::string lower;
  auto w = words_of(between, lower);
  for (std::size_t k = 0; k < w.size(); ++k) {
    std::size_t comma = between.find_last_not_of(' ', w[k].start == 0 ? 0 : w[k].start - 1);
    if (w[k].start == 0 || comma == std::string_view::npos || between[comma] != ',') continue;
    if (!words.relative_words.count(w[k].text) || words.contrast_conjunctions.count(w[k].text)) return std::string(between);
    std::size_t close = between.find(',', w[k].end);
    // (the aside closes right before the time or its cue word, "on": "which has run it since,
    // with X only, in 2023" is not one)
    if (close == std::string_view::npos || between.find_first_of(";()", w[k].end) < close) return std::string(between);
    std::size_t rest = k + 1;
    while (rest < w.size() && w[rest].start < close) ++rest;
    if (w.size() - rest > 1 || (rest < w.size() && !words.date_cues.count(w[rest].text))) return std::string(between);
    return std::string(between.substr(0, comma)) + std::string(between.substr(close + 1));
  }
  return std::string(between);
}

// "hosted by X, a unit created in 2022 that answers to Y, and co-organised by Z": a time
// before the matched words inside an apposition (a comma, then "a", "an" or "the") that
// a clause opener (temporal.json clause_openers: "created", "which") turns into a
// statement of its own, closed by a later comma, is the apposition's.
bool closed_aside_before(std::string_view sentence, std::size_t from, const TimeExpression& x, const TemporalWords& words) {
  if (x.end > from) return false;
  std::size_t open = sentence.substr(0, x.start).find_last_of(",;:");
  if (open == std::string_view::npos || sentence[open] != ',' ||
      sentence.substr(x.end, from - x.end).find(',') == std::string_view::npos)
    return false;
  std::string_view aside = sentence.substr(open + 1, x.start - open - 1);
  if (!aside.starts_with(" a ") && !aside.starts_with(" an ") && !aside.starts_with(" the ")) return false;
  return another_fact(aside, words);
}

// '"In 2022 we learned the hard way," said the minister, who opened the exercise': a time
// inside a quotation the matched words stand outside of is the speaker's, not the match's.
bool quoted_apart(std::string_view sentence, std::size_t from, std::size_t to, const TimeExpression& x) {
  bool inside = false;
  std::size_t open = 0;
  for (std::size_t i = 0; i < x.start && i < sentence.size(); ++i) {
    bool straight = sentence[i] == '"';
    bool curly = sentence.compare(i, 3, "\xE2\x80\x9C") == 0 || sentence.compare(i, 3, "\xE2\x80\x9D") == 0;
    if (straight || curly) inside = curly ? sentence[i + 2] == '\x9C' : !inside, open = i;
  }
  if (!inside) return false;
  std::size_t close = sentence.find_first_of("\"", x.end);
  std::size_t curly_close = sentence.find("\xE2\x80\x9D", x.end);
  close = std::min(close, curly_close);
  if (close == std::string_view::npos) return false;
  return to <= open || from >= close;
}

}  // namespace

Dating date_near(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t from, std::size_t to,
                 bool conjunct, const TemporalWords& words) {
  const TimeExpression* best = nullptr;
  std::size_t best_distance = 0;
  bool best_aside = false;
  for (const auto& x : exprs) {
    if (!x.resolved() || (conjunct && x.end <= from && !opens_sentence(sentence, x))) continue;
    // After the matched words, only inside the same clause ("..., a hub established in 2008" is another fact).
    if (x.start >= to &&
        (another_fact(without_relative_aside(sentence.substr(to, since_cue_before(x, sentence, to, words) - to), words),
                      words) ||
         dating_text::second_predicate(sentence.substr(to, x.start - to), words)))
      continue;
    if (x.end <= from && contrast_between(sentence.substr(x.end, from - x.end), words)) continue;
    if (inside_relative_clause(sentence, from, to, x) || saying_time(sentence, from, x, words) ||
        closed_aside_before(sentence, from, x, words) || quoted_apart(sentence, from, to, x))
      continue;
    std::size_t d = x.end <= from ? from - x.end : x.start >= to ? x.start - to : 0;
    // "A has been a partner since 1995, and B and C have cooperated since 2022": a time of the
    // clause before ", and" yields to one of the match's own clause
    bool aside = closes_aside(sentence, from, x, words) || (x.end <= from && joined_clause_between(sentence, x.end, from, words)) ||
                 perfect_since_after(sentence, to, x);
    bool better = !best || (x.date && !best->date) ||
                  (bool(x.date) == bool(best->date) &&
                   (aside != best_aside ? best_aside : d < best_distance));
    if (better) best = &x, best_distance = d, best_aside = aside;
  }
  if (!best) return {};
  // "Cyber Shield 2024 from June 12 to June 13": a later date in the same
  // clause that says more about the same year (or month) is the one meant.
  for (const auto& x : exprs) {
    if (!x.date || !best->date || &x == best || !refines(*x.date, *best->date)) continue;
    std::size_t lo = std::min(best->end, x.end), hi = std::max(best->start, x.start);
    if (hi >= lo && another_fact(sentence.substr(lo, hi - lo), words)) continue;
    // "joined X last year and hosted a workshop in November": words between two times after the
    // matched words (not "This year, A played in X in June", which the match lies between) that
    // do more than link them tell another fact
    if (hi >= lo && lo >= to && !only_linking_words(sentence.substr(lo, hi - lo))) continue;
    if (x.start >= to && another_fact(sentence.substr(to, x.start - to), words)) continue;
    best = &x;
  }
  return {best->date, best->until};
}

std::optional<Dating> habit_since(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t to) {
  for (const auto& x : exprs)
    if (x.date && perfect_since_after(sentence, to, x)) return Dating{x.date, {}};
  return std::nullopt;
}

void repeated_dates(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t to,
                    std::vector<Dating>& dates, const TemporalWords& words) {
  const TimeExpression* previous = nullptr;
  for (const auto& x : exprs) {
    if (x.end <= to || !x.date || x.role != TimeRole::Point) continue;
    std::size_t from = previous ? previous->end : to;
    std::string_view between = sentence.substr(from, x.start - from);
    // "in 2021, 2022 and 2024": a comma lists the fact's times as "and" does
    bool listed = between.find(',') != std::string_view::npos && between.find_first_not_of(", ") == std::string_view::npos;
    if (previous && !listed && between.find("again") == std::string_view::npos &&
        between.find(" and ") == std::string_view::npos)
      break;
    // "joined X in 2019 and again in 2021", "hosted X in June and will host it again in 2027",
    // not "joined X last year and hosted a workshop in November": between two times of one
    // fact, only words that link them, or "again"
    if (previous && !only_linking_words(between) && between.find("again") == std::string_view::npos) break;
    // "in 2019 and Peru joined NATO in 2020": a name between starts another statement
    // (told first: it is cheaper than another_fact(), and either ends the dates)
    if (std::any_of(between.begin(), between.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) break;
    if (!previous && another_fact(between, words)) break;
    // "joined X in 2012, and a year later Bolivia joined it": a time read from another date that
    // opens a clause of a new subject (a name right after it) is that clause's, unless "again"
    if (x.relative && dating_text::opens_named_clause(sentence.substr(x.end)) && between.find("again") == std::string_view::npos) break;
    // "On the margins of Thursday's ceremony, A held talks with B, about a second exercise next
    // year": a time after the words that is not the fact's own starts no series of its times
    // unless linked to the fact ("..., and again in 2024")
    if (!previous && !dates.empty() && dates.front().date && dates.front().date != x.date &&
        !only_linking_words(between) && between.find("again") == std::string_view::npos)
      break;
    if (std::none_of(dates.begin(), dates.end(), [&](const Dating& d) { return d.date == x.date; }))
      dates.push_back({x.date, x.until});
    previous = &x;
  }
}

std::optional<Dating> gapped_date(const std::vector<TimeExpression>& exprs, std::string_view sentence, std::size_t after) {
  // "... and of the African CERT (AfricaCERT) since 2016": the name's short form in brackets is read past
  if (std::string_view rest = sentence.substr(std::min(after, sentence.size())); rest.starts_with(" (")) {
    std::size_t close = rest.find(')');
    if (close != std::string_view::npos && close < 40) after += close + 1;
  }
  for (const auto& x : exprs) {
    if (!x.date || x.start <= after) continue;
    std::string_view between = sentence.substr(after, x.start - after);
    // "... and of the Asia Pacific CERT (APCERT) since 2016": an acronym given after the name
    if (std::size_t close = between.find(')');
        between.starts_with(" (") && close != std::string_view::npos && close <= 14 &&
        between.substr(2, close - 2).find(' ') == std::string_view::npos)
      between.remove_prefix(close + 1);
    // "... and of the EU since 2007": the time expression starts at "since"
    bool since = x.role == TimeRole::Since && between == " ";
    if (x.role != TimeRole::Point && !since) continue;
    if (between != " " && between != " in " && between != " on ") continue;
    std::string_view rest = sentence.substr(x.end);
    bool ends_part = rest.empty() || rest[0] == ',' || rest[0] == '.' || rest[0] == ';' || rest.starts_with(" and ");
    if (ends_part) return Dating{x.date, {}};
  }
  return std::nullopt;
}

// (`visiting_verbs`: cues.json's, "visited", "was in")
std::optional<Dating> visit_date(const std::vector<std::string>& visiting_verbs, const std::vector<TimeExpression>& exprs,
                                 std::string_view sentence, std::size_t after) {
  // "B, who visited the base on Thursday, met C" (relative) or "B visited the base on Thursday
  // and met C" (coordinated: the meeting was during the visit, unless told in another tense)
  // (the auxiliaries of English tenses: grammar, not a list a user extends)
  static constexpr std::string_view kOtherTense[] = {"has ", "have ", "had ", "will ", "would ", "is ", "was "};
  std::string_view rest = sentence.substr(after);
  bool relative = rest.starts_with(", who ");
  // ("The minister, Ana Ruiz, visited ...": the comma closes an apposition before the verb)
  std::size_t verb = relative ? 6 : rest.starts_with(", ") ? 2 : rest.starts_with(" ") ? 1 : 0;
  if (verb == 0) return std::nullopt;
  rest.remove_prefix(verb);
  if (rest.starts_with("also ")) rest.remove_prefix(5);
  if (std::none_of(visiting_verbs.begin(), visiting_verbs.end(),
                   [&](const std::string& v) { return rest.starts_with(v) && rest.substr(v.size()).starts_with(' '); }))
    return std::nullopt;
  std::size_t close = relative ? sentence.find(',', after + 6) : sentence.find(" and ", after);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view next = sentence.substr(relative ? close : close + 5);
  if (!relative && std::any_of(std::begin(kOtherTense), std::end(kOtherTense), [&](std::string_view w) { return next.starts_with(w); }))
    return std::nullopt;
  for (const auto& x : exprs)
    if (x.date && x.role == TimeRole::Point && x.start > after && x.end <= close) return Dating{x.date, {}};
  return std::nullopt;
}

void NarrativeDate::observe(const std::vector<TimeExpression>& exprs, bool headline, const std::vector<int>& named,
                            std::vector<StatedFact> facts) {
  bool dated = std::any_of(exprs.begin(), exprs.end(), has_point);
  auto is_named = [&](int e) { return std::find(named_.begin(), named_.end(), e) != named_.end(); };
  if (dated && !headline) {
    for (const auto& x : exprs)
      if (has_point(x)) date_ = x.date;
    facts_ = std::move(facts);
    named_ = named;
    age_ = 0;
  } else {
    // a fact about what the dated sentence named goes on with the same story
    for (auto& f : facts)
      if ((f.date && f.date == date_) || is_named(f.source) || is_named(f.target)) facts_.push_back(f);
    ++age_;
  }
}

std::optional<Date> NarrativeDate::for_fact(EdgeType type, int source, int target) const {
  if (age_ > 1 || !date_) return std::nullopt;  // age_: undated sentences read since the dated one
  for (const auto& f : facts_)
    if (f.type == type && (f.target == target || f.source == source)) return date_;
  return std::nullopt;
}

namespace {

// "- Kenya and Rwanda have signed ...": "has" or "have" and a word in lower case among the
// first words of the story.
bool opens_in_perfect(std::string_view story) {
  constexpr std::size_t kWords = 8;
  std::string lower;
  auto w = words_of(story, lower);
  for (std::size_t k = 0; k + 1 < w.size() && k < kWords; ++k)
    if ((w[k].text == "has" || w[k].text == "have") && story[w[k + 1].start] >= 'a' && story[w[k + 1].start] <= 'z')
      return true;
  return false;
}

}  // namespace

std::size_t dateline_dash(const std::vector<TimeExpression>& exprs, std::string_view sentence) {
  constexpr std::size_t kPlaceBytes = 40, kAgencyBytes = 40;
  constexpr std::size_t npos = std::string_view::npos;
  if (exprs.empty() || sentence.size() < 4) return npos;
  std::size_t place_comma = sentence.find(',');
  if (place_comma == std::string_view::npos || place_comma > kPlaceBytes || place_comma < 2) return npos;
  const TimeExpression& first = exprs.front();
  // "NAIROBI, Kenya, Mar 12 -": the place's country or region after it, in title case
  std::size_t comma = first.start > 0 ? sentence.rfind(',', first.start - 1) : std::string_view::npos;
  if (comma == std::string_view::npos || comma > kPlaceBytes) return npos;
  // the place in capitals ("SINGAPORE", "NEW DELHI"), or in title case before a
  // full date written out ("Skopje, 21 October 2026 - ")
  bool full_date = first.date && first.date->day && !first.relative;
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  for (std::size_t i = 0; i < comma; ++i) {
    bool lower = sentence[i] >= 'a' && sentence[i] <= 'z';
    bool word_start = i == 0 || sentence[i - 1] == ' ';
    if (lower && (!(full_date || i > place_comma) || word_start)) return npos;
  }
  if (!upper(sentence[0]) || (!full_date && !upper(sentence[1]))) return npos;
  if (first.start <= comma || first.start > comma + 2) return npos;
  // then only an agency in brackets up to the dash
  std::size_t dash = std::string_view::npos;
  for (std::string_view d : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " -- "}) dash = std::min(dash, sentence.find(d, first.end));
  if (dash == std::string_view::npos || dash - first.end > kAgencyBytes) return npos;
  std::string_view between = sentence.substr(first.end, dash - first.end);
  std::size_t open = between.find('(');
  if (between.find_first_not_of(' ') != std::string_view::npos && (open == std::string_view::npos || between.back() != ')'))
    return npos;
  return dash;
}

void drop_dateline_times(std::vector<TimeExpression>& exprs, std::string_view sentence) {
  std::size_t dash = dateline_dash(exprs, sentence);
  if (dash == std::string_view::npos) return;
  // only when the story's words give a time of their own, or tell in the perfect ("NAIROBI,
  // Mar 12 - Kenya and Rwanda have signed a framework"): a time before the report's day
  if (std::none_of(exprs.begin(), exprs.end(), [&](const TimeExpression& x) { return x.start > dash; }) &&
      !opens_in_perfect(sentence.substr(dash)))
    return;
  exprs.erase(std::remove_if(exprs.begin(), exprs.end(), [&](const TimeExpression& x) { return x.end <= dash; }),
              exprs.end());
}

namespace {

// A word's bytes (ASCII letters and digits), as a table, each with its lower case (0: none).
constexpr std::array<char, 256> kWordLower = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c)
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) t[static_cast<std::size_t>(c)] = static_cast<char>(c);
    else if (c >= 'A' && c <= 'Z') t[static_cast<std::size_t>(c)] = static_cast<char>(c + 32);
  return t;
}();

}  // namespace

std::vector<Word> words_of(std::string_view s, std::string& lower) {
  lower.assign(s);
  std::vector<Word> out;
  // (room for a word per five bytes, news text's mean, at once: the words of a
  // sentence's prefix, asked many times a sentence, made the vector grow 3 or 4 times)
  out.reserve(lower.size() / 5 + 1);
  // One pass, lower-casing as the words are read: every capital is in a word.
  char* text = lower.data();
  const std::size_t n = lower.size();
  std::size_t i = 0;
  while (i < n) {
    if (!kWordLower[static_cast<unsigned char>(text[i])]) {
      ++i;
      continue;
    }
    std::size_t j = i;
    for (char c; j < n && (c = kWordLower[static_cast<unsigned char>(text[j])]) != 0; ++j) text[j] = c;
    out.push_back({std::string_view(lower).substr(i, j - i), i, j});
    i = j;
  }
  return out;
}

}  // namespace newsgraph::detail
