#include "segment/sentences.hpp"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>

#include "segment/abbreviations.hpp"
#include "segment/ascii_breaks.hpp"
#include "util/errors.hpp"

namespace newsgraph {
namespace {

// One ICU sentence iterator per thread: creating one costs far more than
// segmenting an article.
icu::BreakIterator& sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status) || !it) throw InternalError(std::string("ICU sentence iterator: ") + u_errorName(status));
    return it;
  }();
  return *iterator;
}

// The text in UTF-16 for ICU, with the byte offset of every UTF-16 unit.
struct Utf16Text {
  std::vector<char16_t> units;
  std::vector<std::uint32_t> byte_of;  // size units.size() + 1
};

// Where the run of ASCII bytes starting at `i` ends: eight bytes at a time.
std::size_t ascii_run_end(std::string_view text, std::size_t i) {
  while (i + 8 <= text.size()) {
    std::uint64_t eight;
    std::memcpy(&eight, text.data() + i, 8);
    if (eight & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

// The code point of the multi-byte sequence at i and its length in `len`;
// U+FFFD (len 1) for an invalid byte, an overlong form or a surrogate.
char32_t decode_sequence(std::string_view text, std::size_t i, std::size_t& len) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  std::size_t need = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
  if (!need || i + need > text.size()) return 0xFFFD;
  char32_t v = c & (0xFF >> (need + 1));
  bool ok = true;
  for (std::size_t k = 1; k < need && ok; ++k) {
    unsigned char cc = static_cast<unsigned char>(text[i + k]);
    ok = (cc & 0xC0) == 0x80;
    v = (v << 6) | (cc & 0x3F);
  }
  if (!ok || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) || (need == 3 && v < 0x800) || (need == 4 && v < 0x10000))
    return 0xFFFD;
  len = need;
  return v;
}

// Decodes UTF-8 (invalid bytes become U+FFFD, one each). Written in place:
// a text has no more UTF-16 units than bytes (a 4-byte sequence gives two).
void to_utf16(std::string_view text, Utf16Text& out) {
  out.units.resize(text.size());
  out.byte_of.resize(text.size() + 1);
  char16_t* units = out.units.data();
  std::uint32_t* byte_of = out.byte_of.data();
  std::size_t n = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {  // most of a news text: a whole run of ASCII bytes at once
      std::size_t end = ascii_run_end(text, i);
      // Plain loops the compiler vectorises (byte by byte this cost ~1.3% of extraction).
      char16_t* u = units + n;
      std::uint32_t* b = byte_of + n;
      for (std::size_t k = 0, count = end - i; k < count; ++k) {
        u[k] = static_cast<unsigned char>(text[i + k]);
        b[k] = static_cast<std::uint32_t>(i + k);
      }
      n += end - i;
      i = end;
      continue;
    }
    std::size_t len = 1;
    char32_t cp = decode_sequence(text, i, len);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units[n] = static_cast<char16_t>(0xD800 + (cp >> 10));
      byte_of[n++] = static_cast<std::uint32_t>(i);
      units[n] = static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      units[n] = static_cast<char16_t>(cp);
    }
    byte_of[n++] = static_cast<std::uint32_t>(i);
    i += len;
  }
  byte_of[n] = static_cast<std::uint32_t>(text.size());
  out.units.resize(n);
  out.byte_of.resize(n + 1);
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool starts_list_item(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  line.remove_prefix(i);
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '#') && line[1] == ' ') return true;
  if (line.rfind("\xE2\x80\xA2", 0) == 0) return true;  // bullet
  std::size_t d = 0;
  while (d < line.size() && d < 3 && line[d] >= '0' && line[d] <= '9') ++d;
  return d > 0 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ';
}

// "| Latvia | CERT.LV | remote |": a table's row is a line of its own, however alike the rows' lengths.
bool table_row(std::string_view line) {
  std::size_t i = line.find_first_not_of(' ');
  std::size_t j = line.find_last_not_of(" \r");
  return i != std::string_view::npos && line[i] == '|' && line[j] == '|';
}

