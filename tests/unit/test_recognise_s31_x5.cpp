// Session 31 (helper x5) entity fixes on unseen wording: military ranks written in
// Portuguese, Italian and French ("General de Divisão", "Generale di Brigata",
// "Général de brigade") are titles before a name, not part of it.
#include <catch2/catch.hpp>

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
