//! Generators: each instance of a generator function is an LLVM switched-resume coroutine.
//!
//! Calling it runs the ramp: the coroutine frame (every local that lives across a `yield`,
//! placed by LLVM's CoroSplit) is allocated with `pyx_obj_new`, the parameters are owned
//! by the frame, and the generator object `{ i64 rc, ClassInfo* info, ptr hdl }` is
//! returned, suspended before the first statement. `next` resumes the handle; a `yield`
//! stores its item (owned) in the coroutine's promise and suspends; the end of the body,
//! or an exception leaving it, reaches the final suspend point, where `coro.done` is true.
//!
//! Dropping an unfinished generator closes it as CPython does: it is resumed with
//! `GeneratorExit` pending, so the code after the `yield` takes the exception path
//! (`finally` bodies run, temporaries and locals are released), then its frame is freed.
use super::*;
use crate::codegen::builder::CoroId;
use inkwell::types::BasicMetadataTypeEnum;
use inkwell::values::BasicValue;

/// Size of a generator object: count, info, coroutine handle.
const GEN_SIZE: i64 = 24;
/// Byte offset of the coroutine handle in a generator object.
const GEN_HDL: i64 = 2;
/// Alignment of the promise slot (the item being yielded), for any item type.
const PROMISE_ALIGN: u32 = 16;

/// The coroutine of the generator instance being emitted.
pub(super) struct Coro<'c> {
    id: CoroId,
    hdl: PointerValue<'c>,
    promise: PointerValue<'c>,
    item: Ty,
    /// The generator object the ramp returns.
    obj: PointerValue<'c>,
    /// Where every suspend point returns to the caller of `resume` (or, the first time,
    /// of the ramp).
    suspend: BasicBlock<'c>,
    /// Frees the frame when the coroutine is destroyed.
    cleanup: BasicBlock<'c>,
}

