// Pass 1 of recognition, its boundaries: where a name starts and ends (the
// longest gazetteer name, a run of capitalised words, coordination, a year
// or edition number, a region qualifying a noun). spans.cpp types the spans;
// name_complements.cpp tells how far a complement goes on.
#include <algorithm>
#include <set>
#include <cctype>
#include <string>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {

// "the Romanians", and "the Romanians, Bulgarians and Greeks", "the Japanese and Koreans": a
// people's plural at `i` after "the", or listed after a people that is (one "the" leads the list).
static bool people_after_the(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t i) {
  auto people = [&](const Token& t) {
    auto it = lex.gazetteer.find(t.key);
    return t.capital && it != lex.gazetteer.end() &&
           std::any_of(it->second.begin(), it->second.end(), [](const LexHit& h) { return h.form == LexForm::People || h.form == LexForm::Demonym; });
  };
  std::uint32_t k = i;
  while (k >= 2 && (toks[k - 1].key == "and" || toks[k - 1].key == "or" || toks[k - 1].key == ",") && people(toks[k - 2])) k -= 2;
  return k > 0 && toks[k - 1].key == "the";
}

// Longest gazetteer name at `i`: capitalised, in capitals where the name is
// written so, and a demonym only when it qualifies a following word.
std::uint32_t Recogniser::gazetteer_match(const SentenceAnalysis& s, std::uint32_t i, const LexHit** hit) const {
  const auto& toks = s.tokens;
  if (!toks[i].word || !toks[i].capital) return 0;
  std::string key;
  std::uint32_t best = 0;
  for (std::uint32_t j = i; j < toks.size() && j - i < lex_.max_name_tokens; ++j) {
    if (j > i && !lex_.gazetteer_prefixes.count(key)) break;  // no longer name starts so
    if (j > i) key.push_back(' ');
    key += toks[j].key;
    auto it = lex_.gazetteer.find(key);
    if (it == lex_.gazetteer.end()) continue;
    bool caps = true;
    for (std::uint32_t k = i; k <= j; ++k)
      if (toks[k].word && !toks[k].all_caps && toks[k].text.size() > 1) caps = false;
    // "Baltic states": an adjective before a lower-case word (not a function word: "the Indo-Pacific in May").
    bool adjective = j + 1 < toks.size() && toks[j + 1].word && !toks[j + 1].capital && lex_.adjective_name_set.count(key) &&
                     (!lex_.function_word_set.count(toks[j + 1].key) || toks[j + 1].key == "and" || toks[j + 1].key == "or");
    // "Danish Defence Minister X": a nation's adjective and a portfolio word before an office
    // title (cues.json portfolio_words, office_titles) are the office, not a body so named
    bool office = best > 0 && lex_.entities[(*hit)->entity].type == NodeType::Nation && j + 1 < toks.size() &&
                  lex_.portfolio_word_set.count(toks[j].key) && lex_.office_title_set.count(toks[j + 1].key);
    for (const auto& h : it->second) {
      if (h.exact_case && !caps) continue;
      if (office && lex_.entities[h.entity].type != NodeType::Nation) continue;
      // "the Romanians" took part; "many Romanians" are the nation's citizens
      if (h.form == LexForm::People && !people_after_the(lex_, toks, i)) continue;
      if (adjective && lex_.entities[h.entity].type != NodeType::Nation) continue;
      if (h.form == LexForm::Demonym && !h.exact_case) {
        const std::string next = j + 1 < toks.size() ? toks[j + 1].key : "";
        bool qualifies = j + 1 < toks.size() && toks[j + 1].word && !lex_.function_word_set.count(next);
        // "Polish and Norwegian troops": a demonym coordinated with another.
        // "the British and the French took part": the next people of the list has its own "the".
        if ((next == "and" || next == "or" || next == ",") && j + 2 < toks.size() &&
            (toks[j + 2].capital || (toks[j + 2].key == "the" && j + 3 < toks.size() && toks[j + 3].capital)))
          qualifies = true;
        if (!qualifies) continue;
      }
      best = j + 1 - i;
      *hit = &h;
      break;
    }
  }
  return best;
}

