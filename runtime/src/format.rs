//! Number and text formatting with CPython's exact output: `repr(float)`, the
//! format-spec mini-language (`format(x, spec)`, f-strings), `%`-formatting, `hex`/`oct`/`bin`,
//! `repr(str)` and `round(x, n)`. Pure functions over byte vectors.
use crate::abi::{EXC_OVERFLOW_ERROR, EXC_TYPE_ERROR, EXC_VALUE_ERROR};
use crate::object::PyErr;
use alloc::vec::Vec;
use core::fmt::{self, Write};

/// One argument of `%`-formatting.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'a [u8]),
    /// A value of another type: its str() and repr() text, and its type's name.
    Obj(&'a [u8], &'a [u8], &'a [u8]),
}

/// repr(x) for a float, exactly as CPython: 0.1, 15.0, 1e+16, 1.5e-05, inf, nan, -0.0.
pub fn float_repr(x: f64, out: &mut Vec<u8>) {
    double_to_string(x, b'r', 0, DOT0, out);
}

/// str(i) for an int.
pub fn int_decimal(x: i64, out: &mut Vec<u8>) {
    if x < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(digits_of(x.unsigned_abs(), 10, false, &mut [0; 64]));
}

/// format(x, spec) for an int (also bool via `bool_fmt`). Err: ValueError with CPython's message.
pub fn format_int(x: i64, spec: &[u8], out: &mut Vec<u8>) -> Result<(), PyErr> {
    if spec.is_empty() {
        int_decimal(x, out);
        return Ok(());
    }
    let sp = parse_spec(spec, 'd', b'>', "int")?;
    let (base, prefix): (u64, &[u8]) = match sp.ty {
        'b' => (2, b"0b"),
        'o' => (8, b"0o"),
        'x' => (16, b"0x"),
        'X' => (16, b"0X"),
        'd' | 'n' => (10, b""),
        'c' => (0, b""),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return float_spec(x as f64, &sp, out),
        t => return Err(unknown_code(t, "int")),
    };
    if sp.prec >= 0 {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if sp.z {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if base == 0 {
        if sp.sign != 0 {
            return Err(value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if sp.alt {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let mut ch = Vec::new();
        push_char(&mut ch, code_point(x)?);
        write_number(out, &sp, false, b"", b"", false, &ch);
    } else {
        let mut buf = [0; 64];
        let digits = digits_of(x.unsigned_abs(), base, sp.ty == 'X', &mut buf);
        write_number(out, &sp, x < 0, if sp.alt { prefix } else { b"" }, digits, false, b"");
    }
    Ok(())
}

/// format(x, spec) for a float.
pub fn format_float(x: f64, spec: &[u8], out: &mut Vec<u8>) -> Result<(), PyErr> {
    if spec.is_empty() {
        float_repr(x, out);
        return Ok(());
    }
    let sp = parse_spec(spec, '\0', b'>', "float")?;
    match sp.ty {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => float_spec(x, &sp, out),
        t => Err(unknown_code(t, "float")),
    }
}

/// format(s, spec) for a str (UTF-8; widths count code points).
pub fn format_str(s: &[u8], spec: &[u8], out: &mut Vec<u8>) -> Result<(), PyErr> {
    if spec.is_empty() {
        out.extend_from_slice(s);
        return Ok(());
    }
    let sp = parse_spec(spec, 's', b'<', "str")?;
    let problem = match sp {
        Spec { ty, .. } if ty != 's' => return Err(unknown_code(ty, "str")),
        Spec { sign: b' ', .. } => "Space not allowed in string format specifier",
        Spec { sign: b'+' | b'-', .. } => "Sign not allowed in string format specifier",
        Spec { z: true, .. } => "Negative zero coercion (z) not allowed in string format specifier",
        Spec { alt: true, .. } => "Alternate form (#) not allowed in string format specifier",
        Spec { align: b'=', .. } => "'=' alignment not allowed in string format specifier",
        _ => "",
    };
    if !problem.is_empty() {
        return Err(value_error(problem));
    }
    let mut len = char_count(s);
    let mut bytes = s.len();
    if sp.prec >= 0 && len as i64 > sp.prec {
        len = sp.prec as usize;
        bytes = char_prefix(s, len);
    }
    let (left, _, right) = split_pad(sp.align, sp.width, len);
    fill_n(out, sp.fill, left);
    out.extend_from_slice(s.get(..bytes).unwrap_or(s));
    fill_n(out, sp.fill, right);
    Ok(())
}

/// hex(x) / oct(x) / bin(x): base 16, 8 or 2 with the 0x/0o/0b prefix and a leading '-'.
pub fn int_prefixed(x: i64, base: u32, out: &mut Vec<u8>) {
    let (base, prefix): (u64, &[u8]) = match base {
        16 => (16, b"0x"),
        8 => (8, b"0o"),
        2 => (2, b"0b"),
        _ => (10, b""),
    };
    if x < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(prefix);
    out.extend_from_slice(digits_of(x.unsigned_abs(), base, false, &mut [0; 64]));
}

/// repr(s) for a str with CPython's quoting and escaping rules.
pub fn str_repr(s: &[u8], out: &mut Vec<u8>) {
    repr_into(s, false, out);
}

/// round(x, ndigits) for a float, correctly rounded as CPython (half to even on the exact value).
/// A result too large for a float is inf (CPython raises OverflowError).
pub fn float_round_to(x: f64, ndigits: i64) -> f64 {
    // Beyond these bounds every finite float rounds to itself or to a signed zero.
    if !x.is_finite() || ndigits > 323 {
        return x;
    }
    if ndigits < -308 {
        return 0.0 * x;
    }
    let mut s = Vec::new();
    if ndigits >= 0 {
        // core::fmt rounds the exact binary value half to even, like _Py_dg_dtoa mode 3.
        put(&mut s, format_args!("{:.*}", ndigits as usize, x));
    } else {
        // Round the exact integer part at digit -ndigits; a nonzero fraction breaks ties upwards.
        let ax = abs(x);
        let int = trunc(ax);
        let mut digits = Vec::new();
        put(&mut digits, format_args!("{:.0}", int));
        let keep = digits.len() as i64 + ndigits;
        if x.is_sign_negative() {
            s.push(b'-');
        }
        if keep < 0 {
            s.push(b'0');
        } else {
            let (head, tail) = digits.split_at(keep as usize);
            let odd = head.last().is_some_and(|d| d % 2 == 1);
            let above = tail.iter().skip(1).any(|&d| d != b'0') || int != ax;
            let up = match tail.first() {
                Some(b'6'..=b'9') => true,
                Some(b'5') => above || odd,
                _ => false,
            };
            let at = s.len();
            s.extend_from_slice(if head.is_empty() { b"0" } else { head });
            if up {
                increment(&mut s, at);
            }
        }
        put(&mut s, format_args!("e{}", -ndigits));
    }
    crate::parse::decimal_to_f64(&s).unwrap_or(x)
}

/// fmt % args. Err: TypeError/ValueError with CPython's messages
/// ("not enough arguments for format string", "not all arguments converted during string formatting", ...).
pub fn percent_format(fmt: &[u8], args: &[Arg], out: &mut Vec<u8>) -> Result<(), PyErr> {
    let (mut small, mut heap) = (['\0'; 64], Vec::new());
    let f = char_slice(fmt, &mut small, &mut heap);
    // The text of one conversion, before padding (one buffer for all of them).
    let mut s = Vec::new();
    let mut next = 0;
    let mut i = 0;
    while let Some(&c) = f.get(i) {
        i += 1;
        if c != '%' {
            push_char(out, c);
            continue;
        }
        match f.get(i) {
            Some('%') => {
                out.push(b'%');
                i += 1;
                continue;
            }
            Some('(') => return Err(type_error("format requires a mapping")),
            _ => {}
        }
        let (mut ljust, mut plus, mut blank, mut alt, mut zero) =
            (false, false, false, false, false);
        while let Some(&c) = f.get(i) {
            match c {
                '-' => ljust = true,
                '+' => plus = true,
                ' ' => blank = true,
                '#' => alt = true,
                '0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = -1;
        if f.get(i) == Some(&'*') {
            i += 1;
            width = star_arg(args, &mut next)?;
            if width < 0 {
                ljust = true;
                width = width.saturating_neg();
            }
        } else if let Some(w) = percent_number(f, &mut i, i64::MAX, "width too big")? {
            width = w;
        }
        let mut prec = -1;
        if f.get(i) == Some(&'.') {
            i += 1;
            prec = if f.get(i) == Some(&'*') {
                i += 1;
                let p = star_arg(args, &mut next)?;
                if p > i32::MAX as i64 || p < i32::MIN as i64 {
                    return Err(error(
                        EXC_OVERFLOW_ERROR,
                        format_args!("Python int too large to convert to C int"),
                    ));
                }
                p.max(0)
            } else {
                percent_number(f, &mut i, i32::MAX as i64, "precision too big")?.unwrap_or(0)
            };
        }
        if matches!(f.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = f.get(i) else {
            return Err(value_error("incomplete format"));
        };
        let index = i;
        i += 1;
        let arg = next_arg(args, &mut next)?;
        s.clear();
        let numeric = match conv {
            's' | 'r' | 'a' => {
                arg_str(arg, conv, &mut s);
                if prec >= 0 {
                    s.truncate(char_prefix(&s, prec as usize));
                }
                false
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                percent_int(arg, conv, alt, prec, &mut s)?;
                true
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match arg {
                    Arg::Float(x) => x,
                    Arg::Int(v) => v as f64,
                    Arg::Bool(b) => b as u8 as f64,
                    _ => {
                        let t = type_name(arg);
                        return Err(error(
                            EXC_TYPE_ERROR,
                            format_args!("must be real number, not {t}"),
                        ));
                    }
                };
                let p = if prec < 0 { 6 } else { prec as usize };
                double_to_string(x, conv as u8, p, if alt { ALT } else { 0 }, &mut s);
                true
            }
            'c' => {
                match arg {
                    Arg::Int(v) => push_char(&mut s, code_point(v)?),
                    Arg::Bool(b) => s.push(b as u8),
                    Arg::Str(t) if char_count(t) == 1 => s.extend_from_slice(t),
                    _ => return Err(type_error("%c requires int or char")),
                }
                false
            }
            _ => {
                let shown = if (' '..='~').contains(&conv) || conv == '\x1f' { conv } else { '?' };
                return Err(error(
                    EXC_VALUE_ERROR,
                    format_args!(
                        "unsupported format character '{shown}' (0x{:x}) at index {index}",
                        conv as u32
                    ),
                ));
            }
        };
        // unicode_format_arg_output: numbers zero-fill after their sign and 0x/0o prefix.
        let fill = if numeric && zero { '0' } else { ' ' };
        let (sign, body) = match s.split_first() {
            Some((&c @ (b'-' | b'+'), rest)) if numeric => (Some(c), rest),
            _ if numeric && plus => (Some(b'+'), &s[..]),
            _ if numeric && blank => (Some(b' '), &s[..]),
            _ => (None, &s[..]),
        };
        let prefix_len = if alt && matches!(conv, 'o' | 'x' | 'X') { 2 } else { 0 };
        let (prefix, digits) = body.split_at(prefix_len.min(body.len()));
        let pad = (width - sign.is_some() as i64 - char_count(body) as i64).max(0) as usize;
        if !ljust && fill == ' ' {
            fill_n(out, ' ', pad);
        }
        out.extend(sign);
        out.extend_from_slice(prefix);
        if !ljust && fill == '0' {
            fill_n(out, '0', pad);
        }
        out.extend_from_slice(digits);
        if ljust {
            fill_n(out, ' ', pad);
        }
    }
    if next < args.len() {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(())
}

// ---- errors and small text helpers ----

/// `core::fmt` output appended to a byte vector.
struct Buf<'a>(&'a mut Vec<u8>);

impl Write for Buf<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

fn put(out: &mut Vec<u8>, args: fmt::Arguments) {
    let _ = Buf(out).write_fmt(args);
}

fn error(kind: i64, args: fmt::Arguments) -> PyErr {
    let mut msg = Vec::new();
    put(&mut msg, args);
    PyErr { kind, msg }
}

fn value_error(msg: &str) -> PyErr {
    PyErr { kind: EXC_VALUE_ERROR, msg: msg.as_bytes().to_vec() }
}

fn type_error(msg: &str) -> PyErr {
    PyErr { kind: EXC_TYPE_ERROR, msg: msg.as_bytes().to_vec() }
}

/// A format code in an error message: itself if printable ASCII, else `\x..`.
struct Code(char);

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0 as u32 {
            33..=127 => f.write_char(self.0),
            c => write!(f, "\\x{c:x}"),
        }
    }
}

fn unknown_code(ty: char, type_name: &str) -> PyErr {
    error(
        EXC_VALUE_ERROR,
        format_args!("Unknown format code '{}' for object of type '{type_name}'", Code(ty)),
    )
}

/// The characters of UTF-8 text (invalid bytes, which valid input never has, read as U+FFFD).
pub(crate) fn chars(s: &[u8]) -> impl Iterator<Item = char> + '_ {
    s.utf8_chunks()
        .flat_map(|c| c.valid().chars().chain((!c.invalid().is_empty()).then_some('\u{FFFD}')))
}

/// The characters of UTF-8 text (as `chars`) in `small` when they fit, so that short text
/// (format strings and specs nearly always are) needs no allocation, else in `heap`.
fn char_slice<'a>(s: &[u8], small: &'a mut [char], heap: &'a mut Vec<char>) -> &'a [char] {
    if s.len() > small.len() {
        heap.extend(chars(s));
        return heap;
    }
    let mut n = 0;
    if s.is_ascii() {
        for (c, &b) in small.iter_mut().zip(s) {
            *c = b as char;
        }
        n = s.len();
    } else {
        for c in chars(s) {
            small[n] = c; // no more characters than bytes
            n += 1;
        }
    }
    &small[..n]
}

fn char_count(s: &[u8]) -> usize {
    s.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// The byte length of the first `n` code points of UTF-8 text.
pub(crate) fn char_prefix(s: &[u8], n: usize) -> usize {
    let mut seen = 0;
    for (i, &b) in s.iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if seen == n {
                return i;
            }
            seen += 1;
        }
    }
    s.len()
}

fn push_char(out: &mut Vec<u8>, c: char) {
    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
}

fn fill_n(out: &mut Vec<u8>, fill: char, n: usize) {
    if fill.is_ascii() {
        out.resize(out.len() + n, fill as u8);
        return;
    }
    for _ in 0..n {
        push_char(out, fill);
    }
}

/// chr(v) for format code 'c' (a lone surrogate, which UTF-8 cannot hold, becomes U+FFFD).
fn code_point(v: i64) -> Result<char, PyErr> {
    match u32::try_from(v) {
        Ok(c @ 0..=0x10FFFF) => Ok(char::from_u32(c).unwrap_or('\u{FFFD}')),
        _ => Err(error(EXC_OVERFLOW_ERROR, format_args!("%c arg not in range(0x110000)"))),
    }
}

/// The digits of `u` in `base` (2..=16), written at the end of `buf`.
fn digits_of(mut u: u64, base: u64, upper: bool, buf: &mut [u8; 64]) -> &[u8] {
    let table = if upper { b"0123456789ABCDEF" } else { b"0123456789abcdef" };
    let base = base.clamp(2, 16);
    let mut i = buf.len();
    while i > 0 {
        i -= 1;
        buf[i] = table[(u % base) as usize];
        u /= base;
        if u == 0 {
            break;
        }
    }
    &buf[i..]
}

/// Adds one to the decimal digits `s[at..]`, carrying into a new leading '1' if needed.
fn increment(s: &mut Vec<u8>, at: usize) {
    for d in s[at..].iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
    s.insert(at, b'1');
}

fn abs(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & !(1 << 63))
}

/// The integer part of a non-negative float (floats from 2^52 up are integers already).
fn trunc(ax: f64) -> f64 {
    if ax < 4503599627370496.0 {
        ax as u64 as f64
    } else {
        ax
    }
}

// ---- the format-spec mini-language ----

/// A parsed `[[fill]align][sign][z][#][0][width][,|_][.precision][type]`.
struct Spec {
    fill: char,
    align: u8,
    sign: u8,
    z: bool,
    alt: bool,
    width: i64,
    sep: u8,
    group: i64,
    prec: i64,
    ty: char,
}

/// CPython's parse_internal_render_format_spec (validation that does not depend on the type).
fn parse_spec(spec: &[u8], ty: char, align: u8, type_name: &str) -> Result<Spec, PyErr> {
    let (mut small, mut heap) = (['\0'; 16], Vec::new());
    let cs = char_slice(spec, &mut small, &mut heap);
    let at = |k: usize| cs.get(k).copied();
    let is_align = |c: Option<char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut sp = Spec {
        fill: ' ',
        align,
        sign: 0,
        z: false,
        alt: false,
        width: -1,
        sep: 0,
        group: 0,
        prec: -1,
        ty,
    };
    let fill_given = is_align(at(1));
    let mut p = 0;
    if fill_given {
        sp.fill = at(0).unwrap_or(' ');
        sp.align = at(1).map_or(align, |c| c as u8);
        p = 2;
    } else if is_align(at(0)) {
        sp.align = at(0).map_or(align, |c| c as u8);
        p = 1;
    }
    let align_given = p > 0;
    if let Some(c @ ('+' | '-' | ' ')) = at(p) {
        sp.sign = c as u8;
        p += 1;
    }
    if at(p) == Some('z') {
        sp.z = true;
        p += 1;
    }
    if at(p) == Some('#') {
        sp.alt = true;
        p += 1;
    }
    if !fill_given && at(p) == Some('0') {
        sp.fill = '0';
        if !align_given && align == b'>' {
            sp.align = b'=';
        }
        p += 1;
    }
    sp.width = spec_number(cs, &mut p)?.unwrap_or(-1);
    let both = || value_error("Cannot specify both ',' and '_'.");
    if at(p) == Some(',') {
        sp.sep = b',';
        p += 1;
    }
    if at(p) == Some('_') {
        if sp.sep != 0 {
            return Err(both());
        }
        sp.sep = b'_';
        p += 1;
    }
    if at(p) == Some(',') && sp.sep == b'_' {
        return Err(both());
    }
    if at(p) == Some('.') {
        p += 1;
        sp.prec = spec_number(cs, &mut p)?
            .ok_or_else(|| value_error("Format specifier missing precision"))?;
    }
    match cs.len().saturating_sub(p) {
        0 => {}
        1 => sp.ty = at(p).unwrap_or(ty),
        _ => {
            let mut msg = b"Invalid format specifier '".to_vec();
            msg.extend_from_slice(spec);
            put(&mut msg, format_args!("' for object of type '{type_name}'"));
            return Err(PyErr { kind: EXC_VALUE_ERROR, msg });
        }
    }
    if sp.sep != 0 {
        sp.group = match sp.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => 3,
            'b' | 'o' | 'x' | 'X' if sp.sep == b'_' => 4,
            t => {
                let sep = sp.sep as char;
                return Err(error(
                    EXC_VALUE_ERROR,
                    format_args!("Cannot specify '{sep}' with '{}'.", Code(t)),
                ));
            }
        };
    }
    Ok(sp)
}

/// A width or precision in a format spec; None if there are no digits.
fn spec_number(cs: &[char], p: &mut usize) -> Result<Option<i64>, PyErr> {
    let start = *p;
    let mut v: i64 = 0;
    while let Some(d) = cs.get(*p).and_then(|c| c.to_digit(10)) {
        v = v
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as i64))
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
        *p += 1;
    }
    Ok((*p > start).then_some(v))
}

