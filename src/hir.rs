//! The typed IR: the program after name resolution and desugaring. Functions own arenas
//! of expressions addressed by `ExprId`; inference results live in side tables keyed by them.
use crate::diag::{FileId, SourceFile, Span};
use crate::types::Ty;

pub type ExprId = usize;
pub type LocalId = usize;
pub type GlobalId = usize;
pub type FuncId = usize;
pub type ModId = usize;
pub type ClassId = usize;

/// `class C: ...` (no base classes yet): its methods (functions whose first parameter is
/// the instance) and the instance attributes its methods assign (`self.x = ...`), which
/// fix the object's layout.
#[derive(Debug)]
pub struct Class {
    pub name: String,
    pub module: ModId,
    /// The base class (single inheritance); its attributes come first in `attrs`.
    pub base: Option<ClassId>,
    pub methods: Vec<(String, FuncId)>,
    pub attrs: Vec<String>,
    /// Class attributes (`LIMIT = 3` in the class body): hidden globals, assigned when the
    /// class statement runs; `C.LIMIT` and `self.LIMIT` (without an instance attribute of
    /// that name) read them.
    pub class_attrs: Vec<(String, GlobalId)>,
    /// `@staticmethod`s (no instance parameter) and `@property` getters (read as attributes).
    pub statics: Vec<(String, FuncId)>,
    pub properties: Vec<(String, FuncId)>,
    /// `@name.setter` methods: `obj.name = v` calls them.
    pub setters: Vec<(String, FuncId)>,
    pub span: Span,
    /// For an exception class with state (`class E(Exception): def __init__...`): its kind.
    /// Its instances carry the message in the hidden attribute `__msg__`.
    pub exc_kind: Option<i64>,
    /// `@dataclass(frozen=True)`: only its `__init__` assigns attributes.
    pub frozen: bool,
}

/// The method `name` of class `cid`, looked up through its bases: the function and the
/// class that defines it.
pub fn find_method(classes: &[Class], mut cid: ClassId, name: &str) -> Option<(FuncId, ClassId)> {
    loop {
        if let Some(f) = classes[cid].method(name) {
            return Some((f, cid));
        }
        cid = classes[cid].base?;
    }
}

/// A class attribute, property or static method looked up through the bases.
pub fn find_in_chain<T>(classes: &[Class], mut cid: ClassId, get: impl Fn(&Class) -> Option<T>) -> Option<T> {
    loop {
        if let Some(x) = get(&classes[cid]) {
            return Some(x);
        }
        cid = classes[cid].base?;
    }
}

/// A built-in type named as a class in `isinstance(x, int)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinType {
    Object,
    Int,
    Bool,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
}

impl BuiltinType {
    pub fn from_name(name: &str) -> Option<BuiltinType> {
        Some(match name {
            "object" => BuiltinType::Object,
            "int" => BuiltinType::Int,
            "bool" => BuiltinType::Bool,
            "float" => BuiltinType::Float,
            "str" => BuiltinType::Str,
            "list" => BuiltinType::List,
            "tuple" => BuiltinType::Tuple,
            "dict" => BuiltinType::Dict,
            "set" => BuiltinType::Set,
            "frozenset" => BuiltinType::FrozenSet,
            _ => return None,
        })
    }
}

/// What an `isinstance(x, T)` found true says of `x`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Narrowing {
    Class(ClassId),
    Builtin(BuiltinType),
}

/// Whether `sub` is `sup` or derives from it.
pub fn is_subclass(classes: &[Class], mut sub: ClassId, sup: ClassId) -> bool {
    loop {
        if sub == sup {
            return true;
        }
        match classes[sub].base {
            Some(b) => sub = b,
            None => return false,
        }
    }
}

/// `cid` and every class deriving from it.
pub fn descendants(classes: &[Class], cid: ClassId) -> Vec<ClassId> {
    (0..classes.len()).filter(|&c| is_subclass(classes, c, cid)).collect()
}

