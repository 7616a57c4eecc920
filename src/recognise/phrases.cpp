// Recognition by the words around a name: bare acronyms where an
// organisation is expected, towns after place cues, titles after a name,
// exercises by the nouns and verbs beside them. Events and agreements whose
// head word is written in lower case: lowercase_heads.cpp. The words are
// lexicon data.
#include <algorithm>
#include <cstdint>

#include "recognise/recogniser.hpp"
#include "util/languages.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {
namespace {

// "officials", "experts", "director": people who work for an organisation.
bool member_noun(const Lexicon& lex, const std::string& key) {
  if (key.empty()) return false;
  std::string one = key.back() == 's' ? key.substr(0, key.size() - 1) : key;
  for (const auto& k : {key, one})
    if (lex.role_noun_relation.count(k) || lex.representative_set.count(k)) return true;
  return false;
}

}  // namespace

// "Togo's ANCy", "Moldova's CYRAM", "Portugal's CDCiber": an acronym (in capitals, or mixed
// case with three capitals or more) right after a nation's possessive names that nation's body.
bool Recogniser::nation_owned_acronym(std::size_t si, std::uint32_t b) const {
  const auto& s = doc_.sentences[si];
  const Token& t = s.tokens[b];
  if (b < 2 || s.tokens[b - 1].key != "'s" || lex_.gazetteer.count(t.key)) return false;
  std::size_t upper = std::count_if(t.text.begin(), t.text.end(), [](unsigned char c) { return std::isupper(c); });
  bool shaped = t.all_caps ? t.text.size() >= 2 && t.text.size() <= 8 : upper >= 3 && mixed_case_acronym(t.text);
  if (!shaped) return false;
  // not "Estonia's CEO said": the word after is no name's (a name of several words is read whole)
  if (b + 1 < s.tokens.size() && s.tokens[b + 1].word && s.tokens[b + 1].capital) return false;
  // not "AZERBAIJAN'S ROLE": a crosshead in capitals
  if (std::all_of(s.tokens.begin(), s.tokens.end(), [](const Token& w) { return !w.word || w.all_caps || w.key == "'s"; }))
    return false;
  return std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
    return m.end == b - 1 && doc_.entities[m.entity].type == NodeType::Nation;
  });
}

// A lone acronym in an organisation's place: "officials of the FFI",
// "the NKSC said", "NKSC experts", "the NKSC's director".
std::optional<NodeType> Recogniser::acronym_context(std::size_t si, std::uint32_t b) const {
  const auto& toks = doc_.sentences[si].tokens;
  const Token& t = toks[b];
  std::size_t letters = std::count_if(t.text.begin(), t.text.end(), [](unsigned char c) { return std::isalpha(c); });
  if (doc_.sentences[si].headline || lex_.not_org_acronym_set.count(ascii_lowered(t.text))) return std::nullopt;
  if (nation_owned_acronym(si, b)) return NodeType::Organisation;
  if (!t.all_caps || letters < 2 || letters > 6) return std::nullopt;
  auto key = [&](std::int64_t k) -> std::string {
    return k >= 0 && k < static_cast<std::int64_t>(toks.size()) ? std::string(toks[k].key) : std::string();
  };
  std::int64_t before = static_cast<std::int64_t>(b) - 1;
  bool the = key(before) == "the";
  if (the) --before;
  std::string prep = key(before);
  if ((prep == "of" || prep == "from" || prep == "at" || prep == "with" || prep == "for") && member_noun(lex_, key(before - 1)))
    return NodeType::Organisation;
  // "told BNS", "according to ERR": an acronym spoken to or quoted is an outlet or a body
  if (!the && (prep == "told" || (prep == "to" && key(before - 1) == "according"))) return NodeType::Organisation;
  // "the NKSC, the cyber security centre that ...": an apposition with a body's noun
  if (key(b + 1) == "," && (key(b + 2) == "the" || key(b + 2) == "a" || key(b + 2) == "an"))
    for (std::int64_t k = b + 3; k < static_cast<std::int64_t>(toks.size()) && k < b + 8 && toks[k].word && !toks[k].capital; ++k) {
      auto it = lex_.anaphor_type.find(toks[k].key);
      if (it != lex_.anaphor_type.end()) {
        if (it->second == NodeType::Organisation) return NodeType::Organisation;
        break;
      }
      if (lex_.function_word_set.count(toks[k].key)) break;
    }
  std::int64_t after = b + 1;
  if (key(after) == "'s") ++after;
  if (member_noun(lex_, key(after)) && !toks[after].capital) return NodeType::Organisation;
  bool speaks = std::find(lex_.speech_verbs.begin(), lex_.speech_verbs.end(), key(b + 1)) != lex_.speech_verbs.end();
  if (the && speaks) return NodeType::Organisation;
  return std::nullopt;
}

