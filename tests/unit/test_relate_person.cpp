// Person-side and structure relations in the wordings of news: an adverb
// between a subject and its verb, who commands what, bylines in prose,
// units a body opened or that operate under it, events held somewhere.

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
bool has_edge(const std::vector<std::string>& list, const std::string& from, const std::string& to) {
  for (const auto& r : list)
    if (r.starts_with(from + " ") && r.find(" " + to) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("an adverb between the subject and its verb", "[relate][person]") {
  auto r = relations_of("Anna Koskinen also held talks with Tomas Brandt on Monday.", Date{2025, 3, 5});
  CHECK(has(r, "Anna Koskinen met_with Tomas Brandt 2025-03-03"));
  r = relations_of("Olaf Nyberg later met Pekka Aalto in Riga.");
  CHECK(has(r, "Olaf Nyberg met_with Pekka Aalto"));
  // still no meeting when it is declined or only planned
  r = relations_of("Anna Koskinen also declined to meet Tomas Brandt.");
  CHECK_FALSE(has_edge(r, "Anna Koskinen", "Tomas Brandt"));
  r = relations_of("Anna Koskinen also plans to hold talks with Tomas Brandt.");
  CHECK_FALSE(has_edge(r, "Anna Koskinen", "Tomas Brandt"));
}

TEST_CASE("who commands or directs a body leads it", "[relate][person]") {
  check_relation_rows(
      {
          {"Colonel Arvo Lind, who also commands the Baltic Signals Agency, spoke at the opening.",
           {"Arvo Lind leads Baltic Signals Agency undated"},
           {}},
          {"Rear Admiral Ines Duarte directs the Atlantic Cyber Centre.",
           {"Ines Duarte leads Atlantic Cyber Centre undated"},
           {}},
          // the former head is no longer its leader
          {"Arvo Lind, the former head of the Baltic Signals Agency, spoke.",
           {},
           {"Arvo Lind leads Baltic Signals Agency"}},
      },
      std::nullopt);
}

TEST_CASE("a writer's outlet from prose after the article", "[relate][person]") {
  check_relation_rows(
      {
          {"Maria Holt covers cyber policy for Harbour Defence Weekly.",
           {"Maria Holt affiliated_with Harbour Defence Weekly undated"},
           {}},
          {"Rahul Menon is Coastal Policy Review's defence correspondent.",
           {"Rahul Menon affiliated_with Coastal Policy Review undated"},
           {}},
      },
      std::nullopt);
}

TEST_CASE("a unit a body opened, or one that operates under it", "[relate][person]") {
  auto r = relations_of("The Nordic Defence Union formally opened its Joint Cyber Centre on Wednesday.");
  CHECK(has(r, "Joint Cyber Centre part_of Nordic Defence Union"));
  r = relations_of(
      "The team came from the Signals Response Centre, the unit that operates under the Andes Defence Ministry.");
  CHECK(has(r, "Signals Response Centre part_of Andes Defence Ministry"));
  // opening a conference is no part of it
  r = relations_of("The Nordic Defence Union opened the Baltic Cyber Forum in Oslo.");
  CHECK_FALSE(has_edge(r, "Baltic Cyber Forum", "Nordic Defence Union"));
}

TEST_CASE("an event that has been held in a place every year", "[relate][person]") {
  auto r = relations_of("The Harbour Cyber Summit has been held in Gdansk every spring since 2015.");
  CHECK(has_edge(r, "Harbour Cyber Summit", "Gdansk"));
}

TEST_CASE("a meeting told with no time of its own is on the day the story is at", "[relate][person]") {
  check_relation_rows({
      {"Defence ministers of the Andes Pact gathered in Lima on Tuesday to sign a cyber accord. "
       "The accord sets up a shared range. "
       "On the margins, Anna Koskinen and Tomas Brandt held separate talks on ransomware.",
       {"Anna Koskinen met_with Tomas Brandt 2025-03-04"},
       {},
       Date{2025, 3, 7}},
      // the perfect tells of meetings at any time before: no date
      {"Defence ministers of the Andes Pact gathered in Lima on Tuesday to sign a cyber accord. "
       "Anna Koskinen has met Tomas Brandt.",
       {"Anna Koskinen met_with Tomas Brandt undated"},
       {},
       Date{2025, 3, 7}},
      // nor a meeting still to come: no date of the story's day
      {"Defence ministers of the Andes Pact gathered in Lima on Tuesday to sign a cyber accord. "
       "Anna Koskinen will meet Tomas Brandt.",
       {},
       {"Anna Koskinen met_with Tomas Brandt 2025-03-04"},
       Date{2025, 3, 7}},
  });
}

TEST_CASE("a pattern's gap does not reach into a clause after while", "[relate][person]") {
  check_relation_rows(
      {
          {"The US was represented by Karl Berg, deputy commander of the Atlantic Cyber Command, "
           "while the Chilean delegation was led by the director of the Andes Cyber Centre, Anna Koskinen.",
           {},
           {"Anna Koskinen leads Atlantic Cyber Command"}},
      },
      std::nullopt);
}

TEST_CASE("a person's own apposition is not the whole list's", "[relate][person]") {
  auto r = relations_of(
      "Among the speakers were the commander of the Atlantic Cyber Command, Colonel Karl Berg, "
      "and Anna Koskinen, the deputy head of the Andes Cyber Centre.");
  CHECK(has(r, "Karl Berg leads Atlantic Cyber Command"));
  CHECK_FALSE(has_edge(r, "Anna Koskinen", "Atlantic Cyber Command"));
  CHECK_FALSE(has_edge(r, "Karl Berg", "Andes Cyber Centre"));
  CHECK(has(r, "Anna Koskinen affiliated_with Andes Cyber Centre"));
}

TEST_CASE("a body located by 'where' after a place", "[relate][person]") {
  check_relation_rows(
      {
          {"The accord was signed in Gdansk, where the Baltic Signals Agency has its headquarters.",
           {"Baltic Signals Agency located_in Gdansk undated"},
           {}},
          {"The talks were held in Gdansk, where the Baltic Signals Agency is based.",
           {"Baltic Signals Agency located_in Gdansk undated"},
           {}},
          // a body that merely met there is not located there
          {"The ministers met in Gdansk, where the Baltic Signals Agency presented its report.",
           {},
           {"Baltic Signals Agency located_in Gdansk"}},
      },
      std::nullopt);
}

TEST_CASE("a body set up under another is part of it", "[relate][person]") {
  auto r = relations_of("The Andes Cyber Working Group was set up in 2021 under the Pacific Security Council.");
  CHECK(has(r, "Andes Cyber Working Group part_of Pacific Security Council 2021"));
  // set up under a presidency of a nation says nothing of belonging to it
  r = relations_of("The Andes Cyber Working Group was set up under the Chilean presidency.");
  CHECK_FALSE(has_edge(r, "Andes Cyber Working Group", "Chile"));
}

TEST_CASE("a role for a body written before the name", "[relate][person]") {
  auto r = relations_of("A spokesperson for the Baltic Signals Agency, Anna Koskinen, said the drill went well.");
  CHECK(has(r, "Anna Koskinen affiliated_with Baltic Signals Agency"));
  r = relations_of("Chile's deputy prime minister and digital affairs minister, Karl Berg, opened the session.");
  CHECK(has(r, "Karl Berg affiliated_with Chile"));
  r = relations_of("Chile's prime minister and defence minister, Karl Berg, opened the session.");
  CHECK(has(r, "Karl Berg leads Chile"));
  // a role of someone else, then a name in a list, is no role of that name
  r = relations_of("A spokesperson for the Baltic Signals Agency said Anna Koskinen, Karl Berg and others attended.");
  CHECK_FALSE(has_edge(r, "Anna Koskinen", "Baltic Signals Agency"));
}

TEST_CASE("a role in apposition holds only the name beside it", "[relate][person]") {
  auto r =
      relations_of("The Lumen Agency's chief executive, Maria Kolberg, and Juhan Tamsalu said the rules were ready.");
  CHECK(has(r, "Maria Kolberg leads Lumen Agency"));
  CHECK_FALSE(has_edge(r, "Juhan Tamsalu", "Lumen Agency"));
  r = relations_of(
      "The Lumen Agency's chief executive, Maria Kolberg, and Juhan Tamsalu held talks on Monday about courses.");
  CHECK(has(r, "Maria Kolberg leads Lumen Agency"));
  CHECK_FALSE(has_edge(r, "Juhan Tamsalu", "Lumen Agency"));
  // a plural role noun names them all
  r = relations_of("Latvia's ministers, Maria Kolberg, Juhan Tamsalu and Rita Ozola, met in Riga.");
  CHECK((has_edge(r, "Juhan Tamsalu", "Maria Kolberg") || has_edge(r, "Maria Kolberg", "Juhan Tamsalu")));
}

TEST_CASE("a nation's envoy to another country serves the nation that sent them", "[relate][person]") {
  auto r = relations_of("Norway's Ambassador to Latvia, Eirik Sande, opened the seminar.");
  CHECK(has(r, "Eirik Sande affiliated_with Norway"));
  CHECK_FALSE(has_edge(r, "Eirik Sande", "Latvia"));
  r = relations_of("Chile's Envoy to the United Nations, Tomas Brandt, said the vote was close.");
  CHECK(has(r, "Tomas Brandt affiliated_with Chile"));
  CHECK_FALSE(has_edge(r, "Tomas Brandt", "United Nations"));
}

TEST_CASE("a meeting only planned is no meeting", "[relate][person]") {
  auto r = relations_of("Olaf Nyberg will meet Pekka Aalto in Riga next month.");
  CHECK_FALSE(has_edge(r, "Olaf Nyberg", "Pekka Aalto"));
  CHECK_FALSE(has_edge(r, "Pekka Aalto", "Olaf Nyberg"));
  r = relations_of("Anna Koskinen will host Tomas Brandt in Tartu.");
  CHECK_FALSE(has_edge(r, "Anna Koskinen", "Tomas Brandt"));
  // a meeting that took place still is one
  r = relations_of("Olaf Nyberg met Pekka Aalto in Riga on Monday.");
  CHECK(has_edge(r, "Olaf Nyberg", "Pekka Aalto"));
}

TEST_CASE("a body based or headquartered at a place is located in it", "[relate][person]") {
  check_relation_rows(
      {
          {"Based at Harstad, the Arctic Defence College trains officers from five nations.",
           {"Arctic Defence College located_in Harstad undated"},
           {}},
          {"The team came from the Arctic Defence College, a training body headquartered at Harstad.",
           {"Arctic Defence College located_in Harstad undated"},
           {}},
          // a body that only met at a place is not based there
          {"The Arctic Defence College met at Harstad on Monday.", {}, {"Arctic Defence College located_in Harstad"}},
      },
      std::nullopt);
}

TEST_CASE("a role after the second of two names is that name's", "[relate][person]") {
  auto r = relations_of("The pact was signed by Anna Koskinen and Tomas Brandt, head of the Baltic Signals Agency.");
  CHECK(has(r, "Tomas Brandt leads Baltic Signals Agency"));
  CHECK_FALSE(has_edge(r, "Anna Koskinen", "Baltic Signals Agency"));
}

TEST_CASE("'its head' after a body described with a nation's possessive is the body's", "[relate][person]") {
  check_relation_rows(
      {
          {"The ministers visited CERT-EE, Estonia's national response team, where they were briefed by its head, Mari "
           "Tamm.",
           {"Mari Tamm leads CERT-EE undated"},
           {"Mari Tamm leads Estonia"}},
          // a nation alone before "its" is still the one spoken of
          {"Estonia was represented by its president, Mari Tamm.", {"Mari Tamm leads Estonia undated"}, {}},
      },
      std::nullopt);
}

TEST_CASE("a byline's title after the name is no outlet", "[relate][person]") {
  auto r = relations_of("By Mari Tamm, Senior Correspondent\n\nTALLINN - Estonia and Finland held talks on Monday.");
  for (const auto& x : r) CHECK_FALSE(x.starts_with("Mari Tamm affiliated_with"));
  r = relations_of("By Mari Tamm, The Baltic Ledger\n\nTALLINN - Estonia and Finland held talks on Monday.");
  CHECK(has(r, "Mari Tamm affiliated_with Baltic Ledger"));
}
