// Signings and memberships in ordinary news wording, written for session 33 (helper a4):
// signatories listed with their offices make each office a party; "signed for A by X and
// for B by Y" gives all four; an aside between "signed" and the agreement; a membership
// whose organisation the sentence leaves out is the story's latest; founders are members.
// Texts are the test's own, read as published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("signatories listed with their offices sign for each office", "[relate][s33-a4]") {
  check_relation_rows({
      {"The Gulf Memorandum was signed by Kaarel Tamm, director of the Information System Authority, and Mikko "
       "Laine, head of Traficom.",
       {"Information System Authority party_to Gulf Memorandum",
        "Finnish Transport and Communications Agency party_to Gulf Memorandum"},
       {}},
      // people who lead nothing are no parties
      {"The Gulf Memorandum was signed by Kaarel Tamm and Mikko Laine on Tuesday.", {},
       {"Kaarel Tamm party_to Gulf Memorandum", "Mikko Laine party_to Gulf Memorandum"}},
  });
}

TEST_CASE("'signed for A by X and for B by Y' makes the four parties", "[relate][s33-a4]") {
  check_relation_rows({
      {"The Gulf Memorandum was signed for Finland by Traficom and for Estonia by the Information System Authority.",
       {"Finland party_to Gulf Memorandum", "Estonia party_to Gulf Memorandum",
        "Finnish Transport and Communications Agency party_to Gulf Memorandum",
        "Information System Authority party_to Gulf Memorandum"},
       {}},
      {"The Gulf Memorandum was agreed in May. Anna Berg signed it for Finland, and Kaarel Tamm signed for Estonia.",
       {"Finland party_to Gulf Memorandum", "Estonia party_to Gulf Memorandum"}, {}},
      // "signed by" someone "for" a nation is the signatory's title, not the nation's signature
      {"The Gulf Memorandum was signed by Ambassador for Cyber Affairs Anna Berg and Finland's Kaarel Tamm.", {},
       {"Estonia party_to Gulf Memorandum"}},
  });
}

TEST_CASE("an aside between 'signed' and the agreement", "[relate][s33-a4]") {
  check_relation_rows({
      {"The Government of Finland signed, on 5 June 2025 in Helsinki, the Baltic Memorandum on Cyber Security.",
       {"Government of Finland party_to Baltic Memorandum on Cyber Security 2025-06-05"}, {}},
      {"She signed, on the agency's behalf, the Baltic Letter of Intent on Skills with CERT.LV.",
       {"CERT.LV party_to Baltic Letter of Intent on Skills"}, {}},
      {"Anna Berg signed, on Traficom's behalf, the Baltic Letter of Intent on Skills.",
       {"Finnish Transport and Communications Agency party_to Baltic Letter of Intent on Skills"}, {}},
  });
}

