//! Code generation for dicts, sets and frozensets: keys, values and elements live in
//! unboxed slots inside runtime tables (`pyx_dict_*`, `pyx_set_*`); codegen moves values
//! into slots, passes their addresses and loads results back out.
use super::*;
use crate::types::ViewKind;

impl<'c, 'p> Gen<'c, 'p> {
    /// A copy of `v` (of type `t`) converted to the container's slot type `to`, owned.
    fn owned_as(&mut self, v: V<'c>, t: &Ty, to: &Ty) -> BasicValueEnum<'c> {
        let v = if v.owned { v.v } else { self.to_owned(v, t) };
        self.coerce(v, t, to)
    }

    // {k1: v1, k2: v2}  ==>  d = dict_new(kdesc, vdesc); dict_set(d, &k1, &v1); ...
    pub(super) fn dict_literal(&mut self, pairs: &[(ExprId, ExprId)], ty: &Ty, span: Span) -> V<'c> {
        let Ty::Dict(kt, vt) = ty else { return V { v: self.none(), owned: false } };
        let (kd, vd) = (self.desc(kt), self.desc(vt));
        let d = self.call_rt_v(RuntimeFn::DictNew, &[kd.into(), vd.into()], span);
        let held = V { v: d, owned: true };
        self.push_temp(held, ty);
        for (k, v) in pairs {
            let (tk, tv) = (self.ty(*k), self.ty(*v));
            let kv = self.expr(*k);
            let kv = self.owned_as(kv, &tk, kt);
            self.push_temp(V { v: kv, owned: true }, kt);
            let vv = self.expr(*v);
            let vv = self.owned_as(vv, &tv, vt);
            self.pop_temp();
            let (ks, vs) = (self.slot(kv, kt), self.slot(vv, vt));
            self.call_rt(RuntimeFn::DictSet, &[d, ks.into(), vs.into()], span);
        }
        self.pop_temp();
        held
    }

