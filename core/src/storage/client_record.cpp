#include "myochart/storage/client_record.h"

#include "myochart/storage/clients.h"
#include "myochart/storage/clinical_records.h"
#include "myochart/storage/sessions.h"

namespace myochart::storage {

ClientRecord load_client_record(Database& db, Id client) {
  ClientRecord r;
  r.client = Clients(db).get(client);
  r.health_history = HealthHistory(db).list_for_client(client);
  r.contraindications = Contraindications(db).list_for_client(client);
  r.consents = Consents(db).list_for_client(client);
  r.sessions = Sessions(db).list_for_client(client);
  return r;
}

}  // namespace myochart::storage
