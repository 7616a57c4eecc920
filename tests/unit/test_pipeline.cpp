#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/graph_json.hpp"
#include "pipeline/build.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;

namespace {
std::string build_json(const std::vector<std::string>& inputs, unsigned jobs) {
  BuildSettings settings;
  settings.inputs = inputs;
  settings.jobs = jobs;
  KnowledgeGraph g;
  BuildReport report;
  build_graph(g, settings, report);
  std::ostringstream out;
  write_graph_json(g, out);
  return out.str();
}
}  // namespace

TEST_CASE("content hash is FNV-1a 64 in hex", "[pipeline]") {
  CHECK(content_hash("") == "cbf29ce484222325");
  CHECK(content_hash("a") == "af63dc4c8601ec8c");
}

TEST_CASE("the build is the same for any number of jobs and any input order", "[pipeline]") {
  auto dir = std::filesystem::temp_directory_path() / "newsgraph_pipeline_jobs";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.txt") << "Chile joined NATO in 2021. The Andes Cyber Group (ACG) hosted Locked Shields.\n";
  std::ofstream(dir / "b.txt") << "Peru took part in Locked Shields, organised by the ACG.\n";
  std::ofstream(dir / "c.txt") << "Colonel Ana Ruiz, the Director of the Andes Cyber Group, met with Peruvian officials.\n";
  std::string a = (dir / "a.txt").string(), b = (dir / "b.txt").string(), c = (dir / "c.txt").string();
  std::string one = build_json({a, b, c}, 1);
  CHECK(one == build_json({a, b, c}, 3));
  CHECK(one == build_json({c, a, b}, 2));
  CHECK(one.find("member_of") != std::string::npos);
  CHECK(one.find("Andes Cyber Group") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("evidence points to the sentence in the original bytes", "[pipeline]") {
  Document doc = read_document_bytes("<p>Intro.</p><p>Chile joined NATO in 2021.</p>", "x.html", DocumentFormat::Html);
  DocResult r = extract_document(doc, *default_lexicon());
  REQUIRE(!r.edges.empty());
  const Evidence& ev = r.edges[0].evidence;
  CHECK(ev.sentence == "Chile joined NATO in 2021.");
  CHECK(doc.original.substr(ev.start, ev.end - ev.start) == "Chile joined NATO in 2021.");
  CHECK(ev.pattern == "join");
}

TEST_CASE("a generic name that belongs to a nation is named with it", "[pipeline]") {
  Document a = read_document_bytes("Chile's Foreign Ministry issued a note.", "a.txt", DocumentFormat::Text);
  Document b = read_document_bytes("Peru's Foreign Ministry issued a note.", "b.txt", DocumentFormat::Text);
  auto lex = default_lexicon();
  GraphAssembler assembler(*lex);
  assembler.add(extract_document(a, *lex));
  assembler.add(extract_document(b, *lex));
  KnowledgeGraph g = assembler.finish();
  CHECK(g.find_node("Chile's Foreign Ministry"));
  CHECK(g.find_node("Peru's Foreign Ministry"));
  CHECK(g.find_node("Chile's Foreign Ministry") != g.find_node("Peru's Foreign Ministry"));
}

TEST_CASE("a document that repeats a fact keeps kMaxEvidence pieces of evidence and counts the rest", "[pipeline]") {
  std::string text;
  std::size_t n = kMaxEvidence + 25;
  for (std::size_t i = 0; i < n; ++i) text += "Chile joined NATO in 2021. ";
  Document doc = read_document_bytes(text, "r.txt", DocumentFormat::Text);
  DocResult r = extract_document(doc, *default_lexicon());
  std::size_t joins = 0;
  std::uint64_t omitted = 0;
  for (const auto& e : r.edges)
    if (e.type == EdgeType::member_of) ++joins, omitted += e.evidence_omitted;
  CHECK(joins == kMaxEvidence);
  CHECK(omitted == n - kMaxEvidence);
  GraphAssembler assembler(*default_lexicon());
  assembler.add(std::move(r));
  KnowledgeGraph g = assembler.finish();
  bool seen = false;
  for (auto [it, end] = boost::edges(g.storage()); it != end; ++it)
    if (g.edge(*it).type == EdgeType::member_of) {
      seen = true;
      CHECK(g.edge(*it).evidence.size() == kMaxEvidence);
      CHECK(g.edge(*it).evidence_omitted == n - kMaxEvidence);
    }
  CHECK(seen);
}

TEST_CASE("the writer of a document works for its outlet", "[pipeline]") {
  auto edges_of = [](const std::string& text) {
    Document doc = read_document_bytes(text, "w.txt", DocumentFormat::Text);
    DocResult r = extract_document(doc, *default_lexicon());
    std::vector<std::string> out;
    for (const auto& e : r.edges)
      out.push_back(r.entities[e.source].label + " " + std::string(to_string(e.type)) + " " + r.entities[e.target].label);
    return out;
  };
  auto has = [](const std::vector<std::string>& list, const std::string& x) {
    return std::find(list.begin(), list.end(), x) != list.end();
  };
  auto r = edges_of(
      "Coastal Ledger | Cyber & Defence\n\nChile joins harbour drill\n\nBy Lena Holm\nOct. 2, 2020\n\n"
      "Chile joined the drill, officials told Coastal Ledger on Friday.\n");
  CHECK(has(r, "Lena Holm affiliated_with Coastal Ledger"));
  // the masthead alone names the outlet (session 10: an untagged outlet of two words or more is added)
  r = edges_of("Coastal Ledger | Cyber & Defence\n\nChile joins harbour drill\n\nBy Lena Holm\nOct. 2, 2020\n\nChile joined NATO.\n");
  CHECK(has(r, "Lena Holm affiliated_with Coastal Ledger"));
  // a one-word outlet the text never tags gives no edge
  r = edges_of("LEDGER | Cyber & Defence\n\nChile joins harbour drill\n\nBy Lena Holm\nOct. 2, 2020\n\nChile joined NATO.\n");
  for (const auto& x : r) CHECK(x.find("Lena Holm affiliated_with") == std::string::npos);
}
