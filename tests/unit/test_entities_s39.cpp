// Session 39 (e2): entity recognition and resolution. Places named with a lower-case
// geographic head, language names after a quoted gloss or a publishing verb, firms
// after a town's name, titles inside venues' names, towns named before a drill's
// noun, cross-headings in capitals, lone place heads, verbs in -ing opening a
// sentence, acronyms the document spells for another body, lower-case occasions
// shortening capitalised ones, and the lexicon's new names. Every text written for
// this test.
#include <catch2/catch.hpp>

#include "entity_rows.hpp"

using namespace newsgraph::testing;

TEST_CASE("s39-e2: a place named with a lower-case geographic head", "[entities][places][s39-e2]") {
  check_entity_rows({
      {"Patrol boats from both navies met on the Tembe river on Monday.", {"Tembe river:Place"}, {"Tembe:Place"}},
      {"The drill was held near the Kalondo dam, which feeds the capital.", {"Kalondo dam:Place"}, {}},
      {"Officials gathered in the Mbarali province town of Rujewa.", {"Mbarali province:Place"}, {}},
      {"The border post sits at the Sopoti bridge.", {"Sopoti bridge:Place"}, {}},
      {"The cyber centre is based in the Dalvik military camp near the port.", {"Dalvik military camp:Place"}, {}},
      // a nation before the head stays the nation
      {"Teams trained on the Paraguay river this week.", {"Paraguay:Nation"}, {"Paraguay river:Place"}},
      // the bare name stays another entity: an exercise named after the river keeps its own type
      {"Soldiers trained along the Tembe river. Exercise Tembe 2026 ended on Friday.",
       {"Tembe river:Place", "Tembe:Exercise"},
       {"Tembe:Place"}},
  });
}

TEST_CASE("s39-e2: a language's name is no place after a gloss or a publishing verb", "[entities][places][s39-e2]") {
  check_entity_rows({
      {"The exercise, called Ara Pora 2026 (\"good road\" in Guarani), ran in Ayolas.", {"Ayolas:Place"}, {"Guarani:Place"}},
      {"The statement was published in Catalan and in English.", {}, {"Catalan:Place"}},
      {"The full text was translated into Tetum last week and printed in Tetum.", {}, {"Tetum:Place"}},
      // a town after a bare "in" stays a place, even one whose name is also a language's
      {"The drill was held in Kalondo on Tuesday.", {"Kalondo:Place"}, {}},
  });
}

TEST_CASE("s39-e2: a firm after its town's name in an apposition", "[entities][organisations][s39-e2]") {
  check_entity_rows({
      {"The attacks were played by Kestrel Netsec, a Mombasa firm with twelve staff.", {"Kestrel Netsec:Organisation"}, {}},
      {"A red team from Tumbes Ciberseguridad, a Piura Norte company, attacked the grid.",
       {"Tumbes Ciberseguridad:Organisation"},
       {}},
      // an exercise noun after an unknown name types nothing
      {"Harbour Lock, a Coral Shield exercise, began.", {}, {"Harbour Lock:Exercise"}},
  });
}

TEST_CASE("s39-e2: foreign bank heads and plural possessives opening a name", "[entities][organisations][s39-e2]") {
  check_entity_rows({
      {"The Banque pour le Développement Rural (BDR) sent observers.", {"Banque pour le Développement Rural:Organisation"}, {}},
      {"Deputy Ana Molina of the Citizens' Renewal Party criticised the drill.",
       {"Citizens' Renewal Party:Organisation"},
       {"Renewal Party:Organisation"}},
  });
}

TEST_CASE("s39-e2: a title opening a venue's name stays in it", "[entities][places][s39-e2]") {
  check_entity_rows({
      {"The unit moved into a wing of the General Rudnik Barracks in the city.", {"General Rudnik Barracks:Place"},
       {"Rudnik Barracks:Place"}},
      {"The team flew from Sir Alwyn Tamu Airport on Monday.", {"Sir Alwyn Tamu Airport:Place"}, {}},
      // a title before a person's name is still a title
      {"General Rudnik said the exercise went well.", {"Rudnik:Person"}, {"General Rudnik:Place"}},
  });
}

TEST_CASE("s39-e2: a town named before a drill's noun stays a place", "[entities][places][s39-e2]") {
  check_entity_rows({
      {"Soldiers take on the region at Entebbe drill\n\nCedar Spark 2026 ran from Monday to Thursday at a base in Entebbe.",
       {"Entebbe:Place", "Cedar Spark:Exercise"},
       {"Entebbe:Exercise"}},
  });
}

TEST_CASE("s39-e2: cross-headings in capitals name nothing", "[entities][headings][s39-e2]") {
  check_entity_rows({
      {"Estonia hosted a drill on Monday.\n\nA CALM MONTH\n\nThe month was calm in Tartu.", {"Tartu:Place"},
       {"CALM MONTH:Event", "A CALM MONTH:Organisation"}},
      {"Estonia hosted a drill on Monday.\n\nA NEW AUTHORITY\n\nThe army set up an authority.", {},
       {"NEW AUTHORITY:Organisation"}},
      {"Estonia hosted a drill on Monday.\n\nAN EXERCISE ON A RAINY MONDAY\n\nThe exercise was held on Monday.", {},
       {"ON A RAINY:Exercise"}},
  });
}

