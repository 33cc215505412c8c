import cProfile, pstats, io, os
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def work():
    l = []
    for i in range(5):
        l.append(fib(i))
    return sorted(l), len(l)
def gen():
    yield 1
    yield 2
pr = cProfile.Profile()
pr.enable()
work()
list(gen())
pr.disable()
st = pstats.Stats(pr)
for (fn, line, name), (cc, nc, tt, ct, callers) in sorted(st.stats.items(), key=lambda kv: (kv[0][2], kv[0][1])):
    callers_s = sorted((c[2], v[0], v[1]) for c, v in callers.items())
    print(os.path.basename(fn), line, name, cc, nc, callers_s)
def show(text):
    for line in text.splitlines():
        parts = line.split()
        if 'function calls' in line:
            print(' '.join(parts[:parts.index('in')]))
        elif len(parts) >= 6 and parts[0][0].isdigit():
            print(parts[0], os.path.basename(parts[-1]))
s = io.StringIO()
pstats.Stats(pr, stream=s).sort_stats('calls', 'name').print_stats()
show(s.getvalue())
e = pr.getstats()[0]
print(type(e).__name__, e._fields if hasattr(e, '_fields') else len(e))
pr.clear(); print(pr.getstats())
import _lsprof
p2 = _lsprof.Profiler(subcalls=False, builtins=False)
p2.enable(); work(); p2.disable()
print(sorted((e.code.co_name if not isinstance(e.code, str) else e.code, e.callcount, e.reccallcount, e.calls) for e in p2.getstats()))
t = [0]
def timer():
    t[0] += 1
    return t[0]
p3 = _lsprof.Profiler(timer, 1.0)
p3.enable(); fib(3); p3.disable()
print(sorted((e.code if isinstance(e.code, str) else e.code.co_name, e.callcount, e.reccallcount, e.totaltime > 0) for e in p3.getstats()))
import contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out):
    cProfile.run('fib(4)', sort='name')
show(out.getvalue())
# cProfile.runctx with a namespace, Profile as a context manager
with cProfile.Profile() as pr2:
    sum(fib(i) for i in range(4))
print(sorted((k[2], v[0], v[1]) for k, v in pstats.Stats(pr2).stats.items() if k[0] != '~'))
