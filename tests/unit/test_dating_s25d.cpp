// Dating, session 25 (d2): a state (part of, partner of), which no time of
// its clause dates, is dated from the "since" that follows it in the same
// clause. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"
#include "temporal/time_expressions.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25d: a state is dated from the since that follows it", "[dating][s25d]") {
  check_relation_rows({
      {"The Joint Cyber Operations Group (JCOG), part of the Norwegian Army since 2017, is small by any measure.",
       {"Joint Cyber Operations Group part_of Norwegian Army 2017"},
       {}},
      {"The Oregon National Guard, Vietnam's partner under the U.S. State Partnership Program since 2012, sent "
       "trainers.",
       {"Vietnam cooperates_with Oregon National Guard 2012"},
       {}},
      // a "since" in another clause is not the state's
      {"The Joint Cyber Operations Group (JCOG), part of the Norwegian Army, has grown since 2017.",
       {"Joint Cyber Operations Group part_of Norwegian Army undated"},
       {"Joint Cyber Operations Group part_of Norwegian Army 2017"}},
  });
}

// "takes charge in September": the present of a scheduled change looks ahead,
// as "begins" and "opens" do; a month after the publication's is the coming one.
TEST_CASE("s25d: a present 'takes' or 'assumes' with a month looks ahead", "[dating][s25d]") {
  check_relation_rows({
      {"Colonel Ana Dias, 48, takes charge of the Portuguese Cyber Defence Centre in September.",
       {"Ana Dias leads Portuguese Cyber Defence Centre 2025-09"},
       {}},
      {"Rear Admiral Tomas Berg assumes command of the Swedish Cyber Defence Command in March, replacing "
       "General Olof Lind.",
       {"Tomas Berg leads Swedish Cyber Defence Command 2026-03"},
       {"Tomas Berg leads Swedish Cyber Defence Command 2025-03"}},
  });
}

// "In 2023 she was seconded to ...": a state takes the one time that opens its sentence.
TEST_CASE("s25d: a state is dated by the time that opens its sentence", "[dating][s25d]") {
  check_relation_rows({
      {"In 2021 Ingrid Solberg was seconded to the European Cybersecurity Competence Centre in Bucharest, where "
       "she ran the planning branch.",
       {"Ingrid Solberg affiliated_with European Cybersecurity Competence Centre 2021"},
       {"European Cybersecurity Competence Centre located_in Bucharest 2021"}},
      {"In 2022, the Ministry of Defence created the Joint Cyber Operations Group (JCOG) inside the Norwegian Army.",
       {"Joint Cyber Operations Group part_of Norwegian Army 2022"},
       {}},
      // two times before the state: which one it holds from is not told
      {"In 2019 Ingrid Solberg left the navy and in 2021 she was seconded to the European Cybersecurity "
       "Competence Centre.",
       {},
       {"Ingrid Solberg affiliated_with European Cybersecurity Competence Centre 2019"}},
  });
}

// "2023 - The ministry sets up a unit": a year opening a timeline's entry before a spaced dash is a date.
TEST_CASE("s25d: a year opening a timeline entry before a dash is a date", "[dating][temporal][s25d]") {
  auto entry = find_time_expressions("2022 - The Ministry of Defence creates a small cyber unit.", Date{2025, 6, 18});
  REQUIRE(entry.size() == 1);
  CHECK(entry[0].date == Date{2022});
  auto en_dash = find_time_expressions("2021 \xE2\x80\x93 Parliament passes the first cyber law.", Date{2025, 6, 18});
  REQUIRE(en_dash.size() == 1);
  CHECK(en_dash[0].date == Date{2021});
  // a range stays a range; a year inside a sentence still needs a cue
  auto range = find_time_expressions("2019 - 2021 were hard years for the unit.", Date{2025, 6, 18});
  CHECK((range.empty() || range[0].until.has_value()));
  CHECK(find_time_expressions("Unit 2022 - the reserve - trains weekly.", Date{2025, 6, 18}).empty());
  check_relation_rows({
      {"Timeline of the service.\n\n2022 - The Ministry of Defence creates the Joint Cyber Operations Group (JCOG) "
       "inside the Norwegian Army.",
       {"Joint Cyber Operations Group part_of Norwegian Army 2022"},
       {}},
  });
}

// "a few days later": the month of the day the story was at, when a week on stays in it.
TEST_CASE("s25d: 'a few days later' is the month of the day before it", "[dating][s25d]") {
  check_relation_rows({
      {"Rear Admiral Tomas Berg took command of the Swedish Cyber Defence Command on 3 June. He met Estonia's "
       "defence minister, Hanno Pevkur, in Tallinn a few days later to discuss training.",
       {"Tomas Berg met_with Hanno Pevkur 2025-06"},
       {}},
      // late in its month: a few days on may be the next month
      {"Rear Admiral Tomas Berg took command of the Swedish Cyber Defence Command on 29 May. He met Estonia's "
       "defence minister, Hanno Pevkur, in Tallinn several days later.",
       {},
       {"Tomas Berg met_with Hanno Pevkur 2025-05"}},
  });
}

// "returned last Thursday after taking part in Cyber Flag, held in Virginia in April": the
// aside's time dates taking part in the event, not the sentence's other time.
TEST_CASE("s25d: an aside telling the event's occurrence dates taking part in it", "[dating][s25d]") {
  check_relation_rows({
      {"A team from the Estonian Defence Forces returned home last Thursday after taking part in Cyber Flag, held "
       "in Virginia in April.",
       {"Estonian Defence Forces participates_in Cyber Flag 2025-04"},
       {"Estonian Defence Forces participates_in Cyber Flag 2025-06-12"}},
      {"Teams from Finland returned home on Monday after taking part in Crossed Swords, which took place in Riga in "
       "May.",
       {"Finland participates_in Crossed Swords 2025-05"},
       {"Finland participates_in Crossed Swords 2025-06-16"}},
  });
}

// "the convention, which Peru acceded to in 2019": acceding to an agreement is becoming its party, then.
TEST_CASE("s25d: an agreement a nation acceded to in a relative clause", "[dating][s25d]") {
  check_relation_rows({
      {"Both countries are parties to the Council of Europe's Convention on Cybercrime, known as the Budapest "
       "Convention, which Peru acceded to in 2019.",
       {"Peru party_to Convention on Cybercrime 2019"},
       {}},
      {"Chile and Peru are parties to the Malabo Convention, which Angola adhered to in 2020.",
       {"Angola party_to Malabo Convention 2020"},
       {}},
  });
}
