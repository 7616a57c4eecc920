// Session 11: the outlet a masthead or front matter names is an organisation
// even when no byline names a writer; its acronym in the text is the same
// outlet; a masthead naming the document's kind names no outlet. Texts
// written for the test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "document/document.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;

namespace {

DocResult extract_as(const std::string& text, DocumentFormat format) {
  return extract_document(read_document_bytes(text, "doc", format), *default_lexicon());
}

int organisations_named(const DocResult& r, const std::string& label) {
  int n = 0;
  for (const auto& e : r.entities) n += e.type == NodeType::Organisation && e.label == label;
  return n;
}

struct OutletRow {
  const char* text;
  DocumentFormat format;
  const char* outlet;  // the organisation's label, "" when none is wanted
  const char* absent;  // a label no organisation may have
};

}  // namespace

TEST_CASE("s11: a masthead or front matter names its outlet without a byline", "[outlets][s11]") {
  const std::vector<OutletRow> rows = {
      {"THE LAGOON HERALD\n\nPorts test their cyber plans\n\nThe port of Valdora ran a cyber drill on Monday.\n",
       DocumentFormat::Text, "The Lagoon Herald", ""},
      {"---\ntitle: \"Week 12\"\nsource: Coral Sea Letters\n---\n\n# Week 12\n\nThe navy of Fiji ran a drill.\n",
       DocumentFormat::Markdown, "Coral Sea Letters", ""},
      // a section after the masthead's dash is no part of its name
      {"THE LAGOON HERALD - ANALYSIS\n\nPorts test their cyber plans\n\nThe port of Valdora ran a drill on Monday.\n",
       DocumentFormat::Text, "The Lagoon Herald", "The Lagoon Herald - Analysis"},
      // the document's kind in capitals is no outlet
      {"JOINT STATEMENT\n\nOn the second dialogue\n\nThe two ministries met in Accra on Monday.\n",
       DocumentFormat::Text, "", "Joint Statement"},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto r = extract_as(row.text, row.format);
    if (*row.outlet) CHECK(organisations_named(r, row.outlet) == 1);
    CHECK(organisations_named(r, row.absent) == 0);
  }
}

TEST_CASE("s11: the text's acronym of the masthead is the same outlet", "[outlets][s11]") {
  auto r = extract_as("SOUTH-EAST MARITIME REVIEW\n\nNavies drill in the strait\n\nThe admiral told SEMR that the drill "
                      "had gone well.\n",
                      DocumentFormat::Text);
  CHECK(organisations_named(r, "South-east Maritime Review") == 1);
  CHECK(organisations_named(r, "SEMR") == 0);
}
