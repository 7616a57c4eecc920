// Roles that name bodies and nations: "Cyber Operations Commander" -> "Cyber
// Operations Command", "Minister of Defence" -> "Ministry of Defence", and the
// nation of a bare minister (split from context.cpp), and names a command is taken of.
#include <algorithm>
#include <map>
#include <set>

#include "recognise/recogniser.hpp"

namespace newsgraph::detail {

// A role written as a name names its organisation: "Cyber Operations
// Commander" -> "Cyber Operations Command"; "Defense Minister" -> "Defense Ministry";
// an office's title with its portfolio after it ("Minister of Defence", "Vice
// Minister for Digital Affairs") -> "Ministry of Defence".
// "Latvian Defence Minister": only a body of that nation, found by its
// nation-qualified names ("Latvia's Ministry of Defence", "Latvian Defence Ministry").
void Recogniser::resolve_roles() {
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
    auto& s = doc_.sentences[si];
    for (auto& r : s.roles) {
      RoleBody body = role_body(s, r);
      if (body.head.empty()) continue;
      auto it = known_.find(body.key);
      // "Minister of Digital Affairs" -> "Ministry of Digital Affairs", keyed as names are
      if (it == known_.end()) it = known_.find(lex_.name_key_of(body.key));
      std::int64_t nation = nation_before(si, r.begin);
      // "the Minister of Defence of Ruritania, X": the nation written after the title
      if (nation < 0) nation = nation_after_role(si, r);
      if (nation >= 0) {
        int org = nation_role_org(nation, body);
        if (org >= 0 || (it != known_.end() && body_nation(it->second) >= 0 && body_nation(it->second) != nation)) {
          r.org = org;
          continue;
        }
        // "Estonian Defense Minister" in a text whose bare "Ministry of Defense" is not
        // said to be Estonia's (a Japanese article naming its own): not that ministry.
        // (a bare ministry of a name no two nations share that no clause gives a nation -
        // "Tunisia's Minister of Communication Technologies" in a story naming three
        // nations - is the one this minister names)
        if (it != known_.end() && body_nation(it->second) < 0 && !qualified_.count(it->second)) {
          std::int64_t bare = bare_body_nation(it->second);
          if (bare != nation && (bare >= 0 || body.head != "Ministry" || generic_name(doc_.entities[it->second].label) ||
                                 !ministry_unclaimed(it->second, nation)))
            continue;
        }
      }
      if (it != known_.end()) r.org = it->second;
      else if (nation < 0 && body.head == "Ministry") r.org = minister_nation(si, r, body.portfolio);
    }
  }
}

// The body role `r` names, if any: "Cyber Operations Commander" -> "Command" with
// the words "Cyber Operations"; "Minister of Defence" -> "Ministry" with "Defence".
Recogniser::RoleBody Recogniser::role_body(const SentenceAnalysis& s, const RoleSpan& r) const {
  RoleBody body;
  std::string last(s.tokens[r.end - 1].text);
  auto head = lex_.role_to_org_head.find(last);
  // "Vice Defense Minister": the deputy's word is no part of the ministry's name
  std::uint32_t b = r.begin;
  while (b + 1 < r.end && lex_.deputy_set.count(s.tokens[b].key)) ++b;
  if (head != lex_.role_to_org_head.end() || (r.end - b >= 2 && lex_.office_title_set.count(s.tokens[r.end - 1].key))) {
    body.head = head != lex_.role_to_org_head.end() ? head->second : "Ministry";
    body.words = span_text(text_, s, b, r.end - 1);
    for (std::uint32_t k = b; k + 1 < r.end; ++k) body.key += s.tokens[k].key + " ";
    body.key += lex_.token_key(body.head);
    if (r.end - b >= 2) body.portfolio = s.tokens[r.end - 2].key;
    return body;
  }
  // "(Vice) Minister of|for National Defence": the office, "of", then its portfolio
  for (std::uint32_t k = r.begin; k + 2 < r.end; ++k) {
    const WordKey& next = s.tokens[k + 1].key;
    if (!lex_.office_title_set.count(s.tokens[k].key) || (next != "of" && next != "for")) continue;
    body.head = "Ministry";
    body.words = span_text(text_, s, k + 2, r.end);
    body.key = lex_.token_key(body.head) + " of";
    for (std::uint32_t j = k + 2; j < r.end; ++j) body.key += " " + s.tokens[j].key;
    body.portfolio = s.tokens[r.end - 1].key;
    return body;
  }
  return body;
}

