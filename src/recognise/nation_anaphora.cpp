// "the Singapore agency", "the Rwandan authority", "the Chilean command": a
// nation's name or demonym between "the" and a description (cues.json
// anaphora) points back to the body of that nation named last that the
// description fits, as "the agency" points to the one named last.
#include <algorithm>

#include "recognise/recogniser.hpp"

namespace newsgraph::detail {

// Whether the organisation belongs to the nation: by its entry or name, or a
// name that opens or ends with the nation ("Ghana Cyber Security Authority",
// "Cyber Security Agency of Singapore").
bool Recogniser::body_of_nation(int entity, std::int64_t nation) const {
  if (owner_nation(entity) == nation) return true;
  const std::string key = lex_.name_key_of(lex_.entities[nation].label);
  return std::any_of(doc_.entities[entity].names.begin(), doc_.entities[entity].names.end(), [&](const std::string& n) {
    std::string name = lex_.name_key_of(n);
    return name.ends_with(" " + key) || name.starts_with(key + " ");
  });
}

// At "the" (token `i`): whether "the <nation> <description>" stands for a body
// named before; its mention replaces the nation's (whose first token goes to `replaced`).
bool Recogniser::nation_anaphor(std::size_t si, std::uint32_t i, const std::vector<int>& recent,
                                std::vector<Mention>& found, std::vector<std::uint32_t>& replaced) const {
  const auto& s = doc_.sentences[si];
  const auto& toks = s.tokens;
  auto m = std::find_if(s.mentions.begin(), s.mentions.end(), [&](const Mention& x) { return x.begin == i + 1; });
  if (m == s.mentions.end() || m->end >= toks.size()) return false;
  std::int64_t nation = nation_of_mention(*m);
  const Token& t = toks[m->end];
  if (nation < 0 || !t.word || t.capital || covered(s, m->end)) return false;
  auto noun = lex_.anaphor_type.find(t.key);
  if (noun == lex_.anaphor_type.end() || noun->second != NodeType::Organisation) return false;
  // "the Singapore agency chief": a longer description, not the body itself
  std::uint32_t end = m->end + 1;
  if (end < toks.size() && toks[end].word && !toks[end].capital && !lex_.function_word_set.count(toks[end].key))
    return false;
  std::vector<int> tried;
  for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
    if (doc_.entities[*it].type != NodeType::Organisation || std::find(tried.begin(), tried.end(), *it) != tried.end())
      continue;
    tried.push_back(*it);
    if (describes(doc_.entities[*it], t.key) && body_of_nation(*it, nation)) {
      found.push_back({i, end, *it, MentionKind::Anaphor});
      replaced.push_back(m->begin);
      return true;
    }
  }
  return false;
}

}  // namespace newsgraph::detail
