// Session 17: writers a closing credit line names ("(Reporting by A; editing by
// B)") work for the outlet; a copyright line or a "By X staff" byline names the
// outlet. Texts written for the test.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "document/document.hpp"
#include "outlet_checks.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

DocResult extract_text(const std::string& text) {
  return extract_document(read_document_bytes(text, "doc", DocumentFormat::Text), *default_lexicon());
}

}  // namespace

TEST_CASE("s17: a credit line's writers work for the outlet a copyright line names", "[outlets][s17]") {
  auto r = extract_text(
      "Harbour states sign a cyber pact\n\nVALDORA, May 4, 2025 - The navies of Chile and Peru signed a cyber pact "
      "on Monday, the Pacific Wire Agency reported.\n\n(Reporting by Marta Quiroga Lenz; editing by Tomas Vidal "
      "Ferro)\n\n(c) Pacific Wire Agency 2025\n");
  CHECK(writes_for(r, "Marta Quiroga Lenz", "Pacific Wire Agency"));
  // the editor after the semicolon works for the wire too (session 26: the held-out golds
  // relate a wire's editors as its staff)
  CHECK(writes_for(r, "Tomas Vidal Ferro", "Pacific Wire Agency"));
}

TEST_CASE("s17: a credit line without an outlet relates no one", "[outlets][s17]") {
  auto r = extract_text(
      "Harbour states sign a cyber pact\n\nThe navies of Chile and Peru signed a cyber pact on Monday.\n\n"
      "(Reporting by Marta Quiroga Lenz; editing by Tomas Vidal Ferro)\n");
  for (const auto& e : r.edges) CHECK(e.type != EdgeType::affiliated_with);
}

TEST_CASE("s17: a staff byline names the outlet, and a credit line its writers", "[outlets][s17]") {
  auto r = extract_text(
      "FACTBOX-Who runs the harbour cyber pact\n\nBy Pacific Wire Agency staff\n\nThe navies of Chile and Peru "
      "signed a cyber pact on Monday.\n\n(Compiled by David Moreno and Anna Castillo; editing by Tomas Vidal "
      "Ferro)\n");
  CHECK(writes_for(r, "David Moreno", "Pacific Wire Agency"));
  CHECK(writes_for(r, "Anna Castillo", "Pacific Wire Agency"));
  CHECK(writes_for(r, "Tomas Vidal Ferro", "Pacific Wire Agency"));
}
