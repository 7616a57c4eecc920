#include "query/fuzzy_index.hpp"

#include <algorithm>
#include <limits>

namespace newsgraph {
namespace {

inline constexpr unsigned char kPad = 0;  // the mark before and after a string
inline constexpr std::size_t kBigrams = 1 << 16;

// Every bigram of the padded text, repeats kept, in text order.
std::vector<std::uint16_t> padded_bigrams(std::string_view text) {
  std::vector<std::uint16_t> grams;
  grams.reserve(text.size() + 1);
  unsigned char previous = kPad;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    grams.push_back(static_cast<std::uint16_t>(previous << 8 | byte));
    previous = byte;
  }
  grams.push_back(static_cast<std::uint16_t>(previous << 8 | kPad));
  return grams;
}

}  // namespace

std::size_t bounded_distance(std::string_view a, std::string_view b, std::size_t bound) {
  std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > bound) return bound + 1;
  thread_local std::vector<std::size_t> row;  // reused: suggestions call this for many names
  row.resize(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0], best = i;
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > bound) return bound + 1;
  }
  return std::min(row[b.size()], bound + 1);
}

std::uint32_t FuzzyIndex::add(std::string_view text) {
  starts_.push_back(pool_.size());
  lengths_.push_back(static_cast<std::uint32_t>(text.size()));
  pool_.append(text);
  return static_cast<std::uint32_t>(starts_.size() - 1);
}

void FuzzyIndex::finish() {
  // By length, ids increasing within a length (a counting sort).
  const auto n = static_cast<std::uint32_t>(size());
  std::uint32_t longest = 0;
  for (std::uint32_t length : lengths_) longest = std::max(longest, length);
  std::vector<std::uint32_t> at(longest + 2, 0);
  for (std::uint32_t length : lengths_) ++at[length + 1];
  for (std::size_t i = 0; i + 1 < at.size(); ++i) at[i + 1] += at[i];
  by_length_.resize(n);
  for (std::uint32_t id = 0; id < n; ++id) by_length_[at[lengths_[id]]++] = id;
}

std::vector<std::uint32_t> FuzzyIndex::candidates(std::string_view typed, std::size_t bound) const {
  const auto n = static_cast<long long>(typed.size());
  // Shared bigrams (counted with the typed string's repeats) that a string
  // within `bound` edits must have, and that one containing `typed` has.
  const long long within = n + 1 - 2 * static_cast<long long>(bound);
  const long long inside = n >= 3 ? n - 1 : std::numeric_limits<long long>::max();

  // One pass over every string, counting the typed string's bigrams in it
  // (each distinct bigram once per string, weighted by its repeats in the
  // typed one). A command asks one or two names, so this scan (a table
  // look-up per byte, a few milliseconds on a million names) is far cheaper
  // than building posting lists of every bigram of every name first, which
  // cost most of a "did you mean" on a large graph.
  std::vector<std::uint16_t> weight(kBigrams, 0);
  for (std::uint16_t gram : padded_bigrams(typed)) ++weight[gram];
  std::vector<std::uint32_t> seen(kBigrams, std::numeric_limits<std::uint32_t>::max());
  std::vector<std::uint32_t> out;
  const auto strings = static_cast<std::uint32_t>(size());
  const char* pool = pool_.data();
  for (std::uint32_t id = 0; id < strings; ++id) {
    long long count = 0;
    auto add = [&](std::uint16_t gram) {
      if (weight[gram] == 0 || seen[gram] == id) return;
      seen[gram] = id;
      count += weight[gram];
    };
    unsigned char previous = kPad;
    const char* text = pool + starts_[id];
    for (std::uint32_t i = 0; i < lengths_[id]; ++i) {
      const auto byte = static_cast<unsigned char>(text[i]);
      add(static_cast<std::uint16_t>(previous << 8 | byte));
      previous = byte;
    }
    add(static_cast<std::uint16_t>(previous << 8 | kPad));
    if ((within >= 1 && count >= within) || count >= inside) out.push_back(id);
  }
  if (within < 1) {
    // Too short to filter by bigrams: every string short enough to be
    // within `bound` edits.
    const std::size_t longest = typed.size() + bound;
    for (std::uint32_t id : by_length_) {
      if (lengths_[id] > longest) break;
      out.push_back(id);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  return out;
}

}  // namespace newsgraph
