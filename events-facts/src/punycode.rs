//! Punycode (RFC 3492), the encoding of an internationalised label's `xn--` form. Host-name
//! checks need both directions: an A-label must decode, and encode back to itself.

const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 0x80;

fn adapt(delta: u32, points: u32, first: bool) -> u32 {
    let mut delta = if first { delta / DAMP } else { delta / 2 };
    delta += delta / points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

fn threshold(k: u32, bias: u32) -> u32 {
    k.saturating_sub(bias).clamp(T_MIN, T_MAX)
}

fn digit_value(byte: u8) -> Option<u32> {
    match byte {
        b'a'..=b'z' => Some(u32::from(byte - b'a')),
        b'A'..=b'Z' => Some(u32::from(byte - b'A')),
        b'0'..=b'9' => Some(u32::from(byte - b'0') + 26),
        _ => None,
    }
}

fn digit(value: u32) -> char {
    // `value < BASE` by construction.
    char::from(if value < 26 {
        b'a' + value as u8
    } else {
        b'0' + (value - 26) as u8
    })
}

/// The Unicode text `encoded` (without its `xn--`) stands for, or `None` when it is not
/// Punycode: a digit that is not one, an overflow, a code point that is not a scalar value.
pub(crate) fn decode(encoded: &str) -> Option<String> {
    let (basic, extended) = match encoded.rfind('-') {
        Some(at) => (&encoded[..at], &encoded[at + 1..]),
        None => ("", encoded),
    };
    if !basic.is_ascii() {
        return None;
    }
    let mut output: Vec<char> = basic.chars().collect();
    let (mut n, mut i, mut bias) = (INITIAL_N, 0u32, INITIAL_BIAS);
    let mut bytes = extended.bytes().peekable();
    while bytes.peek().is_some() {
        let old_i = i;
        let mut weight = 1u32;
        let mut k = BASE;
        loop {
            let value = digit_value(bytes.next()?)?;
            i = i.checked_add(value.checked_mul(weight)?)?;
            let t = threshold(k, bias);
            if value < t {
                break;
            }
            weight = weight.checked_mul(BASE - t)?;
            k += BASE;
        }
        let length = u32::try_from(output.len()).ok()? + 1;
        bias = adapt(i - old_i, length, old_i == 0);
        n = n.checked_add(i / length)?;
        i %= length;
        output.insert(i as usize, char::from_u32(n)?);
        i += 1;
    }
    Some(output.into_iter().collect())
}

/// `text` in Punycode (without `xn--`), or `None` on an overflow no DNS label comes near.
pub(crate) fn encode(text: &str) -> Option<String> {
    let points: Vec<u32> = text.chars().map(u32::from).collect();
    let mut output: String = text.chars().filter(char::is_ascii).collect();
    let basic = u32::try_from(output.len()).ok()?;
    if basic > 0 {
        output.push('-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (INITIAL_N, 0u32, INITIAL_BIAS, basic);
    while (handled as usize) < points.len() {
        let next = points.iter().copied().filter(|&p| p >= n).min()?;
        delta = delta.checked_add((next - n).checked_mul(handled + 1)?)?;
        n = next;
        for &point in &points {
            if point < n {
                delta = delta.checked_add(1)?;
            }
            if point == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = threshold(k, bias);
                    if q < t {
                        break;
                    }
                    output.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                output.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta = delta.checked_add(1)?;
        n = n.checked_add(1)?;
    }
    Some(output)
}

#[cfg(test)]
mod tests {
    use super::{decode, encode};

    #[test]
    fn labels_decode_and_encode_back() {
        // Sample strings of RFC 3492, section 7.1, and everyday labels.
        let cases = [
            ("bücher", "bcher-kva"),
            ("münchen", "mnchen-3ya"),
            ("他们为什么不说中文", "ihqwcrb4cv8a8dqg056pqjye"),
            ("3年b組金八先生", "3b-ww4c5e180e575a65lsy2b"),
            ("ドメイン名例", "eckwd4c7cu47r2wf"),
            ("abc", "abc-"),
        ];
        for (text, encoded) in cases {
            assert_eq!(encode(text).as_deref(), Some(encoded), "{text}");
            assert_eq!(decode(encoded).as_deref(), Some(text), "{encoded}");
        }
    }

    #[test]
    fn what_is_not_punycode_is_refused() {
        for encoded in ["ü-abc", "abc-!", "99999999999", "zzzzzzzzzzzz", "a-9"] {
            let decoded = decode(encoded);
            assert!(
                decoded.is_none()
                    || encode(decoded.as_deref().unwrap_or("")).as_deref() != Some(encoded),
                "{encoded} decoded to {decoded:?}"
            );
        }
    }
}
