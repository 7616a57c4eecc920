// Session 34, helper r4: people's posts and meetings in ordinary news wording (sentences
// written for these tests).
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// "the deputy head of X, Y", "the former chief of X, Y": a post under or after the head's
// serves the body and leads nothing; the phrase is still the person (who can be met).
TEST_CASE("s34-r4: a deputy or former title before of and a name", "[relate][s34-r4]") {
  check_relation_rows({
      {"The deputy head of Europol, Marta Vilks-Ozola, said the operation had gone well.",
       {"Marta Vilks-Ozola affiliated_with Europol"},
       {"Marta Vilks-Ozola leads Europol"}},
      {"The deputy director of the Norwegian National Security Authority, Kari Holm-Aasen, spoke first.",
       {"Kari Holm-Aasen affiliated_with Norwegian National Security Authority"},
       {"Kari Holm-Aasen leads Norwegian National Security Authority"}},
      {"The former commander of the Cyber Defence Command, Colonel Ivo Petrak-Lenz, now teaches in Brno.",
       {"Ivo Petrak-Lenz affiliated_with Cyber Defence Command"},
       {"Ivo Petrak-Lenz leads Cyber Defence Command"}},
      {"The vice chairman of the Joint Chiefs of Staff, General Lee Park-Soon, arrived on Sunday.",
       {"Lee Park-Soon affiliated_with Joint Chiefs of Staff"},
       {"Lee Park-Soon leads Joint Chiefs of Staff"}},
      {"The head of Europol, Marta Vilks-Ozola, said the operation had gone well.",
       {"Marta Vilks-Ozola leads Europol"},
       {}},
  });
}

// "A met B's deputy minister of energy, C, on Wednesday": a deputy's title with a lower-case
// portfolio between the possessive and the name is still the person met.
TEST_CASE("s34-r4: meeting a deputy named after a portfolio", "[relate][s34-r4]") {
  check_relation_rows({
      {"Ruslan Temirov-Aly, chairman of the STS, opened the drill. On the margins of the drill, "
       "Temirov-Aly met Kyrgyzstan's deputy minister of energy, Aibek Sydykov-Nur, on Wednesday.",
       {"Ruslan Temirov-Aly met_with Aibek Sydykov-Nur 2025-06-18"},
       {}},
      {"Ruslan Temirov-Aly, chairman of the STS, opened the drill. Temirov-Aly later met the deputy "
       "minister of digital affairs, Aibek Sydykov-Nur, in Bishkek.",
       {"Ruslan Temirov-Aly met_with Aibek Sydykov-Nur"},
       {}},
  });
}

// "the Australian High Commissioner, X": an envoy of the Commonwealth serves the
// nation that sent her, as an ambassador does, and does not lead it.
TEST_CASE("s34-r4: a high commissioner serves the sending nation", "[relate][s34-r4]") {
  check_relation_rows({
      {"Minister Kamal Perera-Silva met the Australian High Commissioner, Rebecca Hale-Dunn, in Colombo.",
       {"Rebecca Hale-Dunn affiliated_with Australia"},
       {"Rebecca Hale-Dunn leads Australia"}},
      {"Canada's High Commissioner, Paul Ouellet-Grant, attended the ceremony in Accra.",
       {"Paul Ouellet-Grant affiliated_with Canada"},
       {"Paul Ouellet-Grant leads Canada"}},
  });
}

// "X, a member of parliament for the opposition Y Movement", "X, a lawmaker from the
// ruling Y Party": a party's member, an adjective of the party's standing between.
TEST_CASE("s34-r4: a member of parliament for a party", "[relate][s34-r4]") {
  check_relation_rows({
      {"Halla Gunnarsdottir, a member of parliament for the opposition Progressive Movement, criticised the deal.",
       {"Halla Gunnarsdottir affiliated_with Progressive Movement"},
       {"Halla Gunnarsdottir leads Progressive Movement"}},
      {"Paolo Ferri-Lanza, a lawmaker from the ruling Five Star Movement, welcomed the plan.",
       {"Paolo Ferri-Lanza affiliated_with Five Star Movement"},
       {}},
      {"Joana Matos-Reis, a member of parliament for the governing Socialist Party, asked for a vote.",
       {"Joana Matos-Reis affiliated_with Socialist Party"},
       {}},
  });
}

