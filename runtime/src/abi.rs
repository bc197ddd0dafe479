//! Constants shared by the compiler and the runtime: the one place that numbers
//! exception kinds, dynamic-value tags and operator codes. The compiler includes this
//! file with `#[path]`, so both sides always agree.
#![allow(dead_code)]

/// Reference count given to objects that must never be freed (string literals, the
/// argv list). Increments and decrements on them never reach zero.
pub const IMMORTAL_RC: i64 = 1 << 62;

/// Tags of a dynamic value `{ tag: i64, val: i64 }` (a variable whose type differs
/// between assignments, e.g. `total = 0` then `total += 0.5`).
pub const TAG_NONE: i64 = 0;
pub const TAG_BOOL: i64 = 1; // val: 0 or 1
pub const TAG_INT: i64 = 2; // val: the i64
pub const TAG_FLOAT: i64 = 3; // val: the f64 bits
pub const TAG_STR: i64 = 4; // val: *mut Str (owned reference)
/// Only in `%`-formatting arguments: a value of another type as texts; val points to
/// three strs: its str(), its repr() and its type's name.
pub const TAG_TEXTS: i64 = 5;
/// val: *mut BoxObj (owned reference): a value of any other type (a list, tuple, dict...)
/// in a variable or container slot that may hold several types.
pub const TAG_OBJ: i64 = 7;

/// Binary operator codes for `pyx_dyn_binop`.
pub const OP_ADD: i64 = 0;
pub const OP_SUB: i64 = 1;
pub const OP_MUL: i64 = 2;
pub const OP_TRUEDIV: i64 = 3;
pub const OP_FLOORDIV: i64 = 4;
pub const OP_MOD: i64 = 5;
pub const OP_POW: i64 = 6;
pub const OP_LSHIFT: i64 = 7;
pub const OP_RSHIFT: i64 = 8;
pub const OP_BITAND: i64 = 9;
pub const OP_BITOR: i64 = 10;
pub const OP_BITXOR: i64 = 11;

/// What an index converted by `pyx_dyn_index_for` is for (its error message).
pub const INDEX_FOR_INT: i64 = 0; // range() arguments and the like
pub const INDEX_FOR_STR: i64 = 1; // s[i]
pub const INDEX_FOR_LIST: i64 = 2; // xs[i]
pub const INDEX_FOR_SLICE: i64 = 3; // s[i:j]

/// Added to a binary operator code for augmented assignment (`x -= 1`): errors name `-=`.
pub const OP_INPLACE: i64 = 0x100;

/// Comparison codes for `pyx_dyn_cmp`.
pub const CMP_EQ: i64 = 0;
pub const CMP_NE: i64 = 1;
pub const CMP_LT: i64 = 2;
pub const CMP_LE: i64 = 3;
pub const CMP_GT: i64 = 4;
pub const CMP_GE: i64 = 5;

/// Unary operator codes for `pyx_dyn_unary`.
pub const UN_NEG: i64 = 0;
pub const UN_POS: i64 = 1;
pub const UN_INVERT: i64 = 2;
/// abs(x)
pub const UN_ABS: i64 = 3;

/// Built-in exception kinds, with their parent kinds (for `except` matching later).
/// (kind, name, parent)
pub const EXC_KINDS: &[(i64, &str, i64)] = &[
    (0, "BaseException", -1),
    (1, "Exception", 0),
    (2, "ArithmeticError", 1),
    (3, "ZeroDivisionError", 2),
    (4, "OverflowError", 2),
    (5, "ValueError", 1),
    (6, "TypeError", 1),
    (7, "LookupError", 1),
    (8, "IndexError", 7),
    (9, "KeyError", 7),
    (10, "AttributeError", 1),
    (11, "RuntimeError", 1),
    (12, "RecursionError", 11),
    (13, "NotImplementedError", 11),
    (14, "StopIteration", 1),
    (15, "AssertionError", 1),
    (16, "NameError", 1),
    (17, "UnboundLocalError", 16),
    (18, "EOFError", 1),
    (19, "SystemExit", 0),
    (20, "KeyboardInterrupt", 0),
    (21, "MemoryError", 1),
    (22, "OSError", 1),
    (23, "FileNotFoundError", 22),
    (24, "PermissionError", 22),
    (25, "TimeoutError", 22),
    (26, "ImportError", 1),
    (27, "ModuleNotFoundError", 26),
    (28, "UnicodeError", 5),
    (29, "GeneratorExit", 0),
    (30, "dataclasses.FrozenInstanceError", 10),
    (31, "SyntaxError", 1),
    (32, "FloatingPointError", 2),
];
/// Exception classes of the program (`class MyError(ValueError): pass`) are kinds from
/// here on, in the order of the table passed to `pyx_exc_register`.
pub const EXC_USER_BASE: i64 = 1000;
pub const EXC_BASE_EXCEPTION: i64 = 0;
pub const EXC_EXCEPTION: i64 = 1;
pub const EXC_ARITHMETIC_ERROR: i64 = 2;
pub const EXC_ZERO_DIVISION_ERROR: i64 = 3;
pub const EXC_OVERFLOW_ERROR: i64 = 4;
pub const EXC_VALUE_ERROR: i64 = 5;
pub const EXC_TYPE_ERROR: i64 = 6;
pub const EXC_LOOKUP_ERROR: i64 = 7;
pub const EXC_INDEX_ERROR: i64 = 8;
pub const EXC_KEY_ERROR: i64 = 9;
pub const EXC_ATTRIBUTE_ERROR: i64 = 10;
pub const EXC_RUNTIME_ERROR: i64 = 11;
pub const EXC_RECURSION_ERROR: i64 = 12;
pub const EXC_NOT_IMPLEMENTED_ERROR: i64 = 13;
pub const EXC_STOP_ITERATION: i64 = 14;
pub const EXC_ASSERTION_ERROR: i64 = 15;
pub const EXC_NAME_ERROR: i64 = 16;
pub const EXC_UNBOUND_LOCAL_ERROR: i64 = 17;
pub const EXC_EOF_ERROR: i64 = 18;
pub const EXC_SYSTEM_EXIT: i64 = 19;
pub const EXC_KEYBOARD_INTERRUPT: i64 = 20;
pub const EXC_MEMORY_ERROR: i64 = 21;
/// Thrown into a generator at its `yield` when it is dropped unfinished (runs its `finally`).
pub const EXC_GENERATOR_EXIT: i64 = 29;
/// Assigning a field of a `@dataclass(frozen=True)` instance.
pub const EXC_FROZEN_INSTANCE_ERROR: i64 = 30;

