// TimeWordIndex (dating.hpp): which of the temporal lexicon's words a sentence
// holds, found in one pass over its words with cheap first/last-byte tests
// before any set look-up, since every sentence asks.
#include <algorithm>
#include <array>
#include <string>

#include "relate/dating.hpp"
#include "relate/dating_text.hpp"
#include "util/ascii.hpp"

namespace newsgraph::detail {

using namespace dating_text;

namespace {


// The bit of a word's first byte, lower-cased, in an initials mask (26: not a letter).
unsigned initial_bit(char c) {
  if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return c >= 'a' && c <= 'z' ? static_cast<unsigned>(c - 'a') : 26;
}

// The (length, first letter) and (length, last letter) pairs of a list of
// words: entry n (63: longer) has bit initial_bit(c) for each word of n bytes
// starting (ending) with c. A word of a sentence with a pair no listed word
// has is none of them.
using Shapes = std::array<std::uint32_t, 64>;

void add_shape(Shapes& starts, Shapes& ends, std::string_view v) {
  std::size_t n = std::min<std::size_t>(v.size(), 63);
  starts[n] |= std::uint32_t{1} << (v.empty() ? 26 : initial_bit(v.front()));
  ends[n] |= std::uint32_t{1} << (v.empty() ? 26 : initial_bit(v.back()));
}

template <class Words>
void add_shapes(Shapes& starts, Shapes& ends, const Words& words) {
  for (const auto& w : words) add_shape(starts, ends, w);
}

// Whether the shapes have the (length, first and last letter) of `w`.
bool has_shape(const Shapes& starts, const Shapes& ends, std::string_view w) {
  std::size_t n = std::min<std::size_t>(w.size(), 63);
  return ((starts[n] >> (w.empty() ? 26 : initial_bit(w.front()))) & 1u) &&
         ((ends[n] >> (w.empty() ? 26 : initial_bit(w.back()))) & 1u);
}

// Whether `found` holds for a word of `sentence` (a run of bytes `in_word`
// accepts) in lower case: one pass, no copy of the sentence. Only words whose
// length with first and last letter the shapes have are asked about
// (lower-cased into a buffer): most words of a sentence are not.
// Bytes a word is made of, as a table (two loads per byte, not a chain of compares).
using ByteSet = std::array<bool, 256>;
template <class In>
constexpr ByteSet byte_set(In in) {
  ByteSet t{};
  for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = in(static_cast<char>(c));
  return t;
}
constexpr ByteSet kLetterOrApostrophe =
    byte_set([](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\''; });
constexpr ByteSet kAlnum =
    byte_set([](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });

template <class Found>
bool any_word(std::string_view sentence, const Shapes& starts, const Shapes& ends, const ByteSet& word_bytes,
              Found found) {
  auto in_word = [&](char c) { return word_bytes[static_cast<unsigned char>(c)]; };
  char buffer[64];  // the word in lower case (longer ones in `long_word`)
  std::string long_word;
  for (std::size_t i = 0; i < sentence.size();) {
    if (!in_word(sentence[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < sentence.size() && in_word(sentence[j])) ++j;
    std::size_t n = std::min<std::size_t>(j - i, 63);
    if (((starts[n] >> initial_bit(sentence[i])) & 1u) && ((ends[n] >> initial_bit(sentence[j - 1])) & 1u)) {
      char* out = buffer;
      if (j - i > sizeof buffer) long_word.resize(j - i), out = long_word.data();
      for (std::size_t k = i; k < j; ++k) {
        char c = sentence[k];
        out[k - i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      }
      if (found(std::string_view(out, j - i))) return true;
    }
    i = j;
  }
  return false;
}

// Every relative phrase has one of these words or a sequence word (relative_at()).
// (a prefilter mirroring the grammar relative_at() reads in code: adding a word here would read no new phrase)
constexpr std::array<std::string_view, 6> kRelativeWords{"later", "earlier", "after", "before", "same", "that"};

}  // namespace

bool TimeWordIndex::Listed::may_be(std::string_view w) const {
  std::size_t n = std::min<std::size_t>(w.size(), 63);
  return ((starts[n] >> (w.empty() ? 26 : initial_bit(w.front()))) & 1u) &&
         ((ends[n] >> (w.empty() ? 26 : initial_bit(w.back()))) & 1u);
}

namespace {
template <class Words>
TimeWordIndex::Listed listed(const Words& words) {
  TimeWordIndex::Listed out;
  add_shapes(out.starts, out.ends, words);
  for (const auto& w : words)
    if (!one_word(w)) out.phrases.push_back(w);
  return out;
}
}  // namespace

TimeWordIndex::TimeWordIndex(const TemporalWords& words)
    : words_(&words), verbs_(listed(words.occurrence_verbs)), nouns_(listed(words.event_nouns)) {
  add_shapes(other_shapes_, other_ends_, words.other_time_words);
  // A listed single word is looked up for each word of the sentence (what
  // has_word() finds of it); anything else listed ("in future") is searched as before.
  auto single = [](const std::string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '\''; });
  };
  for (const auto& w : words.other_time_words)
    if (!single(w)) other_phrases_.push_back(w);
  for (const auto& phrase : other_phrases_) {
    std::size_t n = 0;
    while (n < phrase.size() && kLetterOrApostrophe[static_cast<unsigned char>(phrase[n])]) ++n;
    if (n == 0) {
      phrases_unfiltered_ = true;
      continue;
    }
    phrase_first_words_.push_back(ascii_lowered(phrase.substr(0, n)));
    add_shape(phrase_first_shapes_, phrase_first_ends_, phrase_first_words_.back());
  }
  for (std::size_t n = 0; n < either_shapes_.size(); ++n) {
    either_shapes_[n] = other_shapes_[n] | phrase_first_shapes_[n];
    either_ends_[n] = other_ends_[n] | phrase_first_ends_[n];
  }
  // Every relative phrase has one of these words (relative_at()): most sentences have none.
  add_shapes(relative_shapes_, relative_ends_, kRelativeWords);
  for (const auto& [w, sign] : words.sequence_words) add_shape(relative_shapes_, relative_ends_, w);
}

namespace {

// "met the Prime Minister before returning to Warsaw": every "before" of the sentence is
// followed by a gerund, a later step of the same occasion, not another time.
bool before_only_gerunds(std::string_view sentence) {
  bool any = false;
  for (std::size_t at = 0; (at = sentence.find("efore ", at)) != std::string_view::npos; at += 6) {
    if (at == 0 || (sentence[at - 1] != 'b' && sentence[at - 1] != 'B')) continue;
    if (at >= 2 && std::isalpha(static_cast<unsigned char>(sentence[at - 2]))) continue;
    std::size_t from = at + 6, to = from;
    while (to < sentence.size() && std::isalpha(static_cast<unsigned char>(sentence[to]))) ++to;
    if (to - from < 5 || sentence.substr(to - 3, 3) != "ing") return false;
    any = true;
  }
  return any;
}

}  // namespace

bool TimeWordIndex::other_time_words(std::string_view sentence) const {
  const auto& listed = words_->other_time_words;
  auto one_word_listed = [&](std::string_view w) { return has_shape(other_shapes_, other_ends_, w) && listed.count(w) > 0 &&
                                                  !(w == "before" && before_only_gerunds(sentence)); };
  if (other_phrases_.empty() || phrases_unfiltered_) {
    if (any_word(sentence, other_shapes_, other_ends_, kLetterOrApostrophe, one_word_listed)) return true;
    if (other_phrases_.empty()) return false;
  } else {
    // One pass for both: a listed word, else whether a phrase's first word stands as a
    // word of letters (has_word() below finds a phrase only there).
    bool phrase_first = false;
    if (any_word(sentence, either_shapes_, either_ends_, kLetterOrApostrophe, [&](std::string_view w) {
          if (one_word_listed(w)) return true;
          phrase_first = phrase_first || (has_shape(phrase_first_shapes_, phrase_first_ends_, w) &&
                                          std::find(phrase_first_words_.begin(), phrase_first_words_.end(), w) !=
                                              phrase_first_words_.end());
          return false;
        }))
      return true;
    if (!phrase_first) return false;
  }
  std::string padded = padded_lower(sentence);
  return std::any_of(other_phrases_.begin(), other_phrases_.end(), [&](const std::string& w) { return has_word(padded, w); });
}

bool TimeWordIndex::may_count_from(std::string_view sentence) const {
  return any_word(sentence, relative_shapes_, relative_ends_, kAlnum, [&](std::string_view w) {
    return std::find(kRelativeWords.begin(), kRelativeWords.end(), w) != kRelativeWords.end() ||
           words_->sequence_words.count(w) > 0;
  });
}

bool other_time_words(std::string_view sentence, const TemporalWords& words) {
  return TimeWordIndex(words).other_time_words(sentence);
}

}  // namespace newsgraph::detail
