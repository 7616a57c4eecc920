// Relations, session 29 (a1): affiliation and meeting wordings the visible
// sets had not shown. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s29-a1: more role nouns in an apposition name the body", "[relate][affiliated_with][s29-a1]") {
  check_relation_rows({
      {"Eva Novak, a representative of the European Union Agency for Cybersecurity, spoke.",
       {"Eva Novak affiliated_with European Union Agency for Cybersecurity"},
       {}},
      {"Peter Sandvik, an instructor with the Norwegian Armed Forces, led the training.",
       {"Peter Sandvik affiliated_with Norwegian Armed Forces"},
       {}},
      {"Peter Sandvik, instructor with the Norwegian Armed Forces, led the training.",
       {"Peter Sandvik affiliated_with Norwegian Armed Forces"},
       {}},
      {"Eva Novak, representative of the European Union Agency for Cybersecurity, spoke.",
       {"Eva Novak affiliated_with European Union Agency for Cybersecurity"},
       {}},
      {"Eva Novak, a senior policy coordinator at the European Union Agency for Cybersecurity, spoke.",
       {"Eva Novak affiliated_with European Union Agency for Cybersecurity"},
       {}},
      {"Liam Byrne, a delegate from the European Commission, voted for the text.",
       {"Liam Byrne affiliated_with European Commission"},
       {}},
      // the role noun is the other person's
      {"Eva Novak met Tom Reed, a trainer with the Norwegian Armed Forces.",
       {"Tom Reed affiliated_with Norwegian Armed Forces"},
       {"Eva Novak affiliated_with Norwegian Armed Forces"}},
  });
}

TEST_CASE("s29-a1: calls, conversations and hosted-by counterparts are meetings", "[relate][met_with][s29-a1]") {
  check_relation_rows({
      {"Hanno Pevkur and Lloyd Austin held a phone call on Monday.",
       {"Hanno Pevkur met_with Lloyd Austin"},
       {}},
      {"Kaja Kallas and Ursula von der Leyen had a video call on Friday.",
       {"Kaja Kallas met_with Ursula von der Leyen"},
       {}},
      {"Hanno Pevkur and Lloyd Austin spoke by phone on Monday.",
       {"Hanno Pevkur met_with Lloyd Austin"},
       {}},
      {"Hanno Pevkur had a telephone conversation with Lloyd Austin.",
       {"Hanno Pevkur met_with Lloyd Austin"},
       {}},
      {"Kaja Kallas held a videoconference with Ursula von der Leyen.",
       {"Kaja Kallas met_with Ursula von der Leyen"},
       {}},
      {"A meeting of Hanno Pevkur with Lloyd Austin was held in Tallinn.",
       {"Hanno Pevkur met_with Lloyd Austin"},
       {}},
      {"Hanno Pevkur was hosted by his counterpart Lloyd Austin in Washington.",
       {"Hanno Pevkur met_with Lloyd Austin"},
       {}},
      // one speaker on the phone meets nobody named
      {"Hanno Pevkur spoke by phone on Monday about Lloyd Austin's plan.",
       {},
       {"Hanno Pevkur met_with Lloyd Austin"}},
  });
}

TEST_CASE("s29-a1: hyphenated deputy posts in an apposition are affiliations", "[relate][affiliated_with][s29-a1]") {
  check_relation_rows({
      {"Lena Fischer, vice-chair of the European Union Military Committee, attended.",
       {"Lena Fischer affiliated_with European Union Military Committee"},
       {"Lena Fischer leads European Union Military Committee"}},
      {"Ahmed Salem, second-in-command of the Egyptian Armed Forces, visited Cairo.",
       {"Ahmed Salem affiliated_with Egyptian Armed Forces"},
       {"Ahmed Salem leads Egyptian Armed Forces"}},
      {"Lena Fischer, the vice-rector of Tallinn University of Technology, attended.",
       {"Lena Fischer affiliated_with Tallinn University of Technology"},
       {"Lena Fischer leads Tallinn University of Technology"}},
  });
}

TEST_CASE("s29-a1: a name with its body in brackets is a person of the body", "[relate][affiliated_with][s29-a1]") {
  check_relation_rows({
      {"The exercise was opened by Juhan Tamm (Estonian Defence Forces).",
       {"Juhan Tamm affiliated_with Estonian Defence Forces"},
       {}},
      {"Juhan Tamm (NATO) said the drill went well.",
       {"Juhan Tamm affiliated_with North Atlantic Treaty Organization"},
       {}},
      {"The panel heard Juhan Tamm (European Union Agency for Cybersecurity) on threats.",
       {"Juhan Tamm affiliated_with European Union Agency for Cybersecurity"},
       {}},
  });
}

