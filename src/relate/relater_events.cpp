// The Relater's reading of events (relater.hpp): which exercises, events
// and agreements a sentence speaks of, and the dates their edges take.
#include <algorithm>
#include <cctype>
#include <string>

#include "relate/clause_checks.hpp"
#include "relate/relater.hpp"
#include "temporal/calendar.hpp"

namespace newsgraph::detail {

// "On the sidelines, A and B signed ...": the date of the event named
// after the phrase ("of Cyber Flag"), else of the story's own event (the
// lede's date) when none is named; nullopt without such a phrase.
std::optional<Dating> Relater::occasion_date(const SentenceAnalysis& s, std::size_t si) const {
  if (auto counted = event_relative_date(s, si)) return counted;
  if (auto numbered = numbered_event_day(s, si)) return numbered;
  // "On the opening day, A and B signed ...": the first day of the event told of last
  // (each phrase search is asked only where its answer could count: most sentences skip three of them)
  auto first_day = last_events_.first.size() == 1 ? first_day_phrases_.find(s.tokens) : std::nullopt;
  if (first_day && last_events_.first.size() == 1 && event_possessor(s, first_day->first, first_day->second)) {
    auto d = events_.near(last_events_.first.front(), si);
    return d && d->date && d->date->day ? std::optional<Dating>{Dating{d->date, {}}} : std::nullopt;
  }
  if (auto closing = closing_date(s, si)) return closing;
  // "X visited the base on Tuesday. After the visit, ...": the occasion the sentence before told
  auto told_before = [&](std::optional<std::size_t> after) {
    return after && *after > 0 ? told_occasion(s.tokens[*after - 1].key, si, 1) : std::nullopt;
  };
  // told_occasion(..., 1) reads only a main clause dated in the sentence before
  bool told_just_before = !main_dated_.empty() && main_dated_.back().first + 1 >= si;
  if (told_just_before)
    if (auto told = told_before(detail::occasion_phrase(s, told_occasion_phrases_))) return told;
  if (auto continued = continued_day(s, si)) return continued;
  if (auto parties = parties_of_meeting_day(s, si)) return parties;
  if (auto during = during_event_date(s, si)) return during;
  auto after = detail::occasion_phrase(s, occasion_phrases_);
  if (!after) return std::nullopt;
  if (auto told = told_before(after)) return told;
  // "Before the signing, A met B": the signing a sentence of the same passage dated
  constexpr std::size_t kPassage = 6;
  if (*after > 0)
    if (auto told = told_occasion(s.tokens[*after - 1].key, si, kPassage)) return told;
  if (*after < s.tokens.size() && s.tokens[*after].key == "of") {
    for (const auto& m : s.mentions) {
      if (m.begin <= *after || m.begin > *after + 2) continue;
      NodeType t = doc_.entities[m.entity].type;
      if (t != NodeType::Exercise && t != NodeType::Event) return std::nullopt;  // of another occasion
      return events_.near(m.entity, si);
    }
    // "on the sidelines of the plenary": the plenary a sentence of the same passage dated
    constexpr std::size_t kReach = 6;
    const auto& t = s.tokens;
    std::size_t noun = *after + 2;
    if (noun < t.size() && t[*after + 1].key == "the" && t[noun].word && !t[noun].capital &&
        (noun + 1 == t.size() || !t[noun + 1].word))
      if (auto told = told_occasion(t[noun].key, si, kReach)) return told;
  }
  return lede_.date();
}

// "During the dialogue, the sides signed X": the day of the exercise or event
// named (or referred to) right after "during", when the document dates it.
std::optional<Dating> Relater::during_event_date(const SentenceAnalysis& s, std::size_t si) const {
  for (const auto& m : s.mentions) {
    std::uint32_t at = m.begin >= 1 && s.tokens[m.begin - 1].key == "the" ? m.begin - 1 : m.begin;
    if (at == 0 || s.tokens[at - 1].key != "during") continue;
    NodeType t = doc_.entities[m.entity].type;
    if (t != NodeType::Exercise && t != NodeType::Event) continue;
    auto d = events_.near(m.entity, si);
    if (d && d->date && d->date->day) return d;
  }
  // "During the exercise, A and B signed X": the event told of last, called by an event noun
  const auto& t = s.tokens;
  if (last_events_.first.size() != 1) return std::nullopt;
  for (std::size_t k = 0; k + 2 < t.size(); ++k)
    if (t[k].key == "during" && t[k + 1].key == "the" && lex_.temporal.event_nouns.count(t[k + 2].key) &&
        (k + 3 == t.size() || !t[k + 3].word)) {
      auto d = events_.near(last_events_.first.front(), si);
      if (d && d->date && d->date->day) return d;
    }
  return std::nullopt;
}

// The day of the latest of the `reach` sentences before `si` whose main clause
// gave one and which told of the occasion `noun` names (tells_occasion).
std::optional<Dating> Relater::told_occasion(std::string_view noun, std::size_t si, std::size_t reach) const {
  for (auto it = main_dated_.rbegin(); it != main_dated_.rend() && it->first + reach >= si; ++it)
    if (it->first < si && detail::tells_occasion(doc_.sentences[it->first], noun, &lex_.temporal.meeting_words))
      return it->second;
  return std::nullopt;
}

// "A met B in Riga on Monday. The two ministers also signed X": a sentence with no
// time words that goes on with a continuation word (temporal.json continuation_words),
// naming before it only what the sentence right before named, is at that sentence's day;
// so is one whose subject is the pair who met in that sentence ("The two ministers signed X").
// A pair subject is also "the" and a plural of the lexicon's pair_nouns ("The ministers then
// signed X"); it goes on at the day of the pair's meeting even when that sentence's main clause
// named no day ("On the final day of the exercise, A met B"), and past a relative clause after
// the agreement whose times name no day (quiet_before_which_).
std::optional<Dating> Relater::continued_day(const SentenceAnalysis& s, std::size_t si) const {
  if (!(quiet_ || quiet_before_relative_ || quiet_before_which_) || si == 0) return std::nullopt;
  bool day_before = !main_dated_.empty() && main_dated_.back().first == si - 1;
  const auto& words = lex_.temporal.continuation_words;
  auto cue = std::find_if(s.tokens.begin(), s.tokens.end(), [&](const Token& t) { return words.count(t.key) > 0; });
  const auto& t = s.tokens;
  bool pair_subject = pair_sentence_ + 1 == si && ctx_.last_pair.size() == 2 && t.size() > 3 &&
                      ((t[0].key == "the" && (t[1].key == "two" || lex_.temporal.pair_nouns.count(t[1].key))) ||
                       t[0].key == "both");
  if (!pair_subject && !(quiet_ || quiet_before_relative_)) return std::nullopt;
  if (!day_before && !pair_subject) return std::nullopt;
  if (cue == s.tokens.end() && !pair_subject) return std::nullopt;
  // "have also signed": the perfect tells of any time before, not of that day
  auto perfect = [](const Token& t) { return detail::perfect_auxiliary(t.key); };
  if (std::any_of(s.tokens.begin(), s.tokens.end(), perfect)) return std::nullopt;
  // (the pair's words stand where the cue would: only names before them are a new subject)
  auto at = static_cast<std::uint32_t>(cue != s.tokens.end() ? cue - s.tokens.begin() : t[0].key == "both" ? 1 : 2);
  const auto& before = doc_.sentences[si - 1].mentions;
  for (const auto& m : s.mentions) {
    bool named_before = std::any_of(before.begin(), before.end(), [&](const Mention& b) { return b.entity == m.entity; });
    if (m.begin < at && !named_before) return std::nullopt;  // a new subject: another story
  }
  if (day_before) return main_dated_.back().second;
  return pair_meeting_day(si);
}

// The day the pair who met in the sentence right before `si` got for their meeting, if any.
std::optional<Dating> Relater::pair_meeting_day(std::size_t si) const {
  if (ctx_.last_pair.size() != 2) return std::nullopt;
  for (const auto& r : out_)
    if (r.type == EdgeType::met_with && r.sentence + 1 == si && r.date && r.date->day &&
        ((r.source == ctx_.last_pair[0] && r.target == ctx_.last_pair[1]) ||
         (r.source == ctx_.last_pair[1] && r.target == ctx_.last_pair[0])))
      return Dating{r.date, {}};
  return std::nullopt;
}

// "A held a bilateral meeting with Estonia's minister, B. Estonia and Singapore agreed to
// deepen cooperation": a sentence with no time words that opens with the two the people who
// met in the sentence right before stand for (their nations or bodies) is at that meeting's date.
std::optional<Dating> Relater::parties_of_meeting_day(const SentenceAnalysis& s, std::size_t si) const {
  if (!quiet_ || si == 0 || pair_sentence_ + 1 != si || ctx_.last_pair.size() != 2) return std::nullopt;
  const auto& t = s.tokens;
  if (std::any_of(t.begin(), t.end(), [](const Token& k) { return detail::perfect_auxiliary(k.key); })) return std::nullopt;
  const Mention* first = nullptr;
  const Mention* second = nullptr;
  for (const auto& m : s.mentions) {
    if (!first && m.begin == 0) first = &m;
    else if (first && !second && m.begin == first->end + 1 && t[first->end].key == "and") second = &m;
  }
  if (!first || !second) return std::nullopt;
  auto is_pair = [&](const std::vector<int>& pair) {
    return pair.size() == 2 && ((pair[0] == first->entity && pair[1] == second->entity) ||
                                (pair[1] == first->entity && pair[0] == second->entity));
  };
  if (!is_pair(ctx_.last_nation_pair) && !is_pair(ctx_.last_party_pair)) return std::nullopt;
  for (const auto& r : out_)
    if (r.type == EdgeType::met_with && r.sentence + 1 == si && r.date &&
        ((r.source == ctx_.last_pair[0] && r.target == ctx_.last_pair[1]) ||
         (r.source == ctx_.last_pair[1] && r.target == ctx_.last_pair[0])))
      return Dating{r.date, {}};
  return std::nullopt;
}

// "The day before the exercise opened, A and B signed X", "two days after the
// summit closed", "on the eve of the forum": a day counted from the first day
// (after a closing verb, the last) of an exercise or event the document dates.
std::optional<Dating> Relater::event_relative_date(const SentenceAnalysis& s, std::size_t si) const {
  const auto& t = s.tokens;
  auto key = [&](std::size_t i) { return i < t.size() ? std::string_view(t[i].key) : std::string_view{}; };
  for (std::size_t i = 1; i + 1 < t.size(); ++i) {
    long days = 0, sign = key(i) == "before" ? -1 : 1;
    std::size_t at = i + 1;  // where the event is spoken of
    if (key(i) == "eve" && key(i - 1) == "the" && key(i + 1) == "of") {
      days = 1, sign = -1, at = i + 2;
    } else if (key(i) == "before" || key(i) == "after") {
      std::string_view count = i >= 2 ? key(i - 2) : std::string_view{};
      if (key(i - 1) == "day" && (count == "the" || count == "a" || count == "one")) days = 1;
      auto n = lex_.temporal.number_words.find(count);
      if (key(i - 1) == "days" && n != lex_.temporal.number_words.end()) days = n->second;
    }
    if (days < 1 || days > 31) continue;
    if (key(at) == "the") ++at;
    int event = -1;
    std::size_t next = at + 1;  // the word after the event
    for (const auto& m : s.mentions)
      if (m.begin == at && (doc_.entities[m.entity].type == NodeType::Exercise ||
                            doc_.entities[m.entity].type == NodeType::Event))
        event = m.entity, next = m.end;
    if (event < 0 && lex_.temporal.event_nouns.count(key(at))) {
      // "the exercise": the one the text is about here, else the last one it named
      event = local_topic(si);
      for (NodeType type : {NodeType::Exercise, NodeType::Event})
        if (auto it = latest_.find(type); event < 0 && it != latest_.end() && it->second.second < si) event = it->second.first;
      if (event >= 0 && doc_.entities[event].type != NodeType::Exercise && doc_.entities[event].type != NodeType::Event)
        event = -1;
    }
    // "on the eve of the signing", "two days after the ceremony": an occasion named by a noun of no
    // event list, dated by the last sentence of the passage that told of it ("signed ... on Friday")
    if (event < 0 && !lex_.temporal.event_nouns.count(key(at)) && at < t.size() && t[at].word && !t[at].capital) {
      constexpr std::size_t kReach = 6;
      auto told = told_occasion(key(at), si, kReach);
      if (!told || !told->date || !told->date->day) return std::nullopt;
      return Dating{add_days(*told->date, sign * days), {}};
    }
    if (event < 0) return std::nullopt;
    auto d = events_.days_of(event);
    bool closing = sign > 0 && closing_verb(key(next), lex_.temporal);
    std::optional<Date> base = !d ? std::nullopt : closing ? d->end : d->date;
    if (!base || !base->day) return std::nullopt;
    return Dating{add_days(*base, sign * days), {}};
  }
  return std::nullopt;
}

// "On the second day of the forum, A and B signed X", "on the final day": the day the
// ordinal counts from the first day of the event named (else the one told of last), or
// its last day, when the document states its days and the count falls within them.
std::optional<Dating> Relater::numbered_event_day(const SentenceAnalysis& s, std::size_t si) const {
  const auto& t = s.tokens;
  auto key = [&](std::size_t i) { return i < t.size() ? std::string_view(t[i].key) : std::string_view{}; };
  for (std::size_t i = 0; i + 3 < t.size(); ++i) {
    if (key(i) != "on") continue;
    // "on the final day", "on its final day", "on the exercise's final day", "on X's final day":
    // `w` is where the ordinal stands, `owner` the event named before it (-1: none),
    // `noun` whether an event noun or "its" stands for the event
    std::size_t w = 0;
    int owner = -1;
    bool noun = false;
    if (key(i + 1) == "its") {
      w = i + 2, noun = true;
    } else if (key(i + 1) == "the" && key(i + 3) == "'s" && lex_.temporal.event_nouns.count(std::string(key(i + 2)))) {
      w = i + 4, noun = true;
    } else if (key(i + 1) == "the") {
      w = i + 2;
    }
    for (const auto& m : s.mentions)
      if (m.begin == i + 1 && key(m.end) == "'s") w = m.end + 1, owner = m.entity;
    if (!w || key(w + 1) != "day") continue;
    std::string_view which = key(w);
    bool last = which == "final" || which == "last" || which == "closing";
    auto n = lex_.temporal.ordinal_words.find(std::string(which));
    if (!last && (n == lex_.temporal.ordinal_words.end() || n->second < 2)) continue;  // "first": first_day_phrases
    int event = owner;
    std::size_t at = owner >= 0 || noun ? 0 : key(w + 2) == "of" ? (key(w + 3) == "the" ? w + 4 : w + 3) : 0;
    for (const auto& m : s.mentions)
      if (at && m.begin == at) event = m.entity;
    if (event < 0 && (!at || lex_.temporal.event_nouns.count(std::string(key(at)))))
      event = last_events_.first.size() == 1 ? last_events_.first.front() : local_topic(si);
    if (event < 0 || (doc_.entities[event].type != NodeType::Exercise && doc_.entities[event].type != NodeType::Event))
      return std::nullopt;
    auto d = events_.days_of(event);
    if (!d || !d->date || !d->date->day) return std::nullopt;
    if (last) return d->end ? std::optional<Dating>{Dating{d->end, {}}} : std::nullopt;
    Date day = add_days(*d->date, n->second - 1);
    if (d->end && *d->end < day) return std::nullopt;
    return Dating{day, {}};
  }
  return std::nullopt;
}

// What a clause naming no exercise or event takes part in: the one
// exercise or event the sentence before (or the one before it) named alone
// ("The drill, X, ran in Tartu. Teams from A and B took part."), else the
// document's topic.
int Relater::local_topic(std::size_t si) const {
  constexpr std::size_t kReach = 2;
  if (last_events_.first.size() == 1 && si <= last_events_.second + kReach) return last_events_.first.front();
  return topic_;
}

// "on the exercise's opening day": the possessor of a phrase's "'s" (tokens
// [from, to)) is an event noun (not "on the minister's first day"); true
// for a phrase with no possessive.
bool Relater::event_possessor(const SentenceAnalysis& s, std::size_t from, std::size_t to) const {
  for (std::size_t k = from + 1; k < to; ++k)
    if (s.tokens[k].key == "'s" && !lex_.temporal.event_nouns.count(std::string(s.tokens[k - 1].key))) return false;
  return true;
}

// "The dialogue closed with the X Declaration": the last day of the event
// named (or referred to by "the <event noun>") right before a closing phrase,
// when the document states the event's dates; nullopt otherwise.
std::optional<Dating> Relater::closing_date(const SentenceAnalysis& s, std::size_t si) const {
  // no event named here nor one to refer back to: nothing to date (the phrase search spared)
  if (last_events_.first.size() != 1 && std::none_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
        NodeType t = doc_.entities[m.entity].type;
        return t == NodeType::Exercise || t == NodeType::Event;
      }))
    return std::nullopt;
  auto found = closing_phrases_.find(s.tokens);
  if (!found || (found->first == 0 && s.tokens[found->second - 1].key != "of")) return std::nullopt;
  std::size_t at = found->first;
  // "at the close of the two-day X": a phrase ending in "of" names the event after it
  constexpr std::size_t kWordsBefore = 3;  // "the", "two-day"
  bool of = s.tokens[found->second - 1].key == "of";
  int event = -1;
  for (const auto& m : s.mentions) {
    NodeType t = doc_.entities[m.entity].type;
    bool placed = of ? m.begin >= found->second && m.begin <= found->second + kWordsBefore : m.end == at;
    if (placed && (t == NodeType::Exercise || t == NodeType::Event)) event = m.entity;
  }
  constexpr std::size_t kReach = 2;  // sentences back to the event "the dialogue" is
  // "the dialogue closed with", "on the last day of the exercise": the event noun before or after the phrase
  std::size_t noun = of ? found->second + 1 : at - 1;
  bool referred = (of || at >= 2) && noun < s.tokens.size() && s.tokens[noun - 1].key == "the" &&
                  lex_.temporal.event_nouns.count(std::string(s.tokens[noun].key)) &&
                  last_events_.first.size() == 1 && si <= last_events_.second + kReach;
  if (event < 0 && referred) event = last_events_.first.front();
  if (event < 0) return std::nullopt;
  auto d = events_.near(event, si);
  if (!d || !d->date) return std::nullopt;
  return Dating{d->end ? d->end : d->date, {}};
}

