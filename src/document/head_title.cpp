// The headline of an article whose outlet prints more than its name above it: a motto
// under the masthead ("Serving the valley since 1987", "The voice of the coast"), or the
// masthead's date line before the headline ("O Correio do Planalto / 04 DEZ 2026 /
// <headline>"); and the date of a weekend's or a week's edition ("5-6 December 2026")
// (dateline.hpp).
#include <algorithm>

#include "document/dateline.hpp"
#include "document/sections.hpp"
#include "temporal/calendar.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph::document_detail {
namespace {

std::size_t word_count(std::string_view line) { return 1 + static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')); }

bool sentence_end(std::string_view line) {
  return !line.empty() && (line.back() == '.' || line.back() == '"' || line.back() == ':' || line.back() == ',');
}

// An outlet's name: a few words, none of them a long one in lower case ("O Correio do
// Planalto", "Svenska Kuriren", "THE VALLEY CLARION"), no digit, no mark of a sentence.
bool masthead_name(std::string_view line) {
  constexpr std::size_t kMaxWords = 5;
  if (line.empty() || line.size() > 60 || word_count(line) > kMaxWords || sentence_end(line)) return false;
  if (std::any_of(line.begin(), line.end(), [](char c) { return is_digit(c) || c == ':' || c == '|' || c == '?' || c == '!'; }))
    return false;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t j = line.find(' ', i);
    if (j == std::string_view::npos) j = line.size();
    if (j - i > 3 && !is_upper(line[i]) && static_cast<unsigned char>(line[i]) < 0x80) return false;
    i = j + 1;
  }
  return true;
}

// A headline: a few words at least, no sentence's closing mark, shorter than a standfirst,
// no parts of a line of fields ("Split, Croatia | 11-13 May 2027", "Vol. 12    NAIROBI").
bool headline_like(std::string_view line) {
  constexpr std::size_t kMinWords = 3, kMaxBytes = 100;
  return line.size() <= kMaxBytes && word_count(line) >= kMinWords && !sentence_end(line) &&
         line.find('|') == std::string_view::npos && line.find("  ") == std::string_view::npos &&
         line.find(". ") == std::string_view::npos;
}

}  // namespace

void headline_under_masthead(const std::vector<std::string_view>& heads, std::size_t before, DocumentMeta& meta,
                             const MetadataWords& words) {
  if (heads.empty() || before == 0 || before > heads.size()) return;
  auto at = std::find_if(heads.begin(), heads.end(), [&](std::string_view h) { return h == meta.title; });
  if (at == heads.end()) return;
  std::size_t t = static_cast<std::size_t>(at - heads.begin());
  // "VIDEO (2 min 14)", "Listen: 3 min 40 s": a player's length is no headline
  if (t + 1 < heads.size() && duration_part(heads[t]) && headline_like(heads[t + 1])) {
    meta.title = std::string(heads[t + 1]);
    return;
  }
  std::size_t c = t;
  if (before >= 2 && t + 1 < before) {
    c = before - 1;  // the masthead, a motto or a kicker, then the headline right above the byline or date
  } else if (before == 1 && t == 0 && heads.size() >= 2) {
    c = 1;  // the masthead, its date line, then the headline
  }
  // (a motto or a kicker is shorter than the headline under it; a standfirst is longer)
  // (a kicker, "PROFILE", "Home / Security", is no masthead: the headline under it is the title already)
  // (before its date line a masthead may be a paper's motto of its own: "O semanário dos negócios")
  bool masthead = before == 1 ? heads[0].size() <= 60 && word_count(heads[0]) <= 6 && !sentence_end(heads[0]) &&
                                    std::none_of(heads[0].begin(), heads[0].end(), is_digit)
                              : masthead_name(heads[0]);
  if (c == t || !masthead || section_path(heads[0], words) || !headline_like(heads[c]) || heads[c].size() <= heads[t].size() ||
      section_path(heads[c], words, true))
    return;
  meta.title = std::string(heads[c]);
}

bool read_edition_span(std::string_view head, DocumentMeta& meta) {
  constexpr std::size_t kMaxBytes = 80, kMaxPrefix = 30;
  constexpr long kMaxDays = 7;  // a weekend's or a week's edition
  for (std::size_t start = 0; start < head.size();) {
    std::size_t nl = head.find('\n', start);
    std::string_view line = trim(head.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
    start = nl == std::string_view::npos ? head.size() : nl + 1;
    if (line.empty() || line.size() > kMaxBytes) continue;
    auto exprs = find_time_expressions(line, std::nullopt);
    if (exprs.empty()) continue;
    const TimeExpression& e = exprs.front();
    if (e.role != TimeRole::Span || !e.date || !e.until || e.date->precision() != DatePrecision::Day ||
        e.until->precision() != DatePrecision::Day || e.start > kMaxPrefix)
      continue;
    std::string_view prefix = line.substr(0, e.start), rest = line.substr(e.end);
    // "Weekend edition | ", "Week of ": a few words, no number; only a time or a zone after the span
    if (std::any_of(prefix.begin(), prefix.end(), is_digit) || !every_word(rest, [](std::string_view w) { return is_upper(w[0]); }))
      continue;
    long days = days_from_civil(e.until->year, e.until->month, e.until->day) - days_from_civil(e.date->year, e.date->month, e.date->day);
    if (days < 1 || days > kMaxDays) continue;
    meta.published = e.date;
    return true;
  }
  return false;
}

}  // namespace newsgraph::document_detail
