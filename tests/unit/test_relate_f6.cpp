// Session 27 (helper f6) recall of relations: wordings and house styles the
// earlier rules missed. Sentences and posts written for these tests.
#include <catch2/catch.hpp>

#include "article_graph.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// A company's post: its name alone on the first line, then `body` (which names it too: a
// heading alone makes no new name).
KnowledgeGraph post_graph(const std::string& heading, const std::string& body) {
  return article_graph(heading + "\n2,104 followers\nPosted 3 March 2026\n\n" + body + "\n", "post.md",
                       DocumentFormat::Markdown);
}

}  // namespace

TEST_CASE("'we' and 'our' of a post headed by an organisation's name are that organisation", "[relate][f6]") {
  auto g = edge_lines(post_graph("**Kestrel Systems**",
                                 "Big week for the Kestrel Systems team!\n\nIn January we joined the European Cyber Security "
                                 "Organisation. Our chief executive, Marta Viljanen, signed the application.\n\n"
                                 "\"We are proud to work with them,\" said Pekka Ranta of the Finnish Transport and "
                                 "Communications Agency. \"Our teams meet often.\""));
  CHECK(contains(g, "Kestrel Systems member_of European Cyber Security Organisation"));
  CHECK(contains(g, "Marta Viljanen leads Kestrel Systems"));
  // inside a quotation "we" is the speaker's side
  CHECK_FALSE(contains(g, "Pekka Ranta affiliated_with Kestrel Systems"));

  auto h = edge_lines(post_graph("Harbour Range Ltd",
                                 "Spring news from the Harbour Range Ltd team.\n\nOur engineers joined the Baltic Cyber Cluster Association last spring. "
                                 "Tobias Lind becomes our Chief Research Officer."));
  CHECK(contains(h, "Tobias Lind affiliated_with Harbour Range Ltd"));

  // a headline that is more than a name speaks for nobody
  auto n = edge_lines(article_graph("Kestrel Systems expands\n\nBy A Writer, 12 March 2026\n\n"
                                    "\"In January we joined the European Cyber Security Organisation,\" said "
                                    "Marta Viljanen.\n"));
  CHECK_FALSE(contains(n, "Kestrel Systems member_of European Cyber Security Organisation"));
}

TEST_CASE("cooperation in the perfect and the perfect progressive ('have been working together')",
          "[relate][cooperates_with][f6]") {
  check_relation_rows({
      {"Latvia and Poland have been cooperating on cyber defence since 2015.", {"Latvia cooperates_with Poland 2015"}, {}},
      {"Since 2011, Malta and Cyprus have long been working together against online fraud.",
       {"Malta cooperates_with Cyprus 2011"}, {}},
      {"Lithuania has been working closely with Ukraine since 2014.", {"Lithuania cooperates_with Ukraine 2014"}, {}},
      {"Kestrel Systems has collaborated with Tampere University since 2020.",
       {"Kestrel Systems cooperates_with Tampere University 2020"}, {}},
      // a wish or a denial is no cooperation
      {"Latvia has not been cooperating with Belarus since 2020.", {}, {"Latvia cooperates_with Belarus"}},
  });
}

TEST_CASE("a body's name in its own language in brackets stands between no verb and its subject",
          "[relate][organises][f6]") {
  check_relation_rows({
      {"The Joint Cyber Operations Command (Comando Conjunto de Operaciones Cibernéticas) hosted Andes Shield "
       "2026 in Lima.",
       {"Joint Cyber Operations Command organises Andes Shield"}, {}},
      {"The Hellenic Cyber Directorate (Direzione Cibernetica Ellenica) signed a memorandum of understanding with "
       "the Cyprus Digital Security Authority.",
       {"Hellenic Cyber Directorate cooperates_with Cyprus Digital Security Authority"}, {}},
  });
}

