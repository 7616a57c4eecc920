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
