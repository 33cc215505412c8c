# _locale on the C library: setlocale queries and errors, localeconv in
# the C locale, nl_langinfo, strcoll/strxfrm.
import _locale

print(sorted(k for k in dir(_locale) if not k.startswith("__")))
print(_locale.Error.__module__, _locale.Error.__name__, issubclass(_locale.Error, Exception))
print(_locale.LC_ALL, _locale.LC_CTYPE, _locale.LC_NUMERIC, _locale.CHAR_MAX, _locale.CODESET)
print(_locale.setlocale(_locale.LC_NUMERIC), _locale.setlocale(_locale.LC_TIME, "C"))
conv = _locale.localeconv()
print(sorted(conv.items()))
for k in ("D_T_FMT", "D_FMT", "T_FMT", "DAY_1", "ABMON_12", "RADIXCHAR", "YESEXPR", "AM_STR"):
    print(k, repr(_locale.nl_langinfo(getattr(_locale, k))))
for bad in [(lambda: _locale.setlocale(_locale.LC_ALL, "xx_XX.bogus")), (lambda: _locale.nl_langinfo(99999)),
            (lambda: _locale.setlocale(99, None)), (lambda: _locale.setlocale("x")), (lambda: _locale.strcoll("a", 1))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(_locale.strcoll("a", "b"), _locale.strcoll("b", "a"), _locale.strcoll("a", "a"), _locale.strxfrm("abc"))
