//! JSON numbers compared exactly: the generator checks a catalog's bounds and defaults, and the
//! runtime checks values, by the same comparison, never through `f64`.

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

/// A JSON number as sign, significant digits (no leading or trailing zeros) and the power of ten
/// of the last digit: the exact value, comparable without rounding.
#[derive(Debug, Clone, Copy)]
pub struct Decimal<'a> {
    negative: bool,
    integer: &'a str,
    fraction: &'a str,
    exponent: i64,
}

impl<'a> Decimal<'a> {
    /// Zero.
    pub const ZERO: Decimal<'static> = Decimal {
        negative: false,
        integer: "",
        fraction: "",
        exponent: 0,
    };

    /// Parses JSON number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`;
    /// `None` for any other text.
    pub fn parse(text: &'a str) -> Option<Decimal<'a>> {
        let (negative, rest) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let mantissa_end = rest.find(['e', 'E']).unwrap_or(rest.len());
        let (mantissa, exponent_text) = rest.split_at(mantissa_end);
        let (integer, fraction) = match mantissa.split_once('.') {
            Some((integer, fraction)) => (integer, Some(fraction)),
            None => (mantissa, None),
        };
        let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
        if !digits(integer) || (integer.len() > 1 && integer.starts_with('0')) {
            return None;
        }
        if fraction.is_some_and(|fraction| !digits(fraction)) {
            return None;
        }
        let exponent = match exponent_text.get(1..) {
            None => 0,
            Some(power) => {
                let unsigned = power.strip_prefix(['+', '-']).unwrap_or(power);
                if !digits(unsigned) {
                    return None;
                }
                // Beyond this the value cannot be told from zero or infinity by any JSON user.
                power.parse::<i64>().unwrap_or(if power.starts_with('-') {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })
            }
        };
        let fraction = fraction.unwrap_or("");
        Some(Decimal::normalize(negative, integer, fraction, exponent))
    }

    fn normalize(negative: bool, integer: &'a str, fraction: &'a str, exponent: i64) -> Self {
        // Value = 0.{integer}{fraction} × 10^(exponent + integer.len()), split into two slices.
        let integer = integer.trim_start_matches('0');
        let fraction_trimmed = fraction.trim_end_matches('0');
        let (integer, fraction, shift) = if integer.is_empty() {
            let significant = fraction_trimmed.trim_start_matches('0');
            let leading = fraction_trimmed.len() - significant.len();
            ("", significant, -(leading as i64))
        } else if fraction_trimmed.is_empty() {
            let significant = integer.trim_end_matches('0');
            ("", significant, integer.len() as i64)
        } else {
            (integer, fraction_trimmed, integer.len() as i64)
        };
        if integer.is_empty() && fraction.is_empty() {
            return Decimal::ZERO;
        }
        Decimal {
            negative,
            integer,
            fraction,
            exponent: exponent.saturating_add(shift),
        }
    }

    fn digits(&self) -> impl Iterator<Item = u8> + '_ {
        self.integer.bytes().chain(self.fraction.bytes())
    }

    fn digit_count(&self) -> i64 {
        (self.integer.len() + self.fraction.len()) as i64
    }

    /// Whether the value is an integer (`3`, `3.0`, `30e-1`).
    pub fn is_integer(&self) -> bool {
        self.is_zero() || self.exponent >= self.digit_count()
    }

    /// Whether the value is zero (`0`, `-0.0`, `0e5`).
    pub fn is_zero(&self) -> bool {
        self.integer.is_empty() && self.fraction.is_empty()
    }

    /// The integer as plain digits (with `-`), when the value is an integer of at most 40
    /// digits.
    pub fn to_integer_text(self) -> Option<String> {
        if self.is_zero() {
            return Some("0".to_owned());
        }
        let zeros = self.exponent - self.digit_count();
        if zeros < 0 || self.exponent > 40 {
            return None;
        }
        let mut text = String::with_capacity(self.exponent as usize + 1);
        if self.negative {
            text.push('-');
        }
        text.extend(self.digits().map(char::from));
        text.extend(std::iter::repeat_n('0', zeros as usize));
        Some(text)
    }

    /// Whether the value is a multiple of `divisor` (`multipleOf`), exactly: the value divided by
    /// it is an integer. `None` when `divisor` is not positive, or its digits do not fit in a
    /// `u64` (twenty significant digits or more).
    pub fn is_multiple_of(&self, divisor: &Decimal<'_>) -> Option<bool> {
        if divisor.negative || divisor.is_zero() {
            return None;
        }
        let significand = divisor.digits().try_fold(0u64, |n, digit| {
            n.checked_mul(10)?.checked_add(u64::from(digit - b'0'))
        })?;
        if self.is_zero() {
            return Some(true);
        }
        // value = A × 10^a and divisor = B × 10^b, where A and B end in a digit other than 0:
        // A / B × 10^(a − b) is an integer when B divides A × 10^(a − b) for a ≥ b, and never
        // for a < b (B × 10^(b − a) would divide A, which does not end in 0).
        let power_of = |decimal: &Decimal<'_>| decimal.exponent - decimal.digit_count();
        let shift = power_of(self).checked_sub(power_of(divisor))?;
        if shift < 0 {
            return Some(false);
        }
        Some(self.digits_times_power_remainder(shift, significand) == 0)
    }

    /// (the significant digits as an integer × 10^`zeros`) modulo `divisor`, exactly.
    fn digits_times_power_remainder(&self, zeros: i64, divisor: u64) -> u128 {
        let divisor = u128::from(divisor);
        let mut remainder = self.digits().fold(0u128, |r, digit| {
            (r * 10 + u128::from(digit - b'0')) % divisor
        });
        // × 10^zeros, by squaring: the exponent may be in the billions.
        let (mut base, mut zeros) = (10 % divisor, zeros.max(0));
        while zeros > 0 {
            if zeros & 1 == 1 {
                remainder = remainder * base % divisor;
            }
            base = base * base % divisor;
            zeros >>= 1;
        }
        remainder
    }

    /// The remainder of the integer's magnitude divided by `divisor`, computed exactly however
    /// large the integer is (`1e400` costs a few hundred steps); `None` when the value is not an
    /// integer or `divisor` is zero.
    pub fn integer_remainder(&self, divisor: u64) -> Option<u64> {
        if divisor == 0 || !self.is_integer() {
            return None;
        }
        let zeros = self.exponent - self.digit_count();
        u64::try_from(self.digits_times_power_remainder(zeros, divisor)).ok()
    }

    fn cmp_magnitude(&self, other: &Decimal<'_>) -> Ordering {
        match (self.is_zero(), other.is_zero()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        self.exponent
            .cmp(&other.exponent)
            .then_with(|| self.digits().cmp(other.digits()))
    }
}

