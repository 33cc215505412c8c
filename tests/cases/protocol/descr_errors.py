tests = [
    "int.real.__set__(1, 2)",
    "int.real.__delete__(1)",
    "type.__dict__['__name__'].__get__(1)",
    "type.__dict__['__name__'].__set__(int, 'x')",
    "property().__get__()",
    "property(lambda s: 1).__get__(None, None)",
    "str.__dict__['upper'].__get__(None, None)",
    "str.__dict__['upper'].__get__(1)",
    "str.__dict__['upper']()",
    "str.__dict__['upper'](1)",
    "int.__dict__['__add__'](1)",
    "int.__dict__['__add__']()",
    "int.__add__.__get__(None, None)",
    "(1).__add__()",
    "(1).__add__(1, 2)",
    "object.__dict__['__class__'].__set__(1, int)",
    "classmethod(len).__get__(None, None)",
    "dict.fromkeys.__get__(1)",
    "dict.__dict__['fromkeys'].__get__(None, 1)",
    "dict.__dict__['fromkeys'](1)",
    "(lambda: 1).__get__(None, None)",
    "staticmethod(len).__get__(None, None)('abc')",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", r if not callable(r) else type(r).__name__)
    except Exception as e:
        print(t, "->", type(e).__name__, e)
