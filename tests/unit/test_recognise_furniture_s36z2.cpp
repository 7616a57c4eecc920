// Entities, session 36 (helper z2): a document's furniture names nothing of its story: a
// line that links other stories ("See also: ...", "Also read: ..."), one that tags this
// one ("Tags: ...", "Tagovi: ...") and a desk's closing slug ("[SA / ak / 11:20]").
#include <catch2/catch.hpp>

#include "article_graph.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

TEST_CASE("s36-z2: link lines, tag lines and slugs make no node", "[recognise][s36-z2]") {
  std::string txt =
      "Peru joins a regional drill\n\nMarch 4, 2027\n\n"
      "Peru's army took part in Condor Net 2027, a drill hosted by Chile.\n\n"
      "See also: Bolivia weighs a cyber law\n\n"
      "Also read: Uganda opens a cyber centre\n\n"
      "Tagovi: Ekvador, Kolumbija\n\n"
      "Tags: Guyana, cyber\n\n"
      "[SA / ak / 11:20]\n";
  auto g = article_graph(txt, "drill.txt", DocumentFormat::Text);
  auto names = typed_labels(g);
  CHECK(contains(names, "Peru:Nation"));
  CHECK(contains(names, "Chile:Nation"));
  CHECK_FALSE(contains(names, "Bolivia:Nation"));
  CHECK_FALSE(contains(names, "Uganda:Nation"));
  CHECK_FALSE(contains(names, "Guyana:Nation"));
  CHECK_FALSE(contains(names, "SA:Organisation"));
  // prose that only opens with a label's word is read
  auto prose = article_graph("Drill news\n\nMarch 4, 2027\n\nRelated talks between Bolivia and Chile were held in La Paz.\n",
                             "talks.txt", DocumentFormat::Text);
  CHECK(contains(typed_labels(prose), "Bolivia:Nation"));
}

TEST_CASE("s36-z2: a copyright line's rights sentence is no part of its holder's name", "[recognise][s36-z2]") {
  std::string txt =
      "Ports drill\n\nMarch 4, 2027\n\nChile hosted Condor Net 2027 in Valparaiso.\n\n"
      "\xC2\xA9 2027 Courrier de la Vallee Ltd. All rights reserved.\n";
  auto names = typed_labels(article_graph(txt, "drill.txt", DocumentFormat::Text));
  CHECK_FALSE(contains(names, "Courrier de la Vallee Ltd. All:Organisation"));
  CHECK(contains(names, "Chile:Nation"));
}
