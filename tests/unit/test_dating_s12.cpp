// Dates of facts, session 12: an event told with a closing verb is dated by
// its first day (its start told elsewhere, or counted back from its length),
// and an earlier edition's date ("the first, held in 2021") is not this one's.
// Each text is read as published on Wednesday 18 June 2025. Publication
// dates in three more house styles: a readout's "Date and time:", a
// masthead with an issue's number, a credit line's "Last revised:".
#include <catch2/catch.hpp>

#include <string>

#include "document/document.hpp"
#include "temporal/time_expressions.hpp"
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s12: a closing day dates the event by its first day", "[relate][dating][s12]") {
  check_relation_rows({
      // the length in the same sentence counts back from the closing day
      {"The Army on Monday concluded Exercise Copper Gate, a four-day cyber drill held near Lyon. "
       "Teams from Chile and Peru took part in Copper Gate.",
       {"Chile participates_in Copper Gate 2025-06-13"},
       {"Chile participates_in Copper Gate 2025-06-16"}},
      {"The Andean Cyber Forum closed in Quito on Tuesday after three days of talks. "
       "Delegations from Chile and Peru attended the Andean Cyber Forum.",
       {"Chile participates_in Andean Cyber Forum 2025-06-15"},
       {"Chile participates_in Andean Cyber Forum 2025-06-17"}},
      // the length told in another sentence that names the event
      {"Ministers signed the charter on the first day of the Andean Cyber Forum, a three-day conference in Quito. "
       "Teams from Chile and Peru took part in the Andean Cyber Forum. "
       "The Andean Cyber Forum closed on Tuesday with a session on cables.",
       {"Chile participates_in Andean Cyber Forum 2025-06-15"},
       {"Chile participates_in Andean Cyber Forum 2025-06-17"}},
      // the start told in another sentence
      {"The navy ended Exercise Salt Harbour on Friday. Exercise Salt Harbour began on 10 June in Cadiz. "
       "Teams from Chile and Peru took part in Salt Harbour.",
       {"Chile participates_in Salt Harbour 2025-06-10"},
       {"Chile participates_in Salt Harbour 2025-06-13"}},
      // the length told beside an agreement: the event named before it
      {"The pact was signed on the first day of the Andean Cyber Forum, a three-day conference in Quito. "
       "Teams from Chile and Peru took part in the Andean Cyber Forum. "
       "The Andean Cyber Forum closed on Tuesday with a session on cables.",
       {"Chile participates_in Andean Cyber Forum 2025-06-15"},
       {}},
      // the clause that closes the event is dated by its first day too
      {"The Chilean Army yesterday closed Exercise Salt Harbour, a drill it organised in Cadiz. "
       "Exercise Salt Harbour began on 12 June.",
       {"Chilean Army organises Salt Harbour 2025-06-12"},
       {"Chilean Army organises Salt Harbour 2025-06-17"}},
      // a closing day with no start and no length stays as it was
      {"Exercise Salt Harbour ended on Friday. Teams from Chile and Peru took part in Salt Harbour.",
       {"Chile participates_in Salt Harbour 2025-06-13"},
       {}},
  });
}

TEST_CASE("s12: an earlier edition's date is not the story's edition's", "[relate][dating][s12]") {
  check_relation_rows({
      {"Exercise Copper Gate ran from Monday to Wednesday in Lyon. It was the third edition; the first, held in "
       "Porto in 2021, drew four teams. Teams from Chile and Peru took part in Copper Gate.",
       {"Chile participates_in Copper Gate 2025-06-16"},
       {"Chile participates_in Copper Gate 2021"}},
      {"Exercise Copper Gate ran from Monday to Wednesday in Lyon. The previous edition, run in Porto in 2023, "
       "was smaller. Teams from Chile and Peru took part in Copper Gate.",
       {"Chile participates_in Copper Gate 2025-06-16"},
       {"Chile participates_in Copper Gate 2023"}},
  });
}

