// Relations, session 31 (x6): structure and exercises (part_of, located_in,
// organises, participates_in, member_of). Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s31-x6: the owner after a body noun is not what a comma's subordination says", "[relate][part_of][s31-x6]") {
  check_relation_rows({
      {"The Baltic Cyber Unit is a joint command of the Latvian Army, subordinated to the Latvian Ministry of Defence.",
       {"Baltic Cyber Unit part_of Latvian Army", "Baltic Cyber Unit part_of Latvian Ministry of Defence"},
       {"Latvian Army part_of Latvian Ministry of Defence"}},
      {"The Amber Signal Centre is a cyber unit of the Lithuanian Armed Forces, attached to the Lithuanian Ministry of "
       "National Defence, and is based in Kaunas.",
       {"Amber Signal Centre part_of Lithuanian Ministry of National Defence"},
       {"Lithuanian Armed Forces part_of Lithuanian Ministry of National Defence"}},
      {"The Harbour Range Office was a directorate of the Estonian Defence Forces, directly subordinated to the "
       "Estonian Ministry of Defence.",
       {"Harbour Range Office part_of Estonian Ministry of Defence"},
       {"Estonian Defence Forces part_of Estonian Ministry of Defence"}},
      // an owner's own attribute, with no comma, stays the owner's
      {"NORDCERT is a unit of the Nordic Authority of Network Security under the Nordic Council.",
       {"Nordic Authority of Network Security part_of Nordic Council"},
       {}},
      // a team of a body, part of another: the body's
      {"The red team was a team of the Amber Signal Centre, part of the Lithuanian Armed Forces.",
       {"Amber Signal Centre part_of Lithuanian Armed Forces"},
       {}},
  });
}

TEST_CASE("s31-x6: organised by one body with another names both organisers", "[relate][organises][s31-x6]") {
  check_relation_rows({
      {"Iron Lynx 2025 was organised by the Latvian Ministry of Defence with the Riga Technical University.",
       {"Latvian Ministry of Defence organises Iron Lynx", "Riga Technical University organises Iron Lynx"},
       {}},
      {"Iron Lynx 2025 started in Riga. The exercise was hosted by CERT.LV with the Latvian Army and ran for three "
       "days.",
       {"CERT.LV organises Iron Lynx", "Latvian Army organises Iron Lynx"},
       {}},
      {"The Vilnius Cyber Forum 2025, which was co-organised by the Lithuanian Ministry of National Defence (KAM) "
       "with the Kaunas University of Technology, drew 300 guests.",
       {"Kaunas University of Technology organises Vilnius Cyber Forum"},
       {}},
      {"Iron Lynx 2025 was organised by the Latvian Ministry of Defence (LMOD) in cooperation with the Riga "
       "Technical University, which is based in Riga.",
       {"Riga Technical University organises Iron Lynx"},
       {}},
      {"Iron Lynx 2025 was run by CERT.LV in partnership with the Latvian Army.", {"Latvian Army organises Iron Lynx"}, {}},
      // support, teams and participants after "with" are no organisers
      {"Iron Lynx 2025 was hosted by CERT.LV with NATO support.",
       {"CERT.LV organises Iron Lynx"},
       {"North Atlantic Treaty Organization organises Iron Lynx"}},
      {"Iron Lynx 2025 was hosted by CERT.LV with Estonian teams.",
       {"CERT.LV organises Iron Lynx"},
       {"Estonia organises Iron Lynx"}},
      {"Iron Lynx 2025 was hosted by CERT.LV with Estonia taking part as well.",
       {"CERT.LV organises Iron Lynx"},
       {"Estonia organises Iron Lynx"}},
  });
}

