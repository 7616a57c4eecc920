#include "util/languages.hpp"
#include "util/names.hpp"

#include <string>
#include <unordered_set>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace newsgraph {
namespace {

std::unordered_set<std::string> build_language_names() {
  std::unordered_set<std::string> names;
  const icu::Locale english("en");
  for (const char* const* code = icu::Locale::getISOLanguages(); *code; ++code) {
    icu::UnicodeString display;
    icu::Locale(*code).getDisplayLanguage(english, display);
    std::string name;
    display.toUTF8String(name);
    name = name_key(name);  // the key a token's text gets: case and accents folded
    // ICU gives the code itself back when it has no English name for it
    if (!name.empty() && name != *code && name.size() > 2) names.insert(name);
  }
  return names;
}

}  // namespace

bool is_language_name(std::string_view key) {  // `key`: a name_key()
  static const std::unordered_set<std::string> names = build_language_names();
  return names.count(std::string(key)) > 0;
}

}  // namespace newsgraph
