// Proleptic Gregorian calendar arithmetic for resolving relative dates:
// day numbers, weekdays, ISO weeks and the ISO 8601 strings the timeline uses
// ("2025-08-15", "2025-08", "2025", "--08-15", "2025-W33").
//
//   int64_t d = DaysFromCivil(2025, 8, 15);   // days since 1970-01-01
//   IsoWeekday(d) == 5;                       // a Friday

#ifndef EXPLAINER_CALENDAR_H_
#define EXPLAINER_CALENDAR_H_

#include <cstdint>
#include <string>

namespace explainer {

struct CivilDate {
  int year = 0;   // 0 = unknown
  int month = 0;  // 1..12, 0 = unknown
  int day = 0;    // 1..31, 0 = unknown
};

// Days since 1970-01-01 of a valid y-m-d (negative before 1970).
int64_t DaysFromCivil(int year, int month, int day);
CivilDate CivilFromDays(int64_t days);
// 1 = Monday ... 7 = Sunday.
int IsoWeekday(int64_t days);
int DaysInMonth(int year, int month);
// Whether y-m-d names a real day (February 30 does not).
bool IsValidDate(int year, int month, int day);
// Parses "YYYY-MM-DD"; returns false (and leaves *out alone) otherwise.
bool ParseIsoDate(const std::string& s, CivilDate* out);

// The ISO string for whatever parts are known: "2025-08-15", "2025-08",
// "2025", "--08-15", "--08"; empty when nothing is known.
std::string FormatIso(const CivilDate& date);
// The ISO week holding `days`: "2025-W33".
std::string FormatIsoWeek(int64_t days);
// Adds `months` to year/month (day ignored).
void AddMonths(int months, int* year, int* month);

}  // namespace explainer

#endif  // EXPLAINER_CALENDAR_H_
