//! Exceptions: the pending exception `pyx_exc`, raising, traceback frames, and the text
//! CPython prints for an uncaught exception or `SystemExit`.
use crate::abi::{EXC_KINDS, EXC_SYSTEM_EXIT, TAG_BOOL, TAG_INT, TAG_NONE};
use crate::dynamic::pyx_dyn_to_str;
use crate::format::int_decimal;
use crate::object::{
    dyn_decref, dyn_incref, note_alloc, note_free, str_bytes, str_decref, str_incref, str_new, Dyn, PyErr, Str,
};
use alloc::boxed::Box;
use alloc::vec::Vec;

/// One traceback frame; the frame holds a reference to both strings.
struct Frame {
    file: *mut Str,
    line: i64,
    func: *mut Str,
    /// The source line and error markers printed under the `File` line (may be empty).
    detail: *mut Str,
}

/// An exception object. Codegen may rely on the prefix `rc, kind`.
///
/// The exception of an instance of a class with state (`obj`) is one object with it, as
/// in CPython: the instance owns its exception (`exc_slot`) and the exception points
/// back at the instance. A reference to such an exception is a reference to the instance:
/// `exc_incref`/`exc_decref` count on the instance, and the exception is freed with it.
#[repr(C)]
pub struct Exc {
    pub rc: i64,
    /// One of `abi::EXC_*`.
    pub kind: i64,
    /// The message, owned (null: no message).
    pub msg: *mut Str,
    /// `SystemExit`'s code, owned (`TAG_NONE` for other kinds); a code that is not None or
    /// an int is also in `msg` as text, printed at exit.
    pub code: Dyn,
    /// Traceback frames, innermost first.
    frames: Vec<Frame>,
    /// The exception being handled when this one was raised (`__context__`), owned.
    context: *mut Exc,
    /// `raise ... from cause` (`__cause__`), owned; `suppress` hides the context.
    cause: *mut Exc,
    suppress: bool,
    /// The instance of an exception class with state (`raise E(a, b)`), whose count is
    /// this exception's; or null.
    obj: *mut u8,
    /// The constructor's argument (`e.args[0]`) as an `object`, owned, if it had one.
    arg: Option<Dyn>,
}

/// The pending exception (null when none). Codegen tests it after every call that can raise.
#[unsafe(no_mangle)]
#[allow(non_upper_case_globals)]
pub static mut pyx_exc: *mut Exc = core::ptr::null_mut();

/// Whether an exception is pending: a dunder of the program the runtime called raised, and
/// the operation calling it stops.
pub fn pending() -> bool {
    // SAFETY: single-threaded access to the runtime's global.
    unsafe { !pyx_exc.is_null() }
}

const NO_CODE: Dyn = Dyn { tag: TAG_NONE, val: 0 };

/// Makes `e` the pending exception, dropping one that is still pending.
fn set_pending(e: *mut Exc) {
    // SAFETY: single-threaded access to the runtime's global; the old exception is ours.
    unsafe {
        let old = pyx_exc;
        pyx_exc = e;
        exc_decref(old);
    }
}

/// Creates and raises an exception taking ownership of `msg` and `code`.
fn raise_owned(kind: i64, msg: *mut Str, code: Dyn) {
    raise_with(kind, msg, code, core::ptr::null_mut());
}

fn raise_with(kind: i64, msg: *mut Str, code: Dyn, obj: *mut u8) {
    note_alloc();
    let e = Exc { rc: 1, kind, msg, code, frames: Vec::new(), context: core::ptr::null_mut(), cause: core::ptr::null_mut(), suppress: false, obj, arg: None };
    set_pending(Box::into_raw(Box::new(e)));
}

/// Where an instance of an exception class with state keeps its exception (null until
/// it is raised or needed): after its count and class.
///
/// # Safety
/// `obj` must be an instance of an exception class with state.
unsafe fn exc_slot(obj: *mut u8) -> *mut *mut Exc {
    (obj as *mut *mut Exc).add(2)
}

