// libFuzzer target: ISO date parsing accepts only real dates and prints
// back exactly what it read.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "graph/date.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto date = newsgraph::parse_iso_date(text)) {
    if (date->iso() != text) __builtin_trap();
    if (date->month && date->day > newsgraph::days_in_month(date->year, date->month)) __builtin_trap();
  }
  return 0;
}