TEST_CASE("s29-a1: a body's name and a lower-case role noun before a name", "[relate][affiliated_with][s29-a1]") {
  check_relation_rows({
      {"Microsoft engineer Sara Haddad explained the attack.",
       {"Sara Haddad affiliated_with Microsoft"},
       {}},
      {"The exercise was run by Microsoft instructor Juhan Tamm.",
       {"Juhan Tamm affiliated_with Microsoft"},
       {}},
      {"European Commission economist Juhan Tamm presented the figures.",
       {"Juhan Tamm affiliated_with European Commission"},
       {}},
  });
}

TEST_CASE("s29-a1: a name nobody lists received, hosted or spoken with is a person met", "[relate][met_with][s29-a1]") {
  check_relation_rows({
      {"Hanno Pevkur received Juhan Tamm in Tallinn.", {"Hanno Pevkur met_with Juhan Tamm"}, {}},
      {"Hanno Pevkur hosted Juhan Tamm in Tallinn.", {"Hanno Pevkur met_with Juhan Tamm"}, {}},
      {"Hanno Pevkur welcomed Juhan Tamm to Tallinn.", {"Hanno Pevkur met_with Juhan Tamm"}, {}},
      {"Juhan Tamm was received by Hanno Pevkur.", {"Hanno Pevkur met_with Juhan Tamm"}, {}},
      {"Hanno Pevkur spoke with Juhan Tamm by phone.", {"Hanno Pevkur met_with Juhan Tamm"}, {}},
  });
}

TEST_CASE("s29-a1: a member of a body who confirms or urges is a person", "[relate][affiliated_with][s29-a1]") {
  check_relation_rows({
      {"Juhan Tamm of the Estonian Defence Forces confirmed the drill.",
       {"Juhan Tamm affiliated_with Estonian Defence Forces"},
       {}},
      {"Juhan Tamm of the European Union Agency for Cybersecurity urged members to patch.",
       {"Juhan Tamm affiliated_with European Union Agency for Cybersecurity"},
       {}},
      // a body's unit is no person
      {"Red Team of the Estonian Defence Forces confirmed the drill.",
       {},
       {"Red Team affiliated_with Estonian Defence Forces"}},
  });
}

TEST_CASE("s29-a1: meals together and exchanged views are meetings", "[relate][met_with][s29-a1]") {
  check_relation_rows({
      {"Hanno Pevkur and Lloyd Austin exchanged views on cyber defence.", {"Hanno Pevkur met_with Lloyd Austin"}, {}},
      {"Hanno Pevkur joined Lloyd Austin for a working lunch.", {"Hanno Pevkur met_with Lloyd Austin"}, {}},
      {"Hanno Pevkur had dinner with Lloyd Austin on Monday.", {"Hanno Pevkur met_with Lloyd Austin"}, {}},
      // one person alone exchanges views with nobody named
      {"Hanno Pevkur exchanged views on Lloyd Austin's plan.", {}, {"Hanno Pevkur met_with Lloyd Austin"}},
  });
}

TEST_CASE("s29-a1: representing or speaking for a body in an apposition", "[relate][affiliated_with][s29-a1]") {
  check_relation_rows({
      {"Anna Berg, representing the Estonian Defence Forces, spoke.",
       {"Anna Berg affiliated_with Estonian Defence Forces"},
       {}},
      {"Anna Berg, on behalf of the Estonian Defence Forces, spoke.",
       {"Anna Berg affiliated_with Estonian Defence Forces"},
       {}},
      {"Anna Berg, speaking for the European Commission, said the plan was ready.",
       {"Anna Berg affiliated_with European Commission"},
       {}},
      // the apposition is the second person's
      {"Anna Berg met Tom Reed, representing the European Commission, in Tallinn.",
       {"Tom Reed affiliated_with European Commission"},
       {"Anna Berg affiliated_with European Commission"}},
  });
}

TEST_CASE("s29-a1: a name nobody lists with a role at a body after it is a person", "[relate][affiliated_with][s29-a1]") {
  check_relation_rows({
      {"Juhan Tamm works at Microsoft.", {"Juhan Tamm affiliated_with Microsoft"}, {}},
      {"Juhan Tamm, senior fellow at the Atlantic Council, spoke.", {"Juhan Tamm affiliated_with Atlantic Council"}, {}},
      {"Juhan Tamm, currently an adviser at the European Commission, spoke.",
       {"Juhan Tamm affiliated_with European Commission"},
       {}},
      {"The unit is led by Juhan Tamm, previously a researcher at Microsoft.",
       {"Juhan Tamm affiliated_with Microsoft"},
       {}},
  });
}

TEST_CASE("s29-a1: a name nobody lists after talks, a call or sat down with is a person met", "[relate][met_with][s29-a1]") {
  check_relation_rows({
      {"Hanno Pevkur had a telephone conversation with Juhan Tamm.", {"Hanno Pevkur met_with Juhan Tamm"}, {}},
      {"Hanno Pevkur sat down with Juhan Tamm.", {"Hanno Pevkur met_with Juhan Tamm"}, {}},
      {"Hanno Pevkur paid a courtesy call on Juhan Tamm.", {"Hanno Pevkur met_with Juhan Tamm"}, {}},
  });
}