// The distinct exercises, events and agreements a sentence names (an
// agreement is dated by its signing as an event by its taking place).
// Naming none, it speaks of the one its relations from `first_relation` on
// leave out ("X ran its first exercise from Oct. 20 to Oct. 24").
// `at`: where each is named (bytes into the sentence), when it is.
// Naming none and no relation's, "the exercise" speaks of the one event
// the sentence before (or the one before it) named.
std::vector<int> Relater::events_named(const SentenceAnalysis& s, std::size_t si, std::size_t first_relation,
                              std::vector<std::size_t>& at) {
  std::vector<int> events, happenings;
  for (const auto& m : s.mentions) {
    NodeType t = doc_.entities[m.entity].type;
    if ((t == NodeType::Exercise || t == NodeType::Event) &&
        std::find(happenings.begin(), happenings.end(), m.entity) == happenings.end())
      happenings.push_back(m.entity);
    // "hosted the framework's first exercise, X, last October": an agreement owning the
    // exercise named after it is no occasion of its own
    bool owner = t == NodeType::Agreement && m.end + 1 < s.tokens.size() && s.tokens[m.end].key == "'s" &&
                 std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& x) {
                   NodeType u = doc_.entities[x.entity].type;
                   return x.begin > m.end && (u == NodeType::Exercise || u == NodeType::Event);
                 });
    if ((t == NodeType::Exercise || t == NodeType::Event || t == NodeType::Agreement) && !owner &&
        std::find(events.begin(), events.end(), m.entity) == events.end()) {
      events.push_back(m.entity);
      at.push_back(s.tokens[m.begin].start - s.start);
    }
  }
  // what the last branch reads of the events before this sentence (not a copy of the list)
  const int last_only = last_events_.first.size() == 1 ? last_events_.first.front() : -1;
  const std::size_t last_at = last_events_.second;
  if (!happenings.empty()) last_events_ = {std::move(happenings), si};
  if (!events.empty()) return events;
  at.clear();
  for (auto r = out_.begin() + static_cast<long>(first_relation); r != out_.end(); ++r)
    if ((r->type == EdgeType::organises || r->type == EdgeType::participates_in) &&
        std::find(events.begin(), events.end(), r->target) == events.end())
      events.push_back(r->target);
  if (!events.empty()) return events;
  constexpr std::size_t kAnaphorReach = 2;  // sentences back to the event "the exercise" is
  if (last_only < 0 || si > last_at + kAnaphorReach) return events;
  if (auto noun = detail::event_noun_at(s, lex_.temporal)) events.push_back(last_only), at.push_back(*noun);
  return events;
}

