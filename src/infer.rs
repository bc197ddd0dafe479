//! Whole-program type inference: assigns a type to every expression of the typed IR,
//! specialising each function once per distinct tuple of argument types. Results are side
//! tables (`Instance::exprs`, indexed by `ExprId`); the IR itself is never mutated.
//!
//! Variables get one type per function instance: the join of everything assigned to them.
//! Scalars and strings of different types join to `Ty::Dyn`, a tagged value, so a variable
//! that holds `0` and later `0.5` prints exactly what CPython prints. Types only grow, so
//! re-inferring every instance until nothing changes terminates.
use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::hir::*;
use crate::types::Ty;
use std::collections::HashMap;

pub type InstId = usize;

#[derive(Debug, Clone)]
pub struct Instance {
    pub func: FuncId,
    pub args: Vec<Ty>,
    pub locals: Vec<Ty>,
    /// Type of every expression of the function, by `ExprId`.
    pub exprs: Vec<Ty>,
    pub ret: Ty,
    /// The instance each `ExprKind::Call` invokes.
    pub calls: HashMap<ExprId, InstId>,
}

#[derive(Debug)]
pub struct Typed {
    pub instances: Vec<Instance>,
    pub globals: Vec<Ty>,
    /// The instance of each module's top-level code, by `ModId`.
    pub module_inits: Vec<InstId>,
}

/// Infers types for the whole program, starting from every module's top-level code.
pub fn infer(prog: &Program, diags: &mut Diagnostics) -> Typed {
    let mut cx = Cx {
        prog,
        instances: Vec::new(),
        index: HashMap::new(),
        globals: vec![Ty::Never; prog.globals.len()],
        changed: false,
        report: false,
        diags,
        cur: 0,
    };
    let module_inits: Vec<InstId> = prog.modules.iter().map(|m| cx.instance(m.init, Vec::new())).collect();
    let mut rounds = 0;
    loop {
        cx.changed = false;
        let mut i = 0;
        while i < cx.instances.len() {
            cx.infer_instance(i);
            i += 1;
        }
        rounds += 1;
        if !cx.changed || rounds > 200 {
            break;
        }
    }
    // A last pass over the settled types reports the errors.
    cx.report = true;
    for i in 0..cx.instances.len() {
        cx.infer_instance(i);
    }
    Typed { instances: cx.instances, globals: cx.globals, module_inits }
}

struct Cx<'p, 'd> {
    prog: &'p Program,
    instances: Vec<Instance>,
    index: HashMap<(FuncId, Vec<Ty>), InstId>,
    globals: Vec<Ty>,
    changed: bool,
    report: bool,
    diags: &'d mut Diagnostics,
    /// The instance being inferred.
    cur: InstId,
}

/// Whether a value of type `actual` satisfies the annotation `declared` (int is a float, bool an int).
fn compatible(actual: &Ty, declared: &Ty) -> bool {
    actual == declared
        || *actual == Ty::Never
        || (*declared == Ty::Float && actual.is_intlike())
        || (*declared == Ty::Int && *actual == Ty::Bool)
}

/// Whether a block never falls through to its end.
pub fn terminates(b: &Block, f: &Function) -> bool {
    b.last().is_some_and(|s| match &s.kind {
        StmtKind::Return(_) | StmtKind::Raise { .. } => true,
        StmtKind::If(_, a, b) => terminates(a, f) && terminates(b, f),
        StmtKind::While { cond, body, .. } => matches!(f.exprs[*cond].kind, ExprKind::Bool(true)) && !has_break(body),
        StmtKind::Expr(e) => matches!(f.exprs[*e].kind, ExprKind::Builtin(Builtin::SysExit, _)),
        _ => false,
    })
}

fn has_break(b: &Block) -> bool {
    b.iter().any(|s| match &s.kind {
        StmtKind::Break => true,
        StmtKind::If(_, a, b) => has_break(a) || has_break(b),
        _ => false,
    })
}

impl<'p, 'd> Cx<'p, 'd> {
    fn instance(&mut self, func: FuncId, args: Vec<Ty>) -> InstId {
        if let Some(&i) = self.index.get(&(func, args.clone())) {
            return i;
        }
        let f = &self.prog.funcs[func];
        let mut locals = vec![Ty::Never; f.locals.len()];
        for (p, t) in f.params.iter().zip(&args) {
            locals[p.local] = t.clone();
        }
        let id = self.instances.len();
        self.instances.push(Instance {
            func,
            args: args.clone(),
            locals,
            exprs: vec![Ty::Never; f.exprs.len()],
            ret: Ty::Never,
            calls: HashMap::new(),
        });
        self.index.insert((func, args), id);
        self.changed = true;
        id
    }

