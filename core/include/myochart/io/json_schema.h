#pragma once
// JSON Schema (draft 7) validation through valijson, with violations reported as
// "<document>: <JSON pointer>: <rule broken>" so a user can find the bad value.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace myochart::io {

struct SchemaViolation {
  std::string
      pointer;       ///< JSON pointer into the document, "" for the root ("/sessions/3/pain_after")
  std::string rule;  ///< what the schema requires there, in plain words
};

class JsonSchema {
 public:
  /// A schema compiled into core from schemas/json/<file_name>. Throws Error if it is missing
  /// or malformed (a build bug). Cached; thread-safe.
  static const JsonSchema& builtin(std::string_view file_name);
  /// A schema from a document (e.g. a plugin's). Throws ValidationError naming `source_name`
  /// when the schema itself is not valid.
  static std::unique_ptr<JsonSchema> parse(const nlohmann::json& schema, std::string source_name);

  ~JsonSchema();
  JsonSchema(const JsonSchema&) = delete;
  JsonSchema& operator=(const JsonSchema&) = delete;

  /// Every violation found (empty = valid). Only the specific ones: a summary such as "item 3
  /// is invalid" is dropped when the problem inside it is reported. Safe to call from several
  /// threads on one schema.
  std::vector<SchemaViolation> violations(const nlohmann::json& document) const;
  /// Throws ValidationError for the first violation: field "<document_name>: <pointer>" (or
  /// "<document_name>: (document root)"), message the rule, accepted() the schema's
  /// "description" of the value (or the known properties, when an unknown one was found).
  void validate(const nlohmann::json& document, std::string_view document_name) const;

 private:
  struct Impl;
  explicit JsonSchema(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace myochart::io