// "Compiled by A B and C D", "Live blog by A B and C de D": the name after "and" that
// follows the person a byline names (its verb and "by", or "By" first) is a person's too.
bool Recogniser::byline_partner(std::size_t si, std::uint32_t b) const {
  const auto& s = doc_.sentences[si];
  if (b < 3 || s.tokens[b - 1].key != "and") return false;
  for (const auto& m : s.mentions) {
    if (m.end != b - 1 || doc_.entities[m.entity].type != NodeType::Person || m.begin < 1 || s.tokens[m.begin - 1].key != "by")
      continue;
    std::uint32_t by = m.begin - 1;
    bool first = true;
    for (std::uint32_t k = 0; k < by; ++k) first &= !s.tokens[k].word;
    std::string verb = by >= 1 ? std::string(s.tokens[by - 1].key) + " by" : std::string();
    return first || std::find(lex_.byline_verbs.begin(), lex_.byline_verbs.end(), verb) != lex_.byline_verbs.end();
  }
  return false;
}

// "based in Lillehammer", "outside the city of Rukla", "held in Bodo": a
// place cue before the name; a single word after a bare "in" too, unless
// the word before "in" says otherwise ("took part in X") or a noun goes on
// after it ("in Acme shares").
bool Recogniser::place_context(std::size_t si, std::uint32_t b, std::uint32_t e) const {
  const auto& toks = doc_.sentences[si].tokens;
  auto key = [&](std::int64_t k) -> std::string {
    return k >= 0 && k < static_cast<std::int64_t>(toks.size()) ? std::string(toks[k].key) : std::string();
  };
  std::int64_t before = static_cast<std::int64_t>(b) - 1;
  std::string cue;
  for (std::int64_t k = before, n = 0; k >= 0 && n < 4; --k, ++n) {
    cue = n == 0 ? key(k) : key(k) + " " + cue;
    if (lex_.place_cue_set.count(cue)) return true;
  }
  // "in Jelgava and Valmiera", "in Fujairah and Ras Al Khaimah": coordinated with a place.
  if (key(before) == "and" || key(before) == "or")
    for (const auto& m : doc_.sentences[si].mentions)
      if (m.end == before && doc_.entities[m.entity].type == NodeType::Place) return true;
  // "in Den Helder", "in Sestri Ponente": two plain words as well, when no word is a given name,
  // a word the gazetteer knows (a known name beside another is two names, not one place) or a
  // body's generic word ("a chair in Cyber Security": a field).
  if (e - b > 2 || e <= b) return false;
  for (std::uint32_t k = b; k < e; ++k)
    if (lex_.gazetteer.count(toks[k].key) || lex_.given_name_set.count(toks[k].key) || toks[k].all_caps || !toks[k].word ||
        (e - b == 2 && lex_.generic_org_set.count(toks[k].key)))
      return false;
  // "at Jorstadmoen near Lillehammer", "at Rena outside Elverum": "at" before the name and a
  // one-word place cue after it (cues.json place_cues), then a capitalised name that cue makes
  // a place (one the gazetteer knows as something else is no place: "at X near NATO's ...").
  if (key(before) == "at" && e + 1 < toks.size() && lex_.place_cue_set.count(key(e)) && toks[e + 1].word &&
      toks[e + 1].capital && !toks[e + 1].all_caps) {
    const LexHit* hit = nullptr;
    if (gazetteer_match(doc_.sentences[si], e + 1, &hit) == 0 || lex_.entities[hit->entity].type == NodeType::Place) return true;
  }
  // "in Bodo, Nordland, from ...": a region after a place, closed by punctuation.
  // Not "Fort Meade, Md., and": a short word with its abbreviation's dot, the sentence going on
  // after it, is a state's or province's postal form, part of the place's address.
  bool abbreviated = e + 1 < toks.size() && key(e) == "." && toks[e].start == toks[b].end && toks[b].text.size() <= 5 &&
                     (key(e + 1) == "," || (toks[e + 1].word && !toks[e + 1].capital));
  if (e - b == 1 && !abbreviated && key(before) == "," && b >= 2 &&
      (e >= toks.size() || key(e) == "," || key(e) == "." || key(e) == ";")) {
    const auto& mentions = doc_.sentences[si].mentions;
    for (const auto& m : mentions)
      if (m.end + 1 == b && doc_.entities[m.entity].type == NodeType::Place) return true;
  }
  // "in northern Bavaria": a direction word between "in" and the name
  if (lex_.place_modifier_set.count(key(before)) && key(before - 1) == "in") --before;
  if (key(before) != "in" || lex_.place_in_blocker_set.count(key(before - 1))) return false;
  // "("good path" in Guarani)": after a quoted gloss, a language's name is no place
  std::string_view mark = before >= 1 ? toks[before - 1].text : std::string_view{};
  bool quote = mark == "\"" || mark == "\u201D" || mark == "\u2019" || mark == "'" || mark == "\u00BB";
  if (quote && e - b == 1 && is_language_name(name_key(toks[b].text))) return false;
  if (e < toks.size()) {
    const Token& next = toks[e];
    if (next.key == "'s" || next.key == "-based") return false;
    if (next.word && !next.capital && !lex_.function_word_set.count(next.key) && !year_number(next)) return false;
  }
  return true;
}

