// Session 39 (helper r2): relations and their dates. Head dates with a clock before them
// ("14:20, 25-11-2026"), middle dots ("26\u00B711\u00B72026") or a month's short name between dots
// ("27.Nov.2026"); a time inside an apposition that states a fact of its own, or inside a
// quotation, dates no verb outside it; irregular past forms ("got") keep a yearless day in
// the past; a past meeting is not dated by a time after the publication; a subject "it"
// keeps its antecedent for the next "it", and "its" after "the X's Y" is Y's; no pairwise
// cooperation among more than three parties; "the two countries" after a sentence's own two
// nations; new patterns (running an exercise together with a body, a bloc grown out of a pact,
// founders "with" a creation, advisers sent, nations agreeing to act together, an event's long
// aside before "was organised by", a new head "since" a day, supporting a body's training);
// a dean heads; the head of a body's unit serves the body; taking part told with no time takes
// a sibling edge's date. Every text written for this test.
#include <catch2/catch.hpp>

#include "paraphrase_rows.hpp"
#include "published_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
const std::string kBody = "\nHarbour talks\n\nThe coast guard opened a rescue centre near the port on Tuesday.\n";
}  // namespace

TEST_CASE("s39-r2: head dates after a clock, with middle dots, with a month's name between dots",
          "[document][s39-r2]") {
  check_published({
      {"THE LAKE POST\n\n09:05, 03-02-2027 \xC2\xB7 Reading time: 4 min\n" + kBody, "2027-02-03"},
      {"THE LAKE POST\n\n03\xC2\xB7" "02\xC2\xB7" "2027\n" + kBody, "2027-02-03"},
      {"THE LAKE POST\n\nFirst published: 3.Feb.2027\n" + kBody, "2027-02-03"},
      {"THE LAKE POST\n\n3.Feb.2027\n" + kBody, "2027-02-03"},
      // the forms read before stay read
      {"THE LAKE POST\n\n16.X.2026\n" + kBody, "2026-10-16"},
      {"THE LAKE POST\n\n16-Apr-2026\n" + kBody, "2026-04-16"},
      // a clock before words that are no date gives none; nor do dots between other words' numbers
      {"THE LAKE POST\n\n12:30 Talks in 25 cities\n" + kBody, ""},
      {"THE LAKE POST\n\nVol. 3 \xC2\xB7 No. 12\n" + kBody, ""},
      {"THE LAKE POST\n\n3.Fox.2027\n" + kBody, ""},
  });
}

TEST_CASE("s39-r2: a time of an apposition stating its own fact dates no later verb", "[relate][dates][s39-r2]") {
  const Date published{2026, 11, 28};
  check_relation_rows(
      {
          {"The exercise, called Blue Heron 2026, ran from Monday to Wednesday in Kisumu. It was hosted by the Cyber "
           "Command of the Kenya Defence Forces, a unit created in 2019 that answers to the Ministry of Defence, and "
           "co-organised by Lakeside Power Company, the firm that runs the dam.",
           {"Lakeside Power Company organises Blue Heron 2026-11-23"},
           {"Lakeside Power Company organises Blue Heron 2019"}},
          // a time of the main clause before the verb still dates it
          {"In March 2026, Kenya hosted Exercise Blue Heron 2026.", {"Kenya organises Blue Heron 2026-03"}, {}},
      },
      published);
}

TEST_CASE("s39-r2: a time inside a quotation dates nothing said outside it", "[relate][dates][s39-r2]") {
  const Date published{2026, 11, 28};
  check_relation_rows(
      {
          {"Exercise Blue Heron 2026 ran from Monday to Wednesday in Kisumu. Kenya hosted it. \"In 2019 we learned "
           "the hard way,\" said the minister, who opened the exercise. Acme Labs, a Nairobi company, played the "
           "attackers.",
           {"Acme Labs participates_in Blue Heron 2026-11-23"},
           {"Acme Labs participates_in Blue Heron 2019"}},
      },
      published);
}

TEST_CASE("s39-r2: 'got' is past: a yearless day before the publication stays in its year",
          "[relate][dates][s39-r2]") {
  const Date published{2026, 12, 2};
  check_relation_rows(
      {
          {"The Kenya Defence Forces, set up in 1963 under the ministry, got a new commander on 1 November: "
           "General Ada Kamau.",
           {"Ada Kamau leads Kenya Defence Forces 2026-11-01"},
           {"Ada Kamau leads Kenya Defence Forces 2027-11-01"}},
      },
      published);
}

