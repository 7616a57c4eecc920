// Pass 1 of recognition, one capitalised span: its title, a person before "of",
// a lone head word, else its type and then its entity, names and mentions.
#include <algorithm>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {

// "Director-General of ASD Jan Berg": a title, "of", a body's acronym the document
// defined, then the titled person's name (or a rank and the name, read on their own).
// The tokens taken from b, 0 when the span is not so.
std::uint32_t Recogniser::title_of_acronym(std::size_t si, std::uint32_t b, std::uint32_t e, std::uint32_t title,
                                           const std::string& relation) {
  auto& s = doc_.sentences[si];
  std::uint32_t a = b + title + 1;
  auto known = known_.find(std::string(s.tokens[a].key));
  if (!s.tokens[a].all_caps || known == known_.end() || doc_.entities[known->second].type != NodeType::Organisation)
    return 0;
  s.roles.push_back({b, b + title, relation, -1});
  add_mention(si, a, a + 1, known->second, MentionKind::Acronym);
  std::string rank;
  if (e - a - 1 >= 2 && e - a - 1 <= 4 && plain_words(s.tokens, a + 1, e) && strip_title(s, a + 1, e, &rank) == 0)
    add_mention(si, a + 1, e, entity_for(NodeType::Person, span_text(text_, s, a + 1, e), -1), MentionKind::Name);
  else if (e > a + 1)
    return a + 1 - b + process_span(si, a + 1, e);
  return e - b;
}

// "Chairman of the Committee Mati Kõrvits", "Head of the Agency A B": after a title, "of the"
// and a body's head word alone (the body the document named with it), two or three plain
// words with no head word are the titled person's name. Whether the span [b, e) is so.
bool Recogniser::head_word_then_person(std::size_t si, std::uint32_t b, std::uint32_t e) {
  auto& s = doc_.sentences[si];
  const auto& toks = s.tokens;
  if (b < 3 || toks[b - 1].key != "the" || toks[b - 2].key != "of" || !lex_.title_relation.count(toks[b - 3].key)) return false;
  auto head = lex_.head_type.find(toks[b].key);
  if (head == lex_.head_type.end() || head->second != NodeType::Organisation || e - b - 1 < 2 || e - b - 1 > 3 ||
      !plain_words(toks, b + 1, e))
    return false;
  for (std::uint32_t k = b + 1; k < e; ++k)
    if (lex_.head_type.count(toks[k].key) || lex_.not_name_set.count(ascii_lowered(toks[k].text))) return false;
  const LexHit* hit = nullptr;
  std::string rank;
  if (gazetteer_match(s, b + 1, &hit) > 0 || strip_title(s, b + 1, e, &rank) > 0) return false;
  lone_head_word(si, b, b + 1);
  add_mention(si, b + 1, e, entity_for(NodeType::Person, span_text(text_, s, b + 1, e), -1), MentionKind::Name);
  return true;
}

