// The ASCII sentence breaker (segment/ascii_breaks.hpp) against ICU's
// filtered English sentence iterator, which it replaces for ASCII text.
#include <catch2/catch.hpp>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "segment/ascii_breaks.hpp"
#include "segment/sentences.hpp"

using newsgraph::segment_detail::ascii_sentence_breaks;

namespace {

// The boundaries ICU's "en@ss=standard" sentence iterator gives from next().
std::vector<std::uint32_t> icu_breaks(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  REQUIRE(U_SUCCESS(status));
  std::u16string units(text.begin(), text.end());
  UText* ut = utext_openUChars(nullptr, reinterpret_cast<const UChar*>(units.data()),
                               static_cast<int64_t>(units.size()), &status);
  it->setText(ut, status);
  std::vector<std::uint32_t> out;
  for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) out.push_back(static_cast<std::uint32_t>(b));
  it.reset();
  utext_close(ut);
  return out;
}

std::vector<std::uint32_t> ascii_breaks(const std::string& text) {
  std::vector<std::uint32_t> out;
  REQUIRE(ascii_sentence_breaks(text, out));
  return out;
}

}  // namespace

TEST_CASE("ASCII sentence breaks equal ICU's on written cases", "[segment]") {
  const char* rows[] = {
      "The fleet sailed. Then it rained.",
      "Mr. Brown met Dr. Grey at 9 a.m. Then they left.",   // suppressions, one space after the dot
      "Mr.  Brown came.",                                   // two spaces: ICU's filter looks past one only
      "She holds a Ph.D. from Oslo. A Ph. test. The U.S. Navy and the U.S.A. army.",  // partial entries
      "It cost 3.5 million. Version 2.0 shipped.",          // SB6: a digit after the dot
      "The U.S. Army. E.g. this. etc. and more.",           // SB7, SB8: lower case after
      "He left.) Then \"Go!\" she said. (Really?) Yes...",  // closing marks, SB8a, ellipsis
      "Line one\nLine two\r\nLine three\rEnd. \n\nNext",    // separators, CR LF together
      "Wait?! No... ok; fine: yes, - sure. 1. 2. a. B.",
      ". Leading dot. ) odd start.",
      "",
  };
  for (const char* row : rows) {
    CAPTURE(row);
    CHECK(ascii_breaks(row) == icu_breaks(row));
  }
}

TEST_CASE("ASCII sentence breaks equal ICU's on random texts", "[segment]") {
  // Pieces that exercise every rule: letters of each case, digits, terminators,
  // closing marks, separators, continuations and suppressed abbreviations.
  const char* pieces[] = {"a",   "k",    "Z",     "Q",   "4",      "9",    ".",     ".",     "?",    "!",
                          " ",   "  ",   "\n",    "\r",  "\r\n",   "\"",   "'",     ")",     "(",    "]",
                          ",",   ";",    ":",     "-",   "\t",     "\f",   "Mr",    " Mr.",  "U.S.", "Ph.D.",
                          "Ph.", "e.g.", "Sgt.",  "No.", "a.m.",   "Lt.Cdr.", "S.p.A.", "U.", "vs.", "x"};
  std::mt19937 rng(20261202);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int k = 1 + static_cast<int>(rng() % 16); k > 0; --k) text += pieces[rng() % std::size(pieces)];
    CAPTURE(text);
    REQUIRE(ascii_breaks(text) == icu_breaks(text));
  }
}

TEST_CASE("text with a non-ASCII byte is left to ICU", "[segment]") {
  std::vector<std::uint32_t> out;
  CHECK_FALSE(ascii_sentence_breaks("Caf\xC3\xA9 opened. It rained.", out));
  // segment_sentences then still splits it, at the same places.
  auto sentences = newsgraph::segment_sentences("Caf\xC3\xA9 opened. It rained.");
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[1].start == 14);  // bytes: "Caf\xC3\xA9 opened. " is 14
}
