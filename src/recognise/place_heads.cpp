// Places named with a lower-case geographic head ("the Marowijne river", "Vientiane
// province", "the Rumichaca bridge"): Recogniser::place_with_head. The heads are
// lexicon data (cues.json lowercase_heads "Place"); the name with its head is one
// place, another than the bare name's town or district ("Vientiane province" is not
// the city of Vientiane), so an exercise or body named after the bare word keeps it.
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

}  // namespace newsgraph::detail
