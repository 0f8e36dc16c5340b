//! The date columns of a row: each date read, their order (`date-order`, the rule a row may
//! waive), and the status they must explain.

use crate::json::Node;
use crate::model::{Date, Status};
use crate::rule::Rule;

/// A date column: an ISO 8601 calendar date that exists.
pub(super) fn read_date(
    text: &str,
    at: &Node,
    error: &mut impl FnMut(Rule, &Node, String),
) -> Option<Date> {
    let date = Date::parse(text);
    if date.is_none() {
        let shaped = text.len() == 10
            && text.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        let rule = match shaped {
            true => Rule::ImpossibleDate,
            false => Rule::NonIsoDate,
        };
        error(
            rule,
            at,
            format!(
                "`{text}` is not a valid ISO 8601 date; write it as YYYY-MM-DD, like `2025-03-26`"
            ),
        );
    }
    date
}

/// An event is deprecated after it becomes active and sunset after it is deprecated; dates out of
/// order are typing mistakes that would make deprecation notes lie. A row may waive the rule
/// (`waive: {"date-order": reason}`) to take a vendor's row as published.
pub(super) fn check_date_order(
    dates: [Option<(Date, &Node)>; 3],
    error: &mut impl FnMut(Rule, &Node, String),
) {
    let [active, deprecation, sunset] = dates;
    for (at, message) in date_order_defects(active, deprecation, sunset) {
        error(Rule::DateOrder, at, message);
    }
}

type DateColumn<'a> = Option<(Date, &'a Node)>;

/// The defects of the rule `date-order`: active ≤ deprecation ≤ sunset.
fn date_order_defects<'a>(
    active: DateColumn<'a>,
    deprecation: DateColumn<'a>,
    sunset: DateColumn<'a>,
) -> Vec<(&'a Node, String)> {
    let mut defects = Vec::new();
    let mut error = |at: &'a Node, message: String| defects.push((at, message));
    if let (Some((active, _)), Some((deprecation, at))) = (active, deprecation)
        && deprecation < active
    {
        error(
            at,
            format!("deprecation date {deprecation} is before the active date {active}"),
        );
    }
    if let Some((sunset, at)) = sunset {
        let floor = match (deprecation, active) {
            (Some((deprecation, _)), _) => Some((deprecation, "deprecation")),
            (None, Some((active, _))) => Some((active, "active")),
            (None, None) => None,
        };
        if let Some((floor, what)) = floor
            && sunset < floor
        {
            error(
                at,
                format!("sunset date {sunset} is before the {what} date {floor}"),
            );
        }
    }
    defects
}

/// The deprecation note quotes the dates, so a status must come with the date that explains it.
pub(super) fn check_status_agrees_with_dates(
    status: Status,
    at: &Node,
    has_deprecation_date: bool,
    has_sunset_date: bool,
    error: &mut impl FnMut(Rule, &Node, String),
) {
    match status {
        Status::Deprecated if !has_deprecation_date => error(
            Rule::DeprecatedWithoutDeprecationDate,
            at,
            "status is `deprecated` but the row has no `deprecation_date`".to_owned(),
        ),
        Status::Sunset if !has_sunset_date => error(
            Rule::SunsetWithoutSunsetDate,
            at,
            "status is `sunset` but the row has no `sunset_date`".to_owned(),
        ),
        _ => {}
    }
}
