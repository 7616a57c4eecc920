// "Croatia joined NATO in April 2009 and the European Union in July 2013": the verb's
// second object, with a time of its own, is said with the verb left out (gapping).
#include <cctype>
#include <string_view>

#include "relate/clauses.hpp"

namespace newsgraph::detail {

namespace {

// A time phrase of a few words from `from` to the item before `to`: it opens with a
// preposition of time and holds a month, weekday or year ("in April 2009", "on 3 May").
bool time_phrase(const std::vector<Item>& items, std::size_t from, std::size_t to, const TemporalWords& words) {
  if (to <= from + 1 || to - from > 5 || !words.date_cues.count(items[from].key)) return false;
  bool dated = false;
  for (std::size_t k = from; k < to; ++k) {
    if (items[k].is_entity()) return false;
    std::string_view key = items[k].key;
    bool year = key.size() == 4 && std::isdigit(static_cast<unsigned char>(key[0])) && std::isdigit(static_cast<unsigned char>(key[3]));
    dated |= year || words.months.count(key) || words.weekdays.count(key);
  }
  return dated;
}

}  // namespace

// The clause "Croatia joined the European Union in July 2013" is added to `extra`, its
// subject and verb borrowed (not dated from): the second object's own time dates it. Only
// objects of one type ("NATO ... and Finland in 2023" is another subject, not an object).
void split_gapped_objects(const std::vector<Item>& items, std::vector<std::vector<Item>>& extra, const Lexicon& lex,
                          const DocAnalysis* doc) {
  std::size_t subject = !items.empty() && items[0].key == "the" ? 1 : 0;
  if (!doc || items.size() < subject + 10 || items[subject].entity < 0) return;
  // "Turkiye and Azerbaijan signed A in 2010 and B in 2021": a subject of several names
  std::size_t last = subject;
  while (last + 2 < items.size() && (items[last + 1].key == "and" || items[last + 1].key == ",") &&
         items[last + 2].entity >= 0 && doc->entities[items[last + 2].entity].type == doc->entities[items[subject].entity].type)
    last += 2;
  std::size_t object = last + 1;
  while (object < items.size() && object < last + 6 && lower_word(items[object])) ++object;
  if (object == last + 1 || object >= items.size() || items[object].entity < 0) return;
  std::size_t conj = object + 1;
  while (conj < items.size() && conj < object + 7 && items[conj].key != "and") ++conj;
  std::size_t gap_end = conj > 0 && items[conj - 1].key == "," ? conj - 1 : conj;
  if (conj >= items.size() || !time_phrase(items, object + 1, gap_end, lex.temporal)) return;
  std::size_t second = conj + 1 < items.size() && items[conj + 1].key == "the" ? conj + 2 : conj + 1;
  if (second + 1 < items.size() && lex.anaphor_type.count(items[second].key)) ++second;  // "and exercise X in May"
  if (second >= items.size() || items[second].entity < 0 ||
      doc->entities[items[second].entity].type != doc->entities[items[object].entity].type)
    return;
  std::size_t end = second + 1;
  while (end < items.size() && items[end].key != "." && items[end].key != "," && items[end].key != ";") ++end;
  if (!time_phrase(items, second + 1, end, lex.temporal)) return;
  std::vector<Item> clause(items.begin(), items.begin() + static_cast<long>(object));
  for (auto& it : clause) it.borrowed = true;
  clause.insert(clause.end(), items.begin() + static_cast<long>(second), items.begin() + static_cast<long>(end));
  extra.push_back(std::move(clause));
}

}  // namespace newsgraph::detail
