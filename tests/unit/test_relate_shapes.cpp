// Sentence shapes the relation stage reads beyond plain "S verb O": implicit
// objects, participants in noun phrases, appositions before the verb, shared
// subjects, places, cooperation without "with", leaders, dates and headlines.

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("taking part without an object means the exercise the story is about", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Kenya hosted Cyber Flag in Osaka. Chile and Peru took part as observers, while Mexico "
           "participated for the first time. Brazil did not take part.",
           {"Chile participates_in Cyber Flag undated", "Peru participates_in Cyber Flag undated",
            "Mexico participates_in Cyber Flag undated"},
           {"Brazil participates_in Cyber Flag"}},
      },
      std::nullopt);
}

TEST_CASE("an object written but not named gives no implicit exercise", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Kenya hosted Cyber Flag. Chile took part in a donor conference in Geneva.",
           {},
           {"Chile participates_in Cyber Flag"}},
      },
      std::nullopt);
}

TEST_CASE("teams from a list of nations take part, with the date of their clause", "[relate][shapes]") {
  check_relation_rows({
      {"Kenya hosted Cyber Flag on Tuesday, bringing together teams from Chile, Peru and Ghana.",
       {"Kenya organises Cyber Flag 2024-05-07", "Chile participates_in Cyber Flag 2024-05-07",
        "Peru participates_in Cyber Flag 2024-05-07", "Ghana participates_in Cyber Flag 2024-05-07"},
       {"Cyber Flag participates_in Chile 2024-05-07"},
       Date{2024, 5, 9}},
  });
}

TEST_CASE("delegates drawn from nations attend the event of their clause", "[relate][shapes]") {
  check_relation_rows({
      {"Kenya hosted the Osaka Cyber Summit in March, drawing ministers from Chile and Ghana.",
       {"Chile participates_in Osaka Cyber Summit 2024-03", "Ghana participates_in Osaka Cyber Summit 2024-03"},
       {},
       Date{2024, 5, 9}},
  });
}

TEST_CASE("sending a team to the exercise is taking part", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Cyber Flag opened in Osaka. Ghana sent a team of ten specialists.",
           {"Ghana participates_in Cyber Flag undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("an apposition between a name and its verb does not hide the verb", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Cyber Flag, an annual defensive exercise, was held in Osaka, Japan in 2021.",
           {"Cyber Flag located_in Osaka 2021", "Cyber Flag located_in Japan 2021"},
           {}},
          {"The Andes Cyber Institute, the national research agency of Peru, was admitted into NATO in 2020.",
           {"Andes Cyber Institute member_of North Atlantic Treaty Organization 2020",
            "Andes Cyber Institute part_of Peru undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("a later verb of the subject has the subject and its own date", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Ghana joined NATO in 2015 and has hosted Cyber Flag since 2019.",
           {"Ghana member_of North Atlantic Treaty Organization 2015", "Ghana organises Cyber Flag 2019"},
           {"Ghana organises Cyber Flag 2015"}},
          {"The Ghanaian Ministry of Defence said Ghana joined NATO in 2015 and has hosted Cyber Flag since 2019.",
           {"Ghana organises Cyber Flag 2019"},
           {"Ghanaian Ministry of Defence organises Cyber Flag 2019"}},
      },
      std::nullopt);
}

TEST_CASE("a time between the subject and its verb still dates the clause", "[relate][shapes]") {
  check_relation_rows({
      {"Ghana last year hosted Cyber Flag.", {"Ghana organises Cyber Flag 2023"}, {}, Date{2024, 5, 9}},
  });
}

TEST_CASE("an exercise that took place somewhere after its dates is located there", "[relate][shapes]") {
  check_relation_rows({
      {"Cyber Flag took place from June 3 to June 14 at a training camp in Krakow.",
       {"Cyber Flag located_in Krakow 2024-06-03"},
       {},
       Date{2024, 7, 1}},
  });
}

TEST_CASE("place appositions name the nation", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Delegates met in Kaunas, Lithuania's second city. Officials flew on to Bern, the Swiss capital.",
           {"Kaunas located_in Lithuania undated", "Bern located_in Switzerland undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("two parties that agree to cooperate cooperate with each other", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Ghana and Peru agreed to deepen cooperation on cyber defence in 2022.",
           {"Ghana cooperates_with Peru 2022"},
           {}},
          {"Chile and Kenya signed a cyber pact in 2021.", {"Chile cooperates_with Kenya 2021"}, {}},
          // With a partner named after "with", the partner is the other side.
          {"Chile and Kenya agreed to strengthen ties with Ghana.",
           {"Chile cooperates_with Ghana undated"},
           {"Chile cooperates_with Kenya"}},
      },
      std::nullopt);
}

TEST_CASE("officials of two nations holding talks is a meeting of the two", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Kenyan and Chilean officials held talks in Osaka in 2022.", {"Kenya met_with Chile 2022"}, {}},
      },
      std::nullopt);
}

