// What the text calls a named entity in an apposition ("IDEF 2026, the
// defence fair,"), so that "the fair" later in the story can stand for it
// although its name has no such word (context.cpp resolve_anaphora()); and
// a region's word read alone ("Baltic") that a name the document came to
// know ("Baltic Kestrel") replaces (context.cpp rescan_known()); a person
// the text names by surname alone (context.cpp type_candidates()); a place
// also known with its venue noun ("the X barracks": name_venue_forms()).
#include <algorithm>

#include "recognise/recogniser.hpp"

namespace newsgraph::detail {

// The head noun of the apposition after mention `m` ("X, a Dutch security company,"), "" when none.
static std::string apposition_noun(const Lexicon& lex, const DocAnalysis& doc, const SentenceAnalysis& s, const Mention& m) {
  const auto& toks = s.tokens;
  if (m.end + 2 >= toks.size() || toks[m.end].key != ",") return {};
  const WordKey& article = toks[m.end + 1].key;
  if (article != "the" && article != "a" && article != "an") return {};
  auto place_at = [&](std::uint32_t k) {
    for (const auto& n : s.mentions)
      if (n.begin == k && (doc.entities[n.entity].type == NodeType::Nation || doc.entities[n.entity].type == NodeType::Place))
        return n.end;
    return k;
  };
  std::uint32_t k = m.end + 2, last = 0;
  while (k < toks.size() && k < m.end + 8) {
    if (std::uint32_t past = place_at(k); past > k) {
      k = past;
    } else if (toks[k].word && !toks[k].capital && !lex.function_word_set.count(toks[k].key) && !toks[k].key.ends_with("ed")) {
      last = k++;
    } else {
      break;
    }
  }
  // (not "the bureau's first unit": a possessive qualifies a later noun; nor "the service of
  // the EU institutions": a complement may make the noun another's part)
  const std::string& next = k < toks.size() ? static_cast<const std::string&>(toks[k].key) : std::string();
  bool closed = k == toks.size() || next == "," || next == "." || next == ";" || next == ")" ||
                (toks[k].word && !toks[k].capital && next.ends_with("ed"));
  if (!closed || last == 0 || last + 1 != k) return {};
  return toks[last].key;
}

// "X, the annual defence fair," / "X, a cyber exercise," / "X, a Dutch security company
// based in Y,": the apposition's head noun (its last word before punctuation or a
// participle; a nation's or place's name may qualify it); "the Dutch company X",
// "the Tartu firm X": the noun right before the name. Kept when the anaphora list gives X's type.
void Recogniser::note_descriptions() {
  for (const auto& s : doc_.sentences) {
    const auto& toks = s.tokens;
    for (const auto& m : s.mentions) {
      std::string noun = apposition_noun(lex_, doc_, s, m);
      if (noun.empty() && m.begin >= 2 && toks[m.begin - 1].word && !toks[m.begin - 1].capital &&
          lex_.org_noun_set.count(toks[m.begin - 1].key))
        noun = toks[m.begin - 1].key;
      if (noun.empty()) continue;
      auto type = lex_.anaphor_type.find(noun);
      if (type == lex_.anaphor_type.end() || type->second != doc_.entities[m.entity].type) continue;
      described_as_[m.entity].insert(noun);
    }
  }
}

// Whether an apposition called `entity` by `noun` (note_descriptions()), or
// `entity` is an event whose name has no word of the kind at all ("IDEF 2026"
// may be "the fair"; the "NATO Summit" is no fair).
bool Recogniser::called(int entity, const std::string& noun) const {
  auto it = described_as_.find(entity);
  if (it != described_as_.end()) return it->second.count(noun) > 0;
  const DocEntity& e = doc_.entities[entity];
  if (e.type != NodeType::Event) return false;
  for (const auto& name : e.names) {
    std::string key = lex_.name_key_of(name);
    for (std::size_t pos = 0; pos <= key.size();) {
      std::size_t space = std::min(key.find(' ', pos), key.size());
      auto kind = lex_.anaphor_type.find(key.substr(pos, space - pos));
      if (kind != lex_.anaphor_type.end() && kind->second == NodeType::Event) return false;
      pos = space + 1;
    }
  }
  return true;
}

// The index of a one-word mention at token `i` of a region also written as an
// adjective ("Baltic", "Nordic": cues.json adjective_names), else -1.
int Recogniser::weak_region_at(const SentenceAnalysis& s, std::uint32_t i) const {
  for (std::size_t k = 0; k < s.mentions.size(); ++k) {
    const Mention& m = s.mentions[k];
    if (m.begin == i && m.end == i + 1 && doc_.entities[m.entity].type == NodeType::Place &&
        lex_.adjective_name_set.count(s.tokens[i].key))
      return static_cast<int>(k);
  }
  return -1;
}

// A region rescan_known() replaced everywhere it was named is no entity of
// the document: drop_redirected() removes it.
void Recogniser::drop_replaced_regions() {
  for (const auto& [region, name] : replaced_regions_) {
    bool named = std::any_of(doc_.sentences.begin(), doc_.sentences.end(), [&](const SentenceAnalysis& s) {
      return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) { return m.entity == region; });
    });
    if (!named && !redirect_.count(region)) redirect_[region] = name;
  }
}

// Whether a person of the document is named by `word` alone ("Ms Kowalczyk").
bool Recogniser::surname_of_person(std::string_view word) const {
  return std::any_of(doc_.entities.begin(), doc_.entities.end(), [&](const DocEntity& e) {
    return e.type == NodeType::Person && e.label == word;
  });
}

// "the Ilinden barracks", "the Vaziani training area": a place no gazetteer
// knows, followed by a lower-case venue noun (cues.json venue_nouns), is also
// known by the name with its noun, the form a reader copies from the page.
void Recogniser::name_venue_forms() {
  for (const auto& s : doc_.sentences)
    for (const Mention& m : s.mentions) {
      if (m.entity < 0 || m.kind != MentionKind::Name || m.end + 1 > s.tokens.size()) continue;
      DocEntity& place = doc_.entities[static_cast<std::size_t>(m.entity)];
      if (place.type != NodeType::Place || (place.lexicon >= 0 && !lex_.entities[place.lexicon].town)) continue;
      const Token& noun = s.tokens[m.end];
      if (!noun.word || noun.capital) continue;
      std::uint32_t end = 0;
      if (m.end + 1 < s.tokens.size() && s.tokens[m.end + 1].word && !s.tokens[m.end + 1].capital &&
          lex_.venue_noun_set.count(std::string(noun.key) + " " + std::string(s.tokens[m.end + 1].key)))
        end = m.end + 2;
      else if (lex_.venue_noun_set.count(noun.key))
        end = m.end + 1;
      if (!end) continue;
      std::string form = span_text(text_, s, m.begin, end);
      if (std::find(place.names.begin(), place.names.end(), form) == place.names.end()) place.names.push_back(form);
    }
}

}  // namespace newsgraph::detail