impl<'c, 'p> Gen<'c, 'p> {
    fn coro_fn(&mut self, name: &str, ret: Option<BasicTypeEnum<'c>>, params: &[BasicMetadataTypeEnum<'c>]) -> FunctionValue<'c> {
        if let Some(f) = self.module.get_function(name) {
            return f;
        }
        let fty = match ret {
            Some(r) => r.fn_type(params, false),
            None => self.cx.void_type().fn_type(params, false),
        };
        self.module.add_function(name, fty, None)
    }

    /// Calls a runtime function without the exception check of `call_rt`.
    fn rt_call(&mut self, f: RuntimeFn, args: &[BasicMetadataValueEnum<'c>]) -> Option<BasicValueEnum<'c>> {
        let f = self.rt_fn(f);
        self.b.call(f, args)
    }

    /// `llvm.coro.done(hdl)`: whether the coroutine is at its final suspend point.
    fn coro_done(&mut self, hdl: PointerValue<'c>) -> IntValue<'c> {
        let f = self.coro_fn("llvm.coro.done", Some(self.cx.bool_type().into()), &[self.ptrt().into()]);
        self.b.call(f, &[hdl.into()]).map(|v| v.into_int_value()).unwrap_or_else(|| self.cx.bool_type().const_zero())
    }

    fn coro_resume(&mut self, hdl: PointerValue<'c>) {
        let f = self.coro_fn("llvm.coro.resume", None, &[self.ptrt().into()]);
        self.b.call(f, &[hdl.into()]);
    }

    fn coro_size(&mut self) -> IntValue<'c> {
        let f = self.coro_fn("llvm.coro.size.i64", Some(self.i64t().into()), &[]);
        self.b.call(f, &[]).map(|v| v.into_int_value()).unwrap_or_else(|| self.int(0))
    }

    fn gen_handle(&mut self, g: PointerValue<'c>) -> PointerValue<'c> {
        let p = self.b.gep(self.ptrt(), g, &[self.int(GEN_HDL)]);
        self.b.load(self.ptrt(), p).into_pointer_value()
    }

    /// Whether the instance being emitted is a generator's coroutine.
    pub(super) fn in_generator(&self) -> bool {
        self.fs.as_ref().is_some_and(|fs| fs.coro.is_some())
    }

    // At the top of a generator instance (after its locals' slots):
    //   id = coro.id(promise); frame = pyx_obj_new(coro.size()); hdl = coro.begin(id, frame)
    //   gen = pyx_obj_new(24); gen.info = info.gen.f; gen.hdl = hdl
    pub(super) fn gen_prologue(&mut self, fv: FunctionValue<'c>, item: &Ty) {
        let pt = if *item == Ty::Never { self.i64t().into() } else { self.llty(item) };
        let promise = self.b.alloca(pt, "promise");
        if let Some(i) = promise.as_instruction_value() {
            let _ = i.set_alignment(PROMISE_ALIGN);
        }
        let id = self.b.coro_id(&self.module, PROMISE_ALIGN, promise);
        let size = self.coro_size();
        let frame = self.call_rt_v(RuntimeFn::ObjNew, &[size.into()], Span::default()).into_pointer_value();
        let hdl = self.b.coro_begin(&self.module, &id, frame);
        let obj = self.call_rt_v(RuntimeFn::ObjNew, &[self.int(GEN_SIZE).into()], Span::default()).into_pointer_value();
        let fid = self.inst().func;
        let info = self.gen_info(fid);
        let p = self.b.gep(self.ptrt(), obj, &[self.int(1)]);
        self.b.store(p, info);
        let p = self.b.gep(self.ptrt(), obj, &[self.int(GEN_HDL)]);
        self.b.store(p, hdl);
        let suspend = self.cx.append_basic_block(fv, "gen.suspend");
        let cleanup = self.cx.append_basic_block(fv, "gen.cleanup");
        self.fs().coro = Some(Coro { id, hdl, promise, item: item.clone(), obj, suspend, cleanup });
    }

    // The initial suspend point, after the parameters are owned by the frame:
    //   suspend; on resume: if an exception was thrown in (closed unstarted): goto exit
    pub(super) fn gen_start(&mut self) {
        self.suspend_point();
        let e = self.b.load(self.ptrt(), self.exc.as_pointer_value()).into_pointer_value();
        let thrown = self.b.is_not_null(e);
        let (exit, body) = (self.fs().exit, self.new_block("gen.body"));
        self.b.cond_br(thrown, exit, body);
        self.b.at_end(body);
    }

    /// Suspends; continues in a new block when resumed.
    fn suspend_point(&mut self) {
        let s = self.b.coro_suspend(&self.module, false);
        let resumed = self.new_block("gen.resumed");
        let Some(c) = self.fs().coro.as_ref().map(|c| (c.suspend, c.cleanup)) else { return };
        self.b.switch(s, c.0, &[(self.cx.i8_type().const_int(0, false), resumed), (self.cx.i8_type().const_int(1, false), c.1)]);
        self.b.at_end(resumed);
    }

    // yield v  ==>  promise = v (owned); suspend;
    //               on resume: if an exception was thrown in (GeneratorExit): raise it here
    pub(super) fn gen_yield(&mut self, e: ExprId) {
        let (t, v) = (self.ty(e), self.expr(e));
        let Some((promise, item)) = self.fs().coro.as_ref().map(|c| (c.promise, c.item.clone())) else { return };
        let v = self.to_owned(v, &t);
        let v = self.coerce(v, &t, &item);
        self.b.store(promise, v);
        self.suspend_point();
        let e = self.b.load(self.ptrt(), self.exc.as_pointer_value()).into_pointer_value();
        let thrown = self.b.is_not_null(e);
        let thrown = self.expect_false(thrown);
        let (err, cont) = (self.new_block("gen.thrown"), self.new_block("gen.go"));
        self.b.cond_br(thrown, err, cont);
        self.b.at_end(err);
        self.propagate();
        self.b.at_end(cont);
    }

    // At the exit, locals released:
    //   final suspend (coro.done from here on)
    //   cleanup: pyx_obj_free(coro.free(id, hdl), coro.size())
    //   suspend: coro.end(hdl); return gen
    pub(super) fn gen_epilogue(&mut self) {
        let Some(c) = self.fs().coro.take() else { return };
        let s = self.b.coro_suspend(&self.module, true);
        self.b.switch(s, c.suspend, &[(self.cx.i8_type().const_int(1, false), c.cleanup)]);
        self.b.at_end(c.cleanup);
        let mem = self.b.coro_free(&self.module, &c.id, c.hdl);
        let (free, done) = (self.new_block("gen.free"), self.new_block("gen.freed"));
        let isnull = self.b.is_null(mem);
        self.b.cond_br(isnull, done, free);
        self.b.at_end(free);
        let size = self.coro_size();
        self.call_rt(RuntimeFn::ObjFree, &[mem.into(), size.into()], Span::default());
        self.b.br(done);
        self.b.at_end(done);
        self.b.br(c.suspend);
        self.b.at_end(c.suspend);
        self.b.coro_end(&self.module, c.hdl);
        self.b.ret(Some(c.obj.into()));
    }

    /// The `ClassInfo` of the generators of function `fid`: its `drop` closes and frees
    /// them, its `repr` is `<generator object qualname at 0x...>`.
    fn gen_info(&mut self, fid: FuncId) -> PointerValue<'c> {
        let name = format!("gen.{fid}.info");
        if let Some(g) = self.module.get_global(&name) {
            return g.as_pointer_value();
        }
        let saved = self.fs.take();
        let here = self.b.0.get_insert_block();
        let drop = self.gen_drop_fn();
        let repr = self.qualname_repr_fn(&format!("repr.gen.{fid}"), fid, RuntimeFn::GenRepr);
        self.fs = saved;
        if let Some(bb) = here {
            self.b.at_end(bb);
        }
        let shown = self.str_lit("generator");
        let p = self.ptrt();
        let info_ty = self.cx.struct_type(&[p.into(); 7], false);
        let info = self.module.add_global(info_ty, None, &name);
        info.set_linkage(Linkage::Private);
        info.set_constant(true);
        let null = p.const_null();
        let fields = [drop.as_global_value().as_pointer_value().into(), repr.as_global_value().as_pointer_value().into(), shown.into(), null.into(), null.into(), null.into(), null.into()];
        info.set_initializer(&info_ty.const_named_struct(&fields));
        info.as_pointer_value()
    }

    /// A helper taking a generator: the function, its parameter, the handle and whether
    /// the coroutine is finished, with the builder in its entry.
    fn gen_helper(&mut self, name: &str, fty: inkwell::types::FunctionType<'c>) -> (FunctionValue<'c>, PointerValue<'c>, PointerValue<'c>, IntValue<'c>) {
        let f = self.module.add_function(name, fty, Some(Linkage::Internal));
        let bb = self.cx.append_basic_block(f, "entry");
        self.b.at_end(bb);
        self.fs = Some(self.dummy_state(f));
        let o = f.get_nth_param(0).expect("generator").into_pointer_value();
        let hdl = self.gen_handle(o);
        let done = self.coro_done(hdl);
        (f, o, hdl, done)
    }

    // void gen.drop(g) {
    //   if (!coro.done(g.hdl)) {            // close(): GeneratorExit at the paused yield
    //     saved = pyx_exc_take(); pyx_raise(GeneratorExit); coro.resume(g.hdl);
    //     pyx_exc_decref(pyx_exc_take()); if (saved) pyx_exc_restore(saved);
    //   }
    //   coro.destroy(g.hdl); pyx_obj_free(g, 24);
    // }
    fn gen_drop_fn(&mut self) -> FunctionValue<'c> {
        if let Some(f) = self.module.get_function("gen.drop") {
            return f;
        }
        let fty = self.cx.void_type().fn_type(&[self.ptrt().into()], false);
        let (f, o, hdl, done) = self.gen_helper("gen.drop", fty);
        let (close, fin) = (self.new_block("close"), self.new_block("free"));
        self.b.cond_br(done, fin, close);
        self.b.at_end(close);
        let saved = self.rt_call(RuntimeFn::ExcTake, &[]).map(|v| v.into_pointer_value()).unwrap_or(self.ptrt().const_null());
        self.rt_call(RuntimeFn::Raise, &[self.int(abi::EXC_GENERATOR_EXIT).into(), self.ptrt().const_null().into()]);
        self.coro_resume(hdl);
        if let Some(e) = self.rt_call(RuntimeFn::ExcTake, &[]) {
            let (dec, after) = (self.new_block("dec"), self.new_block("after"));
            let isnull = self.b.is_null(e.into_pointer_value());
            self.b.cond_br(isnull, after, dec);
            self.b.at_end(dec);
            self.rt_call(RuntimeFn::ExcDecref, &[e.into()]);
            self.b.br(after);
            self.b.at_end(after);
        }
        let (restore, fin2) = (self.new_block("restore"), self.new_block("restored"));
        let isnull = self.b.is_null(saved);
        self.b.cond_br(isnull, fin2, restore);
        self.b.at_end(restore);
        self.rt_call(RuntimeFn::ExcRestore, &[saved.into()]);
        self.b.br(fin2);
        self.b.at_end(fin2);
        self.b.br(fin);
        self.b.at_end(fin);
        let destroy = self.coro_fn("llvm.coro.destroy", None, &[self.ptrt().into()]);
        self.b.call(destroy, &[hdl.into()]);
        self.rt_call(RuntimeFn::ObjFree, &[o.into(), self.int(GEN_SIZE).into()]);
        self.b.ret(None);
        self.fs = None;
        f
    }

    // i1 gen.next(g) { if (coro.done(g.hdl)) return 0; coro.resume(g.hdl); return !coro.done(g.hdl) }
    fn gen_next_fn(&mut self) -> FunctionValue<'c> {
        if let Some(f) = self.module.get_function("gen.next") {
            return f;
        }
        let saved = self.fs.take();
        let here = self.b.0.get_insert_block();
        let fty = self.cx.bool_type().fn_type(&[self.ptrt().into()], false);
        let (f, _, hdl, done) = self.gen_helper("gen.next", fty);
        let (ended, run) = (self.new_block("ended"), self.new_block("run"));
        self.b.cond_br(done, ended, run);
        self.b.at_end(ended);
        self.b.ret(Some(self.cx.bool_type().const_zero().into()));
        self.b.at_end(run);
        self.coro_resume(hdl);
        let done = self.coro_done(hdl);
        let more = self.b.not(done);
        self.b.ret(Some(more.into()));
        self.fs = saved;
        if let Some(bb) = here {
            self.b.at_end(bb);
        }
        f
    }

    // next item of generator g:  if (!gen.next(g)) { check the exception; goto done }
    //                            item = *coro.promise(g.hdl)   (owned)
    pub(super) fn gen_advance(&mut self, g: PointerValue<'c>, item: &Ty, done: BasicBlock<'c>, span: Span) -> V<'c> {
        let next = self.gen_next_fn();
        let more = self.b.call(next, &[g.into()]).map(|v| v.into_int_value()).unwrap_or_else(|| self.cx.bool_type().const_zero());
        let (got, end) = (self.new_block("gen.item"), self.new_block("gen.end"));
        self.b.cond_br(more, got, end);
        self.b.at_end(end);
        self.check_exc(span);
        self.b.br(done);
        self.b.at_end(got);
        let hdl = self.gen_handle(g);
        let pf = self.coro_fn("llvm.coro.promise", Some(self.ptrt().into()), &[self.ptrt().into(), self.cx.i32_type().into(), self.cx.bool_type().into()]);
        let args = [hdl.into(), self.cx.i32_type().const_int(PROMISE_ALIGN as u64, false).into(), self.cx.bool_type().const_zero().into()];
        let p = self.b.call(pf, &args).map(|v| v.into_pointer_value()).unwrap_or(hdl);
        if *item == Ty::Never {
            return V { v: self.none(), owned: false };
        }
        V { v: self.b.load(self.llty(item), p), owned: true }
    }

    // next(it)     ==>  it.__next__()
    // next(it, d)  ==>  it.__next__(), or d when it raises StopIteration
    fn next_instance(&mut self, c: ClassId, vals: &[V<'c>], tys: &[Ty], ty: &Ty, span: Span) -> V<'c> {
        let Some(&next) = self.typed.dunders.get(&(c, "__next__")) else { return V { v: self.zero(ty), owned: false } };
        let rt = self.typed.instances[next].ret.clone();
        let r = self.call_inst(next, &[vals[0].v.into()]).unwrap_or_else(|| self.none());
        let Some(d) = vals.get(1) else {
            self.check_exc(span);
            return V { v: self.coerce(r, &rt, ty), owned: true };
        };
        let slot = self.b.entry_alloca(self.llty(ty), "next");
        let e = self.b.load(self.ptrt(), self.exc.as_pointer_value()).into_pointer_value();
        let raised = self.b.is_not_null(e);
        let (err, ok, join) = (self.new_block("next.raised"), self.new_block("next.ok"), self.new_block("next.done"));
        self.b.cond_br(raised, err, ok);
        self.b.at_end(ok);
        let v = self.coerce(r, &rt, ty);
        self.b.store(slot, v);
        self.b.br(join);
        self.b.at_end(err);
        let dflt = self.new_block("next.default");
        self.stop_iteration_to(dflt, span);
        self.b.at_end(dflt);
        let dv = self.to_owned(*d, &tys[1]);
        let dv = self.coerce(dv, &tys[1], ty);
        self.b.store(slot, dv);
        self.b.br(join);
        self.b.at_end(join);
        V { v: self.b.load(self.llty(ty), slot), owned: true }
    }

    // next(g)     ==>  the next item, or StopIteration
    // next(g, d)  ==>  the next item, or d
    pub(super) fn builtin_next(&mut self, vals: &[V<'c>], tys: &[Ty], ty: &Ty, span: Span) -> V<'c> {
        if let Ty::Inst(c) = &tys[0] {
            return self.next_instance(*c, vals, tys, ty, span);
        }
        let Ty::Gen(item) = &tys[0] else { return V { v: self.zero(ty), owned: false } };
        let item = (**item).clone();
        let g = vals[0].v.into_pointer_value();
        let slot = self.b.entry_alloca(self.llty(ty), "next");
        let (empty, join) = (self.new_block("next.empty"), self.new_block("next.done"));
        let v = self.gen_advance(g, &item, empty, span);
        let v = self.coerce(v.v, &item, ty);
        self.b.store(slot, v);
        self.b.br(join);
        self.b.at_end(empty);
        match vals.get(1) {
            Some(d) => {
                let dv = self.to_owned(*d, &tys[1]);
                let dv = self.coerce(dv, &tys[1], ty);
                self.b.store(slot, dv);
                self.b.br(join);
            }
            None => {
                self.rt_call(RuntimeFn::Raise, &[self.int(abi::EXC_STOP_ITERATION).into(), self.ptrt().const_null().into()]);
                self.unwind(span);
            }
        }
        self.b.at_end(join);
        V { v: self.b.load(self.llty(ty), slot), owned: true }
    }
}
