//! Code generation for lists (and the element slots every container shares): elements are
//! stored unboxed in the layout `memty` gives, described to the runtime by descriptors;
//! indexing, `len` and appends are inline, everything else calls the runtime.
//!
//! A list is `{ rc: i64, len: i64, cap: i64, items: ptr, desc: ptr }` (runtime `List`).
use super::*;
use crate::types::ViewKind;

/// Field numbers of the runtime `List` header.
const LIST_LEN: u64 = 1;
const LIST_CAP: u64 = 2;
const LIST_ITEMS: u64 = 3;

impl<'c, 'p> Gen<'c, 'p> {
    // ---------------------------------------------------------------- element slots

    /// The in-memory type of an element slot: bools and None are bytes, tuples C structs.
    pub(super) fn memty(&self, t: &Ty) -> BasicTypeEnum<'c> {
        match t {
            Ty::Bool | Ty::None | Ty::Never => self.cx.i8_type().into(),
            Ty::Tuple(items) => {
                let fields: Vec<BasicTypeEnum> = items.iter().map(|t| self.memty(t)).collect();
                self.cx.struct_type(&fields, false).into()
            }
            _ => self.llty(t),
        }
    }

    /// A value in its register form turned into its slot form.
    pub(super) fn to_mem(&mut self, v: BasicValueEnum<'c>, t: &Ty) -> BasicValueEnum<'c> {
        match t {
            Ty::Bool => self.b.zext(v.into_int_value(), self.cx.i8_type()).into(),
            Ty::None | Ty::Never => self.cx.i8_type().const_zero().into(),
            Ty::Tuple(items) if items.iter().any(|t| matches!(t, Ty::Bool | Ty::None | Ty::Never | Ty::Tuple(_))) => {
                let mut s = self.b.undef_struct(self.memty(t));
                for (i, it) in items.iter().enumerate() {
                    let m = self.b.extract(v.into_struct_value(), i as u32);
                    let m = self.to_mem(m, it);
                    s = self.b.insert(s, m, i as u32);
                }
                s.into()
            }
            _ => v,
        }
    }

    /// A slot's value turned into its register form.
    pub(super) fn from_mem(&mut self, v: BasicValueEnum<'c>, t: &Ty) -> BasicValueEnum<'c> {
        match t {
            Ty::Bool => self.b.icmp(IntPredicate::NE, v.into_int_value(), self.cx.i8_type().const_zero()).into(),
            Ty::None | Ty::Never => self.none(),
            Ty::Tuple(items) if items.iter().any(|t| matches!(t, Ty::Bool | Ty::None | Ty::Never | Ty::Tuple(_))) => {
                let mut s = self.b.undef_struct(self.llty(t));
                for (i, it) in items.iter().enumerate() {
                    let m = self.b.extract(v.into_struct_value(), i as u32);
                    let m = self.from_mem(m, it);
                    s = self.b.insert(s, m, i as u32);
                }
                s.into()
            }
            _ => v,
        }
    }

    /// A stack slot holding `v` in slot form (for runtime calls taking element pointers).
    pub(super) fn slot(&mut self, v: BasicValueEnum<'c>, t: &Ty) -> PointerValue<'c> {
        let p = self.b.entry_alloca(self.memty(t), "slot");
        let m = self.to_mem(v, t);
        self.b.store(p, m);
        p
    }

    /// The value in a slot (borrowed from whoever owns the slot).
    pub(super) fn load_slot(&mut self, p: PointerValue<'c>, t: &Ty) -> BasicValueEnum<'c> {
        let m = self.b.load(self.memty(t), p);
        self.from_mem(m, t)
    }

    /// The runtime descriptor of an element type: a runtime static for scalars, strings and
    /// containers; a constant emitted here for tuples (offsets folded by LLVM's data layout).
    pub(super) fn desc(&mut self, t: &Ty) -> PointerValue<'c> {
        let name = match t {
            Ty::None | Ty::Never => "pyx_desc_none",
            Ty::Bool => "pyx_desc_bool",
            Ty::Int => "pyx_desc_int",
            Ty::Func(_) | Ty::Gen(_) => return self.fn_desc(),
            Ty::Float => "pyx_desc_float",
            Ty::Str => "pyx_desc_str",
            Ty::Dyn | Ty::Obj => "pyx_desc_dyn",
            Ty::List(_) => "pyx_desc_list",
            Ty::TupleOf(_) => "pyx_desc_vtuple",
            Ty::Dict(..) | Ty::View(..) => "pyx_desc_dict",
            Ty::Set(..) => "pyx_desc_set",
            Ty::Exc | Ty::OptExc => "pyx_desc_exc",
            // Never element types (refused by inference).
            Ty::Var(_) | Ty::Range => "pyx_desc_none",
            Ty::Tuple(items) => return self.tuple_desc(t, items),
            Ty::Inst(cid) | Ty::Opt(cid) => return self.class_desc(*cid),
        };
        if let Some(g) = self.module.get_global(name) {
            return g.as_pointer_value();
        }
        let g = self.module.add_global(self.cx.i64_type().array_type(4), None, name);
        g.set_linkage(Linkage::External);
        g.set_visibility(GlobalVisibility::Hidden);
        g.as_pointer_value()
    }

    // Desc { kind: DESC_TUPLE, size, nfields, fields: [Field { offset, desc }] }
    fn tuple_desc(&mut self, t: &Ty, items: &[Ty]) -> PointerValue<'c> {
        let key = format!("desc.{t}");
        if let Some(g) = self.module.get_global(&key) {
            return g.as_pointer_value();
        }
        let st = self.memty(t).into_struct_type();
        let i64t = self.i64t();
        let null = self.ptrt().const_null();
        let field_ty = self.cx.struct_type(&[i64t.into(), self.ptrt().into()], false);
        let mut fields = Vec::new();
        for (i, it) in items.iter().enumerate() {
            let d = self.desc(it);
            // offsetof(st, i) == (i64) &((st*)0)->i
            let at = unsafe { null.const_gep(st, &[self.cx.i32_type().const_zero(), self.cx.i32_type().const_int(i as u64, false)]) };
            let off = at.const_to_int(i64t);
            fields.push(field_ty.const_named_struct(&[off.into(), d.into()]));
        }
        let arr = field_ty.const_array(&fields);
        let fg = self.module.add_global(arr.get_type(), None, &format!("{key}.fields"));
        fg.set_linkage(Linkage::Private);
        fg.set_constant(true);
        fg.set_initializer(&arr);
        let size = st.size_of().expect("sized tuple");
        let desc_ty = self.cx.struct_type(&[i64t.into(), i64t.into(), i64t.into(), self.ptrt().into()], false);
        let init = desc_ty.const_named_struct(&[self.int(abi::DESC_TUPLE).into(), size.into(), self.int(items.len() as i64).into(), fg.as_pointer_value().into()]);
        let g = self.module.add_global(desc_ty, None, &key);
        g.set_linkage(Linkage::Private);
        g.set_constant(true);
        g.set_initializer(&init);
        g.as_pointer_value()
    }

    // ---------------------------------------------------------------- lists

    fn list_header(&self) -> inkwell::types::StructType<'c> {
        let (i, p) = (self.i64t().into(), self.ptrt().into());
        self.cx.struct_type(&[i, i, i, p, p], false)
    }

    fn list_field(&mut self, l: PointerValue<'c>, field: u64) -> PointerValue<'c> {
        self.b.struct_gep(self.list_header(), l, field as u32)
    }

    /// A new empty list of `el` with room for `cap` items.
    pub(super) fn list_new(&mut self, el: &Ty, cap: IntValue<'c>) -> PointerValue<'c> {
        let d = self.desc(el);
        self.call_rt_v(RuntimeFn::ListNew, &[d.into(), cap.into()], Span::default()).into_pointer_value()
    }

    // xs.append(v)  ==>  if len == cap: grow(xs); items[len] = v; len += 1   (v owned, moved in)
    pub(super) fn list_push(&mut self, l: PointerValue<'c>, v: BasicValueEnum<'c>, el: &Ty) {
        let lenp = self.list_field(l, LIST_LEN);
        let capp = self.list_field(l, LIST_CAP);
        let len = self.b.load(self.i64t(), lenp).into_int_value();
        let cap = self.b.load(self.i64t(), capp).into_int_value();
        let full = self.b.icmp(IntPredicate::EQ, len, cap);
        let full = self.expect_false(full);
        let (grow, ok) = (self.new_block("append.grow"), self.new_block("append.store"));
        self.b.cond_br(full, grow, ok);
        self.b.at_end(grow);
        self.call_rt(RuntimeFn::ListGrow, &[l.into()], Span::default());
        self.b.br(ok);
        self.b.at_end(ok);
        let itemsp = self.list_field(l, LIST_ITEMS);
        let items = self.b.load(self.ptrt(), itemsp).into_pointer_value();
        let p = self.b.gep(self.memty(el), items, &[len]);
        let m = self.to_mem(v, el);
        self.b.store(p, m);
        let n = self.b.add(len, self.int(1));
        self.b.store(lenp, n);
    }

    /// The address of item `i` of a list after the bounds check (negative `i` counts from
    /// the end); IndexError with `msg` otherwise.
    pub(super) fn list_item_ptr(&mut self, l: PointerValue<'c>, i: IntValue<'c>, el: &Ty, msg: &str, span: Span) -> PointerValue<'c> {
        let n = self.obj_len(l);
        let neg = self.b.icmp(IntPredicate::SLT, i, self.int(0));
        let wrapped = self.b.add(i, n);
        let j = self.b.select(neg, wrapped.into(), i.into()).into_int_value();
        // One unsigned compare catches both j < 0 and j >= n.
        let bad = self.b.icmp(IntPredicate::UGE, j, n);
        self.raise_if(bad, abi::EXC_INDEX_ERROR, msg, span);
        let itemsp = self.list_field(l, LIST_ITEMS);
        let items = self.b.load(self.ptrt(), itemsp).into_pointer_value();
        self.b.gep(self.memty(el), items, &[j])
    }

    /// `[a, b, c]`: a list with room for exactly its items.
    pub(super) fn list_literal(&mut self, items: &[ExprId], el: &Ty) -> V<'c> {
        let l = self.list_new(el, self.int(items.len() as i64));
        let held = V { v: l.into(), owned: true };
        let lt = Ty::List(Box::new(el.clone()));
        self.push_temp(held, &lt);
        for it in items {
            let t = self.ty(*it);
            let v = self.expr(*it);
            let v = self.to_owned(v, &t);
            let v = self.coerce(v, &t, el);
            self.list_push(l, v, el);
        }
        self.pop_temp();
        held
    }

    /// `xs[i]` of a list: a new reference to the item.
    pub(super) fn list_get(&mut self, l: BasicValueEnum<'c>, i: IntValue<'c>, el: &Ty, span: Span) -> BasicValueEnum<'c> {
        let p = self.list_item_ptr(l.into_pointer_value(), i, el, "list index out of range", span);
        let v = self.load_slot(p, el);
        self.incref(v, el);
        v
    }

    /// `xs[i] = v` with `v` owned.
    pub(super) fn list_set(&mut self, l: BasicValueEnum<'c>, i: IntValue<'c>, v: BasicValueEnum<'c>, el: &Ty, span: Span) {
        self.push_temp(V { v, owned: true }, el);
        let p = self.list_item_ptr(l.into_pointer_value(), i, el, "list assignment index out of range", span);
        self.pop_temp();
        let old = self.load_slot(p, el);
        let m = self.to_mem(v, el);
        self.b.store(p, m);
        self.decref(old, el);
    }

    /// A loop over the items of a list, re-reading its length every step (as CPython's list
    /// iterator does); `item` receives each item borrowed. Returns after the loop's exit
    /// block was entered; `brk`/`cont` handling stays with the caller through `head`.
    pub(super) fn list_loop_head(&mut self, l: PointerValue<'c>, counter: PointerValue<'c>, el: &Ty, done: BasicBlock<'c>) -> BasicValueEnum<'c> {
        let i = self.b.load(self.i64t(), counter).into_int_value();
        let len = self.obj_len(l);
        let more = self.b.icmp(IntPredicate::SLT, i, len);
        let next_bb = self.new_block("for.next");
        self.b.cond_br(more, next_bb, done);
        self.b.at_end(next_bb);
        let n = self.b.add(i, self.int(1));
        self.b.store(counter, n);
        let itemsp = self.list_field(l, LIST_ITEMS);
        let items = self.b.load(self.ptrt(), itemsp).into_pointer_value();
        let p = self.b.gep(self.memty(el), items, &[i]);
        self.load_slot(p, el)
    }

    /// repr of any container value into a buffer, through its descriptor.
    pub(super) fn write_container(&mut self, buf: BasicValueEnum<'c>, v: BasicValueEnum<'c>, t: &Ty) {
        let d = self.desc(t);
        let p = self.slot(v, t);
        self.call_rt(RuntimeFn::ElemRepr, &[buf, d.into(), p.into()], Span::default());
    }

    /// `a op b` for two values of the same container type, through the descriptor.
    pub(super) fn container_cmp(&mut self, op: CmpOp, a: BasicValueEnum<'c>, b: BasicValueEnum<'c>, t: &Ty, span: Span) -> IntValue<'c> {
        let d = self.desc(t);
        let (pa, pb) = (self.slot(a, t), self.slot(b, t));
        match op {
            CmpOp::Eq | CmpOp::Ne => {
                let eq = self.call_rt_v(RuntimeFn::ElemEq, &[d.into(), pa.into(), pb.into()], span).into_int_value();
                if op == CmpOp::Eq {
                    eq
                } else {
                    self.b.not(eq)
                }
            }
            _ => {
                self.call_rt_v(RuntimeFn::ElemCmp, &[d.into(), pa.into(), pb.into(), self.int(cmp_code(op)).into()], span).into_int_value()
            }
        }
    }

    // xs.name(args) on a list  ==>  inline append; the runtime for the rest
    // (also t.index/t.count on a tuple[T, ...], which shares the list layout)
    pub(super) fn list_method(&mut self, recv: ExprId, name: &str, args: &[ExprId], span: Span) -> V<'c> {
        let lt = self.ty(recv);
        let (Ty::List(el) | Ty::TupleOf(el)) = &lt else { return V { v: self.none(), owned: false } };
        let el = (**el).clone();
        let (l, mut vals) = self.method_operands(recv, args);
        let lp = l.v;
        let none = V { v: self.none(), owned: false };
        let result = match name {
            "append" => {
                let (v, t) = vals[0].clone();
                let v = self.to_owned(v, &t);
                let v = self.coerce(v, &t, &el);
                vals[0].0.owned = false; // moved into the list
                self.list_push(lp.into_pointer_value(), v, &el);
                none
            }
            "extend" => {
                let (v, t) = vals[0].clone();
                if t == lt {
                    self.call_rt(RuntimeFn::ListExtend, &[lp, v.v], span);
                } else {
                    self.each(v.v, &t, span, &mut |g, item, it| {
                        let item = g.to_owned(V { v: item, owned: false }, it);
                        let item = g.coerce(item, it, &el);
                        g.list_push(lp.into_pointer_value(), item, &el);
                    });
                }
                none
            }
            "insert" => {
                let i = self.as_index(vals[0].0, &vals[0].1, span);
                let (v, t) = vals[1].clone();
                let v = self.to_owned(v, &t);
                let v = self.coerce(v, &t, &el);
                vals[1].0.owned = false;
                let p = self.slot(v, &el);
                self.call_rt(RuntimeFn::ListInsert, &[lp, i.into(), p.into()], span);
                none
            }
            "pop" => {
                let i = match vals.first() {
                    Some((v, t)) => self.as_index(*v, t, span),
                    None => self.int(-1),
                };
                let out = self.b.entry_alloca(self.memty(&el), "popped");
                self.call_rt(RuntimeFn::ListPop, &[lp, i.into(), out.into()], span);
                V { v: self.load_slot(out, &el), owned: true }
            }
            "remove" | "index" | "count" => {
                let (v, t) = vals[0].clone();
                // The runtime compares slots of the element type: a copy of the needle
                // converted to it, or one of its own type with its descriptor (an int list
                // and an int-or-None needle).
                let nt = if t == Ty::Never { el.clone() } else { t.clone() };
                self.incref(v.v, &t);
                let needle = self.coerce(v.v, &t, &nt);
                // (an __eq__ that raises, or "not in list", releases it)
                self.push_temp(V { v: needle, owned: true }, &nt);
                let p = self.slot(needle, &nt);
                let nd = if nt == el { self.ptrt().const_null() } else { self.desc(&nt) };
                let r = match name {
                    "remove" => {
                        self.call_rt(RuntimeFn::ListRemove, &[lp, nd.into(), p.into()], span);
                        none
                    }
                    "count" => V { v: self.call_rt_v(RuntimeFn::ListCount, &[lp, nd.into(), p.into()], span), owned: false },
                    _ => {
                        let start = match vals.get(1) {
                            Some((v, t)) => self.as_index(*v, t, span),
                            None => self.int(0),
                        };
                        let stop = match vals.get(2) {
                            Some((v, t)) => self.as_index(*v, t, span),
                            None => self.int(i64::MAX),
                        };
                        let f = if matches!(lt, Ty::TupleOf(_)) { RuntimeFn::TupleIndex } else { RuntimeFn::ListIndex };
                        V { v: self.call_rt_v(f, &[lp, nd.into(), p.into(), start.into(), stop.into()], span), owned: false }
                    }
                };
                self.pop_temp();
                self.decref(needle, &nt);
                r
            }
            "reverse" => {
                self.call_rt(RuntimeFn::ListReverse, &[lp], span);
                none
            }
            "clear" => {
                self.call_rt(RuntimeFn::ListClear, &[lp], span);
                none
            }
            "copy" => V { v: self.call_rt_v(RuntimeFn::ListCopy, &[lp], span), owned: true },
            _ => none,
        };
        self.release_operands(l, &lt, &vals);
        result
    }

    // xs.sort(key=k, reverse=r)
    //   ==>  keys = [k(x) for x in xs]; sort_keyed(xs, keys, r)     (no key: sort(xs, r))
    pub(super) fn sort(&mut self, list: ExprId, key: Option<KeyFn>, reverse: Option<ExprId>, span: Span) -> V<'c> {
        let lt = self.ty(list);
        let l = self.expr(list);
        self.push_temp(l, &lt);
        let rev = match reverse {
            Some(r) => self.truthy_expr(r),
            None => self.cx.bool_type().const_zero(),
        };
        match key {
            None => {
                self.call_rt(RuntimeFn::ListSort, &[l.v, rev.into()], span);
            }
            Some(k) => {
                let kt = self.ty(k.body);
                let n = self.obj_len(l.v.into_pointer_value());
                let keys = self.list_new(&kt, n);
                let klt = Ty::List(Box::new(kt.clone()));
                let held = V { v: keys.into(), owned: true };
                self.push_temp(held, &klt);
                self.each(l.v, &lt, span, &mut |g, item, it| {
                    g.assign(&Target::Local(k.param), V { v: item, owned: false }, it, span);
                    let kv = g.expr(k.body);
                    let kv = g.to_owned(kv, &kt);
                    g.list_push(keys, kv, &kt);
                });
                self.call_rt(RuntimeFn::ListSortKeyed, &[l.v, keys.into(), rev.into()], span);
                self.pop_temp();
                self.decref(keys.into(), &klt);
            }
        }
        self.pop_temp();
        self.release(l, &lt);
        V { v: self.none(), owned: false }
    }

    /// Calls `body` with every item (borrowed) of an iterable value of type `t`.
    pub(super) fn each(&mut self, v: BasicValueEnum<'c>, t: &Ty, span: Span, body: &mut dyn FnMut(&mut Self, BasicValueEnum<'c>, &Ty)) {
        if let Ty::Tuple(items) = t {
            // Unrolled: one body per item, converted to the items' common type.
            let mut el = Ty::Never;
            for it in items {
                el = el.join(it).unwrap_or(Ty::Dyn);
            }
            for (k, it) in items.iter().enumerate() {
                let m = self.b.extract(v.into_struct_value(), k as u32);
                self.incref(m, it);
                let m = self.coerce(m, it, &el);
                body(self, m, &el);
                self.decref(m, &el);
            }
            return;
        }
        let mut held = Vec::new();
        let it = match t {
            Ty::Inst(cid) => self.iter_begin_instance(V { v, owned: false }, *cid, &mut held, span),
            _ => self.iter_begin(v, t, false),
        };
        let el = self.iter_item_ty(&it);
        let (head, done) = (self.new_block("each"), self.new_block("each.done"));
        self.b.br(head);
        self.b.at_end(head);
        let item = self.iter_next(&it, done, span);
        body(self, item.v, &el);
        self.release(item, &el);
        if !self.terminated() {
            self.b.br(head);
        }
        self.b.at_end(done);
        for (v, t) in held.iter().rev() {
            self.pop_temp();
            self.release(*v, t);
        }
    }

    // ---------------------------------------------------------------- iteration

    /// The loop state of an iterable, set up before the loop head (see `iter_next`).
    pub(super) fn iter_begin(&mut self, v: BasicValueEnum<'c>, t: &Ty, reversed: bool) -> Iter<'c> {
        let counter = self.b.entry_alloca(self.i64t(), "it");
        match t {
            Ty::Gen(el) => Iter::Gen { g: v.into_pointer_value(), el: (**el).clone() },
            Ty::List(el) | Ty::TupleOf(el) if reversed => {
                // CPython's reversed list iterator: from len-1 down, stopping early if the list shrank.
                let n = self.obj_len(v.into_pointer_value());
                let last = self.b.sub(n, self.int(1));
                self.b.store(counter, last);
                Iter::ListRev { l: v.into_pointer_value(), i: counter, el: (**el).clone() }
            }
            Ty::List(el) | Ty::TupleOf(el) => {
                self.b.store(counter, self.int(0));
                Iter::List { l: v.into_pointer_value(), i: counter, el: (**el).clone() }
            }
            Ty::Str if reversed => {
                let np = self.b.gep(self.i64t(), v.into_pointer_value(), &[self.int(2)]);
                let n = self.b.load(self.i64t(), np).into_int_value();
                let last = self.b.sub(n, self.int(1));
                self.b.store(counter, last);
                Iter::StrRev { s: v.into_pointer_value(), i: counter }
            }
            Ty::Str => {
                self.b.store(counter, self.int(0));
                Iter::Str { s: v.into_pointer_value(), off: counter }
            }
            Ty::Dict(..) | Ty::View(..) => {
                let (which, d) = match t {
                    Ty::View(w, d) => (*w, &**d),
                    _ => (ViewKind::Keys, t),
                };
                let Ty::Dict(k, val) = d else { return Iter::Empty };
                self.b.store(counter, self.int(0));
                let len0 = self.obj_len(v.into_pointer_value());
                Iter::Dict { d: v.into_pointer_value(), pos: counter, len0, kt: (**k).clone(), vt: (**val).clone(), which }
            }
            Ty::Range => {
                let (start, stop, step) = self.range_parts(v);
                if reversed {
                    let n = self.range_len(start, stop, step);
                    self.b.store(counter, n);
                    Iter::Range { i: counter, stop: start, step, rev: true }
                } else {
                    self.b.store(counter, start);
                    Iter::Range { i: counter, stop, step, rev: false }
                }
            }
            Ty::Set(el, _) => {
                self.b.store(counter, self.int(0));
                let len0 = self.obj_len(v.into_pointer_value());
                Iter::Set { s: v.into_pointer_value(), pos: counter, len0, el: (**el).clone() }
            }
            _ => Iter::Empty,
        }
    }

    /// Evaluates the iterable of a `for` (kept on the temp stack in `held` until the loop
    /// ends) and sets up its iteration; `zip` and `reversed` are taken apart.
    pub(super) fn iter_begin_expr(&mut self, e: ExprId, held: &mut Vec<(V<'c>, Ty)>) -> Iter<'c> {
        let f = self.func();
        let at = f.exprs[e].span;
        match &f.exprs[e].kind {
            ExprKind::Reversed(inner) => {
                let (v, t) = (self.expr(*inner), self.ty(*inner));
                self.push_temp(v, &t);
                held.push((v, t.clone()));
                self.iter_begin(v.v, &t, true)
            }
            ExprKind::Zip(args) => Iter::Zip(args.iter().map(|a| self.iter_begin_expr(*a, held)).collect()),
            // for w in s.split(sep): body  ==>  pos = 0; while (w = split_next(s, sep, &pos)): body
            // (no list is built; s is immutable, so cutting lazily gives the same items)
            ExprKind::Method(recv, name, args) if name == "split" && args.len() <= 1 && self.ty(*recv) == Ty::Str => {
                let (s, vals) = self.method_operands(*recv, args);
                held.push((s, Ty::Str));
                held.extend(vals.iter().cloned());
                let sep = match vals.first() {
                    Some((v, Ty::Str)) => v.v.into_pointer_value(),
                    _ => self.ptrt().const_null(),
                };
                self.call_rt_v(RuntimeFn::StrSplitCheck, &[sep.into()], at);
                let pos = self.b.entry_alloca(self.i64t(), "split.pos");
                self.b.store(pos, self.int(0));
                Iter::Split { s: s.v.into_pointer_value(), sep, pos }
            }
            // for x in {3, 1, 2}: CPython iterates a frozenset constant
            ExprKind::Set(items, frozen) => {
                let t = self.ty(e);
                let v = self.set_display(items, *frozen, &t, true, at);
                self.push_temp(v, &t);
                held.push((v, t.clone()));
                self.iter_begin(v.v, &t, false)
            }
            _ => {
                let (v, t) = (self.expr(e), self.ty(e));
                // (a tuple zipped with others: its items as a tuple[T, ...])
                if let Ty::Tuple(items) = &t {
                    let el = items.iter().try_fold(Ty::Never, |acc, t| acc.join(t)).unwrap_or(Ty::Never);
                    let vt = Ty::TupleOf(Box::new(el));
                    let owned = self.to_owned(v, &t);
                    let l = self.coerce(owned, &t, &vt);
                    let l = V { v: l, owned: true };
                    self.push_temp(l, &vt);
                    held.push((l, vt.clone()));
                    return self.iter_begin(l.v, &vt, false);
                }
                self.push_temp(v, &t);
                held.push((v, t.clone()));
                if let Ty::Inst(cid) = t {
                    return self.iter_begin_instance(v, cid, held, at);
                }
                self.iter_begin(v.v, &t, false)
            }
        }
    }

    // for x in obj:  it = obj.__iter__()  ==>  a generator: its items
    //                                     ==>  an object: it.__next__() until StopIteration
    fn iter_begin_instance(&mut self, v: V<'c>, cid: ClassId, held: &mut Vec<(V<'c>, Ty)>, at: Span) -> Iter<'c> {
        let Some(&it) = self.typed.dunders.get(&(cid, "__iter__")) else { return Iter::Empty };
        let r = self.call_inst(it, &[v.v.into()]).unwrap_or_else(|| self.none());
        let rt = self.typed.instances[it].ret.clone();
        let rv = V { v: r, owned: true };
        self.push_temp(rv, &rt);
        held.push((rv, rt.clone()));
        self.check_exc(at);
        match &rt {
            Ty::Gen(_) => self.iter_begin(r, &rt, false),
            Ty::Inst(d) => match self.typed.dunders.get(&(*d, "__next__")) {
                Some(&next) => Iter::Next { o: r.into_pointer_value(), next, el: self.typed.instances[next].ret.clone() },
                None => Iter::Empty,
            },
            _ => Iter::Empty,
        }
    }

    // with an exception pending:  StopIteration  ==>  discard it; goto stop
    //                             other          ==>  unwind
    pub(super) fn stop_iteration_to(&mut self, stop: BasicBlock<'c>, span: Span) {
        let is = self.call_rt_v(RuntimeFn::ExcPendingIs, &[self.int(abi::EXC_STOP_ITERATION).into()], span).into_int_value();
        let is = self.b.icmp(IntPredicate::NE, is, is.get_type().const_zero());
        let (end, other) = (self.new_block("next.stop"), self.new_block("next.error"));
        self.b.cond_br(is, end, other);
        self.b.at_end(end);
        let taken = self.call_rt_v(RuntimeFn::ExcTake, &[], span);
        self.call_rt(RuntimeFn::ExcDecref, &[taken], span);
        self.b.br(stop);
        self.b.at_end(other);
        self.unwind(span);
    }

    /// The start, stop and step of `range(a, b, c)`; ValueError for a zero step.
    pub(super) fn range_args(&mut self, a: ExprId, b: ExprId, c: ExprId, at: Span) -> (IntValue<'c>, IntValue<'c>, IntValue<'c>) {
        let start = self.index_expr(a, abi::INDEX_FOR_INT, at);
        let stop = self.index_expr(b, abi::INDEX_FOR_INT, at);
        let step = self.index_expr(c, abi::INDEX_FOR_INT, at);
        let zero = self.b.icmp(IntPredicate::EQ, step, self.int(0));
        self.raise_if(zero, abi::EXC_VALUE_ERROR, "range() arg 3 must not be zero", at);
        (start, stop, step)
    }

    /// `x in c` by comparing `x` with every item of `c` (`==`, as CPython does for sequences).
    pub(super) fn contains_by_eq(&mut self, x: BasicValueEnum<'c>, tx: &Ty, c: BasicValueEnum<'c>, tc: &Ty, span: Span) -> IntValue<'c> {
        let bool_t = self.cx.bool_type();
        let found = self.b.entry_alloca(bool_t, "found");
        self.b.store(found, bool_t.const_zero());
        self.each(c, tc, span, &mut |g, item, it| {
            let eq = g.compare(CmpOp::Eq, x, tx, item, it, span);
            let cur = g.b.load(bool_t, found).into_int_value();
            let any = g.b.or(cur, eq);
            g.b.store(found, any);
        });
        self.b.load(bool_t, found).into_int_value()
    }

    /// Evaluates a method's receiver and arguments, each held on the temp stack.
    pub(super) fn method_operands(&mut self, recv: ExprId, args: &[ExprId]) -> (V<'c>, Vec<(V<'c>, Ty)>) {
        let rt = self.ty(recv);
        let r = self.expr(recv);
        self.push_temp(r, &rt);
        let mut vals = Vec::new();
        for a in args {
            let (v, t) = (self.expr(*a), self.ty(*a));
            self.push_temp(v, &t);
            vals.push((v, t));
        }
        (r, vals)
    }

    /// Releases what `method_operands` held.
    pub(super) fn release_operands(&mut self, recv: V<'c>, rt: &Ty, vals: &[(V<'c>, Ty)]) {
        for (v, t) in vals.iter().rev() {
            self.pop_temp();
            self.release(*v, t);
        }
        self.pop_temp();
        self.release(recv, rt);
    }

    /// The number of items of `range(start, stop, step)` (step != 0), computed without overflow.
    pub(super) fn range_len(&mut self, start: IntValue<'c>, stop: IntValue<'c>, step: IntValue<'c>) -> IntValue<'c> {
        let i128t = self.cx.i128_type();
        let (s1, s2, st) = (self.b.sext(start, i128t), self.b.sext(stop, i128t), self.b.sext(step, i128t));
        let pos = self.b.icmp(IntPredicate::SGT, step, self.int(0));
        let up = self.b.sub(s2, s1);
        let down = self.b.sub(s1, s2);
        let dist = self.b.select(pos, up.into(), down.into()).into_int_value();
        let neg_st = self.b.sub(i128t.const_zero(), st);
        let mag = self.b.select(pos, st.into(), neg_st.into()).into_int_value();
        let num = self.b.add(dist, mag);
        let num = self.b.sub(num, i128t.const_int(1, false));
        let n = self.b.sdiv(num, mag);
        let some = self.b.icmp(IntPredicate::SGT, dist, i128t.const_zero());
        let n = self.b.select(some, n.into(), i128t.const_zero().into()).into_int_value();
        self.b.trunc(n, self.i64t())
    }

    /// The start, stop and step of a range value.
    pub(super) fn range_parts(&mut self, r: BasicValueEnum<'c>) -> (IntValue<'c>, IntValue<'c>, IntValue<'c>) {
        let s = r.into_struct_value();
        let f = |g: &mut Self, i| g.b.extract(s, i).into_int_value();
        (f(self, 0), f(self, 1), f(self, 2))
    }

    /// The type of the items iterating over a value of type `t` gives.
    pub(super) fn iterable_item_ty(&self, t: &Ty) -> Ty {
        match t {
            Ty::List(e) | Ty::TupleOf(e) | Ty::Set(e, _) => (**e).clone(),
            Ty::Str => Ty::Str,
            Ty::Range => Ty::Int,
            Ty::Gen(e) => (**e).clone(),
            Ty::Dict(k, _) => (**k).clone(),
            Ty::View(w, d) => match (&**d, w) {
                (Ty::Dict(k, _), ViewKind::Keys) => (**k).clone(),
                (Ty::Dict(_, v), ViewKind::Values) => (**v).clone(),
                (Ty::Dict(k, v), ViewKind::Items) => Ty::Tuple(vec![(**k).clone(), (**v).clone()]),
                _ => Ty::Never,
            },
            Ty::Tuple(items) => items.iter().fold(Ty::Never, |a, b| a.join(b).unwrap_or(Ty::Dyn)),
            // (what __iter__ returns: a generator, or an object with __next__)
            Ty::Inst(cid) => {
                let Some(&it) = self.typed.dunders.get(&(*cid, "__iter__")) else { return Ty::Never };
                match &self.typed.instances[it].ret {
                    Ty::Gen(el) => (**el).clone(),
                    Ty::Inst(d) => self.typed.dunders.get(&(*d, "__next__")).map_or(Ty::Never, |&n| self.typed.instances[n].ret.clone()),
                    _ => Ty::Never,
                }
            }
            _ => Ty::Never,
        }
    }

    /// The type of the items an iteration gives.
    pub(super) fn iter_item_ty(&self, it: &Iter<'c>) -> Ty {
        match it {
            Iter::List { el, .. } | Iter::ListRev { el, .. } | Iter::Set { el, .. } => el.clone(),
            Iter::Str { .. } | Iter::StrRev { .. } | Iter::Split { .. } => Ty::Str,
            Iter::Dict { kt, vt, which, .. } => match which {
                ViewKind::Keys => kt.clone(),
                ViewKind::Values => vt.clone(),
                ViewKind::Items => Ty::Tuple(vec![kt.clone(), vt.clone()]),
            },
            Iter::Range { .. } => Ty::Int,
            Iter::Gen { el, .. } | Iter::Next { el, .. } => el.clone(),
            Iter::Zip(parts) => Ty::Tuple(parts.iter().map(|p| self.iter_item_ty(p)).collect()),
            Iter::Empty => Ty::Never,
        }
    }

    /// At the loop head: the next item (owned), or a branch to `done` at the end.
    pub(super) fn iter_next(&mut self, it: &Iter<'c>, done: BasicBlock<'c>, span: Span) -> V<'c> {
        let next_bb = |g: &mut Self, more: IntValue<'c>| {
            let bb = g.new_block("it.next");
            g.b.cond_br(more, bb, done);
            g.b.at_end(bb);
        };
        match it {
            Iter::List { l, i, el } => {
                let item = self.list_loop_head(*l, *i, el, done);
                self.incref(item, el);
                V { v: item, owned: true }
            }
            Iter::ListRev { l, i, el } => {
                let k = self.b.load(self.i64t(), *i).into_int_value();
                let n = self.obj_len(*l);
                let ge0 = self.b.icmp(IntPredicate::SGE, k, self.int(0));
                let lt = self.b.icmp(IntPredicate::SLT, k, n);
                let more = self.b.and(ge0, lt);
                next_bb(self, more);
                let k1 = self.b.sub(k, self.int(1));
                self.b.store(*i, k1);
                let itemsp = self.list_field(*l, LIST_ITEMS);
                let items = self.b.load(self.ptrt(), itemsp).into_pointer_value();
                let p = self.b.gep(self.memty(el), items, &[k]);
                let item = self.load_slot(p, el);
                self.incref(item, el);
                V { v: item, owned: true }
            }
            Iter::Str { s, off } => {
                let o = self.b.load(self.i64t(), *off).into_int_value();
                let len = self.obj_len(*s);
                let more = self.b.icmp(IntPredicate::SLT, o, len);
                next_bb(self, more);
                let c = self.call_rt_v(RuntimeFn::StrCharAt, &[(*s).into(), o.into()], span);
                let clen = self.obj_len(c.into_pointer_value());
                let n = self.b.add(o, clen);
                self.b.store(*off, n);
                V { v: c, owned: true }
            }
            Iter::Split { s, sep, pos } => {
                let w = self.call_rt_v(RuntimeFn::StrSplitNext, &[(*s).into(), (*sep).into(), (*pos).into()], span);
                let more = self.b.is_not_null(w.into_pointer_value());
                next_bb(self, more);
                V { v: w, owned: true }
            }
            Iter::StrRev { s, i } => {
                let k = self.b.load(self.i64t(), *i).into_int_value();
                let more = self.b.icmp(IntPredicate::SGE, k, self.int(0));
                next_bb(self, more);
                let k1 = self.b.sub(k, self.int(1));
                self.b.store(*i, k1);
                V { v: self.call_rt_v(RuntimeFn::StrGetItem, &[(*s).into(), k.into()], span), owned: true }
            }
            Iter::Dict { d, pos, len0, kt, vt, which } => {
                let (kp, vp) = (self.b.entry_alloca(self.ptrt(), "kslot"), self.b.entry_alloca(self.ptrt(), "vslot"));
                let more = self.call_rt_v(RuntimeFn::DictNext, &[(*d).into(), (*pos).into(), (*len0).into(), kp.into(), vp.into()], span).into_int_value();
                next_bb(self, more);
                let ks = self.b.load(self.ptrt(), kp).into_pointer_value();
                let vs = self.b.load(self.ptrt(), vp).into_pointer_value();
                let key = |g: &mut Self| {
                    let k = g.load_slot(ks, kt);
                    g.incref(k, kt);
                    k
                };
                let val = |g: &mut Self| {
                    let v = g.load_slot(vs, vt);
                    g.incref(v, vt);
                    v
                };
                let v = match which {
                    ViewKind::Keys => key(self),
                    ViewKind::Values => val(self),
                    ViewKind::Items => {
                        let (k, v) = (key(self), val(self));
                        let t = Ty::Tuple(vec![kt.clone(), vt.clone()]);
                        let s = self.b.undef_struct(self.llty(&t));
                        let s = self.b.insert(s, k, 0);
                        self.b.insert(s, v, 1).into()
                    }
                };
                V { v, owned: true }
            }
            Iter::Set { s, pos, len0, el } => {
                let sp = self.b.entry_alloca(self.ptrt(), "eslot");
                let more = self.call_rt_v(RuntimeFn::SetNext, &[(*s).into(), (*pos).into(), (*len0).into(), sp.into()], span).into_int_value();
                next_bb(self, more);
                let slot = self.b.load(self.ptrt(), sp).into_pointer_value();
                let v = self.load_slot(slot, el);
                self.incref(v, el);
                V { v, owned: true }
            }
            Iter::Range { i, stop, step, rev } => {
                let x = self.b.load(self.i64t(), *i).into_int_value();
                let more = if *rev {
                    // counting the remaining items down
                    self.b.icmp(IntPredicate::SGT, x, self.int(0))
                } else {
                    let up = self.b.icmp(IntPredicate::SLT, x, *stop);
                    let down = self.b.icmp(IntPredicate::SGT, x, *stop);
                    let pos = self.b.icmp(IntPredicate::SGT, *step, self.int(0));
                    self.b.select(pos, up.into(), down.into()).into_int_value()
                };
                next_bb(self, more);
                if *rev {
                    // value = stop + (remaining - 1) * step, where `stop` holds the start
                    let k = self.b.sub(x, self.int(1));
                    self.b.store(*i, k);
                    let off = self.b.mul(k, *step);
                    V { v: self.b.add(*stop, off).into(), owned: false }
                } else {
                    let (n, ovf) = self.int_add_ovf(x, *step);
                    let n = self.b.select(ovf, (*stop).into(), n.into()).into_int_value();
                    self.b.store(*i, n);
                    V { v: x.into(), owned: false }
                }
            }
            Iter::Zip(parts) => {
                let t = self.iter_item_ty(it);
                let mut s = self.b.undef_struct(self.llty(&t));
                let mut got: Vec<(V<'c>, Ty)> = Vec::new();
                for (k, p) in parts.iter().enumerate() {
                    // An exhausted part ends the zip; items already taken are released.
                    let stop = self.new_block("zip.stop");
                    let v = self.iter_next(p, stop, span);
                    let cont = self.b.block();
                    self.b.at_end(stop);
                    for (g, gt) in got.iter().rev() {
                        self.release(*g, gt);
                    }
                    self.b.br(done);
                    self.b.at_end(cont);
                    let pt = self.iter_item_ty(p);
                    let v = V { v: self.to_owned(v, &pt), owned: true };
                    s = self.b.insert(s, v.v, k as u32);
                    got.push((v, pt));
                }
                V { v: s.into(), owned: true }
            }
            Iter::Gen { g, el } => self.gen_advance(*g, el, done, span),
            // item = it.__next__(); StopIteration ends the loop, other exceptions propagate
            Iter::Next { o, next, el } => {
                let r = self.call_inst(*next, &[(*o).into()]).unwrap_or_else(|| self.none());
                let e = self.b.load(self.ptrt(), self.exc.as_pointer_value()).into_pointer_value();
                let raised = self.b.is_not_null(e);
                let (err, ok) = (self.new_block("next.raised"), self.new_block("next.ok"));
                self.b.cond_br(raised, err, ok);
                self.b.at_end(err);
                self.stop_iteration_to(done, span);
                self.b.at_end(ok);
                let _ = el;
                V { v: r, owned: true }
            }
            Iter::Empty => {
                self.b.br(done);
                let dead = self.new_block("dead");
                self.b.at_end(dead);
                V { v: self.none(), owned: false }
            }
        }
    }
}

