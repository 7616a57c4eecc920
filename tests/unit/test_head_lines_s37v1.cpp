// Session 37 (helper v1): a headline under an outlet's masthead and its date is not the
// article's first line, so it is read as prose; a verb of hosting or joining in it ends a
// lower-case head's modifiers, as a signing verb does, so the whole headline names no event.
#include "entity_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s37-v1: a headline under a masthead names no event after its verb", "[recognise][s37-v1]") {
  check_entity_rows({
      {"KILWA COAST TIMES\n2 December 2026\n\nTanzania hosts fisheries conference\n\nTanzania hosted the Indian Ocean "
       "Fisheries Conference on Monday in Kilwa.\n",
       {"Indian Ocean Fisheries Conference:Event"},
       {"Tanzania hosts fisheries conference:Event"}},
      {"Lagos Evening Star\n2 December 2026\n\nBenin joins regional maritime summit\n\nBenin joined the Gulf of Guinea "
       "Maritime Summit on Tuesday.\n",
       {"Gulf of Guinea Maritime Summit:Event"},
       {"Benin joins regional maritime summit:Event"}},
      // a capitalised modifier still makes the occasion one of its own
      {"Officials met at the 2026 Baltic cyber conference in Riga.", {"2026 Baltic cyber conference:Event"}, {}},
  });
}

// cues.json not_names "Copyright", "Presenter", "Listen": an outlet's copyright line, a
// bulletin's presenter cue and a player's label name no occasion.
TEST_CASE("s37-v1: a copyright line names the outlet, no event", "[recognise][s37-v1]") {
  check_entity_rows({
      {"Benin joined the Gulf of Guinea Maritime Summit on Tuesday.\n\nCopyright 2026 Porto-Novo Ledger. All rights reserved.\n",
       {"Gulf of Guinea Maritime Summit:Event"},
       {"Copyright:Event", "Copyright 2026:Event"}},
      {"Benin joined the Gulf of Guinea Maritime Summit on Tuesday.\n\nCopyright 2026 Porto-Novo Ledger\n",
       {},
       {"Copyright:Event"}},
  });
}

// places.json: regions no nation holds ("East Africa", "Southern Africa"), which qualify a
// writer's beat in a byline ("East Africa correspondent") and name no body.
TEST_CASE("s37-v1: a correspondent's region in a byline names no organisation", "[recognise][s37-v1]") {
  check_entity_rows({
      {"Kenya joins patrol\n\nBy Wanjiru Otieno, East Africa correspondent\n3 December 2026\n\nKenya joined the Lake "
       "Patrol Network on Tuesday.\n",
       {"Lake Patrol Network:Organisation"},
       {"East Africa:Organisation"}},
      {"Zambia joins patrol\n\nBy Mwansa Phiri, Southern Africa bureau chief\n3 December 2026\n\nZambia joined the Lake "
       "Patrol Network on Tuesday.\n",
       {},
       {"Southern Africa:Organisation", "Southern Africa bureau chief:Organisation"}},
  });
}
