#include "myochart/io/json_schema.h"

// valijson reports schema errors through exceptions only when this is set (its CMake target sets
// it too); without it a malformed plugin schema would abort the process.
#ifndef VALIJSON_USE_EXCEPTIONS
#define VALIJSON_USE_EXCEPTIONS 1
#endif
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <regex>
#include <string_view>
#include <utility>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "embedded.h"
#include "myochart/errors.h"

namespace myochart::io {

namespace {

using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// JSON pointers (RFC 6901)

std::string escape_pointer_token(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token) {
    if (c == '~')
      out += "~0";
    else if (c == '/')
      out += "~1";
    else
      out += c;
  }
  return out;
}

// valijson's context is {"<root>", "[sessions]", "[3]", "[pain_after]"}: the root marker, then
// one bracketed token per object member or array index (both look alike, as in a JSON pointer).
std::vector<std::string> context_tokens(const std::vector<std::string>& context) {
  std::vector<std::string> tokens;
  for (const auto& part : context) {
    if (part == "<root>") continue;
    if (part.size() >= 2 && part.front() == '[' && part.back() == ']')
      tokens.push_back(part.substr(1, part.size() - 2));
    else
      tokens.push_back(part);
  }
  return tokens;
}

std::string to_pointer(const std::vector<std::string>& tokens) {
  std::string pointer;
  for (const auto& t : tokens) pointer += "/" + escape_pointer_token(t);
  return pointer;
}

bool is_same_or_below(const std::string& pointer, const std::string& ancestor) {
  return pointer.size() >= ancestor.size() && pointer.compare(0, ancestor.size(), ancestor) == 0 &&
         (pointer.size() == ancestor.size() || pointer[ancestor.size()] == '/');
}

// ---------------------------------------------------------------------------------------------
// Finding the schema node that applies at a place in the document, to word a violation with
// the schema's own values (types, allowed values, limits). Follows "properties",
// "additionalProperties", "items" and local "$ref"s; gives up (nullptr) on anything else.

const json* follow_refs(const json& root, const json* node) {
  for (int hops = 0; node != nullptr && node->is_object() && hops < 32; ++hops) {
    const auto ref = node->find("$ref");
    if (ref == node->end()) return node;
    if (!ref->is_string()) return nullptr;
    const auto& target = ref->get_ref<const std::string&>();
    if (target.empty() || target.front() != '#') return nullptr;
    try {
      node = &root.at(json::json_pointer(target.substr(1)));
    } catch (const json::exception&) {
      return nullptr;
    }
  }
  return node != nullptr && node->is_object() ? node : nullptr;
}

const json* schema_node_at(const json& root, const std::vector<std::string>& tokens) {
  const json* node = follow_refs(root, &root);
  for (const auto& token : tokens) {
    if (node == nullptr) return nullptr;
    const json* next = nullptr;
    const auto props = node->find("properties");
    const auto items = node->find("items");
    const auto extra = node->find("additionalProperties");
    if (props != node->end() && props->is_object() && props->contains(token)) {
      next = &props->at(token);
    } else if (items != node->end() && items->is_object()) {
      next = &*items;
    } else if (items != node->end() && items->is_array()) {
      char* end = nullptr;
      const unsigned long index = std::strtoul(token.c_str(), &end, 10);
      if (end != token.c_str() && *end == '\0' && index < items->size()) next = &items->at(index);
    } else if (extra != node->end() && extra->is_object()) {
      next = &*extra;
    }
    node = follow_refs(root, next);
  }
  return node;
}

std::string describe_value(const json& v) {
  return v.dump();
}

std::string describe_number(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", value);
  return buf;
}

std::string type_in_words(const std::string& type) {
  if (type == "string") return "a string";
  if (type == "integer") return "a whole number";
  if (type == "number") return "a number";
  if (type == "boolean") return "true or false";
  if (type == "object") return "an object";
  if (type == "array") return "a list (array)";
  if (type == "null") return "null";
  return type;
}

std::string join_words(const std::vector<std::string>& words, std::string_view last_joiner) {
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += (i + 1 == words.size()) ? std::string(last_joiner) : std::string(", ");
    out += words[i];
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// The name valijson quotes after `marker` and before the closing "'." (names may hold quotes).
std::string quoted_name(const std::string& description, std::string_view marker) {
  const auto pos = description.find(marker);
  if (pos == std::string::npos) return {};
  std::string name = description.substr(pos + marker.size());
  if (!name.empty() && name.back() == '.') name.pop_back();
  if (!name.empty() && name.back() == '\'') name.pop_back();
  return name;
}

// The first number in a valijson message ("... than or equal to 10.000000"), reprinted plainly.
std::string number_in(const std::string& description) {
  const auto pos = description.find_first_of("-0123456789");
  if (pos == std::string::npos) return "the limit";
  return describe_number(std::strtod(description.c_str() + pos, nullptr));
}

// "1 item", "3 items": the count in a valijson message with its noun.
std::string count_in(const std::string& description, std::string_view one, std::string_view many) {
  const std::string n = number_in(description);
  return n + " " + std::string(n == "1" ? one : many);
}

// Messages valijson adds above a failure it has already reported in more detail.
bool is_wrapper(const std::string& d) {
  static constexpr std::string_view kWrappers[] = {
      "Failed to validate against schema associated with property name",
      "Failed to validate against schema associated with pattern",
      "Failed to validate against additional properties schema",
      "Failed to validate item #",
      "Failed to validate against child schema #",
      "Failed to validate against any schemas allowed by anyOf",
      "Failed to validate against any child schemas allowed by oneOf",
      "Failed to validate against a conditional schema",
      "Failed to validate against dependent schema",
  };
  for (auto w : kWrappers)
    if (starts_with(d, w)) return true;
  return false;
}

struct Finding {
  std::string pointer;
  std::string rule;
  std::string accepted;  ///< the schema's description of the value, when it has one
  bool wrapper = false;
};

// valijson's message, worded as what the value must be. `node` is the schema node for the
// value when it could be found.
std::string rule_in_words(const std::string& d, const json* node) {
  const auto keyword = [&](const char* name) -> const json* {
    if (node == nullptr) return nullptr;
    const auto it = node->find(name);
    return it == node->end() ? nullptr : &*it;
  };

  if (starts_with(d, "Missing required property"))
    return "is missing the required property \"" + quoted_name(d, "property '") + "\"";
  if (starts_with(d, "Object contains a property that could not be validated"))
    return "has a property that is not allowed here: \"" + quoted_name(d, "constraints: '") + "\"";
  if (starts_with(d, "Value type not permitted")) {
    if (const json* type = keyword("type")) {
      std::vector<std::string> words;
      if (type->is_string()) words.push_back(type_in_words(type->get<std::string>()));
      if (type->is_array())
        for (const auto& t : *type)
          if (t.is_string()) words.push_back(type_in_words(t.get<std::string>()));
      if (!words.empty()) return "must be " + join_words(words, " or ");
    }
    return "has the wrong type";
  }
  if (starts_with(d, "Failed to match against any enum values")) {
    if (const json* values = keyword("enum"); values != nullptr && values->is_array()) {
      std::vector<std::string> words;
      for (const auto& v : *values) words.push_back(describe_value(v));
      return "must be one of " + join_words(words, ", ");
    }
    return "is not one of the allowed values";
  }
  if (starts_with(d, "Failed to match expected value set by 'const'") ||
      starts_with(d, "Target value and comparison value are not equal")) {
    if (const json* value = keyword("const")) return "must be " + describe_value(*value);
    return "is not the required value";
  }
  if (starts_with(d, "Failed to match regex")) {
    // The schema's description says it in words ("a calendar date written YYYY-MM-DD").
    if (const json* words = keyword("description"); words != nullptr && words->is_string())
      return "is not " + words->get<std::string>();
    if (const json* pattern = keyword("pattern"); pattern != nullptr && pattern->is_string())
      return "does not match the pattern " + pattern->get<std::string>();
    return "does not have the required form";
  }
  // The schema's own limit when it is at hand (valijson prints limits with six decimals).
  const auto limit = [&](const char* name) {
    const json* value = keyword(name);
    return value != nullptr && value->is_number() ? value->dump() : number_in(d);
  };
  if (starts_with(d, "Expected number greater than or equal to"))
    return "must be at least " + limit("minimum");
  if (starts_with(d, "Expected number less than or equal to"))
    return "must be at most " + limit("maximum");
  if (starts_with(d, "Expected number greater than"))
    return "must be more than " +
           limit(keyword("exclusiveMinimum") ? "exclusiveMinimum" : "minimum");
  if (starts_with(d, "Expected number less than"))
    return "must be less than " +
           limit(keyword("exclusiveMaximum") ? "exclusiveMaximum" : "maximum");
  if (starts_with(d, "String should be no more than"))
    return "must be at most " + count_in(d, "character", "characters") + " long";
  if (starts_with(d, "String should be no fewer than"))
    return "must be at least " + count_in(d, "character", "characters") + " long";
  if (starts_with(d, "Array should contain no more than"))
    return "must have at most " + count_in(d, "item", "items");
  if (starts_with(d, "Array should contain no fewer than"))
    return "must have at least " + count_in(d, "item", "items");
  if (starts_with(d, "Object should have no more than"))
    return "must have at most " + count_in(d, "property", "properties");
  if (starts_with(d, "Object should have no fewer than"))
    return "must have at least " + count_in(d, "property", "properties");
  if (starts_with(d, "Value should be a multiple of"))
    return "must be a multiple of " + number_in(d);
  if (starts_with(d, "Elements at indexes")) return "must not contain the same item twice";
  if (starts_with(d, "Missing dependency"))
    return "needs the property \"" + quoted_name(d, "dependency '") + "\" as well";
  if (starts_with(d, "Failed to validate against exactly one child schema"))
    return "matches more than one of the allowed forms";
  if (starts_with(d, "Failed to validate against any child schemas allowed by oneOf") ||
      starts_with(d, "Failed to validate against any schemas allowed by anyOf"))
    return "does not match any of the allowed forms";
  if (starts_with(d, "Target should not validate against schema specified in 'not'"))
    return "has a form that is not allowed";
  if (starts_with(d, "Failed to any values against subschema in 'contains'"))
    return "must contain at least one matching item";
  if (starts_with(d, "Array contains more items than allowed") ||
      starts_with(d, "Cannot validate item #"))
    return "has more items than allowed";
  if (starts_with(d, "String should be a valid "))
    return "must be a valid " + d.substr(std::string_view("String should be a valid ").size());
  if (starts_with(d, "Failed to validate against schema associated with property name"))
    return "has an invalid property \"" + quoted_name(d, "property name '") + "\"";
  if (starts_with(d, "Failed to validate item #")) return "has an invalid item";

  // Anything else: valijson's own sentence, as a clause.
  std::string rule = d;
  while (!rule.empty() && (rule.back() == '.' || rule.back() == ' ')) rule.pop_back();
  if (!rule.empty() && rule.front() >= 'A' && rule.front() <= 'Z')
    rule.front() = static_cast<char>(rule.front() - 'A' + 'a');
  return rule;
}

// What the schema accepts at a place, for ValidationError::accepted(): the properties it
// knows when an unknown one was found (usually a typo), otherwise its description.
std::string accepted_from(const std::string& d, const json* node) {
  if (node == nullptr) return {};
  if (starts_with(d, "Object contains a property that could not be validated")) {
    const auto props = node->find("properties");
    if (props == node->end() || !props->is_object() || props->empty()) return {};
    std::vector<std::string> names;
    for (const auto& entry : props->items()) names.push_back(entry.key());
    return "the properties " + join_words(names, ", ");
  }
  const auto it = node->find("description");
  return it != node->end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Every "pattern" must compile with std::regex (ECMAScript), which is what valijson uses, so
// that a bad pattern is reported when the schema is loaded rather than on first use.
void check_patterns(const json& node, const std::string& where, const std::string& source_name) {
  if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i)
      check_patterns(node[i], where + "/" + std::to_string(i), source_name);
    return;
  }
  if (!node.is_object()) return;
  for (const auto& [key, value] : node.items()) {
    const std::string here = where + "/" + escape_pointer_token(key);
    if (key == "enum" || key == "const" || key == "default" || key == "examples") continue;
    std::vector<std::string> patterns;
    if (key == "pattern" && value.is_string()) patterns.push_back(value.get<std::string>());
    if (key == "patternProperties" && value.is_object())
      for (const auto& entry : value.items()) patterns.push_back(entry.key());
    try {
      for (const auto& pattern : patterns) [[maybe_unused]] const std::regex compiled(pattern);
    } catch (const std::regex_error&) {
      throw ValidationError(source_name + ": " + here, "is not a valid regular expression",
                            "an ECMAScript regular expression");
    }
    check_patterns(value, here, source_name);
  }
}

}  // namespace