/// The exception of instance `obj` (made on first use, of `kind`, with message `msg`
/// (borrowed)), taking over the caller's reference to `obj`; a new message replaces the
/// old one (str(e) may have changed since).
///
/// # Safety
/// As `exc_slot`; `msg` must be a valid `Str`; the caller owns a reference to `obj`.
unsafe fn exc_of(kind: i64, msg: *mut Str, obj: *mut u8) -> *mut Exc {
    str_incref(msg);
    let slot = exc_slot(obj);
    if (*slot).is_null() {
        note_alloc();
        let e = Exc { rc: 1, kind, msg, code: NO_CODE, frames: Vec::new(), context: core::ptr::null_mut(), cause: core::ptr::null_mut(), suppress: false, obj, arg: None };
        *slot = Box::into_raw(Box::new(e));
    } else {
        str_decref((**slot).msg);
        (**slot).msg = msg;
    }
    *slot
}

/// pyx_raise_obj(kind, msg, obj): raise an instance of an exception class with state (its
/// exception is pending, with the traceback it already has when raised before); `msg`
/// (its str) is borrowed, the instance `obj` is consumed.
///
/// # Safety
/// `msg` must be a valid `Str`, `obj` an instance of such a class the caller owns a
/// reference to.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_raise_obj(kind: i64, msg: *mut Str, obj: *mut u8) {
    set_pending(exc_of(kind, msg, obj));
}

/// pyx_exc_of(kind, msg, obj) -> the exception of instance `obj` of an exception class
/// with state (a new reference; `raise ... from obj`, `obj.__cause__`); `msg` (its str)
/// is borrowed, `obj` too.
///
/// # Safety
/// As `pyx_raise_obj`, but `obj` is borrowed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_of(kind: i64, msg: *mut Str, obj: *mut u8) -> *mut Exc {
    *(obj as *mut i64) += 1;
    exc_of(kind, msg, obj)
}

/// pyx_exc_unpair(e): frees the exception of an instance being freed (the instance's drop
/// function calls it; null: it had none).
///
/// # Safety
/// `e` must be null or the exception of the instance being freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_unpair(e: *mut Exc) {
    if !e.is_null() {
        (*e).obj = core::ptr::null_mut();
        exc_free(e);
    }
}

/// pyx_exc_incref(e): one more reference to exception `e` (null: None).
///
/// # Safety
/// `e` must be null or a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_incref(e: *mut Exc) {
    exc_incref(e);
}

/// One more reference to an exception (null: none): on its instance if it has one.
///
/// # Safety
/// `e` must be null or a valid exception.
pub unsafe fn exc_incref(e: *mut Exc) {
    if e.is_null() {
        return;
    }
    if (*e).obj.is_null() {
        (*e).rc += 1;
    } else {
        *((*e).obj as *mut i64) += 1;
    }
}

/// pyx_exc_cause(e) -> `e.__cause__` (a new reference; null for None, also when `e` is).
///
/// # Safety
/// `e` must be null or a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_cause(e: *mut Exc) -> *mut Exc {
    let c = if e.is_null() { e } else { (*e).cause };
    exc_incref(c);
    c
}

/// pyx_exc_context(e) -> `e.__context__` (a new reference; null for None).
///
/// # Safety
/// `e` must be null or a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_context(e: *mut Exc) -> *mut Exc {
    let c = if e.is_null() { e } else { (*e).context };
    exc_incref(c);
    c
}

/// pyx_exc_code(e) -> `e.code` of a SystemExit (a new reference); AttributeError for
/// other exceptions.
///
/// # Safety
/// `e` must be a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_code(e: *mut Exc) -> Dyn {
    if (*e).kind != EXC_SYSTEM_EXIT {
        let name = kind_name((*e).kind);
        let mut m = Vec::new();
        m.push(b'\'');
        m.extend_from_slice(name.rsplit('.').next().unwrap_or(name).as_bytes());
        m.extend_from_slice(b"' object has no attribute 'code'");
        raise(crate::abi::EXC_ATTRIBUTE_ERROR, &m);
        return NO_CODE;
    }
    dyn_incref((*e).code);
    (*e).code
}

/// pyx_exc_suppress(e) -> `e.__suppress_context__`.
///
/// # Safety
/// `e` must be a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_suppress(e: *mut Exc) -> i8 {
    (*e).suppress as i8
}

/// pyx_exc_obj(e) -> the instance `e` carries (borrowed), null if none.
///
/// # Safety
/// `e` must be a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_obj(e: *mut Exc) -> *mut u8 {
    (*e).obj
}

