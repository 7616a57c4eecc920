// Sentence shapes the relation stage reads beyond plain "S verb O": implicit
// objects, participants in noun phrases, appositions before the verb, shared
// subjects, places, cooperation without "with", leaders, dates and headlines.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("taking part without an object means the exercise the story is about", "[relate][shapes]") {
  auto r = relations_of(
      "Kenya hosted Cyber Flag in Osaka. Chile and Peru took part as observers, while Mexico "
      "participated for the first time. Brazil did not take part.");
  CHECK(has(r, "Chile participates_in Cyber Flag"));
  CHECK(has(r, "Peru participates_in Cyber Flag"));
  CHECK(has(r, "Mexico participates_in Cyber Flag"));
  CHECK_FALSE(has(r, "Brazil participates_in Cyber Flag"));
}

TEST_CASE("an object written but not named gives no implicit exercise", "[relate][shapes]") {
  auto r = relations_of("Kenya hosted Cyber Flag. Chile took part in a donor conference in Geneva.");
  CHECK_FALSE(has(r, "Chile participates_in Cyber Flag"));
}

TEST_CASE("teams from a list of nations take part, with the date of their clause", "[relate][shapes]") {
  auto r = relations_of("Kenya hosted Cyber Flag on Tuesday, bringing together teams from Chile, Peru and Ghana.",
                        Date{2024, 5, 9});
  CHECK(has(r, "Kenya organises Cyber Flag 2024-05-07"));
  CHECK(has(r, "Chile participates_in Cyber Flag 2024-05-07"));
  CHECK(has(r, "Peru participates_in Cyber Flag 2024-05-07"));
  CHECK(has(r, "Ghana participates_in Cyber Flag 2024-05-07"));
  CHECK_FALSE(has(r, "Cyber Flag participates_in Chile 2024-05-07"));
}

TEST_CASE("delegates drawn from nations attend the event of their clause", "[relate][shapes]") {
  auto r = relations_of("Kenya hosted the Osaka Cyber Summit in March, drawing ministers from Chile and Ghana.",
                        Date{2024, 5, 9});
  CHECK(has(r, "Chile participates_in Osaka Cyber Summit 2024-03"));
  CHECK(has(r, "Ghana participates_in Osaka Cyber Summit 2024-03"));
}

TEST_CASE("sending a team to the exercise is taking part", "[relate][shapes]") {
  auto r = relations_of("Cyber Flag opened in Osaka. Ghana sent a team of ten specialists.");
  CHECK(has(r, "Ghana participates_in Cyber Flag"));
}

TEST_CASE("an apposition between a name and its verb does not hide the verb", "[relate][shapes]") {
  auto r = relations_of("Cyber Flag, an annual defensive exercise, was held in Osaka, Japan in 2021.");
  CHECK(has(r, "Cyber Flag located_in Osaka 2021"));
  auto p = relations_of("The Andes Cyber Institute, the national research agency of Peru, was admitted into NATO in 2020.");
  CHECK(has(r, "Cyber Flag located_in Japan 2021"));
  CHECK(has(p, "Andes Cyber Institute member_of North Atlantic Treaty Organization 2020"));
  CHECK(has(p, "Andes Cyber Institute part_of Peru"));
}

TEST_CASE("a later verb of the subject has the subject and its own date", "[relate][shapes]") {
  auto r = relations_of("Ghana joined NATO in 2015 and has hosted Cyber Flag since 2019.");
  CHECK(has(r, "Ghana member_of North Atlantic Treaty Organization 2015"));
  CHECK(has(r, "Ghana organises Cyber Flag 2019"));
  CHECK_FALSE(has(r, "Ghana organises Cyber Flag 2015"));
  auto said = relations_of("The Ghanaian Ministry of Defence said Ghana joined NATO in 2015 and has hosted Cyber Flag since 2019.");
  CHECK(has(said, "Ghana organises Cyber Flag 2019"));
  CHECK_FALSE(has(said, "Ghanaian Ministry of Defence organises Cyber Flag 2019"));
}

TEST_CASE("a time between the subject and its verb still dates the clause", "[relate][shapes]") {
  auto r = relations_of("Ghana last year hosted Cyber Flag.", Date{2024, 5, 9});
  CHECK(has(r, "Ghana organises Cyber Flag 2023"));
}

TEST_CASE("an exercise that took place somewhere after its dates is located there", "[relate][shapes]") {
  auto r = relations_of("Cyber Flag took place from June 3 to June 14 at a training camp in Krakow.", Date{2024, 7, 1});
  CHECK(has(r, "Cyber Flag located_in Krakow 2024-06-03"));
}

