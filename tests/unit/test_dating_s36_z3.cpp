// Dates anchored on the publication date or on a date told before, written for session 36
// (helper z3). Texts are the test's own; the publication date is said in each case.
#include "paraphrase_rows.hpp"
#include "temporal/time_expressions.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
// The first expression's start and end, "start..end" ("none" for a missing one).
std::string first_span(std::string_view s, Date published) {
  auto xs = find_time_expressions(s, published);
  if (xs.empty()) return "nothing";
  const auto& x = xs.front();
  return (x.date ? x.date->iso() : std::string("none")) + ".." + (x.until ? x.until->iso() : std::string("none"));
}
}  // namespace

TEST_CASE("a span of weekdays told in the past ends by the publication day", "[temporal][dating][s36-z3]") {
  const Date wednesday{2025, 6, 18}, tuesday{2025, 6, 17};
  // written on a Wednesday: "from Tuesday to Friday" in the past is last week's
  CHECK(first_span("The drill took place from Tuesday to Friday at the port.", wednesday) == "2025-06-10..2025-06-13");
  CHECK(first_span("Teams from Ghana competed from Monday to Thursday.", tuesday) == "2025-06-09..2025-06-12");
  CHECK(first_span("The summit was held from Tuesday to Wednesday.", tuesday) == "2025-06-10..2025-06-11");
  CHECK(first_span("It ran from Monday to Thursday last week.", wednesday) == "2025-06-09..2025-06-12");
  CHECK(first_span("Teams from Ghana competed from Monday to Thursday.", wednesday) == "2025-06-09..2025-06-12");
  // a span that ends by the publication day, or one that looks ahead or is told in the present, is kept
  CHECK(first_span("The drill took place from Monday to Tuesday.", wednesday) == "2025-06-16..2025-06-17");
  CHECK(first_span("The drill took place from Monday to Wednesday.", wednesday) == "2025-06-16..2025-06-18");
  CHECK(first_span("The drill will take place from Tuesday to Friday.", wednesday) != "2025-06-10..2025-06-13");
  CHECK(first_span("The drill runs from Monday to Friday.", wednesday) == "2025-06-16..2025-06-20");
  check_relation_rows({
      {"The Ghana Armed Forces last week hosted the Volta Shield exercise. The exercise took place from Tuesday to "
       "Friday in Accra, and Togo took part in it.",
       {"Togo participates_in Volta Shield 2025-06-10"}, {"Togo participates_in Volta Shield 2025-06-17"}},
  });
}

TEST_CASE("a unit or a tie that has existed since a time holds from it", "[relate][dating][s36-z3]") {
  check_relation_rows({
      {"The Estonian Cyber Command has existed since 2018 and is part of the Estonian Defence Forces.",
       {"Estonian Cyber Command part_of Estonian Defence Forces 2018"}, {}},
      {"Teams from Senegal took part, as did the Ghanaian Army's Cyber Response Centre, which has existed since 2019 "
       "and is led by Colonel Kofi Mensah.",
       {"Ghanaian Army's Cyber Response Centre part_of Ghanaian Army 2019"}, {}},
      {"Finland and Estonia have a partnership that has existed since 2017.", {"Finland cooperates_with Estonia 2017"}, {}},
      {"Lithuania and Poland have worked together in a partnership that has existed since 2015.",
       {"Lithuania cooperates_with Poland 2015"}, {}},
      // another body's age is not the unit's, nor the tie's
      {"The Estonian Cyber Command is part of the Estonian Defence Forces, whose academy has existed since 1919.", {},
       {"Estonian Cyber Command part_of Estonian Defence Forces 1919"}},
      {"Finland and Estonia signed a pact at the forum, which has existed since 2017.", {},
       {"Finland cooperates_with Estonia 2017"}},
  });
}

