#include "calendar.h"


namespace explainer {

// Howard Hinnant's days_from_civil / civil_from_days: exact for every
// proleptic Gregorian date, no tables.
int64_t DaysFromCivil(int year, int month, int day) {
  const int64_t y = static_cast<int64_t>(year) - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  const int64_t z = days + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  CivilDate c;
  c.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  c.year = static_cast<int>(yoe + era * 400 + (c.month <= 2 ? 1 : 0));
  return c;
}

int IsoWeekday(int64_t days) {
  // 1970-01-01 was a Thursday (4).
  int64_t r = (days + 3) % 7;
  if (r < 0) r += 7;
  return static_cast<int>(r) + 1;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  // A year-less date may be February 29.
  return day <= (year == 0 ? (month == 2 ? 29 : DaysInMonth(2001, month))
                           : DaysInMonth(year, month));
}

bool ParseIsoDate(const std::string& s, CivilDate* out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const size_t starts[] = {0, 5, 8}, lens[] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (size_t i = starts[k]; i < starts[k] + lens[k]; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v[k] = v[k] * 10 + (s[i] - '0');
    }
  }
  if (v[0] == 0 || !IsValidDate(v[0], v[1], v[2])) return false;
  *out = {v[0], v[1], v[2]};
  return true;
}

namespace {
// `value` in at least `width` digits (no printf: it would pull the whole
// formatting library, floating point included, into the wasm module).
void AppendPadded(int value, int width, std::string* out) {
  char digits[12];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0 && n < 11);
  for (int k = n; k < width; ++k) *out += '0';
  while (n > 0) *out += digits[--n];
}
}  // namespace

std::string FormatIso(const CivilDate& d) {
  std::string out;
  if (d.year > 0 && d.year <= 9999) {
    AppendPadded(d.year, 4, &out);
    if (d.month == 0) return out;
    out += '-';
    AppendPadded(d.month, 2, &out);
    if (d.day == 0) return out;
    out += '-';
    AppendPadded(d.day, 2, &out);
    return out;
  }
  if (d.month <= 0) return "";
  out = "--";
  AppendPadded(d.month, 2, &out);
  if (d.day == 0) return out;
  out += '-';
  AppendPadded(d.day, 2, &out);
  return out;
}

std::string FormatIsoWeek(int64_t days) {
  // The ISO week belongs to the year of its Thursday.
  const int64_t thursday = days - IsoWeekday(days) + 4;
  const CivilDate t = CivilFromDays(thursday);
  const int64_t jan1 = DaysFromCivil(t.year, 1, 1);
  const int week = static_cast<int>((thursday - jan1) / 7) + 1;
  std::string out;
  AppendPadded(t.year, 4, &out);
  out += "-W";
  AppendPadded(week, 2, &out);
  return out;
}

void AddMonths(int months, int* year, int* month) {
  int total = *year * 12 + (*month - 1) + months;
  *year = total / 12;
  *month = total % 12 + 1;
}

}  // namespace explainer
