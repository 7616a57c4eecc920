#include "recognise/tokens.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "util/ascii.hpp"

namespace newsgraph {
namespace {

// ASCII classes without a call into the C library (the "C" locale's classes).
// As a table (one load per byte, not a chain of compares): these run on every byte of the text.
constexpr unsigned char kUpper = 1, kLower = 2, kDigit = 4;
constexpr std::array<unsigned char, 256> kClass = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = kUpper;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = kLower;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = kDigit;
  return t;
}();
bool ascii_upper(unsigned char c) { return kClass[c] & kUpper; }
bool ascii_lower(unsigned char c) { return kClass[c] & kLower; }
bool ascii_alpha(unsigned char c) { return kClass[c] & (kUpper | kLower); }
bool ascii_alnum(unsigned char c) { return kClass[c] != 0; }

// Length of a UTF-8 punctuation sequence we treat as such (quotes, dashes,
// ellipsis, non-breaking space); 0 when the bytes at `p` are not one.
std::size_t unicode_punct(std::string_view s, std::size_t p) {
  static constexpr std::array<std::string_view, 14> kPunct = {
      "\u2018", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014", "\u2026", "\u00A0",
      "\u2010", "\u2011", "\u00AB", "\u00B7", "\u2022", "\u00A9"};
  for (auto m : kPunct)
    if (s.substr(p, m.size()) == m) return m.size();
  if (s.substr(p, 2) == "\u00BB") return 2;
  return 0;
}

bool is_apostrophe(std::string_view s, std::size_t p, std::size_t* len) {
  if (p < s.size() && s[p] == '\'') return *len = 1, true;
  if (s.substr(p, 3) == "\u2019") return *len = 3, true;
  return false;
}

// The code point at `p` (a lead byte), U_SENTINEL (-1) when the bytes are no valid one.
UChar32 code_point_at(std::string_view s, std::size_t p) {
  UChar32 c = 0;
  int32_t i = static_cast<int32_t>(p);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// A letter, digit or combining mark: "Đặng", "Kõrvits"; not an emoji ("🙌", "🎓") or a
// symbol, which stand as punctuation beside a name rather than as a name or part of one.
bool word_byte(std::string_view s, std::size_t p) {
  unsigned char c = static_cast<unsigned char>(s[p]);
  if (c < 0x80) return ascii_alnum(c);
  if (c < 0xC0 || unicode_punct(s, p) != 0) return false;
  UChar32 cp = code_point_at(s, p);
  if (cp < 0) return true;  // invalid bytes: as before, a letter
  return u_isalnum(cp) || (U_GET_GC_MASK(cp) & U_GC_M_MASK) != 0;
}

// Advances over one UTF-8 code point.
std::size_t next_cp(std::string_view s, std::size_t p) {
  ++p;
  while (p < s.size() && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) ++p;
  return p;
}

// Scans a word from `p`: letters/digits, inner hyphens, inner apostrophes
// not followed by "s " (the possessive), inner dots of initialisms.
std::size_t scan_word(std::string_view s, std::size_t p, std::size_t end) {
  while (p < end) {
    if (word_byte(s, p)) {
      p = next_cp(s, p);
      continue;
    }
    std::size_t alen = 0;
    bool joiner = s[p] == '-' || s.substr(p, 3) == "\u2011" || s.substr(p, 3) == "\u2010";
    std::size_t jlen = s[p] == '-' ? 1 : 3;
    if (!joiner && is_apostrophe(s, p, &alen)) {
      jlen = alen;
      bool possessive = p + alen < end && (s[p + alen] == 's' || s[p + alen] == 'S') &&
                        (p + alen + 1 >= end || !word_byte(s, p + alen + 1));
      joiner = !possessive;
    }
    if (joiner && p + jlen < end && word_byte(s, p + jlen)) {
      p += jlen;
      continue;
    }
    if (s[p] == ',' && p + 1 < end && std::isdigit(static_cast<unsigned char>(s[p + 1])) && p > 0 &&
        std::isdigit(static_cast<unsigned char>(s[p - 1]))) {
      ++p;  // 1,000
      continue;
    }
    break;
  }
  return p;
}

// Two or more letters, all capitals ("CERT", "NCSC-NL"), digits allowed.
bool capitals_only(std::string_view w) {
  int letters = 0;
  for (unsigned char c : w) {
    if (ascii_lower(c)) return false;
    letters += ascii_upper(c);
  }
  return letters >= 2;
}

// "ngCERT", "eBay", "iPhone": a word of letters in lower case first with a capital inside
// is written as a name is.
bool camel_name(std::string_view w) {
  if (w.size() < 3 || !ascii_lower(static_cast<unsigned char>(w[0]))) return false;
  // "e-Government", "e-Governance Academy", "m-Health": a one-letter prefix and a hyphen
  // before a capitalised word, as names of electronic services are written
  if (w.size() >= 4 && w[1] == '-' && ascii_upper(static_cast<unsigned char>(w[2])))
    return std::all_of(w.begin() + 2, w.end(), [](char c) { return ascii_alpha(static_cast<unsigned char>(c)); });
  // "bj-CSIRT", "ng-CERT": a nation's two-letter code in lower case before a response team's
  // acronym (CERT, CSIRT, CIRT: ending "RT"); not "non-NATO", "ex-USSR"
  if (w.size() >= 6 && w[2] == '-' && ascii_lower(static_cast<unsigned char>(w[1])) && w.ends_with("RT"))
    return std::all_of(w.begin() + 3, w.end(), [](char c) { return ascii_upper(static_cast<unsigned char>(c)); });
  bool upper = false;
  for (unsigned char c : w) {
    if (!ascii_alpha(c)) return false;
    upper |= ascii_upper(c);
  }
  return upper;
}

void classify(Token& t) {
  unsigned char c = static_cast<unsigned char>(t.text[0]);
  t.word = true;
  t.capital = (c < 0x80) ? ascii_upper(c) || camel_name(t.text) : false;
  if (c >= 0x80) {  // accented capitals ("Ölfus", "Đặng"); a lower-case one ("ở") is no name's
    UChar32 cp = code_point_at(t.text, 0);
    t.capital = cp < 0 || !u_islower(cp);
  }
  // "l'Intérieur", "d'Information": a French article or "de" elided before a capitalised word is
  // that word's, written inside a name ("Ministère de l'Intérieur", "École de l'Air")
  if (t.text.size() > 2 && (c == 'l' || c == 'd') && t.text[1] == '\'') {
    unsigned char n = static_cast<unsigned char>(t.text[2]);
    t.capital = n < 0x80 ? ascii_upper(n) : !u_islower(code_point_at(t.text, 2));
  }
  int letters = 0, upper = 0;
  for (unsigned char x : t.text)
    if (ascii_alpha(x)) {
      ++letters;
      upper += ascii_upper(x);
    }
  t.all_caps = letters >= 2 && letters == upper;
}

// ("-headquartered" says what "-based" says, and is keyed so: one word for the patterns)
constexpr std::array<std::string_view, 11> kSuffixes = {"-based",     "-led",        "-hosted", "-run",       "-backed",
                                                        "-owned",     "-organised",  "-organized", "-sponsored", "-funded",
                                                        "-headquartered"};

// A word from `p` (with its dots, and a "-based" suffix split off); returns its end.
std::size_t push_word(std::string_view text, std::size_t p, std::size_t end,
                      const WordSet& abbreviations, std::vector<Token>& out) {
  std::size_t q = scan_word(text, p, end);
  // Initialisms (U.S., U.K., single initials) and listed abbreviations keep their dots.
  std::size_t segment = p;  // "Korea-U.S.": the initialism after the last hyphen
  for (std::size_t k = p; k + 1 < q; ++k)
    if (text[k] == '-') segment = k + 1;
  while (q < end && text[q] == '.') {
    bool initial = q - segment == 1 && std::isupper(static_cast<unsigned char>(text[segment]));
    if (!initial && capitals_only(text.substr(p, q - p)) && q + 1 < end &&
        std::isupper(static_cast<unsigned char>(text[q + 1]))) {
      std::size_t r = scan_word(text, q + 1, end);  // "CERT.LV": a dot inside an acronym
      if (!capitals_only(text.substr(q + 1, r - q - 1))) break;
      q = r;
      continue;
    }
    if (!initial && !abbreviations.count(ascii_lowered(text.substr(p, q + 1 - p)))) break;
    ++q;
    if (initial && q + 1 < end && std::isupper(static_cast<unsigned char>(text[q])) && text[q + 1] == '.') {
      segment = q++;
      continue;
    }
    break;
  }
  std::string_view w = text.substr(p, q - p);
  std::size_t cut = std::string_view::npos;
  if (w.find('-') != std::string_view::npos)  // every suffix starts with one: most words need no look
    for (auto suf : kSuffixes)
      if (w.size() > suf.size() + 1 && equals_lowered(w.substr(w.size() - suf.size()), suf)) cut = w.size() - suf.size();
  Token& t = out.emplace_back(Token{p, cut == std::string_view::npos ? q : p + cut, {}, {}, false, false, false});
  t.text = text.substr(t.start, t.end - t.start);
  classify(t);
  if (cut != std::string_view::npos) {
    std::string key = ascii_lowered(w.substr(cut));
    if (key == "-headquartered") key = "-based";
    out.push_back({p + cut, q, text.substr(p + cut, q - p - cut), WordKey(key), false, false, false});
  }
  return q;
}

// Most words are ASCII letters and digits followed by a space or plain
// punctuation: what push_word() would find at `p` is then that run. Returns
// its end, or 0 when the byte after the run may continue or extend the word
// (a hyphen, apostrophe, dot, digit group comma or non-ASCII byte), for
// push_word() to judge.
// `letters`, `upper`: its letters and capitals, counted on the way (for push_plain_word()).
std::size_t plain_word_end(std::string_view text, std::size_t p, std::size_t end, int& letters, int& upper) {
  std::size_t q = p;
  letters = upper = 0;
  for (unsigned char c; q < end && ascii_alnum(c = static_cast<unsigned char>(text[q])); ++q) {
    letters += ascii_alpha(c);
    upper += ascii_upper(c);
  }
  if (q == end) return q;
  unsigned char c = static_cast<unsigned char>(text[q]);
  if (c >= 0x80 || c == '-' || c == '\'' || c == '.') return 0;
  if (c == ',' && q + 1 < end && std::isdigit(static_cast<unsigned char>(text[q + 1])) &&
      std::isdigit(static_cast<unsigned char>(text[q - 1])))
    return 0;
  return q;
}

// The token of a plain word [p, q) (see plain_word_end, which counted its
// letters and capitals), classified as classify() does.
void push_plain_word(std::string_view text, std::size_t p, std::size_t q, int letters, int upper,
                     std::vector<Token>& out) {
  Token& t = out.emplace_back();
  t.start = p;
  t.end = q;
  t.text = text.substr(p, q - p);
  t.word = true;
  t.capital = ascii_upper(static_cast<unsigned char>(text[p])) || (upper > 0 && camel_name(t.text));
  t.all_caps = letters >= 2 && letters == upper;
}

// Punctuation at `p` (quotes made one key, dashes another); returns its end.
std::size_t push_punct(std::string_view text, std::size_t p, std::vector<Token>& out) {
  unsigned char c = static_cast<unsigned char>(text[p]);
  if (c < 0x80) {  // one byte: no multi-byte sign to look for; ` and ' are quotes
    out.push_back({p, p + 1, text.substr(p, 1), WordKey(1, c == '`' || c == '\'' ? '"' : static_cast<char>(c)), false,
                   false, false});
    return p + 1;
  }
  std::size_t len = unicode_punct(text, p);
  if (len == 0) len = c < 0x80 ? 1 : next_cp(text, p) - p;
  std::string_view piece = text.substr(p, len);
  if (piece == "\u00A0") return p + len;
  std::string key(piece);
  if (piece == "\u2018" || piece == "\u2019" || piece == "\u201C" || piece == "\u201D" || piece == "\u00AB" ||
      piece == "\u00BB" || piece == "`" || piece == "'")
    key = "\"";
  else if (piece == "\u2013" || piece == "\u2014" || piece == "\u2010" || piece == "\u2011")
    key = "-";
  out.push_back({p, p + len, piece, WordKey(std::move(key)), false, false, false});
  return p + len;
}

}  // namespace

namespace {
// A word whose first letter has no case: Han, kana, Hangul, Arabic, Hebrew, Thai...
bool uncased_script_word(const Token& t) {
  if (!t.word || static_cast<unsigned char>(t.text[0]) < 0x80) return false;
  UChar32 cp = code_point_at(t.text, 0);
  return cp >= 0 && u_isalpha(cp) && !u_isupper(cp) && !u_islower(cp) && !u_istitle(cp);
}
}  // namespace

void drop_script_glosses(std::vector<Token>& toks) {
  for (std::size_t k = 1; k + 2 < toks.size(); ++k) {
    if (toks[k].text != "(" || !toks[k - 1].word || !toks[k - 1].capital || uncased_script_word(toks[k - 1])) continue;
    std::size_t close = k + 1;
    while (close < toks.size() && close < k + 6 && uncased_script_word(toks[close])) ++close;
    if (close == k + 1 || close >= toks.size() || toks[close].text != ")") continue;
    toks.erase(toks.begin() + static_cast<std::ptrdiff_t>(k), toks.begin() + static_cast<std::ptrdiff_t>(close) + 1);
  }
}

std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end,
                            const WordSet& abbreviations) {
  std::vector<Token> out;
  out.reserve((end - begin) / 5 + 2);  // about a token per five bytes of news text: few regrowths
  std::size_t p = begin;
  while (p < end) {
    unsigned char c = static_cast<unsigned char>(text[p]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++p;
      continue;
    }
    std::size_t alen = 0;
    bool quote = c == '\'' || c == 0xE2;  // what is_apostrophe() needs: most bytes are neither
    if (quote && is_apostrophe(text, p, &alen) && p + alen < end && (text[p + alen] == 's' || text[p + alen] == 'S') &&
        (p + alen + 1 >= end || !word_byte(text, p + alen + 1)) && !out.empty() && out.back().end == p) {
      out.push_back({p, p + alen + 1, text.substr(p, alen + 1), "'s", false, false, false});
      p += alen + 1;
      continue;
    }
    // "the Armed Forces' Cyber Unit": a plural possessive before a name reads as "'s".
    if (quote && is_apostrophe(text, p, &alen) && !out.empty() && out.back().end == p && out.back().capital &&
        (out.back().text.ends_with('s') || out.back().text.ends_with('S')) && p + alen + 1 < end &&
        text[p + alen] == ' ' && std::isupper(static_cast<unsigned char>(text[p + alen + 1]))) {
      out.push_back({p, p + alen, text.substr(p, alen), "'s", false, false, false});
      p += alen;
      continue;
    }
    if (ascii_alnum(c)) {
      int letters, upper;
      std::size_t q = plain_word_end(text, p, end, letters, upper);
      if (q != 0) {
        push_plain_word(text, p, q, letters, upper, out);
        p = q;
        continue;
      }
    }
    if (word_byte(text, p)) {
      p = push_word(text, p, end, abbreviations, out);
      continue;
    }
    if (c == '-' && !out.empty() && out.back().end == p) {  // "U.S.-led"
      std::size_t q = p + 1;
      while (q < end && std::isalpha(static_cast<unsigned char>(text[q]))) ++q;
      std::string suffix = ascii_lowered(text.substr(p, q - p));
      if (std::find(kSuffixes.begin(), kSuffixes.end(), suffix) != kSuffixes.end()) {
        out.push_back({p, q, text.substr(p, q - p), WordKey(std::move(suffix)), false, false, false});
        p = q;
        continue;
      }
    }
    p = push_punct(text, p, out);
  }
  return out;
}

