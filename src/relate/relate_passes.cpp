// Passes over a document's relations once every sentence is read: what the
// lexicon knows, what names say of their nation, what headlines abbreviate.
#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "relate/passes.hpp"

namespace newsgraph::detail {
namespace {

void add(std::vector<Relation>& out, int a, int b, EdgeType type, std::size_t si, const char* pattern, double confidence) {
  if (a < 0 || b < 0 || a == b) return;
  out.push_back({a, b, type, std::nullopt, std::nullopt, si, pattern, confidence});
}

// A sentence that ties a person to what the lexicon says the person leads:
// a title of leading right before the name ("President Putin"), or the
// person named with it or with a place the lexicon puts in it ("Moscow ...
// Putin's war"). None when the document only names the person.
std::optional<std::size_t> lead_stated(const DocAnalysis& doc, const Lexicon& lex, int person, int led) {
  const std::string& led_label = lex.entities[doc.entities[led].lexicon].label;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const SentenceAnalysis& s = doc.sentences[si];
    bool named = false, tied = false;
    for (const auto& m : s.mentions) {
      if (m.entity == person) {
        named = true;
        for (const auto& r : s.roles) tied |= r.end == m.begin && r.relation == "leads";
      }
      int lex_id = doc.entities[m.entity].lexicon;
      tied |= m.entity == led || (lex_id >= 0 && lex.entities[lex_id].located_in == led_label);
    }
    if (named && tied) return si;
  }
  return std::nullopt;
}

// The first sentence naming both entities and denying nothing ("not a NATO body"), if any.
std::optional<std::size_t> named_together(const DocAnalysis& doc, const Lexicon& lex, int a, int b) {
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    bool has_a = false, has_b = false, denies = false;
    for (const auto& m : doc.sentences[si].mentions) has_a |= m.entity == a, has_b |= m.entity == b;
    for (const auto& t : doc.sentences[si].tokens) denies |= lex.negator_set.count(t.key) > 0;
    if (has_a && has_b && !denies) return si;
  }
  return std::nullopt;
}

}  // namespace

// What the lexicon knows (part_of, leads) between two entities the document names.
void lexicon_knowledge(const DocAnalysis& doc_, const Lexicon& lex_, std::vector<Relation>& out_) {
  std::map<int, int> by_lexicon;
  for (int e = 0; e < static_cast<int>(doc_.entities.size()); ++e)
    if (doc_.entities[e].lexicon >= 0) by_lexicon[doc_.entities[e].lexicon] = e;
  for (const auto& [lex_id, entity] : by_lexicon) {
    int e = entity;  // clang 14 (make fuzz) cannot capture a structured binding
    const LexEntity& le = lex_.entities[lex_id];
    // A body's owner, a state ("ANSSI" of France) or an organisation ("SHAPE" of NATO), only
    // where one sentence names both: a mere mention of the body says nothing of its owner.
    auto owner = lex_.find_entity(le.part_of);
    // "NATO's Computer Incident Response Capability": an owner the document does not name
    // gives way to its own owner ("NCIRC" of the NCIA of NATO), up to two steps up
    for (int up = 0; up < 2 && owner && !by_lexicon.count(*owner) && !lex_.entities[*owner].part_of.empty(); ++up)
      owner = lex_.find_entity(lex_.entities[*owner].part_of);
    if (owner && by_lexicon.count(*owner))
      if (auto si = named_together(doc_, lex_, e, by_lexicon[*owner]))
        add(out_, e, by_lexicon[*owner], EdgeType::part_of, *si, "lexicon_part_of", 0.6);
    // Who leads what is asserted only where the text ties the two together.
    auto led = lex_.find_entity(le.leads);
    if (le.leads.empty() || !led || !by_lexicon.count(*led)) continue;
    if (auto si = lead_stated(doc_, lex_, e, by_lexicon[*led]))
      add(out_, e, by_lexicon[*led], EdgeType::leads, *si, "lexicon_leads", 0.6);
  }
}

int closing_nation(const DocAnalysis& doc_, const Lexicon& lex_, const SentenceAnalysis& s, const Mention& m);

