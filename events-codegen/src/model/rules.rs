//! The validation keywords a Rust type holds with its value: of a string, a number, an integer
//! (its Rust type by `format`, its range worked out once), an array.

use super::Format;

/// The validation keywords of a `string`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextRules {
    /// `minLength`, in characters.
    pub min_length: Option<u64>,
    /// `maxLength`, in characters.
    pub max_length: Option<u64>,
    /// `pattern`.
    pub pattern: Option<TextPattern>,
    /// `format`.
    pub format: Option<Format>,
}

/// An integer `format`: the Rust type a value gets and the range that type holds. Without a
/// `format`, `int64`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IntegerFormat {
    /// `int8`: `i8`.
    Int8,
    /// `int16`: `i16`.
    Int16,
    /// `int32`: `i32`.
    Int32,
    /// `int64`: `i64`, also for an integer without `format`.
    #[default]
    Int64,
    /// `uint8`: `u8`.
    Uint8,
    /// `uint16`: `u16`.
    Uint16,
    /// `uint32`: `u32`.
    Uint32,
    /// `uint64`: `u64`.
    Uint64,
}

impl IntegerFormat {
    /// Every integer format, in the order messages list them.
    pub const ALL: [IntegerFormat; 8] = [
        IntegerFormat::Int8,
        IntegerFormat::Int16,
        IntegerFormat::Int32,
        IntegerFormat::Int64,
        IntegerFormat::Uint8,
        IntegerFormat::Uint16,
        IntegerFormat::Uint32,
        IntegerFormat::Uint64,
    ];

    /// The name a schema gives the format.
    pub const fn name(self) -> &'static str {
        match self {
            IntegerFormat::Int8 => "int8",
            IntegerFormat::Int16 => "int16",
            IntegerFormat::Int32 => "int32",
            IntegerFormat::Int64 => "int64",
            IntegerFormat::Uint8 => "uint8",
            IntegerFormat::Uint16 => "uint16",
            IntegerFormat::Uint32 => "uint32",
            IntegerFormat::Uint64 => "uint64",
        }
    }

    /// The Rust type of a value.
    pub const fn rust_type(self) -> &'static str {
        match self {
            IntegerFormat::Int8 => "i8",
            IntegerFormat::Int16 => "i16",
            IntegerFormat::Int32 => "i32",
            IntegerFormat::Int64 => "i64",
            IntegerFormat::Uint8 => "u8",
            IntegerFormat::Uint16 => "u16",
            IntegerFormat::Uint32 => "u32",
            IntegerFormat::Uint64 => "u64",
        }
    }

    /// The smallest and largest value the Rust type holds.
    pub const fn range(self) -> (i128, i128) {
        match self {
            IntegerFormat::Int8 => (i8::MIN as i128, i8::MAX as i128),
            IntegerFormat::Int16 => (i16::MIN as i128, i16::MAX as i128),
            IntegerFormat::Int32 => (i32::MIN as i128, i32::MAX as i128),
            IntegerFormat::Int64 => (i64::MIN as i128, i64::MAX as i128),
            IntegerFormat::Uint8 => (0, u8::MAX as i128),
            IntegerFormat::Uint16 => (0, u16::MAX as i128),
            IntegerFormat::Uint32 => (0, u32::MAX as i128),
            IntegerFormat::Uint64 => (0, u64::MAX as i128),
        }
    }
}

/// A `pattern`, as written (ECMA-262) and as the `regex` crate runs it with the same meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextPattern {
    /// The expression as the schema writes it.
    pub source: String,
    /// The same expression for the `regex` crate.
    pub translated: String,
}

/// The validation keywords of a `number`, each as written in the schema.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NumberRules {
    /// `minimum`.
    pub minimum: Option<String>,
    /// `exclusiveMinimum` (a number, as in JSON Schema 2019-09 and later).
    pub exclusive_minimum: Option<String>,
    /// `maximum`.
    pub maximum: Option<String>,
    /// `exclusiveMaximum`.
    pub exclusive_maximum: Option<String>,
    /// `multipleOf`, greater than zero.
    pub multiple_of: Option<String>,
}

/// What an `integer` accepts: its Rust type (`format`) and the inclusive range its bounds and
/// that type leave, worked out once from the schema's `minimum`, `exclusiveMinimum`, `maximum`
/// and `exclusiveMaximum` (however written: `1`, `1.0`, `0.5`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntegerRules {
    /// `format`; `int64` when the schema gives none.
    pub format: IntegerFormat,
    /// The smallest value accepted.
    pub min: i128,
    /// The largest value accepted.
    pub max: i128,
    /// `multipleOf`, a positive integer.
    pub multiple_of: Option<i128>,
    /// Whether only integers written without a fraction or exponent are integers (draft-04).
    pub plain: bool,
}

/// What an `integer` of any size accepts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnyIntegerRules {
    /// Its bounds and `multipleOf`, as written.
    pub bounds: NumberRules,
    /// Whether only integers written without a fraction or exponent are integers (draft-04).
    pub plain: bool,
}

impl Default for IntegerRules {
    fn default() -> Self {
        let format = IntegerFormat::default();
        let (min, max) = format.range();
        IntegerRules {
            format,
            min,
            max,
            multiple_of: None,
            plain: false,
        }
    }
}

/// The validation keywords of an `array`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArrayRules {
    /// `minItems`.
    pub min_items: Option<u64>,
    /// `maxItems`.
    pub max_items: Option<u64>,
    /// `uniqueItems: true`.
    pub unique: bool,
}
