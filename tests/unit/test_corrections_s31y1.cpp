// Session 31 helper y1: a claim the next sentence corrects ("A caption stated
// that X signed it. In fact, Y did.") states no relation; a plain statement
// followed by "In fact, ..." keeps its own. Every text written for this test.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s31-y1: a claim corrected by the next sentence states no relation", "[relate][s31-y1][correction]") {
  const std::string lead = "Slovenia ran Karst Guardian, a cyber exercise, in Koper in April. ";
  check_relation_rows({
      {lead + "A caption stated that Austria took part in Karst Guardian. In fact, Hungary took part in it.",
       {"Hungary participates_in Karst Guardian"},
       {"Austria participates_in Karst Guardian"}},
      {lead + "The ministry said that Austria joined Karst Guardian. Actually, only Hungary joined the exercise.",
       {"Hungary participates_in Karst Guardian"},
       {"Austria participates_in Karst Guardian"}},
      {lead + "A local paper reported that Austria took part in Karst Guardian. In reality, Hungary sent the team.",
       {},
       {"Austria participates_in Karst Guardian"}},
      {lead + "One blog wrote that Austria joined Karst Guardian. In truth, Austria only observed it.",
       {},
       {"Austria participates_in Karst Guardian"}},
      // a plain statement followed by "In fact," stands
      {lead + "Austria took part in Karst Guardian. In fact, it sent two teams to Koper.",
       {"Austria participates_in Karst Guardian"},
       {}},
      // a reported claim not corrected stands
      {lead + "The ministry said that Austria joined Karst Guardian. Its team came from Graz.",
       {"Austria participates_in Karst Guardian"},
       {}},
  });
}


// The shipped denial_sentences list is empty (a whole "It did not." would drop every relation
// of the sentence before, not only the reported claim's); a user's lexicon may fill it.
TEST_CASE("s31: a user's denial sentence after a reported claim drops the claim", "[relate][s31][correction]") {
  const std::string text = "Slovenia ran Karst Guardian, a cyber exercise, in Koper in April. "
                           "A blog said that Austria took part in Karst Guardian. It did not.";
  CHECK(related(relations_of(text, Date{2025, 6, 18}), "Austria", "Karst Guardian"));
  Lexicon lex = *default_lexicon();
  lex.denial_sentences = {"it did not", "that was never the case"};
  lex.index();
  auto denied = relations_of(text, Date{2025, 6, 18}, lex);
  CHECK_FALSE(related(denied, "Austria", "Karst Guardian"));
  CHECK(related(denied, "Slovenia", "Karst Guardian"));
  // no reported claim before it: the statement stands
  auto plain = relations_of("Slovenia ran Karst Guardian, a cyber exercise, in Koper in April. Austria took part in "
                            "Karst Guardian. It did not send a red team.", Date{2025, 6, 18}, lex);
  CHECK(related(plain, "Austria", "Karst Guardian"));
}