// Whether `letters` appear in order among the capitals of tokens [b, e).
bool letters_in_order(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e, const std::string& letters) {
  std::size_t at = 0;
  for (std::uint32_t k = b; k < e && at < letters.size(); ++k)
    for (char c : toks[k].text)
      if (at < letters.size() && c == letters[at]) ++at;
  return at == letters.size() && letters.size() >= 2;
}

// Whether `letters` (lower case) is made of a prefix of two or more letters
// of every capitalised word in [b, e), in order (a function word may give
// none): "NORDEFCO" = Nor-dic Def-ence Co-operation, a syllable acronym.
// Every word must give a syllable, so a parenthesised word that merely
// starts like the name is not bound, nor a title's ("SACEUR"), whose
// letters are mostly initials.
bool letters_by_prefixes(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e, std::string_view letters) {
  if (b == e) return letters.empty();
  const auto& w = toks[b];
  if (!w.word) return letters_by_prefixes(toks, b + 1, e, letters);
  bool optional = !w.capital;
  if (optional && letters_by_prefixes(toks, b + 1, e, letters)) return true;
  for (std::size_t n = 1; n <= letters.size() && n <= w.text.size(); ++n) {
    if (ascii_lowered(w.text[n - 1]) != letters[n - 1]) break;
    if ((n >= 2 || optional) && letters_by_prefixes(toks, b + 1, e, letters.substr(n))) return true;
  }
  return false;
}

bool is_connector(const WordKey& key) {
  return key == "of" || key == "for" || key == "on" || key == "and" || key == "&";
}

}  // namespace newsgraph
