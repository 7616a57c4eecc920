// Session 12 entity fixes on unseen wording: a person with a double-barrelled
// surname, documents whose head has several words ("Letter of Intent on X",
// "X Statement on Y"), venues ("Convention Centre") as places, a coordinator's
// name after the comma, a writer named only in front matter.
#include <catch2/catch.hpp>

#include "document/document.hpp"
#include "entity_rows.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a given name and a double-barrelled surname name a person", "[recognise][s12]") {
  check_entity_rows({
      {"The unit got a new head in May: Talia Brennock-Osei, a former judge.", {"Talia Brennock-Osei:Person"}, {}},
      {"Oksana Havryl-Moroz has led the office since 2023.", {"Oksana Havryl-Moroz:Person"}, {}},
      // a compound of regions is no surname
      {"Trade with South Asia-Pacific partners grew in 2024.", {}, {"South Asia-Pacific:Person"}},
      {"Forces of Greater Austria-Hungary marched in 1914.", {}, {"Greater Austria-Hungary:Person"}},
  });
}

TEST_CASE("a coordinator's name after the comma is a person", "[recognise][s12]") {
  check_entity_rows({
      {"He met the national cyber coordinator, Oskar Vendrell, in Madrid.", {"Oskar Vendrell:Person"}, {}},
  });
}

TEST_CASE("a role whose complement ends in a common noun still names the person after the comma", "[recognise][s12]") {
  check_entity_rows({
      {"It was signed by the director general of the national agency, Wong Mei Lan, in May.", {"Wong Mei Lan:Person"}, {}},
      {"It was signed by the chief executive of the Qatari regulator, Omar Haddadin, in May.", {"Omar Haddadin:Person"}, {}},
      // the lower-case words are no role's complement: nothing makes the name a person's
      {"The minister visited the old harbour, Porto Vecchio, in May.", {}, {"Porto Vecchio:Person"}},
  });
}

TEST_CASE("a document whose head has several words or heads it before 'on' is an agreement", "[recognise][s12]") {
  check_entity_rows({
      {"The ministers signed the Varna Letter of Intent on Maritime Cyber Security on Friday.",
       {"Varna Letter of Intent on Maritime Cyber Security:Agreement"}, {"Varna Letter:Agreement"}},
      {"The UK joined the Lisbon Statement on Undersea Cable Protection last year.",
       {"Lisbon Statement on Undersea Cable Protection:Agreement"}, {}},
      // a region after "in the" belongs to the document's complement
      {"They signed a Letter of Intent on Cyber Training in the Pacific on Monday.",
       {"Letter of Intent on Cyber Training in the Pacific:Agreement"}, {"Letter of Intent on Cyber Training:Agreement"}},
      // a nation after "in" says where it was signed
      {"They signed a Letter of Intent on Cyber Training in the Netherlands on Monday.",
       {"Letter of Intent on Cyber Training:Agreement"}, {"Letter of Intent on Cyber Training in the Netherlands:Agreement"}},
      // "Statement" heads a name only before its complement
      {"The Joint Statement was read out by the two ministers.", {}, {"Joint Statement:Agreement"}},
  });
}

TEST_CASE("the head of several words alone is the document named before", "[recognise][s12]") {
  auto doc = analyse(
      "Chile and Peru signed the Arica Letter of Intent on Port Security on Monday. "
      "The Letter of Intent has no budget of its own.");
  int agreements = 0;
  for (const auto& e : doc.entities) agreements += e.type == NodeType::Agreement;
  CHECK(agreements == 1);
}

TEST_CASE("a convention or exhibition centre is a place", "[recognise][s12]") {
  check_entity_rows({
      {"The deal was signed at the Mombasa International Convention Centre on Tuesday.",
       {"Mombasa International Convention Centre:Place"}, {"Mombasa International Convention Centre:Organisation"}},
      {"The fair runs at the Izmir Expo Center until Friday.", {"Izmir Expo Center:Place"}, {}},
      // a training centre is a body
      {"Officers trained at the Accra Peacekeeping Training Centre last year.",
       {"Accra Peacekeeping Training Centre:Organisation"}, {}},
  });
}

