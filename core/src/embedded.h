#pragma once
// Files compiled into core by myochart_embed_files() (cmake/EmbedFiles.cmake). Names are paths
// relative to the embedded folder, e.g. charts::find("posterior.svg"),
// migrations::find("sqlite/0001_core.sql"), json_schemas::find("client-record.schema.json").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#define MYOCHART_EMBEDDED_NAMESPACE(ns)                        \
  namespace myochart::resources::ns {                          \
  std::optional<std::string_view> find(std::string_view name); \
  std::vector<std::string> list(std::string_view prefix);      \
  }

MYOCHART_EMBEDDED_NAMESPACE(charts)
MYOCHART_EMBEDDED_NAMESPACE(migrations)
MYOCHART_EMBEDDED_NAMESPACE(json_schemas)

#undef MYOCHART_EMBEDDED_NAMESPACE
