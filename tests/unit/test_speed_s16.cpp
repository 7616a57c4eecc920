// Session 16, extraction speed: the faster tables (the patterns' required
// words in one array, the assembler's flat edge index) must give what the
// slower reading gave.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "relate/matcher.hpp"
#include "resolve/resolve.hpp"

using namespace newsgraph;

namespace {

// Items of these words, one each, as a clause's words ("the" "ministers" ...).
std::vector<detail::Item> items_of(const std::vector<std::string>& words) {
  std::vector<detail::Item> items;
  for (const auto& w : words) {
    detail::Item it;
    it.key = w;  // views `words`, which outlives the items
    items.push_back(it);
  }
  return items;
}

// Whether each element the pattern cannot do without has one of its words
// in the clause: the rule index_words() marks patterns by, read the slow way.
bool has_every_required(const RelationPattern& p, const detail::ClauseWords& words) {
  return std::all_of(p.required_ids.begin(), p.required_ids.end(), [&](const auto& any) {
    return std::any_of(any.begin(), any.end(), [&](std::uint32_t w) { return words.has(w); });
  });
}

DocEntity entity(NodeType type, const std::string& name) { return DocEntity{type, name, {name}, -1}; }

DocEdge edge(int source, int target, EdgeType type, const std::string& doc, const std::string& sentence) {
  DocEdge e;
  e.source = source, e.target = target, e.type = type;
  e.evidence = Evidence{doc, sentence, 0, sentence.size(), "test"};
  return e;
}

}  // namespace

// (s2: the trigger element, which the clause has whenever the pattern is
// tested, is left out and the others come shortest first.)
TEST_CASE("s16: the flat table of required words holds each pattern's required_ids", "[relate][s16][s2]") {
  const Lexicon& lex = *default_lexicon();
  REQUIRE(lex.required_at.size() == lex.patterns.size());
  std::vector<bool> untriggered(lex.patterns.size(), false);
  for (std::uint32_t pi : lex.patterns_untriggered) untriggered[pi] = true;
  for (const auto& p : lex.patterns) {
    INFO(p.name);
    const std::uint32_t* at = lex.required_flat.data() + lex.required_at[p.index];
    std::vector<std::vector<std::uint32_t>> flat(*at++);
    for (auto& any : flat) {
      any.assign(at + 1, at + 1 + *at);
      at += 1 + any.size();
    }
    CHECK(std::is_sorted(flat.begin(), flat.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); }));
    if (untriggered[p.index]) {
      CHECK(p.required_ids.empty());
      continue;
    }
    // every element but one is there; the missing one lists the pattern under each of its words
    REQUIRE(flat.size() + 1 == p.required_ids.size());
    auto missing = std::find_if(p.required_ids.begin(), p.required_ids.end(), [&](const auto& any) {
      return std::count(flat.begin(), flat.end(), any) < std::count(p.required_ids.begin(), p.required_ids.end(), any);
    });
    REQUIRE(missing != p.required_ids.end());
    for (std::uint32_t w : *missing) {
      REQUIRE(w < lex.patterns_by_word.size());
      CHECK(std::count(lex.patterns_by_word[w].begin(), lex.patterns_by_word[w].end(), p.index) == 1);
    }
  }
}

TEST_CASE("s16: index_words marks exactly the patterns whose required words a clause has", "[relate][s16]") {
  const Lexicon& lex = *default_lexicon();
  const std::vector<std::vector<std::string>> clauses = {
      {"the", "ministers", "signed", "a", "memorandum", "on", "cyber", "defence"},
      {"troops", "took", "part", "in", "the", "drill", "hosted", "by", "the", "navy"},
      {"she", "heads", "the", "agency", "and", "met", "her", "counterpart", "in", "may"},
      {"the", "alliance", "welcomed", "its", "newest", "member", "as", "well", "as", "partners"},
      {"nothing", "here", "relates", "anything"},
  };
  for (const auto& words : clauses) {
    auto items = items_of(words);
    auto indexed = detail::index_words(items, lex, nullptr, detail::PatternKinds::All);
    for (const auto& p : lex.patterns) {
      INFO(words.front() << " ... " << words.back() << ": " << p.name);
      CHECK(indexed.may_match(p.index) == has_every_required(p, indexed));
    }
  }
}

// One edge told by two documents, and another by one: the evidence of each
// edge is gathered under its key whatever order the edges came in.
TEST_CASE("s16: the assembler gathers the evidence of one edge from every document", "[resolve][s16]") {
  const Lexicon& lex = *default_lexicon();
  GraphAssembler assembler(lex);
  DocResult a;
  a.record.id = "a.txt";
  a.entities = {entity(NodeType::Organisation, "Harbour Watch Agency"), entity(NodeType::Organisation, "Tidal Cyber Forum")};
  a.edges = {edge(0, 1, EdgeType::member_of, "a.txt", "The Harbour Watch Agency joined the Tidal Cyber Forum.")};
  DocResult b;
  b.record.id = "b.txt";
  b.entities = {entity(NodeType::Person, "Mara Lindqvist"), entity(NodeType::Organisation, "Tidal Cyber Forum"),
                entity(NodeType::Organisation, "Harbour Watch Agency")};
  b.edges = {edge(0, 2, EdgeType::leads, "b.txt", "Mara Lindqvist heads the Harbour Watch Agency."),
             edge(2, 1, EdgeType::member_of, "b.txt", "The Harbour Watch Agency is a member of the Tidal Cyber Forum.")};
  assembler.add(std::move(a));
  assembler.add(std::move(b));
  KnowledgeGraph g = assembler.finish();
  REQUIRE(g.edge_count() == 2);
  std::vector<EdgeType> types;
  for (auto [it, end] = boost::edges(g.storage()); it != end; ++it) {
    types.push_back(g.edge(*it).type);
    if (g.edge(*it).type == EdgeType::member_of) {
      REQUIRE(g.edge(*it).evidence.size() == 2);
      CHECK(g.edge(*it).evidence[0].doc == "a.txt");
      CHECK(g.edge(*it).evidence[1].doc == "b.txt");
    }
  }
  CHECK(std::count(types.begin(), types.end(), EdgeType::member_of) == 1);
  CHECK(std::count(types.begin(), types.end(), EdgeType::leads) == 1);
}

// The memo of name keys (a flat table, grown as names come) gives what the
// key computed anew gives, for names first seen and seen again, past the
// table's first growth.
TEST_CASE("s16: the memo of name keys gives the computed key, first time and again", "[lexicon][s16]") {
  const Lexicon& lex = *default_lexicon();
  Lexicon unmemoised = lex;
  unmemoised.index_serial = 0;  // not indexed: every key computed
  const std::vector<std::string> shapes = {"The Harbour Watch Agency No. ", "Ministry of Tidal Defence ",
                                           "NORTHERN CYBER CENTRE ", "Mara Lindqvist-Ek ", "the Council's Office "};
  for (int pass = 0; pass < 2; ++pass)
    for (int i = 0; i < 600; ++i)
      for (const auto& shape : shapes) {
        std::string name = shape + std::to_string(i);
        INFO("pass " << pass << ": " << name);
        CHECK(lex.name_key_of(name) == unmemoised.name_key_of(name));
      }
  CHECK(lex.name_key_of("The Harbour Watch Agency") == "harbour watch agency");
}
