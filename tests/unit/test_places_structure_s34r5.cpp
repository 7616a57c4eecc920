// Places and structure, written for session 34 (helper r5): a venue "in the CITY suburb
// of PLACE" lies in PLACE, PLACE in CITY (not the venue in CITY); a body "is a state
// enterprise under" another, or "a unit set up in 2021 under" it; "the Polish national
// CSIRT, CERT Polska"; "runs the country's national response team, X" (X is the nation's).
// Texts are the test's own, read as published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a venue in the suburb or district of a city lies in the suburb", "[relate][s34-r5]") {
  check_relation_rows({
      {"The Baltic Cyber Range is located at an army base in the Riga suburb of Kadaga.",
       {"Baltic Cyber Range located_in Kadaga", "Kadaga located_in Riga"},
       {"Baltic Cyber Range located_in Riga"}},
      {"Locked Shields was held at a conference hotel in the Tallinn district of Kadriorg.",
       {"Locked Shields located_in Kadriorg", "Kadriorg located_in Tallinn"},
       {"Locked Shields located_in Tallinn"}},
      {"The National Cyber Range is housed in a former barracks in the Vilnius suburb of Pabrade.",
       {"National Cyber Range located_in Pabrade", "Pabrade located_in Vilnius"}, {}},
      {"The drill Iron Harbour was staged at the naval academy in the Lisbon district of Belem.",
       {"Iron Harbour located_in Belém", "Belém located_in Lisbon"}, {}},
      {"The Cyber Security Agency is headquartered in an office tower in the Nairobi suburb of Westlands.",
       {"Cyber Security Agency located_in Westlands", "Westlands located_in Nairobi"},
       {"Cyber Security Agency located_in Nairobi"}},
      {"Cyber Coalition took place in the Tartu suburb of Raadi and ended on Friday.",
       {"Cyber Coalition located_in Raadi", "Raadi located_in Tartu"}, {}},
      {"Delegates gathered in the Warsaw district of Mokotow for the talks.", {"Mokotow located_in Warsaw"}, {}},
  });
}

TEST_CASE("a body that is a state enterprise or a unit set up under another is part of it", "[relate][s34-r5]") {
  check_relation_rows({
      {"The Cyber Defence Unit is an agency set up in 2021 under the Ministry of Defence.",
       {"Cyber Defence Unit part_of Ministry of Defence 2021"}, {}},
      {"The Data Security Centre is a body created in March 2020 within Latvia's National Security Council.",
       {"Data Security Centre part_of National Security Council 2020-03"}, {}},
      {"The Cyber Command is a unit established in 2018 under the General Staff.",
       {"Cyber Command part_of General Staff 2018"}, {}},
      {"CERT.LV is a public enterprise under Latvia's Ministry of Defence.",
       {"CERT.LV part_of Latvia's Ministry of Defence"}, {}},
      {"The Technical Agency is a state enterprise under the Ministry of Digital Development and runs the national CERT.",
       {"Technical Agency part_of Ministry of Digital Development"}, {}},
      {"The National Cyber Centre is a state company under Estonia's Ministry of Economic Affairs.",
       {"Estonia's National Cyber Centre part_of Ministry of Economic Affairs"}, {}},
  });
}

TEST_CASE("the demonym's national team named after a comma belongs to that nation", "[relate][s34-r5]") {
  check_relation_rows({
      {"Observers from the Polish national CSIRT, CERT Polska, followed the drill.", {"CERT Polska part_of Poland"}, {}},
      {"The Finnish national cyber agency, the NCSC-FI, said it saw no attack.",
       {"National Cyber Security Centre Finland part_of Finland"}, {}},
  });
}

TEST_CASE("the country's national team named after a comma belongs to the nation of the sentence", "[relate][s34-r5]") {
  check_relation_rows({
      {"Iceland hosted the talks. Norway's NSM runs the country's national response team, NorCERT.",
       {"NorCERT part_of Norway"}, {"NorCERT part_of Iceland"}},
      {"Kenya said on Monday that the country's national computer incident response team, KE-CIRT, had been moved.",
       {"KE-CIRT part_of Kenya"}, {}},
      {"Ghana's Cyber Security Authority oversees the country's national CERT, CERT-GH.", {"CERT-GH part_of Ghana"}, {}},
  });
}

