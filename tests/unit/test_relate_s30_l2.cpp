// Relations, session 30 (l2): wordings of leadership and appointment, on
// sentences written for the test in several house styles. Each text is read as
// published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30-l2: an adverb of time before the passive of leading", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"The Harbour Resilience Agency is currently led by Mirela Dobos, a former diplomat.",
       {"Mirela Dobos leads Harbour Resilience Agency"},
       {}},
      {"The Harbour Resilience Agency, now headed by Mirela Dobos, opened a regional office on Monday.",
       {"Mirela Dobos leads Harbour Resilience Agency"},
       {}},
      {"The Harbour Resilience Agency, which is presently directed by Mirela Dobos, opened an office.",
       {"Mirela Dobos leads Harbour Resilience Agency"},
       {}},
  });
}

TEST_CASE("s30-l2: taking over a body, being at its helm, being handed its command", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"In March 2024 Dorota Wrona took over the Coastal Signals Command from her predecessor.",
       {"Dorota Wrona leads Coastal Signals Command 2024-03"},
       {}},
      {"Dorota Wrona, who took over the Coastal Signals Command last year, briefed the committee.",
       {"Dorota Wrona leads Coastal Signals Command 2024"},
       {}},
      {"Dorota Wrona has been at the helm of the Coastal Signals Command since 2022.",
       {"Dorota Wrona leads Coastal Signals Command 2022"},
       {}},
      {"Dorota Wrona, at the helm of the Coastal Signals Command since 2022, briefed the committee.",
       {"Dorota Wrona leads Coastal Signals Command"},
       {}},
      {"At a ceremony on Friday, Colonel Anton Ruse handed over command of the Coastal Signals Command to "
       "Colonel Dorota Wrona.",
       {"Dorota Wrona leads Coastal Signals Command 2025-06-13"},
       {"Anton Ruse leads Coastal Signals Command"}},
      // a nation or a body that takes over a task leads nothing
      {"The Harbour Resilience Agency took over the Coastal Signals Command's incident response role in May.",
       {},
       {"Harbour Resilience Agency leads Coastal Signals Command"}},
      // taking over a task of the body is no lead of it
      {"Dorota Wrona took over the Coastal Signals Command training programme in May.",
       {},
       {"Dorota Wrona leads Coastal Signals Command"}},
  });
}

TEST_CASE("s30-l2: a head's bare title between the name and the body, as a release lists them", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"The session was opened by Tendai Moyo, Director, Harbour Resilience Agency, on Monday.",
       {"Tendai Moyo leads Harbour Resilience Agency"},
       {"Tendai Moyo affiliated_with Harbour Resilience Agency"}},
      {"Attending were Ama Owusu, Director-General, Coastal Signals Authority; and Kojo Badu, Director, "
       "Harbour Resilience Agency.",
       {"Ama Owusu leads Coastal Signals Authority", "Kojo Badu leads Harbour Resilience Agency"},
       {}},
      {"Priya Nair, Director General, Harbour Resilience Agency (HRA), inaugurated the workshop.",
       {"Priya Nair leads Harbour Resilience Agency"},
       {}},
      // a deputy's title, or a head's title of a part of the body, stays a tie
      {"Priya Nair, Deputy Director, Harbour Resilience Agency, inaugurated the workshop.",
       {"Priya Nair affiliated_with Harbour Resilience Agency"},
       {"Priya Nair leads Harbour Resilience Agency"}},
      {"Priya Nair, Director of Operations, Harbour Resilience Agency, inaugurated the workshop.",
       {"Priya Nair affiliated_with Harbour Resilience Agency"},
       {"Priya Nair leads Harbour Resilience Agency"}},
  });
}

TEST_CASE("s30-l2: leading in the progressive, presiding over, heading up", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"Kadri Lepik, who has been heading the Coastal Signals Command since 2023, briefed the committee.",
       {"Kadri Lepik leads Coastal Signals Command 2023"},
       {}},
      {"Kadri Lepik, currently leading the Harbour Resilience Agency, briefed the committee.",
       {"Kadri Lepik leads Harbour Resilience Agency"},
       {}},
      {"Kadri Lepik, running the Harbour Resilience Agency since 2022, briefed the committee.",
       {"Kadri Lepik leads Harbour Resilience Agency 2022"},
       {}},
      {"Kadri Lepik presides over the Baltic Cyber Council, which meets twice a year.",
       {"Kadri Lepik leads Baltic Cyber Council"},
       {}},
      {"Kadri Lepik, who heads up the Harbour Resilience Agency, briefed the committee.",
       {"Kadri Lepik leads Harbour Resilience Agency"},
       {"Kadri Lepik affiliated_with Harbour Resilience Agency"}},
      {"Kadri Lepik, who has run the Harbour Resilience Agency since 2024, briefed the committee.",
       {"Kadri Lepik leads Harbour Resilience Agency 2024"},
       {}},
      // leading a body's team or delegation leads not the body
      {"Kadri Lepik is leading the Harbour Resilience Agency delegation in Tallinn this week.",
       {},
       {"Kadri Lepik leads Harbour Resilience Agency"}},
  });
}

