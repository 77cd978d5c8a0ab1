#pragma once
// JSON form of the domain types, used by the client-record export/import and by `--json`
// output. Field names are the snake_case names of the C++ members; dates are "YYYY-MM-DD",
// timestamps "YYYY-MM-DDTHH:MM:SSZ", enums their string ids, absent optionals are omitted.
// from_json functions expect a document already checked against the schema; they throw
// ValidationError naming the field ("started_at", "address.city") when a value still cannot
// be converted. Members absent from the JSON keep the struct's defaults and unknown ones are
// ignored; ids (id, client_id, session_id) are read when present, row_version never (it is
// not exported). Timestamps must name their zone ("Z" or "+HH:MM"): a zone-less time is
// refused, not guessed.
#include <nlohmann/json.hpp>

#include "myochart/chart/chart_mark.h"
#include "myochart/client.h"
#include "myochart/clinical.h"
#include "myochart/session.h"

namespace myochart {

void to_json(nlohmann::json& j, const Client& c);
void from_json(const nlohmann::json& j, Client& c);
void to_json(nlohmann::json& j, const HealthEntry& e);
void from_json(const nlohmann::json& j, HealthEntry& e);
void to_json(nlohmann::json& j, const Contraindication& c);
void from_json(const nlohmann::json& j, Contraindication& c);
void to_json(nlohmann::json& j, const Consent& c);
void from_json(const nlohmann::json& j, Consent& c);
void to_json(nlohmann::json& j, const Session& s);
void from_json(const nlohmann::json& j, Session& s);
void to_json(nlohmann::json& j, const SessionSummary& s);

namespace chart {
void to_json(nlohmann::json& j, const ChartMark& m);
void from_json(const nlohmann::json& j, ChartMark& m);
}  // namespace chart

}  // namespace myochart
