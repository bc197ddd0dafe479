//! The types inference assigns: scalars, `str`, tuples, lists, dicts, sets, and `Dyn`, the
//! tagged value a variable gets when it holds different scalar types over time. During
//! inference a container's element type is a `Var` (see `infer`); after it, never.
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// No value known yet (during inference), or never produces one.
    Never,
    None,
    Bool,
    Int,
    Float,
    Str,
    /// A tagged None/bool/int/float/str, e.g. `total = 0` ... `total += 0.5`.
    Dyn,
    /// A value of any type (`object`): the elements of a container holding unrelated types,
    /// e.g. `[1, 'a', (2.5, None)]`. Laid out as a `Dyn`, other types boxed (`TAG_OBJ`); it
    /// can be printed, compared, hashed and tested for truth, not operated on.
    Obj,
    Tuple(Vec<Ty>),
    /// `tuple[T, ...]`: a tuple whose length is known only at run time (`tuple(xs)`),
    /// laid out as a list that is never mutated.
    TupleOf(Box<Ty>),
    List(Box<Ty>),
    Dict(Box<Ty>, Box<Ty>),
    /// `set` or, with `frozen`, `frozenset`.
    Set(Box<Ty>, bool),
    /// A view of a dict of the given type: `keys()`, `values()` or `items()`.
    View(ViewKind, Box<Ty>),
    /// A `range` object: `{start, stop, step}`.
    Range,
    /// A caught exception (`except E as e`): a pointer to the runtime's exception object.
    Exc,
    /// An exception or None (`e.__cause__`, `saved = None` ... `saved = e`): the same
    /// pointer, null for None.
    OptExc,
    /// A function of the program used as a value: one of these `def`s (sorted, distinct),
    /// each with the instance of its enclosing function when it is a closure (its free
    /// variables live there). Held as a pointer to a function object; a call dispatches
    /// over the set.
    Func(Vec<FnVal>),
    /// An instance of the program's class (a `ClassId`): a counted object with a fixed layout.
    Inst(usize),
    /// An instance of the class or None (`self.next = None` ... `self.next = node`): the
    /// same pointer, null for None; attribute access checks it (AttributeError).
    Opt(usize),
    /// A generator yielding items of the type: a counted object holding the coroutine of
    /// a generator function's instance (see `codegen/generators.rs`).
    Gen(Box<Ty>),
    /// A type variable of inference (the element type of a container); resolved away before codegen.
    Var(u32),
}

/// A function value's `def` (a `FuncId`) and, for a closure, the instance (`InstId`) of
/// the enclosing function that made it.
pub type FnVal = (usize, Option<usize>);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// Tuple types nest at most this deep (keeps inference finite on `x = (x, 1)`).
pub const MAX_DEPTH: usize = 6;

impl Ty {
    /// Whether a value of this type can live in a `Dyn`.
    pub fn is_dynable(&self) -> bool {
        matches!(self, Ty::None | Ty::Bool | Ty::Int | Ty::Float | Ty::Str | Ty::Dyn)
    }
    /// The class of an instance type (`Inst` or `Opt`).
    pub fn nullable_class(&self) -> Option<usize> {
        match self {
            Ty::Inst(c) | Ty::Opt(c) => Some(*c),
            _ => None,
        }
    }
    pub fn is_numeric(&self) -> bool {
        matches!(self, Ty::Bool | Ty::Int | Ty::Float)
    }
    /// int-like: int or bool.
    pub fn is_intlike(&self) -> bool {
        matches!(self, Ty::Bool | Ty::Int)
    }
    /// Whether values of this type hold references that must be counted.
    pub fn is_refcounted(&self) -> bool {
        match self {
            Ty::Str | Ty::Dyn | Ty::Obj | Ty::Exc | Ty::OptExc | Ty::Func(_) | Ty::Inst(_) | Ty::Opt(_) | Ty::Gen(_) | Ty::List(_) | Ty::TupleOf(_) | Ty::Dict(..) | Ty::Set(..) | Ty::View(..) => true,
            Ty::Tuple(items) => items.iter().any(Ty::is_refcounted),
            _ => false,
        }
    }
    pub fn depth(&self) -> usize {
        match self {
            Ty::Tuple(items) => 1 + items.iter().map(Ty::depth).max().unwrap_or(0),
            Ty::List(t) | Ty::TupleOf(t) | Ty::Set(t, _) | Ty::View(_, t) => 1 + t.depth(),
            Ty::Dict(k, v) => 1 + k.depth().max(v.depth()),
            _ => 0,
        }
    }

