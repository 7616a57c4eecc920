// Entities, session 30 (h14e): a body's name written right before a member's
// title and name ("Opposition Party Legislator A B", "National Cyber Agency
// Eng. A bin B C"): the body ends before the title, and a particle inside the
// person's name does not keep the whole run one body.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30h14e: a legislator's or councillor's title splits a party from its member", "[recognise][s30-h14e]") {
  check_entity_rows({
      {"Green Union Party Legislator Lin Mei-hua urged the cabinet to act.",
       {"Green Union Party:Organisation", "Lin Mei-hua:Person"},
       {"Green Union Party Legislator Lin Mei-hua:Organisation"}},
      {"Civic Alliance Party Lawmaker Tomas Varga asked about the budget.",
       {"Civic Alliance Party:Organisation", "Tomas Varga:Person"},
       {}},
      {"Harbour District Council Councillor Agnes Pulk opened the hall.",
       {"Harbour District Council:Organisation", "Agnes Pulk:Person"},
       {}},
  });
}

TEST_CASE("s30h14e: a name particle inside a titled name after a body", "[recognise][s30-h14e]") {
  check_entity_rows({
      {"National Cyber Agency Eng. Khalid bin Omar Al-Thani said the plan was ready.",
       {"National Cyber Agency:Organisation", "Khalid bin Omar Al-Thani:Person"},
       {}},
      {"Defence Intelligence Directorate Dr. Hamad bin Salim Al-Kaabi briefed the press.",
       {"Defence Intelligence Directorate:Organisation", "Hamad bin Salim Al-Kaabi:Person"},
       {}},
      {"Naval Academy Colonel Pieter van der Berg gave the lecture.",
       {"Naval Academy:Organisation", "Pieter van der Berg:Person"},
       {}},
  });
}

TEST_CASE("s30h14e: a parliamentary record's speaker, a courtesy title then a family name in capitals", "[recognise][s30-h14e]") {
  check_entity_rows({
      {"Mr HALE-ROSS: I thank the member for her question.", {"HALE-ROSS:Person"}, {}},
      {"Ms ORTEGA-VANCE: My question is to the minister.", {"ORTEGA-VANCE:Person"}, {}},
      {"Dr PEMBERTON: Will the minister confirm the date?", {"PEMBERTON:Person"}, {}},
      // an acronym after a title, or a speaker before an electorate's bracket, is no such label
      {"Director CERT: the team said so.", {}, {"CERT:Person"}},
  });
}

TEST_CASE("s30h14e: a rank and a retired officer's mark in brackets before a name", "[recognise][s30-h14e]") {
  check_entity_rows({
      {"The memo was signed by Lieutenant General (Ret.) Dainis Kalnbergs.", {"Dainis Kalnbergs:Person"}, {}},
      {"She co-chaired it with the agency's head, Major General (retd) Tahu Mereana.", {"Tahu Mereana:Person"}, {}},
      {"He met Brig. Gen. (Retired) Oskars Liepins on Monday.", {"Oskars Liepins:Person"}, {}},
  });
}

TEST_CASE("s30h14e: a name goes on through a bare in when its acronym needs the words after it", "[recognise][s30-h14e]") {
  check_entity_rows({
      {"The drill was run with the American Institute in Taiwan (AIT) last week.",
       {"American Institute in Taiwan:Organisation"},
       {"American Institute:Organisation"}},
      {"The Canadian Trade Office in Taipei (CTOT) hosted the reception.",
       {"Canadian Trade Office in Taipei:Organisation"},
       {"Canadian Trade Office:Organisation"}},
      {"The talks were hosted by the Nordic Liaison Bureau in Estonia (NLBE).",
       {"Nordic Liaison Bureau in Estonia:Organisation"},
       {}},
      // an acronym of the words before "in" keeps the place out of the name
      {"The Baltic Liaison Bureau (BLB) in Riga hosted the reception.", {"Baltic Liaison Bureau:Organisation"}, {}},
  });
}

TEST_CASE("s30h14e: a name after at and before near or outside and a place is a place", "[recognise][s30-h14e]") {
  check_entity_rows({
      {"Norway ran the drill at the army's facilities at Vestmoen near Lillehammer.", {"Vestmoen:Place"}, {}},
      {"The unit trained at Rena outside Elverum last week.", {"Rena:Place", "Elverum:Place"}, {}},
      {"The cadets were posted at Kärkölä near Lahti in May.", {"Kärkölä:Place"}, {}},
      // a body after the cue makes no place of the name before it
      {"They met at Halvorsen near NATO headquarters.", {}, {"Halvorsen:Place"}},
  });
}