namespace {

// "On the second day of the forum, X ran Exercise E. A, B and C took part.": taking part in E
// that no time reached takes the date E's running, taking part in it (a list's line before) or
// its being held somewhere on a day got in the same sentence or the one before;
// taking part or running, the date the same relation to E got in the same sentence ("organised
// by A with B", a list's lines). Not a place's date, which may be of a first edition, nor taking
// part on one day of several for the running.
void date_from_siblings(const DocAnalysis& doc, std::vector<Relation>& out) {
  constexpr std::size_t kReach = 1;
  auto occasion = [&](const Relation& r) {
    if (r.type != EdgeType::participates_in && r.type != EdgeType::organises) return false;
    NodeType t = doc.entities[r.target].type;
    return t == NodeType::Exercise || t == NodeType::Event;
  };
  std::vector<std::size_t> undated;
  for (std::size_t i = 0; i < out.size(); ++i)
    if (!out[i].date && !out[i].end && occasion(out[i])) undated.push_back(i);
  for (std::size_t i : undated) {
    Relation& r = out[i];
    const Relation* best = nullptr;
    for (const auto& q : out) {
      // (where the event was held on a day: a year may be its first edition's)
      bool held = q.type == EdgeType::located_in && q.source == r.target && q.date && q.date->day;
      if (!q.date || (!occasion(q) && !held) || (!held && q.target != r.target) || q.sentence > r.sentence) continue;
      bool same = q.sentence == r.sentence && q.type == r.type;
      bool before = (q.type == EdgeType::organises || q.type == EdgeType::participates_in || held) &&
                    r.type == EdgeType::participates_in && r.sentence - q.sentence <= kReach;
      if ((same || before) && (!best || q.sentence > best->sentence)) best = &q;
    }
    if (best) r.date = best->date, r.end = best->end, r.confidence *= 0.9;
  }
}

}  // namespace

