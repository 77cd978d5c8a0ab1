// session add/edit/show/list/sign/search/report.
#include <memory>
#include <sstream>

#include "cli_context.h"
#include "myochart/errors.h"
#include "myochart/io/record_json.h"
#include "myochart/paths.h"
#include "myochart/render/session_report.h"
#include "myochart/storage/chart_marks.h"
#include "myochart/storage/clients.h"
#include "myochart/storage/sessions.h"

namespace myochart::cli {

namespace {

struct SessionFields {
  std::optional<std::string> therapist, start, modality, subjective, objective, assessment, plan;
  std::optional<int> duration, pain_before, pain_after;

  void add_to(CLI::App* cmd) {
    cmd->add_option("--therapist", therapist, "Therapist's name");
    cmd->add_option("--start", start, "Start, \"YYYY-MM-DD HH:MM\" local time (default now)");
    cmd->add_option("--duration", duration, "Minutes")->check(CLI::Range(1, 600));
    cmd->add_option("--modality", modality, "e.g. deep_tissue, swedish, trigger_point");
    cmd->add_option("--subjective", subjective, "S: what the client reports (or @FILE)");
    cmd->add_option("--objective", objective, "O: what you observed (or @FILE)");
    cmd->add_option("--assessment", assessment, "A: your assessment (or @FILE)");
    cmd->add_option("--plan", plan, "P: treatment and plan (or @FILE)");
    cmd->add_option("--pain-before", pain_before, "Pain 0-10 before")->check(CLI::Range(0, 10));
    cmd->add_option("--pain-after", pain_after, "Pain 0-10 after")->check(CLI::Range(0, 10));
  }

