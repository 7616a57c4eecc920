// Metadata from the head of an article's text: its title line, its byline
// ("By Ana Lopez, The Harbour Post") and its dateline ("Nov. 27, 2023
// 8:00PM GMT+9 Updated ..."): the first date written at the start of a
// short line near the top, with the time zone that follows it.
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
namespace {

// Only the head of a document holds its byline and dateline.
constexpr std::size_t kHeadLines = 40;
constexpr std::size_t kHeadBytes = 8192;
constexpr std::size_t kMaxTitleBytes = 300;

}  // namespace

namespace {

// Where the first dash between words is ("TALLINN, 14 March 2024 - Estonia ...").
std::size_t first_dash(std::string_view line) {
  std::size_t dash = std::string_view::npos;
  for (std::string_view d : {" - ", " -- ", " \xE2\x80\x94", " \xE2\x80\x93 ", "\xE2\x80\x94 "})
    dash = std::min(dash, line.find(d));
  return dash;
}



// The agency a wire dateline names after its date ("TALLINN, May 3, 2024
// (Baltic Wire) - ..."): the outlet, when no byline or masthead named one.
void read_wire_agency(std::string_view rest, DocumentMeta& meta) {
  rest = rest.substr(0, first_dash(rest));
  std::size_t open = rest.find('('), close = rest.find(')');
  if (!meta.source.empty() || open == std::string_view::npos || close == std::string_view::npos || close < open + 3)
    return;
  std::string_view agency = trim(rest.substr(open + 1, close - open - 1));
  bool lower = std::any_of(agency.begin(), agency.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (lower && is_upper(agency[0]) && name_words(agency)) meta.source = std::string(agency);
}

// A live report's or a series' marker before its date: "Day 2" in "Day 2 |
// Wednesday, March 4, 2026", "Part 3:": a capitalised word and a small
// number. Returns what follows it (empty for a part that is only a marker),
// or `part` itself when it has none.
std::string_view skip_sequence_marker(std::string_view part) {
  std::size_t i = 0;
  while (i < part.size() && is_letter(part[i])) ++i;
  if (i < 3 || i > 12 || !is_upper(part[0]) || i + 1 >= part.size() || part[i] != ' ') return part;
  int number = 0;
  std::size_t n = digits_at(part, i + 1, number);
  std::size_t end = i + 1 + n;
  if (n == 0 || n > 3 || (end < part.size() && part[end] != ':')) return part;
  return trim(part.substr(end < part.size() ? end + 1 : end));
}

// Whether a date is the first thing `s` says (no place before it).
bool date_opens(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && !is_letter(s[i]) && !is_digit(s[i])) ++i;
  if (i < s.size() && is_digit(s[i])) return true;
  auto exprs = find_time_expressions(s, std::nullopt);
  return !exprs.empty() && exprs.front().start <= i;
}

// A dateline after names on the same line: "Anna Berg | March 14, 2024",
// "*Anna Berg, 14 March 2024*", "(Tallinn) 14 March 2024 --", "Updated: ...
// | Published: ...", and the wire dateline that opens a story ("TALLINN,
// 14 March 2024 - Estonia hosted ...", the story cut off at the dash).
bool read_dateline_after_names(std::string_view line, DocumentMeta& meta, const MetadataWords& words,
                               std::optional<Date>* updated_date, std::string* updated_zone) {
  bool story_cut = line.size() > kMaxDatelineBytes;  // a story follows the dash
  if (story_cut) {
    std::size_t dash = first_dash(line);
    if (dash > kMaxDatelineBytes / 2) return false;
    line = line.substr(0, dash);
  }
  auto parts = byline_parts(line);
  for (std::size_t p = 0; p < parts.size(); ++p) {
    std::string_view part = skip_sequence_marker(parts[p]);
    if (part.empty()) continue;
    bool updated = false;
    for (std::size_t from = 0;;) {  // names before a comma or a closing parenthesis
      std::string_view rest = trim(part.substr(from));
      DocumentMeta found;
      std::size_t date_end = 0;
      bool rest_updated = false;
      std::string_view dated = strip_lead(rest, rest_updated, words);
      if (rest_updated) {  // "Updated: May 4", "Ana Lopez, Updated May 4": an update, not the publication
        updated = true;
        part = rest;
        break;
      }
      if (!rest.empty() && read_date_words(dated, found.published, found.timezone, words, &date_end)) {
        if (!only_time_after(dated.substr(date_end), words)) return false;
        // "5 June 2017 - Valdora joins the alliance.": a timeline's entry (its
        // list marker gone with the markup), not a dateline, which names a place first
        if (p == 0 && from == 0 && date_opens(dated) && (story_cut || std::any_of(parts.begin() + 1, parts.end(), [&](std::string_view q) {
                                      return sentence_follows(q, words);
                                    })))
          return false;
        read_wire_agency(dated.substr(date_end), meta);
        meta.published = found.published;
        meta.timezone = found.timezone;
        return true;
      }
      // "12. nóvember 2026", "12. November 2026": a day with its dot, a month of another language
      if (!dated.empty() && is_digit(dated[0]) && read_foreign_dateline(dated, found, words)) {
        meta.published = found.published;
        return true;
      }
      std::size_t cut = part.find_first_of(",)", from);
      if (cut == std::string_view::npos || !name_words(part.substr(from, cut + 1 - from))) break;
      from = cut + 1;
    }
    if (updated) {
      read_dateline(part, meta, words, updated_date, updated_zone);
    } else if (!name_words(part) && !credit_by(part)) {
      return false;
    }
  }
  return false;
}

// The outlet's name above the headline ("THE HARBOUR POST", "Baltic Wire"):
// short, with no sentence in it, all capitals or ending in a word outlets
// are named with, or the source the byline names.
bool outlet_line(std::string_view line, const DocumentMeta& meta, const MetadataWords& lexicon_words) {
  if (line.size() > 60) return false;
  if (!meta.source.empty() && line.size() == meta.source.size() &&
      std::equal(line.begin(), line.end(), meta.source.begin(), [](char a, char b) { return (a | 32) == (b | 32); }))
    return true;
  int words = 1, letters = 0, upper = 0;
  for (char c : line) {
    words += c == ' ';
    letters += is_letter(c);
    upper += is_upper(c);
    if (c == ':' || c == ',' || c == '?' || c == '!') return false;
  }
  if (words > 5 || letters < 3) return false;
  if (upper == letters) return true;
  if (line.find(".com") != std::string_view::npos || line.find("www.") != std::string_view::npos) return true;
  std::size_t space = line.rfind(' ');
  std::string_view last = space == std::string_view::npos ? line : line.substr(space + 1);
  const auto& outlet_words = lexicon_words.outlet_words;
  return std::find(outlet_words.begin(), outlet_words.end(), last) != outlet_words.end();
}


// A line that is only an outlet's name in title case: "Harbour News",
// "The Valdora Courier"; not a line in capitals (a kicker, a subhead).
bool outlet_named_line(std::string_view line, const MetadataWords& lexicon_words) {
  if (line.size() > 40 || line.find(' ') == std::string_view::npos) return false;
  if (std::none_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  for (char c : line)
    if (!is_letter(c) && c != ' ' && c != '-') return false;
  std::size_t space = line.rfind(' ');
  std::string_view last = line.substr(space + 1);
  const auto& outlet_words = lexicon_words.outlet_words;
  return section_like(line) && std::find(outlet_words.begin(), outlet_words.end(), last) != outlet_words.end();
}

// "Cyber & Networks | Posted: 07 Oct 2026, 11:20 IST", "Reading time: 4 min | 3 Dec 2026": a section's name or a reading time,
// then a dateline after a bar; after a headline ("Chile joins the drill |
// Oct. 2, 2020") only a labelled one ("Posted: ..."); in a masthead with
// an issue's number ("Riga's weekly | No. 47 | Thursday, 19 November 2026") any.
bool read_dateline_after_bar(std::string_view line, DocumentMeta& meta, const MetadataWords& words,
                             std::optional<Date>* updated_date, std::string* updated_zone) {
  bool bar = line.find(" | ") != std::string_view::npos;
  // "Workshop deck · Version 3 — 2026.11.24": dotted parts only with an issue's or version's number
  if (!bar && line.find(" \xC2\xB7 ") == std::string_view::npos) return false;
  auto parts = byline_parts(line);
  bool sections = bar;  // the parts so far are names ("World", "Cyber & Networks"), not a headline's words
  bool masthead = std::any_of(parts.begin(), parts.end(), issue_marker);
  if (!bar && !masthead) return false;
  for (std::size_t p = 1; p < parts.size(); ++p) {
    sections = sections && (section_like(parts[p - 1]) || duration_part(parts[p - 1]));
    bool labelled = !leading_label(parts[p], words.date_labels).empty() ||
                    !leading_label(parts[p], words.other_date_labels).empty();
    if ((labelled || sections || masthead) && (read_dateline(parts[p], meta, words, updated_date, updated_zone) ||
                                               read_foreign_dateline(parts[p], meta, words)))
      return true;
    // "Obituaries | 7.11.26": a section's name, then the date alone
    if (sections && p + 1 == parts.size() && (meta.published = short_year_date(parts[p]))) return true;
  }
  return false;
}

// "Results page of the control group · Published on 30 October 2026 · Scores are final",
// "Ref.: 09/MIN - Status: approved - Circulated: 2026-09-22": a labelled date in one
// part of a head line of parts, whatever the other parts say (the label tells the date's).
bool read_labelled_part(std::string_view line, DocumentMeta& meta, const MetadataWords& words,
                        std::optional<Date>* updated_date, std::string* updated_zone) {
  auto parts = byline_parts(line);
  if (parts.size() < 2) return false;
  for (std::string_view part : parts) {
    if (leading_label(part, words.date_labels).empty() && leading_label(part, words.other_date_labels).empty()) continue;
    if (read_dateline(part, meta, words, updated_date, updated_zone)) return true;
  }
  return false;
}

// "published by the forum secretariat on 15 June 2026": a label of the form "<verb> on"
// ("Published on", "Released on") with its publisher put between; the date after " on ",
// when a few names' or small words stand between (no mark, no digit).
bool read_labelled_by(std::string_view rest, DocumentMeta& meta, const MetadataWords& words) {
  constexpr std::size_t kPublisherBytes = 60;
  for (const std::string& label : words.date_labels) {
    std::string_view verb(label);
    if (!verb.ends_with(" on") || verb.size() < 4) continue;
    verb.remove_suffix(3);
    if (rest.size() <= verb.size() + 4 || (rest[0] | 32) != (verb[0] | 32) || rest.substr(1, verb.size() - 1) != verb.substr(1) ||
        rest.substr(verb.size(), 4) != " by ")
      continue;
    std::size_t from = verb.size() + 4;
    std::size_t on = rest.find(" on ", from);
    if (on == std::string_view::npos || on - from > kPublisherBytes) return false;
    std::string_view publisher = rest.substr(from, on - from);
    if (std::any_of(publisher.begin(), publisher.end(), [](char c) { return is_digit(c) || c == ',' || c == ';' || c == '.'; }))
      return false;
    std::string_view dated = rest.substr(on + 4);
    dated = dated.substr(0, std::min(dated.find(". "), dated.find("; ")));  // the credits' next sentence is not read
    std::optional<Date> date;
    std::string zone;
    std::size_t end = 0;
    if (!read_date_words(dated, date, zone, words, &end) || !only_time_after(dated.substr(end), words)) return false;
    meta.published = date;
    meta.timezone = zone;
    return true;
  }
  return false;
}

// "*Compiled by A for the B Desk. Last revised: Fri 9 Oct 2026, 18:00 SGT.*":
// a labelled date closing a line of credits, after a sentence's full stop (or a
// semicolon: "Recorded in Gdansk on 11 June 2026; published by the secretariat on 15 June 2026."),
// or the labelled date a field's value opens with ("Description: Published 21-11-2026. ...").
bool read_date_after_sentence(std::string_view line, DocumentMeta& meta, const MetadataWords& words,
                              std::optional<Date>* updated_date, std::string* updated_zone) {
  if (line.size() > 2 * kMaxDatelineBytes) return false;
  auto next_stop = [&](std::size_t from) {
    return std::min({line.find(". ", from), line.find("; ", from), line.find(": ", from)});
  };
  for (std::size_t stop = next_stop(0); stop != std::string_view::npos; stop = next_stop(stop + 1)) {
    std::string_view rest = trim(line.substr(stop + 2));
    if (read_labelled_by(rest, meta, words)) return true;
    bool updated = false;
    std::string_view dated = strip_lead(rest, updated, words);
    // "Description: Published 21-11-2026. Reporter: ...": after a field's name the
    // labelled date is a sentence of its own, and more credits may follow it
    if (line[stop] == ':') dated = dated.substr(0, dated.find(". "));
    std::optional<Date> date;
    std::string zone;
    std::size_t end = 0;
    if (dated.size() == rest.size() || !read_date_words(dated, date, zone, words, &end) ||
        !only_time_after(dated.substr(end), words))
      continue;
    if (!updated) {
      meta.published = date;
      meta.timezone = zone;
      return true;
    }
    if (updated_date && !*updated_date) *updated_date = date, *updated_zone = zone;  // stands in when no publication date is given
    return false;
  }
  return false;
}


// "Ana Lopez | 3 May 2024", "Ana Lopez · Harbour News · Posted: ...": a
// dateline led by a person's name of two to four capitalised words (not a
// section's or outlet's name) names the writer.
void read_unlabelled_writer(std::string_view line, DocumentMeta& meta, const MetadataWords& words) {
  auto parts = byline_parts(line);
  if (parts.size() < 2) return;
  std::string_view name = parts[0];
  int count = 1 + static_cast<int>(std::count(name.begin(), name.end(), ' '));
  if (count < 2 || count > 4 || !name_words(name) || name.find(',') != std::string_view::npos) return;
  if (std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return;  // "PRESS RELEASE"
  for (std::size_t i = 0; i < name.size(); i = name.find(' ', i) + 1) {
    if (!is_upper(name[i]) && static_cast<unsigned char>(name[i]) < 0x80) return;
    if (name.find(' ', i) == std::string_view::npos) {
      std::string_view last = name.substr(i);
      const auto& outlet_words = words.outlet_words;
      if (std::find(outlet_words.begin(), outlet_words.end(), last) != outlet_words.end() || writer_title(last, words)) return;
      break;
    }
  }
  meta.author = std::string(name);
  if (meta.source.empty() && parts.size() > 2 && outlet_named_line(parts[1], words)) meta.source = std::string(parts[1]);
}

// "TECH & POLICY | WEST AFRICA": two topics joined by "&" open a section's kicker, no masthead.
bool topic_pair(std::string_view part) { return part.find(" & ") != part.npos && std::ranges::count(part, ' ') == 2; }

// The title among the first lines that are no byline or dateline, after an
// outlet's name; `masthead`: the dateline was a masthead's ("Riga's weekly |
// No. 47 | <date>"), after the outlet's name and before a kicker in capitals.
// `wire_source`: the source came from a wire dateline (a masthead wins over it).
// `in_story`: the heads come after a dateline that opened the story: crossheads, no masthead.
void choose_title(const std::vector<std::string_view>& heads, DocumentMeta& meta, const MetadataWords& words, bool masthead,
                  bool wire_source, bool in_story) {
  std::size_t t = 0;
  if (in_story) {
    meta.title = std::string(heads[0].substr(0, kMaxTitleBytes));
  } else if (masthead && outlet_line(heads[0], meta, words)) {
    if (meta.source.empty()) meta.source = std::string(heads[0]);
    t = 1;
    bool kicker = heads.size() > 2 && std::none_of(heads[1].begin(), heads[1].end(), [](char c) { return c >= 'a' && c <= 'z'; });
    t += kicker;
  } else if (section_path(heads[0], words)) {
    t = 1;  // "OPINION", "News > World > Defence": a kicker or a section path, no outlet
  } else if (heads.size() > 1 && (!outlet_line(heads[1], meta, words) || section_path(heads[1], words, true))) {
    // "Baltic Wire | Security", "Baltic Wire - English service": the outlet, then its section or edition
    auto parts = byline_parts(heads[0]);
    std::string_view edition = edition_outlet(parts);
    // "Kestrel Radio | News | Pacific": an outlet's name, then its sections
    if (edition.empty() && parts.size() > 1 && outlet_line(parts[0], meta, words) && !section_part(parts[0], words) &&
        std::all_of(parts.begin() + 1, parts.end(), [&](std::string_view p) { return section_part(p, words); }))
      edition = parts[0];
    // "NATO > News": a breadcrumb names the site by its first crumb; the rest are its sections
    bool crumbs = heads[0].find(" > ") != std::string_view::npos;
    std::string_view outlet = !edition.empty()                       ? edition
                              : crumbs                             ? (outlet_line(parts[0], meta, words) ? parts[0] : std::string_view{})
                              : outlet_line(heads[0], meta, words) ? heads[0]
                              : parts.size() > 1 && !topic_pair(parts[0]) && outlet_line(parts[0], meta, words) ? parts[0]
                                                                                         : std::string_view{};
    if (!outlet.empty()) {
      // an edition's masthead names the outlet more surely than a byline's comma ("By Jan Kos, Warsaw")
      if (meta.source.empty() || !edition.empty() || wire_source) meta.source = std::string(outlet);
      t = 1;
    } else if (parts.size() > 1 && topic_pair(parts[0])) t = 1;  // a section's kicker above the headline
  }
  if (in_story) return;
  // "NEWS | SECURITY", "English edition - Nuuk": the section line under the masthead, above the headline
  while (t + 1 < heads.size() && section_path(heads[t], words, true)) ++t;
  // "Ports test their plans\nHarbour News\nBy ...": the outlet's name under the headline
  if (t == 0 && heads.size() > 1 && meta.source.empty() && outlet_named_line(heads[1], words)) meta.source = std::string(heads[1]);
  if (t < heads.size()) meta.title = std::string(heads[t].substr(0, kMaxTitleBytes));
}

}  // namespace

// Words beside a dateline that name its author, place or agency ("Anna
// Berg", "TALLINN", "(Reuters)", "Staff Writer"), not a sentence:
// capitalised words and the small words inside names, no digits.
bool name_words(std::string_view s) {
  static constexpr std::string_view kInsideNames[] = {"and", "of", "the", "de", "da", "di", "van", "von", "der", "del",
                                                      "la", "le", "al", "bin", "for"};
  s = trim(s);
  if (s.empty() || s.size() > 60) return false;
  int count = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view word = s.substr(i, j - i);
    i = j + 1;
    while (!word.empty() && (word.front() == '(' || word.front() == '[')) word.remove_prefix(1);
    while (!word.empty() && (word.back() == ')' || word.back() == ']' || word.back() == ',' || word.back() == '.'))
      word.remove_suffix(1);
    if (word.empty()) continue;
    if (std::any_of(word.begin(), word.end(), is_digit)) return false;
    bool capital = is_upper(word[0]) || static_cast<unsigned char>(word[0]) >= 0x80;
    if (!capital && std::find(std::begin(kInsideNames), std::end(kInsideNames), word) == std::end(kInsideNames))
      return false;
    ++count;
  }
  return count >= 1 && count <= 8;
}

// After a dateline's date only its time, zone and agency may follow
// ("09:30 CET", "(Reuters)") up to the dash that starts the story: words of
// a sentence mean the date is the sentence's, not the article's.
bool only_time_after(std::string_view rest, const MetadataWords& words) {
  return every_word(rest.substr(0, first_dash(rest)),
                    [&](std::string_view word) { return is_upper(word[0]) || is_dateline_word(word, words); });
}

bool read_date_value(std::string_view value, std::optional<Date>& date, std::string& zone, const MetadataWords& words) {
  value = trim(value);
  std::size_t end = 0;
  if (auto d = numeric_date(value, 0, end)) {
    date = d;
    zone = zone_after_numeric(value.substr(end));
    return true;
  }
  return value.size() <= kMaxDatelineBytes && read_date_words(value, date, zone, words);
}

void extract_metadata(std::string_view text, DocumentFormat format, DocumentMeta& meta, const MetadataWords& words) {
  (void)format;
  std::size_t start = 0;
  bool byline_seen = false;
  bool date_seen = meta.published.has_value();
  bool title_given = !meta.title.empty();
  bool wire_source = false;  // the source a dateline gave: a masthead wins over it
  bool masthead = false;     // the dateline was an issue's masthead
  std::vector<std::string_view> heads;  // lines other than the byline and dateline: title candidates
  bool story_open = false;               // a dateline opened the story before any head
  std::optional<Date> updated;
  std::string updated_zone;
  std::size_t before = 0;  // the heads before the first byline or dateline (0: none was read)
  for (std::size_t n = 0; n < kHeadLines && start < text.size() && start < kHeadBytes; ++n) {
    std::size_t nl = text.find('\n', start);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view raw = text.substr(start, end - start);
    std::string_view line = trim(raw);
    start = end + 1;
    if (line.empty()) {
      --n;  // blank lines do not count
      continue;
    }
    // "- 5 June 2017 - X joins NATO": an item of a list or timeline, no dateline
    std::size_t lead = raw.find_first_not_of(" \t");
    bool list_item = lead != std::string_view::npos && lead + 1 < raw.size() && raw[lead + 1] == ' ' &&
                     (raw[lead] == '-' || raw[lead] == '*' || raw[lead] == '+');
    bool was_byline = false, was_dateline = false, had_source = !meta.source.empty();
    if (!byline_seen)
      byline_seen = was_byline = read_byline(line, meta, words, &updated, &updated_zone) ||
                                 read_byline_after_masthead(line, meta, words, &updated, &updated_zone);
    if (!date_seen && !list_item)
      // (a weekday that fits one order of a numeric date first: "Wednesday 12-02-2026" is 2 December)
      date_seen = was_dateline = (!was_byline && read_weekday_numeric_date(line, meta, words)) ||
                                 read_dateline(line, meta, words, &updated, &updated_zone) || read_parted_date(line, meta, words) ||
                                 (!was_byline && read_dateline_after_names(line, meta, words, &updated, &updated_zone)) ||
                                 (!was_byline && read_dateline_after_bar(line, meta, words, &updated, &updated_zone)) ||
                                 (!was_byline && read_labelled_part(line, meta, words, &updated, &updated_zone)) ||
                                 (!was_byline && read_foreign_dateline(line, meta, words)) ||
                                 (!was_byline && read_zoned_slash_date(line, meta, words)) ||
                                 (!was_byline && read_clocked_date_parts(line, meta, words)) ||
                                 (!was_byline && (read_cjk_date(line, meta) || read_dashed_foreign_date(line, meta, words))) ||
                                 (!was_byline && read_date_after_sentence(line, meta, words, &updated, &updated_zone)) ||
                                 (!was_byline && read_qualified_update(line, words, &updated, &updated_zone));
    wire_source = wire_source || (was_dateline && !was_byline && !had_source && !meta.source.empty());
    masthead = masthead || (was_dateline && std::ranges::any_of(byline_parts(line), issue_marker));
    if (was_dateline && !byline_seen && meta.author.empty()) read_unlabelled_writer(line, meta, words);
    // "RIGA, 4 May 2025 - Latvia hosted ... on Friday.": the dateline opens the story
    story_open = story_open || (was_dateline && heads.empty() && (line.back() == '.' || line.back() == '"'));
    if ((was_byline || was_dateline) && before == 0) before = heads.size();
    if (!was_byline && !was_dateline && heads.size() < 3) heads.push_back(line);
    if (byline_seen && date_seen) break;
    if (nl == std::string_view::npos) break;
  }
  std::optional<Date> edited;
  if (!meta.published && !updated) read_dtg_stamp(text.substr(0, std::min(start, text.size())), meta, words);
  if (!meta.published && !updated) read_edition_span(text.substr(0, std::min(start, text.size())), meta);
  if (!meta.published && !updated) read_closing_dateline(text, meta, words, edited);
  if (!meta.published && !updated) read_yearless_wire_dateline(text, kHeadBytes, meta);
  if (!meta.published && !updated) read_ambiguous_slash_date(text, kHeadBytes, kHeadLines, meta, words);
  if (!meta.published && !updated) updated = edited;
  if (!meta.published && updated) {
    meta.published = updated;
    meta.timezone = updated_zone;
  }
  if (!title_given && !heads.empty()) choose_title(heads, meta, words, masthead, wire_source, story_open);
  if (!title_given && !story_open) headline_under_masthead(heads, before, meta, words);
}


}  // namespace newsgraph::document_detail
