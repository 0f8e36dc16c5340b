//! `idn-hostname` and `idn-email`: internationalised host names as IDNA2008 defines them. A
//! label is an LDH label, an A-label (`xn--` and Punycode of a U-label) or a U-label: NFC text
//! whose code points RFC 5892 derives as PVALID, or CONTEXTJ/CONTEXTO where their rule holds,
//! with the hyphen rules of RFC 5891 and, in a name with right-to-left text, RFC 5893's bidi
//! rule. Properties come from the Unicode data of `icu_properties`.

use crate::punycode;
use icu_normalizer::ComposingNormalizerBorrowed;
use icu_properties::props::{
    BidiClass, CanonicalCombiningClass, ChangesWhenNfkcCasefolded, DefaultIgnorableCodePoint,
    GeneralCategory, HangulSyllableType, JoiningType, NoncharacterCodePoint, Script, WhiteSpace,
};
use icu_properties::{CodePointMapData, CodePointSetData};

/// What separates labels: the full stop, and the three stops RFC 3490 reads as one.
const SEPARATORS: [char; 4] = ['.', '\u{3002}', '\u{FF0E}', '\u{FF61}'];

/// RFC 5892's derived property of a code point, as far as a label's validity needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Derived {
    Valid,
    ContextJ,
    ContextO,
    Disallowed,
}

pub(crate) fn is_idn_hostname(text: &str) -> bool {
    if text.is_empty() {
        return false;
    }
    let mut ascii_length = 0;
    let mut labels = Vec::new();
    for label in text.split(SEPARATORS) {
        let (unicode, ascii) = match label_forms(label) {
            Some(forms) => forms,
            None => return false,
        };
        ascii_length += ascii + usize::from(!labels.is_empty());
        labels.push(unicode);
    }
    ascii_length <= 253 && satisfies_bidi_rule(&labels)
}

pub(crate) fn is_idn_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    crate::format::is_local_part(local, true)
        && (is_idn_hostname(domain) || crate::format::is_address_literal(domain))
}

/// A label's Unicode form and the length of its ASCII form, when it is a valid label.
fn label_forms(label: &str) -> Option<(String, usize)> {
    if label.is_ascii() {
        if crate::format::has_ace_prefix(label) {
            let unicode = crate::format::a_label_text(label)?;
            return is_u_label(&unicode).then_some((unicode, label.len()));
        }
        return crate::format::is_ldh_label(label).then(|| (label.to_owned(), label.len()));
    }
    let ascii = 4 + punycode::encode(label)?.len();
    (ascii <= 63 && is_u_label(label)).then(|| (label.to_owned(), ascii))
}

pub(crate) fn is_u_label(label: &str) -> bool {
    let chars: Vec<char> = label.chars().collect();
    let category = CodePointMapData::<GeneralCategory>::new();
    let starts_with_mark = chars.first().is_some_and(|&c| {
        matches!(
            category.get(c),
            GeneralCategory::NonspacingMark
                | GeneralCategory::SpacingMark
                | GeneralCategory::EnclosingMark
        )
    });
    !chars.is_empty()
        && !starts_with_mark
        && crate::format::hyphens_allowed(label)
        && ComposingNormalizerBorrowed::new_nfc().is_normalized(label)
        && (0..chars.len()).all(|at| match derived(chars[at]) {
            Derived::Valid => true,
            Derived::ContextJ => joiner_allowed(&chars, at),
            Derived::ContextO => other_context_allowed(&chars, at),
            Derived::Disallowed => false,
        })
}

/// RFC 5892, section 3, in its order.
fn derived(c: char) -> Derived {
    if let Some(exception) = exception(c) {
        return exception;
    }
    let category = CodePointMapData::<GeneralCategory>::new().get(c);
    let noncharacter = CodePointSetData::new::<NoncharacterCodePoint>().contains(c);
    if category == GeneralCategory::Unassigned && !noncharacter {
        return Derived::Disallowed;
    }
    if c.is_ascii() {
        return if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' {
            Derived::Valid
        } else {
            Derived::Disallowed
        };
    }
    if matches!(c, '\u{200C}' | '\u{200D}') {
        return Derived::ContextJ;
    }
    let unstable = CodePointSetData::new::<ChangesWhenNfkcCasefolded>().contains(c);
    let ignorable = CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c)
        || CodePointSetData::new::<WhiteSpace>().contains(c)
        || noncharacter;
    let ignorable_block = matches!(c, '\u{20D0}'..='\u{20FF}' | '\u{1D100}'..='\u{1D24F}');
    let old_hangul_jamo = matches!(
        CodePointMapData::<HangulSyllableType>::new().get(c),
        HangulSyllableType::LeadingJamo
            | HangulSyllableType::VowelJamo
            | HangulSyllableType::TrailingJamo
    );
    let letter_or_digit = matches!(
        category,
        GeneralCategory::LowercaseLetter
            | GeneralCategory::UppercaseLetter
            | GeneralCategory::OtherLetter
            | GeneralCategory::DecimalNumber
            | GeneralCategory::ModifierLetter
            | GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
    );
    if unstable || ignorable || ignorable_block || old_hangul_jamo || !letter_or_digit {
        Derived::Disallowed
    } else {
        Derived::Valid
    }
}

