//! Western Indonesian Time (UTC+7), where East Java's days, months and years turn: how times
//! are shown and how sales are counted per month.

use time::{OffsetDateTime, UtcOffset};

/// UTC+7.
pub const WIB: UtcOffset = time::macros::offset!(+7);

/// `YYYY-MM-DD HH:MM` in WIB.
pub fn minutes(t: OffsetDateTime) -> String {
    let t = t.to_offset(WIB);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute()
    )
}

/// `YYYY-MM` in WIB.
pub fn month(t: OffsetDateTime) -> String {
    let t = t.to_offset(WIB);
    format!("{:04}-{:02}", t.year(), u8::from(t.month()))
}

/// The day of `t` in WIB, `YYYY-MM-DD`.
pub fn date(t: OffsetDateTime) -> String {
    let t = t.to_offset(WIB);
    format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day())
}

/// Today in WIB, `YYYY-MM-DD`.
pub fn today() -> String {
    date(OffsetDateTime::now_utc())
}

/// This year in WIB.
pub fn this_year() -> i32 {
    OffsetDateTime::now_utc().to_offset(WIB).year()
}

#[cfg(test)]
mod tests {
    #[test]
    fn times_turn_at_wib_midnight() {
        let t = time::macros::datetime!(2026-12-31 19:05 UTC);
        assert_eq!(super::minutes(t), "2027-01-01 02:05");
        assert_eq!(super::month(t), "2027-01");
    }
}
