//! Our own ELF loader: maps an x86-64 relocatable object (ET_REL, as LLVM
//! emits in memory or `cc -c` writes) into this process, resolves its
//! undefined symbols through a callback, applies the relocations and maps
//! the pages W^X. No LLVM at load time.
//!
//! Layout of one loaded object (a single mmap, so every PC-relative 32-bit
//! reference inside it reaches):
//!
//! ```text
//! [text sections][call stubs] | [rodata sections][GOT] | [data, bss, COMMON]
//!  read+execute                 read-only               read+write
//! ```
//!
//! Each group starts on a page boundary. The pages are written while mapped
//! read+write, then `mprotect`ed to their final permissions, so no page is
//! ever writable and executable at once. A call (`PLT32`) to a resolved
//! symbol goes direct when it is within +-2 GB, else through a stub
//! (`jmp *GOT[n](%rip)`); `GOTPCREL*` references use our own GOT (filled at
//! load time, read-only afterwards; no relaxation). An object that takes
//! absolute 32-bit addresses of its own symbols (`R_X86_64_32`/`32S`, the
//! non-PIC small code model) is mapped in the low 2 GB (`MAP_32BIT`).
//!
//! Every malformed input is a [`LoadError`]: the `object` crate's parse errors
//! are mapped, every index, offset and size is checked before it is used, and
//! every write lands inside the section it relocates.

mod perfmap;
mod reloc;
#[cfg(test)]
mod tests;

pub use perfmap::{enable_perf_map, perf_map_enabled, perf_map_path, perf_map_register};

use std::collections::HashMap;
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

use object::elf;
use object::read::elf::{FileHeader, SectionHeader, Sym as _};
use object::LittleEndian;

use reloc::{GotPlan, Relocs};

/// A load failure; `Display` reads "cannot load compiled object: ...".
#[derive(Clone, PartialEq, Eq)]
pub struct LoadError(pub String);

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot load compiled object: {}", self.0)
    }
}

impl fmt::Debug for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for LoadError {}

impl From<object::read::Error> for LoadError {
    fn from(e: object::read::Error) -> LoadError {
        LoadError(format!("malformed ELF: {e}"))
    }
}

pub(crate) fn err<T>(msg: impl Into<String>) -> Result<T, LoadError> {
    Err(LoadError(msg.into()))
}

const PAGE: usize = 4096;
/// Largest object we map (sections, GOT and stubs together): far below the
/// +-2 GB that PC-relative references must reach.
const MAX_IMAGE: usize = 1 << 30;
/// Largest section alignment accepted (groups are page aligned).
const MAX_ALIGN: u64 = PAGE as u64;
/// Bytes per call stub: `ff 25 disp32` (jmp *disp32(%rip)) + 2 bytes of int3.
pub(crate) const STUB_SIZE: usize = 8;

type Elf = elf::FileHeader64<LittleEndian>;
type Shdr = elf::SectionHeader64<LittleEndian>;

/// The pages of one mapping; unmapped on drop.
struct Mapping {
    base: *mut u8,
    len: usize,
}

impl Mapping {
    /// Maps `len` bytes read+write; `low`: in the low 2 GB (MAP_32BIT), for
    /// objects that use absolute 32-bit addresses of their own symbols.
    fn new(len: usize, low: bool) -> Result<Mapping, LoadError> {
        if len == 0 {
            return Ok(Mapping { base: std::ptr::null_mut(), len: 0 });
        }
        let hint = if low { 0 } else { next_hint(len) };
        let extra = if low { libc::MAP_32BIT } else { 0 };
        // SAFETY: an anonymous private mapping with no fixed address: the
        // kernel picks free pages (the hint is only a preference).
        let p = unsafe {
            libc::mmap(
                hint as *mut libc::c_void,
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | extra,
                -1,
                0,
            )
        };
        if p == libc::MAP_FAILED {
            return err(format!("mmap of {len} bytes failed: {}", std::io::Error::last_os_error()));
        }
        let base = p as *mut u8;
        if hint != 0 && base as usize == hint {
            // Walk the hint cursor down so the next object lands next to this one.
            HINT_CURSOR.store(hint, Ordering::Relaxed);
        }
        Ok(Mapping { base, len })
    }

