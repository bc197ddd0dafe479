//! `list.sort()` and `sorted()`: a stable adaptive merge sort. Natural runs (descending
//! ones reversed) are extended by binary insertion to a minimum length, then merged in
//! the order of their boundaries' "powers" (Munro and Wild's powersort) through one buffer
//! of half the length, with an exponential search that skips long one-sided stretches.
//! Ints, floats and strs are compared directly; other elements through `desc::elem_lt`.
use crate::abi::{DESC_BOOL, DESC_FLOAT, DESC_INT, DESC_NONE, DESC_STR, DESC_TUPLE, EXC_MEMORY_ERROR};
use crate::desc::{elem_lt, fields, rd_f64, rd_i64, rd_ptr, Desc};
use crate::exc::or_raise;
use crate::list::{elem_size, len, slot};
use crate::object::{str_bytes, List, PyErr, Str};
use alloc::vec::Vec;
use core::convert::Infallible;
use core::mem::MaybeUninit;

/// Inputs shorter than this are one run sorted by insertion; longer ones use runs of
/// 32..=64 elements at least, and a merge buffer.
const SHORT: usize = 64;
/// After this many consecutive elements from the same side, a merge starts searching.
const GALLOP: usize = 8;
/// Room for pending runs: their boundary powers strictly increase and are at most 65.
const STACK: usize = 72;

fn memory_error() -> PyErr {
    PyErr::new(EXC_MEMORY_ERROR, b"")
}

/// The first index in `lo..hi` where `pred` fails, given that it holds on a prefix of
/// `s` that includes `s[..lo]` and excludes `s[hi..]`.
fn bisect<T: Copy, E>(
    s: &[T],
    mut lo: usize,
    mut hi: usize,
    mut pred: impl FnMut(T) -> Result<bool, E>,
) -> Result<usize, E> {
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        if pred(s[m])? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(lo)
}

/// How many leading elements of `s` satisfy `pred` (which holds on a prefix): probes
/// indices 0, 1, 3, 7, ... and then bisects, so short answers are cheap.
fn lead<T: Copy, E>(s: &[T], mut pred: impl FnMut(T) -> Result<bool, E>) -> Result<usize, E> {
    let (mut lo, mut p) = (0, 0);
    let hi = loop {
        if p >= s.len() {
            break s.len();
        }
        if !pred(s[p])? {
            break p;
        }
        lo = p + 1;
        p = 2 * p + 1;
    };
    bisect(s, lo, hi, pred)
}

/// How many trailing elements of `s` satisfy `pred` (which holds on a suffix), probing
/// from the end like `lead`.
fn trail<T: Copy, E>(s: &[T], mut pred: impl FnMut(T) -> Result<bool, E>) -> Result<usize, E> {
    let n = s.len();
    let (mut hi, mut q) = (n, 0);
    let lo = loop {
        if q >= n {
            break 0;
        }
        if !pred(s[n - 1 - q])? {
            break n - q;
        }
        hi = n - 1 - q;
        q = 2 * q + 1;
    };
    Ok(n - bisect(s, lo, hi, |x| Ok(!pred(x)?))?)
}

/// Sorts `s` by binary insertion, given that `s[..sorted]` is sorted.
fn insertion_sort<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(
    s: &mut [T],
    sorted: usize,
    lt: &mut F,
) -> Result<(), E> {
    for i in sorted.max(1)..s.len() {
        let x = s[i];
        let pos = bisect(s, 0, i, |y| Ok(!lt(x, y)?))?;
        s.copy_within(pos..i, pos + 1);
        s[pos] = x;
    }
    Ok(())
}

/// The length of the run at the start of `s`, and whether it is strictly descending.
fn find_run<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(s: &[T], lt: &mut F) -> Result<(usize, bool), E> {
    if s.len() < 2 {
        return Ok((s.len(), false));
    }
    let desc = lt(s[1], s[0])?;
    let mut k = 2;
    while k < s.len() && lt(s[k], s[k - 1])? == desc {
        k += 1;
    }
    Ok((k, desc))
}

/// The minimum run length for `n` elements: `n` itself when short, else `n / 2^k`
/// rounded up, for the `k` that puts it in 32..=64 (so runs split `n` evenly).
fn min_run(n: usize) -> usize {
    let shift = (usize::BITS - n.leading_zeros()).saturating_sub(6);
    (n.saturating_sub(1) >> shift) + 1
}

/// The power of the boundary between adjacent runs `[s, s + a)` and `[s + a, s + a + b)`
/// of `n` elements: the first bit where the binary fractions of their midpoints differ.
fn power(s: usize, a: usize, b: usize, n: usize) -> u32 {
    let (s, a, b, n) = (s as u128, a as u128, b as u128, n as u128);
    let frac = |twice_mid: u128| ((twice_mid << 64) / (2 * n)) as u64;
    (frac(2 * s + a) ^ frac(2 * s + 2 * a + b)).leading_zeros() + 1
}

/// Merges the sorted `a[..mid]` and `a[mid..]`, through `buf` when it has room.
fn merge<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>, const B: bool>(
    a: &mut [T],
    mid: usize,
    buf: &mut Vec<T>,
    lt: &mut F,
) -> Result<(), E> {
    if mid == 0 || mid == a.len() || !lt(a[mid], a[mid - 1])? {
        return Ok(());
    }
    // Left elements <= a[mid] and right elements >= a[mid - 1] are already in place.
    let (first, last) = (a[mid], a[mid - 1]);
    let start = lead(&a[..mid - 1], |x| Ok(!lt(first, x)?))?;
    let end = a.len() - trail(&a[mid + 1..], |x| Ok(!lt(x, last)?))?;
    let (a, mid) = (&mut a[start..end], mid - start);
    let shorter = mid.min(a.len() - mid);
    if buf.capacity() < shorter {
        merge_in_place(a, mid, lt)
    } else if mid == shorter {
        merge_forward::<_, _, _, B>(a, mid, buf, lt)
    } else {
        merge_backward::<_, _, _, B>(a, mid, buf, lt)
    }
}