// Spans whose opening words name nobody: a listed non-name, a line's label in capitals, a
// demoting word before an acronym and a title, a portfolio's last word, a journalist's job
// title. How many tokens to skip, else 0.
std::uint32_t Recogniser::unnamed_opening(std::size_t si, std::uint32_t b, std::uint32_t e) const {
  const auto& s = doc_.sentences[si];
  const Token& first = s.tokens[b];
  std::string lowered = ascii_lowered(first.text);
  // "the IT Coalition": a word in capitals is an acronym, not the listed word ("It")
  bool capitals = first.all_caps && first.text.size() >= 2;
  // not "the Citizens' Action Party": a listed plural with its apostrophe opens the name
  bool possessive = e - b >= 3 && plural_possessive_inside(s, b + 1);
  if ((!capitals && !possessive && lex_.not_name_set.count(lowered)) || lex_.function_word_set.count(first.key)) return 1;
  // "the Paraguayan-Argentine company": two nations' adjectives joined by a dash name no body
  if (e - b == 1 && demonym_pair(first.text)) return 1;
  // "SOURCE Revontuli Security Oyj", "FACTBOX-Who ...": a line's label in capitals
  if (first.start == 0 || text_[first.start - 1] == '\n') {
    std::string_view label = first.text.substr(0, first.text.find('-'));
    if (label.size() >= 2 && ascii_capitals(label) && lex_.line_label_set.count(ascii_lowered(label))) return 1;
  }
  if (e - b >= 2 && lex_.not_name_set.count(lowered + " " + std::string(s.tokens[b + 1].key))) return 2;
  // "Serving Cayo, Belmopan and the West since 1989", "Following Estonia's lead": a sentence's
  // first word in -ing, before another capitalised word, is its verb (not "Beijing": a town)
  if (e - b >= 2 && !capitals && first.text.size() > 5 && first.key.ends_with("ing") && first_word_of(s, b) &&
      !lex_.given_name_set.count(first.key) && !lex_.gazetteer.count(first.key) && !lex_.head_type.count(first.key) &&
      town_named(std::string(first.text)) < 0 && !lex_.head_type.count(s.tokens[e - 1].key))  // not "Reading Borough Council"
    return 1;
  // "Acting KXA Director-General A B": a demoting word before an acronym and a title belongs to
  // the title, not to the body; the body's name is read from the acronym on
  if (e - b >= 4 && !capitals && lex_.demoting_set.count(first.key) && s.tokens[b + 1].all_caps &&
      s.tokens[b + 1].text.size() >= 2 && lex_.title_relation.count(s.tokens[b + 2].key))
    return 1;
  // "Assistant Secretary General for Innovation, Hybrid and Cyber Ingrid Holm": the last word of a
  // title's portfolio list (cues.json portfolio_words) before a listed given name is no part of the name
  if (b > 0 && e - b >= 3 && (s.tokens[b - 1].key == "and" || s.tokens[b - 1].key == ",") &&
      lex_.portfolio_word_set.count(first.key) && lex_.given_name_set.count(s.tokens[b + 1].key))
    return 1;
  // "Senior Correspondent", "Chief Defence Editor": a journalist's job title (a byline's credit noun
  // ends it) names nobody.
  // (not an agreement's title: "the Rabat Protocol on Cyber Incident Reporting")
  auto agreement_head = [&](const Token& t) {
    auto it = lex_.head_type.find(t.key);
    return it != lex_.head_type.end() && it->second == NodeType::Agreement;
  };
  if (e - b >= 2 && std::find(lex_.credit_labels.begin(), lex_.credit_labels.end(), s.tokens[e - 1].key) != lex_.credit_labels.end() &&
      std::none_of(s.tokens.begin() + b, s.tokens.begin() + e, agreement_head))
    return e - b;
  return 0;
}

std::uint32_t Recogniser::process_span(std::size_t si, std::uint32_t b, std::uint32_t e) {
  auto& s = doc_.sentences[si];
  const Token& first = s.tokens[b];
  if (std::uint32_t skipped = unnamed_opening(si, b, e)) return skipped;
  std::string relation;
  std::uint32_t title = strip_title(s, b, e, &relation);
  if (title > 0 && b + title < e && s.tokens[b + title].key == "'s") title = 0, relation.clear();  // "Prime Minister's Office"
  if (title > 0 && venue_after_title(s, b + title, e)) title = 0, relation.clear();  // "General Maister Barracks"
  if (title > 0 && b + title + 1 < e && is_connector(s.tokens[b + title].key))
    if (auto taken = title_before_portfolio(si, b, e, &title, &relation)) return *taken;
  if (b + title < e)
    if (std::uint32_t taken = closing_role(si, b, e)) return taken;
  if (title > 0) s.roles.push_back({b, b + title, relation, -1});
  std::uint32_t nb = b + title;
  if (nb == e) return e - b;
  if (title == 0 && head_word_then_person(si, b, e)) return e - b;
  if (std::uint32_t k = person_before_of(si, nb, e, title > 0); k > 0) return person_then_body(si, b, nb, k, e);
  // A role written as a name: "Cyber Operations Commander", "Defense Minister".
  if (lex_.role_to_org_head.count(std::string(s.tokens[e - 1].text)) && title == 0) {
    s.roles.push_back({b, e, lex_.title_relation.count(s.tokens[e - 1].key) ? lex_.title_relation.at(s.tokens[e - 1].key) : "leads", -1});
    return e - b;
  }
  if (bind_joined_head(si, nb, e)) return e - b;
  if (e - nb == 1 && lone_head_word(si, nb, e)) return e - b;
  // "Digest - Week 44", "Conference 2026 opened": an occasion's head word and a number name none
  if (e - nb == 2 && !s.tokens[nb + 1].text.empty() && std::all_of(s.tokens[nb + 1].text.begin(), s.tokens[nb + 1].text.end(),
                                                                    [](char c) { return c >= '0' && c <= '9'; }) &&
      !lex_.anaphor_type.count(s.tokens[nb].key) && occasion_head_alone(s.tokens[nb]))
    return e - b;
  std::uint32_t ab = nb;
  bool acronym = acronym_after(s, e, &ab);
  auto type = type_of_span(si, ab, e, title > 0);
  if (!type && acronym) type = NodeType::Organisation;
  if (!type) {
    // "Allies Denmark and Norway", "Fellow EU members": a sentence's capitalised first
    // word before a known name is no part of it; the name is read on its own.
    const LexHit* hit = nullptr;
    if (nb == b && e - b >= 2 && first_word_of(s, b) && !lex_.given_name_set.count(first.key) &&
        gazetteer_match(s, b + 1, &hit) > 0)
      return 1;
    candidates_.push_back({si, nb, e});
    return e - b;
  }
  if (*type == NodeType::Person && !acronym && people_not_person(s, ab, e)) return e - b;
  return add_typed_span(si, b, nb, ab, e, *type, acronym) - b;
}

