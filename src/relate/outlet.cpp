// The writer of a document works for the outlet that published it.
#include <algorithm>

#include "relate/relate.hpp"

namespace newsgraph {
namespace {

// The document's entity of `type` one of whose names is `name` (compared as
// lexicon name keys, a leading "The" left out), else -1.
int entity_named(const DocAnalysis& doc, std::string_view name, NodeType type, const Lexicon& lex) {
  auto key = [&](std::string_view n) {
    std::string k = lex.name_key_of(n);
    return k.starts_with("the ") ? k.substr(4) : k;
  };
  std::string wanted = key(name);
  if (wanted.empty()) return -1;
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const DocEntity& d = doc.entities[e];
    if (d.type != type) continue;
    if (std::any_of(d.names.begin(), d.names.end(), [&](const std::string& n) { return key(n) == wanted; }))
      return static_cast<int>(e);
  }
  return -1;
}

}  // namespace

void relate_author_to_outlet(const DocAnalysis& doc, std::string_view author, std::string_view source,
                             const Lexicon& lexicon, std::vector<Relation>& out) {
  if (author.empty() || source.empty()) return;
  int person = entity_named(doc, author, NodeType::Person, lexicon);
  int outlet = entity_named(doc, source, NodeType::Organisation, lexicon);
  if (person < 0 || outlet < 0) return;
  bool stated = std::any_of(out.begin(), out.end(), [&](const Relation& r) {
    return r.source == person && r.target == outlet && r.type == EdgeType::affiliated_with;
  });
  if (stated) return;
  // the evidence: the first sentence that names the writer (the byline)
  for (std::size_t si = 0; si < doc.sentences.size(); ++si)
    for (const auto& m : doc.sentences[si].mentions)
      if (m.entity == person) {
        out.push_back({person, outlet, EdgeType::affiliated_with, {}, {}, si, "byline_outlet", 0.7});
        return;
      }
}

}  // namespace newsgraph
