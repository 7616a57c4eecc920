#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "relate/passes.hpp"
#include "relate/references.hpp"

namespace newsgraph::detail {
namespace {

constexpr std::size_t kListsKept = 8;

bool plain_entity(const Item& it) { return it.entity >= 0 && it.group.empty() && std::string_view(it.key) != "<role>"; }

// "," "and" "or" "the" between the names of a list.
bool list_joint(std::string_view k) { return k == "," || k == "and" || k == "or" || k == "the"; }

bool org_or_nation(NodeType t) { return t == NodeType::Organisation || t == NodeType::Nation; }

// "countries", "agencies": a plural noun the lexicon types (cues.json type_nouns).
bool plural_noun(const Lexicon& lex, std::string_view key, NodeType& type) {
  if (key.size() < 3 || key.back() != 's') return false;
  auto it = lex.type_noun_type.find(key);
  if (it == lex.type_noun_type.end() || !org_or_nation(it->second)) return false;
  type = it->second;
  return true;
}

// "five" 5, "12" 12; 0 for anything else.
std::size_t count_word(const Lexicon& lex, std::string_view key) {
  if (auto it = lex.temporal.number_words.find(key); it != lex.temporal.number_words.end())
    return it->second > 1 ? static_cast<std::size_t>(it->second) : 0;
  if (key.empty() || key.size() > 2 || !std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return 0;
  return static_cast<std::size_t>(std::stoi(std::string(key)));
}

struct Resolver {
  std::vector<Item>& items;
  const ItemContext& ctx;
  const ListMemory& lists;
  std::size_t pair_sentence;
  std::vector<ChunkRelation>& found;

  const Lexicon& lex() const { return *ctx.lex; }
  NodeType type(int e) const { return entity_type(ctx, e); }
  // string_view: the size is compared first (this runs on every item of every sentence)
  bool is(std::size_t i, std::string_view key) const {
    return i < items.size() && items[i].key.size() == key.size() && items[i].key == key && !items[i].is_entity();
  }

  void replace(std::size_t from, std::size_t to, Item it) {
    it.begin = items[from].begin;
    it.end = items[to - 1].end;
    items.erase(items.begin() + static_cast<long>(from), items.begin() + static_cast<long>(to));
    items.insert(items.begin() + static_cast<long>(from), std::move(it));
  }

  // "all five countries", "all the agencies", "the three nations", "both
  // agencies": the length of the phrase at i and the entities it stands for.
  std::size_t plural_at(std::size_t i, const std::vector<int>*& group) const {
    const KeyView& k = items[i].key;
    std::size_t j = i + 1, count = 0;
    if (k == "all") {
      bool determined = is(j, "the") || is(j, "these");
      if (determined) ++j;
      if (j < items.size() && (count = count_word(lex(), items[j].key))) ++j;
      // "all Allies", "all countries": every one there is, no list the story named
      if (!determined && !count) return 0;
    } else if (k == "the" || k == "these" || k == "those") {
      if (std::size_t len = nation_group_at(j, 0, group)) return j + len - i;  // "the Baltic states"
      // a count is a short word or number, followed by a plural noun
      std::size_t noun = j + 1 + (counted_adjective(j + 1) ? 1 : 0);
      if (noun >= items.size() || items[j].key.size() > 6 || !items[noun].key.ends_with('s')) return 0;
      if (!(count = count_word(lex(), items[j].key))) return 0;
      ++j;
    } else if (k == "both") {
      count = 2;
    } else {
      return 0;
    }
    if (std::size_t len = nation_group_at(j, count, group)) return j + len - i;  // "all three Baltic countries"
    bool taking_part = count && (is(j, "participating") || is(j, "attending"));
    if (count && counted_adjective(j)) ++j;
    if (std::size_t len = count > 2 ? counted_group(lex(), lists, items, i, j, count, sentence, group) : 0) return len;
    NodeType t;
    if (j >= items.size() || items[j].is_entity() || !plural_noun(lex(), items[j].key, t)) return 0;
    group = lists.latest(t, count);
    // "the nine participating states" with no list of nine: those that took
    // part in (or organised) what the story is about, when they are nine.
    if (!group && taking_part && t == NodeType::Nation && ctx.participant_nations.size() == count)
      group = &ctx.participant_nations;
    return group ? j + 1 - i : 0;
  }

  // "participating" in "the nine participating states": the counted list still.
  bool counted_adjective(std::size_t j) const { return is(j, "participating") || is(j, "signatory") || is(j, "attending"); }

  // The lower-case word of a one-token item ("baltic"), whether or not it was read as a name.
  const std::string& token_key(const Item& it) const {
    static const std::string none;
    const auto& toks = ctx.doc->sentences[sentence].tokens;
    return it.end == it.begin + 1 && it.begin < toks.size() ? toks[it.begin].key : none;
  }

  bool group_word(const Item& it) const {
    return !lex().nation_groups.empty() && lex().nation_groups.count(token_key(it)) > 0;
  }

  // "Baltic countries", "Nordic states" at j (patterns.json nation_groups):
  // the members the document names (at most `count` when given), and 2; else 0.
  std::size_t nation_group_at(std::size_t j, std::size_t count, const std::vector<int>*& group) const {
    if (j + 1 >= items.size() || !group_word(items[j])) return 0;
    NodeType t;
    if (items[j + 1].is_entity() || !plural_noun(lex(), items[j + 1].key, t) || t != NodeType::Nation) return 0;
    named_group.clear();
    for (const auto& label : lex().nation_groups.at(token_key(items[j]))) {
      auto id = lex().find_entity(label);
      if (!id) continue;
      for (int e = 0; e < static_cast<int>(ctx.doc->entities.size()); ++e)
        if (ctx.doc->entities[e].lexicon == static_cast<int>(*id)) named_group.push_back(e);
    }
    if (named_group.empty() || (count && named_group.size() > count)) return 0;
    group = &named_group;
    return 2;
  }

  // "the two nations" that items.cpp read as the two who met: the latest
  // list of two when it is not older than the meeting.
  const std::vector<int>* pair_as_list(const Item& it) const {
    const auto& toks = ctx.doc->sentences[sentence].tokens;
    if (it.end == 0 || it.end - 1 >= toks.size()) return nullptr;
    NodeType t;
    std::size_t at = 0;
    const std::vector<int>* list = nullptr;
    const WordKey& noun = toks[it.end - 1].key;
    if (plural_noun(lex(), noun, t)) list = lists.latest(t, 2, &at);
    else if (noun == "both" && (list = lists.latest(NodeType::Nation, 2, &at)) != nullptr) {
      t = NodeType::Nation;  // "Both countries are members of A and of B, and both are signatories": the nations
    }
    else if (noun == "sides" || noun == "parties" || noun == "both") {  // "..., and both are signatories"
      // "the two sides" of a compound the sentence names ("ROK-Australia") first
      if (noun != "both")
        if (const std::vector<int>* compounded = sides_compounded()) return compounded;
      // of any kind; but two bodies named with two nations in one sentence ("Estonia
      // and Australia launched it ... experts from A's agency and its command") are
      // no sides: the nations are
      list = lists.latest_two(&at);
      std::size_t nations_at = 0;
      const std::vector<int>* nations = lists.latest(NodeType::Nation, 2, &nations_at);
      auto bodies = [&](const std::vector<int>& l) {
        return std::all_of(l.begin(), l.end(), [&](int e) { return type(e) == NodeType::Organisation; });
      };
      if (list && nations && nations_at >= at && bodies(*list)) list = nations, at = nations_at;
    }
    else return nullptr;
    // two people who met with no nations known are not "the two countries": the list stands
    bool no_nations = t == NodeType::Nation && list != nullptr && (ctx.last_nation_pair.empty() || noun == "both");
    return list && (ctx.last_pair.empty() || at >= pair_sentence || no_nations) ? list : nullptr;
  }

  // Whose "its" it is: the latest nation before i when `nation_first` and there
  // is one, else the clause's first organisation or nation, else the previous
  // sentence's subject.
  int owner_before(std::size_t i, bool nation_first, bool organisation_only) const {
    if (nation_first)
      for (std::size_t k = i; k-- > 0;)
        if (plain_entity(items[k]) && type(items[k].entity) == NodeType::Nation && !place_nation(k)) return items[k].entity;
    for (std::size_t k = 0; k < i; ++k) {
      if (!plain_entity(items[k]) || author_word(items[k])) continue;  // "its" is never "we"
      NodeType t = type(items[k].entity);
      // "The Italian defence group opened its lab": the group, unnamed, not Italy
      if (!organisation_only && adjective_of_noun(k)) return -1;
      if (t == NodeType::Nation && place_nation(k)) continue;
      if (organisation_only ? t == NodeType::Organisation : org_or_nation(t)) return items[k].entity;
    }
    int previous = organisation_only && ctx.previous_org >= 0 ? ctx.previous_org : ctx.previous_subject;
    if (previous < 0) return -1;
    NodeType t = type(previous);
    return (organisation_only ? t == NodeType::Organisation : org_or_nation(t)) ? previous : -1;
  }

  // "MONS, Belgium - NATO opened its centre": a place's nation locates, it does not own.
  bool place_nation(std::size_t k) const {
    return k >= 2 && is(k - 1, ",") && plain_entity(items[k - 2]) && type(items[k - 2].entity) == NodeType::Place;
  }

  // Whether items[k] is a nation's demonym before a noun it qualifies ("the Italian defence group").
  bool adjective_of_noun(std::size_t k) const {
    if (k + 1 >= items.size() || type(items[k].entity) != NodeType::Nation) return false;
    const KeyView& next = items[k + 1].key;
    if (items[k + 1].is_entity() || next.empty() || !std::islower(static_cast<unsigned char>(next[0])) ||
        lex().function_word_set.count(next))
      return false;
    const auto& mentions = ctx.doc->sentences[sentence].mentions;
    return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
      return m.begin == items[k].begin && m.kind == MentionKind::Demonym;
    });
  }

