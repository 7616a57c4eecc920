// The Matcher's readings between pattern elements: lists of names (with asides,
// owners, dashes and brackets inside them), kind nouns and the words an element takes.
#include "relate/matcher_state.hpp"
#include "relate/matcher.hpp"
#include "relate/occasion_asides.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

namespace newsgraph::detail {

using namespace matcher_words;

// "the two" are the two who met; "the two nations", "both countries" what they
// stand for (patterns.json pair_nouns).
const std::vector<int>& Matcher::pair_of(const Item& it) const {
  const auto& toks = ctx.doc->sentences[sentence].tokens;
  const KeyView noun = it.end > 0 && it.end - 1 < toks.size() ? KeyView(toks[it.end - 1].key) : it.key;
  const PairNouns& pairs = ctx.lex->pair_nouns;
  // "A's cooperation with B has grown: the two countries have ...": the two nations the
  // sentence named before the noun, else the two of the last meeting's parties
  if (pairs.nation_set.count(noun)) {
    sentence_pair.clear();
    for (const Mention& m : ctx.doc->sentences[sentence].mentions)
      if (m.end <= it.begin && entity_type(ctx, m.entity) == NodeType::Nation &&
          std::find(sentence_pair.begin(), sentence_pair.end(), m.entity) == sentence_pair.end())
        sentence_pair.push_back(m.entity);
    if (sentence_pair.size() == 2) return sentence_pair;
  }
  if (pairs.nation_set.count(noun) && !ctx.last_nation_pair.empty()) return ctx.last_nation_pair;
  // "both exercises", "the two drills": the two the story named last, else none
  static const std::vector<int> kNone;
  if (pairs.exercise_set.count(noun)) return ctx.last_two_exercises.empty() ? kNone : ctx.last_two_exercises;
  // "they", "the (two) ministers": the two people of the sentence before, when it named them
  if (!ctx.person_pair.empty() && (noun == "they" || pairs.people_set.count(noun))) return ctx.person_pair;
  // "A met B. The two then signed X with C's minister, D": a bare "the two" opening the sentence
  // after two people met is those two, not a pair this sentence's meeting ("with D") has just made
  bool people_met = !ctx.last_pair.empty() && std::all_of(ctx.last_pair.begin(), ctx.last_pair.end(), [&](int e) {
    return entity_type(ctx, e) == NodeType::Person;
  });
  if (noun == "two" && it.begin == 0 && people_met && ctx.person_pair.size() == 2) return ctx.person_pair;
  // "the two countries" (agencies, commands...) after two people met whose nations are
  // unknown: not those people
  if (pairs.body_set.count(noun) && std::any_of(ctx.last_pair.begin(), ctx.last_pair.end(), [&](int e) {
        return entity_type(ctx, e) == NodeType::Person;
      }))
    return kNone;
  return pairs.party_set.count(noun) && !ctx.last_party_pair.empty() ? ctx.last_party_pair : ctx.last_pair;
}

// Called for every item and pattern: looks at the entities in place (no copy).
bool Matcher::fits(const PatternElement& e, const Item& it) const {
  if (!entity_like(it)) return false;
  const int* first = &it.entity;
  std::size_t count = 1;
  if (it.word == word::pair) {
    const std::vector<int>& pair = pair_of(it);
    first = pair.data(), count = pair.size();
  } else if (!it.group.empty()) {
    first = it.group.data(), count = it.group.size();
  }
  if (count == 0) return false;
  for (std::size_t k = 0; k < count; ++k)
    if (std::find(e.types.begin(), e.types.end(), entity_type(ctx, first[k])) == e.types.end()) return false;
  return true;
}

void Matcher::add(std::vector<int>& to, const Item& it) const {
  if (it.word == word::pair) to.insert(to.end(), pair_of(it).begin(), pair_of(it).end());
  else if (it.group.empty()) to.push_back(it.entity);
  else to.insert(to.end(), it.group.begin(), it.group.end());
}

// A slot takes a coordinated list: "Sweden, Finland, and now South Korea".
// `in_phrase`: the pattern matched words before the slot (its role noun).
// `closing`: the slot ends the pattern, nothing after it is read.
std::size_t Matcher::take_list(const PatternElement& e, std::size_t i, std::vector<int>& out, bool in_phrase,
                               bool closing, bool owner_read) const {
  if (p.name.starts_with("surface_")) {
    add(out, items[i]);
    return i + 1;
  }
  i = described_body(e, i);
  add(out, items[i]);
  std::size_t j = i + 1;  // "NIS, Japan's agency": only Japan owns it
  // "A (X), B (Y) and C (Z)": what a pattern reads in brackets right after the slot is that
  // name's own; the names before C do not share C's brackets
  if (bracket_follows(e)) return j;
  if (in_phrase && singular_apposition(i)) return j;
  if (closing) j = members_in_dashes(e, i, out);
  bool roles = false;  // the members are written with their officials ("by A's minister, X, and B's envoy")
  while (j < items.size()) {
    // "A, the Minister of X, and B of the Army": a member set off with its own role keeps it;
    // the owner the pattern reads after the list is the last member's alone
    if (owner_read && apposed_person(j - 1)) break;
    if (year_after_occasion(items, ctx, j)) ++j;  // "Locked Shields 2024 and Cyber Coalition 2023"
    // a role phrase passed over is kept only where the list goes on after it
    std::size_t at = p.relation == EdgeType::party_to ? past_possessive_role(j) : j;
    // "Taking part were the RBDF's own cyber team, the X and the Y": a member's group (patterns.json
    // group_nouns) is that member, the list goes on after it
    if (p.relation == EdgeType::participates_in)
      if (std::size_t past = past_possessive_role(j); past != j && ctx.lex->group_noun_set.count(items[past - 1].key))
        at = past;
    roles = roles || at != j;
    std::size_t k = past_aside(closing ? past_affiliation(past_nation_played(at)) : owner_read ? at : past_owner(at));
    bool sep = false;
    while (k < items.size() && (items[k].word == word::comma || items[k].word == word::and_ ||
                                items[k].word == word::or_ || items[k].word == word::now || items[k].word == word::amp ||
                                items[k].word == word::the || (sep && repeats_preposition(i, k)) ||
                                (k == j && reflexive(items[k])) || kin_joined(i, k))) {
      sep |= items[k].word != word::the && !reflexive(items[k]);  // "A itself, by B"
      ++k;
      if (items[k - 1].word == word::and_) k = past_list_aside(k);
    }
    if (!sep || k >= items.size() || !fits(e, items[k])) break;
    if (items[k].word == word::pair) break;  // "met with B, and the two agreed": a new subject
    if (e.role == 'S' && new_clause_after_object(i, at, k)) break;
    if (std::size_t body = described_body(e, k); body != k) {
      add(out, items[body]);  // "..., Latvia's response team CERT.LV and ...": the body is the member
      j = body + 1;
      continue;
    }
    if (k + 1 < items.size() && items[k + 1].word == word::possessive && !roles) break;  // "Tartu, Estonia's second city"
    // "the ECCC, the EU body headquartered in Bucharest": a name qualifying the noun after it
    // opens an apposition of the name before, it is no list member
    if (items[at].word == word::comma && items[k - 1].word == word::the && k == at + 2 && modifies_next(k + 1)) break;
    // "... under the Staff, the ministry said": who speaks opens a new clause, it is no list member
    const auto& say = ctx.lex->speech_verbs;
    if (k + 1 < items.size() && items[at].word == word::comma &&
        std::find(say.begin(), say.end(), items[k + 1].key) != say.end())
      break;
    // "A, and B, the deputy head of C": B's apposition starts a new phrase, A's clause ends before B
    // closing a pattern of taking part: nothing after B is read, B took part too
    if (own_apposition(ctx, items, k) && !(closing && p.relation == EdgeType::participates_in)) break;
    add(out, items[k]);
    j = k + 1;
  }
  return j;
}

// "A and B are members of the OAS, and C has been ...": a subject list read from a name that
// follows a preposition (the object of another clause) ends at ", and" (items j..k) right
// after that name: the name after it opens a clause of its own.
bool Matcher::new_clause_after_object(std::size_t i, std::size_t j, std::size_t k) const {
  // (only right after the first name: "from A, B, and C" is one list)
  bool comma = false, and_ = false;
  for (std::size_t x = j; x < k; ++x) comma |= items[x].word == word::comma, and_ |= items[x].word == word::and_;
  if (!comma || !and_ || i == 0 || j != i + 1) return false;
  std::size_t p = items[i - 1].word == word::the && i >= 2 ? i - 2 : i - 1;
  static const std::string_view kPrepositions[] = {"of", "to", "in", "with", "from", "by", "at", "into", "for"};
  return std::find(std::begin(kPrepositions), std::end(kPrepositions), std::string_view(items[p].key)) !=
         std::end(kPrepositions);
}

// Whether the pattern's element after slot `e` is an opening bracket.
bool Matcher::bracket_follows(const PatternElement& e) const {
  auto at = static_cast<std::size_t>(&e - p.elements.data());
  if (at + 1 >= p.elements.size()) return false;
  const auto& next = p.elements[at + 1].written;
  return std::find(next.begin(), next.end(), "(") != next.end();
}

// "teams from the Five Eyes partnership - A, B and C - as well as D": the
// members a group is set out into between dashes stand for it (the group
// itself, the last of `out`, goes). The item after the list, else i + 1.
std::size_t Matcher::members_in_dashes(const PatternElement& e, std::size_t i, std::vector<int>& out) const {
  if (items[i].entity < 0 || !items[i].group.empty() || entity_type(ctx, items[i].entity) != NodeType::Organisation)
    return i + 1;
  std::size_t d = i + 1;
  while (d < items.size() && d < i + 4 && lower_word_item(items[d]) && items[d].key != "-") ++d;
  if (d + 1 >= items.size() || items[d].key != "-") return i + 1;
  std::size_t f = items[d + 1].word == word::the ? d + 2 : d + 1;
  if (f >= items.size() || !fits(e, items[f]) || entity_type(ctx, items[f].entity) != NodeType::Nation) return i + 1;
  std::vector<int> members;
  std::size_t end = take_list(e, f, members);
  if (members.size() < 2 || !(end == items.size() || items[end].key == "-" || boundary(items[end]))) return i + 1;
  out.pop_back();
  out.insert(out.end(), members.begin(), members.end());
  return end < items.size() && items[end].key == "-" ? end + 1 : end;
}

// "Comoros, France (on behalf of Reunion), Madagascar and ...": an aside in brackets after a
// list member, with the list going on after it, is skipped (what it names is no member).
std::size_t Matcher::past_aside(std::size_t j) const {
  if (j >= items.size() || items[j].key != "(") return j;
  for (std::size_t k = j + 1; k < items.size() && k <= j + 8; ++k) {
    if (items[k].word == word::comma || boundary(items[k])) return j;
    if (items[k].key == ")")
      return k + 1 < items.size() && (items[k + 1].word == word::comma || items[k + 1].word == word::and_) ? k + 1 : j;
  }
  return j;
}

// "signed by Ghana's foreign minister, Kwame Mensah, and Togo's envoy": after a nation or
// body (item j - 1), its possessive, a short role of words and the name set beside it are
// the member's own phrase; the list goes on at the "," or "and" after them. Else j.
std::size_t Matcher::past_possessive_role(std::size_t j) const {
  constexpr std::size_t kRoleItems = 6;
  if (j == 0 || j >= items.size() || items[j].word != word::possessive || items[j - 1].entity < 0 ||
      !items[j - 1].group.empty())
    return j;
  NodeType owner = entity_type(ctx, items[j - 1].entity);
  if (owner != NodeType::Nation && owner != NodeType::Organisation) return j;
  std::size_t k = j + 1;
  while (k < items.size() && k <= j + kRoleItems && !items[k].is_entity() && items[k].word != word::comma &&
         items[k].word != word::and_ && !boundary(items[k]) && items[k].key != "(")
    ++k;
  if (k >= items.size() || k > j + kRoleItems) return j;
  auto person = [&](std::size_t q) {
    return q < items.size() && items[q].entity >= 0 && items[q].group.empty() &&
           entity_type(ctx, items[q].entity) == NodeType::Person;
  };
  if (person(k)) ++k;  // "Ghana's Kwame Mensah", "Ghana's minister Kwame Mensah"
  else if (k == j + 1) return j;
  else if (k + 2 < items.size() && items[k].word == word::comma && person(k + 1) && items[k + 2].word == word::comma)
    k += 2;
  return k < items.size() && (items[k].word == word::comma || items[k].word == word::and_) ? k : j;
}

// "the teams are Latvia's national response team CERT.LV, ...", "hosted by Chile's cyber
// agency ANCI": in a pattern of taking part or hosting, a nation's possessive, a few
// lower-case words and the body they describe name that body; its item, else i.
std::size_t Matcher::described_body(const PatternElement& e, std::size_t i) const {
  constexpr std::size_t kDescriptionWords = 5;
  if (p.relation != EdgeType::participates_in && p.relation != EdgeType::organises &&
      p.relation != EdgeType::cooperates_with)
    return i;
  if (i + 3 >= items.size() || items[i].entity < 0 || !items[i].group.empty() ||
      entity_type(ctx, items[i].entity) != NodeType::Nation || items[i + 1].word != word::possessive)
    return i;
  std::size_t k = i + 2;
  while (k < items.size() && k <= i + 1 + kDescriptionWords && lower_word_item(items[k])) ++k;
  // "has cooperated with France's national cyber security agency, ANSSI, since 2024": the name set off by a comma
  bool named_after_comma = k > i + 2 && k + 1 < items.size() && items[k].word == word::comma;
  if (named_after_comma) ++k;
  if (k == i + 2 || k >= items.size() || items[k].entity < 0 || !items[k].group.empty() || !fits(e, items[k]) ||
      entity_type(ctx, items[k].entity) != NodeType::Organisation)
    return i;
  return k;
}

// "Defending teams: CERT-SE for Sweden; CERT-IS for Iceland": in a list of who took
// part, the nation a body played for (item j on) is the body's own, not a member; the
// item after it, else j.
std::size_t Matcher::past_nation_played(std::size_t j) const {
  if (p.relation != EdgeType::participates_in || j == 0 || j + 1 >= items.size() || items[j].key != "for" ||
      items[j - 1].entity < 0 || entity_type(ctx, items[j - 1].entity) != NodeType::Organisation)
    return j;
  std::size_t k = items[j + 1].word == word::the ? j + 2 : j + 1;
  if (k >= items.size() || items[k].entity < 0 || !items[k].group.empty() ||
      entity_type(ctx, items[k].entity) != NodeType::Nation)
    return j;
  return k + 1;
}

// "from A, B and, as guest teams, from C", "A and - for the first time - B": a
// short aside without a name, set off by commas or dashes right after the list's
// "and", is skipped (the list goes on after it). The item after it, else k.
std::size_t Matcher::past_list_aside(std::size_t k) const {
  constexpr std::size_t kAsideItems = 6;
  if (k >= items.size() || (items[k].word != word::comma && items[k].key != "-")) return k;
  for (std::size_t c = k + 1; c < items.size() && c <= k + kAsideItems; ++c) {
    if (items[c].entity >= 0 || !items[c].group.empty() || boundary(items[c])) return k;
    if (items[c].key == items[k].key) return c > k + 1 ? c + 1 : k;
  }
  return k;
}

// "A and his Peruvian counterpart, B, signed": a person's possessive after "and" joins the
// person it names to the list of people opened at i (who may then act together).
bool Matcher::kin_joined(std::size_t i, std::size_t k) const {
  if (!kin_lists || k == 0 || k + 1 >= items.size() || items[k - 1].word != word::and_) return false;
  const KeyView& key = items[k].key;
  if (key != "his" && key != "her" && key != "their") return false;
  auto person = [&](const Item& it) {
    return it.entity >= 0 && it.group.empty() && entity_type(ctx, it.entity) == NodeType::Person;
  };
  return person(items[i]) && person(items[k + 1]);
}

// "the Joint Command of the Chilean Armed Forces and Uruguay's unit", "Colonel A of
// the Army and Colonel B": after a body or person (item j - 1), the body or nation
// named after "of" is theirs and no list member; the item after it, else j.
std::size_t Matcher::past_owner(std::size_t j) const {
  if (j + 1 >= items.size() || items[j].word != word::of || !owned_item(j - 1)) return j;
  std::size_t k = items[j + 1].word == word::the ? j + 2 : j + 1;
  if (k >= items.size() || items[k].entity < 0 || !items[k].group.empty()) return j;
  NodeType t = entity_type(ctx, items[k].entity);
  return t == NodeType::Organisation || t == NodeType::Nation ? k + 1 : j;
}

// Whether items[k] is a person whose role set off by commas after the name ("Hon. A, the
// Minister of Technology,") chunking merged into it or left out: its tokens, or those
// before the next item, hold a comma.
bool Matcher::apposed_person(std::size_t k) const {
  const Item& it = items[k];
  if (it.entity < 0 || !it.group.empty() || entity_type(ctx, it.entity) != NodeType::Person || !ctx.doc) return false;
  const auto& toks = ctx.doc->sentences[sentence].tokens;
  std::uint32_t to = k + 1 < items.size() ? std::max(it.end, items[k + 1].begin) : it.end;
  for (std::uint32_t t = it.begin; t < to && t < toks.size(); ++t)
    if (toks[t].key == ",") return true;
  return false;
}

// Whether items[k] names one organisation or person (what "of" an owner may follow).
bool Matcher::owned_item(std::size_t k) const {
  if (k >= items.size() || items[k].entity < 0 || !items[k].group.empty()) return false;
  NodeType t = entity_type(ctx, items[k].entity);
  return t == NodeType::Organisation || t == NodeType::Person;
}

// "the Joint Command of the Chilean Armed Forces and ...": the owner named after
// "of" at i qualifies the body before it and starts no list of its own.
bool Matcher::owner_after_of(std::size_t i) const {
  std::size_t of = i >= 1 && items[i - 1].word == word::the ? i - 1 : i;
  if (of < 2 || items[of - 1].word != word::of) return false;
  if (owned_item(of - 2)) return true;
  std::size_t after = items[i].word == word::the ? i + 2 : i + 1;
  return p.relation == EdgeType::part_of && unit_noun_item(of - 2) && after < items.size() &&
         items[after].word == word::comma;
}

// "X is a joint command of the Armed Forces, subordinated to the ministry": the
// owner after a lower-case body noun, set off by a comma, describes X and is not
// what the part_of after the comma says ("a team of X, part of Y" is X's: no group noun).
bool Matcher::unit_noun_item(std::size_t k) const {
  const Item& it = items[k];
  if (entity_like(it) || ctx.lex->group_noun_set.count(it.key)) return false;
  return ctx.lex->unit_word_set.count(it.key) > 0 || ctx.lex->state_body_set.count(it.key) > 0;
}

// "Dr A of the Y Institute and Dr B of Z": after a person (item j - 1), the
// body named after "of" is theirs; the item after it, else j.
std::size_t Matcher::past_affiliation(std::size_t j) const {
  if (j + 1 >= items.size() || items[j].word != word::of || items[j - 1].entity < 0 ||
      entity_type(ctx, items[j - 1].entity) != NodeType::Person)
    return j;
  std::size_t b = items[j + 1].word == word::the ? j + 2 : j + 1;
  if (b >= items.size() || items[b].entity < 0) return j;
  NodeType t = entity_type(ctx, items[b].entity);
  return t == NodeType::Organisation || t == NodeType::Nation ? b + 1 : j;
}

// "representatives of A and of B", "teams from A and from B", "by A, by B": the
// preposition at k repeats the one the list at i opened with.
bool Matcher::repeats_preposition(std::size_t i, std::size_t k) const {
  const KeyView& key = items[k].key;
  if (entity_like(items[k]) || (key != "of" && key != "from" && key != "by")) return false;
  // "by its agency and by the army": an article or a possessive before the first name
  bool article = i > 0 && (items[i - 1].word == word::the || items[i - 1].key == "its" || items[i - 1].key == "their");
  std::size_t b = article ? i - 1 : i;
  return b > 0 && items[b - 1].key == key;
}

// "the agency's chief executive, A, and B said": a person set off by commas
// beside the singular role noun the pattern read is the one who holds it; B
// is coordinated with the whole phrase, not with A ("the directors, A, B and
// C" stay a list; a pattern starting at A, "A and B held talks", keeps B).
// The same for the body set off beside a part_of pattern's singular unit noun: in
// "X's response team, the Y, and Z" only Y is X's team.
bool Matcher::singular_apposition(std::size_t i) const {
  if (i + 1 >= items.size() || items[i].entity < 0 || !items[i].group.empty()) return false;
  bool body = p.relation == EdgeType::part_of && entity_type(ctx, items[i].entity) == NodeType::Organisation;
  std::size_t b = body && i >= 1 && items[i - 1].word == word::the ? i - 1 : i;
  if (b < 2 || items[b - 1].word != word::comma || items[i + 1].word != word::comma || entity_like(items[b - 2]))
    return false;
  const KeyView& noun = items[b - 2].key;
  if (noun.size() < 3 || noun.ends_with("s") || !std::isalpha(static_cast<unsigned char>(noun[0]))) return false;
  return body || entity_type(ctx, items[i].entity) == NodeType::Person;
}

// A target that only qualifies what follows is not the target: "NATO" in
// "joins NATO's Cyber Defense Unit" or "admitted to NATO Cyber Defense Center".
bool Matcher::modifies_next(std::size_t next) const {
  if (next >= items.size()) return false;
  if (entity_like(items[next])) return demonym_before_name(next);
  const Item& it = items[next];
  if (it.word == word::possessive) return true;
  const auto& toks = ctx.doc->sentences[sentence].tokens;
  if (it.begin >= toks.size() || !toks[it.begin].word) return false;
  if (toks[it.begin].capital) return true;
  // "NATO cyber exercise": a lower-case noun after the name, unless it names
  // the same kind of thing ("the Cyber Flag exercise") or is a function word.
  const KeyView& k = it.key;
  const Lexicon& lex = *ctx.lex;
  // A past form ("Cyber Flag ended in 2022") is the verb after the name, not a noun it qualifies.
  // "met X afterwards", "met X again": an adverb a subject may take is no noun either.
  if (lex.function_word_set.count(k) || k.ends_with("ly") || k.ends_with("ed") || lex.anaphor_type.count(k) ||
      lex.head_type.count(k) || lex.subject_adverb_set.count(k) || lex.past_verb_set.count(k) ||
      lex.modal_set.count(k))
    return false;
  // "joined NATO yesterday", "NATO two weeks ago", "NATO late last year": a time after the name
  if (lex.temporal.triggers.count(k)) return false;
  // "links with Finland date back to 2016", "... goes back to", "membership of X dates from 1971":
  // the verb after the name
  if ((k == "date" || k == "dates" || k == "go" || k == "goes") && next + 1 < items.size() &&
      (items[next + 1].key == "back" || (k.starts_with("date") && items[next + 1].key == "from")))
    return false;
  // "a member of the Quad along with India": a companion phrase (cues.json companion_words) opens
  for (const std::string& w : lex.companion_words)
    if (std::string_view(w).substr(0, w.find(' ')) == std::string_view(k)) return false;
  // "I met Deputy Minister X here at NATO Headquarters": a place adverb is no noun
  if (k == "here" || k == "there") return false;
  // "the unit of the General Staff responsible for ...": an adjective with its complement
  // qualifies the phrase before the name, not a noun after it
  if ((k.ends_with("ible") || k.ends_with("able")) && next + 1 < items.size() &&
      (items[next + 1].key == "for" || items[next + 1].key == "to"))
    return false;
  if (kind_noun_within(next) > 0) return false;
  // "the Embassy of X in Ottawa presents its compliments": a word in -s before a determiner
  // (cues.json determiners) is the verb of the clause, not a plural noun the name qualifies
  if (k.ends_with("s") && next + 1 < items.size() && lex.determiner_set.count(std::string_view(items[next + 1].key)))
    return false;
  // "staged at the Adazi range", "at the Tapa military base": a venue's noun (cues.json
  // venue_nouns) after a place names where in that place, not another thing
  if (venue_after_place(next)) return false;
  return std::isalpha(static_cast<unsigned char>(k[0])) != 0;
}

// "met Dutch NCSC director X", "met Estonian Kaja Kallas": a demonym right before a
// body's or a person's name qualifies it; the nation is not what the verb reaches.
bool Matcher::demonym_before_name(std::size_t next) const {
  const Item& nation = items[next - 1];
  const Item& name = items[next];
  if (nation.entity < 0 || !nation.group.empty() || entity_type(ctx, nation.entity) != NodeType::Nation ||
      name.entity < 0 || !name.group.empty())
    return false;
  NodeType t = entity_type(ctx, name.entity);
  if (t != NodeType::Organisation && t != NodeType::Person) return false;
  const auto& ms = ctx.doc->sentences[sentence].mentions;
  return std::any_of(ms.begin(), ms.end(), [&](const Mention& m) {
    return m.begin == nation.begin && m.entity == nation.entity && m.kind == MentionKind::Demonym;
  });
}

// Whether items[next] (and the word after it) is a venue's noun after a place's name.
bool Matcher::venue_after_place(std::size_t next) const {
  const Item& place = items[next - 1];
  if (place.entity < 0 || !place.group.empty() || entity_type(ctx, place.entity) != NodeType::Place) return false;
  const auto& venues = ctx.lex->venue_noun_set;
  std::size_t after = venues.count(items[next].key) ? next + 1
                      : next + 1 < items.size() && venues.count(two_words(items[next].key, items[next + 1].key)) ? next + 2
                                                                                                                   : 0;
  if (after == 0) return false;
  // "in the Athens suburb of Papagou": the place after "of" is where, the first only qualifies it
  bool of_place = after + 1 < items.size() && items[after].key == "of" && items[after + 1].entity >= 0 &&
                  items[after + 1].group.empty() && entity_type(ctx, items[after + 1].entity) == NodeType::Place;
  return !of_place;
}

// "hosted the Vesuvius Grid cyber exercise", "the X cyber defence exercise": the first
// noun of the kind of the exercise (or event) named at next - 1, within `max_modifiers`
// lower-case words after it; the item after that noun, else 0. A `phrase` reads a
// compound ("the X command-post drill": "-" skipped) and stops at a function word.
std::size_t Matcher::kind_noun_after(std::size_t next, std::size_t max_modifiers, bool phrase) const {
  if (next == 0 || next > items.size() || items[next - 1].entity < 0 || !items[next - 1].group.empty()) return 0;
  NodeType t = entity_type(ctx, items[next - 1].entity);
  if (t != NodeType::Exercise && t != NodeType::Event) return 0;
  for (std::size_t k = next; k < items.size() && k <= next + max_modifiers; ++k) {
    if (phrase && items[k].key == "-") continue;
    if (!lower_word_item(items[k]) || (phrase && ctx.lex->function_word_set.count(items[k].key))) return 0;
    auto noun = ctx.lex->anaphor_type.find(items[k].key);
    if (noun != ctx.lex->anaphor_type.end()) return noun->second == t ? k + 1 : 0;  // the first noun decides
  }
  return 0;
}

// Words matched at i: a bit per length in items (bit 1 for one item), 0 when none.
// Every alternative counts: "director" and "director general" both match
// "director general", and the pattern's next element decides which.
std::uint32_t Matcher::words_at(const PatternElement& e, std::size_t i) const {
  // Most positions hold none of the words a match may start with.
  if (i >= items.size() || !std::binary_search(e.first_ids.begin(), e.first_ids.end(), items[i].word)) return 0;
  std::uint32_t lengths = 0;
  // (what is asked of item i, once: asked per alternative, it was ~40% of the matcher's reads)
  const std::uint32_t word = items[i].word;
  const bool entity = entity_like(items[i]);
  const bool whole = !entity || items[i].head_word;
  for (std::size_t a = 0; a < e.word_seqs.size(); ++a) {
    // A hyphenated word is one token whose key has a space ("director-general").
    if (whole && word == e.whole_ids[a]) lengths |= 2u;
    const auto& seq = e.word_seqs[a];
    if (seq.empty() || seq[0] != word || entity) continue;
    std::size_t len = 1;
    while (len < seq.size() && i + len < items.size() && items[i + len].word == seq[len] &&
           !entity_like(items[i + len]))
      ++len;
    if (len == seq.size() && len < 32) lengths |= 1u << len;
  }
  return lengths;
}

}  // namespace newsgraph::detail
