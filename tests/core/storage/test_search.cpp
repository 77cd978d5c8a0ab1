// Client search as you type, and full-text search of session notes.
#include <catch2/catch.hpp>

#include "core/storage/fixture.h"

using namespace myochart;
using namespace myochart::storage;
using myochart::test::DbFixture;

namespace {
std::vector<Id> ids(const std::vector<ClientSummary>& rows) {
  std::vector<Id> out;
  for (const auto& r : rows) out.push_back(r.id);
  return out;
}
}  // namespace

TEST_CASE("client search ignores case and accents and matches prefixes of any name part") {
  DbFixture f;
  const Id lucja = f.add_client("Łucja", "Kowalska", "+48 22 555 0142", "lucja.k@example.org");
  const Id obrien = f.add_client("Siobhán", "O'Brien", "+353 1 555 0199", "siobhan@example.ie");
  const Id kim = f.add_client("민준", "김", "+82 2 555 0123", "minjun.kim@example.kr");
  const Id muller = f.add_client("Jürgen", "Müller", "+49 30 5550 1234", "");
  const Id zoe = f.add_client("Zoë", "Lefèvre", "", "zoe.lefevre@example.fr");
  Clients clients(*f.db);

  CHECK(ids(clients.search("lucja")) == std::vector<Id>{lucja});
  CHECK(ids(clients.search("ŁUC")) == std::vector<Id>{lucja});
  CHECK(ids(clients.search("kowal")) == std::vector<Id>{lucja});
  CHECK(ids(clients.search("obrien")) == std::vector<Id>{obrien});
  CHECK(ids(clients.search("o'bri")) == std::vector<Id>{obrien});
  CHECK(ids(clients.search("brien")) == std::vector<Id>{obrien});
  CHECK(ids(clients.search("siobhan")) == std::vector<Id>{obrien});
  CHECK(ids(clients.search("김")) == std::vector<Id>{kim});
  CHECK(ids(clients.search("민준")) == std::vector<Id>{kim});
  CHECK(ids(clients.search("muller")) == std::vector<Id>{muller});
  CHECK(ids(clients.search("MÜLL")) == std::vector<Id>{muller});
  CHECK(ids(clients.search("zoe lef")) == std::vector<Id>{zoe});
  CHECK(ids(clients.search("lefevre zo")) == std::vector<Id>{zoe});
  CHECK(clients.search("zoe kowalska").empty());  // every word must match
  CHECK(clients.search("nobody").empty());
}

TEST_CASE("client search finds phone digits anywhere and e-mail parts") {
  DbFixture f;
  const Id a = f.add_client("Ana", "Silva", "+351 21 555 0177", "ana.silva@example.pt");
  const Id b = f.add_client("Bruno", "Costa", "(212) 555-0188", "bcosta@example.com");
  Clients clients(*f.db);
  CHECK(ids(clients.search("0177")) == std::vector<Id>{a});
  CHECK(ids(clients.search("555 01")).size() == 2);
  CHECK(ids(clients.search("(212) 555")) == std::vector<Id>{b});
  CHECK(ids(clients.search("bcosta")) == std::vector<Id>{b});
  CHECK(ids(clients.search("ana.silva")) == std::vector<Id>{a});
  CHECK(clients.search("example").empty());  // domains are not indexed: everyone would match
}

TEST_CASE("search follows edits and archiving, and punctuation cannot break it") {
  DbFixture f;
  const Id id = f.add_client("Maria", "Garcia");
  Clients clients(*f.db);
  Client c = clients.get(id);
  c.family_name = "García López";
  {
    WriteTransaction tx(*f.db);
    clients.update(tx, c);
    tx.commit();
  }
  CHECK(ids(clients.search("lopez")) == std::vector<Id>{id});
  CHECK(ids(clients.search("garcia")) == std::vector<Id>{id});
  {
    WriteTransaction tx(*f.db);
    clients.set_archived(tx, id, c.row_version, true);
    tx.commit();
  }
  CHECK(clients.search("lopez").empty());
  CHECK(ids(clients.search("lopez", {.include_archived = true})) == std::vector<Id>{id});
  for (const char* q :
       {"\"", "*", "lopez\"*", "AND OR NOT", "(", "'; DROP TABLE clients; --", "^x", ""}) {
    CHECK_NOTHROW(clients.search(q, {.include_archived = true}));
  }
  CHECK(clients.count(true) == 1);
}

TEST_CASE("session notes are searchable by words and prefixes, per client") {
  DbFixture f;
  const Id a = f.add_client("Ana", "Silva");
  const Id b = f.add_client("Bruno", "Costa");
  const Id s1 = f.add_session(a, "Headaches behind the right eye after screen work",
                              "Release suboccipitals; chin tucks daily");
  const Id s2 = f.add_session(b, "Lower back stiffness after gardening", "Stretch hip flexors");
  Sessions sessions(*f.db);

  auto hit_ids = [](const std::vector<NoteHit>& hits) {
    std::vector<Id> out;
    for (const auto& h : hits) out.push_back(h.session_id);
    return out;
  };
  CHECK(hit_ids(sessions.search_notes("suboccipital")) == std::vector<Id>{s1});
  CHECK(hit_ids(sessions.search_notes("GARDEN")) == std::vector<Id>{s2});
  CHECK(hit_ids(sessions.search_notes("stretch")) == std::vector<Id>{s2});
  CHECK(sessions.search_notes("headaches", b).empty());
  CHECK(hit_ids(sessions.search_notes("headaches", a)) == std::vector<Id>{s1});
  const auto hits = sessions.search_notes("screen");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].client_id == a);
  CHECK(hits[0].snippet.find("[screen]") != std::string::npos);

  Session s = sessions.get(s2);
  s.soap.subjective = "Calf cramps at night";
  {
    WriteTransaction tx(*f.db);
    sessions.update(tx, s);
    tx.commit();
  }
  CHECK(sessions.search_notes("gardening").empty());
  CHECK(hit_ids(sessions.search_notes("cramps")) == std::vector<Id>{s2});
  CHECK_NOTHROW(sessions.search_notes("\"unbalanced AND ("));
}

TEST_CASE("every search plan returns the same page") {
  DbFixture f;
  {
    Clients clients(*f.db);
    WriteTransaction tx(*f.db);
    for (int i = 0; i < 400; ++i) {
      Client c;
      c.given_name = (i % 3 == 0 ? "Ana " : "Bruno ") + std::to_string(i);
      c.family_name = (i % 7 == 0 ? "Kowalska" : "Silva");
      c.phone = "+351 21 555 " + std::to_string(1000 + i);
      c.archived = i % 50 == 0;
      clients.add(tx, c);
    }
    tx.commit();
  }
  Clients clients(*f.db);
  for (const char* text : {"a", "ana", "kow", "silva an", "5551", "bruno 3", "nobody"}) {
    for (bool archived : {false, true}) {
      for (int offset : {0, 30}) {
        ClientQuery q{.include_archived = archived, .limit = 40, .offset = offset};
        const auto expected = ids(clients.search(text, q));
        for (auto plan :
             {SearchPlan::kSortMatches, SearchPlan::kScanWithSet, SearchPlan::kScanWithProbes}) {
          q.plan = plan;
          INFO("query \"" << text << "\" plan " << static_cast<int>(plan));
          CHECK(ids(clients.search(text, q)) == expected);
        }
      }
    }
  }
  CHECK(clients.search("kow", {.limit = 1000}).size() == 56);  // 58 Kowalskas, 2 of them archived
}
