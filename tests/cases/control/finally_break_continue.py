# break/continue/return interacting with try/finally and with
log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f'body {i}')
    finally:
        log.append(f'finally {i}')
print(log)
def nested():
    out = []
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if j == 1:
                        break
                    out.append((i, j))
                finally:
                    out.append(('inner-fin', i, j))
            if i == 1:
                continue
        finally:
            out.append(('outer-fin', i))
    return out
for item in nested():
    print(item)
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print('enter', self.tag)
    def __exit__(self, *a):
        print('exit', self.tag)
for i in range(3):
    with CM(i):
        if i == 0:
            continue
        if i == 1:
            break
def ret_in_loop():
    for i in range(3):
        try:
            return i
        finally:
            print('finally before return', i)
print(ret_in_loop())
