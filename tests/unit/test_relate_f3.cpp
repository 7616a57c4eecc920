// Session 26 (helper f3) recall of relations: news wordings the earlier rules
// missed. Sentences written for these tests, as rows of paraphrase_rows.hpp:
// the text, the facts it must give, those it must not.
#include <algorithm>

#include "article_graph.hpp"
#include "document/document.hpp"
#include "outlet_checks.hpp"
#include "paraphrase_rows.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("appointed to a capitalised title of a body, without 'as'", "[relate][leads][f3]") {
  check_relation_rows({
      {"Nina Kos has been appointed Director of the Andean Signals Agency (ASA), the agency said.",
       {"Nina Kos leads Andean Signals Agency"}, {}},
      {"Brigadier Pablo Ruiz was named Commander of the Andean Cyber Command in March.",
       {"Pablo Ruiz leads Andean Cyber Command"}, {}},
      // a deputy's title serves the body, it does not lead it
      {"Nina Kos was appointed Vice-President of the Andean Signals Agency on 3 May.",
       {"Nina Kos affiliated_with Andean Signals Agency"}, {"Nina Kos leads Andean Signals Agency"}},
      // not appointed: nothing
      {"Nina Kos has not been appointed Director of the Andean Signals Agency.", {},
       {"Nina Kos leads Andean Signals Agency"}},
  });
}

TEST_CASE("a wire's credit line: its writers and editors work for the wire its dateline names", "[outlets][f3]") {
  auto doc = [](const std::string& text) {
    return extract_document(read_document_bytes(text, "doc", DocumentFormat::Text), *default_lexicon());
  };
  auto r = doc("Peru opens a cyber range\n\nLIMA, May 4 (Andes Courier Wire) - Peru opened a cyber range on "
               "Monday.\n\n(Reporting by Nina Kos; Editing by Pablo Ruiz)\n");
  CHECK(writes_for(r, "Nina Kos", "Andes Courier Wire"));
  CHECK(writes_for(r, "Pablo Ruiz", "Andes Courier Wire"));
  // a one-word acronym in the dateline's brackets names the wire, as written
  r = doc("Peru opens a cyber range\n\nLIMA, May 4, 2026 (ACW) -- Peru opened a cyber range on Monday.\n\n"
          "(Reporting by Nina Kos in Lima; additional reporting by Ana Vela; editing by Pablo Ruiz)\n");
  CHECK(writes_for(r, "Nina Kos", "ACW"));
  CHECK(writes_for(r, "Ana Vela", "ACW"));
  CHECK(writes_for(r, "Pablo Ruiz", "ACW"));
  // brackets that no dash follows name no wire
  r = doc("Peru opens a cyber range\n\nLIMA, May 4 - Peru, with Chile (the host), opened a range.\n\n"
          "(Reporting by Nina Kos)\n");
  for (const auto& e : r.edges) CHECK(e.type != EdgeType::affiliated_with);
  // the dateline's initials are those of the wire the text names; no second node for them
  r = doc("Lima Harbour Wire (LHW)\n\nLIMA, May 4 (LHW) -- Peru opened a cyber range on Monday, the Lima Harbour "
          "Wire learned.\n\n(Reporting by Nina Kos)\n");
  CHECK(writes_for(r, "Nina Kos", "Lima Harbour Wire"));
  r = doc("Lima Harbour Wire (LHW)\n\nLIMA, May 4 (LHW) -- Peru opened a cyber range on Monday.\n");
  for (const auto& e : r.entities) CHECK(e.label != "LHW");
}

TEST_CASE("an apposition that calls a name with a place's head word an exercise", "[recognise][exercise][f3]") {
  check_relation_rows({
      {"The staff met at Lomai Sea, a two-day tabletop exercise hosted by Fiji last November. Teams from Tonga "
       "took part.",
       {"Fiji organises Lomai Sea", "Tonga participates_in Lomai Sea"}, {}},
      // an apposition with no exercise noun leaves the place a place
      {"Navies from Tonga sailed into the Lomai Sea, a busy shipping lane, in May.", {},
       {"Tonga participates_in Lomai Sea"}},
  });
}

TEST_CASE("the team of a compound demonym stands for its nations", "[relate][participates_in][f3]") {
  check_relation_rows({
      {"In May, a joint Peruvian-Chilean team took part in Andean Shield, the regional cyber exercise.",
       {"Peru participates_in Andean Shield", "Chile participates_in Andean Shield"}, {}},
      {"Peruvian-Chilean teams competed in Andean Shield 2026.",
       {"Peru participates_in Andean Shield", "Chile participates_in Andean Shield"}, {}},
      // not a team: the compound names talks, which take part in nothing
      {"The Peruvian-Chilean talks on Andean Shield ended in Lima.", {}, {"Peru participates_in Andean Shield"}},
  });
}

