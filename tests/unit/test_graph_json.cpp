#include <catch2/catch.hpp>
#include <rapidjson/document.h>
#include <rapidjson/schema.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "graph_fixtures.hpp"
#include "io/graph_file.hpp"
#include "io/graph_json.hpp"
#include "util/errors.hpp"
#include "util/resources.hpp"

using namespace newsgraph;

namespace {

// Validates with RapidJSON's SchemaValidator directly, against the schema
// file in the source tree (not the copy compiled into the binary).
void require_valid(const std::string& json) {
  std::ifstream in(NEWSGRAPH_SOURCE_DIR "/schemas/graph.schema.json");
  std::string schema_text{std::istreambuf_iterator<char>(in), {}};
  rapidjson::Document schema_doc;
  schema_doc.Parse(schema_text.c_str());
  REQUIRE_FALSE(schema_doc.HasParseError());
  rapidjson::SchemaDocument schema(schema_doc);
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  rapidjson::SchemaValidator validator(schema);
  INFO("keyword: " << (doc.Accept(validator) ? "" : validator.GetInvalidSchemaKeyword()));
  REQUIRE(doc.Accept(validator));
}

std::string message_of(const std::string& json) {
  try {
    read_graph_json_text(json, "bad.json");
  } catch (const InputError& e) {
    return e.one_line();
  }
  return "no error";
}

}  // namespace

TEST_CASE("the written graph is valid against schemas/graph.schema.json", "[json]") {
  require_valid(test::to_json(test::small_alliance_graph()));
  require_valid(test::to_json(test::small_alliance_graph().canonical()));
  require_valid(test::to_json(KnowledgeGraph{}));
}

TEST_CASE("the schema compiled into the binary is the one in schemas/", "[json]") {
  std::ifstream in(NEWSGRAPH_SOURCE_DIR "/schemas/graph.schema.json");
  std::string on_disk{std::istreambuf_iterator<char>(in), {}};
  CHECK(embedded_resource("schemas/graph.schema.json") == on_disk);
}

TEST_CASE("write, read, write again gives identical bytes", "[json]") {
  for (const KnowledgeGraph& g : {test::small_alliance_graph(), test::small_alliance_graph().canonical()}) {
    std::string first = test::to_json(g);
    KnowledgeGraph read = read_graph_json_text(first, "first.json");
    CHECK(test::to_json(read) == first);
    CHECK(read.node_count() == g.node_count());
    CHECK(read.edge_count() == g.edge_count());
    CHECK(read.documents() == g.documents());
  }
}

TEST_CASE("reading keeps every field of nodes, edges and evidence", "[json]") {
  KnowledgeGraph g = read_graph_json_text(test::to_json(test::small_alliance_graph()), "g.json");
  NodeId norway = *g.find_node("Norwegian");
  CHECK(g.node(norway).label == "Norway");
  std::size_t spans = 0;
  for (auto [it, end] = boost::out_edges(norway, g.storage()); it != end; ++it) {
    const EdgeProps& e = g.edge(*it);
    if (e.end) {
      ++spans;
      CHECK(e.date->iso() == "2024-03");
      CHECK(e.end->iso() == "2024-04-01");
      CHECK(e.confidence == Approx(0.8));
      REQUIRE(e.evidence.size() == 1);
      CHECK(e.evidence[0].sentence == "Norway joined \"Baltic Shield\" <again> & again.");
      CHECK(e.evidence[0].start == 10);
      CHECK(e.evidence[0].pattern == "joined_exercise");
    }
  }
  CHECK(spans == 1);
}

