// Session 38 (helper r1): relation recall. A later verb after "and then" shares the subject;
// "the three ministers (of defence)" and "all three are" stand for the latest list of three
// nations; founders listed after "by N states"; "It commits A and B to ..." names an
// agreement's parties; red teams ("the attacks were played by X", "X played the attackers")
// take part in the story's exercise; a bare "the two" opening a sentence after two people met
// stays those two when the sentence makes a meeting of its own. Every text written for this test.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph::testing;

TEST_CASE("s38-r1: 'held talks and then signed' gives the signers' nations", "[relate][clauses][s38-r1]") {
  const std::string met =
      "On Tuesday the Minister of Defence of Chile, Ana Perez, received Peru's Minister of Defence, Jorge Ruiz, "
      "at the ministry. ";
  check_relation_rows({
      {met + "The two held talks for an hour and then signed the Lima Memorandum on Cyber Training.",
       {"Chile party_to Lima Memorandum on Cyber Training", "Peru party_to Lima Memorandum on Cyber Training"},
       {}},
      // an adverb before an object is no later verb: the EU is joined, no subject is borrowed
      {"Chile hosted the drill in 2020 and then joined NATO in 2021.",
       {"Chile member_of North Atlantic Treaty Organization 2021"},
       {"Chile member_of North Atlantic Treaty Organization 2020"}},
  });
}

TEST_CASE("s38-r1: counted people and a bare count stand for the latest list of that many nations",
          "[relate][references][s38-r1]") {
  const std::string listed = "Officials from Chile, Peru and Bolivia met in Lima on Monday. ";
  check_relation_rows({
      {listed + "On the last day, the three ministers of defence signed the Lima Protocol on Cyber Defence.",
       {"Chile party_to Lima Protocol on Cyber Defence", "Peru party_to Lima Protocol on Cyber Defence",
        "Bolivia party_to Lima Protocol on Cyber Defence"},
       {}},
      {listed + "All three are members of the Organization of American States.",
       {"Chile member_of Organization of American States", "Bolivia member_of Organization of American States"},
       {}},
      // a bare count reaches back one sentence only: an older list of three is not what it counts
      {"Ecuador, Uruguay and Paraguay were invited but sent no one. Chile hosted the drill in March. The ministry "
       "paid for it. Brazil sent observers. All three are members of the Organization of American States.",
       {},
       {"Ecuador member_of Organization of American States", "Uruguay member_of Organization of American States"}},
  });
}

TEST_CASE("s38-r1: founders listed after 'by N states' are members", "[relate][patterns][s38-r1]") {
  check_relation_rows({
      {"The Shanghai Cooperation Organisation was founded in Shanghai in 2001 by six states, China, Russia, "
       "Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.",
       {"China member_of Shanghai Cooperation Organisation 2001",
        "Uzbekistan member_of Shanghai Cooperation Organisation 2001"},
       {}},
      {"Chile became a participating State of the OSCE in 2012.",
       {"Chile member_of Organization for Security and Co-operation in Europe 2012"},
       {}},
  });
}

TEST_CASE("s38-r1: an agreement that commits nations to something names its parties", "[relate][patterns][s38-r1]") {
  check_relation_rows({
      {"On the final day, the four governments signed the Lima Protocol on Port Cyber Incident Reporting. It commits "
       "Chile, Peru, Bolivia and Ecuador to notify each other within 24 hours.",
       {"Chile party_to Lima Protocol on Port Cyber Incident Reporting",
        "Ecuador party_to Lima Protocol on Port Cyber Incident Reporting"},
       {}},
      {"The Lima Protocol on Port Cyber Incident Reporting, which binds Chile and Peru to share data, was signed on "
       "Monday.",
       {"Peru party_to Lima Protocol on Port Cyber Incident Reporting"},
       {}},
      // a body named before the signing does not take "It": the agreement the sentence before opened with does
      {"The Andean Community hosted the talks in Lima. On the final day, the four governments signed the Lima Protocol "
       "on Port Cyber Incident Reporting. It commits Chile, Peru, Bolivia and Ecuador to notify each other within 24 "
       "hours.",
       {"Bolivia party_to Lima Protocol on Port Cyber Incident Reporting"},
       {}},
      // a sentence opening with a nation keeps "It" for the nation
      {"Estonia signed the Tallinn Memorandum on Cyber Training in May. It also joined the Andean Community in 2020.",
       {"Estonia member_of Andean Community 2020"},
       {}},
      // "it" for a body commits no one to an agreement
      {"The Andean Development Bank opened an office in Quito. It commits Chile to nothing.", {}, {"Chile * Andean Development Bank"}},
  });
}

