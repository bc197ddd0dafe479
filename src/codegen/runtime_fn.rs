//! The runtime ABI: one enum naming every function of the runtime library with its
//! C signature and whether it can raise. Codegen declares functions only through it, and
//! a test checks that every symbol named here is defined by the built runtime archive.
//!
//! Conventions (the runtime implements them):
//! - `Ptr` objects are reference counted; the count is the first `i64` field.
//!   Every function returning an object returns a new (+1) reference; arguments are
//!   borrowed. Strings are `Str { rc: i64, len: i64 /*bytes*/, nchars: i64, hash: i64, data: [u8] }`.
//! - `Bool` crosses the ABI as `i8` (0 or 1).
//! - `Dyn` is the C struct `{ i64 tag, i64 val }` (see `abi.rs`), returned in two registers;
//!   as an argument it is passed as two `i64` (tag, val).
//! - A function that `can_raise` reports an exception by setting the global `pyx_exc`
//!   (a non-null pointer) and returning any value; codegen tests `pyx_exc` after the call.

/// The runtime's global variables that generated code reads or writes: the pending
/// exception, and the frame count and limit of the recursion check (see `exc.rs`).
pub const GLOBALS: &[&str] = &["pyx_exc", "pyx_depth", "pyx_recursion_limit"];

use inkwell::context::Context;
use inkwell::types::{BasicMetadataTypeEnum, BasicType, FunctionType};
use inkwell::AddressSpace;

/// The C-level type of a runtime function parameter or result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbiTy {
    Void,
    I64,
    I32,
    F64,
    Bool,
    Ptr,
    Dyn,
}

macro_rules! runtime_fns {
    ($( $variant:ident = $sym:literal, fn($($p:ident),*) -> $r:ident, raises: $raise:literal; )*) => {
        /// Every function of the runtime library.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RuntimeFn { $($variant),* }

        impl RuntimeFn {
            pub const ALL: &'static [RuntimeFn] = &[$(RuntimeFn::$variant),*];
            pub fn symbol(self) -> &'static str { match self { $(RuntimeFn::$variant => $sym),* } }
            pub fn params(self) -> &'static [AbiTy] { match self { $(RuntimeFn::$variant => &[$(AbiTy::$p),*]),* } }
            pub fn ret(self) -> AbiTy { match self { $(RuntimeFn::$variant => AbiTy::$r),* } }
            /// Whether the function may set `pyx_exc`.
            pub fn can_raise(self) -> bool { match self { $(RuntimeFn::$variant => $raise),* } }
        }
    };
}

