// Names, session 25 (g): a name after an opening phrase's comma that a verb follows is the
// main clause's subject, not apposed to the phrase's noun ("After the drill, KRA signed ...").
#include <catch2/catch.hpp>

#include "entity_rows.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25g: a defined body that opens the main clause after 'On the margins of the drill,' stays an organisation",
          "[recognise][s25g]") {
  check_entity_rows({
      {"The Malawi Revenue Regulatory Board (MRRB) oversees the sector. On the margins of the drill, MRRB signed a "
       "memorandum with Zambia.",
       {"Malawi Revenue Regulatory Board:Organisation"},
       {"Malawi Revenue Regulatory Board:Exercise"}},
      {"The Fiji Telecommunications Authority (FTA) regulates networks. After the exercise, FTA said the "
       "teams had done well.",
       {"Fiji Telecommunications Authority:Organisation"},
       {"Fiji Telecommunications Authority:Exercise"}},
      {"The Nepal Spectrum Commission (NSC) licenses operators. During the cyber drill, NSC hosted a dinner "
       "for the visiting teams.",
       {"Nepal Spectrum Commission:Organisation"},
       {"Nepal Spectrum Commission:Exercise"}},
      // an apposition that a comma or the sentence's end closes still names the exercise
      {"Laos joined a new regional drill, Mekong Lantern, in May.", {"Mekong Lantern:Exercise"}, {}},
  });
}

TEST_CASE("s25g: teams that took part after the drill's regulator signed on its margins take part in the drill",
          "[recognise][s25g]") {
  check_relation_rows({
      {"Malawi hosted an exercise code-named Lake Signal in May. The Malawi Revenue Regulatory Board (MRRB) "
       "oversees the sector. Teams from Zambia and Mozambique took part. On the margins of the exercise, MRRB "
       "signed a memorandum with Zambia.",
       {"Zambia participates_in Lake Signal 2025-05", "Mozambique participates_in Lake Signal 2025-05"},
       {"Zambia participates_in Malawi Revenue Regulatory Board"}},
  });
}

TEST_CASE("s25g: nations that completed, rounded out or made up the roster or field take part in the exercise",
          "[relate][s25g]") {
  check_relation_rows({
      {"Ghana hosted the exercise Volta Shield in May. Teams from Togo took part. Benin, Niger and Mali completed "
       "the roster, a spokesman said.",
       {"Benin participates_in Volta Shield 2025-05", "Niger participates_in Volta Shield 2025-05",
        "Mali participates_in Volta Shield 2025-05"},
       {}},
      {"Chile hosted the exercise Andes Relay in May. Peru and Ecuador rounded out the field.",
       {"Peru participates_in Andes Relay 2025-05", "Ecuador participates_in Andes Relay 2025-05"},
       {}},
      {"Fiji hosted the exercise Reef Lantern in May. Tonga and Samoa made up the rest of the lineup.",
       {"Tonga participates_in Reef Lantern 2025-05", "Samoa participates_in Reef Lantern 2025-05"},
       {}},
      // finishing something else is no part in the exercise
      {"Fiji hosted the exercise Reef Lantern in May. Tonga completed the purchase of two patrol boats.",
       {},
       {"Tonga participates_in Reef Lantern 2025-05"}},
  });
}

TEST_CASE("s25g: specialists, experts or professionals from a nation or body take part in the story's exercise",
          "[relate][s25g]") {
  check_relation_rows({
      {"Ghana hosted the exercise Volta Shield in May. Specialists from Togo and Benin defended a simulated "
       "power grid for five days.",
       {"Togo participates_in Volta Shield 2025-05", "Benin participates_in Volta Shield 2025-05"},
       {}},
      {"Chile hosted the exercise Andes Relay in May. Cyber specialists from Peru spent three days in Santiago.",
       {"Peru participates_in Andes Relay 2025-05"},
       {}},
      {"Fiji hosted the exercise Reef Lantern in May. Some 40 professionals from Tonga trained alongside the hosts.",
       {"Tonga participates_in Reef Lantern 2025-05"},
       {}},
  });
}

