// Session 32, helper z6: entity names. A capitalised "States" is the common noun of
// diplomatic prose ("the two States", "member States"), not the United States; an
// ampersand before capitals that name no body ("IT", "ICT") stays inside the name;
// "Regulator" heads a body's name.
#include <catch2/catch.hpp>

#include <algorithm>

#include "document/document.hpp"
#include "entity_rows.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph::testing;

TEST_CASE("s32-z6: States alone is no nation and no person", "[entities][s32-z6]") {
  check_entity_rows({
      {"Talks between the two States resumed in Vienna on Tuesday, and Moldova welcomed them.",
       {"Moldova:Nation"},
       {"United States:Nation", "States:Person"}},
      {"Teams from twelve member States took part, among them Chile and Peru.",
       {"Chile:Nation", "Peru:Nation"},
       {"United States:Nation", "States:Person"}},
      {"The United States sent two observers to the drill.", {"United States:Nation"}, {}},
      {"The Organization of American States opened a cyber office in Quito.",
       {"Organization of American States:Organisation"},
       {"United States:Nation"}},
  });
}

TEST_CASE("s32-z6: an ampersand before IT stays inside the name", "[entities][s32-z6]") {
  check_entity_rows({
      {"Officials of the Ministry of Telecoms & IT of Bhutan visited Tallinn in May.",
       {"Bhutan:Nation"},
       {"Ministry of Telecoms:Organisation", "Italy:Nation"}},
      {"The Department of Science & Technology of Nepal hosted the workshop.",
       {"Nepal:Nation"},
       {"Department of Science:Organisation"}},
  });
}

TEST_CASE("s32-z6: Regulator heads a body's name", "[entities][s32-z6]") {
  check_entity_rows({
      {"Staff of the Moldovan Energy Regulator joined the exercise in Chisinau.",
       {"Moldovan Energy Regulator:Organisation"},
       {}},
  });
}

// The top line of a text that names no outlet: the exercise the page is about, a document's
// kind, or a body's letterhead with its acronym in brackets.
namespace {
const newsgraph::DocEntity* entity_labelled(const newsgraph::DocResult& r, const std::string& label) {
  for (const auto& e : r.entities)
    if (e.label == label) return &e;
  return nullptr;
}
newsgraph::DocResult extract_text(const std::string& text) {
  using namespace newsgraph;
  return extract_document(read_document_bytes(text, "doc", DocumentFormat::Text), *default_lexicon());
}
}  // namespace

TEST_CASE("s32-z6: a top line naming the page's exercise is no outlet", "[outlet][s32-z6]") {
  auto r = extract_text("KESTREL VEIL - QUESTIONS AND ANSWERS\n\nWhat is Kestrel Veil?\n"
                        "Kestrel Veil is a multinational cyber defence exercise. Chile took part in it in March 2026.\n");
  const auto* e = entity_labelled(r, "Kestrel Veil");
  REQUIRE(e);
  CHECK(e->type == newsgraph::NodeType::Exercise);
  for (const auto& x : r.entities) CHECK_FALSE((x.label == "Kestrel Veil" && x.type == newsgraph::NodeType::Organisation));
}

TEST_CASE("s32-z6: a document's kind on the top line names no outlet", "[outlet][s32-z6]") {
  for (const char* head : {"FOR IMMEDIATE RELEASE", "CALL FOR PAPERS"}) {
    INFO(head);
    auto r = extract_text(std::string(head) + "\n\nLorvan Systems signs a range contract\n\n"
                                              "Lorvan Systems said on Monday that Estonia had hired it to build a cyber range.\n");
    CHECK_FALSE(entity_labelled(r, "For Immediate Release"));
    CHECK_FALSE(entity_labelled(r, "Call for Papers"));
    CHECK_FALSE(entity_labelled(r, "Call FOR Papers"));
  }
}

