//! Relocation scanning and application for the x86-64 loader: symbol
//! addresses, our own GOT and call stubs, and the relocation formulas
//! (S = symbol, A = addend, P = place, G = GOT slot, GOT = GOT base, L = call target).

use std::collections::HashMap;

use object::elf;
use object::read::elf::{SectionHeader, SectionTable, Sym as _, SymbolTable};
use object::{LittleEndian, SectionIndex, SymbolIndex};

use super::{err, Elf, LoadError, Placed, STUB_SIZE};

type E = LittleEndian;
type Rela = elf::Rela64<E>;

/// The relocation lists of the loaded sections: (target section, entries).
pub(super) struct Relocs<'d> {
    lists: Vec<(usize, &'d [Rela])>,
}

/// Human name of a relocation type, for error messages.
fn type_name(t: u32) -> String {
    let n = match t {
        elf::R_X86_64_64 => "R_X86_64_64",
        elf::R_X86_64_PC32 => "R_X86_64_PC32",
        elf::R_X86_64_PLT32 => "R_X86_64_PLT32",
        elf::R_X86_64_GOTPCREL => "R_X86_64_GOTPCREL",
        elf::R_X86_64_32 => "R_X86_64_32",
        elf::R_X86_64_32S => "R_X86_64_32S",
        elf::R_X86_64_PC64 => "R_X86_64_PC64",
        elf::R_X86_64_GOTOFF64 => "R_X86_64_GOTOFF64",
        elf::R_X86_64_GOTPC32 => "R_X86_64_GOTPC32",
        elf::R_X86_64_GOT64 => "R_X86_64_GOT64",
        elf::R_X86_64_GOTPCREL64 => "R_X86_64_GOTPCREL64",
        elf::R_X86_64_GOTPC64 => "R_X86_64_GOTPC64",
        elf::R_X86_64_PLTOFF64 => "R_X86_64_PLTOFF64",
        elf::R_X86_64_GOTPCRELX => "R_X86_64_GOTPCRELX",
        elf::R_X86_64_REX_GOTPCRELX => "R_X86_64_REX_GOTPCRELX",
        _ => return format!("relocation type {t}"),
    };
    n.to_string()
}

fn needs_got_slot(t: u32) -> bool {
    matches!(
        t,
        elf::R_X86_64_GOTPCREL
            | elf::R_X86_64_GOTPCRELX
            | elf::R_X86_64_REX_GOTPCRELX
            | elf::R_X86_64_GOT64
            | elf::R_X86_64_GOTPCREL64
    )
}

