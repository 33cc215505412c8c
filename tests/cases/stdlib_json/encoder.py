# The native _json encoder (c_make_encoder): output, separators, keys, errors.
import json
import json.encoder
import _json
import enum
from collections import OrderedDict

print(json.encoder.c_make_encoder is _json.make_encoder)

class IE(enum.IntEnum):
    A = 1

class FE(float):
    def __repr__(self):
        return "FE!"

class S(str):
    pass

data = {"b": [1, 2.5, None, True, False, "x\u00e9\n\ud800\U0001f600"], "a": {"n": -0.0, "big": 10**30},
        "t": (1, (2, [])), "e": {}, "l": []}
values = [data, 1e16, 1.0, 0.1, -1.5e-7, 123456789, IE.A, FE(2.5), S("s"), [IE.A, FE(1.5)],
          {IE.A: 1, 2.5: 2, None: 3, True: 4, False: 5, 7: 6}, "plain", OrderedDict([("z", 1), ("y", 2)])]
for v in values:
    print(json.dumps(v))
    print(ascii(json.dumps(v, ensure_ascii=False)))
    print(json.dumps(v, separators=(",", ":")))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=2))
print(ascii(json.dumps(data, indent="\t", separators=(",", ": "), ensure_ascii=False)))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps({float("nan"): 1, float("inf"): 2}))
for v in [[float("nan")], {"a": float("inf")}, {float("-inf"): 1}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)

l = [1]
l.append(l)
d = {}
d["d"] = d
for v in [l, d, [d]]:
    try:
        json.dumps(v)
    except ValueError as e:
        print("ValueError", e)
try:
    json.dumps(l, check_circular=False)
except RecursionError:
    print("RecursionError")

class Obj:
    pass

for v in [Obj(), {"k": {1, 2}}, [b"x"]]:
    try:
        json.dumps(v)
    except TypeError as e:
        print("TypeError", str(e).replace(__name__, "M"))
print(json.dumps({"o": Obj()}, default=lambda o: "<obj>"))
print(json.dumps([Obj(), 2], default=lambda o: [o.__class__.__name__]))
me = Obj()
try:
    json.dumps(me, default=lambda o: o)
except ValueError as e:
    print("ValueError", e)
for v in [{(1, 2): 1}, {b"k": 1, "ok": 2}]:
    try:
        print(json.dumps(v))
    except TypeError as e:
        print("TypeError", e)
print(json.dumps({(1, 2): 1, "ok": 2, 3: [4]}, skipkeys=True))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)

class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(E().encode({"s": {3, 1, 2}}))
print(E(separators=(";", "=")).encode([{"a": {2}}, 1]))

enc = _json.make_encoder(None, str, json.encoder.encode_basestring_ascii, None, ":", ",", True, False, True)
print(enc({"b": 1, "a": [1, "\u00e9"]}, 0))
enc = _json.make_encoder({}, str, lambda s: "<" + s + ">", None, ":", ",", False, False, True)
print(enc({"b": 1, "a": [1, "x"]}, 0))
enc = _json.make_encoder({}, str, lambda s: 5, None, ":", ",", False, False, True)
try:
    enc(["x"], 0)
except TypeError as e:
    print("TypeError", e)
for bad in [([], str, str, None, ":", ",", 0, 0, 0), ({}, str, str, None, 1, ",", 0, 0, 0)]:
    try:
        _json.make_encoder(*bad)
    except TypeError as e:
        print("TypeError", e)
print(json.loads(json.dumps(data)) == json.loads(json.dumps(data, sort_keys=True)))