TEST_CASE("who leads a body's contingent serves the body, not leads it", "[relate][leads][f3]") {
  check_relation_rows({
      {"The Andean Signals Agency contingent this week numbered 19 and was led by Colonel Pablo Ruiz.",
       {"Pablo Ruiz affiliated_with Andean Signals Agency"}, {"Pablo Ruiz leads Andean Signals Agency"}},
      // the body itself led by someone
      {"The Andean Signals Agency, which was led by Colonel Pablo Ruiz, sent observers.",
       {"Pablo Ruiz leads Andean Signals Agency"}, {}},
  });
}

TEST_CASE("membership told in an aside with 'both' or 'also'", "[relate][member_of][f3]") {
  check_relation_rows({
      {"The visit was arranged through the Andean Union (ANU), of which both Peru and Chile are members.",
       {"Peru member_of Andean Union", "Chile member_of Andean Union"}, {}},
      {"The Andean Union (ANU) met in Lima. Bolivia, also an ANU member, sent observers.",
       {"Bolivia member_of Andean Union"}, {}},
      {"The Andean Union (ANU) met in Lima. Bolivia, also a member of the ANU, sent observers.",
       {"Bolivia member_of Andean Union"}, {}},
  });
}

TEST_CASE("national cyber bodies the lexicon knows", "[lexicon][f3]") {
  check_relation_rows({
      {"| Germany | Cyber and Information Domain Service (CIR) | remote |",
       {"Cyber and Information Domain Service part_of Germany"}, {}},
      {"Ukraine's SSSCIP took part in the Andean Shield exercise for the third year.",
       {"State Service of Special Communications and Information Protection participates_in Andean Shield"}, {}},
      {"Finland sent a team from the Finnish Defence Forces' C5 Agency to Andean Shield.",
       {"C5 Agency part_of Finnish Defence Forces", "Finnish Defence Forces part_of Finland"}, {}},
      {"Ana Kos was appointed Director of the National Cyber Security Centre Finland (NCSC-FI) in May.",
       {"Ana Kos leads National Cyber Security Centre Finland"}, {}},
  });
}

TEST_CASE("met or held talks with someone described before the name", "[relate][met_with][f3]") {
  check_relation_rows({
      {"Minister Nina Kos held talks there with the director general of the Andean Signals Agency, Pablo Ruiz, on "
       "a planned agreement.",
       {"Nina Kos met_with Pablo Ruiz"}, {}},
      {"Nina Kos met with the head of the Andean Cyber Office in Lima, Ambassador Pablo Ruiz, on Monday.",
       {"Nina Kos met_with Pablo Ruiz"}, {}},
      {"On Monday, Nina Kos met with Peru's ambassador to Chile, Pablo Ruiz, at the ministry.",
       {"Nina Kos met_with Pablo Ruiz"}, {}},
      // the name after the comma says what was said, it was not met
      {"Nina Kos met with the head of the Andean Cyber Office on Monday, Pablo Ruiz said.", {},
       {"Nina Kos met_with Pablo Ruiz"}},
  });
}

TEST_CASE("a generic body owned by a body named after its nation is that nation's", "[recognise][owner][f3]") {
  check_relation_rows({
      {"The U.S. side was led by Ana Vela, and Peru's by Colonel Nina Kos, who heads the Peru Armed Forces' Cyber "
       "Defense Command.",
       {"Nina Kos leads Peru Armed Forces' Cyber Defense Command"},
       {"Nina Kos leads United States' Cyber Defense Command"}},
  });
}

TEST_CASE("a place-based start-up is in that place", "[relate][located_in][f3]") {
  check_relation_rows({
      {"Nina Kos was hired as chief analyst by Lima-based start-up Quillca Security.",
       {"Quillca Security located_in Lima"}, {}},
  });
}

TEST_CASE("a rank word before a body's head word opens the body's name", "[recognise][titles][f3]") {
  check_relation_rows({
      {"Teams came from Peru's General Directorate of Network Defence (DGDR) and from Chile.",
       {"General Directorate of Network Defence part_of Peru"}, {}},
      {"Officials of Bolivia's General Department of Digital Security attended the talks.",
       {"Bolivia's General Department of Digital Security part_of Bolivia"}, {}},
      // a rank before a person's name is still a rank
      {"General Ana Kos, commander of the Andean Cyber Command, spoke.", {"Ana Kos leads Andean Cyber Command"}, {}},
  });
}

