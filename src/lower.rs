//! Lowering: resolves names and turns the parsed modules into the typed IR (`hir`),
//! removing sugar (augmented assignment, chained comparisons, f-strings, defaults) and
//! refusing, with a diagnostic, everything outside the supported subset.
use crate::diag::{Diagnostic, Diagnostics, FileId, Span};
use crate::hir::*;
use crate::load::Loaded;
use crate::types::Ty;
use rustpython_parser::ast::{self, Ranged};
use std::collections::{HashMap, HashSet};

use crate::codegen::abi;

/// What a comprehension builds.
#[derive(Clone, Copy, PartialEq)]
enum Comp {
    List,
    Set,
    Dict,
}

/// A body built around the element expression of a loop.
type Body<'a> = &'a mut dyn FnMut(&mut Lowerer, &mut FnCx, ExprId) -> Block;

/// What a module-level name refers to.
#[derive(Clone, Debug)]
enum Binding {
    Global(GlobalId),
    /// An exception class of the program: its kind.
    Exc(i64),
    /// A class of the program.
    Class(ClassId),
    Func(FuncId),
    Module(ModRef),
    Builtin(Builtin),
    Const(f64),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum ModRef {
    Sys,
    Math,
    Local(ModId),
}

fn st(kind: StmtKind, span: Span) -> Stmt {
    Stmt { kind, span }
}

/// Binds every name a comprehension target assigns to a fresh hidden local of the innermost scope.
fn bind_names(f: &mut FnCx, target: &ast::Expr) {
    match target {
        ast::Expr::Name(n) => {
            let l = f.temp();
            if let Some(s) = f.scopes.last_mut() {
                s.insert(n.id.to_string(), l);
            }
        }
        ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| bind_names(f, e)),
        ast::Expr::List(t) => t.elts.iter().for_each(|e| bind_names(f, e)),
        ast::Expr::Starred(s) => bind_names(f, &s.value),
        _ => {}
    }
}

/// Lowers all loaded modules into one program.
/// `NAME: T = value` in the body of an undecorated class is `NAME = value` (a class
/// attribute; CPython does not check annotations); a bare `NAME: T` declares nothing.
/// (A `@dataclass` keeps its annotated fields.)
fn plain_class_bodies(body: &mut [ast::Stmt]) {
    for s in body.iter_mut() {
        let ast::Stmt::ClassDef(c) = s else { continue };
        if !c.decorator_list.is_empty() {
            continue;
        }
        c.body.retain(|x| !matches!(x, ast::Stmt::AnnAssign(a) if a.value.is_none() && matches!(&*a.target, ast::Expr::Name(_))));
        for x in c.body.iter_mut() {
            if let ast::Stmt::AnnAssign(a) = x {
                if let (ast::Expr::Name(_), Some(v)) = (&*a.target, &a.value) {
                    *x = ast::Stmt::Assign(ast::StmtAssign { range: a.range, targets: vec![(*a.target).clone()], value: v.clone(), type_comment: None });
                }
            }
        }
    }
}

/// Calls `name(word, after_dot)` for each identifier in source `text` outside comments and
/// string literals (the fields of f-strings included).
fn scan_names(text: &str, name: &mut dyn FnMut(&str, bool)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'#' {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c == b'\'' || c == b'"' {
            i = skip_string(bytes, i);
            continue;
        }
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] >= 0x80) {
                i += 1;
            }
            let word = &text[start..i];
            // a string prefix: an f-string's fields are code, with the rest blanked out
            if i < bytes.len() && matches!(bytes[i], b'\'' | b'"') && word.len() <= 2 && word.chars().all(|c| "rRbBuUfF".contains(c)) {
                let end = skip_string(bytes, i);
                if word.contains(['f', 'F']) {
                    let mut depth = 0;
                    let fields: String = text[i..end]
                        .chars()
                        .map(|ch| {
                            match ch {
                                '{' => depth += 1,
                                '}' => depth = (depth - 1).max(0),
                                _ => {}
                            }
                            if depth > 0 && ch != '{' { ch } else { ' ' }
                        })
                        .collect();
                    scan_names(&fields, name);
                }
                i = end;
                continue;
            }
            name(word, start > 0 && bytes[start - 1] == b'.');
        } else {
            i += 1;
        }
    }
}

/// The index just past the string literal whose opening quote is at `i` (triple-quoted or
/// not; a backslash keeps the next character in, raw strings too).
fn skip_string(b: &[u8], mut i: usize) -> usize {
    let q = b[i];
    let triple = b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q;
    i += if triple { 3 } else { 1 };
    while i < b.len() {
        if b[i] == b'\\' {
            i += 2;
            continue;
        }
        if b[i] == q && (!triple || (b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q)) {
            return i + if triple { 3 } else { 1 };
        }
        if b[i] == b'\n' && !triple {
            return i;
        }
        i += 1;
    }
    i
}

// with m as v: body
//   ==>  $m = m; v = $m.__enter__(); $ok = True
//        try: body
//        except BaseException as $e:
//            $ok = False
//            if not $m.__exit__($e, $e, None): raise
//        finally:
//            if $ok: $m.__exit__(None, None, None)
// (the exception stands for its type too: `exc_type is None` / `if exc_type:` hold as in
// CPython; several items nest). `with open(...)` is left, to be reported.
fn desugar_with(body: &mut Vec<ast::Stmt>, counter: &mut usize) {
    let old = std::mem::take(body);
    for mut s in old {
        match &mut s {
            ast::Stmt::FunctionDef(d) => desugar_with(&mut d.body, counter),
            ast::Stmt::ClassDef(c) => desugar_with(&mut c.body, counter),
            ast::Stmt::If(x) => {
                desugar_with(&mut x.body, counter);
                desugar_with(&mut x.orelse, counter);
            }
            ast::Stmt::While(x) => {
                desugar_with(&mut x.body, counter);
                desugar_with(&mut x.orelse, counter);
            }
            ast::Stmt::For(x) => {
                desugar_with(&mut x.body, counter);
                desugar_with(&mut x.orelse, counter);
            }
            ast::Stmt::Try(t) => {
                desugar_with(&mut t.body, counter);
                for h in t.handlers.iter_mut() {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    desugar_with(&mut h.body, counter);
                }
                desugar_with(&mut t.orelse, counter);
                desugar_with(&mut t.finalbody, counter);
            }
            _ => {}
        }
        let ast::Stmt::With(w) = &mut s else {
            body.push(s);
            continue;
        };
        let opens = w.items.iter().any(|i| matches!(&i.context_expr, ast::Expr::Call(c) if matches!(&*c.func, ast::Expr::Name(n) if n.id.as_str() == "open")));
        if opens || w.items.is_empty() {
            body.push(s);
            continue;
        }
        let mut inner = std::mem::take(&mut w.body);
        if w.items.len() > 1 {
            let rest = ast::StmtWith { range: w.range, items: w.items.split_off(1), body: inner, type_comment: None };
            inner = vec![ast::Stmt::With(rest)];
        }
        desugar_with(&mut inner, counter);
        *counter += 1;
        let n = *counter;
        let src = format!(
            "__pyexe_mgr{n} = None\n__pyexe_mgr{n}.__enter__()\n__pyexe_ok{n} = True\ntry:\n    pass\nexcept BaseException as __pyexe_exc{n}:\n    __pyexe_ok{n} = False\n    if not __pyexe_mgr{n}.__exit__(__pyexe_exc{n}, __pyexe_exc{n}, None):\n        raise\nfinally:\n    if __pyexe_ok{n}:\n        __pyexe_mgr{n}.__exit__(None, None, None)\n"
        );
        let Some(mut stmts) = crate::load::parse_generated(&src, w.range) else {
            body.push(s);
            continue;
        };
        let item = w.items.remove(0);
        if let ast::Stmt::Assign(a) = &mut stmts[0] {
            *a.value = item.context_expr;
        }
        if let (Some(v), ast::Stmt::Expr(e)) = (item.optional_vars, &stmts[1]) {
            stmts[1] = ast::Stmt::Assign(ast::StmtAssign { range: w.range, targets: vec![*v], value: e.value.clone(), type_comment: None });
        }
        if let ast::Stmt::Try(t) = &mut stmts[3] {
            t.body = inner;
        }
        body.extend(stmts);
    }
}

pub fn lower(loaded: Loaded, diags: &mut Diagnostics) -> Program {
    lower_with(loaded, diags, false)
}

/// `lower`; with `split`, variables reused for unrelated values are first split into one
/// per region (`regions`): the driver's second try for a program refused without it.
pub fn lower_with(mut loaded: Loaded, diags: &mut Diagnostics, split: bool) -> Program {
    let mut withs = 0;
    let mut typing = Vec::new();
    for (mid, m) in loaded.modules.iter_mut().enumerate() {
        plain_class_bodies(&mut m.body);
        typing.push(crate::annotations::erase(&mut m.body));
        desugar_with(&mut m.body, &mut withs);
        if split {
            crate::regions::split_module(&mut m.body, mid == 0);
        }
    }
    let mut cx = Lowerer { prog: Program::default(), from_copies: HashMap::new(), scopes: Vec::new(), diags, pending: Vec::new(), method_class: HashMap::new(), class_aliases: HashMap::new(), dc_imports: HashMap::new(), dataclasses: HashMap::new(), factories: HashMap::new(), classmethod_defs: HashMap::new(), free_names: HashMap::new(), decorated: HashMap::new(), rebindable: HashSet::new(), narrow: Vec::new(), typing };
    for m in &loaded.modules {
        declared_names(&m.body, &mut cx.rebindable);
    }
    cx.prog.files = loaded.files;
    // Pass 1: create modules and their module-level bindings, so modules can refer to each other.
    for (mid, m) in loaded.modules.iter().enumerate() {
        let init = cx.new_function("<module>".into(), mid, Span { file: m.file, start: 0, end: 0 }, true);
        cx.prog.modules.push(Module { name: m.name.clone(), file: m.file, init });
        cx.scopes.push(HashMap::new());
    }
    for (mid, m) in loaded.modules.iter().enumerate() {
        cx.collect_module_bindings(mid, m.file, &m.body);
    }
    for (mid, m) in loaded.modules.iter().enumerate() {
        cx.resolve_from_imports(mid, m.file, &m.body);
    }
    // Pass 2: lower module bodies; function bodies are lowered as their defs are met.
    for (mid, m) in loaded.modules.iter().enumerate() {
        // Module-level `global` statements are allowed, but not after an assignment.
        let top: Vec<ast::Stmt> = m.body.iter().filter(|s| !matches!(s, ast::Stmt::FunctionDef(_))).cloned().collect();
        cx.check_global_decls(m.file, &top, &[]);
        let init = cx.prog.modules[mid].init;
        let mut f = FnCx::new(init, mid, m.file, true);
        let body = cx.lower_block(&mut f, &m.body);
        cx.finish_function(f, body);
    }
    while let Some((fid, mid, file, def)) = cx.pending.pop() {
        cx.lower_def(fid, mid, file, &def);
    }
    cx.prog.entry = 0;
    crate::bind::analyze(&mut cx.prog);
    cx.prog
}

struct Lowerer<'d> {
    prog: Program,
    /// `from m import x` of a variable: (importing module, bound name) -> (own global, m's global),
    /// copied when the import statement runs.
    from_copies: HashMap<(ModId, String), (GlobalId, GlobalId)>,
    /// Module-level names of each module.
    scopes: Vec<HashMap<String, Binding>>,
    diags: &'d mut Diagnostics,
    /// Function definitions waiting to be lowered.
    pending: Vec<(FuncId, ModId, FileId, ast::StmtFunctionDef)>,
    /// The class of each method (for `super()`).
    method_class: HashMap<FuncId, ClassId>,
    /// Classmethods: the name of their `cls` parameter and the class it stands for.
    class_aliases: HashMap<FuncId, (String, ClassId)>,
    /// Names a module imported from `dataclasses` (`dataclass`, `field`), by bound name.
    dc_imports: HashMap<(ModId, String), String>,
    /// `@dataclass` classes: their fields and the class as it was rewritten.
    dataclasses: HashMap<(ModId, String), (Vec<crate::dataclass::Field>, ast::StmtClassDef, crate::dataclass::Options)>,
    /// `field(default_factory=f)` of a dataclass: by its `__init__` and parameter, `f`,
    /// called where a construction leaves the parameter out.
    factories: HashMap<(FuncId, String), ast::Expr>,
    /// The `def` of each classmethod (subclasses get copies with their own `cls`).
    classmethod_defs: HashMap<FuncId, (ModId, FileId, ast::StmtFunctionDef)>,
    /// Nested functions waiting to be lowered: their free variables (name, the enclosing
    /// function's local).
    free_names: HashMap<FuncId, Vec<(String, LocalId)>>,
    /// Module-level functions with decorators: the variable their name binds.
    decorated: HashMap<FuncId, GlobalId>,
    /// Names in a `global` or `nonlocal` statement anywhere: a function may rebind them,
    /// so `isinstance` never narrows them.
    rebindable: HashSet<String>,
    /// The variables narrowed to a subclass where they are read (`if isinstance(x, C):`),
    /// innermost last.
    /// (name, class, the function it is read in, its comprehension local if scoped)
    narrow: Vec<(String, Narrowing, FuncId, Option<LocalId>)>,
    /// What each module imported from `typing` (erased before lowering; see `annotations`).
    typing: Vec<crate::annotations::Typing>,
}

/// Per-function lowering state.
struct FnCx {
    func: FuncId,
    module: ModId,
    file: FileId,
    is_module: bool,
    locals: HashMap<String, LocalId>,
    local_names: Vec<String>,
    exprs: Vec<Expr>,
    inplace: Vec<ExprId>,
    loop_depth: usize,
    /// How many `except` blocks enclose the statement being lowered (a bare `raise` needs one).
    except_depth: usize,
    /// The loop depth at each enclosing `finally` block (no `return` leaves one, nor a
    /// `break`/`continue` of a loop outside it, yet).
    finally_loops: Vec<usize>,
    /// Names bound by comprehensions and inline functions (`lambda`), innermost last.
    scopes: Vec<HashMap<String, LocalId>>,
    /// Locals that nested functions capture (they live in cells).
    cells: Vec<LocalId>,
    /// A generator function (its body has a `yield`).
    is_gen: bool,
}

impl FnCx {
    fn new(func: FuncId, module: ModId, file: FileId, is_module: bool) -> Self {
        FnCx { func, module, file, is_module, locals: HashMap::new(), local_names: Vec::new(), exprs: Vec::new(), inplace: Vec::new(), loop_depth: 0, except_depth: 0, finally_loops: Vec::new(), scopes: Vec::new(), cells: Vec::new(), is_gen: false }
    }
    fn span<T: Ranged + ?Sized>(&self, r: &T) -> Span {
        let r = r.range();
        Span { file: self.file, start: u32::from(r.start()), end: u32::from(r.end()) }
    }
    fn add(&mut self, kind: ExprKind, span: Span) -> ExprId {
        self.exprs.push(Expr { kind, span });
        self.exprs.len() - 1
    }
    fn local(&mut self, name: &str) -> LocalId {
        if let Some(&l) = self.locals.get(name) {
            return l;
        }
        self.local_names.push(name.to_string());
        self.locals.insert(name.to_string(), self.local_names.len() - 1);
        self.local_names.len() - 1
    }
    /// The hidden local a comprehension or lambda binds `name` to, if any.
    fn scoped(&self, name: &str) -> Option<LocalId> {
        self.scopes.iter().rev().find_map(|s| s.get(name).copied())
    }
    /// A fresh hidden local for desugaring.
    fn temp(&mut self) -> LocalId {
        let name = format!("$t{}", self.local_names.len());
        self.local(&name)
    }
}

fn stmt_kind_name(s: &ast::Stmt) -> &'static str {
    match s {
        ast::Stmt::ClassDef(_) => "class definitions",
        ast::Stmt::Try(_) | ast::Stmt::TryStar(_) => "try statements",
        ast::Stmt::With(_) => "with statements over files (open)",
        ast::Stmt::AsyncWith(_) => "async with statements",
        ast::Stmt::AsyncFunctionDef(_) | ast::Stmt::AsyncFor(_) => "async functions and loops",
        ast::Stmt::Delete(_) => "del statements",
        ast::Stmt::Match(_) => "match statements",
        ast::Stmt::Nonlocal(_) => "nonlocal declarations",
        ast::Stmt::TypeAlias(_) => "type aliases",
        _ => "this statement",
    }
}

fn expr_kind_name(e: &ast::Expr) -> &'static str {
    match e {
        ast::Expr::Lambda(_) => "lambda expressions",
        ast::Expr::List(_) => "list literals",
        ast::Expr::Dict(_) => "dict literals",
        ast::Expr::Set(_) => "set literals",
        ast::Expr::ListComp(_) => "list comprehensions",
        ast::Expr::SetComp(_) => "set comprehensions",
        ast::Expr::DictComp(_) => "dict comprehensions",
        ast::Expr::GeneratorExp(_) => "generator expressions",
        ast::Expr::Await(_) => "await",
        ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => "generators (yield)",
        ast::Expr::Starred(_) => "star expressions",
        _ => "this expression",
    }
}

fn builtin_by_name(name: &str) -> Option<Builtin> {
    Some(match name {
        "len" => Builtin::Len,
        "abs" => Builtin::Abs,
        "round" => Builtin::Round,
        "min" => Builtin::Min,
        "max" => Builtin::Max,
        "divmod" => Builtin::Divmod,
        "pow" => Builtin::Pow,
        "hex" => Builtin::Hex,
        "oct" => Builtin::Oct,
        "bin" => Builtin::Bin,
        "int" => Builtin::Int,
        "float" => Builtin::Float,
        "str" => Builtin::Str,
        "bool" => Builtin::Bool,
        "repr" => Builtin::Repr,
        "ord" => Builtin::Ord,
        "chr" => Builtin::Chr,
        "input" => Builtin::Input,
        "format" => Builtin::Format,
        "next" => Builtin::Next,
        "hash" => Builtin::Hash,
        _ => return None,
    })
}

fn math_member(name: &str) -> Option<Binding> {
    use MathFn::*;
    let f = match name {
        "pi" => return Some(Binding::Const(std::f64::consts::PI)),
        "e" => return Some(Binding::Const(std::f64::consts::E)),
        "tau" => return Some(Binding::Const(std::f64::consts::TAU)),
        "inf" => return Some(Binding::Const(f64::INFINITY)),
        "nan" => return Some(Binding::Const(f64::NAN)),
        "sqrt" => Sqrt,
        "floor" => Floor,
        "ceil" => Ceil,
        "trunc" => Trunc,
        "sin" => Sin,
        "cos" => Cos,
        "tan" => Tan,
        "asin" => Asin,
        "acos" => Acos,
        "atan" => Atan,
        "atan2" => Atan2,
        "exp" => Exp,
        "log" => Log,
        "log10" => Log10,
        "log2" => Log2,
        "pow" => Pow,
        "fabs" => Fabs,
        "hypot" => Hypot,
        "isqrt" => Isqrt,
        "gcd" => Gcd,
        "isclose" => Isclose,
        "isinf" => Isinf,
        "isnan" => Isnan,
        "isfinite" => Isfinite,
        "degrees" => Degrees,
        "radians" => Radians,
        _ => return None,
    };
    Some(Binding::Builtin(Builtin::Math(f)))
}

/// Built-in exception classes that `raise` accepts, by name.
fn exception_kind(name: &str) -> Option<i64> {
    abi::EXC_KINDS.iter().find(|(_, n, _)| *n == name).map(|(k, _, _)| *k)
}

/// Names assigned anywhere in a body (not inside nested defs), in first-seen order.
fn assigned_names(body: &[ast::Stmt]) -> Vec<(String, ast::Stmt)> {
    fn named_exprs(e: &ast::Expr, out: &mut Vec<String>) {
        if let ast::Expr::NamedExpr(n) = e {
            target_names(&n.target, out);
        }
    }
    let mut out: Vec<(String, ast::Stmt)> = Vec::new();
    fn walk(body: &[ast::Stmt], out: &mut Vec<(String, ast::Stmt)>) {
        for s in body {
            let mut names = Vec::new();
            match s {
                ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| target_names(t, &mut names)),
                ast::Stmt::AugAssign(a) => target_names(&a.target, &mut names),
                ast::Stmt::AnnAssign(a) => target_names(&a.target, &mut names),
                ast::Stmt::For(f) => {
                    target_names(&f.target, &mut names);
                    walk(&f.body, out);
                    walk(&f.orelse, out);
                }
                ast::Stmt::While(w) => {
                    walk(&w.body, out);
                    walk(&w.orelse, out);
                }
                ast::Stmt::If(i) => {
                    walk(&i.body, out);
                    walk(&i.orelse, out);
                }
                ast::Stmt::Try(t) => {
                    walk(&t.body, out);
                    for h in &t.handlers {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        if let Some(n) = &h.name {
                            names.push(n.to_string());
                        }
                        walk(&h.body, out);
                    }
                    walk(&t.orelse, out);
                    walk(&t.finalbody, out);
                }
                ast::Stmt::With(w) => walk(&w.body, out),
                _ => {}
            }
            // Walrus targets anywhere in the statement's expressions.
            visit_exprs(s, &mut |e| named_exprs(e, &mut names));
            for n in names {
                out.push((n, s.clone()));
            }
        }
    }
    walk(body, &mut out);
    out
}

/// Calls `f` on every statement of a function body, nested blocks included but not the
/// bodies of functions and classes defined in it.
/// Whether a function body (not the functions nested in it) has a `yield` statement, or a
/// `yield` as the value of an assignment (reported as unsupported when lowered).
fn has_yield(body: &[ast::Stmt]) -> bool {
    let mut found = false;
    own_stmts(body, &mut |s| {
        let value = match s {
            ast::Stmt::Expr(e) => Some(&*e.value),
            ast::Stmt::Assign(a) => Some(&*a.value),
            ast::Stmt::AugAssign(a) => Some(&*a.value),
            ast::Stmt::AnnAssign(a) => a.value.as_deref(),
            _ => None,
        };
        found |= matches!(value, Some(ast::Expr::Yield(_) | ast::Expr::YieldFrom(_)));
    });
    found
}

/// The names an assignment target binds (`x`, `(k, v)`, `[a, *rest]`).
fn target_names(t: &ast::Expr, out: &mut Vec<String>) {
    match t {
        ast::Expr::Name(n) => out.push(n.id.to_string()),
        ast::Expr::Tuple(x) => x.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::List(x) => x.elts.iter().for_each(|e| target_names(e, out)),
        ast::Expr::Starred(x) => target_names(&x.value, out),
        _ => {}
    }
}

/// `if p is None: p = E` (no else, E not naming p): `p`.
fn none_replacement(s: &ast::Stmt) -> Option<String> {
    let ast::Stmt::If(i) = s else { return None };
    let ast::Expr::Compare(c) = &*i.test else { return None };
    let (ast::Expr::Name(n), [ast::CmpOp::Is], [ast::Expr::Constant(k)]) = (&*c.left, &c.ops[..], &c.comparators[..]) else { return None };
    if !matches!(k.value, ast::Constant::None) || !i.orelse.is_empty() {
        return None;
    }
    let [ast::Stmt::Assign(a)] = &i.body[..] else { return None };
    let [ast::Expr::Name(t)] = &a.targets[..] else { return None };
    let mut uses = false;
    visit_exprs(&i.body[0], &mut |e| uses |= matches!(e, ast::Expr::Name(x) if x.id == n.id));
    (t.id == n.id && !uses).then(|| n.id.to_string())
}

/// Adds the names of every `global` and `nonlocal` statement in `body`, however deeply
/// nested (functions and classes included).
fn declared_names(body: &[ast::Stmt], out: &mut HashSet<String>) {
    own_stmts(body, &mut |s| match s {
        ast::Stmt::Global(g) => out.extend(g.names.iter().map(|n| n.to_string())),
        ast::Stmt::Nonlocal(g) => out.extend(g.names.iter().map(|n| n.to_string())),
        ast::Stmt::FunctionDef(d) => declared_names(&d.body, out),
        ast::Stmt::ClassDef(c) => declared_names(&c.body, out),
        _ => {}
    });
}

fn own_stmts<'a>(body: &'a [ast::Stmt], f: &mut dyn FnMut(&'a ast::Stmt)) {
    for s in body {
        f(s);
        match s {
            ast::Stmt::If(x) => {
                own_stmts(&x.body, f);
                own_stmts(&x.orelse, f);
            }
            ast::Stmt::While(x) => {
                own_stmts(&x.body, f);
                own_stmts(&x.orelse, f);
            }
            ast::Stmt::For(x) => {
                own_stmts(&x.body, f);
                own_stmts(&x.orelse, f);
            }
            ast::Stmt::Try(t) => {
                own_stmts(&t.body, f);
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    own_stmts(&h.body, f);
                }
                own_stmts(&t.orelse, f);
                own_stmts(&t.finalbody, f);
            }
            ast::Stmt::With(w) => own_stmts(&w.body, f),
            _ => {}
        }
    }
}

/// Calls `f` on every expression directly inside statement `s` (not nested blocks).
fn visit_exprs(s: &ast::Stmt, f: &mut dyn FnMut(&ast::Expr)) {
    fn go(e: &ast::Expr, f: &mut dyn FnMut(&ast::Expr)) {
        f(e);
        match e {
            ast::Expr::BoolOp(x) => x.values.iter().for_each(|v| go(v, f)),
            ast::Expr::NamedExpr(x) => go(&x.value, f),
            ast::Expr::BinOp(x) => {
                go(&x.left, f);
                go(&x.right, f)
            }
            ast::Expr::UnaryOp(x) => go(&x.operand, f),
            ast::Expr::IfExp(x) => {
                go(&x.test, f);
                go(&x.body, f);
                go(&x.orelse, f)
            }
            ast::Expr::Compare(x) => {
                go(&x.left, f);
                x.comparators.iter().for_each(|v| go(v, f))
            }
            ast::Expr::Call(x) => {
                go(&x.func, f);
                x.args.iter().for_each(|v| go(v, f));
                x.keywords.iter().for_each(|k| go(&k.value, f))
            }
            ast::Expr::JoinedStr(x) => x.values.iter().for_each(|v| go(v, f)),
            ast::Expr::FormattedValue(x) => go(&x.value, f),
            ast::Expr::Subscript(x) => {
                go(&x.value, f);
                go(&x.slice, f)
            }
            ast::Expr::Tuple(x) => x.elts.iter().for_each(|v| go(v, f)),
            _ => {}
        }
    }
    match s {
        ast::Stmt::Expr(x) => go(&x.value, f),
        ast::Stmt::Assign(x) => go(&x.value, f),
        ast::Stmt::AugAssign(x) => go(&x.value, f),
        ast::Stmt::AnnAssign(x) => x.value.iter().for_each(|v| go(v, f)),
        ast::Stmt::Return(x) => x.value.iter().for_each(|v| go(v, f)),
        ast::Stmt::If(x) => go(&x.test, f),
        ast::Stmt::While(x) => go(&x.test, f),
        ast::Stmt::For(x) => go(&x.iter, f),
        ast::Stmt::Assert(x) => go(&x.test, f),
        _ => {}
    }
}

