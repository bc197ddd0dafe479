//! Splits a variable that a function (or the entry module) reuses for unrelated values
//! into one variable per region: `for x in shapes: ...` … `for x in names: ...` become two
//! variables, each with its own type, as if the program had used two names.
//!
//! A region starts at a top-level statement that assigns the variable without reading it
//! (`x = ...`, `x, y = ...`, or `for x in ...` when nothing after the loop reads the old
//! value), and runs to the next such statement. No value can flow from one region into the
//! next, so renaming each region's occurrences changes nothing CPython would print.
//! Variables that nested functions, classes, lambdas or comprehensions name, or that
//! `global`, `nonlocal`, `del`, `import` or an `except ... as` touch, are left alone, as
//! are module variables of modules other than the entry (other modules may read them).
use rustpython_parser::ast;
use std::collections::HashSet;

type R = ast::text_size::TextRange;

/// What a statement does with names: reads and stores at its own level, and the names
/// the analysis must leave alone (`pinned`). With `rename`, it also renames a name.
#[derive(Default)]
struct Uses {
    reads: HashSet<String>,
    stores: HashSet<String>,
    pinned: HashSet<String>,
    depth: usize,
    rename: Option<(String, String)>,
}

impl Uses {
    fn of(s: &ast::Stmt) -> Uses {
        let mut u = Uses::default();
        let _ = ast::Fold::fold_stmt(&mut u, s.clone());
        u
    }
    fn of_expr(e: &ast::Expr) -> Uses {
        let mut u = Uses::default();
        let _ = ast::Fold::fold_expr(&mut u, e.clone());
        u
    }
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }
}

type Res<T> = Result<T, std::convert::Infallible>;

impl ast::Fold<R> for Uses {
    type TargetU = R;
    type Error = std::convert::Infallible;
    type UserContext = ();
    fn will_map_user(&mut self, _: &R) {}
    fn map_user(&mut self, r: R, _: ()) -> Res<R> {
        Ok(r)
    }
    fn fold_expr_name(&mut self, mut n: ast::ExprName) -> Res<ast::ExprName> {
        if let Some((from, to)) = &self.rename {
            if n.id.as_str() == from {
                n.id = ast::Identifier::new(to.as_str());
            }
            return Ok(n);
        }
        let id = n.id.to_string();
        if self.depth > 0 {
            self.pinned.insert(id);
        } else {
            match n.ctx {
                ast::ExprContext::Load => self.reads.insert(id),
                ast::ExprContext::Store => self.stores.insert(id),
                ast::ExprContext::Del => self.pinned.insert(id),
            };
        }
        Ok(n)
    }
    // x += 1 reads x
    fn fold_stmt_aug_assign(&mut self, s: ast::StmtAugAssign) -> Res<ast::StmtAugAssign> {
        if let ast::Expr::Name(n) = &*s.target {
            if self.depth == 0 {
                self.reads.insert(n.id.to_string());
            }
        }
        ast::fold::fold_stmt_aug_assign(self, s)
    }
    fn fold_stmt_function_def(&mut self, s: ast::StmtFunctionDef) -> Res<ast::StmtFunctionDef> {
        self.pinned.insert(s.name.to_string());
        self.nested(|u| ast::fold::fold_stmt_function_def(u, s))
    }
    fn fold_stmt_class_def(&mut self, s: ast::StmtClassDef) -> Res<ast::StmtClassDef> {
        self.pinned.insert(s.name.to_string());
        self.nested(|u| ast::fold::fold_stmt_class_def(u, s))
    }
    fn fold_stmt_global(&mut self, s: ast::StmtGlobal) -> Res<ast::StmtGlobal> {
        self.pinned.extend(s.names.iter().map(|n| n.to_string()));
        Ok(s)
    }
    fn fold_stmt_nonlocal(&mut self, s: ast::StmtNonlocal) -> Res<ast::StmtNonlocal> {
        self.pinned.extend(s.names.iter().map(|n| n.to_string()));
        Ok(s)
    }
    fn fold_stmt_import(&mut self, s: ast::StmtImport) -> Res<ast::StmtImport> {
        for a in &s.names {
            let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
            self.pinned.insert(bound.split('.').next().unwrap_or_default().to_string());
        }
        Ok(s)
    }
    fn fold_stmt_import_from(&mut self, s: ast::StmtImportFrom) -> Res<ast::StmtImportFrom> {
        for a in &s.names {
            self.pinned.insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
        }
        Ok(s)
    }
    fn fold_excepthandler(&mut self, h: ast::ExceptHandler) -> Res<ast::ExceptHandler> {
        let ast::ExceptHandler::ExceptHandler(x) = &h;
        if let Some(n) = &x.name {
            self.pinned.insert(n.to_string());
        }
        ast::fold::fold_excepthandler(self, h)
    }
    fn fold_expr_lambda(&mut self, e: ast::ExprLambda) -> Res<ast::ExprLambda> {
        self.nested(|u| ast::fold::fold_expr_lambda(u, e))
    }
    fn fold_expr_list_comp(&mut self, e: ast::ExprListComp) -> Res<ast::ExprListComp> {
        self.nested(|u| ast::fold::fold_expr_list_comp(u, e))
    }
    fn fold_expr_set_comp(&mut self, e: ast::ExprSetComp) -> Res<ast::ExprSetComp> {
        self.nested(|u| ast::fold::fold_expr_set_comp(u, e))
    }
    fn fold_expr_dict_comp(&mut self, e: ast::ExprDictComp) -> Res<ast::ExprDictComp> {
        self.nested(|u| ast::fold::fold_expr_dict_comp(u, e))
    }
    fn fold_expr_generator_exp(&mut self, e: ast::ExprGeneratorExp) -> Res<ast::ExprGeneratorExp> {
        self.nested(|u| ast::fold::fold_expr_generator_exp(u, e))
    }
}