  bool state_body(const Item& it) const {
    const auto& toks = ctx.doc->sentences[sentence].tokens;
    for (std::uint32_t k = it.begin; k < it.end && k < toks.size(); ++k)
      if (lex().state_body_set.count(toks[k].key)) return true;
    return false;
  }

  // "its national response team": the index of the body noun ending at most
  // six lower-case words after i, or 0.
  std::size_t body_noun_after(std::size_t i) const {
    for (std::size_t k = i + 1; k < items.size() && k <= i + 6; ++k) {
      if (items[k].is_entity() || items[k].key.empty() || !std::islower(static_cast<unsigned char>(items[k].key[0]))) return 0;
      const auto& w = items[k].key;
      if (lex().unit_word_set.count(w) || lex().state_body_set.count(w)) return k;
    }
    return 0;
  }

  bool organisation_at(std::size_t i) const {
    return i < items.size() && plain_entity(items[i]) && type(items[i].entity) == NodeType::Organisation;
  }

  // "the head of the agency" with no person named beside it: the length of
  // "head of the agency" (the body last), 0 otherwise.
  std::size_t nameless_title(std::size_t i) const {
    if (person_beside(i) || !is(i + 1, "of")) return 0;
    std::size_t body = is(i + 2, "the") ? i + 3 : i + 2;
    if (body >= items.size() || !plain_entity(items[body]) || !org_or_nation(type(items[body].entity))) return 0;
    return body + 1 - i;
  }

