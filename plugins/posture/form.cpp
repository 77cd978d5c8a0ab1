#include "form.h"

namespace myochart::posture {

using plugin::FieldOption;
using plugin::FieldType;
using plugin::FormField;
using plugin::FormSection;

namespace {

FormField cue_field(const Cue& c) {
  FormField f{.id = c.id, .label = c.text, .type = FieldType::kChoice};
  f.options = {{"present", "Present"}, {"absent", "Absent"}};
  if (c.sided) {
    f.options.push_back({"left", "Left"});
    f.options.push_back({"right", "Right"});
    f.options.push_back({"both", "Both sides"});
    f.help = "Side: " + c.side_meaning + ". \"Present\" when seen but the side is not recorded.";
  }
  f.options.push_back({"not_checked", "Not checked"});
  return f;
}

std::vector<FormField> measure_fields_of(const Measure& m) {
  std::vector<FormField> out;
  for (const auto& [id, side] : measure_fields(m)) {
    FormField f{.id = id,
                .label = m.name + (side == chart::Side::kNone
                                       ? ""
                                       : " (" + std::string(plugin::to_string(side)) + ")"),
                .type = m.unit == "deg" ? FieldType::kAngle : FieldType::kNumber,
                .help = m.how,
                .unit = m.unit,
                .min = m.plausible_min,
                .max = m.plausible_max};
    if (!m.sign_positive.empty())
      f.help += " Positive: " + m.sign_positive + "; negative: " + m.sign_negative + ".";
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<FormField> daily_posture_fields(const DailyPosture& dp) {
  std::vector<FormField> out;
  if (dp.kind == "yes_no") {
    out.push_back({.id = dp.id, .label = dp.label, .type = FieldType::kBoolean, .help = dp.note});
  } else {
    FormField f{.id = dp.id,
                .label = dp.label,
                .type = dp.multiple ? FieldType::kMultiChoice : FieldType::kChoice,
                .help = dp.note};
    for (const auto& o : dp.options) f.options.push_back({o.id, o.label});
    out.push_back(std::move(f));
  }
  if (dp.free_text_label)
    out.push_back({.id = dp.id + "_details",
                   .label = *dp.free_text_label,
                   .type = FieldType::kText,
                   .max_length = dp.free_text_max_length});
  return out;
}

}  // namespace

plugin::FormDefinition build_form(const PosturePack& pack) {
  plugin::FormDefinition def;
  def.id = kFormId;
  def.title = "Posture and muscle imbalance";
  def.description = pack.hints.evidence_notice;
  for (const auto& hint : pack.hints.sections) {
    FormSection s{.id = hint.id, .title = hint.title, .help = hint.instructions};
    for (const auto& item : hint.items) {
      if (item.kind == "cue") {
        s.fields.push_back(cue_field(*pack.cue(item.id).first));
      } else if (item.kind == "measure") {
        for (auto& f : measure_fields_of(*pack.measure(item.id))) s.fields.push_back(std::move(f));
      } else {
        for (auto& f : daily_posture_fields(*pack.daily_posture(item.id)))
          s.fields.push_back(std::move(f));
      }
    }
    def.sections.push_back(std::move(s));
  }
  def.sections.push_back(
      {.id = kObservationsField,
       .title = "Observations",
       .fields = {
           {.id = kObservationsField,
            .label = "Other observations",
            .type = FieldType::kText,
            .help = "Anything else seen or reported; kept with the assessment, not evaluated."}}});
  return def;
}

}  // namespace myochart::posture
