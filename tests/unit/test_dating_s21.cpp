// Dates of facts, session 21: an occasion phrase ("after the visit") that
// speaks of what the sentence before told, and a readout's "Date:" field.
// Each text is read as published on Wednesday 18 June 2025 unless a row says otherwise.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s21: after the visit takes the date of the visit the sentence before told", "[relate][dating][s21]") {
  check_relation_rows({
      // the lede is Monday's; the visit, told right before, was on Wednesday
      {"The Chilean Navy opened a cyber school in Valparaiso on Monday. "
       "Defence Minister Ana Ruiz visited the school on Tuesday with her Peruvian counterpart, Luis Vega. "
       "After the visit, Chile and Peru signed the Pacific Cadet Accord.",
       {"Chile party_to Pacific Cadet Accord 2025-06-17", "Peru party_to Pacific Cadet Accord 2025-06-17"},
       {"Chile party_to Pacific Cadet Accord 2025-06-16"}},
      {"Estonia and Finland held cyber talks in Tallinn on Monday. "
       "The two foreign ministers met again on Tuesday. "
       "Following the meeting, Estonia and Finland signed the Gulf Data Accord.",
       {"Estonia party_to Gulf Data Accord 2025-06-17"},
       {"Estonia party_to Gulf Data Accord 2025-06-16"}},
      // the sentence before told no visit: the story's own occasion, as before
      {"The Chilean Navy opened a cyber school in Valparaiso on Monday. "
       "Its first cadets arrived on Tuesday from Lima. "
       "After the visit, Chile and Peru signed the Pacific Cadet Accord.",
       {},
       {"Chile party_to Pacific Cadet Accord 2025-06-17"}},
      // a visit told two sentences back: the day of the sentence between is not the visit's
      {"Defence Minister Ana Ruiz visited the school on Tuesday. "
       "Its first cadets arrived on Friday from Lima. "
       "After the visit, Chile and Peru signed the Pacific Cadet Accord.",
       {},
       {"Chile party_to Pacific Cadet Accord 2025-06-20"}},
  });
}

TEST_CASE("s21: a readout's Date field dates the meeting it reports", "[relate][dating][s21]") {
  check_relation_rows({
      {"Ministry of Defence | Press Materials\n\n"
       "Chile-Peru Defence Ministers' Meeting (Summary)\n\n"
       "Date and time: Monday, June 16, 2025, 10:00-11:30\n"
       "Venue: Ministry of National Defence, Santiago\n\n"
       "Minister of National Defence Ana Ruiz held a meeting with Minister of Defence Luis Vega of Peru, "
       "who is visiting Chile from June 15 to 18.\n\n"
       "Following the meeting, Chile and Peru signed the Andes Cyber Accord.",
       {"Chile party_to Andes Cyber Accord 2025-06-16", "Peru party_to Andes Cyber Accord 2025-06-16"},
       {"Chile party_to Andes Cyber Accord 2025-06-15"}},
      {"Date: 16 June 2025\n\n"
       "Estonia and Finland held talks on cyber defence in Tallinn.\n\n"
       "After the talks, Estonia and Finland signed the Gulf Data Accord.",
       {"Estonia party_to Gulf Data Accord 2025-06-16"},
       {}},
      // a date field that is the page's update time is no occasion's: only a field named Date is read
      {"Updated: 16 June 2025\n\n"
       "Estonia and Finland held talks on cyber defence in Tallinn.\n\n"
       "After the talks, Estonia and Finland signed the Gulf Data Accord.",
       {"Estonia party_to Gulf Data Accord undated"},
       {}},
      // the lede's own date still comes first
      {"Date: 16 June 2025\n\n"
       "Estonia and Finland held talks on cyber defence in Tallinn on Tuesday.\n\n"
       "After the talks, Estonia and Finland signed the Gulf Data Accord.",
       {"Estonia party_to Gulf Data Accord 2025-06-17"},
       {}},
  });
}

