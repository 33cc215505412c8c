//! Loader tests: objects built at test time with `cc -c` (C and assembly,
//! with flags chosen to produce each relocation kind) and with LLVM through
//! inkwell, loaded, called and checked.

use super::*;
use object::read::elf::SectionHeader as _;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::AtomicUsize;

static SEQ: AtomicUsize = AtomicUsize::new(0);

fn tempdir() -> PathBuf {
    let n = SEQ.fetch_add(1, Ordering::Relaxed);
    let d = std::env::temp_dir().join(format!("pyston-loader-test-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Compiles `src` (C, or assembly when `ext` is "s") with `cc -c flags`.
fn cc(src: &str, ext: &str, flags: &[&str]) -> Vec<u8> {
    let d = tempdir();
    let input = d.join(format!("t.{ext}"));
    let output = d.join("t.o");
    std::fs::write(&input, src).unwrap();
    let out = Command::new("cc")
        .args(["-c", "-O1", "-fno-asynchronous-unwind-tables", "-fno-stack-protector"])
        .args(flags)
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .output()
        .expect("cc runs");
    assert!(out.status.success(), "cc failed: {}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&output).unwrap();
    std::fs::remove_dir_all(&d).unwrap();
    bytes
}

/// The relocation types in the loaded sections of an object.
fn reloc_types(obj: &[u8]) -> BTreeSet<u32> {
    let hdr = Elf::parse(obj).unwrap();
    let e = hdr.endian().unwrap();
    let sections = hdr.sections(e, obj).unwrap();
    let mut out = BTreeSet::new();
    for sh in sections.iter() {
        if let Some((rela, _)) = sh.rela(e, obj).unwrap() {
            let target = sections.section(object::SectionIndex(sh.sh_info(e) as usize)).unwrap();
            if target.sh_flags(e) & u64::from(elf::SHF_ALLOC) != 0 {
                for r in rela {
                    out.insert(r.r_type(e, false));
                }
            }
        }
    }
    out
}

fn no_resolve(_: &str) -> Option<usize> {
    None
}

fn func0(o: &LoadedObject, name: &str) -> extern "C" fn() -> i64 {
    let a = o.symbol(name).unwrap_or_else(|| panic!("{name} defined"));
    // SAFETY: the test's object defines `name` as `long name(void)`.
    unsafe { std::mem::transmute::<usize, extern "C" fn() -> i64>(a) }
}

fn func1(o: &LoadedObject, name: &str) -> extern "C" fn(i64) -> i64 {
    let a = o.symbol(name).unwrap_or_else(|| panic!("{name} defined"));
    // SAFETY: the test's object defines `name` as `long name(long)`.
    unsafe { std::mem::transmute::<usize, extern "C" fn(i64) -> i64>(a) }
}

const BASIC_C: &str = r#"
static long counter;                 /* bss */
long table[4] = {10, 20, 30, 40};    /* data */
static const long primes[] = {2, 3, 5, 7, 11, 13, 17, 19};  /* rodata */
const char *greeting = "hello";      /* data pointing at rodata (R_X86_64_64) */
__attribute__((noinline)) long square(long x) { return x * x; }
__attribute__((noinline)) long prime(long i) { return primes[i & 7]; }
long sum_squares(long n) { long s = 0; for (long i = 1; i <= n; i++) s += square(i); return s; }
long bump(long by) { counter += by; return counter; }
long table_sum(long unused) { (void)unused; long s = 0; for (int i = 0; i < 4; i++) s += table[i]; table[0]++; return s; }
long greeting_char(long i) { return greeting[i]; }
double half(double x) { return x * 0.5; }  /* a .rodata.cst8 constant */
"#;

#[test]
fn basic_calls_data_rodata_bss() {
    for flags in [&["-fno-pic"][..], &["-fPIC"][..]] {
        let obj = cc(BASIC_C, "c", flags);
        let o = load(&obj, &no_resolve).expect("loads");
        assert_eq!(func1(&o, "square")(7), 49);
        assert_eq!(func1(&o, "sum_squares")(4), 30, "call between two functions of one object");
        assert_eq!(func1(&o, "prime")(4), 11, "rodata");
        assert_eq!(func1(&o, "bump")(5), 5, "bss starts zeroed");
        assert_eq!(func1(&o, "bump")(2), 7, "bss is writable");
        assert_eq!(func1(&o, "table_sum")(0), 100, "data");
        assert_eq!(func1(&o, "table_sum")(0), 101, "data is writable");
        assert_eq!(func1(&o, "greeting_char")(1), b'e' as i64, "pointer in data");
        let a = o.symbol("half").unwrap();
        // SAFETY: `half` is `double half(double)`.
        let half = unsafe { std::mem::transmute::<usize, extern "C" fn(f64) -> f64>(a) };
        assert_eq!(half(3.0), 1.5);
        let names: Vec<String> = o.functions().into_iter().map(|f| f.0).collect();
        for n in ["square", "prime", "sum_squares", "bump", "table_sum", "greeting_char", "half"] {
            assert!(names.iter().any(|x| x == n), "{n} in functions(): {names:?}");
        }
        assert!(o.functions().iter().all(|f| f.2 > 0), "function sizes known");
        assert!(o.symbol("table").is_some() && o.symbol("nonexistent").is_none());
    }
}

extern "C" fn rust_triple(x: i64) -> i64 {
    x * 3
}

static RUST_VALUE: i64 = 1234;

fn resolver(name: &str) -> Option<usize> {
    match name {
        "rust_triple" => Some(rust_triple as extern "C" fn(i64) -> i64 as usize),
        "rust_value" => Some(&RUST_VALUE as *const i64 as usize),
        _ => None,
    }
}

const EXTERN_C: &str = r#"
extern long rust_triple(long);
extern long rust_value;
long call_out(long x) { return rust_triple(x) + 1; }
long read_value(long unused) { (void)unused; return rust_value; }
"#;

#[test]
fn plt32_call_out_to_rust() {
    let obj = cc(EXTERN_C, "c", &["-fno-pic", "-mcmodel=small"]);
    assert!(reloc_types(&obj).contains(&elf::R_X86_64_PLT32));
    // `read_value` uses PC32 against an external: out of range unless the
    // mapping landed near the binary; either way never a crash.
    match load(&obj, &resolver) {
        Ok(o) => {
            assert_eq!(func1(&o, "call_out")(5), 16);
            assert_eq!(func1(&o, "read_value")(0), 1234);
        }
        Err(e) => assert!(e.0.contains("R_X86_64_PC32") && e.0.contains("out of range"), "{e}"),
    }
    // Calls only: PLT32 always works (direct or through a stub).
    let obj = cc("extern long rust_triple(long); long call_out(long x) { return rust_triple(x) + 1; }", "c", &["-fno-pic"]);
    let o = load(&obj, &resolver).unwrap();
    assert_eq!(func1(&o, "call_out")(5), 16);
}

#[test]
fn plt32_through_stub_when_far() {
    // A target far away (beyond +-2 GB of any mapping we get): the call must
    // go through a stub. Use a resolved address inside a second loaded
    // object, then check the first still calls it whether direct or not.
    let callee = cc("long far_fn(long x) { return x + 100; }", "c", &["-fno-pic"]);
    let callee = load(&callee, &no_resolve).unwrap();
    let far = callee.symbol("far_fn").unwrap();
    let obj = cc("extern long far_fn(long); long caller(long x) { return far_fn(x) * 2; }", "c", &["-fno-pic"]);
    let o = load(&obj, &|n: &str| (n == "far_fn").then_some(far)).unwrap();
    assert_eq!(func1(&o, "caller")(1), 202);
    // Rust's own functions: whether near or far, the call works.
    let o = load(&obj, &|n: &str| (n == "far_fn").then_some(rust_triple as extern "C" fn(i64) -> i64 as usize)).unwrap();
    assert_eq!(func1(&o, "caller")(2), 12);
}

#[test]
fn rex_gotpcrelx_and_gotpcrel() {
    let obj = cc(EXTERN_C, "c", &["-fPIC"]);
    let types = reloc_types(&obj);
    assert!(types.contains(&elf::R_X86_64_REX_GOTPCRELX), "{types:?}");
    let o = load(&obj, &resolver).unwrap();
    assert_eq!(func1(&o, "read_value")(0), 1234);
    assert_eq!(func1(&o, "call_out")(1), 4);

    let obj = cc(EXTERN_C, "c", &["-fPIC", "-Wa,-mrelax-relocations=no"]);
    let types = reloc_types(&obj);
    assert!(types.contains(&elf::R_X86_64_GOTPCREL), "{types:?}");
    let o = load(&obj, &resolver).unwrap();
    assert_eq!(func1(&o, "read_value")(0), 1234);
}

#[test]
fn gotpcrelx_call_without_plt() {
    let obj = cc(EXTERN_C, "c", &["-fPIC", "-fno-plt"]);
    let types = reloc_types(&obj);
    assert!(types.contains(&elf::R_X86_64_GOTPCRELX), "{types:?}");
    let o = load(&obj, &resolver).unwrap();
    assert_eq!(func1(&o, "call_out")(10), 31);
}

#[test]
fn r64_large_code_model() {
    let obj = cc(EXTERN_C, "c", &["-fno-pic", "-mcmodel=large"]);
    let types = reloc_types(&obj);
    assert!(types.contains(&elf::R_X86_64_64), "{types:?}");
    assert!(!types.contains(&elf::R_X86_64_PC32) && !types.contains(&elf::R_X86_64_PLT32), "{types:?}");
    let o = load(&obj, &resolver).unwrap();
    assert_eq!(func1(&o, "call_out")(5), 16);
    assert_eq!(func1(&o, "read_value")(0), 1234);
    // Large model with PIC: GOTOFF64 / GOTPC64 / GOT64.
    let obj = cc(BASIC_C, "c", &["-fPIC", "-mcmodel=large"]);
    let o = load(&obj, &no_resolve).unwrap();
    assert_eq!(func1(&o, "sum_squares")(3), 14);
    assert_eq!(func1(&o, "prime")(1), 3);
    let obj = cc(EXTERN_C, "c", &["-fPIC", "-mcmodel=large"]);
    let types = reloc_types(&obj);
    assert!(types.contains(&elf::R_X86_64_GOTPC64) || types.contains(&elf::R_X86_64_GOT64), "{types:?}");
    let o = load(&obj, &resolver).unwrap();
    assert_eq!(func1(&o, "read_value")(0), 1234);
    assert_eq!(func1(&o, "call_out")(5), 16);
}

const ABS32_S: &str = r#"
    .text
    .globl get32
get32:
    movl $small_sym+4, %eax
    ret
    .globl get32s
get32s:
    movq $small_sym-8, %rax
    ret
    .globl getpc32
getpc32:
    leaq local_data(%rip), %rax
    movq (%rax), %rax
    ret
    .globl get_local_ptr
get_local_ptr:
    movq local_ptr(%rip), %rax
    movq (%rax), %rax
    ret
    .data
    .p2align 3
local_data:
    .quad 777
local_ptr:
    .quad local_data
pcrel_field:
    .long local_data - .
    .section .rodata
    .quad 0
"#;

#[test]
fn r32_and_r32s_and_pc32() {
    let obj = cc(ABS32_S, "s", &[]);
    let types = reloc_types(&obj);
    for t in [elf::R_X86_64_32, elf::R_X86_64_32S, elf::R_X86_64_PC32, elf::R_X86_64_64] {
        assert!(types.contains(&t), "{t} in {types:?}");
    }
    let o = load(&obj, &|n: &str| (n == "small_sym").then_some(0x1000)).unwrap();
    assert_eq!(func0(&o, "get32")(), 0x1004);
    assert_eq!(func0(&o, "get32s")(), 0xff8);
    assert_eq!(func0(&o, "getpc32")(), 777);
    assert_eq!(func0(&o, "get_local_ptr")(), 777, "R_X86_64_64 against a section symbol");
    // Out of range: R_X86_64_32 of a value above 4 GB, 32S of a value above 2 GB.
    let e = load(&obj, &|n: &str| (n == "small_sym").then_some(0x1_0000_0000)).unwrap_err();
    assert!(e.0.contains("R_X86_64_32") && e.0.contains("out of range") && e.0.contains("small_sym"), "{e}");
    let e = load(&obj, &|n: &str| (n == "small_sym").then_some(0x8000_0010)).unwrap_err();
    assert!(e.0.contains("R_X86_64_32S") && e.0.contains("out of range"), "{e}");
    // 32 zero-extends: 0xfffffff0 + 4 fits, 32S of it does not.
    let e = load(&obj, &|n: &str| (n == "small_sym").then_some(0xffff_fff0)).unwrap_err();
    assert!(e.0.contains("R_X86_64_32S"), "{e}");
}

#[test]
fn unknown_symbol_is_an_error() {
    let obj = cc(EXTERN_C, "c", &["-fPIC"]);
    let e = load(&obj, &no_resolve).unwrap_err();
    assert!(e.0.contains("undefined symbol") && (e.0.contains("rust_triple") || e.0.contains("rust_value")), "{e}");
    assert!(e.to_string().starts_with("cannot load compiled object: "), "{e}");
}

#[test]
fn weak_undefined_resolves_to_zero() {
    let src = "extern long maybe(long) __attribute__((weak)); long has_maybe(long x) { return maybe ? maybe(x) : -1; }";
    let obj = cc(src, "c", &["-fPIC"]);
    let o = load(&obj, &no_resolve).unwrap();
    assert_eq!(func1(&o, "has_maybe")(1), -1);
    let o = load(&obj, &|n: &str| (n == "maybe").then_some(rust_triple as extern "C" fn(i64) -> i64 as usize)).unwrap();
    assert_eq!(func1(&o, "has_maybe")(2), 6);
}

#[test]
fn common_symbols() {
    let obj = cc("long shared_counter; long incr(long by) { shared_counter += by; return shared_counter; }", "c", &["-fcommon", "-fno-pic"]);
    let o = load(&obj, &no_resolve).unwrap();
    assert_eq!(func1(&o, "incr")(3), 3);
    assert_eq!(func1(&o, "incr")(4), 7);
    let addr = o.symbol("shared_counter").unwrap();
    // SAFETY: shared_counter is a long in the object's data pages (RW).
    assert_eq!(unsafe { *(addr as *const i64) }, 7);
}

#[test]
fn w_xor_x() {
    let obj = cc(BASIC_C, "c", &["-fno-pic"]);
    let o = load(&obj, &no_resolve).unwrap();
    let text = o.symbol("square").unwrap();
    let data = o.symbol("table").unwrap();
    let (base, len) = o.region();
    assert_eq!(region_permissions(text).as_deref(), Some("r-xp"));
    assert_eq!(region_permissions(data).as_deref(), Some("rw-p"));
    let mut seen_ro = false;
    let mut a = base;
    while a < base + len {
        let p = region_permissions(a).unwrap();
        assert!(!(p.contains('w') && p.contains('x')), "page {a:#x} is {p}");
        seen_ro |= p == "r--p";
        a += PAGE;
    }
    assert!(seen_ro, "rodata is read-only");
    drop(o);
}

fn patch(obj: &[u8], at: usize, bytes: &[u8]) -> Vec<u8> {
    let mut v = obj.to_vec();
    v[at..at + bytes.len()].copy_from_slice(bytes);
    v
}

#[test]
fn corrupt_objects_are_errors() {
    let obj = cc(BASIC_C, "c", &["-fno-pic"]);
    let check = |bytes: &[u8], what: &str| {
        let e = load(bytes, &no_resolve).unwrap_err();
        assert!(e.0.contains(what), "{what}: {e}");
    };
    check(b"", "not an ELF file");
    check(b"hello world, not elf", "not an ELF file");
    check(&obj[..40], "malformed ELF");
    check(&patch(&obj, 4, &[1]), "not a 64-bit");
    check(&patch(&obj, 5, &[2]), "little-endian");
    check(&patch(&obj, 18, &[3, 0]), "wrong machine");
    check(&patch(&obj, 16, &[2, 0]), "not a relocatable object");
    // Section header table offset past the end.
    check(&patch(&obj, 40, &u64::MAX.to_le_bytes()), "malformed ELF");
}

/// A deterministic xorshift generator for the fuzz loops.
fn rng(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

#[test]
fn fuzz_truncations_and_flips() {
    let resolve_all = |_: &str| Some(rust_triple as extern "C" fn(i64) -> i64 as usize);
    for (src, ext, flags) in [(BASIC_C, "c", &["-fPIC"][..]), (EXTERN_C, "c", &["-fno-pic"][..]), (ABS32_S, "s", &[][..])] {
        let obj = cc(src, ext, flags);
        for len in 0..obj.len() {
            let _ = load(&obj[..len], &resolve_all);
        }
        let mut seed = 0x9e3779b97f4a7c15u64;
        for _ in 0..3000 {
            let mut v = obj.clone();
            for _ in 0..1 + rng(&mut seed) % 4 {
                let at = (rng(&mut seed) % v.len() as u64) as usize;
                v[at] = rng(&mut seed) as u8;
            }
            let _ = load(&v, &resolve_all);
        }
    }
}

#[test]
fn llvm_emitted_object() {
    use inkwell::context::Context;
    use inkwell::targets::{CodeModel, FileType, InitializationConfig, RelocMode, Target, TargetMachine};
    use inkwell::OptimizationLevel;

    Target::initialize_x86(&InitializationConfig::default());
    let ctx = Context::create();
    let m = ctx.create_module("t");
    let i64t = ctx.i64_type();
    let fnty = i64t.fn_type(&[i64t.into()], false);
    let ext = m.add_function("rust_triple", fnty, None);
    let g = m.add_global(i64t, None, "rust_value");
    let konst = m.add_global(i64t, None, "k");
    konst.set_initializer(&i64t.const_int(40, false));
    konst.set_constant(true);
    let counter = m.add_global(i64t, None, "counter");
    counter.set_initializer(&i64t.const_zero());
    let f = m.add_function("jit_fn", fnty, None);
    let b = ctx.create_builder();
    b.position_at_end(ctx.append_basic_block(f, "entry"));
    let x = f.get_nth_param(0).unwrap().into_int_value();
    let t = b.build_call(ext, &[x.into()], "t").unwrap().try_as_basic_value().basic().unwrap().into_int_value();
    let v = b.build_load(i64t, g.as_pointer_value(), "v").unwrap().into_int_value();
    let k = b.build_load(i64t, konst.as_pointer_value(), "k").unwrap().into_int_value();
    let c = b.build_load(i64t, counter.as_pointer_value(), "c").unwrap().into_int_value();
    let c1 = b.build_int_add(c, i64t.const_int(1, false), "c1").unwrap();
    b.build_store(counter.as_pointer_value(), c1).unwrap();
    let s = b.build_int_add(t, v, "s").unwrap();
    let s = b.build_int_add(s, k, "s").unwrap();
    let s = b.build_int_add(s, c1, "s").unwrap();
    b.build_return(Some(&s)).unwrap();

    let triple = TargetMachine::get_default_triple();
    let target = Target::from_triple(&triple).unwrap();
    for (reloc, model) in [(RelocMode::PIC, CodeModel::Small), (RelocMode::Static, CodeModel::Large), (RelocMode::PIC, CodeModel::Large)] {
        let tm = target
            .create_target_machine(&triple, "x86-64", "", OptimizationLevel::Default, reloc, model)
            .unwrap();
        let buf = tm.write_to_memory_buffer(&m, FileType::Object).unwrap();
        let o = load(buf.as_slice(), &resolver).unwrap();
        // 3*2 + 1234 + 40 + 1
        assert_eq!(func1(&o, "jit_fn")(2), 1281, "{reloc:?} {model:?}");
        assert_eq!(func1(&o, "jit_fn")(2), 1282);
        assert_eq!(o.functions().len(), 1);
    }
}

#[test]
fn perf_map_lines() {
    enable_perf_map();
    assert!(perf_map_enabled());
    let obj = cc("long pm_one(long x) { return x; } long pm_two(long x) { return x + 2; }", "c", &[]);
    let o = load(&obj, &no_resolve).unwrap();
    o.register_perf_map();
    perf_map_register("py::module.func", 0x1234, 0x56);
    let text = std::fs::read_to_string(perf_map_path()).unwrap();
    assert!(text.lines().any(|l| l == "1234 56 py::module.func"), "{text}");
    let a = o.symbol("pm_two").unwrap();
    assert!(text.lines().any(|l| l.starts_with(&format!("{a:x} ")) && l.ends_with(" pm_two")), "{text}");
    let _ = std::fs::remove_file(perf_map_path());
}

#[test]
fn empty_object_loads() {
    let obj = cc("", "c", &[]);
    let o = load(&obj, &no_resolve).unwrap();
    assert!(o.functions().is_empty());
}

/// Not a timing assertion: prints how long loading 1,000 functions takes.
#[test]
fn bench_load_1000_functions() {
    let mut src = String::from("extern long rust_triple(long);\n");
    for i in 0..1000 {
        src.push_str(&format!("long f{i}(long x) {{ return rust_triple(x) + {i}; }}\n"));
    }
    let obj = cc(&src, "c", &["-fno-pic"]);
    let start = std::time::Instant::now();
    let n = 20;
    for _ in 0..n {
        let o = load(&obj, &resolver).unwrap();
        assert_eq!(o.functions().len(), 1000);
    }
    let per = start.elapsed() / n;
    let o = load(&obj, &resolver).unwrap();
    assert_eq!(func1(&o, "f999")(1), 1002);
    eprintln!("loader: 1,000 functions ({} bytes of ELF) load in {per:?}", obj.len());
}