// "the Black Sea region", "our South Asia correspondent": a region no nation
// holds (a sea, a continent) before a lower-case noun qualifies the noun and
// names no place (cues.json region_nouns). The length of such a name at `i`, else 0.
std::uint32_t Recogniser::region_modifier(const SentenceAnalysis& s, std::uint32_t i) const {
  const auto& toks = s.tokens;
  // Only the word after the run of capitalised words can be the noun: when it is
  // none, no name of the run is looked up.
  std::uint32_t e = i;
  while (e < toks.size() && e - i < lex_.max_name_tokens && toks[e].word && toks[e].capital) ++e;
  if (e == i || e >= toks.size() || !toks[e].word || toks[e].capital || !lex_.region_noun_set.count(toks[e].key)) return 0;
  std::string key;
  for (std::uint32_t j = i; j < toks.size() && j - i < lex_.max_name_tokens && toks[j].word && toks[j].capital; ++j) {
    if (j > i) key.push_back(' ');
    key += toks[j].key;
    auto it = lex_.gazetteer.find(key);
    if (it == lex_.gazetteer.end() || j + 1 >= toks.size()) continue;
    const Token& next = toks[j + 1];
    if (!next.word || next.capital || !lex_.region_noun_set.count(next.key)) continue;
    const LexEntity& place = lex_.entities[it->second.front().entity];
    if (place.type == NodeType::Place && place.located_in.empty()) return j + 1 - i;
  }
  return 0;
}

