// The writer of a document works for the outlet that published it.
#include <algorithm>
#include <cctype>
#include <cstdint>

#include "relate/relate.hpp"
#include "util/ascii.hpp"

namespace newsgraph {
namespace {

// The document's entity of `type` one of whose names is `name` (compared as
// lexicon name keys, a leading "The" left out), else -1.
int entity_named(const DocAnalysis& doc, std::string_view name, NodeType type, const Lexicon& lex) {
  auto key = [&](std::string_view n) {
    std::string k = lex.name_key_of(n);
    return k.starts_with("the ") ? k.substr(4) : k;
  };
  std::string wanted = key(name);
  if (wanted.empty()) return -1;
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const DocEntity& d = doc.entities[e];
    if (d.type != type) continue;
    if (std::any_of(d.names.begin(), d.names.end(), [&](const std::string& n) { return key(n) == wanted; }))
      return static_cast<int>(e);
  }
  return -1;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '(')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == ')')) s.remove_suffix(1);
  return s;
}

// The writers a byline names: "A; editing by C" is A's, "A and B in Lima" A's and B's.
std::vector<std::string_view> writers_of(std::string_view author) {
  author = author.substr(0, author.find(';'));
  if (auto in = author.find(" in "); in != std::string_view::npos) author = author.substr(0, in);
  std::vector<std::string_view> out;
  for (std::size_t at = 0; at <= author.size();) {
    std::size_t next = std::min(author.find(" and ", at), author.find(" & ", at));
    out.push_back(trimmed(author.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at)));
    if (next == std::string_view::npos) break;
    at = next + (author.compare(next, 5, " and ") == 0 ? 5 : 3);
  }
  return out;
}

void relate_writer(const DocAnalysis& doc, int person, int outlet, std::vector<Relation>& out) {
  bool stated = std::any_of(out.begin(), out.end(), [&](const Relation& r) {
    return r.source == person && r.target == outlet && r.type == EdgeType::affiliated_with;
  });
  if (stated) return;
  // the evidence: the first sentence that names the writer (the byline), else, for a writer
  // only the front matter names ("author: A"), the first that names the outlet, else the first
  auto first_naming = [&](int entity) {
    for (std::size_t si = 0; si < doc.sentences.size(); ++si)
      for (const auto& m : doc.sentences[si].mentions)
        if (m.entity == entity) return si;
    return SIZE_MAX;
  };
  std::size_t si = first_naming(person);
  if (si == SIZE_MAX) si = first_naming(outlet);
  if (si == SIZE_MAX && !doc.sentences.empty()) si = 0;
  if (si != SIZE_MAX) out.push_back({person, outlet, EdgeType::affiliated_with, {}, {}, si, "byline_outlet", 0.7});
}

// "THE MALAYSIAN COURIER" as "The Malaysian Courier"; short words ("BBC"), one word and an
// acronym in brackets ("(MCRN)") stay; a connector after the first word is in lower case
// ("AGENCIA DE NOTICIAS" as "Agencia de Noticias", cues.json foreign_connectors and function words).
std::string outlet_label(std::string_view name, const Lexicon& lex) {
  bool lower = std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  std::string out(name);
  // one word in capitals is an acronym ("WAPN"), not a masthead
  if (lower || name.find(' ') == std::string_view::npos) return out;
  for (std::size_t i = 0; i < out.size();) {
    std::size_t j = out.find(' ', i);
    if (j == std::string::npos) j = out.size();
    std::string word = ascii_lowered(std::string_view(out).substr(i, j - i));
    bool connector = i > 0 && (lex.function_word_set.count(word) || lex.foreign_connector_set.count(word));
    if (out[i] != '(' && (j - i > 3 || word == "the" || connector))
      for (std::size_t k = connector ? i : i + 1; k < j; ++k)
        if (out[k] >= 'A' && out[k] <= 'Z') out[k] = static_cast<char>(out[k] + 32);
    i = j + 1;
  }
  return out;
}