TEST_CASE("a membership whose organisation is left out is the story's latest", "[relate][s33-a4]") {
  check_relation_rows({
      {"Finland joined NATO in April 2023. Sweden joined in March 2024.",
       {"Sweden member_of North Atlantic Treaty Organization 2024-03"}, {}},
      {"Finland joined NATO in April 2023. Sweden followed a year later.",
       {"Sweden member_of North Atlantic Treaty Organization"}, {}},
      {"Nigeria has been a member of the Counter Ransomware Initiative since 2023. Ghana joined last year, while "
       "Kenya has been a member since 2024.",
       {"Ghana member_of Counter Ransomware Initiative 2024", "Kenya member_of Counter Ransomware Initiative 2024"},
       {}},
      // joining an exercise is no membership
      {"Finland joined NATO in April 2023. Estonia hosted Locked Shields in April 2024, and Latvia joined in 2024.",
       {}, {"Latvia member_of North Atlantic Treaty Organization"}},
      // a sentence naming another body speaks of it
      {"Finland joined NATO in April 2023. Sweden joined the European Union in 1995.", {},
       {"Sweden member_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("founders of an organisation are its members", "[relate][s33-a4]") {
  check_relation_rows({
      {"They are members of the Community of Portuguese Language Countries (CPLP), which Portugal and Brazil helped "
       "found in 1996.",
       {"Portugal member_of Community of Portuguese Language Countries 1996",
        "Brazil member_of Community of Portuguese Language Countries 1996"},
       {}},
      {"Slovenia, France and Montenegro founded the Western Balkans Cyber Capacity Centre in 2022.",
       {"Slovenia member_of Western Balkans Cyber Capacity Centre 2022",
        "France member_of Western Balkans Cyber Capacity Centre 2022"},
       {}},
      {"The Western Balkans Cyber Capacity Centre was founded in 2022 by Slovenia, France and Montenegro.",
       {"Montenegro member_of Western Balkans Cyber Capacity Centre 2022"}, {}},
  });
}

TEST_CASE("'she' in a later clause of the sentence is its subject", "[relate][s33-a4]") {
  check_relation_rows({
      {"On Monday, Claudia Plattner met Margus Tsahkna and visited the NATO Cooperative Cyber Defence Centre of "
       "Excellence, where she was received by its director, Colonel Mart Noorma.",
       {"Claudia Plattner met_with Margus Tsahkna", "Claudia Plattner met_with Mart Noorma"},
       {"Margus Tsahkna met_with Mart Noorma"}},
  });
}

TEST_CASE("a demonym before a name is no one met, a planned meeting is none", "[relate][s33-a4]") {
  check_relation_rows({
      {"The head of the National Cyber Security Centre, Richard Horne, met Dutch NCSC director Matt Poelmans in The "
       "Hague on Monday.",
       {"Matt Poelmans met_with Richard Horne"}, {"Netherlands met_with Richard Horne"}},
      {"NATO Secretary General Mark Rutte met Lithuanian President Gitanas Nauseda on Thursday. A meeting between "
       "Mark Rutte and Latvian Prime Minister Evika Silina is planned for Friday.",
       {"Gitanas Nauseda met_with Mark Rutte"}, {"Evika Silina met_with Mark Rutte"}},
      {"Talks between Mark Rutte and Evika Silina will take place in Riga next week.", {},
       {"Evika Silina met_with Mark Rutte"}},
      // one that took place stays
      {"A meeting between Mark Rutte and Evika Silina took place in Riga on Friday.",
       {"Evika Silina met_with Mark Rutte"}, {}},
  });
}

TEST_CASE("talks with their place or time before 'between' or 'with'", "[relate][s33-a4]") {
  check_relation_rows({
      {"The text was settled in May at talks in Nairobi between the Information System Authority and Traficom.",
       {"Finnish Transport and Communications Agency met_with Information System Authority 2025-05"}, {}},
      {"At a meeting in Tallinn on Monday between Hanno Pevkur and Antti Hakkanen, the two agreed to share data.",
       {"Antti Hakkanen met_with Hanno Pevkur 2025-06-16"}, {}},
      {"Hanno Pevkur raised the issue during talks in Helsinki with Antti Hakkanen on Monday.",
       {"Antti Hakkanen met_with Hanno Pevkur 2025-06-16"}, {}},
      {"A meeting in Riga next week between Hanno Pevkur and Antti Hakkanen is planned.", {},
       {"Antti Hakkanen met_with Hanno Pevkur"}},
  });
}

TEST_CASE("'signed on Monday by the ministers of A and B'", "[relate][s33-a4]") {
  check_relation_rows({
      {"The Baltic Cyber Memorandum was signed on Monday by the defence ministers of Estonia and Finland.",
       {"Estonia party_to Baltic Cyber Memorandum 2025-06-16", "Finland party_to Baltic Cyber Memorandum 2025-06-16"},
       {}},
  });
}

TEST_CASE("a title written short or in brackets is the one agreement", "[recognise][s33-a4]") {
  auto agreements = [](const std::string& text) {
    std::vector<std::string> out;
    for (const auto& e : analyse(text).entities)
      if (e.type == NodeType::Agreement) out.push_back(e.label);
    return out;
  };
  auto one = agreements(
      "The Akagera Memorandum on Incident Response was signed on Monday. The Akagera Memorandum runs until 2029.");
  CHECK(one == std::vector<std::string>{"Akagera Memorandum on Incident Response"});
  auto bracketed = agreements(
      "Finland signed the Memorandum of Understanding on Cyber Security Cooperation between Finland and Estonia (the "
      "Gulf Memorandum) on Monday.");
  CHECK(bracketed == std::vector<std::string>{"Gulf Memorandum"});
  // two full titles opening alike leave the short one alone
  auto two = agreements(
      "The Tartu Memorandum on Skills and the Tartu Memorandum on Ranges were signed. The Tartu Memorandum is short.");
  CHECK(two.size() == 3);
  // a short title opening with its head noun names no one agreement
  auto generic = agreements("The Memorandum of Understanding on Ranges was signed. A Memorandum of Understanding "
                            "is not binding.");
  CHECK(generic.size() != 1);
}

TEST_CASE("'the X between A and B' names its parties", "[relate][s33-a4]") {
  check_relation_rows({
      {"The Manila Memorandum on Capacity Building between Japan's National Center of Incident Readiness and "
       "Strategy for Cybersecurity and the Philippines' Department of Information and Communications Technology runs "
       "until 2029.",
       {"National Center of Incident Readiness and Strategy for Cybersecurity party_to Manila Memorandum on Capacity "
        "Building undated",
        "Department of Information and Communications Technology party_to Manila Memorandum on Capacity Building "
        "undated"},
       {}},
      // the signing dates the parties' cooperation, not the undated naming
      {"The Government of Finland signed the Memorandum of Understanding on Cyber Security Cooperation between "
       "Finland and Estonia (the Gulf Memorandum) on Monday.",
       {"Finland party_to Gulf Memorandum", "Estonia party_to Gulf Memorandum",
        "Government of Finland party_to Gulf Memorandum 2025-06-16"},
       {"Finland cooperates_with Government of Finland"}},
  });
}

TEST_CASE("a companion phrase after the organisation is no noun it qualifies", "[relate][s33-a4]") {
  check_relation_rows({
      {"Officials met on Friday. Japan is a member of the Quad along with India and Australia.",
       {"Japan member_of Quadrilateral Security Dialogue", "India member_of Quadrilateral Security Dialogue",
        "Australia member_of Quadrilateral Security Dialogue"},
       {}},
      {"Officials met on Friday. Japan is a member of NATO together with India.",
       {"Japan member_of North Atlantic Treaty Organization"}, {}},
  });
}

TEST_CASE("an explainer's memberships with the organisation left out", "[relate][s33-a4]") {
  check_relation_rows({
      {"The Counter Ransomware Initiative was launched by the United States in 2021. It now has 68 members. Who "
       "joined this year? Vietnam and Kenya became members in May. Ghana joined in 2024, and Nigeria has been a "
       "member since 2023. The European Union and INTERPOL are members in their own right.",
       {"Vietnam member_of Counter Ransomware Initiative 2025-05", "Kenya member_of Counter Ransomware Initiative",
        "Ghana member_of Counter Ransomware Initiative 2024", "Nigeria member_of Counter Ransomware Initiative 2023",
        "European Union member_of Counter Ransomware Initiative undated"},
       {"United States member_of Counter Ransomware Initiative"}},
      // two bodies named just before: no guess
      {"The NCSC and CERT-EE held a workshop. Latvia and Lithuania became members in May.", {},
       {"Latvia member_of CERT-EE", "Latvia member_of National Cyber Security Centre"}},
  });
}

TEST_CASE("an omitted organisation in a sentence that gave a membership in it", "[relate][s33-a4]") {
  check_relation_rows({
      {"Officials met on Friday. Sweden became NATO's 32nd member in March 2024, after Finland joined in April 2023.",
       {"Finland member_of North Atlantic Treaty Organization 2023-04",
        "Sweden member_of North Atlantic Treaty Organization 2024-03"},
       {}},
      // one reading of "followed" only, the dated one
      {"Officials met on Friday. Finland joined NATO in 2023, and Sweden followed a year later.",
       {"Sweden member_of North Atlantic Treaty Organization 2024"},
       {"Sweden member_of North Atlantic Treaty Organization undated"}},
      // a body that is no one's membership here is not joined
      {"Officials met on Friday. The NCSC said Latvia joined in 2024.", {},
       {"Latvia member_of National Cyber Security Centre"}},
  });
}

TEST_CASE("'On behalf of A, X was signed by ...'", "[relate][s33-a4]") {
  check_relation_rows({
      {"Officials met on Friday. On behalf of Estonia, the Gulf Memorandum was signed by Ambassador Tanel Sepp.",
       {"Estonia party_to Gulf Memorandum"}, {}},
      {"The Gulf Memorandum was agreed in May. For Finland, the memorandum was signed by Mikko Laine.",
       {"Finland party_to Gulf Memorandum"}, {}},
  });
}