/// Merge positions: where output goes next, and where each side's unmerged part starts
/// (merging forward) or ends (merging backward).
struct Cursor {
    out: usize,
    l: usize,
    r: usize,
}

/// Merges front to back with the left side moved to `buf`. The slots `a[out..r]` are
/// exactly the room for the rest of `buf`, which is put there on success or error.
fn merge_forward<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>, const B: bool>(
    a: &mut [T],
    mid: usize,
    buf: &mut Vec<T>,
    lt: &mut F,
) -> Result<(), E> {
    buf.clear();
    buf.extend_from_slice(&a[..mid]);
    let mut c = Cursor { out: 0, l: 0, r: mid };
    let res = forward_steps::<_, _, _, B>(a, buf, &mut c, lt);
    let rest = &buf[c.l..];
    a[c.out..c.out + rest.len()].copy_from_slice(rest);
    res
}

/// Takes the smaller head while the same side does not win `GALLOP` times in a row,
/// then searches for the end of each side's stretch, while those are long.
#[inline(always)]
fn forward_steps<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>, const B: bool>(
    a: &mut [T],
    left: &[T],
    c: &mut Cursor,
    lt: &mut F,
) -> Result<(), E> {
    let (n, nl) = (a.len(), left.len());
    loop {
        // Locals keep this loop in registers.
        let (mut out, mut l, mut r) = (c.out, c.l, c.r);
        // Wins in a row by the right and the left side.
        let (mut wins_r, mut wins_l, mut res) = (0, 0, Ok(()));
        while l < nl && r < n && wins_r < GALLOP && wins_l < GALLOP {
            let (x, y) = (a[r], left[l]);
            let take_r = match lt(x, y) {
                Ok(t) => t,
                Err(e) => {
                    res = Err(e);
                    break;
                }
            };
            if B {
                a[out] = if take_r { x } else { y };
                r += take_r as usize;
                l += !take_r as usize;
                wins_r = (wins_r + 1) * take_r as usize;
                wins_l = (wins_l + 1) * !take_r as usize;
            } else if take_r {
                a[out] = x;
                r += 1;
                wins_r += 1;
                wins_l = 0;
            } else {
                a[out] = y;
                l += 1;
                wins_l += 1;
                wins_r = 0;
            }
            out += 1;
        }
        (c.out, c.l, c.r) = (out, l, r);
        res?;
        if wins_r < GALLOP && wins_l < GALLOP {
            return Ok(());
        }
        loop {
            if c.l >= nl || c.r >= n {
                return Ok(());
            }
            let key = a[c.r];
            let k = lead(&left[c.l..], |x| Ok(!lt(key, x)?))?;
            a[c.out..c.out + k].copy_from_slice(&left[c.l..c.l + k]);
            c.out += k;
            c.l += k;
            if c.l >= nl {
                return Ok(());
            }
            // key < left[l] was just compared.
            a[c.out] = key;
            c.out += 1;
            c.r += 1;
            let key = left[c.l];
            let k2 = lead(&a[c.r..], |x| lt(x, key))?;
            a.copy_within(c.r..c.r + k2, c.out);
            c.out += k2;
            c.r += k2;
            if c.r >= n {
                return Ok(());
            }
            // a[r] < key was just found false.
            a[c.out] = key;
            c.out += 1;
            c.l += 1;
            if k < GALLOP && k2 < GALLOP {
                break;
            }
        }
    }
}

/// Merges back to front with the right side moved to `buf`. The slots `a[l..out]` are
/// exactly the room for `buf[..r]`, which is put there on success or error.
fn merge_backward<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>, const B: bool>(
    a: &mut [T],
    mid: usize,
    buf: &mut Vec<T>,
    lt: &mut F,
) -> Result<(), E> {
    buf.clear();
    buf.extend_from_slice(&a[mid..]);
    let mut c = Cursor { out: a.len(), l: mid, r: buf.len() };
    let res = backward_steps::<_, _, _, B>(a, buf, &mut c, lt);
    a[c.l..c.l + c.r].copy_from_slice(&buf[..c.r]);
    res
}

/// `forward_steps` mirrored: takes the larger tail.
#[inline(always)]
fn backward_steps<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>, const B: bool>(
    a: &mut [T],
    right: &[T],
    c: &mut Cursor,
    lt: &mut F,
) -> Result<(), E> {
    loop {
        let (mut out, mut l, mut r) = (c.out, c.l, c.r);
        let (mut wins_r, mut wins_l, mut res) = (0, 0, Ok(()));
        while l > 0 && r > 0 && wins_r < GALLOP && wins_l < GALLOP {
            let (x, y) = (right[r - 1], a[l - 1]);
            let take_l = match lt(x, y) {
                Ok(t) => t,
                Err(e) => {
                    res = Err(e);
                    break;
                }
            };
            out -= 1;
            if B {
                a[out] = if take_l { y } else { x };
                l -= take_l as usize;
                r -= !take_l as usize;
                wins_l = (wins_l + 1) * take_l as usize;
                wins_r = (wins_r + 1) * !take_l as usize;
            } else if take_l {
                a[out] = y;
                l -= 1;
                wins_l += 1;
                wins_r = 0;
            } else {
                a[out] = x;
                r -= 1;
                wins_r += 1;
                wins_l = 0;
            }
        }
        (c.out, c.l, c.r) = (out, l, r);
        res?;
        if wins_r < GALLOP && wins_l < GALLOP {
            return Ok(());
        }
        loop {
            if c.l == 0 || c.r == 0 {
                return Ok(());
            }
            let key = a[c.l - 1];
            let k = trail(&right[..c.r], |x| Ok(!lt(x, key)?))?;
            c.out -= k;
            c.r -= k;
            a[c.out..c.out + k].copy_from_slice(&right[c.r..c.r + k]);
            if c.r == 0 {
                return Ok(());
            }
            // right[r - 1] < key was just compared.
            c.out -= 1;
            c.l -= 1;
            a[c.out] = key;
            let key = right[c.r - 1];
            let k2 = trail(&a[..c.l], |x| lt(key, x))?;
            c.out -= k2;
            c.l -= k2;
            a.copy_within(c.l..c.l + k2, c.out);
            if c.l == 0 {
                return Ok(());
            }
            // key < a[l - 1] was just found false.
            c.out -= 1;
            c.r -= 1;
            a[c.out] = key;
            if k < GALLOP && k2 < GALLOP {
                break;
            }
        }
    }
}

