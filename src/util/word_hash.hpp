// The hash of short words (token keys, cue words) for the tables looked up
// many times per token (WordSet, WordMap: util/flat_word_table.hpp). std::hash<std::string> runs a general byte hash
// out of line and needs a std::string to look up; this one reads a short
// word in at most two loads, and finds a std::string key from a
// string_view without building one.
#pragma once
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

namespace newsgraph {

struct WordHash {
  using is_transparent = void;
  // Not noexcept on purpose: libstdc++ then keeps each key's hash in its
  // node, so a look-up walks a bucket comparing numbers, not hashing every
  // key it passes to learn where the bucket ends.
  std::size_t operator()(std::string_view s) const {
    const char* p = s.data();
    std::size_t n = s.size();
    std::uint64_t h = static_cast<std::uint64_t>(n) * 0x9E3779B97F4A7C15ull;
    for (; n > 8; p += 8, n -= 8) h = mix(h ^ load(p, 8));
    return static_cast<std::size_t>(mix(h ^ load(p, n)));
  }

 private:
  // The n <= 8 bytes at p as one number; different bytes of one length give different numbers.
  static std::uint64_t load(const char* p, std::size_t n) noexcept {
    if (n >= 4) {
      std::uint32_t a, b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      return (std::uint64_t{a} << 32) | b;
    }
    if (n == 0) return 0;
    auto byte = [](char c) { return std::uint64_t{static_cast<unsigned char>(c)}; };
    return (byte(p[0]) << 16) | (byte(p[n / 2]) << 8) | byte(p[n - 1]);
  }
  static std::uint64_t mix(std::uint64_t x) noexcept {
    x = (x ^ (x >> 31)) * 0xBF58476D1CE4E5B9ull;
    return x ^ (x >> 29);
  }
};

}  // namespace newsgraph
