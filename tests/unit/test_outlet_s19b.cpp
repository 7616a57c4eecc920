// Session 19 (k2): the writer a byline names works for the outlet that published the
// document, also when only the front matter names the writer.
#include <catch2/catch.hpp>

#include "document/document.hpp"
#include "metadata_rows.hpp"
#include "outlet_checks.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a writer only the front matter names works for the outlet", "[outlet][s19]") {
  struct Row {
    const char* front;  // the front matter's author and source lines
    const char* writer;
    const char* outlet;
    bool related;
  };
  const std::vector<Row> rows = {
      // the text never names the writer: the byline still states the affiliation
      {"author: Mereana Tane-Holloway\nsource: Coral Sea Letters\n", "Mereana Tane-Holloway", "Coral Sea Letters", true},
      {"author: Piet Kroon\nsource: Lowland Cyber Weekly\n", "Piet Kroon", "Lowland Cyber Weekly", true},
      // no outlet named: nobody to be affiliated with
      {"author: Piet Kroon\n", "Piet Kroon", "Lowland Cyber Weekly", false},
      // a desk is no writer
      {"author: Staff Desk\nsource: Coral Sea Letters\n", "Staff Desk", "Coral Sea Letters", false},
  };
  for (const auto& row : rows) {
    INFO(row.front);
    std::string text = std::string("---\ntitle: \"Week 12\"\n") + row.front +
                       "---\n\n# Week 12\n\nThe navy of Fiji ran a drill on Monday.\n";
    auto r = extract_document(read_document_bytes(text, "doc", DocumentFormat::Markdown), *default_lexicon());
    CHECK(writes_for(r, row.writer, row.outlet) == row.related);
  }
}

TEST_CASE("a live blog's byline names its writers", "[outlet][s19]") {
  struct Row {
    const char* text;
    const char* writer;
    bool related;
  };
  const std::string head = "HARBOUR BRIEF LIVE\n\nAs it happened: ports test their cyber plans\n\n";
  const std::vector<Row> rows = {
      {"Live blog by Mirela Dunca and Tomas Berg\n\n17:48 CET - The port of Valdora ran a drill.\n", "Mirela Dunca", true},
      {"Live blog by Mirela Dunca and Tomas Berg\n\n17:48 CET - The port of Valdora ran a drill.\n", "Tomas Berg", true},
      // a live blog the story speaks of is no byline
      {"The port of Valdora ran a drill. A live blog by Mirela Dunca followed it.\n", "Mirela Dunca", false},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto r = extract_document(read_document_bytes(head + row.text, "doc", DocumentFormat::Text), *default_lexicon());
    CHECK(writes_for(r, row.writer, "Harbour Brief Live") == row.related);
  }
}

TEST_CASE("a byline after the outlet and its section", "[outlet][s19]") {
  const std::string line = "Ports test their cyber plans\n\nHarbour Signal \u00b7 Explainers \u00b7 By Mirela Dunca, Valdora\n\n"
                           "The port of Valdora ran a drill on Monday.\n";
  check_meta_rows({
      {line, MetaField::author, "Mirela Dunca"},
      {line, MetaField::source, "Harbour Signal"},
      // no label in the line: no byline, no outlet
      {"Ports test their cyber plans\n\nHarbour Signal \u00b7 Explainers \u00b7 Mirela Dunca\n\nThe port ran a drill.\n",
       MetaField::author, ""},
      // a first part with a number is no outlet's name
      {"Ports test their cyber plans\n\nIssue 12 \u00b7 By Mirela Dunca\n\nThe port ran a drill.\n", MetaField::source, ""},
  });
}

TEST_CASE("the masthead's outlet the text read as a person is the outlet", "[outlet][s19]") {
  // "told Harbour Signal" reads the outlet's two words as a person's names
  const std::string text = "# Ports test their cyber plans\n\n**Harbour Signal** \u00b7 Explainers \u00b7 *By Mirela Dunca, Valdora*\n\n"
                           "The port of Valdora ran a drill on Monday. Ana Kovac told *Harbour Signal* she hoped the port "
                           "would host a course.\n";
  auto r = extract_document(read_document_bytes(text, "doc", DocumentFormat::Markdown), *default_lexicon());
  CHECK(writes_for(r, "Mirela Dunca", "Harbour Signal"));
  bool person = false;
  for (const auto& e : r.entities) person |= e.label == "Harbour Signal" && e.type == NodeType::Person;
  CHECK_FALSE(person);
  // a person the byline does not name as the outlet stays a person
  bool kovac = false;
  for (const auto& e : r.entities) kovac |= e.label == "Ana Kovac" && e.type == NodeType::Person;
  CHECK(kovac);
}