    // {a, b, c}  ==>  s = set_new(desc); set_add(s, &a); ...
    // A display of constants is a frozenset constant in CPython: with three or more items
    // (or as the iterable of a `for`) it is rebuilt from that constant's order.
    pub(super) fn set_display(&mut self, items: &[ExprId], frozen: bool, ty: &Ty, for_iter: bool, span: Span) -> V<'c> {
        let Ty::Set(el, _) = ty else { return V { v: self.none(), owned: false } };
        let f = self.func();
        let constant = !items.is_empty() && items.iter().all(|i| is_constant(f, *i));
        let d = self.desc(el);
        let fl = self.cx.bool_type().const_int(frozen as u64, false);
        let s = self.call_rt_v(RuntimeFn::SetNew, &[d.into(), fl.into()], span);
        let held = V { v: s, owned: true };
        self.push_temp(held, ty);
        for it in items {
            let t = self.ty(*it);
            let v = self.expr(*it);
            let v = self.owned_as(v, &t, el);
            let p = self.slot(v, el);
            self.call_rt(RuntimeFn::SetAdd, &[s, p.into()], span);
        }
        self.pop_temp();
        if constant && (for_iter || items.len() >= 3) {
            let fl = self.cx.bool_type().const_int(for_iter as u64, false);
            let r = self.call_rt_v(RuntimeFn::SetConst, &[s, fl.into()], span);
            self.decref(s, ty);
            return V { v: r, owned: true };
        }
        held
    }

    // d[k]  ==>  p = dict_lookup(d, &k); if !p: raise KeyError(k); *p (a new reference)
    pub(super) fn dict_get_item(&mut self, d: BasicValueEnum<'c>, key: ExprId, kt: &Ty, vt: &Ty, span: Span) -> BasicValueEnum<'c> {
        let tk = self.ty(key);
        let kv = self.expr(key);
        let kv = self.owned_as(kv, &tk, kt);
        self.push_temp(V { v: kv, owned: true }, kt);
        let ks = self.slot(kv, kt);
        let p = self.call_rt_v(RuntimeFn::DictLookup, &[d, ks.into()], span).into_pointer_value();
        let missing = self.b.is_null(p);
        let found = self.b.not(missing);
        self.key_error_unless(found, kt, ks, span);
        self.pop_temp();
        self.decref(kv, kt);
        let v = self.load_slot(p, vt);
        self.incref(v, vt);
        v
    }

    /// `d[k] = v` with both values already evaluated.
    pub(super) fn dict_store(&mut self, d: BasicValueEnum<'c>, k: V<'c>, tk: &Ty, v: V<'c>, tv: &Ty, kt: &Ty, vt: &Ty, span: Span) {
        let kv = self.owned_as(k, tk, kt);
        let vv = self.owned_as(v, tv, vt);
        let (ks, vs) = (self.slot(kv, kt), self.slot(vv, vt));
        self.call_rt(RuntimeFn::DictSet, &[d, ks.into(), vs.into()], span);
    }

    /// Whether evaluating `e` early or late is unobservable: a literal or a bound name.
    fn pure_operand(&self, e: ExprId) -> bool {
        let f = self.func();
        match &f.exprs[e].kind {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::Str(_) => true,
            ExprKind::Local(l) => !f.maybe_unbound.get(*l).copied().unwrap_or(true),
            ExprKind::Global(g) => self.global_bound[*g].is_none(),
            _ => false,
        }
    }

    /// Whether `a` and `b` read the same variable.
    fn same_name(&self, a: ExprId, b: ExprId) -> bool {
        let f = self.func();
        match (&f.exprs[a].kind, &f.exprs[b].kind) {
            (ExprKind::Local(x), ExprKind::Local(y)) => x == y,
            (ExprKind::Global(x), ExprKind::Global(y)) => x == y,
            _ => false,
        }
    }

    // d[k] = d.get(k, dflt) op x   /   d[k] op= x        (d, k, dflt, x names or literals)
    //   ==>  p = dict_lookup(d, &k)
    //        if p: *p = *p op x                     (one probe when the key is present)
    //        else: d[k] = dflt op x   /   raise KeyError(k)
    // Every operand is a literal or a bound name, so the changed evaluation order is
    // unobservable, and an error from `op` leaves the dict as CPython would.
    pub(super) fn dict_update_in_place(&mut self, t: &Target, e: ExprId) -> bool {
        let f = self.func();
        let Target::Item(obj, key) = *t else { return false };
        let ExprKind::Binary(op, cur, x) = f.exprs[e].kind else { return false };
        let Ty::Dict(kt, vt) = self.ty(obj) else { return false };
        let (kt, vt) = (*kt, *vt);
        let dflt = match &f.exprs[cur].kind {
            ExprKind::Subscript(o, k) if self.same_name(*o, obj) && self.same_name(*k, key) => None,
            ExprKind::Method(o, name, args)
                if name == "get" && args.len() == 2 && self.same_name(*o, obj) && self.same_name(args[0], key) && self.pure_operand(args[1]) =>
            {
                Some(args[1])
            }
            _ => return false,
        };
        let numeric = matches!(vt, Ty::Int | Ty::Float) && self.ty(x).is_numeric();
        let text = vt == Ty::Str && op == BinOp::Add && self.ty(x) == Ty::Str;
        if !(numeric || text) || self.ty(e) != vt || self.ty(cur) != vt || !self.pure_operand(x) {
            return false;
        }
        let (span, at) = (f.exprs[e].span, f.exprs[cur].span);
        let dt = self.ty(obj);
        let d = self.expr(obj);
        self.push_temp(d, &dt);
        let tk = self.ty(key);
        let k = self.expr(key);
        let kv = self.owned_as(k, &tk, &kt);
        self.push_temp(V { v: kv, owned: true }, &kt);
        let ks = self.slot(kv, &kt);
        let p = self.call_rt_v(RuntimeFn::DictLookup, &[d.v, ks.into()], span).into_pointer_value();
        let (hit, miss, done) = (self.new_block("upd.hit"), self.new_block("upd.miss"), self.new_block("upd.done"));
        let missing = self.b.is_null(p);
        self.b.cond_br(missing, miss, hit);
        // Present: update the value where it lies.
        self.b.at_end(hit);
        let tx = self.ty(x);
        let xv = self.expr(x);
        let old = self.load_slot(p, &vt);
        let new = if text {
            // The dict's reference moves into the append, which may grow the string in place.
            self.b.store(p, self.ptrt().const_null());
            self.call_rt_v(RuntimeFn::StrAppend, &[old, xv.v], span)
        } else {
            self.binary_values(op, old, &vt, xv.v, &tx, &vt, span, false).v
        };
        let m = self.to_mem(new, &vt);
        self.b.store(p, m);
        self.release(xv, &tx);
        self.b.br(done);
        // Absent: d[k] = dflt op x, or KeyError for d[k] op= x.
        self.b.at_end(miss);
        match dflt {
            Some(dflt) => {
                let (td, dv) = (self.ty(dflt), self.expr(dflt));
                self.push_temp(dv, &td);
                let xv = self.expr(x);
                self.push_temp(xv, &tx);
                let new = self.binary_values(op, dv.v, &td, xv.v, &tx, &vt, span, false);
                self.pop_temp();
                self.pop_temp();
                self.release(xv, &tx);
                self.release(dv, &td);
                self.incref(kv, &kt);
                self.dict_store(d.v, V { v: kv, owned: true }, &kt, new, &vt, &kt, &vt, span);
                self.b.br(done);
            }
            None => {
                let no = self.cx.bool_type().const_zero();
                self.key_error_unless(no, &kt, ks, at);
                self.b.unreachable();
            }
        }
        self.b.at_end(done);
        self.pop_temp();
        self.decref(kv, &kt);
        self.pop_temp();
        self.release(d, &dt);
        true
    }

    // del d[k]  ==>  if !dict_del(d, &k): raise KeyError(k)
    pub(super) fn dict_del(&mut self, d: BasicValueEnum<'c>, key: ExprId, kt: &Ty, span: Span) {
        let tk = self.ty(key);
        let kv = self.expr(key);
        let kv = self.owned_as(kv, &tk, kt);
        self.push_temp(V { v: kv, owned: true }, kt);
        let ks = self.slot(kv, kt);
        let found = self.call_rt_v(RuntimeFn::DictDel, &[d, ks.into()], span).into_int_value();
        self.key_error_unless(found, kt, ks, span);
        self.pop_temp();
        self.decref(kv, kt);
    }

    /// Raises KeyError(key) when `found` is false.
    fn key_error_unless(&mut self, found: IntValue<'c>, kt: &Ty, ks: PointerValue<'c>, span: Span) {
        let (err, ok) = (self.new_block("key.missing"), self.new_block("key.found"));
        let missing = self.b.not(found);
        let missing = self.expect_false(missing);
        self.b.cond_br(missing, err, ok);
        self.b.at_end(err);
        let kd = self.desc(kt);
        self.call_rt(RuntimeFn::RaiseKeyError, &[kd.into(), ks.into()], span);
        self.b.unreachable();
        self.b.at_end(ok);
    }

    /// `x in c` for a dict, set or keys view whose keys have type `kt`.
    pub(super) fn table_contains(&mut self, c: BasicValueEnum<'c>, ct: &Ty, x: BasicValueEnum<'c>, tx: &Ty, kt: &Ty, span: Span) -> IntValue<'c> {
        let same = *tx == *kt || (*kt == Ty::Dyn && tx.is_dynable());
        if !same {
            // A key of another type: compare it with every key, as `==` would.
            let keys_ty = match ct {
                Ty::View(_, d) => (**d).clone(),
                other => other.clone(),
            };
            return self.contains_by_eq(x, tx, c, &keys_ty, span);
        }
        self.incref(x, tx);
        let k = self.coerce(x, tx, kt);
        self.push_temp(V { v: k, owned: true }, kt);
        let ks = self.slot(k, kt);
        let f = if matches!(ct, Ty::Set(..)) { RuntimeFn::SetContains } else { RuntimeFn::DictContains };
        let r = self.call_rt_v(f, &[c, ks.into()], span).into_int_value();
        self.pop_temp();
        self.decref(k, kt);
        r
    }

    // a | b, a & b, a - b, a ^ b on sets; `a |= b` on a mutable set works in place.
    pub(super) fn set_binop(&mut self, op: BinOp, a: BasicValueEnum<'c>, ta: &Ty, b: BasicValueEnum<'c>, inplace: bool, span: Span) -> V<'c> {
        let code = match op {
            BinOp::BitOr => abi::SET_OR,
            BinOp::BitAnd => abi::SET_AND,
            BinOp::Sub => abi::SET_SUB,
            _ => abi::SET_XOR,
        };
        if inplace && matches!(ta, Ty::Set(_, false)) {
            self.call_rt(RuntimeFn::SetInplace, &[a, b, self.int(code).into()], span);
            self.incref(a, ta);
            return V { v: a, owned: true };
        }
        V { v: self.call_rt_v(RuntimeFn::SetBinop, &[a, b, self.int(code).into()], span), owned: true }
    }

    /// A set holding the items of any iterable (added one by one, as CPython's set(it)).
    fn set_of(&mut self, v: BasicValueEnum<'c>, t: &Ty, el: &Ty, span: Span) -> BasicValueEnum<'c> {
        if let Ty::Set(..) = t {
            self.incref(v, t);
            return v;
        }
        let d = self.desc(el);
        let no = self.cx.bool_type().const_zero();
        let s = self.call_rt_v(RuntimeFn::SetNew, &[d.into(), no.into()], span);
        self.set_add_all(s, v, t, el, span);
        s
    }

    fn set_add_all(&mut self, s: BasicValueEnum<'c>, v: BasicValueEnum<'c>, t: &Ty, el: &Ty, span: Span) {
        self.each(v, t, span, &mut |g, item, it| {
            let x = g.owned_as(V { v: item, owned: false }, it, el);
            let p = g.slot(x, el);
            g.call_rt(RuntimeFn::SetAdd, &[s, p.into()], span);
        });
    }

    // d.name(args) on a dict
    pub(super) fn dict_method(&mut self, recv: ExprId, name: &str, args: &[ExprId], ty: &Ty, span: Span) -> V<'c> {
        let dt = self.ty(recv);
        let Ty::Dict(kt, vt) = &dt else { return V { v: self.none(), owned: false } };
        let (kt, vt) = ((**kt).clone(), (**vt).clone());
        let (d, vals) = self.method_operands(recv, args);
        let none = V { v: self.none(), owned: false };
        let key_slot = |g: &mut Self, vals: &[(V<'c>, Ty)]| {
            let (v, t) = vals[0].clone();
            g.incref(v.v, &t);
            let k = g.coerce(v.v, &t, &kt);
            (k, g.slot(k, &kt))
        };
        let result = match name {
            // d.get(k, default)  ==>  p = lookup(d, &k); p ? *p : default
            "get" => {
                let (k, ks) = key_slot(self, &vals);
                self.push_temp(V { v: k, owned: true }, &kt);
                let p = self.call_rt_v(RuntimeFn::DictLookup, &[d.v, ks.into()], span).into_pointer_value();
                self.pop_temp();
                self.decref(k, &kt);
                let (hit, miss, join) = (self.new_block("get.hit"), self.new_block("get.miss"), self.new_block("get.done"));
                let missing = self.b.is_null(p);
                self.b.cond_br(missing, miss, hit);
                self.b.at_end(hit);
                let v = self.load_slot(p, &vt);
                self.incref(v, &vt);
                let v = self.coerce(v, &vt, ty);
                let hit_end = self.b.block();
                self.b.br(join);
                self.b.at_end(miss);
                let dv = match vals.get(1) {
                    Some((v, t)) => {
                        // A reference of its own: the temp stack still releases the argument.
                        self.incref(v.v, t);
                        self.coerce(v.v, t, ty)
                    }
                    None => self.coerce(self.none(), &Ty::None, ty),
                };
                let miss_end = self.b.block();
                self.b.br(join);
                self.b.at_end(join);
                let phi = self.b.phi(self.llty(ty));
                phi.add_incoming(&[(&v, hit_end), (&dv, miss_end)]);
                V { v: phi.as_basic_value(), owned: true }
            }
            // d.pop(k[, default])
            "pop" => {
                let (k, ks) = key_slot(self, &vals);
                self.push_temp(V { v: k, owned: true }, &kt);
                let out = self.b.entry_alloca(self.memty(&vt), "popped");
                let found = self.call_rt_v(RuntimeFn::DictPop, &[d.v, ks.into(), out.into()], span).into_int_value();
                let r = if let Some((dv, dt)) = vals.get(1).cloned() {
                    let (hit, miss, join) = (self.new_block("pop.hit"), self.new_block("pop.miss"), self.new_block("pop.done"));
                    self.b.cond_br(found, hit, miss);
                    self.b.at_end(hit);
                    let v = self.load_slot(out, &vt);
                    let v = self.coerce(v, &vt, ty);
                    let hit_end = self.b.block();
                    self.b.br(join);
                    self.b.at_end(miss);
                    self.incref(dv.v, &dt);
                    let x = self.coerce(dv.v, &dt, ty);
                    let miss_end = self.b.block();
                    self.b.br(join);
                    self.b.at_end(join);
                    let phi = self.b.phi(self.llty(ty));
                    phi.add_incoming(&[(&v, hit_end), (&x, miss_end)]);
                    phi.as_basic_value()
                } else {
                    self.key_error_unless(found, &kt, ks, span);
                    self.load_slot(out, &vt)
                };
                self.pop_temp();
                self.decref(k, &kt);
                V { v: r, owned: true }
            }
            // d.setdefault(k, v)  ==>  *dict_setdefault(d, &k, &v)
            "setdefault" => {
                // The key and the default are moved into the call.
                let (_, ks) = key_slot(self, &vals);
                let (v, t) = vals[1].clone();
                let dv = self.owned_as(V { v: v.v, owned: false }, &t, &vt);
                let vs = self.slot(dv, &vt);
                let p = self.call_rt_v(RuntimeFn::DictSetdefault, &[d.v, ks.into(), vs.into()], span).into_pointer_value();
                let r = self.load_slot(p, &vt);
                self.incref(r, &vt);
                V { v: r, owned: true }
            }
            "popitem" => {
                let (ko, vo) = (self.b.entry_alloca(self.memty(&kt), "pk"), self.b.entry_alloca(self.memty(&vt), "pv"));
                self.call_rt(RuntimeFn::DictPopitem, &[d.v, ko.into(), vo.into()], span);
                let (k, v) = (self.load_slot(ko, &kt), self.load_slot(vo, &vt));
                let s = self.b.undef_struct(self.llty(ty));
                let s = self.b.insert(s, k, 0);
                V { v: self.b.insert(s, v, 1).into(), owned: true }
            }
            "update" => {
                let (v, t) = vals[0].clone();
                if t == dt {
                    self.call_rt(RuntimeFn::DictUpdate, &[d.v, v.v], span);
                } else {
                    // An iterable of (key, value) pairs.
                    self.each(v.v, &t, span, &mut |g, item, it| {
                        let Ty::Tuple(kv) = it else { return };
                        let (k, x) = (g.b.extract(item.into_struct_value(), 0), g.b.extract(item.into_struct_value(), 1));
                        g.dict_store(d.v, V { v: k, owned: false }, &kv[0], V { v: x, owned: false }, &kv[1], &kt, &vt, span);
                    });
                }
                none
            }
            "keys" | "values" | "items" => {
                self.incref(d.v, &dt);
                V { v: d.v, owned: true }
            }
            "copy" => V { v: self.call_rt_v(RuntimeFn::DictCopy, &[d.v], span), owned: true },
            "clear" => {
                self.call_rt(RuntimeFn::DictClear, &[d.v], span);
                none
            }
            _ => none,
        };
        self.release_operands(d, &dt, &vals);
        result
    }

    // s.name(args) on a set or frozenset
    pub(super) fn set_method(&mut self, recv: ExprId, name: &str, args: &[ExprId], span: Span) -> V<'c> {
        let st = self.ty(recv);
        let Ty::Set(el, _) = &st else { return V { v: self.none(), owned: false } };
        let el = (**el).clone();
        let name = name.trim_start_matches('$');
        let (s, vals) = self.method_operands(recv, args);
        let none = V { v: self.none(), owned: false };
        let plain = |v: BasicValueEnum<'c>| V { v, owned: false };
        let owned = |v: BasicValueEnum<'c>| V { v, owned: true };
        let result = match name {
            "add" => {
                let (v, t) = vals[0].clone();
                let x = self.owned_as(V { v: v.v, owned: false }, &t, &el);
                let p = self.slot(x, &el);
                self.call_rt(RuntimeFn::SetAdd, &[s.v, p.into()], span);
                none
            }
            // (a needle of another type, e.g. int-or-None: the item equal to it, if any)
            "discard" | "remove" if !(vals[0].1 == el || (el == Ty::Dyn && vals[0].1.is_dynable())) => {
                let (v, t) = vals[0].clone();
                let bool_t = self.cx.bool_type();
                let (found, slot) = (self.b.entry_alloca(bool_t, "found"), self.b.entry_alloca(self.memty(&el), "equal"));
                self.b.store(found, bool_t.const_zero());
                self.each(s.v, &st, span, &mut |g, item, it| {
                    let eq = g.compare(CmpOp::Eq, v.v, &t, item, it, span);
                    let (yes, next) = (g.new_block("equal.item"), g.new_block("equal.next"));
                    g.b.cond_br(eq, yes, next);
                    g.b.at_end(yes);
                    g.b.store(found, bool_t.const_int(1, false));
                    g.b.store(slot, item);
                    g.b.br(next);
                    g.b.at_end(next);
                });
                let hit = self.b.load(bool_t, found).into_int_value();
                let (yes, done) = (self.new_block("discard.equal"), self.new_block("discard.done"));
                self.b.cond_br(hit, yes, done);
                self.b.at_end(yes);
                self.call_rt(RuntimeFn::SetDiscard, &[s.v, slot.into()], span);
                self.b.br(done);
                self.b.at_end(done);
                if name == "remove" {
                    let nt = if t == Ty::Never { Ty::None } else { t.clone() };
                    let ns = self.slot(v.v, &nt);
                    self.key_error_unless(hit, &nt, ns, span);
                }
                none
            }
            "discard" | "remove" => {
                let (v, t) = vals[0].clone();
                let x = self.owned_as(V { v: v.v, owned: false }, &t, &el);
                self.push_temp(V { v: x, owned: true }, &el);
                let p = self.slot(x, &el);
                let found = self.call_rt_v(RuntimeFn::SetDiscard, &[s.v, p.into()], span).into_int_value();
                if name == "remove" {
                    self.key_error_unless(found, &el, p, span);
                }
                self.pop_temp();
                self.decref(x, &el);
                none
            }
            "pop" => {
                let out = self.b.entry_alloca(self.memty(&el), "popped");
                self.call_rt(RuntimeFn::SetPop, &[s.v, out.into()], span);
                owned(self.load_slot(out, &el))
            }
            "clear" => {
                self.call_rt(RuntimeFn::SetClear, &[s.v], span);
                none
            }
            "copy" => owned(self.call_rt_v(RuntimeFn::SetCopy, &[s.v], span)),
            "update" => {
                let (v, t) = vals[0].clone();
                if matches!(t, Ty::Set(..)) {
                    self.call_rt(RuntimeFn::SetInplace, &[s.v, v.v, self.int(abi::SET_OR).into()], span);
                } else {
                    self.set_add_all(s.v, v.v, &t, &el, span);
                }
                none
            }
            "difference_update" | "symmetric_difference_update" | "intersection_update" => {
                let (v, t) = vals[0].clone();
                let o = self.set_of(v.v, &t, &el, span);
                let code = match name {
                    "difference_update" => abi::SET_SUB,
                    "intersection_update" => abi::SET_AND,
                    _ => abi::SET_XOR,
                };
                self.call_rt(RuntimeFn::SetInplace, &[s.v, o, self.int(code).into()], span);
                self.decref(o, &Ty::Set(Box::new(el.clone()), false));
                none
            }
            "union" | "intersection" | "difference" | "symmetric_difference" => {
                let (v, t) = vals[0].clone();
                let code = match name {
                    "union" => abi::SET_OR,
                    "intersection" => abi::SET_AND,
                    "difference" => abi::SET_SUB,
                    _ => abi::SET_XOR,
                };
                if matches!(t, Ty::Set(..)) {
                    owned(self.call_rt_v(RuntimeFn::SetBinop, &[s.v, v.v, self.int(code).into()], span))
                } else {
                    owned(self.set_method_iterable(s.v, &st, v.v, &t, &el, code, span))
                }
            }
            "issubset" | "issuperset" | "isdisjoint" => {
                let (v, t) = vals[0].clone();
                let o = self.set_of(v.v, &t, &el, span);
                let r = match name {
                    "issubset" => self.call_rt_v(RuntimeFn::SetCmp, &[s.v, o, self.int(abi::CMP_LE).into()], span),
                    "issuperset" => self.call_rt_v(RuntimeFn::SetCmp, &[s.v, o, self.int(abi::CMP_GE).into()], span),
                    _ => self.call_rt_v(RuntimeFn::SetIsdisjoint, &[s.v, o], span),
                };
                self.decref(o, &Ty::Set(Box::new(el.clone()), false));
                plain(r)
            }
            _ => none,
        };
        self.release_operands(s, &st, &vals);
        result
    }

    // s.union(it)                 ==>  r = s.copy(); for x in it: r.add(x)
    // s.intersection(it)          ==>  r = set(); for x in it: if x in s: r.add(x)
    // s.difference(it)            ==>  r = s.copy(); for x in it: r.discard(x)
    // s.symmetric_difference(it)  ==>  r = set(it); r ^= s
    // (CPython's algorithms for an argument that is not a set, which fix the result's order)
    #[allow(clippy::too_many_arguments)]
    fn set_method_iterable(&mut self, s: BasicValueEnum<'c>, st: &Ty, v: BasicValueEnum<'c>, t: &Ty, el: &Ty, code: i64, span: Span) -> BasicValueEnum<'c> {
        let frozen = matches!(st, Ty::Set(_, true));
        let d = self.desc(el);
        let fl = self.cx.bool_type().const_int(frozen as u64, false);
        let r = if code == abi::SET_OR || code == abi::SET_SUB {
            let c = self.call_rt_v(RuntimeFn::SetConvert, &[s, self.cx.bool_type().const_zero().into()], span);
            if frozen {
                let f = self.call_rt_v(RuntimeFn::SetConvert, &[c, fl.into()], span);
                self.decref(c, &Ty::Set(Box::new(el.clone()), false));
                f
            } else {
                c
            }
        } else {
            self.call_rt_v(RuntimeFn::SetNew, &[d.into(), fl.into()], span)
        };
        match code {
            abi::SET_OR => self.set_add_all(r, v, t, el, span),
            abi::SET_SUB => self.each(v, t, span, &mut |g, item, it| {
                let x = g.owned_as(V { v: item, owned: false }, it, el);
                let p = g.slot(x, el);
                g.call_rt(RuntimeFn::SetDiscard, &[r, p.into()], span);
                g.decref(x, el);
            }),
            abi::SET_AND => self.each(v, t, span, &mut |g, item, it| {
                let x = g.owned_as(V { v: item, owned: false }, it, el);
                let p = g.slot(x, el);
                let has = g.call_rt_v(RuntimeFn::SetContains, &[s, p.into()], span).into_int_value();
                let (yes, no, done) = (g.new_block("and.add"), g.new_block("and.skip"), g.new_block("and.next"));
                g.b.cond_br(has, yes, no);
                g.b.at_end(yes);
                g.call_rt(RuntimeFn::SetAdd, &[r, p.into()], span);
                g.b.br(done);
                g.b.at_end(no);
                g.decref(x, el);
                g.b.br(done);
                g.b.at_end(done);
            }),
            _ => {
                self.set_add_all(r, v, t, el, span);
                self.call_rt(RuntimeFn::SetInplace, &[r, s, self.int(abi::SET_XOR).into()], span);
            }
        }
        r
    }

    /// repr of a dict view: `dict_keys([...])`, `dict_values([...])`, `dict_items([...])`.
    pub(super) fn write_view(&mut self, buf: BasicValueEnum<'c>, v: BasicValueEnum<'c>, which: ViewKind) {
        let w = match which {
            ViewKind::Keys => abi::VIEW_KEYS,
            ViewKind::Values => abi::VIEW_VALUES,
            ViewKind::Items => abi::VIEW_ITEMS,
        };
        self.call_rt(RuntimeFn::DictViewRepr, &[buf, v, self.int(w).into()], Span::default());
    }
}

/// Whether an expression is a constant CPython folds into a set display's frozenset.
fn is_constant(f: &Function, e: ExprId) -> bool {
    match &f.exprs[e].kind {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) | ExprKind::None | ExprKind::Str(_) => true,
        ExprKind::Tuple(items) => items.iter().all(|i| is_constant(f, *i)),
        _ => false,
    }
}
