//! The `math` module over libm with CPython's special cases and errors
//! (ValueError: math domain error, OverflowError: math range error), and CPython's
//! own algorithms where libm differs (`hypot`, `pow`, `isqrt`, `gcd`, `isclose`).
use crate::abi::{EXC_OVERFLOW_ERROR, EXC_VALUE_ERROR, EXC_ZERO_DIVISION_ERROR};
use crate::exc::or_raise;
use crate::libc;
use crate::num::{float_to_int, overflow};
use crate::object::PyErr;

fn domain_error() -> PyErr {
    PyErr::new(EXC_VALUE_ERROR, b"math domain error")
}

fn range_error() -> PyErr {
    PyErr::new(EXC_OVERFLOW_ERROR, b"math range error")
}

/// CPython's `math_1`: checks the result `r` of a one-argument function at `x`: a nan from
/// a non-nan is a domain error, an infinity from a finite value a range error (when the
/// function can overflow) or a domain error (a pole, like log(0)).
fn math_1(x: f64, r: f64, can_overflow: bool) -> Result<f64, PyErr> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(r)
}

/// math.log(x).
fn log(x: f64) -> Result<f64, PyErr> {
    // SAFETY: libm call.
    math_1(x, unsafe { libc::log(x) }, false)
}

/// math.log(x, base).
fn log_base(x: f64, base: f64) -> Result<f64, PyErr> {
    let num = log(x)?;
    let den = log(base)?;
    if den == 0.0 {
        return Err(PyErr::new(EXC_ZERO_DIVISION_ERROR, b"float division by zero"));
    }
    Ok(num / den)
}

/// math.pow(x, y): C99 pow with CPython's handling of special values and errors.
fn pow(x: f64, y: f64) -> Result<f64, PyErr> {
    if !x.is_finite() || !y.is_finite() {
        let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    // SAFETY: libm call.
    let r = unsafe { libc::pow(x, y) };
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(domain_error()); // (-x)**non-integer, or 0**negative
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `(hi, lo)` with hi + lo == x * y exactly.
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    // SAFETY: libm call.
    (z, unsafe { libc::fma(x, y, -z) })
}

/// `(hi, lo)` with hi + lo == a + b exactly, for |a| >= |b|.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    (x, (a - x) + b)
}

/// CPython's `vector_norm` for two coordinates (absolute values, `max` the larger):
/// the length, correctly rounded in nearly every case and identical to `math.hypot`.
fn vector_norm(mut v: [f64; 2], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 {
        return max;
    }
    let mut max_e = 0;
    // SAFETY: libm calls.
    unsafe {
        libc::frexp(max, &mut max_e);
        if max_e < -1023 {
            // ldexp(1.0, -max_e) would overflow: scale subnormals up first.
            for x in v.iter_mut() {
                *x /= f64::MIN_POSITIVE;
            }
            return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE, found_nan);
        }
        let scale = libc::ldexp(1.0, -max_e);
        let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
        for x in v {
            let x = x * scale; // lossless
            let (hi, lo) = dl_mul(x, x);
            let (s, e) = dl_fast_sum(csum, hi);
            csum = s;
            frac1 += lo;
            frac2 += e;
        }
        let mut h = libc::sqrt(csum - 1.0 + (frac1 + frac2));
        let (hi, lo) = dl_mul(-h, h);
        let (s, e) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
        let x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h); // differential correction
        h / scale
    }
}

/// math.hypot(x, y).
fn hypot(x: f64, y: f64) -> f64 {
    let (a, b) = (x.abs(), y.abs());
    let mut max = 0.0;
    for c in [a, b] {
        if c > max {
            max = c;
        }
    }
    vector_norm([a, b], max, a.is_nan() || b.is_nan())
}

/// math.isqrt(n).
fn isqrt(n: i64) -> Result<i64, PyErr> {
    if n < 0 {
        return Err(PyErr::new(EXC_VALUE_ERROR, b"isqrt() argument must be nonnegative"));
    }
    let n = n as u64;
    // SAFETY: libm call.
    let mut r = unsafe { libc::sqrt(n as f64) } as u64;
    while (r as u128) * (r as u128) > n as u128 {
        r -= 1;
    }
    while ((r + 1) as u128) * ((r + 1) as u128) <= n as u128 {
        r += 1;
    }
    Ok(r as i64)
}

/// math.gcd(a, b): nonnegative; gcd(-2**63, 0) does not fit in 64 bits.
fn gcd(a: i64, b: i64) -> Result<i64, PyErr> {
    let (mut x, mut y) = (a.unsigned_abs(), b.unsigned_abs());
    while y != 0 {
        (x, y) = (y, x % y);
    }
    i64::try_from(x).map_err(|_| overflow())
}

