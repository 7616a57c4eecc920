// The words of a clause as a set of word ids, and the patterns whose required
// words are all there (matcher.hpp): the cheap tests before a pattern is tried.
#include <algorithm>
#include <array>

#include "relate/matcher.hpp"

namespace newsgraph::detail {

// Each word element the pattern cannot do without has one of its words in the clause.
bool has_required(const RelationPattern& pattern, const ClauseWords& words) {
  for (const auto& any : pattern.required_ids)
    if (std::none_of(any.begin(), any.end(), [&](std::uint32_t w) { return words.has(w); })) return false;
  return true;
}

namespace {

// has_required() of the lexicon's pattern `pi`, read from Lexicon::required_flat,
// for a pattern reached by a word of its trigger element (which is not there).
// A word is in the clause when ClauseWords::last has it (not 0): one load and a
// test per word of an element, where its bit took a shift and a mask more.
// (the table as a pointer and a size: read through the vector, its bounds were
// loaded again at every word id)
bool has_required_flat(const Lexicon& lex, std::uint32_t pi, const std::uint32_t* last, std::size_t size) {
  const std::uint32_t* at = lex.required_flat.data() + lex.required_at[pi];
  for (std::uint32_t groups = *at++; groups-- > 0;) {
    std::uint32_t n = *at++;
    const std::uint32_t* end = at + n;
    while (at != end && !(*at < size && last[*at] != 0)) ++at;
    if (at == end) return false;
    at = end;
  }
  return true;
}

// Per PatternKinds (All, Surface, Clause), as bits by pattern index: the
// patterns of that kind, and those of them no word triggers. Read once per
// lexicon and thread, not at every pattern a clause's words list.
// by_word: Lexicon::patterns_by_word keeping only that kind's patterns, so
// that a clause tried with half of them does not skip the other half one by one.
struct KindMasks {
  std::array<std::vector<std::uint64_t>, 3> wanted, untriggered;
  std::array<std::vector<std::vector<std::uint32_t>>, 3> by_word;
};
const KindMasks& kind_masks(const Lexicon& lex) {
  thread_local const Lexicon* of = nullptr;
  thread_local std::uint64_t serial = 0;
  thread_local std::size_t patterns = 0;
  thread_local KindMasks masks;
  if (of != &lex || serial != lex.index_serial || patterns != lex.patterns.size() || lex.index_serial == 0) {
    of = &lex, serial = lex.index_serial, patterns = lex.patterns.size();
    std::size_t blocks = (lex.patterns.size() + 63) / 64;
    for (std::size_t k = 0; k < 3; ++k) {
      masks.wanted[k].assign(blocks, 0);
      masks.untriggered[k].assign(blocks, 0);
      auto kind = static_cast<PatternKinds>(k);
      for (std::uint32_t pi = 0; pi < lex.patterns.size(); ++pi) {
        bool surface = lex.patterns[pi].name.starts_with("surface_");
        if (kind == PatternKinds::All || surface == (kind == PatternKinds::Surface))
          masks.wanted[k][pi / 64] |= std::uint64_t{1} << (pi % 64);
      }
      for (std::uint32_t pi : lex.patterns_untriggered)
        if (pi < lex.patterns.size()) masks.untriggered[k][pi / 64] |= masks.wanted[k][pi / 64] & (std::uint64_t{1} << (pi % 64));
      auto& by_word = masks.by_word[k];
      by_word.assign(lex.patterns_by_word.size(), {});
      for (std::size_t w = 0; w < by_word.size(); ++w)
        for (std::uint32_t pi : lex.patterns_by_word[w])
          if (pi < lex.patterns.size() && ((masks.wanted[k][pi / 64] >> (pi % 64)) & 1u)) by_word[w].push_back(pi);
    }
  }
  return masks;
}

}  // namespace

ClauseWords index_words(std::vector<Item>& items, const Lexicon& lex, const SentenceAnalysis* sentence,
                        PatternKinds kinds) {
  ClauseWords words;
  index_words_into(words, items, lex, sentence, kinds);
  return words;
}

void index_words_into(ClauseWords& words, std::vector<Item>& items, const Lexicon& lex,
                      const SentenceAnalysis* sentence, PatternKinds kinds) {
  words.clear();
  words.bits.assign((lex.word_ids.size() + 1 + 63) / 64, 0);
  words.patterns.assign((lex.patterns.size() + 63) / 64, 0);
  const std::uint32_t no_key = lex.word_id(std::string_view());
  // The clause's distinct words, in the order first seen (the set of bits is the same in any order).
  std::vector<std::uint32_t>& distinct = words.present;  // (clear() emptied it, its storage kept)
  if (words.last.size() < words.bits.size() * 64) words.last.resize(words.bits.size() * 64, 0);
  for (std::size_t i = 0; i < items.size(); ++i) {
    Item& it = items[i];
    const Token* t = sentence && it.end == it.begin + 1 && it.begin < sentence->tokens.size() ? &sentence->tokens[it.begin] : nullptr;
    // most names' items have no key: one look-up for them all; a word's item views its token's key
    bool token_key = t && t->word_id != Token::kNoWordId &&
                     ((it.key.data() == t->key.data() && it.key.size() == t->key.size()) || t->key == it.key);
    it.word = it.key.empty() ? no_key : token_key ? t->word_id : lex.word_id(it.key);
    std::uint64_t& block = words.bits[it.word / 64];
    std::uint64_t bit = std::uint64_t{1} << (it.word % 64);
    if (!(block & bit)) distinct.push_back(it.word);
    block |= bit;
    words.last[it.word] = static_cast<std::uint32_t>(i + 1);
  }
  const KindMasks& masks = kind_masks(lex);
  const auto& by_word = masks.by_word[static_cast<std::size_t>(kinds)];  // only the wanted patterns
  for (std::size_t b = 0; b < words.patterns.size(); ++b) words.patterns[b] |= masks.untriggered[static_cast<std::size_t>(kinds)][b];
  // A pattern is listed under each word of its rarest element: test it once
  // (whether it passed or failed), however many of those words the clause has.
  bool flat = lex.required_at.size() == lex.patterns.size();  // (a lexicon whose patterns changed after index())
  thread_local std::vector<std::uint64_t> tested;  // kept: no allocation per clause
  tested.assign(words.patterns.size(), 0);
  // (raw pointers: the stores to `tested` made every vector's bounds be read
  // again at each pattern; by_word lists only patterns < lex.patterns.size(),
  // for which `tested` and words.patterns have their block)
  std::uint64_t* tried = tested.data();
  std::uint64_t* marked = words.patterns.data();
  const std::uint32_t* last = words.last.data();
  const std::size_t size = words.last.size();
  for (std::uint32_t w : distinct) {
    if (w >= by_word.size()) continue;
    for (std::uint32_t pi : by_word[w]) {
      std::uint64_t bit = std::uint64_t{1} << (pi % 64);
      if (tried[pi / 64] & bit) continue;
      tried[pi / 64] |= bit;
      if (!(marked[pi / 64] & bit) &&
          (flat ? has_required_flat(lex, pi, last, size) : has_required(lex.patterns[pi], words)))
        marked[pi / 64] |= bit;
    }
  }
}

namespace {

// The bits set in b, inline: the build assumes no popcnt instruction, so
// __builtin_popcountll called libgcc's __popcountdi2 for every block.
std::size_t bits_set(std::uint64_t b) {
  b = b - ((b >> 1) & 0x5555555555555555u);
  b = (b & 0x3333333333333333u) + ((b >> 2) & 0x3333333333333333u);
  b = (b + (b >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
  return static_cast<std::size_t>((b * 0x0101010101010101u) >> 56);
}

}  // namespace

std::vector<std::uint32_t> candidate_patterns(const ClauseWords& first, const std::vector<ClauseWords>& more) {
  thread_local std::vector<std::uint64_t> any;  // kept: no allocation per sentence
  any = first.patterns;
  for (const auto& c : more) {
    if (any.size() < c.patterns.size()) any.resize(c.patterns.size(), 0);  // `first` may be unindexed (empty)
    for (std::size_t i = 0; i < c.patterns.size(); ++i) any[i] |= c.patterns[i];
  }
  std::vector<std::uint32_t> out;
  std::size_t count = 0;  // reserved at once: a sentence's candidates made the list grow two or three times
  for (std::uint64_t b : any) count += bits_set(b);
  out.reserve(count);
  for (std::size_t block = 0; block < any.size(); ++block)
    for (std::uint64_t b = any[block]; b; b &= b - 1)
      out.push_back(static_cast<std::uint32_t>(block * 64 + static_cast<std::size_t>(__builtin_ctzll(b))));
  return out;
}

}  // namespace newsgraph::detail
