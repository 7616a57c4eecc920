// Facts dated by a neighbouring sentence that dates their act by its noun (act_dates.hpp).
#include "relate/act_dates.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace newsgraph::detail {

namespace {

// The relation whose act `key` names (cues.json act_nouns, act_participles), if any.
const EdgeType* act_of(const std::vector<std::pair<std::string, EdgeType>>& words, std::string_view key) {
  auto w = std::find_if(words.begin(), words.end(), [&](const auto& n) { return n.first == key; });
  return w == words.end() ? nullptr : &w->second;
}

bool opens_phrase(std::string_view key) {
  return key == "the" || key == "its" || key == "their" || key == "this" || key == "'s";
}

}  // namespace

ActSentence read_act_sentence(const Lexicon& lex, const SentenceAnalysis& s, const std::vector<TimeExpression>& main_exprs, bool timed) {
  constexpr std::size_t kFirstWords = 5;
  ActSentence a;
  a.timed = timed;
  const auto& t = s.tokens;
  for (std::size_t k = 1; k < t.size() && k < kFirstWords && !a.act; ++k) {
    std::string_view key = t[k].key;
    const EdgeType* noun = act_of(lex.act_nouns, key);
    if (!noun) continue;
    // "The signing", "Its accession", "Portugal's admission", "The formal signing"
    bool opened = opens_phrase(t[k - 1].key) ||
                  (k >= 2 && opens_phrase(t[k - 2].key) && t[k - 1].word && !t[k - 1].capital);
    if (opened) a.act = *noun;
  }
  // "Signed on 1 October in Riga.", "Admitted in May.": a sentence opening with the act's participle
  if (const EdgeType* act = t.empty() || !t[0].capital ? nullptr : act_of(lex.act_participles, t[0].key)) a.act = *act;
  std::size_t points = 0;
  for (const auto& x : main_exprs)
    if (x.date && x.role == TimeRole::Point && !x.until) ++points, a.date = x.date;
  if (points != 1) a.date.reset();
  return a;
}

void date_by_neighbour_acts(const std::vector<ActSentence>& acts, std::vector<Relation>& out) {
  constexpr std::size_t kBack = 3;  // the act and two lines that tell nothing ("Ana Ruiz reports.", "[VO]")
  auto dates = [&](std::size_t at, EdgeType type) { return at < acts.size() && acts[at].act == type && acts[at].date; };
  auto states = [&](std::size_t at, EdgeType type) {
    return std::any_of(out.begin(), out.end(), [&](const Relation& o) { return o.sentence == at && o.type == type; });
  };
  // "Hungary is one of the EU's members. Montenegro's accession to NATO was completed in 2017.":
  // an act sentence that states its own fact of the relation tells the act of that fact's
  // subject (a signing: of that agreement), which dates no other one's fact
  auto owns = [&](std::size_t at, const Relation& r) {
    return !states(at, r.type) || std::any_of(out.begin(), out.end(), [&](const Relation& o) {
      // (a signing is the act of all the agreement's parties)
      return o.sentence == at && o.type == r.type &&
             (o.source == r.source || (r.type == EdgeType::party_to && o.target == r.target));
    });
  };
  for (auto& r : out) {
    if ((r.type != EdgeType::party_to && r.type != EdgeType::member_of) || r.date || r.end) continue;
    std::size_t si = r.sentence;
    if (si >= acts.size() || acts[si].timed || acts[si].act) continue;
    std::optional<std::size_t> from;
    for (std::size_t k = si; k > 0 && si - k < kBack && !from; --k) {
      if (dates(k - 1, r.type)) {
        if (owns(k - 1, r)) from = k - 1;
        break;
      } else if (acts[k - 1].timed || acts[k - 1].act || states(k - 1, r.type)) break;
    }
    if (!from && dates(si + 1, r.type) && owns(si + 1, r)) from = si + 1;
    if (from) r.date = acts[*from].date;
  }
}

void date_pledges_by_meeting(const DocAnalysis& doc, const std::vector<ActSentence>& acts,
                             const std::vector<std::string>& pledge_verbs, std::vector<Relation>& out) {
  auto pledged = [&](std::size_t si) {
    const auto& t = doc.sentences[si].tokens;
    return std::any_of(t.begin(), t.end(), [&](const Token& k) {
      return std::find(pledge_verbs.begin(), pledge_verbs.end(), k.key) != pledge_verbs.end();
    });
  };
  // The nations an entity is, belongs to, works for or leads a body of (two steps of the edges).
  auto nations = [&](int e) {
    std::vector<int> found, reached{e};
    for (int step = 0; step < 3; ++step) {
      std::vector<int> next;
      for (int x : reached) {
        if (doc.entities[static_cast<std::size_t>(x)].type == NodeType::Nation) found.push_back(x);
        for (const auto& o : out)
          if (o.source == x && (o.type == EdgeType::part_of || o.type == EdgeType::affiliated_with || o.type == EdgeType::leads))
            next.push_back(o.target);
      }
      reached = std::move(next);
    }
    return found;
  };
  auto share = [&](int a, int b) {
    auto na = nations(a), nb = nations(b);
    return std::any_of(na.begin(), na.end(), [&](int n) { return std::find(nb.begin(), nb.end(), n) != nb.end(); });
  };
  for (auto& r : out) {
    if (r.type != EdgeType::cooperates_with || r.date || r.end) continue;
    std::size_t si = r.sentence;
    if (si == 0 || si >= acts.size() || si >= doc.sentences.size() || acts[si].timed || !pledged(si)) continue;
    // the two sides that agreed are those of the meeting (or bodies of their nations), not others
    auto meeting = std::find_if(out.begin(), out.end(), [&](const Relation& o) {
      return o.sentence + 1 == si && o.type == EdgeType::met_with && o.date &&
             ((share(r.source, o.source) && share(r.target, o.target)) ||
              (share(r.source, o.target) && share(r.target, o.source)));
    });
    if (meeting != out.end()) r.date = meeting->date;
  }
}

}  // namespace newsgraph::detail