  void apply(Session& s) const {
    if (therapist) s.therapist = *therapist;
    if (start) s.started_at = parse_time_option("start", *start);
    if (duration) s.duration_minutes = *duration;
    if (modality) s.modality = *modality;
    if (subjective) s.soap.subjective = text_option(*subjective);
    if (objective) s.soap.objective = text_option(*objective);
    if (assessment) s.soap.assessment = text_option(*assessment);
    if (plan) s.soap.plan = text_option(*plan);
    if (pain_before) s.pain_before = *pain_before;
    if (pain_after) s.pain_after = *pain_after;
  }
};

std::string pain(const std::optional<int>& p) {
  return p ? std::to_string(*p) : "-";
}

std::string describe(const Session& s, std::size_t marks) {
  std::ostringstream o;
  o << "Session " << s.id << " of client " << s.client_id << " (version " << s.row_version << ", "
    << to_string(s.status) << ")\n"
    << "When: " << format_local(s.started_at) << ", " << s.duration_minutes << " min\n"
    << "Therapist: " << s.therapist << "\n";
  if (!s.modality.empty()) o << "Modality: " << s.modality << "\n";
  o << "Pain: " << pain(s.pain_before) << " -> " << pain(s.pain_after) << "\n";
  if (!s.soap.subjective.empty()) o << "S: " << s.soap.subjective << "\n";
  if (!s.soap.objective.empty()) o << "O: " << s.soap.objective << "\n";
  if (!s.soap.assessment.empty()) o << "A: " << s.soap.assessment << "\n";
  if (!s.soap.plan.empty()) o << "P: " << s.soap.plan << "\n";
  if (s.signed_at) o << "Signed by " << s.signed_by << " at " << format_local(*s.signed_at) << "\n";
  o << marks << " chart marks";
  return o.str();
}

}  // namespace

void add_session_commands(CLI::App& app, Context& ctx) {
  auto* group =
      app.add_subcommand("session", "Treatment sessions (SOAP notes)")->require_subcommand(1);
  {
    auto f = std::make_shared<SessionFields>();
    auto client = std::make_shared<Id>(0);
    auto* cmd = group->add_subcommand("add", "Record a session (as a draft)");
    cmd->add_option("client", *client, "Client id")->required();
    f->add_to(cmd);
    cmd->callback([&ctx, f, client] {
      Session s;
      s.client_id = *client;
      s.started_at = now();
      f->apply(s);
      auto& db = ctx.db();
      storage::Sessions sessions(db);
      storage::WriteTransaction tx(db);
      sessions.add(tx, s);
      tx.commit();
      ctx.print({{"id", s.id}, {"row_version", s.row_version}},
                "Added session " + std::to_string(s.id));
    });
  }
  {
    auto f = std::make_shared<SessionFields>();
    auto id = std::make_shared<Id>(0);
    auto expected = std::make_shared<std::optional<RowVersion>>();
    auto* cmd = group->add_subcommand("edit", "Change a draft session");
    cmd->add_option("id", *id, "Session id")->required();
    cmd->add_option("--expected-version", *expected,
                    "Refuse to save if it changed since this version");
    f->add_to(cmd);
    cmd->callback([&ctx, f, id, expected] {
      auto& db = ctx.db();
      storage::Sessions sessions(db);
      storage::WriteTransaction tx(db);
      Session s = sessions.get(*id);
      if (*expected) s.row_version = **expected;
      f->apply(s);
      sessions.update(tx, s);
      tx.commit();
      ctx.print({{"id", s.id}, {"row_version", s.row_version}},
                "Saved session " + std::to_string(s.id) + " (version " +
                    std::to_string(s.row_version) + ")");
    });
  }
  {
    auto id = std::make_shared<Id>(0);
    auto* cmd = group->add_subcommand("show", "Show a session with its SOAP note");
    cmd->add_option("id", *id, "Session id")->required();
    cmd->callback([&ctx, id] {
      auto& db = ctx.db();
      const Session s = storage::Sessions(db).get(*id);
      const auto marks = storage::ChartMarks(db).list_for_session(*id);
      nlohmann::json j = s;
      j["marks"] = marks;
      ctx.print(j, describe(s, marks.size()));
    });
  }
  {
    auto client = std::make_shared<Id>(0);
    auto* cmd = group->add_subcommand("list", "A client's sessions, newest first");
    cmd->add_option("client", *client, "Client id")->required();
    cmd->callback([&ctx, client] {
      auto& db = ctx.db();
      if (!storage::Clients(db).exists(*client)) throw NotFoundError("client", *client);
      const auto list = storage::Sessions(db).list_for_client(*client);
      std::ostringstream text;
      for (const auto& s : list)
        text << s.id << "\t" << format_local(s.started_at) << "\t" << s.duration_minutes << " min\t"
             << (s.modality.empty() ? "-" : s.modality) << "\tpain " << pain(s.pain_before) << "->"
             << pain(s.pain_after) << "\t" << s.mark_count << " marks\t" << to_string(s.status)
             << "\n";
      ctx.print(nlohmann::json(list), text.str());
    });
  }
  {
    auto id = std::make_shared<Id>(0);
    auto by = std::make_shared<std::string>();
    auto* cmd = group->add_subcommand("sign", "Sign and lock a session");
    cmd->add_option("id", *id, "Session id")->required();
    cmd->add_option("--by", *by, "Therapist signing")->required();
    cmd->callback([&ctx, id, by] {
      auto& db = ctx.db();
      storage::Sessions sessions(db);
      storage::WriteTransaction tx(db);
      const auto version = sessions.sign(tx, *id, sessions.get(*id).row_version, *by);
      tx.commit();
      ctx.print({{"id", *id}, {"row_version", version}, {"status", "signed"}},
                "Signed session " + std::to_string(*id));
    });
  }
  {
    auto id = std::make_shared<Id>(0);
    auto out = std::make_shared<std::string>();
    auto paper = std::make_shared<std::string>();
    auto* cmd = group->add_subcommand(
        "report",
        "Write a session's report (note, pain, contraindications, charts, measures) to a PDF");
    cmd->add_option("id", *id, "Session id")->required();
    cmd->add_option("--out", *out, "Output file ending in .pdf")->required();
    cmd->add_option("--paper", *paper, "a4 or letter (default: from the clinic's units)")
        ->check(CLI::IsMember({"a4", "letter"}));
    cmd->callback([&ctx, id, out, paper] {
      const std::filesystem::path file(*out);
      if (file.extension() != ".pdf")
        throw ValidationError("out", "is not a PDF file name", "a file name ending in .pdf");
      auto& db = ctx.db();
      const render::ChartRenderer renderer;
      // The active plugins' measures (assessment trends) go into the report too.
      render::SessionReport report(render::load_session_report(db, *id, &ctx.plugins().registry()),
                                   renderer);
      const auto size = paper->empty()       ? render::paper_for(report.data().clinic)
                        : *paper == "letter" ? render::kLetter
                                             : render::kA4;
      report.write_pdf(file, size);
      paths::make_private(file);
      const int pages = report.page_count(size);
      ctx.print({{"file", file.string()}, {"pages", pages}},
                "Wrote " + file.string() + " (" + std::to_string(pages) +
                    (pages == 1 ? " page)" : " pages)"));
    });
  }
  {
    auto text = std::make_shared<std::string>();
    auto client = std::make_shared<std::optional<Id>>();
    auto limit = std::make_shared<int>(50);
    auto* cmd = group->add_subcommand("search", "Full-text search of session notes");
    cmd->add_option("text", *text, "Words to look for (prefixes)")->required();
    cmd->add_option("--client", *client, "Only this client's sessions");
    cmd->add_option("--limit", *limit, "At most this many")->check(CLI::Range(1, 10000));
    cmd->callback([&ctx, text, client, limit] {
      const auto hits = storage::Sessions(ctx.db()).search_notes(*text, *client, *limit);
      nlohmann::json j = nlohmann::json::array();
      std::ostringstream out;
      for (const auto& h : hits) {
        j.push_back({{"session_id", h.session_id},
                     {"client_id", h.client_id},
                     {"started_at", format_timestamp(h.started_at)},
                     {"snippet", h.snippet}});
        out << h.session_id << "\tclient " << h.client_id << "\t" << format_local(h.started_at)
            << "\t" << h.snippet << "\n";
      }
      ctx.print(j, out.str());
    });
  }
}

}  // namespace myochart::cli