/// pyx_exc_like_repr(name, args) -> `name(a, b)`: `args` is the repr of the arguments'
/// tuple (`('x',)` gives `name('x')`, `()` gives `name()`).
///
/// # Safety
/// `name` and `args` must be valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_like_repr(name: *mut Str, args: *mut Str) -> *mut Str {
    let mut out = Vec::new();
    out.extend_from_slice(str_bytes(name));
    let a = str_bytes(args);
    let inner = if a.len() >= 2 { &a[1..a.len() - 1] } else { a };
    out.push(b'(');
    out.extend_from_slice(inner.strip_suffix(b",").unwrap_or(inner));
    out.push(b')');
    str_new(&out)
}

/// Removes the pending exception and returns it (null when none); the caller owns it.
pub fn take_pending() -> *mut Exc {
    // SAFETY: single-threaded access to the runtime's global.
    unsafe {
        let e = pyx_exc;
        pyx_exc = core::ptr::null_mut();
        e
    }
}

/// Frees an exception with its message, code and traceback (not its instance: see
/// `pyx_exc_unpair`).
///
/// # Safety
/// `e` must be null or an exception created here that nothing else refers to.
pub unsafe fn exc_free(e: *mut Exc) {
    if e.is_null() {
        return;
    }
    let e = Box::from_raw(e);
    exc_decref(e.context);
    exc_decref(e.cause);
    if let Some(a) = e.arg {
        dyn_decref(a);
    }
    str_decref(e.msg);
    dyn_decref(e.code);
    for f in e.frames.iter() {
        str_decref(f.file);
        str_decref(f.func);
        str_decref(f.detail);
    }
    note_free();
}

/// Raises a built-in exception with a message.
pub fn raise(kind: i64, msg: &[u8]) {
    let s = if msg.is_empty() { core::ptr::null_mut() } else { str_new(msg) };
    raise_owned(kind, s, NO_CODE);
    // SAFETY: a fresh string (or null).
    unsafe { set_message_arg(kind, s) };
}

/// Makes `arg` (consumed) the argument of the pending exception (`e.args[0]`).
pub fn set_pending_arg(arg: Dyn) {
    // SAFETY: single-threaded access to the runtime's global; the exception is valid.
    unsafe {
        let e = pyx_exc;
        if e.is_null() {
            dyn_decref(arg);
            return;
        }
        if let Some(old) = (*e).arg.replace(arg) {
            dyn_decref(old);
        }
    }
}

/// pyx_exc_set_arg(tag, val): the argument the pending exception was raised with
/// (consumed), for `e.args`.
#[unsafe(no_mangle)]
pub extern "C" fn pyx_exc_set_arg(tag: i64, val: i64) {
    set_pending_arg(Dyn { tag, val });
}

/// pyx_exc_args(e) -> `e.args`: a tuple of its argument, or `()`.
///
/// # Safety
/// `e` must be a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_args(e: *mut Exc) -> *mut crate::object::List {
    if !(*e).obj.is_null() {
        // An instance of an exception class with state keeps its arguments' tuple after
        // its exception, message and the message's repr: `{rc, class, exc, __msg__,
        // __args__, __argv__, ...}` (see codegen's `class_ty`).
        let argv = *((*e).obj as *const *mut crate::object::List).add(5);
        if !argv.is_null() {
            (*argv).rc += 1;
            return argv;
        }
    }
    let l = crate::list::list_new(&crate::desc::pyx_desc_dyn, 1);
    if let Some(a) = (*e).arg {
        dyn_incref(a);
        crate::list::pyx_list_append(l, &a as *const Dyn as *const u8);
    }
    l
}

/// Raises the exception pure runtime code reported.
pub fn raise_err(e: PyErr) {
    if e.kind >= 0 {
        raise(e.kind, &e.msg);
    }
}

/// The value of `r`, or `fallback` after raising its error.
pub fn or_raise<T>(r: Result<T, PyErr>, fallback: T) -> T {
    r.unwrap_or_else(|e| {
        raise_err(e);
        fallback
    })
}

/// The program's exception classes: names (immortal strings) and parent kinds.
static USER_KINDS: crate::object::Global<(*const *const Str, *const i64, usize)> =
    crate::object::Global::new((core::ptr::null(), core::ptr::null(), 0));

