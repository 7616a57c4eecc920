// Relations, session 30 (h14r): recall families of unseen text (titles after a
// fronted phrase, visits to counterparts, training together). Every text
// written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s30-h14r: a title of a body after a fronted phrase names the person after it", "[relate][leads][s30-h14r]") {
  check_relation_rows({
      {"In May, the Director-General of the Australian Signals Directorate, Mira Castell, flew to Manila.",
       {"Mira Castell leads Australian Signals Directorate"},
       {}},
      {"Earlier this month, the Head of ENISA, Dr Lauri Pold, opened the conference.",
       {"Lauri Pold leads European Union Agency for Cybersecurity"},
       {}},
      {"On Tuesday, the Director of CERT.LV, Baiba Ozola, briefed journalists.",
       {"Baiba Ozola leads CERT.LV"},
       {}},
      // an apposition of a named person stays that person's
      {"Kaarel Sepp, the Head of ENISA, Mari Tamm and Juri Kask attended.",
       {},
       {"Mari Tamm leads European Union Agency for Cybersecurity"}},
  });
}

TEST_CASE("s30-h14r: a visit to a counterpart is a meeting", "[relate][met_with][s30-h14r]") {
  check_relation_rows({
      {"The Finnish defence minister, Aino Virta, visited her Estonian counterpart, Kalle Saar, in Tallinn.",
       {"Aino Virta met_with Kalle Saar"},
       {}},
      {"Defence Minister Aino Virta paid a visit to her Swedish counterpart, Nils Berg, last week.",
       {"Aino Virta met_with Nils Berg"},
       {}},
      {"The two states signed the accord during a visit by the Latvian minister, Janis Ozols, to his Lithuanian counterpart, Tomas Rimas.",
       {"Janis Ozols met_with Tomas Rimas"},
       {}},
      {"Talks followed a visit by Minister Aino Virta to her Polish counterpart Marek Nowak.",
       {"Aino Virta met_with Marek Nowak"},
       {}},
  });
}

TEST_CASE("s30-h14r: training or exercising with a partner over time is cooperation", "[relate][cooperates_with][s30-h14r]") {
  check_relation_rows({
      {"Estonia has trained with Finland since 2019.",
       {"Estonia cooperates_with Finland"},
       {}},
      {"CERT.LV has regularly exercised with ENISA since 2021.",
       {"CERT.LV cooperates_with European Union Agency for Cybersecurity"},
       {}},
      {"Latvia and Lithuania said Poland had drilled with Latvia for a decade.",
       {"Poland cooperates_with Latvia"},
       {}},
      // a team that trained with a partner in one drill is not a standing tie
      {"Estonia will train with Finland next year.",
       {},
       {"Estonia cooperates_with Finland"}},
  });
}

TEST_CASE("s30-h14r: travelling to a place for an event places the event there", "[relate][located_in][s30-h14r]") {
  check_relation_rows({
      {"The minister travelled to Riga for the Riga Cyber Dialogue 2025.",
       {"Riga Cyber Dialogue located_in Riga"},
       {}},
      {"Last week the head of ENISA flew to Vilnius for the second Lithuania-Poland Cyber Dialogue.",
       {"Lithuania-Poland Cyber Dialogue located_in Vilnius"},
       {}},
      {"Blue teams from twelve nations came to Tartu for Locked Shields.",
       {"Locked Shields located_in Tartu"},
       {}},
  });
}

TEST_CASE("s30-h14r: an exercise hosted on a campus or a base in a town is in that town", "[relate][located_in][s30-h14r]") {
  check_relation_rows({
      {"CCDCOE hosted Exercise Locked Shields 2025 on the university campus in Tartu.",
       {"Locked Shields located_in Tartu"},
       {}},
      {"The Estonian Defence Forces ran Locked Shields on their base in Tapa last week.",
       {"Locked Shields located_in Tapa"},
       {}},
  });
}

TEST_CASE("s30-h14r: a rank with a bracketed mark before a name is not part of the body's name", "[relate][leads][s30-h14r]") {
  check_relation_rows({
      {"Commander of the Cyber Security Directorate Brigadier General (Pilot) Rashid Omar said the drill ended.",
       {"Rashid Omar leads Cyber Security Directorate"},
       {"Rashid Omar leads Cyber Security Directorate Brigadier General"}},
      {"Director of the Estonian Defence Forces Cyber Command Major General (Ret.) Karl Saar opened the forum.",
       {"Karl Saar leads Estonian Defence Forces Cyber Command"},
       {}},
      {"Commander of the Estonian Defence Forces Brigadier General (Pilot) Mart Tamm spoke first.",
       {"Mart Tamm leads Estonian Defence Forces"},
       {}},
  });
}

TEST_CASE("s30-h14r: a person of a nation before a verb of taking a post or speaking belongs to it", "[relate][affiliated_with][s30-h14r]") {
  check_relation_rows({
      {"The centre has a new chief: Brigadier General Jan Nowak of Poland took up the post on 1 May.",
       {"Jan Nowak affiliated_with Poland"},
       {}},
      {"Colonel Ilze Berzina of Latvia became its first commander in March.",
       {"Ilze Berzina affiliated_with Latvia"},
       {}},
      {"Major Tomas Rimas of Lithuania stressed that the drill was realistic.",
       {"Tomas Rimas affiliated_with Lithuania"},
       {}},
  });
}

TEST_CASE("s30-h14r: two bodies agreeing to station or exchange liaison officers cooperate", "[relate][cooperates_with][s30-h14r]") {
  check_relation_rows({
      {"In March, Estonia and Latvia agreed to station a liaison officer in Riga.",
       {"Estonia cooperates_with Latvia"},
       {}},
      {"ENISA and CERT.LV have agreed to exchange cyber liaison officers.",
       {"CERT.LV cooperates_with European Union Agency for Cybersecurity"},
       {}},
      {"The Estonian Ministry of Defence and ENISA decided to second a permanent liaison officer to Tallinn.",
       {"Estonian Ministry of Defence cooperates_with European Union Agency for Cybersecurity"},
       {}},
  });
}

TEST_CASE("s30-h14r: a title of a body with its acronym between commas names the person after it", "[relate][leads][s30-h14r]") {
  check_relation_rows({
      {"The Director-General of the European Union Agency for Cybersecurity, ENISA, Mari Tamm, opened the forum.",
       {"Mari Tamm leads European Union Agency for Cybersecurity"},
       {}},
      {"The talks were chaired by the Director of the National Cyber and Crypto Agency, BSSN, Karl Saar.",
       {"Karl Saar leads National Cyber and Crypto Agency"},
       {}},
      {"I signed it together with the Executive Director of the European Union Agency for Cybersecurity, ENISA, Mari Tamm.",
       {"Mari Tamm leads European Union Agency for Cybersecurity"},
       {}},
  });
}

TEST_CASE("s30-h14r: an exercise's name with its class noun after it is one item before which-clauses", "[relate][located_in][s30-h14r]") {
  check_relation_rows({
      {"Teams spent three days in the Locked Shields cyber exercise, which was held in Riga.",
       {"Locked Shields located_in Riga"},
       {}},
      {"The Locked Shields cyber exercise, which ended in Riga on Friday, was a success.",
       {"Locked Shields located_in Riga"},
       {}},
      {"Teams took part in the \"Kestrel Dawn\" cyber defence exercise, which ended in Vilnius yesterday.",
       {"Kestrel Dawn located_in Vilnius"},
       {}},
  });
}
