// Lexicon words keyed as text is (session 28, f11): a pattern word written
// with a hyphen ("co-chairs") is keyed the way the tokenizer keys the same
// word in an article, so that it matches. Texts read as published on
// Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "lexicon/lexicon.hpp"
#include "paraphrase_rows.hpp"
#include "recognise/tokens.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// How an article's text is keyed: its tokens, each by the tokenizer's key or else token_key().
std::string text_key(const Lexicon& lex, const std::string& text) {
  std::string key;
  for (const auto& t : tokenize(text, 0, text.size(), lex.abbreviations)) {
    if (!key.empty()) key += ' ';
    key += t.key.empty() ? lex.token_key(t.text) : std::string(t.key);
  }
  return key;
}

bool pattern_has_word(const Lexicon& lex, const std::string& pattern, const std::string& key) {
  for (const auto& p : lex.patterns)
    if (p.name == pattern)
      for (const auto& e : p.elements)
        if (std::find(e.words.begin(), e.words.end(), key) != e.words.end()) return true;
  return false;
}

}  // namespace

TEST_CASE("s28-f11: a hyphenated pattern word is keyed as the same word in text", "[lexicon][s28-f11]") {
  const Lexicon& lex = *default_lexicon();
  // one token whose key has a space, and one cut before a "-hosted" suffix
  CHECK(pattern_has_word(lex, "person_chaired_event", text_key(lex, "co-chairs")));
  CHECK(pattern_has_word(lex, "hosted_by", text_key(lex, "co-convened")));
  CHECK(pattern_has_word(lex, "hosted_by", text_key(lex, "Co-Hosted")));
  CHECK(pattern_has_word(lex, "coordinated_by", text_key(lex, "co-ordinated")));
}

TEST_CASE("s28-f11: patterns written with a hyphen match the hyphenated word", "[relate][organises][s28-f11]") {
  check_relation_rows({
      {"The Nordic Resilience Dialogue, which was co-convened by the Norwegian Directorate for Civil "
       "Protection, opened in Oslo on Monday.",
       {"Norwegian Directorate for Civil Protection organises Nordic Resilience Dialogue"},
       {}},
      {"Exercise Frost Shield, which was co-ordinated by the Swedish Armed Forces, ended in Boden.",
       {"Swedish Armed Forces organises Frost Shield"},
       {}},
      {"Maria Lindqvist co-chairs the Arctic Data Forum in Tromso.",
       {"Maria Lindqvist participates_in Arctic Data Forum"},
       {}},
  });
}
