#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>

#include "io/graph_file.hpp"
#include "io/graph_json.hpp"
#include "query/name_lookup.hpp"
#include "query/render.hpp"
#include "query/statistics.hpp"
#include "query/traversal.hpp"

using namespace newsgraph;

namespace {

const KnowledgeGraph& examples() {
  static const KnowledgeGraph graph = load_graph_file(NEWSGRAPH_TEST_DATA "/examples_graph.json");
  return graph;
}

NodeId node(const char* name) { return resolve_name(examples(), name); }
const std::string& label(NodeId v) { return examples().node(v).label; }

std::set<std::string> labels(const NeighboursResult& result, unsigned distance = 0) {
  std::set<std::string> out;
  for (const Neighbour& n : result.neighbours)
    if (!distance || n.distance == distance) out.insert(label(n.node));
  return out;
}

GraphFilter window(const char* since, const char* until) {
  GraphFilter f;
  if (since) f.since = parse_iso_date(since);
  if (until) f.until = parse_iso_date(until);
  return f;
}

void require_valid_answer(const std::string& json) {
  INFO(json);
  REQUIRE_NOTHROW(validate_json_text(json, "schemas/query-result.schema.json", "answer"));
}

}  // namespace

TEST_CASE("neighbours of Finland, one and two hops", "[query]") {
  NeighboursResult one = find_neighbours(examples(), node("Finland"), 1, {});
  CHECK(labels(one) == std::set<std::string>{"Baltic Sentry", "Finnish Cyber Defence Centre", "Finnish Defence Forces",
                                             "Nordic Cyber Resilience Strategy", "Nordic defence ministers' summit"});
  CHECK(one.links.size() == 6);  // Baltic Sentry twice: 2023 and April 2024
  CHECK(label(one.links.front().to) == "Baltic Sentry");
  CHECK(one.links.front().forward);

  NeighboursResult two = find_neighbours(examples(), node("Finland"), 2, {});
  CHECK(labels(two, 1) == labels(one));
  std::set<std::string> second = labels(two, 2);
  for (const char* name : {"Estonian Defence Forces", "Sweden", "Norway", "Latvia", "Tartu", "Aino Virtanen", "Oslo"})
    CHECK(second.count(name) == 1);
  CHECK(second.count("Estonia") == 0);  // three hops away
}

TEST_CASE("neighbours honour relation, type and time windows, an empty answer is no error", "[query]") {
  GraphFilter members;
  members.relations = {EdgeType::member_of};
  NeighboursResult none = find_neighbours(examples(), node("Finland"), 1, members);
  CHECK(none.neighbours.empty());
  CHECK(none.links.empty());

  GraphFilter exercises;
  exercises.node_types = {NodeType::Exercise};  // the focus, a Nation, stays
  CHECK(labels(find_neighbours(examples(), node("Finland"), 2, exercises)) == std::set<std::string>{"Baltic Sentry"});

  // Undated edges hold at any time; the 2023 and 2024 drills fall out.
  CHECK(labels(find_neighbours(examples(), node("Finland"), 1, window("2025", nullptr))) ==
        std::set<std::string>{"Finnish Cyber Defence Centre", "Finnish Defence Forces",
                              "Nordic Cyber Resilience Strategy", "Nordic defence ministers' summit"});
  NeighboursResult y2023 = find_neighbours(examples(), node("Finland"), 1, window("2023", "2023"));
  CHECK(labels(y2023).count("Baltic Sentry") == 1);
  CHECK(std::count_if(y2023.links.begin(), y2023.links.end(),
                      [](const Hop& h) { return label(h.to) == "Baltic Sentry"; }) == 1);
}