// "Desert Keystone, a regional cyber defence exercise,", "Cyber Readiness
// Group, a consultancy based in Irbid": an apposition whose noun types the
// name (an exercise or event noun, or an organisation noun).
std::optional<NodeType> Recogniser::apposition_type(std::size_t si, std::uint32_t e) const {
  const auto& toks = doc_.sentences[si].tokens;
  // "Silent Guard, the annual exercise of ...", "Maizes Nams, the bakery chain,": "the" too
  // "X - a NATO exercise -": a dash opens it too
  if (e + 2 >= toks.size() || (toks[e].key != "," && toks[e].key != "-")) return std::nullopt;
  std::uint32_t from = e + 2;
  if (toks[e + 1].capital && toks[e + 2].key == "'s")
    from = e + 3;  // "CWIX 2025, NATO's interoperability exercise,"
  else if (toks[e + 1].key != "a" && toks[e + 1].key != "an" && toks[e + 1].key != "the")
    return std::nullopt;
  // lower-case words, or a name with its "-led" ("a German-led exercise": "German" + "-led")
  auto suffix = [&](std::uint32_t k) { return k < toks.size() && toks[k].text.starts_with("-"); };
  std::uint32_t unknown = 0;  // capitalised words no gazetteer knows ("a San Pedro Sula firm": a town)
  for (std::uint32_t k = from; k < toks.size() && k < e + 9; ++k) {
    if (suffix(k) || (toks[k].capital && suffix(k + 1))) continue;
    if (toks[k].key == "'s" && k > from) continue;  // "the alliance's largest exercise", "the EU's flagship exercise"
    if (toks[k].word && toks[k].capital) {
      // a known name inside: "an annual NATO cyber exercise", "a Baltic naval drill"
      const LexHit* hit = nullptr;
      std::uint32_t g = gazetteer_match(doc_.sentences[si], k, &hit);
      if (g == 0 && (toks[k].all_caps || ++unknown > 3)) break;
      k += g == 0 ? 0 : g - 1;
      continue;
    }
    if (!toks[k].word) break;
    if (lex_.org_noun_set.count(toks[k].key)) return NodeType::Organisation;
    if (unknown > 0) break;  // only a firm's town: "a Freeport firm", not "a Sahel Shield exercise"
    auto it = lex_.anaphor_type.find(toks[k].key);
    if (it != lex_.anaphor_type.end() && (it->second == NodeType::Exercise || it->second == NodeType::Event)) {
      // not "an exercise area", "the exercise's director"
      bool head = k + 1 >= toks.size() || (!toks[k + 1].word && toks[k + 1].key != "'s") || ends_head_phrase(toks, k + 1);
      // "According to X, an analyst at Y, the drill was a signal": a noun its verb follows opens a clause
      // (a finite "was" or a modal; not "an exercise run by", whose participle stays in the phrase)
      auto finite = [&](std::string_view w) {
        return w == "is" || w == "was" || w == "are" || w == "were" || w == "has" || w == "had" || w == "have";
      };
      bool clause = k + 1 < toks.size() && (finite(toks[k + 1].key) || lex_.modal_set.count(toks[k + 1].key));
      return head && !clause ? std::optional<NodeType>(it->second) : std::nullopt;
    }
    if (lex_.function_word_set.count(toks[k].key)) break;
  }
  return std::nullopt;
}