TEST_CASE("an html element of class author names the writer", "[outlet][s19]") {
  const std::string head = "<html><head><title>Ports test their cyber plans</title></head><body><h1>Ports test their cyber plans</h1>";
  const std::string tail = "<p>The port of Valdora ran a drill on Monday.</p></body></html>";
  const auto html = DocumentFormat::Html;
  check_meta_rows({
      {head + "<span class=\"author\">Mirela Dunca</span>" + tail, MetaField::author, "Mirela Dunca", html},
      {head + "<div class=\"meta byline\">Harbour Signal / Mirela Dunca</div>" + tail, MetaField::author, "Mirela Dunca", html},
      {head + "<div class=\"meta byline\">Harbour Signal / Mirela Dunca</div>" + tail, MetaField::source, "Harbour Signal", html},
      // a sentence about the writer, or markup inside, is no name
      {head + "<p class=\"author-bio\">Mirela Dunca covers ports for us.</p>" + tail, MetaField::author, "", html},
      {head + "<span class=\"author\"><a href=\"/a\">Mirela Dunca</a> and staff</span>" + tail, MetaField::author, "", html},
  });
}

TEST_CASE("the outlet a byline names is the company of that name in the footer", "[outlet][s19]") {
  const std::string text =
      "<html><head><title>Ports test their cyber plans</title></head><body><h1>Ports test their cyber plans</h1>"
      "<div class=\"byline\">Harbour Signal / Mirela Dunca</div><p>The port of Valdora ran a drill on Monday.</p>"
      "<footer><p>&copy; 2026 Harbour Signal Media GmbH. All rights reserved.</p></footer></body></html>";
  auto r = extract_document(read_document_bytes(text, "doc", DocumentFormat::Html), *default_lexicon());
  CHECK(writes_for(r, "Mirela Dunca", "Harbour Signal Media GmbH"));
  CHECK_FALSE(writes_for(r, "Mirela Dunca", "Harbour Signal"));
}

TEST_CASE("the outlet's own writer its text calls 'our' correspondent", "[outlet][s19]") {
  struct Row {
    const char* sentence;
    const char* person;
    bool related;
  };
  const std::vector<Row> rows = {
      {"Our Pacific correspondent Liam Ford was there.", "Liam Ford", true},
      {"Our correspondent Liam Ford was there.", "Liam Ford", true},
      // another outlet's writer, or a title with no "our", is not the outlet's
      {"The correspondent Liam Ford was there.", "Liam Ford", false},
      {"Our guest Liam Ford, a correspondent for another paper, was there.", "Liam Ford", false},
  };
  for (const auto& row : rows) {
    INFO(row.sentence);
    std::string text = std::string("PORT RADIO\nMorning Edition\n\nThe port of Valdora ran a drill on Monday. ") + row.sentence + "\n";
    auto r = extract_document(read_document_bytes(text, "doc", DocumentFormat::Text), *default_lexicon());
    CHECK(writes_for(r, row.person, "Port Radio") == row.related);
  }
}

TEST_CASE("a masthead's breadcrumb names the outlet, the text's short name is it", "[outlet][s19]") {
  const std::string head = "THE HARBOUR CLARION  >  NEWS  >  PORTS\n\nVALDORA PORT STAFF SEE OFF MOCK ATTACK\n\n"
                           "By MIRELA DUNCA, PORTS EDITOR\n23:15, Sat, Jun 27, 2026\n\n";
  check_meta_rows({
      {head + "The port of Valdora ran a drill on Monday.\n", MetaField::source, "THE HARBOUR CLARION"},
  });
  auto r = extract_document(read_document_bytes(head + "The port of Valdora ran a drill on Monday. A port official told "
                                                       "the Clarion the drill went well.\n",
                                                "doc", DocumentFormat::Text),
                            *default_lexicon());
  CHECK(writes_for(r, "MIRELA DUNCA", "Clarion"));
  int outlets = 0;  // one node for the outlet, not "The Harbour Clarion" beside "Clarion"
  for (const auto& e : r.entities) outlets += e.type == NodeType::Organisation;
  CHECK(outlets == 1);
}