TEST_CASE("the shortest path prints each hop's relation and true direction", "[query]") {
  PathResult result = find_paths(examples(), node("Ukraine"), node("Japan"), 6, false, {});
  REQUIRE(result.paths.size() == 1);
  const auto& hops = result.paths.front().hops;
  REQUIRE(hops.size() == 2);
  CHECK(label(hops[0].to) == "NATO Cooperative Cyber Defence Centre of Excellence");
  CHECK(hops[0].forward);
  CHECK_FALSE(hops[1].forward);  // Japan --member_of--> CCDCOE, walked against
  CHECK(hop_arrow(examples(), hops[1]) == "<--member_of--");
  // Two member_of edges join Japan and the centre; the hop takes the earlier.
  CHECK(examples().edge(hops[1].edge).date->iso() == "2023");

  std::ostringstream text;
  print_table(text, examples(), result, true);
  CHECK(text.str().find("Ukraine --member_of--> NATO Cooperative Cyber Defence Centre of Excellence <--member_of-- Japan\n") !=
        std::string::npos);
  CHECK(text.str().find("\"Ukraine was admitted as a contributing participant in March of last year.\" "
                        "(examples/articles/04_ccdcoe_new_members.html; pattern: hand)") != std::string::npos);
}

TEST_CASE("path evidence prints a sentence read by two patterns once, with both", "[query]") {
  KnowledgeGraph graph;
  NodeId a = graph.add_node(NodeType::Nation, "Peru");
  NodeId b = graph.add_node(NodeType::Exercise, "Pacific Reach");
  EdgeProps edge;
  edge.type = EdgeType::participates_in;
  const Evidence read{"news/1.txt", "Peru took part in Pacific Reach.", 10, 42, "take_part_in"};
  Evidence again = read;
  again.pattern = "take_part_implicit";
  const Evidence other{"news/2.txt", "Peru sent ships to Pacific Reach.", 0, 33, "send_to"};
  edge.evidence = {read, again, other, read};
  graph.insert_edge(a, b, edge);
  PathResult result = find_paths(graph, a, b, 6, false, {});
  REQUIRE(result.paths.size() == 1);
  std::ostringstream text;
  print_table(text, graph, result, true);
  CHECK(text.str().find("  [1] \"Peru took part in Pacific Reach.\" (news/1.txt; patterns: take_part_in, "
                        "take_part_implicit)\n") != std::string::npos);
  CHECK(text.str().find("  [1] \"Peru sent ships to Pacific Reach.\" (news/2.txt; pattern: send_to)\n") !=
        std::string::npos);
  // Each sentence once.
  std::size_t lines = 0;
  for (std::size_t at = text.str().find("  [1] "); at != std::string::npos; at = text.str().find("  [1] ", at + 1))
    ++lines;
  CHECK(lines == 2);
}

TEST_CASE("a time window or a length bound can remove the only path", "[query]") {
  CHECK(find_paths(examples(), node("Ukraine"), node("Japan"), 6, false, window(nullptr, "2021")).paths.empty());
  CHECK(find_paths(examples(), node("Ukraine"), node("Japan"), 6, true, window(nullptr, "2021")).paths.empty());
  CHECK(find_paths(examples(), node("Ukraine"), node("Japan"), 1, false, {}).paths.empty());
  CHECK(find_paths(examples(), node("Ukraine"), node("Japan"), 6, false, window("2022", "2023")).paths.size() == 1);
  // Different components: no path at any length.
  CHECK(find_paths(examples(), node("Maria Lindqvist"), node("Finland"), 12, false, {}).paths.empty());
}