impl Class {
    pub fn method(&self, name: &str) -> Option<FuncId> {
        self.methods.iter().find(|(n, _)| n == name).map(|(_, f)| *f)
    }
    pub fn static_method(&self, name: &str) -> Option<FuncId> {
        self.statics.iter().find(|(n, _)| n == name).map(|(_, f)| *f)
    }
    pub fn setter(&self, name: &str) -> Option<FuncId> {
        self.setters.iter().find(|(n, _)| n == name).map(|(_, f)| *f)
    }
    pub fn property(&self, name: &str) -> Option<FuncId> {
        self.properties.iter().find(|(n, _)| n == name).map(|(_, f)| *f)
    }
    pub fn class_attr(&self, name: &str) -> Option<GlobalId> {
        self.class_attrs.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }
}

#[derive(Debug, Default)]
pub struct Program {
    pub files: Vec<SourceFile>,
    pub modules: Vec<Module>,
    pub funcs: Vec<Function>,
    pub globals: Vec<Global>,
    /// The module run as `__main__`.
    pub entry: ModId,
    /// Globals whose reads may happen before any assignment (checked at run time: NameError).
    pub global_maybe_unbound: Vec<bool>,
    /// The program's exception classes (`class E(ValueError): pass`): the name tracebacks
    /// print and the parent kind; class `i` is kind `abi::EXC_USER_BASE + i`.
    pub exc_classes: Vec<(String, i64)>,
    pub classes: Vec<Class>,
}

impl Program {
    /// Whether exception kind `kind` is `base` or one of its subclasses (the program's
    /// exception classes included).
    pub fn kind_is(&self, mut kind: i64, base: i64) -> bool {
        use crate::codegen::abi;
        while kind >= 0 {
            if kind == base {
                return true;
            }
            kind = match usize::try_from(kind - abi::EXC_USER_BASE).ok().and_then(|i| self.exc_classes.get(i)) {
                Some((_, parent)) => *parent,
                None => abi::EXC_KINDS.iter().find(|k| k.0 == kind).map_or(-1, |k| k.2),
            };
        }
        false
    }
}

#[derive(Debug)]
pub struct Module {
    pub name: String,
    pub file: FileId,
    /// The function holding the module's top-level code.
    pub init: FuncId,
}

#[derive(Debug)]
pub struct Global {
    pub name: String,
    pub module: ModId,
}

#[derive(Debug)]
pub struct Function {
    /// Name shown in tracebacks: the def name, or `<module>`.
    pub name: String,
    pub module: ModId,
    pub params: Vec<Param>,
    /// Hidden global assigned by the `def` statement: calls read it, so a call that may run
    /// before the `def` raises NameError as in CPython.
    pub def_global: Option<GlobalId>,
    /// How many leading parameters are positional-only (before `/`).
    pub posonly: usize,
    /// Index of the first keyword-only parameter (after `*`); `params.len()` if none.
    pub kwonly_start: usize,
    /// The index of the `*args` parameter (just before `kwonly_start`), which receives the
    /// extra positional arguments as a tuple.
    pub vararg: Option<usize>,
    /// The index of the `**kwargs` parameter (the last), which receives the extra keyword
    /// arguments as a dict.
    pub kwarg: Option<usize>,
    /// Parameters `p=None` the body starts by replacing (`if p is None: p = []`): a
    /// list, dict or set passed there may also be None (a null pointer) until then.
    pub none_defaults: Vec<LocalId>,
    pub locals: Vec<String>,
    pub exprs: Vec<Expr>,
    pub body: Block,
    pub span: Span,
    pub is_module_init: bool,
    /// Declared return annotation, checked against the inferred type.
    pub returns: Option<(Ty, Span)>,
    /// Locals whose reads may happen before any assignment (checked at run time).
    pub maybe_unbound: Vec<bool>,
    /// Binary operations written as augmented assignments (`x -= 1`): errors name `-=`.
    pub inplace: Vec<ExprId>,
    /// The function this one is defined in (a nested `def` or a `lambda`), for closures.
    pub enclosing: Option<FuncId>,
    /// Free variables: (own local, the enclosing function's local) for each variable of
    /// the enclosing function this one (or a function nested in it) uses. A function with
    /// free variables is a closure: its values carry the variables' cells.
    pub free: Vec<(LocalId, LocalId)>,
    /// Own locals that nested functions capture: they live in cells shared with them.
    pub cells: Vec<LocalId>,
    /// The name CPython shows for the function (`outer.<locals>.inner`).
    pub qualname: String,
    /// Whether the body has a `yield`: a call makes a generator instead of running it.
    pub is_gen: bool,
    /// The function object `obj.method` makes (a lambda over `obj`): equal to another for
    /// the same method of the same object.
    pub bound_method: bool,
}