struct JsonSchema::Impl {
  json document;  ///< the schema as written, for wording violations
  valijson::Schema schema;
};

JsonSchema::JsonSchema(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
JsonSchema::~JsonSchema() = default;

std::unique_ptr<JsonSchema> JsonSchema::parse(const nlohmann::json& schema,
                                              std::string source_name) {
  if (!schema.is_object() && !schema.is_boolean())
    throw ValidationError(source_name, "is not a JSON Schema", "a JSON object (draft 7 schema)");
  check_patterns(schema, "", source_name);
  auto impl = std::make_unique<Impl>();
  impl->document = schema;
  // A schema that declares draft 4 is read as draft 4; anything else as draft 7.
  const bool draft4 = schema.is_object() && schema.contains("$schema") &&
                      schema["$schema"].is_string() &&
                      schema["$schema"].get<std::string>().find("draft-04") != std::string::npos;
  const auto version = draft4 ? valijson::SchemaParser::kDraft4 : valijson::SchemaParser::kDraft7;
  try {
    valijson::SchemaParser parser(version);
    valijson::adapters::NlohmannJsonAdapter adapter(impl->document);
    // No fetch callback: "$ref"s into the same document resolve, remote ones are refused.
    parser.populateSchema(adapter, impl->schema);
  } catch (const std::exception& e) {
    throw ValidationError(source_name, std::string("is not a valid JSON Schema: ") + e.what(),
                          "a JSON Schema (draft 7) whose $refs point into the same document");
  }
  return std::unique_ptr<JsonSchema>(new JsonSchema(std::move(impl)));
}

const JsonSchema& JsonSchema::builtin(std::string_view file_name) {
  // Entries live until exit; references handed out stay valid.
  static std::mutex mutex;
  static std::map<std::string, std::unique_ptr<JsonSchema>, std::less<>> cache;
  const std::lock_guard lock(mutex);
  if (const auto it = cache.find(file_name); it != cache.end()) return *it->second;

  const auto text = resources::json_schemas::find(file_name);
  if (!text)
    throw Error("The built-in JSON schema " + std::string(file_name) +
                " is missing from this build of MyoChart");
  json document;
  try {
    document = json::parse(*text);
  } catch (const json::parse_error& e) {
    throw Error("The built-in JSON schema " + std::string(file_name) +
                " is not valid JSON: " + e.what());
  }
  std::unique_ptr<JsonSchema> schema;
  try {
    schema = parse(document, std::string(file_name));
  } catch (const ValidationError& e) {
    throw Error(std::string("A built-in JSON schema is broken: ") + e.what());
  }
  return *cache.emplace(std::string(file_name), std::move(schema)).first->second;
}

namespace {

std::vector<Finding> findings(const json& schema_document, const valijson::Schema& schema,
                              const json& document) {
  // A Validator caches compiled regexes while it runs, so each call gets its own: a shared
  // schema can be used from several threads at once.
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  const valijson::adapters::NlohmannJsonAdapter target(document);
  try {
    if (validator.validate(schema, target, &results)) return {};
  } catch (const std::exception& e) {
    return {Finding{"", std::string("could not be checked against the schema: ") + e.what(), "",
                    false}};
  }

  std::vector<Finding> all;
  for (const auto& error : results) {
    const auto tokens = context_tokens(error.context);
    const json* node = schema_node_at(schema_document, tokens);
    Finding f{to_pointer(tokens), rule_in_words(error.description, node),
              accepted_from(error.description, node), is_wrapper(error.description)};
    if (f.rule.find(f.accepted) != std::string::npos) f.accepted.clear();  // said already
    all.push_back(std::move(f));
  }

  // Keep the specific findings; a wrapper only when nothing more specific was said about its
  // value or anything inside it. Drop repeats.
  std::vector<Finding> kept;
  for (const auto& f : all) {
    if (f.wrapper) {
      const bool explained = std::any_of(all.begin(), all.end(), [&](const Finding& other) {
        return !other.wrapper && is_same_or_below(other.pointer, f.pointer);
      });
      if (explained) continue;
    }
    const bool repeated = std::any_of(kept.begin(), kept.end(), [&](const Finding& k) {
      return k.pointer == f.pointer && k.rule == f.rule;
    });
    if (!repeated) kept.push_back(f);
  }
  return kept;
}

}  // namespace

std::vector<SchemaViolation> JsonSchema::violations(const nlohmann::json& document) const {
  std::vector<SchemaViolation> out;
  for (auto& f : findings(impl_->document, impl_->schema, document))
    out.push_back(SchemaViolation{std::move(f.pointer), std::move(f.rule)});
  return out;
}

void JsonSchema::validate(const nlohmann::json& document, std::string_view document_name) const {
  const auto found = findings(impl_->document, impl_->schema, document);
  if (found.empty()) return;
  const auto& first = found.front();
  throw ValidationError(std::string(document_name) + ": " +
                            (first.pointer.empty() ? "(document root)" : first.pointer),
                        first.rule, first.accepted);
}

}  // namespace myochart::io
