// Session 23: a generic body written with the possessive of a body of no
// nation ("NATO's Cyber Security Centre") is that body's, not the nation's
// the story is otherwise about. Texts written for the test.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "document/document.hpp"
#include "pipeline/extract.hpp"
#include "resolve/resolve.hpp"

using namespace newsgraph;

namespace {

// The labels of the organisation nodes of one article written for the test.
std::vector<std::string> body_labels(const std::string& text) {
  auto lex = default_lexicon();
  GraphAssembler assembler(*lex);
  std::string bytes = "Title line\n\nBy A Writer, 12 March 2026 10:00 CET\n\n" + text + "\n";
  assembler.add(extract_document(read_document_bytes(bytes, "doc.txt", DocumentFormat::Text), *lex));
  KnowledgeGraph g = assembler.finish();
  std::vector<std::string> out;
  for (NodeId v = 0; v < g.node_count(); ++v)
    if (g.node(v).type == NodeType::Organisation) out.push_back(g.node(v).label);
  std::sort(out.begin(), out.end());
  return out;
}

bool has(const std::vector<std::string>& labels, const std::string& label) {
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

}  // namespace

TEST_CASE("s23: a generic body an international body owns is not the story's nation's", "[recognise][s23]") {
  auto nato = body_labels("NATO's Cyber Security Centre opened in Mons. The Estonian Defence Forces joined the drill.");
  CHECK(has(nato, "Cyber Security Centre"));
  CHECK_FALSE(has(nato, "Estonia's Cyber Security Centre"));
  auto eu = body_labels("The EU's new Cyber Security Centre opened in Brussels. Latvia sent two officers.");
  CHECK_FALSE(has(eu, "Latvia's Cyber Security Centre"));
  // written bare in a story about one nation, the body is still that nation's
  auto bare = body_labels("The Cyber Security Centre opened in Tartu. The Estonian Defence Forces joined the drill.");
  CHECK(has(bare, "Estonia's Cyber Security Centre"));
  // and a nation's own body's possessive keeps it the nation's
  auto own = body_labels("Estonia's Cyber Security Centre opened in Tartu. The Estonian Defence Forces joined.");
  CHECK(has(own, "Estonia's Cyber Security Centre"));
}
