// Since when a path joins its ends (query path's "connected since" line and
// its JSON "since" / "undated_hops"), on small graphs built here.
#include <catch2/catch.hpp>

#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "io/graph_json.hpp"
#include "query/render.hpp"
#include "query/traversal.hpp"

using namespace newsgraph;

namespace {

// A chain Estonia - A - B - ... with one edge per date ("" for undated).
struct SinceChain {
  KnowledgeGraph graph;
  NodeId first = 0, last = 0;
  explicit SinceChain(const std::vector<std::string>& dates) {
    first = last = graph.add_node(NodeType::Nation, "Estonia");
    for (std::size_t i = 0; i < dates.size(); ++i) {
      NodeId next = graph.add_node(NodeType::Organisation, "Body " + std::to_string(i + 1));
      EdgeProps edge;
      edge.type = EdgeType::cooperates_with;
      if (!dates[i].empty()) edge.date = parse_iso_date(dates[i]);
      edge.evidence = {{"news/1.txt", "They worked together.", 0, 21, "hand"}};
      graph.insert_edge(last, next, edge);
      last = next;
    }
  }
  Path path() const { return find_paths(graph, first, last, 12, false, {}).paths.at(0); }
};

std::string since_of(const std::vector<std::string>& dates) {
  SinceChain chain(dates);
  PathSince since = path_since(chain.graph, chain.path());
  return since.since ? since.since->iso() : "none";
}

}  // namespace

TEST_CASE("a path holds from the latest of its hops' dates", "[query][s40]") {
  CHECK(since_of({"2019", "2022-05-05", "2021-03"}) == "2022-05-05");
  CHECK(since_of({"2023-11-27", "2023-11-03"}) == "2023-11-27");
  CHECK(since_of({"2022", "2023-05"}) == "2023-05");
  CHECK(since_of({"2023-01-14", "2022"}) == "2023-01-14");
}

TEST_CASE("dates of unlike precision give the precision that is certain", "[query][s40]") {
  // the later of "2023" and "May 2023" lies somewhere in 2023
  CHECK(since_of({"2023", "2023-05"}) == "2023");
  CHECK(since_of({"2023-05", "2023-05-09"}) == "2023-05");
  CHECK(since_of({"2023-05-09", "2023-05-09"}) == "2023-05-09");
}

TEST_CASE("undated hops are named, and no dated hop gives no date", "[query][s40]") {
  SinceChain chain({"", "2021", "", "2020-06"});
  PathSince since = path_since(chain.graph, chain.path());
  REQUIRE(since.since);
  CHECK(since.since->iso() == "2021");
  CHECK(since.latest_hop == 1);
  CHECK(since.undated_hops == std::vector<std::size_t>{0, 2});
  CHECK(since_of({"", ""}) == "none");
}

TEST_CASE("the path table says since when, and what is undated", "[query][s40]") {
  auto table_of = [](const std::vector<std::string>& dates) {
    SinceChain chain(dates);
    std::ostringstream text;
    print_table(text, chain.graph, find_paths(chain.graph, chain.first, chain.last, 12, false, {}), false);
    return text.str();
  };
  CHECK(table_of({"2019", "2022-05-05"}).find("\n  connected since 2022-05-05 (hop 2's date, the latest on the path)\n") !=
        std::string::npos);
  CHECK(table_of({"", "2021", "", "2020-06"})
            .find("\n  connected since 2021 at the earliest (hop 2's date; hops 1 and 3 undated)\n") != std::string::npos);
  CHECK(table_of({"2021", ""}).find("(hop 1's date; hop 2 undated)\n") != std::string::npos);
  CHECK(table_of({"", ""}).find("\n  since when: not known (no hop is dated)\n") != std::string::npos);
}

TEST_CASE("the path's JSON answer carries since and undated_hops", "[query][s40]") {
  SinceChain chain({"", "2021-04"});
  std::ostringstream json;
  write_json(json, chain.graph, find_paths(chain.graph, chain.first, chain.last, 12, false, {}), false);
  rapidjson::Document answer;
  answer.Parse(json.str().c_str());
  REQUIRE(!answer.HasParseError());
  const rapidjson::Value& path = answer["paths"][0];
  CHECK(std::string(path["since"].GetString()) == "2021-04");
  REQUIRE(path["undated_hops"].Size() == 1);
  CHECK(path["undated_hops"][0].GetUint() == 1);
  REQUIRE_NOTHROW(validate_json_text(json.str(), "schemas/query-result.schema.json", "answer"));
}