TEST_CASE("s25g: a group from a body that ran or hosted a drill itself took part in no earlier exercise",
          "[relate][s25g]") {
  check_relation_rows({
      {"Latvia took part in the exercise Baltic Kite in May. In June, specialists from the Ohio National Guard, "
       "which has worked with Latvia since 1993, ran a separate drill in Riga.",
       {"Latvia participates_in Baltic Kite 2025-05"},
       {"Ohio National Guard participates_in Baltic Kite"}},
      {"Estonia took part in the exercise Amber Kite in May. Teams from the Finnish Defence Forces hosted a "
       "second drill in June.",
       {},
       {"Finnish Defence Forces participates_in Amber Kite"}},
      {"Norway took part in the exercise Fjord Kite in May. Professionals from the Danish Defence Intelligence Service "
       "also organised a seminar.",
       {},
       {"Danish Defence Intelligence Service participates_in Fjord Kite"}},
  });
}

TEST_CASE("s25g: experts from a nation who comment took no part", "[relate][s25g]") {
  check_relation_rows({
      {"Fiji hosted the exercise Reef Lantern in May. Experts from Tonga said the scenario was too easy.",
       {},
       {"Tonga participates_in Reef Lantern"}},
  });
}

TEST_CASE("s25g: an exercise that, held or staged somewhere, involved or brought together nations has them take part",
          "[relate][s25g]") {
  check_relation_rows({
      {"Chile hosted the exercise Andes Relay in May. The three-day exercise, held in Santiago, involved Peru "
       "as well as Ecuador.",
       {"Peru participates_in Andes Relay 2025-05", "Ecuador participates_in Andes Relay 2025-05"},
       {}},
      {"Ghana hosted the exercise Volta Shield in May. The drill, staged near the border with Togo, brought "
       "together Benin and Niger.",
       {"Benin participates_in Volta Shield 2025-05", "Niger participates_in Volta Shield 2025-05"},
       {}},
      {"Estonia hosted the exercise Amber Kite in May. The exercise, run from a bunker in Tartu, drew Latvia "
       "and Lithuania.",
       {"Latvia participates_in Amber Kite 2025-05", "Lithuania participates_in Amber Kite 2025-05"},
       {}},
  });
}

TEST_CASE("s25g: one head word after 'and' ends a ministry's portfolio, two words start another name",
          "[recognise][s25g]") {
  check_entity_rows({
      {"Laos and the Thai Ministry of Culture and Society held talks in Vientiane.",
       {"Thai Ministry of Culture and Society:Organisation"},
       {"Thai Ministry of Culture:Organisation"}},
      {"The Zambian Ministry of Home Affairs and Police issued a statement on Monday.",
       {"Zambian Ministry of Home Affairs and Police:Organisation"},
       {"Zambian Ministry of Home Affairs:Organisation"}},
      {"Officials of the Department of Trade and Industries met the delegation.",
       {"Department of Trade and Industries:Organisation"},
       {"Department of Trade:Organisation"}},
      // two words after "and" still name a second body
      {"The Ministry of Defence and Cyber Command signed a plan.",
       {"Ministry of Defence:Organisation", "Cyber Command:Organisation"},
       {}},
  });
}

TEST_CASE("s25g: nations that played full, active or defending roles or parts take part in the story's exercise",
          "[relate][s25g]") {
  check_relation_rows({
      {"Ghana hosted the exercise Volta Shield in May. Benin and Togo, which had only observed in earlier years, "
       "played full defending roles this time.",
       {"Benin participates_in Volta Shield 2025-05", "Togo participates_in Volta Shield 2025-05"},
       {}},
      {"Chile hosted the exercise Andes Relay in May. Peru played an active part.",
       {"Peru participates_in Andes Relay 2025-05"},
       {}},
      {"Fiji hosted the exercise Reef Lantern in May. Tonga played a defensive role.",
       {"Tonga participates_in Reef Lantern 2025-05"},
       {}},
      // a leading role in something else is no part in the exercise
      {"Fiji hosted the exercise Reef Lantern in May. Samoa played a leading role in founding the forum.",
       {},
       {"Samoa participates_in Reef Lantern 2025-05"}},
  });
}

