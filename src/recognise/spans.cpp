// Pass 1 of recognition: gazetteer names and capitalised spans typed by
// their head word, a title, an acronym definition or their context (the
// typing itself: span_types.cpp).
#include <algorithm>
#include <cctype>
#include <string>

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

// "the Memorandum ... between Japan and the Republic of Estonia on Cyber Capacity Building":
// the nations a title names after "between" (then "on|for" and its subject) are the
// document's, though the title keeps them inside its one name.
void Recogniser::note_between_parties(const SentenceAnalysis& s) {
  const auto& toks = s.tokens;
  for (std::uint32_t k = 0; k + 4 < toks.size(); ++k) {
    if (toks[k].key != "between") continue;
    std::vector<std::pair<std::uint32_t, std::string>> nations;
    std::uint32_t j = k + 1;
    while (j < toks.size() && (toks[j].key == "the" || toks[j].key == "and" || toks[j].key == "," ||
                               toks[j].key == "of" || (toks[j].word && toks[j].capital))) {
      const LexHit* hit = nullptr;
      std::uint32_t g = toks[j].word && toks[j].capital ? gazetteer_match(s, j, &hit) : 0;
      if (g > 0 && lex_.entities[hit->entity].type == NodeType::Nation && hit->form != LexForm::Demonym) {
        nations.emplace_back(hit->entity, std::string(toks[j].text.data(), toks[j + g - 1].end - toks[j].start));
        j += g;
      } else {
        ++j;
      }
    }
    bool subject = j + 1 < toks.size() && (toks[j].key == "on" || toks[j].key == "for") && toks[j + 1].capital;
    if (subject && nations.size() >= 2)
      for (const auto& [id, part] : nations) lexicon_entity(id, part);
  }
}

// Whether the capitalised span [b, e) closes on an organisation's head word ("Navy", "Agency").
bool Recogniser::body_head_closes(const SentenceAnalysis& s, std::uint32_t b, std::uint32_t e) const {
  auto head = lex_.head_type.find(s.tokens[name_end(s, b, e) - 1].key);
  return head != lex_.head_type.end() && head->second == NodeType::Organisation;
}

void Recogniser::scan_sentence(std::size_t si) {
  auto& s = doc_.sentences[si];
  note_nation_compounds(s);
  note_between_parties(s);
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
    if (std::uint32_t placed = place_with_head(si, i, g, hit, c); placed > 0) {
      i += placed;
      continue;
    }
    if (std::uint32_t whole = g > 1 && c <= g ? place_opened_name(si, i, g, *hit) : 0; whole > 0) {
      i += process_span(si, i, i + whole);
      continue;
    }
    if (std::uint32_t known = g > 0 && c > g ? known_longer_name(s, i, g, c) : 0; known > 0) {
      i += known;
      continue;
    }
    if (g == 0 && c > 2 && t.all_caps && defined_acronym_titled(si, i, c)) {
      ++i;
      continue;
    }
    bool span_wins = c > g && g > 0 && span_beats_gazetteer(si, i, g, c, *hit);
    if (span_wins && lex_.entities[hit->entity].type == NodeType::Nation &&
        (hit->form == LexForm::Demonym || body_head_closes(s, i, i + c))) {
      // "the Dutch National Cyber Security Centre" still mentions the Netherlands, "the Ghana
      // Navy" Ghana (not "Jordan Peterson": a nation's name opens a body's name, one closing
      // on an organisation's head word).
      std::string surface = span_text(text_, s, i, i + g);
      int e = lexicon_entity(hit->entity, {});
      auto& names = doc_.entities[e].names;
      if (std::find(names.begin(), names.end(), surface) == names.end()) names.push_back(surface);
    }
    // "known by its Spanish acronym CCDC": a language's adjective before the acronym's noun
    // names no nation
    if (g == 1 && hit->form == LexForm::Demonym && i + 1 < n && acronym_noun(s.tokens[i + 1].key)) {
      ++i;
      continue;
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
    wins = c > g;  // "the Arusha drill": a place alone before the noun says where, it names nothing
    for (std::uint32_t k = i + g; k < i + c && wins; ++k) wins = gazetteer_match(s, k, &inner) == 0;
  }
  return wins;
}