TEST_CASE("s30-l2: a head of state's title before the name and the nation after it", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"President Wanjiru Otieno of Kenya opened the cyber range in Nairobi on Monday.",
       {"Wanjiru Otieno leads Kenya"},
       {"Wanjiru Otieno affiliated_with Kenya"}},
      {"On Tuesday, Prime Minister Kadri Lepik of Estonia met the delegation.",
       {"Kadri Lepik leads Estonia"},
       {}},
      // a minister serves the nation, and a title of no state's head leads no nation
      {"Foreign Minister Kadri Lepik of Estonia met the delegation on Tuesday.",
       {},
       {"Kadri Lepik leads Estonia"}},
      {"Director Kadri Lepik of Estonia met the delegation on Tuesday.",
       {},
       {"Kadri Lepik leads Estonia"}},
  });
}

TEST_CASE("s30-l2: in command or in charge of a body, given its command", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"Colonel Kadri Lepik has been in command of the Coastal Signals Command since 1 August 2023.",
       {"Kadri Lepik leads Coastal Signals Command 2023-08-01"},
       {}},
      {"Colonel Kadri Lepik, now in command of the Coastal Signals Command, briefed the committee.",
       {"Kadri Lepik leads Coastal Signals Command"},
       {}},
      {"Colonel Kadri Lepik was given command of the Coastal Signals Command in 2023.",
       {"Kadri Lepik leads Coastal Signals Command 2023"},
       {}},
      {"Kadri Lepik was put in charge of the Harbour Resilience Agency in March.",
       {"Kadri Lepik leads Harbour Resilience Agency 2025-03"},
       {}},
  });
}

TEST_CASE("s30-l2: who succeeds another as a body's head is a person who leads it", "[recognise][leads][s30-l2]") {
  check_relation_rows({
      {"Vaiko Tammsaar succeeds Teet Orasmaa as commander of the Coastal Signals Command.",
       {"Vaiko Tammsaar leads Coastal Signals Command"},
       {}},
      {"On 1 May, Vaiko Tammsaar replaced Teet Orasmaa as director of the Harbour Resilience Agency.",
       {"Vaiko Tammsaar leads Harbour Resilience Agency 2025-05-01"},
       {}},
  });
}

TEST_CASE("s30-l2: a name after the passive of leading, or before ', CEO of', is a person", "[recognise][leads][s30-l2]") {
  check_relation_rows({
      {"The Harbour Resilience Agency is headed by Vaiko Tammsaar.",
       {"Vaiko Tammsaar leads Harbour Resilience Agency"},
       {}},
      {"The Coastal Signals Command, commanded by Teet Orasmaa, took part in the drill.",
       {"Teet Orasmaa leads Coastal Signals Command"},
       {}},
      {"Vaiko Tammsaar, CEO of Harbour Labs, said the product was ready.",
       {"Vaiko Tammsaar leads Harbour Labs"},
       {}},
  });
}

TEST_CASE("s30-l2: a head's title before the name and the body after it", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"The letter was signed by Director Kadri Lepik of the Harbour Resilience Agency on Monday.",
       {"Kadri Lepik leads Harbour Resilience Agency"},
       {"Kadri Lepik affiliated_with Harbour Resilience Agency"}},
      {"Commander Kadri Lepik of the Coastal Signals Command opened the drill.",
       {"Kadri Lepik leads Coastal Signals Command"},
       {"Kadri Lepik affiliated_with Coastal Signals Command"}},
      // a deputy's title stays a tie, a rank is no title of the body
      {"Deputy Director Kadri Lepik of the Harbour Resilience Agency opened the drill.",
       {"Kadri Lepik affiliated_with Harbour Resilience Agency"},
       {"Kadri Lepik leads Harbour Resilience Agency"}},
      {"Colonel Kadri Lepik of the Coastal Signals Command opened the drill.",
       {},
       {"Kadri Lepik leads Coastal Signals Command"}},
      // a naval or air rank before an armed service, and a body's unit after its possessive
      {"The drill was run by Commander Kadri Lepik of the Royal Harbour Navy, who leads its cyber branch.",
       {},
       {"Kadri Lepik leads Royal Harbour Navy"}},
      {"Squadron Leader Kadri Lepik of the Royal Harbour Air Force said the drill went well.",
       {},
       {"Kadri Lepik leads Royal Harbour Air Force"}},
      {"Director Kadri Lepik of the Harbour Resilience Agency's training unit said the drill went well.",
       {},
       {"Kadri Lepik leads Harbour Resilience Agency"}},
  });
}

