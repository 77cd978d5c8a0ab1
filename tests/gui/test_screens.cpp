// Screenshots of each main screen on a demo clinic, written to build/screens/*.png for people to
// look at: client list, client record, session with marks and a plugin layer, print preview.
// The checks here only make sure each picture shows something; the looking is done by eye.
#include <soci/soci.h>
#include <wx/image.h>
#include <wx/listctrl.h>
#include <wx/prntbase.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <set>

#include "gui/app_config.h"
#include "gui/chart_canvas.h"
#include "gui/client_list_panel.h"
#include "gui/client_record_panel.h"
#include "gui/gui_support.h"
#include "gui/printing.h"
#include "gui/session_frame.h"
#include "myochart/chart/body_chart.h"
#include "myochart/storage/chart_marks.h"

using namespace myochart;
using namespace myochart::test;

namespace {

// Stands in for a plugin's chart layer: the referral zone of each trigger point on the view.
class ReferralLayer : public gui::ChartOverlaySource {
 public:
  std::string label() const override { return "Referral zones (test layer)"; }
  std::vector<render::Overlay> overlays(const gui::ChartLayerQuery& q) const override {
    std::vector<render::Overlay> out;
    for (const auto& m : q.marks) {
      if (m.kind != "trigger_point" || m.shape != chart::MarkShape::kPoint) continue;
      const chart::Point c = m.points.front();
      render::Overlay o;
      for (int i = 0; i < 12; ++i) {
        const double a = i * 3.14159265 / 6;
        o.polygon.push_back({c.x + 0.07 * std::cos(a), c.y + 0.07 + 0.06 * std::sin(a)});
      }
      o.r = 0.55, o.g = 0.15, o.b = 0.7;
      o.hatched = true;
      o.label = "Referral zone";
      out.push_back(std::move(o));
    }
    return out;
  }
};

// Enough different colours to be a picture, not an empty window.
bool looks_like_a_screen(const std::filesystem::path& file) {
  wxImage img(wxString::FromUTF8(file.string()), wxBITMAP_TYPE_PNG);
  if (!img.IsOk() || img.GetWidth() < 300 || img.GetHeight() < 300) return false;
  std::set<unsigned long> colours;
  for (int y = 0; y < img.GetHeight(); y += 7)
    for (int x = 0; x < img.GetWidth(); x += 7)
      colours.insert((img.GetRed(x, y) << 16) | (img.GetGreen(x, y) << 8) | img.GetBlue(x, y));
  return colours.size() > 20;
}

chart::ChartMark mark(chart::MarkShape shape, std::vector<chart::Point> points, const char* kind,
                      int intensity, const char* quality = "") {
  chart::ChartMark m;
  m.view = chart::View::kPosterior;
  m.shape = shape;
  m.points = std::move(points);
  m.kind = kind;
  m.intensity = intensity;
  m.quality = quality;
  return m;
}

Id add_charted_session(gui::Clinic& clinic, Id client) {
  Session s;
  s.client_id = client;
  s.therapist = "Rowan Ellis";
  s.started_at = std::chrono::floor<std::chrono::minutes>(now()) - std::chrono::hours(1);
  s.modality = "trigger_point";
  s.pain_before = 6;
  s.pain_after = 3;
  s.soap.subjective =
      "Right-sided neck and shoulder ache for two weeks, worse after long days "
      "at the laptop. Headache behind the right eye most afternoons.";
  s.soap.objective =
      "Forward head posture. Active trigger points in the right upper trapezius "
      "and levator scapulae; taut band with local twitch. Cervical rotation to "
      "the left limited and painful at end range.";
  s.soap.assessment =
      "Myofascial neck pain with referral to the temple, driven by sustained "
      "posture.";
  s.soap.plan =
      "Ischaemic compression and stretching of the right upper trapezius. Home care: "
      "upper trapezius stretch 3 × 30 s twice daily, screen at eye height. Review in "
      "two weeks.";
  storage::WriteTransaction tx(clinic.db());
  clinic.sessions().add(tx, s);
  storage::ChartMarks marks(clinic.db());
  using chart::MarkShape;
  std::vector<chart::ChartMark> all = {
      mark(MarkShape::kPoint, {{0.61, 0.205}}, "trigger_point", 8),
      mark(MarkShape::kPoint, {{0.575, 0.175}}, "trigger_point", 6),
      mark(MarkShape::kArea, {{0.56, 0.13}, {0.62, 0.14}, {0.66, 0.2}, {0.6, 0.23}, {0.55, 0.19}},
           "pain", 7, "aching"),
      mark(MarkShape::kStroke, {{0.39, 0.2}, {0.42, 0.24}, {0.41, 0.29}, {0.43, 0.33}}, "tension",
           5),
      mark(MarkShape::kArea, {{0.66, 0.3}, {0.7, 0.3}, {0.71, 0.38}, {0.67, 0.38}}, "numbness", 3,
           "tingling"),
      mark(MarkShape::kPoint, {{0.5, 0.36}}, "treated", 5),
  };
  for (auto& m : all) {
    m.session_id = s.id;
    marks.add(tx, m);
  }
  tx.commit();
  return s.id;
}

void set_up_clinic(gui::Clinic& clinic, const std::filesystem::path& dir) {
  ClinicSettings s = clinic.settings();
  s.clinic_name = "Harbourside Massage & Movement";
  s.clinic_address = "14 Quay Street\nBristol BS1 4DJ";
  s.therapist_name = "Rowan Ellis";
  s.date_style = DateStyle::kDayMonthName;
  std::ofstream(dir / "logo.svg")
      << R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40">)"
         R"(<circle cx="20" cy="20" r="17" fill="#2e7d6b"/>)"
         R"(<path d="M9 24 q11 -16 22 0" stroke="#fff" stroke-width="4" fill="none"/>)"
         R"(<text x="44" y="27" font-family="Sans" font-size="17" fill="#2e7d6b">Harbour</text></svg>)";
  s.logo = read_logo_file(dir / "logo.svg");
  clinic.save_settings(s);
}

}  // namespace