TEST_CASE("place appositions name the nation", "[relate][shapes]") {
  auto r = relations_of("Delegates met in Kaunas, Lithuania's second city. Officials flew on to Bern, the Swiss capital.");
  CHECK(has(r, "Kaunas located_in Lithuania"));
  CHECK(has(r, "Bern located_in Switzerland"));
}

TEST_CASE("two parties that agree to cooperate cooperate with each other", "[relate][shapes]") {
  auto r = relations_of("Ghana and Peru agreed to deepen cooperation on cyber defence in 2022.");
  CHECK(has(r, "Ghana cooperates_with Peru 2022"));
  auto pact = relations_of("Chile and Kenya signed a cyber pact in 2021.");
  CHECK(has(pact, "Chile cooperates_with Kenya 2021"));
  // With a partner named after "with", the partner is the other side.
  auto with = relations_of("Chile and Kenya agreed to strengthen ties with Ghana.");
  CHECK(has(with, "Chile cooperates_with Ghana"));
  CHECK_FALSE(has(with, "Chile cooperates_with Kenya"));
}

TEST_CASE("officials of two nations holding talks is a meeting of the two", "[relate][shapes]") {
  auto r = relations_of("Kenyan and Chilean officials held talks in Osaka in 2022.");
  CHECK(has(r, "Kenya met_with Chile 2022"));
}

TEST_CASE("leaders named through possessives, pronouns and verbs", "[relate][shapes]") {
  auto r = relations_of(
      "Anna Berg, the Harbour Institute's director, spoke first. "
      "The Andes Cyber Institute's chief, Sophie Brandt, agreed. "
      "The head of the Lagos Cyber Agency, Peter Holm, stayed home. "
      "Peru's Coastal Defence Command sent a team. Its commander, Luis Vega, said little. "
      "Maria Lind, who leads the Pampas Security Agency, met Luis Vega.");
  CHECK(has(r, "Anna Berg leads Harbour Institute"));
  CHECK(has(r, "Sophie Brandt leads Andes Cyber Institute"));
  CHECK(has(r, "Peter Holm leads Lagos Cyber Agency"));
  CHECK(has(r, "Luis Vega leads Coastal Defence Command"));
  CHECK(has(r, "Maria Lind leads Pampas Security Agency"));
  CHECK(has(r, "Maria Lind met_with Luis Vega"));
}

TEST_CASE("a state body named with its nation is part of it, a private one is not", "[relate][shapes]") {
  auto r = relations_of("Kenya said the Kenyan Cyber Command joined Cyber Flag. Kenya Institute of Poetry staff watched.");
  CHECK(has(r, "Kenyan Cyber Command part_of Kenya"));
  CHECK_FALSE(has(r, "Kenya Institute of Poetry part_of Kenya"));
}

TEST_CASE("a body under another is part of it", "[relate][shapes]") {
  auto r = relations_of("The Coastal Cyber Group, which is under the Ministry of Defence, trains staff.");
  CHECK(has(r, "Coastal Cyber Group part_of Ministry of Defence"));
}

TEST_CASE("a year inside a name does not date the clause", "[relate][shapes]") {
  auto r = relations_of("Kenya organised Cyber Europe 2024 from June 12 to June 13.", Date{2024, 6, 20});
  CHECK(has(r, "Kenya organises Cyber Europe 2024-06-12"));
  CHECK_FALSE(has(r, "Kenya organises Cyber Europe 2024"));
}

TEST_CASE("the lexicon does not make one organisation part of another", "[relate][shapes]") {
  // The lexicon knows the CCDCOE and NATO; the sentence says nothing of how they relate.
  auto r = relations_of("Chile joined the CCDCOE, which is not a NATO body.");
  CHECK(has(r, "Chile member_of NATO Cooperative Cyber Defence Centre of Excellence"));
  CHECK_FALSE(has(r, "NATO Cooperative Cyber Defence Centre of Excellence part_of North Atlantic Treaty Organization"));
}

TEST_CASE("a headline's membership gives way to the body's precise one", "[relate][shapes]") {
  auto r = relations_of("Chile joins NATO for cyber defence\n\nChile joined the CCDCOE on Monday.", Date{2024, 5, 9});
  CHECK(has(r, "Chile member_of NATO Cooperative Cyber Defence Centre of Excellence 2024-05-06"));
  CHECK_FALSE(has(r, "Chile member_of North Atlantic Treaty Organization 2024-05-09"));
  CHECK_FALSE(has(r, "Chile member_of North Atlantic Treaty Organization"));
}

