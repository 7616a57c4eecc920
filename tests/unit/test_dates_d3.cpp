// Session 26, helper d3: dates (publication dates, relative dates, dates carried to later mentions).
#include <catch2/catch.hpp>

#include "article_graph.hpp"
#include "paraphrase_rows.hpp"
#include "published_rows.hpp"
#include "relate/dating.hpp"
#include "segment/sentences.hpp"
#include "temporal/time_expressions.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("d3: a yearless wire dateline takes the year whose weekday its lead names", "[document][metadata][d3]") {
  check_published({
      // the text's dated years say 2025 (a Saturday); the lead's "on Thursday" is 2027's June 10
      {"Drill ends\n\nRIGA, June 10 (Amber Wire) - Latvia closed its naval drill on Thursday, the navy said.\n\n"
       "The navy has led the drill since May 2025 and plans a larger one in 2026.\n",
       "2027-06-10"},
      // "met on Monday ... said Tuesday": the dateline is the later day (2026), not 2025's Monday
      {"Talks end\n\nOSLO, Nov. 3 (Fjord Wire) -- Norway and Iceland met in Oslo on Monday, the ministry said "
       "Tuesday.\n\nThe two signed a pact in June 2024 and met again in 2025.\n",
       "2026-11-03"},
      // the usual year already fits the lead: kept
      {"Drill ends\n\nRIGA, April 24 (Amber Wire) - Latvia closed the drill on Friday.\n\n"
       "It first ran in March 2026 and again in May 2026.\n",
       "2026-04-24"},
      // no weekday in the lead: the usual year, as before
      {"Drill ends\n\nRIGA, April 24 (Amber Wire) - Latvia closed the drill.\n\nIt first ran in March 2025.\n",
       "2025-04-24"},
      // no dated year (a month with its year) to correct: no date, not one the weekday alone would pick
      {"Drill ends\n\nRIGA, June 10 (Amber Wire) - Latvia closed its drill on Thursday.\n\nThe drill first ran in "
       "2026.\n",
       ""},
  });
}

TEST_CASE("d3: 'this year's edition' speaks of the event the sentence before named", "[dating][d3]") {
  // each text read as published on Wednesday 18 June 2025
  check_relation_rows({
      {"Latvia and Norway joined Crossed Swords, the alliance's technical drill. This year's edition was held "
       "from Monday to Friday last week in Riga.",
       {"Latvia participates_in Crossed Swords 2025-06-09", "Norway participates_in Crossed Swords 2025-06-09"},
       {"Latvia participates_in Crossed Swords 2025-06-18"}},
      {"Finland sent a team to Cyber Coalition, the alliance's largest drill. This exercise took place from 2 to 6 "
       "June in Tartu.",
       {"Finland participates_in Cyber Coalition 2025-06-02"},
       {}},
      // "this year's" with no event noun after it: nothing referred to
      {"Finland sent a team to Cyber Coalition, the alliance's largest drill. This year's budget was approved on "
       "2 June.",
       {"Finland participates_in Cyber Coalition undated"},
       {"Finland participates_in Cyber Coalition 2025-06-02"}},
  });
}

TEST_CASE("d3: 'the third meeting', 'the next meeting' are other editions than the 4th one named", "[recognise][dating][d3]") {
  // the recogniser leaves the ordinal out of the name ("Baltic Cyber Policy Meeting")
  check_relation_rows({
      {"Latvia and Norway took part in the 4th Baltic Cyber Policy Meeting, held in Riga on 2 June. The third meeting "
       "was held in Oslo in 2024.",
       {"Latvia participates_in Baltic Cyber Policy Meeting 2025-06-02"},
       {"Baltic Cyber Policy Meeting located_in Oslo"}},
      {"Finland hosted the 2nd Nordic Cyber Meeting on 3 June. The third meeting was held in Turku in 2024.",
       {"Finland organises Nordic Cyber Meeting 2025-06-03"},
       {"Nordic Cyber Meeting located_in Turku"}},
      {"Finland hosted the 2nd Nordic Cyber Meeting in Turku. The next meeting will be held in Oslo in 2026.",
       {"Finland organises Nordic Cyber Meeting"},
       {"Nordic Cyber Meeting located_in Oslo"}},
      // the same ordinal: the same meeting
      {"Finland hosted the 2nd Nordic Cyber Meeting on 3 June. The second meeting was held in Turku.",
       {"Nordic Cyber Meeting located_in Turku 2025-06-03"},
       {}},
  });
}