TEST_CASE("s39-r2: a past meeting is not dated by its topic's coming year", "[relate][dates][s39-r2]") {
  const Date published{2026, 11, 27};
  check_relation_rows(
      {
          // (the clause's date is none; the later time is still read as a second one of the talks)
          {"Ola Berg held talks with Lars Holm about a joint course next year.",
           {"Ola Berg met_with Lars Holm undated"},
           {}},
      },
      published);
}

TEST_CASE("s39-r2: a subject 'it' keeps its antecedent for the next 'it'", "[relate][references][s39-r2]") {
  check_relation_rows({
      {"Armenia was a founding member of the Collective Security Treaty Organization. It joined NATO's Partnership "
       "for Peace in 1994. It has been a member of the Council of Europe since 2001.",
       {"Armenia member_of Council of Europe 2001"},
       {"North Atlantic Treaty Organization member_of Council of Europe"}},
      {"Chile is a founding member of the Organization of American States. It acceded to the Budapest Convention "
       "on Cybercrime in 2017.",
       {"Chile party_to Budapest Convention on Cybercrime 2017"},
       {"Organization of American States party_to Budapest Convention on Cybercrime"}},
  });
}

TEST_CASE("s39-r2: no pairwise cooperation among more than three parties of one clause", "[relate][patterns][s39-r2]") {
  check_relation_rows({
      {"The bloc grew out of a 1982 memorandum between Chile, Peru, Bolivia, Ecuador and Uruguay.",
       {},
       {"Chile cooperates_with Peru", "Bolivia cooperates_with Ecuador"}},
      // two or three still pair up
      {"The talks ended with a memorandum between Chile and Peru.", {"Chile cooperates_with Peru"}, {}},
  });
}

TEST_CASE("s39-r2: 'the two countries' after the sentence's own two nations", "[relate][references][s39-r2]") {
  check_relation_rows({
      {"Mr Sargsyan held talks with Georgia's Deputy Minister of Defence, Nino Beridze. Armenia's cooperation with "
       "India has grown fast: the two countries have worked together on defence technology since 2020.",
       {"Armenia cooperates_with India 2020"},
       {"Armenia cooperates_with Georgia"}},
  });
}

TEST_CASE("s39-r2: running an exercise together with a body, without a comma", "[relate][patterns][s39-r2]") {
  check_relation_rows(
      {
          {"From 9 to 11 November, the centre's staff ran Exercise Blue Heron 2026 together with the Kenya Defence "
           "Forces.",
           {"Kenya Defence Forces organises Blue Heron 2026-11-09"},
           {}},
          // taking part together with a body is no running of it
          {"Chile took part in Exercise Blue Heron 2026 together with the Kenya Defence Forces.",
           {},
           {"Kenya Defence Forces organises Blue Heron"}},
      },
      Date{2026, 11, 20});
}

TEST_CASE("s39-r2: a dean heads the body named before the title", "[relate][roles][s39-r2]") {
  check_relation_rows({
      {"The University of Chile's dean, Prof. Dr Ana Ruiz, said the course would open in 2027.",
       {"Ana Ruiz leads University of Chile"},
       {}},
  });
}

TEST_CASE("s39-r2: a singular body's apposition after a list of bodies is the last one's",
          "[relate][patterns][s39-r2]") {
  check_relation_rows({
      {"Exercise Blue Heron 2026 was organised by the Kenya Defence Forces and the Regional Cyber Centre, the "
       "African Union's cyber centre.",
       {"Regional Cyber Centre part_of African Union"},
       {"Kenya Defence Forces part_of African Union"}},
  });
}

TEST_CASE("s39-r2: a nation's described body named after a comma is the one cooperated with",
          "[relate][patterns][s39-r2]") {
  check_relation_rows({
      {"The Malagasy Cybersecurity Agency has cooperated with France's national cyber security agency, ANSSI, "
       "since 2024.",
       {"Malagasy Cybersecurity Agency cooperates_with National Cybersecurity Agency of France 2024"},
       {"Malagasy Cybersecurity Agency cooperates_with France"}},
  });
}

