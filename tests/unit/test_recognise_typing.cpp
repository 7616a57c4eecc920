// Typing of names by the words around them on unseen wordings: people in an
// apposition with a nation's role, given names that are also a nation's,
// titles of several words, people before "of" after a title, and named
// agreements (conventions, calls) with their complements. Each with the
// wordings where nothing or something else must be read.
#include <catch2/catch.hpp>

#include <algorithm>

#include "document/document.hpp"
#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a person in apposition with a nation's role is no place", "[recognise][typing]") {
  auto names = entity_names(analyse("The delegation met Kertu Valk, Latvia's envoy to Chile, in Santiago on Friday."));
  CHECK(has(names, "Kertu Valk:Person"));
  CHECK_FALSE(has(names, "Kertu Valk:Place"));
  CHECK(has(names, "Latvia:Nation"));
  // a town followed by its nation stays a place
  auto town = entity_names(analyse("The depot moved to Vorsala, Finland, last year."));
  CHECK(has(town, "Vorsala:Place"));
}

TEST_CASE("a given name that is also a nation's opens a person's name where the context says so",
          "[recognise][typing]") {
  auto names = entity_names(analyse("Georgia Whitfield said the grid had held."));
  CHECK(has(names, "Georgia Whitfield:Person"));
  CHECK_FALSE(has(names, "Georgia:Nation"));
  // the nation itself, and a nation before a name that is no person's
  auto nation = entity_names(analyse("Georgia signed the plan. Troops from Jordan Valley units said nothing."));
  CHECK(has(nation, "Georgia:Nation"));
  CHECK_FALSE(has(nation, "Jordan Valley:Person"));
}

TEST_CASE("titles of several words and two-word role nouns before a name", "[recognise][typing]") {
  auto names = entity_names(analyse(
      "Undersecretary Ramon Ibarra said the fund was ready. "
      "Air Vice-Marshal Hugo Brant inspected the base. "
      "The agency's chief executive, Odile Marchetti, opened the hall."));
  CHECK(has(names, "Ramon Ibarra:Person"));
  CHECK_FALSE(has(names, "Undersecretary Ramon Ibarra:Person"));
  CHECK(has(names, "Hugo Brant:Person"));
  CHECK(has(names, "Odile Marchetti:Person"));
}

TEST_CASE("after a title, the words before 'of' are the person's name", "[recognise][typing]") {
  auto names = entity_names(analyse("Professor Anu Saar of Harbour Law Partners, a former navy researcher, presented a study."));
  CHECK(has(names, "Anu Saar:Person"));
  CHECK(has(names, "Harbour Law Partners:Organisation"));
  CHECK_FALSE(has(names, "Harbour Law Partners:Person"));
  CHECK_FALSE(has(names, "Anu Saar of Harbour Law Partners:Person"));
  // no title and no given name: nothing is made a person
  auto plain = entity_names(analyse("Regional Trade of Harbour Law Partners grew."));
  CHECK_FALSE(has(plain, "Regional Trade:Person"));
}

TEST_CASE("conventions and calls are agreements with their complements", "[recognise][typing]") {
  auto names = entity_names(analyse(
      "Both states ratified the Lisbon Convention in 2019. "
      "Ministers endorsed the Oslo Call for Safe and Open Networks in Cyberspace on Monday. "
      "The parties signed the Convention on the Protection of Undersea Cables."));
  CHECK(has(names, "Lisbon Convention:Agreement"));
  CHECK_FALSE(has(names, "Lisbon Convention:Event"));
  CHECK(has(names, "Oslo Call for Safe and Open Networks in Cyberspace:Agreement"));
  CHECK_FALSE(has(names, "Cyberspace:Place"));
  CHECK(has(names, "Convention on the Protection of Undersea Cables:Agreement"));
  // "Call" alone names nothing; a known place after "in" is no part of the name
  auto negatives = entity_names(analyse("Call the Harbour Office today. The Oslo Call for Calm in Tallinn was read."));
  CHECK_FALSE(has(negatives, "Call:Agreement"));
  CHECK(has(negatives, "Oslo Call for Calm:Agreement"));
  CHECK(has(negatives, "Tallinn:Place"));
}

TEST_CASE("a dateline's abbreviated month and a region used as an adjective are no places", "[recognise][typing]") {
  auto names = entity_names(analyse("TALLINN, Feb. 6 (Harbour Wire) -- Its Indo-Pacific partners met in Tallinn."));
  CHECK_FALSE(has(names, "Feb:Place"));
  CHECK_FALSE(has(names, "Indo-Pacific:Place"));
  CHECK(has(names, "Tallinn:Place"));
  auto region = entity_names(analyse("The fleet sailed to the Indo-Pacific in May."));
  CHECK(has(region, "Indo-Pacific:Place"));
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
  auto names = entity_names(analyse("The state's 72nd Signal Battalion, which is based in Tartu, took part."));
  CHECK(has(names, "72nd Signal Battalion:Organisation"));
  CHECK_FALSE(has(names, "Signal Battalion:Organisation"));
  auto count = entity_names(analyse("He finished 2nd behind Anna Berg in the race."));
  CHECK_FALSE(has(count, "2nd behind Anna Berg:Organisation"));
}

TEST_CASE("a body's head word alone names no body of its own", "[recognise][typing]") {
  auto names = entity_names(analyse(
      "The Harbour Evening Post covered the march. Police said the march was calm. Navy ships stayed in port. "
      "He told the Post that the Council presidency passes in July."));
  CHECK_FALSE(has(names, "Police:Organisation"));
  CHECK_FALSE(has(names, "Council:Organisation"));
  CHECK_FALSE(has(names, "Post:Organisation"));
  CHECK(has(names, "Harbour Evening Post:Organisation"));
  // an acronym or a name with more words stays one
  auto full = entity_names(analyse("The Harbour Police Board said the march was calm."));
  CHECK(has(full, "Harbour Police Board:Organisation"));
}

TEST_CASE("an acronym spoken to, quoted or described by a body's noun is an organisation", "[recognise][typing]") {
  auto names = entity_names(analyse(
      "\"We are ready,\" the minister told VNZ on Tuesday. Staff came from the KBSC, the cyber centre that "
      "runs the network. According to LPT, the talks failed."));
  CHECK(has(names, "VNZ:Organisation"));
  CHECK(has(names, "KBSC:Organisation"));
  CHECK(has(names, "LPT:Organisation"));
  // capitals that name no body stay nothing
  auto none = entity_names(analyse("The minister told MPs the plan was ready."));
  CHECK_FALSE(has(none, "MPs:Organisation"));
}

TEST_CASE("a name before a body's noun is the body's", "[recognise][typing]") {
  auto names = entity_names(analyse("The team was coordinated by the Coastal Signals service."));
  CHECK(has(names, "Coastal Signals:Organisation"));
}

TEST_CASE("places after 'based at' and with a place's head word after a known name", "[recognise][typing]") {
  auto names = entity_names(analyse(
      "The unit is based at Vaskjala near Tartu. The brigade is headquartered in Virginia Beach, officials said."));
  CHECK(has(names, "Vaskjala:Place"));
  CHECK(has(names, "Virginia Beach:Place"));
  CHECK_FALSE(has(names, "Virginia:Place"));
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
