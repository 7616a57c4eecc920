// The lexicon: what newsgraph knows before it reads anything, as data.
//
// Takes: the JSON files of src/lexicon/data/ (compiled in) and, optionally,
// a user's folder of files with the same schema (schemas/lexicon.schema.json
// for entities, cues and the temporal and segmentation words,
// schemas/patterns.schema.json for relation patterns).
// Gives: gazetteer entries, typing cues and relation patterns, with the
// indexes recognition needs (token-sequence keys -> entries).
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/types.hpp"
#include "document/metadata_words.hpp"
#include "segment/sentences.hpp"
#include "temporal/words.hpp"
#include "util/flat_word_table.hpp"

namespace newsgraph {

struct LexEntity {
  std::string label;
  NodeType type = NodeType::Organisation;
  std::vector<std::string> aliases;
  std::vector<std::string> demonyms;
  std::vector<std::string> peoples;  // a nation's people in the plural no rule makes ("Finns", "Swedes")
  std::string located_in;  // label of another entry
  std::string part_of;
  std::string leads;
  std::vector<std::string> references;  // common nouns that point back to it ("alliance", "bloc")
  // A file's "towns" (places_world.json): a place only where no other name or rule claims the
  // words, so not in the gazetteer ("Victoria Munteanu", "Committee Mati Tamm" stay people).
  bool town = false;
};

// How a gazetteer key names its entry.
// People: a nation's people by the plural of its demonym ("the Romanians"), a name only after "the".
enum class LexForm : std::uint8_t { Label, Alias, Demonym, People };

struct LexHit {
  std::uint32_t entity = 0;
  LexForm form = LexForm::Label;
  bool exact_case = false;  // all-capital forms ("US", "ACT") match only in capitals
};

// Ids of the words the relation matcher compares, so that it compares
// integers, not strings (Lexicon::word_id). The words of the patterns get
// the ids after these; any other key is `other`. Spelled in lexicon.cpp.
namespace word {
enum : std::uint32_t {
  other = 0, the, comma, and_, or_, now, possessive, pair, role, semicolon, period, colon, question, bang,
  but, while_, which, who, of, alongside, along, with, as, well, together, such, including, like, amp, count
};
}

// One relation pattern (patterns.json); `elements` is the compiled `match`.
struct PatternElement {
  enum Kind : std::uint8_t { Slot, Words, Gap, End } kind = Words;
  char role = 0;                       // 'S' or 'O' for slots
  std::vector<NodeType> types;         // slot types
  std::vector<std::string> written;    // alternatives as the file spells them ("co-chaired", "set_up")
  std::vector<std::string> words;      // the same keyed by index(): its token keys joined by spaces
  std::vector<std::vector<std::string>> word_tokens;  // and those token keys ("co chaired" is one)
  bool optional = false;
  bool or_end = false;  // "said|$": a clause end is one of the alternatives
  bool or_line_end = false;  // "-|$$": the sentence's end (a comma is none), or only its nation after a comma
  unsigned max_gap = 0;
  // By index(), per alternative: the word ids of its tokens, and the id of
  // the whole alternative as one (hyphenated) token key.
  std::vector<std::vector<std::uint32_t>> word_seqs;
  std::vector<std::uint32_t> whole_ids;
  // By index(), sorted: the ids a match starts with (each alternative's first
  // token, or the whole as one token), for the matcher's quick rejection.
  std::vector<std::uint32_t> first_ids;
};

// Taking part in a document's topic (patterns.json "document_participation").
struct DocumentParticipation {
  std::vector<std::string> cues, people_nouns, other_editions;
  std::vector<std::string> auxiliaries,  // "A has also taken part": words between a subject and its cue
      subject_openers,                  // ",", "while": what may stand before a subject
      clause_openers,                   // "observed that it ...": words opening a clause after "that"
      free_words;                       // "took part remotely": words after a cue that name nothing taken part in
  WordSet cue_set, people_set, edition_set;  // by index(): token keys
  // By index(): each cue's text before one of its spaces ("took" of "took
  // part"): two words are a cue only when the first is here.
  WordSet cue_heads;
  WordSet auxiliary_set, subject_opener_set, clause_opener_set, free_word_set;  // by index(): as written
  double confidence = 0.6;
};

// What "the two X" and "both X" stand for (patterns.json "pair_nouns"), by
// the noun X: the story's last two nations, parties to a deal, bodies,
// people or exercises.
struct PairNouns {
  std::vector<std::string> nations, parties, bodies, people, exercises;
  WordSet nation_set, party_set, body_set, people_set, exercise_set;  // by index(): token keys
  WordSet any_set;  // by index(): every noun above
};

// A fallback read of a relation (patterns.json "cue_families"): a cue word
// anywhere in a clause whose entities' types admit the relation, where no
// pattern read one. Lower confidence than a pattern.
struct CueFamily {
  EdgeType relation = EdgeType::participates_in;
  std::vector<NodeType> sources, targets;
  std::vector<std::string> cues;  // words or two-word phrases ("took part")
  WordSet cue_set;  // by index(): token keys
  WordSet cue_heads;  // by index(): as DocumentParticipation::cue_heads
  double confidence = 0.5;
  bool event = false;  // dated by its clause
  // Words or two-word phrases that, written right before the cue (a verb adverb
  // between allowed), tell it is not done yet: "will sign", "agreed to ratify".
  std::vector<std::string> hedges;
};

struct RelationPattern {
  std::string name;
  EdgeType relation = EdgeType::member_of;
  std::vector<PatternElement> elements;
  double confidence = 0.8;
  std::optional<NodeType> implicit_object;  // object not written: the latest entity of this type
  bool event = false;                        // a happening: may take the date of the narrative
  bool creates = false;                      // its source is a body the clause sets up: a later "its" is that body
  bool dated_after = false;                  // dated only by a time from its last word on ("and Sweden followed in 2024")
  bool standing = false;                     // a noun phrase's tie ("Estonia's cyber unit"): the clause's time is not its own
  bool last_object = false;                  // a listed object slot gives its last member only ("X, Unit, Parent body")
  std::vector<std::string> anchors;          // first words of the first required word element (index())
  std::vector<std::uint32_t> anchor_ids;     // their word ids
  // By index(): per required word element, the word ids of which one must be
  // in a clause for the pattern to match there.
  std::vector<std::vector<std::uint32_t>> required_ids;
  std::uint32_t index = 0;                   // in Lexicon::patterns
};

// The verbs around "it" that make it the exercise or event a story is about, not
// the body it else stands for (cues.json "occasion_it_verbs").
struct OccasionItVerbs {
  std::vector<std::string> passive_auxiliaries,  // "was", "has": "it was hosted by X"
      organised,  // "hosted", "co-chaired": after those, what is organised
      hosted,     // "X hosted it": a verb right before "it"
      gathering,  // "it brought together A and B": a verb right after "it"
      joined;     // "X joined it as a participant": a verb before "it" and "as"
  // By index(): each as token keys, word by word (Lexicon::phrase_keys).
  std::vector<std::vector<std::string>> passive_auxiliary_words, organised_words, hosted_words, gathering_words, joined_words;
};

struct Lexicon {
  std::vector<LexEntity> entities;
  std::map<std::string, std::vector<std::string>> head_words;   // type name -> words
  std::map<std::string, std::vector<std::string>> person_titles;  // relation -> titles
  std::vector<std::string> title_only;
  std::map<std::string, std::string> role_to_org_head;
  std::vector<std::string> deputy_words;  // "Vice Defense Minister X" holds a title as deputy
  std::vector<std::string> role_modifiers;  // "first", "new": "its first director" is its director
  std::vector<std::string> office_titles;  // "Minister", "Secretary": a title of a state's office (its ministry, else its nation)
  std::vector<std::string> government_head_titles;  // "Prime Minister": an office title that leads the nation
  std::vector<std::string> state_head_titles;  // "President", "King": a title of whoever leads the nation
  std::map<std::string, std::vector<std::string>> role_nouns;
  std::map<std::string, std::vector<std::string>> type_nouns;
  std::map<std::string, std::vector<std::string>> anaphora;
  std::map<std::string, std::vector<std::string>> anaphor_heads;  // "agency" -> "authority", ...: other name words it describes
  std::map<std::string, std::vector<std::string>> lowercase_heads;  // type -> "ministerial meeting", "memorandum of understanding"
  std::map<std::string, std::vector<std::string>> nation_groups;  // patterns.json: "baltic" -> nation labels
  std::vector<std::string> unit_head_phrases, whole_body_head_words;  // cues.json: "head of <field>" heads a unit
  std::vector<std::string> demoting_words, byline_verbs, credit_labels, line_labels, speech_verbs, given_names, family_names, portfolio_words, post_nominals, not_names,
      representative_nouns, function_words, org_prefix_words, negators, modals, generic_org_words,
      nation_wide_names,  // cues.json: "Ministry", "Armed Forces": bodies every nation has, never one by name alone
      state_body_words,  // patterns.json: words naming a body of a state ("Command", "Ministry")
      group_nouns,       // patterns.json: "team", "delegation": leading a nation's one is not leading the nation
      share_nouns,       // patterns.json: "participation" of "A's participation in X was coordinated by B": not X's verb
      seat_nouns, body_nouns,  // patterns.json: "secretariat", "organisation" of "the organisation's secretariat is in X"
      bilateral_agreement_words,  // patterns.json: "memorandum", "roadmap": an agreement of that name is a deal between two
      subject_adverbs,   // patterns.json: "also", "later": an adverb between a subject and its verb
      verb_auxiliaries, verb_adverbs,  // patterns.json: "had" "already" of "had already joined"
      condition_words,   // patterns.json: "if", "unless": opening a subject's clause, what it says is no fact
      prospect_words,    // patterns.json: "talks", "draft": before an agreement named first, it is not yet signed
      question_openers,  // patterns.json: "did", "will": opening a sentence that ends in "?", it asks, it states nothing
      extension_stops,   // patterns.json: "with", "for": a phrase after a pattern's last slot that "including" does not extend
      person_list_stops, // patterns.json: "who", "said", ";": a list of people taking part ends there
      unit_words,        // patterns.json: "Commission" of "ECOWAS Commission": a name opening with its owner's
      name_particles,    // "von", "de": lower-case words inside a person's name
      place_cues,        // "based in", "outside the city of": the name after them is a place
      place_in_blockers, // "took part in X": the word before "in" that makes X no place
      venue_nouns,       // "the Ilinden barracks", "the X training area": a noun after a name that makes it a place
      foreign_connectors,  // "de", "per le", "für": words joining a name that opens with its head ("Centro Nacional de X")
      not_org_acronyms,  // "CEO", "GDP": capitals that name no organisation
      plural_possessive_name_words,  // "Ministers" of "Defence Ministers' Meeting": its apostrophe goes on the name
      role_closing_words,  // "Officer" of "Press Officer": a capitalised run closing with one is a role
      person_cue_nouns,  // "predecessor": the name after it is a person's
      people_list_nouns,  // "delegation", "speakers": a list of names they open is a list of people
      people_list_openers,  // "included", "were", ":": the words that open such a list
      team_acronym_parts,  // "CERT" of "UZCERT", "ngCERT": a word holding one with more letters names a team
      place_prefixes,    // "RAF", "Fort": a word before a name that makes it a place (a base)
      signing_verbs,     // "signed a framework agreement": the agreement is a named thing
      visit_verbs,       // "visited Tokyo": the place or nation after one is not the visitor's own
      adjective_names,   // "Baltic" of "Baltic states": before a lower-case word, no name
      description_adjectives,  // "Regional", "Arab": alone before "exercise"/"drill", a description, no name
      name_meeting_verbs,  // "A B met C D", "A B was received by C D": two unlisted names meeting are people
      name_meeting_nouns,  // "held talks with A B": the unlisted name after "NOUN with" is a person
      org_nouns,         // "bakery chain X", "X, a consultancy": the name is an organisation's
      place_modifiers,   // "in northern X": direction words between "in" and a place
      naming_words,      // "a drill dubbed X", "known as X": the name after them is the noun's
      exercise_verbs,    // "hosted X", "took part in X": X may be the exercise a later "the exercise" describes
      organiser_verbs,   // "teams from X ran a drill": the group that follows them organised, it took no part
      modified_heads,    // "Call" of "Paris Call": a head word only after another word of the name
      subject_pronouns,  // "an exercise it hosted": a pronoun after a noun starts a new clause
      region_nouns,      // "the Black Sea region": nouns a region no nation holds qualifies (no place named)
      clause_verbs,      // "the X exercise took place": verbs that end the noun phrase before them
      companion_words,   // "X, along with Y, took part": a word or two bringing companions into the subject
      companion_closers, // "alongside Y in Tallinn": what may follow the companions closing a clause
      not_verbs,         // "A joined X and the ...": words after "and" that start no second verb
      echo_phrases,      // "A took part, as did B": after a comma, bring a subject doing what the clause's did
      participant_list_leads,  // "Who played:": a lead-in whose list items take part
      appointment_verbs,  // "becomes", "was appointed": a name before one and a role after is a person
      subject_asides,    // "Chile, unlike Peru, took part": an aside whose names are not the verb's subject
      table_participant_headers,  // "| Nation | Team | Role |": a table whose rows are participations
      pledge_verbs,      // "agreed that X would cooperate": a "would" after them reports a commitment
      past_verbs,        // "X in Y sent", "X met": irregular past forms, verbs after a name (not nouns it qualifies)
      retraction_phrases,  // "an earlier version of this article said": a correction's sentence states no fact
      correction_openers,  // "In fact, ...": a sentence opening so corrects what the one before said was said
      denial_sentences,    // "It did not.": a whole sentence denying what the one before said was said
      link_labels;         // "Read more: X hosts Y": a line that links another story states no fact here
  std::vector<std::string> determiners;    // "the", "its": words opening a noun phrase before its noun
  std::vector<std::string> retired_marks;  // "retd", "Ret.": a retired officer's mark in brackets
  std::vector<std::string> command_taking_words;  // "took", "assumed" of "took command of X": X is a body
  std::vector<std::string> led_by_verbs;  // "led", "headed" of "X has been led by": X is a body
  std::vector<std::string> succession_verbs;  // "replaced", "succeeding": "A replaced B", B led what A leads
  std::vector<std::string> visiting_verbs;    // "visited", "was in": "B visited X on Monday and met C" dates the meeting
  // "The signing", "Its accession": an act's noun opening a sentence, and the relation it is the act of
  std::vector<std::pair<std::string, EdgeType>> act_nouns;
  std::vector<std::pair<std::string, EdgeType>> act_participles;  // "Signed on 1 May.": the same, the act's participle
  OccasionItVerbs occasion_it_verbs;
  std::vector<std::pair<std::string, std::string>> variants;  // token key -> canonical
  std::vector<RelationPattern> patterns;
  std::vector<CueFamily> cue_families;  // patterns.json: fallback cues, after the patterns
  DocumentParticipation document_participation;  // patterns.json: taking part in the topic
  PairNouns pair_nouns;                           // patterns.json: "the two nations", "both sides"
  TemporalWords temporal;        // "temporal" sections: months, weekdays, relative words
  SegmentWords segmentation;     // "segmentation" sections: abbreviations, sentence starters
  MetadataWords metadata;        // "metadata" sections: outlet, dateline and date-label words
  std::vector<std::string> name_abbreviations;  // words that keep their dot in names ("St.", "Inc.")

