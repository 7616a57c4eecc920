// Names every nation uses ("Ministry of National Defence", "National Cyber
// Security Centre"): which nation's body a mention is. The lexicon knows
// one nation's body under such a name (South Korea's ministry); a mention
// is that entry only when the nation it names or its context is the
// entry's own. Otherwise it is the body of the nation the text gives: a
// possessive or demonym before it ("Poland's ..."), "of Lithuania" or "in
// Warsaw" after it, else the nearest nation mentioned before it (when the
// entry's nation is not mentioned at all). Such a body is named with its
// nation ("Lithuania's Ministry of National Defence", also "Lithuanian
// Ministry of National Defence"), so that documents about two nations'
// ministries never merge them, and documents about one nation's do.
#include <algorithm>
#include <map>

#include "recognise/recogniser.hpp"

namespace newsgraph::detail {

// Whether every word of `name` is one that any nation's body uses.
bool Recogniser::generic_name(const std::string& name) const {
  return lex_.generic_key(lex_.name_key_of(name));
}

// The lexicon nation a mention's entity is, or -1.
std::int64_t Recogniser::nation_of_mention(const Mention& m) const {
  const DocEntity& e = doc_.entities[m.entity];
  return e.type == NodeType::Nation && e.lexicon >= 0 ? e.lexicon : -1;
}

// The nation written with a name at tokens [b, e): "Poland's X", "Polish X",
// "X of Lithuania", "X in Warsaw" (a place the lexicon puts in a nation); -1 when none.
std::int64_t Recogniser::nation_written_with(std::size_t si, std::uint32_t b, std::uint32_t e) const {
  const auto& s = doc_.sentences[si];
  std::uint32_t before = b >= 1 && s.tokens[b - 1].key == "'s" ? b - 1 : b;
  for (const auto& m : s.mentions)
    if (m.end == before && (before < b || m.kind == MentionKind::Demonym)) {
      if (auto n = nation_of_mention(m); n >= 0) return n;
      // "the NIS's National Cyber Security Center": a nation's body owns it, so it is that nation's
      if (before < b && doc_.entities[m.entity].type == NodeType::Organisation)
        if (auto n = owner_nation(m.entity); n >= 0) return n;
    }
  if (e + 1 < s.tokens.size() && (s.tokens[e].key == "of" || s.tokens[e].key == "in"))
    for (const auto& m : s.mentions) {
      // "the Cyber Command of the Ruritanian Armed Forces": a nation's body owns it
      bool of_body = s.tokens[e].key == "of" && doc_.entities[m.entity].type == NodeType::Organisation &&
                     (m.begin == e + 1 || (m.begin == e + 2 && s.tokens[e + 1].key == "the"));
      if (of_body)
        if (auto n = owner_nation(m.entity); n >= 0) return n;
      if (m.begin != e + 1) continue;
      if (auto n = nation_of_mention(m); n >= 0) return s.tokens[e].key == "of" ? n : -1;
      const DocEntity& place = doc_.entities[m.entity];
      if (s.tokens[e].key != "in" || place.type != NodeType::Place || place.lexicon < 0) continue;
      auto nation = lex_.find_entity(lex_.entities[place.lexicon].located_in);
      if (nation && lex_.entities[*nation].type == NodeType::Nation) return *nation;
    }
  return -1;
}

// The nation an organisation belongs to by its lexicon entry or its name
// ("Lithuania's ...", "Lithuanian ..."); -1 when neither says.
std::int64_t Recogniser::body_nation(int entity) const {
  const DocEntity& e = doc_.entities[entity];
  if (e.type != NodeType::Organisation) return -1;
  if (e.lexicon >= 0) {
    const std::string& owner = lex_.entities[e.lexicon].part_of;
    auto n = owner.empty() ? std::nullopt : lex_.find_entity(owner);
    return n && lex_.entities[*n].type == NodeType::Nation ? static_cast<std::int64_t>(*n) : -1;
  }
  for (const auto& name : e.names) {
    std::string_view owner, rest;
    if (!split_possessive(name, owner, rest)) continue;
    if (auto n = lex_.find_nation(owner)) return *n;
  }
  return -1;
}

// "the command, which sits within the Canadian Armed Forces": the one nation the relative
// clause right after a noun (ending at token `end`) names, itself or by a body of its own;
// -1 when none or two. It tells which of two nations' commands the noun stands for.
std::int64_t Recogniser::relative_clause_nation(std::size_t si, std::uint32_t end) const {
  const auto& s = doc_.sentences[si];
  if (end + 2 >= s.tokens.size() || s.tokens[end].key != "," ||
      (s.tokens[end + 1].key != "which" && s.tokens[end + 1].key != "that"))
    return -1;
  std::uint32_t stop = end + 2;
  while (stop < s.tokens.size() && s.tokens[stop].key != "," && s.tokens[stop].key != ".") ++stop;
  std::int64_t nation = -1;
  for (const auto& m : s.mentions) {
    if (m.begin < end + 2 || m.end > stop) continue;
    std::int64_t n = nation_of_mention(m);
    if (n < 0 && doc_.entities[m.entity].type == NodeType::Organisation) n = owner_nation(m.entity);
    if (n < 0) continue;
    if (nation >= 0 && nation != n) return -1;
    nation = n;
  }
  return nation;
}

// The nation an organisation belongs to by its entry, its "Nation's" name or
// its first word, a demonym ("Estonian Defence Forces"); -1 when none says.
std::int64_t Recogniser::owner_nation(int entity) const {
  if (std::int64_t n = body_nation(entity); n >= 0) return n;
  const std::string& label = doc_.entities[entity].label;
  auto space = label.find(' ');
  if (space == std::string::npos) return -1;
  if (auto nation = lex_.nation_of_demonym(label.substr(0, space))) return static_cast<std::int64_t>(*nation);
  // "Japan Self-Defense Forces", "South Korea Coast Guard": a body named after its nation's own name
  for (std::size_t end = space, words = 1; end != std::string::npos && words <= 2; end = label.find(' ', end + 1), ++words) {
    auto it = lex_.gazetteer.find(lex_.name_key_of(label.substr(0, end)));
    if (it == lex_.gazetteer.end()) continue;
    for (const auto& h : it->second)
      if (h.form != LexForm::Demonym && lex_.entities[h.entity].type == NodeType::Nation) return h.entity;
  }
  return -1;
}

// The nation named right before tokens starting at `b`: "Latvian Defence
// Minister", "Estonia's Defence Minister"; -1 when none.
std::int64_t Recogniser::nation_before(std::size_t si, std::uint32_t b) const {
  const auto& s = doc_.sentences[si];
  std::uint32_t end = b >= 1 && s.tokens[b - 1].key == "'s" ? b - 1 : b;
  for (const auto& m : s.mentions)
    if (m.end == end)
      if (auto n = nation_of_mention(m); n >= 0) return n;
  return -1;
}

// The nation mentioned nearest before token `b` of sentence `si` (else the
// first one after it); -1 when the document names none.
std::int64_t Recogniser::context_nation(std::size_t si, std::uint32_t b) const {
  for (std::size_t k = si + 1; k-- > 0;) {
    const auto& mentions = doc_.sentences[k].mentions;
    std::int64_t best = -1;
    std::uint32_t at = 0;
    for (const auto& m : mentions)
      if ((k < si || m.end <= b) && m.begin >= at) {
        // a nation, or a body named with one ("the Lithuanian centre is part of the Ministry ...")
        std::int64_t n = nation_of_mention(m);
        if (n < 0 && !redirect_.count(m.entity) && doc_.entities[m.entity].lexicon < 0) n = body_nation(m.entity);
        if (n >= 0) best = n, at = m.begin;
      }
    if (best >= 0) return best;
  }
  for (std::size_t k = si; k < doc_.sentences.size(); ++k)
    for (const auto& m : doc_.sentences[k].mentions)
      if (auto n = nation_of_mention(m); n >= 0) return n;
  return -1;
}

// The nation of the place a wire dateline opens the story with ("HANOI, March 12 -":
// Vietnam; "OSLO -": Norway), the story's own; -1 when there is none.
std::int64_t Recogniser::dateline_nation() const {
  std::size_t read = 0;
  for (const auto& s : doc_.sentences) {
    if (s.mentions.empty()) continue;
    const Mention& m = s.mentions.front();
    std::uint32_t first = 0;
    while (first < s.tokens.size() && !s.tokens[first].word) ++first;
    const DocEntity& e = doc_.entities[m.entity];
    if (m.begin == first && s.tokens[first].all_caps && s.tokens[first].text.size() > 2 && m.end < s.tokens.size() &&
        (s.tokens[m.end].key == "," || s.tokens[m.end].key == "-" || s.tokens[m.end].key == "(") && e.lexicon >= 0) {
      // a headline may be the dateline line itself ("HANOI, June 18 -"), not one all in capitals
      bool caps = std::all_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) { return !t.word || t.all_caps; });
      if (s.headline && caps) continue;
      if (e.type == NodeType::Nation) return e.lexicon;
      if (e.type != NodeType::Place) return -1;
      auto nation = lex_.find_entity(lex_.entities[e.lexicon].located_in);
      return nation && lex_.entities[*nation].type == NodeType::Nation ? static_cast<std::int64_t>(*nation) : -1;
    }
    if (++read == 4) return -1;  // the story's first sentences have no dateline
  }
  return -1;
}