// Taking part in or organising an event is dated by when the document
// says the event took place, when the clause itself gives no date; being
// party to an agreement by when the document says it was signed. A time
// elsewhere in the sentence that the clause did not take ("the meeting,
// hosted by X, was the first since the group was set up in 2021") is of
// another fact, and does not keep the event's date away.
void Relater::date_event_edges() {
  for (auto& r : out_) {
    // an event's place holds while it takes place ("X, held in Tallinn in April")
    bool event_place = r.type == EdgeType::located_in && (doc_.entities[r.source].type == NodeType::Exercise ||
                                                           doc_.entities[r.source].type == NodeType::Event);
    if (r.type != EdgeType::participates_in && r.type != EdgeType::organises && r.type != EdgeType::party_to &&
        !event_place)
      continue;
    int event = event_place ? r.source : r.target;
    take_edition_year(r, event);
    // the event's own date says more than the date the story was at
    bool from_story = from_story_.count({r.sentence, r.source, r.target}) > 0;
    // "A and B yesterday closed E": the clause's day is E's last; E is dated by its first
    auto first = r.date && !r.end && !from_story ? events_.first_day(event, r.sentence, *r.date) : std::nullopt;
    if (first) r.date = first->date, r.end = first->end;
    if (first) continue;
    auto d = events_.near(event, r.sentence);
    // "The 2022 edition, in Umea, ...": the edition the clause speaks of is that year's, whatever
    // another sentence dated the event by
    if (int year = !r.date && !r.end ? edition_noun_year(r.sentence) : 0;
        year && (!d || !d->date || d->date->year != year)) {
      r.date = Date{year, 0, 0};
      continue;
    }
    // no date told of it anywhere near: the edition's year its name gives, when it gives one
    if (!d && !r.date && !r.end)
      if (int year = edition_year(event, r.sentence)) r.date = Date{year, 0, 0};
    if (!d) continue;
    // "closed on Wednesday after two days of talks": the clause's day is the last of the event's span
    bool last_day = r.date && !r.end && d->date && d->end && *d->end == *r.date && *d->date < *r.date;
    // "the exercise was hosted this year by X": the event's day or month says more of the same year
    bool coarser = r.date && d->date && !r.end && detail::refines(*d->date, *r.date);
    if ((r.date || r.end) && !from_story && !coarser && !last_day) continue;
    r.date = d->date;
    r.end = d->end;
    r.confidence *= 0.9;
    // "took part in Amber Gate 2023", the event told of as "in May": May of that edition
    take_edition_year(r, event);
  }
  date_from_siblings(doc_, out_);
}

