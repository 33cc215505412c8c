;; ---- add ----
;; symbols:
;;   pyrt_bad_resume = fn pyrt_bad_resume
;;   pyrt_exc_dispatch = fn pyrt_exc_dispatch
;;   pyc.type.int = type int  ; type int
;;   pyrt_new_int = fn pyrt_new_int
;;   pyrt_binary_op = fn pyrt_binary_op
;;   pyrt_dealloc = fn pyrt_dealloc
;;   pyrt_empty_register = fn pyrt_empty_register
; add (3 words, 3 registers)
@pyc.type.int = external global i8
declare i32 @pyrt_bad_resume(ptr, ptr) nounwind
declare ptr @pyrt_binary_op(ptr, ptr, ptr, i16 zeroext) nounwind
declare void @pyrt_dealloc(ptr, ptr) nounwind
declare i32 @pyrt_empty_register(ptr, i16 zeroext) nounwind
declare i64 @pyrt_exc_dispatch(ptr, ptr, i32, i32) nounwind
declare ptr @pyrt_new_int(ptr, i64) nounwind
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64)
define ptr @pyc_entry(ptr %f, ptr %ts) {
entry:
  %hslot = alloca i64
  %regs = getelementptr inbounds i8, ptr %f, i64 64
  %ipp = getelementptr inbounds i8, ptr %f, i64 48
  br label %dispatch
dispatch:
  %ip = load i32, ptr %ipp
  switch i32 %ip, label %bad [ i32 0, label %b0 ]
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
  %t14 = getelementptr inbounds i8, ptr %t4, i64 8
  %t15 = load ptr, ptr %t14
  %t16 = icmp eq ptr %t15, @pyc.type.int
  %t17 = getelementptr inbounds i8, ptr %t4, i64 24
  br label %L20
L20:
  br i1 %t16, label %L18, label %L19
L18:
  %t21 = load ptr, ptr %t17
  %t22 = icmp eq ptr %t21, null
  br label %L19
L19:
  %t23 = phi i1 [ false, %L20 ], [ %t22, %L18 ]
  br i1 %t23, label %L24, label %L12
L24:
  %t25 = getelementptr inbounds i8, ptr %t8, i64 8
  %t26 = load ptr, ptr %t25
  %t27 = icmp eq ptr %t26, @pyc.type.int
  %t28 = getelementptr inbounds i8, ptr %t8, i64 24
  br label %L31
L31:
  br i1 %t27, label %L29, label %L30
L29:
  %t32 = load ptr, ptr %t28
  %t33 = icmp eq ptr %t32, null
  br label %L30
L30:
  %t34 = phi i1 [ false, %L31 ], [ %t33, %L29 ]
  br i1 %t34, label %L11, label %L12
L11:
  %t35 = getelementptr inbounds i8, ptr %t4, i64 16
  %t36 = load i64, ptr %t35
  %t37 = getelementptr inbounds i8, ptr %t8, i64 16
  %t38 = load i64, ptr %t37
  %t39 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %t36, i64 %t38)
  %t40 = extractvalue { i64, i1 } %t39, 0
  %t41 = extractvalue { i64, i1 } %t39, 1
  br i1 %t41, label %L12, label %L42
L42:
  %t43 = call ptr @pyrt_new_int(ptr %ts, i64 %t40)
  %t44 = icmp eq ptr %t43, null
  br i1 %t44, label %unwind, label %L45, !prof !0
L45:
  br label %L46
L46:
  br label %L13
L12:
  %t47 = call ptr @pyrt_binary_op(ptr %ts, ptr %t4, ptr %t8, i16 zeroext 0)
  %t48 = icmp eq ptr %t47, null
  br i1 %t48, label %unwind, label %L49, !prof !0
L49:
  br label %L50
L50:
  br label %L13
