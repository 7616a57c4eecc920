// How the lexicon keys what it compares: a token (lower case, accents
// folded, spelling variants unified), a phrase of a data file (cut as the
// tokenizer cuts text) and a whole name (no leading "the" or final "'s").
#include <algorithm>
#include <array>

#include "lexicon/lexicon.hpp"
#include "lexicon/lexicon_memo.hpp"
#include "lexicon/written_key.hpp"
#include "recognise/tokens.hpp"
#include "util/names.hpp"

namespace newsgraph {
namespace {

// A plain byte (ASCII letter or digit) in lower case; 0 for any other byte.
constexpr std::array<char, 256> kPlainLower = [] {
  std::array<char, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c - 'A' + 'a');
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = static_cast<char>(c);
  return t;
}();
}  // namespace

std::string Lexicon::token_key(std::string_view token) const {
  // Plain ASCII letters and digits: name_key() would only lower their case,
  // done here while copying (by a table: this runs for every token). One
  // string returned throughout (no moves).
  std::string key(token.size(), '\0');
  bool plain = !token.empty();
  for (std::size_t i = 0; i < token.size(); ++i) {
    char c = kPlainLower[static_cast<unsigned char>(token[i])];
    if (c == 0) {
      plain = false;
      break;
    }
    key[i] = c;
  }
  if (!plain) {
    key = name_key(token);
    if (key.empty()) key.assign(token);  // punctuation keeps itself
  }
  if (!key.empty() && (variant_shape(key) & variant_shapes) != variant_shape(key)) return key;  // no variant of this length and initial
  auto it = variant_map.find(key);
  if (it != variant_map.end()) key = it->second;
  return key;
}

namespace {

// Whether a key's first word names a nation or is its demonym ("norwegian", "japan").
bool nation_word(const Lexicon& lex, const std::string& word) {
  auto it = lex.gazetteer.find(word);
  return it != lex.gazetteer.end() && std::any_of(it->second.begin(), it->second.end(), [&](const auto& h) {
           return lex.entities[h.entity].type == NodeType::Nation;
         });
}

// The other heads of a ministry (cues.json anaphor_heads "ministry").
const std::vector<std::string>& ministry_heads(const Lexicon& lex) {
  static const std::vector<std::string> kNone;
  auto others = lex.anaphor_heads.find("ministry");
  return others == lex.anaphor_heads.end() ? kNone : others->second;
}

// The head ("ministry", or one of `heads`: "department") a key ends with after a space, or
// opens with before " of "/" for ".
std::string portfolio_head(const std::vector<std::string>& heads, const std::string& rest, bool at_end) {
  // (compared in place: the strings " " + head and head + " of " cost ~650 instructions a key)
  const std::string_view r(rest);
  auto fits = [&](std::string_view head) {
    if (at_end) return r.size() > head.size() + 1 && r.ends_with(head) && r[r.size() - head.size() - 1] == ' ';
    if (!r.starts_with(head)) return false;
    std::string_view after = r.substr(head.size());
    return after.starts_with(" of ") || after.starts_with(" for ");
  };
  if (fits("ministry")) return "ministry";
  for (const auto& head : heads)
    if (fits(head)) return head;
  return {};
}

// "Defence Ministry", "the Interior Ministry": one body with "Ministry of
// Defence", "Ministry of the Interior", so keyed as they are ("ministry of
// defence"); "the" after "ministry of" is dropped from the key. Only plain
// words before "ministry" (no "'s", no "of"): "Norway 's Defence Ministry"
// keeps its key, its nation is read off it elsewhere.
// A leading demonym or nation name stays in front ("norwegian defence ministry" ->
// "norwegian ministry of defence"), so two nations' ministries stay apart.
// The other heads of a ministry (cues.json anaphor_heads "ministry": "State
// Department" is "Department of State") swap alike. A portfolio of one word
// and "Affairs" is the portfolio's ministry ("Foreign Ministry", "Ministry of
// Foreign Affairs", "Ministry for Foreign Affairs" -> "ministry of foreign"),
// also before its nation ("... of Japan"), not one of two portfolios
// ("Ministry of Foreign Affairs and Trade").
void key_ministry_of(const Lexicon& lex, std::string& key) {
  // a head follows or precedes another word: a key of one word has none (nor need the heads be looked up)
  if (key.find(' ') == std::string::npos) return;
  const auto& heads = ministry_heads(lex);
  std::string lead;
  if (auto space = key.find(' '); space != std::string::npos && nation_word(lex, key.substr(0, space)))
    lead = key.substr(0, space + 1);
  std::string rest = key.substr(lead.size());
  if (std::string head = portfolio_head(heads, rest, true); !head.empty()) {
    std::string subject = rest.substr(0, rest.size() - head.size() - 1);
    if (subject.find('\'') != std::string::npos || (" " + subject + " ").find(" of ") != std::string::npos) return;
    rest = head + " of " + subject;
  }
  std::string head = portfolio_head(heads, rest, false);
  if (head.empty()) return;
  if (rest.compare(head.size() + 1, 3, "for") == 0) rest.replace(head.size() + 1, 3, "of");
  if (rest.compare(head.size() + 1, 7, "of the ") == 0) rest.erase(head.size() + 4, 4);
  // "ministry of foreign affairs [of japan]" -> "ministry of foreign [of japan]"
  std::size_t word = rest.find(' ', head.size() + 4);
  if (word != std::string::npos && rest.compare(word, 8, " affairs") == 0 &&
      (rest.size() == word + 8 || rest.compare(word + 8, 4, " of ") == 0))
    rest.erase(word, 8);
  key = lead + rest;
}

std::string computed_name_key(const Lexicon& lex, std::string_view name) {
  return name_key_from_written(lex, written_name_key(lex, name));
}

}  // namespace

