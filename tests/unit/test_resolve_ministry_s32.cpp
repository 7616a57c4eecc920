// Session 32 (v1): one ministry written two ways in one article ("Norway's
// Defence Ministry", "the Norwegian Ministry of Defence") is one node: the
// name key of "X Ministry" is that of "Ministry of X". Two nations'
// ministries stay apart. Texts written for the test.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "extract_fixtures.hpp"
#include "resolve_fixtures.hpp"
#include "pipeline/extract.hpp"
#include "resolve/resolve.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("'X Ministry' keys as 'Ministry of X'", "[lexicon][keys][s32]") {
  auto lex = default_lexicon();
  CHECK(lex->name_key_of("Defence Ministry") == lex->name_key_of("Ministry of Defence"));
  CHECK(lex->name_key_of("the Interior Ministry") == lex->name_key_of("the Ministry of the Interior"));
  CHECK(lex->name_key_of("Justice Ministry") == lex->name_key_of("Ministry of Justice"));
  CHECK(lex->name_key_of("Norwegian Defence Ministry") == lex->name_key_of("Norwegian Ministry of Defence"));
  // two nations' demonyms stay in the key
  CHECK(lex->name_key_of("Danish Defence Ministry") != lex->name_key_of("Norwegian Ministry of Defence"));
  // the exact word swap only: "Foreign Ministry" is not keyed as "Ministry of Foreign Affairs"
  CHECK(lex->name_key_of("Foreign Ministry") == "ministry of foreign");
  CHECK(lex->name_key_of("Ministry") == "ministry");
}

TEST_CASE("one ministry written two ways in one article is one node", "[resolve][s32]") {
  auto g = graph_of({"Norway's Defence Ministry said on Monday it would buy new submarines. "
                     "The Norwegian Ministry of Defence signed the contract on Tuesday."});
  CHECK(bodies_named(g, {"Norway's Defence Ministry", "Norwegian Ministry of Defence"}).size() == 1);
  auto h = graph_of({"Sweden's Justice Ministry said on Monday the law would change. "
                     "The Swedish Ministry of Justice published the draft on Tuesday."});
  CHECK(bodies_named(h, {"Sweden's Justice Ministry", "Swedish Ministry of Justice"}).size() == 1);
}

TEST_CASE("two nations' ministries written two ways stay two nodes", "[resolve][s32]") {
  auto g = graph_of({"Estonia's Interior Ministry said on Monday it had detained a suspect. "
                     "Latvia's Ministry of the Interior said on Tuesday it had questioned him."});
  CHECK(bodies_named(g, {"Estonia's Interior Ministry", "Latvia's Ministry of the Interior"}).size() == 2);
  auto h = graph_of({"Norway's Defence Ministry signed the contract on Monday.",
                     "Denmark's Ministry of Defence signed the contract on Tuesday."});
  CHECK(bodies_named(h, {"Norway's Defence Ministry", "Denmark's Ministry of Defence"}).size() == 2);
}