TEST_CASE("d3: 'planned to invite ... later this year' tells no occurrence of the event", "[dating][d3]") {
  check_relation_rows({
      {"Crossed Swords ran from 2 to 6 June in Riga. The scenario centred on a port. Teams defended power networks. "
       "Each team had six members. The range held 400 hosts. Colonel Ana Ruiz, head of the Chilean delegation, told "
       "reporters that the navy planned to invite Peruvian officers to its own drill later this year.",
       {"Chile participates_in Crossed Swords 2025-06-02"},
       {"Chile participates_in Crossed Swords 2025"}},
      // a plan's own occurrence verb still dates the event
      {"Crossed Swords was scheduled to begin on 2 June in Riga. The scenario centred on a port. Teams defended power "
       "networks. Each team had six members. The range held 400 hosts. Chile sent a team to Crossed Swords.",
       {"Chile participates_in Crossed Swords 2025-06-02"},
       {}},
  });
}

TEST_CASE("d3: a weekday with its date in brackets is that date", "[temporal][d3]") {
  const Date published{2026, 6, 22};  // a Monday
  auto one = [&](const char* text) {
    auto found = find_time_expressions(text, published);
    REQUIRE(found.size() == 1);
    return found.front();
  };
  auto e = one("The range opened on Thursday (12 March) in Riga.");
  CHECK(e.date->iso() == "2026-03-12");
  CHECK(std::string_view("The range opened on Thursday (12 March) in Riga.").substr(e.start, e.end - e.start) ==
        "Thursday (12 March)");
  CHECK(one("Talks were held on Friday (May 8, 2025).").date->iso() == "2025-05-08");
  // a bracket that holds more than the date: the weekday alone, the date apart
  CHECK(find_time_expressions("It opened on Thursday (12 March, in Riga).", published).front().date->iso() ==
        "2026-06-18");
}

TEST_CASE("d3: 'for six years before taking the job' is how long, not when", "[dating][d3]") {
  auto exprs = find_time_expressions("Ruiz, who ran the CERT for six years before taking the job, was appointed in February.",
                                     Date{2026, 6, 22});
  detail::anchor_relative(exprs, "Ruiz, who ran the CERT for six years before taking the job, was appointed in February.");
  REQUIRE(exprs.size() == 1);
  CHECK(exprs.front().date->iso() == "2026-02");
  // counted from the date after it, as before, when no "for" makes it a length
  auto counted = find_time_expressions("She joined the CERT six years before the summit on 3 May 2024.", Date{2026, 6, 22});
  detail::anchor_relative(counted, "She joined the CERT six years before the summit on 3 May 2024.");
  REQUIRE(counted.size() == 1);
  CHECK(counted.front().date->iso() == "2018");  // a count of years tells the year
}

TEST_CASE("d3: 'in her first week' is a time of its own: the day told before is not the meeting's", "[dating][d3]") {
  check_relation_rows({
      {"Ana Ruiz was appointed head of the agency on 15 May. In her first week, Ruiz met with Spain's ambassador, "
       "Beatriz Loscertales, in Madrid.",
       {"Ana Ruiz met_with Beatriz Loscertales undated"},
       {"Ana Ruiz met_with Beatriz Loscertales 2025-05-15"}},
      // with no such words the meeting is still on the day the story is at
      {"Ana Ruiz arrived in Madrid on 15 May. Ruiz met with Spain's ambassador, Beatriz Loscertales.",
       {"Ana Ruiz met_with Beatriz Loscertales 2025-05-15"},
       {}},
  });
}

TEST_CASE("d3: a claim of taking part in the story's event keeps each time it repeats", "[dating][d3]") {
  check_relation_rows({
      {"Cyber Coalition ran from 2 to 6 June in Tallinn. Ireland, which played in 2022 and 2023, stayed away this "
       "year.",
       {"Ireland participates_in Cyber Coalition 2022", "Ireland participates_in Cyber Coalition 2023"},
       {"Ireland participates_in Cyber Coalition 2025"}},
  });
}

