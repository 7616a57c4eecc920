// Relations, session 30 (pt1): taking part in and organising exercises and
// events in house styles other than news reports. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30-pt1: a year after an exercise's name does not stop its pattern", "[relate][participates_in][s30-pt1]") {
  check_relation_rows({
      {"Harbour Shield 2024 involved Estonia, Latvia and Poland.",
       {"Estonia participates_in Harbour Shield", "Latvia participates_in Harbour Shield",
        "Poland participates_in Harbour Shield"},
       {}},
      {"Locked Shields 2023 included Finland and Norway.",
       {"Finland participates_in Locked Shields", "Norway participates_in Locked Shields"},
       {}},
      {"Cyber Coalition 2022 also involved Lithuania.",
       {"Lithuania participates_in Cyber Coalition"},
       {}},
      // a number that is no year is not skipped
      {"Harbour Shield 300 involved Latvia.",
       {},
       {"Latvia participates_in Harbour Shield"}},
  });
}

TEST_CASE("s30-pt1: organiser and host nouns, chairs and auspices name who organises", "[relate][organises][s30-pt1]") {
  check_relation_rows({
      {"The Estonian Defence Forces were the main organiser of Harbour Shield 2024.",
       {"Estonian Defence Forces organises Harbour Shield"},
       {}},
      {"Latvia, the host nation of Harbour Shield 2024, provided the ranges.",
       {"Latvia organises Harbour Shield"},
       {}},
      {"Lithuania acted as host of the Vilnius Cyber Forum 2025.",
       {"Lithuania organises Vilnius Cyber Forum"},
       {}},
      {"Poland will play host to Harbour Shield 2026.",
       {"Poland organises Harbour Shield"},
       {}},
      {"Norway chaired the Vilnius Cyber Forum 2025.",
       {"Norway organises Vilnius Cyber Forum"},
       {}},
      {"Belgium and Finland co-convened the Vilnius Cyber Forum 2025.",
       {"Belgium organises Vilnius Cyber Forum", "Finland organises Vilnius Cyber Forum"},
       {}},
      {"The Vilnius Cyber Forum 2025 was held under the auspices of the European Union.",
       {"European Union organises Vilnius Cyber Forum"},
       {}},
      {"The Vilnius Cyber Forum 2025 took place at the invitation of Lithuania.",
       {"Lithuania organises Vilnius Cyber Forum"},
       {}},
      // a participant named beside the host is no host
      {"Lithuania, the host of Harbour Shield 2024, welcomed Sweden.",
       {"Lithuania organises Harbour Shield"},
       {"Sweden organises Harbour Shield"}},
      // a chair of a body, not of an occasion
      {"Norway chaired the European Union Agency for Cybersecurity board.",
       {},
       {"Norway organises European Union Agency for Cybersecurity"}},
  });
}

TEST_CASE("s30-pt1: winners and placings take part in the exercise", "[relate][participates_in][s30-pt1]") {
  check_relation_rows({
      {"Norway's blue team won Harbour Shield 2023.", {"Norway participates_in Harbour Shield"}, {}},
      {"Norway's red team finished second at Harbour Shield 2023.", {"Norway participates_in Harbour Shield"}, {}},
      {"Portugal took first place at Harbour Shield 2023.", {"Portugal participates_in Harbour Shield"}, {}},
      {"Portugal claimed top honours in Harbour Shield 2023.", {"Portugal participates_in Harbour Shield"}, {}},
      {"Portugal was the overall winner of Harbour Shield 2023.", {"Portugal participates_in Harbour Shield"}, {}},
      {"The winner of Harbour Shield 2023 was Portugal.", {"Portugal participates_in Harbour Shield"}, {}},
      {"Harbour Shield 2023 was won by the Portuguese team.", {"Portugal participates_in Harbour Shield"}, {}},
      {"The Portuguese team emerged victorious at Harbour Shield 2023.", {"Portugal participates_in Harbour Shield"}, {}},
      // the organiser of a won exercise does not take part by it
      {"Harbour Shield 2023 was hosted by Latvia and won by Portugal.",
       {"Portugal participates_in Harbour Shield", "Latvia organises Harbour Shield"},
       {"Latvia participates_in Harbour Shield"}},
  });
}

