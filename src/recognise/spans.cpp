// Pass 1 of recognition: gazetteer names and capitalised spans typed by
// their head word, a title, an acronym definition or their context.
#include <algorithm>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {
bool first_word_of(const SentenceAnalysis& s, std::uint32_t b) {
  for (std::uint32_t k = 0; k < b; ++k)
    if (s.tokens[k].word) return false;
  return true;
}

bool plain_words(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e) {
  for (std::uint32_t k = b; k < e; ++k)
    if (!toks[k].word || toks[k].all_caps || !toks[k].capital) return false;
  return true;
}

namespace {

bool hyphenated_given_name(std::string_view w) {
  auto dash = w.find('-');
  return dash != std::string_view::npos && dash > 0 && dash + 1 < w.size() &&
         std::islower(static_cast<unsigned char>(w[dash + 1]));
}

// "Min-seo", "Hye-jin", "Xiao-ming": two romanised syllables of at most five letters, joined by a
// hyphen, the second in lower case.
bool syllable_given_name(std::string_view w) {
  auto dash = w.find('-');
  if (!hyphenated_given_name(w) || dash > 5 || w.size() - dash - 1 > 5) return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return c == '-' || std::isalpha(static_cast<unsigned char>(c)); });
}

// "Home > Region > Security", "Home › News › Cyber dialogue": the words of a
// site's navigation trail (on either side of its separators) name no entity.
bool navigation_separator(const Token& t) { return t.key == ">" || t.text == "\u203A" || t.text == "\u00BB"; }
bool in_navigation_trail(const std::vector<Token>& toks, std::uint32_t i) {
  return (i > 0 && navigation_separator(toks[i - 1])) || (i + 1 < toks.size() && navigation_separator(toks[i + 1]));
}

// "LOCAL NEWS | Tuesday, May 5, 2026", "WORLD | Defence": words in capitals that open a
// line and end at a "|" are the page's section label, no name. Their number, else 0.
std::uint32_t section_label(std::string_view text, const std::vector<Token>& toks, std::uint32_t i) {
  if (i > 0 && !line_break_before(text, toks, i)) return 0;
  std::uint32_t e = i;
  while (e < toks.size() && e - i < 4 && toks[e].word && toks[e].all_caps) ++e;
  return e > i && e < toks.size() && toks[e].text == "|" ? e - i : 0;
}