impl Function {
    /// Whether local `l` lives in a cell (captured, or a free variable).
    pub fn is_cell(&self, l: LocalId) -> bool {
        self.cells.contains(&l) || self.free.iter().any(|(o, _)| *o == l)
    }
    /// Whether free variable `k` is a default value: a copy made when the closure is, not
    /// a cell shared with the enclosing function.
    pub fn is_snapshot(&self, k: usize) -> bool {
        self.params.iter().any(|p| p.default_free == Some(k))
    }
    /// The index among the free variables of local `l`, if it is one.
    pub fn free_index(&self, l: LocalId) -> Option<usize> {
        self.free.iter().position(|(o, _)| *o == l)
    }
}

#[derive(Debug)]
pub struct Param {
    pub name: String,
    pub local: LocalId,
    /// Hidden global holding the default value, evaluated once at `def` time.
    pub default: Option<GlobalId>,
    /// For a nested function or lambda: the free variable (index into `Function::free`)
    /// holding the default value, a copy of it taken when the `def` runs.
    pub default_free: Option<usize>,
    pub annotation: Option<(Ty, Span)>,
    pub span: Span,
}

impl Param {
    pub fn has_default(&self) -> bool {
        self.default.is_some() || self.default_free.is_some()
    }
}

pub type Block = Vec<Stmt>;

#[derive(Debug, Clone)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    Expr(ExprId),
    Assign(Target, ExprId),
    If(ExprId, Block, Block),
    While { cond: ExprId, body: Block, orelse: Block },
    /// `for target in iter: body else: orelse`; codegen picks the loop shape by the iterable's type.
    For { target: Target, iter: ExprId, body: Block, orelse: Block },
    Break,
    Continue,
    Return(Option<ExprId>),
    /// `raise Kind(msg)` of an exception class, optionally `from cause` (an exception, or
    /// `None` to hide the context).
    /// With `obj`, an instance of an exception class with state (`raise E(a, b)`: the
    /// object is built, its `__str__` or `__msg__` is the message); with `kind` -1 and
    /// `obj`, `raise e` of an exception object (a built-in one, or such an instance).
    Raise { kind: i64, msg: Option<ExprId>, cause: Option<ExprId>, obj: Option<ExprId> },
    Assert { test: ExprId, msg: Option<ExprId> },
    /// `import m`: run module m's top-level code unless it already ran.
    Import(ModId),
    /// A checked annotation on an assignment: `x: int = ...`.
    Annotated { target: Target, ty: Ty },
    /// `del xs[i]`, `del xs[a:b]`, `del d[k]` (only item and slice targets).
    Del(Target),
    /// `try: body / except ...: ... / else: orelse / finally: finalbody`
    Try { body: Block, handlers: Vec<Handler>, orelse: Block, finalbody: Block },
    /// A bare `raise` inside an `except` block: the handled exception again.
    Reraise,
    /// `yield value` in a generator function (a statement: what `send` gives is not used).
    Yield(ExprId),
}

/// `except (K1, K2) as name: body`; `kinds` empty for a bare `except:`.
#[derive(Debug, Clone)]
pub struct Handler {
    pub kinds: Vec<i64>,
    pub name: Option<Target>,
    pub body: Block,
}

#[derive(Debug, Clone)]
pub enum Target {
    Local(LocalId),
    Global(GlobalId),
    /// Unpacking; at most one item is `Starred` (`first, *rest = xs`).
    Tuple(Vec<Target>),
    Starred(Box<Target>),
    /// `obj[index] = v` (list item or dict key); both are evaluated before the value is stored.
    Item(ExprId, ExprId),
    /// `obj[a:b:c] = v`
    Slice(ExprId, [Option<ExprId>; 3]),
    /// `obj.name = v` on an instance
    Attr(ExprId, String),
}