    fn func(&self) -> &'p Function {
        let prog: &'p Program = self.prog;
        &prog.funcs[self.instances[self.cur].func]
    }

    fn error(&mut self, id: &'static str, span: Span, msg: impl Into<String>) {
        if self.report {
            self.diags.push(Diagnostic::new(id, span, msg));
        }
    }

    fn infer_instance(&mut self, i: InstId) {
        self.cur = i;
        let f = self.func();
        for p in &f.params {
            if let Some((ann, span)) = &p.annotation {
                let actual = self.instances[i].args[p.local].clone();
                if !compatible(&actual, ann) {
                    let msg = format!("argument '{}' of {}() is annotated {ann} but called with {actual}", p.name, f.name);
                    self.error("type-mismatch", *span, msg);
                }
            }
        }
        self.block(&f.body);
        if !f.is_module_init && !terminates(&f.body, f) {
            self.join_ret(Ty::None, f.span);
        }
        if let Some((ann, span)) = &f.returns {
            let actual = self.instances[i].ret.clone();
            if !compatible(&actual, ann) {
                self.error("type-mismatch", *span, format!("{}() is annotated to return {ann} but returns {actual}", f.name));
            }
        }
    }

    fn join_ret(&mut self, t: Ty, span: Span) {
        let cur = self.instances[self.cur].ret.clone();
        match cur.join(&t) {
            Some(j) => {
                if j != cur {
                    self.instances[self.cur].ret = j;
                    self.changed = true;
                }
            }
            None => {
                let name = self.func().name.clone();
                self.error("type-mismatch", span, format!("{name}() returns {t} here but {cur} elsewhere"));
            }
        }
    }

    fn block(&mut self, b: &Block) {
        for s in b {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(*e);
            }
            StmtKind::Assign(t, e) => {
                let ty = self.expr(*e);
                self.assign(t, ty, s.span);
            }
            StmtKind::If(c, a, b) => {
                self.expr(*c);
                self.block(a);
                self.block(b);
            }
            StmtKind::While { cond, body, orelse } => {
                self.expr(*cond);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::For { target, iter, body, orelse } => {
                let it = self.expr(*iter);
                let elem = self.element_type(*iter, &it);
                self.assign(target, elem, s.span);
                self.block(body);
                self.block(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Import(_) => {}
            StmtKind::Return(e) => {
                let t = match e {
                    Some(e) => self.expr(*e),
                    None => Ty::None,
                };
                self.join_ret(t, s.span);
            }
            StmtKind::Raise { msg, .. } => {
                if let Some(m) = msg {
                    self.expr(*m);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(*test);
                if let Some(m) = msg {
                    self.expr(*m);
                }
            }
            StmtKind::Annotated { target, ty } => {
                let actual = match target {
                    Target::Local(l) => self.instances[self.cur].locals[*l].clone(),
                    Target::Global(g) => self.globals[*g].clone(),
                    Target::Tuple(_) => Ty::Never,
                };
                if !compatible(&actual, ty) {
                    self.error("type-mismatch", s.span, format!("variable is annotated {ty} but holds {actual}"));
                }
            }
        }
    }

    /// The type of the items a `for` loop gets from an iterable.
    fn element_type(&mut self, iter: ExprId, t: &Ty) -> Ty {
        let f = self.func();
        if let ExprKind::Range(..) = f.exprs[iter].kind {
            return Ty::Int;
        }
        match t {
            Ty::Never => Ty::Never,
            Ty::Str => Ty::Str,
            Ty::List(e) => (**e).clone(),
            Ty::Tuple(items) => {
                let mut acc = Ty::Never;
                for it in items {
                    match acc.join(it) {
                        Some(j) => acc = j,
                        None => {
                            self.error("type-mismatch", f.exprs[iter].span, "iterating over a tuple whose items have incompatible types is not supported");
                            return Ty::Never;
                        }
                    }
                }
                acc
            }
            Ty::Dyn => {
                self.error("unsupported-syntax", f.exprs[iter].span, "iterating over a variable that holds values of several types is not supported yet");
                Ty::Never
            }
            other => {
                self.error("type-mismatch", f.exprs[iter].span, format!("'{}' object is not iterable", other.py_name()));
                Ty::Never
            }
        }
    }

    fn assign(&mut self, t: &Target, ty: Ty, span: Span) {
        match t {
            Target::Local(l) => {
                let cur = self.instances[self.cur].locals[*l].clone();
                match cur.join(&ty) {
                    Some(j) => {
                        if j != cur {
                            self.instances[self.cur].locals[*l] = j;
                            self.changed = true;
                        }
                    }
                    None => {
                        let name = self.func().locals[*l].clone();
                        self.error("type-mismatch", span, format!("variable '{name}' is assigned {ty} here but holds {cur} elsewhere"));
                    }
                }
            }
            Target::Global(g) => {
                let cur = self.globals[*g].clone();
                match cur.join(&ty) {
                    Some(j) => {
                        if j != cur {
                            self.globals[*g] = j;
                            self.changed = true;
                        }
                    }
                    None => {
                        let name = self.prog.globals[*g].name.clone();
                        self.error("type-mismatch", span, format!("variable '{name}' is assigned {ty} here but holds {cur} elsewhere"));
                    }
                }
            }
            Target::Tuple(items) => match &ty {
                Ty::Never => items.iter().for_each(|t| self.assign(t, Ty::Never, span)),
                Ty::Tuple(tys) if tys.len() == items.len() => {
                    for (t, ty) in items.iter().zip(tys) {
                        self.assign(t, ty.clone(), span);
                    }
                }
                Ty::Tuple(tys) => {
                    let msg = if tys.len() < items.len() {
                        format!("not enough values to unpack (expected {}, got {})", items.len(), tys.len())
                    } else {
                        format!("too many values to unpack (expected {})", items.len())
                    };
                    self.error("type-mismatch", span, msg);
                }
                Ty::List(e) => items.iter().for_each(|t| self.assign(t, (**e).clone(), span)),
                Ty::Str => items.iter().for_each(|t| self.assign(t, Ty::Str, span)),
                Ty::Dyn => self.error("unsupported-syntax", span, "unpacking a variable that holds values of several types is not supported yet"),
                other => self.error("type-mismatch", span, format!("cannot unpack non-iterable {} object", other.py_name())),
            },
        }
    }

    fn expr(&mut self, e: ExprId) -> Ty {
        let t = self.expr_inner(e);
        self.instances[self.cur].exprs[e] = t.clone();
        t
    }

    fn expr_inner(&mut self, e: ExprId) -> Ty {
        let f = self.func();
        let span = f.exprs[e].span;
        match &f.exprs[e].kind {
            ExprKind::Int(_) => Ty::Int,
            ExprKind::Float(_) => Ty::Float,
            ExprKind::Bool(_) => Ty::Bool,
            ExprKind::None => Ty::None,
            ExprKind::Str(_) => Ty::Str,
            ExprKind::Argv => Ty::List(Box::new(Ty::Str)),
            ExprKind::Local(l) => self.instances[self.cur].locals[*l].clone(),
            ExprKind::Global(g) => self.globals[*g].clone(),
            ExprKind::Binary(op, a, b) => {
                let (ta, tb) = (self.expr(*a), self.expr(*b));
                let rhs_const = match f.exprs[*b].kind {
                    ExprKind::Int(i) => Some(i),
                    _ => None,
                };
                let t = self.binary(*op, &ta, &tb, rhs_const, span);
                if t == Ty::Never && f.inplace.contains(&e) && self.report {
                    // The message of `x -= y` names `-=`: rewrite the one just reported.
                    if let Some(d) = self.diags.list.iter_mut().rev().find(|d| d.span == span) {
                        let sym = format!("for {}:", op.symbol());
                        d.message = d.message.replace(&sym, &format!("for {}=:", op.symbol()));
                    }
                }
                t
            }
            ExprKind::Unary(op, a) => {
                let t = self.expr(*a);
                match (op, &t) {
                    (_, Ty::Never) => Ty::Never,
                    (UnaryOp::Not, _) => Ty::Bool,
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Int | Ty::Bool) => Ty::Int,
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Float) => Ty::Float,
                    (UnaryOp::Invert, Ty::Int | Ty::Bool) => Ty::Int,
                    (_, Ty::Dyn) => Ty::Dyn,
                    _ => {
                        let sym = match op {
                            UnaryOp::Neg => "-",
                            UnaryOp::Pos => "+",
                            _ => "~",
                        };
                        self.error("type-mismatch", span, format!("bad operand type for unary {sym}: '{}'", t.py_name()));
                        Ty::Never
                    }
                }
            }
            ExprKind::Compare(op, a, b) => {
                let (ta, tb) = (self.expr(*a), self.expr(*b));
                self.compare(*op, &ta, &tb, span);
                Ty::Bool
            }
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                let (ta, tb) = (self.expr(*a), self.expr(*b));
                self.join_or_error(&ta, &tb, span, "the operands of 'and'/'or'")
            }
            ExprKind::IfExp(c, a, b) => {
                self.expr(*c);
                let (ta, tb) = (self.expr(*a), self.expr(*b));
                self.join_or_error(&ta, &tb, span, "the branches of the conditional expression")
            }
            ExprKind::NamedExpr(t, v) => {
                let ty = self.expr(*v);
                self.assign(t, ty.clone(), span);
                ty
            }
            ExprKind::Call(fid, args) => {
                let tys: Vec<Ty> = args.iter().map(|a| self.expr(*a)).collect();
                if tys.contains(&Ty::Never) {
                    return Ty::Never;
                }
                let cur = self.cur;
                let inst = self.instance(*fid, tys);
                self.cur = cur;
                self.instances[cur].calls.insert(e, inst);
                self.instances[inst].ret.clone()
            }
            ExprKind::Builtin(b, args) => {
                let tys: Vec<Ty> = args.iter().map(|a| self.expr(*a)).collect();
                if tys.contains(&Ty::Never) {
                    return Ty::Never;
                }
                let rhs_const = args.get(1).and_then(|a| match f.exprs[*a].kind {
                    ExprKind::Int(i) => Some(i),
                    _ => None,
                });
                self.builtin(*b, &tys, rhs_const, span)
            }
            ExprKind::Print { args, sep, end, .. } => {
                for a in args {
                    self.expr(*a);
                }
                for s in sep.iter().chain(end) {
                    let t = self.expr(*s);
                    if !matches!(t, Ty::Str | Ty::Never | Ty::None) {
                        self.error("type-mismatch", f.exprs[*s].span, format!("sep and end must be None or a string, not {}", t.py_name()));
                    }
                }
                Ty::None
            }
            ExprKind::FString(parts) => {
                for p in parts {
                    if let FPart::Field { value, spec, conv } = p {
                        let t = self.expr(*value);
                        if let Some(s) = spec {
                            self.expr(*s);
                            let empty = matches!(&f.exprs[*s].kind, ExprKind::FString(p) if p.is_empty())
                                || matches!(&f.exprs[*s].kind, ExprKind::Str(x) if x.is_empty());
                            if matches!(t, Ty::Tuple(_) | Ty::List(_)) && *conv == Conversion::None && !empty {
                                let msg = format!("unsupported format string passed to {}.__format__", t.py_name());
                                self.error("type-mismatch", f.exprs[*value].span, msg);
                            }
                        }
                    }
                }
                Ty::Str
            }
            ExprKind::Subscript(a, i) => {
                let (ta, ti) = (self.expr(*a), self.expr(*i));
                if ta == Ty::Never || ti == Ty::Never {
                    return Ty::Never;
                }
                let index_ok = ti.is_intlike() || ti == Ty::Dyn;
                match &ta {
                    Ty::Str | Ty::List(_) if !index_ok => {
                        let what = if ta == Ty::Str { "string" } else { "list" };
                        self.error("type-mismatch", span, format!("{what} indices must be integers, not '{}'", ti.py_name()));
                        Ty::Never
                    }
                    Ty::Str => Ty::Str,
                    Ty::List(el) => (**el).clone(),
                    Ty::Tuple(items) => {
                        let idx = match f.exprs[*i].kind {
                            ExprKind::Int(k) => Some(k),
                            _ => None,
                        };
                        match idx {
                            Some(k) => {
                                let n = items.len() as i64;
                                let k = if k < 0 { k + n } else { k };
                                if k < 0 || k >= n {
                                    self.error("type-mismatch", span, "tuple index out of range");
                                    return Ty::Never;
                                }
                                items[k as usize].clone()
                            }
                            None => {
                                self.error("unsupported-syntax", span, "tuples can only be indexed with a constant for now");
                                Ty::Never
                            }
                        }
                    }
                    Ty::Dyn => {
                        self.error("unsupported-syntax", span, "indexing a variable that holds values of several types is not supported yet");
                        Ty::Never
                    }
                    other => {
                        self.error("type-mismatch", span, format!("'{}' object is not subscriptable", other.py_name()));
                        Ty::Never
                    }
                }
            }
            ExprKind::Slice(a, parts) => {
                let ta = self.expr(*a);
                for p in parts.iter().flatten() {
                    let t = self.expr(*p);
                    if !(t.is_intlike() || matches!(t, Ty::Dyn | Ty::Never | Ty::None)) {
                        self.error("type-mismatch", f.exprs[*p].span, "slice indices must be integers or None");
                    }
                }
                match ta {
                    Ty::Str | Ty::List(_) | Ty::Never => ta,
                    Ty::Dyn => {
                        self.error("unsupported-syntax", span, "slicing a variable that holds values of several types is not supported yet");
                        Ty::Never
                    }
                    other => {
                        self.error("type-mismatch", span, format!("slicing a {} is not supported yet", other.py_name()));
                        Ty::Never
                    }
                }
            }
            ExprKind::Tuple(items) => {
                let tys: Vec<Ty> = items.iter().map(|i| self.expr(*i)).collect();
                if tys.contains(&Ty::Never) {
                    return Ty::Never;
                }
                Ty::Tuple(tys)
            }
            ExprKind::Seq(first, last) => {
                for x in first {
                    self.expr(*x);
                }
                self.expr(*last)
            }
            ExprKind::Method(recv, name, args) => {
                let rt = self.expr(*recv);
                let tys: Vec<Ty> = args.iter().map(|a| self.expr(*a)).collect();
                if rt == Ty::Never || tys.contains(&Ty::Never) {
                    return Ty::Never;
                }
                self.method(&rt, name, &tys, span)
            }
            ExprKind::Range(a, b, c) => {
                for x in [a, b, c] {
                    let t = self.expr(*x);
                    if !(t.is_intlike() || matches!(t, Ty::Dyn | Ty::Never)) {
                        self.error("type-mismatch", f.exprs[*x].span, format!("'{}' object cannot be interpreted as an integer", t.py_name()));
                    }
                }
                Ty::None
            }
        }
    }

    /// The result of `recv.name(args)`, checking the arguments.
    fn method(&mut self, recv: &Ty, name: &str, tys: &[Ty], span: Span) -> Ty {
        if *recv != Ty::Str {
            // Methods these types really have (CPython 3.11), which pyexe does not support yet.
            let real = match recv {
                Ty::Int | Ty::Bool => ["bit_length", "bit_count", "to_bytes", "conjugate", "as_integer_ratio"].contains(&name),
                Ty::Float => ["is_integer", "as_integer_ratio", "hex", "conjugate"].contains(&name),
                Ty::Tuple(_) => ["count", "index"].contains(&name),
                _ => false,
            };
            let msg = if *recv == Ty::Dyn {
                format!("calling .{name}() on a variable that holds values of several types is not supported yet")
            } else if real {
                format!("{}.{name}() is not supported yet", recv.py_name())
            } else {
                format!("'{}' object has no attribute '{name}'", recv.py_name())
            };
            let id = if *recv == Ty::Dyn || real { "unsupported-syntax" } else { "unknown-attribute" };
            self.error(id, span, msg);
            return Ty::Never;
        }
        let Some((m, kinds, required)) = StrMethod::lookup(name) else {
            let msg = if matches!(name, "split" | "rsplit" | "join" | "splitlines" | "format_map" | "encode" | "translate" | "maketrans") {
                format!("str.{name}() is not supported yet")
            } else {
                format!("'str' object has no attribute '{name}'")
            };
            let id = if msg.ends_with("yet") { "unsupported-syntax" } else { "unknown-attribute" };
            self.error(id, span, msg);
            return Ty::Never;
        };
        if tys.len() < required || tys.len() > kinds.len() {
            let msg = if kinds.is_empty() {
                format!("str.{name}() takes no arguments ({} given)", tys.len())
            } else if tys.len() < required {
                format!("str.{name}() takes at least {required} argument{} ({} given)", if required == 1 { "" } else { "s" }, tys.len())
            } else {
                format!("str.{name}() takes at most {} argument{} ({} given)", kinds.len(), if kinds.len() == 1 { "" } else { "s" }, tys.len())
            };
            self.error("call-error", span, msg);
            return Ty::Never;
        }
        for (t, k) in tys.iter().zip(kinds) {
            let ok = match k {
                ArgKind::Str => *t == Ty::Str,
                ArgKind::OptStr => matches!(t, Ty::Str | Ty::None),
                ArgKind::Int => t.is_intlike(),
                ArgKind::OptInt => t.is_intlike() || *t == Ty::None,
                ArgKind::StrOrTuple => match t {
                    Ty::Str => true,
                    Ty::Tuple(items) => items.iter().all(|i| *i == Ty::Str),
                    _ => false,
                },
            };
            if !ok {
                let want = match k {
                    ArgKind::Str | ArgKind::OptStr => "str",
                    ArgKind::Int | ArgKind::OptInt => "int",
                    ArgKind::StrOrTuple => "str or a tuple of str",
                };
                self.error("type-mismatch", span, format!("str.{name}() argument must be {want}, not {}", t.py_name()));
                return Ty::Never;
            }
        }
        m.result()
    }

    fn join_or_error(&mut self, a: &Ty, b: &Ty, span: Span, what: &str) -> Ty {
        match a.join(b) {
            Some(t) => t,
            None => {
                self.error("type-mismatch", span, format!("{what} have incompatible types {a} and {b}"));
                Ty::Never
            }
        }
    }

    fn binary(&mut self, op: BinOp, a: &Ty, b: &Ty, rhs_const: Option<i64>, span: Span) -> Ty {
        use Ty::*;
        if *a == Never || *b == Never {
            return Never;
        }
        let num = |t: &Ty| t.is_numeric();
        let t = match op {
            BinOp::MatMul => Option::None,
            // tuple + tuple, tuple * constant
            BinOp::Add if matches!((a, b), (Tuple(_), Tuple(_))) => match (a, b) {
                (Tuple(x), Tuple(y)) => Some(Tuple(x.iter().chain(y).cloned().collect())),
                _ => Option::None,
            },
            BinOp::Mul if a.is_intlike() && matches!(b, Tuple(_)) => {
                self.error("unsupported-syntax", span, "write the tuple first: tuple * count");
                return Never;
            }
            BinOp::Mul if matches!(a, Tuple(_)) && b.is_intlike() => match (a, rhs_const) {
                (Tuple(x), Some(k)) => Some(Tuple((0..k.max(0)).flat_map(|_| x.iter().cloned()).collect())),
                _ => {
                    self.error("unsupported-syntax", span, "repeating a tuple a number of times known only at run time is not supported yet");
                    return Never;
                }
            },
            _ if (*a == Dyn && b.is_dynable()) || (*b == Dyn && a.is_dynable()) => Some(Dyn),
            BinOp::Add if *a == Str && *b == Str => Some(Str),
            BinOp::Mul if (*a == Str && b.is_intlike()) || (a.is_intlike() && *b == Str) => Some(Str),
            BinOp::Mod if *a == Str => Some(Str),
            BinOp::Div if num(a) && num(b) => Some(Float),
            BinOp::Pow if a.is_intlike() && b.is_intlike() => Some(match rhs_const {
                Some(k) if k >= 0 => Int,
                Some(_) => Float,
                Option::None => Dyn,
            }),
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow if num(a) && num(b) => {
                Some(if *a == Float || *b == Float { Float } else { Int })
            }
            BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if *a == Bool && *b == Bool => Some(Bool),
            BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor if a.is_intlike() && b.is_intlike() => Some(Int),
            _ => Option::None,
        };
        t.unwrap_or_else(|| {
            let msg = if op == BinOp::Add && *a == Str {
                format!("can only concatenate str (not \"{}\") to str", b.py_name())
            } else if op == BinOp::Mul && (*a == Str || *b == Str) {
                let other = if *a == Str { b } else { a };
                format!("can't multiply sequence by non-int of type '{}'", other.py_name())
            } else {
                format!("unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), a.py_name(), b.py_name())
            };
            self.error("type-mismatch", span, msg);
            Never
        })
    }

    fn compare(&mut self, op: CmpOp, a: &Ty, b: &Ty, span: Span) {
        if *a == Ty::Never || *b == Ty::Never {
            return;
        }
        let ok = match op {
            CmpOp::Eq | CmpOp::Ne | CmpOp::Is | CmpOp::IsNot => true,
            CmpOp::In | CmpOp::NotIn => match b {
                Ty::Str => *a == Ty::Str,
                // Items of other types simply compare unequal.
                Ty::Tuple(_) => true,
                _ => false,
            },
            _ => orderable(a, b),
        };
        if !ok && matches!((a, b), (Ty::Tuple(_), Ty::Tuple(_))) {
            self.error("unsupported-syntax", span, format!("comparing tuples with {} is not supported yet", op.symbol()));
            return;
        }
        if !ok {
            let msg = match op {
                CmpOp::In | CmpOp::NotIn if *b == Ty::Str => format!("'in <string>' requires string as left operand, not {}", a.py_name()),
                CmpOp::In | CmpOp::NotIn => format!("argument of type '{}' is not iterable", b.py_name()),
                _ => format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), a.py_name(), b.py_name()),
            };
            self.error("type-mismatch", span, msg);
        }
    }

    fn builtin(&mut self, b: Builtin, tys: &[Ty], rhs_const: Option<i64>, span: Span) -> Ty {
        use Ty::*;
        let real = |t: &Ty| t.is_numeric() || *t == Dyn;
        let has_dyn = tys.contains(&Dyn);
        let bad = |cx: &mut Self, msg: String| {
            if has_dyn {
                // CPython would decide at run time; pyexe cannot compile this case yet.
                let what = format!("{b:?}").to_lowercase();
                let msg = format!("{what}() on a variable that holds values of several types is not supported yet");
                cx.error("unsupported-syntax", span, msg);
            } else {
                cx.error("type-mismatch", span, msg);
            }
            Never
        };
        match b {
            Builtin::Len => match &tys[0] {
                Str | List(_) | Tuple(_) | Dyn => Int,
                t => bad(self, format!("object of type '{}' has no len()", t.py_name())),
            },
            Builtin::Abs => match &tys[0] {
                Int | Bool => Int,
                Float => Float,
                Dyn => Dyn,
                t => bad(self, format!("bad operand type for abs(): '{}'", t.py_name())),
            },
            Builtin::Round => match (&tys[0], tys.get(1)) {
                (t, Option::None) if real(t) => Int,
                (Float, Some(n)) if n.is_intlike() || *n == None => {
                    if *n == None {
                        Int
                    } else {
                        Float
                    }
                }
                (Int | Bool, Some(n)) if n.is_intlike() || *n == None => Int,
                (t, _) => bad(self, format!("type {} doesn't define __round__ method", t.py_name())),
            },
            Builtin::Min | Builtin::Max => {
                let mut acc = Never;
                for t in tys {
                    match acc.join(t) {
                        Some(j) => acc = j,
                        Option::None => return bad(self, format!("'<' not supported between instances of '{}' and '{}'", t.py_name(), acc.py_name())),
                    }
                }
                if tys.windows(2).any(|w| !orderable(&w[0], &w[1])) {
                    return bad(self, format!("'<' not supported between instances of '{}' and '{}'", tys[1].py_name(), tys[0].py_name()));
                }
                acc
            }
            Builtin::Divmod => match (&tys[0], &tys[1]) {
                (a, b) if a.is_intlike() && b.is_intlike() => Tuple(vec![Int, Int]),
                (a, b) if a.is_numeric() && b.is_numeric() => Tuple(vec![Float, Float]),
                (a, b) => bad(self, format!("unsupported operand type(s) for divmod(): '{}' and '{}'", a.py_name(), b.py_name())),
            },
            Builtin::Pow => self.binary(BinOp::Pow, &tys[0], &tys[1], rhs_const, span),
            Builtin::Hex | Builtin::Oct | Builtin::Bin => match &tys[0] {
                Int | Bool | Dyn => Str,
                t => bad(self, format!("'{}' object cannot be interpreted as an integer", t.py_name())),
            },
            Builtin::Int => match tys {
                [] => Int,
                [t] if real(t) || *t == Str => Int,
                [Str, base] if base.is_intlike() => Int,
                [Dyn, base] if base.is_intlike() => Int,
                [t, _] if *t != Str => bad(self, "int() can't convert non-string with explicit base".into()),
                [t, ..] => bad(self, format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", t.py_name())),
            },
            Builtin::Float => match tys {
                [] => Float,
                [t] if real(t) || *t == Str => Float,
                [t, ..] => bad(self, format!("float() argument must be a string or a real number, not '{}'", t.py_name())),
            },
            Builtin::Str | Builtin::Repr => Str,
            Builtin::Bool => Bool,
            Builtin::Ord => match &tys[0] {
                Str => Int,
                t => bad(self, format!("ord() expected string of length 1, but {} found", t.py_name())),
            },
            Builtin::Chr => match &tys[0] {
                Int | Bool => Str,
                t => bad(self, format!("'{}' object cannot be interpreted as an integer", t.py_name())),
            },
            Builtin::Input => Str,
            Builtin::Format => match tys.get(1) {
                Option::None | Some(Str) => Str,
                Some(t) => bad(self, format!("format() argument 2 must be str, not {}", t.py_name())),
            },
            Builtin::SysExit => match tys.first() {
                Option::None | Some(Int | Bool | None | Str | Dyn) => None,
                Some(t) => bad(self, format!("sys.exit() with a {} argument is not supported", t.py_name())),
            },
            Builtin::Math(m) => {
                let int_only = matches!(m, MathFn::Isqrt | MathFn::Gcd);
                for t in tys {
                    let ok = if int_only { t.is_intlike() || *t == Dyn } else { real(t) };
                    if !ok {
                        let msg = if int_only {
                            format!("'{}' object cannot be interpreted as an integer", t.py_name())
                        } else {
                            format!("must be real number, not {}", t.py_name())
                        };
                        return bad(self, msg);
                    }
                }
                match m {
                    MathFn::Floor | MathFn::Ceil | MathFn::Trunc | MathFn::Isqrt | MathFn::Gcd => Int,
                    MathFn::Isclose | MathFn::Isinf | MathFn::Isnan | MathFn::Isfinite => Bool,
                    _ => Float,
                }
            }
        }
    }
}

