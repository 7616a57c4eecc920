// Titles and roles in a sentence's items (ItemBuilder, item_builder.hpp): "NATO
// Secretary General X", "X, South Korea's Cyber Operations Commander", "the agency's
// chief executive X" become the person's item, and the roles their edges.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "relate/item_builder.hpp"

namespace newsgraph::detail {

using namespace std::string_view_literals;

// Where a person's mention starts after one or two lower-case name particles at i (cues.json
// name_particles: "de", "van der"); else i.
std::uint32_t ItemBuilder::particles_before_person(std::uint32_t i, const std::vector<int>& mention_at) const {
  // a mention one or two tokens on first: most words have none, and the particles are a look-up each
  auto named = [&](std::uint32_t k) { return k < s.tokens.size() && mention_at[k] >= 0; };
  if (!named(i + 1) && !named(i + 2)) return i;
  std::uint32_t j = i;
  while (j < s.tokens.size() && j < i + 2 && mention_at[j] < 0 && !s.tokens[j].capital &&
         ctx.lex->name_particle_set.count(s.tokens[j].key))
    ++j;
  if (j == i || j >= s.tokens.size() || mention_at[j] < 0) return i;
  return type(s.mentions[mention_at[j]].entity) == NodeType::Person ? j : i;
}

bool ItemBuilder::demoted(const RoleSpan& r) const {
  for (std::uint32_t k = r.begin; k < r.end; ++k)
    if (ctx.lex->demotes(s.tokens[k].key, k + 1 < r.end ? std::string_view(s.tokens[k + 1].key) : std::string_view())) return true;
  return false;
}

bool ItemBuilder::author_possessive(std::size_t i) const {
  if (ctx.author < 0 || !is(i, "our") || ctx.doc->sentences.empty()) return false;
  auto si = static_cast<std::size_t>(&s - ctx.doc->sentences.data());
  bool quoted = si < ctx.quoted.size() && ctx.quoted[si];
  for (std::uint32_t k = 0; k < items[i].begin && k < s.tokens.size(); ++k) quoted ^= s.tokens[k].key == "\""sv;
  return !quoted;
}

// "Minister of Defence", "Secretary of State": an office of a nation's government other
// than its head's (cues.json office_titles, government_head_titles), which serves the nation.
bool ItemBuilder::serves_nation(const RoleSpan& r) const {
  for (std::uint32_t k = r.begin; k < r.end; ++k) {
    if (!ctx.lex->office_title_set.count(s.tokens[k].key)) continue;
    if (k == r.begin) return true;
    return !ctx.lex->government_head_set.count(two_words(s.tokens[k - 1].key, s.tokens[k].key));
  }
  return false;
}

// Lower-case items [from, to) name a government office other than its head's ("defence
// minister", "foreign secretary"; not "prime minister"): cues.json office_titles.
bool ItemBuilder::office_words(std::size_t from, std::size_t to) const {
  for (std::size_t k = from; k < to && k < items.size(); ++k) {
    if (!ctx.lex->office_title_set.count(items[k].key)) continue;
    return k == from || !ctx.lex->government_head_set.count(two_words(items[k - 1].key, items[k].key));
  }
  return false;
}

// "President", "Prime Minister" (cues.json state_head_titles) closing the title: the head of a nation.
bool ItemBuilder::heads_state(const RoleSpan& r) const {
  if (r.end <= r.begin || r.end > s.tokens.size()) return false;
  const auto& last = s.tokens[r.end - 1].key;
  return ctx.lex->state_head_set.count(last) ||
         (r.end - r.begin >= 2 && ctx.lex->state_head_set.count(two_words(s.tokens[r.end - 2].key, last)));
}

// "Commander X of the Royal Danish Navy", "Squadron Leader X of the Air Force": a rank that
// reads as a head's title, before a body that is no command, names no post.
bool ItemBuilder::rank_of_service(const RoleSpan& r, int body) const {
  const auto& last = s.tokens[r.end - 1].key;
  if (last != "commander"sv && last != "leader"sv) return false;
  return ctx.doc->entities[static_cast<std::size_t>(body)].label.find("Command") == std::string::npos;
}

// "President X of Kenya", "Prime Minister X of Estonia": the nation after the name (at i + 1)
// holds the title at i; "Director X of the Harbour Agency": so does a body. -1 when none does.
int ItemBuilder::holder_after_name(std::size_t i, int r) const {
  std::size_t after = is(i + 3, "the") ? i + 4 : i + 3;
  if (!is(i + 2, "of") || !entity_at(after) || is(after + 1, "'s")) return -1;
  int body = items[after].entity;
  if (type(body) == NodeType::Nation) return after == i + 3 && heads_state(role(r)) ? body : -1;
  return type(body) == NodeType::Organisation && !rank_of_service(role(r), body) ? body : -1;
}

// A person's role toward `holder` (the nation or organisation named with the title).
void ItemBuilder::role_edges(int person, int r, int holder, const char* pattern) {
  const RoleSpan& rs = role(r);
  EdgeType rel = rs.relation == "leads"sv && !demoted(rs) ? EdgeType::leads : EdgeType::affiliated_with;
  if (rs.org >= 0) {
    emit(person, rs.org, rel, pattern);
    if (holder >= 0 && type(holder) != NodeType::Person) emit(rs.org, holder, EdgeType::part_of, pattern, 0.75);
  } else if (holder >= 0 && type(holder) != NodeType::Person && type(holder) != NodeType::Place) {
    // "Norway's Minister of Defence, X" leads the ministry, not Norway
    if (rel == EdgeType::leads && type(holder) == NodeType::Nation && serves_nation(rs)) rel = EdgeType::affiliated_with;
    emit(person, holder, rel, pattern);
  }
}

// The name whose possessive comes before the title at i ("ENISA's Director"; "the GCSB's
// current Director-General": a word of tenure, cues.json role_modifiers, between); else i.
std::size_t ItemBuilder::possessive_before(std::size_t i) const {
  std::size_t k = i >= 1 && ctx.lex->role_modifier_set.count(items[i - 1].key) ? i - 1 : i;
  return k >= 2 && is(k - 1, "'s") && entity_at(k - 2) ? k - 2 : i;
}

// "NATO Secretary General Jens Stoltenberg", "Lee Dong-kil, South Korea's
// Cyber Operations Commander,", "the Defense Minister, Lee Jong-sup,".
// "Sanna Lehtinen, Head of Communications, Revontuli Oy": a contact line's body after the role
// at `i` (of a person named before it, with no holder); a bare head's title leads it ("X,
// Director General, Y (ABBR)" of a ministry release; a TV script's "[SUPER: X, Director, Y]")
void ItemBuilder::contact_line_body(std::size_t i, int r, int person) {
  if (role(r).org >= 0 || !is(i + 1, ",") || !entity_at(i + 2) || type(items[i + 2].entity) != NodeType::Organisation) return;
  if (!(i + 3 == items.size() || is(i + 3, ",") || is(i + 3, ".") || is(i + 3, ";") || is(i + 3, "(") || is(i + 3, "]"))) return;
  bool heads = role(r).relation == "leads"sv && !demoted(role(r));
  emit(person, items[i + 2].entity, heads ? EdgeType::leads : EdgeType::affiliated_with, "role_apposition_body");
}

void ItemBuilder::chunk_roles() {
  for (std::size_t i = 0; i < items.size(); ++i) {
    // only where no person is named before it ("X, the head of Y, said")
    // (the role read once: title_of_then_person() changes nothing when it is false)
    int r = role_at(i);
    // (its own first test asked here: most items are neither a role nor before "of", and the call costs more)
    bool may_name = r >= 0 || is(i + 1, "of") || is(i + 2, "of") || is(i + 2, "charge");
    // "X, the head of Y, said" is X's apposition; after a fronted phrase ("In May, the
    // Director of Y, Z, ...") nothing named stands before the comma and the title names Z
    // ("the Minister for the Armed Forces" there names an office, not a body's holder)
    bool apposed = i >= 2 && is(i - 1, "the") && is(i - 2, ",") &&
                   (i < 3 || entity_at(i - 3) || is(i + 1, "for") || is(i + 2, "for"));
    if (may_name && !apposed && !(i >= 1 && is(i - 1, ",")) && title_of_then_person(i, r))
      continue;
    if (r < 0) {
      // (most items follow no name: the title is not read for them, nor its strings set up)
      if (std::size_t h = title_holder(i); h != i) lower_case_title(i, h);
      continue;
    }
    if (role_of_apposition(i, r)) continue;
    std::size_t from = i;
    int holder = -1;
    if (i >= 1 && entity_at(i - 1)) holder = items[i - 1].entity, from = i - 1;
    else if (std::size_t h = possessive_before(i); h != i) holder = items[h].entity, from = h;
    else if (i >= 1 && author_possessive(i - 1)) holder = ctx.author, from = i - 1;  // "our CEO X" of a post
    if (person_at(i + 1)) {  // title before the name
      if (holder < 0) holder = holder_after_name(i, r);
      role_edges(items[i + 1].entity, r, holder, "title_before_name");
      merge(from, i + 2, items[i + 1].entity);
      i = from;
      continue;
    }
    if (envoy_apposition(i, r, from, holder)) continue;
    // "the Defense Minister, Lee Jong-sup,"; "Sweden's Supreme Commander, General X,": a rank may come first
    // "Minister for Defence, the Hon. X": a courtesy title with its article before the name
    if (is(i + 1, ",") && is(i + 2, "the") && role_at(i + 3) >= 0 && person_at(i + 4)) merge(i + 2, i + 5, items[i + 4].entity);
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
      if (holder < 0) contact_line_body(i, r, items[p - 2].entity);
      std::size_t to = past_comma(i + 1);
      merge(p - 2, to, items[p - 2].entity);
      i = p - 2;
    } else if (std::size_t c = copular_subject(p); holder >= 0 && from < i && c != p) {
      role_edges(items[c].entity, r, holder, "role_predicate_possessive");  // "X is Poland's Ambassador"
    }
  }
}

