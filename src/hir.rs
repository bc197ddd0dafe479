//! The typed IR: the program after name resolution and desugaring. Functions own arenas
//! of expressions addressed by `ExprId`; inference results live in side tables keyed by them.
use crate::diag::{FileId, SourceFile, Span};
use crate::types::Ty;

pub type ExprId = usize;
pub type LocalId = usize;
pub type GlobalId = usize;
pub type FuncId = usize;
pub type ModId = usize;

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
    pub locals: Vec<String>,
    pub exprs: Vec<Expr>,
    pub body: Block,
    pub span: Span,
    pub is_module_init: bool,
    /// Declared return annotation, checked against the inferred type.
    pub returns: Option<(Ty, Span)>,
    /// Locals whose reads may happen before any assignment (checked at run time).
    pub maybe_unbound: Vec<bool>,
}

#[derive(Debug)]
pub struct Param {
    pub name: String,
    pub local: LocalId,
    /// Hidden global holding the default value, evaluated once at `def` time.
    pub default: Option<GlobalId>,
    pub annotation: Option<(Ty, Span)>,
    pub span: Span,
}

pub type Block = Vec<Stmt>;

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
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
    /// `raise Kind(msg)` of a built-in exception.
    Raise { kind: i64, msg: Option<ExprId> },
    Assert { test: ExprId, msg: Option<ExprId> },
    /// `import m`: run module m's top-level code unless it already ran.
    Import(ModId),
    /// A checked annotation on an assignment: `x: int = ...`.
    Annotated { target: Target, ty: Ty },
}

#[derive(Debug, Clone)]
pub enum Target {
    Local(LocalId),
    Global(GlobalId),
    Tuple(Vec<Target>),
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
}

impl BinOp {
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
    /// `range(start, stop, step)`; only valid as the iterable of a `for`.
    Range(ExprId, ExprId, ExprId),
    /// `sys.argv`
    Argv,
}

impl ExprKind {
    /// The direct subexpressions, in evaluation order.
    pub fn children(&self) -> Vec<ExprId> {
        match self {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) => vec![],
            ExprKind::Local(_) | ExprKind::Global(_) | ExprKind::Argv => vec![],
            ExprKind::Binary(_, a, b) | ExprKind::Compare(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => vec![*a, *b],
            ExprKind::Subscript(a, b) => vec![*a, *b],
            ExprKind::Unary(_, a) | ExprKind::NamedExpr(_, a) => vec![*a],
            ExprKind::IfExp(c, a, b) => vec![*c, *a, *b],
            ExprKind::Range(a, b, c) => vec![*a, *b, *c],
            ExprKind::Call(_, args) | ExprKind::Builtin(_, args) | ExprKind::Tuple(args) => args.clone(),
            ExprKind::Print { args, sep, end, .. } => args.iter().chain(sep).chain(end).copied().collect(),
            ExprKind::FString(parts) => parts
                .iter()
                .flat_map(|p| match p {
                    FPart::Lit(_) => vec![],
                    FPart::Field { value, spec, .. } => std::iter::once(*value).chain(*spec).collect(),
                })
                .collect(),
            ExprKind::Slice(a, parts) => std::iter::once(*a).chain(parts.iter().flatten().copied()).collect(),
        }
    }
}
