// Towns (places_world.json, a lexicon file's "towns"): read last, after every other
// name and rule, on the capitalised words nothing else typed.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "recognise/recogniser.hpp"

namespace newsgraph::detail {

// "travelled from Lucerne", "a port near Marsaxlokk": capitalised words no rule typed, once
// every other name is known, that are a town of the lexicon as written name that town (with
// its nation); never a word of a person's name the document gives ("Arakawa" after "Kenji
// Arakawa"), nor a name met in another case or spelling ("iGA", "Münster" for "Munster").
void Recogniser::type_town_candidates() {
  std::unordered_set<std::string> person_words;  // filled at the first town met: most documents have none
  bool people_read = false;
  for (auto& c : candidates_) {
    if (c.end == c.begin) continue;
    const auto& s = doc_.sentences[c.sentence];
    std::string surface = span_text(text_, s, c.begin, c.end);
    int town = town_named(surface);
    if (town < 0 || s.headline) continue;
    if (!people_read) {
      for (const auto& e : doc_.entities)
        if (e.type == NodeType::Person)
          for (const auto& name : e.names)
            for (std::size_t b = 0; b < name.size();) {
              std::size_t end = std::min(name.find(' ', b), name.size());
              person_words.insert(name.substr(b, end - b));
              b = end + 1;
            }
      people_read = true;
    }
    bool personal = false;
    for (std::uint32_t k = c.begin; k < c.end; ++k) personal |= person_words.count(std::string(s.tokens[k].text)) > 0;
    if (personal) continue;
    add_mention(c.sentence, c.begin, c.end, lexicon_entity(static_cast<std::uint32_t>(town), surface), MentionKind::Name);
    c.end = c.begin;
  }
}

// The lexicon's town written exactly `surface` (its label or an alias), else -1.
int Recogniser::town_named(const std::string& surface) const {
  auto town = lex_.towns.find(lex_.name_key_of(surface));
  if (town == lex_.towns.end()) return -1;
  const LexEntity& e = lex_.entities[town->second];
  bool exact = e.label == surface || std::find(e.aliases.begin(), e.aliases.end(), surface) != e.aliases.end();
  return exact ? static_cast<int>(town->second) : -1;
}

}  // namespace newsgraph::detail