// "General Maister Barracks", "Sir Seretse Khama Barracks": after a title, plain words
// closing with a place's head word (cues.json head_words Place) name a venue after
// the officer; the title is part of its name, no role. From token `nb` to `e`.
bool Recogniser::venue_after_title(const SentenceAnalysis& s, std::uint32_t nb, std::uint32_t e) const {
  if (e < nb + 2 || !plain_words(s.tokens, nb, e)) return false;
  auto head = lex_.head_type.find(s.tokens[e - 1].key);
  return head != lex_.head_type.end() && head->second == NodeType::Place;
}

// "Opposition MPs said", "Senior Officials", "Telecommunications and Digital Economy, A B":
// capitalised words closing with people in the plural or a portfolio's word, and opening
// with no given name, name a group or a portfolio, never a person.
bool Recogniser::people_not_person(const SentenceAnalysis& s, std::uint32_t b, std::uint32_t e) const {
  if (e <= b || lex_.given_name_set.count(s.tokens[b].key)) return false;
  const Token& last = s.tokens[e - 1];
  std::string key(last.key);
  if ((e - b >= 2 && lex_.portfolio_word_set.count(key)) || lex_.people_list_noun_set.count(key) ||
      (key.size() > 4 && key.back() == 's' && lex_.not_name_set.count(ascii_lowered(last.text))))  // not "Jun", "An"
    return true;
  return key.size() > 2 && key.back() == 's' && lex_.title_relation.count(key.substr(0, key.size() - 1));
}

// "the Press Officer of X", "Chief Information Officer", "the Estonian Press
// Officer": capitalised words closing with a role word (cues.json
// role_closing_words), none joining, are a role, never a body or a person;
// a nation opening them is read on its own. The tokens taken, 0 when not so.
std::uint32_t Recogniser::closing_role(std::size_t si, std::uint32_t b, std::uint32_t e) {
  auto& s = doc_.sentences[si];
  if (e - b < 2 || !lex_.role_closing_set.count(s.tokens[e - 1].key) || lex_.given_name_set.count(s.tokens[b].key))
    return 0;
  for (std::uint32_t k = b; k < e; ++k)
    if (!s.tokens[k].word || !s.tokens[k].capital || is_connector(s.tokens[k].key) || lex_.function_word_set.count(s.tokens[k].key))
      return 0;
  std::uint32_t rb = b;
  const LexHit* hit = nullptr;
  if (std::uint32_t g = gazetteer_match(s, b, &hit); g > 0 && b + g < e) {
    if (lex_.entities[hit->entity].type != NodeType::Nation) return 0;
    rb = b + add_gazetteer_mention(si, b, g, *hit);
  }
  const WordKey& last = s.tokens[e - 1].key;
  auto rel = lex_.title_relation.find(last);
  s.roles.push_back({rb, e, rel != lex_.title_relation.end() ? rel->second : "affiliated_with", -1});
  return e - b;
}

