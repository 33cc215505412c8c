# _csv: Dialect validation, the reader's state machine, the writer's
# quoting, the dialect registry and field_size_limit, against CPython.
import _csv

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

def rows(lines, **kw):
    try:
        r = _csv.reader(lines, **kw)
        out = list(r)
        return out, r.line_num
    except Exception as e:
        return type(e).__name__, str(e)

def write(rows_, **kw):
    s = Sink()
    try:
        w = _csv.writer(s, **kw)
        for row in rows_:
            w.writerow(row)
    except Exception as e:
        return type(e).__name__, str(e), "".join(s.parts)
    return "".join(s.parts)

print(rows(["a,b,c", "1,2,3"]))
print(rows(['"a,b",c', '"x""y",z', '"multi', 'line",end']))
print(rows(["a;b;c"], delimiter=";"))
print(rows(["a, b,  c"], skipinitialspace=True))
print(rows(["a\\,b,c\\", "d"], escapechar="\\"))
print(rows(['"a\\"b",c'], escapechar="\\", doublequote=False))
print(rows(["1,2.5,'x'"], quoting=_csv.QUOTE_NONNUMERIC, quotechar="'"))
print(rows(["1,abc"], quoting=_csv.QUOTE_NONNUMERIC))
print(rows(['"a"b,c']))
print(rows(['"a"b,c'], strict=True))
print(rows(['"unterminated'], strict=True))
print(rows(['"unterminated']))
print(rows(["", "a", "", "b"]))
print(rows(["a,b\r\n", "c,d\n", "e\r"]))
print(rows(["a\rb"]))
print(rows(["a\0b,c"]))
print(rows(['"a\nb",c\n']))
print(rows([1]))
print(rows(['a,"b,c'], quoting=_csv.QUOTE_NONE))
print(rows(["tab\tsep"], delimiter="\t"))

print(repr(write([["a", "b"], [1, 2.5, None, ""], ["x,y", 'q"q', "n\nl"]])))
print(repr(write([["a", "b"]], lineterminator="\n")))
print(repr(write([["a\rb", "c\nd"]], lineterminator="\n")))
print(repr(write([["a", 1, 2.0, None]], quoting=_csv.QUOTE_ALL)))
print(repr(write([["a", 1, 2.0, True, None]], quoting=_csv.QUOTE_NONNUMERIC)))
print(repr(write([["a,b", 'c"d', "e\nf"]], quoting=_csv.QUOTE_NONE, escapechar="\\")))
print(repr(write([["a,b"]], quoting=_csv.QUOTE_NONE)))
print(repr(write([['a"b']], doublequote=False, escapechar="\\")))
print(repr(write([['a"b']], doublequote=False)))
print(repr(write([[""]])))
print(repr(write([[""]], quoting=_csv.QUOTE_NONE)))
print(repr(write([[]])))
print(repr(write([[None]])))
print(repr(write([1])))
print(repr(write([("x", "y")], delimiter="|", quotechar="'")))
s = Sink()
w = _csv.writer(s)
print(w.writerow(["r"]), w.writerows([["a"], ["b", "c"]]), "".join(s.parts).encode())

d = _csv.Dialect()
print(d.delimiter, d.doublequote, d.escapechar, d.lineterminator.encode(), d.quotechar, d.quoting, d.skipinitialspace, d.strict)
print(_csv.Dialect(d) is d, _csv.Dialect(d, delimiter=";") is d, _csv.Dialect(d, delimiter=";").delimiter)
class MyDialect:
    delimiter = ":"
    quotechar = "'"
    lineterminator = "\n"
    quoting = _csv.QUOTE_MINIMAL
md = _csv.Dialect(MyDialect)
print(md.delimiter, md.quotechar, md.lineterminator.encode(), md.doublequote, type(md).__name__)
for kw in [dict(delimiter=""), dict(delimiter=1), dict(quotechar=1), dict(quotechar=None), dict(quoting=7),
           dict(quoting="a"), dict(lineterminator=1), dict(lineterminator=None), dict(escapechar="ab"),
           dict(delimiter=" "), dict(quotechar=None, quoting=_csv.QUOTE_ALL), dict(strict=1, doublequote=0), dict(bogus=1)]:
    try:
        d = _csv.Dialect(**kw)
        print(kw, repr(d.delimiter), repr(d.quotechar), d.quoting, d.strict, d.doublequote)
    except Exception as e:
        print(kw, type(e).__name__, e)

_csv.register_dialect("semi", delimiter=";", quoting=_csv.QUOTE_ALL)
_csv.register_dialect("colon", MyDialect)
print(sorted(_csv.list_dialects()))
print(_csv.get_dialect("semi").delimiter, _csv.get_dialect("colon").delimiter)
print(rows(["a;b"], dialect="semi"), rows(["a:b"], dialect="colon"))
print(repr(write([["a", "b"]], dialect="semi")))
print(repr(write([["a", "b"]], dialect="semi", delimiter=",")))
_csv.unregister_dialect("semi")
print(sorted(_csv.list_dialects()))

def err(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__module__, type(e).__name__, e)
    else:
        print(label, "ok", r)

err("get unknown", lambda: _csv.get_dialect("nope"))
err("unregister unknown", lambda: _csv.unregister_dialect("nope"))
err("register int", lambda: _csv.register_dialect(1))
err("reader no args", lambda: _csv.reader())
err("writer no write", lambda: _csv.writer(1))
err("reader not iterable", lambda: _csv.reader(1))
err("reader bad dialect", lambda: _csv.reader([], dialect="nope"))
err("writerows int", lambda: _csv.writer(Sink()).writerows(1))
err("setattr", lambda: setattr(_csv.Dialect(), "delimiter", ";"))
print(_csv.field_size_limit(), _csv.field_size_limit(10), _csv.field_size_limit())
print(rows(["a" * 10 + ",b"]))
print(rows(["a" * 11 + ",b"]))
err("limit str", lambda: _csv.field_size_limit("a"))
print(_csv.field_size_limit(131072))
r = _csv.reader(["a,b"])
print(type(r).__name__, type(r).__module__, r.dialect.delimiter, r.line_num, next(r), r.line_num)
print(_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE, _csv.__version__)
print(_csv.Error.__mro__[1].__name__, type(_csv.writer(Sink())).__name__)
