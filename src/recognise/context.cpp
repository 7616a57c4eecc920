// Recognition by context and across the document: names typed by the words
// around them, names that recur, partial names and descriptions that point
// back ("the center"). Roles that name bodies are in role_bodies.cpp.
#include <map>
#include <set>
#include <algorithm>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {
// "Ireland's Minister for Defence, X", "the head of NSM, X", "Chile's ambassador
// in Lima, X": a role phrase
// ends at `comma`, so the name after it is a person's.
bool Recogniser::role_before(const SentenceAnalysis& s, std::uint32_t comma) const {
  for (const auto& r : s.roles)
    if (r.end == comma) return true;
  // "the chief executive of the agency, X": lower-case words of the role's complement (up to
  // three) before their "of" (not "the minister visited the agency, X").
  int common = 0;
  bool open_complement = false;
  for (std::int64_t k = static_cast<std::int64_t>(comma) - 1, steps = 0; k >= 0 && steps < 8; --k, ++steps) {
    const WordKey& key = s.tokens[k].key;
    if (lex_.role_noun_relation.count(key) || lex_.title_relation.count(key)) return !open_complement;
    // "the agency's chief executive, X": a role of two words
    if (k >= 1 && lex_.role_noun_relation.count(s.tokens[k - 1].key + " " + key)) return !open_complement;
    if (key == "of" || key == "for" || key == "at" || key == "to") open_complement = false;
    // the organisation or portfolio of the role: a name, or words of one
    bool named = s.tokens[k].word && s.tokens[k].capital;
    for (const auto& m : s.mentions)
      if (k >= m.begin && k < m.end && k > m.begin) {
        k = m.begin;  // a long name is one step: "the director of the National Authority for ... (AKCESK), X"
        named = true;
        break;
      } else {
        named |= k >= m.begin && k < m.end;
      }
    // "ambassador in Athens", "ambassador to Estonia", "Commissioner for Trade, Industry and Mining"
    static const std::set<std::string, std::less<>> joiners{"of", "for", "at", "in", "to", "the", "'s", "(", ")", ",", "and", "&"};
    if (!named && !joiners.count(key)) {
      if (!s.tokens[k].word || s.tokens[k].capital || ++common > 3) return false;
      open_complement = true;
    }
  }
  return false;
}

// Whether `key` is the first or last word of a person's name the document gave before.
bool Recogniser::person_name_part(const std::string& key) const {
  for (const auto& ent : doc_.entities) {
    if (ent.type != NodeType::Person) continue;
    for (const auto& name : ent.names) {
      std::string k = lex_.name_key_of(name);
      if (k.size() > key.size() && ((k.ends_with(key) && k[k.size() - key.size() - 1] == ' ') ||
                                    (k.starts_with(key) && k[key.size()] == ' ')))
        return true;
    }
  }
  return false;
}

// Surnames and given names of people, and "Defense Ministry" for "Ministry
// of National Defense", point to the entity named in full elsewhere.
void Recogniser::bind_partial_names() {
  std::unordered_map<std::string, int> partial;
  std::unordered_map<std::string, int> count;
  auto ministries = lex_.anaphor_heads.find("ministry");
  auto ministry_head = [&](const std::string& head) {
    return ministries != lex_.anaphor_heads.end() &&
           std::find(ministries->second.begin(), ministries->second.end(), head) != ministries->second.end();
  };
  for (int e = 0; e < static_cast<int>(doc_.entities.size()); ++e) {
    const DocEntity& ent = doc_.entities[e];
    for (const auto& name : ent.names) {
      std::string key = lex_.name_key_of(name);
      if (ent.type == NodeType::Person) {
        auto space = key.find(' ');
        if (space == std::string::npos) continue;
        // "Lozano-Ferrer" of "Beatriz Lozano-Ferrer": a double-barrelled surname is keyed as two words
        std::string_view shown(name);
        std::string_view last = shown.substr(shown.rfind(' ') + 1);
        std::string barrelled = barrelled_surname(last) ? lex_.name_key_of(last) : std::string();
        std::string surnames, personal;
        compound_name_parts(key, &surnames, &personal);
        for (std::string part : {key.substr(0, space), key.substr(key.rfind(' ') + 1), barrelled, surnames, personal}) {
          if (part.empty() || part == key) continue;
          if (partial[part] != e + 1) ++count[part];
          partial[part] = e + 1;
        }
      } else if (ent.type == NodeType::Organisation && key.find(" of ") != std::string::npos) {
        // "Department of National Defence", "Secretariat of National Defense": a ministry by
        // another head word (cues.json anaphor_heads "ministry"), the body of "Minister of National Defence"
        std::string head = key.substr(0, key.find(" of "));
        if (head != "ministry" && !ministry_head(head)) continue;
        std::string rest = key.substr(head.size() + 4);
        if (head != "ministry") known_.emplace("ministry of " + rest, e);
        known_.emplace(rest + " ministry", e);
        auto space = rest.find(' ');
        if (space != std::string::npos && lex_.org_prefix_set.count(rest.substr(0, space)))
          known_.emplace(rest.substr(space + 1) + " ministry", e);
      }
    }
  }
  for (const auto& [part, e] : partial)
    if (count[part] == 1 && !lex_.function_word_set.count(part)) known_.emplace(part, e - 1);
  bind_short_body_names(partial);
}