// Where "of" follows a person's name inside a span ("Ahmet Yilmaz of Bilkent
// University", "Dr. Lena Park of the ..."): a title before it or a known
// given name, two or three plain words, and a body's head word (or any name after a title). 0 when not so.
std::uint32_t Recogniser::person_before_of(std::size_t si, std::uint32_t b, std::uint32_t e, bool titled) const {
  const auto& toks = doc_.sentences[si].tokens;
  std::uint32_t k = b;
  while (k < e && toks[k].key != "of") ++k;
  if (k + 1 >= e || k - b < 2 || k - b > 3) return 0;
  for (std::uint32_t m = b; m < k; ++m)
    if (!toks[m].word || toks[m].all_caps || lex_.head_type.count(toks[m].key) || lex_.generic_org_set.count(toks[m].key))
      return 0;
  if (!titled && !lex_.given_name_set.count(toks[b].key)) return 0;
  // "Professor A B of Cyber Law Partners": after a title, the words before "of" are the person's name
  if (titled) return k;
  // "Lars Petrov of Latvia": a known name after "of"
  const LexHit* hit = nullptr;
  if (std::uint32_t g = gazetteer_match(doc_.sentences[si], k + 1, &hit); g > 0 && k + 1 + g == e) return k;
  for (std::uint32_t m = k + 1; m < e; ++m)
    if (auto it = lex_.head_type.find(toks[m].key); it != lex_.head_type.end() && it->second == NodeType::Organisation)
      return k;
  return 0;
}

// "Maarten de Vries, deputy commander of ...": a role noun right after the
// comma; "X, who heads ...", "X, 52, said": a relative "who" or an age.
bool Recogniser::person_title_after(std::size_t si, std::uint32_t e) const {
  const auto& toks = doc_.sentences[si].tokens;
  if (e + 1 >= toks.size() || toks[e].key != ",") return false;
  if (toks[e + 1].key == "who") return true;
  if (e + 2 < toks.size() && toks[e + 1].text.size() == 2 && std::isdigit(static_cast<unsigned char>(toks[e + 1].text[0])) &&
      std::isdigit(static_cast<unsigned char>(toks[e + 1].text[1])) && toks[e + 2].key == ",")
    return true;
  std::uint32_t k = e + 1;
  // "X, Estonia's ambassador to Japan", "X, the NCIA's Director": a role of a nation or body named before it
  if (toks[k].key == "the" && k + 3 < toks.size() && toks[k + 1].capital && toks[k + 2].key == "'s") ++k;
  if (k + 2 < toks.size() && toks[k].capital && toks[k + 1].key == "'s") {
    k += 2;
    // "X, NATO's Assistant Secretary General": a title of the lexicon after the possessive
    std::string relation;
    auto end = static_cast<std::uint32_t>(std::min<std::size_t>(toks.size(), k + lex_.max_title_tokens));
    if (toks[k].capital && strip_title(doc_.sentences[si], k, end, &relation) > 0) return true;
  }
  // "X, currently deputy head of mission at ...", "X, formerly director of ...": an adverb before the role
  if (!toks[k].capital && lex_.subject_adverb_set.count(toks[k].key) && k + 1 < toks.size()) ++k;
  if (lex_.demoting_set.count(toks[k].key) && k + 1 < toks.size()) ++k;
  // "X Y, Press Officer, ...", "X Y, Chief Executive of ...": a role written in capitals
  // closes within three words, then the phrase ends (a comma, "of", "at"); of an acronym,
  // only a role noun ("X Y, CEO of ...")
  if (toks[k].word && toks[k].capital && (!toks[k].all_caps || lex_.role_noun_relation.count(toks[k].key)))
    for (std::uint32_t j = k; j < toks.size() && j < k + 3 && toks[j].word && toks[j].capital; ++j) {
      bool closes = j + 1 >= toks.size() || !toks[j + 1].word || !toks[j + 1].capital;
      // "Chief Executive of": a role of two words, neither one alone
      if (closes && (lex_.role_noun_relation.count(toks[j].key) ||
                     (j > k && lex_.role_noun_relation.count(toks[j - 1].key + " " + toks[j].key))))
        return true;
    }
  if (!toks[k].word || toks[k].capital || toks[k].key == "member") return false;
  return lex_.role_noun_relation.count(toks[k].key) > 0 ||
         (k + 1 < toks.size() && lex_.role_noun_relation.count(toks[k].key + " " + toks[k + 1].key) > 0);
}

// Whether a description ("alliance", "agency") fits an entity: a word of one
// of its names, or of its lexicon entry's aliases and declared references.
namespace {

// Whether `words` (a name key) holds `noun` as whole words: (" " + words + " ")
// has " " + noun + " ", found in place (describes() asks it of every name of
// every recent entity; the two padded copies cost more than the search).
bool has_words(std::string_view words, std::string_view noun) {
  if (noun.empty()) return words.empty() || words.find("  ") != std::string_view::npos || words.front() == ' ' ||
                           words.back() == ' ';
  for (std::size_t at = words.find(noun); at != std::string_view::npos; at = words.find(noun, at + 1))
    if ((at == 0 || words[at - 1] == ' ') && (at + noun.size() == words.size() || words[at + noun.size()] == ' '))
      return true;
  return false;
}

}  // namespace