// "Commander of U.S. Cyber Command": the role, then an organisation; "Minister for Defence
// Pal Jonson": a portfolio, then a name. The tokens taken from b when the span ends here;
// else none, and `title` then covers the portfolio too.
std::optional<std::uint32_t> Recogniser::title_before_portfolio(std::size_t si, std::uint32_t b, std::uint32_t e,
                                                                std::uint32_t* title, std::string* relation_io) {
  const std::string& relation = *relation_io;
  auto& s = doc_.sentences[si];
  const LexHit* hit = nullptr;
  // a known body or nation; not a region that opens a portfolio ("Minister for Pacific Cyber Partnerships")
  bool org_follows = gazetteer_match(s, b + *title + 1, &hit) > 0 && lex_.entities[hit->entity].type != NodeType::Place;
  // (after an office's title, "Minister of Digital Economy and Society", a word that names
  // portfolios, cues.json portfolio_words, is no body's head word)
  bool office = false;
  for (std::uint32_t k = b; k < b + *title; ++k) office |= lex_.office_title_set.count(s.tokens[k].key) > 0;
  for (std::uint32_t k = b + *title + 1; k < e; ++k)
    org_follows |= lex_.head_type.count(s.tokens[k].key) > 0 && !(office && lex_.portfolio_word_set.count(s.tokens[k].key));
  if (std::uint32_t n = title_of_acronym(si, b, e, *title, relation)) return n;
  if (org_follows) {
    s.roles.push_back({b, b + *title, relation, -1});
    return *title;
  }
  // "Minister for Defence Pal Jonson", "Ambassador for International Cyber
  // Affairs Park Ji-won": the name is the last words that are no portfolio
  // word; "Minister for Digital Transformation" is all portfolio. A third word is the
  // name's only when it is a given name ("Minister for Digital Development Ana Lim") or a
  // family name written first ("Minister of Public Security Nguyen Van Hoa").
  // Also a third word no list knows after a word that closes a portfolio ("Minister of Defence
  // Anselm Voro Kati": cues.json portfolio_words), when it is no portfolio, body or title word.
  std::uint32_t name_begin = e;
  auto name_opener = [&](const std::string& key) { return lex_.given_name_set.count(key) || lex_.family_name_set.count(key); };
  auto after_portfolio = [&](std::uint32_t k) {
    const WordKey& key = s.tokens[k].key;
    return k > b + *title + 1 && lex_.portfolio_word_set.count(s.tokens[k - 1].key) && !lex_.portfolio_word_set.count(key) &&
           !lex_.generic_org_set.count(key) && !lex_.title_relation.count(key) && !lex_.title_only_set.count(key) &&
           !s.tokens[k].all_caps;
  };
  // "Minister of State for Defence Affairs Dr. Khalid bin Omar Al-Thani": a courtesy title or
  // rank (cues.json title_only) after the portfolio opens the name, however long
  // ("Dato Seri Setia Haji A bin B": the courtesy's whole run of titles)
  bool courtesy = false;
  std::string held;
  for (std::uint32_t k = b + *title + 2; k + 2 <= e && !courtesy; ++k)
    if (s.tokens[k].capital && lex_.title_only_set.count(s.tokens[k].key))
      name_begin = std::min(e - 1, k + std::max<std::uint32_t>(1, strip_title(s, k, e, &held))), courtesy = true;
  // ("Minister of Defence II A bin B": a patronymic's particle does not count as a word)
  auto particle = [&](std::uint32_t k) { return !s.tokens[k].capital && lex_.name_particle_set.count(s.tokens[k].key); };
  while (!courtesy && name_begin > b + *title + 2 && e - name_begin < 3u + (name_begin < e && particle(name_begin) ? 1u : 0u) &&
         !lex_.generic_org_set.count(s.tokens[name_begin - 1].key) && !is_connector(s.tokens[name_begin - 1].key) &&
         (e - name_begin < 2 || name_opener(s.tokens[name_begin - 1].key) || after_portfolio(name_begin - 1) ||
          particle(name_begin)))
    --name_begin;
  // "Deputy Minister of Defence of Sri Lanka": a nation of two words after the portfolio's
  // "of" is the office's nation, not a name
  if (e - name_begin >= 2 && s.tokens[name_begin - 1].key == "of" && gazetteer_match(s, name_begin, &hit) == e - name_begin &&
      lex_.entities[hit->entity].type == NodeType::Nation) {
    s.roles.push_back({b, name_begin - 1, relation, -1});
    return name_begin - b;  // the nation is read next
  }
  if (e - name_begin < 2) {
    // "Deputy Minister of Defence of Ukraine": the portfolio ends before "of" and a nation.
    for (std::uint32_t k = e - 2; k > b + *title + 1; --k)
      if (s.tokens[k].key == "of" && gazetteer_match(s, k + 1, &hit) == e - k - 1 &&
          lex_.entities[hit->entity].type == NodeType::Nation) {
        s.roles.push_back({b, k, relation, -1});
        return k + 1 - b;  // the nation is read next
      }
    s.roles.push_back({b, e, unit_head_relation(s.tokens[b].key, relation), -1});
    return e - b;
  }
  *title = name_begin - b;
  *relation_io = unit_head_relation(s.tokens[b].key, relation);
  return std::nullopt;
}