TEST_CASE("s39-r2: advisers sent take part, co-founders 'with' a body's creation are members",
          "[relate][patterns][s39-r2]") {
  check_relation_rows(
      {
          {"Exercise Blue Heron 2026 ran from 9 to 11 November in Kisumu. The Rwanda Defence Force sent two "
           "advisers.",
           {"Rwanda Defence Force participates_in Blue Heron 2026-11-09"},
           {}},
          {"Chile is a founding member of the Andean Community, created in 1969 with Peru and Bolivia.",
           {"Peru member_of Andean Community 1969", "Bolivia member_of Andean Community 1969"},
           {}},
          {"Chile joined the Andean Community, which was revived in 1996 by Peru and Bolivia.",
           {"Peru member_of Andean Community", "Bolivia member_of Andean Community"},
           {}},
      },
      Date{2026, 11, 20});
}

TEST_CASE("s39-r2: nations agreed to act together, an event's long aside before 'was organised by', a new head "
          "since a day",
          "[relate][patterns][s39-r2]") {
  check_relation_rows(
      {
          {"Chile, Peru and Bolivia have agreed to warn each other of attacks on payment systems.",
           {"Chile cooperates_with Peru", "Chile cooperates_with Bolivia", "Peru cooperates_with Bolivia"},
           {}},
          // agreeing alone to do something is no cooperation
          {"Chile and Peru have agreed to protect the data of ships.", {}, {"Chile cooperates_with Peru"}},
          {"The Kenya Cyber Forum, held on Thursday and Friday at a riverside hotel in the lakeside town of Kisumu, "
           "was organised by the Kenya Defence Forces together with the African Union.",
           {"Kenya Defence Forces organises Kenya Cyber Forum", "African Union organises Kenya Cyber Forum"},
           {}},
          {"The Kenya Cyber Centre, which is part of the Kenya Defence Forces, has had a new director general since 2 "
           "November: Colonel Ada Kamau.",
           {"Ada Kamau leads Kenya Cyber Centre 2026-11-02"},
           {}},
      },
      Date{2026, 11, 20});
}

TEST_CASE("s39-r2: taking part told with no time takes the date of the event's run told just before",
          "[relate][dates][s39-r2]") {
  check_relation_rows(
      {
          {"The Kenya Cyber Forum was held on Monday and Tuesday in Kisumu. On the second day of the forum, the Kenya "
           "Defence Forces ran Exercise Blue Heron, a four-hour table-top exercise. Acme Labs and the Rwanda Defence "
           "Force took part.",
           {"Rwanda Defence Force participates_in Blue Heron 2026-11-17"},
           {"Rwanda Defence Force participates_in Blue Heron undated"}},

      },
      Date{2026, 11, 20});
}

TEST_CASE("s39-r2: the parties of the pact a bloc grew out of are its members", "[relate][patterns][s39-r2]") {
  check_relation_rows({
      {"The Andean Community grew out of a 1969 agreement between Chile, Peru and Bolivia.",
       {"Chile member_of Andean Community", "Bolivia member_of Andean Community"},
       {}},
      // a pact that only founded a bloc's office says nothing of who belongs to a body named elsewhere
      {"The Andean Community hosted talks on an agreement between Chile and Peru.",
       {},
       {"Chile member_of Andean Community"}},
  });
}

TEST_CASE("s39-r2: supporting a body's training is cooperating with the body", "[relate][patterns][s39-r2]") {
  check_relation_rows({
      {"The Kenya Defence Forces, which have supported IGAD training since 2019, paid for the drill.",
       {"Intergovernmental Authority on Development cooperates_with Kenya Defence Forces 2019"},
       {}},
  });
}

TEST_CASE("s39-r2: 'its' after 'the X's Y' is Y's", "[relate][references][s39-r2]") {
  check_relation_rows(
      {
          {"Officials toured NATO's Cyber Operations Centre, which opened in March. Colonel Ada Kamau took over as "
           "its director on 2 November.",
           {"Ada Kamau leads Cyber Operations Centre 2026-11-02"},
           {"Ada Kamau leads North Atlantic Treaty Organization"}},
      },
      Date{2026, 11, 20});
}

