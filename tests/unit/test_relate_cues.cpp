// The cue fallback (patterns.json "cue_families"): a relation no pattern read,
// from a cue word anywhere in the clause, the nearest name before it and the
// one name of the object's type; named "cue:RELATION", at a lower confidence.
// Negated, hedged and ambiguous clauses give none.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

const std::string kAccord = "Tallinn Manual Accord";

std::vector<Relation> cue_edges(const std::string& text) {
  DocAnalysis doc = analyse(text);
  std::vector<Relation> out;
  for (auto& r : find_relations(doc, text, Date{2025, 6, 18}, *default_lexicon()))
    if (r.pattern.starts_with("cue:")) out.push_back(r);
  return out;
}

}  // namespace

TEST_CASE("cue: party_to from a signatory noun anywhere in the clause", "[relate][cues][party_to]") {
  std::string text = "Estonia in 2021 became the newest signatory, as the " + kAccord + " was finally closed.";
  auto r = relations_of(text, Date{2025, 6, 18});
  CHECK(has(r, "Estonia party_to " + kAccord + " 2021"));  // dated by its clause
  auto cues = cue_edges(text);
  REQUIRE(cues.size() == 1);
  CHECK(cues[0].pattern == "cue:party_to");
  CHECK(cues[0].confidence < 0.8);
}

TEST_CASE("cue: none in a negated or hedged clause", "[relate][cues][negation]") {
  CHECK(cue_edges("Lithuania never became a party, and the " + kAccord + " lapsed.").empty());
  CHECK(cue_edges("Latvia plans to become a signatory of the " + kAccord + ".").empty());
  CHECK(cue_edges("Mark Vale may become an analyst at the Baltic Defence College.").empty());
}

TEST_CASE("cue: the nearest name before the cue must be the actor", "[relate][cues][subject]") {
  // "the two" stand nearer the verb than any nation: who adopted is not a name here.
  CHECK(cue_edges("Jane Roe met John Doe and the two adopted the " + kAccord + ".").empty());
  // a person is no party: Estonia is not the nearest name before "signed"
  CHECK(cue_edges("Estonia's envoy Jane Roe finally signed, and the " + kAccord + " came into force.").empty());
}

TEST_CASE("cue: leads and affiliated_with from role nouns", "[relate][cues][leads][affiliated_with]") {
  auto r = relations_of("Jane Roe, chief since 2019 at the Estonian Information System Authority, spoke on Monday.");
  CHECK(has(r, "Jane Roe leads Estonian Information System Authority"));
  r = relations_of("Mark Vale, a senior analyst who studies the region for the Baltic Defence College, said the drill went well.");
  CHECK(has(r, "Mark Vale affiliated_with Baltic Defence College"));
}

TEST_CASE("cue: two objects that are no coordinated list give none", "[relate][cues][objects]") {
  // which of the two the spokesperson speaks for is not said
  CHECK(cue_edges("Mark Vale, a spokesperson, praised NATO but criticised the European Union.").empty());
  // a coordinated list is one object each
  auto cues = cue_edges("Latvia and Lithuania became signatories, and the " + kAccord + " was closed.");
  CHECK(cues.size() == 2);
}

TEST_CASE("cue: who heads a unit of an organisation or a nation's group", "[relate][cues][leads]") {
  // the group is the organisation's, not the organisation: affiliated with it
  auto r = relations_of("\"We learned a lot,\" said Mark Vale, who heads the training cell of the Baltic Defence College.");
  CHECK(has(r, "Mark Vale affiliated_with Baltic Defence College"));
  CHECK_FALSE(has(r, "Mark Vale leads Baltic Defence College"));
  // who led a nation's team leads neither the nation nor is said to work for it
  auto cues = cue_edges("\"It went well,\" said Jane Roe, who led the Latvian team.");
  CHECK(cues.empty());
}

TEST_CASE("a role word with a person named right after it is that person's title", "[relate][cues]") {
  auto r = relations_of("The Nordic Cyber Centre has been opened by Mari Tamm, and the Supreme Allied Commander Europe, General Lars Holm.");
  CHECK_FALSE(related(r, "Mari Tamm", "Nordic Cyber Centre"));
  // the role after the name with no other person is still hers
  r = relations_of("The Nordic Cyber Centre has been opened by Mari Tamm, its commander.");
  CHECK(has(r, "Mari Tamm leads Nordic Cyber Centre"));
}

TEST_CASE("cue heads: every text before a space of a cue, for the two-word look-up", "[relate][cues][lexicon]") {
  Lexicon lex = *default_lexicon();
  lex.cue_families.resize(1);
  lex.cue_families[0].cues = {"became a party", "took part", "signatory"};
  lex.document_participation.cues = {"sent troops to", "attended"};
  lex.index();
  const auto& heads = lex.cue_families[0].cue_heads;
  CHECK(heads.count("became"));
  CHECK(heads.count("became a"));
  CHECK(heads.count("took"));
  CHECK_FALSE(heads.count("signatory"));  // one word: found by cue_set alone
  CHECK_FALSE(heads.count("part"));
  const auto& p = lex.document_participation.cue_heads;
  CHECK(p.count("sent"));
  CHECK(p.count("sent troops"));
  CHECK_FALSE(p.count("attended"));
  // The shipped families: each multi-word cue's first word is a head.
  for (const auto& f : default_lexicon()->cue_families)
    for (const auto& c : f.cue_set)
      if (auto sp = c.find(' '); sp != std::string::npos) CHECK(f.cue_heads.count(c.substr(0, sp)));
}