L13:
  %t51 = phi ptr [ %t43, %L46 ], [ %t47, %L50 ]
  %t52 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t53 = load ptr, ptr %t52
  store ptr %t51, ptr %t52
  call void @pyc.xdecref(ptr %ts, ptr %t53)
  store i32 2, ptr %ipp
  %t54 = getelementptr inbounds i8, ptr %f, i64 40
  %t55 = load ptr, ptr %t54
  %t56 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t57 = load ptr, ptr %t56
  %t58 = icmp eq ptr %t57, null
  br i1 %t58, label %empty, label %L59, !prof !0
L59:
  %t60 = icmp eq ptr %t55, null
  br i1 %t60, label %L61, label %L62
L61:
  %t63 = getelementptr inbounds ptr, ptr %regs, i64 2
  store ptr null, ptr %t63
  ret ptr %t57
L62:
  %t64 = load i64, ptr %t57
  %t65 = add i64 %t64, 1
  store i64 %t65, ptr %t57
  ret ptr %t57
b3:
  br label %bad
empty:
  %ereg = phi i16 [ 0, %b0 ], [ 1, %L6 ], [ 2, %L13 ]
  %t66 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext %ereg)
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

;; ---- count ----
;; symbols:
;;   pyrt_bad_resume = fn pyrt_bad_resume
;;   pyrt_exc_dispatch = fn pyrt_exc_dispatch
;;   pyc.const.0 = const 0  ; int 0
;;   pyrt_dealloc = fn pyrt_dealloc
;;   pyc.type.int = type int  ; type int
;;   pyc.obj.True = obj True  ; True
;;   pyc.obj.False = obj False  ; False
;;   pyrt_compare_op = fn pyrt_compare_op
;;   pyrt_truthy = fn pyrt_truthy
;;   pyc.const.1 = const 1  ; int 1
;;   pyrt_new_int = fn pyrt_new_int
;;   pyrt_binary_op = fn pyrt_binary_op
;;   pyrt_back_edge = fn pyrt_back_edge
;;   pyrt_empty_register = fn pyrt_empty_register
; count (9 words, 3 registers)
@pyc.const.0 = external global i8
@pyc.type.int = external global i8
@pyc.obj.True = external global i8
@pyc.obj.False = external global i8
@pyc.const.1 = external global i8
declare i32 @pyrt_back_edge(ptr, ptr) nounwind
declare i32 @pyrt_bad_resume(ptr, ptr) nounwind
declare ptr @pyrt_binary_op(ptr, ptr, ptr, i16 zeroext) nounwind
declare ptr @pyrt_compare_op(ptr, ptr, ptr, i16 zeroext) nounwind
declare void @pyrt_dealloc(ptr, ptr) nounwind
declare i32 @pyrt_empty_register(ptr, i16 zeroext) nounwind
declare i64 @pyrt_exc_dispatch(ptr, ptr, i32, i32) nounwind
declare ptr @pyrt_new_int(ptr, i64) nounwind
declare i32 @pyrt_truthy(ptr, ptr) nounwind
declare { i64, i1 } @llvm.sadd.with.overflow.i64(i64, i64)
define ptr @pyc_entry(ptr %f, ptr %ts) {
entry:
  %hslot = alloca i64
  %regs = getelementptr inbounds i8, ptr %f, i64 64
  %ipp = getelementptr inbounds i8, ptr %f, i64 48
  br label %dispatch
dispatch:
  %ip = load i32, ptr %ipp
  switch i32 %ip, label %bad [ i32 0, label %b0 ]
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
  %t3 = load i64, ptr @pyc.const.0
  %t4 = add i64 %t3, 1
  store i64 %t4, ptr @pyc.const.0
  %t5 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t6 = load ptr, ptr %t5
  store ptr @pyc.const.0, ptr %t5
  call void @pyc.xdecref(ptr %ts, ptr %t6)
  br label %b1
b1:
  store i32 1, ptr %ipp
  %t7 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t8 = load ptr, ptr %t7
  %t9 = icmp eq ptr %t8, null
  br i1 %t9, label %empty, label %L10, !prof !0
L10:
  %t11 = getelementptr inbounds ptr, ptr %regs, i64 0
  %t12 = load ptr, ptr %t11
  %t13 = icmp eq ptr %t12, null
  br i1 %t13, label %empty, label %L14, !prof !0
L14:
  %t18 = getelementptr inbounds i8, ptr %t8, i64 8
  %t19 = load ptr, ptr %t18
  %t20 = icmp eq ptr %t19, @pyc.type.int
  %t21 = getelementptr inbounds i8, ptr %t8, i64 24
  br label %L24
L24:
  br i1 %t20, label %L22, label %L23
L22:
  %t25 = load ptr, ptr %t21
  %t26 = icmp eq ptr %t25, null
  br label %L23
L23:
  %t27 = phi i1 [ false, %L24 ], [ %t26, %L22 ]
  br i1 %t27, label %L28, label %L16
L28:
  %t29 = getelementptr inbounds i8, ptr %t12, i64 8
  %t30 = load ptr, ptr %t29
  %t31 = icmp eq ptr %t30, @pyc.type.int
  %t32 = getelementptr inbounds i8, ptr %t12, i64 24
  br label %L35
L35:
  br i1 %t31, label %L33, label %L34
L33:
  %t36 = load ptr, ptr %t32
  %t37 = icmp eq ptr %t36, null
  br label %L34
L34:
  %t38 = phi i1 [ false, %L35 ], [ %t37, %L33 ]
  br i1 %t38, label %L15, label %L16
L15:
  %t39 = getelementptr inbounds i8, ptr %t8, i64 16
  %t40 = load i64, ptr %t39
  %t41 = getelementptr inbounds i8, ptr %t12, i64 16
  %t42 = load i64, ptr %t41
  %t43 = icmp slt i64 %t40, %t42
  %t44 = select i1 %t43, ptr @pyc.obj.True, ptr @pyc.obj.False
  %t45 = load i64, ptr %t44
  %t46 = add i64 %t45, 1
  store i64 %t46, ptr %t44
  br label %L47
L47:
  br label %L17
L16:
  %t48 = call ptr @pyrt_compare_op(ptr %ts, ptr %t8, ptr %t12, i16 zeroext 0)
  %t49 = icmp eq ptr %t48, null
  br i1 %t49, label %unwind, label %L50, !prof !0
L50:
  br label %L51
L51:
  br label %L17
L17:
  %t52 = phi ptr [ %t44, %L47 ], [ %t48, %L51 ]
  %t53 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t54 = load ptr, ptr %t53
  store ptr %t52, ptr %t53
  call void @pyc.xdecref(ptr %ts, ptr %t54)
  store i32 3, ptr %ipp
  %t55 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t56 = load ptr, ptr %t55
  %t57 = icmp eq ptr %t56, null
  br i1 %t57, label %empty, label %L58, !prof !0
L58:
  %t59 = getelementptr inbounds ptr, ptr %regs, i64 2
  store ptr null, ptr %t59
  %t60 = call i32 @pyrt_truthy(ptr %ts, ptr %t56)
  call void @pyc.decref(ptr %ts, ptr %t56)
  %t61 = icmp slt i32 %t60, 0
  br i1 %t61, label %unwind, label %L62, !prof !0
L62:
  %t63 = icmp ne i32 %t60, 0
  br i1 %t63, label %b4, label %b8
b4:
  store i32 4, ptr %ipp
  %t64 = load i64, ptr @pyc.const.1
  %t65 = add i64 %t64, 1
  store i64 %t65, ptr @pyc.const.1
  %t66 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t67 = load ptr, ptr %t66
  store ptr @pyc.const.1, ptr %t66
  call void @pyc.xdecref(ptr %ts, ptr %t67)
  store i32 5, ptr %ipp
  %t68 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t69 = load ptr, ptr %t68
  %t70 = icmp eq ptr %t69, null
  br i1 %t70, label %empty, label %L71, !prof !0
L71:
  %t72 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t73 = load ptr, ptr %t72
  %t74 = icmp eq ptr %t73, null
  br i1 %t74, label %empty, label %L75, !prof !0
L75:
  %t79 = getelementptr inbounds i8, ptr %t69, i64 8
  %t80 = load ptr, ptr %t79
  %t81 = icmp eq ptr %t80, @pyc.type.int
  %t82 = getelementptr inbounds i8, ptr %t69, i64 24
  br label %L85
L85:
  br i1 %t81, label %L83, label %L84
L83:
  %t86 = load ptr, ptr %t82
  %t87 = icmp eq ptr %t86, null
  br label %L84
L84:
  %t88 = phi i1 [ false, %L85 ], [ %t87, %L83 ]
  br i1 %t88, label %L89, label %L77
L89:
  %t90 = getelementptr inbounds i8, ptr %t73, i64 8
  %t91 = load ptr, ptr %t90
  %t92 = icmp eq ptr %t91, @pyc.type.int
  %t93 = getelementptr inbounds i8, ptr %t73, i64 24
  br label %L96
L96:
  br i1 %t92, label %L94, label %L95
L94:
  %t97 = load ptr, ptr %t93
  %t98 = icmp eq ptr %t97, null
  br label %L95
L95:
  %t99 = phi i1 [ false, %L96 ], [ %t98, %L94 ]
  br i1 %t99, label %L76, label %L77
L76:
  %t100 = getelementptr inbounds i8, ptr %t69, i64 16
  %t101 = load i64, ptr %t100
  %t102 = getelementptr inbounds i8, ptr %t73, i64 16
  %t103 = load i64, ptr %t102
  %t104 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %t101, i64 %t103)
  %t105 = extractvalue { i64, i1 } %t104, 0
  %t106 = extractvalue { i64, i1 } %t104, 1
  br i1 %t106, label %L77, label %L107
