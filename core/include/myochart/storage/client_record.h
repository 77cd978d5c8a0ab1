#pragma once
// Everything shown when a client is opened: the record, its intake lists and the session
// timeline (without SOAP text).
#include <vector>

#include "myochart/client.h"
#include "myochart/clinical.h"
#include "myochart/session.h"
#include "myochart/storage/database.h"

namespace myochart::storage {

struct ClientRecord {
  Client client;
  std::vector<HealthEntry> health_history;
  std::vector<Contraindication> contraindications;
  std::vector<Consent> consents;
  std::vector<SessionSummary> sessions;  ///< newest first
};

/// NotFoundError when the client does not exist.
ClientRecord load_client_record(Database& db, Id client);

}  // namespace myochart::storage