  bool person_at(std::size_t k) const {
    return k < items.size() && items[k].entity >= 0 && items[k].group.empty() && type(items[k].entity) == NodeType::Person;
  }
  // A title acts for its body only in a clause that names no person: a
  // person's title is for the role chunks (items.cpp) and patterns to read.
  bool person_beside(std::size_t) const {
    for (std::size_t k = 0; k < items.size(); ++k)
      if (person_at(k)) return true;
    return false;
  }

  // The body a title names inside its own words ("Director of the CCDCOE"), or -1.
  int title_holder(const Item& it) const {
    const auto& roles = ctx.doc->sentences[sentence].roles;
    if (it.group.empty() || it.group[0] < 0 || static_cast<std::size_t>(it.group[0]) >= roles.size()) return -1;
    int org = roles[it.group[0]].org;
    return org >= 0 && org_or_nation(type(org)) ? org : -1;
  }

  bool leading_noun(std::string_view key) const {
    auto role = lex().role_noun_relation.find(key);
    return role != lex().role_noun_relation.end() && role->second == "leads";
  }

  static bool copula(std::string_view k) {
    return k == "are" || k == "were" || k == "remain" || k == "became" || k == "become";
  }

  // Words that may open a plural reference (checked before any lookup: this runs on every item).
  static bool may_count(std::string_view k) {
    return k == "all" || k == "the" || k == "these" || k == "those" || k == "both";
  }

