// Session 17 recall of located_in, part_of, leads and affiliated_with: general
// constructions of news prose. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("recall s17: a state body first named by its acronym still names its nation", "[relate][part_of][s17]") {
  check_relation_rows({
      {"A new MCD office opened in Porto. Later the Maltese Cyber Directorate (MCD) signed the plan.",
       {"Maltese Cyber Directorate part_of Malta"},
       {}},
      {"KCA staff met on Monday. The Kenyan Cyber Agency (KCA) said the drill went well.",
       {"Kenyan Cyber Agency part_of Kenya"},
       {}},
      // a body whose name opens with no nation gains none from an acronym first
      {"MCD staff met on Monday. The Maritime Cyber Directorate (MCD) met Malta's navy.",
       {},
       {"Maritime Cyber Directorate part_of Malta"}},
  });
}

TEST_CASE("recall s17: a place written after the noun that describes it", "[relate][located_in][s17]") {
  check_relation_rows({
      {"Exercise Iron Harbour was held in the Estonian capital, Tallinn, in April.",
       {"Iron Harbour located_in Tallinn"},
       {}},
      {"The Nordic Cyber Centre, based in the Lithuanian city of Kaunas, trains partners.",
       {"Nordic Cyber Centre located_in Kaunas"},
       {"Nordic Cyber Centre located_in Lithuania"}},
      {"The Nordic Cyber Centre is based in the Lithuanian capital, Vilnius.",
       {"Nordic Cyber Centre located_in Vilnius"},
       {}},
      {"Delegates met at the Nordic Cyber Centre in the Lithuanian city of Kaunas.",
       {"Nordic Cyber Centre located_in Kaunas"},
       {}},
      {"Officials gathered at the African Union Commission's headquarters in the Ethiopian capital, Addis Ababa.",
       {"African Union Commission located_in Addis Ababa"},
       {}},
      // a nation after a place noun is not the place ("the capital of Estonia" names no city)
      {"The Nordic Cyber Centre is based in the capital of Estonia.",
       {},
       {"Nordic Cyber Centre located_in Tallinn"}},
  });
}

TEST_CASE("recall s17: an exercise or event named before the noun of its kind", "[relate][located_in][s17]") {
  check_relation_rows({
      {"The Harbour Shield exercise took place in Riga last week.",
       {"Harbour Shield located_in Riga"},
       {}},
      {"The Harbour Shield exercise was held in Riga last week.",
       {"Harbour Shield located_in Riga"},
       {}},
      // a noun of another kind is no name's kind noun
      {"The Harbour Shield exercise ended. The Harbour Shield budget was held in Riga.",
       {},
       {"Harbour Shield located_in Riga"}},
  });
}

TEST_CASE("recall s17: people named for a nation or a body", "[relate][affiliated_with][leads][s17]") {
  check_relation_rows({
      {"Latvia was represented by Vice-Minister Janis Ozols at the talks.",
       {"Janis Ozols affiliated_with Latvia"},
       {}},
      // a person given a post of his own after the name is that post's
      {"Latvia was represented by Janis Ozols, deputy commander of the Latvian Cyber Command.",
       {"Janis Ozols affiliated_with Latvian Cyber Command"},
       {"Janis Ozols affiliated_with Latvia"}},
      {"Kim Soo-jin of the Justice Party, who chairs a subcommittee, questioned the budget.",
       {"Kim Soo-jin affiliated_with Justice Party"},
       {}},
      {"Anna Berg was appointed as the Swedish Defence Research Agency's new director in May.",
       {"Anna Berg leads Swedish Defence Research Agency"},
       {}},
      {"Anna Berg, senior fellow at the Royal United Services Institute, said the plan was late.",
       {"Anna Berg affiliated_with Royal United Services Institute"},
       {}},
      {"Anna Berg, research fellow with the Royal United Services Institute, said the plan was late.",
       {"Anna Berg affiliated_with Royal United Services Institute"},
       {}},
  });
}

TEST_CASE("recall s17: a body run by, housed in or a committee of another", "[relate][part_of][located_in][s17]") {
  check_relation_rows({
      {"The Harbour Security Centre, run by the Kenyan Ministry of Defence, sent two teams.",
       {"Harbour Security Centre part_of Kenyan Ministry of Defence"},
       {}},
      {"The Coastal Response Team, which is operated by the Norwegian Coastal Administration, will share data.",
       {"Coastal Response Team part_of Norwegian Coastal Administration"},
       {}},
      {"The Harbour Cyber Lab is housed in the Faculty of Engineering of the University of Oslo.",
       {"Harbour Cyber Lab part_of Faculty of Engineering"},
       {}},
      {"The Joint Committee on Defence is a committee of the Norwegian Parliament.",
       {"Joint Committee on Defence part_of Norwegian Parliament"},
       {}},
      {"The Regional Cyber Office is hosted in Singapore.",
       {"Regional Cyber Office located_in Singapore"},
       {}},
      // a body that hosted an exercise somewhere is not housed there
      {"Teams joined Coral Ward, a drill that the Maltese Cyber Agency hosted in Valletta in May.",
       {},
       {"Maltese Cyber Agency located_in Valletta"}},
  });
}

