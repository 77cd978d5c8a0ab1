#include "myochart/time.h"

#include <charconv>
#include <cstdio>
#include <ctime>

namespace myochart {

using namespace std::chrono;

namespace {

// Reads exactly `width` ASCII digits at pos; advances pos.
bool read_digits(std::string_view s, std::size_t& pos, int width, int& out) {
  if (pos + static_cast<std::size_t>(width) > s.size()) return false;
  for (int i = 0; i < width; ++i)
    if (s[pos + static_cast<std::size_t>(i)] < '0' || s[pos + static_cast<std::size_t>(i)] > '9')
      return false;
  auto [p, ec] = std::from_chars(s.data() + pos, s.data() + pos + width, out);
  if (ec != std::errc{}) return false;
  pos += static_cast<std::size_t>(width);
  return true;
}

bool expect(std::string_view s, std::size_t& pos, char c) {
  if (pos >= s.size() || s[pos] != c) return false;
  ++pos;
  return true;
}

std::optional<Date> read_date(std::string_view s, std::size_t& pos) {
  int y = 0, m = 0, d = 0;
  if (!read_digits(s, pos, 4, y) || !expect(s, pos, '-') || !read_digits(s, pos, 2, m) ||
      !expect(s, pos, '-') || !read_digits(s, pos, 2, d))
    return std::nullopt;
  Date date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

}  // namespace

std::string format_date(Date d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
  return buf;
}

std::optional<Date> parse_date(std::string_view text) {
  std::size_t pos = 0;
  auto d = read_date(text, pos);
  if (!d || pos != text.size()) return std::nullopt;
  return d;
}

std::string format_timestamp(Timestamp t) {
  // Written by hand (not snprintf): this runs for every row saved.
  const auto day_start = floor<days>(t);
  const Date d{day_start};
  const hh_mm_ss hms{t - day_start};
  std::string out = "0000-00-00T00:00:00Z";
  auto put = [&](std::size_t at, long value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10)
      out[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
  };
  const int y = static_cast<int>(d.year());
  if (y < 0 || y > 9999) return format_date(d) + out.substr(10);
  put(0, y, 4);
  put(5, static_cast<unsigned>(d.month()), 2);
  put(8, static_cast<unsigned>(d.day()), 2);
  put(11, hms.hours().count(), 2);
  put(14, hms.minutes().count(), 2);
  put(17, static_cast<long>(hms.seconds().count()), 2);
  return out;
}

std::optional<Timestamp> parse_timestamp(std::string_view text) {
  std::size_t pos = 0;
  auto d = read_date(text, pos);
  if (!d) return std::nullopt;
  if (pos >= text.size() || (text[pos] != 'T' && text[pos] != ' ')) return std::nullopt;
  ++pos;
  int hh = 0, mm = 0, ss = 0;
  if (!read_digits(text, pos, 2, hh) || !expect(text, pos, ':') || !read_digits(text, pos, 2, mm))
    return std::nullopt;
  if (pos < text.size() && text[pos] == ':')
    if (!expect(text, pos, ':') || !read_digits(text, pos, 2, ss)) return std::nullopt;
  if (hh > 23 || mm > 59 || ss > 59) return std::nullopt;
  const auto wall = sys_days{*d} + hours{hh} + minutes{mm} + seconds{ss};

  if (pos == text.size()) {  // local wall-clock time
    std::tm tm{};
    tm.tm_year = static_cast<int>(d->year()) - 1900;
    tm.tm_mon = static_cast<int>(static_cast<unsigned>(d->month())) - 1;
    tm.tm_mday = static_cast<int>(static_cast<unsigned>(d->day()));
    tm.tm_hour = hh;
    tm.tm_min = mm;
    tm.tm_sec = ss;
    tm.tm_isdst = -1;
    const std::time_t t = std::mktime(&tm);
    if (t == static_cast<std::time_t>(-1)) return std::nullopt;
    return Timestamp{seconds{t}};
  }
  if (text[pos] == 'Z' && pos + 1 == text.size()) return Timestamp{wall};
  if (text[pos] == '+' || text[pos] == '-') {
    const int sign = text[pos] == '+' ? 1 : -1;
    ++pos;
    int oh = 0, om = 0;
    if (!read_digits(text, pos, 2, oh) || !expect(text, pos, ':') ||
        !read_digits(text, pos, 2, om) || pos != text.size() || oh > 14 || om > 59)
      return std::nullopt;
    return Timestamp{wall - sign * (hours{oh} + minutes{om})};
  }
  return std::nullopt;
}

namespace {
std::tm local_tm(Timestamp t) {
  const std::time_t tt = static_cast<std::time_t>(t.time_since_epoch().count());
  std::tm tm{};
  localtime_r(&tt, &tm);
  return tm;
}
}  // namespace

std::string format_local(Timestamp t) {
  const std::tm tm = local_tm(t);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min);
  return buf;
}

Date local_date(Timestamp t) {
  const std::tm tm = local_tm(t);
  return Date{year{tm.tm_year + 1900}, month{static_cast<unsigned>(tm.tm_mon + 1)},
              day{static_cast<unsigned>(tm.tm_mday)}};
}

Timestamp now() {
  return floor<seconds>(system_clock::now());
}

Date today() {
  return local_date(now());
}

int age_on(Date birth, Date on) {
  int years = static_cast<int>(on.year()) - static_cast<int>(birth.year());
  if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
    --years;
  return years;
}

}  // namespace myochart
