// Session 30, helper h14d: dates of facts on unseen text (heldout14's families).
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"
#include "published_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// A lede dates an exercise coarsely ("last month", "two weeks ago"); the next sentence opens
// with the span it ran, naming no event: the span dates the exercise's facts.
TEST_CASE("s30-h14d: an opening span in the next sentence refines an event's coarse date", "[dating][s30-h14d]") {
  check_relation_rows({
      {"Last month, Estonia hosted Exercise Iron Heron in Tartu. From 12 to 16 May, some 300 defenders worked to "
       "protect simulated power grids. Teams came from Latvia and Finland.",
       {"Estonia organises Iron Heron 2025-05-12", "Latvia participates_in Iron Heron 2025-05-12"},
       {"Estonia organises Iron Heron 2025-05 undated"}},
      {"Two weeks ago, Poland staged Exercise Vistula Shield near Gdansk. Between 2 and 5 June, 200 specialists "
       "defended a mock port against attacks. The exercise was run by the Polish Cyberspace Defence Forces.",
       {"Poland organises Vistula Shield 2025-06-02"},
       {}},
      // a span outside the lede's month is another occasion's
      {"In May, Estonia hosted Exercise Iron Heron in Tartu. From 2 to 6 June, the teams reviewed the lessons "
       "in Tallinn.",
       {"Estonia organises Iron Heron 2025-05"},
       {"Estonia organises Iron Heron 2025-06-02"}},
  });
}

// A relative clause set off by commas between the fact and its time is an aside: the time
// after its closing comma is the fact's ("met B, who leads the agency, on Monday").
TEST_CASE("s30-h14d: a time after a comma-closed relative aside dates the main clause", "[dating][s30-h14d]") {
  check_relation_rows({
      {"Ana Ruiz met Juris Ozols, who leads the Latvian cyber agency, on Monday in Riga.",
       {"Ana Ruiz met_with Juris Ozols 2025-06-16"},
       {}},
      {"Finland joined the European Centre of Excellence for Countering Hybrid Threats, which is based in Helsinki, "
       "in 2017.",
       {"Finland member_of European Centre of Excellence for Countering Hybrid Threats 2017"},
       {}},
      {"Marta Kask took over the Estonian Cyber Command, which was founded in 2018, on 3 May.",
       {"Marta Kask leads Estonian Cyber Command 2025-05-03"},
       {"Marta Kask leads Estonian Cyber Command 2018"}},
      {"Colonel Ana Ruiz took up the post of Director of the National Cyber Centre, which sits within the Defence "
       "Staff, on 2 June.",
       {"Ana Ruiz leads National Cyber Centre 2025-06-02"},
       {}},
  });
}

// temporal.json office_phrases: "took up the position", "took up her role", "took up the
// duties" say when a post began, as "took up the post" does.
TEST_CASE("s30-h14d: taking up a position or duties dates the post held", "[dating][s30-h14d]") {
  check_relation_rows({
      {"Ana Ruiz took up the position of Head of the Cyber Security Centre on 2 June.",
       {"Ana Ruiz leads Cyber Security Centre 2025-06-02"},
       {}},
      {"Brigadier Marta Kask took up her role as director of the National Cyber Agency on 1 April.",
       {"Marta Kask leads National Cyber Agency 2025-04-01"},
       {}},
      {"Juris Ozols took up the duties of chief of the Latvian Cyber Command in March.",
       {"Juris Ozols leads Latvian Cyber Command 2025-03"},
       {}},
  });
}

// An update's label with words of its own ("updated after the event:") before a full date:
// the update's day stands in when no publication date is written.
TEST_CASE("s30-h14d: a qualified update label's date stands in for a missing publication date",
          "[document][metadata][s30-h14d]") {
  const std::string body = "\n\nThe week was organised by the Latvian Ministry of Defence with 300 guests.\n";
  check_published({
      {"Riga Cyber Week - Programme\n\nFinal version, updated after the event: 14 May 2026, 10:00 EEST. Late "
       "changes are marked." + body,
       "2026-05-14"},
      {"Riga Cyber Week - Agenda\n\nUpdated after the closing session: 3 March 2026" + body, "2026-03-03"},
      {"Riga Cyber Week - Results\n\nList of results, updated following the vote: March 5, 2026" + body,
       "2026-03-05"},
      // a written publication date wins
      {"Riga Cyber Week\n\nPublished: 2 March 2026\nFinal version, updated after the event: 4 March 2026" + body,
       "2026-03-02"},
  });
}