    fn protect(&self, off: usize, len: usize, prot: libc::c_int) -> Result<(), LoadError> {
        if len == 0 {
            return Ok(());
        }
        debug_assert!(off % PAGE == 0 && off + len <= self.len);
        // SAFETY: [off, off+len) is a page-aligned part of our own mapping.
        let rc = unsafe { libc::mprotect(self.base.add(off) as *mut libc::c_void, len, prot) };
        if rc != 0 {
            return err(format!("mprotect failed: {}", std::io::Error::last_os_error()));
        }
        Ok(())
    }
}

impl Drop for Mapping {
    fn drop(&mut self) {
        if self.len != 0 {
            // SAFETY: base/len is exactly the mapping made in `new`, unmapped once.
            unsafe { libc::munmap(self.base as *mut libc::c_void, self.len) };
        }
    }
}

/// Where the next mapping would like to go: just below the previous one,
/// starting below this binary's code, so calls from compiled code into the
/// runtime's `pyrt_*` functions are direct (within +-2 GB) as long as the
/// address space there is free. Only a preference; correctness never
/// depends on it (stubs cover the far case).
static HINT_CURSOR: AtomicUsize = AtomicUsize::new(0);

fn next_hint(len: usize) -> usize {
    let anchor = next_hint as fn(usize) -> usize as usize;
    let mut cur = HINT_CURSOR.load(Ordering::Relaxed);
    if cur == 0 {
        cur = (anchor & !(PAGE - 1)).saturating_sub(64 << 20);
    }
    // Stay within 1.5 GB of the binary's code; past that let the kernel choose.
    if anchor.saturating_sub(cur) + len > (3 << 29) || cur < len + (1 << 30) {
        return 0;
    }
    (cur - len) & !(PAGE - 1)
}

/// One loaded object: owns its mapped pages (unmapped on drop).
pub struct LoadedObject {
    map: Mapping,
    symbols: HashMap<String, usize>,
    functions: Vec<(String, usize, usize)>,
}

// SAFETY: the mapping is immutable after load (pages are RX/R/RW owned data
// addressed only through integers); nothing in it is tied to a thread.
unsafe impl Send for LoadedObject {}
// SAFETY: as above; `&LoadedObject` only reads the symbol tables.
unsafe impl Sync for LoadedObject {}

impl LoadedObject {
    /// Address of a symbol the object defines (global or weak preferred over
    /// a local of the same name).
    pub fn symbol(&self, name: &str) -> Option<usize> {
        self.symbols.get(name).copied()
    }

    /// `(name, address, size)` of every function the object defines.
    pub fn functions(&self) -> Vec<(String, usize, usize)> {
        self.functions.clone()
    }

    /// Start and length of the mapped region.
    pub fn region(&self) -> (usize, usize) {
        (self.map.base as usize, self.map.len)
    }

    /// Names every defined function in the perf map (a no-op unless enabled).
    pub fn register_perf_map(&self) {
        for (name, addr, size) in &self.functions {
            perf_map_register(name, *addr, *size);
        }
    }
}

impl fmt::Debug for LoadedObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoadedObject")
            .field("base", &self.map.base)
            .field("len", &self.map.len)
            .field("functions", &self.functions.len())
            .finish()
    }
}

/// Which protection group an allocated section goes to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Group {
    Text,
    Rodata,
    Data,
}

/// A section we map: its place in the image.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Placed {
    pub(crate) offset: usize,
    pub(crate) size: usize,
    pub(crate) nobits: bool,
}

fn check_ident(data: &[u8]) -> Result<(), LoadError> {
    if data.len() < 16 || &data[..4] != b"\x7fELF" {
        return err("not an ELF file");
    }
    if data[4] != elf::ELFCLASS64 {
        return err(format!("not a 64-bit ELF object (class {})", data[4]));
    }
    if data[5] != elf::ELFDATA2LSB {
        return err("not a little-endian ELF object");
    }
    Ok(())
}