TEST_CASE("an exercise hosted at a venue in a place lies in that place", "[relate][s34-r5]") {
  check_relation_rows({
      {"Poland hosted Cyber Coalition in May at the War Studies University in Warsaw.",
       {"Cyber Coalition located_in Warsaw"}, {}},
      {"The ministry ran Cyber Coalition this autumn at a naval base in Gdynia.", {"Cyber Coalition located_in Gdynia"}, {}},
      {"The Group hosted Cyber Coalition from 19 to 23 October at the Maryland Cyber Range in Laurel.",
       {"Cyber Coalition located_in Laurel"}, {}},
      {"The Guard hosted Cyber Coalition at the army's training centre in Laurel.", {"Cyber Coalition located_in Laurel"}, {}},
  });
}

TEST_CASE("teams brought together in a place for an edition of an exercise", "[relate][s34-r5]") {
  check_relation_rows({
      {"The CERT gathered 200 analysts in Riga for the fifth edition of Cyber Coalition.",
       {"Cyber Coalition located_in Riga"}, {}},
      {"Ghana drew teams from nine nations in Accra for the second round of Locked Shields.",
       {"Locked Shields located_in Accra"}, {}},
      {"The agency brought together 300 experts in Tallinn for the third round of Locked Shields.",
       {"Locked Shields located_in Tallinn"}, {}},
  });
}

TEST_CASE("a body under a nation's ministry named by demonym or possessive is part of it", "[relate][s34-r5]") {
  check_relation_rows({
      {"The Data Protection Office under the Latvian Ministry of Justice took part.",
       {"Data Protection Office part_of Latvian Ministry of Justice"}, {}},
      {"Teams from the Cyber Security Centre under Lithuania's Ministry of National Defence took part.",
       {"Lithuania's Cyber Security Centre part_of Lithuania's Ministry of National Defence"}, {}},
      // "under" a body's guidance, flag or auspices makes no part
      {"The drill was run by CERT-EE under the CCDCOE's guidance.", {},
       {"CERT-EE part_of NATO Cooperative Cyber Defence Centre of Excellence"}},
      {"The exercise was hosted by CERT.LV under the auspices of the European Defence Agency.", {},
       {"CERT.LV part_of European Defence Agency"}},
  });
}

TEST_CASE("a body established as a unit of another is part of it from then", "[relate][s34-r5]") {
  check_relation_rows({
      {"On 2 November 2026 the Cabinet Secretary established the Defence Cyber Training Range as a unit of the Kenya "
       "Defence Forces.",
       {"Defence Cyber Training Range part_of Kenya Defence Forces 2026-11-02"}, {}},
      {"The minister set up the Cyber Academy as a separate branch of the Estonian Defence Forces in 2024.",
       {"Cyber Academy part_of Estonian Defence Forces 2024"}, {}},
      {"Parliament created the National Cyber Directorate as an agency under the Ministry of Interior.",
       {"National Cyber Directorate part_of Ministry of Interior"}, {}},
  });
}

TEST_CASE("a nation's national team of several words named after a comma belongs to it", "[relate][s34-r5]") {
  check_relation_rows({
      {"Last year she led Kenya's national computer incident response team, KE-CIRT, and then moved.",
       {"KE-CIRT part_of Kenya"}, {}},
      {"From 2011 she was head of Estonia's national computer emergency response team, CERT-EE, then part of RIA.",
       {"CERT-EE part_of Estonia"}, {}},
      {"Observers came from the Slovenian national computer emergency response centre, SI-CERT, last week.",
       {"SI-CERT part_of Slovenia"}, {}},
      {"Gareth Pryce-Jones has been named Commander of the National Cyber Force (NCF), the UK's joint offensive cyber "
       "organisation run by GCHQ.",
       {"United Kingdom's National Cyber Force part_of United Kingdom"}, {}},
  });
}

