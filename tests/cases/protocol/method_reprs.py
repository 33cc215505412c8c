class C:
    def __repr__(self): return "C()"
    def f(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
c = C()
print(repr(c.f), repr(C.cm), repr(C.f)[:20], repr(C.sm)[:20])
print(c.f == c.f, c.f != C().f, hash(c.f) == hash(c.f), C.cm == C.cm)
try:
    int < str
except TypeError as e:
    print(type(e).__name__, e)
print(int == int, int != str, hash(int) == hash(int))
print(repr(C.__dict__["cm"])[:34], repr(C.__dict__["sm"])[:35])
print(repr(property())[:19], repr(super(C, c)))
print(repr([].append)[:36], repr(int.__add__), repr((1).__add__)[:31])
print(repr(len), repr(C.__init__), repr(object.__init__), repr(C.__eq__))
print(repr(type.__dict__["__dict__"]), repr(C.__dict__["__dict__"]), repr(C.__dict__["__weakref__"]))