TEST_CASE("s30-pt1: involvement, plural participants, attendance and teams brought", "[relate][participates_in][s30-pt1]") {
  check_relation_rows({
      {"Croatia has been closely involved in Harbour Shield 2024.", {"Croatia participates_in Harbour Shield"}, {}},
      {"Croatia and Slovenia are regular participants in Harbour Shield 2024.",
       {"Croatia participates_in Harbour Shield", "Slovenia participates_in Harbour Shield"},
       {}},
      {"Croatia was a participating state in the Vienna Cyber Forum 2024.",
       {"Croatia participates_in Vienna Cyber Forum"},
       {}},
      {"Croatia was in attendance at the Vienna Cyber Forum 2024.", {"Croatia participates_in Vienna Cyber Forum"}, {}},
      {"Croatia brought a team of 25 to Harbour Shield 2024.", {"Croatia participates_in Harbour Shield"}, {}},
      {"Croatian specialists were deployed to Exercise Harbour Shield 2024.", {"Croatia participates_in Harbour Shield"}, {}},
      {"Croatia rejoined Harbour Shield 2024 after a break.", {"Croatia participates_in Harbour Shield"}, {}},
      {"Croatia is back at Harbour Shield 2024.", {"Croatia participates_in Harbour Shield"}, {}},
      // troops sent to a nation are not at the exercise
      {"Croatia brought a team of 25 to Slovenia.", {}, {"Slovenia participates_in Harbour Shield"}},
  });
}

TEST_CASE("s30-pt1: a host or organiser line of a fact sheet names who organises", "[relate][organises][s30-pt1]") {
  check_relation_rows({
      {"Exercise Harbour Shield 2024 ended on Friday.\n\nParticipants: Croatia, Slovenia.\n\nHost: Croatia",
       {"Croatia organises Harbour Shield", "Slovenia participates_in Harbour Shield"},
       {"Slovenia organises Harbour Shield"}},
      {"Exercise Harbour Shield 2024 ended on Friday.\n\nOrganiser: Croatian Armed Forces.\n\nHost nation: Slovenia.",
       {"Croatian Armed Forces organises Harbour Shield", "Slovenia organises Harbour Shield"},
       {}},
      {"Exercise Harbour Shield 2024 ran in May.\n\nOrganised by: the Croatian Armed Forces and the European Union.",
       {"Croatian Armed Forces organises Harbour Shield", "European Union organises Harbour Shield"},
       {}},
      // a show's host line names no organiser
      {"Episode 4 of the podcast\n\nHost: the European Union. Guest: Croatia.",
       {},
       {"European Union organises Harbour Shield"}},
  });
}

TEST_CASE("s30-pt1: all, both, each or together after a list of subjects", "[relate][participates_in][s30-pt1]") {
  check_relation_rows({
      {"The study finds that Croatia, Slovenia and Hungary all participated in Harbour Shield 2024 and Cyber "
       "Coalition 2023.",
       {"Croatia participates_in Harbour Shield", "Slovenia participates_in Harbour Shield",
        "Hungary participates_in Harbour Shield"},
       {}},
      {"Croatia and Slovenia together organised Harbour Shield 2024, and Hungary observed Cyber Coalition 2023.",
       {"Croatia organises Harbour Shield", "Slovenia organises Harbour Shield"},
       {"Hungary organises Harbour Shield"}},
      {"Croatia and Slovenia both hosted Harbour Shield 2024, while Hungary joined Cyber Coalition 2023.",
       {"Croatia organises Harbour Shield", "Slovenia organises Harbour Shield"},
       {"Hungary organises Harbour Shield"}},
  });
}

TEST_CASE("s30-pt1: people on panels and teams, inverted speaker lists, addresses by", "[relate][participates_in][s30-pt1]") {
  check_relation_rows({
      {"Among the speakers at the Vienna Cyber Forum 2024 was Ilse Brandt.",
       {"Ilse Brandt participates_in Vienna Cyber Forum"},
       {}},
      {"Ilse Brandt sat on a panel at the Vienna Cyber Forum 2024.", {"Ilse Brandt participates_in Vienna Cyber Forum"}, {}},
      {"Capt. Ilse Brandt was a member of the Austrian blue team at Harbour Shield 2024.",
       {"Ilse Brandt participates_in Harbour Shield"},
       {}},
      {"The Vienna Cyber Forum 2024 featured a keynote by Ilse Brandt.",
       {"Ilse Brandt participates_in Vienna Cyber Forum"},
       {}},
      // the person the address speaks of is not there
      {"The Vienna Cyber Forum 2024 featured a keynote about Ilse Brandt.",
       {},
       {"Ilse Brandt participates_in Vienna Cyber Forum"}},
  });
}