namespace {

// A body's or a document's head word: "Armed Forces of the Philippines", "Convention on the Rights of ...".
bool head_between(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t from, std::uint32_t to, bool agreement_only) {
  for (std::uint32_t k = from; k < to; ++k)
    if (auto it = lex.head_type.find(toks[k].key);
        it != lex.head_type.end() && (it->second == NodeType::Agreement || (!agreement_only && it->second == NodeType::Organisation)))
      return true;
  return false;
}

// One or two particles between capitalised words of a plain name ("Maarten de Vries").
bool particles_then_name(const Lexicon& lex, std::string_view text, const std::vector<Token>& toks, std::uint32_t k) {
  std::uint32_t m = k;
  while (m < toks.size() && m < k + 2 && toks[m].word && !toks[m].capital && lex.name_particle_set.count(toks[m].key)) ++m;
  return m > k && m < toks.size() && toks[m].word && toks[m].capital && !toks[m].all_caps && !line_break_before(text, toks, m) &&
         !toks[k - 1].all_caps && !lex.head_type.count(toks[k - 1].key);
}

bool article_prefixed_name(const Token& t) {
  std::string_view w = t.text;
  return t.word && w.size() > 4 && (w.starts_with("al-") || w.starts_with("el-")) && std::isupper(static_cast<unsigned char>(w[3]));
}

// "C5 Agency of the Finnish Defence Forces": another body after "of the" is a name of its own;
// not a body every nation has, bare ("Joint Command of the Armed Forces" is one name).
bool body_after(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t k) {
  bool body = false;
  std::string words;
  std::uint32_t e = k;
  for (; e < toks.size() && toks[e].word && toks[e].capital; ++e) {
    words += (words.empty() ? "" : " ") + std::string(toks[e].key);
    if (auto it = lex.head_type.find(toks[e].key); it != lex.head_type.end() && it->second == NodeType::Organisation) body = true;
  }
  bool more = e < toks.size() && toks[e].key == "of";  // "Unit of the Armed Forces of Malta"
  return body && (more || std::none_of(lex.nation_wide_names.begin(), lex.nation_wide_names.end(),
                                       [&](const std::string& n) { return ascii_lowered(n) == words && n.find(' ') != n.npos; }));
}

// "Jane Doe Thursday 3 April": a weekday written out is never a word of a name.
bool written_weekday(const Lexicon& lex, const Token& t) {
  return lex.temporal.weekdays.count(t.key) > 0 && !lex.temporal.short_weekdays.count(t.key);
}

// The end of the name [i, j) once post-nominal letters and a year or edition number are settled.
std::uint32_t name_end_settled(const Lexicon& lex, std::string_view text, const std::vector<Token>& toks, std::uint32_t i,
                               std::uint32_t j) {
  // "Labour MP Sarah Whitby": post-nominal letters before a name start a title and the
  // name; "Mr Cathal Brennan TD": after one they close it and are no part of it.
  for (std::uint32_t k = i + 1; k + 2 < j; ++k)
    if (toks[k].all_caps && lex.post_nominal_set.count(toks[k].key) && toks[k + 1].capital && !toks[k + 1].all_caps) {
      j = k;
      break;
    }
  if (j - i >= 3 && toks[j - 1].all_caps && lex.post_nominal_set.count(toks[j - 1].key)) --j;
  // "Cyber Guard 24", "Amber Lattice 2025 exercise": a year or edition number ends the name
  // (not "Command 24 hours": a noun after the number makes it a count).
  // "Guardian Shield 7.0": a version-style edition too.
  if (std::uint32_t n = edition_length(toks, j); n > 0 && !line_break_before(text, toks, j) && toks[j - 1].capital) {
    const Token* next = j + n < toks.size() ? &toks[j + n] : nullptr;
    auto noun = next ? lex.anaphor_type.find(next->key) : lex.anaphor_type.end();
    // "Silver Reef 2024 was held", "X 2025 begins": a verb after the number is no counted noun
    bool verb = next && (lex.function_word_set.count(next->key) || lex.clause_verb_set.count(next->key));
    bool count = next && next->word && !next->capital && !verb && (next->key.ends_with("s") || next->key == "percent") &&
                 (noun == lex.anaphor_type.end() || (noun->second != NodeType::Exercise && noun->second != NodeType::Event));
    if (!count) j += n;
  }
  return j;
}

// "TALKS ON THE SIDELINES", "MOLDOVA JOINS THE TALLINN CLUB": token `i` lies in four or
// more words in capitals with a function word among them (not "BY" of a byline), a
// heading shouted, whose names are only those the gazetteer knows. "A" of "ON A SNOWY
// FRIDAY" is such a word too. A whole line of two or three such words opening with an
// indefinite article ("A QUIET WEEK", "A NEW DIRECTORATE") is a cross-heading: no name opens so.
bool shouted_heading_at(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t i) {
  auto shouted = [](const Token& t) { return t.word && (t.all_caps || (t.text.size() == 1 && t.capital)); };
  if (!toks[i].all_caps) return false;
  std::uint32_t b = i, e = i + 1;
  while (b > 0 && shouted(toks[b - 1])) --b;
  while (e < toks.size() && shouted(toks[e])) ++e;
  if (b == 0 && e == toks.size() && e >= 3 && (toks[0].key == "a" || toks[0].key == "an")) return true;
  if (e - b < 4) return false;
  for (std::uint32_t k = b; k < e; ++k)
    if (toks[k].key != "by" && lex.function_word_set.count(toks[k].key)) return true;
  return false;
}

// "Memorandum of Cooperation between Japan and the Republic of Estonia on Cyber Capacity
// Building": a formal agreement title names its parties after "between" (capitalised names,
// "the", "of", "and", commas) and then its subject, "on|for" and capitalised words ("in" may say where); the
// end of the title so continued at `j`, else `j`. Without a subject after the parties ("the
// agreement between A and B") the parties are no part of a name.
std::uint32_t agreement_between(const Lexicon& lex, std::string_view text, const std::vector<Token>& toks,
                                std::uint32_t i, std::uint32_t j) {
  if (j + 4 >= toks.size() || toks[j].key != "between" || !head_between(lex, toks, i, j, true)) return j;
  std::uint32_t k = j + 1;
  bool named = false;
  for (; k < toks.size() && k < j + 25 && !line_break_before(text, toks, k); ++k) {
    const Token& t = toks[k];
    if (t.word && t.capital) named = true;
    else if (t.key != "the" && t.key != "of" && t.key != "and" && t.key != ",") break;
  }
  if (!named || k + 1 >= toks.size() || toks[k - 1].key == "and" || toks[k - 1].key == "," ||
      (toks[k].key != "on" && toks[k].key != "for"))
    return j;
  std::uint32_t e = k + 1;
  // not "on Monday", "on 3 March": a time says when it was signed
  while (e < toks.size() && toks[e].word && toks[e].capital && !line_break_before(text, toks, e) &&
         !lex.not_name_set.count(ascii_lowered(toks[e].text)))
    ++e;
  return e > k + 1 ? e : j;
}

}  // namespace

