//! Integer and float arithmetic with CPython's results and errors: overflow checks for
//! 64-bit ints, exact int/float comparison, correctly rounded int division, and
//! CPython's float `**`, `//`, `%`, `round` and float-to-int conversion.
use crate::abi::{EXC_OVERFLOW_ERROR, EXC_VALUE_ERROR, EXC_ZERO_DIVISION_ERROR, MSG_INT_OVERFLOW};
use crate::exc::or_raise;
use crate::libc;
use crate::object::PyErr;
use core::cmp::Ordering;

/// 2**63 as a float: the first float above the i64 range.
const TWO_POW_63: f64 = 9223372036854775808.0;

/// The OverflowError for an int result that does not fit in 64 bits.
pub fn overflow() -> PyErr {
    PyErr::new(EXC_OVERFLOW_ERROR, MSG_INT_OVERFLOW.as_bytes())
}

fn zero_division(msg: &[u8]) -> PyErr {
    PyErr::new(EXC_ZERO_DIVISION_ERROR, msg)
}

/// a + b, a - b, a * b with the 64-bit overflow check.
pub fn int_add(a: i64, b: i64) -> Result<i64, PyErr> {
    a.checked_add(b).ok_or_else(overflow)
}
pub fn int_sub(a: i64, b: i64) -> Result<i64, PyErr> {
    a.checked_sub(b).ok_or_else(overflow)
}
pub fn int_mul(a: i64, b: i64) -> Result<i64, PyErr> {
    a.checked_mul(b).ok_or_else(overflow)
}

/// a // b, rounding toward negative infinity.
pub fn int_floordiv(a: i64, b: i64) -> Result<i64, PyErr> {
    if b == 0 {
        return Err(zero_division(b"integer division or modulo by zero"));
    }
    let q = a.checked_div(b).ok_or_else(overflow)?;
    Ok(if a % b != 0 && ((a < 0) != (b < 0)) { q - 1 } else { q })
}

