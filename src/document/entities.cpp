// The HTML named character references news pages use (a subset of the
// 2,231 of HTML5: punctuation, spaces, symbols, Latin letters with accents).
#include <algorithm>
#include <array>
#include <string_view>

#include "document/text_builder.hpp"
#include "util/ascii.hpp"

namespace newsgraph::document_detail {
namespace {
struct Entity {
  std::string_view name;
  char32_t cp;
};
// Sorted by name (checked by a unit test through html_entity lookups).
constexpr Entity kEntities[] = {
    {"AElig", 0xC6},   {"Aacute", 0xC1},  {"Acirc", 0xC2},   {"Agrave", 0xC0},  {"Aring", 0xC5},
    {"Atilde", 0xC3},  {"Auml", 0xC4},    {"Ccedil", 0xC7},  {"Dagger", 0x2021}, {"ETH", 0xD0},
    {"Eacute", 0xC9},  {"Ecirc", 0xCA},   {"Egrave", 0xC8},  {"Euml", 0xCB},    {"Iacute", 0xCD},
    {"Icirc", 0xCE},   {"Igrave", 0xCC},  {"Iuml", 0xCF},    {"Ntilde", 0xD1},  {"Oacute", 0xD3},
    {"Ocirc", 0xD4},   {"Ograve", 0xD2},  {"Oslash", 0xD8},  {"Otilde", 0xD5},  {"Ouml", 0xD6},
    {"Prime", 0x2033}, {"Scaron", 0x160}, {"THORN", 0xDE},   {"Uacute", 0xDA},  {"Ucirc", 0xDB},
    {"Ugrave", 0xD9},  {"Uuml", 0xDC},    {"Yacute", 0xDD},  {"Zcaron", 0x17D}, {"aacute", 0xE1},
    {"acirc", 0xE2},   {"acute", 0xB4},   {"aelig", 0xE6},   {"agrave", 0xE0},  {"amp", 0x26},
    {"apos", 0x27},    {"aring", 0xE5},   {"atilde", 0xE3},  {"auml", 0xE4},    {"bdquo", 0x201E},
    {"brvbar", 0xA6},  {"bull", 0x2022},  {"ccedil", 0xE7},  {"cedil", 0xB8},   {"cent", 0xA2},
    {"copy", 0xA9},    {"curren", 0xA4},  {"dagger", 0x2020}, {"deg", 0xB0},    {"divide", 0xF7},
    {"eacute", 0xE9},  {"ecirc", 0xEA},   {"egrave", 0xE8},  {"emsp", 0x2003},  {"ensp", 0x2002},
    {"eth", 0xF0},     {"euml", 0xEB},    {"euro", 0x20AC},  {"frac12", 0xBD},  {"frac14", 0xBC},
    {"frac34", 0xBE},  {"gt", 0x3E},      {"hellip", 0x2026}, {"hyphen", 0x2010}, {"iacute", 0xED},
    {"icirc", 0xEE},   {"iexcl", 0xA1},   {"igrave", 0xEC},  {"iquest", 0xBF},  {"iuml", 0xEF},
    {"laquo", 0xAB},   {"ldquo", 0x201C}, {"lrm", 0x200E},   {"lsaquo", 0x2039}, {"lsquo", 0x2018},
    {"lt", 0x3C},      {"macr", 0xAF},    {"mdash", 0x2014}, {"micro", 0xB5},   {"middot", 0xB7},
    {"minus", 0x2212}, {"nbsp", 0xA0},    {"ndash", 0x2013}, {"not", 0xAC},     {"ntilde", 0xF1},
    {"oacute", 0xF3},  {"ocirc", 0xF4},   {"ograve", 0xF2},  {"ordf", 0xAA},    {"ordm", 0xBA},
    {"oslash", 0xF8},  {"otilde", 0xF5},  {"ouml", 0xF6},    {"para", 0xB6},    {"permil", 0x2030},
    {"plusmn", 0xB1},  {"pound", 0xA3},   {"prime", 0x2032}, {"quot", 0x22},    {"raquo", 0xBB},
    {"rdquo", 0x201D}, {"reg", 0xAE},     {"rlm", 0x200F},   {"rsaquo", 0x203A}, {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"scaron", 0x161}, {"sect", 0xA7},    {"shy", 0xAD},     {"sup1", 0xB9},
    {"sup2", 0xB2},    {"sup3", 0xB3},    {"szlig", 0xDF},   {"thinsp", 0x2009}, {"thorn", 0xFE},
    {"times", 0xD7},   {"trade", 0x2122}, {"uacute", 0xFA},  {"ucirc", 0xFB},   {"ugrave", 0xF9},
    {"uml", 0xA8},     {"uuml", 0xFC},    {"yacute", 0xFD},  {"yen", 0xA5},     {"yuml", 0xFF},
    {"zcaron", 0x17E}, {"zwj", 0x200D},   {"zwnj", 0x200C},
};
}  // namespace

char32_t html_entity(std::string_view name) {
  auto it = std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                             [](const Entity& e, std::string_view n) { return e.name < n; });
  return it != std::end(kEntities) && it->name == name ? it->cp : 0;
}

bool html_entities_sorted() {
  return std::is_sorted(std::begin(kEntities), std::end(kEntities),
                        [](const Entity& a, const Entity& b) { return a.name < b.name; });
}

char32_t decode_entity(std::string_view s, std::size_t i, std::size_t& len) {
  std::size_t semi = s.substr(i + 1, 34).find(';');  // bounded: a run of '&' stays linear
  if (semi == std::string_view::npos || semi == 0) return 0;
  semi += i + 1;
  std::string_view body = s.substr(i + 1, semi - i - 1);
  char32_t cp = 0;
  if (body[0] == '#') {
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    std::size_t k = hex ? 2 : 1;
    if (k >= body.size()) return 0;
    for (; k < body.size(); ++k) {
      char c = ascii_lowered(body[k]);
      int digit = c >= '0' && c <= '9' ? c - '0' : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
      if (digit < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(digit);
      if (cp > 0x10FFFF) return 0;
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  } else {
    cp = html_entity(body);
    if (!cp) return 0;
  }
  len = semi - i + 1;
  return cp;
}

}  // namespace newsgraph::document_detail
