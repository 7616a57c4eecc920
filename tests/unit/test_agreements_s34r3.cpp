// Agreements and who is party to them, in wordings written for session 34 (helper r3):
// bodies that only work under an agreement, watch, host or broker its signing, and a
// described agreement of other nations than a title named just after it. Texts are the
// test's own, read as published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("bodies working under an agreement are not its parties, nations agreeing under it are", "[relate][s34-r3]") {
  check_relation_rows({
      {"Under the Kigali Arrangement on Cyber Training, Norway's NSM and Iceland's CERT-IS will run two courses a year.",
       {},
       {"Norwegian National Security Authority party_to Kigali Arrangement on Cyber Training",
        "CERT-IS party_to Kigali Arrangement on Cyber Training"}},
      {"Under the Oslo Memorandum on Cyber Training, Norway's NSM and Iceland's CERT-IS are expected to design a course.",
       {}, {"CERT-IS party_to Oslo Memorandum on Cyber Training"}},
      {"Under the Adazi Protocol on Range Sharing, Latvia and Estonia agreed to open their ranges to each other's teams.",
       {"Latvia party_to Adazi Protocol on Range Sharing", "Estonia party_to Adazi Protocol on Range Sharing"}, {}},
  });
}

TEST_CASE("a body that watches, hosts or brokers a signing is no party, the signers are", "[relate][s34-r3]") {
  check_relation_rows({
      {"Spain observed the signing of the Madrid Protocol on Cyber Defence by Portugal and Morocco.",
       {"Portugal party_to Madrid Protocol on Cyber Defence", "Morocco party_to Madrid Protocol on Cyber Defence"},
       {"Spain party_to Madrid Protocol on Cyber Defence"}},
      {"Austria watched the signing of the Vienna Letter of Intent on Cyber Exercises by Hungary and Slovakia.",
       {"Hungary party_to Vienna Letter of Intent on Cyber Exercises"},
       {"Austria party_to Vienna Letter of Intent on Cyber Exercises"}},
      {"The Netherlands brokered the Hague Memorandum on Incident Response between Belgium and Luxembourg.",
       {"Belgium party_to Hague Memorandum on Incident Response"},
       {"Netherlands party_to Hague Memorandum on Incident Response"}},
      {"Estonia hosted the signing of the Tartu Arrangement on Cyber Ranges between Latvia and Lithuania.",
       {"Latvia party_to Tartu Arrangement on Cyber Ranges"}, {"Estonia party_to Tartu Arrangement on Cyber Ranges"}},
      {"Ghana attended the signing ceremony of the Accra Memorandum on Cyber Training but did not sign it.",
       {}, {"Ghana party_to Accra Memorandum on Cyber Training"}},
      {"Kenya has not yet signed the Nairobi Declaration on Cyber Resilience.", {},
       {"Kenya party_to Nairobi Declaration on Cyber Resilience"}},
      {"Portugal plans to sign the Lisbon Declaration on Maritime Cyber Security in 2026.", {},
       {"Portugal party_to Lisbon Declaration on Maritime Cyber Security"}},
      {"The Prague Memorandum on Cyber Defence, which Poland and Czechia signed in 2019, was discussed by Austria on Monday.",
       {"Poland party_to Prague Memorandum on Cyber Defence 2019"}, {"Austria party_to Prague Memorandum on Cyber Defence"}},
  });
}

TEST_CASE("a described agreement of other nations is not the title named just after it", "[relate][s34-r3]") {
  check_relation_rows({
      {"Kenya and Tanzania signed a memorandum on cyber drills on 3 May, the minister said. Ghana and Togo had signed "
       "the Volta Memorandum on Cyber Defence in April.",
       {"Kenya party_to memorandum on cyber drills 2025-05-03", "Ghana party_to Volta Memorandum on Cyber Defence 2025-04"},
       {"Kenya party_to Volta Memorandum on Cyber Defence", "Tanzania party_to Volta Memorandum on Cyber Defence"}},
      {"Nepal and Bhutan adopted a declaration on digital resilience in March. India and Bangladesh adopted the Dhaka "
       "Declaration on Cyber Security in April.",
       {"Nepal party_to declaration on digital resilience 2025-03"}, {"Nepal party_to Dhaka Declaration on Cyber Security"}},
      // the same nations: one agreement, described then titled
      {"Chile and Brazil signed a memorandum of understanding on cyber defence on Monday. The Southern Cone Memorandum "
       "on Cyber Defence sets up a joint team.",
       {"Chile party_to Southern Cone Memorandum on Cyber Defence"}, {}},
      {"Ghana and Togo signed a letter of intent on cyber training on Friday. Ghana's minister said the Accra Letter of "
       "Intent on Cyber Training would start in July.",
       {"Togo party_to Accra Letter of Intent on Cyber Training"}, {}},
  });
}