TEST_CASE("all paths (--all) are simple, shortest first, each within the bound", "[query]") {
  PathResult result = find_paths(examples(), node("Pål Jonson"), node("Fumio Kishida"), 6, true, {});
  REQUIRE(result.paths.size() >= 3);
  CHECK_FALSE(result.truncated);
  CHECK(result.paths.front().hops.size() == 4);  // via Sweden, NATO, Jens Stoltenberg
  CHECK(label(result.paths.front().hops[2].to) == "Jens Stoltenberg");
  CHECK(hop_arrow(examples(), result.paths.front().hops[3]) == "--met_with--");
  std::size_t previous = 0;
  std::set<std::vector<NodeId>> distinct;
  for (const Path& p : result.paths) {
    CHECK(p.hops.size() >= previous);
    CHECK(p.hops.size() <= 6);
    previous = p.hops.size();
    std::vector<NodeId> nodes{p.hops.front().from};
    for (const Hop& h : p.hops) {
      CHECK(h.from == nodes.back());
      nodes.push_back(h.to);
    }
    CHECK(std::set<NodeId>(nodes.begin(), nodes.end()).size() == nodes.size());  // simple
    CHECK(nodes.back() == node("Fumio Kishida"));
    distinct.insert(nodes);
  }
  CHECK(distinct.size() == result.paths.size());
  // The shortest is also what the single-path query gives.
  PathResult one = find_paths(examples(), node("Pål Jonson"), node("Fumio Kishida"), 6, false, {});
  CHECK(one.paths.front().hops.size() == 4);
}

TEST_CASE("a timeline lists dated edges in date order, undated ones after", "[query]") {
  TimelineResult result = find_timeline(examples(), node("CCDCOE"), {});
  REQUIRE(result.events.size() == 11);
  std::vector<std::string> order;
  for (const Hop& h : result.events) {
    const EdgeProps& e = examples().edge(h.edge);
    order.push_back((e.date ? e.date->iso() : "-") + " " + label(h.to));
  }
  CHECK(order[0] == "2022-03 Ukraine");
  CHECK(order[1] == "2023 Japan");
  CHECK(order[2] == "2023-07-12 Mart Noorma");
  CHECK(order[3] == "2023-11-24 Ireland");  // same day: member_of before organises, then by name
  CHECK(order[6] == "2023-11-24 CCDCOE flag-raising ceremony");
  CHECK(order[7] == "2023-11-27 Jaak Tarien");
  for (std::size_t i = 8; i < order.size(); ++i) CHECK(order[i][0] == '-');
  CHECK(find_timeline(examples(), node("CCDCOE"), window("2024", nullptr)).events.size() == 3);  // undated only
}

TEST_CASE("entities by degree, by name, by type, with a limit", "[query]") {
  EntitiesResult top = list_entities(examples(), {}, EntitySort::Degree, 3);
  CHECK(top.total == 76);
  REQUIRE(top.entities.size() == 3);
  CHECK(label(top.entities[0].node) == "NATO Cooperative Cyber Defence Centre of Excellence");
  CHECK(top.entities[0].degree == 11);
  CHECK(top.entities[1].degree == 10);
  GraphFilter people;
  people.node_types = {NodeType::Person};
  EntitiesResult names = list_entities(examples(), people, EntitySort::Name, std::nullopt);
  CHECK(names.total == 15);
  CHECK(label(names.entities.front().node) == "Aino Virtanen");
  CHECK(label(names.entities.back().node) == "Tore Sandvik");
}

TEST_CASE("stats: counts, components, date range and central entities", "[query]") {
  StatsResult s = graph_stats(examples());
  CHECK(s.documents == 6);
  CHECK(s.nodes == 76);
  CHECK(s.edges == 106);
  CHECK(s.undated_edges == 46);
  CHECK(s.components == 4);  // two journalists with their papers, and Washington alone
  CHECK(s.largest_component == 71);
  CHECK(s.first_date->iso() == "2011");
  CHECK(s.last_date->iso() == "2025");
  CHECK(label(s.top_degree.front().node) == "NATO Cooperative Cyber Defence Centre of Excellence");
  CHECK(s.betweenness_method == "exact");
  CHECK(label(s.top_betweenness.front().node) == "NATO Cooperative Cyber Defence Centre of Excellence");

  StatsResult sampled = graph_stats(examples(), 2000.0);
  CHECK(sampled.betweenness_method == "sampled");
  CHECK(sampled.betweenness_sources == 19);  // 2000 / 103 distinct pairs
  CHECK(sampled.betweenness_note.find("19 of 76") != std::string::npos);
  CHECK_FALSE(sampled.top_betweenness.empty());
}