/// pyx_exc_register(names, parents, n): the program's exception classes, kinds
/// `EXC_USER_BASE + i` (static tables emitted by codegen, registered before any code runs).
///
/// # Safety
/// The tables must hold `n` valid entries and live for the whole run.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_register(names: *const *const Str, parents: *const i64, n: i64) {
    *USER_KINDS.get() = (names, parents, n.max(0) as usize);
}

/// The user kind table entry of `kind`, if it is one.
fn user_kind(kind: i64) -> Option<(&'static [u8], i64)> {
    let i = usize::try_from(kind - crate::abi::EXC_USER_BASE).ok()?;
    // SAFETY: the registered tables are static and hold `n` entries.
    unsafe {
        let (names, parents, n) = *USER_KINDS.get();
        (i < n).then(|| (str_bytes(*names.add(i)), *parents.add(i)))
    }
}

/// The name of an exception kind (as the traceback prints it).
pub fn kind_name(kind: i64) -> &'static str {
    if let Some((name, _)) = user_kind(kind) {
        return core::str::from_utf8(name).unwrap_or("Exception");
    }
    EXC_KINDS.iter().find(|k| k.0 == kind).map_or("Exception", |k| k.1)
}

/// The parent of an exception kind (-1 for BaseException).
fn kind_parent(kind: i64) -> i64 {
    if let Some((_, p)) = user_kind(kind) {
        return p;
    }
    EXC_KINDS.iter().find(|k| k.0 == kind).map_or(-1, |k| k.2)
}