TEST_CASE("precision s17: its after a demonym that qualifies a noun is not the nation's", "[relate][part_of][s17]") {
  check_relation_rows({
      {"The Italian defence group inaugurated its Cyber Resilience Laboratory in Genoa.",
       {},
       {"Cyber Resilience Laboratory part_of Italy"}},
      // the nation itself named as the subject still owns its unit
      {"Italy inaugurated its Cyber Resilience Laboratory in Genoa.",
       {"Cyber Resilience Laboratory part_of Italy"},
       {}},
  });
}

TEST_CASE("precision s17: the nation of a dateline place owns no unit", "[relate][part_of][s17]") {
  check_relation_rows({
      {"BRNO, Czechia - The European Defence Agency opened its Regional Cyber Centre on Monday.",
       {"Regional Cyber Centre part_of European Defence Agency"},
       {"Regional Cyber Centre part_of Czechia"}},
      // a nation that is the subject still owns its unit
      {"Czechia opened its Regional Cyber Centre in Brno on Monday.",
       {"Regional Cyber Centre part_of Czechia"},
       {}},
  });
}

TEST_CASE("recall s17: its after a sentence about it speaks of the same body", "[relate][leads][s17]") {
  check_relation_rows({
      {"The range, officially the Nordic Cyber Training Centre, cost EUR 9 million. It will be run by the Estonian "
       "Cyber Unit and CERT-EE. Its first director is Colonel Mart Tamm.",
       {"Mart Tamm leads Nordic Cyber Training Centre"},
       {"Mart Tamm leads Estonian Cyber Unit"}},
      // a sentence not about "it" leaves "its" to the first body it names
      {"The range, officially the Nordic Cyber Training Centre, cost EUR 9 million. The Estonian Cyber Unit will "
       "run it. Its commander is Colonel Mart Tamm.",
       {"Mart Tamm leads Estonian Cyber Unit"},
       {}},
  });
}

TEST_CASE("recall s17: held and opened in a place, written as participles", "[relate][located_in][s17]") {
  check_relation_rows({
      {"Teams joined Exercise Iron Net, held annually in Tartu.",
       {"Iron Net located_in Tartu"},
       {}},
      // the teams the clause adds after the place are not places of it
      {"Teams joined Exercise Iron Net, organised by the Estonian Defence Forces in Tartu, together with teams from "
       "Latvia and Finland.",
       {"Iron Net located_in Tartu"},
       {"Iron Net located_in Latvia", "Iron Net located_in Finland"}},
      {"The Cyber Range Centre, which opened in Tartu in 2021, trains 300 people a year.",
       {"Cyber Range Centre located_in Tartu"},
       {}},
      // a body that opened something in a place is not located there by it
      {"Last month the Estonian Defence Forces opened a liaison office in Narva.",
       {},
       {"Estonian Defence Forces located_in Narva"}},
  });
}

TEST_CASE("recall s17: an exercise described as run by a body in a place", "[relate][located_in][s17]") {
  check_relation_rows({
      {"Teams took part in Exercise Iron Net, the annual exercise run every spring by the Estonian Defence Forces in "
       "Tallinn.",
       {"Iron Net located_in Tallinn"},
       {}},
      {"Exercise Iron Net, the live-fire drill organised by the Baltic Defence College in Tartu, drew 40 nations.",
       {"Iron Net located_in Tartu"},
       {}},
      // a place of the organiser's own name is not where the exercise was
      {"Exercise Iron Net, the drill organised by the Baltic Defence College, drew teams from Tartu University.",
       {},
       {"Iron Net located_in Tartu"}},
  });
}

TEST_CASE("recall s17: a team, centre or office of a body, in apposition", "[relate][part_of][s17]") {
  check_relation_rows({
      {"CERT-SE, the national response team of the Swedish Civil Contingencies Agency, sent a team.",
       {"CERT-SE part_of Swedish Civil Contingencies Agency"},
       {}},
      {"The Harbour Security Centre, the cyber office of the Kenyan Ministry of Defence, sent two teams.",
       {"Harbour Security Centre part_of Kenyan Ministry of Defence"},
       {}},
  });
}

