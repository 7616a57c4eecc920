#include "segment/ascii_breaks.hpp"

#include <unicode/uchar.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "util/flat_word_table.hpp"

namespace newsgraph::segment_detail {
namespace {

// UAX #29 sentence break classes of the ASCII characters.
enum Class : std::uint8_t { Other, CR, LF, Sp, Lower, Upper, OLetter, Numeric, ATerm, STerm, Close, SContinue };

// The suppressions of ICU's filtered sentence iterator (filteredbrk.cpp),
// as sets: a word at the end of the text before a break ("Mr.") is looked
// up backwards, longest first; a "partial" one ("Ph." of "Ph.D.") must be
// followed by the rest of a full entry ("Ph.D.").
struct Suppressions {
  WordMap<int> backward;     // entry (as written) -> kMatch or kPartial
  WordSet backward_longer;   // proper suffixes of `backward` keys: the backward walk goes on
  WordSet forward;           // full entries a partial one must complete
  WordSet forward_longer;    // proper prefixes of `forward` entries: the forward walk goes on
};
constexpr int kPartial = 1, kMatch = 2;

struct Tables {
  bool ok = false;
  std::array<Class, 128> cls{};
  std::array<bool, 256> stop{};  // LF, CR, ATerm, STerm: where a break may follow
  Suppressions suppress;
};

// The class of a code point; false for Extend, Format and Sep, whose rules
// (SB5, SB4 for Sep) this code does not implement: ICU is used then.
bool class_of(UChar32 c, Class& out) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_OTHER: out = Other; return true;
    case U_SB_CR: out = CR; return true;
    case U_SB_LF: out = LF; return true;
    case U_SB_SP: out = Sp; return true;
    case U_SB_LOWER: out = Lower; return true;
    case U_SB_UPPER: out = Upper; return true;
    case U_SB_OLETTER: out = OLetter; return true;
    case U_SB_NUMERIC: out = Numeric; return true;
    case U_SB_ATERM: out = ATerm; return true;
    case U_SB_STERM: out = STerm; return true;
    case U_SB_CLOSE: out = Close; return true;
    case U_SB_SCONTINUE: out = SContinue; return true;
    default: return false;
  }
}

bool class_table(std::array<Class, 128>& cls) {
  for (int c = 0; c < 128; ++c)
    if (!class_of(c, cls[c])) return false;
  return true;
}

// ICU's list of English suppressions, sorted as ICU's builder sorts it; empty on failure.
std::vector<std::string> suppression_list() {
  std::vector<std::string> out;
  UErrorCode status = U_ZERO_ERROR;
  UResourceBundle* bundle = ures_open(U_ICUDATA_NAME "-brkitr", "en", &status);
  UResourceBundle* exceptions = ures_getByKey(bundle, "exceptions", nullptr, &status);
  UResourceBundle* breaks = ures_getByKey(exceptions, "SentenceBreak", nullptr, &status);
  while (U_SUCCESS(status) && ures_hasNext(breaks)) {
    int32_t length = 0;
    const UChar* s = ures_getNextString(breaks, &length, nullptr, &status);
    std::string word;
    for (int32_t i = 0; U_SUCCESS(status) && i < length; ++i) {
      if (s[i] >= 0x80) status = U_INVALID_CHAR_FOUND;  // only ASCII entries are handled here
      word.push_back(static_cast<char>(s[i]));
    }
    out.push_back(std::move(word));
  }
  ures_close(breaks);
  ures_close(exceptions);
  ures_close(bundle);
  if (U_FAILURE(status)) out.clear();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Which entries go backward whole, which as a partial prefix, which forward:
// the choices of ICU's SimpleFilteredBreakIteratorBuilder::build.
Suppressions suppressions(const std::vector<std::string>& list) {
  constexpr int kInReverse = 1, kToForward = 2;
  std::vector<int> partial(list.size(), 0);
  Suppressions out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    std::size_t dot = list[i].find('.');
    if (dot == std::string::npos || dot + 1 == list[i].size()) continue;
    std::string_view prefix = std::string_view(list[i]).substr(0, dot + 1);
    bool same_as = false;
    for (std::size_t j = 0; j < list.size(); ++j) {
      if (j == i || std::string_view(list[j]).substr(0, dot + 1) != prefix) continue;
      if (partial[j] == 0)
        partial[j] = kInReverse | kToForward;
      else if (partial[j] & kInReverse)
        same_as = true;
    }
    if (!same_as && partial[i] == 0) {
      out.backward.emplace(std::string(prefix), kPartial);
      partial[i] = kInReverse | kToForward;
    }
  }
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (partial[i] == 0)
      out.backward.emplace(list[i], kMatch);
    else
      out.forward.insert(list[i]);
  }
  for (const auto& [key, value] : out.backward)
    for (std::size_t n = 1; n < key.size(); ++n) out.backward_longer.insert(key.substr(key.size() - n));
  for (const auto& key : out.forward)
    for (std::size_t n = 1; n < key.size(); ++n) out.forward_longer.insert(key.substr(0, n));
  return out;
}

