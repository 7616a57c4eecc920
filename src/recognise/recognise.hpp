// Entity recognition: the names a document mentions, typed, and where.
//
// Takes: a document's text, its sentences and the lexicon. Gives: per
// sentence its tokens, the entity mentions (gazetteer names, demonyms,
// acronyms bound by a definition, capitalised names typed by their head
// word or context, definite descriptions such as "the center" that point
// back to an entity) and role phrases ("Secretary General", "Cyber
// Operations Commander"); and the document's entities, each with every
// surface form it was written as. Resolution inside the document (acronyms,
// "the NIS", a surname after the full name, spelling variants) is done here;
// across documents, src/resolve/ does it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/types.hpp"
#include "lexicon/lexicon.hpp"
#include "recognise/tokens.hpp"
#include "segment/sentences.hpp"

namespace newsgraph {

enum class MentionKind : std::uint8_t { Name, Demonym, Acronym, Anaphor };

struct Mention {
  std::uint32_t begin = 0;  // token range in the sentence
  std::uint32_t end = 0;
  int entity = -1;          // index into DocAnalysis::entities
  MentionKind kind = MentionKind::Name;
  // A lower-case head word inside the mention ("pact" of "a cyber pact"):
  // relation patterns may read it as the word it is. -1 when none.
  std::int32_t head = -1;
};

// A title or role written as a name ("President", "NATO Secretary General",
// "Cyber Operations Commander"); `org` is the organisation the role word
// names when it has one ("Commander" of the "Cyber Operations Command").
struct RoleSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string relation;  // "leads" or "affiliated_with"
  int org = -1;
};

struct SentenceAnalysis {
  std::size_t start = 0;  // byte span in the document text
  std::size_t end = 0;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;  // ordered, not overlapping
  std::vector<RoleSpan> roles;
  bool headline = false;  // title-case line: no new names are made from it
  // A headline the segmenter joined with the lines after it ("... in Warsaw\nBy
  // Ewa Zielinska, Vistula Defence Review"): its words end here, the byline's are read.
  std::uint32_t title_end = 0;
};

struct DocEntity {
  NodeType type = NodeType::Organisation;
  std::string label;               // fullest proper name seen (or the lexicon's label)
  std::vector<std::string> names;  // every surface form, label included
  int lexicon = -1;                // index into Lexicon::entities
};

struct DocAnalysis {
  std::vector<SentenceAnalysis> sentences;
  std::vector<DocEntity> entities;
};

// Per entity, the first sentence outside the headline that mentions it (SIZE_MAX: none).
std::vector<std::size_t> first_body_mentions(const DocAnalysis& doc);

DocAnalysis recognise(std::string_view text, const std::vector<Sentence>& sentences, const Lexicon& lexicon);

// The text of tokens [begin, end) of a sentence, as written.
std::string span_text(std::string_view text, const SentenceAnalysis& s, std::uint32_t begin, std::uint32_t end);

}  // namespace newsgraph