TEST_CASE("leaders named through possessives, pronouns and verbs", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Anna Berg, the Harbour Institute's director, spoke first. "
           "The Andes Cyber Institute's chief, Sophie Brandt, agreed. "
           "The head of the Lagos Cyber Agency, Peter Holm, stayed home. "
           "Peru's Coastal Defence Command sent a team. Its commander, Luis Vega, said little. "
           "Maria Lind, who leads the Pampas Security Agency, met Luis Vega.",
           {"Anna Berg leads Harbour Institute undated", "Sophie Brandt leads Andes Cyber Institute undated",
            "Peter Holm leads Lagos Cyber Agency undated", "Luis Vega leads Coastal Defence Command undated",
            "Maria Lind leads Pampas Security Agency undated", "Maria Lind met_with Luis Vega undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("a state body named with its nation is part of it, a private one is not", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Kenya said the Kenyan Cyber Command joined Cyber Flag. Kenya Institute of Poetry staff watched.",
           {"Kenyan Cyber Command part_of Kenya undated"},
           {"Kenya Institute of Poetry part_of Kenya"}},
      },
      std::nullopt);
}

TEST_CASE("a body under another is part of it", "[relate][shapes]") {
  check_relation_rows(
      {
          {"The Coastal Cyber Group, which is under the Ministry of Defence, trains staff.",
           {"Coastal Cyber Group part_of Ministry of Defence undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("a year inside a name does not date the clause", "[relate][shapes]") {
  check_relation_rows({
      {"Kenya organised Cyber Europe 2024 from June 12 to June 13.",
       {"Kenya organises Cyber Europe 2024-06-12"},
       {"Kenya organises Cyber Europe 2024"},
       Date{2024, 6, 20}},
  });
}

TEST_CASE("the lexicon does not make one organisation part of another", "[relate][shapes]") {
  check_relation_rows(
      {
          // The lexicon knows the CCDCOE and NATO; the sentence says nothing of how they relate.
          {"Chile joined the CCDCOE, which is not a NATO body.",
           {"Chile member_of NATO Cooperative Cyber Defence Centre of Excellence undated"},
           {"NATO Cooperative Cyber Defence Centre of Excellence part_of North Atlantic Treaty Organization"}},
      },
      std::nullopt);
}

TEST_CASE("a headline's membership gives way to the body's precise one", "[relate][shapes]") {
  check_relation_rows({
      {"Chile joins NATO for cyber defence\n\nChile joined the CCDCOE on Monday.",
       {"Chile member_of NATO Cooperative Cyber Defence Centre of Excellence 2024-05-06"},
       {"Chile member_of North Atlantic Treaty Organization 2024-05-09",
        "Chile member_of North Atlantic Treaty Organization"},
       Date{2024, 5, 9}},
  });
}

TEST_CASE("the place before -based is where the name right after it is", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Ana Ruiz is a Krakow-based reporter for the Andes Ledger. The Osaka-based Harbour Institute trains staff.",
           {"Harbour Institute located_in Osaka undated"},
           {"Andes Ledger located_in Krakow"}},
      },
      std::nullopt);
}

TEST_CASE("a time after an intransitive verb is not an unnamed object", "[relate][shapes]") {
  check_relation_rows({
      {"Chile joined the CCDCOE in 2020. Peru was admitted as a contributing participant in March of last year.",
       {"Peru member_of NATO Cooperative Cyber Defence Centre of Excellence 2023-03"},
       {},
       Date{2024, 5, 9}},
  });
}

TEST_CASE("represented by its own body: the nation and the body take part, the body is the nation's",
          "[relate][shapes]") {
  check_relation_rows(
      {
          {"Cyber Flag opened in Osaka. Chile was represented by its Coastal Cyber Agency for the first time.",
           {"Chile participates_in Cyber Flag undated", "Coastal Cyber Agency participates_in Cyber Flag undated",
            "Coastal Cyber Agency part_of Chile undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("an exercise that involved nations, and nations that competed or formed a team", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Kenya organised Cyber Flag. Officials said the exercise involved cyber teams of many agencies as well as "
           "Chile and Peru. "
           "Ghana and Mexico competed as separate teams. Poland and Austria formed a joint team.",
           {"Chile participates_in Cyber Flag undated", "Peru participates_in Cyber Flag undated",
            "Ghana participates_in Cyber Flag undated", "Mexico participates_in Cyber Flag undated",
            "Poland participates_in Cyber Flag undated", "Austria participates_in Cyber Flag undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("he and she stand for the person the sentence is about", "[relate][shapes]") {
  check_relation_rows({
      {"Anna Berg visited Osaka on Monday, where she met Peter Holm.",
       {"Anna Berg met_with Peter Holm 2024-05-06"},
       {},
       Date{2024, 5, 9}},
  });
}

TEST_CASE("a state body named with its nation's demonym is the nation's, two bodies sign a pact", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Kenya's Coastal Cyber Agency and the Chilean Harbour Security Agency signed a memorandum of understanding "
           "in 2021.",
           {"Chilean Harbour Security Agency part_of Chile undated",
            "Coastal Cyber Agency cooperates_with Chilean Harbour Security Agency 2021"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("nations that are members of an alliance named with its kind", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Australia, Canada and New Zealand are members of the Five Eyes intelligence alliance.",
           {"Australia member_of Five Eyes undated", "New Zealand member_of Five Eyes undated"},
           {}},
          {"Austria and Ireland are not members of NATO.",
           {},
           {"Austria member_of North Atlantic Treaty Organization"}},
      },
      std::nullopt);
}

TEST_CASE("a body led by a person, a unit of a body, a body based somewhere in an apposition", "[relate][shapes]") {
  check_relation_rows(
      {
          {"The Harbour Institute, based in Osaka, is led by Director Anna Berg. "
           "Peter Holm, the head of the Signals Unit of the Coastal Defence Command, spoke. "
           "Kenya thanked the Lagos Cyber Agency, the federal agency based in Krakow.",
           {"Anna Berg leads Harbour Institute undated", "Signals Unit of the Coastal Defence Command part_of Coastal Defence Command undated",
            "Peter Holm leads Signals Unit of the Coastal Defence Command undated",
            "Lagos Cyber Agency located_in Krakow undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("companions of the subject between commas share its verb", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Chile, along with Peru and Ghana, took part in Cyber Flag in 2022.",
           {"Chile participates_in Cyber Flag 2022", "Peru participates_in Cyber Flag 2022",
            "Ghana participates_in Cyber Flag 2022"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("an unnamed official of a nation meets for the nation", "[relate][shapes]") {
  check_relation_rows(
      {
          {"The Chilean minister met Peter Holm in Osaka in 2023.", {"Chile met_with Peter Holm 2023"}, {}},
      },
      std::nullopt);
}

TEST_CASE("memberships in appositions and welcomes, meetings and cooperation between two", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Chile, a member of NATO, trains staff. NATO welcomed Peru as its newest member in 2021. "
           "Talks between Kenya and Ghana opened in 2022. Cooperation between Chile and Mexico grew.",
           {"Chile member_of North Atlantic Treaty Organization undated",
            "Peru member_of North Atlantic Treaty Organization 2021", "Kenya met_with Ghana 2022",
            "Chile cooperates_with Mexico undated"},
           {"North Atlantic Treaty Organization member_of Peru 2021"}},
      },
      std::nullopt);
}

TEST_CASE("co-hosting and a possessive participation", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Chile and Peru co-hosted Cyber Flag in 2021. Ghana's participation in Cyber Flag ended in 2022.",
           {"Chile organises Cyber Flag 2021", "Peru organises Cyber Flag 2021",
            "Ghana participates_in Cyber Flag 2022"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("'the two' after a meeting are the two who met, 'the two nations' what they lead", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Chile and Peru held talks in Osaka. Chilean President Peter Holm met with Kenyan President Anna Berg, "
           "and the two agreed to strengthen ties. Later, the two nations signed a cyber pact in 2021.",
           {"Peter Holm met_with Anna Berg undated", "Chile cooperates_with Kenya undated",
            "Chile cooperates_with Kenya 2021"},
           {"Peter Holm met_with Chile", "Peter Holm met_with Peru"}},
      },
      std::nullopt);
}

TEST_CASE("an exercise hosted in a place is located there, 'the drill' left unnamed is the exercise",
          "[relate][shapes]") {
  check_relation_rows(
      {
          {"Kenya hosted the Cyber Flag exercise in Osaka. "
           "The Kenyan Cyber Command, which organised the drill together with Chile, said Peru and Ghana attended as "
           "observers.",
           {"Cyber Flag located_in Osaka undated", "Kenyan Cyber Command organises Cyber Flag undated",
            "Peru participates_in Cyber Flag undated", "Ghana participates_in Cyber Flag undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("a time inside a cut-out relative clause does not date the main clause", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Kenya hosted Cyber Flag in Osaka. Peru, which joined NATO in 2019, sent 40 specialists.",
           {"Peru member_of North Atlantic Treaty Organization 2019", "Peru participates_in Cyber Flag undated"},
           {"Peru participates_in Cyber Flag 2019"}},
      },
      std::nullopt);
}

TEST_CASE("a pact signed with a partner named far after its noun", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Chile and Peru signed a memorandum of understanding on cyber cooperation with Kenya in 2021.",
           {"Chile cooperates_with Kenya 2021", "Peru cooperates_with Kenya 2021"},
           {"Chile cooperates_with Peru 2021"}},
      },
      std::nullopt);
}

TEST_CASE("'the two nations' after a meeting of two officials are their nations", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Chilean Defence Minister Peter Holm met with Anna Berg, the head of the Kenyan Cyber Command, in Osaka. "
           "In 2021, the two nations signed a cyber pact.",
           {"Chile cooperates_with Kenya 2021"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("sending officials to the meeting is not taking part in the exercise", "[relate][shapes]") {
  check_relation_rows(
      {
          {"Kenya hosted Cyber Flag. Chile and Peru held talks at the Osaka Cyber Summit. Ghana also sent officials to "
           "the meeting.",
           {"Ghana participates_in Osaka Cyber Summit undated"},
           {"Ghana participates_in Cyber Flag"}},
      },
      std::nullopt);
}
