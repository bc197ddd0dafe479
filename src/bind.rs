//! Definite assignment: finds the variable reads that may happen before any assignment,
//! so codegen checks exactly those at run time (UnboundLocalError / NameError, as CPython).
use crate::hir::*;

/// A set of definitely assigned variables; `None` means "unreachable" (the top element).
type State = Option<(Vec<bool>, Vec<bool>)>;

fn meet(a: State, b: State) -> State {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some((la, ga)), Some((lb, gb))) => Some((
            la.iter().zip(&lb).map(|(x, y)| *x && *y).collect(),
            ga.iter().zip(&gb).map(|(x, y)| *x && *y).collect(),
        )),
    }
}

struct Pass<'a> {
    func: &'a Function,
    /// The `def` global of every function (a call reads it).
    defs: &'a [Option<GlobalId>],
    /// Globals definitely assigned before module code first calls a function, per module.
    module_code: bool,
    locals_flag: Vec<bool>,
    globals_flag: Vec<bool>,
    /// Entry states of `break` per enclosing loop.
    breaks: Vec<State>,
    /// The state when module code first ran something that may read globals elsewhere.
    first_call: Option<Vec<bool>>,
    /// Globals of already analysed modules that their top-level code always assigns
    /// (assigned once `import m` has run).
    safe_after_import: Vec<bool>,
}

/// Fills `Function::maybe_unbound` and `Program::global_maybe_unbound`.
pub fn analyze(prog: &mut Program) {
    let nglobals = prog.globals.len();
    let defs: Vec<Option<GlobalId>> = prog.funcs.iter().map(|f| f.def_global).collect();
    let mut global_flags = vec![false; nglobals];
    // Globals safe to read from functions: assigned before the module's first call.
    let mut safe = vec![false; nglobals];
    // Imported modules first (they come after their importers in discovery order), so that
    // `import m` can count m's safe globals as assigned.
    for m in prog.modules.iter().rev() {
        let f = &prog.funcs[m.init];
        let mut p = Pass::new(f, &defs, true, nglobals);
        p.safe_after_import = safe.clone();
        let end = p.block(&f.body, Some((vec![false; f.locals.len()], vec![false; nglobals])));
        let at_call = p.first_call.clone().or(end.map(|s| s.1)).unwrap_or_else(|| vec![true; nglobals]);
        for (g, ok) in at_call.iter().enumerate() {
            if prog.globals[g].module == m_index(prog, m.init) && *ok {
                safe[g] = true;
            }
        }
        global_flags.iter_mut().zip(&p.globals_flag).for_each(|(a, b)| *a |= *b);
        let flags = p.locals_flag;
        prog.funcs[m.init].maybe_unbound = flags;
    }
    for fid in 0..prog.funcs.len() {
        if prog.funcs[fid].is_module_init {
            continue;
        }
        let f = &prog.funcs[fid];
        let mut p = Pass::new(f, &defs, false, nglobals);
        let mut start = vec![false; f.locals.len()];
        for param in &f.params {
            start[param.local] = true;
        }
        p.block(&f.body, Some((start, safe.clone())));
        global_flags.iter_mut().zip(&p.globals_flag).for_each(|(a, b)| *a |= *b);
        let flags = p.locals_flag;
        prog.funcs[fid].maybe_unbound = flags;
    }
    prog.global_maybe_unbound = global_flags;
}

fn m_index(prog: &Program, init: FuncId) -> ModId {
    prog.funcs[init].module
}

impl<'a> Pass<'a> {
    fn new(func: &'a Function, defs: &'a [Option<GlobalId>], module_code: bool, nglobals: usize) -> Self {
        Pass {
            func,
            defs,
            safe_after_import: Vec::new(),
            module_code,
            locals_flag: vec![false; func.locals.len()],
            globals_flag: vec![false; nglobals],
            breaks: Vec::new(),
            first_call: None,
        }
    }

    fn block(&mut self, b: &Block, mut s: State) -> State {
        for stmt in b {
            s = self.stmt(stmt, s);
        }
        s
    }

    fn assign(&mut self, t: &Target, s: &mut State) {
        let Some((l, g)) = s else { return };
        match t {
            Target::Local(x) => l[*x] = true,
            Target::Global(x) => g[*x] = true,
            Target::Tuple(items) => items.iter().for_each(|t| self.assign(t, s)),
            Target::Starred(t) => self.assign(t, s),
            Target::Item(..) | Target::Slice(..) | Target::Attr(..) => {}
        }
    }

    /// The reads a target performs before the store: `obj[index] = v` reads obj and index.
    fn target_reads(&mut self, t: &Target, s: &mut State) {
        match t {
            Target::Item(o, i) => {
                self.expr(*o, s);
                self.expr(*i, s);
            }
            Target::Slice(o, parts) => {
                self.expr(*o, s);
                parts.iter().flatten().for_each(|p| self.expr(*p, s));
            }
            Target::Attr(o, _) => self.expr(*o, s),
            Target::Tuple(items) => items.iter().for_each(|t| self.target_reads(t, s)),
            Target::Starred(t) => self.target_reads(t, s),
            Target::Local(_) | Target::Global(_) => {}
        }
    }

