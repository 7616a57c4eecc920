#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "export/exporter.hpp"
#include "export/text.hpp"
#include "graph_fixtures.hpp"
#include "util/errors.hpp"

using namespace newsgraph;

namespace {

std::string render(ExportFormat format, const KnowledgeGraph& g, ExportSettings settings = {}) {
  std::ostringstream out;
  make_writer(format, settings)->write(g, out);
  return out.str();
}

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("graphml: labels first, relation type first, escaped text", "[export]") {
  std::string xml = render(ExportFormat::GraphML, test::small_alliance_graph());
  CHECK(contains(xml, "<node id=\"n1\">\n      <data key=\"labels\">:Nation</data>\n      <data key=\"label\">Norway"));
  CHECK(contains(xml, "source=\"n1\" target=\"n3\">\n      <data key=\"label\">participates_in</data>"));
  CHECK(contains(xml, "Norway joined &quot;Baltic Shield&quot; &lt;again&gt; &amp; again."));
  CHECK(contains(xml, "NATO ran it.&#10;Twice."));
  CHECK(contains(xml, "<data key=\"confidence\">0.9</data>"));
  CHECK(xml.rfind("<node ") < xml.find("<edge "));
}

TEST_CASE("jsonld: typed partial dates and both forms of each edge", "[export]") {
  std::string doc = render(ExportFormat::JsonLd, test::small_alliance_graph());
  CHECK(contains(doc, "\"@value\": \"2023\",\n    \"@type\": \"xsd:gYear\""));
  CHECK(contains(doc, "\"@value\": \"2024-03\",\n    \"@type\": \"xsd:gYearMonth\""));
  CHECK(contains(doc, "\"@value\": \"2024-04-01\",\n    \"@type\": \"xsd:date\""));
  CHECK(contains(doc, "\"participates_in\": [\n    \"urn:newsgraph:entity:baltic-shield\""));
  CHECK(contains(doc, "\"@id\": \"urn:newsgraph:relation:norway/participates_in/baltic-shield/2024-03--2024-04-01\""));
  CHECK(contains(doc, "\"@id\": \"urn:newsgraph:document:articles/one.txt\""));
}

TEST_CASE("gexf: spells by kind of relation", "[export]") {
  std::string xml = render(ExportFormat::Gexf, test::small_alliance_graph());
  CHECK(contains(xml, "mode=\"dynamic\""));
  CHECK(contains(xml, "<spell start=\"2023-01-01\" end=\"2023-12-31\"/>"));  // an occurrence in 2023
  CHECK(contains(xml, "<spell start=\"2024-03-01\" end=\"2024-04-01\"/>"));  // a span
  CHECK(contains(xml, "kind=\"met_with\" label=\"met_with\" type=\"undirected\""));
}

TEST_CASE("dot: legend, escaped labels, merged parallel arrows", "[export]") {
  std::string dot = render(ExportFormat::Dot, test::small_alliance_graph());
  CHECK(contains(dot, "Legend"));
  CHECK(contains(dot, "layout=dot"));  // five nodes: dot's hierarchy
  CHECK(contains(dot, "participates_in\\n2023\\n2024-03 to 2024-04-01"));
  CHECK(contains(dot, "Ingrid Solberg-Å"));
  ExportSettings few;
  few.max_nodes = 2;
  auto writer = make_writer(ExportFormat::Dot, few);
  std::ostringstream out;
  writer->write(test::small_alliance_graph(), out);
  REQUIRE(writer->notes().size() == 1);
  CHECK(contains(writer->notes()[0], "Showing the 2 most connected of 5 entities"));
  CHECK_FALSE(contains(out.str(), "Oslo"));
}

TEST_CASE("diagram options are checked before any work", "[export]") {
  ExportSettings engine;
  engine.layout_engine = "circus";
  CHECK_THROWS_AS(make_writer(ExportFormat::Svg, engine), UsageError);
  ExportSettings zero;
  zero.max_nodes = 0;
  CHECK_THROWS_AS(make_writer(ExportFormat::Png, zero), UsageError);
}

TEST_CASE("neo4j: CSV with typed day columns, a Cypher script, nothing over a user's folder", "[export]") {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / ("newsgraph_neo4j_" + std::to_string(::getpid()));
  fs::create_directories(root);
  KnowledgeGraph g = test::small_alliance_graph();
  export_graph(g, ExportFormat::Neo4j, root / "out");
  std::ifstream rels(root / "out" / "relationships.csv");
  std::stringstream text;
  text << rels.rdbuf();
  CHECK(contains(text.str(), ":START_ID,:END_ID,:TYPE,date,end,from:date,to:date,span"));
  CHECK(contains(text.str(), "n1,n3,participates_in,2024-03,2024-04-01,2024-03-01,2024-04-01,2024-03--2024-04-01,"));
  CHECK(contains(text.str(), "\"NATO ran it. Twice.\""));
  CHECK(fs::exists(root / "out" / "load.cypher"));
  fs::create_directories(root / "mine");
  std::ofstream(root / "mine" / "keep.txt") << "x";
  CHECK_THROWS_AS(export_graph(g, ExportFormat::Neo4j, root / "mine"), IoError);
  CHECK(fs::exists(root / "mine" / "keep.txt"));
  fs::remove_all(root);
}
