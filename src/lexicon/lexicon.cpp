#include "lexicon/lexicon.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "io/graph_json.hpp"
#include "io/json_support.hpp"
#include "lexicon/lexicon_memo.hpp"
#include "recognise/tokens.hpp"
#include "util/ascii.hpp"
#include "util/errors.hpp"
#include "util/names.hpp"
#include "util/resources.hpp"

namespace newsgraph {
namespace {

using Value = rapidjson::Value;

std::vector<std::string> strings_of(const Value& v) {
  std::vector<std::string> out;
  for (const auto& s : v.GetArray()) out.emplace_back(s.GetString(), s.GetStringLength());
  return out;
}

// Adds the words of `more` not yet in `to`, in order. Long lists are checked
// through a set of views: a scan of `to` per word made loading quadratic.
void append(std::vector<std::string>& to, std::vector<std::string> more) {
  constexpr std::size_t kScanned = 16;  // up to this many words, a scan is cheaper than a set
  if (to.size() + more.size() <= kScanned) {
    for (auto& s : more)
      if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(std::move(s));
    return;
  }
  to.reserve(to.size() + more.size());  // (no reallocation: the views stay valid)
  std::unordered_set<std::string_view> have(to.begin(), to.end());
  for (auto& s : more) {
    if (have.count(s)) continue;
    to.push_back(std::move(s));
    have.insert(to.back());
  }
}

// Merges `e` into the first entry of its label and type, else adds it.
// `index`: the lexicon's entities by label (a scan of them per entry made
// loading quadratic), filled at the file's first entry.
using EntityIndex = std::unordered_multimap<std::string, std::size_t>;
void merge_entity(Lexicon& lex, LexEntity e, EntityIndex& index) {
  if (index.empty())
    for (std::size_t i = 0; i < lex.entities.size(); ++i) index.emplace(lex.entities[i].label, i);
  std::size_t first = lex.entities.size();
  auto [from, to] = index.equal_range(e.label);
  for (auto it = from; it != to; ++it)
    if (lex.entities[it->second].type == e.type) first = std::min(first, it->second);
  if (first < lex.entities.size()) {
    LexEntity& have = lex.entities[first];
    append(have.aliases, std::move(e.aliases));
    append(have.demonyms, std::move(e.demonyms));
    append(have.peoples, std::move(e.peoples));
    if (!e.located_in.empty()) have.located_in = e.located_in;
    if (!e.part_of.empty()) have.part_of = e.part_of;
    if (!e.leads.empty()) have.leads = e.leads;
    append(have.references, std::move(e.references));
    have.town = have.town && e.town;  // a town a file also lists as an entity is a name like any other
    return;
  }
  index.emplace(e.label, lex.entities.size());
  lex.entities.push_back(std::move(e));
}

// One pass over the entry's members (a look-up by name searches them one by one: nine
// per entry, ~16,000 entries at every start); as a look-up would, the first of a repeated name counts.
LexEntity entity_of(const Value& v) {
  LexEntity e;
  const char* type = nullptr;
  unsigned seen = 0;
  auto first = [&](unsigned field) { return !(std::exchange(seen, seen | 1u << field) & 1u << field); };
  for (const auto& m : v.GetObject()) {
    const std::string_view name(m.name.GetString(), m.name.GetStringLength());
    const Value& x = m.value;
    if (name == "label" && first(0)) e.label = x.GetString();
    else if (name == "type" && first(1)) type = x.GetString();
    else if (name == "aliases" && first(2)) e.aliases = strings_of(x);
    else if (name == "demonyms" && first(3)) e.demonyms = strings_of(x);
    else if (name == "peoples" && first(4)) e.peoples = strings_of(x);
    else if (name == "located_in" && first(5)) e.located_in = x.GetString();
    else if (name == "part_of" && first(6)) e.part_of = x.GetString();
    else if (name == "leads" && first(7)) e.leads = x.GetString();
    else if (name == "references" && first(8)) e.references = strings_of(x);
  }
  if (type) e.type = *parse_node_type(type);
  return e;
}

void read_map(const Value& v, std::map<std::string, std::vector<std::string>>& to, bool replace) {
  if (replace) to.clear();
  for (const auto& m : v.GetObject()) append(to[m.name.GetString()], strings_of(m.value));
}

// The N of a gap `...N` (`...` alone: 6). Refused unless a whole number up
// to kMaxGap: a gap is tried at every length, so a huge one would only make
// matching slow (found by fuzzing: `...x` used to escape as std::invalid_argument).
constexpr unsigned kMaxGap = 20;
unsigned gap_length(std::string_view part, const std::string& source, const std::string& name) {
  std::string_view digits = part.substr(3);
  if (digits.empty()) return 6;
  unsigned n = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || end != digits.data() + digits.size() || n > kMaxGap)
    throw InputError(source, "pattern " + name + ": " + std::string(part) +
                                 " is not a gap: write ... or ...N, N a whole number up to " + std::to_string(kMaxGap));
  return n;
}

// Compiles a pattern's `match` text; throws InputError on a bad element.
std::vector<PatternElement> compile_match(const std::string& match, const std::string& source, const std::string& name) {
  std::vector<PatternElement> out;
  for_each_word(match, [&](std::string_view part) {
    PatternElement e;
    if (part.size() > 1 && part.back() == '?') {
      e.optional = true;
      part.remove_suffix(1);
    }
    if (part == "$") {
      e.kind = PatternElement::End;
    } else if (part.starts_with("...")) {
      e.kind = PatternElement::Gap;
      e.max_gap = gap_length(part, source, name);
    } else if (part.size() > 2 && (part[0] == 'S' || part[0] == 'O') && part[1] == ':') {
      e.kind = PatternElement::Slot;
      e.role = part[0];
      for_each_part(part.substr(2), '|', [&](std::string_view t) {
        auto type = parse_node_type(t);
        if (!type) throw InputError(source, "pattern " + name + ": unknown type " + std::string(t));
        e.types.push_back(*type);
      });
    } else {
      e.kind = PatternElement::Words;
      for_each_part(part, '|', [&](std::string_view alt) {
        if (alt == "$") {
          e.or_end = true;
          return;
        }
        if (alt == "$$") {
          e.or_line_end = true;
          return;
        }
        e.written.emplace_back(alt);  // keyed by index(), once the spelling variants are known
      });
    }
    out.push_back(std::move(e));
  });
  return out;
}

std::vector<NodeType> node_types_of(const Value& v) {
  std::vector<NodeType> out;
  for (const auto& t : v.GetArray())
    if (auto type = parse_node_type(t.GetString())) out.push_back(*type);
  return out;
}

// A family of the same relation replaces the earlier one (a user's lexicon overrides).
void read_cue_families(Lexicon& lex, const Value& v, bool replace) {
  if (replace) lex.cue_families.clear();
  for (const auto& f : v.GetArray()) {
    CueFamily c;
    c.relation = *parse_edge_type(f["relation"].GetString());
    c.sources = node_types_of(f["sources"]);
    c.targets = node_types_of(f["targets"]);
    c.cues = strings_of(f["cues"]);
    if (f.HasMember("confidence")) c.confidence = f["confidence"].GetDouble();
    if (f.HasMember("event")) c.event = f["event"].GetBool();
    if (f.HasMember("hedges")) c.hedges = strings_of(f["hedges"]);
    std::erase_if(lex.cue_families, [&](const CueFamily& o) { return o.relation == c.relation; });
    lex.cue_families.push_back(std::move(c));
  }
}

// A later file's lists add to the shipped ones; its confidence replaces.
void read_document_participation(DocumentParticipation& d, const Value& v) {
  if (v.HasMember("cues")) append(d.cues, strings_of(v["cues"]));
  if (v.HasMember("people_nouns")) append(d.people_nouns, strings_of(v["people_nouns"]));
  if (v.HasMember("other_editions")) append(d.other_editions, strings_of(v["other_editions"]));
  if (v.HasMember("auxiliaries")) append(d.auxiliaries, strings_of(v["auxiliaries"]));
  if (v.HasMember("subject_openers")) append(d.subject_openers, strings_of(v["subject_openers"]));
  if (v.HasMember("clause_openers")) append(d.clause_openers, strings_of(v["clause_openers"]));
  if (v.HasMember("free_words")) append(d.free_words, strings_of(v["free_words"]));
  if (v.HasMember("confidence")) d.confidence = v["confidence"].GetDouble();
}

void read_pair_nouns(PairNouns& pairs, const Value& v) {
  if (v.HasMember("nations")) append(pairs.nations, strings_of(v["nations"]));
  if (v.HasMember("parties")) append(pairs.parties, strings_of(v["parties"]));
  if (v.HasMember("bodies")) append(pairs.bodies, strings_of(v["bodies"]));
  if (v.HasMember("people")) append(pairs.people, strings_of(v["people"]));
  if (v.HasMember("exercises")) append(pairs.exercises, strings_of(v["exercises"]));
}

void read_patterns(Lexicon& lex, const Value& doc, const std::string& source) {
  bool replace = doc.HasMember("replace") && doc["replace"].GetBool();
  if (replace) lex.patterns.clear();
  if (doc.HasMember("negators")) append(lex.negators, strings_of(doc["negators"]));
  if (doc.HasMember("modals")) append(lex.modals, strings_of(doc["modals"]));
  if (doc.HasMember("state_body_words")) append(lex.state_body_words, strings_of(doc["state_body_words"]));
  if (doc.HasMember("group_nouns")) append(lex.group_nouns, strings_of(doc["group_nouns"]));
  if (doc.HasMember("share_nouns")) append(lex.share_nouns, strings_of(doc["share_nouns"]));
  if (doc.HasMember("seat_nouns")) append(lex.seat_nouns, strings_of(doc["seat_nouns"]));
  if (doc.HasMember("body_nouns")) append(lex.body_nouns, strings_of(doc["body_nouns"]));
  if (doc.HasMember("bilateral_agreement_words"))
    append(lex.bilateral_agreement_words, strings_of(doc["bilateral_agreement_words"]));
  if (doc.HasMember("subject_adverbs")) append(lex.subject_adverbs, strings_of(doc["subject_adverbs"]));
  if (doc.HasMember("verb_auxiliaries")) append(lex.verb_auxiliaries, strings_of(doc["verb_auxiliaries"]));
  if (doc.HasMember("verb_adverbs")) append(lex.verb_adverbs, strings_of(doc["verb_adverbs"]));
  if (doc.HasMember("condition_words")) append(lex.condition_words, strings_of(doc["condition_words"]));
  if (doc.HasMember("prospect_words")) append(lex.prospect_words, strings_of(doc["prospect_words"]));
  if (doc.HasMember("question_openers")) append(lex.question_openers, strings_of(doc["question_openers"]));
  if (doc.HasMember("extension_stops")) append(lex.extension_stops, strings_of(doc["extension_stops"]));
  if (doc.HasMember("person_list_stops")) append(lex.person_list_stops, strings_of(doc["person_list_stops"]));
  if (doc.HasMember("unit_words")) append(lex.unit_words, strings_of(doc["unit_words"]));
  if (doc.HasMember("nation_groups")) read_map(doc["nation_groups"], lex.nation_groups, replace);
  if (doc.HasMember("cue_families")) read_cue_families(lex, doc["cue_families"], replace);
  if (doc.HasMember("pair_nouns")) read_pair_nouns(lex.pair_nouns, doc["pair_nouns"]);
  if (doc.HasMember("document_participation")) read_document_participation(lex.document_participation, doc["document_participation"]);
  for (const auto& p : doc["patterns"].GetArray()) {
    RelationPattern rp;
    rp.name = p["name"].GetString();
    rp.relation = *parse_edge_type(p["relation"].GetString());
    rp.elements = compile_match(p["match"].GetString(), source, rp.name);
    if (p.HasMember("confidence")) rp.confidence = p["confidence"].GetDouble();
    if (p.HasMember("implicit_object")) rp.implicit_object = parse_node_type(p["implicit_object"].GetString());
    if (p.HasMember("event")) rp.event = p["event"].GetBool();
    if (p.HasMember("creates")) rp.creates = p["creates"].GetBool();
    if (p.HasMember("dated_after")) rp.dated_after = p["dated_after"].GetBool();
    if (p.HasMember("standing")) rp.standing = p["standing"].GetBool();
    if (p.HasMember("last_object")) rp.last_object = p["last_object"].GetBool();
    std::erase_if(lex.patterns, [&](const RelationPattern& q) { return q.name == rp.name; });
    lex.patterns.push_back(std::move(rp));
  }
}

void add_keys(WordSet& to, const Value& v) {
  for (const auto& w : v.GetArray()) to.insert(lower_word(w.GetString()));
}

// Words without their final dot, lower case: how the segmenter compares them.
void add_undotted(WordSet& to, const Value& v) {
  for (const auto& w : v.GetArray()) {
    std::string k = lower_word(w.GetString());
    while (!k.empty() && k.back() == '.') k.pop_back();
    if (!k.empty()) to.insert(k);
  }
}

// Names in calendar order, each the full name then short forms, by position.
void add_calendar_names(WordMap<int>& to, WordSet* short_forms,
                        const Value& v, int first) {
  int n = first;
  for (const auto& names : v.GetArray()) {
    bool full = true;
    for (const auto& w : names.GetArray()) {
      std::string k = lower_word(w.GetString());
      to[k] = n;
      if (!full && short_forms) short_forms->insert(k);
      full = false;
    }
    ++n;
  }
}

void read_temporal(TemporalWords& t, const Value& v, bool replace) {
  if (replace) t = TemporalWords{};
  if (v.HasMember("months")) add_calendar_names(t.months, &t.short_months, v["months"], 1);
  if (v.HasMember("weekdays")) add_calendar_names(t.weekdays, &t.short_weekdays, v["weekdays"], 0);
  const std::pair<const char*, WordSet*> sets[] = {
      {"date_cues", &t.date_cues},         {"since_words", &t.since_words},   {"until_words", &t.until_words},
      {"from_words", &t.from_words},       {"between_words", &t.between_words}, {"span_links", &t.span_links},
      {"and_links", &t.and_links},         {"modifiers", &t.modifiers},       {"ago_words", &t.ago_words},
      {"numbered_nouns", &t.numbered_nouns}, {"future_cues", &t.future_cues},
      {"saying_words", &t.saying_words},   {"clause_openers", &t.clause_openers},
      {"clause_conjunctions", &t.clause_conjunctions}, {"other_time_words", &t.other_time_words},
      {"contrast_conjunctions", &t.contrast_conjunctions}, {"relative_words", &t.relative_words},
      {"since_event_openers", &t.since_event_openers}, {"since_event_links", &t.since_event_links},
      {"occurrence_verbs", &t.occurrence_verbs}, {"past_tense_words", &t.past_tense_words},
      {"finite_verbs", &t.finite_verbs},
      {"office_phrases", &t.office_phrases}, {"occasion_phrases", &t.occasion_phrases}, {"date_field_labels", &t.date_field_labels},
      {"told_occasion_phrases", &t.told_occasion_phrases}, {"continuation_words", &t.continuation_words},
      {"meeting_verbs", &t.meeting_verbs},
      {"first_day_phrases", &t.first_day_phrases}, {"closing_phrases", &t.closing_phrases},
      {"closing_verbs", &t.closing_verbs}, {"object_openers", &t.object_openers},
      {"appointing_verbs", &t.appointing_verbs}, {"event_nouns", &t.event_nouns},
      {"edition_words", &t.edition_words}, {"pair_nouns", &t.pair_nouns}, {"meeting_words", &t.meeting_words}, {"effective_phrases", &t.effective_phrases},
      {"creation_words", &t.creation_words}, {"joining_words", &t.joining_words},
      {"agreement_nouns", &t.agreement_nouns}, {"day_parts", &t.day_parts},
      {"quarter_prefixes", &t.quarter_prefixes}, {"half_prefixes", &t.half_prefixes}};
  for (const auto& [name, set] : sets)
    if (v.HasMember(name)) add_keys(*set, v[name]);
  const std::pair<const char*, WordMap<int>*> maps[] = {
      {"shift_words", &t.shift_words}, {"day_words", &t.day_words}, {"number_words", &t.number_words},
      {"ordinal_words", &t.ordinal_words}, {"periods", &t.periods}, {"sequence_words", &t.sequence_words}};
  for (const auto& [name, map] : maps)
    if (v.HasMember(name))
      for (const auto& m : v[name].GetObject()) (*map)[lower_word(m.name.GetString())] = m.value.GetInt();
  if (v.HasMember("units"))
    for (const auto& m : v["units"].GetObject())
      for (const auto& w : m.value.GetArray()) t.units[lower_word(w.GetString())] = m.name.GetString();
  if (v.HasMember("lede_word_groups")) {
    int group = 0;
    for (const auto& g : v["lede_word_groups"].GetArray()) {
      for (const auto& w : g.GetArray()) t.lede_word_groups[lower_word(w.GetString())] = group;
      ++group;
    }
  }
  if (v.HasMember("seasons"))
    for (const auto& m : v["seasons"].GetObject())
      t.seasons[lower_word(m.name.GetString())] = {m.value[0].GetInt(), m.value[1].GetInt()};
}

void read_segmentation(Lexicon& lex, const Value& v, bool replace) {
  SegmentWords& s = lex.segmentation;
  if (replace) s = SegmentWords{}, lex.name_abbreviations.clear();
  if (v.HasMember("holding_abbreviations")) add_undotted(s.holding, v["holding_abbreviations"]);
  if (v.HasMember("ending_abbreviations")) add_undotted(s.ending, v["ending_abbreviations"]);
  if (v.HasMember("sentence_starters")) add_keys(s.starters, v["sentence_starters"]);
  if (v.HasMember("name_abbreviations")) append(lex.name_abbreviations, strings_of(v["name_abbreviations"]));
}

void read_metadata(Lexicon& lex, const Value& v, bool replace) {
  MetadataWords& m = lex.metadata;
  if (replace) m = MetadataWords{};
  if (v.HasMember("outlet_words")) append(m.outlet_words, strings_of(v["outlet_words"]));
  if (v.HasMember("dateline_words")) append(m.dateline_words, strings_of(v["dateline_words"]));
  if (v.HasMember("date_labels")) append(m.date_labels, strings_of(v["date_labels"]));
  if (v.HasMember("other_date_labels")) append(m.other_date_labels, strings_of(v["other_date_labels"]));
  if (v.HasMember("byline_labels")) append(m.byline_labels, strings_of(v["byline_labels"]));
  if (v.HasMember("byline_titles")) append(m.byline_titles, strings_of(v["byline_titles"]));
  if (v.HasMember("month_first_zones")) append(m.month_first_zones, strings_of(v["month_first_zones"]));
  if (v.HasMember("section_names")) append(m.section_names, strings_of(v["section_names"]));
  if (v.HasMember("dateline_months")) {
    const Value& months = v["dateline_months"];
    m.dateline_months.resize(std::max<std::size_t>(m.dateline_months.size(), months.Size()));
    for (rapidjson::SizeType i = 0; i < months.Size(); ++i) append(m.dateline_months[i], strings_of(months[i]));
  }
}

void read_word_lists(Lexicon& lex, const rapidjson::Value& doc, bool replace);

}  // namespace

