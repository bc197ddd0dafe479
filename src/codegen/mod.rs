//! LLVM code generation: turns every inferred function instance into an LLVM function,
//! with reference counting, exception propagation through the `pyx_exc` flag, and
//! traceback frames recorded on the way out. It never reports user errors: inference
//! has already refused every program it cannot compile.
//!
//! Ownership: every expression yields a value marked owned (+1) or borrowed (a local's
//! value, read in place). Variables own their values; callees own their parameters
//! (they increment them on entry); runtime functions borrow arguments and return owned
//! results. Owned temporaries that stay alive while later code may raise are kept on a
//! temp stack, so every error path releases them.
pub mod builder;
mod classes;
mod closures;
mod containers;
mod depth;
mod dicts;
mod generators;
mod int;
pub mod runtime_fn;
mod traceback;

use crate::diag::Span;
use crate::hir::*;
use crate::infer::{InstId, Typed};
use crate::types::Ty;
use builder::B;
use depth::Count;
use inkwell::basic_block::BasicBlock;
use inkwell::context::Context;
use inkwell::module::{Linkage, Module};
use inkwell::GlobalVisibility;
use inkwell::types::{BasicType, BasicTypeEnum};
use inkwell::values::{AsValueRef, BasicMetadataValueEnum, BasicValueEnum, FunctionValue, GlobalValue, IntValue, PointerValue};
use inkwell::{AddressSpace, FloatPredicate, IntPredicate};
use runtime_fn::RuntimeFn;
use std::collections::HashMap;

/// The runtime's code (`abi::CMP_*`) of a comparison operator.
fn cmp_code(op: CmpOp) -> i64 {
    match op {
        CmpOp::Eq => abi::CMP_EQ,
        CmpOp::Ne => abi::CMP_NE,
        CmpOp::Lt => abi::CMP_LT,
        CmpOp::Le => abi::CMP_LE,
        CmpOp::Gt => abi::CMP_GT,
        _ => abi::CMP_GE,
    }
}

/// Constants shared with the runtime (one file, included by both crates).
#[path = "../../runtime/src/abi.rs"]
pub mod abi;

/// A value with its ownership: owned values must be released or stored.
#[derive(Clone, Copy)]
struct V<'c> {
    v: BasicValueEnum<'c>,
    owned: bool,
}

/// What an error path must release.
#[derive(Clone)]
enum Temp<'c> {
    Val(BasicValueEnum<'c>, Ty),
    /// A text buffer from `pyx_buf_new`: finished and released.
    Buf(PointerValue<'c>),
}

struct FnState<'c> {
    inst: InstId,
    func: FunctionValue<'c>,
    locals: Vec<PointerValue<'c>>,
    /// `bound` flags of locals that may be read before assignment.
    bound: Vec<Option<PointerValue<'c>>>,
    /// The cell of each local that lives in one (captured, or a free variable).
    cells: Vec<Option<PointerValue<'c>>>,
    ret_slot: Option<PointerValue<'c>>,
    /// Where calls of the function to itself go: its twin, for self-recursive functions.
    self_target: FunctionValue<'c>,
    /// Accumulator tail recursion: (i128 accumulator, loop head after the prologue).
    tre: Option<(PointerValue<'c>, BasicBlock<'c>)>,
    exit: BasicBlock<'c>,
    /// (continue target, break target, temp-stack depth at loop entry)
    loops: Vec<(BasicBlock<'c>, BasicBlock<'c>)>,
    temps: Vec<Temp<'c>>,
    file: PointerValue<'c>,
    name: PointerValue<'c>,
    /// Where a raised exception goes inside `try` bodies, innermost last: the handler
    /// block and the temp-stack depth at its `try` (temps above it are released first).
    handlers: Vec<(BasicBlock<'c>, usize)>,
    /// `finally` bodies a `return`, `break` or `continue` must run on its way out,
    /// innermost last, with the loop depth and handler depth at their `try`.
    finallies: Vec<(Block, usize, usize)>,
    /// Slots holding the exceptions being handled by enclosing `except` blocks (for a bare
    /// `raise`), with the loop depth at their handler.
    handling: Vec<(PointerValue<'c>, usize)>,
    /// The coroutine, when the instance is a generator's.
    coro: Option<generators::Coro<'c>>,
    /// A counted instance's budget (`1000 - depth`, its own frame included), and for an
    /// instance counting its frame in `pyx_depth`, the depth it restores on exit (see `depth`).
    depth: Option<PointerValue<'c>>,
    depth_saved: Option<PointerValue<'c>>,
    /// The span of the innermost expression being compiled: where an error raised with no
    /// span of its own (a `__str__` that `str(x)` calls) is reported.
    at: Span,
}

pub struct Gen<'c, 'p> {
    cx: &'c Context,
    pub module: Module<'c>,
    b: B<'c>,
    prog: &'p Program,
    typed: &'p Typed,
    fns: HashMap<InstId, FunctionValue<'c>>,
    globals: Vec<Option<GlobalValue<'c>>>,
    global_bound: Vec<Option<GlobalValue<'c>>>,
    strs: HashMap<String, GlobalValue<'c>>,
    rt: HashMap<RuntimeFn, FunctionValue<'c>>,
    exc: GlobalValue<'c>,
    /// `pyx_depth` and `pyx_recursion_limit`: the frames counted against the limit.
    depth: GlobalValue<'c>,
    depth_limit: GlobalValue<'c>,
    /// Whether the program calls `sys.setrecursionlimit`.
    limit_set: bool,
    /// The instances that count their frames (those on call-graph cycles), those that may
    /// run one, whether the runtime may call back into one (through a class's dunders),
    /// and the instance each LLVM function is (twins included). See `depth`.
    counted: Vec<bool>,
    reach: Vec<bool>,
    callbacks_reach: bool,
    fn_inst: HashMap<usize, InstId>,
    module_done: Vec<GlobalValue<'c>>,
    fs: Option<FnState<'c>>,
}

/// Generates the LLVM module for a typed program.
pub fn generate<'c>(cx: &'c Context, prog: &Program, typed: &Typed) -> Module<'c> {
    let module = cx.create_module("pyexe");
    let exc = module.add_global(cx.ptr_type(AddressSpace::default()), None, "pyx_exc");
    exc.set_linkage(Linkage::External);
    // The runtime is linked into the same executable: direct, GOT-free access.
    exc.set_visibility(GlobalVisibility::Hidden);
    let [depth, depth_limit] = ["pyx_depth", "pyx_recursion_limit"].map(|name| {
        let g = module.add_global(cx.i64_type(), None, name);
        g.set_linkage(Linkage::External);
        g.set_visibility(GlobalVisibility::Hidden);
        g
    });
    let mut g = Gen {
        cx,
        module,
        b: B(cx.create_builder()),
        prog,
        typed,
        fns: HashMap::new(),
        globals: Vec::new(),
        global_bound: Vec::new(),
        strs: HashMap::new(),
        rt: HashMap::new(),
        exc,
        depth,
        depth_limit,
        limit_set: prog.funcs.iter().any(|f| f.exprs.iter().any(|e| matches!(e.kind, ExprKind::Builtin(Builtin::RecursionLimit(true), _)))),
        counted: Vec::new(),
        reach: Vec::new(),
        callbacks_reach: false,
        fn_inst: HashMap::new(),
        module_done: Vec::new(),
        fs: None,
    };
    g.emit_program();
    g.module
}

impl<'c, 'p> Gen<'c, 'p> {
    // ---------------------------------------------------------------- types & constants