// "the agency's Director of Acquisition": a head's title with a function after it
// heads a unit of the body, not the body; "Minister of Defence" (an office) heads it.
std::string Recogniser::unit_head_relation(const std::string& first, const std::string& relation) const {
  return relation == "leads" && !lex_.office_title_set.count(first) ? "affiliated_with" : relation;
}

// "Prof. Ahmet Yilmaz of Bilkent University": a person (nb..k), "of", then the body.
// The tokens taken from b.
std::uint32_t Recogniser::person_then_body(std::size_t si, std::uint32_t b, std::uint32_t nb, std::uint32_t k,
                                           std::uint32_t e) {
  auto& s = doc_.sentences[si];
  add_mention(si, nb, k, entity_for(NodeType::Person, span_text(text_, s, nb, k), -1), MentionKind::Name);
  const LexHit* hit = nullptr;
  if (gazetteer_match(s, k + 1, &hit) == e - k - 1) return k + 1 - b;  // the known name is read next
  // "Professor A B of Harbour Law Partners, a former researcher": the words after "of" name the
  // person's body when nothing else types them (the apposition after them is the person's).
  auto rest = type_of_span(si, k + 1, e, false);
  if ((!rest || *rest == NodeType::Person) && e - k - 1 >= 2 && plain_words(s.tokens, k + 1, e) &&
      !(e < s.tokens.size() && s.tokens[e].key == "(")) {
    add_mention(si, k + 1, e, entity_for(NodeType::Organisation, span_text(text_, s, k + 1, e), -1), MentionKind::Name);
    return e - b;
  }
  return k + 1 - b + process_span(si, k + 1, e);
}

// "the Union's institutions", "the Agency": a head word alone is a
// description of a named entity, not a name of its own.
// "Police said", "the Council presidency", "told the Post": a body's head word alone is no
// body of its own either; after "the" it is the body the document named with it.
// Whether the word at nb (alone in the span) is such a head word (bound when it can be).
bool Recogniser::lone_head_word(std::size_t si, std::uint32_t nb, std::uint32_t e) {
  auto& s = doc_.sentences[si];
  auto lone_head = lex_.head_type.find(s.tokens[nb].key);
  // "Port authorities said", "Home / Region / Montenegro", "the House": a place's head
  // word alone names no place
  if (lone_head != lex_.head_type.end() && lone_head->second == NodeType::Place && !s.tokens[nb].all_caps) return true;
  bool anaphor = lex_.anaphor_type.count(s.tokens[nb].key) && lone_head != lex_.head_type.end();
  bool generic = lone_head != lex_.head_type.end() && lone_head->second == NodeType::Organisation && !s.tokens[nb].all_caps;
  if (!anaphor && !generic && occasion_head_alone(s.tokens[nb])) return true;
  std::uint32_t start = nb;
  if (!(anaphor || generic) || acronym_after(s, e, &start)) return false;
  bool bind = anaphor || (nb > 0 && s.tokens[nb - 1].key == "the");
  // the latest body the word heads ("the Union": the European Union, not its agency
  // whose name says "Union"), else the latest whose name has it
  for (bool head : {true, false})
    for (int ent = static_cast<int>(doc_.entities.size()); bind && ent-- > 0;)
      if ((anaphor || doc_.entities[ent].type == NodeType::Organisation) &&
          (head ? headed_by(ent, s.tokens[nb].key) : describes(doc_.entities[ent], s.tokens[nb].key))) {
        add_mention(si, nb, e, ent, MentionKind::Anaphor);
        return true;
      }
  return true;
}

