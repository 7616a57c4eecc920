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

// The event or body a place cue puts in "the <nation> capital" at nation mention m: "Cyber
// Coalition was held in the Estonian capital" (a cue of cues.json place_cues, a verb's words at most
// two between), "the summit in the Lithuanian capital" (a bare "in" right after the name); -1 when none.
int placed_in_capital(const DocAnalysis& doc, const Lexicon& lex, const SentenceAnalysis& s, const Mention& m) {
  if (m.begin < 3 || s.tokens[m.begin - 1].key != "the") return -1;
  const std::uint32_t in_at = m.begin - 2;  // the cue's last word
  std::uint32_t cue_begin = in_at + 1;
  std::string cue;
  for (std::uint32_t n = 0; n < 3 && n <= in_at; ++n) {
    const std::uint32_t k = in_at - n;
    cue = n == 0 ? std::string(s.tokens[k].key) : std::string(s.tokens[k].key) + " " + cue;
    if (lex.place_cue_set.count(cue) && !s.tokens[k].capital) cue_begin = k;  // not the "Summit" of a name
  }
  const bool bare_in = cue_begin > in_at && s.tokens[in_at].key == "in";
  if (!bare_in && cue_begin > in_at) return -1;
  if (bare_in) cue_begin = in_at;
  for (auto it = s.mentions.rbegin(); it != s.mentions.rend(); ++it) {
    if (it->end > cue_begin) continue;
    NodeType t = doc.entities[it->entity].type;
    if (t != NodeType::Event && t != NodeType::Exercise && t != NodeType::Organisation) return -1;
    const std::uint32_t gap = cue_begin - it->end;  // "was", "will be": words only, none for a bare "in"
    if (bare_in ? gap != 0 : gap > 2) return -1;
    for (std::uint32_t k = it->end; k < cue_begin; ++k)
      if (!s.tokens[k].word || s.tokens[k].capital) return -1;
    return it->entity;
  }
  return -1;
}

}  // namespace

void capitals_named_by_nation(const DocAnalysis& doc, const Lexicon& lex, std::vector<Relation>& out) {
  auto located = [&](int source, int target) {
    return std::any_of(out.begin(), out.end(), [&](const Relation& r) {
      return r.source == source && r.target == target && r.type == EdgeType::located_in;
    });
  };
  for (std::size_t si = 0; si < doc.sentences.size(); ++si)
    for (const auto& m : doc.sentences[si].mentions) {
      int nation = capital_nation(doc, doc.sentences[si], m);
      if (nation < 0) continue;
      int place = only_place_in(doc, lex, nation);
      if (place < 0) continue;
      if (!located(place, nation))
        out.push_back({place, nation, EdgeType::located_in, std::nullopt, std::nullopt, si, "capital_of_nation", 0.7});
      int subject = placed_in_capital(doc, lex, doc.sentences[si], m);
      if (subject >= 0 && !located(subject, place))
        out.push_back({subject, place, EdgeType::located_in, std::nullopt, std::nullopt, si, "in_named_capital", 0.6});
    }
}

}  // namespace newsgraph::detail