/// Writes what the interpreter prints for an uncaught exception to `out` (a traceback
/// and `Kind: message`, or `SystemExit`'s message) and returns the exit code.
///
/// # Safety
/// `e` must point to a valid exception.
pub unsafe fn report(e: *const Exc, out: &mut Vec<u8>) -> i32 {
    let e = &*e;
    if e.kind != EXC_SYSTEM_EXIT {
        if !e.cause.is_null() {
            report(e.cause, out);
            out.extend_from_slice(b"\nThe above exception was the direct cause of the following exception:\n\n");
        } else if !e.context.is_null() && !e.suppress {
            report(e.context, out);
            out.extend_from_slice(b"\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if e.kind == EXC_SYSTEM_EXIT {
        return match e.code.tag {
            TAG_NONE => 0,
            TAG_INT | TAG_BOOL => (e.code.val & 0xff) as i32,
            _ => {
                out.extend_from_slice(str_bytes(e.msg));
                out.push(b'\n');
                1
            }
        };
    }
    if !e.frames.is_empty() {
        out.extend_from_slice(b"Traceback (most recent call last):\n");
    }
    // Like CPython, runs of the same frame (file, line, function) show three times, then
    // "[Previous line repeated N more times]".
    const CUTOFF: usize = 3;
    let mut run = 0usize;
    let mut last: Option<&Frame> = None;
    for f in e.frames.iter().rev() {
        let same = last.is_some_and(|l| l.line == f.line && str_bytes(l.file) == str_bytes(f.file) && str_bytes(l.func) == str_bytes(f.func));
        if !same {
            repeated_line(run, CUTOFF, out);
            run = 0;
        }
        last = Some(f);
        run += 1;
        if run > CUTOFF {
            continue;
        }
        out.extend_from_slice(b"  File \"");
        out.extend_from_slice(str_bytes(f.file));
        out.extend_from_slice(b"\", line ");
        int_decimal(f.line, out);
        out.extend_from_slice(b", in ");
        out.extend_from_slice(str_bytes(f.func));
        out.push(b'\n');
        out.extend_from_slice(str_bytes(f.detail));
    }
    repeated_line(run, CUTOFF, out);
    out.extend_from_slice(kind_name(e.kind).as_bytes());
    let msg = str_bytes(e.msg);
    if !msg.is_empty() {
        out.extend_from_slice(b": ");
        out.extend_from_slice(msg);
    }
    out.push(b'\n');
    1
}

/// `  [Previous line repeated N more times]` when a run of frames passed the cutoff.
fn repeated_line(run: usize, cutoff: usize, out: &mut Vec<u8>) {
    if run > cutoff {
        let n = run - cutoff;
        out.extend_from_slice(b"  [Previous line repeated ");
        int_decimal(n as i64, out);
        out.extend_from_slice(if n == 1 { b" more time]\n" } else { b" more times]\n" });
    }
}

/// pyx_raise(kind, msg): raise a built-in exception; `msg` is borrowed (null: no message).
///
/// # Safety
/// `msg` must be null or a valid `Str`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_raise(kind: i64, msg: *mut Str) {
    str_incref(msg);
    raise_owned(kind, msg, NO_CODE);
    set_message_arg(kind, msg);
}

/// The argument of an exception raised with a message: the message (`e.args[0]`); a
/// KeyError's message is the key's repr, so a quoted text stands for the text itself.
///
/// # Safety
/// `msg` must be null or a valid string.
unsafe fn set_message_arg(kind: i64, msg: *mut Str) {
    if let Some(a) = message_arg(kind, msg) {
        set_pending_arg(a);
    }
}

/// The argument (owned) of an exception of `kind` made with message `msg`; see
/// `set_message_arg`.
///
/// # Safety
/// `msg` must be null or a valid string.
unsafe fn message_arg(kind: i64, msg: *mut Str) -> Option<Dyn> {
    let m = str_bytes(msg);
    if msg.is_null() || m.is_empty() {
        return None;
    }
    if kind_is(kind, crate::abi::EXC_KEY_ERROR) {
        if let [b'\'', inner @ .., b'\''] = m {
            if !inner.iter().any(|&c| c == b'\'' || c == b'\\') {
                return Some(Dyn { tag: crate::abi::TAG_STR, val: str_new(inner) as i64 });
            }
        }
        return None;
    }
    str_incref(msg);
    Some(Dyn { tag: crate::abi::TAG_STR, val: msg as i64 })
}

/// pyx_exc_new(kind, msg, tag, val) -> a new exception object `Kind(arg)`, not raised
/// (`err = ValueError("bad")`): `msg` is str(arg), borrowed (null: no argument), the
/// argument itself the object `{tag, val}` (consumed; no argument when `tag` < 0).
///
/// # Safety
/// `msg` must be null or a valid `Str`, `{tag, val}` a valid object.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_new(kind: i64, msg: *mut Str, tag: i64, val: i64) -> *mut Exc {
    str_incref(msg);
    note_alloc();
    let arg = (tag >= 0).then_some(Dyn { tag, val });
    let e = Exc { rc: 1, kind, msg, code: NO_CODE, frames: Vec::new(), context: core::ptr::null_mut(), cause: core::ptr::null_mut(), suppress: false, obj: core::ptr::null_mut(), arg };
    Box::into_raw(Box::new(e))
}

/// pyx_raise_exc(e): `raise e` of an exception object (borrowed): it becomes pending.
///
/// # Safety
/// `e` must be a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_raise_exc(e: *mut Exc) {
    exc_incref(e);
    set_pending(e);
}

/// The recursion limit (`sys.setrecursionlimit`, CPython's default 1000): a function that
/// may recurse raises RecursionError on entry when `pyx_depth` would exceed it.
#[unsafe(no_mangle)]
#[allow(non_upper_case_globals)]
pub static mut pyx_recursion_limit: i64 = 1000;

/// The frames counted against the limit: the module's, and those of the functions that
/// may recurse (codegen counts them on entry and restores the count on exit).
#[unsafe(no_mangle)]
#[allow(non_upper_case_globals)]
pub static mut pyx_depth: i64 = 1;

/// pyx_get_recursion_limit() -> sys.getrecursionlimit()
#[unsafe(no_mangle)]
pub extern "C" fn pyx_get_recursion_limit() -> i64 {
    // SAFETY: single-threaded access to the runtime's global.
    unsafe { pyx_recursion_limit }
}

/// pyx_set_recursion_limit(n): sys.setrecursionlimit(n); ValueError below 1. (The stack
/// still bounds recursion: past it, RecursionError comes earlier than the limit.)
#[unsafe(no_mangle)]
pub extern "C" fn pyx_set_recursion_limit(n: i64) {
    if n < 1 {
        raise(crate::abi::EXC_VALUE_ERROR, b"recursion limit must be greater or equal than 1");
        return;
    }
    // SAFETY: single-threaded access to the runtime's global.
    unsafe { pyx_recursion_limit = n }
}

