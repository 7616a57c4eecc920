// Session 14's splits of long functions (pure refactors), checked through
// what the split pieces decide: the graph reader's key tables and node ids
// (io/graph_json_keys.hpp), the time matcher's spans, cues and "last week"
// (Matcher::find_dates, resolve_span, shift_to_week) and the lexicon's word
// sets and pattern word ids (lexicon_index.cpp).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "io/graph_json_keys.hpp"
#include "lexicon/lexicon.hpp"
#include "segment/sentences.hpp"
#include "temporal/time_expressions.hpp"

using namespace newsgraph;

namespace {

const char* role_name(TimeRole r) {
  switch (r) {
    case TimeRole::Point: return "point";
    case TimeRole::Span: return "span";
    case TimeRole::Since: return "since";
    default: return "until";
  }
}

// "<matched text> <role> <date or -> <until or -> <relative: r or a>" of the first expression.
std::string first_expression(const std::string& sentence, Date published) {
  auto found = find_time_expressions(sentence, published);
  if (found.empty()) return "none";
  const TimeExpression& e = found.front();
  return sentence.substr(e.start, e.end - e.start) + " " + role_name(e.role) + " " + (e.date ? e.date->iso() : "-") +
         " " + (e.until ? e.until->iso() : "-") + " " + (e.relative ? "r" : "a");
}

}  // namespace

TEST_CASE("graph reader keys: the schema's date pattern", "[io][json][s14]") {
  using graph_json_keys::date_shaped;
  struct Row {
    const char* value;
    bool shaped;
  };
  const Row rows[] = {
      {"2031", true},      {"2031-07", true},     {"2031-07-09", true},  {"2031-12-31", true},
      {"2031-00", false},  {"2031-13", false},    {"2031-07-00", false}, {"2031-07-32", false},
      {"203", false},      {"20310", false},      {"2031-7", false},     {"2031/07/09", false},
      {"2031-07-9", false}, {"x031", false},      {"", false},           {"2031-07-09T", false},
  };
  for (const auto& r : rows) {
    INFO(r.value);
    CHECK(date_shaped(r.value) == r.shaped);
  }
}

TEST_CASE("graph reader keys: fields by section, sub-fields and kinds", "[io][json][s14]") {
  using namespace graph_json_keys;
  CHECK(section_of("nodes") == Section::Nodes);
  CHECK(section_of("edges") == Section::Edges);
  CHECK(section_of("documents") == Section::Documents);
  CHECK(section_of("newsgraph") == Section::Version);
  CHECK(section_of("node") == Section::Other);
  CHECK(section_of("Nodes") == Section::Other);
  // "source" is a document's field and an edge's end; "label" only a node's.
  CHECK(field_of(Section::Documents, "source") == Field::Source);
  CHECK(field_of(Section::Edges, "source") == Field::Source);
  CHECK(field_of(Section::Nodes, "source") == Field::Other);
  CHECK(field_of(Section::Nodes, "label") == Field::Label);
  CHECK(field_of(Section::Edges, "label") == Field::Other);
  CHECK(field_of(Section::Other, "id") == Field::Id);
  CHECK(field_of(Section::Edges, "evidence_omitted") == Field::Omitted);
  CHECK(sub_of("pattern") == Sub::Pattern);
  CHECK(sub_of("patterns") == Sub::Other);
  CHECK(kind_of(Field::Confidence) == Kind::Number);
  CHECK(kind_of(Field::Omitted) == Kind::Count);
  CHECK(kind_of(Field::Aliases) == Kind::Array);
  CHECK(kind_of(Field::TypeVotes) == Kind::Object);
  CHECK(kind_of(Field::Label) == Kind::String);
  CHECK(kind_of(Sub::Start) == Kind::Count);
  CHECK(kind_of(Sub::Doc) == Kind::String);
  CHECK(kind_of(Sub::Other) == Kind::Any);
}

TEST_CASE("graph reader keys: numbered and named node ids", "[io][json][s14]") {
  graph_json_keys::NodeIds ids;
  CHECK(ids.add("n1", 0));
  CHECK(ids.add("n2", 1));
  CHECK(ids.add("harbour-agency", 2));  // any other id goes by the map
  CHECK(ids.add("n7", 3));              // numbered, but not in its place
  CHECK_FALSE(ids.add("n2", 4));        // taken
  CHECK_FALSE(ids.add("harbour-agency", 5));
  CHECK(ids.find("n1") == std::optional<NodeId>(0));
  CHECK(ids.find("n2") == std::optional<NodeId>(1));
  CHECK(ids.find("harbour-agency") == std::optional<NodeId>(2));
  CHECK(ids.find("n7") == std::optional<NodeId>(3));
  CHECK_FALSE(ids.find("n3"));
  CHECK_FALSE(ids.find("n01"));
  CHECK_FALSE(ids.find("unknown"));
}

