//! Integer arithmetic: the one place that decides how Python ints are represented.
//! Today an int is an `i64` in a register; every operation that could leave 64 bits
//! raises OverflowError instead of wrapping, and `//`, `%` follow Python's floor rules.
use super::{abi, Gen};
use crate::diag::Span;
use crate::hir::BinOp;
use super::runtime_fn::RuntimeFn;
use inkwell::values::IntValue;
use inkwell::IntPredicate;

impl<'c, 'p> Gen<'c, 'p> {
    /// a + b with the overflow flag (llvm.sadd.with.overflow).
    pub(super) fn int_add_ovf(&mut self, a: IntValue<'c>, b: IntValue<'c>) -> (IntValue<'c>, IntValue<'c>) {
        self.overflow_intrinsic("llvm.sadd.with.overflow.i64", a, b)
    }

    fn overflow_intrinsic(&mut self, name: &str, a: IntValue<'c>, b: IntValue<'c>) -> (IntValue<'c>, IntValue<'c>) {
        let i64t = self.cx.i64_type();
        let rt = self.cx.struct_type(&[i64t.into(), self.cx.bool_type().into()], false);
        let f = match self.module.get_function(name) {
            Some(f) => f,
            None => self.module.add_function(name, rt.fn_type(&[i64t.into(), i64t.into()], false), None),
        };
        let r = self.b.call(f, &[a.into(), b.into()]).expect("intrinsic result").into_struct_value();
        (self.b.extract(r, 0).into_int_value(), self.b.extract(r, 1).into_int_value())
    }

    fn checked(&mut self, name: &str, a: IntValue<'c>, b: IntValue<'c>, span: Span) -> IntValue<'c> {
        let (r, ovf) = self.overflow_intrinsic(name, a, b);
        self.raise_if(ovf, abi::EXC_OVERFLOW_ERROR, abi::MSG_INT_OVERFLOW, span);
        r
    }

    // a op b for ints:
    //   + - *      checked for overflow
    //   a // b     ZeroDivisionError if b == 0; q = a / b rounded toward -inf
    //   a % b      ZeroDivisionError if b == 0; r has the sign of b
    //   a ** b     runtime (b >= 0 here: inference sends other exponents to float or Dyn)
    //   << >>      ValueError for negative counts; << checked for overflow
    pub(super) fn int_binop(&mut self, op: BinOp, a: IntValue<'c>, b: IntValue<'c>, span: Span) -> IntValue<'c> {
        match op {
            BinOp::Add => self.checked("llvm.sadd.with.overflow.i64", a, b, span),
            BinOp::Sub => self.checked("llvm.ssub.with.overflow.i64", a, b, span),
            BinOp::Mul => self.checked("llvm.smul.with.overflow.i64", a, b, span),
            BinOp::FloorDiv | BinOp::Mod => {
                let zero = self.int(0);
                let is_zero = self.b.icmp(IntPredicate::EQ, b, zero);
                let msg = if op == BinOp::Mod { "integer modulo by zero" } else { "integer division or modulo by zero" };
                self.raise_if(is_zero, abi::EXC_ZERO_DIVISION_ERROR, msg, span);
                // i64::MIN // -1 overflows; i64::MIN % -1 is 0 but srem traps on it.
                let min = self.b.icmp(IntPredicate::EQ, a, self.int(i64::MIN));
                let neg1 = self.b.icmp(IntPredicate::EQ, b, self.int(-1));
                let both = self.b.and(min, neg1);
                if op == BinOp::FloorDiv {
                    self.raise_if(both, abi::EXC_OVERFLOW_ERROR, abi::MSG_INT_OVERFLOW, span);
                }
                let safe_b = self.b.select(both, self.int(1).into(), b.into()).into_int_value();
                let q = self.b.sdiv(a, safe_b);
                let r = self.b.srem(a, safe_b);
                // Adjust when the remainder is nonzero and its sign differs from b's.
                let rnz = self.b.icmp(IntPredicate::NE, r, zero);
                let x = self.b.xor(r, b);
                let diff = self.b.icmp(IntPredicate::SLT, x, zero);
                let adjust = self.b.and(rnz, diff);
                if op == BinOp::FloorDiv {
                    let q1 = self.b.sub(q, self.int(1));
                    self.b.select(adjust, q1.into(), q.into()).into_int_value()
                } else {
                    let r1 = self.b.add(r, b);
                    self.b.select(adjust, r1.into(), r.into()).into_int_value()
                }
            }
            BinOp::Pow => self.call_rt_v(RuntimeFn::IntPow, &[a.into(), b.into()], span).into_int_value(),
            BinOp::LShift | BinOp::RShift => {
                let neg = self.b.icmp(IntPredicate::SLT, b, self.int(0));
                self.raise_if(neg, abi::EXC_VALUE_ERROR, "negative shift count", span);
                let big = self.b.icmp(IntPredicate::SGT, b, self.int(63));
                let count = self.b.select(big, self.int(63).into(), b.into()).into_int_value();
                if op == BinOp::RShift {
                    return self.b.ashr(a, count);
                }
                // a << b overflows unless shifting back gives a (and b < 64, or a == 0).
                let r = self.b.shl(a, count);
                let back = self.b.ashr(r, count);
                let lost = self.b.icmp(IntPredicate::NE, back, a);
                let nonzero = self.b.icmp(IntPredicate::NE, a, self.int(0));
                let big_nonzero = self.b.and(big, nonzero);
                let ovf = self.b.or(lost, big_nonzero);
                self.raise_if(ovf, abi::EXC_OVERFLOW_ERROR, abi::MSG_INT_OVERFLOW, span);
                let zero = self.int(0);
                self.b.select(big, zero.into(), r.into()).into_int_value()
            }
            BinOp::BitAnd => self.b.and(a, b),
            BinOp::BitOr => self.b.or(a, b),
            BinOp::BitXor => self.b.xor(a, b),
            // True division yields a float: binary_values calls IntTrueDiv before reaching here;
            // `@` is refused by inference.
            BinOp::Div | BinOp::MatMul => self.int(0),
        }
    }

    /// -a, checked (-i64::MIN overflows).
    pub(super) fn int_neg(&mut self, a: IntValue<'c>, span: Span) -> IntValue<'c> {
        self.checked("llvm.ssub.with.overflow.i64", self.int(0), a, span)
    }

    /// abs(a), checked.
    pub(super) fn int_abs(&mut self, a: IntValue<'c>, span: Span) -> IntValue<'c> {
        let n = self.int_neg(a, span);
        let neg = self.b.icmp(IntPredicate::SLT, a, self.int(0));
        self.b.select(neg, n.into(), a.into()).into_int_value()
    }
}
