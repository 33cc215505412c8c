;; ---- g ----
;; symbols:
;;   pyrt_bad_resume = fn pyrt_bad_resume
;;   pyrt_exc_dispatch = fn pyrt_exc_dispatch
;;   pyc.name.0 = name 0  ; "range"
;;   pyrt_load_global = fn pyrt_load_global
;;   pyrt_dealloc = fn pyrt_dealloc
;;   pyrt_call = fn pyrt_call
;;   pyrt_get_iter = fn pyrt_get_iter
;;   pyrt_for_iter = fn pyrt_for_iter
;;   pyrt_back_edge = fn pyrt_back_edge
;;   pyc.const.0 = const 0  ; None
;;   pyrt_empty_register = fn pyrt_empty_register
; g (13 words, 6 registers)
@pyc.name.0 = external global i8
@pyc.const.0 = external global i8
declare i32 @pyrt_back_edge(ptr, ptr) nounwind
declare i32 @pyrt_bad_resume(ptr, ptr) nounwind
declare ptr @pyrt_call(ptr, ptr, ptr, i64, ptr) nounwind
declare void @pyrt_dealloc(ptr, ptr) nounwind
declare i32 @pyrt_empty_register(ptr, i16 zeroext) nounwind
declare i64 @pyrt_exc_dispatch(ptr, ptr, i32, i32) nounwind
declare ptr @pyrt_for_iter(ptr, ptr) nounwind
declare ptr @pyrt_get_iter(ptr, ptr) nounwind
declare ptr @pyrt_load_global(ptr, ptr, ptr, i16 zeroext) nounwind
define ptr @pyc_entry(ptr %f, ptr %ts) {
entry:
  %hslot = alloca i64
  %regs = getelementptr inbounds i8, ptr %f, i64 64
  %ipp = getelementptr inbounds i8, ptr %f, i64 48
  br label %dispatch
dispatch:
  %ip = load i32, ptr %ipp
  switch i32 %ip, label %bad [ i32 0, label %b0 i32 8, label %b8 ]
bad:
  %t1 = call i32 @pyrt_bad_resume(ptr %ts, ptr %f)
  ret ptr null
unwind:
  %uip = load i32, ptr %ipp
  %t2 = call i64 @pyrt_exc_dispatch(ptr %ts, ptr %f, i32 %uip, i32 1)
  store i64 %t2, ptr %hslot
  br label %handle
handle:
  %hv = load i64, ptr %hslot
  %hneg = icmp slt i64 %hv, 0
  br i1 %hneg, label %fail, label %resume
resume:
  %h32 = trunc i64 %hv to i32
  store i32 %h32, ptr %ipp
  switch i32 %h32, label %bad [  ]
fail:
  ret ptr null
b0:
  store i32 0, ptr %ipp
  %t3 = call ptr @pyrt_load_global(ptr %ts, ptr %f, ptr @pyc.name.0, i16 zeroext 0)
  %t4 = icmp eq ptr %t3, null
  br i1 %t4, label %unwind, label %L5, !prof !0
L5:
  %t6 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t7 = load ptr, ptr %t6
  store ptr %t3, ptr %t6
  call void @pyc.xdecref(ptr %ts, ptr %t7)
  store i32 1, ptr %ipp
  %t8 = getelementptr inbounds ptr, ptr %regs, i64 0
  %t9 = load ptr, ptr %t8
  %t10 = icmp eq ptr %t9, null
  br i1 %t10, label %empty, label %L11, !prof !0
L11:
  %t12 = load i64, ptr %t9
  %t13 = add i64 %t12, 1
  store i64 %t13, ptr %t9
  %t14 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t15 = load ptr, ptr %t14
  store ptr %t9, ptr %t14
  call void @pyc.xdecref(ptr %ts, ptr %t15)
  store i32 2, ptr %ipp
  %t16 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t17 = load ptr, ptr %t16
  %t18 = icmp eq ptr %t17, null
  br i1 %t18, label %empty, label %L19, !prof !0
L19:
  %t20 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t21 = call ptr @pyrt_call(ptr %ts, ptr %t17, ptr %t20, i64 1, ptr null)
  %t22 = icmp eq ptr %t21, null
  br i1 %t22, label %unwind, label %L23, !prof !0
L23:
  %t24 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t25 = load ptr, ptr %t24
  store ptr null, ptr %t24
  call void @pyc.xdecref(ptr %ts, ptr %t25)
  %t26 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t27 = load ptr, ptr %t26
  store ptr null, ptr %t26
  call void @pyc.xdecref(ptr %ts, ptr %t27)
  %t28 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t29 = load ptr, ptr %t28
  store ptr %t21, ptr %t28
  call void @pyc.xdecref(ptr %ts, ptr %t29)
  store i32 3, ptr %ipp
  %t30 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t31 = load ptr, ptr %t30
  %t32 = icmp eq ptr %t31, null
  br i1 %t32, label %empty, label %L33, !prof !0
L33:
  %t34 = call ptr @pyrt_get_iter(ptr %ts, ptr %t31)
  %t35 = icmp eq ptr %t34, null
  br i1 %t35, label %unwind, label %L36, !prof !0
L36:
  %t37 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t38 = load ptr, ptr %t37
  store ptr %t34, ptr %t37
  call void @pyc.xdecref(ptr %ts, ptr %t38)
  %t39 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t40 = load ptr, ptr %t39
  store ptr null, ptr %t39
  call void @pyc.xdecref(ptr %ts, ptr %t40)
  store i32 4, ptr %ipp
  %t41 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t42 = load ptr, ptr %t41
  store ptr null, ptr %t41
  call void @pyc.xdecref(ptr %ts, ptr %t42)
  br label %b5
b5:
  store i32 5, ptr %ipp
  %t43 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t44 = load ptr, ptr %t43
  %t45 = icmp eq ptr %t44, null
  br i1 %t45, label %empty, label %L46, !prof !0
L46:
  %t47 = call ptr @pyrt_for_iter(ptr %ts, ptr %t44)
  %t48 = icmp eq ptr %t47, null
  br i1 %t48, label %L49, label %L50
L49:
  %t51 = load ptr, ptr %ts
  %t52 = icmp ne ptr %t51, null
  br i1 %t52, label %unwind, label %L53, !prof !0
L53:
  br label %b10
L50:
  %t54 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t55 = load ptr, ptr %t54
  store ptr %t47, ptr %t54
  call void @pyc.xdecref(ptr %ts, ptr %t55)
  br label %b7
b7:
  store i32 7, ptr %ipp
  %t56 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t57 = load ptr, ptr %t56
  %t58 = icmp eq ptr %t57, null
  br i1 %t58, label %empty, label %L59, !prof !0
L59:
  %t60 = load i64, ptr %t57
  %t61 = add i64 %t60, 1
  store i64 %t61, ptr %t57
  %t62 = getelementptr inbounds i8, ptr %f, i64 52
  store i8 2, ptr %t62
  ret ptr %t57
b8:
  store i32 8, ptr %ipp
  %t63 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t64 = load ptr, ptr %t63
  store ptr null, ptr %t63
  call void @pyc.xdecref(ptr %ts, ptr %t64)
  store i32 9, ptr %ipp
  %t65 = call i32 @pyrt_back_edge(ptr %ts, ptr %f)
  %t66 = icmp slt i32 %t65, 0
  br i1 %t66, label %unwind, label %L67, !prof !0
L67:
  br label %b5
b10:
  store i32 10, ptr %ipp
  %t68 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t69 = load ptr, ptr %t68
  store ptr null, ptr %t68
  call void @pyc.xdecref(ptr %ts, ptr %t69)
  store i32 11, ptr %ipp
  %t70 = load i64, ptr @pyc.const.0
  %t71 = add i64 %t70, 1
  store i64 %t71, ptr @pyc.const.0
  %t72 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t73 = load ptr, ptr %t72
  store ptr @pyc.const.0, ptr %t72
  call void @pyc.xdecref(ptr %ts, ptr %t73)
  store i32 12, ptr %ipp
  %t74 = getelementptr inbounds i8, ptr %f, i64 40
  %t75 = load ptr, ptr %t74
  %t76 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t77 = load ptr, ptr %t76
  %t78 = icmp eq ptr %t77, null
  br i1 %t78, label %empty, label %L79, !prof !0
L79:
  %t80 = icmp eq ptr %t75, null
  br i1 %t80, label %L81, label %L82
L81:
  %t83 = getelementptr inbounds ptr, ptr %regs, i64 2
  store ptr null, ptr %t83
  ret ptr %t77
L82:
  %t84 = load i64, ptr %t77
  %t85 = add i64 %t84, 1
  store i64 %t85, ptr %t77
  ret ptr %t77
b13:
  br label %bad
empty:
  %ereg = phi i16 [ 0, %L5 ], [ 4, %L11 ], [ 3, %L23 ], [ 2, %b5 ], [ 1, %b7 ], [ 2, %b10 ]
  %t86 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext %ereg)
  br label %unwind
}
define internal void @pyc.decref(ptr %ts, ptr %o) {
  %n = load i64, ptr %o
  %m = sub i64 %n, 1
  store i64 %m, ptr %o
  %z = icmp eq i64 %m, 0
  br i1 %z, label %free, label %done, !prof !0
free:
  call void @pyrt_dealloc(ptr %ts, ptr %o)
  br label %done
done:
  ret void
}
define internal void @pyc.xdecref(ptr %ts, ptr %o) {
  %z = icmp eq ptr %o, null
  br i1 %z, label %done, label %dec
dec:
  call void @pyc.decref(ptr %ts, ptr %o)
  br label %done
done:
  ret void
}
!0 = !{!"branch_weights", i32 1, i32 2000}

