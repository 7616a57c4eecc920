// Helpers for the extraction tests: run the stages on a text written for the test.
#pragma once
#include <string>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "recognise/recognise.hpp"
#include "relate/relate.hpp"
#include "segment/sentences.hpp"

namespace newsgraph::testing {

inline DocAnalysis analyse(const std::string& text) {
  return recognise(text, segment_sentences(text), *default_lexicon());
}

// "Label:Type" of every entity the text mentions.
inline std::vector<std::string> entity_names(const DocAnalysis& doc) {
  std::vector<std::string> out;
  for (const auto& e : doc.entities) out.push_back(e.label + ":" + std::string(to_string(e.type)));
  return out;
}

// "source relation target [date]" of every relation.
// With `lex`, the stages read a lexicon a test loaded (a user's folder over the shipped data).
inline std::vector<std::string> relations_of(const std::string& text, std::optional<Date> published = {},
                                             const Lexicon& lex = *default_lexicon()) {
  DocAnalysis doc = recognise(text, segment_sentences(text), lex);
  std::vector<std::string> out;
  for (const auto& r : find_relations(doc, text, published, lex)) {
    std::string line = doc.entities[r.source].label + " " + std::string(to_string(r.type)) + " " + doc.entities[r.target].label;
    if (r.date) line += " " + r.date->iso();
    out.push_back(line);
  }
  return out;
}

inline bool has(const std::vector<std::string>& list, const std::string& item) {
  for (const auto& x : list)
    if (x == item) return true;
  return false;
}

// Whether any relation of `list` goes from `from` to `to`, of any type or date.
inline bool related(const std::vector<std::string>& list, const std::string& from, const std::string& to) {
  for (const auto& r : list)
    if (r.starts_with(from + " ") && r.find(" " + to) != std::string::npos) return true;
  return false;
}

}  // namespace newsgraph::testing
