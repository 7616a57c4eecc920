// A capitalised span's type by its own words (Recogniser::type_of_span):
// its head word, an edition number, the shape of a person's name, else the
// words around it (context_type.cpp); and the label it is named by.
#include <algorithm>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {
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

}  // namespace

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
  // "Council of Europe Convention on Cybercrime": a body's name before the document's head
  // word and its connector names the body that wrote it; the document is the head
  auto document_after = [&](std::uint32_t from) {
    for (std::uint32_t j = from + 1; j < e; ++j)
      if (toks[j].key == "on" || toks[j].key == "for" || toks[j].key == "against") {
        auto h = lex.head_type.find(toks[j - 1].key);
        return h != lex.head_type.end() && h->second == NodeType::Agreement;
      }
    return false;
  };
  for (std::uint32_t k = b + 1; k < e; ++k) {
    // "Agreement between the Government of A and the Government of B on X": the head before "between"
    if (toks[k].key == "between") {
      auto it = lex.head_type.find(toks[k - 1].key);
      if (it != lex.head_type.end() && it->second == NodeType::Agreement) return it->second;
    }
    if (toks[k].key == "of" || toks[k].key == "on" || toks[k].key == "for" || toks[k].key == "against") {
      auto it = lex.head_type.find(toks[k - 1].key);
      if (it != lex.head_type.end() && it->second == NodeType::Organisation && toks[k].key == "of" && document_after(k))
        return NodeType::Agreement;
      if (it != lex.head_type.end() && (k - 1 > b || !lex.modified_head_set.count(toks[k - 1].key))) return it->second;
      // "Letter of Intent on ...", "Tallinn Statement on ...": a head of several words, or one
      // that heads a name only before its connector (a "Joint Statement" is no document's name).
      if (const NodeType* joined = joined_head(lex, toks, k - 1, e)) return *joined;
      // "Gulf of Finland Declaration on X": a place's "of" before the head; the next connector may follow it
      if (toks[k].key != "of") break;
    }
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
    if (!toks[k].all_caps && head_only_in_capitals(lex, toks[k].key)) continue;
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
  const std::uint32_t full = e;
  e = name_end(doc_.sentences[si], b, e);
  bool numbered = e < full || edition_suffix(toks[e - 1]) > 0;
  if (e < full && full == e + 1 && writes_a_date(toks, e - 1, full)) return std::nullopt;
  if (auto connected = head_before_connector(lex_, toks, b, e)) return connected;
  // "Exercise Frozen Ledger": the head word first names an exercise whatever words follow.
  if (auto first = lex_.head_type.find(toks[b].key); e - b >= 2 && first != lex_.head_type.end() && first->second == NodeType::Exercise &&
                                                      toks[b].key == "exercise")
    return NodeType::Exercise;
  if (auto head = head_word_type(lex_, toks, b, e)) return exercise_over_head(si, b, e, full, numbered, *head);
  return headless_type(si, b, e, full, titled, numbered);
}

// "Published May 12, 2026": a month at `month`, a day's number and a year (at `year`,
// or after a comma there) write a date, no edition of a name.
bool Recogniser::writes_a_date(const std::vector<Token>& toks, std::uint32_t month, std::uint32_t year) const {
  auto year_at = [&](std::size_t k) { return k < toks.size() && toks[k].text.size() == 4 && year_number(toks[k]); };
  const Token& day = toks[month + 1];
  return lex_.temporal.months.count(toks[month].key) && day.text.size() <= 2 && std::stoi(std::string(day.text)) <= 31 &&
         (year_at(year) || (year < toks.size() && toks[year].key == "," && year_at(year + 1)));
}

// The type of a span [b, e) (`full`: with its edition number) whose head word
// names `head`: an exercise instead where its edition, the noun after it or
// its apposition says so.
NodeType Recogniser::exercise_over_head(std::size_t si, std::uint32_t b, std::uint32_t e, std::uint32_t full,
                                        bool numbered, NodeType head) const {
  const auto& toks = doc_.sentences[si].tokens;
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
  return head;
}

// Whether the lower-case words inside [b, e) are name particles none of which joins a foreign
// name's words ("de", "y"), each between capitalised words.
bool Recogniser::patronymic_shape(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e) const {
  for (std::uint32_t k = b; k < e; ++k) {
    if (toks[k].capital) continue;
    if (k == b || k + 1 == e || !toks[k + 1].capital || !lex_.name_particle_set.count(toks[k].key) ||
        lex_.foreign_connector_set.count(toks[k].key))
      return false;
  }
  return true;
}

