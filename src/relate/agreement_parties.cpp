// Agreements named after their parties: "the Canada-Latvia Joint
// Declaration", "the German-Polish Agreement", "the Airbus-NUKIB
// Memorandum". The title says who the parties are; it is read only where the
// text gives no other party (or gives some of the named ones), since
// "the Korea-Japan Arrangement" signed by two agencies has the agencies as
// its parties, not the nations.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "relate/passes.hpp"

namespace newsgraph::detail {

// The entity a part of a title names: a nation by its name or demonym
// ("Latvia", "Polish"), or a nation or organisation of the document written
// so ("NATO", "Airbus"); -1 when none.
int part_entity(const DocAnalysis& doc, const Lexicon& lex, const std::string& part) {
  auto nation = lex.find_nation(part);
  if (!nation) nation = lex.nation_of_demonym(lex.token_key(part));
  for (int e = 0; e < static_cast<int>(doc.entities.size()); ++e) {
    const DocEntity& ent = doc.entities[e];
    if (ent.type != NodeType::Nation && ent.type != NodeType::Organisation) continue;
    if (nation && ent.lexicon == static_cast<int>(*nation)) return e;
    if (!nation && std::find(ent.names.begin(), ent.names.end(), part) != ent.names.end()) return e;
  }
  return -1;
}

namespace {

// The parties a title opens with: "A-B ..." where every part (a word, or up
// to three words for the last: "ECOWAS-Smart Africa Memorandum") names a
// nation or organisation of the document. Empty when any part names none.
// "Memorandum of Cooperation between Japan and the Republic of Estonia on Cyber Capacity
// Building": the parties a title names between "between" and its subject ("on|for").
std::vector<int> between_parties(const DocAnalysis& doc, const Lexicon& lex, const std::string& label) {
  std::size_t at = label.find(" between ");
  if (at == std::string::npos) return {};
  at += 9;
  std::size_t stop = std::min(label.find(" on ", at), label.find(" for ", at));
  if (stop == std::string::npos) return {};
  std::string middle = label.substr(at, stop - at);
  for (std::size_t c; (c = middle.find(", ")) != std::string::npos;) middle.replace(c, 2, " and ");
  std::vector<int> out;
  for (std::size_t pos = 0; pos <= middle.size();) {
    std::size_t next = middle.find(" and ", pos);
    std::string part = middle.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
    if (part.starts_with("the ")) part.erase(0, 4);
    // "the Government of the Republic of Latvia": a state named by its government
    if (part.starts_with("Government of ")) part.erase(0, 14);
    if (part.starts_with("the ")) part.erase(0, 4);
    int e = part_entity(doc, lex, part);
    if (e < 0 || std::find(out.begin(), out.end(), e) != out.end()) return {};
    out.push_back(e);
    if (next == std::string::npos) break;
    pos = next + 5;
  }
  return out.size() >= 2 ? out : std::vector<int>{};
}

std::vector<int> title_parties(const DocAnalysis& doc, const Lexicon& lex, const std::string& label) {
  if (auto between = between_parties(doc, lex, label); !between.empty()) return between;
  std::size_t space = label.find(' ');
  std::string first = label.substr(0, space);
  if (first.find('-') == std::string::npos || space == std::string::npos) return {};
  std::vector<std::string> parts;
  for (std::size_t pos = 0; pos <= first.size();) {
    std::size_t dash = first.find('-', pos);
    if (dash == std::string::npos) dash = first.size();
    parts.push_back(first.substr(pos, dash - pos));
    pos = dash + 1;
  }
  std::vector<int> out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    int e = part_entity(doc, lex, parts[i]);
    // The last part may run on into the next words: "Smart" + "Africa".
    for (std::size_t more = space, n = 0; e < 0 && i + 1 == parts.size() && more != std::string::npos && n < 2; ++n) {
      std::size_t next = label.find(' ', more + 1);
      parts[i] += " " + label.substr(more + 1, next == std::string::npos ? std::string::npos : next - more - 1);
      more = next;
      e = part_entity(doc, lex, parts[i]);
    }
    if (e < 0 || std::find(out.begin(), out.end(), e) != out.end()) return {};
    out.push_back(e);
  }
  return out.size() >= 2 ? out : std::vector<int>{};
}

// "the Japan-Philippines Reciprocal Access Agreement" read as a name without
// its first word: that word (tokens touching end to end right before a mention)
// joined to the label, when it joins names with a hyphen or dash; else "".
std::string prefixed_label(const DocAnalysis& doc, int a) {
  for (const auto& s : doc.sentences)
    for (const auto& m : s.mentions) {
      if (m.entity != a || m.begin == 0 || s.tokens[m.begin - 1].end + 1 != s.tokens[m.begin].start) continue;
      std::uint32_t k = m.begin - 1;
      while (k > 0 && m.begin - k < 5 && s.tokens[k - 1].end == s.tokens[k].start) --k;
      std::string word(s.tokens[k].text.data(), s.tokens[m.begin - 1].end - s.tokens[k].start);
      for (std::size_t at; (at = word.find("\u2013")) != std::string::npos;) word.replace(at, 3, "-");  // en dash
      if (word.find('-') != std::string::npos) return word + " " + doc.entities[a].label;
    }
  return {};
}

}  // namespace

// The first relation to each agreement (read before people are mapped to
// what they lead): when and where the document says it was signed.
std::map<int, Relation> agreement_signings(const DocAnalysis& doc, const std::vector<Relation>& out) {
  std::map<int, Relation> first;
  for (const auto& r : out)
    if (r.type == EdgeType::party_to && doc.entities[r.target].type == NodeType::Agreement) {
      auto [it, fresh] = first.emplace(r.target, r);
      if (!fresh && !it->second.date && r.date) it->second = r;
    }
  return first;
}

void parties_named_in_titles(const DocAnalysis& doc, const Lexicon& lex, const std::map<int, Relation>& signings,
                             std::vector<Relation>& out) {
  std::map<int, std::set<int>> parties;  // agreement -> its parties the text gives
  for (const auto& r : out)
    if (r.type == EdgeType::party_to) parties[r.target].insert(r.source);
  auto first_sentence = first_body_mentions(doc);
  std::vector<Relation> added;
  for (int a = 0; a < static_cast<int>(doc.entities.size()); ++a) {
    if (doc.entities[a].type != NodeType::Agreement || first_sentence[a] == SIZE_MAX) continue;
    auto named = title_parties(doc, lex, doc.entities[a].label);
    if (named.empty()) named = title_parties(doc, lex, prefixed_label(doc, a));
    if (named.empty()) continue;
    const auto& given = parties[a];
    // Another party than the title's: the title names the sides, not the signatories.
    if (std::any_of(given.begin(), given.end(), [&](int p) { return std::find(named.begin(), named.end(), p) == named.end(); }))
      continue;
    // Dated as the signing the text reports: a named party's edge, else anyone's signing.
    Relation base{-1, a, EdgeType::party_to, std::nullopt, std::nullopt, first_sentence[a], "title_parties", 0.65};
    for (const auto& r : out)
      if (r.type == EdgeType::party_to && r.target == a && r.date) {
        base.date = r.date, base.end = r.end, base.sentence = r.sentence;
        break;
      }
    if (auto it = signings.find(a); !base.date && it != signings.end())
      base.date = it->second.date, base.end = it->second.end, base.sentence = it->second.sentence;
    for (int p : named)
      if (!given.count(p)) {
        Relation r = base;
        r.source = p;
        added.push_back(std::move(r));
      }
  }
  out.insert(out.end(), added.begin(), added.end());
}

}  // namespace newsgraph::detail
