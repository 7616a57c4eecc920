// Dating, session 25: a time right after a saying verb with "that" after it
// ("officials said on Monday that Latvia joined X") tells when the fact was
// said, not when it happened. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s25: the time of a saying does not date the clause it reports", "[dating][s25]") {
  check_relation_rows({
      {"Estonian officials said on Monday that Latvia joined the Baltic Cyber Coalition.",
       {"Latvia member_of Baltic Cyber Coalition undated"},
       {}},
      {"The ministry announced Tuesday that Lithuania had signed the Vilnius Memorandum.",
       {"Lithuania party_to Vilnius Memorandum undated"},
       {}},
      {"Officials told reporters on Friday that Poland took part in the Amber Mesh exercise in May.",
       {"Poland participates_in Amber Mesh 2025-05"},
       {"Poland participates_in Amber Mesh 2025-06-13"}},
      // the saying after the fact still dates a perfect with no time of its own
      {"Latvia has joined the Baltic Cyber Coalition, the ministry said on Monday.",
       {"Latvia member_of Baltic Cyber Coalition 2025-06-16"},
       {}},
      // a time of the fact's own verb stays
      {"Latvia joined the Baltic Cyber Coalition on Monday, officials said.",
       {"Latvia member_of Baltic Cyber Coalition 2025-06-16"},
       {}},
  });
}
