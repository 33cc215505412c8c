# with statement and context managers
class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f'enter {self.name}')
        return self
    def __exit__(self, exc_type, exc, tb):
        self.log.append(f'exit {self.name} {exc_type.__name__ if exc_type else None}')
        return False
log = []
with Resource('a', log) as r:
    log.append(f'body uses {r.name}')
print(log)
log = []
with Resource('x', log) as x, Resource('y', log) as y:
    log.append('body')
print(log)
log = []
try:
    with Resource('failing', log):
        log.append('before error')
        raise ValueError('oops')
        log.append('never')
except ValueError as e:
    log.append(f'caught {e}')
print(log)
class ReturnsOther:
    def __enter__(self):
        return 'the value'
    def __exit__(self, *args):
        print('  exit args:', args)
with ReturnsOther() as v:
    print(v)
with ReturnsOther():
    pass
def early_return():
    log = []
    with Resource('ret', log):
        return log
print(early_return())
log = []
for i in range(3):
    with Resource(f'loop{i}', log):
        if i == 1:
            continue
        if i == 2:
            break
print(log)
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, t, v, tb):
        self.exited = True
with Timer() as t:
    pass
print(t.entered, t.exited)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
log = []
with Resource('outer', log):
    with Resource('inner', log):
        log.append('deep')
print(log)
with Resource('tuple-target', []) as (res):
    print(res.name)
