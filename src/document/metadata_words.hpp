// The words the metadata reader recognises in an article's head, as data:
// the "metadata" section of src/lexicon/data/temporal.json (and of a user's
// --lexicon files, schema schemas/lexicon.schema.json).
#pragma once
#include <string>
#include <vector>

namespace newsgraph {

struct MetadataWords {
  std::vector<std::string> outlet_words;    // "Times", "Post": the last word of an outlet's name line
  std::vector<std::string> dateline_words;  // "on", "at", "Tue": may precede the date of a dateline
  std::vector<std::string> date_labels;     // "Published on", "Updated:": before a date ("pdated" marks an update)
  // "Recorded:", "Last modified:": before a date that is not the publication's; like an update
  // it stands in only when no publication date is written
  std::vector<std::string> other_date_labels;
  std::vector<std::string> byline_labels;   // "By", "Written by": before an author's name
  // "Correspondent", "Editor": the last word of a writer's title after the byline's name, not an outlet
  std::vector<std::string> byline_titles;
  // The month names of datelines written in another language ("Paris, le 4
  // novembre 2026") that ICU's names lack or leave ambiguous ("listopada"),
  // entry n-1 for month n (ICU's names of every locale are read besides:
  // document/calendar_words.hpp): read in an article's head lines only.
  std::vector<std::vector<std::string>> dateline_months;
  // The zones whose writers put the month first ("04/03/2026 09:00 EST" is
  // April 3); a slashed date with any other zone beside it is day first.
  std::vector<std::string> month_first_zones;
  // "News", "World", "Opinion", "Home": the names of a site's sections, compared case-insensitively;
  // a section path or kicker made of them ("News > World", "BUSINESS | Technology") names no outlet.
  std::vector<std::string> section_names;
};

// The shipped words (those of the default lexicon).
const MetadataWords& default_metadata_words();

}  // namespace newsgraph