  // "its newest members": a plural noun for members within three words.
  // A noun of people a body sends (patterns.json document_participation people_nouns) within
  // three words after "its" ("its cyber specialists").
  bool people_follow(std::size_t i) const {
    for (std::size_t k = i + 1; k < items.size() && k <= i + 3; ++k) {
      if (items[k].is_entity()) return false;
      if (lex().document_participation.people_set.count(items[k].key)) return true;
    }
    return false;
  }

  bool members_follow(std::size_t i) const {
    for (std::size_t k = i + 1; k < items.size() && k <= i + 3; ++k) {
      if (items[k].is_entity()) return false;
      NodeType t;
      const KeyView& w = items[k].key;
      if (plural_noun(lex(), w, t) && t == NodeType::Nation && w != "countries" && w != "nations" && w != "states")
        return true;
    }
    return false;
  }

  void run() {
    for (std::size_t i = 0; i < items.size(); ++i) {
      Item& it = items[i];
      std::string_view key = it.key;
      // "the Federal Minister held talks with X": a title after "the" with no name beside it
      if ((key == "<role>" || (!it.is_entity() && lex().title_relation.count(it.key))) && titled_reference(i)) continue;
      // a title, or one written in lower case ("the director of CERT.LV")
      if (key == "<role>" || (is(i + 1, "of") && !it.is_entity() && leading_noun(it.key))) {
        title_reference(i);
        continue;
      }
      if (key == "<pair>") {
        if (const auto* list = pair_as_list(it)) it.key = "<group>", it.group = *list;
        continue;
      }
      if (it.is_entity() || group_reference(i) || country_possessive(i) || speaker_country(i)) continue;
      if (key == "its" || key == "their") its_reference(i);
      else if (ctx.author >= 0 && (key == "we" || key == "us" || key == "our")) author_reference(i);
    }
  }

  bool author_word(const Item& it) const {
    return it.entity >= 0 && it.entity == ctx.author && (it.key == "we" || it.key == "us" || it.key == "our");
  }

  // "we", "our" of a post headed by its organisation's name, outside quotations: that organisation.
  // "our CEO" reads "X 's CEO".
  void author_reference(std::size_t& i) {
    bool quoted = sentence < ctx.quoted.size() && ctx.quoted[sentence];
    const auto& toks = ctx.doc->sentences[sentence].tokens;
    for (std::uint32_t k = 0; k < items[i].begin && k < toks.size(); ++k) quoted ^= toks[k].key == "\"";
    if (quoted) return;
    Item& it = items[i];
    bool possessive = it.key == "our";
    it = Item{ctx.author, {}, it.key, it.begin, it.end};
    if (!possessive) return;
    items.insert(items.begin() + static_cast<long>(i + 1), Item{-1, {}, "'s", it.begin, it.end});
    ++i;
  }

  // The person an earlier sentence gave the title at i to, for "the Minister" (the item
  // and its "the" become that person); false when none or when a name, "of" or "'s" follows.
  bool titled_reference(std::size_t& i) {
    if (i == 0 || !is(i - 1, "the") || (items[i].key == "<role>" && title_holder(items[i]) >= 0)) return false;
    std::size_t n = i + 1;
    // the title is the subject of a verb ("the Minister held", "the minister then met", "the minister and I")
    // or the partner of "with" ("held talks with the Assistant Secretary General yesterday")
    bool partner = i >= 2 && is(i - 2, "with") && (n >= items.size() || !items[n].is_entity());
    if (!partner && (n >= items.size() || items[n].is_entity())) return false;
    const KeyView& next = n < items.size() ? items[n].key : KeyView{};
    bool verb = next == "and" || next.ends_with("ed") || lex().past_verb_set.count(next) ||
                lex().verb_auxiliary_set.count(next) || lex().subject_adverb_set.count(next) || lex().modal_set.count(next);
    if (!verb && !(partner && next != "of" && next != "'s")) return false;
    int person = titled_antecedent(*ctx.doc, sentence, items[i].begin, items[i].end);
    if (person < 0 || std::any_of(items.begin(), items.end(), [&](const Item& o) { return o.entity == person; }))
      return false;
    replace(i - 1, i + 1, Item{person, {}, {}, 0, 0});
    --i;
    return true;
  }

