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
use crate::types::{Ty, ViewKind, MAX_DEPTH};
use std::collections::HashMap;

pub type InstId = usize;

/// Groups of classes (the object's class decides) and the instance each group calls.
pub type Dispatch = Vec<(Vec<ClassId>, InstId)>;

#[derive(Debug, Clone)]
pub struct Instance {
    pub func: FuncId,
    /// For a closure: the instance of the enclosing function whose cells it uses.
    pub outer: Option<InstId>,
    pub args: Vec<Ty>,
    pub locals: Vec<Ty>,
    /// Type of every expression of the function, by `ExprId`.
    pub exprs: Vec<Ty>,
    pub ret: Ty,
    /// The instance each `ExprKind::Call` invokes.
    pub calls: HashMap<ExprId, InstId>,
    /// For each `ExprKind::CallValue`: the instance of every function the value may be.
    pub value_calls: HashMap<ExprId, Vec<(crate::types::FnVal, InstId)>>,
    /// For a `CallValue` with star or keyword arguments, or of a function with `*args` or
    /// `**kwargs`: per function of `value_calls` (same order), where each parameter's
    /// value comes from.
    pub value_plans: HashMap<ExprId, Vec<Vec<ArgSrc>>>,
    /// Operators and `len()` on instances that call a method (`__add__`, `__lt__`...):
    /// the method's instance, whether the operands are swapped (reflected method), and
    /// whether the result is negated (`!=` through `__eq__`).
    pub dunder_calls: HashMap<ExprId, (InstId, bool, bool)>,
    /// Method calls on a class whose subclasses override the method: for each group of
    /// classes (the object's class decides), the instance to call.
    pub method_dispatch: HashMap<ExprId, Vec<(Vec<ClassId>, InstId)>>,
    /// `obj.NAME` of a class attribute: the global of each group of classes.
    pub class_attr_dispatch: HashMap<ExprId, Vec<(Vec<ClassId>, GlobalId)>>,
    /// Operators on instances whose method subclasses override: per group of classes (the
    /// left operand's class decides) the instance to call, and the join of their results.
    pub dunder_dispatch: HashMap<ExprId, (Dispatch, Ty)>,
    /// `obj.name = v` of a property with a setter (keyed by the `obj` expression).
    pub setter_calls: HashMap<ExprId, InstId>,
}

/// The value of test `c` when the types alone decide it (`ty` gives expression types):
/// `x is None` / `x is not None` (either way round) with `x` of type None; `isinstance(x,
/// C)` with `x` of a type that is not an instance, or of a class that is (or never is) a
/// `C`; `not` of such a test. The branch it guards cannot run, or always runs.
/// (Inference does not type a branch that cannot run, nor what follows a statement that
/// always leaves; codegen skips them too: see `leaves`.)
pub fn none_test(prog: &Program, f: &Function, c: ExprId, ty: &dyn Fn(ExprId) -> Ty) -> Option<bool> {
    match &f.exprs[c].kind {
        ExprKind::Compare(op @ (CmpOp::Is | CmpOp::IsNot), a, b) => {
            let x = match (&f.exprs[*a].kind, &f.exprs[*b].kind) {
                (_, ExprKind::None) => *a,
                (ExprKind::None, _) => *b,
                _ => return None,
            };
            (ty(x) == Ty::None).then_some(*op == CmpOp::Is)
        }
        ExprKind::Unary(UnaryOp::Not, x) => none_test(prog, f, *x, ty).map(|b| !b),
        ExprKind::IsInstance(x, classes, builtins) => {
            let t = ty(*x);
            let of_classes = match t {
                _ if classes.is_empty() => Some(false),
                Ty::Inst(d) if classes.iter().any(|&c| is_subclass(&prog.classes, d, c)) => Some(true),
                // (a subclass of d may be one of the classes)
                Ty::Inst(d) | Ty::Opt(d) if !classes.iter().any(|&c| is_subclass(&prog.classes, c, d) || is_subclass(&prog.classes, d, c)) => Some(false),
                Ty::Inst(_) | Ty::Opt(_) | Ty::Never => None,
                _ => Some(false),
            };
            let answers = std::iter::once(of_classes).chain(builtins.iter().map(|&b| is_builtin_instance(&t, b)));
            answers.fold(Some(false), |acc, a| match (acc, a) {
                (Some(true), _) | (_, Some(true)) => Some(true),
                (Some(false), Some(false)) => Some(false),
                _ => None,
            })
        }
        ExprKind::ExcIsInstance(x, _) => match ty(*x) {
            Ty::Exc | Ty::OptExc | Ty::Inst(_) | Ty::Opt(_) | Ty::Never | Ty::Dyn | Ty::Obj => None,
            _ => Some(false),
        },
        _ => None,
    }
}

/// Whether a value of type `t` is an instance of the built-in type `b`; `None` when only
/// the run-time tag of a dynamic value tells (or, for `Never`, not known yet).
pub fn is_builtin_instance(t: &Ty, b: BuiltinType) -> Option<bool> {
    use BuiltinType as B;
    match (t, b) {
        (Ty::Never, _) => None,
        (_, B::Object) => Some(true),
        // (the tag of a Dyn or Obj says int, bool, float, str or None; other values are boxed)
        (Ty::Dyn | Ty::Obj, B::Int | B::Bool | B::Float | B::Str) => None,
        (Ty::Obj, _) => None,
        (Ty::Int | Ty::Bool, B::Int) | (Ty::Bool, B::Bool) | (Ty::Float, B::Float) | (Ty::Str, B::Str) => Some(true),
        (Ty::List(_), B::List) | (Ty::Tuple(_) | Ty::TupleOf(_), B::Tuple) | (Ty::Dict(..), B::Dict) => Some(true),
        (Ty::Set(_, frozen), B::Set | B::FrozenSet) => Some(*frozen == (b == B::FrozenSet)),
        _ => Some(false),
    }
}

/// Whether statement `s` always leaves the block it is in (what follows it cannot run):
/// `return`, `raise`, `break`, `continue`, or an `if` whose branches that can run all leave.
pub fn leaves(prog: &Program, f: &Function, s: &Stmt, ty: &dyn Fn(ExprId) -> Ty) -> bool {
    let block_leaves = |b: &Block| b.iter().any(|s| leaves(prog, f, s, ty));
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Raise { .. } | StmtKind::Reraise | StmtKind::Break | StmtKind::Continue => true,
        StmtKind::If(c, a, b) => match none_test(prog, f, *c, ty) {
            Some(true) => block_leaves(a),
            Some(false) => block_leaves(b),
            None => block_leaves(a) && block_leaves(b),
        },
        _ => false,
    }
}

/// Where a parameter's value comes from in a call of a function value.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgSrc {
    /// The i-th positional argument (the items of a `*xs` tuple follow the written ones).
    Pos(usize),
    /// The i-th keyword argument.
    Kw(usize),
    /// The parameter's default.
    Default,
    /// `*args`: a tuple of these positional arguments.
    Pack(Vec<usize>),
    /// `**kwargs`: a dict of these keyword arguments.
    KwDict(Vec<usize>),
    /// `f(**d)`: the item of `d` named as the parameter, else its default (if it has
    /// one), else TypeError.
    FromDict(bool),
    /// `f(**d)` into `**kwargs`: a copy of `d` without the items other parameters took,
    /// with these keyword arguments.
    DictRest(Vec<usize>),
}