/// An inline one-parameter function: a `key=` argument or a `map`/`filter` function.
/// `param` is a hidden local of the enclosing function; `body` computes the result.
#[derive(Debug, Clone, Copy)]
pub struct KeyFn {
    pub param: LocalId,
    pub body: ExprId,
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    /// `@`: no type of the subset supports it (always a TypeError).
    MatMul,
}

impl BinOp {
    /// The method a class defines for this operator (`__add__` ...).
    pub fn dunder(self) -> &'static str {
        match self {
            BinOp::Add => "__add__",
            BinOp::Sub => "__sub__",
            BinOp::Mul => "__mul__",
            BinOp::Div => "__truediv__",
            BinOp::FloorDiv => "__floordiv__",
            BinOp::Mod => "__mod__",
            BinOp::Pow => "__pow__",
            BinOp::LShift => "__lshift__",
            BinOp::RShift => "__rshift__",
            BinOp::BitAnd => "__and__",
            BinOp::BitOr => "__or__",
            BinOp::BitXor => "__xor__",
            BinOp::MatMul => "__matmul__",
        }
    }
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::MatMul => "@",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    /// The rich comparison method and the reflected one CPython tries next.
    pub fn dunders(self) -> Option<(&'static str, &'static str)> {
        Some(match self {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::Ne => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::Le => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::Ge => ("__ge__", "__le__"),
            _ => return None,
        })
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}

/// Conversion of an f-string field: `{x}`, `{x!s}`, `{x!r}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    None,
    Str,
    Repr,
}

#[derive(Debug)]
pub enum FPart {
    Lit(String),
    Field { value: ExprId, conv: Conversion, spec: Option<ExprId> },
}

/// Which stream `print(..., file=...)` writes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Built-in functions and module functions, called with positional arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Builtin {
    Len,
    Abs,
    Round,
    Min,
    Max,
    Divmod,
    Pow,
    Hex,
    Oct,
    Bin,
    Int,
    Float,
    Str,
    Bool,
    Repr,
    Ord,
    Chr,
    Input,
    Format,
    SysExit,
    /// `sys.getrecursionlimit()`; with true, `sys.setrecursionlimit(n)` (the limit is the
    /// stack, not this number, which is only remembered).
    RecursionLimit(bool),
    /// `next(g)` / `next(g, default)` of a generator.
    Next,
    /// `hash(x)`
    Hash,
    Math(MathFn),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathFn {
    Sqrt,
    Floor,
    Ceil,
    Trunc,
    Sin,
    Cos,
    Tan,
    Asin,
    Acos,
    Atan,
    Atan2,
    Exp,
    Log,
    Log10,
    Log2,
    Pow,
    Fabs,
    Hypot,
    Isqrt,
    Gcd,
    Isclose,
    Isinf,
    Isnan,
    Isfinite,
    Degrees,
    Radians,
}