impl Ord for Decimal<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        let sign = |d: &Decimal<'_>| {
            if d.is_zero() {
                0
            } else if d.negative {
                -1
            } else {
                1
            }
        };
        match sign(self).cmp(&sign(other)) {
            Ordering::Equal if self.negative && !self.is_zero() => other.cmp_magnitude(self),
            Ordering::Equal => self.cmp_magnitude(other),
            unequal => unequal,
        }
    }
}

impl PartialEq for Decimal<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal<'_> {}

impl Hash for Decimal<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // The same digits, exponent and sign as equality compares, whatever the split.
        (self.negative && !self.is_zero()).hash(state);
        self.exponent.hash(state);
        for digit in self.digits() {
            digit.hash(state);
        }
    }
}

impl PartialOrd for Decimal<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// How two JSON number texts compare by value (`1` equals `1.0`); `None` when either is not a
/// JSON number.
pub fn compare_numbers(a: &str, b: &str) -> Option<Ordering> {
    Some(Decimal::parse(a)?.cmp(&Decimal::parse(b)?))
}

/// Whether the JSON number `number` is a multiple of the JSON number `divisor` (`multipleOf`),
/// as the generator and the runtime check it: exactly, by the decimal digits as written (`0.3`
/// is a multiple of `0.1`, `12345678.005` is not one of `0.01`). A divisor of twenty significant
/// digits or more is compared in `f64`, with a relative tolerance of 10⁻⁹.
pub fn is_multiple_of(number: &str, divisor: &str) -> bool {
    let (Some(value), Some(by)) = (Decimal::parse(number), Decimal::parse(divisor)) else {
        return false;
    };
    if by.negative || by.is_zero() {
        return false;
    }
    if let Some(exact) = value.is_multiple_of(&by) {
        return exact;
    }
    let (Ok(value), Ok(divisor)) = (number.parse::<f64>(), divisor.parse::<f64>()) else {
        return false;
    };
    let quotient = value / divisor;
    let tolerance = 1e-9 * quotient.abs().max(1.0);
    quotient.is_finite() && (quotient - quotient.round()).abs() <= tolerance
}