#[derive(Debug)]
pub struct Typed {
    pub instances: Vec<Instance>,
    /// The type of every instance attribute of every class (`Class::attrs` order).
    pub class_attrs: Vec<Vec<Ty>>,
    /// The instances of `__str__` / `__repr__` of each class that has them (for printing).
    pub dunders: HashMap<(ClassId, &'static str), InstId>,
    pub globals: Vec<Ty>,
    /// The instance of each module's top-level code, by `ModId`.
    pub module_inits: Vec<InstId>,
}

/// How many statements assign each global (`x = ...`, `x += ...`, `for x in ...`).
fn global_writes(prog: &Program) -> Vec<usize> {
    fn target(t: &Target, n: &mut [usize]) {
        match t {
            Target::Global(g) => n[*g] += 1,
            Target::Tuple(ts) => ts.iter().for_each(|t| target(t, n)),
            Target::Starred(t) => target(t, n),
            _ => {}
        }
    }
    fn block(b: &Block, n: &mut [usize]) {
        for s in b {
            match &s.kind {
                StmtKind::Assign(t, _) => target(t, n),
                StmtKind::For { target: t, body, orelse, .. } => {
                    target(t, n);
                    block(body, n);
                    block(orelse, n);
                }
                StmtKind::If(_, a, b2) | StmtKind::While { body: a, orelse: b2, .. } => {
                    block(a, n);
                    block(b2, n);
                }
                StmtKind::Try { body, handlers, orelse, finalbody } => {
                    block(body, n);
                    for h in handlers {
                        block(&h.body, n);
                    }
                    block(orelse, n);
                    block(finalbody, n);
                }
                _ => {}
            }
        }
    }
    let mut n = vec![0; prog.globals.len()];
    for f in &prog.funcs {
        block(&f.body, &mut n);
    }
    n
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
        vars: Vec::new(),
        sites: HashMap::new(),
        dunders: HashMap::new(),
        global_writes: global_writes(prog),
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
    // A closure's free variables have the types of the variables they are.
    for i in 0..cx.instances.len() {
        for k in 0..prog.funcs[cx.instances[i].func].free.len() {
            let l = prog.funcs[cx.instances[i].func].free[k].0;
            let (hi, hl) = cx.home(i, l);
            cx.instances[i].locals[l] = cx.instances[hi].locals[hl].clone();
        }
    }
    // Codegen sees only concrete types: replace every variable by its element type.
    let mut instances = std::mem::take(&mut cx.instances);
    for inst in &mut instances {
        for t in inst.args.iter_mut().chain(inst.locals.iter_mut()).chain(inst.exprs.iter_mut()).chain(std::iter::once(&mut inst.ret)) {
            *t = cx.resolve(t);
        }
    }
    let globals = cx.globals.clone().iter().map(|t| cx.resolve(t)).collect();
    let mut class_attrs = Vec::new();
    for (cid, c) in prog.classes.iter().enumerate() {
        let mut tys = Vec::new();
        for k in 0..c.attrs.len() {
            let v = cx.attr_var(cid, k);
            tys.push(cx.resolve(&v));
        }
        class_attrs.push(tys);
    }
    let dunders = std::mem::take(&mut cx.dunders);
    Typed { instances, globals, module_inits, class_attrs, dunders }
}

struct Cx<'p, 'd> {
    prog: &'p Program,
    instances: Vec<Instance>,
    index: HashMap<(FuncId, Option<InstId>, Vec<Ty>), InstId>,
    globals: Vec<Ty>,
    changed: bool,
    report: bool,
    diags: &'d mut Diagnostics,
    /// The instance being inferred.
    cur: InstId,
    /// Type variables: container element types, merged by union-find.
    vars: Vec<VarInfo>,
    /// The variables of each allocation site: (instance, expression, slot) -> variable.
    sites: HashMap<(InstId, Site), u32>,
    dunders: HashMap<(ClassId, &'static str), InstId>,
    /// See `global_writes`.
    global_writes: Vec<usize>,
}

/// Where a container is made: an expression (with a slot: 0 elements or keys, 1 values), or
/// the list a starred target (`first, *rest = ...`) builds for its variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Site {
    Expr(ExprId, u8),
    StarLocal(LocalId),
    StarGlobal(GlobalId),
    /// `*obj[i] = ...` and other starred targets that are not variables.
    StarOther,
    /// Attribute `k` of every instance of a class (one variable for the whole program).
    Attr(ClassId, usize),
}

/// A type variable: the element (key, value) type of every container flowing together.
#[derive(Debug, Clone)]
struct VarInfo {
    parent: u32,
    /// The join of every type stored into such containers (`Never` while none is).
    bound: Ty,
    /// Where the first element type came from (for error messages).
    origin: Option<Span>,
}

/// Whether a value of type `actual` satisfies the annotation `declared` (int is a float, bool an int).
/// A value that may hold several types (`Dyn`, `object`) may satisfy any annotation: only
/// CPython's run time would tell, and it does not check annotations.
fn compatible(actual: &Ty, declared: &Ty) -> bool {
    match (actual, declared) {
        (a, d) if a == d => true,
        (Ty::Never | Ty::Dyn | Ty::Obj | Ty::Var(_), _) => true,
        (a, Ty::Float) if a.is_intlike() => true,
        (Ty::Bool, Ty::Int) => true,
        (Ty::List(a), Ty::List(d)) | (Ty::TupleOf(a), Ty::TupleOf(d)) | (Ty::Set(a, _), Ty::Set(d, _)) => compatible(a, d),
        (Ty::Dict(ak, av), Ty::Dict(dk, dv)) => compatible(ak, dk) && compatible(av, dv),
        (Ty::Tuple(xs), Ty::Tuple(ds)) => xs.len() == ds.len() && xs.iter().zip(ds).all(|(a, d)| compatible(a, d)),
        (Ty::Tuple(xs), Ty::TupleOf(d)) => xs.iter().all(|a| compatible(a, d)),
        _ => false,
    }
}

/// Whether a block never falls through to its end.
pub fn terminates(b: &Block, f: &Function) -> bool {
    b.last().is_some_and(|s| match &s.kind {
        StmtKind::Return(_) | StmtKind::Raise { .. } | StmtKind::Reraise => true,
        StmtKind::If(_, a, b) => terminates(a, f) && terminates(b, f),
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            terminates(finalbody, f)
                || ((terminates(body, f) || terminates(orelse, f)) && handlers.iter().all(|h| terminates(&h.body, f)))
        }
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
    /// The instance of `func` for arguments of these types. Instances are keyed by the
    /// resolved types; the caller then joins its argument types into the parameters, which
    /// links the element variables of containers passed in.
    fn instance(&mut self, func: FuncId, args: Vec<Ty>) -> InstId {
        self.instance_in(func, None, args)
    }

    /// The instance of `func` for these argument types; a closure's also by the instance of
    /// the enclosing function that made it.
    fn instance_in(&mut self, func: FuncId, outer: Option<InstId>, args: Vec<Ty>) -> InstId {
        let args: Vec<Ty> = args.iter().map(|t| self.resolve(t)).collect();
        if let Some(&i) = self.index.get(&(func, outer, args.clone())) {
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
            outer,
            args: args.clone(),
            locals,
            exprs: vec![Ty::Never; f.exprs.len()],
            ret: Ty::Never,
            calls: HashMap::new(),
            value_calls: HashMap::new(),
            value_plans: HashMap::new(),
            dunder_calls: HashMap::new(),
            method_dispatch: HashMap::new(),
            class_attr_dispatch: HashMap::new(),
            setter_calls: HashMap::new(),
            dunder_dispatch: HashMap::new(),
        });
        self.index.insert((func, outer, args), id);
        self.changed = true;
        id
    }

    /// Where local `l` of instance `inst` lives: a free variable of a closure is the
    /// enclosing instance's variable (through every level of nesting).
    fn home(&self, mut inst: InstId, mut l: LocalId) -> (InstId, LocalId) {
        loop {
            let f = &self.prog.funcs[self.instances[inst].func];
            match (f.free.iter().find(|(o, _)| *o == l), self.instances[inst].outer) {
                (Some(&(_, up)), Some(outer)) => {
                    inst = outer;
                    l = up;
                }
                _ => return (inst, l),
            }
        }
    }

    /// The type of local `l` of the current instance.
    fn local_ty(&self, l: LocalId) -> Ty {
        let (i, l) = self.home(self.cur, l);
        self.instances[i].locals[l].clone()
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

    // ------------------------------------------------------------ type variables
    //
    // A container literal (or any expression building a new container) is an allocation
    // site with a variable per element slot. Containers are invariant: joining two list
    // types merges their variables, so aliases (`b = a`, arguments, returns) always agree,
    // and `rows = []` gets its element type from any later `rows.append(...)`.

    /// The variable of allocation site (current instance, `e`, `slot`), created on first use.
    fn site(&mut self, e: ExprId, slot: u8) -> Ty {
        self.site_var(Site::Expr(e, slot))
    }

    /// The variable of a site of the current instance, created on first use.
    fn site_var(&mut self, site: Site) -> Ty {
        let key = (if matches!(site, Site::Attr(..)) { usize::MAX } else { self.cur }, site);
        let v = match self.sites.get(&key) {
            Some(&v) => v,
            None => {
                let v = self.vars.len() as u32;
                self.vars.push(VarInfo { parent: v, bound: Ty::Never, origin: None });
                self.sites.insert(key, v);
                v
            }
        };
        Ty::Var(self.find(v))
    }

    /// A fresh site variable already holding `t` (results of `split()`, `sys.argv`, ...).
    /// The variable of attribute `k` of class `cid`.
    // class C: X = v  ...  self.X = w   (X is also an instance attribute)
    //   a new C's X holds C.X until the instance sets its own: the slot's type holds both
    //   (exact while C.X is never reassigned: refused otherwise)
    fn class_defaults(&mut self, cid: ClassId, span: Span) {
        for k in 0..self.prog.classes[cid].attrs.len() {
            let name = self.prog.classes[cid].attrs[k].clone();
            let Some(g) = find_in_chain(&self.prog.classes, cid, |c| c.class_attr(&name)) else { continue };
            if self.global_writes[g] > 1 {
                let cname = self.prog.classes[cid].name.clone();
                self.error("unsupported-syntax", span, format!("'{name}' is a class attribute of '{cname}' that is reassigned and also an instance attribute; not supported yet"));
                continue;
            }
            let gt = self.globals[g].clone();
            if gt == Ty::Never {
                continue;
            }
            let v = self.attr_var(cid, k);
            if self.join(&v, &gt, span).is_none() {
                let cur = self.bound(&v);
                let (rc, rt) = (self.resolve(&cur), self.resolve(&gt));
                let cname = self.prog.classes[cid].name.clone();
                self.error("type-mismatch", span, format!("attribute '{name}' of '{cname}' holds {rc} and {rt}; attributes of several types are not supported yet"));
            }
        }
    }

    fn attr_var(&mut self, mut cid: ClassId, k: usize) -> Ty {
        // An inherited attribute has the variable of the class that introduced it.
        while let Some(b) = self.prog.classes[cid].base {
            if self.prog.classes[b].attrs.len() <= k {
                break;
            }
            cid = b;
        }
        self.site_var(Site::Attr(cid, k))
    }

    /// Positional argument types for function `fid`, the defaults of the parameters not
    /// given appended; a call-error (None) for a wrong count.
    fn with_defaults(&mut self, fid: FuncId, tys: Vec<Ty>, name: &str, span: Span) -> Option<Vec<Ty>> {
        self.with_defaults_in(fid, None, tys, name, span)
    }

    /// `with_defaults` for a function value made by instance `outer` (a closure, whose
    /// defaults live among its free variables).
    fn with_defaults_in(&mut self, fid: FuncId, outer: Option<InstId>, mut tys: Vec<Ty>, name: &str, span: Span) -> Option<Vec<Ty>> {
        let func = &self.prog.funcs[fid];
        let n = func.params.len();
        let required = func.params.iter().filter(|p| !p.has_default()).count();
        if tys.len() > n || tys.len() < required || (func.kwonly_start < n && tys.len() < n) {
            let given = tys.len();
            let msg = format!("{name}() takes {n} positional argument{} but {given} {} given", if n == 1 { "" } else { "s" }, if given == 1 { "was" } else { "were" });
            self.error("call-error", span, msg);
            return None;
        }
        for p in &func.params[tys.len()..] {
            let t = match (p.default, p.default_free, outer) {
                (Some(g), _, _) => self.globals[g].clone(),
                (None, Some(k), Some(outer)) => {
                    let (hi, hl) = self.home(outer, func.free[k].1);
                    self.instances[hi].locals[hl].clone()
                }
                _ => Ty::Never,
            };
            tys.push(t);
        }
        Some(tys)
    }

    // f(p1, p2, *rest, k=v, **kw) called as a value with positional types `pos` (the
    // items of a `*xs` tuple included) and keyword arguments `kw`:
    //   positional arguments fill p1, p2, the rest are packed into `rest` (a tuple);
    //   a keyword fills its parameter or goes into `kw` (a dict); the others take their
    //   defaults. The parameter types and, per parameter, where its value comes from.
    #[allow(clippy::too_many_arguments)]
    fn bind_args(&mut self, e: ExprId, k: usize, fid: FuncId, outer: Option<InstId>, pos: &[Ty], kw: &[(String, Ty)], kwstar: Option<&Ty>, span: Span) -> Option<(Vec<Ty>, Vec<ArgSrc>)> {
        let func = &self.prog.funcs[fid];
        let name = func.name.clone();
        let n = func.params.len();
        let (vararg, kwarg, posonly) = (func.vararg, func.kwarg, func.posonly);
        let npos = vararg.unwrap_or(func.kwonly_start);
        let names: Vec<String> = func.params.iter().map(|p| p.name.clone()).collect();
        let mut plan: Vec<Option<ArgSrc>> = vec![None; n];
        let mut tys = vec![Ty::Never; n];
        for (i, t) in pos.iter().enumerate().take(npos) {
            plan[i] = Some(ArgSrc::Pos(i));
            tys[i] = t.clone();
        }
        match vararg {
            Some(v) => {
                plan[v] = Some(ArgSrc::Pack((npos..pos.len().max(npos)).collect()));
                tys[v] = Ty::Tuple(pos.get(npos..).unwrap_or_default().to_vec());
            }
            None if pos.len() > npos => {
                let msg = format!("{name}() takes {npos} positional argument{} but {} {} given", if npos == 1 { "" } else { "s" }, pos.len(), if pos.len() == 1 { "was" } else { "were" });
                self.error("call-error", span, msg);
                return None;
            }
            None => {}
        }
        let mut extra = Vec::new();
        for (j, (kname, t)) in kw.iter().enumerate() {
            match names.iter().position(|p| p == kname).filter(|i| Some(*i) != vararg && Some(*i) != kwarg) {
                Some(i) if i < posonly => {
                    self.error("call-error", span, format!("{name}() got some positional-only arguments passed as keyword arguments: '{kname}'"));
                    return None;
                }
                Some(i) if plan[i].is_some() => {
                    self.error("call-error", span, format!("{name}() got multiple values for argument '{kname}'"));
                    return None;
                }
                Some(i) => {
                    plan[i] = Some(ArgSrc::Kw(j));
                    tys[i] = t.clone();
                }
                None if kwarg.is_some() => extra.push(j),
                None => {
                    self.error("call-error", span, format!("{name}() got an unexpected keyword argument '{kname}'"));
                    return None;
                }
            }
        }
        if let Some(kv) = kwarg {
            let v = self.site(e, 16u8.saturating_add(k as u8));
            for &j in &extra {
                self.join(&v, &kw[j].1, span);
            }
            if let Some(dv) = kwstar {
                self.join(&v, dv, span);
                if self.resolve(&v) != *dv {
                    self.error("unsupported-syntax", span, format!("{name}() would get keyword arguments of other types than the '**' dict's into its **kwargs; not supported yet"));
                    return None;
                }
            }
            let v = self.norm(&v);
            tys[kv] = Ty::Dict(Box::new(Ty::Str), Box::new(v));
            plan[kv] = Some(if kwstar.is_some() { ArgSrc::DictRest(extra) } else { ArgSrc::KwDict(extra) });
        }
        // f(**d): every parameter not given otherwise may come from d (its value type)
        if let Some(dv) = kwstar {
            for i in posonly..n {
                if plan[i].is_some() || Some(i) == vararg || Some(i) == kwarg {
                    continue;
                }
                let p = &self.prog.funcs[fid].params[i];
                let default = match (p.default, p.default_free, outer) {
                    (Some(g), _, _) => Some(self.globals[g].clone()),
                    (None, Some(d), Some(outer)) => {
                        let (hi, hl) = self.home(outer, self.prog.funcs[fid].free[d].1);
                        Some(self.instances[hi].locals[hl].clone())
                    }
                    _ => None,
                };
                let t = match &default {
                    Some(dt) => match self.join(dv, dt, span) {
                        Some(j) => j,
                        None => {
                            self.error("type-mismatch", span, format!("parameter '{}' of {name}() takes {dt} by default and {dv} from '**'", names[i]));
                            return None;
                        }
                    },
                    None => dv.clone(),
                };
                plan[i] = Some(ArgSrc::FromDict(default.is_some()));
                tys[i] = t;
            }
        }
        let (mut missing, mut missing_kw) = (Vec::new(), Vec::new());
        for i in 0..n {
            if plan[i].is_some() {
                continue;
            }
            let p = &self.prog.funcs[fid].params[i];
            let t = match (p.default, p.default_free, outer) {
                (Some(g), _, _) => self.globals[g].clone(),
                (None, Some(d), Some(outer)) => {
                    let (hi, hl) = self.home(outer, self.prog.funcs[fid].free[d].1);
                    self.instances[hi].locals[hl].clone()
                }
                _ if i >= npos => {
                    missing_kw.push(format!("'{}'", names[i]));
                    continue;
                }
                _ => {
                    missing.push(format!("'{}'", names[i]));
                    continue;
                }
            };
            plan[i] = Some(ArgSrc::Default);
            tys[i] = t;
        }
        for (list, kind) in [(missing, "positional"), (missing_kw, "keyword-only")] {
            if list.is_empty() {
                continue;
            }
            let text = match list.len() {
                1 => list[0].clone(),
                m => format!("{} and {}", list[..m - 1].join(", "), list[m - 1]),
            };
            self.error("call-error", span, format!("{name}() missing {} required {kind} argument{}: {text}", list.len(), if list.len() == 1 { "" } else { "s" }));
            return None;
        }
        Some((tys, plan.into_iter().map(|p| p.unwrap_or(ArgSrc::Default)).collect()))
    }

    /// The value of test `c` when it is `x is None` / `x is not None` with `x` always None.
    fn none_test(&self, c: ExprId) -> Option<bool> {
        let exprs = &self.instances[self.cur].exprs;
        none_test(self.prog, self.func(), c, &|x| exprs[x].clone())
    }

    /// See `leaves`.
    fn leaves(&self, s: &Stmt) -> bool {
        let exprs = &self.instances[self.cur].exprs;
        leaves(self.prog, self.func(), s, &|x| exprs[x].clone())
    }

    /// The closest common base of two classes.
    fn common_base(&self, a: ClassId, b: ClassId) -> Option<ClassId> {
        let mut c = a;
        loop {
            if crate::hir::is_subclass(&self.prog.classes, b, c) {
                return Some(c);
            }
            c = self.prog.classes[c].base?;
        }
    }

    /// `orderable`, and instances of a class with `__lt__` (sorting, min, max).
    fn orderable_in(&self, a: &Ty, b: &Ty) -> bool {
        match (a, b) {
            (Ty::Inst(x), Ty::Inst(y)) if x == y => self.prog.classes[*x].method("__lt__").is_some(),
            _ => orderable(a, b),
        }
    }

    /// The Python type name of a type, with the class name for instances.
    fn type_name(&self, t: &Ty) -> String {
        match t {
            Ty::Inst(c) | Ty::Opt(c) => self.prog.classes[*c].name.clone(),
            other => other.py_name().to_string(),
        }
    }

    /// An operator on instances calling method `fid`: recorded for codegen; the result type.
    fn dunder_call(&mut self, e: ExprId, fid: FuncId, mut tys: Vec<Ty>, swap: bool, negate: bool, span: Span) -> Ty {
        // The method's own class types the instance argument (it may be inherited), and
        // subclasses must not override it (operators are not dispatched yet).
        // (the receiver is the first: for a reflected method, the right operand)
        if let Some(Ty::Inst(cid)) = tys.first().cloned() {
            let name = self.prog.funcs[fid].name.clone();
            if let Some(def) = (0..self.prog.classes.len()).find(|&c| self.prog.classes[c].method(&name) == Some(fid)) {
                tys[0] = Ty::Inst(def);
            }
            let overridden = descendants(&self.prog.classes, cid).into_iter().any(|d| find_method(&self.prog.classes, d, &name).map(|x| x.0) != Some(fid));
            if overridden {
                // The object's own class picks the method: group the classes by the method
                // they resolve to, one instance each (as for method calls).
                let groups = method_groups(&self.prog.classes, cid, &name);
                let mut ret = Ty::Never;
                let mut dispatch = Vec::new();
                for (m, def, members) in groups {
                    let mut given = tys.clone();
                    given[0] = Ty::Inst(def);
                    let r = self.call_inst(e, m, given, span);
                    let inst = self.instances[self.cur].calls.remove(&e).expect("just called");
                    dispatch.push((members, inst));
                    ret = self.join_or_error(&ret, &r, span, "the results of the overriding methods");
                }
                if let Some(&(_, first)) = dispatch.first() {
                    self.instances[self.cur].dunder_calls.insert(e, (first, swap, negate));
                }
                self.instances[self.cur].dunder_dispatch.insert(e, (dispatch, ret.clone()));
                return ret;
            }
        }
        let r = self.call_inst(e, fid, tys, span);
        let inst = self.instances[self.cur].calls.remove(&e).expect("just called");
        self.instances[self.cur].dunder_calls.insert(e, (inst, swap, negate));
        r
    }

    /// Calls instance `fid` with these argument types from expression `e`: the result type.
    fn call_inst(&mut self, e: ExprId, fid: FuncId, tys: Vec<Ty>, span: Span) -> Ty {
        let cur = self.cur;
        let inst = self.instance(fid, tys.clone());
        self.cur = cur;
        let params: Vec<LocalId> = self.prog.funcs[fid].params.iter().map(|p| p.local).collect();
        for (l, t) in params.into_iter().zip(tys) {
            let old = self.instances[inst].locals[l].clone();
            if let Some(j) = self.join(&old, &t, span) {
                if j != old {
                    self.instances[inst].locals[l] = j;
                    self.changed = true;
                }
            }
        }
        self.instances[cur].calls.insert(e, inst);
        let ret = self.instances[inst].ret.clone();
        self.norm(&ret)
    }

    fn site_of(&mut self, site: Site, t: Ty, span: Span) -> Ty {
        let v = self.site_var(site);
        self.join(&v, &t, span);
        v
    }

    fn find(&mut self, v: u32) -> u32 {
        let mut r = v;
        while self.vars[r as usize].parent != r {
            r = self.vars[r as usize].parent;
        }
        let mut x = v;
        while self.vars[x as usize].parent != r {
            let next = self.vars[x as usize].parent;
            self.vars[x as usize].parent = r;
            x = next;
        }
        r
    }

    /// The type with every variable replaced by its representative.
    fn norm(&mut self, t: &Ty) -> Ty {
        match t {
            Ty::Var(v) => Ty::Var(self.find(*v)),
            Ty::Tuple(items) => Ty::Tuple(items.iter().map(|t| self.norm(t)).collect()),
            Ty::List(e) => Ty::List(Box::new(self.norm(e))),
            Ty::TupleOf(e) => Ty::TupleOf(Box::new(self.norm(e))),
            Ty::Set(e, f) => Ty::Set(Box::new(self.norm(e)), *f),
            Ty::Dict(k, v) => Ty::Dict(Box::new(self.norm(k)), Box::new(self.norm(v))),
            Ty::View(k, d) => Ty::View(*k, Box::new(self.norm(d))),
            Ty::Gen(e) => Ty::Gen(Box::new(self.norm(e))),
            other => other.clone(),
        }
    }

    /// What a variable holds so far (nested containers keep their variables).
    fn bound(&mut self, t: &Ty) -> Ty {
        match t {
            Ty::Var(v) => {
                let r = self.find(*v);
                let b = self.vars[r as usize].bound.clone();
                self.norm(&b)
            }
            other => other.clone(),
        }
    }

    /// The type with every variable replaced, deeply, by what it holds.
    fn resolve(&mut self, t: &Ty) -> Ty {
        self.resolve_depth(t, 0)
    }

    fn resolve_depth(&mut self, t: &Ty, depth: usize) -> Ty {
        if depth > 2 * MAX_DEPTH {
            return Ty::Never; // a container holding itself: reported by `join`
        }
        let d = depth + 1;
        match t {
            Ty::Var(_) => {
                let b = self.bound(t);
                self.resolve_depth(&b, d)
            }
            Ty::Tuple(items) => Ty::Tuple(items.iter().map(|t| self.resolve_depth(t, d)).collect()),
            Ty::List(e) => Ty::List(Box::new(self.resolve_depth(e, d))),
            Ty::TupleOf(e) => Ty::TupleOf(Box::new(self.resolve_depth(e, d))),
            Ty::Set(e, f) => Ty::Set(Box::new(self.resolve_depth(e, d)), *f),
            Ty::Dict(k, v) => Ty::Dict(Box::new(self.resolve_depth(k, d)), Box::new(self.resolve_depth(v, d))),
            Ty::View(k, x) => Ty::View(*k, Box::new(self.resolve_depth(x, d))),
            Ty::Gen(e) => Ty::Gen(Box::new(self.resolve_depth(e, d))),
            other => other.clone(),
        }
    }

    /// The least type holding both, merging the element variables of containers; `None`
    /// when no single type can (a `type-mismatch` for the caller to report).
    fn join(&mut self, a: &Ty, b: &Ty, span: Span) -> Option<Ty> {
        let (a, b) = (self.norm(a), self.norm(b));
        let j = match (&a, &b) {
            _ if a == b => a.clone(),
            (Ty::Never, x) | (x, Ty::Never) => x.clone(),
            (Ty::Var(x), Ty::Var(y)) => {
                let (x, y) = (*x, *y);
                let (bx, by) = (self.vars[x as usize].bound.clone(), self.vars[y as usize].bound.clone());
                let origin = self.vars[x as usize].origin;
                let merged = self.join_elements_from(&bx, &by, span, origin);
                let (x, y) = (self.find(x), self.find(y));
                if x != y {
                    let origin = self.vars[x as usize].origin.or(self.vars[y as usize].origin);
                    self.vars[y as usize].parent = x;
                    self.vars[x as usize].bound = merged;
                    self.vars[x as usize].origin = origin;
                    self.changed = true;
                }
                Ty::Var(x)
            }
            (Ty::Var(x), t) | (t, Ty::Var(x)) => {
                let x = *x;
                let cur = self.vars[x as usize].bound.clone();
                let origin = self.vars[x as usize].origin;
                let merged = self.join_elements_from(&cur, t, span, origin);
                let x = self.find(x);
                let merged = self.norm(&merged);
                let cur = self.norm(&self.vars[x as usize].bound.clone());
                if merged != cur {
                    self.vars[x as usize].bound = merged;
                    self.changed = true;
                }
                if self.vars[x as usize].origin.is_none() {
                    self.vars[x as usize].origin = Some(span);
                }
                Ty::Var(x)
            }
            (Ty::Func(x), Ty::Func(y)) => Ty::Func(crate::types::func_union(x, y)),
            // Generators of different item types cannot share a variable (each resumes into
            // its own item type); while inference grows a generator's items, they join.
            (Ty::Gen(x), Ty::Gen(y)) => {
                let (x, y) = ((**x).clone(), (**y).clone());
                let j = self.join(&x, &y, span)?;
                let (rx, ry, rj) = (self.resolve(&x), self.resolve(&y), self.resolve(&j));
                if self.report && rx != Ty::Never && ry != Ty::Never && (rx != rj || ry != rj) {
                    return None;
                }
                Ty::Gen(Box::new(j))
            }
            // Instances of classes with a common base (or None): that base, nullable with None.
            (Ty::Inst(_) | Ty::Opt(_) | Ty::None, Ty::Inst(_) | Ty::Opt(_) | Ty::None) => {
                let c = match (a.nullable_class(), b.nullable_class()) {
                    (Some(x), Some(y)) => self.common_base(x, y)?,
                    (Some(x), None) | (None, Some(x)) => x,
                    (None, None) => return Some(Ty::None),
                };
                if matches!(a, Ty::Inst(_)) && matches!(b, Ty::Inst(_)) {
                    Ty::Inst(c)
                } else {
                    Ty::Opt(c)
                }
            }
            // An exception or None.
            (Ty::Exc | Ty::OptExc | Ty::None, Ty::Exc | Ty::OptExc | Ty::None) => Ty::OptExc,
            (Ty::Func(_) | Ty::Exc | Ty::OptExc | Ty::Inst(_) | Ty::Opt(_) | Ty::Gen(_), _) | (_, Ty::Func(_) | Ty::Exc | Ty::OptExc | Ty::Inst(_) | Ty::Opt(_) | Ty::Gen(_)) => return None,
            (Ty::Obj, _) | (_, Ty::Obj) => Ty::Obj,
            (Ty::List(x), Ty::List(y)) => Ty::List(Box::new(self.join(x, y, span)?)),
            (Ty::TupleOf(x), Ty::TupleOf(y)) => Ty::TupleOf(Box::new(self.join(x, y, span)?)),
            (Ty::Tuple(items), Ty::TupleOf(e)) | (Ty::TupleOf(e), Ty::Tuple(items)) => {
                let (items, mut el) = (items.clone(), (**e).clone());
                for t in &items {
                    el = self.join(&el, t, span)?;
                }
                Ty::TupleOf(Box::new(el))
            }
            (Ty::Set(x, f), Ty::Set(y, g)) if f == g => Ty::Set(Box::new(self.join(x, y, span)?), *f),
            (Ty::Dict(k1, v1), Ty::Dict(k2, v2)) => {
                let k = self.join(k1, k2, span)?;
                Ty::Dict(Box::new(k), Box::new(self.join(v1, v2, span)?))
            }
            (Ty::View(k1, x), Ty::View(k2, y)) if k1 == k2 => Ty::View(*k1, Box::new(self.join(x, y, span)?)),
            (Ty::Tuple(x), Ty::Tuple(y)) if x.len() == y.len() => {
                let mut items = Vec::new();
                for (p, q) in x.iter().zip(y) {
                    items.push(self.join(p, q, span)?);
                }
                Ty::Tuple(items)
            }
            _ => a.join(&b)?,
        };
        (self.resolve(&j).depth() <= MAX_DEPTH).then_some(j)
    }

    /// Joins two element types; when none holds both, reports where each came from and
    /// keeps the first (the program is rejected).
    fn join_elements(&mut self, a: &Ty, b: &Ty, span: Span) -> Ty {
        self.join_elements_from(a, b, span, None)
    }

    /// `join_elements` where `origin` is where the container's first element came from.
    fn join_elements_from(&mut self, a: &Ty, b: &Ty, span: Span, origin: Option<Span>) -> Ty {
        if has_range(b) {
            self.error("unsupported-syntax", span, "range objects cannot be stored in containers yet; use list(range(...))");
            return a.clone();
        }
        // Elements no single type holds are `object`s (printable, comparable, hashable).
        let _ = origin;
        match self.join(a, b, span) {
            Some(t) => t,
            None if matches!(self.norm(a), Ty::Func(_)) || matches!(b, Ty::Func(_)) => {
                self.error("unsupported-syntax", span, "a container holding functions and other values is not supported yet");
                a.clone()
            }
            None if matches!(self.norm(a), Ty::Inst(_)) || matches!(b, Ty::Inst(_)) => {
                let (ra, rb) = (self.resolve(a), self.resolve(b));
                let name = |t: &Ty| match t {
                    Ty::Inst(c) => self.prog.classes[*c].name.clone(),
                    other => other.to_string(),
                };
                let msg = format!("a container or attribute holding both {} and {} is not supported yet", name(&ra), name(&rb));
                self.error("unsupported-syntax", span, msg);
                a.clone()
            }
            None => Ty::Obj,
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
        if f.is_gen && !matches!(self.instances[i].ret, Ty::Gen(_)) {
            // A call makes the generator; what it yields grows with each `yield`.
            self.instances[i].ret = Ty::Gen(Box::new(Ty::Never));
            self.changed = true;
        }
        self.block(&f.body);
        if !f.is_module_init && !f.is_gen && !terminates(&f.body, f) {
            self.join_ret(Ty::None, f.span);
        }
        if let Some((ann, span)) = &f.returns {
            let actual = self.instances[i].ret.clone();
            if !compatible(&actual, ann) {
                self.error("type-mismatch", *span, format!("{}() is annotated to return {ann} but returns {actual}", f.name));
            }
        }
    }

    /// The type of `e` in `except K as e`: the instance when every `K` is an exception
    /// class with state (their closest common base), else the exception object.
    fn handler_ty(&mut self, kinds: &[i64], span: Span) -> Ty {
        let mut ty = Ty::Never;
        for k in kinds {
            let Some(c) = self.prog.classes.iter().position(|c| c.exc_kind == Some(*k)) else { return Ty::Exc };
            match self.join(&ty, &Ty::Inst(c), span) {
                Some(j) => ty = j,
                None => return Ty::Exc,
            }
        }
        if ty == Ty::Never {
            Ty::Exc
        } else {
            ty
        }
    }

    fn join_ret(&mut self, t: Ty, span: Span) {
        let cur = self.instances[self.cur].ret.clone();
        match self.join(&cur, &t, span) {
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
            if self.leaves(s) {
                break;
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(*e);
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.block(body);
                for h in handlers {
                    if let Some(t) = &h.name {
                        let ty = self.handler_ty(&h.kinds, s.span);
                        self.assign(t, ty, s.span);
                    }
                    self.block(&h.body);
                }
                self.block(orelse);
                self.block(finalbody);
            }
            StmtKind::Reraise => {}
            StmtKind::Assign(t, e) => {
                let ty = self.expr(*e);
                self.assign(t, ty, s.span);
            }
            // (a branch that cannot run for these types is not typed: `if x is not None:`
            // with x always None)
            StmtKind::If(c, a, b) => {
                self.expr(*c);
                let known = self.none_test(*c);
                if known != Some(false) {
                    self.block(a);
                }
                if known != Some(true) {
                    self.block(b);
                }
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
            // yield v: the generator's items are the join of what it yields
            StmtKind::Yield(e) => {
                let t = self.expr(*e);
                let cur = self.instances[self.cur].ret.clone();
                let Ty::Gen(item) = cur.clone() else { return };
                match self.join(&item, &t, s.span) {
                    Some(j) => {
                        let j = Ty::Gen(Box::new(j));
                        if j != cur {
                            self.instances[self.cur].ret = j;
                            self.changed = true;
                        }
                    }
                    None => {
                        let name = self.func().name.clone();
                        let (t, item) = (self.resolve(&t), self.resolve(&item));
                        self.error("type-mismatch", s.span, format!("{name}() yields {t} here but {item} elsewhere"));
                    }
                }
            }
            StmtKind::Return(_) if self.func().is_gen => {}
            StmtKind::Return(e) => {
                let t = match e {
                    Some(e) => self.expr(*e),
                    None => Ty::None,
                };
                self.join_ret(t, s.span);
            }
            StmtKind::Raise { kind, msg, cause, obj } => {
                if let Some(o) = obj {
                    let t = self.expr(*o);
                    let ok = match &t {
                        Ty::Exc | Ty::OptExc | Ty::Never => true,
                        Ty::Inst(c) | Ty::Opt(c) => self.prog.classes[*c].exc_kind.is_some(),
                        _ => false,
                    };
                    if *kind < 0 && !ok {
                        self.error("type-mismatch", self.func().exprs[*o].span, format!("exceptions must derive from BaseException, not '{}'", self.type_name(&t)));
                    }
                }
                if let Some(m) = msg {
                    self.expr(*m);
                }
                if let Some(c) = cause {
                    let t = self.expr(*c);
                    let exc_obj = matches!(t, Ty::Inst(c) | Ty::Opt(c) if self.prog.classes[c].exc_kind.is_some());
                    if !matches!(t, Ty::Exc | Ty::OptExc | Ty::None | Ty::Never) && !exc_obj {
                        self.error("type-mismatch", self.func().exprs[*c].span, "exception causes must derive from BaseException");
                    }
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(*test);
                if let Some(m) = msg {
                    self.expr(*m);
                }
            }
            StmtKind::Del(t) => match t {
                Target::Item(obj, idx) => {
                    let (to, ti) = (self.expr(*obj), self.expr(*idx));
                    match &to {
                        Ty::List(_) if !(ti.is_intlike() || matches!(ti, Ty::Dyn | Ty::Never)) => {
                            self.error("type-mismatch", s.span, format!("list indices must be integers or slices, not {}", ti.py_name()))
                        }
                        Ty::Dict(k, _) => {
                            let k = (**k).clone();
                            self.check_hashable(&ti, s.span);
                            self.join(&k, &ti, s.span);
                        }
                        Ty::List(_) | Ty::Never => {}
                        other => self.error("type-mismatch", s.span, format!("'{}' object doesn't support item deletion", other.py_name())),
                    }
                }
                Target::Slice(obj, parts) => {
                    let to = self.expr(*obj);
                    self.slice_bounds(parts);
                    if !matches!(to, Ty::List(_) | Ty::Never) {
                        self.error("type-mismatch", s.span, format!("'{}' object doesn't support item deletion", to.py_name()));
                    }
                }
                _ => self.error("unsupported-syntax", s.span, "'del' of a variable is not supported yet"),
            },
            StmtKind::Annotated { target, ty } => {
                let actual = match target {
                    Target::Local(l) => self.local_ty(*l),
                    Target::Global(g) => self.globals[*g].clone(),
                    _ => Ty::Never,
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
        let span = f.exprs[iter].span;
        match &f.exprs[iter].kind {
            ExprKind::Range(..) => return Ty::Int,
            // zip(a, b): the expression's type is the tuple of the iterables' types.
            ExprKind::Zip(args) => {
                let Ty::Tuple(its) = t else { return Ty::Never };
                let mut items = Vec::new();
                for (a, it) in args.clone().iter().zip(its.clone()) {
                    items.push(self.element_type(*a, &it));
                }
                return Ty::Tuple(items);
            }
            ExprKind::Reversed(inner) => {
                if matches!(f.exprs[*inner].kind, ExprKind::Range(..)) {
                    return Ty::Int;
                }
                if matches!(t, Ty::Tuple(_) | Ty::Dict(..) | Ty::View(..)) {
                    self.error("unsupported-syntax", span, format!("reversed() of a {} is not supported yet", t.py_name()));
                    return Ty::Never;
                }
                if !matches!(t, Ty::List(_) | Ty::TupleOf(_) | Ty::Str | Ty::Range | Ty::Never) {
                    self.error("type-mismatch", span, format!("'{}' object is not reversible", t.py_name()));
                    return Ty::Never;
                }
                let inner = *inner;
                return self.element_type(inner, t);
            }
            _ => {}
        }
        match self.iter_item(t) {
            Ok(t) => t,
            Err(msg) => {
                let id = if matches!(t, Ty::Dyn | Ty::Obj | Ty::Tuple(_)) { "unsupported-syntax" } else { "type-mismatch" };
                self.error(id, span, msg);
                Ty::Never
            }
        }
    }

    /// The type of the items iterating over a value of type `t` gives.
    fn iter_item(&mut self, t: &Ty) -> Result<Ty, String> {
        Ok(match t {
            Ty::Never => Ty::Never,
            Ty::Str => Ty::Str,
            Ty::Range => Ty::Int,
            Ty::List(e) | Ty::TupleOf(e) | Ty::Set(e, _) => self.bound(e),
            Ty::Dict(k, _) => self.bound(k),
            Ty::View(kind, d) => {
                let Ty::Dict(k, v) = &**d else { return Ok(Ty::Never) };
                match kind {
                    ViewKind::Keys => self.bound(k),
                    ViewKind::Values => self.bound(v),
                    ViewKind::Items => Ty::Tuple(vec![self.bound(k), self.bound(v)]),
                }
            }
            Ty::Tuple(items) => {
                let mut acc = Ty::Never;
                for it in items {
                    match acc.join(it) {
                        Some(j) => acc = j,
                        None => return Err("iterating over a tuple whose items have incompatible types is not supported".into()),
                    }
                }
                acc
            }
            Ty::Gen(e) => (**e).clone(),
            // for x in obj: its __iter__ is a generator, or returns an object with __next__
            Ty::Inst(cid) => {
                let Some(&it) = self.dunders.get(&(*cid, "__iter__")) else {
                    let name = self.prog.classes[*cid].name.clone();
                    return Err(format!("'{name}' object is not iterable"));
                };
                match self.instances[it].ret.clone() {
                    Ty::Gen(e) => *e,
                    Ty::Never => Ty::Never,
                    Ty::Inst(d) => match self.dunders.get(&(d, "__next__")) {
                        Some(&n) => self.instances[n].ret.clone(),
                        None => {
                            let name = self.prog.classes[d].name.clone();
                            return Err(format!("iter() returned non-iterator of type '{name}'"));
                        }
                    },
                    other => return Err(format!("iter() returned non-iterator of type '{}'", other.py_name())),
                }
            }
            Ty::Dyn | Ty::Obj => return Err("iterating over a variable that holds values of several types is not supported yet".into()),
            other => return Err(format!("'{}' object is not iterable", other.py_name())),
        })
    }

    fn assign(&mut self, t: &Target, ty: Ty, span: Span) {
        match t {
            Target::Local(l) => {
                let (hi, hl) = self.home(self.cur, *l);
                let cur = self.instances[hi].locals[hl].clone();
                // `if p is None: p = []` of a parameter `p=None`: p is the list from here on
                let replaced = cur == Ty::None
                    && matches!(ty, Ty::List(_) | Ty::Dict(..) | Ty::Set(..))
                    && self.prog.funcs[self.instances[hi].func].none_defaults.contains(&hl);
                match if replaced { Some(ty.clone()) } else { self.join(&cur, &ty, span) } {
                    Some(j) => {
                        if j != cur {
                            self.instances[hi].locals[hl] = j;
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
                match self.join(&cur, &ty, span) {
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
                Ty::Tuple(tys) => {
                    let star = items.iter().position(|t| matches!(t, Target::Starred(_)));
                    let fixed = items.len() - star.is_some() as usize;
                    let ok = if star.is_some() { tys.len() >= fixed } else { tys.len() == fixed };
                    if !ok {
                        let msg = if tys.len() < fixed {
                            let least = if star.is_some() { "at least " } else { "" };
                            format!("not enough values to unpack (expected {least}{fixed}, got {})", tys.len())
                        } else {
                            format!("too many values to unpack (expected {})", items.len())
                        };
                        self.error("type-mismatch", span, msg);
                        return;
                    }
                    let n_after = star.map(|k| items.len() - k - 1).unwrap_or(0);
                    for (k, t) in items.iter().enumerate() {
                        match star {
                            Some(s) if k == s => {
                                let mid = &tys[s..tys.len() - n_after];
                                let mut el = Ty::Never;
                                for m in mid {
                                    el = self.join_or_error(&el, m, span, "the starred items");
                                }
                                let site = self.site_of_target(t, el, span);
                                self.assign(t, Ty::List(Box::new(site)), span);
                            }
                            Some(s) if k > s => self.assign(t, tys[tys.len() - (items.len() - k)].clone(), span),
                            _ => self.assign(t, tys[k].clone(), span),
                        }
                    }
                }
                Ty::Dyn | Ty::Obj => self.error("unsupported-syntax", span, "unpacking a variable that holds values of several types is not supported yet"),
                Ty::Int | Ty::Float | Ty::Bool | Ty::None => self.error("type-mismatch", span, format!("cannot unpack non-iterable {} object", ty.py_name())),
                other => match self.iter_item(other) {
                    Ok(el) => {
                        for t in items {
                            let ty = if matches!(t, Target::Starred(_)) { Ty::List(Box::new(self.site_of_target(t, el.clone(), span))) } else { el.clone() };
                            self.assign(t, ty, span);
                        }
                    }
                    Err(msg) => self.error("type-mismatch", span, msg),
                },
            },
            // first, *rest = xs: rest is a new list
            Target::Starred(inner) => self.assign(inner, ty, span),
            Target::Attr(o, name) => {
                let to = self.expr(*o);
                match to {
                    Ty::Never => {}
                    Ty::Inst(cid) | Ty::Opt(cid) if find_in_chain(&self.prog.classes, cid, |c| c.setter(name)).is_some() => {
                        // obj.name = v  ==>  setter(obj, v)
                        let m = find_in_chain(&self.prog.classes, cid, |c| c.setter(name)).unwrap_or(0);
                        let def = (0..self.prog.classes.len()).find(|&c| self.prog.classes[c].setter(name) == Some(m)).unwrap_or(cid);
                        if ty != Ty::Never {
                            let prev = self.instances[self.cur].calls.remove(o);
                            self.call_inst(*o, m, vec![Ty::Inst(def), ty], span);
                            let inst = self.instances[self.cur].calls.remove(o);
                            if let Some(p) = prev {
                                self.instances[self.cur].calls.insert(*o, p);
                            }
                            if let Some(i) = inst {
                                self.instances[self.cur].setter_calls.insert(*o, i);
                            }
                        }
                    }
                    Ty::Inst(cid) | Ty::Opt(cid) => {
                        let Some(k) = self.prog.classes[cid].attrs.iter().position(|a| a == name) else {
                            let cname = self.prog.classes[cid].name.clone();
                            self.error("unsupported-syntax", span, format!("'{cname}' objects get attributes only in their methods (self.{name} = ...) for now"));
                            return;
                        };
                        let v = self.attr_var(cid, k);
                        let cur = self.bound(&v);
                        if self.join(&v, &ty, span).is_none() {
                            let (rc, rt) = (self.resolve(&cur), self.resolve(&ty));
                            let cname = self.prog.classes[cid].name.clone();
                            self.error("type-mismatch", span, format!("attribute '{name}' of '{cname}' holds {rc} and {rt}; attributes of several types are not supported yet"));
                        }
                    }
                    // None.x = v: AttributeError when it runs (code after an `is None` guard)
                    Ty::None => {}
                    // wrapper.__name__ = fn.__name__
                    Ty::Func(_) if name == "__name__" => {
                        if !matches!(ty, Ty::Str | Ty::Never) {
                            self.error("type-mismatch", span, "__name__ must be set to a string object");
                        }
                    }
                    other => self.error("unknown-attribute", span, format!("'{}' object has no attribute '{name}'", other.py_name())),
                }
            }
            Target::Item(obj, idx) => {
                let (to, ti) = (self.expr(*obj), self.expr(*idx));
                // obj[i] = v  ==>  obj.__setitem__(i, v)   (recorded on the index expression)
                if let Ty::Inst(cid) = &to {
                    if let Some(f) = find_method(&self.prog.classes, *cid, "__setitem__").map(|x| x.0) {
                        if ty != Ty::Never && ti != Ty::Never {
                            self.dunder_call(*idx, f, vec![to.clone(), ti.clone(), ty.clone()], false, false, span);
                        }
                        return;
                    }
                }
                self.store_item(&to, &ti, &ty, span);
            }
            Target::Slice(obj, parts) => {
                let to = self.expr(*obj);
                self.slice_bounds(parts);
                match (&to, &ty) {
                    (Ty::Never, _) | (_, Ty::Never) => {}
                    (Ty::List(_), Ty::List(_)) => {
                        self.join(&to, &ty, span);
                    }
                    (Ty::List(e), other) => match self.iter_item(other) {
                        Ok(el) => {
                            let e = (**e).clone();
                            self.join(&e, &el, span);
                        }
                        Err(_) => self.error("type-mismatch", span, "must assign iterable to extended slice"),
                    },
                    (other, _) => self.error("type-mismatch", span, format!("'{}' object does not support slice assignment", other.py_name())),
                }
            }
        }
    }

    /// The element variable of the list a starred target builds.
    fn site_of_target(&mut self, t: &Target, el: Ty, span: Span) -> Ty {
        let site = match t {
            Target::Starred(inner) => match &**inner {
                Target::Local(l) => Site::StarLocal(*l),
                Target::Global(g) => Site::StarGlobal(*g),
                _ => Site::StarOther,
            },
            _ => Site::StarOther,
        };
        self.site_of(site, el, span)
    }

    /// `obj[idx] = value`
    fn store_item(&mut self, to: &Ty, ti: &Ty, value: &Ty, span: Span) {
        match to {
            Ty::Never => {}
            Ty::List(e) => {
                if !(ti.is_intlike() || matches!(ti, Ty::Dyn | Ty::Never)) {
                    self.error("type-mismatch", span, format!("list indices must be integers or slices, not {}", ti.py_name()));
                    return;
                }
                let e = (**e).clone();
                self.join(&e, value, span);
            }
            Ty::Dict(k, v) => {
                let (k, v) = ((**k).clone(), (**v).clone());
                self.check_hashable(ti, span);
                self.join(&k, ti, span);
                self.join(&v, value, span);
            }
            Ty::Str | Ty::Tuple(_) => self.error("type-mismatch", span, format!("'{}' object does not support item assignment", to.py_name())),
            other => self.error("type-mismatch", span, format!("'{}' object does not support item assignment", other.py_name())),
        }
    }

    fn check_hashable(&mut self, t: &Ty, span: Span) {
        let t = self.resolve(t);
        if let Some(bad) = unhashable(&t) {
            self.error("type-mismatch", span, format!("unhashable type: '{bad}'"));
            return;
        }
        // Instances hash by identity or their __hash__; a class defining __eq__ without
        // __hash__ is unhashable (as CPython makes it).
        fn classes_in(t: &Ty, out: &mut Vec<ClassId>) {
            match t {
                Ty::Inst(c) | Ty::Opt(c) => out.push(*c),
                Ty::Tuple(items) => items.iter().for_each(|t| classes_in(t, out)),
                Ty::TupleOf(t) => classes_in(t, out),
                _ => {}
            }
        }
        let mut cs = Vec::new();
        classes_in(&t, &mut cs);
        for c in cs {
            let name = self.prog.classes[c].name.clone();
            if find_method(&self.prog.classes, c, "__hash__").is_some() {
                // (codegen hashes through the method only when it returns an int)
                let r = self.dunders.get(&(c, "__hash__")).map(|&i| self.instances[i].ret.clone());
                if self.report && !matches!(r, Some(Ty::Int | Ty::Never) | None) {
                    self.error("type-mismatch", span, format!("__hash__ method of '{name}' should return an integer"));
                }
            } else if find_method(&self.prog.classes, c, "__eq__").is_some() {
                self.error("type-mismatch", span, format!("unhashable type: '{name}' (it defines __eq__ without __hash__)"));
            }
        }
    }

    fn slice_bounds(&mut self, parts: &[Option<ExprId>; 3]) {
        let f = self.func();
        for p in parts.iter().flatten() {
            let t = self.expr(*p);
            if !(t.is_intlike() || matches!(t, Ty::Dyn | Ty::Never | Ty::None)) {
                self.error("type-mismatch", f.exprs[*p].span, "slice indices must be integers or None or have an __index__ method");
            }
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
            ExprKind::Argv => Ty::List(Box::new(self.site_of(Site::Expr(e, 0), Ty::Str, span))),
            ExprKind::Freeze(l) => match self.expr(*l) {
                Ty::List(el) => Ty::TupleOf(Box::new(self.bound(&el))),
                _ => Ty::Never,
            },
            ExprKind::List(items) => {
                let v = self.site(e, 0);
                for i in items {
                    let t = self.expr(*i);
                    self.join(&v, &t, f.exprs[*i].span);
                }
                Ty::List(Box::new(self.norm(&v)))
            }
            ExprKind::Set(items, frozen) => {
                let v = self.site(e, 0);
                for i in items {
                    let t = self.expr(*i);
                    self.check_hashable(&t, f.exprs[*i].span);
                    self.join(&v, &t, f.exprs[*i].span);
                }
                Ty::Set(Box::new(self.norm(&v)), *frozen)
            }
            ExprKind::Dict(pairs) => {
                let (kv, vv) = (self.site(e, 0), self.site(e, 1));
                for (k, v) in pairs {
                    let (tk, tv) = (self.expr(*k), self.expr(*v));
                    self.check_hashable(&tk, f.exprs[*k].span);
                    self.join(&kv, &tk, f.exprs[*k].span);
                    self.join(&vv, &tv, f.exprs[*v].span);
                }
                let (kv, vv) = (self.norm(&kv), self.norm(&vv));
                Ty::Dict(Box::new(kv), Box::new(vv))
            }
            ExprKind::Block(stmts, v) => {
                self.block(stmts);
                self.expr(*v)
            }
            ExprKind::Sort { list, key, reverse } => {
                let tl = self.expr(*list);
                if let Some(r) = reverse {
                    let t = self.expr(*r);
                    if !(t.is_intlike() || matches!(t, Ty::Never | Ty::Dyn)) {
                        self.error("type-mismatch", f.exprs[*r].span, format!("'{}' object cannot be interpreted as an integer", t.py_name()));
                    }
                }
                let Ty::List(el) = &tl else {
                    if tl != Ty::Never {
                        self.error("type-mismatch", span, format!("'{}' object has no attribute 'sort'", tl.py_name()));
                    }
                    return Ty::None;
                };
                let el = self.bound(el);
                let kt = match key {
                    Some(k) => {
                        self.assign(&Target::Local(k.param), el, span);
                        self.expr(k.body)
                    }
                    None => el,
                };
                let kt = self.resolve(&kt);
                // (sorting tuples: the first members decide unless equal; the runtime's
                // comparison raises CPython's TypeError if later unorderable ones are reached)
                let sortable = match &kt {
                    Ty::Tuple(xs) if !xs.is_empty() => self.orderable_in(&xs[0], &xs[0]),
                    _ => self.orderable_in(&kt, &kt),
                };
                if kt != Ty::Never && !sortable {
                    self.error("type-mismatch", span, format!("'<' not supported between instances of '{}' and '{}'", kt.py_name(), kt.py_name()));
                }
                Ty::None
            }
            ExprKind::Zip(args) => {
                let tys: Vec<Ty> = args.iter().map(|a| self.expr(*a)).collect();
                Ty::Tuple(tys)
            }
            ExprKind::Reversed(a) => self.expr(*a),
            ExprKind::Local(l) => self.local_ty(*l),
            ExprKind::Global(g) => self.globals[*g].clone(),
            ExprKind::Binary(op, a, b) => {
                let (ta, tb) = (self.expr(*a), self.expr(*b));
                // a + b on an instance  ==>  a.__add__(b); else b.__radd__(a) on an instance b
                if let Ty::Inst(cid) = &ta {
                    if let Some(f) = find_method(&self.prog.classes, *cid, op.dunder()).map(|x| x.0) {
                        return self.dunder_call(e, f, vec![ta.clone(), tb.clone()], false, false, span);
                    }
                }
                if let Ty::Inst(cid) = &tb {
                    let reflected = format!("__r{}", &op.dunder()[2..]);
                    if let Some(f) = find_method(&self.prog.classes, *cid, &reflected).map(|x| x.0) {
                        return self.dunder_call(e, f, vec![tb.clone(), ta.clone()], true, false, span);
                    }
                }
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
                // -obj  ==>  obj.__neg__()
                if let (UnaryOp::Neg | UnaryOp::Pos, Ty::Inst(cid)) = (op, &t) {
                    let name = if *op == UnaryOp::Neg { "__neg__" } else { "__pos__" };
                    if let Some(f) = find_method(&self.prog.classes, *cid, name).map(|x| x.0) {
                        return self.dunder_call(e, f, vec![t.clone()], false, false, span);
                    }
                }
                match (op, &t) {
                    (_, Ty::Never) => Ty::Never,
                    (UnaryOp::Not, _) => Ty::Bool,
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Int | Ty::Bool) => Ty::Int,
                    (UnaryOp::Neg | UnaryOp::Pos, Ty::Float) => Ty::Float,
                    (UnaryOp::Invert, Ty::Int | Ty::Bool) => Ty::Int,
                    (_, Ty::Dyn) => Ty::Dyn,
                    (_, Ty::Obj) => {
                        self.error("unsupported-syntax", span, "arithmetic on a variable that holds values of several types is not supported yet");
                        Ty::Never
                    }
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
                // x in obj  ==>  obj.__contains__(x)   (not in: negated)
                if let (CmpOp::In | CmpOp::NotIn, Ty::Inst(cid)) = (op, &tb) {
                    if let Some(f) = find_method(&self.prog.classes, *cid, "__contains__").map(|x| x.0) {
                        self.dunder_call(e, f, vec![tb.clone(), ta.clone()], true, *op == CmpOp::NotIn, span);
                        return Ty::Bool;
                    }
                }
                if let Some((m, r)) = op.dunders() {
                    // a < b  ==>  a.__lt__(b), else b.__gt__(a); a != b may be not a.__eq__(b)
                    let mut tries = vec![(m, false, false), (r, true, false)];
                    if *op == CmpOp::Ne {
                        tries.push(("__eq__", false, true));
                    }
                    for (name, swap, negate) in tries {
                        let (x, y) = if swap { (&tb, &ta) } else { (&ta, &tb) };
                        if let Ty::Inst(cid) = x {
                            if let Some(f) = find_method(&self.prog.classes, *cid, name).map(|x| x.0) {
                                self.dunder_call(e, f, vec![x.clone(), y.clone()], swap, negate, span);
                                return Ty::Bool;
                            }
                        }
                    }
                }
                self.compare(*op, &ta, &tb, span);
                Ty::Bool
            }
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                let ta = self.expr(*a);
                // (the second operand cannot run: not typed)
                let and = matches!(self.func().exprs[e].kind, ExprKind::And(..));
                if self.none_test(*a) == Some(!and) {
                    return ta;
                }
                let tb = self.expr(*b);
                self.join_or_object(&ta, &tb, span, "the operands of 'and'/'or'")
            }
            ExprKind::IfExp(c, a, b) => {
                self.expr(*c);
                match self.none_test(*c) {
                    Some(true) => return self.expr(*a),
                    Some(false) => return self.expr(*b),
                    None => {}
                }
                let (ta, tb) = (self.expr(*a), self.expr(*b));
                self.join_or_object(&ta, &tb, span, "the branches of the conditional expression")
            }
            ExprKind::NamedExpr(t, v) => {
                let ty = self.expr(*v);
                self.assign(t, ty.clone(), span);
                ty
            }
            // A closure's value is made by this instance (its free variables live here).
            ExprKind::FuncRef(fid) => Ty::Func(vec![(*fid, (!self.prog.funcs[*fid].free.is_empty()).then_some(self.cur))]),
            ExprKind::IsInstance(x, _, builtins) => {
                let t = self.expr(*x);
                if t == Ty::Obj && builtins.iter().any(|b| matches!(b, BuiltinType::List | BuiltinType::Tuple | BuiltinType::Dict | BuiltinType::Set | BuiltinType::FrozenSet)) {
                    self.error("unsupported-syntax", span, "isinstance() of a value of mixed types with a container type is not supported yet");
                }
                Ty::Bool
            }
            ExprKind::ExcIsInstance(x, _) => {
                self.expr(*x);
                Ty::Bool
            }
            ExprKind::TypeName(x) => {
                self.expr(*x);
                Ty::Str
            }
            ExprKind::ByReceiver(r, a, b) => match self.expr(*r) {
                Ty::Inst(_) | Ty::Opt(_) => self.expr(*a),
                Ty::Never => Ty::Never,
                _ => self.expr(*b),
            },
            ExprKind::ObjTuple(items) => {
                for a in items {
                    if self.expr(*a) == Ty::Never {
                        return Ty::Never;
                    }
                }
                Ty::TupleOf(Box::new(Ty::Obj))
            }
            ExprKind::ExcNew(_, arg) => {
                if let Some(a) = arg {
                    if self.expr(*a) == Ty::Never {
                        return Ty::Never;
                    }
                }
                Ty::Exc
            }
            // x after isinstance(x, C): a C when x holds instances of a base of C
            ExprKind::Narrow(x, cid) => match self.expr(*x) {
                Ty::Inst(b) | Ty::Opt(b) if b != *cid && crate::hir::is_subclass(&self.prog.classes, *cid, b) => Ty::Inst(*cid),
                // (an exception of a class with state is one with its instance)
                Ty::Exc | Ty::OptExc if self.prog.classes[*cid].exc_kind.is_some() => Ty::Inst(*cid),
                other => other,
            },
            // x in x.upper(): a str when x holds values of mixed types (checked at run time)
            ExprKind::StrRecv(x, _) => match self.expr(*x) {
                Ty::Dyn => Ty::Str,
                other => other,
            },
            // x after isinstance(x, str): a str when x holds values of mixed types
            ExprKind::NarrowDyn(x, b) => match (self.expr(*x), b) {
                (Ty::Dyn | Ty::Obj, BuiltinType::Str) => Ty::Str,
                (Ty::Dyn | Ty::Obj, BuiltinType::Float) => Ty::Float,
                (Ty::Dyn | Ty::Obj, BuiltinType::Bool) => Ty::Bool,
                (other, _) => other,
            },
            // C(args): __init__(new instance, args); __str__/__repr__ instantiated for printing
            ExprKind::New(cid, args) => {
                let tys: Vec<Ty> = args.iter().map(|a| self.expr(*a)).collect();
                if tys.contains(&Ty::Never) {
                    return Ty::Never;
                }
                let this = Ty::Inst(*cid);
                self.class_defaults(*cid, span);
                if let Some((init, def)) = find_method(&self.prog.classes, *cid, "__init__") {
                    let mut all = vec![Ty::Inst(def)];
                    all.extend(tys);
                    self.call_inst(e, init, all, span);
                }
                // What printing and containers (sorting, ==, in) call through the runtime.
                for (d, arity) in [("__str__", 1), ("__repr__", 1), ("__lt__", 2), ("__eq__", 2), ("__bool__", 1), ("__len__", 1), ("__iter__", 1), ("__next__", 1), ("__hash__", 1), ("__format__", 2)] {
                    if let Some((m, def)) = find_method(&self.prog.classes, *cid, d) {
                        if self.prog.funcs[m].params.len() != arity {
                            continue;
                        }
                        // (__format__(self, spec): f-strings and format() pass the spec)
                        let args = if d == "__format__" { vec![Ty::Inst(def), Ty::Str] } else { vec![Ty::Inst(def); arity] };
                        let cur = self.cur;
                        let inst = self.instance(m, args.clone());
                        self.cur = cur;
                        let params: Vec<LocalId> = self.prog.funcs[m].params.iter().map(|p| p.local).collect();
                        for (l, t) in params.into_iter().zip(args) {
                            if self.instances[inst].locals[l] == Ty::Never {
                                self.instances[inst].locals[l] = t;
                                self.changed = true;
                            }
                        }
                        let r = self.instances[inst].ret.clone();
                        if self.report && matches!(d, "__str__" | "__repr__") && !matches!(r, Ty::Str | Ty::Never) {
                            self.error("type-mismatch", span, format!("{d} returned non-string (type {})", r.py_name()));
                        }
                        self.dunders.insert((*cid, d), inst);
                    }
                }
                this
            }
            ExprKind::Attr(o, name) => {
                let t = self.expr(*o);
                match t {
                    Ty::Never => Ty::Never,
                    Ty::Func(_) if matches!(name.as_str(), "__name__" | "__qualname__") => Ty::Str,
                    // e.args: the arguments it was raised with, as objects
                    Ty::Exc | Ty::OptExc if name == "args" => Ty::TupleOf(Box::new(Ty::Obj)),
                    // e.__cause__ / e.__context__: an exception or None
                    Ty::Exc | Ty::OptExc if matches!(name.as_str(), "__cause__" | "__context__") => Ty::OptExc,
                    Ty::Exc | Ty::OptExc if name == "__suppress_context__" => Ty::Bool,
                    // SystemExit's e.code (AttributeError for other exceptions)
                    Ty::Exc | Ty::OptExc if name == "code" => Ty::Obj,
                    Ty::Inst(cid) | Ty::Opt(cid) if self.prog.classes[cid].exc_kind.is_some() && matches!(name.as_str(), "__cause__" | "__context__") => Ty::OptExc,
                    Ty::Inst(cid) | Ty::Opt(cid) if self.prog.classes[cid].exc_kind.is_some() && name == "__suppress_context__" => Ty::Bool,
                    // the arguments of BaseException.__init__
                    Ty::Inst(cid) | Ty::Opt(cid) if self.prog.classes[cid].exc_kind.is_some() && name == "args" && !self.prog.classes[cid].attrs.iter().any(|a| a == "args") => Ty::TupleOf(Box::new(Ty::Obj)),
                    Ty::Inst(cid) | Ty::Opt(cid) => {
                        let cls = &self.prog.classes[cid];
                        match cls.attrs.iter().position(|a| a == name) {
                            Some(k) => {
                                let v = self.attr_var(cid, k);
                                self.bound(&v)
                            }
                            // obj.name of a @property: its getter's result
                            None if find_in_chain(&self.prog.classes, cid, |c| c.property(name)).is_some() => {
                                let m = find_in_chain(&self.prog.classes, cid, |c| c.property(name)).unwrap_or(0);
                                let overridden = descendants(&self.prog.classes, cid).into_iter().any(|d| find_in_chain(&self.prog.classes, d, |c| c.property(name)) != Some(m));
                                if overridden {
                                    self.error("unsupported-syntax", span, "properties overridden in subclasses are not supported yet");
                                }
                                self.call_inst(e, m, vec![Ty::Inst(cid)], span)
                            }
                            // obj.NAME of a class attribute: the one of the object's class
                            None if find_in_chain(&self.prog.classes, cid, |c| c.class_attr(name)).is_some() => {
                                let mut t = Ty::Never;
                                let mut choices: Vec<(Vec<ClassId>, GlobalId)> = Vec::new();
                                for d in descendants(&self.prog.classes, cid) {
                                    let Some(g) = find_in_chain(&self.prog.classes, d, |c| c.class_attr(name)) else { continue };
                                    match choices.iter_mut().find(|c| c.1 == g) {
                                        Some(c) => c.0.push(d),
                                        None => choices.push((vec![d], g)),
                                    }
                                }
                                for (_, g) in &choices {
                                    let gt = self.globals[*g].clone();
                                    t = self.join_or_error(&t, &gt, span, "the class attributes of the subclasses");
                                }
                                self.instances[self.cur].class_attr_dispatch.insert(e, choices);
                                t
                            }
                            None if cls.method(name).is_some() => {
                                self.error("unsupported-syntax", span, "bound methods as values are not supported yet; call the method");
                                Ty::Never
                            }
                            None => {
                                let cname = cls.name.clone();
                                self.error("unknown-attribute", span, format!("'{cname}' object has no attribute '{name}'"));
                                Ty::Never
                            }
                        }
                    }
                    // None.x: AttributeError when it runs (the code after an `is None` guard of a
                    // function also called with None)
                    Ty::None => Ty::Never,
                    other => {
                        self.error("unknown-attribute", span, format!("'{}' object has no attribute '{name}'", other.py_name()));
                        Ty::Never
                    }
                }
            }
            // f(args) with f a value: every function it may be is called with these types
            ExprKind::CallValue(c, args, rest) => {
                let tc = self.expr(*c);
                let mut tys: Vec<Ty> = args.iter().map(|a| self.expr(*a)).collect();
                let (mut kw, mut kwstar) = (Vec::new(), None);
                if let Some(r) = rest {
                    if let Some(x) = r.star {
                        match self.expr(x) {
                            Ty::Tuple(items) => tys.extend(items),
                            Ty::Never => return Ty::Never,
                            other => {
                                self.error("unsupported-syntax", f.exprs[x].span, format!("a star argument in a call of a function value must be a tuple of known length (here '{}'), for now", other.py_name()));
                                return Ty::Never;
                            }
                        }
                    }
                    for (name, v) in &r.kw {
                        kw.push((name.clone(), self.expr(*v)));
                    }
                    if let Some(d) = r.kwstar {
                        match self.expr(d) {
                            Ty::Never => return Ty::Never,
                            // (a dict nothing is ever put in: `**kwargs` of a function only
                            // called without keyword arguments)
                            Ty::Dict(_, v) if self.resolve(&v) == Ty::Never => {}
                            Ty::Dict(k, v) if self.resolve(&k) == Ty::Str => kwstar = Some(self.resolve(&v)),
                            other => {
                                self.error("type-mismatch", f.exprs[d].span, format!("argument after ** must be a mapping with str keys, not {other}"));
                                return Ty::Never;
                            }
                        }
                    }
                }
                if tc == Ty::Never || tys.contains(&Ty::Never) || kw.iter().any(|(_, t)| *t == Ty::Never) {
                    return Ty::Never;
                }
                // obj(args)  ==>  obj.__call__(args)
                if let Ty::Inst(cid) = &tc {
                    if let Some((m, _)) = find_method(&self.prog.classes, *cid, "__call__") {
                        if rest.is_some() {
                            self.error("unsupported-syntax", span, "star or keyword arguments in a call of an object with __call__ are not supported yet");
                            return Ty::Never;
                        }
                        if self.prog.funcs[m].params.len() != tys.len() + 1 {
                            let cname = self.prog.classes[*cid].name.clone();
                            self.error("call-error", span, format!("{cname}.__call__() takes {} positional arguments but {} were given", self.prog.funcs[m].params.len(), tys.len() + 1));
                            return Ty::Never;
                        }
                        let mut all = vec![tc.clone()];
                        all.extend(tys);
                        return self.dunder_call(e, m, all, false, false, span);
                    }
                }
                let Ty::Func(fids) = tc else {
                    self.error("type-mismatch", span, format!("'{}' object is not callable", tc.py_name()));
                    return Ty::Never;
                };
                let mut ret = Ty::Never;
                let mut targets = Vec::new();
                let mut plans = Vec::new();
                for (k, (fid, outer)) in fids.into_iter().enumerate() {
                    let name = self.prog.funcs[fid].name.clone();
                    let func = &self.prog.funcs[fid];
                    let (all, plan) = if rest.is_none() && func.vararg.is_none() && func.kwarg.is_none() && func.kwonly_start == func.params.len() {
                        let Some(all) = self.with_defaults_in(fid, outer, tys.clone(), &name, span) else { return Ty::Never };
                        (all, None)
                    } else {
                        let Some((all, plan)) = self.bind_args(e, k, fid, outer, &tys, &kw, kwstar.as_ref(), span) else { return Ty::Never };
                        (all, Some(plan))
                    };
                    plans.push(plan.unwrap_or_default());
                    let cur = self.cur;
                    let inst = self.instance_in(fid, outer, all.clone());
                    self.cur = cur;
                    let params: Vec<LocalId> = self.prog.funcs[fid].params.iter().map(|p| p.local).collect();
                    for (l, t) in params.into_iter().zip(all) {
                        let old = self.instances[inst].locals[l].clone();
                        if let Some(j) = self.join(&old, &t, span) {
                            if j != old {
                                self.instances[inst].locals[l] = j;
                                self.changed = true;
                            }
                        }
                    }
                    targets.push(((fid, outer), inst));
                    let r = self.instances[inst].ret.clone();
                    let r = self.norm(&r);
                    ret = self.join_or_error(&ret, &r, span, "the results of the functions this value may be");
                }
                self.instances[self.cur].value_calls.insert(e, targets);
                if plans.iter().any(|p| !p.is_empty()) {
                    self.instances[self.cur].value_plans.insert(e, plans);
                }
                ret
            }
            ExprKind::Call(fid, args) => {
                let tys: Vec<Ty> = args.iter().map(|a| self.expr(*a)).collect();
                if tys.contains(&Ty::Never) {
                    return Ty::Never;
                }
                if tys.iter().any(|t| self.resolve(t).depth() > MAX_DEPTH) {
                    self.error("unsupported-syntax", span, "argument types nest too deeply (a recursive function building ever deeper containers?)");
                    return Ty::Never;
                }
                let cur = self.cur;
                let inst = self.instance(*fid, tys.clone());
                self.cur = cur;
                let params: Vec<LocalId> = self.prog.funcs[*fid].params.iter().map(|p| p.local).collect();
                for (l, t) in params.into_iter().zip(tys) {
                    let old = self.instances[inst].locals[l].clone();
                    if let Some(j) = self.join(&old, &t, span) {
                        if j != old {
                            self.instances[inst].locals[l] = j;
                            self.changed = true;
                        }
                    }
                }
                self.instances[cur].calls.insert(e, inst);
                let ret = self.instances[inst].ret.clone();
                self.norm(&ret)
            }
            ExprKind::Builtin(b, args) => {
                let tys: Vec<Ty> = args.iter().map(|a| self.expr(*a)).collect();
                if tys.contains(&Ty::Never) {
                    return Ty::Never;
                }
                // len(obj)  ==>  obj.__len__()     abs(obj)  ==>  obj.__abs__()
                // float(obj)  ==>  obj.__float__()  int(obj)  ==>  obj.__int__()
                let dunder = match b {
                    Builtin::Len => Some("__len__"),
                    Builtin::Abs => Some("__abs__"),
                    Builtin::Float => Some("__float__"),
                    Builtin::Int => Some("__int__"),
                    _ => None,
                };
                if let (Some(name), [Ty::Inst(cid)]) = (dunder, &tys[..]) {
                    if let Some(f) = find_method(&self.prog.classes, *cid, name).map(|x| x.0) {
                        let r = self.dunder_call(e, f, tys.clone(), false, false, span);
                        let (ok, want) = match b {
                            Builtin::Abs => (true, r.clone()),
                            Builtin::Float => (matches!(r, Ty::Float | Ty::Never), Ty::Float),
                            _ => (matches!(r, Ty::Int | Ty::Bool | Ty::Never), Ty::Int),
                        };
                        if self.report && !ok {
                            let msg = match b {
                                Builtin::Float => format!("{name} returned non-float (type {})", r.py_name()),
                                Builtin::Int => format!("{name} returned non-int (type {})", r.py_name()),
                                _ => format!("'{}' object cannot be interpreted as an integer", r.py_name()),
                            };
                            self.error("type-mismatch", span, msg);
                        }
                        return want;
                    }
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
                // obj[i]  ==>  obj.__getitem__(i)
                if let Ty::Inst(cid) = &ta {
                    if let Some(f) = find_method(&self.prog.classes, *cid, "__getitem__").map(|x| x.0) {
                        return self.dunder_call(e, f, vec![ta.clone(), ti.clone()], false, false, span);
                    }
                }
                let index_ok = ti.is_intlike() || ti == Ty::Dyn;
                match &ta {
                    Ty::Str | Ty::List(_) | Ty::TupleOf(_) if !index_ok => {
                        let what = match ta {
                            Ty::Str => "string indices must be integers, not",
                            Ty::List(_) => "list indices must be integers or slices, not",
                            _ => "tuple indices must be integers or slices, not",
                        };
                        self.error("type-mismatch", span, format!("{what} {}", ti.py_name()));
                        Ty::Never
                    }
                    Ty::Str => Ty::Str,
                    Ty::Range if index_ok => Ty::Int,
                    Ty::List(el) | Ty::TupleOf(el) => self.bound(el),
                    Ty::Dict(k, v) => {
                        let (k, v) = ((**k).clone(), (**v).clone());
                        self.check_hashable(&ti, span);
                        if self.join(&k, &ti, span).is_none() {
                            let kr = self.resolve(&k);
                            self.error("type-mismatch", span, format!("dict keys are {kr} but this key is {ti}"));
                        }
                        self.bound(&v)
                    }
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
                            // t[i] with i known only at run time: the items' common type
                            None => match self.iter_item(&ta) {
                                Ok(t) if !index_ok => {
                                    let _ = t;
                                    self.error("type-mismatch", span, format!("tuple indices must be integers or slices, not {}", ti.py_name()));
                                    Ty::Never
                                }
                                Ok(t) if items.iter().all(|i| *i == items[0]) => t,
                                // (scalars and strs of several types: a dynamic value)
                                _ if items.iter().all(|i| matches!(i, Ty::Int | Ty::Float | Ty::Bool | Ty::Str | Ty::None | Ty::Dyn)) => Ty::Dyn,
                                _ => {
                                    self.error("unsupported-syntax", span, "indexing a tuple whose items have different types needs a constant index");
                                    Ty::Never
                                }
                            },
                        }
                    }
                    Ty::Dyn | Ty::Obj => {
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
                        self.error("type-mismatch", f.exprs[*p].span, "slice indices must be integers or None or have an __index__ method");
                    }
                }
                match ta {
                    Ty::Str | Ty::Never | Ty::TupleOf(_) => ta,
                    // A new list of the same element type.
                    Ty::List(el) => {
                        let el = self.bound(&el);
                        Ty::List(Box::new(self.site_of(Site::Expr(e, 0), el, span)))
                    }
                    Ty::Tuple(ref items) => {
                        let consts: Vec<Option<Option<i64>>> = parts
                            .iter()
                            .map(|p| match p {
                                None => Some(None),
                                Some(x) => match f.exprs[*x].kind {
                                    ExprKind::Int(i) => Some(Some(i)),
                                    ExprKind::None => Some(None),
                                    _ => None,
                                },
                            })
                            .collect();
                        if consts.iter().any(|c| c.is_none()) {
                            self.error("unsupported-syntax", span, "slicing a tuple needs constant bounds for now");
                            return Ty::Never;
                        }
                        let picked = tuple_slice(items.len(), consts[0].flatten(), consts[1].flatten(), consts[2].flatten());
                        match picked {
                            Some(ix) => Ty::Tuple(ix.into_iter().map(|i| items[i].clone()).collect()),
                            None => {
                                self.error("type-mismatch", span, "slice step cannot be zero");
                                Ty::Never
                            }
                        }
                    }
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
                if let Ty::Inst(cid) | Ty::Opt(cid) = rt {
                    let cls = &self.prog.classes[cid];
                    // obj.f(args) of a static method: no instance argument
                    if let (None, Some(m)) = (cls.method(name), cls.static_method(name)) {
                        return self.call_inst(e, m, tys, span);
                    }
                    let classes = &self.prog.classes;
                    if find_method(classes, cid, name).is_none() {
                        let cname = cls.name.clone();
                        self.error("unknown-attribute", span, format!("'{cname}' object has no attribute '{name}'"));
                        return Ty::Never;
                    }
                    // The object may be of any class deriving from the static one: group the
                    // classes by the method they resolve to (one group: a direct call).
                    let groups = method_groups(classes, cid, name);
                    let mut ret = Ty::Never;
                    let mut dispatch = Vec::new();
                    for (m, def, members) in groups {
                        let mut given = vec![Ty::Inst(def)];
                        given.extend(tys.iter().cloned());
                        let mname = format!("{}.{name}", self.prog.classes[def].name);
                        let Some(all) = self.with_defaults(m, given, &mname, span) else { return Ty::Never };
                        let r = self.call_inst(e, m, all, span);
                        let inst = self.instances[self.cur].calls[&e];
                        dispatch.push((members, inst));
                        ret = self.join_or_error(&ret, &r, span, "the results of the overriding methods");
                    }
                    if dispatch.len() > 1 {
                        self.instances[self.cur].calls.remove(&e);
                        self.instances[self.cur].method_dispatch.insert(e, dispatch);
                    }
                    return ret;
                }
                if let Some(t) = self.container_method(e, &rt, name, &tys, span) {
                    return t;
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
                Ty::Range
            }
        }
    }

    /// `recv.name(args)` on a list, dict or set, and the str methods that make or take
    /// lists; `None` for other receivers.
    fn container_method(&mut self, e: ExprId, recv: &Ty, name: &str, tys: &[Ty], span: Span) -> Option<Ty> {
        use Ty::*;
        let n = tys.len();
        let arity = |cx: &mut Self, lo: usize, hi: usize| -> bool {
            if n < lo || n > hi {
                let msg = if lo == hi && lo == 0 {
                    format!("{}.{name}() takes no arguments ({n} given)", recv.py_name())
                } else if lo == hi && lo == 1 {
                    format!("{}.{name}() takes exactly one argument ({n} given)", recv.py_name())
                } else if lo == hi {
                    format!("{name} expected {lo} arguments, got {n}")
                } else if n < lo {
                    format!("{name} expected at least {lo} argument{}, got {n}", if lo == 1 { "" } else { "s" })
                } else {
                    format!("{name} expected at most {hi} argument{}, got {n}", if hi == 1 { "" } else { "s" })
                };
                cx.error("call-error", span, msg);
                return false;
            }
            true
        };
        let int_arg = |cx: &mut Self, t: &Ty| {
            if !(t.is_intlike() || *t == Dyn) {
                cx.error("type-mismatch", span, format!("'{}' object cannot be interpreted as an integer", t.py_name()));
            }
        };
        let t = match (recv, name) {
            (List(el), _) => {
                let el = (**el).clone();
                match name {
                    "append" => {
                        if arity(self, 1, 1) {
                            self.join_elements(&el, &tys[0], span);
                        }
                        None
                    }
                    "extend" => {
                        if arity(self, 1, 1) {
                            match self.iter_item(&tys[0]) {
                                Ok(it) => {
                                    self.join_elements(&el, &it, span);
                                }
                                Err(msg) => self.error("type-mismatch", span, msg),
                            }
                        }
                        None
                    }
                    "insert" => {
                        if arity(self, 2, 2) {
                            int_arg(self, &tys[0]);
                            self.join_elements(&el, &tys[1], span);
                        }
                        None
                    }
                    "pop" => {
                        if arity(self, 0, 1) {
                            if let Some(t) = tys.first() {
                                int_arg(self, t);
                            }
                        }
                        self.bound(&el)
                    }
                    "remove" => {
                        arity(self, 1, 1);
                        None
                    }
                    "index" => {
                        if arity(self, 1, 3) {
                            tys[1..].iter().for_each(|t| int_arg(self, t));
                        }
                        Int
                    }
                    "count" => {
                        arity(self, 1, 1);
                        Int
                    }
                    "reverse" | "clear" => {
                        arity(self, 0, 0);
                        None
                    }
                    "copy" => {
                        arity(self, 0, 0);
                        recv.clone()
                    }
                    _ => {
                        self.error("unknown-attribute", span, format!("'list' object has no attribute '{name}'"));
                        Never
                    }
                }
            }
            (TupleOf(_), "index") => {
                if arity(self, 1, 3) {
                    tys[1..].iter().for_each(|t| int_arg(self, t));
                }
                Int
            }
            (TupleOf(_), "count") => {
                arity(self, 1, 1);
                Int
            }
            (TupleOf(_), _) => {
                self.error("unknown-attribute", span, format!("'tuple' object has no attribute '{name}'"));
                Never
            }
            (Dict(k, v), _) => {
                let (k, v) = ((**k).clone(), (**v).clone());
                let key_arg = |cx: &mut Self, t: &Ty| {
                    cx.check_hashable(t, span);
                    cx.join(&k, t, span);
                };
                match name {
                    "get" | "pop" => {
                        if !arity(self, 1, 2) {
                            return Some(Never);
                        }
                        key_arg(self, &tys[0]);
                        let vb = self.bound(&v);
                        match tys.get(1) {
                            Some(d) => self.join_or_error(&vb, d, span, "the dict's values and the default"),
                            Option::None if name == "pop" => vb,
                            Option::None => match vb.join(&None) {
                                Some(t) => t,
                                Option::None => {
                                    let vr = self.resolve(&vb);
                                    self.error("unsupported-syntax", span, format!("d.get(key) may return None, and values of type {vr} cannot be None yet; give a default: d.get(key, default)"));
                                    Never
                                }
                            },
                        }
                    }
                    "setdefault" => {
                        if !arity(self, 2, 2) {
                            return Some(Never);
                        }
                        key_arg(self, &tys[0]);
                        self.join_elements(&v, &tys[1], span);
                        self.bound(&v)
                    }
                    "popitem" => {
                        arity(self, 0, 0);
                        Tuple(vec![self.bound(&k), self.bound(&v)])
                    }
                    "update" => {
                        if !arity(self, 1, 1) {
                            return Some(Never);
                        }
                        if matches!(tys[0], Dict(..)) {
                            if self.join(recv, &tys[0], span).is_none() {
                                let (a, b) = (self.resolve(recv), self.resolve(&tys[0]));
                                self.error("type-mismatch", span, format!("cannot update {a} with {b}"));
                            }
                        } else {
                            // An iterable of (key, value) pairs.
                            match self.iter_item(&tys[0]).map(|t| self.resolve(&t)) {
                                Ok(Tuple(kv)) if kv.len() == 2 => {
                                    self.check_hashable(&kv[0], span);
                                    self.join_elements(&k, &kv[0], span);
                                    self.join_elements(&v, &kv[1], span);
                                }
                                Ok(Never) => {}
                                Ok(other) => self.error("type-mismatch", span, format!("cannot convert dictionary update sequence element #0 ({}) to a sequence of a key and a value", other.py_name())),
                                Err(msg) => self.error("type-mismatch", span, msg),
                            }
                        }
                        None
                    }
                    "keys" | "values" | "items" => {
                        arity(self, 0, 0);
                        let kind = match name {
                            "keys" => ViewKind::Keys,
                            "values" => ViewKind::Values,
                            _ => ViewKind::Items,
                        };
                        View(kind, Box::new(recv.clone()))
                    }
                    "copy" => {
                        arity(self, 0, 0);
                        recv.clone()
                    }
                    "clear" => {
                        arity(self, 0, 0);
                        None
                    }
                    _ => {
                        self.error("unknown-attribute", span, format!("'dict' object has no attribute '{name}'"));
                        Never
                    }
                }
            }
            (Set(el, frozen), _) => {
                let el = (**el).clone();
                // `$add` / `$update`: how set() and frozenset() fill a new set.
                let internal = name.starts_with('$');
                let name = name.trim_start_matches('$');
                let frozen = &(*frozen && !internal);
                let mutating = ["add", "discard", "remove", "pop", "clear", "update", "intersection_update", "difference_update", "symmetric_difference_update"];
                if *frozen && mutating.contains(&name) {
                    self.error("unknown-attribute", span, format!("'frozenset' object has no attribute '{name}'"));
                    return Some(Never);
                }
                let other_set = |cx: &mut Self, t: &Ty| match t {
                    Set(x, _) => {
                        let x = (**x).clone();
                        cx.join(&el, &x, span);
                    }
                    other => match cx.iter_item(other) {
                        Ok(it) => {
                            cx.join_elements(&el, &it, span);
                        }
                        Err(msg) => cx.error("type-mismatch", span, msg),
                    },
                };
                match name {
                    "add" | "discard" | "remove" => {
                        if arity(self, 1, 1) {
                            self.check_hashable(&tys[0], span);
                            if name == "add" {
                                self.join_elements(&el, &tys[0], span);
                            }
                        }
                        None
                    }
                    "pop" => {
                        arity(self, 0, 0);
                        self.bound(&el)
                    }
                    "clear" => {
                        arity(self, 0, 0);
                        None
                    }
                    "copy" => {
                        arity(self, 0, 0);
                        recv.clone()
                    }
                    "union" | "intersection" | "difference" | "symmetric_difference" => {
                        if arity(self, 1, 1) {
                            other_set(self, &tys[0]);
                        }
                        recv.clone()
                    }
                    "update" | "intersection_update" | "difference_update" | "symmetric_difference_update" => {
                        if arity(self, 1, 1) {
                            if name == "intersection_update" && !matches!(tys[0], Set(..)) {
                                self.error("unsupported-syntax", span, "intersection_update() of something other than a set is not supported yet; use s &= set(...)");
                            }
                            other_set(self, &tys[0]);
                        }
                        None
                    }
                    "issubset" | "issuperset" | "isdisjoint" => {
                        if arity(self, 1, 1) {
                            other_set(self, &tys[0]);
                        }
                        Bool
                    }
                    _ => {
                        self.error("unknown-attribute", span, format!("'{}' object has no attribute '{name}'", recv.py_name()));
                        Never
                    }
                }
            }
            (Str, "split" | "rsplit") => {
                if !arity(self, 0, 2) {
                    return Some(Never);
                }
                if let Some(t) = tys.first() {
                    if !matches!(t, Str | None) {
                        self.error("type-mismatch", span, format!("must be str or None, not {}", t.py_name()));
                    }
                }
                if let Some(t) = tys.get(1) {
                    int_arg(self, t);
                }
                List(Box::new(self.site_of(Site::Expr(e, 0), Str, span)))
            }
            (Str, "splitlines") => {
                if arity(self, 0, 1) {
                    if let Some(t) = tys.first() {
                        int_arg(self, t);
                    }
                }
                List(Box::new(self.site_of(Site::Expr(e, 0), Str, span)))
            }
            (Str, "join") => {
                if arity(self, 1, 1) {
                    match self.iter_item(&tys[0]) {
                        // A str in a dynamic value is fine; another type raises at run time.
                        Ok(Str) | Ok(Never) | Ok(Dyn) => {}
                        Ok(other) => {
                            let name = self.resolve(&other).py_name();
                            self.error("type-mismatch", span, format!("sequence item 0: expected str instance, {name} found"))
                        }
                        Err(msg) => self.error("type-mismatch", span, format!("can only join an iterable ({msg})")),
                    }
                }
                Str
            }
            _ => return Option::None,
        };
        Some(t)
    }

    /// The result of `recv.name(args)`, checking the arguments.
    fn method(&mut self, recv: &Ty, name: &str, tys: &[Ty], span: Span) -> Ty {
        if matches!(recv, Ty::Obj | Ty::Dyn) {
            self.error("unsupported-syntax", span, format!("calling .{name}() on a variable that holds values of several types is not supported yet"));
            return Ty::Never;
        }
        if *recv != Ty::Str {
            // Methods these types really have (CPython 3.11), which pyexe does not support yet.
            if *recv == Ty::None {
                return Ty::Never; // AttributeError when it runs
            }
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

    /// The join of two types, or `object` for values no single type holds but an `Obj`
    /// can (`items or "nothing"`: printable, comparable, hashable).
    fn join_or_object(&mut self, a: &Ty, b: &Ty, span: Span, what: &str) -> Ty {
        let boxable = |t: &Ty| !matches!(t, Ty::Func(_) | Ty::Exc | Ty::OptExc | Ty::Inst(_) | Ty::Opt(_) | Ty::Gen(_) | Ty::Range);
        if self.join(a, b, span).is_none() && boxable(&self.resolve(a)) && boxable(&self.resolve(b)) {
            return Ty::Obj;
        }
        self.join_or_error(a, b, span, what)
    }

    fn join_or_error(&mut self, a: &Ty, b: &Ty, span: Span, what: &str) -> Ty {
        match self.join(a, b, span) {
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
        if *a == Obj || *b == Obj {
            self.error("unsupported-syntax", span, format!("operator {} on a value of a container of mixed types (an `object` here) is not supported yet", op.symbol()));
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
            BinOp::Add if matches!((a, b), (List(_), List(_))) => {
                let j = self.join(a, b, span);
                if j.is_none() {
                    self.error("type-mismatch", span, format!("cannot concatenate {a} and {b}: a list holds one type"));
                    return Never;
                }
                // A new list: its own site, joined with both operands.
                return j.unwrap_or(Never);
            }
            BinOp::Add if matches!(a, List(_)) => {
                self.error("type-mismatch", span, format!("can only concatenate list (not \"{}\") to list", b.py_name()));
                return Never;
            }
            // tuple(xs) + tuple(ys): a new tuple of the joined item type
            BinOp::Add if matches!((a, b), (TupleOf(_), TupleOf(_))) => {
                let j = self.join(a, b, span);
                if j.is_none() {
                    self.error("type-mismatch", span, format!("cannot concatenate {a} and {b}: their items have different types"));
                    return Never;
                }
                return j.unwrap_or(Never);
            }
            BinOp::Add if matches!((a, b), (TupleOf(_), Tuple(_)) | (Tuple(_), TupleOf(_))) => {
                let j = self.join(a, b, span);
                if j.is_none() {
                    self.error("type-mismatch", span, format!("cannot concatenate {a} and {b}: their items have different types"));
                    return Never;
                }
                return j.unwrap_or(Never);
            }
            BinOp::Mul if (matches!(a, TupleOf(_)) && b.is_intlike()) || (a.is_intlike() && matches!(b, TupleOf(_))) => {
                return if matches!(a, TupleOf(_)) { a.clone() } else { b.clone() };
            }
            BinOp::Mul if (matches!(a, List(_)) && b.is_intlike()) || (a.is_intlike() && matches!(b, List(_))) => {
                return if matches!(a, List(_)) { a.clone() } else { b.clone() };
            }
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor if matches!((a, b), (Set(..), Set(..))) => {
                let (Set(x, fa), Set(y, _)) = (a, b) else { return Never };
                let (x, y) = ((**x).clone(), (**y).clone());
                if self.join(&x, &y, span).is_none() {
                    return Never;
                }
                return Set(Box::new(self.norm(&x)), *fa);
            }
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
        let (a, b) = (&self.resolve(a), &self.resolve(b));
        let ok = match op {
            CmpOp::Eq | CmpOp::Ne | CmpOp::Is | CmpOp::IsNot => true,
            CmpOp::In | CmpOp::NotIn => match b {
                Ty::Str => *a == Ty::Str,
                // Items of other types simply compare unequal.
                Ty::Tuple(_) | Ty::TupleOf(_) | Ty::List(_) | Ty::View(ViewKind::Values | ViewKind::Items, _) => true,
                Ty::Range => a.is_intlike() || a.is_numeric(),
                Ty::Set(..) | Ty::Dict(..) | Ty::View(ViewKind::Keys, _) => {
                    self.check_hashable(a, span);
                    true
                }
                _ => false,
            },
            _ => orderable(a, b),
        };
        if !ok && matches!((a, b), (Ty::Tuple(_), Ty::Tuple(_))) {
            self.error("unsupported-syntax", span, format!("comparing tuples with {} is not supported yet", op.symbol()));
            return;
        }
        if !ok && *b == Ty::Obj {
            self.error("unsupported-syntax", span, "'in' on a variable that holds values of several types is not supported yet");
            return;
        }
        if !ok {
            let msg = match op {
                CmpOp::In | CmpOp::NotIn if *b == Ty::Str => format!("'in <string>' requires string as left operand, not {}", a.py_name()),
                CmpOp::In | CmpOp::NotIn => format!("argument of type '{}' is not iterable", b.py_name()),
                _ => format!("'{}' not supported between instances of '{}' and '{}'", op.symbol(), self.type_name(a), self.type_name(b)),
            };
            self.error("type-mismatch", span, msg);
        }
    }

    fn builtin(&mut self, b: Builtin, tys: &[Ty], rhs_const: Option<i64>, span: Span) -> Ty {
        use Ty::*;
        let real = |t: &Ty| t.is_numeric() || *t == Dyn;
        let has_dyn = tys.contains(&Dyn) || tys.contains(&Obj);
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
                Str | List(_) | Tuple(_) | TupleOf(_) | Dyn | Obj | Dict(..) | Set(..) | View(..) | Range => Int,
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
                // round(x, n) of an int or float variable (`total = sum(prices)`): decided at run time
                (Dyn, Some(n)) if n.is_intlike() => Dyn,
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
                if tys.windows(2).any(|w| !self.orderable_in(&w[0], &w[1])) {
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
            Builtin::Hash => {
                self.check_hashable(&tys[0], span);
                Int
            }
            Builtin::Next => match (&tys[0], tys.get(1)) {
                (Gen(t), Option::None) => (**t).clone(),
                (Gen(t), Some(d)) => match self.join(t, d, span) {
                    Some(j) => j,
                    Option::None => bad(self, format!("next() of a generator of {t} with a default of type {d} is not supported")),
                },
                (Inst(c), d) if self.dunders.contains_key(&(*c, "__next__")) => {
                    let n = self.dunders[&(*c, "__next__")];
                    let r = self.instances[n].ret.clone();
                    match d {
                        Option::None => r,
                        Some(d) => match self.join(&r, d, span) {
                            Some(j) => j,
                            Option::None => bad(self, format!("next() of an iterator of {r} with a default of type {d} is not supported")),
                        },
                    }
                }
                (t, _) => bad(self, format!("'{}' object is not an iterator", t.py_name())),
            },
            Builtin::RecursionLimit(false) => Int,
            Builtin::RecursionLimit(true) => {
                if !(tys[0].is_intlike() || tys[0] == Dyn) {
                    return bad(self, format!("'{}' object cannot be interpreted as an integer", tys[0].py_name()));
                }
                None
            }
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

/// The indices `items[start:stop:step]` picks from a tuple of `n` items (None: step 0).
pub fn tuple_slice(n: usize, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Option<Vec<usize>> {
    let n = n as i64;
    let step = step.unwrap_or(1);
    if step == 0 {
        return None;
    }
    let clamp = |v: i64, lo: i64, hi: i64| if v < 0 { (v + n).max(lo) } else { v.min(hi) };
    let (lo, hi) = if step > 0 { (0, n) } else { (-1, n - 1) };
    let start = start.map(|v| clamp(v, lo, hi)).unwrap_or(if step > 0 { 0 } else { n - 1 });
    let stop = stop.map(|v| clamp(v, lo, hi)).unwrap_or(if step > 0 { n } else { -1 });
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Some(out)
}

fn has_range(t: &Ty) -> bool {
    match t {
        Ty::Range => true,
        Ty::Tuple(items) => items.iter().any(has_range),
        _ => false,
    }
}

/// The classes deriving from `cid` (itself included) grouped by the method `name` they
/// resolve to: (method, class defining it, the classes).
fn method_groups(classes: &[crate::hir::Class], cid: ClassId, name: &str) -> Vec<(FuncId, ClassId, Vec<ClassId>)> {
    let mut groups: Vec<(FuncId, ClassId, Vec<ClassId>)> = Vec::new();
    for d in descendants(classes, cid) {
        let Some((m, def)) = find_method(classes, d, name) else { continue };
        match groups.iter_mut().find(|g| g.0 == m) {
            Some(g) => g.2.push(d),
            None => groups.push((m, def, vec![d])),
        }
    }
    groups
}

/// The name of the first unhashable type inside `t` (lists, dicts and sets are not hashable).
fn unhashable(t: &Ty) -> Option<&'static str> {
    match t {
        Ty::List(_) | Ty::Dict(..) | Ty::Set(_, false) | Ty::View(..) => Some(t.py_name()),
        Ty::Tuple(items) => items.iter().find_map(unhashable),
        Ty::TupleOf(el) => unhashable(el),
        _ => None,
    }
}

/// Whether `<` is defined between the two types.
fn orderable(a: &Ty, b: &Ty) -> bool {
    match (a, b) {
        // An `object` may hold anything: CPython decides at run time (so does pyexe).
        (Ty::Obj, _) | (_, Ty::Obj) => true,
        (Ty::Dyn, t) | (t, Ty::Dyn) => t.is_dynable(),
        (a, b) if a.is_numeric() && b.is_numeric() => true,
        (Ty::Str, Ty::Str) => true,
        // Lexicographic: the first unequal pair decides, so every pair of the common prefix
        // must be orderable.
        // (instances inside: by their classes' __lt__..., at run time, as CPython, which
        // compares them only when the members before are equal)
        (Ty::Tuple(x), Ty::Tuple(y)) => x.iter().zip(y).all(|(a, b)| orderable(a, b) || matches!((a, b), (Ty::Inst(_), Ty::Inst(_)))),
        (Ty::List(x), Ty::List(y)) | (Ty::TupleOf(x), Ty::TupleOf(y)) => orderable(x, y) || **x == Ty::Never || **y == Ty::Never,
        (Ty::Tuple(x), Ty::TupleOf(y)) | (Ty::TupleOf(y), Ty::Tuple(x)) => x.iter().all(|a| orderable(a, y)),
        // Subset relations.
        (Ty::Set(..), Ty::Set(..)) => true,
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
