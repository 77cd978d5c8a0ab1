#include "posture_command.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <fstream>
#include <iomanip>
#include <ostream>

#include "assessment_keeper.h"
#include "assessment_store.h"
#include "myochart/errors.h"
#include "myochart/plugin/registry.h"
#include "myochart/render/trend_plot.h"
#include "myochart/storage/findings.h"
#include "myochart/storage/sessions.h"

namespace myochart::posture {

using nlohmann::json;
using plugin::Finding;
namespace kind = plugin::finding_kind;

namespace {

json read_answers(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw ValidationError("--answers", "cannot read " + file, "a readable JSON file");
  try {
    return json::parse(in);
  } catch (const json::parse_error& e) {
    throw ValidationError("--answers",
                          file + " is not valid JSON (at byte " + std::to_string(e.byte) + ")",
                          "a JSON object from field id to value (see `posture form`)");
  }
}

void print_form(const plugin::FormDefinition& def, std::ostream& out) {
  out << def.title << "\n";
  for (const auto& s : def.sections) {
    out << "\n" << s.title << "\n";
    for (const auto& f : s.fields) {
      out << "  " << f.id << "  " << to_string(f.type);
      if (!f.options.empty()) {
        std::string options;
        for (const auto& o : f.options) options += (options.empty() ? "" : "|") + o.id;
        out << " " << options;
      }
      if (f.min && f.max)
        out << " " << number_text(*f.min) << ".." << number_text(*f.max) << " " << f.unit;
      out << "\n      " << f.label << "\n";
    }
  }
}

void print_findings(const std::vector<Finding>& findings, std::ostream& out,
                    const std::vector<std::string>& prefixes = {}) {
  const std::pair<std::string_view, const char*> groups[] = {
      {kind::kRedFlag, "Refer first"},
      {kind::kDysfunction, "Postural dysfunctions"},
      {kind::kTightMuscle, "Tight muscles (stretch candidates)"},
      {kind::kWeakMuscle, "Weak muscles (strengthening candidates)"},
      {kind::kConflict, "Conflicts (test before choosing)"}};
  bool any = false;
  for (const auto& [k, title] : groups) {
    bool header = false;
    for (std::size_t i = 0; i < findings.size(); ++i) {
      const auto& f = findings[i];
      if (f.kind != k) continue;
      if (!header) out << (any ? "\n" : "") << title << "\n";
      header = any = true;
      out << "  " << (i < prefixes.size() ? prefixes[i] : "") << f.what << "\n";
      if (!f.evidence.empty()) out << "      " << f.evidence << "\n";
    }
  }
  if (!any) out << "No postural dysfunction found from these answers.\n";
}

Id positive_id(long long v, const char* field, const char* what) {
  if (v <= 0)
    throw ValidationError(field, std::to_string(v) + " is not " + what, "a positive number");
  return v;
}

std::string measure_list(const PosturePack& pack) {
  std::string s;
  for (const auto& m : pack.measures) s += (s.empty() ? "" : ", ") + m.id;
  return s;
}

json finding_json(const Finding& f) {
  json j = f;
  return j;
}

}  // namespace

int PostureCommand::run(const std::vector<std::string>& args, plugin::CliIo& io) const {
  const PosturePack& pack = form_->evaluator().pack();
  CLI::App app{"Posture assessment: tight and weak muscles from observations and angles",
               "posture"};
  app.require_subcommand(1);
  bool json_flag = false;
  std::string answers_file, measure, png;
  long long session = 0, version = 0, client = 0;

  auto* form_cmd =
      app.add_subcommand("form", "Print the assessment form (field ids, choices, ranges)");
  form_cmd->add_flag("--json", json_flag, "Print as JSON");
  auto* assess =
      app.add_subcommand("assess", "Evaluate a JSON answers file and print the findings");
  assess->add_option("--answers", answers_file, "JSON object from field id to answer")->required();
  assess->add_option("--session", session, "Save the answers and findings with this session");
  assess->add_option(
      "--version", version,
      "The assessment version you are replacing (0 or omitted: the session has none)");
  assess->add_flag("--json", json_flag, "Print as JSON");
  auto* findings_cmd =
      app.add_subcommand("findings", "Print the posture findings saved with a session");
  findings_cmd->add_option("session", session, "Session id")->required();
  findings_cmd->add_flag("--json", json_flag, "Print as JSON");
  auto* trend = app.add_subcommand("trend", "A client's measures across sessions");
  trend->add_option("client", client, "Client id")->required();
  trend->add_option("--measure", measure, "Only this measure: " + measure_list(pack));
  trend->add_option("--png", png,
                    "Also draw the measure's trend plot into this PNG file (needs --measure)");
  trend->add_flag("--json", json_flag, "Print as JSON");

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them reversed
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e, io.out, io.err);  // --help
    io.err << "myochart-cli posture: " << e.what() << " (see posture --help)\n";
    return 2;
  }
  const bool as_json = io.json || json_flag;

  try {
    if (form_cmd->parsed()) {
      if (as_json) {
        io.out << json(form_->definition()).dump(2) << "\n";
      } else {
        print_form(form_->definition(), io.out);
      }
      return 0;
    }

    if (assess->parsed()) {
      const json answers = read_answers(answers_file);
      // Through the registry: core checks the answers against the form (ranges, choices) first.
      const auto findings = io.registry.evaluate(kPluginId, kFormId, answers);
      json result{{"findings", json::array()}};
      for (const auto& f : findings) result["findings"].push_back(finding_json(f));
      std::string saved;
      if (session != 0) {
        const Id sid = positive_id(session, "--session", "a session id");
        if (version < 0)
          throw ValidationError("--version", "is negative", "0 or a positive number");
        auto& db = io.db();
        storage::WriteTransaction tx(db);
        const RowVersion v = AssessmentStore(db).save(tx, sid, answers, version, findings);
        tx.commit();
        result["session"] = sid;
        result["version"] = v;
        saved = "Saved with session " + std::to_string(sid) + " (assessment version " +
                std::to_string(v) + ").\n";
      }
      if (as_json) {
        io.out << result.dump(2) << "\n";
      } else {
        print_findings(findings, io.out);
        io.out << "\n" << pack.hints.evidence_notice << "\n" << saved;
      }
      return 0;
    }

    if (findings_cmd->parsed()) {
      const Id sid = positive_id(session, "SESSION", "a session id");
      auto& db = io.db();
      if (!storage::Sessions(db).find(sid)) throw NotFoundError("session", sid);
      const auto assessment = AssessmentStore(db).find(sid);
      std::vector<Finding> mine;
      std::vector<std::string> prefixes;
      json list = json::array();
      for (const auto& s : storage::SessionFindings(db).list_for_session(sid)) {
        if (s.finding.source_plugin != kPluginId) continue;
        mine.push_back(s.finding);
        prefixes.push_back("#" + std::to_string(s.id) +
                           (s.finding.confirmed ? " confirmed " : " "));
        json j = finding_json(s.finding);
        j["id"] = s.id;
        j["row_version"] = s.row_version;
        list.push_back(std::move(j));
      }
      if (as_json) {
        json out{{"session", sid}, {"findings", list}, {"assessment", nullptr}};
        if (assessment)
          out["assessment"] = {{"version", assessment->row_version},
                               {"answers", assessment->answers},
                               {"updated_at", format_timestamp(assessment->updated_at)}};
        io.out << out.dump(2) << "\n";
      } else if (!assessment && mine.empty()) {
        io.out << "Session " << sid << " has no posture assessment.\n";
      } else {
        print_findings(mine, io.out, prefixes);
        if (assessment)
          io.out << "\nAssessment version " << assessment->row_version << ", saved "
                 << format_local(assessment->updated_at) << ".\n";
      }
      return 0;
    }

    // trend
    const Id cid = positive_id(client, "CLIENT", "a client id");
    const Measure* m = nullptr;
    if (!measure.empty()) {
      m = pack.measure(measure);
      if (!m)
        throw ValidationError("--measure", "\"" + measure + "\" is not a posture measure",
                              measure_list(pack));
    }
    if (!png.empty() && !m)
      throw ValidationError("--png", "needs --measure (one plot per measure)",
                            "--measure ID with --png");
    const auto points = AssessmentStore(io.db()).trend(pack, cid, measure);
    if (!png.empty()) render::write_trend_png(measure_trend_plot(*m, points), png, 640, 360);
    if (as_json) {
      json list = json::array();
      for (const auto& p : points)
        list.push_back({{"date", format_date(p.date)},
                        {"session", p.session_id},
                        {"measure", p.measure_id},
                        {"side", plugin::to_string(p.side)},
                        {"value", p.value},
                        {"unit", p.unit},
                        {"grade", p.grade},
                        {"outside_normal", p.outside_normal}});
      json out{{"client", cid}, {"points", list}};
      if (!png.empty()) out["png"] = png;
      io.out << out.dump(2) << "\n";
    } else if (points.empty()) {
      io.out << "No posture measurements saved for client " << cid << ".\n";
    } else {
      for (const auto& p : points) {
        const Measure& pm = *pack.measure(p.measure_id);
        std::string note = p.grade;
        if (!p.outside_normal.empty())
          note += (note.empty() ? "" : ", ") + p.outside_normal + " the normal range";
        io.out << format_date(p.date) << "  session " << std::left << std::setw(5) << p.session_id
               << std::setw(34)
               << (pm.name + (p.side == chart::Side::kNone
                                  ? ""
                                  : " (" + std::string(plugin::to_string(p.side)) + ")"))
               << std::right << std::setw(7) << number_text(p.value) << pm.unit_suffix()
               << (note.empty() ? "" : "  " + note) << "\n";
      }
      if (!png.empty()) io.out << "Trend plot written to " << png << "\n";
    }
    return 0;
  } catch (const ValidationError& e) {
    io.err << "myochart-cli posture: " << e.what() << "\n";
    return 2;
  } catch (const NotFoundError& e) {
    io.err << "myochart-cli posture: " << e.what() << "\n";
    return 3;
  } catch (const ConflictError& e) {
    io.err << "myochart-cli posture: " << e.what() << " (to replace it, pass --version "
           << e.current_version() << ")\n";
    return 4;
  } catch (const LockedError& e) {
    io.err << "myochart-cli posture: " << e.what() << "\n";
    return 5;
  }
}

}  // namespace myochart::posture