// Newlines inside a hard-wrapped paragraph (every line but the last long and
// of similar length) are spaces; every other newline ends a sentence, so a
// headline or byline without final punctuation stays a sentence of its own.
std::vector<std::size_t> soft_newlines(std::string_view text) {
  std::vector<std::size_t> soft;  // byte offsets of the newlines that are spaces
  std::vector<std::pair<std::size_t, std::size_t>> lines;  // one block of non-blank lines
  auto flush = [&] {
    if (lines.size() >= 2) {
      std::size_t longest = 0, shortest = SIZE_MAX;
      for (auto [a, b] : lines) longest = std::max(longest, b - a);
      for (std::size_t k = 0; k + 1 < lines.size(); ++k) shortest = std::min(shortest, lines[k].second - lines[k].first);
      bool wrapped = shortest >= 40 && shortest * 10 >= longest * 6;
      for (std::size_t k = 0; wrapped && k + 1 < lines.size(); ++k) {
        if (starts_list_item(text.substr(lines[k + 1].first, lines[k + 1].second - lines[k + 1].first))) continue;
        if (table_row(text.substr(lines[k].first, lines[k].second - lines[k].first))) continue;
        soft.push_back(lines[k].second);  // byte of the '\n'
      }
    }
    lines.clear();
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(start, end - start);
    bool blank = std::all_of(line.begin(), line.end(), is_space_byte);
    if (blank)
      flush();
    else if (nl != std::string_view::npos || !lines.empty())
      lines.emplace_back(start, end);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  flush();
  return soft;
}

void push_trimmed(std::string_view text, std::size_t a, std::size_t b, std::vector<Sentence>& out) {
  while (a < b && is_space_byte(text[a])) ++a;
  while (b > a && is_space_byte(text[b - 1])) --b;
  // non-breaking spaces left in text that was not normalised
  while (b - a >= 2 && text.compare(a, 2, "\xC2\xA0") == 0) a += 2;
  while (b - a >= 2 && text.compare(b - 2, 2, "\xC2\xA0") == 0) b -= 2;
  while (a < b && is_space_byte(text[a])) ++a;
  while (b > a && is_space_byte(text[b - 1])) --b;
  if (a >= b) return;
  // Absurdly long "sentences" (a 50 MB line) are cut at white space so that
  // later stages stay linear.
  while (b - a > kMaxSentenceBytes) {
    std::size_t cut = a + kMaxSentenceBytes;
    std::size_t space = cut;
    while (space > a + kMaxSentenceBytes / 2 && !is_space_byte(text[space])) --space;
    if (is_space_byte(text[space]))
      cut = space;
    else
      while (cut > a && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
    push_trimmed(text, a, cut, out);
    a = cut;
    while (a < b && is_space_byte(text[a])) ++a;
  }
  if (a < b) out.push_back({a, b});
}

// "2. At the end of the meeting, ...": a paragraph's number that opens its line is
// no sentence of its own; the sentence it numbers goes on after it.
bool list_number(std::string_view text, std::size_t a, std::size_t b) {
  while (a < b && is_space_byte(text[a])) ++a;
  while (b > a && is_space_byte(text[b - 1])) --b;
  if (a > 0 && text[a - 1] != '\n') return false;
  std::size_t d = a;
  while (d < b && text[d] >= '0' && text[d] <= '9') ++d;
  return d > a && d - a <= 3 && d + 1 == b && text[d] == '.';
}

// A boundary of ICU's sentence iterator: its byte offset, and whether a
// newline (not made a space) ends the text before it.
struct Boundary {
  std::size_t byte;
  bool hard;
};

// ICU's boundaries on the text (as UTF-16), soft newlines made spaces.
void icu_boundaries(std::string_view text, const std::vector<std::size_t>& soft, std::vector<Boundary>& out) {
  thread_local Utf16Text utf16;
  to_utf16(text, utf16);
  for (std::size_t nl : soft) {
    auto it = std::lower_bound(utf16.byte_of.begin(), utf16.byte_of.end() - 1, nl);
    utf16.units[static_cast<std::size_t>(it - utf16.byte_of.begin())] = u' ';
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUChars(nullptr, reinterpret_cast<const UChar*>(utf16.units.data()),
                               static_cast<int64_t>(utf16.units.size()), &status);
  icu::BreakIterator& it = sentence_iterator();
  it.setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    throw InternalError(std::string("ICU sentence segmentation: ") + u_errorName(status));
  }
  for (int32_t b = it.next(); b != icu::BreakIterator::DONE; b = it.next())
    out.push_back({utf16.byte_of[static_cast<std::size_t>(b)], b > 0 && utf16.units[static_cast<std::size_t>(b) - 1] == u'\n'});
  it.setText(icu::UnicodeString());  // drop the reference to our buffer
  utext_close(ut);
}

// The same boundaries without ICU when the text is all ASCII, or UTF-8
// whose characters the rules classify (curly quotes, dashes, accented
// letters: most news): ICU's rule machine and UTF-16 copy were most of the
// time of segmentation. False when neither applies.
bool ascii_boundaries(std::string_view text, const std::vector<std::size_t>& soft, std::vector<Boundary>& out) {
  thread_local std::string spaced;
  thread_local std::vector<std::uint32_t> breaks;
  spaced.assign(text);
  for (std::size_t nl : soft) spaced[nl] = ' ';
  if (!segment_detail::ascii_sentence_breaks(spaced, breaks) && !segment_detail::utf8_sentence_breaks(spaced, breaks))
    return false;
  for (std::uint32_t b : breaks) out.push_back({b, b > 0 && spaced[b - 1] == '\n'});
  return true;
}

}  // namespace

std::vector<Sentence> segment_sentences(std::string_view text, const SegmentWords& words) {
  std::vector<Sentence> out;
  if (text.empty()) return out;
  std::vector<std::size_t> soft = soft_newlines(text);
  thread_local std::vector<Boundary> boundaries;
  boundaries.clear();
  if (!ascii_boundaries(text, soft, boundaries)) {
    boundaries.clear();
    icu_boundaries(text, soft, boundaries);
  }
  std::size_t sentence_start = 0;  // byte offset
  for (auto [byte, hard] : boundaries) {
    if (!hard && byte < text.size() && continues_after_abbreviation(text, sentence_start, byte, words)) continue;
    if (!hard && byte < text.size() && list_number(text, sentence_start, byte)) continue;
    push_trimmed(text, sentence_start, byte, out);
    sentence_start = byte;
  }
  if (sentence_start < text.size()) push_trimmed(text, sentence_start, text.size(), out);
  return out;
}

}  // namespace newsgraph
