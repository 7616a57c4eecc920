// Session 31 (helper x5) entity fixes on unseen wording: military ranks written in
// Portuguese, Italian and French ("General de Divisão", "Generale di Brigata",
// "Général de brigade") are titles before a name, not part of it.
#include <catch2/catch.hpp>

#include "article_graph.hpp"
#include "entity_rows.hpp"
#include "pipeline/extract.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a rank in Portuguese, Italian or French is a title, not a name's first words", "[recognise][s31-x5]") {
  check_entity_rows({
      {"Last week General de Divisão Paulo Rezende Maia took command of the cyber school.",
       {"Paulo Rezende Maia:Person"}, {"de Divisão Paulo Rezende Maia:Person"}},
      {"The drill was opened by Tenente-Coronel Luísa Prado Nogueira, the unit's deputy commander.",
       {"Luísa Prado Nogueira:Person"}, {"Tenente-Coronel Luísa Prado Nogueira:Person"}},
      {"Generale di Brigata Matteo Ferrandi now heads the joint cyber command in Rome.",
       {"Matteo Ferrandi:Person"}, {}},
      {"Général de brigade Hugo Lemaire signed the arrangement for the French side.",
       {"Hugo Lemaire:Person"}, {"de brigade Hugo Lemaire:Person"}},
  });
}

TEST_CASE("a labelled list line with a titled name and its body is no headline", "[recognise][s31-x5]") {
  const std::string opening = "The steering group met in Floriana on Monday.\n\nPRESENT\n";
  check_entity_rows({
      {opening + "Cyprus: Ms Daphne Loizou-Petrou, Cyber Resilience Office (CRO)\n",
       {"Daphne Loizou-Petrou:Person", "Cyber Resilience Office:Organisation"}, {}},
      {opening + "Chair: Mr Aldo Bonvicini-Serra, Regional Range Authority (RRA), Italy\n",
       {"Aldo Bonvicini-Serra:Person", "Regional Range Authority:Organisation"}, {}},
      {opening + "Greece: Lt Col Stavros Mavridis-Kounas, Network Defence Directorate, Hellenic Signals Staff\n",
       {"Stavros Mavridis-Kounas:Person"}, {}},
      {opening + "Rapporteur: Cdr Irene Soler Bastida, Naval Cyber Unit (NCU)\n", {"Irene Soler Bastida:Person"}, {}},
      // a title-case headline with a colon stays a headline: no names are made from it
      {"Analysis: Why Small States Build Cyber Ranges Together\n\nSmall states share ranges, officials said.",
       {}, {"Small States Build Cyber Ranges:Organisation", "Small States:Organisation"}},
  });
}

namespace {

// The names of the entity labelled `label` (empty when none is).
std::vector<std::string> names_of(const DocAnalysis& doc, const std::string& label) {
  for (const auto& e : doc.entities)
    if (e.label == label) return e.names;
  return {};
}

}  // namespace

TEST_CASE("a body's own-language name and mixed-case acronym parted by a dash in brackets are its names",
          "[recognise][s31-x5]") {
  struct Row {
    std::string text, label, own, acronym;
  };
  for (const Row& row : std::vector<Row>{
           {"The drill was run by the Naval Cyber Command (Comando Naval de Defesa Cibernética – ComNavCiber), "
            "which has run it since 2020.",
            "Naval Cyber Command", "Comando Naval de Defesa Cibernética", "ComNavCiber"},
           {"Officers train at the Cyber Warfare School (Escola de Guerra Cibernética – EGCiber) in Recife.",
            "Cyber Warfare School", "Escola de Guerra Cibernética", "EGCiber"},
           {"The Joint Cyber Staff (Estado Mayor Conjunto de Ciberdefensa – EMCCD) signed the plan on Monday.",
            "Joint Cyber Staff", "Estado Mayor Conjunto de Ciberdefensa", "EMCCD"},
           {"It was hosted by the Coastal Guard Agency (Agência de Guarda Costeira, AGC) in Santos.",
            "Coastal Guard Agency", "Agência de Guarda Costeira", "AGC"},
       }) {
    INFO(row.text);
    auto doc = analyse(row.text);
    auto names = names_of(doc, row.label);
    CHECK(has(names, row.own));
    CHECK(has(names, row.acronym));
    CHECK_FALSE(has(entity_names(doc), row.own + ":Organisation"));
  }
}