// "U.S. Cyber Command", "the Latvian Ministry of Defence": a name of a state
// body (patterns.json state_body_words) that opens with a nation the
// document names belongs to that nation ("Korea Institute of ..." does not).
void names_naming_their_nation(const DocAnalysis& doc_, const Lexicon& lex_, std::vector<Relation>& out_) {
  // a body the text places inside another body ("ASD's Australian Cyber Security Centre")
  // belongs to that one; its name's nation says no more
  std::set<int> done;
  for (const auto& r : out_)
    if (r.type == EdgeType::part_of && doc_.entities[r.target].type == NodeType::Organisation) done.insert(r.source);
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
    const SentenceAnalysis& s = doc_.sentences[si];
    for (const auto& m : s.mentions) {
      // a body first named by its acronym ("ASD") is still read at its full name
      if (doc_.entities[m.entity].type != NodeType::Organisation || done.count(m.entity)) continue;
      bool state_body = false;
      for (std::uint32_t k = m.begin; k < m.end; ++k) state_body |= lex_.state_body_set.count(s.tokens[k].key) > 0;
      // "Cyber Security Agency of Singapore": a state body's name closing with its nation; it
      // outweighs a nation the name opens with ("Georgia National Guard of the United States")
      int closing = state_body ? closing_nation(doc_, lex_, s, m) : -1;
      if (closing >= 0) add(out_, m.entity, closing, EdgeType::part_of, si, "name_closes_with_nation", 0.7);
      if (closing >= 0) done.insert(m.entity);
      int nation = state_body && closing < 0 ? opening_nation(doc_, lex_, s, m) : -1;
      if (nation >= 0) add(out_, m.entity, nation, EdgeType::part_of, si, "name_opens_with_nation", 0.7);
      if (nation >= 0) done.insert(m.entity);
    }
  }
}

// The nation after the last "of" (and "the") of a mention's name, or -1.
int closing_nation(const DocAnalysis& doc_, const Lexicon& lex_, const SentenceAnalysis& s, const Mention& m) {
  std::uint32_t of = m.end;
  for (std::uint32_t k = m.end; k-- > m.begin + 1;)
    if (s.tokens[k].key == "of") {
      of = k;
      break;
    }
  // "CERT Tonga", "CSIRT Malta": a response team's word in capitals, then its nation
  if (of == m.end && m.end - m.begin == 2 && s.tokens[m.begin].all_caps && lex_.state_body_set.count(s.tokens[m.begin].key))
    of = m.begin;
  if (of + 1 >= m.end || m.end - of > 5) return -1;
  // the mention names its own entity ("AFP" bound to another body's name says nothing of it)
  if (!doc_.entities[m.entity].label.ends_with(s.tokens[m.end - 1].text)) return -1;
  std::uint32_t from = s.tokens[of + 1].key == "the" ? of + 2 : of + 1;
  std::string key;
  for (std::uint32_t k = from; k < m.end; ++k) key += (key.empty() ? "" : " ") + s.tokens[k].key;
  auto hits = lex_.gazetteer.find(key);
  if (hits == lex_.gazetteer.end()) return -1;
  for (const auto& h : hits->second) {
    if (lex_.entities[h.entity].type != NodeType::Nation || h.form == LexForm::Demonym) continue;
    for (int e = 0; e < static_cast<int>(doc_.entities.size()); ++e)
      if (doc_.entities[e].lexicon == static_cast<int>(h.entity)) return e;
  }
  return -1;
}

int opening_nation(const DocAnalysis& doc_, const Lexicon& lex_, const SentenceAnalysis& s, const Mention& m) {
  std::string key;
  for (std::uint32_t k = m.begin; k + 1 < m.end && k < m.begin + 3; ++k) {
    key += (key.empty() ? "" : " ") + s.tokens[k].key;
    auto hits = lex_.gazetteer.find(key);
    if (hits == lex_.gazetteer.end()) continue;
    for (const auto& h : hits->second) {
      if (lex_.entities[h.entity].type != NodeType::Nation) continue;
      if (h.exact_case && !s.tokens[m.begin].all_caps) continue;
      for (int e = 0; e < static_cast<int>(doc_.entities.size()); ++e)
        if (doc_.entities[e].lexicon == static_cast<int>(h.entity)) return e;
    }
  }
  return -1;
}