fn annotation_ty(e: &ast::Expr) -> Option<Ty> {
    match e {
        ast::Expr::Name(n) => match n.id.as_str() {
            "int" => Some(Ty::Int),
            "float" => Some(Ty::Float),
            "str" => Some(Ty::Str),
            "bool" => Some(Ty::Bool),
            "None" => Some(Ty::None),
            _ => None,
        },
        ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None) => Some(Ty::None),
        _ => None,
    }
}

impl<'d> Lowerer<'d> {
    fn new_function(&mut self, name: String, module: ModId, span: Span, is_module_init: bool) -> FuncId {
        self.prog.funcs.push(Function {
            name: name.clone(),
            module,
            params: Vec::new(),
            def_global: None,
            posonly: 0,
            kwonly_start: 0,
            vararg: None,
            kwarg: None,
            none_defaults: Vec::new(),
            bound_method: false,
            locals: Vec::new(),
            exprs: Vec::new(),
            body: Vec::new(),
            span,
            is_module_init,
            returns: None,
            maybe_unbound: Vec::new(),
            inplace: Vec::new(),
            enclosing: None,
            free: Vec::new(),
            cells: Vec::new(),
            qualname: name.clone(),
            is_gen: false,
        });
        self.prog.funcs.len() - 1
    }

    fn new_global(&mut self, name: String, module: ModId) -> GlobalId {
        self.prog.globals.push(Global { name, module });
        self.prog.globals.len() - 1
    }

    // class C: def m(self, ...): ...  ==>  a Class; its methods are functions lowered like
    // defs; the attributes its methods assign on their first parameter fix the layout
    /// `Some(None)` for a class without bases (or `object`), `Some(Some(b))` for one class
    /// of the program as its base, `None` otherwise.
    fn class_base(&self, mid: ModId, c: &ast::StmtClassDef) -> Option<Option<ClassId>> {
        match &c.bases[..] {
            [] => Some(None),
            [ast::Expr::Name(n)] if n.id.as_str() == "object" => Some(None),
            [ast::Expr::Name(n)] => match self.scopes[mid].get(n.id.as_str()) {
                Some(Binding::Class(b)) => Some(Some(*b)),
                // an exception class with state over a built-in or stateless exception
                _ if self.exc_kind(mid, n.id.as_str()).is_some() => Some(None),
                _ => None,
            },
            _ => None,
        }
    }

