// Internal to src/relate/: small readings of one clause's items that the
// relation patterns consult (takes items, a match, a sentence's times; gives
// a yes/no or dates the relations just read).
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "relate/items.hpp"
#include "relate/matcher.hpp"
#include "relate/relate.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph::detail {

// "Officials of A, B, C and D met in Riga for the Cyber Ministerial": several who
// gather for a named event (or a meeting, summit, forum) from `from` on.
bool gathered_for_event(const DocAnalysis& doc, const std::vector<Item>& items, std::size_t from);

// "A and B held talks": whether a partner is named after `from` ("with C", "met C").
bool object_follows(const std::vector<Item>& items, std::size_t from);

// Whether the pattern opens on a person and a comma ("S:Person , chief of O"): an
// apposition, which after a list ("A and B, chief of O") is the last member's only.
bool source_apposition(const RelationPattern& p);

// Negation in the match, or before a pattern opening on its verb ("refused to sign X with Y"),
// or after a noun phrase up to its clause's comma ("a team from X ... was withdrawn").
bool pattern_denied(const Lexicon& lex, const SentenceAnalysis& s, const std::vector<Item>& items,
                    const RelationPattern& p, const PatternMatch& m);

// "attended the ceremony", "attended a reception": an object written at `next`
// (an article and lower-case words, no name) none of whose nouns is one of
// `type` ("the annual drill") names another occasion than one left out.
bool other_occasion_object(const Lexicon& lex, const SentenceAnalysis& s, const std::vector<Item>& items,
                           std::size_t next, NodeType type);

// "Y received a delegation from X": one delegation received or welcomed, a visit; with no
// exercise or event named in the clause, X takes no part in one the story told of.
bool received_visit(const ItemContext& ctx, const std::vector<Item>& items, const PatternMatch& m);
// "A signed for Manila, while Singapore was represented by B": a representation in a
// sentence of signing (cues.json signing_verbs) naming no exercise or event is at the signing.
bool represented_at_signing(const Lexicon& lex, const ItemContext& ctx, const SentenceAnalysis& s,
                            const std::vector<Item>& items, const PatternMatch& m);

// "has", "have" (present perfect), "had" (`past`): the auxiliary of a perfect tense.
inline bool perfect_auxiliary(std::string_view key, bool past = true) {
  return key == "has" || key == "have" || (past && key == "had");
}

// A perfect tense inside the match ("has met", "had signed").
// "has joined", not "had joined": news of now, told when it is said
// (the auxiliary may stand just before a match that opens at its verb).
bool present_perfect(const std::vector<Item>& items, const PatternMatch& m);
bool perfect(const std::vector<Item>& items, const PatternMatch& m);

// Dates the relations of `out` from `first_relation` on that a gapped list part
// ("..., Montenegro in 2017 and North Macedonia in 2020") or a visit between a
// meeting's subject and verb ("A, who visited the base on Thursday, met B") dates.
void date_gapped(const Lexicon& lex, const SentenceAnalysis& s, std::string_view sentence, const std::vector<TimeExpression>& exprs,
                 std::vector<Relation>& out, std::size_t first_relation);

// "Finland and Sweden joined NATO in 2023 and 2024 respectively": the relations of
// `out` from `first_relation` on that share a type and a target (or a source), as
// many as the sentence's dates, take those dates in the order their other ends are named.
void date_respectively(const SentenceAnalysis& s, std::string_view sentence, const std::vector<TimeExpression>& exprs,
                       std::vector<Relation>& out, std::size_t first_relation);

// The one date cell of a table row, holding only a date ("| Tue 6 Oct |"); null when
// the sentence is no table row or it has none or two.
const TimeExpression* table_row_date(std::string_view sentence, const std::vector<TimeExpression>& exprs);

// A table row ("| 6 Oct | ... | X hosts Y | Jakarta |") whose one date cell holds
// only a date: that date dates the row's undated events, signings and meetings.
void date_table_row(std::string_view sentence, const std::vector<TimeExpression>& exprs, std::vector<Relation>& out,
                    std::size_t first_relation);

}  // namespace newsgraph::detail
