// Dates of facts, session 18. Each text is read as published on Wednesday
// 18 June 2025 unless a row says otherwise.
#include <catch2/catch.hpp>

#include "document/document.hpp"
#include "paraphrase_rows.hpp"
#include "relate/dating.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s18: a name given in brackets does not start another fact", "[relate][dating][s18]") {
  check_relation_rows({
      {"Andrei Popescu was sworn in as head of the National Cyber Security Directorate (Directoratul National de "
       "Securitate Cibernetica, DNSC) at the Cotroceni Palace on 2 June.",
       {"Andrei Popescu leads National Cyber Security Directorate 2025-06-02"},
       {}},
      // what the bracket says of its own keeps its date from the fact
      {"Andrei Popescu was sworn in as head of the National Cyber Security Directorate (which the government "
       "founded on 2 June) at the Cotroceni Palace.",
       {"Andrei Popescu leads National Cyber Security Directorate undated"},
       {"Andrei Popescu leads National Cyber Security Directorate 2025-06-02"}},
  });
  // a bracket that says something of its own still parts the date from the fact
  CHECK(detail::another_fact(" (which was founded in 2001) "));
  CHECK(detail::another_fact(" (the agency says it has grown) "));
  CHECK_FALSE(detail::another_fact(" (Badan Siber dan Sandi Negara, BSSN) at the palace "));
  CHECK_FALSE(detail::another_fact(" (Zemessardze) "));
}

TEST_CASE("s18: he or she taking up a post dates the post the sentence before gave", "[relate][dating][s18]") {
  check_relation_rows({
      {"The Andean Cyber School is led by Colonel Luis Vega, a former signals officer. "
       "He took up the new post on 2 May.",
       {"Luis Vega leads Andean Cyber School 2025-05-02"},
       {}},
      {"Ana Ruiz is the director of the Chilean Navy's cyber school. She was appointed in March.",
       {"Ana Ruiz leads Chilean Navy 2025-03"},
       {}},
      // two people named before: whose post it is is not told
      {"The Andean Cyber School is led by Colonel Luis Vega, who replaced Ana Ruiz. "
       "He took up the new post on 2 May.",
       {"Luis Vega leads Andean Cyber School undated"},
       {"Luis Vega leads Andean Cyber School 2025-05-02"}},
  });
}

TEST_CASE("s18: an appointment that took effect dates the post", "[relate][dating][s18]") {
  check_relation_rows({
      {"Officials met the commander of the Peruvian Navy, Admiral Luis Vega, whose appointment took effect on 1 April.",
       {"Luis Vega leads Peruvian Navy 2025-04-01"},
       {}},
  });
}

TEST_CASE("s18: a day before an abbreviated month makes it a date", "[relate][dating][s18]") {
  check_relation_rows({
      {"On 6 Jun the Chilean Navy hosted the Andean Cyber Drill in Valparaiso.",
       {"Chilean Navy organises Andean Cyber Drill 2025-06-06"},
       {}},
      {"On Fri 6 Jun the Chilean Navy hosted the Andean Cyber Drill in Valparaiso.",
       {"Chilean Navy organises Andean Cyber Drill 2025-06-06"},
       {}},
  });
}

namespace {

// The relations of a Markdown text read as published on Wednesday 18 June 2025.
std::vector<std::string> markdown_relations(const std::string& md) {
  Document d = read_document_bytes(md, "table.md", DocumentFormat::Markdown);
  return relations_of(d.text, Date{2025, 6, 18});
}

const std::string kLead =
    "# Week in review\n\nThe Chilean Navy ran the Andean Cyber Drill this month, and the Chilean minister "
    "Ana Ruiz met her Peruvian counterpart Luis Vega.\n\n";

}  // namespace

TEST_CASE("s18: a table row's date cell dates what the row tells", "[relate][dating][s18]") {
  auto r = markdown_relations(kLead +
                              "| Date | Who | What |\n|---|---|---|\n"
                              "| Thu 12 Jun | Chile, Peru | the Andean Cyber Drill, hosted by the Chilean Navy |\n"
                              "| 14 Jun | Chile | Ana Ruiz meets Luis Vega in Lima |\n");
  INFO(Catch::Detail::stringify(r));
  CHECK(has_fact(r, "Chilean Navy organises Andean Cyber Drill 2025-06-12"));
  CHECK(has_fact(r, "Ana Ruiz met_with Luis Vega 2025-06-14"));
  // a post the row names is not dated by the row's day
  auto post = markdown_relations(kLead +
                                 "| Date | What |\n|---|---|\n"
                                 "| 13 Jun | Luis Vega, commander of the Peruvian Navy, closes the Andean Cyber Drill |\n");
  INFO(Catch::Detail::stringify(post));
  CHECK(has_fact(post, "Luis Vega leads Peruvian Navy undated"));
}

