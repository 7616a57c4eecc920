#include "temporal/words.hpp"

#include "temporal/word_index.hpp"

namespace newsgraph {

std::string lower_word(std::string_view word) {
  std::string out(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

namespace {
// The bit of a word's first letter, lower-cased (26: empty or not a letter).
unsigned initial_bit(std::string_view w) {
  if (w.empty()) return 26;
  char c = w[0];
  if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return c >= 'a' && c <= 'z' ? static_cast<unsigned>(c - 'a') : 26;
}
}  // namespace

int TemporalWords::month_of(std::string_view word, bool* abbreviated) const {
  if (word.empty() || word.size() > 16) return 0;
  char buffer[16];
  std::string_view key = lower_word(word, buffer);
  auto it = months.find(key);
  if (it == months.end()) return 0;
  if (abbreviated) *abbreviated = short_months.count(key) > 0;
  return it->second;
}

int TemporalWords::weekday_of(std::string_view word, bool* abbreviated) const {
  if (word.empty() || word.size() > 16) return -1;
  char buffer[16];
  std::string_view key = lower_word(word, buffer);
  auto it = weekdays.find(key);
  if (it == weekdays.end()) return -1;
  if (abbreviated) *abbreviated = short_weekdays.count(key) > 0;
  return it->second;
}

void TemporalWords::index() {
  triggers.clear();
  for (const auto* set : {&since_words, &until_words, &from_words, &between_words, &modifiers, &ago_words})
    triggers.insert(set->begin(), set->end());
  for (const auto& [w, n] : months) triggers.insert(w);
  for (const auto& [w, n] : weekdays) triggers.insert(w);
  for (const auto& [w, n] : shift_words) triggers.insert(w);
  for (const auto& [w, n] : day_words) triggers.insert(w);
  for (const auto& [w, n] : number_words) triggers.insert(w);
  for (const auto& [w, n] : seasons) triggers.insert(w);
  for (const auto& [w, n] : ordinal_words) triggers.insert(w);
  triggers.insert(quarter_prefixes.begin(), quarter_prefixes.end());
  triggers.insert(half_prefixes.begin(), half_prefixes.end());
  // "over the weekend", "at the weekend": the weekend word starts its expression
  for (const auto& [w, u] : units)
    if (u == "weekend") triggers.insert(w);
  trigger_shapes.fill(0);
  trigger_ends.fill(0);
  for (const auto& w : triggers) {
    std::size_t n = w.size() < 63 ? w.size() : 63;
    trigger_shapes[n] |= std::uint32_t{1} << initial_bit(w);
    trigger_ends[n] |= std::uint32_t{1} << initial_bit(w.empty() ? w : w.substr(w.size() - 1));
  }
  word_index = std::make_shared<const temporal::WordIndex>(temporal::build_word_index(*this));
}

bool TemporalWords::may_be_trigger(std::string_view word) const {
  std::size_t n = word.size() < 63 ? word.size() : 63;
  return ((trigger_shapes[n] >> initial_bit(word)) & 1u) &&
         ((trigger_ends[n] >> initial_bit(word.empty() ? word : word.substr(word.size() - 1))) & 1u);
}

}  // namespace newsgraph
