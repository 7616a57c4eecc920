// Shapes of names that no single head word shows: a double-barrelled
// surname after given names, a head of several words ("Letter of Intent",
// "Convention Centre", "Statement on") and that head alone after "the";
// response teams' acronyms; acronyms in mixed case ("ComDCiber") or spelled
// like a word ("Nacsa").
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
// (not "CERT" alone, "a CERT engineer").
bool team_word(const Lexicon& lex, std::string_view w) {
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

bool spelled_acronym(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e, std::string_view w) {
  std::uint32_t words = 0;
  for (std::uint32_t k = b; k < e; ++k) words += toks[k].word && toks[k].capital;
  if (words < 3 || w.size() < 3 || w.size() > 8 || !std::isupper(static_cast<unsigned char>(w[0]))) return false;
  for (unsigned char c : w)
    if (!std::isalpha(c)) return false;
  return spelled_from(toks, b, e, ascii_lowered(w));
}

// Whether the lexicon writes a head word in capitals ("FC").
bool head_in_capitals(const Lexicon& lex, std::string_view w) {
  for (const auto& [type, heads] : lex.head_words)
    if (std::find(heads.begin(), heads.end(), w) != heads.end()) return true;
  return false;
}

}  // namespace newsgraph::detail
