;; ---- get ----
;; symbols:
;;   pyrt_bad_resume = fn pyrt_bad_resume
;;   pyrt_exc_dispatch = fn pyrt_exc_dispatch
;;   pyrt_empty_register = fn pyrt_empty_register
;;   pyc.name.0 = name 0  ; "value"
;;   pyrt_load_attr = fn pyrt_load_attr
;;   pyrt_dealloc = fn pyrt_dealloc
; get (3 words, 2 registers)
@pyc.name.0 = external global i8
declare i32 @pyrt_bad_resume(ptr, ptr) nounwind
declare void @pyrt_dealloc(ptr, ptr) nounwind
declare i32 @pyrt_empty_register(ptr, i16 zeroext) nounwind
declare i64 @pyrt_exc_dispatch(ptr, ptr, i32, i32) nounwind
declare ptr @pyrt_load_attr(ptr, ptr, ptr, ptr, i16 zeroext) nounwind
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
  br label %dispatch
fail:
  ret ptr null
b0:
  store i32 0, ptr %ipp
  %t3 = getelementptr inbounds ptr, ptr %regs, i64 0
  %t4 = load ptr, ptr %t3
  %t5 = icmp eq ptr %t4, null
  br i1 %t5, label %L6, label %L7, !prof !0
L6:
  %t8 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 0)
  br label %unwind
L7:
  %t9 = call ptr @pyrt_load_attr(ptr %ts, ptr %f, ptr %t4, ptr @pyc.name.0, i16 zeroext 0)
  %t10 = icmp eq ptr %t9, null
  br i1 %t10, label %unwind, label %L11, !prof !0
L11:
  %t12 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t13 = load ptr, ptr %t12
  store ptr %t9, ptr %t12
  %t14 = icmp eq ptr %t13, null
  br i1 %t14, label %L16, label %L15
L15:
  %t17 = load i64, ptr %t13
  %t18 = sub i64 %t17, 1
  store i64 %t18, ptr %t13
  %t19 = icmp eq i64 %t18, 0
  br i1 %t19, label %L20, label %L21, !prof !0
L20:
  call void @pyrt_dealloc(ptr %ts, ptr %t13)
  br label %L21
L21:
  br label %L16
L16:
  store i32 2, ptr %ipp
  %t22 = getelementptr inbounds i8, ptr %f, i64 40
  %t23 = load ptr, ptr %t22
  %t24 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t25 = load ptr, ptr %t24
  %t26 = icmp eq ptr %t25, null
  br i1 %t26, label %L27, label %L28, !prof !0
L27:
  %t29 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 1)
  br label %unwind
L28:
  %t30 = icmp eq ptr %t23, null
  br i1 %t30, label %L31, label %L32
L31:
  %t33 = getelementptr inbounds ptr, ptr %regs, i64 1
  store ptr null, ptr %t33
  ret ptr %t25
L32:
  %t34 = load i64, ptr %t25
  %t35 = add i64 %t34, 1
  store i64 %t35, ptr %t25
  ret ptr %t25
}
!0 = !{!"branch_weights", i32 1, i32 2000}

;; ---- call ----
;; symbols:
;;   pyrt_bad_resume = fn pyrt_bad_resume
;;   pyrt_exc_dispatch = fn pyrt_exc_dispatch
;;   pyrt_empty_register = fn pyrt_empty_register
;;   pyc.name.0 = name 0  ; "append"
;;   pyrt_load_method = fn pyrt_load_method
;;   pyc.const.0 = const 0  ; int 42
;;   pyrt_dealloc = fn pyrt_dealloc
;;   pyrt_call_method = fn pyrt_call_method
;;   pyc.name.1 = name 1  ; "len"
;;   pyrt_load_global = fn pyrt_load_global
;;   pyrt_call = fn pyrt_call
; call (9 words, 5 registers)
@pyc.name.0 = external global i8
@pyc.const.0 = external global i8
@pyc.name.1 = external global i8
declare i32 @pyrt_bad_resume(ptr, ptr) nounwind
declare ptr @pyrt_call(ptr, ptr, ptr, i64, ptr) nounwind
declare ptr @pyrt_call_method(ptr, ptr, i64, ptr) nounwind
declare void @pyrt_dealloc(ptr, ptr) nounwind
declare i32 @pyrt_empty_register(ptr, i16 zeroext) nounwind
declare i64 @pyrt_exc_dispatch(ptr, ptr, i32, i32) nounwind
declare ptr @pyrt_load_global(ptr, ptr, ptr, i16 zeroext) nounwind
declare i32 @pyrt_load_method(ptr, ptr, i16 zeroext, ptr, ptr, i16 zeroext) nounwind
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
  br label %dispatch
fail:
  ret ptr null
