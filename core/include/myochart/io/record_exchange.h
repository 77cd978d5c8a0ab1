#pragma once
// One client's whole record as one JSON document (schemas/json/client-record.schema.json):
// the client, health history, contraindications, consents, and every session with its marks.
// Used to hand a record to the client or to another clinic, and to move it back in.
#include <filesystem>
#include <nlohmann/json.hpp>

#include "myochart/ids.h"
#include "myochart/storage/database.h"

namespace myochart::io {

inline constexpr const char* kClientRecordFormat = "myochart-client-record";
inline constexpr int kClientRecordFormatVersion = 1;

/// NotFoundError when the client does not exist.
nlohmann::json export_client_record(storage::Database& db, Id client);

/// Validates `record` against the schema and every item against the domain rules, then adds
/// it as a new client (new ids) in one transaction. Signed sessions stay signed. Throws
/// ValidationError naming `source_name` and the JSON pointer of the first bad value; nothing
/// is written then. Returns the new client's id.
Id import_client_record(storage::Database& db, const nlohmann::json& record,
                        const std::string& source_name);

/// Reads and parses a JSON file; ValidationError naming the file and the byte offset when it
/// is not JSON.
nlohmann::json read_json_file(const std::filesystem::path& file);
/// Writes text to a new private (0600) file, atomically (temporary file + rename).
void write_private_file(const std::filesystem::path& file, const std::string& text);

}  // namespace myochart::io