TEST_CASE("a sampled betweenness over every source equals the exact one", "[query]") {
  // A path a-b-c-d: exact betweenness of b is 2 (a-c, a-d), of c too (a-d, b-d).
  KnowledgeGraph g;
  std::vector<NodeId> v;
  for (const char* name : {"a", "b", "c", "d"}) v.push_back(g.add_node(NodeType::Place, name));
  for (std::size_t i = 0; i + 1 < v.size(); ++i)
    g.add_edge(v[i], v[i + 1], EdgeType::located_in, std::nullopt, std::nullopt, {"d", "s", 0, 1, "p"});
  StatsResult exact = graph_stats(g);
  REQUIRE(exact.betweenness_method == "exact");
  CHECK(exact.top_betweenness.front().score == Approx(2.0));
  StatsResult sampled = graph_stats(g, 1.0);  // every one of the 4 nodes is a source (kMinBetweennessSources)
  REQUIRE(sampled.betweenness_method == "sampled");
  CHECK(sampled.betweenness_sources == 4);
  CHECK(label(0) == "Finland");  // fixture untouched
  REQUIRE(sampled.top_betweenness.size() == exact.top_betweenness.size());
  for (std::size_t i = 0; i < exact.top_betweenness.size(); ++i) {
    CHECK(sampled.top_betweenness[i].node == exact.top_betweenness[i].node);
    CHECK(sampled.top_betweenness[i].score == Approx(exact.top_betweenness[i].score));
  }
}

TEST_CASE("answers render as aligned tables and as JSON valid against the schema", "[query]") {
  NeighboursResult n = find_neighbours(examples(), node("Finland"), 2, {});
  std::ostringstream table;
  print_table(table, examples(), n);
  std::istringstream lines(table.str());
  std::string first, header, row;
  std::getline(lines, first);
  std::getline(lines, header);
  std::getline(lines, row);
  CHECK(first == "Finland (Nation, n1): 16 neighbours within 2 hops");
  CHECK(header.find("relation") == row.find("--"));  // columns line up
  for (std::string line; std::getline(lines, line);) CHECK(line.back() != ' ');

  auto json = [](auto&&... args) {
    std::ostringstream out;
    write_json(out, examples(), args...);
    return out.str();
  };
  require_valid_answer(json(n));
  require_valid_answer(json(find_paths(examples(), node("Ukraine"), node("Japan"), 6, true, {}), true));
  require_valid_answer(json(find_paths(examples(), node("Ukraine"), node("Japan"), 6, false, window(nullptr, "2021")), false));
  require_valid_answer(json(find_timeline(examples(), node("Japan"), {})));
  require_valid_answer(json(list_entities(examples(), {}, EntitySort::Name, 5)));
  require_valid_answer(json(graph_stats(examples())));
}

TEST_CASE("an answer becomes a small graph for the diagram exporters", "[query]") {
  NeighboursResult n = find_neighbours(examples(), node("Finland"), 1, {});
  KnowledgeGraph sub = answer_graph(examples(), n);
  CHECK(sub.node_count() == 6);
  CHECK(sub.edge_count() == n.edges.size());
  REQUIRE(sub.find_node("Finnish"));
  CHECK(sub.node(*sub.find_node("Finnish")).label == "Finland");
  PathResult p = find_paths(examples(), node("Ukraine"), node("Japan"), 6, false, {});
  KnowledgeGraph path = answer_graph(examples(), p);
  CHECK(path.node_count() == 3);
  CHECK(path.edge_count() == 2);
  CHECK(path.documents().size() == 2);
}

