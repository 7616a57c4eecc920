// Session 31 (helper y2): any body written with its owner body after "of the" ("the
// Technical Secretariat of the Shanghai Cooperation Organisation") is labelled by that
// full name, as a reader would cite it; the short form stays one of its names.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "paraphrase_rows.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// The names of the entity labelled `label` (empty when none is).
std::vector<std::string> y2_names_of(const DocAnalysis& doc, const std::string& label) {
  for (const auto& e : doc.entities)
    if (e.label == label) return e.names;
  return {};
}

}  // namespace

TEST_CASE("any body written 'A of the B' with B a known body is labelled by the full name", "[recognise][s31-y2]") {
  check_entity_rows({
      {"The Technical Secretariat of the Shanghai Cooperation Organisation hosted the talks in Tashkent.",
       {"Technical Secretariat of the Shanghai Cooperation Organisation:Organisation"},
       {"Technical Secretariat:Organisation"}},
      {"Staff from the Legal Bureau of the African Union arrived in Addis Ababa on Monday.",
       {"Legal Bureau of the African Union:Organisation", "African Union:Organisation"},
       {"Legal Bureau:Organisation"}},
      {"Officials of the Harbour Institute of the Tallinn Port Authority met the press.",
       {"Harbour Institute of the Tallinn Port Authority:Organisation"},
       {"Harbour Institute:Organisation"}},
  });
}

TEST_CASE("a body labelled 'A of the B' keeps A as a name, its part_of B and its later bare mentions",
          "[recognise][s31-y2]") {
  auto doc = analyse("The Technical Secretariat of the Shanghai Cooperation Organisation hosted the talks. "
                     "The Technical Secretariat said the drill went well.");
  CHECK(has(y2_names_of(doc, "Technical Secretariat of the Shanghai Cooperation Organisation"), "Technical Secretariat"));
  int bodies = 0;
  for (const auto& e : doc.entities) bodies += e.type == NodeType::Organisation;
  CHECK(bodies == 2);
  check_relation_rows({
      {"The Legal Bureau of the African Union opened an office in Nairobi.",
       {"Legal Bureau of the African Union part_of African Union"}, {}},
  });
}

TEST_CASE("a role written 'Director of the B' stays a role, not a body's name", "[recognise][s31-y2]") {
  check_entity_rows({
      {"The Director of the National Cyber Security Centre, Anna Berg, spoke on Monday.",
       {"National Cyber Security Centre:Organisation", "Anna Berg:Person"},
       {"Director of the National Cyber Security Centre:Organisation"}},
      {"Admiral Jon Sarr, Commander of the Baltic Naval Squadron, opened the drill.",
       {"Baltic Naval Squadron:Organisation"},
       {"Commander of the Baltic Naval Squadron:Organisation"}},
  });
}
