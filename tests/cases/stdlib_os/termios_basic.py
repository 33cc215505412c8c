# termios: constants, errors (termios.error) on a non-terminal; tty and getpass import.
import os
import termios
import tty

print(termios.error.__module__, termios.error.__name__, issubclass(termios.error, OSError), issubclass(termios.error, Exception))
print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.ECHO, termios.ICANON, termios.VMIN, termios.VTIME, termios.NCCS, termios.B38400)
print(len([n for n in dir(termios) if n.isupper()]))
r, w = os.pipe()
for f in [lambda: termios.tcgetattr(r), lambda: termios.tcsetattr(r, termios.TCSANOW, [0] * 7), lambda: termios.tcsetattr(r, termios.TCSANOW, 5),
          lambda: termios.tcdrain(r), lambda: termios.tcflush(r, termios.TCIFLUSH), lambda: termios.tcgetwinsize(r), lambda: termios.tcgetattr("x")]:
    try:
        print(f())
    except termios.error as e:
        print("termios.error", e.args)
    except Exception as e:
        print(type(e).__name__, e)
os.close(r)
os.close(w)
print(tty.IFLAG, tty.CC)
