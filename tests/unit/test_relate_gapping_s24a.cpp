// Gapping, session 24: "Croatia joined NATO in April 2009 and the European Union in July
// 2013" says the verb once for two objects, each with its own time. Each text is read as
// published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s24: a second object with a time of its own after 'and' takes the verb, dated by its own time", "[relate][s24]") {
  check_relation_rows({
      {"Croatia joined NATO in April 2009 and the European Union in July 2013.",
       {"Croatia member_of North Atlantic Treaty Organization 2009-04", "Croatia member_of European Union 2013-07"},
       {"Croatia member_of European Union 2009-04"}},
      {"Estonia took part in Locked Shields in 2019, and Cyber Coalition in 2021.",
       {"Estonia participates_in Locked Shields 2019", "Estonia participates_in Cyber Coalition 2021"},
       {"Estonia participates_in Cyber Coalition 2019"}},
      {"Latvia hosted exercise Baltic Kite in May 2022 and exercise Amber Net on 3 June.",
       {"Latvia organises Baltic Kite 2022-05", "Latvia organises Amber Net 2025-06-03"},
       {"Latvia organises Amber Net 2022-05"}},
      // a nation after "and" is another subject, not a second object of "joined"
      {"Estonia joined NATO in 2004 and Finland in 2023.",
       {"Estonia member_of North Atlantic Treaty Organization 2004"},
       {"Estonia member_of Finland"}},
  });
}

TEST_CASE("s24: the teams a host receives at an exercise take part in it", "[relate][s24]") {
  check_relation_rows({
      {"Portugal's Cyber Defense Center will host U.S. Cyber Command teams at exercise Tagus Horizon in Lisbon in July.",
       {"United States Cyber Command participates_in Tagus Horizon 2025-07"},
       {}},
      {"Portugal hosted teams from Spain and France at exercise Tagus Horizon in May.",
       {"Spain participates_in Tagus Horizon 2025-05", "France participates_in Tagus Horizon 2025-05"},
       {"Portugal participates_in Tagus Horizon"}},
  });
}

TEST_CASE("s24: after a sentence whose subject no name gives, 'its' owner is no name of its object", "[relate][s24]") {
  check_relation_rows({
      {"The new centre will train staff from Tonga, Samoa and Vanuatu. Its first director, Dr Losana Raikadroka, previously worked in Suva.",
       {},
       {"Losana Raikadroka leads Tonga"}},
      {"The hub trained staff from Tonga and Samoa in May. Its director, Dr Losana Raikadroka, said so.",
       {},
       {"Losana Raikadroka leads Tonga"}},
      // a named subject still owns the post
      {"The Cyber Command of Estonia trained staff from Tonga in May. Its commander, Colonel Mart Kask, said so.",
       {"Mart Kask leads Cyber Command of Estonia"},
       {"Mart Kask leads Tonga"}},
      {"Fiji opened the Pacific Cyber Centre on Friday. The centre will train staff from Tonga. Its first director, Dr Losana Raikadroka, spoke.",
       {"Losana Raikadroka leads Pacific Cyber Centre"},
       {"Losana Raikadroka leads Tonga"}},
  });
}

TEST_CASE("s24: a hub is a body, and 'the hub' stands for the one named", "[relate][s24]") {
  check_relation_rows({
      {"The Pacific Cyber Resilience Hub, based in Suva, was opened by Fiji and Australia in April. The hub will train staff from Tonga. "
       "Its first director, Dr Losana Raikadroka, spoke.",
       {"Pacific Cyber Resilience Hub located_in Suva", "Losana Raikadroka leads Pacific Cyber Resilience Hub"},
       {"Losana Raikadroka leads Tonga"}},
  });
}
