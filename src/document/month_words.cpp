// The month words of datelines in other languages (the lexicon's
// dateline_months), full or abbreviated as mastheads print them: "décembre",
// "DEZ", "dic.", "FÉVR." (dateline.hpp).
#include <string>

#include "document/dateline.hpp"

namespace newsgraph::document_detail {
namespace {

// `s` in lower case: ASCII letters, and the capitals of Latin-1 ("É", "Ç")
// and of Latin Extended-A ("Ş", "Ł", "Ź"), which mastheads print in upper case.
std::string latin_lower(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    if (is_upper(out[i])) {
      out[i] = static_cast<char>(c + 32);
      continue;
    }
    if (i + 1 >= out.size() || (c != 0xC3 && c != 0xC4 && c != 0xC5)) continue;
    unsigned char d = static_cast<unsigned char>(out[i + 1]);
    unsigned code = ((c & 0x1Fu) << 6) | (d & 0x3Fu);
    unsigned lower = code;
    if (code >= 0xC0 && code <= 0xDE && code != 0xD7) lower = code + 0x20;  // "É" -> "é"
    // Extended-A pairs a capital with the small letter after it: even capitals, and odd ones in Ĺ..Ň and Ź..Ž
    else if ((code >= 0x100 && code <= 0x137 && code % 2 == 0 && code != 0x130) ||
             (code >= 0x14A && code <= 0x177 && code % 2 == 0) || (code >= 0x139 && code <= 0x148 && code % 2 == 1) ||
             (code >= 0x179 && code <= 0x17E && code % 2 == 1))
      lower = code + 1;
    if (lower == code) continue;
    out[i] = static_cast<char>(0xC0 | (lower >> 6));
    out[i + 1] = static_cast<char>(0x80 | (lower & 0x3F));
    ++i;
  }
  return out;
}

}  // namespace

int foreign_month(std::string_view word, const MetadataWords& words) {
  if (word.size() > 1 && word.back() == '.') word.remove_suffix(1);  // "dic.", "févr.": an abbreviation's dot
  if (word.empty()) return 0;
  std::string w = latin_lower(word);
  for (std::size_t m = 0; m < words.dateline_months.size(); ++m)
    for (const auto& name : words.dateline_months[m])
      if (name.size() == w.size() && latin_lower(name) == w) return static_cast<int>(m) + 1;
  return 0;
}

}  // namespace newsgraph::document_detail
