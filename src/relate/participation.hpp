// Internal to src/relate/: taking part in what a document is about.
//
// News about one exercise or event states who took part across sentences:
// "The drill ran from ... Croatian and Polish teams joined the hosts", "A
// Ukrainian delegation observed", "Representatives of A and of B attended".
// The clause names no exercise; patterns with an implicit object take the
// latest one named, which may be another one mentioned in passing. Here the
// target is the document's topic (patterns.json "document_participation").
#pragma once
#include <string_view>
#include <cstdint>
#include <vector>

#include "relate/items.hpp"

namespace newsgraph::detail {

// The exercise or event the document is about: named in its first sentences
// (or the only one it names) and named more often than any other; else -1.
int document_topic(const DocAnalysis& doc);
// The organisation whose name alone opens the document ("**Varjo Labs**" heading its
// own post): it is the "we" of the text. -1 when the first line is anything else.
int document_author(const DocAnalysis& doc, std::string_view text);

struct ParticipationClaim {
  std::vector<int> sources;     // nations and organisations
  std::uint32_t cue_token = 0;  // the cue's first token, for the clause's date
};

// "the previous drill", "next year's edition": the first item in [from, to)
// of a phrase speaking of another edition than the one named, else items.size().
std::size_t other_edition_at(const Lexicon& lex, const ItemContext& ctx, const SentenceAnalysis& s,
                             const std::vector<Item>& items, std::size_t from, std::size_t to);

// The nations and organisations a clause says took part, when it names no
// exercise or event but the topic, speaks of no other edition ("the previous
// drill") and is neither negated nor hedged. `topic`: document_topic().
// `items`: indexed by index_words() (cues are found by word id).
std::vector<ParticipationClaim> participation_claims(const Lexicon& lex, const ItemContext& ctx,
                                                     const SentenceAnalysis& s, const std::vector<Item>& items, int topic);

}  // namespace newsgraph::detail
