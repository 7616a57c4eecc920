// Internal to src/relate/: passes over a document's relations after its sentences are read.
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "relate/relate.hpp"
#include "temporal/time_expressions.hpp"

namespace newsgraph::detail {

// Whether the words of `phrase` (lexicon keys) stand in s from token `i` on.
inline bool phrase_at(const SentenceAnalysis& s, std::size_t i, const std::vector<std::string>& phrase) {
  if (i + phrase.size() > s.tokens.size()) return false;
  for (std::size_t k = 0; k < phrase.size(); ++k)
    if (s.tokens[i + k].key != phrase[k]) return false;
  return true;
}

// The first token of the earliest of `phrases` in s, else s.tokens.size().
inline std::size_t first_phrase(const std::vector<std::vector<std::string>>& phrases, const SentenceAnalysis& s) {
  std::size_t best = s.tokens.size();
  for (const auto& phrase : phrases)
    for (std::size_t i = 0; i < best; ++i)
      if (phrase_at(s, i, phrase)) best = i;
  return best;
}

// What the lexicon knows (a national body's state, who leads what) between
// two entities the document names, kept only where the text supports it.
void lexicon_knowledge(const DocAnalysis& doc, const Lexicon& lex, std::vector<Relation>& out);

// "the Latvian capital", "Latvia's capital": the one place of the document the
// lexicon puts in that nation lies in it (relate/capitals.cpp).
void capitals_named_by_nation(const DocAnalysis& doc, const Lexicon& lex, std::vector<Relation>& out);

// "Greece took part, as did Cyprus": the subject an echo phrase adds after
// a clause does what the clause's subject did (the relations of sentence
// `si` from `first_relation` on) (echoes.cpp).
// Whether the sentence is a correction's ("an earlier version of this article
// said X took part"): it reports what was wrongly said (cues.json retraction_phrases).
bool retracts(const Lexicon& lex, const SentenceAnalysis& s);
// "Read more: Estonia hosts Locked Shields": the sentence opens with a link label
// (cues.json link_labels) and a colon, a headline of another story.
bool links_elsewhere(const Lexicon& lex, const SentenceAnalysis& s);

// "A caption stated that X signed it. In fact, Y did.": a sentence reporting what was said
// ("<speech verb> that", "reported that": speech_verbs, saying_words) whose next sentence opens with a correction (cues.json
// correction_openers and a comma), or is a whole denial ("It did not.": denial_sentences), states no fact.
bool corrected_by_next(const Lexicon& lex, const SentenceAnalysis& s, const SentenceAnalysis* next);

void echo_subjects(const DocAnalysis& doc, const Lexicon& lex, std::size_t si, std::size_t first_relation,
                   std::vector<Relation>& out);

// A lead-in ending with a colon (cues.json participant_list_leads: "Who
// played:", "Participating nations:") opens a list; each following sentence
// that opens with a nation or organisation is an item taking part in `target`
// (the exercise or event spoken of; -1: none) (participant_lists.cpp).
// A lead-in naming who took part ("UK personnel have taken part in the
// following exercises:") opens a list of what they took part in instead:
// each item opening with an exercise or event, dated by the item's own time.
// A lead-in "Signed by:" (cues.json act_participles of party_to) opens a list of
// the parties of `agreement`, the agreement spoken of, instead.
struct ParticipantList {
  bool open = false;
  int items = 0;
  std::vector<int> subjects;  // the lead-in's nations, organisations, people: a list of exercises follows
  EdgeType type = EdgeType::participates_in;  // what an item is of the target
};
struct ListTargets {
  int happening = -1;  // the exercise or event spoken of
  int agreement = -1;  // the agreement spoken of
};
void list_participants(const DocAnalysis& doc, const Lexicon& lex, std::size_t si, ListTargets targets,
                       ParticipantList& list, std::vector<Relation>& out, const std::vector<TimeExpression>& exprs);

// "Speakers included A, commander of X, B of Y, and Y's chief, Colonel C": the
// people listed after the one a pattern with its source last found, across
// their titles and offices, take part in the same; so are the signatories of
// "signed by A, director of X, and B, head of Y" parties (participant_lists.cpp).
void extend_person_lists(const DocAnalysis& doc, const Lexicon& lex, std::size_t si, std::size_t first_relation,
                         std::vector<Relation>& out);

// "U.S. Cyber Command": a state body whose name opens with a nation is part of it.
void names_naming_their_nation(const DocAnalysis& doc, const Lexicon& lex, std::vector<Relation>& out);

// "ECOWAS Commission": a body whose name opens with another organisation's is part of it (owner_names.cpp).
void names_naming_their_owner(const DocAnalysis& doc, const Lexicon& lex, std::vector<Relation>& out);

// "ASTANA - The forum closed": an event opening a story filed from a place, with no
// other place in the text, is there (dateline_places.cpp).
void events_at_dateline(const DocAnalysis& doc, const Lexicon& lex, std::optional<Date> published,
                        std::vector<Relation>& out);

// The entity of the nation a mention's name opens with, or -1.
int opening_nation(const DocAnalysis& doc, const Lexicon& lex, const SentenceAnalysis& s, const Mention& m);

// Headline memberships and participations that the body states more exactly go.
void headlines_abbreviate(const DocAnalysis& doc, std::string_view text, std::vector<Relation>& out);

// "the two adopted the programme": agreements and cooperation a person is
// read into go to what the person leads (or, an envoy, the nation named with).
void people_act_for_what_they_lead(const DocAnalysis& doc, std::vector<Relation>& out);

// "A replaced B", "A ..., succeeding B": B led the one body A leads (relate/succession.cpp).
void predecessors_led_it(const DocAnalysis& doc, const Lexicon& lex, std::vector<Relation>& out);
// "Her predecessor, General B, is retiring": B led the one body the possessor leads (succession.cpp).
void possessed_predecessors_led_it(const DocAnalysis& doc, std::vector<Relation>& out);

// "A and B signed the X Memorandum": the two (and only two) parties one
// sentence gives an agreement of a bilateral name (patterns.json
// bilateral_agreement_words), as cooperation dated as the signing. Read
// before titles stand for parties ("the NATO-EU X" signed by two agencies);
// a nation only as `direct` gives it (not one an official was read into).
std::vector<Relation> co_party_pairs(const DocAnalysis& doc, const Lexicon& lex, const std::vector<Relation>& out,
                                     const std::set<std::pair<std::size_t, int>>& direct);
// The nations named as parties, by sentence (before people are read into what they lead).
std::set<std::pair<std::size_t, int>> nation_parties(const DocAnalysis& doc, const std::vector<Relation>& out);
// The pairs of co_party_pairs() that cooperate: not a body and its own state
// (part_of either way), nor a pair already cooperating.
void add_unlinked_cooperation(std::vector<Relation> pairs, std::vector<Relation>& out);

// "The Indian delegation was led by A, while the French side was headed by B": the two met.
void delegation_heads_met(std::vector<Relation>& out);

// "On Monday the ministry opened a cyber lab. The lab is part of the national CERT and sits in
// Dhaka.": a unit whose opening the article tells (a part_of of a pattern named opened_*, dated)
// has been part of a body, and in a place, since then: its undated part_of and located_in take
// the opening's date (relate_passes.cpp).
void date_by_opening(std::vector<Relation>& out);

// A person who leads an entity is not also (merely) affiliated with it.
void leading_is_more_than_affiliation(std::vector<Relation>& out);

// "The UK delegation was led by the director of the NCSC, Jane Roe": the body
// the sentence names for the person is her affiliation, not the delegation's nation.
void delegation_nation_yields_to_body(std::vector<Relation>& out);

// "Latvia's NATO membership": the membership stands, the possessive's part_of goes.
void membership_is_not_ownership(std::vector<Relation>& out);

// agreement_parties.cpp: "the Canada-Latvia Joint Declaration" names its parties.
// The first party_to relation of each agreement, read before people_act_for_what_they_lead.
std::map<int, Relation> agreement_signings(const DocAnalysis& doc, const std::vector<Relation>& out);
// The entity a part of a compound or title names: a nation by its name or
// demonym ("Latvia", "Polish"), or a nation or organisation of the document
// written so ("NATO"); -1 when none.
int part_entity(const DocAnalysis& doc, const Lexicon& lex, const std::string& part);
// The nations and organisations a title opens with ("A-B ...") are its parties
// where the text gives no other party; dated as the signing the text reports.
void parties_named_in_titles(const DocAnalysis& doc, const Lexicon& lex, const std::map<int, Relation>& signings,
                             std::vector<Relation>& out);

}  // namespace newsgraph::detail