void add_lexicon_json(Lexicon& lex, std::string_view text, const std::string& source, bool validate) {
  // One parse, checked and then validated. Unvalidated (the shipped files, whose UTF-8 the schema
  // unit test checks): parsed in place in a copy of the text that the document's strings view
  // (declared first: it outlives them); a copying parse writes each string twice, at every start.
  std::string in_place;
  rapidjson::Document doc;
  bool insitu = !validate && text.find('\0') == std::string_view::npos;  // (a NUL: the copying parse, as before)
  if (insitu) {
    in_place.assign(text);
    doc.ParseInsitu(in_place.data());
  }
  if (!insitu || doc.HasParseError()) parse_json_text(doc, text, source, validate);  // (an error is told from the text)
  bool is_patterns = doc.IsObject() && doc.HasMember("patterns");
  if (validate)
    validate_json_document(doc, is_patterns ? "schemas/patterns.schema.json" : "schemas/lexicon.schema.json", source);
  if (is_patterns) return read_patterns(lex, doc, source);
  bool replace = doc.HasMember("replace") && doc["replace"].GetBool();
  if (doc.HasMember("temporal")) read_temporal(lex.temporal, doc["temporal"], replace);
  if (doc.HasMember("segmentation")) read_segmentation(lex, doc["segmentation"], replace);
  if (doc.HasMember("metadata")) read_metadata(lex, doc["metadata"], replace);
  if (replace && (doc.HasMember("entities") || doc.HasMember("towns"))) lex.entities.clear();
  EntityIndex index;
  if (doc.HasMember("entities"))
    for (const auto& v : doc["entities"].GetArray()) merge_entity(lex, entity_of(v), index);
  if (doc.HasMember("towns"))
    for (const auto& v : doc["towns"].GetArray()) {
      LexEntity town = entity_of(v);
      town.town = true;
      merge_entity(lex, std::move(town), index);
    }
  read_word_lists(lex, doc, replace);
}