void Recogniser::rescan_known(std::size_t si) {
  auto& s = doc_.sentences[si];
  std::uint32_t n = static_cast<std::uint32_t>(s.tokens.size());
  for (std::uint32_t i = 0; i < n;) {
    const Token& t = s.tokens[i];
    if (!t.word || !t.capital || t.key == "the") {
      ++i;
      continue;
    }
    // "Baltic Kestrel" in a quote, read as the region "Baltic" before the
    // exercise was known: a name the document knows that goes on replaces it
    int weak = weak_region_at(s, i);
    if (weak < 0 && covered(s, i)) {
      ++i;
      continue;
    }
    std::string key;
    std::uint32_t best = 0;
    int entity = -1;
    for (std::uint32_t j = i; j < n && j < i + 10 && (j == i || !covered(s, j)); ++j) {
      if (j > i) key.push_back(' ');
      key += s.tokens[j].key;
      if (!s.tokens[j].capital) continue;  // only a capitalised word may end the name read here: no look-up
      auto it = known_.find(key);
      if (it == known_.end()) continue;
      const DocEntity& ent = doc_.entities[it->second];
      bool caps_needed = std::any_of(ent.names.begin(), ent.names.end(), [&](const std::string& nm) {
        return lex_.name_key_of(nm) == key && std::none_of(nm.begin(), nm.end(), [](unsigned char c) { return std::islower(c); });
      });
      if (caps_needed && !s.tokens[i].all_caps) continue;
      best = j + 1 - i;
      entity = it->second;
    }
    if (best == 0 && weak < 0 && !t.all_caps && (i + 1 >= n || !s.tokens[i + 1].capital))
      if (auto shared = shared_first_.find(t.key); shared != shared_first_.end())
        if (int body = recent_shared_body(si, i, shared->second); body >= 0) {
          // the word is no name of the body's own: the other bodies it starts would read as its units
          add_mention(si, i, i + 1, body, MentionKind::Name);
          ++i;
          continue;
        }
    if (best == 0 || (weak >= 0 && best == 1)) {
      ++i;
      continue;
    }
    if (weak >= 0) {
      replaced_regions_.emplace_back(s.mentions[static_cast<std::size_t>(weak)].entity, entity);
      s.mentions.erase(s.mentions.begin() + weak);
    }
    bool acronym = s.tokens[i].all_caps && best == 1;
    std::string surface = span_text(text_, s, i, i + best);
    if (int owned = owned_entity(si, i, surface); owned >= 0) entity = owned;
    auto& names = doc_.entities[entity].names;
    if (doc_.entities[entity].type != NodeType::Person && !qualified_.count(entity) &&
        std::find(names.begin(), names.end(), surface) == names.end())
      names.push_back(surface);
    add_mention(si, i, i + best, entity, acronym ? MentionKind::Acronym : MentionKind::Name);
    i += best;
  }
}

