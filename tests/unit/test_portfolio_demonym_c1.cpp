// Session 33 (c1): a nation's adjective and a portfolio before an office title ("Danish
// Defence Minister X") name the nation's office, not a body "Danish Defence", even where
// a body is listed under that name.
#include <catch2/catch.hpp>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
bool related_to_prefix(const std::vector<std::string>& list, const std::string& from, const std::string& prefix) {
  for (const auto& r : list)
    if (r.starts_with(from + " ") && r.find(" " + prefix) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("a demonym and a portfolio before Minister serve the nation, not a body so named", "[portfolio_c1]") {
  auto r = relations_of("COPENHAGEN, Nov 20 (Reuters) - Danish Defence Minister Troels Moe said on Tuesday the country would buy more air defence systems.");
  CHECK(related(r, "Troels Moe", "Denmark"));
  CHECK_FALSE(related_to_prefix(r, "Troels Moe", "Danish Defence"));
  auto e = entity_names(analyse("Danish Defence Minister Troels Moe said on Tuesday the country would buy more radars."));
  CHECK_FALSE(has(e, "Danish Defence:Organisation"));
}

TEST_CASE("the office so written leads the nation's ministry when the text names it", "[portfolio_c1]") {
  auto r = relations_of(
      "COPENHAGEN, Nov 20 (Reuters) - Danish Defence Minister Troels Moe said on Tuesday the country would buy more radars.\n"
      "Moe said Denmark's Ministry of Defence would publish the plan next month.");
  CHECK(has(r, "Troels Moe leads Denmark's Ministry of Defence"));
  CHECK_FALSE(related_to_prefix(r, "Troels Moe", "Danish Defence"));
}

TEST_CASE("other nations and portfolios keep their reading", "[portfolio_c1]") {
  auto r = relations_of(
      "TALLINN, Nov 20 (Reuters) - Estonian Foreign Minister Kaarel Rand met his Latvian counterpart in Riga on Monday.\n"
      "Lithuanian Interior Minister Agne Vaitkus said border guards had been reinforced.\n"
      "German Digital Minister Karl Brenner said Berlin would fund the project.\n"
      "Swedish Defence Minister Anna Lind visited the base.\n"
      "Dutch Justice Minister Pieter de Vries resigned on Friday.");
  CHECK(related(r, "Kaarel Rand", "Estonia"));
  CHECK(related(r, "Agne Vaitkus", "Lithuania"));
  CHECK(related(r, "Karl Brenner", "Germany"));
  CHECK(related(r, "Anna Lind", "Sweden"));
  CHECK(related(r, "Pieter de Vries", "Netherlands"));
}

TEST_CASE("a body so named keeps its name where no office title follows", "[portfolio_c1]") {
  auto e = entity_names(analyse("Danish Defence said on Monday it had ordered new frigates."));
  CHECK(has(e, "Danish Defence:Organisation"));
  auto r = relations_of("NATO Secretary General Mark Rutte met Danish Defence Minister Troels Moe in Brussels.");
  CHECK(related(r, "Mark Rutte", "North Atlantic Treaty Organization"));
  CHECK(related(r, "Troels Moe", "Denmark"));
  CHECK_FALSE(related_to_prefix(r, "Troels Moe", "Danish Defence"));
}

TEST_CASE("any listed portfolio word before an office title belongs to the title", "[portfolio_c1]") {
  auto r = relations_of(
      "WARSAW, Nov 20 (Reuters) - Polish Finance Minister Marek Nowicki said the budget would rise.\n"
      "Swedish Health Minister Ebba Karlsson visited the hospital on Monday.\n"
      "Czech Trade Minister Jana Horakova signed the accord.");
  CHECK(related(r, "Marek Nowicki", "Poland"));
  CHECK(related(r, "Ebba Karlsson", "Sweden"));
  CHECK(related(r, "Jana Horakova", "Czechia"));
  auto e = entity_names(analyse("Health Minister Ebba Karlsson visited the hospital on Monday."));
  CHECK(has(e, "Ebba Karlsson:Person"));
  CHECK_FALSE(has(e, "Health Minister Ebba Karlsson:Person"));
}
