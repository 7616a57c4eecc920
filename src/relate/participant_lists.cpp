// "Who played:" / "Participating nations:" followed by a bulleted list, one
// nation or organisation an item ("- Australia", "- Vietnam, as an
// observer"): each item's name takes part in the exercise or event spoken of.
// Lists and headings are sentences of their own (document/markdown.cpp, html.cpp).
#include <algorithm>

#include "relate/items.hpp"
#include "relate/passes.hpp"

namespace newsgraph::detail {
namespace {

constexpr std::size_t kLeadTokens = 12;   // a lead-in is short: "Teams taking part this year:"
constexpr std::size_t kItemTokens = 30;   // a list item is a name and a remark, not a paragraph
constexpr std::size_t kClosedItemTokens = 12;  // an item ending with a full stop is shorter still
constexpr std::size_t kHeadingLeadTokens = 6;  // "Who was there" is a heading, not a sentence
constexpr std::size_t kHeaderCellTokens = 3;   // "Country", "Team", "Unit sent"
constexpr int kMaxItems = 40;
constexpr std::size_t kSubjectLeadTokens = 30;    // "Since January, UK personnel have taken part in these exercises:"
constexpr std::size_t kHappeningItemTokens = 60;  // an exercise's item tells where, when and by whom

bool actor(NodeType t) { return t == NodeType::Nation || t == NodeType::Organisation; }

bool lead_in(const Lexicon& lex, const SentenceAnalysis& s) {
  if (s.tokens.empty()) return false;
  // the lengths first: every sentence not in a list is asked, few are short
  bool colon = s.tokens.back().key == ":";
  if (s.tokens.size() > (colon ? kLeadTokens : kHeadingLeadTokens)) return false;
  std::size_t cue = first_phrase(lex.participant_list_lead_words, s);
  if (cue == s.tokens.size()) return false;
  if (colon) return true;
  // a heading that lost its colon: "WHO WAS THERE", "Taking part" on a line of their own
  return s.tokens.size() <= kHeadingLeadTokens && (s.tokens.back().word || s.tokens.back().key == "?") && cue <= 1;
}

// "Signed by:", "Inked by:": a lead-in opening with the participle of an act
// (cues.json act_participles) lists the parties of the agreement spoken of.
bool party_lead_in(const Lexicon& lex, const SentenceAnalysis& s) {
  if (s.tokens.size() < 2 || s.tokens.size() > kLeadTokens || s.tokens.back().key != ":" || !s.tokens[0].capital)
    return false;
  return std::any_of(lex.act_participles.begin(), lex.act_participles.end(), [&](const auto& a) {
    return a.second == EdgeType::party_to && a.first == s.tokens[0].key;
  });
}

bool happening(NodeType t) { return t == NodeType::Exercise || t == NodeType::Event; }

// "Since March, Norwegian personnel have taken part in the following
// exercises:": who took part is named before the lead word, what they took
// part in is the list that follows. The actors named before it, else none.
std::vector<int> lead_in_subjects(const DocAnalysis& doc, const Lexicon& lex, const SentenceAnalysis& s) {
  if (s.tokens.empty() || s.tokens.back().key != ":" || s.tokens.size() > kSubjectLeadTokens) return {};
  std::size_t cue = first_phrase(lex.participant_list_lead_words, s);
  if (cue == s.tokens.size()) return {};
  std::vector<int> out;
  for (const Mention& m : s.mentions) {
    NodeType t = doc.entities[m.entity].type;
    if (happening(t)) return {};  // "took part in Locked Shields:" names what was taken part in
    if (m.end <= cue && (actor(t) || t == NodeType::Person) &&
        std::find(out.begin(), out.end(), m.entity) == out.end())
      out.push_back(m.entity);
  }
  return out;
}

// The mention written first (mentions are not kept in text order).
const Mention& first_mention(const SentenceAnalysis& s) {
  return *std::min_element(s.mentions.begin(), s.mentions.end(),
                           [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

// The exercise or event an item opens with ("- Locked Shields, run by ..."), else -1.
int item_happening(const DocAnalysis& doc, const SentenceAnalysis& s) {
  if (s.mentions.empty() || s.tokens.size() > kHappeningItemTokens) return -1;
  // a short line may read as a heading; one opening with a bullet is an item
  if (s.headline && (s.tokens.front().word || s.tokens.front().key == "(")) return -1;
  const Mention& m = first_mention(s);
  std::uint32_t at = 0;
  if (at < m.begin && !s.tokens[at].word && s.tokens[at].key != "(") ++at;
  if (at < m.begin && s.tokens[at].key == "the") ++at;
  return at == m.begin && happening(doc.entities[m.entity].type) ? m.entity : -1;
}

// The nation or organisation an item opens with ("Australia", "the
// Philippines (...)"), else -1: the list has ended.
int item_name(const DocAnalysis& doc, const SentenceAnalysis& s) {
  if (s.mentions.empty() || s.tokens.size() > kItemTokens) return -1;
  // a line that is one name in capitals ("Norwegian Cyber Defence Force", a table's cell) reads as a heading
  if (s.headline && (first_mention(s).begin > 1 || first_mention(s).end < s.tokens.size())) return -1;
  if (s.tokens.back().key == "." && s.tokens.size() > kClosedItemTokens) return -1;
  const Mention& m = first_mention(s);
  // a bullet a plain-text list keeps ("- ", "* ", "\u2022 ", "1."), then "the" at most
  std::uint32_t at = 0;
  if (at < m.begin && !s.tokens[at].word && s.tokens[at].key != "(") ++at;
  // a number ("1.", "2)", "(3)")
  if (at + 2 < m.begin && s.tokens[at].key == "(" && s.tokens[at + 1].word && !s.tokens[at + 1].capital) ++at;
  if (at + 1 < m.begin && s.tokens[at].word && !s.tokens[at].capital && (s.tokens[at + 1].key == "." || s.tokens[at + 1].key == ")"))
    at += 2;
  if (at < m.begin && s.tokens[at].key == "the") ++at;
  if (at != m.begin || !actor(doc.entities[m.entity].type)) return -1;
  // "Moldova's Ministry of Defence": the nation owns the body the item names
  for (const Mention& o : s.mentions)
    if (o.entity != m.entity && o.begin == m.end + 1 && s.tokens[m.end].key == "'s" &&
        doc.entities[o.entity].type == NodeType::Organisation)
      return o.entity;
  return m.entity;
}

// "- Kenya: the Kenyan Army's signals unit", "- Chad - a team from the Chadian
// Army": an item labelled with its nation names the body that took part after
// the label. The nations and organisations after it, in text order.
std::vector<int> label_bodies(const DocAnalysis& doc, const SentenceAnalysis& s, int label) {
  const Mention& first = first_mention(s);
  if (first.entity != label || first.end >= s.tokens.size()) return {};
  const KeyView& mark = s.tokens[first.end].key;
  if (mark != ":" && mark != "-") return {};
  std::vector<const Mention*> after;
  for (const Mention& m : s.mentions)
    if (m.begin > first.end && m.entity != label && actor(doc.entities[m.entity].type)) after.push_back(&m);
  std::sort(after.begin(), after.end(), [](const Mention* a, const Mention* b) { return a->begin < b->begin; });
  std::vector<int> out;
  for (std::size_t i = 0; i < after.size(); ++i) {
    const Mention* m = after[i];
    // "Nepal: the Army's Cyber Wing": the owner named before its unit takes no part itself
    bool owner = m->end + 1 < s.tokens.size() && s.tokens[m->end].key == "'s" && i + 1 < after.size() &&
                 after[i + 1]->begin == m->end + 1;
    if (!owner && std::find(out.begin(), out.end(), m->entity) == out.end()) out.push_back(m->entity);
  }
  return out;
}

// "Tonga had registered, then pulled out", "Fiji may join": a negator or a
// hedge (patterns.json negators, modals; phrases of a word or more).
bool negated_item(const Lexicon& lex, const SentenceAnalysis& s) {
  auto written = [&](const std::string& phrase) {
    for (std::size_t i = 0; i < s.tokens.size(); ++i) {
      std::size_t k = i, from = 0;
      while (k < s.tokens.size() && from <= phrase.size()) {
        std::size_t space = std::min(phrase.find(' ', from), phrase.size());
        if (s.tokens[k].key != std::string_view(phrase).substr(from, space - from)) break;
        ++k, from = space + 1;
      }
      if (from > phrase.size()) return true;
    }
    return false;
  };
  return std::any_of(lex.negators.begin(), lex.negators.end(), written) ||
         std::any_of(lex.modals.begin(), lex.modals.end(), written);
}

}  // namespace

void list_participants(const DocAnalysis& doc, const Lexicon& lex, std::size_t si, ListTargets targets,
                       ParticipantList& list, std::vector<Relation>& out, const std::vector<TimeExpression>& exprs) {
  const SentenceAnalysis& s = doc.sentences[si];
  if (lex.participant_list_lead_words.empty()) return;
  if (!list.subjects.empty()) {  // a list of what the lead-in's subjects took part in
    int item = item_happening(doc, s);
    if (item >= 0 && list.items < kMaxItems) {
      ++list.items;
      // the item's own time: "Locked Shields, in April 2025"
      const TimeExpression* when = nullptr;
      for (const auto& x : exprs)
        if (x.resolved()) {
          when = &x;
          break;
        }
      if (!negated_item(lex, s))
        for (int who : list.subjects)
          out.push_back({who, item, EdgeType::participates_in, when ? when->anchor() : std::nullopt,
                         when && when->date ? when->until : std::nullopt, si, "participated_list", 0.65});
      return;
    }
    list = {};
  }
  if (list.open) {
    int name = item_name(doc, s);
    if (name >= 0 && list.items < kMaxItems) {
      ++list.items;
      bool party = list.type == EdgeType::party_to;
      int target = party ? targets.agreement : targets.happening;
      if (target >= 0 && !negated_item(lex, s)) {
        const char* pattern = party ? "party_list" : "participant_list";
        out.push_back({name, target, list.type, {}, {}, si, pattern, 0.65});
        for (int body : label_bodies(doc, s, name))
          out.push_back({body, target, list.type, {}, {}, si, pattern, 0.6});
      }
      return;
    }
    // "Country", "Team": a table's header cells (each a line of its own) before its first row
    if (list.items == 0 && s.mentions.empty() && s.tokens.size() <= kHeaderCellTokens && s.tokens.back().word) return;
    list.open = false;
  }
  if (auto who = lead_in_subjects(doc, lex, s); !who.empty() && !negated_item(lex, s)) list = {false, 0, std::move(who)};
  else if (party_lead_in(lex, s)) list = {true, 0, {}, EdgeType::party_to};
  else if (lead_in(lex, s)) list = {true, 0, {}};
}

}  // namespace newsgraph::detail

namespace newsgraph::detail {
namespace {

// Whether the pattern named ends with its source slot: the people it found are a list after its cue.
bool ends_with_source(const Lexicon& lex, const std::string& name) {
  for (const auto& p : lex.patterns)
    if (p.name == name)
      return !p.elements.empty() && p.elements.back().kind == PatternElement::Slot && p.elements.back().role == 'S';
  return false;
}

}  // namespace

void extend_person_lists(const DocAnalysis& doc, const Lexicon& lex, std::size_t si, std::size_t first_relation,
                         std::vector<Relation>& out) {
  const SentenceAnalysis& s = doc.sentences[si];
  std::vector<const Mention*> people;
  for (const auto& m : s.mentions)
    if (doc.entities[m.entity].type == NodeType::Person) people.push_back(&m);
  if (people.size() < 2) return;
  std::sort(people.begin(), people.end(), [](const Mention* a, const Mention* b) { return a->begin < b->begin; });
  std::size_t n = out.size();
  bool semicolon_list = semicolons_join_list(s);  // "; and C": the list's commas
  auto separator = [&](const KeyView& k) { return k == "," || k == "and" || (semicolon_list && k == ";"); };
  for (std::size_t r = first_relation; r < n; ++r) {
    // "signed by A, director of X, and B, head of Y": signatories are listed so too
    EdgeType type = out[r].type;
    if ((type != EdgeType::participates_in && type != EdgeType::party_to) || out[r].sentence != si ||
        doc.entities[out[r].source].type != NodeType::Person || !ends_with_source(lex, out[r].pattern))
      continue;
    auto first = std::find_if(people.begin(), people.end(), [&](const Mention* m) { return m->entity == out[r].source; });
    if (first == people.end()) continue;
    std::uint32_t at = (*first)->end;
    for (auto it = first + 1; it != people.end(); ++it) {
      const Mention& m = **it;
      if (m.begin < at) continue;
      bool stop = false;
      for (std::uint32_t t = at; t < m.begin && !stop; ++t)
        stop = lex.person_list_stop_set.count(s.tokens[t].key) > 0 && !(semicolon_list && s.tokens[t].key == ";");
      // the person's title ("Colonel", "Brigadier General") after the comma or "and" that lists them
      std::uint32_t k = m.begin;
      while (k > at && m.begin - k < 4 && s.tokens[k - 1].word && s.tokens[k - 1].capital) --k;
      // "signed by A, director of X, and by B, chief of Y": the list's "by" said again
      if (k > at + 1 && s.tokens[k - 1].key == "by" && separator(s.tokens[k - 2].key)) --k;
      if (stop || k == at || !separator(s.tokens[k - 1].key)) break;
      bool known = std::any_of(out.begin() + static_cast<long>(first_relation), out.end(), [&](const Relation& x) {
        return x.type == type && x.source == m.entity && x.target == out[r].target;
      });
      if (!known) out.push_back({m.entity, out[r].target, type, out[r].date, out[r].end, si, "person_list", 0.6});
      at = m.end;
    }
  }
}

}  // namespace newsgraph::detail
