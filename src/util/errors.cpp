#include "util/errors.hpp"

namespace newsgraph {

std::string Error::one_line() const {
  std::string out = file_;
  auto separate = [&out] {
    if (!out.empty()) out.append(": ");
  };
  if (position_.line) {
    out.append(":").append(std::to_string(*position_.line));
    if (position_.column) out.append(":").append(std::to_string(*position_.column));
  } else if (position_.byte_offset) {
    separate();
    out.append("at byte ").append(std::to_string(*position_.byte_offset));
  }
  if (!position_.json_pointer.empty()) {
    separate();
    out.append("at ").append(position_.json_pointer);
  }
  std::string message = what();
  // One line, whatever the message carried.
  for (char& c : message)
    if (c == '\n' || c == '\r') c = ' ';
  return out.empty() ? message : out + ": " + message;
}

}  // namespace newsgraph
