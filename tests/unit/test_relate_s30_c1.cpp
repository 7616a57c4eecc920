// Relations, session 30 (c1): meeting and cooperation wordings of unseen
// text. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30-c1: calls between people, phoning, briefing and delegations met are meetings", "[relate][met_with][s30-c1]") {
  check_relation_rows({
      {"A telephone call between President Alar Karis and President Gitanas Nauseda took place on Sunday.",
       {"Alar Karis met_with Gitanas Nauseda 2025-06-15"},
       {}},
      {"Consultations between Estonia and Moldova were held in Chisinau on Monday.",
       {"Estonia met_with Moldova 2025-06-16"},
       {}},
      {"Defence Minister Hanno Pevkur called Lithuanian Defence Minister Dovile Sakaliene on Friday to discuss drones.",
       {"Hanno Pevkur met_with Dovile Sakaliene 2025-06-13"},
       {}},
      {"Prime Minister Kristen Michal telephoned President Emmanuel Macron yesterday.",
       {"Kristen Michal met_with Emmanuel Macron 2025-06-17"},
       {}},
      {"Minister Hanno Pevkur spoke by phone with Secretary Pete Hegseth on Tuesday.",
       {"Hanno Pevkur met_with Pete Hegseth 2025-06-17"},
       {}},
      {"General Andrus Merilo briefed Secretary General Mark Rutte on the situation in the Baltic region.",
       {"Andrus Merilo met_with Mark Rutte"},
       {}},
      {"Prime Minister Kristen Michal met with a delegation from Japan on Tuesday.",
       {"Kristen Michal met_with Japan 2025-06-17"},
       {}},
      {"The Estonian Ministry of Defence received a Japanese military delegation on 3 June.",
       {"Estonian Ministry of Defence met_with Japan 2025-06-03"},
       {}},
      // a name given to someone, and a briefing of the press, meet nobody
      {"President Alar Karis called President Emmanuel Macron a close friend of Estonia.",
       {},
       {"Alar Karis met_with Emmanuel Macron"}},
  });
}

TEST_CASE("s30-c1: working with, in cooperation with, a partnership and joint activities are cooperation", "[relate][cooperates_with][s30-c1]") {
  check_relation_rows({
      {"Latvia is working closely with Sweden on cable security.",
       {"Latvia cooperates_with Sweden"},
       {}},
      {"CERT.LV, in cooperation with the Lithuanian National Cyber Security Centre, traced the attack.",
       {"CERT.LV cooperates_with Lithuanian National Cyber Security Centre"},
       {}},
      {"Estonia's partnership with Japan has grown steadily since 2019.",
       {"Estonia cooperates_with Japan 2019"},
       {}},
      {"Latvia and Canada enjoy a strong partnership in defence.",
       {"Latvia cooperates_with Canada"},
       {}},
      {"The third bilateral cyber dialogue between Estonia and South Korea was held in Seoul in April.",
       {"Estonia cooperates_with South Korea 2025-04"},
       {}},
      {"Latvia and Lithuania carried out joint patrols along the border in May.",
       {"Latvia cooperates_with Lithuania 2025-05"},
       {}},
      {"The Latvian National Armed Forces held joint drills with the Polish Armed Forces in March.",
       {"Latvian National Armed Forces cooperates_with Polish Armed Forces 2025-03"},
       {}},
      // denied or only planned: not asserted
      {"Latvia is not working with Belarus on border issues.",
       {},
       {"Latvia cooperates_with Belarus"}},
      {"Latvia and Lithuania did not carry out joint patrols.",
       {},
       {"Latvia cooperates_with Lithuania"}},
  });
}

TEST_CASE("s30-c1: the noun's relative clause says which nation's body it is", "[relate][part_of][s30-c1]") {
  check_relation_rows({
      {"Brigadier Tom Reed took charge of the Norwegian Cyber Defence Command in March. Reed previously served on an "
       "exchange posting at U.S. Cyber Command in Maryland. The command, which sits within the Norwegian Armed Forces, "
       "protects military networks.",
       {"Norwegian Cyber Defence Command part_of Norwegian Armed Forces"},
       {"United States Cyber Command part_of Norwegian Armed Forces"}},
      // no nation in the clause: the latest command still
      {"Brigadier Tom Reed took charge of the Norwegian Cyber Defence Command in March. Reed previously served on an "
       "exchange posting at U.S. Cyber Command in Maryland. The command, which employs 900 people, is based in Fort Meade.",
       {"United States Cyber Command located_in Fort Meade"},
       {"Norwegian Cyber Defence Command located_in Fort Meade"}},
  });
}

TEST_CASE("s30-c1: a body that works or teams up with another cooperates with it", "[relate][cooperates_with][s30-c1]") {
  check_relation_rows({
      {"The Latvian State Police works closely with Europol on ransomware cases.",
       {"Latvian State Police cooperates_with Europol"},
       {}},
      {"Microsoft teamed up with the Estonian Information System Authority to protect government networks.",
       {"Microsoft cooperates_with Estonian Information System Authority"},
       {}},
      {"Estonia works hand in hand with Finland on energy security.",
       {"Estonia cooperates_with Finland"},
       {}},
      {"Cybernetica collaborates with the University of Tartu on cryptography research.",
       {"Cybernetica cooperates_with University of Tartu"},
       {}},
      {"Latvia no longer works with Belarus on border issues.",
       {},
       {"Latvia cooperates_with Belarus"}},
  });
}

