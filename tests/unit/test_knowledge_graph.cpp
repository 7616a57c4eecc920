#include <catch2/catch.hpp>

#include "graph/filter.hpp"
#include "graph/knowledge_graph.hpp"
#include "graph_fixtures.hpp"

using namespace newsgraph;

TEST_CASE("a name or alias already known gives back the existing node", "[graph]") {
  KnowledgeGraph g;
  NodeId nato = g.add_node(NodeType::Organisation, "North Atlantic Treaty Organization", {"NATO"});
  CHECK(g.add_node(NodeType::Organisation, "NATO") == nato);
  CHECK(g.add_node(NodeType::Organisation, "the N.A.T.O.") == nato);
  CHECK(g.add_node(NodeType::Organisation, "NATO Cyber Centre") != nato);
  CHECK(g.find_node("nato") == nato);
  CHECK(g.find_node("north atlantic treaty organization") == nato);
}

TEST_CASE("names match across case, dots, hyphens, curly quotes and possessives", "[graph]") {
  KnowledgeGraph g;
  NodeId us = g.add_node(NodeType::Nation, "United States", {"U.S."});
  CHECK(g.find_node("US") == us);
  CHECK(g.find_node("the U.S.") == us);
  NodeId person = g.add_node(NodeType::Person, "Sean O'Malley");
  CHECK(g.find_node("Sean O\u2019Malley") == person);
  CHECK(g.find_node("sean o'malley's") == person);
  NodeId lee = g.add_node(NodeType::Person, "Lee Dong-kil");
  CHECK(g.find_node("lee dong kil") == lee);
  CHECK(g.find_node("Lee Dong\u2010kil") == lee);
  CHECK(g.node_count() == 3);
}

TEST_CASE("a fuller name becomes the label and the old one an alias", "[graph]") {
  KnowledgeGraph g;
  NodeId nis = g.add_node(NodeType::Organisation, "NIS");
  g.add_name(nis, "National Intelligence Service", true);
  CHECK(g.node(nis).label == "National Intelligence Service");
  CHECK(g.node(nis).aliases == std::vector<std::string>{"NIS"});
  CHECK(g.find_node("NIS") == nis);
}

TEST_CASE("the same edge with the same date adds evidence, not a duplicate", "[graph]") {
  KnowledgeGraph g;
  NodeId a = g.add_node(NodeType::Nation, "Canada");
  NodeId b = g.add_node(NodeType::Organisation, "CCDCOE");
  Evidence e1{"a.txt", "Canada joined.", 0, 14, "joined"};
  Evidence e2{"b.txt", "Canada joined it.", 5, 22, "joined"};
  EdgeId first = g.add_edge(a, b, EdgeType::member_of, Date{2022, 5}, std::nullopt, e1, 0.5);
  EdgeId again = g.add_edge(a, b, EdgeType::member_of, Date{2022, 5}, std::nullopt, e2, 0.9);
  g.add_edge(a, b, EdgeType::member_of, Date{2022, 5}, std::nullopt, e1, 0.5);  // same evidence: kept once
  CHECK(first == again);
  CHECK(g.edge_count() == 1);
  CHECK(g.edge(first).evidence.size() == 2);
  CHECK(g.edge(first).confidence == Approx(0.9));

  SECTION("another date or type is another edge") {
    g.add_edge(a, b, EdgeType::member_of, Date{2023}, std::nullopt, e1);
    g.add_edge(a, b, EdgeType::member_of, std::nullopt, std::nullopt, e1);
    g.add_edge(a, b, EdgeType::participates_in, Date{2022, 5}, std::nullopt, e1);
    CHECK(g.edge_count() == 4);
  }
  SECTION("symmetric relations are one edge whichever way they are added") {
    EdgeId x = g.add_edge(a, b, EdgeType::met_with, std::nullopt, std::nullopt, e1);
    EdgeId y = g.add_edge(b, a, EdgeType::met_with, std::nullopt, std::nullopt, e2);
    CHECK(x == y);
    CHECK(g.edge(x).evidence.size() == 2);
  }
}

