// Relations, session 27 (f7): two signers named with their nations (issue 3). Each
// text is read as published on Wednesday 18 June 2025 unless it says otherwise.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("f7: a signer and his counterpart both sign for their nations", "[relate][party_to][f7]") {
  check_relation_rows({
      // a possessive nation, commas around each name
      {"Chile's Defence Minister, Pedro Alvarez, and his Peruvian counterpart, Jorge Salas, signed the "
       "Pacific Maritime Accord on Tuesday.",
       {"Chile party_to Pacific Maritime Accord", "Peru party_to Pacific Maritime Accord",
        "Pedro Alvarez met_with Jorge Salas"},
       {}},
      // demonyms, no commas
      {"Greek Foreign Minister Nikos Andreou and his Cypriot counterpart Eleni Charalambous signed the "
       "Aegean Energy Accord in Athens.",
       {"Greece party_to Aegean Energy Accord", "Cyprus party_to Aegean Energy Accord",
        "Nikos Andreou met_with Eleni Charalambous"},
       {}},
      // "Minister of Defence of X", a woman's counterpart
      {"The Minister of Defence of Ghana, Abena Mensah, and her Togolese counterpart, Kodjo Agbeko, have "
       "signed the Gulf of Guinea Security Accord.",
       {"Ghana party_to Gulf of Guinea Security Accord", "Togo party_to Gulf of Guinea Security Accord"},
       {}},
  });
}

TEST_CASE("f7: a counterpart who only attends signs nothing", "[relate][party_to][f7]") {
  check_relation_rows({
      // the list of signers is the subject's only: one named elsewhere in the sentence is no party
      {"Chile's Defence Minister, Pedro Alvarez, signed the Pacific Maritime Accord while his Peruvian "
       "counterpart, Jorge Salas, looked on.",
       {"Chile party_to Pacific Maritime Accord"},
       {"Peru party_to Pacific Maritime Accord"}},
  });
}

TEST_CASE("f7: an unnamed minister and his counterpart both sign for their nations", "[relate][party_to][f7]") {
  check_relation_rows({
      {"Estonia's foreign minister and her Latvian counterpart signed the Riga Cyber Accord on Tuesday.",
       {"Estonia party_to Riga Cyber Accord", "Latvia party_to Riga Cyber Accord"},
       {}},
      {"The Greek defence minister and his Cypriot counterpart signed the Aegean Energy Accord in Athens.",
       {"Greece party_to Aegean Energy Accord", "Cyprus party_to Aegean Energy Accord"},
       {}},
      // no official before "and his": the name before is no signer
      {"Officials from Greece praised Cyprus and its partners, who signed the Aegean Energy Accord in Athens.",
       {},
       {"Greece party_to Aegean Energy Accord"}},
  });
}
