// Session 33, helper a1: names never recognised or cut. A company's legal form ("UAB", "OÜ",
// "SIA") heads its name and closes it ("X UAB of Vilnius" says where it is); a body's
// portfolio list may open with "the"; an exercise written in capitals with its edition
// number is a name; document labels ("Media Advisory", "Press Office") and "Exercise
// Control" (the staff that runs a drill) name no body and no exercise.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph::testing;

TEST_CASE("s33-a1: a company's legal form heads and closes its name", "[entities][s33-a1]") {
  check_entity_rows({
      {"Kaunas-based firm Nerija Signal Works UAB won the contract to run the range.",
       {"Nerija Signal Works UAB:Organisation"},
       {}},
      {"The tender went to Saulkrasti Data SIA, the ministry said on Monday.",
       {"Saulkrasti Data SIA:Organisation"},
       {}},
      {"A consortium led by Amber Coast Analytics UAB of Klaipeda lodged no appeal.",
       {"Amber Coast Analytics UAB:Organisation"},
       {"Amber Coast Analytics UAB of Klaipeda:Organisation"}},
      {"Ruhr Secure GmbH and Thames Signal Ltd signed the memorandum with the agency.",
       {"Ruhr Secure GmbH:Organisation", "Thames Signal Ltd:Organisation"},
       {"Ruhr Secure GmbH and Thames Signal Ltd:Organisation"}},
      {"Fjord Cyber ASA and Delta Lattice B.V. were also shortlisted.",
       {"Fjord Cyber ASA:Organisation", "Delta Lattice B.V.:Organisation"},
       {}},
      {"The CERT of Montenegro and the Sub-Committee of Experts met in Podgorica.", {}, {"CERT:Organisation"}},
      {"Major General Lin Ou-yang met Major General Ou Wei-ting in Taipei on Monday.",
       {},
       {"Major General Ou Wei-ting:Organisation", "Ou Wei-ting:Organisation"}},
      {"Officials of the Ministry of Defence of Lithuania visited Riga.",
       {"Lithuania:Nation"},
       {"Ministry of Defence of Lithuania:Person"}},
  });
}

TEST_CASE("s33-a1: a portfolio list may open with the", "[entities][s33-a1]") {
  check_entity_rows({
      {"The Department of the Environment, Climate and Communications published the strategy on Monday.",
       {"Department of the Environment, Climate and Communications:Organisation"},
       {"Department of the Environment:Organisation", "Climate:Organisation"}},
      {"The Ministry of the Interior, Estonia and Latvia signed the plan.",
       {"Estonia:Nation", "Latvia:Nation"},
       {}},
  });
}

TEST_CASE("s33-a1: an exercise in capitals with its edition number", "[entities][s33-a1]") {
  check_entity_rows({
      {"Soldiers of the 175th Wing trained during CORAL HERON 26 at the range in Laurel.",
       {"CORAL HERON:Exercise"},
       {"CORAL HERON:Organisation"}},
      {"Moldova ran BUGEAC RAMPART 2026 in September with Romania.",
       {"BUGEAC RAMPART:Exercise"},
       {}},
      {"ANNUAL REPORT 2025\nThe agency handled 412 incidents last year.", {}, {"ANNUAL REPORT:Exercise"}},
  });
}

TEST_CASE("s33-a1: document labels and exercise control name nothing", "[entities][s33-a1]") {
  check_entity_rows({
      {"Media Advisory\nThe Estonian Defence Forces will open the range to reporters on Monday.",
       {"Estonian Defence Forces:Organisation"},
       {"Media Advisory:Organisation"}},
      {"Press Office\nThe ministry said the drill went well.", {}, {"Press Office:Organisation"}},
      {"Exercise Control sat in Tartu, where the Estonian Defence Forces ran the drill.",
       {"Estonian Defence Forces:Organisation"},
       {"Control:Exercise", "Exercise Control:Exercise"}},
  });
}

TEST_CASE("s33-a1: field offices and missions named with in or to a place", "[entities][s33-a1]") {
  check_entity_rows({
      {"The OSCE Programme Office in Bishkek and the OSCE Programme Office in Dushanbe sent trainers.",
       {"OSCE Programme Office in Bishkek:Organisation", "OSCE Programme Office in Dushanbe:Organisation"},
       {"OSCE Programme Office:Organisation"}},
      {"Staff of the EU Partnership Mission in Moldova observed the drill in Chisinau.",
       {"EU Partnership Mission in Moldova:Organisation"},
       {}},
  });
}

TEST_CASE("s33-a1: Internet opens a body's name", "[entities][s33-a1]") {
  check_entity_rows({
      {"The Internet Society of Kazakhstan co-hosted the workshop in Almaty.",
       {"Internet Society of Kazakhstan:Organisation"},
       {"Society of Kazakhstan:Organisation"}},
      {"Internet access in the region was restored on Monday, the ministry said.", {}, {"Internet:Organisation", "Internet:Person"}},
  });
}

TEST_CASE("s33-a1: a company noun or -based before a name that speaks", "[entities][s33-a1]") {
  check_entity_rows({
      {"Cybersecurity firm Vistula Shield said on Wednesday it would join the drill.",
       {"Vistula Shield:Organisation"},
       {"Vistula Shield:Person"}},
      {"Gdansk-based Orzel Labs Systems said the sensors worked.",
       {"Orzel Labs Systems:Organisation"},
       {"Orzel Labs Systems:Person"}},
      {"Riga-based consultancy Daugava Signals said it would help the Latvian Cyber Defence Unit.",
       {"Daugava Signals:Organisation"},
       {"Daugava Signals:Person"}},
      {"Analyst Ingrid Berg said the firm was ready.", {"Ingrid Berg:Person"}, {}},
  });
}