TEST_CASE("s30-pt1: an aside in brackets after a name does not stop its pattern", "[relate][organises][s30-pt1]") {
  check_relation_rows({
      {"The European Union (Brussels) organised Harbour Shield 2024.", {"European Union organises Harbour Shield"}, {}},
      {"Harbour Shield 2024 (3-7 June) brought together Croatia and Slovenia.",
       {"Croatia participates_in Harbour Shield", "Slovenia participates_in Harbour Shield"},
       {}},
      {"Croatia (blue team) and Slovenia (red team) took part in Harbour Shield 2024.",
       {"Croatia participates_in Harbour Shield", "Slovenia participates_in Harbour Shield"},
       {}},
      // an aside that runs on past a sentence's end is no aside
      {"The European Union (see below. Croatia organised Harbour Shield 2024.",
       {"Croatia organises Harbour Shield"},
       {"European Union organises Harbour Shield"}},
  });
}

TEST_CASE("s30-pt1: a list of exercises, each with its year", "[relate][participates_in][s30-pt1]") {
  // names the lexicon knows, whose year is no part of the name
  check_relation_rows({
      {"Croatia took part in both Locked Shields 2024 and Cyber Coalition 2023.",
       {"Croatia participates_in Locked Shields 2024", "Croatia participates_in Cyber Coalition 2023"},
       {}},
      {"Croatia hosted Locked Shields 2024, Cyber Coalition 2023 and Crossed Swords 2022.",
       {"Croatia organises Locked Shields 2024", "Croatia organises Cyber Coalition 2023",
        "Croatia organises Crossed Swords 2022"},
       {}},
      // a new clause after the year is no list member
      {"Croatia took part in Locked Shields 2024 and Slovenia hosted Cyber Coalition 2023.",
       {"Croatia participates_in Locked Shields 2024", "Slovenia organises Cyber Coalition 2023"},
       {"Croatia participates_in Cyber Coalition"}},
  });
}

TEST_CASE("s30-pt1: a description after an exercise's name does not stop its pattern", "[relate][participates_in][s30-pt1]") {
  check_relation_rows({
      {"Locked Shields 2024, the world's largest live-fire cyber exercise, brought together Croatia and Slovenia.",
       {"Croatia participates_in Locked Shields 2024", "Slovenia participates_in Locked Shields 2024"},
       {}},
      {"Cyber Coalition, a week-long tabletop drill, involved Croatia.", {"Croatia participates_in Cyber Coalition"}, {}},
      // a description ending in the exercise's noun reads as the exercise itself
      {"Locked Shields 2024, the largest cyber exercise, involved Croatia and Slovenia.",
       {"Croatia participates_in Locked Shields 2024", "Slovenia participates_in Locked Shields 2024"},
       {}},
      // with no year between the name and the description (lead, merging loc1's edition years)
      {"Cyber Coalition, the largest cyber exercise, involved Croatia.", {"Croatia participates_in Cyber Coalition"}, {}},
      // a nation named in the aside takes no part by it
      {"Cyber Coalition, a drill that Estonia ran, involved Croatia.",
       {},
       {"Estonia participates_in Cyber Coalition"}},
  });
}

TEST_CASE("s30-pt1: sides that faced off or took the field at an exercise", "[relate][participates_in][s30-pt1]") {
  check_relation_rows({
      {"Croatia and Slovenia faced off in Locked Shields 2024.",
       {"Croatia participates_in Locked Shields", "Slovenia participates_in Locked Shields"},
       {}},
      {"Croatia squared off against the red team at Locked Shields 2024.", {"Croatia participates_in Locked Shields"}, {}},
      {"Croatia and Slovenia took to the field at Locked Shields 2024.",
       {"Croatia participates_in Locked Shields", "Slovenia participates_in Locked Shields"},
       {}},
      {"Croatia exercised alongside Slovenia during Locked Shields 2024.", {"Croatia participates_in Locked Shields"}, {}},
      // the noun "exercise" is no verb
      {"The NATO exercise Cyber Coalition and Locked Shields 2024 ran in spring.",
       {},
       {"North Atlantic Treaty Organization participates_in Locked Shields"}},
  });
}

TEST_CASE("s30-pt1: the place after an exercise's name does not stop its pattern", "[relate][participates_in][s30-pt1]") {
  check_relation_rows({
      {"Locked Shields 2024 in Tallinn brought together Croatia and Slovenia.",
       {"Croatia participates_in Locked Shields 2024", "Slovenia participates_in Locked Shields 2024",
        "Locked Shields located_in Tallinn"},
       {"Tallinn participates_in Locked Shields"}},
      {"Cyber Coalition in Tartu involved Croatia.", {"Croatia participates_in Cyber Coalition"}, {}},
  });
}