// A body first named bare ("Cyber Command") and now found owned by a nation's
// body: drop the bare name, which other documents give other nations' bodies,
// and name it with its nation ("Estonia's Cyber Command", "Estonian Cyber Command").
void Recogniser::qualify_bare_body(int body, std::uint32_t nation, const std::string& name) {
  const std::string key = lex_.name_key_of(name);
  auto& names = doc_.entities[body].names;
  std::erase_if(names, [&](const std::string& x) { return lex_.name_key_of(x) == key; });
  for (const std::string& form : nation_forms(nation, name))
    if (std::find(names.begin(), names.end(), form) == names.end()) {
      names.push_back(form);
      known_.emplace(lex_.name_key_of(form), body);
    }
  qualified_.insert(body);
}

// "Japan's National Police Agency" and "South Korea's National Police
// Agency": a name every nation uses, owned by the nation before it, is that
// nation's; the bare name stays with the first owner. -1 when not such a name.
int Recogniser::owned_entity(std::size_t si, std::uint32_t b, const std::string& name) {
  const auto& s = doc_.sentences[si];
  if (b < 2 || s.tokens[b - 1].key != "'s") return -1;
  int nation = -1, owner = -1;
  std::uint32_t owner_begin = 0;
  for (const auto& m : s.mentions)
    if (m.end == b - 1 && doc_.entities[m.entity].type == NodeType::Nation) nation = m.entity;
    else if (m.end == b - 1 && doc_.entities[m.entity].type == NodeType::Organisation) owner = m.entity, owner_begin = m.begin;
  if (nation < 0 && owner < 0) return -1;
  std::string key = lex_.name_key_of(name);
  if (!generic_name(name) && !(nation >= 0 && other_nations_body(key, nation))) return -1;
  if (nation < 0) return owned_by_state_body(si, owner_begin, b, owner, name, key);
  return owned_by_nation(nation, name, key);
}

// "the Estonian Defence Forces' Cyber Command" (the owner body's mention from
// `owner_begin` to the "'s" before `b`): a nation's body owns it, so it is that
// nation's ("Estonia's Cyber Command"), never another nation's of the same name.
int Recogniser::owned_by_state_body(std::size_t si, std::uint32_t owner_begin, std::uint32_t b, int owner,
                                    const std::string& name, const std::string& key) {
  const auto& s = doc_.sentences[si];
  std::int64_t n = owner_nation(owner);
  if (n < 0) return -1;
  // Named as written ("Estonian Defence Forces' Cyber Command"), and with its nation; never by
  // the bare name alone, which other documents give other nations' bodies.
  // "Cyber Command" named bare before its owner was: the same body, no longer by the bare name.
  auto bare = known_.find(key);
  int body = -1;
  if (bare != known_.end() && doc_.entities[bare->second].type == NodeType::Organisation &&
      doc_.entities[bare->second].lexicon < 0 && !qualified_.count(bare->second)) {
    body = bare->second;
    qualify_bare_body(body, static_cast<std::uint32_t>(n), name);
  } else {
    body = nation_body(static_cast<std::uint32_t>(n), name);
  }
  std::string full = span_text(text_, s, owner_begin, b) + " " + name;
  DocEntity& e = doc_.entities[body];
  if (std::find(e.names.begin(), e.names.end(), full) == e.names.end()) e.names.push_back(full);
  if (full.size() > e.label.size()) e.label = full;
  known_.emplace(lex_.name_key_of(full), body);
  known_.emplace(key, body);  // the bare name: the first owner's
  return body;
}

// "Japan's National Police Agency": the body of that name (`key`: its name key)
// `nation` owns, found again or made (named with the nation; the bare name stays
// the first owner's).
int Recogniser::owned_by_nation(int nation, const std::string& name, const std::string& key) {
  // "Philippines' Cyber Command", also found as some write it, "Philippines's Cyber Command"
  std::vector<std::string> forms = possessive_names(doc_.entities[nation].label, name);
  const std::string& qualified = forms.front();
  for (const auto& form : forms)
    if (auto it = known_.find(lex_.name_key_of(form)); it != known_.end()) return it->second;
  // "Estonia's Cyber Command" after "the Estonian Defence Forces Cyber Command": the
  // nation's body named in full before, by its demonym and the same closing words.
  if (const DocEntity& n = doc_.entities[nation]; n.lexicon >= 0)
    for (const auto& [k, e] : known_) {
      if (doc_.entities[e].type != NodeType::Organisation || qualified_.count(e) || !k.ends_with(" " + key)) continue;
      for (const auto& d : lex_.entities[n.lexicon].demonyms)
        if (k.starts_with(lex_.name_key_of(d) + " ")) {
          for (const auto& form : forms) {
            doc_.entities[e].names.push_back(form);
            known_.emplace(lex_.name_key_of(form), e);
          }
          return e;
        }
    }
  int entity = static_cast<int>(doc_.entities.size());
  doc_.entities.push_back({NodeType::Organisation, qualified, forms, -1});
  for (const auto& form : forms) known_.emplace(lex_.name_key_of(form), entity);
  known_.emplace(key, entity);  // the bare name: the first owner's
  qualified_.insert(entity);
  return entity;
}

