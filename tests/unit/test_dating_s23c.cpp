// Dating, session 23 (k3): a scheduling verb in the present ("starts on 2 July",
// "opens on Monday") tells of the coming day, as "will start" does. Each text
// is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s23: a present-tense scheduling verb takes the coming day", "[dating][s23]") {
  check_relation_rows({
      {"Latvia and Finland take part in the Amber Reef exercise, which starts on 2 July.",
       {"Latvia participates_in Amber Reef 2025-07-02", "Finland participates_in Amber Reef 2025-07-02"},
       {}},
      {"The Baltic Cyber Summit opens on Monday in Riga, and Estonia takes part in the Baltic Cyber Summit.",
       {"Estonia participates_in Baltic Cyber Summit 2025-06-23"},
       {"Estonia participates_in Baltic Cyber Summit 2025-06-16"}},
      {"Estonia hosts the Amber Reef exercise, which begins on Monday.",
       {"Estonia organises Amber Reef 2025-06-23"},
       {"Estonia organises Amber Reef 2025-06-16"}},
      // the past tense stays in the past
      {"The Baltic Cyber Summit opened on Monday in Riga, and Estonia took part in the Baltic Cyber Summit.",
       {"Estonia participates_in Baltic Cyber Summit 2025-06-16"},
       {"Estonia participates_in Baltic Cyber Summit 2025-06-23"}},
      {"Estonia hosted the Amber Reef exercise, which started on 2 July.",
       {"Estonia organises Amber Reef 2024-07-02"},
       {"Estonia organises Amber Reef 2025-07-02"}},
  });
}

TEST_CASE("s23: a meeting told with an apposed counterpart keeps the day of its verb", "[dating][met_with][s23]") {
  check_relation_rows({
      {"Tomas Berg and his Austrian counterpart, Eva Huber, agreed on Tuesday to hold a joint drill, during talks in Riga.",
       {"Tomas Berg met_with Eva Huber 2025-06-17"},
       {"Tomas Berg met_with Eva Huber undated"}},
      {"Tomas Berg and his Austrian counterpart, Eva Huber, signed on 3 June a plan for a joint drill, during talks in Riga.",
       {"Tomas Berg met_with Eva Huber 2025-06-03"},
       {"Tomas Berg met_with Eva Huber undated"}},
      // a participle set off after the subject alone is an aside: its time is not the verb's
      {"Finland, admitted to NATO in 2023, took part in the Amber Reef exercise.",
       {},
       {"Finland participates_in Amber Reef 2023"}},
  });
}
