//! Python's `hash()` for the unboxed element types: CPython 3.11's exact hashes of int,
//! float (`_Py_HashDouble`) and tuple (xxHash-based `tuplehash`), and a deterministic str hash.
use crate::libc;

/// `_PyHASH_BITS` and `_PyHASH_MODULUS` (2**61 - 1) on 64-bit platforms.
const BITS: u32 = 61;
const MODULUS: u64 = (1 << BITS) - 1;
/// `_PyHASH_INF`.
const INF: i64 = 314159;
/// hash(None): any constant will do (CPython 3.11 hashes None by address).
pub const NONE_HASH: i64 = 0xFCA86420;

/// -1 is reserved for errors in CPython, so a hash of -1 becomes -2.
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// hash(x) for an int: |x| mod 2**61-1 with x's sign.
pub fn hash_int(x: i64) -> i64 {
    let r = (x.unsigned_abs() % MODULUS) as i64;
    fix(if x < 0 { -r } else { r })
}

/// hash(x) for a float (`_Py_HashDouble`); integral floats hash like the int. NaN hashes
/// to 0 (CPython 3.11 hashes a NaN by its address).
pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    if v.is_nan() {
        return 0;
    }
    let mut e: core::ffi::c_int = 0;
    // SAFETY: plain libm call with a valid out pointer.
    let mut m = unsafe { libc::frexp(v, &mut e) };
    let mut e = e as i64;
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    // Process 28 bits at a time, reducing mod 2**61-1 as we go.
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    // Multiply by 2**e (a rotation mod 2**61-1).
    let e = if e >= 0 { e % BITS as i64 } else { BITS as i64 - 1 - ((-1 - e) % BITS as i64) } as u32;
    x = ((x << e) & MODULUS) | x.checked_shr(BITS - e).unwrap_or(0);
    fix((x as i64).wrapping_mul(sign))
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython 3.11's tuple hash, fed one item hash at a time.
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl TupleHasher {
    pub fn new() -> TupleHasher {
        TupleHasher { acc: XXPRIME_5, len: 0 }
    }

    /// Adds the hash of the next item.
    pub fn add(&mut self, lane: i64) {
        self.acc = self.acc.wrapping_add((lane as u64).wrapping_mul(XXPRIME_2));
        self.acc = self.acc.rotate_left(31);
        self.acc = self.acc.wrapping_mul(XXPRIME_1);
        self.len += 1;
    }

    pub fn finish(&self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
}

impl Default for TupleHasher {
    fn default() -> Self {
        Self::new()
    }
}

/// hash(s) for a str: deterministic (CPython's is randomised per process), 8 bytes a step
/// with a final avalanche (MurmurHash3's fmix64).
/// The hash of a string object, computed once and kept in the object (as CPython does).
///
/// # Safety
/// `s` must be a valid string.
#[inline]
pub unsafe fn str_hash(s: *mut crate::object::Str) -> i64 {
    let h = (*s).hash;
    if h != -1 {
        return h;
    }
    let h = hash_str(crate::object::str_bytes(s));
    (*s).hash = h;
    h
}

pub fn hash_str(b: &[u8]) -> i64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h: u64 = (b.len() as u64).wrapping_mul(K);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    fix(h as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_hashes() {
        // Expected values from CPython 3.11.
        assert_eq!(hash_int(0), 0);
        assert_eq!(hash_int(1), 1);
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(-2), -2);
        assert_eq!(hash_int(2305843009213693951), 0);
        assert_eq!(hash_int(2305843009213693952), 1);
        assert_eq!(hash_int(i64::MAX), 3);
        assert_eq!(hash_int(i64::MIN), -4);
        assert_eq!(hash_int(-2305843009213693953), -2);
    }

    #[test]
    fn float_hashes() {
        assert_eq!(hash_float(0.0), 0);
        assert_eq!(hash_float(-0.0), 0);
        assert_eq!(hash_float(1.0), 1);
        assert_eq!(hash_float(-1.0), -2);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(0.1), 230584300921369408);
        assert_eq!(hash_float(-2.5), -1152921504606846978);
        assert_eq!(hash_float(1e300), hash_float(1e300));
        assert_eq!(hash_float(f64::INFINITY), 314159);
        assert_eq!(hash_float(f64::NEG_INFINITY), -314159);
        assert_eq!(hash_float(2.0f64.powi(62)), hash_int(1 << 62));
        assert_eq!(hash_float(-(2.0f64.powi(63))), hash_int(i64::MIN));
        for x in [3i64, 1000, -77, 123456789, 1 << 53] {
            assert_eq!(hash_float(x as f64), hash_int(x));
        }
    }

    #[test]
    fn tuple_hashes() {
        let h = |lanes: &[i64]| {
            let mut t = TupleHasher::new();
            for &l in lanes {
                t.add(l);
            }
            t.finish()
        };
        // hash(()), hash((1,)), hash((1, 2)), hash((-1, 0)) in CPython 3.11.
        assert_eq!(h(&[]), 5740354900026072187);
        assert_eq!(h(&[1]), -6644214454873602895);
        assert_eq!(h(&[1, 2]), -3550055125485641917);
        assert_eq!(h(&[hash_int(-1), 0]), h(&[-2, 0]));
    }

    #[test]
    fn python_agrees() {
        use crate::exc::testing::python_lines;
        let mut xs: Vec<String> = Vec::new();
        let floats =
            [0.5, -0.1, core::f64::consts::PI, 1e-300, 5e-324, 1.7976931348623157e308, 123456.789, -1e22, 2.5e-8];
        for f in floats {
            xs.push(format!("{f:?}"));
        }
        let ints = [7i64, -7, 1 << 61, -(1 << 61) - 5, 999_999_999_999, i64::MIN + 1];
        for i in ints {
            xs.push(format!("{i}"));
        }
        let Some(out) = python_lines("import sys\nfor l in sys.stdin: print(hash(eval(l)))", &xs) else { return };
        let mut k = 0;
        for f in floats {
            assert_eq!(out[k], hash_float(f).to_string(), "{f}");
            k += 1;
        }
        for i in ints {
            assert_eq!(out[k], hash_int(i).to_string(), "{i}");
            k += 1;
        }
        // Tuples of ints and floats.
        let tuples = ["(1, 2.5, -3)", "((1, 2), (3,))", "(0.1,)", "(-1, -2, 2**61)"];
        let lines: Vec<String> = tuples.iter().map(|t| t.to_string()).collect();
        let Some(out) = python_lines("import sys\nfor l in sys.stdin: print(hash(eval(l)))", &lines) else { return };
        let t = |lanes: &[i64]| {
            let mut h = TupleHasher::new();
            lanes.iter().for_each(|&l| h.add(l));
            h.finish()
        };
        let inner = [t(&[1, 2]), t(&[3])];
        let expect = [
            t(&[hash_int(1), hash_float(2.5), hash_int(-3)]),
            t(&inner),
            t(&[hash_float(0.1)]),
            t(&[hash_int(-1), hash_int(-2), hash_int(1 << 61)]),
        ];
        for (o, e) in out.iter().zip(expect) {
            assert_eq!(*o, e.to_string());
        }
    }

    #[test]
    fn str_hash_spreads() {
        assert_ne!(hash_str(b"a"), hash_str(b"b"));
        assert_ne!(hash_str(b""), hash_str(b"\0"));
        assert_ne!(hash_str(b"abcdefgh"), hash_str(b"abcdefgh\0"));
        assert_eq!(hash_str(b"same"), hash_str(b"same"));
        let mut seen = std::collections::HashSet::new();
        for i in 0..10000 {
            seen.insert(hash_str(format!("k{i}").as_bytes()) & 0xFFFF_FFFF);
        }
        assert!(seen.len() > 9990);
    }
}
