// How a pattern's match becomes an edge (Relater::apply() in relate.cpp asks):
// the relation it states (a "former" post or a deputy's role leads nothing)
// and the date of its clause.
#include <algorithm>

#include "relate/clause_checks.hpp"
#include "relate/relater.hpp"
#include "relate/sentence_times.hpp"

namespace newsgraph::detail {

// Whether `it` is a nation's item that took in the lower-case noun after the
// name ("the Singapore agency" read as Singapore).
bool Relater::nation_holds_noun(const Item& it, const SentenceAnalysis& s) const {
  if (it.entity < 0 || !it.group.empty() || doc_.entities[it.entity].type != NodeType::Nation) return false;
  // "led the Belgian team" (patterns.json group_nouns) is read apart and says nothing of Belgium
  return detail::holds_lower_noun(it, s) && !lex_.group_noun_set.count(s.tokens[it.end - 1].key);
}

// "appointed A, until now its deputy director, as head of X": an aside between
// commas after a person, followed by "as", tells the post held before; from
// items[k], the comma closing it, else k.
std::size_t Relater::past_former_post(const std::vector<Item>& items, std::size_t k, std::size_t last) const {
  if (k == 0 || items[k].key != "," || items[k - 1].entity < 0 || !items[k - 1].group.empty() ||
      doc_.entities[items[k - 1].entity].type != NodeType::Person)
    return k;
  for (std::size_t c = k + 1; c < last; ++c)
    if (items[c].key == ",") return items[c + 1].key == "as" ? c : k;
  return k;
}

// A pattern reading "leads" says less where the words say less: "deputy",
// "former" (lexicon demotions) or a role that is not a head's ("as Deputy Director of X").
EdgeType Relater::relation_of_match(const RelationPattern& p, const std::vector<Item>& items,
                                    const detail::PatternMatch& m, const SentenceAnalysis& s) const {
  if (p.relation != EdgeType::leads) return p.relation;
  for (std::size_t k = m.first; k <= m.last; ++k) {
    k = past_former_post(items, k, m.last);
    if (lex_.demotes(items[k].key, k < m.last ? items[k + 1].key : KeyView()) ||
        (items[k].key == "<role>" && !items[k].group.empty() && items[k].group[0] >= 0 &&
         static_cast<std::size_t>(items[k].group[0]) < s.roles.size() &&
         s.roles[items[k].group[0]].relation != "leads"))
      return EdgeType::affiliated_with;
  }
  // "chief executive of the Singapore agency, X": the nation's item holds the body it
  // qualifies; X heads that body, of the nation (as the cue fallback reads it)
  for (std::size_t j = m.first; j <= m.last; ++j)
    if (nation_holds_noun(items[j], s)) return EdgeType::affiliated_with;
  // "a team from the C5 Agency, headed by X": X heads the team the body sent, and serves the body
  // (read in the sentence's tokens: an aside "X, led by Y," may be matched apart from them)
  const auto& t = s.tokens;
  if (std::size_t b = m.first < items.size() ? items[m.first].begin : 0; b >= 2) {
    if (t[b - 1].key == "the") --b;
    if (b >= 2 && (t[b - 1].key == "from" || t[b - 1].key == "of") && lex_.group_noun_set.count(t[b - 2].key))
      return EdgeType::affiliated_with;
  }
  // "Y's head of cyber policy": the title goes on to a field, a unit of Y the person heads
  std::size_t k = m.last;
  if (k + 2 < items.size() && items[k + 1].entity < 0 && items[k + 2].entity < 0 &&
      lex_.unit_head_set.count(two_words(items[k].key, items[k + 1].key)) && !lex_.whole_body_head_set.count(items[k + 2].key)) {
    std::string_view word = s.tokens[items[k + 2].begin].text;
    if (!word.empty() && std::islower(static_cast<unsigned char>(word[0]))) return EdgeType::affiliated_with;
  }
  return p.relation;
}

namespace {

// "a member of the OAS and of the Pacific Alliance, which it co-founded in 2011": the joining the
// clause right after the body tells dates the membership (over a time of the main clause's).
// `from`, `to`: the match's words; `event`: the pattern tells a happening.
std::optional<Dating> joining_date(const std::vector<TimeExpression>& times, std::string_view stext, std::size_t from,
                                   std::size_t to, bool event, const TemporalWords& words) {
  std::string_view matched = stext.substr(from, to - from);
  bool founding = matched.find("ounding") != std::string_view::npos || matched.find("ounder") != std::string_view::npos;
  if (auto joined = joining_aside_date(times, stext, to, founding, words)) return joined;
  // "one of the founders of X, which was revived in 2000 by A, B and C": the match reads the
  // founding a relative clause tells (whose times the main clause's leave out)
  if (std::size_t which = matched.find(", which "); event && which != std::string_view::npos) {
    std::string lower;
    for (const auto& w : words_of(matched.substr(which), lower))
      if (words.creation_words.count(std::string(w.text)))
        if (auto d = time_of_joining(times, stext, from + which + w.end); d && d->date) return d;
  }
  // "the Pacific Alliance, which it co-founded with Chile in 2011": the match ends at the joining verb
  if (event && matched.find(", which ") != std::string_view::npos &&
      ends_with_joining_verb(matched, words))
    return time_of_joining(times, stext, to);
  return std::nullopt;
}

}  // namespace

// "held talks with X about a course next year": a time after `published` cannot date
// what matched words in the past tense (a past form of temporal.json, or an -ed word, and
// no future cue) say was done; it is of the topic. Days of the same month are left alone.
bool past_match_after_publication(std::string_view matched, const Date& date, const Date& published,
                                  const TemporalWords& words) {
  bool after = date.year != published.year ? date.year > published.year
                                           : date.month && published.month && date.month > published.month;
  if (!after) return false;
  bool past = false;
  std::string lower;
  for (const auto& w : words_of(matched, lower)) {
    if (words.future_cues.count(w.text)) return false;
    bool capital = matched[w.start] >= 'A' && matched[w.start] <= 'Z';  // a name's word: "United"
    bool compound = w.start > 0 && matched[w.start - 1] == '-';
    past |= words.past_tense_words.count(w.text) > 0 ||
            (!capital && !compound && w.text.size() > 4 && w.text.ends_with("ed") && !words.months.count(w.text));
  }
  return past;
}

// The date of a match: the time nearest its words, else (a meeting) the one
// day its subject's cut clause names, else the occasion the sentence opens
// with, else for a headline the publication day. `to`: where the match ends
// (bytes into the sentence).
Dating Relater::date_of_match(const RelationPattern& p, EdgeType relation, const std::vector<Item>& items,
                              const detail::PatternMatch& m, std::size_t si, const std::vector<TimeExpression>& exprs,
                              std::size_t& to) const {
  const SentenceAnalysis& s = doc_.sentences[si];
  std::size_t first = m.first;
  while (first < m.last && items[first].borrowed) ++first;
  std::size_t from = s.tokens[items[first].begin].start - s.start;
  to = s.tokens[items[m.last].end - 1].end - s.start;
  // "visited the floor on Wednesday and held talks there with X": a later verb of a shared
  // subject told "there" is at the earlier verb's occasion, and shares its time
  bool conjunct = first != m.first && stext_.substr(from, to - from).find(" there ") == std::string_view::npos;
  Dating d;
  if (p.event)
    d = detail::date_near(exprs, stext_, from, to, conjunct, lex_.temporal);
  else if (!p.standing)
    d = detail::state_since(exprs, stext_, to, lex_.temporal)
            .value_or(relation == EdgeType::located_in  // where a body sits holds for no one year
                          ? Dating{}
                          : detail::state_opening_date(exprs, stext_, from, to, lex_.temporal).value_or(Dating{}));
  // (from the subject, a shared one too: "X was established in 2022 and is subordinated to Y"; an aside
  // cut from the clause, "X, established in 2021, is part of Y", keeps its times in the sentence's)
  if (!d.date && !d.end && relation == EdgeType::part_of)
    d = detail::creation_date(sentence_times_ ? *sentence_times_ : exprs, stext_, std::min(from, s.tokens[items[m.first].begin].start - s.start), to,
                              lex_.temporal)
            .value_or(d);
  if (relation == EdgeType::member_of)
    d = joining_date(sentence_times_ ? *sentence_times_ : exprs, stext_, from, to, p.event, lex_.temporal).value_or(d);
  if (p.dated_after) {  // "Finland joined NATO in 2023 and Sweden followed in 2024": only what follows the last word
    std::vector<TimeExpression> after;
    std::size_t last = s.tokens[items[m.last].begin].start - s.start;
    for (const auto& x : exprs)
      if (x.start >= last) after.push_back(x);
    d = detail::date_near(after, stext_, last, to, false, lex_.temporal);
  }
  // (of meetings, cooperation and occasions only: a post may be announced ahead, "appointed ..., with
  // effect from 1 December"; a body's standing told of with a day of its own keeps that day)
  bool occasion = relation == EdgeType::met_with || relation == EdgeType::cooperates_with ||
                  relation == EdgeType::participates_in || relation == EdgeType::organises;
  if (p.event && occasion && d.date && !d.end && published_ &&
      past_match_after_publication(stext_.substr(from, to - from), *d.date, *published_, lex_.temporal))
    d = {};
  // a meeting in a main clause with no time of its own, after a subject's clause that names one day
  if (relation == EdgeType::met_with && !d.date && !d.end && cut_day_ && exprs.size() < all_exprs_ &&
      cut_day_at_ > from && cut_day_at_ < to)
    d.date = cut_day_;
  if (p.event && !d.date && !d.end && detail::present_perfect(items, m))
    d = detail::saying_date(exprs, stext_, to, lex_.temporal).value_or(d);
  if (p.event && !d.date && !d.end && relation == EdgeType::cooperates_with)
    d = detail::framework_date(exprs, stext_, to, lex_.temporal).value_or(d);
  // "cooperation between A and B, which have held joint drills since 2022": a relative clause
  // in the plural perfect right after the pair tells how long the two have worked together
  // (the clause may be cut from the main clause's, whose times leave its own out)
  if (!d.date && !d.end && relation == EdgeType::cooperates_with)
    for (const auto& x : sentence_times_ ? *sentence_times_ : exprs) {
      if (x.start < to || x.role != TimeRole::Since || !x.date) continue;
      std::string_view between = stext_.substr(to, x.start - to);
      bool pair_clause = between.starts_with(", which have ") || between.starts_with(", who have ");
      if (between.starts_with(" (")) {  // an acronym after the second name: "B (BC), which have ..."
        std::size_t close = between.find(')');
        between = close == std::string_view::npos ? std::string_view{} : between.substr(close + 1);
        pair_clause = between.starts_with(", which have ") || between.starts_with(", who have ");
      }
      if (pair_clause && between.find_first_of(",;:()", 1) == std::string_view::npos) d.date = x.date;
      // "A and B have a partnership that has existed since 2017": the tie's own age (temporal.json creation_words)
      if (detail::tie_existed_clause(between, lex_.temporal)) d.date = x.date;
      break;
    }
  if (p.event && !d.date && !d.end && occasion_) d = *occasion_;
  // under a dated heading, a line with no time words of its own
  if (p.event && !d.date && !d.end && section_date_ && quiet_) d = *section_date_;
  if (p.event && !d.date && !d.end && s.headline && si < 3) d.date = published_;
  return d;
}

// "A team from X returned last Thursday after taking part in Cyber Flag, held in Virginia in
// April": the time of an aside telling the event's occurrence right after its name (in the
// match or after it) dates taking part in it or running it, not the sentence's other time.
std::optional<Dating> Relater::held_aside(const std::vector<Item>& items, const detail::PatternMatch& m,
                                          const SentenceAnalysis& s, const std::vector<TimeExpression>& exprs) const {
  if (m.targets.size() != 1) return std::nullopt;
  for (const auto& item : items)
    if (item.entity == m.targets[0] && !item.borrowed && item.end > item.begin)
      // (the aside may be a cut relative clause, whose times the main clause's list leaves out)
      return detail::held_aside_date(sentence_times_ ? *sentence_times_ : exprs, stext_,
                                     s.tokens[item.end - 1].end - s.start, lex_.temporal);
  return std::nullopt;
}

// "took part in talks on Cyber Europe": the object after "on", "about" or "over" is what
// the occasion was about, not the occasion taken part in.
bool Relater::topic_object(const std::vector<Item>& items, const detail::PatternMatch& m) const {
  for (std::size_t k = m.first + 1; k <= m.last && k < items.size(); ++k) {
    if (items[k].entity < 0 || std::find(m.targets.begin(), m.targets.end(), items[k].entity) == m.targets.end()) continue;
    std::size_t b = items[k - 1].word == word::the && k >= 2 ? k - 2 : k - 1;
    const KeyView& prep = items[b].key;
    return prep == "on" || prep == "about" || prep == "over" || prep == "regarding" || prep == "concerning";
  }
  return false;
}

}  // namespace newsgraph::detail