/// Merges without a buffer (only when it could not be allocated): splits both sides
/// around a pivot of the longer one, swaps the middle parts by a rotation, and recurses.
fn merge_in_place<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(a: &mut [T], mid: usize, lt: &mut F) -> Result<(), E> {
    let n = a.len();
    if mid == 0 || mid == n {
        return Ok(());
    }
    if n == 2 {
        if lt(a[1], a[0])? {
            a.swap(0, 1);
        }
        return Ok(());
    }
    let (cl, cr) = if mid >= n - mid {
        let key = a[mid / 2];
        (mid / 2, mid + lead(&a[mid..], |x| lt(x, key))?)
    } else {
        let cr = mid + (n - mid) / 2;
        let key = a[cr];
        (lead(&a[..mid], |x| Ok(!lt(key, x)?))?, cr)
    };
    a[cl..cr].rotate_left(mid - cl);
    let split = cl + (cr - mid);
    let (front, back) = a.split_at_mut(split);
    merge_in_place(front, cl, lt)?;
    merge_in_place(back, mid - cl, lt)
}

/// A pending run `[start, start + len)` and the power of its boundary with the run
/// before it.
#[derive(Clone, Copy)]
struct Run {
    start: usize,
    len: usize,
    power: u32,
}

/// Merges the two topmost pending runs.
fn merge_top<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>, const B: bool>(
    arr: &mut [T],
    stack: &mut [Run],
    depth: &mut usize,
    buf: &mut Vec<T>,
    lt: &mut F,
) -> Result<(), E> {
    let (a, b) = (stack[*depth - 2], stack[*depth - 1]);
    merge::<_, _, _, B>(&mut arr[a.start..b.start + b.len], a.len, buf, lt)?;
    stack[*depth - 2].len += b.len;
    *depth -= 1;
    Ok(())
}

/// Sorts `arr` stably by `lt`, merging through `buf` (given its capacity, else in place);
/// `B`: comparisons are cheap, so merges pick elements without branching. On an error
/// `arr` holds its elements in some order.
fn merge_sort<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>, const B: bool>(
    arr: &mut [T],
    buf: &mut Vec<T>,
    mut lt: F,
) -> Result<(), E> {
    let n = arr.len();
    if n < 2 {
        return Ok(());
    }
    let min = min_run(n);
    let mut stack = [Run { start: 0, len: 0, power: 0 }; STACK];
    let mut depth = 0;
    let mut start = 0;
    while start < n {
        let (mut len, desc) = find_run(&arr[start..], &mut lt)?;
        if desc {
            arr[start..start + len].reverse();
        }
        if len < min {
            let end = n.min(start + min);
            insertion_sort(&mut arr[start..end], len, &mut lt)?;
            len = end - start;
        }
        let mut run = Run { start, len, power: 0 };
        if depth > 0 {
            let top = stack[depth - 1];
            run.power = power(top.start, top.len, len, n);
            while depth > 1 && (stack[depth - 1].power > run.power || depth == STACK) {
                merge_top::<_, _, _, B>(arr, &mut stack, &mut depth, buf, &mut lt)?;
            }
        }
        stack[depth] = run;
        depth += 1;
        start += len;
    }
    while depth > 1 {
        merge_top::<_, _, _, B>(arr, &mut stack, &mut depth, buf, &mut lt)?;
    }
    Ok(())
}

/// The merge buffer `merge_sort` wants for `n` elements.
fn buffer_len(n: usize) -> usize {
    if n < SHORT {
        0
    } else {
        n / 2
    }
}

/// Sorts like `list.sort(reverse=...)`: reversing before and after a stable sort keeps
/// equal elements in order either way.
fn sort_with<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>, const B: bool>(
    arr: &mut [T],
    reverse: bool,
    buf: &mut Vec<T>,
    lt: F,
) -> Result<(), E> {
    if reverse {
        arr.reverse();
    }
    let r = merge_sort::<_, _, _, B>(arr, buf, lt);
    if reverse {
        arr.reverse();
    }
    r
}

/// Sorts `arr` stably by `lt` like list.sort(reverse=...). On an error `arr` holds its
/// elements in some order. Without memory for a buffer it merges in place (slower).
pub fn sort_slice<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(arr: &mut [T], reverse: bool, lt: F) -> Result<(), E> {
    let mut buf = Vec::new();
    let _ = buf.try_reserve_exact(buffer_len(arr.len()));
    sort_with::<_, _, _, false>(arr, reverse, &mut buf, lt)
}

/// `sort_with` with a buffer, or MemoryError when there is no memory for it.
fn sort_checked<T: Copy>(
    arr: &mut [T],
    reverse: bool,
    lt: impl FnMut(T, T) -> Result<bool, PyErr>,
) -> Result<(), PyErr> {
    let mut buf = Vec::new();
    buf.try_reserve_exact(buffer_len(arr.len())).map_err(|_| memory_error())?;
    sort_with::<_, _, _, false>(arr, reverse, &mut buf, lt)
}

/// `sort_checked` for comparisons that cannot fail; `B`: they are cheap (numbers), so
/// merges pick without branching.
fn sort_plain<T: Copy, const B: bool>(
    arr: &mut [T],
    reverse: bool,
    mut lt: impl FnMut(T, T) -> bool,
) -> Result<(), PyErr> {
    let mut buf = Vec::new();
    buf.try_reserve_exact(buffer_len(arr.len())).map_err(|_| memory_error())?;
    infallible(sort_with::<_, _, _, B>(arr, reverse, &mut buf, |a, b| Ok(lt(a, b))))
}