TEST_CASE("walks follow edges both ways and count a self-loop once", "[query]") {
  KnowledgeGraph g;
  NodeId a = g.add_node(NodeType::Nation, "Aland");
  NodeId b = g.add_node(NodeType::Organisation, "Bureau");
  NodeId c = g.add_node(NodeType::Person, "Carla Diaz");
  NodeId d = g.add_node(NodeType::Place, "Dover");
  Evidence ev{"doc", "s", 0, 1, "p"};
  g.add_edge(a, b, EdgeType::member_of, Date{2020}, std::nullopt, ev);
  g.add_edge(c, b, EdgeType::leads, Date{2021, 5}, std::nullopt, ev);
  g.add_edge(b, b, EdgeType::part_of, std::nullopt, std::nullopt, ev);
  g.add_edge(b, d, EdgeType::located_in, std::nullopt, std::nullopt, ev);

  TimelineResult t = find_timeline(g, b, {});
  REQUIRE(t.events.size() == 4);
  CHECK(t.events[0].to == a);
  CHECK_FALSE(t.events[0].forward);
  CHECK(t.events[1].to == c);
  CHECK(t.events[2].to == d);  // undated, located_in before part_of
  CHECK(t.events[3].to == b);

  // Carla reaches Aland only against both edges' directions.
  PathResult p = find_paths(g, c, a, 6, false, {});
  REQUIRE(p.paths.size() == 1);
  CHECK(hop_arrow(g, p.paths[0].hops[0]) == "--leads-->");
  CHECK(hop_arrow(g, p.paths[0].hops[1]) == "<--member_of--");
  // A type window drops the intermediate Organisation, and the path with it.
  GraphFilter people_and_nations;
  people_and_nations.node_types = {NodeType::Person, NodeType::Nation};
  CHECK(find_paths(g, c, a, 6, false, people_and_nations).paths.empty());
  CHECK(find_paths(g, c, a, 6, true, people_and_nations).paths.empty());
  CHECK(find_neighbours(g, c, 3, people_and_nations).neighbours.empty());
  CHECK(find_neighbours(g, c, 3, {}).neighbours.size() == 3);
}

TEST_CASE("JSON hops say forward, backward or both", "[query]") {
  PathResult p = find_paths(examples(), node("Pål Jonson"), node("Fumio Kishida"), 6, false, {});
  std::ostringstream out;
  write_json(out, examples(), p, false);
  std::string json = out.str();
  CHECK(json.find("\"direction\": \"forward\"") != std::string::npos);   // Jonson --affiliated_with--> Sweden
  CHECK(json.find("\"direction\": \"backward\"") != std::string::npos);  // NATO <--leads-- Stoltenberg
  CHECK(json.find("\"direction\": \"both\"") != std::string::npos);      // Stoltenberg --met_with-- Kishida
  CHECK(json.find("\"evidence\"") == std::string::npos);                 // only with --evidence
  require_valid_answer(json);
}

TEST_CASE("stats: the number of betweenness sources can be chosen", "[query]") {
  StatsResult few = graph_stats(examples(), kBetweennessWork, 3);
  CHECK(few.betweenness_method == "sampled");
  CHECK(few.betweenness_sources == 3);
  CHECK(few.betweenness_note.find("3 of 76") != std::string::npos);
  StatsResult all = graph_stats(examples(), kBetweennessWork, 1000);  // more than the nodes: exact
  StatsResult exact = graph_stats(examples());
  CHECK(all.betweenness_method == "exact");
  REQUIRE(all.top_betweenness.size() == exact.top_betweenness.size());
  for (std::size_t i = 0; i < all.top_betweenness.size(); ++i)
    CHECK(all.top_betweenness[i].node == exact.top_betweenness[i].node);
}

