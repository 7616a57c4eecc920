// Pass 2 of recognition, its merges: two entities the document shows to be
// one body or person ("X, better known as Y", "Mrs Durand-Vidal" after the
// full name), the first redirected to the second (drop_redirected). A lower-case
// description of an agreement and its title are merged in agreements.cpp.
#include <algorithm>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {

// "Mrs Durand-Vidal" after "Sophie Durand-Vidal", "Al Mansoori" after "Saeed Al Mansoori":
// a person named by the tail of one other person's name (a surname of several words,
// read as a person of its own when a title stood before it) is that person; so is one
// named by the head of one other person's name, when no name ends with it. Its
// names stay off the full entity: a surname alone would merge namesakes across documents.
void Recogniser::merge_person_tails() {
  std::vector<std::string> keys(doc_.entities.size());
  for (std::size_t e = 0; e < doc_.entities.size(); ++e)
    if (doc_.entities[e].type == NodeType::Person) keys[e] = lex_.name_key_of(doc_.entities[e].label);
  for (std::size_t tail = 0; tail < keys.size(); ++tail) {
    if (keys[tail].empty() || redirect_.count(static_cast<int>(tail))) continue;
    int full = -1, found = 0;
    for (std::size_t e = 0; e < keys.size(); ++e)
      if (e != tail && keys[e].size() > keys[tail].size() && keys[e].ends_with(" " + keys[tail]) && !redirect_.count(static_cast<int>(e)))
        full = static_cast<int>(e), ++found;
    // "Park" after "Park Seon-woo", "Ms Lim" after "Ms Lim Hui Shan": a one-word name that
    // opens one other person's name named before it (a family name written first) is that
    // person, when it closes none; so is a two-word one ("Dr. Farah Nadia" after "Farah Nadia
    // Ismail", "Mohd Hafiz" after "Mohd Hafiz Rahman"), as Malay and Arabic names are shortened
    if (found == 0 && std::count(keys[tail].begin(), keys[tail].end(), ' ') <= 1)
      for (std::size_t e = 0; e < tail; ++e)
        if (keys[e].starts_with(keys[tail] + " ") && !redirect_.count(static_cast<int>(e)))
          full = static_cast<int>(e), ++found;
    // "Arancibia" after "Josefina Arancibia Rojas": the middle word of one three-word name, a
    // paternal surname before the maternal one (Spanish and Portuguese names are shortened so);
    // also of a longer one ("Quimbaya" of "Andres Felipe Quimbaya Rincon", "Fauzi" of "Ahmad
    // Fauzi bin Rahim")
    if (found == 0 && keys[tail].find(' ') == std::string::npos)
      for (std::size_t e = 0; e < tail; ++e)
        if (std::count(keys[e].begin(), keys[e].end(), ' ') >= 2 && !redirect_.count(static_cast<int>(e)) &&
            keys[e].find(" " + keys[tail] + " ") != std::string::npos)
          full = static_cast<int>(e), ++found;
    if (found == 1) redirect_[static_cast<int>(tail)] = full;
  }
}