/// math.isclose(a, b, rel_tol=, abs_tol=).
fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> Result<bool, PyErr> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::new(EXC_VALUE_ERROR, b"tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// Defines `pyx_math_<name>(x)` as libm's function checked by `math_1`.
macro_rules! math_1_fns {
    ($($sym:ident = $f:ident, $can_overflow:literal;)*) => {$(
        #[unsafe(no_mangle)]
        pub extern "C" fn $sym(x: f64) -> f64 {
            // SAFETY: libm call.
            or_raise(math_1(x, unsafe { libc::$f(x) }, $can_overflow), 0.0)
        }
    )*};
}

math_1_fns! {
    pyx_math_sqrt = sqrt, false;
    pyx_math_sin = sin, false;
    pyx_math_cos = cos, false;
    pyx_math_tan = tan, false;
    pyx_math_asin = asin, false;
    pyx_math_acos = acos, false;
    pyx_math_exp = exp, true;
    pyx_math_log = log, false;
    pyx_math_log10 = log10, false;
    pyx_math_log2 = log2, false;
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_math_floor(x: f64) -> i64 {
    // SAFETY: libm call.
    or_raise(float_to_int(unsafe { libc::floor(x) }), 0)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_math_ceil(x: f64) -> i64 {
    // SAFETY: libm call.
    or_raise(float_to_int(unsafe { libc::ceil(x) }), 0)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_math_atan(x: f64) -> f64 {
    // SAFETY: libm call.
    unsafe { libc::atan(x) }
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_math_atan2(y: f64, x: f64) -> f64 {
    // SAFETY: libm call.
    unsafe { libc::atan2(y, x) }
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_math_log_base(x: f64, base: f64) -> f64 {
    or_raise(log_base(x, base), 0.0)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_math_pow(x: f64, y: f64) -> f64 {
    or_raise(pow(x, y), 0.0)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_math_fabs(x: f64) -> f64 {
    x.abs()
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_math_hypot(x: f64, y: f64) -> f64 {
    hypot(x, y)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_math_isqrt(n: i64) -> i64 {
    or_raise(isqrt(n), 0)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_math_gcd(a: i64, b: i64) -> i64 {
    or_raise(gcd(a, b), 0)
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_math_isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> i8 {
    or_raise(isclose(a, b, rel_tol, abs_tol), false) as i8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exc::testing::{lock, take};

    const INF: f64 = f64::INFINITY;
    const NAN: f64 = f64::NAN;

    fn err<T: core::fmt::Debug>(r: Result<T, PyErr>) -> String {
        let e = r.unwrap_err();
        format!("{}: {}", crate::exc::kind_name(e.kind), String::from_utf8(e.msg).unwrap())
    }

    #[test]
    fn one_argument_errors() {
        let _g = lock();
        let domain = Some(("ValueError", "math domain error".to_string()));
        for (f, x) in [
            (pyx_math_sqrt as extern "C" fn(f64) -> f64, -1.0),
            (pyx_math_log, 0.0),
            (pyx_math_log, -0.0),
            (pyx_math_log, -1.0),
            (pyx_math_log, -INF),
            (pyx_math_log2, 0.0),
            (pyx_math_log10, -1.0),
            (pyx_math_sin, INF),
            (pyx_math_cos, -INF),
            (pyx_math_tan, INF),
            (pyx_math_asin, 2.0),
            (pyx_math_acos, -2.0),
        ] {
            f(x);
            assert_eq!(take(), domain, "at {x}");
        }
        pyx_math_exp(1000.0);
        assert_eq!(take(), Some(("OverflowError", "math range error".to_string())));
        assert_eq!(pyx_math_exp(-1000.0), 0.0);
        assert_eq!(pyx_math_exp(INF), INF);
        assert_eq!(pyx_math_exp(-INF), 0.0);
        assert!(pyx_math_exp(NAN).is_nan());
        assert_eq!(pyx_math_sqrt(INF), INF);
        assert!(pyx_math_sqrt(NAN).is_nan());
        assert_eq!(pyx_math_log(INF), INF);
        assert!(pyx_math_sin(NAN).is_nan());
        assert_eq!(pyx_math_sqrt(2.25), 1.5);
        assert_eq!(pyx_math_log2(8.0), 3.0);
        assert_eq!(pyx_math_atan(INF), core::f64::consts::FRAC_PI_2);
        assert_eq!(pyx_math_fabs(-0.0).to_bits(), 0);
        assert_eq!(take(), None);
    }

    #[test]
    fn floor_and_ceil() {
        let _g = lock();
        assert_eq!(pyx_math_floor(-1.5), -2);
        assert_eq!(pyx_math_ceil(-1.5), -1);
        assert_eq!(pyx_math_ceil(1e-300), 1);
        pyx_math_floor(INF);
        assert_eq!(take(), Some(("OverflowError", "cannot convert float infinity to integer".to_string())));
        pyx_math_ceil(NAN);
        assert_eq!(take(), Some(("ValueError", "cannot convert float NaN to integer".to_string())));
        pyx_math_floor(1e19);
        assert_eq!(take(), Some(("OverflowError", "int too large (pyexe ints are 64-bit)".to_string())));
    }

    #[test]
    fn logs_with_base() {
        assert_eq!(log_base(8.0, 2.0), Ok(3.0));
        assert_eq!(log_base(100.0, 10.0), Ok(2.0));
        assert_eq!(err(log_base(8.0, 1.0)), "ZeroDivisionError: float division by zero");
        assert_eq!(err(log_base(8.0, 0.0)), "ValueError: math domain error");
        assert_eq!(err(log_base(0.0, 2.0)), "ValueError: math domain error");
        assert_eq!(err(log_base(8.0, -1.0)), "ValueError: math domain error");
        assert_eq!(err(log_base(1.0, 1.0)), "ZeroDivisionError: float division by zero");
    }

    #[test]
    fn pow_follows_cpython() {
        assert_eq!(err(pow(0.0, -1.0)), "ValueError: math domain error");
        assert_eq!(err(pow(10.0, 400.0)), "OverflowError: math range error");
        assert_eq!(err(pow(-8.0, 1.0 / 3.0)), "ValueError: math domain error");
        assert_eq!(err(pow(-2.0, 0.5)), "ValueError: math domain error");
        assert_eq!(pow(NAN, 0.0), Ok(1.0));
        assert_eq!(pow(1.0, NAN), Ok(1.0));
        assert_eq!(pow(-1.0, INF), Ok(1.0));
        assert_eq!(pow(0.0, -INF), Ok(INF));
        assert_eq!(pow(0.5, INF), Ok(0.0));
        assert_eq!(pow(-INF, 3.0), Ok(-INF));
        assert_eq!(pow(-INF, 2.0), Ok(INF));
        assert!(pow(-INF, -3.0).unwrap().is_sign_negative());
        assert_eq!(pow(INF, 0.0), Ok(1.0));
        assert_eq!(pow(2.0, -1074.0), Ok(5e-324));
        assert_eq!(pow(2.0, -2000.0), Ok(0.0));
        assert_eq!(pow(-2.0, 3.0), Ok(-8.0));
    }

    #[test]
    fn hypot_matches_cpython() {
        // Expected values from CPython 3.11's math.hypot.
        assert_eq!(hypot(3.0, 4.0), 5.0);
        assert_eq!(hypot(INF, NAN), INF);
        assert!(hypot(NAN, 1.0).is_nan());
        assert_eq!(hypot(0.0, -0.0), 0.0);
        assert_eq!(hypot(1e308, 1e308), 1.4142135623730951e+308);
        assert_eq!(hypot(5e-324, 5e-324), 5e-324);
        assert_eq!(hypot(1e-310, 3e-310), 3.1622776601684e-310);
        assert_eq!(hypot(1.0, 1.0), core::f64::consts::SQRT_2);
        assert_eq!(hypot(0.1, 0.2), 0.223606797749979);
        assert_eq!(hypot(-7.0, 0.0), 7.0);
    }

    #[test]
    fn integer_functions() {
        assert_eq!(isqrt(0), Ok(0));
        assert_eq!(isqrt(15), Ok(3));
        assert_eq!(isqrt(16), Ok(4));
        assert_eq!(isqrt(i64::MAX), Ok(3037000499));
        assert_eq!(isqrt(3037000499 * 3037000499), Ok(3037000499));
        assert_eq!(isqrt(3037000499 * 3037000499 - 1), Ok(3037000498));
        assert_eq!(err(isqrt(-1)), "ValueError: isqrt() argument must be nonnegative");
        assert_eq!(gcd(-4, -6), Ok(2));
        assert_eq!(gcd(0, 0), Ok(0));
        assert_eq!(gcd(0, -5), Ok(5));
        assert_eq!(gcd(i64::MIN, 6), Ok(2));
        assert_eq!(err(gcd(i64::MIN, 0)), "OverflowError: int too large (pyexe ints are 64-bit)");
        assert_eq!(err(gcd(i64::MIN, i64::MIN)), "OverflowError: int too large (pyexe ints are 64-bit)");
    }

    #[test]
    fn isclose_rules() {
        assert_eq!(isclose(1.0, 1.0 + 1e-10, 1e-9, 0.0), Ok(true));
        assert_eq!(isclose(1.0, 1.1, 1e-9, 0.0), Ok(false));
        assert_eq!(isclose(0.0, 1e-10, 1e-9, 0.0), Ok(false));
        assert_eq!(isclose(0.0, 1e-10, 1e-9, 1e-9), Ok(true));
        assert_eq!(isclose(INF, INF, 1e-9, 0.0), Ok(true));
        assert_eq!(isclose(INF, 1e308, 1e-9, 0.0), Ok(false));
        assert_eq!(isclose(NAN, NAN, 1e-9, 0.0), Ok(false));
        assert_eq!(err(isclose(1.0, 1.0, -1.0, 0.0)), "ValueError: tolerances must be non-negative");
        assert_eq!(err(isclose(1.0, 1.0, 0.0, -1.0)), "ValueError: tolerances must be non-negative");
    }
}