// "Estonia's Ministry of Finance and Latvia's Ministry of Finance": a name
// this document gave another nation's body is no generic one, yet shared:
// whether the body known by `key` is a nation's other than `nation` (an entity).
bool Recogniser::other_nations_body(const std::string& key, int nation) const {
  auto it = known_.find(key);
  if (it == known_.end() || doc_.entities[it->second].type != NodeType::Organisation || doc_.entities[it->second].lexicon >= 0)
    return false;
  std::int64_t owner = body_nation(it->second);
  return owner >= 0 && doc_.entities[nation].lexicon >= 0 && owner != doc_.entities[nation].lexicon;
}

// "The 310th is based at Camp Fretterd": a unit named before by its number and name
// ("the 310th Cyber Protection Team"), now by its number alone after "the".
bool Recogniser::numbered_unit_reference(std::size_t si, std::uint32_t i, std::vector<Mention>& found) const {
  const auto& toks = doc_.sentences[si].tokens;
  if (i + 1 >= toks.size() || !ordinal_number(toks[i + 1]) || covered(doc_.sentences[si], i + 1)) return false;
  if (i + 2 < toks.size() && toks[i + 2].word && (toks[i + 2].capital || !lex_.function_word_set.count(toks[i + 2].key)) &&
      toks[i + 2].key != "is" && toks[i + 2].key != "was" && toks[i + 2].key != "has" && toks[i + 2].key != "had")
    return false;  // "the 310th Cyber Protection Team" itself, "the 21st century"
  std::string prefix = std::string(toks[i + 1].text) + " ";
  int unit = -1;
  for (int e = 0; e < static_cast<int>(doc_.entities.size()); ++e)
    if (doc_.entities[e].type == NodeType::Organisation && doc_.entities[e].label.starts_with(prefix)) {
      if (unit >= 0) return false;  // two units of that number: which is unclear
      unit = e;
    }
  if (unit < 0) return false;
  found.push_back({i + 1, i + 2, unit, MentionKind::Anaphor});
  return true;
}

// "the center", "the annual training event": the latest entity of the
// type the noun describes (whose name has that noun, for organisations).
// After an anaphor's noun ending at `end`: a name right after it ("the exercise, called Cyber
// Flag"; "the drill Cyber Flag") or more of a noun ("the exercise area") makes it no anaphor;
// a verb the clauses know does not ("the alliance warned", "the forum opens").
bool Recogniser::noun_named_or_goes_on(const SentenceAnalysis& s, std::uint32_t end) const {
  std::uint32_t k = end;
  while (k < s.tokens.size() && (s.tokens[k].key == "," || s.tokens[k].key == "\"" || s.tokens[k].key == "the" ||
                                 naming_after(s.tokens, k) > 0))
    k += std::max<std::uint32_t>(1, naming_after(s.tokens, k));
  if (k < s.tokens.size() && s.tokens[k].word && s.tokens[k].capital) return true;
  if (end >= s.tokens.size() || !s.tokens[end].word || s.tokens[end].capital) return false;
  const std::string& next = s.tokens[end].key;
  bool verb = next.ends_with("ed") || lex_.modal_set.count(next) || lex_.clause_verb_set.count(next) ||
              std::find(lex_.speech_verbs.begin(), lex_.speech_verbs.end(), next) != lex_.speech_verbs.end();
  return !lex_.function_word_set.count(next) && next != "'s" && !verb;
}