// 'Margaret "Peggy" Aldous-Fenwick': a given name, a nickname in quotes, then the family name
// is one person's name; only the given name was read. The person is named as written, by the
// given and the family name (the label) and by the nickname and the family name, and a person
// the document named so elsewhere ("Peggy Aldous-Fenwick" in the headline) is that person.
void Recogniser::merge_quoted_nicknames() {
  constexpr std::uint32_t kFamilyWords = 3;
  for (auto& s : doc_.sentences)
    for (auto& a : s.mentions) {
      const auto& t = s.tokens;
      std::uint32_t q = a.end;
      if (a.kind != MentionKind::Name || a.end != a.begin + 1 || q + 3 >= t.size() || t[q].key != "\"" ||
          t[q + 2].key != "\"" || !t[q + 1].word || !t[q + 1].capital || doc_.entities[a.entity].type != NodeType::Person)
        continue;
      // the family name alone may have been bound already, to the person the nickname names
      std::uint32_t k = q + 3;
      int bound = -1;
      for (const auto& b : s.mentions)
        if (b.begin == k && b.kind == MentionKind::Name && doc_.entities[b.entity].type == NodeType::Person)
          bound = b.entity, k = b.end;
      while (bound < 0 && k < t.size() && k < q + 3 + kFamilyWords && t[k].word && t[k].capital && !covered(s, k)) ++k;
      if (k == q + 3) continue;
      std::string family = span_text(text_, s, q + 3, k), given = span_text(text_, s, a.begin, a.end);
      std::string nick = span_text(text_, s, q + 1, q + 2) + " " + family;
      DocEntity& person = doc_.entities[a.entity];
      person.label = given + " " + family;
      for (const std::string& name : {person.label, span_text(text_, s, a.begin, k), nick}) {
        if (std::find(person.names.begin(), person.names.end(), name) == person.names.end()) person.names.push_back(name);
        known_[lex_.name_key_of(name)] = a.entity;
      }
      a.end = k;
      if (bound >= 0 && bound != a.entity) redirect_[bound] = a.entity;
      for (int e = 0; e < static_cast<int>(doc_.entities.size()); ++e) {
        std::string key = lex_.name_key_of(doc_.entities[e].label);
        if (e != a.entity && doc_.entities[e].type == NodeType::Person && !redirect_.count(e) &&
            (key == lex_.name_key_of(nick) || key == lex_.name_key_of(person.label)))
          redirect_[e] = a.entity;
      }
    }
  // the family name's own mention lies inside the whole name's now
  for (auto& s : doc_.sentences) {
    std::vector<bool> inside(s.mentions.size(), false);
    for (std::size_t i = 0; i < s.mentions.size(); ++i)
      for (const auto& o : s.mentions) {
        const Mention& m = s.mentions[i];
        auto to = redirect_.find(m.entity);
        inside[i] = inside[i] || (o.begin < m.begin && m.end <= o.end && to != redirect_.end() && to->second == o.entity);
      }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < s.mentions.size(); ++i)
      if (!inside[i]) s.mentions[kept++] = s.mentions[i];
    s.mentions.resize(kept);
  }
}

bool acronym_noun(std::string_view key) { return key == "initials" || key == "abbreviation" || key == "acronym"; }

// "the Joint Cyber Command of the Armed Forces of Peru": the body whose name closes with the
// mention `a` after "of [the]" (the outer one, named in full), else a's own.
int Recogniser::outer_body(const SentenceAnalysis& s, const Mention& a) const {
  std::uint32_t of = a.begin >= 1 && s.tokens[a.begin - 1].key == "the" ? a.begin - 1 : a.begin;
  if (of < 2 || s.tokens[of - 1].key != "of") return a.entity;
  std::string inner = span_text(text_, s, a.begin, a.end);
  for (const auto& p : s.mentions)
    if (p.end + 1 == of && p.entity != a.entity && doc_.entities[p.entity].type == NodeType::Organisation &&
        doc_.entities[p.entity].label.ends_with(" " + inner))
      return p.entity;
  return a.entity;
}