/// RFC 5892, section 2.6: the code points whose property is given, not derived.
fn exception(c: char) -> Option<Derived> {
    match c {
        '\u{00DF}' | '\u{03C2}' | '\u{06FD}' | '\u{06FE}' | '\u{0F0B}' | '\u{3007}' => {
            Some(Derived::Valid)
        }
        '\u{00B7}'
        | '\u{0375}'
        | '\u{05F3}'
        | '\u{05F4}'
        | '\u{30FB}'
        | '\u{0660}'..='\u{0669}'
        | '\u{06F0}'..='\u{06F9}' => Some(Derived::ContextO),
        '\u{0640}'
        | '\u{07FA}'
        | '\u{302E}'
        | '\u{302F}'
        | '\u{3031}'..='\u{3035}'
        | '\u{303B}' => Some(Derived::Disallowed),
        _ => None,
    }
}

/// RFC 5892, appendix A.1 and A.2: a zero-width joiner after a virama; a non-joiner there too,
/// or between letters that join across it.
fn joiner_allowed(chars: &[char], at: usize) -> bool {
    let after_virama = at > 0
        && CodePointMapData::<CanonicalCombiningClass>::new().get(chars[at - 1])
            == CanonicalCombiningClass::Virama;
    if after_virama || chars[at] == '\u{200D}' {
        return after_virama;
    }
    let joining = CodePointMapData::<JoiningType>::new();
    let mut before = chars[..at]
        .iter()
        .rev()
        .map(|&c| joining.get(c))
        .skip_while(|&kind| kind == JoiningType::Transparent);
    let mut after = chars[at + 1..]
        .iter()
        .map(|&c| joining.get(c))
        .skip_while(|&kind| kind == JoiningType::Transparent);
    before
        .next()
        .is_some_and(|kind| matches!(kind, JoiningType::LeftJoining | JoiningType::DualJoining))
        && after.next().is_some_and(|kind| {
            matches!(kind, JoiningType::RightJoining | JoiningType::DualJoining)
        })
}

/// RFC 5892, appendix A.3 to A.9.
fn other_context_allowed(chars: &[char], at: usize) -> bool {
    let script = CodePointMapData::<Script>::new();
    let before = at.checked_sub(1).map(|at| chars[at]);
    let after = chars.get(at + 1).copied();
    match chars[at] {
        '\u{00B7}' => before == Some('l') && after == Some('l'),
        '\u{0375}' => after.is_some_and(|c| script.get(c) == Script::Greek),
        '\u{05F3}' | '\u{05F4}' => before.is_some_and(|c| script.get(c) == Script::Hebrew),
        '\u{30FB}' => chars.iter().any(|&c| {
            matches!(
                script.get(c),
                Script::Hiragana | Script::Katakana | Script::Han
            )
        }),
        '\u{0660}'..='\u{0669}' => !chars.iter().any(|c| ('\u{06F0}'..='\u{06F9}').contains(c)),
        '\u{06F0}'..='\u{06F9}' => !chars.iter().any(|c| ('\u{0660}'..='\u{0669}').contains(c)),
        _ => false,
    }
}

