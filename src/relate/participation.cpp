#include "relate/participation.hpp"

#include <algorithm>
#include <map>
#include <string_view>

#include "relate/clauses.hpp"
#include "relate/cue_words.hpp"

namespace newsgraph::detail {
namespace {

bool is_happening(NodeType t) { return t == NodeType::Exercise || t == NodeType::Event; }

bool is_actor(NodeType t) { return t == NodeType::Nation || t == NodeType::Organisation; }

// The cue at or after item `from` (a word or two): its first item, else
// items.size(). Items are indexed (index_words()): word ids stand for keys.
std::size_t find_cue(const Lexicon& lex, const std::vector<Item>& items, std::size_t from, std::size_t& len) {
  const DocumentParticipation& d = lex.document_participation;
  const CueWords& ids = cue_words(lex);
  for (std::size_t i = from; i < items.size(); ++i) {
    if (items[i].is_entity() || items[i].key.empty()) continue;
    std::uint16_t m = ids.complete ? ids.of(items[i].word) : 0;
    if (i + 1 < items.size() && !items[i + 1].is_entity() &&
        (ids.complete ? (m & CueWords::participation_head) != 0 : d.cue_heads.count(items[i].key) > 0) &&
        d.cue_set.count(two_words(items[i].key, items[i + 1].key))) {
      len = 2;
      return i;
    }
    if (ids.complete ? (m & CueWords::participation_cue) != 0 : d.cue_set.count(items[i].key) > 0) {
      len = 1;
      return i;
    }
  }
  return items.size();
}

struct Reader {
  const Lexicon& lex;
  const ItemContext& ctx;
  const SentenceAnalysis& s;
  const std::vector<Item>& items;
  NodeType topic_type;
  const DocumentParticipation& d = lex.document_participation;

  bool actor_item(std::size_t i) const {
    const Item& it = items[i];
    if (it.key == "<pair>" || it.key == "<role>") return false;
    if (!it.group.empty())
      return std::all_of(it.group.begin(), it.group.end(), [&](int e) { return is_actor(entity_type(ctx, e)); });
    return it.entity >= 0 && is_actor(entity_type(ctx, it.entity));
  }
  void add(std::vector<int>& out, std::size_t i) const {
    if (items[i].group.empty()) out.push_back(items[i].entity);
    else out.insert(out.end(), items[i].group.begin(), items[i].group.end());
  }
  // "the Dutch team", "Romanian teams": the people noun a nation's item holds or is followed by.
  bool people_after(std::size_t i) const {
    const auto& toks = s.tokens;
    std::size_t last = items[i].end;
    if (last > 0 && last <= toks.size() && d.people_set.count(toks[last - 1].key)) return true;
    return i + 1 < items.size() && !items[i + 1].is_entity() && d.people_set.count(items[i + 1].key);
  }
  bool people_word(std::size_t i) const { return !items[i].is_entity() && d.people_set.count(items[i].key) > 0; }
  // Words between a subject and its verb that change nothing of who did it.
  bool auxiliary(std::string_view k) const { return d.auxiliary_set.count(k) > 0; }

  // The coordinated actors ending at item `last` ("A, B and C", "A and of B"),
  // walking back; `first` gets the first item of the list.
  std::vector<int> list_before(std::size_t last, std::size_t& first) const {
    std::vector<int> out;
    std::size_t at = last;
    add(out, at);
    while (at > 0) {
      std::size_t k = at;
      while (k > 0 && (items[k - 1].key == "," || items[k - 1].key == "and" || items[k - 1].key == "the" ||
                       ((items[k - 1].key == "of" || items[k - 1].key == "from") && k >= 2 && items[k - 2].key == "and")))
        --k;
      if (k == at || k == 0 || !actor_item(k - 1)) break;
      if (k + 1 == at && items[k].key == "the") break;  // no separator: "the" alone joins nothing
      at = k - 1;
      add(out, at);
    }
    first = at;
    return out;
  }

  // What may stand before a subject: the clause's start or a word that opens one.
  bool opens_subject(std::size_t first) const {
    if (first == 0) return true;
    return d.subject_opener_set.count(items[first - 1].key) > 0;
  }