TEST_CASE("the place before -based is where the name right after it is", "[relate][shapes]") {
  auto r = relations_of("Ana Ruiz is a Krakow-based reporter for the Andes Ledger. The Osaka-based Harbour Institute trains staff.");
  CHECK_FALSE(has(r, "Andes Ledger located_in Krakow"));
  CHECK(has(r, "Harbour Institute located_in Osaka"));
}

TEST_CASE("a time after an intransitive verb is not an unnamed object", "[relate][shapes]") {
  auto r = relations_of("Chile joined the CCDCOE in 2020. Peru was admitted as a contributing participant in March of last year.",
                        Date{2024, 5, 9});
  CHECK(has(r, "Peru member_of NATO Cooperative Cyber Defence Centre of Excellence 2023-03"));
}

TEST_CASE("represented by its own body: the nation and the body take part, the body is the nation's", "[relate][shapes]") {
  auto r = relations_of("Cyber Flag opened in Osaka. Chile was represented by its Coastal Cyber Agency for the first time.");
  CHECK(has(r, "Chile participates_in Cyber Flag"));
  CHECK(has(r, "Coastal Cyber Agency participates_in Cyber Flag"));
  CHECK(has(r, "Coastal Cyber Agency part_of Chile"));
}

TEST_CASE("an exercise that involved nations, and nations that competed or formed a team", "[relate][shapes]") {
  auto r = relations_of(
      "Kenya organised Cyber Flag. Officials said the exercise involved cyber teams of many agencies as well as Chile and Peru. "
      "Ghana and Mexico competed as separate teams. Poland and Austria formed a joint team.");
  CHECK(has(r, "Chile participates_in Cyber Flag"));
  CHECK(has(r, "Peru participates_in Cyber Flag"));
  CHECK(has(r, "Ghana participates_in Cyber Flag"));
  CHECK(has(r, "Mexico participates_in Cyber Flag"));
  CHECK(has(r, "Poland participates_in Cyber Flag"));
  CHECK(has(r, "Austria participates_in Cyber Flag"));
}

TEST_CASE("he and she stand for the person the sentence is about", "[relate][shapes]") {
  auto r = relations_of("Anna Berg visited Osaka on Monday, where she met Peter Holm.", Date{2024, 5, 9});
  CHECK(has(r, "Anna Berg met_with Peter Holm 2024-05-06"));
}

TEST_CASE("a state body named with its nation's demonym is the nation's, two bodies sign a pact", "[relate][shapes]") {
  auto r = relations_of("Kenya's Coastal Cyber Agency and the Chilean Harbour Security Agency signed a memorandum of understanding in 2021.");
  CHECK(has(r, "Chilean Harbour Security Agency part_of Chile"));
  CHECK(has(r, "Coastal Cyber Agency cooperates_with Chilean Harbour Security Agency 2021"));
}

TEST_CASE("nations that are members of an alliance named with its kind", "[relate][shapes]") {
  auto r = relations_of("Australia, Canada and New Zealand are members of the Five Eyes intelligence alliance.");
  CHECK(has(r, "Australia member_of Five Eyes"));
  CHECK(has(r, "New Zealand member_of Five Eyes"));
  auto n = relations_of("Austria and Ireland are not members of NATO.");
  CHECK_FALSE(has(n, "Austria member_of North Atlantic Treaty Organization"));
}

TEST_CASE("a body led by a person, a unit of a body, a body based somewhere in an apposition", "[relate][shapes]") {
  auto r = relations_of(
      "The Harbour Institute, based in Osaka, is led by Director Anna Berg. "
      "Peter Holm, the head of the Signals Unit of the Coastal Defence Command, spoke. "
      "Kenya thanked the Lagos Cyber Agency, the federal agency based in Krakow.");
  CHECK(has(r, "Anna Berg leads Harbour Institute"));
  CHECK(has(r, "Signals Unit part_of Coastal Defence Command"));
  CHECK(has(r, "Lagos Cyber Agency located_in Krakow"));
}

TEST_CASE("companions of the subject between commas share its verb", "[relate][shapes]") {
  auto r = relations_of("Chile, along with Peru and Ghana, took part in Cyber Flag in 2022.");
  CHECK(has(r, "Chile participates_in Cyber Flag 2022"));
  CHECK(has(r, "Peru participates_in Cyber Flag 2022"));
  CHECK(has(r, "Ghana participates_in Cyber Flag 2022"));
}