TEST_CASE("s31-x6: an aside after a body or a purpose after its noun does not hide its owner", "[relate][part_of][s31-x6]") {
  check_relation_rows({
      {"The Baltic Cyber Unit, set up in 2018, is a joint agency under the Latvian Ministry of Defence.",
       {"Baltic Cyber Unit part_of Latvian Ministry of Defence"},
       {}},
      {"The Amber Signal Centre, founded in 2015 by decree, is a directorate of the Lithuanian Armed Forces.",
       {"Amber Signal Centre part_of Lithuanian Armed Forces"},
       {}},
      {"The Harbour Range Office, which opened last spring, was a unit within the Estonian Defence Forces.",
       {"Harbour Range Office part_of Estonian Defence Forces"},
       {}},
      {"The Baltic Cyber Unit (BCU), the national agency for handling computer incidents under the Latvian Ministry "
       "of Defence, opened an office in Riga.",
       {"Baltic Cyber Unit part_of Latvian Ministry of Defence"},
       {}},
      {"The Amber Signal Centre is the body responsible for cyber exercises within the Lithuanian Armed Forces.",
       {"Amber Signal Centre part_of Lithuanian Armed Forces"},
       {}},
      // a framework or a manual after "under" is no owner
      {"The Baltic Cyber Unit, the agency for exercises under NATO's framework, grew.",
       {},
       {"Baltic Cyber Unit part_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("s31-x6: a town before its state or province is located in it", "[relate][located_in][s31-x6]") {
  check_relation_rows({
      {"Teams travelled to Kuching, Sarawak, for the drill.", {"Kuching located_in Sarawak"}, {}},
      {"The range opened in Erlangen, Bavaria, last year.", {"Erlangen located_in Bavaria"}, {}},
      {"The forum was held in Linz, Upper Austria, on Monday.", {"Linz located_in Upper Austria"}, {}},
      {"The exercise ran at Pune, Maharashtra from 3 to 6 March.", {"Pune located_in Maharashtra"}, {}},
      {"The Styrian office is in Graz, Styria.", {"Graz located_in Styria"}, {}},
      // a list of cities after "to" ties none to another
      {"Teams flew to Tallinn, Riga and Vilnius.", {}, {"Tallinn located_in Riga"}},
  });
}

TEST_CASE("s31-x6: an emphatic pronoun after the subject does not stop its pattern", "[relate][member_of][s31-x6]") {
  check_relation_rows({
      {"Finland itself joined NATO in 2023.", {"Finland member_of North Atlantic Treaty Organization"}, {}},
      {"Moldova itself has been a contributing participant of the Tallinn Cyber Centre since 2021.",
       {"Moldova member_of Tallinn Cyber Centre"},
       {}},
      {"Latvia itself became a member of the Baltic Range Network in 2019.",
       {"Latvia member_of Baltic Range Network"},
       {}},
  });
}

TEST_CASE("s31-x6: teams named after an extender take part, they do not organise", "[relate][organises][s31-x6]") {
  check_relation_rows({
      {"Iron Lynx 2019 was the exercise run by the Latvian Ministry of Defence, alongside teams from Estonia and "
       "Finland.",
       {"Latvian Ministry of Defence organises Iron Lynx", "Estonia participates_in Iron Lynx"},
       {"Estonia organises Iron Lynx", "Finland organises Iron Lynx"}},
      {"Iron Lynx 2025 was organised by CERT.LV, together with delegations from Lithuania and Poland.",
       {"CERT.LV organises Iron Lynx"},
       {"Lithuania organises Iron Lynx", "Poland organises Iron Lynx"}},
      // a body after the extender still organises
      {"Iron Lynx 2025 was organised by CERT.LV together with Estonia and Finland.",
       {"CERT.LV organises Iron Lynx", "Estonia organises Iron Lynx", "Finland organises Iron Lynx"},
       {}},
      // and teams after it still take part
      {"Estonia took part in Iron Lynx 2025 alongside teams from Finland and Lithuania.",
       {"Finland participates_in Iron Lynx", "Lithuania participates_in Iron Lynx"},
       {}},
  });
}

TEST_CASE("s31-x6: a red team named by a label or by its attacks takes part", "[relate][participates_in][s31-x6]") {
  check_relation_rows({
      {"Iron Lynx 2025 took place in Riga from 3 to 6 June. Red team: CERT.LV, for the second year.",
       {"CERT.LV participates_in Iron Lynx"},
       {}},
      {"Iron Lynx 2025 took place in Riga from 3 to 6 June. Opposing force: the Estonian Defence Forces.",
       {"Estonian Defence Forces participates_in Iron Lynx"},
       {}},
      {"Iron Lynx 2025 took place in Riga from 3 to 6 June. Red-team attacks were launched by CERT.LV from a tent.",
       {"CERT.LV participates_in Iron Lynx"},
       {}},
      {"Iron Lynx 2025 took place in Riga from 3 to 6 June. Red team operations were run by the Estonian Defence "
       "Forces.",
       {"Estonian Defence Forces participates_in Iron Lynx"},
       {}},
      {"Iron Lynx 2026 was held in Riga from 3 to 6 June. The opposing force (red team) was played by CERT-EE.",
       {"CERT-EE participates_in Iron Lynx"},
       {}},
      {"Iron Lynx 2026 was held in Riga from 3 to 6 June. The red team (the attackers) was run by the Estonian "
       "Defence Forces.",
       {"Estonian Defence Forces participates_in Iron Lynx"},
       {}},
      // a label that is no team names no participant
      {"Iron Lynx 2025 took place in Riga from 3 to 6 June. Host: CERT.LV.", {}, {"CERT.LV participates_in Iron Lynx"}},
  });
}

TEST_CASE("s31-x6: a cyber range described as a body's range is part of it", "[relate][part_of][s31-x6]") {
  check_relation_rows({
      {"The Riga Cyber Range, the cyber range of Riga Technical University, opened in 2020.",
       {"Riga Cyber Range part_of Riga Technical University"},
       {}},
      {"The Riga Cyber Range is the training range of Riga Technical University.",
       {"Riga Cyber Range part_of Riga Technical University"},
       {}},
      {"He toured CERT.LV, the Latvian Army's cyber range.", {"CERT.LV part_of Latvian Army"}, {}},
      // "a range of" things is no range
      {"CERT.LV, a range of NATO partners said, is strong.",
       {},
       {"CERT.LV part_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("s31-x6: an exercise held at a body's grounds or premises in a town is located there", "[relate][located_in][s31-x6]") {
  check_relation_rows({
      {"Iron Lynx 2026 was conducted last week, from 3 to 6 June, at the training grounds of the Latvian Army in "
       "Riga.",
       {"Iron Lynx located_in Riga"},
       {}},
      {"Iron Lynx 2026 was held on 4 May, a Monday, at the headquarters of CERT.LV in Riga.",
       {"Iron Lynx located_in Riga"},
       {}},
      {"The Vilnius Cyber Forum 2025 was staged over two days, with 300 guests, on the campus of Vilnius University "
       "in Vilnius.",
       {"Vilnius Cyber Forum located_in Vilnius"},
       {}},
  });
}

TEST_CASE("s31-x6: representatives named among those who attended take part", "[relate][participates_in][s31-x6]") {
  check_relation_rows({
      {"The Vilnius Cyber Forum 2025 opened on Monday. Around 200 people attended, among them representatives of the "
       "European Defence Agency.",
       {"European Defence Agency participates_in Vilnius Cyber Forum"},
       {}},
      {"The Vilnius Cyber Forum 2025 opened on Monday. Some 90 guests took part, including officials of the Latvian "
       "Ministry of Defence.",
       {"Latvian Ministry of Defence participates_in Vilnius Cyber Forum"},
       {}},
      {"The Vilnius Cyber Forum 2025 opened on Monday. Around 200 participants attended, among them delegates from "
       "Estonia and Finland.",
       {"Estonia participates_in Vilnius Cyber Forum", "Finland participates_in Vilnius Cyber Forum"},
       {}},
      // someone who only speaks of a body does not bring it
      {"The Vilnius Cyber Forum 2025 opened on Monday. Around 200 people attended, including many who said the "
       "European Defence Agency was absent.",
       {},
       {"European Defence Agency participates_in Vilnius Cyber Forum"}},
  });
}

TEST_CASE("s31-x6: a delegation that could not come takes no part", "[relate][participates_in][s31-x6]") {
  check_relation_rows({
      {"Iron Lynx 2026 was held in Riga from 3 to 6 June. Chile had been invited, but its delegation could not "
       "travel.",
       {},
       {"Chile participates_in Iron Lynx"}},
      {"Iron Lynx 2026 was held in Riga from 3 to 6 June. Finland's delegation was unable to travel.",
       {},
       {"Finland participates_in Iron Lynx"}},
      {"Iron Lynx 2026 was held in Riga from 3 to 6 June. Teams from Estonia were unable to attend.",
       {},
       {"Estonia participates_in Iron Lynx"}},
      // a delegation that came still takes part
      {"Iron Lynx 2026 was held in Riga from 3 to 6 June. Finland's delegation arrived on Monday.",
       {"Finland participates_in Iron Lynx"},
       {}},
  });
}

TEST_CASE("s31-x6: the body a team came from, or is set off as from, takes part", "[relate][participates_in][s31-x6]") {
  check_relation_rows({
      {"Iron Lynx 2026 was held in Riga from 3 to 6 June. Estonia's team came from its Cyber Command (ECC).",
       {"Estonia's Cyber Command participates_in Iron Lynx"},
       {}},
      {"Iron Lynx 2026 was held in Riga from 3 to 6 June. The Estonian team, from the Estonian Information System "
       "Authority (RIA), won the forensics round.",
       {"Estonian Information System Authority participates_in Iron Lynx"},
       {}},
      {"Iron Lynx 2026 was held in Riga from 3 to 6 June. Finland's delegation, from the Finnish Defence Forces, "
       "arrived on Monday.",
       {"Finnish Defence Forces participates_in Iron Lynx"},
       {}},
      // a time or a town after the comma is no body
      {"Iron Lynx 2026 was held in Riga from 3 to 6 June. Our team, from the start, praised NATO.",
       {},
       {"North Atlantic Treaty Organization participates_in Iron Lynx"}},
  });
}

TEST_CASE("s31-x6: the body set off beside a singular unit noun is the only part", "[relate][part_of][s31-x6]") {
  check_relation_rows({
      {"The memorandum covers the Latvian Ministry of Defence's national response team, CERT.LV, and NATO.",
       {"CERT.LV part_of Latvian Ministry of Defence"},
       {"North Atlantic Treaty Organization part_of Latvian Ministry of Defence"}},
      {"The memorandum covers NATO's cyber range, the Riga Cyber Range, and the European Union.",
       {"Riga Cyber Range part_of North Atlantic Treaty Organization"},
       {"European Union part_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("s31-x6: a member named and others who joined it after a time", "[relate][member_of][s31-x6]") {
  check_relation_rows({
      {"Estonia has been a member of the Baltic Range Network since 2008, and in May Latvia joined it as well.",
       {"Latvia member_of Baltic Range Network"},
       {}},
      {"Estonia has been a member of the Baltic Range Network since 2008, and Latvia and Lithuania joined it as well.",
       {"Latvia member_of Baltic Range Network", "Lithuania member_of Baltic Range Network"},
       {}},
      // joining something else is no membership of the first body
      {"Estonia has been a member of the Baltic Range Network since 2008, and Latvia joined the talks in 2014.",
       {},
       {"Latvia member_of Baltic Range Network"}},
  });
}

TEST_CASE("s31-x6: a place named for a day of an event, or during it, is where the event is", "[relate][located_in][s31-x6]") {
  check_relation_rows({
      {"The signing came this afternoon in Riga, on the second and final day of the Riga Cyber Summit 2025.",
       {"Riga Cyber Summit located_in Riga"},
       {}},
      {"The memorandum was signed in Riga during the Riga Cyber Summit 2025.", {"Riga Cyber Summit located_in Riga"}, {}},
      {"The ministers met in Vilnius at the close of the Vilnius Cyber Forum 2025.",
       {"Vilnius Cyber Forum located_in Vilnius"},
       {}},
      // playing from a town is no seat of the exercise
      {"Teams played from Riga during Locked Shields 2025.", {}, {"Locked Shields located_in Riga"}},
  });
}

TEST_CASE("s31-x6: an exercise held at a venue, then a comma and a town, is in the town", "[relate][located_in][s31-x6]") {
  check_relation_rows({
      {"Iron Lynx 2026, held last week, from 3 to 6 June, at the Latvian Cyber School (Latvijas Kiberskola - LKS), in "
       "Riga, brought together teams from eight countries.",
       {"Iron Lynx located_in Riga"},
       {}},
      {"The Vilnius Cyber Forum 2025 was staged on 4 May at the Lithuanian Military Academy (LKA), in Vilnius.",
       {"Vilnius Cyber Forum located_in Vilnius"},
       {}},
  });
}
