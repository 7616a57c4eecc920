// The clause helpers of relate_clauses.cpp and clause_companions.cpp, internal to src/relate/.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "relate/items.hpp"

namespace newsgraph::detail {

// Whether `k` opens a noun phrase before its noun (cues.json determiners: "the", "its").
bool determiner(const Lexicon& lex, const KeyView& k);
// The number of items the words of `phrase` ("as well as") take from i, else 0.
std::size_t words_at(const std::vector<Item>& items, std::size_t i, std::string_view phrase);
// "Chile, along with Peru and Ghana, took part": the companions join the subject's list.
void join_companions(std::vector<Item>& items, const std::vector<std::string>& companion_words);
// "organised by the CCDCOE together with CERT.LV", "Estonia competed alongside Poland": companions
// after a name, or closing the clause, join that name or the clause's subject.
void join_trailing_companions(std::vector<Item>& items, const DocAnalysis* doc, const Lexicon& lex);

}  // namespace newsgraph::detail
