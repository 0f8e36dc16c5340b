//! The hash generated `EventName` lookups match on.

/// A 64-bit hash of an event name, eight bytes at a time: the generator writes each name's hash
/// into `EventName::from_str`, which matches on the hash the runtime computes for the name it
/// reads. One function for both, so the two cannot differ.
#[inline]
pub fn name_hash(name: &str) -> u64 {
    let mut chunks = name.as_bytes().chunks_exact(8);
    let mut hash = NAME_HASH_SEED ^ name.len() as u64;
    for chunk in &mut chunks {
        if let &[a, b, c, d, e, f, g, h] = chunk {
            hash = mix_word(hash, u64::from_le_bytes([a, b, c, d, e, f, g, h]));
        }
    }
    let mut tail = [0u8; 8];
    for (slot, byte) in tail.iter_mut().zip(chunks.remainder()) {
        *slot = *byte;
    }
    mix_word(hash, u64::from_le_bytes(tail))
}

const NAME_HASH_SEED: u64 = 0x243f_6a88_85a3_08d3;

#[inline]
fn mix_word(hash: u64, word: u64) -> u64 {
    (hash ^ word)
        .wrapping_mul(0x9e37_79b9_7f4a_7c15)
        .rotate_left(29)
}