/// Splits the padding that widens `len` characters to `width` by alignment into
/// (left, inside, right); '=' pads inside, between the sign/prefix and the digits.
fn split_pad(align: u8, width: i64, len: usize) -> (usize, usize, usize) {
    let n = (width - len as i64).max(0) as usize;
    match align {
        b'<' => (0, 0, n),
        b'^' => (n / 2, 0, n - n / 2),
        b'=' => (0, n, 0),
        _ => (n, 0, 0),
    }
}

/// Writes a number as CPython's calc_number_widths/fill_number: padding, sign, prefix, the
/// digits (grouped, and zero-extended for '0' fill with '=' alignment), '.', the remainder.
fn write_number(
    out: &mut Vec<u8>,
    sp: &Spec,
    neg: bool,
    prefix: &[u8],
    digits: &[u8],
    decimal: bool,
    rem: &[u8],
) {
    let sign = match (neg, sp.sign) {
        (true, _) => Some(b'-'),
        (false, b'+' | b' ') => Some(sp.sign),
        _ => None,
    };
    let fixed = sign.is_some() as usize + prefix.len() + decimal as usize + char_count(rem);
    let min_width = if sp.fill == '0' && sp.align == b'=' { sp.width - fixed as i64 } else { 0 };
    // Without a separator `group` only zero-extends the digits: do that without a copy.
    let (zeros, grouped) = if digits.is_empty() {
        (0, Vec::new())
    } else if sp.sep == 0 {
        ((min_width - digits.len() as i64).max(0) as usize, Vec::new())
    } else {
        (0, group(digits, min_width, sp.sep, sp.group))
    };
    let body: &[u8] = if sp.sep == 0 { digits } else { &grouped };
    let (left, inside, right) = split_pad(sp.align, sp.width, fixed + zeros + body.len());
    fill_n(out, sp.fill, left);
    out.extend(sign);
    out.extend_from_slice(prefix);
    fill_n(out, sp.fill, inside);
    out.resize(out.len() + zeros, b'0');
    out.extend_from_slice(body);
    if decimal {
        out.push(b'.');
    }
    out.extend_from_slice(rem);
    fill_n(out, sp.fill, right);
}

/// _PyUnicode_InsertThousandsGrouping: digits in groups of `size` from the right (0: one
/// group) joined by `sep`, left-padded with '0' digits to at least `min_width` characters.
fn group(digits: &[u8], min_width: i64, sep: u8, size: i64) -> Vec<u8> {
    let mut rev = Vec::new();
    let mut left = digits.len();
    let mut width = min_width.max(0);
    loop {
        let want = (left as i64).max(width).max(1);
        let len = if size > 0 { want.min(size) } else { want };
        let take = left.min(len as usize);
        rev.extend(digits[..left].iter().rev().take(take));
        rev.extend((take..len as usize).map(|_| b'0'));
        left -= take;
        width -= len;
        if size == 0 || (left == 0 && width <= 0) {
            break;
        }
        rev.push(sep);
        width -= 1;
    }
    rev.reverse();
    rev
}

// ---- floats ----

/// Flags of `double_to_string`: '#' form, ".0" kept on integral fixed output, 'z' option.
const ALT: u8 = 1;
const DOT0: u8 = 2;
const NO_NEG_0: u8 = 4;

/// Digit generation of `dtoa`: shortest round-trip, n significant digits, n after the point.
enum Mode {
    Shortest,
    Sig(usize),
    Fixed(usize),
}

/// Inline capacity of `Text`: enough for any shortest or `.17g` float and any u128.
const SMALL: usize = 40;

/// Short bytes kept on the stack (float digits, `core::fmt` output of a float), moved to the
/// heap only if they outgrow `SMALL` bytes (long precisions, huge fixed-point values), so the
/// hot paths do no malloc/free.
struct Text {
    len: usize,
    small: [u8; SMALL],
    /// The bytes once they have spilled (then never empty); `Vec::new()` does not allocate.
    heap: Vec<u8>,
}

impl Text {
    fn new() -> Self {
        Text { len: 0, small: [0; SMALL], heap: Vec::new() }
    }

    fn bytes(&self) -> &[u8] {
        if self.heap.is_empty() {
            &self.small[..self.len]
        } else {
            &self.heap
        }
    }

    fn bytes_mut(&mut self) -> &mut [u8] {
        if self.heap.is_empty() {
            &mut self.small[..self.len]
        } else {
            &mut self.heap
        }
    }

    fn push(&mut self, s: &[u8]) {
        if self.heap.is_empty() {
            if let Some(dst) = self.small.get_mut(self.len..self.len + s.len()) {
                dst.copy_from_slice(s);
                self.len += s.len();
                return;
            }
            self.heap.extend_from_slice(&self.small[..self.len]);
        }
        self.heap.extend_from_slice(s);
    }
}

impl Write for Text {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.push(s.as_bytes());
        Ok(())
    }
}

/// The decimal digits of a float as `text[lo..hi]` and the decimal point position, as returned
/// by `dtoa`. (Returned as a range so that the large `Text` itself is never moved.)
type Digits = (usize, usize, i64);

/// Zero as `Digits`: "0" with the point after it.
fn zero(text: &mut Text) -> Digits {
    text.len = 0;
    text.heap.clear();
    text.push(b"0");
    (0, 1, 1)
}

