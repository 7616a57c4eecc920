// Anaphora and definite descriptions in wordings written for session 33 (helper a3):
// "the Union" is the body the noun heads (the European Union), not a body whose
// name only has the noun as a modifier (its cybersecurity agency); "It took place in X",
// "It was signed by A and B" open a sentence about the occasion or agreement named before;
// "the company" is the body an apposition ("X, a Dutch security company,") or a legal form calls one.
// Texts are the test's own, read as published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("'the Union' is the European Union, not an agency named after it", "[recognise][anaphora][s33-a3]") {
  check_relation_rows({
      {"The European Union and Japan agreed on Tuesday to widen their cyber cooperation. The European Union Agency "
       "for Cybersecurity (ENISA) will run a course in Athens. The Union and Japan have cooperated on capacity "
       "building since 2018.",
       {"Japan cooperates_with European Union 2018"},
       {"Japan cooperates_with European Union Agency for Cybersecurity"}},
      // lower case, with the agency named last
      {"The European Union signed a partnership with Norway in 2023. The European Union Agency for Cybersecurity "
       "opened an office in Brussels. Officials said the union and Japan have cooperated on cyber training since "
       "2019.",
       {"Japan cooperates_with European Union 2019"},
       {"Japan cooperates_with European Union Agency for Cybersecurity"}},
  });
}

TEST_CASE("'the agency' is still the body the noun heads", "[recognise][anaphora][s33-a3]") {
  check_relation_rows({
      {"The European Union Agency for Cybersecurity opened a training centre in Athens. The agency has worked "
       "with Japan since 2020.",
       {"European Union Agency for Cybersecurity cooperates_with Japan 2020"},
       {"European Union cooperates_with Japan"}},
  });
}

TEST_CASE("a sentence opening with 'It' and an occasion's verb speaks of the occasion named before",
          "[relate][anaphora][s33-a3]") {
  check_relation_rows({
      {"The Finnish Defence Forces organised the Arctic Lynx exercise this week. It took place in Riihimäki "
       "from Monday to Thursday.",
       {"Arctic Lynx located_in Riihimäki"},
       {"Finnish Defence Forces located_in Riihimäki"}},
      {"Hungary's National Cyber Security Centre organises the Danube Shield exercise every autumn. It has been "
       "held in Budapest since 2023.",
       {"Danube Shield located_in Budapest"},
       {"National Cyber Security Centre located_in Budapest"}},
      // an active verb of the body, not of the occasion: "it" stays the body
      {"Latvia hosted the Baltic Bastion exercise in May. It has been a member of NATO since 2004.",
       {"Latvia member_of North Atlantic Treaty Organization 2004"},
       {"Baltic Bastion member_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("a sentence opening with 'It was signed by' speaks of the agreement named before", "[relate][anaphora][s33-a3]") {
  check_relation_rows({
      {"Kenya and Rwanda concluded the Kagera Memorandum on Cyber Security Cooperation in Kigali on Thursday. It was "
       "signed by Kenya's Communications Authority and Rwanda's National Cyber Security Authority.",
       {"Kenya's Communications Authority party_to Kagera Memorandum on Cyber Security Cooperation",
        "Rwanda's National Cyber Security Authority party_to Kagera Memorandum on Cyber Security Cooperation"},
       {}},
  });
}

TEST_CASE("'the company' is the body an apposition or its legal form calls a company", "[recognise][anaphora][s33-a3]") {
  check_relation_rows({
      {"The German armed forces' Cyber and Information Domain Service has awarded a contract for a cyber range to "
       "Northwave, a Dutch security company. The company, based in Utrecht, will build the range in Bonn. Its chief "
       "executive, Marieke van Dam, said the firm would hire 40 engineers.",
       {"Northwave located_in Utrecht", "Marieke van Dam leads Northwave"},
       {"Cyber and Information Domain Service located_in Utrecht", "Marieke van Dam leads Cyber and Information Domain Service"}},
      // a legal form ("Oyj") makes the body a company
      {"Revontuli Security Oyj said on Wednesday it had opened an office in Tallinn. Ville Koskimies, the company's "
       "former chief technology officer, will lead the office.",
       {"Ville Koskimies affiliated_with Revontuli Security Oyj"}, {}},
      // a possessive in the apposition qualifies a later noun: "the bureau's first unit" calls X no bureau
      {"The Government Communications Security Bureau is based in Wellington. In 2005 she set up the Centre for "
       "Critical Infrastructure Protection, the bureau's first cyber unit, in Thorndon.",
       {"Centre for Critical Infrastructure Protection part_of Government Communications Security Bureau 2005"}, {}},
  });
}

TEST_CASE("'Its' after a nation opening the sentence is the nation, not a body of its relative clause",
          "[relate][anaphora][s33-a3]") {
  check_relation_rows({
      {"Timor-Leste, which joined ASEAN last year, took part in the exercise for the first time. Its team was led "
       "by Joana Soares.",
       {"Joana Soares affiliated_with Timor-Leste"},
       {"Joana Soares affiliated_with Association of Southeast Asian Nations"}},
      {"Finland, which joined NATO in 2023, sent a team to the Locked Shields exercise. Its delegation was headed by "
       "Colonel Mikko Virtanen.",
       {"Mikko Virtanen affiliated_with Finland"},
       {"Mikko Virtanen affiliated_with North Atlantic Treaty Organization",
        "North Atlantic Treaty Organization participates_in Locked Shields"}},
      // a body the nation's sentence names after the clause is still the one "its" stands for
      {"Estonia, which hosts the NATO Cooperative Cyber Defence Centre of Excellence, set up the Cyber Command in "
       "2018. Its commander is Colonel Mihkel Tamm.",
       {"Mihkel Tamm leads Estonia's Cyber Command"},
       {"Mihkel Tamm leads NATO Cooperative Cyber Defence Centre of Excellence"}},
  });
}