b0:
  store i32 0, ptr %ipp
  %t3 = getelementptr inbounds ptr, ptr %regs, i64 0
  %t4 = load ptr, ptr %t3
  %t5 = icmp eq ptr %t4, null
  br i1 %t5, label %L6, label %L7, !prof !0
L6:
  %t8 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 0)
  br label %unwind
L7:
  %t9 = call i32 @pyrt_load_method(ptr %ts, ptr %f, i16 zeroext 2, ptr %t4, ptr @pyc.name.0, i16 zeroext 0)
  %t10 = icmp slt i32 %t9, 0
  br i1 %t10, label %unwind, label %L11, !prof !0
L11:
  store i32 2, ptr %ipp
  %t12 = load i64, ptr @pyc.const.0
  %t13 = add i64 %t12, 1
  store i64 %t13, ptr @pyc.const.0
  %t14 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t15 = load ptr, ptr %t14
  store ptr @pyc.const.0, ptr %t14
  %t16 = icmp eq ptr %t15, null
  br i1 %t16, label %L18, label %L17
L17:
  %t19 = load i64, ptr %t15
  %t20 = sub i64 %t19, 1
  store i64 %t20, ptr %t15
  %t21 = icmp eq i64 %t20, 0
  br i1 %t21, label %L22, label %L23, !prof !0
L22:
  call void @pyrt_dealloc(ptr %ts, ptr %t15)
  br label %L23
L23:
  br label %L18
L18:
  store i32 3, ptr %ipp
  %t24 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t25 = call ptr @pyrt_call_method(ptr %ts, ptr %t24, i64 1, ptr null)
  %t26 = icmp eq ptr %t25, null
  br i1 %t26, label %unwind, label %L27, !prof !0
L27:
  %t28 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t29 = load ptr, ptr %t28
  store ptr null, ptr %t28
  %t30 = icmp eq ptr %t29, null
  br i1 %t30, label %L32, label %L31
L31:
  %t33 = load i64, ptr %t29
  %t34 = sub i64 %t33, 1
  store i64 %t34, ptr %t29
  %t35 = icmp eq i64 %t34, 0
  br i1 %t35, label %L36, label %L37, !prof !0
L36:
  call void @pyrt_dealloc(ptr %ts, ptr %t29)
  br label %L37
L37:
  br label %L32
L32:
  %t38 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t39 = load ptr, ptr %t38
  store ptr null, ptr %t38
  %t40 = icmp eq ptr %t39, null
  br i1 %t40, label %L42, label %L41
L41:
  %t43 = load i64, ptr %t39
  %t44 = sub i64 %t43, 1
  store i64 %t44, ptr %t39
  %t45 = icmp eq i64 %t44, 0
  br i1 %t45, label %L46, label %L47, !prof !0
L46:
  call void @pyrt_dealloc(ptr %ts, ptr %t39)
  br label %L47
L47:
  br label %L42
L42:
  %t48 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t49 = load ptr, ptr %t48
  store ptr null, ptr %t48
  %t50 = icmp eq ptr %t49, null
  br i1 %t50, label %L52, label %L51
L51:
  %t53 = load i64, ptr %t49
  %t54 = sub i64 %t53, 1
  store i64 %t54, ptr %t49
  %t55 = icmp eq i64 %t54, 0
  br i1 %t55, label %L56, label %L57, !prof !0
L56:
  call void @pyrt_dealloc(ptr %ts, ptr %t49)
  br label %L57
L57:
  br label %L52
L52:
  %t58 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t59 = load ptr, ptr %t58
  store ptr %t25, ptr %t58
  %t60 = icmp eq ptr %t59, null
  br i1 %t60, label %L62, label %L61
L61:
  %t63 = load i64, ptr %t59
  %t64 = sub i64 %t63, 1
  store i64 %t64, ptr %t59
  %t65 = icmp eq i64 %t64, 0
  br i1 %t65, label %L66, label %L67, !prof !0
L66:
  call void @pyrt_dealloc(ptr %ts, ptr %t59)
  br label %L67
L67:
  br label %L62
L62:
  store i32 4, ptr %ipp
  %t68 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t69 = load ptr, ptr %t68
  store ptr null, ptr %t68
  %t70 = icmp eq ptr %t69, null
  br i1 %t70, label %L72, label %L71
L71:
  %t73 = load i64, ptr %t69
  %t74 = sub i64 %t73, 1
  store i64 %t74, ptr %t69
  %t75 = icmp eq i64 %t74, 0
  br i1 %t75, label %L76, label %L77, !prof !0
L76:
  call void @pyrt_dealloc(ptr %ts, ptr %t69)
  br label %L77
L77:
  br label %L72
L72:
  store i32 5, ptr %ipp
  %t78 = call ptr @pyrt_load_global(ptr %ts, ptr %f, ptr @pyc.name.1, i16 zeroext 1)
  %t79 = icmp eq ptr %t78, null
  br i1 %t79, label %unwind, label %L80, !prof !0