/// The result of a sort whose comparisons cannot fail.
fn infallible(r: Result<(), Infallible>) -> Result<(), PyErr> {
    r.map_err(|e| match e {})
}

/// The items of a list as a slice of `T` (slots of exactly `size_of::<T>()` bytes).
unsafe fn items_as<'a, T>(l: *mut List) -> &'a mut [T] {
    let n = len(l);
    if n == 0 || (*l).items.is_null() {
        return &mut [];
    }
    core::slice::from_raw_parts_mut((*l).items as *mut T, n)
}

/// Reorders the items of `l`: item `k` becomes the old item `order[k]`.
unsafe fn permute(l: *mut List, order: &[usize], fresh: *mut u8) {
    let size = elem_size(l);
    for (k, &i) in order.iter().enumerate() {
        core::ptr::copy_nonoverlapping(slot(l, i), fresh.add(k * size), size);
    }
    crate::list::items_free((*l).items, (*l).cap.max(0) as usize * size);
    (*l).items = fresh;
    (*l).cap = order.len() as i64;
}

/// An index array `0..n` and a buffer for the permuted items (MemoryError if unavailable).
unsafe fn index_sort_setup(l: *mut List) -> Result<(Vec<usize>, *mut u8), PyErr> {
    let n = len(l);
    let bytes = n.checked_mul(elem_size(l)).ok_or_else(memory_error)?;
    let mut order = Vec::new();
    order.try_reserve_exact(n).map_err(|_| memory_error())?;
    order.extend(0..n);
    let fresh = if bytes == 0 { core::ptr::null_mut() } else { crate::list::items_alloc(bytes) };
    if fresh.is_null() && bytes != 0 {
        return Err(memory_error());
    }
    Ok((order, fresh))
}

/// l.sort(reverse=reverse).
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn sort(l: *mut List, reverse: bool) -> Result<(), PyErr> {
    if len(l) < 2 {
        return Ok(());
    }
    let d: *const Desc = (*l).desc;
    match (*d).kind {
        DESC_INT => sort_plain::<_, true>(items_as::<i64>(l), reverse, |a, b| a < b),
        DESC_FLOAT => sort_plain::<_, true>(items_as::<f64>(l), reverse, |a, b| a < b),
        DESC_BOOL => sort_plain::<_, true>(items_as::<u8>(l), reverse, |a, b| a == 0 && b != 0),
        DESC_STR => {
            // Sorted as (first 8 bytes, string) pairs: most comparisons stay in the array.
            let items = items_as::<*mut Str>(l);
            let mut pairs: Vec<StrKey> = Vec::new();
            pairs.try_reserve_exact(items.len()).map_err(|_| memory_error())?;
            pairs.extend(items.iter().map(|&s| str_key(s)));
            let r = sort_plain::<_, false>(&mut pairs, reverse, str_key_lt);
            for (it, p) in items.iter_mut().zip(&pairs) {
                *it = p.2;
            }
            r
        }
        DESC_TUPLE => match sort_tuples_by_str_prefix(l, d, reverse) {
            Some(r) => r,
            None => sort_by_size(l, d, reverse),
        },
        _ => sort_by_size(l, d, reverse),
    }
}

/// Sorts slots of any descriptor through `elem_lt`: small ones in place, others by index.
unsafe fn sort_by_size(l: *mut List, d: *const Desc, reverse: bool) -> Result<(), PyErr> {
    match (*d).size {
        8 => sort_by_value::<1>(l, d, reverse),
        16 => sort_by_value::<2>(l, d, reverse),
        24 => sort_by_value::<3>(l, d, reverse),
        32 => sort_by_value::<4>(l, d, reverse),
        _ => sort_by_index(l, d, reverse),
    }
}

/// Sorts tuples whose first str member follows only int/float/bool/None members, like
/// `(score, name, ...)` or `(name, ...)`: each item is decorated with that string's first
/// 8 bytes and length, so items that tie on the leading numbers rarely touch the strings
/// (the order is `tuple_lt`'s, member by member). None for other tuples.
unsafe fn sort_tuples_by_str_prefix(l: *mut List, d: *const Desc, reverse: bool) -> Option<Result<(), PyErr>> {
    let fs = fields(d);
    let k = fs.iter().position(|f| !matches!((*f.desc).kind, DESC_INT | DESC_FLOAT | DESC_BOOL | DESC_NONE))?;
    if (*fs[k].desc).kind != DESC_STR {
        return None;
    }
    let off = fs[k].offset as usize;
    let n = len(l);
    let mut keys: Vec<(u64, usize, usize)> = Vec::new();
    if keys.try_reserve_exact(n).is_err() {
        return Some(Err(memory_error()));
    }
    keys.extend((0..n).map(|i| {
        let (w, len, _) = str_key(rd_ptr::<Str>(slot(l, i).add(off)));
        (w, len, i)
    }));
    let lt = |a: (u64, usize, usize), b: (u64, usize, usize)| -> Result<bool, PyErr> {
        let (x, y) = (slot(l, a.2) as *const u8, slot(l, b.2) as *const u8);
        // The leading number members, compared as tuple_lt does.
        for f in &fs[..k] {
            let (p, q) = (x.add(f.offset as usize), y.add(f.offset as usize));
            match (*f.desc).kind {
                DESC_INT if rd_i64(p) != rd_i64(q) => return Ok(rd_i64(p) < rd_i64(q)),
                DESC_FLOAT if rd_f64(p) != rd_f64(q) => return Ok(rd_f64(p) < rd_f64(q)),
                DESC_BOOL if (*p != 0) != (*q != 0) => return Ok(*q != 0),
                _ => {}
            }
        }
        // The string member: its first bytes and length when they decide.
        if a.0 != b.0 {
            return Ok(a.0 < b.0);
        }
        if a.1 <= 8 && b.1 <= 8 {
            if a.1 != b.1 {
                return Ok(a.1 < b.1);
            }
        } else {
            let (p, q) = (rd_ptr::<Str>(x.add(off)), rd_ptr::<Str>(y.add(off)));
            match crate::object::str_cmp(p, q) {
                core::cmp::Ordering::Equal => {}
                o => return Ok(o.is_lt()),
            }
        }
        crate::desc::tuple_lt_from(d, x, y, k + 1)
    };
    let r = sort_checked(&mut keys, reverse, lt);
    let order: Vec<usize> = keys.iter().map(|t| t.2).collect();
    let bytes = n * elem_size(l);
    let fresh = crate::list::items_alloc(bytes);
    if fresh.is_null() {
        return Some(Err(memory_error()));
    }
    permute(l, &order, fresh);
    Some(r)
}