const Tables& tables() {
  static const Tables t = [] {
    Tables t;
    std::vector<std::string> list = suppression_list();
    t.ok = class_table(t.cls) && !list.empty();
    if (t.ok) t.suppress = suppressions(list);
    for (int c = 0; c < 128; ++c) t.stop[c] = t.cls[c] == LF || t.cls[c] == CR || t.cls[c] == ATerm || t.cls[c] == STerm;
    return t;
  }();
  return t;
}

// Whether ICU's filter drops the break at `n` (< text.size()): the text
// before it (less one space) ends with a suppressed entry.
bool suppressed(std::string_view text, std::size_t n, const Suppressions& s) {
  std::size_t pos = text[n - 1] == ' ' ? n - 1 : n;
  std::size_t best = 0;
  int value = 0;
  for (std::size_t len = 1; len <= pos; ++len) {
    std::string_view tail = text.substr(pos - len, len);
    if (auto it = s.backward.find(tail); it != s.backward.end()) best = len, value = it->second;
    if (!s.backward_longer.count(tail)) break;
  }
  if (value == kMatch) return true;
  if (value != kPartial) return false;
  for (std::size_t from = pos - best, end = from + 1;; ++end) {
    std::string_view head = text.substr(from, end - from);
    if (end == text.size() || !s.forward_longer.count(head)) return s.forward.count(head) > 0;
  }
}

// Where the rules SB6-SB11 put a break after the terminator at `t` (its
// closing marks and spaces skipped): that position, or 0 for none there.
// `at(i)` is the class of character i of the `n` characters of the text.
template <class At>
std::size_t break_after_terminator(std::size_t n, std::size_t t, At at) {
  std::size_t p = t + 1;
  while (p < n && at(p) == Close) ++p;
  while (p < n && at(p) == Sp) ++p;
  if (p == n) return 0;  // the end of the text is a boundary anyway
  Class next = at(p);
  if (next == CR || next == LF || next == ATerm || next == STerm || next == SContinue) return 0;  // SB9, SB10, SB8a
  if (at(t) != ATerm) return p;
  if (p == t + 1 && next == Numeric) return 0;  // SB6
  if (p == t + 1 && next == Upper && t > 0 && (at(t - 1) == Upper || at(t - 1) == Lower)) return 0;  // SB7
  std::size_t k = p;  // SB8: no letter, separator or terminator before a lower-case letter
  while (k < n) {
    Class c = at(k);
    if (c == OLetter || c == Upper || c == Lower || c == CR || c == LF || c == ATerm || c == STerm) break;
    ++k;
  }
  return k < n && at(k) == Lower ? 0 : p;
}