TEST_CASE("s30-c1: press conferences, meals, greetings and possessive talks are meetings", "[relate][met_with][s30-c1]") {
  check_relation_rows({
      {"The meeting of Latvian Foreign Minister Baiba Braze and her Polish counterpart Radoslaw Sikorski took place in Warsaw.",
       {"Baiba Braze met_with Radoslaw Sikorski"},
       {}},
      {"Secretary General Mark Rutte gave a joint press conference with President Gitanas Nauseda on Monday.",
       {"Mark Rutte met_with Gitanas Nauseda 2025-06-16"},
       {}},
      {"The Minister of Foreign Affairs Mr. Margus Tsahkna received on 9 June the Foreign Minister of Moldova Mr. Mihai Popsoi.",
       {"Margus Tsahkna met_with Mihai Popsoi 2025-06-09"},
       {}},
      {"President Gitanas Nauseda's talks with Chancellor Friedrich Merz centred on the brigade.",
       {"Gitanas Nauseda met_with Friedrich Merz"},
       {}},
      {"After meeting President Emmanuel Macron in Paris, President Alar Karis said Europe must spend more.",
       {"Alar Karis met_with Emmanuel Macron"},
       {}},
      {"President Alar Karis greeted President Gitanas Nauseda at Kadriorg on Monday.",
       {"Alar Karis met_with Gitanas Nauseda 2025-06-16"},
       {}},
      {"Minister Baiba Braze was met by Secretary Marco Rubio at the State Department.",
       {"Baiba Braze met_with Marco Rubio"},
       {}},
      {"Minister Hanno Pevkur met his Lithuanian and Latvian counterparts, Dovile Sakaliene and Andris Spruds, in Vilnius.",
       {"Hanno Pevkur met_with Dovile Sakaliene", "Hanno Pevkur met_with Andris Spruds"},
       {}},
      {"Foreign Minister Baiba Braze hosted a working dinner for Secretary General Mark Rutte on Monday.",
       {"Baiba Braze met_with Mark Rutte 2025-06-16"},
       {}},
      {"General Andrus Merilo received a phone call from General Christopher Cavoli on Sunday.",
       {"Andrus Merilo met_with Christopher Cavoli 2025-06-15"},
       {}},
  });
}

TEST_CASE("s30-c1: a reliable partner, closer cooperation agreed, working together and co-developing are cooperation", "[relate][cooperates_with][s30-c1]") {
  check_relation_rows({
      {"Lithuania has been a reliable partner for Ukraine in the digital field.",
       {"Lithuania cooperates_with Ukraine"},
       {}},
      {"CERT.LV is a long-time partner of the Lithuanian National Cyber Security Centre.",
       {"CERT.LV cooperates_with Lithuanian National Cyber Security Centre"},
       {}},
      {"Latvia and Moldova agreed on closer cooperation in cyber security.",
       {"Latvia cooperates_with Moldova"},
       {}},
      {"Latvia and Sweden are working together on a shared satellite link.",
       {"Latvia cooperates_with Sweden"},
       {}},
      {"Lithuania and Poland co-developed the new border sensor network.",
       {"Lithuania cooperates_with Poland"},
       {}},
      // a partner of an alliance is its member (member_of), not a cooperation
      {"Sweden was a close partner of NATO for decades.",
       {},
       {"Sweden cooperates_with North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("s30-c1: officials of bodies meeting, consultations held and a participle meeting are meetings", "[relate][met_with][s30-c1]") {
  check_relation_rows({
      {"Officials from the Latvian Ministry of Defence met their counterparts from the Polish Ministry of National Defence in Riga.",
       {"Latvian Ministry of Defence met_with Polish Ministry of National Defence"},
       {}},
      {"The Lithuanian Ministry of Foreign Affairs met with representatives of the European Commission on Tuesday.",
       {"Lithuanian Ministry of Foreign Affairs met_with European Commission 2025-06-17"},
       {}},
      {"Latvia and Moldova held political consultations in Chisinau on Thursday.",
       {"Latvia met_with Moldova 2025-06-12"},
       {}},
      {"Foreign Minister Baiba Braze, meeting Secretary General Mark Rutte in Brussels, said Latvia would spend more.",
       {"Baiba Braze met_with Mark Rutte"},
       {}},
  });
}

TEST_CASE("s30-c1: exchanging data with a body and co-designing with it are cooperation", "[relate][cooperates_with][s30-c1]") {
  check_relation_rows({
      {"Under the framework, CERT.LV will exchange threat indicators with the Lithuanian National Cyber Security Centre.",
       {"CERT.LV cooperates_with Lithuanian National Cyber Security Centre"},
       {}},
      {"Lithuania shares intelligence with Poland on a daily basis.",
       {"Lithuania cooperates_with Poland"},
       {}},
      {"The Estonian Information System Authority co-designed the exercise with CERT-FI.",
       {"Estonian Information System Authority cooperates_with CERT-FI"},
       {}},
      // the nation word qualifies a noun: not the nation
      {"CERT.LV will share indicators with the Polish office within hours.",
       {},
       {"CERT.LV cooperates_with Poland"}},
  });
}

TEST_CASE("s30-c1: setting up something joint, or agreeing to, and agreeing to coordinate are cooperation", "[relate][cooperates_with][s30-c1]") {
  check_relation_rows({
      {"Lithuania and Poland agreed to set up a joint cyber task force.",
       {"Lithuania cooperates_with Poland"},
       {}},
      {"Latvia and Lithuania decided to create a joint procurement agency for ammunition.",
       {"Latvia cooperates_with Lithuania"},
       {}},
      {"Latvia and Moldova launched a joint project on digital resilience in March.",
       {"Latvia cooperates_with Moldova 2025-03"},
       {}},
      {"Latvia, Lithuania and Poland have agreed to coordinate their air defence.",
       {"Latvia cooperates_with Lithuania", "Lithuania cooperates_with Poland"},
       {}},
      {"Latvia and Lithuania did not agree to set up a joint agency.",
       {},
       {"Latvia cooperates_with Lithuania"}},
  });
}