TEST_CASE("s39-e2: lone place heads, 'for' after a place head and verbs in -ing", "[entities][places][s39-e2]") {
  check_entity_rows({
      {"Port officials said the terminal was safe.", {}, {"Port:Place"}},
      {"The minister signed it without a word to the House.", {}, {"House:Place"}},
      {"Teams flew to Palm Cove Base for Reef Shield 2026, a drill the navy hosted.", {"Palm Cove Base:Place"},
       {"Palm Cove Base for Reef Shield:Place"}},
      {"Serving Kanto, Mibu and the coast since 1971, the paper is read widely.", {}, {"Serving Kanto:Place"}},
      // a body's name in -ing before its head word is kept
      {"Reading Borough Council signed the pledge.", {"Reading Borough Council:Organisation"}, {"Borough Council:Organisation"}},
  });
}

TEST_CASE("s39-e2: a listed acronym the document spells for another body", "[entities][resolution][s39-e2]") {
  check_entity_rows({
      {"The Australian Federal Police trained the officers. The AFP's cyber centre is in Canberra.",
       {"Australian Federal Police:Organisation"},
       {"Agence France-Presse:Organisation"}},
      // alone, the acronym is the lexicon's
      {"The AFP reported the signing on Monday.", {"Agence France-Presse:Organisation"}, {}},
  });
}

TEST_CASE("s39-e2: a lower-case occasion shortening a capitalised one", "[entities][resolution][s39-e2]") {
  check_entity_rows({
      {"The Luang Namtha Cyber Security Forum opened on Thursday. Delegates at the Luang Namtha forum agreed to meet again.",
       {"Luang Namtha Cyber Security Forum:Event"},
       {"Luang Namtha forum:Event"}},
      {"The Tyre Conference on Digital Trust opened. The Tyre cyber conference closed on Friday.",
       {"Tyre Conference on Digital Trust:Event"},
       {"Tyre cyber conference:Event"}},
  });
}

TEST_CASE("s39-e2: the lexicon's new names", "[entities][lexicon][s39-e2]") {
  check_entity_rows({
      {"St Kitts and Nevis and St Lucia did not sign.", {"Saint Kitts and Nevis:Nation", "Saint Lucia:Nation"}, {}},
      {"The Gambia left the Commonwealth in 2013.", {"Commonwealth of Nations:Organisation"}, {}},
      {"The drill was run with CARICOM IMPACS and the OECS.",
       {"CARICOM Implementation Agency for Crime and Security:Organisation",
        "Organisation of Eastern Caribbean States:Organisation"},
       {}},
      {"Honduras is a member of the Central American Integration System (SICA).",
       {"Central American Integration System:Organisation"},
       {}},
  });
}

TEST_CASE("s39-e2: heads of hospitals, polytechnics, parks, cultural centres and days", "[entities][heads][s39-e2]") {
  check_entity_rows({
      {"She previously ran the network of Tarawa Central Hospital.", {"Tarawa Central Hospital:Organisation"}, {}},
      {"The hall of the Northern Polytechnic was full of laptops.", {"Northern Polytechnic:Organisation"}, {}},
      {"The talks were held at the Meleke Cultural Centre in the capital.", {"Meleke Cultural Centre:Place"},
       {"Meleke Cultural Centre:Organisation"}},
      {"The camp sits on the edge of the Sevan National Park.", {"Sevan National Park:Place"}, {}},
      {"The unit is based at the Batchelor Defence Precinct near the city.", {"Batchelor Defence Precinct:Place"}, {}},
      {"The Gyumri Cyber Defence Days were held on Monday and Tuesday.", {"Gyumri Cyber Defence Days:Event"}, {}},
  });
}

TEST_CASE("s39-e2: portfolios with police, and nations' adjectives joined by a dash", "[entities][organisations][s39-e2]") {
  check_entity_rows({
      {"On Friday, the Minister of Justice and Police, Ruben Tjon, signed the text.", {"Ruben Tjon:Person"},
       {"Justice and Police:Organisation"}},
      {"The dam is run by the Tanzanian-Kenyan company that built it.", {}, {"Tanzanian-Kenyan:Organisation"}},
  });
}

TEST_CASE("s39-e2: a person named by one surname of a longer name", "[entities][people][s39-e2]") {
  check_entity_rows({
      {"The text was signed by the Minister of Foreign Affairs, Jordi Casals Pujol. Before the ceremony, Casals and "
       "Ferrer-Lamy held a bilateral meeting.",
       {"Jordi Casals Pujol:Person"},
       {"Casals:Event", "Casals:Person"}},
      {"Chile was represented by General Luis Alberto Fuenzalida Mora, the commander. Fuenzalida said his command "
       "would send a team.",
       {"Luis Alberto Fuenzalida Mora:Person"},
       {"Fuenzalida:Person"}},
  });
}

TEST_CASE("s39-e2: a mission's name goes on through 'in' when its acronym spells syllables", "[entities][organisations][s39-e2]") {
  check_entity_rows({
      {"The drill was co-organised by the SADC Mission in Lesotho (SAMIL), the regional force.",
       {"SADC Mission in Lesotho:Organisation"},
       {}},
      {"Officers of the Nordic Mission in Ruvuma (NOMIR) took part.", {"Nordic Mission in Ruvuma:Organisation"}, {}},
      // an acronym the words before "in" spell keeps the place out of the name
      {"The Kestrel Mission (KM) in Lesotho took part.", {"Kestrel Mission:Organisation"},
       {"Kestrel Mission in Lesotho:Organisation"}},
  });
}

TEST_CASE("s39-e2: a region's adjective of two words before a drill describes it", "[entities][exercises][s39-e2]") {
  check_entity_rows({
      {"Until this year, no West African drill had put soldiers and bankers together.", {}, {"West African:Exercise"}},
      {"Regulator names new chief as Central Asian drill tests bank systems", {}, {"Central Asian:Exercise"}},
      // a name of the same shape is still an exercise
      {"Officials said the Savanna Lantern drill tests bank systems.", {"Savanna Lantern:Exercise"}, {}},
  });
}
