# io.IncrementalNewlineDecoder over a str stream (decoder None) and over
# an incremental decoder from the codec registry.
import codecs
import io

d = io.IncrementalNewlineDecoder(None, translate=True)
out = []
for chunk in ["a\r", "\nb\r", "c\rd\n", "\r"]:
    out.append(d.decode(chunk))
    print(repr(out[-1]), d.newlines, d.getstate())
print(repr(d.decode("", final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())

d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("x\r\ny\rz\n")), d.newlines)
print(repr(d.decode("end\r")), repr(d.decode("", True)))

d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
data = "h\xe9\r\nw\u20ac\rx".encode("utf-8")
print([d.decode(data[i:i + 1]) for i in range(len(data))], repr(d.decode(b"", final=True)), d.newlines)
d.setstate((b"", 1))
print(repr(d.decode(b"q")), d.getstate())
try:
    io.IncrementalNewlineDecoder(None, True).decode(b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    io.IncrementalNewlineDecoder(None)
except TypeError as e:
    print("TypeError", e)
