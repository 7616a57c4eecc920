#include "pipeline/extract.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <tuple>

#include "recognise/recognise.hpp"
#include "relate/relate.hpp"
#include "segment/sentences.hpp"
#include "util/names.hpp"

namespace newsgraph {

std::string content_hash(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

namespace {

// Whether `text` is already its evidence form (no tab, CR or newline, no
// two spaces in a row, none at either end): most sentences are, and one
// copy is then cheaper than the word-by-word rebuild below. Eight bytes
// at a time, each byte tested exactly (no borrow between bytes).
bool already_evidence(std::string_view text) {
  if (text.empty() || text.front() == ' ' || text.back() == ' ') return text.empty();
  constexpr std::uint64_t kLow = 0x7F7F7F7F7F7F7F7Full, kHigh = 0x8080808080808080ull, kOnes = 0x0101010101010101ull;
  auto is = [&](std::uint64_t w, char c) { return ~((((w ^ (kOnes * static_cast<unsigned char>(c))) & kLow) + kLow) | (w ^ (kOnes * static_cast<unsigned char>(c)))) & kHigh; };
  std::size_t i = 0;
  std::uint64_t carry = 0;  // the space flag of the byte before these eight
  if constexpr (std::endian::native == std::endian::little) {
    for (std::uint64_t w; i + 8 <= text.size(); i += 8) {
      std::memcpy(&w, text.data() + i, 8);
      std::uint64_t space = is(w, ' ');
      if (is(w, '\n') | is(w, '\r') | is(w, '\t') | (space & ((space << 8) | carry))) return false;
      carry = space >> 56;
    }
  }
  bool previous_space = carry != 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n' || c == '\r' || c == '\t' || (c == ' ' && previous_space)) return false;
    previous_space = c == ' ';
  }
  return true;
}

// The sentence as evidence: its text with runs of white space made one space.
std::string evidence_text(std::string_view text) {
  if (already_evidence(text)) return std::string(text);
  // Whole runs of non-space bytes appended at once (this runs for every
  // edge's sentence; a byte-by-byte push_back cost ~2% of extraction).
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0, n = text.size(); i < n;) {
    std::size_t j = i;
    while (j < n && !space(text[j])) ++j;
    if (j > i) {
      if (!out.empty()) out.push_back(' ');
      out.append(text.data() + i, j - i);
    }
    while (j < n && space(text[j])) ++j;
    i = j;
  }
  return out;
}

// "Foreign Ministry", "Defence Forces": names every nation uses. One that
// belongs to a nation here is named with it ("China's Foreign Ministry"), so
// that other documents' ministries of that name stay other nodes.
void qualify_generic_names(std::vector<DocEntity>& entities, const std::vector<DocEdge>& edges, const Lexicon& lex) {
  std::map<int, std::set<int>> owners;  // a name two nations own here stays as written
  for (const auto& e : edges)
    if (e.type == EdgeType::part_of && entities[e.target].type == NodeType::Nation) owners[e.source].insert(e.target);
  for (const auto& e : edges) {
    if (owners[e.source].size() != 1) continue;
    if (e.type != EdgeType::part_of) continue;
    DocEntity& org = entities[e.source];
    const DocEntity& nation = entities[e.target];
    if (org.lexicon >= 0 || org.type != NodeType::Organisation || nation.type != NodeType::Nation) continue;
    if (std::string_view owner, rest; split_possessive(org.label, owner, rest)) continue;
    std::vector<std::string> words;
    std::string key = lex.name_key_of(org.label);
    bool generic = true;
    for (std::size_t pos = 0; pos <= key.size();) {
      auto space = key.find(' ', pos);
      std::string w = key.substr(pos, space == std::string::npos ? std::string::npos : space - pos);
      generic &= lex.generic_org_set.count(w) > 0;
      if (space == std::string::npos) break;
      pos = space + 1;
    }
    if (!generic) continue;
    std::vector<std::string> forms = possessive_names(nation.label, org.label);  // "Philippines' Foreign Ministry"
    org.label = forms.front();
    std::erase_if(org.names, [&](const std::string& n) { return lex.name_key_of(n) == key; });
    org.names.insert(org.names.end(), forms.begin(), forms.end());
  }
}

// The document's edges, each relation with its sentence as evidence. An
// edge the document states more than kMaxEvidence times keeps its first
// ones and counts the rest (a file repeating one fact a million times stays
// cheap); the same relation twice in a sentence by one pattern is one.
std::vector<DocEdge> evidenced_edges(const Document& doc, const DocAnalysis& analysis,
                                     const std::vector<Relation>& relations) {
  using Key = std::tuple<int, int, EdgeType, std::optional<Date>, std::optional<Date>>;
  struct Tally {
    std::size_t first = 0;  // index of its first DocEdge
    std::size_t kept = 0;
  };
  std::vector<DocEdge> edges;
  edges.reserve(relations.size());  // (at most one each: no regrowth moving every edge's evidence)
  std::map<Key, Tally> tally;
  std::set<std::pair<std::size_t, std::string_view>> in_sentence;  // (first, pattern) of this sentence
  std::size_t sentence = SIZE_MAX;
  std::size_t text_of = SIZE_MAX;  // the sentence `text` is the evidence of: edges of one sentence share it
  std::string text;
  for (const auto& r : relations) {
    auto [it, fresh] = tally.try_emplace(Key{r.source, r.target, r.type, r.date, r.end}, Tally{edges.size(), 0});
    Tally& t = it->second;
    if (r.sentence != sentence) in_sentence.clear(), sentence = r.sentence;
    if (!fresh) {
      DocEdge& first = edges[t.first];
      first.confidence = std::max(first.confidence, r.confidence);
      if (!in_sentence.emplace(t.first, r.pattern).second) continue;
      if (t.kept >= kMaxEvidence) {
        ++first.evidence_omitted;
        continue;
      }
    } else {
      in_sentence.emplace(t.first, r.pattern);
    }
    const SentenceAnalysis& s = analysis.sentences[r.sentence];
    auto [start, end] = doc.original_span(s.start, s.end);
    if (r.sentence != text_of) text = evidence_text(std::string_view(doc.text).substr(s.start, s.end - s.start)), text_of = r.sentence;
    Evidence ev{doc.id, text, start, end, r.pattern};
    edges.push_back({r.source, r.target, r.type, r.date, r.end, std::move(ev), r.confidence});
    ++t.kept;
  }
  return edges;
}

// "across Europe", "in the North Sea": a region no nation holds (a lexicon
// place with no located_in: a continent, a sea) that the document only
// mentions, in no fact, is no node; news names such regions in passing, and
// a node for each passing mention is noise. Edges are renumbered.
void drop_idle_regions(std::vector<DocEntity>& entities, std::vector<DocEdge>& edges, const Lexicon& lex) {
  std::vector<char> in_fact(entities.size(), 0);
  for (const auto& e : edges) in_fact[static_cast<std::size_t>(e.source)] = in_fact[static_cast<std::size_t>(e.target)] = 1;
  std::vector<int> index(entities.size(), -1);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const DocEntity& d = entities[i];
    bool idle_region = !in_fact[i] && d.type == NodeType::Place && d.lexicon >= 0 &&
                       lex.entities[static_cast<std::size_t>(d.lexicon)].type == NodeType::Place &&
                       lex.entities[static_cast<std::size_t>(d.lexicon)].located_in.empty();
    if (idle_region) continue;
    index[i] = static_cast<int>(kept);
    if (kept != i) entities[kept] = std::move(entities[i]);
    ++kept;
  }
  if (kept == entities.size()) return;
  entities.resize(kept);
  for (auto& e : edges) e.source = index[static_cast<std::size_t>(e.source)], e.target = index[static_cast<std::size_t>(e.target)];
}