TEST_CASE("canonical order does not depend on the order of insertion", "[graph]") {
  KnowledgeGraph forward, backward;
  auto add = [](KnowledgeGraph& g, bool reverse) {
    std::vector<std::pair<std::string, NodeType>> names = {
        {"Estonia", NodeType::Nation}, {"Tallinn", NodeType::Place}, {"Locked Shields", NodeType::Exercise}};
    if (reverse) std::reverse(names.begin(), names.end());
    for (auto& [n, t] : names) g.add_node(t, n);
    auto id = [&](const char* n) { return *g.find_node(n); };
    Evidence e{"d.txt", "s", 0, 1, "p"};
    if (reverse) {
      g.add_edge(id("Locked Shields"), id("Tallinn"), EdgeType::located_in, std::nullopt, std::nullopt, e);
      g.add_edge(id("Tallinn"), id("Estonia"), EdgeType::located_in, std::nullopt, std::nullopt, e);
    } else {
      g.add_edge(id("Tallinn"), id("Estonia"), EdgeType::located_in, std::nullopt, std::nullopt, e);
      g.add_edge(id("Locked Shields"), id("Tallinn"), EdgeType::located_in, std::nullopt, std::nullopt, e);
    }
  };
  add(forward, false);
  add(backward, true);
  CHECK(test::to_json(forward.canonical()) == test::to_json(backward.canonical()));
  CHECK(test::to_json(forward) != test::to_json(backward));
}

TEST_CASE("time windows keep the edges whose span overlaps them", "[graph][filter]") {
  EdgeProps year{EdgeType::participates_in, Date{2023}, std::nullopt, {}, 1.0};
  EdgeProps span{EdgeType::participates_in, Date{2023, 7, 17}, Date{2023, 7, 28}, {}, 1.0};
  EdgeProps undated{EdgeType::part_of, std::nullopt, std::nullopt, {}, 1.0};
  GraphFilter since_june;
  since_june.since = Date{2023, 6};
  CHECK(edge_in_window(year, since_june));
  CHECK(edge_in_window(span, since_june));
  CHECK(edge_in_window(undated, since_june));
  GraphFilter until_july20;
  until_july20.until = Date{2023, 7, 20};
  CHECK(edge_in_window(span, until_july20));
  GraphFilter in_2024;
  in_2024.since = Date{2024};
  CHECK_FALSE(edge_in_window(year, in_2024));
  CHECK_FALSE(edge_in_window(span, in_2024));
  in_2024.keep_undated = false;
  CHECK_FALSE(edge_in_window(undated, in_2024));
}

TEST_CASE("copied and moved graphs keep a working edge index of their own", "[graph]") {
  Evidence first{"a.txt", "Canada joined.", 0, 14, "joined"};
  Evidence second{"b.txt", "Canada joined it.", 0, 17, "joined"};
  auto make = [&] {
    KnowledgeGraph g;
    NodeId a = g.add_node(NodeType::Nation, "Canada");
    NodeId b = g.add_node(NodeType::Organisation, "CCDCOE");
    g.add_edge(a, b, EdgeType::member_of, Date{2022}, std::nullopt, first);
    return g;
  };
  std::optional<KnowledgeGraph> original(make());
  KnowledgeGraph copy = *original;
  KnowledgeGraph moved = std::move(*original);
  original.reset();  // the edge index of the copies must not point into it
  for (KnowledgeGraph* g : {&copy, &moved}) {
    NodeId a = *g->find_node("Canada");
    NodeId b = *g->find_node("CCDCOE");
    EdgeId e = g->add_edge(a, b, EdgeType::member_of, Date{2022}, std::nullopt, second);
    CHECK(g->edge_count() == 1);
    CHECK(g->edge(e).evidence.size() == 2);
    CHECK(g->find_edge(a, b, EdgeType::member_of, Date{2022}, std::nullopt) == e);
  }
  KnowledgeGraph canonical = copy.canonical();
  NodeId a = *canonical.find_node("Canada");
  NodeId b = *canonical.find_node("CCDCOE");
  canonical.add_edge(a, b, EdgeType::member_of, Date{2022}, std::nullopt, first);
  CHECK(canonical.edge_count() == 1);
}

