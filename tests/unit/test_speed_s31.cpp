// Session 31 (helper s8), extraction speed: answers read from an index or
// computed once must be the answers the slower reading gave.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "lexicon/lexicon.hpp"
#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

using namespace newsgraph;

namespace {

// head_only_in_capitals() as it read the lexicon's lists before the index.
bool scanned_only_in_capitals(const Lexicon& lex, std::string_view key) {
  bool seen = false;
  for (const auto& [type, heads] : lex.head_words)
    for (const auto& h : heads) {
      if (ascii_lowered(h) != key) continue;
      if (h.size() < 2 || !ascii_capitals(h)) return false;
      seen = true;
    }
  return seen;
}

}  // namespace

// head_only_in_capitals() reads a table built once per lexicon: a head word written
// only in capitals ("QX") is one, a key also spelt otherwise ("Zv" beside "ZV"),
// a single capital ("W") and a word no head has are none; and on the shipped
// lexicon the index answers as the scan of every head word did, for every head.
TEST_CASE("s31: head words written only in capitals come from the index", "[recognise][s31-s8]") {
  auto dir = std::filesystem::temp_directory_path() / "newsgraph_s31_capital_heads";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "heads.json") << R"({"head_words": {"Organisation": ["QX", "Zv", "W"], "Place": ["ZV"]}})";
  auto lex = load_lexicon(dir.string());
  std::filesystem::remove_all(dir);
  CHECK(detail::head_only_in_capitals(*lex, "qx"));
  CHECK_FALSE(detail::head_only_in_capitals(*lex, "zv"));
  CHECK_FALSE(detail::head_only_in_capitals(*lex, "w"));
  CHECK_FALSE(detail::head_only_in_capitals(*lex, "harbour"));
  for (const auto& [type, heads] : lex->head_words)
    for (const auto& h : heads) {
      std::string key = ascii_lowered(h);
      INFO(key);
      CHECK(detail::head_only_in_capitals(*lex, key) == scanned_only_in_capitals(*lex, key));
    }
}
