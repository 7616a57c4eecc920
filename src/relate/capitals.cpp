// "It was his first visit to the Latvian capital": the one place the
// document names that the lexicon puts in that nation is its capital here.
#include <algorithm>

#include "relate/passes.hpp"

namespace newsgraph::detail {
namespace {

// The nation whose capital the sentence speaks of at mention m ("the Latvian
// capital", "Latvia's capital"), as a document entity; -1 when none.
int capital_nation(const DocAnalysis& doc, const SentenceAnalysis& s, const Mention& m) {
  const DocEntity& e = doc.entities[m.entity];
  if (e.type != NodeType::Nation || e.lexicon < 0) return -1;
  std::uint32_t k = m.end;
  if (k < s.tokens.size() && s.tokens[k].key == "'s") ++k;
  // "capital" is the construction's own word, as "of" is in "capital of"
  return k < s.tokens.size() && s.tokens[k].key == "capital" ? m.entity : -1;
}

// The only place of the document the lexicon puts in the nation, or -1
// when there is none or more than one (which of them is the capital?).
int only_place_in(const DocAnalysis& doc, const Lexicon& lex, int nation) {
  const std::string& label = lex.entities[doc.entities[nation].lexicon].label;
  int found = -1;
  for (int p = 0; p < static_cast<int>(doc.entities.size()); ++p) {
    const DocEntity& e = doc.entities[p];
    if (e.type != NodeType::Place || e.lexicon < 0 || lex.entities[e.lexicon].located_in != label) continue;
    if (found >= 0) return -1;
    found = p;
  }
  return found;
}

}  // namespace

void capitals_named_by_nation(const DocAnalysis& doc, const Lexicon& lex, std::vector<Relation>& out) {
  for (std::size_t si = 0; si < doc.sentences.size(); ++si)
    for (const auto& m : doc.sentences[si].mentions) {
      int nation = capital_nation(doc, doc.sentences[si], m);
      if (nation < 0) continue;
      int place = only_place_in(doc, lex, nation);
      if (place < 0) continue;
      bool known = std::any_of(out.begin(), out.end(), [&](const Relation& r) {
        return r.source == place && r.target == nation && r.type == EdgeType::located_in;
      });
      if (!known) out.push_back({place, nation, EdgeType::located_in, std::nullopt, std::nullopt, si, "capital_of_nation", 0.7});
    }
}

}  // namespace newsgraph::detail
