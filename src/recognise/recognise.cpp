#include "recognise/recognise.hpp"

#include <algorithm>
#include <cctype>

#include "lexicon/lexicon_memo.hpp"
#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph {

std::vector<std::size_t> first_body_mentions(const DocAnalysis& doc) {
  std::vector<std::size_t> first(doc.entities.size(), SIZE_MAX);
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    if (doc.sentences[si].headline) continue;
    for (const auto& m : doc.sentences[si].mentions)
      if (m.entity >= 0 && first[m.entity] == SIZE_MAX) first[m.entity] = si;
  }
  return first;
}

std::string span_text(std::string_view text, const SentenceAnalysis& s, std::uint32_t begin, std::uint32_t end) {
  if (begin >= end || end > s.tokens.size()) return {};
  std::size_t from = s.tokens[begin].start, to = s.tokens[end - 1].end;
  std::string out(text.substr(from, to - from));
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

DocAnalysis recognise(std::string_view text, const std::vector<Sentence>& sentences, const Lexicon& lexicon) {
  detail::Recogniser r(text, lexicon);
  return r.run(sentences);
}

namespace detail {
namespace {

// A line in title case ("Learn More Estonian Civilians Preparing for ...")
// or a headline without closing punctuation names things loosely: no new
// names are made from it.
// A byline: "By Jane Doe, The Daily Ledger" (emphasis marks around it allowed).
// "Written by", "Author:": the two tokens that open a byline at `i`.
bool byline_start(const SentenceAnalysis& s, std::size_t i, const Lexicon& lex) {
  if (i + 1 >= s.tokens.size()) return false;
  const auto& t = s.tokens;
  auto has = [](const std::vector<std::string>& list, const std::string& k) {
    return std::find(list.begin(), list.end(), k) != list.end();
  };
  return (t[i + 1].key == "by" && has(lex.byline_verbs, t[i].key + " by")) ||
         (t[i + 1].key == ":" && has(lex.credit_labels, t[i].key));
}

// "Written by Jane Doe | The Daily Ledger", "Author: Jane Doe": a byline verb or label too.
bool is_byline(const SentenceAnalysis& s, const Lexicon& lex) {
  std::size_t i = 0;
  while (i < s.tokens.size() && !s.tokens[i].word) ++i;
  if (i + 3 < s.tokens.size() && byline_start(s, i, lex)) i += 2;
  else if (i + 2 < s.tokens.size() && s.tokens[i].key == "by") ++i;
  else return false;
  return s.tokens[i].capital && s.tokens.size() <= 16;
}

// "Media contact: Sanna Lehtinen, Head of Communications, X", "Press contact Jan Berg": a
// press release's contact line (a credit label among its first two words), however capitalised.
bool contact_line(const SentenceAnalysis& s, const Lexicon& lex) {
  const auto& labels = lex.credit_labels;
  for (std::size_t i = 0; i < s.tokens.size() && i < 2; ++i)
    if (s.tokens[i].word && !s.tokens[i].capital && std::find(labels.begin(), labels.end(), s.tokens[i].key) != labels.end())
      return true;
  return false;
}

// "Brig. Gen. Karol Zawadzki, Commander of the ... (DKWOC), Polish Armed Forces": a line of a
// panel or contact list, a titled name then its role after a comma, is no headline. `b`: the
// token the name's line opens with (after a label, see titled_name_line).
bool titled_name_from(const SentenceAnalysis& s, std::size_t b, const Lexicon& lex) {
  constexpr std::size_t kNameTokens = 8;  // the title and the name before the comma
  if (s.tokens.size() < b + 5) return false;
  // "Halyna Borysko-Lind, Deputy Head, State Service of ...": a programme's speaker, a name of
  // two to four words, a comma, then a title (cues.json person_titles) and another comma
  for (std::size_t c = b + 2; c < s.tokens.size() && c <= b + 4; ++c) {
    if (!s.tokens[c - 1].word || !s.tokens[c - 1].capital || s.tokens[c].key != ",") continue;
    std::string title;
    for (std::size_t k = c + 1; k < s.tokens.size() && k <= c + 4 && s.tokens[k].word; ++k) {
      title += (k > c + 1 ? " " : "") + std::string(s.tokens[k].key);
      if (lex.title_relation.count(title) && k + 1 < s.tokens.size() && s.tokens[k + 1].key == ",") return true;
    }
    break;
  }
  std::string one(s.tokens[b].text), two = one + " " + std::string(s.tokens[b + 1].text);  // "Col.", "Brig. Gen."
  // after a list's label any person title opens the name ("Spain: Cdr Ana Ruiz, ...")
  std::string key_two = std::string(s.tokens[b].key) + " " + std::string(s.tokens[b + 1].key);
  bool labelled = b > 0 && (lex.title_relation.count(std::string(s.tokens[b].key)) || lex.title_relation.count(key_two));
  if (!labelled && !lex.title_only_set.count(lex.name_key_of(one)) && !lex.title_only_set.count(lex.name_key_of(two)))
    return false;
  for (std::size_t i = b + 2; i < s.tokens.size() && i < b + kNameTokens; ++i)
    if (s.tokens[i].key == ",") return true;
  return false;
}

// "Cyprus: Ms Anna Georgiou, Digital Security Authority", "Chair: Dr Leo Mifsud, Malta
// Communications Authority": a minutes' or programme's list line, a label of one to three
// capitalised words and a colon, then a titled name and its body, is no headline either.
bool titled_name_line(const SentenceAnalysis& s, const Lexicon& lex) {
  if (titled_name_from(s, 0, lex)) return true;
  for (std::size_t k = 1; k <= 3 && k < s.tokens.size(); ++k) {
    if (s.tokens[k].key == ":") return titled_name_from(s, k + 1, lex);
    if (!s.tokens[k].word || !s.tokens[k].capital) break;
  }
  return false;
}

// Whether the sentence is alone on its line.
bool lone_line(const SentenceAnalysis& s, std::string_view text) {
  std::size_t b = s.tokens.front().start, e = s.tokens.back().end;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  while (e < text.size() && (text[e] == ' ' || text[e] == '\t' || text[e] == '\r')) ++e;
  return (b == 0 || text[b - 1] == '\n') && (e == text.size() || text[e] == '\n');
}

// "2. COMMAND CHANGES.", "ACADEMY NEWS", "VISITS AND TALKS": a short line in capitals
// alone on its line, a section's heading, names things loosely too (names the
// gazetteer knows are still read in it).
bool capitals_heading(const SentenceAnalysis& s, std::string_view text) {
  constexpr std::size_t kMaxWords = 6;
  std::size_t words = 0;
  for (const auto& t : s.tokens) {
    if (!t.word) continue;
    bool digits = std::all_of(t.text.begin(), t.text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) continue;
    if (!t.all_caps || ++words > kMaxWords) return false;
  }
  if (words == 0) return false;
  return lone_line(s, text);
}

// "Drill In Gweru", "New Man At The Directorate": a short line alone on its line in title case,
// a small word inside written with its capital as no name writes it, is a section's heading.
bool title_case_heading(const SentenceAnalysis& s, std::string_view text, const Lexicon& lex) {
  constexpr std::size_t kMaxWords = 8;
  const auto& t = s.tokens;
  if (t.size() < 2 || t.size() > kMaxWords || !lone_line(s, text)) return false;
  bool small_capital = false;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (!t[k].word || !t[k].capital || t[k].all_caps) return false;
    small_capital |= k > 0 && lex.function_word_set.count(t[k].key) > 0;
  }
  return small_capital;
}

bool is_headline(const SentenceAnalysis& s, bool first, std::string_view text, const Lexicon& lex) {
  // (the closing mark first: it ends most sentences' test at once, before the byline tests)
  if (s.tokens.empty()) return false;
  if (!first && (capitals_heading(s, text) || title_case_heading(s, text, lex)) && !is_byline(s, lex) &&
      bare_byline(s, text, lex) == 0)
    return true;
  std::string_view last = s.tokens.back().key;
  // "organised by\nThailand's National Cyber Security Agency, the NCSA,\n...": a wrapped line (a
  // subtitle's, a plain-text mail's) that ends in a comma goes on in the next one, no headline
  if (last == "." || last == "\"" || last == "!" || last == "?" || last == ";" || (!first && last == ",")) return false;
  if (is_byline(s, lex) || bare_byline(s, text, lex) > 0 || contact_line(s, lex)) return false;
  int long_words = 0, capitalised = 0;
  for (const auto& t : s.tokens)
    if (t.word && t.text.size() > 3) {
      ++long_words;
      capitalised += t.capital;
    }
  // "... now works for Nordic Cyber Partners Ltd.": a company's abbreviated legal form holds the full stop
  if (!first && s.tokens.back().text.ends_with('.') && lex.head_type.count(s.tokens.back().key)) return false;
  // "- Exercise Iron Tide, run by Poland in April": a plain-text list's item, not a headline
  std::string_view lead = s.tokens.front().key;
  if (!s.tokens.front().word && (lead == "-" || lead == "*" || lead == "\u2022")) return false;
  // "1. Fiji (the team of the Fiji Police Force)": a numbered item likewise
  constexpr std::size_t kMaxItemDigits = 2;
  const auto& t0 = s.tokens.front().text;
  if (s.tokens.size() > 2 && t0.size() <= kMaxItemDigits &&
      std::all_of(t0.begin(), t0.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
      (s.tokens[1].key == "." || s.tokens[1].key == ")") && s.tokens[1].start == s.tokens[0].end)
    return false;
  // "| Event | Nordic Cyber Roundtable 2026 |": a table's row, whose cells are names
  if (lead == "|") return false;
  // "Kenya: the Kenyan Ministry of Defence": a label and a lower-case run after its
  // colon is a list item whose marker the reader dropped, not a title-case heading
  // ("Tuvalu - two officers of the Tuvalu Police Force": a short label and a dash, likewise)
  constexpr std::size_t kDashLabelTokens = 4;
  for (std::size_t i = 1; !first && i + 1 < s.tokens.size(); ++i)
    if ((s.tokens[i].key == ":" || (s.tokens[i].key == "-" && i <= kDashLabelTokens)) && s.tokens[i + 1].word &&
        !s.tokens[i + 1].capital && std::isalpha(static_cast<unsigned char>(s.tokens[i + 1].text[0])))
      return false;
  return first || (long_words >= 4 && capitalised * 10 >= long_words * 8 && !titled_name_line(s, lex));
}

// "KE-CIRT/CC", "CERT/CC": a response team's acronym, a slash and a short
// suffix in capitals written together are one name, not two.
void join_team_slashes(std::vector<Token>& toks, std::string_view text, const Lexicon& lex) {
  for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
    const Token& a = toks[i];
    const Token& c = toks[i + 2];
    if (toks[i + 1].text != "/" || a.end != toks[i + 1].start || toks[i + 1].end != c.start) continue;
    if (!c.word || !c.all_caps || c.text.size() > 3) continue;
    // "Id-SIRTII/CC": a coded team name in mixed case holds the team's capitals
    auto holds = [&](const std::string& part) {
      return a.all_caps ? a.text.ends_with(part) : a.text.find(part) != std::string_view::npos && a.text.find('-') != std::string_view::npos;
    };
    bool team = std::any_of(lex.team_acronym_parts.begin(), lex.team_acronym_parts.end(), holds);
    if (!team) continue;
    toks[i].end = c.end;
    toks[i].text = text.substr(a.start, c.end - a.start);
    toks[i].key.clear();
    toks.erase(toks.begin() + static_cast<std::ptrdiff_t>(i) + 1, toks.begin() + static_cast<std::ptrdiff_t>(i) + 3);
  }
}

// "the U.S.-Estonia Roadmap": an initialism joined by a hyphen to a nation's name is one
// compound token, as "Korea-U.S." is (its nations are found in it). Not before a demonym
// or another word ("U.S.-Philippine Balikatan", "U.S.-led"): that compound names no title.
void join_initialism_compounds(std::vector<Token>& toks, std::string_view text, const Lexicon& lex) {
  auto initialism = [](std::string_view v) {
    return v.size() >= 4 && v.back() == '.' &&
           std::all_of(v.begin(), v.end(), [](char c) { return c == '.' || std::isupper(static_cast<unsigned char>(c)); });
  };
  for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
    const Token& a = toks[i];
    const Token& c = toks[i + 2];
    if (toks[i + 1].text != "-" || a.end != toks[i + 1].start || toks[i + 1].end != c.start) continue;
    if (!c.word || !c.capital || !initialism(a.text) || !lex.find_nation(c.text)) continue;
    toks[i].end = c.end;
    toks[i].text = text.substr(a.start, c.end - a.start);
    toks[i].key.clear();
    toks.erase(toks.begin() + static_cast<std::ptrdiff_t>(i) + 1, toks.begin() + static_cast<std::ptrdiff_t>(i) + 3);
  }
}

// "Jean-Luc DUPONT", "Col. Marek NOWICKI", "SATO Haruka": a family name written in capitals, as
// European and Japanese documents do, beside a given name the lists hold (or after a title and a
// given name), is a name's word, not
// an acronym; not a word the gazetteer knows ("Anna NATO" is no one).
void soften_capital_surnames(std::vector<Token>& toks, const Lexicon& lex) {
  auto given = [&](std::size_t k) {
    return k < toks.size() && toks[k].word && toks[k].capital && !toks[k].all_caps &&
           (lex.given_name_set.count(toks[k].key) || lex.given_name_set.count(toks[k].key.substr(0, toks[k].key.find('-'))));
  };
  // "ANNA KASK: Good morning": a transcript's speaker label, a listed given name and a family name
  // in capitals opening the line before a colon
  auto caps_given = [&](std::size_t k) {
    return toks[k].word && toks[k].all_caps && lex.given_name_set.count(toks[k].key) && (k == 0 || !toks[k - 1].word);
  };
  auto caps_speaker = [&](std::size_t k) {
    if (k + 2 < toks.size() && caps_given(k) && toks[k + 1].word && toks[k + 1].all_caps && toks[k + 2].key == ":") return true;
    return k >= 1 && k + 1 < toks.size() && caps_given(k - 1) && toks[k + 1].key == ":";
  };
  for (std::size_t k = 0; k < toks.size(); ++k) {
    Token& t = toks[k];
    if (!t.word || !t.all_caps || t.text.size() < 3 || lex.gazetteer.count(t.key) ||
        std::any_of(t.text.begin(), t.text.end(), [](char c) { return !std::isalpha(static_cast<unsigned char>(c)) && c != '-'; }))
      continue;
    // "Dr. Zviad KOPALEISHVILI": a given name no list holds, after a title
    bool titled = k >= 2 && toks[k - 1].word && toks[k - 1].capital && !toks[k - 1].all_caps &&
                  !lex.title_relation.count(toks[k - 1].key) && lex.title_relation.count(toks[k - 2].key);
    // "Mr HALE-ROSS: I signed ...", "Ms ORTEGA:": a parliamentary record's speaker, a courtesy
    // title then the family name in capitals before the colon (not before the bracket of an
    // electorate, which names no employer)
    bool courtesy = k >= 1 && k + 1 < toks.size() && toks[k - 1].word && !toks[k - 1].all_caps &&
                    lex.title_only_set.count(toks[k - 1].key) && toks[k + 1].key == ":" &&
                    !lex.not_org_acronym_set.count(t.key);
    if ((k > 0 && given(k - 1)) || titled || courtesy || (lex.family_name_set.count(t.key) && given(k + 1)) || caps_speaker(k))
      t.all_caps = false;
  }
}

// Each token's key (unless the tokenizer gave one) and word id, once here,
// not again in every clause the matcher reads; remembered by the token's
// text, as most words of a corpus recur and computing both cost a string
// and two look-ups per token.
void key_tokens(std::vector<Token>& tokens, const Lexicon& lex) {
  thread_local LexiconMemo<std::pair<std::string, std::uint32_t>> memo;
  bool remember = lex.index_serial != 0;
  if (remember) memo.use(lex);
  auto compute = [&](std::string_view text) {
    std::string key = lex.token_key(text);
    std::uint32_t id = lex.word_id(key);
    return std::make_pair(std::move(key), id);
  };
  for (auto& t : tokens) {
    if (!t.key.empty() || !remember) {
      if (t.key.empty()) t.key = lex.token_key(t.text);
      t.word_id = lex.word_id(t.key);
      continue;
    }
    const auto& [key, id] = memo.get(t.text, compute);
    t.key = key;
    t.word_id = id;
  }
}

}  // namespace