// "X is", "X was", "X remains", "X has been", each with "now" or "currently"
// after it: the person before the copula that ends just before item p; else p.
// ("X is Poland's Ambassador to Latvia": the copula stands for an apposition's comma;
// nothing is merged, so the verb's other readings stay open to the patterns.)
std::size_t ItemBuilder::copular_subject(std::size_t p) const {
  std::size_t k = p;
  if (k >= 1 && (is(k - 1, "now") || is(k - 1, "currently") || is(k - 1, "also"))) --k;
  if (k >= 2 && is(k - 1, "been") && (is(k - 2, "has") || is(k - 2, "had"))) --k;
  else if (!(k >= 1 && (is(k - 1, "is") || is(k - 1, "was") || is(k - 1, "remains")))) return p;
  return k >= 2 && person_at(k - 2) ? k - 2 : p;
}

// Items [from, to) are lower-case words that may qualify a title ("foreign policy"), no
// function words ("whose", "the"), punctuation or deputy's word ("deputy president": read
// as before, a deputy's post).
bool ItemBuilder::qualifying_words(std::size_t from, std::size_t to) const {
  for (std::size_t q = from; q < to; ++q)
    if (!plain_word(q) || ctx.lex->function_word_set.count(items[q].key) || ctx.lex->deputy_set.count(items[q].key)) return false;
  return true;
}

