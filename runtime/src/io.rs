//! Standard streams: the stdout and stderr buffers with CPython's buffering (line
//! buffered on a terminal, block buffered otherwise; stderr flushed after every print),
//! writes through libc, and `input()` over a runtime-owned stdin buffer.
use crate::abi::EXC_EOF_ERROR;
use crate::buf::Buf;
use crate::exc::raise;
use crate::libc;
use crate::object::{str_bytes, Global, Str};
use crate::str::str_from_external;
use alloc::vec::Vec;

static STDOUT: Global<Buf> = Global::new(Vec::new());
static STDERR: Global<Buf> = Global::new(Vec::new());
/// Whether stdout is a terminal (then flushed at the end of every printed line).
static STDOUT_IS_TTY: Global<bool> = Global::new(false);

/// Unread bytes from fd 0: `data[pos..]`.
struct Stdin {
    data: Vec<u8>,
    pos: usize,
}
static STDIN: Global<Stdin> = Global::new(Stdin { data: Vec::new(), pos: 0 });

/// Block size of buffered stdout.
const STDOUT_BLOCK: usize = 8192;

/// Chooses stdout's buffering; called once at startup.
pub fn init() {
    // SAFETY: plain libc calls and single-threaded global access.
    unsafe {
        *STDOUT_IS_TTY.get() = libc::isatty(1) != 0;
        // Like CPython: PYTHONUNBUFFERED set to a non-empty value writes stdout at once.
        let v = libc::getenv(c"PYTHONUNBUFFERED".as_ptr());
        *STDOUT_UNBUFFERED.get() = !v.is_null() && *v != 0;
    }
}

/// Whether stdout is written at the end of every print (PYTHONUNBUFFERED).
static STDOUT_UNBUFFERED: Global<bool> = Global::new(false);

/// Writes all of `bytes` to `fd`; write errors (such as EPIPE) drop the rest silently.
pub fn write_all(fd: i32, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        // SAFETY: `bytes` is valid for its length.
        let n = unsafe { libc::write(fd, bytes.as_ptr() as *const _, bytes.len()) };
        if n <= 0 {
            return;
        }
        bytes = bytes.get(n as usize..).unwrap_or(&[]);
    }
}

/// Writes out and empties a buffer.
fn flush(b: &mut Buf, fd: i32) {
    write_all(fd, b);
    b.clear();
}

pub fn flush_stdout() {
    // SAFETY: single-threaded access to the runtime's stdout buffer.
    flush(unsafe { &mut *STDOUT.get() }, 1);
}

pub fn flush_stderr() {
    // SAFETY: single-threaded access to the runtime's stderr buffer.
    flush(unsafe { &mut *STDERR.get() }, 2);
}

/// Writes text to stderr now.
pub fn write_stderr(text: &[u8]) {
    // SAFETY: single-threaded access to the runtime's stderr buffer.
    unsafe { (*STDERR.get()).extend_from_slice(text) };
    flush_stderr();
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_stdout() -> *mut Buf {
    STDOUT.get()
}

#[unsafe(no_mangle)]
pub extern "C" fn pyx_stderr() -> *mut Buf {
    STDERR.get()
}

/// pyx_print_done(buf): the end of a print() call: flush stderr always, stdout at a line
/// end on a terminal or when a block is full.
///
/// # Safety
/// `b` must be a valid buffer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_print_done(b: *mut Buf) {
    if b == STDERR.get() {
        flush_stderr();
    } else if b == STDOUT.get() {
        let out = &*b;
        if out.len() >= STDOUT_BLOCK || *STDOUT_UNBUFFERED.get() || (*STDOUT_IS_TTY.get() && out.contains(&b'\n')) {
            flush_stdout();
        }
    }
}

/// Reads one line from stdin without its "\n"; None at end of input with nothing read.
fn read_line() -> Option<Vec<u8>> {
    // SAFETY: single-threaded access to the runtime's stdin buffer.
    let st = unsafe { &mut *STDIN.get() };
    let mut scanned = st.pos;
    loop {
        let unread = st.data.get(scanned..).unwrap_or(&[]);
        if let Some(i) = unread.iter().position(|&c| c == b'\n') {
            let end = scanned + i;
            let line = st.data.get(st.pos..end).unwrap_or(&[]).to_vec();
            st.pos = end + 1;
            return Some(line);
        }
        scanned = st.data.len();
        // Drop consumed bytes before reading more.
        if st.pos > 0 {
            st.data.drain(..st.pos.min(st.data.len()));
            scanned -= st.pos.min(scanned);
            st.pos = 0;
        }
        st.data.reserve(4096);
        let spare = st.data.capacity() - st.data.len();
        // SAFETY: reads into the vector's spare capacity, then extends its length by what was read.
        let n = unsafe {
            let n = libc::read(0, st.data.as_mut_ptr().add(st.data.len()) as *mut _, spare);
            if n > 0 {
                st.data.set_len(st.data.len() + n as usize);
            }
            n
        };
        if n <= 0 {
            // End of input (or an error): the partial last line, if any.
            if st.data.len() > st.pos {
                let line = st.data.get(st.pos..).unwrap_or(&[]).to_vec();
                st.pos = st.data.len();
                return Some(line);
            }
            return None;
        }
    }
}

/// pyx_input(prompt): input([prompt]); EOFError at end of input.
///
/// # Safety
/// `prompt` must be null or a valid string.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn pyx_input(prompt: *mut Str) -> *mut Str {
    flush_stderr();
    (*STDOUT.get()).extend_from_slice(str_bytes(prompt));
    flush_stdout();
    match read_line() {
        Some(line) => str_from_external(&line),
        None => {
            raise(EXC_EOF_ERROR, b"EOF when reading a line");
            core::ptr::null_mut()
        }
    }
}