TEST_CASE("a portfolio that opens with a region is no body", "[recognise][titles][f3]") {
  check_relation_rows({
      {"On Monday, Peru's Minister for Pacific Cyber Partnerships, Nina Kos, met the Chilean envoy.",
       {"Nina Kos affiliated_with Peru"}, {"Nina Kos leads Pacific Cyber Partnerships"}},
      // a body named after the title is still that body
      {"Commander of U.S. Cyber Command Ana Vela spoke in Lima.", {"Ana Vela leads United States Cyber Command"}, {}},
  });
}

TEST_CASE("common given names the lexicon lacked", "[lexicon][people][f3]") {
  check_relation_rows({
      {"Also announced:\n\n- Giulia Ferrante joins the Andean Signals Agency as head of international relations.",
       {"Giulia Ferrante affiliated_with Andean Signals Agency"}, {}},
      {"Also announced:\n\n- Nuno Carvalhal joins the Andean Signals Agency as its legal adviser.",
       {"Nuno Carvalhal affiliated_with Andean Signals Agency"}, {}},
  });
}

TEST_CASE("'its team was led by X': X serves the body 'its' stands for", "[relate][affiliated_with][f3]") {
  check_relation_rows({
      {"The Andean Signals Agency played for the fourth year. Its team was led by Colonel Pablo Ruiz, who spoke.",
       {"Pablo Ruiz affiliated_with Andean Signals Agency"}, {"Pablo Ruiz leads Andean Signals Agency"}},
      // "their" after two leaders: each led their own
      {"The agency's director, Nina Kos, and ASA director Pablo Ruiz led their delegations in person.", {},
       {"Nina Kos affiliated_with ASA"}},
  });
}

TEST_CASE("a family name written first, later alone after a title, is the same person", "[recognise][people][f3]") {
  check_relation_rows({
      {"The talks were chaired by Ms Kwon Tae-min, head of the Andean Cyber Agency. Ms Kwon took office in 2025. "
       "During the week, Minister Kwon held a bilateral meeting with Pablo Ruiz.",
       {"Kwon Tae-min met_with Pablo Ruiz"}, {"Kwon met_with Pablo Ruiz"}},
  });
}

TEST_CASE("a known body written with its own nation's possessive is also named so", "[recognise][names][f3]") {
  auto r = extract_document(read_document_bytes("Talks in London\n\nPeru's agency and the United Kingdom's National "
                                                "Cyber Security Centre (NCSC) held talks in London on Monday.\n",
                                                "doc", DocumentFormat::Text),
                            *default_lexicon());
  bool named = false;
  for (const auto& e : r.entities)
    if (e.label == "National Cyber Security Centre")
      named = std::find(e.names.begin(), e.names.end(), "United Kingdom's National Cyber Security Centre") != e.names.end();
  CHECK(named);
}

TEST_CASE("two bodies that held their yearly dialogue met", "[relate][met_with][f3]") {
  check_relation_rows({
      {"The Andean Cyber Agency (ACA) and the Chilean Signals Agency (CSA) held their fifth annual bilateral cyber "
       "dialogue in Lima on Monday.",
       {"Andean Cyber Agency met_with Chilean Signals Agency"}, {}},
      {"Peru and Chile held their first cyber consultations in Lima.", {"Peru met_with Chile"}, {}},
  });
}

TEST_CASE("'its' after a possessor that opens no apposition is that possessor", "[relate][its][f3]") {
  check_relation_rows({
      {"She was received by the chief of the Peruvian Armed Forces and visited the Andean Cyber Command's "
       "headquarters, where she was briefed by its commander, Brigadier Nina Kos.",
       {"Nina Kos leads Andean Cyber Command"}, {"Nina Kos leads Peruvian Armed Forces"}},
  });
}

TEST_CASE("'the second forum' is another edition, no anaphor of the one named", "[recognise][anaphora][f3]") {
  check_relation_rows({
      {"The 4th Andean Cyber Forum was hosted by Peru in Lima on Monday. The second forum was held in Quito in 2025.",
       {"Peru organises Andean Cyber Forum", "Andean Cyber Forum located_in Lima"},
       {"Andean Cyber Expertise Network located_in Quito"}},
  });
}

TEST_CASE("'that centre' points back to the body named before", "[recognise][anaphora][f3]") {
  check_relation_rows({
      {"Teams took part in Andean Shield, the exercise organised by the NATO Cooperative Cyber Defence Centre of "
       "Excellence in Tallinn. Peru has been a member of that centre since 2023; Chile has not yet applied.",
       {"Peru member_of NATO Cooperative Cyber Defence Centre of Excellence 2023"},
       {"Chile member_of NATO Cooperative Cyber Defence Centre of Excellence"}},
      // "that" as a conjunction before "the" is no demonstrative
      {"Officials said that the centre in Tallinn would grow.", {}, {}},
  });
}