// The year written right after a name of `event` in the sentence ("Cyber
// Europe 2024"): the recogniser leaves it out of the name and the times of the
// sentence leave it out as a date of the fact (drop_times_inside_names).
// "took part in Locked Shields 2024 in April", read in 2026: a month or day
// whose year the sentence does not write is of the edition its name gives.
void Relater::take_edition_year(Relation& r, int event) const {
  if (!r.date || !r.date->month || r.sentence >= doc_.sentences.size()) return;
  int year = edition_year(event, r.sentence);
  if (!year || year == r.date->year) return;
  std::string written = std::to_string(r.date->year);
  for (const auto& t : doc_.sentences[r.sentence].tokens)
    if (t.text == written) return;
  int shift = year - r.date->year;
  auto moved = [&](Date d) {
    d.year += shift;
    return d.day && d.day > days_in_month(d.year, d.month) ? std::optional<Date>{} : std::optional<Date>{d};
  };
  auto date = moved(*r.date);
  auto end = r.end ? moved(*r.end) : std::nullopt;
  if (!date || (r.end && !end)) return;
  r.date = date;
  r.end = end;
}

// "The 2022 edition, in Umea, ...": a year between an opening "The" (or "Its", "This") and one
// of the lexicon's event nouns, in a sentence that names no exercise or event apart from those
// words; 0 when there is none.
int Relater::edition_noun_year(std::size_t sentence_index) const {
  constexpr int kFirst = 1990, kLast = 2100;
  if (sentence_index >= doc_.sentences.size()) return 0;
  const SentenceAnalysis& s = doc_.sentences[sentence_index];
  const auto& t = s.tokens;
  // (the sentence's subject: "sat out the 2025 edition" is no edition the clause took part in)
  for (std::size_t k = 1; k + 1 < t.size() && k < 2; ++k) {
    std::string_view y = t[k].text;
    if (y.size() != 4 || !std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
    if (t[k - 1].key != "the" && t[k - 1].key != "its" && t[k - 1].key != "this") continue;
    if (!lex_.temporal.event_nouns.count(t[k + 1].key)) continue;
    // (a name elsewhere in the sentence says which edition: "the 2022 edition of X" is X 2022 too)
    if (std::any_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) {
          NodeType type = doc_.entities[m.entity].type;
          std::uint32_t head = m.begin + 1 < m.end && t[m.begin].key == "the" ? m.begin + 1 : m.begin;
          return (type == NodeType::Exercise || type == NodeType::Event) && t[head].capital &&  // a name, no noun
                 (m.end <= k - 1 || m.begin > k + 1);
        }))
      return 0;
    int year = std::stoi(std::string(y));
    if (year >= kFirst && year <= kLast) return year;
  }
  return 0;
}