fn align_up(v: usize, a: usize) -> Result<usize, LoadError> {
    match v.checked_add(a - 1) {
        Some(x) if x <= MAX_IMAGE * 2 => Ok(x & !(a - 1)),
        _ => err("object too large"),
    }
}

/// Loads an ELF relocatable object, resolving each undefined symbol through
/// `resolve` (an unknown symbol is an error naming it).
pub fn load(data: &[u8], resolve: &dyn Fn(&str) -> Option<usize>) -> Result<LoadedObject, LoadError> {
    check_ident(data)?;
    let hdr = Elf::parse(data)?;
    let e = hdr.endian()?;
    if hdr.e_machine(e) != elf::EM_X86_64 {
        return err(format!("wrong machine (e_machine {}, expected x86-64)", hdr.e_machine(e)));
    }
    if hdr.e_type(e) != elf::ET_REL {
        return err(format!("not a relocatable object (e_type {})", hdr.e_type(e)));
    }
    let sections = hdr.sections(e, data)?;
    let symtab = sections.symbols(e, data, elf::SHT_SYMTAB)?;
    let nsec = sections.len();

    // 1. Classify the allocated sections.
    let mut groups: [Vec<usize>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for (idx, sh) in sections.enumerate() {
        let idx = idx.0;
        let flags = sh.sh_flags(e);
        if flags & u64::from(elf::SHF_ALLOC) == 0 || sh.sh_size(e) == 0 {
            continue;
        }
        if flags & u64::from(elf::SHF_TLS) != 0 {
            return err("thread-local storage sections are not supported");
        }
        let g = if flags & u64::from(elf::SHF_EXECINSTR) != 0 {
            Group::Text
        } else if flags & u64::from(elf::SHF_WRITE) != 0 || sh.sh_type(e) == elf::SHT_NOBITS {
            Group::Data
        } else {
            Group::Rodata
        };
        groups[g as usize].push(idx);
    }

    // 2. Scan the relocations: which symbols need GOT slots and call stubs,
    //    and which symbols are COMMON (allocated with the data).
    let relocs = Relocs::collect(e, data, &sections, &symtab, |i| {
        let sh = sections.section(object::SectionIndex(i)).ok()?;
        let alloc = sh.sh_flags(e) & u64::from(elf::SHF_ALLOC) != 0 && sh.sh_size(e) != 0;
        Some(alloc)
    })?;
    let mut got = GotPlan::plan(e, &symtab, &relocs)?;

    // 3. Lay out the image.
    let mut placed: Vec<Option<Placed>> = vec![None; nsec];
    let mut off = 0usize;
    let mut group_bounds = [(0usize, 0usize); 3];
    let mut stubs_off = 0;
    let mut got_off = 0;
    let mut common: HashMap<usize, usize> = HashMap::new(); // symbol index -> offset
    for g in [Group::Text, Group::Rodata, Group::Data] {
        let start = off;
        for &idx in &groups[g as usize] {
            let sh: &Shdr = sections.section(object::SectionIndex(idx))?;
            let mut align = sh.sh_addralign(e);
            if align == 0 {
                align = 1;
            }
            if !align.is_power_of_two() || align > MAX_ALIGN {
                return err(format!("section {idx} has an unsupported alignment {align}"));
            }
            let size = sh.sh_size(e);
            if size > MAX_IMAGE as u64 {
                return err(format!("section {idx} is too large ({size} bytes)"));
            }
            off = align_up(off, align as usize)?;
            placed[idx] = Some(Placed { offset: off, size: size as usize, nobits: sh.sh_type(e) == elf::SHT_NOBITS });
            off += size as usize;
        }
        match g {
            Group::Text => {
                off = align_up(off, 16)?;
                stubs_off = off;
                off += got.stub_count() * STUB_SIZE;
            }
            Group::Rodata => {
                off = align_up(off, 8)?;
                got_off = off;
                off += got.slot_count() * 8;
            }
            Group::Data => {
                for (sym_idx, sym) in symtab.enumerate() {
                    if sym.st_shndx(e) != elf::SHN_COMMON {
                        continue;
                    }
                    let align = sym.st_value(e).max(1);
                    let size = sym.st_size(e);
                    if !align.is_power_of_two() || align > MAX_ALIGN || size > MAX_IMAGE as u64 {
                        return err(format!("COMMON symbol {} has a bad size or alignment", sym_idx.0));
                    }
                    off = align_up(off, align as usize)?;
                    common.insert(sym_idx.0, off);
                    off += size as usize;
                }
            }
        }
        if off > MAX_IMAGE {
            return err("object too large");
        }
        off = align_up(off, PAGE)?;
        group_bounds[g as usize] = (start, off - start);
    }
    let total = off;
    if total > MAX_IMAGE {
        return err("object too large");
    }

    // 4. Map read+write and copy the section contents.
    let map = Mapping::new(total, relocs.needs_low_mapping(e, &symtab))?;
    let base = map.base as usize;
    for (idx, p) in placed.iter().enumerate() {
        let Some(p) = p else { continue };
        if p.nobits {
            continue; // fresh anonymous pages are zero
        }
        let sh: &Shdr = sections.section(object::SectionIndex(idx))?;
        let bytes = sh.data(e, data)?;
        if bytes.len() != p.size {
            return err(format!("section {idx} data is truncated"));
        }
        // SAFETY: [offset, offset+size) lies inside the mapping (laid out
        // above, total >= every section's end) and the source is a separate
        // slice of the input.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), map.base.add(p.offset), p.size) };
    }

    // 5. Symbol addresses, GOT, stubs, relocations.
    let image = reloc::Image {
        base,
        len: total,
        placed: &placed,
        common: &common,
        got_base: base + got_off,
        stubs_base: base + stubs_off,
    };
    let mut addrs = reloc::SymAddrs::new(e, &symtab, &image, resolve);
    got.fill(&image, &mut addrs)?;
    relocs.apply(e, &image, &mut addrs, &mut got)?;

    // 6. Final permissions: text RX, rodata+GOT R, data RW.
    let (ts, tl) = group_bounds[Group::Text as usize];
    map.protect(ts, tl, libc::PROT_READ | libc::PROT_EXEC)?;
    let (rs, rl) = group_bounds[Group::Rodata as usize];
    map.protect(rs, rl, libc::PROT_READ)?;

    // 7. The object's own symbols.
    let mut symbols = HashMap::new();
    let mut functions = Vec::new();
    for (sym_idx, sym) in symtab.enumerate() {
        let ty = sym.st_type();
        if sym_idx.0 == 0 || ty == elf::STT_SECTION || ty == elf::STT_FILE || sym.is_undefined(e) {
            continue;
        }
        let name = match symtab.symbol_name(e, sym) {
            Ok(n) if !n.is_empty() => String::from_utf8_lossy(n).into_owned(),
            _ => continue,
        };
        let addr = match addrs.defined(sym_idx.0, sym) {
            Some(a) => a,
            None => continue,
        };
        let global = sym.st_bind() != elf::STB_LOCAL;
        if global || !symbols.contains_key(&name) {
            symbols.insert(name.clone(), addr);
        }
        if ty == elf::STT_FUNC && addrs.in_loaded_section(sym_idx.0, sym) {
            functions.push((name, addr, sym.st_size(e) as usize));
        }
    }
    functions.sort_by_key(|f| f.1);
    Ok(LoadedObject { map, symbols, functions })
}

/// Reads `/proc/self/maps` and returns the permission string ("r-xp", ...)
/// of the mapping containing `addr`, if any. For tests and diagnostics.
pub fn region_permissions(addr: usize) -> Option<String> {
    let maps = std::fs::read_to_string("/proc/self/maps").ok()?;
    for line in maps.lines() {
        let mut parts = line.split_whitespace();
        let range = parts.next()?;
        let perms = parts.next()?;
        let (lo, hi) = range.split_once('-')?;
        let lo = usize::from_str_radix(lo, 16).ok()?;
        let hi = usize::from_str_radix(hi, 16).ok()?;
        if (lo..hi).contains(&addr) {
            return Some(perms.to_string());
        }
    }
    None
}
