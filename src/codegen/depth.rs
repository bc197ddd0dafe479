//! The recursion limit: which instances count their frames, how the count travels (a
//! hidden last parameter), and where the `pyx_depth` global must hold it.
//!
//! Only instances on a call-graph cycle can recurse, so only they count ("counted"
//! instances). A counted instance takes its caller's count as a hidden last argument, as
//! a budget: `BUDGET0 - depth`, so that a frame's check is a decrement and a sign test.
//! Counted callers pass their own budget, other code passes `BUDGET0 - pyx_depth`
//! (`pyx_depth`: the depth of the innermost counted frame). A counted instance stores its
//! depth into `pyx_depth` only before a call that may reach counted code through other
//! code (a "sync point", found by scanning its finished body), and then restores
//! `pyx_depth` on exit. A recursion such as `fib` touches no memory for its count.

use super::*;
use inkwell::values::{AsValueRef, CallSiteValue, InstructionOpcode};

/// A frame's budget is `BUDGET0 - depth`: with CPython's default limit (`BUDGET0`) a frame
/// is too deep when its budget goes below zero.
const BUDGET0: i64 = 1000;

/// The program's call graph: each instance's callees (direct calls, calls of function
/// values, operator methods, property setters and virtual dispatch).
pub(super) fn call_graph(typed: &Typed) -> Vec<Vec<InstId>> {
    typed
        .instances
        .iter()
        .map(|i| {
            let mut v: Vec<InstId> = i.calls.values().copied().collect();
            v.extend(i.value_calls.values().flatten().map(|(_, t)| *t));
            v.extend(i.dunder_calls.values().map(|(t, _, _)| *t));
            v.extend(i.method_dispatch.values().flatten().map(|(_, t)| *t));
            v.extend(i.dunder_dispatch.values().flat_map(|(g, _)| g.iter().map(|(_, t)| *t)));
            v.extend(i.setter_calls.values().copied());
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect()
}

/// Which instances lie on a cycle of the call graph (Tarjan's strongly connected
/// components): only they can recurse, so only they count frames.
pub(super) fn on_call_cycles(succ: &[Vec<InstId>]) -> Vec<bool> {
    let n = succ.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut cyclic = vec![false; n];
    let mut next = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        // Iterative DFS: (node, position in its successor list).
        let mut work = vec![(root, 0)];
        index[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut k)) = work.last_mut() {
            if let Some(&w) = succ[v].get(*k) {
                *k += 1;
                if index[w] == usize::MAX {
                    index[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(u, _)) = work.last() {
                low[u] = low[u].min(low[v]);
            }
            if low[v] == index[v] {
                let mut comp = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp.push(w);
                    if w == v {
                        break;
                    }
                }
                if comp.len() > 1 || succ[v].contains(&v) {
                    for w in comp {
                        cyclic[w] = true;
                    }
                }
            }
        }
    }
    cyclic
}

/// Which instances may run a counted instance when called (themselves counted, or
/// calling one through any chain of calls).
pub(super) fn reaches(succ: &[Vec<InstId>], counted: &[bool]) -> Vec<bool> {
    let mut pred = vec![Vec::new(); succ.len()];
    for (v, ws) in succ.iter().enumerate() {
        for &w in ws {
            pred[w].push(v);
        }
    }
    let mut reach = counted.to_vec();
    let mut work: Vec<InstId> = (0..succ.len()).filter(|&i| counted[i]).collect();
    while let Some(w) = work.pop() {
        for &v in &pred[w] {
            if !reach[v] {
                reach[v] = true;
                work.push(v);
            }
        }
    }
    reach
}

/// How an instance counts its frame against the recursion limit.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Count {
    /// A counted instance: in its hidden parameter.
    Own,
    /// An instance off the cycles that may run a counted one: in `pyx_depth`.
    Global,
    /// Not at all (it runs no counted instance, so no count depends on its frame).
    None,
}

