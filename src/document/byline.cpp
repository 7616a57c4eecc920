// Bylines: "By Ana Lopez, The Harbour Post | May 3, 2024", "Pacific affairs reporter Ana
// Lopez", "Baltic Wire · Explainers · By Ana Lopez, Tallinn": the writer, the outlet and a
// date written beside them (read by extract_metadata, metadata.cpp).
#include <algorithm>
#include <string>
#include <vector>

#include "document/dateline.hpp"
#include "document/metadata_words.hpp"
#include "document/sections.hpp"
#include "document/text_builder.hpp"
#include "temporal/calendar.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph::document_detail {

// The parts of a byline: "Ana Lopez, The Harbour Post | May 3, 2024".
std::vector<std::string_view> byline_parts(std::string_view line) {
  static constexpr std::string_view kSeparators[] = {" - ", " | ", " / ", " > ", " \xC2\xB7 ", " \xE2\x80\xA2 ",
                                                     " \xE2\x80\x94 ", " \xE2\x80\x93 "};
  std::vector<std::string_view> parts;
  while (!line.empty()) {
    std::size_t at = std::string_view::npos, width = 0;
    for (std::string_view sep : kSeparators) {
      std::size_t f = line.find(sep);
      if (f < at) at = f, width = sep.size();
    }
    parts.push_back(trim(line.substr(0, at)));
    if (at == std::string_view::npos) break;
    line = line.substr(at + width);
  }
  return parts;
}

namespace {

bool name_like(std::string_view s) { return !s.empty() && s.size() <= 80 && is_upper(s[0]); }

}  // namespace

// "Senior Correspondent", "DEFENCE EDITOR": the writer's title after the name, no outlet.
bool writer_title(std::string_view s, const MetadataWords& words) {
  std::size_t space = s.rfind(' ');
  std::string_view last = space == std::string_view::npos ? s : s.substr(space + 1);
  return std::any_of(words.byline_titles.begin(), words.byline_titles.end(), [&](const std::string& t) {
    return t.size() == last.size() &&
           std::equal(t.begin(), t.end(), last.begin(), [](char a, char b) { return (a | 32) == (b | 32); });
  });
}

namespace {

// "Pacific affairs reporter Ana Lopez", "our correspondent Jan Kos": the
// writer's title before the name, up to four words ending in a title word,
// left out. The name after it must start with a capital.
std::string_view skip_title_before_name(std::string_view s, const MetadataWords& words) {
  std::size_t at = 0;
  for (int n = 0; n < 4; ++n) {
    std::size_t space = s.find(' ', at);
    if (space == std::string_view::npos) return s;
    std::string_view word = s.substr(at, space - at);
    at = space + 1;
    if (at < s.size() && is_upper(s[at]) && word.size() > 3 && writer_title(word, words) && (word[0] | 32) == word[0])
      return s.substr(at);
  }
  return s;
}

// "Ana Kaitu 27 November 2026": a byline's name (two words or more) and its date with no mark
// between (an HTML page's spans side by side): the name; the date in `date`.
std::string_view name_before_date(std::string_view part, std::optional<Date>& date, std::string& zone,
                                  const MetadataWords& words) {
  std::size_t second = std::ranges::any_of(part, is_digit) ? part.find(' ') : std::string_view::npos;
  for (std::size_t sp = part.find(' ', second + 1); second != std::string_view::npos && sp != std::string_view::npos;
       sp = part.find(' ', sp + 1)) {
    std::string_view rest = trim(part.substr(sp + 1));
    std::size_t end = 0;
    if (!rest.empty() && read_date_words(rest, date, zone, words, &end) && only_time_after(rest.substr(end), words))
      return trim(part.substr(0, sp));
    date.reset();
  }
  return part;
}

}  // namespace

