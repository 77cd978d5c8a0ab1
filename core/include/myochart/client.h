#pragma once
// A client's identity and contact record (intake). Health history, contraindications and
// consents are separate records (clinical.h) so that each can be versioned and listed.
#include <optional>
#include <string>

#include "myochart/ids.h"
#include "myochart/time.h"

namespace myochart {

struct Address {
  std::string line1;
  std::string line2;
  std::string city;
  std::string region;  ///< state, province, county
  std::string postal_code;
  std::string country;

  bool operator==(const Address&) const = default;
};

struct EmergencyContact {
  std::string name;
  std::string relationship;
  std::string phone;

  bool operator==(const EmergencyContact&) const = default;
};

struct Physician {
  std::string name;
  std::string phone;
  std::string practice;

  bool operator==(const Physician&) const = default;
};

struct Client {
  Id id = 0;
  RowVersion row_version = 0;

  std::string given_name;
  std::string family_name;
  std::string preferred_name;      ///< what the client likes to be called, if not the given name
  bool family_name_first = false;  ///< name order as the client writes it (e.g. Korean, Hungarian)
  std::optional<Date> date_of_birth;
  std::string pronouns;
  std::string phone;
  std::string email;
  Address address;
  std::string occupation;
  EmergencyContact emergency_contact;
  Physician physician;
  std::string referral_source;
  std::string notes;  ///< free text, up to kMaxLongText bytes
  bool archived = false;

  Timestamp created_at{};
  Timestamp updated_at{};

  bool operator==(const Client&) const = default;
};

/// Full name in the client's own order, with the preferred name in parentheses when it
/// differs: "Łucja Kowalska (Lucy)", "김민준".
std::string display_name(const Client& c);

/// Throws ValidationError naming the first field that is not acceptable: at least one of
/// given/family name; single-line fields without control characters and at most 200
/// characters; date of birth not in the future and not before 1900; an e-mail address of
/// the form local@domain; a phone number of digits, spaces and + - ( ) . / with 3 to 20
/// digits; notes at most kMaxLongText bytes; everything valid UTF-8.
void validate(const Client& c);

}  // namespace myochart
