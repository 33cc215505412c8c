# A tiny ORM: metaclass + descriptors + __init_subclass__ + __set_name__
class Field:
    _counter = 0
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        Field._counter += 1
        self.order = Field._counter
    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_f_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)
    def __set__(self, obj, value):
        if value is not None and not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name}: expected {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.attr, value)
    def __repr__(self):
        return f"Field({self.kind.__name__}, name={self.name!r})"

class ModelMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, table=None, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        fields = {}
        for b in reversed(cls.__mro__):
            for k, v in vars(b).items():
                if isinstance(v, Field):
                    fields[k] = v
        cls._fields = dict(sorted(fields.items(), key=lambda kv: kv[1].order))
        cls._table = table or name.lower()
        if bases:
            mcls.registry[cls._table] = cls
        return cls
    def __repr__(cls):
        return f"<Model {cls.__name__} table={cls._table}>"
    def __iter__(cls):
        return iter(cls._fields)

class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k in type(self)._fields:
            setattr(self, k, kw.pop(k, None))
        if kw:
            raise TypeError(f"unknown fields: {sorted(kw)}")
    def __init_subclass__(cls, audited=False, **kw):
        super().__init_subclass__(**kw)
        cls.audited = audited
    def __repr__(self):
        args = ", ".join(f"{k}={getattr(self, k)!r}" for k in type(self)._fields)
        return f"{type(self).__name__}({args})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, k) == getattr(other, k) for k in type(self)._fields)
    __hash__ = None
    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key}]"

class User(Model, table="users", audited=True):
    id = Field(int)
    name = Field(str, default="anon")

class Admin(User):
    level = Field(int, default=1)

u = User(id=1, name="ann")
a = Admin(id=2)
print(u, a, User, Admin, list(Admin), User.audited, Admin.audited)
print(ModelMeta.registry)
print(u == User(id=1, name="ann"), u == a, u != User(id=3))
try:
    hash(u)
except TypeError as e:
    print(type(e).__name__, e)
try:
    u.id = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    User(nope=1)
except TypeError as e:
    print(type(e).__name__, e)
print(User[int], User.id, vars(u))

# Vector with full operator set
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)): return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec): return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return self.x * o.y - self.y * o.x
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __lt__(self, o): return abs(self) < abs(o)
    def __format__(self, spec): return f"<{self.x:{spec}}, {self.y:{spec}}>"
    def __round__(self, n=None): return Vec(round(self.x, n), round(self.y, n))
v, w = Vec(1, 2), Vec(3, 4)
print(v + w, w - v, v * 2, 2 * v, v * w, v @ w, -v, abs(w), bool(Vec(0, 0)), v == Vec(1, 2), {v, Vec(1, 2)})
print(list(v), v[1], len(v), sorted([w, v]), max(v, w), f"{Vec(1.234, 5.678):.1f}", round(Vec(1.26, 2.71), 1))
print(sum([v, w], Vec(0, 0)), x if (x := v) else None, *v, dict(a=v)["a"].x)
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    v.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