// "APDR" of "Asia-Pacific Defence Review": the first letters of its words and
// hyphenated parts, upper case ("The", "of", "and" left out).
std::string initials_of(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size();) {
    std::size_t j = i;
    while (j < name.size() && name[j] != ' ' && name[j] != '-') ++j;
    std::string word = ascii_lowered(name.substr(i, j - i));
    if (!word.empty() && word != "the" && word != "of" && word != "and" && std::isalpha(static_cast<unsigned char>(word[0])))
      out.push_back(static_cast<char>(word[0] - 'a' + 'A'));
    i = j + 1;
  }
  return out.size() >= 2 ? out : std::string();
}

// The outlet a byline or masthead names but the text never tagged (an
// all-capital masthead): a name of two words or more that no entity of
// another type holds ("Ana Lopez, Lima" names a place, not an outlet).
// "MEDITERRANEAN CYBER RANGE NETWORK (MCRN)": a letterhead's acronym in brackets after its name,
// split off (`source` keeps the name); empty when none.
std::string bracketed_acronym(std::string_view& source) {
  if (source.size() < 6 || source.back() != ')') return {};
  std::size_t open = source.rfind(" (");
  if (open == std::string_view::npos || source.size() - open - 3 < 2) return {};
  std::string_view acr = source.substr(open + 2, source.size() - open - 3);
  if (!std::all_of(acr.begin(), acr.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; })) return {};
  source = source.substr(0, open);
  return std::string(acr);
}

int outlet_entity(DocAnalysis& doc, std::string_view source, const Lexicon& lex, bool one_word = false) {
  std::string acronym = bracketed_acronym(source);
  if (!acronym.empty())
    if (int known = entity_named(doc, acronym, NodeType::Organisation, lex); known >= 0) return known;
  int found = entity_named(doc, source, NodeType::Organisation, lex);
  if (found >= 0 || (!one_word && source.find(' ') == std::string_view::npos)) return found;
  if (std::any_of(source.begin(), source.end(), [](char c) { return c >= '0' && c <= '9'; })) return -1;
  // "ACONCAGUA SHIELDWALL - FREQUENTLY ASKED QUESTIONS": a top line naming the exercise, event or
  // agreement the text is about is the page's subject, no outlet
  for (NodeType other : {NodeType::Place, NodeType::Nation, NodeType::Exercise, NodeType::Event, NodeType::Agreement})
    if (entity_named(doc, source, other, lex) >= 0) return -1;
  // "**Baltic Signal** · Explainers · By A": two capitalised words the text read as a
  // person's name are the masthead's outlet
  if (int person = entity_named(doc, source, NodeType::Person, lex); person >= 0) {
    doc.entities[person].type = NodeType::Organisation;
    return person;
  }
  // "told APDR" under the masthead "ASIA-PACIFIC DEFENCE REVIEW": the text's acronym is the outlet's
  if (int short_form = entity_named(doc, initials_of(source), NodeType::Organisation, lex); short_form >= 0) {
    DocEntity& outlet = doc.entities[short_form];
    outlet.label = outlet_label(source, lex);
    if (std::find(outlet.names.begin(), outlet.names.end(), outlet.label) == outlet.names.end())
      outlet.names.push_back(outlet.label);
    return short_form;
  }
  // "Vardar Online DOOEL Skopje" in the footer: the company's legal name opens with the outlet's;
  // "the Clarion" of "THE DAILY CLARION": the text's short name ends it (a head word alone does not)
  std::string full = lex.name_key_of(source);
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].type != NodeType::Organisation) continue;
    std::string key = lex.name_key_of(doc.entities[e].label);
    if (key.empty() || lex.head_type.count(key)) continue;
    if (key.starts_with(full + " ") || full.ends_with(" " + key)) return static_cast<int>(e);
  }
  DocEntity outlet;
  outlet.type = NodeType::Organisation;
  outlet.label = outlet_label(source, lex);
  outlet.names = {outlet.label};
  if (!acronym.empty()) outlet.names.push_back(acronym);
  doc.entities.push_back(std::move(outlet));
  return static_cast<int>(doc.entities.size()) - 1;
}

