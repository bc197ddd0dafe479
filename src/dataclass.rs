//! `@dataclass`: rewrites a decorated class into the class CPython's `dataclasses` would
//! build, by generating the source of `__init__`, `__repr__`, `__eq__` (and the ordering
//! methods with `order=True`, `__hash__` with `frozen=True`) and parsing it at the class's
//! position. Pure: the AST in, the AST out.
use rustpython_parser::ast::{self, Ranged};

/// Options of `@dataclass(...)`.
#[derive(Debug, Default, Clone, Copy)]
pub struct Options {
    pub order: bool,
    pub frozen: bool,
    pub eq: bool,
    pub repr: bool,
    pub init: bool,
}

/// A field: its name, how `__init__` gets its value, and whether `__eq__`/ordering/
/// `__hash__` (`compare`) and `__repr__` (`repr`) use it (`field(compare=False)`).
#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub default: Default,
    pub compare: bool,
    pub repr: bool,
}

#[derive(Debug, Clone)]
pub enum Default {
    None,
    /// The source text of the default value (evaluated once, when the class is defined).
    Value(String),
    /// `field(default_factory=f)`: `f`, called by every construction that does not pass
    /// the field (the generated parameter's own default, `None`, is never used).
    Factory(ast::Expr),
}

/// The options when the class is decorated with `@dataclass` / `@dataclass(...)` (names
/// the module imported from `dataclasses` as `dataclass`); an error message for options
/// that are not supported.
pub fn options(c: &ast::StmtClassDef, is_dataclass: &dyn Fn(&str) -> bool) -> Option<Result<Options, String>> {
    let [d] = &c.decorator_list[..] else { return None };
    let mut o = Options { eq: true, repr: true, init: true, ..Options::default() };
    match d {
        ast::Expr::Name(n) if is_dataclass(n.id.as_str()) => Some(Ok(o)),
        ast::Expr::Call(call) if matches!(&*call.func, ast::Expr::Name(n) if is_dataclass(n.id.as_str())) && call.args.is_empty() => {
            for k in &call.keywords {
                let name = k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default();
                let value = match &k.value {
                    ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Bool(b), .. }) => *b,
                    _ => return Some(Err(format!("@dataclass({name}=...) takes True or False here"))),
                };
                match name.as_str() {
                    "order" => o.order = value,
                    "frozen" => o.frozen = value,
                    "eq" => o.eq = value,
                    "repr" => o.repr = value,
                    "init" => o.init = value,
                    other => return Some(Err(format!("@dataclass({other}=...) is not supported yet"))),
                }
            }
            Some(Ok(o))
        }
        _ => None,
    }
}

/// The fields a class body declares (`name: type` / `name: type = default`), in order.
pub fn fields(c: &ast::StmtClassDef, text: &str, is_field: &dyn Fn(&str) -> bool) -> Result<Vec<Field>, (ast::text_size::TextRange, String)> {
    let src = |e: &ast::Expr| text.get(usize::from(e.range().start())..usize::from(e.range().end())).unwrap_or("None").to_string();
    let mut out = Vec::new();
    for s in &c.body {
        let ast::Stmt::AnnAssign(a) = s else { continue };
        let ast::Expr::Name(n) = &*a.target else { continue };
        let (mut compare, mut repr) = (true, true);
        let default = match a.value.as_deref() {
            None => Default::None,
            Some(ast::Expr::Call(call)) if matches!(&*call.func, ast::Expr::Name(f) if is_field(f.id.as_str())) => {
                let kw = |k: &str| call.keywords.iter().find(|x| x.arg.as_ref().is_some_and(|a| a.as_str() == k)).map(|x| &x.value);
                if !call.args.is_empty() || call.keywords.iter().any(|k| !matches!(k.arg.as_ref().map(|a| a.as_str()), Some("default" | "default_factory" | "compare" | "repr"))) {
                    return Err((call.range, "field() with arguments other than default=, default_factory=, compare= or repr= is not supported yet".into()));
                }
                for (name, flag) in [("compare", &mut compare), ("repr", &mut repr)] {
                    match kw(name) {
                        None => {}
                        Some(ast::Expr::Constant(ast::ExprConstant { value: ast::Constant::Bool(b), .. })) => *flag = *b,
                        Some(e) => return Err((e.range(), format!("field({name}=...) takes True or False here"))),
                    }
                }
                match (kw("default"), kw("default_factory")) {
                    (Some(d), None) => Default::Value(src(d)),
                    (None, Some(f)) => Default::Factory(f.clone()),
                    (None, None) => Default::None,
                    (Some(_), Some(_)) => return Err((call.range, "cannot specify both default and default_factory".into())),
                }
            }
            Some(v) => Default::Value(src(v)),
        };
        out.push(Field { name: n.id.to_string(), default, compare, repr });
    }
    Ok(out)
}