// "Jane Doe | 20 May 2025", "Jane Doe, Outlet.com", "Jane Doe Thursday 3 April
// 2025, 07:45": a line of its own opening with two or three plain capitalised
// words, then a separator or a weekday or month, then only a date, a time or
// a web outlet (no lower-case word: no sentence, no headline of words).
// The number of name tokens, 0 when the line is no such byline.
std::uint32_t bare_byline(const SentenceAnalysis& s, std::string_view text, const Lexicon& lex) {
  const auto& t = s.tokens;
  if (t.empty() || text.substr(s.start, s.end - s.start).find('\n') != std::string_view::npos) return 0;
  std::uint32_t b = 0;
  while (b < t.size() && !t[b].word) ++b;
  std::uint32_t e = b;
  auto month_or_day = [&](const Token& tok) {
    return lex.not_name_set.count(ascii_lowered(tok.text)) > 0;
  };
  while (e < t.size() && e - b < 4 && t[e].word && t[e].capital && !t[e].all_caps && !month_or_day(t[e])) ++e;
  if (e - b < 2 || e - b > 3 || e >= t.size()) return 0;
  std::string_view sep = t[e].text;
  if (!(sep == "," || sep == "|" || sep == "\u00B7" || sep == "\u2022" || sep == "-" || sep == "\u2013" ||
        sep == "\u2014" || month_or_day(t[e])))
    return 0;
  // The rest of the line: words that open in upper case or a digit, and a date, a time or a domain among them.
  std::string_view rest = text.substr(t[e].start, s.end - t[e].start);
  bool dated = false;
  for (std::size_t k = 0; k < rest.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(rest[k]);
    bool opens = k == 0 || rest[k - 1] == ' ' || rest[k - 1] == '\t';
    // "08:31 h", "10:30 am": a time's unit after its digits
    bool unit = opens && k >= 2 && std::isdigit(static_cast<unsigned char>(rest[k - 2])) &&
                (rest.substr(k, 2) == "h " || rest.substr(k) == "h" || rest.substr(k, 2) == "am" || rest.substr(k, 2) == "pm");
    if (opens && std::islower(c) && !unit) return 0;
    if (std::isdigit(c)) dated = true;
    if (c == '.' && k > 0 && k + 1 < rest.size() && std::isalpha(static_cast<unsigned char>(rest[k - 1])) &&
        std::islower(static_cast<unsigned char>(rest[k + 1])))
      dated = true;  // "Outlet.com", "LRT.lt"
  }
  return dated ? e - b : 0;
}

