// Temporal expressions are few and regular in news: a small recogniser over
// folded tokens, with std::chrono's civil calendar doing the arithmetic.
#include "dates/dates.h"

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <chrono>
#include <cstdlib>

namespace dragoman {
namespace {

using std::chrono::day;
using std::chrono::days;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::weekday;
using std::chrono::year;
using std::chrono::year_month_day;

constexpr std::array<std::string_view, 7> kWeekdays = {"sunday", "monday", "tuesday", "wednesday",
                                                       "thursday", "friday", "saturday"};
constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                      "may",     "june",     "july",      "august",
                                                      "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kMonthAbbreviations = {"jan.", "feb.", "mar.", "apr.", "may", "jun.",
                                                                  "jul.", "aug.", "sept.", "oct.", "nov.", "dec."};

int IndexOf(std::string_view w, const auto& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (list[i] == w) return static_cast<int>(i);
  }
  return -1;
}

int Number(std::string_view w) {
  int n = 0;
  const auto [end, ec] = std::from_chars(w.data(), w.data() + w.size(), n);
  return ec == std::errc() && end == w.data() + w.size() ? n : -1;
}

bool ParseDate(std::string_view s, year_month_day* out) {
  if (s.size() < 10) return false;
  const int y = Number(s.substr(0, 4)), m = Number(s.substr(5, 2)), d = Number(s.substr(8, 2));
  if (y < 0 || m < 1 || d < 1) return false;
  *out = year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  return out->ok();
}

std::string Format(const year_month_day& d) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                     static_cast<unsigned>(d.day()));
}

std::string FormatMonth(int y, int m) {
  while (m < 1) {
    m += 12;
    --y;
  }
  while (m > 12) {
    m -= 12;
    ++y;
  }
  return fmt::format("{:04}-{:02}", y, m);
}

class Recogniser {
 public:
  Recogniser(const Document& doc, uint32_t end, bool future) : doc_(doc), end_(end), future_(future) {
    has_date_ = ParseDate(doc.date, &published_);
  }

  std::string At(uint32_t t, uint32_t* length) const {
    *length = 1;
    const std::string& w = W(t);
    if (has_date_) {
      if (w == "today" || w == "tonight") return Format(published_);
      if (w == "yesterday") return Shift(-1);
      if (w == "tomorrow") return Shift(1);
      if (const int wd = IndexOf(w, kWeekdays); wd >= 0 && Capitalised(t)) return Weekday(wd);
      if ((w == "last" || w == "next" || w == "this") && t + 1 < end_) {
        *length = 2;
        const int sign = w == "last" ? -1 : w == "next" ? 1 : 0;
        const std::string& unit = W(t + 1);
        const int y = static_cast<int>(published_.year()), m = static_cast<int>(unsigned{published_.month()});
        if (unit == "week") return Shift(7 * sign);
        if (unit == "month") return FormatMonth(y, m + sign);
        if (unit == "year") return fmt::format("{:04}", y + sign);
        if (const int wd = IndexOf(unit, kWeekdays); wd >= 0) return Weekday(wd);
      }
    }
    // "in 2022".
    // ("since 2014", "until 2024" bound a period; they do not date an act.)
    if ((w == "in" || w == "during") && t + 1 < end_) {
      const int y = Number(W(t + 1));
      if (y >= 1900 && y <= 2100) {
        *length = 2;
        return fmt::format("{:04}", y);
      }
    }
    // "May 16", "May 16, 2024", "16 May", "in March".
    int m = MonthAt(t);
    if (m > 0) {
      const int d = t + 1 < end_ ? Number(W(t + 1)) : -1;
      if (d >= 1 && d <= 31) {
        int y = -1;
        *length = 2;
        if (t + 3 < end_ && W(t + 2) == ",") y = Number(W(t + 3));
        if (y >= 1900) *length = 4;
        return DayOfMonth(m, d, y >= 1900 ? y : -1);
      }
      const int y = t + 1 < end_ ? Number(W(t + 1)) : -1;
      if (y >= 1900 && y <= 2100) {
        *length = 2;
        return FormatMonth(y, m);
      }
      if (t > 0 && (W(t - 1) == "in" || W(t - 1) == "since" || W(t - 1) == "early" || W(t - 1) == "late" ||
                    W(t - 1) == "mid")) {
        return has_date_ ? MonthOnly(m) : "";
      }
      return "";
    }
    if (const int d = Number(w); d >= 1 && d <= 31 && t + 1 < end_) {
      m = MonthAt(t + 1);
      if (m > 0) {
        *length = 2;
        int y = t + 2 < end_ ? Number(W(t + 2)) : -1;
        if (y >= 1900 && y <= 2100) *length = 3;
        return DayOfMonth(m, d, y >= 1900 && y <= 2100 ? y : -1);
      }
    }
    return "";
  }

