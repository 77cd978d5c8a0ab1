#include "myochart/client.h"

#include <algorithm>

#include "domain/validation.h"
#include "myochart/errors.h"
#include "myochart/text.h"

namespace myochart {

namespace {

// Scripts written without a space between family and given name.
bool is_cjk(std::string_view s) {
  if (s.size() < 3) return false;
  const auto b0 = static_cast<unsigned char>(s[0]);
  const auto b1 = static_cast<unsigned char>(s[1]);
  const unsigned cp =
      ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (static_cast<unsigned char>(s[2]) & 0x3Fu);
  if ((b0 & 0xF0) != 0xE0) return false;
  return (cp >= 0x3040 && cp <= 0x30FF) ||  // kana
         (cp >= 0x4E00 && cp <= 0x9FFF) ||  // CJK ideographs
         (cp >= 0xAC00 && cp <= 0xD7AF);    // Hangul syllables
}

void check_email(std::string_view field, std::string_view email) {
  if (email.empty()) return;
  const auto at = email.find('@');
  const bool ok = at != std::string_view::npos && at > 0 && at + 1 < email.size() &&
                  email.find('@', at + 1) == std::string_view::npos &&
                  email.find_first_of(" \t") == std::string_view::npos &&
                  email.substr(at + 1).find('.') != std::string_view::npos && email.back() != '.';
  if (!ok)
    throw ValidationError(std::string(field), "is not an e-mail address", "name@example.org");
}

void check_phone(std::string_view field, std::string_view phone) {
  if (phone.empty()) return;
  const bool chars_ok = std::all_of(phone.begin(), phone.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')' ||
           c == '.' || c == '/';
  });
  const auto digits = text::digits_only(phone).size();
  if (!chars_ok || digits < 3 || digits > 20)
    throw ValidationError(std::string(field), "is not a phone number",
                          "3 to 20 digits with optional spaces and + - ( ) . /");
}

}  // namespace

std::string display_name(const Client& c) {
  std::string first = c.family_name_first ? c.family_name : c.given_name;
  std::string second = c.family_name_first ? c.given_name : c.family_name;
  std::string name;
  if (first.empty() || second.empty())
    name = first + second;
  else if (c.family_name_first && is_cjk(first) && is_cjk(second))
    name = first + second;
  else
    name = first + " " + second;
  if (!c.preferred_name.empty() && c.preferred_name != c.given_name)
    name += " (" + c.preferred_name + ")";
  return name;
}

void validate(const Client& c) {
  using namespace detail;
  check_line("given_name", c.given_name);
  check_line("family_name", c.family_name);
  if (text::trim(c.given_name).empty() && text::trim(c.family_name).empty())
    throw ValidationError("given_name", "and family_name are both empty",
                          "at least one of given name or family name");
  check_line("preferred_name", c.preferred_name);
  check_date("date_of_birth", c.date_of_birth);
  check_line("pronouns", c.pronouns);
  check_line("phone", c.phone);
  check_phone("phone", c.phone);
  check_line("email", c.email);
  check_email("email", c.email);
  check_line("address.line1", c.address.line1);
  check_line("address.line2", c.address.line2);
  check_line("address.city", c.address.city);
  check_line("address.region", c.address.region);
  check_line("address.postal_code", c.address.postal_code);
  check_line("address.country", c.address.country);
  check_line("occupation", c.occupation);
  check_line("emergency_contact.name", c.emergency_contact.name);
  check_line("emergency_contact.relationship", c.emergency_contact.relationship);
  check_line("emergency_contact.phone", c.emergency_contact.phone);
  check_phone("emergency_contact.phone", c.emergency_contact.phone);
  check_line("physician.name", c.physician.name);
  check_line("physician.phone", c.physician.phone);
  check_phone("physician.phone", c.physician.phone);
  check_line("physician.practice", c.physician.practice);
  check_line("referral_source", c.referral_source);
  check_text("notes", c.notes);
}

}  // namespace myochart
