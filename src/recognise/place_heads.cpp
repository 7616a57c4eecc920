// Places named with a lower-case geographic head ("the Marowijne river", "Vientiane
// province", "the Rumichaca bridge"): Recogniser::place_with_head. The heads are
// lexicon data (cues.json lowercase_heads "Place"); the name with its head is one
// place, another than the bare name's town or district ("Vientiane province" is not
// the city of Vientiane), so an exercise or body named after the bare word keeps it.
#include <algorithm>

#include "recognise/recogniser.hpp"

namespace newsgraph::detail {

// At token `i`, a name of `g` tokens the gazetteer matched (its hit in `hit`) or a
// capitalised span of `c` tokens: when a geographic head follows, the place named with
// it is added and its length returned; 0 otherwise. Only a place's name or a name no
// list knows takes a head ("the Paraguay river" stays the nation), in running text,
// never in a headline (a sentence-case title's "river" may start its verb phrase).
std::uint32_t Recogniser::place_with_head(std::size_t si, std::uint32_t i, std::uint32_t g, const LexHit* hit,
                                          std::uint32_t c) {
  auto& s = doc_.sentences[si];
  const auto& toks = s.tokens;
  if (s.headline || lex_.lowercase_head_type.empty()) return 0;
  std::uint32_t len = g > 0 ? g : c;
  if (len == 0 || len > 4 || i + len >= toks.size() || (g > 0 && c > g)) return 0;
  if (g > 0 && (hit == nullptr || hit->form == LexForm::Demonym || lex_.entities[hit->entity].type != NodeType::Place))
    return 0;
  if (!plain_words(toks, i, i + len) || !in_running_text(text_, toks[i].start)) return 0;
  NodeType type = NodeType::Event;
  std::uint32_t head = lowercase_head_at(toks, i + len, type);
  if (head == 0 || type != NodeType::Place) return 0;
  std::uint32_t end = i + len + head;
  int entity = entity_for(NodeType::Place, span_text(text_, s, i, end), -1);
  add_mention(si, i, end, entity, MentionKind::Name);
  return end - i;
}

// "take on the region at Entebbe drill" (a headline), then "Kazinga Spark 2026 ran ... in
// Entebbe": a town the lexicon knows, named alone before a drill's noun, is where the
// document's exercise ran when that exercise has another name; the town stays a place.
// Not "Marowijne drill" beside "Exercise Marowijne 2026": the exercise's own name.
void Recogniser::place_named_drills() {
  const int n = static_cast<int>(doc_.entities.size());
  auto has_digit = [](const std::string& name) { return name.find_first_of("0123456789") != std::string::npos; };
  for (int a = 0; a < n; ++a) {
    DocEntity& ea = doc_.entities[a];
    if (ea.type != NodeType::Exercise || ea.lexicon >= 0 || ea.label.find(' ') != std::string::npos ||
        std::any_of(ea.names.begin(), ea.names.end(), has_digit))
      continue;
    int town = town_named(ea.label);
    if (town < 0 || by_lexicon_.count(static_cast<std::uint32_t>(town))) continue;
    bool other = false;  // another exercise of the document, not named after the town
    for (int f = 0; f < n && !other; ++f)
      other = f != a && doc_.entities[f].type == NodeType::Exercise && doc_.entities[f].label.find(ea.label) == std::string::npos;
    if (!other) continue;
    ea.type = NodeType::Place;
    ea.lexicon = town;
    by_lexicon_.emplace(static_cast<std::uint32_t>(town), a);
  }
}

}  // namespace newsgraph::detail
