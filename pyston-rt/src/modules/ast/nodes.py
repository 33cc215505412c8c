# The node classes of `_ast` (CPython 3.11's Parser/Python.asdl), built at
# module initialisation by modules/ast/mod.rs. Each line of _ASDL is one
# type: `name = Ctor(fields) | ... @ attributes` for a sum type, `name :
# (fields) @ attributes` for a product type. Field syntax: `type name`,
# `type? name` (optional: class attribute None), `type* name` (list).

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()
    __module__ = 'ast'

    def __init__(self, *args, **kwargs):
        fields = getattr(type(self), '_fields', ())
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        d = getattr(self, '__dict__', None)
        if d is not None:
            return type(self), (), d
        return type(self), ()

# The shared Load()/Store()/Del()/operator instances ast.parse returns
# (filled by to_py.rs), as CPython's per-interpreter singletons.
_singletons = {}

_POS = 'int lineno, int col_offset, int? end_lineno, int? end_col_offset'

_ASDL = r'''
mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body) | FunctionType(expr* argtypes, expr returns)
stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment) | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment) | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list) | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment) | AugAssign(expr target, operator op, expr value) | AnnAssign(expr target, expr annotation, expr? value, int simple) | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse) | With(withitem* items, stmt* body, string? type_comment) | AsyncWith(withitem* items, stmt* body, string? type_comment) | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause) | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | Assert(expr test, expr? msg) | Import(alias* names) | ImportFrom(identifier? module, alias* names, int? level) | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue @ POS
expr = BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value) | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand) | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse) | Dict(expr* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators) | SetComp(expr elt, comprehension* generators) | DictComp(expr key, expr value, comprehension* generators) | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value) | YieldFrom(expr value) | Compare(expr left, cmpop* ops, expr* comparators) | Call(expr func, expr* args, keyword* keywords) | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values) | Constant(constant value, string? kind) | Attribute(expr value, identifier attr, expr_context ctx) | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx) | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx) | Slice(expr? lower, expr? upper, expr? step) @ POS
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension : (expr target, expr iter, expr* ifs, int is_async)
excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body) @ POS
arguments : (arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg : (identifier arg, expr? annotation, string? type_comment) @ POS
keyword : (identifier? arg, expr value) @ POS
alias : (identifier name, identifier? asname) @ POS
withitem : (expr context_expr, expr? optional_vars)
match_case : (pattern pattern, expr? guard, stmt* body)
pattern = MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns) | MatchMapping(expr* keys, pattern* patterns, identifier? rest) | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns) | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name) | MatchOr(pattern* patterns) @ int lineno, int col_offset, int end_lineno, int end_col_offset
type_ignore = TypeIgnore(int lineno, string tag)
'''

def _fields(spec):
    """(names, optional names) of a field list `type name, ...`."""
    names, optional = [], []
    for f in spec.split(','):
        f = f.strip()
        if not f:
            continue
        typ, name = f.split()
        names.append(name)
        if typ.endswith('?'):
            optional.append(name)
    return tuple(names), optional

def _make(name, base, spec, attrs, doc):
    fields, optional = _fields(spec)
    ns = {'_fields': fields, '__match_args__': fields, '__module__': 'ast', '__doc__': doc}
    if attrs is not None:
        ns['_attributes'] = attrs[0]
        for a in attrs[1]:
            ns[a] = None
    for f in optional:
        ns[f] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls

def _build():
    for line in _ASDL.strip().splitlines():
        attrs = ((), [])
        if '@' in line:
            line, a = line.split('@')
            a = a.strip()
            attrs = _fields(_POS if a == 'POS' else a)
        if ' : ' in line:
            name, spec = line.split(' : ')
            name, spec = name.strip(), spec.strip()
            _make(name, AST, spec[1:-1], attrs, name + spec)
            continue
        name, ctors = line.split(' = ')
        ctors = [c.strip() for c in ctors.split(' | ')]
        sep = ' | ' if all('(' not in c for c in ctors) else '\n' + ' ' * len(name) + ' | '
        doc = name + ' = ' + sep.join(ctors)
        base = _make(name, AST, '', attrs, doc)
        for c in ctors:
            cname, _, spec = c.partition('(')
            _make(cname, base, spec[:-1], None, c)

_build()
del _build, _make, _fields, _ASDL, _POS
