// Typing of names by the words around them on unseen wordings: people in an
// apposition with a nation's role, given names that are also a nation's,
// titles of several words, people before "of" after a title, and named
// agreements (conventions, calls) with their complements. Each with the
// wordings where nothing or something else must be read.

#include <algorithm>

#include "document/document.hpp"
#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a person in apposition with a nation's role is no place", "[recognise][typing]") {
  check_entity_rows({
      {"The delegation met Kertu Valk, Latvia's envoy to Chile, in Santiago on Friday.",
       {"Kertu Valk:Person", "Latvia:Nation"},
       {"Kertu Valk:Place"}},
      // a town followed by its nation stays a place
      {"The depot moved to Vorsala, Finland, last year.", {"Vorsala:Place"}, {}},
  });
}

TEST_CASE("a given name that is also a nation's opens a person's name where the context says so",
          "[recognise][typing]") {
  check_entity_rows({
      {"Georgia Whitfield said the grid had held.", {"Georgia Whitfield:Person"}, {"Georgia:Nation"}},
      // the nation itself, and a nation before a name that is no person's
      {"Georgia signed the plan. Troops from Jordan Valley units said nothing.",
       {"Georgia:Nation"},
       {"Jordan Valley:Person"}},
  });
}

TEST_CASE("titles of several words and two-word role nouns before a name", "[recognise][typing]") {
  check_entity_rows({
      {"Undersecretary Ramon Ibarra said the fund was ready. "
       "Air Vice-Marshal Hugo Brant inspected the base. "
       "The agency's chief executive, Odile Marchetti, opened the hall.",
       {"Ramon Ibarra:Person", "Hugo Brant:Person", "Odile Marchetti:Person"},
       {"Undersecretary Ramon Ibarra:Person"}},
  });
}

TEST_CASE("after a title, the words before 'of' are the person's name", "[recognise][typing]") {
  check_entity_rows({
      {"Professor Anu Saar of Harbour Law Partners, a former navy researcher, presented a study.",
       {"Anu Saar:Person", "Harbour Law Partners:Organisation"},
       {"Harbour Law Partners:Person", "Anu Saar of Harbour Law Partners:Person"}},
      // no title and no given name: nothing is made a person
      {"Regional Trade of Harbour Law Partners grew.", {}, {"Regional Trade:Person"}},
  });
}

TEST_CASE("conventions and calls are agreements with their complements", "[recognise][typing]") {
  check_entity_rows({
      {"Both states ratified the Lisbon Convention in 2019. "
       "Ministers endorsed the Oslo Call for Safe and Open Networks in Cyberspace on Monday. "
       "The parties signed the Convention on the Protection of Undersea Cables.",
       {"Lisbon Convention:Agreement", "Oslo Call for Safe and Open Networks in Cyberspace:Agreement",
        "Convention on the Protection of Undersea Cables:Agreement"},
       {"Lisbon Convention:Event", "Cyberspace:Place"}},
      // "Call" alone names nothing; a known place after "in" is no part of the name
      {"Call the Harbour Office today. The Oslo Call for Calm in Tallinn was read.",
       {"Oslo Call for Calm:Agreement", "Tallinn:Place"},
       {"Call:Agreement"}},
  });
}

TEST_CASE("a dateline's abbreviated month and a region used as an adjective are no places", "[recognise][typing]") {
  check_entity_rows({
      {"TALLINN, Feb. 6 (Harbour Wire) -- Its Indo-Pacific partners met in Tallinn.",
       {"Tallinn:Place"},
       {"Feb:Place", "Indo-Pacific:Place"}},
      {"The fleet sailed to the Indo-Pacific in May.", {"Indo-Pacific:Place"}, {}},
  });
}

TEST_CASE("HTML: a <br> inside a running sentence is a space, between lines a break", "[document][typing]") {
  std::string html =
      "<html><body><p>Officials of the Ministry of<br>Defence met Kertu Valk<br>on Monday.</p>"
      "<p>By Anu Saar<br>Harbour Wire</p><p>One line.<br><br>Another line.</p></body></html>";
  auto doc = read_document_bytes(html, "a", DocumentFormat::Html);
  CHECK(doc.text.find("Ministry of Defence met Kertu Valk on Monday.") != std::string::npos);
  CHECK(doc.text.find("By Anu Saar\nHarbour Wire") != std::string::npos);
  CHECK(doc.text.find("One line.\nAnother line.") != std::string::npos);
}

TEST_CASE("a unit's ordinal number is part of its name", "[recognise][typing]") {
  check_entity_rows({
      {"The state's 72nd Signal Battalion, which is based in Tartu, took part.",
       {"72nd Signal Battalion:Organisation"},
       {"Signal Battalion:Organisation"}},
      {"He finished 2nd behind Anna Berg in the race.", {}, {"2nd behind Anna Berg:Organisation"}},
  });
}

TEST_CASE("a body's head word alone names no body of its own", "[recognise][typing]") {
  check_entity_rows({
      {"The Harbour Evening Post covered the march. Police said the march was calm. Navy ships stayed in port. "
       "He told the Post that the Council presidency passes in July.",
       {"Harbour Evening Post:Organisation"},
       {"Police:Organisation", "Council:Organisation", "Post:Organisation"}},
      // an acronym or a name with more words stays one
      {"The Harbour Police Board said the march was calm.", {"Harbour Police Board:Organisation"}, {}},
  });
}

TEST_CASE("an acronym spoken to, quoted or described by a body's noun is an organisation", "[recognise][typing]") {
  check_entity_rows({
      {"\"We are ready,\" the minister told VNZ on Tuesday. Staff came from the KBSC, the cyber centre that "
       "runs the network. According to LPT, the talks failed.",
       {"VNZ:Organisation", "KBSC:Organisation", "LPT:Organisation"},
       {}},
      // capitals that name no body stay nothing
      {"The minister told MPs the plan was ready.", {}, {"MPs:Organisation"}},
  });
}

TEST_CASE("a name before a body's noun is the body's", "[recognise][typing]") {
  check_entity_rows({
      {"The team was coordinated by the Coastal Signals service.", {"Coastal Signals:Organisation"}, {}},
  });
}

TEST_CASE("places after 'based at' and with a place's head word after a known name", "[recognise][typing]") {
  check_entity_rows({
      {"The unit is based at Vaskjala near Tartu. The brigade is headquartered in Virginia Beach, officials said.",
       {"Vaskjala:Place", "Virginia Beach:Place"},
       {"Virginia:Place"}},
  });
}

TEST_CASE("people written as a person of a nation beside another, and a surname after a noun of a kind",
          "[recognise][typing]") {
  auto names = entity_names(analyse("Her counterparts, Goran Petrov of Bulgaria and Milos Ilic of Serbia, signed."));
  CHECK(std::find(names.begin(), names.end(), "Goran Petrov:Person") != names.end());
  CHECK(std::find(names.begin(), names.end(), "Milos Ilic:Person") != names.end());
  // with no person so written beside it, a name of a nation's is not typed from "of" alone
  names = entity_names(analyse("Delegates of the Grand Harbour of Malta met in Valletta."));
  CHECK(std::find(names.begin(), names.end(), "Grand Harbour:Person") == names.end());
  // a surname of a person named before, after "the exercise,", is the person
  names = entity_names(analyse(
      "The Argentine minister, Martin Echeverria, spoke. Asked if Argentina would host a similar exercise, "
      "Echeverria was cautious."));
  CHECK(std::find(names.begin(), names.end(), "Echeverria:Exercise") == names.end());
}
