//! Python lists of `i64` slots (ints, or object pointers the list owns): creation,
//! freeing, indexing and slicing. Only lists of strings (`sys.argv`) hold objects so far.
use crate::abi::EXC_INDEX_ERROR;
use crate::exc::or_raise;
use crate::libc;
use crate::object::{malloc_or_die, note_alloc, note_free, out_of_memory, str_decref, str_incref, List, PyErr, Str};
use crate::slice::{item_index, slice_indices};

/// A new empty counted list with room for `cap` items.
pub fn list_new(cap: usize) -> *mut List {
    let l = malloc_or_die(core::mem::size_of::<List>()) as *mut List;
    let items = if cap == 0 { core::ptr::null_mut() } else { malloc_or_die(cap.saturating_mul(8)) as *mut i64 };
    // SAFETY: `l` is a fresh allocation of the right size.
    unsafe { l.write(List { rc: 1, len: 0, cap: cap as i64, items }) };
    note_alloc();
    l
}

/// Appends a slot, taking ownership of what it refers to.
///
/// # Safety
/// `l` must be a valid list.
pub unsafe fn list_push(l: *mut List, v: i64) {
    let l = &mut *l;
    if l.len == l.cap {
        let cap = (l.cap.max(2) as usize).saturating_mul(2);
        let items = libc::realloc(l.items as *mut _, cap.saturating_mul(8)) as *mut i64;
        if items.is_null() {
            out_of_memory();
        }
        l.items = items;
        l.cap = cap as i64;
    }
    l.items.add(l.len as usize).write(v);
    l.len += 1;
}

/// The slots of a list.
///
/// # Safety
/// `l` must be a valid list that outlives the slice.
pub unsafe fn list_items<'a>(l: *const List) -> &'a [i64] {
    if (*l).items.is_null() || (*l).len <= 0 {
        return &[];
    }
    core::slice::from_raw_parts((*l).items, (*l).len as usize)
}

/// Drops the list's reference to an object slot.
///
/// # Safety
/// `v` must be an object pointer owned by the list.
unsafe fn obj_decref(v: i64) {
    str_decref(v as *mut Str); // strings are the only objects lists hold so far
}

/// pyx_list_free(list, elems_are_objects): frees a list whose count reached zero.
///
/// # Safety
/// `l` must be a counted list with no references left.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_free(l: *mut List, elems_are_objects: i8) {
    if l.is_null() {
        return;
    }
    if elems_are_objects != 0 {
        for &v in list_items(l) {
            obj_decref(v);
        }
    }
    libc::free((*l).items as *mut _);
    libc::free(l as *mut _);
    note_free();
}

/// `xs[i]` for a list of objects: a new reference.
///
/// # Safety
/// `l` must be a valid list of objects.
unsafe fn get_obj(l: *mut List, i: i64) -> Result<*mut Str, PyErr> {
    let items = list_items(l);
    match item_index(items.len() as i64, i).and_then(|i| items.get(i)) {
        Some(&v) => {
            str_incref(v as *mut Str);
            Ok(v as *mut Str)
        }
        None => Err(PyErr::new(EXC_INDEX_ERROR, b"list index out of range")),
    }
}

/// `xs[start:stop:step]` for a list of objects: a new list holding new references.
///
/// # Safety
/// `l` must be a valid list of objects.
unsafe fn slice_obj(l: *mut List, start: i64, stop: i64, step: i64, mask: i64) -> Result<*mut List, PyErr> {
    let items = list_items(l);
    let sl = slice_indices(items.len() as i64, start, stop, step, mask)?;
    let r = list_new(sl.count as usize);
    for k in 0..sl.count {
        if let Some(&v) = items.get((sl.start + k * sl.step) as usize) {
            str_incref(v as *mut Str);
            list_push(r, v);
        }
    }
    Ok(r)
}

/// # Safety
/// `l` must be a valid list of objects.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_get_obj(l: *mut List, i: i64) -> *mut Str {
    or_raise(get_obj(l, i), core::ptr::null_mut())
}

/// # Safety
/// `l` must be a valid list of objects.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_list_slice_obj(l: *mut List, start: i64, stop: i64, step: i64, mask: i64) -> *mut List {
    or_raise(slice_obj(l, start, stop, step, mask), core::ptr::null_mut())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::*;
    use crate::object::{live_objects, str_bytes, str_new};

    unsafe fn texts(l: *mut List) -> Vec<String> {
        list_items(l).iter().map(|&v| String::from_utf8(str_bytes(v as *mut Str).to_vec()).unwrap()).collect()
    }

    #[test]
    fn get_and_slice() {
        let live = live_objects();
        unsafe {
            let l = list_new(0);
            for w in ["prog", "a", "b", "c"] {
                list_push(l, str_new(w.as_bytes()) as i64);
            }
            assert_eq!((*l).len, 4);
            let x = get_obj(l, -1).unwrap();
            assert_eq!(str_bytes(x), b"c");
            assert_eq!((*x).rc, 2);
            str_decref(x);
            let e = get_obj(l, 4).unwrap_err();
            assert_eq!((e.kind, e.msg.as_slice()), (EXC_INDEX_ERROR, &b"list index out of range"[..]));
            let s = slice_obj(l, 1, 0, 0, SLICE_HAS_START).unwrap();
            assert_eq!(texts(s), ["a", "b", "c"]);
            let r = slice_obj(l, 0, 0, -2, SLICE_HAS_STEP).unwrap();
            assert_eq!(texts(r), ["c", "a"]);
            let empty = slice_obj(l, 3, 1, 0, SLICE_HAS_START | SLICE_HAS_STOP).unwrap();
            assert_eq!((*empty).len, 0);
            assert!(slice_obj(l, 0, 0, 0, SLICE_HAS_STEP).is_err());
            for x in [l, s, r, empty] {
                pyx_list_free(x, 1);
            }
        }
        assert_eq!(live_objects(), live);
    }
}