impl<'c, 'p> Gen<'c, 'p> {
    // on entry of a counted instance, whose caller's budget is the hidden last parameter b:
    //   cur = b - 1
    //   if (cur < BUDGET0 - pyx_recursion_limit) { raise RecursionError; goto exit }
    // of an instance off the cycles that may run one:
    //   saved = pyx_depth; pyx_depth = saved + 1;
    //   if (pyx_depth > pyx_recursion_limit) { raise RecursionError; goto exit }
    //   ... exit: pyx_depth = saved
    // (no frame of its own: the traceback ends at the caller's call, as CPython's). A
    // recursion too deep for the stack before the limit (sys.setrecursionlimit raised)
    // ends in `guard`'s RecursionError instead of a crash.
    pub(super) fn count_frame(&mut self, fv: FunctionValue<'c>, count: Count) {
        let i64t = self.i64t();
        let g = self.depth.as_pointer_value();
        match count {
            Count::None => {}
            Count::Own => {
                let b = fv.get_last_param().expect("the count parameter").into_int_value();
                let cur = self.b.entry_alloca(i64t, "budget");
                self.b.store(cur, b);
                self.fs().depth = Some(cur);
                let b = self.next_frame().expect("a budget");
                self.check_depth(b);
            }
            Count::Global => {
                let saved = self.b.entry_alloca(i64t, "depth.saved");
                let d = self.b.load(i64t, g).into_int_value();
                self.b.store(saved, d);
                self.fs().depth_saved = Some(saved);
                let d = self.b.add(d, self.int(1));
                self.b.store(g, d);
                let lim = self.limit();
                let deep = self.b.icmp(inkwell::IntPredicate::SGT, d, lim);
                self.too_deep_if(deep);
            }
        }
    }

