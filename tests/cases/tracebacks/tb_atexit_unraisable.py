# An exception in an atexit callback is reported like CPython's unraisable
# hook: the callback's repr, the traceback, the exception without its chain
# and without "Did you mean" hints; the exit status stays 0.
import atexit


class Bye:
    greeting = "bye"

    def __call__(self):
        try:
            raise ValueError("inner")
        except ValueError:
            self.greting

    def __repr__(self):
        return "Bye()"


atexit.register(Bye())
print("registered")
