// Internal to src/relate/: a fact told with no time of its own, next to a
// sentence that dates the act itself by its noun ("Portugal has joined the
// coalition. Its accession was approved last month."; "The signing came this
// afternoon. The X Declaration was signed by A and B.").
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/date.hpp"
#include "graph/types.hpp"
#include "recognise/recognise.hpp"
#include "relate/relate.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph::detail {

// What the act dating reads of one sentence.
struct ActSentence {
  bool timed = false;                 // it has words of time
  std::optional<EdgeType> act;        // it opens with a determiner and an act noun of that relation
  std::optional<Date> date;           // the one point its main clause gives
};

// The act a sentence opens with ("The signing", "Its accession", "Portugal's
// admission", or its participle: "Signed on 1 October in Riga.") and its main clause's one point.
ActSentence read_act_sentence(const Lexicon& lex, const SentenceAnalysis& s, const std::vector<TimeExpression>& main_exprs, bool timed);

// An undated party_to or member_of of a sentence with no words of time takes the
// date of the act sentence of its relation right before it (or up to two lines
// before that, past lines that tell no time and state no such fact) or right after it.
void date_by_neighbour_acts(const std::vector<ActSentence>& acts, std::vector<Relation>& out);

// "On Monday, A met B. The two agreed to deepen cooperation between C and D.": an undated
// cooperation pledged (the lexicon's pledge_verbs) in a sentence with no words of time, right
// after a sentence that dated a meeting, was agreed at that meeting: it takes the meeting's date.
void date_pledges_by_meeting(const DocAnalysis& doc, const std::vector<ActSentence>& acts,
                             const std::vector<std::string>& pledge_verbs, std::vector<Relation>& out);

}  // namespace newsgraph::detail