// Whether sentence `s` visits `nation` after token `from` ("X visited Tokyo", "travelled to
// Japan"): a nation or a place the lexicon puts in it, after a visit verb.
bool Recogniser::visits_nation(const SentenceAnalysis& s, std::uint32_t from, std::int64_t nation) const {
  std::uint32_t verb = from;
  while (verb < s.tokens.size() && !lex_.visit_verb_set.count(s.tokens[verb].key)) ++verb;
  for (const auto& m : s.mentions) {
    // the object: right after the verb, or after its preposition ("travelled to", "arrived in")
    if (m.begin != verb + 1 && m.begin != verb + 2) continue;
    if (m.begin == verb + 2 && s.tokens[verb + 1].key != "to" && s.tokens[verb + 1].key != "in") continue;
    const DocEntity& e = doc_.entities[m.entity];
    if (e.lexicon < 0) continue;
    if (e.type == NodeType::Nation) return e.lexicon == nation;
    if (e.type != NodeType::Place) continue;
    auto in = lex_.find_entity(lex_.entities[e.lexicon].located_in);
    return in && static_cast<std::int64_t>(*in) == nation;
  }
  return false;
}

// The names of lexicon nation `nation`'s body named `core`, the label first:
// "Estonia's Cyber Command", "Estonian Cyber Command"; "Philippines' Cyber
// Command", also as some write it, "Philippines's Cyber Command".
std::vector<std::string> Recogniser::nation_forms(std::uint32_t nation, const std::string& core) const {
  const LexEntity& n = lex_.entities[nation];
  std::vector<std::string> forms = possessive_names(n.label, core);
  if (!n.demonyms.empty()) forms.push_back(n.demonyms.front() + " " + core);
  return forms;
}