L80:
  %t81 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t82 = load ptr, ptr %t81
  store ptr %t78, ptr %t81
  %t83 = icmp eq ptr %t82, null
  br i1 %t83, label %L85, label %L84
L84:
  %t86 = load i64, ptr %t82
  %t87 = sub i64 %t86, 1
  store i64 %t87, ptr %t82
  %t88 = icmp eq i64 %t87, 0
  br i1 %t88, label %L89, label %L90, !prof !0
L89:
  call void @pyrt_dealloc(ptr %ts, ptr %t82)
  br label %L90
L90:
  br label %L85
L85:
  store i32 6, ptr %ipp
  %t91 = getelementptr inbounds ptr, ptr %regs, i64 0
  %t92 = load ptr, ptr %t91
  %t93 = icmp eq ptr %t92, null
  br i1 %t93, label %L94, label %L95, !prof !0
L94:
  %t96 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 0)
  br label %unwind
L95:
  %t97 = load i64, ptr %t92
  %t98 = add i64 %t97, 1
  store i64 %t98, ptr %t92
  %t99 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t100 = load ptr, ptr %t99
  store ptr %t92, ptr %t99
  %t101 = icmp eq ptr %t100, null
  br i1 %t101, label %L103, label %L102
L102:
  %t104 = load i64, ptr %t100
  %t105 = sub i64 %t104, 1
  store i64 %t105, ptr %t100
  %t106 = icmp eq i64 %t105, 0
  br i1 %t106, label %L107, label %L108, !prof !0
L107:
  call void @pyrt_dealloc(ptr %ts, ptr %t100)
  br label %L108
L108:
  br label %L103
L103:
  store i32 7, ptr %ipp
  %t109 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t110 = load ptr, ptr %t109
  %t111 = icmp eq ptr %t110, null
  br i1 %t111, label %L112, label %L113, !prof !0
L112:
  %t114 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 2)
  br label %unwind
L113:
  %t115 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t116 = call ptr @pyrt_call(ptr %ts, ptr %t110, ptr %t115, i64 1, ptr null)
  %t117 = icmp eq ptr %t116, null
  br i1 %t117, label %unwind, label %L118, !prof !0
L118:
  %t119 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t120 = load ptr, ptr %t119
  store ptr null, ptr %t119
  %t121 = icmp eq ptr %t120, null
  br i1 %t121, label %L123, label %L122
L122:
  %t124 = load i64, ptr %t120
  %t125 = sub i64 %t124, 1
  store i64 %t125, ptr %t120
  %t126 = icmp eq i64 %t125, 0
  br i1 %t126, label %L127, label %L128, !prof !0
L127:
  call void @pyrt_dealloc(ptr %ts, ptr %t120)
  br label %L128
L128:
  br label %L123
L123:
  %t129 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t130 = load ptr, ptr %t129
  store ptr null, ptr %t129
  %t131 = icmp eq ptr %t130, null
  br i1 %t131, label %L133, label %L132
L132:
  %t134 = load i64, ptr %t130
  %t135 = sub i64 %t134, 1
  store i64 %t135, ptr %t130
  %t136 = icmp eq i64 %t135, 0
  br i1 %t136, label %L137, label %L138, !prof !0
L137:
  call void @pyrt_dealloc(ptr %ts, ptr %t130)
  br label %L138
L138:
  br label %L133
L133:
  %t139 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t140 = load ptr, ptr %t139
  store ptr %t116, ptr %t139
  %t141 = icmp eq ptr %t140, null
  br i1 %t141, label %L143, label %L142
L142:
  %t144 = load i64, ptr %t140
  %t145 = sub i64 %t144, 1
  store i64 %t145, ptr %t140
  %t146 = icmp eq i64 %t145, 0
  br i1 %t146, label %L147, label %L148, !prof !0
L147:
  call void @pyrt_dealloc(ptr %ts, ptr %t140)
  br label %L148
L148:
  br label %L143
L143:
  store i32 8, ptr %ipp
  %t149 = getelementptr inbounds i8, ptr %f, i64 40
  %t150 = load ptr, ptr %t149
  %t151 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t152 = load ptr, ptr %t151
  %t153 = icmp eq ptr %t152, null
  br i1 %t153, label %L154, label %L155, !prof !0
L154:
  %t156 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 1)
  br label %unwind
L155:
  %t157 = icmp eq ptr %t150, null
  br i1 %t157, label %L158, label %L159
L158:
  %t160 = getelementptr inbounds ptr, ptr %regs, i64 1
  store ptr null, ptr %t160
  ret ptr %t152
L159:
  %t161 = load i64, ptr %t152
  %t162 = add i64 %t161, 1
  store i64 %t162, ptr %t152
  ret ptr %t152
}
!0 = !{!"branch_weights", i32 1, i32 2000}

