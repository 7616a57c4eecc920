// Session 12 recall of the relations about people and bodies: places inside
// places ("the camp in Quezon City"), a body named after a preposition with
// its town ("moved to the Centre in Tallinn"), "took up the post of
// Commander of X", "a lecturer in law at X", "Austria's national cyber
// coordinator, X" and "its" after a semicolon. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("people s12: a place or a body named with the town it is in", "[relate][located_in][s12]") {
  check_relation_rows({
      {"The drill was staged at Camp Crame in Quezon City last month.",
       {"Camp Crame located_in Quezon City"},
       {}},
      {"The new wing is based at the Curragh Camp in County Kildare.",
       {"Curragh Camp located_in County Kildare"},
       {}},
      {"Colonel Mark Evans, who moved to the NATO Cooperative Cyber Defence Centre of Excellence in Tallinn, spoke first.",
       {"NATO Cooperative Cyber Defence Centre of Excellence located_in Tallinn"},
       {}},
      {"Officers will be trained at the Cyber Training School in Tartu from next year.",
       {"Cyber Training School located_in Tartu"},
       {}},
      {"The Halden Institute is an independent, non-partisan think tank based in Bergen.",
       {"Halden Institute located_in Bergen"},
       {}},
      // a body after "for" is the employer of a correspondent, not placed by the town
      {"Anna Smith, a correspondent for the Baltic Herald in Riga, wrote the report.",
       {},
       {"Baltic Herald located_in Riga"}},
  });
}

TEST_CASE("people s12: taking up a titled post leads the body", "[relate][leads][s12]") {
  check_relation_rows({
      {"Major General Anna Berg took up the post of Commander of the Joint Cyber Command on 5 January.",
       {"Anna Berg leads Joint Cyber Command"},
       {}},
      {"Rear Admiral Tom Price assumed the role of director of the Naval Cyber Agency in March.",
       {"Tom Price leads Naval Cyber Agency"},
       {}},
      // a post turned down is not held
      {"Rear Admiral Tom Price declined to take up the post of director of the Naval Cyber Agency.",
       {},
       {"Tom Price leads Naval Cyber Agency"}},
  });
}

TEST_CASE("people s12: a role in a field at a body, a long role after a possessive", "[relate][affiliated_with][s12]") {
  check_relation_rows({
      {"Jane Otieno, a lecturer in cybersecurity at Strathmore University, said the drill was useful.",
       {"Jane Otieno affiliated_with Strathmore University"},
       {}},
      {"Paul Novak, a senior researcher in network security at the Vienna Institute of Technology, disagreed.",
       {"Paul Novak affiliated_with Vienna Institute of Technology"},
       {}},
      {"Austria's national cyber security coordinator, Karl Huber, attended the opening.",
       {"Karl Huber affiliated_with Austria"},
       {}},
      // "its" after a semicolon is the body of its own clause, not the one before
      {"Latvia's Defence Minister Andris Ozols signed for Riga; Estonia's defence ministry sent its undersecretary, Mari Tamm.",
       {"Mari Tamm affiliated_with Estonia"},
       {"Mari Tamm affiliated_with Latvia"}},
  });
}

TEST_CASE("people s12: 'the division', 'the wing' point back to the body so named", "[relate][leads][s12]") {
  check_relation_rows({
      {"Malaysia set up the Defence Cyber Division in 2024. The division is headed by Brigadier-General Ahmad Razak.",
       {"Ahmad Razak leads Defence Cyber Division"},
       {}},
      {"The ministry runs the Cyber Defence Wing. The wing is commanded by Lieutenant Colonel Aoife Byrne.",
       {"Aoife Byrne leads Cyber Defence Wing"},
       {}},
      {"The Signals Regiment trained with the navy. The regiment has been commanded since May by Colonel Mary Wanjiru.",
       {"Mary Wanjiru leads Signals Regiment"},
       {}},
      // a noun the body's name does not hold points to nothing
      {"The Cyber Defence Wing was set up in May. The regiment is commanded by Colonel Mary Wanjiru.",
       {},
       {"Mary Wanjiru leads Cyber Defence Wing"}},
  });
}

TEST_CASE("people s12: a minister is not of the nation named as the counterpart's", "[relate][leads][s12]") {
  check_relation_rows({
      {"Defence Minister Ivan Petrov visited the drill on Tuesday with his Albanian counterpart, Blerta Hoxha.",
       {"Blerta Hoxha affiliated_with Albania"},
       {"Ivan Petrov leads Albania", "Ivan Petrov affiliated_with Albania"}},
  });
}