runtime_fns! {
    // --- process --------------------------------------------------------------
    // pyx_init(argc, argv): set up argv, stdout buffering. Called first by main.
    Init = "pyx_init", fn(I32, Ptr) -> Void, raises: false;
    // pyx_finish() -> exit code: report an uncaught exception (traceback to stderr, exit 1;
    // SystemExit: its code), flush stdout, run the leak check when PYEXE_LEAKCHECK is set.
    Finish = "pyx_finish", fn() -> I32, raises: false;
    // pyx_str_concat_n(parts: *const *Str, n) -> the concatenation, in one allocation
    StrConcatN = "pyx_str_concat_n", fn(Ptr, I64) -> Ptr, raises: false;
    // pyx_leakcheck() -> whether PYEXE_LEAKCHECK is set (main then releases the globals).
    Leakcheck = "pyx_leakcheck", fn() -> Bool, raises: false;
    // pyx_tb_add(file: *Str, line, func: *Str, detail: *Str): record one traceback frame while
    // unwinding; detail is the source line and error markers printed under it.
    TbAdd = "pyx_tb_add", fn(Ptr, I64, Ptr, Ptr) -> Void, raises: false;
    // pyx_raise(kind, msg: *Str): raise a built-in exception with a message.
    Raise = "pyx_raise", fn(I64, Ptr) -> Void, raises: true;
    // pyx_sys_exit(tag, val): raise SystemExit with a code (None, int, or str).
    SysExit = "pyx_sys_exit", fn(I64, I64) -> Void, raises: true;
    // pyx_get_recursion_limit() -> sys.getrecursionlimit()
    GetRecursionLimit = "pyx_get_recursion_limit", fn() -> I64, raises: false;
    // pyx_set_recursion_limit(n): sys.setrecursionlimit(n) (ValueError below 1)
    SetRecursionLimit = "pyx_set_recursion_limit", fn(I64) -> Void, raises: true;
    // pyx_argv() -> list[str]
    Argv = "pyx_argv", fn() -> Ptr, raises: false;
    // pyx_input(prompt: *Str or null) -> str; EOFError: EOF when reading a line
    Input = "pyx_input", fn(Ptr) -> Ptr, raises: true;

    // --- memory ---------------------------------------------------------------
    // Called by codegen when a reference count drops to zero.
    StrFree = "pyx_str_free", fn(Ptr) -> Void, raises: false;
    // --- exception handling (`try`) -----------------------------------------------
    // pyx_exc_register(names: *Str[n], parents: i64[n], n): the program's exception classes
    ExcRegister = "pyx_exc_register", fn(Ptr, Ptr, I64) -> Void, raises: false;
    // pyx_exc_pending_is(kind) -> whether the pending exception is a `kind`
    ExcPendingIs = "pyx_exc_pending_is", fn(I64) -> Bool, raises: false;
    // pyx_exc_take() -> the pending exception, owned; none left pending
    ExcTake = "pyx_exc_take", fn() -> Ptr, raises: false;
    // pyx_exc_restore(e): e pending again with its traceback (consumes e)
    ExcRestore = "pyx_exc_restore", fn(Ptr) -> Void, raises: false;
    // pyx_exc_set_context(e): e becomes the pending exception's __context__ (consumes e)
    ExcSetContext = "pyx_exc_set_context", fn(Ptr) -> Void, raises: false;
    // pyx_exc_set_cause(e or null): `raise ... from e` / `from None` (consumes e)
    ExcSetCause = "pyx_exc_set_cause", fn(Ptr) -> Void, raises: false;
    // pyx_exc_decref(e), pyx_exc_incref(e) (null: None; an instance's counts on it)
    ExcDecref = "pyx_exc_decref", fn(Ptr) -> Void, raises: false;
    ExcIncref = "pyx_exc_incref", fn(Ptr) -> Void, raises: false;
    // pyx_exc_str(e) -> str(e);  pyx_exc_repr(e) -> repr(e)  ("None" for null)
    ExcStr = "pyx_exc_str", fn(Ptr) -> Ptr, raises: false;
    ExcRepr = "pyx_exc_repr", fn(Ptr) -> Ptr, raises: true;
    // pyx_exc_of(kind, msg, obj) -> the exception of an instance of an exception class
    // with state (a new reference; made on first use; msg its str, borrowed)
    ExcOf = "pyx_exc_of", fn(I64, Ptr, Ptr) -> Ptr, raises: false;
    // pyx_exc_unpair(e or null): frees the exception of an instance being freed
    ExcUnpair = "pyx_exc_unpair", fn(Ptr) -> Void, raises: false;
    // pyx_exc_cause(e) -> e.__cause__, pyx_exc_context(e) -> e.__context__ (new
    // references, null for None); pyx_exc_suppress(e) -> e.__suppress_context__
    ExcCause = "pyx_exc_cause", fn(Ptr) -> Ptr, raises: false;
    ExcContext = "pyx_exc_context", fn(Ptr) -> Ptr, raises: false;
    ExcSuppress = "pyx_exc_suppress", fn(Ptr) -> Bool, raises: false;
    // pyx_exc_code(e) -> e.code of a SystemExit, an object (AttributeError for others)
    ExcCode = "pyx_exc_code", fn(Ptr) -> Dyn, raises: true;
    // --- instances ---------------------------------------------------------------
    // pyx_obj_new(size) -> a zeroed instance block with count 1
    ObjNew = "pyx_obj_new", fn(I64) -> Ptr, raises: false;
    // pyx_obj_free(o, size)
    ObjFree = "pyx_obj_free", fn(Ptr, I64) -> Void, raises: false;
    // pyx_buf_inst(buf, o, repr): str(o) / repr(o) by o's own class
    BufInst = "pyx_buf_inst", fn(Ptr, Ptr, Bool) -> Void, raises: true;
    // pyx_cell_new(desc) -> an unbound cell {rc, desc, bound, slot} for a captured variable
    CellNew = "pyx_cell_new", fn(Ptr) -> Ptr, raises: false;
    // pyx_cell_decref(cell): frees it (and its value, if bound) at zero
    CellDecref = "pyx_cell_decref", fn(Ptr) -> Void, raises: false;
    // pyx_cells_release(cells, n): frees the cycles of a function's own cells of functions
    // and the closures in them (nested functions calling themselves) on its way out
    CellsRelease = "pyx_cells_release", fn(Ptr, I64) -> Void, raises: false;
    // pyx_func_eq(a, b) -> a == b of function objects (equal bound methods too)
    FuncEq = "pyx_func_eq", fn(Ptr, Ptr) -> Bool, raises: false;
    // pyx_bound_method_eq(a, b): the __eq__ of bound methods' function objects
    BoundMethodEq = "pyx_bound_method_eq", fn(Ptr, Ptr) -> Bool, raises: false;
    // pyx_func_repr(f, qualname) -> '<function qualname at 0x...>'
    FuncRepr = "pyx_func_repr", fn(Ptr, Ptr) -> Ptr, raises: false;
    // pyx_type_name(desc, slot) -> type(x).__name__ of the value in the slot
    TypeName = "pyx_type_name", fn(Ptr, Ptr) -> Ptr, raises: false;
    // pyx_exc_type_name(e) -> type(e).__name__
    ExcTypeName = "pyx_exc_type_name", fn(Ptr) -> Ptr, raises: false;
    // pyx_raise_obj(kind, msg: *Str, obj): raise an exception carrying an instance (consumed)
    RaiseObj = "pyx_raise_obj", fn(I64, Ptr, Ptr) -> Void, raises: true;
    // pyx_exc_new(kind, msg, tag, val) -> a new exception `Kind(arg)`, not raised (msg is
    // str(arg), borrowed; the argument object {tag, val} consumed; tag < 0: none)
    ExcNew = "pyx_exc_new", fn(I64, Ptr, I64, I64) -> Ptr, raises: false;
    // pyx_raise_exc(e): `raise e` of an exception object (borrowed)
    RaiseExc = "pyx_raise_exc", fn(Ptr) -> Void, raises: true;
    // pyx_exc_set_arg(tag, val): the pending exception's argument, an object (consumed)
    ExcSetArg = "pyx_exc_set_arg", fn(I64, I64) -> Void, raises: false;
    // pyx_exc_args(e) -> e.args, a tuple[object, ...]
    ExcArgs = "pyx_exc_args", fn(Ptr) -> Ptr, raises: false;
    // pyx_exc_obj(e) -> the instance the exception carries (borrowed; null if none)
    ExcObj = "pyx_exc_obj", fn(Ptr) -> Ptr, raises: false;
    // pyx_exc_like_repr(name, args) -> `name(a, b)` from the repr of the arguments' tuple
    ExcLikeRepr = "pyx_exc_like_repr", fn(Ptr, Ptr) -> Ptr, raises: false;
    // pyx_exc_is(e, kind) -> isinstance(e, Kind)
    ExcIs = "pyx_exc_is", fn(Ptr, I64) -> Bool, raises: false;
    // pyx_gen_repr(g, qualname) -> `<generator object qualname at 0x...>`
    GenRepr = "pyx_gen_repr", fn(Ptr, Ptr) -> Ptr, raises: false;
    // pyx_box_new(desc, slot) -> a box (TAG_OBJ payload) holding the slot's value, moved in
    BoxNew = "pyx_box_new", fn(Ptr, Ptr) -> Ptr, raises: false;
    // pyx_list_free(list): frees a list whose count reached zero, dropping its elements.
    ListFree = "pyx_list_free", fn(Ptr) -> Void, raises: false;
    DynIncref = "pyx_dyn_incref", fn(I64, I64) -> Void, raises: false;
    DynDecref = "pyx_dyn_decref", fn(I64, I64) -> Void, raises: false;

    // --- text buffers (print, str(), f-strings) -------------------------------
    // A Buf is an append-only byte buffer. stdout/stderr are Bufs owned by the runtime.
    BufNew = "pyx_buf_new", fn() -> Ptr, raises: false;
    // pyx_buf_finish(buf) -> str: consumes the buffer.
    BufFinish = "pyx_buf_finish", fn(Ptr) -> Ptr, raises: false;
    Stdout = "pyx_stdout", fn() -> Ptr, raises: false;
    Stderr = "pyx_stderr", fn() -> Ptr, raises: false;
    // pyx_print_done(buf): end of a print() call: flush stderr, or stdout when line-buffered/full.
    PrintDone = "pyx_print_done", fn(Ptr) -> Void, raises: false;
    BufStr = "pyx_buf_str", fn(Ptr, Ptr) -> Void, raises: false;
    BufStrRepr = "pyx_buf_str_repr", fn(Ptr, Ptr) -> Void, raises: false;
    BufInt = "pyx_buf_int", fn(Ptr, I64) -> Void, raises: false;
    // repr(float), exactly as CPython: 0.1, 15.0, 1e+16, 1.5e-05, inf, nan, -0.0
    BufFloat = "pyx_buf_float", fn(Ptr, F64) -> Void, raises: false;
    BufBool = "pyx_buf_bool", fn(Ptr, Bool) -> Void, raises: false;
    BufNone = "pyx_buf_none", fn(Ptr) -> Void, raises: false;
    BufDyn = "pyx_buf_dyn", fn(Ptr, I64, I64) -> Void, raises: true;
    BufDynRepr = "pyx_buf_dyn_repr", fn(Ptr, I64, I64) -> Void, raises: true;
    // format(x, spec) for the format-spec mini-language; ValueError on a bad spec.
    BufIntFmt = "pyx_buf_int_fmt", fn(Ptr, I64, Ptr) -> Void, raises: true;
    BufFloatFmt = "pyx_buf_float_fmt", fn(Ptr, F64, Ptr) -> Void, raises: true;
    BufStrFmt = "pyx_buf_str_fmt", fn(Ptr, Ptr, Ptr) -> Void, raises: true;
    BufBoolFmt = "pyx_buf_bool_fmt", fn(Ptr, Bool, Ptr) -> Void, raises: true;
    BufNoneFmt = "pyx_buf_none_fmt", fn(Ptr, Ptr) -> Void, raises: true;
    BufDynFmt = "pyx_buf_dyn_fmt", fn(Ptr, I64, I64, Ptr) -> Void, raises: true;

    // --- strings --------------------------------------------------------------
    StrConcat = "pyx_str_concat", fn(Ptr, Ptr) -> Ptr, raises: false;
    // a + b consuming the reference a: grows a in place when it is the only reference
    StrAppend = "pyx_str_append", fn(Ptr, Ptr) -> Ptr, raises: false;
    // s * n (n <= 0 gives '')
    StrRepeat = "pyx_str_repeat", fn(Ptr, I64) -> Ptr, raises: true;
    StrEq = "pyx_str_eq", fn(Ptr, Ptr) -> Bool, raises: false;
    // -1, 0, 1 by code point order
    StrCmp = "pyx_str_cmp", fn(Ptr, Ptr) -> I64, raises: false;
    // needle in hay
    StrContains = "pyx_str_contains", fn(Ptr, Ptr) -> Bool, raises: false;
    // s[i] (negative i counts from the end); IndexError: string index out of range
    StrGetItem = "pyx_str_getitem", fn(Ptr, I64) -> Ptr, raises: true;
    // s[start:stop:step] with mask bits SLICE_HAS_*; ValueError: slice step cannot be zero
    StrSlice = "pyx_str_slice", fn(Ptr, I64, I64, I64, I64) -> Ptr, raises: true;
    // The one-character string starting at byte offset `off` (for `for c in s`).
    StrCharAt = "pyx_str_char_at", fn(Ptr, I64) -> Ptr, raises: false;
    StrFromInt = "pyx_str_from_int", fn(I64) -> Ptr, raises: false;
    StrFromFloat = "pyx_str_from_float", fn(F64) -> Ptr, raises: false;
    StrRepr = "pyx_str_repr", fn(Ptr) -> Ptr, raises: false;
    // int(s, base): ValueError: invalid literal for int() with base 10: 'abc'
    StrToInt = "pyx_str_to_int", fn(Ptr, I64) -> I64, raises: true;
    // float(s): ValueError: could not convert string to float: 'abc'
    StrToFloat = "pyx_str_to_float", fn(Ptr) -> F64, raises: true;
    // "fmt" % args, args an array of n Dyn values
    StrPercent = "pyx_str_percent", fn(Ptr, Ptr, I64) -> Ptr, raises: true;
    // ord(s): TypeError: ord() expected a character, but string of length 3 found
    StrOrd = "pyx_str_ord", fn(Ptr) -> I64, raises: true;
    // chr(i): ValueError: chr() arg not in range(0x110000)
    StrChr = "pyx_str_chr", fn(I64) -> Ptr, raises: true;
    // --- str methods (arguments borrowed, results new) ---------------------------
    // s.upper() / lower() / title() / capitalize() / swapcase() / casefold(): `which` is a STR_CASE_* code
    StrCase = "pyx_str_case", fn(Ptr, I64) -> Ptr, raises: false;
    // s.isdigit() ... : `which` is a STR_IS_* code
    StrIs = "pyx_str_is", fn(Ptr, I64) -> Bool, raises: false;
    // s.strip(chars) / lstrip / rstrip: chars null = whitespace; `which` is STRIP_BOTH/LEFT/RIGHT
    StrStrip = "pyx_str_strip", fn(Ptr, Ptr, I64) -> Ptr, raises: false;
    // s.replace(old, new, count): count < 0 = all
    StrReplace = "pyx_str_replace", fn(Ptr, Ptr, Ptr, I64) -> Ptr, raises: false;
    // s.find(sub, start, end) with mask bits SLICE_HAS_START/STOP; `which` is FIND_FIND/RFIND/INDEX/RINDEX/COUNT
    // (index/rindex: ValueError: substring not found)
    StrFind = "pyx_str_find", fn(Ptr, Ptr, I64, I64, I64, I64) -> I64, raises: true;
    // s.startswith(prefix, start, end, mask) (`which` 0) / endswith (`which` 1)
    StrAffix = "pyx_str_affix", fn(Ptr, Ptr, I64, I64, I64, I64) -> Bool, raises: false;
    // s.ljust(width, fill) / rjust / center (`which` JUST_LEFT/RIGHT/CENTER); fill null = ' ';
    // TypeError: The fill character must be exactly one character long
    StrJustify = "pyx_str_justify", fn(Ptr, I64, Ptr, I64) -> Ptr, raises: true;
    StrZfill = "pyx_str_zfill", fn(Ptr, I64) -> Ptr, raises: false;
    // s.partition(sep) (`which` 0) / rpartition (1): the three parts written to out[0..3];
    // ValueError: empty separator
    StrPartition = "pyx_str_partition", fn(Ptr, Ptr, I64, Ptr) -> Void, raises: true;
    // s.removeprefix(p) (`which` 0) / removesuffix (1)
    StrRemoveAffix = "pyx_str_remove_affix", fn(Ptr, Ptr, I64) -> Ptr, raises: false;
    // s.expandtabs(tabsize)
    StrExpandtabs = "pyx_str_expandtabs", fn(Ptr, I64) -> Ptr, raises: false;
    IntHex = "pyx_int_hex", fn(I64) -> Ptr, raises: false;
    IntOct = "pyx_int_oct", fn(I64) -> Ptr, raises: false;
    IntBin = "pyx_int_bin", fn(I64) -> Ptr, raises: false;

    // --- numbers --------------------------------------------------------------
    // a ** b for b >= 0; OverflowError past 64 bits
    IntPow = "pyx_int_pow", fn(I64, I64) -> I64, raises: true;
    // a / b correctly rounded; ZeroDivisionError: division by zero
    IntTrueDiv = "pyx_int_truediv", fn(I64, I64) -> F64, raises: true;
    // exact comparison of an int with a float: -1, 0, 1, or 2 when unordered (nan)
    CmpIntFloat = "pyx_cmp_int_float", fn(I64, F64) -> I64, raises: false;
    FloatPow = "pyx_float_pow", fn(F64, F64) -> F64, raises: true;
    FloatFloorDiv = "pyx_float_floordiv", fn(F64, F64) -> F64, raises: true;
    FloatMod = "pyx_float_mod", fn(F64, F64) -> F64, raises: true;
    // int(x) / math.trunc: ValueError for nan, OverflowError for inf and out of range
    FloatToInt = "pyx_float_to_int", fn(F64) -> I64, raises: true;
    // round(x) -> int, half to even
    FloatRound = "pyx_float_round", fn(F64) -> I64, raises: true;
    // round(x, n) -> float, correctly rounded as CPython
    FloatRoundTo = "pyx_float_round_to", fn(F64, I64) -> F64, raises: false;
    // round(i, n) for int i and n < 0
    IntRoundTo = "pyx_int_round_to", fn(I64, I64) -> I64, raises: true;

    // --- math -----------------------------------------------------------------
    // ValueError: math domain error / OverflowError: math range error as CPython.
    MathSqrt = "pyx_math_sqrt", fn(F64) -> F64, raises: true;
    MathFloor = "pyx_math_floor", fn(F64) -> I64, raises: true;
    MathCeil = "pyx_math_ceil", fn(F64) -> I64, raises: true;
    MathSin = "pyx_math_sin", fn(F64) -> F64, raises: true;
    MathCos = "pyx_math_cos", fn(F64) -> F64, raises: true;
    MathTan = "pyx_math_tan", fn(F64) -> F64, raises: true;
    MathAsin = "pyx_math_asin", fn(F64) -> F64, raises: true;
    MathAcos = "pyx_math_acos", fn(F64) -> F64, raises: true;
    MathAtan = "pyx_math_atan", fn(F64) -> F64, raises: false;
    MathAtan2 = "pyx_math_atan2", fn(F64, F64) -> F64, raises: false;
    MathExp = "pyx_math_exp", fn(F64) -> F64, raises: true;
    MathLog = "pyx_math_log", fn(F64) -> F64, raises: true;
    // log(x, base)
    MathLogBase = "pyx_math_log_base", fn(F64, F64) -> F64, raises: true;
    MathLog10 = "pyx_math_log10", fn(F64) -> F64, raises: true;
    MathLog2 = "pyx_math_log2", fn(F64) -> F64, raises: true;
    MathPow = "pyx_math_pow", fn(F64, F64) -> F64, raises: true;
    MathFabs = "pyx_math_fabs", fn(F64) -> F64, raises: false;
    MathHypot = "pyx_math_hypot", fn(F64, F64) -> F64, raises: false;
    // isqrt(n): ValueError: isqrt() argument must be nonnegative
    MathIsqrt = "pyx_math_isqrt", fn(I64) -> I64, raises: true;
    MathGcd = "pyx_math_gcd", fn(I64, I64) -> I64, raises: true;
    // isclose(a, b, rel_tol, abs_tol): ValueError: tolerances must be non-negative
    MathIsclose = "pyx_math_isclose", fn(F64, F64, F64, F64) -> Bool, raises: true;

    // --- dynamic values (a variable holding different types at different times) ---
    DynBinop = "pyx_dyn_binop", fn(I64, I64, I64, I64, I64) -> Dyn, raises: true;
    DynCmp = "pyx_dyn_cmp", fn(I64, I64, I64, I64, I64) -> Bool, raises: true;
    DynUnary = "pyx_dyn_unary", fn(I64, I64, I64) -> Dyn, raises: true;
    // round(x) -> int: TypeError: type str doesn't define __round__ method
    DynRound = "pyx_dyn_round", fn(I64, I64) -> I64, raises: true;
    DynTruthy = "pyx_dyn_truthy", fn(I64, I64) -> Bool, raises: false;
    // where an int is required (range(), indexing): TypeError: 'float' object cannot be interpreted as an integer
    DynToIndex = "pyx_dyn_to_index", fn(I64, I64) -> I64, raises: true;
    // an index from a dynamic value, with the TypeError of its context (INDEX_FOR_*)
    DynIndexFor = "pyx_dyn_index_for", fn(I64, I64, I64) -> I64, raises: true;
    // int(x)
    DynToInt = "pyx_dyn_to_int", fn(I64, I64) -> I64, raises: true;
    // float(x): parses a str; TypeError: float() argument must be a string or a real number, not 'NoneType'
    DynToFloat = "pyx_dyn_to_float", fn(I64, I64) -> F64, raises: true;
    // a number where one is required (math functions, arithmetic): TypeError: must be real number, not str
    DynToReal = "pyx_dyn_to_real", fn(I64, I64) -> F64, raises: true;
    // len(x) of a dynamic value: TypeError: object of type 'int' has no len()
    DynLen = "pyx_dyn_len", fn(I64, I64) -> I64, raises: true;
    DynToStr = "pyx_dyn_to_str", fn(I64, I64) -> Ptr, raises: false;
    DynRepr = "pyx_dyn_repr", fn(I64, I64) -> Ptr, raises: true;

    // --- lists, descriptors, split/join ----------------------------------------
    // Elements are unboxed slots typed by a descriptor (runtime/src/desc.rs; the statics
    // pyx_desc_none/bool/int/float/str/dyn/list/dict/set, tuple descriptors from codegen).
    // An element pointer is the address of one slot; MOVED slots hand their references over.
    // pyx_elem_repr(buf, desc, slot): append repr(x)
    ElemRepr = "pyx_elem_repr", fn(Ptr, Ptr, Ptr) -> Void, raises: true;
    // pyx_elem_eq(desc, a, b) -> a == b
    ElemEq = "pyx_elem_eq", fn(Ptr, Ptr, Ptr) -> Bool, raises: true;
    // pyx_elem_cmp(desc, a, b, op: CMP_*) -> a op b; TypeError: '<' not supported between instances of 'X' and 'Y'
    ElemCmp = "pyx_elem_cmp", fn(Ptr, Ptr, Ptr, I64) -> Bool, raises: true;
    // pyx_elem_hash(desc, slot) -> hash(x); TypeError: unhashable type: 'list'
    ElemHash = "pyx_elem_hash", fn(Ptr, Ptr) -> I64, raises: true;
    ElemIncref = "pyx_elem_incref", fn(Ptr, Ptr) -> Void, raises: false;
    ElemDecref = "pyx_elem_decref", fn(Ptr, Ptr) -> Void, raises: false;
    // pyx_list_new(desc, cap) -> empty list with room for cap items
    ListNew = "pyx_list_new", fn(Ptr, I64) -> Ptr, raises: false;
    // pyx_list_grow(l): make cap > len (inline append calls it when len == cap)
    ListGrow = "pyx_list_grow", fn(Ptr) -> Void, raises: false;
    // pyx_list_append(l, elem: MOVED)
    ListAppend = "pyx_list_append", fn(Ptr, Ptr) -> Void, raises: false;
    // pyx_list_repr(buf, l): append repr(l)
    ListRepr = "pyx_list_repr", fn(Ptr, Ptr) -> Void, raises: true;
    // pyx_list_cmp(a, b, op: CMP_*) -> a op b, lexicographic
    ListCmp = "pyx_list_cmp", fn(Ptr, Ptr, I64) -> Bool, raises: true;
    // pyx_list_contains(l, elem: borrowed) -> elem in l
    ListContains = "pyx_list_contains", fn(Ptr, Ptr) -> Bool, raises: true;
    // pyx_list_index(l, elem, start, stop) (0 and i64::MAX when absent); ValueError: 3 is not in list
    ListIndex = "pyx_list_index", fn(Ptr, Ptr, Ptr, I64, I64) -> I64, raises: true;
    // pyx_tuple_index(t, elem, start, stop) -> t.index(elem, start, stop) on a tuple[T, ...];
    // ValueError: tuple.index(x): x not in tuple
    TupleIndex = "pyx_tuple_index", fn(Ptr, Ptr, Ptr, I64, I64) -> I64, raises: true;
    // pyx_list_count(l, elem) -> l.count(elem)
    ListCount = "pyx_list_count", fn(Ptr, Ptr, Ptr) -> I64, raises: true;
    // pyx_list_remove(l, elem); ValueError: list.remove(x): x not in list
    ListRemove = "pyx_list_remove", fn(Ptr, Ptr, Ptr) -> Void, raises: true;
    // pyx_list_insert(l, i, elem: MOVED)
    ListInsert = "pyx_list_insert", fn(Ptr, I64, Ptr) -> Void, raises: false;
    // pyx_list_pop(l, i, out): item MOVED to out; IndexError: pop from empty list / pop index out of range
    ListPop = "pyx_list_pop", fn(Ptr, I64, Ptr) -> Void, raises: true;
    // pyx_list_extend(l, other): l.extend(other), l += other (other may be l); MemoryError
    ListExtend = "pyx_list_extend", fn(Ptr, Ptr) -> Void, raises: true;
    // pyx_list_concat(a, b) -> a + b; MemoryError
    ListConcat = "pyx_list_concat", fn(Ptr, Ptr) -> Ptr, raises: true;
    // pyx_list_repeat(a, n) -> a * n; MemoryError
    ListRepeat = "pyx_list_repeat", fn(Ptr, I64) -> Ptr, raises: true;
    // pyx_list_slice(l, start, stop, step, mask: SLICE_HAS_*) -> l[start:stop:step]
    ListSlice = "pyx_list_slice", fn(Ptr, I64, I64, I64, I64) -> Ptr, raises: true;
    // pyx_list_set_slice(l, start, stop, step, mask, src): l[start:stop:step] = src (src may be l);
    // ValueError: attempt to assign sequence of size 2 to extended slice of size 3
    ListSetSlice = "pyx_list_set_slice", fn(Ptr, I64, I64, I64, I64, Ptr) -> Void, raises: true;
    // pyx_list_del_slice(l, start, stop, step, mask): del l[start:stop:step]
    ListDelSlice = "pyx_list_del_slice", fn(Ptr, I64, I64, I64, I64) -> Void, raises: true;
    // pyx_list_del_item(l, i): del l[i]; IndexError: list assignment index out of range
    ListDelItem = "pyx_list_del_item", fn(Ptr, I64) -> Void, raises: true;
    ListReverse = "pyx_list_reverse", fn(Ptr) -> Void, raises: false;
    ListClear = "pyx_list_clear", fn(Ptr) -> Void, raises: false;
    // pyx_list_copy(l) -> l.copy()
    ListCopy = "pyx_list_copy", fn(Ptr) -> Ptr, raises: false;
    // pyx_list_sort(l, reverse): stable; TypeError from '<' (the list is left permuted)
    ListSort = "pyx_list_sort", fn(Ptr, Bool) -> Void, raises: true;
    // pyx_list_sort_keyed(l, keys, reverse): sorts l by keys[i] (keys left in any order)
    ListSortKeyed = "pyx_list_sort_keyed", fn(Ptr, Ptr, Bool) -> Void, raises: true;
    // pyx_str_split(s, sep: *Str or null, maxsplit, right) -> list[str]; ValueError: empty separator
    StrSplit = "pyx_str_split", fn(Ptr, Ptr, I64, Bool) -> Ptr, raises: true;
    // pyx_str_split_check(sep: *Str or null): ValueError: empty separator
    StrSplitCheck = "pyx_str_split_check", fn(Ptr) -> Void, raises: true;
    // pyx_str_split_next(s, sep: *Str or null, pos: *i64) -> the next item of s.split(sep), or null
    StrSplitNext = "pyx_str_split_next", fn(Ptr, Ptr, Ptr) -> Ptr, raises: false;
    // pyx_str_splitlines(s, keepends) -> list[str]
    StrSplitlines = "pyx_str_splitlines", fn(Ptr, Bool) -> Ptr, raises: false;
    // pyx_str_join(sep, l: list[str]) -> str; MemoryError
    StrJoin = "pyx_str_join", fn(Ptr, Ptr) -> Ptr, raises: true;

    // --- dicts and sets ----------------------------------------------------------
    // Keys, values and set elements are unboxed slots as for lists; both operands of a dict or
    // set operation have the same element types. Iteration: *pos starts at 0 (an opaque
    // cursor); the slot pointers stored are borrowed. Hashes are CPython's, so set order is.
    // pyx_dict_new(kdesc, vdesc) -> {}
    DictNew = "pyx_dict_new", fn(Ptr, Ptr) -> Ptr, raises: false;
    // pyx_dict_free(d): frees a dict whose count reached zero
    DictFree = "pyx_dict_free", fn(Ptr) -> Void, raises: false;
    // pyx_dict_set(d, key: MOVED, val: MOVED): d[key] = val; TypeError: unhashable type: 'list'
    DictSet = "pyx_dict_set", fn(Ptr, Ptr, Ptr) -> Void, raises: true;
    // pyx_dict_lookup(d, key) -> the value slot inside d, or null when absent
    DictLookup = "pyx_dict_lookup", fn(Ptr, Ptr) -> Ptr, raises: true;
    // pyx_dict_setdefault(d, key: MOVED, default: MOVED) -> the value slot, inserting default when
    // absent (d.setdefault; also d[k] = d.get(k, 0) + 1 in one probe); valid until d changes
    DictSetdefault = "pyx_dict_setdefault", fn(Ptr, Ptr, Ptr) -> Ptr, raises: true;
    // pyx_dict_contains(d, key) -> key in d
    DictContains = "pyx_dict_contains", fn(Ptr, Ptr) -> Bool, raises: true;
    // pyx_dict_del(d, key) -> found (when not: raise with pyx_raise_key_error)
    DictDel = "pyx_dict_del", fn(Ptr, Ptr) -> Bool, raises: true;
    // pyx_dict_pop(d, key, out) -> found; the value is MOVED to out
    DictPop = "pyx_dict_pop", fn(Ptr, Ptr, Ptr) -> Bool, raises: true;
    // pyx_dict_popitem(d, kout, vout): the last item, MOVED out; KeyError: 'popitem(): dictionary is empty'
    DictPopitem = "pyx_dict_popitem", fn(Ptr, Ptr, Ptr) -> Void, raises: true;
    // pyx_dict_next(d, pos: *i64, len_at_start, kslot: **u8, vslot: **u8) -> 0 at the end; RuntimeError:
    // dictionary changed size during iteration / dictionary keys changed during iteration
    DictNext = "pyx_dict_next", fn(Ptr, Ptr, I64, Ptr, Ptr) -> Bool, raises: true;
    // pyx_dict_update(d, other): d.update(other) (other may be d)
    DictUpdate = "pyx_dict_update", fn(Ptr, Ptr) -> Void, raises: true;
    // pyx_dict_copy(d) -> d.copy()
    DictCopy = "pyx_dict_copy", fn(Ptr) -> Ptr, raises: false;
    // pyx_kw_check(d, names, nfilled, n, fname): f(**d)'s TypeErrors: a key among
    // names[..nfilled] (given otherwise), or not among names[nfilled..n] (n < 0: any)
    KwCheck = "pyx_kw_check", fn(Ptr, Ptr, I64, I64, Ptr) -> Void, raises: true;
    DictClear = "pyx_dict_clear", fn(Ptr) -> Void, raises: false;
    // pyx_dict_eq(a, b) -> a == b
    DictEq = "pyx_dict_eq", fn(Ptr, Ptr) -> Bool, raises: true;
    // pyx_dict_repr(buf, d): append repr(d)
    DictRepr = "pyx_dict_repr", fn(Ptr, Ptr) -> Void, raises: true;
    // pyx_dict_view_repr(buf, d, which: VIEW_*): dict_keys([...]) / dict_values([...]) / dict_items([...])
    DictViewRepr = "pyx_dict_view_repr", fn(Ptr, Ptr, I64) -> Void, raises: true;
    // pyx_dict_keys_list(d) -> list(d); pyx_dict_values_list(d) -> list(d.values())
    DictKeysList = "pyx_dict_keys_list", fn(Ptr) -> Ptr, raises: false;
    DictValuesList = "pyx_dict_values_list", fn(Ptr) -> Ptr, raises: false;
    // pyx_dict_items_list(d, tuple_desc) -> list(d.items()), tuples laid out per tuple_desc (2 fields)
    DictItemsList = "pyx_dict_items_list", fn(Ptr, Ptr) -> Ptr, raises: false;
    // pyx_raise_key_error(desc, key): raise KeyError(key) (prints KeyError: 'k')
    RaiseKeyError = "pyx_raise_key_error", fn(Ptr, Ptr) -> Void, raises: true;
    // pyx_set_new(desc, frozen) -> set() / frozenset()
    SetNew = "pyx_set_new", fn(Ptr, Bool) -> Ptr, raises: false;
    // pyx_set_free(s): frees a set whose count reached zero
    SetFree = "pyx_set_free", fn(Ptr) -> Void, raises: false;
    // pyx_set_add(s, elem: MOVED); TypeError: unhashable type: 'list'
    SetAdd = "pyx_set_add", fn(Ptr, Ptr) -> Void, raises: true;
    // pyx_set_contains(s, elem) -> elem in s
    SetContains = "pyx_set_contains", fn(Ptr, Ptr) -> Bool, raises: true;
    // pyx_set_discard(s, elem) -> found (s.remove: raise with pyx_raise_key_error when not)
    SetDiscard = "pyx_set_discard", fn(Ptr, Ptr) -> Bool, raises: true;
    // pyx_set_pop(s, out): element MOVED to out; KeyError: 'pop from an empty set'
    SetPop = "pyx_set_pop", fn(Ptr, Ptr) -> Void, raises: true;
    // pyx_set_next(s, pos: *i64, len_at_start, slot: **u8) -> 0 at the end; RuntimeError: Set changed size during iteration
    SetNext = "pyx_set_next", fn(Ptr, Ptr, I64, Ptr) -> Bool, raises: true;
    // pyx_set_binop(a, b, op: SET_OR/AND/SUB/XOR) -> a | b etc., frozen iff a is
    SetBinop = "pyx_set_binop", fn(Ptr, Ptr, I64) -> Ptr, raises: true;
    // pyx_set_inplace(a, b, op): a |= b (update), &=, -=, ^= on a mutable set (a frozenset rebinds to pyx_set_binop)
    SetInplace = "pyx_set_inplace", fn(Ptr, Ptr, I64) -> Void, raises: true;
    // pyx_set_cmp(a, b, op: CMP_*) -> == != and subset/superset
    SetCmp = "pyx_set_cmp", fn(Ptr, Ptr, I64) -> Bool, raises: true;
    SetIsdisjoint = "pyx_set_isdisjoint", fn(Ptr, Ptr) -> Bool, raises: true;
    // pyx_set_copy(s) -> s.copy() (a frozenset returns itself, +1)
    SetCopy = "pyx_set_copy", fn(Ptr) -> Ptr, raises: false;
    // pyx_set_convert(s, frozen) -> set(s) / frozenset(s) of a set or frozenset
    SetConvert = "pyx_set_convert", fn(Ptr, Bool) -> Ptr, raises: true;
    // pyx_set_const(tmp, frozen) -> a set display of constants, tmp holding them added in source order:
    // frozen 1: the frozenset constant CPython iterates for `for x in {3, 1, 2}`; frozen 0: the set a
    // display of 3+ constants evaluates to (1 or 2 elements: just tmp)
    SetConst = "pyx_set_const", fn(Ptr, Bool) -> Ptr, raises: false;
    SetClear = "pyx_set_clear", fn(Ptr) -> Void, raises: false;
    // pyx_set_repr(buf, s): {1, 2} / set() / frozenset({1}) / frozenset()
    SetRepr = "pyx_set_repr", fn(Ptr, Ptr) -> Void, raises: true;
}

