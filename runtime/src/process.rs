//! Program start and end: `sys.argv`, and at exit the uncaught exception report,
//! `SystemExit`'s code, flushing the streams and the leak check.
use crate::exc::{exc_decref, report, take_pending};
use crate::format::int_decimal;
use crate::io;
use crate::libc;
use crate::desc::pyx_desc_str;
use crate::list::{list_free, list_new, list_push_word};
use crate::object::{live_objects, Global, List};
use crate::str::str_from_external;
use alloc::vec::Vec;
use core::ffi::{c_char, c_int};

/// `sys.argv`, held by the runtime until `pyx_finish`.
static ARGV: Global<*mut List> = Global::new(core::ptr::null_mut());

/// The argv list built from C's `main` arguments.
///
/// # Safety
/// `argv` must hold `argc` valid C strings.
unsafe fn argv_list(argc: c_int, argv: *const *const c_char) -> *mut List {
    let n = if argv.is_null() { 0 } else { argc.max(0) as usize };
    let l = list_new(&pyx_desc_str, n);
    for i in 0..n {
        let p = *argv.add(i);
        if !p.is_null() {
            let bytes = core::slice::from_raw_parts(p as *const u8, libc::strlen(p));
            list_push_word(l, str_from_external(bytes) as i64);
        }
    }
    l
}

/// pyx_init(argc, argv): set up sys.argv and stdout buffering. Called first by main.
///
/// # Safety
/// `argv` must hold `argc` valid C strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_init(argc: c_int, argv: *const *const c_char) {
    crate::pool::init();
    io::init();
    let top = 0u8;
    crate::guard::install(&top as *const u8 as usize);
    *ARGV.get() = argv_list(argc, argv);
}

/// pyx_argv() -> sys.argv (a new reference).
#[unsafe(no_mangle)]
pub extern "C" fn pyx_argv() -> *mut List {
    // SAFETY: single-threaded access to the runtime's global; the list is valid.
    unsafe {
        let slot = ARGV.get();
        if (*slot).is_null() {
            *slot = argv_list(0, core::ptr::null());
        }
        (**slot).rc += 1;
        *slot
    }
}

/// pyx_leakcheck() -> whether PYEXE_LEAKCHECK is set: only then does `main` release the
/// globals at exit (the operating system reclaims the memory faster than freeing it).
#[unsafe(no_mangle)]
pub extern "C" fn pyx_leakcheck() -> i8 {
    // SAFETY: getenv with a NUL-terminated name.
    unsafe { !libc::getenv(c"PYEXE_LEAKCHECK".as_ptr()).is_null() as i8 }
}

/// pyx_finish() -> exit code: reports an uncaught exception, flushes the streams, and
/// prints the live object count when PYEXE_LEAKCHECK is set.
#[unsafe(no_mangle)]
pub extern "C" fn pyx_finish() -> c_int {
    let e = take_pending();
    let mut text = Vec::new();
    // SAFETY: `e` is null or the pending exception, now owned here.
    let code = if e.is_null() { 0 } else { unsafe { report(e, &mut text) } };
    io::flush_stdout();
    io::write_stderr(&text);
    // SAFETY: the exception and argv are owned by the runtime and no longer used.
    unsafe {
        exc_decref(e);
        let argv = core::mem::replace(&mut *ARGV.get(), core::ptr::null_mut());
        if !argv.is_null() {
            (*argv).rc -= 1;
            if (*argv).rc == 0 {
                list_free(argv);
            }
        }
        if !libc::getenv(c"PYEXE_LEAKCHECK".as_ptr()).is_null() {
            let mut line = b"pyexe-leakcheck: live=".to_vec();
            int_decimal(live_objects(), &mut line);
            line.push(b'\n');
            io::write_stderr(&line);
        }
    }
    io::flush_stdout();
    crate::buf::release_pool();
    code
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::desc::testing::lrepr;

    #[test]
    fn argv_is_a_list_of_str() {
        let live = live_objects();
        let args = [c"prog".as_ptr(), c"x y".as_ptr(), c"\xff".as_ptr()];
        // SAFETY: three valid C strings.
        unsafe {
            let l = argv_list(3, args.as_ptr());
            assert_eq!((*l).desc, &pyx_desc_str as *const _);
            assert_eq!(lrepr(l), "['prog', 'x y', '\u{fffd}']");
            list_free(l);
            let e = argv_list(0, core::ptr::null());
            assert_eq!(lrepr(e), "[]");
            list_free(e);
        }
        assert_eq!(live_objects(), live);
    }
}
