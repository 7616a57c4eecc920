// Session 18: entity recall on unseen prose. A single word numbered by its year
// names a yearly event ("at Rotex 2027"); dates, amounts and numbered nouns do not.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("one word numbered by its year names an event", "[recognise][s18]") {
  check_entity_rows({
      {"Several Chilean firms showed drones at Rotex 2027 in Lima on Tuesday.", {"Rotex:Event"}, {"2027:Event"}},
      {"Dutch officials will attend the Marinex 2026 fair in Gdansk next month.", {"Marinex:Event"}, {}},
      {"Speakers at SECFEST 2025 warned about ransomware.", {"SECFEST:Event"}, {}},
  });
}

TEST_CASE("a date, an amount or a numbered noun with a year is no event", "[recognise][s18]") {
  check_entity_rows({
      {"The ministry published the report in Jan 2026 after a long delay.", {}, {"Jan:Event"}},
      {"The council adopted Resolution 1973 after a debate.", {}, {"Resolution:Event"}},
      {"Since 2020 the agency has trained 400 analysts.", {}, {"Since:Event"}},
  });
}

TEST_CASE("a numbered word before a noun other than an event's is no event", "[recognise][s18]") {
  check_entity_rows({
      {"The coach said the Tarsa 2025 season was the club's best.", {}, {"Tarsa:Event"}},
      {"Visitors crowded the Marinex 2026 exhibition in Gdynia.", {"Marinex:Event"}, {}},
  });
}

TEST_CASE("a company described after a comma or by its trade is an organisation", "[recognise][s18]") {
  check_entity_rows({
      {"Hexagon Varda, a defence contractor based in Izmir, signed a deal with the navy.", {"Hexagon Varda:Organisation"}, {}},
      {"Drone supplier Ortak Havacilik delivered the first batch on Monday.", {"Ortak Havacilik:Organisation"}, {}},
      {"Izmir-based Selvira Bilisim signed a partnership with the navy.", {"Selvira Bilisim:Organisation"},
       {"Selvira Bilisim:Person"}},
  });
}

TEST_CASE("a company's legal or trade suffix heads its name", "[recognise][s18]") {
  check_entity_rows({
      {"The Swedish subsidiary, Fjallvind Security AB, will support the users.", {"Fjallvind Security AB:Organisation"}, {}},
      {"Kestrel Arda Technologies won the tender in March.", {"Kestrel Arda Technologies:Organisation"}, {}},
      {"Orrin Vale Ltd won the tender in March.", {"Orrin Vale Ltd:Organisation"}, {"Orrin Vale Ltd:Person"}},
  });
}

TEST_CASE("a response team acronym with a slash is one name", "[recognise][s18]") {
  check_entity_rows({
      {"The Ugandan team UG-CIRT/CC shared the indicators on Monday.", {"UG-CIRT/CC:Organisation"}, {"UG-CIRT:Organisation"}},
      {"Analysts at the National TZ-CERT/CC met Rwandan officials.", {"National TZ-CERT/CC:Organisation"}, {}},
  });
}

TEST_CASE("a slash between two bodies still parts them", "[recognise][s18]") {
  check_entity_rows({
      {"The NATO/EU staff talks resumed in Brussels on Monday.", {"European Union:Organisation"}, {"NATO/EU:Organisation"}},
  });
}

TEST_CASE("a name before a role written in capitals is a person's", "[recognise][s18]") {
  check_entity_rows({
      {"Maartje Oudewater, Press Officer, said the talks were useful.", {"Maartje Oudewater:Person"}, {}},
      {"Tiago Marrecas, Chief Executive of the port authority, declined to comment.", {"Tiago Marrecas:Person"}, {}},
  });
}

TEST_CASE("a name before a capitalised word that is no role is not made a person", "[recognise][s18]") {
  check_entity_rows({
      {"Ships from Halvard Marine, Baltic Shipping and others docked in Riga.", {}, {"Halvard Marine:Person"}},
  });
}

TEST_CASE("a name before a verb of taking a post and a role is a person's", "[recognise][s18]") {
  check_entity_rows({
      {"Thandeka Ruvimbo becomes chief technology officer of the agency in March.", {"Thandeka Ruvimbo:Person"}, {}},
      {"Ionela Vasilache was appointed deputy director of the centre on Monday.", {"Ionela Vasilache:Person"}, {}},
  });
}
