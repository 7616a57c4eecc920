// Cooperation in ordinary news wording, written for session 34 (helper r1): "A and B have
// trained together since 2018", "X, which has supported the Y since 2022", and "A's
// cooperation (ties, links) with B dates back to 2015". Texts are the test's own, read as
// published on 18 June 2025.
#include "paraphrase_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("'A and B have trained together since 2018' is cooperation", "[relate][s34-r1]") {
  check_relation_rows({
      {"The Kenyan Defence Forces and the Uganda People's Defence Force have trained together since 2018.",
       {"Kenyan Defence Forces cooperates_with Uganda People's Defence Force 2018"}, {}},
      {"Chile and Argentina have exercised together every year since 2012.", {"Chile cooperates_with Argentina 2012"},
       {}},
      {"Finland and Sweden have not trained together since 2019.", {}, {"Finland cooperates_with Sweden"}},
  });
}

TEST_CASE("'X, which has supported the Y since 2022' is cooperation of two bodies", "[relate][s34-r1]") {
  check_relation_rows({
      {"The European Union Agency for Cybersecurity, which has supported the Moldovan Information Technology Service "
       "since 2022, sent two experts.",
       {"European Union Agency for Cybersecurity cooperates_with Moldovan Information Technology Service 2022"}, {}},
      // a nation that backs a proposal, or a body that backs nothing named, cooperates with nobody
      {"Estonia has supported the proposal since 2019.", {}, {"Estonia * proposal"}},
  });
}

TEST_CASE("'A's cooperation with B dates back to 2015' is cooperation", "[relate][s34-r1]") {
  check_relation_rows({
      {"Kenya's cooperation with the African Union Commission dates back to 2015.",
       {"Kenya cooperates_with African Union Commission"}, {}},
      {"Norway's ties with Iceland go back to 1949.", {"Norway cooperates_with Iceland"}, {}},
      {"The University of Tartu's research links with the University of Helsinki date back to 2016.",
       {"University of Tartu cooperates_with University of Helsinki"}, {}},
  });
}

TEST_CASE("'worked with its British counterpart, the X, since 2017' and 'A and B agreed an arrangement'",
          "[relate][s34-r1]") {
  check_relation_rows({
      {"The Irish National Cyber Security Centre has cooperated with its British counterpart, the UK's National Cyber "
       "Security Centre, since 2017.",
       {"Irish National Cyber Security Centre cooperates_with National Cyber Security Centre 2017"}, {}},
      {"Kenya's Communications Authority has worked with its Rwandan counterparts, the Rwanda Utilities Regulatory "
       "Authority and the National Cyber Security Authority, since 2021.",
       {"Kenya's Communications Authority cooperates_with Rwanda Utilities Regulatory Authority 2021",
        "Kenya's Communications Authority cooperates_with National Cyber Security Authority 2021"},
       {}},
      {"Estonia and Finland had already agreed a technical arrangement in 2023.",
       {"Estonia cooperates_with Finland 2023"}, {}},
      // no deal, or an agreed timetable, is no cooperation
      {"Estonia and Finland have not agreed a deal.", {}, {"Estonia cooperates_with Finland"}},
      {"Estonia and Finland agreed a timetable for the talks.", {}, {"Estonia cooperates_with Finland"}},
  });
}

// Session 35 (helper y2): "X has trained the Y since", "A has been the largest contributor to
// B since", and "X has supported the Y's training through the Z since".
TEST_CASE("'X has trained the Y since 2021' and 'largest contributor to B since' are cooperation",
          "[relate][s35-y2]") {
  check_relation_rows({
      {"The Baltic Defence College has trained the Georgian Defence Forces since 2021.",
       {"Baltic Defence College cooperates_with Georgian Defence Forces 2021"}, {}},
      {"Portugal has been the largest contributor to the Organization for Security and Co-operation in Europe "
       "since 2001.",
       {"Portugal cooperates_with Organization for Security and Co-operation in Europe 2001"}, {}},
      // a contributor to a fund named by no body, or one without 'since', is no reading of this shape
      {"Ireland has been the largest contributor to the debate.", {}, {"Ireland cooperates_with *"}},
  });
}

TEST_CASE("'X has supported the Y's training through the Z since 2020' is cooperation", "[relate][s35-y2]") {
  check_relation_rows({
      {"The African Union has supported the Somali National Army's officer courses through the African Peace "
       "Facility since 2020.",
       {"African Union cooperates_with Somali National Army 2020"}, {}},
  });
}

TEST_CASE("'X, a Y-based firm that has trained the Z since 2020' is cooperation", "[relate][s35-y2]") {
  check_relation_rows({
      {"The drills were run by Tallinn Cyber Works, a Tartu-based firm that has trained the Estonian Defence Forces "
       "since 2020.",
       {"Tallinn Cyber Works cooperates_with Estonian Defence Forces 2020"}, {}},
  });
}