// "By Ana Lopez, The Harbour Post - Mar. 4, 2024 9:00AM GMT-3", "By Jan Kos | Sea News | May 3, 2024",
// "Written by Ana Lopez on May 3, 2024"
// `updated_date`: an update's date on the byline's line ("By A | Updated: ..."),
// which stands in when no publication date is written.
bool read_byline(std::string_view line, DocumentMeta& meta, const MetadataWords& lexicon_words,
                 std::optional<Date>* updated_date, std::string* updated_zone) {
  std::string_view label = leading_label(line, lexicon_words.byline_labels);
  if (label.empty()) return false;
  auto parts = byline_parts(trim(line.substr(label.size())));
  std::string_view first = skip_title_before_name(parts.front(), lexicon_words);
  std::optional<Date> date_on;  // "... on May 3, 2024" after the name
  std::string zone_on;
  std::size_t on = first.find(" on ");
  bool on_date = on != std::string_view::npos && read_date_words(first.substr(on + 1), date_on, zone_on, lexicon_words);
  first = on_date ? first.substr(0, on) : name_before_date(first, date_on, zone_on, lexicon_words);
  first = first.substr(0, first.find(';'));  // "A; editing by B": B edited
  std::size_t comma = first.find(',');
  std::string_view author = trim(first.substr(0, comma));
  // "Reporting by Ana Ruiz in Pokhara": where the writer filed from is no part of the name
  if (std::size_t in = author.find(" in "); in != std::string_view::npos && in + 4 < author.size() && is_upper(author[in + 4]))
    author = author.substr(0, in);
  std::string_view source = comma == std::string_view::npos ? std::string_view{} : trim(first.substr(comma + 1));
  // "By A, Defence Editor, in Maseru": where the writer files from is no part of the outlet
  if (std::size_t in = source.find(" in "); in != std::string_view::npos && in + 4 < source.size() && is_upper(source[in + 4]))
    source = trim(source.substr(0, in));
  while (!source.empty() && source.back() == ',') source.remove_suffix(1);
  if (!name_like(author)) return false;
  int words = 1;
  for (char c : author) words += c == ' ';
  if (words > 8) return false;
  if (meta.author.empty()) meta.author = std::string(author);
  bool dated = meta.published.has_value();
  if (!dated && date_on) {
    meta.published = date_on;
    meta.timezone = zone_on;
    dated = true;
  }
  // "Reporter: A | Editor: B", "Source: C", "Translated from Arabic by B": another credit, no outlet
  auto labelled_credit = [](std::string_view part) {
    std::size_t colon = part.find(':');
    return (colon != std::string_view::npos && part.substr(0, colon).find(' ') == std::string_view::npos) ||
           part.find(" by ") != std::string_view::npos;
  };
  auto source_or_date = [&](std::string_view part) {
    if (!dated && read_dateline(part, meta, lexicon_words, updated_date, updated_zone)) {
      dated = true;
      return;
    }
    part = outlet_before_city(part);
    if (meta.source.empty() && !labelled_credit(part) && name_like(part) && !std::any_of(part.begin(), part.end(), is_digit) &&
               !writer_title(part, lexicon_words)) {
      std::optional<Date> unused;
      std::string zone;
      if (!read_date_words(part, unused, zone, lexicon_words)) meta.source = std::string(part);
    }
  };
  if (!source.empty()) source_or_date(source);
  for (std::size_t i = 1; i < parts.size(); ++i) source_or_date(parts[i]);
  return true;
}

// "Baltic Wire · Explainers · By Ana Lopez, Tallinn": the outlet and a section or two
// before the byline's label; the outlet's name (capitalised words, no digit) is the source.
bool read_byline_after_masthead(std::string_view line, DocumentMeta& meta, const MetadataWords& lexicon_words,
                                std::optional<Date>* updated_date, std::string* updated_zone) {
  auto parts = byline_parts(line);
  if (parts.size() < 2 || !name_words(parts[0])) return false;
  // "PRODUCER: A | REPORTER: B": a credit with its one-word label is no outlet's masthead
  std::size_t colon = parts[0].find(':');
  bool credit = colon != std::string_view::npos && parts[0].substr(0, colon).find(' ') == std::string_view::npos;
  for (std::size_t i = 1; i < parts.size() && i < 4; ++i) {
    if (leading_label(parts[i], lexicon_words.byline_labels).empty()) continue;
    std::string kept = meta.source;
    if (meta.source.empty() && !credit) meta.source = std::string(parts[0]);
    if (read_byline(line.substr(static_cast<std::size_t>(parts[i].data() - line.data())), meta, lexicon_words, updated_date,
                    updated_zone))
      return true;
    meta.source = kept;
    return false;
  }
  return false;
}

}  // namespace newsgraph::document_detail