bool Recogniser::describes(const DocEntity& entity, const std::string& noun) const {
  auto in_name = [&](const std::string& name) { return has_words(lex_.name_key_of(name), noun); };
  if (std::any_of(entity.names.begin(), entity.names.end(), in_name)) return true;

  if (entity.lexicon < 0) return false;
  const LexEntity& lex = lex_.entities[entity.lexicon];
  return std::any_of(lex.aliases.begin(), lex.aliases.end(), in_name) ||
         std::any_of(lex.references.begin(), lex.references.end(),
                     [&](const std::string& r) { return lex_.name_key_of(r) == noun; });
}

// Whether `noun` heads a name rather than qualifies a later head word of it: "Union" qualifies
// "Agency" in "European Union Agency for Cybersecurity", so "the union" is the European Union;
// "Command" still heads "Allied Command Transformation" (no head word after it).
bool Recogniser::headed_by(int entity, const std::string& noun) const {
  const DocEntity& ent = doc_.entities[entity];
  auto head_word = [&](std::string_view w) {
    auto a = lex_.anaphor_type.find(w);
    auto h = lex_.head_type.find(w);
    return (a != lex_.anaphor_type.end() && a->second == NodeType::Organisation) ||
           (h != lex_.head_type.end() && h->second == NodeType::Organisation);
  };
  // (read in the key itself: a padded copy and a string per word cost more than the rest)
  auto heads = [&](const std::string& name) {
    if (noun.empty()) return false;
    std::string key = lex_.name_key_of(name);
    // cut at the first joint word (one pass: a search for each joint cost more than the rest)
    std::size_t cut = 0;
    for (; cut < key.size(); ++cut) {
      if (key[cut] != ' ') continue;
      std::string_view rest = std::string_view(key).substr(cut + 1);
      if (rest.starts_with("of ") || rest.starts_with("for ") || rest.starts_with("on ") || rest.starts_with("in ") ||
          rest.starts_with("to "))
        break;
    }
    std::string_view words = std::string_view(key).substr(0, cut);
    // `noun` as a whole word of the words before the joint
    std::size_t at = words.find(noun);
    while (at != std::string_view::npos &&
           ((at > 0 && words[at - 1] != ' ') || (at + noun.size() < words.size() && words[at + noun.size()] != ' ')))
      at = words.find(noun, at + 1);
    if (at == std::string_view::npos) return false;
    for (std::size_t pos = at + noun.size() + 1; pos < words.size();) {
      std::size_t space = std::min(words.find(' ', pos), words.size());
      if (space > pos && head_word(words.substr(pos, space - pos))) return false;
      pos = space + 1;
    }
    return true;
  };
  // (an apposition's noun, "X, a security company,"; not any noun an event's bare name may take)
  if (std::any_of(ent.names.begin(), ent.names.end(), heads) || (ent.type != NodeType::Event && called(entity, noun))) return true;
  if (ent.lexicon < 0) return false;
  const LexEntity& lex = lex_.entities[ent.lexicon];
  return std::any_of(lex.aliases.begin(), lex.aliases.end(), heads) ||
         std::any_of(lex.references.begin(), lex.references.end(), [&](const std::string& r) { return lex_.name_key_of(r) == noun; });
}

// "X, which is NATO's largest cyber exercise,", "X is an annual exercise": a copula
// after the name at [.., e) and a noun phrase whose head is an exercise noun.
bool Recogniser::copula_exercise(std::size_t si, std::uint32_t e) const {
  const auto& toks = doc_.sentences[si].tokens;
  std::uint32_t k = e;
  if (k + 1 < toks.size() && toks[k].key == "," && toks[k + 1].key == "which") k += 2;
  if (k + 2 >= toks.size() || (toks[k].key != "is" && toks[k].key != "was")) return false;
  ++k;
  if (toks[k].key == "a" || toks[k].key == "an" || toks[k].key == "the")
    ++k;
  else if (k + 1 < toks.size() && toks[k].capital && toks[k + 1].key == "'s")
    k += 2;
  else
    return false;
  for (std::uint32_t end = k + 4; k < end && k < toks.size() && toks[k].word && !toks[k].capital; ++k) {
    auto it = lex_.anaphor_type.find(toks[k].key);
    if (it != lex_.anaphor_type.end()) {
      bool head = k + 1 >= toks.size() || !toks[k + 1].word || ends_head_phrase(toks, k + 1);
      return it->second == NodeType::Exercise && head && toks[k].key != "edition";
    }
    if (lex_.function_word_set.count(toks[k].key)) break;
  }
  return false;
}