/// |x| = m·2^e with m the integer significand (m = 0 for zero).
fn decode(ax: f64) -> (u64, i64) {
    let bits = ax.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// The decimal digits of |x| as _Py_dg_dtoa returns them, no leading or trailing zeros ("0"
/// for zero), written to the empty `s`, and the decimal point position (value = 0.DIGITS *
/// 10^decpt). core::fmt is exact and rounds the exact binary value half to even, as dtoa does.
fn dtoa(x: f64, mode: Mode, s: &mut Text) -> Digits {
    let ax = abs(x);
    match mode {
        Mode::Fixed(n) => {
            if let Some(r) = fixed_exact(ax, n, s) {
                return r;
            }
            let _ = write!(s, "{:.*}", n, ax);
        }
        Mode::Sig(n) => {
            if let Some(r) = sig_exact(ax, n, s) {
                return r;
            }
            let _ = write!(s, "{:.*e}", n.saturating_sub(1), ax);
        }
        Mode::Shortest => {
            let _ = write!(s, "{ax:e}");
            let d @ (lo, hi, decpt) = parse_digits(s);
            // Of the shortest strings that round-trip, CPython (David Gay's dtoa) returns the
            // one nearest to x, ties to even; core returns the nearest too but may take the
            // other side of an exact tie (1000000000000000.25 -> ...0.3 instead of ...0.2).
            // Without a tie the nearest is unique and core's digits are CPython's.
            let n = hi - lo;
            if !halfway(ax, n as i64 - decpt) {
                return d;
            }
            // The correctly rounded string of the same length (half to even) is CPython's
            // whenever it round-trips.
            let mut t = Text::new();
            let _ = write!(t, "{:.*e}", n - 1, ax);
            if crate::parse::decimal_to_f64(t.bytes()) == Some(ax) {
                *s = t;
                return parse_digits(s);
            }
            return d;
        }
    }
    parse_digits(s)
}

/// Whether |x| lies exactly halfway between two consecutive multiples of 10^-j, i.e. whether
/// 2·|x|·10^j is an odd integer: the only case in which two digit strings ending at the
/// 10^-j place are equally near x.
///
/// With |x| = m·2^e, t = trailing_zeros(m) and m = m'·2^t (m' odd):
/// - j >= 0: 2·|x|·10^j = m'·5^j · 2^(e+1+j+t), with m'·5^j odd: an odd integer iff
///   e+1+j+t == 0.
/// - j < 0: 2·|x|·10^j = m'·2^(e+1+j+t) / 5^-j, an integer only if 5^-j divides m' (a power
///   of two has no factor 5), i.e. divides m (only possible for -j <= 22 as m < 2^53 < 5^23);
///   the quotient m'/5^-j is odd, so it is an odd integer iff also e+1+j+t == 0.
fn halfway(ax: f64, j: i64) -> bool {
    let (m, e) = decode(ax);
    if m == 0 {
        return false;
    }
    let t = m.trailing_zeros() as i64;
    e + 1 + j + t == 0 && (j >= 0 || (-j <= 22 && m % 5u64.pow(-j as u32) == 0))
}

/// The digits and decimal point position (see `dtoa`) of core::fmt output "D.DDDe-5", "De5" or
/// "DDD.DDD": the digits are moved together in place, leading and trailing zeros dropped.
fn parse_digits(text: &mut Text) -> Digits {
    let b = text.bytes_mut();
    let (mut end, exp) = match b.iter().position(|&c| c == b'e') {
        Some(at) => {
            let (neg, digits) = match &b[at + 1..] {
                [b'-', rest @ ..] => (true, rest),
                [b'+', rest @ ..] | rest => (false, rest),
            };
            let v = digits.iter().fold(0i64, |v, &d| v * 10 + (d - b'0') as i64);
            (at, if neg { -v } else { v })
        }
        None => (b.len(), 0),
    };
    let point = match b[..end].iter().position(|&c| c == b'.') {
        Some(at) => {
            b.copy_within(at + 1..end, at);
            end -= 1;
            at
        }
        None => end,
    };
    let digits = &b[..end];
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    let end = digits.iter().rposition(|&d| d != b'0').map_or(0, |e| e + 1);
    if lead >= end {
        return zero(text);
    }
    (lead, end, point as i64 + exp - lead as i64)
}

/// round(|x|·10^f), half to even, by exact integer arithmetic: with |x| = m·2^e,
/// |x|·10^f = m·10^f·2^e = num/den. `None` when the numbers do not fit in 128 bits (core::fmt
/// does those).
fn scaled_round(ax: f64, f: i64) -> Option<u128> {
    let (m, e) = decode(ax);
    let pow10 = |k: i64| 10u128.checked_pow(u32::try_from(k).ok()?);
    let (mut num, mut den) =
        if f >= 0 { ((m as u128).checked_mul(pow10(f)?)?, 1) } else { (m as u128, pow10(-f)?) };
    if e >= 0 {
        if num.leading_zeros() as i64 <= e {
            return None;
        }
        num <<= e;
    } else if den == 1 {
        // A division by 2^k: a shift.
        let k = (-e) as u32;
        if k >= 128 {
            // num / 2^k < 2^128 / 2^128 = 1: rounds to 1 only if above one half.
            return Some((k == 128 && num > 1 << 127) as u128);
        }
        let (q, rem, half) = (num >> k, num & ((1u128 << k) - 1), 1u128 << (k - 1));
        return Some(if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q });
    } else {
        den = den.checked_mul(1u128.checked_shl((-e) as u32)?)?;
    }
    let (q, rem) = (num / den, num % den);
    Some(if rem > den - rem || (rem == den - rem && q & 1 == 1) { q + 1 } else { q })
}

/// The digits of round(|x|·10^f) = q (see `scaled_round`) written to `text`: `dtoa`'s result.
fn exact_digits(q: u128, f: i64, text: &mut Text) -> Digits {
    if q == 0 {
        return zero(text);
    }
    // The decimal digits of q (at most 39) at the end of the inline buffer; u64 arithmetic
    // when q fits (almost always: u128 division is a slow library call).
    let b = &mut text.small;
    let mut lo = SMALL;
    match u64::try_from(q) {
        Ok(mut v) => {
            while v > 0 {
                lo -= 1;
                b[lo] = b'0' + (v % 10) as u8;
                v /= 10;
            }
        }
        Err(_) => {
            let mut v = q;
            while v > 0 {
                lo -= 1;
                b[lo] = b'0' + (v % 10) as u8;
                v /= 10;
            }
        }
    }
    let mut hi = SMALL;
    while b[hi - 1] == b'0' {
        hi -= 1; // stops at the leading digit, which is not 0
    }
    text.len = SMALL;
    text.heap.clear();
    (lo, hi, (SMALL - lo) as i64 - f)
}

/// `dtoa` in `Fixed(n)` mode (n digits after the point) by exact integer arithmetic.
/// `None` when that does not fit in 128 bits (core::fmt does those).
fn fixed_exact(ax: f64, n: usize, text: &mut Text) -> Option<Digits> {
    if n > 38 || !ax.is_finite() {
        return None;
    }
    let f = n as i64;
    Some(exact_digits(scaled_round(ax, f)?, f, text))
}

/// `dtoa` in `Sig(n)` mode (n significant digits) by exact integer arithmetic: with
/// 10^k <= |x| < 10^(k+1), the digits of round(|x|·10^(n-1-k)), which has n digits, or n+1
/// when rounding carries into 10^n (then "1" with the point one place further right, as
/// rounding to n digits gives too). `None` when that does not fit (core::fmt does those).
fn sig_exact(ax: f64, n: usize, text: &mut Text) -> Option<Digits> {
    if n == 0 || n > 17 || !ax.is_finite() {
        return None;
    }
    let (m, e) = decode(ax);
    if m == 0 {
        return Some(zero(text));
    }
    // With 2^b <= |x| < 2^(b+1), k is floor(b·log10(2)) or one more. (b·78913) >> 18 is
    // floor(b·log10(2)) for |b| <= 1100 (checked exhaustively with Python fractions).
    let b = e + 63 - m.leading_zeros() as i64;
    let mut f = n as i64 - 1 - ((b * 78913) >> 18);
    let (lo, hi) = (10u128.pow(n as u32 - 1), 10u128.pow(n as u32));
    let mut q = scaled_round(ax, f)?;
    if q > hi {
        // k is one more: n+1 digits (and not just a carry into 10^n).
        f -= 1;
        q = scaled_round(ax, f)?;
    }
    if !(lo..=hi).contains(&q) {
        return None; // cannot happen; core::fmt is the safe answer
    }
    Some(exact_digits(q, f, text))
}

/// Appends the digits at positions [a, b) of the virtual digit string: `digits` at positions
/// 0..len, '0' everywhere else.
fn push_digits(out: &mut Vec<u8>, digits: &[u8], a: i64, b: i64) {
    if a >= b {
        return;
    }
    let n = digits.len() as i64;
    let zeros = |out: &mut Vec<u8>, k: i64| out.resize(out.len() + k.max(0) as usize, b'0');
    zeros(out, b.min(0) - a);
    out.extend_from_slice(&digits[a.clamp(0, n) as usize..b.clamp(0, n) as usize]);
    zeros(out, b - a.max(n));
}

/// PyOS_double_to_string: x by `code` (e E f F g G, or r for repr) and precision with the
/// ALT/DOT0/NO_NEG_0 flags, laid out as CPython's format_float_short.
fn double_to_string(x: f64, code: u8, prec: usize, flags: u8, out: &mut Vec<u8>) {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (alt, dot0) = (flags & ALT != 0, flags & DOT0 != 0);
    let mut neg = x.is_sign_negative() && !x.is_nan();
    if !x.is_finite() {
        if neg {
            out.push(b'-');
        }
        out.extend_from_slice(match (x.is_nan(), upper) {
            (true, false) => b"nan",
            (true, true) => b"NAN",
            (false, false) => b"inf",
            (false, true) => b"INF",
        });
        return;
    }
    let p = match code {
        b'e' => prec.saturating_add(1),
        b'g' => prec.max(1),
        _ => prec,
    };
    let mode = match code {
        b'e' | b'g' => Mode::Sig(p),
        b'f' => Mode::Fixed(p),
        _ => Mode::Shortest,
    };
    let mut text = Text::new();
    let (lo, hi, mut decpt) = dtoa(x, mode, &mut text);
    let digits = &text.bytes()[lo..hi];
    if flags & NO_NEG_0 != 0 && digits == b"0" {
        neg = false;
    }
    let p = p as i64;
    let n = digits.len() as i64;
    // Output the virtual digit string (digits padded with zeros both sides) over
    // [start, end), with the point before position `decpt`.
    let (use_exp, mut end) = match code {
        b'e' => (true, p),
        b'f' => (false, decpt + p),
        b'g' => (decpt <= -4 || decpt > p - dot0 as i64, if alt { p } else { n }),
        _ => (decpt <= -4 || decpt > 16, n),
    };
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    let start = if decpt <= 0 { decpt - 1 } else { 0 };
    end = end.max(decpt + (!use_exp && dot0) as i64);
    // Room for the sign, the digits, the point and an exponent: one allocation at most.
    out.reserve((end - start).max(0) as usize + 8);
    if neg {
        out.push(b'-');
    }
    if start <= decpt && decpt < end {
        push_digits(out, digits, start, decpt);
        out.push(b'.');
        push_digits(out, digits, decpt, end);
    } else {
        push_digits(out, digits, start, end);
    }
    if end == decpt && alt {
        out.push(b'.');
    }
    if use_exp {
        // "e+05", "e-324": a sign and at least two digits.
        out.push(if upper { b'E' } else { b'e' });
        out.push(if exp < 0 { b'-' } else { b'+' });
        if (-9..=9).contains(&exp) {
            out.push(b'0');
        }
        out.extend_from_slice(digits_of(exp.unsigned_abs(), 10, false, &mut [0; 64]));
    }
}

/// format_float_internal: a float by a parsed spec of type '\0', e, E, f, F, g, G, n or %.
fn float_spec(x: f64, sp: &Spec, out: &mut Vec<u8>) -> Result<(), PyErr> {
    if sp.prec > i32::MAX as i64 {
        return Err(value_error("precision too big"));
    }
    let mut flags = if sp.alt { ALT } else { 0 } | if sp.z { NO_NEG_0 } else { 0 };
    let (mut code, mut x, mut default) = (sp.ty as u8, x, 6);
    if code == 0 {
        // No type: repr, or with a precision like 'g' keeping a digit after the point.
        flags |= DOT0;
        code = b'r';
        default = 0;
    }
    if code == b'n' {
        code = b'g';
    }
    let pct = code == b'%';
    if pct {
        code = b'f';
        x *= 100.0;
    }
    let prec = if sp.prec < 0 {
        default
    } else {
        if code == b'r' {
            code = b'g';
        }
        sp.prec as usize
    };
    // The number is written straight into `out`, then laid out in place.
    let at = out.len();
    double_to_string(x, code, prec, flags, out);
    if pct {
        out.push(b'%');
    }
    if sp.width < 0 && sp.sep == 0 {
        // No padding and no grouping (write_number would copy the text as is): only a
        // '+' or ' ' sign option may add a character.
        if matches!(sp.sign, b'+' | b' ') && out.get(at) != Some(&b'-') {
            out.insert(at, sp.sign);
        }
        return Ok(());
    }
    let mut s = Text::new();
    s.push(&out[at..]);
    out.truncate(at);
    let s = s.bytes();
    let (neg, body) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, s),
    };
    let n = body.iter().take_while(|c| c.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(n);
    let decimal = rest.first() == Some(&b'.');
    write_number(out, sp, neg, b"", digits, decimal, &rest[decimal as usize..]);
    Ok(())
}

// ---- repr and %-formatting ----

/// repr(s), or ascii(s) when `ascii` (all non-ASCII characters escaped).
/// ascii() of a value whose repr is `repr`: its non-ASCII characters escaped.
fn ascii_into(repr: &[u8], out: &mut Vec<u8>) {
    for c in chars(repr) {
        match c as u32 {
            0..=0x7F => push_char(out, c),
            u @ 0..=0xFF => put(out, format_args!("\\x{u:02x}")),
            u @ 0..=0xFFFF => put(out, format_args!("\\u{u:04x}")),
            u => put(out, format_args!("\\U{u:08x}")),
        }
    }
}

fn repr_into(s: &[u8], ascii: bool, out: &mut Vec<u8>) {
    let quote = if s.contains(&b'\'') && !s.contains(&b'"') { '"' } else { '\'' };
    push_char(out, quote);
    for c in chars(s) {
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            _ if c == quote => {
                out.push(b'\\');
                push_char(out, c);
            }
            ' '..='~' => push_char(out, c),
            _ if c > '\x7f' && !ascii && printable(c as u32) => push_char(out, c),
            _ => match c as u32 {
                u @ 0..=0xFF => put(out, format_args!("\\x{u:02x}")),
                u @ 0..=0xFFFF => put(out, format_args!("\\u{u:04x}")),
                u => put(out, format_args!("\\U{u:08x}")),
            },
        }
    }
    push_char(out, quote);
}