// "the pact between Greece and Cyprus": an agreement noun whose parties follow by name is
// the agreement of those parties, not the one the story named last ("the pact between
// the two" still points back).
static bool parties_named_after(const SentenceAnalysis& s, std::uint32_t end) {
  if (end >= s.tokens.size() || s.tokens[end].key != "between") return false;
  std::uint32_t k = end + 1;
  if (k < s.tokens.size() && s.tokens[k].key == "the") ++k;
  return k < s.tokens.size() && s.tokens[k].word && s.tokens[k].capital;
}

// "who now heads the cyber directorate of NATO's ACT": a body's noun followed by "of" and a
// name is a part of that named body, not the body of that noun the story named before.
static bool owner_named_after(const SentenceAnalysis& s, std::uint32_t end) {
  if (end >= s.tokens.size() || s.tokens[end].key != "of") return false;
  std::uint32_t k = end + 1;
  if (k < s.tokens.size() && s.tokens[k].key == "the") ++k;
  return k < s.tokens.size() && s.tokens[k].word && s.tokens[k].capital;
}

void Recogniser::resolve_anaphora() {
  std::vector<int> recent;
  std::vector<std::size_t> recent_sentence;  // where each of `recent` was named
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
    auto& s = doc_.sentences[si];
    std::vector<Mention> found;
    std::vector<std::uint32_t> replaced;
    std::size_t next_mention = 0;
    auto mentions = s.mentions;
    std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    for (std::uint32_t i = 0; i < s.tokens.size(); ++i) {
      while (next_mention < mentions.size() && mentions[next_mention].begin <= i)
        recent.push_back(mentions[next_mention++].entity), recent_sentence.push_back(si);
      // "a member of that centre since 2023": a demonstrative right before the noun points back too
      bool demonstrative = (s.tokens[i].key == "that" || s.tokens[i].key == "this") && i + 1 < s.tokens.size() &&
                           lex_.anaphor_type.count(s.tokens[i + 1].key);
      // "Our flagship cyber exercise was held ...", "Its annual drill drew 300 teams": a possessive
      // determiner opening the sentence before an event noun points back as "the" does (only to
      // an exercise or event; inside a clause, "held their fifth dialogue", "its own exercise"
      // tell of another occasion)
      bool possessive = i == 0 && (s.tokens[i].key == "our" || s.tokens[i].key == "its" || s.tokens[i].key == "their");
      if ((s.tokens[i].key != "the" && !demonstrative && !possessive) || covered(s, i)) continue;
      if (!demonstrative && !possessive && numbered_unit_reference(si, i, found)) continue;
      if (!demonstrative && !possessive && nation_anaphor(si, i, recent, found, replaced)) continue;
      for (std::uint32_t j = i + 1; j < s.tokens.size() && j <= (demonstrative ? i + 1 : i + 6); ++j) {
        const Token& t = s.tokens[j];
        if (!t.word || t.capital || covered(s, j)) break;
        std::string two = j + 1 < s.tokens.size() ? t.key + " " + s.tokens[j + 1].key : "";
        std::uint32_t len = lex_.anaphor_type.count(two) ? 2 : lex_.anaphor_type.count(t.key) ? 1 : 0;
        if (len == 0) {
          if (lex_.function_word_set.count(t.key)) break;
          continue;
        }
        std::uint32_t end = j + len;
        NodeType type = lex_.anaphor_type.at(len == 2 ? two : static_cast<const std::string&>(t.key));
        if (possessive && type != NodeType::Exercise && type != NodeType::Event) break;
        if (noun_named_or_goes_on(s, end)) break;
        if (type == NodeType::Agreement && parties_named_after(s, end)) break;
        if (type == NodeType::Organisation && owner_named_after(s, end)) break;
        const std::string& next = end < s.tokens.size() ? s.tokens[end].key : std::string();
        std::string noun = lex_.token_key(s.tokens[end - 1].text);
        // ("the eighth edition of Guardião Cibernético" names the one it is of)
        if (int e = described_entity(si, i, end, recent, recent_sentence, type, noun);
            e >= 0 && (next == "of" || !other_edition(s, i + 1, j, e)))
          found.push_back({i, end, e, MentionKind::Anaphor});
        break;
      }
    }
    std::erase_if(s.mentions, [&](const Mention& m) { return std::find(replaced.begin(), replaced.end(), m.begin) != replaced.end(); });
    for (auto& m : found) s.mentions.push_back(m);
  }
}

