// Metadata, session 33 (helper a5): publication dates written in forms the head
// reader missed, so that every relative or yearless date of such an article stayed
// undated: a military date-time group, a field whose value opens with a labelled
// date, a procurement notice's dispatch date, a page's "updated" or "data as of"
// date, a version marker before a date in a line of dotted parts.
#include "metadata_rows.hpp"

using namespace newsgraph;
using namespace newsgraph::testing;

namespace {
const std::string kBody = "\nThe navy opened a cyber training school in the harbour town.\n";
}

TEST_CASE("s33-a5: a military date-time group in the head dates the article", "[document][metadata][s33-a5]") {
  check_meta_rows({
      {"FLEET NEWSLETTER\nAutumn issue | Newsletter DTG 151830ZNOV26 | Compiled by the fleet office\n" + kBody,
       MetaField::published, "2026-11-15"},
      {"SIGNAL TRAINING BULLETIN\nDTG: 020600Z MAR 2025\n" + kBody, MetaField::published, "2025-03-02"},
      // no zone letter, or an hour past 23: no group
      {"Harbour notes\nRef 151830NOV26\n" + kBody, MetaField::published, ""},
      {"Harbour notes\nRef 159930ZNOV26\n" + kBody, MetaField::published, ""},
      // a written dateline wins over a group further down
      {"Harbour notes\nPublished: 3 March 2026\nDTG 020600ZMAR26\n" + kBody, MetaField::published, "2026-03-03"},
  });
}

TEST_CASE("s33-a5: a field whose value opens with a labelled date", "[document][metadata][s33-a5]") {
  check_meta_rows({
      {"# harbour_report.srt\n# Description: Published 14-10-2026. Reporter: Ana Lima. Camera: Rui Sousa. Subtitles by the "
       "channel.\n" + kBody,
       MetaField::published, "2026-10-14"},
      {"Harbour report\nSummary: Released on 2 May 2025. Edited for length by the desk.\n" + kBody, MetaField::published,
       "2025-05-02"},
  });
}

TEST_CASE("s33-a5: dispatch, update and data-as-of labels", "[document][metadata][s33-a5]") {
  check_meta_rows({
      {"Contract award notice\nNotice number: 2026/S 101-000123\nDate of dispatch of this notice: 2026-05-27\n" + kBody,
       MetaField::published, "2026-05-27"},
      {"HARBOUR FORUM\nAnnual country report. Data as of 30.09.2026.\n" + kBody, MetaField::published, "2026-09-30"},
      {"Harbour Forum 2026\n4-5 June 2026 \xC2\xB7 Lisbon \xC2\xB7 Page updated May 20, 2026\n" + kBody,
       MetaField::published, "2026-05-20"},
  });
}

TEST_CASE("s33-a5: a version marker before a date in dotted parts", "[document][metadata][s33-a5]") {
  check_meta_rows({
      {"# Harbour security: where things stand\n\nWorkshop deck \xC2\xB7 Version 2 \xE2\x80\x94 2026.03.09\n" + kBody,
       MetaField::published, "2026-03-09"},
  });
}

TEST_CASE("s33-a5: a note's closing date written in words", "[document][metadata][s33-a5]") {
  const std::string note = "EMBASSY OF THE REPUBLIC OF ESTONIA\n\nNOTE VERBALE\n\nThe Embassy presents its compliments to the "
                           "Ministry and has the honour to inform it that the talks took place last month.\n\n";
  check_meta_rows({
      {note + "Riga, the ninth of November, two thousand and twenty-six\n\n[Seal of the Embassy]\n\nMinistry of "
              "Foreign Affairs\nProtocol Division\nRiga\n",
       MetaField::published, "2026-11-09"},
      {note + "Done at Tallinn, the twenty-first of March, two thousand and twenty-five\n", MetaField::published,
       "2025-03-21"},
      // no year in words: no date
      {note + "Tallinn, the ninth of November\n", MetaField::published, ""},
  });
}
