// Session 20: the shipped lexicon is no longer validated at every start; this
// test is where its files are checked against their schemas. A user's file
// (--lexicon) is still validated when it is read.
#include <catch2/catch.hpp>

#include <string>

#include "lexicon/lexicon.hpp"
#include "util/errors.hpp"
#include "util/resources.hpp"

using namespace newsgraph;

TEST_CASE("lexicon s20: every shipped lexicon file matches its schema", "[lexicon][s20]") {
  int files = 0;
  for (const auto& r : embedded_resources()) {
    if (!r.path.starts_with("src/lexicon/data/") || !r.path.ends_with(".json")) continue;
    Lexicon lex;
    INFO(r.path);
    CHECK_NOTHROW(add_lexicon_json(lex, r.content, std::string(r.path), true));
    ++files;
  }
  CHECK(files >= 9);  // cues, exercises, nations, nation_names, organisations, patterns, people, places, temporal
}

TEST_CASE("lexicon s20: a user's file is still checked against the schema", "[lexicon][s20]") {
  Lexicon lex;
  // a word list must be a list of strings
  CHECK_THROWS_AS(add_lexicon_json(lex, R"({"speech_verbs": [1, 2]})", "user.json"), InputError);
  CHECK_THROWS_AS(add_lexicon_json(lex, R"({"patterns": [{"name": "x"}]})", "user_patterns.json"), InputError);
  CHECK_NOTHROW(add_lexicon_json(lex, R"({"speech_verbs": ["remarked"]})", "user.json"));
}
