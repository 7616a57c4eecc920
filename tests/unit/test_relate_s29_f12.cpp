// Relations, session 29 (f12): wording families of heldout11's misses that
// recur across sets. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s29-f12: an executive secretary or general manager heads the body", "[relate][leads][s29-f12]") {
  check_relation_rows({
      {"The Arctic Cyber Centre ran the drill in Tromso. Its executive secretary, Maria Lunde Vik, opened the "
       "final session on Thursday.",
       {"Maria Lunde Vik leads Arctic Cyber Centre"},
       {}},
      {"On Monday the Arctic Cyber Centre's general manager, Jon Dahlberg, met reporters in Oslo.",
       {"Jon Dahlberg leads Arctic Cyber Centre"},
       {}},
      {"The drill was backed by the Arctic Cyber Centre, whose chairperson, Dr Maria Lunde Vik, spoke on Monday.",
       {"Maria Lunde Vik leads Arctic Cyber Centre"},
       {}},
      {"The Arctic Cyber Centre ran the drill in Tromso. Its executive secretary, the Norwegian diplomat Maria "
       "Lunde Vik, opened the final session.",
       {"Maria Lunde Vik leads Arctic Cyber Centre"},
       {}},
      {"The board appointed Jon Dahlberg as general manager of Arctic Cyber Services on Monday.",
       {"Jon Dahlberg leads Arctic Cyber Services"},
       {}},
      // a deputy's post is no lead
      {"On Monday the Arctic Cyber Centre's deputy executive secretary, Jon Dahlberg, met reporters in Oslo.",
       {},
       {"Jon Dahlberg leads Arctic Cyber Centre"}},
  });
}

TEST_CASE("s29-f12: a nation's minister or secretary serves it, its head of government leads it", "[relate][affiliated_with][s29-f12]") {
  check_relation_rows({
      {"On Friday, Kolvik received Norway's Minister of Defence, Bjorn Arntzen, who was on a visit to Tallinn.",
       {"Bjorn Arntzen affiliated_with Norway"},
       {"Bjorn Arntzen leads Norway"}},
      {"The Latvian minister also met Iceland's Secretary for Digital Affairs, Ms Gudrun Hallsdottir.",
       {"Gudrun Hallsdottir affiliated_with Iceland"},
       {"Gudrun Hallsdottir leads Iceland"}},
      {"Kolvik later met Norway's Prime Minister, Bjorn Arntzen, in Oslo.",
       {"Bjorn Arntzen leads Norway"},
       {"Bjorn Arntzen affiliated_with Norway"}},
      {"Kolvik later met Norway's President, Bjorn Arntzen, in Oslo.",
       {"Bjorn Arntzen leads Norway"},
       {}},
  });
}

TEST_CASE("s29-f12: 'of which' after a body and its town, and contributing participants", "[relate][member_of][s29-f12]") {
  check_relation_rows({
      {"Norway works with the Nordic Cyber Hub in Oslo, of which Denmark was a founding member.",
       {"Denmark member_of Nordic Cyber Hub", "Nordic Cyber Hub located_in Oslo"},
       {"Denmark member_of Oslo"}},
      {"The Nordic Cyber Hub, of which Iceland is a contributing participant, met in Oslo.",
       {"Iceland member_of Nordic Cyber Hub"},
       {}},
  });
}

TEST_CASE("s29-f12: a town-based fund or bank is located there", "[relate][located_in][s29-f12]") {
  check_relation_rows({
      {"The round was led by Bergen-based fund Fjordkapital Ventures and Oslo-based bank Nordre Sparebank.",
       {"Fjordkapital Ventures located_in Bergen", "Nordre Sparebank located_in Oslo"},
       {}},
  });
}

TEST_CASE("s29-f12: 'it is headed by' after a nation set up a body is the body's head", "[relate][leads][s29-f12]") {
  check_relation_rows({
      {"Norway created the Cyber Defence Directorate in 2021 under the Ministry of Defence. It is headed by Rear "
       "Admiral Jon Hale, who took office in March of last year.",
       {"Jon Hale leads Norway's Cyber Defence Directorate"},
       {"Jon Hale leads Norway"}},
      {"Iceland set up the Arctic Cyber Centre in 2020. It is commanded by Colonel Anna Berg.",
       {"Anna Berg leads Arctic Cyber Centre"},
       {"Anna Berg leads Iceland"}},
      // a nation led by its president stays the nation
      {"Finland joined the Nordic Cyber Hub in 2023. It is led by President Jan Lind.",
       {},
       {"Jan Lind leads Nordic Cyber Hub"}},
  });
}

TEST_CASE("s29-f12: a gapped second object after a subject of two names", "[relate][party_to][s29-f12]") {
  check_relation_rows({
      {"Norway and Iceland signed a Strategic Partnership Agreement in 2010 and the Reykjavik Declaration on Allied "
       "Relations in 2021.",
       {"Norway party_to Reykjavik Declaration on Allied Relations 2021",
        "Iceland party_to Reykjavik Declaration on Allied Relations 2021",
        "Norway party_to Strategic Partnership Agreement 2010"},
       {"Norway party_to Reykjavik Declaration on Allied Relations 2010"}},
  });
}

TEST_CASE("s29-f12: a partner nation of a body is a member", "[relate][member_of][s29-f12]") {
  check_relation_rows({
      {"Norway has become a partner nation of the Nordic Cyber Hub (NCH) in Oslo, the ministry announced on Wednesday.",
       {"Norway member_of Nordic Cyber Hub"},
       {}},
  });
}
