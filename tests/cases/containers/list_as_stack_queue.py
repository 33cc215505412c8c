# Lists as stacks and queues; simple algorithms
stack = []
for tok in '3 4 + 2 * 7 -'.split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({'+': a + b, '-': a - b, '*': a * b}[tok])
    print(tok, stack)
queue = ['a', 'b', 'c']
order = []
while queue:
    x = queue.pop(0)
    order.append(x)
    if len(x) < 3:
        queue.append(x + '!')
print(order)
def balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    st = []
    for ch in s:
        if ch in '([{':
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ['()', '([]{})', '(]', '((', '', '{[()()]}', '}{']:
    print(repr(s), balanced(s))
ring = list(range(1, 11))
out = []
idx = 0
while ring:
    idx = (idx + 2) % len(ring)
    out.append(ring.pop(idx))
print(out)
