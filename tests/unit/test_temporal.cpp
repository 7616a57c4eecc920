#include <catch2/catch.hpp>

#include <string>

#include "temporal/calendar.hpp"
#include "lexicon/lexicon.hpp"
#include "temporal/time_expressions.hpp"

using namespace newsgraph;

namespace {
const Date kPub{2024, 3, 14};  // a Thursday

std::string span(std::string_view s, const TimeExpression& e) { return std::string(s.substr(e.start, e.end - e.start)); }
std::string iso(const std::optional<Date>& d) { return d ? d->iso() : "none"; }

// The only expression of a sentence: "text|date|until".
std::string one(std::string_view s, std::optional<Date> pub = kPub) {
  auto found = find_time_expressions(s, pub);
  if (found.size() != 1) return "found " + std::to_string(found.size());
  return span(s, found[0]) + "|" + iso(found[0].date) + "|" + iso(found[0].until);
}
}  // namespace

TEST_CASE("calendar arithmetic", "[temporal]") {
  CHECK(weekday_of({2024, 3, 14}) == 3);  // Thursday
  CHECK(add_days({2024, 3, 1}, -1) == Date{2024, 2, 29});
  CHECK(add_days({2023, 12, 31}, 1) == Date{2024, 1, 1});
  CHECK(month_from_name("Sept") == 9);
  CHECK(month_from_name("may") == 5);
  CHECK(month_from_name("Mayday") == 0);
  CHECK(closest_year(12, 30, {2024, 1, 2}) == 2023);
  CHECK(closest_year(2, 1, {2023, 12, 20}) == 2024);
  CHECK(closest_year(3, 0, {2023, 11, 27}) == 2023);   // "in March": the past one
  CHECK(closest_year(12, 1, {2023, 11, 27}) == 2023);  // "until December 1": days ahead
  CHECK(closest_year(11, 0, {2023, 11, 27}) == 2023);
  CHECK(closest_year(6, 0, {2023}) == 2023);
}

TEST_CASE("absolute dates", "[temporal]") {
  CHECK(one("The talks ended on November 27, 2023 in Riga.") == "November 27, 2023|2023-11-27|none");
  CHECK(one("It opened Nov. 27, 2023 8:00PM GMT+9 in Seoul.") == "Nov. 27, 2023|2023-11-27|none");
  CHECK(one("It opened on 27 November 2023.") == "27 November 2023|2023-11-27|none");
  CHECK(one("The centre was set up in May 2008 in Lima.") == "May 2008|2008-05|none");
  CHECK(one("Peru joined in 2018.") == "2018|2018|none");
  CHECK(one("The log says 2023-07-17 was the start.") == "2023-07-17|2023-07-17|none");
  CHECK(one("The accord of October of 2019 stands.") == "October of 2019|2019-10|none");
  CHECK(one("On March 3rd, 2022 they met.") == "March 3rd, 2022|2022-03-03|none");
}

TEST_CASE("a day without a year takes the publication's", "[temporal]") {
  CHECK(one("On Nov. 27 the drill began.", Date{2023, 11, 28}) == "Nov. 27|2023-11-27|none");
  CHECK(one("On Dec. 30 the drill began.", Date{2024, 1, 2}) == "Dec. 30|2023-12-30|none");
  auto found = find_time_expressions("On Nov. 27 the drill began.", std::nullopt);
  REQUIRE(found.size() == 1);
  CHECK_FALSE(found[0].date);
  CHECK(found[0].relative);
}

TEST_CASE("numbers that are not dates", "[temporal]") {
  const Date pub{2023, 11, 27};
  CHECK(find_time_expressions("More than 1,000 officials from thirty-four countries came.", pub).empty());
  CHECK(find_time_expressions("The $860 million deal and 2023 tanks.", pub).empty());
  CHECK(find_time_expressions("It was the 8th meeting, and the 10th was later.", pub).empty());
  CHECK(find_time_expressions("The agency may act. March on, they said.", pub).empty());
  CHECK(find_time_expressions("Jan Kowalski spoke at 10:30 about 5G.", pub).empty());
}

