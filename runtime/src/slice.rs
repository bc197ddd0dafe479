//! Python slice and index normalization shared by strings and lists
//! (CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`).
use crate::abi::{EXC_VALUE_ERROR, SLICE_HAS_START, SLICE_HAS_STEP, SLICE_HAS_STOP};
use crate::object::PyErr;

/// The selected positions: `start + k * step` for `k` in `0..count`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slice {
    pub start: i64,
    pub step: i64,
    pub count: i64,
}

/// Normalizes `[start:stop:step]` (parts absent per `mask`) for a sequence of `len` items.
pub fn slice_indices(len: i64, start: i64, stop: i64, step: i64, mask: i64) -> Result<Slice, PyErr> {
    let step = if mask & SLICE_HAS_STEP != 0 { step } else { 1 };
    if step == 0 {
        return Err(PyErr::new(EXC_VALUE_ERROR, b"slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX); // so that -step cannot overflow
    let start = if mask & SLICE_HAS_START != 0 {
        start
    } else if step < 0 {
        i64::MAX
    } else {
        0
    };
    let stop = if mask & SLICE_HAS_STOP != 0 {
        stop
    } else if step < 0 {
        i64::MIN
    } else {
        i64::MAX
    };
    let clamp = |i: i64| {
        if i < 0 {
            let i = i + len;
            if i < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                i
            }
        } else if i >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            i
        }
    };
    let (start, stop) = (clamp(start), clamp(stop));
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(Slice { start, step, count })
}

/// Normalizes a subscript `i` (negative counts from the end); None when out of range.
pub fn item_index(len: i64, i: i64) -> Option<usize> {
    let i = if i < 0 { i.checked_add(len)? } else { i };
    if (0..len).contains(&i) {
        Some(i as usize)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    const ALL: i64 = SLICE_HAS_START | SLICE_HAS_STOP | SLICE_HAS_STEP;

    /// The indices a slice selects, as a list.
    fn picks(len: i64, start: i64, stop: i64, step: i64, mask: i64) -> Vec<i64> {
        let s = slice_indices(len, start, stop, step, mask).unwrap();
        (0..s.count).map(|k| s.start + k * s.step).collect()
    }

    #[test]
    fn python_slices() {
        // Expected values from CPython: list(range(5))[...]
        assert_eq!(picks(5, 1, 3, 0, SLICE_HAS_START | SLICE_HAS_STOP), [1, 2]);
        assert_eq!(picks(5, 0, 0, 0, 0), [0, 1, 2, 3, 4]);
        assert_eq!(picks(5, 0, 0, -1, SLICE_HAS_STEP), [4, 3, 2, 1, 0]);
        assert_eq!(picks(5, -2, 0, 0, SLICE_HAS_START), [3, 4]);
        assert_eq!(picks(5, 0, -2, 0, SLICE_HAS_STOP), [0, 1, 2]);
        assert_eq!(picks(5, 3, 0, -2, SLICE_HAS_START | SLICE_HAS_STEP), [3, 1]);
        assert_eq!(picks(5, -100, 100, 2, ALL), [0, 2, 4]);
        assert_eq!(picks(5, 100, -100, -3, ALL), [4, 1]);
        assert_eq!(picks(5, 4, 1, 1, ALL), Vec::<i64>::new());
        assert_eq!(picks(5, 1, 4, -1, ALL), Vec::<i64>::new());
        assert_eq!(picks(5, i64::MIN, i64::MAX, i64::MIN, ALL), Vec::<i64>::new());
        assert_eq!(picks(5, i64::MAX, i64::MIN, i64::MIN, ALL), [4]);
        assert_eq!(picks(5, 0, 0, i64::MAX, SLICE_HAS_STEP), [0]);
        assert_eq!(picks(0, 0, 0, -1, SLICE_HAS_STEP), Vec::<i64>::new());
        let e = slice_indices(5, 0, 0, 0, SLICE_HAS_STEP).unwrap_err();
        assert_eq!((e.kind, e.msg.as_slice()), (EXC_VALUE_ERROR, &b"slice step cannot be zero"[..]));
    }

    #[test]
    fn item_indices() {
        assert_eq!(item_index(3, 0), Some(0));
        assert_eq!(item_index(3, -1), Some(2));
        assert_eq!(item_index(3, -3), Some(0));
        assert_eq!(item_index(3, -4), None);
        assert_eq!(item_index(3, 3), None);
        assert_eq!(item_index(3, i64::MIN), None);
        assert_eq!(item_index(0, 0), None);
    }
}