/// a % b, with the sign of b.
pub fn int_mod(a: i64, b: i64) -> Result<i64, PyErr> {
    if b == 0 {
        return Err(zero_division(b"integer modulo by zero"));
    }
    let r = a.checked_rem(b).unwrap_or(0); // only i64::MIN % -1, which is 0
    Ok(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

/// a ** b for b >= 0 (b < 0 gives 0; codegen never passes it).
pub fn int_pow(a: i64, b: i64) -> Result<i64, PyErr> {
    if b < 0 {
        return Ok(0);
    }
    let (mut base, mut exp, mut acc) = (a, b as u64, 1i64);
    loop {
        if exp & 1 == 1 {
            acc = int_mul(acc, base)?;
        }
        exp >>= 1;
        if exp == 0 {
            return Ok(acc);
        }
        // The square is a factor of the result from here on, so its overflow is the result's.
        base = int_mul(base, base)?;
    }
}

/// a << b.
pub fn int_lshift(a: i64, b: i64) -> Result<i64, PyErr> {
    if b < 0 {
        return Err(PyErr::new(EXC_VALUE_ERROR, b"negative shift count"));
    }
    if a == 0 {
        return Ok(0);
    }
    if b > 63 {
        return Err(overflow());
    }
    let r = a << b;
    if r >> b != a {
        return Err(overflow());
    }
    Ok(r)
}

/// a >> b (arithmetic).
pub fn int_rshift(a: i64, b: i64) -> Result<i64, PyErr> {
    if b < 0 {
        return Err(PyErr::new(EXC_VALUE_ERROR, b"negative shift count"));
    }
    Ok(a >> b.min(63))
}

/// a / b as a correctly rounded float.
pub fn int_truediv(a: i64, b: i64) -> Result<f64, PyErr> {
    if b == 0 {
        return Err(zero_division(b"division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    let (na, nb) = (a.unsigned_abs(), b.unsigned_abs());
    if na <= EXACT && nb <= EXACT {
        // Both operands are exact floats, so IEEE division rounds the true quotient once.
        return Ok(a as f64 / b as f64);
    }
    let negative = (a < 0) != (b < 0);
    if na == 0 {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale the dividend up to 2**126 or more: the integer quotient then has at least 62
    // significant bits, and folding a nonzero remainder into its lowest bit (a sticky bit
    // far below the 53-bit rounding point) makes the single u128 -> f64 rounding exact.
    let shift = (na as u128).leading_zeros() - 1; // na << shift is in [2**126, 2**127)
    let num = (na as u128) << shift;
    let q = num / nb as u128;
    let sticky = !num.is_multiple_of(nb as u128) as u128;
    // 2**-shift is a normal float (shift <= 126) and the quotient stays far from the
    // subnormal range, so this scaling is exact.
    let scale = f64::from_bits((1023 - shift as u64) << 52);
    let mag = (q | sticky) as f64 * scale;
    Ok(if negative { -mag } else { mag })
}

/// Exact comparison of an int with a float: None when `f` is nan.
pub fn cmp_int_float(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f >= TWO_POW_63 {
        return Some(Ordering::Less);
    }
    if f < -TWO_POW_63 {
        return Some(Ordering::Greater);
    }
    // |f| < 2**63: truncation is exact, and so is the fractional part f - trunc(f).
    let t = f as i64;
    Some(i.cmp(&t).then_with(|| {
        let frac = f - t as f64;
        if frac > 0.0 {
            Ordering::Less
        } else if frac < 0.0 {
            Ordering::Greater
        } else {
            Ordering::Equal
        }
    }))
}

/// Whether a finite float is an integer.
pub fn is_integer(x: f64) -> bool {
    x.abs() >= 4503599627370496.0 || (x as i64) as f64 == x
}

/// Whether a float is an odd integer (CPython's DOUBLE_IS_ODD_INTEGER).
fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.abs() < 9007199254740992.0 && is_integer(x) && (x as i64) & 1 == 1
}

/// x ** y for floats (CPython's float_pow). A negative base with a non-integer exponent,
/// which CPython answers with a complex number, raises ValueError: math domain error.
pub fn float_pow(x: f64, y: f64) -> Result<f64, PyErr> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            y.abs()
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(zero_division(b"0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if !is_integer(y) {
            return Err(PyErr::new(EXC_VALUE_ERROR, b"math domain error"));
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    // SAFETY: libm call.
    let r = unsafe { libc::pow(base, y) };
    if r.is_infinite() {
        return Err(PyErr::new(EXC_OVERFLOW_ERROR, b"(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

/// CPython's float divmod: (floor quotient, remainder with the divisor's sign).
fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    // SAFETY: libm calls.
    unsafe {
        let mut m = libc::fmod(vx, wx);
        let mut div = (vx - m) / wx;
        if m != 0.0 {
            if (wx < 0.0) != (m < 0.0) {
                m += wx;
                div -= 1.0;
            }
        } else {
            m = 0.0f64.copysign(wx);
        }
        let floordiv = if div != 0.0 {
            let f = libc::floor(div);
            if div - f > 0.5 {
                f + 1.0
            } else {
                f
            }
        } else {
            0.0f64.copysign(vx / wx)
        };
        (floordiv, m)
    }
}

/// x // y for floats.
pub fn float_floordiv(x: f64, y: f64) -> Result<f64, PyErr> {
    if y == 0.0 {
        return Err(zero_division(b"float floor division by zero"));
    }
    Ok(float_divmod(x, y).0)
}

/// x % y for floats.
pub fn float_mod(x: f64, y: f64) -> Result<f64, PyErr> {
    if y == 0.0 {
        return Err(zero_division(b"float modulo"));
    }
    // SAFETY: libm call.
    let m = unsafe { libc::fmod(x, y) };
    Ok(if m == 0.0 {
        0.0f64.copysign(y)
    } else if (y < 0.0) != (m < 0.0) {
        m + y
    } else {
        m
    })
}

/// x / y for floats.
pub fn float_truediv(x: f64, y: f64) -> Result<f64, PyErr> {
    if y == 0.0 {
        return Err(zero_division(b"float division by zero"));
    }
    Ok(x / y)
}

/// int(x) for a float: truncation toward zero.
pub fn float_to_int(x: f64) -> Result<i64, PyErr> {
    if x.is_nan() {
        return Err(PyErr::new(EXC_VALUE_ERROR, b"cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::new(EXC_OVERFLOW_ERROR, b"cannot convert float infinity to integer"));
    }
    if !(-TWO_POW_63..TWO_POW_63).contains(&x) {
        return Err(overflow());
    }
    Ok(x as i64)
}

/// round(x) -> int, halves to even.
pub fn float_round(x: f64) -> Result<i64, PyErr> {
    // SAFETY: libm calls.
    let r = unsafe {
        let r = libc::round(x);
        if (x - r).abs() == 0.5 {
            2.0 * libc::round(x / 2.0)
        } else {
            r
        }
    };
    float_to_int(r)
}

/// round(i, n) for an int: to a multiple of 10**-n, halves to even (n >= 0 returns i).
pub fn int_round_to(i: i64, n: i64) -> Result<i64, PyErr> {
    if n >= 0 {
        return Ok(i);
    }
    if n < -19 {
        return Ok(0); // 10**-n > 2 * |i|
    }
    let pow = 10i128.pow((-n) as u32);
    let v = i as i128;
    let (q, r) = (v.div_euclid(pow), v.rem_euclid(pow));
    let q = if 2 * r > pow || (2 * r == pow && q & 1 == 1) { q + 1 } else { q };
    i64::try_from(q * pow).map_err(|_| overflow())
}

/// pyx_int_pow(a, b) = a ** b for b >= 0.
#[unsafe(no_mangle)]
pub extern "C" fn pyx_int_pow(a: i64, b: i64) -> i64 {
    or_raise(int_pow(a, b), 0)
}

/// pyx_int_truediv(a, b) = a / b, correctly rounded.
#[unsafe(no_mangle)]
pub extern "C" fn pyx_int_truediv(a: i64, b: i64) -> f64 {
    or_raise(int_truediv(a, b), 0.0)
}

/// pyx_cmp_int_float(i, f): -1, 0, 1, or 2 when unordered.
#[unsafe(no_mangle)]
pub extern "C" fn pyx_cmp_int_float(i: i64, f: f64) -> i64 {
    match cmp_int_float(i, f) {
        Some(o) => o as i64,
        None => 2,
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_float_pow(x: f64, y: f64) -> f64 {
    or_raise(float_pow(x, y), 0.0)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_float_floordiv(x: f64, y: f64) -> f64 {
    or_raise(float_floordiv(x, y), 0.0)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_float_mod(x: f64, y: f64) -> f64 {
    or_raise(float_mod(x, y), 0.0)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_float_to_int(x: f64) -> i64 {
    or_raise(float_to_int(x), 0)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_float_round(x: f64) -> i64 {
    or_raise(float_round(x), 0)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_float_round_to(x: f64, ndigits: i64) -> f64 {
    crate::format::float_round_to(x, ndigits)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_int_round_to(i: i64, n: i64) -> i64 {
    or_raise(int_round_to(i, n), 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err<T: core::fmt::Debug>(r: Result<T, PyErr>) -> (i64, String) {
        let e = r.unwrap_err();
        (e.kind, String::from_utf8(e.msg).unwrap())
    }

    #[test]
    fn int_floor_ops() {
        assert_eq!(int_floordiv(-5, 3), Ok(-2));
        assert_eq!(int_floordiv(5, -3), Ok(-2));
        assert_eq!(int_floordiv(-6, 3), Ok(-2));
        assert_eq!(int_mod(5, -3), Ok(-1));
        assert_eq!(int_mod(-7, 2), Ok(1));
        assert_eq!(int_mod(i64::MIN, -1), Ok(0));
        assert_eq!(err(int_floordiv(i64::MIN, -1)).0, EXC_OVERFLOW_ERROR);
        assert_eq!(err(int_floordiv(1, 0)), (EXC_ZERO_DIVISION_ERROR, "integer division or modulo by zero".into()));
        assert_eq!(err(int_mod(1, 0)), (EXC_ZERO_DIVISION_ERROR, "integer modulo by zero".into()));
    }

    #[test]
    fn pow_and_shifts() {
        assert_eq!(int_pow(0, 0), Ok(1));
        assert_eq!(int_pow(-2, 63), Ok(i64::MIN));
        assert_eq!(int_pow(3, 39), Ok(4052555153018976267));
        assert_eq!(err(int_pow(3, 40)), (EXC_OVERFLOW_ERROR, "int too large (pyexe ints are 64-bit)".into()));
        assert_eq!(err(int_pow(2, 63)).0, EXC_OVERFLOW_ERROR);
        assert_eq!(int_pow(1, i64::MAX), Ok(1));
        assert_eq!(int_pow(-1, i64::MAX), Ok(-1));
        assert_eq!(int_pow(5, -1), Ok(0));
        assert_eq!(int_lshift(1, 62), Ok(1 << 62));
        assert_eq!(int_lshift(-1, 63), Ok(i64::MIN));
        assert_eq!(err(int_lshift(-2, 63)).0, EXC_OVERFLOW_ERROR);
        assert_eq!(err(int_lshift(3, 62)).0, EXC_OVERFLOW_ERROR);
        assert_eq!(err(int_lshift(1, 63)).0, EXC_OVERFLOW_ERROR);
        assert_eq!(int_lshift(0, 1000), Ok(0));
        assert_eq!(err(int_lshift(1, -1)), (EXC_VALUE_ERROR, "negative shift count".into()));
        assert_eq!(int_rshift(-5, 1000), Ok(-1));
        assert_eq!(int_rshift(5, 64), Ok(0));
        assert_eq!(int_rshift(-5, 1), Ok(-3));
    }

    #[test]
    fn truediv_is_correctly_rounded() {
        assert_eq!(int_truediv(1, 3), Ok(1.0 / 3.0));
        assert_eq!(int_truediv(-7, 2), Ok(-3.5));
        assert_eq!(err(int_truediv(1, 0)), (EXC_ZERO_DIVISION_ERROR, "division by zero".into()));
        // Values from CPython 3.11.
        assert_eq!(int_truediv(i64::MAX, 3), Ok(3.0744573456182584e+18));
        assert_eq!(int_truediv(9007199254740993, 1), Ok(9007199254740992.0));
        assert_eq!(int_truediv(9007199254740995, 1), Ok(9007199254740996.0));
        assert_eq!(int_truediv(1, i64::MIN), Ok(-1.0842021724855044e-19));
        assert_eq!(int_truediv(i64::MIN, -1), Ok(9.223372036854776e+18));
        assert_eq!(int_truediv(12345678901234567, 10), Ok(1234567890123456.8));
        assert_eq!(int_truediv(9007199254740993, 9007199254740992), Ok(1.0));
        assert_eq!(int_truediv(0, i64::MIN), Ok(-0.0));
        assert!(int_truediv(0, i64::MIN).unwrap().is_sign_negative());
        // Exhaustive check against an exact rational reference on values near the 2**53 edge.
        for a in [9007199254740993i64, 9007199254740995, 18014398509481985, i64::MAX - 1, 3_000_000_000_000_000_001] {
            for b in [3i64, 7, 10, 9007199254740993, 1 << 60] {
                assert_eq!(int_truediv(a, b).unwrap(), reference_div(a, b), "{a}/{b}");
            }
        }
    }

    /// a / b rounded half-even with big-integer arithmetic on u128 (b > 0, a > 0).
    fn reference_div(a: i64, b: i64) -> f64 {
        let (a, b) = (a as u128, b as u128);
        // Find e with 2**52 <= a * 2**-e / b < 2**53, then round the 53-bit mantissa.
        let mut e: i32 = 0;
        let (mut num, mut den) = (a, b);
        while num / den >= 1 << 53 {
            den <<= 1;
            e += 1;
        }
        while num / den < 1 << 52 {
            num <<= 1;
            e -= 1;
        }
        let (q, r) = (num / den, num % den);
        let q = if 2 * r > den || (2 * r == den && q & 1 == 1) { q + 1 } else { q };
        q as f64 * 2f64.powi(e)
    }

    #[test]
    fn int_float_comparison_is_exact() {
        assert_eq!(cmp_int_float(1, 1.0), Some(Ordering::Equal));
        assert_eq!(cmp_int_float(1, 1.5), Some(Ordering::Less));
        assert_eq!(cmp_int_float(-1, -1.5), Some(Ordering::Greater));
        assert_eq!(cmp_int_float(i64::MAX, 9223372036854775808.0), Some(Ordering::Less));
        assert_eq!(cmp_int_float(i64::MIN, -9223372036854775808.0), Some(Ordering::Equal));
        assert_eq!(cmp_int_float(9007199254740993, 9007199254740992.0), Some(Ordering::Greater));
        assert_eq!(cmp_int_float(0, f64::INFINITY), Some(Ordering::Less));
        assert_eq!(cmp_int_float(0, f64::NEG_INFINITY), Some(Ordering::Greater));
        assert_eq!(cmp_int_float(0, -0.0), Some(Ordering::Equal));
        assert_eq!(cmp_int_float(0, f64::NAN), None);
        assert_eq!(pyx_cmp_int_float(0, f64::NAN), 2);
        assert_eq!(pyx_cmp_int_float(0, -0.5), 1);
    }

    #[test]
    fn float_pow_specials() {
        let p = |x, y| float_pow(x, y).unwrap();
        assert_eq!(p(f64::NAN, 0.0), 1.0);
        assert_eq!(p(1.0, f64::NAN), 1.0);
        assert!(p(2.0, f64::NAN).is_nan());
        assert_eq!(p(f64::INFINITY, -1.0), 0.0);
        assert_eq!(p(f64::NEG_INFINITY, 3.0), f64::NEG_INFINITY);
        assert!(p(f64::NEG_INFINITY, -3.0).is_sign_negative());
        assert_eq!(p(-1.0, f64::INFINITY), 1.0);
        assert_eq!(p(0.5, f64::NEG_INFINITY), f64::INFINITY);
        assert_eq!(p(0.0, 0.0), 1.0);
        assert!(p(-0.0, 3.0).is_sign_negative());
        assert_eq!(p(-2.0, 3.0), -8.0);
        assert_eq!(p(-2.0, 2.0), 4.0);
        assert_eq!(p(2.0, -1.0), 0.5);
        assert_eq!(p(-1.0, 1e300), 1.0);
        assert_eq!(
            err(float_pow(0.0, -1.0)),
            (EXC_ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power".into())
        );
        assert_eq!(err(float_pow(10.0, 400.0)), (EXC_OVERFLOW_ERROR, "(34, 'Numerical result out of range')".into()));
        assert_eq!(err(float_pow(-10.0, 401.0)).0, EXC_OVERFLOW_ERROR);
        assert_eq!(err(float_pow(-8.0, 1.0 / 3.0)), (EXC_VALUE_ERROR, "math domain error".into()));
        assert_eq!(p(10.0, -400.0), 0.0);
    }

    #[test]
    fn float_floor_division_and_modulo() {
        let fd = |x, y| float_floordiv(x, y).unwrap();
        let fm = |x, y| float_mod(x, y).unwrap();
        assert_eq!(fd(5.0, -2.0), -3.0);
        assert_eq!(fm(-5.0, 3.0), 1.0);
        assert_eq!(fm(5.0, -3.0), -1.0);
        assert!(fm(-0.0, 1.0).is_sign_positive());
        assert!(fm(0.0, -1.0).is_sign_negative());
        assert!(fd(-0.0, 1.0).is_sign_negative());
        assert_eq!(fd(1e300, 1e-300), f64::INFINITY);
        assert!(fm(f64::INFINITY, 1.0).is_nan());
        assert_eq!(fm(1.0, f64::INFINITY), 1.0);
        assert_eq!(fm(-1.0, f64::INFINITY), f64::INFINITY);
        assert!(fd(f64::INFINITY, 1.0).is_nan());
        assert_eq!(fd(1.0, f64::INFINITY), 0.0);
        assert_eq!(fd(-1.0, f64::INFINITY), -1.0);
        assert_eq!(fd(7.5, 2.0), 3.0);
        assert_eq!(fm(7.5, 2.0), 1.5);
        assert_eq!(fd(0.1, 0.01), 10.0);
        assert_eq!(fd(1.0, 0.1), 9.0);
        assert_eq!(fm(1.0, 0.1), 0.09999999999999995);
        assert_eq!(fd(-7.5, 2.0), -4.0);
        assert!(fd(f64::INFINITY, 1.0).is_nan());
        assert_eq!(fm(-1e-20, 1.0), 1.0);
        assert_eq!(err(float_floordiv(1.0, 0.0)), (EXC_ZERO_DIVISION_ERROR, "float floor division by zero".into()));
        assert_eq!(err(float_mod(1.0, -0.0)), (EXC_ZERO_DIVISION_ERROR, "float modulo".into()));
        assert_eq!(err(float_truediv(1.0, 0.0)), (EXC_ZERO_DIVISION_ERROR, "float division by zero".into()));
    }

    #[test]
    fn float_to_int_and_round() {
        assert_eq!(float_to_int(-2.9), Ok(-2));
        assert_eq!(float_to_int(-9223372036854775808.0), Ok(i64::MIN));
        assert_eq!(
            err(float_to_int(9223372036854775808.0)),
            (EXC_OVERFLOW_ERROR, "int too large (pyexe ints are 64-bit)".into())
        );
        assert_eq!(err(float_to_int(f64::NAN)), (EXC_VALUE_ERROR, "cannot convert float NaN to integer".into()));
        assert_eq!(
            err(float_to_int(f64::NEG_INFINITY)),
            (EXC_OVERFLOW_ERROR, "cannot convert float infinity to integer".into())
        );
        assert_eq!(float_round(2.5), Ok(2));
        assert_eq!(float_round(-2.5), Ok(-2));
        assert_eq!(float_round(3.5), Ok(4));
        assert_eq!(float_round(2.4999999999999996), Ok(2));
        assert_eq!(float_round(-0.5), Ok(0));
        assert_eq!(float_round(1e300).unwrap_err().kind, EXC_OVERFLOW_ERROR);
        assert_eq!(float_round(f64::NAN).unwrap_err().kind, EXC_VALUE_ERROR);
    }

    #[test]
    fn int_rounding_to_tens() {
        assert_eq!(int_round_to(25, -1), Ok(20));
        assert_eq!(int_round_to(35, -1), Ok(40));
        assert_eq!(int_round_to(-25, -1), Ok(-20));
        assert_eq!(int_round_to(-35, -1), Ok(-40));
        assert_eq!(int_round_to(15, -1), Ok(20));
        assert_eq!(int_round_to(5, -1), Ok(0));
        assert_eq!(int_round_to(12345, -2), Ok(12300));
        assert_eq!(int_round_to(12345, 3), Ok(12345));
        assert_eq!(err(int_round_to(i64::MAX, -19)).0, EXC_OVERFLOW_ERROR);
        assert_eq!(int_round_to(i64::MAX, -18), Ok(9_000_000_000_000_000_000));
        assert_eq!(int_round_to(4_000_000_000_000_000_000, -19), Ok(0));
        assert_eq!(int_round_to(i64::MIN, -20), Ok(0));
        assert_eq!(int_round_to(i64::MIN, -100), Ok(0));
        assert_eq!(err(int_round_to(9_000_000_000_000_000_000, -19)).0, EXC_OVERFLOW_ERROR);
        assert_eq!(err(int_round_to(i64::MAX, -1)).0, EXC_OVERFLOW_ERROR);
    }
}