/// RFC 5893, section 2: in a name with right-to-left text, each label reads one way.
fn satisfies_bidi_rule(labels: &[String]) -> bool {
    let bidi = CodePointMapData::<BidiClass>::new();
    let right_to_left = [BidiClass::RightToLeft, BidiClass::ArabicLetter];
    let is_bidi_name = labels.iter().flat_map(|label| label.chars()).any(|c| {
        let class = bidi.get(c);
        right_to_left.contains(&class) || class == BidiClass::ArabicNumber
    });
    if !is_bidi_name {
        return true;
    }
    labels.iter().all(|label| {
        let classes: Vec<BidiClass> = label.chars().map(|c| bidi.get(c)).collect();
        let Some(&first) = classes.first() else {
            return false;
        };
        let last = classes
            .iter()
            .rev()
            .find(|&&class| class != BidiClass::NonspacingMark);
        let neutral = [
            BidiClass::EuropeanNumber,
            BidiClass::EuropeanSeparator,
            BidiClass::CommonSeparator,
            BidiClass::EuropeanTerminator,
            BidiClass::OtherNeutral,
            BidiClass::BoundaryNeutral,
            BidiClass::NonspacingMark,
        ];
        if right_to_left.contains(&first) {
            let allowed = |class: &BidiClass| {
                right_to_left.contains(class)
                    || *class == BidiClass::ArabicNumber
                    || neutral.contains(class)
            };
            classes.iter().all(allowed)
                && last.is_some_and(|class| {
                    right_to_left.contains(class)
                        || matches!(*class, BidiClass::EuropeanNumber | BidiClass::ArabicNumber)
                })
                && !(classes.contains(&BidiClass::EuropeanNumber)
                    && classes.contains(&BidiClass::ArabicNumber))
        } else if first == BidiClass::LeftToRight {
            classes
                .iter()
                .all(|class| *class == BidiClass::LeftToRight || neutral.contains(class))
                && last.is_some_and(|class| {
                    matches!(*class, BidiClass::LeftToRight | BidiClass::EuropeanNumber)
                })
        } else {
            false
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{is_idn_email, is_idn_hostname};

    #[test]
    fn host_names_follow_idna2008() {
        let cases = [
            ("bücher.example", true),
            ("xn--bcher-kva.example", true),
            ("XN--BCHER-KVA.example", true),
            ("例え.テスト", true),
            ("例え。テスト", true),
            ("plain-ascii.example", true),
            ("", false),
            ("a..b", false),
            ("-bücher", false),
            ("bücher-", false),
            ("ab--ü", false),
            ("xn--bcher-kv", false),
            ("xn--abc-", false),
            ("xn--a", false),
            ("Bücher", false),
            ("BÜCHER.example", false),
            ("\u{0301}bücher", false),
            ("bu\u{0308}cher", false),
            ("a b", false),
            ("straße", true),
            ("\u{3007}", true),
            ("\u{302E}x", false),
            ("\u{0640}\u{0628}", false),
            ("l\u{00B7}l", true),
            ("l\u{00B7}a", false),
            ("\u{00B7}l", false),
            ("\u{03B1}\u{0375}\u{03B2}", true),
            ("\u{03B1}\u{0375}a", false),
            ("\u{05D0}\u{05F3}\u{05D1}", true),
            ("a\u{05F3}\u{05D1}", false),
            ("\u{30FB}\u{30A2}", true),
            ("a\u{30FB}b", false),
            ("\u{0628}\u{0661}\u{0628}", true),
            ("\u{0661}\u{06F1}", false),
            ("\u{06F1}2", true),
            ("\u{0915}\u{094D}\u{200D}\u{0937}", true),
            ("\u{0915}\u{200D}\u{0937}", false),
            ("\u{0915}\u{094D}\u{200C}\u{0937}", true),
            ("\u{0628}\u{064A}\u{200C}\u{0628}\u{064A}", true),
            ("a\u{200C}b", false),
            ("\u{05D0}\u{05D1}.example", true),
            ("\u{05D0}a.example", false),
            ("1\u{05D0}.example", false),
            (&format!("{}.example", "ü".repeat(60)), false),
            (&format!("{}.example", "a".repeat(63)), true),
        ];
        for (text, valid) in cases {
            assert_eq!(is_idn_hostname(text), valid, "{text:?}");
        }
    }

    #[test]
    fn mailboxes_have_unicode_local_parts_and_idn_domains() {
        let cases = [
            ("jürgen@bücher.example", true),
            ("用户@例え.テスト", true),
            ("jo@[192.168.0.1]", true),
            ("jürgen@Bücher.example", false),
            ("jür gen@example.com", false),
            ("jürgen.@example.com", false),
            ("jürgen", false),
            ("\"jür gen\"@example.com", true),
            ("\"jür\"gen\"@example.com", false),
        ];
        for (text, valid) in cases {
            assert_eq!(is_idn_email(text), valid, "{text:?}");
        }
    }
}