// "Defence Minister Jana Novak" with no ministry named and no nation or body
// before the title: a minister of the nation the text is about, when that is
// both the one mentioned most and the nearest one before; else -1. `portfolio`:
// the office's word a minister of another nation would be written with ("Czech defence minister").
int Recogniser::minister_nation(std::size_t si, const RoleSpan& r, const std::string& portfolio) const {
  const auto& s = doc_.sentences[si];
  // a portfolio named ("Defence Minister", not a bare "Minister"); not a headline, read before its context
  if (portfolio.empty() || s.headline) return -1;
  for (const auto& m : s.mentions)
    if (m.end == r.begin || (m.end + 1 == r.begin && s.tokens[m.end].key == "'s")) return -1;
  if (post_after_name(s, r)) return -1;
  // "Science Minister X" where the text names its "Ministry of Science, Innovation and ..."
  if (int named = portfolio_ministry(portfolio); named >= 0) return named;
  std::map<std::int64_t, int> count;
  std::set<std::int64_t> others;  // "a German defence minister": nations the text gives such a minister
  std::set<std::int64_t> elsewhere;
  for (const auto& sent : doc_.sentences)
    for (const auto& m : sent.mentions)
      if (auto n = nation_of_mention(m); n >= 0) {
        ++count[n];
        std::uint32_t k = m.end < sent.tokens.size() && sent.tokens[m.end].key == "'s" ? m.end + 1 : m.end;
        bool minister = k + 1 < sent.tokens.size() && sent.tokens[k].key == portfolio && sent.tokens[k + 1].key == "minister";
        if (minister) others.insert(n);
        // "the Slovenian Minister of Defence": the office then its portfolio, in this sentence
        minister |= &sent == &s && k + 2 < sent.tokens.size() && sent.tokens[k].key == "minister" &&
                    sent.tokens[k + 1].key == "of" && sent.tokens[k + 2].key == portfolio;
        // "Defence Minister A met his Finnish counterpart" / "received B, the Czech defence
        // minister": a nation the same sentence gives the other minister is not A's
        if (&sent == &s && (minister || (k < sent.tokens.size() && (sent.tokens[k].key == "counterpart" ||
                                                                     sent.tokens[k].key == "counterparts"))))
          elsewhere.insert(n);
      }
  std::int64_t most = -1;
  int best = 0, ties = 0;
  // the nation the same sentence gives the other minister ("his Slovenian counterpart") is
  // not in the running
  for (auto [n, c] : count)
    if (elsewhere.count(n)) continue;
    else if (c > best) most = n, best = c, ties = 0;
    else if (c == best) ++ties;
  // (a story filed from one of the nations mentioned most is that nation's: "OSLO - Norway and
  // Iceland held talks ... said Defence Minister X")
  std::int64_t home = dateline_nation();
  if (ties > 0 && home >= 0 && !elsewhere.count(home) && count.count(home) && count[home] == best) most = home, ties = 0;
  // (nor one issued under a nation's letterhead: "REPUBLIC OF X / MINISTRY OF DEFENCE", "Press
  // Office, Ministry of Defence of X": the issuer's own minister, when that nation is among the most named)
  std::int64_t issuer = ties > 0 && home < 0 ? letterhead_nation() : -1;
  if (issuer >= 0 && !elsewhere.count(issuer) && count.count(issuer) && count[issuer] == best)
    most = issuer, ties = 0, home = issuer;
  if (most < 0 || ties > 0 || others.size() > others.count(most)) return -1;
  // (nor whatever nation was named last: "VIENNA - Austria and Switzerland held talks ... said X")
  if (std::int64_t near = context_nation(si, r.begin); near != most && !elsewhere.count(near) && home != most) return -1;
  // a story filed from another nation's city ("HANOI -") is that nation's; a nation visited
  // ("X visited Tokyo") is not the visitor's
  if (home >= 0 && home != most) {
    auto h = by_lexicon_.find(static_cast<std::uint32_t>(home));
    return h == by_lexicon_.end() || elsewhere.count(home) || others.size() > others.count(home) ? -1 : h->second;
  }
  if (visits_nation(s, r.end, most)) return -1;
  auto it = by_lexicon_.find(static_cast<std::uint32_t>(most));
  return it == by_lexicon_.end() ? -1 : it->second;
}