/// Whether `<` is defined between the two types.
fn orderable(a: &Ty, b: &Ty) -> bool {
    match (a, b) {
        (Ty::Dyn, t) | (t, Ty::Dyn) => t.is_dynable(),
        (a, b) if a.is_numeric() && b.is_numeric() => true,
        (Ty::Str, Ty::Str) => true,
        // Lexicographic: the first unequal pair decides, so every pair of the common prefix
        // must be orderable.
        (Ty::Tuple(x), Ty::Tuple(y)) => x.iter().zip(y).all(|(a, b)| orderable(a, b)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::front_end_for_test;
    use crate::types::Ty;

    fn local_ty(src: &str, func: &str, var: &str) -> Vec<Ty> {
        let (prog, typed, diags) = front_end_for_test(&[("m.py", src)]);
        assert!(!diags.has_errors(), "{:?}", diags.list);
        typed
            .instances
            .iter()
            .filter(|i| prog.funcs[i.func].name == func)
            .map(|i| i.locals[prog.funcs[i.func].locals.iter().position(|l| l == var).expect("local")].clone())
            .collect()
    }

    #[test]
    fn variable_changing_type_becomes_dyn() {
        let src = "def f():\n    total = 0\n    total += 0.5\n    return total\nprint(f())\n";
        assert_eq!(local_ty(src, "f", "total"), vec![Ty::Dyn]);
    }

    #[test]
    fn functions_are_specialised_per_argument_types() {
        let src = "def sq(x):\n    y = x * x\n    return y\nprint(sq(3), sq(1.5))\n";
        let mut tys = local_ty(src, "sq", "y");
        tys.sort_by_key(|t| format!("{t}"));
        assert_eq!(tys, vec![Ty::Float, Ty::Int]);
    }

    #[test]
    fn recursion_reaches_a_fixpoint() {
        let src = "def fib(n):\n    if n < 2:\n        return n\n    r = fib(n - 1) + fib(n - 2)\n    return r\nprint(fib(10))\n";
        assert_eq!(local_ty(src, "fib", "r"), vec![Ty::Int]);
    }

    #[test]
    fn ill_typed_operation_is_rejected() {
        let (_, _, diags) = front_end_for_test(&[("m.py", "x = 1\nprint('a' + x)\n")]);
        assert_eq!(diags.list.len(), 1);
        assert_eq!(diags.list[0].id, "type-mismatch");
        assert_eq!(diags.list[0].message, "can only concatenate str (not \"int\") to str");
    }
}
