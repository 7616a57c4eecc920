#include "relate/items.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "relate/passes.hpp"

namespace newsgraph::detail {
namespace {

using namespace std::string_view_literals;  // compared by size first, not by strlen and memcmp

const std::vector<std::string> kPairNouns = {"leaders", "sides", "countries", "nations", "parties", "men", "allies", "ministers",
                                             "agencies", "commands", "organisations", "organizations", "institutions", "centres", "centers"};

bool is_pair_noun(const std::string& k) { return std::find(kPairNouns.begin(), kPairNouns.end(), k) != kPairNouns.end(); }

struct Builder {
  const SentenceAnalysis& s;
  ItemContext& ctx;
  std::vector<ChunkRelation>* found;
  std::vector<Item> items;

  NodeType type(int e) const { return entity_type(ctx, e); }
  bool is(std::size_t i, std::string_view key) const { return i < items.size() && items[i].key == key; }
  bool entity_at(std::size_t i) const { return i < items.size() && items[i].entity >= 0; }
  bool person_at(std::size_t i) const { return entity_at(i) && type(items[i].entity) == NodeType::Person; }
  int role_at(std::size_t i) const {
    if (i >= items.size() || items[i].key != "<role>"sv) return -1;
    return static_cast<int>(items[i].group.empty() ? -1 : items[i].group[0]);
  }

  void emit(int source, int target, EdgeType t, const char* pattern, double confidence = 0.85) {
    if (found && source >= 0 && target >= 0 && source != target) found->push_back({source, target, t, pattern, confidence});
  }

