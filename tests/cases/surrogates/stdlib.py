# Lone surrogates through stdlib code: pickle, charmap codecs, environ, glob/walk/rmtree, incremental decoders.
import pickle, os, codecs, tempfile, shutil, glob, subprocess, sys
s = 'a\udcff\ud800'
for p in range(4):
    d = pickle.dumps(s, protocol=p)
    print(p, d, ascii(pickle.loads(d)))
print('\udc80'.encode('cp1252', 'surrogateescape'), ascii(b'\x81'.decode('cp1252', 'surrogateescape')))
os.environ['SURR_T'] = 'x\udcff'
print(os.environb[b'SURR_T'], ascii(os.environ['SURR_T']))
out = subprocess.run([sys.executable, '-c', 'import os; print(os.environb[b"SURR_T"])'], capture_output=True).stdout
print(out)
d = tempfile.mkdtemp()
os.makedirs(os.path.join(d, 'a\udcfe', 'b\udcfd'))
open(os.path.join(d, 'a\udcfe', 'f\udcfc.txt'), 'w').close()
print(sorted(ascii(os.path.relpath(p, d)) for p in glob.glob(os.path.join(d, '*', '*'))))
print(sorted((ascii(os.path.relpath(r, d)), [ascii(x) for x in sorted(ds)], [ascii(x) for x in fs]) for r, ds, fs in os.walk(d)))
shutil.rmtree(d)
print(os.path.exists(d))
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')
print(str(e))
try:
    os.fsencode('\ud800')
except UnicodeEncodeError as e:
    print(e)
print(ascii('\udc80'.encode('utf-8', 'replace')), ascii(b'\xed\xa0\x80'.decode('utf-8', 'replace')))
print('%r' % '\udc80', '{!a}'.format('\udc80'), ascii('\udc80'.center(5, '\udcff')))
print(ascii(codecs.decode(b'\xff', 'utf-8', 'surrogateescape')), ascii(codecs.encode('\udcff', 'utf-8', 'surrogateescape')))
print(ascii(codecs.utf_8_decode(b'a\xed\xa0\x80', 'surrogatepass', True)))
dec = codecs.getincrementaldecoder('utf-8')('surrogateescape')
print(ascii(dec.decode(b'a\xe2')), ascii(dec.decode(b'\x82', final=True)))