TEST_CASE("a fact told before, after or on the eve of a signing takes the signing's day", "[relate][dating][s36-z3]") {
  // read as published on Wednesday 18 June 2025
  check_relation_rows({
      {"Latvian minister Andris Spruds signed the Riga Cyber Accord on Friday. Before the signing, Spruds met with "
       "Estonian minister Hanno Pevkur.",
       {"Andris Spruds met_with Hanno Pevkur 2025-06-13"}, {}},
      {"Tuvalu signed the Funafuti Accord on 3 June. The text was drafted in Suva. On the eve of the signing, Kiribati "
       "joined the Pacific Islands Forum.",
       {"Kiribati member_of Pacific Islands Forum 2025-06-02"}, {}},
      {"Chile signed the Andes Charter on Monday. Two days after the signing, Peru joined the Pacific Data Alliance.",
       {"Peru member_of Pacific Data Alliance 2025-06-18"}, {}},
      // no signing told before: no date
      {"Lithuania hosted a forum on Monday. On the eve of the signing, Poland joined the Baltic Cyber Pact.", {},
       {"Poland party_to Baltic Cyber Pact 2025-06-15"}},
  });
}

TEST_CASE("the following or previous season counts from the date told before", "[relate][dating][s36-z3]") {
  check_relation_rows({
      {"Hungary joined the Danube Cyber Network in 2010. The following summer, Slovakia joined the Danube Cyber "
       "Network.",
       {"Slovakia member_of Danube Cyber Network 2011"}, {"Slovakia member_of Danube Cyber Network 2010"}},
      {"Hungary joined the Danube Cyber Network in January 2010. The following summer, Slovakia joined the Danube "
       "Cyber Network.",
       {"Slovakia member_of Danube Cyber Network 2010"}, {}},
      {"Hungary joined the Danube Cyber Network in October 2010. The following spring, Slovakia joined it too. "
       "Czechia joined the Danube Cyber Network the previous summer.",
       {"Czechia member_of Danube Cyber Network 2010"}, {}},
      {"Peru joined the Andes Cyber Group in November 2012, and in the following spring Bolivia joined the Andes "
       "Cyber Group.",
       {"Bolivia member_of Andes Cyber Group 2013", "Peru member_of Andes Cyber Group 2012-11"},
       {"Peru member_of Andes Cyber Group 2013"}},
      // a time counted from the fact's own date that opens another subject's clause is not the fact's again
      {"Peru joined the Andes Cyber Group in 2012, and a year later, Bolivia joined the Andes Cyber Group.",
       {"Bolivia member_of Andes Cyber Group 2013"}, {"Peru member_of Andes Cyber Group 2013"}},
      {"Peru took part in the Condor Shield exercise in 2012 and again a year later.",
       {"Peru participates_in Condor Shield 2012", "Peru participates_in Condor Shield 2013"}, {}},
  });
}

TEST_CASE("a body that became a unit of another at a time is part of it from then", "[relate][dating][s36-z3]") {
  check_relation_rows({
      {"The Moldovan Cyber Agency, which became a national office within the Ministry of Economy in January 2024, "
       "signed the pact.",
       {"Moldovan Cyber Agency part_of Ministry of Economy 2024-01"}, {}},
      {"The Slovak Cyber Centre became an agency of the Ministry of Defence in 2019.",
       {"Slovak Cyber Centre part_of Slovakia's Ministry of Defence 2019"}, {}},
      // a unit that is one is dated by no time of another clause
      {"The Slovak Cyber Centre is an agency of the Ministry of Defence and hosted a drill in 2019.", {},
       {"Slovak Cyber Centre part_of Slovakia's Ministry of Defence 2019"}},
  });
}

