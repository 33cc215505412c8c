import tracemalloc, os
def t(f):
    try: print("ok", repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
t(lambda: tracemalloc.start(0)); t(lambda: tracemalloc.start(70000))
tracemalloc.start(5)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
class Point:
    __slots__ = ('x',)
    def __init__(self, x): self.x = x
def make():
    return [Point(i) for i in range(1000)]
data = make()
tb = tracemalloc.get_object_traceback(data[10])
print(type(tb).__name__, len(tb) >= 1)
fr = tb[-1] if False else tb[0]
print(os.path.basename(tb[-1].filename), tb[-1].lineno)
for f in tb:
    print(' ', os.path.basename(f.filename), f.lineno)
cur, peak = tracemalloc.get_traced_memory()
print(cur > 1000 * 16, peak >= cur)
snap = tracemalloc.take_snapshot()
stats = snap.statistics('lineno')
top = [s for s in stats if os.path.basename(s.traceback[0].filename) == os.path.basename(__file__)]
print(top[0].count >= 1000, os.path.basename(top[0].traceback[0].filename), top[0].traceback[0].lineno, top[0].size > 0)
print(tracemalloc.get_tracemalloc_memory() > 0)
del data
cur2, _ = tracemalloc.get_traced_memory()
print(cur2 < cur)
tracemalloc.reset_peak(); c3, p3 = tracemalloc.get_traced_memory(); print(p3 >= c3)
tracemalloc.clear_traces(); print(tracemalloc.get_object_traceback(snap))
s2 = tracemalloc.take_snapshot()
x = [Point(1) for i in range(100)]
s3 = tracemalloc.take_snapshot()
diff = [d for d in s3.compare_to(s2, 'lineno') if os.path.basename(d.traceback[0].filename) == os.path.basename(__file__)]
print(diff[0].count_diff >= 100, diff[0].traceback[0].lineno)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(x[0]))
t(lambda: tracemalloc.take_snapshot())