TEST_CASE("an unnamed official of a nation meets for the nation", "[relate][shapes]") {
  auto r = relations_of("The Chilean minister met Peter Holm in Osaka in 2023.");
  CHECK(has(r, "Chile met_with Peter Holm 2023"));
}

TEST_CASE("memberships in appositions and welcomes, meetings and cooperation between two", "[relate][shapes]") {
  auto r = relations_of(
      "Chile, a member of NATO, trains staff. NATO welcomed Peru as its newest member in 2021. "
      "Talks between Kenya and Ghana opened in 2022. Cooperation between Chile and Mexico grew.");
  CHECK(has(r, "Chile member_of North Atlantic Treaty Organization"));
  CHECK(has(r, "Peru member_of North Atlantic Treaty Organization 2021"));
  CHECK_FALSE(has(r, "North Atlantic Treaty Organization member_of Peru 2021"));
  CHECK(has(r, "Kenya met_with Ghana 2022"));
  CHECK(has(r, "Chile cooperates_with Mexico"));
}

TEST_CASE("co-hosting and a possessive participation", "[relate][shapes]") {
  auto r = relations_of("Chile and Peru co-hosted Cyber Flag in 2021. Ghana's participation in Cyber Flag ended in 2022.");
  CHECK(has(r, "Chile organises Cyber Flag 2021"));
  CHECK(has(r, "Peru organises Cyber Flag 2021"));
  CHECK(has(r, "Ghana participates_in Cyber Flag 2022"));
}

TEST_CASE("'the two' after a meeting are the two who met, 'the two nations' what they lead", "[relate][shapes]") {
  auto r = relations_of(
      "Chile and Peru held talks in Osaka. Chilean President Peter Holm met with Kenyan President Anna Berg, "
      "and the two agreed to strengthen ties. Later, the two nations signed a cyber pact in 2021.");
  CHECK(has(r, "Peter Holm met_with Anna Berg"));
  CHECK_FALSE(has(r, "Peter Holm met_with Chile"));
  CHECK_FALSE(has(r, "Peter Holm met_with Peru"));
  CHECK(has(r, "Chile cooperates_with Kenya"));
  CHECK(has(r, "Chile cooperates_with Kenya 2021"));
}

TEST_CASE("an exercise hosted in a place is located there, 'the drill' left unnamed is the exercise", "[relate][shapes]") {
  auto r = relations_of(
      "Kenya hosted the Cyber Flag exercise in Osaka. "
      "The Kenyan Cyber Command, which organised the drill together with Chile, said Peru and Ghana attended as observers.");
  CHECK(has(r, "Cyber Flag located_in Osaka"));
  CHECK(has(r, "Kenyan Cyber Command organises Cyber Flag"));
  CHECK(has(r, "Peru participates_in Cyber Flag"));
  CHECK(has(r, "Ghana participates_in Cyber Flag"));
}

TEST_CASE("a time inside a cut-out relative clause does not date the main clause", "[relate][shapes]") {
  auto r = relations_of("Kenya hosted Cyber Flag in Osaka. Peru, which joined NATO in 2019, sent 40 specialists.");
  CHECK(has(r, "Peru member_of North Atlantic Treaty Organization 2019"));
  CHECK(has(r, "Peru participates_in Cyber Flag"));
  CHECK_FALSE(has(r, "Peru participates_in Cyber Flag 2019"));
}

TEST_CASE("a pact signed with a partner named far after its noun", "[relate][shapes]") {
  auto r = relations_of("Chile and Peru signed a memorandum of understanding on cyber cooperation with Kenya in 2021.");
  CHECK(has(r, "Chile cooperates_with Kenya 2021"));
  CHECK(has(r, "Peru cooperates_with Kenya 2021"));
  CHECK_FALSE(has(r, "Chile cooperates_with Peru 2021"));
}

TEST_CASE("'the two nations' after a meeting of two officials are their nations", "[relate][shapes]") {
  auto r = relations_of(
      "Chilean Defence Minister Peter Holm met with Anna Berg, the head of the Kenyan Cyber Command, in Osaka. "
      "In 2021, the two nations signed a cyber pact.");
  CHECK(has(r, "Chile cooperates_with Kenya 2021"));
}

TEST_CASE("sending officials to the meeting is not taking part in the exercise", "[relate][shapes]") {
  auto r = relations_of(
      "Kenya hosted Cyber Flag. Chile and Peru held talks at the Osaka Cyber Summit. Ghana also sent officials to the meeting.");
  CHECK(has(r, "Ghana participates_in Osaka Cyber Summit"));
  CHECK_FALSE(has(r, "Ghana participates_in Cyber Flag"));
}
