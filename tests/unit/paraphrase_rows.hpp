// Rows of the paraphrase banks: a text written for the test, the relations
// it must give and those it must not ("source relation target [date]").
#pragma once
#include <catch2/catch.hpp>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "extract_fixtures.hpp"

namespace newsgraph::testing {

struct RelationRow {
  std::string text;
  std::vector<std::string> want;
  std::vector<std::string> not_want = {};
  std::optional<Date> published = {};  // the table's date when not given
};

// The fact with or without a date ("A member_of B" is there when "A member_of B 2004" is);
// a meeting or a cooperation either way round. Two forms say more: "A rel B undated" is the
// fact with no date (a test that a wrong date is not taken), "A * B" any relation from A to B.
inline bool has_fact(const std::vector<std::string>& relations, const std::string& fact) {
  if (fact.ends_with(" undated")) {
    std::string bare = fact.substr(0, fact.size() - 8);
    for (const auto& r : relations)
      if (r == bare) return true;
    return false;
  }
  if (std::size_t star = fact.find(" * "); star != std::string::npos)
    return related(relations, fact.substr(0, star), fact.substr(star + 3));
  auto found = [&](const std::string& f) {
    for (const auto& r : relations)
      if (r == f || (r.size() > f.size() && r.starts_with(f) && r[f.size()] == ' ')) return true;
    return false;
  };
  if (found(fact)) return true;
  for (const std::string type : {" met_with ", " cooperates_with "}) {
    std::size_t at = fact.find(type);
    if (at == std::string::npos) continue;
    std::string rest = fact.substr(at + type.size()), date;
    // a date closes the fact: "YYYY", "YYYY-MM" or "YYYY-MM-DD" after the last space
    std::size_t space = rest.rfind(' ');
    if (space != std::string::npos && rest.size() - space - 1 >= 4 &&
        std::isdigit(static_cast<unsigned char>(rest[space + 1])))
      date = rest.substr(space), rest = rest.substr(0, space);
    if (found(rest + type + fact.substr(0, at) + date)) return true;
  }
  return false;
}

// Each text read as a document published on the row's date, else on `published`
// (18 June 2025 unless said; std::nullopt: a document with no date).
inline void check_relation_rows(const std::vector<RelationRow>& rows,
                                std::optional<Date> published = Date{2025, 6, 18}) {
  for (const auto& row : rows) {
    auto r = relations_of(row.text, row.published ? row.published : published);
    INFO(row.text);
    for (const auto& w : row.want) {
      INFO("wanted: " << w);
      CHECK(has_fact(r, w));
    }
    for (const auto& w : row.not_want) {
      INFO("not wanted: " << w);
      CHECK_FALSE(has_fact(r, w));
    }
  }
}

}  // namespace newsgraph::testing