impl<'d> Relocs<'d> {
    /// Collects the RELA sections whose target is a loaded section;
    /// `loaded(i)` says whether section `i` is mapped (None: bad index).
    pub(super) fn collect(
        e: E,
        data: &'d [u8],
        sections: &SectionTable<'d, Elf>,
        symtab: &SymbolTable<'d, Elf>,
        loaded: impl Fn(usize) -> Option<bool>,
    ) -> Result<Relocs<'d>, LoadError> {
        let mut lists = Vec::new();
        for (idx, sh) in sections.enumerate() {
            let ty = sh.sh_type(e);
            if ty != elf::SHT_RELA && ty != elf::SHT_REL {
                continue;
            }
            let target = sh.sh_info(e) as usize;
            match loaded(target) {
                None => return err(format!("relocation section {} targets a bad section index {target}", idx.0)),
                Some(false) => continue, // debug info and other unloaded sections
                Some(true) => {}
            }
            if ty == elf::SHT_REL {
                return err("REL relocations (without addends) are not supported");
            }
            if sh.sh_link(e) as usize != symtab.section().0 || symtab.is_empty() {
                return err(format!("relocation section {} does not link to the symbol table", idx.0));
            }
            let Some((rela, _)) = sh.rela(e, data)? else { continue };
            lists.push((target, rela));
        }
        Ok(Relocs { lists })
    }

    /// Whether the object uses absolute 32-bit references to its own
    /// symbols (non-PIC small code model): then it must be mapped in the
    /// low 2 GB of the address space.
    pub(super) fn needs_low_mapping(&self, e: E, symtab: &SymbolTable<'d, Elf>) -> bool {
        self.iter().any(|(_, r)| {
            let ty = r.r_type(e, false);
            (ty == elf::R_X86_64_32 || ty == elf::R_X86_64_32S)
                && symtab.symbol(SymbolIndex(r.r_sym(e, false) as usize)).is_ok_and(|s| {
                    let shndx = s.st_shndx(e);
                    shndx != elf::SHN_UNDEF && shndx != elf::SHN_ABS
                })
        })
    }

    fn iter(&self) -> impl Iterator<Item = (usize, &'d Rela)> + '_ {
        self.lists.iter().flat_map(|(t, l)| l.iter().map(move |r| (*t, r)))
    }

    /// Applies every relocation.
    pub(super) fn apply(
        &self,
        e: E,
        image: &Image<'_>,
        addrs: &mut SymAddrs<'_, 'd>,
        got: &mut GotPlan,
    ) -> Result<(), LoadError> {
        for (target, r) in self.iter() {
            let p = image.placed[target].ok_or_else(|| LoadError("relocation in an unloaded section".into()))?;
            if p.nobits {
                return err("relocation in a section without contents (bss)");
            }
            let ty = r.r_type(e, false);
            let sym = r.r_sym(e, false);
            let off = r.r_offset.get(e);
            let a = i128::from(r.r_addend.get(e));
            let width: u64 = match ty {
                elf::R_X86_64_NONE => continue,
                elf::R_X86_64_64
                | elf::R_X86_64_PC64
                | elf::R_X86_64_GOTOFF64
                | elf::R_X86_64_PLTOFF64
                | elf::R_X86_64_GOT64
                | elf::R_X86_64_GOTPCREL64
                | elf::R_X86_64_GOTPC64 => 8,
                elf::R_X86_64_PC32
                | elf::R_X86_64_PLT32
                | elf::R_X86_64_GOTPCREL
                | elf::R_X86_64_GOTPCRELX
                | elf::R_X86_64_REX_GOTPCRELX
                | elf::R_X86_64_32
                | elf::R_X86_64_32S
                | elf::R_X86_64_GOTPC32 => 4,
                other => return err(format!("unsupported {}", type_name(other))),
            };
            match off.checked_add(width) {
                Some(end) if end <= p.size as u64 => {}
                _ => return err(format!("{} at offset {off:#x} is outside its section", type_name(ty))),
            }
            let place = image.base + p.offset + off as usize;
            let pi = place as i128;
            let s = addrs.get(sym as usize)? as i128;
            let got_base = image.got_base as i128;
            let slot = |got: &GotPlan| -> Result<i128, LoadError> {
                got.slot_addr(image, sym).map(|x| x as i128).ok_or_else(|| LoadError("missing GOT slot".into()))
            };
            let value: i128 = match ty {
                elf::R_X86_64_64 => s + a,
                elf::R_X86_64_PC32 | elf::R_X86_64_PC64 => s + a - pi,
                elf::R_X86_64_PLT32 => {
                    let direct = s + a - pi;
                    if i32::try_from(direct).is_ok() {
                        direct
                    } else if let Some(stub) = got.stub_addr(image, sym) {
                        stub as i128 + a - pi
                    } else {
                        direct // reported out of range below
                    }
                }
                elf::R_X86_64_GOTPCREL
                | elf::R_X86_64_GOTPCRELX
                | elf::R_X86_64_REX_GOTPCRELX
                | elf::R_X86_64_GOTPCREL64 => slot(got)? + a - pi,
                elf::R_X86_64_32 | elf::R_X86_64_32S => s + a,
                // 64-bit: no PLT entry needed, the symbol itself is the target.
                elf::R_X86_64_GOTOFF64 | elf::R_X86_64_PLTOFF64 => s + a - got_base,
                elf::R_X86_64_GOTPC32 | elf::R_X86_64_GOTPC64 => got_base + a - pi,
                elf::R_X86_64_GOT64 => slot(got)? - got_base + a,
                _ => unreachable!("filtered above"),
            };
            let ptr = place as *mut u8;
            let out_of_range = || {
                LoadError(format!("{} against '{}' out of range ({value:#x})", type_name(ty), addrs.name(sym as usize)))
            };
            match ty {
                elf::R_X86_64_32 => {
                    let v = u32::try_from(value).map_err(|_| out_of_range())?;
                    // SAFETY: place..place+4 is inside a loaded section (checked above), mapped RW.
                    unsafe { std::ptr::write_unaligned(ptr as *mut u32, v) };
                }
                _ if width == 4 => {
                    let v = i32::try_from(value).map_err(|_| out_of_range())?;
                    // SAFETY: place..place+4 is inside a loaded section (checked above), mapped RW.
                    unsafe { std::ptr::write_unaligned(ptr as *mut i32, v) };
                }
                _ => {
                    // 64-bit fields wrap like a linker's.
                    // SAFETY: place..place+8 is inside a loaded section (checked above), mapped RW.
                    unsafe { std::ptr::write_unaligned(ptr as *mut u64, value as u64) };
                }
            }
        }
        Ok(())
    }
}