TEST_CASE("a lexicon body whose owner the text does not name belongs to the owner's owner it names",
          "[relate][part_of][f6]") {
  check_relation_rows({
      {"Analysts from NATO's Computer Incident Response Capability (NCIRC) trained with CERT-EU in Mons.",
       {"NATO Computer Incident Response Capability part_of North Atlantic Treaty Organization"}, {}},
      // the owner named elsewhere only: nothing is said of it here
      {"The NCIRC trained with CERT-EU in Mons. Later, NATO ministers met in Brussels.",
       {}, {"NATO Computer Incident Response Capability part_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("'held working sessions with' is a meeting", "[relate][met_with][f6]") {
  check_relation_rows({
      {"The agency's director, Colonel Ines Moravec, held working sessions with the Slovenian Police and the "
       "Croatian Security Agency on Tuesday.",
       {"Ines Moravec met_with Slovenian Police", "Ines Moravec met_with Croatian Security Agency"}, {}},
      {"Marek Holub held a working session with Estonia's Information System Authority.",
       {"Marek Holub met_with Information System Authority"}, {}},
      {"Marek Holub also held working sessions on cloud security with the Dutch National Police.",
       {"Marek Holub met_with Dutch National Police"}, {}},
  });
}

TEST_CASE("a body named, then described as another body's subsidiary or department", "[relate][part_of][f6]") {
  check_relation_rows({
      {"The range is run by Kestrel Estonia Ltd, Kestrel Group's new Estonian subsidiary, and opens in May.",
       {"Kestrel Estonia Ltd part_of Kestrel Group"}, {}},
      {"Funding comes from the Baltic Cyber Innovation Centre, the European Defence Agency's research department.",
       {"Baltic Cyber Innovation Centre part_of European Defence Agency"}, {}},
      // a partner is no part
      {"Funding comes from the Baltic Cyber Innovation Centre, the European Defence Agency's research partner.",
       {}, {"Baltic Cyber Innovation Centre part_of European Defence Agency"}},
  });
}

TEST_CASE("'our CEO X' of a post headed by its organisation, not inside a quotation", "[relate][leads][f6]") {
  auto g = edge_lines(post_graph("**Kestrel Systems**",
                                 "News from the Kestrel Systems team.\n\nThe lab was opened by deputy mayor Kadri "
                                 "Lohmus and our CEO Juho Leinonen.\n\n\"Our CEO Aino Virtanen was great,\" said "
                                 "Pekka Ranta. \"In May we joined the Nordic Range Alliance,\" he added."));
  CHECK(contains(g, "Juho Leinonen leads Kestrel Systems"));
  CHECK_FALSE(contains(g, "Aino Virtanen leads Kestrel Systems"));
  CHECK_FALSE(contains(g, "Kestrel Systems member_of Nordic Range Alliance"));
}

TEST_CASE("'Cluster' ends names of organisations, which then take their relations",
          "[relate][recognise][f6]") {
  check_relation_rows({
      {"Since 2019 Kestrel Systems has been a member of the Baltic Information Security Cluster.",
       {"Kestrel Systems member_of Baltic Information Security Cluster 2019"}, {}},
  });
}

TEST_CASE("'X, a (small) unit within Y' is a part of Y", "[relate][part_of][f6]") {
  check_relation_rows({
      {"The board set up the Cyber Threat Office, a small permanent unit within the Ministry of Interior of Veloria.",
       {"Cyber Threat Office part_of Ministry of Interior of Veloria"}, {}},
      {"Analysts of the Baltic Signals Directorate, a team within the Estonian Defence Forces, took part.",
       {"Baltic Signals Directorate part_of Estonian Defence Forces"}, {}},
  });
}

TEST_CASE("'A and B, which both ...': the relative clause is of both names", "[relate][participates_in][f6]") {
  check_relation_rows({
      {"Fiji and Tonga, which both sent teams to Crossed Swords in 2023, stayed away this year.",
       {"Fiji participates_in Crossed Swords 2023", "Tonga participates_in Crossed Swords 2023"}, {}},
      {"Latvia and Lithuania, which each sent observers to the first Cyber Coalition in 2022, did not take part this "
       "year.",
       {"Latvia participates_in Cyber Coalition 2022", "Lithuania participates_in Cyber Coalition 2022"}, {}},
      {"Fiji and Tonga, which are members of the Pacific Islands Forum, met in Suva.",
       {"Fiji member_of Pacific Islands Forum", "Tonga member_of Pacific Islands Forum"}, {}},
      // a singular verb: the clause is of the last name alone
      {"Estonia and the NATO Cooperative Cyber Defence Centre of Excellence, which is based in Tallinn, met in May.",
       {}, {"Estonia located_in Tallinn"}},
  });
}

TEST_CASE("a body's range, campus or laboratory visited in a place locates the body", "[relate][located_in][f6]") {
  check_relation_rows({
      {"The Georgian delegation also visited the CR14 cyber range in Tallinn.", {"CR14 located_in Tallinn"}, {}},
      {"On Friday the ministers toured the Kestrel Group laboratory in Tampere.",
       {"Kestrel Group located_in Tampere"}, {}},
      // troops are no facility: NATO is not seated where it sends them
      {"The minister visited NATO troops in Latvia.", {}, {"North Atlantic Treaty Organization located_in Latvia"}},
  });
}

TEST_CASE("'A of the B, whose commander X' and 'A of B, which ...' speak of A", "[relate][leads][f6]") {
  check_relation_rows({
      {"The minister visited the Cyber Defence Unit of the Latvian National Armed Forces, whose commander, "
       "Colonel Janis Berzins, briefed him.",
       {"Janis Berzins leads Cyber Defence Unit of the Latvian National Armed Forces"}, {"Janis Berzins leads Latvian National Armed Forces"}},
      {"Talks covered the Signals Directorate of the Ministry of Interior, which was founded in 2019 and is based "
       "in Riga.",
       {"Signals Directorate of the Ministry of Interior located_in Riga"}, {"Ministry of Interior located_in Riga"}},
  });
}

TEST_CASE("'X, whose incident response department Y ...': Y is a part of X", "[relate][part_of][f6]") {
  check_relation_rows({
      {"She led the State Information Agency, whose incident response department CERT-LV handles cyber incidents.",
       {"CERT.LV part_of State Information Agency"}, {}},
      {"Funding came from the Ministry of Interior of Veloria, whose new cyber unit Digital Crime Office opened in May.",
       {"Digital Crime Office part_of Ministry of Interior of Veloria"}, {}},
  });
}

TEST_CASE("'in Town, Region, and managed|operated|funded by ...': the town lies in the region", "[relate][located_in][f6]") {
  check_relation_rows({
      {"The new centre will be located in Nusa Dua, Bali, and operated by the national police.",
       {"Nusa Dua located_in Bali"}, {}},
      {"A school will open in Tartu, Estonia, and funded jointly by three ministries.", {"Tartu located_in Estonia"}, {}},
  });
}

TEST_CASE("a body that hosted something at its headquarters in a city is seated there", "[relate][located_in][f6]") {
  check_relation_rows({
      {"The Joint Cyber Operations Command hosted Crossed Swords 2026, a large technical drill, at its headquarters "
       "in Lima in May.",
       {"Joint Cyber Operations Command located_in Lima"}, {}},
      {"The European Defence Agency held the talks at its headquarters in Brussels.",
       {"European Defence Agency located_in Brussels"}, {}},
  });
}

TEST_CASE("hearing a briefing from someone, or being briefed by them, is a meeting", "[relate][met_with][f6]") {
  check_relation_rows({
      {"On Monday the Foreign Affairs Committee heard a briefing from the head of the Cyber Command, Colonel Ines "
       "Moravec.",
       {"Foreign Affairs Committee met_with Ines Moravec"}, {}},
      {"The Foreign Affairs Committee was briefed by Colonel Ines Moravec on Tuesday.",
       {"Foreign Affairs Committee met_with Ines Moravec"}, {}},
      // a report read is no meeting with its author when no one is named
      {"The Foreign Affairs Committee heard a report on cyber threats.", {}, {}},
  });
}
