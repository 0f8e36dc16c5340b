//! Where a decoding error happened, without decoding twice: each container the decoder owns
//! (struct fields, array items, map values, the message's `value`) adds its segment to a
//! thread-local list as an error passes through it on the way out. The happy path never touches
//! it, and every payload type is decoded through one `Deserializer` type only (serde_json's
//! slice reader), which keeps each payload's code instantiated once.

use std::cell::RefCell;
use std::fmt::Write;

/// More segments than this are dropped (a path this deep is never read whole, and code that
/// decodes payload types directly, without `decode`, never clears the list).
const MAX_SEGMENTS: usize = 256;

enum Segment {
    Key(Box<str>),
    Index(usize),
}

thread_local! {
    /// Innermost segment first.
    static SEGMENTS: RefCell<Vec<Segment>> = const { RefCell::new(Vec::new()) };
}

fn push(segment: Segment) {
    SEGMENTS.with(|segments| {
        let mut segments = segments.borrow_mut();
        if segments.len() < MAX_SEGMENTS {
            segments.push(segment);
        }
    });
}

/// `error`, having passed out of the value of member `key`. Cold: only errors come here, and
/// keeping it out of line keeps the decoding loops tight.
#[cold]
#[inline(never)]
pub fn at_key<E>(error: E, key: &str) -> E {
    push(Segment::Key(key.into()));
    error
}

/// `error`, having passed out of item `index`.
#[cold]
#[inline(never)]
pub fn at_index<E>(error: E, index: usize) -> E {
    push(Segment::Index(index));
    error
}

/// How many segments there are now, to drop those of an attempt whose error is discarded.
pub fn mark() -> usize {
    SEGMENTS.with(|segments| segments.borrow().len())
}

/// Drops the segments added since `mark`.
pub fn reset(mark: usize) {
    SEGMENTS.with(|segments| segments.borrow_mut().truncate(mark));
}

/// Starts a decode: no segment left over from an earlier one.
pub(crate) fn start() {
    reset(0);
}

/// The path of the error that ended the decode, like `message.value.tags[2]`, or `.` for the
/// document itself; the list is empty afterwards.
pub(crate) fn take() -> String {
    let segments = SEGMENTS.with(|segments| std::mem::take(&mut *segments.borrow_mut()));
    let mut path = String::new();
    for segment in segments.iter().rev() {
        match segment {
            Segment::Key(key) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Segment::Index(index) => {
                let _ = write!(path, "[{index}]");
            }
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}