/// Where the pieces of the image are.
pub(super) struct Image<'a> {
    pub(super) base: usize,
    #[allow(dead_code)]
    pub(super) len: usize,
    pub(super) placed: &'a [Option<Placed>],
    pub(super) common: &'a HashMap<usize, usize>,
    pub(super) got_base: usize,
    pub(super) stubs_base: usize,
}

/// Our GOT slots and call stubs, by symbol index.
pub(super) struct GotPlan {
    slots: Vec<u32>,
    slot_of: HashMap<u32, usize>,
    stubs: Vec<u32>,
    stub_of: HashMap<u32, usize>,
}

impl GotPlan {
    pub(super) fn plan(e: E, symtab: &SymbolTable<'_, Elf>, relocs: &Relocs<'_>) -> Result<GotPlan, LoadError> {
        let mut plan = GotPlan { slots: Vec::new(), slot_of: HashMap::new(), stubs: Vec::new(), stub_of: HashMap::new() };
        for (_, r) in relocs.iter() {
            let sym = r.r_sym(e, false);
            let ty = r.r_type(e, false);
            let sym_entry = symtab
                .symbol(SymbolIndex(sym as usize))
                .map_err(|_| LoadError(format!("relocation names a bad symbol index {sym}")))?;
            if needs_got_slot(ty) {
                plan.add_slot(sym);
            }
            if ty == elf::R_X86_64_PLT32 && sym != 0 && sym_entry.is_undefined(e) && !plan.stub_of.contains_key(&sym) {
                plan.add_slot(sym);
                plan.stub_of.insert(sym, plan.stubs.len());
                plan.stubs.push(sym);
            }
        }
        Ok(plan)
    }

    fn add_slot(&mut self, sym: u32) {
        if !self.slot_of.contains_key(&sym) {
            self.slot_of.insert(sym, self.slots.len());
            self.slots.push(sym);
        }
    }

    pub(super) fn slot_count(&self) -> usize {
        self.slots.len()
    }

    pub(super) fn stub_count(&self) -> usize {
        self.stubs.len()
    }

    fn slot_addr(&self, image: &Image<'_>, sym: u32) -> Option<usize> {
        self.slot_of.get(&sym).map(|i| image.got_base + 8 * i)
    }

    fn stub_addr(&self, image: &Image<'_>, sym: u32) -> Option<usize> {
        self.stub_of.get(&sym).map(|i| image.stubs_base + STUB_SIZE * i)
    }

    /// Writes the GOT entries and the stubs (while the image is still RW).
    pub(super) fn fill(&mut self, image: &Image<'_>, addrs: &mut SymAddrs<'_, '_>) -> Result<(), LoadError> {
        for (i, &sym) in self.slots.iter().enumerate() {
            let a = addrs.get(sym as usize)?;
            // SAFETY: the GOT was laid out with room for every slot, inside the mapping.
            unsafe { std::ptr::write_unaligned((image.got_base + 8 * i) as *mut u64, a as u64) };
        }
        for (i, &sym) in self.stubs.iter().enumerate() {
            let stub = image.stubs_base + STUB_SIZE * i;
            let slot = self.slot_addr(image, sym).expect("every stub has a slot");
            let disp = i32::try_from(slot as i128 - (stub as i128 + 6))
                .map_err(|_| LoadError("GOT out of reach of the stubs".into()))?;
            let d = disp.to_le_bytes();
            let code = [0xff, 0x25, d[0], d[1], d[2], d[3], 0xcc, 0xcc];
            // SAFETY: the stub area was laid out with STUB_SIZE bytes per stub, inside the mapping.
            unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), stub as *mut u8, STUB_SIZE) };
        }
        Ok(())
    }
}