TEST_CASE("s30-l2: a body's boss or top official", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"Kadri Lepik, boss of the Harbour Resilience Agency, said the budget would rise.",
       {"Kadri Lepik leads Harbour Resilience Agency"},
       {}},
      {"Kadri Lepik, the Harbour Resilience Agency's top official, said the budget would rise.",
       {"Kadri Lepik leads Harbour Resilience Agency"},
       {"Kadri Lepik affiliated_with Harbour Resilience Agency"}},
      // a senior official is staff
      {"Kadri Lepik, a senior official of the Harbour Resilience Agency, said the budget would rise.",
       {},
       {"Kadri Lepik leads Harbour Resilience Agency"}},
  });
}

TEST_CASE("s30-l2: appointed X the head of a body, without 'as'", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"The government appointed Kadri Lepik director general of the Harbour Resilience Agency in May.",
       {"Kadri Lepik leads Harbour Resilience Agency 2025-05"},
       {}},
      {"In March the cabinet named Kadri Lepik the new head of the Coastal Signals Command.",
       {"Kadri Lepik leads Coastal Signals Command 2025-03"},
       {}},
      // a deputy named is no head
      {"The government appointed Kadri Lepik deputy director of the Harbour Resilience Agency in May.",
       {},
       {"Kadri Lepik leads Harbour Resilience Agency"}},
  });
}

TEST_CASE("s30-l2: a head's title written after the body, after the name", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"Kadri Lepik, Harbour Resilience Agency director, opened the workshop on Monday.",
       {"Kadri Lepik leads Harbour Resilience Agency"},
       {}},
      {"Kadri Lepik (Coastal Signals Command commander) opened the workshop.",
       {"Kadri Lepik leads Coastal Signals Command"},
       {}},
      {"The workshop was opened by Kadri Lepik, Harbour Resilience Agency chief.",
       {"Kadri Lepik leads Harbour Resilience Agency"},
       {}},
      // a deputy, or the head of a part of the body, leads not the body
      {"Kadri Lepik, Harbour Resilience Agency deputy director, opened the workshop.",
       {},
       {"Kadri Lepik leads Harbour Resilience Agency"}},
      {"Kadri Lepik, Harbour Resilience Agency director of operations, opened the workshop.",
       {},
       {"Kadri Lepik leads Harbour Resilience Agency"}},
  });
}

TEST_CASE("s30-l2: named, elected or chosen to a head's post, as a participle after the name", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"Kadri Lepik, installed as commander of the Coastal Signals Command in 2023, opened the workshop.",
       {"Kadri Lepik leads Coastal Signals Command 2023"},
       {}},
      {"Kadri Lepik, re-elected as chair of the Baltic Cyber Council in 2023, opened the workshop.",
       {"Kadri Lepik leads Baltic Cyber Council 2023"},
       {}},
      {"Kadri Lepik, chosen last year to lead the Coastal Signals Command, opened the workshop.",
       {"Kadri Lepik leads Coastal Signals Command 2024"},
       {}},
      // a deputy's post is no lead
      {"Kadri Lepik, named deputy chief of the Harbour Resilience Agency in 2023, opened the workshop.",
       {},
       {"Kadri Lepik leads Harbour Resilience Agency"}},
  });
}

TEST_CASE("s30-l2: serving as a body's head, its title after the possessive", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"Kadri Lepik, who also serves as the Harbour Resilience Agency's director, opened the workshop.",
       {"Kadri Lepik leads Harbour Resilience Agency"},
       {}},
      {"Kadri Lepik has served as the Coastal Signals Command's commander since 2022.",
       {"Kadri Lepik leads Coastal Signals Command 2022"},
       {}},
      {"Kadri Lepik, serving as the Harbour Resilience Agency's deputy director, opened the workshop.",
       {},
       {"Kadri Lepik leads Harbour Resilience Agency"}},
      {"Kadri Lepik, who serves as the Harbour Resilience Agency's chief economist, opened the workshop.",
       {},
       {"Kadri Lepik leads Harbour Resilience Agency"}},
  });
}

TEST_CASE("s30-l2: a nation's head of state or government named by that phrase", "[relate][leads][s30-l2]") {
  check_relation_rows({
      {"Kenyan head of state Wanjiru Otieno opened the cyber range in Nairobi on Monday.",
       {"Wanjiru Otieno leads Kenya"},
       {}},
      {"Estonian head of government Kadri Lepik met the delegation on Monday.",
       {"Kadri Lepik leads Estonia"},
       {}},
  });
}
