// Session 33 (a2): one body written two ways is one node. "Foreign Ministry"
// is "Ministry of Foreign Affairs" (and "Ministry for Foreign Affairs"); "X
// Department" is "Department of X"; two nations' bodies stay apart. Texts
// written for the test.
#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "extract_fixtures.hpp"
#include "resolve_fixtures.hpp"
#include "pipeline/extract.hpp"
#include "resolve/resolve.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

bool has_edge(const KnowledgeGraph& g, const std::string& from, EdgeType type, const std::string& to) {
  for (auto [it, end] = boost::edges(g.storage()); it != end; ++it)
    if (g.edge(*it).type == type && g.node(g.source(*it)).label == from && g.node(g.target(*it)).label == to)
      return true;
  return false;
}

}  // namespace

TEST_CASE("a portfolio's 'Affairs' and 'for' do not part one ministry's keys", "[lexicon][keys][s33a2]") {
  auto lex = default_lexicon();
  CHECK(lex->name_key_of("Ministry of Foreign Affairs") == lex->name_key_of("Foreign Ministry"));
  CHECK(lex->name_key_of("the Ministry for Foreign Affairs") == lex->name_key_of("Foreign Ministry"));
  CHECK(lex->name_key_of("Foreign Affairs Ministry") == lex->name_key_of("Foreign Ministry"));
  CHECK(lex->name_key_of("Polish Ministry of Foreign Affairs") == lex->name_key_of("Polish Foreign Ministry"));
  CHECK(lex->name_key_of("Ministry for Foreign Affairs of Japan") == lex->name_key_of("Ministry of Foreign Affairs"
                                                                  " of Japan"));
  CHECK(lex->name_key_of("Digital Affairs Ministry") == lex->name_key_of("Ministry of Digital Affairs"));
  // two portfolios are another ministry; so are two nations'
  CHECK(lex->name_key_of("Ministry of Foreign Affairs and Trade") != lex->name_key_of("Foreign Ministry"));
  CHECK(lex->name_key_of("Ministry of Economic Affairs and Communications") != lex->name_key_of("Economy Ministry"));
  CHECK(lex->name_key_of("Polish Foreign Ministry") != lex->name_key_of("Czech Ministry of Foreign Affairs"));
  // a ministry's other head words swap as "Ministry" does
  CHECK(lex->name_key_of("the Defense Department") == lex->name_key_of("the Department of Defense"));
  CHECK(lex->name_key_of("State Department") == lex->name_key_of("Department of State"));
  CHECK(lex->name_key_of("Department") == "department");
}

TEST_CASE("one nation's foreign ministry written two ways is one node", "[resolve][s33a2]") {
  auto g = graph_of({"Poland's Ministry of Foreign Affairs summoned the envoy on Monday. "
                     "The Polish Foreign Ministry said the envoy had been told to leave within a week."});
  CHECK(bodies_named(g, {"Poland's Ministry of Foreign Affairs", "Polish Foreign Ministry"}).size() == 1);
  auto h = graph_of({"Sweden's Ministry for Foreign Affairs said on Monday that the talks would go on.",
                     "The Swedish Foreign Ministry published the text of the accord on Tuesday."});
  CHECK(bodies_named(h, {"Sweden's Ministry for Foreign Affairs", "Swedish Foreign Ministry"}).size() == 1);
}

TEST_CASE("two nations' foreign ministries written two ways stay two nodes", "[resolve][s33a2]") {
  auto g = graph_of({"Poland's Ministry of Foreign Affairs signed a memorandum with the Ukrainian Foreign Ministry "
                     "on Tuesday. Ukraine's Ministry of Foreign Affairs welcomed it."});
  auto polish = bodies_named(g, {"Poland's Ministry of Foreign Affairs"});
  auto ukrainian = bodies_named(g, {"Ukrainian Foreign Ministry", "Ukraine's Ministry of Foreign Affairs"});
  CHECK(polish.size() == 1);
  CHECK(ukrainian.size() == 1);
  CHECK(polish != ukrainian);
}

TEST_CASE("a minister of a portfolio of affairs leads its ministry", "[resolve][s33a2]") {
  auto g = graph_of({"The Ministry of Digital Affairs (MODA) opened a cyber range in the capital on Monday. "
                     "Minister of Digital Affairs Anna Kowalczyk said the range would train 500 analysts a year."});
  CHECK(has_edge(g, "Anna Kowalczyk", EdgeType::leads, "Ministry of Digital Affairs"));
}