    fn collect_class(&mut self, mid: ModId, file: FileId, c: &ast::StmtClassDef) {
        let span = Self::span_of(file, c.range);
        if self.scopes[mid].contains_key(c.name.as_str()) {
            self.err("unsupported-syntax", span, format!("'{}' is defined more than once; pyexe needs one definition per class name", c.name));
            return;
        }
        let cid = self.prog.classes.len();
        let base = self.class_base(mid, c).flatten();
        // The base's attributes first, at the same places: an instance of this class is a
        // valid instance of the base.
        let mut attrs: Vec<String> = base.map(|b| self.prog.classes[b].attrs.clone()).unwrap_or_default();
        let exc_parent = match &c.bases[..] {
            [ast::Expr::Name(n)] => self.exc_kind(mid, n.id.as_str()),
            _ => None,
        };
        let exc_kind = exc_parent.map(|parent| {
            let kind = self.new_exc_kind(mid, c.name.as_str(), parent);
            // (at fixed places: the runtime reads `__argv__` for e.args)
            for hidden in ["__msg__", "__args__", "__argv__"] {
                if !attrs.iter().any(|a| a == hidden) {
                    attrs.push(hidden.into());
                }
            }
            kind
        });
        let mut methods = Vec::new();
        let mut class_attrs: Vec<(String, GlobalId)> = Vec::new();
        let (mut statics, mut properties, mut setters) = (Vec::new(), Vec::new(), Vec::new());
        for s in &c.body {
            let decorator = |d: &ast::StmtFunctionDef| match d.decorator_list.first() {
                Some(ast::Expr::Name(n)) => n.id.to_string(),
                _ => String::new(),
            };
            match s {
                // @classmethod def make(cls, args): a static method whose `cls` is this class
                ast::Stmt::FunctionDef(d) if decorator(d) == "classmethod" => {
                    if let Some(fid) = self.add_classmethod(mid, file, d, cid) {
                        statics.push((d.name.to_string(), fid));
                    }
                }
                // @staticmethod def f(args): a plain function reached through the class
                ast::Stmt::FunctionDef(d) if decorator(d) == "staticmethod" => {
                    let fid = self.new_function(d.name.to_string(), mid, Self::span_of(file, d.range), false);
                    self.collect_params(fid, mid, file, d, true);
                    self.pending.push((fid, mid, file, d.clone()));
                    statics.push((d.name.to_string(), fid));
                }
                ast::Stmt::FunctionDef(d) => {
                    let dspan = Self::span_of(file, d.range);
                    let Some(first) = d.args.posonlyargs.first().or(d.args.args.first()) else {
                        self.err("unsupported-syntax", dspan, "methods without a 'self' parameter (static methods) are not supported yet");
                        continue;
                    };
                    let this = first.def.arg.to_string();
                    let fid = self.new_function(d.name.to_string(), mid, dspan, false);
                    self.collect_params(fid, mid, file, d, true);
                    self.pending.push((fid, mid, file, d.clone()));
                    self.method_class.insert(fid, cid);
                    let is_setter = matches!(d.decorator_list.first(), Some(ast::Expr::Attribute(a)) if a.attr.as_str() == "setter");
                    if decorator(d) == "property" {
                        properties.push((d.name.to_string(), fid));
                    } else if is_setter {
                        // @name.setter def name(self, v): what `obj.name = v` calls
                        if !properties.iter().any(|(n, _)| n == d.name.as_str()) {
                            let at = d.decorator_list.first().map_or(dspan, |x| Self::span_of(file, x.range()));
                            self.err("unsupported-syntax", at, format!("@{}.setter needs the @property '{}' before it", d.name, d.name));
                        }
                        setters.push((d.name.to_string(), fid));
                    } else {
                        methods.push((d.name.to_string(), fid));
                    }
                    // self.x = ... anywhere in the method
                    fn stores(e: &ast::Expr, this: &str, out: &mut Vec<String>) {
                        match e {
                            ast::Expr::Attribute(a)
                                if matches!(&*a.value, ast::Expr::Name(n) if n.id.as_str() == this) && !out.iter().any(|x| x == a.attr.as_str()) =>
                            {
                                out.push(a.attr.to_string());
                            }
                            ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| stores(e, this, out)),
                            ast::Expr::List(t) => t.elts.iter().for_each(|e| stores(e, this, out)),
                            _ => {}
                        }
                    }
                    crate::load::walk_stmts(&d.body, &mut |st| match st {
                        ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| stores(t, &this, &mut attrs)),
                        ast::Stmt::AugAssign(a) => stores(&a.target, &this, &mut attrs),
                        ast::Stmt::AnnAssign(a) => stores(&a.target, &this, &mut attrs),
                        ast::Stmt::For(fo) => stores(&fo.target, &this, &mut attrs),
                        _ => {}
                    });
                }
                ast::Stmt::Pass(_) => {}
                ast::Stmt::Expr(e) if matches!(&*e.value, ast::Expr::Constant(_)) => {}
                // NAME = value in the class body: a class attribute
                ast::Stmt::Assign(a) if matches!(&a.targets[..], [ast::Expr::Name(_)]) => {
                    let [ast::Expr::Name(n)] = &a.targets[..] else { continue };
                    if !class_attrs.iter().any(|(x, _): &(String, GlobalId)| x == n.id.as_str()) {
                        let g = self.new_global(format!("{}.{}", c.name, n.id), mid);
                        class_attrs.push((n.id.to_string(), g));
                    }
                }
                other => {
                    let sp = Self::span_of(file, other.range());
                    self.err("unsupported-syntax", sp, "this statement in a class body is not supported yet (methods and NAME = value are)");
                }
            }
        }
        // Static methods and classmethods of the base: reached through this class too (a
        // classmethod gets a copy whose `cls` is this class).
        if let Some(b) = base {
            for (name, bfid) in self.prog.classes[b].statics.clone() {
                if statics.iter().any(|(n, _)| *n == name) {
                    continue;
                }
                match self.classmethod_defs.get(&bfid).cloned() {
                    Some((bmid, bfile, d)) => {
                        let has_defaults = d.args.posonlyargs.iter().chain(&d.args.args).chain(&d.args.kwonlyargs).any(|p| p.default.is_some());
                        if !has_defaults {
                            if let Some(fid) = self.add_classmethod(bmid, bfile, &d, cid) {
                                statics.push((name, fid));
                            }
                        }
                    }
                    None if !self.class_aliases.contains_key(&bfid) => statics.push((name, bfid)),
                    None => {}
                }
            }
        }
        // `self.x = v` of a property with a setter calls it: no attribute of that name.
        let inherited = base.map_or(0, |b| self.prog.classes[b].attrs.len());
        let classes = &self.prog.classes;
        let has_setter = |a: &str| setters.iter().any(|(n, _)| n == a) || base.is_some_and(|b| find_in_chain(classes, b, |c| c.setter(a)).is_some());
        let mut k = 0;
        attrs.retain(|a| {
            k += 1;
            k <= inherited || !has_setter(a)
        });
        self.prog.classes.push(Class { name: c.name.to_string(), module: mid, base, methods, attrs, class_attrs, statics, properties, setters, span, exc_kind, frozen: false });
        self.scopes[mid].insert(c.name.to_string(), Binding::Class(cid));
    }

    // @classmethod def make(cls, args): a static method whose `cls` is class `cid`
    fn add_classmethod(&mut self, mid: ModId, file: FileId, d: &ast::StmtFunctionDef, cid: ClassId) -> Option<FuncId> {
        let dspan = Self::span_of(file, d.range);
        let Some(first) = d.args.posonlyargs.first().or(d.args.args.first()) else {
            self.err("unsupported-syntax", dspan, "a classmethod needs a 'cls' parameter");
            return None;
        };
        let alias = first.def.arg.to_string();
        let fid = self.new_function(d.name.to_string(), mid, dspan, false);
        self.collect_params(fid, mid, file, d, true);
        let func = &mut self.prog.funcs[fid];
        func.params.remove(0);
        for (i, p) in func.params.iter_mut().enumerate() {
            p.local = i;
        }
        func.posonly = func.posonly.saturating_sub(1);
        func.kwonly_start = func.kwonly_start.saturating_sub(1);
        func.vararg = func.vararg.map(|v| v.saturating_sub(1));
        func.kwarg = func.kwarg.map(|v| v.saturating_sub(1));
        self.pending.push((fid, mid, file, d.clone()));
        self.class_aliases.insert(fid, (alias, cid));
        self.classmethod_defs.insert(fid, (mid, file, d.clone()));
        Some(fid)
    }

    /// A new exception kind for class `name` of module `mid` under `parent` (tracebacks
    /// show `module.Name` outside the entry module).
    fn new_exc_kind(&mut self, mid: ModId, name: &str, parent: i64) -> i64 {
        let kind = abi::EXC_USER_BASE + self.prog.exc_classes.len() as i64;
        let shown = if mid == 0 { name.to_string() } else { format!("{}.{name}", self.prog.modules[mid].name) };
        self.prog.exc_classes.push((shown, parent));
        kind
    }

    /// The parent kind of `class E(Base): pass` when that is an exception class: one base
    /// that is an exception class, no decorators or keywords, a body of only `pass`, `...`
    /// or a docstring.
    fn exception_class_parent(&self, mid: ModId, c: &ast::StmtClassDef) -> Option<i64> {
        let [ast::Expr::Name(base)] = &c.bases[..] else { return None };
        if !c.keywords.is_empty() || !c.decorator_list.is_empty() || matches!(self.scopes[mid].get(base.id.as_str()), Some(Binding::Class(_))) {
            return None;
        }
        let trivial = c.body.iter().all(|s| match s {
            ast::Stmt::Pass(_) => true,
            ast::Stmt::Expr(e) => matches!(&*e.value, ast::Expr::Constant(_)),
            _ => false,
        });
        trivial.then(|| self.exc_kind(mid, base.id.as_str())).flatten()
    }

    /// The exception kind a name denotes in module `mid`: a class of the program, or a
    /// built-in exception class that is not shadowed.
    /// `f()` of a dataclass field's `default_factory=f` (for parameter `param` of `init`).
    fn factory_call(&mut self, f: &mut FnCx, init: FuncId, param: &str) -> ExprId {
        let e = self.factories[&(init, param.to_string())].clone();
        let call = ast::Expr::Call(ast::ExprCall { range: e.range(), func: Box::new(e), args: vec![], keywords: vec![] });
        self.lower_expr(f, &call)
    }

    fn is_dataclass(&self, mid: ModId, c: &ast::StmtClassDef) -> bool {
        crate::dataclass::options(c, &|n| self.dc_imports.get(&(mid, n.to_string())).is_some_and(|x| x == "dataclass")).is_some()
    }

    // @dataclass class C(B): fields, methods  ==>  class C(B): methods + the generated
    // __init__/__repr__/__eq__/... (B's fields first when B is a dataclass)
    fn expand_dataclass(&mut self, mid: ModId, file: FileId, c: &ast::StmtClassDef) -> Option<ast::StmtClassDef> {
        use crate::dataclass as dc;
        let span = Self::span_of(file, c.range);
        let imports: HashMap<String, String> = self.dc_imports.iter().filter(|((m, _), _)| *m == mid).map(|((_, n), v)| (n.clone(), v.clone())).collect();
        let is_dc = |n: &str| imports.get(n).is_some_and(|x| x == "dataclass");
        let is_field = |n: &str| imports.get(n).is_some_and(|x| x == "field");
        let opts = match dc::options(c, &is_dc)? {
            Ok(o) => o,
            Err(m) => {
                self.err("unsupported-syntax", span, m);
                return None;
            }
        };
        let text = self.prog.files[file].text.clone();
        let own = match dc::fields(c, &text, &is_field) {
            Ok(f) => f,
            Err((r, m)) => {
                self.err("unsupported-syntax", Self::span_of(file, r), m);
                return None;
            }
        };
        let mut fields = match &c.bases[..] {
            [ast::Expr::Name(b)] => self.dataclasses.get(&(mid, b.id.to_string())).map(|x| x.0.clone()).unwrap_or_default(),
            _ => Vec::new(),
        };
        for f in own {
            match fields.iter_mut().find(|x| x.name == f.name) {
                Some(x) => *x = f,
                None => fields.push(f),
            }
        }
        let defined = |m: &str| c.body.iter().any(|s| matches!(s, ast::Stmt::FunctionDef(d) if d.name.as_str() == m));
        let src = match dc::methods_source(c.name.as_str(), &fields, opts, &defined) {
            Ok(s) => s,
            Err(m) => {
                self.err("call-error", span, m);
                return None;
            }
        };
        let at = c.decorator_list.first().map_or(c.range, |d| d.range());
        let Some(generated) = crate::load::parse_generated(&src, at) else {
            self.err("unsupported-syntax", span, "this dataclass could not be expanded (a field default pyexe cannot copy)");
            return None;
        };
        let mut c2 = c.clone();
        c2.decorator_list.clear();
        c2.body.retain(|s| !matches!(s, ast::Stmt::AnnAssign(a) if matches!(&*a.target, ast::Expr::Name(_))));
        c2.body.extend(generated);
        self.dataclasses.insert((mid, c.name.to_string()), (fields, c2.clone(), opts));
        Some(c2)
    }

    fn exc_kind(&self, mid: ModId, name: &str) -> Option<i64> {
        match self.scopes[mid].get(name) {
            Some(Binding::Exc(k)) => Some(*k),
            Some(Binding::Class(c)) => self.prog.classes[*c].exc_kind,
            Some(_) => None,
            None => exception_kind(name),
        }
    }

    fn err(&mut self, id: &'static str, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::new(id, span, msg));
    }

    fn span_of(file: FileId, r: rustpython_parser::text_size::TextRange) -> Span {
        Span { file, start: u32::from(r.start()), end: u32::from(r.end()) }
    }

    /// Module-level names: globals for assigned names, functions for defs, imports.
    fn collect_module_bindings(&mut self, mid: ModId, file: FileId, body: &[ast::Stmt]) {
        for s in body {
            if let ast::Stmt::ImportFrom(i) = s {
                if i.module.as_ref().is_some_and(|m| m.as_str() == "dataclasses") {
                    for a in &i.names {
                        let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        self.dc_imports.insert((mid, bound), a.name.to_string());
                    }
                }
            }
        }
        for s in body {
            match s {
                ast::Stmt::FunctionDef(d) => {
                    let span = Self::span_of(file, d.range);
                    if self.scopes[mid].contains_key(d.name.as_str()) {
                        self.err("unsupported-syntax", span, format!("'{}' is defined more than once; pyexe needs one definition per function name", d.name));
                        continue;
                    }
                    let fid = self.new_function(d.name.to_string(), mid, span, false);
                    self.prog.funcs[fid].def_global = Some(self.new_global(d.name.to_string(), mid));
                    self.collect_params(fid, mid, file, d, false);
                    if d.decorator_list.is_empty() {
                        self.scopes[mid].insert(d.name.to_string(), Binding::Func(fid));
                    } else {
                        // @deco def f: the name is a variable holding deco(f).
                        let g = self.new_global(d.name.to_string(), mid);
                        self.decorated.insert(fid, g);
                        self.scopes[mid].insert(d.name.to_string(), Binding::Global(g));
                    }
                }
                // class E(Base): pass  (an exception class: a new kind under Base's)
                ast::Stmt::ClassDef(c) if self.exception_class_parent(mid, c).is_some() => {
                    let parent = self.exception_class_parent(mid, c).unwrap_or(abi::EXC_EXCEPTION);
                    let kind = self.new_exc_kind(mid, c.name.as_str(), parent);
                    self.scopes[mid].insert(c.name.to_string(), Binding::Exc(kind));
                }
                // @dataclass class C: ...  ==>  C with the generated methods
                ast::Stmt::ClassDef(c) if c.keywords.is_empty() && self.is_dataclass(mid, c) => {
                    // (after an error, the class without its fields: no further errors)
                    let c2 = self.expand_dataclass(mid, file, c).unwrap_or_else(|| {
                        let mut bare = c.clone();
                        bare.decorator_list.clear();
                        bare.body.retain(|s| !matches!(s, ast::Stmt::AnnAssign(_)));
                        bare
                    });
                    {
                        if self.class_base(mid, &c2).is_some() {
                            self.collect_class(mid, file, &c2);
                            // the factories of the fields, for the constructions that leave them out
                            let (fields, frozen) = self.dataclasses.get(&(mid, c.name.to_string())).map(|x| (x.0.clone(), x.2.frozen)).unwrap_or_default();
                            let init = match self.scopes[mid].get(c.name.as_str()) {
                                Some(Binding::Class(cid)) => find_method(&self.prog.classes, *cid, "__init__").map(|x| x.0),
                                _ => None,
                            };
                            if let Some(Binding::Class(cid)) = self.scopes[mid].get(c.name.as_str()).cloned() {
                                self.prog.classes[cid].frozen = frozen;
                            }
                            for fl in fields {
                                if let (crate::dataclass::Default::Factory(e), Some(init)) = (fl.default, init) {
                                    self.factories.insert((init, fl.name), e);
                                }
                            }
                        } else {
                            self.err("unsupported-syntax", Self::span_of(file, c.range), "a dataclass may have one base class of this program");
                        }
                    }
                }
                ast::Stmt::ClassDef(c) if c.keywords.is_empty() && c.decorator_list.is_empty() && self.class_base(mid, c).is_some() => {
                    self.collect_class(mid, file, c);
                }
                ast::Stmt::Import(i) => {
                    for a in &i.names {
                        let name = a.name.to_string();
                        let r = match name.as_str() {
                            "sys" => Some(ModRef::Sys),
                            "math" => Some(ModRef::Math),
                            _ => self.prog.modules.iter().position(|m| m.name == name).map(ModRef::Local),
                        };
                        let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                        match r {
                            Some(r) => {
                                self.scopes[mid].insert(bound, Binding::Module(r));
                            }
                            None => self.err("import-error", Self::span_of(file, a.range), format!("no module named '{name}'")),
                        }
                    }
                }
                ast::Stmt::If(i) => {
                    self.collect_module_bindings(mid, file, &i.body);
                    self.collect_module_bindings(mid, file, &i.orelse);
                }
                _ => {}
            }
        }
        // `global x` in a function creates a module global even if module code never assigns it;
        // an import inside a function binds the module name (visible module-wide here).
        let mut nested_globals = Vec::new();
        let mut nested_imports = Vec::new();
        for s in body {
            if let ast::Stmt::FunctionDef(d) = s {
                crate::load::walk_stmts(&d.body, &mut |st| match st {
                    ast::Stmt::Global(g) => nested_globals.extend(g.names.iter().map(|n| n.to_string())),
                    ast::Stmt::Import(_) | ast::Stmt::ImportFrom(_) => nested_imports.push(st.clone()),
                    _ => {}
                });
            }
        }
        if !nested_imports.is_empty() {
            self.collect_module_bindings(mid, file, &nested_imports);
        }
        for name in nested_globals {
            if !self.scopes[mid].contains_key(&name) {
                let g = self.new_global(name.clone(), mid);
                self.scopes[mid].insert(name, Binding::Global(g));
            }
        }
        for (name, stmt) in assigned_names(body) {
            match self.scopes[mid].get(&name) {
                Some(Binding::Global(_)) => {}
                Some(Binding::Func(_)) | Some(Binding::Module(_)) => {
                    let span = Self::span_of(file, stmt.range());
                    self.err("unsupported-syntax", span, format!("'{name}' names a function or module and is also assigned; pyexe needs one meaning per name"));
                }
                _ => {
                    let g = self.new_global(name.clone(), mid);
                    self.scopes[mid].insert(name, Binding::Global(g));
                }
            }
        }
    }

    /// `from m import a as b` bindings, once every module's own names are known.
    fn resolve_from_imports(&mut self, mid: ModId, file: FileId, body: &[ast::Stmt]) {
        for s in body {
            match s {
                ast::Stmt::ImportFrom(i) => {
                    let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                    if module == "dataclasses" {
                        for a in &i.names {
                            if !matches!(a.name.as_str(), "dataclass" | "field") {
                                self.err("import-error", Self::span_of(file, a.range), format!("'{}' from dataclasses is not supported yet (dataclass and field are)", a.name));
                            }
                        }
                        continue;
                    }
                    let src = match module.as_str() {
                        "sys" => Some(ModRef::Sys),
                        "math" => Some(ModRef::Math),
                        _ => self.prog.modules.iter().position(|m| m.name == module).map(ModRef::Local),
                    };
                    let Some(src) = src else {
                        self.err("import-error", Self::span_of(file, i.range), format!("no module named '{module}'"));
                        continue;
                    };
                    for a in &i.names {
                        let span = Self::span_of(file, a.range);
                        if a.name.as_str() == "*" {
                            self.err("unsupported-syntax", span, "'from ... import *' is not supported");
                            continue;
                        }
                        match self.module_member(src, a.name.as_str()) {
                            Some(Binding::Global(theirs)) => {
                                let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                                let ours = match self.scopes[mid].get(&bound) {
                                    Some(Binding::Global(g)) => *g,
                                    _ => self.new_global(bound.clone(), mid),
                                };
                                self.scopes[mid].insert(bound.clone(), Binding::Global(ours));
                                self.from_copies.insert((mid, bound), (ours, theirs));
                            }
                            Some(b) => {
                                let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                                self.scopes[mid].insert(bound, b);
                            }
                            None => self.err("import-error", span, format!("cannot import name '{}' from '{module}'", a.name)),
                        }
                    }
                }
                ast::Stmt::If(i) => {
                    self.resolve_from_imports(mid, file, &i.body);
                    self.resolve_from_imports(mid, file, &i.orelse);
                }
                _ => {}
            }
        }
    }

    fn module_member(&self, m: ModRef, name: &str) -> Option<Binding> {
        match m {
            ModRef::Math => math_member(name),
            ModRef::Sys => match name {
                "exit" => Some(Binding::Builtin(Builtin::SysExit)),
                "getrecursionlimit" => Some(Binding::Builtin(Builtin::RecursionLimit(false))),
                "setrecursionlimit" => Some(Binding::Builtin(Builtin::RecursionLimit(true))),
                _ => None,
            },
            ModRef::Local(mid) => self.scopes[mid].get(name).cloned(),
        }
    }

    /// Parameters of a def: names, annotations, and a hidden global per default value.
    fn collect_params(&mut self, fid: FuncId, mid: ModId, file: FileId, d: &ast::StmtFunctionDef, in_class: bool) {
        let a = &d.args;
        // (@staticmethod and @property are taken apart by `collect_class`; other
        // decorators apply to functions, by `decorate`)
        let known = |e: &ast::Expr| matches!(e, ast::Expr::Name(n) if matches!(n.id.as_str(), "staticmethod" | "property" | "classmethod"))
            || matches!(e, ast::Expr::Attribute(a) if a.attr.as_str() == "setter" && matches!(&*a.value, ast::Expr::Name(_)));
        if in_class {
            if let Some(dec) = d.decorator_list.iter().find(|e| !known(e)).or(d.decorator_list.get(1)) {
                self.err("unsupported-syntax", Self::span_of(file, dec.range()), "decorators on methods other than @staticmethod, @classmethod and @property are not supported yet");
            }
        } else if let Some(dec) = d.decorator_list.iter().find(|e| known(e)) {
            self.err("unsupported-syntax", Self::span_of(file, dec.range()), "this decorator is only supported on methods of a class");
        }
        // (nested functions: reported by `lower_nested_def`)
        let classmethod = d.decorator_list.iter().any(|e| matches!(e, ast::Expr::Name(n) if n.id.as_str() == "classmethod"));
        if let (Some(v), true) = (a.kwarg.as_ref(), in_class && classmethod) {
            self.err("unsupported-syntax", Self::span_of(file, v.range), "**kwargs parameters of classmethods are not supported yet");
        }
        let mut params = Vec::new();
        let npos = a.posonlyargs.len() + a.args.len();
        for p in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            // *args sits between the positional and the keyword-only parameters.
            if params.len() == npos {
                if let Some(v) = &a.vararg {
                    params.push(Param { name: v.arg.to_string(), local: params.len(), default: None, default_free: None, annotation: None, span: Self::span_of(file, v.range) });
                }
            }
            let default = p.default.as_ref().map(|_| self.new_global(format!("{}.{}$default", d.name, p.def.arg), mid));
            let annotation = p.def.annotation.as_ref().and_then(|t| annotation_ty(t).map(|ty| (ty, Self::span_of(file, t.range()))));
            params.push(Param { name: p.def.arg.to_string(), local: params.len(), default, default_free: None, annotation, span: Self::span_of(file, p.def.range) });
        }
        if params.len() == npos {
            if let Some(v) = &a.vararg {
                params.push(Param { name: v.arg.to_string(), local: params.len(), default: None, default_free: None, annotation: None, span: Self::span_of(file, v.range) });
            }
        }
        if let Some(v) = &a.kwarg {
            self.prog.funcs[fid].kwarg = Some(params.len());
            params.push(Param { name: v.arg.to_string(), local: params.len(), default: None, default_free: None, annotation: None, span: Self::span_of(file, v.range) });
        }
        // def f(p=None): if p is None: p = E  (the first statements, before any other use)
        let mut none_defaults = Vec::new();
        let body = match d.body.first() {
            Some(ast::Stmt::Expr(e)) if matches!(&*e.value, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::Str(_))) => &d.body[1..],
            _ => &d.body[..],
        };
        for s in body {
            let Some(name) = none_replacement(s) else { break };
            let p = params.iter().find(|p| p.name == name && a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).any(|x| x.def.arg.as_str() == name && matches!(x.default.as_deref(), Some(ast::Expr::Constant(c)) if matches!(c.value, ast::Constant::None))));
            match p {
                Some(p) => none_defaults.push(p.local),
                None => break,
            }
        }
        self.prog.funcs[fid].none_defaults = none_defaults;
        self.prog.funcs[fid].posonly = a.posonlyargs.len();
        self.prog.funcs[fid].vararg = a.vararg.as_ref().map(|_| npos);
        self.prog.funcs[fid].kwonly_start = npos + a.vararg.is_some() as usize;
        self.prog.funcs[fid].params = params;
        self.prog.funcs[fid].returns = d.returns.as_ref().and_then(|t| annotation_ty(t).map(|ty| (ty, Self::span_of(file, t.range()))));
    }

    fn finish_function(&mut self, f: FnCx, body: Block) {
        let func = &mut self.prog.funcs[f.func];
        func.locals = f.local_names;
        func.exprs = f.exprs;
        func.inplace = f.inplace;
        func.cells = f.cells;
        func.body = body;
    }

    // def name(params): body
    //   ==>  a Function; each default value becomes a hidden global assigned here, at def time
    fn lower_def_stmt(&mut self, f: &mut FnCx, d: &ast::StmtFunctionDef, span: Span, out: &mut Block) {
        if !f.is_module {
            return self.lower_nested_def(f, d, span, out);
        }
        let decorated = self.decorated.keys().copied().find(|&k| self.prog.funcs[k].span == span);
        let Some(fid) = decorated.or_else(|| match self.scopes[f.module].get(d.name.as_str()) {
            Some(Binding::Func(fid)) => Some(*fid),
            _ => None,
        }) else {
            self.err("unsupported-syntax", span, "function definitions inside loops are not supported");
            return;
        };
        if self.pending.iter().any(|p| p.0 == fid) {
            return;
        }
        let defaults: Vec<(Option<GlobalId>, &ast::ArgWithDefault)> = {
            let a = &d.args;
            let params = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs);
            let va = self.prog.funcs[fid].vararg;
            self.prog.funcs[fid].params.iter().enumerate().filter(|(i, _)| Some(*i) != va).map(|(_, p)| p.default).zip(params).collect()
        };
        for (g, p) in defaults {
            if let (Some(g), Some(e)) = (g, &p.default) {
                let value = self.lower_expr(f, e);
                out.push(Stmt { kind: StmtKind::Assign(Target::Global(g), value), span });
            }
        }
        // The function exists from here on.
        if let Some(g) = self.prog.funcs[fid].def_global {
            let none = f.add(ExprKind::None, span);
            out.push(Stmt { kind: StmtKind::Assign(Target::Global(g), none), span });
        }
        self.pending.push((fid, f.module, f.file, d.clone()));
        if let Some(&g) = self.decorated.get(&fid) {
            let value = f.add(ExprKind::FuncRef(fid), span);
            let value = self.decorate(f, d, value);
            out.push(Stmt { kind: StmtKind::Assign(Target::Global(g), value), span });
        }
    }

    // @a
    // @b
    // def f(...): ...   ==>  f = a(b(<the function>))   (decorators evaluated top down)
    fn decorate(&mut self, f: &mut FnCx, d: &ast::StmtFunctionDef, func: ExprId) -> ExprId {
        let decos: Vec<ExprId> = d.decorator_list.iter().map(|e| self.lower_expr(f, e)).collect();
        let mut value = func;
        for (deco, e) in decos.into_iter().zip(&d.decorator_list).rev() {
            let span = f.span(e);
            value = f.add(ExprKind::CallValue(deco, vec![value], None), span);
        }
        value
    }

    // def inner(params): body   inside a function
    //   ==>  a function of its own (defaults evaluated here); inner = FuncRef to it: a
    //        closure over the cells of the enclosing variables its body names
    fn lower_nested_def(&mut self, f: &mut FnCx, d: &ast::StmtFunctionDef, span: Span, out: &mut Block) {
        let a = &d.args;
        let (Some(first), Some(last)) = (d.body.first(), d.body.last()) else { return };
        let body_span = Span { file: f.file, start: u32::from(first.range().start()), end: u32::from(last.range().end()) };
        let mut own: Vec<String> = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).map(|p| p.def.arg.to_string()).collect();
        own.extend(a.vararg.iter().map(|v| v.arg.to_string()));
        let Some(free) = self.closure_free_vars(f, &d.body, body_span, own) else { return };
        let fid = self.new_function(d.name.to_string(), f.module, span, false);
        self.collect_params(fid, f.module, f.file, d, false);
        self.set_enclosing(f, fid, &d.name);
        for (_, l) in &free {
            if !f.cells.contains(l) {
                f.cells.push(*l);
            }
        }
        let mut free = free;
        // Defaults: evaluated here into hidden locals, which each closure made copies.
        let va = self.prog.funcs[fid].vararg;
        let params: Vec<usize> = (0..self.prog.funcs[fid].params.len()).filter(|i| Some(*i) != va).collect();
        for (i, p) in params.into_iter().zip(a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs)) {
            if let Some(e) = &p.default {
                let value = self.lower_expr(f, e);
                let t = f.temp();
                out.push(Stmt { kind: StmtKind::Assign(Target::Local(t), value), span });
                let param = &mut self.prog.funcs[fid].params[i];
                param.default = None;
                param.default_free = Some(free.len());
                free.push((format!("$default.{}", p.def.arg), t));
            }
        }
        self.free_names.insert(fid, free);
        self.pending.push((fid, f.module, f.file, d.clone()));
        let value = f.add(ExprKind::FuncRef(fid), span);
        let value = if d.decorator_list.is_empty() { value } else { self.decorate(f, d, value) };
        let local = f.local(d.name.as_str());
        out.push(Stmt { kind: StmtKind::Assign(Target::Local(local), value), span });
    }

    /// Records that `fid` (named `name`) is defined inside the function being lowered.
    fn set_enclosing(&mut self, f: &FnCx, fid: FuncId, name: &str) {
        let outer = &self.prog.funcs[f.func];
        let qual = if outer.is_module_init { name.to_string() } else { format!("{}.<locals>.{name}", outer.qualname) };
        self.prog.funcs[fid].enclosing = Some(f.func);
        self.prog.funcs[fid].qualname = qual;
    }

    /// The free variables of a function with this body (and parameters `own`) defined in
    /// `f`: every variable of `f` its text names that it does not bind itself. `nonlocal`
    /// names must be among them (a syntax error otherwise). None after an error.
    fn closure_free_vars(&mut self, f: &FnCx, body: &[ast::Stmt], span: Span, mut own: Vec<String>) -> Option<Vec<(String, LocalId)>> {
        let (mut nonlocals, mut globals, mut defs) = (Vec::new(), Vec::new(), Vec::new());
        own_stmts(body, &mut |s| match s {
            ast::Stmt::Nonlocal(n) => nonlocals.extend(n.names.iter().map(|x| (x.to_string(), Self::span_of(f.file, n.range)))),
            ast::Stmt::Global(g) => globals.extend(g.names.iter().map(|x| x.to_string())),
            ast::Stmt::FunctionDef(d) => defs.push(d.name.to_string()),
            _ => {}
        });
        own.extend(assigned_names(body).into_iter().map(|(n, _)| n).filter(|n| !nonlocals.iter().any(|(x, _)| x == n)));
        own.extend(defs);
        own.extend(globals);
        let free = self.free_vars(f, span, &own);
        let mut ok = true;
        for (n, at) in nonlocals {
            if !free.iter().any(|(x, _)| *x == n) {
                self.err("syntax-error", at, format!("no binding for nonlocal '{n}' found"));
                ok = false;
            }
        }
        ok.then_some(free)
    }

    /// CPython's compile-time errors for `global x` after x was used or assigned in the same
    /// scope, or when x is a parameter.
    fn check_global_decls(&mut self, file: FileId, body: &[ast::Stmt], params: &[String]) {
        // (name, offset, is_use) of every name read or assigned, in source order.
        let mut seen: Vec<(String, u32, bool)> = Vec::new();
        fn stores(e: &ast::Expr, out: &mut Vec<(String, u32, bool)>) {
            match e {
                ast::Expr::Name(n) => out.push((n.id.to_string(), u32::from(n.range.start()), false)),
                ast::Expr::Tuple(t) => t.elts.iter().for_each(|e| stores(e, out)),
                ast::Expr::List(t) => t.elts.iter().for_each(|e| stores(e, out)),
                ast::Expr::Starred(x) => stores(&x.value, out),
                _ => {}
            }
        }
        let mut errors = Vec::new();
        crate::load::walk_stmts(body, &mut |st| {
            if let ast::Stmt::Global(g) = st {
                let at = u32::from(g.range.start());
                for name in &g.names {
                    let before: Vec<bool> = seen.iter().filter(|(n, o, _)| n == name.as_str() && *o < at).map(|(_, _, u)| *u).collect();
                    let msg = if params.iter().any(|p| p == name.as_str()) {
                        Some("parameter and global")
                    } else if before.contains(&true) {
                        Some("used prior to global declaration")
                    } else if !before.is_empty() {
                        Some("assigned to before global declaration")
                    } else {
                        None
                    };
                    if let Some(m) = msg {
                        errors.push((Self::span_of(file, g.range), format!("name '{name}' is {m}")));
                    }
                }
                return;
            }
            visit_exprs(st, &mut |e| {
                if let ast::Expr::Name(n) = e {
                    seen.push((n.id.to_string(), u32::from(n.range.start()), true));
                }
            });
            match st {
                ast::Stmt::Assign(a) => a.targets.iter().for_each(|t| stores(t, &mut seen)),
                ast::Stmt::AugAssign(a) => {
                    stores(&a.target, &mut seen);
                    if let ast::Expr::Name(n) = &*a.target {
                        seen.push((n.id.to_string(), u32::from(n.range.start()), true));
                    }
                }
                ast::Stmt::AnnAssign(a) => stores(&a.target, &mut seen),
                ast::Stmt::For(f) => stores(&f.target, &mut seen),
                _ => {}
            }
        });
        for (span, msg) in errors {
            self.err("syntax-error", span, msg);
        }
    }

    fn lower_def(&mut self, fid: FuncId, mid: ModId, file: FileId, d: &ast::StmtFunctionDef) {
        let mut f = FnCx::new(fid, mid, file, false);
        f.is_gen = has_yield(&d.body);
        self.prog.funcs[fid].is_gen = f.is_gen;
        let params: Vec<String> = self.prog.funcs[fid].params.iter().map(|p| p.name.clone()).collect();
        self.check_global_decls(file, &d.body, &params);
        for p in &self.prog.funcs[fid].params {
            f.local(&p.name);
        }
        // Free variables next: the cells a closure brings.
        if let Some(free) = self.free_names.remove(&fid) {
            let pairs = free.into_iter().map(|(name, outer)| (f.local(&name), outer)).collect();
            self.prog.funcs[fid].free = pairs;
        }
        let mut globals: Vec<String> = Vec::new();
        crate::load::walk_stmts(&d.body, &mut |s| {
            if let ast::Stmt::Global(g) = s {
                globals.extend(g.names.iter().map(|n| n.to_string()));
            }
        });
        for g in &globals {
            if !matches!(self.scopes[mid].get(g), Some(Binding::Global(_))) {
                let id = self.new_global(g.clone(), mid);
                self.scopes[mid].insert(g.clone(), Binding::Global(id));
            }
        }
        let mut defs = Vec::new();
        own_stmts(&d.body, &mut |s| {
            if let ast::Stmt::FunctionDef(n) = s {
                defs.push(n.name.to_string());
            }
        });
        for name in assigned_names(&d.body).into_iter().map(|(n, _)| n).chain(defs) {
            if !globals.contains(&name) {
                f.local(&name);
            }
        }
        let mut body = Vec::new();
        if let Some(&cid) = self.method_class.get(&fid) {
            if self.prog.classes[cid].exc_kind.is_some() && d.name.as_str() == "__init__" {
                // BaseException.__new__ keeps the constructor's arguments: the message
                // unless __init__ passes another to super().__init__
                let span = Self::span_of(file, d.range);
                let args: Vec<ExprId> = (1..self.prog.funcs[fid].params.len()).map(|i| f.add(ExprKind::Local(self.prog.funcs[fid].params[i].local), span)).collect();
                body.extend(self.exc_message(&mut f, 0, args, span));
            }
        }
        body.extend(self.lower_block(&mut f, &d.body));
        self.finish_function(f, body);
    }

    // the message of BaseException(*args):  ()  ==>  ""    (a)  ==>  str(a)
    //                                        (a, b, ...)  ==>  str((a, b, ...))
    // and the repr of the arguments' tuple, for repr(e)
    //   ==>  [obj.__msg__ = <message>, obj.__args__ = repr((a, b, ...))]   (args evaluated once)
    fn exc_message(&mut self, f: &mut FnCx, obj: LocalId, args: Vec<ExprId>, span: Span) -> Block {
        let mut out = Vec::new();
        let temps: Vec<LocalId> = args
            .into_iter()
            .map(|a| {
                let t = f.temp();
                out.push(st(StmtKind::Assign(Target::Local(t), a), span));
                t
            })
            .collect();
        let read = |f: &mut FnCx| -> Vec<ExprId> { temps.iter().map(|t| f.add(ExprKind::Local(*t), span)).collect() };
        let msg = match temps.len() {
            0 => f.add(ExprKind::Str(String::new()), span),
            1 => {
                let a = read(f);
                f.add(ExprKind::Builtin(Builtin::Str, a), span)
            }
            _ => {
                let a = read(f);
                let t = f.add(ExprKind::Tuple(a), span);
                f.add(ExprKind::Builtin(Builtin::Str, vec![t]), span)
            }
        };
        let a = read(f);
        let tuple = f.add(ExprKind::Tuple(a), span);
        let args_repr = f.add(ExprKind::Builtin(Builtin::Repr, vec![tuple]), span);
        let a = read(f);
        let argv = f.add(ExprKind::ObjTuple(a), span);
        for (attr, v) in [("__msg__", msg), ("__args__", args_repr), ("__argv__", argv)] {
            let this = f.add(ExprKind::Local(obj), span);
            out.push(st(StmtKind::Assign(Target::Attr(this, attr.into()), v), span));
        }
        out
    }

    // return NotImplemented in __eq__(self, other)  ==>  return self is other
    //                        in __ne__(self, other)  ==>  return self is not other
    // (CPython's answer when the other operand's class does not compare with this one)
    fn return_not_implemented(&mut self, f: &mut FnCx, span: Span) -> StmtKind {
        let func = &self.prog.funcs[f.func];
        let op = match func.name.as_str() {
            "__eq__" => Some(CmpOp::Is),
            "__ne__" => Some(CmpOp::IsNot),
            _ => None,
        };
        match op {
            Some(op) if self.method_class.contains_key(&f.func) && func.params.len() == 2 => {
                let (a, b) = (func.params[0].local, func.params[1].local);
                let (a, b) = (f.add(ExprKind::Local(a), span), f.add(ExprKind::Local(b), span));
                StmtKind::Return(Some(f.add(ExprKind::Compare(op, a, b), span)))
            }
            _ => {
                self.err("unsupported-syntax", span, "'return NotImplemented' is supported in __eq__ and __ne__ for now");
                StmtKind::Return(None)
            }
        }
    }

    // yield v  ==>  Yield(v)      yield  ==>  Yield(None)
    fn lower_yield(&mut self, f: &mut FnCx, value: Option<&ast::Expr>, span: Span, out: &mut Block) {
        if f.is_module {
            self.err("syntax-error", span, "'yield' outside function");
            return;
        }
        let v = match value {
            Some(v) => self.lower_expr(f, v),
            None => f.add(ExprKind::None, span),
        };
        out.push(st(StmtKind::Yield(v), span));
    }

    fn lower_block(&mut self, f: &mut FnCx, body: &[ast::Stmt]) -> Block {
        let mut out = Vec::new();
        for s in body {
            self.lower_stmt(f, s, &mut out);
        }
        out
    }

    fn lower_stmt(&mut self, f: &mut FnCx, s: &ast::Stmt, out: &mut Block) {
        let span = f.span(s);
        let kind = match s {
            ast::Stmt::Expr(e) => {
                match &*e.value {
                    ast::Expr::Constant(_) => return, // docstrings and bare constants
                    ast::Expr::Yield(y) => return self.lower_yield(f, y.value.as_deref(), span, out),
                    // yield from xs  ==>  for $x in xs: yield $x
                    ast::Expr::YieldFrom(y) => {
                        if f.is_module {
                            self.err("syntax-error", span, "'yield' outside function");
                            return;
                        }
                        f.loop_depth += 1;
                        let stmts = self.lower_each(f, &y.value, &mut |_, _, x| vec![st(StmtKind::Yield(x), span)]);
                        f.loop_depth -= 1;
                        out.extend(stmts);
                        return;
                    }
                    _ => {}
                }
                StmtKind::Expr(self.lower_expr(f, &e.value))
            }
            ast::Stmt::Pass(_) | ast::Stmt::Global(_) => return,
            // (resolved when the enclosing function lowered this one: see closure_free_vars)
            ast::Stmt::Nonlocal(_) if !f.is_module => return,
            ast::Stmt::Nonlocal(_) => {
                self.err("syntax-error", span, "nonlocal declaration not allowed at module level");
                return;
            }
            ast::Stmt::Assign(a) => {
                let value = self.lower_expr(f, &a.value);
                if a.targets.len() == 1 {
                    match self.lower_target(f, &a.targets[0]) {
                        // Unpacking errors point at the targets, as CPython's do.
                        Some(t @ Target::Tuple(_)) => {
                            let at = f.span(&a.targets[0]);
                            out.push(Stmt { kind: StmtKind::Assign(t, value), span: at });
                            return;
                        }
                        Some(t) => StmtKind::Assign(t, value),
                        None => return,
                    }
                } else {
                    // a = b = v  ==>  $t = v; a = $t; b = $t
                    let tmp = f.temp();
                    out.push(Stmt { kind: StmtKind::Assign(Target::Local(tmp), value), span });
                    for t in &a.targets {
                        if let Some(t) = self.lower_target(f, t) {
                            let v = f.add(ExprKind::Local(tmp), span);
                            out.push(Stmt { kind: StmtKind::Assign(t, v), span });
                        }
                    }
                    return;
                }
            }
            // x op= v  ==>  x = x op v
            // xs[i] op= v  ==>  $o = xs; $i = i; $o[$i] = $o[$i] op v
            ast::Stmt::AugAssign(a) if matches!(&*a.target, ast::Expr::Subscript(s) if !matches!(&*s.slice, ast::Expr::Slice(_))) => {
                let ast::Expr::Subscript(sub) = &*a.target else { return };
                let (o, i) = (f.temp(), f.temp());
                let obj = self.lower_expr(f, &sub.value);
                let idx = self.lower_expr(f, &sub.slice);
                out.push(st(StmtKind::Assign(Target::Local(o), obj), span));
                out.push(st(StmtKind::Assign(Target::Local(i), idx), span));
                let tspan = f.span(&*a.target);
                let (lo, li) = (f.add(ExprKind::Local(o), tspan), f.add(ExprKind::Local(i), tspan));
                let cur = f.add(ExprKind::Subscript(lo, li), tspan);
                let rhs = self.lower_expr(f, &a.value);
                let v = f.add(ExprKind::Binary(self.binop(a.op), cur, rhs), span);
                f.inplace.push(v);
                let (lo, li) = (f.add(ExprKind::Local(o), tspan), f.add(ExprKind::Local(i), tspan));
                StmtKind::Assign(Target::Item(lo, li), v)
            }
            // C.NAME op= v  ==>  C.NAME = C.NAME op v   (a class attribute)
            ast::Stmt::AugAssign(a) if matches!(&*a.target, ast::Expr::Attribute(x) if self.class_of(f, &x.value).is_some()) => {
                let Some(t) = self.lower_target(f, &a.target) else { return };
                let Target::Global(g) = t else { return };
                let cur = f.add(ExprKind::Global(g), f.span(&*a.target));
                let rhs = self.lower_expr(f, &a.value);
                let v = f.add(ExprKind::Binary(self.binop(a.op), cur, rhs), span);
                f.inplace.push(v);
                StmtKind::Assign(Target::Global(g), v)
            }
            // obj.name op= v  ==>  $o = obj; $o.name = $o.name op v
            ast::Stmt::AugAssign(a) if matches!(&*a.target, ast::Expr::Attribute(x) if self.module_of(f, &x.value).is_none()) => {
                let ast::Expr::Attribute(x) = &*a.target else { return };
                let o = f.temp();
                let obj = self.lower_expr(f, &x.value);
                out.push(st(StmtKind::Assign(Target::Local(o), obj), span));
                let tspan = f.span(&*a.target);
                let lo = f.add(ExprKind::Local(o), tspan);
                let cur = f.add(ExprKind::Attr(lo, x.attr.to_string()), tspan);
                let rhs = self.lower_expr(f, &a.value);
                let v = f.add(ExprKind::Binary(self.binop(a.op), cur, rhs), span);
                f.inplace.push(v);
                let lo = f.add(ExprKind::Local(o), tspan);
                StmtKind::Assign(Target::Attr(lo, x.attr.to_string()), v)
            }
            ast::Stmt::AugAssign(a) => {
                let ast::Expr::Name(n) = &*a.target else {
                    self.err("unsupported-syntax", f.span(&*a.target), "augmented assignment to this target is not supported yet");
                    return;
                };
                let Some(t) = self.lower_target(f, &a.target) else { return };
                let cur = self.lower_name(f, n.id.as_str(), f.span(n));
                let rhs = self.lower_expr(f, &a.value);
                let op = self.binop(a.op);
                let v = f.add(ExprKind::Binary(op, cur, rhs), span);
                f.inplace.push(v);
                StmtKind::Assign(t, v)
            }
            ast::Stmt::AnnAssign(a) => {
                let Some(t) = self.lower_target(f, &a.target) else { return };
                if let Some(ty) = annotation_ty(&a.annotation) {
                    out.push(Stmt { kind: StmtKind::Annotated { target: t.clone(), ty }, span: f.span(&*a.annotation) });
                }
                let Some(v) = &a.value else { return };
                let v = self.lower_expr(f, v);
                StmtKind::Assign(t, v)
            }
            // if isinstance(x, C): body  ==>  x is read as a C in body (unless body rebinds x)
            ast::Stmt::If(i) => {
                let c = self.lower_test(f, &i.test);
                let assigned: Vec<String> = assigned_names(&i.body).into_iter().map(|(n, _)| n).collect();
                let narrowed = self.push_narrowings(f, &i.test, &assigned);
                let body = self.lower_block(f, &i.body);
                self.narrow.truncate(self.narrow.len() - narrowed);
                let orelse = self.lower_block(f, &i.orelse);
                StmtKind::If(c, body, orelse)
            }
            ast::Stmt::While(w) => {
                let cond = self.lower_test(f, &w.test);
                f.loop_depth += 1;
                let body = self.lower_block(f, &w.body);
                f.loop_depth -= 1;
                let orelse = self.lower_block(f, &w.orelse);
                StmtKind::While { cond, body, orelse }
            }
            // for t in (gen / map / filter): the element loop of lower_each, with t assigned
            ast::Stmt::For(l) if matches!(&*l.iter, ast::Expr::GeneratorExp(g) if g.generators.len() == 1)
                || self.builtin_call(f, &l.iter).is_some_and(|(n, _)| n == "map" || n == "filter") =>
            {
                f.loop_depth += 1;
                let mut stmts = self.lower_each(f, &l.iter, &mut |this, f, x| {
                    let mut b = Vec::new();
                    if let Some(t) = this.lower_target(f, &l.target) {
                        b.push(st(StmtKind::Assign(t, x), span));
                    }
                    b.extend(this.lower_block(f, &l.body));
                    b
                });
                f.loop_depth -= 1;
                let orelse = self.lower_block(f, &l.orelse);
                if let Some(Stmt { kind: StmtKind::For { orelse: o, .. }, .. }) = stmts.last_mut() {
                    *o = orelse;
                }
                out.extend(stmts);
                return;
            }
            ast::Stmt::For(l) => {
                if let Some(k) = self.lower_enumerate_for(f, l, span, out) {
                    k
                } else {
                    let iter = self.lower_iterable(f, &l.iter);
                    let Some(target) = self.lower_target(f, &l.target) else { return };
                    f.loop_depth += 1;
                    let body = self.lower_block(f, &l.body);
                    f.loop_depth -= 1;
                    let orelse = self.lower_block(f, &l.orelse);
                    StmtKind::For { target, iter, body, orelse }
                }
            }
            ast::Stmt::Break(_) | ast::Stmt::Continue(_) => {
                let what = if matches!(s, ast::Stmt::Break(_)) { "break" } else { "continue" };
                if f.loop_depth == 0 {
                    self.err("syntax-error", span, format!("'{what}' outside loop"));
                    return;
                }
                if f.finally_loops.last() == Some(&f.loop_depth) {
                    self.err("unsupported-syntax", span, format!("'{what}' out of a finally block is not supported yet"));
                    return;
                }
                if matches!(s, ast::Stmt::Break(_)) {
                    StmtKind::Break
                } else {
                    StmtKind::Continue
                }
            }
            ast::Stmt::Return(r) => {
                if f.is_module {
                    self.err("syntax-error", span, "'return' outside function");
                    return;
                }
                if !f.finally_loops.is_empty() {
                    self.err("unsupported-syntax", span, "'return' inside a finally block is not supported yet");
                    return;
                }
                if f.is_gen && r.value.is_some() {
                    self.err("unsupported-syntax", span, "'return' with a value in a generator is not supported yet");
                    return;
                }
                if let Some(ast::Expr::Name(n)) = r.value.as_deref() {
                    if n.id.as_str() == "NotImplemented" && !f.locals.contains_key("NotImplemented") && !self.scopes[f.module].contains_key("NotImplemented") {
                        return out.push(st(self.return_not_implemented(f, span), span));
                    }
                }
                StmtKind::Return(r.value.as_ref().map(|v| self.lower_expr(f, v)))
            }
            ast::Stmt::FunctionDef(d) => return self.lower_def_stmt(f, d, span, out),
            ast::Stmt::Import(i) => {
                for a in &i.names {
                    if let Some(m) = self.prog.modules.iter().position(|m| m.name == a.name.as_str()) {
                        out.push(Stmt { kind: StmtKind::Import(m), span });
                    }
                }
                return;
            }
            // from m import x  ==>  import m; x = m.x   (a copy of the value, as CPython binds it)
            ast::Stmt::ImportFrom(i) => {
                let name = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                if let Some(m) = self.prog.modules.iter().position(|m| m.name == name) {
                    out.push(Stmt { kind: StmtKind::Import(m), span });
                }
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    if let Some(&(ours, theirs)) = self.from_copies.get(&(f.module, bound)) {
                        let v = f.add(ExprKind::Global(theirs), span);
                        out.push(Stmt { kind: StmtKind::Assign(Target::Global(ours), v), span });
                    }
                }
                return;
            }
            // An exception class: nothing to run (it exists for the whole program).
            ast::Stmt::ClassDef(c) if f.is_module && matches!(self.scopes[f.module].get(c.name.as_str()), Some(Binding::Exc(_))) => return,
            // class C: ...  ==>  the default values of its methods' parameters, evaluated now
            ast::Stmt::ClassDef(c) if f.is_module && matches!(self.scopes[f.module].get(c.name.as_str()), Some(Binding::Class(_))) => {
                let Some(Binding::Class(cid)) = self.scopes[f.module].get(c.name.as_str()).cloned() else { return };
                let expanded = self.dataclasses.get(&(f.module, c.name.to_string())).map(|x| x.1.clone());
                let c = expanded.as_ref().unwrap_or(c);
                for s in &c.body {
                    if let ast::Stmt::Assign(a) = s {
                        if let [ast::Expr::Name(n)] = &a.targets[..] {
                            if let Some(g) = self.prog.classes[cid].class_attr(n.id.as_str()) {
                                let value = self.lower_expr(f, &a.value);
                                out.push(Stmt { kind: StmtKind::Assign(Target::Global(g), value), span });
                            }
                        }
                        continue;
                    }
                    let ast::Stmt::FunctionDef(d) = s else { continue };
                    let cls = &self.prog.classes[cid];
                    let Some(fid) = cls.method(d.name.as_str()).or(cls.static_method(d.name.as_str())).or(cls.property(d.name.as_str())) else { continue };
                    let a = &d.args;
                    // (a classmethod's `cls` is not one of its parameters)
                    let skip = self.class_aliases.contains_key(&fid) as usize;
                    let params = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).skip(skip);
                    let va = self.prog.funcs[fid].vararg;
                    let defaults: Vec<(Option<GlobalId>, &ast::ArgWithDefault)> =
                        self.prog.funcs[fid].params.iter().enumerate().filter(|(i, _)| Some(*i) != va).map(|(_, p)| p.default).zip(params).collect();
                    for (g, p) in defaults {
                        if let (Some(g), Some(e)) = (g, &p.default) {
                            let value = self.lower_expr(f, e);
                            out.push(Stmt { kind: StmtKind::Assign(Target::Global(g), value), span });
                        }
                    }
                }
                return;
            }
            ast::Stmt::ClassDef(c) if !c.bases.is_empty() => {
                self.err("unsupported-syntax", span, "only one base class of this program (or an exception class with a body of 'pass') is supported");
                return;
            }
            // try: ... except (K1, K2) as e: ... else: ... finally: ...
            ast::Stmt::Try(t) => {
                let body = self.lower_block(f, &t.body);
                let mut handlers = Vec::new();
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    let kinds = match &h.type_ {
                        None => vec![],
                        Some(e) => {
                            let names: Vec<&ast::Expr> = match &**e {
                                ast::Expr::Tuple(t) => t.elts.iter().collect(),
                                other => vec![other],
                            };
                            let mut kinds = Vec::new();
                            for n in names {
                                match n {
                                    ast::Expr::Name(x) if self.exc_kind(f.module, x.id.as_str()).is_some() => kinds.extend(self.exc_kind(f.module, x.id.as_str())),
                                    _ => self.err("unsupported-syntax", f.span(n), "only built-in exception classes can be caught for now"),
                                }
                            }
                            kinds
                        }
                    };
                    // `as e` of exception classes with state names the instance: a variable of
                    // its own for the handler (CPython unbinds `e` after it anyway), so other
                    // handlers' `e` can be exception objects.
                    // So is every `as e` whose handler defines no function that could capture
                    // it (the variable would not be the one the closure sees).
                    let stateful = !kinds.is_empty() && kinds.iter().all(|k| self.prog.classes.iter().any(|c| c.exc_kind == Some(*k)));
                    let text = format!("{:?}", h.body);
                    let closures = ["FunctionDef(", "ClassDef(", "Lambda(", "GeneratorExp(", "Global(", "Nonlocal("].iter().any(|k| text.contains(k));
                    let scoped = (stateful || !closures) && h.name.is_some();
                    if let (true, Some(n)) = (scoped, &h.name) {
                        let l = f.temp();
                        f.scopes.push(HashMap::from([(n.to_string(), l)]));
                    }
                    let name = h.name.as_ref().and_then(|n| {
                        let target = ast::Expr::Name(ast::ExprName { range: h.range, id: n.clone(), ctx: ast::ExprContext::Store });
                        self.lower_target(f, &target)
                    });
                    f.except_depth += 1;
                    let hbody = self.lower_block(f, &h.body);
                    f.except_depth -= 1;
                    if scoped {
                        f.scopes.pop();
                    }
                    handlers.push(Handler { kinds, name, body: hbody });
                }
                let orelse = self.lower_block(f, &t.orelse);
                f.finally_loops.push(f.loop_depth);
                let finalbody = self.lower_block(f, &t.finalbody);
                f.finally_loops.pop();
                StmtKind::Try { body, handlers, orelse, finalbody }
            }
            ast::Stmt::Raise(r) if r.exc.is_none() => {
                if f.except_depth == 0 {
                    self.err("unsupported-syntax", span, "a bare 'raise' outside an except block is not supported");
                    return;
                }
                StmtKind::Reraise
            }
            ast::Stmt::Raise(r) => match self.lower_raise(f, r, span) {
                Some(k) => k,
                None => return,
            },
            ast::Stmt::Delete(d) => {
                for t in &d.targets {
                    match t {
                        ast::Expr::Subscript(_) => {
                            if let Some(t) = self.lower_target(f, t) {
                                out.push(st(StmtKind::Del(t), span));
                            }
                        }
                        _ => self.err("unsupported-syntax", f.span(t), "'del' of a variable is not supported yet"),
                    }
                }
                return;
            }
            ast::Stmt::Assert(a) => {
                let test = self.lower_test(f, &a.test);
                let msg = a.msg.as_ref().map(|m| self.lower_expr(f, m));
                StmtKind::Assert { test, msg }
            }
            other => {
                self.err("unsupported-syntax", span, format!("{} are not supported yet", stmt_kind_name(other)));
                return;
            }
        };
        out.push(Stmt { kind, span });
    }

    // for t in enumerate(xs, start): body
    //   ==>  $i = start - 1
    //        for $x in xs: $i += 1; t = ($i, $x); body
    // (the counter moves first, so `continue` keeps it right)
    fn lower_enumerate_for(&mut self, f: &mut FnCx, l: &ast::StmtFor, span: Span, out: &mut Block) -> Option<StmtKind> {
        let ast::Expr::Call(c) = &*l.iter else { return None };
        let ast::Expr::Name(n) = &*c.func else { return None };
        if n.id.as_str() != "enumerate" || self.is_shadowed(f, "enumerate") {
            return None;
        }
        let start_kw = c.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "start"));
        if c.args.is_empty() || c.args.len() > 2 || c.keywords.len() != start_kw.is_some() as usize || (c.args.len() == 2 && start_kw.is_some()) {
            self.err("call-error", f.span(c), "enumerate() takes an iterable and an optional start");
            return Some(StmtKind::Expr(f.add(ExprKind::None, span)));
        }
        let start = match (c.args.get(1), start_kw) {
            (Some(e), _) => self.lower_expr(f, e),
            (None, Some(k)) => self.lower_expr(f, &k.value),
            _ => f.add(ExprKind::Int(0), span),
        };
        let (counter, item) = (f.temp(), f.temp());
        let one = f.add(ExprKind::Int(1), span);
        let before = f.add(ExprKind::Binary(BinOp::Sub, start, one), span);
        out.push(Stmt { kind: StmtKind::Assign(Target::Local(counter), before), span });
        let iter = self.lower_iterable(f, &c.args[0]);
        let target = self.lower_target(f, &l.target)?;
        let (cur, one) = (f.add(ExprKind::Local(counter), span), f.add(ExprKind::Int(1), span));
        let next = f.add(ExprKind::Binary(BinOp::Add, cur, one), span);
        let mut body = vec![Stmt { kind: StmtKind::Assign(Target::Local(counter), next), span }];
        let (i, x) = (f.add(ExprKind::Local(counter), span), f.add(ExprKind::Local(item), span));
        let pair = f.add(ExprKind::Tuple(vec![i, x]), span);
        body.push(Stmt { kind: StmtKind::Assign(target, pair), span });
        f.loop_depth += 1;
        body.extend(self.lower_block(f, &l.body));
        f.loop_depth -= 1;
        let orelse = self.lower_block(f, &l.orelse);
        Some(StmtKind::For { target: Target::Local(item), iter, body, orelse })
    }

    // raise Kind / raise Kind(msg) of a built-in exception class
    fn lower_raise(&mut self, f: &mut FnCx, r: &ast::StmtRaise, span: Span) -> Option<StmtKind> {
        let Some(exc) = &r.exc else {
            self.err("unsupported-syntax", span, "bare 'raise' is not supported yet");
            return None;
        };
        let (name, args) = match &**exc {
            ast::Expr::Name(n) => (n.id.to_string(), &[][..]),
            ast::Expr::Call(c) => match &*c.func {
                ast::Expr::Name(n) if c.keywords.is_empty() => (n.id.to_string(), &c.args[..]),
                _ => (String::new(), &[][..]),
            },
            _ => (String::new(), &[][..]),
        };
        // raise e  (an exception object held in a variable, an item, a call's result)
        let Some(kind) = self.exc_kind(f.module, &name).filter(|_| !self.is_value_callee(f, exc) || matches!(&**exc, ast::Expr::Call(_))) else {
            let obj = self.lower_expr(f, exc);
            let cause = r.cause.as_ref().map(|c| self.lower_expr(f, c));
            return Some(StmtKind::Raise { kind: -1, msg: None, cause, obj: Some(obj) });
        };
        if args.len() > 1 && !matches!(self.scopes[f.module].get(&name), Some(Binding::Class(_))) {
            self.err("unsupported-syntax", f.span(&**exc), "exceptions with more than one argument are not supported yet");
            return None;
        }
        if kind == abi::EXC_SYSTEM_EXIT {
            // raise SystemExit(code) behaves as sys.exit(code)
            let args = args.iter().map(|a| self.lower_expr(f, a)).collect();
            let e = f.add(ExprKind::Builtin(Builtin::SysExit, args), span);
            return Some(StmtKind::Expr(e));
        }
        // An exception class with state: build the object (its __init__ runs).
        let stateful = match self.scopes[f.module].get(&name) {
            Some(Binding::Class(c)) if self.prog.classes[*c].exc_kind.is_some() => Some(*c),
            _ => None,
        };
        if let Some(cid) = stateful {
            let obj = match &**exc {
                ast::Expr::Call(c) => self.lower_new(f, c, cid, f.span(&**exc)),
                _ => {
                    let c = ast::ExprCall { func: Box::new((**exc).clone()), args: vec![], keywords: vec![], range: exc.range() };
                    self.lower_new(f, &c, cid, f.span(&**exc))
                }
            };
            let cause = r.cause.as_ref().map(|c| self.lower_expr(f, c));
            return Some(StmtKind::Raise { kind, msg: None, cause, obj: Some(obj) });
        }
        if args.len() > 1 {
            self.err("unsupported-syntax", f.span(&**exc), "exceptions with more than one argument are not supported yet");
            return None;
        }
        let msg = args.first().map(|a| self.lower_expr(f, a));
        let cause = r.cause.as_ref().map(|c| self.lower_expr(f, c));
        Some(StmtKind::Raise { kind, msg, cause, obj: None })
    }

    fn lower_target(&mut self, f: &mut FnCx, e: &ast::Expr) -> Option<Target> {
        match e {
            ast::Expr::Name(n) if f.scoped(n.id.as_str()).is_some() => f.scoped(n.id.as_str()).map(Target::Local),
            ast::Expr::Subscript(s) => {
                let obj = self.lower_expr(f, &s.value);
                if let ast::Expr::Slice(sl) = &*s.slice {
                    let parts = [&sl.lower, &sl.upper, &sl.step].map(|p| p.as_ref().map(|x| self.lower_expr(f, x)));
                    Some(Target::Slice(obj, parts))
                } else {
                    let i = self.lower_expr(f, &s.slice);
                    Some(Target::Item(obj, i))
                }
            }
            ast::Expr::Starred(st) => Some(Target::Starred(Box::new(self.lower_target(f, &st.value)?))),
            ast::Expr::Attribute(a) if self.class_of(f, &a.value).is_some() => {
                let cid = self.class_of(f, &a.value)?;
                match self.prog.classes[cid].class_attr(a.attr.as_str()) {
                    Some(g) => Some(Target::Global(g)),
                    None => {
                        self.err("unsupported-syntax", f.span(e), "new class attributes are only created in the class body for now");
                        None
                    }
                }
            }
            ast::Expr::Attribute(a) if self.module_of(f, &a.value).is_none() => {
                let o = self.lower_expr(f, &a.value);
                Some(Target::Attr(o, a.attr.to_string()))
            }
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                if let Some(&l) = f.locals.get(name) {
                    if !f.is_module {
                        return Some(Target::Local(l));
                    }
                }
                match self.scopes[f.module].get(name) {
                    Some(Binding::Global(g)) => Some(Target::Global(*g)),
                    _ if !f.is_module => Some(Target::Local(f.local(name))),
                    _ => {
                        self.err("unsupported-syntax", f.span(e), format!("cannot assign to '{name}'"));
                        None
                    }
                }
            }
            ast::Expr::Tuple(ast::ExprTuple { elts, .. }) | ast::Expr::List(ast::ExprList { elts, .. }) if !elts.is_empty() => {
                if elts.iter().filter(|e| matches!(e, ast::Expr::Starred(_))).count() > 1 {
                    self.err("syntax-error", f.span(e), "multiple starred expressions in assignment");
                    return None;
                }
                let items: Option<Vec<Target>> = elts.iter().map(|e| self.lower_target(f, e)).collect();
                Some(Target::Tuple(items?))
            }
            _ => {
                self.err("unsupported-syntax", f.span(e), "assignment to this target is not supported yet");
                None
            }
        }
    }

    fn binop(&self, op: ast::Operator) -> BinOp {
        use ast::Operator as O;
        match op {
            O::Add => BinOp::Add,
            O::Sub => BinOp::Sub,
            O::Mult => BinOp::Mul,
            O::MatMult => BinOp::MatMul,
            O::Div => BinOp::Div,
            O::FloorDiv => BinOp::FloorDiv,
            O::Mod => BinOp::Mod,
            O::Pow => BinOp::Pow,
            O::LShift => BinOp::LShift,
            O::RShift => BinOp::RShift,
            O::BitAnd => BinOp::BitAnd,
            O::BitOr => BinOp::BitOr,
            O::BitXor => BinOp::BitXor,
        }
    }

    fn lower_name(&mut self, f: &mut FnCx, name: &str, span: Span) -> ExprId {
        let scoped = f.scoped(name);
        let narrowed = self.narrow.iter().rev().find(|(n, _, func, l)| n == name && *func == f.func && *l == scoped).map(|x| x.1);
        let x = match scoped {
            Some(l) => f.add(ExprKind::Local(l), span),
            None => self.lower_plain_name(f, name, span),
        };
        match narrowed {
            Some(Narrowing::Class(cid)) => f.add(ExprKind::Narrow(x, cid), span),
            Some(Narrowing::Builtin(b)) => f.add(ExprKind::NarrowDyn(x, b), span),
            None => x,
        }
    }

    // A condition (of if, while, a conditional expression, assert, a comprehension's if):
    // only its truth matters, so in `a and b` / `a or b` / `not a` each operand is taken
    // as bool(operand) and the operands may have unrelated types.
    fn lower_test(&mut self, f: &mut FnCx, e: &ast::Expr) -> ExprId {
        let span = f.span(e);
        match e {
            ast::Expr::BoolOp(b) => self.lower_boolop(f, b, span, true),
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                let x = self.lower_test(f, &u.operand);
                f.add(ExprKind::Unary(UnaryOp::Not, x), span)
            }
            _ => self.lower_expr(f, e),
        }
    }

    // a and b and c  ==>  And(a, And(b, c)); as a test, And(bool(a), And(bool(b), bool(c)))
    // isinstance(x, C) and x.r > 0: x is read as a C after the test
    fn lower_boolop(&mut self, f: &mut FnCx, b: &ast::ExprBoolOp, span: Span, as_test: bool) -> ExprId {
        let mut vals: Vec<ExprId> = Vec::new();
        let mut narrowed = 0;
        for v in &b.values {
            let x = if as_test {
                let x = self.lower_test(f, v);
                match v {
                    ast::Expr::Compare(_) | ast::Expr::BoolOp(_) => x,
                    ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => x,
                    _ => f.add(ExprKind::Builtin(Builtin::Bool, vec![x]), f.span(v)),
                }
            } else {
                self.lower_expr(f, v)
            };
            vals.push(x);
            if b.op == ast::BoolOp::And {
                narrowed += self.push_narrowings(f, v, &[]);
            }
        }
        self.narrow.truncate(self.narrow.len() - narrowed);
        let mut acc = vals.pop().unwrap_or_else(|| f.add(ExprKind::None, span));
        while let Some(v) = vals.pop() {
            let k = if b.op == ast::BoolOp::And { ExprKind::And(v, acc) } else { ExprKind::Or(v, acc) };
            acc = f.add(k, span);
        }
        acc
    }

    /// Pushes onto `narrow` what `test` being true implies: `isinstance(x, C)` with `x` a
    /// variable (not in `assigned` nor ever rebound by a `global`/`nonlocal` function) and
    /// `C` one class of the program; the conjuncts of an `and`. How many it pushed.
    fn push_narrowings(&mut self, f: &FnCx, test: &ast::Expr, assigned: &[String]) -> usize {
        match test {
            ast::Expr::BoolOp(b) if b.op == ast::BoolOp::And => b.values.iter().map(|v| self.push_narrowings(f, v, assigned)).sum(),
            _ => {
                let Some((name, c)) = self.builtin_call(f, test) else { return 0 };
                if name != "isinstance" || c.args.len() != 2 {
                    return 0;
                }
                let to = match (&c.args[1], self.class_of(f, &c.args[1])) {
                    (_, Some(cid)) => Some(Narrowing::Class(cid)),
                    // (a value of mixed types read as a str / float / bool)
                    (ast::Expr::Name(n), None) if matches!(n.id.as_str(), "str" | "float" | "bool") && !self.is_shadowed(f, n.id.as_str()) && f.scoped(n.id.as_str()).is_none() => {
                        BuiltinType::from_name(n.id.as_str()).map(Narrowing::Builtin)
                    }
                    _ => None,
                };
                let (ast::Expr::Name(x), Some(to)) = (&c.args[0], to) else { return 0 };
                let x = x.id.to_string();
                let scoped = f.scoped(&x);
                if assigned.contains(&x) || (scoped.is_none() && self.rebindable.contains(&x)) {
                    return 0;
                }
                self.narrow.push((x, to, f.func, scoped));
                1
            }
        }
    }

    // a built-in function as a value (a callback, an entry of a table of operations):
    //   max  ==>  (lambda a, b: max(a, b))      len  ==>  (lambda x: len(x))
    // by the arity it is almost always passed for
    fn builtin_value(&mut self, f: &mut FnCx, name: &str, span: Span) -> Option<ExprId> {
        let params = match name {
            "max" | "min" | "pow" | "divmod" => "a, b",
            "len" | "abs" | "str" | "int" | "float" | "repr" | "bool" | "sum" | "sorted" | "list" | "tuple" | "set" | "ord" | "chr"
            | "hex" | "oct" | "bin" | "round" | "any" | "all" => "x",
            _ => return None,
        };
        let src = format!("(lambda {params}: {name}({params}))");
        let range = ast::text_size::TextRange::new(span.start.into(), span.end.into());
        let ast::Expr::Lambda(l) = crate::load::parse_generated_expr(&src, range)? else { return None };
        let fid = self.prog.funcs.len();
        let e = self.lower_expr(f, &ast::Expr::Lambda(l));
        if let Some(func) = self.prog.funcs.get_mut(fid) {
            func.name = name.to_string();
            func.qualname = name.to_string();
        }
        Some(e)
    }

    fn lower_plain_name(&mut self, f: &mut FnCx, name: &str, span: Span) -> ExprId {
        if !f.is_module {
            if let Some(&l) = f.locals.get(name) {
                return f.add(ExprKind::Local(l), span);
            }
        }
        if !self.scopes[f.module].contains_key(name) {
            if let Some(e) = self.builtin_value(f, name, span) {
                return e;
            }
        }
        let kind = match self.scopes[f.module].get(name).cloned() {
            Some(Binding::Global(g)) => ExprKind::Global(g),
            Some(Binding::Const(c)) => ExprKind::Float(c),
            Some(Binding::Func(fid)) => ExprKind::FuncRef(fid),
            Some(Binding::Builtin(_)) => {
                self.err("unsupported-syntax", span, format!("using function '{name}' as a value is not supported yet"));
                ExprKind::None
            }
            Some(Binding::Module(_)) => {
                self.err("unsupported-syntax", span, format!("using module '{name}' as a value is not supported"));
                ExprKind::None
            }
            Some(Binding::Exc(_)) | Some(Binding::Class(_)) => {
                self.err("unsupported-syntax", span, format!("using the class '{name}' as a value is not supported yet"));
                ExprKind::None
            }
            None if self.typing[f.module].member(name) == Some("TYPE_CHECKING") => ExprKind::Bool(false),
            None if self.typing[f.module].member(name).is_some() || self.typing[f.module].modules.contains(name) => {
                self.err("unsupported-syntax", span, format!("'{name}' from typing is supported in annotations only (and typing.cast)"));
                ExprKind::None
            }
            None => match name {
                "None" => ExprKind::None,
                "True" => ExprKind::Bool(true),
                "False" => ExprKind::Bool(false),
                "__name__" => {
                    let m = &self.prog.modules[f.module];
                    ExprKind::Str(if f.module == 0 { "__main__".into() } else { m.name.clone() })
                }
                _ if builtin_by_name(name).is_some() || name == "print" || name == "range" => {
                    self.err("unsupported-syntax", span, format!("using the built-in '{name}' as a value is not supported yet"));
                    ExprKind::None
                }
                _ => {
                    let mut d = Diagnostic::new("unbound-name", span, format!("name '{name}' is not defined"));
                    if let Some(s) = self.suggest_name(f, name) {
                        d = d.with_help(format!("did you mean '{s}'?"));
                    }
                    self.diags.push(d);
                    ExprKind::None
                }
            },
        };
        f.add(kind, span)
    }

    /// The iterable of a `for`: `range(...)` gets its own node.
    fn lower_iterable(&mut self, f: &mut FnCx, e: &ast::Expr) -> ExprId {
        if let Some((name, c)) = self.builtin_call(f, e) {
            let span = f.span(e);
            match name.as_str() {
                "zip" if c.keywords.is_empty() && !c.args.is_empty() => {
                    let args = c.args.iter().map(|a| self.lower_iterable(f, a)).collect();
                    return f.add(ExprKind::Zip(args), span);
                }
                "reversed" if c.keywords.is_empty() && c.args.len() == 1 => {
                    let a = self.lower_iterable(f, &c.args[0]);
                    return f.add(ExprKind::Reversed(a), span);
                }
                _ => {}
            }
        }
        if let ast::Expr::Call(c) = e {
            if let ast::Expr::Name(n) = &*c.func {
                if n.id.as_str() == "range" && !self.is_shadowed(f, "range") {
                    let span = f.span(e);
                    if !c.keywords.is_empty() || c.args.is_empty() || c.args.len() > 3 {
                        let msg = if c.args.is_empty() {
                            "range expected at least 1 argument, got 0".to_string()
                        } else if !c.keywords.is_empty() {
                            "range() takes no keyword arguments".to_string()
                        } else {
                            format!("range expected at most 3 arguments, got {}", c.args.len())
                        };
                        self.err("call-error", span, msg);
                        return f.add(ExprKind::None, span);
                    }
                    let mut args: Vec<ExprId> = c.args.iter().map(|a| self.lower_expr(f, a)).collect();
                    if args.len() == 1 {
                        args.insert(0, f.add(ExprKind::Int(0), span));
                    }
                    if args.len() == 2 {
                        args.push(f.add(ExprKind::Int(1), span));
                    }
                    return f.add(ExprKind::Range(args[0], args[1], args[2]), span);
                }
            }
        }
        self.lower_expr(f, e)
    }

    fn is_shadowed(&self, f: &FnCx, name: &str) -> bool {
        (!f.is_module && f.locals.contains_key(name)) || self.scopes[f.module].contains_key(name)
    }

    fn lower_expr(&mut self, f: &mut FnCx, e: &ast::Expr) -> ExprId {
        let span = f.span(e);
        let kind = match e {
            ast::Expr::Constant(c) => match self.lower_constant(f, &c.value, span) {
                Some(k) => k,
                None => ExprKind::None,
            },
            ast::Expr::Name(n) => return self.lower_name(f, n.id.as_str(), span),
            ast::Expr::BinOp(b) => {
                let l = self.lower_expr(f, &b.left);
                let r = self.lower_expr(f, &b.right);
                ExprKind::Binary(self.binop(b.op), l, r)
            }
            ast::Expr::UnaryOp(u) => {
                let v = self.lower_expr(f, &u.operand);
                let op = match u.op {
                    ast::UnaryOp::USub => UnaryOp::Neg,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                };
                // Fold negative literals so `-9223372036854775808` and `x ** -1` see a constant.
                if op == UnaryOp::Neg {
                    match f.exprs[v].kind {
                        ExprKind::Int(i) if i != i64::MIN => return f.add(ExprKind::Int(-i), span),
                        ExprKind::Float(x) => return f.add(ExprKind::Float(-x), span),
                        _ => {}
                    }
                }
                ExprKind::Unary(op, v)
            }
            // a and b and c  ==>  And(a, And(b, c))
            ast::Expr::BoolOp(b) => return self.lower_boolop(f, b, span, false),
            // a < b < c  ==>  (a < ($t := b)) and ($t < c)
            ast::Expr::Compare(c) => {
                let mut left = self.lower_expr(f, &c.left);
                let mut result: Option<ExprId> = None;
                for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
                    let mut r = self.lower_expr(f, right);
                    let last = i + 1 == c.ops.len();
                    let mut tmp = None;
                    if !last {
                        let t = f.temp();
                        r = f.add(ExprKind::NamedExpr(Target::Local(t), r), f.span(right));
                        tmp = Some(t);
                    }
                    let op = match op {
                        ast::CmpOp::Eq => CmpOp::Eq,
                        ast::CmpOp::NotEq => CmpOp::Ne,
                        ast::CmpOp::Lt => CmpOp::Lt,
                        ast::CmpOp::LtE => CmpOp::Le,
                        ast::CmpOp::Gt => CmpOp::Gt,
                        ast::CmpOp::GtE => CmpOp::Ge,
                        ast::CmpOp::Is => CmpOp::Is,
                        ast::CmpOp::IsNot => CmpOp::IsNot,
                        ast::CmpOp::In => CmpOp::In,
                        ast::CmpOp::NotIn => CmpOp::NotIn,
                    };
                    let cmp = f.add(ExprKind::Compare(op, left, r), span);
                    result = Some(match result {
                        None => cmp,
                        Some(acc) => f.add(ExprKind::And(acc, cmp), span),
                    });
                    if let Some(t) = tmp {
                        left = f.add(ExprKind::Local(t), f.span(right));
                    }
                }
                return result.unwrap_or_else(|| f.add(ExprKind::None, span));
            }
            ast::Expr::IfExp(i) => {
                let c = self.lower_test(f, &i.test);
                let narrowed = self.push_narrowings(f, &i.test, &[]);
                let a = self.lower_expr(f, &i.body);
                self.narrow.truncate(self.narrow.len() - narrowed);
                let b = self.lower_expr(f, &i.orelse);
                ExprKind::IfExp(c, a, b)
            }
            ast::Expr::NamedExpr(n) => {
                let v = self.lower_expr(f, &n.value);
                match self.lower_target(f, &n.target) {
                    Some(t) => ExprKind::NamedExpr(t, v),
                    None => ExprKind::None,
                }
            }
            ast::Expr::Call(c) => return self.lower_call(f, c, span),
            ast::Expr::JoinedStr(j) => self.lower_fstring(f, &j.values),
            ast::Expr::Subscript(s) => {
                let v = self.lower_expr(f, &s.value);
                if let ast::Expr::Slice(sl) = &*s.slice {
                    let parts = [&sl.lower, &sl.upper, &sl.step].map(|p| p.as_ref().map(|x| self.lower_expr(f, x)));
                    ExprKind::Slice(v, parts)
                } else {
                    let i = self.lower_expr(f, &s.slice);
                    ExprKind::Subscript(v, i)
                }
            }
            ast::Expr::Tuple(t) => {
                if t.elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) {
                    self.err("unsupported-syntax", span, "star expressions are not supported yet");
                }
                ExprKind::Tuple(t.elts.iter().map(|e| self.lower_expr(f, e)).collect())
            }
            ast::Expr::Attribute(a) => return self.lower_attribute(f, a, span),
            ast::Expr::List(l) => {
                if l.elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) {
                    self.err("unsupported-syntax", span, "star expressions are not supported yet");
                }
                ExprKind::List(l.elts.iter().map(|e| self.lower_expr(f, e)).collect())
            }
            ast::Expr::Set(l) => {
                if l.elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) {
                    self.err("unsupported-syntax", span, "star expressions are not supported yet");
                }
                ExprKind::Set(l.elts.iter().map(|e| self.lower_expr(f, e)).collect(), false)
            }
            ast::Expr::Dict(d) => {
                if d.keys.iter().any(|k| k.is_none()) {
                    self.err("unsupported-syntax", span, "'**' in dict literals is not supported yet");
                    return f.add(ExprKind::None, span);
                }
                let mut pairs = Vec::new();
                for (k, v) in d.keys.iter().zip(&d.values) {
                    let k = self.lower_expr(f, k.as_ref().expect("checked"));
                    let v = self.lower_expr(f, v);
                    pairs.push((k, v));
                }
                ExprKind::Dict(pairs)
            }
            ast::Expr::ListComp(c) => return self.lower_comprehension(f, Comp::List, &c.elt, None, &c.generators, span),
            ast::Expr::SetComp(c) => return self.lower_comprehension(f, Comp::Set, &c.elt, None, &c.generators, span),
            ast::Expr::DictComp(c) => return self.lower_comprehension(f, Comp::Dict, &c.key, Some(&c.value), &c.generators, span),
            ast::Expr::Lambda(l) => return self.lower_lambda_value(f, l, span),
            ast::Expr::GeneratorExp(g) => return self.lower_genexp_value(f, g, span),
            ast::Expr::Yield(_) | ast::Expr::YieldFrom(_) => {
                self.err("unsupported-syntax", span, "'yield' is supported as a statement ('yield value', 'yield from xs'), not inside an expression, yet");
                ExprKind::None
            }
            other => {
                self.err("unsupported-syntax", span, format!("{} are not supported yet", expr_kind_name(other)));
                ExprKind::None
            }
        };
        f.add(kind, span)
    }

    fn lower_constant(&mut self, f: &mut FnCx, c: &ast::Constant, span: Span) -> Option<ExprKind> {
        Some(match c {
            ast::Constant::None => ExprKind::None,
            ast::Constant::Bool(b) => ExprKind::Bool(*b),
            ast::Constant::Str(s) => ExprKind::Str(s.clone()),
            ast::Constant::Int(i) => match i.to_string().parse::<i64>() {
                Ok(v) => ExprKind::Int(v),
                Err(_) => {
                    self.err("unsupported-syntax", span, "integer literal does not fit in 64 bits (pyexe ints are 64-bit for now)");
                    return None;
                }
            },
            ast::Constant::Float(x) => ExprKind::Float(*x),
            ast::Constant::Tuple(items) => {
                let ids = items.iter().map(|c| {
                    let k = self.lower_constant(f, c, span).unwrap_or(ExprKind::None);
                    f.add(k, span)
                });
                ExprKind::Tuple(ids.collect())
            }
            ast::Constant::Bytes(_) => {
                self.err("unsupported-syntax", span, "bytes literals are not supported yet");
                return None;
            }
            ast::Constant::Complex { .. } => {
                self.err("unsupported-syntax", span, "complex numbers are not supported");
                return None;
            }
            ast::Constant::Ellipsis => {
                self.err("unsupported-syntax", span, "'...' is not supported");
                return None;
            }
        })
    }

    // f"a{x!r:>{w}}b"  ==>  FString[Lit("a"), Field(x, Repr, FString[Field(w)]), Lit("b")]
    fn lower_fstring(&mut self, f: &mut FnCx, values: &[ast::Expr]) -> ExprKind {
        let mut parts = Vec::new();
        for v in values {
            match v {
                ast::Expr::Constant(c) => {
                    if let ast::Constant::Str(s) = &c.value {
                        parts.push(FPart::Lit(s.clone()));
                    }
                }
                ast::Expr::FormattedValue(fv) => {
                    let value = self.lower_expr(f, &fv.value);
                    let conv = match fv.conversion {
                        ast::ConversionFlag::Str => Conversion::Str,
                        ast::ConversionFlag::Repr => Conversion::Repr,
                        ast::ConversionFlag::Ascii => {
                            self.err("unsupported-syntax", f.span(v), "'!a' conversion is not supported yet");
                            Conversion::Repr
                        }
                        ast::ConversionFlag::None => Conversion::None,
                    };
                    let spec = fv.format_spec.as_ref().map(|s| self.lower_expr(f, s));
                    parts.push(FPart::Field { value, conv, spec });
                }
                other => {
                    let e = self.lower_expr(f, other);
                    parts.push(FPart::Field { value: e, conv: Conversion::None, spec: None });
                }
            }
        }
        ExprKind::FString(parts)
    }

    fn lower_attribute(&mut self, f: &mut FnCx, a: &ast::ExprAttribute, span: Span) -> ExprId {
        let attr = a.attr.as_str();
        // type(x).__name__
        if let ast::Expr::Call(c) = &*a.value {
            let is_type = matches!(&*c.func, ast::Expr::Name(n) if n.id.as_str() == "type" && !f.locals.contains_key("type") && !self.scopes[f.module].contains_key("type"));
            if is_type && c.args.len() == 1 && c.keywords.is_empty() && matches!(attr, "__name__" | "__qualname__") {
                let x = self.lower_expr(f, &c.args[0]);
                return f.add(ExprKind::TypeName(x), span);
            }
        }
        // C.NAME: a class attribute; C.method: the function (the instance its first argument)
        if let Some(cid) = self.class_of(f, &a.value) {
            let classes = &self.prog.classes;
            let func = find_in_chain(classes, cid, |c| c.class_attr(attr).is_none().then(|| c.method(attr).or(c.static_method(attr))).flatten());
            if let (None, Some(fid)) = (find_in_chain(classes, cid, |c| c.class_attr(attr)), func) {
                return f.add(ExprKind::FuncRef(fid), span);
            }
            // (inherited from a base too)
            return match find_in_chain(classes, cid, |c| c.class_attr(attr)) {
                Some(g) => f.add(ExprKind::Global(g), span),
                None => {
                    let cname = self.prog.classes[cid].name.clone();
                    self.err("unknown-attribute", span, format!("type object '{cname}' has no attribute '{attr}'"));
                    f.add(ExprKind::None, span)
                }
            };
        }
        if let Some(m) = self.module_of(f, &a.value) {
            let kind = match (m, attr) {
                (ModRef::Sys, "argv") => ExprKind::Argv,
                _ => match self.module_member(m, attr) {
                    Some(Binding::Const(c)) => ExprKind::Float(c),
                    Some(Binding::Global(g)) => ExprKind::Global(g),
                    Some(_) => {
                        self.err("unsupported-syntax", span, format!("using '{attr}' as a value is not supported yet"));
                        ExprKind::None
                    }
                    None => {
                        self.unknown_attribute(m, attr, span);
                        ExprKind::None
                    }
                },
            };
            return f.add(kind, span);
        }
        // obj.method as a value (a bound method)
        //   ==>  (lambda p1, p2, __pyexe_self=obj: __pyexe_self.method(p1, p2))
        if let Some(params) = self.bound_method_params(attr) {
            let src = format!("(lambda {}__pyexe_self=None: __pyexe_self.{attr}({}))", params.iter().map(|p| format!("{p}, ")).collect::<String>(), params.join(", "));
            if let Some(ast::Expr::Lambda(mut l)) = crate::load::parse_generated_expr(&src, a.range) {
                if let Some(last) = l.args.args.last_mut() {
                    last.default = Some(a.value.clone());
                }
                let fid = self.prog.funcs.len();
                let e = self.lower_expr(f, &ast::Expr::Lambda(l));
                if let Some(func) = self.prog.funcs.get_mut(fid) {
                    func.bound_method = true;
                    func.name = attr.to_string();
                    func.qualname = attr.to_string();
                }
                return e;
            }
        }
        // obj.name of an instance (checked during inference)
        let o = self.lower_expr(f, &a.value);
        f.add(ExprKind::Attr(o, attr.to_string()), span)
    }

    /// When `name` can only be a method (some class defines it; no class has an attribute,
    /// class attribute or property of that name): the required parameters after `self` of
    /// the first such method. None for a method with `*args` or `**kwargs`.
    fn bound_method_params(&self, name: &str) -> Option<Vec<String>> {
        let classes = &self.prog.classes;
        if name.starts_with("__") || classes.iter().any(|c| c.attrs.iter().any(|a| a == name) || c.class_attr(name).is_some() || c.property(name).is_some()) {
            return None;
        }
        let fid = classes.iter().find_map(|c| c.method(name))?;
        let func = &self.prog.funcs[fid];
        if func.vararg.is_some() || func.kwarg.is_some() || self.classmethod_defs.contains_key(&fid) {
            return None;
        }
        Some(func.params.iter().skip(1).take_while(|p| !p.has_default()).take(func.kwonly_start.saturating_sub(1)).map(|p| p.name.clone()).collect())
    }

    fn unknown_attribute(&mut self, m: ModRef, attr: &str, span: Span) {
        let mname = self.mod_name(m);
        let names: Vec<String> = match m {
            ModRef::Math => MATH_NAMES.iter().map(|s| s.to_string()).collect(),
            ModRef::Sys => ["argv", "exit", "stdout", "stderr"].iter().map(|s| s.to_string()).collect(),
            ModRef::Local(id) => self.scopes[id].keys().cloned().collect(),
        };
        if m == ModRef::Math && MATH_UNSUPPORTED.contains(&attr) {
            self.err("unsupported-syntax", span, format!("math.{attr} is not supported yet"));
            return;
        }
        let mut d = Diagnostic::new("unknown-attribute", span, format!("module '{mname}' has no attribute '{attr}'"));
        if let Some(s) = closest(attr, names.iter().map(String::as_str)) {
            d = d.with_help(format!("did you mean '{mname}.{s}'?"));
        }
        self.diags.push(d);
    }

    /// The visible name closest to a misspelled one.
    fn suggest_name(&self, f: &FnCx, name: &str) -> Option<String> {
        let locals = f.locals.keys().filter(|n| !n.starts_with('$')).map(String::as_str);
        let globals = self.scopes[f.module].keys().map(String::as_str);
        let builtins = ["print", "range", "len", "abs", "round", "min", "max", "divmod", "pow", "hex", "oct", "bin", "int", "float", "str", "bool", "repr", "ord", "chr", "input", "format", "True", "False", "None"];
        closest(name, locals.chain(globals).chain(builtins)).map(str::to_string)
    }

    fn mod_name(&self, m: ModRef) -> String {
        match m {
            ModRef::Sys => "sys".into(),
            ModRef::Math => "math".into(),
            ModRef::Local(id) => self.prog.modules[id].name.clone(),
        }
    }

    /// The module a name expression refers to, if it is one.
    /// The class a name denotes, when it is a class of the program (not shadowed).
    fn class_of(&self, f: &FnCx, e: &ast::Expr) -> Option<ClassId> {
        let ast::Expr::Name(n) = e else { return None };
        // `cls` in a classmethod
        if let Some((alias, cid)) = self.class_aliases.get(&f.func) {
            if alias == n.id.as_str() {
                return Some(*cid);
            }
        }
        if (!f.is_module && f.locals.contains_key(n.id.as_str())) || f.scoped(n.id.as_str()).is_some() {
            return None;
        }
        match self.scopes[f.module].get(n.id.as_str()) {
            Some(Binding::Class(c)) => Some(*c),
            _ => None,
        }
    }

    fn module_of(&self, f: &FnCx, e: &ast::Expr) -> Option<ModRef> {
        let ast::Expr::Name(n) = e else { return None };
        if !f.is_module && f.locals.contains_key(n.id.as_str()) {
            return None;
        }
        match self.scopes[f.module].get(n.id.as_str()) {
            Some(Binding::Module(m)) => Some(*m),
            _ => None,
        }
    }

    /// `sys.stdout` / `sys.stderr`
    fn std_stream(&self, f: &FnCx, e: &ast::Expr) -> Option<Stream> {
        let ast::Expr::Attribute(a) = e else { return None };
        if self.module_of(f, &a.value) != Some(ModRef::Sys) {
            return None;
        }
        match a.attr.as_str() {
            "stdout" => Some(Stream::Stdout),
            "stderr" => Some(Stream::Stderr),
            _ => None,
        }
    }

    /// Whether a call of `func` is a call of a function value: a variable, an item, a
    /// call's result (not a def, class, builtin or method).
    fn is_value_callee(&self, f: &FnCx, func: &ast::Expr) -> bool {
        match func {
            ast::Expr::Name(n) => {
                let name = n.id.as_str();
                (!f.is_module && f.locals.contains_key(name)) || f.scoped(name).is_some() || matches!(self.scopes[f.module].get(name), Some(Binding::Global(_)))
            }
            ast::Expr::Attribute(_) => false,
            _ => true,
        }
    }

    // zip(*rows), rows a variable or attribute (the transpose of a list of rows)
    //   ==>  (tuple([r[i] for r in rows]) for i in range(min([len(r) for r in rows]) if rows else 0))
    fn lower_zip_star(&mut self, f: &mut FnCx, c: &ast::ExprCall) -> Option<ExprId> {
        fn dotted(e: &ast::Expr) -> Option<String> {
            match e {
                ast::Expr::Name(n) => Some(n.id.to_string()),
                ast::Expr::Attribute(a) => Some(format!("{}.{}", dotted(&a.value)?, a.attr)),
                _ => None,
            }
        }
        let ast::Expr::Name(n) = &*c.func else { return None };
        if n.id.as_str() != "zip" || self.is_shadowed(f, "zip") || f.scoped("zip").is_some() || c.args.len() != 1 || !c.keywords.is_empty() {
            return None;
        }
        let ast::Expr::Starred(star) = &c.args[0] else { return None };
        let rows = dotted(&star.value)?;
        let src = format!(
            "(tuple([__pyexe_r[__pyexe_i] for __pyexe_r in {rows}]) for __pyexe_i in range(min([len(__pyexe_r) for __pyexe_r in {rows}]) if {rows} else 0))"
        );
        let e = crate::load::parse_generated_expr(&src, c.range)?;
        Some(self.lower_expr(f, &e))
    }

    fn lower_call(&mut self, f: &mut FnCx, c: &ast::ExprCall, span: Span) -> ExprId {
        // typing.cast(T, x)  ==>  x
        if self.typing[f.module].is_call_of(&ast::Expr::Call(c.clone()), "cast") && c.args.len() == 2 && c.keywords.is_empty() && !self.is_value_callee(f, &c.func) {
            return self.lower_expr(f, &c.args[1]);
        }
        if c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            if let Some(e) = self.lower_zip_star(f, c) {
                return e;
            }
            if let ast::Expr::Name(n) = &*c.func {
                let shadowed = f.scoped(n.id.as_str()).is_some() || (!f.is_module && f.locals.contains_key(n.id.as_str()));
                match self.scopes[f.module].get(n.id.as_str()).cloned() {
                    None if n.id.as_str() == "print" && !shadowed => return self.lower_print_star(f, c, span),
                    Some(Binding::Func(fid)) if !shadowed && c.keywords.is_empty() => {
                        if let Some(e) = self.lower_star_call(f, c, fid, span) {
                            return e;
                        }
                    }
                    _ => {}
                }
            }
        }
        let special = c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) || c.keywords.iter().any(|k| k.arg.is_none());
        // (f(**d) of a def: called as the function value it is)
        let def = |cx: &Self, f: &FnCx| matches!(&*c.func, ast::Expr::Name(n) if !cx.is_value_callee(f, &c.func) && f.scoped(n.id.as_str()).is_none() && matches!(cx.scopes[f.module].get(n.id.as_str()), Some(Binding::Func(_))));
        if special && (self.is_value_callee(f, &c.func) || def(self, f)) {
            return self.lower_value_call(f, c, span);
        }
        if let Some(s) = c.args.iter().find(|a| matches!(a, ast::Expr::Starred(_))) {
            self.err("unsupported-syntax", f.span(s), "star arguments in calls are not supported yet");
            return f.add(ExprKind::None, span);
        }
        if c.keywords.iter().any(|k| k.arg.is_none()) {
            self.err("unsupported-syntax", span, "'**' arguments in calls are not supported yet");
            return f.add(ExprKind::None, span);
        }
        // Resolve the callee.
        let (callee, name): (Option<Binding>, String) = match &*c.func {
            ast::Expr::Name(n) => {
                let name = n.id.to_string();
                if self.is_value_callee(f, &c.func) {
                    return self.lower_value_call(f, c, span);
                }
                // cls(args) in a classmethod: a new instance of its class
                let b = match self.class_aliases.get(&f.func) {
                    Some((alias, cid)) if *alias == name => Some(Binding::Class(*cid)),
                    _ => self.scopes[f.module].get(&name).cloned(),
                };
                if b.is_none() {
                    if let Some(e) = self.lower_iter_builtin(f, c, &name, span) {
                        return e;
                    }
                }
                let b = match b {
                    Some(b) => Some(b),
                    None if name == "print" => return self.lower_print(f, c, span),
                    None => builtin_by_name(&name).map(Binding::Builtin),
                };
                // ValueError(arg) as a value: an exception object
                if (b.is_none() && exception_kind(&name).is_some()) || matches!(b, Some(Binding::Exc(_))) {
                    let kind = self.exc_kind(f.module, &name).unwrap_or(abi::EXC_EXCEPTION);
                    if c.args.len() > 1 || !c.keywords.is_empty() || kind == abi::EXC_SYSTEM_EXIT {
                        self.err("unsupported-syntax", span, "exception objects with more than one argument (or SystemExit objects) are not supported yet");
                        return f.add(ExprKind::None, span);
                    }
                    let arg = c.args.first().map(|a| self.lower_expr(f, a));
                    return f.add(ExprKind::ExcNew(kind, arg), span);
                }
                // issubclass(C, D) / issubclass(C, (D, E)) of classes (or exception classes)
                // named directly  ==>  the constant
                if b.is_none() && name == "issubclass" && c.args.len() == 2 && c.keywords.is_empty() {
                    let targets: Vec<&ast::Expr> = match &c.args[1] {
                        ast::Expr::Tuple(t) => t.elts.iter().collect(),
                        other => vec![other],
                    };
                    let class = |cx: &Self, e: &ast::Expr| cx.class_of(f, e).map(Ok).or_else(|| match e {
                        ast::Expr::Name(n) if !f.locals.contains_key(n.id.as_str()) => cx.exc_kind(f.module, n.id.as_str()).map(Err),
                        _ => None,
                    });
                    let sub = class(self, &c.args[0]);
                    let sups: Option<Vec<_>> = targets.iter().map(|t| class(self, t)).collect();
                    let (Some(sub), Some(sups)) = (sub, sups) else {
                        self.err("unsupported-syntax", span, "issubclass() is supported with classes named directly for now");
                        return f.add(ExprKind::None, span);
                    };
                    let kind_of = |cx: &Self, x: Result<ClassId, i64>| match x {
                        Ok(c) => cx.prog.classes[c].exc_kind,
                        Err(k) => Some(k),
                    };
                    let hit = sups.iter().any(|&sup| match (sub, sup) {
                        (Ok(a), Ok(b)) => crate::hir::is_subclass(&self.prog.classes, a, b),
                        _ => matches!((kind_of(self, sub), kind_of(self, sup)), (Some(a), Some(b)) if self.prog.kind_is(a, b)),
                    });
                    return f.add(ExprKind::Bool(hit), span);
                }
                // isinstance(x, C) / isinstance(x, (C, D)) with classes of the program
                if b.is_none() && name == "isinstance" && c.args.len() == 2 && c.keywords.is_empty() {
                    let targets: Vec<&ast::Expr> = match &c.args[1] {
                        ast::Expr::Tuple(t) => t.elts.iter().collect(),
                        other => vec![other],
                    };
                    let kinds: Option<Vec<i64>> = targets.iter().map(|t| match t {
                        ast::Expr::Name(n) if !f.locals.contains_key(n.id.as_str()) => self.exc_kind(f.module, n.id.as_str()),
                        _ => None,
                    }).collect();
                    if let Some(kinds) = kinds {
                        let x = self.lower_expr(f, &c.args[0]);
                        return f.add(ExprKind::ExcIsInstance(x, kinds), span);
                    }
                    let (mut classes, mut builtins) = (Vec::new(), Vec::new());
                    for t in &targets {
                        if let Some(cid) = self.class_of(f, t) {
                            classes.push(cid);
                            continue;
                        }
                        match t {
                            ast::Expr::Name(n) if !self.is_shadowed(f, n.id.as_str()) && f.scoped(n.id.as_str()).is_none() => {
                                if let Some(b) = BuiltinType::from_name(n.id.as_str()) {
                                    builtins.push(b);
                                    continue;
                                }
                            }
                            _ => {}
                        }
                        self.err("unsupported-syntax", f.span(*t), "isinstance() is supported with classes of the program and the built-in types int, float, str, bool, list, tuple, dict, set, frozenset and object, for now");
                        return f.add(ExprKind::None, span);
                    }
                    let x = self.lower_expr(f, &c.args[0]);
                    return f.add(ExprKind::IsInstance(x, classes, builtins), span);
                }
                // iter(xs)  ==>  (x for x in xs): an iterator over xs, for next()
                if b.is_none() && name == "iter" && c.args.len() == 1 && c.keywords.is_empty() {
                    if let Some(ast::Expr::GeneratorExp(mut g)) = crate::load::parse_generated_expr("(__pyexe_item for __pyexe_item in None)", c.range) {
                        g.generators[0].iter = c.args[0].clone();
                        return self.lower_expr(f, &ast::Expr::GeneratorExp(g));
                    }
                }
                if b.is_none() && name == "range" {
                    // A range object (`for` loops take the same node apart).
                    return self.lower_iterable(f, &ast::Expr::Call(c.clone()));
                }
                (b, name)
            }
            // sys.stdout.write(s)  ==>  (print(t := s, end="", file=sys.stdout), len(t))[1]
            // sys.stdout.flush()   ==>  print(end="") (stdout is flushed at exit; stderr at once)
            ast::Expr::Attribute(a) if self.std_stream(f, &a.value).is_some() && matches!(a.attr.as_str(), "write" | "flush") => {
                let stream = self.std_stream(f, &a.value).unwrap_or(Stream::Stdout);
                let end = Some(f.add(ExprKind::Str(String::new()), span));
                if a.attr.as_str() == "flush" || c.args.len() != 1 {
                    if !c.args.is_empty() || !c.keywords.is_empty() {
                        self.err("call-error", span, format!("{}() takes exactly one argument", a.attr));
                    }
                    return f.add(ExprKind::Print { args: vec![], sep: None, end, stream }, span);
                }
                let v = self.lower_expr(f, &c.args[0]);
                let t = f.temp();
                let set = f.add(ExprKind::NamedExpr(Target::Local(t), v), span);
                let out = f.add(ExprKind::Print { args: vec![set], sep: None, end, stream }, span);
                let read = f.add(ExprKind::Local(t), span);
                let n = f.add(ExprKind::Builtin(Builtin::Len, vec![read]), span);
                return f.add(ExprKind::Seq(vec![out], n), span);
            }
            // C.method(obj, args) (Base.method(self, ...) too): a call of that very method
            ast::Expr::Attribute(a) if self.class_of(f, &a.value).is_some_and(|c| self.prog.classes[c].static_method(a.attr.as_str()).is_none() && find_in_chain(&self.prog.classes, c, |k| k.class_attr(a.attr.as_str())).is_none() && find_method(&self.prog.classes, c, a.attr.as_str()).is_some() && !self.classmethod_defs.contains_key(&find_method(&self.prog.classes, c, a.attr.as_str()).map_or(usize::MAX, |m| m.0))) => {
                let cid = self.class_of(f, &a.value).unwrap_or(0);
                let fid = find_method(&self.prog.classes, cid, a.attr.as_str()).map_or(0, |m| m.0);
                return self.lower_user_call(f, c, fid, span);
            }
            // C.f(args) of a static method: a call of a plain function
            ast::Expr::Attribute(a) if self.class_of(f, &a.value).and_then(|c| self.prog.classes[c].static_method(a.attr.as_str())).is_some() => {
                let cid = self.class_of(f, &a.value).unwrap_or(0);
                let fid = self.prog.classes[cid].static_method(a.attr.as_str()).unwrap_or(0);
                return self.lower_user_call(f, c, fid, span);
            }
            ast::Expr::Attribute(a) => match self.module_of(f, &a.value) {
                Some(m) => match self.module_member(m, a.attr.as_str()) {
                    Some(b) => (Some(b), format!("{}.{}", self.mod_name(m), a.attr)),
                    None => {
                        self.unknown_attribute(m, a.attr.as_str(), f.span(&*c.func));
                        return f.add(ExprKind::None, span);
                    }
                },
                None => return self.lower_method_call(f, c, a, span),
            },
            _ => return self.lower_value_call(f, c, span),
        };
        match callee {
            Some(Binding::Func(fid)) => self.lower_user_call(f, c, fid, span),
            Some(Binding::Class(cid)) => self.lower_new(f, c, cid, span),
            Some(Binding::Builtin(b)) => self.lower_builtin_call(f, c, b, &name, span),
            Some(_) => {
                self.err("unsupported-syntax", span, format!("'{name}' is not callable here"));
                f.add(ExprKind::None, span)
            }
            None => {
                let mut d = Diagnostic::new("unbound-name", f.span(&*c.func), format!("name '{name}' is not defined"));
                if let Some(s) = self.suggest_name(f, &name) {
                    d = d.with_help(format!("did you mean '{s}'?"));
                }
                self.diags.push(d);
                f.add(ExprKind::None, span)
            }
        }
    }

    /// The variables of `f` (its locals, or the names its comprehensions bind) named in the
    /// source text at `span` (any identifier not after a dot), except `own`: what a function
    /// defined there captures. Over-approximate (a name in a string counts), which only
    /// costs a cell.
    fn free_vars(&self, f: &FnCx, span: Span, own: &[String]) -> Vec<(String, LocalId)> {
        let src = &self.prog.files[f.file].text;
        let text = src.get(span.start as usize..span.end as usize).unwrap_or("");
        let mut out: Vec<(String, LocalId)> = Vec::new();
        scan_names(text, &mut |word, after_dot| {
            let local = f.scoped(word).or_else(|| if f.is_module { None } else { f.locals.get(word).copied() });
            if let Some(l) = local {
                if !after_dot && !own.iter().any(|p| p == word) && !out.iter().any(|(n, _)| n == word) {
                    out.push((word.to_string(), l));
                }
            }
        });
        out
    }

    // lambda a, b: body  (as a value)  ==>  a hidden function `<lambda>(a, b)` returning
    // body, and FuncRef to it (a closure over the enclosing variables body names).
    fn lower_lambda_value(&mut self, f: &mut FnCx, l: &ast::ExprLambda, span: Span) -> ExprId {
        let a = &l.args;
        if a.vararg.is_some() || a.kwarg.is_some() {
            self.err("unsupported-syntax", span, "lambdas with *args or **kwargs are not supported yet");
            return f.add(ExprKind::None, span);
        }
        let params: Vec<String> = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).map(|p| p.def.arg.to_string()).collect();
        let mut own = params.clone();
        // Walrus targets inside a lambda bind in it.
        let body_stmt = ast::Stmt::Expr(ast::StmtExpr { value: l.body.clone(), range: l.range });
        own.extend(assigned_names(std::slice::from_ref(&body_stmt)).into_iter().map(|(n, _)| n));
        let free = self.free_vars(f, f.span(&*l.body), &own);
        let fid = self.new_function("<lambda>".into(), f.module, span, false);
        self.set_enclosing(f, fid, "<lambda>");
        let n = params.len();
        self.prog.funcs[fid].params = params
            .iter()
            .enumerate()
            .map(|(i, p)| Param { name: p.clone(), local: i, default: None, default_free: None, annotation: None, span })
            .collect();
        self.prog.funcs[fid].posonly = a.posonlyargs.len();
        self.prog.funcs[fid].kwonly_start = n - a.kwonlyargs.len();
        let mut g = FnCx::new(fid, f.module, f.file, false);
        for p in &params {
            g.local(p);
        }
        let mut pairs = Vec::new();
        for (name, outer) in free {
            pairs.push((g.local(&name), outer));
            if !f.cells.contains(&outer) {
                f.cells.push(outer);
            }
        }
        // Defaults: evaluated before the lambda is made, copied into it.
        let mut first = Vec::new();
        for (i, p) in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).enumerate() {
            if let Some(e) = &p.default {
                let value = self.lower_expr(f, e);
                let t = f.temp();
                first.push(f.add(ExprKind::NamedExpr(Target::Local(t), value), span));
                self.prog.funcs[fid].params[i].default_free = Some(pairs.len());
                pairs.push((g.local(&format!("$default.{}", p.def.arg)), t));
            }
        }
        self.prog.funcs[fid].free = pairs;
        let value = self.lower_expr(&mut g, &l.body);
        let body = vec![st(StmtKind::Return(Some(value)), span)];
        self.finish_function(g, body);
        let func = f.add(ExprKind::FuncRef(fid), span);
        if first.is_empty() {
            return func;
        }
        f.add(ExprKind::Seq(first, func), span)
    }

    // (e for x in xs if c)  (as a value, not consumed in place)  ==>  a hidden generator
    //   def <genexpr>(): for x in xs: if c: yield e
    // called at once (a closure over the enclosing variables it names)
    fn lower_genexp_value(&mut self, f: &mut FnCx, g: &ast::ExprGeneratorExp, span: Span) -> ExprId {
        let mut own = Vec::new();
        for c in &g.generators {
            target_names(&c.target, &mut own);
        }
        let free = self.free_vars(f, span, &own);
        let fid = self.new_function("<genexpr>".into(), f.module, span, false);
        self.set_enclosing(f, fid, "<genexpr>");
        self.prog.funcs[fid].is_gen = true;
        let mut gx = FnCx::new(fid, f.module, f.file, false);
        gx.is_gen = true;
        let mut pairs = Vec::new();
        for (name, outer) in free {
            pairs.push((gx.local(&name), outer));
            if !f.cells.contains(&outer) {
                f.cells.push(outer);
            }
        }
        self.prog.funcs[fid].free = pairs;
        gx.loop_depth += 1;
        let body = self.lower_generators(&mut gx, &g.generators, &mut |this, f| {
            let e = this.lower_expr(f, &g.elt);
            vec![st(StmtKind::Yield(e), span)]
        });
        self.finish_function(gx, body);
        let func = f.add(ExprKind::FuncRef(fid), span);
        f.add(ExprKind::CallValue(func, vec![], None), span)
    }

    // C(args)  ==>  New(C, args in the order of __init__'s parameters after self; defaults
    // filled in)
    fn lower_new(&mut self, f: &mut FnCx, c: &ast::ExprCall, cid: ClassId, span: Span) -> ExprId {
        let cname = self.prog.classes[cid].name.clone();
        let Some((init, _)) = find_method(&self.prog.classes, cid, "__init__") else {
            if self.prog.classes[cid].exc_kind.is_some() && c.keywords.is_empty() {
                // E(args) without __init__: $o = New(E); $o.__msg__ = <message of args>; $o
                let args = c.args.iter().map(|x| self.lower_expr(f, x)).collect();
                let o = f.temp();
                let new = f.add(ExprKind::New(cid, vec![]), span);
                let mut stmts = vec![st(StmtKind::Assign(Target::Local(o), new), span)];
                stmts.extend(self.exc_message(f, o, args, span));
                let v = f.add(ExprKind::Local(o), span);
                return f.add(ExprKind::Block(stmts, v), span);
            }
            if !c.args.is_empty() || !c.keywords.is_empty() {
                self.err("call-error", span, format!("{cname}() takes no arguments"));
                return f.add(ExprKind::None, span);
            }
            return f.add(ExprKind::New(cid, vec![]), span);
        };
        let params: Vec<(String, Option<GlobalId>)> = self.prog.funcs[init].params.iter().skip(1).map(|p| (p.name.clone(), p.default)).collect();
        // (def __init__(self, ..., **kw): the keywords no parameter takes, in a dict;
        //  def __init__(self, *items): the extra positional arguments, in a tuple)
        let init_fn = &self.prog.funcs[init];
        let kwarg = init_fn.kwarg.map(|k| k - 1);
        let vararg = init_fn.vararg.map(|k| k - 1);
        let kwonly = init_fn.kwonly_start.saturating_sub(1);
        let npos = [kwarg, vararg, Some(kwonly)].into_iter().flatten().min().unwrap_or(params.len()).min(params.len());
        if c.args.len() > npos && vararg.is_none() {
            let msg = format!("{cname}.__init__() takes {} positional argument{} but {} were given", npos + 1, if npos == 0 { "" } else { "s" }, c.args.len() + 1);
            self.err("call-error", span, msg);
            return f.add(ExprKind::None, span);
        }
        // Arguments run in the order written. When the keywords bind parameters out of
        // that order, each value goes to a temporary first:
        //   C(b=g(), a=h())  ==>  ($1 := g(), $2 := h(), New(C, [$2, $1]))
        let slot_of = |k: &ast::Keyword| {
            let kname = k.arg.as_ref().map(|x| x.as_str()).unwrap_or("");
            params.iter().position(|(p, _)| p == kname).filter(|&i| Some(i) != kwarg && Some(i) != vararg).or(kwarg)
        };
        let positional = (0..c.args.len()).map(|i| if i < npos { i } else { vararg.unwrap_or(i) });
        let written: Vec<usize> = positional.chain(c.keywords.iter().filter_map(slot_of)).collect();
        let in_order = written.windows(2).all(|w| w[0] <= w[1]);
        let mut pre = Vec::new();
        let mut eval = |cx: &mut Self, f: &mut FnCx, x: &ast::Expr| -> ExprId {
            let v = cx.lower_expr(f, x);
            if in_order {
                return v;
            }
            let t = f.temp();
            pre.push(f.add(ExprKind::NamedExpr(Target::Local(t), v), span));
            f.add(ExprKind::Local(t), span)
        };
        let vals: Vec<ExprId> = c.args.iter().map(|a| eval(self, f, a)).collect();
        let mut slots = Self::positional_slots(f, vals, params.len(), npos, vararg, span);
        let mut kw_pairs = Vec::new();
        for k in &c.keywords {
            let Some(kname) = &k.arg else { continue };
            match params.iter().position(|(p, _)| p == kname.as_str()).filter(|&i| Some(i) != kwarg && Some(i) != vararg) {
                Some(i) if slots[i].is_none() => slots[i] = Some(eval(self, f, &k.value)),
                None if kwarg.is_some() => {
                    let v = eval(self, f, &k.value);
                    let key = f.add(ExprKind::Str(kname.to_string()), f.span(k));
                    kw_pairs.push((key, v));
                }
                Some(_) => {
                    self.err("call-error", f.span(k), format!("{cname}.__init__() got multiple values for argument '{kname}'"));
                    return f.add(ExprKind::None, span);
                }
                None => {
                    self.err("call-error", f.span(k), format!("{cname}.__init__() got an unexpected keyword argument '{kname}'"));
                    return f.add(ExprKind::None, span);
                }
            }
        }
        if let Some(k) = kwarg {
            slots[k] = Some(f.add(ExprKind::Dict(kw_pairs), span));
        }
        let mut args = Vec::new();
        for (i, slot) in slots.into_iter().enumerate() {
            match (slot, params[i].1) {
                (Some(e), _) => args.push(e),
                (None, Some(_)) if self.factories.contains_key(&(init, params[i].0.clone())) => {
                    let e = self.factory_call(f, init, &params[i].0);
                    args.push(e);
                }
                (None, Some(g)) => args.push(f.add(ExprKind::Global(g), span)),
                (None, None) => {
                    let kind = if i >= kwonly { "keyword-only" } else { "positional" };
                    self.err("call-error", span, format!("{cname}.__init__() missing 1 required {kind} argument: '{}'", params[i].0));
                    return f.add(ExprKind::None, span);
                }
            }
        }
        let new = f.add(ExprKind::New(cid, args), span);
        if pre.is_empty() {
            return new;
        }
        f.add(ExprKind::Seq(pre, new), span)
    }

    // The first `npos` positional arguments fill their parameters' slots; the rest go to
    // the `*args` parameter:
    //   f(a, b, c, d) with def f(x, *rest)  ==>  rest = (c, d) (a tuple[T, ...], or ())
    fn positional_slots(f: &mut FnCx, vals: Vec<ExprId>, nparams: usize, npos: usize, vararg: Option<usize>, span: Span) -> Vec<Option<ExprId>> {
        let mut slots: Vec<Option<ExprId>> = vec![None; nparams];
        let mut extra = Vec::new();
        for (i, v) in vals.into_iter().enumerate() {
            if i < npos {
                slots[i] = Some(v);
            } else {
                extra.push(v);
            }
        }
        if let Some(k) = vararg {
            let l = f.add(ExprKind::List(extra), span);
            slots[k] = Some(f.add(ExprKind::Freeze(l), span));
        }
        slots
    }

    // f(a, *xs, k=v, **d) where f is a value (a variable, an item, a call's result)
    //   ==>  CallValue(f, [a], {star: xs, kw: [k=v], kwstar: d}); which parameter each
    //        argument binds is decided per function the value may be (see `infer`)
    fn lower_value_call(&mut self, f: &mut FnCx, c: &ast::ExprCall, span: Span) -> ExprId {
        let n = c.args.len();
        if let Some(s) = c.args.iter().enumerate().find(|(i, a)| matches!(a, ast::Expr::Starred(_)) && i + 1 != n) {
            self.err("unsupported-syntax", f.span(s.1), "a star argument is supported only as the last positional argument, for now");
            return f.add(ExprKind::None, span);
        }
        if c.keywords.iter().filter(|k| k.arg.is_none()).count() > 1 || c.keywords.last().is_some_and(|k| k.arg.is_some()) && c.keywords.iter().any(|k| k.arg.is_none()) {
            self.err("unsupported-syntax", span, "a '**' argument is supported only as the last argument, for now");
            return f.add(ExprKind::None, span);
        }
        let callee = self.lower_expr(f, &c.func);
        let mut args = Vec::new();
        let mut rest = CallRest::default();
        for a in &c.args {
            match a {
                ast::Expr::Starred(x) => rest.star = Some(self.lower_expr(f, &x.value)),
                other => args.push(self.lower_expr(f, other)),
            }
        }
        for k in &c.keywords {
            let v = self.lower_expr(f, &k.value);
            match &k.arg {
                Some(name) => rest.kw.push((name.to_string(), v)),
                None => rest.kwstar = Some(v),
            }
        }
        let plain = rest.star.is_none() && rest.kw.is_empty() && rest.kwstar.is_none();
        f.add(ExprKind::CallValue(callee, args, if plain { None } else { Some(Box::new(rest)) }), span)
    }

    /// `def name(a, b=...)` as a help line for call errors.
    fn signature_help(&self, fid: FuncId) -> String {
        let func = &self.prog.funcs[fid];
        let mut params: Vec<String> =
            func.params.iter().map(|p| if p.has_default() { format!("{}=...", p.name) } else { p.name.clone() }).collect();
        if func.kwonly_start < params.len() {
            params.insert(func.kwonly_start, "*".into());
        }
        if func.posonly > 0 {
            params.insert(func.posonly, "/".into());
        }
        let (line, _) = self.prog.files[func.span.file].line_col(func.span.start as usize);
        format!("defined as `def {}({})` at line {line}", func.name, params.join(", "))
    }

    fn call_error(&mut self, fid: FuncId, span: Span, msg: String) {
        let help = self.signature_help(fid);
        self.diags.push(Diagnostic::new("call-error", span, msg).with_help(help));
    }

    // recv.name(args)  ==>  Method(recv, name, args), resolved by the receiver's type
    // "fmt".format(a, k=b)  ==>  Seq([$a := a, $k := b], f"...{$a}...{$k}...")
    fn lower_method_call(&mut self, f: &mut FnCx, c: &ast::ExprCall, a: &ast::ExprAttribute, span: Span) -> ExprId {
        // super().m(args)  ==>  Base.m(self, args): the base's method, called directly
        if let ast::Expr::Call(sc) = &*a.value {
            if matches!(&*sc.func, ast::Expr::Name(n) if n.id.as_str() == "super") && sc.args.is_empty() {
                let base = self.method_class.get(&f.func).and_then(|&cid| self.prog.classes[cid].base);
                // super().__init__(args) in an exception class over a built-in one:
                //   ==>  self.__msg__ = <the message of args>
                let exc_root = self.method_class.get(&f.func).is_some_and(|&cid| self.prog.classes[cid].exc_kind.is_some()) && base.is_none();
                if exc_root && a.attr.as_str() == "__init__" && c.keywords.is_empty() {
                    let args = c.args.iter().map(|x| self.lower_expr(f, x)).collect();
                    let stmts = self.exc_message(f, 0, args, span);
                    let none = f.add(ExprKind::None, span);
                    return f.add(ExprKind::Block(stmts, none), span);
                }
                let Some(base) = base else {
                    self.err("unsupported-syntax", span, "super() is supported in methods of a class with a base class");
                    return f.add(ExprKind::None, span);
                };
                let Some((fid, _)) = find_method(&self.prog.classes, base, a.attr.as_str()) else {
                    self.err("unknown-attribute", span, format!("'super' object has no attribute '{}'", a.attr));
                    return f.add(ExprKind::None, span);
                };
                if !c.keywords.is_empty() {
                    self.err("unsupported-syntax", span, "keyword arguments in super() calls are not supported yet");
                    return f.add(ExprKind::None, span);
                }
                let this = f.add(ExprKind::Local(0), span);
                let mut args = vec![this];
                args.extend(c.args.iter().map(|x| self.lower_expr(f, x)));
                let n = self.prog.funcs[fid].params.len();
                let rest: Vec<(String, Option<GlobalId>)> = self.prog.funcs[fid].params[args.len().min(n)..].iter().map(|p| (p.name.clone(), p.default)).collect();
                for (pname, default) in rest {
                    match default {
                        Some(_) if self.factories.contains_key(&(fid, pname.clone())) => {
                            let e = self.factory_call(f, fid, &pname);
                            args.push(e);
                        }
                        Some(g) => args.push(f.add(ExprKind::Global(g), span)),
                        None => {
                            self.err("call-error", span, format!("{}() missing 1 required positional argument: '{}'", a.attr, pname));
                            return f.add(ExprKind::None, span);
                        }
                    }
                }
                return f.add(ExprKind::Call(fid, args), span);
            }
        }
        if let ast::Expr::Constant(k) = &*a.value {
            if let (ast::Constant::Str(fmt), "format") = (&k.value, a.attr.as_str()) {
                return self.lower_str_format(f, fmt, c, span);
            }
        }
        let attr = a.attr.as_str();
        if attr == "sort" {
            let recv = self.lower_expr(f, &a.value);
            if !c.args.is_empty() {
                self.err("call-error", span, "sort() takes no positional arguments");
                return f.add(ExprKind::None, span);
            }
            return self.lower_sort(f, recv, c, span).unwrap_or_else(|| f.add(ExprKind::None, span));
        }
        // obj.f(args) where f is an attribute holding a function (a callback), not a method
        //   ==>  $o = obj; $a = args; (the instance's) $o.f($a) / (else) $o.f($a) as a method
        let classes = &self.prog.classes;
        let method = classes.iter().any(|k| k.method(attr).is_some() || k.static_method(attr).is_some() || k.property(attr).is_some());
        let field = classes.iter().any(|k| k.attrs.iter().any(|x| x == attr));
        if field && !method && c.keywords.is_empty() && !c.args.iter().any(|x| matches!(x, ast::Expr::Starred(_))) {
            let r = self.lower_expr(f, &a.value);
            let rt = f.temp();
            let mut pre = vec![f.add(ExprKind::NamedExpr(Target::Local(rt), r), span)];
            let mut temps = Vec::new();
            for x in &c.args {
                let v = self.lower_expr(f, x);
                let t = f.temp();
                pre.push(f.add(ExprKind::NamedExpr(Target::Local(t), v), span));
                temps.push(t);
            }
            let read = |f: &mut FnCx| -> Vec<ExprId> { temps.iter().map(|t| f.add(ExprKind::Local(*t), span)).collect() };
            let o = f.add(ExprKind::Local(rt), span);
            let callee = f.add(ExprKind::Attr(o, attr.to_string()), span);
            let args = read(f);
            let value_call = f.add(ExprKind::CallValue(callee, args, None), span);
            let o = f.add(ExprKind::Local(rt), span);
            let args = read(f);
            let plain = f.add(ExprKind::Method(o, attr.to_string(), args), span);
            let o = f.add(ExprKind::Local(rt), span);
            let call = f.add(ExprKind::ByReceiver(o, value_call, plain), span);
            return f.add(ExprKind::Seq(pre, call), span);
        }
        // obj.m(a, k=v) / obj.m(a, b, c) of a method of the program with keyword or *args
        // parameters: arguments bound to its parameters here (see `bind_method_args`)
        if !matches!(attr, "expandtabs" | "split" | "rsplit" | "splitlines") {
            if let Some(e) = self.lower_program_method_call(f, c, a, span) {
                return e;
            }
        }
        // The keyword parameters these methods have in 3.11, in positional order.
        let params: &[&str] = match attr {
            "expandtabs" => &["tabsize"],
            "split" | "rsplit" => &["sep", "maxsplit"],
            "splitlines" => &["keepends"],
            _ => &[],
        };
        let mut extra: Vec<Option<&ast::Expr>> = vec![None; params.len()];
        for k in &c.keywords {
            let name = k.arg.as_ref().map(|x| x.as_str()).unwrap_or("");
            match params.iter().position(|p| *p == name) {
                Some(i) if i >= c.args.len() => extra[i] = Some(&k.value),
                Some(_) => {
                    self.err("call-error", span, format!("{attr}() got multiple values for argument '{name}'"));
                    return f.add(ExprKind::None, span);
                }
                None if params.is_empty() => {
                    self.err("call-error", span, format!("{attr}() takes no keyword arguments"));
                    return f.add(ExprKind::None, span);
                }
                None => {
                    self.err("call-error", span, format!("{attr}() got an unexpected keyword argument '{name}'"));
                    return f.add(ExprKind::None, span);
                }
            }
        }
        let recv = self.lower_expr(f, &a.value);
        // (a value of mixed types is checked to be a str where a str method is called)
        let str_method = StrMethod::lookup(attr).is_some() || matches!(attr, "split" | "rsplit" | "splitlines" | "join");
        let recv = if str_method && !matches!(&*a.value, ast::Expr::Constant(_) | ast::Expr::JoinedStr(_)) {
            // (the AttributeError marks `x.m`, as CPython's)
            let at = f.span(a);
            f.add(ExprKind::StrRecv(recv, attr.to_string()), at)
        } else {
            recv
        };
        let mut args: Vec<ExprId> = Vec::new();
        for x in &c.args {
            // Lazy iterables (generators, zip, map, ...) as arguments become a list first:
            // "sep".join(x for x in xs), d.update(zip(ks, vs)), s.union(map(f, xs)).
            let v = if self.is_lazy(f, x) { self.lower_to_list(f, x, span) } else { self.lower_expr(f, x) };
            args.push(v);
        }
        // Keywords fill their positions; a gap before the last one given gets its default.
        if let Some(last) = extra.iter().rposition(|e| e.is_some()) {
            for (i, e) in extra.iter().enumerate().take(last + 1).skip(c.args.len()) {
                let v = match (e, params[i]) {
                    (Some(e), _) => self.lower_expr(f, e),
                    (None, "maxsplit") => f.add(ExprKind::Int(-1), span),
                    (None, "tabsize") => f.add(ExprKind::Int(8), span),
                    (None, "keepends") => f.add(ExprKind::Bool(false), span),
                    (None, _) => f.add(ExprKind::None, span),
                };
                args.push(v);
            }
        }
        f.add(ExprKind::Method(recv, a.attr.to_string(), args), span)
    }

    // obj.m(a, k=v)  ==>  Method(obj, m, [a, <default>, v])   (in the order of m's parameters)
    // obj.m(a, b, c) with def m(self, x, *rest)  ==>  Method(obj, m, [a, (b, c)])
    // Only when every class's method `m` has the same parameters (the object's class is
    // known at run time); a default that fills a gap must then be the only `m`'s. None:
    // not such a call (no keywords and no *args), or an error was reported.
    fn lower_program_method_call(&mut self, f: &mut FnCx, c: &ast::ExprCall, a: &ast::ExprAttribute, span: Span) -> Option<ExprId> {
        let attr = a.attr.as_str();
        let defs: Vec<FuncId> = self.prog.classes.iter().filter_map(|k| k.method(attr)).collect();
        let &first = defs.first()?;
        let func = &self.prog.funcs[first];
        if c.keywords.is_empty() && func.vararg.is_none() && func.kwarg.is_none() && func.kwonly_start == func.params.len() {
            return None;
        }
        let kwarg = func.kwarg;
        if c.args.iter().any(|x| matches!(x, ast::Expr::Starred(_))) || c.keywords.iter().any(|k| k.arg.is_none()) || self.classmethod_defs.contains_key(&first) {
            return None;
        }
        let shape = |fid: FuncId| {
            let g = &self.prog.funcs[fid];
            (g.params.iter().map(|p| p.name.clone()).collect::<Vec<_>>(), g.vararg, g.kwonly_start, g.posonly)
        };
        if defs.iter().any(|&d| shape(d) != shape(first)) {
            self.err("unsupported-syntax", span, format!("keyword or extra arguments to '{attr}', a method the classes define with different parameters, are not supported yet"));
            return Some(f.add(ExprKind::None, span));
        }
        let (names, vararg, kwonly_start, posonly) = shape(first);
        let defaults: Vec<Option<GlobalId>> = self.prog.funcs[first].params.iter().map(|p| p.default).collect();
        let n = names.len();
        let npos = vararg.unwrap_or(kwonly_start);
        // the object, then the arguments into temporaries, in the order written
        let r = self.lower_expr(f, &a.value);
        let rt = f.temp();
        let mut pre = vec![f.add(ExprKind::NamedExpr(Target::Local(rt), r), span)];
        let recv = f.add(ExprKind::Local(rt), span);
        let mut temps = Vec::new();
        let mut eval = |cx: &mut Self, f: &mut FnCx, x: &ast::Expr| -> ExprId {
            let v = cx.lower_expr(f, x);
            let t = f.temp();
            pre.push(f.add(ExprKind::NamedExpr(Target::Local(t), v), span));
            temps.push(t);
            f.add(ExprKind::Local(t), span)
        };
        let mut slots: Vec<Option<ExprId>> = vec![None; n];
        let mut extra = Vec::new();
        for (i, x) in c.args.iter().enumerate() {
            if i + 1 < npos {
                slots[i + 1] = Some(eval(self, f, x));
            } else if vararg.is_some() {
                extra.push(eval(self, f, x));
            } else {
                self.err("call-error", span, format!("{attr}() takes {npos} positional argument{} but {} were given", if npos == 1 { "" } else { "s" }, c.args.len() + 1));
                return Some(f.add(ExprKind::None, span));
            }
        }
        if let Some(v) = vararg {
            let l = f.add(ExprKind::List(extra), span);
            slots[v] = Some(f.add(ExprKind::Freeze(l), span));
        }
        let mut kw_pairs = Vec::new();
        for k in &c.keywords {
            let kname = k.arg.as_ref().map(|x| x.as_str()).unwrap_or("");
            match names.iter().position(|p| p == kname).filter(|&i| i > 0 && Some(i) != vararg && Some(i) != kwarg) {
                // (def m(self, **kw): kw[name] = value, in the order written)
                None if kwarg.is_some() => {
                    let v = eval(self, f, &k.value);
                    let key = f.add(ExprKind::Str(kname.to_string()), span);
                    kw_pairs.push((key, v));
                }
                Some(i) if i < posonly => {
                    self.err("call-error", span, format!("{attr}() got some positional-only arguments passed as keyword arguments: '{kname}'"));
                    return Some(f.add(ExprKind::None, span));
                }
                Some(i) if slots[i].is_none() => slots[i] = Some(eval(self, f, &k.value)),
                Some(_) => {
                    self.err("call-error", span, format!("{attr}() got multiple values for argument '{kname}'"));
                    return Some(f.add(ExprKind::None, span));
                }
                None => {
                    self.err("call-error", span, format!("{attr}() got an unexpected keyword argument '{kname}'"));
                    return Some(f.add(ExprKind::None, span));
                }
            }
        }
        if let Some(k) = kwarg {
            slots[k] = Some(f.add(ExprKind::Dict(kw_pairs), span));
        }
        // a gap before the last argument given takes its default (the only method's);
        // the trailing ones are left to the call
        // (with one such method, every parameter is passed: keyword-only ones included)
        let last = if defs.len() == 1 { n - 1 } else { slots.iter().rposition(|x| x.is_some()).unwrap_or(0) };
        let mut args = Vec::new();
        for i in 1..=last {
            match (slots[i], defaults[i]) {
                (Some(x), _) => args.push(x),
                (None, Some(g)) if defs.len() == 1 => args.push(f.add(ExprKind::Global(g), span)),
                (None, Some(_)) => {
                    self.err("unsupported-syntax", span, format!("leaving out '{}' of '{attr}', a method several classes define, before a later argument is not supported yet", names[i]));
                    return Some(f.add(ExprKind::None, span));
                }
                (None, None) => {
                    let kind = if i >= kwonly_start { "keyword-only" } else { "positional" };
                    self.err("call-error", span, format!("{attr}() missing 1 required {kind} argument: '{}'", names[i]));
                    return Some(f.add(ExprKind::None, span));
                }
            }
        }
        let call = f.add(ExprKind::Method(recv, attr.to_string(), args), span);
        // (the object may be a list, str...: its own method with the arguments as written)
        let call = if c.keywords.is_empty() {
            let plain: Vec<ExprId> = temps.iter().map(|t| f.add(ExprKind::Local(*t), span)).collect();
            let recv2 = f.add(ExprKind::Local(rt), span);
            let other = f.add(ExprKind::Method(recv2, attr.to_string(), plain), span);
            let recv3 = f.add(ExprKind::Local(rt), span);
            f.add(ExprKind::ByReceiver(recv3, call, other), span)
        } else {
            call
        };
        Some(f.add(ExprKind::Seq(pre, call), span))
    }

    fn lower_str_format(&mut self, f: &mut FnCx, fmt: &str, c: &ast::ExprCall, span: Span) -> ExprId {
        // Arguments are evaluated once, in order, before formatting.
        let mut pre = Vec::new();
        let mut positional = Vec::new();
        for x in &c.args {
            let t = f.temp();
            let v = self.lower_expr(f, x);
            pre.push(f.add(ExprKind::NamedExpr(Target::Local(t), v), span));
            positional.push(t);
        }
        let mut named = Vec::new();
        for k in &c.keywords {
            let Some(name) = &k.arg else { continue };
            let t = f.temp();
            let v = self.lower_expr(f, &k.value);
            pre.push(f.add(ExprKind::NamedExpr(Target::Local(t), v), span));
            named.push((name.to_string(), t));
        }
        let fields = match parse_format_string(fmt) {
            Ok(fields) => fields,
            Err(msg) => {
                self.err("call-error", span, msg);
                return f.add(ExprKind::None, span);
            }
        };
        let mut auto = 0usize;
        let mut numbering: Option<bool> = None; // Some(true): automatic
        let mut resolve = |cx: &mut Self, f: &mut FnCx, key: &str| -> Option<ExprId> {
            let local = if key.is_empty() || key.bytes().all(|b| b.is_ascii_digit()) {
                let is_auto = key.is_empty();
                if numbering.is_some_and(|n| n != is_auto) {
                    let msg = if is_auto {
                        "cannot switch from manual field specification to automatic field numbering"
                    } else {
                        "cannot switch from automatic field numbering to manual field specification"
                    };
                    cx.err("call-error", span, msg);
                    return None;
                }
                numbering = Some(is_auto);
                let i = if is_auto {
                    auto += 1;
                    auto - 1
                } else {
                    key.parse().unwrap_or(usize::MAX)
                };
                match positional.get(i) {
                    Some(t) => *t,
                    None => {
                        cx.err("call-error", span, format!("Replacement index {i} out of range for positional args tuple"));
                        return None;
                    }
                }
            } else {
                match named.iter().find(|(n, _)| n == key) {
                    Some((_, t)) => *t,
                    None => {
                        cx.err("call-error", span, format!("format string refers to a missing keyword argument '{key}'"));
                        return None;
                    }
                }
            };
            Some(f.add(ExprKind::Local(local), span))
        };
        let mut parts = Vec::new();
        for field in fields {
            match field {
                FormatPiece::Lit(s) => parts.push(FPart::Lit(s)),
                FormatPiece::Field { key, conv, spec } => {
                    let Some(value) = resolve(self, f, &key) else { return f.add(ExprKind::None, span) };
                    let spec = if spec.is_empty() {
                        None
                    } else {
                        let mut sp = Vec::new();
                        for piece in spec {
                            match piece {
                                FormatPiece::Lit(s) => sp.push(FPart::Lit(s)),
                                FormatPiece::Field { key, conv, .. } => {
                                    let Some(v) = resolve(self, f, &key) else { return f.add(ExprKind::None, span) };
                                    sp.push(FPart::Field { value: v, conv, spec: None });
                                }
                            }
                        }
                        Some(f.add(ExprKind::FString(sp), span))
                    };
                    parts.push(FPart::Field { value, conv, spec });
                }
            }
        }
        let text = f.add(ExprKind::FString(parts), span);
        if pre.is_empty() {
            text
        } else {
            f.add(ExprKind::Seq(pre, text), span)
        }
    }

    // f(a, k=v)  ==>  Call(f, [a, default_or_kw...]) in parameter order
    fn lower_user_call(&mut self, f: &mut FnCx, c: &ast::ExprCall, fid: FuncId, span: Span) -> ExprId {
        let fname = self.prog.funcs[fid].name.clone();
        // Parameters were collected with the module's bindings, before any body was lowered.
        let params: Vec<(String, Option<GlobalId>)> =
            self.prog.funcs[fid].params.iter().map(|p| (p.name.clone(), p.default)).collect();
        let nparams = params.len();
        let (posonly, kwonly_start) = (self.prog.funcs[fid].posonly, self.prog.funcs[fid].kwonly_start);
        let vararg = self.prog.funcs[fid].vararg;
        let kwarg = self.prog.funcs[fid].kwarg;
        let mut kw_pairs: Vec<(ExprId, ExprId)> = Vec::new();
        if c.args.len() > kwonly_start && vararg.is_none() {
            let msg = format!(
                "{fname}() takes {kwonly_start} positional argument{} but {} {} given",
                if kwonly_start == 1 { "" } else { "s" },
                c.args.len(),
                if c.args.len() == 1 { "was" } else { "were" }
            );
            self.call_error(fid, span, msg);
            return f.add(ExprKind::None, span);
        }
        // With keyword arguments, every argument is evaluated into a temporary first, in the
        // order written, then passed in parameter order.
        let mut pre = Vec::new();
        let mut eval = |cx: &mut Self, f: &mut FnCx, a: &ast::Expr| -> ExprId {
            let v = cx.lower_expr(f, a);
            if c.keywords.is_empty() {
                return v;
            }
            let t = f.temp();
            pre.push(f.add(ExprKind::NamedExpr(Target::Local(t), v), span));
            f.add(ExprKind::Local(t), span)
        };
        let npos = vararg.unwrap_or(nparams);
        let vals: Vec<ExprId> = c.args.iter().map(|a| eval(self, f, a)).collect();
        let mut slots = Self::positional_slots(f, vals, nparams, npos, vararg, span);
        for k in &c.keywords {
            let Some(kname) = &k.arg else { continue };
            if let Some(i) = params.iter().position(|(p, _)| p == kname.as_str()).filter(|i| *i < posonly) {
                let msg = format!("{fname}() got some positional-only arguments passed as keyword arguments: '{}'", params[i].0);
                self.call_error(fid, f.span(k), msg);
                return f.add(ExprKind::None, span);
            }
            match params.iter().position(|(p, _)| p == kname.as_str()).filter(|i| Some(*i) != vararg && Some(*i) != kwarg) {
                Some(i) if slots[i].is_none() => slots[i] = Some(eval(self, f, &k.value)),
                // f(x=1) with def f(**kw): kw["x"] = 1
                None if kwarg.is_some() => {
                    let v = eval(self, f, &k.value);
                    let key = f.add(ExprKind::Str(kname.to_string()), f.span(k));
                    kw_pairs.push((key, v));
                }
                Some(_) => {
                    self.call_error(fid, f.span(k), format!("{fname}() got multiple values for argument '{kname}'"));
                    return f.add(ExprKind::None, span);
                }
                None => {
                    self.call_error(fid, f.span(k), format!("{fname}() got an unexpected keyword argument '{kname}'"));
                    return f.add(ExprKind::None, span);
                }
            }
        }
        if let Some(k) = kwarg {
            slots[k] = Some(f.add(ExprKind::Dict(kw_pairs), span));
        }
        let mut args = Vec::new();
        let (mut missing, mut missing_kw) = (Vec::new(), Vec::new());
        for (i, slot) in slots.into_iter().enumerate() {
            match (slot, params[i].1) {
                (Some(e), _) => args.push(e),
                (None, Some(g)) => args.push(f.add(ExprKind::Global(g), span)),
                (None, None) if i >= kwonly_start => missing_kw.push(format!("'{}'", params[i].0)),
                (None, None) => missing.push(format!("'{}'", params[i].0)),
            }
        }
        for (names, kind) in [(missing, "positional"), (missing_kw, "keyword-only")] {
            if names.is_empty() {
                continue;
            }
            let list = match names.len() {
                1 => names[0].clone(),
                n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
            };
            let msg = format!(
                "{fname}() missing {} required {kind} argument{}: {list}",
                names.len(),
                if names.len() == 1 { "" } else { "s" }
            );
            self.call_error(fid, span, msg);
            return f.add(ExprKind::None, span);
        }
        let call = f.add(ExprKind::Call(fid, args), span);
        if pre.is_empty() {
            call
        } else {
            f.add(ExprKind::Seq(pre, call), span)
        }
    }

    // print(a, *xs, b, sep=s)  ==>  $p = [str(a)]; for $v in xs: $p.append(str($v));
    //                            $p.append(str(b)); print(s.join($p), end=...)
    fn lower_print_star(&mut self, f: &mut FnCx, c: &ast::ExprCall, span: Span) -> ExprId {
        let parts = f.temp();
        let empty = f.add(ExprKind::List(vec![]), span);
        let mut stmts = vec![st(StmtKind::Assign(Target::Local(parts), empty), span)];
        for a in &c.args {
            let push = |f: &mut FnCx, x: ExprId| {
                let s = f.add(ExprKind::Builtin(Builtin::Str, vec![x]), span);
                let l = f.add(ExprKind::Local(parts), span);
                st(StmtKind::Expr(f.add(ExprKind::Method(l, "append".into(), vec![s]), span)), span)
            };
            match a {
                ast::Expr::Starred(x) => {
                    f.loop_depth += 1;
                    let body = self.lower_each(f, &x.value, &mut |_, f, v| vec![push(f, v)]);
                    f.loop_depth -= 1;
                    stmts.extend(body);
                }
                other => {
                    let v = self.lower_expr(f, other);
                    stmts.push(push(f, v));
                }
            }
        }
        let rest = ast::ExprCall { func: c.func.clone(), args: vec![], keywords: c.keywords.clone(), range: c.range };
        let print = self.lower_print(f, &rest, span);
        let ExprKind::Print { sep, end, stream, .. } = &f.exprs[print].kind else { return print };
        let (sep, end, stream) = (*sep, *end, *stream);
        let sep = sep.unwrap_or_else(|| f.add(ExprKind::Str(" ".into()), span));
        let l = f.add(ExprKind::Local(parts), span);
        let line = f.add(ExprKind::Method(sep, "join".into(), vec![l]), span);
        let out = f.add(ExprKind::Print { args: vec![line], sep: None, end, stream }, span);
        f.add(ExprKind::Block(stmts, out), span)
    }

    // f(a, *xs) of a def:  $s = [] + xs (a list); then by len($s):
    //   the positional parameters after a take $s[0], $s[1]... (defaults fill the rest),
    //   extra items go to a *args parameter, else TypeError as CPython's
    fn lower_star_call(&mut self, f: &mut FnCx, c: &ast::ExprCall, fid: FuncId, span: Span) -> Option<ExprId> {
        let n = c.args.len();
        if c.args[..n - 1].iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return None;
        }
        let ast::Expr::Starred(star) = &c.args[n - 1] else { return None };
        let func = &self.prog.funcs[fid];
        let fname = func.name.clone();
        let params: Vec<(String, Option<GlobalId>)> = func.params.iter().map(|p| (p.name.clone(), p.default)).collect();
        let (vararg, kwonly_start, func_kwarg) = (func.vararg, func.kwonly_start, func.kwarg);
        let npos = vararg.unwrap_or(kwonly_start);
        let mut fixed: Vec<ExprId> = c.args[..n - 1].iter().map(|a| self.lower_expr(f, a)).collect();
        if fixed.len() > npos && vararg.is_none() {
            return None; // (the ordinary call reports it)
        }
        // (positional arguments beyond the parameters go to *args before the star's items)
        let extras = fixed.split_off(fixed.len().min(npos));
        let s = f.temp();
        let empty = f.add(ExprKind::List(extras), span);
        let mut stmts = vec![st(StmtKind::Assign(Target::Local(s), empty), span)];
        f.loop_depth += 1;
        stmts.extend(self.lower_each(f, &star.value, &mut |_, f, v| {
            let l = f.add(ExprKind::Local(s), span);
            vec![st(StmtKind::Expr(f.add(ExprKind::Method(l, "append".into(), vec![v]), span)), span)]
        }));
        f.loop_depth -= 1;
        let r = npos.saturating_sub(fixed.len());
        let result = f.temp();
        let int = |f: &mut FnCx, k: usize| f.add(ExprKind::Int(k as i64), span);
        let len_s = |f: &mut FnCx| {
            let l = f.add(ExprKind::Local(s), span);
            f.add(ExprKind::Builtin(Builtin::Len, vec![l]), span)
        };
        let type_error = |msg: ExprId| st(StmtKind::Raise { kind: abi::EXC_TYPE_ERROR, msg: Some(msg), cause: None, obj: None }, span);
        // one branch per number of items the parameters take
        let mut chain: Block = Vec::new();
        if vararg.is_none() {
            // too many: "f() takes 2 positional arguments but 3 were given"
            let given = len_s(f);
            let fixed_n = int(f, fixed.len());
            let total = f.add(ExprKind::Binary(BinOp::Add, given, fixed_n), span);
            let (given2, fixed2, one) = (len_s(f), int(f, fixed.len()), int(f, 1));
            let total2 = f.add(ExprKind::Binary(BinOp::Add, given2, fixed2), span);
            let single = f.add(ExprKind::Compare(CmpOp::Eq, total2, one), span);
            let total = f.add(ExprKind::Builtin(Builtin::Str, vec![total]), span);
            let required = params[..npos].iter().filter(|p| p.1.is_none()).count();
            let takes = if required < npos { format!("from {required} to {npos} positional arguments") } else { format!("{npos} positional argument{}", if npos == 1 { "" } else { "s" }) };
            let head = f.add(ExprKind::Str(format!("{fname}() takes {takes} but ")), span);
            let (was, were) = (f.add(ExprKind::Str(" was given".into()), span), f.add(ExprKind::Str(" were given".into()), span));
            let tail = f.add(ExprKind::IfExp(single, was, were), span);
            let m = f.add(ExprKind::Binary(BinOp::Add, head, total), span);
            let m = f.add(ExprKind::Binary(BinOp::Add, m, tail), span);
            chain = vec![type_error(m)];
        }
        for k in (0..=r).rev() {
            let mut args: Vec<ExprId> = Vec::new();
            let mut missing = Vec::new();
            for (i, (pname, default)) in params.iter().enumerate() {
                if Some(i) == func_kwarg {
                    args.push(f.add(ExprKind::Dict(vec![]), span));
                } else if Some(i) == vararg {
                    // f(*xs) with def f(a, *rest): rest = tuple($s[k:])
                    let l = f.add(ExprKind::Local(s), span);
                    let from = int(f, k);
                    let sl = f.add(ExprKind::Slice(l, [Some(from), None, None]), span);
                    args.push(f.add(ExprKind::Freeze(sl), span));
                } else if i < fixed.len() {
                    args.push(fixed[i]);
                } else if i < npos && i - fixed.len() < k {
                    let l = f.add(ExprKind::Local(s), span);
                    let j = int(f, i - fixed.len());
                    args.push(f.add(ExprKind::Subscript(l, j), span));
                } else {
                    match default {
                        Some(g) => args.push(f.add(ExprKind::Global(*g), span)),
                        None => missing.push(format!("'{pname}'")),
                    }
                }
            }
            let branch = if missing.is_empty() {
                let call = f.add(ExprKind::Call(fid, args), span);
                vec![st(StmtKind::Assign(Target::Local(result), call), span)]
            } else {
                let list = match missing.len() {
                    1 => missing[0].clone(),
                    m => format!("{} and {}", missing[..m - 1].join(", "), missing[m - 1]),
                };
                let msg = format!("{fname}() missing {} required positional argument{}: {list}", missing.len(), if missing.len() == 1 { "" } else { "s" });
                let m = f.add(ExprKind::Str(msg), span);
                vec![type_error(m)]
            };
            // (with *args, the longest branch takes every longer star too)
            let op = if k == r && vararg.is_some() { CmpOp::Ge } else { CmpOp::Eq };
            let (l, kk) = (len_s(f), int(f, k));
            let test = f.add(ExprKind::Compare(op, l, kk), span);
            chain = vec![st(StmtKind::If(test, branch, chain), span)];
        }
        stmts.extend(chain);
        let v = f.add(ExprKind::Local(result), span);
        Some(f.add(ExprKind::Block(stmts, v), span))
    }

    // print(*args, sep=' ', end='\n', file=sys.stdout, flush=False)
    fn lower_print(&mut self, f: &mut FnCx, c: &ast::ExprCall, span: Span) -> ExprId {
        let args = c.args.iter().map(|a| self.lower_expr(f, a)).collect();
        let (mut sep, mut end, mut stream) = (None, None, Stream::Stdout);
        for k in &c.keywords {
            let Some(name) = &k.arg else { continue };
            match name.as_str() {
                "sep" => sep = self.optional_str_kw(f, &k.value),
                "end" => end = self.optional_str_kw(f, &k.value),
                "flush" => {}
                "file" => {
                    let target = match &k.value {
                        ast::Expr::Attribute(a) if self.module_of(f, &a.value) == Some(ModRef::Sys) => Some(a.attr.as_str()),
                        _ => None,
                    };
                    match target {
                        Some("stderr") => stream = Stream::Stderr,
                        Some("stdout") => stream = Stream::Stdout,
                        _ => self.err("unsupported-syntax", f.span(&k.value), "print(file=...) supports sys.stdout and sys.stderr only"),
                    }
                }
                other => self.err("call-error", f.span(k), format!("'{other}' is an invalid keyword argument for print()")),
            }
        }
        f.add(ExprKind::Print { args, sep, end, stream }, span)
    }

    /// `sep=None` means the default, like CPython.
    fn optional_str_kw(&mut self, f: &mut FnCx, e: &ast::Expr) -> Option<ExprId> {
        if let ast::Expr::Constant(c) = e {
            if matches!(c.value, ast::Constant::None) {
                return None;
            }
        }
        Some(self.lower_expr(f, e))
    }

    // [elt for x in xs if c]  ==>  $r = []; for x in xs: if c: $r.append(elt); value $r
    // (sets add, dicts store $r[k] = v; the loop variables are hidden locals)
    fn lower_comprehension(&mut self, f: &mut FnCx, kind: Comp, elt: &ast::Expr, value: Option<&ast::Expr>, gens: &[ast::Comprehension], span: Span) -> ExprId {
        let r = f.temp();
        let init = match kind {
            Comp::List => ExprKind::List(vec![]),
            Comp::Set => ExprKind::Set(vec![], false),
            Comp::Dict => ExprKind::Dict(vec![]),
        };
        let init = f.add(init, span);
        let mut stmts = vec![st(StmtKind::Assign(Target::Local(r), init), span)];
        let loops = self.lower_generators(f, gens, &mut |this, f| {
            let acc = f.add(ExprKind::Local(r), span);
            let e = this.lower_expr(f, elt);
            let kind = match (kind, value) {
                (Comp::Dict, Some(v)) => {
                    let v = this.lower_expr(f, v);
                    StmtKind::Assign(Target::Item(acc, e), v)
                }
                (Comp::Set, _) => StmtKind::Expr(f.add(ExprKind::Method(acc, "add".into(), vec![e]), span)),
                _ => StmtKind::Expr(f.add(ExprKind::Method(acc, "append".into(), vec![e]), span)),
            };
            vec![st(kind, span)]
        });
        stmts.extend(loops);
        let v = f.add(ExprKind::Local(r), span);
        f.add(ExprKind::Block(stmts, v), span)
    }

    // for t1 in it1 if c1 for t2 in it2 ...: inner
    // (the first iterable is evaluated outside the comprehension's scope, as in CPython)
    fn lower_generators(&mut self, f: &mut FnCx, gens: &[ast::Comprehension], inner: &mut dyn FnMut(&mut Lowerer, &mut FnCx) -> Block) -> Block {
        let Some(g) = gens.first() else { return inner(self, f) };
        if g.is_async {
            self.err("unsupported-syntax", f.span(&g.iter), "async comprehensions are not supported");
            return vec![];
        }
        let gspan = f.span(&g.target);
        self.lower_each(f, &g.iter, &mut |this, f, elem| {
            f.scopes.push(HashMap::new());
            bind_names(f, &g.target);
            let mut body = Vec::new();
            if let Some(t) = this.lower_target(f, &g.target) {
                body.push(st(StmtKind::Assign(t, elem), gspan));
            }
            // (x for x in xs if isinstance(x, C)): x is a C after the test
            let mut conds = Vec::new();
            let mut narrowed = 0;
            for cond in &g.ifs {
                conds.push((this.lower_test(f, cond), f.span(cond)));
                narrowed += this.push_narrowings(f, cond, &[]);
            }
            let mut rest = this.lower_generators(f, &gens[1..], inner);
            this.narrow.truncate(this.narrow.len() - narrowed);
            for (c, at) in conds.into_iter().rev() {
                rest = vec![st(StmtKind::If(c, rest, vec![]), at)];
            }
            body.extend(rest);
            f.scopes.pop();
            body
        })
    }

    // Loops over any iterable, giving each element to `body` as an expression:
    //   (e for x in xs if c)  ==>  the generator's own loops
    //   enumerate(xs, s)      ==>  $i = s - 1; for $x in xs: $i += 1; body(($i, $x))
    //   map(fn, xs)           ==>  for $x in xs: body(fn($x))
    //   filter(fn, xs)        ==>  for $x in xs: if fn($x): body($x)
    //   xs                    ==>  for $x in xs: body($x)
    fn lower_each(&mut self, f: &mut FnCx, iter: &ast::Expr, body: Body) -> Block {
        let span = f.span(iter);
        if let ast::Expr::GeneratorExp(g) = iter {
            return self.lower_generators(f, &g.generators, &mut |this, f| {
                let e = this.lower_expr(f, &g.elt);
                body(this, f, e)
            });
        }
        if let Some((name, c)) = self.builtin_call(f, iter) {
            match (name.as_str(), c.args.len()) {
                ("enumerate", 1 | 2) if c.keywords.iter().all(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "start")) && c.keywords.len() + c.args.len() <= 2 => {
                    let start = match (c.args.get(1), c.keywords.first()) {
                        (Some(e), _) => self.lower_expr(f, e),
                        (None, Some(k)) => self.lower_expr(f, &k.value),
                        _ => f.add(ExprKind::Int(0), span),
                    };
                    let counter = f.temp();
                    let one = f.add(ExprKind::Int(1), span);
                    let before = f.add(ExprKind::Binary(BinOp::Sub, start, one), span);
                    let mut out = vec![st(StmtKind::Assign(Target::Local(counter), before), span)];
                    out.extend(self.lower_each(f, &c.args[0], &mut |this, f, x| {
                        let (cur, one) = (f.add(ExprKind::Local(counter), span), f.add(ExprKind::Int(1), span));
                        let next = f.add(ExprKind::Binary(BinOp::Add, cur, one), span);
                        let mut b = vec![st(StmtKind::Assign(Target::Local(counter), next), span)];
                        let i = f.add(ExprKind::Local(counter), span);
                        let pair = f.add(ExprKind::Tuple(vec![i, x]), span);
                        b.extend(body(this, f, pair));
                        b
                    }));
                    return out;
                }
                ("map", 2) | ("filter", 2) if c.keywords.is_empty() => {
                    let is_map = name == "map";
                    let none_fn = matches!(&c.args[0], ast::Expr::Constant(k) if matches!(k.value, ast::Constant::None));
                    let kf = if !is_map && none_fn { None } else { self.lower_fn_value(f, &c.args[0]) };
                    if kf.is_none() && (is_map || !none_fn) {
                        return vec![];
                    }
                    return self.lower_each(f, &c.args[1], &mut |this, f, x| {
                        let y = f.temp();
                        let mut b = vec![st(StmtKind::Assign(Target::Local(y), x), span)];
                        let v = match kf {
                            Some(k) => {
                                let arg = f.add(ExprKind::Local(y), span);
                                b.push(st(StmtKind::Assign(Target::Local(k.param), arg), span));
                                k.body
                            }
                            None => f.add(ExprKind::Local(y), span),
                        };
                        if is_map {
                            b.extend(body(this, f, v));
                        } else {
                            let keep = f.add(ExprKind::Local(y), span);
                            let inner = body(this, f, keep);
                            b.push(st(StmtKind::If(v, inner, vec![]), span));
                        }
                        b
                    });
                }
                _ => {}
            }
        }
        let it = self.lower_iterable(f, iter);
        let x = f.temp();
        let elem = f.add(ExprKind::Local(x), span);
        f.loop_depth += 1;
        let b = body(self, f, elem);
        f.loop_depth -= 1;
        vec![st(StmtKind::For { target: Target::Local(x), iter: it, body: b, orelse: vec![] }, span)]
    }

    /// `name(...)` when `name` is a builtin not shadowed by the program.
    fn builtin_call<'e>(&self, f: &FnCx, e: &'e ast::Expr) -> Option<(String, &'e ast::ExprCall)> {
        let ast::Expr::Call(c) = e else { return None };
        let ast::Expr::Name(n) = &*c.func else { return None };
        let name = n.id.to_string();
        if self.is_shadowed(f, &name) || f.scoped(&name).is_some() || c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_))) {
            return None;
        }
        Some((name, c))
    }

    // A function used as a value in key=, map() or filter():
    //   lambda x: body  ==>  KeyFn { param: $x, body }
    //   f / len / str.lower  ==>  KeyFn { param: $k, body: f($k) / len($k) / $k.lower() }
    fn lower_fn_value(&mut self, f: &mut FnCx, e: &ast::Expr) -> Option<KeyFn> {
        let span = f.span(e);
        let param = f.temp();
        let mut scope = HashMap::new();
        let body = match e {
            ast::Expr::Lambda(l) => {
                let a = &l.args;
                if a.args.len() + a.posonlyargs.len() != 1 || a.vararg.is_some() || a.kwarg.is_some() || !a.kwonlyargs.is_empty() {
                    self.err("unsupported-syntax", span, "only one-parameter lambdas are supported here for now");
                    return None;
                }
                let p = a.posonlyargs.first().or(a.args.first()).expect("one parameter");
                scope.insert(p.def.arg.to_string(), param);
                f.scopes.push(scope);
                let b = self.lower_expr(f, &l.body);
                f.scopes.pop();
                b
            }
            ast::Expr::Name(_) | ast::Expr::Attribute(_) => {
                let hidden = format!("$arg{param}");
                scope.insert(hidden.clone(), param);
                let r = e.range();
                let arg = ast::Expr::Name(ast::ExprName { range: r, id: ast::Identifier::new(hidden), ctx: ast::ExprContext::Load });
                let call = match e {
                    // str.lower  ==>  $k.lower()
                    ast::Expr::Attribute(a) if matches!(&*a.value, ast::Expr::Name(n) if n.id.as_str() == "str") => ast::Expr::Call(ast::ExprCall {
                        range: r,
                        func: Box::new(ast::Expr::Attribute(ast::ExprAttribute { range: r, value: Box::new(arg), attr: a.attr.clone(), ctx: ast::ExprContext::Load })),
                        args: vec![],
                        keywords: vec![],
                    }),
                    _ => ast::Expr::Call(ast::ExprCall { range: r, func: Box::new(e.clone()), args: vec![arg], keywords: vec![] }),
                };
                f.scopes.push(scope);
                let b = self.lower_expr(f, &call);
                f.scopes.pop();
                b
            }
            _ => {
                self.err("unsupported-syntax", span, "only a lambda or a function name is supported here for now");
                return None;
            }
        };
        Some(KeyFn { param, body })
    }

    /// Builds a list from any iterable argument (generators, map, enumerate, ...):
    /// `$l = []; for x in it: $l.append(x)`.
    fn lower_to_list(&mut self, f: &mut FnCx, it: &ast::Expr, span: Span) -> ExprId {
        let l = f.temp();
        let init = f.add(ExprKind::List(vec![]), span);
        let mut stmts = vec![st(StmtKind::Assign(Target::Local(l), init), span)];
        stmts.extend(self.lower_each(f, it, &mut |_, f, x| {
            let acc = f.add(ExprKind::Local(l), span);
            vec![st(StmtKind::Expr(f.add(ExprKind::Method(acc, "append".into(), vec![x]), span)), span)]
        }));
        let v = f.add(ExprKind::Local(l), span);
        f.add(ExprKind::Block(stmts, v), span)
    }

    /// Whether an argument needs a loop to be consumed (a generator or a lazy builtin).
    fn is_lazy(&self, f: &FnCx, e: &ast::Expr) -> bool {
        matches!(e, ast::Expr::GeneratorExp(_))
            || self.builtin_call(f, e).is_some_and(|(n, _)| matches!(n.as_str(), "enumerate" | "map" | "filter" | "zip" | "reversed" | "range"))
    }

    /// Builtins that consume an iterable: sum, min/max of one iterable, any, all, sorted,
    /// list, set, dict; `None` when `name` is not one of them (or is called another way).
    fn lower_iter_builtin(&mut self, f: &mut FnCx, c: &ast::ExprCall, name: &str, span: Span) -> Option<ExprId> {
        let kw = |k: &str| c.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == k)).map(|x| &x.value);
        let bad_kw = |allowed: &[&str]| c.keywords.iter().find(|x| !x.arg.as_ref().is_some_and(|a| allowed.contains(&a.as_str()))).and_then(|x| x.arg.as_ref()).map(|a| a.to_string());
        let n = c.args.len();
        match name {
            // sum(it, start=0)  ==>  $acc = start; for x in it: $acc = $acc + x
            "sum" => {
                if let Some(k) = bad_kw(&["start"]) {
                    self.err("call-error", span, format!("sum() got an unexpected keyword argument '{k}'"));
                    return Some(f.add(ExprKind::None, span));
                }
                if n == 0 || n + c.keywords.len() > 2 {
                    self.err("call-error", span, format!("sum() takes at most 2 arguments ({} given)", n + c.keywords.len()));
                    return Some(f.add(ExprKind::None, span));
                }
                let acc = f.temp();
                let start = match (c.args.get(1), kw("start")) {
                    (Some(e), _) | (None, Some(e)) => self.lower_expr(f, e),
                    _ => f.add(ExprKind::Int(0), span),
                };
                let mut stmts = vec![st(StmtKind::Assign(Target::Local(acc), start), span)];
                stmts.extend(self.lower_each(f, &c.args[0], &mut |_, f, x| {
                    let cur = f.add(ExprKind::Local(acc), span);
                    let v = f.add(ExprKind::Binary(BinOp::Add, cur, x), span);
                    vec![st(StmtKind::Assign(Target::Local(acc), v), span)]
                }));
                let v = f.add(ExprKind::Local(acc), span);
                Some(f.add(ExprKind::Block(stmts, v), span))
            }
            // min(it, key=k, default=d)
            //   ==>  $has = False
            //        for x in it: $k = k(x); if not $has or $k < $bk: $best = x; $bk = $k; $has = True
            //        if not $has: raise ValueError("min() arg is an empty sequence")   ($best = d)
            "min" | "max" if n == 1 || (n >= 2 && kw("key").is_some()) => {
                if let Some(k) = bad_kw(&["key", "default"]) {
                    self.err("call-error", span, format!("{name}() got an unexpected keyword argument '{k}'"));
                    return Some(f.add(ExprKind::None, span));
                }
                if n >= 2 && kw("default").is_some() {
                    self.err("call-error", span, format!("Cannot specify a default for {name}() with multiple positional arguments"));
                    return Some(f.add(ExprKind::None, span));
                }
                let key = match kw("key") {
                    Some(k) if !matches!(k, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None)) => Some(self.lower_fn_value(f, k)?),
                    _ => None,
                };
                let (has, best, bk) = (f.temp(), f.temp(), f.temp());
                let no = f.add(ExprKind::Bool(false), span);
                let mut stmts = vec![st(StmtKind::Assign(Target::Local(has), no), span)];
                let op = if name == "min" { CmpOp::Lt } else { CmpOp::Gt };
                let mut body = |_: &mut Lowerer, f: &mut FnCx, x: ExprId| {
                    let xv = f.temp();
                    let mut b = vec![st(StmtKind::Assign(Target::Local(xv), x), span)];
                    let k = match key {
                        Some(kf) => {
                            let a = f.add(ExprKind::Local(xv), span);
                            b.push(st(StmtKind::Assign(Target::Local(kf.param), a), span));
                            kf.body
                        }
                        None => f.add(ExprKind::Local(xv), span),
                    };
                    let kv = f.temp();
                    b.push(st(StmtKind::Assign(Target::Local(kv), k), span));
                    let h = f.add(ExprKind::Local(has), span);
                    let nh = f.add(ExprKind::Unary(UnaryOp::Not, h), span);
                    let (l, r) = (f.add(ExprKind::Local(kv), span), f.add(ExprKind::Local(bk), span));
                    let better = f.add(ExprKind::Compare(op, l, r), span);
                    let cond = f.add(ExprKind::Or(nh, better), span);
                    let (xe, ke, yes) = (f.add(ExprKind::Local(xv), span), f.add(ExprKind::Local(kv), span), f.add(ExprKind::Bool(true), span));
                    let upd = vec![
                        st(StmtKind::Assign(Target::Local(best), xe), span),
                        st(StmtKind::Assign(Target::Local(bk), ke), span),
                        st(StmtKind::Assign(Target::Local(has), yes), span),
                    ];
                    b.push(st(StmtKind::If(cond, upd, vec![]), span));
                    b
                };
                if n == 1 {
                    stmts.extend(self.lower_each(f, &c.args[0], &mut body));
                } else {
                    let items: Vec<ast::Expr> = c.args.clone();
                    let list = ast::Expr::List(ast::ExprList { range: c.range, elts: items, ctx: ast::ExprContext::Load });
                    stmts.extend(self.lower_each(f, &list, &mut body));
                }
                let h = f.add(ExprKind::Local(has), span);
                let nh = f.add(ExprKind::Unary(UnaryOp::Not, h), span);
                let empty = match kw("default") {
                    Some(d) => {
                        let d = self.lower_expr(f, d);
                        vec![st(StmtKind::Assign(Target::Local(best), d), span)]
                    }
                    None => {
                        let msg = f.add(ExprKind::Str(format!("{name}() arg is an empty sequence")), span);
                        vec![st(StmtKind::Raise { kind: abi::EXC_VALUE_ERROR, msg: Some(msg), cause: None, obj: None }, span)]
                    }
                };
                stmts.push(st(StmtKind::If(nh, empty, vec![]), span));
                let v = f.add(ExprKind::Local(best), span);
                Some(f.add(ExprKind::Block(stmts, v), span))
            }
            // any(it)  ==>  $r = False; for x in it: if x: $r = True; break
            "any" | "all" => {
                if n != 1 || !c.keywords.is_empty() {
                    self.err("call-error", span, format!("{name}() takes exactly one argument ({} given)", n + c.keywords.len()));
                    return Some(f.add(ExprKind::None, span));
                }
                let is_any = name == "any";
                let r = f.temp();
                let init = f.add(ExprKind::Bool(!is_any), span);
                let mut stmts = vec![st(StmtKind::Assign(Target::Local(r), init), span)];
                stmts.extend(self.lower_each(f, &c.args[0], &mut |_, f, x| {
                    let cond = if is_any { x } else { f.add(ExprKind::Unary(UnaryOp::Not, x), span) };
                    let v = f.add(ExprKind::Bool(is_any), span);
                    let hit = vec![st(StmtKind::Assign(Target::Local(r), v), span), st(StmtKind::Break, span)];
                    vec![st(StmtKind::If(cond, hit, vec![]), span)]
                }));
                let v = f.add(ExprKind::Local(r), span);
                Some(f.add(ExprKind::Block(stmts, v), span))
            }
            // sorted(it, key=k, reverse=r)  ==>  $l = list(it); $l.sort(key=k, reverse=r); value $l
            "sorted" => {
                if let Some(k) = bad_kw(&["key", "reverse"]) {
                    self.err("call-error", span, format!("sort() got an unexpected keyword argument '{k}'"));
                    return Some(f.add(ExprKind::None, span));
                }
                if n != 1 {
                    self.err("call-error", span, format!("sorted expected 1 argument, got {n}"));
                    return Some(f.add(ExprKind::None, span));
                }
                let list = self.lower_to_list(f, &c.args[0], span);
                let l = f.temp();
                let mut stmts = vec![st(StmtKind::Assign(Target::Local(l), list), span)];
                let recv = f.add(ExprKind::Local(l), span);
                let sort = self.lower_sort(f, recv, c, span)?;
                stmts.push(st(StmtKind::Expr(sort), span));
                let v = f.add(ExprKind::Local(l), span);
                Some(f.add(ExprKind::Block(stmts, v), span))
            }
            "list" => {
                if !c.keywords.is_empty() || n > 1 {
                    self.err("call-error", span, format!("list expected at most 1 argument, got {}", n + c.keywords.len()));
                    return Some(f.add(ExprKind::None, span));
                }
                if n == 0 {
                    return Some(f.add(ExprKind::List(vec![]), span));
                }
                Some(self.lower_to_list(f, &c.args[0], span))
            }
            // set(it)        ==>  $s = set(); $s.update(it)      (a generator: for x in it: $s.add(x))
            // frozenset(it)  ==>  the same on a set made frozen from the start
            // (`$add`/`$update` are the internal forms that frozensets accept while built)
            "set" | "frozenset" => {
                if !c.keywords.is_empty() || n > 1 {
                    self.err("call-error", span, format!("{name} expected at most 1 argument, got {}", n + c.keywords.len()));
                    return Some(f.add(ExprKind::None, span));
                }
                let s = f.temp();
                let init = f.add(ExprKind::Set(vec![], name == "frozenset"), span);
                let mut stmts = vec![st(StmtKind::Assign(Target::Local(s), init), span)];
                if n == 1 {
                    if self.is_lazy(f, &c.args[0]) {
                        stmts.extend(self.lower_each(f, &c.args[0], &mut |_, f, x| {
                            let acc = f.add(ExprKind::Local(s), span);
                            vec![st(StmtKind::Expr(f.add(ExprKind::Method(acc, "$add".into(), vec![x]), span)), span)]
                        }));
                    } else {
                        let arg = self.lower_expr(f, &c.args[0]);
                        let acc = f.add(ExprKind::Local(s), span);
                        let upd = f.add(ExprKind::Method(acc, "$update".into(), vec![arg]), span);
                        stmts.push(st(StmtKind::Expr(upd), span));
                    }
                }
                let v = f.add(ExprKind::Local(s), span);
                Some(f.add(ExprKind::Block(stmts, v), span))
            }
            // dict(it)  ==>  $d = {}; for ($k, $v) in it: $d[$k] = $v    (dict(d2) copies through update)
            "dict" => {
                if !c.keywords.is_empty() || n > 1 {
                    self.err("unsupported-syntax", span, "dict() with keyword arguments is not supported yet");
                    return Some(f.add(ExprKind::None, span));
                }
                let d = f.temp();
                let init = f.add(ExprKind::Dict(vec![]), span);
                let mut stmts = vec![st(StmtKind::Assign(Target::Local(d), init), span)];
                if n == 1 {
                    if self.is_lazy(f, &c.args[0]) {
                        stmts.extend(self.lower_each(f, &c.args[0], &mut |_, f, x| {
                            let (k, v) = (f.temp(), f.temp());
                            let mut b = vec![st(StmtKind::Assign(Target::Tuple(vec![Target::Local(k), Target::Local(v)]), x), span)];
                            let (acc, ke, ve) = (f.add(ExprKind::Local(d), span), f.add(ExprKind::Local(k), span), f.add(ExprKind::Local(v), span));
                            b.push(st(StmtKind::Assign(Target::Item(acc, ke), ve), span));
                            b
                        }));
                    } else {
                        let arg = self.lower_expr(f, &c.args[0]);
                        let acc = f.add(ExprKind::Local(d), span);
                        let upd = f.add(ExprKind::Method(acc, "update".into(), vec![arg]), span);
                        stmts.push(st(StmtKind::Expr(upd), span));
                    }
                }
                let v = f.add(ExprKind::Local(d), span);
                Some(f.add(ExprKind::Block(stmts, v), span))
            }
            "enumerate" | "zip" | "map" | "filter" | "reversed" => {
                self.err("unsupported-syntax", span, format!("{name}() is only supported as the iterable of a for loop or a comprehension, or inside list(), set(), dict(), sorted(), sum(), min(), max(), any() and all() for now"));
                Some(f.add(ExprKind::None, span))
            }
            // tuple(it)  ==>  Freeze(list(it));  tuple()  ==>  ()
            "tuple" => {
                if !c.keywords.is_empty() || n > 1 {
                    self.err("call-error", span, format!("tuple expected at most 1 argument, got {}", n + c.keywords.len()));
                    return Some(f.add(ExprKind::None, span));
                }
                if n == 0 {
                    return Some(f.add(ExprKind::Tuple(vec![]), span));
                }
                let l = self.lower_to_list(f, &c.args[0], span);
                Some(f.add(ExprKind::Freeze(l), span))
            }
            _ => None,
        }
    }

    // xs.sort(key=k, reverse=r)  ==>  Sort { list: xs, key: k, reverse: r }
    fn lower_sort(&mut self, f: &mut FnCx, list: ExprId, c: &ast::ExprCall, span: Span) -> Option<ExprId> {
        let mut key = None;
        let mut reverse = None;
        for k in &c.keywords {
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("key") if matches!(&k.value, ast::Expr::Constant(c) if matches!(c.value, ast::Constant::None)) => {}
                Some("key") => key = Some(self.lower_fn_value(f, &k.value)?),
                Some("reverse") => reverse = Some(self.lower_expr(f, &k.value)),
                other => {
                    self.err("call-error", span, format!("sort() got an unexpected keyword argument '{}'", other.unwrap_or("**")));
                    return None;
                }
            }
        }
        Some(f.add(ExprKind::Sort { list, key, reverse }, span))
    }

    fn lower_builtin_call(&mut self, f: &mut FnCx, c: &ast::ExprCall, b: Builtin, name: &str, span: Span) -> ExprId {
        // (min positional, max positional, keyword names in positional order with defaults)
        let (min, max, kws): (usize, usize, &[(&str, Option<f64>)]) = match b {
            Builtin::Len | Builtin::Abs | Builtin::Hex | Builtin::Oct | Builtin::Bin | Builtin::Repr | Builtin::Ord | Builtin::Chr => (1, 1, &[]),
            Builtin::Round => (1, 2, &[("ndigits", None)]),
            Builtin::Min | Builtin::Max => (2, usize::MAX, &[]),
            Builtin::Divmod => (2, 2, &[]),
            Builtin::Pow => (2, 2, &[]),
            Builtin::Int => (0, 2, &[("base", None)]),
            Builtin::Float | Builtin::Str | Builtin::Bool => (0, 1, &[]),
            Builtin::Input => (0, 1, &[]),
            Builtin::Format => (1, 2, &[]),
            Builtin::SysExit => (0, 1, &[]),
            Builtin::RecursionLimit(set) => (set as usize, set as usize, &[]),
            Builtin::Next => (1, 2, &[]),
            Builtin::Hash => (1, 1, &[]),
            Builtin::Math(m) => match m {
                MathFn::Atan2 | MathFn::Pow | MathFn::Hypot | MathFn::Gcd => (2, 2, &[]),
                MathFn::Log => (1, 2, &[]),
                MathFn::Isclose => (2, 2, &[("rel_tol", Some(1e-9)), ("abs_tol", Some(0.0))]),
                _ => (1, 1, &[]),
            },
        };
        let n = c.args.len();
        if b == Builtin::Pow && n == 3 {
            self.err("unsupported-syntax", span, "pow() with a modulus is not supported yet");
            return f.add(ExprKind::None, span);
        }
        if matches!(b, Builtin::Min | Builtin::Max) && n == 1 {
            self.err("unsupported-syntax", span, format!("{name}() of an iterable is not supported yet"));
            return f.add(ExprKind::None, span);
        }
        if n < min || n > max {
            let msg = if min == max {
                format!("{name}() takes exactly {min} argument{} ({n} given)", if min == 1 { "" } else { "s" })
            } else if n < min {
                format!("{name}() expected at least {min} arguments, got {n}")
            } else {
                format!("{name}() expected at most {max} arguments, got {n}")
            };
            self.err("call-error", span, msg);
            return f.add(ExprKind::None, span);
        }
        if matches!(b, Builtin::Min | Builtin::Max) && !c.keywords.is_empty() {
            self.err("unsupported-syntax", span, format!("{name}() with keyword arguments is not supported yet"));
            return f.add(ExprKind::None, span);
        }
        let mut args: Vec<ExprId> = c.args.iter().map(|a| self.lower_expr(f, a)).collect();
        let mut extra: Vec<Option<ExprId>> = vec![None; kws.len()];
        for k in &c.keywords {
            let Some(kname) = &k.arg else { continue };
            match kws.iter().position(|(n, _)| *n == kname.as_str()) {
                Some(i) => extra[i] = Some(self.lower_expr(f, &k.value)),
                None => {
                    self.err("call-error", f.span(k), format!("{name}() got an unexpected keyword argument '{kname}'"));
                    return f.add(ExprKind::None, span);
                }
            }
        }
        // Keyword-capable parameters that follow the positional ones.
        let first_kw = args.len().saturating_sub(min).min(kws.len());
        for (i, (_, default)) in kws.iter().enumerate().skip(first_kw) {
            match (extra[i], default) {
                (Some(e), _) => args.push(e),
                (None, Some(d)) => args.push(f.add(ExprKind::Float(*d), span)),
                (None, None) => {}
            }
        }
        f.add(ExprKind::Builtin(b, args), span)
    }
}