// "Poland's Cyberspace Defence Forces, known by their Polish abbreviation WOC": the
// acronym after "known by its/their ... initials/abbreviation/acronym" is the body's, and
// a body the document made of the acronym alone is that body.
void Recogniser::merge_known_by_initials() {
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
    auto& s = doc_.sentences[si];
    const auto n = static_cast<std::uint32_t>(s.tokens.size());
    for (std::size_t mi = 0; mi < s.mentions.size(); ++mi) {
      const Mention a = s.mentions[mi];
      std::uint32_t k = a.end;
      if (a.kind != MentionKind::Name || doc_.entities[a.entity].type != NodeType::Organisation || k + 4 >= n ||
          s.tokens[k].key != "," || s.tokens[k + 1].key != "known" || s.tokens[k + 2].key != "by" ||
          (s.tokens[k + 3].key != "its" && s.tokens[k + 3].key != "their"))
        continue;
      k += 4;
      for (std::uint32_t stop = k + 3; k < n && k < stop && !acronym_noun(s.tokens[k].key);) ++k;
      if (k + 1 >= n || !s.tokens[k + 1].all_caps || !s.tokens[k + 1].word) continue;
      std::string acr(s.tokens[k + 1].text);
      int body = outer_body(s, a);
      for (int e = 0; e < static_cast<int>(doc_.entities.size()); ++e)
        if (e != body && doc_.entities[e].label == acr && doc_.entities[e].lexicon < 0 && !redirect_.count(e) &&
            doc_.entities[e].type == NodeType::Organisation)
          redirect_[e] = body;
      auto& names = doc_.entities[body].names;
      if (std::find(names.begin(), names.end(), acr) == names.end()) names.push_back(acr);
      if (!covered(s, k + 1)) add_mention(si, k + 1, k + 2, body, MentionKind::Acronym);
    }
  }
}

namespace {

// The initials of a label's capitalised words, function words skipped ("AFP" of
// "Australian Federal Police"; "AF" of "Agence France-Presse").
std::string initials_of(const Lexicon& lex, const std::string& label) {
  std::string out;
  for_each_word(label, [&](std::string_view w) {
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z' && !lex.function_word_set.count(ascii_lowered(w))) out.push_back(w[0]);
  });
  return out;
}

// Per entity, the initials of a multi-word organisation's label (empty for others); after a
// parent's acronym opening the label, a space and the initials of the rest too: "the SADC
// Regional Peacekeeping Training Centre ... the RPTC's commandant" (the parent's letters are
// no part of the unit's own acronym).
std::vector<std::string> spelled_organisations(const Lexicon& lex, const std::vector<DocEntity>& entities) {
  std::vector<std::string> spelled(entities.size());
  for (std::size_t f = 0; f < entities.size(); ++f) {
    const std::string& label = entities[f].label;
    std::size_t cut = label.find(' ');
    if (entities[f].type != NodeType::Organisation || cut == std::string::npos) continue;
    spelled[f] = initials_of(lex, label);
    std::string rest = label.substr(cut + 1);
    if (cut >= 2 && ascii_capitals(label.substr(0, cut)) && rest.find(' ') != std::string::npos)
      spelled[f] += " " + initials_of(lex, rest);
  }
  return spelled;
}

// "GCSB", "AFP": a form short and all in capitals, as a body's acronym is written.
bool acronym_form(const std::string& form) { return form.size() >= 2 && form.size() <= 6 && ascii_capitals(form); }

// Whether `spelled` (a label's initials, then maybe a space and its tail's) spells `acronym`.
bool spells(const std::string& spelled, const std::string& acronym) {
  if (spelled == acronym) return true;
  std::size_t cut = spelled.find(' ');
  if (cut == std::string::npos) return false;
  return std::string_view(spelled).substr(0, cut) == acronym || std::string_view(spelled).substr(cut + 1) == acronym;
}

}  // namespace

// Entity a becomes the one other organisation (not redirected) whose initials, in
// `spelled`, are `acronym`, which joins its names; nothing when there are none or two.
void Recogniser::merge_into_spelled(int a, const std::string& acronym, const std::vector<std::string>& spelled) {
  int body = -1, found = 0;
  for (int f = 0; f < static_cast<int>(spelled.size()); ++f)
    if (f != a && !redirect_.count(f) && spells(spelled[static_cast<std::size_t>(f)], acronym)) body = f, ++found;
  if (found != 1) return;
  redirect_[a] = body;
  auto& names = doc_.entities[body].names;
  if (std::find(names.begin(), names.end(), acronym) == names.end()) names.push_back(acronym);
}