/// Sorts the slots themselves (N words each, padding possibly uninitialized) through
/// `elem_lt`.
unsafe fn sort_by_value<const N: usize>(l: *mut List, d: *const Desc, reverse: bool) -> Result<(), PyErr> {
    type W = MaybeUninit<u64>;
    let lt = |a: [W; N], b: [W; N]| elem_lt(d, a.as_ptr() as *const u8, b.as_ptr() as *const u8);
    sort_checked(items_as::<[W; N]>(l), reverse, lt)
}

/// Sorts an index array through `elem_lt` on the slots, then reorders the slots.
unsafe fn sort_by_index(l: *mut List, d: *const Desc, reverse: bool) -> Result<(), PyErr> {
    let (mut order, fresh) = index_sort_setup(l)?;
    let r = sort_checked(&mut order, reverse, |a, b| elem_lt(d, slot(l, a), slot(l, b)));
    permute(l, &order, fresh);
    r
}

/// Sorts `l` by `keys` (`keys[i]` is the key of `l[i]`), stably; `keys` is not reordered.
///
/// # Safety
/// `l` and `keys` must be valid lists.
pub unsafe fn sort_keyed(l: *mut List, keys: *mut List, reverse: bool) -> Result<(), PyErr> {
    let n = len(l);
    if n < 2 || len(keys) < n {
        return Ok(());
    }
    let kd: *const Desc = (*keys).desc;
    let key = |i: usize| slot(keys, i) as *const u8;
    let (mut order, fresh) = index_sort_setup(l)?;
    // Sort (key, index) pairs where the key compares directly, else indices.
    let r = match (*kd).kind {
        DESC_INT => sort_pairs::<_, true>(&mut order, reverse, |i| rd_i64(key(i)), |a, b| a < b),
        DESC_FLOAT => sort_pairs::<_, true>(&mut order, reverse, |i| rd_f64(key(i)), |a, b| a < b),
        DESC_STR => sort_pairs::<_, false>(&mut order, reverse, |i| str_key(rd_ptr::<Str>(key(i))), str_key_lt),
        _ => sort_checked(&mut order, reverse, |a, b| elem_lt(kd, key(a), key(b))),
    };
    permute(l, &order, fresh);
    r
}

/// A string with its first 8 bytes as a word and its length, to sort without touching
/// the string itself unless both are longer than 8 bytes with the same start.
type StrKey = (u64, usize, *mut Str);

unsafe fn str_key(s: *mut Str) -> StrKey {
    let b = str_bytes(s);
    (crate::object::prefix_word(b), b.len(), s)
}

fn str_key_lt(a: StrKey, b: StrKey) -> bool {
    if a.0 != b.0 {
        return a.0 < b.0;
    }
    if a.1 <= 8 && b.1 <= 8 {
        // The same first bytes: the shorter one (padded with zeros, which only tie with
        // NUL bytes of the other) is a prefix of the other, or they are equal.
        return a.1 < b.1;
    }
    // SAFETY: the keys hold valid strings of the list being sorted.
    unsafe { crate::object::str_cmp(a.2, b.2).is_lt() }
}

/// Sorts indices by a key read once per index and compared without errors.
fn sort_pairs<K: Copy, const B: bool>(
    order: &mut [usize],
    reverse: bool,
    key: impl Fn(usize) -> K,
    lt: impl Fn(K, K) -> bool,
) -> Result<(), PyErr> {
    let mut pairs: Vec<(K, usize)> = Vec::new();
    pairs.try_reserve_exact(order.len()).map_err(|_| memory_error())?;
    pairs.extend(order.iter().map(|&i| (key(i), i)));
    let r = sort_plain::<_, B>(&mut pairs, reverse, |a, b| lt(a.0, b.0));
    for (o, p) in order.iter_mut().zip(&pairs) {
        *o = p.1;
    }
    r
}

/// pyx_list_sort(l, reverse): l.sort(reverse=reverse); TypeError from `<` leaves the
/// list in some order, like CPython.
///
/// # Safety
/// `l` must be a valid list.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_sort(l: *mut List, reverse: i8) {
    or_raise(sort(l, reverse != 0), ());
}

