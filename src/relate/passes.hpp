// Internal to src/relate/: passes over a document's relations after its sentences are read.
#pragma once
#include <string_view>
#include <vector>

#include "relate/relate.hpp"

namespace newsgraph::detail {

// What the lexicon knows (a national body's state, who leads what) between
// two entities the document names, kept only where the text supports it.
void lexicon_knowledge(const DocAnalysis& doc, const Lexicon& lex, std::vector<Relation>& out);

// "U.S. Cyber Command": a state body whose name opens with a nation is part of it.
void names_naming_their_nation(const DocAnalysis& doc, const Lexicon& lex, std::vector<Relation>& out);

// The entity of the nation a mention's name opens with, or -1.
int opening_nation(const DocAnalysis& doc, const Lexicon& lex, const SentenceAnalysis& s, const Mention& m);

// Headline memberships and participations that the body states more exactly go.
void headlines_abbreviate(const DocAnalysis& doc, std::string_view text, std::vector<Relation>& out);

}  // namespace newsgraph::detail