#[derive(Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Bool(bool),
    None,
    Str(String),
    Local(LocalId),
    Global(GlobalId),
    Binary(BinOp, ExprId, ExprId),
    Unary(UnaryOp, ExprId),
    Compare(CmpOp, ExprId, ExprId),
    /// `a and b` / `a or b` with Python's value semantics.
    And(ExprId, ExprId),
    Or(ExprId, ExprId),
    IfExp(ExprId, ExprId, ExprId),
    /// `(target := value)`, also used for the temporaries of chained comparisons.
    NamedExpr(Target, ExprId),
    /// A call of a user function with all arguments in parameter order.
    Call(FuncId, Vec<ExprId>),
    Builtin(Builtin, Vec<ExprId>),
    /// `math.isclose(a, b, rel_tol=..., abs_tol=...)` and other calls with optional extras are
    /// lowered to `Builtin` with defaults filled in; `print` has its own node.
    Print { args: Vec<ExprId>, sep: Option<ExprId>, end: Option<ExprId>, stream: Stream },
    FString(Vec<FPart>),
    Subscript(ExprId, ExprId),
    Slice(ExprId, [Option<ExprId>; 3]),
    Tuple(Vec<ExprId>),
    /// `range(start, stop, step)`: a range object (a `for` loop iterates it without one).
    Range(ExprId, ExprId, ExprId),
    /// `sys.argv`
    Argv,
    /// `recv.name(args)`: resolved by the receiver's type during inference.
    Method(ExprId, String, Vec<ExprId>),
    /// Evaluate the first expressions for their effects, then the last for the value.
    Seq(Vec<ExprId>, ExprId),
    /// A `def` used as a value (`apply(double, 3)`).
    FuncRef(FuncId),
    /// `C(args)`: a new instance, passed with `args` to `C.__init__` if it has one.
    New(ClassId, Vec<ExprId>),
    /// `obj.name` of an instance.
    Attr(ExprId, String),
    /// `isinstance(x, C)` / `isinstance(x, (C, int))` with classes of the program and
    /// built-in types.
    IsInstance(ExprId, Vec<ClassId>, Vec<BuiltinType>),
    /// `isinstance(e, K)` / `isinstance(e, (K1, K2))` with exception classes (kinds).
    ExcIsInstance(ExprId, Vec<i64>),
    /// `type(x).__name__`
    TypeName(ExprId),
    /// `ValueError(arg)` as a value (not raised): an exception object of this kind.
    ExcNew(i64, Option<ExprId>),
    /// A `tuple[object, ...]` of the values (an exception's `args`).
    ObjTuple(Vec<ExprId>),
    /// `ByReceiver(r, a, b)`: `a` when `r` (a variable read) holds an instance of the
    /// program, else `b` (`obj.add(x)` of a method with `*args` or of a set); only the
    /// one chosen is typed and compiled.
    ByReceiver(ExprId, ExprId, ExprId),
    /// `x` where `isinstance(x, C)` was found true: the same object, typed as a `C` when
    /// `x` holds instances of a base of `C`.
    Narrow(ExprId, ClassId),
    /// `x` where `isinstance(x, str)` (or `float`, `bool`) was found true: a value of
    /// mixed types read as that type; other values are left as they are.
    NarrowDyn(ExprId, BuiltinType),
    /// `x` as the object of `x.m(...)` with `m` a method of str: a value of mixed types
    /// (`d.get(k)` of str-or-None values) must hold a str, else AttributeError naming `m`;
    /// a value of any other type passes through.
    StrRecv(ExprId, String),
    /// `f(args)` where `f` is a value (a parameter or variable holding a function), with
    /// the positional arguments and, when written, the star and keyword ones.
    CallValue(ExprId, Vec<ExprId>, Option<Box<CallRest>>),
    /// `[a, b]`
    List(Vec<ExprId>),
    /// `tuple(it)`: the fresh list `it` was collected into, from now on a `tuple[T, ...]`.
    Freeze(ExprId),
    /// `{a, b}`; `frozenset(...)` builds one with the flag set.
    Set(Vec<ExprId>, bool),
    /// `{k: v, ...}`
    Dict(Vec<(ExprId, ExprId)>),
    /// Run the statements, then evaluate the expression: comprehensions and builtins over
    /// iterables are lowered to loops that build their result in a hidden local.
    Block(Block, ExprId),
    /// `xs.sort(key=..., reverse=...)` on a list (in place; `sorted` copies first).
    Sort { list: ExprId, key: Option<KeyFn>, reverse: Option<ExprId> },
    /// `zip(a, b, ...)`; only valid as the iterable of a `for`.
    Zip(Vec<ExprId>),
    /// `reversed(xs)`; only valid as the iterable of a `for`.
    Reversed(ExprId),
}

/// Methods of `str` the compiler knows, with their arity and result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StrMethod {
    Case(i64),
    Is(i64),
    Strip(i64),
    Replace,
    Find(i64),
    Affix(i64),
    Justify(i64),
    Zfill,
    Partition(i64),
    RemoveAffix(i64),
    Expandtabs,
}

