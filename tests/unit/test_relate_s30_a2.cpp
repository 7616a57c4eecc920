// Relations, session 30 (a2): affiliations in wordings of unseen text
// (role nouns, unit heads, fronted asides). Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30-a2: the head of a unit of a body is affiliated with the body", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Petra Lindqvist, branch chief at Allied Command Operations, briefed reporters.",
       {"Petra Lindqvist affiliated_with Allied Command Operations"},
       {"Petra Lindqvist leads Allied Command Operations"}},
      {"Olaf Brenner, section head at the European Defence Agency, declined to comment.",
       {"Olaf Brenner affiliated_with European Defence Agency"},
       {"Olaf Brenner leads European Defence Agency"}},
      {"Nadia Ferreira, team lead at Microsoft, said the attack was contained.",
       {"Nadia Ferreira affiliated_with Microsoft"},
       {"Nadia Ferreira leads Microsoft"}},
      {"Tomas Varga, communications director of the European Defence Agency, said the talks went well.",
       {"Tomas Varga affiliated_with European Defence Agency"},
       {"Tomas Varga leads European Defence Agency"}},
      // the head of the body still leads it
      {"Tomas Varga, director of the European Defence Agency, said the talks went well.",
       {"Tomas Varga leads European Defence Agency"},
       {}},
  });
}

TEST_CASE("s30-a2: more role nouns of staff, ranks and volunteers name the body", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Greta Solberg, programme manager at the European Defence Agency, said funding was secured.",
       {"Greta Solberg affiliated_with European Defence Agency"},
       {}},
      {"Greta Solberg, press officer at the European Commission, confirmed the date.",
       {"Greta Solberg affiliated_with European Commission"},
       {}},
      {"Greta Solberg, an intern at Microsoft, found the flaw.",
       {"Greta Solberg affiliated_with Microsoft"},
       {}},
      {"Greta Solberg, a volunteer with the Estonian Defence League, organised the event.",
       {"Greta Solberg affiliated_with Estonian Defence League"},
       {}},
      {"Greta Solberg, a reservist in the Estonian Defence League, took part.",
       {"Greta Solberg affiliated_with Estonian Defence League"},
       {}},
      {"Aldo Ruuven, a sergeant in the Estonian Defence Forces, was injured.",
       {"Aldo Ruuven affiliated_with Estonian Defence Forces"},
       {}},
      {"Greta Solberg, counsellor at the Embassy of Estonia in Washington, attended.",
       {"Greta Solberg affiliated_with Embassy of Estonia"},
       {}},
  });
}

TEST_CASE("s30-a2: a clause opened on behalf of a body names the speaker's body", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Speaking on behalf of the European Defence Agency, Triin Laan said the budget was approved.",
       {"Triin Laan affiliated_with European Defence Agency"},
       {}},
      {"On behalf of Microsoft, Triin Laan signed the agreement.",
       {"Triin Laan affiliated_with Microsoft"},
       {}},
      {"Representing the European Commission, Triin Laan welcomed the delegates.",
       {"Triin Laan affiliated_with European Commission"},
       {}},
      // not at the clause's start: the body is the deal's party, not the speaker's
      {"The deal was signed on behalf of Microsoft, Triin Laan said.",
       {},
       {"Triin Laan affiliated_with Microsoft"}},
  });
}

TEST_CASE("s30-a2: a lawmaker from a party is affiliated with it", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Greta Solberg, a lawmaker from the Social Democratic Party, described the plan.",
       {"Greta Solberg affiliated_with Social Democratic Party"},
       {}},
      {"Greta Solberg, a councillor for the Green Party, described the plan.",
       {"Greta Solberg affiliated_with Green Party"},
       {}},
      {"Greta Solberg, an opposition legislator with the Centre Party, described the plan.",
       {"Greta Solberg affiliated_with Centre Party"},
       {}},
  });
}