  // Indexes, built by index().
  WordMap<std::vector<LexHit>> gazetteer;  // joined token keys -> entries
  std::size_t max_name_tokens = 1;
  WordMap<NodeType> head_type;   // token key -> type
  WordMap<std::string> title_relation;  // title key -> "leads"/"affiliated_with"
  std::size_t max_title_tokens = 1;
  WordSet title_only_set, line_label_set, given_name_set, family_name_set, portfolio_word_set, post_nominal_set, not_name_set, function_word_set,
      unit_head_set, whole_body_head_set, demoting_set, office_title_set, government_head_set, state_head_set, role_modifier_set, deputy_set, org_prefix_set, negator_set, modal_set, abbreviations, generic_org_set, state_body_set, group_noun_set, share_noun_set, seat_noun_set, body_noun_set, bilateral_agreement_set,
      subject_adverb_set, verb_auxiliary_set, verb_adverb_set, condition_word_set, prospect_word_set, question_opener_set, extension_stop_set, person_list_stop_set, unit_word_set,
      name_particle_set, place_cue_set, place_in_blocker_set, venue_noun_set, foreign_connector_set, not_org_acronym_set, place_prefix_set, signing_verb_set, visit_verb_set,
      adjective_name_set, description_adjective_set, name_meeting_verb_set, name_meeting_noun_set, org_noun_set, place_modifier_set, naming_word_set, clause_verb_set, exercise_verb_set, organiser_verb_set,
      modified_head_set, subject_pronoun_set, region_noun_set, companion_closer_set, not_verb_set, role_closing_set,
      person_cue_noun_set, past_verb_set, people_list_noun_set, people_list_opener_set;
  WordSet determiner_set, retired_mark_set;  // by index(): lower case, as written (no "the" stripped)
  std::vector<std::vector<std::string>> echo_phrase_words;  // echo_phrases as token keys, word by word
  std::vector<std::vector<std::string>> participant_list_lead_words;  // participant_list_leads, likewise
  std::vector<std::vector<std::string>> retraction_phrase_words;  // retraction_phrases, likewise
  std::vector<std::vector<std::string>> correction_opener_words;  // correction_openers, likewise
  std::vector<std::vector<std::string>> denial_sentence_words;    // denial_sentences, likewise
  // The retraction phrases' first words by length (entry 31: longer), a bit per
  // initial (its byte modulo 32): retracts() compares phrases only at a token
  // of such a length and initial (asked of every sentence that gave a fact).
  std::array<std::uint32_t, 32> retraction_first_shapes{};
  std::vector<std::vector<std::string>> link_label_words;  // link_labels, likewise
  // Whether a title word makes "leads" a mere affiliation: a junior or past
  // title of one word ("deputy") or two ("state minister", with `next`).
  bool demotes(std::string_view key, std::string_view next = {}) const {
    return demoting_set.count(key) > 0 || (!next.empty() && demoting_set.count(std::string(key) + " " + std::string(next)) > 0);
  }
  WordMap<NodeType> lowercase_head_type;  // joined token keys -> type
  std::size_t max_lowercase_head_tokens = 1;
  WordSet lowercase_head_first;  // first token keys of those heads
  // negated(): per key, bit 1 when negator_set or modal_set holds it, bit 2 when
  // it is the first word of one of their multi-word entries; one look-up per
  // word instead of four.
  static constexpr std::uint8_t negation_whole = 1, negation_first = 2;
  WordMap<std::uint8_t> negation_words;
  WordMap<std::string> variant_map, role_noun_relation, representative_set;
  // The lengths and first bytes of variant_map's keys (variant_shape()): token_key() looks up only those.
  std::uint64_t variant_shapes = 0;
  // A key's length (bits 0-31, 31 for longer) and first byte (bits 32-63, by its value modulo 32).
  static std::uint64_t variant_shape(std::string_view key) {
    if (key.empty()) return 0;
    return (std::uint64_t{1} << std::min<std::size_t>(key.size(), 31)) |
           (std::uint64_t{1} << (32 + (static_cast<unsigned char>(key[0]) & 31u)));
  }
  WordMap<NodeType> type_noun_type, anaphor_type;
  WordMap<std::uint32_t> label_index;  // name_key(label) -> entity
  WordMap<std::uint32_t> towns;        // name_key of a town's label or alias -> entity
  WordMap<std::uint32_t> word_ids;  // see `word`
  // Patterns by a word of one of their required word elements (word id ->
  // pattern indexes), and those with no required word: which patterns a
  // clause may match, found from its words.
  std::vector<std::vector<std::uint32_t>> patterns_by_word;
  std::vector<std::uint32_t> patterns_untriggered;
  // Every pattern's required_ids in one array, for the test of a clause's
  // words against them: at required_at[pattern] the number of elements, then
  // for each the number of its ids and the ids. One run of memory, where the
  // patterns' own vectors cost a cache miss each. Only for a pattern reached
  // by a word of its trigger (patterns_by_word): the trigger element is left
  // out, the others come shortest first.
  std::vector<std::uint32_t> required_flat, required_at;
  // Every gazetteer key cut after one of its tokens but the last ("united",
  // "united states"): a longer name can only start with one of these.
  WordSet gazetteer_prefixes;

