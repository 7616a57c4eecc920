// An edge's evidence sentence has each run of white space made one space,
// whether the sentence needs it (the word-by-word rebuild) or not (copied).
#include <catch2/catch.hpp>

#include <string>

#include "pipeline/extract.hpp"

using namespace newsgraph;

TEST_CASE("evidence sentences have single spaces only", "[pipeline]") {
  struct Row {
    const char* text;      // a plain text document
    const char* evidence;  // the evidence sentence of its first edge
  };
  const Row rows[] = {
      {"Chile joined NATO in 2021.\n", "Chile joined NATO in 2021."},
      {"Chile  joined   NATO in 2021.\n", "Chile joined NATO in 2021."},
      {"Chile joined\tNATO in 2021.\n", "Chile joined NATO in 2021."},
      // a hard-wrapped paragraph: its newlines are spaces in the sentence
      {"Officials in Santiago said on Monday that Chile joined NATO\nin 2021 after long talks with its allies.\n",
       "Officials in Santiago said on Monday that Chile joined NATO in 2021 after long talks with its allies."},
      {"Officials in the Chilean capital said this week that Chile  joined NATO in 2021.\n",
       "Officials in the Chilean capital said this week that Chile joined NATO in 2021."},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    Document doc = read_document_bytes(row.text, "x.txt", DocumentFormat::Text);
    DocResult r = extract_document(doc, *default_lexicon());
    REQUIRE(!r.edges.empty());
    CHECK(r.edges[0].evidence.sentence == row.evidence);
  }
}