TEST_CASE("screenshots of the client list, a client record, a session and the print preview") {
  GuiFixture f(80);
  set_up_clinic(*f.clinic, f.dir.path());
  settle(30);

  // A client with an active contraindication and several sessions; their latest session with
  // a trigger point.
  long long client = 0, session = 0;
  f.clinic->db().sql()
      << "SELECT s.client_id, s.id FROM sessions s JOIN chart_marks m ON m.session_id = s.id "
         "WHERE m.kind = 'trigger_point' AND EXISTS (SELECT 1 FROM contraindications x "
         "WHERE x.client_id = s.client_id AND x.active = 1) AND (SELECT count(*) FROM sessions o "
         "WHERE o.client_id = s.client_id) >= 4 GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1",
      soci::into(client), soci::into(session);
  REQUIRE(client > 0);

  // The list as it looks after a few days of use: some recent clients.
  for (long long id : {3LL, 5LL, 11LL}) gui::app_config::remember_client(f.file, id);
  f.frame->client_list()->refresh_recent();
  settle(20);
  CHECK(looks_like_a_screen(screenshot(f.frame, "client-list")));

  f.frame->open_client(client);
  REQUIRE(wait_until([&] { return f.frame->record()->client_id() == client; }));
  settle(20);
  CHECK(looks_like_a_screen(screenshot(f.frame, "client-record")));

  // Today's session, still a draft, charted on the back; the previous one shows faint.
  const Id today = add_charted_session(*f.clinic, client);
  gui::SessionFrame* s = f.frame->open_session(today);
  REQUIRE(s != nullptr);
  s->SetPosition(wxPoint(0, 0));
  s->SetSize(wxSize(1240, 860));
  s->add_chart_layer(std::make_shared<ReferralLayer>());
  settle(20);
  REQUIRE(s->marks().size() >= 5);
  s->canvas()->select(s->marks().key(1));  // the palette shows the selected mark
  settle(20);
  CHECK(looks_like_a_screen(screenshot(s, "session")));
  session = today;

  wxPreviewFrame* preview = gui::preview_session_report(s, *f.clinic, session);
  REQUIRE(preview != nullptr);
  preview->SetPosition(wxPoint(0, 0));
  preview->SetSize(wxSize(1000, 880));
  settle(40);
  CHECK(looks_like_a_screen(screenshot(preview, "print-preview")));
  preview->Destroy();
  settle(10);
}
