#include <catch2/catch.hpp>

#include "io/graph_file.hpp"
#include "query/fuzzy_index.hpp"
#include "query/name_lookup.hpp"

#include <algorithm>
#include <random>

using namespace newsgraph;

namespace {

const KnowledgeGraph& examples() {
  static const KnowledgeGraph graph = load_graph_file(NEWSGRAPH_TEST_DATA "/examples_graph.json");
  return graph;
}

std::string label_of(const NameLookup& found, std::size_t i = 0) {
  return examples().node(found.nodes.at(i)).label;
}

}  // namespace

TEST_CASE("names resolve through labels and aliases whatever the case, accents and dots", "[query][names]") {
  NameIndex index(examples());
  for (const char* name : {"United States", "us", "U.S.", "the United States", "USA", "american"}) {
    NameLookup found = index.lookup(name);
    INFO(name);
    REQUIRE(found.status == LookupStatus::Found);
    CHECK(label_of(found) == "United States");
  }
  CHECK(label_of(index.lookup("pal jonson")) == "Pål Jonson");
  CHECK(label_of(index.lookup("SOFIE NYSTROM")) == "Sofie Nyström");
  CHECK(label_of(index.lookup("ccdcoe")) == "NATO Cooperative Cyber Defence Centre of Excellence");
  CHECK(label_of(index.lookup("kim yong hyun")) == "Kim Yong-hyun");
}

TEST_CASE("a word of one name only finds that entity, an exact name wins over words", "[query][names]") {
  NameIndex index(examples());
  CHECK(label_of(index.lookup("Stoltenberg")) == "Jens Stoltenberg");
  CHECK(label_of(index.lookup("Cyber Flag")) == "Cyber Flag");  // also a word pair of nothing else
  CHECK(label_of(index.lookup("NATO")) == "North Atlantic Treaty Organization");  // not the CCDCOE
  CHECK(label_of(index.lookup("n1")) == "Finland");  // a node id as a last resort
}

TEST_CASE("a name shared by several entities is ambiguous and lists them all", "[query][names]") {
  NameIndex index(examples());
  NameLookup found = index.lookup("Korea");
  REQUIRE(found.status == LookupStatus::Ambiguous);
  REQUIRE(found.nodes.size() == 3);
  CHECK(label_of(found, 0) == "Korea Internet & Security Agency");
  CHECK(label_of(found, 1) == "Korea University");
  CHECK(label_of(found, 2) == "South Korea");

  KnowledgeGraph g;
  g.add_node(NodeType::Person, "Anna Berg");
  g.add_node(NodeType::Person, "Erik Berg");
  g.add_node(NodeType::Place, "Bergen");
  try {
    resolve_name(g, "berg");
    FAIL("no error");
  } catch (const NameLookupError& e) {
    CHECK(e.status() == LookupStatus::Ambiguous);
    CHECK(e.candidates().size() == 2);
    CHECK(e.exit_code() == 1);
    CHECK(e.one_line() == "\"berg\" matches 2 entities: Anna Berg (Person, n1); Erik Berg (Person, n2) "
                          "(give the full name, or the node id)");
  }
}

TEST_CASE("punctuation typed around a name is not part of it", "[query][names]") {
  NameIndex index(examples());
  for (const char* typed : {"FINLAND!", "(Finland)", "\"Finland\"", "Finland?", "finland:"}) {
    NameLookup found = index.lookup(typed);
    CHECK(found.status == LookupStatus::Found);
    CHECK(label_of(found) == "Finland");
  }
  NameLookup word = index.lookup("Stoltenberg!");  // a word of one name, then the punctuation
  CHECK(word.status == LookupStatus::Found);
  CHECK(label_of(word) == "Jens Stoltenberg");
  NameLookup typo = index.lookup("Finnland!");  // suggestions too
  REQUIRE(typo.status == LookupStatus::NotFound);
  CHECK(label_of(typo) == "Finland");
  CHECK(index.lookup("!!!").nodes.empty());
}