  // The actors that are the subject of the cue at `cue`: "A and B took part",
  // "Croatian and Dutch teams joined", "teams from A and B joined",
  // "Representatives of A and of B attended", "A units from 22 states took part".
  std::vector<int> subjects(std::size_t cue) const {
    std::size_t j = cue;
    while (j > 0 && !items[j - 1].is_entity() && auxiliary(items[j - 1].key)) --j;
    if (j == 0) return {};
    std::size_t first = 0;
    if (actor_item(j - 1)) {
      auto list = list_before(j - 1, first);
      // "teams from A and B": the people noun before is the subject
      if (first >= 2 && (items[first - 1].key == "from" || items[first - 1].key == "of")) {
        std::size_t n = first - 2;
        if (people_word(n) || (n >= 1 && people_word(n - 1) && lower_word(items[n]))) return list;
        return {};
      }
      return opens_subject(first) ? list : std::vector<int>{};
    }
    // "A units from 22 states": a few words after "from", then the people noun after the actors
    std::size_t k = j;
    while (k > 0 && j - k < 4 && !items[k - 1].is_entity() && items[k - 1].key != "from") --k;
    if (k > 0 && items[k - 1].key == "from") j = k - 1;
    // "Mexican army units from 12 regions": the people noun read into the actor's item
    if (j > 0 && j < cue && actor_item(j - 1) && people_after(j - 1)) {
      auto list = list_before(j - 1, first);
      return opens_subject(first) ? list : std::vector<int>{};
    }
    if (j == 0 || !people_word(j - 1)) return {};
    std::size_t noun = j - 1;
    while (noun > 0 && lower_word(items[noun - 1]) && noun + 3 > j && !auxiliary(items[noun - 1].key) &&
           items[noun - 1].key != "and")  // "Estonian cyber defence teams"
      --noun;
    if (noun == 0 || !actor_item(noun - 1)) return {};
    auto list = list_before(noun - 1, first);
    return opens_subject(first) ? list : std::vector<int>{};
  }

  // What follows the cue names something else taken part in: "joined NATO",
  // "took part in talks", "joined forces" (not "joined the hosts", "took part
  // in the drill", "took part in April").
  bool other_object(std::size_t cue, std::size_t len) const {
    std::size_t i = cue + len;
    if (i < items.size() && (items[i].key == "in" || items[i].key == "at" || items[i].key == "to")) ++i;
    bool definite = i < items.size() && (items[i].key == "the" || items[i].key == "this" || items[i].key == "that");
    // "joined their Polish colleagues": a possessive before a nation's people is as "the"
    bool possessive = i + 1 < items.size() && (items[i].key == "their" || items[i].key == "its") &&
                      items[i + 1].is_entity() && people_after(i + 1);
    if (definite || possessive) ++i;
    if (i >= items.size()) return false;
    const Item& it = items[i];
    // "observed that the drill was hard", "said that Estonia took part": a
    // clause follows, what was observed or said is no exercise taken part in
    if (definite && items[i - 1].key == "that" && (it.is_entity() || d.clause_opener_set.count(it.key)))
      return true;
    if (it.is_entity()) {
      if (it.entity >= 0 && is_happening(entity_type(ctx, it.entity))) return false;
      if (i + 1 < items.size() && (items[i + 1].key == "hosts" || items[i + 1].key == "host" || people_word(i + 1)))
        return false;
      // "joined American soldiers": a nation's people read into its item are no other thing joined
      if (people_after(i)) return false;
      return it.entity >= 0 && entity_type(ctx, it.entity) != NodeType::Place;
    }
    if (!lower_word(it) || lex.temporal.date_cues.count(it.key) || lex.temporal.months.count(it.key)) return false;
    // "joined them as the first non-Baltic participant": the teams just told of
    // (not "joined them in condemning the attack": another thing done with them)
    if (it.key == "them")
      return i + 2 < items.size() && items[i + 1].key == "in" && items[i + 2].key.ends_with("ing");
    // "joined the hosts", "joined the troops": the people of the same exercise (not "the staff of X")
    bool of_after = i + 1 < items.size() && items[i + 1].key == "of";
    if (definite && !of_after && (it.key == "hosts" || people_word(i))) return false;
    // "the drill" is the topic; "talks", "a conference" are not
    auto topic_noun = [&](std::size_t k) { return definite && lex.anaphor_type.find(items[k].key)->second == topic_type; };
    if (lex.anaphor_type.count(it.key)) return !topic_noun(i);
    // an adjective before the noun: "the five-day scenario", "the annual drill"
    if (i + 1 < items.size() && lex.anaphor_type.count(items[i + 1].key)) return !topic_noun(i + 1);
    return !d.free_word_set.count(it.key);
  }

