// The date an article gives at its end, for articles whose head has none:
// a labelled line ("First published on 14 March 2024", "This page was last
// edited on ...") or a wire's closing time stamp (dateline.hpp).
#include <algorithm>
#include <string>

#include "document/dateline.hpp"

namespace newsgraph::document_detail {
namespace {

// An undated head leaves a labelled date in the article's last lines to look for.
constexpr int kTailLines = 8;

// A wire's closing time stamp, "03-MAR-26 14:22 GMT" or "TNA 03-MAR-26 14:22":
// day, month's short name and year joined by dashes, then the time.
bool read_wire_stamp(std::string_view line, DocumentMeta& meta, const MetadataWords& words) {
  std::size_t space = line.find(' ');
  if (space != std::string_view::npos && space <= 6 && std::all_of(line.begin(), line.begin() + space, is_upper))
    line = trim(line.substr(space + 1));  // the wire's code
  if (line.size() < 15 || line.size() > 40 || line[2] != '-' || line[6] != '-' || line[9] != ' ') return false;
  int day = 0, year = 0, hour = 0;
  if (digits_at(line, 0, day) != 2 || digits_at(line, 7, year) != 2 || !digits_at(line, 10, hour) || line.find(':', 10) > 12)
    return false;
  if (!std::all_of(line.begin() + 3, line.begin() + 6, is_letter)) return false;
  std::string spelled = std::string(line.substr(0, 2)) + " " + line[3] + static_cast<char>(line[4] | 32) +
                        static_cast<char>(line[5] | 32) + " 20" + std::string(line.substr(7, 2)) + std::string(line.substr(9));
  std::optional<Date> date;
  std::string zone;
  if (!read_date_words(spelled, date, zone, words)) return false;
  meta.published = date;
  meta.timezone = zone;
  return true;
}

}  // namespace

// A date the end of an article gives under a label ("First published on
// 14 March 2024"), for articles whose head has none. `edited` gets the date of
// the last lines' update label ("This page was last edited on 2 October 2026"),
// which stands in only when no other date is found.
void read_closing_dateline(std::string_view text, DocumentMeta& meta, const MetadataWords& words,
                           std::optional<Date>& edited) {
  std::size_t end = text.size();
  for (int n = 0; n < kTailLines && end > 0; ++n) {
    std::size_t nl = text.rfind('\n', end - 1);
    std::size_t start = nl == std::string_view::npos ? 0 : nl + 1;
    std::string_view line = trim(text.substr(start, end - start));
    end = start == 0 ? 0 : start - 1;
    if (read_wire_stamp(line, meta, words)) return;
    bool updated = false;
    std::string_view dated = strip_lead(line, updated, words);
    if (line.empty() || line.size() > kMaxDatelineBytes || dated.size() == line.size()) continue;
    std::optional<Date> date;
    std::string zone;
    std::size_t date_end = 0;
    if (updated) {
      if (!edited && read_date_words(dated, date, zone, words, &date_end) && !sentence_follows(dated.substr(date_end), words))
        edited = date;
      continue;
    }
    if (read_date_words(dated, date, zone, words, &date_end) && !sentence_follows(dated.substr(date_end), words)) {
      meta.published = date;
      meta.timezone = zone;
      return;
    }
  }
}

}  // namespace newsgraph::document_detail
