#include "export/exporter.hpp"

#include <algorithm>
#include <array>

#include "export/writers.hpp"
#include "io/graph_json.hpp"
#include "util/atomic_file.hpp"
#include "util/errors.hpp"

namespace newsgraph {
namespace {

struct FormatName {
  ExportFormat format;
  std::string_view name;
  std::string_view extension;
};

constexpr std::array<FormatName, 9> kFormats = {{
    {ExportFormat::Json, "json", ".json"},
    {ExportFormat::GraphML, "graphml", ".graphml"},
    {ExportFormat::Dot, "dot", ".dot"},
    {ExportFormat::Svg, "svg", ".svg"},
    {ExportFormat::Png, "png", ".png"},
    {ExportFormat::Pdf, "pdf", ".pdf"},
    {ExportFormat::JsonLd, "jsonld", ".jsonld"},
    {ExportFormat::Gexf, "gexf", ".gexf"},
    {ExportFormat::Neo4j, "neo4j", ""},
}};

class JsonWriter : public GraphWriter {
 public:
  void write(const KnowledgeGraph& graph, std::ostream& out) const override { write_graph_json(graph, out); }
};

}  // namespace

std::string_view to_string(ExportFormat format) {
  for (const auto& f : kFormats)
    if (f.format == format) return f.name;
  return "?";
}

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  for (const auto& f : kFormats)
    if (f.name == name) return f.format;
  return std::nullopt;
}

std::optional<ExportFormat> export_format_for_path(const std::filesystem::path& path) {
  // A folder ("neo4j/", or one that exists) can only be the Neo4j import set.
  if (path.filename().empty()) return ExportFormat::Neo4j;
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& f : kFormats)
    if (!ext.empty() && f.extension == ext) return f.format;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return ExportFormat::Neo4j;
  return std::nullopt;
}

std::string export_format_names() {
  std::string out;
  for (const auto& f : kFormats) out += (out.empty() ? "" : ", ") + std::string(f.name);
  return out;
}

std::unique_ptr<GraphWriter> make_writer(ExportFormat format, const ExportSettings& settings) {
  if (is_diagram(format)) return make_diagram_writer(format, settings);
  switch (format) {
    case ExportFormat::Json: return std::make_unique<JsonWriter>();
    case ExportFormat::GraphML: return make_graphml_writer();
    case ExportFormat::JsonLd: return make_jsonld_writer();
    case ExportFormat::Gexf: return make_gexf_writer();
    default: break;
  }
  throw UsageError("the " + std::string(to_string(format)) + " export is a folder of files, not one stream");
}

namespace {

// A folder is replaced whole; refuse one that is not an earlier export,
// so that `-o .` or `-o ~` can never wipe a user's folder.
void check_neo4j_target(const std::filesystem::path& target) {
  std::error_code ec;
  if (!std::filesystem::is_directory(target, ec)) return;
  static constexpr std::array<std::string_view, 5> kOurs = {"nodes.csv", "relationships.csv", "load.cypher",
                                                            "import.sh", "README.md"};
  for (const auto& entry : std::filesystem::directory_iterator(target, ec)) {
    std::string name = entry.path().filename().string();
    if (std::find(kOurs.begin(), kOurs.end(), name) == kOurs.end())
      throw IoError(target.string(), "cannot write: the folder holds " + name +
                                         ", which is not part of a neo4j export; give a new or empty folder");
  }
}

}  // namespace

std::vector<std::string> export_graph(const KnowledgeGraph& graph, ExportFormat format,
                                      const std::filesystem::path& target, const ExportSettings& settings) {
  if (format == ExportFormat::Neo4j) {
    check_neo4j_target(target);
    AtomicDirectory folder(target);
    write_neo4j_folder(graph, folder.path());
    folder.commit();
    return {};
  }
  auto writer = make_writer(format, settings);
  AtomicFile file(target, writer->binary());
  try {
    writer->write(graph, file.stream());
  } catch (const LimitError& e) {  // a writer's limit knows no file name
    if (!e.file().empty()) throw;
    throw LimitError(target.string(), e.what());
  }
  file.commit();
  return writer->notes();
}

}  // namespace newsgraph
