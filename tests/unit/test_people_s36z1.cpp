// Session 36, helper z1: people's names and titles across naming cultures and
// house styles. An honorific is no part of a name (as "Dr."), a patronymic
// ("bin", "binti") is; ranks are written in the army's own language. Every
// text written for this test.
#include <catch2/catch.hpp>

#include "article_graph.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
std::vector<std::string> aliases_of(const KnowledgeGraph& g, const std::string& label) {
  for (NodeId v = 0; v < g.node_count(); ++v)
    if (g.node(v).label == label) return g.node(v).aliases;
  return {};
}
}  // namespace

TEST_CASE("s36-z1: Malay honorifics are stripped, the patronymic stays", "[entities][s36-z1]") {
  auto g = article_graph(article(
      "Yang Berhormat Dato Seri Setia Haji Zulkifli bin Osman met with Dayang Siti Rohana binti Kassim on Monday. "
      "Pengiran Anak Hamdan bin Pengiran Yakub of the Royal Brunei Navy also attended."));
  auto people = node_labels(g, NodeType::Person);
  CHECK(contains(people, "Zulkifli bin Osman"));
  CHECK(contains(people, "Siti Rohana binti Kassim"));
  CHECK(contains(people, "Hamdan bin Pengiran Yakub"));
  auto edges = edge_lines(g);
  CHECK((contains(edges, "Zulkifli bin Osman met_with Siti Rohana binti Kassim") ||
         contains(edges, "Siti Rohana binti Kassim met_with Zulkifli bin Osman")));
  // the honorific form, as many papers write it, names the person too
  CHECK(contains(aliases_of(g, "Siti Rohana binti Kassim"), "Dayang Siti Rohana binti Kassim"));
}

TEST_CASE("s36-z1: Awang and Hajah are honorifics before a name", "[entities][s36-z1]") {
  auto g = article_graph(article(
      "Awang Roslan bin Jaafar, director of the Brunei Cyber Centre, met with Hajah Norlela binti Salim on Tuesday."));
  auto people = node_labels(g, NodeType::Person);
  CHECK(contains(people, "Roslan bin Jaafar"));
  CHECK(contains(people, "Norlela binti Salim"));
  CHECK_FALSE(contains(people, "Awang Roslan bin Jaafar"));
}

TEST_CASE("s36-z1: ranks in the army's own language", "[entities][s36-z1]") {
  auto g = article_graph(article(
      "Divisionär Urs Brändli met with Tuğgeneral Kemal Aydın and Pukovnik Ante Babić in Geneva on Monday. "
      "Eversti Jari Nieminen of the Finnish Defence Forces and Maj-Gen Chisomo Phiri also attended."));
  auto people = node_labels(g, NodeType::Person);
  CHECK(contains(people, "Urs Brändli"));
  CHECK(contains(people, "Kemal Aydın"));
  CHECK(contains(people, "Ante Babić"));
  CHECK(contains(people, "Jari Nieminen"));
  CHECK(contains(people, "Chisomo Phiri"));
  CHECK_FALSE(contains(people, "Divisionär Urs Brändli"));
  CHECK(contains(edge_lines(g), "Jari Nieminen affiliated_with Finnish Defence Forces"));
}

TEST_CASE("s36-z1: an untitled name joined by a patronymic is a person's", "[entities][s36-z1]") {
  auto g = article_graph(article(
      "Faridah binti Yunus met with Hafiz bin Kamaruddin in Kuching on Wednesday. The Casa de Moneda stayed closed."));
  auto people = node_labels(g, NodeType::Person);
  CHECK(contains(people, "Faridah binti Yunus"));
  CHECK(contains(people, "Hafiz bin Kamaruddin"));
  CHECK_FALSE(contains(people, "Casa de Moneda"));
}

TEST_CASE("s36-z1: a title that is also a given name, after a rank, opens the name", "[entities][s36-z1]") {
  auto g = article_graph(article("Major Emir Hodžić met with Captain Lejla Begić in Mostar on Monday."));
  auto people = node_labels(g, NodeType::Person);
  CHECK(contains(people, "Emir Hodžić"));
  CHECK_FALSE(contains(people, "Hodžić"));
}

TEST_CASE("s36-z1: a home affairs minister's courtesy title before the name", "[entities][s36-z1]") {
  auto g = article_graph(article("Home Affairs Minister Dr Rosanna Vella-Grech met with Ivo Kasak in Tallinn on Friday."));
  CHECK(contains(node_labels(g, NodeType::Person), "Rosanna Vella-Grech"));
}

TEST_CASE("s36-z1: a nation's chief of defence force leads the nation, names no body", "[entities][s36-z1]") {
  auto g = article_graph(article(
      "Fiji's Chief of Defence Force, Rear Admiral Semi Tuilau, met with Colonel Mart Kask on Monday."));
  CHECK(contains(edge_lines(g), "Semi Tuilau leads Fiji"));
  for (const auto& l : node_labels(g, NodeType::Organisation)) CHECK(l.find("Defence Force") == std::string::npos);
}

