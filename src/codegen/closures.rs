//! Functions as values: function objects, closures and the cells they share.
//!
//! A function value is a pointer to a function object laid out like an instance,
//! `{ i64 rc, ClassInfo* info, Cell* cells..., Str* name }` (`name`: a `__name__` the
//! program assigned, else null), so containers count, free and print it as
//! they do instances. A `def` without free variables has one immortal static object; a
//! closure gets a fresh object, holding a reference to each cell it captures, every time
//! its `def` or `lambda` runs. There is one `ClassInfo` per (function, enclosing
//! instance): a call of a value dispatches on it (see `call_value`).
//!
//! A captured variable lives in a runtime cell `{ i64 rc, Desc* desc, i64 bound, slot }`
//! from the start of the function owning it; a closure's free variable is that cell, taken
//! from the closure object at entry. Both address the variable through the cell's slot and
//! `bound` flag, so every other part of codegen reads and writes them as plain locals.
use super::*;
use crate::infer::ArgSrc;

/// Offsets of a cell's `bound` flag and slot (`runtime/src/object.rs`, `Cell`).
const CELL_BOUND: i64 = 16;
const CELL_SLOT: i64 = 24;

impl<'c, 'p> Gen<'c, 'p> {
    /// The size of a function object of `fid`: header, one pointer per free variable and
    /// the assigned name.
    fn fn_object_size(&self, fid: FuncId) -> i64 {
        24 + 8 * self.prog.funcs[fid].free.len() as i64
    }

    /// Where function object `f` keeps an assigned `__name__`: after its cells (how many,
    /// its info says).
    pub(super) fn fn_name_slot(&mut self, f: PointerValue<'c>) -> PointerValue<'c> {
        let info = self.obj_info(f);
        let p = self.b.gep(self.i64t(), info, &[self.int(7)]);
        let n = self.b.load(self.i64t(), p).into_int_value();
        let k = self.b.add(n, self.int(2));
        self.b.gep(self.ptrt(), f, &[k])
    }

    // For every function:  void drop.fn(o) { pyx_cell_decref each cell; pyx_obj_free(o) }
    //                      Str* repr.fn(o) { return pyx_func_repr(o, "qualname") }
    pub(super) fn emit_function_objects(&mut self) {
        for fid in 0..self.prog.funcs.len() {
            if self.prog.funcs[fid].is_module_init {
                continue;
            }
            let fty = self.cx.void_type().fn_type(&[self.ptrt().into()], false);
            let drop = self.module.add_function(&format!("drop.fn.{fid}"), fty, Some(Linkage::Internal));
            let bb = self.cx.append_basic_block(drop, "entry");
            self.b.at_end(bb);
            self.fs = Some(self.dummy_state(drop));
            let o = drop.get_nth_param(0).expect("object").into_pointer_value();
            for k in 0..self.prog.funcs[fid].free.len() {
                let p = self.b.gep(self.ptrt(), o, &[self.int(2 + k as i64)]);
                let cell = self.b.load(self.ptrt(), p);
                self.call_rt(RuntimeFn::CellDecref, &[cell], Span::default());
            }
            let p = self.b.gep(self.ptrt(), o, &[self.int(2 + self.prog.funcs[fid].free.len() as i64)]);
            let name = self.b.load(self.ptrt(), p);
            self.decref(name, &Ty::Str);
            let size = self.int(self.fn_object_size(fid));
            self.call_rt(RuntimeFn::ObjFree, &[o.into(), size.into()], Span::default());
            self.b.ret(None);
            self.qualname_repr_fn(&format!("repr.fn.{fid}"), fid, RuntimeFn::FuncRepr);
            self.fs = None;
        }
    }

    // Str* NAME(o) { return rt(o, "qualname of fid") }   (leaves the builder in it)
    pub(super) fn qualname_repr_fn(&mut self, name: &str, fid: FuncId, rt: RuntimeFn) -> FunctionValue<'c> {
        let rty = self.ptrt().fn_type(&[self.ptrt().into()], false);
        let repr = self.module.add_function(name, rty, Some(Linkage::Internal));
        let bb = self.cx.append_basic_block(repr, "entry");
        self.b.at_end(bb);
        self.fs = Some(self.dummy_state(repr));
        let o = repr.get_nth_param(0).expect("object");
        let qual = self.prog.funcs[fid].qualname.clone();
        let q = self.str_lit(&qual);
        let s = self.call_rt_v(rt, &[o, q.into()], Span::default());
        self.b.ret(Some(s));
        repr
    }