/// The non-printable ranges `(first, last)`, decoded from `NONPRINTABLE` on first use.
static NONPRINTABLE_RANGES: crate::object::Global<Vec<(u32, u32)>> = crate::object::Global::new(Vec::new());

fn nonprintable_ranges() -> &'static [(u32, u32)] {
    // SAFETY: single-threaded; filled once, never changed afterwards.
    let ranges = unsafe { &mut *NONPRINTABLE_RANGES.get() };
    if ranges.is_empty() {
        let mut bytes = NONPRINTABLE.iter();
        let mut varint = || {
            let mut v = 0u32;
            for shift in [0, 7, 14] {
                let b = *bytes.next()?;
                v |= ((b & 0x7F) as u32) << shift;
                if b < 0x80 {
                    return Some(v);
                }
            }
            None
        };
        let mut pos = 0x80;
        while let (Some(gap), Some(len)) = (varint(), varint()) {
            let start = pos + gap;
            ranges.push((start, start + len));
            pos = start + len + 1;
        }
    }
    ranges
}

/// Whether a non-ASCII character is printable (str.isprintable, Unicode 14 as CPython 3.11).
pub(crate) fn printable(c: u32) -> bool {
    let ranges = nonprintable_ranges();
    // The last range starting at or before c decides.
    let i = ranges.partition_point(|&(first, _)| first <= c);
    !(i > 0 && c <= ranges[i - 1].1)
}

/// The type name of a %-argument, for error messages.
fn type_name<'a>(arg: Arg<'a>) -> &'a str {
    match arg {
        Arg::None => "NoneType",
        Arg::Bool(_) => "bool",
        Arg::Int(_) => "int",
        Arg::Float(_) => "float",
        Arg::Str(_) => "str",
        Arg::Obj(_, _, name) => core::str::from_utf8(name).unwrap_or("object"),
    }
}

fn next_arg<'a>(args: &[Arg<'a>], next: &mut usize) -> Result<Arg<'a>, PyErr> {
    let arg = args.get(*next).copied();
    *next += 1;
    arg.ok_or_else(|| type_error("not enough arguments for format string"))
}

/// A `*` width or precision.
fn star_arg(args: &[Arg], next: &mut usize) -> Result<i64, PyErr> {
    match next_arg(args, next)? {
        Arg::Int(v) => Ok(v),
        Arg::Bool(b) => Ok(b as i64),
        _ => Err(type_error("* wants int")),
    }
}

/// A width or precision in a %-format; None if there are no digits.
fn percent_number(f: &[char], i: &mut usize, max: i64, msg: &str) -> Result<Option<i64>, PyErr> {
    let start = *i;
    let mut v: i64 = 0;
    while let Some(d) = f.get(*i).and_then(|c| c.to_digit(10)) {
        if v > (max - d as i64) / 10 {
            return Err(value_error(msg));
        }
        v = v * 10 + d as i64;
        *i += 1;
    }
    Ok((*i > start).then_some(v))
}

/// str(arg) for %s, repr(arg) for %r, ascii(arg) for %a.
fn arg_str(arg: Arg, conv: char, out: &mut Vec<u8>) {
    match arg {
        Arg::None => out.extend_from_slice(b"None"),
        Arg::Bool(b) => out.extend_from_slice(if b { b"True" } else { b"False" }),
        Arg::Int(v) => int_decimal(v, out),
        Arg::Float(x) => float_repr(x, out),
        Arg::Str(s) if conv == 's' => out.extend_from_slice(s),
        Arg::Str(s) => repr_into(s, conv == 'a', out),
        Arg::Obj(text, _, _) if conv == 's' => out.extend_from_slice(text),
        Arg::Obj(_, text, _) if conv == 'r' => out.extend_from_slice(text),
        Arg::Obj(_, text, _) => ascii_into(text, out),
    }
}

/// %d %i %u %o %x %X as _PyUnicode_FormatLong: sign, 0x/0o prefix if `alt`, the digits
/// zero-extended to `prec`. Floats are truncated for d/i/u and refused for o/x/X.
fn percent_int(arg: Arg, conv: char, alt: bool, prec: i64, s: &mut Vec<u8>) -> Result<(), PyErr> {
    let (base, prefix): (u64, &[u8]) = match conv {
        'o' => (8, b"0o"),
        'x' => (16, b"0x"),
        'X' => (16, b"0X"),
        _ => (10, b""),
    };
    let mut buf = [0; 64];
    let mut big = Vec::new();
    let (neg, digits): (bool, &[u8]) = match arg {
        Arg::Int(v) => (v < 0, digits_of(v.unsigned_abs(), base, conv == 'X', &mut buf)),
        Arg::Bool(b) => (false, if b { b"1" } else { b"0" }),
        Arg::Float(x) if base == 10 && x.is_nan() => {
            return Err(value_error("cannot convert float NaN to integer"));
        }
        Arg::Float(x) if base == 10 && x.is_infinite() => {
            return Err(error(
                EXC_OVERFLOW_ERROR,
                format_args!("cannot convert float infinity to integer"),
            ));
        }
        Arg::Float(x) if base == 10 => {
            let t = trunc(abs(x));
            put(&mut big, format_args!("{t:.0}"));
            (x < 0.0 && t != 0.0, &big)
        }
        _ => {
            let what = if base == 10 { "a real number" } else { "an integer" };
            let t = type_name(arg);
            return Err(error(
                EXC_TYPE_ERROR,
                format_args!("%{conv} format: {what} is required, not {t}"),
            ));
        }
    };
    if prec > i32::MAX as i64 - 3 {
        return Err(error(EXC_OVERFLOW_ERROR, format_args!("precision too large")));
    }
    if neg {
        s.push(b'-');
    }
    if alt {
        s.extend_from_slice(prefix);
    }
    let zeros = (prec - digits.len() as i64).max(0) as usize;
    s.extend((0..zeros).map(|_| b'0'));
    s.extend_from_slice(digits);
    Ok(())
}

/// The non-printable code points above U+007F (str.isprintable() false), as consecutive
/// (gap after the previous range, length - 1) pairs of little-endian base-128 varints.
/// Generated with python3.11 from `not chr(c).isprintable()`.
const NONPRINTABLE: &[u8] = b"\
    \x00\x20\x0c\x00\xca\x05\x01\x06\x03\x07\x00\x01\x00\x14\x00\x8d\x03\x00&\x012\x01\x03\x007\
    \x07\x1b\x03\x06\x10\x16\x00\xc0\x01\x000\x01;\x01e\x0d;\x011\x01\x0f\x00\x1c\x01\x01\x00\x0b\
    \x04\x1f\x08J\x00\xa1\x01\x00\x08\x01\x02\x01\x16\x00\x07\x00\x01\x02\x04\x01\x09\x01\x02\x01\
    \x04\x07\x01\x03\x02\x00\x05\x01\x19\x01\x03\x00\x06\x03\x02\x01\x16\x00\x07\x00\x02\x00\x02\
    \x00\x02\x01\x01\x00\x05\x03\x02\x01\x03\x02\x01\x06\x04\x00\x01\x06\x11\x09\x03\x00\x09\x00\
    \x03\x00\x16\x00\x07\x00\x02\x00\x05\x01\x0a\x00\x03\x00\x03\x01\x01\x0e\x04\x01\x0c\x06\x07\
    \x00\x03\x00\x08\x01\x02\x01\x16\x00\x07\x00\x02\x00\x05\x01\x09\x01\x02\x01\x03\x06\x03\x03\
    \x02\x00\x05\x01\x12\x09\x02\x00\x06\x02\x03\x00\x04\x02\x02\x00\x01\x00\x02\x02\x02\x02\x03\
    \x02\x0c\x03\x05\x02\x03\x00\x04\x01\x01\x05\x01\x0d\x15\x04\x0d\x00\x03\x00\x17\x00\x10\x01\
    \x09\x00\x03\x00\x04\x06\x02\x00\x03\x01\x01\x01\x04\x01\x0a\x06\x16\x00\x03\x00\x17\x00\x0a\
    \x00\x05\x01\x09\x00\x03\x00\x04\x06\x02\x05\x02\x00\x04\x01\x0a\x00\x02\x0c\x0d\x00\x03\x003\
    \x00\x03\x00\x06\x03\x10\x01\x1a\x00\x03\x00\x12\x02\x18\x00\x09\x00\x01\x01\x07\x02\x01\x03\
    \x06\x00\x01\x00\x08\x05\x0a\x01\x03\x0b:\x03\x1d$\x02\x00\x01\x00\x05\x00\x18\x00\x01\x00\x17\
    \x01\x05\x00\x01\x00\x06\x01\x0a\x01\x04\x1fH\x00$\x03'\x00$\x00\x0f\x00\x0d$\xc6\x01\x00\x01\
    \x04\x01\x01\xf9\x02\x00\x04\x01\x07\x00\x01\x00\x04\x01)\x00\x04\x01!\x00\x04\x01\x07\x00\x01\
    \x00\x04\x01\x0f\x009\x00\x04\x01C\x01\x20\x02\x1a\x05V\x01\x06\x01\x80\x05\x00\x1c\x02Y\x06\
    \x16\x08\x18\x08\x14\x0b\x0d\x00\x03\x00\x02\x0b^\x01\x0a\x05\x0a\x05\x0e\x00\x0b\x05Y\x06+\
    \x04F\x09\x1f\x00\x0c\x03\x0c\x03\x01\x02*\x01\x05\x0a,\x03\x1a\x05\x0b\x02>\x01A\x00\x1d\x01\
    \x0b\x05\x0a\x05\x0e\x01\x1f0M\x02/\x00t\x07<\x02\x0f\x02<\x06+\x01\x0b\x07+\x04\x96\x04\x01\
    \x06\x01&\x01\x06\x01\x08\x00\x01\x00\x01\x00\x01\x00\x1f\x015\x00\x0f\x00\x0e\x01\x06\x00\x13\
    \x01\x03\x00\x09\x10\x18\x07/\x10\x02\x01\x1b\x00\x0d\x02!\x0e!\x0e\x8c\x01\x03\x97\x05\x18\
    \x0b\x14\x94\x0e\x01\x20\x00\xdd\x02\x04-\x00\x01\x04\x01\x018\x06\x02\x0d\x18\x08\x07\x00\x07\
    \x00\x07\x00\x07\x00\x07\x00\x07\x00\x07\x00\x07\x00~!\x1a\x00Y\x0b\xd6\x01\x19\x0c\x04?\x00V\
    \x01g\x04+\x00^\x00T\x0b/\x00\xed\xe4\x01\x027\x08\xdc\x02\x13\xb8\x01\x07\xcb\x01\x04\x02\x00\
    \x01\x00\x05\x17;\x02\x0a\x058\x07F\x07\x0c\x05t\x0a\x1e\x02N\x00\x0b\x03!\x007\x08\x0e\x01\
    \x0a\x01g\x17\x1c\x09\x06\x01\x06\x01\x06\x08\x07\x00\x07\x00<\x03~\x01\x0a\x05\xa4W\x0b\x17\
    \x031\x83B\xee\x02\x01j%\x07\x0b\x05\x04\x1a\x00\x05\x00\x01\x00\x02\x00\x02\x00}\x0f\xbd\x03\
    \x016\x06\x01\x1f*\x053\x00\x13\x00\x04\x03\x05\x00\x87\x01\x03\xbe\x01\x02\x06\x01\x06\x01\
    \x06\x01\x03\x02\x07\x00\x07\x0c\x02\x01\x0c\x00\x1a\x00\x13\x00\x02\x00\x0f\x01\x0e!{\x04\x03\
    \x03-\x02X\x00\x0d\x02\x01..\x81\x01\x1d\x021\x0e\x1c\x03$\x08\x1e\x04+\x04\x1e\x00%\x03\x0e)\
    \x9e\x01\x01\x0a\x05$\x03$\x03(\x074\x0a\x0c\x00\x0f\x00\x07\x00\x02\x00\x0b\x00\x0f\x00\x07\
    \x00\x02B\xb7\x02\x08\x16\x09\x08\x17\x06\x00*\x00\x09D\x06\x01\x01\x00,\x00\x02\x02\x01\x01\
    \x17\x00H\x07\x09/\x13\x00\x02\x04!\x02\x1b\x04\x01?8\x03\x14\x012\x00\x02\x04\x08\x00\x03\x00\
    \x1d\x01\x03\x03\x0a\x06\x09\x06@\x1f'\x03\x0c\x086\x02\x1d\x01\x1b\x04\x1a\x06\x04\x0b\x07OI6\
    3\x0c3\x06.\x07\x0a\xa5\x02\x1f\x00*\x00\x03\x01\x02M(\x07*\x15\x1a%\x1c\x13\x17\x08N\x03$\x08\
    >\x00\x05\x0c\x19\x06\x0a\x055\x00\x12\x07'\x08`\x00\x14\x0a\x12\x00,@\x07\x00\x01\x00\x04\x00\
    \x0f\x00\x0b\x05;\x04\x0a\x05\x04\x00\x08\x01\x02\x01\x16\x00\x07\x00\x02\x00\x05\x00\x0a\x01\
    \x02\x01\x03\x01\x01\x05\x01\x04\x07\x01\x07\x02\x05\x8a\x01\x5c\x00\x05\x1dH\x07\x0a\xa5\x016\
    \x01&!E\x0a\x0a\x05\x0d\x12:\x05\x0a5\x1b\x01\x0f\x03\x17\xb8\x01<cS\x0b\x08\x01\x01\x01\x08\
    \x00\x02\x00\x1e\x00\x02\x01\x0c\x08\x0aE\x08\x01.\x01\x0b\x1aH\x07S\x0cI\x86\x02\x09\x00-\x00\
    \x0e\x09\x1d\x02\x20\x01\x16\x00\x0eH\x07\x00\x02\x00,\x02\x01\x00\x02\x00\x09\x07\x0a\x05\x06\
    \x00\x02\x00%\x00\x02\x00\x06\x06\x0a\xb5\x02\x19\xb6\x01\x01\x0e2\x0c\x9b\x07eo\x00\x05\x0a\
    \xc4\x01\xcb\x14c\x0c\xaf\x08\xd0\x1f\xc7\x04\xb8C\xb9\x04\x06\x1f\x00\x0a\x03Q\x00\x0a\x05\
    \x1e\x01\x06\x09F\x09\x0a\x00\x07\x00\x15\x04\x13\xaf\x05[dK\x039\x06\x11?\x05\x0a\x02\x0d\xf8\
    /\x07\xd6\x09)\x09\xe6E\x04\x00\x07\x00\x02\x00\xa3\x02,\x03\x10\x04\x07\x8c\x03\x83\x12k\x04\
    \x0d\x02\x09\x06\x0a\x01\x04\xdf$.\x01\x17\x08t;\xf6\x01\x09'\x01J\x07p\x14F\x99\x01\x14\x0bW\
    \x08\x19\x86\x01U\x00G\x00\x02\x01\x01\x01\x02\x01\x04\x00\x0c\x00\x01\x00\x07\x00A\x00\x04\
    \x01\x08\x00\x07\x00\x1c\x00\x04\x00\x05\x00\x01\x02\x07\x00\xd4\x02\x01\xa4\x02\x01\xbe\x05\
    \x0e\x05\x00\x0f\xcf\x08\x1f\xe0\x01\x07\x00\x11\x01\x07\x00\x02\x00\x05\xd4\x01-\x02\x0e\x01\
    \x0a\x03\x02\xbf\x02\x1f\x10:\x04\x01\xdf\x09\x07\x00\x04\x00\x02\x00\x0f\x00\xc5\x01\x01\x10(\
    L\x03\x0a\x03\x02\x90\x06DK=\xc1\x01\x04\x00\x1b\x00\x02\x00\x01\x01\x01\x00\x0a\x00\x04\x00\
    \x01\x00\x01\x05\x01\x03\x01\x00\x01\x00\x01\x00\x03\x00\x02\x00\x01\x01\x01\x00\x01\x00\x01\
    \x00\x01\x00\x01\x00\x02\x00\x01\x01\x04\x00\x07\x00\x04\x00\x04\x00\x01\x00\x0a\x00\x11\x04\
    \x03\x00\x05\x00\x113\x02\x8d\x02,\x03d\x0b\x0f\x01\x0f\x00\x0f\x00%\x09\xae\x017\x1d\x0c,\x03\
    \x09\x06\x02\x0d\x06\x99\x01\xd8\x07\x04\x10\x02\x0d\x02t\x0bY\x06\x0c\x03\x01\x0e\x0c\x038\
    \x07\x0a\x05(\x07\x1e\x01\x02M\xd4\x02\x0b\x0e\x01\x05\x02\x05\x02\x07\x08\x1d\x02\x0b\x04\x06\
    \x09\x0a\x05\x08\x07\x07\x08\x93\x01\x007$\x0a\x85\x08\xe0\xcd\x02\x1f\xb9\x20\x06\xde\x01\x01\
    \x82-\x0d\xb1:\x9e\x18\x9e\x04\xe1\x0b\xcb&\xb4\xdb+\xf0\x01\x8f\xfc\x0b";

