// A name no gazetteer and no head word typed, typed by the words around it:
// who speaks or holds a role (a person), who employs or reports (a body),
// which noun names it (an exercise or event), where it is (a place). The
// cues run in this order because the earlier ones are the surer.
#include <algorithm>
#include <cctype>
#include <set>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {
namespace {

bool role_noun_ahead(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t k) {
  for (std::uint32_t j = k; j < toks.size() && j < k + 6; ++j) {
    if (!toks[j].word) return false;
    if (lex.role_noun_relation.count(toks[j].key)) return true;
    if (j + 1 < toks.size() && lex.role_noun_relation.count(toks[j].key + " " + toks[j + 1].key)) return true;
  }
  return false;
}

// "MPs", "NGOs", "CERTs": an acronym made plural is a common noun, never one thing's name.
bool plural_acronym(std::string_view text) {
  if (text.size() < 3 || text.back() != 's') return false;
  for (std::size_t i = 0; i + 1 < text.size(); ++i)
    if (!std::isupper(static_cast<unsigned char>(text[i]))) return false;
  return true;
}

std::string two_words(std::string_view a, std::string_view b) { return std::string(a).append(" ").append(b); }

bool listed(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// "the government appointed X Y as director of", "the appointment of X Y as its new head": a
// name after a lower-case word, then "as" and a post (a role noun past determiners and words
// of tenure, cues.json determiners, role_modifiers).
bool post_taken_as(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e) {
  auto key = [&](std::uint32_t k) { return k < toks.size() ? std::string_view(toks[k].key) : std::string_view(); };
  if (b < 1 || key(e) != "as" || !toks[b - 1].word || toks[b - 1].capital || lex.determiner_set.count(key(b - 1))) return false;
  std::uint32_t r = e + 1;
  while (r < toks.size() && r < e + 4 && (lex.determiner_set.count(key(r)) || lex.role_modifier_set.count(key(r)))) ++r;
  return r < toks.size() && (lex.role_noun_relation.count(key(r)) || lex.role_noun_relation.count(two_words(key(r), key(r + 1))));
}

// "Hamish Rangi, New Zealand's Minister for X", "Georg Ilves, Latvia's military attaché": a
// nation's (or body's) office, a role noun or a lower-case title of two words (cues.json
// person_titles), after the comma that closes the name at e.
bool office_after_name(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t e) {
  auto key = [&](std::uint32_t k) { return k < toks.size() ? std::string_view(toks[k].key) : std::string_view(); };
  if (key(e) != ",") return false;
  std::uint32_t owner = e + 1;
  while (owner < toks.size() && owner < e + 5 && toks[owner].word && toks[owner].capital) ++owner;
  if (owner == e + 1 || key(owner) != "'s") return false;
  if (owner + 1 < toks.size() && lex.role_noun_relation.count(toks[owner + 1].key)) return true;
  return owner + 2 < toks.size() && !toks[owner + 1].capital && !toks[owner + 2].capital &&
         lex.title_relation.count(two_words(key(owner + 1), key(owner + 2)));
}

// "Lieutenant General (Ret.) Arif Wicaksono", "Lt Gen (retd) A B": a rank, then a retired
// officer's mark in brackets (cues.json retired_marks), right before the name at b.
bool retired_rank_before(const Lexicon& lex, const std::vector<Token>& toks, std::uint32_t b) {
  std::int64_t k = static_cast<std::int64_t>(b) - 1;
  if (k < 3 || toks[k].key != ")") return false;
  if (toks[--k].key == ".") --k;
  std::string_view mark = toks[k].key;
  if (mark.ends_with('.')) mark.remove_suffix(1);
  if (!lex.retired_mark_set.count(mark) || k < 2 || toks[k - 1].key != "(") return false;
  const Token& rank = toks[k - 2];
  return rank.word && rank.capital && lex.title_relation.count(rank.key) > 0;
}

}  // namespace

Recogniser::SpanAt::SpanAt(const SentenceAnalysis& sentence, std::size_t index, std::uint32_t begin, std::uint32_t end)
    : s(sentence), toks(sentence.tokens), si(index), b(begin), e(end), n(end - begin) {
  for (std::uint32_t k = b; k < e; ++k) plain &= toks[k].word && !toks[k].all_caps;
  // "SABER STRIKE": two or more words in capitals, not an acronym
  caps = n >= 2 && std::all_of(toks.begin() + b, toks.begin() + e, [](const Token& t) { return t.word && t.all_caps; });
  first_word = s.headline && s.title_end < toks.size() ? s.title_end : 0;  // after emphasis marks ("*By Jane Doe")
  while (first_word < b && !toks[first_word].word) ++first_word;
  before = static_cast<std::int64_t>(b) - 1;
  if (key(before) == "the") --before;
}

// A view of the token's key, no copy: this runs for every span the scan could not type.
std::string_view Recogniser::SpanAt::key(std::int64_t k) const {
  return k >= 0 && k < static_cast<std::int64_t>(toks.size()) ? std::string_view(toks[k].key) : std::string_view();
}

std::optional<NodeType> Recogniser::context_type(std::size_t si, std::uint32_t b, std::uint32_t e) const {
  const SpanAt at(doc_.sentences[si], si, b, e);
  // "consultancy Daugava Signals said": the noun before says a body, whatever the speech verb after
  if (organisation_beside(at)) return NodeType::Organisation;
  if (person_cue(at)) return NodeType::Person;
  if (at.n == 1)
    if (auto t = acronym_context(si, b)) return t;
  if (auto t = neighbour_cue(at)) return t;
  if (auto t = source_cue(at)) return t;
  // "Asked about the exercise, Tamm said": a word of a person's name met
  // before is that person (bound later), not a name the noun before it gives.
  if (at.n == 1 && person_name_part(at.toks[b].key)) return std::nullopt;
  if (auto t = naming_noun_cue(at)) return t;
  return place_cue(at);
}

// "its spokesperson is Nouf Al-Harbi", "the agency's new director will be A B": a role noun
// after a possessive or a determiner, then a copula, just before the name.
bool Recogniser::role_copula_before(const SpanAt& at) const {
  auto key = [&](std::int64_t k) { return at.key(k); };
  const std::int64_t b = at.b;
  std::int64_t c = key(b - 1) == "is" || key(b - 1) == "was" ? b - 2 : key(b - 1) == "be" && key(b - 2) == "will" ? b - 3 : -1;
  if (c < 1 || at.toks[c].capital || !lex_.role_noun_relation.count(key(c))) return false;
  std::int64_t d = c >= 2 && lex_.role_modifier_set.count(key(c - 1)) ? c - 2 : c - 1;  // "its new director is"
  return key(d) == "'s" || lex_.determiner_set.count(key(d));
}

// Bylines, credits, speech and roles: the name is a person's.
bool Recogniser::person_cue(const SpanAt& at) const {
  const auto& toks = at.toks;
  auto key = [&](std::int64_t k) { return at.key(k); };
  const std::uint32_t b = at.b, e = at.e, n = at.n;
  // "BY JANE DOE": a byline in capitals.
  if (n >= 2 && n <= 4 && !at.plain && b == at.first_word + 1 && key(at.first_word) == "by" &&
      std::all_of(toks.begin() + b, toks.begin() + e, [](const Token& t) { return t.word && t.all_caps; }))
    return true;
  if (n >= 2 && n <= 4 && at.plain) {
    if (b == at.first_word + 1 && key(at.first_word) == "by") return true;
    if (b == at.first_word && bare_byline(at.s, text_, lex_) == n) return true;
    // "Author: Jane Doe", "Photo: Jane Doe": a credit label and a colon.
    if (b >= 2 && key(b - 1) == ":" && listed(lex_.credit_labels, key(b - 2))) return true;
    // "Reporting by", "With files from"
    if (b >= 2 && (key(b - 1) == "by" || key(b - 1) == "from") && listed(lex_.byline_verbs, two_words(key(b - 2), key(b - 1))))
      return true;
    if (speech_cue(at)) return true;
  }
  if (n < 1 || n > 4 || !at.plain) return false;
  if (n >= 2 && retired_rank_before(lex_, toks, b)) return true;
  if (led_by_name(at) || sign_off_role_after(at)) return true;
  if (meeting_of_names(at) || speaker_of_body(at) || body_role_apposition(at) || member_in_brackets(at) || role_at_body(at) ||
      people_list(at)) return true;
  // "his predecessor, Kuusk", "the successor of Ilves" (cues.json person_cue_nouns)
  std::int64_t c = key(b - 1) == "," || key(b - 1) == "of" || key(b - 1) == "to" ? static_cast<std::int64_t>(b) - 2
                                                                                 : static_cast<std::int64_t>(b) - 1;
  if (c >= 0 && !toks[c].capital && lex_.person_cue_noun_set.count(key(c))) return true;
  // "analyst Ingrid Berg", "his counterpart, Hanno Pevkur", "NATO chief Stoltenberg"
  std::int64_t r = key(b - 1) == "," ? static_cast<std::int64_t>(b) - 2 : static_cast<std::int64_t>(b) - 1;
  if (r >= 0 && !toks[r].capital && (lex_.title_relation.count(key(r)) || lex_.role_noun_relation.count(key(r)) ||
                                     lex_.role_noun_relation.count(two_words(key(r - 1), key(r)))))  // "chief executive A B"
    return true;
  if (n >= 2 && role_copula_before(at)) return true;
  // not "the Commissioner for Trade, Industry and Mining": a portfolio's list goes on with "and"
  bool and_follows = key(e) == "and" || key(e) == "&";
  if (key(b - 1) == "," && !and_follows && role_before(at.s, b - 1)) return true;
  std::uint32_t k = e;
  if (key(k) == "," || key(k) == "is" || key(k) == "was") ++k;
  if ((key(k) == "a" || key(k) == "an" || key(k) == "the") && role_noun_ahead(lex_, toks, k + 1)) return true;
  if (n >= 2 && office_after_name(lex_, toks, e)) return true;
  // "X Y becomes chief technology officer of", "X Y was appointed director": taking a post
  if (n >= 2) {
    std::string verb;
    for (std::uint32_t j = e; j < e + 4 && j < toks.size() && toks[j].word; ++j) {
      verb = j == e ? std::string(key(j)) : two_words(verb, key(j));
      if (!listed(lex_.appointment_verbs, verb)) continue;
      std::uint32_t r = j + 1;
      if (key(r) == "a" || key(r) == "an" || key(r) == "the" || key(r) == "its" || key(r) == "their") ++r;
      if (r < toks.size() && role_noun_ahead(lex_, toks, r)) return true;
    }
  }
  if (n >= 2 && post_taken_as(lex_, toks, b, e)) return true;
  return n >= 2 && person_title_after(at.si, e);
}


// "said Ana Ruiz", "Ana Ruiz told", "according to Ana Ruiz", "Ana Ruiz also said", "Ana Ruiz,
// speaking at X, said": a plain name of two to four words that speaks.
bool Recogniser::speech_cue(const SpanAt& at) const {
  const auto& toks = at.toks;
  auto key = [&](std::int64_t k) { return at.key(k); };
  const std::uint32_t b = at.b, e = at.e, n = at.n;
  // "according to National Defence": a name made of the words bodies are named with is no person's
  bool body_words = std::all_of(toks.begin() + b, toks.begin() + e, [&](const Token& t) { return lex_.generic_org_set.count(t.key) > 0; });
  if (!body_words && (listed(lex_.speech_verbs, key(b - 1)) || listed(lex_.speech_verbs, key(e)))) return true;
  // "X Y also said", "X Y later told", "X Y, however, said": one adverb before the verb
  bool commas = key(e) == "," && key(e + 2) == ",";
  std::uint32_t a = commas ? e + 1 : e;
  bool adverb = a < toks.size() && toks[a].word && !toks[a].capital &&
                (lex_.function_word_set.count(key(a)) || key(a).ends_with("ly") || key(a) == "however");
  if (!body_words && n >= 2 && adverb && listed(lex_.speech_verbs, key(commas ? a + 2 : a + 1))) return true;
  // "X Y, speaking at the conference, said": a clause of speaking set in before the verb
  if (!body_words && key(b - 2) == "according" && key(b - 1) == "to") return true;  // "according to Ana Ruiz"
  if (!body_words && n >= 2 && key(e) == "," && key(e + 1) == "speaking")
    for (std::uint32_t c = e + 2; c < toks.size() && c < e + 12; ++c)
      if (key(c) == ",") return listed(lex_.speech_verbs, key(c + 1));
  return false;
}

// "Dorin Recean met Ion Ceban in Chisinau": two names of two or three capitalised words that
// no body, place or nation uses (no head word, no gazetteer word) meeting each other are people.
bool Recogniser::meeting_of_names(const SpanAt& at) const {
  const auto& toks = at.toks;
  auto personal = [&](std::uint32_t from, std::uint32_t to) {
    if (to - from < 2 || to - from > 3 || to > toks.size()) return false;
    for (std::uint32_t k = from; k < to; ++k) {
      const Token& t = toks[k];
      if (!t.word || !t.capital || t.all_caps || lex_.generic_org_set.count(t.key) || lex_.head_type.count(t.key) ||
          lex_.gazetteer.count(t.key))
        return false;
    }
    return to >= toks.size() || !toks[to].capital;
  };
  auto run_from = [&](std::uint32_t k) {  // the capitalised run opening at k
    std::uint32_t j = k;
    while (j < toks.size() && j < k + 4 && toks[j].word && toks[j].capital) ++j;
    return j;
  };
  // verbs of two people meeting (cues.json name_meeting_verbs; "received", "hosted": only between two such names)
  auto met = [&](std::int64_t k) { return lex_.name_meeting_verb_set.count(at.key(k)) > 0; };
  const std::uint32_t b = at.b, e = at.e;
  if (!personal(b, e)) return false;
  // "Juhan Tamm was received by Hanno Pevkur"
  if (at.key(e) == "was" && met(e + 1) && at.key(e + 2) == "by") return personal(e + 3, run_from(e + 3));
  if (met(e)) {  // the name before "met (with)"
    std::uint32_t o = at.key(e + 1) == "with" ? e + 2 : e + 1;
    return personal(o, run_from(o));
  }
  // "held talks with A B", "sat down with A B", "paid a courtesy call on A B": a meeting's other party
  // (cues.json name_meeting_nouns)
  if ((at.key(b - 1) == "with" && lex_.name_meeting_noun_set.count(at.key(b - 2))) || (at.key(b - 1) == "on" && at.key(b - 2) == "call"))
    return true;
  // the name after "met (with)": the subject's run right before
  std::int64_t v = at.key(b - 1) == "with" ? static_cast<std::int64_t>(b) - 2 : static_cast<std::int64_t>(b) - 1;
  if (v < 2 || !met(v)) return false;
  std::uint32_t first = static_cast<std::uint32_t>(v);
  while (first > 0 && first + 3 > static_cast<std::uint32_t>(v) && toks[first - 1].word && toks[first - 1].capital) --first;
  return personal(first, static_cast<std::uint32_t>(v));
}

// "Tamar Beridze of the Georgian Cyber Agency said": two or three capitalised words that no
// body, place or nation uses, then "of" or "from" a capitalised name, then a speech verb, are
// a person speaking for the body, whatever the given name; so is the body in brackets.
bool Recogniser::speaker_of_body(const SpanAt& at) const {
  const auto& toks = at.toks;
  const std::uint32_t e = at.e;
  if (at.n < 2 || at.n > 3 || !personal_words(at)) return false;
  // "Levan Gogua (Georgian Cyber Agency) said": the body in brackets, then the speech verb
  if (at.key(e) == "(") {
    std::uint32_t close = e + 1;
    while (close < toks.size() && close < e + 12 && at.key(close) != ")") ++close;
    return close > e + 1 && at.key(close) == ")" && toks[e + 1].capital && listed(lex_.speech_verbs, at.key(close + 1));
  }
  if (at.key(e) != "of" && at.key(e) != "from") return false;
  std::uint32_t k = e + 1;
  if (at.key(k) == "the") ++k;
  if (k >= toks.size() || !toks[k].capital) return false;
  // the body's name: capitalised words, with the joining words names have inside
  std::uint32_t words = 0;
  while (k < toks.size() && words < 10 && toks[k].word &&
         (toks[k].capital || at.key(k) == "of" || at.key(k) == "for" || at.key(k) == "and" || at.key(k) == "the"))
    ++k, ++words;
  if (at.key(k) == ",") return false;  // "X of the Y, Z said": a list or apposition, not the speaker
  return listed(lex_.speech_verbs, at.key(k));
}

// "Juhan Tamm (Estonian Defence Forces) said", "opened by Juhan Tamm (NATO)": two or three
// capitalised words that no body, place or nation uses, then a bracketed name holding a known
// body's or nation's word, are a person with the body they speak for (speakers' lists, programmes).
bool Recogniser::member_in_brackets(const SpanAt& at) const {
  if (at.n < 2 || at.n > 3 || at.key(at.e) != "(" || !personal_words(at)) return false;
  bool body = false;
  std::uint32_t k = at.e + 1;
  if (at.key(k) == "the") ++k;
  for (std::uint32_t words = 0; k < at.toks.size() && words < 10 && at.toks[k].word; ++k, ++words) {
    const Token& t = at.toks[k];
    if (!t.capital && t.key != "of" && t.key != "for" && t.key != "and" && t.key != "the") return false;
    body = body || lex_.head_type.count(t.key) || lex_.gazetteer.count(t.key);
  }
  if (!body || at.key(k) != ")") return false;
  // "Amber Lattice (Georgian Cyber Agency) began on Monday": a name opening its clause is a
  // person only when a speech verb follows the bracket (a drill or body has the same shape)
  bool opens_clause = at.b == 0 || !at.toks[at.b - 1].word || at.toks[at.b - 1].capital;
  return !opens_clause || listed(lex_.speech_verbs, at.key(k + 1));
}

// "Kipruto Arap Chelimo, Principal Secretary in the Ministry": a title written in capitals
// (cues.json person_titles, role_nouns) from token k; the token after it, else 0.
std::uint32_t Recogniser::capital_title_end(const SpanAt& at, std::uint32_t k) const {
  std::string key;
  std::uint32_t end = 0;
  for (std::uint32_t j = k; j < at.toks.size() && j < k + 4 && at.toks[j].word && at.toks[j].capital; ++j) {
    if (j > k) key += ' ';
    key += at.toks[j].key;
    if (lex_.title_relation.count(key) || lex_.role_noun_relation.count(key)) end = j + 1;
  }
  return end;
}

// "Juhan Tamm, senior fellow at the Atlantic Council", "Juhan Tamm, currently an adviser with
// the X", "Juhan Tamm works at X": two or three capitalised words that no body, place or nation
// uses, then (after a comma and at most three lower-case words) a role noun or "works", or a
// title in capitals, then at/of/with/for/in a capitalised name, are a person serving that body.
bool Recogniser::role_at_body(const SpanAt& at) const {
  if (at.n < 2 || at.n > 3 || !personal_words(at)) return false;
  std::uint32_t k = at.e;
  if (at.key(k) == "works" || at.key(k) == "worked") {
    ++k;
  } else {
    if (at.key(k) != ",") return false;
    if (std::uint32_t t = capital_title_end(at, at.key(k + 1) == "the" ? k + 2 : k + 1); t) {
      k = t;
    } else {
      std::uint32_t last = k + 4;
      for (++k; k < at.toks.size() && k < last && at.toks[k].word && !at.toks[k].capital; ++k)
        if (lex_.role_noun_relation.count(at.toks[k].key) || lex_.title_relation.count(at.toks[k].key)) break;
      if (k >= at.toks.size() || k >= last || !at.toks[k].word || at.toks[k].capital) return false;
      ++k;
    }
  }
  auto place = at.key(k);
  if (place != "at" && place != "of" && place != "with" && place != "for" && place != "in") return false;
  ++k;
  if (at.key(k) == "the") ++k;
  return k < at.toks.size() && at.toks[k].word && at.toks[k].capital;
}

// Whether every word of the span is capitalised and used by no body, place, nation or title.
// "the delegation included Ebru Yildiz, Omer Celik and Gulsen Aydin", "Speakers were A B and C D":
// two or more names of two or three personal words in a list, opened (cues.json
// people_list_openers) a few words after a noun for people (people_list_nouns), are people
// whatever their given names; one name alone, or no such noun, says nothing.
bool Recogniser::people_list(const SpanAt& at) const {
  const auto& toks = at.toks;
  auto personal = [&](const Token& t) {
    return t.word && t.capital && !t.all_caps && !lex_.generic_org_set.count(t.key) && !lex_.head_type.count(t.key) &&
           !lex_.gazetteer.count(t.key) && !lex_.title_relation.count(t.key) && !lex_.not_name_set.count(ascii_lowered(t.text));
  };
  auto member = [&](std::int64_t from, std::int64_t to) {  // [from, to) is a whole run of 2-3 personal words
    if (from < 0 || to - from < 2 || to - from > 3 || to > static_cast<std::int64_t>(toks.size()) ||
        (from > 0 && toks[from - 1].word && toks[from - 1].capital))
      return false;  // (a run past the sentence's end is none: no reading past its tokens)
    for (std::int64_t k = from; k < to; ++k)
      if (!personal(toks[k])) return false;
    return to >= static_cast<std::int64_t>(toks.size()) || !toks[to].word || !toks[to].capital;
  };
  if (!member(at.b, at.e)) return false;
  auto joint = [&](std::int64_t k) { return at.key(k) == "," || at.key(k) == "and"; };
  std::int64_t start = at.b, members = 1;
  while (joint(start - 1)) {  // earlier members, back to the list's opening
    std::int64_t end = at.key(start - 1) == "and" && at.key(start - 2) == "," ? start - 2 : start - 1;
    std::int64_t from = member(end - 2, end) ? end - 2 : member(end - 3, end) ? end - 3 : -1;
    if (from < 0) break;
    start = from, ++members;
  }
  for (std::int64_t k = at.e; members < 2 && joint(k);) {  // one later member is enough
    std::int64_t from = at.key(k) == "," && at.key(k + 1) == "and" ? k + 2 : k + 1;
    if (!member(from, from + 2) && !member(from, from + 3)) break;
    ++members;
  }
  if (members < 2 || start < 1 || !lex_.people_list_opener_set.count(toks[start - 1].key)) return false;
  for (std::int64_t k = start - 2; k >= 0 && k >= start - 6; --k) {
    if (!toks[k].word && at.key(k) != ",") return false;
    if (lex_.people_list_noun_set.count(toks[k].key)) return true;
  }
  return false;
}

// "Zviad Kopaleishvili, Georgian Cyber Agency director,", "X Y, the Georgian Cyber Agency's
// director", "X Y, the agency's director": a body's name (or a noun for it), then a role
// noun, apposed to two or three personal words.
bool Recogniser::body_role_apposition(const SpanAt& at) const {
  const auto& toks = at.toks;
  if (at.n < 2 || at.n > 3 || at.key(at.e) != "," || !personal_words(at)) return false;
  std::uint32_t k = at.e + 1;
  if (at.key(k) == "the") ++k;
  if (k >= toks.size() || !toks[k].word) return false;
  std::uint32_t words = 0;
  if (!toks[k].capital) {  // "X Y, the agency's director": a common noun owns the role
    if (at.key(k - 1) != "the" || at.key(k + 1) != "'s") return false;
    k += 2;
  } else {
    while (k < toks.size() && words < 10 && toks[k].word &&
           (toks[k].capital || at.key(k) == "of" || at.key(k) == "for" || at.key(k) == "and"))
      ++k, ++words;
    if (at.key(k) == "'s") ++k;
  }
  // "X Y, the GCSB's current Director-General": a modifier (cues.json role_modifiers) before the
  // role; then the role may be written as a title, capitalised
  bool modified = false;
  for (int m = 0; m < 2 && k < toks.size() && toks[k].word && lex_.role_modifier_set.count(toks[k].key); ++m) ++k, modified = true;
  // not "Red Lattice, the agency's director said, was ...": a speaker set in, no apposition
  return k < toks.size() && toks[k].word && (!toks[k].capital || modified) && !listed(lex_.speech_verbs, at.key(k + 1)) &&
         (lex_.role_noun_relation.count(toks[k].key) || lex_.title_relation.count(toks[k].key));
}

// A role after the name, a noun of organisations beside it, or an apposition.
std::optional<NodeType> Recogniser::neighbour_cue(const SpanAt& at) const {
  const auto& toks = at.toks;
  auto key = [&](std::int64_t k) { return at.key(k); };
  const std::uint32_t b = at.b, e = at.e, n = at.n;
  // "Digital Sahel's director general, A B": a name whose head or chief follows it is a body's.
  if (n >= 2 && n <= 4 && at.plain && key(e) == "'s" && key(e + 2) != "of") {
    auto role = lex_.role_noun_relation.find(two_words(key(e + 1), key(e + 2)));
    if (role == lex_.role_noun_relation.end()) role = lex_.role_noun_relation.find(key(e + 1));
    if (role != lex_.role_noun_relation.end() && role->second == "leads" && key(e + 1) != "president" &&
        !lex_.given_name_set.count(toks[b].key))
      return NodeType::Organisation;
  }
  if (n <= 4 && commanded_body(at)) return NodeType::Organisation;
  if (n > 4 || !at.plain) return std::nullopt;
  if (key(b - 1) == "the" && e < toks.size() && !toks[e].capital && lex_.org_noun_set.count(key(e)))
    return NodeType::Organisation;
  auto t = apposition_type(at.si, e);
  // "Coral Wave is a regional cyber exercise held in ...": a copula says it as an apposition does
  if (!t && copula_exercise(at.si, e)) t = NodeType::Exercise;
  if (!t) return std::nullopt;
  // "hosts Amber Gate 2025 in Split, a regional exercise": the apposition is the name's before "in"
  bool named_before_in = key(b - 1) == "in" && b >= 2 && toks[b - 2].word &&
                         (toks[b - 2].capital || (year_number(toks[b - 2]) && b >= 3 && toks[b - 3].capital));
  if (named_before_in && (*t == NodeType::Exercise || *t == NodeType::Event) && place_context(at.si, b, e))
    return NodeType::Place;
  return t;
}

// Employers, outlets and wires ("an analyst at X", "told the X", "(Nordwire)"), and "X-based".
std::optional<NodeType> Recogniser::source_cue(const SpanAt& at) const {
  const auto& toks = at.toks;
  const auto& s = at.s;
  auto key = [&](std::int64_t k) { return at.key(k); };
  const std::uint32_t b = at.b, e = at.e, n = at.n;
  const std::int64_t before = at.before;
  std::string_view prep = key(before);
  // not "the Minister for the Economy": a portfolio (cues.json portfolio_words) names no employer
  bool portfolio = prep == "for" && std::all_of(toks.begin() + b, toks.begin() + e, [&](const Token& t) {
                     return lex_.portfolio_word_set.count(t.key) > 0;
                   });
  if ((prep == "for" || prep == "at" || prep == "with") && !portfolio &&
      (lex_.role_noun_relation.count(key(before - 1)) || lex_.role_noun_relation.count(key(before - 2))))
    return NodeType::Organisation;
  // "By Jane Doe, The Daily Ledger": the byline's outlet ("By Jane Doe,
  // Senior Correspondent": a title, not an outlet).
  if (key(at.first_word) == "by" && prep == "," && !s.mentions.empty() &&
      doc_.entities[s.mentions.back().entity].type == NodeType::Person && s.mentions.back().end == before &&
      !lex_.role_noun_relation.count(key(static_cast<std::int64_t>(e) - 1)))
    return NodeType::Organisation;
  if (key(e) == "-based") return NodeType::Place;
  // "told EL COMERCIO", "according to LA NACION": capitals spoken to or quoted are an outlet's masthead
  bool quoted = key(b - 1) == "told" || (key(b - 1) == "to" && key(b - 2) == "according");
  if (at.caps && n <= 4 && quoted && (e == toks.size() || !toks[e].word)) return NodeType::Organisation;
  // "TALLINN, Feb 18, 2026 (Nordwire) -", "OSLO (Nordlys) -": a wire's name in brackets after
  // the dateline that opens the story (a place in capitals, then a date or nothing).
  if (at.plain && n <= 3 && key(b - 1) == "(" && key(e) == ")" && b >= 2 && b < 12) {
    std::uint32_t first = 0;
    while (first < b && !toks[first].word) ++first;
    const Token& prior = toks[b - 2];
    bool dated = prior.word && std::isdigit(static_cast<unsigned char>(prior.text[0]));
    if (toks[first].all_caps && toks[first].text.size() > 2 && (dated || b - 2 == first) &&
        (b - 2 == first || key(first + 1) == ","))
      return NodeType::Organisation;
  }
  // "told the Korea Herald", "according to the Baltic News Service", "the
  // Riga Times reported": a name with "the" that speaks is an outlet.
  if (key(b - 1) == "the" && b >= 2) {
    std::string_view verb = key(b - 2);
    std::string prior = two_words(key(static_cast<std::int64_t>(b) - 3), verb);
    if (verb == "told" || prior == "according to" || prior == "reported by" || key(e) == "reported" ||
        key(e) == "reports" || (key(e) == "said" && n >= 2 && !lex_.given_name_set.count(toks[b].key)))
      return NodeType::Organisation;
  }
  return std::nullopt;
}

// "a joint drill, Nordic Shield," / "the drill called Iron Gate" / "the Amber Lattice drill":
// an exercise or event named by its noun.
std::optional<NodeType> Recogniser::naming_noun_cue(const SpanAt& at) const {
  const auto& toks = at.toks;
  auto key = [&](std::int64_t k) { return at.key(k); };
  const std::uint32_t b = at.b, e = at.e, n = at.n;
  std::int64_t from = at.before;
  while (from >= 0 && (key(from) == "*" || key(from) == "**" || key(from) == "_"))
    --from;  // "a joint exercise, **Coral Beacon**": emphasis marks around the name
  std::int64_t k = key(from) == "\"" && key(from - 1) == "the" ? from : noun_before_name(toks, from);
  auto noun = noun_type_at(toks, k);
  // "a joint exercise under the arrangement, Nordic Sentinel,": the noun before a
  // short phrase of a preposition, an article and a noun is the one the name is apposed to
  if (key(b - 1) == "," && k >= 3 && (!noun || (*noun != NodeType::Exercise && *noun != NodeType::Event)) &&
      !toks[k].capital && (key(k - 1) == "the" || key(k - 1) == "a" || key(k - 1) == "its") &&
      (key(k - 2) == "under" || key(k - 2) == "for" || key(k - 2) == "within" || key(k - 2) == "of")) {
    auto before = noun_type_at(toks, k - 3);
    if (before == NodeType::Exercise || before == NodeType::Event) noun = before, k -= 3;
  }
  // "On the sidelines of the exercise, TCRA signed ...": a name after the comma that a verb
  // follows is the subject of the main clause, not apposed to the opening phrase's noun.
  if (key(b - 1) == "," && opens_clause(toks, e)) return std::nullopt;
  // Right before the name only for a name of two or more words ("the exercise Amber Lattice").
  bool apart = k + 1 < static_cast<std::int64_t>(b) || (at.plain && n >= 2 && key(k + 1) != "the");
  apart |= at.caps;
  // "the exercise Kilpi 2025": one word with an edition's year is a name too
  apart |= n == 1 && e < toks.size() && year_number(toks[e]);
  // "took part in exercise Tembusu last year": one word right after the noun that closes its phrase
  apart |= n == 1 && k + 1 == static_cast<std::int64_t>(b) && at.plain && closes_name(toks, e);
  if (k >= 0 && apart && noun && !toks[k].capital && (*noun == NodeType::Exercise || *noun == NodeType::Event))
    return noun;
  // "Cyber Guard 24 exercise", "the X cyber exercise": the noun after it.
  // Not "an East African cyber drill", "Pacific cyber drill wraps up", "hosts Arab cyber drill",
  // "Regional exercise at X": a description, no name (cues.json adjective_names, description_adjectives).
  // "a purely Ukrainian-Moldovan drill": nations' adjectives joined by a dash describe it too
  bool description = key(b - 1) == "a" || key(b - 1) == "an" || (n == 1 && lex_.adjective_name_set.count(toks[b].key)) ||
                     (n == 1 && demonym_pair(toks[b].text)) || (n == 1 && plural_acronym(toks[b].text)) ||
                     (n <= 2 && lex_.description_adjective_set.count(key_of(at.s, b, e)));
  if ((at.plain || at.caps) && n <= 4 && !description && exercise_noun_after(at.si, e)) return NodeType::Exercise;
  // "CYBER NEXUS, the EU's flagship exercise": a name in capitals is an exercise or event by its apposition.
  if (at.caps && n <= 4)
    if (auto t = apposition_type(at.si, e); t == NodeType::Exercise || t == NodeType::Event) return t;
  return std::nullopt;
}

// Whether the token at `e` is a verb that makes the name before it a subject: a lowercase word
// that is no function word ("signed", "hosted"), or a verb the function words hold ("said", "was":
// temporal.json saying_words and finite_verbs).
bool Recogniser::opens_clause(const std::vector<Token>& toks, std::uint32_t e) const {
  if (e >= toks.size() || !toks[e].word || toks[e].capital) return false;
  const Token& t = toks[e];
  return !lex_.function_word_set.count(t.key) || lex_.temporal.finite_verbs.count(t.key) ||
         lex_.temporal.saying_words.count(t.key);
}

// Whether the token at `e` ends a one-word name: the sentence's end, a mark (not "'s"), or a
// preposition or word of time ("exercise X in May", "exercise X last year"); not a verb or
// pronoun that makes the word a subject ("after the exercise Tamm said").
bool Recogniser::closes_name(const std::vector<Token>& toks, std::uint32_t e) const {
  if (e >= toks.size()) return true;
  const Token& t = toks[e];
  if (!t.word) return t.key == "," || t.key == "." || t.key == ";" || t.key == ")" || t.key == ":";
  if (t.capital || !lex_.function_word_set.count(t.key) || opens_clause(toks, e) || lex_.determiner_set.count(t.key))
    return false;
  static const std::set<std::string_view> subject_words = {"who", "also", "not", "that", "which"};
  return !subject_words.count(t.key);
}

// "in Tartu", "Jyvaskyla, a city in ...", "Lima, Peru"; and "nations like X": the list's noun.
std::optional<NodeType> Recogniser::place_cue(const SpanAt& at) const {
  const auto& toks = at.toks;
  auto key = [&](std::int64_t k) { return at.key(k); };
  const std::uint32_t b = at.b, e = at.e;
  if (at.n <= 3 && at.plain) {
    if (place_context(at.si, b, e)) return NodeType::Place;
    // "Jyvaskyla, a city in central Finland": an apposition with a place noun.
    if (key(e) == "," && (key(e + 1) == "a" || key(e + 1) == "the"))
      for (std::uint32_t k = e + 2; k < toks.size() && k < e + 5 && toks[k].word && !toks[k].capital; ++k) {
        auto it = lex_.type_noun_type.find(toks[k].key);
        if (it != lex_.type_noun_type.end() && it->second == NodeType::Place) return NodeType::Place;
      }
    // "Lima, Peru", "Suffolk, Virginia": a name followed by its nation or region
    // (not "Yesterday, Estonia hosted ...": a word of time opens the sentence).
    bool time_word = at.n == 1 && (lex_.temporal.day_words.count(toks[b].key) || lex_.temporal.weekdays.count(toks[b].key) ||
                                   lex_.temporal.months.count(toks[b].key));
    if (!time_word && key(e) == "," && e + 1 < toks.size() && key(e + 2) != "'s") {  // not "X, Estonia's envoy"
      auto it = lex_.gazetteer.find(key(e + 1));
      NodeType where = it != lex_.gazetteer.end() ? lex_.entities[it->second.front().entity].type : NodeType::Person;
      if ((where == NodeType::Nation || where == NodeType::Place) && it->second.front().form != LexForm::Demonym &&
          toks[e + 1].capital)
        return NodeType::Place;
    }
  }
  // "the Ilinden barracks", "the Krivolak training area", "the city's X district": a venue noun after it
  if (at.n <= 3 && at.plain && (key(static_cast<std::int64_t>(b) - 1) == "the" || key(static_cast<std::int64_t>(b) - 1) == "'s") &&
      e < toks.size() && toks[e].word && !toks[e].capital &&
      (lex_.venue_noun_set.count(key(e)) || lex_.venue_noun_set.count(two_words(key(e), key(e + 1)))))
    return NodeType::Place;
  std::string_view prep = key(at.before);
  if (prep == "like" || prep == "including" || (prep == "as" && key(at.before - 1) == "such")) {
    std::int64_t noun = prep == "as" ? at.before - 2 : at.before - 1;
    if (key(noun) == ",") --noun;
    auto it = lex_.type_noun_type.find(key(noun));
    if (it != lex_.type_noun_type.end()) return it->second;
  }
  return std::nullopt;
}

}  // namespace newsgraph::detail
