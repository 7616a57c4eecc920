// Shapes of a publication date line that mastheads and broadcasters write
// beside the usual ones (dateline.hpp): a year of two digits after an
// apostrophe ("4 Mar '27") and a date whose weekday, month, day and year
// stand in parts of their own ("THU | MAR 4 | 2027").
#include <algorithm>

#include "document/dateline.hpp"
#include "temporal/words.hpp"

namespace newsgraph::document_detail {
namespace {

// How many bytes an apostrophe's two-digit year takes at `i` ("'27", "\u201927"),
// after a space or the line's start and before no digit or letter; else 0.
std::size_t apostrophe_year_at(std::string_view s, std::size_t i) {
  std::size_t mark = s.compare(i, 1, "'") == 0 ? 1 : s.compare(i, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
  if (mark == 0 || (i > 0 && !is_space(s[i - 1]))) return 0;
  std::size_t d = i + mark;
  if (d + 2 > s.size() || !is_digit(s[d]) || !is_digit(s[d + 1])) return 0;
  if (d + 2 < s.size() && (is_digit(s[d + 2]) || is_letter(s[d + 2]))) return 0;
  return mark + 2;
}

// The parts of a masthead's date line: between bars, slashes, middle dots, bullets and dashes
// ("ISSUE No. 48 \u2014 DECEMBER 3, 2026"); empty parts left out.
std::vector<std::string_view> masthead_parts(std::string_view line) {
  // (the reader writes dashes as " - ")
  static constexpr std::string_view kSeparators[] = {"|", "/", "\xC2\xB7", "\xE2\x80\xA2", " - ", "\xE2\x80\x94", "\xE2\x80\x93"};
  std::vector<std::string_view> parts;
  while (true) {
    std::size_t at = std::string_view::npos, width = 0;
    for (std::string_view sep : kSeparators)
      if (std::size_t f = line.find(sep); f < at) at = f, width = sep.size();
    if (std::string_view part = trim(line.substr(0, at)); !part.empty()) parts.push_back(part);
    if (at == std::string_view::npos) return parts;
    line = line.substr(at + width);
  }
}

// "Vol. XII No. 48", "ISSUE No. 48", "Volume 3, Issue 12": a volume's or issue's words (any case)
// and their numbers, in Arabic or Roman numerals; at least one word and one number.
bool volume_and_issue(std::string_view part) {
  static constexpr std::string_view kWords[] = {"vol", "volume", "issue", "no", "number", "edition"};
  bool word = false, number = false, other = false;
  for (std::size_t i = 0; i < part.size();) {
    if (!is_letter(part[i]) && !is_digit(part[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < part.size() && (is_letter(part[j]) || is_digit(part[j]))) ++j;
    std::string lower(part.substr(i, j - i));
    for (char& c : lower) c = is_upper(c) ? static_cast<char>(c + 32) : c;
    bool roman = lower.find_first_not_of("ivxlc") == std::string::npos;
    bool digits = lower.find_first_not_of("0123456789") == std::string::npos;
    bool label = std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
    word |= label, number |= (digits || roman) && !label, other |= !label && !digits && !roman;
    i = j;
  }
  return word && number && !other;
}

// What the date parts of a line have given so far.
struct PartedDate {
  int weekday = -1, month = 0, day = 0, year = 0;
};

// Reads one part's words into `found`: weekdays, months ("MAR", "March"), a day
// ("4", "4th"), a year ("2027", "'27"). False for a word of any other kind or a
// second word of one kind.
bool read_date_part(std::string_view part, PartedDate& found) {
  const auto& temporal = default_temporal_words();
  bool any = false;
  for (std::size_t i = 0; i < part.size();) {
    char c = part[i];
    if (c == '.' || c == ',' || c == '(' || c == ')' || is_space(c)) {
      ++i;
      continue;
    }
    if (std::size_t n = apostrophe_year_at(part, i)) {
      if (found.year) return false;
      found.year = 2000 + (part[i + n - 2] - '0') * 10 + (part[i + n - 1] - '0');
      i += n, any = true;
      continue;
    }
    std::size_t j = i;
    if (is_digit(c)) {
      int value = 0;
      j += digits_at(part, i, value);
      std::size_t digits = j - i;
      std::string_view suffix = part.substr(j, 2);  // "4th", "1st"
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") j += 2;
      if (j < part.size() && (is_letter(part[j]) || part[j] == ':')) return false;
      if (digits == 4 && value >= 1900 && value <= 2199 && j == i + 4 && !found.year) found.year = value;
      else if (digits <= 2 && value >= 1 && value <= 31 && !found.day) found.day = value;
      else return false;
    } else if (is_letter(c)) {
      while (j < part.size() && is_letter(part[j])) ++j;
      std::string_view word = part.substr(i, j - i);
      int month = temporal.month_of(word), weekday = temporal.weekday_of(word);
      if (month && !found.month) found.month = month;
      else if (weekday >= 0 && found.weekday < 0) found.weekday = weekday;
      else return false;
    } else {
      return false;
    }
    i = j, any = true;
  }
  return any;
}

// "11:30 EAT", "5:40 PM ChST": a part that is a time, maybe with its zone.
bool time_part(std::string_view part, std::string& zone) {
  std::size_t colon = part.find(':');
  if (part.empty() || !is_digit(part[0]) || colon == std::string_view::npos || colon > 2) return false;
  zone = zone_after_numeric(part);
  return every_word(part, [](std::string_view w) { return is_upper(w[0]) || w == "am" || w == "pm" || w == "a.m" || w == "p.m"; });
}

}  // namespace

std::string with_full_years(std::string_view line, std::vector<std::size_t>& at) {
  std::string out;
  at.clear();
  for (std::size_t i = 0; i < line.size();) {
    if (std::size_t n = apostrophe_year_at(line, i)) {
      at.push_back(out.size());
      out += "20";
      out += line.substr(i + n - 2, 2);
      i += n;
    } else {
      out += line[i++];
    }
  }
  return out;
}

std::size_t original_offset(std::size_t offset, const std::vector<std::size_t>& at, std::string_view line) {
  std::size_t shift = 0;  // bytes the original has more than the copy before `offset`
  std::size_t k = 0;
  for (std::size_t i = 0; i < line.size() && k < at.size();) {
    if (std::size_t n = apostrophe_year_at(line, i)) {
      if (at[k] >= offset) break;
      shift += n;
      shift -= 4;
      i += n, ++k;
    } else {
      ++i;
    }
  }
  return std::min(offset + shift, line.size());
}

bool credit_by(std::string_view part) {
  constexpr int kMaxNameWords = 5;
  std::size_t by = part.find(" by ");
  if (by == std::string_view::npos || by < 3 || !is_upper(part[0])) return false;
  std::string_view kind = part.substr(0, by), name = part.substr(by + 4);
  if (!std::all_of(kind.begin(), kind.end(), is_letter)) return false;
  int count = 0;
  for (std::size_t i = 0; i < name.size(); i = name.find(' ', i) == std::string_view::npos ? name.size() : name.find(' ', i) + 1) {
    if (!is_upper(name[i]) && static_cast<unsigned char>(name[i]) < 0x80) return false;
    ++count;
  }
  return count >= 2 && count <= kMaxNameWords && std::none_of(name.begin(), name.end(), is_digit);
}

bool read_parted_date(std::string_view line, DocumentMeta& meta, const MetadataWords& words) {
  (void)words;
  constexpr std::size_t kMaxBytes = 100;
  if (line.size() > kMaxBytes) return false;
  auto parts = masthead_parts(line);
  // "THU. MAR 4. 2027": dots after the parts may stand for the bars
  bool dotted = line.find(". ") != std::string_view::npos;
  if (parts.size() < 2 && !dotted) return false;
  PartedDate found;
  std::string zone;
  std::size_t p = 0;
  // "Volume 12 · Issue 33 · THU · MAR 4 · 2027": an issue's number may come first
  while (p + 1 < parts.size() && (issue_marker(parts[p]) || volume_and_issue(parts[p]))) ++p;
  std::size_t date_parts = 0;
  for (; p < parts.size(); ++p, ++date_parts) {
    PartedDate before = found;
    if (!read_date_part(parts[p], found)) {
      found = before;
      break;
    }
  }
  // a time and its zone may follow the date
  if (p < parts.size() && time_part(parts[p], zone)) ++p;
  if (p != parts.size() || (date_parts < 2 && !dotted) || !found.month || !found.day || !found.year) return false;
  if (found.day > days_in_month(found.year, found.month)) return false;
  Date date{found.year, found.month, found.day};
  if (found.weekday >= 0 && found.weekday != weekday_of(date)) return false;
  meta.published = date;
  meta.timezone = zone;
  return true;
}

}  // namespace newsgraph::document_detail