    fn i64t(&self) -> inkwell::types::IntType<'c> {
        self.cx.i64_type()
    }
    fn ptrt(&self) -> inkwell::types::PointerType<'c> {
        self.cx.ptr_type(AddressSpace::default())
    }
    fn dynt(&self) -> inkwell::types::StructType<'c> {
        self.cx.struct_type(&[self.i64t().into(), self.i64t().into()], false)
    }
    fn llty(&self, t: &Ty) -> BasicTypeEnum<'c> {
        match t {
            Ty::Int => self.i64t().into(),
            Ty::Float => self.cx.f64_type().into(),
            Ty::Bool => self.cx.bool_type().into(),
            Ty::None | Ty::Never => self.cx.i8_type().into(),
            Ty::Str | Ty::List(_) | Ty::TupleOf(_) | Ty::Dict(..) | Ty::Set(..) | Ty::View(..) | Ty::Exc | Ty::OptExc | Ty::Func(_) | Ty::Gen(_) | Ty::Inst(_) | Ty::Opt(_) => self.ptrt().into(),
            Ty::Var(_) => self.cx.i8_type().into(),
            Ty::Range => {
                let i = self.i64t().into();
                self.cx.struct_type(&[i, i, i], false).into()
            }
            Ty::Dyn | Ty::Obj => self.dynt().into(),
            Ty::Tuple(items) => {
                let fields: Vec<BasicTypeEnum> = items.iter().map(|t| self.llty(t)).collect();
                self.cx.struct_type(&fields, false).into()
            }
        }
    }
    fn int(&self, v: i64) -> IntValue<'c> {
        self.i64t().const_int(v as u64, true)
    }
    fn zero(&self, t: &Ty) -> BasicValueEnum<'c> {
        self.llty(t).const_zero()
    }
    fn none(&self) -> BasicValueEnum<'c> {
        self.cx.i8_type().const_zero().into()
    }

    /// An immortal string literal: `{ rc, len, nchars, hash = -1, [bytes] }`.
    fn str_lit(&mut self, s: &str) -> PointerValue<'c> {
        if let Some(g) = self.strs.get(s) {
            return g.as_pointer_value();
        }
        let bytes = self.cx.const_string(s.as_bytes(), false);
        let i = self.i64t().into();
        let ty = self.cx.struct_type(&[i, i, i, i, bytes.get_type().into()], false);
        let g = self.module.add_global(ty, None, "str");
        g.set_linkage(Linkage::Private);
        g.set_unnamed_addr(true);
        let init = ty.const_named_struct(&[
            self.int(abi::IMMORTAL_RC).into(),
            self.int(s.len() as i64).into(),
            self.int(s.chars().count() as i64).into(),
            self.int(-1).into(),
            bytes.into(),
        ]);
        g.set_initializer(&init);
        self.strs.insert(s.to_string(), g);
        g.as_pointer_value()
    }

    // ---------------------------------------------------------------- runtime calls

    fn rt_fn(&mut self, f: RuntimeFn) -> FunctionValue<'c> {
        if let Some(v) = self.rt.get(&f) {
            return *v;
        }
        let v = self.module.add_function(f.symbol(), f.llvm_type(self.cx), Some(Linkage::External));
        v.as_global_value().set_visibility(GlobalVisibility::Hidden);
        self.rt.insert(f, v);
        v
    }

    /// Calls a runtime function; arguments are adapted to the ABI (bool as i8, Dyn as two
    /// i64s), a Bool result comes back as i1. Raising functions are checked at `span`.
    fn call_rt(&mut self, f: RuntimeFn, args: &[BasicValueEnum<'c>], span: Span) -> Option<BasicValueEnum<'c>> {
        let func = self.rt_fn(f);
        let mut real: Vec<BasicMetadataValueEnum> = Vec::new();
        for a in args {
            match a {
                BasicValueEnum::IntValue(i) if i.get_type().get_bit_width() == 1 => {
                    real.push(self.b.zext(*i, self.cx.i8_type()).into())
                }
                BasicValueEnum::StructValue(s) if s.get_type() == self.dynt() => {
                    real.push(self.b.extract(*s, 0).into());
                    real.push(self.b.extract(*s, 1).into());
                }
                other => real.push((*other).into()),
            }
        }
        let r = self.b.call(func, &real);
        if f.can_raise() {
            self.check_exc(span);
        }
        match (f.ret(), r) {
            (runtime_fn::AbiTy::Bool, Some(v)) => {
                Some(self.b.icmp(IntPredicate::NE, v.into_int_value(), self.cx.i8_type().const_zero()).into())
            }
            (_, r) => r,
        }
    }

    fn call_rt_v(&mut self, f: RuntimeFn, args: &[BasicValueEnum<'c>], span: Span) -> BasicValueEnum<'c> {
        self.call_rt(f, args, span).unwrap_or_else(|| self.none())
    }

    // ---------------------------------------------------------------- exceptions

    fn fs(&mut self) -> &mut FnState<'c> {
        self.fs.as_mut().expect("inside a function")
    }

    fn new_block(&mut self, name: &str) -> BasicBlock<'c> {
        let f = self.fs().func;
        self.cx.append_basic_block(f, name)
    }

    // after a call that may raise:
    //   if (pyx_exc != null) { tb_add(file, line, func); release temps; goto exit }
    fn check_exc(&mut self, span: Span) {
        let e = self.b.load(self.ptrt(), self.exc.as_pointer_value()).into_pointer_value();
        let raised = self.b.is_null(e);
        let raised = self.b.not(raised);
        let raised = self.expect_false(raised);
        let err = self.new_block("raised");
        let cont = self.new_block("ok");
        self.b.cond_br(raised, err, cont);
        self.b.at_end(err);
        self.unwind(span);
        self.b.at_end(cont);
    }

    // p == null ? none : some(p)   (`some` is emitted in a block of its own)
    fn unless_null(&mut self, p: PointerValue<'c>, none: BasicValueEnum<'c>, some: impl FnOnce(&mut Self, PointerValue<'c>) -> BasicValueEnum<'c>) -> BasicValueEnum<'c> {
        let (some_bb, done) = (self.new_block("nonnull"), self.new_block("nonnull.done"));
        let entry = self.b.block();
        let isnull = self.b.is_null(p);
        self.b.cond_br(isnull, done, some_bb);
        self.b.at_end(some_bb);
        let r = some(self, p);
        let some_end = self.b.block();
        self.b.br(done);
        self.b.at_end(done);
        let phi = self.b.phi(none.get_type());
        phi.add_incoming(&[(&none, entry), (&r, some_end)]);
        phi.as_basic_value()
    }

    fn expect_false(&mut self, c: IntValue<'c>) -> IntValue<'c> {
        let bt = self.cx.bool_type();
        let f = match self.module.get_function("llvm.expect.i1") {
            Some(f) => f,
            None => self.module.add_function("llvm.expect.i1", bt.fn_type(&[bt.into(), bt.into()], false), None),
        };
        self.b.call(f, &[c.into(), bt.const_zero().into()]).map(|v| v.into_int_value()).unwrap_or(c)
    }

    /// The error path at `span`: record the frame, release temporaries, leave the function.
    /// (A bound method's function object records none: CPython has no frame for it.)
    fn unwind(&mut self, span: Span) {
        if self.func().bound_method {
            return self.propagate();
        }
        let span = if span == Span::default() { self.fs().at } else { span };
        let src = &self.prog.files[span.file];
        let (line, _) = src.line_col(span.start as usize);
        let detail = traceback::frame_detail(src, span);
        let detail = self.str_lit(&detail);
        let (file, name) = (self.fs().file, self.fs().name);
        self.call_rt(RuntimeFn::TbAdd, &[file.into(), self.int(line as i64).into(), name.into(), detail.into()], span);
        self.propagate();
    }

    /// With an exception pending (its frame here already recorded): release the temps
    /// down to the innermost `try` and go to its handler, or leave the function.
    fn propagate(&mut self) {
        let (target, depth) = self.fs().handlers.last().copied().unwrap_or((self.fs().exit, 0));
        let temps = self.fs().temps.clone();
        for t in temps[depth.min(temps.len())..].iter().rev() {
            self.release_temp(t);
        }
        self.b.br(target);
    }

    /// Whether exception kind `kind` is `base` or one of its subclasses (the program's
    /// exception classes included).
    fn kind_is(&self, kind: i64, base: i64) -> bool {
        self.prog.kind_is(kind, base)
    }

    /// Raises a built-in exception with a constant message, then continues in a dead block.
    fn raise(&mut self, kind: i64, msg: &str, span: Span) {
        let m = self.str_lit(msg);
        self.raise_str(kind, V { v: m.into(), owned: false }, span);
        let dead = self.new_block("dead");
        self.b.at_end(dead);
    }

    // raise Kind(msg)  ==>  pyx_raise(kind, msg); release msg; unwind
    // (pyx_raise always raises, so it is called without the usual check)
    fn raise_str(&mut self, kind: i64, msg: V<'c>, span: Span) {
        let f = self.rt_fn(RuntimeFn::Raise);
        self.b.call(f, &[self.int(kind).into(), msg.v.into()]);
        self.release(msg, &Ty::Str);
        self.unwind(span);
    }

    /// `if cond: raise kind(msg)`
    fn raise_if(&mut self, cond: IntValue<'c>, kind: i64, msg: &str, span: Span) {
        let cond = self.expect_false(cond);
        let err = self.new_block("err");
        let cont = self.new_block("cont");
        self.b.cond_br(cond, err, cont);
        self.b.at_end(err);
        self.raise(kind, msg, span);
        self.b.br(cont);
        self.b.at_end(cont);
    }

    fn release_temp(&mut self, t: &Temp<'c>) {
        match t {
            Temp::Val(v, ty) => self.decref(*v, ty),
            Temp::Buf(p) => {
                let s = self.call_rt_v(RuntimeFn::BufFinish, &[(*p).into()], Span::default());
                self.decref(s, &Ty::Str);
            }
        }
    }

    fn push_temp(&mut self, v: V<'c>, ty: &Ty) {
        if v.owned && ty.is_refcounted() {
            self.fs().temps.push(Temp::Val(v.v, ty.clone()));
        } else {
            // Keep the stack balanced: borrowed values need no release.
            let none = self.none();
            self.fs().temps.push(Temp::Val(none, Ty::None));
        }
    }
    fn pop_temp(&mut self) {
        self.fs().temps.pop();
    }

    /// Evaluates operands in order, each held on the temp stack (see `release_operands_list`).
    fn eval_operands(&mut self, exprs: &[ExprId]) -> Vec<(V<'c>, Ty)> {
        let mut vals = Vec::new();
        for a in exprs {
            let t = self.ty(*a);
            let v = self.expr(*a);
            self.push_temp(v, &t);
            vals.push((v, t));
        }
        vals
    }

    /// Pops and releases operands from `eval_operands`.
    fn release_operands_list(&mut self, vals: &[(V<'c>, Ty)]) {
        for (v, t) in vals.iter().rev() {
            self.pop_temp();
            self.release(*v, t);
        }
    }

    // ---------------------------------------------------------------- reference counting

    fn incref(&mut self, v: BasicValueEnum<'c>, ty: &Ty) {
        match ty {
            // if o != null: o.rc += 1
            Ty::Opt(_) => {
                let p = v.into_pointer_value();
                let (inc, done) = (self.new_block("inc"), self.new_block("inc.done"));
                let isnull = self.b.is_null(p);
                self.b.cond_br(isnull, done, inc);
                self.b.at_end(inc);
                let rc = self.b.load(self.i64t(), p).into_int_value();
                let rc = self.b.add(rc, self.int(1));
                self.b.store(p, rc);
                self.b.br(done);
                self.b.at_end(done);
            }
            // (an exception of an instance counts on the instance)
            Ty::Exc | Ty::OptExc => {
                self.call_rt(RuntimeFn::ExcIncref, &[v], Span::default());
            }
            Ty::Str | Ty::List(_) | Ty::TupleOf(_) | Ty::Dict(..) | Ty::Set(..) | Ty::View(..) | Ty::Func(_) | Ty::Gen(_) | Ty::Inst(_) => {
                let p = v.into_pointer_value();
                let rc = self.b.load(self.i64t(), p).into_int_value();
                let rc = self.b.add(rc, self.int(1));
                self.b.store(p, rc);
            }
            Ty::Dyn | Ty::Obj => {
                self.call_rt(RuntimeFn::DynIncref, &[v], Span::default());
            }
            Ty::Tuple(items) => self.each_counted_member(v, items, Self::incref),
            _ => {}
        }
    }

    /// Applies `op` to every member of a tuple value that holds references.
    fn each_counted_member(&mut self, v: BasicValueEnum<'c>, items: &[Ty], op: fn(&mut Self, BasicValueEnum<'c>, &Ty)) {
        for (i, t) in items.iter().enumerate() {
            if t.is_refcounted() {
                let m = self.b.extract(v.into_struct_value(), i as u32);
                op(self, m, t);
            }
        }
    }

    // decref(p): if p != null { if --p.rc == 0 { free(p) } }
    fn decref(&mut self, v: BasicValueEnum<'c>, ty: &Ty) {
        match ty {
            Ty::Str | Ty::List(_) | Ty::TupleOf(_) | Ty::Dict(..) | Ty::Set(..) | Ty::View(..) | Ty::Func(_) | Ty::Gen(_) | Ty::Inst(_) | Ty::Opt(_) => {
                let p = v.into_pointer_value();
                let nonnull = self.new_block("dec");
                let free = self.new_block("free");
                let done = self.new_block("dec.done");
                let isnull = self.b.is_null(p);
                self.b.cond_br(isnull, done, nonnull);
                self.b.at_end(nonnull);
                let rc = self.b.load(self.i64t(), p).into_int_value();
                let rc = self.b.sub(rc, self.int(1));
                self.b.store(p, rc);
                let dead = self.b.icmp(IntPredicate::EQ, rc, self.int(0));
                self.b.cond_br(dead, free, done);
                self.b.at_end(free);
                match ty {
                    Ty::Func(_) | Ty::Gen(_) | Ty::Inst(_) | Ty::Opt(_) => {
                        self.drop_instance(p);
                        None
                    }
                    Ty::Str => self.call_rt(RuntimeFn::StrFree, &[p.into()], Span::default()),
                    Ty::List(_) | Ty::TupleOf(_) => self.call_rt(RuntimeFn::ListFree, &[p.into()], Span::default()),
                    Ty::Set(..) => self.call_rt(RuntimeFn::SetFree, &[p.into()], Span::default()),
                    // Dicts, and views, which hold their dict.
                    _ => self.call_rt(RuntimeFn::DictFree, &[p.into()], Span::default()),
                };
                self.b.br(done);
                self.b.at_end(done);
            }
            Ty::Exc | Ty::OptExc => {
                self.call_rt(RuntimeFn::ExcDecref, &[v], Span::default());
            }
            Ty::Dyn | Ty::Obj => {
                self.call_rt(RuntimeFn::DynDecref, &[v], Span::default());
            }
            Ty::Tuple(items) => self.each_counted_member(v, items, Self::decref),
            _ => {}
        }
    }

    fn release(&mut self, v: V<'c>, ty: &Ty) {
        if v.owned {
            self.decref(v.v, ty);
        }
    }

    fn to_owned(&mut self, v: V<'c>, ty: &Ty) -> BasicValueEnum<'c> {
        if !v.owned {
            self.incref(v.v, ty);
        }
        v.v
    }

    // ---------------------------------------------------------------- program

    fn emit_program(&mut self) {
        let prog = self.prog;
        for (i, g) in prog.globals.iter().enumerate() {
            let ty = &self.typed.globals[i];
            let lt = self.llty(ty);
            let gv = self.module.add_global(lt, None, &format!("g.{}", g.name));
            gv.set_linkage(Linkage::Internal);
            gv.set_initializer(&lt.const_zero());
            self.globals.push(Some(gv));
            let flag = prog.global_maybe_unbound.get(i).copied().unwrap_or(true).then(|| {
                let f = self.module.add_global(self.cx.bool_type(), None, &format!("g.{}.bound", g.name));
                f.set_linkage(Linkage::Internal);
                f.set_initializer(&self.cx.bool_type().const_zero());
                f
            });
            self.global_bound.push(flag);
        }
        for m in &prog.modules {
            let f = self.module.add_global(self.cx.bool_type(), None, &format!("m.{}.done", m.name));
            f.set_linkage(Linkage::Internal);
            f.set_initializer(&self.cx.bool_type().const_zero());
            self.module_done.push(f);
        }
        // Which instances count their frames against the recursion limit (see `depth`).
        let succ = depth::call_graph(self.typed);
        let cyclic = depth::on_call_cycles(&succ);
        self.counted = (0..succ.len()).map(|i| cyclic[i] && !prog.funcs[self.typed.instances[i].func].is_gen).collect();
        self.reach = depth::reaches(&succ, &self.counted);
        self.callbacks_reach = self.typed.dunders.iter().any(|((_, name), inst)| {
            matches!(*name, "__repr__" | "__str__" | "__lt__" | "__eq__" | "__hash__") && self.reach[*inst]
        });
        // Declare every instance first so calls can refer to any of them.
        for (id, inst) in self.typed.instances.iter().enumerate() {
            let f = &prog.funcs[inst.func];
            let mut params: Vec<_> = inst.args.iter().map(|t| self.llty(t).into()).collect();
            // A closure's instances take its function object (the cells) last.
            if !f.free.is_empty() {
                params.push(self.ptrt().into());
            }
            // A counted instance takes its caller's frame count last.
            if self.counted[id] {
                params.push(self.i64t().into());
            }
            let ret = if f.is_module_init { self.cx.i8_type().into() } else { self.llty(&inst.ret) };
            let fty = ret.fn_type(&params, false);
            let name = if f.is_module_init { format!("{}.<module>", prog.modules[f.module].name) } else { format!("{}.{}", prog.modules[f.module].name, f.name) };
            let fv = self.module.add_function(&name, fty, Some(Linkage::Internal));
            self.fns.insert(id, fv);
            self.fn_inst.insert(fv.as_value_ref() as usize, id);
        }
        self.emit_classes();
        self.emit_function_objects();
        // A self-recursive function is emitted twice, each copy calling the other: LLVM does
        // not inline a function into itself, but it inlines one twin (hinted) into the other,
        // which unrolls one level of the recursion (what gcc's recursive inlining does). Both
        // count their frames (see `depth`).
        for id in 0..self.typed.instances.len() {
            let fv = self.fns[&id];
            let is_gen = self.prog.funcs[self.typed.instances[id].func].is_gen;
            let recursive = !is_gen && self.typed.instances[id].calls.values().any(|c| *c == id);
            if is_gen {
                // (the ramp only makes the generator: no recursion happens in it)
                let kind = inkwell::attributes::Attribute::get_named_enum_kind_id("presplitcoroutine");
                fv.add_attribute(inkwell::attributes::AttributeLoc::Function, self.cx.create_enum_attribute(kind, 0));
                self.emit_instance(id, fv, fv, Count::None);
            } else if recursive {
                let twin = self.module.add_function(&format!("{}.twin", fv.get_name().to_string_lossy()), fv.get_type(), Some(Linkage::Internal));
                self.fn_inst.insert(twin.as_value_ref() as usize, id);
                let hint = inkwell::attributes::Attribute::get_named_enum_kind_id("inlinehint");
                twin.add_attribute(inkwell::attributes::AttributeLoc::Function, self.cx.create_enum_attribute(hint, 0));
                self.emit_instance(id, fv, twin, Count::Own);
                self.emit_instance(id, twin, fv, Count::Own);
            } else {
                let count = if self.counted[id] {
                    Count::Own
                } else if self.reach[id] && !self.prog.funcs[self.typed.instances[id].func].is_module_init {
                    Count::Global
                } else {
                    Count::None
                };
                self.emit_instance(id, fv, fv, count);
            }
        }
        self.emit_main();
    }

    // int main(argc, argv) { pyx_init(argc, argv); <entry module>(); release globals; return pyx_finish(); }
    fn emit_main(&mut self) {
        let i32t = self.cx.i32_type();
        let main = self.module.add_function("main", i32t.fn_type(&[i32t.into(), self.ptrt().into()], false), None);
        let bb = self.cx.append_basic_block(main, "entry");
        self.b.at_end(bb);
        let argc = main.get_nth_param(0).expect("argc");
        let argv = main.get_nth_param(1).expect("argv");
        let init = self.rt_fn(RuntimeFn::Init);
        self.b.call(init, &[argc.into(), argv.into()]);
        // The program's exception classes: (name, parent kind) tables for the runtime.
        if !self.prog.exc_classes.is_empty() {
            let n = self.prog.exc_classes.len();
            let names: Vec<_> = self.prog.exc_classes.clone().iter().map(|(name, _)| self.str_lit(name)).collect();
            let parents: Vec<_> = self.prog.exc_classes.iter().map(|(_, p)| self.int(*p)).collect();
            let nt = self.ptrt().array_type(n as u32);
            let ng = self.module.add_global(nt, None, "exc.names");
            ng.set_linkage(Linkage::Private);
            ng.set_constant(true);
            ng.set_initializer(&self.ptrt().const_array(&names));
            let pt = self.i64t().array_type(n as u32);
            let pg = self.module.add_global(pt, None, "exc.parents");
            pg.set_linkage(Linkage::Private);
            pg.set_constant(true);
            pg.set_initializer(&self.i64t().const_array(&parents));
            let reg = self.rt_fn(RuntimeFn::ExcRegister);
            self.b.call(reg, &[ng.as_pointer_value().into(), pg.as_pointer_value().into(), self.int(n as i64).into()]);
        }
        let entry = self.typed.module_inits[self.prog.entry];
        self.b.call(self.fns[&entry], &[]);
        // Release what the globals hold, so the leak check sees only real leaks. Otherwise
        // the process ends without freeing them (faster, as C programs do).
        self.fs = Some(self.dummy_state(main));
        let on = self.call_rt_v(RuntimeFn::Leakcheck, &[], Span::default()).into_int_value();
        self.fs = None;
        let (release_bb, finish_bb) = (self.cx.append_basic_block(main, "release"), self.cx.append_basic_block(main, "finish"));
        self.b.cond_br(on, release_bb, finish_bb);
        self.b.at_end(release_bb);
        for i in 0..self.prog.globals.len() {
            let ty = self.typed.globals[i].clone();
            if ty.is_refcounted() {
                let Some(g) = self.globals[i] else { continue };
                let v = self.b.load(self.llty(&ty), g.as_pointer_value());
                self.fs = Some(self.dummy_state(main));
                self.decref(v, &ty);
                self.fs = None;
            }
        }
        self.b.br(finish_bb);
        self.b.at_end(finish_bb);
        let finish = self.rt_fn(RuntimeFn::Finish);
        let code = self.b.call(finish, &[]);
        self.b.ret(code);
    }

    fn dummy_state(&mut self, func: FunctionValue<'c>) -> FnState<'c> {
        let exit = self.b.block();
        FnState {
            inst: 0,
            func,
            locals: Vec::new(),
            bound: Vec::new(),
            cells: Vec::new(),
            ret_slot: None,
            self_target: func,
            tre: None,
            exit,
            loops: Vec::new(),
            temps: Vec::new(),
            file: self.ptrt().const_null(),
            name: self.ptrt().const_null(),
            handlers: Vec::new(),
            finallies: Vec::new(),
            handling: Vec::new(),
            coro: None,
            depth: None,
            depth_saved: None,
            at: Span::default(),
        }
    }

    /// Emits instance `id` into `fv`; its calls to itself go to `self_target`; `count`: how
    /// it counts its frame against the recursion limit.
    fn emit_instance(&mut self, id: InstId, fv: FunctionValue<'c>, self_target: FunctionValue<'c>, count: Count) {
        let inst = &self.typed.instances[id];
        let f = &self.prog.funcs[inst.func];
        let entry = self.cx.append_basic_block(fv, "entry");
        let exit = self.cx.append_basic_block(fv, "exit");
        self.b.at_end(entry);
        let file = self.prog.files[self.prog.modules[f.module].file].abs_path.clone();
        let file = self.str_lit(&file);
        let name = self.str_lit(&f.name);
        let mut locals = Vec::new();
        let mut bound = Vec::new();
        for (l, t) in inst.locals.iter().enumerate() {
            let p = self.b.alloca(self.llty(t), &f.locals[l]);
            self.b.store(p, self.zero(t));
            locals.push(p);
            let flag = f.maybe_unbound.get(l).copied().unwrap_or(true).then(|| {
                let p = self.b.alloca(self.cx.bool_type(), "bound");
                self.b.store(p, self.cx.bool_type().const_zero());
                p
            });
            bound.push(flag);
        }
        let ret_ty = if f.is_module_init { Ty::None } else { inst.ret.clone() };
        let ret_slot = self.b.alloca(self.llty(&ret_ty), "ret");
        self.b.store(ret_slot, self.zero(&ret_ty));
        self.fs = Some(FnState {
            inst: id,
            func: fv,
            cells: vec![None; locals.len()],
            locals,
            bound,
            ret_slot: Some(ret_slot),
            self_target,
            tre: None,
            exit,
            loops: Vec::new(),
            temps: Vec::new(),
            file,
            name,
            handlers: Vec::new(),
            finallies: Vec::new(),
            handling: Vec::new(),
            coro: None,
            depth: None,
            depth_saved: None,
            at: Span::default(),
        });
        if let (true, Ty::Gen(item)) = (f.is_gen, &inst.ret) {
            self.gen_prologue(fv, item);
        }
        self.set_up_cells(fv);
        if f.is_module_init {
            // Top-level code runs once, at its first import.
            let done = self.module_done[f.module].as_pointer_value();
            let was = self.b.load(self.cx.bool_type(), done).into_int_value();
            let run = self.new_block("run");
            self.b.cond_br(was, exit, run);
            self.b.at_end(run);
            self.b.store(done, self.cx.bool_type().const_int(1, false));
        }
        // Parameters: the callee owns its copies.
        for (i, p) in f.params.iter().enumerate() {
            let v = fv.get_nth_param(i as u32).expect("param");
            let t = inst.args[i].clone();
            self.incref(v, &t);
            // The parameter's variable may also hold other types (`n = str(n)`).
            let v = self.coerce(v, &t, &inst.locals[p.local]);
            let slot = self.fs().locals[p.local];
            self.b.store(slot, v);
            if f.is_cell(p.local) {
                let flag = self.fs().bound[p.local].expect("a cell's flag");
                self.b.store(flag, self.cx.bool_type().const_int(1, false));
            }
        }
        self.count_frame(fv, count);
        if self.in_generator() {
            self.gen_start();
        }
        if inst.ret == Ty::Int && self.has_tail_sum(&f.body) {
            self.tail_sum_body(&f.body);
        } else {
            self.block(&f.body);
        }
        if self.b.block().get_terminator().is_none() {
            self.b.br(exit);
        }
        // exit: release locals, return the result slot (zero after an exception).
        self.b.at_end(exit);
        for (l, t) in inst.locals.iter().enumerate() {
            if t.is_refcounted() && !f.is_cell(l) {
                let p = self.fs().locals[l];
                let v = self.b.load(self.llty(t), p);
                self.decref(v, t);
            }
        }
        self.release_cells();
        if let Some(saved) = self.fs().depth_saved {
            let d0 = self.b.load(self.i64t(), saved);
            self.b.store(self.depth.as_pointer_value(), d0);
        }
        if self.in_generator() {
            self.gen_epilogue();
        } else {
            let r = self.b.load(self.llty(&ret_ty), ret_slot);
            self.b.ret(Some(r));
        }
        self.sync_depth(fv);
        self.fs = None;
    }

    fn inst(&self) -> &'p crate::infer::Instance {
        let typed: &'p Typed = self.typed;
        &typed.instances[self.fs.as_ref().expect("in function").inst]
    }
    fn func(&self) -> &'p Function {
        let prog: &'p Program = self.prog;
        &prog.funcs[self.inst().func]
    }
    fn ty(&self, e: ExprId) -> Ty {
        self.inst().exprs[e].clone()
    }
    /// See `infer::none_test`.
    fn none_test(&self, c: ExprId) -> Option<bool> {
        crate::infer::none_test(self.prog, self.func(), c, &|x| self.ty(x))
    }
    fn terminated(&self) -> bool {
        self.b.block().get_terminator().is_some()
    }

    // ---------------------------------------------------------------- statements

    fn block(&mut self, b: &[Stmt]) {
        for s in b {
            if self.terminated() {
                let dead = self.new_block("dead");
                self.b.at_end(dead);
            }
            self.stmt(s);
            // (what follows was not typed: it cannot run)
            if crate::infer::leaves(self.prog, self.func(), s, &|x| self.ty(x)) {
                break;
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => {
                let v = self.expr(*e);
                let t = self.ty(*e);
                self.release(v, &t);
            }
            StmtKind::Assign(t, e) if self.append_in_place(t, *e) || self.dict_update_in_place(t, *e) => {}
            StmtKind::Assign(t, e) => {
                let v = self.expr(*e);
                let ty = self.ty(*e);
                self.assign(t, v, &ty, s.span);
            }
            // if c: a else: b
            StmtKind::If(c, a, b) if self.none_test(*c).is_some() => {
                let cond = self.truthy_expr(*c);
                let _ = cond;
                self.block(if self.none_test(*c) == Some(true) { a } else { b });
            }
            StmtKind::If(c, a, b) => {
                let cond = self.truthy_expr(*c);
                let (tb, eb, end) = (self.new_block("then"), self.new_block("else"), self.new_block("endif"));
                self.b.cond_br(cond, tb, eb);
                self.b.at_end(tb);
                self.block(a);
                if !self.terminated() {
                    self.b.br(end);
                }
                self.b.at_end(eb);
                self.block(b);
                if !self.terminated() {
                    self.b.br(end);
                }
                self.b.at_end(end);
            }
            // while c: body else: orelse
            //   ==>  head: if !c goto orelse; body; goto head
            //        orelse: ...; end:          (break jumps to end, continue to head)
            StmtKind::While { cond, body, orelse } => {
                let (head, bb, eb, end) = (self.new_block("while"), self.new_block("body"), self.new_block("orelse"), self.new_block("endwhile"));
                self.b.br(head);
                self.b.at_end(head);
                let c = self.truthy_expr(*cond);
                self.b.cond_br(c, bb, eb);
                self.b.at_end(bb);
                self.loop_rest(head, end, eb, end, body, orelse);
                self.b.at_end(end);
            }
            StmtKind::For { target, iter, body, orelse } => self.for_loop(target, *iter, body, orelse, s.span),
            StmtKind::Break | StmtKind::Continue => {
                let (cont, brk) = *self.fs().loops.last().expect("loop");
                let depth = self.fs().loops.len();
                self.leave_trys(depth);
                if !self.terminated() {
                    self.b.br(if matches!(s.kind, StmtKind::Break) { brk } else { cont });
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => self.try_stmt(body, handlers, orelse, finalbody),
            // raise (inside except)  ==>  restore the handled exception, traceback and all
            StmtKind::Reraise => {
                if let Some(&(slot, _)) = self.fs().handling.last() {
                    let e = self.b.load(self.ptrt(), slot);
                    self.incref(e, &Ty::Exc);
                    self.call_rt(RuntimeFn::ExcRestore, &[e], s.span);
                    self.propagate();
                }
            }
            // (not inside `try`: each recursion level must be able to catch)
            StmtKind::Return(Some(e)) if self.tail_sum(*e).is_some() && self.fs().handlers.is_empty() && self.fs().finallies.is_empty() => {
                self.tail_sum_loop(*e, s.span)
            }
            StmtKind::Return(e) => self.return_stmt(*e, s.span),
            StmtKind::Yield(e) => self.gen_yield(*e),
            StmtKind::Raise { kind, obj: Some(o), cause, .. } => self.raise_object(*kind, *o, *cause, s.span),
            StmtKind::Raise { kind, msg, cause, .. } => {
                // the argument itself, as an object, for e.args
                let mut arg = None;
                let m = match msg {
                    Some(m) => {
                        let v = self.expr(*m);
                        let t = self.ty(*m);
                        let copy = self.to_owned(V { v: v.v, owned: false }, &t);
                        let obj = self.coerce(copy, &t, &Ty::Obj);
                        arg = Some(obj);
                        // str(KeyError(k)) is repr(k)
                        if self.kind_is(*kind, abi::EXC_KEY_ERROR) {
                            self.to_repr(v, &t)
                        } else {
                            self.to_str(v, &t)
                        }
                    }
                    None => V { v: self.str_lit("").into(), owned: false },
                };
                if let Some(a) = arg {
                    // (held until raised: released by the error paths in between)
                    self.push_temp(V { v: a, owned: true }, &Ty::Obj);
                }
                let cause = match cause {
                    Some(c) => {
                        self.push_temp(m, &Ty::Str);
                        let cause = self.cause_value(*c);
                        self.pop_temp();
                        Some(cause)
                    }
                    None => None,
                };
                if arg.is_some() {
                    self.pop_temp();
                }
                let f = self.rt_fn(RuntimeFn::Raise);
                self.b.call(f, &[self.int(*kind).into(), m.v.into()]);
                if let Some(a) = arg {
                    let a = a.into_struct_value();
                    let (tag, val) = (self.b.extract(a, 0), self.b.extract(a, 1));
                    self.call_rt(RuntimeFn::ExcSetArg, &[tag, val], s.span);
                }
                match cause {
                    None => {
                        self.release(m, &Ty::Str);
                        self.unwind(s.span);
                        let dead = self.new_block("dead");
                        self.b.at_end(dead);
                    }
                    // raise K(msg) from c  ==>  pyx_raise(K, msg); set_cause(c or null); unwind
                    Some(cause) => {
                        self.call_rt(RuntimeFn::ExcSetCause, &[cause], s.span);
                        self.release(m, &Ty::Str);
                        self.unwind(s.span);
                    }
                }
            }
            // assert test, msg  ==>  if not test: raise AssertionError(msg)
            StmtKind::Assert { test, msg } => {
                let c = self.truthy_expr(*test);
                let (fail, ok) = (self.new_block("assert.fail"), self.new_block("assert.ok"));
                self.b.cond_br(c, ok, fail);
                self.b.at_end(fail);
                let m = match msg {
                    Some(m) => {
                        let v = self.expr(*m);
                        let t = self.ty(*m);
                        self.to_str(v, &t)
                    }
                    None => V { v: self.str_lit("").into(), owned: false },
                };
                // CPython points at the test expression.
                let at = self.func().exprs[*test].span;
                self.raise_str(abi::EXC_ASSERTION_ERROR, m, at);
                self.b.at_end(ok);
            }
            StmtKind::Import(m) => {
                let inst = self.typed.module_inits[*m];
                let f = self.fns[&inst];
                self.b.call(f, &[]);
                self.check_exc(s.span);
            }
            StmtKind::Annotated { .. } => {}
            StmtKind::Del(t) => self.del(t, s.span),
        }
    }

    /// The body (continue → `cont`, break → `brk`, falling off → `cont`) and the `else`
    /// block at `orelse_bb` (falling off → `end`) of a loop; the builder is in the body block.
    #[allow(clippy::too_many_arguments)]
    fn loop_rest(&mut self, cont: BasicBlock<'c>, brk: BasicBlock<'c>, orelse_bb: BasicBlock<'c>, end: BasicBlock<'c>, body: &Block, orelse: &Block) {
        self.fs().loops.push((cont, brk));
        self.block(body);
        self.fs().loops.pop();
        if !self.terminated() {
            self.b.br(cont);
        }
        self.b.at_end(orelse_bb);
        self.block(orelse);
        if !self.terminated() {
            self.b.br(end);
        }
    }

    /// On the way out of the `try` statements entered at loop depth `depth` or deeper (a
    /// `return` leaves all, `break`/`continue` those inside the loop): release the
    /// exceptions their `except` blocks handle and run their `finally` bodies, innermost
    /// first, each protected only by the handlers outside its `try`.
    fn leave_trys(&mut self, depth: usize) {
        let handling = self.fs().handling.clone();
        for (slot, d) in handling.iter().rev() {
            if *d >= depth {
                let e = self.b.load(self.ptrt(), *slot);
                self.decref(e, &Ty::Exc);
            }
        }
        let finallies = self.fs().finallies.clone();
        for (k, (body, d, hdepth)) in finallies.iter().enumerate().rev() {
            if *d < depth {
                break;
            }
            let (saved_h, saved_f) = (self.fs().handlers.clone(), self.fs().finallies.clone());
            self.fs().handlers.truncate(*hdepth);
            self.fs().finallies.truncate(k);
            self.block(body);
            self.fs().handlers = saved_h;
            self.fs().finallies = saved_f;
            if self.terminated() {
                return;
            }
        }
    }

    // try: B except K as e: H else: O finally: F
    //   ==>  [handler exc]  B  [/]  O  --> normal: F; goto end
    //        exc:  for each clause: if pending is K: e = take; [handler ctx] H [/];
    //                                     release e; goto normal
    //                               ctx: e becomes the new exception's context; propagate
    //              no clause matched: propagate (to fin if there is a finally)
    //        fin:  s = take; [handler ctx2] F [/]; restore s; propagate
    //              ctx2: s becomes the new exception's context; propagate
    // (B, O and the except blocks run inside [handler fin] when there is a finally)
    fn try_stmt(&mut self, body: &Block, handlers: &[Handler], orelse: &Block, finalbody: &Block) {
        let (normal, end) = (self.new_block("try.normal"), self.new_block("try.end"));
        let depth = self.fs().temps.len();
        let loops = self.fs().loops.len();
        let fin = (!finalbody.is_empty()).then(|| self.new_block("try.finally"));
        if let Some(fb) = fin {
            let hdepth = self.fs().handlers.len();
            self.fs().finallies.push((finalbody.clone(), loops, hdepth));
            self.fs().handlers.push((fb, depth));
        }
        let exc = self.new_block("try.except");
        if !handlers.is_empty() {
            self.fs().handlers.push((exc, depth));
        }
        self.block(body);
        if !handlers.is_empty() {
            self.fs().handlers.pop();
        }
        if !self.terminated() {
            self.block(orelse);
        }
        if !self.terminated() {
            self.b.br(normal);
        }
        self.b.at_end(exc);
        for h in handlers {
            let (hit, next) = (self.new_block("except"), self.new_block("except.next"));
            let mut matched = self.cx.bool_type().const_int(h.kinds.is_empty() as u64, false);
            for k in &h.kinds {
                let m = self.call_rt_v(RuntimeFn::ExcPendingIs, &[self.int(*k).into()], Span::default()).into_int_value();
                matched = self.b.or(matched, m);
            }
            self.b.cond_br(matched, hit, next);
            self.b.at_end(hit);
            let (slot, ctx) = self.hold_exception(depth);
            let e = self.b.load(self.ptrt(), slot);
            self.fs().handling.push((slot, loops));
            if let Some(t) = &h.name {
                match self.target_ty(t) {
                    // except E as e, E with state: e is the instance the exception carries
                    Some(it @ (Ty::Inst(_) | Ty::Opt(_))) => {
                        let o = self.call_rt_v(RuntimeFn::ExcObj, &[e], Span::default());
                        self.assign(t, V { v: o, owned: false }, &it, Span::default());
                    }
                    _ => self.assign(t, V { v: e, owned: false }, &Ty::Exc, Span::default()),
                }
            }
            self.block(&h.body);
            self.fs().handling.pop();
            self.fs().handlers.pop();
            if !self.terminated() {
                let e = self.b.load(self.ptrt(), slot);
                self.decref(e, &Ty::Exc);
                self.b.br(normal);
            }
            self.escape_with_context(ctx, slot);
            self.b.at_end(next);
        }
        // No clause matched (or no clauses): the exception goes on.
        self.propagate();
        if fin.is_some() {
            self.fs().handlers.pop();
            self.fs().finallies.pop();
        }
        self.b.at_end(normal);
        self.block(finalbody);
        if !self.terminated() {
            self.b.br(end);
        }
        if let Some(fb) = fin {
            self.b.at_end(fb);
            let (slot, ctx) = self.hold_exception(depth);
            self.block(finalbody);
            self.fs().handlers.pop();
            if !self.terminated() {
                let s = self.b.load(self.ptrt(), slot);
                self.call_rt(RuntimeFn::ExcRestore, &[s], Span::default());
                self.propagate();
            }
            self.escape_with_context(ctx, slot);
        }
        self.b.at_end(end);
    }

    /// Takes the pending exception into a slot and pushes the handler (returned) for what
    /// escapes the block that runs while it is held (an except clause, a finally body);
    /// the caller pops it after the block and ends with `escape_with_context`.
    fn hold_exception(&mut self, depth: usize) -> (PointerValue<'c>, BasicBlock<'c>) {
        let e = self.call_rt_v(RuntimeFn::ExcTake, &[], Span::default());
        let slot = self.b.entry_alloca(self.ptrt(), "held.exc");
        self.b.store(slot, e);
        let ctx = self.new_block("held.raised");
        self.fs().handlers.push((ctx, depth));
        (slot, ctx)
    }

    // ctx: a new exception escaped while `slot`'s was held  ==>  it becomes the new one's
    //      __context__; propagate
    fn escape_with_context(&mut self, ctx: BasicBlock<'c>, slot: PointerValue<'c>) {
        self.b.at_end(ctx);
        let e = self.b.load(self.ptrt(), slot);
        self.call_rt(RuntimeFn::ExcSetContext, &[e], Span::default());
        self.propagate();
    }

    // return e  ==>  ret = e (converted to the function's return type); release loop
    //               iterables; goto exit
    fn return_stmt(&mut self, e: Option<ExprId>, span: Span) {
        let ret_ty = self.inst().ret.clone();
        let v = match e {
            Some(e) => {
                let v = self.expr(e);
                let t = self.ty(e);
                let v = self.to_owned(v, &t);
                self.coerce(v, &t, &ret_ty)
            }
            // (a generator's `return` only ends it: the ramp's result is the generator)
            None if self.in_generator() => self.zero(&ret_ty),
            None => self.coerce(self.none(), &Ty::None, &ret_ty),
        };
        let v = match self.fs().tre {
            Some((acc, _)) => self.add_accumulator(v.into_int_value(), acc, span).into(),
            None => v,
        };
        let slot = self.fs().ret_slot.expect("ret slot");
        self.b.store(slot, v);
        self.leave_trys(0);
        if self.terminated() {
            return;
        }
        // Loop iterables still held by enclosing `for` loops.
        let temps = self.fs().temps.clone();
        for t in temps.iter().rev() {
            self.release_temp(t);
        }
        let exit = self.fs().exit;
        self.b.br(exit);
    }

    /// Stores an owned-or-borrowed value into a target, converting it to the target's type.
    fn assign(&mut self, t: &Target, v: V<'c>, ty: &Ty, span: Span) {
        match t {
            Target::Local(l) => {
                let lt = self.inst().locals[*l].clone();
                let owned = self.to_owned(v, ty);
                let nv = self.coerce(owned, ty, &lt);
                let p = self.fs().locals[*l];
                let old = self.b.load(self.llty(&lt), p);
                self.b.store(p, nv);
                self.decref(old, &lt);
                if let Some(flag) = self.fs().bound[*l] {
                    self.b.store(flag, self.cx.bool_type().const_int(1, false));
                }
            }
            Target::Global(g) => {
                let gt = self.typed.globals[*g].clone();
                let owned = self.to_owned(v, ty);
                let nv = self.coerce(owned, ty, &gt);
                let p = self.globals[*g].expect("global").as_pointer_value();
                let old = self.b.load(self.llty(&gt), p);
                self.b.store(p, nv);
                self.decref(old, &gt);
                if let Some(flag) = self.global_bound[*g] {
                    self.b.store(flag.as_pointer_value(), self.cx.bool_type().const_int(1, false));
                }
            }
            Target::Starred(inner) => self.assign(inner, v, ty, span),
            // obj.name = v  ==>  old = o.name; o.name = v; decref old
            Target::Attr(obj, name) => {
                self.push_temp(v, ty);
                let (to, o) = (self.ty(*obj), self.expr(*obj));
                self.push_temp(o, &to);
                self.none_attr_check(o.v, &to, name, span);
                self.pop_temp();
                self.pop_temp();
                let frozen = to.nullable_class().is_some_and(|c| self.prog.classes[c].frozen && crate::hir::find_method(&self.prog.classes, c, "__init__").map(|x| x.0) != Some(self.inst().func));
                if to == Ty::None {
                    // None.x = v  ==>  AttributeError
                    self.release(v, ty);
                    self.raise(abi::EXC_ATTRIBUTE_ERROR, &format!("'NoneType' object has no attribute '{name}'"), span);
                } else if let Ty::Func(_) = to {
                    // f.__name__ = s  ==>  old = f.name; f.name = s; decref(old)
                    let v = self.to_owned(v, ty);
                    let slot = self.fn_name_slot(o.v.into_pointer_value());
                    let old = self.b.load(self.ptrt(), slot);
                    self.b.store(slot, v);
                    self.decref(old, &Ty::Str);
                } else if frozen {
                    // a frozen dataclass outside its __init__  ==>  FrozenInstanceError
                    self.release(v, ty);
                    self.push_temp(o, &to);
                    self.raise(abi::EXC_FROZEN_INSTANCE_ERROR, &format!("cannot assign to field '{name}'"), span);
                    self.pop_temp();
                } else if let Some(&inst) = self.inst().setter_calls.get(obj) {
                    // obj.name = v of a property  ==>  setter(obj, v)
                    self.push_temp(v, ty);
                    self.push_temp(o, &to);
                    let r = self.call_inst(inst, &[o.v.into(), v.v.into()]).unwrap_or_else(|| self.none());
                    // (CPython marks the target `obj.name`)
                    let os = self.func().exprs[*obj].span;
                    let text = &self.prog.files[os.file].text;
                    let after = text.get(os.end as usize..).unwrap_or("");
                    let named = after.strip_prefix('.').is_some_and(|r| r.starts_with(name.as_str()));
                    self.check_exc(if named { Span { end: os.end + 1 + name.len() as u32, ..os } } else { os });
                    self.pop_temp();
                    self.pop_temp();
                    let rt = self.typed.instances[inst].ret.clone();
                    self.release(V { v: r, owned: true }, &rt);
                    self.release(v, ty);
                } else if let Ty::Inst(cid) | Ty::Opt(cid) = to {
                    let (p, at) = self.attr_ptr(o.v, cid, name);
                    let nv = self.to_owned(v, ty);
                    let nv = self.coerce(nv, ty, &at);
                    let old = self.load_slot(p, &at);
                    let m = self.to_mem(nv, &at);
                    self.b.store(p, m);
                    self.decref(old, &at);
                } else {
                    self.release(v, ty);
                }
                self.release(o, &to);
            }
            // obj[i] = v on an instance  ==>  obj.__setitem__(i, v)
            Target::Item(obj, idx) if self.inst().dunder_calls.contains_key(idx) => {
                let (inst, _, _) = self.inst().dunder_calls[idx];
                self.push_temp(v, ty);
                let (to, o) = (self.ty(*obj), self.expr(*obj));
                self.push_temp(o, &to);
                let (ti, iv) = (self.ty(*idx), self.expr(*idx));
                self.push_temp(iv, &ti);
                let r = self.call_inst(inst, &[o.v.into(), iv.v.into(), v.v.into()]).unwrap_or_else(|| self.none());
                let at = self.subscript_span(*obj, *idx);
                self.check_exc(at);
                let rt = self.typed.instances[inst].ret.clone();
                self.release(V { v: r, owned: true }, &rt);
                self.pop_temp();
                self.pop_temp();
                self.pop_temp();
                self.release(iv, &ti);
                self.release(o, &to);
                self.release(v, ty);
            }
            Target::Item(obj, idx) => {
                self.push_temp(v, ty);
                let (to, o) = (self.ty(*obj), self.expr(*obj));
                self.push_temp(o, &to);
                // temps: [v, o]; the value moves into the container, the container stays held.
                if let Ty::List(el) = &to {
                    let i = self.index_expr(*idx, abi::INDEX_FOR_LIST, span);
                    self.pop_temp();
                    self.pop_temp();
                    self.push_temp(o, &to);
                    let nv = self.to_owned(v, ty);
                    let nv = self.coerce(nv, ty, el);
                    let at = self.subscript_span(*obj, *idx);
                    self.list_set(o.v, i, nv, el, at);
                } else if let Ty::Dict(kt, vt) = &to {
                    let tk = self.ty(*idx);
                    let k = self.expr(*idx);
                    self.pop_temp();
                    self.pop_temp();
                    self.push_temp(o, &to);
                    let at = self.subscript_span(*obj, *idx);
                    self.dict_store(o.v, k, &tk, v, ty, kt, vt, at);
                } else {
                    self.pop_temp();
                    self.pop_temp();
                    self.push_temp(o, &to);
                    self.release(v, ty);
                }
                self.pop_temp();
                self.release(o, &to);
            }
            Target::Slice(obj, parts) => {
                self.push_temp(v, ty);
                let (to, o) = (self.ty(*obj), self.expr(*obj));
                self.push_temp(o, &to);
                let (vals, mask) = self.slice_parts(parts, span);
                // The source becomes a list of the target's element type first.
                let src = if *ty == to {
                    V { v: v.v, owned: false }
                } else {
                    let Ty::List(el) = &to else { return };
                    let l = self.list_new(el, self.int(0));
                    self.each(v.v, ty, span, &mut |g, item, it| {
                        let item = g.to_owned(V { v: item, owned: false }, it);
                        let item = g.coerce(item, it, el);
                        g.list_push(l, item, el);
                    });
                    V { v: l.into(), owned: true }
                };
                self.call_rt(RuntimeFn::ListSetSlice, &[o.v, vals[0].into(), vals[1].into(), vals[2].into(), mask.into(), src.v], span);
                self.release(src, &to);
                self.pop_temp();
                self.pop_temp();
                self.release(o, &to);
                self.release(v, ty);
            }
            Target::Tuple(items) if items.iter().any(|t| matches!(t, Target::Starred(_))) => self.assign_starred(items, v, ty, span),
            Target::Tuple(items) => match ty {
                Ty::Tuple(tys) => {
                    let owned = self.to_owned(v, ty);
                    for (i, (t, ity)) in items.iter().zip(tys).enumerate() {
                        let m = self.b.extract(owned.into_struct_value(), i as u32);
                        self.assign(t, V { v: m, owned: true }, ity, span);
                    }
                }
                Ty::List(_) | Ty::TupleOf(_) | Ty::Str => {
                    // a, b = xs  ==>  check len(xs) == 2; a = xs[0]; b = xs[1]
                    let is_str = *ty == Ty::Str;
                    let n = if is_str {
                        let p = self.b.gep(self.i64t(), v.v.into_pointer_value(), &[self.int(2)]);
                        self.b.load(self.i64t(), p).into_int_value()
                    } else {
                        self.obj_len(v.v.into_pointer_value())
                    };
                    let el = match ty {
                        Ty::List(el) | Ty::TupleOf(el) => (**el).clone(),
                        _ => Ty::Str,
                    };
                    let want = self.int(items.len() as i64);
                    let few = self.b.icmp(IntPredicate::SLT, n, want);
                    let many = self.b.icmp(IntPredicate::SGT, n, want);
                    let msg = format!("too many values to unpack (expected {})", items.len());
                    self.push_temp(v, ty);
                    self.raise_if(many, abi::EXC_VALUE_ERROR, &msg, span);
                    // CPython names the count it got; we know it only at run time.
                    self.raise_too_few(few, n, &items.len().to_string(), span);
                    for (i, t) in items.iter().enumerate() {
                        let item = if is_str {
                            self.call_rt_v(RuntimeFn::StrGetItem, &[v.v, self.int(i as i64).into()], span)
                        } else {
                            self.list_get(v.v, self.int(i as i64), &el, span)
                        };
                        self.assign(t, V { v: item, owned: true }, &el, span);
                    }
                    self.pop_temp();
                    self.release(v, ty);
                }
                // a, b = it (a generator, an iterable object, a dict, a set...)
                //   ==>  $l = list(it); a, b = $l
                other => match self.iterable_item_ty(other) {
                    Ty::Never => self.release(v, ty),
                    el => {
                        let lt = Ty::List(Box::new(el.clone()));
                        let all = self.list_new(&el, self.int(0));
                        self.push_temp(v, ty);
                        self.push_temp(V { v: all.into(), owned: true }, &lt);
                        self.each(v.v, ty, span, &mut |g, item, it| {
                            let item = g.to_owned(V { v: item, owned: false }, it);
                            let item = g.coerce(item, it, &el);
                            g.list_push(all, item, &el);
                        });
                        self.pop_temp();
                        self.pop_temp();
                        self.release(v, ty);
                        self.assign(t, V { v: all.into(), owned: true }, &lt, span);
                    }
                },
            },
        }
    }

    // ---------------------------------------------------------------- tail sums

    /// `return A + f(args)` where `f(args)` calls the instance being generated and everything
    /// is an int: the call is the last thing evaluated, so it can become a loop.
    fn tail_sum(&self, e: ExprId) -> Option<(ExprId, ExprId)> {
        let f = self.func();
        let ExprKind::Binary(BinOp::Add, a, call) = f.exprs[e].kind else { return None };
        let ExprKind::Call(_, _) = f.exprs[call].kind else { return None };
        let inst = self.inst();
        let same = inst.calls.get(&call) == Some(&self.fs.as_ref()?.inst);
        (same && inst.exprs[a] == Ty::Int && inst.exprs[call] == Ty::Int).then_some((a, call))
    }

    fn has_tail_sum(&self, b: &[Stmt]) -> bool {
        b.iter().any(|s| match &s.kind {
            StmtKind::Return(Some(e)) => self.tail_sum(*e).is_some(),
            StmtKind::If(_, a, b) => self.has_tail_sum(a) || self.has_tail_sum(b),
            StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                self.has_tail_sum(body) || self.has_tail_sum(orelse)
            }
            _ => false,
        })
    }

    // return A + f(args)      (accumulator tail recursion, as gcc and LLVM do for C)
    //   ==>  acc += A; params = args; reset the other locals; goto loop head
    // and every other `return X` returns acc + X, range-checked. The accumulator is an
    // i128, so reordering the additions can never raise an OverflowError the original
    // order would not: the result is the exact sum, or OverflowError if it leaves 64 bits.
    fn tail_sum_loop(&mut self, e: ExprId, span: Span) {
        let Some((a, call)) = self.tail_sum(e) else { return };
        let Some((acc, head)) = self.fs().tre else { return };
        let f = self.func();
        let ExprKind::Call(_, args) = &f.exprs[call].kind else { return };
        let va = self.expr(a).v.into_int_value();
        let wide = self.cx.i128_type();
        let cur = self.b.load(wide, acc).into_int_value();
        let ext = self.b.sext(va, wide);
        let sum = self.b.add(cur, ext);
        self.b.store(acc, sum);
        let mut vals = Vec::new();
        for arg in args {
            let t = self.ty(*arg);
            let v = self.expr(*arg);
            let v = self.to_owned(v, &t);
            self.push_temp(V { v, owned: true }, &t);
            vals.push((v, t));
        }
        for _ in &vals {
            self.pop_temp();
        }
        let inst = self.inst();
        for (l, t) in inst.locals.iter().enumerate() {
            let p = self.fs().locals[l];
            let old = self.b.load(self.llty(t), p);
            let new = match f.params.iter().position(|p| p.local == l) {
                Some(i) => vals[i].0,
                None => self.zero(t),
            };
            self.b.store(p, new);
            self.decref(old, t);
            if let Some(flag) = self.fs().bound[l] {
                self.b.store(flag, self.cx.bool_type().const_zero());
            }
        }
        // Leaving enclosing `for` loops: release their iterables, as `return` does.
        let temps = self.fs().temps.clone();
        for t in temps.iter().rev() {
            self.release_temp(t);
        }
        let _ = span;
        // (each iteration is a frame of the recursion it replaces, one deeper; when A is
        // itself a call of f, that call already checked a frame that deep)
        if let Some(d) = self.next_frame() {
            let checked = matches!(self.func().exprs[a].kind, ExprKind::Call(..)) && self.inst().calls.get(&a) == Some(&self.fs().inst);
            if !checked {
                self.check_depth(d);
            }
        }
        self.b.br(head);
    }

    // body of a function with a tail sum, whose leading statements P have none:
    //   acc = 0; P (plain returns: acc is 0); goto rest
    //   tail.loop: P (returns add acc)
    //   rest: the other statements (returns add acc)
    // The first pass through P is the frame's own (the base cases of a recursion, usually):
    // its returns are plain, which lets LLVM return from a leaf call without the loop's
    // accumulator.
    fn tail_sum_body(&mut self, body: &Block) {
        let acc = self.b.entry_alloca(self.cx.i128_type(), "acc");
        self.b.store(acc, self.cx.i128_type().const_zero());
        let head = self.new_block("tail.loop");
        let rest = self.new_block("tail.rest");
        let n = body.iter().take_while(|s| !self.has_tail_sum(std::slice::from_ref(*s))).count();
        let (prefix, tail) = body.split_at(n);
        self.block(prefix);
        if !self.terminated() {
            self.b.br(rest);
        }
        self.b.at_end(head);
        self.fs().tre = Some((acc, head));
        self.block(prefix);
        if !self.terminated() {
            self.b.br(rest);
        }
        self.b.at_end(rest);
        self.block(tail);
    }

    /// acc + x as an int, OverflowError when the exact sum leaves 64 bits.
    fn add_accumulator(&mut self, x: IntValue<'c>, acc: PointerValue<'c>, span: Span) -> IntValue<'c> {
        let wide = self.cx.i128_type();
        let cur = self.b.load(wide, acc).into_int_value();
        let ext = self.b.sext(x, wide);
        let sum = self.b.add(cur, ext);
        let narrow = self.b.trunc(sum, self.i64t());
        let back = self.b.sext(narrow, wide);
        let lost = self.b.icmp(IntPredicate::NE, back, sum);
        self.raise_if(lost, abi::EXC_OVERFLOW_ERROR, abi::MSG_INT_OVERFLOW, span);
        narrow
    }

    // x = x + t  (also x += t) for a str variable x:
    //   ==>  v = t; old = x; x = null; x = pyx_str_append(old, v)
    // Taking the variable's reference lets the runtime grow the string in place when the
    // variable holds the only reference. `t` is evaluated first: it may read x.
    fn append_in_place(&mut self, t: &Target, e: ExprId) -> bool {
        let f = self.func();
        let ExprKind::Binary(BinOp::Add, lhs, rhs) = f.exprs[e].kind else { return false };
        let slot = match (t, &f.exprs[lhs].kind) {
            (Target::Local(a), ExprKind::Local(b)) if a == b && !f.maybe_unbound.get(*a).copied().unwrap_or(true) => {
                (self.inst().locals[*a] == Ty::Str).then(|| self.fs.as_ref().map(|fs| fs.locals[*a])).flatten()
            }
            (Target::Global(a), ExprKind::Global(b)) if a == b && self.global_bound[*a].is_none() => {
                (self.typed.globals[*a] == Ty::Str).then(|| self.globals[*a].map(|g| g.as_pointer_value())).flatten()
            }
            _ => None,
        };
        let Some(slot) = slot else { return false };
        if self.ty(rhs) != Ty::Str {
            return false;
        }
        let v = self.expr(rhs);
        let old = self.b.load(self.ptrt(), slot);
        self.b.store(slot, self.ptrt().const_null());
        let new = self.call_rt_v(RuntimeFn::StrAppend, &[old, v.v], Span::default());
        self.b.store(slot, new);
        self.release(v, &Ty::Str);
        true
    }

    fn concat(&mut self, a: BasicValueEnum<'c>, b: BasicValueEnum<'c>) -> BasicValueEnum<'c> {
        self.call_rt_v(RuntimeFn::StrConcat, &[a, b], Span::default())
    }

    /// pre + s + post as a new str (`s` borrowed).
    fn surround(&mut self, pre: &str, s: BasicValueEnum<'c>, post: &str) -> BasicValueEnum<'c> {
        let p = self.str_lit(pre);
        let m = self.concat(p.into(), s);
        let q = self.str_lit(post);
        let r = self.concat(m, q.into());
        self.decref(m, &Ty::Str);
        r
    }

    /// The `len` of a str (in bytes), list, dict or set: the `i64` after the reference count.
    fn obj_len(&mut self, p: PointerValue<'c>) -> IntValue<'c> {
        let lp = self.b.gep(self.i64t(), p, &[self.int(1)]);
        self.b.load(self.i64t(), lp).into_int_value()
    }

    // for x in it: body else: orelse
    //   ==>  state = iter_begin(it)
    //        head: x = iter_next(state) or goto orelse; body; goto head
    //        orelse: ...; end:          (break jumps to end, continue to head)
    // (range, list, str, dict, set, view, zip, reversed: see `Iter`; a tuple is unrolled
    //  into a switch on the index, its items converted to their common type)
    fn for_loop(&mut self, target: &Target, iter: ExprId, body: &Block, orelse: &Block, span: Span) {
        let f = self.func();
        let (head, bb, eb, brk, end) = (self.new_block("for"), self.new_block("for.body"), self.new_block("for.else"), self.new_block("for.break"), self.new_block("for.end"));
        // Values the loop holds until it ends (on the temp stack for the error paths).
        let mut held = Vec::new();
        if !matches!(self.ty(iter), Ty::Tuple(_)) || matches!(f.exprs[iter].kind, ExprKind::Zip(_)) {
            let it = self.iter_begin_expr(iter, &mut held);
            let el = self.iter_item_ty(&it);
            self.b.br(head);
            self.b.at_end(head);
            let item = self.iter_next(&it, eb, span);
            self.assign(target, item, &el, span);
            self.b.br(bb);
        } else {
            let v = self.expr(iter);
            let ity = self.ty(iter);
            self.push_temp(v, &ity);
            held.push((v, ity.clone()));
            let counter = self.b.entry_alloca(self.i64t(), "i");
            self.b.store(counter, self.int(0));
            self.b.br(head);
            self.b.at_end(head);
            let i = self.b.load(self.i64t(), counter).into_int_value();
            match &ity {
                Ty::Tuple(items) => {
                    let mut el = Ty::Never;
                    for t in items {
                        el = el.join(t).unwrap_or(Ty::Dyn);
                    }
                    let n = items.len() as i64;
                    let more = self.b.icmp(IntPredicate::SLT, i, self.int(n));
                    let next_bb = self.new_block("for.next");
                    self.b.cond_br(more, next_bb, eb);
                    self.b.at_end(next_bb);
                    let nb = self.b.add(i, self.int(1));
                    self.b.store(counter, nb);
                    // switch on i: each arm yields item i converted to the element type.
                    let join = self.new_block("for.item");
                    let lt = self.llty(&el);
                    let mut incoming = Vec::new();
                    for (k, t) in items.iter().enumerate() {
                        let (arm, skip) = (self.new_block("item"), self.new_block("item.next"));
                        let is = self.b.icmp(IntPredicate::EQ, i, self.int(k as i64));
                        self.b.cond_br(is, arm, skip);
                        self.b.at_end(arm);
                        let m = self.b.extract(v.v.into_struct_value(), k as u32);
                        self.incref(m, t);
                        let m = self.coerce(m, t, &el);
                        incoming.push((m, self.b.block()));
                        self.b.br(join);
                        self.b.at_end(skip);
                    }
                    self.b.unreachable();
                    self.b.at_end(join);
                    let phi = self.b.phi(lt);
                    for (val, blk) in &incoming {
                        phi.add_incoming(&[(val, *blk)]);
                    }
                    self.assign(target, V { v: phi.as_basic_value(), owned: true }, &el, span);
                }
                _ => self.b.br(eb),
            }
            self.b.br(bb);
        }
        self.b.at_end(bb);
        self.loop_rest(head, brk, eb, end, body, orelse);
        self.b.at_end(brk);
        self.b.br(end);
        self.b.at_end(end);
        for (v, t) in held.iter().rev() {
            self.pop_temp();
            self.release(*v, t);
        }
    }

    /// The span of `obj[idx]` (up to its `]`): where CPython's markers point for an item
    /// store or deletion.
    fn subscript_span(&self, obj: ExprId, idx: ExprId) -> Span {
        let f = self.func();
        let (o, i) = (f.exprs[obj].span, f.exprs[idx].span);
        let text = &self.prog.files[o.file].text;
        let close = text.get(i.end as usize..).and_then(|rest| rest.find(']')).map(|k| i.end as usize + k + 1);
        Span { file: o.file, start: o.start, end: close.map(|c| c as u32).unwrap_or(i.end) }
    }

    /// Slice bounds and the mask of which are given (SLICE_HAS_*), known at run time.
    fn slice_parts(&mut self, parts: &[Option<ExprId>; 3], span: Span) -> (Vec<IntValue<'c>>, IntValue<'c>) {
        let mut mask = self.int(0);
        let mut vals = Vec::new();
        for (k, p) in parts.iter().enumerate() {
            match p {
                Some(p) => {
                    let (value, given) = self.slice_bound(*p, span);
                    let bit = self.b.zext(given, self.i64t());
                    let bit = self.b.shl(bit, self.int(k as i64));
                    mask = self.b.or(mask, bit);
                    vals.push(value);
                }
                None => vals.push(self.int(0)),
            }
        }
        (vals, mask)
    }

    // del xs[i]  /  del xs[a:b:c]
    fn del(&mut self, t: &Target, span: Span) {
        match t {
            Target::Item(obj, idx) => {
                let (to, o) = (self.ty(*obj), self.expr(*obj));
                self.push_temp(o, &to);
                let at = self.subscript_span(*obj, *idx);
                if let Ty::Dict(kt, _) = &to {
                    self.dict_del(o.v, *idx, kt, at);
                } else {
                    let i = self.index_expr(*idx, abi::INDEX_FOR_LIST, span);
                    self.call_rt(RuntimeFn::ListDelItem, &[o.v, i.into()], at);
                }
                self.pop_temp();
                self.release(o, &to);
            }
            Target::Slice(obj, parts) => {
                let (to, o) = (self.ty(*obj), self.expr(*obj));
                self.push_temp(o, &to);
                let (vals, mask) = self.slice_parts(parts, span);
                self.call_rt(RuntimeFn::ListDelSlice, &[o.v, vals[0].into(), vals[1].into(), vals[2].into(), mask.into()], span);
                self.pop_temp();
                self.release(o, &to);
            }
            _ => {}
        }
    }

    // a, *rest, z = xs  ==>  items = list(xs); check len >= 2; a = items[0]; z = items[-1];
    //                        rest = items[1:-1]
    fn assign_starred(&mut self, items: &[Target], v: V<'c>, ty: &Ty, span: Span) {
        let star = items.iter().position(|t| matches!(t, Target::Starred(_))).unwrap_or(0);
        let after = items.len() - star - 1;
        let star_ty = match self.target_ty(&items[star]) {
            Some(t) => t,
            None => return self.release(v, ty),
        };
        let Ty::List(el) = &star_ty else { return self.release(v, ty) };
        let el = (**el).clone();
        if let Ty::Tuple(tys) = ty {
            let owned = self.to_owned(v, ty);
            let n = tys.len();
            let l = self.list_new(&el, self.int((n - star - after) as i64));
            for (k, it) in tys.iter().enumerate() {
                let m = self.b.extract(owned.into_struct_value(), k as u32);
                if k < star {
                    self.assign(&items[k], V { v: m, owned: true }, it, span);
                } else if k >= n - after {
                    self.assign(&items[items.len() - (n - k)], V { v: m, owned: true }, it, span);
                } else {
                    let m = self.coerce(m, it, &el);
                    self.list_push(l, m, &el);
                }
            }
            self.assign(&items[star], V { v: l.into(), owned: true }, &star_ty, span);
            return;
        }
        // Any other iterable: collect it into a list first.
        let all = self.list_new(&el, self.int(0));
        self.each(v.v, ty, span, &mut |g, item, it| {
            let item = g.to_owned(V { v: item, owned: false }, it);
            let item = g.coerce(item, it, &el);
            g.list_push(all, item, &el);
        });
        self.release(v, ty);
        let lt = star_ty.clone();
        self.push_temp(V { v: all.into(), owned: true }, &lt);
        let n = self.obj_len(all);
        let fixed = (items.len() - 1) as i64;
        let few = self.b.icmp(IntPredicate::SLT, n, self.int(fixed));
        self.raise_too_few(few, n, &format!("at least {fixed}"), span);
        for k in 0..star {
            let item = self.list_get(all.into(), self.int(k as i64), &el, span);
            self.assign(&items[k], V { v: item, owned: true }, &el, span);
        }
        for k in 0..after {
            let item = self.list_get(all.into(), self.int(-((after - k) as i64)), &el, span);
            self.assign(&items[star + 1 + k], V { v: item, owned: true }, &el, span);
        }
        let stop = self.b.sub(n, self.int(after as i64));
        let mask = self.int(abi::SLICE_HAS_START | abi::SLICE_HAS_STOP);
        let rest = self.call_rt_v(RuntimeFn::ListSlice, &[all.into(), self.int(star as i64).into(), stop.into(), self.int(0).into(), mask.into()], span);
        self.assign(&items[star], V { v: rest, owned: true }, &lt, span);
        self.pop_temp();
        self.decref(all.into(), &lt);
    }

    /// `if few: raise ValueError("not enough values to unpack (expected E, got n)")`
    /// (CPython names the count it got, known only at run time).
    fn raise_too_few(&mut self, few: IntValue<'c>, n: IntValue<'c>, expected: &str, span: Span) {
        let (err, ok) = (self.new_block("unpack.err"), self.new_block("unpack.ok"));
        self.b.cond_br(few, err, ok);
        self.b.at_end(err);
        let got = self.to_str(V { v: n.into(), owned: false }, &Ty::Int);
        let full = self.surround(&format!("not enough values to unpack (expected {expected}, got "), got.v, ")");
        self.release(got, &Ty::Str);
        self.raise_str(abi::EXC_VALUE_ERROR, V { v: full, owned: true }, span);
        self.b.at_end(ok);
    }

    /// The type a plain target variable holds.
    fn target_ty(&self, t: &Target) -> Option<Ty> {
        match t {
            Target::Local(l) => Some(self.inst().locals[*l].clone()),
            Target::Global(g) => Some(self.typed.globals[*g].clone()),
            Target::Starred(inner) => self.target_ty(inner),
            _ => None,
        }
    }

    /// Item `i` of a tuple whose items share a type; IndexError out of range.
    fn tuple_item(&mut self, t: BasicValueEnum<'c>, items: &[Ty], i: IntValue<'c>, span: Span) -> BasicValueEnum<'c> {
        let n = self.int(items.len() as i64);
        let neg = self.b.icmp(IntPredicate::SLT, i, self.int(0));
        let wrapped = self.b.add(i, n);
        let j = self.b.select(neg, wrapped.into(), i.into()).into_int_value();
        let bad = self.b.icmp(IntPredicate::UGE, j, n);
        self.raise_if(bad, abi::EXC_INDEX_ERROR, "tuple index out of range", span);
        let mut el = Ty::Never;
        for it in items {
            el = el.join(it).unwrap_or(Ty::Dyn);
        }
        if items.iter().any(|it| *it != el) {
            // (scalars of several types: the member, as a dynamic value)
            //   t[j]  ==>  switch (j) { case k: Dyn(t.k) }
            return self.switch_value(items.len(), &el, &mut |g, k| g.b.icmp(IntPredicate::EQ, j, g.int(k as i64)), &mut |g, k| {
                let m = g.b.extract(t.into_struct_value(), k as u32);
                g.incref(m, &items[k]);
                g.coerce(m, &items[k], &el)
            });
        }
        let st = self.memty(&Ty::Tuple(items.to_vec()));
        let p = self.b.entry_alloca(st, "tuple");
        let m = self.to_mem(t, &Ty::Tuple(items.to_vec()));
        self.b.store(p, m);
        // Same-typed members: index the struct as an array of the element's slot type.
        let arr = self.memty(&el).array_type(items.len() as u32);
        let at = self.b.gep(arr, p, &[self.int(0), j]);
        let v = self.load_slot(at, &el);
        self.incref(v, &el);
        v
    }

    // ---------------------------------------------------------------- conversions

    /// Converts an owned value of type `from` to type `to` (a join of `from`).
    fn coerce(&mut self, v: BasicValueEnum<'c>, from: &Ty, to: &Ty) -> BasicValueEnum<'c> {
        if from == to {
            return v;
        }
        match (from, to) {
            (Ty::Never, t) => self.zero(t),
            (f, Ty::Dyn | Ty::Obj) => self.box_dyn(v, f),
            // None as an instance-or-None: null; an instance: the same pointer
            (Ty::None, Ty::Opt(_) | Ty::OptExc) => self.ptrt().const_null().into(),
            // a parameter `p=None` the body replaces (`Function::none_defaults`)
            (Ty::None, Ty::List(_) | Ty::Dict(..) | Ty::Set(..)) => self.ptrt().const_null().into(),
            // (a, b) as a tuple[T, ...]: a list of the members (their references move)
            (Ty::Tuple(fs), Ty::TupleOf(el)) => {
                let l = self.list_new(el, self.int(fs.len() as i64));
                for (i, f) in fs.iter().enumerate() {
                    let m = self.b.extract(v.into_struct_value(), i as u32);
                    let m = self.coerce(m, f, el);
                    self.list_push(l, m, el);
                }
                l.into()
            }
            // tuple[A, ...] as tuple[B, ...]: a new list of the converted items
            (Ty::TupleOf(_), Ty::TupleOf(el)) => {
                let l = self.list_new(el, self.int(0));
                self.each(v, from, Span::default(), &mut |g, item, it| {
                    let item = g.to_owned(V { v: item, owned: false }, it);
                    let item = g.coerce(item, it, el);
                    g.list_push(l, item, el);
                });
                self.decref(v, from);
                l.into()
            }
            (Ty::Tuple(fs), Ty::Tuple(ts)) => {
                let lt = self.llty(to);
                let mut s = self.b.undef_struct(lt);
                for (i, (f, t)) in fs.iter().zip(ts).enumerate() {
                    let m = self.b.extract(v.into_struct_value(), i as u32);
                    let m = self.coerce(m, f, t);
                    s = self.b.insert(s, m, i as u32);
                }
                s.into()
            }
            _ => v,
        }
    }

    /// Wraps a value in a `Dyn { tag, val }`, transferring ownership: scalars and strs
    /// directly, any other type in a runtime box (`TAG_OBJ`).
    fn box_dyn(&mut self, v: BasicValueEnum<'c>, t: &Ty) -> BasicValueEnum<'c> {
        let (tag, val): (i64, IntValue<'c>) = match t {
            Ty::Dyn | Ty::Obj => return v,
            // (an exception or None: None for null)
            Ty::OptExc => {
                let none = self.b.undef_struct(self.dynt().into());
                let none = self.b.insert(none, self.int(abi::TAG_NONE).into(), 0);
                let none = self.b.insert(none, self.int(0).into(), 1);
                return self.unless_null(v.into_pointer_value(), none.into(), |g, _| g.box_dyn(v, &Ty::Exc));
            }
            Ty::List(_) | Ty::TupleOf(_) | Ty::Tuple(_) | Ty::Dict(..) | Ty::Set(..) | Ty::View(..) | Ty::Range | Ty::Func(_) | Ty::Gen(_) | Ty::Inst(_) | Ty::Exc => {
                let d = self.desc(t);
                let slot = self.slot(v, t);
                let b = self.call_rt_v(RuntimeFn::BoxNew, &[d.into(), slot.into()], Span::default());
                (abi::TAG_OBJ, self.b.ptr_to_int(b.into_pointer_value(), self.i64t()))
            }
            Ty::Int => (abi::TAG_INT, v.into_int_value()),
            Ty::Bool => (abi::TAG_BOOL, self.b.zext(v.into_int_value(), self.i64t())),
            Ty::Float => (abi::TAG_FLOAT, self.b.bitcast(v, self.i64t()).into_int_value()),
            Ty::Str => (abi::TAG_STR, self.b.ptr_to_int(v.into_pointer_value(), self.i64t())),
            _ => (abi::TAG_NONE, self.int(0)),
        };
        let s = self.b.undef_struct(self.dynt().into());
        let s = self.b.insert(s, self.int(tag).into(), 0);
        self.b.insert(s, val.into(), 1).into()
    }

    /// An int index from an int, bool or Dyn expression (TypeError for others at run time).
    /// An int index from an int, bool or dynamic expression; a dynamic value of another type
    /// raises the TypeError of the context `what` (INDEX_FOR_*) at `span`.
    fn index_expr(&mut self, e: ExprId, what: i64, span: Span) -> IntValue<'c> {
        let v = self.expr(e);
        let t = self.ty(e);
        if t == Ty::Dyn {
            let r = self.call_rt_v(RuntimeFn::DynIndexFor, &[v.v, self.int(what).into()], span).into_int_value();
            self.release(v, &t);
            return r;
        }
        self.as_index(v, &t, span)
    }

    /// A slice bound: (value, whether given). None, also a dynamic value holding None at run
    /// time, means "omitted", as in CPython.
    fn slice_bound(&mut self, e: ExprId, span: Span) -> (IntValue<'c>, IntValue<'c>) {
        let t = self.ty(e);
        let yes = self.cx.bool_type().const_int(1, false);
        match t {
            Ty::None => {
                let v = self.expr(e);
                self.release(v, &t);
                (self.int(0), self.cx.bool_type().const_zero())
            }
            Ty::Dyn => {
                let v = self.expr(e);
                let tag = self.b.extract(v.v.into_struct_value(), 0).into_int_value();
                let is_none = self.b.icmp(IntPredicate::EQ, tag, self.int(abi::TAG_NONE));
                let (conv, join) = (self.new_block("bound.int"), self.new_block("bound.done"));
                let before = self.b.block();
                self.b.cond_br(is_none, join, conv);
                self.b.at_end(conv);
                let r = self.call_rt_v(RuntimeFn::DynIndexFor, &[v.v, self.int(abi::INDEX_FOR_SLICE).into()], span).into_int_value();
                let after = self.b.block();
                self.b.br(join);
                self.b.at_end(join);
                let phi = self.b.phi(self.i64t());
                phi.add_incoming(&[(&self.int(0), before), (&r, after)]);
                self.release(v, &t);
                (phi.as_basic_value().into_int_value(), self.b.not(is_none))
            }
            _ => (self.index_expr(e, abi::INDEX_FOR_SLICE, span), yes),
        }
    }

    fn as_index(&mut self, v: V<'c>, t: &Ty, span: Span) -> IntValue<'c> {
        match t {
            Ty::Int => v.v.into_int_value(),
            Ty::Bool => self.b.zext(v.v.into_int_value(), self.i64t()),
            Ty::Dyn => {
                let r = self.call_rt_v(RuntimeFn::DynToIndex, &[v.v], span).into_int_value();
                self.release(v, t);
                r
            }
            _ => self.int(0),
        }
    }

    fn as_float(&mut self, v: V<'c>, t: &Ty, span: Span) -> inkwell::values::FloatValue<'c> {
        match t {
            Ty::Float => v.v.into_float_value(),
            Ty::Int => self.b.sitofp(v.v.into_int_value(), self.cx.f64_type()),
            Ty::Bool => {
                let i = self.b.zext(v.v.into_int_value(), self.i64t());
                self.b.sitofp(i, self.cx.f64_type())
            }
            Ty::Dyn => {
                let r = self.call_rt_v(RuntimeFn::DynToReal, &[v.v], span).into_float_value();
                self.release(v, t);
                r
            }
            _ => self.cx.f64_type().const_zero(),
        }
    }

    /// str(v) as an owned or borrowed Str; consumes `v`.
    fn to_str(&mut self, v: V<'c>, t: &Ty) -> V<'c> {
        let s = match t {
            Ty::Str => return v,
            Ty::Int => self.call_rt_v(RuntimeFn::StrFromInt, &[v.v], Span::default()),
            Ty::Float => self.call_rt_v(RuntimeFn::StrFromFloat, &[v.v], Span::default()),
            Ty::Bool => {
                let (t, f) = (self.str_lit("True"), self.str_lit("False"));
                return V { v: self.b.select(v.v.into_int_value(), t.into(), f.into()), owned: false };
            }
            Ty::None | Ty::Never => return V { v: self.str_lit("None").into(), owned: false },
            Ty::Dyn | Ty::Obj => {
                let r = self.call_rt_v(RuntimeFn::DynToStr, &[v.v], Span::default());
                self.release(v, t);
                r
            }
            Ty::Exc | Ty::OptExc => {
                let r = self.call_rt_v(RuntimeFn::ExcStr, &[v.v], Span::default());
                self.release(v, t);
                r
            }
            _ => return self.written(v, t, false),
        };
        V { v: s, owned: true }
    }

    // str(v) / repr(v) by `write`:  buf = new buffer; write(buf, v); finish(buf)
    // (both held as temps: a __repr__ or __str__ of the program may raise)
    fn written(&mut self, v: V<'c>, t: &Ty, repr: bool) -> V<'c> {
        let buf = self.call_rt_v(RuntimeFn::BufNew, &[], Span::default());
        self.fs().temps.push(Temp::Buf(buf.into_pointer_value()));
        self.push_temp(v, t);
        self.write(buf, v.v, t, repr);
        self.pop_temp();
        self.pop_temp();
        self.release(v, t);
        V { v: self.call_rt_v(RuntimeFn::BufFinish, &[buf], Span::default()), owned: true }
    }

    fn to_repr(&mut self, v: V<'c>, t: &Ty) -> V<'c> {
        match t {
            Ty::Str => {
                let r = self.call_rt_v(RuntimeFn::StrRepr, &[v.v], Span::default());
                self.release(v, t);
                V { v: r, owned: true }
            }
            Ty::Dyn | Ty::Obj => {
                let r = self.call_rt_v(RuntimeFn::DynRepr, &[v.v], Span::default());
                self.release(v, t);
                V { v: r, owned: true }
            }
            Ty::Exc | Ty::OptExc => {
                let r = self.call_rt_v(RuntimeFn::ExcRepr, &[v.v], Span::default());
                self.release(v, t);
                V { v: r, owned: true }
            }
            // an instance's __repr__ (its __str__ is for str())
            Ty::Inst(_) | Ty::Opt(_) => self.written(v, t, true),
            _ => self.to_str(v, t),
        }
    }

    /// Appends str(v) (or repr(v)) to a text buffer; `v` is borrowed.
    fn write(&mut self, buf: BasicValueEnum<'c>, v: BasicValueEnum<'c>, t: &Ty, repr: bool) {
        let sp = Span::default();
        match t {
            Ty::Inst(_) => self.write_inst(buf, v, repr),
            // None, or the instance
            Ty::Opt(_) => {
                let (some, none, done) = (self.new_block("opt.some"), self.new_block("opt.none"), self.new_block("opt.done"));
                let isnull = self.b.is_null(v.into_pointer_value());
                self.b.cond_br(isnull, none, some);
                self.b.at_end(some);
                self.write_inst(buf, v, repr);
                self.b.br(done);
                self.b.at_end(none);
                self.write_lit(buf, "None");
                self.b.br(done);
                self.b.at_end(done);
            }
            // <function qualname at 0x...>, by the object's own info
            Ty::Func(_) | Ty::Gen(_) => self.write_inst(buf, v, repr),
            Ty::Int => {
                self.call_rt(RuntimeFn::BufInt, &[buf, v], sp);
            }
            Ty::Float => {
                self.call_rt(RuntimeFn::BufFloat, &[buf, v], sp);
            }
            Ty::Bool => {
                self.call_rt(RuntimeFn::BufBool, &[buf, v], sp);
            }
            Ty::None | Ty::Never => {
                self.call_rt(RuntimeFn::BufNone, &[buf], sp);
            }
            Ty::Str => {
                let f = if repr { RuntimeFn::BufStrRepr } else { RuntimeFn::BufStr };
                self.call_rt(f, &[buf, v], sp);
            }
            Ty::Dyn | Ty::Obj => {
                let f = if repr { RuntimeFn::BufDynRepr } else { RuntimeFn::BufDyn };
                self.call_rt(f, &[buf, v], sp);
            }
            Ty::Tuple(items) => {
                self.write_lit(buf, "(");
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        self.write_lit(buf, ", ");
                    }
                    let m = self.b.extract(v.into_struct_value(), i as u32);
                    self.write(buf, m, it, true);
                }
                self.write_lit(buf, if items.len() == 1 { ",)" } else { ")" });
            }
            Ty::View(which, _) => self.write_view(buf, v, *which),
            Ty::Exc | Ty::OptExc => {
                let s = if repr { self.to_repr(V { v, owned: false }, t) } else { self.to_str(V { v, owned: false }, t) };
                self.call_rt(RuntimeFn::BufStr, &[buf, s.v], sp);
                self.release(s, &Ty::Str);
            }
            Ty::List(_) | Ty::TupleOf(_) | Ty::Dict(..) | Ty::Set(..) => self.write_container(buf, v, t),
            Ty::Var(_) => {}
            // range(start, stop) / range(start, stop, step)
            Ty::Range => {
                let (start, stop, step) = self.range_parts(v);
                self.write_lit(buf, "range(");
                self.write(buf, start.into(), &Ty::Int, false);
                self.write_lit(buf, ", ");
                self.write(buf, stop.into(), &Ty::Int, false);
                let one = self.b.icmp(IntPredicate::EQ, step, self.int(1));
                let (with_step, done) = (self.new_block("range.step"), self.new_block("range.close"));
                self.b.cond_br(one, done, with_step);
                self.b.at_end(with_step);
                self.write_lit(buf, ", ");
                self.write(buf, step.into(), &Ty::Int, false);
                self.b.br(done);
                self.b.at_end(done);
                self.write_lit(buf, ")");
            }
        }
    }

    fn write_lit(&mut self, buf: BasicValueEnum<'c>, s: &str) {
        let l = self.str_lit(s);
        self.call_rt(RuntimeFn::BufStr, &[buf, l.into()], Span::default());
    }

    // ---------------------------------------------------------------- truthiness

    fn truthy_expr(&mut self, e: ExprId) -> IntValue<'c> {
        let v = self.expr(e);
        let t = self.ty(e);
        // (held while a __bool__ runs: it may raise)
        self.push_temp(v, &t);
        let r = self.truthy(v.v, &t);
        self.pop_temp();
        self.release(v, &t);
        r
    }

    fn truthy(&mut self, v: BasicValueEnum<'c>, t: &Ty) -> IntValue<'c> {
        match t {
            Ty::Bool => v.into_int_value(),
            // bool(obj): __bool__, else __len__() != 0, else True
            Ty::Inst(cid) => match self.typed.dunders.get(&(*cid, "__bool__")).or(self.typed.dunders.get(&(*cid, "__len__"))).copied() {
                Some(inst) => {
                    let r = self.call_inst(inst, &[v.into()]).unwrap_or_else(|| self.none());
                    self.check_exc(Span::default());
                    let rt = self.typed.instances[inst].ret.clone();
                    let t = self.truthy(r, &rt);
                    self.decref(r, &rt);
                    t
                }
                None => self.cx.bool_type().const_int(1, false),
            },
            Ty::Func(_) | Ty::Gen(_) => self.cx.bool_type().const_int(1, false),
            Ty::Opt(_) => self.b.is_not_null(v.into_pointer_value()),
            Ty::Int => self.b.icmp(IntPredicate::NE, v.into_int_value(), self.int(0)),
            Ty::Float => self.b.fcmp(FloatPredicate::UNE, v.into_float_value(), self.cx.f64_type().const_zero()),
            Ty::None | Ty::Never => self.cx.bool_type().const_zero(),
            Ty::Str | Ty::List(_) | Ty::TupleOf(_) | Ty::Dict(..) | Ty::Set(..) | Ty::View(..) => {
                let n = self.obj_len(v.into_pointer_value());
                self.b.icmp(IntPredicate::NE, n, self.int(0))
            }
            Ty::Dyn | Ty::Obj => self.call_rt_v(RuntimeFn::DynTruthy, &[v], Span::default()).into_int_value(),
            Ty::Tuple(items) => self.cx.bool_type().const_int(!items.is_empty() as u64, false),
            Ty::Exc => self.cx.bool_type().const_int(1, false),
            Ty::OptExc => self.b.is_not_null(v.into_pointer_value()),
            Ty::Var(_) => self.cx.bool_type().const_zero(),
            Ty::Range => {
                let (a, b, c) = self.range_parts(v);
                let n = self.range_len(a, b, c);
                self.b.icmp(IntPredicate::NE, n, self.int(0))
            }
        }
    }

    // ---------------------------------------------------------------- expressions

    // f(args) : Never  (a direct call of a function that never returns)
    //   ==>  call f(args); check for its exception; unreachable
    // e : Never  (an operand of e never produces a value: code after a call that never returns)
    //   ==>  evaluate its parts for their effects; unreachable
    fn never_expr(&mut self, e: ExprId, inst: Option<InstId>) -> V<'c> {
        let f = self.func();
        if let (ExprKind::Call(fid, args), Some(inst)) = (&f.exprs[e].kind, inst) {
            self.check_defined(*fid, f.exprs[e].span);
            let mut vals = Vec::new();
            for a in args {
                let (v, t) = (self.expr(*a), self.ty(*a));
                self.push_temp(v, &t);
                vals.push(v);
            }
            let argv: Vec<BasicMetadataValueEnum> = vals.iter().map(|v| v.v.into()).collect();
            self.call_inst(inst, &argv);
            self.check_exc(f.exprs[e].span);
            for _ in &vals {
                self.pop_temp();
            }
        } else {
            // (a block's statements run first: they may raise, as min() of nothing does)
            if let ExprKind::Block(stmts, _) = &f.exprs[e].kind {
                self.block(stmts);
                if self.terminated() {
                    let dead = self.new_block("dead");
                    self.b.at_end(dead);
                }
            }
            for c in f.exprs[e].kind.children() {
                let v = self.expr(c);
                let t = self.ty(c);
                self.release(v, &t);
            }
        }
        self.b.unreachable();
        let dead = self.new_block("dead");
        self.b.at_end(dead);
        V { v: self.none(), owned: false }
    }

    fn expr(&mut self, e: ExprId) -> V<'c> {
        let span = self.func().exprs[e].span;
        let saved = std::mem::replace(&mut self.fs().at, span);
        let v = self.expr_at(e);
        self.fs().at = saved;
        v
    }

    fn expr_at(&mut self, e: ExprId) -> V<'c> {
        let f = self.func();
        let span = f.exprs[e].span;
        let ty = self.ty(e);
        // A variable read stays a read: if it was never assigned it raises NameError or
        // UnboundLocalError (its bound check), it does not "never return".
        // A direct call of a function that never returns, or an expression with an operand
        // that never produces a value, is followed by `unreachable`; anything else of type
        // Never (a method that always raises, a lookup in a dict whose values are never
        // set) is evaluated as usual: its value is a None.
        if ty == Ty::Never && !matches!(f.exprs[e].kind, ExprKind::Local(_) | ExprKind::Global(_)) {
            let inst = self.inst().calls.get(&e).copied();
            let direct = matches!(f.exprs[e].kind, ExprKind::Call(..));
            if direct || f.exprs[e].kind.children().into_iter().any(|c| self.ty(c) == Ty::Never) {
                return self.never_expr(e, inst);
            }
        }
        let owned = |v: BasicValueEnum<'c>| V { v, owned: true };
        let borrowed = |v: BasicValueEnum<'c>| V { v, owned: false };
        match &f.exprs[e].kind {
            ExprKind::Int(i) => borrowed(self.int(*i).into()),
            ExprKind::Float(x) => borrowed(self.cx.f64_type().const_float(*x).into()),
            ExprKind::Bool(b) => borrowed(self.cx.bool_type().const_int(*b as u64, false).into()),
            ExprKind::None => borrowed(self.none()),
            ExprKind::Str(s) => {
                let s = s.clone();
                borrowed(self.str_lit(&s).into())
            }
            ExprKind::Argv => owned(self.call_rt_v(RuntimeFn::Argv, &[], span)),
            ExprKind::Local(l) => {
                let checked = if f.is_cell(*l) { f.free_index(*l).is_some() || f.maybe_unbound.get(*l).copied().unwrap_or(true) } else { true };
                if let Some(flag) = self.fs().bound[*l].filter(|_| checked) {
                    let b = self.b.load(self.cx.bool_type(), flag).into_int_value();
                    let unbound = self.b.not(b);
                    let name = &f.locals[*l];
                    let (kind, msg) = if f.free_index(*l).is_some() {
                        (abi::EXC_NAME_ERROR, format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
                    } else if f.is_module_init {
                        (abi::EXC_NAME_ERROR, format!("name '{name}' is not defined"))
                    } else {
                        (abi::EXC_UNBOUND_LOCAL_ERROR, format!("cannot access local variable '{name}' where it is not associated with a value"))
                    };
                    self.raise_if(unbound, kind, &msg, span);
                }
                let p = self.fs().locals[*l];
                let v = self.b.load(self.llty(&ty), p);
                if f.is_cell(*l) {
                    // Closures may reassign the variable: hold a reference of our own.
                    self.incref(v, &ty);
                    return owned(v);
                }
                borrowed(v)
            }
            ExprKind::Global(g) => {
                if let Some(flag) = self.global_bound[*g] {
                    let b = self.b.load(self.cx.bool_type(), flag.as_pointer_value()).into_int_value();
                    let unbound = self.b.not(b);
                    let msg = format!("name '{}' is not defined", self.prog.globals[*g].name);
                    self.raise_if(unbound, abi::EXC_NAME_ERROR, &msg, span);
                }
                let p = self.globals[*g].expect("global").as_pointer_value();
                let v = self.b.load(self.llty(&ty), p);
                // Globals may be reassigned by callees: hold a reference of our own.
                self.incref(v, &ty);
                owned(v)
            }
            ExprKind::Binary(..) | ExprKind::Compare(..) | ExprKind::Builtin(Builtin::Len | Builtin::Abs | Builtin::Float | Builtin::Int, _) | ExprKind::Subscript(..) | ExprKind::Unary(..)
                if self.inst().dunder_calls.contains_key(&e) =>
            {
                self.dunder_op(e, span)
            }
            ExprKind::Binary(op, a, b) => {
                let inplace = f.inplace.contains(&e);
                self.binary(*op, *a, *b, &ty, span, inplace)
            }
            ExprKind::Unary(op, a) => self.unary(*op, *a, span),
            ExprKind::Compare(op, a, b) => {
                let (ta, tb) = (self.ty(*a), self.ty(*b));
                let va = self.expr(*a);
                self.push_temp(va, &ta);
                let vb = self.expr(*b);
                self.pop_temp();
                self.push_temp(va, &ta);
                self.push_temp(vb, &tb);
                let r = self.compare(*op, va.v, &ta, vb.v, &tb, span);
                self.pop_temp();
                self.pop_temp();
                self.release(va, &ta);
                self.release(vb, &tb);
                borrowed(r.into())
            }
            // a or b  ==>  t = a; if truthy(t) then t else b   (both converted to the joined type)
            // (`isinstance(x, C) and ...` with x never a C: the first operand)
            ExprKind::And(a, _) if self.none_test(*a) == Some(false) => self.expr(*a),
            ExprKind::Or(a, _) if self.none_test(*a) == Some(true) => self.expr(*a),
            ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                let is_and = matches!(f.exprs[e].kind, ExprKind::And(..));
                let ta = self.ty(*a);
                let va = self.expr(*a);
                let va = self.to_owned(va, &ta);
                let t = self.truthy(va, &ta);
                let lhs = self.coerce(va, &ta, &ty);
                let lhs_bb = self.b.block();
                let (rhs_bb, end) = (self.new_block("rhs"), self.new_block("boolop.end"));
                if is_and {
                    self.b.cond_br(t, rhs_bb, end);
                } else {
                    self.b.cond_br(t, end, rhs_bb);
                }
                self.b.at_end(rhs_bb);
                self.decref(lhs, &ty);
                let tb = self.ty(*b);
                let vb = self.expr(*b);
                let vb = self.to_owned(vb, &tb);
                let rhs = self.coerce(vb, &tb, &ty);
                let rhs_end = self.b.block();
                self.b.br(end);
                self.b.at_end(end);
                let phi = self.b.phi(self.llty(&ty));
                phi.add_incoming(&[(&lhs, lhs_bb), (&rhs, rhs_end)]);
                owned(phi.as_basic_value())
            }
            ExprKind::IfExp(c, a, b) if self.none_test(*c).is_some() => {
                let _ = self.truthy_expr(*c);
                let x = if self.none_test(*c) == Some(true) { *a } else { *b };
                let tx = self.ty(x);
                let v = self.expr(x);
                let v = self.to_owned(v, &tx);
                owned(self.coerce(v, &tx, &ty))
            }
            ExprKind::IfExp(c, a, b) => {
                let cond = self.truthy_expr(*c);
                let (tb, eb, end) = (self.new_block("ifx.then"), self.new_block("ifx.else"), self.new_block("ifx.end"));
                self.b.cond_br(cond, tb, eb);
                let mut incoming = Vec::new();
                for (bb, x) in [(tb, *a), (eb, *b)] {
                    self.b.at_end(bb);
                    let tx = self.ty(x);
                    let v = self.expr(x);
                    let v = self.to_owned(v, &tx);
                    let v = self.coerce(v, &tx, &ty);
                    incoming.push((v, self.b.block()));
                    self.b.br(end);
                }
                self.b.at_end(end);
                let phi = self.b.phi(self.llty(&ty));
                for (v, bb) in &incoming {
                    phi.add_incoming(&[(v, *bb)]);
                }
                owned(phi.as_basic_value())
            }
            ExprKind::NamedExpr(t, v) => {
                let tv = self.ty(*v);
                let val = self.expr(*v);
                let val = self.to_owned(val, &tv);
                self.incref(val, &tv);
                self.assign(t, V { v: val, owned: true }, &tv, span);
                owned(val)
            }
            ExprKind::New(cid, args) => self.new_instance(e, *cid, args, span),
            // isinstance(x, C): x's class is C or derives from it (never for other types)
            // isinstance(e, K)  ==>  pyx_exc_is(e, K) || ...   (False for a non-exception)
            ExprKind::ExcIsInstance(x, kinds) => {
                let (xt, xv) = (self.ty(*x), self.expr(*x));
                let mut acc = self.cx.bool_type().const_zero();
                match &xt {
                    Ty::Exc | Ty::OptExc => {
                        for k in kinds {
                            let r = self.call_rt_v(RuntimeFn::ExcIs, &[xv.v, self.int(*k).into()], span).into_int_value();
                            let r = self.b.icmp(IntPredicate::NE, r, r.get_type().const_zero());
                            acc = self.b.or(acc, r);
                        }
                    }
                    // an instance of an exception class: its class is one whose kind is one
                    // of `kinds` or derives from one
                    Ty::Inst(cid) | Ty::Opt(cid) => {
                        let cid = *cid;
                        let hits: Vec<ClassId> = descendants(&self.prog.classes, cid)
                            .into_iter()
                            .filter(|&d| self.prog.classes[d].exc_kind.is_some_and(|dk| kinds.iter().any(|&k| self.kind_is(dk, k))))
                            .collect();
                        if !hits.is_empty() {
                            let no = self.cx.bool_type().const_zero().into();
                            acc = self.unless_null(xv.v.into_pointer_value(), no, |g, p| g.obj_is_one_of(p, &hits).into()).into_int_value();
                        }
                    }
                    _ => {}
                }
                self.release(xv, &xt);
                V { v: acc.into(), owned: false }
            }
            // ValueError(a)  ==>  pyx_exc_new(kind, str(a), a as an object)
            ExprKind::ByReceiver(r, a, b) => match self.ty(*r) {
                Ty::Inst(_) | Ty::Opt(_) => self.expr(*a),
                _ => self.expr(*b),
            },
            // (x, y, ...) as a tuple[object, ...]: a list of the values as objects
            ExprKind::ObjTuple(items) => {
                let l = self.list_new(&Ty::Obj, self.int(items.len() as i64));
                for a in items {
                    let (v, t) = (self.expr(*a), self.ty(*a));
                    let v = self.to_owned(v, &t);
                    let o = self.coerce(v, &t, &Ty::Obj);
                    self.list_push(l, o, &Ty::Obj);
                }
                owned(l.into())
            }
            ExprKind::ExcNew(kind, arg) => {
                let Some(a) = arg else {
                    let null = self.ptrt().const_null();
                    return owned(self.call_rt_v(RuntimeFn::ExcNew, &[self.int(*kind).into(), null.into(), self.int(-1).into(), self.int(0).into()], span));
                };
                let (v, t) = (self.expr(*a), self.ty(*a));
                let copy = self.to_owned(V { v: v.v, owned: false }, &t);
                let obj = self.coerce(copy, &t, &Ty::Obj).into_struct_value();
                // str(KeyError(k)) is repr(k)
                let m = if self.kind_is(*kind, abi::EXC_KEY_ERROR) { self.to_repr(v, &t) } else { self.to_str(v, &t) };
                let (tag, val) = (self.b.extract(obj, 0), self.b.extract(obj, 1));
                let r = self.call_rt_v(RuntimeFn::ExcNew, &[self.int(*kind).into(), m.v, tag, val], span);
                self.release(m, &Ty::Str);
                owned(r)
            }
            // x narrowed by isinstance: the same pointer
            // (an exception of a class with state narrowed to the class: its instance)
            ExprKind::Narrow(x, _) => {
                let xv = self.expr(*x);
                if matches!(self.ty(*x), Ty::Exc | Ty::OptExc) && matches!(self.ty(e), Ty::Inst(_)) {
                    // (a reference to the exception is one to the instance)
                    let o = self.call_rt_v(RuntimeFn::ExcObj, &[xv.v], span);
                    return V { v: o, owned: xv.owned };
                }
                xv
            }
            // x in x.m(...) for a str method m  ==>  x's str, AttributeError unless x (a
            // dynamic value) holds one
            ExprKind::StrRecv(x, name) => {
                let xv = self.expr(*x);
                if self.ty(*x) == self.ty(e) {
                    return xv;
                }
                let d = xv.v.into_struct_value();
                let tag = self.b.extract(d, 0).into_int_value();
                for (t, tname) in [(abi::TAG_NONE, "NoneType"), (abi::TAG_BOOL, "bool"), (abi::TAG_INT, "int"), (abi::TAG_FLOAT, "float")] {
                    let is = self.b.icmp(IntPredicate::EQ, tag, self.int(t));
                    self.raise_if(is, abi::EXC_ATTRIBUTE_ERROR, &format!("'{tname}' object has no attribute '{name}'"), span);
                }
                let val = self.b.extract(d, 1).into_int_value();
                V { v: self.b.int_to_ptr(val, self.ptrt()).into(), owned: xv.owned }
            }
            // x narrowed by isinstance(x, str) from a dynamic value: its payload, with the
            // same ownership (a Dyn holding a str owns one reference to it)
            ExprKind::NarrowDyn(x, _) => {
                let xv = self.expr(*x);
                let (from, to) = (self.ty(*x), self.ty(e));
                if from == to {
                    return xv;
                }
                let val = self.b.extract(xv.v.into_struct_value(), 1).into_int_value();
                let v: BasicValueEnum<'c> = match to {
                    Ty::Str => self.b.int_to_ptr(val, self.ptrt()).into(),
                    Ty::Float => self.b.bitcast(val.into(), self.cx.f64_type()),
                    _ => self.b.trunc(val, self.cx.bool_type()).into(),
                };
                V { v, owned: xv.owned && to == Ty::Str }
            }
            // type(x).__name__  ==>  pyx_exc_type_name(e) / pyx_type_name(desc, slot)
            ExprKind::TypeName(x) => {
                let (xt, xv) = (self.ty(*x), self.expr(*x));
                let r = self.type_name_of(xv, &xt, span);
                self.release(xv, &xt);
                V { v: r, owned: true }
            }
            // isinstance(x, (C, int))  ==>  decided by the types, else by x's class (an
            // instance) or x's tag (a dynamic value: TAG_INT or TAG_BOOL for int)
            ExprKind::IsInstance(x, classes, builtins) => {
                let (tx, xv) = (self.ty(*x), self.expr(*x));
                let r = match (self.none_test(e), &tx) {
                    (Some(known), _) => self.cx.bool_type().const_int(known as u64, false),
                    (None, Ty::Inst(_) | Ty::Opt(_)) => {
                        let all: Vec<ClassId> = classes.iter().flat_map(|c| descendants(&self.prog.classes, *c)).collect();
                        match tx {
                            Ty::Inst(_) => self.obj_is_one_of(xv.v.into_pointer_value(), &all),
                            _ => {
                                let no = self.cx.bool_type().const_zero().into();
                                self.unless_null(xv.v.into_pointer_value(), no, |g, p| g.obj_is_one_of(p, &all).into()).into_int_value()
                            }
                        }
                    }
                    (None, Ty::Dyn | Ty::Obj) => {
                        let tag = self.b.extract(xv.v.into_struct_value(), 0).into_int_value();
                        let mut acc = self.cx.bool_type().const_zero();
                        for b in builtins {
                            let tags: &[i64] = match b {
                                BuiltinType::Int => &[abi::TAG_INT, abi::TAG_BOOL],
                                BuiltinType::Bool => &[abi::TAG_BOOL],
                                BuiltinType::Float => &[abi::TAG_FLOAT],
                                BuiltinType::Str => &[abi::TAG_STR],
                                _ => &[],
                            };
                            for &t in tags {
                                let is = self.b.icmp(IntPredicate::EQ, tag, self.int(t));
                                acc = self.b.or(acc, is);
                            }
                        }
                        acc
                    }
                    // (a parameter of an instance that is never called)
                    (None, _) => self.cx.bool_type().const_zero(),
                };
                self.release(xv, &tx);
                borrowed(r.into())
            }
            ExprKind::Attr(o, name) => {
                let (to, ov) = (self.ty(*o), self.expr(*o));
                if let Some(v) = self.exc_attr(ov, &to, name, span) {
                    return v;
                }
                if let Ty::Func(_) = to {
                    let s = self.function_name(ov.v.into_pointer_value(), name == "__qualname__");
                    self.release(ov, &to);
                    return owned(s);
                }
                if to == Ty::None {
                    // None.x  ==>  AttributeError
                    self.raise(abi::EXC_ATTRIBUTE_ERROR, &format!("'NoneType' object has no attribute '{name}'"), span);
                    return borrowed(self.none());
                }
                let (Ty::Inst(cid) | Ty::Opt(cid)) = to else { return borrowed(self.none()) };
                self.push_temp(ov, &to);
                self.none_attr_check(ov.v, &to, name, span);
                self.pop_temp();
                // obj.name of a @property: getter(obj)
                if let Some(&inst) = self.inst().calls.get(&e) {
                    self.push_temp(ov, &to);
                    let r = self.call_inst(inst, &[ov.v.into()]).unwrap_or_else(|| self.none());
                    self.check_exc(span);
                    self.pop_temp();
                    self.release(ov, &to);
                    return owned(r);
                }
                // self.NAME of a class attribute (no instance attribute of that name): the
                // one of the object's class  ==>  switch (class) { case group k: global_k }
                if let Some(choices) = self.inst().class_attr_dispatch.get(&e).cloned() {
                    let o = ov.v.into_pointer_value();
                    let v = self.switch_value(choices.len(), &ty, &mut |g, k| g.obj_is_one_of(o, &choices[k].0), &mut |g, k| {
                        let gl = choices[k].1;
                        let gt = g.typed.globals[gl].clone();
                        let v = g.b.load(g.llty(&gt), g.globals[gl].expect("global").as_pointer_value());
                        g.incref(v, &gt);
                        g.coerce(v, &gt, &ty)
                    });
                    self.release(ov, &to);
                    return owned(v);
                }
                let (p, at) = self.attr_ptr(ov.v, cid, name);
                let v = self.load_slot(p, &at);
                self.incref(v, &at);
                self.release(ov, &to);
                owned(v)
            }
            ExprKind::FuncRef(fid) => {
                self.check_defined(*fid, span);
                self.function_value(*fid)
            }
            ExprKind::CallValue(..) if self.inst().dunder_calls.contains_key(&e) => self.dunder_op(e, span),
            ExprKind::CallValue(c, args, rest) => self.call_value(e, *c, args, rest.as_deref(), &ty, span),
            ExprKind::Call(fid, args) => {
                self.check_defined(*fid, span);
                let inst = self.inst().calls[&e];
                let vals = self.eval_operands(args);
                let argv: Vec<BasicMetadataValueEnum> = vals.iter().map(|(v, _)| v.v.into()).collect();
                let r = self.call_inst(inst, &argv).unwrap_or_else(|| self.none());
                self.check_exc(span);
                self.release_operands_list(&vals);
                owned(r)
            }
            ExprKind::Builtin(b, args) => self.builtin(*b, args, &ty, span),
            // print(a, b, sep=s, end=e)  ==>  evaluate a, b, s, e; then write a s b e; flush if needed
            ExprKind::Print { args, sep, end, stream } => {
                let mut vals: Vec<(V<'c>, Ty)> = Vec::new();
                for x in args.iter().chain(sep).chain(end) {
                    let t = self.ty(*x);
                    let v = self.expr(*x);
                    self.push_temp(v, &t);
                    vals.push((v, t));
                }
                let stream_fn = if *stream == Stream::Stderr { RuntimeFn::Stderr } else { RuntimeFn::Stdout };
                let buf = self.call_rt_v(stream_fn, &[], span);
                let n = args.len();
                let str_or_none = |i: Option<usize>| i.and_then(|i: usize| vals.get(i)).filter(|(_, t)| *t == Ty::Str).map(|(v, _)| v.v);
                let sep_v = str_or_none(sep.map(|_| n));
                let end_v = str_or_none(end.map(|_| n + sep.is_some() as usize));
                for (i, (v, t)) in vals[..n].iter().enumerate() {
                    if i > 0 {
                        match sep_v {
                            Some(s) => {
                                self.call_rt(RuntimeFn::BufStr, &[buf, s], span);
                            }
                            None => self.write_lit(buf, " "),
                        }
                    }
                    if may_run_code(t) {
                        // A __str__ or __repr__ of the program may raise: CPython writes
                        // each argument once it is converted whole.
                        let s = self.to_str(V { v: v.v, owned: false }, t);
                        self.call_rt(RuntimeFn::BufStr, &[buf, s.v], span);
                        self.release(s, &Ty::Str);
                    } else {
                        self.write(buf, v.v, t, false);
                    }
                }
                match end_v {
                    Some(e) => {
                        self.call_rt(RuntimeFn::BufStr, &[buf, e], span);
                    }
                    None => self.write_lit(buf, "\n"),
                }
                self.call_rt(RuntimeFn::PrintDone, &[buf], span);
                self.release_operands_list(&vals);
                borrowed(self.none())
            }
            // f"text" with no fields (also every constant format spec): a literal
            ExprKind::FString(parts) if parts.iter().all(|p| matches!(p, FPart::Lit(_))) => {
                let text: String = parts.iter().map(|p| if let FPart::Lit(s) = p { s.as_str() } else { "" }).collect();
                borrowed(self.str_lit(&text).into())
            }
            ExprKind::FString(parts) => {
                let buf = self.call_rt_v(RuntimeFn::BufNew, &[], span);
                self.fs().temps.push(Temp::Buf(buf.into_pointer_value()));
                for p in parts {
                    match p {
                        FPart::Lit(s) => {
                            let s = s.clone();
                            self.write_lit(buf, &s);
                        }
                        FPart::Field { value, conv, spec } => {
                            let t = self.ty(*value);
                            let v = self.expr(*value);
                            let (v, t) = match conv {
                                Conversion::None => (v, t),
                                Conversion::Str => (self.to_str(v, &t), Ty::Str),
                                Conversion::Repr => (self.to_repr(v, &t), Ty::Str),
                            };
                            match spec {
                                // (an instance with __format__: format(x, ""))
                                None if self.format_dunder(&t).is_some() => {
                                    self.push_temp(v, &t);
                                    let empty = self.str_lit("");
                                    self.format_into(buf, v, &t, empty.into(), span);
                                    self.pop_temp();
                                }
                                None => {
                                    self.push_temp(v, &t);
                                    self.write(buf, v.v, &t, false);
                                    self.pop_temp();
                                }
                                Some(s) => {
                                    self.push_temp(v, &t);
                                    let st = self.ty(*s);
                                    let sv = self.expr(*s);
                                    let sv = self.to_str(sv, &st);
                                    self.pop_temp();
                                    self.push_temp(v, &t);
                                    self.push_temp(sv, &Ty::Str);
                                    self.format_into(buf, v, &t, sv.v, span);
                                    self.pop_temp();
                                    self.pop_temp();
                                    self.release(sv, &Ty::Str);
                                }
                            }
                            self.release(v, &t);
                        }
                    }
                }
                self.fs().temps.pop();
                owned(self.call_rt_v(RuntimeFn::BufFinish, &[buf], span))
            }
            ExprKind::Subscript(a, i) => {
                let ta = self.ty(*a);
                if let (Ty::Tuple(items), ExprKind::Int(k)) = (&ta, &f.exprs[*i].kind) {
                    let n = items.len() as i64;
                    let k = if *k < 0 { k + n } else { *k };
                    let v = self.expr(*a);
                    let m = self.b.extract(v.v.into_struct_value(), k as u32);
                    self.incref(m, &items[k as usize]);
                    self.release(v, &ta);
                    return owned(m);
                }
                let v = self.expr(*a);
                self.push_temp(v, &ta);
                if let Ty::Dict(kt, vt) = &ta {
                    let r = self.dict_get_item(v.v, *i, kt, vt, span);
                    self.pop_temp();
                    self.release(v, &ta);
                    return owned(r);
                }
                if let Ty::Tuple(items) = &ta {
                    // t[i] with i known at run time: the items share a type.
                    let idx = self.index_expr(*i, abi::INDEX_FOR_LIST, span);
                    let r = self.tuple_item(v.v, items, idx, span);
                    self.pop_temp();
                    self.release(v, &ta);
                    return owned(r);
                }
                let what = if ta == Ty::Str { abi::INDEX_FOR_STR } else { abi::INDEX_FOR_LIST };
                let idx = self.index_expr(*i, what, span);
                let r = match &ta {
                    Ty::Str => self.call_rt_v(RuntimeFn::StrGetItem, &[v.v, idx.into()], span),
                    // r[i] = start + i * step, i checked against len(r) (negative from the end)
                    Ty::Range => {
                        let (a, b, c) = self.range_parts(v.v);
                        let n = self.range_len(a, b, c);
                        let neg = self.b.icmp(IntPredicate::SLT, idx, self.int(0));
                        let wrapped = self.b.add(idx, n);
                        let j = self.b.select(neg, wrapped.into(), idx.into()).into_int_value();
                        let bad = self.b.icmp(IntPredicate::UGE, j, n);
                        self.raise_if(bad, abi::EXC_INDEX_ERROR, "range object index out of range", span);
                        let off = self.b.mul(j, c);
                        self.b.add(a, off).into()
                    }
                    Ty::List(el) => self.list_get(v.v, idx, el, span),
                    Ty::TupleOf(el) => {
                        let p = self.list_item_ptr(v.v.into_pointer_value(), idx, el, "tuple index out of range", span);
                        let item = self.load_slot(p, el);
                        self.incref(item, el);
                        item
                    }
                    _ => self.none(),
                };
                self.pop_temp();
                self.release(v, &ta);
                owned(r)
            }
            ExprKind::Slice(a, parts) => {
                let ta = self.ty(*a);
                if let Ty::Tuple(items) = &ta {
                    // Constant bounds (checked by inference): pick the members.
                    let c = |p: &Option<ExprId>| p.and_then(|x| match f.exprs[x].kind {
                        ExprKind::Int(i) => Some(i),
                        _ => None,
                    });
                    let picked = crate::infer::tuple_slice(items.len(), c(&parts[0]), c(&parts[1]), c(&parts[2])).unwrap_or_default();
                    let v = self.expr(*a);
                    let mut s = self.b.undef_struct(self.llty(&ty));
                    for (k, i) in picked.iter().enumerate() {
                        let m = self.b.extract(v.v.into_struct_value(), *i as u32);
                        self.incref(m, &items[*i]);
                        s = self.b.insert(s, m, k as u32);
                    }
                    self.release(v, &ta);
                    return owned(s.into());
                }
                let v = self.expr(*a);
                self.push_temp(v, &ta);
                let (vals, mask) = self.slice_parts(parts, span);
                let func = if ta == Ty::Str { RuntimeFn::StrSlice } else { RuntimeFn::ListSlice };
                let r = self.call_rt_v(func, &[v.v, vals[0].into(), vals[1].into(), vals[2].into(), mask.into()], span);
                self.pop_temp();
                self.release(v, &ta);
                owned(r)
            }
            ExprKind::Tuple(items) => {
                let lt = self.llty(&ty);
                let mut s = self.b.undef_struct(lt);
                let mut held = 0;
                for (i, it) in items.iter().enumerate() {
                    let t = self.ty(*it);
                    let v = self.expr(*it);
                    let v = self.to_owned(v, &t);
                    self.push_temp(V { v, owned: true }, &t);
                    held += 1;
                    s = self.b.insert(s, v, i as u32);
                }
                for _ in 0..held {
                    self.pop_temp();
                }
                owned(s.into())
            }
            // range(a, b, c) as a value (`for` takes the node apart without building one)
            ExprKind::Range(a, b, c) => {
                let (start, stop, step) = self.range_args(*a, *b, *c, span);
                let s = self.b.undef_struct(self.llty(&Ty::Range));
                let s = self.b.insert(s, start.into(), 0);
                let s = self.b.insert(s, stop.into(), 1);
                borrowed(self.b.insert(s, step.into(), 2).into())
            }
            ExprKind::Seq(first, last) => {
                for x in first {
                    let (v, t) = (self.expr(*x), self.ty(*x));
                    self.release(v, &t);
                }
                self.expr(*last)
            }
            // None.m(args)  ==>  AttributeError (before the arguments are evaluated)
            ExprKind::Method(recv, name, _) if self.ty(*recv) == Ty::None => {
                let v = self.expr(*recv);
                self.release(v, &Ty::None);
                self.raise(abi::EXC_ATTRIBUTE_ERROR, &format!("'NoneType' object has no attribute '{name}'"), span);
                borrowed(self.none())
            }
            ExprKind::Method(recv, name, args) => match (self.ty(*recv), name.as_str()) {
                (Ty::List(_) | Ty::TupleOf(_), _) => self.list_method(*recv, name, args, span),
                (Ty::Inst(_) | Ty::Opt(_), _) => self.inst_method_call(e, *recv, args, span),
                (Ty::Dict(..), _) => self.dict_method(*recv, name, args, &ty, span),
                (Ty::Set(..), _) => self.set_method(*recv, name, args, span),
                (Ty::Str, "split" | "rsplit" | "splitlines" | "join") => self.str_list_method(*recv, name, args, span),
                _ => self.str_method(*recv, name, args, span),
            },
            // The fresh list is the tuple (nothing else refers to it).
            ExprKind::Freeze(l) => self.expr(*l),
            ExprKind::List(items) => {
                let Ty::List(el) = &ty else { return borrowed(self.none()) };
                let el = (**el).clone();
                self.list_literal(items, &el)
            }
            ExprKind::Dict(pairs) => self.dict_literal(pairs, &ty, span),
            ExprKind::Set(items, frozen) => self.set_display(items, *frozen, &ty, false, span),
            // Only iterables of `for` (see for_loop).
            ExprKind::Zip(_) | ExprKind::Reversed(_) => borrowed(self.none()),
            ExprKind::Block(stmts, v) => {
                self.block(stmts);
                if self.terminated() {
                    let dead = self.new_block("dead");
                    self.b.at_end(dead);
                }
                self.expr(*v)
            }
            ExprKind::Sort { list, key, reverse } => self.sort(*list, *key, *reverse, span),
        }
    }

    // s.split(sep, maxsplit) / s.rsplit(...) / s.splitlines(keepends) / sep.join(items)
    fn str_list_method(&mut self, recv: ExprId, name: &str, args: &[ExprId], span: Span) -> V<'c> {
        let (s, vals) = self.method_operands(recv, args);
        let r = match name {
            "join" => {
                let (v, t) = vals[0].clone();
                if matches!(t, Ty::List(_)) {
                    self.call_rt_v(RuntimeFn::StrJoin, &[s.v, v.v], span)
                } else {
                    // Any other iterable of str: collect it first (items boxed if any is dynamic).
                    let el = if self.iterable_item_ty(&t) == Ty::Dyn { Ty::Dyn } else { Ty::Str };
                    let l = self.list_new(&el, self.int(0));
                    self.each(v.v, &t, span, &mut |g, item, it| {
                        let item = g.to_owned(V { v: item, owned: false }, it);
                        let item = g.coerce(item, it, &el);
                        g.list_push(l, item, &el);
                    });
                    let lt = Ty::List(Box::new(el));
                    self.push_temp(V { v: l.into(), owned: true }, &lt);
                    let r = self.call_rt_v(RuntimeFn::StrJoin, &[s.v, l.into()], span);
                    self.pop_temp();
                    self.decref(l.into(), &lt);
                    r
                }
            }
            "splitlines" => {
                let keep = match vals.first() {
                    Some((v, t)) => self.truthy(v.v, t),
                    None => self.cx.bool_type().const_zero(),
                };
                self.call_rt_v(RuntimeFn::StrSplitlines, &[s.v, keep.into()], span)
            }
            _ => {
                let sep = match vals.first() {
                    Some((v, Ty::Str)) => v.v,
                    _ => self.ptrt().const_null().into(),
                };
                let max = match vals.get(1) {
                    Some((v, t)) => self.as_index(*v, t, span),
                    None => self.int(-1),
                };
                let right = self.cx.bool_type().const_int((name == "rsplit") as u64, false);
                self.call_rt_v(RuntimeFn::StrSplit, &[s.v, sep, max.into(), right.into()], span)
            }
        };
        self.release_operands(s, &Ty::Str, &vals);
        V { v: r, owned: true }
    }

    // s.name(args)  ==>  the runtime's str method, optional arguments filled in
    fn str_method(&mut self, recv: ExprId, name: &str, args: &[ExprId], span: Span) -> V<'c> {
        let Some((m, _, _)) = StrMethod::lookup(name) else { return V { v: self.none(), owned: false } };
        let (s, vals) = self.method_operands(recv, args);
        let null: BasicValueEnum = self.ptrt().const_null().into();
        let opt_str = |i: usize| vals.get(i).filter(|(_, t)| *t == Ty::Str).map_or(null, |(v, _)| v.v);
        let int_or = |g: &mut Self, i: usize, default: i64| match vals.get(i) {
            Some((v, t)) if t.is_intlike() => g.as_index(V { v: v.v, owned: false }, t, span),
            _ => g.int(default),
        };
        // (start, end, mask) from optional slice bounds at positions i, i + 1
        let bounds = |g: &mut Self, i: usize| {
            let mut mask = 0;
            let mut out = [g.int(0), g.int(0)];
            for k in 0..2 {
                if let Some((v, t)) = vals.get(i + k) {
                    if t.is_intlike() {
                        mask |= 1 << k;
                        out[k] = g.as_index(V { v: v.v, owned: false }, t, span);
                    }
                }
            }
            (out[0], out[1], g.int(mask))
        };
        let owned = |v: BasicValueEnum<'c>| V { v, owned: true };
        let plain = |v: BasicValueEnum<'c>| V { v, owned: false };
        let r = match m {
            StrMethod::Case(w) => owned(self.call_rt_v(RuntimeFn::StrCase, &[s.v, self.int(w).into()], span)),
            StrMethod::Is(w) => plain(self.call_rt_v(RuntimeFn::StrIs, &[s.v, self.int(w).into()], span)),
            StrMethod::Strip(w) => owned(self.call_rt_v(RuntimeFn::StrStrip, &[s.v, opt_str(0), self.int(w).into()], span)),
            StrMethod::Replace => {
                let count = int_or(self, 2, -1);
                owned(self.call_rt_v(RuntimeFn::StrReplace, &[s.v, vals[0].0.v, vals[1].0.v, count.into()], span))
            }
            StrMethod::Find(w) => {
                let (a, b, mask) = bounds(self, 1);
                plain(self.call_rt_v(RuntimeFn::StrFind, &[s.v, vals[0].0.v, a.into(), b.into(), mask.into(), self.int(w).into()], span))
            }
            StrMethod::Affix(w) => {
                let (a, b, mask) = bounds(self, 1);
                let (x, xt) = vals[0].clone();
                let candidates: Vec<BasicValueEnum> = match &xt {
                    Ty::Tuple(items) => (0..items.len()).map(|i| self.b.extract(x.v.into_struct_value(), i as u32)).collect(),
                    _ => vec![x.v],
                };
                let mut acc = self.cx.bool_type().const_zero();
                for c in candidates {
                    let r = self.call_rt_v(RuntimeFn::StrAffix, &[s.v, c, a.into(), b.into(), mask.into(), self.int(w).into()], span);
                    acc = self.b.or(acc, r.into_int_value());
                }
                plain(acc.into())
            }
            StrMethod::Justify(w) => {
                let width = int_or(self, 0, 0);
                owned(self.call_rt_v(RuntimeFn::StrJustify, &[s.v, width.into(), opt_str(1), self.int(w).into()], span))
            }
            StrMethod::Zfill => {
                let width = int_or(self, 0, 0);
                owned(self.call_rt_v(RuntimeFn::StrZfill, &[s.v, width.into()], span))
            }
            StrMethod::Partition(w) => {
                let out = self.b.entry_alloca(self.ptrt().array_type(3), "parts");
                self.call_rt(RuntimeFn::StrPartition, &[s.v, vals[0].0.v, self.int(w).into(), out.into()], span);
                let lt = self.llty(&m.result());
                let mut t = self.b.undef_struct(lt);
                for i in 0..3 {
                    let p = self.b.gep(self.ptrt(), out, &[self.int(i)]);
                    let item = self.b.load(self.ptrt(), p);
                    t = self.b.insert(t, item, i as u32);
                }
                owned(t.into())
            }
            StrMethod::RemoveAffix(w) => owned(self.call_rt_v(RuntimeFn::StrRemoveAffix, &[s.v, vals[0].0.v, self.int(w).into()], span)),
            StrMethod::Expandtabs => {
                let tab = int_or(self, 0, 8);
                owned(self.call_rt_v(RuntimeFn::StrExpandtabs, &[s.v, tab.into()], span))
            }
        };
        self.release_operands(s, &Ty::Str, &vals);
        r
    }

    /// NameError if function `fid` may be called before its `def` ran (checked only where
    /// definite assignment could not prove the `def` came first).
    fn check_defined(&mut self, fid: FuncId, span: Span) {
        let Some(g) = self.prog.funcs[fid].def_global else { return };
        let Some(flag) = self.global_bound[g] else { return };
        let defined = self.b.load(self.cx.bool_type(), flag.as_pointer_value()).into_int_value();
        let missing = self.b.not(defined);
        let name = &self.prog.funcs[fid].name;
        let msg = format!("name '{name}' is not defined");
        // CPython marks the name being looked up, which starts the call.
        let at = Span { end: span.start + name.len() as u32, ..span };
        self.raise_if(missing, abi::EXC_NAME_ERROR, &msg, at);
    }

    /// format(v, spec) appended to `buf`.
    fn format_into(&mut self, buf: BasicValueEnum<'c>, v: V<'c>, t: &Ty, spec: BasicValueEnum<'c>, span: Span) {
        match t {
            Ty::Int => {
                self.call_rt(RuntimeFn::BufIntFmt, &[buf, v.v, spec], span);
            }
            Ty::Float => {
                self.call_rt(RuntimeFn::BufFloatFmt, &[buf, v.v, spec], span);
            }
            Ty::Bool => {
                self.call_rt(RuntimeFn::BufBoolFmt, &[buf, v.v, spec], span);
            }
            Ty::None | Ty::Never => {
                self.call_rt(RuntimeFn::BufNoneFmt, &[buf, spec], span);
            }
            Ty::Str => {
                self.call_rt(RuntimeFn::BufStrFmt, &[buf, v.v, spec], span);
            }
            Ty::Dyn | Ty::Obj => {
                self.call_rt(RuntimeFn::BufDynFmt, &[buf, v.v, spec], span);
            }
            // x.__format__(spec) of an instance whose class defines it
            Ty::Inst(_) if self.format_dunder(t).is_some() => {
                let inst = self.format_dunder(t).expect("a __format__");
                let r = self.call_inst(inst, &[v.v.into(), spec.into()]).unwrap_or_else(|| self.none());
                self.check_exc(span);
                let rt = self.typed.instances[inst].ret.clone();
                if rt == Ty::Str {
                    self.call_rt(RuntimeFn::BufStr, &[buf, r], span);
                }
                self.decref(r, &rt);
            }
            // object.__format__: str(x), TypeError for a non-empty spec
            _ => {
                let n = self.obj_len(spec.into_pointer_value());
                let bad = self.b.icmp(IntPredicate::NE, n, self.int(0));
                let bad = self.expect_false(bad);
                let (err, ok) = (self.new_block("fmt.bad"), self.new_block("fmt.ok"));
                self.b.cond_br(bad, err, ok);
                self.b.at_end(err);
                let name = self.type_name_of(V { v: v.v, owned: false }, t, span);
                let m = self.surround("unsupported format string passed to ", name, ".__format__");
                self.decref(name, &Ty::Str);
                self.raise_str(abi::EXC_TYPE_ERROR, V { v: m, owned: true }, span);
                self.b.at_end(ok);
                let s = self.to_str(V { v: v.v, owned: false }, t);
                self.call_rt(RuntimeFn::BufStr, &[buf, s.v], span);
                self.release(s, &Ty::Str);
            }
        }
    }

    /// The `__format__` instance of an instance type's class, if it defines one.
    fn format_dunder(&self, t: &Ty) -> Option<InstId> {
        let Ty::Inst(cid) = t else { return None };
        self.typed.dunders.get(&(*cid, "__format__")).copied()
    }

    fn unary(&mut self, op: UnaryOp, a: ExprId, span: Span) -> V<'c> {
        let t = self.ty(a);
        let v = self.expr(a);
        let r: BasicValueEnum<'c> = match (op, &t) {
            (UnaryOp::Not, _) => {
                let b = self.truthy(v.v, &t);
                self.b.not(b).into()
            }
            (UnaryOp::Pos, Ty::Int | Ty::Float) => v.v,
            (UnaryOp::Pos, Ty::Bool) => self.b.zext(v.v.into_int_value(), self.i64t()).into(),
            (UnaryOp::Neg, Ty::Int | Ty::Bool) => {
                let i = self.as_index(v, &t, span);
                self.int_neg(i, span).into()
            }
            (UnaryOp::Neg, Ty::Float) => self.b.fneg(v.v.into_float_value()).into(),
            (UnaryOp::Invert, Ty::Int | Ty::Bool) => {
                let i = self.as_index(v, &t, span);
                self.b.not(i).into()
            }
            (_, Ty::Dyn) => {
                let code = match op {
                    UnaryOp::Neg => abi::UN_NEG,
                    UnaryOp::Pos => abi::UN_POS,
                    _ => abi::UN_INVERT,
                };
                self.push_temp(v, &t);
                let r = self.call_rt_v(RuntimeFn::DynUnary, &[self.int(code).into(), v.v], span);
                self.pop_temp();
                self.release(v, &t);
                return V { v: r, owned: true };
            }
            _ => self.zero(&Ty::Never),
        };
        self.release(v, &t);
        V { v: r, owned: false }
    }

    fn binary(&mut self, op: BinOp, a: ExprId, b: ExprId, ty: &Ty, span: Span, inplace: bool) -> V<'c> {
        if let Some(parts) = self.str_chain(op, a, b) {
            return self.concat_chain(&parts, span);
        }
        let (ta, tb) = (self.ty(a), self.ty(b));
        let va = self.expr(a);
        self.push_temp(va, &ta);
        let vb = self.expr(b);
        self.push_temp(vb, &tb);
        let r = self.binary_values(op, va.v, &ta, vb.v, &tb, ty, span, inplace);
        self.pop_temp();
        self.pop_temp();
        self.release(va, &ta);
        self.release(vb, &tb);
        r
    }

    /// The operands of `x1 + x2 + ... + xn` (n >= 3) when all are strings.
    fn str_chain(&self, op: BinOp, a: ExprId, b: ExprId) -> Option<Vec<ExprId>> {
        if op != BinOp::Add || self.ty(a) != Ty::Str || self.ty(b) != Ty::Str {
            return None;
        }
        let f = self.func();
        let mut parts = vec![b];
        let mut left = a;
        while let ExprKind::Binary(BinOp::Add, x, y) = f.exprs[left].kind {
            if self.ty(x) != Ty::Str || self.ty(y) != Ty::Str || f.inplace.contains(&left) {
                break;
            }
            parts.push(y);
            left = x;
        }
        parts.push(left);
        parts.reverse();
        (parts.len() >= 3).then_some(parts)
    }

    // s1 + s2 + ... + sn  ==>  pyx_str_concat_n([s1, ..., sn], n): one allocation, the
    // operands evaluated left to right as before
    fn concat_chain(&mut self, parts: &[ExprId], _span: Span) -> V<'c> {
        let arr_ty = self.ptrt().array_type(parts.len() as u32);
        let arr = self.b.entry_alloca(arr_ty, "parts");
        let mut vals = Vec::new();
        for (i, p) in parts.iter().enumerate() {
            let v = self.expr(*p);
            self.push_temp(v, &Ty::Str);
            let slot = self.b.gep(arr_ty, arr, &[self.int(0), self.int(i as i64)]);
            self.b.store(slot, v.v);
            vals.push(v);
        }
        let r = self.call_rt_v(RuntimeFn::StrConcatN, &[arr.into(), self.int(parts.len() as i64).into()], Span::default());
        for v in vals.iter().rev() {
            self.pop_temp();
            self.release(*v, &Ty::Str);
        }
        V { v: r, owned: true }
    }

    /// `f(code, a, b)` for a runtime function on two dynamic values (operation or comparison,
    /// dispatched on their tags): both operands are boxed (borrowed values get a reference of
    /// their own), held for error paths, and released after the call.
    #[allow(clippy::too_many_arguments)]
    fn dyn_pair_call(&mut self, f: RuntimeFn, code: i64, a: BasicValueEnum<'c>, ta: &Ty, b: BasicValueEnum<'c>, tb: &Ty, span: Span) -> BasicValueEnum<'c> {
        self.incref(a, ta);
        let da = self.box_dyn(a, ta);
        self.incref(b, tb);
        let db = self.box_dyn(b, tb);
        self.fs().temps.push(Temp::Val(da, Ty::Dyn));
        self.fs().temps.push(Temp::Val(db, Ty::Dyn));
        let r = self.call_rt_v(f, &[self.int(code).into(), da, db], span);
        self.fs().temps.pop();
        self.fs().temps.pop();
        self.decref(da, &Ty::Dyn);
        self.decref(db, &Ty::Dyn);
        r
    }

    /// a op b on values of known types (borrowed); the result has type `ty`.
    #[allow(clippy::too_many_arguments)]
    fn binary_values(&mut self, op: BinOp, a: BasicValueEnum<'c>, ta: &Ty, b: BasicValueEnum<'c>, tb: &Ty, ty: &Ty, span: Span, inplace: bool) -> V<'c> {
        let owned = |v: BasicValueEnum<'c>| V { v, owned: true };
        let plain = |v: BasicValueEnum<'c>| V { v, owned: false };
        if *ty == Ty::Dyn {
            let code = match op {
                BinOp::Add => abi::OP_ADD,
                BinOp::Sub => abi::OP_SUB,
                BinOp::Mul => abi::OP_MUL,
                BinOp::Div => abi::OP_TRUEDIV,
                BinOp::FloorDiv => abi::OP_FLOORDIV,
                BinOp::Mod => abi::OP_MOD,
                BinOp::Pow => abi::OP_POW,
                BinOp::LShift => abi::OP_LSHIFT,
                BinOp::RShift => abi::OP_RSHIFT,
                BinOp::BitAnd => abi::OP_BITAND,
                BinOp::BitOr => abi::OP_BITOR,
                BinOp::BitXor => abi::OP_BITXOR,
                BinOp::MatMul => abi::OP_MUL, // refused by inference
            } + if inplace { abi::OP_INPLACE } else { 0 };
            return owned(self.dyn_pair_call(RuntimeFn::DynBinop, code, a, ta, b, tb, span));
        }
        match (ta, tb) {
            (Ty::Set(..), Ty::Set(..)) => self.set_binop(op, a, ta, b, inplace, span),
            // xs += ys extends xs in place (aliases see it), then rebinds xs to itself.
            (Ty::List(_), Ty::List(_)) if op == BinOp::Add && inplace => {
                self.call_rt(RuntimeFn::ListExtend, &[a, b], span);
                self.incref(a, ta);
                owned(a)
            }
            (Ty::List(_), Ty::List(_)) if op == BinOp::Add => owned(self.call_rt_v(RuntimeFn::ListConcat, &[a, b], span)),
            // tuple + tuple where either is a tuple[T, ...]: both converted to the result type
            (Ty::Tuple(_) | Ty::TupleOf(_), Ty::Tuple(_) | Ty::TupleOf(_)) if op == BinOp::Add && matches!(ty, Ty::TupleOf(_)) => {
                self.incref(a, ta);
                self.incref(b, tb);
                let (x, y) = (self.coerce(a, ta, ty), self.coerce(b, tb, ty));
                let r = self.call_rt_v(RuntimeFn::ListConcat, &[x, y], span);
                self.decref(x, ty);
                self.decref(y, ty);
                owned(r)
            }
            (Ty::List(_) | Ty::TupleOf(_), n) if op == BinOp::Mul => {
                let n = self.as_index(V { v: b, owned: false }, n, span);
                owned(self.call_rt_v(RuntimeFn::ListRepeat, &[a, n.into()], span))
            }
            (n, Ty::List(_) | Ty::TupleOf(_)) if op == BinOp::Mul => {
                let n = self.as_index(V { v: a, owned: false }, n, span);
                owned(self.call_rt_v(RuntimeFn::ListRepeat, &[b, n.into()], span))
            }
            // tuple + tuple / tuple * k: a new tuple holding (new references to) the items
            (Ty::Tuple(xs), _) if matches!(ty, Ty::Tuple(_)) => {
                let items: Vec<(BasicValueEnum<'c>, Ty)> = match (op, tb) {
                    (BinOp::Add, Ty::Tuple(ys)) => {
                        let left = xs.iter().enumerate().map(|(i, t)| (self.b.extract(a.into_struct_value(), i as u32), t.clone()));
                        let left: Vec<_> = left.collect();
                        let right = ys.iter().enumerate().map(|(i, t)| (self.b.extract(b.into_struct_value(), i as u32), t.clone()));
                        left.into_iter().chain(right.collect::<Vec<_>>()).collect()
                    }
                    _ => {
                        let Ty::Tuple(out) = ty else { return plain(self.none()) };
                        let n = xs.len().max(1);
                        (0..out.len()).map(|i| (self.b.extract(a.into_struct_value(), (i % n) as u32), xs[i % n].clone())).collect()
                    }
                };
                let mut t = self.b.undef_struct(self.llty(ty));
                for (i, (v, it)) in items.iter().enumerate() {
                    self.incref(*v, it);
                    t = self.b.insert(t, *v, i as u32);
                }
                owned(t.into())
            }
            (Ty::Str, _) if op == BinOp::Mod => owned(self.percent_format(a, b, tb, span)),
            (Ty::Str, Ty::Str) => owned(self.call_rt_v(RuntimeFn::StrConcat, &[a, b], span)),
            (Ty::Str, n) | (n, Ty::Str) => {
                let (s, k) = if *ta == Ty::Str { (a, b) } else { (b, a) };
                let k = self.as_index(V { v: k, owned: false }, n, span);
                owned(self.call_rt_v(RuntimeFn::StrRepeat, &[s, k.into()], span))
            }
            _ if op == BinOp::Div && ta.is_intlike() && tb.is_intlike() => {
                let x = self.as_index(V { v: a, owned: false }, ta, span);
                let y = self.as_index(V { v: b, owned: false }, tb, span);
                plain(self.call_rt_v(RuntimeFn::IntTrueDiv, &[x.into(), y.into()], span))
            }
            _ if *ty == Ty::Float => {
                let x = self.as_float(V { v: a, owned: false }, ta, span);
                let y = self.as_float(V { v: b, owned: false }, tb, span);
                plain(self.float_binop(op, x, y, span).into())
            }
            (Ty::Bool, Ty::Bool) if *ty == Ty::Bool => {
                let (x, y) = (a.into_int_value(), b.into_int_value());
                plain(match op {
                    BinOp::BitAnd => self.b.and(x, y),
                    BinOp::BitOr => self.b.or(x, y),
                    _ => self.b.xor(x, y),
                }
                .into())
            }
            _ => {
                let x = self.as_index(V { v: a, owned: false }, ta, span);
                let y = self.as_index(V { v: b, owned: false }, tb, span);
                plain(self.int_binop(op, x, y, span).into())
            }
        }
    }

    fn float_binop(&mut self, op: BinOp, x: inkwell::values::FloatValue<'c>, y: inkwell::values::FloatValue<'c>, span: Span) -> inkwell::values::FloatValue<'c> {
        match op {
            BinOp::Add => self.b.fadd(x, y),
            BinOp::Sub => self.b.fsub(x, y),
            BinOp::Mul => self.b.fmul(x, y),
            BinOp::Div => {
                let z = self.b.fcmp(FloatPredicate::OEQ, y, self.cx.f64_type().const_zero());
                self.raise_if(z, abi::EXC_ZERO_DIVISION_ERROR, "float division by zero", span);
                self.b.fdiv(x, y)
            }
            BinOp::FloorDiv => self.call_rt_v(RuntimeFn::FloatFloorDiv, &[x.into(), y.into()], span).into_float_value(),
            BinOp::Mod => self.call_rt_v(RuntimeFn::FloatMod, &[x.into(), y.into()], span).into_float_value(),
            _ => self.call_rt_v(RuntimeFn::FloatPow, &[x.into(), y.into()], span).into_float_value(),
        }
    }

    /// `type(x).__name__` of value `xv` (borrowed) of type `xt`: a new str.
    fn type_name_of(&mut self, xv: V<'c>, xt: &Ty, span: Span) -> BasicValueEnum<'c> {
        match xt {
            Ty::Exc | Ty::OptExc => self.call_rt_v(RuntimeFn::ExcTypeName, &[xv.v], span),
            Ty::Range | Ty::Func(_) | Ty::Gen(_) | Ty::View(..) | Ty::Never => {
                let name = match xt {
                    Ty::Never => "NoneType",
                    t => t.py_name(),
                };
                let s = self.str_lit(name);
                self.incref(s.into(), &Ty::Str);
                s.into()
            }
            t => {
                let d = self.desc(t);
                let slot = self.slot(xv.v, t);
                self.call_rt_v(RuntimeFn::TypeName, &[d.into(), slot.into()], span)
            }
        }
    }

    // "fmt" % x / "fmt" % (a, b)  ==>  pyx_str_percent(fmt, [Dyn...], n)
    // (a value of a type a Dyn cannot hold goes as its texts: {TAG_TEXTS, &[str(a),
    // repr(a), type(a).__name__]}; they are released after the call)
    fn percent_format(&mut self, fmt: BasicValueEnum<'c>, args: BasicValueEnum<'c>, t: &Ty, span: Span) -> BasicValueEnum<'c> {
        let items: Vec<(BasicValueEnum<'c>, Ty)> = match t {
            Ty::Tuple(items) => items.iter().enumerate().map(|(i, it)| (self.b.extract(args.into_struct_value(), i as u32), it.clone())).collect(),
            other => vec![(args, other.clone())],
        };
        let arr = self.b.entry_alloca(self.dynt().array_type(items.len().max(1) as u32), "args");
        let mut texts = 0;
        for (i, (v, it)) in items.iter().enumerate() {
            // Borrowed: scalars and strs are read in place.
            let d = if it.is_dynable() {
                self.box_dyn(*v, it)
            } else {
                let triple = self.b.entry_alloca(self.ptrt().array_type(3), "texts");
                let s = self.to_str(V { v: *v, owned: false }, it);
                let s = self.to_owned(s, &Ty::Str);
                self.fs().temps.push(Temp::Val(s, Ty::Str));
                let r = self.to_repr(V { v: *v, owned: false }, it);
                let r = self.to_owned(r, &Ty::Str);
                self.fs().temps.push(Temp::Val(r, Ty::Str));
                let n = self.type_name_of(V { v: *v, owned: false }, it, span);
                self.fs().temps.push(Temp::Val(n, Ty::Str));
                texts += 3;
                for (k, x) in [s, r, n].into_iter().enumerate() {
                    let p = self.b.gep(self.ptrt(), triple, &[self.int(k as i64)]);
                    self.b.store(p, x);
                }
                let bits = self.b.ptr_to_int(triple, self.i64t());
                let d = self.b.undef_struct(self.dynt().into());
                let d = self.b.insert(d, self.int(abi::TAG_TEXTS).into(), 0);
                self.b.insert(d, bits.into(), 1).into()
            };
            let p = self.b.gep(self.dynt(), arr, &[self.int(i as i64)]);
            self.b.store(p, d);
        }
        let r = self.call_rt_v(RuntimeFn::StrPercent, &[fmt, arr.into(), self.int(items.len() as i64).into()], span);
        for _ in 0..texts {
            if let Some(Temp::Val(s, _)) = self.fs().temps.pop() {
                self.decref(s, &Ty::Str);
            }
        }
        r
    }

    /// a op b for comparisons; values borrowed. Returns an i1.
    #[allow(clippy::too_many_arguments)]
    fn compare(&mut self, op: CmpOp, a: BasicValueEnum<'c>, ta: &Ty, b: BasicValueEnum<'c>, tb: &Ty, span: Span) -> IntValue<'c> {
        let bool_t = self.cx.bool_type();
        match op {
            CmpOp::Is | CmpOp::IsNot => {
                let same = match (ta, tb) {
                    (Ty::None, Ty::None) => bool_t.const_int(1, false),
                    (Ty::Opt(_) | Ty::OptExc | Ty::List(_) | Ty::Dict(..) | Ty::Set(..), Ty::None) | (Ty::None, Ty::Opt(_) | Ty::OptExc | Ty::List(_) | Ty::Dict(..) | Ty::Set(..)) => {
                        let d = if *ta == Ty::None { b } else { a };
                        self.b.is_null(d.into_pointer_value())
                    }
                    (Ty::Dyn | Ty::Obj, Ty::None) | (Ty::None, Ty::Dyn | Ty::Obj) => {
                        let d = if *ta == Ty::None { b } else { a };
                        let tag = self.b.extract(d.into_struct_value(), 0).into_int_value();
                        self.b.icmp(IntPredicate::EQ, tag, self.int(abi::TAG_NONE))
                    }
                    // the same object: the same pointer (never __eq__)
                    (Ty::Func(_), Ty::Func(_)) | (Ty::Inst(_) | Ty::Opt(_), Ty::Inst(_) | Ty::Opt(_)) | (Ty::Exc | Ty::OptExc, Ty::Exc | Ty::OptExc) => {
                        let (pa, pb) = (self.b.ptr_to_int(a.into_pointer_value(), self.i64t()), self.b.ptr_to_int(b.into_pointer_value(), self.i64t()));
                        self.b.icmp(IntPredicate::EQ, pa, pb)
                    }
                    (x, y) if x == y && matches!(x, Ty::List(_) | Ty::TupleOf(_) | Ty::Dict(..) | Ty::Set(..) | Ty::Gen(_) | Ty::Exc) => {
                        let (pa, pb) = (self.b.ptr_to_int(a.into_pointer_value(), self.i64t()), self.b.ptr_to_int(b.into_pointer_value(), self.i64t()));
                        self.b.icmp(IntPredicate::EQ, pa, pb)
                    }
                    (x, y) if x == y && !matches!(x, Ty::Tuple(_)) => {
                        // Identity of equal scalars and of the same object.
                        return self.compare(if op == CmpOp::Is { CmpOp::Eq } else { CmpOp::Ne }, a, ta, b, tb, span);
                    }
                    _ => bool_t.const_zero(),
                };
                return if op == CmpOp::Is { same } else { self.b.not(same) };
            }
            CmpOp::In | CmpOp::NotIn => {
                let r = match tb {
                    Ty::Str => self.call_rt_v(RuntimeFn::StrContains, &[b, a], span).into_int_value(),
                    Ty::List(el) | Ty::TupleOf(el) if **el == *ta || **el == Ty::Dyn || **el == Ty::Obj => {
                        self.incref(a, ta);
                        let needle = self.coerce(a, ta, el);
                        self.push_temp(V { v: needle, owned: true }, el);
                        let p = self.slot(needle, el);
                        let r = self.call_rt_v(RuntimeFn::ListContains, &[b, p.into()], span).into_int_value();
                        self.pop_temp();
                        self.decref(needle, el);
                        r
                    }
                    Ty::Dict(kt, _) | Ty::Set(kt, _) => {
                        let kt = (**kt).clone();
                        self.table_contains(b, tb, a, ta, &kt, span)
                    }
                    // x in range(start, stop, step): within the bounds and on a step
                    Ty::Range if ta.is_intlike() => {
                        let x = self.as_index(V { v: a, owned: false }, ta, span);
                        let (s0, s1, st) = self.range_parts(b);
                        let pos = self.b.icmp(IntPredicate::SGT, st, self.int(0));
                        let (ge, lt) = (self.b.icmp(IntPredicate::SGE, x, s0), self.b.icmp(IntPredicate::SLT, x, s1));
                        let (le, gt) = (self.b.icmp(IntPredicate::SLE, x, s0), self.b.icmp(IntPredicate::SGT, x, s1));
                        let up = self.b.and(ge, lt);
                        let down = self.b.and(le, gt);
                        let inside = self.b.select(pos, up.into(), down.into()).into_int_value();
                        // (x - start) % step == 0, in 128 bits (no overflow, step may be -1)
                        let i128t = self.cx.i128_type();
                        let d = self.b.sub(self.b.sext(x, i128t), self.b.sext(s0, i128t));
                        let r = self.b.srem(d, self.b.sext(st, i128t));
                        let on = self.b.icmp(IntPredicate::EQ, r, i128t.const_zero());
                        self.b.and(inside, on)
                    }
                    // Items are ints: any other value compares by ==.
                    Ty::Range => {
                        self.contains_by_eq(a, ta, b, tb, span)
                    }
                    Ty::View(crate::types::ViewKind::Keys, d) => {
                        let Ty::Dict(kt, _) = &**d else { return bool_t.const_zero() };
                        let kt = (**kt).clone();
                        self.table_contains(b, &(**d).clone(), a, ta, &kt, span)
                    }
                    // Items of another type: compare one by one, as CPython does.
                    Ty::List(_) | Ty::TupleOf(_) | Ty::View(..) => {
                        self.contains_by_eq(a, ta, b, tb, span)
                    }
                    Ty::Tuple(items) => {
                        let mut acc = bool_t.const_zero();
                        for (i, it) in items.iter().enumerate() {
                            let m = self.b.extract(b.into_struct_value(), i as u32);
                            let eq = self.compare(CmpOp::Eq, a, ta, m, it, span);
                            acc = self.b.or(acc, eq);
                        }
                        acc
                    }
                    _ => bool_t.const_zero(),
                };
                return if op == CmpOp::In { r } else { self.b.not(r) };
            }
            _ => {}
        }
        let (ip, fp) = match op {
            CmpOp::Eq => (IntPredicate::EQ, FloatPredicate::OEQ),
            CmpOp::Ne => (IntPredicate::NE, FloatPredicate::UNE),
            CmpOp::Lt => (IntPredicate::SLT, FloatPredicate::OLT),
            CmpOp::Le => (IntPredicate::SLE, FloatPredicate::OLE),
            CmpOp::Gt => (IntPredicate::SGT, FloatPredicate::OGT),
            _ => (IntPredicate::SGE, FloatPredicate::OGE),
        };
        match (ta, tb) {
            (x, y) if x.is_intlike() && y.is_intlike() => {
                let x = self.as_index(V { v: a, owned: false }, ta, span);
                let y = self.as_index(V { v: b, owned: false }, tb, span);
                self.b.icmp(ip, x, y)
            }
            (Ty::List(_), Ty::List(_)) | (Ty::TupleOf(_), Ty::TupleOf(_)) | (Ty::Dict(..), Ty::Dict(..)) | (Ty::Set(..), Ty::Set(..)) if ta == tb => self.container_cmp(op, a, b, ta, span),
            // A fixed tuple against a tuple[T, ...] (or two of those with other item types):
            // both as tuples of the joined item type, compared item by item.
            (Ty::Tuple(_) | Ty::TupleOf(_), Ty::Tuple(_) | Ty::TupleOf(_)) if matches!(ta.join(tb), Some(Ty::TupleOf(_))) => {
                let t = ta.join(tb).unwrap_or(Ty::Never);
                self.incref(a, ta);
                self.incref(b, tb);
                let (x, y) = (self.coerce(a, ta, &t), self.coerce(b, tb, &t));
                let r = self.container_cmp(op, x, y, &t, span);
                self.decref(x, &t);
                self.decref(y, &t);
                r
            }
            // Ranges are equal when they give the same items.
            (Ty::Range, Ty::Range) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let ((a0, a1, a2), (b0, b1, b2)) = (self.range_parts(a), self.range_parts(b));
                let (na, nb) = (self.range_len(a0, a1, a2), self.range_len(b0, b1, b2));
                let same_len = self.b.icmp(IntPredicate::EQ, na, nb);
                let empty = self.b.icmp(IntPredicate::EQ, na, self.int(0));
                let single = self.b.icmp(IntPredicate::EQ, na, self.int(1));
                let same_start = self.b.icmp(IntPredicate::EQ, a0, b0);
                let same_step = self.b.icmp(IntPredicate::EQ, a2, b2);
                let step_ok = self.b.or(single, same_step);
                let body = self.b.and(same_start, step_ok);
                let body = self.b.or(empty, body);
                let eq = self.b.and(same_len, body);
                if op == CmpOp::Eq {
                    eq
                } else {
                    self.b.not(eq)
                }
            }
            // set and frozenset of the same elements
            (Ty::Set(x, _), Ty::Set(y, _)) if x == y => {
                let code = cmp_code(op);
                self.call_rt_v(RuntimeFn::SetCmp, &[a, b, self.int(code).into()], span).into_int_value()
            }
            // An empty literal (no element type) against another container: by length.
            (Ty::Set(x, _), Ty::Set(y, _)) | (Ty::Dict(x, _), Ty::Dict(y, _)) if **x == Ty::Never || **y == Ty::Never => {
                let (na, nb) = (self.obj_len(a.into_pointer_value()), self.obj_len(b.into_pointer_value()));
                self.b.icmp(ip, na, nb)
            }
            // An empty list literal (no element type) against another list: by length.
            (Ty::List(x), Ty::List(y)) if **x == Ty::Never || **y == Ty::Never => {
                let (na, nb) = (self.obj_len(a.into_pointer_value()), self.obj_len(b.into_pointer_value()));
                self.b.icmp(ip, na, nb)
            }
            // Lists of different element types: equal only when both are empty.
            (Ty::List(_), Ty::List(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let (na, nb) = (self.obj_len(a.into_pointer_value()), self.obj_len(b.into_pointer_value()));
                let z = self.b.or(na, nb);
                let both_empty = self.b.icmp(IntPredicate::EQ, z, self.int(0));
                if op == CmpOp::Eq {
                    both_empty
                } else {
                    self.b.not(both_empty)
                }
            }
            (Ty::Float, Ty::Float) => self.b.fcmp(fp, a.into_float_value(), b.into_float_value()),
            (x, Ty::Float) if x.is_intlike() => {
                let i = self.as_index(V { v: a, owned: false }, ta, span);
                self.cmp_int_float(op, i, b.into_float_value(), false, span)
            }
            (Ty::Float, y) if y.is_intlike() => {
                let i = self.as_index(V { v: b, owned: false }, tb, span);
                self.cmp_int_float(op, i, a.into_float_value(), true, span)
            }
            (Ty::Str, Ty::Str) => match op {
                CmpOp::Eq | CmpOp::Ne => {
                    let eq = self.call_rt_v(RuntimeFn::StrEq, &[a, b], span).into_int_value();
                    if op == CmpOp::Eq {
                        eq
                    } else {
                        self.b.not(eq)
                    }
                }
                _ => {
                    let c = self.call_rt_v(RuntimeFn::StrCmp, &[a, b], span).into_int_value();
                    self.b.icmp(ip, c, self.int(0))
                }
            },
            (Ty::None, Ty::None) => bool_t.const_int((op == CmpOp::Eq) as u64, false),
            // (a0, a1) == (b0, b1): member by member, stopping at the first unequal pair
            // (a later pair's __eq__ does not run, as in CPython)
            (Ty::Tuple(xs), Ty::Tuple(ys)) if xs.len() == ys.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let end = self.new_block("teq.end");
                let mut incoming: Vec<(IntValue<'c>, BasicBlock<'c>)> = Vec::new();
                for (i, (x, y)) in xs.iter().zip(ys).enumerate() {
                    let ma = self.b.extract(a.into_struct_value(), i as u32);
                    let mb = self.b.extract(b.into_struct_value(), i as u32);
                    let eq = self.compare(CmpOp::Eq, ma, x, mb, y, span);
                    let next = self.new_block("teq.next");
                    incoming.push((bool_t.const_zero(), self.b.block()));
                    self.b.cond_br(eq, next, end);
                    self.b.at_end(next);
                }
                incoming.push((bool_t.const_int(1, false), self.b.block()));
                self.b.br(end);
                self.b.at_end(end);
                let phi = self.b.phi(bool_t);
                for (v, bb) in &incoming {
                    phi.add_incoming(&[(v, *bb)]);
                }
                let acc = phi.as_basic_value().into_int_value();
                if op == CmpOp::Eq {
                    acc
                } else {
                    self.b.not(acc)
                }
            }
            // (a0, a1, ...) < (b0, b1, ...): the first unequal pair decides; else the lengths.
            (Ty::Tuple(xs), Ty::Tuple(ys)) => {
                let end = self.new_block("tcmp.end");
                let mut incoming: Vec<(IntValue<'c>, BasicBlock<'c>)> = Vec::new();
                for (i, (x, y)) in xs.iter().zip(ys).enumerate() {
                    let ma = self.b.extract(a.into_struct_value(), i as u32);
                    let mb = self.b.extract(b.into_struct_value(), i as u32);
                    let eq = self.compare(CmpOp::Eq, ma, x, mb, y, span);
                    let (diff, next) = (self.new_block("tcmp.diff"), self.new_block("tcmp.next"));
                    self.b.cond_br(eq, next, diff);
                    self.b.at_end(diff);
                    let r = self.compare(op, ma, x, mb, y, span);
                    incoming.push((r, self.b.block()));
                    self.b.br(end);
                    self.b.at_end(next);
                }
                let by_len = match op {
                    CmpOp::Lt => xs.len() < ys.len(),
                    CmpOp::Le => xs.len() <= ys.len(),
                    CmpOp::Gt => xs.len() > ys.len(),
                    CmpOp::Ge => xs.len() >= ys.len(),
                    CmpOp::Eq => xs.len() == ys.len(),
                    _ => xs.len() != ys.len(),
                };
                incoming.push((bool_t.const_int(by_len as u64, false), self.b.block()));
                self.b.br(end);
                self.b.at_end(end);
                let phi = self.b.phi(bool_t);
                for (v, bb) in &incoming {
                    phi.add_incoming(&[(v, *bb)]);
                }
                phi.as_basic_value().into_int_value()
            }
            (x, y) if ((*x == Ty::Dyn || *y == Ty::Dyn) && x.is_dynable() && y.is_dynable()) || *x == Ty::Obj || *y == Ty::Obj => {
                let code = cmp_code(op);
                self.dyn_pair_call(RuntimeFn::DynCmp, code, a, ta, b, tb, span).into_int_value()
            }
            // Instances (no __eq__ yet): identity.
            (Ty::Opt(_) | Ty::OptExc, Ty::None) | (Ty::None, Ty::Opt(_) | Ty::OptExc) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let d = if *ta == Ty::None { b } else { a };
                let null = self.b.is_null(d.into_pointer_value());
                if op == CmpOp::Eq {
                    null
                } else {
                    self.b.not(null)
                }
            }
            // Instances inside tuples, min/max...: by the objects' own classes (__eq__, or
            // __lt__ and the others with their reflected fallback), as the runtime does for
            // containers; identity without __eq__.
            (Ty::Inst(_) | Ty::Opt(_), Ty::Inst(_) | Ty::Opt(_)) if !matches!(op, CmpOp::Eq | CmpOp::Ne) || self.typed.dunders.keys().any(|(_, n)| *n == "__eq__") => {
                let d = self.desc(ta);
                let (pa, pb) = (self.slot(a, ta), self.slot(b, tb));
                match op {
                    CmpOp::Eq | CmpOp::Ne => {
                        let eq = self.call_rt_v(RuntimeFn::ElemEq, &[d.into(), pa.into(), pb.into()], span).into_int_value();
                        if op == CmpOp::Eq { eq } else { self.b.not(eq) }
                    }
                    _ => self.call_rt_v(RuntimeFn::ElemCmp, &[d.into(), pa.into(), pb.into(), self.int(cmp_code(op)).into()], span).into_int_value(),
                }
            }
            (Ty::Inst(_) | Ty::Opt(_), Ty::Inst(_) | Ty::Opt(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let p = if op == CmpOp::Eq { IntPredicate::EQ } else { IntPredicate::NE };
                let (ia, ib) = (self.b.ptr_to_int(a.into_pointer_value(), self.i64t()), self.b.ptr_to_int(b.into_pointer_value(), self.i64t()));
                self.b.icmp(p, ia, ib)
            }
            // The same function (or equal bound methods), whichever sets the two values
            // range over
            (Ty::Func(_), Ty::Func(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.call_rt_v(RuntimeFn::FuncEq, &[a, b], span).into_int_value();
                if op == CmpOp::Eq { eq } else { self.b.not(eq) }
            }
            // exceptions compare by identity
            (Ty::Exc | Ty::OptExc, Ty::Exc | Ty::OptExc) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let p = if op == CmpOp::Eq { IntPredicate::EQ } else { IntPredicate::NE };
                let (ia, ib) = (self.b.ptr_to_int(a.into_pointer_value(), self.i64t()), self.b.ptr_to_int(b.into_pointer_value(), self.i64t()));
                self.b.icmp(p, ia, ib)
            }
            // Values of unrelated types are never equal.
            _ => bool_t.const_int((op == CmpOp::Ne) as u64, false),
        }
    }

    /// Exact int-vs-float comparison; `swapped` when the float is on the left.
    fn cmp_int_float(&mut self, op: CmpOp, i: IntValue<'c>, x: inkwell::values::FloatValue<'c>, swapped: bool, span: Span) -> IntValue<'c> {
        // c = cmp(i, x) in {-1, 0, 1, 2 (unordered)}
        let c = self.call_rt_v(RuntimeFn::CmpIntFloat, &[i.into(), x.into()], span).into_int_value();
        let op = if swapped {
            match op {
                CmpOp::Lt => CmpOp::Gt,
                CmpOp::Le => CmpOp::Ge,
                CmpOp::Gt => CmpOp::Lt,
                CmpOp::Ge => CmpOp::Le,
                o => o,
            }
        } else {
            op
        };
        let is = |g: &mut Self, k: i64| g.b.icmp(IntPredicate::EQ, c, g.int(k));
        match op {
            CmpOp::Eq => is(self, 0),
            CmpOp::Ne => {
                let e = is(self, 0);
                self.b.not(e)
            }
            CmpOp::Lt => is(self, -1),
            CmpOp::Gt => is(self, 1),
            CmpOp::Le => {
                let (a, b) = (is(self, -1), is(self, 0));
                self.b.or(a, b)
            }
            _ => {
                let (a, b) = (is(self, 1), is(self, 0));
                self.b.or(a, b)
            }
        }
    }

    fn builtin(&mut self, b: Builtin, args: &[ExprId], ty: &Ty, span: Span) -> V<'c> {
        let f = self.func();
        let tys: Vec<Ty> = args.iter().map(|a| self.ty(*a)).collect();
        // Evaluate all arguments first, holding owned ones until the end.
        let mut vals: Vec<V<'c>> = Vec::new();
        for (a, t) in args.iter().zip(&tys) {
            let v = self.expr(*a);
            self.push_temp(v, t);
            vals.push(v);
        }
        let r = self.builtin_values(b, &vals, &tys, ty, args, f, span);
        for (v, t) in vals.iter().zip(&tys).rev() {
            self.pop_temp();
            self.release(*v, t);
        }
        r
    }

    #[allow(clippy::too_many_arguments)]
    fn builtin_values(&mut self, b: Builtin, vals: &[V<'c>], tys: &[Ty], ty: &Ty, args: &[ExprId], f: &Function, span: Span) -> V<'c> {
        let owned = |v: BasicValueEnum<'c>| V { v, owned: true };
        let plain = |v: BasicValueEnum<'c>| V { v, owned: false };
        let arg = |i: usize| V { v: vals[i].v, owned: false };
        match b {
            Builtin::Len => match &tys[0] {
                Ty::Str => {
                    let p = self.b.gep(self.i64t(), vals[0].v.into_pointer_value(), &[self.int(2)]);
                    plain(self.b.load(self.i64t(), p))
                }
                Ty::List(_) | Ty::TupleOf(_) | Ty::Dict(..) | Ty::Set(..) | Ty::View(..) => plain(self.obj_len(vals[0].v.into_pointer_value()).into()),
                Ty::Range => {
                    let (a, b, c) = self.range_parts(vals[0].v);
                    plain(self.range_len(a, b, c).into())
                }
                Ty::Tuple(items) => plain(self.int(items.len() as i64).into()),
                _ => plain(self.call_rt_v(RuntimeFn::DynLen, &[vals[0].v], span)),
            },
            Builtin::Abs => match &tys[0] {
                Ty::Float => {
                    let x = vals[0].v.into_float_value();
                    plain(self.call_rt_v(RuntimeFn::MathFabs, &[x.into()], span))
                }
                Ty::Dyn => owned(self.call_rt_v(RuntimeFn::DynUnary, &[self.int(abi::UN_ABS).into(), vals[0].v], span)),
                t => {
                    let i = self.as_index(arg(0), t, span);
                    plain(self.int_abs(i, span).into())
                }
            },
            Builtin::Round => {
                let nd = tys.get(1).filter(|t| **t != Ty::None);
                match (&tys[0], nd) {
                    (Ty::Float, None) => plain(self.call_rt_v(RuntimeFn::FloatRound, &[vals[0].v], span)),
                    (Ty::Float, Some(t)) => {
                        let n = self.as_index(arg(1), t, span);
                        plain(self.call_rt_v(RuntimeFn::FloatRoundTo, &[vals[0].v, n.into()], span))
                    }
                    (t, None) if t.is_intlike() => plain(self.as_index(arg(0), t, span).into()),
                    (t, Some(nt)) if t.is_intlike() => {
                        let x = self.as_index(arg(0), t, span);
                        let n = self.as_index(arg(1), nt, span);
                        plain(self.call_rt_v(RuntimeFn::IntRoundTo, &[x.into(), n.into()], span))
                    }
                    (Ty::Dyn, None) => plain(self.call_rt_v(RuntimeFn::DynRound, &[vals[0].v], span)),
                    // round(x, n) of an int-or-float  ==>  by its tag: float or int rounding
                    (Ty::Dyn, Some(nt)) => {
                        let n = self.as_index(arg(1), nt, span);
                        let d = vals[0].v.into_struct_value();
                        let tag = self.b.extract(d, 0).into_int_value();
                        let val = self.b.extract(d, 1);
                        let (fb, ib, join) = (self.new_block("round.float"), self.new_block("round.int"), self.new_block("round.done"));
                        let slot = self.b.entry_alloca(self.llty(&Ty::Dyn), "round");
                        let is_float = self.b.icmp(IntPredicate::EQ, tag, self.int(abi::TAG_FLOAT));
                        self.b.cond_br(is_float, fb, ib);
                        self.b.at_end(fb);
                        let x = self.b.bitcast(val, self.cx.f64_type());
                        let r = self.call_rt_v(RuntimeFn::FloatRoundTo, &[x, n.into()], span);
                        let r = self.coerce(r, &Ty::Float, &Ty::Dyn);
                        self.b.store(slot, r);
                        self.b.br(join);
                        self.b.at_end(ib);
                        // (None and str have no __round__)
                        for (t, name) in [(abi::TAG_STR, "str"), (abi::TAG_NONE, "NoneType")] {
                            let is = self.b.icmp(IntPredicate::EQ, tag, self.int(t));
                            self.raise_if(is, abi::EXC_TYPE_ERROR, &format!("type {name} doesn't define __round__ method"), span);
                        }
                        let r = self.call_rt_v(RuntimeFn::IntRoundTo, &[val, n.into()], span);
                        let r = self.coerce(r, &Ty::Int, &Ty::Dyn);
                        self.b.store(slot, r);
                        self.b.br(join);
                        self.b.at_end(join);
                        plain(self.b.load(self.llty(&Ty::Dyn), slot))
                    }
                    (t, _) => {
                        let x = self.as_float(arg(0), t, span);
                        plain(self.call_rt_v(RuntimeFn::FloatRound, &[x.into()], span))
                    }
                }
            }
            Builtin::Min | Builtin::Max => {
                // Keeps the first of equal items, like CPython.
                let better = if b == Builtin::Min { CmpOp::Lt } else { CmpOp::Gt };
                let mut best = self.to_owned(arg(0), &tys[0]);
                best = self.coerce(best, &tys[0], ty);
                for i in 1..vals.len() {
                    // (a comparison dunder may raise)
                    self.push_temp(V { v: best, owned: true }, ty);
                    let c = self.compare(better, vals[i].v, &tys[i], best, ty, span);
                    self.pop_temp();
                    let cand = self.to_owned(arg(i), &tys[i]);
                    let cand = self.coerce(cand, &tys[i], ty);
                    let keep = self.b.select(c, cand, best);
                    let drop = self.b.select(c, best, cand);
                    self.decref(drop, ty);
                    best = keep;
                }
                owned(best)
            }
            Builtin::Divmod => {
                if tys[0].is_intlike() && tys[1].is_intlike() {
                    let x = self.as_index(arg(0), &tys[0], span);
                    let y = self.as_index(arg(1), &tys[1], span);
                    let q = self.int_binop(BinOp::FloorDiv, x, y, span);
                    let r = self.int_binop(BinOp::Mod, x, y, span);
                    let s = self.b.undef_struct(self.llty(ty));
                    let s = self.b.insert(s, q.into(), 0);
                    plain(self.b.insert(s, r.into(), 1).into())
                } else {
                    let x = self.as_float(arg(0), &tys[0], span);
                    let y = self.as_float(arg(1), &tys[1], span);
                    let zero = self.b.fcmp(FloatPredicate::OEQ, y, self.cx.f64_type().const_zero());
                    self.raise_if(zero, abi::EXC_ZERO_DIVISION_ERROR, "float divmod()", span);
                    let q = self.float_binop(BinOp::FloorDiv, x, y, span);
                    let r = self.float_binop(BinOp::Mod, x, y, span);
                    let s = self.b.undef_struct(self.llty(ty));
                    let s = self.b.insert(s, q.into(), 0);
                    plain(self.b.insert(s, r.into(), 1).into())
                }
            }
            Builtin::Pow => self.binary_values(BinOp::Pow, vals[0].v, &tys[0], vals[1].v, &tys[1], ty, span, false),
            Builtin::Hex | Builtin::Oct | Builtin::Bin => {
                let i = self.as_index(arg(0), &tys[0], span);
                let func = match b {
                    Builtin::Hex => RuntimeFn::IntHex,
                    Builtin::Oct => RuntimeFn::IntOct,
                    _ => RuntimeFn::IntBin,
                };
                owned(self.call_rt_v(func, &[i.into()], span))
            }
            Builtin::Int => match tys {
                [] => plain(self.int(0).into()),
                [Ty::Str] => plain(self.call_rt_v(RuntimeFn::StrToInt, &[vals[0].v, self.int(10).into()], span)),
                [Ty::Str, bt] => {
                    let base = self.as_index(arg(1), bt, span);
                    plain(self.call_rt_v(RuntimeFn::StrToInt, &[vals[0].v, base.into()], span))
                }
                [Ty::Float] => plain(self.call_rt_v(RuntimeFn::FloatToInt, &[vals[0].v], span)),
                [Ty::Dyn, ..] => plain(self.call_rt_v(RuntimeFn::DynToInt, &[vals[0].v], span)),
                [t, ..] => plain(self.as_index(arg(0), t, span).into()),
            },
            Builtin::Float => match tys {
                [] => plain(self.cx.f64_type().const_zero().into()),
                [Ty::Str] => plain(self.call_rt_v(RuntimeFn::StrToFloat, &[vals[0].v], span)),
                [Ty::Dyn] => plain(self.call_rt_v(RuntimeFn::DynToFloat, &[vals[0].v], span)),
                [t, ..] => plain(self.as_float(arg(0), t, span).into()),
            },
            Builtin::Str => match tys {
                [] => plain(self.str_lit("").into()),
                [t, ..] => {
                    let v = self.to_owned(arg(0), t);
                    let s = self.to_str(V { v, owned: true }, t);
                    let s = self.to_owned(s, &Ty::Str);
                    owned(s)
                }
            },
            Builtin::Repr => {
                let v = self.to_owned(arg(0), &tys[0]);
                let s = self.to_repr(V { v, owned: true }, &tys[0]);
                owned(self.to_owned(s, &Ty::Str))
            }
            Builtin::Bool => match tys.first() {
                None => plain(self.cx.bool_type().const_zero().into()),
                Some(t) => plain(self.truthy(vals[0].v, t).into()),
            },
            Builtin::Ord => plain(self.call_rt_v(RuntimeFn::StrOrd, &[vals[0].v], span)),
            Builtin::Next => self.builtin_next(vals, tys, ty, span),
            // hash(x)  ==>  pyx_elem_hash(desc, slot)
            Builtin::Hash => {
                let d = self.desc(&tys[0]);
                let slot = self.slot(vals[0].v, &tys[0]);
                plain(self.call_rt_v(RuntimeFn::ElemHash, &[d.into(), slot.into()], span))
            }
            Builtin::Chr => {
                let i = self.as_index(arg(0), &tys[0], span);
                owned(self.call_rt_v(RuntimeFn::StrChr, &[i.into()], span))
            }
            Builtin::Input => {
                let prompt: BasicValueEnum = match tys.first() {
                    Some(Ty::Str) => vals[0].v,
                    _ => self.ptrt().const_null().into(),
                };
                owned(self.call_rt_v(RuntimeFn::Input, &[prompt], span))
            }
            Builtin::Format => {
                let buf = self.call_rt_v(RuntimeFn::BufNew, &[], span);
                self.fs().temps.push(Temp::Buf(buf.into_pointer_value()));
                let spec: BasicValueEnum = match tys.get(1) {
                    Some(_) => vals[1].v,
                    None => self.str_lit("").into(),
                };
                self.format_into(buf, arg(0), &tys[0], spec, span);
                self.fs().temps.pop();
                owned(self.call_rt_v(RuntimeFn::BufFinish, &[buf], span))
            }
            Builtin::RecursionLimit(false) => plain(self.call_rt_v(RuntimeFn::GetRecursionLimit, &[], span)),
            Builtin::RecursionLimit(true) => {
                let n = self.as_index(vals[0], &tys[0], span);
                self.call_rt(RuntimeFn::SetRecursionLimit, &[n.into()], span);
                plain(self.none())
            }
            Builtin::SysExit => {
                let d = match tys.first() {
                    Some(t) => self.box_dyn(vals[0].v, t),
                    None => self.box_dyn(self.none(), &Ty::None),
                };
                self.call_rt(RuntimeFn::SysExit, &[d], span);
                plain(self.none())
            }
            Builtin::Math(m) => self.math(m, vals, tys, args, f, span),
        }
    }

    fn math(&mut self, m: MathFn, vals: &[V<'c>], tys: &[Ty], _args: &[ExprId], _f: &Function, span: Span) -> V<'c> {
        let plain = |v: BasicValueEnum<'c>| V { v, owned: false };
        let arg = |i: usize| V { v: vals[i].v, owned: false };
        if matches!(m, MathFn::Isqrt | MathFn::Gcd) {
            let xs: Vec<BasicValueEnum> = (0..vals.len()).map(|i| self.as_index(arg(i), &tys[i], span).into()).collect();
            let func = if m == MathFn::Isqrt { RuntimeFn::MathIsqrt } else { RuntimeFn::MathGcd };
            return plain(self.call_rt_v(func, &xs, span));
        }
        if m == MathFn::Trunc && tys[0].is_intlike() {
            return plain(self.as_index(arg(0), &tys[0], span).into());
        }
        let xs: Vec<inkwell::values::FloatValue> = (0..vals.len()).map(|i| self.as_float(arg(i), &tys[i], span)).collect();
        let x = xs[0];
        let f64t = self.cx.f64_type();
        let func = match m {
            MathFn::Sqrt => RuntimeFn::MathSqrt,
            MathFn::Floor => RuntimeFn::MathFloor,
            MathFn::Ceil => RuntimeFn::MathCeil,
            MathFn::Trunc => RuntimeFn::FloatToInt,
            MathFn::Sin => RuntimeFn::MathSin,
            MathFn::Cos => RuntimeFn::MathCos,
            MathFn::Tan => RuntimeFn::MathTan,
            MathFn::Asin => RuntimeFn::MathAsin,
            MathFn::Acos => RuntimeFn::MathAcos,
            MathFn::Atan => RuntimeFn::MathAtan,
            MathFn::Atan2 => RuntimeFn::MathAtan2,
            MathFn::Exp => RuntimeFn::MathExp,
            MathFn::Log if xs.len() == 2 => RuntimeFn::MathLogBase,
            MathFn::Log => RuntimeFn::MathLog,
            MathFn::Log10 => RuntimeFn::MathLog10,
            MathFn::Log2 => RuntimeFn::MathLog2,
            MathFn::Pow => RuntimeFn::MathPow,
            MathFn::Fabs => RuntimeFn::MathFabs,
            MathFn::Hypot => RuntimeFn::MathHypot,
            MathFn::Isclose => RuntimeFn::MathIsclose,
            MathFn::Isnan => return plain(self.b.fcmp(FloatPredicate::UNO, x, x).into()),
            MathFn::Isinf | MathFn::Isfinite => {
                let ax = self.call_rt_v(RuntimeFn::MathFabs, &[x.into()], span).into_float_value();
                let inf = f64t.const_float(f64::INFINITY);
                let r = if m == MathFn::Isinf { self.b.fcmp(FloatPredicate::OEQ, ax, inf) } else { self.b.fcmp(FloatPredicate::OLT, ax, inf) };
                return plain(r.into());
            }
            MathFn::Degrees => return plain(self.b.fmul(x, f64t.const_float(180.0 / std::f64::consts::PI)).into()),
            MathFn::Radians => return plain(self.b.fmul(x, f64t.const_float(std::f64::consts::PI / 180.0)).into()),
            MathFn::Isqrt | MathFn::Gcd => unreachable!("handled above"),
        };
        let xs: Vec<BasicValueEnum> = xs.iter().map(|x| (*x).into()).collect();
        plain(self.call_rt_v(func, &xs, span))
    }
}

/// Whether writing a value of type `t` may run code of the program (a class's `__repr__`
/// or `__str__`, which may raise) after part of it is written. A plain instance raises
/// before anything is written.
fn may_run_code(t: &Ty) -> bool {
    let holds = |t: &Ty| matches!(t, Ty::Inst(_) | Ty::Opt(_)) || may_run_code(t);
    match t {
        Ty::Obj => true,
        Ty::Tuple(items) => items.iter().any(holds),
        Ty::List(x) | Ty::TupleOf(x) | Ty::Set(x, _) | Ty::View(_, x) => holds(x),
        Ty::Dict(k, v) => holds(k) || holds(v),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::front_end_for_test;
    use inkwell::context::Context;

    /// Codegen produces verifiable LLVM IR for a program using most constructs.
    #[test]
    fn generated_module_verifies() {
        let src = "import sys\ndef f(x, y=2):\n    t = 0\n    for i in range(x):\n        t += i * 0.5\n    s = 'a' * y\n    for c in s:\n        print(c, end='')\n    return t, s\na, b = f(3)\nprint(f'{a:.2f}', b, sys.argv[1:], a if a > 1 else b)\n";
        let (prog, typed, diags) = front_end_for_test(&[("m.py", src)]);
        assert!(!diags.has_errors(), "{:?}", diags.list);
        let cx = Context::create();
        let m = super::generate(&cx, &prog, &typed);
        m.verify().expect("valid IR");
        assert!(m.get_function("main").is_some());
    }
}
