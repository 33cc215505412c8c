# zipfile/tarfile/csv/codecs over TextIOWrapper and buffered wrappers.
import zipfile, tarfile, io, tempfile, os, platform, codecs, csv
d = tempfile.mkdtemp()
zp = os.path.join(d, 'a.zip')
with zipfile.ZipFile(zp, 'w') as z:
    z.writestr('t.txt', 'one\ntwo\r\nthree')
    with z.open('w.txt', 'w') as f:
        with io.TextIOWrapper(f, encoding='utf-8') as t:
            t.write("written\n")
with zipfile.ZipFile(zp) as z:
    with io.TextIOWrapper(z.open('t.txt'), encoding='utf-8') as t:
        print(t.readlines())
    print(z.read('w.txt'))
tp = os.path.join(d, 'a.tar.gz')
with tarfile.open(tp, 'w:gz') as tf:
    data = b"tar data\n"
    ti = tarfile.TarInfo('x.txt'); ti.size = len(data)
    tf.addfile(ti, io.BytesIO(data))
with tarfile.open(tp) as tf:
    f = tf.extractfile('x.txt')
    print(f.read(), type(f).__name__)
    f = io.TextIOWrapper(tf.extractfile('x.txt'), encoding='ascii')
    print(f.read())
print(type(platform.uname().processor))
sio = io.TextIOWrapper(io.BytesIO(b"a,b\r\n1,2\r\n"), encoding='utf-8', newline='')
print(list(csv.reader(sio)))
sr = codecs.getreader('utf-8')(io.BytesIO("é\n".encode()))
print(sr.read())
os.remove(zp); os.remove(tp); os.rmdir(d)
