#pragma once
// The posture pack as the plugin sees it (schema-checked, then consistency-checked), read from
// the source tree, for tests of the plugin's logic without loading the library.
#include <filesystem>
#include <fstream>
#include <memory>

#include "evaluator.h"
#include "form.h"
#include "myochart/io/json_schema.h"
#include "posture_pack.h"

namespace myochart::test {

inline const std::filesystem::path kPostureData =
    std::filesystem::path(MYOCHART_SOURCE_DIR) / "plugins/posture/data";

inline nlohmann::json posture_pack_json() {
  std::ifstream in(kPostureData / "dysfunctions.json");
  return nlohmann::json::parse(in);
}

inline std::shared_ptr<const posture::PosturePack> posture_pack() {
  static const auto pack = [] {
    const auto doc = posture_pack_json();
    io::JsonSchema::builtin("posture-pack.schema.json").validate(doc, "dysfunctions.json");
    return std::make_shared<const posture::PosturePack>(
        posture::PosturePack::from_json(doc, kPostureData / "dysfunctions.json"));
  }();
  return pack;
}

}  // namespace myochart::test
