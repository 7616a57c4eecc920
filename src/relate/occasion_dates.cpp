#include "relate/occasion_dates.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <set>
#include <string>

#include "util/ascii.hpp"

namespace newsgraph::detail {

namespace {

bool is_person(const DocAnalysis& doc, int e) { return doc.entities[e].type == NodeType::Person; }

// "Saar" later in the text is the "Tõnis Saar" named before: the graph joins
// them, the sentences may still hold them apart.
bool same_person(const DocAnalysis& doc, int a, int b) {
  if (a == b) return true;
  if (!is_person(doc, a) || !is_person(doc, b)) return false;
  const std::string &x = doc.entities[a].label, &y = doc.entities[b].label;
  auto ends_with_name = [](const std::string& full, const std::string& part) {
    return full.size() > part.size() + 1 && full.ends_with(part) && full[full.size() - part.size() - 1] == ' ';
  };
  return ends_with_name(x, y) || ends_with_name(y, x);
}

}  // namespace

namespace {

// The bit of a byte in PhraseFinder's shapes (26: not a lower-case letter), as a
// table: find() asks it of every token of every sentence, four times a sentence.
constexpr std::array<std::uint8_t, 256> kInitialBits = [] {
  std::array<std::uint8_t, 256> bits{};
  for (int c = 0; c < 256; ++c) bits[static_cast<std::size_t>(c)] = c >= 'a' && c <= 'z' ? static_cast<std::uint8_t>(c - 'a') : 26;
  return bits;
}();

// The bit of a word's first byte (26 for an empty word).
unsigned initial_bit(std::string_view w) { return w.empty() ? 26u : kInitialBits[static_cast<unsigned char>(w[0])]; }

}  // namespace

PhraseFinder::PhraseFinder(const WordSet& phrases) {
  for (const auto& p : phrases) {
    if (count_ == phrases_.size()) break;  // the lists are short; more are not read
    Phrase& out = phrases_[count_];
    std::string_view rest(p);
    while (!rest.empty() && out.size < out.words.size()) {
      std::size_t space = rest.find(' ');
      if (space != 0) out.words[out.size++] = rest.substr(0, space);
      rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    }
    if (!out.size || !rest.empty()) {  // empty, or longer than a phrase may be
      out = Phrase{};
      continue;
    }
    shapes_[std::min<std::size_t>(out.words[0].size(), 63)] |= std::uint32_t{1} << initial_bit(out.words[0]);
    ++count_;
  }
}

std::optional<std::pair<std::size_t, std::size_t>> PhraseFinder::find(const std::vector<Token>& tokens,
                                                                      std::size_t from) const {
  for (std::size_t i = from; i < tokens.size(); ++i) {
    std::string_view key(tokens[i].key);
    // most words start no phrase: told by their length and first letter
    if (!((shapes_[std::min<std::size_t>(key.size(), 63)] >> initial_bit(key)) & 1u)) continue;
    for (std::size_t p = 0; p < count_; ++p) {
      const Phrase& phrase = phrases_[p];
      if (i + phrase.size > tokens.size()) continue;
      // most phrases are told apart by their first word's length and first byte, inline
      std::string_view first = phrase.words[0];
      if (first != "*" && (first.size() != key.size() || first[0] != key[0])) continue;
      bool all = true;
      for (std::size_t k = 0; all && k < phrase.size; ++k)
        all = phrase.words[k] == "*" || std::string_view(tokens[i + k].key) == phrase.words[k];
      if (all) return std::pair{i, i + phrase.size};
    }
  }
  return std::nullopt;
}

namespace {

// "He took up the post on 1 November", "She will take office in May": a subject pronoun
// opening the sentence (a few words of the verb between, no mark) is the one person the
// sentence before names (none when it names more).
int pronoun_holder(const DocAnalysis& doc, std::size_t si, std::size_t first) {
  constexpr std::size_t kVerbWords = 3;  // "will", "is due to", "is expected to"
  const SentenceAnalysis& s = doc.sentences[si];
  if (si == 0 || first < 1 || first > 1 + kVerbWords || (s.tokens[0].key != "he" && s.tokens[0].key != "she"))
    return -1;
  for (std::size_t k = 1; k < first; ++k)
    if (!s.tokens[k].word || s.tokens[k].capital) return -1;
  int person = -1;
  for (const auto& m : doc.sentences[si - 1].mentions) {
    if (m.entity < 0 || !is_person(doc, m.entity)) continue;
    if (person >= 0 && !same_person(doc, person, m.entity)) return -1;
    person = m.entity;
  }
  return person;
}

}  // namespace

void find_offices_taken(const DocAnalysis& doc, std::size_t si, std::string_view sentence,
                        const std::vector<TimeExpression>& exprs, const PhraseFinder& phrases,
                        const TemporalWords& words, std::vector<OfficeTaken>& out) {
  const SentenceAnalysis& s = doc.sentences[si];
  bool pronoun = !s.tokens.empty() && (s.tokens[0].key == "he" || s.tokens[0].key == "she");
  if (exprs.empty() ||
      (!pronoun && std::none_of(s.mentions.begin(), s.mentions.end(), [&](const Mention& m) { return is_person(doc, m.entity); })))
    return;
  for (auto found = phrases.find(s.tokens); found; found = phrases.find(s.tokens, found->second)) {
    auto [first, after] = *found;
    // the holder: the person named last before the phrase ("Rutte, who took office")
    int person = -1, post = -1;
    for (const auto& m : s.mentions)
      if (m.end <= first && is_person(doc, m.entity)) person = m.entity;
    if (person < 0) person = pronoun_holder(doc, si, first);
    if (person < 0) continue;
    // the post: a body named within a few words after ("took over the agency's command")
    for (const auto& m : s.mentions)
      if (m.begin >= after && m.begin <= after + 3 && !is_person(doc, m.entity)) {
        post = m.entity;
        break;
      }
    std::size_t from = s.tokens[first].start - s.start, to = s.tokens[after - 1].end - s.start;
    Dating d = date_near(exprs, sentence, from, to, false, words);
    // "was appointed": the appointment's day; "took up the post": the day the post begins
    bool appointing = false, planned = false;
    for (std::size_t k = first; k < after; ++k) appointing |= words.appointing_verbs.count(std::string_view(s.tokens[k].key)) > 0;
    constexpr std::size_t kCueReach = 3;  // "will", "is due to", "is expected to"
    for (std::size_t k = first > kCueReach ? first - kCueReach : 0; k < first; ++k)
      planned |= words.future_cues.count(std::string_view(s.tokens[k].key)) > 0;
    if (d.date) out.push_back({person, post, d, !appointing, planned, si});
  }
}

void find_appointments(const DocAnalysis& doc, std::size_t si, std::string_view sentence,
                       const std::vector<TimeExpression>& exprs, const TemporalWords& words,
                       std::vector<OfficeTaken>& out) {
  if (exprs.empty() || words.appointing_verbs.empty()) return;
  const SentenceAnalysis& s = doc.sentences[si];
  constexpr std::size_t kReach = 3;  // tokens from the verb to the name ("named Colonel Ann Lee")
  // Only a verb a few tokens before a person's name can appoint: the others are not looked up.
  std::vector<char> before_person(s.tokens.size(), 0);
  for (const auto& m : s.mentions)
    if (is_person(doc, m.entity))
      for (std::size_t k = m.begin > kReach ? m.begin - kReach : 0; k < m.begin && k < before_person.size(); ++k)
        before_person[k] = 1;
  for (std::size_t k = 0; k < s.tokens.size(); ++k) {
    if (!before_person[k] || !words.appointing_verbs.count(std::string_view(s.tokens[k].key))) continue;
    // "was appointed" is an office phrase (the holder named before): not this
    std::string_view before = k > 0 ? std::string_view(s.tokens[k - 1].key) : std::string_view{};
    if (before == "was" || before == "were" || before == "been" || before == "be" || before == "is") continue;
    int person = -1;
    for (const auto& m : s.mentions)
      if (m.begin > k && m.begin <= k + kReach && is_person(doc, m.entity)) {
        person = m.entity;
        break;
      }
    if (person < 0) continue;
    std::size_t from = s.tokens[k].start - s.start, to = s.tokens[k].end - s.start;
    Dating d = date_near(exprs, sentence, from, to, false, words);
    if (d.date) out.push_back({person, -1, d, false, false, si});
  }
}

void find_effective_posts(const DocAnalysis& doc, std::size_t si, std::string_view sentence,
                          const std::vector<TimeExpression>& exprs, const TemporalWords& words,
                          std::vector<OfficeTaken>& out) {
  if (exprs.empty() || words.effective_phrases.empty()) return;
  const SentenceAnalysis& s = doc.sentences[si];
  int person = -1;
  for (const auto& m : s.mentions) {
    if (!is_person(doc, m.entity) || m.entity == person) continue;
    if (person >= 0) return;  // whose post it is is not told
    person = m.entity;
  }
  if (person < 0) return;
  for (const auto& x : exprs) {
    // (a "from" read into the time: "with effect from 1 July" is a time since the day)
    if (!x.date || !x.date->day || (x.role != TimeRole::Point && x.role != TimeRole::Since) || x.start > sentence.size())
      continue;
    std::string before = lower_word(sentence.substr(0, x.start));
    while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.pop_back();
    for (const auto& phrase : words.effective_phrases) {
      if (!before.ends_with(phrase) || (before.size() > phrase.size() && before[before.size() - phrase.size() - 1] != ' '))
        continue;
      out.push_back({person, -1, Dating{x.date, {}}, true, false, si});
      return;
    }
  }
}

void date_offices(const DocAnalysis& doc, const std::vector<OfficeTaken>& taken, std::vector<Relation>& out) {
  // an appointment's leads edge, which the day the post is taken up dates better
  auto appointed = [](const Relation& r) {
    return r.type == EdgeType::leads && r.date && !r.end && r.pattern.find("appoint") != std::string::npos;
  };
  for (const auto& t : taken) {
    auto takes = [&](const Relation& r) {
      return (!r.date && !r.end) || (t.starts && appointed(r) && *r.date < *t.date.date);
    };
    EdgeType asked = EdgeType::leads;
    auto told_there = [&](int target) {
      return std::any_of(out.begin(), out.end(), [&](const Relation& r) {
        return r.type == asked && r.target == target && r.sentence == t.sentence && same_person(doc, r.source, t.person);
      });
    };
    // leading says more of a post than serving in a body: asked first
    for (EdgeType type : {EdgeType::leads, EdgeType::affiliated_with}) {
      asked = type;
      if (t.planned && type == EdgeType::affiliated_with) break;  // "currently deputy ... will take over"
      std::set<int> targets;
      bool leads_any = false;  // a body the person leads, dated or not: the post taken
      for (const auto& r : out) {
        if (r.type != type || !same_person(doc, r.source, t.person) ||
            !(t.post >= 0 ? r.target == t.post : doc.entities[r.target].type != NodeType::Nation))
          continue;
        leads_any |= type == EdgeType::leads;
        if (takes(r)) targets.insert(r.target);
      }
      if (targets.empty() && leads_any && t.post < 0) break;
      if (targets.empty()) continue;
      // "It is led by X, who was appointed in October. She was previously head of Y": the
      // post the sentence of the appointment relates X to, of the several X held
      if (targets.size() > 1) std::erase_if(targets, [&](int target) { return !told_there(target); });
      if (targets.size() != 1) break;  // which post was taken is not told
      for (auto& r : out)
        if (r.type == type && same_person(doc, r.source, t.person) && r.target == *targets.begin() && takes(r))
          r.date = t.date.date, r.end = t.date.end;
      break;
    }
  }
}

std::optional<std::size_t> occasion_phrase(const SentenceAnalysis& s, const PhraseFinder& phrases) {
  auto found = phrases.find(s.tokens);
  if (!found) return std::nullopt;
  return found->second;
}

bool tells_occasion(const SentenceAnalysis& s, std::string_view noun, const WordSet* meeting_words) {
  std::string_view stem = noun;
  if (stem.size() > 5 && stem.ends_with("ing")) stem.remove_suffix(3);
  else if (stem.size() > 4 && stem.ends_with('s')) stem.remove_suffix(1);
  // "meet" is the one occasion verb whose past is not its stem's; "received" tells a meeting too
  bool meeting = stem == "meet" || stem == "talk";
  return std::any_of(s.tokens.begin(), s.tokens.end(), [&](const Token& t) {
    return t.word && (std::string_view(t.key).starts_with(stem) || (stem == "meet" && t.key == "met") ||
                      (meeting && meeting_words && meeting_words->count(t.key) > 0));
  });
}

namespace {

// The noun before token `k` ends its phrase: a verb, a preposition of time
// ("Opening the meeting on Wednesday") or a stop follows, not
// another noun ("the exercise area", "the drill Iron Gate").
bool ends_noun_phrase(const std::vector<Token>& t, std::size_t k, const TemporalWords& words) {
  if (k >= t.size() || !t[k].word) return true;
  std::string_view w(t[k].key);
  if (t[k].capital) return false;
  return words.occurrence_verbs.count(w) || words.past_tense_words.count(w) || words.date_cues.count(w) || w == "is" || w == "will" ||
         w == "has" || (w.size() > 4 && w.ends_with("ed"));
}

}  // namespace

namespace {

// "it was held in Suva", "it took place in May", "it ran from Monday": "it"
// as what happened, not as one who acted ("it signed a pact", "it hosted the drill").
bool event_pronoun(const std::vector<Token>& t, std::size_t k, const TemporalWords& words) {
  auto key = [&](std::size_t i) { return i < t.size() ? std::string_view(t[i].key) : std::string_view{}; };
  auto verb = [&](std::size_t i) {
    return words.occurrence_verbs.count(std::string(key(i))) && key(i) != "signed" && key(i) != "inked";
  };
  if ((key(k + 1) == "was" || key(k + 1) == "is") && verb(k + 2)) return true;
  if ((key(k + 1) == "took" || key(k + 1) == "takes") && key(k + 2) == "place") return true;
  // (the prepositions and determiners that open a time: grammar of English, not a list a user extends)
  static constexpr std::string_view kWhen[] = {"from", "on", "between", "until", "last", "this"};
  std::string_view next = key(k + 2);
  return verb(k + 1) && std::find(std::begin(kWhen), std::end(kWhen), next) != std::end(kWhen);
}

// "This year's edition was run from Monday", "this week's meeting", "this
// exercise": the one the story is about, by "this" (a unit and "'s" between)
// and an event noun that ends its phrase.
bool this_edition(const std::vector<Token>& t, std::size_t k, const TemporalWords& words) {
  auto key = [&](std::size_t i) { return i < t.size() ? std::string(t[i].key) : std::string(); };
  if (key(k) != "this") return false;
  std::size_t n = k + 1;
  if (words.units.count(key(n)) && key(n + 1) == "'s") n += 2;
  return words.event_nouns.count(key(n)) && ends_noun_phrase(t, n + 1, words);
}

}  // namespace

std::optional<std::size_t> event_noun_at(const SentenceAnalysis& s, const TemporalWords& words) {
  constexpr std::size_t kGap = 3;  // tokens between "the" and the noun ("the five-day exercise")
  const auto& t = s.tokens;
  for (std::size_t k = 0; k < t.size(); ++k) {
    if (t[k].key == "it" && event_pronoun(t, k, words)) return t[k].start - s.start;
    if (this_edition(t, k, words)) return t[k].start - s.start;
    if (std::string_view(t[k].key) != "the") continue;
    for (std::size_t n = k + 1; n < t.size() && n <= k + 1 + kGap; ++n) {
      // a capitalised word between is a name ("the Locked Shields exercise"): named, not referred to
      if (t[n].capital) break;
      // "the next meeting", "the first edition": another one than the story's
      std::string_view between(t[n].key);
      if (words.sequence_words.count(between) || words.shift_words.count(between) || words.ordinal_words.count(between))
        break;
      // (the two-word noun built in a buffer the thread keeps, and only when the one word is none:
      // this asks each of a few words after every "the" of every sentence)
      bool single = words.event_nouns.count(between) > 0, noun = single;
      if (!single && n + 1 < t.size()) {
        thread_local std::string two;
        two.assign(between).append(1, ' ').append(t[n + 1].key);
        noun = words.event_nouns.count(two) > 0;
      }
      std::size_t after = n + (single ? 1 : 2);
      if (noun && ends_noun_phrase(t, after, words)) return t[k].start - s.start;
    }
  }
  return std::nullopt;
}

namespace {

// Whether the sentence opens with one of the labels and a colon ("Date and time:").
bool opens_with_field(const SentenceAnalysis& s, const WordSet& labels) {
  for (const auto& label : labels) {
    std::size_t k = 0;
    bool same = true;
    for_each_word(label, [&](std::string_view w) {
      same = same && k < s.tokens.size() && s.tokens[k].key == w;
      ++k;
    });
    if (same && k < s.tokens.size() && s.tokens[k].key == ":") return true;
  }
  return false;
}

}  // namespace

void LedeDate::observe(const SentenceAnalysis& s, const std::vector<TimeExpression>& exprs, const WordSet& field_labels,
                       std::size_t sentence_index) {
  if (seen_) return;
  // a readout's "Date: ..." field before the story dates its occasion when the lede does not
  if (!field_ && opens_with_field(s, field_labels))
    if ((field_ = first_day_named(exprs))) return;
  if (s.headline) return;
  // "[Unofficial translation provided by the press service.]": an editor's note, not the story
  if (!s.tokens.empty() && (s.tokens.front().text == "[" || s.tokens.front().text == "(")) return;
  // a dateline or byline ("Updated: 21 Aug 2024, 11:05 PM IST") is no sentence of the story:
  // it has (almost) no lower-case words
  constexpr int kStoryWords = 4;
  int lower = 0;
  for (const auto& t : s.tokens) lower += t.word && !t.capital && !t.text.empty() && t.text[0] >= 'a' && t.text[0] <= 'z';
  if (lower < kStoryWords) return;
  // a headline in sentence case after an outlet's name ("Nato opens centre in Mons") has no stop
  std::string_view last = s.tokens.back().key;
  if (last != "." && last != "\"" && last != "!" && last != "?" && last != "'") return;
  seen_ = true;
  sentence_ = sentence_index;
  for (const auto& x : exprs)
    if (x.date && (x.role == TimeRole::Point || x.role == TimeRole::Span)) {
      date_ = Dating{x.date, x.until};
      return;
    }
}

}  // namespace newsgraph::detail
