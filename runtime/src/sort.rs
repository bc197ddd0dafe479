//! `list.sort()`: a port of CPython 3.11's timsort (listobject.c: natural runs, binary
//! insertion up to minrun, galloping merges, the powersort merge order), so the same
//! comparisons run in the same order: results, the first TypeError and the permutation
//! left by it all match CPython. Ints, floats and strs are sorted in place with direct
//! comparisons; other elements through an index array and `desc::elem_lt`.
use crate::abi::{DESC_BOOL, DESC_FLOAT, DESC_INT, DESC_STR, EXC_MEMORY_ERROR};
use crate::desc::{elem_lt, rd_f64, rd_i64, rd_ptr, Desc};
use crate::exc::or_raise;
use crate::libc;
use crate::list::{elem_size, len, slot};
use crate::object::{out_of_memory, str_bytes, try_malloc, List, PyErr, Str};
use alloc::vec::Vec;
use core::convert::Infallible;
use core::mem::MaybeUninit;

/// When both runs keep winning fewer than this many times in a row, galloping stops.
const MIN_GALLOP: usize = 7;

fn memory_error() -> PyErr {
    PyErr::new(EXC_MEMORY_ERROR, b"")
}

/// A pending run: `arr[base..base + len]`, with its powersort "power".
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// The state of one sort (CPython's MergeState).
struct Merge<T, F> {
    lt: F,
    min_gallop: usize,
    tmp: Vec<T>,
    pending: Vec<Run>,
    listlen: usize,
}

