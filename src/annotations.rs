//! Erases what only type annotations need before lowering: `from __future__` imports,
//! imports of `typing`, type aliases, `TypeVar`s, `Generic[...]`/`Protocol` bases and
//! `if TYPE_CHECKING:` blocks. Annotations of containers are not checked, so none of it
//! changes what a program does; the names `typing` bound are kept for diagnostics (and
//! `cast`), see `Typing`.
use rustpython_parser::ast;
use std::collections::HashSet;

/// What a module imported from `typing`: the names bound to its members (with the member
/// each stands for), and the names bound to the module itself.
#[derive(Default, Debug)]
pub struct Typing {
    pub names: Vec<(String, String)>,
    pub modules: HashSet<String>,
}

impl Typing {
    /// The `typing` member a name of the module stands for (`Opt` for `Optional as Opt`).
    pub fn member(&self, name: &str) -> Option<&str> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, m)| m.as_str())
    }

    /// Whether `e` names a type: a built-in or `typing` type, a subscript of one
    /// (`List[int]`, `dict[str, Any]`), a union (`int | None`), `typing.X`, or None.
    fn is_type(&self, e: &ast::Expr) -> bool {
        match e {
            ast::Expr::Name(n) => self.member(n.id.as_str()).is_some() || matches!(n.id.as_str(), "int" | "float" | "str" | "bool" | "list" | "dict" | "set" | "frozenset" | "tuple" | "type" | "object"),
            ast::Expr::Constant(c) => matches!(c.value, ast::Constant::None),
            ast::Expr::Attribute(a) => matches!(&*a.value, ast::Expr::Name(m) if self.modules.contains(m.id.as_str())),
            ast::Expr::Subscript(s) => self.is_type(&s.value),
            ast::Expr::BinOp(b) if matches!(b.op, ast::Operator::BitOr) => self.is_type(&b.left) && self.is_type(&b.right),
            _ => false,
        }
    }

    /// Whether `e` is a call of `typing` member `member` (`TypeVar("T")`, `typing.cast(...)`).
    pub fn is_call_of(&self, e: &ast::Expr, member: &str) -> bool {
        let ast::Expr::Call(c) = e else { return false };
        match &*c.func {
            ast::Expr::Name(n) => self.member(n.id.as_str()) == Some(member),
            ast::Expr::Attribute(a) => a.attr.as_str() == member && matches!(&*a.value, ast::Expr::Name(m) if self.modules.contains(m.id.as_str())),
            _ => false,
        }
    }

    /// Whether test `e` is `TYPE_CHECKING` / `typing.TYPE_CHECKING`.
    fn is_type_checking(&self, e: &ast::Expr) -> bool {
        match e {
            ast::Expr::Name(n) => self.member(n.id.as_str()) == Some("TYPE_CHECKING"),
            ast::Expr::Attribute(a) => a.attr.as_str() == "TYPE_CHECKING" && matches!(&*a.value, ast::Expr::Name(m) if self.modules.contains(m.id.as_str())),
            _ => false,
        }
    }

    /// Whether class base `b` is only for type checkers: `Generic[T]`, `Protocol`.
    fn is_typing_base(&self, b: &ast::Expr) -> bool {
        let head = match b {
            ast::Expr::Subscript(s) => &*s.value,
            other => other,
        };
        let member = match head {
            ast::Expr::Name(n) => self.member(n.id.as_str()),
            ast::Expr::Attribute(a) if matches!(&*a.value, ast::Expr::Name(m) if self.modules.contains(m.id.as_str())) => Some(a.attr.as_str()),
            _ => None,
        };
        matches!(member, Some("Generic" | "Protocol"))
    }
}

// from __future__ import annotations       ==>  nothing
// from typing import List, Optional as Opt ==>  nothing (the names are kept in `Typing`)
// import typing as t                       ==>  nothing
// if TYPE_CHECKING: A else: B               ==>  B
// Vector = List[float];  T = TypeVar("T")  ==>  nothing (module level)
// class Stack(Generic[T]): ...             ==>  class Stack: ...
pub fn erase(body: &mut Vec<ast::Stmt>) -> Typing {
    let mut t = Typing::default();
    for s in body.iter() {
        match s {
            ast::Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.as_str() == "typing") => {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    t.names.push((bound, a.name.to_string()));
                }
            }
            ast::Stmt::Import(i) => {
                for a in i.names.iter().filter(|a| a.name.as_str() == "typing") {
                    t.modules.insert(a.asname.as_ref().unwrap_or(&a.name).to_string());
                }
            }
            _ => {}
        }
    }
    erase_block(body, &t, true);
    t
}

fn erase_block(body: &mut Vec<ast::Stmt>, t: &Typing, top: bool) {
    let old = std::mem::take(body);
    for mut s in old {
        match &mut s {
            ast::Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| matches!(m.as_str(), "__future__" | "typing")) => continue,
            ast::Stmt::Import(i) => {
                i.names.retain(|a| a.name.as_str() != "typing");
                if i.names.is_empty() {
                    continue;
                }
            }
            ast::Stmt::If(i) if t.is_type_checking(&i.test) => {
                let mut rest = std::mem::take(&mut i.orelse);
                erase_block(&mut rest, t, top);
                body.extend(rest);
                continue;
            }
            ast::Stmt::Assign(a) if top && a.targets.len() == 1 && matches!(&a.targets[0], ast::Expr::Name(_)) => {
                let alias = matches!(&*a.value, ast::Expr::Subscript(_) | ast::Expr::BinOp(_) | ast::Expr::Attribute(_)) && t.is_type(&a.value);
                let plain = matches!(&*a.value, ast::Expr::Name(n) if t.member(n.id.as_str()).is_some());
                if alias || plain || t.is_call_of(&a.value, "TypeVar") {
                    continue;
                }
            }
            ast::Stmt::ClassDef(c) => {
                c.bases.retain(|b| !t.is_typing_base(b));
                erase_block(&mut c.body, t, false);
            }
            ast::Stmt::FunctionDef(d) => erase_block(&mut d.body, t, false),
            _ => {}
        }
        body.push(s);
    }
}
