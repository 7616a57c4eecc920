// Which nation a person or a generic body belongs to: a role written with
// another nation's demonym ("Peruvian Defence Minister") does not name the
// bare ministry of a text about a different nation.
#include <catch2/catch.hpp>

#include <algorithm>

#include "extract_fixtures.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

bool any_relation_with(const std::vector<std::string>& r, const std::string& part) {
  return std::any_of(r.begin(), r.end(), [&](const std::string& s) { return s.find(part) != std::string::npos; });
}

}  // namespace

TEST_CASE("a visiting minister's demonym does not claim the host's bare ministry", "[nations_s10]") {
  auto r = relations_of(
      "SANTIAGO - Defence Minister Tomas Riva held talks with Chile's partners on Monday. "
      "According to the Ministry of Defence, he also met Peruvian Defence Minister Elena Quispe in Lima.");
  CHECK_FALSE(any_relation_with(r, "Peru's Ministry of Defence"));
  CHECK_FALSE(related(r, "Elena Quispe", "Ministry of Defence"));
}

TEST_CASE("a minister's demonym still names the ministry of the text's only nation", "[nations_s10]") {
  auto doc = analyse(
      "Peruvian Defence Minister Elena Quispe opened the centre on Monday. "
      "The Ministry of Defence said it would train forty officers there.");
  int org = -2;
  for (const auto& r : doc.sentences.at(0).roles)
    if (r.relation == "leads") org = r.org;
  REQUIRE(org >= 0);
  CHECK(doc.entities[org].label.find("Ministry of Defence") != std::string::npos);
}

TEST_CASE("a demonym before a non-leading title in apposition affiliates the person with the nation", "[nations_s10]") {
  auto r = relations_of(
      "The deal was signed by the Chilean state secretary for energy and mining, Marta Ruiz, on Monday. "
      "It was welcomed by the Peruvian embassy spokeswoman, Ana Soto.");
  CHECK(has(r, "Marta Ruiz affiliated_with Chile"));
  CHECK(has(r, "Ana Soto affiliated_with Peru"));
}

TEST_CASE("a demonym title without a person after it, or a verb between, gives no affiliation", "[nations_s10]") {
  auto r = relations_of(
      "The Chilean official said on Monday that Marta Ruiz would lead the talks. "
      "The Peruvian envoy met Ana Soto, a journalist.");
  CHECK(has(entity_names(analyse("The Chilean official said on Monday that Marta Ruiz would lead the talks.")), "Marta Ruiz:Person"));
  CHECK_FALSE(related(r, "Marta Ruiz", "Chile"));
  CHECK_FALSE(related(r, "Ana Soto", "Peru"));
}

TEST_CASE("a capitalised portfolio title ending in 'of' a nation names the nation apart", "[nations_s10]") {
  auto r = relations_of("Chile and the Deputy Minister of Defence of Kenya, Amani Odera, signed the roadmap.");
  CHECK(has(r, "Amani Odera affiliated_with Kenya"));
  auto doc = analyse("The Minister of Foreign Affairs and Trade Nadia Brandt opened the forum.");
  for (const auto& e : doc.entities) CHECK(e.type != NodeType::Nation);
}

TEST_CASE("a portfolio minister with no nation or ministry named leads the nation the text is about", "[nations_s10]") {
  auto r = relations_of(
      "Kenya will open a cyber range in Mombasa next year. Kenya has trained 200 officers since 2022. "
      "Defence Minister Amani Odera said the range would also serve Uganda.");
  CHECK(has(r, "Amani Odera leads Kenya"));
  // the text says another nation has such a minister: no guess
  auto other = relations_of(
      "Kenya will open a cyber range in Mombasa next year. Kenya has trained 200 officers since 2022. "
      "A Ugandan defence minister visited the site. Defence Minister Amani Odera said the range was ready.");
  CHECK_FALSE(related(other, "Amani Odera", "Kenya"));
  // a bare "Minister": no portfolio, no guess
  auto bare = relations_of(
      "Kenya will open a cyber range in Mombasa next year. Kenya has trained 200 officers since 2022. "
      "Minister Amani Odera said the range would also serve Uganda.");
  CHECK_FALSE(related(bare, "Amani Odera", "Kenya"));
}

namespace {

// The label of the entity an anaphor of sentence `si` is bound to, or "".
std::string anaphor_label(const DocAnalysis& doc, std::size_t si) {
  for (const auto& m : doc.sentences.at(si).mentions)
    if (m.kind == MentionKind::Anaphor) return doc.entities[m.entity].label;
  return "";
}

}  // namespace

TEST_CASE("'the defence ministry' after a demonym is that nation's, not the last one named", "[nations_s10]") {
  auto doc = analyse(
      "Chile's Ministry of Defence hosted the talks on Monday. Peru's Ministry of Defence sent a team. "
      "The Chilean team comes from a cyber centre that operates under the defence ministry.");
  CHECK(anaphor_label(doc, 2).starts_with("Chile"));
  // no nation before it in the sentence: the latest ministry, as before
  auto plain = analyse(
      "Chile's Ministry of Defence hosted the talks on Monday. Peru's Ministry of Defence sent a team. "
      "Its experts come from a cyber centre that operates under the defence ministry.");
  CHECK(anaphor_label(plain, 2).starts_with("Peru"));
}
