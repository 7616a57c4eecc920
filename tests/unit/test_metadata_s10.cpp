// Publication dates, session 10: a labelled dateline after a section's
// name and a bar ("World | Posted: 12 Mar 2025, 09:40 GMT").
#include <catch2/catch.hpp>

#include <string>

#include "document/document.hpp"

using namespace newsgraph;

TEST_CASE("s10: a labelled dateline after a section name and a bar", "[document][metadata][s10]") {
  auto doc = read_document_bytes("HARBOUR TECH REVIEW\nWorld | Posted: 12 Mar 2025, 09:40 GMT\n\n"
                                 "Ports test their cyber plans\n\nThe port of Valdora ran a drill last week.\n",
                                 "doc", DocumentFormat::Text);
  REQUIRE(doc.meta.published);
  CHECK(doc.meta.published->iso() == "2025-03-12");
  // a month and year after a bar ("Vol. 4 | March 2025") is no day of publication
  auto issue = read_document_bytes("HARBOUR TECH REVIEW\nVol. 4, Issue 3 | March 2025\n\n"
                                   "Ports test their cyber plans\n\nThe port of Valdora ran a drill last week.\n",
                                   "doc", DocumentFormat::Text);
  CHECK_FALSE(issue.meta.published);
  // a section's name, then the date alone
  auto plain = read_document_bytes("HARBOUR TECH REVIEW\nPorts & Shipping | 12 March 2025\n\n"
                                   "Ports test their cyber plans\n\nThe port of Valdora ran a drill last week.\n",
                                   "doc", DocumentFormat::Text);
  REQUIRE(plain.meta.published);
  CHECK(plain.meta.published->iso() == "2025-03-12");
  // a headline with a date after a bar is a title, not a dateline
  CHECK_FALSE(read_document_bytes("Valdora port drill ends | 12 March 2025\n\nText.\n", "doc", DocumentFormat::Text).meta.published);
  // a bar in a title is no dateline
  auto title = read_document_bytes("Ports | what the 12 March 2025 drill taught\n\nThe port of Valdora ran a drill.\n",
                                   "doc", DocumentFormat::Text);
  CHECK_FALSE(title.meta.published);
}
