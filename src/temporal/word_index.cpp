#include "temporal/word_index.hpp"

#include "temporal/words.hpp"

namespace newsgraph::temporal {

const WordInfo* WordIndex::find(std::string_view word) const {
  if (word.empty() || word.size() > 16) return nullptr;
  char buffer[16];
  auto it = words.find(lower_word(word, buffer));
  return it == words.end() ? nullptr : &it->second;
}

namespace {
void mark(WordIndex& index, const WordSet& set, std::uint32_t flag) {
  for (const auto& w : set) index.words[w].flags |= flag;
}
void mark(WordIndex& index, const WordMap<int>& map, std::uint32_t flag, int WordInfo::*value) {
  for (const auto& [w, v] : map) {
    WordInfo& info = index.words[w];
    info.flags |= flag;
    info.*value = v;
  }
}
}  // namespace

WordIndex build_word_index(const TemporalWords& w) {
  WordIndex index;
  const std::pair<const WordSet*, std::uint32_t> sets[] = {
      {&w.triggers, kTrigger},        {&w.date_cues, kDateCue},         {&w.since_words, kSince},
      {&w.until_words, kUntil},       {&w.from_words, kFrom},           {&w.between_words, kBetween},
      {&w.span_links, kSpanLink},     {&w.and_links, kAndLink},         {&w.modifiers, kModifier},
      {&w.ago_words, kAgo},           {&w.numbered_nouns, kNumberedNoun}, {&w.quarter_prefixes, kQuarterPrefix},
      {&w.future_cues, kFutureCue},   {&w.short_months, kShortMonth},   {&w.short_weekdays, kShortWeekday},
  };
  for (const auto& [set, flag] : sets) mark(index, *set, flag);
  mark(index, w.months, kMonth, &WordInfo::month);
  mark(index, w.weekdays, kWeekday, &WordInfo::weekday);
  mark(index, w.shift_words, kShift, &WordInfo::shift);
  mark(index, w.day_words, kDayWord, &WordInfo::day_word);
  mark(index, w.number_words, kNumberWord, &WordInfo::number);
  mark(index, w.ordinal_words, kOrdinal, &WordInfo::ordinal);
  mark(index, w.periods, kPeriod, &WordInfo::period);
  for (const auto& [word, unit] : w.units) {
    WordInfo& info = index.words[word];
    info.flags |= kUnit;
    info.unit = unit;
  }
  for (const auto& [word, months] : w.seasons) {
    WordInfo& info = index.words[word];
    info.flags |= kSeason;
    info.season = months;
  }
  return index;
}

}  // namespace newsgraph::temporal
