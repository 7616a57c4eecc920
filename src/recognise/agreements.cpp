// One agreement, described then named: "Chile and Brazil signed a
// memorandum of understanding on cyber defence ... The document, formally
// titled the Southern Cone Cyber Defence Memorandum, ...". News reports
// often describe a new document first and give its title a sentence or two
// later; both are one Agreement, known by its title.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "recognise/recogniser.hpp"

namespace newsgraph::detail {
namespace {

// A description runs this many sentences ahead of the title at most.
constexpr std::size_t kTitleWindow = 3;

struct AgreementHead {
  std::string key;     // "memorandum", "declaration"
  bool lower = false;  // written in lower case: a description, not a title
};

// The label's agreement noun before its complement ("memorandum" of "memorandum
// of understanding on X", "agreement" of "five-year framework agreement",
// "Declaration" of "Warsaw Declaration on Y"); empty key when none.
AgreementHead agreement_head(const Lexicon& lex, const std::string& label) {
  AgreementHead head;
  std::size_t pos = 0;
  while (pos < label.size()) {
    std::size_t space = label.find(' ', pos);
    if (space == std::string::npos) space = label.size();
    std::string word = label.substr(pos, space - pos);
    pos = space + 1;
    std::string key = lex.token_key(word);
    if (key == "of" || key == "on" || key == "for" || key == "between" || key == "with" || key == "in") break;
    auto typed = [&](const WordMap<NodeType>& map, const std::string& k) {
      auto it = map.find(k);
      return it != map.end() && it->second == NodeType::Agreement;
    };
    bool lower = !word.empty() && std::islower(static_cast<unsigned char>(word[0]));
    if (typed(lex.head_type, key) || typed(lex.anaphor_type, key)) {
      head = {key, lower};
    } else if (pos < label.size() && label.compare(pos, 3, "of ") == 0) {
      // "Letter of Intent on X", "letter of intent on X": a head of three words
      std::size_t end = label.find(' ', pos + 3);
      std::string phrase = lex.name_key_of(label.substr(space - word.size(), (end == std::string::npos ? label.size() : end) - (space - word.size())));
      if (typed(lex.head_type, phrase)) return {phrase, lower};
    }
  }
  return head;
}

// "Japan and the Philippines signed a memorandum on X ... Chile and Argentina signed
// the Andes Memorandum": sentences `a` and `b` (two) each name nations and share
// none, so a description in one and a title in the other are two agreements.
bool other_nations(const DocAnalysis& doc, std::size_t a, std::size_t b) {
  auto nations = [&](std::size_t si) {
    std::set<int> out;
    for (const auto& m : doc.sentences[si].mentions)
      if (m.entity >= 0 && doc.entities[m.entity].type == NodeType::Nation) out.insert(m.entity);
    return out;
  };
  if (a == b) return false;
  std::set<int> na = nations(a), nb = nations(b);
  if (na.empty() || nb.empty()) return false;
  return std::none_of(na.begin(), na.end(), [&](int e) { return nb.count(e) > 0; });
}

}  // namespace

// Whether the name mentioned at [b, e) of sentence `si` is given as a title:
// "The arrangement, officially named the X", "Titled the X, it ...",
// "known as the X".
bool Recogniser::titled_here(std::size_t si, std::uint32_t b) const {
  const auto& toks = doc_.sentences[si].tokens;
  std::int64_t k = static_cast<std::int64_t>(b) - 1;
  if (k >= 0 && toks[k].key == "the") --k;
  std::int64_t word = k;
  if (k >= 1 && lex_.naming_word_set.count(toks[k - 1].key + " " + toks[k].key)) k -= 2;
  else if (k >= 0 && lex_.naming_word_set.count(toks[k].key)) --k;
  if (k == word) return false;
  if (k >= 0 && toks[k].key.ends_with("ly")) --k;  // "formally titled", "officially named"
  if (k < 0) return true;                           // "Titled the X, it provides ..."
  if (toks[k].key == ",") --k;
  if (k < 0) return false;
  auto it = lex_.anaphor_type.find(toks[k].key);
  bool noun = (it != lex_.anaphor_type.end() && it->second == NodeType::Agreement) || toks[k].key == "document" ||
              toks[k].key == "text";
  return noun && k >= 1 && toks[k - 1].key == "the";
}

// Whether a description first written in sentence `si` points back to a
// title given before: "the UAE-Saudi memorandum" (definite, named by its
// parties, no complement and no year: "the 2019 memorandum" is another).
bool Recogniser::refers_back(int entity, std::size_t si) const {
  const std::string& label = doc_.entities[entity].label;
  if (std::any_of(label.begin(), label.end(), [](unsigned char c) { return std::isdigit(c); })) return false;
  bool named = false;
  for (std::size_t pos = 0; pos < label.size(); pos = label.find(' ', pos) == std::string::npos ? label.size() : label.find(' ', pos) + 1)
    named |= std::isupper(static_cast<unsigned char>(label[pos])) != 0;
  if (!named || agreement_head(lex_, label).key != lex_.token_key(label.substr(label.rfind(' ') + 1))) return false;
  const auto& s = doc_.sentences[si];
  for (const auto& m : s.mentions)
    if (m.entity == entity) return m.begin > 0 && s.tokens[m.begin - 1].key == "the";
  return false;
}

// The entities first written in a headline or a line with no closing full
// stop, "!" or "?" (a title line).
std::set<int> Recogniser::announcing_lines() const {
  std::set<int> seen, out;
  for (const auto& s : doc_.sentences) {
    std::string_view last = s.tokens.empty() ? "" : std::string_view(s.tokens.back().key);
    bool title = s.headline || (last != "." && last != "!" && last != "?" && last != "\"" && last != ")");
    for (const auto& m : s.mentions)
      if (m.entity >= 0 && seen.insert(m.entity).second && title) out.insert(m.entity);
  }
  return out;
}

// Redirects an agreement described in lower case ("a memorandum of
// understanding on X") to the titled agreement of the same document it is:
// the one title given right after it ("The arrangement, officially named
// the X"), or else the one title with the same head noun first written
// within a few sentences after it. Descriptions are no names: the title
// keeps only its own.
void Recogniser::merge_agreement_descriptions() {
  const auto n = static_cast<int>(doc_.entities.size());
  std::vector<AgreementHead> heads(n);
  bool any = false;
  for (int i = 0; i < n; ++i)
    if (doc_.entities[i].type == NodeType::Agreement) {
      heads[i] = agreement_head(lex_, doc_.entities[i].label);
      any |= !heads[i].key.empty();
    }
  if (!any) return;
  auto described = [&](int e) { return e >= 0 && e < n && !heads[e].key.empty() && heads[e].lower && !redirect_.count(e); };
  auto titled = [&](int e) {
    return e >= 0 && e < n && !heads[e].key.empty() && !heads[e].lower &&
           doc_.entities[e].label.find(' ') != std::string::npos;
  };
  std::map<int, int> merge;
  // "..., officially named the X": the latest description before the title, in this or the two sentences before.
  int latest = -1;
  std::size_t latest_at = 0;
  std::uint32_t latest_end = 0;
  // "signed a bilateral agreement on cyber defence, the Helsinki Arrangement, on Monday": the
  // title set in apposition right after the description (", the X" or "(the X")
  auto apposed = [&](std::size_t si, std::uint32_t b) {
    const auto& toks = doc_.sentences[si].tokens;
    std::uint32_t k = latest_end;
    if (k >= b || (toks[k].key != "," && toks[k].key != "(")) return false;
    ++k;
    if (k < b && toks[k].key == "the") ++k;
    return k == b;
  };
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
    auto mentions = doc_.sentences[si].mentions;
    std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    for (const auto& m : mentions) {
      if (titled(m.entity) && latest >= 0 && si - latest_at <= 2 && !merge.count(latest) &&
          (titled_here(si, m.begin) || (si == latest_at && apposed(si, m.begin))))
        merge[latest] = m.entity;
      if (described(m.entity)) latest = m.entity, latest_at = si, latest_end = m.end;
    }
  }
  // Else the one title of its head noun that follows it closely; a description
  // first written in a headline or title line ("Chile and Peru sign memorandum on
  // ...", no full stop) announces the story's one titled agreement of that noun,
  // however far down it is named.
  auto first = first_body_mentions(doc_);
  auto announced = announcing_lines();
  for (int g = 0; g < n; ++g) {
    if (!described(g) || merge.count(g)) continue;
    int only = -1, count = 0;
    for (int t = 0; t < n; ++t)
      if (titled(t) && heads[t].key == heads[g].key) only = t, ++count;
    if (count != 1 || first[only] == SIZE_MAX) continue;
    bool near = first[g] != SIZE_MAX && first[only] >= first[g] && first[only] - first[g] <= kTitleWindow &&
                !other_nations(doc_, first[g], first[only]);
    if (announced.count(g) || near || (first[g] != SIZE_MAX && first[only] < first[g] && refers_back(g, first[g])))
      merge[g] = only;
  }
  redirect_all(merge);
}

