//! Tests for `strformat.rs`: structure checks plus a miniature
//! `str.format` renderer built on the public API, checked against
//! CPython 3.11 results.

use super::*;
use crate::format::fmt_int::dunder_format_int;
use crate::format::fmt_str::dunder_format_str;
use num_bigint::BigInt;

#[derive(Clone, Copy, Debug)]
enum Val {
    I(i64),
    S(&'static str),
    L(&'static [Val]),
}

fn show_val(v: Val, repr: bool) -> String {
    match v {
        Val::I(i) => i.to_string(),
        Val::S(s) if repr => format!("'{}'", s),
        Val::S(s) => s.to_string(),
        Val::L(items) => {
            let parts: Vec<String> = items.iter().map(|&x| show_val(x, true)).collect();
            format!("[{}]", parts.join(", "))
        }
    }
}

fn render(
    parser: FormatStringParser,
    args: &[Val],
    kwargs: &[(&str, Val)],
    auto: &mut AutoNumber,
) -> Result<String, String> {
    let e = |e: FormatError| format!("{}: {}", e.kind.name(), e.message);
    let mut out = String::new();
    for piece in parser {
        let field = match piece.map_err(e)? {
            FormatPiece::Literal(s) => {
                out.push_str(&s);
                continue;
            }
            FormatPiece::Field(f) => f,
        };
        let mut obj = match auto.resolve(&field.arg).map_err(e)? {
            ArgRef::Index(i) => *args.get(i).ok_or_else(|| e(replacement_index_out_of_range(i)))?,
            ArgRef::Name(n) => kwargs
                .iter()
                .find(|(k, _)| *k == n)
                .map(|&(_, v)| v)
                .ok_or_else(|| format!("KeyError: '{}'", n))?,
        };
        for acc in &field.accessors {
            obj = match (acc, obj) {
                (Accessor::Index(i), Val::L(items)) => {
                    *items.get(*i).ok_or("IndexError: list index out of range")?
                }
                (Accessor::Key(_), Val::L(_)) => {
                    return Err("TypeError: list indices must be integers or slices, not str".into())
                }
                (Accessor::Attr(a), v) => {
                    let tn = match v {
                        Val::I(_) => "int",
                        Val::S(_) => "str",
                        Val::L(_) => "list",
                    };
                    return Err(format!("AttributeError: '{}' object has no attribute '{}'", tn, a));
                }
                (_, v) => return Err(format!("TypeError: not subscriptable {:?}", v)),
            };
        }
        if let Some(err) = &field.accessor_error {
            return Err(e(err.clone()));
        }
        let mut conv = None;
        if let Some(c) = field.conversion {
            conv = Some(check_conversion(c).map_err(e)?);
        }
        let spec = if field.spec_needs_expanding {
            render(field.spec_parser().map_err(e)?, args, kwargs, auto)?
        } else {
            field.spec.clone()
        };
        let formatted = match (conv, obj) {
            (None, Val::I(i)) => dunder_format_int(&BigInt::from(i), &spec, "int").map_err(e)?,
            (None, Val::S(s)) => dunder_format_str(s, &spec, "str").map_err(e)?,
            (Some(k), v) => {
                dunder_format_str(&show_val(v, k != ConversionKind::Str), &spec, "str").map_err(e)?
            }
            (None, v @ Val::L(_)) => {
                if !spec.is_empty() {
                    return Err("TypeError: unsupported format string passed to list.__format__".into());
                }
                show_val(v, false)
            }
        };
        out.push_str(&formatted);
    }
    Ok(out)
}

fn run(fmt: &str, args: &[Val], kwargs: &[(&str, Val)]) -> String {
    match render(FormatStringParser::new(fmt), args, kwargs, &mut AutoNumber::new()) {
        Ok(s) => s,
        Err(e) => format!("!{}", e),
    }
}

use Val::{I, L, S};

/// (format string, args, kwargs, expected `fmt.format(*args, **kwargs)`)
/// from CPython 3.11.
#[allow(clippy::type_complexity)]
const CASES: &[(&str, &[Val], &[(&str, Val)], &str)] = &[
        ("", &[], &[], ""),
        ("abc", &[], &[], "abc"),
        ("{}", &[I(1)], &[], "1"),
        ("{} {}", &[I(1), I(2)], &[], "1 2"),
        ("{1} {0}", &[I(1), I(2)], &[], "2 1"),
        ("{0}{0}", &[S("x")], &[], "xx"),
        ("{a}-{b}", &[], &[("a", I(1)), ("b", S("two"))], "1-two"),
        ("{{}}", &[], &[], "{}"),
        ("{{{}}}", &[I(5)], &[], "{5}"),
        ("}}{{", &[], &[], "}{"),
        ("a}}b", &[], &[], "a}b"),
        ("{", &[], &[], "!ValueError: Single '{' encountered in format string"),
        ("}", &[], &[], "!ValueError: Single '}' encountered in format string"),
        ("a{", &[], &[], "!ValueError: Single '{' encountered in format string"),
        ("a}", &[], &[], "!ValueError: Single '}' encountered in format string"),
        ("{}}", &[I(1)], &[], "!ValueError: Single '}' encountered in format string"),
        ("{{}", &[], &[], "!ValueError: Single '}' encountered in format string"),
        ("{!", &[], &[], "!ValueError: end of string while looking for conversion specifier"),
        ("{!r", &[I(1)], &[], "!ValueError: unmatched '{' in format spec"),
        ("{!rx}", &[I(1)], &[], "!ValueError: expected ':' after conversion specifier"),
        ("{!r}", &[S("a")], &[], "'a'"),
        ("{!s:>5}", &[S("a")], &[], "    a"),
        ("{!a}", &[S("a")], &[], "'a'"),
        ("{0!x}", &[I(1)], &[], "!ValueError: Unknown conversion specifier x"),
        ("{0!}", &[I(1)], &[], "!ValueError: unmatched '{' in format spec"),
        ("{0!rr}", &[I(1)], &[], "!ValueError: expected ':' after conversion specifier"),
        ("{0", &[], &[], "!ValueError: expected '}' before end of string"),
        ("{0[", &[], &[], "!ValueError: expected '}' before end of string"),
        ("{0[}", &[I(1)], &[], "!ValueError: expected '}' before end of string"),
        ("{a{}", &[], &[], "!ValueError: unexpected '{' in field name"),
        ("{:{:{}}}", &[I(1), I(2), I(3)], &[], "!ValueError: Max string recursion exceeded"),
        ("{:{}}", &[I(5), I(3)], &[], "  5"),
        ("{:{}{}}", &[I(5), S(">"), I(3)], &[], "  5"),
        ("{0:{1}}", &[I(5), I(3)], &[], "  5"),
        ("{0:{}}", &[I(5), I(3)], &[], "!ValueError: cannot switch from manual field specification to automatic field numbering"),
        ("{:>{w}}", &[S("ab")], &[("w", I(6))], "    ab"),
        ("{:{fill}^{w}}", &[S("ab")], &[("w", I(6)), ("fill", S("*"))], "**ab**"),
        ("{0.}", &[], &[], "!IndexError: Replacement index 0 out of range for positional args tuple"),
        ("{0.}", &[I(1)], &[], "!ValueError: Empty attribute in format string"),
        ("{0[]}", &[L(&[I(1)])], &[], "!ValueError: Empty attribute in format string"),
        ("{0]}", &[I(1)], &[], "!KeyError: '0]'"),
        ("{0[0}", &[I(1)], &[], "!ValueError: expected '}' before end of string"),
        ("{0[0]x}", &[L(&[I(1)])], &[], "!ValueError: Only '.' or '[' may follow ']' in format field specifier"),
        ("{}{0}", &[I(1)], &[], "!ValueError: cannot switch from automatic field numbering to manual field specification"),
        ("{0}{}", &[I(1)], &[], "!ValueError: cannot switch from manual field specification to automatic field numbering"),
        ("{}", &[], &[], "!IndexError: Replacement index 0 out of range for positional args tuple"),
        ("{5}", &[I(1)], &[], "!IndexError: Replacement index 5 out of range for positional args tuple"),
        ("{x}", &[], &[], "!KeyError: 'x'"),
        ("{0[1]}", &[L(&[I(1), I(2)])], &[], "2"),
        ("{0[1][0]}", &[L(&[I(1), L(&[I(7), I(8)])])], &[], "7"),
        ("{0[5]}", &[L(&[I(1)])], &[], "!IndexError: list index out of range"),
        ("{0[a]}", &[L(&[I(1)])], &[], "!TypeError: list indices must be integers or slices, not str"),
        ("{0:}", &[I(3)], &[], "3"),
        ("{0:d}", &[I(3)], &[], "3"),
        ("{:x}", &[I(255)], &[], "ff"),
        ("{:#x}", &[I(255)], &[], "0xff"),
        ("{:,}", &[I(1234567)], &[], "1,234,567"),
        ("{:*^9}", &[S("mid")], &[], "***mid***"),
        ("{:.2}", &[S("abc")], &[], "ab"),
        ("{:{}}", &[S("abc"), S(".2")], &[], "ab"),
        ("{:}}", &[I(1)], &[], "!ValueError: Single '}' encountered in format string"),
        ("{:{}}}", &[I(1), I(2)], &[], "!ValueError: Single '}' encountered in format string"),
        ("{0:{1}}", &[S("a")], &[], "!IndexError: Replacement index 1 out of range for positional args tuple"),
        ("{ 0}", &[I(1)], &[(" 0", S("sp"))], "sp"),
        ("{0 }", &[I(1)], &[], "!KeyError: '0 '"),
        ("{-1}", &[I(1)], &[], "!KeyError: '-1'"),
        ("{99999999999999999999}", &[I(1)], &[], "!ValueError: Too many decimal digits in format string"),
        ("{0[99999999999999999999]}", &[L(&[I(1)])], &[], "!ValueError: Too many decimal digits in format string"),
        ("{0.x}", &[I(1)], &[], "!AttributeError: 'int' object has no attribute 'x'"),
        ("{0.x.}", &[I(1)], &[], "!AttributeError: 'int' object has no attribute 'x'"),
        ("{:d}", &[S("s")], &[], "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("{:s}", &[I(3)], &[], "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("{0:{a}}", &[I(3)], &[("a", S("x"))], "3"),
        ("{\u{e9}}", &[], &[("\u{e9}", I(5))], "5"),
        ("\u{4e2d}{}\u{6587}", &[S("\u{e9}")], &[], "\u{4e2d}\u{e9}\u{6587}"),
        ("{:\u{e9}^7}", &[S("ab")], &[], "\u{e9}\u{e9}ab\u{e9}\u{e9}\u{e9}"),
        ("{0}{1}{0}", &[S("a"), S("b")], &[], "aba"),
        ("{!r:}", &[S("x")], &[], "'x'"),
        ("{!r:^7}", &[S("x")], &[], "  'x'  "),
        ("{0[}]}", &[L(&[I(1)])], &[], "!TypeError: list indices must be integers or slices, not str"),
        ("{[0]}", &[L(&[I(9)])], &[], "9"),
        ("{.x}", &[I(1)], &[], "!AttributeError: 'int' object has no attribute 'x'"),
        ("{:{:}}", &[I(1), S("")], &[], "1"),
        ("{0:{0}}", &[I(3)], &[], "  3"),
        ("x{0}y{1}z", &[I(1)], &[], "!IndexError: Replacement index 1 out of range for positional args tuple"),
        ("{}{}{}", &[I(1), I(2)], &[], "!IndexError: Replacement index 2 out of range for positional args tuple"),
        ("{:{}}{}", &[I(1), I(2), I(3)], &[], " 13"),
        ("{:{}}{}", &[I(1), I(2)], &[], "!IndexError: Replacement index 2 out of range for positional args tuple"),
    ];

#[test]
fn cpython_cases() {
    for &(fmt, args, kwargs, expected) in CASES {
        assert_eq!(run(fmt, args, kwargs), expected, "{:?}.format({:?}, {:?})", fmt, args, kwargs);
    }
}

#[test]
fn structure() {
    let p = parse_format_string("a{{b}}c{0.x[1][k]!r:>{w}}{}{name}").unwrap();
    assert_eq!(p[0], FormatPiece::Literal("a{b}c".into()));
    match &p[1] {
        FormatPiece::Field(f) => {
            assert_eq!(f.arg, FieldArg::Index(0));
            assert_eq!(
                f.accessors,
                vec![Accessor::Attr("x".into()), Accessor::Index(1), Accessor::Key("k".into())]
            );
            assert_eq!(f.conversion, Some('r'));
            assert_eq!(f.spec, ">{w}");
            assert!(f.spec_needs_expanding);
            assert_eq!(f.accessor_error, None);
            let nested: Vec<_> = f.spec_parser().unwrap().collect::<FmtResult<_>>().unwrap();
            assert_eq!(nested.len(), 2);
            match &nested[1] {
                FormatPiece::Field(g) => {
                    assert_eq!(g.arg, FieldArg::Name("w".into()));
                    assert_eq!(g.depth, 1);
                    assert_eq!(g.spec_parser().unwrap_err().message, "Max string recursion exceeded");
                }
                other => panic!("{:?}", other),
            }
        }
        other => panic!("{:?}", other),
    }
    match &p[2] {
        FormatPiece::Field(f) => assert_eq!(f.arg, FieldArg::Auto),
        other => panic!("{:?}", other),
    }
    assert_eq!(parse_format_string("").unwrap(), vec![]);
    assert_eq!(parse_format_string("{{}}").unwrap(), vec![FormatPiece::Literal("{}".into())]);
    // Unicode decimal digits are indices.
    match &parse_format_string("{\u{661}\u{660}}").unwrap()[0] {
        FormatPiece::Field(f) => assert_eq!(f.arg, FieldArg::Index(10)),
        other => panic!("{:?}", other),
    }
}

#[test]
fn auto_numbering() {
    let mut a = AutoNumber::new();
    assert_eq!(a.resolve(&FieldArg::Auto).unwrap(), ArgRef::Index(0));
    assert_eq!(a.resolve(&FieldArg::Name("x".into())).unwrap(), ArgRef::Name("x".into()));
    assert_eq!(a.resolve(&FieldArg::Auto).unwrap(), ArgRef::Index(1));
    assert_eq!(
        a.resolve(&FieldArg::Index(0)).unwrap_err().message,
        "cannot switch from automatic field numbering to manual field specification"
    );
    let mut a = AutoNumber::new();
    assert_eq!(a.resolve(&FieldArg::Index(3)).unwrap(), ArgRef::Index(3));
    assert_eq!(
        a.resolve(&FieldArg::Auto).unwrap_err().message,
        "cannot switch from manual field specification to automatic field numbering"
    );
}

#[test]
fn conversions() {
    assert_eq!(check_conversion('r').unwrap(), ConversionKind::Repr);
    assert_eq!(check_conversion('a').unwrap(), ConversionKind::Ascii);
    assert_eq!(check_conversion('s').unwrap(), ConversionKind::Str);
    assert_eq!(check_conversion('x').unwrap_err().message, "Unknown conversion specifier x");
    assert_eq!(check_conversion('\u{1}').unwrap_err().message, "Unknown conversion specifier \\x1");
    assert_eq!(check_conversion(' ').unwrap_err().message, "Unknown conversion specifier \\x20");
    assert_eq!(check_conversion('\u{e9}').unwrap_err().message, "Unknown conversion specifier \\xe9");
    assert_eq!(format_map_positional().message, "Format string contains positional fields");
}