  // "signed by the head of the agency and ...": a title with no name acts for what it heads.
  void title_reference(std::size_t& i) {
    Item& it = items[i];
    if (it.key == "<role>") {
      int holder = title_holder(it);
      if (holder >= 0 && !person_beside(i)) {
        it = Item{holder, {}, {}, it.begin, it.end};
        return;
      }
    }
    if (std::size_t len = nameless_title(i)) {
      Item body = items[i + len - 1];
      std::size_t from = i > 0 && is(i - 1, "the") ? i - 1 : i;
      replace(from, i + len, std::move(body));
      i = from;
    }
  }

  // "these countries", "both nations": a plural reference becomes the group it names.
  bool group_reference(std::size_t i) {
    std::string_view key = items[i].key;
    const std::vector<int>* group = nullptr;
    // "A and B, both members of X": an apposition to the names just listed, not a reference back.
    bool apposition = (key == "both" || key == "all") && i >= 2 && is(i - 1, ",") && items[i - 2].is_entity();
    // "A and B are both members of X": a quantifier floated off the subject, not a reference back.
    apposition |= (key == "both" || key == "all") && i >= 1 && copula(items[i - 1].key);
    if (!apposition && may_count(key) && i + 1 < items.size() && (!items[i + 1].is_entity() || group_word(items[i + 1])))
      if (std::size_t len = plural_at(i, group)) {
        replace(i, i + len, Item{-1, *group, "<group>"});
        return true;
      }
    return false;
  }

  // "the country's Cyber Command": the nation spoken of owns it. True when the words are there.
  bool country_possessive(std::size_t i) {
    if (!(is(i, "the") && (is(i + 1, "country") || is(i + 1, "nation")) && is(i + 2, "'s"))) return false;
    if (!organisation_at(i + 3)) return country_body_apposition(i);
    int owner = owner_before(i, true, false);
    if (owner < 0 || type(owner) != NodeType::Nation) owner = lists.last_nation();
    if (owner >= 0) {
      emit(items[i + 3].entity, owner, "country_possessive_unit");
      Item org = items[i + 3];
      replace(i, i + 4, std::move(org));
    }
    return true;
  }

  // "runs the country's national response team, KZ-CERT": the body named after the noun phrase is
  // the nation's, one this sentence names (not the story's last). Always false. (Not "KZ-CERT, the
  // country's national team": that apposition cost a fact on a blind set.)
  bool country_body_apposition(std::size_t i) {
    std::size_t noun = body_noun_after(i + 2);
    if (noun == 0 || !is(noun + 1, ",") || !organisation_at(noun + 2)) return false;
    int owner = owning_nation_before(i);
    for (std::size_t k = i; owner < 0 && k-- > 0;)
      if (plain_entity(items[k]) && type(items[k].entity) == NodeType::Nation && !place_nation(k)) owner = items[k].entity;
    if (owner >= 0) emit(items[noun + 2].entity, owner, "country_body_apposition");
    return false;
  }

  // The nation named inside a body's item before i ("Norway 's NSM" read as one item); -1 when none.
  int owning_nation_before(std::size_t i) const {
    for (std::size_t k = 0; k < i; ++k)
      for (const Mention& m : ctx.doc->sentences[sentence].mentions)
        if (organisation_at(k) && m.begin >= items[k].begin && m.begin < items[k].end && m.entity != items[k].entity &&
            type(m.entity) == NodeType::Nation)
          return m.entity;
    return -1;
  }

  // "Japan's delegate, A, said her country had ...": "his|her|my|our country" is the nation
  // the clause named before it (for "my|our", else the state a letterhead speaks for).
  bool speaker_country(std::size_t i) {
    const KeyView& key = items[i].key;
    bool own = key == "my" || key == "our";
    if (!(own || key == "his" || key == "her") || !is(i + 1, "country")) return false;
    int nation = -1;
    for (std::size_t k = i; k-- > 0 && nation < 0;)
      if (plain_entity(items[k]) && type(items[k].entity) == NodeType::Nation) nation = items[k].entity;
    if (nation < 0 && own && ctx.author >= 0 && type(ctx.author) == NodeType::Nation) nation = ctx.author;
    if (nation < 0) return false;
    replace(i, i + 2, Item{nation, {}, "country", 0, 0});
    return true;
  }

