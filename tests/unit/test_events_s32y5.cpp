// Session 32, helper y5: events' places in ordinary news wording.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// An event's opening or closing verb with a place right after it ("opened in Singapore",
// "which ended in Tallinn") tells where the event was, also with an aside of its
// organiser between the name and the verb; never the organiser's place.
TEST_CASE("s32-y5: an event opened or ended in a place is located there", "[relate][s32-y5]") {
  check_relation_rows({
      {"The Harbour Dialogue opened in Singapore on Friday.", {"Harbour Dialogue located_in Singapore"}, {}},
      {"Exercise Amber Reef, which began in Klaipeda on Monday, will last two weeks.",
       {"Amber Reef located_in Klaipeda"},
       {}},
      {"The Coral Forum ended in Bergen on Thursday.", {"Coral Forum located_in Bergen"}, {}},
      {"The Harbour Dialogue, organised by the Institute for Maritime Studies, opened in Singapore on Friday.",
       {"Harbour Dialogue located_in Singapore", "Institute for Maritime Studies organises Harbour Dialogue"},
       {}},
      // a time after the verb is no place
      {"The Coral Forum ended in May.", {}, {"Coral Forum located_in May"}},
  });
}

// "the 9th meeting of the Council of Ministers": the body after "of" is part of the numbered
// occasion's name, so the verb after it tells of the occasion (and not of the body).
TEST_CASE("s32-y5: a numbered meeting of a body is the subject of the verb after the body", "[relate][s32-y5]") {
  check_relation_rows({
      {"The 9th meeting of the Council of Ministers was held in Bergen on Monday.",
       {"9th meeting of the Council of Ministers located_in Bergen"},
       {}},
      {"The 12th summit of the Nordic Council, which opened in Bergen on Monday, ended on Tuesday.",
       {"12th summit of the Nordic Council located_in Bergen"},
       {}},
      {"Norway hosted the 4th meeting of the Joint Commission in Bergen.",
       {"Norway organises 4th meeting of the Joint Commission", "4th meeting of the Joint Commission located_in Bergen"},
       {"Joint Commission located_in Bergen"}},
      // a body of a body keeps its own part_of
      {"Oman attended the third meeting of the Committee for Cyber Security of the Arab League.",
       {"Oman participates_in third meeting of the Committee for Cyber Security"},
       {}},
  });
}

// "the 5th session of the Joint Committee": a numbered session of a body is one occasion
// (cues.json lowercase_heads), like its meeting; those who attend it take part in it.
TEST_CASE("s32-y5: a numbered session of a body is an event", "[relate][s32-y5]") {
  check_relation_rows({
      {"Delegations from Finland and Sweden attended the 5th session of the Joint Committee on Tuesday.",
       {"Finland participates_in 5th session of the Joint Committee",
        "Sweden participates_in 5th session of the Joint Committee"},
       {}},
      {"The 12th session of the Joint Commission was held in Bergen on Tuesday.",
       {"12th session of the Joint Commission located_in Bergen"},
       {}},
  });
}

// "took part in Dragon 26": a capitalised name the recogniser left untyped after "in" is
// the object itself; the exercise named in an earlier sentence is not the one left out.
TEST_CASE("s32-y5: an untyped name after 'took part in' is no cue for the latest exercise", "[relate][s32-y5]") {
  check_relation_rows({
      {"Estonian soldiers took part in the Iron Wolf exercise last week. Croatia took part in Dragon 26 on "
       "Monday.",
       {"Estonia participates_in Iron Wolf"},
       {"Croatia participates_in Iron Wolf"}},
      // a month after "in" is a time, and the exercise is still the one spoken of
      {"Estonian soldiers took part in the Iron Wolf exercise last week. Croatia also took part in May.",
       {"Estonia participates_in Iron Wolf", "Croatia participates_in Iron Wolf"},
       {}},
  });
}

// "E, organised by X with Y,": the partner named after "with" organises the event too.
TEST_CASE("s32-y5: a partner after 'organised by X with' organises the event", "[relate][s32-y5]") {
  check_relation_rows({
      {"The Lakeside Cyber Forum, organised by Switzerland with the Geneva Centre for Security Policy, closed on "
       "Thursday.",
       {"Switzerland organises Lakeside Cyber Forum", "Geneva Centre for Security Policy organises Lakeside Cyber Forum"},
       {}},
      {"The Lakeside Cyber Forum, hosted by Switzerland in cooperation with the Geneva Centre for Security Policy, "
       "drew 300 delegates.",
       {"Geneva Centre for Security Policy organises Lakeside Cyber Forum"},
       {}},
      {"The Lakeside Cyber Forum was organised by Switzerland with the Geneva Centre for Security Policy, and "
       "drew 300 delegates.",
       {"Geneva Centre for Security Policy organises Lakeside Cyber Forum"},
       {}},
  });
}

// "will send observers to E", "also dispatched a frigate to E": an auxiliary or adverb
// between the sender and "send" leaves it the sender's participation.
TEST_CASE("s32-y5: sending to an exercise after an auxiliary or adverb", "[relate][s32-y5]") {
  check_relation_rows({
      {"Norway will send observers to the Mare Aperto exercise.", {"Norway participates_in Mare Aperto"}, {}},
      {"Italy also dispatched a frigate to the Mare Aperto exercise.", {"Italy participates_in Mare Aperto"}, {}},
  });
}

// "E is an annual exercise of the Italian Navy": the body whose exercise the copula says
// it is organises it; "of the year" names no body.
TEST_CASE("s32-y5: an exercise said by a copula to be a body's own is organised by it", "[relate][s32-y5]") {
  check_relation_rows({
      {"Mare Aperto is an annual exercise of the Italian Navy.", {"Italian Navy organises Mare Aperto"}, {}},
      {"Baltic Lance is a multinational exercise of the Lithuanian Armed Forces held near Rukla.",
       {"Lithuanian Armed Forces organises Baltic Lance"},
       {}},
  });
}
