// Dates of facts, session 16: what the story's lede is when a sentence-case
// headline follows an outlet's name. Each text is read as published on
// Wednesday 18 June 2025 unless a row says otherwise.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s16: a headline without a stop is not the lede", "[relate][dating][s16]") {
  check_relation_rows({
      // the outlet's name is read as the headline; the real one, in sentence case, has no stop
      {"THE HARBOUR GAZETTE - Weekend edition\n\n"
       "Chile opens naval cyber school in Valparaiso with a Peruvian as its dean\n\n"
       "The Chilean Navy opened a cyber school in Valparaiso on Monday, its first.\n\n"
       "Ana Ruiz also held talks with her Peruvian counterpart, Luis Vega, on the margins of the event; "
       "the two discussed an exchange of cadets next year.",
       {"Ana Ruiz met_with Luis Vega 2025-06-16"},
       {}},
      // a lede with no date still gives none
      {"THE HARBOUR GAZETTE - Weekend edition\n\n"
       "Chile opens naval cyber school in Valparaiso with a Peruvian as its dean\n\n"
       "The Chilean Navy opened a cyber school in Valparaiso, its first.\n\n"
       "Ana Ruiz also held talks with her Peruvian counterpart, Luis Vega, on the margins of the event; "
       "the two discussed an exchange of cadets next year.",
       {"Ana Ruiz met_with Luis Vega undated"},
       {"Ana Ruiz met_with Luis Vega 2025-06-16"}},
  });
}

TEST_CASE("s16: before the ceremony and after the talks are the story's occasion", "[relate][dating][s16]") {
  check_relation_rows({
      {"The Chilean Navy on Monday opened a cyber school in Valparaiso. "
       "Before the ceremony, Chile and Peru signed the Valparaiso Cadet Accord.",
       {"Chile party_to Valparaiso Cadet Accord 2025-06-16", "Peru party_to Valparaiso Cadet Accord 2025-06-16"},
       {}},
      {"Defence ministers of Chile and Peru met in Lima on Tuesday to discuss cyber training. "
       "Following the talks, Chile and Peru signed the Lima Cadet Accord.",
       {"Chile party_to Lima Cadet Accord 2025-06-17"},
       {}},
      // without the phrase nothing is taken from the lede
      {"The Chilean Navy on Monday opened a cyber school in Valparaiso. "
       "Separately, Chile and Peru signed the Valparaiso Cadet Accord.",
       {"Chile party_to Valparaiso Cadet Accord undated"},
       {"Chile party_to Valparaiso Cadet Accord 2025-06-16"}},
  });
}

TEST_CASE("s16: the lede dates the occasion by its main clause only", "[relate][dating][s16]") {
  check_relation_rows({
      // the visit's span, told in a relative clause, is not the day of the story's meeting
      {"Ana Ruiz of the Chilean Navy held a meeting with Luis Vega, who is visiting Chile from June 15 to 19. "
       "Following the meeting, Chile and Peru signed the Andes Cyber Accord.",
       {"Chile party_to Andes Cyber Accord undated"},
       {"Chile party_to Andes Cyber Accord 2025-06-15"}},
  });
}

TEST_CASE("s16: adopted, entered into force and scheduled for tell when an agreement or event was", "[relate][dating][s16]") {
  check_relation_rows({
      {"The ministers discussed the Chile-Peru Cyber Roadmap, which both defence ministries adopted in 2024, and a joint team.",
       {"Chile party_to Chile-Peru Cyber Roadmap 2024", "Peru party_to Chile-Peru Cyber Roadmap 2024"},
       {}},
      {"The ministers welcomed the Chile-Peru Access Agreement, which entered into force in March last year.",
       {"Chile party_to Chile-Peru Access Agreement 2024-03"},
       {}},
      {"The Chilean Navy will host a cyber workshop in Lima next month. The Andean Cyber Workshop, scheduled for "
       "July 7-9, will draw 80 people. The workshop will be co-organized by the Peruvian Navy.",
       {"Peruvian Navy organises Andean Cyber Workshop 2025-07-07"},
       {}},
      // an agreement discussed with no time of its own gets none
      {"The ministers discussed the Chile-Peru Cyber Roadmap and a joint team.",
       {"Chile party_to Chile-Peru Cyber Roadmap undated"},
       {}},
  });
}

TEST_CASE("s16: an event's place is dated by when the event took place", "[relate][dating][s16]") {
  check_relation_rows({
      {"The Chilean Navy ran Exercise Copper Gate from June 3 to June 6. "
       "Copper Gate, run by the Chilean Navy in Valparaiso, drew 300 people.",
       {"Copper Gate located_in Valparaiso 2025-06-03"},
       {}},
      // no date told of the event: its place stays undated
      {"The Chilean Navy ran Exercise Copper Gate for cadets. "
       "Copper Gate, run by the Chilean Navy in Valparaiso, drew 300 people.",
       {"Copper Gate located_in Valparaiso undated"},
       {}},
      // a body's place is not an event's: no date is taken for it
      {"The Chilean Navy ran Exercise Copper Gate from June 3 to June 6. "
       "The Chilean Navy is headquartered in Valparaiso.",
       {},
       {"Chilean Navy located_in Valparaiso 2025-06-03"}},
  });
}

