#include "relate/occasion_dates.hpp"

#include <algorithm>
#include <set>
#include <string>

namespace newsgraph::detail {

namespace {

// Whether the words of `phrase` (lower case, one space between) are the
// keys of the tokens from `at` on.
bool phrase_at(const std::vector<Token>& tokens, std::size_t at, std::string_view phrase) {
  std::size_t i = at;
  while (!phrase.empty()) {
    std::size_t space = phrase.find(' ');
    std::string_view word = phrase.substr(0, space);
    if (i >= tokens.size() || std::string_view(tokens[i].key) != word) return false;
    ++i;
    phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
  }
  return true;
}

// The token just after the first phrase of `phrases` the sentence has at or after `from`,
// with where it starts; nullopt when none.
std::optional<std::pair<std::size_t, std::size_t>> find_phrase(const std::vector<Token>& tokens, const WordSet& phrases,
                                                               std::size_t from = 0) {
  for (std::size_t i = from; i < tokens.size(); ++i)
    for (const auto& p : phrases)
      if (phrase_at(tokens, i, p)) return std::pair{i, i + static_cast<std::size_t>(std::count(p.begin(), p.end(), ' ')) + 1};
  return std::nullopt;
}

bool is_person(const DocAnalysis& doc, int e) { return doc.entities[e].type == NodeType::Person; }

// "Saar" later in the text is the "Tõnis Saar" named before: the graph joins
// them, the sentences may still hold them apart.
bool same_person(const DocAnalysis& doc, int a, int b) {
  if (a == b) return true;
  if (!is_person(doc, a) || !is_person(doc, b)) return false;
  const std::string &x = doc.entities[a].label, &y = doc.entities[b].label;
  auto ends_with_name = [](const std::string& full, const std::string& part) {
    return full.size() > part.size() + 1 && full.ends_with(part) && full[full.size() - part.size() - 1] == ' ';
  };
  return ends_with_name(x, y) || ends_with_name(y, x);
}

}  // namespace

void find_offices_taken(const DocAnalysis& doc, std::size_t si, std::string_view sentence,
                        const std::vector<TimeExpression>& exprs, const TemporalWords& words,
                        std::vector<OfficeTaken>& out) {
  if (exprs.empty() || words.office_phrases.empty()) return;
  const SentenceAnalysis& s = doc.sentences[si];
  for (auto found = find_phrase(s.tokens, words.office_phrases); found;
       found = find_phrase(s.tokens, words.office_phrases, found->second)) {
    auto [first, after] = *found;
    // the holder: the person named last before the phrase ("Rutte, who took office")
    int person = -1, post = -1;
    for (const auto& m : s.mentions)
      if (m.end <= first && is_person(doc, m.entity)) person = m.entity;
    if (person < 0) continue;
    // the post: a body named within a few words after ("took over the agency's command")
    for (const auto& m : s.mentions)
      if (m.begin >= after && m.begin <= after + 3 && !is_person(doc, m.entity)) {
        post = m.entity;
        break;
      }
    std::size_t from = s.tokens[first].start - s.start, to = s.tokens[after - 1].end - s.start;
    Dating d = date_near(exprs, sentence, from, to, false, words);
    if (d.date) out.push_back({person, post, d});
  }
}

void date_offices(const DocAnalysis& doc, const std::vector<OfficeTaken>& taken, std::vector<Relation>& out) {
  for (const auto& t : taken) {
    // leading says more of a post than serving in a body: asked first
    for (EdgeType type : {EdgeType::leads, EdgeType::affiliated_with}) {
      std::set<int> targets;
      for (const auto& r : out)
        if (r.type == type && same_person(doc, r.source, t.person) && !r.date && !r.end &&
            (t.post >= 0 ? r.target == t.post : doc.entities[r.target].type != NodeType::Nation))
          targets.insert(r.target);
      if (targets.empty()) continue;
      if (targets.size() > 1) break;  // which post was taken is not told
      for (auto& r : out)
        if (r.type == type && same_person(doc, r.source, t.person) && r.target == *targets.begin() && !r.date && !r.end)
          r.date = t.date.date, r.end = t.date.end;
      break;
    }
  }
}

std::optional<std::size_t> occasion_phrase(const SentenceAnalysis& s, const TemporalWords& words) {
  if (words.occasion_phrases.empty()) return std::nullopt;
  auto found = find_phrase(s.tokens, words.occasion_phrases);
  if (!found) return std::nullopt;
  return found->second;
}

void LedeDate::observe(const SentenceAnalysis& s, const std::vector<TimeExpression>& exprs) {
  if (seen_ || s.headline) return;
  // a dateline or byline ("Updated: 21 Aug 2024, 11:05 PM IST") is no sentence of the story:
  // it has (almost) no lower-case words
  constexpr int kStoryWords = 4;
  int lower = 0;
  for (const auto& t : s.tokens) lower += t.word && !t.capital && !t.text.empty() && t.text[0] >= 'a' && t.text[0] <= 'z';
  if (lower < kStoryWords) return;
  seen_ = true;
  for (const auto& x : exprs)
    if (x.date && (x.role == TimeRole::Point || x.role == TimeRole::Span)) {
      date_ = Dating{x.date, x.until};
      return;
    }
}

}  // namespace newsgraph::detail
