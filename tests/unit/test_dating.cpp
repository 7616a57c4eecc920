// Dates of relations: the clause's own date, the same event told on in the
// next sentence, and the date the document gives an event.
#include "paraphrase_rows.hpp"

#include "relate/dating.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("the same event told on in the next sentence keeps its date", "[relate][dating]") {
  check_relation_rows({
      {"Chile was admitted into NATO on Monday. Peru was also admitted into NATO. "
       "Mexico was admitted into the European Union.",
       {"Chile member_of North Atlantic Treaty Organization 2024-04-29",
        "Peru member_of North Atlantic Treaty Organization 2024-04-29", "Mexico member_of European Union undated"},
       {},
       Date{2024, 5, 2}},
      // what a dated sentence did not state, an undated one cannot pass on
      {"The summit was held on Monday. Chile joined NATO. Peru also joined NATO.",
       {"Peru member_of North Atlantic Treaty Organization undated"},
       {},
       Date{2024, 5, 2}},
  });
}

TEST_CASE("a sentence with words of another time inherits no date", "[relate][dating]") {
  check_relation_rows({
      {"Chile joined NATO on Monday. Peru joined NATO in earlier years.",
       {"Chile member_of North Atlantic Treaty Organization 2024-04-29",
        "Peru member_of North Atlantic Treaty Organization undated"},
       {},
       Date{2024, 5, 2}},
      {"Chile joined NATO on Monday. Peru will also join NATO.",
       {},
       {"Peru member_of North Atlantic Treaty Organization 2024-04-29"},
       Date{2024, 5, 2}},
  });
}

TEST_CASE("participants take the date the document gives the event", "[relate][dating]") {
  check_relation_rows({
      // its own date wins
      {"Cyber Flag was held from June 3 to June 14 in Lima. Chile and Peru took part in Cyber Flag. "
       "Kenya took part in Cyber Flag in 2019.",
       {"Chile participates_in Cyber Flag 2024-06-03", "Peru participates_in Cyber Flag 2024-06-03",
        "Kenya participates_in Cyber Flag 2019"},
       {"Kenya participates_in Cyber Flag 2024-06-03"},
       Date{2024, 7, 1}},
  });
}

TEST_CASE("a time of another clause does not keep the event's date away", "[relate][dating]") {
  check_relation_rows({
      {"Cyber Flag was held on June 3 in Lima. "
       "Cyber Flag, hosted by Peru, was the first in Lima since the Peruvian navy was founded in 2019.",
       {"Peru organises Cyber Flag 2024-06-03"},
       {"Peru organises Cyber Flag 2019"},
       Date{2024, 7, 1}},
      // a date of the clause itself still wins
      {"Cyber Flag was held on June 3 in Lima. Peru hosted Cyber Flag in 2019, which was its first edition.",
       {"Peru organises Cyber Flag 2019"},
       {"Peru organises Cyber Flag 2024-06-03"},
       Date{2024, 7, 1}},
  });
}

TEST_CASE("an event's date reaches far-off sentences only when it is the event's one date", "[relate][dating]") {
  check_relation_rows({
      {"Cyber Flag was held on June 3. Ana spoke. Ana left. Luis spoke. Luis left. "
       "Chile took part in Cyber Flag.",
       {"Chile participates_in Cyber Flag 2024-06-03"},
       {},
       Date{2024, 7, 1}},
      // two editions named with their dates: the far-off taking part is told of neither surely
      {"Cyber Flag was held on June 3. Cyber Flag was held in May 2023. Ana spoke. Ana left. "
       "Luis spoke. Luis left. Chile took part in Cyber Flag.",
       {"Chile participates_in Cyber Flag undated"},
       {"Chile participates_in Cyber Flag 2024-06-03"},
       Date{2024, 7, 1}},
  });
}

TEST_CASE("a date that says more about the same year is the clause's", "[relate][dating]") {
  check_relation_rows({
      {"Peru organised Cyber Flag 2023 from June 12 to June 13.",
       {"Peru organises Cyber Flag 2023-06-12"},
       {},
       Date{2023, 7, 1}},
  });
}