// Whether the words around a name at [b, e) call it an exercise: "the Iron
// Harbour (cyber) exercise", "the annual X drills", "X, a cyber-defence
// exercise,", "exercise X", "the drill called X". A name whose head word
// types it otherwise ("Cyber Fortress Alliance") is still the exercise the
// document says it is.
bool Recogniser::exercise_context(std::size_t si, std::uint32_t b, std::uint32_t e) const {
  const auto& toks = doc_.sentences[si].tokens;
  if (exercise_noun_after(si, e) || apposition_type(si, e) == NodeType::Exercise || copula_exercise(si, e)) return true;
  // "the third edition of X": what has editions is an exercise (as spans.cpp types a first mention)
  if (b >= 2 && toks[b - 1].key == "of" && !toks[b - 2].key.ends_with("ing"))
    if (auto noun = lex_.anaphor_type.find(toks[b - 2].key); noun != lex_.anaphor_type.end() && noun->second == NodeType::Exercise)
      return true;
  return exercise_noun_before(si, b);
}

// "exercise X", "the drill, X,", "a war game called X", 'exercise "X"': an exercise noun names the name at `b`.
bool Recogniser::exercise_noun_before(std::size_t si, std::uint32_t b) const {
  const auto& toks = doc_.sentences[si].tokens;
  std::int64_t k = noun_before_name(toks, static_cast<std::int64_t>(b) - 1);
  if (k < 0 || toks[k].capital) return false;
  return noun_type_at(toks, k) == NodeType::Exercise && toks[k].key != "edition" && toks[k].key != "training";
}

// The type a description noun ending at `k` names ("drill", "war games"), if any.
std::optional<NodeType> Recogniser::noun_type_at(const std::vector<Token>& toks, std::int64_t k) const {
  if (k < 0 || k >= static_cast<std::int64_t>(toks.size())) return std::nullopt;
  if (k >= 1) {
    thread_local std::string key;  // the two words, in storage kept from call to call
    key.assign(toks[k - 1].key).append(" ").append(toks[k].key);
    auto two = lex_.anaphor_type.find(key);
    if (two != lex_.anaphor_type.end()) return two->second;
  }
  auto it = lex_.anaphor_type.find(toks[k].key);
  if (it == lex_.anaphor_type.end()) return std::nullopt;
  return it->second;
}

// Whether a word after a noun ends the noun's phrase: a function word, a verb ("the X exercise took place", "a drill organised by Y")
// or a pronoun opening a clause ("a national exercise it has hosted"), not another noun ("the exercise area").
bool Recogniser::ends_phrase(const Token& next) const {
  return !next.capital && (lex_.function_word_set.count(next.key) || lex_.clause_verb_set.count(next.key) ||
                           lex_.subject_pronoun_set.count(next.key) || next.key.ends_with("ed"));
}

// ends_phrase() at toks[k], also for a participle an adverb stands before, or an irregular
// one: "a cyber exercise first held in 2024", "a drill jointly run by", "an exercise held in Suva".
bool Recogniser::ends_head_phrase(const std::vector<Token>& toks, std::uint32_t k) const {
  auto verb = [&](const Token& t) { return ends_phrase(t) || (!t.capital && lex_.past_verb_set.count(t.key)); };
  if (k >= toks.size() || !toks[k].word) return false;
  if (verb(toks[k])) return true;
  return !toks[k].capital && lex_.subject_adverb_set.count(toks[k].key) && k + 1 < toks.size() && toks[k + 1].word &&
         verb(toks[k + 1]);
}

// The token before a name's naming words, from `k` just before the name: "the
// drill, dubbed X", 'the exercise, code-named "X"', "war games known as X".
std::int64_t Recogniser::noun_before_name(const std::vector<Token>& toks, std::int64_t k) const {
  if (k >= 0 && toks[k].key == "\"") --k;
  bool named = true;
  if (k >= 1 && lex_.naming_word_set.count(toks[k - 1].key + " " + toks[k].key)) k -= 2;
  else if (k >= 0 && lex_.naming_word_set.count(toks[k].key)) --k;
  else named = false;
  // "a drill, provisionally named X"; "the exercise was called X"
  if (named && k >= 1 && !toks[k].capital && toks[k].key.size() > 4 && toks[k].key.ends_with("ly")) --k;
  else if (named && k >= 1 && (toks[k].key == "was" || toks[k].key == "is" || toks[k].key == "will be")) --k;
  if (k >= 0 && toks[k].key == ",") --k;
  return k;
}