    fn stmt(&mut self, stmt: &Stmt, mut s: State) -> State {
        s.as_ref()?;
        match &stmt.kind {
            StmtKind::Expr(e) | StmtKind::Yield(e) => self.expr(*e, &mut s),
            StmtKind::Assign(t, e) => {
                self.expr(*e, &mut s);
                self.target_reads(t, &mut s);
                self.assign(t, &mut s);
            }
            StmtKind::Del(t) => self.target_reads(t, &mut s),
            StmtKind::If(c, a, b) => {
                self.expr(*c, &mut s);
                let sa = self.block(a, s.clone());
                let sb = self.block(b, s);
                return meet(sa, sb);
            }
            StmtKind::While { cond, body, orelse } => {
                self.expr(*cond, &mut s);
                self.breaks.push(None);
                self.block(body, s.clone());
                let breaks = self.breaks.pop().flatten();
                let forever = matches!(self.func.exprs[*cond].kind, ExprKind::Bool(true));
                let normal = if forever { None } else { self.block(orelse, s) };
                return meet(normal, breaks);
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(*iter, &mut s);
                let mut inner = s.clone();
                self.target_reads(target, &mut inner);
                self.assign(target, &mut inner);
                self.breaks.push(None);
                self.block(body, inner);
                let breaks = self.breaks.pop().flatten();
                return meet(self.block(orelse, s), breaks);
            }
            StmtKind::Break => {
                if let Some(top) = self.breaks.last_mut() {
                    *top = meet(top.take(), s);
                    // meet(None, s) = s: the first break sets the state.
                }
                return None;
            }
            StmtKind::Continue => return None,
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(*e, &mut s);
                }
                return None;
            }
            StmtKind::Raise { msg, cause, obj, .. } => {
                if let Some(e) = obj {
                    self.expr(*e, &mut s);
                }
                if let Some(e) = msg {
                    self.expr(*e, &mut s);
                }
                if let Some(e) = cause {
                    self.expr(*e, &mut s);
                }
                return None;
            }
            StmtKind::Reraise => return None,
            // The body may stop anywhere, so handlers (and an exceptional finally) start from
            // the state before it: a lower bound of every state inside.
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                let after_body = self.block(body, s.clone());
                let mut out = self.block(orelse, after_body);
                for h in handlers {
                    let mut hs = s.clone();
                    if let Some(t) = &h.name {
                        self.assign(t, &mut hs);
                    }
                    out = meet(out, self.block(&h.body, hs));
                }
                if finalbody.is_empty() {
                    return out;
                }
                // Exceptional path: checked from the entry state; its result never continues.
                self.block(finalbody, s.clone());
                return match out {
                    Some(_) => self.block(finalbody, out),
                    None => None,
                };
            }
            StmtKind::Assert { test, msg } => {
                self.expr(*test, &mut s);
                if let Some(m) = msg {
                    let mut tmp = s.clone();
                    self.expr(*m, &mut tmp);
                }
            }
            StmtKind::Import(_) => {
                self.note_call(&s);
                if let Some((_, g)) = &mut s {
                    for (slot, safe) in g.iter_mut().zip(&self.safe_after_import) {
                        *slot |= *safe;
                    }
                }
            }
            StmtKind::Annotated { .. } => {}
        }
        s
    }

    fn note_call(&mut self, s: &State) {
        if self.module_code && self.first_call.is_none() {
            if let Some((_, g)) = s {
                self.first_call = Some(g.clone());
            }
        }
    }

    /// Walks an expression in evaluation order, flagging unsafe reads and adding assignments.
    fn expr(&mut self, e: ExprId, s: &mut State) {
        let f = self.func;
        match &f.exprs[e].kind {
            ExprKind::Local(l) => {
                if let Some((ls, _)) = s {
                    if !ls[*l] {
                        self.locals_flag[*l] = true;
                    }
                }
            }
            ExprKind::Global(g) => {
                if let Some((_, gs)) = s {
                    if !gs[*g] {
                        self.globals_flag[*g] = true;
                    }
                }
            }
            ExprKind::Binary(_, a, b) | ExprKind::Compare(_, a, b) => {
                self.expr(*a, s);
                self.expr(*b, s);
            }
            ExprKind::Unary(_, a) => self.expr(*a, s),
            // The right operand may not run: its assignments don't count afterwards.
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                self.expr(*a, s);
                let mut tmp = s.clone();
                self.expr(*b, &mut tmp);
            }
            ExprKind::IfExp(c, a, b) => {
                self.expr(*c, s);
                let mut sa = s.clone();
                self.expr(*a, &mut sa);
                let mut sb = s.clone();
                self.expr(*b, &mut sb);
                *s = meet(sa, sb);
            }
            ExprKind::NamedExpr(t, v) => {
                self.expr(*v, s);
                self.assign(t, s);
            }
            // A function used as a value: a read of its `def` global.
            ExprKind::FuncRef(fid) => {
                if let (Some(Some(g)), Some((_, gs))) = (self.defs.get(*fid), s.as_ref()) {
                    if !gs[*g] {
                        self.globals_flag[*g] = true;
                    }
                }
            }
            ExprKind::ExcNew(_, arg) => arg.iter().for_each(|a| self.expr(*a, s)),
            ExprKind::ObjTuple(items) => items.iter().for_each(|a| self.expr(*a, s)),
            ExprKind::ByReceiver(r, a, b) => [*r, *a, *b].iter().for_each(|x| self.expr(*x, s)),
            k @ ExprKind::CallValue(..) => {
                k.children().into_iter().for_each(|a| self.expr(a, s));
                self.note_call(s);
            }
            ExprKind::New(_, args) => {
                args.iter().for_each(|a| self.expr(*a, s));
                self.note_call(s);
            }
            ExprKind::Attr(o, _) | ExprKind::IsInstance(o, ..) | ExprKind::ExcIsInstance(o, _) | ExprKind::TypeName(o) | ExprKind::Narrow(o, _) | ExprKind::NarrowDyn(o, _) | ExprKind::StrRecv(o, _) => self.expr(*o, s),
            // f(args) looks f up first: a read of its `def` global.
            ExprKind::Call(fid, args) => {
                if let (Some(Some(g)), Some((_, gs))) = (self.defs.get(*fid), s.as_ref()) {
                    if !gs[*g] {
                        self.globals_flag[*g] = true;
                    }
                }
                args.iter().for_each(|a| self.expr(*a, s));
                self.note_call(s);
            }
            ExprKind::Builtin(_, args) | ExprKind::Tuple(args) => args.iter().for_each(|a| self.expr(*a, s)),
            ExprKind::Print { args, sep, end, .. } => {
                args.iter().chain(sep).chain(end).for_each(|a| self.expr(*a, s));
            }
            ExprKind::FString(parts) => {
                for p in parts {
                    if let FPart::Field { value, spec, .. } = p {
                        self.expr(*value, s);
                        if let Some(sp) = spec {
                            self.expr(*sp, s);
                        }
                    }
                }
            }
            ExprKind::Subscript(a, b) => {
                self.expr(*a, s);
                self.expr(*b, s);
            }
            ExprKind::Slice(a, parts) => {
                self.expr(*a, s);
                parts.iter().flatten().for_each(|p| self.expr(*p, s));
            }
            ExprKind::Block(stmts, v) => {
                *s = self.block(stmts, s.take());
                self.expr(*v, s);
            }
            ExprKind::Sort { list, key, reverse } => {
                self.expr(*list, s);
                if let Some(r) = reverse {
                    self.expr(*r, s);
                }
                // The key function runs with its parameter assigned.
                if let Some(k) = key {
                    let mut inner = s.clone();
                    if let Some((l, _)) = &mut inner {
                        l[k.param] = true;
                    }
                    self.expr(k.body, &mut inner);
                }
            }
            ExprKind::Method(..) | ExprKind::Seq(..) | ExprKind::List(_) | ExprKind::Set(..) | ExprKind::Dict(_) | ExprKind::Zip(_) | ExprKind::Reversed(_) | ExprKind::Freeze(_) => {
                for c in f.exprs[e].kind.children() {
                    self.expr(c, s);
                }
            }
            ExprKind::Range(a, b, c) => {
                self.expr(*a, s);
                self.expr(*b, s);
                self.expr(*c, s);
            }
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) | ExprKind::Argv => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::front_end_for_test;

    fn flagged(src: &str, func: &str) -> Vec<String> {
        let (prog, _, _) = front_end_for_test(&[("m.py", src)]);
        let f = prog.funcs.iter().find(|f| f.name == func).expect("function");
        f.locals.iter().zip(&f.maybe_unbound).filter(|(_, m)| **m).map(|(n, _)| n.clone()).collect()
    }

    #[test]
    fn reads_after_assignment_on_every_path_need_no_check() {
        let src = "def f(c):\n    if c:\n        x = 1\n    else:\n        x = 2\n    return x\nprint(f(1))\n";
        assert!(flagged(src, "f").is_empty());
    }

    #[test]
    fn reads_after_a_conditional_assignment_are_checked() {
        let src = "def f(c):\n    if c:\n        x = 1\n    return x\nprint(f(1))\n";
        assert_eq!(flagged(src, "f"), vec!["x".to_string()]);
    }

    #[test]
    fn loop_bodies_may_not_run() {
        let src = "def f(n):\n    for i in range(n):\n        y = i\n    return y\nprint(f(3))\n";
        assert_eq!(flagged(src, "f"), vec!["y".to_string()]);
    }
}
