// Session 33, helper a6: people's names and posts in ordinary news wording (sentences
// written for these tests).
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// Abbreviated ranks of US, UK and Irish forces ("CMSgt", "SSgt", "Comdt") are titles:
// kept out of the name, and the name after them is a person's.
TEST_CASE("s33-a6: abbreviated ranks stay out of a person's name", "[relate][s33-a6]") {
  check_relation_rows({
      {"CMSgt Daniel Okafor-Reyes, of the 175th Cyberspace Operations Group, briefed visitors.",
       {"Daniel Okafor-Reyes affiliated_with 175th Cyberspace Operations Group"},
       {"CMSgt Daniel Okafor-Reyes affiliated_with 175th Cyberspace Operations Group"}},
      {"TSgt Marcus Bell-Ortiz, a network analyst with the 175th Cyberspace Operations Group, spoke.",
       {"Marcus Bell-Ortiz affiliated_with 175th Cyberspace Operations Group"},
       {}},
      {"Comdt Niamh Mac Carthaigh of the Communications and Information Services Corps also spoke.",
       {"Niamh Mac Carthaigh affiliated_with Communications and Information Services Corps"},
       {}},
  });
}

// "X is Poland's Ambassador to Latvia": a copula before a possessive title reads as the
// apposition's comma ("X, Poland's Ambassador to Latvia,"); a minister of a portfolio
// serves the nation, a body's director leads the body.
TEST_CASE("s33-a6: a copula before a possessive title gives the post", "[relate][s33-a6]") {
  check_relation_rows({
      {"Tomasz Brzezicki-Wolak is Poland's Ambassador to Latvia.",
       {"Tomasz Brzezicki-Wolak affiliated_with Poland"},
       {"Tomasz Brzezicki-Wolak * Latvia"}},
      {"Tomasz Brzezicki-Wolak is Poland's ambassador to Latvia.",
       {"Tomasz Brzezicki-Wolak affiliated_with Poland"},
       {"Tomasz Brzezicki-Wolak * Latvia"}},
      {"Mart Kask-Tamm is Estonia's Minister of Defence.",
       {"Mart Kask-Tamm affiliated_with Estonia"},
       {"Mart Kask-Tamm leads Estonia"}},
      {"Hanna Korhonen-Lind has been Finland's defence attaché in Riga since 2024.",
       {"Hanna Korhonen-Lind affiliated_with Finland"},
       {"Hanna Korhonen-Lind leads Finland"}},
      {"Ines Roth-Bauer is now ENISA's Executive Director.",
       {"Ines Roth-Bauer leads European Union Agency for Cybersecurity"},
       {}},
  });
}

// "X is a counsellor at Y", "X remains a senior fellow of Y": more lower-case posts after a copula.
TEST_CASE("s33-a6: a copula before a staff post at a body", "[relate][s33-a6]") {
  check_relation_rows({
      {"Kenji Aramaki-Sato is a counsellor at the National Center of Incident Readiness and Strategy for "
       "Cybersecurity.",
       {"Kenji Aramaki-Sato affiliated_with National Center of Incident Readiness and Strategy for Cybersecurity"},
       {}},
      {"Ingrid Halvorsen-Dahl remains a senior fellow at the Norwegian Institute of International Affairs.",
       {"Ingrid Halvorsen-Dahl affiliated_with Norwegian Institute of International Affairs"},
       {}},
  });
}

// "Saarlane Digital's managing director, X": a name no lexicon knows, whose managing or
// executive director follows its possessive, is a body's (cues.json role_nouns), and X leads it.
TEST_CASE("s33-a6: a managing director after an unknown name's possessive", "[relate][s33-a6]") {
  check_relation_rows({
      {"Saarlane Digital's managing director, Kaarel Tammsaare-Voog, visited Riga in October.",
       {"Kaarel Tammsaare-Voog leads Saarlane Digital"},
       {}},
      {"Kivimaa Digital's executive director, Liisa Org-Saar, said the firm was pleased.",
       {"Liisa Org-Saar leads Kivimaa Digital"},
       {}},
  });
}

// "Kipruto Arap Chelimo, Principal Secretary in the Ministry of Interior": a title written in
// capitals after the comma types names no lexicon knows as a person's, as a lower-case role does.
TEST_CASE("s33-a6: a capitalised title after a comma types an unknown name as a person", "[relate][s33-a6]") {
  check_relation_rows({
      {"The memorandum was signed by Kipruto Arap Chelimo, Principal Secretary in the Ministry of Interior.",
       {"Kipruto Arap Chelimo affiliated_with Ministry of Interior"},
       {}},
      {"Kiprotich Arap Sang, Senior Analyst at the Communications Authority of Kenya, presented the plan.",
       {"Kiprotich Arap Sang affiliated_with Communications Authority of Kenya"},
       {}},
  });
}

// "its spokesperson is X", "the agency's deputy director will be X": a role noun and a copula
// before a name no lexicon knows type it as a person's; "the agency" may speak of a centre.
TEST_CASE("s33-a6: a role noun and a copula before an unknown name", "[relate][s33-a6]") {
  check_relation_rows({
      {"The Bahrain National Cyber Security Centre opened an office on Monday; its spokesperson is Nouf "
       "Al-Harbi-Qahtani.",
       {"Nouf Al-Harbi-Qahtani affiliated_with Bahrain National Cyber Security Centre"},
       {"Nouf Al-Harbi-Qahtani leads Bahrain National Cyber Security Centre"}},
      {"The Bahrain National Cyber Security Centre warned of attacks. \"It is serious,\" the agency's spokesman "
       "Mindaugas Petraitis-Luka said.",
       {"Mindaugas Petraitis-Luka affiliated_with Bahrain National Cyber Security Centre"},
       {}},
  });
}

