// Bodies with names any nation uses ("Cyber Defence Command", "Ministry of
// Defence") not in the lexicon: named with the nation the text gives them,
// by a demonym, a possessive, "of <nation>", an owner body's possessive, the
// clause or the whole document; left bare when the text names two nations;
// and resolution never merges two nations' bodies of one name.
#include <catch2/catch.hpp>

#include <algorithm>

#include "extract_fixtures.hpp"
#include "pipeline/extract.hpp"
#include "resolve/resolve.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

const DocEntity* labelled(const DocAnalysis& doc, const std::string& label) {
  for (const auto& e : doc.entities)
    if (e.label == label) return &e;
  return nullptr;
}

bool named(const DocAnalysis& doc, const std::string& name) {
  return std::any_of(doc.entities.begin(), doc.entities.end(), [&](const DocEntity& e) {
    return std::find(e.names.begin(), e.names.end(), name) != e.names.end();
  });
}

KnowledgeGraph build(const std::vector<std::string>& texts) {
  auto lex = default_lexicon();
  GraphAssembler assembler(*lex);
  for (std::size_t i = 0; i < texts.size(); ++i)
    assembler.add(extract_document(
        read_document_bytes(texts[i], "doc" + std::to_string(i) + ".txt", DocumentFormat::Text), *lex));
  return assembler.finish();
}

}  // namespace

TEST_CASE("a generic body is its nation's by a demonym, a possessive or 'of <nation>'", "[recognise][bodies]") {
  auto demonym = analyse("Officials said the Peruvian Joint Cyber Command would host the drill in May.");
  CHECK(named(demonym, "Peru's Joint Cyber Command"));

  auto possessive = analyse("Kenya's Cyber Defence Command opened a second training centre on Monday.");
  CHECK(labelled(possessive, "Kenya's Cyber Defence Command"));

  auto of = analyse("Ghana joined the talks. The head of the Cyber Security Authority of Ghana spoke first.");
  CHECK(named(of, "Ghana's Cyber Security Authority"));
}

TEST_CASE("a generic body owned by a nation's body is that nation's", "[recognise][bodies]") {
  auto doc = analyse(
      "The Chilean Army's Cyber Defence Command ran the exercise with officers from Peru and Bolivia.");
  CHECK(named(doc, "Chile's Cyber Defence Command"));
  CHECK_FALSE(labelled(doc, "Cyber Defence Command"));
}

TEST_CASE("a bare generic body takes the nation of its clause or of a one-nation document", "[recognise][bodies]") {
  auto one = analyse(
      "Ghana will spend more on cyber defence next year, the finance minister said. "
      "The Cyber Defence Command is to hire two hundred analysts.");
  const DocEntity* body = labelled(one, "Ghana's Cyber Defence Command");
  REQUIRE(body);
  CHECK(body->lexicon < 0);
  CHECK(named(one, "Ghanaian Cyber Defence Command"));

  auto clause = analyse(
      "Teams came from four countries. Peru was represented by the Joint Cyber Command, "
      "while Chile and Bolivia sent observers.");
  CHECK(labelled(clause, "Peru's Joint Cyber Command"));
}

TEST_CASE("a bare generic body in a document about two nations is no nation's", "[recognise][bodies]") {
  auto two = analyse(
      "Chile and Peru signed the plan in Lima on Tuesday. "
      "The Cyber Defence Command will coordinate the first joint drill.");
  CHECK(labelled(two, "Cyber Defence Command"));
  CHECK_FALSE(named(two, "Chile's Cyber Defence Command"));
  CHECK_FALSE(named(two, "Peru's Cyber Defence Command"));

  // a demonym elsewhere ("the Bolivian government") doubts the clause's nation
  auto doubted = analyse(
      "The Bolivian government named a new head of the Joint Cyber Command on Friday. "
      "Peru sent two officers to watch the drill, a Joint Cyber Command spokesman said.");
  CHECK_FALSE(named(doubted, "Peru's Joint Cyber Command"));
}

TEST_CASE("bare generic bodies of documents about different nations are different nodes", "[resolve][bodies]") {
  KnowledgeGraph g = build({
      "Ghana will spend more on cyber defence, the minister said. The Cyber Defence Command will hire analysts.",
      "Kenya hosted the regional meeting on Monday. The Cyber Defence Command led the drill.",
  });
  auto ghana = g.find_node("Ghana's Cyber Defence Command");
  auto kenya = g.find_node("Kenya's Cyber Defence Command");
  REQUIRE(ghana);
  REQUIRE(kenya);
  CHECK(*ghana != *kenya);

  // A third document naming two nations: its body joins neither.
  KnowledgeGraph three = build({
      "Ghana will spend more on cyber defence, the minister said. The Cyber Defence Command will hire analysts.",
      "Kenya hosted the regional meeting on Monday. The Cyber Defence Command led the drill.",
      "Chile and Peru signed the plan on Tuesday. The Cyber Defence Command will coordinate it.",
  });
  CHECK(three.node_count() == g.node_count() + 3);  // Chile, Peru and a bare body of its own
}

TEST_CASE("records of one generic name merge within one nation only", "[resolve][bodies]") {
  auto lex = default_lexicon();
  GraphAssembler a(*lex);
  auto body = [](const std::string& label, std::vector<std::string> names) {
    DocResult d;
    d.record.id = label;
    d.entities.push_back({NodeType::Organisation, label, std::move(names), -1});
    return d;
  };
  a.add(body("Ghana's Cyber Defence Command", {"Ghana's Cyber Defence Command", "Cyber Defence Command"}));
  a.add(body("Kenyan Cyber Defence Command", {"Kenyan Cyber Defence Command", "Cyber Defence Command"}));
  a.add(body("Ghanaian Cyber Defence Command", {"Ghanaian Cyber Defence Command", "Cyber Defence Command"}));
  KnowledgeGraph g = a.finish();
  CHECK(g.node_count() == 2);

  // A bare body joins the only nation's body of its name.
  GraphAssembler b(*lex);
  b.add(body("Ghana's Joint Cyber Command", {"Ghana's Joint Cyber Command", "Joint Cyber Command"}));
  b.add(body("Joint Cyber Command", {"Joint Cyber Command"}));
  CHECK(b.finish().node_count() == 1);
}

TEST_CASE("the lexicon's real bodies stay themselves beside other nations' bodies of their name", "[resolve][bodies]") {
  KnowledgeGraph g = build({
      "The United States said the National Security Agency would share the report.",
      "Ghana hosted the meeting. Ghana's National Security Agency sent two analysts.",
  });
  // two nodes, each labelled so (Ghana's also has the bare name among its aliases, s28-e4)
  std::vector<std::string> labels;
  for (NodeId v = 0; v < g.node_count(); ++v) labels.push_back(g.node(v).label);
  CHECK(std::count(labels.begin(), labels.end(), "National Security Agency") == 1);
  CHECK(std::count(labels.begin(), labels.end(), "Ghana's National Security Agency") == 1);
}