#[cfg(test)]
mod tests {
    use super::{Decimal, compare_numbers};
    use std::cmp::Ordering;

    #[test]
    fn integer_remainders_are_exact_at_any_size() {
        let remainder = |text: &str, divisor| Decimal::parse(text)?.integer_remainder(divisor);
        assert_eq!(remainder("18446744073709551617", 2), Some(1));
        assert_eq!(remainder("18446744073709551616", 2), Some(0));
        assert_eq!(remainder("-7", 3), Some(1));
        assert_eq!(remainder("3.0e1", 7), Some(2));
        assert_eq!(remainder("1e400", 3), Some(1));
        assert_eq!(remainder("1e1000000000000", 9), Some(1));
        assert_eq!(remainder("0", 5), Some(0));
        assert_eq!(remainder("1.5", 5), None);
        assert_eq!(remainder("10", 0), None);
        // 2^128 + 1, and 2^64 ≡ 1 modulo 2^64 - 1.
        let two_to_128_plus_1 = "340282366920938463463374607431768211457";
        assert_eq!(remainder(two_to_128_plus_1, u64::MAX), Some(2));
        assert_eq!(remainder(two_to_128_plus_1, 3), Some(2));
    }

    #[test]
    fn multiples_are_exact_by_the_digits_as_written() {
        let multiple = super::is_multiple_of;
        assert!(multiple("0.3", "0.1"));
        assert!(multiple("0.075", "0.025"));
        assert!(!multiple("0.075", "0.01"));
        assert!(multiple("12345678.01", "0.01"));
        assert!(!multiple("12345678.005", "0.01"));
        assert!(!multiple("1000000000000000.5", "1"));
        assert!(multiple("1e308", "0.5"));
        assert!(multiple("3e400", "3e2"));
        assert!(!multiple("1e400", "3e2"));
        assert!(!multiple("1e-400", "1e-399"));
        assert!(multiple("1e-399", "1e-400"));
        assert!(multiple("-4.5", "1.5"));
        assert!(multiple("0", "0.7"));
        assert!(!multiple("4.5", "0"));
        assert!(!multiple("4.5", "-1.5"));
        assert!(multiple("2", "0.66666666666666666666666"));
    }

    #[test]
    fn numbers_compare_by_value_without_rounding() {
        assert_eq!(compare_numbers("1", "1.0"), Some(Ordering::Equal));
        assert_eq!(compare_numbers("36e2", "3600"), Some(Ordering::Equal));
        assert_eq!(
            compare_numbers("0.1", "0.10000000000000000001"),
            Some(Ordering::Less)
        );
        assert_eq!(compare_numbers("-2", "-1.5"), Some(Ordering::Less));
        assert_eq!(compare_numbers("1", "x"), None);
    }
}