#[cfg(test)]
mod tests {
    use crate::front_end_for_test;
    use crate::hir::*;

    #[test]
    fn chained_comparison_evaluates_middle_once() {
        let (prog, _, diags) = front_end_for_test(&[("m.py", "a = 1\nprint(0 < a < 2)\n")]);
        assert!(!diags.has_errors());
        let init = &prog.funcs[prog.modules[0].init];
        // (0 < ($t := a)) and ($t < 2)
        assert!(init.exprs.iter().any(|e| matches!(e.kind, ExprKind::NamedExpr(Target::Local(_), _))));
        assert!(init.exprs.iter().any(|e| matches!(e.kind, ExprKind::And(..))));
    }

    #[test]
    fn unsupported_and_unbound_are_reported_with_ids() {
        let (_, _, diags) = front_end_for_test(&[("m.py", "class B(A):\n    pass\nprint(nope)\nimport numpy\n")]);
        let ids: Vec<&str> = diags.list.iter().map(|d| d.id).collect();
        assert!(ids.contains(&"unsupported-syntax"), "{ids:?}");
        assert!(ids.contains(&"unbound-name"), "{ids:?}");
        assert!(ids.contains(&"import-error"), "{ids:?}");
    }

    /// f(1, c=5)  ==>  Seq([$a := 1, $c := 5], f($a, <default of b>, $c)): arguments are
    /// evaluated in the order written, then passed in parameter order.
    #[test]
    fn keyword_arguments_and_defaults_fill_parameters_in_order() {
        let src = "def f(a, b=2, c=3):\n    return a + b + c\nprint(f(1, c=5))\n";
        let (prog, _, diags) = front_end_for_test(&[("m.py", src)]);
        assert!(!diags.has_errors());
        let init = &prog.funcs[prog.modules[0].init];
        let (pre, call) = init
            .exprs
            .iter()
            .find_map(|e| match &e.kind {
                ExprKind::Seq(pre, call) => Some((pre.clone(), *call)),
                _ => None,
            })
            .expect("a sequence");
        let assigned: Vec<&ExprKind> = pre
            .iter()
            .map(|e| match &init.exprs[*e].kind {
                ExprKind::NamedExpr(Target::Local(_), v) => &init.exprs[*v].kind,
                other => other,
            })
            .collect();
        assert!(matches!(assigned[..], [ExprKind::Int(1), ExprKind::Int(5)]), "{assigned:?}");
        let ExprKind::Call(_, args) = &init.exprs[call].kind else { panic!("not a call") };
        assert!(matches!(init.exprs[args[0]].kind, ExprKind::Local(_)));
        assert!(matches!(init.exprs[args[1]].kind, ExprKind::Global(_)));
        assert!(matches!(init.exprs[args[2]].kind, ExprKind::Local(_)));
    }
}