/// pyx_sys_exit(tag, val): raise SystemExit with a code (None, int, or str).
///
/// # Safety
/// A str code must be a valid `Str`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_sys_exit(tag: i64, val: i64) {
    let code = Dyn { tag, val };
    dyn_incref(code);
    // Converted now, so that a program exiting normally links no value formatting. (The
    // message of an int code is str(e), never printed at exit.)
    let msg = match tag {
        TAG_NONE => core::ptr::null_mut(),
        TAG_INT => {
            let mut t = Vec::new();
            int_decimal(val, &mut t);
            str_new(&t)
        }
        TAG_BOOL => str_new(if val != 0 { b"True" } else { b"False" }),
        _ => pyx_dyn_to_str(tag, val),
    };
    raise_owned(EXC_SYSTEM_EXIT, msg, code);
    if tag != TAG_NONE {
        // e.args is (code,)
        dyn_incref(code);
        set_pending_arg(code);
    }
}

/// pyx_tb_add(file, line, func, detail): record one traceback frame of the pending
/// exception; `detail` is the text printed under the frame's `File` line.
///
/// # Safety
/// `file`, `func` and `detail` must be valid strings.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_tb_add(file: *mut Str, line: i64, func: *mut Str, detail: *mut Str) {
    let e = pyx_exc;
    if e.is_null() {
        return;
    }
    str_incref(file);
    str_incref(func);
    str_incref(detail);
    (*e).frames.push(Frame { file, line, func, detail });
}

/// Drops a reference to an exception object.
///
/// # Safety
/// `e` must be null or a valid exception the caller owns a reference to.
pub unsafe fn exc_decref(e: *mut Exc) {
    if e.is_null() {
        return;
    }
    let obj = (*e).obj;
    if obj.is_null() {
        (*e).rc -= 1;
        if (*e).rc == 0 {
            exc_free(e);
        }
    } else {
        *(obj as *mut i64) -= 1;
        if *(obj as *const i64) == 0 {
            ((*crate::object::obj_class(obj)).drop)(obj);
        }
    }
}

/// Whether exception kind `kind` is `base` or derives from it.
pub fn kind_is(mut kind: i64, base: i64) -> bool {
    while kind >= 0 {
        if kind == base {
            return true;
        }
        kind = kind_parent(kind);
    }
    false
}

/// pyx_exc_pending_is(kind) -> whether the pending exception is a `kind` (an `except
/// kind:` clause matches it).
#[unsafe(no_mangle)]
pub extern "C" fn pyx_exc_pending_is(kind: i64) -> i8 {
    // SAFETY: single-threaded access to the runtime's global; the exception is valid.
    unsafe { (!pyx_exc.is_null() && kind_is((*pyx_exc).kind, kind)) as i8 }
}

/// pyx_exc_take() -> the pending exception (the caller owns it), none left pending.
#[unsafe(no_mangle)]
pub extern "C" fn pyx_exc_take() -> *mut Exc {
    take_pending()
}

/// pyx_exc_restore(e): makes `e` pending again (consuming the reference), with its
/// traceback (a bare `raise`, or the end of a `finally` block).
///
/// # Safety
/// `e` must be a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_restore(e: *mut Exc) {
    set_pending(e);
}

/// pyx_exc_set_context(e): the pending exception escaped while `e` was being handled;
/// `e` becomes its `__context__` (consuming the reference) unless it is `e` itself.
///
/// # Safety
/// `e` must be a valid exception; an exception must be pending.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_set_context(e: *mut Exc) {
    let p = pyx_exc;
    if p.is_null() || p == e || !(*p).context.is_null() || reaches(e, p) {
        exc_decref(e);
        return;
    }
    (*p).context = e;
}

/// Whether `to` is `from` or in its chain of causes and contexts (linking `from` to `to`
/// would make a cycle, which CPython avoids too).
///
/// # Safety
/// `from` must be null or a valid exception.
unsafe fn reaches(from: *mut Exc, to: *mut Exc) -> bool {
    let mut work = alloc::vec![from];
    while let Some(x) = work.pop() {
        if x.is_null() {
            continue;
        }
        if x == to {
            return true;
        }
        work.push((*x).cause);
        work.push((*x).context);
    }
    false
}

