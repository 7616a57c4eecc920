// Relations, session 30 (loc1): where bodies, exercises and events are (located_in),
// on sentences written for these tests. Each text is read as published on Wednesday
// 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30 loc1: an edition year after an exercise's name keeps it next to its verb", "[relate][s30-loc1]") {
  check_relation_rows({
      {"Cyber Coalition 2024 took place in Tartu.", {"Cyber Coalition located_in Tartu"}, {}},
      {"Trident Juncture 2018 was held in Norway, the alliance said.", {"Trident Juncture located_in Norway"}, {}},
      {"The Nordic Cyber Summit 2026 will take place in Oslo in May.",
       {"Nordic Cyber Summit located_in Oslo 2026-05"},
       {}},
      // the year still dates taking part
      {"Latvia took part in Crossed Swords 2023.", {"Latvia participates_in Crossed Swords 2023"}, {}},
  });
}

TEST_CASE("s30 loc1: a venue's noun after a place's name does not hide the place", "[relate][s30-loc1]") {
  check_relation_rows({
      {"The exercise Iron Wolf, staged at the Pabrade range, drew 2,000 troops.", {"Iron Wolf located_in Pabrade"}, {}},
      {"Exercise Spring Storm was conducted at the Tapa military base.", {"Spring Storm located_in Tapa"}, {}},
      // a lower-case noun that names no venue still qualifies the name
      {"Exercise Spring Storm was conducted at the Tapa school.", {}, {"Spring Storm located_in Tapa"}},
  });
}

TEST_CASE("s30 loc1: a place in a nation, with or without its part of the nation", "[relate][s30-loc1]") {
  check_relation_rows({
      {"The battalion was deployed to Tapa in northern Estonia last week.", {"Tapa located_in Estonia"}, {}},
      {"The frigate docked at the port of Gdynia in Poland on Monday.", {"Gdynia located_in Poland"}, {}},
      {"Marines trained at Camp Lemonnier in Djibouti.", {"Camp Lemonnier located_in Djibouti"}, {}},
      {"The ministers met in Vilnius in June.", {}, {"Vilnius located_in June"}},
  });
}

TEST_CASE("s30 loc1: 'P-headquartered' says where a body is as 'P-based' does", "[relate][s30-loc1]") {
  check_relation_rows({
      {"Oslo-headquartered Norsk Hydro reported the breach on Monday.", {"Norsk Hydro located_in Oslo"}, {}},
      {"Norsk Hydro, the Oslo-headquartered aluminium maker, reported the breach.", {"Norsk Hydro located_in Oslo"}, {}},
  });
}

TEST_CASE("s30 loc1: housed in, seated in, based out of", "[relate][s30-loc1]") {
  check_relation_rows({
      {"The Baltic Defence College, housed in an old hospital in Tartu, trains staff officers.",
       {"Baltic Defence College located_in Tartu"},
       {}},
      {"The European Defence Agency, which is based out of Brussels, approved the budget.",
       {"European Defence Agency located_in Brussels"},
       {}},
      {"The European Defence Agency, seated in Brussels, approved the budget.",
       {"European Defence Agency located_in Brussels"},
       {}},
  });
}

TEST_CASE("s30 loc1: 'the X in P' after a verb or preposition that takes the body itself", "[relate][s30-loc1]") {
  check_relation_rows({
      {"The grant went to a cyber lab within the European Defence Agency in Brussels.",
       {"European Defence Agency located_in Brussels"},
       {}},
      {"He will head the Baltic Defence College in Tartu from March.",
       {"Baltic Defence College located_in Tartu"},
       {}},
      {"Norway has funded the Baltic Defence College in Tartu since 2010.",
       {"Baltic Defence College located_in Tartu"},
       {}},
      // hosted by a body somewhere: the occasion's place, not the body's
      {"The Amber Gate workshop was hosted by the Baltic Defence College in Riga.",
       {},
       {"Baltic Defence College located_in Riga"}},
  });
}

TEST_CASE("s30 loc1: a body's seat or office told as a noun of its own", "[relate][s30-loc1]") {
  check_relation_rows({
      {"The headquarters of the European Defence Agency are in Brussels.",
       {"European Defence Agency located_in Brussels"},
       {}},
      {"Microsoft, which has its regional headquarters in Dublin, declined to comment.",
       {"Microsoft located_in Dublin"},
       {}},
  });
}

TEST_CASE("s30 loc1: the place fronted before an exercise or event", "[relate][s30-loc1]") {
  check_relation_rows({
      {"Hosted in Vilnius, Iron Wolf brought together 3,000 troops.", {"Iron Wolf located_in Vilnius"}, {}},
      {"Held in Riga, Crossed Swords focused on offensive skills.", {"Crossed Swords located_in Riga"}, {}},
      {"In Tallinn, Locked Shields opened on Monday.", {"Locked Shields located_in Tallinn 2025-06-16"}, {}},
  });
}

TEST_CASE("s30 loc1: a place told as the venue, host city or edition of an event", "[relate][s30-loc1]") {
  check_relation_rows({
      {"Vilnius was the venue for Iron Wolf this year.", {"Iron Wolf located_in Vilnius 2025"}, {}},
      {"The venue of Cyber Coalition was Tartu.", {"Cyber Coalition located_in Tartu"}, {}},
      {"Riga played host to the Cyber Defence Pledge Conference.",
       {"Cyber Defence Pledge Conference located_in Riga"},
       {}},
      {"The Tartu edition of Locked Shields drew record numbers.", {"Locked Shields located_in Tartu"}, {}},
  });
}