TEST_CASE("signatories listed with their nations' or bodies' offices are all parties", "[relate][s34-r3]") {
  check_relation_rows({
      {"The Lagos Declaration on Cyber Crime was signed by Ghana's foreign minister, Kwame Mensah, and Togo's minister "
       "of digital economy, Afi Koffi.",
       {"Ghana party_to Lagos Declaration on Cyber Crime", "Togo party_to Lagos Declaration on Cyber Crime"}, {}},
      {"The Tallinn Memorandum on Cyber Ranges was signed on Monday by Estonia's defence minister, Mart Kask, and "
       "Finland's defence minister, Aino Virtanen.",
       {"Finland party_to Tallinn Memorandum on Cyber Ranges 2025-06-16"}, {}},
      {"The Baltic Letter of Intent on Cyber Training was initialled by Latvia's deputy state secretary, Inese Berzina, "
       "and by Lithuania's vice-minister of defence, Tomas Petrauskas.",
       {"Latvia party_to Baltic Letter of Intent on Cyber Training",
        "Lithuania party_to Baltic Letter of Intent on Cyber Training"},
       {}},
      {"The Andes Declaration on Digital Security was adopted in Quito by Ecuador's foreign minister, Maria Salazar, "
       "Peru's interior minister, Jorge Quispe, and Bolivia's defence minister, Luis Mamani.",
       {"Ecuador party_to Andes Declaration on Digital Security", "Peru party_to Andes Declaration on Digital Security",
        "Bolivia party_to Andes Declaration on Digital Security"},
       {}},
      {"The Danube Arrangement on Incident Response was signed by Austria's state secretary for defence and Hungary's "
       "minister of the interior.",
       {"Hungary party_to Danube Arrangement on Incident Response"}, {}},
      {"The Pacific Memorandum on Cyber Resilience was signed by Fiji's minister for communications, Ratu Tui, and "
       "Tonga's minister, Sione Vea, while Australia's envoy looked on.",
       {"Tonga party_to Pacific Memorandum on Cyber Resilience"},
       {"Australia party_to Pacific Memorandum on Cyber Resilience"}},
      {"The Lagos Declaration on Cyber Crime was signed by Kwame Mensah, director of the Cyber Security Authority, and "
       "by Afi Koffi, head of the National Cyber Security Agency.",
       {"Cyber Security Authority party_to Lagos Declaration on Cyber Crime",
        "National Cyber Security Agency party_to Lagos Declaration on Cyber Crime"},
       {}},
  });
}

TEST_CASE("a witness listed after the signatories is no party", "[relate][s34-r3]") {
  check_relation_rows({
      {"The Sahel Declaration on Cyber Crime was signed by Mali's minister of security, Amadou Traore, and witnessed "
       "by France's ambassador, Claire Dubois.",
       {"Mali party_to Sahel Declaration on Cyber Crime"}, {"France party_to Sahel Declaration on Cyber Crime"}},
      {"The Nordic Statement on Cable Security was signed by Norway's state secretary, Ola Nordmann, in the presence "
       "of Denmark's ambassador, Lars Jensen.",
       {"Norway party_to Nordic Statement on Cable Security"}, {"Denmark party_to Nordic Statement on Cable Security"}},
      {"The Kivu Memorandum on Cyber Policing was signed by Jean Mugabo, head of the Rwanda National Police, and "
       "observed by Paul Okello, director of the Uganda Police Force.",
       {"Rwanda National Police party_to Kivu Memorandum on Cyber Policing"},
       {"Uganda Police Force party_to Kivu Memorandum on Cyber Policing"}},
  });
}

