# generator.throw() and generator.close()
def worker():
    try:
        while True:
            try:
                x = yield
                print('  got', x)
            except ValueError as e:
                print('  handled ValueError inside generator:', e)
    finally:
        print('  worker cleanup')
w = worker()
next(w)
w.send(1)
w.throw(ValueError('bad value'))
w.send(2)
w.close()
print('closed')
try:
    w.send(3)
except StopIteration:
    print('send after close -> StopIteration')
def g():
    yield 1
    yield 2
it = g()
next(it)
try:
    it.throw(KeyError('k'))
except KeyError as e:
    print('propagated out:', repr(e))
print(next(it, 'exhausted after throw'))
def catches_and_yields():
    try:
        yield 'first'
    except RuntimeError:
        yield 'recovered'
    yield 'last'
c = catches_and_yields()
print(next(c), c.throw(RuntimeError), next(c))
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'refusing to die'
bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print('RuntimeError:', e)
print(next(bad, 'finished'))
def on_close():
    try:
        yield 'a'
    except GeneratorExit:
        print('  GeneratorExit seen')
        raise
oc = on_close()
next(oc)
oc.close()
oc.close()  # closing twice is fine
fresh = g()
fresh.close()
print(list(fresh))
def th():
    yield 1
t = th()
try:
    t.throw(TypeError('instance thrown'))
except TypeError as e:
    print('TypeError:', e)
def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except ValueError:
            n = 0
cn = counter()
print(next(cn), next(cn), next(cn), cn.throw(ValueError), next(cn))
cn.close()