    /// The `ClassInfo` of function `fid` made by enclosing instance `outer` (what a call
    /// of a function value compares to find the function).
    pub(super) fn fn_info(&mut self, (fid, outer): crate::types::FnVal) -> PointerValue<'c> {
        let name = format!("fn.{fid}.{}.info", outer.map_or(-1, |o| o as i64));
        if let Some(g) = self.module.get_global(&name) {
            return g.as_pointer_value();
        }
        let drop = self.module.get_function(&format!("drop.fn.{fid}")).expect("function drop");
        let repr = self.module.get_function(&format!("repr.fn.{fid}")).expect("function repr");
        let shown = self.str_lit("function");
        let p = self.ptrt();
        let null = p.const_null();
        // FnInfo { ClassInfo { drop, repr, name, lt, eq, str, hash }, ncells, __name__, __qualname__ }
        let mut fields_ty = vec![p.into(); 7];
        fields_ty.extend::<[BasicTypeEnum<'c>; 3]>([self.i64t().into(), p.into(), p.into()]);
        let fname = self.prog.funcs[fid].name.clone();
        let fname = self.str_lit(&fname);
        let qual = self.prog.funcs[fid].qualname.clone();
        let qual = self.str_lit(&qual);
        let info_ty = self.cx.struct_type(&fields_ty, false);
        let info = self.module.add_global(info_ty, None, &name);
        info.set_linkage(Linkage::Private);
        info.set_constant(true);
        let ncells = self.int(self.prog.funcs[fid].free.len() as i64);
        let eq = if self.prog.funcs[fid].bound_method { self.rt_fn(RuntimeFn::BoundMethodEq).as_global_value().as_pointer_value() } else { null };
        let fields = [drop.as_global_value().as_pointer_value().into(), repr.as_global_value().as_pointer_value().into(), shown.into(), null.into(), eq.into(), null.into(), null.into(), ncells.into(), fname.into(), qual.into()];
        info.set_initializer(&info_ty.const_named_struct(&fields));
        info.as_pointer_value()
    }

    /// `f.__name__` (or `__qualname__`) of function object `f`: an immortal string.
    // f.__name__  ==>  f.name if assigned, else info.__name__   (a new reference)
    pub(super) fn function_name(&mut self, f: PointerValue<'c>, qualified: bool) -> BasicValueEnum<'c> {
        let info = self.obj_info(f);
        let p = self.b.gep(self.ptrt(), info, &[self.int(if qualified { 9 } else { 8 })]);
        let own = self.b.load(self.ptrt(), p);
        let name = if qualified {
            own
        } else {
            let slot = self.fn_name_slot(f);
            let set = self.b.load(self.ptrt(), slot).into_pointer_value();
            let isnull = self.b.is_null(set);
            self.b.select(isnull, own, set.into())
        };
        self.incref(name, &Ty::Str);
        name
    }

    /// The runtime descriptor of function values (instances, to the runtime).
    pub(super) fn fn_desc(&mut self) -> PointerValue<'c> {
        if let Some(g) = self.module.get_global("fn.desc") {
            return g.as_pointer_value();
        }
        // Any function's info serves for the type name of an empty slot.
        let any = (0..self.prog.funcs.len()).find(|&f| !self.prog.funcs[f].is_module_init);
        let info = match any {
            Some(f) => self.fn_info((f, None)),
            None => self.ptrt().const_null(),
        };
        let i64t = self.i64t();
        let desc_ty = self.cx.struct_type(&[i64t.into(), i64t.into(), i64t.into(), self.ptrt().into()], false);
        let desc = self.module.add_global(desc_ty, None, "fn.desc");
        desc.set_linkage(Linkage::Private);
        desc.set_constant(true);
        desc.set_initializer(&desc_ty.const_named_struct(&[self.int(abi::DESC_INST).into(), self.int(8).into(), self.int(0).into(), info.into()]));
        desc.as_pointer_value()
    }

