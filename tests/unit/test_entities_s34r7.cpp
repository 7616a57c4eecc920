// Session 34, helper r7: entity names and their bounds. A body named "of the" a body every
// nation has, bare ("the Joint Command of the Armed Forces"), is one name: the bare
// "Armed Forces" is no body of its own; "of the Bulgarian Armed Forces" or "of the Armed
// Forces of Malta" still names another body. Capitalised words closing with people in the
// plural ("Opposition MPs") or a portfolio word ("Digital Economy") name no person.
// Every text written for this test.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph::testing;

TEST_CASE("s34-r7: a body of the bare Armed Forces is one name", "[entities][s34-r7]") {
  check_entity_rows({
      {"The drill ended at the Joint Command of the Armed Forces (CCFFAA) headquarters in Asuncion on Friday.",
       {"Joint Command of the Armed Forces:Organisation"},
       {"Armed Forces:Organisation", "Joint Command:Organisation"}},
      {"Officers of the Joint Staff of the Armed Forces met in Lisbon on Monday to plan the drill.",
       {"Joint Staff of the Armed Forces:Organisation"},
       {"Armed Forces:Organisation"}},
      {"A team from the Cyber Defence Command of the Armed Forces won the Andes Cup in Quito.",
       {"Cyber Defence Command of the Armed Forces:Organisation"},
       {"Armed Forces:Organisation"}},
      {"The plan was approved by the Joint Chiefs of Staff of the Armed Forces in Montevideo.",
       {"Joint Chiefs of Staff of the Armed Forces:Organisation"},
       {"Armed Forces:Organisation"}},
      {"The Cyber Directorate of the General Staff opened a school in Yerevan.",
       {"Cyber Directorate of the General Staff:Organisation"},
       {"General Staff:Organisation"}},
  });
}

TEST_CASE("s34-r7: a body of a nation's Armed Forces stays two bodies", "[entities][s34-r7]") {
  check_entity_rows({
      {"The Cyber Defence Command of the Bulgarian Armed Forces hosted the drill in Sofia.",
       {"Cyber Defence Command of the Bulgarian Armed Forces:Organisation", "Bulgarian Armed Forces:Organisation"},
       {}},
      {"The Cyber Unit of the Armed Forces of Malta joined the exercise in Valletta.",
       {"Armed Forces of Malta:Organisation"},
       {}},
  });
}

TEST_CASE("s34-r7: a group of people or a portfolio is no person", "[entities][s34-r7]") {
  check_entity_rows({
      {"Opposition MPs said they would not back the Cyber Security Bill without changes.",
       {},
       {"Opposition MPs:Person"}},
      {"Regional Councillors said the plan for a cyber agency in Cork came too late.",
       {},
       {"Regional Councillors:Person"}},
      {"Senior Officials told reporters that the drill in Tartu had gone well.",
       {},
       {"Senior Officials:Person"}},
      {"The Honourable Members will be informed of the outcome of the talks in Vilnius.",
       {},
       {"Members:Person"}},
      {"On Monday, Ghana's Minister of Communications, Innovation and Digital Economy, Kwame Asante-Boateng, "
       "signed the memorandum in Accra.",
       {"Kwame Asante-Boateng:Person"},
       {"Digital Economy:Person"}},
      {"Kenya's Cabinet Secretary for Information, Broadcasting and Cyber Policy, Wanjiru Otieno, opened the forum "
       "in Nairobi.",
       {"Wanjiru Otieno:Person"},
       {"Cyber Policy:Person"}},
      {"Maria Justice, a researcher at the institute, said the results were promising.",
       {"Maria Justice:Person"},
       {}},
  });
}

TEST_CASE("s34-r7: a region's or two nations' adjective before a drill names no exercise", "[entities][s34-r7]") {
  check_entity_rows({
      {"Montenegro will take part, as an observer, in the Adriatic cyber drill organised by Croatia next spring.",
       {"Montenegro:Nation", "Croatia:Nation"},
       {"Adriatic:Exercise"}},
      {"Bolivia hosts Andean cyber exercise, signs training pact with Ecuador",
       {"Bolivia:Nation"},
       {"Andean:Exercise"}},
      {"The Sahel cyber exercise organised by Niger drew teams from Mali and Chad.",
       {"Niger:Nation"},
       {"Sahel:Exercise"}},
      {"Greece joined the Aegean cyber drill run by Cyprus in October.",
       {"Cyprus:Nation"},
       {"Aegean:Exercise"}},
      {"The Carpathian Lynx exercise was first held in 2023 as a purely Polish-Slovak drill, and Hungary joined it.",
       {"Carpathian Lynx:Exercise"},
       {"Polish-Slovak:Exercise"}},
      {"Iron Meadow began in 2022 as a Estonian\u2013Latvian exercise before Lithuania joined.",
       {},
       {"Estonian\u2013Latvian:Exercise"}},
  });
}

TEST_CASE("s34-r7: an exercise named without its noun is the exercise named with it", "[entities][s34-r7]") {
  check_entity_rows({
      {"Teams from four nations met in Dakar for the third Baobab Cyber Exercise. Gambia has not yet joined the "
       "Baobab exercise.",
       {"Baobab Cyber Exercise:Exercise"},
       {"Baobab:Exercise"}},
      {"The Mekong Dawn Cyber Drill, organised by the national agency, ran for three days in Bangkok. Laos, which "
       "sent observers, will take part in the next Mekong Dawn drill.",
       {"Mekong Dawn Cyber Drill:Exercise"},
       {"Mekong Dawn:Exercise"}},
      {"The Kestrel Gate exercise ran in Oslo, and the Kestrel Gate Cyber Defence Exercise followed in Bergen.",
       {"Kestrel Gate Cyber Defence Exercise:Exercise"},
       {"Kestrel Gate:Exercise"}},
  });
}

TEST_CASE("s34-r7: a time word ends an agreement's topic", "[entities][s34-r7]") {
  check_entity_rows({
      {"Chile and Peru said they would sign a memorandum of understanding on cyber defence early next year.",
       {"memorandum of understanding on cyber defence:Agreement"},
       {"memorandum of understanding on cyber defence early:Agreement"}},
      {"Ghana and Togo signed an agreement on incident sharing last month in Accra.",
       {},
       {"agreement on incident sharing last:Agreement"}},
  });
}