/// A loop in progress over an iterable (see `Gen::iter_begin`).
pub(super) enum Iter<'c> {
    List { l: PointerValue<'c>, i: PointerValue<'c>, el: Ty },
    ListRev { l: PointerValue<'c>, i: PointerValue<'c>, el: Ty },
    Str { s: PointerValue<'c>, off: PointerValue<'c> },
    /// `s.split(sep)` cut one item at a time (`sep` null for whitespace).
    Split { s: PointerValue<'c>, sep: PointerValue<'c>, pos: PointerValue<'c> },
    StrRev { s: PointerValue<'c>, i: PointerValue<'c> },
    Dict { d: PointerValue<'c>, pos: PointerValue<'c>, len0: IntValue<'c>, kt: Ty, vt: Ty, which: ViewKind },
    Set { s: PointerValue<'c>, pos: PointerValue<'c>, len0: IntValue<'c>, el: Ty },
    /// `range`: `i` the next value (or, `rev`, the count left, with `stop` holding the start).
    Range { i: PointerValue<'c>, stop: IntValue<'c>, step: IntValue<'c>, rev: bool },
    Zip(Vec<Iter<'c>>),
    /// A generator, resumed for each item.
    Gen { g: PointerValue<'c>, el: Ty },
    /// An iterator object of the program: its `__next__` instance, called for each item.
    Next { o: PointerValue<'c>, next: InstId, el: Ty },
    Empty,
}