TEST_CASE("'..., and both are signatories of X': the two nations spoken of", "[relate][party_to][f3]") {
  check_relation_rows({
      {"Minister Nina Kos met Minister Pablo Ruiz in Lima. Peru and Chile have trained together before. Both "
       "countries joined the OAS and the United Nations long ago, and both are parties to "
       "the Lima Declaration on Regional Cyber Resilience.",
       {"Peru party_to Lima Declaration on Regional Cyber Resilience",
        "Chile party_to Lima Declaration on Regional Cyber Resilience"},
       {"Organization of American States party_to Lima Declaration on Regional Cyber Resilience",
        "United Nations party_to Lima Declaration on Regional Cyber Resilience"}},
  });
}

TEST_CASE("a table row's unit plays, not the body that owns it", "[relate][tables][f3]") {
  auto edges = edge_lines(article_graph("# Exercise review\n\n*By Ana Ruiz, 12 March 2026*\n\nAmber Wolf 2026 ran "
                                        "from 2 to 6 March in Tartu.\n\n| Nation | Team | Role |\n|---|---|---|\n"
                                        "| Peru | Andean Signals Agency's Cyber Unit | blue team |\n\nThe drill went well.\n",
                                        "doc.md", DocumentFormat::Markdown));
  CHECK(contains(edges, "Peru participates_in Amber Wolf"));
  CHECK_FALSE(contains(edges, "Andean Signals Agency participates_in Amber Wolf"));
}

TEST_CASE("the body a nation's table row names is that nation's", "[relate][tables][f3]") {
  auto edges = edge_lines(article_graph("# Exercise review\n\n*By Ana Ruiz, 12 March 2026*\n\nAmber Wolf 2026 ran "
                                        "from 2 to 6 March in Tartu.\n\n| Nation | Team | Role |\n|---|---|---|\n"
                                        "| Chile | Quillay Signals Brigade (QSB) | blue team |\n\nThe drill went well.\n",
                                        "doc.md", DocumentFormat::Markdown));
  CHECK(contains(edges, "Quillay Signals Brigade part_of Chile"));
}

TEST_CASE("an apposition with a longer description before 'headquartered in'", "[relate][located_in][f3]") {
  check_relation_rows({
      {"Peru was admitted as a member of the Andean Cyber Expertise Network (ACEN), the regional network of incident "
       "teams and universities headquartered in Quito.",
       {"Andean Cyber Expertise Network located_in Quito"}, {}},
  });
}

TEST_CASE("appointed or became a nation's or body's titled officer", "[relate][leads][f3]") {
  check_relation_rows({
      {"Ana Vela became Chile's first Ambassador for Cyber Affairs last month.", {"Ana Vela affiliated_with Chile"},
       {"Ana Vela leads Chile"}},
      {"Ana Vela was named Peru's new Minister of Defence on Monday.", {"Ana Vela leads Peru"}, {}},
  });
}

TEST_CASE("a person who is a titled officer at a body", "[relate][affiliated_with][f3]") {
  check_relation_rows({
      {"Ana Vela is currently Director of Cyber at the Andean Strategic Command.",
       {"Ana Vela affiliated_with Andean Strategic Command"}, {"Ana Vela leads Andean Strategic Command"}},
      {"Ana Vela is Director of the Andean Signals Agency.", {"Ana Vela leads Andean Signals Agency"}, {}},
  });
}

TEST_CASE("'the 310th' alone is the unit named before by that number", "[recognise][anaphora][f3]") {
  check_relation_rows({
      {"Kos was one of 22 members of the Guard's 112th Cyber Protection Team who flew to Lima. The 112th is based at "
       "Camp Ridley in Salinas and is commanded by Lt. Col. Ana Vela.",
       {"112th Cyber Protection Team located_in Camp Ridley", "Ana Vela leads 112th Cyber Protection Team"}, {}},
      // a number with a noun after it is no reference ("the 21st century")
      {"The 112th Cyber Protection Team trained in Lima. The 21st century brought new threats.", {}, {}},
  });
}

TEST_CASE("who headed a body's department serves the body, not leads it", "[relate][cues][f3]") {
  check_relation_rows({
      {"Ana Vela joined the board in May. She had headed the Andean Signals Agency's department for cyber security "
       "in the federal administration since 2022.",
       {"Ana Vela affiliated_with Andean Signals Agency"}, {"Ana Vela leads Andean Signals Agency"}},
  });
}

TEST_CASE("a body set up under a nation's body is part of it", "[relate][part_of][f3]") {
  check_relation_rows({
      {"The Andean Cyber Office (ANCYO) signed a memorandum. The ANCYO was set up in 2025 under Peru's Cabinet "
       "Secretariat, replacing an earlier centre.",
       {"Andean Cyber Office part_of Cabinet Secretariat 2025"}, {}},
  });
}