// A headline abbreviates: "X joins NATO" over a body that says which NATO
// body X joined. A headline edge goes when the body states the same kind of
// fact about other targets and never about the headline's (memberships and
// participations: the facts headlines shorten).
void headlines_abbreviate(const DocAnalysis& doc_, std::string_view text_, std::vector<Relation>& out_) {
  // A first line that does not end a sentence is a title (pages often repeat it).
  std::string_view first_line = text_.substr(0, text_.find('\n'));
  while (!first_line.empty() && std::isspace(static_cast<unsigned char>(first_line.back()))) first_line.remove_suffix(1);
  bool titled = !first_line.empty() && std::string_view(".!?\"'").find(first_line.back()) == std::string_view::npos;
  auto sentence_text = [&](std::size_t si) {
    return text_.substr(doc_.sentences[si].start, doc_.sentences[si].end - doc_.sentences[si].start);
  };
  auto in_title = [&](std::size_t si) {
    std::string_view t = sentence_text(si);
    // a sentence inside the first line is in it (no search through a long line)
    return titled && !t.empty() && (doc_.sentences[si].end <= first_line.size() || first_line.find(t) != std::string_view::npos);
  };
  std::vector<signed char> headline(doc_.sentences.size(), -1);  // per sentence, worked out once
  auto in_headline = [&](const Relation& r) {
    if (headline[r.sentence] < 0) headline[r.sentence] = doc_.sentences[r.sentence].headline || in_title(r.sentence);
    return headline[r.sentence] == 1;
  };
  // The targets the body gives each type of fact (one pass: a nested loop was quadratic).
  std::map<EdgeType, std::set<int>> body_targets;
  for (const auto& b : out_)
    if (!in_headline(b)) body_targets[b.type].insert(b.target);
  std::vector<Relation> kept;
  for (const auto& r : out_) {
    if (in_headline(r) && (r.type == EdgeType::member_of || r.type == EdgeType::participates_in)) {
      auto body = body_targets.find(r.type);
      bool same = body != body_targets.end() && body->second.count(r.target) > 0;
      bool other = body != body_targets.end() && body->second.size() > (same ? 1u : 0u);
      if (other && !same) continue;
    }
    kept.push_back(r);
  }
  out_ = std::move(kept);
}

// "the two adopted the programme": the nations and organisations the two lead.
void people_act_for_what_they_lead(const DocAnalysis& doc_, std::vector<Relation>& out_) {
  std::map<int, int> leads;
  for (const auto& r : out_)
    if (r.type == EdgeType::leads && doc_.entities[r.target].type != NodeType::Person) leads.emplace(r.source, r.target);
  // An envoy or a counterpart acts for the nation it is named with.
  for (const auto& r : out_)
    if (r.type == EdgeType::affiliated_with && doc_.entities[r.target].type == NodeType::Nation)
      leads.emplace(r.source, r.target);
  // A body the person's own title named ("Finland's Minister of Defence, A, signed"): a
  // minister signs for the state the title says.
  std::map<int, int> title_state;
  for (const auto& r : out_)
    if (r.type == EdgeType::part_of && r.pattern == "role_apposition" && doc_.entities[r.target].type == NodeType::Nation)
      title_state.emplace(r.source, r.target);
  std::vector<Relation> kept;
  for (auto& r : out_) {
    bool acts = r.type == EdgeType::party_to || r.type == EdgeType::cooperates_with;
    if (acts && doc_.entities[r.source].type == NodeType::Person) {
      auto it = leads.find(r.source);
      if (it == leads.end()) continue;
      auto state = r.type == EdgeType::party_to ? title_state.find(it->second) : title_state.end();
      r.source = state != title_state.end() ? state->second : it->second;
    }
    if (r.type == EdgeType::cooperates_with && doc_.entities[r.target].type == NodeType::Person) {
      auto it = leads.find(r.target);
      if (it == leads.end() || it->second == r.source) continue;
      r.target = it->second;
    }
    kept.push_back(std::move(r));
  }
  out_ = std::move(kept);
}