namespace {

using NamedList = std::pair<const char*, std::vector<std::string>*>;

// The lists of `v` named in `lists`, appended (replaced with `replace`).
template <std::size_t N>
void read_named_lists(const rapidjson::Value& v, const NamedList (&lists)[N], bool replace) {
  for (const auto& [name, list] : lists) {
    if (!v.HasMember(name)) continue;
    if (replace) list->clear();
    append(*list, strings_of(v[name]));
  }
}

void read_cue_lists(Lexicon& lex, const rapidjson::Value& doc, bool replace);
void read_cue_maps(Lexicon& lex, const rapidjson::Value& doc, bool replace);

// The word lists and word maps of a lexicon file, appended (replaced with `replace`).
void read_word_lists(Lexicon& lex, const rapidjson::Value& doc, bool replace) {
  read_cue_lists(lex, doc, replace);
  read_cue_maps(lex, doc, replace);
  if (doc.HasMember("occasion_it_verbs")) {
    OccasionItVerbs& verbs = lex.occasion_it_verbs;
    const NamedList lists[] = {{"passive_auxiliaries", &verbs.passive_auxiliaries}, {"organised", &verbs.organised},
                               {"hosted", &verbs.hosted}, {"gathering", &verbs.gathering}, {"joined", &verbs.joined}};
    read_named_lists(doc["occasion_it_verbs"], lists, replace);
  }
}

// The lists of words of a lexicon file (cues.json and the like), by name.
void read_cue_lists(Lexicon& lex, const rapidjson::Value& doc, bool replace) {
  const NamedList lists[] = {{"title_only", &lex.title_only},         {"demoting_words", &lex.demoting_words}, {"unit_head_phrases", &lex.unit_head_phrases}, {"whole_body_head_words", &lex.whole_body_head_words},
                             {"byline_verbs", &lex.byline_verbs},     {"speech_verbs", &lex.speech_verbs},
                             {"office_titles", &lex.office_titles}, {"government_head_titles", &lex.government_head_titles}, {"state_head_titles", &lex.state_head_titles}, {"role_modifiers", &lex.role_modifiers},
                             {"deputy_words", &lex.deputy_words},
                             {"credit_labels", &lex.credit_labels}, {"line_labels", &lex.line_labels},
                             {"given_names", &lex.given_names}, {"family_names", &lex.family_names},       {"not_names", &lex.not_names},
                             {"portfolio_words", &lex.portfolio_words},
                             {"post_nominals", &lex.post_nominals},
                             {"representative_nouns", &lex.representative_nouns},
                             {"function_words", &lex.function_words}, {"org_prefix_words", &lex.org_prefix_words},
                             {"negators", &lex.negators},             {"modals", &lex.modals},
                             {"generic_org_words", &lex.generic_org_words}, {"nation_wide_names", &lex.nation_wide_names},
                             {"name_particles", &lex.name_particles}, {"place_cues", &lex.place_cues},
                             {"place_in_blockers", &lex.place_in_blockers}, {"venue_nouns", &lex.venue_nouns},
                             {"foreign_connectors", &lex.foreign_connectors},
                             {"not_org_acronyms", &lex.not_org_acronyms}, {"signing_verbs", &lex.signing_verbs},
                             {"visit_verbs", &lex.visit_verbs},
                             {"team_acronym_parts", &lex.team_acronym_parts},
                             {"plural_possessive_name_words", &lex.plural_possessive_name_words},
                             {"role_closing_words", &lex.role_closing_words},
                             {"person_cue_nouns", &lex.person_cue_nouns},
                             {"people_list_nouns", &lex.people_list_nouns}, {"people_list_openers", &lex.people_list_openers}, {"place_prefixes", &lex.place_prefixes},
                             {"adjective_names", &lex.adjective_names}, {"description_adjectives", &lex.description_adjectives},
                             {"name_meeting_verbs", &lex.name_meeting_verbs}, {"name_meeting_nouns", &lex.name_meeting_nouns},
                             {"org_nouns", &lex.org_nouns},
                             {"place_modifiers", &lex.place_modifiers}, {"naming_words", &lex.naming_words},
                             {"clause_verbs", &lex.clause_verbs}, {"exercise_verbs", &lex.exercise_verbs},
                             {"organiser_verbs", &lex.organiser_verbs},
                             {"modified_heads", &lex.modified_heads},
                             {"subject_pronouns", &lex.subject_pronouns}, {"region_nouns", &lex.region_nouns},
                             {"companion_words", &lex.companion_words},
                             {"companion_closers", &lex.companion_closers}, {"not_verbs", &lex.not_verbs},
                             {"echo_phrases", &lex.echo_phrases},
                             {"participant_list_leads", &lex.participant_list_leads},
                             {"retraction_phrases", &lex.retraction_phrases}, {"correction_openers", &lex.correction_openers},
                             {"denial_sentences", &lex.denial_sentences},
                             {"link_labels", &lex.link_labels}, {"past_verbs", &lex.past_verbs},
                             {"subject_asides", &lex.subject_asides}, {"pledge_verbs", &lex.pledge_verbs},
                             {"table_participant_headers", &lex.table_participant_headers},
                             {"appointment_verbs", &lex.appointment_verbs},
                             {"determiners", &lex.determiners}, {"retired_marks", &lex.retired_marks},
                             {"command_taking_words", &lex.command_taking_words}, {"led_by_verbs", &lex.led_by_verbs},
                             {"succession_verbs", &lex.succession_verbs}, {"visiting_verbs", &lex.visiting_verbs}};
  read_named_lists(doc, lists, replace);
}

// The maps of a lexicon file (a key -> words, role -> head, spelling variants).
void read_cue_maps(Lexicon& lex, const rapidjson::Value& doc, bool replace) {
  struct MapField {
    const char* name;
    std::map<std::string, std::vector<std::string>>* map;
  };
  const MapField maps[] = {{"head_words", &lex.head_words}, {"person_titles", &lex.person_titles},
                           {"role_nouns", &lex.role_nouns}, {"type_nouns", &lex.type_nouns},
                           {"anaphora", &lex.anaphora}, {"anaphor_heads", &lex.anaphor_heads},     {"lowercase_heads", &lex.lowercase_heads}};
  for (const auto& f : maps)
    if (doc.HasMember(f.name)) read_map(doc[f.name], *f.map, replace);
  if (doc.HasMember("role_to_org_head")) {
    if (replace) lex.role_to_org_head.clear();
    for (const auto& m : doc["role_to_org_head"].GetObject()) lex.role_to_org_head[m.name.GetString()] = m.value.GetString();
  }
  // {"party_to": ["signing"]}: words by the relation they are the act of
  for (auto [name, words] : {std::pair{"act_nouns", &lex.act_nouns}, std::pair{"act_participles", &lex.act_participles}}) {
    if (!doc.HasMember(name)) continue;
    if (replace) words->clear();
    for (const auto& m : doc[name].GetObject())
      if (auto relation = parse_edge_type(m.name.GetString()))
        for (const auto& w : strings_of(m.value)) words->emplace_back(w, *relation);
  }
  if (doc.HasMember("variants")) {
    if (replace) lex.variants.clear();
    for (const auto& pair : doc["variants"].GetArray()) lex.variants.emplace_back(pair[0].GetString(), pair[1].GetString());
  }
}

}  // namespace

