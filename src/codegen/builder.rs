//! A thin wrapper over inkwell's `Builder`: the only place that unwraps inkwell results.
//! They fail only when the builder is misused (not positioned, wrong operand kinds), which
//! is a compiler bug, never a property of the user's program.
use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::types::{BasicType, BasicTypeEnum};
use inkwell::values::{BasicMetadataValueEnum, BasicValueEnum, FloatValue, FunctionValue, IntValue, PhiValue, PointerValue, StructValue};
use inkwell::{FloatPredicate, IntPredicate};

pub struct B<'c>(pub Builder<'c>);

fn ok<T, E: std::fmt::Debug>(r: Result<T, E>) -> T {
    r.unwrap_or_else(|e| panic!("internal compiler error: LLVM builder: {e:?}"))
}

impl<'c> B<'c> {
    pub fn at_end(&self, bb: BasicBlock<'c>) {
        self.0.position_at_end(bb)
    }
    pub fn block(&self) -> BasicBlock<'c> {
        self.0.get_insert_block().expect("builder is positioned")
    }
    pub fn alloca(&self, t: impl BasicType<'c>, name: &str) -> PointerValue<'c> {
        ok(self.0.build_alloca(t, name))
    }
    /// A stack slot in the function's entry block, so that slots made inside loops do not
    /// grow the stack on every iteration (and mem2reg can promote them).
    pub fn entry_alloca(&self, t: impl BasicType<'c>, name: &str) -> PointerValue<'c> {
        let here = self.block();
        let entry = here.get_parent().and_then(|f| f.get_first_basic_block()).unwrap_or(here);
        match entry.get_first_instruction() {
            Some(i) => self.0.position_before(&i),
            None => self.0.position_at_end(entry),
        }
        let p = ok(self.0.build_alloca(t, name));
        self.0.position_at_end(here);
        p
    }
    pub fn load(&self, t: impl BasicType<'c>, p: PointerValue<'c>) -> BasicValueEnum<'c> {
        ok(self.0.build_load(t, p, ""))
    }
    pub fn store(&self, p: PointerValue<'c>, v: impl Into<BasicValueEnum<'c>>) {
        let v: BasicValueEnum = v.into();
        ok(self.0.build_store(p, v));
    }
    pub fn gep(&self, t: impl BasicType<'c>, p: PointerValue<'c>, idx: &[IntValue<'c>]) -> PointerValue<'c> {
        ok(unsafe { self.0.build_in_bounds_gep(t, p, idx, "") })
    }
    pub fn struct_gep(&self, t: impl BasicType<'c>, p: PointerValue<'c>, i: u32) -> PointerValue<'c> {
        ok(self.0.build_struct_gep(t, p, i, ""))
    }
    pub fn call(&self, f: FunctionValue<'c>, args: &[BasicMetadataValueEnum<'c>]) -> Option<BasicValueEnum<'c>> {
        match ok(self.0.build_call(f, args, "")).try_as_basic_value() {
            inkwell::values::ValueKind::Basic(v) => Some(v),
            inkwell::values::ValueKind::Instruction(_) => None,
        }
    }
    pub fn call_indirect(&self, t: inkwell::types::FunctionType<'c>, f: PointerValue<'c>, args: &[BasicMetadataValueEnum<'c>]) -> Option<BasicValueEnum<'c>> {
        match ok(self.0.build_indirect_call(t, f, args, "")).try_as_basic_value() {
            inkwell::values::ValueKind::Basic(v) => Some(v),
            inkwell::values::ValueKind::Instruction(_) => None,
        }
    }
    pub fn switch(&self, v: IntValue<'c>, default: BasicBlock<'c>, cases: &[(IntValue<'c>, BasicBlock<'c>)]) {
        ok(self.0.build_switch(v, default, cases));
    }
    pub fn br(&self, bb: BasicBlock<'c>) {
        ok(self.0.build_unconditional_branch(bb));
    }
    pub fn cond_br(&self, c: IntValue<'c>, t: BasicBlock<'c>, f: BasicBlock<'c>) {
        ok(self.0.build_conditional_branch(c, t, f));
    }
    pub fn ret(&self, v: Option<BasicValueEnum<'c>>) {
        match v {
            Some(v) => ok(self.0.build_return(Some(&v))),
            None => ok(self.0.build_return(None)),
        };
    }
    pub fn unreachable(&self) {
        ok(self.0.build_unreachable());
    }
    pub fn phi(&self, t: impl BasicType<'c>) -> PhiValue<'c> {
        ok(self.0.build_phi(t, ""))
    }
    pub fn add(&self, a: IntValue<'c>, b: IntValue<'c>) -> IntValue<'c> {
        ok(self.0.build_int_add(a, b, ""))
    }
    pub fn sub(&self, a: IntValue<'c>, b: IntValue<'c>) -> IntValue<'c> {
        ok(self.0.build_int_sub(a, b, ""))
    }
    pub fn mul(&self, a: IntValue<'c>, b: IntValue<'c>) -> IntValue<'c> {
        ok(self.0.build_int_mul(a, b, ""))
    }
    pub fn sdiv(&self, a: IntValue<'c>, b: IntValue<'c>) -> IntValue<'c> {
        ok(self.0.build_int_signed_div(a, b, ""))
    }
    pub fn srem(&self, a: IntValue<'c>, b: IntValue<'c>) -> IntValue<'c> {
        ok(self.0.build_int_signed_rem(a, b, ""))
    }
    pub fn and(&self, a: IntValue<'c>, b: IntValue<'c>) -> IntValue<'c> {
        ok(self.0.build_and(a, b, ""))
    }
    pub fn or(&self, a: IntValue<'c>, b: IntValue<'c>) -> IntValue<'c> {
        ok(self.0.build_or(a, b, ""))
    }
    pub fn xor(&self, a: IntValue<'c>, b: IntValue<'c>) -> IntValue<'c> {
        ok(self.0.build_xor(a, b, ""))
    }
    pub fn not(&self, a: IntValue<'c>) -> IntValue<'c> {
        ok(self.0.build_not(a, ""))
    }
    pub fn shl(&self, a: IntValue<'c>, b: IntValue<'c>) -> IntValue<'c> {
        ok(self.0.build_left_shift(a, b, ""))
    }
    pub fn ashr(&self, a: IntValue<'c>, b: IntValue<'c>) -> IntValue<'c> {
        ok(self.0.build_right_shift(a, b, true, ""))
    }
    pub fn icmp(&self, p: IntPredicate, a: IntValue<'c>, b: IntValue<'c>) -> IntValue<'c> {
        ok(self.0.build_int_compare(p, a, b, ""))
    }
    pub fn fcmp(&self, p: FloatPredicate, a: FloatValue<'c>, b: FloatValue<'c>) -> IntValue<'c> {
        ok(self.0.build_float_compare(p, a, b, ""))
    }
    pub fn fadd(&self, a: FloatValue<'c>, b: FloatValue<'c>) -> FloatValue<'c> {
        ok(self.0.build_float_add(a, b, ""))
    }
    pub fn fsub(&self, a: FloatValue<'c>, b: FloatValue<'c>) -> FloatValue<'c> {
        ok(self.0.build_float_sub(a, b, ""))
    }
    pub fn fmul(&self, a: FloatValue<'c>, b: FloatValue<'c>) -> FloatValue<'c> {
        ok(self.0.build_float_mul(a, b, ""))
    }
    pub fn fdiv(&self, a: FloatValue<'c>, b: FloatValue<'c>) -> FloatValue<'c> {
        ok(self.0.build_float_div(a, b, ""))
    }
    pub fn fneg(&self, a: FloatValue<'c>) -> FloatValue<'c> {
        ok(self.0.build_float_neg(a, ""))
    }
    pub fn zext(&self, a: IntValue<'c>, t: inkwell::types::IntType<'c>) -> IntValue<'c> {
        ok(self.0.build_int_z_extend(a, t, ""))
    }
    pub fn sext(&self, a: IntValue<'c>, t: inkwell::types::IntType<'c>) -> IntValue<'c> {
        ok(self.0.build_int_s_extend(a, t, ""))
    }
    pub fn trunc(&self, a: IntValue<'c>, t: inkwell::types::IntType<'c>) -> IntValue<'c> {
        ok(self.0.build_int_truncate(a, t, ""))
    }
    pub fn sitofp(&self, a: IntValue<'c>, t: inkwell::types::FloatType<'c>) -> FloatValue<'c> {
        ok(self.0.build_signed_int_to_float(a, t, ""))
    }
    pub fn bitcast(&self, v: BasicValueEnum<'c>, t: impl BasicType<'c>) -> BasicValueEnum<'c> {
        ok(self.0.build_bit_cast(v, t, ""))
    }
    pub fn ptr_to_int(&self, p: PointerValue<'c>, t: inkwell::types::IntType<'c>) -> IntValue<'c> {
        ok(self.0.build_ptr_to_int(p, t, ""))
    }
    pub fn int_to_ptr(&self, i: IntValue<'c>, t: inkwell::types::PointerType<'c>) -> PointerValue<'c> {
        ok(self.0.build_int_to_ptr(i, t, ""))
    }
    pub fn is_null(&self, p: PointerValue<'c>) -> IntValue<'c> {
        ok(self.0.build_is_null(p, ""))
    }
    pub fn is_not_null(&self, p: PointerValue<'c>) -> IntValue<'c> {
        ok(self.0.build_is_not_null(p, ""))
    }
    pub fn select(&self, c: IntValue<'c>, a: BasicValueEnum<'c>, b: BasicValueEnum<'c>) -> BasicValueEnum<'c> {
        ok(self.0.build_select(c, a, b, ""))
    }
    pub fn extract(&self, s: StructValue<'c>, i: u32) -> BasicValueEnum<'c> {
        ok(self.0.build_extract_value(s, i, ""))
    }
    pub fn insert(&self, s: StructValue<'c>, v: BasicValueEnum<'c>, i: u32) -> StructValue<'c> {
        ok(self.0.build_insert_value(s, v, i, "")).into_struct_value()
    }
    pub fn undef_struct(&self, t: BasicTypeEnum<'c>) -> StructValue<'c> {
        t.into_struct_type().get_undef()
    }
}

/// The coroutine intrinsics whose operands or results are `token`s, which inkwell cannot
/// type: built with raw LLVM-C calls here, so no other file touches `llvm-sys`. Generators
/// use LLVM's switched-resume coroutines (see `codegen/generators.rs`).
pub struct CoroId(llvm_sys::prelude::LLVMValueRef);

impl<'c> B<'c> {
    fn raw_call(&self, m: &inkwell::module::Module<'c>, name: &str, ret: llvm_sys::prelude::LLVMTypeRef, params: &mut [llvm_sys::prelude::LLVMTypeRef], args: &mut [llvm_sys::prelude::LLVMValueRef]) -> llvm_sys::prelude::LLVMValueRef {
        use llvm_sys::core::*;
        let cname = std::ffi::CString::new(name).expect("intrinsic name");
        // SAFETY: the module, builder and values are live and belong to the same context;
        // the signature is the intrinsic's (LLVM verifies it).
        unsafe {
            let fty = LLVMFunctionType(ret, params.as_mut_ptr(), params.len() as u32, 0);
            let mut f = LLVMGetNamedFunction(m.as_mut_ptr(), cname.as_ptr());
            if f.is_null() {
                f = LLVMAddFunction(m.as_mut_ptr(), cname.as_ptr(), fty);
            }
            LLVMBuildCall2(self.0.as_mut_ptr(), fty, f, args.as_mut_ptr(), args.len() as u32, c"".as_ptr())
        }
    }
    fn raw_types(m: &inkwell::module::Module<'c>) -> (llvm_sys::prelude::LLVMTypeRef, llvm_sys::prelude::LLVMTypeRef, llvm_sys::prelude::LLVMTypeRef, llvm_sys::prelude::LLVMTypeRef) {
        use llvm_sys::core::*;
        // SAFETY: the module is live.
        unsafe {
            let cx = LLVMGetModuleContext(m.as_mut_ptr());
            (LLVMTokenTypeInContext(cx), LLVMPointerTypeInContext(cx, 0), LLVMInt32TypeInContext(cx), LLVMInt1TypeInContext(cx))
        }
    }
    fn token_none(m: &inkwell::module::Module<'c>) -> llvm_sys::prelude::LLVMValueRef {
        let (tok, ..) = Self::raw_types(m);
        // SAFETY: the null value of the token type is `token none`.
        unsafe { llvm_sys::core::LLVMConstNull(tok) }
    }
    /// `%id = call token @llvm.coro.id(i32 align, ptr promise, ptr null, ptr null)`
    pub fn coro_id(&self, m: &inkwell::module::Module<'c>, align: u32, promise: PointerValue<'c>) -> CoroId {
        use inkwell::values::AsValueRef;
        let (tok, ptr, i32t, _) = Self::raw_types(m);
        // SAFETY: constants of live types.
        let (a, null) = unsafe { (llvm_sys::core::LLVMConstInt(i32t, align as u64, 0), llvm_sys::core::LLVMConstNull(ptr)) };
        CoroId(self.raw_call(m, "llvm.coro.id", tok, &mut [i32t, ptr, ptr, ptr], &mut [a, promise.as_value_ref(), null, null]))
    }
    /// `call ptr @llvm.coro.begin(token %id, ptr mem)`: the coroutine's handle.
    pub fn coro_begin(&self, m: &inkwell::module::Module<'c>, id: &CoroId, mem: PointerValue<'c>) -> PointerValue<'c> {
        use inkwell::values::AsValueRef;
        let (tok, ptr, ..) = Self::raw_types(m);
        let h = self.raw_call(m, "llvm.coro.begin", ptr, &mut [tok, ptr], &mut [id.0, mem.as_value_ref()]);
        // SAFETY: a ptr-typed value.
        unsafe { PointerValue::new(h) }
    }
    /// `call ptr @llvm.coro.free(token %id, ptr hdl)`: the frame memory to free, or null.
    pub fn coro_free(&self, m: &inkwell::module::Module<'c>, id: &CoroId, hdl: PointerValue<'c>) -> PointerValue<'c> {
        use inkwell::values::AsValueRef;
        let (tok, ptr, ..) = Self::raw_types(m);
        let p = self.raw_call(m, "llvm.coro.free", ptr, &mut [tok, ptr], &mut [id.0, hdl.as_value_ref()]);
        // SAFETY: a ptr-typed value.
        unsafe { PointerValue::new(p) }
    }
    /// `call i8 @llvm.coro.suspend(token none, i1 final)`: 0 resumed, 1 destroyed, -1 suspended.
    pub fn coro_suspend(&self, m: &inkwell::module::Module<'c>, last: bool) -> IntValue<'c> {
        let (tok, _, _, i1) = Self::raw_types(m);
        // SAFETY: types and constants of the module's context.
        let (i8t, fin) = unsafe { (llvm_sys::core::LLVMInt8TypeInContext(llvm_sys::core::LLVMGetModuleContext(m.as_mut_ptr())), llvm_sys::core::LLVMConstInt(i1, last as u64, 0)) };
        let r = self.raw_call(m, "llvm.coro.suspend", i8t, &mut [tok, i1], &mut [Self::token_none(m), fin]);
        // SAFETY: an i8-typed value.
        unsafe { IntValue::new(r) }
    }
    /// `call i1 @llvm.coro.end(ptr hdl, i1 false, token none)`
    pub fn coro_end(&self, m: &inkwell::module::Module<'c>, hdl: PointerValue<'c>) {
        use inkwell::values::AsValueRef;
        let (tok, ptr, _, i1) = Self::raw_types(m);
        // SAFETY: a constant of a live type.
        let f = unsafe { llvm_sys::core::LLVMConstInt(i1, 0, 0) };
        self.raw_call(m, "llvm.coro.end", i1, &mut [ptr, i1, tok], &mut [hdl.as_value_ref(), f, Self::token_none(m)]);
    }
}