TEST_CASE("s39-r2: the head of a body's unit, named beside the title, serves the body and is the one met",
          "[relate][roles][s39-r2]") {
  check_relation_rows({
      {"Mr Ola Berg also met the head of CERT-In's international cooperation division, Dr Raghav Menon, and the two "
       "agreed to exchange analysts.",
       {"Ola Berg met_with Raghav Menon", "Raghav Menon affiliated_with Indian Computer Emergency Response Team"},
       {"Ola Berg leads Indian Computer Emergency Response Team"}},
      {"Mr Ola Berg also met the head of the international cooperation division of CERT-In, Dr Raghav Menon.",
       {"Ola Berg met_with Raghav Menon", "Raghav Menon affiliated_with Indian Computer Emergency Response Team"},
       {"Ola Berg affiliated_with Indian Computer Emergency Response Team"}},
  });
}

TEST_CASE("s39-r2: a founding member is dated by the signing of the body's founding treaty", "[relate][dates][s39-r2]") {
  check_relation_rows({
      {"Armenia was a founding member of the Collective Security Treaty Organization, whose treaty was signed in "
       "1992, but froze its participation in 2024.",
       {"Armenia member_of Collective Security Treaty Organization 1992"},
       {"Armenia member_of Collective Security Treaty Organization 2024"}},
  });
}

TEST_CASE("s39-r2: founders named in a relative clause are dated by its founding", "[relate][dates][s39-r2]") {
  check_relation_rows({
      {"Uganda was one of the founders of the East African Community, which was revived in 2000 by Uganda, Kenya "
       "and Tanzania.",
       {"Kenya member_of East African Community 2000", "Tanzania member_of East African Community 2000"},
       {}},
      {"Rwanda joined the East African Community, which was founded in 2000 by Uganda, Kenya and Tanzania.",
       {"Kenya member_of East African Community 2000"},
       {"Kenya member_of East African Community undated"}},
  });
}

TEST_CASE("s39-r2: a minister whose portfolio names a force serves the nation, not the force",
          "[relate][roles][s39-r2]") {
  check_relation_rows({
      {"The Dakar Memorandum on Military Cyber Cooperation was signed by Ghana's Minister of Defence, Kwame Mensah, "
       "and Senegal's Minister of the Armed Forces, Awa Diop.",
       {"Awa Diop affiliated_with Senegal", "Senegal party_to Dakar Memorandum on Military Cyber Cooperation"},
       {"Awa Diop leads Armed Forces", "Armed Forces party_to Dakar Memorandum on Military Cyber Cooperation"}},
      // a minister in charge of a body still heads it
      {"Senegal's minister held talks with Morocco's Minister Delegate in charge of the National Defence "
       "Administration, Hamid Alaoui.",
       {"Hamid Alaoui leads National Defence Administration"},
       {"Hamid Alaoui affiliated_with Morocco"}},
  });
}

TEST_CASE("s39-r2: head dates after a volume's and issue's numbers, and between dashes", "[document][s39-r2]") {
  check_published({
      {"THE LAKE POST\n\nVol. XII No. 48 \xC2\xB7 Thursday, 3 December 2026\n" + kBody, "2026-12-03"},
      {"THE LAKE POST\n\nISSUE No. 48 \xE2\x80\x94 DECEMBER 3, 2026\n" + kBody, "2026-12-03"},
      {"THE LAKE POST\n\nVolume 3, Issue 12 | 3 December 2026\n" + kBody, "2026-12-03"},
      // numbers with no date stay unread
      {"THE LAKE POST\n\nVol. 3 \xC2\xB7 No. 12\n" + kBody, ""},
      {"THE LAKE POST\n\nVol. XII \xE2\x80\x94 Lake edition\n" + kBody, ""},
  });
}

TEST_CASE("s39-r2: attacks from a red team supplied by a body: the body takes part", "[relate][patterns][s39-r2]") {
  check_relation_rows(
      {
          {"Exercise Blue Heron 2026 ran from 9 to 11 November in Kisumu. Attacks came from a red team supplied by "
           "Acme Labs, a Nairobi start-up.",
           {"Acme Labs participates_in Blue Heron 2026-11-09"},
           {}},
      },
      Date{2026, 11, 20});
}