TEST_CASE("bad graph files are refused with where and what", "[json]") {
  CHECK(message_of("{\"nodes\": [}") == "bad.json:1:12: not valid JSON: Invalid value.");
  CHECK(message_of("{\"nodes\": [], \"edges\": [], \n  \"x\": ") .find("bad.json:2:") == 0);
  CHECK(message_of("{\"vertices\": []}").find("bad.json: at /: does not match schemas/graph.schema.json: fails 'required'") == 0);
  CHECK(message_of(R"({"nodes": [{"id": "n1", "type": "Country", "label": "X"}], "edges": []})")
            .find("at /nodes/0/type") != std::string::npos);
  CHECK(message_of(R"({"nodes": [{"id": "n1", "type": "Nation", "label": "X"}],
      "edges": [{"source": "n1", "target": "n9", "type": "part_of"}]})")
            .find("at /edges/0/target: no node has the id n9") != std::string::npos);
  CHECK(message_of(R"({"nodes": [], "edges": [], "documents": [{"id": "a", "published": "2023-02-30"}]})")
            .find("at /documents/0/published: not a real date") != std::string::npos);
  CHECK(message_of(R"({"nodes": [{"id": "n1", "type": "Nation", "label": "X"}],
      "edges": [{"source": "n1", "target": "n1", "type": "part_of", "date": "May 2023"}]})")
            .find("at /edges/0/date") != std::string::npos);
  CHECK(message_of(R"({"nodes": [{"id": "n1", "type": "Nation", "label": "X"},
      {"id": "n1", "type": "Nation", "label": "Y"}], "edges": []})")
            .find("node id used twice") != std::string::npos);
}

TEST_CASE("a graph written by another tool with extra fields and its own ids is read", "[json]") {
  KnowledgeGraph g = read_graph_json_text(R"({
    "nodes": [{"id": "sk", "type": "Nation", "label": "South Korea", "wikidata": "Q884"},
              {"id": "nato", "type": "Organisation", "label": "NATO"}],
    "edges": [{"source": "sk", "target": "nato", "type": "cooperates_with", "date": "2023-07", "weight": 3}]
  })", "foreign.json");
  CHECK(g.node_count() == 2);
  REQUIRE(g.edge_count() == 1);
  auto [it, end] = boost::edges(g.storage());
  CHECK(g.edge(*it).date->iso() == "2023-07");
  CHECK(g.edge(*it).evidence.empty());
}

TEST_CASE("ids shaped almost like our n1, n2, ... are other ids, never a number", "[json]") {
  // The reader resolves "n<k>" at position k-1 by arithmetic; every id below
  // must take the map instead: signs, a leading zero, no digits, a non-digit,
  // and numbers too long or too big for the arithmetic (20 digits overflow).
  const std::vector<std::string> ids = {"n1", "n+2", "n-3", "n04", "n0", "n", "n6x", "n 7",
                                        "n99999999999999999999", "n18446744073709551617", "n1000000000000000001",
                                        "n12"};
  std::string nodes, edges;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    nodes += std::string(i ? ", " : "") + R"({"id": ")" + ids[i] + R"(", "type": "Place", "label": "P)" +
             std::to_string(i) + "\"}";
    edges += std::string(i ? ", " : "") + R"({"source": ")" + ids[i] + R"(", "target": ")" +
             ids[(i + 1) % ids.size()] + R"(", "type": "part_of"})";
  }
  KnowledgeGraph g = read_graph_json_text("{\"nodes\": [" + nodes + "], \"edges\": [" + edges + "]}", "ids.json");
  REQUIRE(g.node_count() == ids.size());
  REQUIRE(g.edge_count() == ids.size());
  for (auto [it, end] = boost::edges(g.storage()); it != end; ++it) {
    std::size_t from = std::stoul(g.node(g.source(*it)).label.substr(1));
    CHECK(g.node(g.target(*it)).label == "P" + std::to_string((from + 1) % ids.size()));
  }

  // With n1 and n2 numbered, near-misses of them name no node.
  const char* two = R"({"nodes": [{"id": "n1", "type": "Nation", "label": "X"},
      {"id": "n2", "type": "Nation", "label": "Y"}], "edges": [{"source": "n1", "target": ")";
  for (std::string bad : {"n+1", "n-1", "n01", "n0", "n", "n1 ", "n2x", "N1", "n18446744073709551617",
                          "n18446744073709551618", "n36893488147419103233", "n100000000000000000001"})
    CHECK(message_of(two + bad + R"(", "type": "part_of"}]})") ==
          "bad.json: at /edges/0/target: no node has the id " + bad);
  CHECK(message_of(std::string(two) + R"(", "type": "part_of"}]})").find("at /edges/0/target") != std::string::npos);
}

