// Lists and fact boxes (session 36, helper z4): items take the relation their
// heading states, of the exercise or agreement the story is about. Texts are
// the test's own, read as published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a fact box's host line names who organises the exercise", "[relate][s36-z4]") {
  check_relation_rows({
      {"Exercise Amber Gate began in Lima on Monday.\n\nKEY FACTS\n\n- Host: Peruvian Army\n- Teams: 9\n",
       {"Peruvian Army organises Amber Gate"}, {}},
      {"Exercise Amber Gate began in Lima on Monday.\n\n- Organisers: the Chilean Navy\n",
       {"Chilean Navy organises Amber Gate"}, {}},
      // a host of a talk show is no organiser of the drill
      {"Exercise Amber Gate began in Lima on Monday. The host asked the Peruvian Army about it.\n",
       {}, {"Peruvian Army organises Amber Gate"}},
  });
}

TEST_CASE("an item labelled with its nation: the body after the label takes part", "[relate][s36-z4]") {
  check_relation_rows({
      {"Exercise Copper Dune began in Windhoek on Monday.\n\nWho took part:\n\n- Kenya: the Kenyan Army's signals unit\n"
       "- Malawi: a team from the Malawian Defence Force\n- Zambia: the Zambia Air Force\n",
       {"Kenyan Army participates_in Copper Dune", "Kenya participates_in Copper Dune",
        "Zambia Air Force participates_in Copper Dune", "Malawi participates_in Copper Dune"},
       {}},
      // the heading without its colon, on a line of its own
      {"Exercise Copper Dune began in Windhoek on Monday.\n\nWHO WAS THERE\n\n- Angola: the Angolan Navy\n"
       "- Lesotho: the Lesotho Defence Force\n",
       {"Angolan Navy participates_in Copper Dune", "Lesotho Defence Force participates_in Copper Dune"}, {}},
      // a list under another heading takes no part
      {"Exercise Copper Dune began in Windhoek on Monday.\n\nNEXT YEAR\n\n- Angola: the Angolan Navy\n",
       {}, {"Angolan Navy participates_in Copper Dune"}},
  });
}

TEST_CASE("a list under 'Signed by:' names the parties of the agreement", "[relate][s36-z4]") {
  check_relation_rows({
      {"Ministers met in Tbilisi on Tuesday for the signing of the Caucasus Memorandum on Cyber Training.\n\n"
       "Signed by:\n\n- Georgia\n- Armenia\n- Moldova's Ministry of Defence\n",
       {"Georgia party_to Caucasus Memorandum on Cyber Training", "Armenia party_to Caucasus Memorandum on Cyber Training",
        "Moldova's Ministry of Defence party_to Caucasus Memorandum on Cyber Training"},
       {}},
      // observers of a signing are no parties
      {"Ministers met in Tbilisi on Tuesday for the signing of the Caucasus Memorandum on Cyber Training.\n\n"
       "Observers:\n\n- Turkey\n",
       {}, {"Turkey party_to Caucasus Memorandum on Cyber Training"}},
  });
}

TEST_CASE("a Markdown item of capitalised names after its label is no heading", "[relate][s36-z4]") {
  // the text as the Markdown reader leaves it, the items' markers dropped:
  // "Malawi: the Malawian Defence Force" reads like a title-case line
  check_relation_rows({
      {"Copper Dune begins\n\nExercise Copper Dune began in Windhoek on Monday.\n\nWho took part:\n\n"
       "Malawi: the Malawian Defence Force\n\nKenya: the Kenyan Ministry of Defence\n",
       {"Malawian Defence Force participates_in Copper Dune", "Kenyan Ministry of Defence participates_in Copper Dune"},
       {}},
  });
}

TEST_CASE("translated agency prose: an agreement 'was signed with' a nation", "[relate][s36-z4]") {
  check_relation_rows({
      {"The press service of the Ministry of Defence of Armenia reports that a memorandum on cyber training was "
       "signed with Georgia.",
       {"Georgia party_to memorandum on cyber training"}, {}},
      {"The Carpathian Cyber Accord was signed in Chisinau on Monday with Romania.",
       {"Romania party_to Carpathian Cyber Accord"}, {}},
      // not signed, or only discussed with the other
      {"The Carpathian Cyber Accord was not signed with Ukraine.", {}, {"Ukraine party_to Carpathian Cyber Accord"}},
      {"The Carpathian Cyber Accord was signed by Moldova and later discussed with Serbia.",
       {}, {"Serbia party_to Carpathian Cyber Accord"}},
  });
}

TEST_CASE("a fronted 'According to X,' is who says so, not a subject", "[relate][s36-z4]") {
  check_relation_rows({
      {"Exercise Sahel Shield began on Monday. According to the Gambian Army, Gambia took part in Sahel Shield.",
       {"Gambia participates_in Sahel Shield"}, {"Gambian Army participates_in Sahel Shield"}},
      {"Exercise Sahel Shield began on Monday. According to the Malian Army, a unit of the Ghanaian Army took part.",
       {}, {"Malian Army participates_in Sahel Shield"}},
  });
}