// "Paris Call for Trust and Security in Cyberspace": a document's complement goes on after "in"
// with a word no gazetteer knows, or with a region the gazetteer knows after "the" ("Letter of
// Intent on Capacity Building in the Pacific"; not a nation: "... in the Netherlands" says where
// it was signed). The tokens it adds at `k` to the span from `i`, 0 when none.
std::uint32_t Recogniser::agreement_in(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t k) const {
  const auto& toks = s.tokens;
  if (toks[k].key != "in" || k + 1 >= toks.size()) return 0;
  std::uint32_t taken = 2;
  // "Agreement on Cooperation in the Field of Information Security": a treaty's wording of its subject
  static const std::set<std::string_view> fields = {"field", "fields", "area", "areas", "sphere", "domain"};
  bool field = k + 4 < toks.size() && toks[k + 1].key == "the" && toks[k + 2].capital &&
               fields.count(std::string_view(toks[k + 2].key)) && toks[k + 3].key == "of" && toks[k + 4].word &&
               toks[k + 4].capital && !line_break_before(text_, toks, k + 4);
  if (field) {
    taken = 5;
  } else if (toks[k + 1].text == "the" && k + 2 < toks.size() && toks[k + 2].capital) {
    const LexHit* hit = nullptr;
    std::uint32_t g = gazetteer_match(s, k + 2, &hit);
    if (g == 0 || lex_.entities[hit->entity].type != NodeType::Place || line_break_before(text_, toks, k + 2)) return 0;
    taken = 2 + g;
  } else if (!toks[k + 1].word || !toks[k + 1].capital || toks[k + 1].all_caps || line_break_before(text_, toks, k + 1) ||
             lex_.gazetteer.count(toks[k + 1].key) || lex_.not_name_set.count(ascii_lowered(toks[k + 1].text))) {
    return 0;
  }
  // (an agreement's head before "between": "Agreement between A and B on X in the Field of Y")
  for (std::uint32_t m = i + 1; m + 1 < k; ++m)
    if ((toks[m].key == "of" || toks[m].key == "for" || toks[m].key == "on" || toks[m].key == "between") &&
        (head_between(lex_, toks, m - 1, m, true) || joined_head(lex_, toks, m - 1, k) != nullptr))
      return taken;
  return 0;
}

// "Ministers' Meeting": an apostrophe written right after a plural of
// cues.json plural_possessive_name_words, then a capitalised word.
bool Recogniser::plural_possessive_inside(const SentenceAnalysis& s, std::uint32_t j) const {
  const auto& toks = s.tokens;
  if (j == 0 || j + 1 >= toks.size() || toks[j].text != "'" || toks[j - 1].end != toks[j].start) return false;
  if (!toks[j + 1].word || !toks[j + 1].capital || line_break_before(text_, toks, j + 1)) return false;
  const auto& words = lex_.plural_possessive_name_words;
  return std::find(words.begin(), words.end(), toks[j - 1].text) != words.end();
}

