#pragma once
// Session work: what a plugin does with a whole session beyond a chart layer and a form's
// evaluator, and what it keeps of it in its own tables. The CLI, the desktop app and the tests
// call the same objects; the host shows the results (lists, warnings, plots, documents).
//
// These interfaces were added without changing any existing vtable (DESIGN.md: extend by
// adding an interface), so a plugin that registers none of them keeps working.
//
// Writing methods take the host's transaction: one user action is one transaction, and the
// host commits or rolls back. Nothing here may log client names or notes.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "myochart/chart/chart_mark.h"
#include "myochart/doc/document.h"
#include "myochart/ids.h"
#include "myochart/plugin/chart_layer.h"
#include "myochart/plugin/composer.h"
#include "myochart/plugin/findings.h"
#include "myochart/plugin/forms.h"
#include "myochart/render/trend_plot.h"
#include "myochart/storage/database.h"
#include "myochart/storage/transaction.h"
#include "myochart/time.h"

namespace myochart::plugin {

/// The session a plugin works on: its marks on every view, as they are in the editor (saved
/// or not), and the findings kept with it.
struct SessionSubject {
  Id client_id = 0;
  Id session_id = 0;
  std::vector<chart::ChartMark> marks{};
  std::vector<Finding> findings{};
};

/// What an analysis shows: warnings above everything (red flags: "rule out cardiac causes"),
/// then candidates best first, each with the reason for it, and the findings the therapist
/// may keep with the session.
struct SessionAnalysis {
  std::vector<std::string> warnings{};
  std::vector<Suggestion> candidates{};
  std::vector<Finding> findings{};
  /// What was analysed ("3 pain marks on 2 views"), or why nothing was ("no pain marks").
  std::string basis{};
};

/// E.g. the trigger-point plugin's "where it hurts -> which muscles". Pure: reads nothing but
/// its argument, writes nothing.
class SessionAnalyzer {
 public:
  virtual ~SessionAnalyzer() = default;
  virtual std::string id() const = 0;
  virtual std::string label() const = 0;
  virtual SessionAnalysis analyze(const SessionSubject& session) const = 0;
};

/// A form's answers as stored with a session.
struct StoredAssessment {
  Answers answers = Answers::object();
  RowVersion version = 0;
  Timestamp updated_at{};
};

/// Keeps the answers of one of the plugin's forms per session, with the findings the
/// therapist kept, and draws the measures across a client's sessions.
class AssessmentKeeper {
 public:
  virtual ~AssessmentKeeper() = default;
  /// The form (of the same plugin) whose answers this keeps.
  virtual std::string form_id() const = 0;
  virtual std::optional<StoredAssessment> load(storage::Database& db, Id session) const = 0;
  /// Stores the answers (already validated and evaluated by the host) and replaces the
  /// plugin's findings of that session with `kept`, in the host's transaction. `expected` is
  /// the version the therapist edited (0: the session had none); ConflictError when it is not
  /// the stored one, LockedError when the session is signed, NotFoundError when it does not
  /// exist. Returns the new version.
  virtual RowVersion save(storage::WriteTransaction& tx, Id session, const Answers& answers,
                          RowVersion expected, const std::vector<Finding>& kept) const = 0;
  /// One plot per measure the client has at least one value of, over their sessions.
  virtual std::vector<render::TrendPlot> trends(storage::Database& db, Id client) const = 0;
};

/// A sheet given to a client, as listed in their record.
struct GivenHandout {
  Id id = 0;
  Id session_id = 0;
  Timestamp given_at{};
  std::string title{};
  std::vector<std::string> items{};  ///< the names of what is on it, in order
};

/// Something a handout plan may hold (an exercise), for the host's "add" list.
struct CatalogueEntry {
  std::string id{};
  std::string label{};
  std::string kind{};                  ///< e.g. "stretch"
  std::vector<std::string> targets{};  ///< muscle ids
  std::string summary{};
};

/// What a plan holds, as the host shows and edits it. A plan stays the composer's own JSON;
/// this is the part every composer agrees on, so that a host can add, remove, reorder and dose
/// items and edit the general advice without knowing the rest (which it passes through):
///   { "title": str, "items": [ { "exercise": id, "dosage": {field id: value}, "note": str,
///     "warnings": [str] }, ... ], "general_advice": [str], "stop_rule_pain": 0-10, ... }
/// A dosage value is what its field (dosage_fields()) takes: a number, null for an optional
/// number left out, or an option id for a choice. "warnings" are the client's contraindication
/// notes the item is given with (flag them). Items the composer withheld for the client's
/// contraindications are listed under
///   "withheld": [ { "exercise": id, "contraindication": kind, "reason": str } ].
class HandoutKeeper {
 public:
  virtual ~HandoutKeeper() = default;
  /// The composer (of the same plugin) whose plans this keeps.
  virtual std::string composer_id() const = 0;
  virtual std::vector<CatalogueEntry> catalogue() const = 0;
  /// The dosage fields of an item (numbers with their ranges), in the order to show them.
  virtual std::vector<FormField> dosage_fields() const = 0;
  /// The default plan item for a catalogue entry (its default dosage), for "add".
  virtual nlohmann::json new_item(const std::string& entry_id) const = 0;
  /// Records a sheet as given with the session (the plan frozen with its wording, and the
  /// context it was printed with), in the host's transaction. Returns its id.
  virtual Id give(storage::WriteTransaction& tx, Id session, const nlohmann::json& plan,
                  const HandoutContext& context) const = 0;
  /// Sheets given to a client, newest first.
  virtual std::vector<GivenHandout> given(storage::Database& db, Id client) const = 0;
  /// A given sheet exactly as it was given. NotFoundError when there is none with that id.
  virtual doc::Document reprint(storage::Database& db, Id sheet) const = 0;
  /// Saved plans ("desk worker neck"), by name.
  virtual std::vector<std::string> templates(storage::Database& db) const = 0;
  virtual std::optional<nlohmann::json> load_template(storage::Database& db,
                                                      const std::string& name) const = 0;
  virtual void save_template(storage::WriteTransaction& tx, const std::string& name,
                             const nlohmann::json& plan) const = 0;
};

}  // namespace myochart::plugin