// The body of lexicon nation `nation` named `core`: found by its qualified
// name, else made.
int Recogniser::nation_body(std::uint32_t nation, const std::string& core) {
  std::vector<std::string> forms = nation_forms(nation, core);
  auto it = known_.find(lex_.name_key_of(forms.front()));
  if (it != known_.end()) return it->second;
  int entity = static_cast<int>(doc_.entities.size());
  doc_.entities.push_back({NodeType::Organisation, forms.front(), forms, -1});
  for (const auto& name : forms) known_.emplace(lex_.name_key_of(name), entity);
  qualified_.insert(entity);
  return entity;
}

// "Lithuanian Ministry of National Defence" is also "Lithuania's Ministry of
// National Defence", and the reverse, and so is "Ministry of National Defence
// of Lithuania": the forms name one body, so that documents writing any one merge.
void Recogniser::add_nation_forms() {
  for (int i = 0; i < static_cast<int>(doc_.entities.size()); ++i) {
    DocEntity& e = doc_.entities[i];
    if (e.type != NodeType::Organisation || e.lexicon >= 0) continue;
    std::vector<std::string> extra;
    std::string_view owner, rest;
    if (split_possessive(e.label, owner, rest)) {
      auto nation = lex_.find_nation(owner);
      std::string core(rest);
      if (nation && !lex_.entities[*nation].demonyms.empty() && generic_name(core))
        extra = {lex_.entities[*nation].demonyms.front() + " " + core};
    } else if (auto of = e.label.rfind(" of "); of != std::string::npos && generic_name(e.label.substr(0, of)) &&
               lex_.find_nation(e.label.substr(of + 4))) {
      // "Cyber Security Authority of Ghana" is "Ghana's Cyber Security Authority"
      std::uint32_t nation = *lex_.find_nation(e.label.substr(of + 4));
      extra = nation_forms(nation, e.label.substr(0, of));
      if (!lex_.entities[nation].demonyms.empty()) extra.pop_back();  // the possessive's forms only
    } else if (auto space = e.label.find(' '); space != std::string::npos) {
      std::string core = e.label.substr(space + 1);
      if (auto nation = lex_.nation_of_demonym(e.label.substr(0, space)); nation && generic_name(core)) {
        extra = nation_forms(*nation, core);
        extra.pop_back();  // the demonym's form: the label
      }
    }
    for (const auto& form : extra) {
      if (std::find(e.names.begin(), e.names.end(), form) != e.names.end()) continue;
      e.names.push_back(form);
      known_.emplace(lex_.name_key_of(form), i);
    }
  }
}

