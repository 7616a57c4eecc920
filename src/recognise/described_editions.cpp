// Which edition or exercise a description means: "the second meeting" is another
// edition than "the 3rd X Meeting"; under a heading, "the fourth edition" is the
// page's exercise, not one named once in passing. Split from context.cpp (which
// resolves descriptions) to keep each file short.
#include <set>

#include "recognise/recogniser.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {

namespace {

// 3 for "third" or "3rd", else 0.
int ordinal_of(std::string_view word, const TemporalWords& words) {
  if (auto it = words.ordinal_words.find(word); it != words.ordinal_words.end()) return it->second;
  return ordinal_value(word, 2).value_or(0);
}

}  // namespace

// "The 3rd X meeting was held in Tokyo. The second meeting was held in 2025",
// "at the next meeting": words between "the" and the noun (tokens [from, to))
// that say another edition than `entity`: a sequence word ("next",
// "previous") or a word of another edition (patterns.json other_editions),
// or an ordinal other than the one its name carries.
bool Recogniser::other_edition(const SentenceAnalysis& s, std::uint32_t from, std::uint32_t to, int entity) const {
  const TemporalWords& words = lex_.temporal;
  int ordinal = 0;
  for (std::uint32_t k = from; k < to; ++k) {
    if (words.sequence_words.count(s.tokens[k].key) || lex_.document_participation.edition_set.count(s.tokens[k].key))
      return true;
    if (int n = ordinal_of(s.tokens[k].key, words)) ordinal = n;
  }
  if (!ordinal) return false;
  // the name's ordinal: in its label ("3rd X Meeting"), else right before a mention ("the 4th X Meeting")
  int named = 0;
  for_each_word(doc_.entities[entity].label, [&](std::string_view w) {
    if (!named) named = ordinal_of(lower_word(w), words);
  });
  for (const auto& earlier : doc_.sentences) {
    if (&earlier == &s || named) break;
    for (const auto& m : earlier.mentions)
      if (m.entity == entity && m.begin > 0 && !named) named = ordinal_of(earlier.tokens[m.begin - 1].key, words);
  }
  return named && named != ordinal;
}

// A page about one exercise that named another once in passing ("No edition was held because both
// were preparing for X."): under a heading after that mention, "the fourth edition" is the exercise
// the page named in more than one sentence before, not the passing one. `chosen` otherwise.
int Recogniser::past_passing_mention(std::size_t si, int chosen, const std::vector<int>& recent,
                                     const std::vector<std::size_t>& recent_sentence) const {
  auto sentences_naming = [&](int e, std::size_t& last) {
    std::set<std::size_t> seen;
    for (std::size_t k = 0; k < recent.size(); ++k)
      if (recent[k] == e && !doc_.sentences[recent_sentence[k]].headline) seen.insert(recent_sentence[k]);
    last = seen.empty() ? 0 : *seen.rbegin();
    return seen.size();
  };
  std::size_t passing = 0;
  if (sentences_naming(chosen, passing) != 1 || !heading_between(passing, si)) return chosen;
  for (std::size_t k = recent.size(); k-- > 0;) {
    int e = recent[k];
    if (e == chosen || doc_.entities[e].type != NodeType::Exercise) continue;
    std::size_t last = 0;
    return sentences_naming(e, last) > 1 ? e : chosen;
  }
  return chosen;
}

// Whether a line of its own with no closing stop (a heading: "### 2026 edition") lies strictly
// between sentences `from` and `to`.
bool Recogniser::heading_between(std::size_t from, std::size_t to) const {
  for (std::size_t k = from + 1; k < to && k < doc_.sentences.size(); ++k) {
    const SentenceAnalysis& s = doc_.sentences[k];
    if (s.tokens.empty()) continue;
    std::size_t before = s.start, after = s.end;
    while (before > 0 && (text_[before - 1] == ' ' || text_[before - 1] == '#' || text_[before - 1] == '*')) --before;
    while (after < text_.size() && (text_[after] == ' ' || text_[after] == '*')) ++after;
    bool alone = (before == 0 || text_[before - 1] == '\n') && (after == text_.size() || text_[after] == '\n');
    const std::string& last = s.tokens.back().key;
    if (alone && last != "." && last != "!" && last != "?" && last != "\"") return true;
  }
  return false;
}

}  // namespace newsgraph::detail