    /// The recursion limit: CPython's default as a constant when the program never calls
    /// `sys.setrecursionlimit`.
    fn limit(&mut self) -> IntValue<'c> {
        if self.limit_set {
            self.b.load(self.i64t(), self.depth_limit.as_pointer_value()).into_int_value()
        } else {
            self.int(BUDGET0)
        }
    }

    /// cur -= 1 in a counted instance (one frame deeper): the new budget.
    pub(super) fn next_frame(&mut self) -> Option<IntValue<'c>> {
        let i64t = self.i64t();
        let cur = self.fs().depth?;
        let b = self.b.load(i64t, cur).into_int_value();
        let b = self.b.sub(b, self.int(1));
        self.b.store(cur, b);
        Some(b)
    }

    // if (b < BUDGET0 - limit) { raise RecursionError; goto exit }   (b < 0 by default)
    pub(super) fn check_depth(&mut self, b: IntValue<'c>) {
        let floor = if self.limit_set {
            let lim = self.limit();
            self.b.sub(self.int(BUDGET0), lim)
        } else {
            self.int(0)
        };
        let deep = self.b.icmp(inkwell::IntPredicate::SLT, b, floor);
        self.too_deep_if(deep);
    }

    fn too_deep_if(&mut self, deep: IntValue<'c>) {
        let deep = self.expect_false(deep);
        let err = self.new_block("too.deep");
        let cont = self.new_block("body");
        self.b.cond_br(deep, err, cont);
        self.b.at_end(err);
        let f = self.rt_fn(RuntimeFn::Raise);
        let m = self.str_lit("maximum recursion depth exceeded");
        self.b.call(f, &[self.int(abi::EXC_RECURSION_ERROR).into(), m.into()]);
        let exit = self.fs().exit;
        self.b.br(exit);
        self.b.at_end(cont);
    }

    /// Calls instance `inst` with `args` (a call to itself goes to its twin), adding the
    /// budget a counted instance takes: the caller's own when it counts, else the one
    /// `pyx_depth` gives.
    pub(super) fn call_inst(&mut self, inst: InstId, args: &[BasicMetadataValueEnum<'c>]) -> Option<BasicValueEnum<'c>> {
        let callee = match &self.fs {
            Some(fs) if fs.inst == inst => fs.self_target,
            _ => self.fns[&inst],
        };
        if !self.counted[inst] {
            return self.b.call(callee, args);
        }
        let b = match self.fs.as_ref().and_then(|fs| fs.depth) {
            Some(cur) => self.b.load(self.i64t(), cur).into_int_value(),
            None => {
                let d = self.b.load(self.i64t(), self.depth.as_pointer_value()).into_int_value();
                self.b.sub(self.int(BUDGET0), d)
            }
        };
        let mut argv = args.to_vec();
        argv.push(b.into());
        self.b.call(callee, &argv)
    }

    /// A pointer to instance `inst` for the runtime to call with its own arguments: the
    /// function itself, or for a counted instance a thunk adding `pyx_depth`.
    pub(super) fn inst_ptr(&mut self, inst: InstId) -> PointerValue<'c> {
        let fv = self.fns[&inst];
        if !self.counted[inst] {
            return fv.as_global_value().as_pointer_value();
        }
        let n = fv.count_params() - 1;
        let params: Vec<_> = fv.get_type().get_param_types().into_iter().take(n as usize).collect();
        let fty = match fv.get_type().get_return_type() {
            Some(r) => r.fn_type(&params, false),
            None => self.cx.void_type().fn_type(&params, false),
        };
        self.helper_fn(&format!("{}.thunk", fv.get_name().to_string_lossy()), fty, |g, thunk| {
            let args: Vec<BasicMetadataValueEnum> = thunk.get_param_iter().map(|p| p.into()).collect();
            let r = g.call_inst(inst, &args);
            g.b.ret(r);
        })
    }

    // after emitting counted instance fv, for each call in it that may reach counted code
    // by another way than the count parameter:
    //   pyx_depth = BUDGET0 - cur; call ...
    // and when there is one: saved = pyx_depth on entry, pyx_depth = saved on each return.
    pub(super) fn sync_depth(&mut self, fv: FunctionValue<'c>) {
        let Some(cur) = self.fs.as_ref().and_then(|fs| fs.depth) else { return };
        let mut sites = Vec::new();
        let mut rets = Vec::new();
        for bb in fv.get_basic_blocks() {
            let mut i = bb.get_first_instruction();
            while let Some(ins) = i {
                match ins.get_opcode() {
                    InstructionOpcode::Call => {
                        let site = CallSiteValue::try_from(ins).expect("a call");
                        if site.get_called_fn_value().is_some_and(|f| self.may_reach_counted(f)) {
                            sites.push(ins);
                        }
                    }
                    InstructionOpcode::Return => rets.push(ins),
                    _ => {}
                }
                i = ins.get_next_instruction();
            }
        }
        if sites.is_empty() {
            return;
        }
        let i64t = self.i64t();
        let g = self.depth.as_pointer_value();
        for ins in sites {
            self.b.0.position_before(&ins);
            let b = self.b.load(i64t, cur).into_int_value();
            let d = self.b.sub(self.int(BUDGET0), b);
            self.b.store(g, d);
        }
        let entry = fv.get_first_basic_block().expect("an entry block");
        let first = entry.get_first_instruction().expect("an instruction");
        self.b.0.position_before(&first);
        let saved = self.b.alloca(i64t, "depth.saved");
        let d0 = self.b.load(i64t, g);
        self.b.store(saved, d0);
        for ins in rets {
            self.b.0.position_before(&ins);
            let d0 = self.b.load(i64t, saved);
            self.b.store(g, d0);
        }
    }

    /// Whether calling `f` (not passing a count) may run a counted instance: an instance
    /// that reaches one, a runtime function while the runtime may call back into one, a
    /// resumed generator, or another helper of the program.
    fn may_reach_counted(&self, f: FunctionValue<'c>) -> bool {
        if let Some(&inst) = self.fn_inst.get(&(f.as_value_ref() as usize)) {
            return !self.counted[inst] && self.reach[inst];
        }
        let name = f.get_name().to_string_lossy();
        if name.starts_with("llvm.") {
            return name.starts_with("llvm.coro.resume");
        }
        if f.get_linkage() == Linkage::External {
            // The runtime: only through the classes' dunders it calls back.
            return self.callbacks_reach && name != RuntimeFn::Raise.symbol() && name != RuntimeFn::TbAdd.symbol();
        }
        // (freeing an object runs no code of the program)
        !name.starts_with("drop.")
    }
}