namespace {

// Whether an agreement's name has a word of a deal between two ("Memorandum").
bool bilateral_name(const Lexicon& lex, const std::string& label) {
  std::size_t pos = 0;
  while (pos < label.size()) {
    std::size_t end = label.find_first_of(" -", pos);
    if (end == std::string::npos) end = label.size();
    if (end > pos && lex.bilateral_agreement_set.count(lex.token_key(std::string_view(label).substr(pos, end - pos))))
      return true;
    pos = end + 1;
  }
  return false;
}

}  // namespace

std::set<std::pair<std::size_t, int>> nation_parties(const DocAnalysis& doc_, const std::vector<Relation>& out_) {
  std::set<std::pair<std::size_t, int>> out;
  for (const auto& r : out_)
    if (r.type == EdgeType::party_to && doc_.entities[r.source].type == NodeType::Nation) out.insert({r.sentence, r.source});
  return out;
}

std::vector<Relation> co_party_pairs(const DocAnalysis& doc_, const Lexicon& lex, const std::vector<Relation>& out_,
                                     const std::set<std::pair<std::size_t, int>>& direct) {
  std::map<std::pair<std::size_t, int>, std::vector<const Relation*>> parties;  // (sentence, agreement) -> party_to
  for (const auto& r : out_) {
    if (r.type != EdgeType::party_to || !bilateral_name(lex, doc_.entities[r.target].label)) continue;
    NodeType t = doc_.entities[r.source].type;
    if (t != NodeType::Organisation && !(t == NodeType::Nation && direct.count({r.sentence, r.source}))) continue;
    auto& v = parties[{r.sentence, r.target}];
    auto same = std::find_if(v.begin(), v.end(), [&](const Relation* x) { return x->source == r.source; });
    if (same == v.end()) v.push_back(&r);
    else if (!(*same)->date && r.date) *same = &r;  // the signing's date, not an undated naming of the parties
  }
  // named in the sentence: "the two countries signed" may be any two before (or a multilateral deal's signers)
  auto named = [&](std::size_t si, int e) {
    const auto& ms = doc_.sentences[si].mentions;
    return std::any_of(ms.begin(), ms.end(), [&](const Mention& m) { return m.entity == e; });
  };
  std::vector<Relation> pairs;
  // "the Government of the Republic of Kenya" and Kenya: a body named after a nation is the nation's own
  auto names_nation = [&](int a, int b) {
    const auto& ea = doc_.entities[a];
    const auto& eb = doc_.entities[b];
    if (ea.type == NodeType::Nation && eb.type != NodeType::Nation) return eb.label.find(ea.label) != std::string::npos;
    if (eb.type == NodeType::Nation && ea.type != NodeType::Nation) return ea.label.find(eb.label) != std::string::npos;
    return false;
  };
  for (const auto& [key, v] : parties) {
    if (v.size() != 2 || !named(key.first, v[0]->source) || !named(key.first, v[1]->source)) continue;
    if (names_nation(v[0]->source, v[1]->source)) continue;
    const Relation* dated = v[0]->date || !v[1]->date ? v[0] : v[1];
    pairs.push_back({v[0]->source, v[1]->source, EdgeType::cooperates_with, dated->date, dated->end, key.first,
                     "co_parties", std::min(v[0]->confidence, v[1]->confidence) * 0.9});
  }
  return pairs;
}

void add_unlinked_cooperation(std::vector<Relation> pairs, std::vector<Relation>& out_) {
  std::set<std::pair<int, int>> linked;  // part_of or already cooperating, either way round
  for (const auto& r : out_)
    if (r.type == EdgeType::part_of || r.type == EdgeType::cooperates_with)
      linked.insert({r.source, r.target}), linked.insert({r.target, r.source});
  for (auto& r : pairs)
    if (linked.insert({r.source, r.target}).second && linked.insert({r.target, r.source}).second) out_.push_back(std::move(r));
}