// How many tokens of naming words start at `k` ("called", "known as"); 0 when none.
std::uint32_t Recogniser::naming_after(const std::vector<Token>& toks, std::uint32_t k) const {
  if (k + 1 < toks.size() && lex_.naming_word_set.count(toks[k].key + " " + toks[k + 1].key)) return 2;
  return k < toks.size() && lex_.naming_word_set.count(toks[k].key) ? 1 : 0;
}

// An exercise noun right after a name ending at `e`, or after one or two
// modifiers: "the Iron Harbour exercise", "the X cyber exercise", "X cyber-defence drills".
bool Recogniser::exercise_noun_after(std::size_t si, std::uint32_t e) const {
  const auto& toks = doc_.sentences[si].tokens;
  auto exercise_noun = [&](std::uint32_t k) {
    if (k >= toks.size() || !toks[k].word || toks[k].capital) return false;
    auto it = lex_.anaphor_type.find(toks[k].key);
    if (k + 1 < toks.size() && toks[k + 1].word && !toks[k + 1].capital) {
      auto two = lex_.anaphor_type.find(toks[k].key + " " + toks[k + 1].key);
      if (two != lex_.anaphor_type.end()) return two->second == NodeType::Exercise;
    }
    // the noun ends the phrase: not "the X exercise area"
    bool ends = k + 1 >= toks.size() || !toks[k + 1].word || ends_phrase(toks[k + 1]) || lex_.modal_set.count(toks[k + 1].key);
    return it != lex_.anaphor_type.end() && it->second == NodeType::Exercise && toks[k].key != "edition" &&
           toks[k].key != "training" && ends;
  };
  if (e < toks.size() && toks[e].key == "\"") ++e;  // 'the "Iron Gate" exercise'
  if (exercise_noun(e)) return true;
  // up to three modifiers before the noun: "the X cyber exercise", "X multinational cyber defence drills"
  for (std::uint32_t k = e; k < e + 3 && k < toks.size(); ++k) {
    if (!toks[k].word || toks[k].capital || lex_.function_word_set.count(toks[k].key) || toks[k].key.ends_with("ed") ||
        lex_.anaphor_type.count(toks[k].key))
      break;
    if (exercise_noun(k + 1)) return true;
  }
  return false;
}

// Whether a word of `label` is a place's head word ("Base", "Camp").
bool Recogniser::place_head_in(const std::string& label) const {
  for (std::size_t at = 0; at < label.size();) {
    std::size_t space = label.find(' ', at);
    if (space == std::string::npos) space = label.size();
    auto head = lex_.head_type.find(lex_.name_key_of(label.substr(at, space - at)));
    if (head != lex_.head_type.end() && head->second == NodeType::Place) return true;
    at = space + 1;
  }
  return false;
}

// A name the document calls an exercise anywhere is an exercise at every
// mention, whatever type its head word gave it at the first one. A place no
// lexicon knows only where an exercise noun names it ("trained in Kestrel
// 2026 ... the exercise Kestrel 2026": "the Bergen exercise" keeps Bergen a
// place), or where the text calls it an exercise written with an edition
// number and no place head word in it (a place has no edition; "in Cetinje,
// a regional exercise" is no exercise).
void Recogniser::retype_exercises() {
  std::unordered_set<int> exercises;
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si)
    for (const auto& m : doc_.sentences[si].mentions) {
      const DocEntity& ent = doc_.entities[m.entity];
      if (m.kind != MentionKind::Name || ent.lexicon >= 0 || exercises.count(m.entity)) continue;
      const auto& toks = doc_.sentences[si].tokens;
      bool numbered = edition_length(toks, m.end) > 0 || (m.end > m.begin + 1 && edition_length(toks, m.end - 1) == 1);
      bool numbered_place = ent.type == NodeType::Place && numbered && !place_head_in(ent.label);
      if (((ent.type == NodeType::Organisation || numbered_place) && exercise_context(si, m.begin, m.end)) ||
          (ent.type == NodeType::Place && exercise_noun_before(si, m.begin)))
        exercises.insert(m.entity);
    }
  for (int e : exercises) doc_.entities[e].type = NodeType::Exercise;
}

}  // namespace newsgraph::detail

