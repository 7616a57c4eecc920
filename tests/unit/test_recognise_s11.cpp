// Session 11 entity fixes on unseen wording: a body's portfolio list, a person
// after a role phrase with a place or a list in it, honorifics before a name,
// a body named once with its nation.
#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("a body's portfolios listed with commas and a closing 'and' are one name", "[recognise][s11]") {
  check_entity_rows({
      {"The plan was drafted by the Ministry of Energy, Mining and Water Resources last year.",
       {"Ministry of Energy, Mining and Water Resources:Organisation"},
       {"Ministry of Energy:Organisation"}},
      {"A grant went to the Department of Trade, Tourism & Culture in March.",
       {"Department of Trade, Tourism & Culture:Organisation"},
       {"Department of Trade:Organisation"}},
      // a list of bodies and nations after a body stays a list
      {"The Ministry of Defence, Finland and Sweden signed the deal.",
       {"Ministry of Defence:Organisation"},
       {"Ministry of Defence, Finland and Sweden:Organisation"}},
      // no closing "and": the comma ends the name
      {"Officials of the Ministry of Health, Accra office staff and others met.",
       {"Ministry of Health:Organisation"},
       {}},
  });
}

TEST_CASE("a person after a role phrase naming a place or a portfolio list", "[recognise][s11]") {
  check_entity_rows({
      {"She met Chile's ambassador in Quito, Noemi Tal, to discuss the plan.", {"Noemi Tal:Person"}, {}},
      {"On Friday, our ambassador to Latvia, Mircea Dobre, was present.", {"Mircea Dobre:Person"}, {}},
      {"The Commissioner for Trade, Industry and Mining, Tariq Osei, announced the plan.", {"Tariq Osei:Person"}, {}},
      // no role before the comma: a place and a name stay apart from any person
      {"The delegation arrived in Quito, Ecuador, on Monday.", {"Quito:Place"}, {"Ecuador:Person"}},
  });
}

TEST_CASE("honorifics before a name are no part of it", "[recognise][s11]") {
  check_entity_rows({
      {"The Minister for Works, Hon. Kweku Asante, opened the session.", {"Kweku Asante:Person"}, {"Hon:Person"}},
      {"They were received by the German Ambassador to Ghana, H.E. Ulrich Brandt, at the Ministry.",
       {"Ulrich Brandt:Person"},
       {"H.E. Ulrich Brandt:Person"}},
  });
}

TEST_CASE("a body named with its nation's long name and without it is one entity", "[recognise][s11]") {
  auto doc = analyse(
      "The forum was organised by the Ministry of Water of the Republic of Peru on Monday. "
      "Officials of the Ministry of Water attended the talks.");
  int bodies = 0;
  for (const auto& e : doc.entities) bodies += e.type == NodeType::Organisation;
  CHECK(bodies == 1);
  CHECK(has(entity_names(doc), "Ministry of Water of the Republic of Peru:Organisation"));
}

TEST_CASE("a generic body named bare before another nation's of that name is the context nation's",
          "[recognise][s11]") {
  check_entity_rows({
      {"Peru's delegates met officials from the National Cyber Security Centre on Monday. "
       "The centre later trained with Norway's National Cyber Security Centre.",
       {"Peru's National Cyber Security Centre:Organisation", "Norway's National Cyber Security Centre:Organisation"},
       {}},
  });
}

TEST_CASE("head words of faculties, wings, labs, companies and sites type unseen names", "[recognise][s11]") {
  check_entity_rows({
      {"The study came from the Faculty of Marine Sciences in Split.", {"Faculty of Marine Sciences:Organisation"}, {}},
      {"The navy's new Coastal Signals Wing was set up in May.", {"Coastal Signals Wing:Organisation"}, {}},
      {"Pune's Saffron Byte Labs has joined the accord.", {"Saffron Byte Labs:Organisation"}, {}},
      {"The deal went to Tundra Analytics Oyj on Friday.", {"Tundra Analytics Oyj:Organisation"}, {}},
      {"The unit is based at the Kilbride Camp near the border.", {"Kilbride Camp:Place"}, {}},
      {"The drill ran in an office on Harbour Quay last week.", {"Harbour Quay:Place"}, {}},
  });
}

TEST_CASE("a place after an edition's name keeps the apposition for that name", "[recognise][s11]") {
  check_entity_rows({
      {"In October, Croatia hosts Adriatic Spear 2025 in Split, a regional exercise run under the charter.",
       {"Split:Place"},
       {"Split:Exercise"}},
      // "took part in X, the exercise": the name after "in" is the exercise itself
      {"Chile took part in Andes Lock, the annual exercise of the region.",
       {"Andes Lock:Exercise"},
       {"Andes Lock:Place"}},
  });
}

TEST_CASE("a person before a body's possessive and a capitalised title", "[recognise][s11]") {
  check_entity_rows({
      {"On 21 May the Prime Minister meets Jean-Claude Rivaud, NATO's Assistant Secretary General for Innovation.",
       {"Jean-Claude Rivaud:Person"},
       {}},
      {"The plan was backed by Tomasz Wolny, Poland's Deputy Minister of Digital Affairs.",
       {"Tomasz Wolny:Person"},
       {}},
  });
}

TEST_CASE("post-nominal letters are no part of a person's name", "[recognise][s11]") {
  check_entity_rows({
      {"The committee will hear from Mr Cathal Brennan TD next week.",
       {"Cathal Brennan:Person"},
       {"Cathal Brennan TD:Person"}},
      {"Green MP Sarah Whitby complained about the cost.", {"Sarah Whitby:Person"}, {"Green MP Sarah Whitby:Person"}},
      {"The report was written by Dr Helen Marsh OBE last year.", {"Helen Marsh:Person"}, {"Helen Marsh OBE:Person"}},
  });
}

TEST_CASE("a press notice's contact label names a person", "[recognise][s11]") {
  check_entity_rows({
      {"Media queries: Orla Fennelly, Press Office, Department of Transport.", {"Orla Fennelly:Person"}, {}},
      {"Media enquiries: Ruairc Bielski, Communications Unit.", {"Ruairc Bielski:Person"}, {}},
  });
}

TEST_CASE("a bare byline with a time's unit and a person before 'the body's Director'", "[recognise][s11]") {
  check_entity_rows({
      {"Navy drills off the coast\n\nXurxo Soto Vidal | Cadiz | 14/05/2026 - 08:31 h (CEST)\n\nThe navy ran a drill.",
       {"Xurxo Soto Vidal:Person"},
       {}},
      {"Navy drills off the coast\n\nXurxo Soto Vidal | 14 May 2026, 10:30 am\n\nThe navy ran a drill.",
       {"Xurxo Soto Vidal:Person"},
       {}},
      {"The deal was signed by the chief executive and by Xurxo Ferreiro Mato, the TRDA's Director of Acquisition.",
       {"Xurxo Ferreiro Mato:Person"},
       {}},
  });
}

TEST_CASE("the GFCE and the U.S.-Adriatic Charter are organisations", "[recognise][s11]") {
  check_entity_rows({
      {"Both countries are members of the Global Forum on Cyber Expertise (GFCE).",
       {"Global Forum on Cyber Expertise:Organisation"},
       {"Global Forum on Cyber Expertise:Event"}},
      {"The drill was run under the U.S.-Adriatic Charter last year.",
       {"U.S.-Adriatic Charter:Organisation"},
       {"Adriatic Charter:Agreement"}},
  });
}