std::string name_key_from_written(const Lexicon& lex, std::string written) {
  key_ministry_of(lex, written);
  return written;
}

std::string written_name_key(const Lexicon& lex, std::string_view name) {
  std::string key = lex.phrase_key(name);
  if (key.starts_with("the ")) key.erase(0, 4);
  if (key.ends_with(" 's")) key.resize(key.size() - 3);
  return key;
}

namespace {

// Calls `f` with the key of each word of `phrase`, in order (some may be empty).
template <class F>
void each_phrase_key(const Lexicon& lex, std::string_view phrase, F f) {
  // Most phrases are ASCII letters and digits between spaces ("Cyber Command"):
  // each word is then one token of its own (no dot, hyphen, apostrophe or
  // comma for the tokenizer to judge), keyed by token_key() as below.
  bool plain = std::all_of(phrase.begin(), phrase.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ';
  });
  if (plain) {
    for (std::size_t at = 0; at < phrase.size();) {
      std::size_t space = std::min(phrase.find(' ', at), phrase.size());
      if (space > at) f(lex.token_key(phrase.substr(at, space - at)));
      at = space + 1;
    }
  } else {
    // as recognise() keys a document's tokens: the tokenizer's key, else token_key()
    for (const auto& t : tokenize(phrase, 0, phrase.size(), lex.abbreviations)) {
      if (t.key.empty()) f(lex.token_key(t.text));
      else f(static_cast<const std::string&>(t.key));
    }
  }
}

}  // namespace

std::vector<std::string> Lexicon::phrase_keys(std::string_view phrase) const {
  std::vector<std::string> keys;
  each_phrase_key(*this, phrase, [&](const std::string& k) {
    if (!k.empty()) keys.push_back(k);
  });
  return keys;
}

// phrase_keys() joined by spaces, written into one string as each word is keyed
// (no list of keys: some 20,000 names are keyed at every start, and names in text).
std::string Lexicon::phrase_key(std::string_view phrase) const {
  std::string key;
  each_phrase_key(*this, phrase, [&](const std::string& k) {
    if (k.empty()) return;
    if (!key.empty()) key.push_back(' ');
    key += k;
  });
  return key;
}

std::string Lexicon::name_key_of(std::string_view name) const {
  if (index_serial == 0) return computed_name_key(*this, name);
  // the keys of the same few names are asked for again and again (~900
  // instructions each when computed, ~4% of extraction)
  thread_local LexiconMemo<std::string> memo;
  memo.use(*this);
  return memo.get(name, [&](std::string_view n) { return computed_name_key(*this, n); });
}

}  // namespace newsgraph