std::optional<std::uint32_t> Lexicon::find_entity(std::string_view label) const {
  std::string key = name_key_of(label);
  auto it = label_index.find(key);
  if (it != label_index.end()) return it->second;
  auto hit = gazetteer.find(key);
  if (hit == gazetteer.end()) return std::nullopt;
  for (const auto& h : hit->second)
    if (h.form != LexForm::Demonym) return h.entity;
  return std::nullopt;
}

std::optional<std::uint32_t> Lexicon::find_nation(std::string_view label) const {
  auto n = find_entity(label);
  return n && entities[*n].type == NodeType::Nation ? n : std::nullopt;
}

std::optional<std::uint32_t> Lexicon::nation_of_demonym(std::string_view word) const {
  auto it = gazetteer.find(name_key_of(word));
  if (it == gazetteer.end()) return std::nullopt;
  for (const auto& h : it->second)
    if (h.form == LexForm::Demonym && entities[h.entity].type == NodeType::Nation) return h.entity;
  return std::nullopt;
}

bool Lexicon::generic_key(std::string_view key) const {
  if (key.empty()) return false;
  for (std::size_t pos = 0;;) {
    auto space = key.find(' ', pos);
    if (!generic_org_set.count(std::string(key.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos))))
      return false;
    if (space == std::string_view::npos) return true;
    pos = space + 1;
  }
}