// "author: Jane Doe-Smith" in front matter: a writer the text never names is a person of
// the document still, when the field reads as a person's name (two to four capitalised words,
// no digit, no head word of a body, no name the gazetteer knows). -1 when it does not.
int writer_entity(DocAnalysis& doc, std::string_view writer, const Lexicon& lex) {
  if (writer.empty() || lex.gazetteer.count(lex.name_key_of(writer))) return -1;
  std::size_t words = 0;
  for (std::size_t i = 0; i <= writer.size(); ++words) {
    std::size_t j = std::min(writer.find(' ', i), writer.size());
    std::string_view word = writer.substr(i, j - i);
    auto first = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
    if (!(std::isupper(first) || first >= 0x80) || lex.head_type.count(lex.name_key_of(word)) ||
        lex.not_name_set.count(ascii_lowered(word)) ||
        std::any_of(word.begin(), word.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return -1;
    i = j + 1;
  }
  if (words < 2 || words > 4) return -1;
  DocEntity person;
  person.type = NodeType::Person;
  person.label = std::string(writer);
  person.names = {person.label};
  doc.entities.push_back(std::move(person));
  return static_cast<int>(doc.entities.size()) - 1;
}

// "(Reporting by A; editing by B)", "(Compiled by A and B in Lima; ...)": the people
// a credit line closing a wire story names, its editors too (they work for the wire
// as well), when no byline named any.
std::vector<int> credited_writers(const DocAnalysis& doc, const Lexicon& lex) {
  std::vector<int> out;
  auto credit_verb = [&](const std::vector<Token>& t, std::uint32_t at) {
    // "reporting by", "additional reporting by": the words of a part before its "by"
    for (std::uint32_t k = at; k < t.size() && k < at + 3; ++k)
      if (t[k].key == "by") {
        std::string verb = std::string(t[k - 1].key) + " by";
        return k > at && std::find(lex.byline_verbs.begin(), lex.byline_verbs.end(), verb) != lex.byline_verbs.end();
      }
    return false;
  };
  for (auto s = doc.sentences.rbegin(); s != doc.sentences.rend() && out.empty(); ++s) {
    const auto& t = s->tokens;
    if (t.size() < 4 || t[0].key != "(" || t[2].key != "by" || t[1].key.starts_with("edit")) continue;
    if (!credit_verb(t, 1)) continue;
    // the parts, each opened by its own credit verb: "A; editing by B" gives B too
    std::vector<std::uint32_t> part(t.size(), 0);
    bool credited = true;
    for (std::uint32_t k = 0, n = 0; k < t.size(); ++k) {
      if (t[k].key == ";") credited = credit_verb(t, k + 1), ++n;
      part[k] = credited ? n : UINT32_MAX;
    }
    for (const auto& m : s->mentions)
      if (m.begin < t.size() && part[m.begin] != UINT32_MAX && doc.entities[m.entity].type == NodeType::Person)
        out.push_back(m.entity);
  }
  return out;
}

// "LISBON, March 13 (Atlantic Press Wire) - ...": the wire a dateline near the top names
// in brackets before its dash; empty when none.
std::string dateline_outlet(const DocAnalysis& doc) {
  for (std::size_t si = 0; si < doc.sentences.size() && si < 4; ++si) {
    const auto& t = doc.sentences[si].tokens;
    bool comma = false;
    for (std::size_t k = 0; k + 2 < t.size() && k < 12; ++k) {
      comma = comma || t[k].key == ",";
      if (t[k].key != "(" || !comma || !t[k + 1].capital) continue;
      std::size_t close = k + 1;
      while (close < t.size() && close < k + 6 && t[close].key != ")") ++close;
      if (close + 1 >= t.size() || t[close].key != ")" || t[close + 1].key != "-") continue;
      return std::string(t[k + 1].text.data(), t[close - 1].text.data() + t[close - 1].text.size() - t[k + 1].text.data());
    }
  }
  return {};
}

// The outlet a closing copyright line names ("(c) Andes Wire Service 2026", "© X"): the
// one organisation the line names; empty when none.
std::string copyright_outlet(const DocAnalysis& doc) {
  for (auto s = doc.sentences.rbegin(); s != doc.sentences.rend(); ++s) {
    const auto& t = s->tokens;
    bool marked = (t.size() > 3 && t[0].key == "(" && t[1].key == "c" && t[2].key == ")") ||
                  (!t.empty() && t[0].text == "\u00a9");
    if (!marked) continue;
    for (const auto& m : s->mentions)
      if (doc.entities[m.entity].type == NodeType::Organisation) return doc.entities[m.entity].label;
    return {};
  }
  return {};
}

// "Our Pacific correspondent Liam Ford was there": a person the outlet's own text calls
// "our" writer (metadata byline_titles, up to two words before the title) works for it.
std::vector<int> own_writers(const DocAnalysis& doc, const Lexicon& lex) {
  std::vector<int> out;
  auto title = [&](std::string_view word) {
    return std::any_of(lex.metadata.byline_titles.begin(), lex.metadata.byline_titles.end(),
                       [&](const std::string& t) { return ascii_lowered(t) == word; });
  };
  for (const auto& s : doc.sentences)
    for (const auto& m : s.mentions) {
      if (doc.entities[m.entity].type != NodeType::Person || m.begin < 2) continue;
      for (std::uint32_t k = m.begin - 1; k + 4 > m.begin && k > 0; --k) {
        if (!title(std::string_view(s.tokens[k].key))) continue;
        for (std::uint32_t o = k; o-- > 0 && o + 3 >= k;)
          if (s.tokens[o].key == "our") out.push_back(m.entity);
        break;
      }
    }
  return out;
}

}  // namespace

void relate_author_to_outlet(DocAnalysis& doc, std::string_view author, std::string_view source,
                             const Lexicon& lexicon, std::vector<Relation>& out) {
  // "THE DNIESTER REVIEW - INTERVIEW": a masthead's section after a dash is no part of its name
  if (auto dash = source.find(" - "); dash != std::string_view::npos) source = source.substr(0, dash);
  // "By Continental Press International staff": the outlet writes, no one named
  std::string staff;
  if (source.empty() && author.ends_with(" staff")) staff = std::string(author.substr(0, author.size() - 6));
  if (!staff.empty()) source = staff, author = {};
  bool wire = false;  // the source is the dateline's wire: one word may name it ("(Reuters)")
  std::string copyright = source.empty() ? copyright_outlet(doc) : std::string();
  if (copyright.empty() && source.empty()) copyright = dateline_outlet(doc), wire = !copyright.empty();
  if (!copyright.empty()) source = copyright;
  std::vector<int> persons = author.empty() ? credited_writers(doc, lexicon) : std::vector<int>{};
  for (std::string_view writer : writers_of(author)) {
    int person = entity_named(doc, writer, NodeType::Person, lexicon);
    if (person < 0 && !writer.empty() && entity_named(doc, writer, NodeType::Organisation, lexicon) < 0)
      person = writer_entity(doc, writer, lexicon);
    if (person >= 0) persons.push_back(person);
  }
  // a masthead that names the document's kind ("JOINT STATEMENT") names no outlet
  if (source.empty() || lexicon.not_name_set.count(ascii_lowered(source))) return;
  // a wire only the dateline names is made a node for the writers it has, and is the body
  // whose initials it is when the text names one ("(SNW)" of the Sultanate News Wire)
  if (wire && persons.empty() && own_writers(doc, lexicon).empty()) return;
  if (wire)
    for (std::size_t e = 0; e < doc.entities.size(); ++e)
      if (doc.entities[e].type == NodeType::Organisation && initials_of(doc.entities[e].label) == source)
        source = doc.entities[e].label;
  // the publisher is an organisation the document names, with or without a writer's byline
  int outlet = outlet_entity(doc, source, lexicon, wire);
  if (outlet < 0) return;
  for (int person : persons) relate_writer(doc, person, outlet, out);
  for (int person : own_writers(doc, lexicon)) relate_writer(doc, person, outlet, out);
}

}  // namespace newsgraph