TEST_CASE("an HTML table's rows under a 'Participants' heading take part", "[relate][s36-z4]") {
  // the text as the HTML reader leaves it: each cell a paragraph of its own
  check_relation_rows({
      {"Nordic Anchor 2026, a cyber exercise run by the Finnish Defence Forces, ended in Turku on Thursday.\n\n"
       "Participants\n\nCountry\n\nTeam\n\nSweden\n\nSwedish Armed Forces\n\nNorway\n\nNorwegian Cyber Defence Force\n\nEstonia\n\nEstonian Defence Forces\n",
       {"Sweden participates_in Nordic Anchor", "Swedish Armed Forces participates_in Nordic Anchor",
        "Estonian Defence Forces participates_in Nordic Anchor"},
       {}},
      // a short line after the heading that is no header ends the list at its first real sentence
      {"Nordic Anchor 2026, a cyber exercise run by the Finnish Defence Forces, ended in Turku on Thursday.\n\n"
       "Participants\n\nThe teams met in a hall near the port.\n\nSweden\n",
       {}, {"Sweden participates_in Nordic Anchor"}},
  });
}

TEST_CASE("an outlet's masthead in capitals after 'told' is an organisation", "[recognise][s36-z4]") {
  auto names = entity_names(analyse("The drill went well, Colonel Andres Quishpe told EL MERCURIO.\n\n"
                                    "The navy sent two ships, according to LA VOZ DEL SUR.\n\n"
                                    "WHO TOOK PART\n"));
  CHECK(has(names, "EL MERCURIO:Organisation"));
  CHECK(has(names, "LA VOZ DEL SUR:Organisation"));
  CHECK_FALSE(has(names, "WHO TOOK PART:Organisation"));
}

TEST_CASE("translated agency prose: 'The parties signed' after two nations' talks", "[relate][s36-z4]") {
  check_relation_rows({
      {"Armenia and Georgia held talks in Yerevan on Thursday. The parties signed the Yerevan Cyber Training Plan.",
       {"Armenia party_to Yerevan Cyber Training Plan", "Georgia party_to Yerevan Cyber Training Plan"}, {}},
      // political parties named later in a sentence are no pair
      {"Armenia and Georgia held talks in Yerevan on Thursday. Officials said the parties in parliament backed "
       "the Yerevan Cyber Training Plan.",
       {}, {"Armenia party_to Yerevan Cyber Training Plan"}},
  });
}

TEST_CASE("an item 'Hosted by X, co-organised by Y' under an exercise's heading", "[relate][s36-z4]") {
  check_relation_rows({
      {"Exercise Amber Keep began in Doha in March.\n\n- Co-organised by the Royal Oman Police\n",
       {"Royal Oman Police organises Amber Keep"}, {}},
      {"Exercise Amber Keep began in Doha in March.\n\n- Hosted by Bahrain; co-organised by the Omani Army\n",
       {"Omani Army organises Amber Keep"}, {}},
      // a fronted participle of another occasion's clause is not the exercise's
      {"Exercise Amber Keep began in Doha in March.\n\nHosted by Estonia, the summit drew 40 leaders.\n",
       {}, {"Estonia organises Amber Keep"}},
  });
}

TEST_CASE("a plain-text item's bullet does not hide its clause's start from a pattern", "[relate][s36-z4]") {
  check_relation_rows({
      {"Exercise Amber Keep began in Doha in March.\n\n- Red team: the Latvian Army\n* Blue team: the Omani Army\n",
       {"Latvian Army participates_in Amber Keep", "Omani Army participates_in Amber Keep"}, {}},
  });
}

TEST_CASE("a fact box's 'Dates:' line dates the exercise the story did not date", "[relate][s36-z4]") {
  check_relation_rows({
      {"Cyber teams from across the Gulf have been tested in Amber Keep 2025, a drill on attacks against ports.\n\n"
       "KEY DATA\n\u2022 Host: Qatar Armed Forces\n\u2022 Dates: 16-20 May 2025\n\nParticipants: Kuwait and Oman.\n",
       {"Kuwait participates_in Amber Keep 2025-05-16", "Qatar Armed Forces organises Amber Keep 2025-05-16"}, {}},
      // a date the story states for the exercise stays
      {"Amber Keep 2025 began on 12 May 2025 in Doha.\n\nWhen: 16-20 May 2025\n\nParticipants: Kuwait and Oman.\n",
       {"Kuwait participates_in Amber Keep 2025-05-12"}, {"Kuwait participates_in Amber Keep 2025-05-16"}},
  });
}

TEST_CASE("numbered items under a question heading take part", "[relate][s36-z4]") {
  check_relation_rows({
      {"Exercise Amber Keep began in Doha on 12 May 2025.\n\nWho took part?\n\n1. Kuwait\n2. the Omani Army\n",
       {"Kuwait participates_in Amber Keep", "Omani Army participates_in Amber Keep"}, {}},
      {"Exercise Amber Keep began in Doha on 12 May 2025.\n\nTaking part\n\n(1) Kuwait\n(2) the Omani Army\n",
       {"Kuwait participates_in Amber Keep", "Omani Army participates_in Amber Keep"}, {}},
      // a question in the story is no heading
      {"Exercise Amber Keep began in Doha on 12 May 2025.\n\nWho took part in the talks before it, and why?\n\n1. Kuwait\n",
       {}, {"Kuwait participates_in Amber Keep"}},
  });
}