namespace {

Lexicon shipped_lexicon() {
  Lexicon lex;
  std::vector<const EmbeddedResource*> files;
  for (const auto& r : embedded_resources())
    if (r.path.starts_with("src/lexicon/data/") && r.path.ends_with(".json")) files.push_back(&r);
  std::sort(files.begin(), files.end(), [](auto* a, auto* b) { return a->path < b->path; });
  // nations.json before nation_names.json is not needed: entries merge by label either way.
  // The shipped files are checked against their schemas by the unit tests
  // (test_lexicon_schema_s20), not at every start: validating them was 40%
  // of loading the lexicon, which every run of the tool pays.
  for (const auto* f : files) add_lexicon_json(lex, f->content, std::string(f->path), false);
  return lex;
}

}  // namespace

std::shared_ptr<const Lexicon> default_lexicon() {
  static std::once_flag once;
  static std::shared_ptr<const Lexicon> lexicon;
  std::call_once(once, [] {
    auto lex = std::make_shared<Lexicon>(shipped_lexicon());
    lex->index();
    lexicon = lex;
  });
  return lexicon;
}

namespace {
// The shipped lexicon without copying its shared_ptr: the default words are
// asked for many times per sentence on every thread, and each copy wrote
// the pointer's shared count (one cache line for all threads).
const Lexicon& shipped_once() {
  static const Lexicon& lexicon = *default_lexicon();
  return lexicon;
}
}  // namespace

const TemporalWords& default_temporal_words() { return shipped_once().temporal; }
const SegmentWords& default_segment_words() { return shipped_once().segmentation; }
const MetadataWords& default_metadata_words() { return shipped_once().metadata; }

std::shared_ptr<const Lexicon> load_lexicon(const std::optional<std::string>& dir) {
  if (!dir) return default_lexicon();
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(*dir, ec) && !fs::is_directory(*dir, ec))
    throw IoError(*dir, "is a file: --lexicon takes the folder that holds the lexicon's .json files");
  if (!fs::is_directory(*dir, ec)) throw IoError(*dir, "lexicon folder not found");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(*dir, ec))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  if (ec) throw IoError(*dir, "cannot read lexicon folder: " + ec.message());
  std::sort(files.begin(), files.end());
  auto lex = std::make_shared<Lexicon>(*default_lexicon());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) throw IoError(f.string(), "cannot read");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    add_lexicon_json(*lex, text, f.string());
  }
  lex->index();
  return lex;
}

}  // namespace newsgraph