// "the Government Communications Security Bureau, the GCSB,", "the Ministry of External
// Affairs ... the MEA's cyber division": a body the document names by an acronym no
// lexicon knows is the one body it names in full whose words' initials spell it
// (function words skipped). Two such bodies leave it alone.
void Recogniser::merge_spelled_initials() {
  std::vector<std::string> spelled;  // made when first needed
  for (int a = 0; a < static_cast<int>(doc_.entities.size()); ++a) {
    const DocEntity& ea = doc_.entities[a];
    if (ea.type != NodeType::Organisation || ea.lexicon >= 0 || !acronym_form(ea.label) || redirect_.count(a)) continue;
    if (spelled.empty()) spelled = spelled_organisations(lex_, doc_.entities);
    merge_into_spelled(a, ea.label, spelled);
  }
}

// A listed organisation the document names only by an acronym ("AFP") is the one other
// organisation of the document whose capitalised words' initials spell it, when the
// lexicon's own label does not ("Agence France-Presse"): the document says which it means.
void Recogniser::merge_lexicon_acronyms() {
  std::vector<std::string> spelled;  // made when first needed
  for (int a = 0; a < static_cast<int>(doc_.entities.size()); ++a) {
    const DocEntity& ea = doc_.entities[a];
    if (ea.type != NodeType::Organisation || ea.lexicon < 0 || redirect_.count(a)) continue;
    std::vector<std::string> forms = mentioned_forms(a);
    if (forms.size() != 1 || !acronym_form(forms[0]) || initials_of(lex_, ea.label) == forms[0])
      continue;
    if (spelled.empty()) spelled = spelled_organisations(lex_, doc_.entities);
    merge_into_spelled(a, forms[0], spelled);
  }
}

// The names of entity `from` become `to`'s, and `from` points to `to`.
void Recogniser::merge_into(int from, int to) {
  for (const auto& name : doc_.entities[from].names) {
    auto& names = doc_.entities[to].names;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    known_[lex_.name_key_of(name)] = to;
  }
  redirect_[from] = to;
}

// "Argentina's Joint Cyber Defence Command (Comando Conjunto de Ciberdefensa)": a body's
// name in its own language, alone in brackets after its English name, is the same body's.
// Its language shows by a lower-case connector of cues.json foreign_connectors ("de",
// "del") that the English name lacks; a known (lexicon) body keeps its label.
void Recogniser::merge_bracketed_foreign_names() {
  auto foreign = [&](const SentenceAnalysis& s, const Mention& m) {
    for (std::uint32_t k = m.begin; k < m.end; ++k)
      if (s.tokens[k].word && !s.tokens[k].capital && s.tokens[k].key != "of" && lex_.foreign_connector_set.count(s.tokens[k].key))
        return true;
    return false;
  };
  for (auto& s : doc_.sentences)
    for (const auto& a : s.mentions) {
      std::uint32_t k = a.end;
      if (a.kind != MentionKind::Name || k + 2 >= s.tokens.size() || s.tokens[k].key != "(") continue;
      for (const auto& b : s.mentions) {
        if (b.begin != k + 1 || b.kind != MentionKind::Name || b.entity == a.entity || b.end >= s.tokens.size() ||
            s.tokens[b.end].key != ")")
          continue;
        const DocEntity &ea = doc_.entities[a.entity], &eb = doc_.entities[b.entity];
        if (ea.type != NodeType::Organisation || eb.type != NodeType::Organisation || !foreign(s, b) || foreign(s, a)) break;
        if ((ea.lexicon >= 0 && eb.lexicon >= 0) || redirect_.count(a.entity) || redirect_.count(b.entity)) break;
        if (eb.lexicon >= 0)
          merge_into(a.entity, b.entity);
        else
          merge_into(b.entity, a.entity);
        break;
      }
    }
}

