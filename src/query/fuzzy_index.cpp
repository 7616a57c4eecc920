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
  // The distinct bigrams of every string, end to end; then counted per
  // bigram and placed (a counting sort, no list per bigram). A bigram is
  // kept once per string by stamping it with the string's id (sorting each
  // string's bigrams to drop repeats cost more than the rest together).
  const auto n = static_cast<std::uint32_t>(size());
  std::vector<std::uint16_t> grams;
  grams.reserve(pool_.size() + n);
  std::vector<std::size_t> first(n + 1, 0);
  offsets_.assign(kBigrams + 1, 0);
  std::vector<std::uint32_t> stamp(kBigrams, std::numeric_limits<std::uint32_t>::max());
  auto keep = [&](std::uint32_t id, std::uint16_t gram) {
    if (stamp[gram] == id) return;
    stamp[gram] = id;
    grams.push_back(gram);
    ++offsets_[gram + 1u];
  };
  for (std::uint32_t id = 0; id < n; ++id) {
    first[id] = grams.size();
    unsigned char previous = kPad;
    for (char c : text(id)) {
      auto byte = static_cast<unsigned char>(c);
      keep(id, static_cast<std::uint16_t>(previous << 8 | byte));
      previous = byte;
    }
    keep(id, static_cast<std::uint16_t>(previous << 8 | kPad));
  }
  first[n] = grams.size();
  for (std::size_t g = 0; g < kBigrams; ++g) offsets_[g + 1] += offsets_[g];
  ids_.resize(offsets_[kBigrams]);
  std::vector<std::uint32_t> next(offsets_.begin(), offsets_.end() - 1);
  for (std::uint32_t id = 0; id < n; ++id)
    for (std::size_t k = first[id]; k < first[id + 1]; ++k) ids_[next[grams[k]]++] = id;

  // By length, ids increasing within a length (a counting sort too).
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

  std::vector<std::uint16_t> grams = padded_bigrams(typed);
  std::sort(grams.begin(), grams.end());
  std::vector<std::uint32_t> shared(size(), 0);
  std::vector<std::uint32_t> touched;
  for (std::size_t i = 0; i < grams.size();) {
    std::size_t j = i;
    while (j < grams.size() && grams[j] == grams[i]) ++j;
    const auto repeats = static_cast<std::uint32_t>(j - i);
    for (std::uint32_t k = offsets_[grams[i]]; k < offsets_[grams[i] + 1]; ++k) {
      const std::uint32_t id = ids_[k];
      if (shared[id] == 0) touched.push_back(id);
      shared[id] += repeats;
    }
    i = j;
  }

  std::vector<std::uint32_t> out;
  for (std::uint32_t id : touched) {
    const auto count = static_cast<long long>(shared[id]);
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
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace newsgraph