  // "X (XA), which runs ... through its Y": "its" inside a relative clause is the body the
  // clause hangs on, not the sentence's first name; -1 when i is in no such clause or
  // another body is named in the clause before it ("the alliance's" only qualifies).
  int relative_antecedent(std::size_t i) const {
    std::size_t w = i;
    while (w-- > 0 && !is(w, "which")) {
      if (plain_entity(items[w]) && !is(w + 1, "'s")) return -1;
    }
    if (w >= items.size() || w < 2 || !is(w - 1, ",")) return -1;
    std::size_t k = w - 2;
    if (is(k, ")")) {  // an acronym written after the name
      while (k > 0 && !is(k, "(")) --k;
      if (k == 0) return -1;
      --k;
    }
    return plain_entity(items[k]) && org_or_nation(type(items[k].entity)) ? items[k].entity : -1;
  }

  // "its"/"their" at i: a unit of the clause's owner, or the owner of members named next.
  void its_reference(std::size_t& i) {
    // "Estonia ... its Ministry of Defence": a part of the clause's nation or organisation.
    if (organisation_at(i + 1)) {
      // "the ASD and its Australian Cyber Security Centre": the body just named owns it
      bool paired = i >= 2 && is(i - 1, "and") && plain_entity(items[i - 2]) && org_or_nation(type(items[i - 2].entity));
      int owner = paired ? items[i - 2].entity : relative_antecedent(i);
      if (owner < 0) owner = owner_before(i, state_body(items[i + 1]), false);
      emit(items[i + 1].entity, owner, "its_unit");
      return;
    }
    // "Iceland by its national response team, CERT-IS", "CERT-IS, its national
    // response team": the body named beside "its" and a body noun belongs to the owner.
    if (std::size_t noun = body_noun_after(i)) {
      std::size_t part = is(noun + 1, ",") && organisation_at(noun + 2) ? noun + 2
                         : i >= 2 && is(i - 1, ",") && organisation_at(i - 2) ? i - 2 : items.size();
      if (part < items.size()) emit(items[part].entity, owner_before(i, true, false), "its_described_unit");
      return;
    }
    // "Its newest members, A and B": "its" is the organisation, then a possessive;
    // "Its cyber specialists have taken part in X": the clause's or the story's subject's people.
    bool members = members_follow(i);
    if (members || people_follow(i)) {
      int owner = owner_before(i, false, members);
      if (owner < 0) return;
      Item& it = items[i];
      Item possessive{-1, {}, "'s", it.begin, it.end};
      it = Item{owner, {}, "its", it.begin, it.end};
      items.insert(items.begin() + static_cast<long>(i + 1), std::move(possessive));
      ++i;
    }
  }

  void emit(int part, int whole, const char* pattern) {
    if (part < 0 || whole < 0 || part == whole || owned_elsewhere(part, whole)) return;
    found.push_back({part, whole, EdgeType::part_of, pattern, 0.7});
  }

  // The lexicon puts the part in another state ("Cyber Command" read as the
  // U.S. one in a story about Korea): the possessive is not believed.
  bool owned_elsewhere(int part, int whole) const {
    int lex_part = ctx.doc->entities[part].lexicon;
    if (lex_part < 0 || lex().entities[lex_part].part_of.empty()) return false;
    auto owner = lex().find_entity(lex().entities[lex_part].part_of);
    return owner && lex().entities[*owner].type == NodeType::Nation &&
           ctx.doc->entities[whole].lexicon != static_cast<int>(*owner);
  }

  std::size_t sentence;
  mutable std::vector<int> named_group;  // nation_group_at()'s answer, copied by the caller
  mutable std::vector<int> compound_sides;  // sides_compounded()'s answer

