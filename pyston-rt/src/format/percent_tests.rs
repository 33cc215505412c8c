//! Tests for `percent.rs`: a miniature `str % args` driver built on the
//! public API, checked against CPython 3.11 results.

use super::*;
use crate::format::float_repr::float_repr;
use crate::format::fmt_int::int_to_char;
use crate::format::intfloat::f64_to_bigint;

#[derive(Clone, Copy, Debug)]
enum Arg {
    I(i64),
    F(f64),
    S(&'static str),
}

fn type_name(a: Arg) -> &'static str {
    match a {
        Arg::I(_) => "int",
        Arg::F(_) => "float",
        Arg::S(_) => "str",
    }
}

fn convert(c: &Conversion, spec: &PercentSpec, v: Arg) -> FmtResult<String> {
    Ok(match c.conv {
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = match v {
                Arg::I(i) => BigInt::from(i),
                Arg::F(f) if matches!(c.conv, 'd' | 'i' | 'u') => f64_to_bigint(f)?,
                _ => return Err(percent_type_error(c.conv, type_name(v))),
            };
            format_percent_int(&n, spec)?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = match v {
                Arg::I(i) => i as f64,
                Arg::F(f) => f,
                Arg::S(_) => return Err(float_argument_required("str")),
            };
            format_percent_float(f, spec)?
        }
        's' | 'r' | 'a' => {
            let s = match v {
                Arg::I(i) => i.to_string(),
                Arg::F(f) => float_repr(f),
                Arg::S(s) if c.conv == 's' => s.to_string(),
                Arg::S(s) => format!("'{}'", s),
            };
            format_percent_str(&s, spec)?
        }
        'c' => {
            let ch = match v {
                Arg::I(i) => int_to_char(&BigInt::from(i))?,
                Arg::S(s) if s.chars().count() == 1 => s.chars().next().unwrap(),
                _ => return Err(char_argument_required()),
            };
            format_percent_str(&ch.to_string(), spec)?
        }
        _ => unreachable!(),
    })
}

fn run(fmt: &str, args: &[Arg]) -> FmtResult<String> {
    let mut idx = 0;
    let mut next = || -> FmtResult<Arg> {
        let a = args.get(idx).copied().ok_or_else(not_enough_arguments)?;
        idx += 1;
        Ok(a)
    };
    let mut out = String::new();
    for piece in PercentParser::new(fmt, false) {
        match piece? {
            PercentPiece::Literal(s) => out.push_str(&s),
            PercentPiece::Conversion(c) => {
                let mut star = |count: Count| -> FmtResult<Option<i64>> {
                    if count != Count::Star {
                        return Ok(None);
                    }
                    match next()? {
                        Arg::I(i) => Ok(Some(i)),
                        _ => Err(star_wants_int()),
                    }
                };
                let sw = star(c.width)?;
                let sp = star(c.precision)?;
                let spec = c.resolve(sw, sp)?;
                let v = next()?;
                c.check_supported()?;
                out.push_str(&convert(&c, &spec, v)?);
            }
        }
    }
    if idx < args.len() {
        return Err(not_all_arguments_converted());
    }
    Ok(out)
}

fn show(r: FmtResult<String>) -> String {
    match r {
        Ok(s) => s,
        Err(e) => format!("!{}: {}", e.kind.name(), e.message),
    }
}

use Arg::{F, I, S};