/// Symbol addresses, computed on demand (undefined symbols through the
/// resolver, once each).
pub(super) struct SymAddrs<'a, 'd> {
    e: E,
    symtab: &'a SymbolTable<'d, Elf>,
    image: &'a Image<'a>,
    resolve: &'a dyn Fn(&str) -> Option<usize>,
    memo: HashMap<usize, usize>,
}

impl<'a, 'd> SymAddrs<'a, 'd> {
    pub(super) fn new(
        e: E,
        symtab: &'a SymbolTable<'d, Elf>,
        image: &'a Image<'a>,
        resolve: &'a dyn Fn(&str) -> Option<usize>,
    ) -> Self {
        SymAddrs { e, symtab, image, resolve, memo: HashMap::new() }
    }

    pub(super) fn name(&self, idx: usize) -> String {
        match self.symtab.symbol(SymbolIndex(idx)) {
            Ok(sym) => {
                if sym.st_type() == elf::STT_SECTION {
                    return format!("section symbol {idx}");
                }
                match self.symtab.symbol_name(self.e, sym) {
                    Ok(n) if !n.is_empty() => String::from_utf8_lossy(n).into_owned(),
                    _ => format!("symbol {idx}"),
                }
            }
            Err(_) => format!("symbol {idx}"),
        }
    }

    /// Address of the section-relative symbol `sym`, if its section is loaded.
    fn in_section(&self, idx: usize, sym: &elf::Sym64<E>) -> Result<Option<usize>, LoadError> {
        let sec = self.symtab.symbol_section(self.e, sym, SymbolIndex(idx))?;
        let Some(SectionIndex(s)) = sec else { return Ok(None) };
        let Some(Some(p)) = self.image.placed.get(s) else { return Ok(None) };
        let v = sym.st_value(self.e);
        if v > p.size as u64 {
            return err(format!("symbol '{}' lies outside its section", self.name(idx)));
        }
        Ok(Some(self.image.base + p.offset + v as usize))
    }

    pub(super) fn in_loaded_section(&self, idx: usize, sym: &elf::Sym64<E>) -> bool {
        matches!(self.in_section(idx, sym), Ok(Some(_)))
    }

    /// Address of a symbol the object defines (no resolver), for its export table.
    pub(super) fn defined(&self, idx: usize, sym: &elf::Sym64<E>) -> Option<usize> {
        match sym.st_shndx(self.e) {
            elf::SHN_UNDEF => None,
            elf::SHN_ABS => Some(sym.st_value(self.e) as usize),
            elf::SHN_COMMON => self.image.common.get(&idx).map(|o| self.image.base + o),
            _ => self.in_section(idx, sym).ok().flatten(),
        }
    }

    /// Address of symbol `idx` for a relocation (S).
    pub(super) fn get(&mut self, idx: usize) -> Result<usize, LoadError> {
        if idx == 0 {
            return Ok(0);
        }
        if let Some(&a) = self.memo.get(&idx) {
            return Ok(a);
        }
        let sym = self
            .symtab
            .symbol(SymbolIndex(idx))
            .map_err(|_| LoadError(format!("relocation names a bad symbol index {idx}")))?;
        let e = self.e;
        let a = match sym.st_shndx(e) {
            elf::SHN_UNDEF => {
                let raw = self.symtab.symbol_name(e, sym)?;
                let name = std::str::from_utf8(raw).map_err(|_| LoadError("symbol name is not UTF-8".into()))?;
                if name == "_GLOBAL_OFFSET_TABLE_" {
                    self.memo.insert(idx, self.image.got_base);
                    return Ok(self.image.got_base);
                }
                match (self.resolve)(name) {
                    Some(a) => a,
                    None if sym.st_bind() == elf::STB_WEAK => 0,
                    None => return err(format!("undefined symbol '{name}'")),
                }
            }
            elf::SHN_ABS => sym.st_value(e) as usize,
            elf::SHN_COMMON => match self.image.common.get(&idx) {
                Some(o) => self.image.base + o,
                None => return err("COMMON symbol without storage"),
            },
            _ => match self.in_section(idx, sym)? {
                Some(a) => a,
                None => return err(format!("'{}' is defined in a section that is not loaded", self.name(idx))),
            },
        };
        self.memo.insert(idx, a);
        Ok(a)
    }
}
