// Session 17, resolution of bodies across documents: one real thing, one node.
// A body a document names specifically ("the ABCD Cyber Defence Command") and
// also by a generic name ("the Cyber Defence Command") is that body; its
// generic name must not merge it with another nation's body of that name.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract_fixtures.hpp"
#include "resolve/resolve.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

DocResult one_body(const std::string& doc, const std::string& label, std::vector<std::string> names) {
  DocResult d;
  d.record.id = doc;
  d.entities.push_back({NodeType::Organisation, label, std::move(names), -1});
  return d;
}

struct Row {
  const char* what;
  std::vector<std::vector<std::string>> records;  // names of one body per document, the label first
  std::size_t nodes;
};

}  // namespace

TEST_CASE("a body with a specific name keeps its generic name to itself across documents", "[resolve][bodies][s17]") {
  const std::vector<Row> rows = {
      {"a specifically named body and another nation's body of the generic name stay two",
       {{"QRSF Cyber Defence Command", "Cyber Defence Command"},
        {"Ghanaian Cyber Defence Command", "Cyber Defence Command", "Ghana's Cyber Defence Command"}},
       2},
      {"two nations' bodies and a specific one: three",
       {{"QRSF Cyber Defence Command", "Cyber Defence Command"},
        {"Ghana's Cyber Defence Command", "Cyber Defence Command"},
        {"Kenya's Cyber Defence Command", "Cyber Defence Command"}},
       3},
      {"a bare body joins the one specific body of its name",
       {{"QRSF Cyber Defence Command", "Cyber Defence Command"}, {"Cyber Defence Command"}},
       1},
      {"a bare body does not guess between a specific body and a nation's",
       {{"QRSF Cyber Defence Command", "Cyber Defence Command"},
        {"Ghana's Cyber Defence Command", "Cyber Defence Command"},
        {"Cyber Defence Command"}},
       3},
      {"an acronym is no specific name: the body still joins its nation's (the one nation of the name)",
       {{"Centre for Cyber Security", "CFCS"}, {"Ghana's Centre for Cyber Security", "Centre for Cyber Security"}},
       1},
      {"the same specific body in two documents is one",
       {{"QRSF Cyber Defence Command", "Cyber Defence Command"}, {"QRSF Cyber Defence Command"}},
       1},
  };
  auto lex = default_lexicon();
  for (const auto& row : rows) {
    INFO(row.what);
    GraphAssembler a(*lex);
    for (std::size_t i = 0; i < row.records.size(); ++i)
      a.add(one_body("doc" + std::to_string(i), row.records[i].front(), row.records[i]));
    CHECK(a.finish().node_count() == row.nodes);
  }
}