TEST_CASE("s30 loc1: more verbs of an exercise or event taking place somewhere", "[relate][s30-loc1]") {
  check_relation_rows({
      {"The Crossed Swords exercise was carried out in Riga.", {"Crossed Swords located_in Riga"}, {}},
      {"Locked Shields got under way in Tallinn on Monday.", {"Locked Shields located_in Tallinn 2025-06-16"}, {}},
      {"The Lennart Meri Conference convenes in Tallinn every May.", {"Lennart Meri Conference located_in Tallinn"}, {}},
      {"Iron Wolf unfolded across Kaunas and Klaipeda.", {"Iron Wolf located_in Kaunas", "Iron Wolf located_in Klaipeda"}, {}},
      {"The NATO Summit, set for Vilnius in July, will focus on Ukraine.", {"NATO Summit located_in Vilnius"}, {}},
  });
}

TEST_CASE("s30 loc1: 'the X exercise, which ...' speaks of X", "[relate][s30-loc1]") {
  check_relation_rows({
      {"The Crossed Swords exercise, which was held in Riga, ended on Friday.", {"Crossed Swords located_in Riga"}, {}},
      {"The Iron Wolf drill, which took place in Kaunas, drew 3,000 troops.",
       {"Iron Wolf located_in Kaunas"},
       {}},
  });
}

TEST_CASE("s30 loc1: an edition's place is dated by the year its name gives", "[relate][s30-loc1]") {
  check_relation_rows({
      {"Cyber Coalition 2024 took place in Tartu.", {"Cyber Coalition located_in Tartu 2024"}, {}},
      {"Locked Shields 2023, which was held in Tallinn, drew 3,000 experts.",
       {"Locked Shields located_in Tallinn 2023"},
       {}},
  });
}

TEST_CASE("s30 loc1: more words that say the unknown name after them is a place", "[relate][s30-loc1]") {
  check_relation_rows({
      {"Iron Wolf was conducted in Pabrade.", {"Iron Wolf located_in Pabrade"}, {}},
      {"The Iron Wolf drill was staged at Rukla.", {"Iron Wolf located_in Rukla"}, {}},
      {"The frigate docked at Paldiski in northern Estonia.", {"Paldiski located_in Estonia"}, {}},
  });
}

TEST_CASE("s30 loc1: where a body is to be, and its new headquarters", "[relate][s30-loc1]") {
  check_relation_rows({
      {"The Baltic Cyber Centre, to be located at the Baltic Defence College in Tartu, will open in 2026.",
       {"Baltic Cyber Centre located_in Tartu"},
       {}},
      {"The European Defence Agency will be based in Brussels.", {"European Defence Agency located_in Brussels"}, {}},
      {"The Estonian Defence League's new headquarters in Tallinn opened in 2023.",
       {"Estonian Defence League located_in Tallinn"},
       {}},
  });
}

TEST_CASE("s30 loc1: 'X, a Tartu institution': a place's name as the modifier of an apposition", "[relate][s30-loc1]") {
  check_relation_rows({
      {"The Baltic Defence College, a Tartu institution, turned 25.", {"Baltic Defence College located_in Tartu"}, {}},
      {"CybExer, the Tallinn start-up, won the tender.", {"CybExer located_in Tallinn"}, {}},
      {"WithSecure, a Helsinki cyber security company, reported the breach.", {"WithSecure located_in Helsinki"}, {}},
  });
}

TEST_CASE("s30 loc1: 'X, in P, said': a body's place set off by commas", "[relate][s30-loc1]") {
  check_relation_rows({
      {"The NATO Energy Security Centre of Excellence, in Vilnius, ran the workshop.",
       {"NATO Energy Security Centre of Excellence located_in Vilnius"},
       {}},
      {"Officials from Microsoft, in Redmond, and from Google, in Mountain View, met on Monday.",
       {"Microsoft located_in Redmond", "Google located_in Mountain View"},
       {"Microsoft located_in Mountain View"}},
  });
}

TEST_CASE("s30 loc1: a place the lexicon puts in one nation is not in another written after it", "[relate][s30-loc1]") {
  check_relation_rows({
      {"In Riga, Estonia and Finland signed a memorandum on Tuesday.", {}, {"Riga located_in Estonia"}},
      {"On Monday, in Canberra, Japan hosted the talks.", {}, {"Canberra located_in Japan"}},
      {"Talks were held in Vilnius, Lithuania, on Tuesday.", {"Vilnius located_in Lithuania"}, {}},
  });
}

TEST_CASE("s30 loc1: '(held in P)' in brackets after an exercise or event", "[relate][s30-loc1]") {
  check_relation_rows({
      {"Cyber Coalition 2023 (held in Tartu) drew 1,000 participants.", {"Cyber Coalition located_in Tartu 2023"}, {}},
      {"Iron Wolf (staged at Pabrade in May) drew 3,000 troops.", {"Iron Wolf located_in Pabrade 2025-05"}, {}},
  });
}

TEST_CASE("s30 loc1: a body that moved or relocated to a place is there from then", "[relate][s30-loc1]") {
  check_relation_rows({
      {"The European Defence Agency moved to Brussels in 2005.", {"European Defence Agency located_in Brussels 2005"}, {}},
      {"The Baltic Defence College relocated from Riga to Tartu in 1999.",
       {"Baltic Defence College located_in Tartu 1999"},
       {"Baltic Defence College located_in Riga"}},
  });
}

TEST_CASE("s30 loc1: 'in Town, Region, by|during|from ...': more words may close a place pair", "[relate][s30-loc1]") {
  check_relation_rows({
      {"The letter was signed at the agency's offices in Suffolk, Virginia, by the director.",
       {"Suffolk located_in Virginia"},
       {}},
      {"The drill took place in Fort Meade, Maryland, during the summer.", {"Fort Meade located_in Maryland"}, {}},
      {"Talks took place in Tallinn, Riga and Vilnius.", {}, {"Tallinn located_in Riga"}},
  });
}