TEST_CASE("an edge keeps at most kMaxEvidence pieces of evidence, the first in order, and counts the rest",
          "[graph]") {
  auto evidence = [](std::size_t i) {
    char doc[16];
    std::snprintf(doc, sizeof doc, "d%04zu.txt", i);
    return Evidence{doc, "Canada joined.", 0, 14, "joined"};
  };
  std::size_t n = kMaxEvidence + 30;
  KnowledgeGraph forward, backward;
  for (KnowledgeGraph* g : {&forward, &backward}) {
    g->add_node(NodeType::Nation, "Canada");
    g->add_node(NodeType::Organisation, "CCDCOE");
  }
  for (std::size_t i = 0; i < n; ++i) {
    forward.add_edge(0, 1, EdgeType::member_of, std::nullopt, std::nullopt, evidence(i), 0.5);
    backward.add_edge(0, 1, EdgeType::member_of, std::nullopt, std::nullopt, evidence(n - 1 - i), i == 0 ? 0.9 : 0.5);
  }
  forward.add_edge(0, 1, EdgeType::member_of, std::nullopt, std::nullopt, evidence(3), 0.5);  // a repeat: not counted
  for (const KnowledgeGraph* g : {&forward, &backward}) {
    const EdgeProps& e = g->edge(*boost::edges(g->storage()).first);
    REQUIRE(e.evidence.size() == kMaxEvidence);
    CHECK(e.evidence.front() == evidence(0));
    CHECK(e.evidence.back() == evidence(kMaxEvidence - 1));
    CHECK(e.evidence_omitted == n - kMaxEvidence);
  }
  CHECK(backward.edge(*boost::edges(backward.storage()).first).confidence == Approx(0.9));

  SECTION("merged edges keep the first of both lists and add up what they omitted") {
    KnowledgeGraph g;
    g.add_node(NodeType::Nation, "Canada");
    g.add_node(NodeType::Organisation, "CCDCOE");
    EdgeProps more{EdgeType::member_of, std::nullopt, std::nullopt, {evidence(n + 1)}, 0.5, 7};
    g.insert_edge(0, 1, forward.edge(*boost::edges(forward.storage()).first));
    g.insert_edge(0, 1, more);
    const EdgeProps& e = g.edge(*boost::edges(g.storage()).first);
    CHECK(e.evidence.size() == kMaxEvidence);
    CHECK(e.evidence_omitted == n - kMaxEvidence + 7 + 1);
  }
}

TEST_CASE("appended edges join their ends' edge lists in the order they came", "[graph]") {
  // append_edge leaves the lists to place_appended_edges; the lists must be
  // those insert_edge would have made, in the same order.
  auto build = [](bool append) {
    KnowledgeGraph g;
    for (int i = 0; i < 5; ++i) g.insert_node(NodeProps{NodeType::Nation, "N" + std::to_string(i), {}, {}});
    const std::pair<NodeId, NodeId> ends[] = {{0, 1}, {0, 2}, {1, 2}, {3, 2}, {0, 4}, {4, 2}};
    int year = 2000;
    for (auto [s, t] : ends) {
      EdgeProps props{EdgeType::member_of, Date{year++, 0, 0}, std::nullopt, {}, 1.0};
      if (append) g.append_edge(s, t, props);
      else g.insert_edge(s, t, props);
    }
    if (append) g.insert_edge(2, 3, EdgeProps{});  // a new edge after appended ones places them first
    else g.insert_edge(2, 3, EdgeProps{});
    return g;
  };
  auto lists = [](const KnowledgeGraph& g) {
    std::vector<std::pair<NodeId, int>> out;
    for (NodeId v = 0; v < g.node_count(); ++v) {
      for (auto [it, end] = boost::out_edges(v, g.storage()); it != end; ++it)
        out.push_back({g.target(*it), g.edge(*it).date ? g.edge(*it).date->year : 0});
      for (auto [it, end] = boost::in_edges(v, g.storage()); it != end; ++it)
        out.push_back({g.source(*it) + 100, g.edge(*it).date ? g.edge(*it).date->year : 0});
    }
    return out;
  };
  KnowledgeGraph appended = build(true), inserted = build(false);
  CHECK(lists(appended) == lists(inserted));
  CHECK(appended.edge_count() == 7);
  CHECK(appended.find_edge(3, 2, EdgeType::member_of, Date{2003, 0, 0}, std::nullopt).has_value());
  KnowledgeGraph copy = build(true);  // a copy places them too
  KnowledgeGraph again(copy);
  CHECK(lists(again) == lists(inserted));
}