namespace {

// Whether `short_form` is `full` with its closing words written as their initials:
// "Sri Lanka CERT" of "Sri Lanka Computer Emergency Readiness Team" (lower-case words
// such as "of" give no letter).
bool initials_of_tail(const std::string& full, const std::string& short_form) {
  auto words = [](std::string_view text) {
    std::vector<std::string_view> out;
    for_each_word(text, [&](std::string_view w) { out.push_back(w); });
    return out;
  };
  std::vector<std::string_view> f = words(full), sh = words(short_form);
  if (sh.size() < 2 || sh.size() > f.size()) return false;
  std::string_view code = sh.back();
  if (code.size() < 2 || !std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isupper(c); })) return false;
  for (std::size_t i = 0; i + 1 < sh.size(); ++i)
    if (sh[i] != f[i]) return false;
  std::string letters;
  for (std::size_t i = sh.size() - 1; i < f.size(); ++i)
    if (std::isupper(static_cast<unsigned char>(f[i][0]))) letters.push_back(f[i][0]);
  return letters == code;
}

}  // namespace

// "(BGD e-GOV CIRT)": two to four words, each in capitals or opening in lower case, with no
// plain capitalised word: a coded short form, not another body's name.
bool Recogniser::coded_short_form(const SentenceAnalysis& s, const Mention& m) const {
  if (m.end - m.begin < 2 || m.end - m.begin > 4) return false;
  for (std::uint32_t k = m.begin; k < m.end; ++k) {
    const Token& t = s.tokens[k];
    if (!t.word || !(t.all_caps || (!t.text.empty() && t.text[0] >= 'a' && t.text[0] <= 'z'))) return false;
  }
  return true;
}

// "the Sri Lanka Computer Emergency Readiness Team (Sri Lanka CERT)": a short form in
// brackets right after a body's name, its opening words the name's and its last word the
// initials of the name's other words, is the same body's; a known (lexicon) body keeps its label.
void Recogniser::merge_bracketed_short_forms() {
  for (auto& s : doc_.sentences)
    for (const auto& a : s.mentions) {
      std::uint32_t k = a.end;
      if (a.kind != MentionKind::Name || k + 2 >= s.tokens.size() || s.tokens[k].key != "(") continue;
      for (const auto& b : s.mentions) {
        if (b.begin != k + 1 || b.entity == a.entity || b.end >= s.tokens.size() || s.tokens[b.end].key != ")") continue;
        const DocEntity &ea = doc_.entities[a.entity], &eb = doc_.entities[b.entity];
        if (ea.type != NodeType::Organisation || eb.type != NodeType::Organisation) break;
        if ((ea.lexicon >= 0 && eb.lexicon >= 0) || redirect_.count(a.entity) || redirect_.count(b.entity)) break;
        if (!initials_of_tail(span_text(text_, s, a.begin, a.end), span_text(text_, s, b.begin, b.end)) &&
            !coded_short_form(s, b))
          break;
        if (eb.lexicon >= 0)
          merge_into(a.entity, b.entity);
        else
          merge_into(b.entity, a.entity);
        break;
      }
    }
}

// "the National Defence Committee of the Riigikogu ... the National Defence Committee": a body
// named "A of [the] B", B a body the document names, is the body a later bare "A" names. The
// fuller name stays the label. Not when B is a nation: "Ministry of Defence" alone may be
// another nation's (qualify_generic_bodies reads those).
void Recogniser::merge_short_complement_names() {
  std::unordered_map<std::string, int> by_key;
  for (int i = 0; i < static_cast<int>(doc_.entities.size()); ++i)
    if (doc_.entities[i].type == NodeType::Organisation && !redirect_.count(i))
      by_key.emplace(lex_.name_key_of(doc_.entities[i].label), i);
  for (int i = 0; i < static_cast<int>(doc_.entities.size()); ++i) {
    const DocEntity& full = doc_.entities[i];
    if (full.type != NodeType::Organisation || full.lexicon >= 0 || redirect_.count(i)) continue;
    std::size_t of = full.label.rfind(" of ");
    if (of == std::string::npos || of == 0) continue;
    std::string rest = full.label.substr(of + 4);
    if (rest.starts_with("the ")) rest.erase(0, 4);
    std::string owner_key = lex_.name_key_of(rest);
    auto owner = by_key.find(owner_key);
    auto listed = lex_.gazetteer.find(owner_key);  // a known body inside the name has no mention of its own
    bool body = (owner != by_key.end() && owner->second != i) ||
                (listed != lex_.gazetteer.end() && lex_.entities[listed->second.front().entity].type == NodeType::Organisation);
    auto bare = by_key.find(lex_.name_key_of(full.label.substr(0, of)));
    if (!body || bare == by_key.end() || bare->second == i) continue;
    if (doc_.entities[bare->second].lexicon >= 0 || redirect_.count(bare->second)) continue;
    merge_into(bare->second, i);
  }
}

