import ast
src = '''
import os, sys as s
from . import x
from ..a.b import (c as d, e)
@deco(1)
def f(a, /, b=2, *args, c, d=3, **kw) -> int:
    """doc"""
    global g
    x = y = a + b * c - -d
    x += 1
    y: int = 5
    del x[1:2, ::3]
    for i in range(10):
        if i % 2 == 0 and not i or i is None:
            continue
        else:
            break
    else:
        pass
    while True:
        break
    with open('f') as fh, g:
        pass
    try:
        raise ValueError('x') from None
    except (ValueError, TypeError) as e:
        pass
    except Exception:
        pass
    else:
        pass
    finally:
        pass
    assert x, 'msg'
    return [i for i in y if i], {k: v for k, v in z}, {a for a in b}, (g for g in h)
class C(B, metaclass=M):
    x: int
    def m(self): return lambda q, *, r=1: q
async def co():
    async for i in a: await b
    async with c as d: yield e
    yield from f
x = f"a{b!r:>{w}}c{d=}" + u'u' + b'by' + 1.5 + 2j + 10**100 + ...
match p:
    case [1, *rest]: pass
    case {"k": v, **kw}: pass
    case Point(x=0, y=_) | None: pass
    case str() as s if s: pass
z = a if b else c
q = (w := 3)
t = x[1], x.y, *z
print(f"{x}", 'é', f'é{x}é')
'''
t = ast.parse(src)
print(ast.dump(t, include_attributes=True, indent=1))
print(ast.dump(ast.parse("x = 1", mode="exec")))
print(ast.dump(ast.parse("x + 1", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x + 1", mode="single"), include_attributes=True))
print(ast.unparse(t))
