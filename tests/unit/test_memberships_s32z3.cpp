// Memberships and signatories in wordings written for session 32 (helper z3):
// "member States" written with a capital, a membership's second "of" with a date
// of its own, members named "as members of", and "the signing of X by A and B".
// Texts are the test's own, read as published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("'member States' with a capital names no nation", "[relate][s32-z3]") {
  check_relation_rows({
      {"Teams from nine African Union member States took part, among them Kenya, Senegal and Zambia.",
       {"Kenya member_of African Union", "Zambia member_of African Union"},
       {"United States member_of African Union"}},
      {"The drill in Lusaka was attended by 14 Member States of the African Union.", {},
       {"United States * African Union"}},
  });
}

TEST_CASE("a membership's second 'of' keeps its own date", "[relate][s32-z3]") {
  check_relation_rows({
      // the second body's short form in brackets before its time
      {"The Malawi Computer Incident Response Team (MW-CIRT) has been a member of the Forum of Incident Response and "
       "Security Teams (FIRST) since 2014 and of the Southern African Cyber Response Network (SACRN) since 2016.",
       {"Malawi Computer Incident Response Team member_of Forum of Incident Response and Security Teams 2014",
        "Malawi Computer Incident Response Team member_of Southern African Cyber Response Network 2016"},
       {"Malawi Computer Incident Response Team member_of Southern African Cyber Response Network 2014"}},
      // a subject the sentence names by "it"
      {"The Malawi Computer Incident Response Team was set up in 2009. It has been a member of the Forum of Incident "
       "Response and Security Teams since 2014 and of the Southern African Cyber Response Network since 2016.",
       {"Malawi Computer Incident Response Team member_of Southern African Cyber Response Network 2016"},
       {"Malawi Computer Incident Response Team member_of Southern African Cyber Response Network 2014"}},
      {"Slovakia has been a member of NATO since 2004 and of the Council of Europe since 1993.",
       {"Slovakia member_of North Atlantic Treaty Organization 2004", "Slovakia member_of Council of Europe 1993"},
       {"Slovakia member_of Council of Europe 2004"}},
  });
}