TEST_CASE("s25g: a city, its region and then 'with', 'and on' or '-based' places the city in the region",
          "[relate][s25g]") {
  check_relation_rows({
      {"The drill ran at a depot in Tacoma, Washington, and on a range run from the cloud.",
       {"Tacoma located_in Washington"},
       {}},
      {"The course is taught at a school in Fresno, California, with help from Lithuanian instructors.",
       {"Fresno located_in California"},
       {}},
      {"Kestrel Labs, a Boulder, Colorado-based company, built the range.", {"Boulder located_in Colorado"}, {}},
  });
}

TEST_CASE("s25g: a parliamentary (state) secretary named after the title in apposition is a person of that nation",
          "[relate][s25g]") {
  check_relation_rows({
      {"Estonian Defence Minister Priit Tamm met with Germany's Parliamentary State Secretary for Defence, "
       "Anna Vogt-Berg, in Tallinn on Monday.",
       {"Anna Vogt-Berg affiliated_with Germany", "Anna Vogt-Berg met_with Priit Tamm"},
       {}},
      {"Latvian Defence Minister Ilze Ozola met Austria's Parliamentary Secretary for Defence, Jonas Reiter, "
       "in Riga.",
       {"Jonas Reiter affiliated_with Austria", "Jonas Reiter met_with Ilze Ozola"},
       {}},
      {"Lithuanian Defence Minister Jonas Petraitis met with Norway's Parliamentary State Secretary, Eva Lunde, "
       "in Vilnius.",
       {"Eva Lunde affiliated_with Norway", "Eva Lunde met_with Jonas Petraitis"},
       {}},
  });
}

TEST_CASE("s25g: a team that finished behind or was beaten by the winner, or was judged best, took part",
          "[relate][s25g]") {
  check_relation_rows({
      {"Ghana hosted the exercise Volta Shield in May. Togo's team finished first, ahead of Benin's Cyber "
       "Security Agency.",
       {"Benin's Cyber Security Agency participates_in Volta Shield 2025-05"},
       {}},
      {"Chile hosted the exercise Andes Relay in May. The Chilean Army came second, narrowly behind Peru.",
       {"Peru participates_in Andes Relay 2025-05"},
       {}},
      {"Fiji hosted the exercise Reef Lantern in May. Tonga's team was judged the best overall.",
       {"Tonga participates_in Reef Lantern 2025-05"},
       {}},
      {"Fiji hosted the exercise Reef Lantern in May. Samoa was named winner of the drill.",
       {"Samoa participates_in Reef Lantern 2025-05"},
       {}},
  });
}

TEST_CASE("s25g: a nation or body that played, defended or trained in or with a (joint) team took part",
          "[relate][s25g]") {
  check_relation_rows({
      {"Ghana hosted the exercise Volta Shield in May. Togo, which joined the forum in 2021, played in a team "
       "with Benin.",
       {"Togo participates_in Volta Shield 2025-05"},
       {}},
      {"Chile hosted the exercise Andes Relay in May. Peru's Joint Cyber Command trained with a team from "
       "Ecuador's army.",
       {"Peru's Joint Cyber Command participates_in Andes Relay 2025-05"},
       {}},
      {"Fiji hosted the exercise Reef Lantern in May. Tonga defended in a joint team with Samoa.",
       {"Tonga participates_in Reef Lantern 2025-05"},
       {}},
  });
}

TEST_CASE("s25g: a nation or body that provided, contributed or supplied specialists or a team took part",
          "[relate][s25g]") {
  check_relation_rows({
      {"Ghana hosted the exercise Volta Shield in May. Togo and Benin each provided about 30 specialists.",
       {"Togo participates_in Volta Shield 2025-05", "Benin participates_in Volta Shield 2025-05"},
       {}},
      {"Chile hosted the exercise Andes Relay in May. The Peruvian Navy contributed a team of twelve.",
       {"Peruvian Navy participates_in Andes Relay 2025-05"},
       {}},
      {"Fiji hosted the exercise Reef Lantern in May. Tonga supplied two operators.",
       {"Tonga participates_in Reef Lantern 2025-05"},
       {}},
      // what is provided is no people: no part taken
      {"Fiji hosted the exercise Reef Lantern in May. Samoa provided funding for the range.",
       {},
       {"Samoa participates_in Reef Lantern 2025-05"}},
  });
}