// "See also: Chile opens a range", "Tags: Peru, cyber", "[SA / ak / 11:20]": a line that links
// other stories, tags this one or closes it with a desk's slug (an agency's initials, an
// editor's, the time) names nothing of this story (cues.json link_labels).
// (a line of its own only: one the segmenter joined to the prose after it keeps its words)
static bool furniture_line(const SentenceAnalysis& s, std::string_view text, const Lexicon& lex) {
  const auto& t = s.tokens;
  if (t.empty() || (s.start > 0 && text[s.start - 1] != '\n')) return false;
  if (text.substr(s.start, s.end - s.start).find('\n') != std::string_view::npos) return false;
  if (t.size() <= 12 && t.front().key == "[" && t.back().key == "]" &&
      std::any_of(t.begin(), t.end(), [](const Token& k) { return k.key == "/"; }))
    return true;
  for (const auto& label : lex.link_label_words) {
    if (label.empty() || label.size() >= t.size() || t[label.size()].key != ":") continue;
    bool same = true;
    for (std::size_t i = 0; i < label.size() && same; ++i) same = t[i].key == label[i];
    if (same) return true;
  }
  return false;
}

DocAnalysis Recogniser::run(const std::vector<Sentence>& sentences) {
  doc_.sentences.reserve(sentences.size());
  for (const auto& sentence : sentences) {
    SentenceAnalysis s;
    s.start = sentence.start;
    s.end = sentence.end;
    s.tokens = tokenize(text_, sentence.start, sentence.end, lex_.abbreviations);
    drop_script_glosses(s.tokens);
    join_team_slashes(s.tokens, text_, lex_);
    join_initialism_compounds(s.tokens, text_, lex_);
    key_tokens(s.tokens, lex_);
    soften_capital_surnames(s.tokens, lex_);
    soften_sign_off_name(s.tokens, text_, lex_);
    if (furniture_line(s, text_, lex_)) s.tokens.clear();
    s.headline = is_headline(s, doc_.sentences.empty(), text_, lex_);
    s.title_end = static_cast<std::uint32_t>(s.tokens.size());
    if (s.headline)
      for (std::uint32_t k = 1; k < s.tokens.size(); ++k)
        if (line_break_before(text_, s.tokens, k) &&
            (s.tokens[k].key == "by" || byline_start(s, k, lex_))) {
          s.title_end = k;  // only a byline on the next line: a wrapped headline stays one
          break;
        }
    doc_.sentences.push_back(std::move(s));
  }
  for (std::size_t i = 0; i < doc_.sentences.size(); ++i) scan_sentence(i);
  for (std::size_t i = 0; i < doc_.sentences.size(); ++i) scan_lowercase_heads(i);
  type_candidates();
  type_exercise_candidates();
  type_town_candidates();
  retype_exercises();
  place_named_drills();
  bind_partial_names();
  for (std::size_t i = 0; i < doc_.sentences.size(); ++i) rescan_known(i);
  qualify_generic_bodies();
  qualify_bare_bodies();
  keep_nationless_names();
  merge_known_as();
  merge_bracketed_foreign_names();
  merge_bracketed_short_forms();
  merge_short_complement_names();
  merge_place_qualified_names();
  merge_known_by_initials();
  merge_spelled_initials();
  merge_lexicon_acronyms();
  merge_lowercase_occasions();
  merge_person_tails();
  merge_exercise_stems();
  merge_quoted_nicknames();
  resolve_roles();
  note_descriptions();
  resolve_anaphora();
  merge_agreement_descriptions();
  merge_bracketed_titles();
  merge_short_titles();
  name_told_agreements();
  drop_replaced_regions();
  drop_redirected();
  name_venue_forms();
  for (auto& s : doc_.sentences)
    std::sort(s.mentions.begin(), s.mentions.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return std::move(doc_);
}

std::string Recogniser::key_of(const SentenceAnalysis& s, std::uint32_t b, std::uint32_t e) const {
  std::string key;
  for (std::uint32_t i = b; i < e; ++i) {
    if (i == b && s.tokens[i].key == "the") continue;
    if (!key.empty()) key.push_back(' ');
    key += s.tokens[i].key;
  }
  if (key.ends_with(" 's")) key.resize(key.size() - 3);
  return key;
}

bool Recogniser::covered(const SentenceAnalysis& s, std::uint32_t i) const {
  for (const auto& m : s.mentions)
    if (i >= m.begin && i < m.end) return true;
  for (const auto& r : s.roles)
    if (i >= r.begin && i < r.end) return true;
  return false;
}

void Recogniser::add_mention(std::size_t si, std::uint32_t b, std::uint32_t e, int entity, MentionKind kind) {
  auto& s = doc_.sentences[si];
  for (std::uint32_t i = b; i < e; ++i)
    if (covered(s, i)) return;
  s.mentions.push_back({b, e, entity, kind});
}

int Recogniser::lexicon_entity(std::uint32_t id, const std::string& surface) {
  auto it = by_lexicon_.find(id);
  int entity;
  if (it != by_lexicon_.end()) {
    entity = it->second;
  } else {
    const LexEntity& lex = lex_.entities[id];
    entity = static_cast<int>(doc_.entities.size());
    doc_.entities.push_back({lex.type, lex.label, {lex.label}, static_cast<int>(id)});
    by_lexicon_.emplace(id, entity);
    known_.emplace(lex_.name_key_of(lex.label), entity);
  }
  auto& names = doc_.entities[entity].names;
  if (!surface.empty() && std::find(names.begin(), names.end(), surface) == names.end()) {
    names.push_back(surface);
    // "the Spanish Civil Guard ... the Civil Guard": the form written, not only the label, is
    // what a later shorter name ends with (entity_for); a name of words, not an acronym ("ACT")
    // whose key is a common word's
    if (surface.find(' ') != std::string::npos) known_.emplace(lex_.name_key_of(surface), entity);
  }
  return entity;
}

// The length of `key` before a nation that completes it ("ministry of energy" of
// "ministry of energy of the republic of peru"), else npos.
std::size_t Recogniser::before_nation_complement(const std::string& key) const {
  for (std::size_t at = key.find(" of "); at != std::string::npos; at = key.find(" of ", at + 1)) {
    std::string rest = key.substr(at + 4);
    if (rest.starts_with("the ")) rest = rest.substr(4);
    auto hit = lex_.gazetteer.find(rest);
    if (hit != lex_.gazetteer.end() && lex_.entities[hit->second.front().entity].type == NodeType::Nation) return at;
  }
  return std::string::npos;
}

// "LLC", "GmbH", "B.V.", "plc", "AB": an organisation's head word (cues.json head_words) written
// as a company's legal form (capitals, a dot, a short or mixed-case word), not as a plain
// capitalised word ("Labs", "Command", "Corps").
bool legal_form_word(const Lexicon& lex, std::string_view w) {
  auto head = lex.head_type.find(lex.token_key(w));
  if (w.empty() || head == lex.head_type.end() || head->second != NodeType::Organisation) return false;
  bool plain = w.size() >= 4 && std::isupper(static_cast<unsigned char>(w[0])) &&
               std::all_of(w.begin() + 1, w.end(), [](unsigned char c) { return std::islower(c); });
  return !plain;
}

// "Rionet Labs" after or before "Rionet Labs LLC": a company of two words or more named with
// and without its legal form is one. Its entity, else -1.
int Recogniser::legal_form_match(const std::string& name, const std::string& key) const {
  auto organisation = [&](int e) { return doc_.entities[e].type == NodeType::Organisation; };
  std::size_t cut = name.rfind(' ');
  if (cut != std::string::npos && name.find(' ') < cut && legal_form_word(lex_, std::string_view(name).substr(cut + 1))) {
    auto it = known_.find(lex_.name_key_of(name.substr(0, cut)));
    return it != known_.end() && organisation(it->second) ? it->second : -1;
  }
  if (key.find(' ') == std::string::npos) return -1;
  for (const auto& [k, e] : known_) {
    if (!organisation(e) || k.size() <= key.size() + 1 || !k.starts_with(key + " ") || k.find(' ', key.size() + 1) != std::string::npos)
      continue;
    for (const auto& n : doc_.entities[e].names)
      if (std::size_t c = n.rfind(' '); c != std::string::npos && lex_.name_key_of(n) == k &&
                                        legal_form_word(lex_, std::string_view(n).substr(c + 1)))
        return e;
  }
  return -1;
}

// "Ministry of Energy" after or before "Ministry of Energy of the Republic of
// Peru": one body, named once with its nation. Its entity, else -1.
// A generic name ("Foreign Ministry") is left to its owner nation (nations.cpp).
int Recogniser::nation_complement_match(const std::string& key) const {
  if (lex_.generic_key(key)) return -1;
  if (std::size_t cut = before_nation_complement(key); cut != std::string::npos) {
    if (lex_.generic_key(key.substr(0, cut))) return -1;
    auto it = known_.find(key.substr(0, cut));
    return it != known_.end() && doc_.entities[it->second].type == NodeType::Organisation ? it->second : -1;
  }
  for (const auto& [k, e] : known_)
    if (k.size() > key.size() + 4 && k.starts_with(key + " of ") && doc_.entities[e].type == NodeType::Organisation &&
        before_nation_complement(k) == key.size())
      return e;
  return -1;
}

int Recogniser::entity_for(NodeType type, const std::string& name, int lexicon_id) {
  if (lexicon_id >= 0) return lexicon_entity(static_cast<std::uint32_t>(lexicon_id), name);
  std::string key = lex_.name_key_of(name);
  // "Secretary General Mark Rutte": a titled name read as a span is still the gazetteer's person
  if (type == NodeType::Person)
    if (auto hit = lex_.gazetteer.find(key); hit != lex_.gazetteer.end())
      for (const auto& h : hit->second)
        if (lex_.entities[h.entity].type == NodeType::Person) return lexicon_entity(static_cast<std::uint32_t>(h.entity), name);
  // "took place in Gzira": a place the context typed is the lexicon's town of that name
  if (type == NodeType::Place && !known_.count(key))
    if (int town = town_named(name); town >= 0) return lexicon_entity(static_cast<std::uint32_t>(town), name);
  auto it = known_.find(key);
  int entity;
  if (it == known_.end() && type == NodeType::Organisation && key.find(' ') != std::string::npos) {
    // "Cyber Command" after "U.S. Cyber Command": the same organisation.
    for (const auto& [k, e] : known_)
      if (doc_.entities[e].type == type && k.size() > key.size() && k.ends_with(" " + key)) {
        it = known_.find(k);
        break;
      }
  }
  if (it == known_.end() && type == NodeType::Organisation) {
    // "Japan Self-Defense Forces" after "Japan's Self-Defense Forces": a nation before the name.
    for (std::size_t cut = key.find(' '), n = 0; cut != std::string::npos && n < 2; cut = key.find(' ', cut + 1), ++n) {
      auto hit = lex_.gazetteer.find(key.substr(0, cut));
      if (hit == lex_.gazetteer.end() || lex_.entities[hit->second.front().entity].type != NodeType::Nation) continue;
      auto core = known_.find(key.substr(cut + 1));
      const std::string& nation = lex_.entities[hit->second.front().entity].label;
      bool other_owner = core != known_.end() && qualified_.count(core->second) &&
                         !doc_.entities[core->second].label.starts_with(nation + "'s ") &&
                         !doc_.entities[core->second].label.starts_with(possessive(nation) + " ");
      if (core != known_.end() && !other_owner && doc_.entities[core->second].type == type &&
          key.find(' ', cut + 1) != std::string::npos)
        it = core;
      break;
    }
  }
  int complement = it == known_.end() && type == NodeType::Organisation ? nation_complement_match(key) : -1;
  if (it == known_.end() && complement < 0 && type == NodeType::Organisation) complement = legal_form_match(name, key);
  if (it != known_.end() || complement >= 0) {
    entity = complement >= 0 ? complement : it->second;
  } else {
    entity = static_cast<int>(doc_.entities.size());
    doc_.entities.push_back({type, name, {}, -1});
    known_.emplace(key, entity);
  }
  DocEntity& e = doc_.entities[entity];
  if (std::find(e.names.begin(), e.names.end(), name) == e.names.end()) e.names.push_back(name);
  known_.emplace(key, entity);
  bool acronym = std::none_of(name.begin(), name.end(), [](unsigned char c) { return std::islower(c); });
  if (e.lexicon < 0 && !acronym && name.size() > e.label.size()) e.label = name;
  return entity;
}

}  // namespace detail
}  // namespace newsgraph
