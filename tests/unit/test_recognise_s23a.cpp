// Session 23: a region's word read alone ("Baltic") before the document knew
// the name it opens ("Baltic Kestrel") gives way to that name. Texts written
// for the test, read as articles (headline, byline, body).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "article_graph.hpp"
#include "segment/sentences.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// "Label:Type" of the graph's nodes for one article written for the test.
std::vector<std::string> node_names(const std::string& body) { return typed_labels(article_graph(article(body))); }

}  // namespace

TEST_CASE("s23: a known name opening with a region's word replaces the region", "[recognise][s23]") {
  // a section heading before the sentence that types the name
  auto quoted = node_names(
      "Baltic Kestrel\n\nThe centre last Thursday completed Baltic Kestrel 2026, a two-week cyber defence training "
      "and exercise for specialists.\n\nThe director thanked the partners. \"Baltic Kestrel is now in its fourth "
      "edition, and each year we learn,\" he said.");
  CHECK(contains(quoted, "Baltic Kestrel:Exercise"));
  CHECK_FALSE(contains(quoted, "Baltic:Place"));
  // the region alone stays a region
  auto region = node_names("Latvia hosted the drill in Riga. Ships in the Baltic were tracked by Latvia.");
  CHECK_FALSE(contains(region, "Baltic Kestrel:Exercise"));
}

TEST_CASE("s23: a body's words after 'according to' or a speech verb name no person", "[recognise][s23]") {
  auto body = node_names("A joint team defended a simulated port, according to National Defence.");
  CHECK_FALSE(contains(body, "National Defence:Person"));
  auto person = node_names("A joint team defended a simulated port, according to Ana Ruiz.");
  CHECK(contains(person, "Ana Ruiz:Person"));
}

TEST_CASE("s23: a site's navigation line names nothing", "[recognise][s23]") {
  auto labels = node_labels(article_graph("Gulf news site\nHome > Region > Security\n\nOman hosts drill\n\n"
                                          "By A Writer, 12 March 2026\n\nOman hosted the drill in Muscat.\n"));
  CHECK_FALSE(contains(labels, "Region"));
  CHECK(contains(labels, "Muscat"));
  // a trail run into the headline's sentence
  auto trail = node_names("Home \u203A News \u203A Cyber dialogue Estonia and Australia hold talks in Canberra.");
  CHECK_FALSE(contains(trail, "Home \u203A News \u203A Cyber:Organisation"));
  CHECK(contains(trail, "Canberra:Place"));
}

TEST_CASE("s23: a body's three-letter acronym is no country's ISO code", "[recognise][s23]") {
  auto maf = node_names("The Malaysian Armed Forces (MAF) will host a cyber exercise in November. The MAF's Defence "
                        "Cyber Division will run it.");
  CHECK(contains(maf, "Malaysian Armed Forces:Organisation"));
  CHECK_FALSE(contains(maf, "Saint Martin:Nation"));
  auto arm = node_names("Soldiers of the ARM trained in Skopje with Vermont guardsmen.");
  CHECK_FALSE(contains(arm, "Armenia:Nation"));
  // the one code news writes for a country stays
  auto usa = node_names("The USA sent two officers to the drill in Riga.");
  CHECK(contains(usa, "United States:Nation"));
}

TEST_CASE("s23: a title's abbreviation closing a bracket ends no sentence", "[segment][s23]") {
  std::string text = "The memo was signed by Lieutenant General (Ret.) Hendra Wibisono. He (and others) left. It rained.";
  auto sentences = segment_sentences(text);
  REQUIRE(sentences.size() == 3);
  CHECK(text.substr(sentences[0].start, sentences[0].end - sentences[0].start).ends_with("Hendra Wibisono."));
}

TEST_CASE("s23: Cybernetics heads a company's name", "[recognise][s23]") {
  auto names = node_names("Vikram Sethi, chief executive of Nilgiri Cybernetics, said the firm would bid.");
  CHECK(contains(names, "Nilgiri Cybernetics:Organisation"));
}

TEST_CASE("s23: a name followed by a nation's office is a person's", "[recognise][s23]") {
  auto names = node_names("The memorandum was signed with Hamish Rangi, New Zealand's Minister Responsible for the "
                          "GCSB, on Wednesday.");
  CHECK(contains(names, "Hamish Rangi:Person"));
  // a body's apposition names no person
  auto body = node_names("Officials met at Tartu Cyber Range, Estonia's training ground, on Wednesday.");
  CHECK_FALSE(contains(body, "Tartu Cyber Range:Person"));
}

TEST_CASE("s23: a full name whose surname the text gives a person alone is that person", "[recognise][s23]") {
  auto names = node_names("Renee Kowalczyk signed the memorandum on Wednesday. \"It took nine days,\" Ms Kowalczyk "
                          "told reporters.");
  CHECK(contains(names, "Renee Kowalczyk:Person"));
  CHECK_FALSE(contains(names, "Kowalczyk:Person"));
}