TEST_CASE("s30-a2: who has worked at, has been with or advises a body", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Mart Kivi, who has worked at Microsoft since 2015, described the malware.",
       {"Mart Kivi affiliated_with Microsoft"},
       {}},
      {"Mart Kivi, who has been with the European Defence Agency for a decade, described the plan.",
       {"Mart Kivi affiliated_with European Defence Agency"},
       {}},
      {"Mart Kivi, who advises the European Defence Agency, described the plan.",
       {"Mart Kivi affiliated_with European Defence Agency"},
       {}},
  });
}

TEST_CASE("s30-a2: people listed, both or all of a body", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Mart Kivi and Triin Laan, both of the European Defence Agency, presented the findings.",
       {"Mart Kivi affiliated_with European Defence Agency", "Triin Laan affiliated_with European Defence Agency"},
       {}},
      {"Mart Kivi and Triin Laan, both senior researchers at Microsoft, presented the findings.",
       {"Mart Kivi affiliated_with Microsoft", "Triin Laan affiliated_with Microsoft"},
       {}},
      {"Mart Kivi, Triin Laan and Greta Solberg, all from the European Defence Agency, presented the findings.",
       {"Mart Kivi affiliated_with European Defence Agency", "Greta Solberg affiliated_with European Defence Agency"},
       {}},
      // a singular apposition is still the last person's
      {"Mart Kivi and Triin Laan, a researcher at Microsoft, presented the findings.",
       {"Triin Laan affiliated_with Microsoft"},
       {"Mart Kivi affiliated_with Microsoft"}},
  });
}

TEST_CASE("s30-a2: a person of a body who moderates, presents or briefs", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Dr. Oyelaran Adebayo from the University of Lagos moderated the panel.",
       {"Oyelaran Adebayo affiliated_with University of Lagos"},
       {}},
      {"Mart Kivi of Microsoft presented the findings.",
       {"Mart Kivi affiliated_with Microsoft"},
       {}},
      {"Mart Kivi of the European Defence Agency briefed the committee.",
       {"Mart Kivi affiliated_with European Defence Agency"},
       {}},
      {"Mrs Nkechi Obi, a staff of the Nigerian Communications Commission, was present.",
       {"Nkechi Obi affiliated_with Nigerian Communications Commission"},
       {}},
  });
}

TEST_CASE("s30-a2: in charge of a field at a body, working in a unit of it", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Mart Kivi, who is in charge of cyber security at Cybernetica, declined to comment.",
       {"Mart Kivi affiliated_with Cybernetica"},
       {"Mart Kivi leads Cybernetica"}},
      {"Mart Kivi, responsible for exercises at the European Defence Agency, described the plan.",
       {"Mart Kivi affiliated_with European Defence Agency"},
       {}},
      {"Mart Kivi, who works in the cyber unit of the European Defence Agency, described the plan.",
       {"Mart Kivi affiliated_with European Defence Agency"},
       {}},
      // a field with a partner is no post at the partner
      {"Mart Kivi is responsible for relations with NATO.",
       {},
       {"Mart Kivi affiliated_with North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("s30-a2: a capitalised staff title before at a body is no person", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Ingrid Vos, Senior Specialist at National Cyber Security Centre Finland, wrote the post.",
       {"Ingrid Vos affiliated_with National Cyber Security Centre Finland"},
       {}},
      {"Mart Kivi, Visiting Fellow at the Royal United Services Institute, said so.",
       {"Mart Kivi affiliated_with Royal United Services Institute"},
       {}},
      {"Olev Raju, Parliamentary Under-Secretary at the Ministry of Defence of the United Kingdom, said the programme was on track.",
       {"Olev Raju affiliated_with Ministry of Defence of the United Kingdom"},
       {"Olev Raju leads Ministry of Defence of the United Kingdom"}},
  });
}

