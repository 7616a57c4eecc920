// "Greece took part, as did Cyprus", "Italy signed the pact, joined by
// Malta": a subject added after the clause by an echo phrase (cues.json
// echo_phrases) does what the clause's subject did.
#include <algorithm>

#include "relate/passes.hpp"

namespace newsgraph::detail {
namespace {

bool actor(NodeType t) { return t == NodeType::Nation || t == NodeType::Organisation; }

// What an echoed subject may do: take part, belong, sign, organise.
bool echoed_type(EdgeType t) {
  return t == EdgeType::participates_in || t == EdgeType::member_of || t == EdgeType::party_to || t == EdgeType::organises;
}

// The echo phrase after a comma at token i: its length, else 0.
std::size_t echo_at(const Lexicon& lex, const SentenceAnalysis& s, std::size_t i) {
  if (i == 0 || s.tokens[i - 1].key != ",") return 0;
  for (const auto& phrase : lex.echo_phrase_words)
    if (phrase_at(s, i, phrase)) return phrase.size();
  return 0;
}

// The nations and organisations named from token `from` on as one list:
// "Cyprus", "Malta and Cyprus", "an observer from Cyprus" (a few lower-case
// words before the first name). Stops at anything else.
std::vector<int> echoed_list(const DocAnalysis& doc, const SentenceAnalysis& s, std::uint32_t from) {
  std::vector<const Mention*> after;
  for (const auto& m : s.mentions)
    if (m.begin >= from) after.push_back(&m);
  std::sort(after.begin(), after.end(), [](const Mention* a, const Mention* b) { return a->begin < b->begin; });
  std::vector<int> out;
  std::uint32_t at = from;
  for (const Mention* m : after) {
    constexpr std::uint32_t kWordsBefore = 4;  // "an observer from", "teams from the"
    bool gap_ok = m->begin - at <= (out.empty() ? kWordsBefore : 2);
    for (std::uint32_t k = at; k < m->begin && gap_ok; ++k) {
      const Token& t = s.tokens[k];
      gap_ok = out.empty() ? (t.word && !t.capital) : (t.key == "," || t.key == "and" || t.key == "the");
    }
    if (!gap_ok || m->begin < at || !actor(doc.entities[m->entity].type)) break;
    out.push_back(m->entity);
    at = m->end;
  }
  return out;
}

}  // namespace

bool retracts(const Lexicon& lex, const SentenceAnalysis& s) {
  // Phrases are compared only where a token has the length and initial of a
  // first word of one (most sentences have none): the same answer, a tenth of the work.
  const auto& shapes = lex.retraction_first_shapes;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const WordKey& key = s.tokens[i].key;
    unsigned initial = key.empty() ? 0u : static_cast<unsigned char>(key[0]) & 31u;
    if (!((shapes[std::min<std::size_t>(key.size(), 31)] >> initial) & 1u)) continue;
    for (const auto& phrase : lex.retraction_phrase_words)
      if (phrase_at(s, i, phrase)) return true;
  }
  return false;
}

namespace {

// "In fact, ..." (correction_openers and a comma) or a whole "It did not." (denial_sentences).
bool corrects(const Lexicon& lex, const SentenceAnalysis& next) {
  const auto& t = next.tokens;
  for (const auto& words : lex.correction_opener_words)
    if (!words.empty() && words.size() < t.size() && t[words.size()].key == "," && phrase_at(next, 0, words))
      return true;
  for (const auto& words : lex.denial_sentence_words)
    if (!words.empty() && (t.size() == words.size() || (t.size() == words.size() + 1 && !t.back().word)) &&
        phrase_at(next, 0, words))
      return true;
  return false;
}

}  // namespace

bool corrected_by_next(const Lexicon& lex, const SentenceAnalysis& s, const SentenceAnalysis* next) {
  if (!next || !corrects(lex, *next)) return false;
  // "said that" (speech_verbs) or "reported that" (temporal saying_words): a claim reported as said
  const auto& say = lex.speech_verbs;
  for (std::size_t i = 0; i + 1 < s.tokens.size(); ++i)
    if (s.tokens[i + 1].key == "that" && (std::find(say.begin(), say.end(), s.tokens[i].key) != say.end() ||
                                          lex.temporal.saying_words.count(s.tokens[i].key)))
      return true;
  return false;
}

bool links_elsewhere(const Lexicon& lex, const SentenceAnalysis& s) {
  for (const auto& label : lex.link_label_words)
    if (label.size() < s.tokens.size() && s.tokens[label.size()].key == ":" && phrase_at(s, 0, label)) return true;
  return false;
}

void echo_subjects(const DocAnalysis& doc, const Lexicon& lex, std::size_t si, std::size_t first_relation,
                   std::vector<Relation>& out) {
  const SentenceAnalysis& s = doc.sentences[si];
  if (lex.echo_phrase_words.empty() || first_relation >= out.size()) return;
  for (std::uint32_t i = 1; i < s.tokens.size(); ++i) {
    std::size_t len = echo_at(lex, s, i);
    if (!len) continue;
    auto echoed = echoed_list(doc, s, i + static_cast<std::uint32_t>(len));
    if (echoed.empty()) continue;
    auto named_before = [&](int e) {
      return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) { return m.entity == e && m.end <= i; });
    };
    std::size_t end = out.size();
    for (std::size_t r = first_relation; r < end; ++r) {
      const Relation rel = out[r];
      if (rel.sentence != si || !echoed_type(rel.type) || !actor(doc.entities[rel.source].type) || !named_before(rel.source))
        continue;
      for (int e : echoed)
        if (e != rel.target && e != rel.source)
          out.push_back({e, rel.target, rel.type, rel.date, rel.end, si, "echo:" + rel.pattern, rel.confidence * 0.9});
    }
  }
}

}  // namespace newsgraph::detail