TEST_CASE("a rank after a body's head word starts a person's name", "[recognise][s12]") {
  check_entity_rows({
      {"Chief of the Defence Forces General Amos Kiprono-Wafula opened the drill.", {"Amos Kiprono-Wafula:Person"},
       {"Defence Forces General Amos Kiprono-Wafula:Organisation"}},
      {"The Royal Navy Admiral Peter Galloway spoke on Monday.", {"Peter Galloway:Person"}, {}},
      // a head word after the rank keeps the body whole
      {"The Air Force General Staff met on Monday.", {"Air Force General Staff:Organisation"}, {}},
  });
}

TEST_CASE("a portfolio and 'Cabinet Secretary' before a name are a title", "[recognise][s12]") {
  check_entity_rows({
      {"Interior Cabinet Secretary Ruth Wanjiku met the envoy on Monday.", {"Ruth Wanjiku:Person"},
       {"Interior Cabinet Secretary Ruth Wanjiku:Person"}},
  });
}

TEST_CASE("two plain words after 'in' name a place", "[recognise][s12]") {
  check_entity_rows({
      {"The navy ran a national drill in Port Vendres with the police.", {"Port Vendres:Place"}, {}},
      // a field of study is no place
      {"She holds the chair in Cyber Security at the university.", {}, {"Cyber Security:Place"}},
      // nor is an exercise a team took part in
      {"Teams took part in Amber Lattice last week.", {}, {"Amber Lattice:Place"}},
  });
}

TEST_CASE("a state's postal abbreviation after a place is no place of its own", "[recognise][s12]") {
  check_entity_rows({
      {"He served at Camp Hollis, Va., before moving to Ottawa.", {}, {"Va:Place"}},
      {"The ceremony in Sudbury, Ont., was short.", {}, {"Ont:Place"}},
      // a region written out after a place is one
      {"The ceremony in Bodo, Nordland, was short.", {"Nordland:Place"}, {}},
  });
}

TEST_CASE("a writer named only in front matter is a person", "[recognise][s12]") {
  struct Row {
    const char* author;
    bool person;
  };
  const std::vector<Row> rows = {
      {"Mereana Tane-Holloway", true},
      {"Piet Kroon", true},
      // a desk, a body or a number is no writer's name
      {"Staff Desk", false},
      {"Defence Ministry", false},
      {"Newsroom 24", false},
  };
  for (const auto& row : rows) {
    INFO(row.author);
    std::string text = std::string("---\ntitle: \"Week 12\"\nauthor: ") + row.author +
                       "\nsource: Coral Sea Letters\n---\n\n# Week 12\n\nThe navy of Fiji ran a drill on Monday.\n";
    auto r = extract_document(read_document_bytes(text, "doc", DocumentFormat::Markdown), *default_lexicon());
    bool found = false;
    for (const auto& e : r.entities) found |= e.type == NodeType::Person && e.label == row.author;
    CHECK(found == row.person);
  }
}

TEST_CASE("what has editions is an exercise whatever its head word", "[recognise][s12]") {
  check_entity_rows({
      {"The third edition of Tasman Guard wrapped up last Friday in Darwin.", {"Tasman Guard:Exercise"},
       {"Tasman Guard:Organisation"}},
      // training of a body's recruits leaves the body one
      {"The training of Home Guard recruits began in May.", {"Home Guard:Organisation"}, {}},
  });
}

TEST_CASE("a sentence adverb and a title before a lone role noun name nobody", "[recognise][s12]") {
  check_entity_rows({
      {"Finally, the Hon Member may wish to know that Colonel Rua Tamihana took up the post.", {"Rua Tamihana:Person"},
       {"Finally:Person"}},
      {"Finally, the Hon Member may wish to know that Colonel Rua Tamihana took up the post.", {"Rua Tamihana:Person"},
       {"Member:Person"}},
  });
}