TEST_CASE("s38-r1: red teams take part in the story's exercise", "[relate][patterns][s38-r1]") {
  const std::string drill =
      "Chile hosted Andes Falcon 2026, a cyber-defence exercise, from Monday to Thursday in Santiago. ";
  check_relation_rows({
      {drill + "The attacks were played by Condor Systems, a Valparaiso firm.",
       {"Condor Systems participates_in Andes Falcon"},
       {}},
      {drill + "Lecturers and students of the University of Chile in Santiago played the attackers.",
       {"University of Chile participates_in Andes Falcon"},
       {}},
      {drill + "The attacks came from the Chilean Navy.", {"Chilean Navy participates_in Andes Falcon"}, {}},
      {drill + "The attacks were prepared by twenty students of the University of Chile.",
       {"University of Chile participates_in Andes Falcon"},
       {}},
      {drill + "The \"attackers\" were instructors and cadets of the Chilean Navy, who spent a month preparing.",
       {"Chilean Navy participates_in Andes Falcon"},
       {}},
      {drill + "Attacks came from a red team of Condor Systems, a Lima company.",
       {"Condor Systems participates_in Andes Falcon"},
       {}},
      {drill + "Teams from the Chilean Army defended a grid against attacks prepared by instructors from the "
               "University of Chile.",
       {"University of Chile participates_in Andes Falcon"},
       {}},
      // who provides the red team is the unit named, not the body it belongs to
      {drill + "The red team was provided by the Cyber Squadron of the Chilean Navy.",
       {},
       {"Chilean Navy participates_in Andes Falcon"}},
  });
}

TEST_CASE("s38-r1: 'The two then signed X with C's minister' keeps the two who met", "[relate][pairs][s38-r1]") {
  const std::string met =
      "On the last day of the exercise, Chile's Minister of Defence, Ana Perez, held talks with her Peruvian "
      "counterpart, Jorge Ruiz, at the barracks. ";
  check_relation_rows({
      {met + "The two then signed the Lima Memorandum on Cyber Defence with Bolivia's minister, Jose Rios.",
       {"Chile party_to Lima Memorandum on Cyber Defence", "Peru party_to Lima Memorandum on Cyber Defence",
        "Bolivia party_to Lima Memorandum on Cyber Defence"},
       {}},
  });
}

TEST_CASE("s38-r1: 'that afternoon' and 'that evening' are the story's day", "[relate][dating][s38-r1]") {
  check_relation_rows(
      {
          {"On Friday 13 March, Chile's Minister of Defence, Ana Perez, received Peru's Minister of Defence, Jorge "
           "Ruiz, for talks. That afternoon, ministers and ambassadors of Chile, Peru and Bolivia signed the Lima "
           "Memorandum on Cyber Training.",
           {"Bolivia party_to Lima Memorandum on Cyber Training 2026-03-13"},
           {"Bolivia party_to Lima Memorandum on Cyber Training undated"}},
          // "On the final day" moves the story to the exercise's last day: "that evening" is that
          // day, not the day an earlier sentence named
          {"Andes Falcon 2026, a cyber-defence exercise, ran from 9 to 13 March in Santiago. Its first commander, "
           "Colonel Ana Soto, took command on 1 February. On the final day, Chile's Minister of Defence, Ana Perez, "
           "welcomed Peru's Minister of Defence, Jorge Ruiz. The two held talks before travelling to Arica, where they "
           "signed the Arica Memorandum on Cyber Defence that evening.",
           {"Chile party_to Arica Memorandum on Cyber Defence 2026-03-13"},
           {"Chile party_to Arica Memorandum on Cyber Defence 2026-02-01"}},
      },
      newsgraph::Date{2026, 3, 20});
}