TEST_CASE("s30h14e: a cell or a range heads a body's name", "[recognise][s30-h14e]") {
  check_entity_rows({
      {"Training will take place at the Suva Cyber Fusion Cell, which opened in July.",
       {"Suva Cyber Fusion Cell:Organisation"},
       {}},
      {"Our team at the Danish Cyber Range (DCR) hosted the exercise.", {"Danish Cyber Range:Organisation"}, {}},
      {"The Baltic Threat Analysis Cell shared the report.", {"Baltic Threat Analysis Cell:Organisation"}, {}},
      // an agreement on a body goes on through "on the" to the body's head
      {"Both ministers signed the Technical Arrangement on the Polish-Czech Cyber Response Cell.",
       {"Technical Arrangement on the Polish-Czech Cyber Response Cell:Agreement"},
       {"Technical Arrangement:Agreement"}},
  });
}

TEST_CASE("s30h14e: a committee on a list of portfolios keeps the whole list", "[recognise][s30-h14e]") {
  check_entity_rows({
      {"The ministry will brief the Joint Standing Committee on Foreign Affairs, Defence and Trade next month.",
       {"Joint Standing Committee on Foreign Affairs, Defence and Trade:Organisation"},
       {"Joint Standing Committee on Foreign Affairs:Organisation"}},
      {"The Select Committee on Science, Innovation and Technology met on Monday.",
       {"Select Committee on Science, Innovation and Technology:Organisation"},
       {}},
      {"The Senate Commission on Energy, Transport and Digital Affairs heard the minister.",
       {"Senate Commission on Energy, Transport and Digital Affairs:Organisation"},
       {}},
  });
}

TEST_CASE("s30h14e: cyber closes a title's portfolio list before the holder's name", "[recognise][s30-h14e]") {
  check_entity_rows({
      {"The talks were led by EU Deputy Secretary General for Security, Defence and Cyber Anna Marchetti-Lund.",
       {"Anna Marchetti-Lund:Person"},
       {"Cyber Anna Marchetti-Lund:Person"}},
      {"A briefing was given by the Assistant Secretary General for Innovation, Hybrid and Cyber Ingrid Holm-Aas.",
       {"Ingrid Holm-Aas:Person"},
       {"Cyber Ingrid Holm-Aas:Person"}},
      {"Minister for Digital Affairs and Cyber Maria Kask opened it.", {"Maria Kask:Person"}, {"Cyber Maria Kask:Person"}},
  });
}

TEST_CASE("s30h14e: a rank before a bracketed mark closes the body's name before it", "[recognise][s30-h14e]") {
  check_entity_rows({
      {"Director of the Cyber Security Directorate Brigadier General (Pilot) Nasser Jassim Al-Sulaiti said it went well.",
       {"Cyber Security Directorate:Organisation", "Nasser Jassim Al-Sulaiti:Person"},
       {"Cyber Security Directorate Brigadier General:Organisation"}},
      {"Commander of the Air Operations Centre Colonel (Pilot) Rashid Hamad Al-Kuwari opened the course.",
       {"Air Operations Centre:Organisation", "Rashid Hamad Al-Kuwari:Person"},
       {"Air Operations Centre Colonel:Organisation"}},
      {"Head of the Signals Brigade Major General (Ret.) Dainis Ozols spoke first.",
       {"Signals Brigade:Organisation", "Dainis Ozols:Person"},
       {"Signals Brigade Major General:Organisation"}},
  });
}

TEST_CASE("s30h14e: a courtesy title after a minister's portfolio opens the whole name", "[recognise][s30-h14e]") {
  check_entity_rows({
      {"HE Minister of State for Defence Affairs Dr. Khalid bin Omar Al-Thani met the visitor on Monday.",
       {"Khalid bin Omar Al-Thani:Person"},
       {"Omar Al-Thani:Person"}},
      {"Minister of Communications Eng. Hamad bin Salim Al-Kaabi opened the centre.",
       {"Hamad bin Salim Al-Kaabi:Person"},
       {"Salim Al-Kaabi:Person"}},
      {"Minister for Defence Pal Jonson met the visitor.", {"Pal Jonson:Person"}, {}},
  });
}
