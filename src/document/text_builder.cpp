#include "document/text_builder.hpp"

#include <cstdint>
#include <cstring>

namespace newsgraph::document_detail {

std::size_t decode_utf8(std::string_view s, std::size_t i, char32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return cp = c, 1;
  std::size_t need = c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
  if (!need || i + need > s.size()) return 0;
  char32_t v = c & (0xFF >> (need + 1));
  for (std::size_t k = 1; k < need; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) return 0;
    v = (v << 6) | (cc & 0x3F);
  }
  if ((need == 3 && v < 0x800) || (need == 4 && v < 0x10000) || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
    return 0;
  return cp = v, need;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

void TextBuilder::put(std::string_view bytes, std::size_t source) {
  if (bytes.empty()) return;
  const std::size_t at = text_.size();
  std::size_t expected = anchors_.empty() ? at : anchors_.back().original + (at - anchors_.back().text);
  if (expected != source) anchors_.push_back({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(source)});
  text_.append(bytes);
}

namespace {
// What a code point becomes in the text: "" to drop, nullptr to keep.
const char* normalised(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return "\"";
    case 0x00A0: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
    case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A: case 0x202F: case 0x205F:
    case 0x3000: case 0x0009:
      return " ";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D:
      return "-";
    case 0x2014: case 0x2015:
      return " - ";
    case 0x2026:
      return "...";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return "";
    case 0x2028: case 0x2029: case 0x0085:
      return "\n";
    default:
      return nullptr;
  }
}
}  // namespace

void TextBuilder::put_code_point(char32_t cp, std::size_t source) {
  if (cp < 0x80 && cp != '\t') {
    put_byte(static_cast<char>(cp), source);
    return;
  }
  if (const char* replacement = normalised(cp)) {
    put(replacement, source);
    return;
  }
  std::string bytes;  // at most 4 bytes: no allocation
  append_utf8(bytes, cp);
  put(bytes, source);
}

namespace {

// How far from `i` (before `end`) the bytes are plain ASCII, no CR, tab or
// NUL, eight bytes at a time (a test per byte cost ~0.8% of extraction); the
// caller checks the last few bytes one by one.
std::size_t plain_run_end(std::string_view text, std::size_t i, std::size_t end) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  for (std::uint64_t w; i + 8 <= end; i += 8) {
    std::memcpy(&w, text.data() + i, 8);
    if ((w & kHigh) | has_zero(w) | has_zero(w ^ (kOnes * '\r')) | has_zero(w ^ (kOnes * '\t'))) break;
  }
  return i;
}

}  // namespace

void TextBuilder::put_original(std::size_t begin, std::size_t end) {
  std::size_t i = begin;
  while (i < end) {
    // Fast path: a run of plain ASCII (no CR, no tab) is copied at once.
    std::size_t run = plain_run_end(original_, i, end);
    while (run < end) {
      unsigned char c = static_cast<unsigned char>(original_[run]);
      if (c >= 0x80 || c == '\r' || c == '\t' || c == 0) break;
      ++run;
    }
    if (run > i) {
      put(original_.substr(i, run - i), i);
      i = run;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(original_[i]);
    if (c == '\r') {  // CR LF -> LF, lone CR -> LF
      if (i + 1 < end && original_[i + 1] == '\n') {
        put_byte('\n', i + 1);
        i += 2;
      } else {
        put_byte('\n', i++);
      }
      continue;
    }
    char32_t cp = 0;
    std::size_t len = c ? decode_utf8(original_.substr(0, end), i, cp) : 0;
    if (!len) {
      if (!invalid_count_++) first_invalid_ = i;
      put("\xEF\xBF\xBD", i);  // U+FFFD
      ++i;
      continue;
    }
    if (normalised(cp) || cp == '\t')
      put_code_point(cp, i);
    else
      put(original_.substr(i, len), i);
    i += len;
  }
}

void TextBuilder::put_space(std::size_t source) {
  if (text_.empty() || text_.back() == ' ' || text_.back() == '\n') return;
  put_byte(' ', source);
}

void TextBuilder::put_break(std::size_t source, int newlines) {
  while (!text_.empty() && text_.back() == ' ') {
    text_.pop_back();
    if (!anchors_.empty() && anchors_.back().text >= text_.size()) anchors_.pop_back();
  }
  if (text_.empty()) return;
  int have = 0;
  for (std::size_t k = text_.size(); k > 0 && text_[k - 1] == '\n'; --k) ++have;
  for (; have < newlines; ++have) put_byte('\n', source);
}

bool TextBuilder::join_line() {
  if (text_.empty() || text_.back() != '\n' || (text_.size() > 1 && text_[text_.size() - 2] == '\n')) return false;
  text_.back() = ' ';  // the same length: every anchor still holds
  return true;
}

void TextBuilder::finish(Document& doc) {
  doc.text = std::move(text_);
  doc.offset_anchors = std::move(anchors_);  // empty: every text offset is its original offset
}

void convert_text(std::string_view original, TextBuilder& out) {
  std::size_t start = original.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;  // byte order mark
  out.put_original(start, original.size());
}

}  // namespace newsgraph::document_detail
