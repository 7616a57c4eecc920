// Session 12: agreements, cooperation and exercises in wordings news uses
// that left both ends recognised but unrelated: the other side of a signing
// ("signed X with Y"), parties introduced by "Under the X, A and B ...",
// cooperation stated as an arrangement or a promise to share, an exercise
// referred to as "it" ("hosted it together with", "it brought together").
// Every text written for this test; negatives beside the positives.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s12: the other side of a signing and the parties an agreement governs", "[relate][s12][party_to]") {
  check_relation_rows({
      {"On 4 March the Finnish Defence Forces signed the Harbour Watch Memorandum with the Swedish Armed Forces.",
       {"Finnish Defence Forces party_to Harbour Watch Memorandum 2025-03-04",
        "Swedish Armed Forces party_to Harbour Watch Memorandum 2025-03-04"},
       {}},
      {"Chile signed the Andes Data Accord on Tuesday with Peru.",
       {"Chile party_to Andes Data Accord", "Peru party_to Andes Data Accord"},
       {}},
      // a refusal signs nothing, on either side
      {"Chile refused to sign the Andes Data Accord with Peru.",
       {},
       {"Peru party_to Andes Data Accord", "Chile party_to Andes Data Accord"}},
      {"Under the Baltic Range Protocol, Estonia and Lithuania will open their cyber ranges to each other.",
       {"Estonia party_to Baltic Range Protocol", "Lithuania party_to Baltic Range Protocol"},
       {}},
      // "under" a plan that names no list of subjects after the comma
      {"Under the Baltic Range Protocol, cyber ranges will be opened to visiting teams from Estonia.",
       {},
       {"Estonia party_to Baltic Range Protocol"}},
  });
}

TEST_CASE("s12: cooperation as a standing arrangement or an agreement to share", "[relate][s12][cooperates_with]") {
  check_relation_rows({
      {"The Cyber Security Authority of Zambia already has a data-sharing arrangement with the Malawi Communications "
       "Regulatory Authority.",
       {"Cyber Security Authority of Zambia cooperates_with Malawi Communications Regulatory Authority"},
       {}},
      {"NASK has agreed to share threat indicators with CERT-EE under a new deal.",
       {"NASK cooperates_with CERT-EE"},
       {}},
      // a wish to share is no cooperation yet
      {"NASK wants to share threat indicators with CERT-EE.",
       {},
       {"NASK cooperates_with CERT-EE"}},
  });
}

TEST_CASE("s12: an exercise spoken of as 'it'", "[relate][s12][organises][participates_in]") {
  check_relation_rows({
      {"The exercise is called Coral Gate. The Fijian Ministry of Defence hosted it together with the Tongan Ministry of "
       "Defence.",
       {"Fijian Ministry of Defence organises Coral Gate", "Tongan Ministry of Defence organises Coral Gate"},
       {}},
      {"The Coral Gate exercise ended in Suva on Friday. It brought together specialists from Samoa, Vanuatu and the Pacific "
       "Islands Forum.",
       {"Samoa participates_in Coral Gate", "Vanuatu participates_in Coral Gate",
        "Pacific Islands Forum participates_in Coral Gate"},
       {}},
      // "it" after another verb is still the body spoken of, not the exercise
      {"The Coral Gate exercise ended on Friday. The Fijian Ministry of Defence said it welcomed Samoa.",
       {},
       {"Fijian Ministry of Defence organises Coral Gate", "Samoa participates_in Coral Gate"}},
  });
}

TEST_CASE("s12: the counted participating states stand for the list named before", "[relate][s12][party_to]") {
  check_relation_rows({
      {"Delegations from Chile, Peru and Bolivia met in Lima. The Lima Declaration on Cyber Norms was adopted by the "
       "three participating governments.",
       {"Chile party_to Lima Declaration on Cyber Norms", "Peru party_to Lima Declaration on Cyber Norms",
        "Bolivia party_to Lima Declaration on Cyber Norms"},
       {}},
      {"Ghana, Togo and Benin sent teams. On Friday the three governments signed the Accra Accord on Cyber Crime.",
       {"Ghana party_to Accra Accord on Cyber Crime", "Togo party_to Accra Accord on Cyber Crime"},
       {}},
      // a count that fits no list named before stands for no one
      {"Delegations from Chile, Peru and Bolivia met in Lima. The Lima Declaration on Cyber Norms was adopted by the "
       "five participating governments.",
       {},
       {"Chile party_to Lima Declaration on Cyber Norms"}},
  });
}

