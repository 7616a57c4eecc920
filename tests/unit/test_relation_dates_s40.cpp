// Session 40 (helper r3): relations and their dates. A unit formed "under the X's Y"; a span of
// weekdays told with its past verb after it ("From Monday to Friday, teams ... took part") is
// over by the publication day; two weekdays joined ("On Thursday and Friday") are one
// occasion's days, save in a relative clause; "at the end of" an event gives its last day;
// "set up in March" is a past; "It has been led since ... by X" after a sentence whose subject
// is no body; "meant to" and "supposed to" hedge a signing; weekdays after a sentence saying
// "last week" are that week's. Every text written for this test.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s40-r3: a unit formed under another body's unit named with a possessive", "[relate][dates][s40]") {
  check_relation_rows(
      {
          {"The Coastal Cyber Directorate was formed in 2023 under the Norwegian Army's Cyber Command.",
           {"Coastal Cyber Directorate part_of Norwegian Army's Cyber Command 2023"}},
      },
      Date{2026, 12, 2});
}

TEST_CASE("s40-r3: weekdays of a span and of a pair", "[relate][dates][s40]") {
  check_relation_rows({
      // written on Thursday 26 November: a Friday still to come cannot have passed, so last week
      {"From Monday to Friday, teams from Sweden and Finland took part in Frost Hawk 2026.",
       {"Sweden participates_in Frost Hawk 2026-11-16", "Finland participates_in Frost Hawk 2026-11-16"},
       {"Sweden participates_in Frost Hawk 2026-11-23"},
       Date{2026, 11, 26}},
      // told in the future: this week's
      {"From Monday to Friday, the Norwegian Army will host Frost Hawk 2026.",
       {"Norwegian Army organises Frost Hawk 2026-11-23"},
       {},
       Date{2026, 11, 26}},
      // written on Saturday 5 December: the occasion's first day
      {"On Thursday and Friday, officials from Malta and Cyprus attended the Valletta Cyber Forum.",
       {"Malta participates_in Valletta Cyber Forum 2026-12-03", "Cyprus participates_in Valletta Cyber Forum 2026-12-03"},
       {"Malta participates_in Valletta Cyber Forum 2026-12-04"},
       Date{2026, 12, 5}},
      // in a relative clause the two days tell of the event; the signing at its end is the second
      {"At the end of the Lakeside Cyber Dialogue 2026, which took place on Tuesday and Wednesday in Graz, Austria, "
       "Switzerland and Ireland signed the Graz Statement on Cyber Resilience.",
       {"Ireland party_to Graz Statement on Cyber Resilience 2026-11-11"},
       {},
       Date{2026, 11, 13}},
  });
}

TEST_CASE("s40-r3: at the end of an event, its last day", "[relate][dates][s40]") {
  check_relation_rows(
      {
          {"The Lakeside Cyber Dialogue 2026 took place on Tuesday and Wednesday in Graz. At the end of the dialogue, "
           "Austria, Switzerland and Ireland signed the Graz Statement on Cyber Resilience.",
           {"Austria party_to Graz Statement on Cyber Resilience 2026-11-11",
            "Switzerland party_to Graz Statement on Cyber Resilience 2026-11-11"}},
      },
      Date{2026, 11, 13});
}

TEST_CASE("s40-r3: set up in March is a past, and it is led since a day", "[relate][dates][s40]") {
  check_relation_rows(
      {
          {"The Fjord Cyber Unit was set up in March under the Norwegian Navy.",
           {"Fjord Cyber Unit part_of Norwegian Navy 2026-03"},
           {"Fjord Cyber Unit part_of Norwegian Navy 2027-03"}},
          {"Norway created the Fjord Cyber Unit in March. It has been led since 1 October by Kari Dahl.",
           {"Kari Dahl leads Fjord Cyber Unit 2026-10-01"}},
      },
      Date{2026, 12, 2});
}

TEST_CASE("s40-r3: meant or supposed to sign is no signature", "[relate][s40]") {
  check_relation_rows(
      {
          {"On the last day, Norway and Sweden were meant to be joined by Finland in signing the Oslo Memorandum on "
           "Port Security.",
           {},
           {"Finland party_to Oslo Memorandum on Port Security"}},
          {"Finland was supposed to sign the Oslo Memorandum on Port Security on Tuesday.",
           {},
           {"Finland party_to Oslo Memorandum on Port Security"}},
          {"Finland signed the Oslo Memorandum on Port Security on Tuesday.",
           {"Finland party_to Oslo Memorandum on Port Security 2026-12-01"}},
      },
      Date{2026, 12, 2});
}

TEST_CASE("s40-r3: a span of weekdays after a sentence saying last week", "[relate][dates][s40]") {
  check_relation_rows({
      // written on Friday 27 November: this week's Tuesday to Thursday would fit, but the lede said last week
      {"Defenders from five nations spent last week protecting a simulated port. Lake Shield 2026 ran from Tuesday "
       "to Thursday in Mombasa. It was organised by the Kenya Navy.",
       {"Kenya Navy organises Lake Shield 2026-11-17"},
       {"Kenya Navy organises Lake Shield 2026-11-24"},
       Date{2026, 11, 27}},
      // no such sentence: the publication's own week
      {"Lake Shield 2026 ran from Tuesday to Thursday in Mombasa. It was organised by the Kenya Navy.",
       {"Kenya Navy organises Lake Shield 2026-11-24"},
       {},
       Date{2026, 11, 27}},
      // a Sunday paper's last week is the week it closes
      {"Soldiers from five countries spent last week defending a power grid. The exercise, Coral Shoal 2026, ran from "
       "Monday to Friday in Kingston. It was organised by the Jamaica Defence Force.",
       {"Jamaica Defence Force organises Coral Shoal 2026-11-30"},
       {},
       Date{2026, 12, 6}},
  });
}
