// Entity resolution across documents: one real thing, one node.
//
// Takes: each document's entities and relations (in any order), or a whole
// graph. Gives: the merged graph, where entities that share a name (compared
// by the lexicon's keys: case, accents, punctuation, "the", possessives and
// spelling variants such as Defence/Defense folded), the same lexicon entry,
// or a surname of exactly one person are one node. A name many nations'
// bodies have (a generic one, or one some document writes with a nation:
// "Estonia's Ministry of Finance") joins bodies of one nation only, and two
// such nodes of one label are labelled with their nations. The result depends only
// on the set of inputs, never on their order, so that shards merged later
// equal a one-shot build.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"
#include "lexicon/lexicon.hpp"
#include "recognise/recognise.hpp"

namespace newsgraph {

// One document's share of the graph, before resolution.
struct DocEdge {
  int source = -1, target = -1;  // indexes into DocResult::entities
  EdgeType type = EdgeType::member_of;
  std::optional<Date> date, end;
  Evidence evidence;
  double confidence = 0.8;
  std::uint64_t evidence_omitted = 0;  // more evidence of this edge in the document, counted only
};

struct DocResult {
  DocumentRecord record;
  std::vector<DocEntity> entities;
  std::vector<DocEdge> edges;
};

// Documents are folded in as they come: entities that are the same record
// (type, names, lexicon entry) are kept once with a count, and evidence is
// gathered per edge between records, so memory grows with the graph and
// not with the number of documents.
class GraphAssembler {
 public:
  explicit GraphAssembler(const Lexicon& lexicon);
  ~GraphAssembler();
  void add(DocResult doc);
  // Adds everything to `graph` (whose own nodes take part in resolution) and
  // returns it in canonical order.
  KnowledgeGraph finish(const KnowledgeGraph& graph = {});

 private:
  struct Folded;
  const Lexicon& lex_;
  std::unique_ptr<Folded> folded_;
};

// Merges the nodes of a graph that name one thing (e.g. after `merge`).
KnowledgeGraph resolve_graph(const KnowledgeGraph& graph, const Lexicon& lexicon);

}  // namespace newsgraph