/// Bits of the `mask` argument of slicing functions: which of start/stop/step are given.
pub const SLICE_HAS_START: i64 = 1;
pub const SLICE_HAS_STOP: i64 = 2;
pub const SLICE_HAS_STEP: i64 = 4;

/// Message of the OverflowError raised when an int result does not fit in 64 bits.
pub const MSG_INT_OVERFLOW: &str = "int too large (pyexe ints are 64-bit)";

/// `which` codes of `pyx_str_case`.
pub const STR_CASE_UPPER: i64 = 0;
pub const STR_CASE_LOWER: i64 = 1;
pub const STR_CASE_TITLE: i64 = 2;
pub const STR_CASE_CAPITALIZE: i64 = 3;
pub const STR_CASE_SWAPCASE: i64 = 4;
pub const STR_CASE_CASEFOLD: i64 = 5;

/// `which` codes of `pyx_str_is`.
pub const STR_IS_DIGIT: i64 = 0;
pub const STR_IS_ALPHA: i64 = 1;
pub const STR_IS_ALNUM: i64 = 2;
pub const STR_IS_SPACE: i64 = 3;
pub const STR_IS_UPPER: i64 = 4;
pub const STR_IS_LOWER: i64 = 5;
pub const STR_IS_DECIMAL: i64 = 6;
pub const STR_IS_NUMERIC: i64 = 7;
pub const STR_IS_TITLE: i64 = 8;
pub const STR_IS_IDENTIFIER: i64 = 9;
pub const STR_IS_PRINTABLE: i64 = 10;
pub const STR_IS_ASCII: i64 = 11;

/// `which` codes of `pyx_str_strip`.
pub const STRIP_BOTH: i64 = 0;
pub const STRIP_LEFT: i64 = 1;
pub const STRIP_RIGHT: i64 = 2;

/// `which` codes of `pyx_str_find`.
pub const FIND_FIND: i64 = 0;
pub const FIND_RFIND: i64 = 1;
pub const FIND_INDEX: i64 = 2;
pub const FIND_RINDEX: i64 = 3;
pub const FIND_COUNT: i64 = 4;

/// `which` codes of `pyx_str_justify`.
pub const JUST_LEFT: i64 = 0;
pub const JUST_RIGHT: i64 = 1;
pub const JUST_CENTER: i64 = 2;

/// Kinds of element descriptors (`desc::Desc::kind`). The scalar kinds equal the `TAG_*`
/// of the same type. A container stores its elements unboxed, each `Desc::size` bytes:
/// None and bool as one byte (0/1), int as i64, float as f64, str/list/dict/set as an
/// object pointer (a counted reference), a dynamic value as `{tag, val}`, a tuple as a
/// C struct of its members (offsets in the descriptor's fields).
pub const DESC_NONE: i64 = 0;
pub const DESC_BOOL: i64 = 1;
pub const DESC_INT: i64 = 2;
pub const DESC_FLOAT: i64 = 3;
pub const DESC_STR: i64 = 4;
pub const DESC_DYN: i64 = 5;
pub const DESC_TUPLE: i64 = 6;
pub const DESC_LIST: i64 = 7;
pub const DESC_DICT: i64 = 8;
pub const DESC_SET: i64 = 9;
/// A `tuple[T, ...]` (length known at run time): a pointer to a list that is never mutated.
pub const DESC_VTUPLE: i64 = 10;
/// An instance of a class of the program: a pointer to `{ rc, fields... }`; the
/// descriptor's `fields` points to the class's `ClassInfo` instead.
pub const DESC_INST: i64 = 11;
/// An exception object (`ValueError("x")`, a caught exception): a pointer to an `Exc`.
pub const DESC_EXC: i64 = 12;

/// Operator codes of `pyx_set_binop` / `pyx_set_inplace`.
pub const SET_OR: i64 = 0;
pub const SET_AND: i64 = 1;
pub const SET_SUB: i64 = 2;
pub const SET_XOR: i64 = 3;

/// `which` codes of `pyx_dict_view_repr`.
pub const VIEW_KEYS: i64 = 0;
pub const VIEW_VALUES: i64 = 1;
pub const VIEW_ITEMS: i64 = 2;
