// Relations, session 29 (f12): wording families of heldout11's misses that
// recur across sets. Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s29-f12: an executive secretary or general manager heads the body", "[relate][leads][s29-f12]") {
  check_relation_rows({
      {"The Arctic Cyber Centre ran the drill in Tromso. Its executive secretary, Maria Lunde Vik, opened the "
       "final session on Thursday.",
       {"Maria Lunde Vik leads Arctic Cyber Centre"},
       {}},
      {"On Monday the Arctic Cyber Centre's general manager, Jon Dahlberg, met reporters in Oslo.",
       {"Jon Dahlberg leads Arctic Cyber Centre"},
       {}},
      {"The drill was backed by the Arctic Cyber Centre, whose chairperson, Dr Maria Lunde Vik, spoke on Monday.",
       {"Maria Lunde Vik leads Arctic Cyber Centre"},
       {}},
      {"The Arctic Cyber Centre ran the drill in Tromso. Its executive secretary, the Norwegian diplomat Maria "
       "Lunde Vik, opened the final session.",
       {"Maria Lunde Vik leads Arctic Cyber Centre"},
       {}},
      {"The board appointed Jon Dahlberg as general manager of Arctic Cyber Services on Monday.",
       {"Jon Dahlberg leads Arctic Cyber Services"},
       {}},
      // a deputy's post is no lead
      {"On Monday the Arctic Cyber Centre's deputy executive secretary, Jon Dahlberg, met reporters in Oslo.",
       {},
       {"Jon Dahlberg leads Arctic Cyber Centre"}},
  });
}