// The entity "the <noun>" at token `at` of sentence si stands for: the latest
// of that type (whose name has the noun, for organisations and events), or
// its nation's body the sentence points to; -1 when another body the noun
// describes was named in the same sentence as it ("co-organised by the X
// Command and the Y Command. Z, who heads the command"): which is not said.
int Recogniser::described_entity(std::size_t si, std::uint32_t at, std::uint32_t end, const std::vector<int>& recent,
                                 const std::vector<std::size_t>& recent_sentence, NodeType type,
                                 const std::string& noun) const {
  std::vector<int> tried;  // an entity mentioned often is looked at once
  int chosen = -1;
  std::size_t chosen_sentence = 0;
  // no body whose name has the noun: one whose name has a word the noun also describes
  auto other = lex_.anaphor_heads.find(noun);
  bool described_agreement = type == NodeType::Agreement && std::any_of(recent.begin(), recent.end(), [&](int e) {
    return doc_.entities[e].type == NodeType::Agreement && describes(doc_.entities[e], noun);
  });
  bool loose = other != lex_.anaphor_heads.end() &&
               std::none_of(recent.begin(), recent.end(), [&](int e) { return doc_.entities[e].type == type && describes(doc_.entities[e], noun); });
  // a body the noun heads ("the Union": the European Union) before one it only qualifies
  bool headed = type == NodeType::Organisation &&
                std::any_of(recent.begin(), recent.end(), [&](int e) { return doc_.entities[e].type == type && headed_by(e, noun); });
  for (std::size_t k = recent.size(); k-- > 0;) {
    int e = recent[k];
    const DocEntity& ent = doc_.entities[e];
    if (ent.type != type || std::find(tried.begin(), tried.end(), e) != tried.end()) continue;
    tried.push_back(e);
    // "the arrangement": of several agreements, one whose name says "Arrangement" when there is one
    bool named_kind = type == NodeType::Agreement && described_agreement && describes(ent, noun);
    bool fits = (type != NodeType::Organisation && type != NodeType::Event && !described_agreement) || named_kind ||
                describes(ent, noun) || called(e, noun) ||
                (loose && std::any_of(other->second.begin(), other->second.end(), [&](const std::string& h) { return describes(ent, h) || called(e, h); }));
    if ((type == NodeType::Agreement && described_agreement && !named_kind) || (headed && !headed_by(e, noun))) fits = false;
    if (!fits) continue;
    if (chosen >= 0) {
      if (type == NodeType::Organisation && recent_sentence[k] == chosen_sentence) return -1;
      break;
    }
    chosen = e, chosen_sentence = recent_sentence[k];
    if (type != NodeType::Organisation) break;
  }
  if (chosen < 0) return -1;
  if (type == NodeType::Exercise) chosen = past_passing_mention(si, chosen, recent, recent_sentence);
  int own = type == NodeType::Organisation && owner_nation(chosen) >= 0 ? nation_body_before(si, at, end, recent, noun) : -1;
  return own >= 0 && owner_nation(own) != owner_nation(chosen) ? own : chosen;
}

// "The Lithuanian team came from a centre under the defence ministry": the
// body a noun describes that belongs to the one nation named before it in the
// sentence (or in its relative clause: "the command, which sits within the
// Canadian Armed Forces"), latest first, rather than another nation's named
// last; -1 when none.
int Recogniser::nation_body_before(std::size_t si, std::uint32_t at, std::uint32_t end, const std::vector<int>& recent,
                                   const std::string& noun) const {
  std::int64_t nation = -1;
  for (const auto& m : doc_.sentences[si].mentions)
    if (auto n = m.end <= at ? nation_of_mention(m) : -1; n >= 0) {
      if (nation >= 0 && nation != n) return -1;
      nation = n;
    }
  if (nation < 0) nation = relative_clause_nation(si, end);
  if (nation < 0) return -1;
  for (auto it = recent.rbegin(); it != recent.rend(); ++it)
    if (doc_.entities[*it].type == NodeType::Organisation && describes(doc_.entities[*it], noun) && owner_nation(*it) == nation)
      return *it;
  return -1;
}

