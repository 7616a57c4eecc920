// "ECOWAS Commission", "NATO Cooperative Cyber Defence Centre of Excellence":
// a body whose name opens with another organisation's name or acronym is a
// body of that organisation (the nation-opened names are names_naming_their_nation's).
#include "relate/passes.hpp"

namespace newsgraph::detail {
namespace {

// The document's organisation (not `self`) that tokens [b, e) name: by the
// lexicon's names of it or by a surface form the document gave it; -1 when none.
int organisation_named(const DocAnalysis& doc, const Lexicon& lex, const SentenceAnalysis& s, std::uint32_t b,
                       std::uint32_t e, int self) {
  std::string key, text;
  for (std::uint32_t k = b; k < e; ++k) {
    key += (key.empty() ? "" : " ") + std::string(s.tokens[k].key);
    text += (text.empty() ? "" : " ") + std::string(s.tokens[k].text);
  }
  auto owner_ok = [&](int o) { return o != self && doc.entities[o].type == NodeType::Organisation; };
  if (auto hits = lex.gazetteer.find(key); hits != lex.gazetteer.end())
    for (const auto& h : hits->second) {
      if (h.exact_case && !s.tokens[b].all_caps) continue;
      for (int o = 0; o < static_cast<int>(doc.entities.size()); ++o)
        if (doc.entities[o].lexicon == static_cast<int>(h.entity) && owner_ok(o)) return o;
    }
  for (int o = 0; o < static_cast<int>(doc.entities.size()); ++o) {
    if (!owner_ok(o)) continue;
    for (const auto& n : doc.entities[o].names)
      if (n == text) return o;
  }
  return -1;
}

// The organisation a mention's name opens with, when the rest of the name
// is a body's (a unit or state-body word in it, a capitalised word next).
int opening_owner(const DocAnalysis& doc, const Lexicon& lex, const SentenceAnalysis& s, const Mention& m) {
  for (std::uint32_t k = m.begin + 1; k < m.end && k <= m.begin + 3; ++k) {
    if (!s.tokens[k].word || !s.tokens[k].capital) continue;  // "NATO-Ukraine", "EU's": no body of the first
    bool body = false;
    for (std::uint32_t j = k; j < m.end; ++j)
      body |= lex.unit_word_set.count(s.tokens[j].key) > 0 || lex.state_body_set.count(s.tokens[j].key) > 0;
    if (!body) return -1;
    int owner = organisation_named(doc, lex, s, m.begin, k, m.entity);
    if (owner >= 0) return owner;
  }
  return -1;
}

}  // namespace

void names_naming_their_owner(const DocAnalysis& doc_, const Lexicon& lex_, std::vector<Relation>& out_) {
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
    const SentenceAnalysis& s = doc_.sentences[si];
    for (const auto& m : s.mentions) {
      if (m.kind != MentionKind::Name || doc_.entities[m.entity].type != NodeType::Organisation) continue;
      // the mention names its own entity ("AFP" bound to another body's name says nothing of it)
      if (!doc_.entities[m.entity].label.ends_with(s.tokens[m.end - 1].text)) continue;
      int owner = opening_owner(doc_, lex_, s, m);
      if (owner < 0) continue;
      bool known = false;
      for (const auto& r : out_)
        known |= r.source == m.entity && r.target == owner && r.type == EdgeType::part_of;
      if (!known) out_.push_back({m.entity, owner, EdgeType::part_of, std::nullopt, std::nullopt, si, "name_opens_with_owner", 0.7});
    }
  }
}

}  // namespace newsgraph::detail
