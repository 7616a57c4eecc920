// Internal to src/recognise/: the state of recognising one document.
#pragma once
#include <optional>
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "recognise/recognise.hpp"
#include "util/names.hpp"

namespace newsgraph::detail {

// "24" in "Cyber Guard 24", "2025" in "Steadfast Shield 2025": a two-digit
// number or a year of this or the last century.
inline bool year_number(const Token& t) {
  if (!t.word || (t.text.size() != 2 && t.text.size() != 4)) return false;
  for (char c : t.text)
    if (c < '0' || c > '9') return false;
  return t.text.size() == 2 || t.text.starts_with("19") || t.text.starts_with("20");
}

// "7.0" of "Guardian Shield 7.0": a version-style edition number, three tokens
// written together (number, dot, number of one or two digits each).
inline bool decimal_edition_at(const std::vector<Token>& toks, std::size_t j) {
  auto small = [](const Token& t) {
    return t.word && !t.text.empty() && t.text.size() <= 2 &&
           std::all_of(t.text.begin(), t.text.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  return j + 2 < toks.size() && small(toks[j]) && toks[j + 1].text == "." && small(toks[j + 2]) &&
         toks[j].end == toks[j + 1].start && toks[j + 1].end == toks[j + 2].start;
}

// "LLC", "GmbH", "UAB": an organisation's head word written as a company's legal form (recognise.cpp).
bool legal_form_word(const Lexicon& lex, std::string_view w);

// Whether the line holding byte `pos` has a lower-case letter: running text, not a heading in
// capitals ("ANNUAL REPORT 2025", "[STANDBY ITEM 05]").
inline bool in_running_text(std::string_view text, std::size_t pos) {
  std::size_t from = text.rfind('\n', pos);
  from = from == std::string_view::npos ? 0 : from + 1;
  std::string_view line = text.substr(from, text.find('\n', pos) - from);
  return std::any_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// The tokens of an edition number at `j` ("24", "2025", "7.0"): 0 when none.
inline std::uint32_t edition_length(const std::vector<Token>& toks, std::size_t j) {
  if (j < toks.size() && year_number(toks[j])) return 1;
  return decimal_edition_at(toks, j) ? 3 : 0;
}

// Whether a line break separates token `k` from the token before it (k > 0): a line
// ends a name, a title and a headline, whatever the capitals say.
inline bool line_break_before(std::string_view text, const std::vector<Token>& toks, std::uint32_t k) {
  return text.substr(toks[k - 1].end, toks[k].start - toks[k - 1].end).find('\n') != std::string_view::npos;
}

// 91 of "91st", 3 of "3rd": an ordinal written in digits (at most `max_digits`), else none.
inline std::optional<int> ordinal_value(std::string_view word, std::size_t max_digits = 3) {
  std::size_t d = 0;
  while (d < word.size() && word[d] >= '0' && word[d] <= '9') ++d;
  std::string_view rest = word.substr(d);
  if (d == 0 || d > max_digits || !(rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) return std::nullopt;
  int value = 0;
  for (std::size_t k = 0; k < d; ++k) value = value * 10 + (word[k] - '0');
  return value;
}

// "91st" of "the 91st Cyber Brigade", "10th" of "10th Mountain Division": an ordinal number.
inline bool ordinal_number(const Token& t) { return ordinal_value(t.text).has_value(); }

// "-24" of "Steel Spear-24", "-2025" of "Iron Gate-2025": an edition number
// joined to a name's last word; its length, 0 when none.
inline std::size_t edition_suffix(const Token& t) {
  auto dash = t.text.rfind('-');
  if (!t.word || !t.capital || dash == std::string_view::npos || dash < 2) return 0;
  std::string_view digits = t.text.substr(dash + 1);
  if (digits.size() != 2 && digits.size() != 4) return 0;
  for (char c : digits)
    if (c < '0' || c > '9') return 0;
  for (std::size_t k = 0; k < dash; ++k)
    if (!std::isalpha(static_cast<unsigned char>(t.text[k]))) return 0;
  return t.text.size() - dash;
}

// spans.cpp: whether token `b` is the first word of its sentence (after quotes or emphasis
// marks); whether b..e are words with a capital and not in capitals.
bool first_word_of(const SentenceAnalysis& s, std::uint32_t b);
bool plain_words(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e);

// A byline line without "By" ("Jane Doe | 20 May 2025"): the number of
// tokens of its name, 0 when the sentence is none (recognise.cpp).
std::uint32_t bare_byline(const SentenceAnalysis& s, std::string_view text, const Lexicon& lex);

// "Letter of Intent", "Statement on", "Convention Centre": the type of a head of
// two or three words that starts at token `k` and ends before `e`, null when none
// (span_bounds.cpp).
const NodeType* joined_head(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t k, std::uint32_t e);

// name_shapes.cpp: "CERT-EU", "NCSC-NL": an acronym qualified by a nation or bloc code;
// "UZCERT", "ngCERT": a response team's capitals with more letters; whether the lexicon
// writes a head word in capitals ("FC").
bool team_acronym(std::string_view w);
bool team_word(const Lexicon& lex, std::string_view w);
bool head_in_capitals(const Lexicon& lex, std::string_view w);
bool head_only_in_capitals(const Lexicon& lex, std::string_view key);
// "ComDCiber", "DefCERT": a short name in mixed case with two or more capitals inside;
// "Nacsa" of "National Cyber Security Agency": a word spelled from the first letters
// of every capitalised word of toks[b, e), in order; "Mindef" of "Ministry of Defence":
// two words' first syllables.
bool mixed_case_acronym(std::string_view w);
bool spelled_acronym(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e, std::string_view w);
// "acronym", "abbreviation", "initials": a noun that introduces a body's short form
// ("known by its Spanish acronym X").
bool acronym_noun(std::string_view key);
// "KIPCHUMBA ARAP SEREM,\nPrincipal Secretary": a sign-off's name in capitals is a name's words (sign_offs.cpp).
void soften_sign_off_name(std::vector<Token>& toks, std::string_view text, const Lexicon& lex);
// Where the line break after `from` is when only spaces stand before it, else npos: a line
// that ends there (sign_offs.cpp).
std::size_t line_break_after(std::string_view text, std::size_t from);

struct Candidate {  // a capitalised span no rule could type yet
  std::size_t sentence = 0;
  std::uint32_t begin = 0, end = 0;
};

class Recogniser {
 public:
  Recogniser(std::string_view text, const Lexicon& lexicon) : text_(text), lex_(lexicon) {}
  DocAnalysis run(const std::vector<Sentence>& sentences);

 private:
  // Pass 1: gazetteer names and typed capitalised spans.
  bool body_head_closes(const SentenceAnalysis& s, std::uint32_t b, std::uint32_t e) const;
  void scan_sentence(std::size_t si);
  void note_nation_compounds(const SentenceAnalysis& s);
  void note_between_parties(const SentenceAnalysis& s);
  std::uint32_t gazetteer_match(const SentenceAnalysis& s, std::uint32_t i, const LexHit** hit) const;
  std::uint32_t region_modifier(const SentenceAnalysis& s, std::uint32_t i) const;
  bool portfolio_acronym_at(const SentenceAnalysis& s, std::uint32_t j) const;
  bool company_closed_at(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const;
  std::uint32_t capital_span(const SentenceAnalysis& s, std::uint32_t i) const;
  bool plural_possessive_inside(const SentenceAnalysis& s, std::uint32_t j) const;
  bool office_of_title(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const;
  std::uint32_t body_line(const SentenceAnalysis& s) const;
  bool place_complement(const SentenceAnalysis& s, std::uint32_t of, std::uint32_t k) const;
  std::uint32_t cut_coordination(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const;
  bool keeps_connector(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j, std::uint32_t k,
                       std::int64_t complement) const;
  std::uint32_t title_through(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t k) const;
  std::uint32_t title_cut(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const;
  std::uint32_t possessed_complement_cut(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const;
  std::uint32_t portfolio_list_end(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const;
  std::uint32_t agreement_in(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t k) const;
  bool bind_joined_head(std::size_t si, std::uint32_t b, std::uint32_t e);
  std::uint32_t known_longer_name(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t g, std::uint32_t c) const;
  bool defined_acronym_titled(std::size_t si, std::uint32_t i, std::uint32_t c);
  bool span_beats_gazetteer(std::size_t si, std::uint32_t i, std::uint32_t g, std::uint32_t c, const LexHit& hit);
  std::uint32_t place_opened_name(std::size_t si, std::uint32_t i, std::uint32_t g, const LexHit& hit);
  std::uint32_t add_gazetteer_mention(std::size_t si, std::uint32_t i, std::uint32_t g, const LexHit& hit);
  std::uint32_t closing_role(std::size_t si, std::uint32_t b, std::uint32_t e);
  // process_span.cpp: one capitalised span, from its title to its entity.
  std::uint32_t process_span(std::size_t si, std::uint32_t b, std::uint32_t e);
  std::uint32_t unnamed_opening(std::size_t si, std::uint32_t b, std::uint32_t e) const;
  std::optional<std::uint32_t> title_before_portfolio(std::size_t si, std::uint32_t b, std::uint32_t e,
                                                      std::uint32_t* title, std::string* relation);
  std::string unit_head_relation(const std::string& first, const std::string& relation) const;
  std::uint32_t person_then_body(std::size_t si, std::uint32_t b, std::uint32_t nb, std::uint32_t k, std::uint32_t e);
  bool occasion_head_alone(const Token& t) const;
  bool demonym_pair(std::string_view word) const;
  bool people_not_person(const SentenceAnalysis& s, std::uint32_t b, std::uint32_t e) const;
  bool venue_after_title(const SentenceAnalysis& s, std::uint32_t nb, std::uint32_t e) const;
  bool surname_of_named_person(std::string_view word) const;
  bool place_head_then_for(const std::vector<Token>& toks, std::uint32_t j) const;
  bool lone_head_word(std::size_t si, std::uint32_t nb, std::uint32_t e);
  std::uint32_t add_typed_span(std::size_t si, std::uint32_t b, std::uint32_t nb, std::uint32_t ab, std::uint32_t e,
                               NodeType type, bool acronym);
  bool head_word_then_person(std::size_t si, std::uint32_t b, std::uint32_t e);
  std::uint32_t title_of_acronym(std::size_t si, std::uint32_t b, std::uint32_t e, std::uint32_t title,
                                 const std::string& relation);
  std::optional<NodeType> type_of_span(std::size_t si, std::uint32_t b, std::uint32_t e, bool titled) const;
  bool writes_a_date(const std::vector<Token>& toks, std::uint32_t month, std::uint32_t year) const;
  NodeType exercise_over_head(std::size_t si, std::uint32_t b, std::uint32_t e, std::uint32_t full, bool numbered,
                              NodeType head) const;
  std::uint32_t style_words(const SentenceAnalysis& s, std::uint32_t k, std::uint32_t e, std::uint32_t taken) const;
  bool patronymic_shape(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e) const;
  std::optional<NodeType> headless_type(std::size_t si, std::uint32_t b, std::uint32_t e, std::uint32_t full,
                                        bool titled, bool numbered) const;
  bool double_barrelled_name(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e) const;
  bool barrelled_surname(std::string_view last) const;
  // context_type.cpp: a span's type from the words around it, cue by cue.
  struct SpanAt {
    SpanAt(const SentenceAnalysis& sentence, std::size_t index, std::uint32_t begin, std::uint32_t end);
    std::string_view key(std::int64_t k) const;  // "" outside the sentence
    const SentenceAnalysis& s;
    const std::vector<Token>& toks;
    std::size_t si;
    std::uint32_t b, e, n;
    bool plain = true;          // words only, none in capitals
    bool caps = false;          // two or more words all in capitals ("SABER STRIKE")
    std::uint32_t first_word;   // the sentence's first word, after emphasis marks
    std::int64_t before;        // the token before the span, skipping "the"
  };
  std::optional<NodeType> context_type(std::size_t si, std::uint32_t b, std::uint32_t e) const;
  bool person_cue(const SpanAt& at) const;
  bool organisation_beside(const SpanAt& at) const;
  bool firm_apposition_before(const SpanAt& at) const;
  bool led_by_name(const SpanAt& at) const;
  bool sign_off_role_after(const SpanAt& at) const;
  bool meeting_of_names(const SpanAt& at) const;
  bool speech_cue(const SpanAt& at) const;
  bool speaker_of_body(const SpanAt& at) const;
  bool personal_words(const SpanAt& at) const;
  bool member_in_brackets(const SpanAt& at) const;
  bool role_at_body(const SpanAt& at) const;
  bool role_copula_before(const SpanAt& at) const;
  bool commanded_body(const SpanAt& at) const;
  std::uint32_t capital_title_end(const SpanAt& at, std::uint32_t k) const;
  bool people_list(const SpanAt& at) const;
  bool body_role_apposition(const SpanAt& at) const;
  std::optional<NodeType> neighbour_cue(const SpanAt& at) const;
  std::optional<NodeType> source_cue(const SpanAt& at) const;
  std::optional<NodeType> naming_noun_cue(const SpanAt& at) const;
  std::optional<NodeType> place_cue(const SpanAt& at) const;
  bool role_before(const SentenceAnalysis& s, std::uint32_t comma) const;
  std::uint32_t strip_title(const SentenceAnalysis& s, std::uint32_t b, std::uint32_t e, std::string* relation) const;
  void add_owner_names(std::size_t si, std::uint32_t b, int entity, const std::string& name);
  void add_parent_forms(std::size_t si, std::uint32_t b, std::uint32_t e, int entity);
  std::int64_t lexicon_nation(const LexEntity& le) const;
  void add_owner_form(std::size_t si, std::uint32_t b, std::uint32_t e, int body);
  void first_of_owner_form(int entity);
  void add_of_owner_form(std::size_t si, std::uint32_t b, std::uint32_t e, int body);
  std::uint32_t foreign_complement(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const;
  std::uint32_t acronym_through_in(const SentenceAnalysis& s, std::uint32_t i, std::uint32_t j) const;
  void note_closing_nation(std::size_t si, std::uint32_t b, std::uint32_t e);
  void note_name_nations(std::size_t si, std::uint32_t b, std::uint32_t e);
  int acronym_owner_before(std::size_t si, std::uint32_t b, std::uint32_t e) const;
  void take_acronym(std::size_t si, std::uint32_t k, int entity);
  void scan_range_gazetteer(std::size_t si, std::uint32_t b, std::uint32_t e);
  std::uint32_t name_end(const SentenceAnalysis& s, std::uint32_t b, std::uint32_t e) const;
  void name_span(std::size_t si, std::uint32_t b, std::uint32_t e, NodeType type, std::string* label,
                 std::string* full) const;
  // phrases.cpp: names typed by the words around them.
  bool nation_owned_acronym(std::size_t si, std::uint32_t b) const;
  std::optional<NodeType> acronym_context(std::size_t si, std::uint32_t b) const;
  bool place_context(std::size_t si, std::uint32_t b, std::uint32_t e) const;
  bool person_title_after(std::size_t si, std::uint32_t e) const;
  bool byline_partner(std::size_t si, std::uint32_t b) const;
  std::optional<NodeType> apposition_type(std::size_t si, std::uint32_t e) const;
  std::uint32_t person_before_of(std::size_t si, std::uint32_t b, std::uint32_t e, bool titled) const;
  void scan_lowercase_heads(std::size_t si);
  // place_heads.cpp: "the Marowijne river", "Vientiane province"
  std::uint32_t place_with_head(std::size_t si, std::uint32_t i, std::uint32_t g, const LexHit* hit, std::uint32_t c);
  void place_named_drills();
  std::uint32_t lowercase_head_at(const std::vector<Token>& toks, std::uint32_t i, NodeType& type) const;
  std::int64_t first_head_modifier(const SentenceAnalysis& s, std::uint32_t i) const;
  bool signs_new_agreement(const std::vector<Token>& toks, std::int64_t det, std::uint32_t end) const;
  std::uint32_t body_of_occasion(const SentenceAnalysis& s, std::int64_t det, std::uint32_t i, std::uint32_t end) const;
  void merge_known_as();
  void merge_bracketed_foreign_names();
  bool coded_short_form(const SentenceAnalysis& s, const Mention& m) const;
  void merge_quoted_nicknames();
  void merge_bracketed_short_forms();
  void merge_place_qualified_names();
  void merge_short_complement_names();
  void merge_into(int from, int to);
  int outer_body(const SentenceAnalysis& s, const Mention& a) const;
  void merge_known_by_initials();
  void merge_spelled_initials();
  void merge_into_spelled(int a, const std::string& acronym, const std::vector<std::string>& spelled);
  // document_forms.cpp
  std::vector<std::string> mentioned_forms(int e) const;
  void merge_lexicon_acronyms();
  void merge_lowercase_occasions();
  void merge_person_tails();
  void merge_exercise_stems();
  bool describes(const DocEntity& entity, const std::string& noun) const;
  // Whether `noun` heads a name of `entity`, not qualifies a later head word ("Union" of "European Union Agency").
  bool headed_by(int entity, const std::string& noun) const;
  void note_descriptions();  // descriptions.cpp
  bool called(int entity, const std::string& noun) const;
  int weak_region_at(const SentenceAnalysis& s, std::uint32_t i) const;
  void drop_replaced_regions();
  void name_venue_forms();  // descriptions.cpp
  bool surname_of_person(std::string_view word) const;
  bool acronym_after(const SentenceAnalysis& s, std::uint32_t e, std::uint32_t* b) const;
  bool complement_of_head(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t k) const;
  bool capitalised_family_name(const std::vector<Token>& toks, std::uint32_t b) const;
  bool own_acronym_at(const SentenceAnalysis& s, std::uint32_t k, std::uint32_t b) const;
  std::uint32_t foreign_name_acronym_at(const SentenceAnalysis& s, std::uint32_t k) const;
  int body_of_acronym(const SentenceAnalysis& s, std::uint32_t e, const std::string& name);
  std::uint32_t take_headed_acronym(std::size_t si, std::uint32_t b, std::uint32_t e, int entity);
  bool exercise_context(std::size_t si, std::uint32_t b, std::uint32_t e) const;
  bool exercise_noun_before(std::size_t si, std::uint32_t b) const;
  bool exercise_noun_after(std::size_t si, std::uint32_t e) const;
  bool ends_phrase(const Token& next) const;
  bool closes_name(const std::vector<Token>& toks, std::uint32_t e) const;
  bool opens_clause(const std::vector<Token>& toks, std::uint32_t e) const;
  bool meets_person(const SentenceAnalysis& s, std::uint32_t b, std::uint32_t e) const;
  bool ends_head_phrase(const std::vector<Token>& toks, std::uint32_t k) const;
  bool copula_exercise(std::size_t si, std::uint32_t e) const;
  std::optional<NodeType> noun_type_at(const std::vector<Token>& toks, std::int64_t k) const;
  std::int64_t noun_before_name(const std::vector<Token>& toks, std::int64_t k) const;
  std::uint32_t naming_after(const std::vector<Token>& toks, std::uint32_t k) const;
  void retype_exercises();
  bool place_head_in(const std::string& label) const;
  void type_candidates();
  bool listed_with_bodies(const SentenceAnalysis& s, const Candidate& c) const;
  void type_town_candidates();
  int town_named(const std::string& surface) const;
  bool exercise_verb_before(const SentenceAnalysis& s, std::uint32_t b) const;
  bool exercise_candidate(const Candidate& c) const;
  void type_exercise_candidates();
  // Pass 2: names known in the document, wherever they recur.
  void rescan_known(std::size_t si);
  void bind_partial_names();
  void compound_name_parts(const std::string& key, std::string* surnames, std::string* personal) const;
  void bind_short_body_names(const std::unordered_map<std::string, int>& person_parts);
  bool written_lower(const std::string& word) const;
  int recent_shared_body(std::size_t si, std::uint32_t i, const std::vector<int>& bodies) const;
  bool person_name_part(const std::string& key) const;
  // Pass 3: "the center", "the exercise" -> the latest entity it describes.
  void resolve_anaphora();
  bool noun_named_or_goes_on(const SentenceAnalysis& s, std::uint32_t end) const;
  bool other_edition(const SentenceAnalysis& s, std::uint32_t from, std::uint32_t to, int entity) const;
  int described_entity(std::size_t si, std::uint32_t at, std::uint32_t end, const std::vector<int>& recent,
                       const std::vector<std::size_t>& recent_sentence, NodeType type, const std::string& noun) const;
  // nation_anaphora.cpp: "the Singapore agency" -> the Singapore body named last that is an agency.
  // Adds the body's mention to `found` and the nation mention's first token to `replaced`.
  bool nation_anaphor(std::size_t si, std::uint32_t i, const std::vector<int>& recent, std::vector<Mention>& found,
                      std::vector<std::uint32_t>& replaced) const;
  bool body_of_nation(int entity, std::int64_t nation) const;
  void resolve_roles();
  // agreements.cpp: "a memorandum of understanding ... titled the X Memorandum" is one agreement.
  void merge_agreement_descriptions();
  void merge_short_titles();
  void merge_bracketed_titles();
  void redirect_all(const std::map<int, int>& merge);
  void name_told_agreements();
  bool titled_here(std::size_t si, std::uint32_t b) const;
  bool refers_back(int entity, std::size_t si) const;
  std::set<int> announcing_lines() const;

  // nations.cpp: generic names ("Ministry of National Defence") owned by the nation the text gives.
  bool generic_name(const std::string& name) const;
  std::int64_t nation_of_mention(const Mention& m) const;
  std::int64_t nation_written_with(std::size_t si, std::uint32_t b, std::uint32_t e) const;
  std::int64_t context_nation(std::size_t si, std::uint32_t b) const;
  std::int64_t dateline_nation() const;
  bool visits_nation(const SentenceAnalysis& s, std::uint32_t from, std::int64_t nation) const;
  std::int64_t body_nation(int entity) const;
  std::int64_t owner_nation(int entity) const;
  std::int64_t nation_before(std::size_t si, std::uint32_t b) const;
  int past_passing_mention(std::size_t si, int chosen, const std::vector<int>& recent,
                           const std::vector<std::size_t>& recent_sentence) const;
  bool heading_between(std::size_t from, std::size_t to) const;
  int nation_body_before(std::size_t si, std::uint32_t at, std::uint32_t end, const std::vector<int>& recent,
                         const std::string& noun) const;
  std::int64_t relative_clause_nation(std::size_t si, std::uint32_t end) const;
  // context.cpp: the body a role names ("Defence Minister" -> a ministry, with its words).
  struct RoleBody {
    std::string head;       // "Command", "Ministry"; empty: the role names no body
    std::string words;      // "Cyber Operations", "Defence"
    std::string key;        // the body's name key as the role writes it ("defence ministry", "ministry of defence")
    std::string portfolio;  // the office's word a nation's minister is written with ("defence"); may be empty
  };
  RoleBody role_body(const SentenceAnalysis& s, const RoleSpan& r) const;
  int minister_nation(std::size_t si, const RoleSpan& r, const std::string& portfolio) const;
  std::int64_t letterhead_nation() const;
  bool post_after_name(const SentenceAnalysis& s, const RoleSpan& r) const;
  int nation_role_org(std::int64_t nation, const RoleBody& body) const;
  std::int64_t nation_after_role(std::size_t si, const RoleSpan& r) const;
  int portfolio_ministry(const std::string& portfolio) const;
  bool ministry_unclaimed(int ministry, std::int64_t nation) const;
  int nation_body(std::uint32_t nation, const std::string& core);
  std::vector<std::string> nation_forms(std::uint32_t nation, const std::string& core) const;
  void add_nation_forms();
  void qualify_generic_bodies();
  struct GenericUse;
  std::map<int, std::vector<GenericUse>> generic_body_uses() const;
  void name_own_generic_body(int entity, const std::vector<GenericUse>& list, std::int64_t own);
  std::int64_t generic_body_nation(const std::vector<GenericUse>& list, std::int64_t own) const;
  std::int64_t other_use_nation(const GenericUse& u, std::int64_t own) const;
  void apply_redirects();
  std::int64_t sentence_nation(std::size_t si, std::uint32_t b, std::uint32_t e, std::vector<std::int64_t>* doubts) const;
  std::int64_t clause_nation(std::size_t si, const Mention& m, std::vector<std::int64_t>* doubts) const;
  std::int64_t bare_body_nation(int entity) const;
  int owner_body_before(std::size_t si, std::uint32_t b) const;
  void qualify_bare_bodies();
  void keep_nationless_names();
  void drop_redirected();

  int entity_for(NodeType type, const std::string& name, int lexicon_id);
  std::size_t before_nation_complement(const std::string& key) const;
  int nation_complement_match(const std::string& key) const;
  int legal_form_match(const std::string& name, const std::string& key) const;
  int owned_entity(std::size_t si, std::uint32_t b, const std::string& name);
  int owned_by_state_body(std::size_t si, std::uint32_t owner_begin, std::uint32_t b, int owner, const std::string& name,
                          const std::string& key);
  int owned_by_nation(int nation, const std::string& name, const std::string& key);
  bool numbered_unit_reference(std::size_t si, std::uint32_t i, std::vector<Mention>& found) const;
  bool other_nations_body(const std::string& key, int nation) const;
  void qualify_bare_body(int body, std::uint32_t nation, const std::string& name);
  int lexicon_entity(std::uint32_t id, const std::string& surface);
  void add_mention(std::size_t si, std::uint32_t b, std::uint32_t e, int entity, MentionKind kind);
  bool covered(const SentenceAnalysis& s, std::uint32_t i) const;
  std::string key_of(const SentenceAnalysis& s, std::uint32_t b, std::uint32_t e) const;

  std::string_view text_;
  const Lexicon& lex_;
  DocAnalysis doc_;
  std::vector<Candidate> candidates_;
  std::unordered_map<std::string, int> known_;     // name key -> entity
  std::unordered_map<std::string, std::vector<int>> shared_first_;  // a first word two or more bodies' names share -> those bodies
  std::unordered_map<std::uint32_t, int> by_lexicon_;  // lexicon entity -> doc entity
  std::unordered_set<int> qualified_;                  // entities named with their nation
  std::unordered_map<int, int> redirect_;              // entity -> the entity that replaces it (a nation's body, a named document)
  std::unordered_map<int, std::set<std::string>> described_as_;  // entity -> nouns an apposition calls it ("fair")
  std::vector<std::pair<int, int>> replaced_regions_;  // (region, name) rescan_known() put in its place
};

}  // namespace newsgraph::detail