L107:
  %t108 = call ptr @pyrt_new_int(ptr %ts, i64 %t105)
  %t109 = icmp eq ptr %t108, null
  br i1 %t109, label %unwind, label %L110, !prof !0
L110:
  br label %L111
L111:
  br label %L78
L77:
  %t112 = call ptr @pyrt_binary_op(ptr %ts, ptr %t69, ptr %t73, i16 zeroext 13)
  %t113 = icmp eq ptr %t112, null
  br i1 %t113, label %unwind, label %L114, !prof !0
L114:
  br label %L115
L115:
  br label %L78
L78:
  %t116 = phi ptr [ %t108, %L111 ], [ %t112, %L115 ]
  %t117 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t118 = load ptr, ptr %t117
  store ptr %t116, ptr %t117
  call void @pyc.xdecref(ptr %ts, ptr %t118)
  %t119 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t120 = load ptr, ptr %t119
  store ptr null, ptr %t119
  call void @pyc.xdecref(ptr %ts, ptr %t120)
  store i32 7, ptr %ipp
  %t121 = call i32 @pyrt_back_edge(ptr %ts, ptr %f)
  %t122 = icmp slt i32 %t121, 0
  br i1 %t122, label %unwind, label %L123, !prof !0
L123:
  br label %b1
b8:
  store i32 8, ptr %ipp
  %t124 = getelementptr inbounds i8, ptr %f, i64 40
  %t125 = load ptr, ptr %t124
  %t126 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t127 = load ptr, ptr %t126
  %t128 = icmp eq ptr %t127, null
  br i1 %t128, label %empty, label %L129, !prof !0
L129:
  %t130 = icmp eq ptr %t125, null
  br i1 %t130, label %L131, label %L132
L131:
  %t133 = getelementptr inbounds ptr, ptr %regs, i64 1
  store ptr null, ptr %t133
  ret ptr %t127
L132:
  %t134 = load i64, ptr %t127
  %t135 = add i64 %t134, 1
  store i64 %t135, ptr %t127
  ret ptr %t127
b9:
  br label %bad
empty:
  %ereg = phi i16 [ 1, %b1 ], [ 0, %L10 ], [ 2, %L17 ], [ 1, %b4 ], [ 2, %L71 ], [ 1, %b8 ]
  %t136 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext %ereg)
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

