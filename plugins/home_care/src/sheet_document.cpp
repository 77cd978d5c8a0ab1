#include "sheet_document.h"

#include <algorithm>
#include <map>
#include <set>

#include "myochart/errors.h"

namespace myochart::home_care {

namespace {

constexpr double kPictureMm = 30;

// Sentences one after the other, each ending in a full stop.
std::string joined(const std::vector<std::string>& sentences) {
  std::string out;
  for (const auto& s : sentences) {
    if (s.empty()) continue;
    out += (out.empty() ? "" : " ") + s;
    if (out.back() != '.' && out.back() != '!' && out.back() != '?') out += '.';
  }
  return out;
}

std::vector<std::string> precautions_of(const PlanItem& item, const Exercise* ex) {
  if (item.precautions) return *item.precautions;
  return ex ? ex->precautions : std::vector<std::string>{};
}

// Precautions that two or more exercises of the sheet share (the library's "stop if..."
// sentences), in the order they first appear: printed once above the exercises instead of in
// every card, which keeps six cards and the log to about two pages.
std::vector<std::string> shared_precautions(const Plan& plan, const ExerciseLibrary& library) {
  std::vector<std::string> order;
  std::map<std::string, int> count;
  for (const auto& item : plan.items) {
    std::set<std::string> seen;
    for (const auto& p : precautions_of(item, library.find(item.exercise)))
      if (seen.insert(p).second && count[p]++ == 0) order.push_back(p);
  }
  std::vector<std::string> out;
  for (const auto& p : order)
    if (count[p] >= 2) out.push_back(p);
  return out;
}

doc::Card exercise_card(std::size_t number, const PlanItem& item, const Exercise* ex,
                        const Illustrations& illustrations,
                        const std::vector<std::string>& printed_above) {
  auto pick = [](const auto& edited, const auto& library_value) {
    return edited ? *edited : library_value;
  };
  const std::string name = pick(item.name, ex ? ex->name : item.exercise);
  doc::Card card;
  // Compact enough for six exercises and the log on about two pages: a small picture beside
  // the text, a level-3 heading, tips and precautions as running text.
  card.side_width_mm = kPictureMm;
  card.body.push_back(doc::Heading{std::to_string(number) + ". " + name, 3});
  doc::Fields how;
  how.items.push_back({"How much", dosage_words(item.dosage)});
  if (ex && !ex->pressure.empty()) how.items.push_back({"Pressure", ex->pressure});
  card.body.push_back(std::move(how));
  const std::string setup = pick(item.setup, ex ? ex->setup : std::string());
  if (!setup.empty()) card.body.push_back(doc::Paragraph{setup});
  card.body.push_back(doc::Bullets{pick(item.steps, ex ? ex->steps : std::vector<std::string>{}), true});
  // Tips and precautions as running text keep a card short enough for two or three to a
  // page; the precautions sit in a tinted note so that they are not skimmed over.
  const auto tips = pick(item.tips, ex ? ex->tips : std::vector<std::string>{});
  if (!tips.empty()) card.body.push_back(doc::Paragraph{"Tips: " + joined(tips), doc::Paragraph::Style::kSmall});
  std::vector<std::string> care;
  for (const auto& p : precautions_of(item, ex))
    if (std::find(printed_above.begin(), printed_above.end(), p) == printed_above.end())
      care.push_back(p);
  care.insert(care.end(), item.warnings.begin(), item.warnings.end());
  if (!care.empty())
    card.body.push_back(doc::Paragraph{"Take care: " + joined(care), doc::Paragraph::Style::kNote});
  if (!item.note.empty())
    card.body.push_back(doc::Paragraph{"From your therapist: " + item.note, doc::Paragraph::Style::kEmphasis});
  if (const auto it = illustrations.find(item.exercise); it != illustrations.end())
    card.picture = doc::Svg{it->second, kPictureMm};
  if (item.qr_url) card.qr = doc::QrCode{*item.qr_url, 24, "Scan to watch"};
  return card;
}

// Days down, exercises across (by number: the names are listed above the table), pain last.
doc::Table progress_log(const Plan& plan, std::size_t exercises) {
  doc::Table t;
  t.header = {"Day", "Date"};
  t.column_weights = {1.1, 1.5};  // "Day" fits on one line even with 12 exercises
  for (std::size_t i = 0; i < exercises; ++i) {
    t.header.push_back(std::to_string(i + 1));
    t.column_weights.push_back(1.0);
  }
  t.header.push_back("Pain (0-10)");
  t.column_weights.push_back(1.5);
  for (int d = 1; d <= plan.log_days; ++d) {
    std::vector<std::string> row(t.header.size());
    row[0] = std::to_string(d);
    t.rows.push_back(std::move(row));
  }
  t.min_row_height_mm = 6;
  return t;
}

std::string str(const nlohmann::json& j, const char* key) {
  if (!j.contains(key)) return {};
  if (!j[key].is_string())
    throw ValidationError(std::string("context.") + key, "is not text", "text");
  return j[key].get<std::string>();
}

}  // namespace

doc::Document sheet_document(const Plan& plan, const plugin::HandoutContext& c,
                             const ExerciseLibrary& library, const Illustrations& illustrations) {
  doc::Document d;
  d.title = plan.title;
  d.page = c.page;
  d.decor.header_left = c.clinic_name.empty() ? "Home care" : c.clinic_name;
  std::string right = c.clinic_address;
  if (!c.clinic_contact.empty()) right += (right.empty() ? "" : "\n") + c.clinic_contact;
  d.decor.header_right = right;
  d.decor.logo_path = c.clinic_logo;
  d.decor.footer_left = c.client_name + (c.date.empty() ? "" : " · " + c.date);

  d.blocks.push_back(doc::Heading{plan.title, 1});
  doc::Fields who;
  who.items.push_back({"For", c.client_name});
  // Date and therapist share a line: the header stays short.
  std::string when = c.date;
  if (!c.therapist.empty()) when += (when.empty() ? "" : "   ·   ") + std::string("Therapist: ") + c.therapist;
  if (!when.empty()) who.items.push_back({c.date.empty() ? "Given by" : "Date", when});
  d.blocks.push_back(std::move(who));
  std::string stop = "Stop and call us if pain rises above " + std::to_string(plan.stop_rule_pain) +
                     "/10 (0 = no pain, 10 = the worst you can imagine), or if you feel numbness, "
                     "tingling, dizziness or chest pain.";
  if (!c.clinic_contact.empty()) stop += " " + c.clinic_contact;
  d.blocks.push_back(doc::Paragraph{stop, doc::Paragraph::Style::kNote});
  // How to do them all, and the precautions every card would repeat, in one note.
  std::vector<std::string> every = {
      "Move slowly and breathe normally. A stretch should feel like a gentle pull and an "
      "exercise like honest effort; neither should be sharp pain."};
  const std::vector<std::string> shared = shared_precautions(plan, library);
  every.insert(every.end(), shared.begin(), shared.end());
  d.blocks.push_back(doc::Paragraph{"With every exercise: " + joined(every),
                                    doc::Paragraph::Style::kNote});

  std::vector<std::string> names;
  for (std::size_t i = 0; i < plan.items.size(); ++i) {
    const auto& item = plan.items[i];
    const Exercise* ex = library.find(item.exercise);
    names.push_back(item.name ? *item.name : ex ? ex->name : item.exercise);
    d.blocks.push_back(exercise_card(i + 1, item, ex, illustrations, shared));
  }
  if (!plan.general_advice.empty()) {
    d.blocks.push_back(doc::Heading{"General advice", 2});
    d.blocks.push_back(doc::Bullets{plan.general_advice, false});
  }
  if (plan.log_days > 0) {
    // Kept on one page when it fits there: a log is filled in on the fridge, not across pages.
    doc::KeepTogether log;
    log.blocks.push_back(doc::Heading{"Progress log", 2});
    std::string legend;
    for (std::size_t i = 0; i < names.size(); ++i)
      legend += (i ? " · " : "") + std::to_string(i + 1) + " " + names[i];
    log.blocks.push_back(doc::Paragraph{legend});
    log.blocks.push_back(doc::Paragraph{
        "Tick an exercise on the day you do it and note your pain at the end of the day. "
        "Bring this sheet to your next visit.",
        doc::Paragraph::Style::kSmall});
    log.blocks.push_back(progress_log(plan, names.size()));
    d.blocks.push_back(std::move(log));
  }
  return d;
}

nlohmann::json context_to_json(const plugin::HandoutContext& c) {
  nlohmann::json j = {{"client_name", c.client_name},
                      {"therapist", c.therapist},
                      {"date", c.date},
                      {"clinic_name", c.clinic_name},
                      {"clinic_address", c.clinic_address},
                      {"clinic_contact", c.clinic_contact},
                      {"contraindication_kinds", c.contraindication_kinds},
                      {"page", c.page == doc::PageSize::kLetter ? "letter" : "a4"}};
  if (c.clinic_logo) j["clinic_logo"] = *c.clinic_logo;
  return j;
}

plugin::HandoutContext context_from_json(const nlohmann::json& j) {
  if (!j.is_object()) throw ValidationError("context", "is not an object", "a stored sheet's context");
  plugin::HandoutContext c;
  c.client_name = str(j, "client_name");
  c.therapist = str(j, "therapist");
  c.date = str(j, "date");
  c.clinic_name = str(j, "clinic_name");
  c.clinic_address = str(j, "clinic_address");
  c.clinic_contact = str(j, "clinic_contact");
  if (j.contains("clinic_logo")) c.clinic_logo = str(j, "clinic_logo");
  if (j.contains("contraindication_kinds"))
    for (const auto& k : j["contraindication_kinds"]) c.contraindication_kinds.push_back(k.get<std::string>());
  c.page = str(j, "page") == "letter" ? doc::PageSize::kLetter : doc::PageSize::kA4;
  return c;
}

}  // namespace myochart::home_care