// The name a lower-case title at i may follow: the item before it, or the
// name before a possessive "'s"; i itself when there is none (most items).
std::size_t ItemBuilder::title_holder(std::size_t i) const {
  std::size_t h = i >= 1 && entity_at(i - 1) ? i - 1 : i;
  if (h == i && i >= 2 && is(i - 1, "'s") && entity_at(i - 2) && type(items[i - 2].entity) != NodeType::Person) h = i - 2;
  return h;
}

namespace {
const std::string kAffiliated = "affiliated_with";
}  // namespace

// The relation of a lower-case title at i after the name at h (title_relation
// or role_noun_relation of cues.json), and in len its number of items; null
// when there is none.
const std::string* ItemBuilder::lower_case_title_relation(std::size_t i, std::size_t h, std::size_t& len) const {
  std::string key;
  const std::string* relation = nullptr;
  for (std::size_t k = i; k < items.size() && k < i + 3 && !items[k].is_entity(); ++k) {
    if (k > i) key += ' ';  // (appended in place: `" " + key` made a string per word)
    key += items[k].key;
    // a title closes where a comma, a preposition or a name follows ("chief" of "chief cyber coordinator" does not)
    bool closes = is(k + 1, ",") || is(k + 1, "in") || is(k + 1, "to") || is(k + 1, "for") || entity_at(k + 1) ||
                  role_at(k + 1) >= 0;
    if (auto f = ctx.lex->title_relation.find(key); f != ctx.lex->title_relation.end() && closes)
      relation = &f->second, len = k + 1 - i;
    // "EU foreign policy chief X", "Estonian cyber ambassador X": lower-case words that
    // qualify a title, the name right after it
    else if (k > i && person_at(k + 1) && qualifying_words(i, k))
      if (auto t = ctx.lex->title_relation.find(items[k].key); t != ctx.lex->title_relation.end())
        relation = &t->second, len = k + 1 - i;
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
  // "the agency's head of maritime capabilities, X": a title over a field of the body serves it
  // (a deputy's title too: "Togo's deputy minister of digital economy, X")
  std::size_t t = i;
  if (!is(i + 1, "of") && plain_word(i + 1) && ctx.lex->deputy_set.count(items[i].key) &&
      ctx.lex->title_relation.count(items[i + 1].key))
    t = i + 1;
  if (!relation && h + 2 == i && is(t + 1, "of") && ctx.lex->title_relation.count(items[t].key)) {
    std::size_t q = t + 2;
    while (q < t + 5 && plain_word(q)) ++q;
    if (q > t + 2 && (is(q, ",") || person_at(q))) relation = &kAffiliated, len = q - i;
  }
  return relation;
}

// Lower-case titles: "Ukrainian ambassador Mariana Betsa", "the agency's chief executive
// Mariana Betsa" after the name at h (title_holder()). Sets i to the merged item.
void ItemBuilder::lower_case_title(std::size_t& i, std::size_t h) {
  std::size_t len = 0;
  const std::string* relation = lower_case_title_relation(i, h, len);
  if (!relation) return;
  std::size_t p = is(i + len, ",") ? i + len + 1 : i + len;
  // "Romania's state secretary for defence policy X": a portfolio of lower-case words before the name
  if (is(p, "for")) {
    std::size_t q = p + 1;
    while (q < p + 4 && plain_word(q)) ++q;
    if (q > p + 1 && person_at(q)) p = q;
    // "the ministry's secretary for strategy, X": a field of the body, then the name; X serves the body
    else if (q > p + 1 && is(q, ",") && person_at(q + 1) && type(items[h].entity) == NodeType::Organisation)
      p = q + 1, relation = &kAffiliated;
  }
  // "Israel's ambassador in Athens, X": the post's town or host nation before the name
  if ((is(i + len, "in") || is(i + len, "to")) && entity_at(i + len + 1) && is(i + len + 2, ",") &&
      type(items[i + len + 1].entity) != NodeType::Person)
    p = i + len + 3;
  if (role_at(p) >= 0 && person_at(p + 1)) ++p;  // "his Finnish counterpart, Colonel X": a rank before the name
  if (!person_at(p)) return;
  EdgeType rel = *relation == "leads"sv ? EdgeType::leads : EdgeType::affiliated_with;
  // "Latvia's defence minister X" serves the nation ("Estonia's prime minister X" heads it)
  if (rel == EdgeType::leads && type(items[h].entity) == NodeType::Nation && office_words(i, i + len))
    rel = EdgeType::affiliated_with;
  if (type(items[h].entity) != NodeType::Person) emit(items[p].entity, items[h].entity, rel, "title_before_name");
  // "X, led by its deputy head, Y": a deputy after a possessive stays apart, so that
  // "led by" does not reach Y (the delegation is led, not X)
  if (h + 2 == i && rel != EdgeType::leads && h >= 1 && is(h - 1, "by")) return;
  merge(h, p + 1, items[p].entity);
  i = h;
}

// "Finland's Ambassador to Estonia, X,": the envoy serves the holder named
// before the title; the country sent to is not X's. Sets i to the merged item.
bool ItemBuilder::envoy_apposition(std::size_t& i, int r, std::size_t from, int holder) {
  if (!(is(i + 1, "to") || is(i + 1, "in"))) return false;
  std::size_t x = is(i + 2, "the") ? i + 3 : i + 2;
  if (!entity_at(x) || type(items[x].entity) == NodeType::Person) return false;
  // "Ambassador to Finland and Estonia, X": an envoy to several
  while (is(x + 1, "and") && entity_at(x + 2) && type(items[x + 2].entity) == NodeType::Nation) x += 2;
  // "Ambassador to the ROK, X" or, with no comma, "Ambassador to the ROK Mr. X": a courtesy title or rank may come first
  // (with no comma, only after the sending nation: "Australian Ambassador to ...")
  bool comma = is(x + 1, ",");
  if (!comma && holder < 0) return false;
  std::size_t q = comma ? x + 2 : x + 1;
  if (role_at(q) >= 0 && person_at(q + 1)) ++q;
  if (!person_at(q)) return false;
  int person = items[q].entity;
  // "the Indian High Commissioner to Tanzania, X": an envoy serves the sending nation, never leads it
  if (holder >= 0 && type(holder) == NodeType::Nation && role(r).org < 0)
    emit(person, holder, EdgeType::affiliated_with, "role_apposition");
  else
    role_edges(person, r, holder, "role_apposition");
  if (from > 0 && is(from - 1, "the")) --from;
  merge(from, past_comma(q + 1), person);
  i = from;
  return true;
}

// Where the holder at x of "the head of X, Y" ends: the item after it, past a
// nation's group noun (sets group), the body's acronym between commas or a
// unit named after the body (sets unit, the unit's end; or unit_of's).
std::size_t ItemBuilder::title_holder_end(std::size_t x, bool unnamed, std::size_t unit_of, bool& group,
                                          std::size_t& unit) const {
  // "the head of the Peruvian delegation, X": a nation's delegation or team (patterns.json
  // group_nouns) after its adjective; X serves the nation, leading only the group
  // ("the head of Peru's delegation, X" alike)
  std::size_t noun = is(x + 1, "'s") ? x + 2 : x + 1;
  group = !unnamed && type(items[x].entity) == NodeType::Nation && noun < items.size() &&
          ctx.lex->group_noun_set.count(items[noun].key);
  std::size_t after = unnamed ? x + 1 : group ? noun + 1 : past_holder_tail(x + 1);
  // "the head of Indonesia's National Cyber and Crypto Agency, BSSN, X": the body's
  // acronym between commas (the same body) before the person
  if (!unnamed && is(after, ",") && entity_at(after + 1) && items[after + 1].entity == items[x].entity && is(after + 2, ","))
    after += 2;
  // "the head of CERT-In's international cooperation division, Dr X": the unit after the body's possessive
  unit = unnamed ? 0 : is(after, "'s") ? unit_after_holder(after + 1) : unit_after_holder(after);
  if (unit && is(unit, ",")) after = unit;
  else unit = unit_of ? after : 0;
  return after;
}

// "The head of CERT.LV, Arturs Liepa, met ...": the title names its holder
// after "of", the person follows; the whole phrase is the person (the
// body does not meet anyone). Returns whether it merged at i.
bool ItemBuilder::title_of_then_person(std::size_t i, int r) {
  // "of" one or two items on, else no lookup (this runs for every item)
  if (r < 0 && !is(i + 1, "of") && !is(i + 2, "of") && !is(i + 2, "charge")) return false;
  std::string rel;
  std::size_t len = 1;
  if (r < 0 && !role_noun_at(i, rel, len)) return false;
  // "the deputy head of Europol, X", "the former chief of Y, X": a post under or after the head's serves the body
  bool demoted = r < 0 && i >= 1 && ctx.lex->demotes(items[i - 1].key, items[i].key);
  if (demoted) rel = "affiliated_with";
  std::size_t of = i + len;
  // "the Minister Delegate in charge of the NDA, X": who is in charge of a body heads it (a deputy serves it)
  bool in_charge = is(of, "in") && is(of + 1, "charge") && is(of + 2, "of");
  if (in_charge) of += 2;
  in_charge = in_charge && !demoted_title(i, r);
  // "the Minister (Responsible) for the GCSB, X": a written title may name its holder after "for"
  if (r >= 0 && is(of, "responsible") && is(of + 1, "for")) ++of;
  // "the Secretary of State in the Ministry of Defence, X": an office held in a body serves it
  bool within = r >= 0 && (is(of, "in") || is(of, "at"));
  if (!is(of, "of") && !(r >= 0 && is(of, "for")) && !within) return false;
  std::size_t x = holder_after_of(of);
  // "the head of the international cooperation division of CERT-In, Dr X": a unit of the body
  // named after it (patterns.json unit_words); X serves the body, heading the unit
  std::size_t unit_of = unit_before_body(x);
  if (unit_of) x = unit_of;
  if (within && !(entity_at(x) && type(items[x].entity) == NodeType::Organisation)) return false;
  // "met A and the commander of the cyber forces, Brigadier General B": a
  // holder left unnamed; the phrase is still B (who is met), with no edge.
  std::size_t unnamed = entity_at(x) ? 0 : unnamed_holder(x);
  if (unnamed) x += unnamed - 1;
  else if (!entity_at(x) || type(items[x].entity) == NodeType::Person) return false;
  bool group = false;
  std::size_t unit = 0;
  std::size_t after = title_holder_end(x, unnamed, unit_of, group, unit);
  // "Head of the Agency General X": a title written as a name needs no comma before the person
  bool comma = is(after, ",");
  if (!comma && !(r >= 0 && !unnamed)) return false;
  std::size_t p = comma ? after + 1 : after;
  if (role_at(p) >= 0) ++p;  // "..., Colonel X,": a rank before the name
  p = past_retired_mark(p);    // "Lieutenant General (Ret.) X"
  if (!person_at(p)) return false;
  int person = items[p].entity;
  if (unnamed) title_of_field(i, of, after, person);
  if (group) emit(person, items[x].entity, EdgeType::affiliated_with, "title_of_group_apposition");
  else if (unit || within) emit(person, items[x].entity, EdgeType::affiliated_with, unit ? "title_of_unit_apposition" : "title_in_body_apposition");
  else if (!unnamed && r >= 0 && !in_charge && portfolio_of_nation(i, r, items[x].entity) >= 0)
    emit(person, portfolio_of_nation(i, r, items[x].entity), EdgeType::affiliated_with, "title_of_portfolio_apposition");
  else if (!unnamed && r >= 0 && !in_charge) role_edges(person, r, items[x].entity, "title_of_apposition");
  else if (!unnamed) emit(person, items[x].entity, rel == "leads"sv || in_charge ? EdgeType::leads : EdgeType::affiliated_with, "title_of_apposition");
  std::size_t from = demoted ? i - 1 : i;
  if (from >= 1 && is(from - 1, "the")) --from;
  merge(from, past_comma(p + 1), person);
  return true;
}

// Whether the title at item i (role r, else a lower-case noun) is a deputy's or a former
// one: "the deputy head", "Deputy Minister", "the former chief".
bool ItemBuilder::demoted_title(std::size_t i, int r) const {
  return r < 0 ? i >= 1 && ctx.lex->demotes(items[i - 1].key, items[i].key) : demoted(role(r));
}

// The role noun of one or two words at item i ("head", "director general"):
// its relation in `rel`, its length in `len`; false when none.
bool ItemBuilder::role_noun_at(std::size_t i, std::string& rel, std::size_t& len) const {
  auto it = ctx.lex->role_noun_relation.find(items[i].key);
  len = 1;
  if (i + 1 < items.size() && it == ctx.lex->role_noun_relation.end()) {
    it = ctx.lex->role_noun_relation.find(two_words(items[i].key, items[i + 1].key));
    len = 2;
  }
  if (it == ctx.lex->role_noun_relation.end()) return false;
  rel = it->second;
  return true;
}

// The item of the holder a title names after "of" at `of` (past "the"): "the head of
// the Norwegian National Security Authority" (the nation is read into the body later),
// "the Governor of Saudi Arabia's NCA" (the body is the nation's).
std::size_t ItemBuilder::holder_after_of(std::size_t of) const {
  std::size_t x = is(of + 1, "the") ? of + 2 : of + 1;
  if (entity_at(x) && type(items[x].entity) == NodeType::Nation && is(x + 1, "'s") && entity_at(x + 2) &&
      type(items[x + 2].entity) == NodeType::Organisation)
    x += 2;
  else if (entity_at(x) && type(items[x].entity) == NodeType::Nation && entity_at(x + 1) &&
           type(items[x + 1].entity) == NodeType::Organisation)
    ++x;
  return x;
}

// "the head of the OSCE office in Astana, Ambassador X": the head of a unit of the body
// serves the body (leads the unit). The item after the unit's words from `after` on
// ("the Europol cyber unit", with a place "in" or "at" it), else 0.
std::size_t ItemBuilder::unit_after_holder(std::size_t after) const {
  std::size_t u = after;
  while (u < after + 2 && plain_word(u) && !is_unit_word(u)) ++u;
  std::size_t unit = is_unit_word(u) ? u + 1 : 0;
  if (unit && (is(unit, "in") || is(unit, "at")) && entity_at(unit + 1) && type(items[unit + 1].entity) != NodeType::Person)
    unit += 2;
  return unit;
}

// "NATO's head of cyber policy, X", "Europol's director of operations, X" (the title at
// item i, its "of" at `of`, the field's words up to `after`): the field is the holder's
// named before; X serves the holder, heading a part of it.
void ItemBuilder::title_of_field(std::size_t i, std::size_t of, std::size_t after, int person) {
  if (i < 2 || !is(i - 1, "'s") || !entity_at(i - 2) || type(items[i - 2].entity) == NodeType::Person ||
      type(items[i - 2].entity) == NodeType::Place)
    return;
  // (a field the lexicon names with the title is the holder's whole: "head of state")
  std::string whole = two_words(items[i].key, "of");
  for (std::size_t k = of + 1; k < after && plain_word(k); ++k) whole.append(1, ' ').append(items[k].key);
  auto named = ctx.lex->role_noun_relation.find(whole);
  bool heads = named != ctx.lex->role_noun_relation.end() && named->second == "leads"sv;
  emit(person, items[i - 2].entity, heads ? EdgeType::leads : EdgeType::affiliated_with, "title_of_field_apposition");
}

// Past "(Ret.)", "(retd)", "(retired)" (cues.json retired_marks) at `k` (a retired
// officer's rank); else `k`.
std::size_t ItemBuilder::past_retired_mark(std::size_t k) const {
  if (!is(k, "(")) return k;
  std::size_t j = k + 1;
  bool retired = false;
  for (; j < items.size() && j < k + 4 && !is(j, ")"); ++j) {
    std::string_view w = items[j].key;
    if (w.ends_with('.')) w.remove_suffix(1);
    if (ctx.lex->retired_mark_set.count(w)) retired = true;
    else if (!is(j, ".")) return k;
  }
  return retired && is(j, ")") ? j + 1 : k;
}

// Past what a holder's name may carry before the person: "of the Armed
// Forces" (whose body it is) and an acronym in brackets ("(JCC)").
std::size_t ItemBuilder::past_holder_tail(std::size_t k) const {
  std::size_t x = is(k, "of") ? (is(k + 1, "the") ? k + 2 : k + 1) : k;
  if (x != k && entity_at(x) && type(items[x].entity) != NodeType::Person) k = x + 1;
  if (is(k, "(") && entity_at(k + 1) && is(k + 2, ")")) k += 3;
  return k;
}

// "Senegal's Minister of the Armed Forces, X": an office's title (cues.json office_titles) whose
// portfolio names a body its holder does not head (a force, not the lexicon's role_to_org_head,
// "Ministry"): X serves the nation whose possessive opens the title; that nation, else -1.
int ItemBuilder::portfolio_of_nation(std::size_t i, int r, int body) const {
  const RoleSpan& rs = role(r);
  if (type(body) != NodeType::Organisation || !serves_nation(rs)) return -1;
  std::size_t owner = possessive_before(i);
  if (owner == i || type(items[owner].entity) != NodeType::Nation) return -1;
  for (std::uint32_t k = rs.begin; k < rs.end; ++k) {
    auto head = ctx.lex->role_to_org_head.find(std::string(s.tokens[k].text));
    if (head == ctx.lex->role_to_org_head.end() || !ctx.lex->office_title_set.count(s.tokens[k].key)) continue;
    return ctx.doc->entities[static_cast<std::size_t>(body)].label.find(head->second) == std::string::npos ? items[owner].entity : -1;
  }
  return -1;
}

// "the international cooperation division of CERT-In": up to three lower-case words whose last is
// a unit word, then "of" and a body, from x: the body's item, else 0.
std::size_t ItemBuilder::unit_before_body(std::size_t x) const {
  std::size_t u = x;
  while (u < x + 3 && plain_word(u) && !is_unit_word(u)) ++u;
  if (!is_unit_word(u) || !is(u + 1, "of")) return 0;
  std::size_t b = is(u + 2, "the") ? u + 3 : u + 2;
  return entity_at(b) && type(items[b].entity) == NodeType::Organisation ? b : 0;
}

// One to four lower-case words naming no one ("cyber forces") from x up to
// a comma: their count, else 0.
std::size_t ItemBuilder::unnamed_holder(std::size_t x) const {
  std::size_t k = x;
  while (k < items.size() && k < x + 4 && !items[k].is_entity() && items[k].key != "<role>"sv && !items[k].key.empty() &&
         std::isalpha(static_cast<unsigned char>(items[k].key[0])) && items[k].begin < s.tokens.size() &&
         !s.tokens[items[k].begin].capital)
    ++k;
  return k > x && is(k, ",") ? k - x : 0;
}

// "Colonel Jaak Tarien, the Director of the CCDCOE,": the role names its holder after "of".
bool ItemBuilder::role_of_apposition(std::size_t i, int r) {
  std::size_t p = i;
  if (p >= 1 && is(p - 1, "the")) --p;
  if (p < 2 || !is(p - 1, ",") || !person_at(p - 2)) return false;
  if (!(is(i + 1, "of") || is(i + 1, "at") || is(i + 1, "for"))) return false;
  std::size_t x = is(i + 2, "the") ? i + 3 : i + 2;
  if (!entity_at(x) || type(items[x].entity) == NodeType::Person) return false;
  if (is(x + 1, "'s") && entity_at(x + 2) && type(items[x + 2].entity) == NodeType::Organisation) x += 2;  // "of Peru's Agency"
  // "the invitation of A, the Minister of Y, Mr. B, ...": a title between two names with a
  // person right after its comma names that person (B), not the one before
  std::size_t q = is(x + 1, ",") ? x + 2 : 0;
  if (q && role_at(q) >= 0) ++q;
  // (set off by its own comma: "A, the Head of X, B and C attended" lists B)
  if (q && person_at(q) && is(q + 1, ",") && !person_at(q + 2) && !is(q + 2, "and")) return title_of_then_person(i, r);
  int person = items[p - 2].entity;
  role_edges(person, r, items[x].entity, "role_apposition");
  std::size_t to = past_comma(x + 1);
  merge(p - 2, to, person);
  return true;
}

// "he"/"she" at token i: the person named last in the sentence, else the one of the
// sentence before. "A met B and visited X, where she was received by C": the
// sentence's subject (its first name, a person's), not the person named last, unless a
// relative clause about that one comes between ("A met B, who said he ...").
int ItemBuilder::pronoun_person(std::uint32_t i) const {
  auto person_item = [&](const Item& it) { return it.entity >= 0 && type(it.entity) == NodeType::Person; };
  auto latest = std::find_if(items.rbegin(), items.rend(), person_item);
  if (latest == items.rend()) return ctx.previous_person;
  auto first = std::find_if(items.begin(), items.end(), [](const Item& it) { return it.entity >= 0; });
  if (!person_item(*first) || first->entity == latest->entity) return latest->entity;
  for (std::uint32_t k = latest->end; k < i; ++k)
    if (s.tokens[k].key == "who" || s.tokens[k].key == "whom" || s.tokens[k].key == "whose") return latest->entity;
  return first->entity;
}

// "X, who attended the closing ceremony, met her on Thursday": "him", or "her" not before a noun
// it owns, right after a verb, is the person the sentences before spoke of (not one this
// sentence has named); the tokens taken, 0 when none.
std::uint32_t ItemBuilder::push_object_pronoun(std::uint32_t i) {
  const auto& t = s.tokens;
  if ((t[i].key != "him"sv && t[i].key != "her"sv) || i == 0 || ctx.previous_person < 0) return 0;
  const WordKey& verb = t[i - 1].key;
  bool after_verb = t[i - 1].word && !t[i - 1].capital &&
                    (verb.ends_with("ed") || ctx.lex->past_verb_set.count(verb) || verb == "meet"sv || verb == "meets"sv);
  // "her counterpart", "her Cabo Verdean counterpart": a possessive before its noun
  bool owns = t[i].key == "her"sv && i + 1 < t.size() && t[i + 1].word &&
              !ctx.lex->function_word_set.count(t[i + 1].key) && !ctx.lex->temporal.triggers.count(t[i + 1].key);
  if (!after_verb || owns) return 0;
  bool named_here = std::any_of(items.begin(), items.end(), [&](const Item& it) { return it.entity == ctx.previous_person; });
  if (named_here || type(ctx.previous_person) != NodeType::Person) return 0;
  items.push_back({ctx.previous_person, {}, "he", i, i + 1});
  return 1;
}

// "Finland, which joined NATO in 2023, was represented by its ambassador": whether item k
// stands in a relative clause between commas that closed before now (its bodies are asides).
bool ItemBuilder::in_relative_aside(std::size_t k) const {
  std::size_t open = k;
  while (open > 0 && items[open - 1].key != ","sv) --open;
  if (open == 0 || open >= items.size() || (items[open].key != "which"sv && items[open].key != "who"sv)) return false;
  for (std::size_t c = k + 1; c < items.size(); ++c)
    if (items[c].key == ","sv) return true;
  return false;
}

}  // namespace newsgraph::detail
