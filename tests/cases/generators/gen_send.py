# send(), the value of yield expressions
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    yield received
g = echo()
print(next(g))
print(g.send('a'), g.send('b'), g.send('c'))
print(g.send(None))
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(x) for x in [10, 20, 30, 5]])
g = echo()
try:
    g.send('too early')
except TypeError as e:
    print('TypeError:', e)
print(g.send(None) if False else next(g))
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
acc = accumulate()
next(acc)
for v in [1, 2, 3]:
    acc.send(v)
try:
    acc.send(None)
except StopIteration as e:
    print('returned', e.value)
def coroutine_pipeline():
    results = []
    def sink():
        while True:
            item = yield
            results.append(item.upper())
    def filt(target):
        while True:
            item = yield
            if len(item) > 2:
                target.send(item)
    s = sink()
    next(s)
    f = filt(s)
    next(f)
    for w in ['a', 'abc', 'xy', 'hello']:
        f.send(w)
    return results
print(coroutine_pipeline())
def state_machine():
    state = 'idle'
    while True:
        event = yield state
        if state == 'idle' and event == 'start':
            state = 'running'
        elif state == 'running' and event == 'pause':
            state = 'paused'
        elif state == 'paused' and event == 'resume':
            state = 'running'
        elif event == 'stop':
            state = 'stopped'
sm = state_machine()
print(next(sm), [sm.send(e) for e in ['start', 'pause', 'bogus', 'resume', 'stop']])