impl AbiTy {
    fn basic<'c>(self, cx: &'c Context) -> Option<inkwell::types::BasicTypeEnum<'c>> {
        Some(match self {
            AbiTy::Void => return None,
            AbiTy::I64 => cx.i64_type().into(),
            AbiTy::I32 => cx.i32_type().into(),
            AbiTy::F64 => cx.f64_type().into(),
            AbiTy::Bool => cx.i8_type().into(),
            AbiTy::Ptr => cx.ptr_type(AddressSpace::default()).into(),
            AbiTy::Dyn => cx.struct_type(&[cx.i64_type().into(), cx.i64_type().into()], false).into(),
        })
    }
}

impl RuntimeFn {
    /// The LLVM type of the function.
    pub fn llvm_type<'c>(self, cx: &'c Context) -> FunctionType<'c> {
        let params: Vec<BasicMetadataTypeEnum> =
            self.params().iter().map(|p| p.basic(cx).expect("void parameter").into()).collect();
        match self.ret().basic(cx) {
            None => cx.void_type().fn_type(&params, false),
            Some(t) => t.fn_type(&params, false),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RuntimeFn;
    use object::{Object, ObjectSymbol};
    use std::collections::HashSet;

    /// Every function codegen may call is defined by the runtime archive embedded in pyexe.
    #[test]
    fn runtime_archive_defines_every_symbol() {
        let archive = object::read::archive::ArchiveFile::parse(crate::link::RUNTIME_ARCHIVE).expect("runtime archive");
        let mut defined = HashSet::new();
        for member in archive.members() {
            let member = member.expect("archive member");
            let data = member.data(crate::link::RUNTIME_ARCHIVE).expect("member data");
            let Ok(obj) = object::File::parse(data) else { continue };
            for sym in obj.symbols() {
                if sym.is_definition() && sym.is_global() {
                    defined.insert(sym.name().unwrap_or("").to_string());
                }
            }
        }
        let missing: Vec<&str> =
            RuntimeFn::ALL.iter().map(|f| f.symbol()).chain(super::GLOBALS.iter().copied()).filter(|s| !defined.contains(*s)).collect();
        assert!(missing.is_empty(), "runtime archive lacks: {missing:?}");
    }
}
