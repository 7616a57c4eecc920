// Publication dates, session 22: a press release's line of parts led by a
// label in sentence case ("Press release | Ministry of X | 3 November 2026").
#include <catch2/catch.hpp>

#include <string>

#include "document/document.hpp"

using namespace newsgraph;

TEST_CASE("s22: a label in sentence case before a bar opens a dateline", "[document][metadata][s22]") {
  struct Row {
    std::string text;
    std::string published;  // "" : none
  };
  const std::vector<Row> rows = {
      {"Chile and Peru agree to share threat data\n\nPress release | Ministry of Defence of Chile | 3 November 2025\n\n"
       "SANTIAGO - The ministers met on Monday.\n",
       "2025-11-03"},
      {"Joint statement | 12 May 2025\n\nThe ministers met.\n", "2025-05-12"},
      // a headline before a bar is no label: its date is read only when labelled
      {"Chile joins the Andes drill as Peru watches | 2 October 2025\n\nThe navy ran a drill.\n", ""},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto doc = read_document_bytes(row.text, "doc", DocumentFormat::Text);
    CHECK((doc.meta.published ? doc.meta.published->iso() : std::string()) == row.published);
  }
}