TEST_CASE("a count of omitted evidence is written and read back", "[json]") {
  KnowledgeGraph g = test::small_alliance_graph();
  auto [it, end] = boost::edges(g.storage());
  EdgeProps props = g.edge(*it);
  props.evidence_omitted = 42;
  KnowledgeGraph h;
  h.insert_node(g.node(g.source(*it)));
  h.insert_node(g.node(g.target(*it)));
  h.insert_edge(0, 1, props);
  std::string text = test::to_json(h);
  require_valid(text);
  CHECK(text.find("\"evidence_omitted\": 42") != std::string::npos);
  KnowledgeGraph read = read_graph_json_text(text, "g.json");
  CHECK(read.edge(*boost::edges(read.storage()).first).evidence_omitted == 42);
  CHECK(test::to_json(read) == text);
}

TEST_CASE("what the quick reading doubts but the schema allows is still read", "[json]") {
  // A key given twice, a negative zero offset, a whole number written as
  // a decimal: the reader's own checks step aside for the schema validator.
  KnowledgeGraph g = read_graph_json_text(R"({
    "nodes": [{"id": "a", "type": "Nation", "label": "X", "label": "Chile"},
              {"id": "b", "type": "Organisation", "label": "NATO"}],
    "edges": [{"source": "a", "target": "b", "type": "member_of", "confidence": 1,
               "evidence": [{"doc": "d.txt", "start": -0, "end": 3}]}]
  })", "odd.json");
  CHECK(g.node_count() == 2);
  REQUIRE(g.edge_count() == 1);
  CHECK(g.edge(*boost::edges(g.storage()).first).confidence == Approx(1.0));
}

TEST_CASE("every kind of schema violation is refused, in any field", "[json]") {
  const char* node = R"({"id": "n1", "type": "Nation", "label": "X"})";
  auto with_edge = [&](const std::string& edge) {
    return std::string(R"({"nodes": [)") + node + R"(], "edges": [)" + edge + "]}";
  };
  CHECK(message_of(R"({"nodes": [], "edges": {}})").find("at /edges: does not match") != std::string::npos);
  CHECK(message_of(R"({"nodes": [3], "edges": []})").find("at /nodes/0: does not match") != std::string::npos);
  CHECK(message_of(R"({"nodes": [{"id": "", "type": "Nation", "label": "X"}], "edges": []})")
            .find("at /nodes/0/id: does not match") != std::string::npos);
  CHECK(message_of(R"({"nodes": [{"id": "n1", "type": "Nation", "label": "X", "aliases": [1]}], "edges": []})")
            .find("at /nodes/0/aliases/0: does not match") != std::string::npos);
  CHECK(message_of(R"({"newsgraph": 1, "nodes": [], "edges": []})").find("at /newsgraph: does not match") !=
        std::string::npos);
  CHECK(message_of(with_edge(R"({"source": "n1", "target": "n1", "type": "part_of", "confidence": 2})"))
            .find("at /edges/0/confidence: does not match") != std::string::npos);
  CHECK(message_of(with_edge(R"({"source": "n1", "target": "n1"})")).find("at /edges/0: does not match") !=
        std::string::npos);
  CHECK(message_of(with_edge(R"({"source": "n1", "target": "n1", "type": "part_of", "evidence": [{"doc": "d",
        "start": -4}]})")).find("at /edges/0/evidence/0/start: does not match") != std::string::npos);
  CHECK(message_of(with_edge(R"({"source": "n1", "target": "n1", "type": "part_of", "evidence": [{"sentence": "s"}]})"))
            .find("at /edges/0/evidence/0: does not match") != std::string::npos);
  CHECK(message_of(with_edge(R"({"source": "n1", "target": "n1", "type": "part_of", "end": "2023-13"})"))
            .find("at /edges/0/end: does not match") != std::string::npos);
}