// "the Akagera Memorandum on Incident Response ... the Akagera Memorandum": a title
// written again without its complement (the words from "on", "of", "for", "between"
// on) is the one titled agreement of the document that opens with it; the full title
// stays the label and the short one is its name. A short title that opens with its
// head noun ("Memorandum of Understanding") names no one agreement; two full titles
// opening alike ("X Memorandum on A", "X Memorandum on B") leave it alone.
void Recogniser::merge_short_titles() {
  const auto n = static_cast<int>(doc_.entities.size());
  auto open = [&](int e) {
    const DocEntity& d = doc_.entities[e];
    return d.type == NodeType::Agreement && !redirect_.count(e) && d.label.find(' ') != std::string::npos;
  };
  for (int s = 0; s < n; ++s) {
    if (!open(s) || doc_.entities[s].lexicon >= 0) continue;
    const std::string& label = doc_.entities[s].label;
    AgreementHead head = agreement_head(lex_, label);
    std::string first = lex_.token_key(label.substr(0, label.find(' ')));
    if (head.key.empty() || head.lower || head.key.starts_with(first)) continue;
    int full = -1, count = 0;
    for (int f = 0; f < n; ++f) {
      const std::string& longer = doc_.entities[f].label;
      if (f == s || !open(f) || longer.size() <= label.size() + 1 || longer.compare(0, label.size(), label) != 0 ||
          longer[label.size()] != ' ')
        continue;
      std::size_t end = longer.find(' ', label.size() + 1);
      std::string next = lex_.token_key(longer.substr(label.size() + 1, end == std::string::npos ? end : end - label.size() - 1));
      if (next == "on" || next == "of" || next == "for" || next == "between" || next == "with") full = f, ++count;
    }
    if (count == 1) merge_into(s, full);
  }
}