TEST_CASE("refined dates and clause boundaries in date_near", "[dating]") {
  std::string s = "Peru hosted the drill in 2023, on June 12, which was founded in 2019.";
  auto exprs = find_time_expressions(s, Date{2023, 7, 1});
  auto d = detail::date_near(exprs, s, 0, 11);
  REQUIRE(d.date);
  CHECK(d.date->iso() == "2023-06-12");
  CHECK(detail::other_time_words("It had previously joined."));
  CHECK_FALSE(detail::other_time_words("Peru was also admitted."));
}

TEST_CASE("dates counted from another date of the sentence", "[relate][dating]") {
  Date published{2024, 11, 14};
  auto next_day =
      relations_of("The summit was held on May 3 and the next day Chile and Peru signed the Lima Accord.", published);
  CHECK(has(next_day, "Chile party_to Lima Accord 2024-05-04"));
  auto after = relations_of("A day after the summit on May 3, Chile met with Peru.", published);
  CHECK(has(after, "Chile met_with Peru 2024-05-04"));
  auto next_year = relations_of("Chile joined NATO in 2019 and Peru joined NATO the next year.", published);
  CHECK(has(next_year, "Chile member_of North Atlantic Treaty Organization 2019"));
  CHECK(has(next_year, "Peru member_of North Atlantic Treaty Organization 2020"));
  CHECK_FALSE(has(next_year, "Chile member_of North Atlantic Treaty Organization 2020"));
}

TEST_CASE("a relative date with nothing to count from gives no date", "[dating]") {
  std::string s = "Peru joined the next year.";
  auto exprs = find_time_expressions(s, Date{2024, 11, 14});
  detail::anchor_relative(exprs, s);
  REQUIRE(exprs.size() == 1);
  CHECK_FALSE(exprs[0].resolved());
  std::string later = "Talks began on 3 May 2021; two weeks later Peru signed, and a day after the vote Chile left.";
  auto found = find_time_expressions(later, Date{2024, 11, 14});
  detail::anchor_relative(found, later);
  REQUIRE(found.size() == 3);
  CHECK(found[1].date->iso() == "2021-05-17");
  CHECK_FALSE(found[2].resolved());
}

TEST_CASE("an acronym in parentheses does not end the clause", "[dating]") {
  CHECK_FALSE(detail::another_fact(" by the Andes Cyber Centre (ACC) "));
  CHECK(detail::another_fact(" by the centre (founded in 2008) "));
  CHECK(detail::another_fact(" (2019) "));
}

TEST_CASE("dates of a saying, another clause or a relative clause are not the fact's", "[relate][dating]") {
  Date published{2024, 7, 5};  // a Friday
  auto said =
      relations_of("Teams from Chile and Peru joined the drill, the navy said in a statement on Friday.", published);
  CHECK_FALSE(has(said, "Chile participates_in drill 2024-07-05"));
  CHECK(detail::another_fact(", the navy said in a statement "));
  CHECK(detail::another_fact(" observers, and the Philippines may join as an observer "));
  std::string s = "Sweden, which joined NATO earlier this year, took part in Cyber Flag.";
  auto exprs = find_time_expressions(s, published);
  auto d = detail::date_near(exprs, s, 0, s.find(" in Cyber"));
  CHECK_FALSE(d.date);
}

TEST_CASE("an event's own date wins over the date of a saying the story was at", "[relate][dating]") {
  check_relation_rows({
      {"Cyber Flag was held from June 3 to June 14. Chile took part in Cyber Flag, the navy said on Friday. "
       "Peru also took part in Cyber Flag.",
       {"Chile participates_in Cyber Flag 2024-06-03", "Peru participates_in Cyber Flag 2024-06-03"},
       {"Peru participates_in Cyber Flag 2024-07-05"},
       Date{2024, 7, 5}},
  });
}

TEST_CASE("a month without its year after the publication date follows the tense", "[dating][yearless]") {
  check_relation_rows({
      // written in November: the December of a past verb is last year's, of a future verb this year's
      // no tense word: undated, not guessed
      {"Latvia hosted Crossed Swords in December. Estonia will host Locked Shields in December. "
       "Lithuania hosts Cyber Coalition in December.",
       {"Latvia organises Crossed Swords 2023-12", "Estonia organises Locked Shields 2024-12",
        "Lithuania organises Cyber Coalition undated"},
       {"Lithuania organises Cyber Coalition 2024-12", "Lithuania organises Cyber Coalition 2023-12"},
       Date{2024, 11, 20}},
  });
}