// Whether `t` is an occasion's head word ("Week", "Conference") no lexicon entry has.
bool Recogniser::occasion_head_alone(const Token& t) const {
  auto head = lex_.head_type.find(t.key);
  return head != lex_.head_type.end() && !t.all_caps &&
         (head->second == NodeType::Event || head->second == NodeType::Exercise) && !lex_.gazetteer.count(t.key);
}

// A typed name ab..e (after its title at b..nb, and with its acronym in brackets when
// `acronym`): its entity, names and mentions. The token after what it took.
// "Haji Awang Rosli bin Awang Tengah": a name joined by a patronymic (a lower-case particle,
// cues.json name_particles) is often written with its honorifics as if they were part of it;
// the titled form [b, e) names the person too (its label stays the name without them).
static void add_titled_patronymic(const Lexicon& lex, std::string_view text, const SentenceAnalysis& s, std::uint32_t b,
                                  std::uint32_t nb, std::uint32_t e, DocEntity& person) {
  bool patronymic = false;
  for (std::uint32_t k = nb + 1; k + 1 < e && !patronymic; ++k)
    patronymic = !s.tokens[k].capital && lex.name_particle_set.count(s.tokens[k].key) > 0;
  if (!patronymic || nb == b) return;
  // honorifics alone, not an office with its portfolio ("Minister of Defence II")
  for (std::uint32_t k = b; k < nb; ++k)
    if (!s.tokens[k].capital || lex.portfolio_word_set.count(s.tokens[k].key) || lex.generic_org_set.count(s.tokens[k].key))
      return;
  std::string titled = span_text(text, s, b, e);
  if (std::find(person.names.begin(), person.names.end(), titled) == person.names.end()) person.names.push_back(titled);
}