TEST_CASE("s38-r1: a firm described as a small or young company of a town is there", "[relate][patterns][s38-r1]") {
  check_relation_rows({
      {"The attacks came from Condor Systems, a three-year-old Valparaiso company whose staff include two engineers.",
       {"Condor Systems located_in Valparaiso"},
       {}},
      {"The range was built by Condor Systems, a small Valparaiso firm.", {"Condor Systems located_in Valparaiso"}, {}},
      // a partner of a town's company is not in that town
      {"The range was built by Condor Systems, a partner of a Valparaiso firm.", {}, {"Condor Systems located_in Valparaiso"}},
  });
}

TEST_CASE("s38-r1: 'X's membership of Y dates from 1971' is a verb after the name", "[relate][patterns][s38-r1]") {
  check_relation_rows({
      {"Chile's membership of NATO dates from 1999.", {"Chile member_of North Atlantic Treaty Organization 1999"}, {}},
  });
}

TEST_CASE("s38-r1: 'met her' after a verb is the person the story spoke of", "[relate][pronouns][s38-r1]") {
  const std::string named = "The agency's new director, Ana Perez, was appointed on 4 November. ";
  check_relation_rows({
      {named + "Peru's Minister of Defence, Jorge Ruiz, who attended the closing ceremony, met her on Thursday.",
       {"Jorge Ruiz met_with Ana Perez"},
       {}},
      // "her" before what she owns is no object: Ruiz met the counterpart, not her
      {named + "Peru's Minister of Defence, Jorge Ruiz, met her Chilean counterpart on Thursday.",
       {},
       {"Jorge Ruiz met_with Ana Perez"}},
  });
}

TEST_CASE("s38-r1: a member's own team in a list of participants is that member", "[relate][lists][s38-r1]") {
  check_relation_rows({
      {"The Chilean Navy hosted Andes Falcon 2026, a cyber exercise, from Monday to Thursday. Taking part were the "
       "Chilean Navy's own cyber team, the Peruvian Navy, the Bolivian Navy and a team from the Chilean Army.",
       {"Peruvian Navy participates_in Andes Falcon", "Bolivian Navy participates_in Andes Falcon",
        "Chilean Navy participates_in Andes Falcon"},
       {}},
  });
}

TEST_CASE("s38-r1: 'worked hand in glove with', 'worked very closely with' are cooperation", "[relate][patterns][s38-r1]") {
  check_relation_rows({
      {"Mr Perez said Chile had worked hand in glove with the Organization of American States since 2015.",
       {"Chile cooperates_with Organization of American States 2015"},
       {}},
      {"Chile has worked very closely with Peru since 2023.", {"Chile cooperates_with Peru 2023"}, {}},
  });
}

TEST_CASE("s38-r1: 'X, the Y's newest full member,' is a member", "[relate][patterns][s38-r1]") {
  check_relation_rows({
      {"Chile, the OSCE's newest full member, was invited but did not send a team.",
       {"Chile member_of Organization for Security and Co-operation in Europe"},
       {}},
  });
}

TEST_CASE("s38-r1: gapped memberships: the last conjunct and an organisation left out", "[relate][patterns][s38-r1]") {
  check_relation_rows({
      {"Chile became a member of the Council of Europe in 2004, Peru in 1988 and Bolivia in 1978.",
       {"Bolivia member_of Council of Europe 1978"},
       {"Bolivia member_of Council of Europe 2004"}},
      {"The OSCE was founded in 1975 by six states, France, Spain, Italy, Malta, Cyprus and Greece. Chile joined in 2002 "
       "and Peru in 2014.",
       {"Peru member_of Organization for Security and Co-operation in Europe 2014"},
       {"Peru member_of Organization for Security and Co-operation in Europe 2002"}},
  });
}