TEST_CASE("a body that opened its headquarters in a place, an exercise run at a venue after an aside", "[relate][s34-r5]") {
  check_relation_rows({
      {"Romania has grown since the European Cybersecurity Competence Centre (ECCC) opened its headquarters in "
       "Bucharest.",
       {"European Cybersecurity Competence Centre located_in Bucharest"}, {}},
      {"The CCDCOE inaugurated its new headquarters in Tallinn on Monday.",
       {"NATO Cooperative Cyber Defence Centre of Excellence located_in Tallinn"}, {}},
      {"Earlier this month, the RCDC ran Cyber Coalition, its annual tabletop and technical exercise, at the Military "
       "Academy of Lithuania in Vilnius.",
       {"Cyber Coalition located_in Vilnius"}, {}},
  });
}

TEST_CASE("a body set off by a comma at a place's garrison or base lies in that place", "[relate][s34-r5]") {
  check_relation_rows({
      {"The Italian delegation also visited the Cyber Defence Centre of the Albanian Armed Forces, at the Zall-Herr "
       "garrison near Tirana.",
       {"Cyber Defence Centre of the Albanian Armed Forces located_in Zall-Herr"}, {}},
      {"The ministers toured the Cyber Command, at the Tapa military base, on Monday.", {"Cyber Command located_in Tapa"},
       {}},
      {"Teams from the 2nd Signal Battalion, at the Kadaga training area, joined the drill.",
       {"2nd Signal Battalion located_in Kadaga"}, {}},
  });
}

TEST_CASE("a nation whose national or own body is named owns it", "[relate][s34-r5]") {
  check_relation_rows({
      {"Mauritius, whose national Computer Emergency Response Team (CERT-MU) was admitted to FIRST in June, sent the "
       "largest team.",
       {"CERT-MU part_of Mauritius"}, {}},
      {"Ghana, whose national CERT-GH joined FIRST, took part.", {"CERT-GH part_of Ghana"}, {}},
      {"Latvia, whose new Cyber Command was set up in 2024, joined the exercise.", {"Latvia's Cyber Command part_of Latvia"},
       {}},
  });
}

TEST_CASE("a body based at a camp, or described as a kind of body in a place", "[relate][s34-r5]") {
  check_relation_rows({
      {"The Cyber Group is headquartered at Camp Smith and trains there.", {"Cyber Group located_in Camp Smith"}, {}},
      {"The exercise was run by Allied Command Transformation (ACT), NATO's strategic command in Norfolk, Virginia, as "
       "every year.",
       {"Allied Command Transformation located_in Norfolk"}, {}},
      {"The report came from IPES, an independent research centre in La Plata.", {"IPES located_in La Plata"}, {}},
      {"The CCDCOE, NATO-accredited centre in Tallinn, hosted it.",
       {"NATO Cooperative Cyber Defence Centre of Excellence located_in Tallinn"}, {}},
      // "in charge of": no place
      {"ENISA, the EU agency in charge of cyber security, said so.", {},
       {"European Union Agency for Cybersecurity located_in European Union"}},
  });
}

TEST_CASE("a firm described as a company from a place lies in it", "[relate][s34-r5]") {
  check_relation_rows({
      {"The opposing force was played by specialists of Carpatix Security, a private company from Cluj-Napoca.",
       {"Carpatix Security located_in Cluj-Napoca"}, {}},
      {"Support came from Nordsec Labs, a small start-up from Tartu, and from the army.",
       {"Nordsec Labs located_in Tartu"}, {}},
  });
}

TEST_CASE("a firm of a city lies in it", "[relate][s34-r5]") {
  check_relation_rows({
      {"The second-ranked tenderer, a consortium led by Baltic Range Partners UAB of Vilnius, has not lodged an appeal.",
       {"Baltic Range Partners UAB located_in Vilnius"}, {}},
      {"A bid came from Nordic Range Systems AB of Tartu, which builds ranges.", {"Nordic Range Systems AB located_in Tartu"},
       {}},
  });
}
