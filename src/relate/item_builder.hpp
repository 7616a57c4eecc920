// Internal to src/relate/items.cpp and item_roles.cpp: the builder that reads a
// sentence's tokens into items (items.cpp) and chunks roles (item_roles.cpp),
// possessives and ages into the items they stand for.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "relate/items.hpp"

namespace newsgraph::detail {

struct ItemBuilder {
  const SentenceAnalysis& s;
  ItemContext& ctx;
  std::vector<ChunkRelation>* found;
  std::vector<Item> items;

  NodeType type(int e) const { return entity_type(ctx, e); }
  bool is(std::size_t i, std::string_view key) const { return i < items.size() && items[i].key == key; }
  bool entity_at(std::size_t i) const { return i < items.size() && items[i].entity >= 0; }
  bool person_at(std::size_t i) const { return entity_at(i) && type(items[i].entity) == NodeType::Person; }
  void emit(int source, int target, EdgeType t, const char* pattern, double confidence = 0.85) {
    if (!found || source < 0 || target < 0 || source == target) return;
    // a person leads or works for a body or a nation, never a place (the graph contract)
    if ((t == EdgeType::leads || t == EdgeType::affiliated_with) && type(target) == NodeType::Place) return;
    found->push_back({source, target, t, pattern, confidence});
  }
  const RoleSpan& role(int r) const { return s.roles[r]; }

  // "office", "unit", "mission": a lower-case word naming a part of a body (patterns.json unit_words).
  bool is_unit_word(std::size_t k) const {
    return k < items.size() && !items[k].is_entity() && (items[k].key == "office" || ctx.lex->unit_word_set.count(items[k].key));
  }

  bool qualifying_words(std::size_t from, std::size_t to) const;

  // A lower-case word (not a name, not punctuation).
  bool plain_word(std::size_t k) const {
    return k < items.size() && !items[k].is_entity() && !items[k].key.empty() && items[k].key[0] >= 'a' && items[k].key[0] <= 'z';
  }

  // The end of a phrase merged into a name: past the comma closing it, but not
  // one that opens a relative clause ("..., Karl Berg, who met ..."), which
  // split_clauses() reads.
  // Nor one before the next member of a list of officials ("A's minister, X, B's envoy, Y,
  // and ..."): the list reads its members apart by that comma.
  std::size_t past_comma(std::size_t k) const {
    if (is(k, ",") && entity_at(k + 1) && is(k + 2, "'s")) return k;
    return is(k, ",") && !is(k + 1, "who") && !is(k + 1, "whose") && !is(k + 1, "which") ? k + 1 : k;
  }

  // Tokens to items, pronouns and possessives (items.cpp).
  int role_at(std::size_t i) const;
  void tokens_to_items();
  void list_semicolons();
  std::vector<int> compound_nations(const Token& t) const;
  std::uint32_t push_mention(std::uint32_t i, const std::vector<int>& mention_at);
  std::uint32_t particles_before_person(std::uint32_t i, const std::vector<int>& mention_at) const;
  std::uint32_t edition_code(std::uint32_t i) const;
  std::uint32_t edition_year(std::uint32_t i) const;
  std::uint32_t occasion_body(std::uint32_t i, int event, const std::vector<int>& mention_at) const;
  std::uint32_t class_noun_after(std::uint32_t i) const;
  std::uint32_t national_firm(std::uint32_t i, const std::vector<int>& mention_at);
  std::uint32_t push_special(std::uint32_t i, const std::vector<int>& role_start);
  std::uint32_t push_pair_words(std::uint32_t i);
  std::uint32_t push_possessive_role(std::uint32_t i, const std::vector<int>& role_start);
  std::uint32_t push_pronoun(std::uint32_t i);
  std::uint32_t push_object_pronoun(std::uint32_t i);  // item_roles.cpp
  std::uint32_t push_possessive_seat(std::uint32_t i);  // item_seats.cpp
  int pronoun_person(std::uint32_t i) const;
  int transcript_speaker() const;
  std::uint32_t push_the_country(std::uint32_t i);
  std::uint32_t push_person_pair(std::uint32_t i);
  static bool maybe_special(const KeyView& key);
  std::uint32_t unnamed_aside(std::uint32_t i, const std::vector<int>& mention_at, NodeType named,
                              int body = -1) const;
  std::uint32_t holder_aside(std::uint32_t i, const std::vector<int>& mention_at, int body);
  std::uint32_t retired_mark(std::uint32_t i) const;
  std::uint32_t portfolio_tail(std::uint32_t i, const std::vector<int>& mention_at) const;
  std::uint32_t post_nominals(std::uint32_t i) const;
  std::size_t possessive_before(std::size_t i) const;
  std::size_t copular_subject(std::size_t p) const;
  int it_antecedent(std::uint32_t i) const;
  int agreement_it(std::uint32_t i) const;  // agreement_it.cpp
  int subject_it(std::uint32_t i) const;    // agreement_it.cpp
  std::size_t unit_before_body(std::size_t x) const;  // item_roles.cpp
  int portfolio_of_nation(std::size_t i, int r, int body) const;
  int agreement_told_before() const;         // agreement_it.cpp
  int latest_named(std::uint32_t before, std::initializer_list<NodeType> types) const;
  bool headed_passive(std::uint32_t i) const;
  bool organised_passive(std::uint32_t i) const;
  bool two_word_role_noun(std::uint32_t i) const;
  bool occasion_it(std::uint32_t i) const;
  int latest_nation() const;
  int possessor(bool group = false) const;
  bool in_relative_aside(std::size_t k) const;
  bool demoted_title(std::size_t i, int r) const;
  void merge(std::size_t from, std::size_t to, int entity);
  std::size_t representative_length(std::size_t i) const;
  void chunk_possessives();
  bool unit_apposition(std::size_t i, std::size_t len);
  void chunk_ages();
  bool state_body(const Item& it) const;

  // Titles and roles chunked with the person they name (item_roles.cpp).
  bool demoted(const RoleSpan& r) const;
  bool serves_nation(const RoleSpan& r) const;
  bool office_words(std::size_t from, std::size_t to) const;
  bool heads_state(const RoleSpan& r) const;
  bool rank_of_service(const RoleSpan& r, int body) const;
  int holder_after_name(std::size_t i, int r) const;
  // "our" at item i of a post that speaks for its author (ItemContext::author), outside quotations.
  bool author_possessive(std::size_t i) const;
  void role_edges(int person, int r, int holder, const char* pattern);
  void chunk_roles();
  void contact_line_body(std::size_t i, int r, int person);
  std::size_t title_holder(std::size_t i) const;
  const std::string* lower_case_title_relation(std::size_t i, std::size_t h, std::size_t& len) const;
  void lower_case_title(std::size_t& i, std::size_t h);
  bool envoy_apposition(std::size_t& i, int r, std::size_t from, int holder);
  std::size_t title_holder_end(std::size_t x, bool unnamed, std::size_t unit_of, bool& group, std::size_t& unit) const;
  bool title_of_then_person(std::size_t i, int r);
  bool role_noun_at(std::size_t i, std::string& rel, std::size_t& len) const;
  std::size_t holder_after_of(std::size_t of) const;
  std::size_t unit_after_holder(std::size_t after) const;
  void title_of_field(std::size_t i, std::size_t of, std::size_t after, int person);
  std::size_t past_retired_mark(std::size_t k) const;
  std::size_t past_holder_tail(std::size_t k) const;
  std::size_t unnamed_holder(std::size_t x) const;
  bool role_of_apposition(std::size_t i, int r);
};

}  // namespace newsgraph::detail
