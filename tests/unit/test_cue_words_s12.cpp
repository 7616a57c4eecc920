// Cue words by word id (relate/cue_words.hpp): the cue fallback and the
// document-participation claims find cues by id, and by their strings when
// the table cannot hold every family; both readings give the same edges.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"
#include "relate/cue_words.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;
using detail::CueWords;

namespace {

std::vector<std::string> cue_patterns(const std::string& text, const Lexicon& lex) {
  DocAnalysis doc = analyse(text);
  std::vector<std::string> out;
  for (auto& r : find_relations(doc, text, Date{2025, 6, 18}, lex))
    if (r.pattern.starts_with("cue:")) out.push_back(r.pattern + " " + doc.entities[r.source].label);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("cue words: each cue, phrase head and participation cue has its bit", "[relate][cues][lexicon]") {
  Lexicon lex = *default_lexicon();
  lex.cue_families.resize(2);
  lex.cue_families[0].cues = {"co-founder", "took charge"};
  lex.cue_families[1].cues = {"envoy"};
  lex.document_participation.cues = {"sent troops to", "drilled"};
  lex.index();
  const CueWords& ids = detail::cue_words(lex);
  REQUIRE(ids.complete);
  struct Row {
    const char* word;
    std::uint16_t bits;
  };
  const Row rows[] = {
      {"took charge", CueWords::family_cue(0)},
      {"took", CueWords::family_head(0)},
      {"envoy", CueWords::family_cue(1)},
      {"drilled", CueWords::participation_cue},
      {"sent", CueWords::participation_head},
      {"sent troops", CueWords::participation_head},
      {"charge", 0},
      {"harbour", 0},
  };
  for (const auto& row : rows) {
    INFO(row.word);
    CHECK(ids.of(lex.word_id(row.word)) == row.bits);
  }
}

TEST_CASE("cue words: over seven families, cues are compared as strings, same edges", "[relate][cues]") {
  const std::string texts[] = {
      "Estonia in 2021 became the newest signatory, as the Tallinn Manual Accord was finally closed.",
      "Jane Roe, chief since 2019 at the Estonian Information System Authority, spoke on Monday.",
  };
  Lexicon many = *default_lexicon();
  while (many.cue_families.size() < 9) {
    many.cue_families.push_back(many.cue_families.back());
    many.cue_families.back().cues = {"zzqxv"};  // found in no text
  }
  many.index();
  CHECK_FALSE(detail::cue_words(many).complete);
  for (const auto& text : texts) {
    INFO(text);
    auto by_id = cue_patterns(text, *default_lexicon());
    CHECK_FALSE(by_id.empty());
    CHECK(cue_patterns(text, many) == by_id);
  }
}

TEST_CASE("cue words: negators and modals have their negation flags by id", "[relate][negation][lexicon]") {
  Lexicon lex = *default_lexicon();
  lex.negators = {"never"};
  lex.modals = {"hopes to", "might"};
  lex.index();
  const CueWords& ids = detail::cue_words(lex);
  REQUIRE(ids.negation_complete);
  struct Row {
    const char* word;
    std::uint8_t flags;
  };
  const Row rows[] = {
      {"never", Lexicon::negation_whole},
      {"might", Lexicon::negation_whole},
      {"hopes to", Lexicon::negation_whole},
      {"hopes", Lexicon::negation_first},
      {"to", 0},
      {"harbour", 0},
  };
  for (const auto& row : rows) {
    INFO(row.word);
    CHECK(ids.negation_of(lex.word_id(row.word)) == row.flags);
  }
}
