import warnings
warnings.simplefilter("ignore", DeprecationWarning)
import audioop, struct, random
def t(name, *a):
    try: r = getattr(audioop, name)(*a)
    except Exception as e: r = (type(e).__name__, str(e))
    print(name, repr(r)[:300])
rng = random.Random(1234)
frags = {}
for w in (1, 2, 3, 4):
    n = 40
    vals = [rng.randint(-(1 << (8*w-1)), (1 << (8*w-1)) - 1) for _ in range(n)]
    vals[3] = -(1 << (8*w-1)); vals[4] = (1 << (8*w-1)) - 1
    b = b''.join(v.to_bytes(w, 'little', signed=True) for v in vals)
    frags[w] = b
    smooth = b''.join(int(1000*w*((i % 7) - 3)).to_bytes(w, 'little', signed=True) if w > 1 else ((i % 7) - 3).to_bytes(1, 'little', signed=True) for i in range(30))
    for f in (b, smooth, b''):
        t('getsample', f, w, 5); t('max', f, w); t('minmax', f, w); t('avg', f, w); t('rms', f, w)
        t('maxpp', f, w); t('avgpp', f, w); t('cross', f, w)
        t('mul', f, w, 1.7); t('mul', f, w, -2.5); t('tomono', f, w, 0.5, 0.7); t('tostereo', f, w, 1.5, -0.3)
        t('add', f, f, w); t('bias', f, w, 100); t('bias', f, w, -(1 << 30)); t('reverse', f, w); t('byteswap', f, w)
        for nw in (1, 2, 3, 4): t('lin2lin', f, w, nw)
        t('lin2ulaw', f, w); t('lin2alaw', f, w)
        t('ulaw2lin', f[:10], w); t('alaw2lin', f[:10], w)
        r = audioop.lin2adpcm(f, w, None); print('lin2adpcm', r)
        print('adpcm2lin', audioop.adpcm2lin(r[0], w, None)[1], audioop.adpcm2lin(r[0], w, (100, 20)))
        t('lin2adpcm', f, w, (3000, 40))
        t('ratecv', f, w, 1, 8000, 11025, None)
        t('ratecv', f, w, 2 if len(f) % (2*w) == 0 else 1, 44100, 8000, None, 2, 1)
        st = audioop.ratecv(f, w, 1, 8000, 16000, None)[1]
        t('ratecv', f, w, 1, 8000, 16000, st)
print(audioop.ulaw2lin(bytes(range(256)), 2) == b''.join(struct.pack('<h', audioop.getsample(audioop.ulaw2lin(bytes([i]), 2), 2, 0)) for i in range(256)))
t('ulaw2lin', bytes(range(256)), 2); t('alaw2lin', bytes(range(256)), 2)
t('lin2ulaw', b''.join(struct.pack('<h', v) for v in range(-32768, 32768, 97)), 2)
t('lin2alaw', b''.join(struct.pack('<h', v) for v in range(-32768, 32768, 97)), 2)
s16 = b''.join(struct.pack('<h', int(1000 * ((i * 7) % 23 - 11))) for i in range(60))
t('findfit', s16, s16[20:50]); t('findfactor', s16, s16); t('findmax', s16, 5)
t('findfit', s16[:5], s16); t('findfit', s16[:10], s16); t('findfactor', s16, s16[:10]); t('findmax', s16, 100); t('findmax', s16, -1)
# errors
t('max', b'abc', 2); t('max', b'abc', 5); t('max', 'abc', 1); t('max', b'a'); t('getsample', b'ab', 1, 9)
t('mul', b'ab', 1, 'x'); t('max', b'ab', 1.0); t('tomono', b'abc', 1, 1, 1); t('add', b'ab', b'abc', 1)
t('ratecv', b'ab', 1, 0, 1, 1, None); t('ratecv', b'ab', 1, 1, 0, 1, None); t('ratecv', b'ab', 1, 1, 1, 1, None, 0)
t('ratecv', b'ab', 1, 1, 1, 1, 5); t('ratecv', b'ab', 1, 1, 1, 1, (1, 2)); t('ratecv', b'ab', 1, 1, 1, 1, (1, ((1, 2), (3, 4))))
t('lin2adpcm', b'ab', 1, 5); t('lin2adpcm', b'ab', 1, (1,)); t('lin2adpcm', b'ab', 1, (40000, 1)); t('adpcm2lin', b'ab', 1, (0, 89))
t('max', b'ab', 1, 3); t('lin2lin', b'ab', 1, 7)
print(issubclass(audioop.error, Exception), audioop.error.__module__)
print(audioop.max(bytearray(b'\x01\x80'), 1), audioop.max(memoryview(b'\x01\x02'), 1))