/// Whether assignment target `t` binds `name` (directly or inside a tuple or list).
fn binds(t: &ast::Expr, name: &str) -> bool {
    match t {
        ast::Expr::Name(n) => n.id.as_str() == name,
        ast::Expr::Tuple(x) => x.elts.iter().any(|e| binds(e, name)),
        ast::Expr::List(x) => x.elts.iter().any(|e| binds(e, name)),
        ast::Expr::Starred(x) => binds(&x.value, name),
        _ => false,
    }
}

/// Whether a `for` over `e` runs its body at least once: a non-empty literal list, tuple
/// or string, or `range(n)` / `range(a, b)` of constants with n > 0 / a < b.
fn always_runs(e: &ast::Expr, range_ok: bool) -> bool {
    let int = |e: &ast::Expr| match e {
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::Int(i) => i64::try_from(i).ok(),
            _ => None,
        },
        _ => None,
    };
    match e {
        ast::Expr::List(x) => !x.elts.is_empty(),
        ast::Expr::Tuple(x) => !x.elts.is_empty(),
        ast::Expr::Constant(c) => matches!(&c.value, ast::Constant::Str(s) if !s.is_empty()),
        ast::Expr::Call(c) if range_ok && matches!(&*c.func, ast::Expr::Name(n) if n.id.as_str() == "range") && c.keywords.is_empty() => match &c.args[..] {
            [n] => int(n).is_some_and(|n| n > 0),
            [a, b] => matches!((int(a), int(b)), (Some(a), Some(b)) if a < b),
            _ => false,
        },
        _ => false,
    }
}

