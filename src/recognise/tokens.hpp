// Tokens: words, possessive markers and punctuation of a sentence, with
// their byte spans in the document text.
//
// Takes: the text and the byte span of a sentence. Gives: its tokens. A word
// keeps inner hyphens and apostrophes ("Dong-kil", "O'Malley", "non-NATO"),
// initialisms and listed abbreviations keep their dots ("U.S.", "Prof."),
// "'s" is a token of its own, and "-based"/"-led" suffixes are split off so
// that "Tallinn-based" reads as "Tallinn" + "-based".
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "util/flat_word_table.hpp"
#include "util/word_key.hpp"

namespace newsgraph {

struct Token {
  std::size_t start = 0;  // byte span in the document text
  std::size_t end = 0;
  std::string_view text;  // view into the document text
  WordKey key;            // filled by the lexicon: lower case, folded, variants unified
  bool word = false;      // letters or digits (else punctuation or "'s")
  bool capital = false;   // starts with an upper-case letter (or is non-ASCII and not lower)
  bool all_caps = false;  // two or more letters, all upper case ("NATO", "U.S.")
  // Lexicon::word_id of `key`, set with it by recognise(); kNoWordId when not
  // set (then the relation matcher looks the key up itself).
  std::uint32_t word_id = kNoWordId;
  static constexpr std::uint32_t kNoWordId = 0xFFFFFFFFu;
};

// `abbreviations` holds words that keep a final dot ("prof.", "gen."), lower case.
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end,
                            const WordSet& abbreviations);

// Drops a bracketed gloss in a script without letter case right after a
// capitalised word ("Lin Wei-chen (林偉辰)", "Ministry of Defence (国防部)"):
// the name's own writing, an aside that would part the name from its role.
void drop_script_glosses(std::vector<Token>& toks);

// Whether an acronym's `letters` (upper case) occur in order in the words
// of [b, e) ("NCSC" in "National Cyber Security Centre").
bool letters_in_order(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e, const std::string& letters);
// Whether `letters` (lower case) join a prefix of every capitalised word of
// [b, e) in order ("nordefco": Nordic Defence Cooperation).
bool letters_by_prefixes(const std::vector<Token>& toks, std::uint32_t b, std::uint32_t e, std::string_view letters);

// "of", "for", "on", "and", "&": words that may join the parts of one name.
bool is_connector(const WordKey& key);

}  // namespace newsgraph