TEST_CASE("s36-z1: a person set off with a role keeps it, 'of' after the next person is that person's", "[relations][s36-z1]") {
  auto g = article_graph(article(
      "Hon. Chikondi Mbewe, the Minister of Information, and Brig Gen Yusuf Daka of the Malawi Defence Force "
      "opened the new range on Monday."));
  auto edges = edge_lines(g);
  CHECK_FALSE(contains(edges, "Chikondi Mbewe affiliated_with Malawi Defence Force"));
  CHECK(contains(edges, "Yusuf Daka affiliated_with Malawi Defence Force"));
}

TEST_CASE("s36-z1: a numbered portfolio, then honorifics and a patronymic name", "[entities][s36-z1]") {
  auto g = article_graph(article(
      "Brunei's Minister of Defence II Dato Seri Setia Haji Hamzah bin Ismail met with Colonel Mart Kask on Monday. "
      "Minister of Energy Yusri bin Salleh also attended."));
  auto people = node_labels(g, NodeType::Person);
  CHECK(contains(people, "Hamzah bin Ismail"));
  CHECK(contains(people, "Yusri bin Salleh"));
  CHECK_FALSE(contains(people, "bin Salleh"));
  // an office with its portfolio is no honorific: no alias holds it
  for (const auto& a : aliases_of(g, "Hamzah bin Ismail")) CHECK(a.find("Minister") == std::string::npos);
}

TEST_CASE("s36-z1: house-style abbreviations hold the sentence, civil and police titles", "[entities][s36-z1]") {
  auto g = article_graph(article(
      "Sec. Rosa Villanueva of the Department of National Defense met with Usec. Ramon Cruz on Tuesday. "
      "Staatssekretär Jonas Hartmann and Pol Gen Anan Srisuk attended. "
      "Marsekal Madya Budi Hartono met with Smt. Kavya Menon on Friday."));
  auto people = node_labels(g, NodeType::Person);
  for (const char* name : {"Rosa Villanueva", "Ramon Cruz", "Jonas Hartmann", "Anan Srisuk", "Budi Hartono", "Kavya Menon"})
    CHECK(contains(people, name));
  CHECK_FALSE(contains(people, "Staatssekretär Jonas Hartmann"));
  auto edges = edge_lines(g);
  CHECK((contains(edges, "Rosa Villanueva met_with Ramon Cruz") || contains(edges, "Ramon Cruz met_with Rosa Villanueva")));
}

TEST_CASE("s36-z1: a Bruneian personal style of unknown words between honorifics names nobody", "[entities][s36-z1]") {
  auto g = article_graph(article(
      "Yang Berhormat Pehin Datu Indera Major General (Rtd) Dato Paduka Haji Awang Sulaiman bin Haji Kassim met "
      "with Colonel Mart Kask on Tuesday. Pehin Orang Kaya Setia Wangsa Dato Haji Jamil bin Omar also attended."));
  auto people = node_labels(g, NodeType::Person);
  CHECK(contains(people, "Sulaiman bin Haji Kassim"));
  CHECK(contains(people, "Jamil bin Omar"));
  for (const auto& p : people) {
    CHECK(p.find("Major General") == std::string::npos);
    CHECK(p.find("Orang Kaya") == std::string::npos);
  }
}

TEST_CASE("s36-z1: a later mention by the personal name before the patronymic is the same person", "[entities][s36-z1]") {
  auto g = article_graph(article(
      "Dayang Siti Aisyah binti Rahman, the permanent secretary, arrived on Monday. "
      "Siti Aisyah met with Colonel Mart Kask on Tuesday."));
  auto people = node_labels(g, NodeType::Person);
  CHECK(contains(people, "Siti Aisyah binti Rahman"));
  CHECK_FALSE(contains(people, "Siti Aisyah"));
  auto edges = edge_lines(g);
  CHECK((contains(edges, "Siti Aisyah binti Rahman met_with Mart Kask") || contains(edges, "Mart Kask met_with Siti Aisyah binti Rahman")));
}

TEST_CASE("s36-z1: untitled names of many naming cultures in a list", "[entities][s36-z1]") {
  auto g = article_graph(article(
      "The negotiators, Nejc Zupan for Slovenia, Themba Ndlovu for South Africa and Rosnah Yaakob for Brunei, "
      "said talks would go on."));
  auto people = node_labels(g, NodeType::Person);
  CHECK(contains(people, "Nejc Zupan"));
  CHECK(contains(people, "Themba Ndlovu"));
  CHECK(contains(people, "Rosnah Yaakob"));
}
