// Lexicon::index(): the look-up tables built from the lists that
// lexicon.cpp reads from the data files, once per lexicon, so that
// recognition and the matcher look words up instead of walking lists.
#include <algorithm>
#include <atomic>
#include <cctype>
#include <unordered_map>

#include "lexicon/lexicon.hpp"
#include "lexicon/written_key.hpp"
#include "util/ascii.hpp"
#include "util/names.hpp"

namespace newsgraph {
namespace {

void set_of(const std::vector<std::string>& list, WordSet& set) {
  set.clear();
  for (const auto& s : list) set.insert(ascii_lowered(s));
}

// Spelling variants and abbreviations first: they change how names tokenize.
void index_spellings(Lexicon& lex) {
  lex.variant_map.clear();
  lex.variant_shapes = 0;
  for (const auto& [from, to] : lex.variants) {
    std::string key = name_key(from);
    lex.variant_shapes |= lex.variant_shape(key);
    lex.variant_map[key] = name_key(to);
  }
  lex.abbreviations.clear();
  auto note_abbreviations = [&](const std::string& s) {
    for_each_word(s, [&](std::string_view w) {
      if (w.size() > 1 && w.back() == '.' && w.find('.') == w.size() - 1) lex.abbreviations.insert(ascii_lowered(w));
    });
  };
  for (const auto& [rel, titles] : lex.person_titles)
    for (const auto& t : titles) note_abbreviations(t);
  for (const auto& t : lex.title_only) note_abbreviations(t);
  for (const auto& [type, words] : lex.head_words)
    for (const auto& w : words) note_abbreviations(w);
  for (const auto& a : lex.name_abbreviations) lex.abbreviations.insert(ascii_lowered(a));
  lex.temporal.index();

}

// One name of entity id under its key in the gazetteer.
void add_gazetteer_key(Lexicon& lex, const std::string& name, const std::string& key, std::uint32_t id, LexForm form) {
  if (key.empty()) return;
  bool caps = std::none_of(name.begin(), name.end(), [](unsigned char c) { return std::islower(c); });
  auto& hits = lex.gazetteer[key];
  // "NATO" and "Nato" (the house style of many papers): a form the lexicon also writes in
  // lower case matches in any case
  for (auto& h : hits)
    if (h.entity == id) {
      h.exact_case = h.exact_case && caps;
      return;
    }
  hits.push_back({id, form, caps});
  lex.max_name_tokens = std::max<std::size_t>(lex.max_name_tokens, std::count(key.begin(), key.end(), ' ') + 1);
}

// The gazetteer: every label, alias and demonym by its name key.
void index_gazetteer(Lexicon& lex) {
  lex.gazetteer.clear();
  lex.label_index.clear();
  lex.max_name_tokens = 1;
  // the name key ("ministry of defence" for "Defence Ministry") for lookups of
  // whole names, and the words as written for the token-by-token walk of text
  auto add_keyed_form = [&](const std::string& name, const std::string& written, const std::string& key, std::uint32_t id,
                            LexForm form) {
    add_gazetteer_key(lex, name, key, id, form);
    if (written != key) add_gazetteer_key(lex, name, written, id, form);
  };
  // name_key_of() goes on from the written key: while the index is built (no memo) it
  // is computed from it, not from the name again
  auto key_of = [&](const std::string& name, const std::string& written) {
    return lex.index_serial == 0 ? name_key_from_written(lex, written) : lex.name_key_of(name);
  };
  auto add_form = [&](const std::string& name, std::uint32_t id, LexForm form) {
    std::string written = written_name_key(lex, name);
    add_keyed_form(name, written, key_of(name, written), id, form);
  };
  lex.gazetteer_prefixes.clear();
  lex.towns.clear();
  for (std::uint32_t i = 0; i < lex.entities.size(); ++i) {
    const LexEntity& e = lex.entities[i];
    std::string label_written = written_name_key(lex, e.label);
    std::string label_key = key_of(e.label, label_written);  // (once: the label index, the towns and the gazetteer)
    lex.label_index.emplace(label_key, i);
    if (e.town) {
      lex.towns.emplace(std::move(label_key), i);
      for (const auto& a : e.aliases) lex.towns.emplace(lex.name_key_of(a), i);
      continue;
    }
    add_keyed_form(e.label, label_written, label_key, i, LexForm::Label);
    for (const auto& a : e.aliases) add_form(a, i, LexForm::Alias);
    for (const auto& d : e.demonyms) add_form(d, i, LexForm::Demonym);
    // "the Romanians", "the Americans", "the Israelis": a nation's side named by the plural of a
    // demonym in -an or -i, which stands alone (the singular only qualifies a noun); others
    // ("the Finns", "the Swedes") the lexicon lists.
    if (e.type == NodeType::Nation)
      for (const auto& d : e.demonyms)
        if (d.size() > 3 && (d.ends_with("an") || d.ends_with("i")) && d.find(' ') == std::string::npos && d.find('-') == std::string::npos)
          add_form(d + "s", i, LexForm::People);
    for (const auto& p : e.peoples) add_form(p, i, LexForm::People);
  }
  for (const auto& [key, hits] : lex.gazetteer)
    for (auto space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1))
      lex.gazetteer_prefixes.insert(key.substr(0, space));
}

// Head words, titles, role and type nouns, anaphora: key -> what it says.
void index_cue_maps(Lexicon& lex) {
  lex.head_type.clear();
  for (const auto& [type, words] : lex.head_words)
    if (auto t = parse_node_type(type))
      for (const auto& w : words) lex.head_type[lex.name_key_of(w)] = *t;
  lex.title_relation.clear();
  lex.max_title_tokens = 1;
  for (const auto& [rel, titles] : lex.person_titles)
    for (const auto& t : titles) {
      std::string key = lex.name_key_of(t);
      lex.title_relation[key] = rel;
      lex.max_title_tokens = std::max<std::size_t>(lex.max_title_tokens, std::count(key.begin(), key.end(), ' ') + 1);
    }
  lex.role_noun_relation.clear();
  for (const auto& [rel, nouns] : lex.role_nouns)
    for (const auto& n : nouns) lex.role_noun_relation[lex.name_key_of(n)] = rel;
  lex.type_noun_type.clear();
  for (const auto& [type, nouns] : lex.type_nouns)
    if (auto t = parse_node_type(type))
      for (const auto& n : nouns) lex.type_noun_type[lex.name_key_of(n)] = *t;
  lex.anaphor_type.clear();
  for (const auto& [type, nouns] : lex.anaphora)
    if (auto t = parse_node_type(type))
      for (const auto& n : nouns) lex.anaphor_type[lex.name_key_of(n)] = *t;
  lex.representative_set.clear();
  for (const auto& n : lex.representative_nouns) lex.representative_set[lex.phrase_key(n)] = n;
  lex.lowercase_head_type.clear();
  lex.lowercase_head_first.clear();
  lex.max_lowercase_head_tokens = 1;
  for (const auto& [type, heads] : lex.lowercase_heads)
    if (auto t = parse_node_type(type))
      for (const auto& h : heads) {
        std::string key = lex.name_key_of(h);
        lex.lowercase_head_type[key] = *t;
        lex.lowercase_head_first.insert(key.substr(0, key.find(' ')));
        lex.max_lowercase_head_tokens = std::max<std::size_t>(lex.max_lowercase_head_tokens, std::count(key.begin(), key.end(), ' ') + 1);
      }
}

// The words of each list as token keys.
template <typename Set>
void key_set_of(const Lexicon& lex, const std::vector<std::string>& list, Set& set) {
  set.clear();
  for (const auto& s : list) set.insert(lex.name_key_of(s));
}

// What a cue of several words starts with, to every one of its spaces.
template <typename Cues>
void heads_of(const Cues& cues, WordSet& heads) {
  heads.clear();
  for (const auto& c : cues)
    for (std::size_t at = c.find(' '); at != std::string::npos; at = c.find(' ', at + 1)) heads.insert(c.substr(0, at));
}

// The cue sets of document participation and of the cue families.
void index_cue_sets(Lexicon& lex) {
  auto& participation = lex.document_participation;
  key_set_of(lex, participation.cues, participation.cue_set);
  heads_of(participation.cue_set, participation.cue_heads);
  key_set_of(lex, participation.people_nouns, participation.people_set);
  key_set_of(lex, participation.other_editions, participation.edition_set);
  // Compared with item keys as written (",", "--" included): lower-cased only.
  set_of(participation.auxiliaries, participation.auxiliary_set);
  set_of(participation.subject_openers, participation.subject_opener_set);
  set_of(participation.clause_openers, participation.clause_opener_set);
  set_of(participation.free_words, participation.free_word_set);
  auto& pairs = lex.pair_nouns;
  key_set_of(lex, pairs.nations, pairs.nation_set);
  key_set_of(lex, pairs.parties, pairs.party_set);
  key_set_of(lex, pairs.bodies, pairs.body_set);
  key_set_of(lex, pairs.people, pairs.people_set);
  key_set_of(lex, pairs.exercises, pairs.exercise_set);
  pairs.any_set.clear();
  for (const WordSet* set : {&pairs.nation_set, &pairs.party_set, &pairs.body_set, &pairs.people_set, &pairs.exercise_set})
    for (const auto& w : *set) pairs.any_set.insert(w);
  set_of(lex.companion_closers, lex.companion_closer_set);
  set_of(lex.not_verbs, lex.not_verb_set);
  auto phrase_words = [&lex](const std::vector<std::string>& phrases, std::vector<std::vector<std::string>>& out) {
    out.clear();
    for (const auto& phrase : phrases) out.push_back(lex.phrase_keys(phrase));  // as text is cut and keyed
  };
  phrase_words(lex.echo_phrases, lex.echo_phrase_words);
  phrase_words(lex.participant_list_leads, lex.participant_list_lead_words);
  phrase_words(lex.retraction_phrases, lex.retraction_phrase_words);
  phrase_words(lex.correction_openers, lex.correction_opener_words);
  phrase_words(lex.denial_sentences, lex.denial_sentence_words);
  lex.retraction_first_shapes.fill(0);
  for (const auto& words : lex.retraction_phrase_words) {
    if (words.empty() || words.front().empty()) {  // matches anywhere: compare at every token
      lex.retraction_first_shapes.fill(~std::uint32_t{0});
      break;
    }
    const std::string& w = words.front();
    lex.retraction_first_shapes[std::min<std::size_t>(w.size(), 31)] |= std::uint32_t{1} << (static_cast<unsigned char>(w[0]) & 31u);
  }
  phrase_words(lex.link_labels, lex.link_label_words);
  auto& it_verbs = lex.occasion_it_verbs;
  phrase_words(it_verbs.passive_auxiliaries, it_verbs.passive_auxiliary_words);
  phrase_words(it_verbs.organised, it_verbs.organised_words);
  phrase_words(it_verbs.hosted, it_verbs.hosted_words);
  phrase_words(it_verbs.gathering, it_verbs.gathering_words);
  phrase_words(it_verbs.joined, it_verbs.joined_words);
  for (auto& f : lex.cue_families) {
    key_set_of(lex, f.cues, f.cue_set);
    heads_of(f.cue_set, f.cue_heads);
  }
}

// Negators and modals, whole and by their first word.
void index_negation_words(Lexicon& lex) {
  lex.negation_words.clear();
  for (const WordSet* set : {&lex.negator_set, &lex.modal_set})
    for (const auto& k : *set) {
      lex.negation_words[k] |= Lexicon::negation_whole;
      if (auto sp = k.find(' '); sp != std::string::npos) lex.negation_words[k.substr(0, sp)] |= Lexicon::negation_first;
    }
}

// The word lists of places, agreements, meetings and clause words as sets of token keys
// (the second half of index_word_sets, split to keep each function short).
void index_place_and_clause_sets(Lexicon& lex) {
  auto key_set = [&](const std::vector<std::string>& list, auto& set) { key_set_of(lex, list, set); };
  key_set(lex.generic_org_words, lex.generic_org_set);
  key_set(lex.name_particles, lex.name_particle_set);
  key_set(lex.place_cues, lex.place_cue_set);
  key_set(lex.place_in_blockers, lex.place_in_blocker_set);
  key_set(lex.venue_nouns, lex.venue_noun_set);
  key_set(lex.foreign_connectors, lex.foreign_connector_set);
  set_of(lex.not_org_acronyms, lex.not_org_acronym_set);
  key_set(lex.place_prefixes, lex.place_prefix_set);
  key_set(lex.signing_verbs, lex.signing_verb_set);
  key_set(lex.visit_verbs, lex.visit_verb_set);
  key_set(lex.adjective_names, lex.adjective_name_set);
  key_set(lex.description_adjectives, lex.description_adjective_set);
  key_set(lex.name_meeting_verbs, lex.name_meeting_verb_set);
  key_set(lex.name_meeting_nouns, lex.name_meeting_noun_set);
  key_set(lex.org_nouns, lex.org_noun_set);
  key_set(lex.place_modifiers, lex.place_modifier_set);
  key_set(lex.region_nouns, lex.region_noun_set);
  key_set(lex.naming_words, lex.naming_word_set);
  key_set(lex.clause_verbs, lex.clause_verb_set);
  key_set(lex.past_verbs, lex.past_verb_set);
  key_set(lex.exercise_verbs, lex.exercise_verb_set);
  key_set(lex.organiser_verbs, lex.organiser_verb_set);
  key_set(lex.modified_heads, lex.modified_head_set);
  key_set(lex.subject_pronouns, lex.subject_pronoun_set);
  set_of(lex.determiners, lex.determiner_set);  // (a key set would strip "the")
  set_of(lex.retired_marks, lex.retired_mark_set);
}

// The word lists as sets of token keys.
void index_word_sets(Lexicon& lex) {
  auto key_set = [&](const std::vector<std::string>& list, auto& set) { key_set_of(lex, list, set); };
  key_set(lex.title_only, lex.title_only_set);
  key_set(lex.given_names, lex.given_name_set);
  key_set(lex.family_names, lex.family_name_set);
  key_set(lex.portfolio_words, lex.portfolio_word_set);
  key_set(lex.post_nominals, lex.post_nominal_set);
  set_of(lex.not_names, lex.not_name_set);
  set_of(lex.line_labels, lex.line_label_set);
  key_set(lex.function_words, lex.function_word_set);
  key_set(lex.demoting_words, lex.demoting_set);
  key_set(lex.unit_head_phrases, lex.unit_head_set);
  key_set(lex.whole_body_head_words, lex.whole_body_head_set);
  key_set(lex.office_titles, lex.office_title_set);
  key_set(lex.government_head_titles, lex.government_head_set);
  key_set(lex.state_head_titles, lex.state_head_set);
  key_set(lex.role_modifiers, lex.role_modifier_set);
  key_set(lex.deputy_words, lex.deputy_set);
  key_set(lex.role_closing_words, lex.role_closing_set);
  key_set(lex.person_cue_nouns, lex.person_cue_noun_set);
  key_set(lex.people_list_nouns, lex.people_list_noun_set);
  key_set(lex.people_list_openers, lex.people_list_opener_set);
  key_set(lex.org_prefix_words, lex.org_prefix_set);
  key_set(lex.negators, lex.negator_set);
  key_set(lex.modals, lex.modal_set);
  key_set(lex.state_body_words, lex.state_body_set);
  key_set(lex.group_nouns, lex.group_noun_set);
  key_set(lex.share_nouns, lex.share_noun_set);
  key_set(lex.seat_nouns, lex.seat_noun_set);
  key_set(lex.body_nouns, lex.body_noun_set);
  key_set(lex.bilateral_agreement_words, lex.bilateral_agreement_set);
  key_set(lex.subject_adverbs, lex.subject_adverb_set);
  key_set(lex.verb_auxiliaries, lex.verb_auxiliary_set);
  key_set(lex.verb_adverbs, lex.verb_adverb_set);
  key_set(lex.condition_words, lex.condition_word_set);
  key_set(lex.prospect_words, lex.prospect_word_set);
  key_set(lex.question_openers, lex.question_opener_set);
  key_set(lex.extension_stops, lex.extension_stop_set);
  key_set(lex.person_list_stops, lex.person_list_stop_set);
  key_set(lex.unit_words, lex.unit_word_set);
  index_cue_sets(lex);
  index_place_and_clause_sets(lex);
  index_negation_words(lex);
}

// A pattern alternative's token keys: its parts between "_" keyed one by
// one ("director_general" -> "director", "general"; "co-chaired" -> "co
// chaired", one token as in text). A part written as a piece the tokenizer
// splits off ("'s", "s'", "-hosted" of "co_-hosted") or a marker ("<role>")
// is a key already.
std::vector<std::string> pattern_word_keys(const Lexicon& lex, std::string_view written) {
  std::vector<std::string> keys;
  for_each_part(written, '_', [&](std::string_view part) {
    bool letters = std::any_of(part.begin(), part.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    bool piece = !part.empty() && (!std::isalnum(static_cast<unsigned char>(part.front())) || part.back() == '\'');
    std::vector<std::string> k;
    if (!(letters && piece)) k = lex.phrase_keys(part);
    if (k.empty() && !part.empty()) k.push_back(ascii_lowered(part));
    keys.insert(keys.end(), k.begin(), k.end());
  });
  return keys;
}

// The patterns' words as token keys, and the anchors the matcher starts from.
void index_pattern_anchors(Lexicon& lex) {
  // (each written word keyed once: the patterns repeat "in", "member", "signed" hundreds of times)
  std::unordered_map<std::string_view, std::pair<std::vector<std::string>, std::string>> keyed;
  for (auto& p : lex.patterns) {
    for (auto& e : p.elements) {
      // Compared with token keys, so keyed as text is ("co-chaired" -> one
      // token "co chaired"; "co-operation" -> "cooperation"); "_" joins tokens.
      e.words.clear();
      e.word_tokens.clear();
      for (const auto& w : e.written) {
        auto [it, fresh] = keyed.try_emplace(w);
        if (fresh) {
          it->second.first = pattern_word_keys(lex, w);
          for (const auto& k : it->second.first) it->second.second += (it->second.second.empty() ? "" : " ") + k;
        }
        e.word_tokens.push_back(it->second.first);
        e.words.push_back(it->second.second);
      }
    }
    // The anchors are the words of one required word element: the first
    // element when it is one (the matcher starts there), else the first that
    // is no punctuation or function word ("member", not "," or "the"), so
    // that the cheap test skips the sentences that lack it.
    auto common = [&](const PatternElement& e) {
      return std::any_of(e.words.begin(), e.words.end(), [&](const std::string& w) {
        return w.empty() || !std::isalpha(static_cast<unsigned char>(w[0])) || lex.function_word_set.count(w) > 0;
      });
    };
    const PatternElement* anchor = nullptr;
    for (const auto& e : p.elements) {
      if (e.kind != PatternElement::Words || e.optional) continue;
      bool first = &e == &p.elements.front();
      if (!anchor) anchor = &e;
      if (first || !common(e)) {
        anchor = &e;
        break;
      }
    }
    p.anchors.clear();
    if (anchor)
      for (std::size_t a = 0; a < anchor->words.size(); ++a) {
        const std::string& w = anchor->words[a];
        p.anchors.push_back(anchor->word_tokens[a].empty() ? w : anchor->word_tokens[a].front());
        if (w.find(' ') != std::string::npos) p.anchors.push_back(w);  // one hyphenated token
      }
  }
}

}  // namespace

void Lexicon::index() {
  static std::atomic<std::uint64_t> serials{0};
  index_serial = 0;  // no memo of name keys while the spellings change
  index_spellings(*this);
  index_gazetteer(*this);
  index_cue_maps(*this);
  index_word_sets(*this);
  index_pattern_anchors(*this);
  index_pattern_words();
  index_serial = ++serials;
}

// The matcher's fixed words, in the order of the `word` ids.
const char* const kMatcherWords[] = {"", "the", ",", "and", "or", "now", "'s", "<pair>", "<role>", ";", ".", ":",
                                     "?", "!", "but", "while", "which", "who", "of", "alongside", "along", "with",
                                     "as", "well", "together", "such", "including", "like", "&"};
static_assert(std::size(kMatcherWords) == word::count);

namespace {

// The id of `w`, a new one (the next) when it has none yet.
std::uint32_t intern(Lexicon& lex, std::string_view w) {
  // (looked up first: most words are met again, and a key string was built for each)
  if (auto known = lex.word_ids.find(w); known != lex.word_ids.end()) return known->second;
  auto [it, fresh] = lex.word_ids.try_emplace(std::string(w), static_cast<std::uint32_t>(lex.word_ids.size() + 1));
  return it->second;
}

// An element's ids: each alternative's tokens and the alternative whole,
// and the sorted ids either may start with.
void index_element_words(Lexicon& lex, PatternElement& e) {
  e.word_seqs.clear();
  e.whole_ids.clear();
  for (std::size_t a = 0; a < e.words.size(); ++a) {
    std::vector<std::uint32_t> seq;
    for (const auto& k : e.word_tokens[a]) seq.push_back(intern(lex, k));
    if (seq.empty()) seq.push_back(intern(lex, e.words[a]));
    const std::string& w = e.words[a];
    e.word_seqs.push_back(std::move(seq));
    e.whole_ids.push_back(intern(lex, w));
  }
  auto& any = e.first_ids;  // an alternative's first token, or the whole as one token
  any.clear();
  for (std::size_t a = 0; a < e.words.size(); ++a) {
    any.push_back(e.word_seqs[a].front());
    any.push_back(e.whole_ids[a]);
  }
  std::sort(any.begin(), any.end());
  any.erase(std::unique(any.begin(), any.end()), any.end());
}

// Each pattern is triggered by the words of its required element that
// clauses have least often: few words, and no function word ("in", "with").
// Returns, per pattern, the index in required_ids of that element (npos: none).
std::vector<std::size_t> index_pattern_triggers(Lexicon& lex) {
  std::vector<std::size_t> triggers(lex.patterns.size(), std::string::npos);
  std::vector<const std::string*> word_text(lex.word_ids.size() + 1, nullptr);
  for (const auto& [text, id] : lex.word_ids) word_text[id] = &text;
  auto cost = [&](const std::vector<std::uint32_t>& ids) {
    std::size_t c = 0;
    for (std::uint32_t w : ids) c += w < word::count || lex.function_word_set.count(*word_text[w]) ? 50 : 1;
    return c;
  };
  for (std::uint32_t pi = 0; pi < lex.patterns.size(); ++pi) {
    const RelationPattern& p = lex.patterns[pi];
    auto trigger = std::min_element(p.required_ids.begin(), p.required_ids.end(),
                                    [&](const auto& a, const auto& b) { return cost(a) < cost(b); });
    if (trigger == p.required_ids.end()) {
      lex.patterns_untriggered.push_back(pi);
      continue;
    }
    triggers[pi] = static_cast<std::size_t>(trigger - p.required_ids.begin());
    for (std::uint32_t w : *trigger) {
      if (lex.patterns_by_word.size() <= w) lex.patterns_by_word.resize(w + 1);
      lex.patterns_by_word[w].push_back(pi);
    }
  }
  return triggers;
}

// Lexicon::required_flat: each pattern's required elements but its trigger,
// which the clause has whenever the pattern is tested (it is listed under
// the trigger's words only), the shortest first (a missing element is
// found missing after reading all its ids: the fewer the cheaper).
void flatten_required(Lexicon& lex, const std::vector<std::size_t>& triggers) {
  lex.required_flat.clear();
  lex.required_at.clear();
  std::vector<const std::vector<std::uint32_t>*> rest;
  for (std::size_t pi = 0; pi < lex.patterns.size(); ++pi) {
    const auto& required = lex.patterns[pi].required_ids;
    rest.clear();
    for (std::size_t e = 0; e < required.size(); ++e)
      if (e != triggers[pi]) rest.push_back(&required[e]);
    std::stable_sort(rest.begin(), rest.end(), [](const auto* a, const auto* b) { return a->size() < b->size(); });
    lex.required_at.push_back(static_cast<std::uint32_t>(lex.required_flat.size()));
    lex.required_flat.push_back(static_cast<std::uint32_t>(rest.size()));
    for (const auto* any : rest) {
      lex.required_flat.push_back(static_cast<std::uint32_t>(any->size()));
      lex.required_flat.insert(lex.required_flat.end(), any->begin(), any->end());
    }
  }
}

}  // namespace

// Word ids for the relation matcher: its fixed words, then every word of
// every pattern (each token of an alternative and the alternative whole).
void Lexicon::index_pattern_words() {
  word_ids.clear();
  for (std::uint32_t i = 1; i < word::count; ++i) word_ids.emplace(kMatcherWords[i], i);
  patterns_by_word.clear();
  patterns_untriggered.clear();
  for (std::uint32_t pi = 0; pi < patterns.size(); ++pi) {
    RelationPattern& p = patterns[pi];
    p.index = pi;
    p.required_ids.clear();
    p.anchor_ids.clear();
    for (const auto& a : p.anchors) p.anchor_ids.push_back(intern(*this, a));
    for (auto& e : p.elements) {
      index_element_words(*this, e);
      if (e.kind == PatternElement::Words && !e.optional && !e.or_end && !e.or_line_end) p.required_ids.push_back(e.first_ids);
    }
  }
  flatten_required(*this, index_pattern_triggers(*this));
  // The cue words and the words cue phrases start with: relate/cue_words.hpp
  // finds them by id, not by string.
  for (const auto& f : cue_families) {
    for (const auto& c : f.cue_set) intern(*this, c);
    for (const auto& h : f.cue_heads) intern(*this, h);
  }
  for (const auto& c : document_participation.cue_set) intern(*this, c);
  for (const auto& h : document_participation.cue_heads) intern(*this, h);
  for (const auto& [w, flags] : negation_words) intern(*this, w);
}

}  // namespace newsgraph