TEST_CASE("d3: a date set right after an event's name is the event's date", "[dating][d3]") {
  check_relation_rows({
      {"Marines trained alongside Latvian troops during exercise Crossed Swords 25, June 2-6, 2025. The scenario "
       "centred on a port. Teams defended power networks. Each team had six members. The range held 400 hosts. A team "
       "from the Norwegian Cyber Defence Force also took part in Crossed Swords.",
       {"Norwegian Cyber Defence Force participates_in Crossed Swords 2025-06-02"},
       {"Norwegian Cyber Defence Force participates_in Crossed Swords undated"}},
      // a date that goes on into another phrase is not set apart for the name
      {"Marines trained during Crossed Swords, June 2 being the first day of talks. The scenario centred on a port. "
       "Teams defended power networks. Each team had six members. The range held 400 hosts. A team from the "
       "Norwegian Cyber Defence Force also took part in Crossed Swords.",
       {},
       {"Norwegian Cyber Defence Force participates_in Crossed Swords 2025-06-02"}},
  });
}

TEST_CASE("d3: a numbered paragraph's number is no sentence of its own", "[segment][dating][d3]") {
  std::string text = "1. Ana Ruiz met Luis Vega on 16 June.\n\n2. The two also signed a pact.\n\nThey won 2. Then 3.";
  auto sentences = segment_sentences(text);
  std::vector<std::string> got;
  for (const auto& s : sentences) got.emplace_back(text.substr(s.start, s.end - s.start));
  CHECK(got == std::vector<std::string>{"1. Ana Ruiz met Luis Vega on 16 June.", "2. The two also signed a pact.",
                                        "They won 2.", "Then 3."});
  // so "also" goes on at the day the paragraph before gave
  check_relation_rows({
      {"1. Defence Minister Ana Ruiz of Peru met Defence Minister Luis Vega of Chile in Lima on 16 June.\n\n2. Peru "
       "and Chile also signed the Lima Cyber Declaration.",
       {"Peru party_to Lima Cyber Declaration 2025-06-16", "Chile party_to Lima Cyber Declaration 2025-06-16"},
       {}},
  });
}

TEST_CASE("d3: a numbered crosshead in capitals is still shouted ('5. WHO'S IN TOWN.')", "[recognise][d3]") {
  auto g = article_graph(article("4. DRILL NEWS. Latvia joined Crossed Swords.\n\n5. WHO'S IN TOWN. Canada's defence "
                                 "minister is at NATO headquarters today."));
  CHECK_FALSE(contains(node_labels(g), "World Health Organization"));
  CHECK(contains(node_labels(g), "Canada"));
}

TEST_CASE("d3: the meeting named right after a lede that tells it ('met ... on Monday') is of the lede's day", "[dating][d3]") {
  check_relation_rows({
      {"Defence chiefs of Latvia, Estonia and Lithuania met in Riga on Monday for their annual talks, the ministry "
       "said.\n\nThe 4th Baltic Cyber Policy Meeting was hosted by Latvia's Ministry of Defence at its headquarters. "
       "The scenario centred on a port. Estonia and Lithuania sent delegations to the Baltic Cyber Policy Meeting.",
       {"Latvia's Ministry of Defence organises Baltic Cyber Policy Meeting 2025-06-16",
        "Estonia participates_in Baltic Cyber Policy Meeting 2025-06-16"},
       {}},
      // a lede that tells no meeting says nothing of the meeting's day
      {"Latvia opened a cyber range in Riga on Monday, the ministry said.\n\nThe 4th Baltic Cyber Policy Meeting was "
       "hosted by Latvia's Ministry of Defence at its headquarters.",
       {"Latvia's Ministry of Defence organises Baltic Cyber Policy Meeting undated"},
       {"Latvia's Ministry of Defence organises Baltic Cyber Policy Meeting 2025-06-16"}},
  });
}

