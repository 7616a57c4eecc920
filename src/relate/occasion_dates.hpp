// Internal to src/relate/: dates a clause gets from the occasion it tells of
// rather than from a time of its own.
//
// A post taken: "Rutte, who took office on October 1", "Saar took over the
// centre in 2023" date the person's leading of (or serving in) the body the
// document relates them to, found in any sentence: a span by its start.
//
// An occasion: "On the sidelines, A and B signed a memorandum", "on the
// margins of the summit": the fact happened at the event the story reports,
// so it takes that event's date (the lede's date when the event is not named).
// Phrases are the lexicon's temporal words (office_phrases, occasion_phrases).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "relate/dating.hpp"
#include "relate/relate.hpp"

namespace newsgraph::detail {

// Finds phrases of a word list (lower-case words, one space between; at
// most 48 phrases of 6 words are read) in a sentence's tokens. Built once
// per document without allocating: it views the list's strings, which must
// outlive it.
// A phrase's word "*" (not its first) stands for any one token ("on the * 's opening day").
class PhraseFinder {
 public:
  explicit PhraseFinder(const WordSet& phrases);
  // The first phrase at or after token `from`: its first token and the token after it.
  std::optional<std::pair<std::size_t, std::size_t>> find(const std::vector<Token>& tokens, std::size_t from = 0) const;

 private:
  struct Phrase {
    std::array<std::string_view, 6> words;
    std::size_t size = 0;
  };
  std::array<Phrase, 96> phrases_{};  // (office_phrases has 63)
  std::size_t count_ = 0;
  // entry n (63: longer): bit c - 'a' for each phrase whose first word has n bytes and starts with c
  std::array<std::uint32_t, 64> shapes_{};
};

struct OfficeTaken {
  int person = -1;
  int post = -1;  // the body named right after the phrase, -1 when none
  Dating date;
  bool starts = false;  // the day the post is taken up ("takes up the post on"), not an appointment's
  bool planned = false;  // "will take command in November": only the post led, not a body served in now
  std::size_t sentence = 0;  // where it is told
};

// The posts sentence `si` says people took, with the date it gives.
void find_offices_taken(const DocAnalysis& doc, std::size_t si, std::string_view sentence,
                        const std::vector<TimeExpression>& exprs, const PhraseFinder& phrases,
                        const TemporalWords& words, std::vector<OfficeTaken>& out);

// "The government on Monday appointed Jan Novak as director of the agency":
// the post of the person named right after an appointing verb (the lexicon's
// appointing_verbs), dated as the verb's clause is.
void find_appointments(const DocAnalysis& doc, std::size_t si, std::string_view sentence,
                       const std::vector<TimeExpression>& exprs, const TemporalWords& words,
                       std::vector<OfficeTaken>& out);

// "appointed X as chief of Y, effective 1 October": a day after one of the lexicon's
// effective_phrases, in a sentence naming one person, is the day that person takes up a post.
void find_effective_posts(const DocAnalysis& doc, std::size_t si, std::string_view sentence,
                          const std::vector<TimeExpression>& exprs, const TemporalWords& words,
                          std::vector<OfficeTaken>& out);

// The undated leads (else affiliated_with) edges of each person who took a
// post, to that post (or to the one body they are related to), get its date;
// a leads edge dated by an appointment gives way to a later day the post is
// taken up ("was appointed director ... She takes up the post on 1 October").
// A person who leads a body took up that post, not one they serve in.
void date_offices(const DocAnalysis& doc, const std::vector<OfficeTaken>& taken, std::vector<Relation>& out);

// Where sentence `si` places its facts at an occasion ("on the sidelines"):
// the token after the phrase, or nullopt when it has no such phrase.
std::optional<std::size_t> occasion_phrase(const SentenceAnalysis& s, const PhraseFinder& phrases);

// Whether sentence `s` tells of the occasion `noun` (an occasion phrase's last
// word) names: a word of its stem ("visit": "visited"; "talks": "talk";
// "signing": "signed"), or "met" for "meeting"; for "meeting" and "talks" also one of
// `meeting_words` (temporal.json meeting_words: "received", "welcomed").
bool tells_occasion(const SentenceAnalysis& s, std::string_view noun, const WordSet* meeting_words = nullptr);

// "The exercise began on Monday": where a sentence speaks of an event by a
// noun of the lexicon's event_nouns after "the" ("the five-day exercise",
// "the 2025 iteration"), by "this" ("this year's edition", "this exercise"),
// or by "it" before an occurrence verb ("it ran from Monday"), as bytes into
// the sentence; nullopt when it does not.
std::optional<std::size_t> event_noun_at(const SentenceAnalysis& s, const TemporalWords& words);

// The date of the story's own occasion: the first date of a point or span
// in the lede (the first sentence of the story after the headline, its
// dateline and byline), if it has one.
class LedeDate {
 public:
  // `field_labels`: the labels of a readout's date field ("Date and time: Monday, June 16"), lower case.
  void observe(const SentenceAnalysis& s, const std::vector<TimeExpression>& exprs, const WordSet& field_labels = {},
               std::size_t sentence_index = 0);
  // The lede's sentence, once read.
  std::optional<std::size_t> sentence() const { return seen_ ? std::optional<std::size_t>(sentence_) : std::nullopt; }
  // The lede's date, else the date field's before it.
  std::optional<Dating> date() const { return date_ ? date_ : field_; }

 private:
  std::optional<Dating> date_;
  std::optional<Dating> field_;
  bool seen_ = false;  // the lede has been read
  std::size_t sentence_ = 0;
};

}  // namespace newsgraph::detail