/// The methods `@dataclass` adds (those the class does not define itself), as source.
pub fn methods_source(name: &str, fields: &[Field], o: Options, defined: &dyn Fn(&str) -> bool) -> Result<String, String> {
    let mut out = String::new();
    if o.init && !defined("__init__") {
        let mut params = vec!["self".to_string()];
        let mut body = Vec::new();
        let mut seen_default = false;
        for f in fields {
            match &f.default {
                Default::None => {
                    if seen_default {
                        return Err(format!("non-default argument '{}' follows default argument", f.name));
                    }
                    params.push(f.name.clone());
                    body.push(format!("    self.{0} = {0}", f.name));
                }
                Default::Value(v) => {
                    seen_default = true;
                    params.push(format!("{}=({v})", f.name));
                    body.push(format!("    self.{0} = {0}", f.name));
                }
                Default::Factory(_) => {
                    seen_default = true;
                    params.push(format!("{}=None", f.name));
                    body.push(format!("    self.{0} = {0}", f.name));
                }
            }
        }
        if defined("__post_init__") {
            body.push("    self.__post_init__()".into());
        }
        if body.is_empty() {
            body.push("    pass".into());
        }
        out.push_str(&format!("def __init__({}):\n{}\n", params.join(", "), body.join("\n")));
    }
    let tuple = |who: &str| {
        let items: Vec<String> = fields.iter().filter(|f| f.compare).map(|f| format!("{who}.{}", f.name)).collect();
        match items.len() {
            0 => "()".to_string(),
            1 => format!("({},)", items[0]),
            _ => format!("({})", items.join(", ")),
        }
    };
    if o.repr && !defined("__repr__") {
        let parts: Vec<String> = fields.iter().filter(|f| f.repr).map(|f| format!("{0}={{self.{0}!r}}", f.name)).collect();
        out.push_str(&format!("def __repr__(self):\n    return f\"{name}({})\"\n", parts.join(", ")));
    }
    if o.eq && !defined("__eq__") {
        out.push_str(&format!("def __eq__(self, other):\n    return {} == {}\n", tuple("self"), tuple("other")));
    }
    if o.order {
        for (m, op) in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")] {
            if !defined(m) {
                out.push_str(&format!("def {m}(self, other):\n    return {} {op} {}\n", tuple("self"), tuple("other")));
            }
        }
    }
    if o.frozen && o.eq && !defined("__hash__") {
        out.push_str(&format!("def __hash__(self):\n    return hash({})\n", tuple("self")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_methods() {
        let fields = vec![
            Field { name: "x".into(), default: Default::None, compare: true, repr: true },
            Field { name: "tags".into(), default: Default::Factory(ast::Expr::Name(ast::ExprName { id: "list".into(), ctx: ast::ExprContext::Load, range: ast::text_size::TextRange::default() })), compare: false, repr: false },
            Field { name: "y".into(), default: Default::Value("0".into()), compare: true, repr: true },
        ];
        let o = Options { eq: true, repr: true, init: true, ..Options::default() };
        let src = methods_source("P", &fields, o, &|_| false).expect("valid");
        assert!(src.contains("def __init__(self, x, tags=None, y=(0)):"));
        assert!(src.contains("self.tags = tags"));
        assert!(src.contains("return f\"P(x={self.x!r}, y={self.y!r})\""));
        assert!(src.contains("return (self.x, self.y) == (other.x, other.y)"));
        let bad = vec![Field { name: "a".into(), default: Default::Value("1".into()), compare: true, repr: true }, Field { name: "b".into(), default: Default::None, compare: true, repr: true }];
        assert!(methods_source("Q", &bad, o, &|_| false).is_err());
    }
}
