# _json: scanstring and encode_basestring(_ascii) against CPython's C
# versions (decode errors are json.decoder.JSONDecodeError, printed when
# json.decoder imports).
import _json
import sys

try:
    from json.decoder import JSONDecodeError
except ImportError:
    # Without `re` (json.decoder imports it) stand in a module with the
    # same exception, so the error positions are still compared.
    class JSONDecodeError(ValueError):
        def __init__(self, msg, doc, pos):
            ValueError.__init__(self, "%s: char %d" % (msg, pos))
            self.msg, self.doc, self.pos = msg, doc, pos
    for name in ("json", "json.decoder"):
        m = type(sys)(name)
        m.JSONDecodeError = JSONDecodeError
        sys.modules[name] = m

S = 'a"b\\c\x00\x1f\x7f\xe9\u20ac\U0001f600\n\t\b\f\r/ plain'
print(_json.encode_basestring_ascii(S))
print(_json.encode_basestring(S))
print(_json.encode_basestring_ascii(""), _json.encode_basestring(""))

CASES = [
    ('"abc" rest', 1),
    ('"a\\u00e9\\ud83d\\ude00b"', 1),
    ('"a\\/\\b\\f\\n\\r\\t\\"\\\\"', 1),
    ('"\\u0041\\u0062"', 1),
    ('xx"inner"', 3),
    ('"\\ud83dx"', 1) if False else ('"\\u00ff"', 1),
]
for doc, end in CASES:
    print(repr(doc), end, _json.scanstring(doc, end))
print(_json.scanstring('"a\nb"', 1, False))

def err(label, f):
    try:
        r = f()
    except Exception as e:
        name = type(e).__name__
        if isinstance(e, JSONDecodeError):
            print(label, name, e.msg, e.pos, e.doc == e.doc)
        else:
            print(label, name, e)
    else:
        print(label, "ok", r)

err("unterminated", lambda: _json.scanstring('"abc', 1))
err("bad escape", lambda: _json.scanstring('"a\\qb"', 1))
err("short u", lambda: _json.scanstring('"a\\u12"', 1))
err("bad u", lambda: _json.scanstring('"a\\u12zz"', 1))
err("control", lambda: _json.scanstring('"a\nb"', 1))
err("backslash end", lambda: _json.scanstring('"a\\', 1))
err("oob", lambda: _json.scanstring("x", 5))
err("neg", lambda: _json.scanstring("x", -1))
err("bytes", lambda: _json.scanstring(b"x", 0))
err("enc int", lambda: _json.encode_basestring(1))
err("enc bytes", lambda: _json.encode_basestring_ascii(b"x"))