// "Our flagship cyber exercise was held from ...": a possessive determiner opening the sentence
// before an event noun points back to the exercise just named, as "The exercise" does, so the
// exercise gets the days and the organiser the sentence tells; inside a clause ("its own
// national exercise") it is another occasion.
TEST_CASE("s30-h14d: an opening possessive event noun points back to the exercise named before",
          "[dating][recognise][s30-h14d]") {
  check_relation_rows({
      {"Let me also say a word about Exercise Iron Heron. Our flagship cyber exercise, organised by the Estonian "
       "Defence Forces, was held from 12 to 16 May. Ireland and Austria took part.",
       {"Estonian Defence Forces organises Iron Heron 2025-05-12", "Ireland participates_in Iron Heron 2025-05-12"},
       {}},
      {"Poland published a report on Exercise Vistula Shield. Its annual drill was held in Gdansk from 2 to 5 June.",
       {"Vistula Shield located_in Gdansk 2025-06-02"},
       {}},
      {"Exercise Iron Heron ended on Friday. Latvia will hold its own national exercise in Riga in October.",
       {},
       {"Iron Heron * Riga"}},
  });
}

// patterns.json org_in_place_opened: "opened the centre in Riga on 3 June" dates where the new
// body is by its opening; a visit's day ("visited the centre in Riga on Monday") dates nothing.
TEST_CASE("s30-h14d: opening a body in a place dates its location by the opening", "[dating][s30-h14d]") {
  check_relation_rows({
      {"The Latvian Ministry of Defence opened the Baltic Cyber Range Centre in Riga on 3 June.",
       {"Baltic Cyber Range Centre located_in Riga 2025-06-03"},
       {}},
      {"Last month, Estonia inaugurated a new Cyber Training Centre in Tartu.",
       {"Cyber Training Centre located_in Tartu 2025-05"},
       {}},
      {"The minister visited the Baltic Cyber Range Centre in Riga on Monday.",
       {"Baltic Cyber Range Centre located_in Riga undated"},
       {}},
  });
}

// patterns.json founded_in_place: "X, founded in Riga in 2019" dates where the body is by its
// founding; "based in Riga" stays a state with no date of its own.
TEST_CASE("s30-h14d: a body founded in a place is located there from its founding", "[dating][s30-h14d]") {
  check_relation_rows({
      {"The Baltic Cyber Centre, founded in Riga in 2019, trains officers from Latvia.",
       {"Baltic Cyber Centre located_in Riga 2019"},
       {}},
      {"The Tartu Cyber Hub, which was established in Tartu in March 2022, hosts courses for Estonian officers.",
       {"Tartu Cyber Hub located_in Tartu 2022-03"},
       {}},
      {"The Baltic Cyber Centre, which is based in Riga, opened a new office in 2023.",
       {"Baltic Cyber Centre located_in Riga undated"},
       {}},
  });
}

// A sentence that does not name the exercise ("The Lithuanian team was drawn from X, which
// signed a deal in May"): the relative clause's verb is X's, so its time is not the exercise's.
TEST_CASE("s30-h14d: a relative clause's time is not the unnamed exercise's date", "[dating][s30-h14d]") {
  check_relation_rows({
      {"Taiwan hosted Exercise Iron Heron from Monday to Wednesday. The Lithuanian team was drawn from the "
       "Lithuanian Cyber Centre, which signed a deal with Taiwan in May.",
       {"Lithuanian Cyber Centre participates_in Iron Heron 2025-06-16"},
       {"Lithuanian Cyber Centre participates_in Iron Heron 2025-05"}},
      {"Poland staged Exercise Vistula Shield on Tuesday. The Czech contingent came from the Czech Cyber Agency, "
       "which opened an office in Warsaw in March.",
       {"Czech Cyber Agency participates_in Vistula Shield 2025-06-17"},
       {"Czech Cyber Agency participates_in Vistula Shield 2025-03"}},
  });
}

// temporal.json occurrence_verbs gain "travelled"/"traveled": "travelled to Riga for the X
// Dialogue" earlier this month tells when the dialogue was, so what the next sentence says of
// it ("She co-chaired the dialogue") takes that time.
TEST_CASE("s30-h14d: travelling to an event dates the event", "[dating][s30-h14d]") {
  check_relation_rows({
      {"Earlier this month, the head of the Estonian Cyber Command, Ms Anna Berg, travelled to Riga for the third "
       "Estonia-Latvia Cyber Policy Dialogue. She co-chaired the dialogue with the head of Latvia's CERT.LV, Juris "
       "Ozols.",
       {"Anna Berg participates_in Estonia-Latvia Cyber Policy Dialogue 2025-06",
        "Juris Ozols participates_in Estonia-Latvia Cyber Policy Dialogue 2025-06"},
       {}},
      {"On Tuesday, Marta Kask traveled to Tallinn for the Nordic-Baltic Cyber Policy Dialogue. She co-chaired "
       "the dialogue with Juris Ozols.",
       {"Marta Kask participates_in Nordic-Baltic Cyber Policy Dialogue 2025-06-17"},
       {}},
  });
}