    /// The least type holding both, or `None` when no single type can (e.g. `str` and a tuple).
    pub fn join(&self, other: &Ty) -> Option<Ty> {
        let joined = match (self, other) {
            (a, b) if a == b => a.clone(),
            (Ty::Never, b) => b.clone(),
            (a, Ty::Never) => a.clone(),
            (a, b) if a.is_dynable() && b.is_dynable() => Ty::Dyn,
            (Ty::Obj, _) | (_, Ty::Obj) => Ty::Obj,
            (Ty::Func(a), Ty::Func(b)) => Ty::Func(func_union(a, b)),
            (Ty::Exc | Ty::OptExc | Ty::None, Ty::Exc | Ty::OptExc | Ty::None) => Ty::OptExc,
            // An instance or None: the same class, nullable.
            (a, b) if a.nullable_class().is_some() || b.nullable_class().is_some() => {
                let ok = |t: &Ty| matches!(t, Ty::None | Ty::Inst(_) | Ty::Opt(_));
                let c = a.nullable_class().or(b.nullable_class())?;
                if !ok(a) || !ok(b) || a.nullable_class().is_some_and(|x| x != c) || b.nullable_class().is_some_and(|x| x != c) {
                    return None;
                }
                Ty::Opt(c)
            }
            (Ty::Tuple(a), Ty::Tuple(b)) if a.len() == b.len() => {
                Ty::Tuple(a.iter().zip(b).map(|(x, y)| x.join(y)).collect::<Option<_>>()?)
            }
            (Ty::List(a), Ty::List(b)) => Ty::List(Box::new(a.join(b)?)),
            (Ty::TupleOf(a), Ty::TupleOf(b)) => Ty::TupleOf(Box::new(a.join(b)?)),
            (Ty::Tuple(items), Ty::TupleOf(e)) | (Ty::TupleOf(e), Ty::Tuple(items)) => {
                Ty::TupleOf(Box::new(items.iter().try_fold((**e).clone(), |acc, t| acc.join(t))?))
            }
            _ => return None,
        };
        (joined.depth() <= MAX_DEPTH).then_some(joined)
    }

    /// The Python class name used in CPython's error messages.
    pub fn py_name(&self) -> &'static str {
        match self {
            Ty::Never => "<unknown>",
            Ty::None => "NoneType",
            Ty::Bool => "bool",
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Str => "str",
            Ty::Dyn | Ty::Obj => "object",
            Ty::Tuple(_) | Ty::TupleOf(_) => "tuple",
            Ty::List(_) => "list",
            Ty::Dict(..) => "dict",
            Ty::Set(_, false) => "set",
            Ty::Set(_, true) => "frozenset",
            Ty::View(ViewKind::Keys, _) => "dict_keys",
            Ty::View(ViewKind::Values, _) => "dict_values",
            Ty::View(ViewKind::Items, _) => "dict_items",
            Ty::Var(_) => "<unknown>",
            Ty::Range => "range",
            Ty::Exc => "BaseException",
            Ty::OptExc => "BaseException | None",
            Ty::Func(_) => "function",
            Ty::Gen(_) => "generator",
            Ty::Inst(_) | Ty::Opt(_) => "object",
        }
    }
}

/// The union of two sorted sets of functions.
pub fn func_union(a: &[FnVal], b: &[FnVal]) -> Vec<FnVal> {
    let mut u: Vec<FnVal> = a.iter().chain(b).copied().collect();
    u.sort_unstable();
    u.dedup();
    u
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Ty::None => write!(f, "None"),
            Ty::Dyn => write!(f, "int | float | str | bool | None"),
            Ty::Tuple(items) => {
                write!(f, "tuple[")?;
                for (i, t) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, "]")
            }
            Ty::List(t) => write!(f, "list[{t}]"),
            Ty::TupleOf(t) => write!(f, "tuple[{t}, ...]"),
            Ty::Dict(k, v) => write!(f, "dict[{k}, {v}]"),
            Ty::Set(t, frozen) => write!(f, "{}[{t}]", if *frozen { "frozenset" } else { "set" }),
            Ty::View(_, d) => write!(f, "{}", self.py_name()).and_then(|_| match &**d {
                Ty::Dict(k, v) => write!(f, "[{k}, {v}]"),
                _ => Ok(()),
            }),
            Ty::Var(_) => write!(f, "?"),
            other => write!(f, "{}", other.py_name()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_rules() {
        assert_eq!(Ty::Int.join(&Ty::Int), Some(Ty::Int));
        assert_eq!(Ty::Never.join(&Ty::Str), Some(Ty::Str));
        assert_eq!(Ty::Int.join(&Ty::Float), Some(Ty::Dyn));
        assert_eq!(Ty::None.join(&Ty::Str), Some(Ty::Dyn));
        assert_eq!(Ty::Str.join(&Ty::Tuple(vec![Ty::Int])), None);
        assert_eq!(Ty::None.join(&Ty::Exc), Some(Ty::OptExc));
        assert_eq!(Ty::OptExc.join(&Ty::Exc), Some(Ty::OptExc));
        assert_eq!(
            Ty::Tuple(vec![Ty::Int, Ty::Str]).join(&Ty::Tuple(vec![Ty::Float, Ty::Str])),
            Some(Ty::Tuple(vec![Ty::Dyn, Ty::Str]))
        );
        let mut t = Ty::Int;
        for _ in 0..10 {
            t = Ty::Tuple(vec![t]);
        }
        assert_eq!(t.join(&t), None);
    }
}