std::uint32_t Recogniser::add_typed_span(std::size_t si, std::uint32_t b, std::uint32_t nb, std::uint32_t ab,
                                         std::uint32_t e, NodeType type, bool acronym) {
  auto& s = doc_.sentences[si];
  // "Norwegian National Security Authority (NSM)": an organisation's acronym
  // in its own language, whose letters do not follow the English words.
  bool owner_took = false;  // the acronym went to the body before "of the"
  if (!acronym && type == NodeType::Organisation && own_acronym_at(s, e, ab)) {
    if (int owner = acronym_owner_before(si, ab, e); owner >= 0) {
      take_acronym(si, e + 1, owner);
      owner_took = true;
    } else {
      acronym = true;
    }
  }
  if (type != NodeType::Exercise && type != NodeType::Event && !acronym) {
    std::uint32_t ce = name_end(s, ab, e);  // a number after another name is no part of it
    if (ce < e) e = ce;
  }
  if (type == NodeType::Organisation && ab == b && b > 0 && ordinal_number(s.tokens[b - 1]) && !covered(s, b - 1))
    ab = b - 1;  // "the 91st Cyber Brigade": the unit's number is part of its name
  std::string name, full;
  name_span(si, ab, e, type, &name, &full);
  int entity = type == NodeType::Organisation && !acronym ? body_of_acronym(s, e, name) : -1;
  acronym |= entity >= 0;
  // "Computer Emergency Response Team (CERT-MU)": many nations' teams share the name; the code names
  // this one, and the name alone must not join it to another team the document (or lexicon) named so
  // (not "Indonesia Security Incident Response Team": a name its nation opens is this team's own)
  std::string first = name.substr(0, name.find(' '));
  if (entity < 0 && acronym && type == NodeType::Organisation && team_word(lex_, s.tokens[e + 1].text) &&
      name.ends_with(" Team") && !lex_.find_nation(first) && !lex_.nation_of_demonym(first))
    entity = entity_for(type, std::string(s.tokens[e + 1].text), -1);
  if (entity < 0 && type == NodeType::Organisation) entity = owned_entity(si, ab, name);
  if (entity < 0) entity = entity_for(type, name, -1);
  if (type == NodeType::Organisation) add_owner_names(si, ab, entity, name);
  if (type == NodeType::Organisation && e - ab >= 2) add_parent_forms(si, ab, e, entity);
  if (type == NodeType::Organisation && e - ab >= 3) note_closing_nation(si, ab, e);
  if (!full.empty()) {
    auto& names = doc_.entities[entity].names;
    if (std::find(names.begin(), names.end(), full) == names.end()) names.push_back(full);
    known_.emplace(lex_.name_key_of(full), entity);
  }
  if (type == NodeType::Person && ab == nb) add_titled_patronymic(lex_, text_, s, b, nb, e, doc_.entities[entity]);
  add_mention(si, ab, e, entity, MentionKind::Name);
  std::uint32_t foreign = type == NodeType::Organisation && !acronym && !owner_took ? foreign_name_acronym_at(s, e) : 0;
  if (foreign) {
    // the name in the body's own language is its name too ("Comando de Defesa Cibernética")
    std::string own = span_text(text_, s, e + 1, foreign - 1);
    auto& names = doc_.entities[entity].names;
    if (std::find(names.begin(), names.end(), own) == names.end()) names.push_back(own);
  }
  if (acronym || foreign) {
    std::uint32_t at = foreign ? foreign : e + 1;
    std::string acr(s.tokens[at].text);
    known_[lex_.name_key_of(acr)] = entity;
    auto& names = doc_.entities[entity].names;
    if (std::find(names.begin(), names.end(), acr) == names.end()) names.push_back(acr);
    add_mention(si, at, at + 1, entity, MentionKind::Acronym);
  }
  bool took = acronym || foreign || owner_took;
  std::uint32_t headed = took || type != NodeType::Organisation ? 0 : take_headed_acronym(si, ab, e, entity);
  if (ab > nb) scan_range_gazetteer(si, nb, ab);
  if (foreign) return foreign + 2;
  if (headed) return headed;
  return acronym || owner_took ? e + 3 : e;
}

// "the Joint Cyber Defence Command of the Argentine Armed Forces (CCCD)": an acronym in
// the body's own language after "A of the B" whose letters B's capitals do not give is
// A's, the whole name's. A (an organisation named just before "of [the]"), else -1.
int Recogniser::acronym_owner_before(std::size_t si, std::uint32_t b, std::uint32_t e) const {
  const auto& s = doc_.sentences[si];
  if (b < 2) return -1;
  std::uint32_t of = s.tokens[b - 1].key == "the" ? b - 2 : b - 1;
  if (s.tokens[of].key != "of") return -1;
  std::string letters;
  for (char c : s.tokens[e + 1].text)
    if (std::isupper(static_cast<unsigned char>(c))) letters.push_back(c);
  if (letters_in_order(s.tokens, b, e, letters)) return -1;
  for (const auto& m : s.mentions)
    if (m.end == of && m.kind == MentionKind::Name && doc_.entities[m.entity].type == NodeType::Organisation)
      return m.entity;
  return -1;
}

// The acronym at token k names `entity`.
void Recogniser::take_acronym(std::size_t si, std::uint32_t k, int entity) {
  const auto& s = doc_.sentences[si];
  std::string acr(s.tokens[k].text);
  known_[lex_.name_key_of(acr)] = entity;
  auto& names = doc_.entities[entity].names;
  if (std::find(names.begin(), names.end(), acr) == names.end()) names.push_back(acr);
  add_mention(si, k, k + 1, entity, MentionKind::Acronym);
}


