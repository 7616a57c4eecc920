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

TEST_CASE("s25: a sentence that goes on with 'also' is at the day the sentence before gave", "[dating][s25]") {
  check_relation_rows({
      {"Latvian Defence Minister Tomas Berg met his Estonian counterpart Hanno Pevkur in Riga on Monday. "
       "The two ministers also signed the Riga Cyber Memorandum.",
       {"Latvia party_to Riga Cyber Memorandum 2025-06-16", "Estonia party_to Riga Cyber Memorandum 2025-06-16"},
       {}},
      {"Finland and Sweden held talks in Helsinki on 3 June. Both countries also signed the Helsinki Cyber Arrangement.",
       {"Finland party_to Helsinki Cyber Arrangement 2025-06-03"},
       {}},
      // a new subject tells another story
      {"Latvia and Estonia held talks in Riga on Monday. Lithuania also signed the Vilnius Cyber Memorandum.",
       {"Lithuania party_to Vilnius Cyber Memorandum undated"},
       {}},
      // the sentence before gave no day
      {"Latvia and Estonia held talks in Riga in 2019. The two countries also signed the Riga Cyber Memorandum.",
       {"Latvia party_to Riga Cyber Memorandum undated"},
       {}},
      // a time word of its own, or the perfect: not the same occasion
      {"Latvia and Estonia held talks in Riga on Monday. The two countries also signed the Riga Cyber Memorandum previously.",
       {"Latvia party_to Riga Cyber Memorandum undated"},
       {}},
      {"Latvia and Estonia held talks in Riga on Monday. The two countries have also signed the Riga Cyber Memorandum.",
       {"Latvia party_to Riga Cyber Memorandum undated"},
       {}},
  });
}

TEST_CASE("s25: an adverb or two between an auxiliary and its verb", "[relate][s25]") {
  check_relation_rows({
      {"Estonia had already joined NATO.", {"Estonia member_of North Atlantic Treaty Organization"}, {}},
      {"Finland has now formally joined the Nordic Cyber Coalition.", {"Finland member_of Nordic Cyber Coalition"}, {}},
      {"Estonia and Latvia have both signed the Riga Cyber Memorandum.",
       {"Estonia party_to Riga Cyber Memorandum", "Latvia party_to Riga Cyber Memorandum"},
       {}},
      {"Latvia will also formally join the Nordic Cyber Coalition in 2026.",
       {"Latvia member_of Nordic Cyber Coalition 2026"},
       {}},
  });
}
