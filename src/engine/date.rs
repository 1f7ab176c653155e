//! Civil (calendar) dates and ages in completed years.
//!
//! The engine only needs to read `YYYY-MM-DD`, order dates and count completed
//! years (周岁), so it carries its own small date type instead of a time-zone
//! library: the core ships to browsers and every kilobyte counts.

use std::fmt;

/// A proleptic Gregorian calendar date, years 1..=9999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a string is not a `YYYY-MM-DD` date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("must be a date written YYYY-MM-DD, e.g. 2024-03-01")]
    Format,
    #[error("month must be 01 to 12")]
    Month,
    #[error("day {day} does not exist in {year:04}-{month:02}")]
    Day { year: u16, month: u8, day: u8 },
}

impl DateError {
    /// The message in Simplified Chinese, beside the English one (`Display`).
    pub fn message_zh(&self) -> String {
        match self {
            DateError::Format => "必须是 YYYY-MM-DD 格式的日期，例如 2024-03-01".to_owned(),
            DateError::Month => "月份必须是 01 到 12".to_owned(),
            DateError::Day { year, month, day } => format!("{year:04}-{month:02} 没有 {day} 日"),
        }
    }
}

impl CivilDate {
    /// Builds a date, checking month and day-of-month (leap years included).
    pub fn new(year: u16, month: u8, day: u8) -> Result<Self, DateError> {
        if year == 0 || year > 9999 {
            return Err(DateError::Format);
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::Month);
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Day { year, month, day });
        }
        Ok(CivilDate { year, month, day })
    }

    /// The date written as the number `year × 10000 + month × 100 + day`
    /// (as the WebAssembly glue passes dates), if it is one.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // range-checked
    pub fn from_number(number: f64) -> Option<Self> {
        if number.fract() != 0.0 || !(10_101.0..=99_991_231.0).contains(&number) {
            return None;
        }
        let number = number as u32;
        let year = u16::try_from(number / 10_000).ok()?;
        let month = u8::try_from(number / 100 % 100).ok()?;
        let day = u8::try_from(number % 100).ok()?;
        CivilDate::new(year, month, day).ok()
    }

    /// The date as the number `year × 10000 + month × 100 + day`.
    pub fn to_number(self) -> u32 {
        u32::from(self.year) * 10_000 + u32::from(self.month) * 100 + u32::from(self.day)
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, no time, no zone).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return Err(DateError::Format);
        }
        let number = |range: std::ops::Range<usize>| -> Result<u16, DateError> {
            let part = bytes.get(range).ok_or(DateError::Format)?;
            part.iter().try_fold(0u16, |acc, &b| {
                if b.is_ascii_digit() {
                    Ok(acc * 10 + u16::from(b - b'0'))
                } else {
                    Err(DateError::Format)
                }
            })
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).map_err(|_| DateError::Month)?;
        let day = u8::try_from(number(8..10)?).map_err(|_| DateError::Format)?;
        CivilDate::new(year, month, day)
    }

    /// The date `days` days after 1970-01-01 (negative: before), or `None`
    /// outside years 1..=9999. Howard Hinnant's `civil_from_days`.
    pub fn from_unix_days(days: i64) -> Option<Self> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe.checked_add(era.checked_mul(400)?)? + i64::from(month <= 2);
        CivilDate::new(u16::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()
    }

    /// Days since 1970-01-01 (negative: before). Howard Hinnant's
    /// `days_from_civil`, the inverse of [`CivilDate::from_unix_days`].
    pub fn to_unix_days(self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let mp = if month > 2 { month - 3 } else { month + 9 };
        let doy = (153 * mp + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Today's date in Beijing (UTC+8, no daylight saving) at `unix_seconds`:
    /// the default `asOf` of every interface (SPEC §1).
    pub fn beijing_today(unix_seconds: i64) -> Option<Self> {
        CivilDate::from_unix_days(unix_seconds.checked_add(8 * 3600)?.div_euclid(86_400))
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Completed years (周岁) from `birth` to `self`; `None` if `birth` is later.
    ///
    /// A person is N on their Nth birthday. Someone born on 29 February turns
    /// a year older on 1 March in common years.
    pub fn completed_years_since(self, birth: CivilDate) -> Option<u16> {
        if birth > self {
            return None;
        }
        let years = self.year - birth.year;
        if (self.month, self.day) < (birth.month, birth.day) {
            Some(years - 1)
        } else {
            Some(years)
        }
    }
}

fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for CivilDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> CivilDate {
        CivilDate::parse(text).unwrap()
    }

    #[test]
    fn unix_days_round_trip_and_beijing_is_eight_hours_ahead() {
        for days in [-719_162, -1, 0, 1, 11_016, 20_000, 2_932_896] {
            assert_eq!(CivilDate::from_unix_days(days).map(CivilDate::to_unix_days), Some(days));
        }
        assert_eq!(d("2024-02-29").to_unix_days() - d("2024-02-28").to_unix_days(), 1);
        assert_eq!(d("2027-01-01").to_unix_days() - d("2026-12-31").to_unix_days(), 1);
        // 2026-11-28 16:00 UTC is midnight in Beijing; a second earlier is still the 28th.
        let midnight = d("2026-11-29").to_unix_days() * 86_400 - 8 * 3600;
        assert_eq!(CivilDate::beijing_today(midnight), Some(d("2026-11-29")));
        assert_eq!(CivilDate::beijing_today(midnight - 1), Some(d("2026-11-28")));
    }

    #[test]
    fn parses_and_prints() {
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        assert_eq!(CivilDate::parse("2023-02-29"), Err(DateError::Day { year: 2023, month: 2, day: 29 }));
        assert_eq!(CivilDate::parse("2023-13-01"), Err(DateError::Month));
        for bad in
            ["", "2023-1-01", "2023/01/01", "20230101", "2023-01-01T00", "0000-01-01", "２０２３-01-01", "+123-01-01"]
        {
            assert!(CivilDate::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn counts_days_from_the_unix_epoch() {
        assert_eq!(CivilDate::from_unix_days(0), Some(d("1970-01-01")));
        assert_eq!(CivilDate::from_unix_days(11_016), Some(d("2000-02-29")));
        assert_eq!(CivilDate::from_unix_days(20_454), Some(d("2026-01-01")));
        assert_eq!(CivilDate::from_unix_days(-1), Some(d("1969-12-31")));
        assert_eq!(CivilDate::from_unix_days(i64::MAX), None);
        assert_eq!(CivilDate::from_unix_days(i64::MIN), None);
    }

    #[test]
    fn completed_years_turn_on_the_birthday() {
        let birth = d("1960-05-10");
        assert_eq!(d("2026-05-09").completed_years_since(birth), Some(65));
        assert_eq!(d("2026-05-10").completed_years_since(birth), Some(66));
        assert_eq!(d("1960-05-10").completed_years_since(birth), Some(0));
        assert_eq!(d("1960-05-09").completed_years_since(birth), None);
    }

    #[test]
    fn leap_day_birthdays_turn_on_first_of_march_in_common_years() {
        let birth = d("2000-02-29");
        assert_eq!(d("2001-02-28").completed_years_since(birth), Some(0));
        assert_eq!(d("2001-03-01").completed_years_since(birth), Some(1));
        assert_eq!(d("2004-02-29").completed_years_since(birth), Some(4));
    }
}