TEST_CASE("invalid UTF-8 in ids and metadata is written as U+FFFD, so the graph reads back", "[json]") {
  // A path is any bytes on Linux and an HTML <h1> is taken as it is: the
  // reader refuses invalid UTF-8, so the writer must not produce it.
  KnowledgeGraph g = test::small_alliance_graph();
  g.add_document({"bad\xFFname.txt", "NATO \x9A\x86" "ber defence", "Post \xED\xA0\x80", std::nullopt, "h3", "", ""});
  std::string text = test::to_json(g);
  require_valid(text);
  CHECK(text.find("\"bad\xEF\xBF\xBDname.txt\"") != std::string::npos);
  CHECK(text.find("\"NATO \xEF\xBF\xBD\xEF\xBF\xBD" "ber defence\"") != std::string::npos);
  CHECK(text.find("\"Post \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"") != std::string::npos);  // a surrogate
  KnowledgeGraph read = read_graph_json_text(text, "g.json");
  CHECK(read.documents().size() == g.documents().size());
  CHECK(test::to_json(read) == text);
}

TEST_CASE("a number where the schema lists names is refused as such, however large", "[json]") {
  // RapidJSON hashes every value given to an `enum` and converts a double
  // to an integer to do it, undefined beyond 2^64 (found by fuzz_graph_json);
  // the schema types those fields as strings, so a number stops before it.
  for (const char* number : {"4.4e28", "-4.4e28", "1e308", "3"}) {
    std::string node = std::string(R"({"nodes": [{"id": "n1", "type": )") + number + R"(, "label": "X"}], "edges": []})";
    CHECK(message_of(node).find("at /nodes/0/type: does not match") != std::string::npos);
    std::string nested = std::string(R"({"nodes": [{"id": "n1", "type": [)") + number + R"(], "label": "X"}], "edges": []})";
    CHECK(message_of(nested).find("at /nodes/0/type: does not match") != std::string::npos);
    std::string edge = std::string(R"({"nodes": [{"id": "n1", "type": "Nation", "label": "X"}],
        "edges": [{"source": "n1", "target": "n1", "type": {"a": )") + number + "}}]}";
    CHECK(message_of(edge).find("at /edges/0/type: does not match") != std::string::npos);
  }
}

namespace {
// Names the `enum` and `uniqueItems` schemas under `v` that let a number
// reach RapidJSON's hasher (no "type": "string" beside them).
void find_hashed_numbers(const rapidjson::Value& v, const std::string& at, std::vector<std::string>& found) {
  if (v.IsArray()) {
    for (rapidjson::SizeType i = 0; i < v.Size(); ++i) find_hashed_numbers(v[i], at + "/" + std::to_string(i), found);
    return;
  }
  if (!v.IsObject()) return;
  const bool typed_string = v.HasMember("type") && v["type"].IsString() && std::string(v["type"].GetString()) == "string";
  if ((v.HasMember("enum") && !typed_string) || v.HasMember("uniqueItems")) found.push_back(at);
  for (const auto& m : v.GetObject()) find_hashed_numbers(m.value, at + "/" + m.name.GetString(), found);
}
}  // namespace

TEST_CASE("no shipped schema hashes a number (every enum is typed as a string)", "[json]") {
  for (const char* name : {"graph", "lexicon", "meta", "patterns", "query-result"}) {
    std::ifstream in(std::string(NEWSGRAPH_SOURCE_DIR "/schemas/") + name + ".schema.json");
    std::string text{std::istreambuf_iterator<char>(in), {}};
    rapidjson::Document doc;
    doc.Parse(text.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    std::vector<std::string> found;
    find_hashed_numbers(doc, name, found);
    INFO(name << ": " << (found.empty() ? std::string() : found.front()));
    CHECK(found.empty());
  }
}

TEST_CASE("strings are checked as strict UTF-8, as RapidJSON's validating reader checks them", "[json]") {
  auto graph_with = [](const std::string& label) {
    return R"({"newsgraph": "1", "nodes": [{"id": "n1", "type": "Nation", "label": ")" + label +
           R"("}], "edges": [], "x": 1})";
  };
  // Valid: two-, three- and four-byte forms at the edges of their ranges,
  // escapes (a lone low surrogate is encoded as RapidJSON encodes it), and
  // non-ASCII past the 8-byte ASCII runs.
  for (const std::string& ok : std::vector<std::string>{"Caf\xC3\xA9", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF",
                         "x\\u00e9\\uD83D\\uDE00", "x\\uDC00", std::string(40, 'a') + "\xE4\xB8\xAD" + "b"}) {
    INFO(ok);
    CHECK(read_graph_json_text(graph_with(ok), "ok.json").node_count() == 1);
  }
  // Refused with the validating reader's message: overlong, surrogate, past
  // U+10FFFF, stray or missing continuation bytes, in a value or a key.
  for (const std::string& bad : std::vector<std::string>{"a\xC0\x80", "a\xE0\x80\x80", "a\xED\xA0\x80", "a\xF4\x90\x80\x80", "a\x80", "a\xC3",
                          "a\xFF", std::string(20, 'a') + "\xE9" + std::string(20, 'b')}) {
    INFO(bad);
    CHECK(message_of(graph_with(bad)).find("not valid JSON: Invalid encoding in string.") != std::string::npos);
  }
  std::string bad_key = graph_with("A");
  bad_key.replace(bad_key.find("\"x\""), 3, "\"x\xFF\"");
  CHECK(message_of(bad_key).find("Invalid encoding in string.") != std::string::npos);
}

