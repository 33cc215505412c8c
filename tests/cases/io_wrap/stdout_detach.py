# Replacing sys.stdout with a TextIOWrapper over its detached buffer (encoding, newline, line buffering).
import sys, io
print("before")
old = sys.stdout
sys.stdout = io.TextIOWrapper(sys.stdout.detach(), encoding='latin-1', newline='\r\n', line_buffering=True)
print("after é")
try:
    old.write("x")
except ValueError as e:
    print(e)
w = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', write_through=True)
w.write("direct\n")
w.detach()
sys.stdout.flush()
print(repr(sys.stdout)[:40])
