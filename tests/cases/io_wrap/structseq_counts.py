# Struct sequence types' class attributes n_sequence_fields, n_fields and
# n_unnamed_fields.
import os
import sys
import time
import pwd
import resource

types = [os.stat_result, os.statvfs_result, os.terminal_size, os.times_result,
         os.uname_result, time.struct_time, pwd.struct_passwd, resource.struct_rusage,
         type(sys.version_info), type(sys.flags), type(sys.float_info),
         type(sys.int_info), type(sys.hash_info)]
for t in types:
    print(t.__name__, t.n_sequence_fields, t.n_fields, t.n_unnamed_fields)
st = os.stat(".")
print(len(st) == os.stat_result.n_sequence_fields, len(time.gmtime(0)) == time.struct_time.n_sequence_fields)
print(type(os.stat_result.n_fields).__name__)