/// Every name the `math` module offers.
const MATH_NAMES: &[&str] = &[
    "pi", "e", "tau", "inf", "nan", "sqrt", "floor", "ceil", "trunc", "sin", "cos", "tan", "asin", "acos", "atan", "atan2",
    "exp", "log", "log10", "log2", "pow", "fabs", "hypot", "isqrt", "gcd", "isclose", "isinf", "isnan", "isfinite",
    "degrees", "radians",
];

/// Names the real `math` module has that pyexe does not support yet.
const MATH_UNSUPPORTED: &[&str] = &[
    "acosh", "asinh", "atanh", "cbrt", "comb", "copysign", "cosh", "dist", "erf", "erfc", "exp2", "expm1", "factorial",
    "fmod", "frexp", "fsum", "gamma", "lcm", "ldexp", "lgamma", "log1p", "modf", "nextafter", "perm", "prod",
    "remainder", "sinh", "sumprod", "tanh", "ulp",
];

/// The candidate nearest to `name` by edit distance, if near enough to be a likely typo.
fn closest<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (name.chars().count() / 3).max(1);
    candidates
        .filter(|c| *c != name)
        .map(|c| (edit_distance(name, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, c.to_string()))
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + (ca != *cb) as usize).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// A piece of a `str.format` template.
enum FormatPiece {
    Lit(String),
    /// `{key!conv:spec}`; the spec may itself hold `{...}` fields.
    Field { key: String, conv: Conversion, spec: Vec<FormatPiece> },
}

