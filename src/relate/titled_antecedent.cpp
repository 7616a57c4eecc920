// "the Federal Minister", "the minister" standing for a person named with that title earlier.
#include <algorithm>

#include "relate/references.hpp"

namespace newsgraph::detail {

namespace {

constexpr std::size_t kSentencesBack = 6;
constexpr std::uint32_t kWindow = 8;  // tokens around a name its title may take

// Whether the keys `words` stand one after another in `s` within [from, to).
bool written_within(const SentenceAnalysis& s, const std::vector<std::string_view>& words, std::uint32_t from,
                    std::uint32_t to) {
  if (words.empty() || to > s.tokens.size()) return false;
  for (std::uint32_t k = from; k + words.size() <= to; ++k) {
    std::size_t n = 0;
    while (n < words.size() && s.tokens[k + n].key == words[n]) ++n;
    if (n == words.size()) return true;
  }
  return false;
}

}  // namespace

int titled_antecedent(const DocAnalysis& doc, std::size_t sentence, std::uint32_t begin, std::uint32_t end) {
  if (sentence >= doc.sentences.size()) return -1;
  const SentenceAnalysis& here = doc.sentences[sentence];
  std::vector<std::string_view> words;
  for (std::uint32_t k = begin; k < end && k < here.tokens.size(); ++k)
    if (here.tokens[k].key != "the") words.push_back(here.tokens[k].key);
  if (words.empty()) return -1;
  for (std::size_t back = 1; back <= kSentencesBack && back <= sentence; ++back) {
    const SentenceAnalysis& s = doc.sentences[sentence - back];
    for (auto m = s.mentions.rbegin(); m != s.mentions.rend(); ++m) {
      if (m->entity < 0 || doc.entities[m->entity].type != NodeType::Person) continue;
      std::uint32_t before = m->begin > kWindow ? m->begin - kWindow : 0;
      std::uint32_t after = std::min<std::uint32_t>(m->end + kWindow, static_cast<std::uint32_t>(s.tokens.size()));
      if (written_within(s, words, before, m->begin) || written_within(s, words, m->end, after)) return m->entity;
    }
  }
  return -1;
}

}  // namespace newsgraph::detail