TEST_CASE("s30-a2: a name before a nation's two-word title is a person of that nation", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Georg Ilves, Latvia's defence attaché in Tallinn, attended the ceremony.",
       {"Georg Ilves affiliated_with Latvia"},
       {}},
      {"Georg Ilves, Latvia's permanent representative to NATO, attended the ceremony.",
       {"Georg Ilves affiliated_with Latvia"},
       {"Georg Ilves affiliated_with North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("s30-a2: who attends, speaks or signs on behalf of a body", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Amara Nwosu attended on behalf of the Central Bank of Nigeria.",
       {"Amara Nwosu affiliated_with Central Bank of Nigeria"},
       {}},
      {"Mart Kivi spoke at the opening on behalf of the European Defence Agency.",
       {"Mart Kivi affiliated_with European Defence Agency"},
       {}},
      {"Mart Kivi signed the agreement on behalf of Microsoft.",
       {"Mart Kivi affiliated_with Microsoft"},
       {}},
      // thanks on someone's behalf are no post
      {"Mart Kivi thanked Triin Laan on behalf of Microsoft.",
       {},
       {"Mart Kivi affiliated_with Microsoft", "Triin Laan affiliated_with Microsoft"}},
  });
}

TEST_CASE("s30-a2: secretaries of a rank and board seats are affiliations", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"The minister was accompanied by Chidi Okonkwo, permanent secretary of the Ministry of Communications.",
       {"Chidi Okonkwo affiliated_with Ministry of Communications"},
       {}},
      {"Mart Kivi, first secretary at the Embassy of Estonia in Washington, attended.",
       {"Mart Kivi affiliated_with Embassy of Estonia"},
       {}},
      {"Amara Nwosu, a non-executive director at Microsoft, said the results were good.",
       {"Amara Nwosu affiliated_with Microsoft"},
       {"Amara Nwosu leads Microsoft"}},
      {"Amara Nwosu, executive director of Microsoft, said the results were good.",
       {"Amara Nwosu leads Microsoft"},
       {}},
  });
}

TEST_CASE("s30-a2: a body's name and a staff noun before a name", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"The Council of Europe trainer, Chidi Okonkwo, said participants learned a lot.",
       {"Chidi Okonkwo affiliated_with Council of Europe"},
       {}},
      {"Microsoft volunteer Mart Kivi said participants learned a lot.",
       {"Mart Kivi affiliated_with Microsoft"},
       {}},
      {"Reform Party lawmaker Mart Kivi said the plan was flawed.",
       {"Mart Kivi affiliated_with Reform Party"},
       {}},
      {"University of Tartu professor Mart Kivi said the plan was flawed.",
       {"Mart Kivi affiliated_with University of Tartu"},
       {}},
  });
}

TEST_CASE("s30-a2: a body's name and a rank-and-file noun before a name", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Estonian Navy officer Mart Kivi said the plan was flawed.",
       {"Mart Kivi affiliated_with Estonian Navy"},
       {}},
      {"Microsoft employee Mart Kivi said the plan was flawed.",
       {"Mart Kivi affiliated_with Microsoft"},
       {}},
      {"Cybernetica board member Mart Kivi said the plan was flawed.",
       {"Mart Kivi affiliated_with Cybernetica"},
       {"Mart Kivi leads Cybernetica"}},
  });
}

TEST_CASE("s30-a2: a member of a body's board", "[relate][affiliated_with][s30-a2]") {
  check_relation_rows({
      {"Mart Kivi, a member of the board of Cybernetica, said the grid held.",
       {"Mart Kivi affiliated_with Cybernetica"},
       {"Mart Kivi leads Cybernetica"}},
      {"Mart Kivi, a member of the supervisory board of Cybernetica, said so.",
       {"Mart Kivi affiliated_with Cybernetica"},
       {}},
      {"Mart Kivi, member of the management board of Cybernetica, said so.",
       {"Mart Kivi affiliated_with Cybernetica"},
       {}},
  });
}
