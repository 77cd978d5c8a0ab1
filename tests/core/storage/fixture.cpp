#include "core/storage/fixture.h"

#include <soci/soci.h>

namespace myochart::test {

long long DbFixture::count(const std::string& table) {
  long long n = 0;
  db->sql() << "SELECT count(*) FROM " + table, soci::into(n);
  return n;
}

}  // namespace myochart::test
