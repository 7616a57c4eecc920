// Session 20: where a body sits or an event is held, told by "whose
// headquarters are in", "with headquarters in", "moved its headquarters to",
// "based in the Dutch city of", and "was run ... in". Every text written for
// this test; negated and hedged forms and places people travel to give nothing.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("location s20: whose or with headquarters in", "[relate][located_in][s20]") {
  check_relation_rows({
      {"Europol, whose headquarters are in The Hague, hosted the meeting.",
       {"Europol located_in The Hague"},
       {}},
      {"Europol, whose headquarters is located in The Hague, hosted the meeting.",
       {"Europol located_in The Hague"},
       {}},
      {"Europol, with headquarters in The Hague, hosted the meeting.",
       {"Europol located_in The Hague"},
       {}},
      // a person's trip is no seat of the body
      {"Europol's director, whose trip to Tallinn ended on Friday, met the minister.",
       {},
       {"Europol located_in Tallinn"}},
  });
}

TEST_CASE("location s20: moved its headquarters to", "[relate][located_in][s20]") {
  check_relation_rows({
      {"Europol, which moved its headquarters to The Hague in 2011, hosted the meeting.",
       {"Europol located_in The Hague"},
       {}},
      // a hedge: no move yet
      {"Europol might move its headquarters to Tallinn, officials said.",
       {},
       {"Europol located_in Tallinn"}},
      {"Europol has not moved its headquarters to Tallinn.",
       {},
       {"Europol located_in Tallinn"}},
  });
}

TEST_CASE("location s20: based in the city of", "[relate][located_in][s20]") {
  check_relation_rows({
      {"Europol, which is based in the Dutch city of The Hague, hosted the meeting.",
       {"Europol located_in The Hague"},
       {}},
      {"Exercise Iron Wolf was held in the Polish city of Krakow.",
       {"Iron Wolf located_in Krakow"},
       {}},
  });
}

TEST_CASE("location s20: an exercise run at a site in a city", "[relate][located_in][s20]") {
  check_relation_rows({
      {"Exercise Iron Wolf was run by the Polish army at its training centre in Krakow.",
       {"Iron Wolf located_in Krakow"},
       {}},
      // the exercise's organiser travelled: no place of the exercise
      {"Exercise Iron Wolf was run by officers who had flown in from Krakow.",
       {},
       {"Iron Wolf located_in Krakow"}},
  });
}

TEST_CASE("location s20: a body's sites and offices in a city", "[relate][located_in][s20]") {
  check_relation_rows({
      {"Europol's offices in Mons were closed on Friday.",
       {"Europol located_in Mons"},
       {}},
      {"Europol's regional site in Mons will close next year.",
       {"Europol located_in Mons"},
       {}},
      // people of the body somewhere, or travelling there: no seat
      {"Europol's team in Brussels met the minister.",
       {},
       {"Europol located_in Brussels"}},
      {"Europol's director flew to Brussels.",
       {},
       {"Europol located_in Brussels"}},
  });
}

TEST_CASE("location s20: offices in, operates from, on the outskirts of, home of", "[relate][located_in][s20]") {
  check_relation_rows({
      {"Europol, which has offices in Brussels and Tallinn, hosted the meeting.",
       {"Europol located_in Brussels", "Europol located_in Tallinn"},
       {}},
      {"Europol has no offices in Tallinn.",
       {},
       {"Europol located_in Tallinn"}},
      {"Europol operates from The Hague.",
       {"Europol located_in The Hague"},
       {}},
      // a person working somewhere for a week: no seat of the body
      {"Europol's director operates from Tallinn this week.",
       {},
       {"Europol located_in Tallinn"}},
      {"Europol is located on the outskirts of The Hague.",
       {"Europol located_in The Hague"},
       {}},
      {"The Hague, home of Europol, hosted the meeting.",
       {"Europol located_in The Hague"},
       {}},
  });
}

TEST_CASE("location s20: an exercise being staged, or returning to a place", "[relate][located_in][s20]") {
  check_relation_rows({
      {"Exercise Iron Wolf is being staged at a range near Krakow.",
       {"Iron Wolf located_in Krakow"},
       {}},
      {"Exercise Iron Wolf returned to Krakow this year.",
       {"Iron Wolf located_in Krakow"},
       {}},
      // a hedge: no move yet
      {"Exercise Iron Wolf may move to Krakow next year.",
       {},
       {"Iron Wolf located_in Krakow"}},
  });
}

TEST_CASE("location s20: an event opened at a named venue", "[relate][located_in][s20]") {
  check_relation_rows({
      {"Delegates gathered in Tallinn for CyCon, the annual conference, which opened on Tuesday at the Tapa cultural centre.",
       {"CyCon located_in Tallinn", "CyCon located_in Tapa"},
       {}},
      // people at a venue say something: the event is not placed there
      {"Exercise Iron Wolf opened on Tuesday, and officials at the Tapa training area said it went well.",
       {},
       {"Iron Wolf located_in Tapa"}},
  });
}

TEST_CASE("location s20: a city and its region before a clause going on with 'and'", "[relate][located_in][s20]") {
  check_relation_rows({
      {"The exercise was held at a training facility in Stafford, Virginia, and co-hosted by the FBI.",
       {"Stafford located_in Virginia"},
       {}},
      {"The exercise was held in Stafford, Virginia, and drew 500 players.",
       {"Stafford located_in Virginia"},
       {}},
      // a list of places: none is in another
      {"Teams came from Paris, London, and Berlin.",
       {},
       {"Paris located_in London", "London located_in Berlin"}},
  });
}

TEST_CASE("location s20: a place where a nation leads a body", "[relate][located_in][s20]") {
  check_relation_rows({
      {"Her first trip will be to Riga, where Canada leads the Kestrel Institute.",
       {"Kestrel Institute located_in Riga"},
       {}},
      // the body owns what is led there, it does not sit there itself
      {"Canadian specialists trained soldiers at Riga, where Canada leads NATO's multinational brigade.",
       {},
       {"North Atlantic Treaty Organization located_in Riga"}},
      // a visitor's words about a body: no seat
      {"She travelled to Riga, where the minister praised the Kestrel Institute.",
       {},
       {"Kestrel Institute located_in Riga"}},
      {"She travelled to Riga, where Canada does not run the Kestrel Institute.",
       {},
       {"Kestrel Institute located_in Riga"}},
  });
}