// The nation whose letterhead the document opens with: a first line of names only (every word
// capitalised but short joiners: "Government of the Netherlands", "Press Office, Ministry of
// Defence of X") naming one nation, itself or as a body's owner; -1 when none.
std::int64_t Recogniser::letterhead_nation() const {
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
    const auto& s = doc_.sentences[si];
    std::size_t words = 0;
    for (const auto& t : s.tokens) {
      if (!t.word) continue;
      if (!t.capital && t.text.size() > 3) return -1;
      ++words;
    }
    if (words == 0) continue;
    if (!s.headline || words > 10) return -1;
    std::set<std::int64_t> nations;
    for (const auto& m : s.mentions) {
      std::int64_t n = nation_of_mention(m);
      if (n < 0 && doc_.entities[m.entity].type == NodeType::Organisation) n = owner_nation(m.entity);
      if (n >= 0) nations.insert(n);
    }
    return nations.size() == 1 ? *nations.begin() : -1;
  }
  return -1;
}

// "Secretary X of the Philippines", "Joint Secretary X, head of the ministry's
// division", "X, Assistant Secretary at the Department": the title or the name
// after it is followed by what the post belongs to, or the name by the
// person's own post; the text says whose office it is.
bool Recogniser::post_after_name(const SentenceAnalysis& s, const RoleSpan& r) const {
  auto key = [&](std::uint32_t k) -> std::string { return k < s.tokens.size() ? std::string(s.tokens[k].key) : std::string(); };
  auto mention_at = [&](std::uint32_t k) {
    if (key(k) == "the") ++k;
    for (const auto& m : s.mentions)
      if (m.begin == k) return doc_.entities[m.entity].type != NodeType::Person;
    return false;
  };
  // "X, Assistant Secretary at the Department of Defence": the title's own holder
  if ((key(r.end) == "at" || key(r.end) == "of" || key(r.end) == "in") && mention_at(r.end + 1)) return true;
  const Mention* person = nullptr;
  for (const auto& m : s.mentions)
    if (m.begin >= r.end && m.begin <= r.end + 2) {
      if (doc_.entities[m.entity].type == NodeType::Person) person = &m;
      break;
    }
  if (!person) return false;
  std::uint32_t k = person->end;
  if (key(k) == "of" || key(k) == "at" || key(k) == "from") return mention_at(k + 1);
  if (key(k) != ",") return false;
  std::uint32_t n = key(k + 1) == "the" ? k + 2 : k + 1;
  for (const auto& other : s.roles)
    if (other.begin == n) return true;
  return lex_.role_noun_relation.count(key(n)) > 0;
}