TEST_CASE("a graph file whose size is a whole number of pages is read to its last byte", "[json]") {
  // The file is mapped with a page of zeros after it, which the reader
  // needs as the end of the text; here no byte of the file's last page is spare.
  std::string text = test::to_json(test::small_alliance_graph());
  for (std::size_t size : {std::size_t{4096}, std::size_t{8192}, std::size_t{65536}}) {
    if (text.size() > size) continue;
    std::string padded = text;
    padded.insert(padded.size() - 1, size - text.size(), ' ');  // blanks before the closing brace
    auto path = std::filesystem::temp_directory_path() / ("newsgraph-pages-" + std::to_string(size) + ".json");
    std::ofstream(path, std::ios::binary) << padded;
    REQUIRE(std::filesystem::file_size(path) == size);
    CHECK(test::to_json(load_graph_file(path)) == text);
    std::filesystem::remove(path);
  }
}

TEST_CASE("a node's type votes are written when they say more than one vote, and read back", "[json]") {
  KnowledgeGraph g;
  g.insert_node({NodeType::Place, "Harbourton", {}, {{NodeType::Person, 2}, {NodeType::Place, 3}}});
  g.insert_node({NodeType::Nation, "Chile", {}, {{NodeType::Nation, 1}}});  // one vote: left out
  g.insert_node({NodeType::Nation, "Peru", {}, {}});
  std::string text = test::to_json(g);
  require_valid(text);
  CHECK(text.find(R"("type_votes": {)") != std::string::npos);
  CHECK(text.find(R"("Person": 2)") != std::string::npos);
  CHECK(text.find(R"("type_votes")") == text.rfind(R"("type_votes")"));  // only Harbourton's
  KnowledgeGraph read = read_graph_json_text(text, "g.json");
  CHECK(read.node(0).type_votes == std::vector<TypeVote>{{NodeType::Person, 2}, {NodeType::Place, 3}});
  CHECK(read.node(1).type_votes.empty());
  CHECK(votes_of(read.node(1)) == std::vector<TypeVote>{{NodeType::Nation, 1}});
  CHECK(test::to_json(read) == text);
}

TEST_CASE("type votes are kept in type order whatever order the file gives", "[json]") {
  KnowledgeGraph g = read_graph_json_text(R"({"nodes": [{"id": "a", "type": "Place", "label": "Harbourton",
    "type_votes": {"Place": 4, "Nation": 1, "Person": 2}}], "edges": []})", "g.json");
  CHECK(g.node(0).type_votes ==
        std::vector<TypeVote>{{NodeType::Nation, 1}, {NodeType::Person, 2}, {NodeType::Place, 4}});
}

TEST_CASE("bad type votes are refused with the schema's pointer", "[json]") {
  auto with_votes = [](const std::string& votes) {
    return R"({"nodes": [{"id": "n1", "type": "Nation", "label": "X", "type_votes": )" + votes + R"(}], "edges": []})";
  };
  CHECK(message_of(with_votes(R"({"Nation": 0})")).find("at /nodes/0/type_votes/Nation: does not match") !=
        std::string::npos);
  CHECK(message_of(with_votes(R"({"Nation": -1})")).find("at /nodes/0/type_votes/Nation: does not match") !=
        std::string::npos);
  CHECK(message_of(with_votes(R"({"Nation": 1.5})")).find("at /nodes/0/type_votes/Nation: does not match") !=
        std::string::npos);
  CHECK(message_of(with_votes(R"({"City": 1})")).find("at /nodes/0/type_votes/City: does not match") !=
        std::string::npos);
  CHECK(message_of(with_votes(R"([1])")).find("at /nodes/0/type_votes: does not match") != std::string::npos);
}