/// (format, args, expected `format % args`) from CPython 3.11.
const CASES: &[(&str, &[Arg], &str)] = &[
        ("%05f", &[F(f64::INFINITY)], "00inf"),
        ("%-05d", &[I(3)], "3    "),
        ("%+05d", &[I(3)], "+0003"),
        ("% d", &[I(3)], " 3"),
        ("%#5x", &[I(255)], " 0xff"),
        ("%#05x", &[I(255)], "0x0ff"),
        ("%#-8X|", &[I(255)], "0XFF    |"),
        ("%+#010o", &[I(8)], "+0o0000010"),
        ("%.5x", &[I(255)], "000ff"),
        ("%#.5x", &[I(255)], "0x000ff"),
        ("%.5d", &[I(-42)], "-00042"),
        ("%5.3s", &[S("abcdef")], "  abc"),
        ("%05s", &[S("ab")], "   ab"),
        ("%-5c|", &[S("a")], "a    |"),
        ("%5c", &[I(65)], "    A"),
        ("%c", &[I(1114112)], "!OverflowError: %c arg not in range(0x110000)"),
        ("%c", &[S("ab")], "!TypeError: %c requires int or char"),
        ("%c", &[F(1.5)], "!TypeError: %c requires int or char"),
        ("%x", &[F(1.5)], "!TypeError: %x format: an integer is required, not float"),
        ("%d", &[S("1")], "!TypeError: %d format: a real number is required, not str"),
        ("%f", &[S("1")], "!TypeError: must be real number, not str"),
        ("%d", &[F(1.9)], "1"),
        ("%*d", &[I(-5), I(1)], "1    "),
        ("%.*f", &[I(-2), F(1.0)], "1"),
        ("%*d", &[S("a"), I(1)], "!TypeError: * wants int"),
        ("%s %s", &[I(1)], "!TypeError: not enough arguments for format string"),
        ("%s", &[I(1), I(2)], "!TypeError: not all arguments converted during string formatting"),
        ("% +d", &[I(5)], "+5"),
        ("%  05.1f", &[F(-2.25)], "-02.2"),
        ("%#.0f", &[F(2.0)], "2."),
        ("%#g", &[F(2.0)], "2.00000"),
        ("%G", &[F(1e-10)], "1E-10"),
        ("%.0e", &[F(12345.0)], "1e+04"),
        ("%i|%u", &[I(3), I(4)], "3|4"),
        ("%r", &[S("a")], "'a'"),
        ("%s", &[S("\u{e9}")], "\u{e9}"),
        ("%.1r", &[S("abc")], "'"),
        ("%10.2%", &[], "!TypeError: not enough arguments for format string"),
        ("%#o", &[I(0)], "0o0"),
        ("%#x", &[I(-255)], "-0xff"),
        ("%X", &[I(255)], "FF"),
        ("% 05d", &[I(-3)], "-0003"),
        ("%+.3d", &[I(7)], "+007"),
        ("%-+5d|", &[I(7)], "+7   |"),
        ("%0-5d|", &[I(7)], "7    |"),
        ("%.3c", &[S("a")], "a"),
        ("%lld", &[I(5)], "!ValueError: unsupported format character 'l' (0x6c) at index 2"),
        ("%hd", &[I(5)], "5"),
        ("%Lf", &[F(1.0)], "1.000000"),
        ("%5%", &[], "!TypeError: not enough arguments for format string"),
        ("%5%", &[I(1)], "!ValueError: unsupported format character '%' (0x25) at index 2"),
        ("%%", &[], "%"),
        ("%y", &[], "!TypeError: not enough arguments for format string"),
        ("%s %y", &[], "!TypeError: not enough arguments for format string"),
        ("%y", &[I(1)], "!ValueError: unsupported format character 'y' (0x79) at index 1"),
        ("%s %", &[I(1)], "!ValueError: incomplete format"),
        ("%s %", &[], "!TypeError: not enough arguments for format string"),
        ("abc%", &[], "!ValueError: incomplete format"),
        ("%d%%", &[I(5)], "5%"),
        ("%(a", &[], "!TypeError: format requires a mapping"),
        ("%d", &[I(1000000000000000000)], "1000000000000000000"),
        ("%x", &[I(-1000000000000000000)], "-de0b6b3a7640000"),
        ("%#X", &[I(11259375)], "0XABCDEF"),
        ("%o", &[I(8)], "10"),
        ("%#8.4o|", &[I(8)], "  0o0010|"),
        ("%-#8.4x|", &[I(255)], "0x00ff  |"),
        ("%+#8.4x|", &[I(255)], " +0x00ff|"),
        ("% #08x|", &[I(255)], " 0x000ff|"),
        ("%08.3f", &[F(-3.25159)], "-003.252"),
        ("%-8.3e|", &[F(31415.9)], "3.142e+04|"),
        ("%+.2g", &[F(0.000123)], "+0.00012"),
        ("%#.3g", &[F(100.0)], "100."),
        ("%g", &[F(1e+16)], "1e+16"),
        ("%g", &[F(123456789.0)], "1.23457e+08"),
        ("%.15g", &[F(0.1)], "0.1"),
        ("%.17g", &[F(0.1)], "0.10000000000000001"),
        ("%f", &[F(1e+20)], "100000000000000000000.000000"),
        ("%e", &[F(0.0)], "0.000000e+00"),
        ("%e", &[F(-0.0)], "-0.000000e+00"),
        ("%f", &[F(f64::NAN)], "nan"),
        ("%+f", &[F(f64::NAN)], "+nan"),
        ("%010.2f", &[F(f64::NEG_INFINITY)], "-000000inf"),
        ("%-10f|", &[F(f64::INFINITY)], "inf       |"),
        ("%F", &[F(f64::INFINITY)], "INF"),
        ("%E", &[F(f64::NAN)], "NAN"),
        ("%10s|", &[S("h\u{e9}llo")], "     h\u{e9}llo|"),
        ("%-10s|", &[S("\u{4e2d}\u{6587}")], "\u{4e2d}\u{6587}        |"),
        ("%.2s", &[S("x\u{1f600}y")], "x\u{1f600}"),
        ("%*s|", &[I(-6), S("ab")], "ab    |"),
        ("%*.*s|", &[I(6), I(1), S("ab")], "     a|"),
        ("%c", &[S("\u{e9}")], "\u{e9}"),
        ("%c", &[I(128512)], "\u{1f600}"),
        ("%5.0c|", &[S("x")], "    x|"),
        ("%c", &[I(-1)], "!OverflowError: %c arg not in range(0x110000)"),
        ("%d %s %r", &[I(1), S("two"), S("three")], "1 two 'three'"),
        ("%(x)d", &[], "!TypeError: format requires a mapping"),
        ("%.0f", &[F(0.5)], "0"),
        ("%.0f", &[F(1.5)], "2"),
        ("%.2f", &[F(2.675)], "2.67"),
        ("%.1f", &[F(0.05)], "0.1"),
        ("%+d", &[I(0)], "+0"),
        ("% d", &[I(0)], " 0"),
        ("%5d|%-5d|%05d", &[I(1), I(2), I(3)], "    1|2    |00003"),
        ("%.0d", &[I(0)], "0"),
        ("%.0x", &[I(0)], "0"),
        ("%#.0o", &[I(0)], "0o0"),
        ("%s", &[F(1.0)], "1.0"),
        ("%s", &[F(1e+16)], "1e+16"),
        ("%r", &[F(1e-05)], "1e-05"),
        ("%a", &[S("ab")], "'ab'"),
        ("%d", &[F(3.99e+20)], "399000000000000000000"),
        ("%-05s|", &[S("ab")], "ab   |"),
        ("%+s", &[S("ab")], "ab"),
        ("%#s", &[S("ab")], "ab"),
        ("%3$d", &[I(1)], "!ValueError: unsupported format character '$' (0x24) at index 2"),
        ("%-*d|", &[I(3), I(1)], "1  |"),
        ("%0*d", &[I(5), I(-12)], "-0012"),
        ("%.*d", &[I(5), I(-12)], "-00012"),
        ("%.*d", &[I(-5), I(-12)], "-12"),
        ("%#.*x", &[I(4), I(10)], "0x000a"),
        ("%\u{e9}", &[I(1)], "!ValueError: unsupported format character '?' (0xe9) at index 1"),
        ("%\u{0}", &[I(1)], "!ValueError: unsupported format character '?' (0x0) at index 1"),
        ("%-#.3f", &[F(1.0)], "1.000"),
        ("%#-+ 012.4e", &[F(1.0)], "+1.0000e+00 "),
    ];

