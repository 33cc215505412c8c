;; ---- safe_div ----
;; symbols:
;;   pyrt_bad_resume = fn pyrt_bad_resume
;;   pyrt_exc_dispatch = fn pyrt_exc_dispatch
;;   pyrt_binary_op = fn pyrt_binary_op
;;   pyrt_dealloc = fn pyrt_dealloc
;;   pyrt_push_exc_info = fn pyrt_push_exc_info
;;   pyc.name.0 = name 0  ; "ZeroDivisionError"
;;   pyrt_load_global = fn pyrt_load_global
;;   pyrt_exc_match = fn pyrt_exc_match
;;   pyc.obj.True = obj True  ; True
;;   pyc.obj.False = obj False  ; False
;;   pyrt_truthy = fn pyrt_truthy
;;   pyc.obj.None = obj None  ; None
;;   pyrt_pop_exc_info = fn pyrt_pop_exc_info
;;   pyc.const.0 = const 0  ; None
;;   pyrt_do_reraise = fn pyrt_do_reraise
;;   pyrt_empty_register = fn pyrt_empty_register
; safe_div (14 words, 7 registers)
@pyc.name.0 = external global i8
@pyc.obj.True = external global i8
@pyc.obj.False = external global i8
@pyc.obj.None = external global i8
@pyc.const.0 = external global i8
declare i32 @pyrt_bad_resume(ptr, ptr) nounwind
declare ptr @pyrt_binary_op(ptr, ptr, ptr, i16 zeroext) nounwind
declare void @pyrt_dealloc(ptr, ptr) nounwind
declare i64 @pyrt_do_reraise(ptr, ptr, ptr) nounwind
declare i32 @pyrt_empty_register(ptr, i16 zeroext) nounwind
declare i64 @pyrt_exc_dispatch(ptr, ptr, i32, i32) nounwind
declare i32 @pyrt_exc_match(ptr, ptr, ptr) nounwind
declare ptr @pyrt_load_global(ptr, ptr, ptr, i16 zeroext) nounwind
declare void @pyrt_pop_exc_info(ptr, ptr) nounwind
declare ptr @pyrt_push_exc_info(ptr, ptr) nounwind
declare i32 @pyrt_truthy(ptr, ptr) nounwind
define ptr @pyc_entry(ptr %f, ptr %ts) {
entry:
  %hslot = alloca i64
  %regs = getelementptr inbounds i8, ptr %f, i64 64
  %ipp = getelementptr inbounds i8, ptr %f, i64 48
  br label %dispatch
dispatch:
  %ip = load i32, ptr %ipp
  switch i32 %ip, label %bad [ i32 0, label %b0 i32 4, label %b4 i32 12, label %b12 ]
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
  switch i32 %h32, label %bad [ i32 4, label %b4 i32 12, label %b12 ]
fail:
  ret ptr null
b0:
  store i32 0, ptr %ipp
  %t3 = getelementptr inbounds ptr, ptr %regs, i64 0
  %t4 = load ptr, ptr %t3
  %t5 = icmp eq ptr %t4, null
  br i1 %t5, label %empty, label %L6, !prof !0
L6:
  %t7 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t8 = load ptr, ptr %t7
  %t9 = icmp eq ptr %t8, null
  br i1 %t9, label %empty, label %L10, !prof !0
L10:
  %t11 = call ptr @pyrt_binary_op(ptr %ts, ptr %t4, ptr %t8, i16 zeroext 4)
  %t12 = icmp eq ptr %t11, null
  br i1 %t12, label %unwind, label %L13, !prof !0
L13:
  %t14 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t15 = load ptr, ptr %t14
  store ptr %t11, ptr %t14
  call void @pyc.xdecref(ptr %ts, ptr %t15)
  store i32 2, ptr %ipp
  %t16 = getelementptr inbounds i8, ptr %f, i64 40
  %t17 = load ptr, ptr %t16
  %t18 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t19 = load ptr, ptr %t18
  %t20 = icmp eq ptr %t19, null
  br i1 %t20, label %empty, label %L21, !prof !0
L21:
  %t22 = icmp eq ptr %t17, null
  br i1 %t22, label %L23, label %L24
L23:
  %t25 = getelementptr inbounds ptr, ptr %regs, i64 4
  store ptr null, ptr %t25
  ret ptr %t19
L24:
  %t26 = load i64, ptr %t19
  %t27 = add i64 %t26, 1
  store i64 %t27, ptr %t19
  ret ptr %t19
b3:
  store i32 3, ptr %ipp
  br label %b14
b4:
  store i32 4, ptr %ipp
  %t28 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t29 = load ptr, ptr %t28
  %t30 = icmp eq ptr %t29, null
  br i1 %t30, label %empty, label %L31, !prof !0
L31:
  %t32 = call ptr @pyrt_push_exc_info(ptr %ts, ptr %t29)
  %t33 = icmp eq ptr %t32, null
  br i1 %t33, label %unwind, label %L34, !prof !0
L34:
  %t35 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t36 = load ptr, ptr %t35
  store ptr %t32, ptr %t35
  call void @pyc.xdecref(ptr %ts, ptr %t36)
  store i32 5, ptr %ipp
  %t37 = call ptr @pyrt_load_global(ptr %ts, ptr %f, ptr @pyc.name.0, i16 zeroext 1)
  %t38 = icmp eq ptr %t37, null
  br i1 %t38, label %unwind, label %L39, !prof !0
L39:
  %t40 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t41 = load ptr, ptr %t40
  store ptr %t37, ptr %t40
  call void @pyc.xdecref(ptr %ts, ptr %t41)
  store i32 6, ptr %ipp
  %t42 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t43 = load ptr, ptr %t42
  %t44 = icmp eq ptr %t43, null
  br i1 %t44, label %empty, label %L45, !prof !0
L45:
  %t46 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t47 = load ptr, ptr %t46
  %t48 = icmp eq ptr %t47, null
  br i1 %t48, label %empty, label %L49, !prof !0
L49:
  %t50 = call i32 @pyrt_exc_match(ptr %ts, ptr %t43, ptr %t47)
  %t51 = icmp slt i32 %t50, 0
  br i1 %t51, label %unwind, label %L52, !prof !0
L52:
  %t53 = icmp ne i32 %t50, 0
  %t54 = select i1 %t53, ptr @pyc.obj.True, ptr @pyc.obj.False
  %t55 = load i64, ptr %t54
  %t56 = add i64 %t55, 1
  store i64 %t56, ptr %t54
  %t57 = getelementptr inbounds ptr, ptr %regs, i64 6
  %t58 = load ptr, ptr %t57
  store ptr %t54, ptr %t57
  call void @pyc.xdecref(ptr %ts, ptr %t58)
  %t59 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t60 = load ptr, ptr %t59
  store ptr null, ptr %t59
  call void @pyc.xdecref(ptr %ts, ptr %t60)
  store i32 7, ptr %ipp
  %t61 = getelementptr inbounds ptr, ptr %regs, i64 6
  %t62 = load ptr, ptr %t61
  %t63 = icmp eq ptr %t62, null
  br i1 %t63, label %empty, label %L64, !prof !0
L64:
  %t65 = getelementptr inbounds ptr, ptr %regs, i64 6
  store ptr null, ptr %t65
  %t66 = call i32 @pyrt_truthy(ptr %ts, ptr %t62)
  call void @pyc.decref(ptr %ts, ptr %t62)
  %t67 = icmp slt i32 %t66, 0
  br i1 %t67, label %unwind, label %L68, !prof !0
L68:
  %t69 = icmp ne i32 %t66, 0
  br i1 %t69, label %b8, label %b11
b8:
  store i32 8, ptr %ipp
  %t70 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t71 = load ptr, ptr %t70
  %t72 = getelementptr inbounds ptr, ptr %regs, i64 3
  store ptr null, ptr %t72
  %t73 = icmp eq ptr %t71, null
  %t74 = select i1 %t73, ptr @pyc.obj.None, ptr %t71
  br i1 %t73, label %L75, label %L76
L75:
  %t77 = load i64, ptr @pyc.obj.None
  %t78 = add i64 %t77, 1
  store i64 %t78, ptr @pyc.obj.None
  br label %L76
L76:
  call void @pyrt_pop_exc_info(ptr %ts, ptr %t74)
  store i32 9, ptr %ipp
  %t79 = load i64, ptr @pyc.const.0
  %t80 = add i64 %t79, 1
  store i64 %t80, ptr @pyc.const.0
  %t81 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t82 = load ptr, ptr %t81
  store ptr @pyc.const.0, ptr %t81
  call void @pyc.xdecref(ptr %ts, ptr %t82)
  store i32 10, ptr %ipp
  %t83 = getelementptr inbounds i8, ptr %f, i64 40
  %t84 = load ptr, ptr %t83
  %t85 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t86 = load ptr, ptr %t85
  %t87 = icmp eq ptr %t86, null
  br i1 %t87, label %empty, label %L88, !prof !0
L88:
  %t89 = icmp eq ptr %t84, null
  br i1 %t89, label %L90, label %L91
L90:
  %t92 = getelementptr inbounds ptr, ptr %regs, i64 5
  store ptr null, ptr %t92
  ret ptr %t86
L91:
  %t93 = load i64, ptr %t86
  %t94 = add i64 %t93, 1
  store i64 %t94, ptr %t86
  ret ptr %t86
b11:
  store i32 11, ptr %ipp
  %t95 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t96 = load ptr, ptr %t95
  %t97 = icmp eq ptr %t96, null
  br i1 %t97, label %empty, label %L98, !prof !0
L98:
  %t99 = call i64 @pyrt_do_reraise(ptr %ts, ptr %f, ptr %t96)
  store i64 %t99, ptr %hslot
  br label %handle
b12:
  store i32 12, ptr %ipp
  %t100 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t101 = load ptr, ptr %t100
  %t102 = getelementptr inbounds ptr, ptr %regs, i64 3
  store ptr null, ptr %t102
  %t103 = icmp eq ptr %t101, null
  %t104 = select i1 %t103, ptr @pyc.obj.None, ptr %t101
  br i1 %t103, label %L105, label %L106
L105:
  %t107 = load i64, ptr @pyc.obj.None
  %t108 = add i64 %t107, 1
  store i64 %t108, ptr @pyc.obj.None
  br label %L106
L106:
  call void @pyrt_pop_exc_info(ptr %ts, ptr %t104)
  store i32 13, ptr %ipp
  %t109 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t110 = load ptr, ptr %t109
  %t111 = icmp eq ptr %t110, null
  br i1 %t111, label %empty, label %L112, !prof !0
L112:
  %t113 = call i64 @pyrt_do_reraise(ptr %ts, ptr %f, ptr %t110)
  store i64 %t113, ptr %hslot
  br label %handle
b14:
  br label %bad
empty:
  %ereg = phi i16 [ 0, %b0 ], [ 1, %L6 ], [ 4, %L13 ], [ 2, %b4 ], [ 2, %L39 ], [ 5, %L45 ], [ 6, %L52 ], [ 5, %L76 ], [ 2, %b11 ], [ 4, %L106 ]
  %t114 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext %ereg)
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