 private:
  const std::string& W(uint32_t t) const { return doc_.tokens[t].norm; }
  bool Capitalised(uint32_t t) const {
    const char c = doc_.tokens[t].shape[0];
    return c >= 'A' && c <= 'Z';
  }

  // 1-12 for a capitalised month name at t ("May" only when a number or a
  // preposition makes it a month).
  int MonthAt(uint32_t t) const {
    if (!Capitalised(t)) return 0;
    int m = IndexOf(W(t), kMonths);
    if (m < 0) m = IndexOf(W(t), kMonthAbbreviations);
    return m + 1;
  }

  std::string Shift(int n) const { return Format(year_month_day{sys_days{published_} + days{n}}); }

  std::string Weekday(int wd) const {
    const int today = static_cast<int>(weekday{sys_days{published_}}.c_encoding());
    const int delta = future_ ? (wd - today + 7) % 7 : -((today - wd + 7) % 7);
    return Shift(delta);
  }

  std::string MonthOnly(int m) const {
    int y = static_cast<int>(published_.year());
    const int now = static_cast<int>(unsigned{published_.month()});
    if (!future_ && m > now) --y;
    if (future_ && m < now) ++y;
    return FormatMonth(y, m);
  }

  std::string DayOfMonth(int m, int d, int y) const {
    if (y < 0) {
      if (!has_date_) return "";
      y = static_cast<int>(published_.year());
      const year_month_day guess{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
      if (!future_ && guess.ok() && sys_days{guess} > sys_days{published_} + days{1}) --y;
      if (future_ && guess.ok() && sys_days{guess} < sys_days{published_}) ++y;
    }
    const year_month_day out{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    return out.ok() ? Format(out) : "";
  }

  const Document& doc_;
  uint32_t end_;
  bool future_;
  bool has_date_ = false;
  year_month_day published_{};
};

bool IsBreak(const Token& t) {
  return t.norm == ";" || t.norm == "--" || t.norm == ":" || t.tag == Tag::kDash;
}

}  // namespace

std::string ResolveDateAt(const Document& doc, uint32_t t, uint32_t end, bool future, uint32_t* length) {
  return Recogniser(doc, end, future).At(t, length);
}

void DateEvents(Document* doc) {
  for (Event& e : doc->events) {
    e.date = doc->date;
    const Sentence& s = doc->sentences[e.sentence];
    const bool future = e.modality == Modality::kPlanned;
    Recogniser recogniser(*doc, s.token_end, future);
    // The anchor: the first token of the verb phrase, or of the evidence.
    uint32_t anchor = s.token_begin;
    if (e.verb_phrase >= 0) anchor = doc->phrases[e.verb_phrase].token_begin;
    // The nearest expression within the clause, after the anchor first.
    std::string best;
    uint32_t best_distance = UINT32_MAX;
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      uint32_t length = 1;
      std::string date = recogniser.At(t, &length);
      if (date.empty()) continue;
      bool crosses = false;
      const uint32_t lo = std::min(t, anchor), hi = std::max(t, anchor);
      for (uint32_t k = lo; k < hi && !crosses; ++k) crosses = IsBreak(doc->tokens[k]);
      if (crosses) continue;
      const uint32_t distance = (t >= anchor ? t - anchor : (anchor - t) * 2);  // prefer what follows
      if (distance < best_distance) {
        best_distance = distance;
        best = std::move(date);
      }
      t += length - 1;
    }
    if (!best.empty()) e.date = best;
  }
}

}  // namespace dragoman