TEST_CASE("a body's own-language name in brackets keeps the companion after them", "[relate][s31-x5]") {
  auto rels = relations_of(
      "The Harbour Cyber Forum took place in Porto. The forum was organised by the Maritime Authority "
      "(Autoridade Marítima Nacional, AMN) together with the Atlantic Security Institute (ASI), a think tank.");
  CHECK(has(rels, "Maritime Authority organises Harbour Cyber Forum"));
  CHECK(has(rels, "Atlantic Security Institute organises Harbour Cyber Forum"));
}

TEST_CASE("a generic body's name with its owner body after 'of the' is its full name and label", "[recognise][s31-x5]") {
  check_entity_rows({
      {"Teams came from the Cyber Operations Centre of the Slovak Armed Forces and from Austria.",
       {"Cyber Operations Centre of the Slovak Armed Forces:Organisation"}, {}},
      {"She met the head of the Cyber Defence Command of the Romanian Land Forces in Sibiu.",
       {"Cyber Defence Command of the Romanian Land Forces:Organisation"}, {}},
      {"The Cyber Security Directorate of the Hellenic Navy hosted the drill in Piraeus.",
       {"Cyber Security Directorate of the Hellenic Navy:Organisation"}, {}},
  });
  // the bare generic name stays a name of it, for a later mention
  auto doc = analyse("The Cyber Defence Command of the Romanian Land Forces hosted the drill. The Cyber Defence Command said it went well.");
  CHECK(has(names_of(doc, "Cyber Defence Command of the Romanian Land Forces"), "Cyber Defence Command"));
}

// places.json: cities and regions of Malaysia, India, Poland, Brazil, Indonesia and Bangladesh
TEST_CASE("more cities and regions of Malaysia, India, Poland and Brazil are places", "[recognise][s31-x5]") {
  check_entity_rows({
      {"The range moved from Kuching, Sarawak, to a new site near Kota Kinabalu last year.",
       {"Kuching:Place", "Sarawak:Place", "Kota Kinabalu:Place"}, {}},
      {"Analysts from Shillong and Guwahati, Assam, joined the course in Pune.",
       {"Shillong:Place", "Guwahati:Place", "Assam:Place", "Pune:Place"}, {}},
      {"The brigade, based in Lublin, trained with cadets from Rzeszow and Bialystok.",
       {"Lublin:Place", "Rzeszów:Place", "Białystok:Place"}, {}},
      {"The school in Recife runs courses with partners in Porto Alegre and Bandung.",
       {"Recife:Place", "Porto Alegre:Place", "Bandung:Place"}, {}},
  });
}

TEST_CASE("a name apposed to a body's modified role ('the GCSB's current Director-General') is a person's",
          "[recognise][s31-x5]") {
  check_entity_rows({
      {"Tributes came in. Tamati Horomona, the GCSB's current Director-General, called her a pioneer.",
       {"Tamati Horomona:Person"}, {"Tamati Horomona:Organisation"}},
      {"Tributes came in. Wiremu Kereama, the agency's current director, called her a mentor.",
       {"Wiremu Kereama:Person"}, {"Wiremu Kereama:Organisation"}},
      {"Tributes came in. Hemi Parata, the ministry's outgoing chief executive, praised her work.",
       {"Hemi Parata:Person"}, {}},
  });
}

TEST_CASE("a credit with a one-word label before a byline's part is no outlet's masthead", "[document][s31-x5]") {
  for (const std::string& credits : {std::string("PRODUCER: Liv Hagen-Strand | REPORTER: Sindre Moe Tveit"),
                                     std::string("Camera: Liv Hagen-Strand | By Sindre Moe Tveit"),
                                     std::string("EDITOR: Liv Hagen-Strand | Reporter: Sindre Moe Tveit | 18:00")}) {
    INFO(credits);
    auto g = article_graph("Harbour talks open in Bodo\n\n" + credits +
                           "\n\nThursday 12 March 2026\n\nThe summit opened in Oslo on Thursday.\n");
    for (const auto& label : node_labels(g, NodeType::Organisation)) CHECK(label.find("Hagen-Strand") == std::string::npos);
  }
  // an outlet's masthead before the byline still names the outlet
  auto g = article_graph("Harbour talks open in Bodo\n\nNorth Cape Weekly | By Sindre Moe Tveit\n\n"
                         "Thursday 12 March 2026\n\nThe summit opened in Oslo on Thursday.\n");
  CHECK(contains(edge_lines(g), "Sindre Moe Tveit affiliated_with North Cape Weekly"));
}