TEST_CASE("spans", "[temporal]") {
  CHECK(one("It runs from July 17 to July 28, 2023.") == "from July 17 to July 28, 2023|2023-07-17|2023-07-28");
  CHECK(one("It runs from July 17 to 28.", Date{2023, 7, 1}) == "from July 17 to 28|2023-07-17|2023-07-28");
  CHECK(one("It ran between March 3 and 5, 2022.") == "between March 3 and 5, 2022|2022-03-03|2022-03-05");
  CHECK(one("It runs July 17-28, 2023 in Oslo.") == "July 17-28, 2023|2023-07-17|2023-07-28");
  CHECK(one("It ran from 2019 to 2021.") == "from 2019 to 2021|2019|2021");
  auto until = find_time_expressions("held in Tallinn until December 1.", Date{2023, 11, 27});
  REQUIRE(until.size() == 1);
  CHECK(until[0].role == TimeRole::Until);
  CHECK_FALSE(until[0].date);
  CHECK(iso(until[0].until) == "2023-12-01");
  CHECK(iso(until[0].anchor()) == "2023-12-01");
  auto through = find_time_expressions("The mission lasts through June.", kPub);
  REQUIRE(through.size() == 1);
  CHECK(iso(through[0].until) == "2024-06");
  auto since = find_time_expressions("NATO has run it yearly since 2008 with allies.", kPub);
  REQUIRE(since.size() == 1);
  CHECK(since[0].role == TimeRole::Since);
  CHECK(span("NATO has run it yearly since 2008 with allies.", since[0]) == "since 2008");
  CHECK(iso(since[0].date) == "2008");
}

TEST_CASE("relative expressions against the publication date", "[temporal]") {
  CHECK(one("Chile joined last year.") == "last year|2023|none");
  CHECK(one("Chile joined this year.") == "this year|2024|none");
  CHECK(one("Chile joined earlier this year.") == "earlier this year|2024|none");
  CHECK(one("Chile joins next year.") == "next year|2025|none");
  CHECK(one("Chile joined last month.") == "last month|2024-02|none");
  CHECK(one("Chile joined last week.", Date{2024, 3, 3}) == "last week|2024-02|none");
  CHECK(one("Chile joined last July.") == "last July|2023-07|none");
  CHECK(one("Chile joined last February.") == "last February|2024-02|none");
  CHECK(one("Chile joined in October of last year.") == "October of last year|2023-10|none");
  CHECK(one("Chile joined October last year.") == "October last year|2023-10|none");
  CHECK(one("On Thursday, Chile joined.") == "Thursday|2024-03-14|none");
  CHECK(one("Chile joined on Monday.") == "Monday|2024-03-11|none");
  CHECK(one("Chile joined last Thursday.") == "last Thursday|2024-03-07|none");
  CHECK(one("Chile joins next Monday.") == "next Monday|2024-03-18|none");
  CHECK(one("Chile joined yesterday.") == "yesterday|2024-03-13|none");
  CHECK(one("Chile joins today.") == "today|2024-03-14|none");
  CHECK(one("Chile joined two years ago.") == "two years ago|2022|none");
  CHECK(one("Chile joined in January.", Date{2024, 12, 20}) == "January|2025-01|none");
  CHECK(one("Chile joined in October.", Date{2023, 11, 27}) == "October|2023-10|none");
}

TEST_CASE("relative expressions without a publication date are found but not dated", "[temporal]") {
  for (std::string_view s : {"Chile joined last year.", "Chile joined on Thursday.", "Chile joined last July.",
                             "Chile joined in October of last year.", "Chile joined yesterday."}) {
    auto found = find_time_expressions(s, std::nullopt);
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found[0].date);
    CHECK_FALSE(found[0].resolved());
    CHECK(found[0].relative);
  }
  // a weekday needs a publication day, not only a year
  auto found = find_time_expressions("Chile joined on Thursday.", Date{2024});
  REQUIRE(found.size() == 1);
  CHECK_FALSE(found[0].date);
}

TEST_CASE("several expressions in one sentence, in order", "[temporal]") {
  std::string_view s = "On November 27, the command said the drill, held until December 1, started in 2008.";
  auto found = find_time_expressions(s, Date{2023, 11, 28});
  REQUIRE(found.size() == 3);
  CHECK(span(s, found[0]) == "November 27");
  CHECK(iso(found[0].date) == "2023-11-27");
  CHECK(span(s, found[1]) == "until December 1");
  CHECK(span(s, found[2]) == "2008");
  CHECK(found[0].end <= found[1].start);
}

