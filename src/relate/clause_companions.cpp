// Companions of a clause's names ("along with", "together with", "in cooperation with")
// joined to the list they act with, before patterns read the clause (relate_clauses.cpp).
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "relate/clause_helpers.hpp"
#include "relate/clauses.hpp"
#include "relate/cue_words.hpp"

namespace newsgraph::detail {

namespace {

// A verb done with someone before i: "co-hosted", "co-organised", "jointly".
bool joint_verb_before(const std::vector<Item>& items, std::size_t i) {
  for (std::size_t k = 0; k < i; ++k) {
    const KeyView& key = items[k].key;
    if (items[k].is_entity()) continue;
    // ("co-founded", a pattern's word, is one token keyed "co founded"; "co-chaired X with Y"
    // is read by patterns of meeting, which want their "with")
    if (key == "jointly" || key.starts_with("co-") || key.starts_with("co found") || (key == "co" && k + 1 < i && items[k + 1].key.starts_with("-")))
      return true;
  }
  return false;
}

// cues.json companion_words keyed token by token (Lexicon::phrase_keys()), once
// per lexicon and thread: keying them again at every item of every clause was
// ~4% of extraction. Keyed afresh for a lexicon being edited (index_serial 0).
// `first`: the first bytes of the phrases companion_word() compares (most
// items open with none of them and need not be compared with each phrase).
struct CompanionKeys {
  std::vector<std::vector<std::string>> keys;
  std::array<bool, 256> first{};
};
const CompanionKeys& companion_keys(const Lexicon& lex) {
  thread_local const Lexicon* of = nullptr;
  thread_local std::uint64_t serial = 0;
  thread_local const std::string* words = nullptr;  // the list keyed (a list that grew moved)
  thread_local CompanionKeys keyed;
  const auto& list = lex.companion_words;
  if (of != &lex || serial != lex.index_serial || lex.index_serial == 0 || words != list.data() ||
      keyed.keys.size() != list.size()) {
    of = &lex, serial = lex.index_serial, words = list.data();
    keyed.keys.clear();
    keyed.first.fill(false);
    for (const std::string& w : list) {
      keyed.keys.push_back(lex.phrase_keys(w));
      if (!w.empty() && !w.starts_with("as ")) keyed.first[static_cast<unsigned char>(w[0])] = true;
    }
  }
  return keyed;
}

// A companion phrase at i (cues.json companion_words: "alongside", "together
// with", "in cooperation with"; bare "with" only after a joint verb: "co-hosted
// the drill with Y"; "as well as" only lengthens a list): its length in items, else 0.
// `keyed`: companion_keys(lex), read once per clause by the caller (not at every item).
std::size_t companion_word(const std::vector<Item>& items, std::size_t i, const Lexicon& lex, const CompanionKeys& keyed) {
  if (i >= items.size() || items[i].is_entity()) return 0;
  if (items[i].key == "with") return i >= 2 && joint_verb_before(items, i) ? 1 : 0;
  if (items[i].key.empty() || !keyed.first[static_cast<unsigned char>(items[i].key[0])]) return 0;
  std::size_t len = 0;
  for (std::size_t c = 0; c < lex.companion_words.size(); ++c) {
    const std::string& w = lex.companion_words[c];
    // keyed as the text is ("cooperation" is keyed like "co-operation"); the first byte tells most apart
    if (w.starts_with("as ") || w.empty() || items[i].key.empty() || w[0] != items[i].key[0]) continue;
    const std::vector<std::string>& keys = keyed.keys[c];
    std::size_t n = 0;
    while (n < keys.size() && i + n < items.size() && !items[i + n].is_entity() && items[i + n].key == keys[n]) ++n;
    if (n == keys.size()) len = std::max(len, n);
  }
  return len;
}

// A nation, organisation or person (or a group or pair of them): what can act with another.
bool agent_item(const Item& it, const DocAnalysis* doc) {
  if (!doc || it.entity < 0 || it.entity >= static_cast<int>(doc->entities.size())) return true;
  NodeType t = doc->entities[it.entity].type;
  return t == NodeType::Nation || t == NodeType::Organisation || t == NodeType::Person;
}

// The item after a wire dateline opening the clause ("TALLINN, Nov 20 (Wire) -",
// "RIGA —", "NAIROBI, Kenya:"): a place, then the marks dateline_places.cpp reads
// after it, then a dash or colon within a few items; 0 when the clause opens otherwise.
std::size_t after_dateline(const std::vector<Item>& items, const DocAnalysis* doc) {
  constexpr std::size_t kDatelineItems = 10;
  if (!doc || items.size() < 3 || items[0].entity < 0 || items[0].entity >= static_cast<int>(doc->entities.size()) ||
      doc->entities[items[0].entity].type != NodeType::Place)
    return 0;
  auto dash = [](const KeyView& k) { return k == "-" || k == "--" || k == "\u2013" || k == "\u2014" || k == ":"; };
  if (!dash(items[1].key) && items[1].key != ",") return 0;
  for (std::size_t k = 1; k < items.size() && k <= kDatelineItems; ++k) {
    if (!dash(items[k].key)) continue;
    while (k + 1 < items.size() && dash(items[k + 1].key)) ++k;  // "--" may come as two marks
    return k + 1;
  }
  return 0;
}

// Where the clause's subject starts: after a dateline, after a fronted phrase without a name
// ("In April 2026, the X conducted ..."), an article and an owner ("Estonia's
// RIA ran ...").
std::size_t clause_subject(const std::vector<Item>& items, const DocAnalysis* doc) {
  constexpr std::size_t kFrontedItems = 6;
  std::size_t first = after_dateline(items, doc);
  for (std::size_t k = first; k < items.size() && k < first + kFrontedItems && !items[k].is_entity(); ++k)
    if (items[k].key == ",") {
      first = k + 1;
      break;
    }
  if (first < items.size() && items[first].key == "the" && !items[first].is_entity()) ++first;
  if (first + 2 < items.size() && items[first].is_entity() && items[first + 1].key == "'s" && items[first + 2].is_entity())
    first += 2;
  return first;
}

}  // namespace

// "Chile, along with Peru and Ghana, took part", "both countries, with Japan,
// make up ...": the companions join the subject's list ("Chile and Peru and
// Ghana took part").
void join_companions(std::vector<Item>& items, const std::vector<std::string>& companion_words) {
  for (std::size_t i = 0; i + 3 < items.size(); ++i) {
    if (!items[i].is_entity() || items[i + 1].key != ",") continue;
    std::size_t len = 0;
    for (const std::string& w : companion_words) len = std::max(len, words_at(items, i + 2, w));
    if (!len) continue;
    std::size_t k = i + 2 + len;
    bool names = k < items.size() && items[k].is_entity();
    while (k < items.size() && (items[k].is_entity() || items[k].key == "and" || items[k].key == "the" ||
                                (items[k].key == "," && k + 1 < items.size() && items[k + 1].is_entity())))
      ++k;
    // Closed by a comma and followed by the verb.
    if (!names || k + 1 >= items.size() || items[k].key != "," || !lower_word(items[k + 1])) continue;
    items[i + 1].key = "and";
    items.erase(items.begin() + static_cast<long>(i + 2), items.begin() + static_cast<long>(i + 2 + len));
    k -= len;
    items.erase(items.begin() + static_cast<long>(k));
  }
}

// "organised by the CCDCOE together with CERT.LV": the companion joins the
// name before it ("the CCDCOE and CERT.LV"). "Latvia organised the drill
// alongside the Lithuanian army.", "Estonia competed alongside Poland and
// Ukraine.": companions closing the clause join its subject, which did the
// same thing with them.
void join_trailing_companions(std::vector<Item>& items, const DocAnalysis* doc, const Lexicon& lex) {
  const WordSet& closers = lex.companion_closer_set;
  const std::size_t lede = after_dateline(items, doc);  // "TALLINN - the X together with Y ran ...": X opens the clause
  const CompanionKeys& keyed = companion_keys(lex);
  for (std::size_t i = 1; i + 1 < items.size(); ++i) {
    std::size_t len = companion_word(items, i, lex, keyed);
    if (!len) continue;
    std::size_t k = i + len;
    if (k < items.size() && items[k].key == "the" && !items[k].is_entity()) ++k;
    if (k >= items.size() || !items[k].is_entity() || !agent_item(items[k], doc)) continue;  // "alongside Cyber Week": an event beside
    // beside an agent: "by X together with Y", or the subject ("X alongside Y took part")
    // "by the X in cooperation with Y" too, unless Y has an apposition of its own ("Y, the
    // Kigali-based ..."), which would then describe X as well
    bool apposed = k + 2 < items.size() && items[k + 1].key == "," && determiner(lex, items[k + 2].key);
    std::size_t before = i >= 3 && items[i - 2].key == "the" && !items[i - 2].is_entity() && !apposed ? i - 3 : i - 2;
    bool agent = i == lede + 1 || (i >= 2 && (items[before].key == "by" || (i == lede + 2 && items[lede].key == "the")));
    if (items[i - 1].is_entity() && agent) {
      items[i].key = "and";
      items.erase(items.begin() + static_cast<long>(i + 1), items.begin() + static_cast<long>(i + len));
      continue;
    }
    // the list it names, up to the end of the clause
    std::vector<Item> list;
    std::size_t e = k;
    // "alongside the United States, the United Kingdom and Canada": an article may open each name
    auto next_name = [&](std::size_t j) {
      if (j < items.size() && items[j].key == "the" && !items[j].is_entity()) ++j;
      return j < items.size() && items[j].is_entity();
    };
    while (e < items.size() && (items[e].is_entity() || ((items[e].key == "and" || items[e].key == ",") && next_name(e + 1)) ||
                                (items[e].key == "the" && !items[e].is_entity() && e > k && next_name(e)))) {
      if (items[e].is_entity()) list.push_back(items[e]);
      ++e;
    }
    // "alongside Polish observers": the people a demonym list stands for
    if (e + 1 < items.size() && lower_word(items[e]) && items[e].key.size() > 3 && items[e].key.back() == 's') ++e;
    // what may follow the companions: the end of the clause, a place or a time
    bool closes = e == items.size() || closers.count(items[e].key);
    // the subject: the name (or list) opening the clause, then a verb
    std::size_t first = clause_subject(items, doc), end = first + 1;
    // "The drill involved A, alongside B": an exercise does nothing alongside anyone
    if (!closes || first >= i || !items[first].is_entity() || !agent_item(items[first], doc)) continue;
    while (end + 1 < i && (items[end].key == "," || items[end].key == "and") && items[end + 1].is_entity()) end += 2;
    if (end >= i || !lower_word(items[end])) continue;
    // "X is played out at Y, and this year it was organised jointly with Z": another clause's companion
    bool other_clause = false;
    // "X invites ... to Y, an exercise that the Z organises together with W": a relative clause's own
    for (std::size_t k = end; k + 1 < i; ++k)
      other_clause = other_clause || (items[k].key == "," && (items[k + 1].key == "and" || items[k + 1].key == "but")) ||
                     items[k].key == "that" || items[k].key == "which" || items[k].key == "who";
    if (other_clause) continue;
    std::vector<Item> added;
    for (auto& it : list) {
      Item joint = it;
      joint.entity = -1, joint.group.clear(), joint.key = "and", joint.head_word = false;
      added.push_back(joint);
      added.push_back(it);
    }
    items.erase(items.begin() + static_cast<long>(i), items.begin() + static_cast<long>(e));
    items.insert(items.begin() + static_cast<long>(end), added.begin(), added.end());
    i += added.size();
  }
}

}  // namespace newsgraph::detail