/// What an argument of a str method must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    Str,
    /// A str, or None for the default.
    OptStr,
    Int,
    /// An int, or None for the default (slice bounds).
    OptInt,
    /// A str or a tuple of str (startswith/endswith).
    StrOrTuple,
}

impl StrMethod {
    /// (method, parameter kinds, number of required parameters) of a str method name.
    pub fn lookup(name: &str) -> Option<(StrMethod, &'static [ArgKind], usize)> {
        use crate::codegen::abi::*;
        use ArgKind::*;
        const NONE: &[ArgKind] = &[];
        const RANGE: &[ArgKind] = &[Str, OptInt, OptInt];
        Some(match name {
            "upper" => (StrMethod::Case(STR_CASE_UPPER), NONE, 0),
            "lower" => (StrMethod::Case(STR_CASE_LOWER), NONE, 0),
            "title" => (StrMethod::Case(STR_CASE_TITLE), NONE, 0),
            "capitalize" => (StrMethod::Case(STR_CASE_CAPITALIZE), NONE, 0),
            "swapcase" => (StrMethod::Case(STR_CASE_SWAPCASE), NONE, 0),
            "casefold" => (StrMethod::Case(STR_CASE_CASEFOLD), NONE, 0),
            "isdigit" => (StrMethod::Is(STR_IS_DIGIT), NONE, 0),
            "isalpha" => (StrMethod::Is(STR_IS_ALPHA), NONE, 0),
            "isalnum" => (StrMethod::Is(STR_IS_ALNUM), NONE, 0),
            "isspace" => (StrMethod::Is(STR_IS_SPACE), NONE, 0),
            "isupper" => (StrMethod::Is(STR_IS_UPPER), NONE, 0),
            "islower" => (StrMethod::Is(STR_IS_LOWER), NONE, 0),
            "isdecimal" => (StrMethod::Is(STR_IS_DECIMAL), NONE, 0),
            "isnumeric" => (StrMethod::Is(STR_IS_NUMERIC), NONE, 0),
            "istitle" => (StrMethod::Is(STR_IS_TITLE), NONE, 0),
            "isidentifier" => (StrMethod::Is(STR_IS_IDENTIFIER), NONE, 0),
            "isprintable" => (StrMethod::Is(STR_IS_PRINTABLE), NONE, 0),
            "isascii" => (StrMethod::Is(STR_IS_ASCII), NONE, 0),
            "strip" => (StrMethod::Strip(STRIP_BOTH), &[OptStr], 0),
            "lstrip" => (StrMethod::Strip(STRIP_LEFT), &[OptStr], 0),
            "rstrip" => (StrMethod::Strip(STRIP_RIGHT), &[OptStr], 0),
            "replace" => (StrMethod::Replace, &[Str, Str, Int], 2),
            "find" => (StrMethod::Find(FIND_FIND), RANGE, 1),
            "rfind" => (StrMethod::Find(FIND_RFIND), RANGE, 1),
            "index" => (StrMethod::Find(FIND_INDEX), RANGE, 1),
            "rindex" => (StrMethod::Find(FIND_RINDEX), RANGE, 1),
            "count" => (StrMethod::Find(FIND_COUNT), RANGE, 1),
            "startswith" => (StrMethod::Affix(0), &[StrOrTuple, OptInt, OptInt], 1),
            "endswith" => (StrMethod::Affix(1), &[StrOrTuple, OptInt, OptInt], 1),
            "ljust" => (StrMethod::Justify(JUST_LEFT), &[Int, Str], 1),
            "rjust" => (StrMethod::Justify(JUST_RIGHT), &[Int, Str], 1),
            "center" => (StrMethod::Justify(JUST_CENTER), &[Int, Str], 1),
            "zfill" => (StrMethod::Zfill, &[Int], 1),
            "partition" => (StrMethod::Partition(0), &[Str], 1),
            "rpartition" => (StrMethod::Partition(1), &[Str], 1),
            "removeprefix" => (StrMethod::RemoveAffix(0), &[Str], 1),
            "removesuffix" => (StrMethod::RemoveAffix(1), &[Str], 1),
            "expandtabs" => (StrMethod::Expandtabs, &[Int], 0),
            _ => return None,
        })
    }