// "X, a senior fellow at the London-based Y": the town the body sits in between the
// preposition and its name.
TEST_CASE("s34-r4: a staff post at a town-based body", "[relate][s34-r4]") {
  check_relation_rows({
      {"Dilshod Karimov-Ali, a senior fellow at the Tashkent-based Institute for Strategic Studies, "
       "called the plan cautious.",
       {"Dilshod Karimov-Ali affiliated_with Institute for Strategic Studies"},
       {}},
      {"Eva Lindqvist-Berg, an analyst with the Stockholm-based Swedish Defence Research Agency, said the test was useful.",
       {"Eva Lindqvist-Berg affiliated_with Swedish Defence Research Agency"},
       {}},
  });
}

// "X has a new chief executive. Y took over on Monday": a head taking over with no body
// named heads the body the sentence before (or the same one) announced a new head for,
// dated by the taking over; nothing where no new head was announced.
TEST_CASE("s34-r4: taking over after a new head was announced", "[relate][s34-r4]") {
  check_relation_rows({
      {"CERT.LV, Latvia's response team, has a new head. Anna Ozola-Krumina took over on 3 June, "
       "succeeding Janis Berzins-Kalns.",
       {"Anna Ozola-Krumina leads CERT.LV 2025-06-03"},
       {}},
      {"The Cyber Defence Command of the Bulgarian Armed Forces has a new commander. Colonel Ivan "
       "Dimitrov-Stoev took up the post on 2 June.",
       {"Ivan Dimitrov-Stoev leads Cyber Defence Command of the Bulgarian Armed Forces 2025-06-02"},
       {"Ivan Dimitrov-Stoev leads Bulgarian Armed Forces"}},
      {"Europol named a new director last month. Marta Lind-Aalto took office in May after five years at Interpol.",
       {"Marta Lind-Aalto leads Europol 2025-05"},
       {"Marta Lind-Aalto leads Interpol"}},
      {"Europol hosted the meeting in The Hague. Marta Lind-Aalto took over on Monday as chair of the panel.",
       {},
       {"Marta Lind-Aalto leads Europol"}},
  });
}

// "The university's principal, X", "its vice-chancellor, X": a university's head (cues.json
// role_nouns); "its permanent secretary, X" serves the ministry.
TEST_CASE("s34-r4: a university's principal and a ministry's permanent secretary", "[relate][s34-r4]") {
  check_relation_rows({
      {"Norway signed a memorandum with the University of Dundee on Monday. The university's principal, "
       "Professor Iain Gillespie-Muir, said the deal built on old links.",
       {"Iain Gillespie-Muir leads University of Dundee"},
       {}},
      {"The University of Tartu signed the deal. Its vice-chancellor, Toomas Asser-Kallas, welcomed it.",
       {"Toomas Asser-Kallas leads University of Tartu"},
       {}},
      {"Latvia's Ministry of Defence was represented by its permanent secretary, Janis Garisons-Ozols.",
       {"Janis Garisons-Ozols affiliated_with Latvia's Ministry of Defence"},
       {}},
  });
}

// "A, which hosts B, was represented by its ambassador, X": "its" is A's; the bodies of a
// relative clause between commas are asides.
TEST_CASE("s34-r4: its after a relative clause aside", "[relate][s34-r4]") {
  check_relation_rows({
      {"Finland, which joined NATO in 2023, was represented by its ambassador, Anna Lind-Salo.",
       {"Anna Lind-Salo affiliated_with Finland"},
       {"Anna Lind-Salo affiliated_with North Atlantic Treaty Organization"}},
      {"The European Defence Agency held the talks. Estonia's Ministry of Defence, which funds the European "
       "Defence Agency, was represented by its permanent secretary, Kristi Kuusk-Oja.",
       {"Kristi Kuusk-Oja affiliated_with Estonia's Ministry of Defence"},
       {"Kristi Kuusk-Oja affiliated_with European Defence Agency"}},
  });
}