TEST_CASE("a word with a one-letter prefix and a hyphen ('e-Government') is a name's word", "[recognise][s31-x5]") {
  check_entity_rows({
      {"Experts from the e-Governance Academy trained officials in Chisinau.", {"e-Governance Academy:Organisation"}, {}},
      {"The Korea e-Government Agency hosted the course in Seoul.", {"Korea e-Government Agency:Organisation"}, {}},
      {"Analysts of the Nepal e-Government Incident Response Team joined the drill.",
       {"Nepal e-Government Incident Response Team:Organisation"}, {"Incident Response Team:Organisation"}},
  });
}

TEST_CASE("a coded short form in brackets after a body's name is that body's", "[recognise][s31-x5]") {
  auto doc = analyse("Staff of the Nepal e-Government Computer Incident Response Team (NPL e-GOV CIRT) joined the drill.");
  CHECK(has(names_of(doc, "Nepal e-Government Computer Incident Response Team"), "NPL e-GOV CIRT"));
  CHECK_FALSE(has(entity_names(doc), "NPL e-GOV CIRT:Organisation"));
}

TEST_CASE("a portfolio after 'Minister for the' names no employer", "[recognise][s31-x5]") {
  check_entity_rows({
      {"She met the Minister for the Economy, Ms Lina Sammut-Bonello, on Monday.", {"Lina Sammut-Bonello:Person"},
       {"Economy:Organisation"}},
      {"He met the Minister for the Environment and Energy, Mr Karl Vella-Gauci, in Floriana.",
       {"Karl Vella-Gauci:Person"}, {"Environment:Organisation", "Environment and Energy:Organisation"}},
      // an employer after a role and 'for' still is one
      {"She is an analyst for Nordic Signals, a consultancy.", {"Nordic Signals:Organisation"}, {}},
  });
}

TEST_CASE("a two-word name opening one other person's longer name is that person", "[recognise][s31-x5]") {
  auto labels = [](const DocAnalysis& doc) {
    std::vector<std::string> out;
    for (const auto& e : doc.entities)
      if (e.type == NodeType::Person) out.push_back(e.label);
    return out;
  };
  auto one = analyse("Dr. Nurul Aina Kamaruddin, the agency's chief executive, opened the drill. "
                     "On Thursday, Dr. Nurul Aina handed out the prizes.");
  CHECK(labels(one) == std::vector<std::string>{"Nurul Aina Kamaruddin"});
  auto two = analyse("Col. Mohd Faizal Rahman led the red team. Later Col. Mohd Faizal briefed the press.");
  CHECK(labels(two) == std::vector<std::string>{"Mohd Faizal Rahman"});
}

TEST_CASE("a given name, a nickname in quotes and the family name are one person", "[recognise][s31-x5]") {
  auto persons = [](const DocAnalysis& doc) {
    std::vector<std::string> out;
    for (const auto& e : doc.entities)
      if (e.type == NodeType::Person) out.push_back(e.label);
    return out;
  };
  auto one = analyse("Colonel Robert \"Bob\" Kingsley-Hart, who led the unit, retired on Friday.");
  CHECK(persons(one) == std::vector<std::string>{"Robert Kingsley-Hart"});
  CHECK(has(names_of(one, "Robert Kingsley-Hart"), "Bob Kingsley-Hart"));
  // the nickname's form named elsewhere is the same person
  auto two = analyse("Bob Kingsley-Hart dies at 80\n\nColonel Robert \"Bob\" Kingsley-Hart, who led the unit, died on "
                     "Friday. Bob Kingsley-Hart joined the army in 1965.");
  CHECK(persons(two) == std::vector<std::string>{"Robert Kingsley-Hart"});
  auto three = analyse("The exercise was run by Dr Eleanor \"Nell\" Whitcombe-Shaw and two deputies.");
  CHECK(persons(three) == std::vector<std::string>{"Eleanor Whitcombe-Shaw"});
}