// Whether the original bytes of a text '-' were an en dash ("\u2013",
// "&ndash;", "&#8211;"), which matching reads as a hyphen.
bool was_en_dash(const Document& doc, std::size_t at) {
  std::uint64_t o = doc.original_offset(at), e = doc.original_end(at + 1);
  std::string_view orig = std::string_view(doc.original).substr(o, e - o);
  return orig == "\u2013" || orig == "&ndash;" || orig == "&#8211;" || orig == "&#x2013;";
}

// "the Brasilia\u2013Lisbon Memorandum": a name written with an en dash keeps
// that written form beside the matched one, so the name a reader copies from
// the page finds it.
void add_dashed_forms(const Document& doc, DocAnalysis& analysis) {
  if (doc.offset_anchors.empty()) return;  // text is the original: no dash was rewritten
  for (const auto& s : analysis.sentences)
    for (const auto& m : s.mentions) {
      if (m.entity < 0 || m.kind != MentionKind::Name || m.begin >= m.end || m.end > s.tokens.size()) continue;
      std::size_t from = s.tokens[m.begin].start, to = s.tokens[m.end - 1].end;
      std::string_view span = std::string_view(doc.text).substr(from, to - from);
      if (span.find('-') == std::string_view::npos) continue;
      auto& names = analysis.entities[static_cast<std::size_t>(m.entity)].names;
      if (std::find(names.begin(), names.end(), span) == names.end()) continue;
      std::string written;
      bool dashed = false;
      for (std::size_t i = 0; i < span.size(); ++i) {
        bool en = span[i] == '-' && was_en_dash(doc, from + i);
        dashed |= en;
        if (en) written += "\u2013";
        else written.push_back(span[i]);
      }
      if (dashed && std::find(names.begin(), names.end(), written) == names.end()) names.push_back(written);
    }
}

}  // namespace

DocResult extract_document(const Document& doc, const Lexicon& lexicon, StageTimings* timings) {
  StageClock clock;
  StageTimings t;
  DocResult result;
  result.record.id = doc.id;
  result.record.title = doc.meta.title;
  result.record.source = doc.meta.source;
  result.record.published = doc.meta.published;
  result.record.author = doc.meta.author;
  result.record.timezone = doc.meta.timezone;
  result.record.hash = content_hash(doc.original);

  std::vector<Sentence> sentences = segment_sentences(doc.text, lexicon.segmentation);
  t.segmentation = clock.lap();
  DocAnalysis analysis = recognise(doc.text, sentences, lexicon);
  t.recognition = clock.lap();
  std::vector<Relation> relations = find_relations(analysis, doc.text, doc.meta.published, lexicon);
  relate_author_to_outlet(analysis, doc.meta.author, doc.meta.source, lexicon, relations);

  result.edges = evidenced_edges(doc, analysis, relations);
  t.relations = clock.lap();
  qualify_generic_names(analysis.entities, result.edges, lexicon);
  add_dashed_forms(doc, analysis);
  result.entities = std::move(analysis.entities);
  drop_idle_regions(result.entities, result.edges, lexicon);
  t.resolution = clock.lap();
  if (timings) timings->add(t);
  return result;
}

}  // namespace newsgraph
