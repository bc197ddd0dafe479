//! Loading: parses the entry file and every local module it imports (transitively),
//! reading files through a callback so this stage stays pure.
use crate::diag::{Diagnostics, SourceFile, Span};
use rustpython_parser::{ast, Mode};
use std::path::{Path, PathBuf};

/// Parses source the compiler generates (dataclass methods, desugarings); every node gets
/// the range `at` of the code it stands for, so diagnostics and tracebacks point there.
pub fn parse_generated(src: &str, at: ast::text_size::TextRange) -> Option<Vec<ast::Stmt>> {
    struct Relocate(ast::text_size::TextRange);
    impl ast::Fold<ast::text_size::TextRange> for Relocate {
        type TargetU = ast::text_size::TextRange;
        type Error = std::convert::Infallible;
        type UserContext = ();
        fn will_map_user(&mut self, _: &ast::text_size::TextRange) {}
        fn map_user(&mut self, _: ast::text_size::TextRange, _: ()) -> Result<ast::text_size::TextRange, Self::Error> {
            Ok(self.0)
        }
    }
    let parsed = rustpython_parser::parse(src, Mode::Module, "<generated>").ok()?;
    match ast::Fold::fold_mod(&mut Relocate(at), parsed).ok()? {
        ast::Mod::Module(m) => Some(m.body),
        _ => None,
    }
}

/// `parse_generated` of one expression.
pub fn parse_generated_expr(src: &str, at: ast::text_size::TextRange) -> Option<ast::Expr> {
    match parse_generated(src, at)?.into_iter().next()? {
        ast::Stmt::Expr(e) => Some(*e.value),
        _ => None,
    }
}

/// Modules compiled in rather than loaded from files.
pub const BUILTIN_MODULES: &[&str] = &["sys", "math"];

#[derive(Clone)]
pub struct ParsedModule {
    pub name: String,
    pub file: usize,
    pub body: Vec<ast::Stmt>,
}

#[derive(Clone)]
pub struct Loaded {
    pub files: Vec<SourceFile>,
    /// The entry module first, then imported modules in discovery order.
    pub modules: Vec<ParsedModule>,
}

/// Parses `entry` and the local modules it imports from its directory.
/// `read` returns a file's text, or `None` when it does not exist.
pub fn load(entry: &Path, read: &mut dyn FnMut(&Path) -> Option<String>, diags: &mut Diagnostics) -> Option<Loaded> {
    let dir = entry.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut loaded = Loaded { files: Vec::new(), modules: Vec::new() };
    let mut queue: Vec<(String, PathBuf)> = vec![("__main__".into(), entry.to_path_buf())];
    while let Some((name, path)) = queue.pop() {
        let Some(text) = read(&path) else {
            diags.error("import-error", Span::default(), format!("cannot read '{}'", path.display()));
            return None;
        };
        let file = loaded.files.len();
        let shown = path.to_string_lossy().trim_start_matches("./").to_string();
        // CPython's __file__: absolute, `..` and `.` collapsed, symlinks kept (os.path.abspath).
        let abs_path = std::path::absolute(&path).map(|p| normalize(&p)).unwrap_or_else(|_| shown.clone());
        loaded.files.push(SourceFile::new(shown.clone(), abs_path, text));
        let body = match rustpython_parser::parse(&loaded.files[file].text, Mode::Module, &shown) {
            Ok(ast::Mod::Module(m)) => m.body,
            Ok(_) => Vec::new(),
            Err(e) => {
                let at = u32::from(e.offset);
                diags.error("syntax-error", Span { file, start: at, end: at + 1 }, syntax_message(&e.error));
                continue;
            }
        };
        for m in imported_modules(&body) {
            let known = m == name || loaded.modules.iter().any(|p| p.name == m) || queue.iter().any(|(q, _)| *q == m);
            let path = dir.join(format!("{m}.py"));
            if !known && !BUILTIN_MODULES.contains(&m.as_str()) && read(&path).is_some() {
                queue.push((m, path));
            }
        }
        loaded.modules.push(ParsedModule { name, file, body });
    }
    Some(loaded)
}

/// Names of the modules a body imports, anywhere in it.
fn imported_modules(body: &[ast::Stmt]) -> Vec<String> {
    let mut out = Vec::new();
    walk_stmts(body, &mut |s| match s {
        ast::Stmt::Import(i) => out.extend(i.names.iter().map(|a| a.name.to_string())),
        ast::Stmt::ImportFrom(i) => out.extend(i.module.iter().map(|m| m.to_string())),
        _ => {}
    });
    out
}

/// Calls `f` on every statement of `body`, nested blocks included.
pub fn walk_stmts<'a>(body: &'a [ast::Stmt], f: &mut dyn FnMut(&'a ast::Stmt)) {
    for s in body {
        f(s);
        match s {
            ast::Stmt::FunctionDef(d) => walk_stmts(&d.body, f),
            ast::Stmt::If(i) => {
                walk_stmts(&i.body, f);
                walk_stmts(&i.orelse, f);
            }
            ast::Stmt::While(w) => {
                walk_stmts(&w.body, f);
                walk_stmts(&w.orelse, f);
            }
            ast::Stmt::For(w) => {
                walk_stmts(&w.body, f);
                walk_stmts(&w.orelse, f);
            }
            _ => {}
        }
    }
}

/// `os.path.normpath` of an absolute path: drops `.` and resolves `..` lexically.
fn normalize(p: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                parts.pop();
            }
            std::path::Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    format!("/{}", parts.join("/"))
}

/// A parse error in CPython's words where they are known ("expected ':'").
fn syntax_message(e: &rustpython_parser::ParseErrorType) -> String {
    use rustpython_parser::{ParseErrorType as P, Tok};
    let token = |t: &Tok| match t {
        Tok::Newline => "end of line".to_string(),
        Tok::EndOfFile => "end of file".to_string(),
        Tok::Indent => "indent".to_string(),
        Tok::Dedent => "dedent".to_string(),
        other => other.to_string(),
    };
    match e {
        P::Eof => "unexpected end of file (is a bracket left open?)".into(),
        P::UnrecognizedToken(Tok::Indent, _) => "unexpected indent".into(),
        P::UnrecognizedToken(_, Some(exp)) if exp == "Indent" => "expected an indented block".into(),
        P::UnrecognizedToken(_, Some(exp)) if exp.starts_with('"') => format!("expected '{}'", exp.trim_matches('"')),
        P::UnrecognizedToken(t, _) | P::ExtraToken(t) => format!("invalid syntax: unexpected {}", token(t)),
        P::InvalidToken => "invalid syntax: invalid token".into(),
        P::Lexical(l) => {
            let text = l.to_string();
            // Some lexer errors carry a Rust value's debug text: say what it means instead.
            if text.contains("ParseBigIntError") || text.contains("ParseIntError") {
                "invalid number literal".into()
            } else {
                text
            }
        }
    }
}