// The body of `nation` the role names, by its nation-qualified names; else -1.
int Recogniser::nation_role_org(std::int64_t nation, const RoleBody& body) const {
  const LexEntity& n = lex_.entities[static_cast<std::size_t>(nation)];
  std::vector<std::string> prefixes{possessive(n.label) + " ", n.label + "'s "};
  for (const auto& d : n.demonyms) prefixes.push_back(d + " ");
  const std::string& words = body.words;
  for (const auto& p : prefixes)
    for (const auto& core : {words + " " + body.head, body.head + " of " + words, body.head + " of National " + words}) {
      auto it = known_.find(lex_.name_key_of(p + core));
      if (it != known_.end()) return it->second;
    }
  // "Ministry of Defence of Ruritania": the nation after the body's name
  for (const auto& core : {words + " " + body.head, body.head + " of " + words})
    for (const auto& of : {" of ", " of the "}) {
      auto it = known_.find(lex_.name_key_of(core + of + n.label));
      if (it != known_.end()) return it->second;
    }
  return -1;
}

// "Science Minister X" in a text that names one "Ministry of Science, Innovation and ...": the
// one ministry whose name opens with the portfolio; else -1.
int Recogniser::portfolio_ministry(const std::string& portfolio) const {
  if (portfolio.empty()) return -1;
  int found = -1;
  for (std::size_t i = 0; i < doc_.entities.size(); ++i) {
    const DocEntity& e = doc_.entities[i];
    if (e.type != NodeType::Organisation || redirect_.count(static_cast<int>(i)) || !e.label.starts_with("Ministry of ")) continue;
    std::string_view rest = std::string_view(e.label).substr(12);
    if (rest.starts_with("the ")) rest.remove_prefix(4);
    std::size_t end = rest.find_first_of(" ,");
    if (lex_.token_key(std::string(rest.substr(0, end))) != portfolio) continue;
    if (found >= 0) return -1;
    found = static_cast<int>(i);
  }
  return found;
}

// Whether no role of the text names `ministry` with a nation other than `nation`
// ("Estonia's Minister of Defence" beside "Latvia's Minister of Defence": the bare
// "Ministry of Defence" is neither's for sure).
bool Recogniser::ministry_unclaimed(int ministry, std::int64_t nation) const {
  for (std::size_t si = 0; si < doc_.sentences.size(); ++si)
    for (const auto& r : doc_.sentences[si].roles) {
      RoleBody body = role_body(doc_.sentences[si], r);
      if (body.head.empty()) continue;
      auto it = known_.find(body.key);
      if (it == known_.end()) it = known_.find(lex_.name_key_of(body.key));
      if (it == known_.end() || it->second != ministry) continue;
      std::int64_t other = nation_before(si, r.begin);
      if (other < 0) other = nation_after_role(si, r);
      if (other != nation) return false;
    }
  return true;
}

// The nation written right after a role that ends on its portfolio: "Minister of Defence of
// Ruritania", "Minister of Defence of the Republic of X"; -1 when none.
std::int64_t Recogniser::nation_after_role(std::size_t si, const RoleSpan& r) const {
  const auto& s = doc_.sentences[si];
  if (r.end + 1 >= s.tokens.size() || s.tokens[r.end].key != "of") return -1;
  std::uint32_t b = s.tokens[r.end + 1].key == "the" ? r.end + 2 : r.end + 1;
  for (const auto& m : s.mentions)
    if (m.begin == b) return nation_of_mention(m);
  return -1;
}

// "took command of ComDCiber", "Kommando Cyber has been led by X": what a person takes
// command of, or what is led by someone, is a body (cues.json command_taking_words, led_by_verbs).
bool Recogniser::commanded_body(const SpanAt& at) const {
  auto listed_in = [](const auto& words, std::string_view w) { return std::find(std::begin(words), std::end(words), w) != std::end(words); };
  const std::int64_t b = at.b;
  if (at.key(b - 1) == "of" && at.key(b - 2) == "command" && listed_in(lex_.command_taking_words, at.key(b - 3))) return true;
  std::int64_t v = at.e;
  if ((at.key(v) == "has" || at.key(v) == "had") && at.key(v + 1) == "been") v += 2;
  else if (at.key(v) == "is" || at.key(v) == "was") ++v;
  else return false;
  return listed_in(lex_.led_by_verbs, at.key(v)) && at.key(v + 1) == "by";
}

}  // namespace newsgraph::detail