  // Set by index(), unique to each indexing (0: not indexed): a thread's
  // memo of name_key_of() holds keys of one lexicon as last indexed.
  std::uint64_t index_serial = 0;

  // Builds the indexes above from the lists; call after loading or editing.
  void index();
  void index_pattern_words();  // word_ids and the patterns' ids (part of index())
  // Key of one token: lower case, accents folded, spelling variants unified.
  std::string token_key(std::string_view token) const;
  // Key of a phrase written in a data file: its tokens, cut and keyed as the
  // tokenizer and token_key() cut and key text, joined by single spaces
  // ("Co-chaired" -> "co chaired", one token; "co-hosted" -> "co -hosted",
  // two). Data words go through it so that they cannot drift from text.
  std::string phrase_key(std::string_view phrase) const;
  std::vector<std::string> phrase_keys(std::string_view phrase) const;  // the same, token by token
  // Key of a whole name: phrase_key() without a leading "the" or final "'s".
  std::string name_key_of(std::string_view name) const;
  std::optional<std::uint32_t> find_entity(std::string_view label) const;
  // The nation `label` names ("Estonia"), or none (also when it names something else).
  std::optional<std::uint32_t> find_nation(std::string_view label) const;
  // The nation a demonym names ("Estonian"), or none.
  std::optional<std::uint32_t> nation_of_demonym(std::string_view word) const;
  // Whether every word of a name key is one any nation's body uses ("national cyber security centre").
  bool generic_key(std::string_view key) const;
  // Id of a token key among the words the relation matcher compares; word::other when none.
  std::uint32_t word_id(std::string_view key) const {
    auto it = word_ids.find(key);
    return it == word_ids.end() ? word::other : it->second;
  }
};

// The shipped lexicon, loaded and indexed once (thread-safe).
std::shared_ptr<const Lexicon> default_lexicon();

// The shipped lexicon extended by every *.json file of `dir` (sorted by
// name). A file with "replace": true first clears the shipped sections it
// provides. Throws InputError naming the file and the JSON pointer.
std::shared_ptr<const Lexicon> load_lexicon(const std::optional<std::string>& dir);

// Adds one lexicon or patterns file's JSON text to `lexicon` (not indexed), first
// checked against its schema and for valid UTF-8 unless `validate` is false (the
// shipped files, which the unit tests check).
void add_lexicon_json(Lexicon& lexicon, std::string_view text, const std::string& source_name, bool validate = true);

}  // namespace newsgraph