// "the Memorandum of Understanding on Cyber Security Cooperation between Kenya and
// Rwanda (the Kagera Memorandum)": a title in brackets closing the phrase of another
// agreement's title (its parties between them, no other agreement) is the same
// agreement, known by the bracketed name the story goes on to use; a known (lexicon)
// agreement keeps its label.
void Recogniser::merge_bracketed_titles() {
  constexpr std::uint32_t kReach = 16;  // tokens from the title to the bracket at most
  auto agreement = [&](const Mention& m) {
    return m.kind == MentionKind::Name && doc_.entities[m.entity].type == NodeType::Agreement && !redirect_.count(m.entity);
  };
  for (const auto& s : doc_.sentences) {
    for (const auto& a : s.mentions) {
      if (!agreement(a)) continue;
      std::uint32_t k = a.end;
      while (k < s.tokens.size() && k < a.end + kReach && s.tokens[k].key != "(" && s.tokens[k].key != "." &&
             s.tokens[k].key != ";" && s.tokens[k].key != ")")
        ++k;
      if (k >= s.tokens.size() || s.tokens[k].key != "(") continue;
      std::uint32_t b = k + 1 + (k + 1 < s.tokens.size() && s.tokens[k + 1].key == "the" ? 1 : 0);
      const Mention* inner = nullptr;
      bool other = false;
      for (const auto& m : s.mentions) {
        if (m.begin == b && agreement(m) && m.end < s.tokens.size() && s.tokens[m.end].key == ")") inner = &m;
        else if (m.begin >= a.end && m.begin < k && doc_.entities[m.entity].type == NodeType::Agreement) other = true;
      }
      if (!inner || other || inner->entity == a.entity) continue;
      int from = a.entity, to = inner->entity;
      if (doc_.entities[from].lexicon >= 0 && doc_.entities[to].lexicon >= 0) continue;
      if (doc_.entities[from].lexicon >= 0) std::swap(from, to);
      merge_into(from, to);
    }
  }
}