// The breaks of a text of `n` characters of classes `at(i)` (SB3, SB4,
// SB6-SB11), each passed to `emit` as a character index, the end excluded.
// `stop(i)`: whether character i is LF, CR, ATerm or STerm (a fast test).
template <class At, class Stop, class Emit>
void rule_breaks(std::size_t n, At at, Stop stop, Emit emit) {
  for (std::size_t i = 0; i < n; ++i) {
    while (i < n && !stop(i)) ++i;  // most characters: no break after them
    if (i == n) break;
    Class k = at(i);
    std::size_t boundary = 0;
    if (k == LF || (k == CR && (i + 1 == n || at(i + 1) != LF)))
      boundary = i + 1;  // SB4 (CR LF kept together: SB3)
    else if (k == ATerm || k == STerm)
      boundary = break_after_terminator(n, i, at);
    if (boundary > 0 && boundary < n) emit(boundary);
  }
}

// Eight bytes at a time.
bool all_ascii(std::string_view text) {
  std::size_t i = 0;
  std::uint64_t high = 0;
  for (std::uint64_t eight; i + 8 <= text.size(); i += 8) {
    std::memcpy(&eight, text.data() + i, 8);
    high |= eight;
  }
  for (; i < text.size(); ++i) high |= static_cast<unsigned char>(text[i]);
  return (high & 0x8080808080808080ull) == 0;
}

}  // namespace

bool ascii_sentence_breaks(std::string_view text, std::vector<std::uint32_t>& out) {
  out.clear();
  const Tables& t = tables();
  if (!t.ok || !all_ascii(text)) return false;
  const std::size_t n = text.size();
  auto at = [&](std::size_t i) { return t.cls[static_cast<unsigned char>(text[i])]; };
  auto stop = [&](std::size_t i) { return t.stop[static_cast<unsigned char>(text[i])]; };
  rule_breaks(n, at, stop, [&](std::size_t b) {
    if (!suppressed(text, b, t.suppress)) out.push_back(static_cast<std::uint32_t>(b));
  });
  if (n > 0) out.push_back(static_cast<std::uint32_t>(n));
  return true;
}

bool utf8_sentence_breaks(std::string_view text, std::vector<std::uint32_t>& out) {
  out.clear();
  const Tables& t = tables();
  if (!t.ok) return false;
  // One class and byte offset per code point (the rules count characters).
  // Written in place: a text has no more code points than bytes.
  thread_local std::vector<Class> classes;
  thread_local std::vector<std::uint32_t> byte_of;
  const auto* s = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  if (static_cast<std::size_t>(length) != text.size()) return false;
  classes.resize(text.size());
  byte_of.resize(text.size());
  std::size_t n = 0;
  for (std::int32_t i = 0; i < length;) {
    if (s[i] < 0x80) {  // a run of ASCII at once: most of the text
      std::int32_t end = i + 1;
      while (end < length && s[end] < 0x80) ++end;
      for (std::int32_t k = i; k < end; ++k, ++n) {
        classes[n] = t.cls[s[k]];
        byte_of[n] = static_cast<std::uint32_t>(k);
      }
      i = end;
      continue;
    }
    byte_of[n] = static_cast<std::uint32_t>(i);
    UChar32 c = 0;
    U8_NEXT(s, i, length, c);
    if (c < 0 || !class_of(c, classes[n++])) return false;  // ill-formed (ICU reads U+FFFD), or a class not handled
  }
  auto at = [&](std::size_t i) { return classes[i]; };
  constexpr unsigned kStops = 1u << LF | 1u << CR | 1u << ATerm | 1u << STerm;
  auto stop = [&](std::size_t i) { return (kStops >> classes[i]) & 1u; };
  // The filter reads the text itself: its entries are ASCII, so a byte of a
  // longer sequence stops its walk as the code point stops ICU's.
  rule_breaks(n, at, stop, [&](std::size_t b) {
    if (!suppressed(text, byte_of[b], t.suppress)) out.push_back(byte_of[b]);
  });
  if (n > 0) out.push_back(static_cast<std::uint32_t>(text.size()));
  return true;
}

}  // namespace newsgraph::segment_detail