// "the OSCE Programme Office in Dushanbe ... the head of the OSCE Programme Office": a body
// named "A in P", P a place or nation, is the body a bare "A" of the same document names
// (an office, a delegation, an embassy is named with or without its seat; the lexicon lists
// field offices so, "OSCE Programme Office in Astana"). The fuller name stays the label.
void Recogniser::merge_place_qualified_names() {
  std::unordered_map<std::string, int> by_key;
  for (int i = 0; i < static_cast<int>(doc_.entities.size()); ++i)
    if (doc_.entities[i].type == NodeType::Organisation && !redirect_.count(i))
      by_key.emplace(lex_.name_key_of(doc_.entities[i].label), i);
  auto place = [&](const std::string& key) {
    auto listed = lex_.gazetteer.find(key);
    if (listed == lex_.gazetteer.end()) return false;
    NodeType t = lex_.entities[listed->second.front().entity].type;
    return t == NodeType::Place || t == NodeType::Nation;
  };
  for (int i = 0; i < static_cast<int>(doc_.entities.size()); ++i) {
    const DocEntity& full = doc_.entities[i];
    if (full.type != NodeType::Organisation || redirect_.count(i)) continue;
    std::size_t in = full.label.rfind(" in ");
    if (in == std::string::npos || in == 0 || !place(lex_.name_key_of(full.label.substr(in + 4)))) continue;
    auto bare = by_key.find(lex_.name_key_of(full.label.substr(0, in)));
    if (bare == by_key.end() || bare->second == i || doc_.entities[bare->second].lexicon >= 0 || redirect_.count(bare->second))
      continue;
    merge_into(bare->second, i);
  }
}

// "the Convention on Cybercrime, known as the Budapest Convention", "X, also known as
// Y": the name after the naming words is the same entity's. The known one (a lexicon
// entry) stays and takes the other's names.
void Recogniser::merge_known_as() {
  for (auto& s : doc_.sentences) {
    for (const auto& a : s.mentions) {
      std::uint32_t k = a.end;
      if (a.kind != MentionKind::Name || k >= s.tokens.size() || s.tokens[k].key != ",") continue;
      ++k;
      // "better known as", "also known as": one adverb before the naming words
      if (k + 1 < s.tokens.size() && s.tokens[k].word && !s.tokens[k].capital && s.tokens[k + 1].key == "known") ++k;
      std::uint32_t naming = naming_after(s.tokens, k);
      if (naming == 0 || s.tokens[k].key != "known") continue;  // "called", "dubbed" name exercises, read there
      k += naming;
      if (k < s.tokens.size() && s.tokens[k].key == "the") ++k;
      for (const auto& b : s.mentions) {
        if (b.begin != k || b.kind != MentionKind::Name || b.entity == a.entity) continue;
        int from = a.entity, to = b.entity;
        const DocEntity& ea = doc_.entities[from];
        if (ea.type != doc_.entities[to].type || ea.type == NodeType::Nation || ea.type == NodeType::Person) break;
        if (ea.lexicon >= 0 && doc_.entities[to].lexicon >= 0) break;  // two known entities stay two
        if (ea.lexicon < 0 && doc_.entities[to].lexicon < 0 && ea.label.size() > doc_.entities[to].label.size())
          std::swap(from, to);  // the fullest name is the label
        if (ea.lexicon >= 0) std::swap(from, to);
        if (redirect_.count(from) || redirect_.count(to)) break;
        merge_into(from, to);
        break;
      }
    }
  }
}