#[cfg(test)]
mod tests {
    //! Expected values were produced by CPython 3.11 (`python3`); `python_cross_check`
    //! compares random inputs against a local python3 when there is one.
    use super::*;
    use std::string::String;

    /// Output of a function that cannot fail.
    fn text(f: impl FnOnce(&mut Vec<u8>)) -> String {
        show(|o| {
            f(o);
            Ok(())
        })
    }

    fn show(f: impl FnOnce(&mut Vec<u8>) -> Result<(), PyErr>) -> String {
        let mut out = Vec::new();
        match f(&mut out) {
            Ok(()) => String::from_utf8(out).expect("valid UTF-8"),
            Err(e) => {
                let kind =
                    crate::abi::EXC_KINDS.iter().find(|k| k.0 == e.kind).map_or("?", |k| k.1);
                std::format!("!{kind}: {}", String::from_utf8_lossy(&e.msg))
            }
        }
    }

    #[test]
    fn float_reprs() {
        for &(x, want) in REPRS {
            assert_eq!(text(|o| float_repr(x, o)), want, "repr({x:?})");
            assert_eq!(show(|o| format_float(x, b"", o)), want, "format({x:?}, '')");
        }
    }

    #[test]
    fn float_formats() {
        for &(x, spec, want) in FLOAT_FORMATS {
            assert_eq!(
                show(|o| format_float(x, spec.as_bytes(), o)),
                want,
                "format({x:?}, {spec:?})"
            );
        }
    }

    #[test]
    fn int_formats() {
        for &(x, spec, want) in INT_FORMATS {
            assert_eq!(show(|o| format_int(x, spec.as_bytes(), o)), want, "format({x}, {spec:?})");
        }
    }

    #[test]
    fn str_formats() {
        for &(s, spec, want) in STR_FORMATS {
            let got = show(|o| format_str(s.as_bytes(), spec.as_bytes(), o));
            assert_eq!(got, want, "format({s:?}, {spec:?})");
        }
    }

    #[test]
    fn str_reprs() {
        for &(s, repr, ascii) in STR_REPRS {
            assert_eq!(text(|o| str_repr(s.as_bytes(), o)), repr, "repr({s:?})");
            let got = show(|o| percent_format(b"%a", &[Arg::Str(s.as_bytes())], o));
            assert_eq!(got, ascii, "ascii({s:?})");
        }
    }

    #[test]
    fn percent_formats() {
        for &(fmt, args, want) in PERCENTS {
            assert_eq!(
                show(|o| percent_format(fmt.as_bytes(), args, o)),
                want,
                "{fmt:?} % {args:?}"
            );
        }
    }

    #[test]
    fn rounding() {
        for &(x, n, want) in ROUNDS {
            let got = float_round_to(x, n);
            assert!(
                got.to_bits() == want.to_bits() || got.is_nan() && want.is_nan(),
                "round({x:?}, {n}) = {got:?}"
            );
        }
        // CPython raises OverflowError here.
        assert_eq!(float_round_to(1.7976931348623157e308, -308), f64::INFINITY);
    }

    #[test]
    fn int_text() {
        let cases: &[(i64, &str, &str, &str, &str)] = &[
            (0, "0", "0x0", "0o0", "0b0"),
            (255, "255", "0xff", "0o377", "0b11111111"),
            (-255, "-255", "-0xff", "-0o377", "-0b11111111"),
            (
                i64::MAX,
                "9223372036854775807",
                "0x7fffffffffffffff",
                "0o777777777777777777777",
                "0b111111111111111111111111111111111111111111111111111111111111111",
            ),
            (
                i64::MIN,
                "-9223372036854775808",
                "-0x8000000000000000",
                "-0o1000000000000000000000",
                "-0b1000000000000000000000000000000000000000000000000000000000000000",
            ),
        ];
        for &(x, dec, hex, oct, bin) in cases {
            assert_eq!(text(|o| int_decimal(x, o)), dec);
            assert_eq!(text(|o| int_prefixed(x, 16, o)), hex);
            assert_eq!(text(|o| int_prefixed(x, 8, o)), oct);
            assert_eq!(text(|o| int_prefixed(x, 2, o)), bin);
        }
    }