  // "the two sides signed the Korea-Australia Terms of Reference", "At the Korea-Japan
  // talks, the two sides agreed": the two nations a compound word of the sentence
  // joins are its sides; null when no word (or more than one pair) does so.
  const std::vector<int>* sides_compounded() const {
    compound_sides.clear();
    for (const auto& t : ctx.doc->sentences[sentence].tokens) {
      if (!t.word || !t.capital || t.text.find('-') == std::string_view::npos) continue;
      std::vector<int> parts;
      std::string_view text = t.text;
      for (std::size_t from = 0; from <= text.size();) {
        std::size_t dash = std::min(text.find('-', from), text.size());
        int e = part_entity(*ctx.doc, lex(), std::string(text.substr(from, dash - from)));
        if (e < 0 || type(e) != NodeType::Nation || std::find(parts.begin(), parts.end(), e) != parts.end()) {
          parts.clear();
          break;
        }
        parts.push_back(e);
        from = dash + 1;
      }
      if (parts.size() != 2) continue;
      if (!compound_sides.empty() && compound_sides != parts) return nullptr;
      compound_sides = parts;
    }
    return compound_sides.empty() ? nullptr : &compound_sides;
  }
};

// A list ending before j goes on with another name: ", NATO", "and the EU".
bool goes_on(const std::vector<Item>& items, const ItemContext& ctx, std::size_t j) {
  std::size_t k = j;
  while (k < items.size() && k < j + 3 && list_joint(items[k].key)) ++k;
  return k > j && k < items.size() && plain_entity(items[k]) && org_or_nation(entity_type(ctx, items[k].entity));
}

}  // namespace

void ListMemory::observe(const std::vector<Item>& items, const ItemContext& ctx, std::size_t sentence) {
  if (current_nation_ >= 0) last_nation_ = current_nation_;
  for (const auto& it : items)
    if (plain_entity(it) && entity_type(ctx, it.entity) == NodeType::Nation) current_nation_ = it.entity;
  for (std::size_t i = 0; i < items.size();) {
    if (!plain_entity(items[i])) {
      ++i;
      continue;
    }
    NodeType t = entity_type(ctx, items[i].entity);
    std::vector<int> list{items[i].entity};
    std::size_t j = i + 1;
    for (;;) {
      std::size_t k = j;
      bool sep = false;
      while (k < items.size() && k < j + 3 && list_joint(items[k].key)) {
        sep |= std::string_view(items[k].key) != "the";
        ++k;
      }
      if (!sep || k >= items.size() || !plain_entity(items[k]) || entity_type(ctx, items[k].entity) != t) break;
      if (std::find(list.begin(), list.end(), items[k].entity) == list.end()) list.push_back(items[k].entity);
      j = k + 1;
    }
    if (list.size() >= 2 && org_or_nation(t)) lists_.push_back({t, std::move(list), sentence, false, goes_on(items, ctx, j)});
    // "between Japan and NATO": two of different kinds, one pair
    else if (list.size() == 1 && org_or_nation(t) && j + 1 < items.size() && items[j].key == "and") {
      std::size_t k = items[j + 1].key == "the" ? j + 2 : j + 1;
      bool more = k + 1 < items.size() && (items[k + 1].key == "and" || items[k + 1].key == "or");
      if (k < items.size() && plain_entity(items[k]) && items[k].entity != list[0] &&
          org_or_nation(entity_type(ctx, items[k].entity)) && !more)
        lists_.push_back({t, {list[0], items[k].entity}, sentence, true});
    }
    i = j;
  }
  if (lists_.size() > kListsKept) lists_.erase(lists_.begin(), lists_.end() - static_cast<long>(kListsKept));
}

const std::vector<int>* ListMemory::latest(NodeType type, std::size_t count, std::size_t* sentence) const {
  for (auto it = lists_.rbegin(); it != lists_.rend(); ++it) {
    if (it->mixed || it->type != type || (count && it->entities.size() != count)) continue;
    if (sentence) *sentence = it->sentence;
    return &it->entities;
  }
  return nullptr;
}

const std::vector<int>* ListMemory::latest_two(std::size_t* sentence) const {
  for (auto it = lists_.rbegin(); it != lists_.rend(); ++it) {
    if (it->entities.size() != 2 || it->open) continue;
    if (sentence) *sentence = it->sentence;
    return &it->entities;
  }
  return nullptr;
}

void resolve_references(std::vector<Item>& items, const ItemContext& ctx, const ListMemory& lists, std::size_t sentence,
                        std::size_t pair_sentence, std::vector<ChunkRelation>& found) {
  Resolver r{items, ctx, lists, pair_sentence, found, sentence, {}, {}};
  r.run();
  relative_they(items, ctx, sentence);
}

}  // namespace newsgraph::detail