// The nation a lexicon body belongs to, directly or through the body it is part of
// (the UK's National Cyber Security Centre, part of GCHQ); -1 when none.
std::int64_t Recogniser::lexicon_nation(const LexEntity& le) const {
  const LexEntity* at = &le;
  for (int depth = 0; depth < 3 && !at->part_of.empty(); ++depth) {
    auto n = lex_.find_entity(at->part_of);
    if (!n) return -1;
    if (lex_.entities[*n].type == NodeType::Nation) return *n;
    at = &lex_.entities[*n];
  }
  return -1;
}

// A mention of a lexicon body with a generic name, and the nation written with it (or -1).
struct Recogniser::GenericUse {
  std::size_t sentence, mention;
  std::int64_t nation;
};

// Rebinds mentions of lexicon bodies with generic names to the nation the
// text gives them (see the top of this file). Entities left without a
// mention are dropped by drop_redirected().
void Recogniser::qualify_generic_bodies() {
  add_nation_forms();
  for (auto& [entity, list] : generic_body_uses()) {
    const LexEntity& le = lex_.entities[doc_.entities[entity].lexicon];
    std::int64_t own = lexicon_nation(le);
    auto core_of = [&](const GenericUse& u) {
      const auto& s = doc_.sentences[u.sentence];
      return span_text(text_, s, s.mentions[u.mention].begin, s.mentions[u.mention].end);
    };
    auto rebind = [&](const GenericUse& u, int body) {
      Mention& m = doc_.sentences[u.sentence].mentions[u.mention];
      m.entity = body;
      add_owner_form(u.sentence, m.begin, m.end, body);
    };
    auto owned = std::find_if(list.begin(), list.end(), [&](const GenericUse& u) { return u.nation == own && own >= 0; });
    std::int64_t target = owned != list.end() ? own : generic_body_nation(list, own);
    if (target < 0) continue;
    if (owned != list.end()) name_own_generic_body(entity, list, own);
    if (target == own) {  // the entry's own body, and maybe another nation's of that name
      for (auto u = list.begin(); u != list.end(); ++u)
        if (std::int64_t n = u < owned ? other_use_nation(*u, own) : u->nation; n >= 0 && n != own)
          rebind(*u, nation_body(static_cast<std::uint32_t>(n), core_of(*u)));
      continue;
    }
    int body = nation_body(static_cast<std::uint32_t>(target), core_of(list.front()));
    redirect_[entity] = body;
    for (const auto& u : list)  // another nation's body of that name, else this one
      rebind(u, u.nation >= 0 && u.nation != target ? nation_body(static_cast<std::uint32_t>(u.nation), core_of(u)) : body);
  }
  apply_redirects();
}

// "Ireland's National Cyber Security Centre", or bare in a paragraph on Ireland, before
// the text writes "the UK's National Cyber Security Centre" (the entry's own nation
// `own`): the nation whose body that use is, else -1.
std::int64_t Recogniser::other_use_nation(const GenericUse& u, std::int64_t own) const {
  if (u.nation >= 0) return u.nation;
  std::int64_t context = context_nation(u.sentence, doc_.sentences[u.sentence].mentions[u.mention].begin);
  return context != own ? context : -1;
}

// The mentions of lexicon bodies with generic names, by entity (the order of the bodies made).
std::map<int, std::vector<Recogniser::GenericUse>> Recogniser::generic_body_uses() const {
  std::map<int, std::vector<GenericUse>> uses;
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
    const auto& s = doc_.sentences[si];
    for (std::size_t mi = 0; mi < s.mentions.size(); ++mi) {
      const Mention& m = s.mentions[mi];
      const DocEntity& e = doc_.entities[m.entity];
      if (m.kind != MentionKind::Name || e.lexicon < 0 || e.type != NodeType::Organisation) continue;
      if (!generic_name(span_text(text_, s, m.begin, m.end))) continue;
      uses[m.entity].push_back({si, mi, nation_written_with(si, m.begin, m.end)});
    }
  }
  return uses;
}