// A nation's post after the name's comma, a copula or an appointment with "as" ("was sworn in
// as Estonia's defence minister"): a minister of a portfolio leads or serves the nation (the
// sets accept either; the older tests read "leads"), an ambassador serves it.
TEST_CASE("s33-a6: a nation's post after the name, a copula or an appointment", "[relate][s33-a6]") {
  check_relation_rows({
      {"Kadri Simson-Ruus, Estonia's new digital minister, said reforms would follow.",
       {"Kadri Simson-Ruus * Estonia"},
       {}},
      {"Toomas Vaher-Kask was sworn in as Estonia's defence minister on 3 July.",
       {"Toomas Vaher-Kask * Estonia"},
       {}},
      {"Liina Kersna-Tali is Latvia's foreign minister.",
       {"Liina Kersna-Tali * Latvia"},
       {}},
      {"Mihkel Oviir-Laar has been appointed as Estonia's ambassador to Finland.",
       {"Mihkel Oviir-Laar affiliated_with Estonia"},
       {"Mihkel Oviir-Laar * Finland", "Mihkel Oviir-Laar leads Estonia"}},
      {"Kristen Michal-Rand was sworn in as Estonia's prime minister in July.",
       {"Kristen Michal-Rand leads Estonia"},
       {}},
  });
}

// "X has been named the Laboratory's first head": an appointment to a post after "the" and a
// body's possessive (not "its", whose owner a "Person of Y" subject may hide).
TEST_CASE("s33-a6: an appointment to a body's post after its possessive", "[relate][s33-a6]") {
  check_relation_rows({
      {"Ineke Ramdin-Vos has been named the Cyber Operations Laboratory's first head.",
       {"Ineke Ramdin-Vos leads Cyber Operations Laboratory"},
       {}},
      {"Colonel Ilze Berzina of Latvia became its first commander in March.",
       {"Ilze Berzina affiliated_with Latvia"},
       {"Ilze Berzina leads Latvia"}},
  });
}

// "X has been Director of CERT.LV since February 2024": a title in capitals after "has been"
// reads as after "is", dated by the start of the tenure; a deputy's title serves the body.
TEST_CASE("s33-a6: a capitalised title after 'has been'", "[relate][s33-a6]") {
  check_relation_rows({
      {"Ilze Kalna-Dreimane has been Director of CERT.LV since February 2024.",
       {"Ilze Kalna-Dreimane leads CERT.LV 2024-02"},
       {}},
      {"Anna Liepa-Kalns has been Deputy Director of CERT.LV since 2023.",
       {"Anna Liepa-Kalns affiliated_with CERT.LV"},
       {"Anna Liepa-Kalns leads CERT.LV"}},
  });
}

// "Estonia sent a team led by X": the leader of a team a body or nation sent serves it; "his
// deputy at CERT.LV is X", "the new spokesperson for X is Y": a staff post at a body, then a copula.
TEST_CASE("s33-a6: a sent team's leader and a staff post before a copula", "[relate][s33-a6]") {
  check_relation_rows({
      {"CERT.LV sent a team led by Toomas Kask-Lepp to the exercise.",
       {"Toomas Kask-Lepp affiliated_with CERT.LV"},
       {"Toomas Kask-Lepp leads CERT.LV"}},
      {"Estonia sent a small delegation, headed by Marta Kalna-Ozola, to Kyiv.",
       {"Marta Kalna-Ozola affiliated_with Estonia"},
       {"Marta Kalna-Ozola leads Estonia"}},
      {"His deputy at CERT.LV is Jānis Bērziņš-Lapa.",
       {"Jānis Bērziņš-Lapa affiliated_with CERT.LV"},
       {"Jānis Bērziņš-Lapa leads CERT.LV"}},
      {"The new spokesperson for the State Service of Special Communications and Information Protection is "
       "Iryna Koval-Shevchenko.",
       {"Iryna Koval-Shevchenko affiliated_with State Service of Special Communications and Information Protection"},
       {}},
  });
}

// "took command of ComDCiber", "Kommando Cyber has been led by X": a name no lexicon knows
// is a body when someone takes command of it or it is led by someone, and its leader leads it.
TEST_CASE("s33-a6: what one takes command of, or what is led by someone, is a body", "[relate][s33-a6]") {
  check_relation_rows({
      {"On 3 November, General Ricardo Pires-Albuquerque took command of ComDCiber.",
       {"Ricardo Pires-Albuquerque leads ComDCiber"},
       {}},
      {"Since 1 November, Kommando Cyber has been led by Brigadier Martina Eberhart-Kogler.",
       {"Martina Eberhart-Kogler leads Kommando Cyber"},
       {}},
      {"Colonel Ana Lima-Costa assumed command of Cyberkommando Nord in May.",
       {"Ana Lima-Costa leads Cyberkommando Nord"},
       {}},
  });
}

// "who now heads the cyber directorate of NATO's ACT": a body's noun followed by "of" and a
// name is a part of the named body, not the directorate the story named before.
TEST_CASE("s33-a6: a body's noun followed by its named owner is no back-reference", "[relate][s33-a6]") {
  check_relation_rows({
      {"The Directorate of Defence of Luxembourg sent observers. Major General Pieter Koolhaas-Vos, who now heads "
       "the cyber directorate of NATO's Allied Command Transformation, spoke first.",
       {"Pieter Koolhaas-Vos * Allied Command Transformation"},
       {"Pieter Koolhaas-Vos * Directorate of Defence of Luxembourg"}},
  });
}