TEST_CASE("s12: the partner in a joint team takes part, the body that closes its exercise runs it",
          "[relate][s12][participates_in][organises]") {
  check_relation_rows({
      {"Latvia took part in Locked Shields in April as part of a team with Poland.",
       {"Latvia participates_in Locked Shields 2025-04", "Poland participates_in Locked Shields 2025-04"},
       {}},
      {"A Maltese team took part in Locked Shields in April, embedded in a joint team led by Italy.",
       {"Malta participates_in Locked Shields", "Italy participates_in Locked Shields"},
       {}},
      {"The Kenya Defence Forces (KDF) on Wednesday concluded Tsavo Ridge, a six-day cyber defence exercise.",
       {"Kenya Defence Forces organises Tsavo Ridge 2025-06-13"},
       {}},
      {"The Estonian Defence Forces never completed Tallinn Spear, a cyber defence exercise.",
       {},
       {"Estonian Defence Forces organises Tallinn Spear"}},
  });
}

TEST_CASE("s12: teams named before a verb that withdraws or hedges them take no part", "[relate][s12][participates_in]") {
  check_relation_rows({
      {"Teams from Latvia took part in Amber Gate, a cyber defence exercise. A team from the Lithuanian Riflemen's "
       "Union had been pencilled in but was withdrawn in May.",
       {"Latvia participates_in Amber Gate"},
       {"Lithuanian Riflemen's Union participates_in Amber Gate"}},
      {"Teams from Latvia took part in Amber Gate, a cyber defence exercise. Next year delegations from Chile and "
       "Peru are expected.",
       {"Latvia participates_in Amber Gate"},
       {"Chile participates_in Amber Gate", "Peru participates_in Amber Gate"}},
      // the comma closes what the list's own verb says: the hedge after it is another clause's
      {"Teams from Latvia and Chile took part in Amber Gate, a cyber defence exercise, and Peru may join next year.",
       {"Latvia participates_in Amber Gate", "Chile participates_in Amber Gate"},
       {"Peru participates_in Amber Gate"}},
  });
}

TEST_CASE("s12: the nations joined by a hyphen before an agreement's name are its parties", "[relate][s12][party_to]") {
  check_relation_rows({
      // the name read with its acronym leaves the parties' word outside it
      {"The ministers reviewed the Chile-Peru Border Data Agreement (BDA), which entered into force in March.",
       {"Chile party_to Border Data Agreement", "Peru party_to Border Data Agreement"},
       {}},
      // "-led" names a leader, not a second party
      {"The ministers reviewed the Chile-led Border Data Agreement (BDA), which entered into force in March.",
       {},
       {"Chile party_to Border Data Agreement"}},
  });
}

TEST_CASE("s12: talks between officials from a list, joined by partners from another", "[relate][s12][participates_in]") {
  check_relation_rows({
      {"The third Steppe Cyber Forum closed in Ulaanbaatar on Wednesday after two days of talks between officials "
       "from Mongolia, Kyrgyzstan and Tajikistan, joined by partners from Japan and the OSCE.",
       {"Mongolia participates_in Steppe Cyber Forum", "Tajikistan participates_in Steppe Cyber Forum",
        "Japan participates_in Steppe Cyber Forum"},
       {}},
      // talks still to come take no part yet
      {"The third Steppe Cyber Forum opened in Ulaanbaatar. Talks between officials from Mongolia and Japan are planned "
       "for next year.",
       {},
       {"Mongolia participates_in Steppe Cyber Forum", "Japan participates_in Steppe Cyber Forum"}},
  });
}
