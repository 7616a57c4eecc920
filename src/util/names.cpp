#include "util/names.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace newsgraph {
namespace {

bool is_plain_ascii(std::string_view text) {
  for (unsigned char c : text)
    if (c >= 0x80) return false;
  return true;
}

// Folds case and accents of non-ASCII text through ICU; ASCII text skips it.
std::string fold_unicode(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(name);
  icu::UnicodeString decomposed =
      nfkd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), name.size())), status);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    switch (c) {
      case 0x2018: case 0x2019: case 0x02BC: case 0x2032: c = '\''; break;
      case 0x201C: case 0x201D: c = '"'; break;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212: c = '-'; break;
      case 0x00A0: case 0x2007: case 0x202F: c = ' '; break;
      // letters with a stroke have no decomposition: "Đặng" is written "Dang" too
      case 0x0110: case 0x0111: c = 'd'; break;
      case 0x0141: case 0x0142: c = 'l'; break;
      case 0x00D8: case 0x00F8: c = 'o'; break;
      default: break;
    }
    kept.append(c);
  }
  kept.foldCase();
  icu::UnicodeString composed = nfc->normalize(kept, status);
  std::string out;
  composed.toUTF8String(out);
  return out;
}

}  // namespace

std::string name_key(std::string_view name) {
  std::string folded;
  if (is_plain_ascii(name)) {
    folded.assign(name);
    for (char& c : folded)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  } else {
    folded = fold_unicode(name);
  }
  std::string key;
  key.reserve(folded.size());
  for (char c : folded) {
    if (c == '.' || c == ',') continue;
    if (c == '-' || c == '\t' || c == '\n' || c == '\r' || c == '_') c = ' ';
    if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
    key.push_back(c);
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  if (key.size() > 2 && key.ends_with("'s")) key.resize(key.size() - 2);
  else if (key.size() > 1 && key.ends_with("s'")) key.pop_back();
  if (key.starts_with("the ") && key.size() > 4) key.erase(0, 4);
  return key;
}

std::string possessive(std::string_view owner) {
  std::string out(owner);
  // "the Philippines'", "the United States'", "Laos'"; a singular in -us or -ss
  // keeps "'s" as most style guides write it ("Cyprus's", "Belarus's").
  bool plural = owner.ends_with('s') && !owner.ends_with("us") && !owner.ends_with("ss");
  out += plural ? "'" : "'s";
  return out;
}

std::vector<std::string> possessive_names(std::string_view owner, std::string_view core) {
  std::vector<std::string> out{possessive(owner) + " " + std::string(core)};
  if (std::string plain = std::string(owner) + "'s " + std::string(core); plain != out.front()) out.push_back(std::move(plain));
  return out;
}

bool split_possessive(std::string_view name, std::string_view& owner, std::string_view& rest) {
  for (std::size_t at = name.find('\''); at != std::string_view::npos; at = name.find('\'', at + 1)) {
    std::size_t after = at + 1;
    if (after < name.size() && name[after] == 's') ++after;
    else if (at == 0 || name[at - 1] != 's') continue;
    if (after + 1 >= name.size() || name[after] != ' ') continue;
    owner = name.substr(0, at);
    rest = name.substr(after + 1);
    return !owner.empty();
  }
  return false;
}

}  // namespace newsgraph