TEST_CASE("recall s17: a person named with a body's possessive", "[relate][affiliated_with][s17]") {
  check_relation_rows({
      {"Anna Berg, the Swedish Defence Research Agency's top cyber official, said the plan was late.",
       {"Anna Berg affiliated_with Swedish Defence Research Agency"},
       {}},
      {"Anna Berg, who serves as the Swedish Defence Research Agency's chief scientist, said the plan was late.",
       {"Anna Berg affiliated_with Swedish Defence Research Agency"},
       {}},
      {"Europol's Anna Berg said the plan was late.",
       {"Anna Berg affiliated_with Europol"},
       {}},
      // a head named with the possessive leads; no second, weaker edge
      {"NATO Secretary General Mark Rutte opened the summit. NATO's Mark Rutte said the plan was late.",
       {"Mark Rutte leads North Atlantic Treaty Organization"},
       {"Mark Rutte affiliated_with North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("recall s17: a document signed for a body by a person", "[relate][affiliated_with][s17]") {
  check_relation_rows({
      {"The protocol was signed for the Azerbaijani Ministry of Defence Industry by Deputy Minister Elnur Qasimov.",
       {"Elnur Qasimov affiliated_with Azerbaijani Ministry of Defence Industry"},
       {}},
      // signed by a person for no named body relates no one
      {"The protocol was signed by Deputy Minister Elnur Qasimov for the second time.",
       {},
       {"Elnur Qasimov affiliated_with Azerbaijani Ministry of Defence Industry"}},
  });
}

TEST_CASE("precision s17: a role that is another person's apposition or agent phrase", "[relate][leads][s17]") {
  check_relation_rows({
      {"Speakers included General Carlo Ferrante, commander of Italy's Network Operations Command, Colonel Nikos "
       "Stavrou of the Hellenic Army, and Colonel Ivana Horvat.",
       {"Carlo Ferrante leads Network Operations Command"},
       {"Nikos Stavrou leads Network Operations Command"}},
      {"The accord was signed by the president of the Federal Office for Information Security, Katrin Weber, and by "
       "the chief executive of the Swedish Defence Research Agency, Anna Berg.",
       {"Katrin Weber leads Federal Office for Information Security",
        "Anna Berg leads Swedish Defence Research Agency"},
       {"Katrin Weber leads Swedish Defence Research Agency"}},
  });
}

TEST_CASE("precision s17: a seat written after an owner is the owned body's", "[relate][located_in][s17]") {
  check_relation_rows({
      {"Oman also hosts the Gulf Cyber Centre (GCC), a body of the International Telecommunication Union (ITU) based "
       "in Muscat.",
       {"Gulf Cyber Centre located_in Muscat"},
       {"International Telecommunication Union located_in Muscat"}},
      // the owner's own seat, after a comma and "which", is still read
      {"The International Telecommunication Union, which is based in Geneva, sent two officials.",
       {"International Telecommunication Union located_in Geneva"},
       {}},
  });
}

TEST_CASE("recall s17: a body said to be its nation's national authority", "[relate][part_of][s17]") {
  check_relation_rows({
      {"CERT-MT is Malta's national computer emergency response team.",
       {"CERT-MT part_of Malta"},
       {}},
      {"The Valletta Cyber Bureau was set up in 2017 and is also the Maltese national authority for the rules.",
       {"Valletta Cyber Bureau part_of Malta"},
       {}},
      // "a national authority" of no nation names none
      {"The Valletta Cyber Bureau is a national authority for the rules, Italy said.",
       {},
       {"Valletta Cyber Bureau part_of Italy"}},
  });
}

TEST_CASE("recall s17: a body in a place opening the text after a dash", "[relate][located_in][s17]") {
  check_relation_rows({
      {"TALLINN - The Baltic Cyber Centre in Tartu admitted Moldova on Wednesday.",
       {"Baltic Cyber Centre located_in Tartu"},
       {}},
      {"Moldova joins the centre - The Baltic Cyber Centre in Tartu admitted Moldova on Wednesday.",
       {"Baltic Cyber Centre located_in Tartu"},
       {}},
      // a dash inside a clause before "with the X in P" places no body
      {"The drill - run jointly with the Baltic Cyber Centre - ended in Tartu on Wednesday.",
       {},
       {"Baltic Cyber Centre located_in Tartu"}},
  });
}

TEST_CASE("recall s17: a body's deputy named with its name before the title", "[relate][affiliated_with][s17]") {
  check_relation_rows({
      {"The memorandum was inked by CERT-EU deputy chief executive Tan Wei Ling on Monday.",
       {"Tan Wei Ling affiliated_with CERT-EU"},
       {"Tan Wei Ling leads CERT-EU"}},
      {"Europol deputy director Anna Berg said the plan was late.",
       {"Anna Berg affiliated_with Europol"},
       {"Anna Berg leads Europol"}},
  });
}

TEST_CASE("recall s17: its after a sentence that opened a unit speaks of the unit", "[relate][leads][s17]") {
  check_relation_rows({
      {"Ireland's Defence Forces set up a new Cyber Defence Wing in February. Its commander, Colonel Aoife Byrne, "
       "told the committee it had 40 staff.",
       {"Aoife Byrne leads Cyber Defence Wing"},
       {"Aoife Byrne leads Ireland's Defence Forces"}},
      // no unit opened: "its" is the sentence's first body, as before
      {"Ireland's Defence Forces trained with the Cyber Defence Wing in February. Its commander, Colonel Aoife "
       "Byrne, told the committee it had 40 staff.",
       {"Aoife Byrne leads Ireland's Defence Forces"},
       {}},
  });
}
