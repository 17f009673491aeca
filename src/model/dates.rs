//! How Party papers write a date in figures (Hướng dẫn 36-HD/VPTW): the day in two digits, the
//! month in two only for January and February — "05/7/2020", "12/02/2021".

use chrono::{Datelike, NaiveDate};

/// The month as the papers write it: "02" for February, "6" for June.
pub fn party_month(date: NaiveDate) -> String {
    match date.month() {
        m @ (1 | 2) => format!("{m:02}"),
        m => m.to_string(),
    }
}

/// The date as the papers write it in figures: "05/7/2020".
pub fn party_date(date: NaiveDate) -> String {
    format!("{:02}/{}/{}", date.day(), party_month(date), date.year())
}

#[cfg(test)]
mod tests {
    use super::party_date;
    use chrono::NaiveDate;

    #[test]
    fn the_day_has_two_digits_and_the_month_only_in_january_and_february() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
        assert_eq!(party_date(date(2020, 7, 5)), "05/7/2020");
        assert_eq!(party_date(date(2020, 6, 12)), "12/6/2020");
        assert_eq!(party_date(date(2021, 2, 1)), "01/02/2021");
        assert_eq!(party_date(date(2020, 12, 31)), "31/12/2020");
    }
}
