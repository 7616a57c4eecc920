#include "util/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace newsgraph {

std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = byte(0);
  if (c < 0x80) return 1;
  const std::size_t need = c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
  if (need == 0 || i + need > s.size()) return 0;
  // The second byte's range depends on the first (overlongs, surrogates, > U+10FFFF).
  unsigned char low = 0x80, high = 0xBF;
  if (c == 0xE0) low = 0xA0;
  else if (c == 0xED) high = 0x9F;
  else if (c == 0xF0) low = 0x90;
  else if (c == 0xF4) high = 0x8F;
  if (byte(1) < low || byte(1) > high) return 0;
  for (std::size_t k = 2; k < need; ++k)
    if ((byte(k) & 0xC0) != 0x80) return 0;
  return need;
}

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // ASCII 8 bytes at a time: the graph reader checks every string of a
    // million-edge file with this.
    for (std::uint64_t word; s.size() - i >= 8; i += 8) {
      std::memcpy(&word, s.data() + i, 8);
      if (word & 0x8080808080808080ULL) break;
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    if (i == s.size()) break;
    std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

std::string replace_invalid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = utf8_sequence_length(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

}  // namespace newsgraph
