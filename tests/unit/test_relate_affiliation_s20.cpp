// Session 20: a person affiliated with a body they sit on, are on loan or
// seconded to, co-founded, or sit for as a backbencher. Every text written
// for this test; negated and hedged forms give nothing.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("affiliation s20: sits on a body or its board", "[relate][affiliated_with][s20]") {
  check_relation_rows({
      {"Anna Berg, who sits on the European Parliament's security committee, criticised the plan.",
       {"Anna Berg affiliated_with European Parliament"},
       {}},
      {"Anna Berg of the Green Party, who sits on the European Parliament's security committee, criticised the plan.",
       {"Anna Berg affiliated_with European Parliament"},
       {}},
      // the one who sits on the committee is the other person
      {"Anna Berg met Tom Reed, who sits on the European Parliament's security committee.",
       {"Tom Reed affiliated_with European Parliament"},
       {"Anna Berg affiliated_with European Parliament"}},
      {"Anna Berg, who never sat on the European Parliament's security committee, criticised the plan.",
       {},
       {"Anna Berg affiliated_with European Parliament"}},
      {"Anna Berg sits on the board of Europol.",
       {"Anna Berg affiliated_with Europol"},
       {}},
      {"Anna Berg does not sit on the board of Europol.",
       {},
       {"Anna Berg affiliated_with Europol"}},
      {"Anna Berg may soon sit on the board of Europol.",
       {},
       {"Anna Berg affiliated_with Europol"}},
  });
}

TEST_CASE("affiliation s20: on loan or seconded to a body", "[relate][affiliated_with][s20]") {
  check_relation_rows({
      {"Commander Tom Reed, who is on loan to Europol, led the drill.",
       {"Tom Reed affiliated_with Europol"},
       {}},
      {"Tom Reed, seconded to Europol, led the drill.",
       {"Tom Reed affiliated_with Europol"},
       {}},
      {"Tom Reed was never seconded to Europol.",
       {},
       {"Tom Reed affiliated_with Europol"}},
  });
}

TEST_CASE("affiliation s20: co-founded a firm", "[relate][affiliated_with][s20]") {
  check_relation_rows({
      {"Mark Holt co-founded Kestrel Labs in 2019.",
       {"Mark Holt affiliated_with Kestrel Labs"},
       {}},
      {"Mark Holt previously co-founded the Tallinn-based firm Kestrel Labs.",
       {"Mark Holt affiliated_with Kestrel Labs"},
       {}},
      {"Mark Holt, who co-founded Kestrel Labs, said the market was growing.",
       {"Mark Holt affiliated_with Kestrel Labs"},
       {}},
      // the firm co-founded someone else: the person comes after
      {"Kestrel Labs was co-founded by investors, Mark Holt said.",
       {},
       {"Mark Holt affiliated_with Kestrel Labs"}},
  });
}

TEST_CASE("affiliation s20: a party's backbencher", "[relate][affiliated_with][s20]") {
  check_relation_rows({
      {"Democratic Party backbencher Graham Pettifer said the plan had failed.",
       {"Graham Pettifer affiliated_with Democratic Party"},
       {}},
  });
}

TEST_CASE("affiliation s20: joined one body from another", "[relate][affiliated_with][s20]") {
  check_relation_rows({
      {"The lab is headed by Dr Maria Lindt, who joined Europol in the spring from the European Defence Agency.",
       {"Maria Lindt affiliated_with European Defence Agency", "Maria Lindt affiliated_with Europol"},
       {}},
      // joining a call from a building is no move between employers
      {"Maria Lindt joined the video call from NATO headquarters.",
       {},
       {"Maria Lindt affiliated_with North Atlantic Treaty Organization"}},
      {"Maria Lindt never joined Europol from the European Defence Agency.",
       {},
       {"Maria Lindt affiliated_with European Defence Agency"}},
  });
}

TEST_CASE("affiliation s20: heads or serves in a unit of a body", "[relate][affiliated_with][s20]") {
  check_relation_rows({
      // heading a unit of a body is no leading of the body
      {"Anna Berg, who heads Europol's cyber unit, said the plan was sound.",
       {"Anna Berg affiliated_with Europol"},
       {"Anna Berg leads Europol"}},
      {"Anna Berg, deputy head of Europol's cyber centre, said the plan was sound.",
       {"Anna Berg affiliated_with Europol"},
       {}},
      {"Anna Berg, a member of Europol's management board, said the plan was sound.",
       {"Anna Berg affiliated_with Europol"},
       {}},
      {"Anna Berg, who praised Europol's cyber unit, said the plan was sound.",
       {},
       {"Anna Berg affiliated_with Europol"}},
      {"Anna Berg, who never headed Europol's cyber unit, said the plan was sound.",
       {},
       {"Anna Berg affiliated_with Europol"}},
  });
}

TEST_CASE("affiliation s20: formerly of a body, or years spent there", "[relate][affiliated_with][s20]") {
  check_relation_rows({
      {"Anna Berg, formerly of Europol, said the plan was sound.",
       {"Anna Berg affiliated_with Europol"},
       {}},
      {"Anna Berg, who spent ten years at Europol, said the plan was sound.",
       {"Anna Berg affiliated_with Europol"},
       {}},
      {"Anna Berg spent most of her career at Europol.",
       {"Anna Berg affiliated_with Europol"},
       {}},
      // a visit is no post
      {"Anna Berg, who spent two days at Europol, said the plan was sound.",
       {},
       {"Anna Berg affiliated_with Europol"}},
  });
}

TEST_CASE("affiliation s20: a person of one body, on loan to another", "[relate][affiliated_with][s20]") {
  check_relation_rows({
      {"The exercise director was Commander Tom Reed of the Royal Australian Navy, who is on loan to Europol.",
       {"Tom Reed affiliated_with Europol", "Tom Reed affiliated_with Royal Australian Navy"},
       {}},
      // the person on loan is the one named before "of", not the one met
      {"Tom Reed met Anna Berg of the Royal Australian Navy, who is on loan to Europol.",
       {"Anna Berg affiliated_with Europol"},
       {"Tom Reed affiliated_with Europol"}},
      {"Tom Reed of the Royal Australian Navy, who was never on loan to Europol, led the drill.",
       {},
       {"Tom Reed affiliated_with Europol"}},
  });
}
