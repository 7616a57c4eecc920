#include "relate/items.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "relate/item_builder.hpp"
#include "relate/passes.hpp"

namespace newsgraph::detail {

using namespace std::string_view_literals;  // compared by size first, not by strlen and memcmp

int ItemBuilder::role_at(std::size_t i) const {
  if (i >= items.size() || items[i].key != "<role>"sv) return -1;
  return static_cast<int>(items[i].group.empty() ? -1 : items[i].group[0]);
}

void ItemBuilder::tokens_to_items() {
  thread_local std::vector<int> mention_at, role_start;  // kept: no allocation per sentence
  mention_at.assign(s.tokens.size(), -1), role_start.assign(s.tokens.size(), -1);
  items.reserve(s.tokens.size());
  for (std::size_t m = 0; m < s.mentions.size(); ++m) mention_at[s.mentions[m].begin] = static_cast<int>(m);
  for (std::size_t r = 0; r < s.roles.size(); ++r) role_start[s.roles[r].begin] = static_cast<int>(r);
  std::uint32_t n = static_cast<std::uint32_t>(s.tokens.size());
  for (std::uint32_t i = 0; i < n;) {
    if (mention_at[i] >= 0) {
      i = push_mention(i, mention_at);
      continue;
    }
    // "met Maes and de Vries": a surname's lower-case particles go with the person named after them
    if (std::uint32_t j = particles_before_person(i, mention_at); j > i && (i = j)) continue;
    if (role_start[i] >= 0) {
      const RoleSpan& r = s.roles[role_start[i]];
      items.push_back({-1, {role_start[i]}, "<role>", r.begin, r.end});
      i = r.end;
      // "Lt Gen (retd) Vikram Bhandari": a retired officer's mark after the rank is part of it
      if (std::uint32_t mark = retired_mark(i)) items.back().end = i = mark;
      items.back().end = i = portfolio_tail(i, mention_at);
      continue;
    }
    const Token& t = s.tokens[i];
    if (!maybe_special(t.key)) {  // most tokens: a plain word or mark, built in place
      Item& it = items.emplace_back();
      it.key = t.key, it.begin = i, it.end = i + 1;
      if (t.capital) it.group = compound_nations(t);
      ++i;
      continue;
    }
    if (t.key == "\""sv) {
      ++i;
      continue;
    }
    if (std::uint32_t taken = push_special(i, role_start)) {
      i += taken;
      continue;
    }
    items.push_back({-1, t.capital ? compound_nations(t) : std::vector<int>{}, t.key, i, i + 1});
    ++i;
  }
}

// "a joint Romanian-Polish team", "the Korea-Japan talks": the nations a
// compound word names, each part one, as a coordinated list; else none.
std::vector<int> ItemBuilder::compound_nations(const Token& t) const {
  if (!t.word || !t.capital || t.text.find('-') == std::string_view::npos) return {};
  std::vector<int> out;
  std::string_view text = t.text;
  for (std::size_t from = 0; from <= text.size();) {
    std::size_t dash = std::min(text.find('-', from), text.size());
    int e = detail::part_entity(*ctx.doc, *ctx.lex, std::string(text.substr(from, dash - from)));
    if (e < 0 || type(e) != NodeType::Nation || std::find(out.begin(), out.end(), e) != out.end()) return {};
    out.push_back(e);
    from = dash + 1;
  }
  return out.size() >= 2 ? out : std::vector<int>{};
}

// "the Swedish company Norrsken AB": a demonym before a noun of a firm (cues.json org_nouns)
// and the firm's name says where the firm is from, not that the nation acts: the firm is
// the item (from the demonym on). The token after it, else 0.
std::uint32_t ItemBuilder::national_firm(std::uint32_t i, const std::vector<int>& mention_at) {
  const Mention& m = s.mentions[mention_at[i]];
  std::uint32_t noun = m.end;
  if (m.kind != MentionKind::Demonym || type(m.entity) != NodeType::Nation || noun + 1 >= s.tokens.size() ||
      s.tokens[noun].capital || !ctx.lex->org_noun_set.count(s.tokens[noun].key) || mention_at[noun + 1] < 0 ||
      type(s.mentions[mention_at[noun + 1]].entity) != NodeType::Organisation)
    return 0;
  std::uint32_t after = push_mention(noun + 1, mention_at);
  items.back().begin = i;
  return after;
}

// "the Locked Shields cyber exercise, which ended in Riga": up to two lower-case words
// and an exercise's class noun (cues anaphors of type Exercise) after an exercise's
// name belong to it; the token after them, else i.
std::uint32_t ItemBuilder::class_noun_after(std::uint32_t i) const {
  const auto& toks = s.tokens;
  std::uint32_t j = i < toks.size() && toks[i].key == "\""sv ? i + 1 : i;  // past a closing quote
  for (std::uint32_t k = j; k < toks.size() && k < j + 3; ++k) {
    if (!toks[k].word || toks[k].capital) return i;
    if (auto noun = ctx.lex->anaphor_type.find(toks[k].key); noun != ctx.lex->anaphor_type.end())
      return noun->second == NodeType::Exercise ? k + 1 : i;
  }
  return i;
}

// The mention that starts at token i as an item (with its acronym or aside); the token after it.
std::uint32_t ItemBuilder::push_mention(std::uint32_t i, const std::vector<int>& mention_at) {
  std::uint32_t n = static_cast<std::uint32_t>(s.tokens.size());
  if (std::uint32_t firm = national_firm(i, mention_at)) return firm;
  const Mention& m = s.mentions[mention_at[i]];
  Item it{m.entity, {}, {}, m.begin, m.end};
  if (m.head >= 0) it.key = s.tokens[m.head].key, it.head_word = true;  // "signed a cyber pact with X"
  i = m.end;
  // "Cyber Flag 26-2, which X hosted": an edition's code after an exercise's name is part of it
  if (std::uint32_t code = edition_code(i); code > i && type(m.entity) == NodeType::Exercise) i = it.end = code;
  else if (NodeType t = type(m.entity); t == NodeType::Exercise || t == NodeType::Event) i = it.end = edition_year(i);
  if (type(m.entity) == NodeType::Event) i = it.end = occasion_body(i, m.entity, mention_at);
  if (type(m.entity) == NodeType::Exercise) i = it.end = class_noun_after(i);
  if (type(m.entity) == NodeType::Person) i = it.end = post_nominals(i);
  // "(NIS)" after the name it abbreviates, or a short aside the recogniser
  // left unnamed ("(COMCYBER)"): it belongs to the name, not between it and the verb.
  if (i + 2 < n && s.tokens[i].key == "("sv && mention_at[i + 1] >= 0 &&
      s.mentions[mention_at[i + 1]].entity == m.entity && s.tokens[i + 2].key == ")"sv) {
    i += 3;
    it.end = i;
  } else if (std::uint32_t close = unnamed_aside(i, mention_at, type(m.entity), m.entity)) {
    i = close + 1;
    it.end = i;
  } else if (std::uint32_t shut = holder_aside(i, mention_at, m.entity)) {
    i = shut + 1;
    it.end = i;
  }
  items.push_back(std::move(it));
  return i;
}

// "the two", "both", "its"/"their" before a role, "he"/"she", "it", "the country": the
// entity (or pair) they stand for as items; the tokens taken, 0 when none.
std::uint32_t ItemBuilder::push_special(std::uint32_t i, const std::vector<int>& role_start) {
  if (std::uint32_t taken = push_pair_words(i)) return taken;
  if (std::uint32_t taken = push_person_pair(i)) return taken;
  if (std::uint32_t taken = push_possessive_role(i, role_start)) return taken;
  if (std::uint32_t taken = push_possessive_seat(i)) return taken;
  if (std::uint32_t taken = push_pronoun(i); taken || (taken = push_object_pronoun(i))) return taken;
  return push_the_country(i);
}

// "the sides", "the two nations", "both": a pair item; the tokens taken, 0 when none.
std::uint32_t ItemBuilder::push_pair_words(std::uint32_t i) {
  std::uint32_t n = static_cast<std::uint32_t>(s.tokens.size());
  const Token& t = s.tokens[i];
  // "the sides signed", "The parties discussed" (opening the clause: not "the parties in parliament"):
  // the two sides of the talks (a party noun of patterns.json pair_nouns that names no nation)
  auto side_noun = [&](const WordKey& k) { return ctx.lex->pair_nouns.party_set.count(k) && !ctx.lex->pair_nouns.nation_set.count(k); };
  bool opens = i == 0 || s.tokens[i - 1].key == ","sv || s.tokens[i - 1].key == "-"sv;
  if (t.key == "the"sv && i + 1 < n && side_noun(s.tokens[i + 1].key) &&
      (s.tokens[i + 1].key == "sides"sv || (opens && i + 2 < n && s.tokens[i + 2].word && !s.tokens[i + 2].capital))) {
    items.push_back({-1, {}, "<pair>", i, i + 2});
    return 2;
  }
  // "A and B are both parties to X": "both" after the verb speaks of the subject, whose noun follows
  if (t.key == "both"sv && i > 0 && s.tokens[i - 1].key != "to"sv && ctx.lex->verb_auxiliary_set.count(s.tokens[i - 1].key))
    return 0;
  if ((t.key == "the"sv && i + 1 < n && s.tokens[i + 1].key == "two"sv) || t.key == "both"sv) {
    std::uint32_t e = i + (t.key == "the"sv ? 2 : 1);
    if (e < n && ctx.lex->pair_nouns.any_set.count(s.tokens[e].key)) ++e;
    // "..., and both are signatories of X", "Both are members of X": "both" as the subject
    // (after "and", a comma or opening the sentence), an auxiliary after it
    bool subject = t.key == "both"sv && e == i + 1 && e < n && ctx.lex->verb_auxiliary_set.count(s.tokens[e].key) &&
                   s.tokens[e].key != "to"sv &&
                   (i == 0 || s.tokens[i - 1].key == "and"sv || s.tokens[i - 1].key == ","sv);
    if (t.key == "the"sv || e > i + 1 || subject) {
      items.push_back({-1, {}, "<pair>", i, e});
      return e - i;
    }
  }
  return 0;
}

// "Its commander, ...", "its first director is ...": the organisation spoken of, then a
// possessive (a modifier of the role is left out); the tokens taken, 0 when none.
std::uint32_t ItemBuilder::push_possessive_role(std::uint32_t i, const std::vector<int>& role_start) {
  std::uint32_t n = static_cast<std::uint32_t>(s.tokens.size());
  const Token& t = s.tokens[i];
  if (t.key != "its"sv && t.key != "their"sv) return 0;
  std::uint32_t r = i + 1;
  // "appointed X as its first director": patterns read that with the modifier
  bool as = i > 0 && s.tokens[i - 1].key == "as"sv;
  while (!as && r < n && r < i + 3 && ctx.lex->role_modifier_set.count(s.tokens[r].key)) ++r;
  // "Its team was led by X": the body's group (patterns.json group_nouns) as a role is
  // (not "their": "A and B led their delegations" are each one's own)
  bool group = t.key == "its"sv && r == i + 1 && r < n && ctx.lex->group_noun_set.count(s.tokens[r].key);
  if (r < n && (role_start[r] >= 0 || ctx.lex->role_noun_relation.count(s.tokens[r].key) || group ||
                  two_word_role_noun(r)))
    if (int antecedent = possessor(group); antecedent >= 0) {
      items.push_back({antecedent, {}, "its", i, i + 1});
      items.push_back({-1, {}, "'s", i, r});
      return r - i;
    }
  return 0;
}

// "the country" of a sentence about a nation: that nation; the tokens taken, 0 when none.
std::uint32_t ItemBuilder::push_the_country(std::uint32_t i) {
  std::uint32_t n = static_cast<std::uint32_t>(s.tokens.size());
  if (s.tokens[i].key == "the"sv && i + 1 < n && (s.tokens[i + 1].key == "country"sv || s.tokens[i + 1].key == "nation"sv) &&
      !(i + 2 < n && (s.tokens[i + 2].word || s.tokens[i + 2].key == "'s"sv))) {
    if (int nation = latest_nation(); nation >= 0) {
      items.push_back({nation, {}, "it", i, i + 2});
      return 2;
    }
  }
  return 0;
}

// "They met X", "the ministers met X": the two people of the sentence before
// (ItemContext::person_pair) as a pair item; the tokens taken, 0 when none.
std::uint32_t ItemBuilder::push_person_pair(std::uint32_t i) {
  if (ctx.person_pair.size() != 2) return 0;
  const WordKey& key = s.tokens[i].key;
  std::uint32_t len = key == "they"sv ? 1
                      : key == "the"sv && i + 1 < s.tokens.size() && ctx.lex->pair_nouns.people_set.count(s.tokens[i + 1].key) ? 2 : 0;
  if (len) items.push_back({-1, {}, "<pair>", i, i + len});
  return len;
}

// Whether tokens_to_items() may read `key` other than as a plain word: the
// only keys it asks about are "\"", "the", "both", "its", "their", "he",
// "she" and "it" (a cheap test of length and first letter).
bool ItemBuilder::maybe_special(const KeyView& key) {
  if (key.empty() || key.size() > 5) return false;
  char c = key[0];
  return c == '"' || c == 't' || c == 'b' || c == 'i' || c == 'h' || c == 's';
}

// "( X )" of at most five tokens naming nothing, right after a name of type `named`: the
// index of ")". An organisation's acronym written with marks ("(CL-CIRT/CC)") may be read
// as a body of its own; after a body's name it is that body's.
std::uint32_t ItemBuilder::unnamed_aside(std::uint32_t i, const std::vector<int>& mention_at, NodeType named,
                                         int body) const {
  if (i >= s.tokens.size() || s.tokens[i].key != "("sv) return 0;
  // "Argentina's Joint Cyber Defence Command (Comando Conjunto de Ciberdefensa) hosted":
  // a body's name in its own language, read as a body of its own, fills the brackets
  if (named == NodeType::Organisation && i + 1 < s.tokens.size() && mention_at[i + 1] >= 0) {
    const Mention& m = s.mentions[mention_at[i + 1]];
    if (m.begin == i + 1 && m.end > m.begin + 1 && m.end < s.tokens.size() && s.tokens[m.end].key == ")"sv &&
        !s.tokens[m.begin].all_caps && type(m.entity) == NodeType::Organisation)
      return m.end;
  }
  // "(Comando per le Operazioni in Rete, COR)": the name in its own language, then the
  // acronym after one comma; longer, but only when an acronym closes it ("Sedena", "Bundeswehr"
  // style short forms in mixed case too, one capitalised word)
  std::uint32_t comma = 0;
  for (std::uint32_t k = i + 1; k < s.tokens.size() && k <= i + 12; ++k) {
    if (s.tokens[k].key == ")"sv) {
      if (!comma) return k > i + 1 && k <= i + 6 ? k : 0;
      return comma + 2 == k && comma > i + 1 && s.tokens[k - 1].word && s.tokens[k - 1].capital ? k : 0;
    }
    const WordKey& k_key = s.tokens[k].key;
    if (k_key == ","sv && !comma && named == NodeType::Organisation) {
      comma = k;
      continue;
    }
    bool body_here = mention_at[k] >= 0 && named == NodeType::Organisation &&
                     type(s.mentions[mention_at[k]].entity) == NodeType::Organisation;
    // the acronym, or the body's name in its own language before the comma (read as a body of its own)
    bool own_acronym = body_here && (s.tokens[k].all_caps || (comma && k == comma + 1) || !comma);
    // "(Bundesministerium für Landesverteidigung, BMLV)": the body's own name in its language
    bool own_name = mention_at[k] >= 0 && s.mentions[mention_at[k]].entity == body;
    if (mention_at[k] >= 0 && !own_acronym && !own_name) return 0;
    // "(KE-CIRT/CC)": an acronym written with marks
    if (!(s.tokens[k].word || k_key == "-"sv || k_key == "."sv || k_key == "&"sv || k_key == "/"sv)) return 0;
  }
  return 0;
}

// "the Cyber Operations Command (Commander: Maj. Gen. X) held ...": a bracket after a
// body naming its holder after a title and a colon; the person holds the post in
// the body, and the aside belongs to the name. The index of ")", else 0.
std::uint32_t ItemBuilder::holder_aside(std::uint32_t i, const std::vector<int>& mention_at, int body) {
  const auto& toks = s.tokens;
  if (i + 4 >= toks.size() || toks[i].key != "("sv || type(body) != NodeType::Organisation) return 0;
  std::uint32_t colon = i + 1;
  std::string title;
  for (; colon < toks.size() && colon < i + 4 && toks[colon].word && mention_at[colon] < 0; ++colon)
    title += (title.empty() ? "" : " ") + toks[colon].key;
  if (colon >= toks.size() || toks[colon].key != ":"sv || title.empty()) return 0;
  const std::string* relation = nullptr;
  if (auto t = ctx.lex->title_relation.find(title); t != ctx.lex->title_relation.end()) relation = &t->second;
  else if (auto r = ctx.lex->role_noun_relation.find(title); r != ctx.lex->role_noun_relation.end()) relation = &r->second;
  if (!relation) return 0;
  // "Delegations: ROK MND (head: DG X)": the head of the body's delegation, not of the body
  for (std::uint32_t k = 0; k < i; ++k)
    if (ctx.lex->group_noun_set.count(toks[k].key)) return 0;
  for (std::uint32_t k = colon + 1; k < toks.size() && k < colon + 6; ++k) {
    if (mention_at[k] < 0) continue;
    const Mention& who = s.mentions[mention_at[k]];
    if (type(who.entity) != NodeType::Person || who.end >= toks.size() || toks[who.end].key != ")"sv) return 0;
    emit(who.entity, body, *relation == "leads"sv ? EdgeType::leads : EdgeType::affiliated_with, "holder_aside");
    return who.end;
  }
  return 0;
}

int ItemBuilder::latest_nation() const {
  for (auto r = items.rbegin(); r != items.rend(); ++r)
    if (r->entity >= 0 && type(r->entity) == NodeType::Nation) return r->entity;
  return ctx.previous_subject >= 0 && type(ctx.previous_subject) == NodeType::Nation ? ctx.previous_subject : -1;
}

// Whose role "its" names: the latest body of this sentence ("Finland was represented by
// its ambassador"), else the previous one's first organisation, else its subject (first for
// a `group` noun when that subject is a nation). A possessor of a noun after an earlier body
// ("the agency, Latvia's response team, where its head") qualifies it: the body is spoken of.
int ItemBuilder::possessor(bool group) const {
  auto body = [&](const Item& it) {
    return it.entity >= 0 && (type(it.entity) == NodeType::Organisation || type(it.entity) == NodeType::Nation);
  };
  int qualifier = -1;
  for (std::size_t k = items.size(); k-- > 0;) {
    // "A's minister signed; B's ministry sent its deputy": a semicolon closes A's clause
    if (items[k].key == ";"sv && qualifier >= 0) return qualifier;
    if (!body(items[k]) || in_relative_aside(k)) continue;
    if (qualifier < 0 && k + 1 < items.size() && items[k + 1].key == "'s") {
      qualifier = items[k].entity;
      // "visited the ZKP's headquarters, where ... its commander": a possessor that opens no
      // apposition (no comma before it) is the body spoken of itself
      std::size_t before = k >= 1 && items[k - 1].key == "the"sv ? k - 1 : k;
      if (before == 0 || items[before - 1].key != ","sv) return qualifier;
      continue;
    }
    // "the Operations Centre of the Air Force, where its commander": the body the owner qualifies
    std::size_t of = k >= 1 && items[k - 1].key == "the"sv ? k - 1 : k;
    if (of >= 2 && items[of - 1].key == "of"sv && items[of - 2].entity >= 0 && items[of - 2].group.empty() &&
        type(items[of - 2].entity) == NodeType::Organisation)
      return items[of - 2].entity;
    return items[k].entity;
  }
  if (qualifier >= 0) return qualifier;
  // "Chile joined the OAS in 1948. Its team took part ...": the nation's team, not the OAS's
  if (group && ctx.previous_subject >= 0 && !ctx.subject_adjective && type(ctx.previous_subject) == NodeType::Nation)
    return ctx.previous_subject;
  // "The Polish cyber command briefed ... Its commander": the command, not the nation
  if (ctx.previous_org < 0 && ctx.subject_adjective) return -1;
  return ctx.previous_org >= 0 ? ctx.previous_org : ctx.previous_subject;
}

void ItemBuilder::merge(std::size_t from, std::size_t to, int entity) {
  to = std::min(to, items.size());
  Item it{entity, {}, {}, items[from].begin, items[to - 1].end};
  // "the Swedish contingent, drawn from A": patterns may still read the group noun
  if (ctx.lex->group_noun_set.count(items[to - 1].key)) it.key = items[to - 1].key, it.head_word = true;
  items.erase(items.begin() + static_cast<long>(from), items.begin() + static_cast<long>(to));
  items.insert(items.begin() + static_cast<long>(from), std::move(it));
}

std::size_t ItemBuilder::representative_length(std::size_t i) const {
  if (i >= items.size()) return 0;
  if (i + 1 < items.size() && ctx.lex->representative_set.count(two_words(items[i].key, items[i + 1].key))) return 2;
  return ctx.lex->representative_set.count(items[i].key) ? 1 : 0;
}

// "X's Y" -> Y; "X's military", "the X military" -> X.
void ItemBuilder::chunk_possessives() {
  for (std::size_t i = 0; i < items.size(); ++i) {
    // "a joint Croatian-Slovenian team took part": the team of a compound demonym is its nations'
    if (items[i].entity < 0 && items[i].group.size() >= 2 && items[i].key != "<role>"sv && items[i].key != "<pair>"sv) {
      if (std::size_t len = representative_length(i + 1)) {
        std::vector<int> nations = items[i].group;
        merge(i, i + 1 + len, -1);
        items[i].group = std::move(nations);
      }
      continue;
    }
    if (!entity_at(i)) continue;
    NodeType t = type(items[i].entity);
    // "Cairo's Tahrir Square": a place in the place before it, and the one spoken of
    if (t == NodeType::Place && is(i + 1, "'s") && entity_at(i + 2) && type(items[i + 2].entity) == NodeType::Place) {
      emit(items[i + 2].entity, items[i].entity, EdgeType::located_in, "possessive_place", 0.8);
      merge(i, i + 3, items[i + 2].entity);
      continue;
    }
    if (t != NodeType::Nation && t != NodeType::Organisation) continue;
    // "under Polish command", "under NATO's command": who commands, read by patterns as such
    if ((i >= 1 && is(i - 1, "under")) || (i >= 2 && is(i - 2, "under") && is(i - 1, "the"))) continue;
    if (is(i + 1, "'s")) {
      if (entity_at(i + 2)) {
        merge(i, i + 3, items[i + 2].entity);
        continue;
      }
      std::size_t len = representative_length(i + 2);
      if (len && unit_apposition(i, len)) {
        i = i >= 3 && is(i - 1, "the") ? i - 3 : i - 2;
        continue;
      }
      if (len) merge(i, i + 2 + len, items[i].entity);
      continue;
    }
    if (std::size_t len = representative_length(i + 1)) {
      merge(i, i + 1 + len, items[i].entity);
      continue;
    }
    // "the Japanese minister met ...": an unnamed official speaks for the nation.
    if (t == NodeType::Nation && i + 1 < items.size() && !items[i + 1].is_entity() &&
        ctx.lex->role_noun_relation.count(items[i + 1].key) && !person_at(i + 2) &&
        !(is(i + 2, ",") && person_at(i + 3))) {
      merge(i, i + 2, items[i].entity);
      continue;
    }
    // "the U.S. Cybersecurity and Infrastructure Security Agency": the body, of that nation.
    if (t == NodeType::Nation && entity_at(i + 1) && type(items[i + 1].entity) == NodeType::Organisation) {
      if (state_body(items[i + 1])) emit(items[i + 1].entity, items[i].entity, EdgeType::part_of, "nation_before_name", 0.75);
      merge(i, i + 2, items[i + 1].entity);
    }
  }
}

// "Allied Command Transformation, the alliance's command based in Norfolk":
// the apposition says whose body the name before it is; what follows (based
// in, said) is said of that body, so the apposition goes. `i`: the owner
// before "'s", `len`: the length of the noun after it.
bool ItemBuilder::unit_apposition(std::size_t i, std::size_t len) {
  std::size_t a = i >= 1 && is(i - 1, "the") ? i - 1 : i;
  if (a < 2 || !is(a - 1, ",") || !entity_at(a - 2) || type(items[a - 2].entity) != NodeType::Organisation) return false;
  if (!ctx.lex->state_body_set.count(items[i + 2 + len - 1].key)) return false;  // "command", "agency", not "officials"
  // "..., South Korea's agency said": without "the" it may open the reporting clause
  std::size_t next = i + 2 + len;
  if (a == i && !(is(next, "based") || is(next, "headquartered") || is(next, "located"))) return false;
  emit(items[a - 2].entity, items[i].entity, EdgeType::part_of, "possessive_unit_apposition", 0.8);
  std::size_t to = i + 2 + len;
  if (is(to, ",")) ++to;
  items.erase(items.begin() + static_cast<long>(a - 1), items.begin() + static_cast<long>(to));
  return true;
}

// "Nina Kos, 52, takes charge of ...": an age set off by commas is part of the name before it.
void ItemBuilder::chunk_ages() {
  for (std::size_t i = 0; i + 3 < items.size(); ++i) {
    if (!person_at(i) || !is(i + 1, ",") || !is(i + 3, ",")) continue;
    const KeyView& k = items[i + 2].key;
    if (k.size() == 2 && std::isdigit(static_cast<unsigned char>(k[0])) && std::isdigit(static_cast<unsigned char>(k[1])))
      merge(i, is(i + 4, "who") ? i + 3 : i + 4, items[i].entity);  // ", who" still opens a clause
  }
}

bool ItemBuilder::state_body(const Item& it) const {
  for (std::uint32_t k = it.begin; k < it.end && k < s.tokens.size(); ++k)
    if (ctx.lex->state_body_set.count(s.tokens[k].key)) return true;
  return false;
}

// "Speakers included A, commander of X; B of Y; and C, director of Z": semicolons
// between the members of a list whose members carry commas are the list's commas.
void ItemBuilder::list_semicolons() {
  if (!semicolons_join_list(s)) return;
  for (auto& it : items)
    if (it.key == ";"sv) it.key = ",";
}

bool semicolons_join_list(const SentenceAnalysis& s) {
  // Read so only where every part after a semicolon opens with a name (after "and",
  // "the" or a title in capitals) and the last opens with "and".
  const auto& t = s.tokens;
  std::vector<std::uint32_t> marks;
  for (std::uint32_t k = 0; k < t.size(); ++k)
    if (t[k].key == ";"sv) marks.push_back(k);
  if (marks.empty()) return false;
  for (std::size_t m = 0; m < marks.size(); ++m) {
    std::uint32_t k = marks[m] + 1;
    bool last_and = k < t.size() && t[k].key == "and"sv;
    if (last_and) ++k;
    if (k < t.size() && t[k].key == "the"sv) ++k;
    if (last_and != (m + 1 == marks.size())) return false;
    bool named = false;
    for (std::uint32_t title = 0; title < 4 && k < t.size() && t[k].capital && !named; ++title, ++k)
      named = std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& x) { return x.begin == k; });
    if (!named) return false;
  }
  return true;
}

std::vector<Item> build_items(const SentenceAnalysis& s, ItemContext& ctx, bool collapse, std::vector<ChunkRelation>* found,
                              std::vector<Item>* surface) {
  ItemBuilder b{s, ctx, found, {}};
  if (int speaker = b.transcript_speaker(); speaker >= 0) ctx.paragraph_speaker = speaker;
  b.tokens_to_items();
  b.list_semicolons();
  if (surface) {
    surface->clear();
    if (std::any_of(b.items.begin(), b.items.end(), [](const Item& it) { return it.is_entity(); })) *surface = b.items;
  }
  if (!collapse) return std::move(b.items);
  b.chunk_roles();
  b.chunk_ages();
  b.chunk_possessives();
  return std::move(b.items);
}

}  // namespace newsgraph::detail