TEST_CASE("what a clause after 'two days after' tells happened that long before the main clause's date",
          "[relate][dating][s36-z3]") {
  // read as published on Wednesday 18 June 2025
  check_relation_rows({
      {"Pakistan and Oman on Wednesday signed a memorandum, two days after the two countries wrapped up the Desert "
       "Lance exercise in Muscat, which Oman hosted.",
       {"Oman organises Desert Lance 2025-06-16"}, {"Oman organises Desert Lance 2025-06-18"}},
      {"Chile joined the Andes Cyber Group on 12 June, a day after Peru joined the Andes Cyber Group.",
       {"Peru member_of Andes Cyber Group 2025-06-11", "Chile member_of Andes Cyber Group 2025-06-12"}, {}},
      // a phrase right after a date that opens the sentence names that date again
      {"On Friday, the day after the exercise ended, Samoa and Tonga signed the Apia Accord.",
       {"Samoa party_to Apia Accord 2025-06-13"}, {}},
      {"On Friday, two days after the exercise ended, Samoa and Tonga signed the Apia Accord.",
       {"Samoa party_to Apia Accord 2025-06-13"}, {}},
  });
}

TEST_CASE("a post taken up 'with effect from' a day without its year is the coming one within half a year",
          "[relate][dating][s36-z3]") {
  check_relation_rows({
      {"Major General Fahad Al-Sabah became head of the Kuwait Cyber Centre with effect from November 1.",
       {"Fahad Al-Sabah leads Kuwait Cyber Centre 2025-11-01"}, {"Fahad Al-Sabah leads Kuwait Cyber Centre 2024-11-01"}},
      // the past one when nearer, or when the coming one is more than half a year away
      {"Major General Fahad Al-Sabah became head of the Kuwait Cyber Centre with effect from 1 April.",
       {"Fahad Al-Sabah leads Kuwait Cyber Centre 2025-04-01"}, {}},
      {"Major General Fahad Al-Sabah became head of the Kuwait Cyber Centre with effect from 1 January.",
       {"Fahad Al-Sabah leads Kuwait Cyber Centre 2025-01-01"}, {}},
      // no effective phrase: the latest one
      {"Major General Fahad Al-Sabah took office on November 1 as head of the Kuwait Cyber Centre.",
       {"Fahad Al-Sabah leads Kuwait Cyber Centre 2024-11-01"}, {}},
  });
}

TEST_CASE("a unit's creation told in a relative clause after its place dates its part_of", "[relate][dating][s36-z3]") {
  check_relation_rows({
      {"The minister toured the Latvian Defence Forces Cyber Command's new Cyber Range Hub in Daugavpils, which opened "
       "in March.",
       {"Cyber Range Hub part_of Latvian Defence Forces Cyber Command 2025-03"}, {}},
      // a clause that tells no creation dates nothing
      {"The minister toured the Latvian Cyber Command's new Cyber Range Hub in Daugavpils, which Latvia hosted in March.",
       {"Cyber Range Hub part_of Latvian Cyber Command undated"}, {}},
  });
}

TEST_CASE("a since-time told by its event and a shifted time", "[temporal][dating][s36-z3]") {
  const Date wednesday{2025, 6, 18};
  auto since = [&](std::string_view text) {
    for (const auto& x : find_time_expressions(text, wednesday))
      if (x.role == TimeRole::Since) return x.date ? x.date->iso() : std::string("none");
    return std::string("no since");
  };
  CHECK(since("Japan has taken part in the drill since its first edition last year.") == "2024");
  CHECK(since("Korea has been a member since its founding last July.") == "2024-07");
  CHECK(since("Korea has been a member since its founding this year.") == "2025");
  // a longer run of words is a clause, not an event's name
  CHECK(since("Korea has grown since its small cyber team moved abroad last year.") != "2024");
}

TEST_CASE("on the first evening of an event told with its days", "[relate][dating][s36-z3]") {
  check_relation_rows({
      {"The Baltic Cyber Dialogue was held in Riga from 3 to 5 June. Latvia had announced the meeting on 20 May. "
       "On the first evening, Latvian minister Andris "
       "Spruds held talks with Estonian minister Hanno Pevkur.",
       {"Andris Spruds met_with Hanno Pevkur 2025-06-03"}, {}},
      {"The Baltic Cyber Dialogue was held in Riga from 3 to 5 June. On the opening evening, Latvian minister Andris "
       "Spruds held talks with Estonian minister Hanno Pevkur.",
       {"Andris Spruds met_with Hanno Pevkur 2025-06-03"}, {}},
  });
}