// Whether the name at [b, e) meets a person of the sentence: "A B met C D", "C D met
// with A B", "A B held talks with C D"; after the verb, the name must close its phrase
// (not "met Digital Sahel officials").
bool Recogniser::meets_person(const SentenceAnalysis& s, std::uint32_t b, std::uint32_t e) const {
  const auto& toks = s.tokens;
  auto person_at = [&](std::uint32_t begin, std::uint32_t end_at, bool by_begin) {
    for (const auto& m : s.mentions)
      if ((by_begin ? m.begin == begin : m.end == end_at) && doc_.entities[m.entity].type == NodeType::Person) return true;
    return false;
  };
  auto key = [&](std::int64_t k) {
    return k >= 0 && k < static_cast<std::int64_t>(toks.size()) ? std::string_view(toks[k].key) : std::string_view();
  };
  auto met = [&](std::int64_t k) { return key(k) == "met" || key(k) == "meets"; };
  // the verb's words ending right before b: "met", "met with", "held talks with"
  const std::int64_t v = static_cast<std::int64_t>(b) - 1;
  std::int64_t verb = -1;
  if (met(v)) verb = v;
  else if (key(v) == "with" && met(v - 1)) verb = v - 1;
  else if (key(v) == "with" && key(v - 1) == "talks" && key(v - 2) == "held") verb = v - 2;
  if (verb >= 1 && person_at(0, static_cast<std::uint32_t>(verb), false) && closes_name(toks, e)) return true;
  // the verb right after e: "C D met A B", "C D met with A B", "C D held talks with A B"
  std::uint32_t k = e;
  if (met(k)) k += key(k + 1) == "with" ? 2 : 1;
  else if (key(k) == "held" && key(k + 1) == "talks" && key(k + 2) == "with") k += 3;
  return k > e && person_at(k, 0, true);
}

// Capitalised spans no rule typed, read once the sentence's other names are
// known: two or three plain words coordinated with a person ("Rein Tamm and
// Liisa Saar", "X, Y and Z") or followed by a nation in parentheses ("Tanel
// Sepp (Estonia)") are people.
void Recogniser::type_candidates() {
  bool changed = true;
  while (changed) {
    changed = false;
    for (auto& c : candidates_) {
      if (c.end == c.begin) continue;  // typed already
      auto& s = doc_.sentences[c.sentence];
      const auto& toks = s.tokens;
      std::uint32_t n = c.end - c.begin;
      bool plain = n >= 1 && n <= 3;
      for (std::uint32_t k = c.begin; k < c.end && plain; ++k)
        plain = toks[k].word && toks[k].capital && !toks[k].all_caps && !lex_.head_type.count(toks[k].key);
      if (!plain || s.headline) continue;
      if (n == 1 && !listed_with_bodies(s, c)) continue;  // one word: only a body of a participant list
      auto person_at = [&](std::uint32_t begin, std::uint32_t end_at, bool by_begin) {
        for (const auto& m : s.mentions)
          if ((by_begin ? m.begin == begin : m.end == end_at) && doc_.entities[m.entity].type == NodeType::Person) return true;
        return false;
      };
      auto joiner = [&](std::uint32_t k) { return k < toks.size() && (toks[k].key == "and" || toks[k].key == "or" || toks[k].key == ","); };
      // "In his book, Deterrence Revisited, Thomas Rid argues": a comma joins a list only if the person's name goes on into one
      auto list_after = [&](std::uint32_t begin) {
        auto on = [&](std::uint32_t k) { return k >= toks.size() || !toks[k].word || toks[k].key == "and" || toks[k].key == "or"; };
        return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
          return m.begin == begin && doc_.entities[m.entity].type == NodeType::Person && on(m.end);
        });
      };
      bool person = (joiner(c.end) && (toks[c.end].key == "," ? list_after(c.end + 1) : person_at(c.end + 1, 0, true))) ||
                    (c.end + 2 < toks.size() && toks[c.end].key == "," && toks[c.end + 1].key == "and" && person_at(c.end + 2, 0, true)) ||
                    (c.begin >= 2 && joiner(c.begin - 1) && person_at(0, c.begin - 1, false));
      if (!person && c.end + 2 < toks.size() && toks[c.end].key == "(" && toks[c.end + 2].key == ")")
        for (const auto& m : s.mentions)
          person |= m.begin == c.end + 1 && m.end == c.end + 2 && doc_.entities[m.entity].type == NodeType::Nation;
      // "A B of Montenegro and C D of North Macedonia": "of" and a nation after it, as after a person of the sentence
      auto nation_of_at = [&](std::uint32_t k) {
        if (k >= toks.size() || toks[k].key != "of") return false;
        for (const auto& m : s.mentions)
          if (m.begin == k + 1 && doc_.entities[m.entity].type == NodeType::Nation) return true;
        return false;
      };
      if (!person && nation_of_at(c.end))
        for (const auto& m : s.mentions)
          person |= doc_.entities[m.entity].type == NodeType::Person && nation_of_at(m.end);
      if (!person) person = meets_person(s, c.begin, c.end);
      // "Renée Kowalczyk signed ..." and later "Ms Kowalczyk said": the surname the text gives a person
      if (!person) person = surname_of_person(toks[c.end - 1].text);
      if (person && people_not_person(s, c.begin, c.end)) continue;
      if (!person && !listed_with_bodies(s, c)) continue;
      NodeType type = person ? NodeType::Person : NodeType::Organisation;
      add_mention(c.sentence, c.begin, c.end, entity_for(type, span_text(text_, s, c.begin, c.end), -1), MentionKind::Name);
      c.end = c.begin;
      changed = true;
    }
  }
}