// "the UAE's Cyber Defence Command": the body's name with its nation as written
// ("UAE's Cyber Defence Command", "UAE Cyber Defence Command") names it too.
void Recogniser::add_owner_names(std::size_t si, std::uint32_t b, int entity, const std::string& name) {
  const auto& s = doc_.sentences[si];
  if (b < 2 || s.tokens[b - 1].key != "'s") return;
  for (const auto& m : s.mentions) {
    if (m.end != b - 1 || doc_.entities[m.entity].type != NodeType::Nation) continue;
    auto& names = doc_.entities[entity].names;
    for (std::string form : {span_text(text_, s, m.begin, b) + " " + name, span_text(text_, s, m.begin, m.end) + " " + name}) {
      if (std::find(names.begin(), names.end(), form) == names.end()) names.push_back(form);
      known_.emplace(lex_.name_key_of(form), entity);
    }
    return;
  }
}

// "AU Commission" is "African Union Commission", and the reverse: a known body's name
// or acronym opening a body's name may be written in its other forms. "NATO Integrated
// Cyber Defence Centre" is also the "Integrated Cyber Defence Centre" when the rest is
// no generic name ("Cyber Command" of "U.S. Cyber Command" names many).
void Recogniser::add_parent_forms(std::size_t si, std::uint32_t b, std::uint32_t e, int entity) {
  const auto& s = doc_.sentences[si];
  const LexHit* hit = nullptr;
  std::uint32_t g = gazetteer_match(s, b, &hit);
  if (g == 0 || g >= e - b || hit->form == LexForm::Demonym) return;
  const LexEntity& parent = lex_.entities[hit->entity];
  if (parent.type != NodeType::Organisation || doc_.entities[entity].lexicon >= 0) return;
  std::string rest = span_text(text_, s, b + g, e);
  std::vector<std::string> forms;
  for (const auto& alt : parent.aliases) forms.push_back(alt + " " + rest);
  forms.push_back(parent.label + " " + rest);
  if (e - b - g >= 2 && !generic_name(rest)) forms.push_back(rest);
  auto& names = doc_.entities[entity].names;
  for (const auto& form : forms) {
    if (std::find(names.begin(), names.end(), form) == names.end()) names.push_back(form);
    known_.emplace(lex_.name_key_of(form), entity);
  }
}

// "the Joint Cyberspace Command of Spain", "the Cyber Command of the Republic of
// Korea": a body's name closing with a nation mentions that nation, as an opening
// demonym does ("the Dutch National Cyber Security Centre"); the body is its part.
void Recogniser::note_closing_nation(std::size_t si, std::uint32_t b, std::uint32_t e) {
  const auto& s = doc_.sentences[si];
  for (std::uint32_t of = b + 1; of + 1 < e; ++of) {  // the first "of" the rest of which is a nation
    if (s.tokens[of].key != "of") continue;
    std::uint32_t from = s.tokens[of + 1].key == "the" ? of + 2 : of + 1;
    const LexHit* hit = nullptr;
    if (from < e && gazetteer_match(s, from, &hit) == e - from && hit->form != LexForm::Demonym &&
        lex_.entities[hit->entity].type == NodeType::Nation) {
      lexicon_entity(hit->entity, span_text(text_, s, from, e));
      return;
    }
  }
}

// "Swedish Civil Contingencies Agency", "United States Southern Command": a known
// body's name opening with a nation or its demonym mentions that nation, as the
// same name unknown to the lexicon does; one closing with "of" a nation too.
void Recogniser::note_name_nations(std::size_t si, std::uint32_t b, std::uint32_t e) {
  const auto& s = doc_.sentences[si];
  std::string key;
  for (std::uint32_t n = 1; b + n < e && n <= 3; ++n) {
    key += (n > 1 ? " " : "") + s.tokens[b + n - 1].key;
    auto it = lex_.gazetteer.find(key);
    if (it == lex_.gazetteer.end()) continue;
    for (const auto& h : it->second) {
      if (lex_.entities[h.entity].type != NodeType::Nation || (h.exact_case && !s.tokens[b].all_caps)) continue;
      std::string surface = span_text(text_, s, b, b + n);
      int nation = lexicon_entity(h.entity, h.form == LexForm::Demonym ? std::string() : surface);
      auto& names = doc_.entities[nation].names;
      if (std::find(names.begin(), names.end(), surface) == names.end()) names.push_back(surface);
      return;
    }
  }
  if (e - b >= 3) note_closing_nation(si, b, e);
}

}  // namespace newsgraph::detail
