// Dates of facts, session 12: an event told with a closing verb is dated by
// its first day (its start told elsewhere, or counted back from its length),
// and an earlier edition's date ("the first, held in 2021") is not this one's.
// Each text is read as published on Wednesday 18 June 2025.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"

using namespace newsgraph::testing;

TEST_CASE("s12: a closing day dates the event by its first day", "[relate][dating][s12]") {
  check_relation_rows({
      // the length in the same sentence counts back from the closing day
      {"The Army on Monday concluded Exercise Copper Gate, a four-day cyber drill held near Lyon. "
       "Teams from Chile and Peru took part in Copper Gate.",
       {"Chile participates_in Copper Gate 2025-06-13"},
       {"Chile participates_in Copper Gate 2025-06-16"}},
      {"The Andean Cyber Forum closed in Quito on Tuesday after three days of talks. "
       "Delegations from Chile and Peru attended the Andean Cyber Forum.",
       {"Chile participates_in Andean Cyber Forum 2025-06-15"},
       {"Chile participates_in Andean Cyber Forum 2025-06-17"}},
      // the length told in another sentence that names the event
      {"Ministers signed the charter on the first day of the Andean Cyber Forum, a three-day conference in Quito. "
       "Teams from Chile and Peru took part in the Andean Cyber Forum. "
       "The Andean Cyber Forum closed on Tuesday with a session on cables.",
       {"Chile participates_in Andean Cyber Forum 2025-06-15"},
       {"Chile participates_in Andean Cyber Forum 2025-06-17"}},
      // the start told in another sentence
      {"The navy ended Exercise Salt Harbour on Friday. Exercise Salt Harbour began on 10 June in Cadiz. "
       "Teams from Chile and Peru took part in Salt Harbour.",
       {"Chile participates_in Salt Harbour 2025-06-10"},
       {"Chile participates_in Salt Harbour 2025-06-13"}},
      // the length told beside an agreement: the event named before it
      {"The pact was signed on the first day of the Andean Cyber Forum, a three-day conference in Quito. "
       "Teams from Chile and Peru took part in the Andean Cyber Forum. "
       "The Andean Cyber Forum closed on Tuesday with a session on cables.",
       {"Chile participates_in Andean Cyber Forum 2025-06-15"},
       {}},
      // the clause that closes the event is dated by its first day too
      {"The Chilean Army yesterday closed Exercise Salt Harbour, a drill it organised in Cadiz. "
       "Exercise Salt Harbour began on 12 June.",
       {"Chilean Army organises Salt Harbour 2025-06-12"},
       {"Chilean Army organises Salt Harbour 2025-06-17"}},
      // a closing day with no start and no length stays as it was
      {"Exercise Salt Harbour ended on Friday. Teams from Chile and Peru took part in Salt Harbour.",
       {"Chile participates_in Salt Harbour 2025-06-13"},
       {}},
  });
}

TEST_CASE("s12: an earlier edition's date is not the story's edition's", "[relate][dating][s12]") {
  check_relation_rows({
      {"Exercise Copper Gate ran from Monday to Wednesday in Lyon. It was the third edition; the first, held in "
       "Porto in 2021, drew four teams. Teams from Chile and Peru took part in Copper Gate.",
       {"Chile participates_in Copper Gate 2025-06-16"},
       {"Chile participates_in Copper Gate 2021"}},
      {"Exercise Copper Gate ran from Monday to Wednesday in Lyon. The previous edition, run in Porto in 2023, "
       "was smaller. Teams from Chile and Peru took part in Copper Gate.",
       {"Chile participates_in Copper Gate 2025-06-16"},
       {"Chile participates_in Copper Gate 2023"}},
  });
}