// "Participants included Statnett, Equinor and the Norwegian Police Security
// Service": a plain name listed beside bodies after a participant-list word
// (cues.json participant_list_leads) is a body too. The list is the run of
// names, candidates and joiners around it; a lower-case word or ":" opens it.
bool Recogniser::listed_with_bodies(const SentenceAnalysis& s, const Candidate& c) const {
  const auto& toks = s.tokens;
  std::size_t lead_begin = 0, lead_end = 0;
  for (const auto& phrase : lex_.participant_list_lead_words)
    for (std::size_t i = 0; i + phrase.size() <= c.begin && lead_end == 0; ++i) {
      bool same = true;
      for (std::size_t k = 0; k < phrase.size() && same; ++k) same = toks[i + k].key == phrase[k];
      if (same) lead_begin = i, lead_end = i + phrase.size();
    }
  if (lead_end == 0) return false;
  std::vector<char> listed(toks.size(), 0);  // 2: a body's name, 1: a candidate's
  for (const auto& m : s.mentions) {
    NodeType t = doc_.entities[m.entity].type;
    if (t == NodeType::Organisation || t == NodeType::Nation)
      for (std::uint32_t j = m.begin; j < m.end && j < toks.size(); ++j) listed[j] = 2;
  }
  for (const auto& other : candidates_)
    if (other.sentence == c.sentence)
      for (std::uint32_t j = other.begin; j < other.end; ++j) listed[j] = std::max<char>(listed[j], 1);
  auto in_list = [&](std::uint32_t j) {
    const WordKey& key = toks[j].key;
    return listed[j] || key == "," || key == "and" || key == "the" || key == "(" || key == ")";
  };
  std::uint32_t b = c.begin, e = c.end;
  while (b > 0 && in_list(b - 1)) --b;
  while (e < toks.size() && in_list(e)) ++e;
  if (b == 0 || b < lead_end || (toks[b - 1].capital && toks[b - 1].key != ":")) return false;
  // "..., Recean said": a name its speech verb follows is a speaker, not an item
  if (e < toks.size() && std::find(lex_.speech_verbs.begin(), lex_.speech_verbs.end(), toks[e].key) != lex_.speech_verbs.end())
    return false;
  if (std::any_of(listed.begin() + b, listed.begin() + e, [](char x) { return x == 2; })) return true;
  // "20 organisations took part, including A, B and C", "took part, among them the energy firms
  // A and B": a noun of bodies (cues.json type_nouns) just before the lead or the list types it
  auto body_noun = [&](std::size_t j) {
    auto t = lex_.type_noun_type.find(toks[j].key);
    return !toks[j].capital && t != lex_.type_noun_type.end() && t->second == NodeType::Organisation;
  };
  for (std::size_t j = lead_begin >= 3 ? lead_begin - 3 : 0; j < b; ++j)
    if ((j < lead_begin || j + 3 >= b) && body_noun(j)) return true;
  return false;
}

}  // namespace newsgraph::detail