namespace newsgraph::detail {

// Whether tokens before `b` (past "the" and a quote) end with an exercise verb ("hosted", "took part in").
bool Recogniser::exercise_verb_before(const SentenceAnalysis& s, std::uint32_t b) const {
  std::int64_t k = static_cast<std::int64_t>(b) - 1;
  if (k >= 0 && s.tokens[k].key == "\"") --k;
  if (k >= 0 && s.tokens[k].key == "the") --k;
  std::string key;
  for (std::int64_t j = k; j >= 0 && j > k - 3; --j) {
    key = j == k ? static_cast<const std::string&>(s.tokens[j].key) : s.tokens[j].key + " " + key;
    if (lex_.exercise_verb_set.count(key)) return true;
  }
  return false;
}

// An untyped span shaped like an exercise's name, after an exercise verb: one
// to four capitalised words, no head word, not opened by a given name.
bool Recogniser::exercise_candidate(const Candidate& c) const {
  const auto& s = doc_.sentences[c.sentence];
  std::uint32_t n = c.end - c.begin;
  if (n < 1 || n > 4 || s.headline || lex_.given_name_set.count(s.tokens[c.begin].key)) return false;
  for (std::uint32_t m = c.begin; m < c.end; ++m)
    if (!s.tokens[m].word || !s.tokens[m].capital || lex_.head_type.count(s.tokens[m].key)) return false;
  // "ran IT security at ...": a name that qualifies the lower-case noun after it is no exercise's
  if (c.end < s.tokens.size()) {
    const Token& next = s.tokens[c.end];
    if (next.word && !next.capital && !lex_.function_word_set.count(next.key) && !next.key.ends_with("ed") &&
        !next.key.ends_with("ing") && !lex_.temporal.finite_verbs.count(next.key) && !lex_.temporal.saying_words.count(next.key))
      return false;
  }
  return exercise_verb_before(s, c.begin);
}

// "Latvia hosted Amber Fox this week. The exercise drew 300 teams": a name no
// rule typed, after a hosting or joining verb, is the exercise that the next
// description of one ("the exercise", "the drills") points back to, when no
// other exercise is mentioned between them.
void Recogniser::type_exercise_candidates() {
  std::size_t next = 0;  // candidates_ are in document order
  std::int64_t last_exercise_si = -1;
  std::uint32_t last_exercise_at = 0;
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
    const auto& s = doc_.sentences[si];
    const auto& toks = s.tokens;
    for (const auto& m : s.mentions)
      if (doc_.entities[m.entity].type == NodeType::Exercise &&
          (static_cast<std::int64_t>(si) > last_exercise_si || m.begin > last_exercise_at))
        last_exercise_si = static_cast<std::int64_t>(si), last_exercise_at = m.begin;
    for (std::uint32_t i = 0; i + 1 < toks.size(); ++i) {
      if (toks[i].key != "the") continue;
      std::uint32_t k = i + 1;
      while (k < toks.size() && k < i + 4 && toks[k].word && !toks[k].capital && noun_type_at(toks, k) != NodeType::Exercise) ++k;
      if (k >= toks.size() || noun_type_at(toks, k) != NodeType::Exercise || toks[k].key == "edition") continue;
      if (k + 1 < toks.size() && !ends_phrase(toks[k + 1]) && toks[k + 1].word) continue;  // "the exercise area", "the drill Iron Gate"
      // the latest untyped candidate before the description
      const Candidate* best = nullptr;
      for (std::size_t c = next; c < candidates_.size(); ++c) {
        const Candidate& cand = candidates_[c];
        if (cand.sentence > si || (cand.sentence == si && cand.end > i)) break;
        if (cand.end > cand.begin && exercise_candidate(cand)) best = &cand;
      }
      while (next < candidates_.size() && (candidates_[next].sentence < si ||
                                           (candidates_[next].sentence == si && candidates_[next].end <= i)))
        ++next;
      if (!best) continue;
      bool exercise_between = last_exercise_si > static_cast<std::int64_t>(best->sentence) ||
                              (last_exercise_si == static_cast<std::int64_t>(best->sentence) && last_exercise_at > best->begin);
      if (exercise_between || si > best->sentence + 2) continue;
      std::string label, full;
      name_span(best->sentence, best->begin, best->end, NodeType::Exercise, &label, &full);
      int entity = entity_for(NodeType::Exercise, label, -1);
      if (!full.empty()) {
        auto& names = doc_.entities[entity].names;
        if (std::find(names.begin(), names.end(), full) == names.end()) names.push_back(full);
      }
      add_mention(best->sentence, best->begin, best->end, entity, MentionKind::Name);
      last_exercise_si = static_cast<std::int64_t>(best->sentence), last_exercise_at = best->begin;
      const_cast<Candidate*>(best)->end = best->begin;
    }
  }
}

}  // namespace newsgraph::detail