TEST_CASE("more absolute forms and spans across months", "[temporal]") {
  CHECK(one("It ran from Nov. 27 to Dec. 1, 2023.") == "from Nov. 27 to Dec. 1, 2023|2023-11-27|2023-12-01");
  CHECK(one("It ran Sept. 30-Oct. 2, 2022 in Riga.") == "Sept. 30-Oct. 2, 2022|2022-09-30|2022-10-02");
  CHECK(one("It ran from Dec. 28 to Jan. 3, 2024.") == "from Dec. 28 to Jan. 3, 2024|2023-12-28|2024-01-03");
  CHECK(one("The plan was signed in Dec 2023 in Rome.") == "Dec 2023|2023-12|none");
  CHECK(one("Talks are due in mid-2025.") == "2025|2025|none");
  CHECK(one("Talks are due in early 2025.") == "2025|2025|none");
  CHECK(one("The drill's 2023's edition was large.") == "2023|2023|none");
  CHECK(one("It happened on the 5th of May, 2021.") == "5th of May, 2021|2021-05-05|none");
  CHECK(one("On Thursday, Nov. 30, 2023 they met.") == "Thursday, Nov. 30, 2023|2023-11-30|none");
  CHECK(one("It was agreed earlier this month.") == "earlier this month|2024-03|none");
  CHECK(one("They met three weeks ago.") == "three weeks ago|2024-02|none");
  CHECK(one("It began in 2019-2021 talks.") == "2019-2021|2019|2021");
}

TEST_CASE("text that looks like a date but is not", "[temporal]") {
  CHECK(find_time_expressions("He scored 2023 points and 12 goals.", kPub).empty());
  CHECK(find_time_expressions("The 30-member group met Jan Novak.", kPub).empty());
  CHECK(find_time_expressions("Prices rose 2.5 percent to 3,100.", kPub).empty());
  CHECK(find_time_expressions("Version 2023-99-99 failed.", kPub).empty());
  CHECK(find_time_expressions("", kPub).empty());
  // "May" as a verb, "March" as a noun
  CHECK(find_time_expressions("It may join; the march went on.", kPub).empty());
}

TEST_CASE("a year that names an edition", "[temporal]") {
  CHECK(one("Chile joined Locked Shields 2023 as a partner.") == "2023|2023|none");
  CHECK(one("The 2022 summit was held in Madrid.") == "2022|2022|none");
  CHECK(one("2021 was a quiet year.") == "2021|2021|none");
  CHECK(find_time_expressions("They cited Resolution 1973 and Vision 2030.", kPub).empty());
  CHECK(find_time_expressions("Output rose 1999 percent.", kPub).empty());
  CHECK(find_time_expressions("He counted 2001 votes.", kPub).empty());
}

TEST_CASE("a span of weekdays", "[temporal]") {
  // published on Thursday 2024-03-14
  CHECK(one("The drill runs from Monday to Friday.") == "from Monday to Friday|2024-03-11|2024-03-15");
  // (session 36: told in the past, a span that would end after the publication day is last week's)
  CHECK(one("The drill ran from Monday to Friday.") == "from Monday to Friday|2024-03-04|2024-03-08");
  CHECK(one("The drill ran from Tuesday to Wednesday.") == "from Tuesday to Wednesday|2024-03-12|2024-03-13");
}

TEST_CASE("day-first spans share the month written after the second day", "[temporal]") {
  CHECK(one("Drills ran between 10 and 14 April.") == "between 10 and 14 April|2024-04-10|2024-04-14");
  CHECK(one("Drills ran from 3 to 7 February 2023 in Oslo.") == "from 3 to 7 February 2023|2023-02-03|2023-02-07");
  CHECK(one("Drills ran 3-7 February 2023.") == "3-7 February 2023|2023-02-03|2023-02-07");
  CHECK(one("The talks were held on 5 and 6 March.") == "5 and 6 March|2024-03-05|2024-03-06");
  CHECK(one("Some 10 to 14 ships sailed.") == "found 0");
}