  void tokens_to_items() {
    std::vector<int> mention_at(s.tokens.size(), -1), role_start(s.tokens.size(), -1);
    items.reserve(s.tokens.size());
    for (std::size_t m = 0; m < s.mentions.size(); ++m) mention_at[s.mentions[m].begin] = static_cast<int>(m);
    for (std::size_t r = 0; r < s.roles.size(); ++r) role_start[s.roles[r].begin] = static_cast<int>(r);
    std::uint32_t n = static_cast<std::uint32_t>(s.tokens.size());
    for (std::uint32_t i = 0; i < n;) {
      if (mention_at[i] >= 0) {
        i = push_mention(i, mention_at);
        continue;
      }
      if (role_start[i] >= 0) {
        const RoleSpan& r = s.roles[role_start[i]];
        items.push_back({-1, {role_start[i]}, "<role>", r.begin, r.end});
        i = r.end;
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
  std::vector<int> compound_nations(const Token& t) const {
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

  // The mention that starts at token i as an item (with its acronym or aside); the token after it.
  std::uint32_t push_mention(std::uint32_t i, const std::vector<int>& mention_at) {
    std::uint32_t n = static_cast<std::uint32_t>(s.tokens.size());
    const Mention& m = s.mentions[mention_at[i]];
    Item it{m.entity, {}, {}, m.begin, m.end};
    if (m.head >= 0) it.key = s.tokens[m.head].key, it.head_word = true;  // "signed a cyber pact with X"
    i = m.end;
    // "(NIS)" after the name it abbreviates, or a short aside the recogniser
    // left unnamed ("(COMCYBER)"): it belongs to the name, not between it and the verb.
    if (i + 2 < n && s.tokens[i].key == "("sv && mention_at[i + 1] >= 0 &&
        s.mentions[mention_at[i + 1]].entity == m.entity && s.tokens[i + 2].key == ")"sv) {
      i += 3;
      it.end = i;
    } else if (std::uint32_t close = unnamed_aside(i, mention_at, type(m.entity))) {
      i = close + 1;
      it.end = i;
    }
    items.push_back(std::move(it));
    return i;
  }

  // "the two", "both", "its"/"their" before a role, "he"/"she", "it", "the country": the
  // entity (or pair) they stand for as items; the tokens taken, 0 when none.
  std::uint32_t push_special(std::uint32_t i, const std::vector<int>& role_start) {
    std::uint32_t n = static_cast<std::uint32_t>(s.tokens.size());
    const Token& t = s.tokens[i];
    if ((t.key == "the"sv && i + 1 < n && s.tokens[i + 1].key == "two"sv) || t.key == "both"sv) {
      std::uint32_t e = i + (t.key == "the"sv ? 2 : 1);
      if (e < n && is_pair_noun(s.tokens[e].key)) ++e;
      if (t.key == "the"sv || e > i + 1) {
        items.push_back({-1, {}, "<pair>", i, e});
        return e - i;
      }
    }
    if (std::uint32_t taken = push_person_pair(i)) return taken;
    // "Its commander, ...", "its first director is ...": the organisation spoken of, then a
    // possessive (a modifier of the role is left out).
    if (t.key == "its"sv || t.key == "their"sv) {
      std::uint32_t r = i + 1;
      // "appointed X as its first director": patterns read that with the modifier
      bool as = i > 0 && s.tokens[i - 1].key == "as"sv;
      while (!as && r < n && r < i + 3 && ctx.lex->role_modifier_set.count(s.tokens[r].key)) ++r;
      if (r < n && (role_start[r] >= 0 || ctx.lex->role_noun_relation.count(s.tokens[r].key)))
        if (int antecedent = possessor(); antecedent >= 0) {
          items.push_back({antecedent, {}, "its", i, i + 1});
          items.push_back({-1, {}, "'s", i, r});
          return r - i;
        }
    }
    // "..., where he met ...": the person the sentence is about.
    if ((t.key == "he"sv || t.key == "she"sv) && !(i + 1 < n && s.tokens[i + 1].key == "'s"sv)) {
      int person = ctx.previous_person;
      for (auto r = items.rbegin(); r != items.rend(); ++r)
        if (r->entity >= 0 && type(r->entity) == NodeType::Person) {
          person = r->entity;
          break;
        }
      if (person >= 0) {
        items.push_back({person, {}, "he", i, i + 1});
        return 1;
      }
    }
    if (t.key == "it"sv && !(i + 1 < n && s.tokens[i + 1].key == "'s"sv) && !organised_passive(i + 1) && !occasion_it(i)) {
      if (int antecedent = it_antecedent(); antecedent >= 0) {
        items.push_back({antecedent, {}, "it", i, i + 1});
        return 1;
      }
    }
    // "the country" of a sentence about a nation: that nation.
    if (t.key == "the"sv && i + 1 < n && (s.tokens[i + 1].key == "country"sv || s.tokens[i + 1].key == "nation"sv) &&
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
  std::uint32_t push_person_pair(std::uint32_t i) {
    if (ctx.person_pair.size() != 2) return 0;
    const WordKey& key = s.tokens[i].key;
    std::uint32_t len = key == "they"sv ? 1
                        : key == "the"sv && i + 1 < s.tokens.size() && people_pair_noun(s.tokens[i + 1].key) ? 2 : 0;
    if (len) items.push_back({-1, {}, "<pair>", i, i + len});
    return len;
  }

  const RoleSpan& role(int r) const { return s.roles[r]; }

  // Whether tokens_to_items() may read `key` other than as a plain word: the
  // only keys it asks about are "\"", "the", "both", "its", "their", "he",
  // "she" and "it" (a cheap test of length and first letter).
  static bool maybe_special(const WordKey& key) {
    if (key.empty() || key.size() > 5) return false;
    char c = key[0];
    return c == '"' || c == 't' || c == 'b' || c == 'i' || c == 'h' || c == 's';
  }

  // "( X )" of at most five tokens naming nothing, right after a name of type `named`: the
  // index of ")". An organisation's acronym written with marks ("(CL-CIRT/CC)") may be read
  // as a body of its own; after a body's name it is that body's.
  std::uint32_t unnamed_aside(std::uint32_t i, const std::vector<int>& mention_at, NodeType named) const {
    if (i >= s.tokens.size() || s.tokens[i].key != "("sv) return 0;
    for (std::uint32_t k = i + 1; k < s.tokens.size() && k <= i + 6; ++k) {
      if (s.tokens[k].key == ")"sv) return k > i + 1 ? k : 0;
      const WordKey& k_key = s.tokens[k].key;
      bool own_acronym = mention_at[k] >= 0 && named == NodeType::Organisation && s.tokens[k].all_caps &&
                         type(s.mentions[mention_at[k]].entity) == NodeType::Organisation;
      if (mention_at[k] >= 0 && !own_acronym) return 0;
      // "(KE-CIRT/CC)": an acronym written with marks
      if (!(s.tokens[k].word || k_key == "-"sv || k_key == "."sv || k_key == "&"sv || k_key == "/"sv)) return 0;
    }
    return 0;
  }

  // "X, ..., announced that it will ...": the sentence's subject when it opens
  // the sentence, else the latest organisation or nation, else the previous subject.
  int it_antecedent() const {
    auto org_or_nation = [&](const Item& it) {
      return it.entity >= 0 && (type(it.entity) == NodeType::Organisation || type(it.entity) == NodeType::Nation);
    };
    std::size_t k = !items.empty() && items[0].key == "the"sv ? 1 : 0;
    if (k < items.size() && org_or_nation(items[k])) return items[k].entity;
    for (auto r = items.rbegin(); r != items.rend(); ++r)
      if (org_or_nation(*r)) return r->entity;
    return ctx.previous_subject;
  }

  // "it was hosted by X", "it will be co-organised": what is organised is an
  // exercise or event (patterns it_organised_*), not the body "it" else names.
  bool organised_passive(std::uint32_t i) const {
    static const std::string_view kBe[] = {"is", "was", "were", "will", "has", "had", "be", "been"};
    static const std::string_view kDone[] = {"hosted", "co-hosted", "co", "organised", "organized", "co-organised",
                                             "co-organized", "convened", "staged"};
    auto in = [&](std::uint32_t k, auto& set) {
      return k < s.tokens.size() && std::find(std::begin(set), std::end(set), std::string_view(s.tokens[k].key)) != std::end(set);
    };
    std::uint32_t k = i;
    while (k < i + 2 && in(k, kBe)) ++k;
    if (k == i) return false;
    if (k < s.tokens.size() && (s.tokens[k].key == "jointly"sv || s.tokens[k].key == "also"sv)) ++k;
    return in(k, kDone);
  }

  // "X hosted it", "it brought together A and B": a body is not hosted and
  // brings no one together; "it" is the exercise or event (patterns host_it, it_involved).
  bool occasion_it(std::uint32_t i) const {
    static const std::string_view kHostedIt[] = {"hosted", "co-hosted", "organised", "organized", "co-organised",
                                                 "co-organized", "staged", "ran", "conducted"};
    static const std::string_view kGathers[] = {"brought", "involved", "gathered", "drew", "attracted", "featured"};
    auto in = [&](std::uint32_t k, auto& set) {
      return k < s.tokens.size() && std::find(std::begin(set), std::end(set), std::string_view(s.tokens[k].key)) != std::end(set);
    };
    return (i > 0 && in(i - 1, kHostedIt)) || in(i + 1, kGathers);
  }

  int latest_nation() const {
    for (auto r = items.rbegin(); r != items.rend(); ++r)
      if (r->entity >= 0 && type(r->entity) == NodeType::Nation) return r->entity;
    return ctx.previous_subject >= 0 && type(ctx.previous_subject) == NodeType::Nation ? ctx.previous_subject : -1;
  }

  // Whose role "its" names: the latest organisation or nation of this sentence
  // ("Finland was represented by its ambassador"), else the first
  // organisation of the previous one, else its subject. A possessor of a
  // noun after an earlier body ("the agency, Latvia's response team, where
  // its head ...") qualifies that noun: the earlier body is the one spoken of.
  int possessor() const {
    auto body = [&](const Item& it) {
      return it.entity >= 0 && (type(it.entity) == NodeType::Organisation || type(it.entity) == NodeType::Nation);
    };
    int qualifier = -1;
    for (std::size_t k = items.size(); k-- > 0;) {
      // "A's minister signed; B's ministry sent its deputy": a semicolon closes A's clause
      if (items[k].key == ";"sv && qualifier >= 0) return qualifier;
      if (!body(items[k])) continue;
      if (qualifier < 0 && k + 1 < items.size() && items[k + 1].key == "'s") {
        qualifier = items[k].entity;
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
    // "The Polish cyber command briefed ... Its commander": the unnamed
    // command is spoken of, not the nation its adjective names.
    if (ctx.previous_org < 0 && ctx.subject_adjective) return -1;
    return ctx.previous_org >= 0 ? ctx.previous_org : ctx.previous_subject;
  }

  bool demoted(const RoleSpan& r) const {
    for (std::uint32_t k = r.begin; k < r.end; ++k)
      if (ctx.lex->demotes(s.tokens[k].key, k + 1 < r.end ? &s.tokens[k + 1].key : nullptr)) return true;
    return false;
  }

  // A person's role toward `holder` (the nation or organisation named with the title).
  void role_edges(int person, int r, int holder, const char* pattern) {
    const RoleSpan& rs = role(r);
    EdgeType rel = rs.relation == "leads"sv && !demoted(rs) ? EdgeType::leads : EdgeType::affiliated_with;
    if (rs.org >= 0) {
      emit(person, rs.org, rel, pattern);
      if (holder >= 0 && type(holder) != NodeType::Person) emit(rs.org, holder, EdgeType::part_of, pattern, 0.75);
    } else if (holder >= 0 && type(holder) != NodeType::Person && type(holder) != NodeType::Place) {
      emit(person, holder, rel, pattern);
    }
  }

  // "NATO Secretary General Jens Stoltenberg", "Lee Dong-kil, South Korea's
  // Cyber Operations Commander,", "the Defense Minister, Lee Jong-sup,".
  void chunk_roles() {
    for (std::size_t i = 0; i < items.size(); ++i) {
      // only where no person is named before it ("X, the head of Y, said")
      if (!(i >= 2 && is(i - 1, "the") && is(i - 2, ",")) && !(i >= 1 && is(i - 1, ",")) && title_of_then_person(i))
        continue;
      int r = role_at(i);
      if (r < 0) {
        lower_case_title(i);
        continue;
      }
      if (role_of_apposition(i, r)) continue;
      std::size_t from = i;
      int holder = -1;
      if (i >= 1 && entity_at(i - 1)) holder = items[i - 1].entity, from = i - 1;
      else if (i >= 2 && is(i - 1, "'s") && entity_at(i - 2)) holder = items[i - 2].entity, from = i - 2;
      if (person_at(i + 1)) {  // title before the name
        role_edges(items[i + 1].entity, r, holder, "title_before_name");
        merge(from, i + 2, items[i + 1].entity);
        i = from;
        continue;
      }
      if (envoy_apposition(i, r, from, holder)) continue;
      // "the Defense Minister, Lee Jong-sup,"; "Sweden's Supreme Commander, General X,": a rank may come first
      std::size_t ranked = is(i + 1, ",") && role_at(i + 2) >= 0 && person_at(i + 3) ? 1 : 0;
      if (is(i + 1, ",") && person_at(i + 2 + ranked)) {
        if (ranked) merge(i + 2, i + 4, items[i + 3].entity);
        role_edges(items[i + 2].entity, r, holder, "role_apposition");
        std::size_t to = past_comma(i + 3);
        if (from > 0 && is(from - 1, "the")) --from;
        merge(from, to, items[i + 2].entity);
        i = from;
        continue;
      }
      // "Lee Dong-kil, South Korea's Cyber Operations Commander"
      std::size_t p = from;
      if (p >= 1 && is(p - 1, "the")) --p;
      if (p >= 2 && is(p - 1, ",") && person_at(p - 2)) {
        role_edges(items[p - 2].entity, r, holder, "role_apposition");
        // "Sanna Lehtinen, Head of Communications, Revontuli Oy": a contact line's body after the role
        if (holder < 0 && role(r).org < 0 && is(i + 1, ",") && entity_at(i + 2) && type(items[i + 2].entity) == NodeType::Organisation &&
            (i + 3 == items.size() || is(i + 3, ",") || is(i + 3, ".")))
          emit(items[p - 2].entity, items[i + 2].entity, EdgeType::affiliated_with, "role_apposition_body");
        std::size_t to = past_comma(i + 1);
        merge(p - 2, to, items[p - 2].entity);
        i = p - 2;
      }
    }
  }

  // "office", "unit", "mission": a lower-case word naming a part of a body (patterns.json unit_words).
  bool is_unit_word(std::size_t k) const {
    return k < items.size() && !items[k].is_entity() && (items[k].key == "office" || ctx.lex->unit_word_set.count(items[k].key));
  }

  // A lower-case word (not a name, not punctuation).
  bool plain_word(std::size_t k) const {
    return k < items.size() && !items[k].is_entity() && !items[k].key.empty() && items[k].key[0] >= 'a' && items[k].key[0] <= 'z';
  }

  // Lower-case titles: "Ukrainian ambassador Mariana Betsa", "the agency's chief executive
  // Mariana Betsa" (a name first: most items have none, no lookup). Sets i to the merged item.
  void lower_case_title(std::size_t& i) {
    std::size_t h = i >= 1 && entity_at(i - 1) ? i - 1 : i;
    if (h == i && i >= 2 && is(i - 1, "'s") && entity_at(i - 2) && type(items[i - 2].entity) != NodeType::Person) h = i - 2;
    if (h == i) return;
    std::size_t len = 0;
    std::string key;
    const std::string* relation = nullptr;
    for (std::size_t k = i; k < items.size() && k < i + 3 && !items[k].is_entity(); ++k) {
      key += (k > i ? " " : "") + items[k].key;
      // a title closes where a comma, a preposition or a name follows ("chief" of "chief cyber coordinator" does not)
      bool closes = is(k + 1, ",") || is(k + 1, "in") || is(k + 1, "to") || is(k + 1, "for") || entity_at(k + 1) ||
                    role_at(k + 1) >= 0;
      if (auto f = ctx.lex->title_relation.find(key); f != ctx.lex->title_relation.end() && closes)
        relation = &f->second, len = k + 1 - i;
    }
    // "Austria's national cyber security coordinator, X": a role noun after up to three words
    // that qualify it, when a comma and the person follow
    // (after a name's possessive: "its defence minister, X" is read by the patterns of sending)
    // (a qualifying word that is a title itself, "deputy", leaves the post unread)
    for (std::size_t k = i; !relation && h + 2 == i && k < i + 4 && plain_word(k); ++k) {
      if (auto f = ctx.lex->role_noun_relation.find(items[k].key); f != ctx.lex->role_noun_relation.end() && is(k + 1, ","))
        relation = &f->second, len = k + 1 - i;
      else if (ctx.lex->title_relation.count(items[k].key))
        break;
    }
    if (!relation) return;
    std::size_t p = is(i + len, ",") ? i + len + 1 : i + len;
    // "Romania's state secretary for defence policy X": a portfolio of lower-case words before the name
    if (is(p, "for")) {
      std::size_t q = p + 1;
      while (q < p + 4 && plain_word(q)) ++q;
      if (q > p + 1 && person_at(q)) p = q;
    }
    // "Israel's ambassador in Athens, X": the post's town or host nation before the name
    if ((is(i + len, "in") || is(i + len, "to")) && entity_at(i + len + 1) && is(i + len + 2, ",") &&
        type(items[i + len + 1].entity) != NodeType::Person)
      p = i + len + 3;
    if (role_at(p) >= 0 && person_at(p + 1)) ++p;  // "his Finnish counterpart, Colonel X": a rank before the name
    if (!person_at(p)) return;
    EdgeType rel = *relation == "leads"sv ? EdgeType::leads : EdgeType::affiliated_with;
    if (type(items[h].entity) != NodeType::Person) emit(items[p].entity, items[h].entity, rel, "title_before_name");
    // "X, led by its deputy head, Y": a deputy after a possessive stays apart, so that
    // "led by" does not reach Y (the delegation is led, not X)
    if (h + 2 == i && rel != EdgeType::leads && h >= 1 && is(h - 1, "by")) return;
    merge(h, p + 1, items[p].entity);
    i = h;
  }

  // "Finland's Ambassador to Estonia, X,": the envoy serves the holder named
  // before the title; the country sent to is not X's. Sets i to the merged item.
  bool envoy_apposition(std::size_t& i, int r, std::size_t from, int holder) {
    if (!(is(i + 1, "to") || is(i + 1, "in"))) return false;
    std::size_t x = is(i + 2, "the") ? i + 3 : i + 2;
    if (!entity_at(x) || type(items[x].entity) == NodeType::Person) return false;
    // "Ambassador to Finland and Estonia, X": an envoy to several
    while (is(x + 1, "and") && entity_at(x + 2) && type(items[x + 2].entity) == NodeType::Nation) x += 2;
    if (!is(x + 1, ",") || !person_at(x + 2)) return false;
    int person = items[x + 2].entity;
    role_edges(person, r, holder, "role_apposition");
    if (from > 0 && is(from - 1, "the")) --from;
    merge(from, past_comma(x + 3), person);
    i = from;
    return true;
  }

  // "The head of CERT.LV, Arturs Liepa, met ...": the title names its holder
  // after "of", the person follows; the whole phrase is the person (the
  // body does not meet anyone). Returns whether it merged at i.
  bool title_of_then_person(std::size_t i) {
    int r = role_at(i);
    // "of" one or two items on, else no lookup (this runs for every item)
    if (r < 0 && !is(i + 1, "of") && !is(i + 2, "of")) return false;
    std::string rel;
    std::size_t len = 1;
    if (r < 0) {
      auto it = ctx.lex->role_noun_relation.find(items[i].key);
      if (i + 1 < items.size() && it == ctx.lex->role_noun_relation.end()) {
        it = ctx.lex->role_noun_relation.find(items[i].key + " " + items[i + 1].key);
        len = 2;
      }
      if (it == ctx.lex->role_noun_relation.end()) return false;
      rel = it->second;
    }
    std::size_t of = i + len;
    // "the Minister (Responsible) for the GCSB, X": a written title may name its holder after "for"
    if (r >= 0 && is(of, "responsible") && is(of + 1, "for")) ++of;
    if (!is(of, "of") && !(r >= 0 && is(of, "for"))) return false;
    std::size_t x = is(of + 1, "the") ? of + 2 : of + 1;
    // "the head of the Norwegian National Security Authority": the nation is read into the body later
    if (entity_at(x) && type(items[x].entity) == NodeType::Nation && entity_at(x + 1) &&
        type(items[x + 1].entity) == NodeType::Organisation)
      ++x;
    // "met A and the commander of the cyber forces, Brigadier General B": a
    // holder left unnamed; the phrase is still B (who is met), with no edge.
    std::size_t unnamed = entity_at(x) ? 0 : unnamed_holder(x);
    if (unnamed) x += unnamed - 1;
    else if (!entity_at(x) || type(items[x].entity) == NodeType::Person) return false;
    std::size_t after = unnamed ? x + 1 : past_holder_tail(x + 1);
    // "the head of the OSCE office in Astana, Ambassador X": the head of a unit of the body
    // serves the body (leads the unit)
    std::size_t u = after;
    while (u < after + 2 && plain_word(u) && !is_unit_word(u)) ++u;  // "the Europol cyber unit"
    std::size_t unit = !unnamed && is_unit_word(u) ? u + 1 : 0;
    if (unit && (is(unit, "in") || is(unit, "at")) && entity_at(unit + 1) && type(items[unit + 1].entity) != NodeType::Person)
      unit += 2;
    if (unit && is(unit, ",")) after = unit;
    else unit = 0;
    // "Head of the Agency General X": a title written as a name needs no comma before the person
    bool comma = is(after, ",");
    if (!comma && !(r >= 0 && !unnamed)) return false;
    std::size_t p = comma ? after + 1 : after;
    if (role_at(p) >= 0) ++p;  // "..., Colonel X,": a rank before the name
    if (!person_at(p)) return false;
    int person = items[p].entity;
    if (unit) emit(person, items[x].entity, EdgeType::affiliated_with, "title_of_unit_apposition");
    else if (!unnamed && r >= 0) role_edges(person, r, items[x].entity, "title_of_apposition");
    else if (!unnamed) emit(person, items[x].entity, rel == "leads"sv ? EdgeType::leads : EdgeType::affiliated_with, "title_of_apposition");
    std::size_t from = i >= 1 && is(i - 1, "the") ? i - 1 : i;
    merge(from, past_comma(p + 1), person);
    return true;
  }

  // Past what a holder's name may carry before the person: "of the Armed
  // Forces" (whose body it is) and an acronym in brackets ("(JCC)").
  std::size_t past_holder_tail(std::size_t k) const {
    std::size_t x = is(k, "of") ? (is(k + 1, "the") ? k + 2 : k + 1) : k;
    if (x != k && entity_at(x) && type(items[x].entity) != NodeType::Person) k = x + 1;
    if (is(k, "(") && entity_at(k + 1) && is(k + 2, ")")) k += 3;
    return k;
  }

  // One to four lower-case words naming no one ("cyber forces") from x up to
  // a comma: their count, else 0.
  std::size_t unnamed_holder(std::size_t x) const {
    std::size_t k = x;
    while (k < items.size() && k < x + 4 && !items[k].is_entity() && items[k].key != "<role>"sv && !items[k].key.empty() &&
           std::isalpha(static_cast<unsigned char>(items[k].key[0])) && items[k].begin < s.tokens.size() &&
           !s.tokens[items[k].begin].capital)
      ++k;
    return k > x && is(k, ",") ? k - x : 0;
  }

  // "Colonel Jaak Tarien, the Director of the CCDCOE,": the role names its holder after "of".
  bool role_of_apposition(std::size_t i, int r) {
    std::size_t p = i;
    if (p >= 1 && is(p - 1, "the")) --p;
    if (p < 2 || !is(p - 1, ",") || !person_at(p - 2)) return false;
    if (!(is(i + 1, "of") || is(i + 1, "at") || is(i + 1, "for"))) return false;
    std::size_t x = is(i + 2, "the") ? i + 3 : i + 2;
    if (!entity_at(x) || type(items[x].entity) == NodeType::Person) return false;
    if (is(x + 1, "'s") && entity_at(x + 2) && type(items[x + 2].entity) == NodeType::Organisation) x += 2;  // "of Peru's Agency"
    int person = items[p - 2].entity;
    role_edges(person, r, items[x].entity, "role_apposition");
    std::size_t to = past_comma(x + 1);
    merge(p - 2, to, person);
    return true;
  }

  // The end of a phrase merged into a name: past the comma closing it, but not
  // one that opens a relative clause ("..., Karl Berg, who met ..."), which
  // split_clauses() reads.
  std::size_t past_comma(std::size_t k) const {
    return is(k, ",") && !is(k + 1, "who") && !is(k + 1, "whose") && !is(k + 1, "which") ? k + 1 : k;
  }

  void merge(std::size_t from, std::size_t to, int entity) {
    to = std::min(to, items.size());
    Item it{entity, {}, {}, items[from].begin, items[to - 1].end};
    // "the Swedish contingent, drawn from A": patterns may still read the group noun
    if (ctx.lex->group_noun_set.count(items[to - 1].key)) it.key = items[to - 1].key, it.head_word = true;
    items.erase(items.begin() + static_cast<long>(from), items.begin() + static_cast<long>(to));
    items.insert(items.begin() + static_cast<long>(from), std::move(it));
  }

  std::size_t representative_length(std::size_t i) const {
    if (i >= items.size()) return 0;
    if (i + 1 < items.size() && ctx.lex->representative_set.count(items[i].key + " " + items[i + 1].key)) return 2;
    return ctx.lex->representative_set.count(items[i].key) ? 1 : 0;
  }

  // "X's Y" -> Y; "X's military", "the X military" -> X.
  void chunk_possessives() {
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!entity_at(i)) continue;
      NodeType t = type(items[i].entity);
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
  bool unit_apposition(std::size_t i, std::size_t len) {
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
  void chunk_ages() {
    for (std::size_t i = 0; i + 3 < items.size(); ++i) {
      if (!person_at(i) || !is(i + 1, ",") || !is(i + 3, ",")) continue;
      const WordKey& k = items[i + 2].key;
      if (k.size() == 2 && std::isdigit(static_cast<unsigned char>(k[0])) && std::isdigit(static_cast<unsigned char>(k[1])))
        merge(i, is(i + 4, "who") ? i + 3 : i + 4, items[i].entity);  // ", who" still opens a clause
    }
  }

  bool state_body(const Item& it) const {
    for (std::uint32_t k = it.begin; k < it.end && k < s.tokens.size(); ++k)
      if (ctx.lex->state_body_set.count(s.tokens[k].key)) return true;
    return false;
  }
};

}  // namespace

bool people_pair_noun(std::string_view k) {
  return k == "ministers"sv || k == "leaders"sv || k == "men"sv || k == "women"sv || k == "envoys"sv || k == "commanders"sv;
}

NodeType entity_type(const ItemContext& ctx, int entity) { return ctx.doc->entities[entity].type; }

std::vector<Item> build_items(const SentenceAnalysis& s, ItemContext& ctx, bool collapse, std::vector<ChunkRelation>* found,
                              std::vector<Item>* surface) {
  Builder b{s, ctx, found, {}};
  b.tokens_to_items();
  if (surface) *surface = b.items;
  if (!collapse) return std::move(b.items);
  b.chunk_roles();
  b.chunk_ages();
  b.chunk_possessives();
  return std::move(b.items);
}

}  // namespace newsgraph::detail
