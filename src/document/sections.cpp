#include "document/sections.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "document/dateline.hpp"

namespace newsgraph::document_detail {
namespace {

bool same_words(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x >= 'A' && x <= 'Z' ? x | 32 : x) == (y >= 'A' && y <= 'Z' ? y | 32 : y);
         });
}

bool listed(std::string_view part, const MetadataWords& words) {
  return std::any_of(words.section_names.begin(), words.section_names.end(),
                     [&](const std::string& name) { return same_words(part, name); });
}

bool ends_with_word(std::string_view part, std::string_view word) {
  return part.size() > word.size() + 1 && part[part.size() - word.size() - 1] == ' ' &&
         same_words(part.substr(part.size() - word.size()), word);
}

// The parts of a head line between its separators (bars, breadcrumbs, slashes, dots, dashes).
std::vector<std::string_view> path_parts(std::string_view line, bool& crumbs) {
  static constexpr std::string_view kSeparators[] = {" | ", " > ", " / ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " - ",
                                                     " \xE2\x80\xBA ", " \xC2\xBB ", " \xE2\x80\x94 "};
  std::vector<std::string_view> parts;
  crumbs = false;
  while (!line.empty()) {
    std::size_t at = std::string_view::npos, width = 0;
    for (std::string_view sep : kSeparators) {
      std::size_t f = line.find(sep);
      if (f < at) at = f, width = sep.size();
    }
    for (std::string_view sep : {" > ", " \xE2\x80\xBA ", " \xC2\xBB "}) crumbs = crumbs || line.find(sep) != std::string_view::npos;
    parts.push_back(trim(line.substr(0, at)));
    if (at == std::string_view::npos) break;
    line = line.substr(at + width);
  }
  return parts;
}

// "Switzerland", "Port Louis": one or two capitalised words, no digit.
bool short_name(std::string_view part) {
  return !part.empty() && is_upper(part[0]) && std::count(part.begin(), part.end(), ' ') <= 1 &&
         std::none_of(part.begin(), part.end(), [](char c) { return is_digit(c) || c == ':' || c == ','; });
}

}  // namespace

bool section_part(std::string_view part, const MetadataWords& words) {
  part = trim(part);
  // "Section: Technology", "Topics: Cyber": a section's label, then its name
  if (std::size_t colon = part.find(": "); colon != std::string_view::npos && listed(part.substr(0, colon), words))
    part = trim(part.substr(colon + 2));
  if (part.empty() || part.size() > 40) return false;
  if (listed(part, words)) return true;
  // "English edition", "Policy & Security desk": an edition's or desk's word after a section's
  // name or one other word (not "Kyokuto Shimbun English Edition", an outlet's name)
  for (std::string_view word : {"edition", "service", "pages", "desk", "section"})
    if (ends_with_word(part, word)) {
      std::string_view rest = trim(part.substr(0, part.size() - word.size()));
      return rest.find(' ') == std::string_view::npos || section_part(rest, words);
    }
  for (std::string_view joint : {" & ", " and "})
    if (std::size_t at = part.find(joint); at != std::string_view::npos)
      return section_part(part.substr(0, at), words) && section_part(part.substr(at + joint.size()), words);
  return false;
}

bool section_path(std::string_view line, const MetadataWords& words, bool loose) {
  line = trim(line);
  if (line.empty() || line.size() > 100) return false;
  bool crumbs = false;
  // "Section: Technology / Region": the label belongs to the whole path
  if (std::size_t colon = line.find(": "); colon != std::string_view::npos && colon < 20 && listed(line.substr(0, colon), words))
    line = trim(line.substr(colon + 2));
  auto parts = path_parts(line, crumbs);
  if (crumbs && parts.size() > 1 && section_part(parts[0], words)) return true;
  std::size_t named = 0, others = 0;
  for (std::string_view part : parts) {
    if (section_part(part, words)) ++named;
    else if (loose && short_name(part)) ++others;
    else return false;
  }
  return named > 0 && others <= 1 && (others == 0 || parts.size() > 1);
}

// "The Desert Lamp, Zarqa": an outlet's name, then the city its writer files from
// (one or two capitalised words after the last comma); the outlet alone, else the part.
std::string_view outlet_before_city(std::string_view part) {
  std::size_t comma = part.rfind(", ");
  if (comma == std::string_view::npos || comma == 0) return part;
  std::string_view city = part.substr(comma + 2);
  if (city.empty() || !is_upper(city[0]) || std::count(city.begin(), city.end(), ' ') > 1 ||
      std::any_of(city.begin(), city.end(), [](char c) { return is_digit(c) || c == '.'; }))
    return part;
  return trim(part.substr(0, comma));
}

// A section's or outlet's name: no word starts lower case but a short
// linking one ("Defence and Security", "Cyber & Networks"); or a label of
// two words in sentence case ("Press release", "Joint statement").
bool section_like(std::string_view part) {
  if (part.empty() || part.size() > 60) return false;
  if (is_upper(part[0]) && std::count(part.begin(), part.end(), ' ') == 1 &&
      std::all_of(part.begin(), part.end(), [](char c) { return is_letter(c) || c == ' '; }))
    return true;
  for (std::size_t i = 0; i < part.size();) {
    if (!is_letter(part[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < part.size() && !is_space(part[j])) ++j;
    if (!is_upper(part[i]) && j - i > 3) return false;
    i = j;
  }
  return true;
}

// "Baltic Wire - English edition", "Harbour Shimbun English Edition": an
// outlet's masthead naming its edition; the outlet is the part before the
// edition's words.
std::string_view edition_outlet(const std::vector<std::string_view>& parts) {
  auto edition = [](std::string_view p) {
    constexpr std::string_view kWord = " edition";
    if (p.size() <= kWord.size() || p.size() > 60) return false;
    std::string_view tail = p.substr(p.size() - kWord.size());
    return std::equal(tail.begin(), tail.end(), kWord.begin(), [](char a, char b) { return (a | 32) == b; });
  };
  if (parts.empty() || parts.size() > 2 || !is_upper(parts[0][0]) || !section_like(parts[0])) return {};
  if (parts.size() == 2) return edition(" " + std::string(parts[1])) && std::count(parts[1].begin(), parts[1].end(), ' ') <= 2 ? parts[0] : std::string_view{};
  return edition(parts[0]) && std::count(parts[0].begin(), parts[0].end(), ' ') <= 4 ? parts[0] : std::string_view{};
}

}  // namespace newsgraph::document_detail