    /// The type a call returns.
    pub fn result(self) -> Ty {
        match self {
            StrMethod::Is(_) | StrMethod::Affix(_) => Ty::Bool,
            StrMethod::Find(_) => Ty::Int,
            StrMethod::Partition(_) => Ty::Tuple(vec![Ty::Str, Ty::Str, Ty::Str]),
            _ => Ty::Str,
        }
    }
}

/// The arguments of a call of a function value after the plain positional ones, in
/// evaluation order: `f(a, *xs, k=v, **d)`.
#[derive(Debug, Default)]
pub struct CallRest {
    /// `*xs`, the last positional argument.
    pub star: Option<ExprId>,
    pub kw: Vec<(String, ExprId)>,
    /// `**d`
    pub kwstar: Option<ExprId>,
}

impl ExprKind {
    /// The direct subexpressions, in evaluation order.
    pub fn children(&self) -> Vec<ExprId> {
        match self {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) => vec![],
            ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Argv | ExprKind::FuncRef(_) => vec![],
            ExprKind::CallValue(c, args, rest) => {
                let mut v: Vec<ExprId> = std::iter::once(*c).chain(args.iter().copied()).collect();
                if let Some(r) = rest {
                    v.extend(r.star);
                    v.extend(r.kw.iter().map(|(_, e)| *e));
                    v.extend(r.kwstar);
                }
                v
            }
            ExprKind::New(_, args) => args.clone(),
            ExprKind::ExcNew(_, arg) => arg.iter().copied().collect(),
            ExprKind::ObjTuple(items) => items.clone(),
            ExprKind::ByReceiver(r, a, b) => vec![*r, *a, *b],
            ExprKind::Attr(o, _) | ExprKind::IsInstance(o, ..) | ExprKind::ExcIsInstance(o, _) | ExprKind::TypeName(o) | ExprKind::Narrow(o, _) | ExprKind::NarrowDyn(o, _) | ExprKind::StrRecv(o, _) => vec![*o],
            ExprKind::Binary(_, a, b) | ExprKind::Compare(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => vec![*a, *b],
            ExprKind::Subscript(a, b) => vec![*a, *b],
            ExprKind::Unary(_, a) | ExprKind::NamedExpr(_, a) => vec![*a],
            ExprKind::IfExp(c, a, b) => vec![*c, *a, *b],
            ExprKind::Range(a, b, c) => vec![*a, *b, *c],
            ExprKind::Call(_, args) | ExprKind::Builtin(_, args) | ExprKind::Tuple(args) | ExprKind::List(args) | ExprKind::Set(args, _) | ExprKind::Zip(args) => args.clone(),
            ExprKind::Dict(pairs) => pairs.iter().flat_map(|(k, v)| [*k, *v]).collect(),
            ExprKind::Reversed(a) | ExprKind::Freeze(a) => vec![*a],
            // Statements inside are walked by their own visitors.
            ExprKind::Block(_, e) => vec![*e],
            ExprKind::Sort { list, key, reverse } => std::iter::once(*list).chain(key.map(|k| k.body)).chain(*reverse).collect(),
            ExprKind::Print { args, sep, end, .. } => args.iter().chain(sep).chain(end).copied().collect(),
            ExprKind::FString(parts) => parts
                .iter()
                .flat_map(|p| match p {
                    FPart::Lit(_) => vec![],
                    FPart::Field { value, spec, .. } => std::iter::once(*value).chain(*spec).collect(),
                })
                .collect(),
            ExprKind::Slice(a, parts) => std::iter::once(*a).chain(parts.iter().flatten().copied()).collect(),
            ExprKind::Method(recv, _, args) => std::iter::once(*recv).chain(args.iter().copied()).collect(),
            ExprKind::Seq(first, last) => first.iter().copied().chain(std::iter::once(*last)).collect(),
        }
    }
}
