// Shapes of names that no single head word shows: a double-barrelled
// surname after given names, a head of several words ("Letter of Intent",
// "Convention Centre", "Statement on") and that head alone after "the";
// response teams' acronyms; acronyms in mixed case ("ComDCiber") or spelled
// like a word ("Nacsa"); and a body named by the first word of its name
// alone ("Anka" after "Anka Siber Sistemleri").
#include <algorithm>
#include <cctype>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {
namespace {

// "Pryce-Edwards", "Dumitrescu-Hagi": two capitalised parts of two or more
// letters each, joined by one hyphen (a double-barrelled surname's shape).
bool double_barrelled(std::string_view w) {
  auto dash = w.find('-');
  if (dash == std::string_view::npos || dash < 2 || w.size() - dash - 1 < 2 || w.find('-', dash + 1) != std::string_view::npos)
    return false;
  for (std::size_t part : {std::size_t{0}, dash + 1}) {
    auto c = static_cast<unsigned char>(w[part]);
    auto next = static_cast<unsigned char>(w[part + 1]);
    if (!(std::isupper(c) || c >= 0x80) || std::isupper(next) || std::isdigit(next)) return false;
  }
  return true;
}

}  // namespace

const NodeType* joined_head(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t k, std::uint32_t e) {
  if (k + 1 >= e) return nullptr;
  std::string key = toks[k].key + " " + toks[k + 1].key;
  if (auto it = lex.head_type.find(key); it != lex.head_type.end()) return &it->second;
  if (k + 2 >= e) return nullptr;
  auto it = lex.head_type.find(key + " " + toks[k + 2].key);
  return it != lex.head_type.end() ? &it->second : nullptr;
}

// "Pryce-Edwards": a double-barrelled surname's shape whose parts name no place, nation or region.
bool Recogniser::barrelled_surname(std::string_view last) const {
  if (!double_barrelled(last)) return false;
  auto dash = last.find('-');
  for (std::string_view part : {last.substr(0, dash), last.substr(dash + 1)}) {
    std::string key = lex_.name_key_of(part);
    if (lex_.gazetteer.count(key) || lex_.adjective_name_set.count(key)) return false;
  }
  return true;
}

// "Ana Pryce-Edwards", "Ana Maria Dumitrescu-Hagi": given names, then a
// double-barrelled surname whose parts name no place, nation or region
// ("South Asia-Pacific", "Greater Austria-Hungary" are no people).
bool Recogniser::double_barrelled_name(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e) const {
  if (!barrelled_surname(toks[e - 1].text)) return false;
  for (std::uint32_t k = b; k + 1 < e; ++k)
    if (lex_.gazetteer.count(toks[k].key) || lex_.place_modifier_set.count(toks[k].key) || lex_.head_type.count(toks[k].key) ||
        lex_.not_name_set.count(ascii_lowered(toks[k].text)))
      return false;
  return true;
}

// "the Letter of Intent", "the Memorandum of Understanding": a head of several words alone
// after "the" is the document (or meeting) the text named with it before, as a lone head word
// is; false when none was, and the words are read as a name.
bool Recogniser::bind_joined_head(std::size_t si, std::uint32_t b, std::uint32_t e) {
  const auto& s = doc_.sentences[si];
  if (e - b < 2 || b == 0 || s.tokens[b - 1].key != "the") return false;
  std::string noun = key_of(s, b, e);
  auto it = lex_.head_type.find(noun);
  if (it == lex_.head_type.end()) return false;
  for (int ent = static_cast<int>(doc_.entities.size()); ent-- > 0;)
    if (doc_.entities[ent].type == it->second && describes(doc_.entities[ent], noun)) {
      add_mention(si, b, e, ent, MentionKind::Anaphor);
      return true;
    }
  return false;
}

// "CERT-EU", "CERT.LV", "NCSC-NL", "CERT-In": an acronym qualified by a
// nation or bloc code names a team or agency (not "COVID-19", "F-35", "U.S.").
bool team_acronym(std::string_view w) {
  auto cut = w.find_first_of("-.");
  if (cut == std::string_view::npos || cut < 3 || w.size() - cut - 1 < 2 || w.size() - cut - 1 > 3) return false;
  for (std::size_t k = 0; k < cut; ++k)
    if (!std::isupper(static_cast<unsigned char>(w[k]))) return false;
  if (!std::isupper(static_cast<unsigned char>(w[cut + 1]))) return false;
  for (std::size_t k = cut + 1; k < w.size(); ++k)
    if (!std::isalpha(static_cast<unsigned char>(w[k]))) return false;
  return true;
}

// "UZCERT", "ngCERT", "KE-CIRT/CC": a response team's capitals with more letters
// (not "CERT" alone, "a CERT engineer", nor a plural).
bool team_word(const Lexicon& lex, std::string_view w) {
  if (w.ends_with('s')) w.remove_suffix(1);  // "CSIRTs", "CERTs": the plural of a kind of team, no team's name
  for (const auto& part : lex.team_acronym_parts)
    if (w.size() > part.size() + 1 && w.find(part) != std::string_view::npos) return true;
  return false;
}