TEST_CASE("nations named 'as members of' a body", "[relate][s32-z3]") {
  check_relation_rows({
      {"All member states of the union took part, together with Norway and Iceland as members of the Nordic "
       "Council.",
       {"Norway member_of Nordic Council", "Iceland member_of Nordic Council"}, {}},
      {"Norway and Iceland took part as members of the European Free Trade Association.",
       {"Norway member_of European Free Trade Association", "Iceland member_of European Free Trade Association"}, {}},
      // a member of a delegation is no member of the body that sent it
      {"Norway sent two officers as members of the NATO team.", {}, {"Norway member_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("the signing of an agreement by its parties", "[relate][s32-z3]") {
  check_relation_rows({
      {"The talks led to the signing of the Ohrid Declaration on Cyber Training by Albania, Kosovo and North "
       "Macedonia on 21 May 2025.",
       {"Albania party_to Ohrid Declaration on Cyber Training 2025-05-21",
        "North Macedonia party_to Ohrid Declaration on Cyber Training 2025-05-21"},
       {}},
      {"Officials welcomed the signature of the Tartu Memorandum on Range Sharing by Estonia and Latvia.",
       {"Estonia party_to Tartu Memorandum on Range Sharing", "Latvia party_to Tartu Memorandum on Range Sharing"}, {}},
      // a signing only spoken of, or planned, is none
      {"The ministers discussed the signing of the Tartu Memorandum on Range Sharing by Estonia next year.", {},
       {"Estonia party_to Tartu Memorandum on Range Sharing"}},
  });
}

TEST_CASE("an apposition opened by 'now' is no subject of the verb after it", "[relate][s32-z3]") {
  check_relation_rows({
      {"Captain Anna Berg-Lunde, now chief of staff of the Defence Cyber Command, held talks on Tuesday in Oslo "
       "with Colonel Luc Dewulf-Maes.",
       {"Anna Berg-Lunde met_with Luc Dewulf-Maes 2025-06-17"}, {"Defence Cyber Command met_with Luc Dewulf-Maes"}},
      {"Anna Berg-Lunde, formerly the head of the Defence Cyber Command, met Colonel Luc Dewulf-Maes on Monday.",
       {"Anna Berg-Lunde met_with Luc Dewulf-Maes 2025-06-16"}, {"Defence Cyber Command met_with Luc Dewulf-Maes"}},
  });
}

TEST_CASE("a long participle aside is cut out between a subject and its verb", "[relate][s32-z3]") {
  check_relation_rows({
      {"The National Cyber Centre of Moldova (NCC-MD), established in March 2023 and attached to the Ministry of "
       "Economic Development, has worked with Romania's National Cyber Security Directorate on training since 2024.",
       {"National Cyber Centre of Moldova cooperates_with Romania's National Cyber Security Directorate 2024"},
       {"Ministry of Economic Development cooperates_with Romania's National Cyber Security Directorate"}},
  });
}

TEST_CASE("'it' after a verb of signing or acceding is the agreement named last", "[relate][s32-z3]") {
  check_relation_rows({
      {"The Quito Letter of Intent on Cyber Exercises was signed by Ecuador and Peru in 2023. Bolivia acceded to it "
       "in 2024.",
       {"Bolivia party_to Quito Letter of Intent on Cyber Exercises 2024"}, {}},
      {"Ecuador and Peru signed the Quito Letter of Intent on Cyber Exercises in 2023. The Andean Cyber Centre was "
       "set up a year later. Bolivia ratified it in 2024.",
       {"Bolivia party_to Quito Letter of Intent on Cyber Exercises 2024"}, {}},
      // a denial or a plan stays out
      {"The Quito Letter of Intent on Cyber Exercises was signed by Ecuador and Peru in 2023. Bolivia has not "
       "signed it.",
       {}, {"Bolivia party_to Quito Letter of Intent on Cyber Exercises"}},
      {"The Quito Letter of Intent on Cyber Exercises was signed by Ecuador and Peru in 2023. Bolivia is expected "
       "to sign it next year.",
       {}, {"Bolivia party_to Quito Letter of Intent on Cyber Exercises"}},
  });
}

TEST_CASE("a document named after the body that wrote it, and one named by its parties, is an agreement",
          "[relate][s32-z3]") {
  check_relation_rows({
      {"Georgia has been a party to the Council of Europe Convention on Cybercrime since 2012.",
       {"Georgia party_to Council of Europe Convention on Cybercrime 2012"}, {}},
      {"The Agreement between the Government of Georgia and the Government of the Italian Republic on Cooperation in "
       "Cyber Security was signed in Rome on 14 May 2025.",
       {"Georgia party_to Agreement between the Government of Georgia and the Government of the Italian Republic on "
        "Cooperation in Cyber Security 2025-05-14",
        "Italy party_to Agreement between the Government of Georgia and the Government of the Italian Republic on "
        "Cooperation in Cyber Security 2025-05-14"},
       {}},
      // a body's committee stays a body
      {"Georgia joined the Council of Europe Committee on Legal Affairs in 2015.",
       {"Georgia member_of Council of Europe Committee on Legal Affairs 2015"}, {}},
  });
}

TEST_CASE("taking part in a partnership programme makes a party to it", "[relate][s32-z3]") {
  check_relation_rows({
      {"Switzerland has taken part in NATO's Partnership for Peace since 1996.",
       {"Switzerland party_to Partnership for Peace 1996"}, {}},
      {"Moldova is not a member of NATO; it has been a partner through the Partnership for Peace since 1994.",
       {"Moldova party_to Partnership for Peace 1994"}, {}},
      {"Mongolia participates in the Individually Tailored Partnership Programme.",
       {"Mongolia party_to Individually Tailored Partnership Programme"}, {}},
      // a plan or a denial stays out
      {"Serbia may take part in the Partnership for Peace next year.", {}, {"Serbia party_to Partnership for Peace"}},
      {"Serbia has not taken part in the Partnership for Peace.", {}, {"Serbia party_to Partnership for Peace"}},
  });
}