// "the Minister Delegate in charge of the X, Y", "the official in charge of X, Y": who is in
// charge of a body heads it, a deputy serves it; the phrase is the person who is met.
TEST_CASE("s34-r4: a title in charge of a body before a name", "[relate][s34-r4]") {
  check_relation_rows({
      {"Amadou Sall-Diop, Senegal's digital minister, arrived on Monday. Sall-Diop held talks with Morocco's "
       "Minister Delegate in charge of the National Defence Administration, Karim Bennis-Alaoui, on Tuesday.",
       {"Karim Bennis-Alaoui leads National Defence Administration", "Amadou Sall-Diop met_with Karim Bennis-Alaoui"},
       {}},
      {"The official in charge of Europol, Marta Vilks-Ozola, spoke on Monday.",
       {"Marta Vilks-Ozola leads Europol"},
       {}},
      {"The deputy minister in charge of the National Defence Administration, Karim Bennis-Alaoui, spoke on Monday.",
       {"Karim Bennis-Alaoui affiliated_with National Defence Administration"},
       {"Karim Bennis-Alaoui leads National Defence Administration"}},
  });
}

// "A received yesterday at the ministry in Tirana the X of Y, Mr. B": a reception told with
// its time and place before the guest; "a council's co-leader, X" leads it (cues.json role_nouns).
TEST_CASE("s34-r4: a reception with its place before the guest, and a co-leader", "[relate][s34-r4]") {
  check_relation_rows({
      {"Defence Minister Ivo Petrov-Kolev received at his office in Sofia the Greek Ambassador, Eleni "
       "Papadaki-Rou, on Monday.",
       {"Ivo Petrov-Kolev met_with Eleni Papadaki-Rou"},
       {}},
      {"Foreign Minister Ana Costa-Reis welcomed in Lisbon on Tuesday her Spanish counterpart, Pablo Ortega-Ruiz.",
       {"Ana Costa-Reis met_with Pablo Ortega-Ruiz"},
       {}},
      {"Chief of Defence Marco Rossi-Bianchi received on Friday the commander of the Cyber Command, General "
       "Anna Berg-Lund.",
       {"Marco Rossi-Bianchi met_with Anna Berg-Lund"},
       {}},
      {"Kari Holm-Aasen, the head of NSM's energy unit, arrived on Sunday. On Monday, Holm-Aasen met Bergen City "
       "Council's co-leader, Ingrid Lie-Moen, at the town hall.",
       {"Ingrid Lie-Moen leads Bergen City Council", "Kari Holm-Aasen met_with Ingrid Lie-Moen"},
       {}},
  });
}

// "A appointed X as head of its information security committee": the head of a part of the
// body no name gives serves the body, dated by the appointment; "as its new head" still leads it.
TEST_CASE("s34-r4: head of a body's unnamed part after its", "[relate][s34-r4]") {
  check_relation_rows({
      {"Europol said on Friday that it had appointed Anna Berg-Lund as head of its cybercrime centre in May.",
       {"Anna Berg-Lund affiliated_with Europol 2025-05"},
       {"Anna Berg-Lund leads Europol"}},
      {"Kazakhstan's Ministry of Digital Development named Askar Nurlanov-Bek director of its information "
       "security department on 2 June.",
       {"Askar Nurlanov-Bek affiliated_with Ministry of Digital Development 2025-06-02"},
       {"Askar Nurlanov-Bek leads Ministry of Digital Development"}},
      {"Europol appointed Anna Berg-Lund as its new head in May.",
       {"Anna Berg-Lund leads Europol 2025-05"},
       {}},
  });
}

// "X assumed the directorship of Y", "X took the reins at Y", "X took charge at Y": more
// wordings of taking a body's lead, dated by the taking.
TEST_CASE("s34-r4: taking the directorship or the reins of a body", "[relate][s34-r4]") {
  check_relation_rows({
      {"Colonel Inga Berzina-Kalna assumed the directorship of CERT.LV on 3 June.",
       {"Inga Berzina-Kalna leads CERT.LV 2025-06-03"},
       {}},
      {"Dr Tomas Varga-Nemeth took the reins at the European Cybersecurity Competence Centre in May.",
       {"Tomas Varga-Nemeth leads European Cybersecurity Competence Centre 2025-05"},
       {}},
      {"Colonel Inga Berzina-Kalna took charge at the Cyber Defence Command on 3 June.",
       {"Inga Berzina-Kalna leads Cyber Defence Command 2025-06-03"},
       {}},
  });
}