/// Where `key` belongs in the sorted `a`: left of any equal elements (`a[k-1] < key <= a[k]`),
/// searching from `hint`.
fn gallop_left<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(
    key: T,
    a: &[T],
    hint: usize,
    lt: &mut F,
) -> Result<usize, E> {
    let n = a.len();
    let (mut lastofs, mut ofs): (usize, usize) = (0, 1);
    // Offsets are kept relative to a[0] + 1 below, so `lastofs` never goes negative.
    let (mut lo, mut hi);
    if lt(a[hint], key)? {
        // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(a[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = hint + lastofs + 1;
        hi = hint + ofs;
    } else {
        // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(a[hint - ofs], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = hint + 1 - ofs; // (hint - ofs) + 1
        hi = hint - lastofs;
    }
    // a[lo - 1] < key <= a[hi]: binary search.
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Like `gallop_left`, but right of any equal elements (`a[k-1] <= key < a[k]`).
fn gallop_right<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(
    key: T,
    a: &[T],
    hint: usize,
    lt: &mut F,
) -> Result<usize, E> {
    let n = a.len();
    let (mut lastofs, mut ofs): (usize, usize) = (0, 1);
    let (mut lo, mut hi);
    if lt(key, a[hint])? {
        // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(key, a[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lo = hint + 1 - ofs;
        hi = hint - lastofs;
    } else {
        // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(key, a[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lo = hint + lastofs + 1;
        hi = hint + ofs;
    }
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(key, a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

/// Sorts `s` by binary insertion; `s[..start]` is already sorted. On an error `s` is
/// still a permutation of its input.
fn binarysort<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(s: &mut [T], start: usize, lt: &mut F) -> Result<(), E> {
    for start in start.max(1)..s.len() {
        let pivot = s[start];
        let (mut l, mut r) = (0, start);
        loop {
            let p = l + ((r - l) >> 1);
            if lt(pivot, s[p])? {
                r = p;
            } else {
                l = p + 1;
            }
            if l >= r {
                break;
            }
        }
        s.copy_within(l..start, l + 1);
        s[l] = pivot;
    }
    Ok(())
}

/// The length of the run at the start of `s` (non-empty), and whether it is strictly
/// descending.
fn count_run<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(s: &[T], lt: &mut F) -> Result<(usize, bool), E> {
    if s.len() == 1 {
        return Ok((1, false));
    }
    let mut n = 2;
    if lt(s[1], s[0])? {
        while n < s.len() && lt(s[n], s[n - 1])? {
            n += 1;
        }
        Ok((n, true))
    } else {
        while n < s.len() && !lt(s[n], s[n - 1])? {
            n += 1;
        }
        Ok((n, false))
    }
}

/// The powersort "power" of the run `s1..s1 + n1` followed by one of length `n2`.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// How a merge loop ended.
enum End<E> {
    Done,
    Copy,
    Fail(E),
}

impl<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>> Merge<T, F> {
    /// Makes `tmp` hold a copy of `src`.
    fn stash(&mut self, src: &[T]) {
        self.tmp.clear();
        if self.tmp.try_reserve(src.len()).is_err() {
            out_of_memory();
        }
        self.tmp.extend_from_slice(src);
    }

    /// Merges `arr[..na]` and `arr[na..]` (both sorted, `na <= nb`), with `arr[na - 1]`
    /// belonging at the end and `arr[na]` at the start.
    fn merge_lo(&mut self, arr: &mut [T], mut na: usize) -> Result<(), E> {
        let mut nb = arr.len() - na;
        self.stash(&arr[..na]);
        let (mut dest, mut pa, mut pb) = (0, 0, na);
        arr[dest] = arr[pb];
        dest += 1;
        pb += 1;
        nb -= 1;
        let lt = &mut self.lt;
        let tmp = &self.tmp;
        let end = 'm: {
            if nb == 0 {
                break 'm End::Done;
            }
            if na == 1 {
                break 'm End::Copy;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                // One at a time until one run wins consistently.
                loop {
                    match lt(arr[pb], tmp[pa]) {
                        Err(e) => break 'm End::Fail(e),
                        Ok(true) => {
                            arr[dest] = arr[pb];
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'm End::Done;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            arr[dest] = tmp[pa];
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'm End::Copy;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Galloping.
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(arr[pb], &tmp[pa..pa + na], 0, lt) {
                        Ok(k) => k,
                        Err(e) => break 'm End::Fail(e),
                    };
                    acount = k;
                    if k > 0 {
                        arr[dest..dest + k].copy_from_slice(&tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'm End::Copy;
                        }
                        if na == 0 {
                            break 'm End::Done;
                        }
                    }
                    arr[dest] = arr[pb];
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'm End::Done;
                    }
                    let k = match gallop_left(tmp[pa], &arr[pb..pb + nb], 0, lt) {
                        Ok(k) => k,
                        Err(e) => break 'm End::Fail(e),
                    };
                    bcount = k;
                    if k > 0 {
                        arr.copy_within(pb..pb + k, dest);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'm End::Done;
                        }
                    }
                    arr[dest] = tmp[pa];
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'm End::Copy;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            End::Copy => {
                // The last element of run a belongs at the end.
                arr.copy_within(pb..pb + nb, dest);
                arr[dest + nb] = tmp[pa];
                Ok(())
            }
            End::Done | End::Fail(_) => {
                arr[dest..dest + na].copy_from_slice(&tmp[pa..pa + na]);
                match end {
                    End::Fail(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }

    /// Merges `arr[..na]` and `arr[na..]` (both sorted, `na >= nb`), from the right. The
    /// remaining part of run a is always `arr[..na]`, of run b `tmp[..nb]`, and the next
    /// slot to fill `arr[na + nb - 1]`.
    fn merge_hi(&mut self, arr: &mut [T], mut na: usize) -> Result<(), E> {
        let mut nb = arr.len() - na;
        self.stash(&arr[na..]);
        arr[na + nb - 1] = arr[na - 1];
        na -= 1;
        let lt = &mut self.lt;
        let tmp = &self.tmp;
        let end = 'm: {
            if na == 0 {
                break 'm End::Done;
            }
            if nb == 1 {
                break 'm End::Copy;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0, 0);
                loop {
                    match lt(tmp[nb - 1], arr[na - 1]) {
                        Err(e) => break 'm End::Fail(e),
                        Ok(true) => {
                            arr[na + nb - 1] = arr[na - 1];
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'm End::Done;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            arr[na + nb - 1] = tmp[nb - 1];
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'm End::Copy;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= (min_gallop > 1) as usize;
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(tmp[nb - 1], &arr[..na], na - 1, lt) {
                        Ok(k) => na - k,
                        Err(e) => break 'm End::Fail(e),
                    };
                    acount = k;
                    if k > 0 {
                        arr.copy_within(na - k..na, na - k + nb);
                        na -= k;
                        if na == 0 {
                            break 'm End::Done;
                        }
                    }
                    arr[na + nb - 1] = tmp[nb - 1];
                    nb -= 1;
                    if nb == 1 {
                        break 'm End::Copy;
                    }
                    let k = match gallop_left(arr[na - 1], &tmp[..nb], nb - 1, lt) {
                        Ok(k) => nb - k,
                        Err(e) => break 'm End::Fail(e),
                    };
                    bcount = k;
                    if k > 0 {
                        arr[na + nb - k..na + nb].copy_from_slice(&tmp[nb - k..nb]);
                        nb -= k;
                        if nb == 1 {
                            break 'm End::Copy;
                        }
                        if nb == 0 {
                            break 'm End::Done;
                        }
                    }
                    arr[na + nb - 1] = arr[na - 1];
                    na -= 1;
                    if na == 0 {
                        break 'm End::Done;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            End::Copy => {
                // The first element of run b belongs at the front.
                arr.copy_within(0..na, 1);
                arr[0] = tmp[0];
                Ok(())
            }
            End::Done | End::Fail(_) => {
                arr[na..na + nb].copy_from_slice(&tmp[..nb]);
                match end {
                    End::Fail(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }

    /// Merges the pending runs `i` and `i + 1`.
    fn merge_at(&mut self, arr: &mut [T], i: usize) -> Result<(), E> {
        let (a, b) = (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = a.len + b.len;
        self.pending.remove(i + 1);
        // Elements of a before where b starts, and of b after where a ends, are in place.
        let k = gallop_right(arr[b.base], &arr[a.base..a.base + a.len], 0, &mut self.lt)?;
        let (base, na) = (a.base + k, a.len - k);
        if na == 0 {
            return Ok(());
        }
        let nb = gallop_left(arr[base + na - 1], &arr[b.base..b.base + b.len], b.len - 1, &mut self.lt)?;
        if nb == 0 {
            return Ok(());
        }
        let window = &mut arr[base..b.base + nb];
        if na <= nb {
            self.merge_lo(window, na)
        } else {
            self.merge_hi(window, na)
        }
    }

    /// A new run of length `n2` follows the top run: merge runs of greater power.
    fn found_new_run(&mut self, arr: &mut [T], n2: usize) -> Result<(), E> {
        if let Some(top) = self.pending.last().copied() {
            let power = powerloop(top.base, top.len, n2, self.listlen);
            while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
                self.merge_at(arr, self.pending.len() - 2)?;
            }
            if let Some(top) = self.pending.last_mut() {
                top.power = power;
            }
        }
        Ok(())
    }

    fn force_collapse(&mut self, arr: &mut [T]) -> Result<(), E> {
        while self.pending.len() > 1 {
            let p = &self.pending;
            let mut n = p.len() - 2;
            if n > 0 && p[n - 1].len < p[n + 1].len {
                n -= 1;
            }
            self.merge_at(arr, n)?;
        }
        Ok(())
    }
}

/// Sorts `arr` stably by `lt` (CPython's listsort, without the reversal). On an error
/// `arr` is some permutation of its input.
pub fn timsort<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(arr: &mut [T], lt: F) -> Result<(), E> {
    let n = arr.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = Merge { lt, min_gallop: MIN_GALLOP, tmp: Vec::new(), pending: Vec::with_capacity(64), listlen: n };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let (mut run, descending) = count_run(&arr[lo..], &mut ms.lt)?;
        if descending {
            arr[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            binarysort(&mut arr[lo..lo + force], run, &mut ms.lt)?;
            run = force;
        }
        ms.found_new_run(arr, run)?;
        ms.pending.push(Run { base: lo, len: run, power: 0 });
        lo += run;
    }
    ms.force_collapse(arr)
}

/// Sorts `arr` like list.sort(reverse=...): reversed before and after a stable sort, so
/// equal elements keep their order.
pub fn sort_slice<T: Copy, E, F: FnMut(T, T) -> Result<bool, E>>(arr: &mut [T], reverse: bool, lt: F) -> Result<(), E> {
    if reverse {
        arr.reverse();
    }
    let r = timsort(arr, lt);
    if reverse {
        arr.reverse();
    }
    r
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
    libc::free((*l).items as *mut _);
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
    let fresh = try_malloc(bytes);
    if fresh.is_null() {
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
        DESC_INT => infallible(sort_slice(items_as::<i64>(l), reverse, |a, b| Ok(a < b))),
        DESC_FLOAT => infallible(sort_slice(items_as::<f64>(l), reverse, |a, b| Ok(a < b))),
        DESC_BOOL => infallible(sort_slice(items_as::<u8>(l), reverse, |a, b| Ok(a == 0 && b != 0))),
        DESC_STR => infallible(sort_slice(items_as::<*mut Str>(l), reverse, |a, b| Ok(str_bytes(a) < str_bytes(b)))),
        _ => match (*d).size {
            8 => sort_by_value::<1>(l, d, reverse),
            16 => sort_by_value::<2>(l, d, reverse),
            24 => sort_by_value::<3>(l, d, reverse),
            32 => sort_by_value::<4>(l, d, reverse),
            _ => sort_by_index(l, d, reverse),
        },
    }
}

/// Sorts the slots themselves (N words each, padding possibly uninitialized) through
/// `elem_lt`.
unsafe fn sort_by_value<const N: usize>(l: *mut List, d: *const Desc, reverse: bool) -> Result<(), PyErr> {
    type W = MaybeUninit<u64>;
    let lt = |a: [W; N], b: [W; N]| elem_lt(d, a.as_ptr() as *const u8, b.as_ptr() as *const u8);
    sort_slice(items_as::<[W; N]>(l), reverse, lt)
}

/// Sorts an index array through `elem_lt` on the slots, then reorders the slots.
unsafe fn sort_by_index(l: *mut List, d: *const Desc, reverse: bool) -> Result<(), PyErr> {
    let (mut order, fresh) = index_sort_setup(l)?;
    let r = sort_slice(&mut order, reverse, |a, b| elem_lt(d, slot(l, a), slot(l, b)));
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
        DESC_INT => sort_pairs(&mut order, reverse, |i| rd_i64(key(i)), |a, b| a < b),
        DESC_FLOAT => sort_pairs(&mut order, reverse, |i| rd_f64(key(i)), |a, b| a < b),
        DESC_STR => sort_pairs(&mut order, reverse, |i| rd_ptr::<Str>(key(i)), |a, b| str_bytes(a) < str_bytes(b)),
        _ => sort_slice(&mut order, reverse, |a, b| elem_lt(kd, key(a), key(b))),
    };
    permute(l, &order, fresh);
    r
}

/// Sorts indices by a key read once per index and compared without errors.
fn sort_pairs<K: Copy>(
    order: &mut [usize],
    reverse: bool,
    key: impl Fn(usize) -> K,
    lt: impl Fn(K, K) -> bool,
) -> Result<(), PyErr> {
    let mut pairs: Vec<(K, usize)> = Vec::new();
    pairs.try_reserve_exact(order.len()).map_err(|_| memory_error())?;
    pairs.extend(order.iter().map(|&i| (key(i), i)));
    let r = infallible(sort_slice(&mut pairs, reverse, |a, b| Ok(lt(a.0, b.0))));
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

    /// Sorting lists of mixed values: same order, same TypeError, same permutation left
    /// behind by it as CPython (the comparisons happen in the same order).
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
        for ((vals, rev), want) in cases.iter().zip(expected) {
            let l = dyns(&vals.iter().map(|v| v.1).collect::<Vec<_>>());
            unsafe { pyx_list_sort(l, *rev as i8) };
            let msg = take().map_or(String::new(), |e| e.1);
            errors += !msg.is_empty() as usize;
            assert_eq!(format!("{} ! {}", lrepr(l), msg), want);
            drop_list(l);
        }
        assert!(errors > 100, "{errors}");
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn floats_with_nan_agree_with_python() {
        let mut rng = Rng(5);
        let mut cases: Vec<Vec<f64>> = Vec::new();
        for k in 0..60 {
            let n = [20, 100, 300][k % 3];
            cases.push(
                (0..n).map(|_| if rng.below(10) == 0 { f64::NAN } else { rng.below(50) as f64 - 25.0 }).collect(),
            );
        }
        let lit = |x: &f64| if x.is_nan() { "nan".to_string() } else { format!("{x:?}") };
        let lines: Vec<String> = cases.iter().map(|c| c.iter().map(lit).collect::<Vec<_>>().join(" ")).collect();
        let Some(expected) = python_hex("l = [float(x) for x in line.split()]\nl.sort()\nout(repr(l))", &lines) else {
            return;
        };
        for (c, want) in cases.iter().zip(expected) {
            let l = floats(c);
            unsafe { sort(l, false).unwrap() };
            assert_eq!(lrepr(l), want);
            drop_list(l);
        }
    }

    #[test]
    fn tuples_and_strs_agree_with_python() {
        let mut rng = Rng(11);
        let words = ["pear", "apple", "", "Äpfel", "zebra", "a", "ab", "日本", "b"];
        let mut cases: Vec<Vec<(i64, &str)>> = Vec::new();
        for k in 0..40 {
            let n = [5, 80, 500][k % 3];
            cases.push((0..n).map(|_| (rng.below(6) as i64, words[rng.below(words.len() as u64) as usize])).collect());
        }
        let lines: Vec<String> = cases
            .iter()
            .map(|c| format!("[{}]", c.iter().map(|(i, s)| format!("({i}, '{s}')")).collect::<Vec<_>>().join(", ")))
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

}
