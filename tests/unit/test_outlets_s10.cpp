// Session 10: news outlets and their writers. A masthead or byline names
// the outlet; its writer is affiliated_with it, even when the masthead is
// set in capitals the recogniser does not tag. Texts written for the test.
#include <catch2/catch.hpp>

#include <string>

#include "document/document.hpp"
#include "metadata_rows.hpp"
#include "outlet_checks.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

DocResult extract_text(const std::string& text) {
  return extract_document(read_document_bytes(text, "doc", DocumentFormat::Text), *default_lexicon());
}

bool has_entity(const DocResult& r, const std::string& label, NodeType type) {
  for (const auto& e : r.entities)
    if (e.label == label && e.type == type) return true;
  return false;
}

}  // namespace

TEST_CASE("s10: a writer works for the capitalised masthead's outlet", "[outlets][s10]") {
  auto r = extract_text("THE HARBOUR COURIER\n\nPorts test their cyber plans\n\nBy Mirela Dunca\n"
                        "Published on 4 May 2025\n\nThe port of Valdora ran a cyber drill last week, Mirela Dunca "
                        "reported.\n");
  CHECK(has_entity(r, "The Harbour Courier", NodeType::Organisation));
  CHECK(writes_for(r, "Mirela Dunca", "The Harbour Courier"));
}

TEST_CASE("s10: a place after the byline's comma is no outlet", "[outlets][s10]") {
  auto r = extract_text("Ports test their cyber plans\n\nBy Mirela Dunca, Valdora City\n"
                        "Published on 4 May 2025\n\nOfficials in Valdora City said the port ran a cyber drill.\n");
  CHECK_FALSE(has_entity(r, "Valdora City", NodeType::Organisation));
  CHECK_FALSE(writes_for(r, "Mirela Dunca", "Valdora City"));
}

// Session 11: the outlet is made without a writer too (the publisher is an
// organisation the document names); only the writer's edge needs a writer.
TEST_CASE("s10: without a writer the text names, the outlet has no writer's edge", "[outlets][s10]") {
  auto r = extract_text("THE HARBOUR COURIER\n\nPorts test their cyber plans\n\nPublished on 4 May 2025\n\n"
                        "The port of Valdora ran a cyber drill last week.\n");
  CHECK(has_entity(r, "The Harbour Courier", NodeType::Organisation));
  for (const auto& e : r.edges) CHECK(e.type != EdgeType::affiliated_with);
}

TEST_CASE("s10: a title before the writer's name is no part of it", "[outlets][s10]") {
  check_meta_rows({
      {"Ports test their cyber plans\n\nBy Baltic affairs correspondent Mirela Dunca and Tomas Berg in Valdora\n"
       "Published on 4 May 2025\n\nThe port ran a drill.\n",
       MetaField::author, "Mirela Dunca and Tomas Berg"},  // (s36-z2: where they filed from is no part of the names)
      {"Ports test their cyber plans\n\nBy our correspondent Mirela Dunca, Valdora\n\nThe port ran a drill.\n",
       MetaField::author, "Mirela Dunca"},
      // a capitalised name that holds a title word stays whole
      {"Ports test their cyber plans\n\nBy Anna Editor Smith\n\nThe port ran a drill.\n", MetaField::author,
       "Anna Editor Smith"},
  });
}

TEST_CASE("s10: an edition's masthead names the outlet, not the title", "[outlets][s10]") {
  const std::string edition =
      "Valdora Tageblatt - English edition\n\nPorts test their cyber plans\n\n"
      "By our correspondent Mirela Dunca, Lisbon\n\nThe port ran a drill.\n";
  const std::string headline = "Valdora fair opens its largest edition\n\nThe port ran a drill.\n";
  check_meta_rows({
      {edition, MetaField::source, "Valdora Tageblatt"},
      {edition, MetaField::title, "Ports test their cyber plans"},
      {"Harbour Shimbun English Edition\n\nPorts test their cyber plans\n\nThe port ran a drill.\n", MetaField::source,
       "Harbour Shimbun English Edition"},
      // a headline about an edition is a title
      {headline, MetaField::title, "Valdora fair opens its largest edition"},
      {headline, MetaField::source, ""},
  });
}