TEST_CASE("s12: publication dates in three more house styles", "[document][metadata][s12]") {
  struct Row {
    std::string text;
    DocumentFormat format;
    std::string published;  // "" : none
    std::string title;      // "" : not checked
  };
  const std::vector<Row> rows = {
      {"Defence Office | News\n\nTalks with Peru (Summary)\n\nDate and time: Monday, May 4, 2025, 14:00-15:10 (PET)\n"
       "Venue: Lima\n\nThe ministers met.\n",
       DocumentFormat::Text, "2025-05-04", ""},
      {"THE HARBOUR LANTERN\nValdora's weekly paper | No. 12 (340) | Friday, 9 May 2025 | USD 2.00\n\nPORTS\n\n"
       "Ports test their cyber plans\n\nBy Ana Lopez\n\nThe port ran a drill.\n",
       DocumentFormat::Text, "2025-05-09", "Ports test their cyber plans"},
      {"# Port tracker: week 19\n\n*Compiled by Ana Lopez for the Harbour Desk. Last revised: Fri 9 May 2025, 17:00 BST.*\n\n"
       "A quiet week.\n",
       DocumentFormat::Markdown, "2025-05-09", ""},
      // a credit line's sentence with no label before its date gives none
      {"# Port tracker\n\n*Compiled by Ana Lopez for the Harbour Desk. Friday 9 May 2025 was quiet.*\n\nA quiet week.\n",
       DocumentFormat::Markdown, "", ""},
      // a month after an issue's number is no day of publication
      {"THE HARBOUR LANTERN\nValdora's weekly paper | No. 12 | May 2025\n\nPorts test their plans\n\nText.\n",
       DocumentFormat::Text, "", ""},
  };
  for (const auto& row : rows) {
    INFO(row.text);
    auto doc = read_document_bytes(row.text, "doc", row.format);
    CHECK((doc.meta.published ? doc.meta.published->iso() : std::string()) == row.published);
    if (!row.title.empty()) CHECK(doc.meta.title == row.title);
  }
}

TEST_CASE("s12: the day a story is at is its main clause's, not a relative clause's", "[relate][dating][s12]") {
  check_relation_rows({
      // the meeting inherits the day of the readout, not of the visit
      {"The talks were held on 17 June. Ana Ruiz held a meeting with Luis Vega, who is visiting Lima from 15 to 19 June. "
       "Ana Ruiz welcomed Luis Vega to the ministry.",
       {"Ana Ruiz met_with Luis Vega 2025-06-17"},
       {"Ana Ruiz met_with Luis Vega 2025-06-15"}},
  });
}

TEST_CASE("s12: weekdays of last week, a title-case dateline, 'since Monday', 'it ran'", "[relate][dating][temporal][s12]") {
  // 18 June 2025 is a Wednesday: Monday last week is 9 June
  auto times = find_time_expressions("The drill ran from Monday to Thursday last week.", Date{2025, 6, 18});
  REQUIRE(times.size() == 1);
  CHECK(times[0].date == Date{2025, 6, 9});
  CHECK(times[0].until == Date{2025, 6, 12});
  auto next = find_time_expressions("They meet on Friday next week.", Date{2025, 6, 18});
  REQUIRE(next.size() == 1);
  CHECK(next[0].date == Date{2025, 6, 27});
  check_relation_rows({
      // the title-case dateline's day is the story's; "since Monday" is the exercise's first day
      {"Lima, 18 June 2025 - Soldiers have been defending networks since Monday in Exercise Copper Gate, "
       "which the Chilean Army hosted. Teams from Peru and Bolivia are taking part in Copper Gate.",
       {"Peru participates_in Copper Gate 2025-06-16"},
       {"Peru participates_in Copper Gate 2025-06-18"}},
      // "it ran from ... last week": the event of the sentence before
      {"Exercise Copper Gate was hosted by the Chilean Army. Officials said it ran from Monday to Thursday last week. "
       "Teams from Peru and Bolivia took part in Copper Gate.",
       {"Peru participates_in Copper Gate 2025-06-09"},
       {}},
      // "it signed" is one who acted, not the event
      {"Exercise Copper Gate was hosted by the Chilean Army. Peru took part in Copper Gate. "
       "Peru is not a member of NATO, but it signed a pact with Chile in March 2024.",
       {},
       {"Peru participates_in Copper Gate 2024-03"}},
  });
}

TEST_CASE("s12: a time right after the target ends its part of a shared verb", "[relate][dating][s12]") {
  check_relation_rows({
      {"Peru has been a member of NATO since 2004 and of the European Union since 2007.",
       {"Peru member_of European Union 2007", "Peru member_of North Atlantic Treaty Organization 2004"},
       {"Peru member_of European Union 2004"}},
      // the time after the target is another source's when the source is named after it
      {"Until Peru joined NATO in April 2023 and Chile followed in March last year, the two were partners.",
       {"Peru member_of North Atlantic Treaty Organization 2023-04"},
       {"Chile member_of North Atlantic Treaty Organization 2023-04"}},
  });
}