TEST_CASE("a name that matches nothing suggests the closest names", "[query][names]") {
  NameIndex index(examples());
  NameLookup found = index.lookup("Finnland");
  REQUIRE(found.status == LookupStatus::NotFound);
  REQUIRE_FALSE(found.nodes.empty());
  CHECK(label_of(found) == "Finland");
  CHECK(label_of(index.lookup("Stoltenbrg")) == "Jens Stoltenberg");  // a misspelt word of a longer name
  CHECK(label_of(index.lookup("Sentry")) == "Baltic Sentry");         // found as a word
  NameLookup part = index.lookup("Locked Shield");                    // a substring of a name
  REQUIRE(part.status == LookupStatus::NotFound);
  CHECK(label_of(part) == "Locked Shields");
  CHECK(index.lookup("zzzzqqq").nodes.empty());
  CHECK_THROWS_WITH(resolve_name(index, "Finnland"), "no entity named \"Finnland\"; did you mean: Finland (Nation, n1)?");
  CHECK_THROWS_WITH(resolve_name(index, "zzzzqqq"), "no entity named \"zzzzqqq\"");
}

namespace {

// Plain Levenshtein distance, the reference for the bounded one.
std::size_t full_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j)
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
  return d[a.size()][b.size()];
}

// Strings over a small alphabet, so that many are a few edits apart.
std::string random_text(std::mt19937& random, std::size_t most) {
  static const std::string letters = "abcde 12";
  std::string text(random() % (most + 1), ' ');
  for (char& c : text) c = letters[random() % letters.size()];
  return text;
}

std::string mutated(std::mt19937& random, std::string text, int edits) {
  for (int i = 0; i < edits; ++i) {
    std::size_t at = text.empty() ? 0 : random() % text.size();
    switch (random() % 3) {
      case 0: text.insert(at, 1, 'x'); break;
      case 1: if (!text.empty()) text.erase(at, 1); break;
      default: if (!text.empty()) text[at] = 'y'; break;
    }
  }
  return text;
}

}  // namespace

TEST_CASE("the bigram index lets through every string within the bound or containing the typed one",
          "[query][names]") {
  std::mt19937 random(7);
  FuzzyIndex index;
  std::vector<std::string> stored;
  for (int i = 0; i < 600; ++i) stored.push_back(random_text(random, 14));
  for (const auto& s : stored) index.add(s);
  index.finish();
  for (int trial = 0; trial < 400; ++trial) {
    std::string typed = trial % 2 ? random_text(random, 10)
                                  : mutated(random, stored[random() % stored.size()], static_cast<int>(random() % 4));
    std::size_t bound = random() % 5;
    std::vector<std::uint32_t> let = index.candidates(typed, bound);
    for (std::uint32_t id = 0; id < stored.size(); ++id) {
      std::size_t distance = full_distance(typed, stored[id]);
      CHECK(bounded_distance(typed, stored[id], bound) == std::min(distance, bound + 1));
      bool wanted = distance <= bound || (typed.size() >= 3 && stored[id].find(typed) != std::string::npos);
      if (wanted && !std::binary_search(let.begin(), let.end(), id))
        FAIL_CHECK("\"" << stored[id] << "\" is " << distance << " edits from \"" << typed << "\" (bound " << bound
                        << ") but was not let through");
    }
  }
}

TEST_CASE("the bigram index leaves out strings that share too few bigrams", "[query][names]") {
  FuzzyIndex index;
  for (const char* s : {"finland", "iceland", "ireland", "poland", "portugal", "finland defence forces"}) index.add(s);
  index.finish();
  std::vector<std::string> let;
  for (std::uint32_t id : index.candidates("finnland", 2)) let.emplace_back(index.text(id));
  CHECK(std::find(let.begin(), let.end(), "finland") != let.end());
  CHECK(std::find(let.begin(), let.end(), "portugal") == let.end());
  let.clear();
  for (std::uint32_t id : index.candidates("defence", 2)) let.emplace_back(index.text(id));  // contained
  CHECK(let == std::vector<std::string>{"finland defence forces"});
}

TEST_CASE("suggestions among thousands of similar names are the closest ones", "[query][names]") {
  KnowledgeGraph g;
  for (int i = 1; i <= 3000; ++i) g.add_node(NodeType::Place, "Place " + std::to_string(i), {"P" + std::to_string(i)});
  g.add_node(NodeType::Nation, "Finland");
  NameIndex index(g);
  NameLookup found = index.lookup("Plaec 123");
  REQUIRE(found.status == LookupStatus::NotFound);
  REQUIRE(found.nodes.size() == 5);
  CHECK(g.node(found.nodes[0]).label == "Place 123");
  CHECK(g.node(index.lookup("Finlnd").nodes.at(0)).label == "Finland");
  NameLookup near = index.lookup("q12");  // one edit from the short alias p12 only
  REQUIRE(near.status == LookupStatus::NotFound);
  CHECK(g.node(near.nodes.at(0)).label == "Place 12");
  CHECK(index.lookup("Place").status == LookupStatus::Ambiguous);      // a word of every place
}
