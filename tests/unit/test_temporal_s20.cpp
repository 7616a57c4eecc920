// Session 20: "since its founding in 1992" is a since-time of 1992 (temporal.json
// since_event_openers and since_event_links).
#include <catch2/catch.hpp>

#include <string>

#include "temporal/time_expressions.hpp"

using namespace newsgraph;

namespace {
// Each expression as "text|role|date".
std::string found(std::string_view s) {
  std::string out;
  for (const auto& x : find_time_expressions(s, Date{2026, 3, 12})) {
    std::string role = x.role == TimeRole::Since ? "since" : x.role == TimeRole::Point ? "point" : "other";
    out += (out.empty() ? "" : " ; ") + std::string(s.substr(x.start, x.end - x.start)) + "|" + role + "|" +
           (x.date ? x.date->iso() : std::string("none"));
  }
  return out;
}
}  // namespace

TEST_CASE("temporal s20: since an event named with its date", "[temporal][s20]") {
  CHECK(found("Chile has been a member since its founding in 1969.") == "since its founding in 1969|since|1969");
  CHECK(found("Kenya has been a member since its re-establishment in 2000.") ==
        "since its re-establishment in 2000|since|2000");
  CHECK(found("Lithuania has been an ally since their accession in May 2004.") == "since their accession in May 2004|since|2004-05");
  // a plain since-date is unchanged; a clause, a mark or a long phrase between is no event's date
  CHECK(found("Estonia has been a member since 2004.") == "since 2004|since|2004");
  CHECK(found("It has grown since its staff moved to Tallinn in 2012.") == "in 2012|since|2012");  // (d5)
  CHECK(found("It has grown since its founding, and in 2012 it moved.") == "2012|point|2012");
  // (d5, session 27: a run of words after "since" closed by its event's date is that since-time;
  // the relation stage dates by it only a fact told in the perfect, see test_dating_d5.cpp)
  CHECK(found("It has grown since the unit was founded in 2012.") == "in 2012|since|2012");
}