/// Parses a `str.format` template the way CPython does, or gives its error message.
fn parse_format_string(fmt: &str) -> Result<Vec<FormatPiece>, String> {
    fn parse(chars: &[char], i: &mut usize, nested: bool) -> Result<Vec<FormatPiece>, String> {
        let mut out = Vec::new();
        let mut lit = String::new();
        while *i < chars.len() {
            let c = chars[*i];
            match c {
                '{' if chars.get(*i + 1) == Some(&'{') && !nested => {
                    lit.push('{');
                    *i += 2;
                }
                '}' if chars.get(*i + 1) == Some(&'}') && !nested => {
                    lit.push('}');
                    *i += 2;
                }
                '}' if nested => break,
                '}' => return Err("Single '}' encountered in format string".into()),
                '{' if *i + 1 == chars.len() => return Err("Single '{' encountered in format string".into()),
                '{' => {
                    *i += 1;
                    let start = *i;
                    let mut depth = 0;
                    while *i < chars.len() && !(depth == 0 && matches!(chars[*i], '}' | '!' | ':')) {
                        match chars[*i] {
                            '[' => depth += 1,
                            ']' => depth -= 1,
                            _ => {}
                        }
                        *i += 1;
                    }
                    let key: String = chars[start..*i].iter().collect();
                    if key.contains(['.', '[']) {
                        return Err("attribute and index lookups in format fields are not supported yet".into());
                    }
                    let mut conv = Conversion::None;
                    if chars.get(*i) == Some(&'!') {
                        conv = match chars.get(*i + 1) {
                            Some('r') => Conversion::Repr,
                            Some('s') => Conversion::Str,
                            Some('a') => return Err("'!a' conversion is not supported yet".into()),
                            _ => return Err("Unknown conversion specifier".into()),
                        };
                        *i += 2;
                    }
                    let mut spec = Vec::new();
                    if chars.get(*i) == Some(&':') {
                        *i += 1;
                        if nested {
                            return Err("Max string recursion exceeded".into());
                        }
                        spec = parse(chars, i, true)?;
                    }
                    if chars.get(*i) != Some(&'}') {
                        return Err("expected '}' before end of string".into());
                    }
                    *i += 1;
                    if !lit.is_empty() {
                        out.push(FormatPiece::Lit(std::mem::take(&mut lit)));
                    }
                    out.push(FormatPiece::Field { key, conv, spec });
                }
                c => {
                    lit.push(c);
                    *i += 1;
                }
            }
        }
        if !lit.is_empty() {
            out.push(FormatPiece::Lit(lit));
        }
        Ok(out)
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    parse(&chars, &mut i, false)
}