    /// Random floats and ints through repr, format, round and %, against python3 if present.
    #[test]
    fn python_cross_check() {
        const SCRIPT: &str = r#"
import sys, struct
def f(b): return struct.unpack('<d', struct.pack('<Q', int(b, 16)))[0]
for line in sys.stdin:
    k, a, b = line.rstrip('\n').split('\t')
    try:
        if k == 'F': r = format(f(a), b)
        elif k == 'I': r = format(int(a), b)
        elif k == 'R': r = '%016x' % struct.unpack('<Q', struct.pack('<d', round(f(a), int(b))))[0]
        elif k == 'P': r = b % f(a)
        elif k == 'Q': r = b % int(a)
        elif k == 'U':  # the non-printable ranges above U+007F as "lo-hi" (hi exclusive)
            np = [c < 0x110000 and not chr(c).isprintable() for c in range(0x80, 0x110001)]
            edges = [c + 0x80 for c in range(1, len(np)) if np[c] != np[c - 1]]
            r = ' '.join('%x-%x' % (a, b) for a, b in zip([0x80] + edges[1::2], edges[0::2]))
    except Exception as e: r = '!%s: %s' % (type(e).__name__, e)
    print(r)
"#;
        let mut seed = 0x9E3779B97F4A7C15u64;
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let float_specs = [
            "", ".0", ".1", ".3", ".12", ".17", "e", ".0e", ".3e", ".16E", "f", ".0f", ".2f",
            ".10f", "g", ".0g", ".1g", ".3g", ".16g", ".17g", "#g", "#.3g", "G", "%", ".1%", "n",
            ",", ",.2f", "_.3e", "+", " .2f", "012.3f", "<15", "^15.4g", "*>12", "z.1f", "#",
            "#.0e", "#.0f", "015,.2f", "=+12.3f", "010", "z", "-.5", ".30g",
        ];
        let int_specs = [
            "", "d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", ",", "_", "_b", "_x", "#_x",
            "010", "+", " ", "=+10", "^10", "<10", "*^11,", "e", ".2f", "%", "g", "n", "0=15,",
            "#012_b", "012,", "+#x", "030_o", "-=25,", ".3e",
        ];
        let percents =
            ["%.3f", "%10.4e", "%-+8.2g|", "%#.0f", "% 012.5G", "%r", "%s", "%d", "%5.1f%%"];
        let int_percents = ["%d", "%#x", "%05d", "%+.8x", "%#X", "%-#12o|", "% d", "%.3i", "%c"];
        let mut lines = Vec::new();
        let mut floats = Vec::new();
        for i in 0..3000 {
            let x = match i % 4 {
                0 => f64::from_bits(rand()),
                1 => {
                    (rand() % 2_000_001) as f64
                        / [1.0, 10.0, 100.0, 1000.0, 1e6][(rand() % 5) as usize]
                }
                2 => {
                    (rand() >> 11) as f64 / (1u64 << 53) as f64
                        * 10f64.powi((rand() % 61) as i32 - 30)
                }
                _ => {
                    (rand() as i64 >> (rand() % 64)) as f64
                        * if rand() % 2 == 0 { 0.5 } else { -1.0 }
                }
            };
            floats.push(x);
            for spec in float_specs {
                lines.push(std::format!("F\t{:016x}\t{spec}", x.to_bits()));
            }
            lines.push(std::format!("R\t{:016x}\t{}", x.to_bits(), (rand() % 30) as i64 - 10));
            let p = percents[(rand() % percents.len() as u64) as usize];
            lines.push(std::format!("P\t{:016x}\t{p}", x.to_bits()));
        }
        let mut ints = Vec::new();
        for _ in 0..1000 {
            let v = rand() as i64 >> (rand() % 64);
            ints.push(v);
            for spec in int_specs {
                lines.push(std::format!("I\t{v}\t{spec}"));
            }
            let p = int_percents[(rand() % int_percents.len() as u64) as usize];
            lines
                .push(std::format!("Q\t{}\t{p}", if p == "%c" { v.rem_euclid(0xD800) } else { v }));
        }
        lines.push("U\t\t".into());
        let Some(expected) = crate::exc::testing::python_lines(SCRIPT, &lines) else { return };
        let expected: Vec<&str> = expected.iter().map(String::as_str).collect();
        let (mut fi, mut ii) = (0, 0);
        let mut failures = Vec::new();
        for (line, &want) in lines.iter().zip(&expected) {
            let mut parts = line.split('\t');
            let (k, a, b) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
            let got = match k {
                "F" => show(|o| {
                    format_float(
                        f64::from_bits(u64::from_str_radix(a, 16).unwrap()),
                        b.as_bytes(),
                        o,
                    )
                }),
                "I" => show(|o| format_int(a.parse().unwrap(), b.as_bytes(), o)),
                "R" => {
                    fi += 1;
                    if want.starts_with('!') {
                        continue; // OverflowError in CPython
                    }
                    let x = f64::from_bits(u64::from_str_radix(a, 16).unwrap());
                    std::format!("{:016x}", float_round_to(x, b.parse().unwrap()).to_bits())
                }
                "P" => show(|o| percent_format(b.as_bytes(), &[Arg::Float(floats[fi - 1])], o)),
                "Q" => {
                    ii += 1;
                    let v = if b == "%c" { ints[ii - 1].rem_euclid(0xD800) } else { ints[ii - 1] };
                    show(|o| percent_format(b.as_bytes(), &[Arg::Int(v)], o))
                }
                _ => {
                    // Both ends of every non-printable range, and the characters around it.
                    let ranges: Vec<&str> = want.split(' ').collect();
                    assert_eq!(ranges.len(), 700);
                    for range in ranges {
                        let (lo, hi) = range.split_once('-').unwrap();
                        let lo = u32::from_str_radix(lo, 16).unwrap();
                        let hi = u32::from_str_radix(hi, 16).unwrap();
                        assert!(!printable(lo) && !printable(hi - 1), "U+{lo:X}..U+{hi:X}");
                        assert!(printable(hi) && (lo == 0x80 || printable(lo - 1)), "U+{lo:X}");
                    }
                    continue;
                }
            };
            if got != want {
                failures.push(std::format!("{line:?}: got {got:?}, want {want:?}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} mismatches:\n{}",
            failures.len(),
            failures[..failures.len().min(30)].join("\n")
        );
    }

    /// repr and common format specs of ~200k floats against python3 (one batched run): raw bit
    /// patterns, everyday quotients, powers, subnormals, extremes, and values exactly halfway
    /// between two shortest candidates (where `dtoa` must round to even as David Gay's dtoa).
    #[test]
    fn python_float_text() {
        const SPECS: [&str; 10] =
            [".3f", ".0f", ".17g", "e", "g", "%", ".1e", "12.4f", ".25f", ".12e"];
        const SCRIPT: &str = r#"
import sys, struct
specs = ['.3f', '.0f', '.17g', 'e', 'g', '%', '.1e', '12.4f', '.25f', '.12e']
out = []
for h in sys.stdin:
    x = struct.unpack('>d', bytes.fromhex(h.strip()))[0]
    out.append('\t'.join([repr(x)] + [format(x, s) for s in specs]))
print('\n'.join(out))
"#;
        let mut xs: Vec<f64> = Vec::new();
        let mut seed = 0x2545F4914F6CDD1Du64;
        let mut rand = move || {
            // Knuth's MMIX LCG, high bits.
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            seed ^ (seed >> 29)
        };
        for _ in 0..100_000 {
            xs.push(f64::from_bits(rand()));
        }
        for i in 0..12_000 {
            let i = i as f64;
            xs.extend([i / 3.0, i / 7.0, i * 0.1, -i / 3.0, i / 1000.0, i * 1e-7]);
        }
        for k in -1074..=1023 {
            let p = 2f64.powi(k);
            xs.extend([p, p * 3.0, p * 0.75]);
        }
        for k in -323..=308 {
            xs.push(std::format!("1e{k}").parse().unwrap());
            xs.push(std::format!("5e{k}").parse().unwrap());
        }
        for _ in 0..5_000 {
            xs.push(f64::from_bits(rand() >> 12)); // subnormals
        }
        xs.extend([
            0.0,
            -0.0,
            0.5,
            2.5,
            0.125,
            1e16,
            1e22,
            1e23,
            5e-324,
            1.7976931348623157e308,
            2.2250738585072014e-308,
            9007199254740992.0,
            0.05,
            0.15,
            0.25,
            0.35,
            1.5,
            2.675,
            123456789.125,
        ]);
        xs.extend([1e15 + 0.25, 1e15 + 0.5, 1e15 + 0.75]); // 1000000000000000.25 ...
                                                           // Values with 2·x·10^j an odd integer, i.e. halfway between two numbers with digits
                                                           // down to the 10^-j place: m·2^e with e = -(1+j+trailing_zeros(m)), and, for j < 0,
                                                           // m a multiple of 5^-j (see `halfway`).
        let mut ties = 0;
        for _ in 0..40_000 {
            let j = (rand() % 45) as i64 - 22;
            let mut m = (rand() >> 11) | 1 << 52;
            if j < 0 {
                let f = 5u64.pow(-j as u32);
                m = (m / f).max(1) * f;
            }
            let e = -(1 + j + m.trailing_zeros() as i64);
            let x = m as f64 * 2f64.powi(e as i32);
            ties += halfway(x, j) as usize;
            xs.push(x);
        }
        assert!(ties > 30_000, "{ties}");
        let lines: Vec<String> = xs.iter().map(|x| std::format!("{:016x}", x.to_bits())).collect();
        let Some(expected) = crate::exc::testing::python_lines(SCRIPT, &lines) else { return };
        let mut failures = Vec::new();
        for (&x, want) in xs.iter().zip(expected) {
            let mut got = text(|o| float_repr(x, o));
            for spec in SPECS {
                got.push('\t');
                got.push_str(&show(|o| format_float(x, spec.as_bytes(), o)));
            }
            if got != want {
                let bits = x.to_bits();
                failures.push(std::format!("{x:?} ({bits:016x}): got {got:?}, want {want:?}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} mismatches:\n{}",
            failures.len(),
            failures[..failures.len().min(30)].join("\n")
        );
    }

    const REPRS: &[(f64, &str)] = &[
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (0.1, "0.1"),
        (15.0, "15.0"),
        (1e+16, "1e+16"),
        (1.5e-05, "1.5e-05"),
        (1e-05, "1e-05"),
        (1.2345e+20, "1.2345e+20"),
        (1234567890123456.0, "1234567890123456.0"),
        (123456789012345.0, "123456789012345.0"),
        (1.2345678901234568e+16, "1.2345678901234568e+16"),
        (0.0001, "0.0001"),
        (0.00012345, "0.00012345"),
        (0.0001, "0.0001"),
        (1e+16, "1e+16"),
        (1000000000000000.0, "1000000000000000.0"),
        (2.000000000000001e+16, "2.000000000000001e+16"),
        (5e-324, "5e-324"),
        (1.7976931348623157e+308, "1.7976931348623157e+308"),
        (2.2250738585072014e-308, "2.2250738585072014e-308"),
        (0.3333333333333333, "0.3333333333333333"),
        (0.6666666666666666, "0.6666666666666666"),
        (100.0, "100.0"),
        (-2.5, "-2.5"),
        (1e+22, "1e+22"),
        (1e+23, "1e+23"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (123.456, "123.456"),
        (0.3, "0.3"),
        (1.1, "1.1"),
        (9007199254740992.0, "9007199254740992.0"),
        (4.35, "4.35"),
        (-1e-300, "-1e-300"),
    ];
    const FLOAT_FORMATS: &[(f64, &str, &str)] = &[
        (1.0, ".3", "1.0"),
        (1234.5, ".3", "1.23e+03"),
        (1e+20, "", "1e+20"),
        (1e+16, "#", "1.e+16"),
        (1.0, "#", "1.0"),
        (1e+20, ".3", "1e+20"),
        (123.0, ".3", "1.23e+02"),
        (12.0, ".3", "12.0"),
        (0.0, ".3", "0.0"),
        (1e-05, ".3", "1e-05"),
        (0.0001, ".2", "0.0001"),
        (4.14159, ".2f", "4.14"),
        (4.14159, "10.3f", "     4.142"),
        (-4.14159, "010.3f", "-00004.142"),
        (4.14159, "<10.2f", "4.14      "),
        (4.14159, "^10.2f", "   4.14   "),
        (4.14159, "*^11.2f", "***4.14****"),
        (4.14159, "+.2f", "+4.14"),
        (4.14159, " .2f", " 4.14"),
        (-4.14159, " .2f", "-4.14"),
        (0.125, ".2f", "0.12"),
        (0.375, ".2f", "0.38"),
        (2.675, ".2f", "2.67"),
        (0.5, ".0f", "0"),
        (1.5, ".0f", "2"),
        (2.5, ".0f", "2"),
        (1e+300, ".0f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
        (0.1, ".30f", "0.100000000000000005551115123126"),
        (1.0, "f", "1.000000"),
        (1.0, ".0f", "1"),
        (1.0, "#.0f", "1."),
        (-0.0, "f", "-0.000000"),
        (-0.0001, "z.2f", "0.00"),
        (-0.0, "z", "0.0"),
        (-1e-10, "z.2e", "-1.00e-10"),
        (-0.0, "z.0e", "0e+00"),
        (-0.4, "z.0f", "0"),
        (-0.6, "z.0f", "-1"),
        (12345.6789, "e", "1.234568e+04"),
        (12345.6789, ".2e", "1.23e+04"),
        (12345.6789, ".0e", "1e+04"),
        (12345.6789, "#.0e", "1.e+04"),
        (12345.6789, "E", "1.234568E+04"),
        (1e-300, "e", "1.000000e-300"),
        (0.0, "e", "0.000000e+00"),
        (1e+100, ".3e", "1.000e+100"),
        (9.9999, ".2e", "1.00e+01"),
        (1.125, ".2e", "1.12e+00"),
        (12345.6789, "g", "12345.7"),
        (12345.6789, ".2g", "1.2e+04"),
        (123456789.0, "g", "1.23457e+08"),
        (0.0001, "g", "0.0001"),
        (1e-05, "g", "1e-05"),
        (1e-05, ".0g", "1e-05"),
        (100000.0, "g", "100000"),
        (1000000.0, "g", "1e+06"),
        (1.0, "#g", "1.00000"),
        (1.0, "#.3g", "1.00"),
        (0.0, "g", "0"),
        (1e+20, "G", "1E+20"),
        (1.5e-07, "G", "1.5E-07"),
        (123.456, "#.10g", "123.4560000"),
        (0.25, "%", "25.000000%"),
        (0.25, ".1%", "25.0%"),
        (1.0, ".0%", "100%"),
        (-0.5, "+%", "-50.000000%"),
        (1234.5, "n", "1234.5"),
        (1234567.0, "n", "1.23457e+06"),
        (1234567.891, ",", "1,234,567.891"),
        (1234567.891, ",.2f", "1,234,567.89"),
        (1234567.891, "_.2f", "1_234_567.89"),
        (1234567.891, "_", "1_234_567.891"),
        (-1234567.891, "015,.2f", "-001,234,567.89"),
        (1234.5, "010,.1f", "0,001,234.5"),
        (1234.5, "0=12,.1f", "00,001,234.5"),
        (1e+20, ",", "1e+20"),
        (1234567.0, ",e", "1.234567e+06"),
        (1234567.0, ",g", "1.23457e+06"),
        (1234567.0, ",.10g", "1,234,567"),
        (1.5, "x<+8,.2f", "+1.50xxx"),
        (f64::INFINITY, "", "inf"),
        (f64::INFINITY, "f", "inf"),
        (f64::NEG_INFINITY, "F", "-INF"),
        (f64::NAN, "E", "NAN"),
        (f64::NAN, "+", "+nan"),
        (-f64::NAN, "f", "nan"),
        (f64::INFINITY, "010", "0000000inf"),
        (f64::INFINITY, "=+10", "+      inf"),
        (f64::NEG_INFINITY, "<8", "-inf    "),
        (f64::INFINITY, "%", "inf%"),
        (f64::INFINITY, ",.2f", "inf"),
        (f64::NAN, "G", "NAN"),
        (1.5, "=10", "       1.5"),
        (-1.5, "=10", "-      1.5"),
        (1.5, "010", "00000001.5"),
        (-1.5, "010", "-0000001.5"),
        (1.5, "<010", "1.50000000"),
        (1.5, "*<010", "1.5*******"),
        (1.5, "é^9", "ééé1.5ééé"),
        (1.5, "+010.2e", "+01.50e+00"),
        (1.5, "20", "                 1.5"),
        (1.5, ".100f", "1.5000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (1e+22, "f", "10000000000000000000000.000000"),
        (1e+23, "f", "99999999999999991611392.000000"),
        (5e-324, ".3g", "4.94e-324"),
        (5e-324, "g", "4.94066e-324"),
        (5e-324, "", "5e-324"),
        (1.7976931348623157e+308, ".5g", "1.7977e+308"),
        (1.0, "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (1.0, "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (1.0, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (1.0, "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        (1.0, "5.2.1", "!ValueError: Invalid format specifier '5.2.1' for object of type 'float'"),
        (1.0, ".", "!ValueError: Format specifier missing precision"),
        (1.0, ",_", "!ValueError: Cannot specify both ',' and '_'."),
        (1.0, "_,", "!ValueError: Cannot specify both ',' and '_'."),
        (1.0, ",n", "!ValueError: Cannot specify ',' with 'n'."),
        (1.0, "_n", "!ValueError: Cannot specify '_' with 'n'."),
        (1.0, "é", "!ValueError: Unknown format code '\\xe9' for object of type 'float'"),
        (1.0, "\x01", "!ValueError: Unknown format code '\\x1' for object of type 'float'"),
        (1.0, ",,", "!ValueError: Cannot specify ',' with ','."),
        (1.0, ".2,f", "!ValueError: Invalid format specifier '.2,f' for object of type 'float'"),
        (1.0, "99999999999999999999", "!ValueError: Too many decimal digits in format string"),
        (1.0, ".99999999999", "!ValueError: precision too big"),
        (1.0, "z=10", "zzzzzzz1.0"),
        (1.0, "#z", "!ValueError: Unknown format code 'z' for object of type 'float'"),
        (1.0, "z#.3", "1.00"),
        (-0.0, "z#", "0.0"),
        (1.0, "< ", " 1.0"),
    ];
    const ROUNDS: &[(f64, i64, f64)] = &[
        (2.5, 0, 2.0),
        (0.125, 2, 0.12),
        (2.675, 2, 2.67),
        (150.5, -2, 200.0),
        (150.0, -2, 200.0),
        (250.0, -2, 200.0),
        (50.0, -2, 0.0),
        (51.0, -2, 100.0),
        (-0.4, 0, -0.0),
        (1e+300, 400, 1e+300),
        (5.5, -400, 0.0),
        (-5.5, -400, -0.0),
        (1.23456789e-300, 305, 1.23457e-300),
        (0.5, 0, 0.0),
        (1.5, 0, 2.0),
        (-0.0, -2, -0.0),
        (-0.4, -1, -0.0),
        (-150.0, -2, -200.0),
        (123456.789, -3, 123000.0),
        (123456.789, 1, 123456.8),
        (9.5, 0, 10.0),
        (95.0, -1, 100.0),
        (999.9, -3, 1000.0),
        (999.9, -4, 0.0),
        (0.05, 1, 0.1),
        (0.15, 1, 0.1),
        (0.25, 1, 0.2),
        (0.35, 1, 0.3),
        (1e+22, -21, 1e+22),
        (1e+22, -22, 1e+22),
        (1e+22, -23, 0.0),
        (5e+22, -23, 0.0),
        (6e+22, -23, 1e+23),
        (123.456, -1, 120.0),
        (1.7976931348623157e+308, -300, 1.79769313e+308),
        (f64::NAN, 2, f64::NAN),
        (f64::NEG_INFINITY, -2, f64::NEG_INFINITY),
        (1e-320, 320, 1e-320),
        (4503599627370497.0, -1, 4503599627370500.0),
        (4503599627370495.5, 0, 4503599627370496.0),
        (7.5e-07, 6, 1e-06),
        (2.5e-323, 323, 2e-323),
        (1000000000000000.5, 0, 1000000000000000.0),
    ];
    const INT_FORMATS: &[(i64, &str, &str)] = &[
        (0, "d", "0"),
        (0, "", "0"),
        (42, "", "42"),
        (i64::MIN, "", "-9223372036854775808"),
        (i64::MAX, "", "9223372036854775807"),
        (i64::MIN, "x", "-8000000000000000"),
        (i64::MIN, "#b", "-0b1000000000000000000000000000000000000000000000000000000000000000"),
        (i64::MIN, ",", "-9,223,372,036,854,775,808"),
        (i64::MAX, "_", "9_223_372_036_854_775_807"),
        (255, "x", "ff"),
        (255, "X", "FF"),
        (255, "#x", "0xff"),
        (255, "#X", "0XFF"),
        (255, "#o", "0o377"),
        (255, "#b", "0b11111111"),
        (-255, "#x", "-0xff"),
        (5, "b", "101"),
        (0, "#b", "0b0"),
        (1234567, ",", "1,234,567"),
        (1234567, "_", "1_234_567"),
        (-1234567, ",", "-1,234,567"),
        (123, ",", "123"),
        (1234, ",", "1,234"),
        (3735928559, "_x", "dead_beef"),
        (3735928559, "#_X", "0XDEAD_BEEF"),
        (255, "_b", "1111_1111"),
        (8, "_o", "10"),
        (1234, "010,", "00,001,234"),
        (1234, "010_", "00_001_234"),
        (-1234, "010,", "-0,001,234"),
        (1234, "09,", "0,001,234"),
        (1234, "08,", "0,001,234"),
        (1, "06,", "00,001"),
        (1, "07,", "000,001"),
        (0, "05,", "0,000"),
        (-1, "05,", "-0,001"),
        (255, "#010x", "0x000000ff"),
        (-255, "#010x", "-0x00000ff"),
        (255, "#012_b", "0b0_1111_1111"),
        (255, "012_b", "00_1111_1111"),
        (42, "+", "+42"),
        (42, " ", " 42"),
        (-42, " ", "-42"),
        (42, "-", "42"),
        (42, "=+10", "+       42"),
        (-42, "=10", "-       42"),
        (42, "^10", "    42    "),
        (42, "^9", "   42    "),
        (42, "<10", "42        "),
        (42, "*^11,", "****42*****"),
        (42, "é>5", "ééé42"),
        (42, "0<5", "42000"),
        (42, "0^6", "004200"),
        (-42, "*=+8", "-*****42"),
        (42, ">+8", "     +42"),
        (42, "010", "0000000042"),
        (-42, "010", "-000000042"),
        (42, "+010", "+000000042"),
        (42, "0=10", "0000000042"),
        (1234567, "0=12,d", "0,001,234,567"),
        (42, "e", "4.200000e+01"),
        (42, ".2f", "42.00"),
        (42, "%", "4200.000000%"),
        (42, "g", "42"),
        (1234567, ",.2f", "1,234,567.00"),
        (-42, "E", "-4.200000E+01"),
        (100000000000000000, "g", "1e+17"),
        (i64::MAX, "e", "9.223372e+18"),
        (i64::MAX, ".3g", "9.22e+18"),
        (42, "n", "42"),
        (1234567, "n", "1234567"),
        (-1, "z.1f", "-1.0"),
        (65, "c", "A"),
        (8364, "c", "€"),
        (128512, "^5c", "  😀  "),
        (65, "05c", "0000A"),
        (65, "*>3c", "**A"),
        (-1, "c", "!OverflowError: %c arg not in range(0x110000)"),
        (1114112, "c", "!OverflowError: %c arg not in range(0x110000)"),
        (1114111, "c", "\u{10ffff}"),
        (65, "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        (65, "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        (65, ",c", "!ValueError: Cannot specify ',' with 'c'."),
        (65, ".2c", "!ValueError: Precision not allowed in integer format specifier"),
        (1, ".2", "!ValueError: Precision not allowed in integer format specifier"),
        (1, "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        (
            1,
            "zd",
            "!ValueError: Negative zero coercion (z) not allowed in integer format specifier",
        ),
        (1, "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        (1, "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        (1, "5.2.1", "!ValueError: Invalid format specifier '5.2.1' for object of type 'int'"),
        (1, ".", "!ValueError: Format specifier missing precision"),
        (1, ",_", "!ValueError: Cannot specify both ',' and '_'."),
        (1, "_,", "!ValueError: Cannot specify both ',' and '_'."),
        (1, ",n", "!ValueError: Cannot specify ',' with 'n'."),
        (1, ",x", "!ValueError: Cannot specify ',' with 'x'."),
        (1, ",b", "!ValueError: Cannot specify ',' with 'b'."),
        (1, "_n", "!ValueError: Cannot specify '_' with 'n'."),
        (1, "_c", "!ValueError: Cannot specify '_' with 'c'."),
        (1, "é", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"),
        (1, "\x01", "!ValueError: Unknown format code '\\x1' for object of type 'int'"),
        (1, "\x7f", "!ValueError: Unknown format code '\x7f' for object of type 'int'"),
        (1, "\x00", "!ValueError: Unknown format code '\\x0' for object of type 'int'"),
        (1, "99999999999999999999", "!ValueError: Too many decimal digits in format string"),
        (1, "<", "1"),
        (1, "<<", "1"),
        (1, "<<<", "!ValueError: Unknown format code '<' for object of type 'int'"),
        (1, "--", "!ValueError: Unknown format code '-' for object of type 'int'"),
        (1, "#", "1"),
        (1, "0", "1"),
        (1, "00", "1"),
        (1, "+0", "+1"),
        (1, "x<", "1"),
        (1, ",,", "!ValueError: Cannot specify ',' with ','."),
        (1, "_d", "1"),
        (1, ",d", "1"),
        (1, ",%", "100.000000%"),
        (1, ".2,", "!ValueError: Unknown format code ',' for object of type 'int'"),
        (1, "  ", "!ValueError: Unknown format code '\\x20' for object of type 'int'"),
        (1, "__", "!ValueError: Cannot specify '_' with '_'."),
    ];
    const STR_FORMATS: &[(&str, &str, &str)] = &[
        ("abc", "10", "abc       "),
        ("abc", "<10", "abc       "),
        ("abc", ">10", "       abc"),
        ("abc", "^10", "   abc    "),
        ("abc", "^8", "  abc   "),
        ("abc", "*^8", "**abc***"),
        ("abc", "é>6", "éééabc"),
        ("héllo", "10", "héllo     "),
        ("héllo", ".2", "hé"),
        ("héllo", "^9.3", "   hél   "),
        ("日本語", ">6", "   日本語"),
        ("abc", ".0", ""),
        ("abc", ".5", "abc"),
        ("abc", "2", "abc"),
        ("abc", "s", "abc"),
        ("abc", "05", "abc00"),
        ("abc", "0>5", "00abc"),
        ("abc", "<05", "abc00"),
        ("", "5", "     "),
        ("abc", "x<5s", "abcxx"),
        ("a", "+", "!ValueError: Sign not allowed in string format specifier"),
        ("a", "-", "!ValueError: Sign not allowed in string format specifier"),
        ("a", " ", "!ValueError: Space not allowed in string format specifier"),
        (
            "a",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        ("a", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
        ("a", "=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("a", "0=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("a", "f", "!ValueError: Unknown format code 'f' for object of type 'str'"),
        ("a", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("a", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("a", "_", "!ValueError: Cannot specify '_' with 's'."),
        ("a", ",s", "!ValueError: Cannot specify ',' with 's'."),
        ("a", "5.2.1", "!ValueError: Invalid format specifier '5.2.1' for object of type 'str'"),
        ("a", ".", "!ValueError: Format specifier missing precision"),
        ("a", "é", "!ValueError: Unknown format code '\\xe9' for object of type 'str'"),
        ("a", "abc", "!ValueError: Invalid format specifier 'abc' for object of type 'str'"),
        ("a", "\x01", "!ValueError: Unknown format code '\\x1' for object of type 'str'"),
        ("a", "+f", "!ValueError: Unknown format code 'f' for object of type 'str'"),
        ("a", "+=", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("a", "\x00", "!ValueError: Unknown format code '\\x0' for object of type 'str'"),
    ];
    const STR_REPRS: &[(&str, &str, &str)] = &[
        ("", "''", "''"),
        ("abc", "'abc'", "'abc'"),
        ("it's", "\"it's\"", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'"),
        ("back\\slash", "'back\\\\slash'", "'back\\\\slash'"),
        ("tab\there", "'tab\\there'", "'tab\\there'"),
        ("nl\ncr\r", "'nl\\ncr\\r'", "'nl\\ncr\\r'"),
        ("\x00\x01\x1f\x7f", "'\\x00\\x01\\x1f\\x7f'", "'\\x00\\x01\\x1f\\x7f'"),
        ("é日本語😀", "'é日本語😀'", "'\\xe9\\u65e5\\u672c\\u8a9e\\U0001f600'"),
        ("\u{80}\u{9f}\u{a0}\u{ad}¡ÿ", "'\\x80\\x9f\\xa0\\xad¡ÿ'", "'\\x80\\x9f\\xa0\\xad\\xa1\\xff'"),
        ("\u{378}\u{200b}\u{2028}\u{feff}\u{e000}\u{ffff}", "'\\u0378\\u200b\\u2028\\ufeff\\ue000\\uffff'", "'\\u0378\\u200b\\u2028\\ufeff\\ue000\\uffff'"),
        ("\u{e0001}😀\u{f0000}\u{10ffff}𰀀\u{323af}\u{323b0}\u{1d173}", "'\\U000e0001😀\\U000f0000\\U0010ffff𰀀\\U000323af\\U000323b0\\U0001d173'", "'\\U000e0001\\U0001f600\\U000f0000\\U0010ffff\\U00030000\\U000323af\\U000323b0\\U0001d173'"),
        ("\u{600}\u{890}\u{2064}\u{2065}\u{3000}\u{1680}\u{180e}", "'\\u0600\\u0890\\u2064\\u2065\\u3000\\u1680\\u180e'", "'\\u0600\\u0890\\u2064\\u2065\\u3000\\u1680\\u180e'"),
        ("''\"\"'", "'\\'\\'\"\"\\''", "'\\'\\'\"\"\\''"),
        (" ~", "' ~'", "' ~'"),
    ];
    const PERCENTS: &[(&str, &[Arg], &str)] = &[
        ("%d", &[Arg::Int(5)], "5"),
        ("%i", &[Arg::Int(-5)], "-5"),
        ("%u", &[Arg::Int(5)], "5"),
        ("%5d", &[Arg::Int(42)], "   42"),
        ("%-5d|", &[Arg::Int(42)], "42   |"),
        ("%05d", &[Arg::Int(-42)], "-0042"),
        ("%+d", &[Arg::Int(42)], "+42"),
        ("% d", &[Arg::Int(42)], " 42"),
        ("%+ d", &[Arg::Int(5)], "+5"),
        ("% 05d", &[Arg::Int(5)], " 0005"),
        ("%+05d", &[Arg::Int(5)], "+0005"),
        ("%-05d|", &[Arg::Int(-3)], "-3   |"),
        ("%.3d", &[Arg::Int(5)], "005"),
        ("%.3x", &[Arg::Int(-5)], "-005"),
        ("%#.3x", &[Arg::Int(-5)], "-0x005"),
        ("%8.3d", &[Arg::Int(-5)], "    -005"),
        ("%08.3d", &[Arg::Int(-5)], "-0000005"),
        ("%x", &[Arg::Int(255)], "ff"),
        ("%X", &[Arg::Int(255)], "FF"),
        ("%#x", &[Arg::Int(255)], "0xff"),
        ("%#X", &[Arg::Int(255)], "0XFF"),
        ("%o", &[Arg::Int(8)], "10"),
        ("%#o", &[Arg::Int(8)], "0o10"),
        ("%#08o", &[Arg::Int(8)], "0o000010"),
        ("%#08x", &[Arg::Int(8)], "0x000008"),
        ("%#8x", &[Arg::Int(8)], "     0x8"),
        ("%-#8x|", &[Arg::Int(8)], "0x8     |"),
        ("%+#x", &[Arg::Int(255)], "+0xff"),
        ("%#x", &[Arg::Int(-255)], "-0xff"),
        ("%#010x", &[Arg::Int(-255)], "-0x00000ff"),
        ("%x", &[Arg::Int(i64::MIN)], "-8000000000000000"),
        ("%d", &[Arg::Int(i64::MIN)], "-9223372036854775808"),
        ("%d", &[Arg::Bool(true)], "1"),
        ("%x", &[Arg::Bool(true)], "1"),
        ("%d", &[Arg::Float(3.99)], "3"),
        ("%d", &[Arg::Float(-3.99)], "-3"),
        ("%d", &[Arg::Float(-0.5)], "0"),
        ("%d", &[Arg::Float(1e+30)], "1000000000000000019884624838656"),
        ("%5d", &[Arg::Float(-1e+20)], "-100000000000000000000"),
        ("%i", &[Arg::Float(9.223372036854776e+18)], "9223372036854775808"),
        (
            "%d",
            &[Arg::Float(f64::INFINITY)],
            "!OverflowError: cannot convert float infinity to integer",
        ),
        ("%d", &[Arg::Float(f64::NAN)], "!ValueError: cannot convert float NaN to integer"),
        ("%x", &[Arg::Float(3.5)], "!TypeError: %x format: an integer is required, not float"),
        ("%o", &[Arg::Float(3.0)], "!TypeError: %o format: an integer is required, not float"),
        (
            "%d",
            &[Arg::Str("a".as_bytes())],
            "!TypeError: %d format: a real number is required, not str",
        ),
        ("%d", &[Arg::None], "!TypeError: %d format: a real number is required, not NoneType"),
        (
            "%i",
            &[Arg::Str("a".as_bytes())],
            "!TypeError: %i format: a real number is required, not str",
        ),
        ("%u", &[Arg::None], "!TypeError: %u format: a real number is required, not NoneType"),
        ("%X", &[Arg::None], "!TypeError: %X format: an integer is required, not NoneType"),
        (
            "%o",
            &[Arg::Str("a".as_bytes())],
            "!TypeError: %o format: an integer is required, not str",
        ),
        ("%s", &[Arg::Str("abc".as_bytes())], "abc"),
        ("%s", &[Arg::Int(1)], "1"),
        ("%s", &[Arg::Float(1.5)], "1.5"),
        ("%s", &[Arg::None], "None"),
        ("%s", &[Arg::Bool(true)], "True"),
        ("%s", &[Arg::Bool(false)], "False"),
        ("%r", &[Arg::Str("abc".as_bytes())], "'abc'"),
        ("%r", &[Arg::Str("a'b".as_bytes())], "\"a'b\""),
        ("%a", &[Arg::Str("é".as_bytes())], "'\\xe9'"),
        ("%s", &[Arg::Str("é".as_bytes())], "é"),
        ("%r", &[Arg::Str("é".as_bytes())], "'é'"),
        ("%r", &[Arg::Float(1e+16)], "1e+16"),
        ("%r", &[Arg::None], "None"),
        ("%a", &[Arg::Float(2.5)], "2.5"),
        ("%.2s", &[Arg::Str("abc".as_bytes())], "ab"),
        ("%5.2r", &[Arg::Str("abc".as_bytes())], "   'a"),
        ("%-6s|", &[Arg::Str("ab".as_bytes())], "ab    |"),
        ("%6s", &[Arg::Str("ab".as_bytes())], "    ab"),
        ("%05s", &[Arg::Str("a".as_bytes())], "    a"),
        ("%+s", &[Arg::Str("a".as_bytes())], "a"),
        ("%.1s", &[Arg::Str("日本".as_bytes())], "日"),
        ("%3s", &[Arg::Str("日本".as_bytes())], " 日本"),
        ("%s", &[Arg::Float(1e+100)], "1e+100"),
        ("%s", &[Arg::Float(-0.0)], "-0.0"),
        ("%f", &[Arg::Float(4.14159)], "4.141590"),
        ("%.2f", &[Arg::Float(4.14159)], "4.14"),
        ("%10.3f", &[Arg::Float(-4.14159)], "    -4.142"),
        ("%010.2f", &[Arg::Float(-4.14159)], "-000004.14"),
        ("%-10.2f|", &[Arg::Float(4.14159)], "4.14      |"),
        ("%+.1f", &[Arg::Float(2.5)], "+2.5"),
        ("% .1f", &[Arg::Float(0.25)], " 0.2"),
        ("%#.0f", &[Arg::Float(1.5)], "2."),
        ("%.0f", &[Arg::Float(2.5)], "2"),
        ("%f", &[Arg::Int(1)], "1.000000"),
        ("%f", &[Arg::Bool(true)], "1.000000"),
        ("%F", &[Arg::Float(f64::INFINITY)], "INF"),
        ("%f", &[Arg::Float(f64::NEG_INFINITY)], "-inf"),
        ("%05f", &[Arg::Float(f64::INFINITY)], "00inf"),
        ("%05f", &[Arg::Float(f64::NEG_INFINITY)], "-0inf"),
        ("%+f", &[Arg::Float(f64::NAN)], "+nan"),
        ("%f", &[Arg::Float(f64::NAN)], "nan"),
        ("%5.1f%%", &[Arg::Float(99.5)], " 99.5%"),
        ("%e", &[Arg::Float(1.5)], "1.500000e+00"),
        ("%E", &[Arg::Float(12345.678)], "1.234568E+04"),
        ("%.2e", &[Arg::Float(0.000123)], "1.23e-04"),
        ("%#.0e", &[Arg::Float(1.5)], "2.e+00"),
        ("%g", &[Arg::Float(1e-05)], "1e-05"),
        ("%g", &[Arg::Float(123456.0)], "123456"),
        ("%g", &[Arg::Float(1234567.0)], "1.23457e+06"),
        ("%#g", &[Arg::Float(1.0)], "1.00000"),
        ("%G", &[Arg::Float(1e+20)], "1E+20"),
        ("%.3g", &[Arg::Float(4.14159)], "4.14"),
        ("%10.4g|", &[Arg::Float(4.14159)], "     4.142|"),
        ("%-10.4G|", &[Arg::Float(1e-10)], "1E-10     |"),
        ("%g", &[Arg::Float(0.0)], "0"),
        ("%g", &[Arg::Float(-0.0)], "-0"),
        ("%.0g", &[Arg::Float(123.0)], "1e+02"),
        ("%.20f", &[Arg::Float(0.1)], "0.10000000000000000555"),
        (
            "%.50e",
            &[Arg::Float(0.3333333333333333)],
            "3.33333333333333314829616256247390992939472198486328e-01",
        ),
        ("%f", &[Arg::Str("a".as_bytes())], "!TypeError: must be real number, not str"),
        ("%f", &[Arg::None], "!TypeError: must be real number, not NoneType"),
        ("%e", &[Arg::Str("x".as_bytes())], "!TypeError: must be real number, not str"),
        ("%c", &[Arg::Int(65)], "A"),
        ("%c", &[Arg::Int(8364)], "€"),
        ("%c", &[Arg::Str("é".as_bytes())], "é"),
        ("%5c", &[Arg::Int(65)], "    A"),
        ("%-3c|", &[Arg::Str("x".as_bytes())], "x  |"),
        ("%.0c", &[Arg::Int(65)], "A"),
        ("%c", &[Arg::Bool(true)], "\x01"),
        ("%c", &[Arg::Float(3.5)], "!TypeError: %c requires int or char"),
        ("%c", &[Arg::Str("ab".as_bytes())], "!TypeError: %c requires int or char"),
        ("%c", &[Arg::Str("".as_bytes())], "!TypeError: %c requires int or char"),
        ("%c", &[Arg::None], "!TypeError: %c requires int or char"),
        ("%c", &[Arg::Int(-1)], "!OverflowError: %c arg not in range(0x110000)"),
        ("%c", &[Arg::Int(1114112)], "!OverflowError: %c arg not in range(0x110000)"),
        ("%05c", &[Arg::Int(65)], "    A"),
        ("%%", &[], "%"),
        ("100%%", &[], "100%"),
        ("%5%", &[], "!TypeError: not enough arguments for format string"),
        ("%5%", &[Arg::Int(1)], "!ValueError: unsupported format character '%' (0x25) at index 2"),
        ("%-%", &[Arg::Int(1)], "!ValueError: unsupported format character '%' (0x25) at index 2"),
        ("%y", &[], "!TypeError: not enough arguments for format string"),
        ("%y", &[Arg::Int(1)], "!ValueError: unsupported format character 'y' (0x79) at index 1"),
        (
            "abc%y",
            &[Arg::Int(1)],
            "!ValueError: unsupported format character 'y' (0x79) at index 4",
        ),
        ("é%é", &[Arg::Int(1)], "!ValueError: unsupported format character '?' (0xe9) at index 2"),
        ("%\x01", &[Arg::Int(1)], "!ValueError: unsupported format character '?' (0x1) at index 1"),
        (
            "%\x1f",
            &[Arg::Int(1)],
            "!ValueError: unsupported format character '\x1f' (0x1f) at index 1",
        ),
        (
            "%\x7f",
            &[Arg::Int(1)],
            "!ValueError: unsupported format character '?' (0x7f) at index 1",
        ),
        ("abc%", &[], "!ValueError: incomplete format"),
        ("%", &[], "!ValueError: incomplete format"),
        ("%-", &[Arg::Int(1)], "!ValueError: incomplete format"),
        ("%5", &[Arg::Int(5)], "!ValueError: incomplete format"),
        ("%.", &[Arg::Int(5)], "!ValueError: incomplete format"),
        ("%.5", &[Arg::Int(5)], "!ValueError: incomplete format"),
        ("%l", &[Arg::Int(5)], "!ValueError: incomplete format"),
        ("%ld", &[Arg::Int(5)], "5"),
        ("%hd", &[Arg::Int(5)], "5"),
        ("%Lf", &[Arg::Float(1.5)], "1.500000"),
        ("%5.2ld", &[Arg::Int(5)], "   05"),
        ("%s %s", &[Arg::Int(1)], "!TypeError: not enough arguments for format string"),
        (
            "%s",
            &[Arg::Int(1), Arg::Int(2)],
            "!TypeError: not all arguments converted during string formatting",
        ),
        ("abc", &[Arg::Int(1)], "!TypeError: not all arguments converted during string formatting"),
        ("abc", &[], "abc"),
        ("", &[], ""),
        ("%(a)s", &[Arg::Int(1)], "!TypeError: format requires a mapping"),
        ("%*d", &[Arg::Int(5), Arg::Int(3)], "    3"),
        ("%-*d|", &[Arg::Int(-5), Arg::Int(3)], "3    |"),
        ("%*d|", &[Arg::Int(-5), Arg::Int(3)], "3    |"),
        ("%.*f", &[Arg::Int(2), Arg::Float(4.14159)], "4.14"),
        ("%.*f", &[Arg::Int(-2), Arg::Float(4.14159)], "4"),
        ("%*.*f", &[Arg::Int(8), Arg::Int(2), Arg::Float(4.14159)], "    4.14"),
        ("%*d", &[Arg::Str("a".as_bytes()), Arg::Int(3)], "!TypeError: * wants int"),
        ("%*d", &[Arg::Bool(true), Arg::Int(3)], "3"),
        ("%.*d", &[Arg::None, Arg::Int(3)], "!TypeError: * wants int"),
        ("%*d", &[Arg::Int(5)], "!TypeError: not enough arguments for format string"),
        ("%*", &[Arg::Int(5)], "!ValueError: incomplete format"),
        (
            "%d %s %r %f",
            &[Arg::Int(1), Arg::Str("a".as_bytes()), Arg::Str("b".as_bytes()), Arg::Float(2.0)],
            "1 a 'b' 2.000000",
        ),
        ("x%sy%sz", &[Arg::Str("".as_bytes()), Arg::None], "xyNonez"),
        ("%s%%%s", &[Arg::Int(1), Arg::Int(2)], "1%2"),
        ("%c%c", &[Arg::Int(104), Arg::Str("i".as_bytes())], "hi"),
        ("%d%%", &[Arg::Int(50)], "50%"),
        ("%3$s", &[Arg::Int(1)], "!ValueError: unsupported format character '$' (0x24) at index 2"),
        ("%#s", &[Arg::Str("a".as_bytes())], "a"),
        ("%010s|", &[Arg::Str("a".as_bytes())], "         a|"),
        ("%-010d|", &[Arg::Int(5)], "5         |"),
        ("%0-10d|", &[Arg::Int(5)], "5         |"),
        ("%99999999999999999999d", &[Arg::Int(1)], "!ValueError: width too big"),
        ("%.99999999999d", &[Arg::Int(1)], "!ValueError: precision too big"),
        ("%.2147483648d", &[Arg::Int(1)], "!ValueError: precision too big"),
        (
            "%.*d",
            &[Arg::Int(2147483648), Arg::Int(1)],
            "!OverflowError: Python int too large to convert to C int",
        ),
        (
            "%.*d",
            &[Arg::Int(-2147483649), Arg::Int(1)],
            "!OverflowError: Python int too large to convert to C int",
        ),
        ("%.*d", &[Arg::Int(2147483647), Arg::Int(1)], "!OverflowError: precision too large"),
    ];
}
