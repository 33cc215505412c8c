# except* re-raising the unhandled part together with an exception raised
# in a handler; many sub-exceptions are truncated after 15.
def work():
    try:
        raise ExceptionGroup("work", [ValueError(1), KeyError(2)] + [OSError(i) for i in range(16)])
    except* ValueError:
        raise TypeError("handler failed")

work()
