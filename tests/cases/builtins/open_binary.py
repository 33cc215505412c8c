# open() in binary mode: bytes, seek/tell, read(n)
import time
path = f'/tmp/pyston_rt_test_bin_{time.time_ns()}_{id(object())}.bin'
with open(path, 'wb') as f:
    print(f.write(b'\x00\x01\x02hello'), f.write(bytes(range(250, 256))), f.write(bytearray(b'end')))
    print(f.tell())
with open(path, 'rb') as f:
    data = f.read()
print(data, len(data), type(data).__name__)
with open(path, 'rb') as f:
    print(f.read(3), f.tell())
    f.seek(0)
    print(f.read(1), f.tell())
    f.seek(3)
    print(f.read(5))
    f.seek(-3, 2)
    print(f.read(), f.tell())
    f.seek(2, 0)
    f.seek(2, 1)
    print(f.tell(), f.read(2))
    print(f.read(0), f.read(100)[:4])
    print(f.read(), f.read(5))
with open(path, 'r+b') as f:
    f.seek(3)
    f.write(b'HE')
    f.seek(0)
    print(f.read())
with open(path, 'ab') as f:
    f.write(b'+tail')
with open(path, 'rb') as f:
    print(f.read()[-8:])
text = 'Grüße ✓\n'
with open(path, 'wb') as f:
    f.write(text.encode('utf-8'))
with open(path, 'rb') as f:
    raw = f.read()
with open(path, encoding='utf-8') as f:
    decoded = f.read()
print(raw, len(raw), decoded == text, len(decoded))
with open(path, 'wb') as f:
    f.write(b'line1\nline2\r\nline3')
with open(path, 'rb') as f:
    print(f.readlines())
with open(path, 'rb') as f:
    print([l for l in f])
try:
    with open(path, 'wb') as f:
        f.write('str not bytes')
except TypeError as e:
    print('TypeError:', e)
with open(path, 'wb') as f:
    pass