TEST_CASE("s16: a dated lede dates the occasion the next sentence names", "[relate][dating][s16]") {
  check_relation_rows({
      // "war game" and "Exercise" speak of one occasion; the lede has no occurrence verb, one date
      {"Chilean cyber troops fought off a mock attack on the grid in a secret war game this week. "
       "Exercise Copper Gate, run by the Chilean Navy at a base near Arica, pitted 300 hackers against a red team.",
       {"Chilean Navy organises Copper Gate 2025-06"},
       {}},
      // "signing" and "was signed": the agreement's signing is the lede's; a time in a relative clause
      // of the second sentence does not keep it away
      {"The defence ministers of Chile and Peru agreed on Monday to pool their cyber teams, signing a text in Lima. "
       "The Lima Cyber Accord was signed by Chile and Peru at the ministry, which hosts the talks this year.",
       {"Chile party_to Lima Cyber Accord 2025-06-16"},
       {}},
      // a lede of another kind of occasion (a meeting) does not date an exercise
      {"The defence ministers of Chile and Peru held a meeting in Lima on Monday. "
       "Exercise Copper Gate, run by the Chilean Navy at a base near Arica, pitted 300 hackers against a red team.",
       {"Chilean Navy organises Copper Gate undated"},
       {"Chilean Navy organises Copper Gate 2025-06-16"}},
  });
}

TEST_CASE("s16: a closing day in the clause dates the event's span from its first day", "[relate][dating][s16]") {
  check_relation_rows({
      {"LIMA - The Andean Cyber Forum closed in Lima on Tuesday after two days of talks between officials from Chile and Peru.",
       {"Chile participates_in Andean Cyber Forum 2025-06-16"},
       {"Chile participates_in Andean Cyber Forum 2025-06-17"}},
      {"The Chilean Navy on Tuesday concluded Exercise Copper Gate, a four-day cyber defence exercise held at its base in Arica.",
       {"Chilean Navy organises Copper Gate 2025-06-14"},
       {"Chilean Navy organises Copper Gate 2025-06-17"}},
      // no length told: the closing day stays
      {"LIMA - The Andean Cyber Forum closed in Lima on Tuesday with talks between officials from Chile and Peru.",
       {"Chile participates_in Andean Cyber Forum 2025-06-17"},
       {}},
  });
}

TEST_CASE("s16: a unit set up or opened under a body is part of it from then", "[relate][dating][s16]") {
  check_relation_rows({
      {"The Cyber Office, which was launched in July under the Chilean Navy, is headed by Ana Ruiz.",
       {"Chile's Cyber Office part_of Chilean Navy 2024-07"},
       {}},
      {"Last month the Chilean Navy opened a Cyber Liaison Office in Arica.",
       {"Cyber Liaison Office part_of Chilean Navy 2025-05"},
       {}},
      {"The Cyber Office, which was launched under the Chilean Navy, is headed by Ana Ruiz.",
       {"Chile's Cyber Office part_of Chilean Navy undated"},
       {}},
  });
}

TEST_CASE("s16: a sentence opening with 'the exercise' speaks of the dated lede's occasion", "[relate][dating][s16]") {
  check_relation_rows({
      {"Cyber chiefs from across South America spent Monday and Tuesday in Lima working through a blackout scenario. "
       "The closed-door exercise, Copper Gate, was organised by the Chilean Navy.",
       {"Chilean Navy organises Copper Gate 2025-06-16"},
       {}},
      {"On a grey morning last month, thirty officers sat in a control room in Arica for nine hours. "
       "The exercise was called Copper Gate, and the Chilean Navy had organised it.",
       {"Chilean Navy organises Copper Gate 2025-05"},
       {}},
      // a name, not "the exercise", opening the sentence: nothing is taken
      {"Cyber chiefs from across South America spent Monday in Lima working through a blackout scenario. "
       "Copper Gate, a closed-door drill, was organised by the Chilean Navy.",
       {"Chilean Navy organises Copper Gate undated"},
       {}},
  });
}

TEST_CASE("s16: on the opening day is the first day of the event told of last", "[relate][dating][s16]") {
  check_relation_rows({
      {"LIMA - The Andean Cyber Forum closed in Lima on Tuesday after two days of talks between officials from Chile and Peru. "
       "On the opening day, Chile and Peru signed the Lima Cyber Accord.",
       {"Chile party_to Lima Cyber Accord 2025-06-16"},
       {"Chile party_to Lima Cyber Accord 2025-06-17"}},
      // no event told of before: nothing to take
      {"Officials from Chile and Peru met in Lima. On the opening day, Chile and Peru signed the Lima Cyber Accord.",
       {"Chile party_to Lima Cyber Accord undated"},
       {}},
  });
}