/// pyx_exc_set_cause(e): `raise ... from e` (e consumed) or `from None` (e null) on the
/// pending exception; either way its context is no longer printed.
///
/// # Safety
/// `e` must be null or a valid exception; an exception must be pending.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_set_cause(e: *mut Exc) {
    let p = pyx_exc;
    if p.is_null() {
        exc_decref(e);
        return;
    }
    (*p).suppress = true;
    if reaches(e, p) {
        exc_decref(e);
        return;
    }
    exc_decref((*p).cause);
    (*p).cause = e;
}

/// pyx_exc_decref(e): drops a reference to an exception object.
///
/// # Safety
/// `e` must be a valid exception the caller owns a reference to.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_decref(e: *mut Exc) {
    exc_decref(e);
}

/// pyx_exc_str(e) -> str(e): the message (a KeyError's is already the key's repr);
/// `None` for null.
///
/// # Safety
/// `e` must be null or a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_str(e: *mut Exc) -> *mut Str {
    if e.is_null() {
        return str_new(b"None");
    }
    str_new(str_bytes((*e).msg))
}

/// pyx_exc_type_name(e) -> `type(e).__name__` (`NoneType` for null).
///
/// # Safety
/// `e` must be null or a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_type_name(e: *mut Exc) -> *mut Str {
    if e.is_null() {
        return str_new(b"NoneType");
    }
    let name = kind_name((*e).kind);
    str_new(name.rsplit('.').next().unwrap_or(name).as_bytes())
}

/// pyx_exc_is(e, kind) -> `isinstance(e, Kind)` (False for null).
///
/// # Safety
/// `e` must be null or a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_is(e: *mut Exc, kind: i64) -> i8 {
    (!e.is_null() && kind_is((*e).kind, kind)) as i8
}

/// pyx_exc_repr(e) -> repr(e): `Kind('message')`, `Kind()` without one; `None` for null.
///
/// # Safety
/// `e` must be null or a valid exception.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_exc_repr(e: *mut Exc) -> *mut Str {
    if e.is_null() {
        return str_new(b"None");
    }
    if !(*e).obj.is_null() {
        // (an instance's repr: its class's __repr__, or the generated `C(args)`)
        if let Some(r) = (*crate::object::obj_class((*e).obj)).repr {
            return r((*e).obj);
        }
    }
    let mut out = Vec::new();
    // The class name without its module (tracebacks show `module.Name`).
    let name = kind_name((*e).kind);
    out.extend_from_slice(name.rsplit('.').next().unwrap_or(name).as_bytes());
    out.push(b'(');
    match (*e).arg {
        // Kind(arg), as CPython: the repr of the argument
        Some(a) => crate::dynamic::write_dyn(&mut out, a, true),
        None => {
            let msg = str_bytes((*e).msg);
            if !msg.is_empty() {
                if kind_is((*e).kind, crate::abi::EXC_KEY_ERROR) {
                    out.extend_from_slice(msg);
                } else {
                    crate::format::str_repr(msg, &mut out);
                }
            }
        }
    }
    out.push(b')');
    str_new(&out)
}

#[cfg(test)]
pub mod testing {
    //! Helpers for tests that go through the global pending exception.
    use super::*;
    use std::sync::{Mutex, MutexGuard};

    static LOCK: Mutex<()> = Mutex::new(());

    /// Serializes tests that raise through `pyx_exc`.
    pub fn lock() -> MutexGuard<'static, ()> {
        LOCK.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Takes the pending exception as (kind name, message).
    pub fn take() -> Option<(&'static str, String)> {
        let e = take_pending();
        if e.is_null() {
            return None;
        }
        // SAFETY: `e` is a valid exception we now own.
        unsafe {
            let r = (kind_name((*e).kind), String::from_utf8_lossy(str_bytes((*e).msg)).into_owned());
            exc_free(e);
            Some(r)
        }
    }

    /// A literal-like string for tests (counted; the caller frees it).
    pub fn s(text: &str) -> *mut Str {
        str_new(text.as_bytes())
    }

