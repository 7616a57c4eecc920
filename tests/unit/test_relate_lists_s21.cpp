// Lists in relative clauses, session 21: a list of names joined by "and"
// inside ", which ..." does not close the clause at its first comma.
// Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s21: a list and a few words after it stay in the relative clause", "[relate][lists][s21]") {
  check_relation_rows({
      {"They welcomed the Riga Protocol, which Estonia, Latvia and Finland signed in 2024.",
       {"Estonia party_to Riga Protocol 2024", "Latvia party_to Riga Protocol 2024", "Finland party_to Riga Protocol 2024"},
       {}},
      {"The Riga Protocol, which was signed by Estonia, Latvia and Finland in 2024, entered into force.",
       {"Estonia party_to Riga Protocol 2024", "Latvia party_to Riga Protocol 2024", "Finland party_to Riga Protocol 2024"},
       {}},
      // the main clause's time is not the relative clause's
      {"Chile acceded last October to the Riga Protocol, which Estonia, Latvia and Finland had adopted in June 2024.",
       {"Estonia party_to Riga Protocol 2024-06", "Latvia party_to Riga Protocol 2024-06", "Chile party_to Riga Protocol 2024-10"},
       {"Latvia party_to Riga Protocol 2024-10"}},
      // another clause joined after the list closes the relative clause at the list's comma as before
      {"NATO, which Estonia joined in 2004, hosted Latvia and Finland and met in Riga.",
       {"Estonia member_of North Atlantic Treaty Organization 2004"},
       {"Latvia member_of North Atlantic Treaty Organization"}},
  });
}

TEST_CASE("s21: a signer's title with a portfolio after 'for' keeps the list of signers whole", "[relate][lists][s21]") {
  check_relation_rows({
      {"The Warsaw Declaration on Cyber Resilience was signed by Deputy Defence Minister Piotr Zawadzki of Poland, "
       "Romania's state secretary for defence policy Andrei Munteanu and Bulgarian Deputy Minister of Defence Svetla Koleva.",
       {"Romania party_to Warsaw Declaration on Cyber Resilience", "Bulgaria party_to Warsaw Declaration on Cyber Resilience",
        "Poland party_to Warsaw Declaration on Cyber Resilience", "Andrei Munteanu met_with Svetla Koleva",
        "Andrei Munteanu affiliated_with Romania"},
       {}},
      // a portfolio with no name after it merges nothing
      {"Romania's state secretary for defence policy said the Warsaw Declaration on Cyber Resilience was signed by Poland.",
       {"Poland party_to Warsaw Declaration on Cyber Resilience"},
       {"Romania party_to Warsaw Declaration on Cyber Resilience"}},
  });
}
