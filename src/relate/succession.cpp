// "A replaced B", "A ..., succeeding B": the predecessor led what the successor leads.
#include <algorithm>
#include <set>
#include <string_view>

#include "relate/passes.hpp"
#include "util/flat_word_table.hpp"

namespace newsgraph::detail {
namespace {

bool in_role(const SentenceAnalysis& s, std::uint32_t k) {
  return std::any_of(s.roles.begin(), s.roles.end(), [&](const RoleSpan& r) { return k >= r.begin && k < r.end; });
}

// The person named right after the verb, past a rank or title written as a
// name ("succeeding Brigadier General B"); -1 when the object is no person
// ("replaced the command's founding commander").
int predecessor_after(const DocAnalysis& doc, const SentenceAnalysis& s, std::uint32_t v) {
  for (const auto& m : s.mentions) {
    if (m.begin <= v) continue;
    if (doc.entities[m.entity].type != NodeType::Person || m.begin > v + 6) return -1;
    for (std::uint32_t k = v + 1; k < m.begin; ++k) {
      const Token& t = s.tokens[k];
      if (!in_role(s, k) && !(t.word && t.capital) && t.key != "." && t.key != "-") return -1;
    }
    return m.entity;
  }
  return -1;
}

// The same entity, or a one-word name that is the other's last word.
bool same_person(const DocAnalysis& doc, int a, int surname) {
  if (a == surname) return true;
  const std::string& full = doc.entities[a].label;
  const std::string& last = doc.entities[surname].label;
  return doc.entities[a].type == NodeType::Person && last.find(' ') == std::string::npos && full.size() > last.size() &&
         full.ends_with(" " + last);
}

// The one body (else the one nation) `person` leads in `out`; -1 when none or several.
// "Colonel Berg" may be an entity apart from "Jan Berg" until resolution: the full name's edges count.
int one_led(const DocAnalysis& doc, const std::vector<Relation>& out, int person) {
  std::set<int> bodies, nations;
  for (const auto& r : out)
    if (r.type == EdgeType::leads && same_person(doc, r.source, person))
      (doc.entities[r.target].type == NodeType::Nation ? nations : bodies).insert(r.target);
  const std::set<int>& led = bodies.empty() ? nations : bodies;
  return led.size() == 1 ? *led.begin() : -1;
}

// "Her predecessor, General B, is retiring", "as did his predecessor, Commodore B": whose
// predecessor or successor the noun at v is, by its possessive: the first person its sentence
// names before it, else the latest one who leads something a few sentences back; -1 when none.
int possessor_of(const DocAnalysis& doc, const std::vector<Relation>& out, std::size_t si, std::uint32_t v) {
  for (const auto& m : doc.sentences[si].mentions)
    if (m.end <= v && doc.entities[m.entity].type == NodeType::Person) return m.entity;
  constexpr std::size_t kBack = 10;
  for (std::size_t k = si; k-- > 0 && k + kBack >= si;) {
    const auto& ms = doc.sentences[k].mentions;
    for (auto m = ms.rbegin(); m != ms.rend(); ++m)
      if (doc.entities[m->entity].type == NodeType::Person && one_led(doc, out, m->entity) >= 0) return m->entity;
  }
  return -1;
}

// The person a possessive "predecessor" or "successor" at v stands in apposition to ("her
// predecessor, Lieutenant General B,"); -1 when no comma and person follow it.
int apposed_holder(const DocAnalysis& doc, const SentenceAnalysis& s, std::uint32_t v) {
  if (v == 0 || v + 2 >= s.tokens.size() || s.tokens[v + 1].key != ",") return -1;
  const std::string& own = s.tokens[v - 1].key;
  if (own != "her" && own != "his" && own != "their" && own != "your") return -1;
  return predecessor_after(doc, s, v + 1);
}

}  // namespace

// "Her predecessor, General B, is retiring": B led the one body the possessor leads.
void possessed_predecessors_led_it(const DocAnalysis& doc, std::vector<Relation>& out) {
  std::vector<Relation> added;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceAnalysis& s = doc.sentences[si];
    for (std::uint32_t v = 0; v < s.tokens.size(); ++v) {
      // (a WordKey, not a std::string: compared by length before any byte, since
      // every token of every document is asked; std::string called memcmp each time)
      const WordKey& k = s.tokens[v].key;
      if (k != "predecessor" && k != "successor") continue;
      int holder = apposed_holder(doc, s, v);
      int possessor = holder < 0 ? -1 : possessor_of(doc, out, si, v);
      int led = possessor < 0 || same_person(doc, possessor, holder) ? -1 : one_led(doc, out, possessor);
      if (led >= 0) added.push_back({holder, led, EdgeType::leads, std::nullopt, std::nullopt, si, "possessed_succession", 0.65});
    }
  }
  for (auto& r : added)
    if (std::none_of(out.begin(), out.end(), [&](const Relation& o) {
          return o.type == r.type && o.source == r.source && o.target == r.target;
        }))
      out.push_back(std::move(r));
}

void predecessors_led_it(const DocAnalysis& doc, const Lexicon& lex, std::vector<Relation>& out) {
  // cues.json succession_verbs as a set, once per document: every token is asked
  // (a walk of the list per token was 1% of a run)
  WordSet verbs;
  for (const auto& w : lex.succession_verbs) verbs.insert(w);
  std::vector<Relation> added;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceAnalysis& s = doc.sentences[si];
    for (std::uint32_t v = 0; v < s.tokens.size(); ++v) {
      if (!verbs.count(s.tokens[v].key)) continue;
      int successor = -1;  // the person named last before the verb
      for (const auto& m : s.mentions)
        if (m.end <= v && doc.entities[m.entity].type == NodeType::Person) successor = m.entity;
      int predecessor = predecessor_after(doc, s, v);
      if (successor < 0 || predecessor < 0 || successor == predecessor) continue;
      // the one body (else the one nation) the successor leads in the document
      int led = one_led(doc, out, successor);
      if (led < 0) continue;
      added.push_back({predecessor, led, EdgeType::leads, std::nullopt, std::nullopt, si, "succession", 0.7});
    }
  }
  for (auto& r : added)
    if (std::none_of(out.begin(), out.end(), [&](const Relation& o) {
          return o.type == r.type && o.source == r.source && o.target == r.target;
        }))
      out.push_back(std::move(r));
}

}  // namespace newsgraph::detail