    /// Runs `python3 -c script` with `lines` on stdin and returns its output lines (one per
    /// input line), or None when python3 is not installed.
    pub fn python_lines(script: &str, lines: &[String]) -> Option<Vec<String>> {
        use std::io::Write;
        use std::process::{Command, Stdio};
        let mut child =
            Command::new("python3").args(["-c", script]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().ok()?;
        let mut input = lines.join("\n");
        input.push('\n');
        let mut stdin = child.stdin.take().expect("stdin");
        let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
        let output = child.wait_with_output().expect("python3 output");
        writer.join().expect("writer").expect("write to python3");
        let out: Vec<String> = String::from_utf8(output.stdout).expect("UTF-8").lines().map(String::from).collect();
        assert_eq!(out.len(), lines.len(), "python3 failed");
        Some(out)
    }

    /// Takes the text of a returned string (checking its code point count) and drops it.
    pub fn text(r: *mut Str) -> String {
        // SAFETY: `r` is a valid string returned by the function under test.
        unsafe {
            assert_eq!((*r).nchars as usize, crate::object::count_chars(str_bytes(r)));
            let t = String::from_utf8(str_bytes(r).to_vec()).unwrap();
            crate::object::str_decref(r);
            t
        }
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;
    use super::*;
    use crate::abi::*;
    use crate::object::live_objects;

    fn report_text() -> (i32, String) {
        let e = take_pending();
        assert!(!e.is_null());
        let mut out = Vec::new();
        // SAFETY: `e` is the exception just raised.
        let code = unsafe { report(e, &mut out) };
        unsafe { exc_free(e) };
        (code, String::from_utf8(out).unwrap())
    }

    #[test]
    fn traceback_outermost_first() {
        let _g = lock();
        let live = live_objects();
        let (file, main, fib, msg) = (s("calc.py"), s("<module>"), s("fib"), s("integer division or modulo by zero"));
        unsafe {
            pyx_raise(EXC_ZERO_DIVISION_ERROR, msg);
            let empty = s("");
            pyx_tb_add(file, 3, fib, empty);
            pyx_tb_add(file, 7, main, empty);
            str_decref(empty);
            for x in [file, main, fib, msg] {
                str_decref(x);
            }
        }
        let (code, text) = report_text();
        assert_eq!(code, 1);
        assert_eq!(
            text,
            "Traceback (most recent call last):\n  File \"calc.py\", line 7, in <module>\n  File \"calc.py\", line 3, in fib\nZeroDivisionError: integer division or modulo by zero\n"
        );
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn empty_message_prints_kind_only() {
        let _g = lock();
        unsafe { pyx_raise(EXC_VALUE_ERROR, core::ptr::null_mut()) };
        assert_eq!(report_text(), (1, "ValueError\n".to_string()));
        raise(EXC_INDEX_ERROR, b"");
        assert_eq!(report_text(), (1, "IndexError\n".to_string()));
    }

    #[test]
    fn system_exit_codes() {
        let _g = lock();
        unsafe { pyx_sys_exit(TAG_NONE, 0) };
        assert_eq!(report_text(), (0, String::new()));
        unsafe { pyx_sys_exit(TAG_INT, 256 + 3) };
        assert_eq!(report_text(), (3, String::new()));
        unsafe { pyx_sys_exit(TAG_INT, -1) };
        assert_eq!(report_text(), (255, String::new()));
        unsafe { pyx_sys_exit(TAG_BOOL, 1) };
        assert_eq!(report_text(), (1, String::new()));
        let live = live_objects();
        let m = s("bye");
        unsafe {
            pyx_sys_exit(TAG_STR, m as i64);
            str_decref(m);
        }
        assert_eq!(report_text(), (1, "bye\n".to_string()));
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn raising_replaces_pending() {
        let _g = lock();
        let live = live_objects();
        raise(EXC_VALUE_ERROR, b"first");
        raise(EXC_TYPE_ERROR, b"second");
        assert_eq!(take(), Some(("TypeError", "second".to_string())));
        assert_eq!(take(), None);
        assert_eq!(live_objects(), live);
    }

    #[test]
    fn tb_add_without_exception_is_ignored() {
        let _g = lock();
        let f = s("x.py");
        unsafe {
            pyx_tb_add(f, 1, f, f);
            assert_eq!((*f).rc, 1);
            str_decref(f);
        }
    }
}
