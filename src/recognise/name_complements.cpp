// Pass 1 of recognition, its boundaries (split from span_bounds.cpp): how far a
// name's complement goes on (a foreign name's connectors, a body's portfolios
// listed with commas, a title through "of the", a name through "in" when its bracketed
// acronym needs the words after) and where a leading title cuts a body's name before a person.
#include <algorithm>
#include <cctype>
#include <string>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {

// "Centro Nacional de Cibersegurança", "Xunta de Galicia", "Comando per le Operazioni
// in Rete": a name with its head word before, as names in other languages have it, goes on
// through their lower-case connectors (cues.json foreign_connectors) to a capitalised
// word; "in" only after another connector, and not before a name the gazetteer knows.
// The end of the name so continued at `j`, else `j`.
std::uint32_t Recogniser::foreign_complement(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const {
  const auto& toks = s.tokens;
  bool headed = false;  // "Centro ...", "Deutsche Gesellschaft ...": a body's or venue's head word before
  for (std::uint32_t k = i; k < j && !headed; ++k) {
    auto head = lex_.head_type.find(toks[k].key);
    headed = head != lex_.head_type.end() && (head->second == NodeType::Organisation || head->second == NodeType::Place);
  }
  if (!headed) return j;
  bool joined = false;  // a connector other than "in" already in the name
  for (std::uint32_t k = i + 1; k < j; ++k)
    joined |= toks[k].word && !toks[k].capital && toks[k].key != "in" && lex_.foreign_connector_set.count(toks[k].key);
  std::string key;
  for (std::uint32_t n = 1; n <= 2 && j + n < toks.size(); ++n) {
    const Token& w = toks[j + n - 1];
    if (!w.word || w.capital) return j;
    key += (n > 1 ? " " : "") + std::string(w.key);
    const Token& next = toks[j + n];
    if (!lex_.foreign_connector_set.count(key) || !next.word || !next.capital || line_break_before(text_, toks, j + n)) continue;
    const LexHit* hit = nullptr;
    if (key == "in" && (!joined || gazetteer_match(s, j + n, &hit) > 0)) return j;
    return j + n + 1;
  }
  return j;
}

// "Ministry of Communication, Digital Technology and Innovations", "Faculty of
// Law, Economics and Governance": a body's complement may list its portfolios
// with commas when the list closes with "and" and capitalised words. At the
// comma `j` of a span from `i` whose head word and "of"/"for" precede it, the
// end of that list, else `j`. Items the gazetteer knows or a second head word
// make it a list of bodies or places ("Ministry of Defence, NATO and Estonia").
std::uint32_t Recogniser::portfolio_list_end(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const {
  const auto& toks = s.tokens;
  if (toks[j].key != ",") return j;
  auto org_head = [&](std::uint32_t k) {
    auto it = lex_.head_type.find(toks[k].key);
    return it != lex_.head_type.end() && it->second == NodeType::Organisation;
  };
  std::uint32_t complement = 0;
  for (std::uint32_t k = i + 1; k < j && complement == 0; ++k)
    if ((toks[k].key == "of" || toks[k].key == "for" || toks[k].key == "on") && org_head(k - 1)) complement = k;
  // "Department of the Environment, Climate and Communications": "the" may open the list
  std::uint32_t first = complement + 1 < j && toks[complement + 1].key == "the" ? complement + 2 : complement + 1;
  if (complement == 0 || first >= j) return j;
  for (std::uint32_t k = first; k < j; ++k)
    if (!toks[k].word || !toks[k].capital || toks[k].all_caps || org_head(k)) return j;
  auto plain_item = [&](std::uint32_t k) {  // the end of a portfolio's words at `k`, `k` when none
    const LexHit* hit = nullptr;
    if (k >= toks.size() || gazetteer_match(s, k, &hit) > 0 || lex_.given_name_set.count(toks[k].key)) return k;
    std::uint32_t m = k;
    while (m < toks.size() && m < k + 4 && toks[m].word && toks[m].capital && !toks[m].all_caps && !org_head(m) &&
           !lex_.not_name_set.count(ascii_lowered(toks[m].text)) &&
           !line_break_before(text_, toks, m))
      ++m;
    return m < toks.size() && toks[m].word && toks[m].capital ? k : m;  // a longer run is no portfolio
  };
  for (std::uint32_t k = j, items = 0; k < toks.size() && items < 5; ++items) {
    std::uint32_t end = plain_item(k + 1);
    if (end == k + 1 || end >= toks.size()) return j;
    if (toks[end].key == ",") {
      k = end;
    } else if (toks[end].key == "and" || toks[end].key == "&") {
      std::uint32_t last = plain_item(end + 1);
      return last > end + 1 ? last : j;
    } else {
      return j;
    }
  }
  return j;
}

// The end of a title of the lexicon that starts the span at `i` and runs on through
// "of the" at `k` ("Chief of the Defence Staff"), else `k`.
std::uint32_t Recogniser::title_through(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t k) const {
  const auto& toks = s.tokens;
  // "Sgt. 1st Class", "Petty Officer 2nd Class": a rank goes on through its ordinal
  bool ordinal = ordinal_number(toks[k]);
  if (!ordinal && (toks[k].key != "of" || k + 2 >= toks.size() || toks[k + 1].key != "the")) return k;
  std::string key;
  std::uint32_t end = k;
  for (std::uint32_t m = i; m < toks.size() && m - i < lex_.max_title_tokens; ++m) {
    if (m > i && line_break_before(text_, toks, m)) break;
    if (m > i) key.push_back(' ');
    key += toks[m].key;
    if (m > k + (ordinal ? 0 : 1) && toks[m].capital && lex_.title_relation.count(key)) end = m + 1;
  }
  return end;
}

// "ECOWAS Commission President A B", "Cyber Command Commander A B": a leading title right
// after a body's head word starts a role and a person; the body's name ends there. So
// does one after an acronym opening the span ("KCSA Director General A B", "CERT-In
// Director A B"). The span's new end.
std::uint32_t Recogniser::title_cut(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const {
  const auto& toks = s.tokens;
  auto acronym = [&](const Token& t) {
    return t.all_caps || (t.text.find('-') != std::string_view::npos && t.text.size() >= 2 &&
                          std::isupper(static_cast<unsigned char>(t.text[0])) && std::isupper(static_cast<unsigned char>(t.text[1])));
  };
  // "Defence Forces General A B", "Royal Navy Admiral A B": a rank, before a name of two or
  // more words with no head word in it (not "Air Force General Staff").
  // "Brigadier General (Pilot) A B": the rank closes the span before a bracketed mark (cues.json
  // retired_marks) and the name after it
  auto marked_rank = [&](std::uint32_t k) {
    if (j + 2 >= toks.size() || toks[j].key != "(") return false;
    std::string_view mark = toks[j + 1].key;
    if (mark.ends_with('.')) mark.remove_suffix(1);
    if (!lex_.retired_mark_set.count(mark)) return false;
    for (std::uint32_t m = k + 1; m < j; ++m)
      if (!toks[m].capital || lex_.head_type.count(toks[m].key)) return false;
    return true;
  };
  auto rank_then_name = [&](std::uint32_t k) {
    if (lex_.title_only_set.count(toks[k].key) && marked_rank(k)) return true;
    if (!lex_.title_only_set.count(toks[k].key) || k + 3 > j) return false;
    // a particle inside the name stays ("Eng. Khalid bin Omar Al-Thani")
    for (std::uint32_t m = k + 1; m < j; ++m)
      if (!(toks[m].capital || (m > k + 1 && lex_.name_particle_set.count(toks[m].key))) || lex_.head_type.count(toks[m].key)) return false;
    return true;
  };
  for (std::uint32_t k = i + 1; k < j; ++k)
    if (auto head = lex_.head_type.find(toks[k - 1].key);
        (head != lex_.head_type.end() && head->second == NodeType::Organisation) || (k == i + 1 && acronym(toks[i])))
      if (auto title = lex_.title_relation.find(toks[k].key); title != lex_.title_relation.end() && toks[k].capital) {
        if (k + 1 < j && toks[k + 1].capital && (title->second == "leads" || rank_then_name(k))) return k;
        if (lex_.title_only_set.count(toks[k].key) && marked_rank(k)) return k;  // "Centre Colonel (Pilot) A B"
      }
  return j;
}

bool prefixes_spell(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e, std::string_view acr);

// "French Armed Forces in the Southern Indian Ocean Zone (FAZSOI)", "American Institute in
// Taiwan (AIT)": a name that goes on through "in" or "in the" when the acronym in brackets after it needs the words after "in the"
// (its letters are initials of the whole, not of the words before "in"). The token after
// the whole, else j.
std::uint32_t Recogniser::acronym_through_in(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const {
  const auto& toks = s.tokens;
  // "American Institute in Taiwan (AIT)": "the" after "in" is optional
  std::uint32_t k = j + 1 < toks.size() && toks[j + 1].key == "the" ? j + 2 : j + 1;
  if (k >= toks.size() || toks[j].key != "in" || !toks[k].word || !toks[k].capital) return j;
  // "... in the Southern Zone of the Indian Ocean (FAZSOI)": the place may go on through "of [the]"
  auto of_then_capital = [&](std::uint32_t m) {
    std::uint32_t next = m + 1 < toks.size() && toks[m + 1].key == "the" ? m + 2 : m + 1;
    return toks[m].key == "of" && next < toks.size() && toks[next].word && toks[next].capital && !toks[next].all_caps ? next : m;
  };
  while (k < toks.size() && ((toks[k].word && toks[k].capital && !toks[k].all_caps) || of_then_capital(k) > k))
    k = toks[k].capital ? k + 1 : of_then_capital(k);
  if (k + 2 >= toks.size() || toks[k].key != "(" || toks[k + 2].key != ")" || !toks[k + 1].all_caps) return j;
  std::string_view acr = toks[k + 1].text;
  if (acr.size() < 3 || acr.size() > 8) return j;
  auto initials = [&](std::uint32_t from, std::uint32_t to) {
    std::string out;
    for (std::uint32_t m = from; m < to; ++m)
      if (toks[m].word && toks[m].capital) out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(toks[m].text[0]))));
    return out;
  };
  auto covers = [&](std::string pool) {  // every letter of the acronym, each initial used once
    for (char c : acr) {
      std::size_t at = pool.find(c);
      if (at == std::string::npos) return false;
      pool.erase(at, 1);
    }
    return true;
  };
  if (covers(initials(i, k)) && !covers(initials(i, j))) return k;
  // "ECOWAS Mission in The Gambia (ECOMIG)", "African Union Mission in Somalia (AMISOM)": an
  // acronym of the words' first letters or syllables, in order
  return prefixes_spell(toks, i, k, acr) && !prefixes_spell(toks, i, j, acr) ? k : j;
}

// Whether `acr` is the capitalised words of toks[b, e) in order, each giving its first
// letters or nothing ("ECO" + "MI" + "G" of "ECOWAS Mission in The Gambia"); the first word
// gives at least one.
bool prefixes_spell(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e, std::string_view acr) {
  auto upper = [](char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); };
  // reach[p]: the acronym's first p letters are spelt by the words read so far
  std::vector<bool> reach(acr.size() + 1, false);
  reach[0] = true;
  bool first = true;
  for (std::uint32_t m = b; m < e; ++m) {
    if (!toks[m].word || !toks[m].capital) continue;
    std::vector<bool> next = first ? std::vector<bool>(acr.size() + 1, false) : reach;
    for (std::size_t p = 0; p < acr.size(); ++p) {
      if (!reach[p]) continue;
      std::string_view w = toks[m].text;
      for (std::size_t n = 0; n < w.size() && p + n < acr.size() && upper(w[n]) == acr[p + n]; ++n) next[p + n + 1] = true;
    }
    reach = std::move(next);
    first = false;
  }
  return reach[acr.size()];
}

}  // namespace newsgraph::detail