// "the United Kingdom's National Cyber Security Centre": the entry's own body, so
// written, is also named so (the form that tells it from other nations' bodies).
void Recogniser::name_own_generic_body(int entity, const std::vector<GenericUse>& list, std::int64_t own) {
  auto& names = doc_.entities[entity].names;
  for (const auto& u : list) {
    if (u.nation != own) continue;
    const auto& s = doc_.sentences[u.sentence];
    const Mention& m = s.mentions[u.mention];
    std::string core = span_text(text_, s, m.begin, m.end);
    std::string form = possessive_names(lex_.entities[static_cast<std::size_t>(own)].label, core).front();
    if (std::find(names.begin(), names.end(), form) == names.end()) names.push_back(form);
  }
}

// The nation whose body a generic name's uses are (the entry's own nation `own`
// not written with any): the first written with it, else the context's; -1 when none.
std::int64_t Recogniser::generic_body_nation(const std::vector<GenericUse>& list, std::int64_t own) const {
  std::int64_t target = -1;
  for (const auto& u : list)
    if (u.nation >= 0) {
      target = u.nation;
      break;
    }
  const GenericUse& first = list.front();
  std::int64_t context = context_nation(first.sentence, doc_.sentences[first.sentence].mentions[first.mention].begin);
  // No nation written with it: the context's, unless the entry's own nation is mentioned.
  if (target < 0 && own >= 0 && !by_lexicon_.count(static_cast<std::uint32_t>(own))) target = context;
  // "the National Cyber Security Centre ... trained with Finland's National Cyber
  // Security Centre": a bare name first is the context nation's body, the later one another's.
  if (target >= 0 && first.nation < 0 && context >= 0 && context != target) target = context;
  return target;
}

// "the NIS's National Cyber Security Center": the name as written with its owner body
// names the nation's body it was found to be (no other nation's body is so named).
void Recogniser::add_owner_form(std::size_t si, std::uint32_t b, std::uint32_t e, int body) {
  const auto& s = doc_.sentences[si];
  add_of_owner_form(si, b, e, body);
  if (b < 2 || s.tokens[b - 1].key != "'s") return;
  for (const auto& m : s.mentions) {
    if (m.end != b - 1 || doc_.entities[m.entity].type != NodeType::Organisation) continue;
    std::string form = span_text(text_, s, m.begin, e);
    auto& names = doc_.entities[body].names;
    if (std::find(names.begin(), names.end(), form) == names.end()) names.push_back(form);
    known_.emplace(lex_.name_key_of(form), body);
    return;
  }
}

// "the Cyber Defence Command of the Bulgarian Armed Forces" (tokens [b, e) the body's
// generic name, its owner body after "of [the]"): the name as written, owner and all, is
// the nation's body's full name and label, as a reader would cite it.
void Recogniser::add_of_owner_form(std::size_t si, std::uint32_t b, std::uint32_t e, int body) {
  const auto& s = doc_.sentences[si];
  if (e + 2 >= s.tokens.size() || s.tokens[e].key != "of") return;
  std::uint32_t o = s.tokens[e + 1].key == "the" ? e + 2 : e + 1;
  for (const auto& m : s.mentions) {
    if (m.begin != o || m.kind != MentionKind::Name || doc_.entities[m.entity].type != NodeType::Organisation) continue;
    std::string form = span_text(text_, s, b, m.end);
    DocEntity& d = doc_.entities[body];
    if (std::find(d.names.begin(), d.names.end(), form) == d.names.end()) d.names.push_back(form);
    if (form.size() > d.label.size()) d.label = form;
    known_.emplace(lex_.name_key_of(form), body);
    return;
  }
}

