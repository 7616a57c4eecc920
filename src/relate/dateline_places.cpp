// "ASTANA - The second Central Asian Cyber Security Forum closed on
// Wednesday": a story filed from a place reports the event it opens with
// there, when the text gives that event no other place.
#include <map>
#include <optional>
#include <set>

#include "relate/passes.hpp"
#include "temporal/words.hpp"

namespace newsgraph::detail {
namespace {

// Sentences after the dateline's own in which an event still opens the story.
constexpr std::size_t kLedeSentences = 3;
// Sentences with names before the story's first (a byline, a date line) that may hold the dateline.
constexpr std::size_t kHeadSentences = 4;

bool dateline_mark(std::string_view k) { return k == "," || k == "-" || k == "–" || k == "—" || k == "--" || k == "("; }

// The place a wire dateline opens the story with ("BUCHAREST, Romania -",
// "ABUJA, Nov. 19 (WAPN) --", "ASTANA –"), its sentence in `at`; -1 when none.
int dateline_place(const DocAnalysis& doc, std::size_t& at) {
  std::size_t read = 0;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceAnalysis& s = doc.sentences[si];
    if (s.headline || s.mentions.empty()) continue;
    const Mention& m = s.mentions.front();
    std::uint32_t first = 0;
    while (first < s.tokens.size() && !s.tokens[first].word) ++first;
    bool capitals = m.begin == first && s.tokens[m.begin].all_caps && s.tokens[m.begin].text.size() > 2;
    if (capitals && doc.entities[m.entity].type == NodeType::Place && m.end < s.tokens.size() &&
        dateline_mark(std::string_view(s.tokens[m.end].key))) {
      at = si;
      return m.entity;
    }
    if (++read == kHeadSentences) return -1;  // the story's first sentences have no dateline
  }
  return -1;
}

// "Washington Summit": a word of the name the lexicon knows as another place or nation.
bool names_other_place(const Lexicon& lex, const std::string& label, int place_lexicon) {
  std::size_t i = 0;
  while (i < label.size()) {
    std::size_t j = label.find(' ', i);
    if (j == std::string::npos) j = label.size();
    auto hits = lex.gazetteer.find(lower_word(label.substr(i, j - i)));
    if (hits != lex.gazetteer.end())
      for (const auto& h : hits->second) {
        NodeType t = lex.entities[h.entity].type;
        if ((t == NodeType::Place || t == NodeType::Nation) && static_cast<int>(h.entity) != place_lexicon) return true;
      }
    i = j + 1;
  }
  return false;
}

}  // namespace

void events_at_dateline(const DocAnalysis& doc_, const Lexicon& lex_, std::optional<Date> published,
                        std::vector<Relation>& out_) {
  std::size_t at = 0;
  int place = dateline_place(doc_, at);
  if (place < 0) return;
  // events placed elsewhere, and those still to come ("will hold X next spring": where is not said)
  std::set<int> placed;
  for (const auto& r : out_) {
    if (r.type == EdgeType::located_in) placed.insert(r.source);
    if (published && r.date && r.date->first_day() > *published) placed.insert(r.source), placed.insert(r.target);
  }
  // the story's first sentences from the dateline on (a title before it may name the event too)
  std::map<int, std::size_t> lede;
  for (std::size_t si = at; si < doc_.sentences.size() && si <= at + kLedeSentences; ++si)
    for (const auto& m : doc_.sentences[si].mentions) lede.emplace(m.entity, si);
  for (int e = 0; e < static_cast<int>(doc_.entities.size()); ++e) {
    NodeType t = doc_.entities[e].type;
    if ((t != NodeType::Event && t != NodeType::Exercise) || placed.count(e)) continue;
    if (names_other_place(lex_, doc_.entities[e].label, doc_.entities[place].lexicon)) continue;
    auto in_lede = lede.find(e);
    if (in_lede == lede.end()) continue;
    out_.push_back({e, place, EdgeType::located_in, std::nullopt, std::nullopt, in_lede->second, "dateline_place", 0.5});
  }
}

}  // namespace newsgraph::detail