// "WHO TOOK PART", "WHAT WAS SIGNED": a line of two or more words, all in capitals, is a
// crosshead; in it an acronym that is also a function word or pronoun ("WHO", "IT") is that word.
bool shouted_word(const Lexicon& lex, const SentenceAnalysis& s, std::uint32_t i) {
  const WordKey& key = s.tokens[i].key;
  if (!lex.function_word_set.count(key) && !lex.subject_pronoun_set.count(key)) return false;
  int words = 0;
  for (const auto& t : s.tokens) {
    if (!t.word) continue;
    // "5. WHO'S IN TOWN": a number (a paragraph's) has no case
    if (std::all_of(t.text.begin(), t.text.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    if (!t.all_caps && !(t.capital && t.text.size() == 1)) return false;  // "WHAT A DAY"
    ++words;
  }
  return words >= 2;
}

}  // namespace

// "Korea-U.S. talks", "the Japan-Australia framework": a compound of nation
// names mentions each nation (the compound stays one token of the name); so
// does one of demonyms before a lower-case noun ("a joint Romanian-Polish team").
void Recogniser::note_nation_compounds(const SentenceAnalysis& s) {
  for (std::size_t ti = 0; ti < s.tokens.size(); ++ti) {
    const Token& t = s.tokens[ti];
    if (!t.word || !t.capital || t.text.find('-') == std::string_view::npos || s.headline) continue;
    bool before_noun = ti + 1 < s.tokens.size() && s.tokens[ti + 1].word && !s.tokens[ti + 1].capital &&
                       !lex_.function_word_set.count(s.tokens[ti + 1].key);
    std::vector<std::pair<std::uint32_t, std::string>> nations;
    std::size_t from = 0;
    while (from <= t.text.size()) {
      std::size_t dash = t.text.find('-', from);
      std::string part(t.text.substr(from, dash == std::string_view::npos ? std::string_view::npos : dash - from));
      auto it = lex_.gazetteer.find(lex_.name_key_of(part));
      const LexHit* hit = it == lex_.gazetteer.end() ? nullptr : &it->second.front();
      bool caps = std::none_of(part.begin(), part.end(), [](unsigned char c) { return std::islower(c); });
      bool demonym = hit && hit->form == LexForm::Demonym;
      if (!hit || lex_.entities[hit->entity].type != NodeType::Nation || (demonym && !before_noun) ||
          (hit->exact_case && !caps))
        break;
      nations.emplace_back(hit->entity, demonym ? std::string() : part);
      if (dash == std::string_view::npos) break;
      from = dash + 1;
    }
    if (nations.size() < 2 || from > t.text.size() || t.text.find('-', from) != std::string_view::npos) continue;
    for (const auto& [id, part] : nations) lexicon_entity(id, part);
  }
}

void Recogniser::scan_sentence(std::size_t si) {
  auto& s = doc_.sentences[si];
  note_nation_compounds(s);
  std::uint32_t i = 0, n = static_cast<std::uint32_t>(s.tokens.size());
  while (i < n) {
    const Token& t = s.tokens[i];
    if (!t.word || !t.capital || t.key == "the" || in_navigation_trail(s.tokens, i)) {
      ++i;
      continue;
    }
    if (std::uint32_t r = region_modifier(s, i); r > 0) {
      i += r;
      continue;
    }
    const LexHit* hit = nullptr;
    std::uint32_t g = gazetteer_match(s, i, &hit);
    if (g == 1 && shouted_word(lex_, s, i)) {
      ++i;
      continue;
    }
    if (std::uint32_t label = g == 0 ? section_label(text_, s.tokens, i) : 0; label > 0) {
      i += label;  // not "NATO | Brussels": a name the gazetteer knows stays one
      continue;
    }
    std::uint32_t c = s.headline && i < s.title_end ? (i == 0 && si > 0 ? body_line(s) : 0) : capital_span(s, i);
    if (std::uint32_t known = g > 0 && c > g ? known_longer_name(s, i, g, c) : 0; known > 0) {
      i += known;
      continue;
    }
    if (g == 0 && c > 2 && t.all_caps && defined_acronym_titled(si, i, c)) {
      ++i;
      continue;
    }
    bool span_wins = c > g && g > 0 && span_beats_gazetteer(si, i, g, c, *hit);
    if (span_wins && lex_.entities[hit->entity].type == NodeType::Nation && hit->form == LexForm::Demonym) {
      // "the Dutch National Cyber Security Centre" still mentions the Netherlands.
      std::string surface = span_text(text_, s, i, i + g);
      int e = lexicon_entity(hit->entity, {});
      auto& names = doc_.entities[e].names;
      if (std::find(names.begin(), names.end(), surface) == names.end()) names.push_back(surface);
    }
    if (g > 0 && !span_wins)
      i += add_gazetteer_mention(si, i, g, *hit);
    else
      i += c == 0 ? 1 : process_span(si, i, i + c);
  }
}

// "Ministry of Defence of the Republic of Croatia" alone on a line (a letterhead, an address
// block) reads as a headline, yet is one body's name: a line that is one span opening with an
// organisation's head word, with a lower-case "of" or "for", closing with a known name, a
// head word or the word after the connector ("Ministry of Defence"). Its length, else 0 (not
// "Ministry of Defence Hosts Cyber Talks"). Never the document's first line, its headline.
std::uint32_t Recogniser::body_line(const SentenceAnalysis& s) const {
  const auto& toks = s.tokens;
  if (toks.size() < 3 || toks.size() > 12 || toks[0].all_caps) return 0;
  auto head = lex_.head_type.find(toks[0].key);
  if (head == lex_.head_type.end() || head->second != NodeType::Organisation) return 0;
  auto n = static_cast<std::uint32_t>(toks.size());
  if (capital_span(s, 0) != n) return 0;
  bool linked = false;
  for (std::uint32_t k = 1; k + 1 < n; ++k) {
    linked |= !toks[k].capital && (toks[k].key == "of" || toks[k].key == "for");
    if (lex_.clause_verb_set.count(toks[k].key) || lex_.exercise_verb_set.count(toks[k].key)) return 0;  // "... Opens ..."
  }
  const WordKey& before = toks[n - 2].key;
  const LexHit* hit = nullptr;
  auto last = lex_.head_type.find(toks[n - 1].key);
  bool closes = before == "of" || before == "for" || before == "the" ||
                (last != lex_.head_type.end() && last->second == NodeType::Organisation) ||
                (lex_.gazetteer.count(toks[n - 1].key) && gazetteer_match(s, n - 1, &hit) == 1);
  return linked && closes ? n : 0;
}

// "Baltic Kite taught them ...": a name the document gave before, longer than the
// gazetteer's ("Baltic"), is that name again (bound by rescan_known). Its length, else 0.
std::uint32_t Recogniser::known_longer_name(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t g,
                                            std::uint32_t c) const {
  std::string key(s.tokens[i].key);
  std::uint32_t known = 0;
  for (std::uint32_t k = i + 1; k < i + c; ++k) {
    key += ' ';
    key += s.tokens[k].key;
    if (k + 1 > i + g && known_.count(key)) known = k + 1 - i;
  }
  return known;
}

// "RCDC Director Jan Berg": an acronym the document defined, then a title and a name;
// the acronym is mentioned (and the rest read next).
bool Recogniser::defined_acronym_titled(std::size_t si, std::uint32_t i, std::uint32_t c) {
  const auto& s = doc_.sentences[si];
  std::string relation;
  auto known = known_.find(std::string(s.tokens[i].key));
  if (known == known_.end() || doc_.entities[known->second].type != NodeType::Organisation ||
      strip_title(s, i + 1, i + c, &relation) == 0)
    return false;
  add_mention(si, i, i + 1, known->second, MentionKind::Acronym);
  return true;
}

// Whether the capitalised span i..i+c, which begins with the gazetteer's name i..i+g, is a
// name of its own.
bool Recogniser::span_beats_gazetteer(std::size_t si, std::uint32_t i, std::uint32_t g, std::uint32_t c,
                                      const LexHit& hit) {
  const auto& s = doc_.sentences[si];
  // "Chinese Communist Party", "Estonian Defence Forces": a name that
  // begins with a gazetteer word and ends with a head word.
  std::uint32_t ce = name_end(s, i, i + c);
  for (std::uint32_t k = i + g; k < ce; ++k) {
    auto it = lex_.head_type.find(s.tokens[k].key);
    // "Conference on X", "Convention against Y"
    bool before_connector = k + 1 < ce && (is_connector(s.tokens[k + 1].key) || s.tokens[k + 1].key == "against");
    if (it != lex_.head_type.end() &&
        (it->second == NodeType::Organisation || it->second == NodeType::Place || k + 1 == ce || before_connector))
      return true;
    if (joined_head(lex_, s.tokens, k, ce) != nullptr) return true;  // "Tallinn Statement on X"
  }
  // "Riga Morning", "Korea Herald" named as outlets by their context; "a
  // tabletop exercise, Baltic Bridge," named as an exercise.
  auto context = context_type(si, i, i + c);
  NodeType known = lex_.entities[hit.entity].type;
  // "Jordan Peterson said", "Georgia Lind, a researcher": a given name that is also a
  // nation's or place's opens a person's name where the words around call it one.
  bool wins = context == NodeType::Organisation ||
              (context == NodeType::Person && g == 1 && c <= 3 && lex_.given_name_set.count(s.tokens[i].key) &&
               hit.form != LexForm::Demonym && (known == NodeType::Nation || known == NodeType::Place));
  if ((context == NodeType::Exercise || context == NodeType::Event) && known == NodeType::Place) {
    // a place word opening the name ("Baltic Bridge"), not a nation's or a body's (their own
    // mentions), nor another known name inside it ("the Tallinn Cyber Coalition exercise")
    const LexHit* inner = nullptr;
    wins = true;
    for (std::uint32_t k = i + g; k < i + c && wins; ++k) wins = gazetteer_match(s, k, &inner) == 0;
  }
  return wins;
}

// The gazetteer's name i..i+g as a mention (a demonym's form kept among the nation's
// names); the tokens taken.
std::uint32_t Recogniser::add_gazetteer_mention(std::size_t si, std::uint32_t i, std::uint32_t g, const LexHit& hit) {
  const auto& s = doc_.sentences[si];
  MentionKind kind = hit.form == LexForm::Demonym ? MentionKind::Demonym : MentionKind::Name;
  int e = lexicon_entity(hit.entity, kind == MentionKind::Demonym ? std::string() : span_text(text_, s, i, i + g));
  if (kind == MentionKind::Demonym) {
    auto& names = doc_.entities[e].names;
    std::string d = span_text(text_, s, i, i + g);
    if (std::find(names.begin(), names.end(), d) == names.end()) names.push_back(d);
  }
  add_mention(si, i, i + g, e, kind);
  if (kind == MentionKind::Name && g >= 2 && doc_.entities[e].type == NodeType::Organisation) note_name_nations(si, i, i + g);
  // "Lithuania's National Cyber Security Centre (NKSC)": a known body's acronym in its own language.
  if (kind == MentionKind::Name && doc_.entities[e].type == NodeType::Organisation && own_acronym_at(s, i + g, i)) {
    std::string acr(s.tokens[i + g + 1].text);
    known_[lex_.name_key_of(acr)] = e;
    auto& names = doc_.entities[e].names;
    if (std::find(names.begin(), names.end(), acr) == names.end()) names.push_back(acr);
    add_mention(si, i + g + 1, i + g + 2, e, MentionKind::Acronym);
    return g + 3;
  }
  return g;
}

// Titles at the start of a span ("Secretary General", "Prof."): how many
// tokens they take, and the relation the longest one implies.
std::uint32_t Recogniser::strip_title(const SentenceAnalysis& s, std::uint32_t b, std::uint32_t e,
                                      std::string* relation) const {
  // "Vice Defense Minister X", "Deputy Foreign Minister X": a deputy's word before a title
  // (portfolio words between) makes the whole the title, held as a deputy.
  if (b + 2 < e && s.tokens[b].capital && lex_.deputy_set.count(s.tokens[b].key)) {
    std::string held;
    if (std::uint32_t t = strip_title(s, b + 1, e, &held); t > 0) {
      *relation = "affiliated_with";
      return t + 1;
    }
  }
  std::uint32_t taken = 0;
  while (b + taken < e) {
    std::uint32_t best = 0;
    // "Defense Secretary X", "Interior Minister X", "National Security Adviser X", "State
    // Minister of Defense X": portfolio words and a body's prefix ("State", "Federal")
    // (no head word of a body) before the first title belong to it.
    std::uint32_t lead = 0;
    if (taken == 0)
      while (lead < 3 && b + lead + 1 < e && s.tokens[b + lead].capital && !s.tokens[b + lead].all_caps &&
             (lex_.generic_org_set.count(s.tokens[b + lead].key) || lex_.org_prefix_set.count(s.tokens[b + lead].key)) &&
             !lex_.head_type.count(s.tokens[b + lead].key) &&
             !lex_.title_relation.count(s.tokens[b + lead].key))
        ++lead;
    for (std::uint32_t from : {b + taken, b + taken + lead}) {
      std::string key;
      for (std::uint32_t j = from; j < e && j - from < lex_.max_title_tokens; ++j) {
        if (j > from) key.push_back(' ');
        key += s.tokens[j].key;
        auto it = lex_.title_relation.find(key);
        if (it != lex_.title_relation.end() && s.tokens[from].capital) {
          best = j + 1 - b - taken;
          if (relation->empty() || it->second == "leads") *relation = it->second;
        }
      }
      if (best > 0 || lead == 0) break;
    }
    if (best == 0) break;
    taken += best;
  }
  // "General Directorate of X", "General Staff of the FAR": a title right before a body's
  // head word is a word of the body's name, not a person's title
  if (taken > 0 && b + taken < e && s.tokens[b + taken].capital) {
    auto head = lex_.head_type.find(s.tokens[b + taken].key);
    if (head != lex_.head_type.end() && head->second == NodeType::Organisation) return 0;
  }
  return taken;
}

// "Subcommittee on Cyber and Trade (CYTR)": an acronym spelled by the words after a body's
// head word and "of"/"on"/"for" (tail [k, ...) of the span from `b`) names the whole body.
bool Recogniser::complement_of_head(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t k) const {
  std::uint32_t link = k > b && toks[k - 1].key == "the" ? k - 1 : k;
  if (link <= b + 1 || (toks[link - 1].key != "of" && toks[link - 1].key != "on" && toks[link - 1].key != "for")) return false;
  for (std::uint32_t m = b; m + 1 < link; ++m)
    if (auto it = lex_.head_type.find(toks[m].key); it != lex_.head_type.end() && it->second == NodeType::Organisation)
      return true;
  return false;
}

bool Recogniser::acronym_after(const SentenceAnalysis& s, std::uint32_t e, std::uint32_t* b) const {
  const auto& toks = s.tokens;
  if (e + 2 >= toks.size() || toks[e].key != "(" || toks[e + 2].key != ")") return false;
  bool team = team_acronym(toks[e + 1].text);
  if (!toks[e + 1].all_caps && !team) return false;
  std::string letters;
  for (char c : toks[e + 1].text.substr(0, team ? toks[e + 1].text.find_first_of("-.") : std::string_view::npos))
    if (std::isupper(static_cast<unsigned char>(c))) letters.push_back(c);
  // "Dutch National Cyber Security Centre (NCSC-NL)": the code names the
  // nation the span already names, so the span is not cut to the initials.
  if (team) return letters_in_order(toks, *b, e, letters);
  // Exact initials of a tail of the span: the span starts there.
  std::string initials;
  for (std::uint32_t k = e; k-- > *b;) {
    if (lex_.function_word_set.count(toks[k].key) || !toks[k].word) continue;
    initials.insert(initials.begin(), static_cast<char>(std::toupper(static_cast<unsigned char>(toks[k].text[0]))));
    if (initials == letters) {
      if (!complement_of_head(toks, *b, k)) *b = k;
      return true;
    }
  }
  // "Nordic Defence Cooperation (NORDEFCO)": the acronym joins the first
  // letters of each word of a tail of the span; the span starts there.
  for (std::uint32_t k = *b; k + 1 < e; ++k)
    if (toks[k].word && toks[k].capital && letters_by_prefixes(toks, k, e, ascii_lowered(letters))) {
      if (!complement_of_head(toks, *b, k)) *b = k;
      return true;
    }
  // Else the acronym's letters in order among the span's capitals.
  return letters_in_order(toks, *b, e, letters);
}

// "(NSM)" at `k`: a parenthesised acronym no gazetteer knows, short enough to be a body's;
// or one in mixed case ("(ComDCiber)"), or spelled from the name [b, k) ("(Nacsa)").
// "Network Operations Command (Comando per le Operazioni in Rete, COR)": the name in the
// body's own language, then its acronym, in the brackets at k. The acronym's token, else 0.
std::uint32_t Recogniser::foreign_name_acronym_at(const SentenceAnalysis& s, std::uint32_t k) const {
  constexpr std::uint32_t kMaxNameTokens = 10;
  const auto& toks = s.tokens;
  if (k + 5 >= toks.size() || toks[k].key != "(" || !toks[k + 1].word || !toks[k + 1].capital) return 0;
  std::uint32_t comma = k + 1;
  while (comma < toks.size() && comma < k + 1 + kMaxNameTokens && toks[comma].word) ++comma;
  if (comma - k < 3 || comma + 2 >= toks.size() || toks[comma].key != "," || toks[comma + 2].key != ")") return 0;
  const Token& t = toks[comma + 1];
  if (!t.all_caps || t.text.size() < 2 || t.text.size() > 8 || lex_.gazetteer.count(t.key) ||
      lex_.not_org_acronym_set.count(t.key))
    return 0;
  return comma + 1;
}

bool Recogniser::own_acronym_at(const SentenceAnalysis& s, std::uint32_t k, std::uint32_t b) const {
  if (k + 2 >= s.tokens.size() || s.tokens[k].key != "(" || s.tokens[k + 2].key != ")") return false;
  const Token& t = s.tokens[k + 1];
  if (lex_.gazetteer.count(t.key) || lex_.not_org_acronym_set.count(t.key)) return false;
  if (t.all_caps && t.text.size() <= 6) return true;
  // "(CERT-MU)", "(Id-SIRTII/CC)": a response team's coded acronym, longer than most
  if (t.text.size() <= 14 && (team_acronym(t.text) || team_word(lex_, t.text))) return true;
  if (t.all_caps) return false;
  return mixed_case_acronym(t.text) || (b < k && spelled_acronym(s.tokens, b, k, t.text));
}

// "France's National Cybersecurity Agency (ANSSI)": a known body's acronym after a body's
// name at `e` says which body it is; that lexicon body (named `name` too, unless the name is
// a generic one many nations' bodies share), else -1.
int Recogniser::body_of_acronym(const SentenceAnalysis& s, std::uint32_t e, const std::string& name) {
  const LexHit* hit = nullptr;
  if (e + 2 >= s.tokens.size() || s.tokens[e].key != "(" || s.tokens[e + 2].key != ")" || !s.tokens[e + 1].all_caps ||
      gazetteer_match(s, e + 1, &hit) != 1 || lex_.entities[hit->entity].type != NodeType::Organisation)
    return -1;
  return lexicon_entity(hit->entity, generic_name(name) ? std::string() : name);
}

// Gazetteer names inside a range cut off a longer span ("U.S." before
// "Cyber Cooperation Working Group (CCWG)").
void Recogniser::scan_range_gazetteer(std::size_t si, std::uint32_t b, std::uint32_t e) {
  auto& s = doc_.sentences[si];
  for (std::uint32_t i = b; i < e;) {
    const LexHit* hit = nullptr;
    std::uint32_t g = gazetteer_match(s, i, &hit);
    if (g == 0 || i + g > e) {
      ++i;
      continue;
    }
    int ent = lexicon_entity(hit->entity, span_text(text_, s, i, i + g));
    add_mention(si, i, i + g, ent, hit->form == LexForm::Demonym ? MentionKind::Demonym : MentionKind::Name);
    i += g;
  }
}

// "(c) 2026 Coastal Wire Service", "© Harbour Tribune 2025", "Copyright 2025 X": a
// copyright notice names its holder, the outlet or body that published the text.
static bool copyright_before(const std::vector<Token>& toks, std::uint32_t b) {
  std::int64_t k = static_cast<std::int64_t>(b) - 1;
  if (k >= 0 && year_number(toks[k]) && toks[k].text.size() == 4) --k;
  if (k < 0) return false;
  if (toks[k].text == "\u00A9" || toks[k].key == "copyright") return true;
  return k >= 2 && toks[k].key == ")" && toks[k - 1].key == "c" && toks[k - 2].key == "(";
}

// "Conference on Cybersecurity", "Memorandum of Understanding": the word
// before the first connector of [b, e) is the head; nullopt when it heads nothing.
static std::optional<NodeType> head_before_connector(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t b,
                                                     std::uint32_t e) {
  for (std::uint32_t k = b + 1; k < e; ++k)
    if (toks[k].key == "of" || toks[k].key == "on" || toks[k].key == "for" || toks[k].key == "against") {
      auto it = lex.head_type.find(toks[k - 1].key);
      if (it != lex.head_type.end() && (k - 1 > b || !lex.modified_head_set.count(toks[k - 1].key))) return it->second;
      // "Letter of Intent on ...", "Tallinn Statement on ...": a head of several words, or one
      // that heads a name only before its connector (a "Joint Statement" is no document's name).
      if (const NodeType* joined = joined_head(lex, toks, k - 1, e)) return *joined;
      break;
    }
  return std::nullopt;
}

// The type of the head word of [b, e), read from the end: the last head word,
// or an earlier one that names a body or a place; nullopt if none.
static std::optional<NodeType> head_word_type(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t b,
                                              std::uint32_t e) {
  for (std::uint32_t k = e; k-- > b;) {
    // "Kenyatta International Convention Centre": a head of two words ("Convention Centre", a venue) first
    if (const NodeType* two = k > b ? joined_head(lex, toks, k - 1, k + 1) : nullptr) return *two;
    auto it = lex.head_type.find(toks[k].key);
    if (it == lex.head_type.end() || (k == b && lex.modified_head_set.count(toks[k].key))) continue;
    // "ASEAN Regional CERT" is a team, a bare "CERT" (a kind of team) is not
    if (e - b == 1 && lex.not_org_acronym_set.count(toks[k].key)) continue;
    // "Yarralumla ACT 2600": capitals among words in lower case are an acronym, no head word
    // unless the lexicon writes the head so ("Riga FC")
    if (toks[k].all_caps && !toks[b].all_caps && !head_in_capitals(lex, toks[k].text)) continue;
    bool last = k + 1 == e;
    // "Camp X", "X Base": a place's head opens or closes its name; inside one
    // ("Chatham House Rule") it heads nothing
    if (it->second == NodeType::Place && !last && k != b) continue;
    if (it->second == NodeType::Organisation || it->second == NodeType::Place || last) return it->second;
  }
  return std::nullopt;
}

// "IDEF 2026", "CyCon 2025": a word and a year of four digits; not a date ("Jan 2026",
// "Since 2020"), an amount or a numbered noun ("Resolution 1973"), nor a name the gazetteer knows.
static bool yearly_event_name(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t b) {
  const Token& w = toks[b];
  const Token& year = toks[b + 1];
  if (!w.word || w.text.size() < 3 || year.text.size() != 4 || !year_number(year) || lex.gazetteer.count(w.key)) return false;
  if (b > 0 && toks[b - 1].word && std::isdigit(static_cast<unsigned char>(toks[b - 1].text[0]))) return false;
  // "Baltic Harbour 2024": the tail of a longer name the gazetteer cut, no name of its own
  if (b > 0 && toks[b - 1].word && toks[b - 1].capital && !toks[b - 1].all_caps && toks[b - 1].end == w.start - 1) return false;
  const auto& t = lex.temporal;
  return !t.months.count(w.key) && !t.weekdays.count(w.key) && !t.seasons.count(w.key) && !t.date_cues.count(w.key) &&
         !t.numbered_nouns.count(w.key) && !lex.not_name_set.count(ascii_lowered(w.text)) && !lex.function_word_set.count(w.key);
}

// "TAKEDA Hiroshi": a word of three or more capitals no lexicon knows, then a capitalised word.
bool Recogniser::capitalised_family_name(const std::vector<Token>& toks, std::uint32_t b) const {
  const Token &family = toks[b], &given = toks[b + 1];
  return family.all_caps && family.text.size() >= 3 && !lex_.gazetteer.count(family.key) && ascii_capitals(family.text) &&
         given.word && given.capital && !given.all_caps;
}

std::optional<NodeType> Recogniser::type_of_span(std::size_t si, std::uint32_t b, std::uint32_t e, bool titled) const {
  const auto& toks = doc_.sentences[si].tokens;
  if (e - b <= 5 && copyright_before(toks, b)) return NodeType::Organisation;
  std::optional<NodeType> head;
  const std::uint32_t full = e;
  e = name_end(doc_.sentences[si], b, e);
  bool numbered = e < full || edition_suffix(toks[e - 1]) > 0;
  // "Published May 12, 2026": a month, a day's number and a year write a date, no edition
  auto year_at = [&](std::size_t k) { return k < toks.size() && toks[k].text.size() == 4 && year_number(toks[k]); };
  if (e < full && full == e + 1 && lex_.temporal.months.count(toks[e - 1].key) && toks[e].text.size() <= 2 &&
      std::stoi(std::string(toks[e].text)) <= 31 && (year_at(full) || (full < toks.size() && toks[full].key == "," && year_at(full + 1))))
    return std::nullopt;
  if (auto connected = head_before_connector(lex_, toks, b, e)) return connected;
  // "Exercise Frozen Ledger": the head word first names an exercise whatever words follow.
  if (auto first = lex_.head_type.find(toks[b].key); e - b >= 2 && first != lex_.head_type.end() && first->second == NodeType::Exercise &&
                                                      toks[b].key == "exercise")
    return NodeType::Exercise;
  head = head_word_type(lex_, toks, b, e);
  // "Cyber Guard 2024, which ...": a body's head word before an edition number names an
  // exercise (not "the Defence Forces 2024 budget", where a noun goes on after the year);
  // so does a place's ("Koro Sea 2025": a place has no editions).
  if ((head == NodeType::Organisation || head == NodeType::Place) && numbered && e < full && plain_words(toks, b, e) && e - b >= 2 &&
      (full >= toks.size() || !toks[full].word || ends_phrase(toks[full]))) {
    const LexHit* hit = nullptr;  // not "the Estonian Defence Forces 2024": a nation's body
    if (gazetteer_match(doc_.sentences[si], b, &hit) == 0 || lex_.entities[hit->entity].type != NodeType::Nation)
      return NodeType::Exercise;
  }
  // "the third edition of Kuroshio Guard": what has editions is an exercise, whatever its head word.
  if (head == NodeType::Organisation && b >= 2 && toks[b - 1].key == "of" && !toks[b - 2].key.ends_with("ing"))
    if (auto noun = lex_.anaphor_type.find(toks[b - 2].key); noun != lex_.anaphor_type.end() && noun->second == NodeType::Exercise)
      return NodeType::Exercise;
  // "the Koro Sea exercise": a place's name before an exercise's noun names the exercise
  // (not "the Baltic Sea training area": the noun closes the phrase)
  if (head == NodeType::Place && full == e && e - b >= 2 && full < toks.size() && !toks[full].capital &&
      (full + 1 >= toks.size() || !toks[full + 1].word || toks[full + 1].capital || lex_.function_word_set.count(toks[full + 1].key)))
    if (auto noun = lex_.anaphor_type.find(toks[full].key); noun != lex_.anaphor_type.end() && noun->second == NodeType::Exercise)
      return NodeType::Exercise;
  // "during exercise Koro Sea": the same name right after a lower-case exercise noun, closing its phrase
  if (head == NodeType::Place && full == e && e - b >= 2 && b >= 1 && !toks[b - 1].capital && plain_words(toks, b, e) &&
      closes_name(toks, full))
    if (auto noun = lex_.anaphor_type.find(toks[b - 1].key); noun != lex_.anaphor_type.end() && noun->second == NodeType::Exercise)
      return NodeType::Exercise;
  // "Koro Sea, a two-day tabletop exercise hosted by ...": an apposition that calls the
  // name an exercise outweighs a place's head word
  if (head == NodeType::Place && full == e && e - b >= 2 && plain_words(toks, b, e) &&
      apposition_type(si, e) == NodeType::Exercise)
    return NodeType::Exercise;
  if (head) return head;
  // "Exercise Amber Lattice": the head word first.
  auto first = lex_.head_type.find(toks[b].key);
  if (e - b >= 2 && first != lex_.head_type.end() && first->second == NodeType::Exercise) return NodeType::Exercise;
  // "UZCERT", "the National KE-CIRT/CC": a response team's acronym ends the name of a team.
  if (team_acronym(toks[e - 1].text) || team_word(lex_, toks[e - 1].text)) return NodeType::Organisation;
  // "RAF Lossiemouth", "Fort Meade": a base's prefix, then its place's name.
  if (e - b >= 2 && e - b <= 3 && lex_.place_prefix_set.count(toks[b].key) && plain_words(toks, b + 1, e)) return NodeType::Place;
  std::uint32_t n = e - b, particles = 0;
  bool plain = true;
  for (std::uint32_t k = b; k < e; ++k) {
    plain &= toks[k].word && !toks[k].all_caps;
    particles += !toks[k].capital && lex_.name_particle_set.count(toks[k].key) > 0;
  }
  // "Sheikh Nasser bin Hamad Al Khalifa": particles do not count as words of the name
  if (titled && plain && particles > 0 && n - particles <= 4 && !numbered) return NodeType::Person;
  // "Defense Minister TAKEDA Hiroshi": a family name in capitals, then the given name (Japanese style)
  if (titled && n == 2 && !numbered && capitalised_family_name(toks, b)) return NodeType::Person;
  // "headed by KANG Min-seo": untitled, the given name must have the shape of a romanised
  // two-syllable one ("Min-seo", "Hye-jin"), not a hyphenated word ("Follow-up")
  if (n == 2 && !numbered && capitalised_family_name(toks, b) && syllable_given_name(toks[b + 1].text)) return NodeType::Person;
  if (!numbered) {
    // not "the Hon Member": a title before a role noun alone addresses someone unnamed
    if (titled && n == 1 && lex_.role_noun_relation.count(toks[b].key)) return std::nullopt;
    if (titled && n <= 4 && plain) return NodeType::Person;
    if (n >= 2 && n - particles <= 4 && plain && byline_partner(si, b)) return NodeType::Person;
    // "Ana de la Fuente": particles do not count here either
    if (n >= 2 && n - particles <= 3 && plain && hyphenated_given_name(toks[e - 1].text)) return NodeType::Person;
    if (n >= 2 && n - particles <= 3 && plain && lex_.given_name_set.count(toks[b].key)) return NodeType::Person;
    if (n >= 2 && n <= 3 && plain && double_barrelled_name(toks, b, e)) return NodeType::Person;
  }
  // "CWIX 2025, NATO's interoperability exercise": a numbered name the words beside call an exercise.
  if (numbered && exercise_context(si, b, full)) return NodeType::Exercise;
  auto context = context_type(si, b, full);
  // "Cyber Guard 24": two or more plain words numbered like an edition name an exercise.
  if (!context && numbered && n >= 2 && plain) return NodeType::Exercise;
  // "at IDEF 2026", "the Baltex 2026 fair": one word numbered by its year, no cue beside it,
  // names an event held yearly (a fair, a conference); the year is no name of its own.
  // Not "the Premier Cup 2025 campaign": a noun after the year must be an event's ("fair").
  if (!context && !titled && n == 1 && full == e + 1 && yearly_event_name(lex_, toks, b)) {
    auto noun = full < toks.size() ? lex_.anaphor_type.find(toks[full].key) : lex_.anaphor_type.end();
    if (full >= toks.size() || !toks[full].word || toks[full].capital || ends_phrase(toks[full]) ||
        (noun != lex_.anaphor_type.end() && noun->second == NodeType::Event))
      return NodeType::Event;
  }
  return context;
}

// The label of a typed span [b, e) and, when it differs, the whole text:
// an exercise or event keeps its edition number as a second name ("Cyber
// Guard" and "Cyber Guard 24") and drops a leading "Exercise".
void Recogniser::name_span(std::size_t si, std::uint32_t b, std::uint32_t e, NodeType type, std::string* label,
                           std::string* full) const {
  const auto& s = doc_.sentences[si];
  *full = span_text(text_, s, b, e);
  std::uint32_t lb = b, le = name_end(s, b, e);
  if (type == NodeType::Exercise && le - lb >= 2) {
    auto it = lex_.head_type.find(s.tokens[lb].key);
    if (it != lex_.head_type.end() && it->second == NodeType::Exercise) ++lb;
  }
  *label = span_text(text_, s, lb, le);
  if (std::size_t suffix = le == e && type == NodeType::Exercise ? edition_suffix(s.tokens[le - 1]) : 0; suffix > 0)
    label->resize(label->size() - suffix);  // "Steel Spear" of "Steel Spear-24"
  if (*label == *full) full->clear();
}

}  // namespace newsgraph::detail
