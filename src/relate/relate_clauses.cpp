#include <algorithm>
#include <cctype>

#include "relate/clause_helpers.hpp"
#include "relate/clauses.hpp"
#include "relate/cue_words.hpp"

namespace newsgraph::detail {
namespace {

void split_appositions(std::vector<Item>& items, std::vector<std::vector<Item>>& extra,
                       std::vector<std::pair<std::uint32_t, std::uint32_t>>& cut, const Lexicon& lex);
void share_subject(const std::vector<Item>& items, std::vector<std::vector<Item>>& extra, const Lexicon& lex);

// The length of a naming word at i ("dubbed", "known as"; cues.json naming_words), 0 when none.
std::size_t naming_length(const std::vector<Item>& items, std::size_t i, const Lexicon& lex) {
  if (i >= items.size() || items[i].is_entity()) return 0;
  if (i + 1 < items.size() && !items[i + 1].is_entity() && lex.naming_word_set.count(two_words(items[i].key, items[i + 1].key)))
    return 2;
  return lex.naming_word_set.count(items[i].key) ? 1 : 0;
}

// "..., according to the ministry.": who says so, closing the sentence, is
// no argument of the clause's verbs ("the drill drew 300 participants,
// according to the command"); the attribution goes. (A fronted one stays:
// "According to X, a spokesperson for Y, ..." says who X is.)
void drop_attribution(std::vector<Item>& items) {
  for (std::size_t i = 1; i + 2 < items.size(); ++i) {
    if (items[i].key != "according" || items[i + 1].key != "to" || items[i - 1].key != ",") continue;
    std::size_t close = i + 2;
    while (close < items.size() && items[close].key != "," && items[close].key != "." && items[close].key != ";") ++close;
    if (close < items.size() && items[close].key == ",") continue;
    items.erase(items.begin() + static_cast<long>(i - 1), items.begin() + static_cast<long>(close));
    return;
  }
  // "According to the ministry, Senegal took part": a fronted attribution
  // followed by a name is who says so, not one more subject listed with it.
  std::size_t i = 0;
  while (i < items.size() && i < 12 && items[i].key != "according") ++i;
  if (i + 3 >= items.size() || items[i + 1].key != "to" || (i > 0 && items[i - 1].key != "-")) return;
  std::size_t close = i + 2;
  while (close < items.size() && items[close].key != "," && items[close].key != "." && items[close].key != ";") ++close;
  if (close + 2 < items.size() && items[close].key == "," && items[close + 1].entity >= 0 && items[close + 2].key != ",")
    items.erase(items.begin() + static_cast<long>(i), items.begin() + static_cast<long>(close + 1));
}

// "X, known by its Romanian acronym STISC, sent a team": an aside naming the
// name before it says nothing the clause's verb needs; it goes, so that the
// name meets its verb.
void drop_naming_asides(std::vector<Item>& items, const Lexicon& lex) {
  constexpr std::size_t kAsideItems = 8;
  for (std::size_t i = 0; i + 4 < items.size(); ++i) {
    if (!items[i].is_entity() || items[i + 1].key != ",") continue;
    std::size_t at = i + 2;
    if (items[at].key == "also" || items[at].key == "better") ++at;
    bool known_by = at + 1 < items.size() && items[at].key == "known" && items[at + 1].key == "by";
    if (!known_by && !naming_length(items, at, lex)) continue;
    std::size_t close = at;
    while (close < items.size() && close < at + kAsideItems && items[close].key != "," && items[close].key != "." &&
           items[close].key != ";" && items[close].key != "and")
      ++close;
    if (close + 1 >= items.size() || items[close].key != "," || !lower_word(items[close + 1])) continue;
    items.erase(items.begin() + static_cast<long>(i + 1), items.begin() + static_cast<long>(close + 1));
  }
}

// "The drill, codenamed Amber Lynx, ran ... and was hosted by X": the name
// the apposition gives is the subject of the noun's verbs; the noun and the
// naming words go, so that the verbs (and a later conjunct) meet the name.
void name_the_subject(std::vector<Item>& items, const Lexicon& lex, const DocAnalysis* doc) {
  for (std::size_t i = 0; i + 5 < items.size(); ++i) {
    if (items[i].key != "the" || items[i].is_entity() || items[i + 1].is_entity() || items[i + 2].key != ",") continue;
    auto noun = lex.anaphor_type.find(items[i + 1].key);
    if (noun == lex.anaphor_type.end()) continue;
    std::size_t len = naming_length(items, i + 3, lex), name = i + 3 + len;
    if (!len || name + 2 >= items.size() || items[name].entity < 0 || items[name + 1].key != "," ||
        !lower_word(items[name + 2]))
      continue;
    // the name is of the kind the noun says ("the meeting, dubbed X," an event)
    if (doc && doc->entities[items[name].entity].type != noun->second) continue;
    items.erase(items.begin() + static_cast<long>(name + 1));
    items.erase(items.begin() + static_cast<long>(i), items.begin() + static_cast<long>(name));
  }
}


// Whether a saying word (cues.json speech_verbs) stands among items [from, to).
bool said_between(const std::vector<Item>& items, std::size_t from, std::size_t to, const Lexicon& lex) {
  const auto& say = lex.speech_verbs;
  for (std::size_t k = from; k < to; ++k)
    if (std::find(say.begin(), say.end(), items[k].key) != say.end()) return true;
  return false;
}

// "Crossed Swords, an offensive exercise, was held in Riga": the apposition
// between a name and its verb is cut out of the clause and kept as a sequence
// of its own (name first), so the verb meets its subject and the apposition
// can still say what it says ("X, a unit of Y").
void split_appositions(std::vector<Item>& items, std::vector<std::vector<Item>>& extra,
                       std::vector<std::pair<std::uint32_t, std::uint32_t>>& cut, const Lexicon& lex) {
  for (std::size_t i = 0; i + 3 < items.size(); ++i) {
    // ", now chief of staff of X, ...", ", formerly the head of X, ...": an adverb before the
    // apposition's noun (patterns.json subject_adverbs) is read past
    std::size_t a = i + 2 + (i + 4 < items.size() && lower_word(items[i + 2]) && lex.subject_adverb_set.count(items[i + 2].key));
    // ", the ...", ", a ...", ", part of ...": an apposition opens; so do ", his
    // Danish counterpart, ..." and ", commander of X, ..." (a role noun and "of")
    bool part_of = items[a].key == "part" && items[a + 1].key == "of";
    part_of = part_of || items[a].key == "his" || items[a].key == "her" ||
              (items[a + 1].key == "of" && !items[a].is_entity() && lex.role_noun_relation.count(items[a].key));
    // ", Estonia's defence minister, ...": a possessive name opens one as a determiner does, after
    // one name (the apposition of "A and B, the alliance's newest members," is the list's, not B's)
    bool listed = i > 0 && (items[i - 1].key == "and" || items[i - 1].key == ",");
    part_of = part_of || (!listed && items[a].is_entity() && items[a + 1].key == "'s");
    // "X, on his first visit to Y since ..., also met Z": a fronted circumstance of the subject's
    const KeyView& w = items[i + 2].key;
    bool aside = w == "on" || w == "during" || w == "after" || w == "before" || w == "speaking" || w == "visiting";
    if (!items[i].is_entity() || items[i + 1].key != "," || !(determiner(lex, items[a].key) || part_of || aside)) continue;
    std::size_t close = 0;
    for (std::size_t k = a + 1; k < items.size() && k < i + 20; ++k) {
      const KeyView& key = items[k].key;
      // ", commander of X and director of Y, met ...": a second role goes on the apposition
      bool second_role = key == "and" && k + 2 < items.size() && !items[k + 1].is_entity() &&
                         lex.role_noun_relation.count(items[k + 1].key) && items[k + 2].key == "of";
      if (key == "." || key == ";" || key == ":" || (key == "and" && !second_role) || key == "or") break;
      if (key == ",") {
        close = k;
        break;
      }
    }
    // What follows must be the verb: not a list going on ("A, the B, and C").
    if (!close || close + 1 >= items.size() || !lower_word(items[close + 1]) || determiner(lex, items[close + 1].key))
      continue;
    // "joined X, the centre announced on Monday, making ...": who says so is no apposition of X
    if (said_between(items, a + 1, close, lex)) continue;
    extra.emplace_back(items.begin() + static_cast<long>(i), items.begin() + static_cast<long>(close));
    cut.emplace_back(items[i + 1].begin, items[close].end);
    // "joined X, the centre said, making it ...": a participle is no verb of the name's; the closing
    // comma stays, so that the name is not read as qualifying it ("X making")
    bool participle = items[close + 1].key.ends_with("ing");
    items.erase(items.begin() + static_cast<long>(i + 1), items.begin() + static_cast<long>(close + (participle ? 0 : 1)));
  }
}


// "Chile, unlike Peru, took part", "Chile, watched by Peru, took part": a
// name inside a short aside (cues.json subject_asides) between the subject and
// its verb is not the verb's subject; the aside is cut out and kept as a
// sequence of its own (subject first), as an apposition is.
void split_subject_asides(std::vector<Item>& items, std::vector<std::vector<Item>>& extra,
                          std::vector<std::pair<std::uint32_t, std::uint32_t>>& cut, const Lexicon& lex) {
  constexpr std::size_t kAsideItems = 6;
  for (std::size_t i = 0; i + 4 < items.size(); ++i) {
    if (!items[i].is_entity() || items[i + 1].key != ",") continue;
    std::size_t opener = 0;
    // (words_at() is 0 for an aside whose first byte is not the item's: most of them, asked after every name and comma)
    const KeyView& next = items[i + 2].key;
    for (const std::string& w : lex.subject_asides)
      if (next.empty() || w.empty() || next[0] == w[0]) opener = std::max(opener, words_at(items, i + 2, w));
    // "The RCDC, established in Vilnius in 2021, works with X": a participle's aside is cut
    // out with or without a name in it, and may run longer ("set up in 2021 and attached to X")
    bool participle = lower_word(items[i + 2]) && (items[i + 2].key.ends_with("ed") || items[i + 2].key == "set");
    if (!opener) continue;
    std::size_t close = i + 2 + opener;
    bool named = false;
    for (; close < items.size() && close < i + 2 + (participle ? 2 * kAsideItems : kAsideItems); ++close) {
      const KeyView& key = items[close].key;
      if (key == "," || key == "." || key == ";" || key == ":") break;
      named = named || items[close].is_entity();
    }
    if (!(named || participle) || close + 1 >= items.size() || items[close].key != "," || !lower_word(items[close + 1]))
      continue;
    extra.emplace_back(items.begin() + static_cast<long>(i), items.begin() + static_cast<long>(close));
    cut.emplace_back(items[i + 1].begin, items[close].end);
    items.erase(items.begin() + static_cast<long>(i + 1), items.begin() + static_cast<long>(close + 1));
  }
}

// "Latvia joined the CCDCOE in 2014 and has hosted Crossed Swords since 2016":
// a later verb of the clause's subject gets the subject, borrowed.
void share_subject(const std::vector<Item>& items, std::vector<std::vector<Item>>& extra, const Lexicon& lex) {
  const std::vector<std::string>& speech_verbs = lex.speech_verbs;
  const WordSet& not_verbs = lex.not_verb_set;
  // "The ministry said Latvia joined ... and has hosted ...": the reported clause's subject.
  std::size_t start = 0;
  for (std::size_t k = 1; k + 1 < items.size(); ++k) {
    if (items[k].key == "and") break;
    // ("Japan's delegate said ...": a speaker named by a possessive and a noun)
    bool speaker = items[k - 1].is_entity() || (k >= 3 && items[k - 2].key == "'s" && items[k - 3].is_entity());
    if (speaker && std::find(speech_verbs.begin(), speech_verbs.end(), items[k].key) != speech_verbs.end())
      start = items[k + 1].key == "that" ? k + 2 : k + 1;
  }
  std::size_t first = start;
  while (first < items.size() && first < start + 5 && !items[first].is_entity()) ++first;
  if (first >= items.size() || first >= start + 5) return;
  for (std::size_t k = start; k < first; ++k)
    if (items[k].key == "," && k + 1 < first) return;  // a fronted phrase with a name of its own
  std::size_t end = first + 1;
  while (end + 1 < items.size() && (items[end].key == "," || items[end].key == "and") && items[end + 1].is_entity())
    end += 2;
  // "Denmark's minister, X, attended ... and met ...": the comma closing the subject's apposition
  std::size_t verb = end < items.size() && items[end].key == "," ? end + 1 : end;
  if (verb >= items.size() || !lower_word(items[verb])) return;
  for (std::size_t k = verb + 1; k + 1 < items.size(); ++k) {
    // "X is not a member of Y but has taken part in Z": "but" opens a later verb too
    bool but = items[k].key == "but" && items[k + 1].key != "not";
    if ((items[k].key != "and" && !but) || !lower_word(items[k + 1])) continue;
    // "held talks and then signed X": an adverb of the verb's (patterns.json verb_adverbs) opens the
    // later verb when a verb follows it ("and then the EU", "and also in 2022" stay objects)
    bool adverb = k + 2 < items.size() && lex.verb_adverb_set.count(items[k + 1].key) && lower_word(items[k + 2]) &&
                  !not_verbs.count(items[k + 2].key) && !determiner(lex, items[k + 2].key);
    if (not_verbs.count(items[k + 1].key) && !adverb) continue;
    std::vector<Item> clause(items.begin() + static_cast<long>(first), items.begin() + static_cast<long>(end));
    for (auto& it : clause) it.borrowed = true;
    clause.insert(clause.end(), items.begin() + static_cast<long>(k + 1), items.end());
    extra.push_back(std::move(clause));
    return;
  }
}

// "A, B and C." or "A and B as well as ...": a list of names from i that ends the sentence.
bool list_closes_sentence(const std::vector<Item>& items, std::size_t i) {
  std::size_t k = i;
  while (k < items.size() && (items[k].is_entity() || items[k].key == "," || items[k].key == "and" || items[k].key == "the"))
    ++k;
  if (k == i || !items[k - 1].is_entity()) return false;
  if (k == items.size() || items[k].key == ".") return true;
  for (const char* w : {"as well as", "along with", "together with", "alongside"})
    if (words_at(items, k, w)) return true;
  return false;
}

// "..., which saw the participation of 20 countries, including A and B.": from i, examples
// ("including", "such as", "among them", "notably") of the noun before, closing the sentence.
bool examples_close_sentence(const std::vector<Item>& items, std::size_t i) {
  std::size_t n = 0;
  for (const char* w : {"including", "such as", "among them", "notably"}) n = std::max(n, words_at(items, i, w));
  return n > 0 && list_closes_sentence(items, i + n);
}

// "which includes A, B and C, met in Luanda": from i, a list of names joined
// by a last "and" (or "or") whose closing comma ends the relative clause.
// "which was signed by A, B and C in 2024, entered", "which A, B and C signed in Riga.": a few
// words after the completed list (a verb, a time, a place) before the comma or stop that closes it.
bool list_closes_clause(const std::vector<Item>& items, std::size_t i) {
  constexpr std::size_t kTail = 6;
  bool joined = false;
  for (std::size_t k = i; k < items.size(); ++k) {
    const KeyView& key = items[k].key;
    if (key == "," && joined && k > i && items[k - 1].is_entity()) return true;
    if (!items[k].is_entity() && !coordinating(key)) {
      if (!joined || !items[k - 1].is_entity()) return false;
      for (std::size_t t = k; t < items.size() && t < k + kTail; ++t) {
        const KeyView& w = items[t].key;
        if (w == "," || w == "." || w == ";") return w != ";";
        if (w == "and" || w == "or" || w == "but") return false;  // another clause joins
      }
      return false;
    }
    joined = joined || key == "and" || key == "or";
  }
  return false;
}

// Where the relative clause opened at the comma i closes: a comma, the end
// of the sentence, or items.size() for a clause running to the end; 0 when none.
// Whether items from `k` are one name, after at most two capitalised words naming
// nothing (an honorific: "Mr", "Dr"), and then the sentence's end.
bool name_closes_sentence(const std::vector<Item>& items, std::size_t k) {
  std::size_t m = k;
  while (m < items.size() && m < k + 2 && !items[m].is_entity() && !lower_word(items[m]) && items[m].key != "," &&
         items[m].key != ".")
    ++m;
  return m < items.size() && items[m].is_entity() && (m + 1 == items.size() || items[m + 1].key == ".");
}

std::size_t clause_close(const std::vector<Item>& items, std::size_t i, const DocAnalysis* doc) {
  bool whose = items[i + 1].key == "whose";
  auto place = [&](std::size_t k) {
    const Item& it = items[k];
    if (!doc || it.entity < 0 || it.entity >= static_cast<int>(doc->entities.size())) return false;
    NodeType t = doc->entities[it.entity].type;
    return t == NodeType::Place || t == NodeType::Nation;
  };
  for (std::size_t k = i + 2; k < items.size() && k < i + 30; ++k) {
    // "which was held in Tartu, Estonia, in May": a place and the country or region it lies in
    bool pair_ends = k + 2 >= items.size() || items[k + 2].key == "," || items[k + 2].key == ".";
    if (items[k].key == "," && k + 1 < items.size() && pair_ends && place(k - 1) && place(k + 1) &&
        doc->entities[items[k - 1].entity].type == NodeType::Place)
      continue;
    // "..., which drew teams from A, B and C.": a comma inside a list of names
    // that closes the sentence goes on (not "X, which joined A, B and C took part")
    if (items[k].key == "," && items[k - 1].is_entity() && list_closes_sentence(items, k + 1)) continue;
    // "..., which includes A, B and C, met in Luanda": the clause closes after the list
    if (items[k].key == "," && items[k - 1].is_entity() && list_closes_clause(items, k + 1)) continue;
    // "..., which saw the participation of 20 countries, including A and B.": the clause's examples
    if (items[k].key == "," && lower_word(items[k - 1]) && examples_close_sentence(items, k + 1)) continue;
    // "X, who heads the national response team, CERT Tonga.": a name closing the sentence in
    // apposition to the clause's last noun is inside
    if (items[k].key == "," && lower_word(items[k - 1]) && k + 1 < items.size() && items[k + 1].is_entity() &&
        (k + 2 == items.size() || items[k + 2].key == "."))
      continue;
    // "X, who held talks with the Minister of Defence of Y, Mr Z.": nor is a name (after an
    // honorific) that alone is left of the sentence: a main clause is more than a name
    if (items[k].key == "," && (items[k - 1].is_entity() || lower_word(items[k - 1])) && name_closes_sentence(items, k + 1))
      continue;
    // "X, whose commander, General Y, opened it": the name in apposition to the noun is inside
    if (whose && items[k].key == "," && !items[k - 1].is_entity()) {
      std::size_t m = k + 1;
      while (m < items.size() && m < k + 4 && !items[m].is_entity() && !lower_word(items[m]) && items[m].key != ",") ++m;
      if (m + 1 < items.size() && items[m].is_entity() && items[m + 1].key == ",") {
        k = m + 1;
        continue;
      }
    }
    if (items[k].key == "." || items[k].key == ";" || items[k].key == ",") return k;
  }
  return items.size() < i + 30 ? items.size() : 0;
}

// "Iron Lynx, the army's largest drill, which ran in Tartu, ...": the relative
// clause after a noun says what it says of the name the noun stands in
// apposition to. The comma opening that apposition, else 0; `name` gets the name.
std::size_t apposition_referent(const std::vector<Item>& items, std::size_t i, const Lexicon& lex,
                                const DocAnalysis* doc, std::size_t& name) {
  std::size_t j = i - 1;
  // the noun phrase back to its comma: words, and a possessive name ("the army's")
  while (j > 0 && j + 12 > i && items[j].key != ",") {
    const KeyView& k = items[j].key;
    bool possessor = items[j].is_entity() && j + 1 < i && items[j + 1].key == "'s";
    // "its cybersecurity service for EU institutions": a name after a preposition qualifies the noun
    const KeyView& before = items[j - 1].key;
    bool qualifier = items[j].is_entity() && (before == "for" || before == "of" || before == "in" || before == "at");
    if ((items[j].is_entity() && !possessor && !qualifier) || k == "and" || k == "or" || k == "." || k == ";" ||
        k == ":")
      return 0;
    --j;
  }
  // ", the ...", ", a ...", ", NATO's ...": an apposition opens
  bool opens = determiner(lex, items[j + 1].key) || (items[j + 1].is_entity() && j + 2 < i && items[j + 2].key == "'s");
  if (j == 0 || items[j].key != "," || !items[j - 1].is_entity() || !opens) return 0;
  // not a list ("A, B and the C, which ...")
  if (j >= 2 && (items[j - 2].key == "and" || items[j - 2].key == ",")) return 0;
  // "X, the drill, which": the noun names the kind of X (when the noun is known)
  auto noun = lex.anaphor_type.find(items[i - 1].key);
  const Item& ref = items[j - 1];
  if (doc && noun != lex.anaphor_type.end() && ref.entity >= 0 && ref.entity < static_cast<int>(doc->entities.size()) &&
      doc->entities[ref.entity].type != noun->second)
    return 0;
  name = j - 1;
  return j;
}

// "Volta Guard in Akosombo in May 2025, which was organised by ...": a clause
// saying that an occasion was held, run or organised is of the exercise or
// event the place and time follow, not of the place. Its index, else 0.
std::size_t occasion_before_setting(const std::vector<Item>& items, std::size_t i, const Lexicon& lex,
                                    const DocAnalysis* doc) {
  const auto& verbs = lex.temporal.occurrence_verbs;
  std::size_t v = i + 2 < items.size() && (items[i + 2].key == "was" || items[i + 2].key == "were") ? i + 3 : i + 2;
  if (!doc || v >= items.size() || !verbs.count(items[v].key)) return 0;
  auto setting = [&](const Item& it) {
    const KeyView& k = it.key;
    if (it.is_entity()) return it.entity >= 0 && it.entity < static_cast<int>(doc->entities.size()) &&
                               (doc->entities[it.entity].type == NodeType::Place || doc->entities[it.entity].type == NodeType::Nation);
    return k == "in" || k == "at" || k == "on" || k == "," || lex.temporal.months.count(k) ||
           (!k.empty() && std::isdigit(static_cast<unsigned char>(k[0])));
  };
  std::size_t j = i;
  while (j > 0 && j + 10 > i && setting(items[j - 1])) --j;
  if (j == i || j == 0 || (items[j].key != "in" && items[j].key != "at") || items[j - 1].entity < 0) return 0;
  NodeType t = items[j - 1].entity < static_cast<int>(doc->entities.size()) ? doc->entities[items[j - 1].entity].type
                                                                          : NodeType::Place;
  return t == NodeType::Exercise || t == NodeType::Event ? j - 1 : 0;
}

// "A and B, which both|each|all ..." (or "which are|were|have ..."): the clause speaks of the
// two names of one kind before the comma at i; where the clause goes on after the quantifier
// (its index), else 0. Without such a word "which" may be of B alone, save before a signing
// verb ("A and B, which signed X in 2021"): a pact is signed by the pair.
std::size_t pair_antecedent(const std::vector<Item>& items, std::size_t i, std::size_t& first, const Lexicon& lex) {
  // "A and the B (BB), which have ...": an article before the second name
  std::size_t conj = i >= 3 && items[i - 2].key == "the" ? i - 3 : i - 2;
  if (i < 3 || conj == 0 || i + 3 >= items.size() || items[conj].key != "and") return 0;
  const Item &a = items[conj - 1], &b = items[i - 1];
  if (a.entity < 0 || b.entity < 0 || !a.group.empty() || !b.group.empty() || a.entity == b.entity) return 0;
  // "A, B and C, which have ...": a longer list of names, each before a comma
  std::size_t k = conj - 1;
  while (k >= 2 && items[k - 1].key == "," && items[k - 2].entity >= 0 && items[k - 2].group.empty()) k -= 2;
  if (k >= 2 && (items[k - 1].key == "," || items[k - 1].key == "and")) return 0;  // not a list of names alone
  first = k;
  const KeyView& w = items[i + 2].key;
  if (w == "both" || w == "each" || w == "all") return i + 3;
  if (w == "are" || w == "were" || w == "have" || lex.signing_verb_set.count(w)) return i + 2;
  return 0;
}

// "the Cyber Command of the Estonian Defence Forces, whose commander ...": the clause after
// "A of (the) B" speaks of A, the body the phrase names (B only says whose it is). A's
// index, else 0.
std::size_t of_head(const std::vector<Item>& items, std::size_t i, const DocAnalysis* doc) {
  auto type_of = [&](const Item& it, NodeType& t) {
    if (!doc || it.entity < 0 || !it.group.empty() || it.entity >= static_cast<int>(doc->entities.size())) return false;
    t = doc->entities[it.entity].type;
    return true;
  };
  NodeType a, b;
  if (i < 3 || !type_of(items[i - 1], b) || (b != NodeType::Organisation && b != NodeType::Nation)) return 0;
  std::size_t k = i - 2;
  if (items[k].key == "the" && k > 0) --k;
  if (items[k].key != "of" || k == 0 || !type_of(items[k - 1], a) || a != NodeType::Organisation) return 0;
  return k - 1;
}

// "the Crossed Swords exercise, which was held in Riga": the noun of the kind of the
// exercise or event named right before it stands for that name. Its index, else 0.
std::size_t kind_noun_antecedent(const std::vector<Item>& items, std::size_t i, const Lexicon& lex,
                                 const DocAnalysis* doc) {
  if (!doc || i < 2 || items[i - 1].is_entity()) return 0;
  const Item& named = items[i - 2];
  if (named.entity < 0 || !named.group.empty() || named.entity >= static_cast<int>(doc->entities.size())) return 0;
  auto kind = lex.anaphor_type.find(items[i - 1].key);
  NodeType t = doc->entities[named.entity].type;
  bool occasion = t == NodeType::Exercise || t == NodeType::Event;
  return occasion && kind != lex.anaphor_type.end() && kind->second == t ? i - 2 : 0;
}

// "X in Tallinn, which ...": items[i - 1] a place after "in" or "at", and items[i - 3] a
// body, exercise or event named before it.
bool seated_body_before(const std::vector<Item>& items, std::size_t i, const DocAnalysis& doc) {
  auto one = [&](const Item& it) { return it.entity >= 0 && it.group.empty(); };
  if (!one(items[i - 1]) || doc.entities[items[i - 1].entity].type != NodeType::Place) return false;
  if (items[i - 2].key != "in" && items[i - 2].key != "at") return false;
  if (!one(items[i - 3])) return false;
  NodeType t = doc.entities[items[i - 3].entity].type;
  return t == NodeType::Organisation || t == NodeType::Exercise || t == NodeType::Event;
}

}  // namespace

// Whether `k` opens a noun phrase before its noun (cues.json determiners: "the", "its").
bool determiner(const Lexicon& lex, const KeyView& k) { return lex.determiner_set.count(std::string_view(k)) > 0; }

// The number of items the words of `phrase` ("as well as") take from i, else 0.
std::size_t words_at(const std::vector<Item>& items, std::size_t i, std::string_view phrase) {
  std::size_t n = 0;
  while (!phrase.empty()) {
    auto space = phrase.find(' ');
    std::string_view w = phrase.substr(0, space);
    if (i + n >= items.size() || items[i + n].is_entity() || items[i + n].key != w) return 0;
    ++n;
    phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
  }
  return n;
}

bool lower_word(const Item& it) {
  return !it.is_entity() && !it.key.empty() && std::islower(static_cast<unsigned char>(it.key[0])) != 0;
}

// ", who see cyberspace as ...," is cut out of the clause; what it says
// about its antecedent becomes a sequence of its own.
std::vector<std::vector<Item>> split_clauses(std::vector<Item> items, const Lexicon& lex, Cut& cut, const DocAnalysis* doc) {
  std::vector<std::vector<Item>> extra;
  drop_attribution(items);
  drop_naming_asides(items, lex);
  name_the_subject(items, lex, doc);
  for (std::size_t i = 1; i + 1 < items.size(); ++i) {
    const KeyView& rel = items[i + 1].key;  // compared with literals inline
    if (items[i].key != "," || (rel != "who" && rel != "which" && rel != "whose")) continue;
    std::size_t close = clause_close(items, i, doc);
    if (close < i + 3) continue;
    // ", whose director X chaired ...": the clause keeps ", whose" (whose_leader reads it)
    std::size_t from = rel == "whose" ? i : i + 2;
    std::size_t name = 0, opened = items[i - 1].is_entity() ? 0 : apposition_referent(items, i, lex, doc, name);
    std::size_t occasion = occasion_before_setting(items, i, lex, doc);
    // "a new lab, which Estonia opened with Finland, ...": no name to speak of; the clause's own names still relate
    std::vector<Item> clause;
    std::size_t pair_first = 0;
    if (occasion) clause.push_back(items[occasion]);
    else if (std::size_t pair = pair_antecedent(items, i, pair_first, lex)) {
      // "A and B, which both sent teams to X": the clause is of both
      clause.insert(clause.end(), items.begin() + static_cast<long>(pair_first), items.begin() + static_cast<long>(i));
      from = pair;
    } else if (std::size_t who = rel == "who" ? apposed_person(items, i, doc) : 0) {
      clause.push_back(items[who]);
    } else if (std::size_t head = of_head(items, i, doc); head && rel != "who") {
      clause.push_back(items[head]);
    } else if (items[i - 1].is_entity() || opened) {
      clause.push_back(items[opened ? name : i - 1]);
    } else if (std::size_t kind = kind_noun_antecedent(items, i, lex, doc)) {
      clause.push_back(items[kind]);
    }
    clause.insert(clause.end(), items.begin() + static_cast<long>(from), items.begin() + static_cast<long>(close));
    // "the Centre of Excellence in Tallinn, which Australia joined": the body seated in the
    // place may be what the clause speaks of too (the slots' types tell which fits)
    if (!occasion && !opened && doc && i >= 3 && seated_body_before(items, i, *doc)) {
      std::vector<Item> seated = clause;
      seated.front() = items[i - 3];
      extra.push_back(std::move(seated));
    }
    extra.push_back(std::move(clause));
    std::size_t last = std::min(close, items.size() - 1);
    // "X, the drill, which ..., drew": the apposition's closing comma stays, for split_appositions
    if (opened && close < items.size() && items[close].key == ",") --last;
    cut.emplace_back(items[i].begin, items[last].end);
    items.erase(items.begin() + static_cast<long>(i), items.begin() + static_cast<long>(last + 1));
  }
  join_companions(items, lex.companion_words);
  join_trailing_companions(items, doc, lex);
  split_subject_asides(items, extra, cut, lex);
  split_appositions(items, extra, cut, lex);
  std::size_t clauses = extra.size();
  extra.reserve(2 * clauses + 1);  // share_subject reads one element while adding another
  share_subject(items, extra, lex);
  for (std::size_t c = 0; c < clauses; ++c) share_subject(extra[c], extra, lex);
  split_gapped_objects(items, extra, lex, doc);
  extra.insert(extra.begin(), std::move(items));
  return extra;
}

bool holds_lower_noun(const Item& it, const SentenceAnalysis& s) {
  std::size_t last = it.end;
  return last > it.begin + 1 && last <= s.tokens.size() && s.tokens[last - 1].word && !s.tokens[last - 1].capital;
}

bool coordinating(const KeyView& key) { return key == "," || key == "and" || key == "or" || key == "the"; }

}  // namespace newsgraph::detail