TEST_CASE("time matcher: spans, cues and weekdays of a named week", "[temporal][s14]") {
  struct Row {
    const char* sentence;
    Date published;
    const char* expected;
  };
  const Row rows[] = {
      // a span over the new year: the end's year is the next one
      {"The drill ran from December 29 to January 4.", Date{2031, 2, 1}, "from December 29 to January 4 span 2030-12-29 2031-01-04 r"},
      // the first date takes the second's year
      {"The talks lasted from 20 March to 2 April 2029.", Date{2031, 2, 1}, "from 20 March to 2 April 2029 span 2029-03-20 2029-04-02 a"},
      // a later end than start is kept; an earlier one is dropped
      {"Funding ran from 2027 to 2025 under the plan.", Date{2031, 2, 1}, "from 2027 to 2025 point 2027 - a"},
      {"Both navies have trained together since March 2028.", Date{2031, 2, 1}, "since March 2028 since 2028-03 - a"},
      {"The moratorium holds until 15 June 2032.", Date{2031, 2, 1}, "until 15 June 2032 until - 2032-06-15 a"},
      // "from" before a lone date is no span: the match starts at the date
      {"Figures from 2026 were cited.", Date{2031, 2, 1}, "2026 point 2026 - a"},
      // a weekday with "last week": the day of that week
      {"Ministers met on Tuesday last week in the capital.", Date{2031, 2, 6}, "Tuesday last week point 2031-01-28 - r"},
      // a shift word before a unit or a month (Matcher::parse_shifted)
      {"The agency opened last July.", Date{2031, 2, 6}, "last July point 2030-07 - r"},
      {"The agency opens next July.", Date{2031, 8, 6}, "next July point 2032-07 - r"},
      {"Talks resume next month.", Date{2031, 12, 6}, "next month point 2032-01 - r"},
      {"The pact was signed last year.", Date{2031, 2, 6}, "last year point 2030 - r"},
  };
  for (const auto& r : rows) {
    INFO(r.sentence);
    CHECK(first_expression(r.sentence, r.published) == r.expected);
  }
}

TEST_CASE("lexicon index: negation words, cue heads and pattern word ids", "[lexicon][s14]") {
  Lexicon lex = *default_lexicon();
  lex.negators = {"never"};
  lex.modals = {"could soon"};
  lex.document_participation.cues = {"sent observers to"};
  lex.index();
  CHECK(lex.negation_words.at("never") == Lexicon::negation_whole);
  CHECK(lex.negation_words.at("could soon") == Lexicon::negation_whole);
  CHECK(lex.negation_words.at("could") == Lexicon::negation_first);
  CHECK(lex.document_participation.cue_heads.count("sent"));
  CHECK(lex.document_participation.cue_heads.count("sent observers"));
  CHECK_FALSE(lex.document_participation.cue_heads.count("sent observers to"));
  // The matcher's fixed words keep their ids; every pattern word has one.
  CHECK(lex.word_id("the") == word::the);
  CHECK(lex.word_id("with") == word::with);
  for (const auto& p : lex.patterns)
    for (const auto& e : p.elements)
      for (std::size_t a = 0; a < e.words.size(); ++a) {
        CHECK(e.whole_ids[a] == lex.word_id(e.words[a]));
        CHECK(std::is_sorted(e.first_ids.begin(), e.first_ids.end()));
      }
}

TEST_CASE("segmentation: invalid and multi-byte UTF-8 sequences keep sentence offsets", "[segment][s14]") {
  // Each middle piece is one kind of sequence (decode_sequence): valid 2, 3 and 4 bytes,
  // an overlong form, a surrogate, beyond U+10FFFF, a lone continuation, a cut sequence.
  const char* middles[] = {"\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x9B\xA1", "\xC0\xAF", "\xE0\x80\xAF",
                           "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xF0\x9F", "\xFF\xFE"};
  for (const char* middle : middles) {
    std::string first = std::string("Delegates met ") + middle + " in Oslo.";
    std::string text = first + " The talks ended on Friday.";
    INFO(text);
    auto spans = segment_sentences(text);
    REQUIRE(spans.size() == 2);
    CHECK(spans[0].start == 0);
    CHECK(spans[0].end == first.size());
    CHECK(text.substr(spans[1].start, spans[1].end - spans[1].start) == "The talks ended on Friday.");
  }
}