TEST_CASE("numeric dates: ISO-like and day-first, never a guess between day and month", "[temporal]") {
  CHECK(one("Filed 2023/07/17 by the agency.") == "2023/07/17|2023-07-17|none");
  CHECK(one("Signed on 17.07.2023 in Riga.") == "17.07.2023|2023-07-17|none");
  CHECK(one("Signed on 07/17/2023 in Riga.") == "07/17/2023|2023-07-17|none");
  CHECK(one("Signed on 03/04/2023 in Riga.") == "03/04/2023|none|none");
  CHECK(one("The 2023-07 report was late.") == "2023-07|2023-07|none");
  CHECK(one("The 2010-11 season was long.") != "2010-11|2010-11|none");
}

TEST_CASE("seasons resolve to their year", "[temporal]") {
  CHECK(one("The pact was signed last summer.") == "last summer|2023|none");
  CHECK(one("The pact was signed in the summer of 2021.") == "summer of 2021|2021|none");
  CHECK(one("Talks resume next spring.") == "next spring|2025|none");
  CHECK(one("It was signed last winter.") == "last winter|2023|none");
  CHECK(one("The pact was signed last summer.", std::nullopt) == "last summer|none|none");
}

TEST_CASE("a weekday in a clause that looks ahead is the next one", "[temporal]") {
  // published Thursday 2024-03-14
  CHECK(one("The ministers met on Tuesday.") == "Tuesday|2024-03-12|none");
  CHECK(one("The ministers will meet on Tuesday.") == "Tuesday|2024-03-19|none");
  CHECK(one("The ministers are scheduled to meet on Friday.") == "Friday|2024-03-15|none");
  CHECK(one("Ministers met on Sun.") == "found 0");
}

TEST_CASE("relative expressions with a modifier", "[temporal]") {
  CHECK(one("The deal was struck late last year.") == "late last year|2023|none");
  CHECK(one("The deal is due next month.") == "next month|2024-04|none");
  CHECK(one("It was agreed earlier this month.") == "earlier this month|2024-03|none");
  CHECK(one("It was agreed late last year.", std::nullopt) == "late last year|none|none");
}

TEST_CASE("time words come from the lexicon and can be extended", "[temporal]") {
  Lexicon lex = *default_lexicon();
  add_lexicon_json(lex, R"({"temporal": {"months": [["Janvier"]], "date_cues": ["circa"]}})", "fr.json");
  lex.index();
  auto found = find_time_expressions("Signed 3 Janvier 2024, circa 2019.", kPub, lex.temporal);
  REQUIRE(found.size() == 2);
  CHECK(iso(found[0].date) == "2024-01-03");
  CHECK(iso(found[1].date) == "2019");
  CHECK(find_time_expressions("Signed 3 Janvier 2024.", kPub).size() == 0);
}

TEST_CASE("quarters and halves of a year are spans of months", "[temporal]") {
  CHECK(one("Attacks rose in Q3 2023 across Europe.") == "Q3 2023|2023-07|2023-09");
  CHECK(one("Attacks rose in the first half of 2022.") == "first half of 2022|2022-01|2022-06");
  CHECK(one("Attacks rose in the fourth quarter of 2021.") == "fourth quarter of 2021|2021-10|2021-12");
  CHECK(one("The first quarter was quiet.") == "found 0");
}

TEST_CASE("words with a trigger's length and first letter but another last letter are no trigger", "[temporal]") {
  const TemporalWords& words = default_temporal_words();
  CHECK(words.may_be_trigger("this"));
  CHECK(words.may_be_trigger("THIS"));
  CHECK_FALSE(words.may_be_trigger("thin"));  // the shape of "this", not its last letter
  CHECK(words.may_be_trigger("March"));
  CHECK(one("It was agreed earlier this month.") == "earlier this month|2024-03|none");
  // a word a user's lexicon adds is a trigger by its own letters
  Lexicon lex = *default_lexicon();
  add_lexicon_json(lex, R"({"temporal": {"months": [["Janvier"]]}})", "fr.json");
  lex.index();
  CHECK(lex.temporal.may_be_trigger("janvier"));
  auto found = find_time_expressions("It opened last Janvier.", kPub, lex.temporal);
  REQUIRE(found.size() == 1);
  CHECK(iso(found[0].date) == "2024-01");
}