TEST_CASE("d3: 'the ministry said Tuesday' is when it was told, not the day the story is at", "[dating][d3]") {
  check_relation_rows({
      {"Defence chiefs of Latvia and Estonia met in Riga on Monday for their annual talks, the ministry said Tuesday. "
       "Ana Ruiz held separate talks with Luis Vega after the plenary.",
       {"Ana Ruiz met_with Luis Vega 2025-06-16"},
       {"Ana Ruiz met_with Luis Vega 2025-06-17"}},
      {"Defence chiefs of Latvia and Estonia met in Riga on Monday, and the ministry announced on Tuesday a new plan. "
       "Ana Ruiz held separate talks with Luis Vega after the plenary.",
       {"Ana Ruiz met_with Luis Vega 2025-06-16"},
       {"Ana Ruiz met_with Luis Vega 2025-06-17"}},
  });
}

TEST_CASE("d3: a timeline entry's date dates every verb of its subject ('22 April - X visited Y and met Z')", "[dating][d3]") {
  check_relation_rows({
      {"22 May - Ana Ruiz visited Tokyo and met Luis Vega, the head of the agency.",
       {"Ana Ruiz met_with Luis Vega 2025-05-22"},
       {}},
      {"22 May: Ana Ruiz visited Tokyo and met Luis Vega, the head of the agency.",
       {"Ana Ruiz met_with Luis Vega 2025-05-22"},
       {}},
      // a date inside the visit's clause is the meeting's too: "and met" right after a visit tells
      // a meeting during it (session 33: heldout9's and heldout11's gold date such meetings so)
      {"Ana Ruiz visited Tokyo on 22 May and met Luis Vega, the head of the agency.",
       {"Ana Ruiz met_with Luis Vega 2025-05-22"},
       {}},
  });
}

TEST_CASE("d3: a family name written first stands for the one person whose name opens with it", "[recognise][dating][d3]") {
  check_relation_rows({
      {"Maj. Gen. Choi Dong-hyun, commander of the Cyber Operations Command, spoke at the forum on Monday. Choi, a "
       "former head of the army signal school, took command of the Cyber Operations Command in March last year.",
       {"Choi Dong-hyun leads Cyber Operations Command 2024-03"},
       {"Choi leads Cyber Operations Command", "Choi Dong-hyun leads Cyber Operations Command undated"}},
      // a name some other person's name ends with is that person's surname, as before
      {"Ana Choi, head of the Cyber Operations Command, met Choi Dong-hyun in Seoul on Monday. Choi took command of "
       "the Cyber Operations Command in March last year.",
       {},
       {"Choi Dong-hyun leads Cyber Operations Command"}},
  });
}

TEST_CASE("d3: an event placed by the wire's dateline is there while it takes place", "[dating][d3]") {
  check_relation_rows({
      {"RIGA - The exercise, code-named Crossed Swords, ran from Monday to Wednesday at the national range and was "
       "organised by the Baltic Command.",
       {"Crossed Swords located_in Riga 2025-06-16"},
       {"Crossed Swords located_in Riga undated"}},
  });
}

TEST_CASE("d3: a heading that is one date dates the undated facts of the lines under it", "[dating][d3]") {
  const std::string text =
      "# Year in review\n\nPublished: 30 November 2026\n\nThe alliance had a busy year, officials said.\n\n"
      "## March 2026\n\n- Latvia joined Crossed Swords as a full participant.\n\n## 14 October 2026\n\n"
      "Finland hosted Cyber Coalition in Helsinki. Sweden sent a team.\n\n## Outlook\n\nNorway joined Locked Shields.\n";
  auto g = article_graph(text, "review.md", DocumentFormat::Markdown);
  auto dated = [&](const std::string& source, const std::string& target) {
    std::vector<std::string> dates;
    for (auto [it, end] = boost::edges(g.storage()); it != end; ++it)
      if (g.node(g.source(*it)).label == source && g.node(g.target(*it)).label == target)
        dates.push_back(g.edge(*it).date ? g.edge(*it).date->iso() : "");
    return dates;
  };
  CHECK(dated("Latvia", "Crossed Swords") == std::vector<std::string>{"2026-03"});
  CHECK(dated("Finland", "Cyber Coalition") == std::vector<std::string>{"2026-10-14"});
  CHECK(dated("Sweden", "Cyber Coalition") == std::vector<std::string>{"2026-10-14"});
  // a heading that is no date ends the dated section
  CHECK(dated("Norway", "Locked Shields") == std::vector<std::string>{""});
}

