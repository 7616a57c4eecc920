// libFuzzer target: the --lexicon loader. Any bytes given as a lexicon or
// patterns file must either be refused with an InputError (syntax or schema,
// with its JSON pointer) or load, index, and then drive recognition and
// relations on a short fixed article without crashing or hanging: a
// pattern or gazetteer entry the schema allows must be one the matcher can run.
#include <cstddef>
#include <cstdint>
#include <string>

#include "document/document.hpp"
#include "lexicon/lexicon.hpp"
#include "pipeline/extract.hpp"
#include "util/errors.hpp"

using namespace newsgraph;

namespace {

// Written for this target: names, titles, dates and relation verbs.
const char kArticle[] =
    "Helsinki, 3 May 2023 - Finland joined NATO on 4 April 2023, the Foreign Ministry said.\n\n"
    "President Sauli Niinisto met Chancellor Olaf Scholz in Berlin. Estonia and Latvia signed a "
    "memorandum with the European Union in March. The agency's director, Jane Doe, leads the centre.";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  Lexicon lexicon;
  try {
    add_lexicon_json(lexicon, text, "fuzz.json");
  } catch (const InputError&) {
    return 0;
  }
  lexicon.index();
  static const Document doc = read_document_bytes(kArticle, "article.txt", DocumentFormat::Text);
  DocResult result = extract_document(doc, lexicon);
  for (const DocEdge& e : result.edges) {
    int n = static_cast<int>(result.entities.size());
    if (e.source < 0 || e.source >= n || e.target < 0 || e.target >= n) __builtin_trap();
  }
  return 0;
}
