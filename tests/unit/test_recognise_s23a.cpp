// Session 23: a region's word read alone ("Baltic") before the document knew
// the name it opens ("Baltic Kestrel") gives way to that name. Texts written
// for the test, read as articles (headline, byline, body).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "pipeline/extract.hpp"
#include "resolve/resolve.hpp"
#include "segment/sentences.hpp"

using namespace newsgraph;

namespace {

// "Label:Type" of the graph's nodes for one article written for the test.
std::vector<std::string> node_names(const std::string& body) {
  auto lex = default_lexicon();
  GraphAssembler assembler(*lex);
  std::string bytes = "Title line\n\nBy A Writer, 12 March 2026 10:00 CET\n\n" + body + "\n";
  assembler.add(extract_document(read_document_bytes(bytes, "doc.txt", DocumentFormat::Text), *lex));
  KnowledgeGraph g = assembler.finish();
  std::vector<std::string> out;
  for (NodeId v = 0; v < g.node_count(); ++v) out.push_back(g.node(v).label + ":" + std::string(to_string(g.node(v).type)));
  return out;
}

bool has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

TEST_CASE("s23: a known name opening with a region's word replaces the region", "[recognise][s23]") {
  // a section heading before the sentence that types the name
  auto quoted = node_names(
      "Baltic Kestrel\n\nThe centre last Thursday completed Baltic Kestrel 2026, a two-week cyber defence training "
      "and exercise for specialists.\n\nThe director thanked the partners. \"Baltic Kestrel is now in its fourth "
      "edition, and each year we learn,\" he said.");
  CHECK(has(quoted, "Baltic Kestrel:Exercise"));
  CHECK_FALSE(has(quoted, "Baltic:Place"));
  // the region alone stays a region
  auto region = node_names("Latvia hosted the drill in Riga. Ships in the Baltic were tracked by Latvia.");
  CHECK_FALSE(has(region, "Baltic Kestrel:Exercise"));
}

TEST_CASE("s23: a body's words after 'according to' or a speech verb name no person", "[recognise][s23]") {
  auto body = node_names("A joint team defended a simulated port, according to National Defence.");
  CHECK_FALSE(has(body, "National Defence:Person"));
  auto person = node_names("A joint team defended a simulated port, according to Ana Ruiz.");
  CHECK(has(person, "Ana Ruiz:Person"));
}

TEST_CASE("s23: a site's navigation line names nothing", "[recognise][s23]") {
  auto lex = default_lexicon();
  GraphAssembler assembler(*lex);
  std::string bytes = "Gulf news site\nHome > Region > Security\n\nOman hosts drill\n\nBy A Writer, 12 March 2026\n\n"
                      "Oman hosted the drill in Muscat.\n";
  assembler.add(extract_document(read_document_bytes(bytes, "doc.txt", DocumentFormat::Text), *lex));
  KnowledgeGraph g = assembler.finish();
  std::vector<std::string> labels;
  for (NodeId v = 0; v < g.node_count(); ++v) labels.push_back(g.node(v).label);
  CHECK(std::find(labels.begin(), labels.end(), "Region") == labels.end());
  CHECK(std::find(labels.begin(), labels.end(), "Muscat") != labels.end());
  // a trail run into the headline's sentence
  auto trail = node_names("Home \u203A News \u203A Cyber dialogue Estonia and Australia hold talks in Canberra.");
  CHECK_FALSE(has(trail, "Home \u203A News \u203A Cyber:Organisation"));
  CHECK(has(trail, "Canberra:Place"));
}

TEST_CASE("s23: a body's three-letter acronym is no country's ISO code", "[recognise][s23]") {
  auto maf = node_names("The Malaysian Armed Forces (MAF) will host a cyber exercise in November. The MAF's Defence "
                        "Cyber Division will run it.");
  CHECK(has(maf, "Malaysian Armed Forces:Organisation"));
  CHECK_FALSE(has(maf, "Saint Martin:Nation"));
  auto arm = node_names("Soldiers of the ARM trained in Skopje with Vermont guardsmen.");
  CHECK_FALSE(has(arm, "Armenia:Nation"));
  // the one code news writes for a country stays
  auto usa = node_names("The USA sent two officers to the drill in Riga.");
  CHECK(has(usa, "United States:Nation"));
}

TEST_CASE("s23: a title's abbreviation closing a bracket ends no sentence", "[segment][s23]") {
  std::string text = "The memo was signed by Lieutenant General (Ret.) Hendra Wibisono. He (and others) left. It rained.";
  auto sentences = segment_sentences(text);
  REQUIRE(sentences.size() == 3);
  CHECK(text.substr(sentences[0].start, sentences[0].end - sentences[0].start).ends_with("Hendra Wibisono."));
}

TEST_CASE("s23: Cybernetics heads a company's name", "[recognise][s23]") {
  auto names = node_names("Vikram Sethi, chief executive of Nilgiri Cybernetics, said the firm would bid.");
  CHECK(has(names, "Nilgiri Cybernetics:Organisation"));
}

TEST_CASE("s23: a name followed by a nation's office is a person's", "[recognise][s23]") {
  auto names = node_names("The memorandum was signed with Hamish Rangi, New Zealand's Minister Responsible for the "
                          "GCSB, on Wednesday.");
  CHECK(has(names, "Hamish Rangi:Person"));
  // a body's apposition names no person
  auto body = node_names("Officials met at Tartu Cyber Range, Estonia's training ground, on Wednesday.");
  CHECK_FALSE(has(body, "Tartu Cyber Range:Person"));
}

TEST_CASE("s23: a full name whose surname the text gives a person alone is that person", "[recognise][s23]") {
  auto names = node_names("Renee Kowalczyk signed the memorandum on Wednesday. \"It took nine days,\" Ms Kowalczyk "
                          "told reporters.");
  CHECK(has(names, "Renee Kowalczyk:Person"));
  CHECK_FALSE(has(names, "Kowalczyk:Person"));
}