TEST_CASE("s10: the agency in a wire dateline is the outlet", "[outlets][s10]") {
  const std::string wire =
      "Ports test their cyber plans\n\nBy Mirela Dunca\n\n"
      "VALDORA, May 4, 2025 (Harbour Wire) - The port ran a drill on Friday.\n";
  check_meta_rows({
      {wire, MetaField::source, "Harbour Wire"},
      {wire, MetaField::published, "2025-05-04"},
      // words in parentheses inside the story after the dash are not the agency
      {"Ports test their cyber plans\n\nVALDORA, May 4, 2025 - The port authority (Valdora Ports) ran a drill.\n",
       MetaField::source, ""},
      // a time zone in parentheses is no agency
      {"Ports test their cyber plans\n\nVALDORA, May 4, 2025 (09:30 CET) - The port ran a drill.\n", MetaField::source,
       ""},
  });
}

TEST_CASE("s10: an outlet's name under the headline is the masthead", "[outlets][s10]") {
  const std::string under =
      "Ports test their cyber plans\nValdora Courier\nBy Mirela Dunca in Valdora\n\nThe port ran a drill.\n";
  check_meta_rows({
      {under, MetaField::source, "Valdora Courier"},
      {under, MetaField::title, "Ports test their cyber plans"},
      // a standfirst under the headline is no outlet, nor is a kicker in capitals
      {"Ports test their cyber plans\nOfficials fear a winter of attacks on the news\nBy Mirela Dunca\n\n"
       "The port ran a drill.\n",
       MetaField::source, ""},
      {"Ports test their cyber plans\nEXCLUSIVE REPORT\nBy Mirela Dunca\n\nThe port ran a drill.\n", MetaField::source,
       ""},
  });
}

TEST_CASE("s10: a person's name before a dateline's bar is the writer", "[outlets][s10]") {
  const std::string bar = "HARBOUR BRIEF\n\nPorts test their cyber plans\n\nMirela Dunca | 4 May 2025\n\nThe port ran a drill.\n";
  const std::string dot =
      "Ports test their cyber plans\n\nMirela Dunca \xC2\xB7 Valdora News \xC2\xB7 Posted: May 4, 2025\n\n"
      "The port ran a drill.\n";
  const std::string story = "\n\nThe port ran a drill.\n";
  check_meta_rows({
      {bar, MetaField::author, "Mirela Dunca"},
      {bar, MetaField::published, "2025-05-04"},
      {dot, MetaField::author, "Mirela Dunca"},
      {dot, MetaField::source, "Valdora News"},
      // a section's name, an outlet's name or a label in capitals is no writer
      {"Ports test their cyber plans\n\nHarbour News | 4 May 2025" + story, MetaField::author, ""},
      {"Ports test their cyber plans\n\nPRESS RELEASE | 4 May 2025" + story, MetaField::author, ""},
      {"Ports test their cyber plans\n\nPorts & Shipping | 4 May 2025" + story, MetaField::author, ""},
  });
}

TEST_CASE("s10: a masthead wins over a dateline's parentheses", "[outlets][s10]") {
  check_meta_rows({
      {"Ports test their cyber plans\n\nValdora | 16/07/2026, 10:30 (EEST)\n\nThe port ran a drill.\n",
       MetaField::source, ""},
      {"HARBOUR BRIEF | Ports\n\nPorts test their cyber plans\n\n"
       "VALDORA, May 4, 2025 (Harbour Wire) - The port ran a drill on Friday.\n",
       MetaField::source, "HARBOUR BRIEF"},
  });
}

TEST_CASE("s10: 'Reporter:' labels the writer", "[outlets][s10]") {
  check_meta_rows({
      {"Ports test their cyber plans\n\nReporter: Mirela Dunca\nEditor: Tomas Berg\n\nThe port ran a drill.\n",
       MetaField::author, "Mirela Dunca"},
      // a reporter quoted in the story is no byline
      {"Ports test their cyber plans\n\nThe port ran a drill, reporter Mirela Dunca said.\n", MetaField::author, ""},
  });
}