    // def f / lambda as a value:
    //   no free variables  ==>  &fn.f (static { IMMORTAL_RC, info })
    //   a closure          ==>  o = pyx_obj_new(size); o.info = info(f, this instance);
    //                          o.cells[k] = incref(cell of the enclosing variable k)
    pub(super) fn function_value(&mut self, fid: FuncId) -> V<'c> {
        let func = &self.prog.funcs[fid];
        if func.free.is_empty() {
            let name = format!("fn.{fid}.obj");
            let g = match self.module.get_global(&name) {
                Some(g) => g,
                None => {
                    let info = self.fn_info((fid, None));
                    let ty = self.cx.struct_type(&[self.i64t().into(), self.ptrt().into(), self.ptrt().into()], false);
                    let g = self.module.add_global(ty, None, &name);
                    g.set_linkage(Linkage::Private);
                    g.set_initializer(&ty.const_named_struct(&[self.int(abi::IMMORTAL_RC).into(), info.into(), self.ptrt().const_null().into()]));
                    g
                }
            };
            return V { v: g.as_pointer_value().into(), owned: false };
        }
        let cur = self.fs().inst;
        let size = self.int(self.fn_object_size(fid));
        let o = self.call_rt_v(RuntimeFn::ObjNew, &[size.into()], Span::default()).into_pointer_value();
        let info = self.fn_info((fid, Some(cur)));
        let p = self.b.gep(self.ptrt(), o, &[self.int(1)]);
        self.b.store(p, info);
        for (k, &(_, outer_local)) in func.free.iter().enumerate() {
            let cell = if func.is_snapshot(k) {
                // A default value: a new cell holding a copy of it.
                let t = self.typed.instances[cur].locals[outer_local].clone();
                let d = self.desc(&t);
                let cell = self.call_rt_v(RuntimeFn::CellNew, &[d.into()], Span::default()).into_pointer_value();
                let src = self.fs().locals[outer_local];
                let v = self.b.load(self.llty(&t), src);
                self.incref(v, &t);
                let i8t = self.cx.i8_type();
                let slot = self.b.gep(i8t, cell, &[self.int(CELL_SLOT)]);
                self.b.store(slot, v);
                let flag = self.b.gep(i8t, cell, &[self.int(CELL_BOUND)]);
                self.b.store(flag, self.cx.bool_type().const_int(1, false));
                cell
            } else {
                let cell = self.fs().cells[outer_local].expect("a captured variable lives in a cell");
                self.incref_cell(cell);
                cell
            };
            let p = self.b.gep(self.ptrt(), o, &[self.int(2 + k as i64)]);
            self.b.store(p, cell);
        }
        V { v: o.into(), owned: true }
    }

    /// The value of free variable `k` (of type `t`) of closure object `o`.
    pub(super) fn closure_default(&mut self, o: PointerValue<'c>, k: usize, t: &Ty) -> BasicValueEnum<'c> {
        let p = self.b.gep(self.ptrt(), o, &[self.int(2 + k as i64)]);
        let cell = self.b.load(self.ptrt(), p).into_pointer_value();
        let slot = self.b.gep(self.cx.i8_type(), cell, &[self.int(CELL_SLOT)]);
        self.b.load(self.llty(t), slot)
    }

    fn incref_cell(&mut self, cell: PointerValue<'c>) {
        let rc = self.b.load(self.i64t(), cell).into_int_value();
        let rc = self.b.add(rc, self.int(1));
        self.b.store(cell, rc);
    }

    // At entry of an instance, for each local in a cell:
    //   own cell:       cell = pyx_cell_new(desc)          (released at exit)
    //   free variable:  cell = incref(env.cells[k])        (released at exit)
    // and the local is addressed through the cell: slot = cell + 24, bound flag = cell + 16.
    pub(super) fn set_up_cells(&mut self, fv: FunctionValue<'c>) {
        let inst = self.inst();
        let f = self.func();
        let env = (!f.free.is_empty()).then(|| fv.get_nth_param(inst.args.len() as u32).expect("closure object").into_pointer_value());
        for l in 0..f.locals.len() {
            if !f.is_cell(l) {
                continue;
            }
            let cell = match (f.free_index(l), env) {
                (Some(k), Some(env)) => {
                    let p = self.b.gep(self.ptrt(), env, &[self.int(2 + k as i64)]);
                    let cell = self.b.load(self.ptrt(), p).into_pointer_value();
                    self.incref_cell(cell);
                    cell
                }
                _ => {
                    let t = inst.locals[l].clone();
                    let d = self.desc(&t);
                    self.call_rt_v(RuntimeFn::CellNew, &[d.into()], Span::default()).into_pointer_value()
                }
            };
            let i8t = self.cx.i8_type();
            let slot = self.b.gep(i8t, cell, &[self.int(CELL_SLOT)]);
            let flag = self.b.gep(i8t, cell, &[self.int(CELL_BOUND)]);
            let fs = self.fs();
            fs.locals[l] = slot;
            fs.bound[l] = Some(flag);
            fs.cells[l] = Some(cell);
        }
    }

    /// At exit: drops the function's references to its cells (not to their values), first
    /// breaking the cycles its nested functions calling themselves make.
    pub(super) fn release_cells(&mut self) {
        let f = self.func();
        let inst = self.inst();
        let own_fns: Vec<PointerValue<'c>> = (0..f.locals.len())
            .filter(|&l| f.cells.contains(&l) && f.free_index(l).is_none() && matches!(inst.locals[l], Ty::Func(_)))
            .filter_map(|l| self.fs().cells[l])
            .collect();
        if !own_fns.is_empty() {
            let arr = self.b.entry_alloca(self.ptrt().array_type(own_fns.len() as u32), "cells");
            for (i, c) in own_fns.iter().enumerate() {
                let p = self.b.gep(self.ptrt(), arr, &[self.int(i as i64)]);
                self.b.store(p, *c);
            }
            let n = self.int(own_fns.len() as i64);
            self.call_rt(RuntimeFn::CellsRelease, &[arr.into(), n.into()], Span::default());
        }
        let cells: Vec<PointerValue<'c>> = self.fs().cells.iter().flatten().copied().collect();
        for c in cells {
            self.call_rt(RuntimeFn::CellDecref, &[c.into()], Span::default());
        }
    }

    // f(args), f one of several functions  ==>
    //   switch (f->info) { case info(g, outer): g'(args, defaults..., [f if a closure]) ... }
    // (g' the instance for these argument types)
    pub(super) fn call_value(&mut self, e: ExprId, callee: ExprId, args: &[ExprId], rest: Option<&CallRest>, ty: &Ty, span: Span) -> V<'c> {
        let tc = self.ty(callee);
        let fv = self.expr(callee);
        self.push_temp(fv, &tc);
        let mut vals = self.eval_operands(args);
        let n_written = vals.len();
        // f(a, *xs, k=v): the items of the tuple xs follow a; the keyword values apart
        let (mut star, mut kws, mut kwstar) = (None, Vec::new(), None);
        if let Some(r) = rest {
            if let Some(x) = r.star {
                let t = self.ty(x);
                let v = self.expr(x);
                self.push_temp(v, &t);
                if let Ty::Tuple(items) = &t {
                    for (i, it) in items.iter().enumerate() {
                        let item = self.b.extract(v.v.into_struct_value(), i as u32);
                        vals.push((V { v: item, owned: false }, it.clone()));
                    }
                }
                star = Some((v, t));
            }
            let kexprs: Vec<ExprId> = r.kw.iter().map(|(_, x)| *x).collect();
            kws = self.eval_operands(&kexprs);
            if let Some(d) = r.kwstar {
                let t = self.ty(d);
                let v = self.expr(d);
                self.push_temp(v, &t);
                kwstar = Some((v, t));
            }
        }
        let targets = self.inst().value_calls.get(&e).cloned().unwrap_or_default();
        let plans = self.inst().value_plans.get(&e).cloned().unwrap_or_default();
        let names: Vec<String> = rest.map(|r| r.kw.iter().map(|(n, _)| n.clone()).collect()).unwrap_or_default();
        let o = fv.v.into_pointer_value();
        let info = if targets.len() > 1 { Some(self.obj_info(o)) } else { None };
        let r = self.switch_value(
            targets.len(),
            ty,
            &mut |g, k| match info {
                // One possible function: no test.
                None => g.cx.bool_type().const_int(1, false),
                Some(info) => {
                    let want = g.fn_info(targets[k].0);
                    g.b.icmp(IntPredicate::EQ, g.b.ptr_to_int(info, g.i64t()), g.b.ptr_to_int(want, g.i64t()))
                }
            },
            &mut |g, k| {
                let inst = targets[k].1;
                let env = targets[k].0 .1.map(|_| o.into());
                let r = match plans.get(k).filter(|p| !p.is_empty()) {
                    Some(plan) => g.call_planned(inst, plan, &vals, &kws, &names, kwstar.as_ref(), env, span),
                    None => g.call_with_defaults_env(inst, &vals, env),
                };
                let rt = g.typed.instances[inst].ret.clone();
                g.coerce(r, &rt, ty)
            },
        );
        self.check_exc(span);
        if let Some((v, t)) = kwstar {
            self.pop_temp();
            self.release(v, &t);
        }
        self.release_operands_list(&kws);
        if let Some((v, t)) = star {
            self.pop_temp();
            self.release(v, &t);
        }
        self.release_operands_list(&vals[..n_written]);
        self.pop_temp();
        self.release(fv, &tc);
        V { v: r, owned: true }
    }

    /// d[name] = value for the keyword arguments `js` (new references; `**kwargs`).
    #[allow(clippy::too_many_arguments)]
    fn put_keywords(&mut self, d: BasicValueEnum<'c>, js: &[usize], names: &[String], kws: &[(V<'c>, Ty)], kt: &Ty, vt: &Ty, span: Span) {
        for &j in js {
            let key = self.str_lit(&names[j]);
            let key = self.to_owned(V { v: key.into(), owned: false }, &Ty::Str);
            let ks = self.slot(key, kt);
            let (v, t) = &kws[j];
            let vv = self.to_owned(*v, t);
            let vv = self.coerce(vv, t, vt);
            let vs = self.slot(vv, vt);
            self.call_rt(RuntimeFn::DictSet, &[d, ks.into(), vs.into()], span);
        }
    }

    // A call bound by `plan` (see `infer::bind_args`): each parameter's value is a
    // positional or keyword argument (borrowed), a default, a tuple of positional
    // arguments (`*args`) or a dict of keyword arguments (`**kwargs`), built for the call
    // and released after it.
    #[allow(clippy::too_many_arguments)]
    fn call_planned(&mut self, inst: InstId, plan: &[ArgSrc], pos: &[(V<'c>, Ty)], kws: &[(V<'c>, Ty)], names: &[String], kwstar: Option<&(V<'c>, Ty)>, env: Option<BasicValueEnum<'c>>, span: Span) -> BasicValueEnum<'c> {
        let mut argv: Vec<BasicMetadataValueEnum> = Vec::new();
        let mut built = Vec::new();
        let fid = self.typed.instances[inst].func;
        let pnames: Vec<String> = self.prog.funcs[fid].params.iter().map(|p| p.name.clone()).collect();
        let fname = self.prog.funcs[fid].name.clone();
        // f(**d): first the TypeErrors of d's keys (a parameter also given otherwise, or
        // none of that name)
        if let Some((d, _)) = kwstar {
            let filled: Vec<&str> = plan.iter().enumerate().filter(|(i, s)| matches!(s, ArgSrc::Pos(_) | ArgSrc::Kw(_)) && *i >= self.prog.funcs[fid].posonly).map(|(i, _)| pnames[i].as_str()).collect();
            let allowed: Vec<&str> = plan.iter().enumerate().filter(|(_, s)| matches!(s, ArgSrc::FromDict(_))).map(|(i, _)| pnames[i].as_str()).collect();
            let any = plan.iter().any(|s| matches!(s, ArgSrc::DictRest(_)));
            let all: Vec<String> = filled.iter().chain(&allowed).map(|s| s.to_string()).collect();
            let strs: Vec<_> = all.iter().map(|n| self.str_lit(n)).collect();
            let arr = self.module.add_global(self.ptrt().array_type(strs.len() as u32), None, "kw.names");
            arr.set_linkage(inkwell::module::Linkage::Private);
            arr.set_constant(true);
            arr.set_initializer(&self.ptrt().const_array(&strs));
            let n = if any { -1 } else { all.len() as i64 };
            let fstr = self.str_lit(&fname);
            self.call_rt(RuntimeFn::KwCheck, &[d.v, arr.as_pointer_value().into(), self.int(filled.len() as i64).into(), self.int(n).into(), fstr.into()], span);
            self.check_exc(span);
        }
        for (i, src) in plan.iter().enumerate() {
            let pt = self.typed.instances[inst].args[i].clone();
            let v = match src {
                ArgSrc::Pos(j) => pos[*j].0.v,
                ArgSrc::Kw(j) => kws[*j].0.v,
                ArgSrc::Default => {
                    let (v, t) = self.param_default(inst, i, env);
                    built.push((v, t));
                    v
                }
                ArgSrc::Pack(js) => {
                    let mut s = self.b.undef_struct(self.llty(&pt));
                    for (n, j) in js.iter().enumerate() {
                        let (v, t) = &pos[*j];
                        let v = self.to_owned(*v, t);
                        s = self.b.insert(s, v, n as u32);
                    }
                    built.push((s.into(), pt.clone()));
                    s.into()
                }
                ArgSrc::KwDict(js) => {
                    let Ty::Dict(kt, vt) = &pt else { unreachable!("**kwargs is a dict") };
                    let (kd, vd) = (self.desc(kt), self.desc(vt));
                    let d = self.call_rt_v(RuntimeFn::DictNew, &[kd.into(), vd.into()], span);
                    self.put_keywords(d, js, names, kws, kt, vt, span);
                    built.push((d, pt.clone()));
                    d
                }
                ArgSrc::FromDict(has_default) => {
                    let (d, dt) = kwstar.expect("a ** argument").clone();
                    let Ty::Dict(_, vt) = &dt else { unreachable!("** of a dict") };
                    let key = self.str_lit(&pnames[i]);
                    let ks = self.slot(key.into(), &Ty::Str);
                    let found = self.call_rt_v(RuntimeFn::DictLookup, &[d.v, ks.into()], span).into_pointer_value();
                    let (yes, no, done) = (self.new_block("kw.found"), self.new_block("kw.missing"), self.new_block("kw.done"));
                    let isnull = self.b.is_null(found);
                    self.b.cond_br(isnull, no, yes);
                    self.b.at_end(yes);
                    let x = self.load_slot(found, vt);
                    let x = self.to_owned(V { v: x, owned: false }, vt);
                    let x = self.coerce(x, vt, &pt);
                    let yes_end = self.b.block();
                    self.b.br(done);
                    self.b.at_end(no);
                    let y = if *has_default {
                        let (y, yt) = self.param_default(inst, i, env);
                        self.coerce(y, &yt, &pt)
                    } else {
                        let kind = if i >= self.prog.funcs[fid].kwonly_start { "keyword-only" } else { "positional" };
                        let msg = format!("{fname}() missing 1 required {kind} argument: '{}'", pnames[i]);
                        let m = self.str_lit(&msg);
                        self.call_rt(RuntimeFn::Raise, &[self.int(abi::EXC_TYPE_ERROR).into(), m.into()], span);
                        self.zero(&pt)
                    };
                    let no_end = self.b.block();
                    self.b.br(done);
                    self.b.at_end(done);
                    let phi = self.b.phi(self.llty(&pt));
                    phi.add_incoming(&[(&x, yes_end), (&y, no_end)]);
                    let v = phi.as_basic_value();
                    built.push((v, pt.clone()));
                    v
                }
                ArgSrc::DictRest(js) => {
                    let (d, _) = kwstar.expect("a ** argument").clone();
                    let Ty::Dict(kt, vt) = &pt else { unreachable!("**kwargs is a dict") };
                    let copy = self.call_rt_v(RuntimeFn::DictCopy, &[d.v], span);
                    for (k, s) in plan.iter().enumerate() {
                        if matches!(s, ArgSrc::FromDict(_)) {
                            let key = self.str_lit(&pnames[k]);
                            let ks = self.slot(key.into(), &Ty::Str);
                            self.call_rt(RuntimeFn::DictDel, &[copy, ks.into()], span);
                        }
                    }
                    self.put_keywords(copy, js, names, kws, kt, vt, span);
                    built.push((copy, pt.clone()));
                    copy
                }
            };
            argv.push(v.into());
        }
        // (a missing parameter raised TypeError: no call)
        let pending = if kwstar.is_some() { Some(self.b.load(self.ptrt(), self.exc.as_pointer_value()).into_pointer_value()) } else { None };
        argv.extend(env.map(BasicMetadataValueEnum::from));
        let returns = self.fns[&inst].get_type().get_return_type().is_some();
        let r = match pending {
            Some(p) => {
                let (call, skip, done) = (self.new_block("kw.call"), self.new_block("kw.skip"), self.new_block("kw.called"));
                let isnull = self.b.is_null(p);
                self.b.cond_br(isnull, call, skip);
                self.b.at_end(call);
                let r = self.call_inst(inst, &argv).unwrap_or_else(|| self.none());
                let call_end = self.b.block();
                self.b.br(done);
                self.b.at_end(skip);
                let rt = self.typed.instances[inst].ret.clone();
                let z = if returns { self.zero(&rt) } else { self.none() };
                self.b.br(done);
                self.b.at_end(done);
                let phi = self.b.phi(r.get_type());
                phi.add_incoming(&[(&r, call_end), (&z, skip)]);
                phi.as_basic_value()
            }
            None => self.call_inst(inst, &argv).unwrap_or_else(|| self.none()),
        };
        for (v, t) in built {
            self.decref(v, &t);
        }
        r
    }
}
