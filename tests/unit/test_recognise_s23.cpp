// Session 23: a generic body written with the possessive of a body of no
// nation ("NATO's Cyber Security Centre") is that body's, not the nation's
// the story is otherwise about. Texts written for the test.
#include <catch2/catch.hpp>

#include "article_graph.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {

// The labels of the organisation nodes of one article written for the test.
std::vector<std::string> body_labels(const std::string& body) {
  return node_labels(article_graph(article(body)), NodeType::Organisation);
}

}  // namespace

TEST_CASE("s23: a generic body an international body owns is not the story's nation's", "[recognise][s23]") {
  auto nato = body_labels("NATO's Cyber Security Centre opened in Mons. The Estonian Defence Forces joined the drill.");
  CHECK(contains(nato, "Cyber Security Centre"));
  CHECK_FALSE(contains(nato, "Estonia's Cyber Security Centre"));
  auto eu = body_labels("The EU's new Cyber Security Centre opened in Brussels. Latvia sent two officers.");
  CHECK_FALSE(contains(eu, "Latvia's Cyber Security Centre"));
  // written bare in a story about one nation, the body is still that nation's
  auto bare = body_labels("The Cyber Security Centre opened in Tartu. The Estonian Defence Forces joined the drill.");
  CHECK(contains(bare, "Estonia's Cyber Security Centre"));
  // and a nation's own body's possessive keeps it the nation's
  auto own = body_labels("Estonia's Cyber Security Centre opened in Tartu. The Estonian Defence Forces joined.");
  CHECK(contains(own, "Estonia's Cyber Security Centre"));
}