int Relater::edition_year(int event, std::size_t sentence_index) const {
  constexpr int kFirst = 1990, kLast = 2100;
  if (sentence_index >= doc_.sentences.size()) return 0;
  const SentenceAnalysis& s = doc_.sentences[sentence_index];
  for (const auto& m : s.mentions) {
    if (m.entity != event) continue;
    for (std::uint32_t k : {m.end - 1, m.end}) {  // the name's last word, else the word after it
      if (k >= s.tokens.size()) continue;
      std::string_view t = s.tokens[k].text;
      if (t.size() != 4 || !std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
      int year = std::stoi(std::string(t));
      if (year >= kFirst && year <= kLast) return year;
    }
  }
  return 0;
}

// "during exercise Banyan Reef 26, Feb. 9-13, 2026.", "took part in Iron Gate, 3-7 May,": a
// day or span set right after an event's name (its edition number between), ending
// its phrase, is the event's date, told without a verb (EventDates::state).
void Relater::state_apposed_dates(const SentenceAnalysis& s, std::size_t si, const std::vector<TimeExpression>& exprs) {
  for (const auto& m : s.mentions) {
    NodeType type = doc_.entities[m.entity].type;
    if (type != NodeType::Exercise && type != NodeType::Event) continue;
    std::uint32_t k = m.end;
    if (k < s.tokens.size() && s.tokens[k].word && std::isdigit(static_cast<unsigned char>(s.tokens[k].text[0]))) ++k;
    if (k + 1 >= s.tokens.size() || s.tokens[k].key != ",") continue;
    std::size_t at = s.tokens[k + 1].start - s.start;
    for (const auto& x : exprs) {
      if (x.start != at || !x.date || !x.date->day || (x.role != TimeRole::Point && x.role != TimeRole::Span)) continue;
      std::string_view rest = stext_.substr(std::min(x.end, stext_.size()));
      std::size_t next = rest.find_first_not_of(' ');
      bool ends = next == std::string_view::npos || rest[next] == '.' || rest[next] == ',' || rest[next] == ';';
      if (ends) events_.state(m.entity, si, {x.date, x.until});
    }
  }
}

// "Commanders of A, B and C met in Tokyo on Monday ... The 3rd Trilateral Working Group meeting
// was hosted by D": an event the sentence right after the lede names, that the lede does not
// name, whose name ends in an event noun the lede tells ("meeting": "met"; "summit"), and of
// which no date is stated, took place on the lede's day.
void Relater::lede_occasion(const SentenceAnalysis& s, std::size_t si) {
  auto lede = lede_.sentence();
  auto date = lede_.date();
  if (!lede || *lede + 1 != si || !date || !date->date || !date->date->day) return;
  const SentenceAnalysis& told = doc_.sentences[*lede];
  for (const auto& m : s.mentions) {
    const DocEntity& e = doc_.entities[m.entity];
    if (e.type != NodeType::Exercise && e.type != NodeType::Event) continue;
    if (events_.states(m.entity)) continue;
    if (std::any_of(told.mentions.begin(), told.mentions.end(), [&](const Mention& t) { return t.entity == m.entity; }))
      continue;
    std::size_t space = e.label.rfind(' ');
    std::string noun = newsgraph::lower_word(space == std::string::npos ? std::string_view(e.label) : std::string_view(e.label).substr(space + 1));
    if (!lex_.temporal.event_nouns.count(noun) || !detail::tells_occasion(told, noun)) continue;
    events_.state(m.entity, *lede, *date);
  }
}

}  // namespace newsgraph::detail