TEST_CASE("'the two' who signed are the two who met, a deputy minister of a portfolio among them", "[relate][s34-r3]") {
  check_relation_rows({
      {"Jaan Tamm, head of Estonia's Information System Authority, opened the forum. On Tuesday, Tamm met Moldova's "
       "deputy minister of economic development, Ion Rusu. The two signed the Chisinau Memorandum on Cyber Resilience.",
       {"Jaan Tamm met_with Ion Rusu", "Moldova party_to Chisinau Memorandum on Cyber Resilience",
        "Information System Authority party_to Chisinau Memorandum on Cyber Resilience"},
       {}},
      {"Lina Berg, director of Sweden's Civil Contingencies Agency, spoke first. Berg then met Norway's deputy minister "
       "of justice, Ola Dahl, on Friday. The two signed the Oslo Letter of Intent on Cyber Exercises.",
       {"Norway party_to Oslo Letter of Intent on Cyber Exercises"}, {}},
      {"Pedro Ruiz, chief of Spain's Joint Cyberspace Command, met Portugal's vice minister of national defence, Rui "
       "Costa, in Lisbon on Monday.",
       {"Pedro Ruiz met_with Rui Costa", "Rui Costa affiliated_with Portugal"}, {}},
  });
}

TEST_CASE("'the framework' and 'the protocol' speak of the agreement named before", "[relate][s34-r3]") {
  check_relation_rows({
      {"Ghana, Togo and Benin signed the Gulf of Guinea Framework on Port Cyber Security in Lome in May; the framework "
       "was signed for Ghana by the Cyber Security Authority and for the other two countries by their ministries.",
       {"Ghana's Cyber Security Authority party_to Gulf of Guinea Framework on Port Cyber Security 2025-05",
        "Togo party_to Gulf of Guinea Framework on Port Cyber Security 2025-05"},
       {}},
      {"Spain and Morocco adopted the Tangier Protocol on Cyber Incident Reporting in March. The protocol was signed "
       "for Spain by the National Cryptologic Centre.",
       {"Morocco party_to Tangier Protocol on Cyber Incident Reporting 2025-03"}, {}},
      // an agreement owning the exercise named after it leaves the exercise its own time
      {"Portugal and Brazil signed the Atlantic Framework on Cyber Training in April. Brazil hosted the framework's "
       "first exercise, Atlantic Shield, in Recife last October.",
       {"Brazil organises Atlantic Shield 2024-10", "Atlantic Shield located_in Recife 2024-10"}, {}},
  });
}

TEST_CASE("an agreement's title ending with a word of a byline credit is still a title", "[recognise][s34-r3]") {
  check_relation_rows({
      {"Spain and Morocco signed the Rabat Protocol on Incident Reporting in March.",
       {"Spain party_to Rabat Protocol on Incident Reporting 2025-03"}, {}},
      {"Australia and Fiji adopted the Suva Arrangement on Cyber Crime Reporting on Monday.",
       {"Fiji party_to Suva Arrangement on Cyber Crime Reporting 2025-06-16"}, {}},
  });
}

TEST_CASE("who drafted an agreement is no party, who signed it is", "[relate][s34-r3]") {
  check_relation_rows({
      {"The Vilnius Declaration on Cyber Defence was drafted by NATO experts and signed by Lithuania and Latvia.",
       {"Lithuania party_to Vilnius Declaration on Cyber Defence", "Latvia party_to Vilnius Declaration on Cyber Defence"},
       {"North Atlantic Treaty Organization party_to Vilnius Declaration on Cyber Defence"}},
      {"NATO drafted the Vilnius Declaration on Cyber Defence.", {},
       {"North Atlantic Treaty Organization party_to Vilnius Declaration on Cyber Defence"}},
      {"The Accra Memorandum on Cyber Training was prepared by the African Union and signed by Ghana and Togo in May.",
       {"Ghana party_to Accra Memorandum on Cyber Training 2025-05"},
       {"African Union party_to Accra Memorandum on Cyber Training"}},
  });
}