TEST_CASE("s32-z6: a letterhead in capitals keeps its bracketed acronym apart", "[outlet][s32-z6]") {
  auto r = extract_text("BALTIC CYBER RANGE FORUM (BCRF)\nSteering Group\n\nMinutes of the meeting held in Riga.\n"
                        "Latvia and Lithuania sent delegates.\n");
  const auto* e = entity_labelled(r, "Baltic Cyber Range Forum");
  REQUIRE(e);
  CHECK(std::find(e->names.begin(), e->names.end(), "BCRF") != e->names.end());
  CHECK_FALSE(entity_labelled(r, "Baltic Cyber Range Forum (bcrf)"));
}

TEST_CASE("s32-z6: a wrapped line ending in a comma is no headline", "[entities][s32-z6]") {
  // subtitles and plain-text mail wrap sentences; a line of capitalised words that ends in a
  // comma goes on in the next line and may name bodies
  auto r = extract_text("A drill opened in the port this week.\nThe drill is run by\n"
                        "Moldova's National Cyber Defence Agency, the NCDA,\nwith the coast guard, and it ends on Friday.\n");
  bool agency = false;
  for (const auto& e : r.entities)
    agency |= e.type == newsgraph::NodeType::Organisation && e.label.find("National Cyber Defence Agency") != std::string::npos;
  CHECK(agency);
}

TEST_CASE("s32-z6: an acronym after a nation's possessive is its body", "[entities][s32-z6]") {
  check_entity_rows({
      {"Guest teams came from Benin's ANCy and from Moldova's CYRAM last week.",
       {"ANCy:Organisation", "CYRAM:Organisation", "Benin:Nation", "Moldova:Nation"},
       {}},
      {"Portugal's CDCiber hosted the course in Lisbon.", {"CDCiber:Organisation"}, {}},
      // capitals that name no body, a surname in mixed case and a crosshead stay no body
      {"Estonia's CEO said the range would open in May.", {}, {"CEO:Organisation"}},
      {"Ireland's McDonald scored twice.", {}, {"McDonald:Organisation"}},
      {"GEORGIA'S ROLE", {}, {"ROLE:Organisation"}},
  });
}

TEST_CASE("s32-z6: CERT-EU's full name is CERT-EU", "[entities][s32-z6]") {
  check_entity_rows({
      {"The Computer Emergency Response Team for the EU institutions, bodies and agencies joined the drill in May.",
       {"CERT-EU:Organisation"},
       {"Computer Emergency Response Team for the EU:Organisation"}},
  });
}

TEST_CASE("s32-z6: Spain's Joint Cyberspace Command and its Spanish name are one body", "[entities][s32-z6]") {
  check_entity_rows({
      {"Spain's Joint Cyberspace Command (Mando Conjunto del Ciberespacio, MCCE) sent two officers to Rota.",
       {"Joint Cyberspace Command:Organisation", "Spain:Nation"},
       {"Mando Conjunto del Ciberespacio:Organisation"}},
  });
}

TEST_CASE("s32-z6: a company with and without its legal form is one", "[entities][s32-z6]") {
  using namespace newsgraph;
  for (const char* text : {"Korvel Data LLC won the contract on Monday. Korvel Data will build the range.",
                           "Korvel Data won the contract on Monday. Korvel Data LLC will build the range.",
                           "Harbour Range B.V. won the contract on Monday. Harbour Range will build it."}) {
    INFO(text);
    auto a = analyse(text);
    int companies = 0;
    for (const auto& e : a.entities) companies += e.type == NodeType::Organisation;
    CHECK(companies == 1);
  }
  // a plain head word is no legal form: the command and the company stay two bodies
  auto a = analyse("Officials of the Korvel Cyber Command met staff of Korvel Cyber LLC on Monday.");
  int bodies = 0;
  for (const auto& e : a.entities) bodies += e.type == NodeType::Organisation;
  CHECK(bodies == 2);
}
