//! From a code object to a running entry: lower (IR text), parse and
//! verify, optimise with the new pass manager (`default<O2>`), emit an
//! ELF relocatable object in memory, load it with our own loader
//! (resolving the symbol table), keep the mapping for the process.

use super::lower;
use super::STATS;
use crate::object::code::PyCode;
use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::passes::PassBuilderOptions;
use inkwell::targets::{CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine};
use inkwell::OptimizationLevel;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::Instant;

/// The optimisation pipeline.
pub const PASSES: &str = "default<O2>";
/// Its level, as the object cache keys it.
pub const OPT_LEVEL: u32 = 2;

thread_local! {
    /// For code that is not optimised: fast instruction selection and
    /// register allocation.
    static MACHINE: Result<(TargetMachine, String), String> = make_machine(cg_level(false));
    /// For optimised functions: the default code generator.
    static MACHINE_OPT: Result<(TargetMachine, String), String> = make_machine(cg_level(true));
}

/// The code generator's level: `Default` for optimised functions, `None`
/// (fast instruction selection and register allocation) for the rest,
/// where code-generation time would dominate; `PYSTON_LLVM_CG=0|1|2|3`
/// forces one level.
fn cg_level(optimise: bool) -> OptimizationLevel {
    match std::env::var("PYSTON_LLVM_CG").as_deref() {
        Ok("0") => OptimizationLevel::None,
        Ok("1") => OptimizationLevel::Less,
        Ok("2") => OptimizationLevel::Default,
        Ok("3") => OptimizationLevel::Aggressive,
        _ if optimise => OptimizationLevel::Default,
        _ => OptimizationLevel::None,
    }
}

/// Functions up to this many words get the IR optimisation pipeline;
/// larger ones (and module and class bodies, which run once) are
/// emitted as lowered: LLVM's time grows faster than linearly with them.
pub const OPT_MAX_WORDS: usize = 120;

fn make_machine(level: OptimizationLevel) -> Result<(TargetMachine, String), String> {
    Target::initialize_x86(&InitializationConfig::default());
    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).map_err(|e| e.to_string())?;
    let cpu = TargetMachine::get_host_cpu_name().to_string();
    let features = TargetMachine::get_host_cpu_features().to_string();
    let tm = target
        .create_target_machine(&triple, &cpu, &features, level, RelocMode::PIC, CodeModel::Default)
        .ok_or_else(|| "cannot create the target machine".to_string())?;
    Ok((tm, format!("{} {}", cpu, features)))
}

fn add(ns: &AtomicU64, t: Instant) {
    ns.fetch_add(t.elapsed().as_nanos() as u64, Relaxed);
}

/// Parse, verify, optimise and emit `ir`; the ELF object's bytes.
pub fn emit_object(ir: &str, optimise: bool) -> Result<Vec<u8>, String> {
    let machine = if optimise { &MACHINE_OPT } else { &MACHINE };
    machine.with(|m| {
        let (tm, _) = m.as_ref().map_err(|e| e.clone())?;
        let t = Instant::now();
        let ctx = Context::create();
        let buf = MemoryBuffer::create_from_memory_range_copy(ir.as_bytes(), "pyc");
        let module = ctx.create_module_from_ir(buf).map_err(|e| format!("IR does not parse: {}", e))?;
        module.verify().map_err(|e| format!("IR does not verify: {}", e))?;
        module.set_triple(&tm.get_triple());
        module.set_data_layout(&tm.get_target_data().get_data_layout());
        add(&STATS.ir_ns, t);
        let t = Instant::now();
        let passes = std::env::var("PYSTON_LLVM_PASSES").unwrap_or_else(|_| if optimise { PASSES.to_string() } else { String::new() });
        if !passes.is_empty() {
            module.run_passes(&passes, tm, PassBuilderOptions::create()).map_err(|e| e.to_string())?;
        }
        add(&STATS.opt_ns, t);
        let t = Instant::now();
        let obj = tm.write_to_memory_buffer(&module, FileType::Object).map_err(|e| e.to_string())?;
        add(&STATS.emit_ns, t);
        Ok(obj.as_slice().to_vec())
    })
}

/// The CPU description the object cache keys entries with.
pub fn cpu() -> String {
    MACHINE.with(|m| m.as_ref().map(|(_, c)| c.clone()).unwrap_or_default())
}

thread_local! {
    /// Every loaded object stays mapped for the life of the process (the
    /// entries are cached on code objects; unloading is future work).
    static LOADED: std::cell::RefCell<Vec<crate::loader::LoadedObject>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Compile `code`: the address of its loaded entry. The object comes from
/// the object cache when an equal IR text was compiled before (by any
/// process with the same ABI, LLVM and CPU).
pub fn compile(code: &PyCode) -> Result<usize, String> {
    let t = Instant::now();
    let low = lower::lower(&code.unit)?;
    add(&STATS.ir_ns, t);
    if std::env::var("PYSTON_LLVM_DUMP").is_ok_and(|q| q == code.unit.qualname) {
        eprintln!("{}\n{}", low.symbols.to_text(), low.ir);
    }
    let unit = &code.unit;
    let optimise = unit.code.len() <= OPT_MAX_WORDS && unit.flags & crate::bytecode::code_flags::OPTIMIZED != 0;
    let key = crate::objcache::CacheKey::new(
        low.ir.as_bytes(),
        crate::abi::abi_hash(),
        &crate::llvm_version(),
        &format!("{} cg{:?}", cpu(), cg_level(optimise)),
        if optimise { OPT_LEVEL } else { 0 },
    );
    let obj = match crate::objcache::get(&key) {
        Some(obj) => {
            STATS.cache_hits.fetch_add(1, Relaxed);
            obj
        }
        None => {
            STATS.cache_misses.fetch_add(1, Relaxed);
            let obj = emit_object(&low.ir, optimise)?;
            crate::objcache::put(&key, &obj);
            obj
        }
    };
    let t = Instant::now();
    let r = load(&obj, &low.symbols, code);
    add(&STATS.load_ns, t);
    r
}

/// Link the object into the process with our loader, resolving the
/// symbol table for `code`; the entry's address.
fn load(obj: &[u8], syms: &super::symbols::SymbolTable, code: &PyCode) -> Result<usize, String> {
    let loaded = crate::loader::load(obj, &|name| syms.resolve(name, code)).map_err(|e| format!("load: {}", e))?;
    let entry = loaded.symbol(lower::ENTRY).ok_or_else(|| "load: no entry symbol".to_string())?;
    if crate::loader::perf_map_enabled() {
        for (name, addr, size) in loaded.functions() {
            let n = if name == lower::ENTRY { code.unit.qualname.clone() } else { format!("{} [{}]", code.unit.qualname, name) };
            crate::loader::perf_map_register(&format!("py::{}", n), addr, size);
        }
    }
    LOADED.with(|l| l.borrow_mut().push(loaded));
    Ok(entry)
}