TEST_CASE("s18: an event a table row dates gives its date to later facts about it", "[relate][dating][s18]") {
  const std::string table = "# Week in review\n\n| Date | What | Where |\n|---|---|---|\n";
  auto r = markdown_relations(table + "| Sun 8 Jun | Andean Cyber Forum | Lima |\n\n"
                                      "The Andean Cyber Forum was hosted by the Chilean Navy at its academy.\n");
  INFO(Catch::Detail::stringify(r));
  CHECK(has_fact(r, "Chilean Navy organises Andean Cyber Forum 2025-06-08"));
  // a row with two date cells: which is the event's is not told
  auto two = markdown_relations("# Week in review\n\n| Announced | What | Held |\n|---|---|---|\n"
                                "| Sun 8 Jun | Andean Cyber Forum | Tue 10 Jun |\n\n"
                                "The Andean Cyber Forum was hosted by the Chilean Navy at its academy.\n");
  INFO(Catch::Detail::stringify(two));
  CHECK(has_fact(two, "Chilean Navy organises Andean Cyber Forum undated"));
}

TEST_CASE("s18: a month without its year takes the year the sentence before gave it", "[relate][dating][s18]") {
  check_relation_rows({
      {"Chile signed the Andean Cyber Pact in March 2023. Peru signed the Andean Cyber Pact on 20 March.",
       {"Peru party_to Andean Cyber Pact 2023-03-20"},
       {"Peru party_to Andean Cyber Pact 2025-03-20"}},
      // another month is the publication year's as before
      {"Chile signed the Andean Cyber Pact in March 2023. Peru signed the Andean Cyber Pact on 20 May.",
       {"Peru party_to Andean Cyber Pact 2025-05-20"},
       {}},
      // a timeline's present tense: "is appointed" dates the post
      {"May 2024 - The Chilean Navy opens a cyber school. The Andean Cyber School is led by Colonel Luis Vega, "
       "who is appointed on 2 May.",
       {"Luis Vega leads Andean Cyber School 2024-05-02"},
       {}},
      // only the sentence right before gives its year
      {"Chile signed the Andean Cyber Pact in March 2023. The text was published in Spanish. "
       "Peru signed the Andean Cyber Pact on 20 March.",
       {"Peru party_to Andean Cyber Pact 2025-03-20"},
       {}},
  });
}

TEST_CASE("s18: counterparts who met are dated by their meeting's time", "[relate][dating][s18]") {
  check_relation_rows({
      {"Chilean Defence Minister Ana Ruiz and her Peruvian counterpart, Luis Vega, met in Lima on Monday.",
       {"Ana Ruiz met_with Luis Vega 2025-06-16"},
       {}},
      // a time in another clause is not the meeting's
      {"Ana Ruiz and her Peruvian counterpart, Luis Vega, met in Lima, where the navy was founded in 1821.",
       {"Ana Ruiz met_with Luis Vega undated"},
       {}},
  });
}

TEST_CASE("s18: on the 16th is that day of the publication month or the one before", "[relate][dating][s18]") {
  check_relation_rows({
      {"Ana Ruiz met Luis Vega in Lima on the 16th.", {"Ana Ruiz met_with Luis Vega 2025-06-16"}, {}},
      {"Ana Ruiz met Luis Vega in Lima on the 26th.", {"Ana Ruiz met_with Luis Vega 2025-05-26"}, {}},
      // an ordinal before a noun is no day
      {"Ana Ruiz met Luis Vega on the 16th anniversary of the pact.", {}, {"Ana Ruiz met_with Luis Vega 2025-06-16"}},
  });
}

TEST_CASE("s18: a time in a cut clause leaves the main clause the day the story is at", "[relate][dating][s18]") {
  const std::string lede = "On Monday the Chilean Navy hosted a meeting of cyber commanders in Valparaiso. ";
  check_relation_rows({
      {lede + "Admiral Ana Ruiz, who has led the Chilean Navy since 2021, held talks with her Peruvian counterpart, "
              "Luis Vega.",
       {"Ana Ruiz met_with Luis Vega 2025-06-16"},
       {}},
      // a time word of the main clause's own keeps the story's day away
      {lede + "Admiral Ana Ruiz, who has led the Chilean Navy since 2021, previously held talks with her Peruvian "
              "counterpart, Luis Vega.",
       {"Ana Ruiz met_with Luis Vega undated"},
       {}},
  });
}

TEST_CASE("s18: an event that will be hosted in a month gives its date to who will run it", "[relate][dating][s18]") {
  check_relation_rows({
      {"Chile will host the first joint drill, Exercise Pacific Shield, in September. "
       "The Chilean Navy, which has trained with Peru since 2019, will run the drill.",
       {"Chilean Navy organises Pacific Shield 2025-09"},
       {}},
      // a time of another fact is not the event's
      {"Chile, which has hosted drills since 2019, will host Exercise Pacific Shield. The Chilean Navy will run the drill.",
       {"Chilean Navy organises Pacific Shield undated"},
       {}},
  });
}