// "X of the agency" (affiliated) and "X, head of the agency" (leads) in one
// document: the person leads it; the weaker reading goes.
void leading_is_more_than_affiliation(std::vector<Relation>& out_) {
  // A dated affiliation with a date of its own ("joined X in 2012, heads it
  // since 2019") is an earlier fact, not the weaker reading of the lead.
  std::map<std::pair<int, int>, std::optional<Date>> leads;
  for (const auto& r : out_)
    if (r.type == EdgeType::leads) leads.emplace(std::pair{r.source, r.target}, r.date);
  std::erase_if(out_, [&](const Relation& r) {
    if (r.type != EdgeType::affiliated_with) return false;
    auto it = leads.find({r.source, r.target});
    if (it == leads.end()) return false;
    return !r.date || (it->second && *it->second == *r.date);
  });
}

void delegation_nation_yields_to_body(std::vector<Relation>& out_) {
  auto ties = [](const Relation& r) { return r.type == EdgeType::leads || r.type == EdgeType::affiliated_with; };
  auto from_delegation = [](const Relation& r) { return r.pattern.find("delegation") != std::string::npos; };
  std::set<std::tuple<std::size_t, int, int>> tied;  // sentence, person, what the sentence ties the person to
  for (const auto& r : out_)
    if (ties(r) && !from_delegation(r)) tied.insert({r.sentence, r.source, r.target});
  std::erase_if(out_, [&](const Relation& r) {
    if (!ties(r) || !from_delegation(r)) return false;
    auto it = tied.lower_bound({r.sentence, r.source, -1});
    for (; it != tied.end() && std::get<0>(*it) == r.sentence && std::get<1>(*it) == r.source; ++it)
      if (std::get<2>(*it) != r.target) return true;
    return false;
  });
}

// "Latvia's NATO membership": the possessive reads as NATO part of Latvia,
// the same sentence states Latvia a member of NATO; the membership stands.
void membership_is_not_ownership(std::vector<Relation>& out_) {
  std::set<std::tuple<std::size_t, int, int>> members;
  for (const auto& r : out_)
    if (r.type == EdgeType::member_of) members.insert({r.sentence, r.source, r.target});
  if (members.empty()) return;
  std::erase_if(out_, [&](const Relation& r) {
    return r.type == EdgeType::part_of && members.count({r.sentence, r.target, r.source}) > 0;
  });
}

// The two heads of the delegations one sentence names for talks met there: "The Indian
// delegation was led by A, while the French side was headed by B" (only two heads, of one occasion).
void delegation_heads_met(std::vector<Relation>& out) {
  static const std::set<std::string_view> kHeads = {"delegation_led_by_person", "gapped_delegation_led_by_person",
                                                    "delegation_led_by"};
  std::map<std::pair<std::size_t, int>, std::vector<const Relation*>> heads;  // (sentence, occasion) -> heads
  for (const auto& r : out)
    if (r.type == EdgeType::participates_in && kHeads.count(r.pattern)) {
      auto& list = heads[{r.sentence, r.target}];
      if (std::none_of(list.begin(), list.end(), [&](const Relation* h) { return h->source == r.source; })) list.push_back(&r);
    }
  std::vector<Relation> met;
  for (const auto& [key, list] : heads) {
    if (list.size() != 2) continue;
    int a = list[0]->source, b = list[1]->source;
    bool known = std::any_of(out.begin(), out.end(), [&](const Relation& r) {
      return r.type == EdgeType::met_with && ((r.source == a && r.target == b) || (r.source == b && r.target == a));
    });
    if (known) continue;
    Relation m = *list[0];
    m.target = b, m.type = EdgeType::met_with, m.pattern = "delegation_heads_met", m.confidence = 0.65;
    met.push_back(m);
  }
  out.insert(out.end(), met.begin(), met.end());
}

void date_by_opening(std::vector<Relation>& out) {
  std::map<int, Date> opened;  // unit -> the day (or month, year) it opened
  for (const auto& r : out)
    if (r.type == EdgeType::part_of && r.date && r.pattern.starts_with("opened_")) opened.emplace(r.source, *r.date);
  if (opened.empty()) return;
  for (auto& r : out) {
    if ((r.type != EdgeType::part_of && r.type != EdgeType::located_in) || r.date || r.end) continue;
    if (auto at = opened.find(r.source); at != opened.end()) r.date = at->second;
  }
}

}  // namespace newsgraph::detail
