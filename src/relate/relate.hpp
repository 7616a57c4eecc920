// Relations: the typed, dated edges a document's sentences state.
//
// Takes: a document's recognised sentences and entities (src/recognise/),
// its text, its publication date and the lexicon (relation patterns are
// data: src/lexicon/data/patterns.json). Gives: relations between the
// document's entities, each with the sentence it was read in, the name of
// the pattern that matched, a confidence and the date of its clause (from
// src/temporal/), or none when the text gives none.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/date.hpp"
#include "graph/types.hpp"
#include "lexicon/lexicon.hpp"
#include "recognise/recognise.hpp"

namespace newsgraph {

struct Relation {
  int source = -1;  // DocAnalysis::entities
  int target = -1;
  EdgeType type = EdgeType::member_of;
  std::optional<Date> date;
  std::optional<Date> end;
  std::size_t sentence = 0;  // DocAnalysis::sentences
  std::string pattern;
  double confidence = 0.8;
};

std::vector<Relation> find_relations(const DocAnalysis& doc, std::string_view text, std::optional<Date> published,
                                     const Lexicon& lexicon);

// The document's writer (`author`, from its byline) works for its outlet
// (`source`, from its masthead or byline): an affiliated_with edge when the
// text names the writer; an outlet the text never tagged is added to `doc`.
void relate_author_to_outlet(DocAnalysis& doc, std::string_view author, std::string_view source,
                             const Lexicon& lexicon, std::vector<Relation>& out);

}  // namespace newsgraph
