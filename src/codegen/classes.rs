//! Classes: instance layout (`{ i64 rc, class info, [exception,] fields... }`), the per-class drop function and
//! runtime descriptor, instance creation, attribute access, method calls and printing.
use super::*;

impl<'c, 'p> Gen<'c, 'p> {
    /// The LLVM layout of an instance of class `cid`: the count, the class, for an
    /// exception class its exception (see the runtime's `Exc`), then each attribute's slot.
    pub(super) fn class_ty(&self, cid: ClassId) -> inkwell::types::StructType<'c> {
        // { rc, class info, [exception,] attributes... }
        let mut fields: Vec<BasicTypeEnum<'c>> = vec![self.i64t().into(), self.ptrt().into()];
        if self.prog.classes[cid].exc_kind.is_some() {
            fields.push(self.ptrt().into());
        }
        for t in &self.typed.class_attrs[cid] {
            fields.push(self.memty(t));
        }
        self.cx.struct_type(&fields, false)
    }

    /// The field index of the first attribute of an instance of `cid`.
    fn first_attr(&self, cid: ClassId) -> u32 {
        if self.prog.classes[cid].exc_kind.is_some() {
            3
        } else {
            2
        }
    }

    /// The byte size of an instance of `cid`.
    fn class_size(&self, cid: ClassId) -> IntValue<'c> {
        self.class_ty(cid).size_of().expect("sized class")
    }

    // For every class:  void drop.C(o) { decref each counted field; pyx_obj_free(o, size) }
    //                   ClassInfo { drop.C, __repr__ or null, "module.C" } and its descriptor
    pub(super) fn emit_classes(&mut self) {
        for cid in 0..self.prog.classes.len() {
            let name = format!("drop.{}", self.prog.classes[cid].name);
            let fty = self.cx.void_type().fn_type(&[self.ptrt().into()], false);
            let drop = self.module.add_function(&name, fty, Some(Linkage::Internal));
            let bb = self.cx.append_basic_block(drop, "entry");
            self.b.at_end(bb);
            self.fs = Some(self.dummy_state(drop));
            let o = drop.get_nth_param(0).expect("object").into_pointer_value();
            let st = self.class_ty(cid);
            let attrs = self.typed.class_attrs[cid].clone();
            let first = self.first_attr(cid);
            for (k, t) in attrs.iter().enumerate() {
                if t.is_refcounted() {
                    let p = self.b.struct_gep(st, o, k as u32 + first);
                    let v = self.load_slot(p, t);
                    self.decref(v, t);
                }
            }
            if first == 3 {
                let p = self.b.struct_gep(st, o, 2);
                let e = self.b.load(self.ptrt(), p);
                self.call_rt(RuntimeFn::ExcUnpair, &[e], Span::default());
            }
            let size = self.class_size(cid);
            self.call_rt(RuntimeFn::ObjFree, &[o.into(), size.into()], Span::default());
            self.b.ret(None);
            self.fs = None;
            // The class as the runtime sees it (containers of instances print and free them).
            let module = &self.prog.modules[self.prog.classes[cid].module].name;
            let shown = format!("{}.{}", if self.prog.classes[cid].module == self.prog.entry { "__main__" } else { module }, self.prog.classes[cid].name);
            let name_str = self.str_lit(&shown);
            let repr = match self.typed.dunders.get(&(cid, "__repr__")) {
                Some(&inst) => self.inst_ptr(inst),
                None => self.ptrt().const_null(),
            };
            let lt = self.compare_thunk(cid, "__lt__");
            let eq = self.compare_thunk(cid, "__eq__");
            let str_fn = match self.typed.dunders.get(&(cid, "__str__")) {
                Some(&inst) => self.inst_ptr(inst),
                None if self.prog.classes[cid].exc_kind.is_some() => self.exc_text_fn(cid, false),
                None => self.ptrt().const_null(),
            };
            let repr = match (self.prog.classes[cid].exc_kind, self.typed.dunders.contains_key(&(cid, "__repr__"))) {
                (Some(_), false) => self.exc_text_fn(cid, true),
                _ => repr,
            };
            let p = self.ptrt().into();
            let hash = match self.typed.dunders.get(&(cid, "__hash__")) {
                Some(&inst) if self.typed.instances[inst].ret == Ty::Int => self.inst_ptr(inst),
                Some(&inst) if self.typed.instances[inst].ret == Ty::Never => self.raising_hash(inst),
                _ => self.ptrt().const_null(),
            };
            let info_ty = self.cx.struct_type(&[p, p, p, p, p, p, p], false);
            let info = self.module.add_global(info_ty, None, &format!("cls.{cid}.info"));
            info.set_linkage(Linkage::Private);
            info.set_constant(true);
            let fields = [drop.as_global_value().as_pointer_value().into(), repr.into(), name_str.into(), lt.into(), eq.into(), str_fn.into(), hash.into()];
            info.set_initializer(&info_ty.const_named_struct(&fields));
            let i64t = self.i64t();
            let desc_ty = self.cx.struct_type(&[i64t.into(), i64t.into(), i64t.into(), self.ptrt().into()], false);
            let desc = self.module.add_global(desc_ty, None, &format!("cls.{cid}.desc"));
            desc.set_linkage(Linkage::Private);
            desc.set_constant(true);
            desc.set_initializer(&desc_ty.const_named_struct(&[self.int(abi::DESC_INST).into(), self.int(8).into(), self.int(0).into(), info.as_pointer_value().into()]));
        }
    }

    // Str* str.exc.C(o) { return o.__msg__ }            (exception classes with state)
    // Str* repr.exc.C(o) { return "C" + o.__args__ }   (the arguments' tuple, as CPython)
    fn exc_text_fn(&mut self, cid: ClassId, repr: bool) -> PointerValue<'c> {
        let rty = self.ptrt().fn_type(&[self.ptrt().into()], false);
        let name = format!("{}.exc.{cid}", if repr { "repr" } else { "str" });
        self.helper_fn(&name, rty, |g, f| {
            let o = f.get_nth_param(0).expect("object");
            // (a __str__ that raises leaves its exception pending for the caller, as any repr)
            // (a class never instantiated has no texts: nothing calls this)
            let unused = g.typed.class_attrs[cid].iter().all(|t| *t == Ty::Never || *t == Ty::None);
            let r = if unused {
                g.str_lit("").into()
            } else if repr {
                let (p, t) = g.attr_ptr(o, cid, "__args__");
                let a = g.load_slot(p, &t);
                let name = g.prog.classes[cid].name.clone();
                let n = g.str_lit(&name);
                g.call_rt_v(RuntimeFn::ExcLikeRepr, &[n.into(), a], Span::default())
            } else {
                g.exc_instance_str(o, cid, false)
            };
            g.b.ret(Some(r));
        })
    }

    // i64 hash.C(o) { o.__hash__(); return 0 }   (a __hash__ that always raises)
    fn raising_hash(&mut self, inst: InstId) -> PointerValue<'c> {
        let fty = self.i64t().fn_type(&[self.ptrt().into()], false);
        self.helper_fn(&format!("hash.raises.{inst}"), fty, |g, f| {
            let o = f.get_nth_param(0).expect("o");
            g.call_inst(inst, &[o.into()]);
            g.b.ret(Some(g.int(0).into()));
        })
    }

    /// A new internal function `name` of type `fty` whose body `body` emits (with a state
    /// of its own), from anywhere: the builder and function state are restored after.
    pub(super) fn helper_fn(&mut self, name: &str, fty: inkwell::types::FunctionType<'c>, body: impl FnOnce(&mut Self, FunctionValue<'c>)) -> PointerValue<'c> {
        let f = self.module.add_function(name, fty, Some(Linkage::Internal));
        let here = self.b.0.get_insert_block();
        let saved = self.fs.take();
        let bb = self.cx.append_basic_block(f, "entry");
        self.b.at_end(bb);
        self.fs = Some(self.dummy_state(f));
        body(self, f);
        self.fs = saved;
        if let Some(bb) = here {
            self.b.at_end(bb);
        }
        f.as_global_value().as_pointer_value()
    }

    // i8 lt.C(a, b) { return bool(a.__lt__(b)) }   (likewise __eq__), or null without one
    fn compare_thunk(&mut self, cid: ClassId, dunder: &'static str) -> PointerValue<'c> {
        let Some(&inst) = self.typed.dunders.get(&(cid, dunder)) else { return self.ptrt().const_null() };
        let name = format!("{dunder}.{}", self.prog.classes[cid].name);
        let fty = self.cx.i8_type().fn_type(&[self.ptrt().into(), self.ptrt().into()], false);
        let thunk = self.module.add_function(&name, fty, Some(Linkage::Internal));
        let bb = self.cx.append_basic_block(thunk, "entry");
        self.b.at_end(bb);
        self.fs = Some(self.dummy_state(thunk));
        let (a, b) = (thunk.get_nth_param(0).expect("a"), thunk.get_nth_param(1).expect("b"));
        let r = self.call_inst(inst, &[a.into(), b.into()]).unwrap_or_else(|| self.none());
        let rt = self.typed.instances[inst].ret.clone();
        let t = self.truthy(r, &rt);
        self.decref(r, &rt);
        let t = self.b.zext(t, self.cx.i8_type());
        self.b.ret(Some(t.into()));
        self.fs = None;
        thunk.as_global_value().as_pointer_value()
    }

    /// The runtime descriptor of instances of `cid` (see `emit_classes`).
    pub(super) fn class_desc(&self, cid: ClassId) -> PointerValue<'c> {
        self.module.get_global(&format!("cls.{cid}.desc")).expect("class descriptor").as_pointer_value()
    }

    /// The `ClassInfo` of `cid`.
    pub(super) fn class_info(&self, cid: ClassId) -> PointerValue<'c> {
        self.module.get_global(&format!("cls.{cid}.info")).expect("class info").as_pointer_value()
    }

    /// The class info pointer in the header of instance `o`.
    pub(super) fn obj_info(&mut self, o: PointerValue<'c>) -> PointerValue<'c> {
        let p = self.b.gep(self.ptrt(), o, &[self.int(1)]);
        self.b.load(self.ptrt(), p).into_pointer_value()
    }

    // drop an instance by its own class:  info = o->info; info->drop(o)
    pub(super) fn drop_instance(&mut self, o: PointerValue<'c>) {
        let info = self.obj_info(o);
        let drop = self.b.load(self.ptrt(), info).into_pointer_value();
        let fty = self.cx.void_type().fn_type(&[self.ptrt().into()], false);
        self.b.call_indirect(fty, drop, &[o.into()]);
    }

    /// Whether instance `o` belongs to one of `classes` (its info pointer is one of theirs).
    pub(super) fn obj_is_one_of(&mut self, o: PointerValue<'c>, classes: &[ClassId]) -> IntValue<'c> {
        let info = self.obj_info(o);
        let info = self.b.ptr_to_int(info, self.i64t());
        let mut acc = self.cx.bool_type().const_zero();
        for &c in classes {
            let ci = self.class_info(c);
            let ci = self.b.ptr_to_int(ci, self.i64t());
            let same = self.b.icmp(IntPredicate::EQ, info, ci);
            acc = self.b.or(acc, same);
        }
        acc
    }

    // C(args)  ==>  evaluate args; o = pyx_obj_new(size); C.__init__(o, args); o
    pub(super) fn new_instance(&mut self, e: ExprId, cid: ClassId, args: &[ExprId], span: Span) -> V<'c> {
        let vals = self.eval_operands(args);
        let size = self.class_size(cid);
        let o = self.call_rt_v(RuntimeFn::ObjNew, &[size.into()], span);
        let info_slot = self.b.gep(self.ptrt(), o.into_pointer_value(), &[self.int(1)]);
        let info = self.class_info(cid);
        self.b.store(info_slot, info);
        // An instance attribute that is also a class attribute holds the class's value
        // until the instance sets its own (see infer's `class_defaults`).
        for k in 0..self.prog.classes[cid].attrs.len() {
            let name = self.prog.classes[cid].attrs[k].clone();
            let Some(g) = find_in_chain(&self.prog.classes, cid, |c| c.class_attr(&name)) else { continue };
            let (gt, Some(gv)) = (self.typed.globals[g].clone(), self.globals[g]) else { continue };
            if gt == Ty::Never {
                continue;
            }
            let v = self.b.load(self.llty(&gt), gv.as_pointer_value());
            self.incref(v, &gt);
            let (p, t) = self.attr_ptr(o, cid, &name);
            let v = self.coerce(v, &gt, &t);
            let m = self.to_mem(v, &t);
            self.b.store(p, m);
        }
        let this = Ty::Inst(cid);
        if let Some(&inst) = self.inst().calls.get(&e) {
            self.push_temp(V { v: o, owned: true }, &this);
            let mut argv: Vec<BasicMetadataValueEnum> = vec![o.into()];
            argv.extend(vals.iter().map(|(v, _)| BasicMetadataValueEnum::from(v.v)));
            self.call_inst(inst, &argv);
            self.check_exc(span);
            self.pop_temp();
        }
        self.release_operands_list(&vals);
        V { v: o, owned: true }
    }

    // raise E(args)  (E with state)  ==>  o = E(args); msg = o.__str__() or o.__msg__;
    //                                   pyx_raise_obj(kind, msg, o); [set cause]; unwind
    pub(super) fn raise_object(&mut self, kind: i64, obj: ExprId, cause: Option<ExprId>, span: Span) {
        let ot = self.ty(obj);
        let o = self.expr(obj);
        // raise e  (an exception object)  ==>  pyx_raise_exc(e)   (None: TypeError)
        if matches!(ot, Ty::Exc | Ty::OptExc) {
            if ot == Ty::OptExc {
                let (none, some) = (self.new_block("raise.none"), self.new_block("raise.exc"));
                let isnull = self.b.is_null(o.v.into_pointer_value());
                self.b.cond_br(isnull, none, some);
                self.b.at_end(none);
                self.push_temp(o, &ot);
                self.raise(abi::EXC_TYPE_ERROR, "exceptions must derive from BaseException", span);
                self.pop_temp();
                self.b.unreachable();
                self.b.at_end(some);
            }
            self.push_temp(o, &ot);
            let cause = cause.map(|c| self.cause_value(c));
            self.pop_temp();
            let f = self.rt_fn(RuntimeFn::RaiseExc);
            self.b.call(f, &[o.v.into()]);
            self.release(o, &ot);
            if let Some(c) = cause {
                self.call_rt(RuntimeFn::ExcSetCause, &[c], span);
            }
            self.unwind(span);
            let dead = self.new_block("dead");
            self.b.at_end(dead);
            return;
        }
        // (an instance or None: None raises TypeError)
        if let Ty::Opt(cid) = ot {
            let (none, some) = (self.new_block("raise.none"), self.new_block("raise.obj"));
            let isnull = self.b.is_null(o.v.into_pointer_value());
            self.b.cond_br(isnull, none, some);
            self.b.at_end(none);
            let m = self.str_lit("exceptions must derive from BaseException");
            self.call_rt(RuntimeFn::Raise, &[self.int(abi::EXC_TYPE_ERROR).into(), m.into()], span);
            self.unwind(span);
            self.b.at_end(some);
            return self.raise_instance(kind, o, Ty::Inst(cid), cause, span);
        }
        self.raise_instance(kind, o, ot, cause, span)
    }

    // raise E(args) / raise e of an instance of exception class E
    //   ==>  pyx_raise_obj(kind, str(e), e)
    fn raise_instance(&mut self, kind: i64, o: V<'c>, ot: Ty, cause: Option<ExprId>, span: Span) {
        let Ty::Inst(cid) = ot else { return };
        // (raise e of an instance: the kind of its class, which may be a subclass)
        let kind = if kind >= 0 { self.int(kind) } else { self.dynamic_exc_kind(o.v.into_pointer_value(), cid) };
        let o = self.to_owned(o, &ot);
        self.push_temp(V { v: o, owned: true }, &ot);
        let msg = self.exc_instance_str(o, cid, true);
        self.pop_temp();
        let cause = cause.map(|c| self.cause_value(c));
        let f = self.rt_fn(RuntimeFn::RaiseObj);
        self.b.call(f, &[kind.into(), msg.into(), o.into()]);
        if let Some(c) = cause {
            self.call_rt(RuntimeFn::ExcSetCause, &[c], span);
        }
        self.decref(msg, &Ty::Str);
        self.unwind(span);
        let dead = self.new_block("dead");
        self.b.at_end(dead);
    }

    /// The cause of `raise ... from c` (owned): the exception, or null for None.
    pub(super) fn cause_value(&mut self, c: ExprId) -> BasicValueEnum<'c> {
        let (cv, ct) = (self.expr(c), self.ty(c));
        self.exc_value(cv, &ct).v
    }

    /// Value `v` of type `t` as an exception or None (owned; null for None): the
    /// exception of an instance of an exception class with state is one with it.
    pub(super) fn exc_value(&mut self, v: V<'c>, t: &Ty) -> V<'c> {
        match t {
            Ty::Exc | Ty::OptExc => V { v: self.to_owned(v, t), owned: true },
            // exc_of(kind, str(o), o), null for None
            Ty::Inst(cid) | Ty::Opt(cid) if self.prog.classes[*cid].exc_kind.is_some() => {
                let cid = *cid;
                let null = self.ptrt().const_null().into();
                let e = self.unless_null(v.v.into_pointer_value(), null, |g, o| {
                    g.push_temp(v, t);
                    let kind = g.dynamic_exc_kind(o, cid);
                    let msg = g.exc_instance_str(o.into(), cid, true);
                    let e = g.call_rt_v(RuntimeFn::ExcOf, &[kind.into(), msg, o.into()], Span::default());
                    g.decref(msg, &Ty::Str);
                    g.pop_temp();
                    g.release(v, t);
                    e
                });
                V { v: e, owned: true }
            }
            _ => {
                self.release(v, t);
                V { v: self.ptrt().const_null().into(), owned: true }
            }
        }
    }

    // e.args / e.__cause__ / e.__context__ / e.__suppress_context__ of an exception (or
    // an instance of an exception class with state: of its exception); None when it is not
    // such an attribute
    pub(super) fn exc_attr(&mut self, ov: V<'c>, to: &Ty, name: &str, span: Span) -> Option<V<'c>> {
        let is_exc_obj = matches!(to, Ty::Inst(c) | Ty::Opt(c) if self.prog.classes[*c].exc_kind.is_some());
        // e.args of an instance: the arguments BaseException.__init__ kept
        if let (Ty::Inst(cid) | Ty::Opt(cid), "args") = (to, name) {
            if !is_exc_obj || self.prog.classes[*cid].attrs.iter().any(|a| a == "args") {
                return None;
            }
            if matches!(to, Ty::Opt(_)) {
                let isnull = self.b.is_null(ov.v.into_pointer_value());
                self.raise_if(isnull, abi::EXC_ATTRIBUTE_ERROR, "'NoneType' object has no attribute 'args'", span);
            }
            let (p, t) = self.attr_ptr(ov.v, *cid, "__argv__");
            let a = self.load_slot(p, &t);
            self.incref(a, &t);
            self.release(ov, to);
            return Some(V { v: a, owned: true });
        }
        let f = match (to, name) {
            (Ty::Exc | Ty::OptExc, "args") => RuntimeFn::ExcArgs,
            (Ty::Exc | Ty::OptExc, "code") => RuntimeFn::ExcCode,
            (_, "__cause__") => RuntimeFn::ExcCause,
            (_, "__context__") => RuntimeFn::ExcContext,
            (_, "__suppress_context__") => RuntimeFn::ExcSuppress,
            _ => return None,
        };
        if !matches!(to, Ty::Exc | Ty::OptExc) && !is_exc_obj {
            return None;
        }
        // (None has no such attribute)
        if matches!(to, Ty::OptExc | Ty::Opt(_)) {
            let isnull = self.b.is_null(ov.v.into_pointer_value());
            let msg = format!("'NoneType' object has no attribute '{name}'");
            self.raise_if(isnull, abi::EXC_ATTRIBUTE_ERROR, &msg, span);
        }
        let e = self.exc_value(ov, to);
        self.push_temp(e, &Ty::OptExc);
        let r = self.call_rt_v(f, &[e.v], span);
        self.pop_temp();
        self.release(e, &Ty::OptExc);
        Some(V { v: r, owned: f != RuntimeFn::ExcSuppress })
    }

    /// The exception kind of instance `o` of exception class `cid` or a subclass.
    fn dynamic_exc_kind(&mut self, o: PointerValue<'c>, cid: ClassId) -> IntValue<'c> {
        let own = self.prog.classes[cid].exc_kind.unwrap_or(abi::EXC_EXCEPTION);
        let mut acc = self.int(own);
        let subs: Vec<ClassId> = descendants(&self.prog.classes, cid).into_iter().filter(|&c| c != cid).collect();
        if subs.is_empty() {
            return acc;
        }
        let info = self.obj_info(o);
        let info = self.b.ptr_to_int(info, self.i64t());
        for c in subs {
            let Some(k) = self.prog.classes[c].exc_kind else { continue };
            let ci = self.class_info(c);
            let ci = self.b.ptr_to_int(ci, self.i64t());
            let same = self.b.icmp(IntPredicate::EQ, info, ci);
            acc = self.b.select(same, self.int(k).into(), acc.into()).into_int_value();
        }
        acc
    }

    /// str() of an instance of an exception class with state (owned): its `__str__`, or
    /// the message its construction kept.
    pub(super) fn exc_instance_str(&mut self, o: BasicValueEnum<'c>, cid: ClassId, check: bool) -> BasicValueEnum<'c> {
        match self.typed.dunders.get(&(cid, "__str__")).copied() {
            Some(inst) => {
                let r = self.call_inst(inst, &[o.into()]).unwrap_or_else(|| self.str_lit("").into());
                if check {
                    self.check_exc(Span::default());
                }
                r
            }
            None => {
                let (p, t) = self.attr_ptr(o, cid, "__msg__");
                let m = self.load_slot(p, &t);
                self.incref(m, &t);
                m
            }
        }
    }

    /// A pointer to attribute `name` of instance `o` of class `cid`.
    pub(super) fn attr_ptr(&mut self, o: BasicValueEnum<'c>, cid: ClassId, name: &str) -> (PointerValue<'c>, Ty) {
        let k = self.prog.classes[cid].attrs.iter().position(|a| a == name).unwrap_or(0);
        let st = self.class_ty(cid);
        let p = self.b.struct_gep(st, o.into_pointer_value(), k as u32 + self.first_attr(cid));
        (p, self.typed.class_attrs[cid].get(k).cloned().unwrap_or(Ty::None))
    }

    // a op b on an instance  ==>  a.__op__(b) (or b.__rop__(a) when swapped; `not` for !=
    // through __eq__); comparisons give a bool (the truth of the method's result)
    pub(super) fn dunder_op(&mut self, e: ExprId, span: Span) -> V<'c> {
        let (inst, swap, negate) = self.inst().dunder_calls[&e];
        let f = self.func();
        let operands: Vec<ExprId> = match &f.exprs[e].kind {
            ExprKind::Binary(_, a, b) | ExprKind::Compare(_, a, b) | ExprKind::Subscript(a, b) => vec![*a, *b],
            ExprKind::Unary(_, a) => vec![*a],
            ExprKind::Builtin(_, args) => args.clone(),
            ExprKind::CallValue(c, args, _) => std::iter::once(*c).chain(args.iter().copied()).collect(),
            _ => vec![],
        };
        let is_cmp = matches!(f.exprs[e].kind, ExprKind::Compare(..));
        let vals = self.eval_operands(&operands);
        let mut argv: Vec<BasicMetadataValueEnum> = vals.iter().map(|(v, _)| v.v.into()).collect();
        if swap {
            argv.reverse();
        }
        let (r, rt) = match self.inst().dunder_dispatch.get(&e).cloned() {
            // overridden in subclasses: switch on the receiver's class (the left operand,
            // or the right one for a reflected method)
            Some((groups, joined)) => {
                let o = vals[if swap { 1 } else { 0 }].0.v.into_pointer_value();
                let r = self.switch_value(groups.len(), &joined, &mut |g, k| g.obj_is_one_of(o, &groups[k].0), &mut |g, k| {
                    let inst = groups[k].1;
                    let r = g.call_inst(inst, &argv).unwrap_or_else(|| g.none());
                    let rt = g.typed.instances[inst].ret.clone();
                    g.coerce(r, &rt, &joined)
                });
                (r, joined)
            }
            None => {
                (self.call_inst(inst, &argv).unwrap_or_else(|| self.none()), self.typed.instances[inst].ret.clone())
            }
        };
        self.check_exc(span);
        self.release_operands_list(&vals);
        if is_cmp {
            let b = self.truthy(r, &rt);
            self.decref(r, &rt);
            let b = if negate { self.b.not(b) } else { b };
            return V { v: b.into(), owned: false };
        }
        let ty = self.ty(e);
        let r = self.coerce(r, &rt, &ty);
        V { v: r, owned: true }
    }

    /// AttributeError when an instance-or-None value is None (at `span`).
    pub(super) fn none_attr_check(&mut self, o: BasicValueEnum<'c>, t: &Ty, name: &str, span: Span) {
        if matches!(t, Ty::Opt(_)) {
            let isnull = self.b.is_null(o.into_pointer_value());
            self.raise_if(isnull, abi::EXC_ATTRIBUTE_ERROR, &format!("'NoneType' object has no attribute '{name}'"), span);
        }
    }

    // obj.m(args)  ==>  C.m(obj, args, defaults...)   (AttributeError if obj is None)
    pub(super) fn inst_method_call(&mut self, e: ExprId, recv: ExprId, args: &[ExprId], span: Span) -> V<'c> {
        if let Some(groups) = self.inst().method_dispatch.get(&e).cloned() {
            return self.dispatched_call(e, recv, args, &groups, span);
        }
        let Some(&inst) = self.inst().calls.get(&e) else { return V { v: self.none(), owned: false } };
        // A static method reached through an instance: the receiver is not passed.
        let fid = self.typed.instances[inst].func;
        let is_static = self.prog.classes.iter().any(|c| c.statics.iter().any(|(_, f)| *f == fid));
        let recv_arg = (!is_static).then_some(&recv);
        let vals = self.eval_operands(&recv_arg.into_iter().chain(args).copied().collect::<Vec<_>>());
        let name = match &self.func().exprs[e].kind {
            ExprKind::Method(_, n, _) => n.clone(),
            _ => String::new(),
        };
        if let Some((v, t)) = vals.first().cloned().filter(|_| !is_static) {
            self.none_attr_check(v.v, &t, &name, span);
        }
        let r = self.call_with_defaults(inst, &vals);
        self.check_exc(span);
        self.release_operands_list(&vals);
        V { v: r, owned: true }
    }

    /// Calls instance `inst` with `vals`, then the defaults of its remaining parameters
    /// (their hidden globals, held for the call): the raw result.
    pub(super) fn call_with_defaults(&mut self, inst: InstId, vals: &[(V<'c>, Ty)]) -> BasicValueEnum<'c> {
        self.call_with_defaults_env(inst, vals, None)
    }

    /// `call_with_defaults`, passing a closure its function object last.
    pub(super) fn call_with_defaults_env(&mut self, inst: InstId, vals: &[(V<'c>, Ty)], env: Option<BasicValueEnum<'c>>) -> BasicValueEnum<'c> {
        let fid = self.typed.instances[inst].func;
        let mut argv: Vec<BasicMetadataValueEnum> = vals.iter().map(|(v, _)| v.v.into()).collect();
        let mut defaults = Vec::new();
        for i in vals.len().min(self.prog.funcs[fid].params.len())..self.prog.funcs[fid].params.len() {
            let (gv, gt) = self.param_default(inst, i, env);
            argv.push(gv.into());
            defaults.push((gv, gt));
        }
        argv.extend(env.map(BasicMetadataValueEnum::from));
        let r = self.call_inst(inst, &argv).unwrap_or_else(|| self.none());
        for (gv, gt) in defaults {
            self.decref(gv, &gt);
        }
        r
    }

    /// The default value of parameter `i` of `inst` (a new reference): its hidden global,
    /// or for a closure the copy in its function object `env`.
    pub(super) fn param_default(&mut self, inst: InstId, i: usize, env: Option<BasicValueEnum<'c>>) -> (BasicValueEnum<'c>, Ty) {
        let fid = self.typed.instances[inst].func;
        let p = &self.prog.funcs[fid].params[i];
        let (gv, gt) = match (p.default, p.default_free, env) {
            (Some(g), _, _) => {
                let gt = self.typed.globals[g].clone();
                (self.b.load(self.llty(&gt), self.globals[g].expect("global").as_pointer_value()), gt)
            }
            (_, Some(k), Some(env)) => {
                let gt = self.typed.instances[inst].locals[self.prog.funcs[fid].free[k].0].clone();
                (self.closure_default(env.into_pointer_value(), k, &gt), gt)
            }
            _ => unreachable!("a parameter without a value or default"),
        };
        self.incref(gv, &gt);
        (gv, gt)
    }

    /// switch over `n` cases: the first whose `test` holds gives the value (of type `ty`)
    /// `arm` computes; no case holding is unreachable. The joined value.
    pub(super) fn switch_value(
        &mut self,
        n: usize,
        ty: &Ty,
        test: &mut dyn FnMut(&mut Self, usize) -> IntValue<'c>,
        arm: &mut dyn FnMut(&mut Self, usize) -> BasicValueEnum<'c>,
    ) -> BasicValueEnum<'c> {
        let done = self.new_block("switch.done");
        let mut incoming = Vec::new();
        for k in 0..n {
            let (this, next) = (self.new_block("switch.case"), self.new_block("switch.next"));
            let is = test(self, k);
            self.b.cond_br(is, this, next);
            self.b.at_end(this);
            let v = arm(self, k);
            incoming.push((v, self.b.block()));
            self.b.br(done);
            self.b.at_end(next);
        }
        self.b.unreachable();
        self.b.at_end(done);
        if incoming.is_empty() {
            return self.zero(ty);
        }
        let phi = self.b.phi(self.llty(ty));
        for (v, bb) in &incoming {
            phi.add_incoming(&[(v, *bb)]);
        }
        phi.as_basic_value()
    }

    // obj.m(args) where subclasses override m  ==>
    //   switch (obj's class) { case in group k: m_k(obj, args) }   (results joined)
    fn dispatched_call(&mut self, e: ExprId, recv: ExprId, args: &[ExprId], groups: &[(Vec<ClassId>, InstId)], span: Span) -> V<'c> {
        let vals = self.eval_operands(&std::iter::once(&recv).chain(args).copied().collect::<Vec<_>>());
        let name = match &self.func().exprs[e].kind {
            ExprKind::Method(_, n, _) => n.clone(),
            _ => String::new(),
        };
        let (ov, ot) = vals[0].clone();
        self.none_attr_check(ov.v, &ot, &name, span);
        let ty = self.ty(e);
        let o = ov.v.into_pointer_value();
        let r = self.switch_value(groups.len(), &ty, &mut |g, k| g.obj_is_one_of(o, &groups[k].0), &mut |g, k| {
            let inst = groups[k].1;
            let r = g.call_with_defaults(inst, &vals);
            let rt = g.typed.instances[inst].ret.clone();
            g.coerce(r, &rt, &ty)
        });
        self.check_exc(span);
        self.release_operands_list(&vals);
        V { v: r, owned: true }
    }

    /// Appends str(o) (or repr(o)) of an instance: `__str__`, else `__repr__`, else
    /// `<module.C object at 0x...>`.
    pub(super) fn write_inst(&mut self, buf: BasicValueEnum<'c>, o: BasicValueEnum<'c>, repr: bool) {
        // By the object's own class (it may be a subclass of the static one).
        let r = self.cx.bool_type().const_int(repr as u64, false);
        self.call_rt(RuntimeFn::BufInst, &[buf, o, r.into()], Span::default());
    }
}