TEST_CASE("s21: a day counted from an event the document dates", "[relate][dating][s21]") {
  check_relation_rows({
      {"Exercise Polar Gate opened in Tromso on Monday with teams from Norway, Sweden and Finland. "
       "The day before the exercise opened, Norway and Finland signed the Arctic Data Accord.",
       {"Norway party_to Arctic Data Accord 2025-06-15", "Finland party_to Arctic Data Accord 2025-06-15"},
       {"Norway party_to Arctic Data Accord 2025-06-16"}},
      {"The Baltic Cyber Forum ran from June 2 to June 5 in Riga. "
       "Two days after the forum ended, Latvia signed the Riga Data Charter.",
       {"Latvia party_to Riga Data Charter 2025-06-07"},
       {}},
      {"The Baltic Cyber Forum opened in Riga on June 2. "
       "On the eve of the Baltic Cyber Forum, Latvia and Estonia signed the Riga Data Charter.",
       {"Latvia party_to Riga Data Charter 2025-06-01"},
       {}},
      // "the exercise" some sentences after it was named, in a story naming another exercise later
      {"Exercise Polar Gate opened in Tromso on Monday with teams from Norway and Finland. "
       "The attackers took down a simulated power plant. The defenders restored it by the evening. "
       "The day before the exercise opened, Norway and Finland signed the Arctic Data Accord. "
       "Estonia was busy preparing for Exercise Baltic Shield instead.",
       {"Norway party_to Arctic Data Accord 2025-06-15"},
       {}},
      // the event's date is not told: no day is counted from it
      {"Exercise Polar Gate brought teams from Norway and Finland to Tromso. "
       "The day before the exercise opened, Norway and Finland signed the Arctic Data Accord.",
       {"Norway party_to Arctic Data Accord undated"},
       {}},
      // a day before something other than an event counts nothing
      {"Exercise Polar Gate opened in Tromso on Monday with teams from Norway and Finland. "
       "The day before the vote, Norway and Finland signed the Arctic Data Accord.",
       {},
       {"Norway party_to Arctic Data Accord 2025-06-15"}},
  });
}

TEST_CASE("s21: a headline's fact takes the lede's day", "[relate][dating][s21]") {
  check_relation_rows({
      // below a letterhead and an editor's note in brackets
      {"MINISTRY OF DEFENCE\nPress office\n\nPRESS RELEASE\n\n"
       "[Unofficial translation provided by the press office. Only the Spanish text is authentic.]\n\n"
       "Chile and Peru strengthen their cooperation in cyber defence\n\n"
       "On Monday 16 June 2025, the Minister of Defence, Ana Ruiz, received her Peruvian counterpart, Luis Vega, in Santiago.",
       {"Chile cooperates_with Peru 2025-06-16"},
       {"Chile cooperates_with Peru undated"}},
      // the first line: the lede's day, not the publication day
      {"Chile and Peru sign cyber defence memorandum\n\n"
       "Chile and Peru on Monday agreed to train their cyber units together, the two defence ministries said.",
       {"Chile cooperates_with Peru 2025-06-16"},
       {"Chile cooperates_with Peru 2025-06-18"}},
      // a lede with no day leaves the headline as it was
      {"Chile and Peru sign cyber defence memorandum\n\n"
       "Chile and Peru agreed to train their cyber units together, the two defence ministries said.",
       {},
       {"Chile cooperates_with Peru 2025-06-16"}},
  });
}

TEST_CASE("s21: on the sidelines of an occasion a sentence of the passage dated", "[relate][dating][s21]") {
  check_relation_rows({
      // the caption is not the lede; the plenary was on Tuesday, the lede's news on Monday
      {"Delegates at the plenary in Lima. Photo: press service\n\n"
       "Chile has joined the Pacific Cyber Group, its government announced on Monday.\n\n"
       "The second plenary meeting of the group was hosted on Tuesday by the Peruvian Navy. "
       "Delegations from Chile and Ecuador attended in person. "
       "\"This is a good start,\" said Luis Vega, who chaired the meeting.\n\n"
       "Chile's ambassador, Ana Ruiz, met Vega on the sidelines of the plenary.",
       {"Ana Ruiz met_with Luis Vega 2025-06-17", "Chile member_of Pacific Cyber Group 2025-06-16"},
       {"Ana Ruiz met_with Luis Vega 2025-06-16"}},
      // an occasion no sentence of the passage told: the lede's day, as before
      {"Chile has joined the Pacific Cyber Group, its government announced on Monday.\n\n"
       "The second plenary meeting of the group was hosted on Tuesday by the Peruvian Navy.\n\n"
       "Chile's ambassador, Ana Ruiz, met Luis Vega on the sidelines of the reception.",
       {"Ana Ruiz met_with Luis Vega 2025-06-16"},
       {"Ana Ruiz met_with Luis Vega 2025-06-17"}},
  });
}