/// pyx_list_sort_keyed(l, keys, reverse): sorts l by keys[i] (the key of l[i]).
///
/// # Safety
/// `l` and `keys` must be valid lists.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_sort_keyed(l: *mut List, keys: *mut List, reverse: i8) {
    or_raise(sort_keyed(l, keys, reverse != 0), ());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::{TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_NONE, TAG_STR};
    use crate::desc::testing::*;
    use crate::exc::testing::{lock, take};
    use crate::object::{live_objects, str_new, Dyn};

    fn int_items(l: *mut List) -> Vec<i64> {
        unsafe { (0..len(l)).map(|i| rd_i64(slot(l, i))).collect() }
    }

    #[test]
    fn ints_match_a_stable_sort() {
        let live = live_objects();
        let mut rng = Rng(99);
        for n in [0usize, 1, 2, 3, 10, 63, 64, 65, 200, 1000, 5000] {
            for shape in 0..5 {
                let xs: Vec<i64> = (0..n)
                    .map(|i| match shape {
                        0 => rng.next_u64() as i64,
                        1 => rng.below(10) as i64,
                        2 => i as i64,
                        3 => (n - i) as i64,
                        _ => (i as i64 % 50) * if i % 100 < 50 { 1 } else { -1 },
                    })
                    .collect();
                for reverse in [false, true] {
                    let l = ints(&xs);
                    unsafe { sort(l, reverse).unwrap() };
                    let mut want = xs.clone();
                    want.sort();
                    if reverse {
                        want.reverse();
                    }
                    assert_eq!(int_items(l), want, "n={n} shape={shape}");
                    drop_list(l);
                }
            }
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn strs_sort_by_bytes_and_stably_by_str_keys() {
        let live = live_objects();
        let mut rng = Rng(31);
        let alphabet = ["a", "b", "\0", "é", "ab", "abcdefgh", "k1"];
        for n in [2usize, 9, 70, 500] {
            let texts: Vec<String> = (0..n).map(|_| (0..rng.below(5)).map(|_| alphabet[rng.below(7) as usize]).collect()).collect();
            let refs: Vec<&str> = texts.iter().map(|t| t.as_str()).collect();
            for reverse in [false, true] {
                // Plain: byte order.
                let l = strs(&refs);
                unsafe { sort(l, reverse).unwrap() };
                let got: Vec<&[u8]> = (0..n).map(|i| unsafe { str_bytes(rd_ptr(slot(l, i))) }).collect();
                let mut want: Vec<&[u8]> = refs.iter().map(|t| t.as_bytes()).collect();
                want.sort();
                if reverse {
                    want.reverse();
                }
                assert_eq!(got, want, "n={n}");
                drop_list(l);
                // Keyed: stable on equal keys.
                let l = ints(&(0..n as i64).collect::<Vec<_>>());
                let k = strs(&refs);
                unsafe { sort_keyed(l, k, reverse).unwrap() };
                let mut want: Vec<i64> = (0..n as i64).collect();
                if reverse {
                    want.sort_by(|&a, &b| refs[b as usize].as_bytes().cmp(refs[a as usize].as_bytes()));
                } else {
                    want.sort_by_key(|&i| refs[i as usize].as_bytes());
                }
                assert_eq!(int_items(l), want, "n={n} reverse={reverse}");
                drop_list(l);
                drop_list(k);
            }
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn keyed_sort_is_stable_both_ways() {
        let live = live_objects();
        let mut rng = Rng(7);
        for n in [5usize, 70, 300, 2000] {
            let keys: Vec<i64> = (0..n).map(|_| rng.below(8) as i64).collect();
            for reverse in [false, true] {
                let l = ints(&(0..n as i64).collect::<Vec<_>>());
                let k = ints(&keys);
                unsafe { sort_keyed(l, k, reverse).unwrap() };
                let mut want: Vec<i64> = (0..n as i64).collect();
                if reverse {
                    want.sort_by_key(|&i| core::cmp::Reverse(keys[i as usize]));
                } else {
                    want.sort_by_key(|&i| keys[i as usize]);
                }
                assert_eq!(int_items(l), want);
                drop_list(l);
                drop_list(k);
            }
        }
        // Generic keys: tuples; strs.
        unsafe {
            let l = strs(&["b", "a", "c", "d"]);
            let k = pairs(&[(1, "x"), (0, "y"), (1, "a"), (0, "y")]);
            sort_keyed(l, k, false).unwrap();
            assert_eq!(lrepr(l), "['a', 'd', 'c', 'b']");
            let sk = strs(&["b", "a", "b", "a"]);
            sort_keyed(l, sk, true).unwrap();
            assert_eq!(lrepr(l), "['a', 'c', 'd', 'b']");
            for x in [l, k, sk] {
                drop_list(x);
            }
        }
        assert_eq!(live_objects(), live);
    }

    /// A random value as (python literal, dynamic value).
    fn value(rng: &mut Rng, odd: u64) -> (String, Dyn) {
        let r = rng.below(100);
        if r < odd {
            match rng.below(3) {
                0 => ("None".into(), Dyn { tag: TAG_NONE, val: 0 }),
                1 => {
                    let s = ["a", "b", "ab", ""][rng.below(4) as usize];
                    (format!("'{s}'"), Dyn { tag: TAG_STR, val: str_new(s.as_bytes()) as i64 })
                }
                _ => ("True".into(), Dyn { tag: TAG_BOOL, val: 1 }),
            }
        } else if r < 30 {
            let f = (rng.below(2000) as f64 - 1000.0) / 8.0;
            (format!("{f:?}"), Dyn { tag: TAG_FLOAT, val: f.to_bits() as i64 })
        } else {
            let i = rng.below(200) as i64 - 100;
            (i.to_string(), Dyn { tag: TAG_INT, val: i })
        }
    }

    /// Sorting lists of mixed values: the same order as CPython, or the same TypeError
    /// with the list left holding its items in some order.
    #[test]
    fn mixed_values_agree_with_python() {
        let _g = lock();
        let live = live_objects();
        let mut rng = Rng(2024);
        let mut cases = Vec::new();
        for k in 0..400 {
            let n = [3, 10, 40, 70, 150, 400][k % 6];
            let odd = [0, 1, 3][k % 3];
            let vals: Vec<(String, Dyn)> = (0..n).map(|_| value(&mut rng, odd)).collect();
            cases.push((vals, k % 2 == 1));
        }
        let lines: Vec<String> = cases
            .iter()
            .map(|(v, rev)| format!("{} [{}]", rev, v.iter().map(|x| x.0.as_str()).collect::<Vec<_>>().join(", ")))
            .collect();
        let body = "rev, lit = line.split(' ', 1)
l = eval(lit)
try:
    l.sort(reverse=(rev == 'true'))
    msg = ''
except TypeError as e:
    msg = str(e)
out(repr(l) + ' ! ' + msg)";
        let Some(expected) = python_hex(body, &lines) else { return };
        let mut errors = 0;
        let items = |l: *mut List| {
            let mut v: Vec<String> = unsafe { (0..len(l)).map(|i| repr((*l).desc, slot(l, i))).collect() };
            v.sort();
            v
        };
        for ((vals, rev), want) in cases.iter().zip(expected) {
            let l = dyns(&vals.iter().map(|v| v.1).collect::<Vec<_>>());
            let before = items(l);
            unsafe { pyx_list_sort(l, *rev as i8) };
            let msg = take().map_or(String::new(), |e| e.1);
            let (want_list, want_msg) = want.rsplit_once(" ! ").unwrap();
            assert_eq!(msg, want_msg);
            if msg.is_empty() {
                assert_eq!(lrepr(l), want_list);
            } else {
                errors += 1;
                assert_eq!(items(l), before);
            }
            drop_list(l);
        }
        assert!(errors > 100, "{errors}");
        assert_eq!(live_objects(), live);
    }

    /// Floats with NaNs: CPython's order then depends on exactly which comparisons its sort
    /// makes, so only lists short enough to be one insertion-sorted run match it; longer
    /// ones keep their items, and match it once the NaNs are dropped.
    #[test]
    fn floats_with_nan_agree_with_python() {
        let mut rng = Rng(5);
        let mut cases: Vec<Vec<f64>> = Vec::new();
        for k in 0..60 {
            let n = [20, 63, 100, 300][k % 4];
            cases.push(
                (0..n).map(|_| if rng.below(10) == 0 { f64::NAN } else { rng.below(50) as f64 - 25.0 }).collect(),
            );
        }
        let lit = |x: &f64| if x.is_nan() { "nan".to_string() } else { format!("{x:?}") };
        let lines: Vec<String> = cases.iter().map(|c| c.iter().map(lit).collect::<Vec<_>>().join(" ")).collect();
        let body = "l = [float(x) for x in line.split()]\nm = [x for x in l if x == x]\nl.sort()\nm.sort()
out(repr(l) + ' | ' + repr(m))";
        let Some(expected) = python_hex(body, &lines) else { return };
        let bits = |c: &mut dyn Iterator<Item = f64>| {
            let mut v: Vec<u64> = c.map(f64::to_bits).collect();
            v.sort();
            v
        };
        for (c, want) in cases.iter().zip(expected) {
            let (want_l, want_m) = want.split_once(" | ").unwrap();
            let l = floats(c);
            let m = floats(&c.iter().copied().filter(|x| !x.is_nan()).collect::<Vec<_>>());
            unsafe {
                sort(l, false).unwrap();
                sort(m, false).unwrap();
                if c.len() < SHORT {
                    assert_eq!(lrepr(l), want_l);
                }
                let got = bits(&mut (0..len(l)).map(|i| rd_f64(slot(l, i))));
                assert_eq!(got, bits(&mut c.iter().copied()));
            }
            assert_eq!(lrepr(m), want_m);
            drop_list(l);
            drop_list(m);
        }
    }

    #[test]
    fn tuples_and_strs_agree_with_python() {
        let mut rng = Rng(11);
        // Short and long words, some sharing their first 8 bytes.
        let words = ["pear", "apple", "", "Äpfel", "zebra", "a", "ab", "日本", "b", "abcdefgh", "abcdefghij", "abcdefghi", "abcdefgz", "日本語の単語", "a\0", "a\0b", "\0"];
        let mut cases: Vec<Vec<(i64, &str)>> = Vec::new();
        for k in 0..40 {
            let n = [5, 80, 500][k % 3];
            cases.push((0..n).map(|_| (rng.below(6) as i64, words[rng.below(words.len() as u64) as usize])).collect());
        }
        let lines: Vec<String> = cases
            .iter()
            .map(|c| format!("[{}]", c.iter().map(|(i, s)| format!("({i}, {s:?})")).collect::<Vec<_>>().join(", ")))
            .collect();
        let body =
            "l = eval(line)\nm = [s for _, s in l]\nl.sort()\nm.sort(reverse=True)\nout(repr(l) + ' ' + repr(m))";
        let Some(expected) = python_hex(body, &lines) else { return };
        let live = live_objects();
        for (c, want) in cases.iter().zip(expected) {
            let l = pairs(c);
            let m = strs(&c.iter().map(|p| p.1).collect::<Vec<_>>());
            unsafe {
                sort(l, false).unwrap();
                sort(m, true).unwrap();
            }
            assert_eq!(format!("{} {}", lrepr(l), lrepr(m)), want);
            drop_list(l);
            drop_list(m);
        }
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn bools_and_lists_sort() {
        let live = live_objects();
        unsafe {
            let b = crate::list::list_new(&crate::desc::pyx_desc_bool, 0);
            for v in [1u8, 0, 1, 0] {
                crate::list::list_append(b, &v);
            }
            sort(b, false).unwrap();
            assert_eq!(lrepr(b), "[False, False, True, True]");
            let ll = lists(&[ints(&[2]), ints(&[1, 5]), ints(&[]), ints(&[1])]);
            sort(ll, false).unwrap();
            assert_eq!(lrepr(ll), "[[], [1], [1, 5], [2]]");
            let nones = crate::list::list_new(&crate::desc::pyx_desc_none, 0);
            crate::list::list_append(nones, &0u8);
            crate::list::list_append(nones, &0u8);
            let e = sort(nones, false).unwrap_err();
            assert_eq!(e.msg, b"'<' not supported between instances of 'NoneType' and 'NoneType'");
            for l in [b, ll, nones] {
                drop_list(l);
            }
        }
        assert_eq!(live_objects(), live);
    }

    /// Keys of `n` items in one of several shapes: random, few values, runs up and
    /// down (strict or not), equal, nearly sorted, sawtooth.
    fn shaped(rng: &mut Rng, n: usize, shape: u64) -> Vec<i64> {
        let mut v: Vec<i64> = (0..n as i64).collect();
        match shape {
            0 => v.iter_mut().for_each(|x| *x = rng.next_u64() as i64),
            1 => v.iter_mut().for_each(|x| *x = rng.below(5) as i64),
            2 => v.iter_mut().for_each(|x| *x = -*x),
            3 => v.iter_mut().for_each(|x| *x = -*x / 3),
            4 => {
                let mut i = 0;
                while i < n {
                    let most = [8, 300][rng.below(2) as usize];
                    let len = (1 + rng.below(most) as usize).min(n - i);
                    let (base, step, dup) =
                        (rng.below(1000) as i64, [-1, 1][rng.below(2) as usize], rng.below(3) as i64);
                    for k in 0..len {
                        v[i + k] = base + step * (k as i64 / (1 + dup));
                    }
                    i += len;
                }
            }
            5 => v.iter_mut().for_each(|x| *x = 7),
            6 => {
                for _ in 0..1 + n / 50 {
                    if n > 1 {
                        v.swap(rng.below(n as u64) as usize, rng.below(n as u64) as usize);
                    }
                }
            }
            7 => {
                let m = 1 + rng.below(100) as i64;
                v.iter_mut().for_each(|x| *x %= m);
            }
            _ => v.iter_mut().for_each(|x| *x = rng.below(n as u64 / 4 + 1) as i64),
        }
        v
    }

    type Outcome = (Vec<(i64, usize)>, Result<(), ()>);

    /// Sorts `(key, index)` items by key every way the core can: through `sort_slice`,
    /// merging without branches, and merging in place (no buffer).
    fn sort_three_ways(
        items: &[(i64, usize)],
        reverse: bool,
        mut lt: impl FnMut((i64, usize), (i64, usize)) -> Result<bool, ()>,
    ) -> [Outcome; 3] {
        let (mut a, mut b, mut c) = (items.to_vec(), items.to_vec(), items.to_vec());
        let ra = sort_slice(&mut a, reverse, &mut lt);
        let mut buf = Vec::with_capacity(buffer_len(items.len()));
        let rb = sort_with::<_, _, _, true>(&mut b, reverse, &mut buf, &mut lt);
        let rc = sort_with::<_, _, _, false>(&mut c, reverse, &mut Vec::new(), &mut lt);
        [(a, ra), (b, rb), (c, rc)]
    }

    #[test]
    fn random_lists_match_a_stable_sort() {
        let mut rng = Rng(31337);
        for case in 0..900u64 {
            let n = [rng.below(20), rng.below(200), rng.below(2001)][case as usize % 3] as usize;
            let keys = shaped(&mut rng, n, case % 9);
            let items: Vec<(i64, usize)> = keys.iter().copied().zip(0..).collect();
            for reverse in [false, true] {
                let mut want = items.clone();
                if reverse {
                    want.sort_by_key(|p| core::cmp::Reverse(p.0));
                } else {
                    want.sort_by_key(|p| p.0);
                }
                for (got, r) in sort_three_ways(&items, reverse, |a, b| Ok(a.0 < b.0)) {
                    assert!(r.is_ok());
                    assert!(got == want, "case {case} n={n} reverse={reverse}");
                }
            }
        }
        // One long input, to get deep merges.
        let keys = shaped(&mut rng, 300_000, 4);
        let items: Vec<(i64, usize)> = keys.iter().copied().zip(0..).collect();
        let mut want = items.clone();
        want.sort_by_key(|p| p.0);
        for (got, r) in sort_three_ways(&items, false, |a, b| Ok(a.0 < b.0)) {
            assert!(r.is_ok() && got == want);
        }
    }

    /// A failing comparison ends the sort at once, leaving the items in some order.
    #[test]
    fn errors_stop_the_sort_and_keep_the_items() {
        let mut rng = Rng(4242);
        for case in 0..400u64 {
            let n = 2 + rng.below(if case % 2 == 0 { 100 } else { 2000 }) as usize;
            let keys = shaped(&mut rng, n, case % 9);
            let items: Vec<(i64, usize)> = keys.iter().copied().zip(0..).collect();
            let reverse = case % 3 == 0;
            let mut total = 0u64;
            sort_slice(&mut items.clone(), reverse, |a, b| -> Result<bool, ()> {
                total += 1;
                Ok(a.0 < b.0)
            })
            .unwrap();
            let fail_at = rng.below(total);
            let mut calls = 0u64;
            let results = sort_three_ways(&items, reverse, |a, b| {
                calls += 1;
                if calls.is_multiple_of(fail_at + 1) {
                    Err(())
                } else {
                    Ok(a.0 < b.0)
                }
            });
            assert_eq!(calls, 3 * (fail_at + 1), "case {case}");
            for (mut got, r) in results {
                assert!(r.is_err());
                got.sort_by_key(|p| p.1);
                assert!(got == items, "case {case}");
            }
        }
    }

    #[test]
    fn helpers() {
        assert_eq!(
            [1, 2, 63, 64, 65, 127, 128, 129, 1000, 1 << 20].map(min_run),
            [1, 2, 63, 32, 33, 64, 32, 33, 63, 32]
        );
        // Midpoints 1/8 and 3/8 first differ in the second bit; 3/8 and 5/8 in the first.
        assert_eq!(power(0, 2, 2, 8), 2);
        assert_eq!(power(2, 2, 2, 8), 1);
        assert_eq!(power(0, 1, 1, 1 << 40), 40);
        let s = [1, 2, 2, 3, 5, 8, 8, 9];
        for key in 0..10 {
            let le = s.iter().filter(|&&x| x <= key).count();
            let ge = s.iter().filter(|&&x| x >= key).count();
            assert_eq!(lead(&s, |x| Ok::<_, ()>(x <= key)), Ok(le));
            assert_eq!(trail(&s, |x| Ok::<_, ()>(x >= key)), Ok(ge));
        }
    }
}