bool mixed_case_acronym(std::string_view w) {
  if (w.size() < 4 || w.size() > 12 || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  int upper = 0, lower = 0;
  for (unsigned char c : w) {
    if (!std::isalpha(c)) return false;
    upper += std::isupper(c) != 0;
    lower += std::islower(c) != 0;
  }
  return upper >= 2 && lower >= 1;
}

// Each capitalised word gives one or more of the first letters; function words none.
static bool spelled_from(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e, std::string_view letters) {
  if (b == e) return letters.empty();
  if (!toks[b].word || !toks[b].capital) return spelled_from(toks, b + 1, e, letters);
  for (std::size_t n = 1; n <= letters.size() && n <= toks[b].text.size(); ++n) {
    if (ascii_lowered(toks[b].text[n - 1]) != letters[n - 1]) break;
    if (spelled_from(toks, b + 1, e, letters.substr(n))) return true;
  }
  return false;
}

// "Mindef" of "Ministry of Defence": a name of two capitalised words clipped to the first
// syllables of each (two letters or more of both, five or more in all).
static bool clipped_from(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e, std::string_view letters) {
  std::vector<std::string_view> words;
  for (std::uint32_t k = b; k < e; ++k)
    if (toks[k].word && toks[k].capital) words.push_back(toks[k].text);
  if (words.size() != 2 || letters.size() < 5) return false;
  for (std::size_t n = 2; n + 2 <= letters.size() && n <= words[0].size(); ++n) {
    std::size_t rest = letters.size() - n;
    if (rest > words[1].size()) continue;
    if (ascii_lowered(words[0].substr(0, n)) == letters.substr(0, n) && ascii_lowered(words[1].substr(0, rest)) == letters.substr(n))
      return true;
  }
  return false;
}

bool spelled_acronym(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e, std::string_view w) {
  std::uint32_t words = 0;
  for (std::uint32_t k = b; k < e; ++k) words += toks[k].word && toks[k].capital;
  if (words < 2 || w.size() < 3 || w.size() > 8 || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  for (unsigned char c : w)
    if (!std::isalpha(c)) return false;
  std::string letters = ascii_lowered(w);
  return words == 2 ? clipped_from(toks, b, e, letters) : spelled_from(toks, b, e, letters);
}

// Whether the lexicon writes a head word in capitals ("FC").
bool head_in_capitals(const Lexicon& lex, std::string_view w) {
  for (const auto& [type, heads] : lex.head_words)
    if (std::find(heads.begin(), heads.end(), w) != heads.end()) return true;
  return false;
}

namespace {

// The head words the lexicon writes only in capitals of two letters or more
// ("AS", "SA"), lowered; a key also spelt otherwise ("as" beside "As") is
// none. Built once per thread and indexed lexicon: head_only_in_capitals() is
// asked of nearly every capitalised word of a span, and its scan of every
// head word, lowering each, cost 1.4% of a build's instructions.
const WordSet& capital_only_heads(const Lexicon& lex) {
  thread_local const Lexicon* of = nullptr;
  thread_local std::uint64_t serial = 0;
  thread_local WordSet heads;
  if (of == &lex && serial == lex.index_serial) return heads;
  of = &lex, serial = lex.index_serial;
  auto capitals = [](const std::string& h) { return h.size() >= 2 && ascii_capitals(h); };
  WordSet other;
  for (const auto& [type, words] : lex.head_words)
    for (const auto& h : words)
      if (!capitals(h)) other.insert(ascii_lowered(h));
  heads.clear();
  for (const auto& [type, words] : lex.head_words)
    for (const auto& h : words)
      if (capitals(h) && !other.count(ascii_lowered(h))) heads.insert(ascii_lowered(h));
  return heads;
}

}  // namespace

// Whether every spelling the lexicon gives a head word of this key is in capitals ("AS",
// "SA": a legal form), so that a word written otherwise ("Sa Kaeo", "As") heads nothing.
// An indexed lexicon's answers come from capital_only_heads(); an unindexed one's lists are scanned.
bool head_only_in_capitals(const Lexicon& lex, std::string_view key) {
  if (lex.index_serial != 0) return capital_only_heads(lex).count(key) > 0;
  bool seen = false;
  for (const auto& [type, heads] : lex.head_words)
    for (const auto& h : heads) {
      if (ascii_lowered(h) != key) continue;
      if (h.size() < 2 || !ascii_capitals(h)) return false;
      seen = true;
    }
  return seen;
}

// "Anka chief executive X" after "Anka Siber Sistemleri", "Revontuli's" after "Revontuli
// Security Oyj": a body named by the first word of its name alone, when the word is the
// name's own (no lexicon word, never written in lower case in the document, no part of a
// person's name) and starts no other entity's name. When it starts the names of two or
// more bodies and of nothing else, the story's context decides (shared_first_, rescan_known).
void Recogniser::bind_short_body_names(const std::unordered_map<std::string, int>& person_parts) {
  constexpr std::size_t kMinLetters = 4;
  std::unordered_map<std::string, int> first_of;  // word -> entity + 1; 0 when two entities start with it
  std::unordered_map<std::string, std::vector<int>> bodies_of;  // word -> the bodies it starts
  for (int e = 0; e < static_cast<int>(doc_.entities.size()); ++e) {
    const DocEntity& ent = doc_.entities[e];
    for (const auto& name : ent.names) {
      std::string key = lex_.name_key_of(name);
      auto space = key.find(' ');
      if (space == std::string::npos) continue;
      std::string word = key.substr(0, space);
      bool body = ent.type == NodeType::Organisation && ent.lexicon < 0;
      auto [it, fresh] = first_of.emplace(word, body ? e + 1 : 0);
      if (!fresh && it->second != e + 1) it->second = 0;
      auto& bodies = bodies_of[word];  // {-1}: the word starts another entity's name
      if (!body) bodies = {-1};
      else if ((bodies.empty() || bodies.front() >= 0) && std::find(bodies.begin(), bodies.end(), e) == bodies.end())
        bodies.push_back(e);
    }
  }
  for (const auto& [word, e] : first_of) {
    if (word.size() < kMinLetters || person_parts.count(word) || known_.count(word) || lex_.gazetteer.count(word) ||
        lex_.function_word_set.count(word) || lex_.head_type.count(word) || lex_.org_prefix_set.count(word) ||
        lex_.generic_org_set.count(word) || lex_.given_name_set.count(word) || lex_.adjective_name_set.count(word) ||
        lex_.state_body_set.count(word) || lex_.title_relation.count(word))
      continue;
    const auto& bodies = bodies_of[word];
    bool shared = e == 0 && bodies.size() >= 2 && bodies.front() >= 0;
    if ((e == 0 && !shared) || written_lower(word)) continue;
    if (shared) shared_first_.emplace(word, bodies);
    else known_.emplace(word, e - 1);
  }
}

// "Korvo chief executive X" when "Korvo Secure Systems" and "Korvo Aerospace" are both
// named: the one body of `bodies` the sentence before or this one (before token `i`) names,
// as a reader takes it; -1 when neither or both are named there.
int Recogniser::recent_shared_body(std::size_t si, std::uint32_t i, const std::vector<int>& bodies) const {
  int found = -1;
  for (std::size_t k = si > 0 ? si - 1 : si; k <= si; ++k)
    for (const auto& m : doc_.sentences[k].mentions) {
      if ((k == si && m.end > i) || std::find(bodies.begin(), bodies.end(), m.entity) == bodies.end()) continue;
      if (found >= 0 && found != m.entity) return -1;
      found = m.entity;
    }
  return found;
}

// Whether the document writes `word` (lower case) in lower case anywhere, as a whole word
// of its prose (not of an address: "press@revontuli.example", "revontuli.fi/news").
bool Recogniser::written_lower(const std::string& word) const {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80); };
  auto address = [](char c) { return c == '@' || c == '/' || c == '.'; };
  for (std::size_t at = text_.find(word); at != std::string_view::npos; at = text_.find(word, at + 1)) {
    std::size_t end = at + word.size();
    bool starts = at == 0 || (!letter(text_[at - 1]) && !address(text_[at - 1]));
    bool ends = end >= text_.size() || !letter(text_[end]);
    bool domain = end + 1 < text_.size() && address(text_[end]) && letter(text_[end + 1]);
    if (starts && ends && !domain) return true;
  }
  return false;
}

// The short forms of a person's name of three words or more that news uses again: its last
// two words ("Alvarado Mejia" of "Ana Lucia Alvarado Mejia", a Spanish style's two surnames),
// else none; and the words before a patronymic particle ("Nurul Huda" of "Nurul Huda binti
// Ismail", cues.json name_particles), when more than one.
void Recogniser::compound_name_parts(const std::string& key, std::string* surnames, std::string* personal) const {
  std::vector<std::string> words;
  for (std::size_t at = 0, next; at <= key.size(); at = next + 1) {
    next = std::min(key.find(' ', at), key.size());
    words.push_back(key.substr(at, next - at));
  }
  std::size_t n = words.size(), particle = n;
  for (std::size_t k = 1; k + 1 < n && particle == n; ++k)
    if (lex_.name_particle_set.count(words[k])) particle = k;
  if (n >= 3 && particle == n && words[n - 2].size() > 2) *surnames = words[n - 2] + " " + words[n - 1];
  if (particle >= 2 && particle < n) {
    *personal = words[0];
    for (std::size_t k = 1; k < particle; ++k) *personal += " " + words[k];
  }
}

}  // namespace newsgraph::detail