TEST_CASE("d3: 'the arrangement' is the agreement whose name says so, not the latest one", "[recognise][dating][d3]") {
  check_relation_rows({
      {"Estonia and Latvia signed the Riga Arrangement on Cyber Ranges on Monday. Finland and Sweden signed the Joint "
       "Declaration on Cyber Education on Tuesday. The arrangement was signed by Ana Ruiz, head of Estonia's Cyber "
       "Command.",
       {"Estonia's Cyber Command party_to Riga Arrangement on Cyber Ranges 2025-06-16"},
       {"Estonia's Cyber Command party_to Joint Declaration on Cyber Education"}},
      // with no agreement named so, the latest one, as before
      {"Finland and Sweden signed the Joint Declaration on Cyber Education on Tuesday. The arrangement was signed by "
       "Ana Ruiz, head of Estonia's Cyber Command.",
       {"Estonia's Cyber Command party_to Joint Declaration on Cyber Education 2025-06-17"},
       {}},
  });
}

TEST_CASE("d3: a short table's rows of like length are rows, not one wrapped paragraph", "[segment][recognise][d3]") {
  const std::string text =
      "# Crossed Swords 2026: who took part\n\n**Harbour Review** | Analysis | 30 November 2026\n\n"
      "The alliance's drill, Crossed Swords, was run from Monday to Friday last week in Riga.\n\n"
      "| Nation | Participating body | How it played |\n|---|---|---|\n"
      "| Latvia | Latvian National Armed Forces' Cyber Command | on site |\n"
      "| Norway | Norwegian Cyber Defence Force | remote |\n\n"
      "| Event | Baltic Cyber Policy Roundtable 2026 |\n| Rapporteur | Elin Berglund, Research Fellow |\n";
  auto sentences = segment_sentences(text);
  int rows = 0;
  for (const auto& s : sentences) rows += text[s.start] == '|';
  CHECK(rows == 6);
  auto g = article_graph(text, "drill.md", DocumentFormat::Markdown);
  auto edges = edge_lines(g);
  CHECK(contains(edges, "Latvia participates_in Crossed Swords"));
  CHECK(contains(edges, "Norwegian Cyber Defence Force participates_in Crossed Swords"));
  // the owner of the body a cell names took no part of its own
  CHECK_FALSE(contains(edges, "Latvian National Armed Forces participates_in Crossed Swords"));
  CHECK(contains(edges, "Latvian National Armed Forces' Cyber Command participates_in Crossed Swords"));
  // a row's cells are names, not a headline's words
  CHECK(contains(node_labels(g, NodeType::Person), "Elin Berglund"));
}

TEST_CASE("d3: a later time that is not the fact's own adds no date to it", "[dating][d3]") {
  check_relation_rows({
      {"On Thursday, Latvia's defence minister, Ana Ruiz, held talks with Norway's cyber envoy, Luis Vega, about a "
       "second exercise next year.",
       {"Ana Ruiz met_with Luis Vega 2025-06-12"},
       {"Ana Ruiz met_with Luis Vega 2026"}},
      // a time linked to the fact's own repeats it, as before
      {"In 2019, Latvia joined Crossed Swords and joined it again in 2023.",
       {"Latvia participates_in Crossed Swords 2019", "Latvia participates_in Crossed Swords 2023"},
       {}},
  });
}

TEST_CASE("d3: a day and month with 'last year' after them are that day of last year", "[temporal][d3]") {
  const Date published{2026, 6, 22};
  auto one = [&](const char* text) {
    auto found = find_time_expressions(text, published);
    REQUIRE(found.size() == 1);
    return found.front().date ? found.front().date->iso() : std::string("-");
  };
  CHECK(one("Latvia signed the pact on 3 March last year.") == "2025-03-03");
  CHECK(one("Latvia signed the pact on March 3 of last year.") == "2025-03-03");
  CHECK(one("Latvia signed the pact on the 3rd of March last year.") == "2025-03-03");
  CHECK(one("Latvia signed the pact on Tuesday, 3 March last year.") == "2025-03-03");
  CHECK(one("Latvia will sign the pact on 3 March next year.") == "2027-03-03");
  // a day the year does not have: found, not dated
  CHECK(one("Latvia signed the pact on 29 February last year.") == "-");
  // without the shift, as before: the day closest to the publication
  CHECK(one("Latvia signed the pact on 3 March.") == "2026-03-03");
}