// The neighbourhood's order is computed with integer keys (label places and
// ranks); it must be the order edge_less and the labels give, also when two
// entities share a label and labels share their first 16 bytes.
TEST_CASE("neighbours: links and edges in label and edge_less order, shared labels included", "[query]") {
  KnowledgeGraph g;
  NodeId hub = g.insert_node({NodeType::Nation, "Hubland", {}, {}});
  std::vector<NodeId> v;
  for (const char* name : {"Organisation of Long Names B", "Organisation of Long Names A", "Twin", "Twin",
                           "Organisation of", "Zed", "Organisation of Long"})
    v.push_back(g.insert_node({NodeType::Organisation, name, {}, {}}));
  Evidence ev{"doc", "s", 0, 1, "p"};
  for (NodeId n : v) g.add_edge(hub, n, EdgeType::member_of, Date{2020}, std::nullopt, ev);
  g.add_edge(v[3], hub, EdgeType::member_of, Date{2020}, std::nullopt, ev);  // the second Twin, both ways
  // Sources with one label: the targets' labels decide before the ids.
  g.add_edge(v[2], v[4], EdgeType::member_of, Date{2020}, std::nullopt, ev);
  g.add_edge(v[2], hub, EdgeType::party_to, std::nullopt, std::nullopt, ev);
  g.add_edge(v[0], v[1], EdgeType::leads, Date{2019, 3}, std::nullopt, ev);
  g.add_edge(v[2], v[5], EdgeType::leads, Date{2019, 3}, std::nullopt, ev);
  g.add_edge(v[3], v[4], EdgeType::leads, Date{2019, 3}, std::nullopt, ev);
  NodeId far = g.insert_node({NodeType::Place, "Farway", {}, {}});
  g.add_edge(v[5], far, EdgeType::located_in, std::nullopt, std::nullopt, ev);
  g.add_edge(far, v[6], EdgeType::located_in, std::nullopt, std::nullopt, ev);

  NeighboursResult all = find_neighbours(g, hub, 2, {});
  NeighboursResult links_only = find_neighbours(g, hub, 2, {}, NeighbourEdges::None);
  CHECK(links_only.edges.empty());
  REQUIRE(all.links.size() == links_only.links.size());
  for (std::size_t i = 0; i < all.links.size(); ++i) CHECK(all.links[i].edge == links_only.links[i].edge);

  auto label_less = [&g](NodeId a, NodeId b) { return std::tie(g.node(a).label, a) < std::tie(g.node(b).label, b); };
  // Entities by distance, then (label, id).
  for (std::size_t i = 1; i < all.neighbours.size(); ++i) {
    const Neighbour &a = all.neighbours[i - 1], &b = all.neighbours[i];
    CHECK((a.distance < b.distance || (a.distance == b.distance && label_less(a.node, b.node))));
  }
  // Edges by edge_less; links by distance, far end, near end, edge.
  REQUIRE(all.edges.size() == 15);
  CHECK(std::is_sorted(all.edges.begin(), all.edges.end(),
                       [&g](EdgeId a, EdgeId b) { return edge_less(g, a, b); }));
  std::vector<Hop> expected = all.links;
  std::unordered_map<NodeId, unsigned> distance;
  for (const Neighbour& n : all.neighbours) distance[n.node] = n.distance;
  std::sort(expected.begin(), expected.end(), [&](const Hop& a, const Hop& b) {
    if (distance[a.to] != distance[b.to]) return distance[a.to] < distance[b.to];
    if (a.to != b.to) return label_less(a.to, b.to);
    if (a.from != b.from) return label_less(a.from, b.from);
    return edge_less(g, a.edge, b.edge);
  });
  for (std::size_t i = 0; i < expected.size(); ++i) CHECK(all.links[i].edge == expected[i].edge);
  // The two Twins: equal labels, told apart by id.
  std::vector<NodeId> twins;
  for (const Neighbour& n : all.neighbours)
    if (g.node(n.node).label == "Twin") twins.push_back(n.node);
  CHECK(twins == std::vector<NodeId>{v[2], v[3]});
}