TEST_CASE("the words dating reads are the lexicon's temporal words", "[dating][yearless]") {
  TemporalWords words = default_temporal_words();
  CHECK(detail::another_fact(", the navy said in a statement ", words));
  words.clause_openers.erase("said");
  CHECK_FALSE(detail::another_fact(", the navy said in a statement ", words));
  CHECK(detail::other_time_words("It had previously joined.", words));
  words.other_time_words.erase("previously");
  CHECK_FALSE(detail::other_time_words("It had previously joined.", words));
  std::vector<TimeExpression> exprs;
  TimeExpression x;
  x.start = 0, x.end = 7, x.date = Date{2024, 3, 2};
  exprs.push_back(x);
  detail::anchor_relative(exprs, "March 2 , the following day", words);
  REQUIRE(exprs.size() == 2);
  CHECK(exprs[1].date == Date{2024, 3, 3});
}

TEST_CASE("an event ended on a day dates the clauses about it nearby", "[relate][dating]") {
  check_relation_rows({
      // ended / wrapped up / completed say when the event was, as held or began do;
      // with its length told ("five-day") it is dated by its first day (session 12)
      {"Sand Harbour, the regional drill, ended in Doha on Friday. "
       "The five-day exercise was hosted by Qatar and brought together teams from Oman and Kuwait.",
       {"Qatar organises Sand Harbour 2026-04-13", "Oman participates_in Sand Harbour 2026-04-13"},
       {},
       Date{2026, 4, 19}},
      {"Engineers wrapped up the Sand Harbour exercise on Thursday. Kenya took part in Sand Harbour.",
       {"Kenya participates_in Sand Harbour 2026-04-16"},
       {},
       Date{2026, 4, 19}},
  });
}

TEST_CASE("the event's day wins over a year-only date of the clause", "[relate][dating]") {
  check_relation_rows({
      // "this year" says less than the day the event ended, in the same year
      {"Sand Harbour, the regional drill, ended in Doha on Friday. "
       "The exercise was hosted this year by Qatar and brought together teams from Oman.",
       {"Qatar organises Sand Harbour 2026-04-17", "Oman participates_in Sand Harbour 2026-04-17"},
       {"Oman participates_in Sand Harbour 2026"},
       Date{2026, 4, 19}},
      // a year of its own that is another year stays
      {"Sand Harbour, the regional drill, ended in Doha on Friday. "
       "Qatar also hosted Sand Harbour in 2019.",
       {"Qatar organises Sand Harbour 2019"},
       {},
       Date{2026, 4, 19}},
  });
}

TEST_CASE("the year an event was first held is not the date of this edition", "[relate][dating]") {
  check_relation_rows({
      {"The Sand Harbour exercise was first held in Manama in 2021. Kenya took part in Sand Harbour.",
       {"Kenya participates_in Sand Harbour undated"},
       {"Kenya participates_in Sand Harbour 2021"},
       Date{2026, 4, 19}},
  });
}

TEST_CASE("the event spoken of as 'the exercise' dates it", "[relate][dating]") {
  check_relation_rows({
      // "the exercise began": the drill named before, with a verb after the noun
      {"Teams gathered in Doha for Sand Harbour, the regional drill. The exercise began on Monday. "
       "Oman and Kuwait took part in Sand Harbour.",
       {"Oman participates_in Sand Harbour 2026-04-13", "Kuwait participates_in Sand Harbour 2026-04-13"},
       {},
       Date{2026, 4, 16}},
      // "the exercise area" names something else: no date from it
      {"Teams gathered in Doha for Sand Harbour, the regional drill. The exercise area opened on Monday. "
       "Oman took part in Sand Harbour.",
       {"Oman participates_in Sand Harbour undated"},
       {"Oman participates_in Sand Harbour 2026-04-13"},
       Date{2026, 4, 16}},
  });
}
