// Internal to src/relate/: a sentence's items cut into the clauses patterns run on.
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

#include "relate/items.hpp"

namespace newsgraph::detail {

// Token ranges cut out of the main clause.
using Cut = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

// The main clause first, then what relative clauses, appositions and shared
// subjects say of their antecedent; `cut` gets the ranges taken out of the main clause.
// `doc` (optional) types the names, for companions ("alongside X") that must be agents.
std::vector<std::vector<Item>> split_clauses(std::vector<Item> items, const Lexicon& lex, Cut& cut,
                                             const DocAnalysis* doc = nullptr);

// "Croatia joined NATO in April 2009 and the European Union in July 2013": the second
// object with a time of its own gets a clause of its own, its subject and verb borrowed.
// `items`: a main clause that opens with its subject.
void split_gapped_objects(const std::vector<Item>& items, std::vector<std::vector<Item>>& extra, const Lexicon& lex,
                          const DocAnalysis* doc);

// A lower-case word (not a name): what a verb after a subject looks like.
bool lower_word(const Item& it);

// "A, then chief of the X, who had worked with ...": the person an apposition before the
// comma at `i` is of, when the name right before that comma is not a person; its index, else 0.
std::size_t apposed_person(const std::vector<Item>& items, std::size_t i, const DocAnalysis* doc);

// Whether a name's item took in the lower-case word after the name ("the
// Latvian team", "the Singapore agency" read as Latvia, Singapore).
bool holds_lower_noun(const Item& it, const SentenceAnalysis& s);

// The words that may stand between coordinated names ("A, B and C", "A or the B").
bool coordinating(const KeyView& key);

// Whether a negator or modal (patterns.json) stands among items [first, last]
// of sentence `s`. A capitalised word inside a sentence is a name, not a modal:
// "in May", "last May" state no hedge (a headline capitalises every word).
// `items`: indexed by index_words() (the words are found by id).
// `reported_will`: a "would" that reports a will ("X said it would cooperate with Y",
// cues.json speech_verbs) is no hedge; the cooperation patterns pass it, as a pledge
// to cooperate is what they state.
bool negated(const Lexicon& lex, const SentenceAnalysis& s, const std::vector<Item>& items, std::size_t first,
             std::size_t last, bool reported_will = false);

}  // namespace newsgraph::detail
