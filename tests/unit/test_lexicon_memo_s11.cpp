// Lexicon::name_key_of remembers keys per thread: a lexicon indexed again,
// or another lexicon, must never get a key remembered from before.
#include <catch2/catch.hpp>

#include "lexicon/lexicon.hpp"

using namespace newsgraph;

TEST_CASE("name keys follow the lexicon as last indexed", "[lexicon]") {
  Lexicon lex = *default_lexicon();
  CHECK(lex.name_key_of("Harbour Watch") == "harbour watch");
  CHECK(lex.name_key_of("Harbour Watch") == "harbour watch");  // the remembered key
  lex.variants.emplace_back("watch", "guard");
  lex.index();
  CHECK(lex.name_key_of("Harbour Watch") == "harbour guard");
  // Another lexicon (the shipped one) in the same thread keeps its own keys.
  CHECK(default_lexicon()->name_key_of("Harbour Watch") == "harbour watch");
  CHECK(lex.name_key_of("Harbour Watch") == "harbour guard");
}

TEST_CASE("remembered name keys equal computed ones", "[lexicon]") {
  Lexicon fresh = *default_lexicon();
  fresh.index_serial = 0;  // not indexed as far as the memo knows: computed every time
  const char* rows[] = {"the U.S.", "U.S. Cyber Command", "Finland's Defence Forces", "NATO's", "Ministry of Defence",
                        "Ministry of Defense", "Dong-kil O'Malley", "St. Olaf", "Luxemburg"};
  for (const char* name : rows) {
    CAPTURE(name);
    std::string computed = fresh.name_key_of(name);
    CHECK(default_lexicon()->name_key_of(name) == computed);
    CHECK(default_lexicon()->name_key_of(name) == computed);
  }
}