// Mentions of redirected entities go to their replacements, which take the
// acronyms the text gave them and the names known for them.
void Recogniser::apply_redirects() {
  if (redirect_.empty()) return;
  for (auto& s : doc_.sentences)
    for (auto& m : s.mentions)
      if (auto it = redirect_.find(m.entity); it != redirect_.end()) {
        m.entity = it->second;
        // "Lithuania's National Cyber Security Centre (NKSC)": the acronym the text gave is the body's.
        auto& names = doc_.entities[m.entity].names;
        std::string acr = m.kind == MentionKind::Acronym ? span_text(text_, s, m.begin, m.end) : std::string();
        if (!acr.empty() && std::find(names.begin(), names.end(), acr) == names.end()) names.push_back(acr);
      }
  for (auto& [from, to] : redirect_) {
    by_lexicon_.erase(static_cast<std::uint32_t>(doc_.entities[from].lexicon));
    for (auto& [key, e] : known_)
      if (e == from) e = to;
  }
}

// The one nation named in tokens [b, e) of sentence `si` as an actor of its
// own (by its name, owning nothing written after it: "France's Cyber Defence
// Command" is France's own): -1 when none, -2 when several. Nations named by
// a demonym ("the Czech government", "a Russian group") go to `doubts`:
// enough to doubt another nation, too loose to decide one.
std::int64_t Recogniser::sentence_nation(std::size_t si, std::uint32_t b, std::uint32_t e,
                                         std::vector<std::int64_t>* doubts) const {
  std::int64_t found = -1;
  const auto& t = doc_.sentences[si].tokens;
  for (const auto& m : doc_.sentences[si].mentions) {
    std::int64_t n = m.begin >= b && m.end <= e ? nation_of_mention(m) : -1;
    if (n < 0) continue;
    if (m.kind != MentionKind::Name) {
      if (doubts) doubts->push_back(n);
    } else if (m.end >= t.size() || t[m.end].key != "'s") {
      if (found >= 0 && found != n) return -2;
      found = n;
    }
  }
  return found;
}

// The nation the clause around a mention gives ("Denmark is represented by
// the Centre for Cyber Security, and Iceland by ..."): the one nation
// between the punctuation around it, unless the body is listed with it
// ("Estonia and the Cyber Command"); else the sentence's one nation. -1 none, -2 several.
std::int64_t Recogniser::clause_nation(std::size_t si, const Mention& m, std::vector<std::int64_t>* doubts) const {
  const auto& t = doc_.sentences[si].tokens;
  auto stop = [&](std::uint32_t k) {
    return t[k].key == "," || t[k].key == ";" || t[k].key == ":" || t[k].key == "(" || t[k].key == ")";
  };
  std::uint32_t b = m.begin, e = m.end;
  std::uint32_t before = b > 0 && t[b - 1].key == "the" ? b - 1 : b;
  bool listed = before > 0 && (t[before - 1].key == "and" || t[before - 1].key == "or" || t[before - 1].key == ",");
  while (b > 0 && !stop(b - 1)) --b;
  while (e < t.size() && !stop(e)) ++e;
  std::int64_t n = sentence_nation(si, b, e, nullptr);
  std::int64_t all = sentence_nation(si, 0, static_cast<std::uint32_t>(t.size()), doubts);
  if (n >= 0 && !listed) return n;
  return n == -1 ? all : -2;
}

// The nation a generic body not in the lexicon ("the Cyber Defence Command")
// belongs to: the one written with its names, else the one the clauses
// naming it give (no demonym there doubting it), else the document's only
// nation; -1 when the text names none or more than one (no guess: two
// nations' bodies may share the name).
std::int64_t Recogniser::bare_body_nation(int entity) const {
  std::int64_t written = -1, said = -1;
  std::vector<std::int64_t> doubts;
  bool mentioned = false, body_owned = false;
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si)
    for (const auto& m : doc_.sentences[si].mentions) {
      if (m.entity != entity || m.kind != MentionKind::Name) continue;
      mentioned = true;
      if (auto n = nation_written_with(si, m.begin, m.end); n >= 0) {
        if (written >= 0 && written != n) return -1;
        written = n;
      }
      int owner = owner_body_before(si, m.begin);
      body_owned |= owner >= 0 && doc_.entities[owner].lexicon >= 0 && owner_nation(owner) < 0 &&
                    lexicon_nation(lex_.entities[doc_.entities[owner].lexicon]) < 0;
      std::int64_t n = clause_nation(si, m, &doubts);
      if (n == -2 || (n >= 0 && said >= 0 && said != n)) said = -2;
      else if (n >= 0 && said != -2) said = n;
    }
  if (written >= 0) return written;
  // "NATO's Cyber Security Centre" in a story about Estonia is NATO's, not
  // Estonia's: a body of no nation (as the lexicon knows it) owns it
  if (body_owned) return -1;
  if (said != -1 || !mentioned)
    return said >= 0 && std::all_of(doubts.begin(), doubts.end(), [&](std::int64_t d) { return d == said; }) ? said : -1;
  std::int64_t only = -1;
  for (const auto& [id, e] : by_lexicon_)
    if (lex_.entities[id].type == NodeType::Nation) {
      if (only >= 0) return -1;
      only = id;
    }
  return only;
}

