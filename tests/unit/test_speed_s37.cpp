// Session 37, extraction speed (helper s4): the short cuts must give what the
// slower reading gave. Texts are the test's own, read as published on 18 June 2025.
#include <algorithm>
#include <string_view>

#include "lexicon/lexicon.hpp"
#include "paraphrase_rows.hpp"
#include "relate/matcher.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

// A participant list's lead-in is a short line: its length is tested before its
// lead words are searched. A short line with a colon, or a heading of a few
// words, still opens the list; a long sentence with a lead word and a colon does not.
TEST_CASE("s37: a list's lead-in is known by its length before its words", "[relate][s37-s4]") {
  check_relation_rows({
      {"Exercise Salt Harbour began in Accra on Monday.\n\nTaking part this year:\n\n- Togo\n- Benin\n",
       {"Togo participates_in Salt Harbour", "Benin participates_in Salt Harbour"}, {}},
      {"Exercise Salt Harbour began in Accra on Monday.\n\nTaking part\n\n- Togo\n- Benin\n",
       {"Togo participates_in Salt Harbour", "Benin participates_in Salt Harbour"}, {}},
      // a long sentence naming a lead word and ending with a colon is no lead-in
      {"Exercise Salt Harbour began in Accra on Monday.\n\nOfficials who took part in planning the drill over "
       "many months in the coastal city of Accra said the following:\n\n- Togo\n",
       {}, {"Togo participates_in Salt Harbour"}},
  });
}

namespace {

// The items of the first alternative of every word element `p` cannot do without,
// leaving out the words of element `skip` (none when out of range).
std::vector<detail::Item> words_but(const RelationPattern& p, std::size_t skip) {
  std::vector<detail::Item> items;
  std::size_t required = 0;
  for (const auto& e : p.elements) {
    if (e.kind != PatternElement::Words || e.optional || e.or_end || e.or_line_end || e.words.empty()) continue;
    if (required++ == skip) continue;
    std::string_view w = e.words.front();
    for (std::size_t pos = 0; pos <= w.size();) {
      std::size_t space = std::min(w.find(' ', pos), w.size());
      detail::Item it;
      it.key = KeyView(w.substr(pos, space - pos));  // views the lexicon's pattern words
      items.push_back(it);
      pos = space + 1;
    }
  }
  return items;
}

}  // namespace

// index_words_into() reads a pattern's required words from the clause's table of
// last items by word id, kept from clause to clause: a clause indexed into the
// same ClauseWords after one holding every required word must not see them.
TEST_CASE("s37: a reused clause index forgets the words of the clause before", "[relate][s37-s4]") {
  const Lexicon& lex = *default_lexicon();
  const RelationPattern* p = nullptr;
  for (const auto& q : lex.patterns)
    if (!q.name.starts_with("surface_") && q.required_ids.size() >= 3) {
      p = &q;
      break;
    }
  REQUIRE(p != nullptr);
  detail::ClauseWords words;
  for (std::size_t skip = 0; skip < p->required_ids.size(); ++skip) {
    INFO("without required element " << skip << " of " << p->name);
    auto all = words_but(*p, p->required_ids.size());
    detail::index_words_into(words, all, lex, nullptr, detail::PatternKinds::Clause);
    CHECK(words.may_match(p->index));
    auto fewer = words_but(*p, skip);
    detail::index_words_into(words, fewer, lex, nullptr, detail::PatternKinds::Clause);
    // (a word of the element left out may stand in another element too: then it still matches)
    bool shared = std::any_of(fewer.begin(), fewer.end(), [&](const detail::Item& it) {
      const auto& ids = p->required_ids[skip];
      return std::find(ids.begin(), ids.end(), lex.word_id(it.key)) != ids.end();
    });
    if (!shared) CHECK_FALSE(words.may_match(p->index));
  }
}