TEST_CASE("another nation's body of a lexicon body's generic name stays its own", "[recognise][s33a2]") {
  // the lexicon's National Cyber Security Centre is the United Kingdom's
  auto g = graph_of({"Ireland's National Cyber Security Centre warned on Thursday of a phishing wave aimed at "
                     "hospitals. Britain's National Cyber Security Centre said it had seen the same campaign."});
  CHECK(has_edge(g, "Ireland's National Cyber Security Centre", EdgeType::part_of, "Ireland"));
  CHECK_FALSE(has_edge(g, "National Cyber Security Centre", EdgeType::part_of, "Ireland"));
}

TEST_CASE("a body's short name in brackets is its name", "[recognise][s33a2]") {
  // the initials of the words before the head word, then the head word
  auto g = graph_of({"Signallers of the Army Communications and Information Systems Regiment (CIS Regiment) "
                     "joined the drill on Monday. The CIS Regiment ran the exercise network."});
  CHECK(bodies_named(g, {"Army Communications and Information Systems Regiment", "CIS Regiment"}).size() == 1);
  // a known body's acronym in mixed case after another of its names
  auto h = graph_of({"The team has been a member of the Africa Computer Emergency Response Team (AfricaCERT) "
                     "since 2014."});
  CHECK(bodies_named(h, {"Africa Computer Emergency Response Team", "AfricaCERT"}).size() == 1);
}

TEST_CASE("a portfolio list after 'of the' stays in the body's name", "[recognise][s33a2]") {
  auto g = graph_of({"The new office will sit within the Department of the Environment, Food and Rural "
                     "Affairs, the minister told reporters on Monday."});
  CHECK(bodies_named(g, {"Department of the Environment, Food and Rural Affairs"}).size() == 1);
  CHECK(bodies_named(g, {"Department of the Environment"}).empty());
}

TEST_CASE("a lexicon body's name after its own nation is that body", "[resolve][s33a2]") {
  auto g = graph_of({"The U.S. Cybersecurity and Infrastructure Security Agency issued a warning on Wednesday. "
                     "CISA said the group had broken into telecommunications networks."});
  CHECK(bodies_named(g, {"U.S. Cybersecurity and Infrastructure Security Agency", "CISA"}).size() == 1);
  // Canada's foreign ministry by its own name (it was read as a person)
  auto h = graph_of({"Global Affairs Canada said on Friday the deal built on years of work."});
  CHECK(bodies_named(h, {"Global Affairs Canada"}).size() == 1);
}

TEST_CASE("a nation's ministry by its short name is the lexicon's ministry of that nation", "[resolve][s33a2]") {
  // the lexicon's Ministry of National Defense is South Korea's
  auto g = graph_of({"South Korea's Ministry of National Defense will raise its cyber budget, the Defense Ministry "
                     "said on Tuesday."});
  CHECK(bodies_named(g, {"Ministry of National Defense", "South Korea's Defense Ministry"}).size() == 1);
}

TEST_CASE("a body written with its nation's name and with its demonym is one node", "[resolve][s33a2]") {
  auto g = graph_of({"Estonia's Information System Authority said on Monday it had blocked the attack.",
                     "The Estonian Information System Authority published its yearly report on Tuesday."});
  CHECK(bodies_named(g, {"Estonia's Information System Authority", "Estonian Information System Authority"}).size() ==
        1);
  auto h = graph_of({"Lithuania's Regional Cyber Defence Centre held a drill on Monday.",
                     "Latvia's Regional Cyber Defence Centre held one on Tuesday."});
  CHECK(bodies_named(h, {"Lithuania's Regional Cyber Defence Centre", "Latvia's Regional Cyber Defence Centre"}).size() ==
        2);
}

TEST_CASE("a ministry or command whose name lists portfolios is the lexicon's", "[lexicon][s33a2]") {
  auto g = graph_of({"France's Ministry for Europe and Foreign Affairs said the talks would resume in May."});
  CHECK(bodies_named(g, {"Ministry for Europe and Foreign Affairs"}).size() == 1);
  // written after a demonym, the known name is not cut at its "and"
  auto f = graph_of({"The French Ministry for Europe and Foreign Affairs said the talks would resume in May."});
  CHECK(bodies_named(f, {"Ministry for Europe and Foreign Affairs"}).size() == 1);
  CHECK(bodies_named(f, {"French Ministry for Europe"}).empty());
  auto h = graph_of({"Taiwan's Information, Communications and Electronic Force Command took part in the drill."});
  CHECK(bodies_named(h, {"Information, Communications and Electronic Force Command"}).size() == 1);
}

TEST_CASE("Kenya's national response team by its full name and its code is one node", "[lexicon][s33a2]") {
  auto g = graph_of({"The National KE-CIRT/CC said on Monday it had handled 40 incidents.",
                     "Analysts of the National Kenya Computer Incident Response Team Coordination Centre joined "
                     "the drill."});
  CHECK(bodies_named(g, {"National KE-CIRT/CC", "National Kenya Computer Incident Response Team Coordination Centre"})
            .size() == 1);
}
