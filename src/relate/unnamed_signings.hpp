// Internal to src/relate/: a signing told with its day before the agreement
// signed is named ("Germany and Poland yesterday signed an arrangement in
// Warsaw. ... The document, the Technical Arrangement on the Joint Cell, ...
// It was signed by ..."): the agreement later named with that noun is the one
// signed then, and takes the day when the document states none of its own.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "relate/dating.hpp"
#include "relate/relate.hpp"

namespace newsgraph::detail {

class UnnamedSigning {
 public:
  // Reads sentence `si`: a sentence naming no agreement that tells a past
  // signing (a word of both cues.json signing_verbs and temporal.json
  // occurrence_verbs) of "a"/"an" agreement noun (temporal.json
  // agreement_nouns) with one day in its main clause is remembered; a later
  // sentence naming an agreement whose name holds that noun gets back the
  // agreement and the day (once), within a few sentences.
  std::optional<std::pair<int, Dating>> observe(const DocAnalysis& doc, const SentenceAnalysis& s, std::size_t si,
                                                const std::vector<TimeExpression>& main_exprs, const Lexicon& lex);

 private:
  std::string noun_;  // empty: nothing remembered
  Dating date_;
  std::size_t sentence_ = 0;
};

// "X has signed a memorandum with Y on ... . The memorandum was signed in Manila on 2 October
// by ...": a sentence opening with "The <agreement noun> was|were <signing verb>" (temporal.json
// agreement_nouns; a word of both signing_verbs and occurrence_verbs) whose main clause names one
// day, after a sentence `before` holding that noun, restates that sentence's signing: the day.
std::optional<Dating> restated_signing_day(const SentenceAnalysis& s, const std::vector<TimeExpression>& main_exprs,
                                           std::string_view before, const Lexicon& lex);

}  // namespace newsgraph::detail