// "Gulf of Guinea Cyber Watch 2026", "Bay of Bengal Shield": a place of several words
// the gazetteer knows, then capitalised words its context calls an exercise or event,
// is one name (none known inside the rest). Its length, else 0.
std::uint32_t Recogniser::place_opened_name(std::size_t si, std::uint32_t i, std::uint32_t g, const LexHit& hit) {
  const auto& s = doc_.sentences[si];
  std::uint32_t k = i + g;
  if (lex_.entities[hit.entity].type != NodeType::Place || k >= s.tokens.size() || !s.tokens[k].word ||
      !s.tokens[k].capital || line_break_before(text_, s.tokens, k))
    return 0;
  std::uint32_t c = capital_span(s, k);
  const LexHit* inner = nullptr;
  for (std::uint32_t j = k; j < k + c; ++j)
    if (gazetteer_match(s, j, &inner) > 0) return 0;
  if (c == 0) return 0;
  // or of the rest alone ("Bay of Bengal Shield 2026, a naval drill": the year hides the noun)
  auto context = context_type(si, i, k + c);
  if (!context) context = context_type(si, k, k + c);
  return context == NodeType::Exercise || context == NodeType::Event ? g + c : 0;
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

// "Pehin Datu Lailaraja Major General ... A bin B", "Pehin Orang Kaya Pekerma Dewa Dato A": after an
// honorific (cues.json title_only) ending at `k`, up to four capitalised words no list knows as a name
// part, then another title, are the words of a personal style, when a name still follows that
// title (or the span closes on a retired officer's mark in brackets). How many tokens from k.
std::uint32_t Recogniser::style_words(const SentenceAnalysis& s, std::uint32_t k, std::uint32_t e,
                                      std::uint32_t taken) const {
  const auto& toks = s.tokens;
  if (taken == 0 || !lex_.title_only_set.count(toks[k - 1].key)) return 0;
  for (std::uint32_t m = k; m < e && m < k + 4; ++m) {
    const Token& t = toks[m];
    if (!t.word || !t.capital || t.all_caps || lex_.given_name_set.count(t.key) || lex_.head_type.count(t.key) ||
        lex_.gazetteer.count(t.key))
      return 0;
    std::string held;
    std::uint32_t next = m + 1 < e && toks[m + 1].capital ? strip_title(s, m + 1, e, &held) : 0;
    if (next == 0) continue;
    std::string mark = e + 1 < toks.size() && toks[e].key == "(" ? ascii_lowered(toks[e + 1].text) : std::string();
    if (mark.ends_with('.')) mark.pop_back();
    bool marked = m + 1 + next == e && lex_.retired_mark_set.count(mark) > 0;
    return m + 1 + next < e || marked ? m + 1 - k : 0;
  }
  return 0;
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
  // "Retired Brigadier General X", "Retd Col X": a retired officer's mark (cues.json
  // retired_marks) written before the rank is the title's
  if (b + 2 < e && s.tokens[b].capital && lex_.retired_mark_set.count(s.tokens[b].key))
    if (std::uint32_t t = strip_title(s, b + 1, e, relation); t > 0) return t + 1;
  std::uint32_t taken = 0;
  while (b + taken < e) {
    std::uint32_t best = 0;
    // "Defense Secretary X", "Interior Minister X", "National Security Adviser X", "State
    // Minister of Defense X", "Health Minister X": portfolio words (cues.json portfolio_words) and a body's prefix ("State", "Federal")
    // (no head word of a body) before the first title belong to it.
    std::uint32_t lead = 0;
    if (taken == 0)
      while (lead < 3 && b + lead + 1 < e && s.tokens[b + lead].capital && !s.tokens[b + lead].all_caps &&
             (lex_.generic_org_set.count(s.tokens[b + lead].key) || lex_.org_prefix_set.count(s.tokens[b + lead].key) ||
              lex_.portfolio_word_set.count(s.tokens[b + lead].key)) &&
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
    if (best == 0) best = style_words(s, b + taken, e, taken);
    if (best == 0) break;
    // "Brigadier Emir Mesic": after a title, a one-word title that is also a given name
    // (cues.json given_names) before another capitalised word opens the name
    if (taken > 0 && best == 1 && b + taken + 1 < e && s.tokens[b + taken + 1].capital &&
        lex_.given_name_set.count(s.tokens[b + taken].key))
      break;
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
// A dash may part them too, and the acronym be in mixed case ("(Comando de Defesa
// Cibernética – ComDCiber)"), as Portuguese and Spanish releases write them.
std::uint32_t Recogniser::foreign_name_acronym_at(const SentenceAnalysis& s, std::uint32_t k) const {
  constexpr std::uint32_t kMaxNameTokens = 10;
  const auto& toks = s.tokens;
  if (k + 5 >= toks.size() || toks[k].key != "(" || !toks[k + 1].word || !toks[k + 1].capital) return 0;
  std::uint32_t comma = k + 1;
  while (comma < toks.size() && comma < k + 1 + kMaxNameTokens && toks[comma].word) ++comma;
  if (comma - k < 3 || comma + 2 >= toks.size() || toks[comma + 2].key != ")") return 0;
  bool dash = toks[comma].key == "-" && toks[comma].start > toks[comma - 1].end;
  if (toks[comma].key != "," && !dash) return 0;
  const Token& t = toks[comma + 1];
  bool shaped = t.all_caps ? t.text.size() >= 2 && t.text.size() <= 8 : mixed_case_acronym(t.text);
  if (!shaped || lex_.gazetteer.count(t.key) || lex_.not_org_acronym_set.count(t.key)) return 0;
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

// "Communications and Information Services Corps (CIS Corps)": the initials of the name's
// last words before its head word (in [b, e - 1)), then that head word, in brackets at `e`: the
// body's short name, taken for `entity`. The token after the brackets, else 0.
std::uint32_t Recogniser::take_headed_acronym(std::size_t si, std::uint32_t b, std::uint32_t e, int entity) {
  const auto& toks = doc_.sentences[si].tokens;
  if (e < b + 3 || e + 3 >= toks.size() || toks[e].key != "(" || toks[e + 3].key != ")") return 0;
  const Token& acr = toks[e + 1];
  if (!acr.word || !acr.all_caps || acr.text.size() < 2 || acr.text.size() > 6 || toks[e + 2].key != toks[e - 1].key)
    return 0;
  std::string initials;  // of a tail of the words before the head ("Army [Communications ... Systems] Regiment")
  for (std::uint32_t k = e - 1; k-- > b && initials.size() < acr.text.size();) {
    if (lex_.function_word_set.count(toks[k].key) || !toks[k].word) continue;
    if (!toks[k].capital) return 0;
    initials.insert(initials.begin(), static_cast<char>(std::toupper(static_cast<unsigned char>(toks[k].text[0]))));
  }
  if (initials != acr.text) return 0;
  std::string name = span_text(text_, doc_.sentences[si], e + 1, e + 3);
  known_[lex_.name_key_of(name)] = entity;
  auto& names = doc_.entities[entity].names;
  if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  add_mention(si, e + 1, e + 3, entity, MentionKind::Acronym);
  return e + 4;
}

// "France's National Cybersecurity Agency (ANSSI)": a known body's acronym after a body's
// name at `e` says which body it is; that lexicon body (named `name` too, unless the name is
// a generic one many nations' bodies share), else -1.
int Recogniser::body_of_acronym(const SentenceAnalysis& s, std::uint32_t e, const std::string& name) {
  const LexHit* hit = nullptr;
  if (e + 2 >= s.tokens.size() || s.tokens[e].key != "(" || s.tokens[e + 2].key != ")") return -1;
  // "(AfricaCERT)", "(CERT-In)": a known body's acronym in mixed case tells it as well
  const Token& t = s.tokens[e + 1];
  if ((!t.all_caps && !mixed_case_acronym(t.text) && !team_acronym(t.text)) || gazetteer_match(s, e + 1, &hit) != 1 ||
      lex_.entities[hit->entity].type != NodeType::Organisation)
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

// "Ukrainian-Moldovan", "Ukrainian\u2013Moldovan": two nations' adjectives joined by a dash.
bool Recogniser::demonym_pair(std::string_view word) const {
  for (std::string_view dash : {"-", "\u2013"})
    if (auto at = word.find(dash); at != std::string_view::npos && at > 0)
      return lex_.nation_of_demonym(word.substr(0, at)).has_value() &&
             lex_.nation_of_demonym(word.substr(at + dash.size())).has_value();
  return false;
}

}  // namespace newsgraph::detail