/// Splits the variables of one body (a function's or the entry module's top level).
/// `params`: names bound on entry (they start region 0); `range_ok`: `range` is the
/// builtin.
pub fn split_body(body: &mut [ast::Stmt], params: &[String], range_ok: bool) {
    let uses: Vec<Uses> = body.iter().map(Uses::of).collect();
    // what a `for` reads outside its body (its iterable and `else`), once per loop
    let loop_reads: Vec<HashSet<String>> = body
        .iter()
        .map(|s| match s {
            ast::Stmt::For(f) => {
                let mut r = Uses::of_expr(&f.iter).reads;
                r.extend(f.orelse.iter().flat_map(|s| Uses::of(s).reads));
                r
            }
            _ => HashSet::new(),
        })
        .collect();
    let mut pinned: HashSet<String> = HashSet::new();
    let mut names: Vec<String> = Vec::new();
    for u in &uses {
        pinned.extend(u.pinned.iter().cloned());
        for n in &u.stores {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
    }
    for v in names {
        if pinned.contains(&v) {
            continue;
        }
        // the statements that start a region
        let mut kills: Vec<usize> = Vec::new();
        for (i, s) in body.iter().enumerate() {
            let kill = match s {
                ast::Stmt::Assign(a) => a.targets.iter().any(|t| binds(t, &v)) && !uses[i].reads.contains(&v),
                ast::Stmt::AnnAssign(a) => a.value.is_some() && binds(&a.target, &v) && !uses[i].reads.contains(&v),
                ast::Stmt::For(f) => binds(&f.target, &v) && !loop_reads[i].contains(&v),
                _ => false,
            };
            if kill {
                kills.push(i);
            }
        }
        // a loop that may not run leaves the old value: only a region start if it always
        // runs, or nothing after it reads the variable before the next region starts
        // (from the last: a dropped start extends the region before it)
        let mut valid: Vec<usize> = Vec::new();
        let mut end = body.len();
        for &i in kills.iter().rev() {
            if let ast::Stmt::For(f) = &body[i] {
                if !always_runs(&f.iter, range_ok) && (i + 1..end).any(|j| uses[j].reads.contains(&v)) {
                    continue;
                }
            }
            valid.push(i);
            end = i;
        }
        valid.reverse();
        // the first region holds whatever comes before the second start (and the parameter)
        let first_use = body.iter().enumerate().position(|(j, _)| uses[j].reads.contains(&v) || uses[j].stores.contains(&v));
        let starts: Vec<usize> = valid.into_iter().filter(|&i| params.contains(&v) || Some(i) != first_use).collect();
        for (r, &start) in starts.iter().enumerate() {
            let end = starts.get(r + 1).copied().unwrap_or(body.len());
            let to = format!("{v}${}", r + 1);
            for s in &mut body[start..end] {
                let taken = std::mem::replace(s, ast::Stmt::Pass(ast::StmtPass { range: R::default() }));
                let mut rename = Uses { rename: Some((v.clone(), to.clone())), ..Uses::default() };
                *s = ast::Fold::fold_stmt(&mut rename, taken).unwrap_or_else(|e| match e {});
            }
        }
    }
}

/// Splits the variables of every function of a module, and of its top level when it is
/// the entry module.
pub fn split_module(body: &mut [ast::Stmt], entry: bool) {
    let mut top = Uses::default();
    for s in body.iter() {
        let u = Uses::of(s);
        top.stores.extend(u.stores);
        top.pinned.extend(u.pinned);
    }
    let defines_range = body.iter().any(|s| match s {
        ast::Stmt::FunctionDef(d) => d.name.as_str() == "range",
        ast::Stmt::ClassDef(c) => c.name.as_str() == "range",
        ast::Stmt::Import(i) => i.names.iter().any(|a| a.asname.as_ref().unwrap_or(&a.name).as_str() == "range"),
        ast::Stmt::ImportFrom(i) => i.names.iter().any(|a| a.asname.as_ref().unwrap_or(&a.name).as_str() == "range"),
        _ => false,
    });
    let range_ok = !top.stores.contains("range") && !defines_range;
    fn functions(body: &mut [ast::Stmt], range_ok: bool) {
        for s in body.iter_mut() {
            match s {
                ast::Stmt::FunctionDef(d) => {
                    let a = &d.args;
                    let mut params: Vec<String> = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs).map(|p| p.def.arg.to_string()).collect();
                    params.extend(a.vararg.iter().chain(&a.kwarg).map(|p| p.arg.to_string()));
                    functions(&mut d.body, range_ok);
                    split_body(&mut d.body, &params, range_ok);
                }
                ast::Stmt::ClassDef(c) => functions(&mut c.body, range_ok),
                ast::Stmt::If(x) => {
                    functions(&mut x.body, range_ok);
                    functions(&mut x.orelse, range_ok);
                }
                _ => {}
            }
        }
    }
    functions(body, range_ok);
    if entry {
        split_body(body, &[], range_ok);
    }
}