  bool other_edition() const { return other_edition_at(lex, ctx, s, items, 0, items.size()) < items.size(); }
};

}  // namespace

std::size_t other_edition_at(const Lexicon& lex, const ItemContext& ctx, const SentenceAnalysis& s,
                             const std::vector<Item>& items, std::size_t from, std::size_t to) {
  const DocumentParticipation& d = lex.document_participation;
  to = std::min(to, items.size());
  for (std::size_t i = from; i < to; ++i) {
    // "the previous drill" read as a mention of the exercise: the word is inside it
    if (items[i].entity >= 0 && is_happening(entity_type(ctx, items[i].entity)))
      for (std::uint32_t t = items[i].begin; t < items[i].end && t < s.tokens.size(); ++t)
        if (d.edition_set.count(s.tokens[t].key)) return i;
    if (items[i].is_entity() || !d.edition_set.count(items[i].key)) continue;
    for (std::size_t k = i + 1; k < items.size() && k < i + 4; ++k) {
      auto t = lex.anaphor_type.find(items[k].key);
      if ((t != lex.anaphor_type.end() && is_happening(t->second)) || items[k].key == "edition" ||
          items[k].key == "year" || (items[k].entity >= 0 && is_happening(entity_type(ctx, items[k].entity))))
        return i;
    }
  }
  return items.size();
}

int document_topic(const DocAnalysis& doc) {
  std::map<int, int> count;
  std::map<int, bool> early;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si)
    for (const auto& m : doc.sentences[si].mentions) {
      if (!is_happening(doc.entities[m.entity].type)) continue;
      ++count[m.entity];
      if (si < 3 || doc.sentences[si].headline) early[m.entity] = true;
    }
  int best = -1, best_count = 0, second = 0;
  for (const auto& [e, n] : count) {
    if (n > best_count) second = best_count, best = e, best_count = n;
    else if (n > second) second = n;
  }
  if (best < 0 || best_count == second) return -1;
  // named at the start, or the only one and named again
  if (!early[best] && !(count.size() == 1 && best_count >= 2)) return -1;
  return best;
}

// Whether a new line starts between token `at` - 1 and token `at` of s.
bool line_ends_after(const SentenceAnalysis& s, std::size_t at, std::string_view text) {
  std::size_t from = s.tokens[at - 1].end, to = s.tokens[at].start;
  return to > from && to <= text.size() && text.substr(from, to - from).find('\n') != std::string_view::npos;
}

int document_author(const DocAnalysis& doc, std::string_view text) {
  if (doc.sentences.empty() || doc.sentences[0].mentions.empty()) return -1;
  const auto& s = doc.sentences[0];
  const Mention& m = s.mentions[0];
  // a state's letterhead ("REPUBLIC OF SLOVENIA" over a minister's speech) speaks for the state
  bool letterhead = doc.entities[m.entity].type == NodeType::Nation && m.begin <= 2 &&
                    std::all_of(s.tokens.begin(), s.tokens.begin() + m.end, [](const Token& t) { return t.all_caps; });
  if (letterhead) return m.end == s.tokens.size() || line_ends_after(s, m.end, text) ? m.entity : -1;
  if (m.begin != 0 || doc.entities[m.entity].type != NodeType::Organisation) return -1;
  // the name is the whole first line: what follows it (if anything) starts on another line
  if (m.end < s.tokens.size()) {
    std::size_t from = s.tokens[m.end - 1].end, to = s.tokens[m.end].start;
    if (to <= from || to > text.size() || text.substr(from, to - from).find('\n') == std::string_view::npos) return -1;
  }
  return m.entity;
}

std::vector<ParticipationClaim> participation_claims(const Lexicon& lex, const ItemContext& ctx,
                                                     const SentenceAnalysis& s, const std::vector<Item>& items, int topic) {
  std::vector<ParticipationClaim> out;
  if (topic < 0 || items.empty() || lex.document_participation.cue_set.empty()) return out;
  Reader r{lex, ctx, s, items, entity_type(ctx, topic)};
  // Most clauses name no nation or organisation (no subject) or have no cue:
  // the cheap tests first, the costlier ones below only where a claim may be.
  bool actor = false;
  for (std::size_t i = 0; i < items.size(); ++i) {
    // another exercise or event is what the clause speaks of
    if (items[i].entity >= 0 && items[i].entity != topic && is_happening(entity_type(ctx, items[i].entity))) return out;
    actor = actor || r.actor_item(i);
  }
  if (!actor) return out;
  std::size_t len = 0;
  std::size_t first_cue = find_cue(lex, items, 0, len);
  if (first_cue == items.size()) return out;
  if (negated(lex, s, items, 0, items.size() - 1)) return out;  // "did not take part", "plans to join"
  if (r.other_edition()) return out;
  for (std::size_t cue = first_cue; cue < items.size(); cue = find_cue(lex, items, cue + len, len)) {
    if (r.other_object(cue, len)) continue;
    // "talks at the Command, which were attended by X": what was attended attended nothing
    if (cue + len < items.size() && items[cue + len].key == "by" && items[cue + len - 1].key == "attended") continue;
    // "A signed for Manila, while Singapore was represented by B": represented at the signing
    if (items[cue].key == "represented" &&
        std::any_of(s.tokens.begin(), s.tokens.end(), [&](const Token& t) { return lex.signing_verb_set.count(t.key) > 0; }))
      continue;
    auto sources = r.subjects(cue);
    if (!sources.empty()) out.push_back({std::move(sources), items[cue].begin});
  }
  return out;
}

}  // namespace newsgraph::detail