// The organisation whose possessive is written before tokens from `b` ("NATO's
// Cyber Centre", "the Defence Forces' new Cyber Wing": up to two lower-case
// words between), or -1.
int Recogniser::owner_body_before(std::size_t si, std::uint32_t b) const {
  const auto& toks = doc_.sentences[si].tokens;
  std::uint32_t at = b;
  for (int skipped = 0; skipped < 2 && at >= 1 && toks[at - 1].word && !toks[at - 1].capital; ++skipped) --at;
  if (at < 2 || (toks[at - 1].key != "'s" && toks[at - 1].text != "'")) return -1;
  for (const auto& m : doc_.sentences[si].mentions)
    if (m.end == at - 1 && doc_.entities[m.entity].type == NodeType::Organisation) return m.entity;
  return -1;
}

// "the National Cyber Security Centre" in a text about Finland is Finland's:
// named with its nation too ("Finland's ...", "Finnish ..."), so that
// resolution keeps other nations' bodies of that name apart. The bare name
// stays one of its names (resolution compares it within one nation only).
void Recogniser::qualify_bare_bodies() {
  for (int i = 0; i < static_cast<int>(doc_.entities.size()); ++i) {
    const DocEntity& e = doc_.entities[i];
    // "the General Secretariat of the Gulf Cooperation Council": any body's full name is its label
    if (e.type == NodeType::Organisation && e.lexicon < 0 && !redirect_.count(i) && !generic_name(e.label))
      first_of_owner_form(i);
    if (e.type != NodeType::Organisation || e.lexicon >= 0 || qualified_.count(i) || redirect_.count(i) ||
        e.label.find('\'') != std::string::npos || e.label.find(' ') == std::string::npos || !generic_name(e.label))
      continue;
    std::int64_t nation = bare_body_nation(i);
    if (nation < 0) {  // "the Cyber Defense Center of the Armed Forces General Staff"
      first_of_owner_form(i);
      continue;
    }
    DocEntity& body = doc_.entities[i];
    std::vector<std::string> forms = nation_forms(static_cast<std::uint32_t>(nation), body.label);
    body.label = forms.front();
    for (const auto& form : forms) {
      if (std::find(body.names.begin(), body.names.end(), form) == body.names.end()) body.names.push_back(form);
      known_.emplace(lex_.name_key_of(form), i);
    }
    qualified_.insert(i);
    first_of_owner_form(i);  // the full name stays the label
  }
}

// The body's first mention by name, when it is written with its owner body after "of
// [the]" (add_of_owner_form): a later bare mention is that body again, while a first bare
// one may be another body the document merged by the shared name, so it gives no form.
void Recogniser::first_of_owner_form(int entity) {
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si)
    for (const auto& m : doc_.sentences[si].mentions)
      if (m.entity == entity && m.kind == MentionKind::Name) return add_of_owner_form(si, m.begin, m.end, entity);
}

// "Luxembourg's Directorate of Defence": a body named with its nation keeps the
// name without it ("Directorate of Defence", as a text may write it) among its
// names. Resolution compares such a name within one nation only, and every such
// body has it, so that no bare name elsewhere joins one of them by guess.
void Recogniser::keep_nationless_names() {
  for (auto& e : doc_.entities) {
    if (e.type != NodeType::Organisation || e.lexicon >= 0) continue;
    std::vector<std::string> cores;
    for (const auto& name : e.names) {
      std::string_view owner, rest;
      if (split_possessive(name, owner, rest) && lex_.find_nation(owner) && rest.find(' ') != std::string_view::npos &&
          generic_name(std::string(rest)))
        cores.emplace_back(rest);
    }
    for (auto& core : cores)
      if (std::find(e.names.begin(), e.names.end(), core) == e.names.end()) e.names.push_back(std::move(core));
  }
}

}  // namespace newsgraph::detail