// Each description merged into its title: every mention and every bound name of it
// now points at the title.
void Recogniser::redirect_all(const std::map<int, int>& merge) {
  for (const auto& [from, to] : merge) redirect_[from] = to;
  if (merge.empty()) return;
  for (auto& s : doc_.sentences)
    for (auto& m : s.mentions)
      if (auto it = merge.find(m.entity); it != merge.end()) m.entity = it->second;
  for (auto& [key, e] : known_)
    if (auto it = merge.find(e); it != merge.end()) e = it->second;
}

// "Finland and Estonia signed an agreement in October. It is called the X.": the
// agreement a sentence names as what "it" (or "the document") is called is the one
// the sentence before told of with "a|an <agreement noun>"; that noun is a mention of it.
void Recogniser::name_told_agreements() {
  auto agreement_noun = [&](const Token& t) {
    auto it = lex_.anaphor_type.find(t.key);
    return t.word && !t.capital && it != lex_.anaphor_type.end() && it->second == NodeType::Agreement;
  };
  for (std::size_t si = 1; si < doc_.sentences.size(); ++si) {
    const auto& toks = doc_.sentences[si].tokens;
    std::uint32_t k = 0;
    if (toks.size() < 4) continue;
    if (toks[0].key == "it" || toks[0].key == "this") k = 1;
    else if (toks[0].key == "the" && (agreement_noun(toks[1]) || toks[1].key == "document" || toks[1].key == "text")) k = 2;
    else continue;
    if (toks[k].key != "is" && toks[k].key != "was") continue;
    ++k;
    if (k + 1 < toks.size() && lex_.naming_word_set.count(toks[k].key + " " + toks[k + 1].key)) k += 2;
    else if (k < toks.size() && lex_.naming_word_set.count(toks[k].key)) k += 1;
    else continue;
    if (k < toks.size() && toks[k].key == "the") ++k;
    int named = -1;
    for (const auto& m : doc_.sentences[si].mentions)
      if (m.begin == k && doc_.entities[m.entity].type == NodeType::Agreement) named = m.entity;
    const auto& before = doc_.sentences[si - 1];
    if (named < 0 || std::any_of(before.mentions.begin(), before.mentions.end(), [&](const Mention& m) {
          return doc_.entities[m.entity].type == NodeType::Agreement;
        }))
      continue;
    const auto& prev = before.tokens;
    for (std::uint32_t i = 0; i + 1 < prev.size(); ++i) {
      if (prev[i].key != "a" && prev[i].key != "an") continue;
      std::uint32_t j = i + 1;
      while (j < prev.size() && j <= i + 3 && prev[j].word && !prev[j].capital && !agreement_noun(prev[j])) ++j;
      if (j < prev.size() && j <= i + 3 && agreement_noun(prev[j])) {
        add_mention(si - 1, i + 1, j + 1, named, MentionKind::Anaphor);
        break;
      }
    }
  }
}

}  // namespace newsgraph::detail