#[test]
fn cpython_cases() {
    for &(fmt, args, expected) in CASES {
        assert_eq!(show(run(fmt, args)), expected, "{:?} % {:?}", fmt, args);
    }
}

#[test]
fn parser_pieces() {
    let p = parse_percent("a%%b%(x(y))-+ #012.3ld%s%*.*f").unwrap();
    assert_eq!(p.len(), 4);
    assert_eq!(p[0], PercentPiece::Literal("a%b".into()));
    match &p[1] {
        PercentPiece::Conversion(c) => {
            assert_eq!(c.key.as_deref(), Some("x(y)"));
            assert_eq!(
                c.flags,
                PercentFlags { left: true, sign: true, blank: true, alt: true, zero: true }
            );
            assert_eq!(c.width, Count::Value(12));
            assert_eq!(c.precision, Count::Value(3));
            assert_eq!(c.conv, 'd');
            assert_eq!(c.index, 21);
        }
        other => panic!("{:?}", other),
    }
    match &p[3] {
        PercentPiece::Conversion(c) => {
            assert_eq!((c.width, c.precision, c.conv), (Count::Star, Count::Star, 'f'));
        }
        other => panic!("{:?}", other),
    }
    assert_eq!(parse_percent("").unwrap(), vec![]);
    assert_eq!(parse_percent("%%").unwrap(), vec![PercentPiece::Literal("%".into())]);
    let e = |s: &str| parse_percent(s).unwrap_err().message;
    assert_eq!(e("%"), "incomplete format");
    assert_eq!(e("abc%5"), "incomplete format");
    assert_eq!(e("%(a"), "incomplete format key");
    assert_eq!(e("%(a)"), "incomplete format");
    assert_eq!(e("%l"), "incomplete format");
    assert_eq!(e("%.5"), "incomplete format");
    assert_eq!(e("%123456789012345678901234d"), "width too big");
    // After a `*`, errors are deferred to `resolve`.
    let p = parse_percent("%*.99999999999d%s").unwrap();
    assert_eq!(p.len(), 1);
    match &p[0] {
        PercentPiece::Conversion(c) => {
            assert_eq!(c.resolve(Some(1), None).unwrap_err().message, "precision too big")
        }
        other => panic!("{:?}", other),
    }
    assert_eq!(e("%.123456789012d"), "precision too big");
    // Unsupported characters are reported by check_supported.
    let p = parse_percent("%lz").unwrap();
    match &p[0] {
        PercentPiece::Conversion(c) => assert_eq!(
            c.check_supported().unwrap_err().message,
            "unsupported format character 'z' (0x7a) at index 2"
        ),
        other => panic!("{:?}", other),
    }
    assert_eq!(
        unsupported_format_character('\u{e9}', 1).message,
        "unsupported format character '?' (0xe9) at index 1"
    );
}

#[test]
fn mapping_keys() {
    // '%(a)s-%(b)05.1f' % {'a': 'x', 'b': 2.25} == 'x-002.2' in CPython.
    let mut out = String::new();
    for piece in PercentParser::new("%(a)s-%(b)05.1f", true) {
        match piece.unwrap() {
            PercentPiece::Literal(s) => out.push_str(&s),
            PercentPiece::Conversion(c) => {
                let spec = c.resolve(None, None).unwrap();
                match c.key.as_deref() {
                    Some("a") => out.push_str(&format_percent_str("x", &spec).unwrap()),
                    Some("b") => out.push_str(&format_percent_float(2.25, &spec).unwrap()),
                    other => panic!("{:?}", other),
                }
            }
        }
    }
    assert_eq!(out, "x-002.2");
    let mut p = PercentParser::new("ab%(a)s", false);
    assert_eq!(p.next(), Some(Ok(PercentPiece::Literal("ab".into()))));
    assert_eq!(p.next().unwrap().unwrap_err().message, "format requires a mapping");
    assert_eq!(p.next(), None);
}