// "Prime Minister's Office", "President's Office": at the "'s" `j` of a span from `i` that
// is only a title, a capitalised organisation head word makes the office one name.
bool Recogniser::office_of_title(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const {
  const auto& toks = s.tokens;
  if (j + 1 >= toks.size() || toks[j].key != "'s" || !toks[j + 1].capital || line_break_before(text_, toks, j + 1)) return false;
  auto head = lex_.head_type.find(toks[j + 1].key);
  if (head == lex_.head_type.end() || head->second != NodeType::Organisation) return false;
  std::string relation;
  return strip_title(s, i, j, &relation) == j - i;
}

// "Tallinn Statement on the X", "Letter of Intent on the X": an agreement's head of several
// words, the last of them the connector at `at` or just before it
static bool joined_agreement_head(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t from, std::uint32_t at) {
  for (std::uint32_t k = from; k < at; ++k)
    if (const NodeType* t = joined_head(lex, toks, k, at + 1); t && *t == NodeType::Agreement) return true;
  return false;
}

// "Armed Forces of the Philippines", "Ministry of the Interior": "of/for/on the" and a capitalised
// word go on with a name after a head word only; a body after it is its own name ("Program of
// the National Guard Bureau"), unless an agreement's subject ("Arrangement on the X Response Cell")
static bool head_goes_on_after_the(const Lexicon& lex, std::string_view text, const std::vector<Token>& toks,
                                   std::uint32_t i, std::uint32_t j) {
  bool on = toks[j].key == "on";
  if (!(toks[j].key == "of" || toks[j].key == "for" || on) || j + 2 >= toks.size() || toks[j + 1].key != "the" ||
      !toks[j + 2].word || !toks[j + 2].capital || line_break_before(text, toks, j + 2) ||
      lex.not_name_set.count(ascii_lowered(toks[j + 2].text)))
    return false;
  if (!head_between(lex, toks, i, j, on) && !joined_agreement_head(lex, toks, i, j)) return false;
  return !body_after(lex, toks, j + 2) || (on && (head_between(lex, toks, i, j, true) || joined_agreement_head(lex, toks, i, j)));
}

// "Office of the Assistant to the Secretary of Defense": the office of a title "to" another
static bool office_of_title_to_title(const Lexicon& lex, std::string_view text, const std::vector<Token>& toks,
                                     std::uint32_t i, std::uint32_t j) {
  return toks[j].key == "to" && j >= i + 3 && j + 2 < toks.size() && toks[j - 2].key == "the" &&
         toks[j - 3].key == "of" && head_between(lex, toks, i, j - 3, false) &&
         (lex.title_relation.count(toks[j - 1].key) || lex.deputy_set.count(toks[j - 1].key)) &&
         toks[j + 1].key == "the" && toks[j + 2].word && toks[j + 2].capital && !line_break_before(text, toks, j + 2);
}

// "Ministry of Electronics & IT", "Department of Science and ICT": at the connector `j`, capitals
// that name no body (cues.json not_org_acronyms) closing the name; not "... and IT firms".
bool Recogniser::portfolio_acronym_at(const SentenceAnalysis& s, std::uint32_t j) const {
  const auto& toks = s.tokens;
  if ((toks[j].key != "and" && toks[j].key != "&") || j + 1 >= toks.size() || !toks[j + 1].all_caps ||
      !lex_.not_org_acronym_set.count(toks[j + 1].key))
    return false;
  if (toks[j].key == "&" || j + 2 >= toks.size()) return true;
  const Token& next = toks[j + 2];
  return !next.word || next.capital || lex_.function_word_set.count(next.key) || lex_.clause_verb_set.count(next.key);
}

// "Baltic Range Partners UAB of Vilnius", "Ruhr Secure GmbH and Thames Signal Ltd": a company's
// legal form closes its name; "of" after it says where the company is, "and" names another.
// Not "MINISTRY OF DEFENCE" (a head word shouted), "Sub-Committee of", "CERT of" (a team's word).
bool Recogniser::company_closed_at(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const {
  const Token& form = s.tokens[j - 1];
  if ((s.tokens[j].key != "of" && s.tokens[j].key != "and") || j < i + 2 || form.text.find('-') != std::string_view::npos ||
      (form.all_caps && form.text.size() > 3))
    return false;
  for (const auto& part : lex_.team_acronym_parts)
    if (form.key == part || ascii_lowered(form.text) == ascii_lowered(part)) return false;
  return legal_form_word(lex_, form.text);
}

// "Coral Harbour Base for Exuma Flamingo": "for" after a place's head word (cues.json
// head_words Place) says what the place served, it joins no name ("Centre for X" is a body's).
bool Recogniser::place_head_then_for(const std::vector<Token>& toks, std::uint32_t j) const {
  if (j == 0 || toks[j].key != "for") return false;
  auto head = lex_.head_type.find(toks[j - 1].key);
  return head != lex_.head_type.end() && head->second == NodeType::Place;
}

// "the Cyber Diplomacy Division of India's Ministry of External Affairs": a complement "of" a
// nation whose possessive opens a body's name is that body's owner, no part of the name before
// "of" (the division is the ministry's; patterns.json unit_words). The end cut before "of", else j.
std::uint32_t Recogniser::possessed_complement_cut(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const {
  const auto& toks = s.tokens;
  if (j + 1 >= toks.size() || toks[j].key != "'s" || !toks[j + 1].capital) return j;
  auto body_head = lex_.head_type.find(toks[j + 1].key);
  if (body_head == lex_.head_type.end() || body_head->second != NodeType::Organisation) return j;
  for (std::uint32_t of = j; of-- > i + 1;) {
    if (toks[of].key != "of") continue;
    // a unit's word before "of" ("Division", "Cell"), not "University of Chile's institute"
    if (!lex_.unit_word_set.count(toks[of - 1].key)) return j;
    std::uint32_t from = toks[of + 1].key == "the" ? of + 2 : of + 1;
    const LexHit* hit = nullptr;
    bool nation = gazetteer_match(s, from, &hit) == j - from && lex_.entities[hit->entity].type == NodeType::Nation;
    const LexHit* whole = nullptr;
    return nation && gazetteer_match(s, i, &whole) != j - i ? of : j;
  }
  return j;
}

std::uint32_t Recogniser::capital_span(const SentenceAnalysis& s, std::uint32_t i) const {
  const auto& toks = s.tokens;
  if (!toks[i].word || !toks[i].capital || shouted_heading_at(lex_, toks, i)) return 0;
  std::uint32_t j = i + 1;
  auto line_break = [&](std::uint32_t k) { return line_break_before(text_, toks, k); };
  auto head_in = [&](std::uint32_t from, std::uint32_t to, bool agreement_only) {
    return head_between(lex_, toks, from, to, agreement_only);
  };
  while (j < toks.size() && !line_break(j)) {
    if (toks[j].word && toks[j].capital && !written_weekday(lex_, toks[j])) {
      ++j;
    } else if (is_connector(toks[j].key) && !place_head_then_for(toks, j) && j + 1 < toks.size() && toks[j + 1].word && toks[j + 1].capital &&
               !line_break(j + 1) && (!lex_.not_name_set.count(ascii_lowered(toks[j + 1].text)) || portfolio_acronym_at(s, j)) &&
               !company_closed_at(s, i, j)) {
      j += 2;  // not "the Summit on Monday": a weekday or month after it is no part of a name
    } else if (head_goes_on_after_the(lex_, text_, toks, i, j)) {
      j += 3;  // "Armed Forces of the Philippines", "Ministry of the Interior"
    } else if (toks[j].key == "against" && j + 1 < toks.size() && toks[j + 1].word && toks[j + 1].capital &&
               !toks[j + 1].all_caps && !line_break(j + 1) && head_in(j - 1, j, false)) {
      j += 2;  // "Committee against Terrorism", "Convention against Torture": right after the head word
    } else if (office_of_title_to_title(lex_, text_, toks, i, j)) {
      j += 3;  // "Office of the Assistant to the Secretary of Defense"
    } else if (office_of_title(s, i, j)) {
      j += 2;  // "Prime Minister's Office": an office named after the title it serves
    } else if (plural_possessive_inside(s, j)) {
      j += 2;  // "ASEAN Defence Ministers' Meeting": the apostrophe of a plural inside the name
    } else if (std::uint32_t m = title_through(s, i, j); m > j) {
      j = m;  // "Chief of the Defence Staff": a title that goes on after "of the"
    } else if (std::uint32_t m = agreement_in(s, i, j); m > 0) {
      j += m;
    } else if (std::uint32_t m = agreement_between(lex_, text_, toks, i, j); m > j) {
      j = m;  // "Memorandum of Cooperation between Japan and Estonia on Cyber Capacity Building"
    } else if (std::uint32_t m = portfolio_list_end(s, i, j); m > j) {
      j = m;  // "Ministry of Communication, Digital Technology and Innovations"
    } else if (std::uint32_t m = foreign_complement(s, i, j); m > j) {
      j = m;  // "Centro Nacional de Cibersegurança", "Comando per le Operazioni in Rete"
    } else if (std::uint32_t m = acronym_through_in(s, i, j); m > j) {
      j = m;  // "French Armed Forces in the Southern Indian Ocean Zone (FAZSOI)"
    } else if (article_prefixed_name(toks[j]) && !toks[j - 1].all_caps) {
      ++j;  // "Ahmed al-Mansouri", "Amr el-Sayed": the article joined to a capitalised name
    } else if (particles_then_name(lex_, text_, toks, j)) {
      while (!toks[j].capital) ++j;  // "Maarten de Vries", "Ursula von der Leyen"
    } else {
      break;
    }
  }
  j = cut_coordination(s, i, j);
  j = title_cut(s, i, j);
  j = possessed_complement_cut(s, i, j);
  return name_end_settled(lex_, text_, toks, i, j) - i;
}

// The end of a name without its year or edition number ("Cyber Guard" of "Cyber Guard 24").
std::uint32_t Recogniser::name_end(const SentenceAnalysis& s, std::uint32_t b, std::uint32_t e) const {
  if (e - b >= 4 && decimal_edition_at(s.tokens, e - 3)) return e - 3;
  return e - b >= 2 && year_number(s.tokens[e - 1]) ? e - 1 : e;
}

// Where a run of capitalised words joined by connectors stops being one
// name. "of"/"for"/"on" stay when a head word or title before them makes
// the whole a name ("Ministry of National Defense", "Council on Foreign
// Relations"), not a list ("LG and Samsung"). "and" stays inside a name's
// complement ("Institute of Electronics and Computer Science") or before
// its head ("Science and Technology Agency"), but a known name or a second
// head after it starts another entity ("Ministry of Defence and Cyber Command").
// "University of Tartu and Bursztyn Security": a complement that is only a place or a nation
// the gazetteer knows (from the "of" at `of` to the "and" at `k`) lists no portfolio.
bool Recogniser::place_complement(const SentenceAnalysis& s, std::uint32_t of, std::uint32_t k) const {
  std::uint32_t b = of + 1 < k && s.tokens[of + 1].key == "the" ? of + 2 : of + 1;
  const LexHit* hit = nullptr;
  if (b >= k || gazetteer_match(s, b, &hit) != k - b) return false;
  NodeType type = lex_.entities[hit->entity].type;
  return type == NodeType::Place || type == NodeType::Nation;
}

std::uint32_t Recogniser::cut_coordination(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const {
  const auto& toks = s.tokens;
  auto is_head = [&](std::uint32_t k) { return lex_.head_type.count(toks[k].key) > 0; };
  auto head_in = [&](std::uint32_t from) { for (std::uint32_t m = from; m < j; ++m) if (is_head(m)) return true; return false; };
  std::string relation;  // "Vice Minister of National Defense X": a title of two words heads it too
  // A title or head word before matters only at an "of", "for" or "on": most spans have none, and skip them.
  bool linked = false;
  for (std::uint32_t k = i; k < j && !linked; ++k) linked = toks[k].key == "of" || toks[k].key == "for" || toks[k].key == "on";
  bool titled = linked && (lex_.title_relation.count(toks[i].key) > 0 || strip_title(s, i, j, &relation) > 0);
  if (titled) {
    // "Deputy Minister Nowak for Latvia's support": a "for" after the title's holder is no
    // portfolio of the title ("Minister for Foreign Affairs X" has it right after)
    std::uint32_t title = std::max<std::uint32_t>(strip_title(s, i, j, &relation), 1);
    std::uint32_t link = i;
    while (link < j && toks[link].key != "of" && toks[link].key != "for" && toks[link].key != "on") ++link;
    titled = link <= i + title || toks[link].key != "for";
  }
  bool head_before = titled;
  std::int64_t complement = -1;  // first "of"/"for"/"on" after a head word
  for (std::uint32_t k = i; k < j; ++k) {
    const WordKey& key = toks[k].key;
    // "Memorandum ... between Japan and the Republic of Estonia on ...": the parties of a
    // title agreement_between() took are its own (only it takes a "between")
    if (key == "between" && head_between(lex_, toks, i, k, true)) return j;
    if (key == "of" || key == "for" || key == "on") {
      head_before |= k > i && joined_head(lex_, toks, k - 1, j) != nullptr;  // "Letter of Intent on X"
      if (!head_before) {
        bool head_later = head_in(k + 1);
        // "on" needs a head before it; "of"/"for" a head anywhere ("Bank of Korea", "Friends of Europe Group")
        if (key == "on" || !head_later) return k;
      }
      if (complement < 0) complement = k;
    } else if ((key == "and" || key == "&") && !keeps_connector(s, i, j, k, complement)) {
      return k;
    }
    head_before |= linked && is_head(k);
  }
  return j;
}

// Whether the "and" or "&" at k inside the span [i, j) joins words of one name
// ("Ministry of Digital Economy and Society") rather than two names; `complement`
// is the first "of"/"for"/"on" after a head word (-1 for none).
bool Recogniser::keeps_connector(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j, std::uint32_t k,
                                 std::int64_t complement) const {
  const auto& toks = s.tokens;
  const WordKey& key = toks[k].key;
  auto is_head = [&](std::uint32_t m) { return lex_.head_type.count(toks[m].key) > 0; };
  auto head_in = [&](std::uint32_t from) { for (std::uint32_t m = from; m < j; ++m) if (is_head(m)) return true; return false; };
  bool head_after = head_in(k + 1);
  const LexHit* hit = nullptr;
  // "Ministry of Electronics & IT", "Ministry of Posts and ICT": capitals that name no body
  // (cues.json not_org_acronyms) are a portfolio, not a nation's code after the connector
  bool portfolio_acronym = k + 2 == j && toks[k + 1].all_caps && lex_.not_org_acronym_set.count(toks[k + 1].key);
  bool named_after = k + 1 < j && !portfolio_acronym &&
                     (gazetteer_match(s, k + 1, &hit) > 0 || lex_.title_relation.count(toks[k + 1].key) ||
                      lex_.given_name_set.count(toks[k + 1].key));
  // "TU Delft and Defence Cyber Command": a name the document or gazetteer knows before "and" is whole.
  bool known_before = known_.count(key_of(s, i, k)) > 0 || gazetteer_match(s, i, &hit) == k - i;
  // "Ministry of Digital Economy and Society": one last word after "and" ends the portfolio;
  // so do two closing with a portfolio word ("Institute of Information and Marine Technologies",
  // cues.json portfolio_words) even when that word also heads a firm's name
  bool portfolio_word = (k + 2 == j && (!toks[k + 1].all_caps || portfolio_acronym)) ||
                        (k + 3 == j && !toks[k + 1].all_caps && !is_head(k + 1) && lex_.portfolio_word_set.count(toks[k + 2].key));
  // "NHS Grampian and Aberdeen City Council": a name of two words or more before "and" and a
  // known name opening the words after it are two bodies ("Science and Technology Agency" one)
  const LexHit* after_hit = nullptr;
  bool known_after = k >= i + 2 && k + 1 < j && gazetteer_match(s, k + 1, &after_hit) > 0;
  // "French Ministry for Europe and Foreign Affairs": the gazetteer knows the whole span,
  // or all of it after its first word (a demonym), as one name
  if (gazetteer_match(s, i, &after_hit) == j - i || (i + 2 < j && gazetteer_match(s, i + 1, &after_hit) == j - i - 1))
    return true;
  bool keep = complement >= 0
                  ? ((!head_after || portfolio_word) && !named_after && !place_complement(s, complement, k))
                  : head_after && !known_before && !known_after;
  // "Director of Signals & Cyber Command": prose lists with "and"; an ampersand between
  // capitalised words is a name's own, unless a known name stands on either side of it.
  if (key == "&") keep = !named_after && !known_before;
  return keep;
}

}  // namespace newsgraph::detail