// The type of a span no head word types: by a leading exercise word, a
// team's acronym, a base's prefix, the shape of a person's name, else the
// words around it.
std::optional<NodeType> Recogniser::headless_type(std::size_t si, std::uint32_t b, std::uint32_t e, std::uint32_t full,
                                                  bool titled, bool numbered) const {
  const auto& toks = doc_.sentences[si].tokens;
  // "Exercise Amber Lattice": the head word first.
  auto first = lex_.head_type.find(toks[b].key);
  if (e - b >= 2 && first != lex_.head_type.end() && first->second == NodeType::Exercise) return NodeType::Exercise;
  // "UZCERT", "the National KE-CIRT/CC": a response team's acronym ends the name of a team.
  if (team_acronym(toks[e - 1].text) || team_word(lex_, toks[e - 1].text)) return NodeType::Organisation;
  // "RAF Lossiemouth", "Fort Meade": a base's prefix, then its place's name.
  // ("Lake Ohrid Cipher 2026" with its edition number is an exercise, no lake)
  if (!numbered && e - b >= 2 && e - b <= 3 && lex_.place_prefix_set.count(toks[b].key) && plain_words(toks, b + 1, e))
    return NodeType::Place;
  std::uint32_t n = e - b, particles = 0;
  bool plain = true, shouted = true;  // shouted: every word in capitals, none a name the gazetteer knows
  for (std::uint32_t k = b; k < e; ++k) {
    plain &= toks[k].word && !toks[k].all_caps;
    shouted &= toks[k].word && toks[k].all_caps && toks[k].text.size() >= 4 && !lex_.gazetteer.count(toks[k].key);
    particles += !toks[k].capital && lex_.name_particle_set.count(toks[k].key) > 0;
  }
  // "Sheikh Nasser bin Hamad Al Khalifa": particles do not count as words of the name
  if (titled && plain && particles > 0 && n - particles <= 4 && !numbered) return NodeType::Person;
  // "Defense Minister TAKEDA Hiroshi": a family name in capitals, then the given name (Japanese style)
  if (titled && n == 2 && !numbered && capitalised_family_name(toks, b)) return NodeType::Person;
  // "headed by KANG Min-seo": untitled, the given name must have the shape of a romanised
  // two-syllable one ("Min-seo", "Hye-jin"), not a hyphenated word ("Follow-up")
  if (n == 2 && !numbered && capitalised_family_name(toks, b) && syllable_given_name(toks[b + 1].text)) return NodeType::Person;
  // "SATO Haruka, Director of the National Center ...": a role after the comma vouches for any given name
  if (n == 2 && !numbered && e == full && capitalised_family_name(toks, b) && person_title_after(si, e)) return NodeType::Person;
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
  // "Rossell and Gastaud-Rey held a bilateral meeting" after "Marc Rossell Vidal": one word that
  // is a surname of a person named before is that person's (merge_person_tails joins them)
  if (!numbered && n == 1 && plain && surname_of_named_person(toks[b].text)) return NodeType::Person;
  auto context = context_type(si, b, full);
  // "Zulkifli bin Osman", "Nurul Ain binti Rashid": untitled, capitalised words joined by a
  // patronymic particle (cues.json name_particles, not a foreign name's connector such as "de")
  // name a person when nothing around the name says otherwise
  if (!context && !numbered && plain && particles > 0 && n - particles >= 2 && n - particles <= 4 && patronymic_shape(toks, b, e))
    return NodeType::Person;
  // "Cyber Guard 24", "CORAL HERON 26": two or more plain words (or words all in capitals, as
  // military releases write them) numbered like an edition name an exercise.
  // Not a heading in capitals ("ANNUAL REPORT 2025"): the shouted name stands in running text.
  if (!context && numbered && n >= 2 && (plain || (shouted && in_running_text(text_, toks[b].start))))
    return NodeType::Exercise;
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

// Whether `word` is a word after the first of a person's name the document gave
// ("Rossell" or "Vidal" of "Marc Rossell Vidal"), a surname it may be named by alone.
bool Recogniser::surname_of_named_person(std::string_view word) const {
  if (word.size() < 3) return false;
  return std::any_of(doc_.entities.begin(), doc_.entities.end(), [&](const DocEntity& e) {
    if (e.type != NodeType::Person) return false;
    bool first = true, found = false;
    for_each_word(e.label, [&](std::string_view w) {
      found |= !first && w == word;
      first = false;
    });
    return found;
  });
}

}  // namespace newsgraph::detail