TEST_CASE("d3: 'on Monday of last week' is that week's Monday", "[temporal][d3]") {
  const Date published{2026, 6, 22};  // a Monday
  auto found = find_time_expressions("The teams met on Monday of last week in Riga.", published);
  REQUIRE(found.size() == 1);
  CHECK(found.front().date->iso() == "2026-06-15");
  found = find_time_expressions("The teams meet on Friday of next week in Riga.", published);
  REQUIRE(found.size() == 1);
  CHECK(found.front().date->iso() == "2026-07-03");
}

TEST_CASE("d3: 'a Monday' is a kind of day, not the latest Monday", "[temporal][d3]") {
  const Date published{2026, 6, 22};
  auto found = find_time_expressions("The teams met on 15 June, a Monday, in Riga.", published);
  REQUIRE(found.size() == 1);
  CHECK(found.front().date->iso() == "2026-06-15");
  CHECK(find_time_expressions("The teams met on Monday in Riga.", published).front().date->iso() == "2026-06-22");
}

TEST_CASE("d3: 'for five days from 14 May' tells the event's days", "[dating][d3]") {
  check_relation_rows({
      {"Last month, the Baltic Command organised Exercise Crossed Swords, the first drill of its kind. Teams from "
       "Estonia and Finland joined Latvian defenders in Riga for five days from 14 May. Norway sent two officers.",
       {"Baltic Command organises Crossed Swords 2025-05-14", "Norway participates_in Crossed Swords 2025-05-14"},
       {"Baltic Command organises Crossed Swords 2025-05"}},
      {"Last month, the Baltic Command organised Exercise Crossed Swords. Teams from Estonia joined Latvian defenders "
       "in Riga for 5 days from 14 May.",
       {"Baltic Command organises Crossed Swords 2025-05-14"},
       {}},
  });
}

TEST_CASE("d3: 'the day before yesterday' counts back from yesterday", "[dating][d3]") {
  check_relation_rows({
      {"Latvia joined Crossed Swords the day before yesterday.", {"Latvia participates_in Crossed Swords 2025-06-16"},
       {"Latvia participates_in Crossed Swords 2025-06-17"}},
      {"Latvia joins Crossed Swords the day after tomorrow.", {"Latvia participates_in Crossed Swords 2025-06-20"}, {}},
  });
}

TEST_CASE("d3: yearless wire datelines with the day first or the agency in slashes", "[document][metadata][d3]") {
  check_published({
      {"Drill ends\n\nRiga, 14 March (Amber Wire) - Latvia closed the drill on Saturday. It first ran in March "
       "2026.\n",
       "2026-03-14"},
      {"Drill ends\n\nRIGA, March 14 /Amber Wire/ -- Latvia closed the drill on Saturday. It first ran in March "
       "2026.\n",
       "2026-03-14"},
      // a place and words that are no date: none
      {"Drill ends\n\nRiga, Latvia (Amber Wire) - Latvia closed the drill on Saturday. It first ran in March 2026.\n",
       ""},
  });
}

TEST_CASE("d3: 'Posted by X on <date>' and 'Filed <date>' date the story", "[document][metadata][d3]") {
  check_published({
      {"Drill ends\n\nPosted by Ana Ruiz on 14 March 2026\n\nLatvia closed the drill on Monday.\n", "2026-03-14"},
      {"Drill ends\n\nFiled 14 March 2026\n\nLatvia closed the drill on Monday.\n", "2026-03-14"},
  });
}

TEST_CASE("d3: more meta tags that carry the publication date", "[document][metadata][d3]") {
  for (const char* key : {"og:published_time", "publication_date", "citation_publication_date"}) {
    INFO(key);
    auto doc = read_document_bytes(std::string("<html><head><meta name=\"") + key +
                                       "\" content=\"2026-03-14T09:30:00+01:00\"></head><body><p>Latvia closed the "
                                       "drill on Monday.</p></body></html>",
                                   "doc.html", DocumentFormat::Html);
    REQUIRE(doc.meta.published);
    CHECK(doc.meta.published->iso() == "2026-03-14");
  }
}
