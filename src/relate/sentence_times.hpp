// Internal to src/relate/: which of a sentence's time expressions may date
// its facts, and where they stand in the way of the patterns.
#pragma once
#include <string_view>
#include <vector>

#include "relate/clauses.hpp"
#include "relate/items.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph::detail {

// "Cyber Europe 2024", "Crossed Swords 2022": a year inside a name, or
// written right after an exercise's or event's name, dates nothing.
void drop_times_inside_names(const DocAnalysis& doc, const SentenceAnalysis& s, std::string_view stext,
                             std::vector<TimeExpression>& exprs);

// "The CCDCOE last year organised ...": a time between a name and its verb
// is taken out of the way of the patterns (the clause keeps its date).
void drop_adverbial_times(const Lexicon& lex, const SentenceAnalysis& s, const std::vector<TimeExpression>& exprs,
                          std::vector<Item>& items);

// The times of the sentence's main clause: a time inside what was cut out of
// it does not date it ("Sweden, which joined NATO in March, sent a team").
// The sentence with its cut clauses blanked (spaces): the main clause's words.
std::string main_clause_text(const SentenceAnalysis& s, std::string_view sentence, const Cut& cut);

std::vector<TimeExpression> main_clause_times(const SentenceAnalysis& s, const std::vector<TimeExpression>& exprs,
                                              const Cut& cut);

// Whether the times give a date of a point, span or start ("on Monday", "since May").
bool has_date(const std::vector<TimeExpression>& exprs);

}  // namespace newsgraph::detail