// "the Bouregreg exercise", "Chao Phraya cyber drill" beside "the Bouregreg Cyber Exercise":
// an exercise named by the words one other exercise's name opens with, the rest of which are
// only its noun and a portfolio's words ("Cyber", "Defence"), is that exercise.
void Recogniser::merge_exercise_stems() {
  auto rest_is_noun = [&](std::string_view rest) {
    bool noun = false;
    for (std::size_t at = 0; at < rest.size();) {
      std::size_t sp = rest.find(' ', at);
      std::string w(rest.substr(at, sp == std::string_view::npos ? std::string_view::npos : sp - at));
      auto it = lex_.anaphor_type.find(w);
      if (it != lex_.anaphor_type.end() && it->second == NodeType::Exercise) noun = true;
      else if (!lex_.portfolio_word_set.count(w)) return false;
      at = sp == std::string_view::npos ? rest.size() : sp + 1;
    }
    return noun;
  };
  // the name keys of the exercises not merged yet, each built once (not once per pair)
  std::vector<std::pair<int, std::string>> exercises;
  for (std::size_t e = 0; e < doc_.entities.size(); ++e)
    if (doc_.entities[e].type == NodeType::Exercise && !redirect_.count(static_cast<int>(e)))
      exercises.emplace_back(static_cast<int>(e), lex_.name_key_of(doc_.entities[e].label));
  for (const auto& [stem, key] : exercises) {
    if (redirect_.count(stem)) continue;  // (merged by this loop already)
    int full = -1, found = 0;
    for (const auto& [e, other] : exercises)
      if (e != stem && !redirect_.count(e) && other.starts_with(key + " ") && rest_is_noun(std::string_view(other).substr(key.size() + 1)))
        full = e, ++found;
    if (found == 1) redirect_[stem] = full;
  }
}

// Removes the entities qualify_generic_bodies() redirected; renumbers mentions and roles.
void Recogniser::drop_redirected() {
  if (redirect_.empty()) return;
  // Two merges that each chose the other ("Portugal's Cyber Defence Centre (CDCiber)",
  // the acronym another nation's listed body): a cycle, which never ends; where it closes stays.
  std::vector<int> from;
  for (const auto& r : redirect_) from.push_back(r.first);
  std::sort(from.begin(), from.end());
  for (int start : from) {
    std::vector<int> seen{start};
    for (auto it = redirect_.find(start); it != redirect_.end(); it = redirect_.find(it->second)) {
      if (std::find(seen.begin(), seen.end(), it->second) != seen.end()) {
        redirect_.erase(it);
        break;
      }
      seen.push_back(it->second);
    }
  }
  std::vector<int> renumber(doc_.entities.size(), -1);
  std::vector<DocEntity> kept;
  for (std::size_t i = 0; i < doc_.entities.size(); ++i)
    if (!redirect_.count(static_cast<int>(i))) {
      renumber[i] = static_cast<int>(kept.size());
      kept.push_back(std::move(doc_.entities[i]));
    }
  auto map = [&](int e) {
    for (auto it = redirect_.find(e); it != redirect_.end(); it = redirect_.find(e)) e = it->second;
    return renumber[e];
  };
  for (auto& s : doc_.sentences) {
    for (auto& m : s.mentions) m.entity = map(m.entity);
    for (auto& r : s.roles)
      if (r.org >= 0) r.org = map(r.org);
  }
  doc_.entities = std::move(kept);
}

}  // namespace newsgraph::detail
