// A token key (a std::string) that compares with a string literal by size
// first, inline. The rules compare keys with literals everywhere
// (key == "of", key != ","); std::string's own comparison with a
// `const char*` measures the literal and calls memcmp out of line each time.
#pragma once
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>

namespace newsgraph {

class WordKey : public std::string {
 public:
  WordKey() = default;
  WordKey(const char* s) : std::string(s) {}  // NOLINT: as std::string converts
  // Explicit: `cond ? key : std::string()` then reads the key as a std::string.
  explicit WordKey(std::string_view s) : std::string(s) {}
  explicit WordKey(const std::string& s) : std::string(s) {}
  explicit WordKey(std::string&& s) noexcept : std::string(std::move(s)) {}
  WordKey(std::size_t n, char c) : std::string(n, c) {}
  WordKey& operator=(const std::string& s) {
    std::string::operator=(s);
    return *this;
  }
  WordKey& operator=(std::string&& s) noexcept {
    std::string::operator=(std::move(s));
    return *this;
  }
  WordKey& operator=(const char* s) {
    std::string::operator=(s);
    return *this;
  }
  WordKey& operator=(std::string_view s) {
    std::string::operator=(s);
    return *this;
  }

  template <std::size_t N>
  friend bool operator==(const WordKey& a, const char (&b)[N]) {
    return a.size() == N - 1 && std::memcmp(a.data(), b, N - 1) == 0;
  }
  template <std::size_t N>
  friend bool operator!=(const WordKey& a, const char (&b)[N]) {
    return !(a == b);
  }
};

}  // namespace newsgraph

namespace newsgraph {

// A token key viewed, not owned: what the relation finder's items hold. It
// views a token's key (alive as long as the document's analysis) or a literal
// ("<role>", "<pair>"), so copying an item copies two words, not a string.
// Built from a temporary string it would dangle: that does not compile.
class KeyView : public std::string_view {
 public:
  constexpr KeyView() = default;
  template <std::size_t N>
  constexpr KeyView(const char (&s)[N]) : std::string_view(s, N - 1) {}  // NOLINT: a literal
  KeyView(const std::string& s) : std::string_view(s) {}                 // NOLINT: a token's key
  KeyView(std::string&&) = delete;
  explicit constexpr KeyView(std::string_view s) : std::string_view(s) {}

  template <std::size_t N>
  friend bool operator==(const KeyView& a, const char (&b)[N]) {
    return a.size() == N - 1 && std::memcmp(a.data(), b, N - 1) == 0;
  }
  template <std::size_t N>
  friend bool operator!=(const KeyView& a, const char (&b)[N]) {
    return !(a == b);
  }
};

}  // namespace newsgraph