TEST_CASE("people s12: an envoy named with the town of the post, then met", "[relate][met_with][s12]") {
  check_relation_rows({
      {"On Monday, Spain's Minister of Defence, Ana Ruiz, met Norway's ambassador in Madrid, Ola Berg, to discuss cables.",
       {"Ola Berg affiliated_with Norway", "Ana Ruiz met_with Ola Berg"},
       {"Ana Ruiz met_with Norway"}},
      {"The minister received Chile's ambassador to Peru, Luis Soto, on Friday.",
       {"Luis Soto affiliated_with Chile"},
       {}},
      // "led by its deputy head, X": the delegation is led, not the nation
      {"The Estonian delegation, led by its deputy head, Mari Tamm, arrived on Monday.",
       {},
       {"Mari Tamm leads Estonia"}},
  });
}

TEST_CASE("people s12: a unit described after its name as part of a body", "[relate][part_of][s12]") {
  check_relation_rows({
      {"The Information Warfare Division, part of the Joint Capabilities Group, has hosted the drill since 2021.",
       {"Information Warfare Division part_of Joint Capabilities Group"},
       {}},
      {"The drill was run by the Cyber Range Unit, the Estonian army's main training unit.",
       {"Cyber Range Unit part_of Estonia"},
       {}},
  });
}

TEST_CASE("people s12: 'X, the Czech defence minister' after the name, the titled host is not Czech", "[relate][leads][s12]") {
  check_relation_rows({
      {"Defence Minister Eva Lind received Jan Novak, the Czech defence minister, in Stockholm on Monday.",
       {"Jan Novak leads Czechia", "Eva Lind met_with Jan Novak"},
       {"Eva Lind leads Czechia"}},
      {"The talks were opened by Jan Novak, the Czech deputy defence minister, in Prague.",
       {"Jan Novak affiliated_with Czechia"},
       {"Jan Novak leads Czechia"}},
      {"The talks were attended by Karl Weber, a senior German official, and by two diplomats.",
       {"Karl Weber affiliated_with Germany"},
       {}},
  });
}

TEST_CASE("people s12: a written title naming its holder after 'for'", "[relate][leads][s12]") {
  check_relation_rows({
      {"The pact was signed by the Minister Responsible for the Signals Bureau, Helen Ward, on Monday.",
       {"Helen Ward leads Signals Bureau"},
       {}},
      {"The Deputy Director for the Signals Bureau, Helen Ward, spoke first.",
       {"Helen Ward affiliated_with Signals Bureau"},
       {"Helen Ward leads Signals Bureau"}},
  });
}

TEST_CASE("people s12: a body that reports to, answers to or belongs to another is part of it", "[relate][part_of][s12]") {
  check_relation_rows({
      {"The Joint Cyber Command, which answers to the Defence Staff, ran the drill.",
       {"Joint Cyber Command part_of Defence Staff"},
       {}},
      {"The Signals Agency, which reports directly to the Ministry of Interior, was set up in 2019.",
       {"Signals Agency part_of Ministry of Interior"},
       {}},
      {"The Cyber Defence Unit, which belongs to the National Guard, sent a team.",
       {"Cyber Defence Unit part_of National Guard"},
       {"Cyber Defence Unit member_of National Guard"}},
      // a nation still belongs to an alliance as a member
      {"Norway belongs to the Nordic Defence Cooperation.",
       {"Norway member_of Nordic Defence Cooperation"},
       {}},
  });
}

TEST_CASE("people s12: 'A and his counterpart, B, met'", "[relate][met_with][s12]") {
  check_relation_rows({
      {"Polish Defence Minister Jan Kowal and his Lithuanian counterpart, Rasa Jonaitiene, met in Brussels on Monday.",
       {"Jan Kowal met_with Rasa Jonaitiene"},
       {}},
      {"Karl Weber and his Austrian counterpart Eva Gruber held talks on Tuesday.",
       {"Karl Weber met_with Eva Gruber"},
       {}},
      // the two held talks with someone else: not with each other
      {"Karl Weber and his deputy, Eva Gruber, held talks with the French delegation.",
       {},
       {"Karl Weber met_with Eva Gruber"}},
  });
}
