;; ---- safe_div ----
;; symbols:
;;   pyrt_bad_resume = fn pyrt_bad_resume
;;   pyrt_exc_dispatch = fn pyrt_exc_dispatch
;;   pyrt_empty_register = fn pyrt_empty_register
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
  %t9 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t10 = load ptr, ptr %t9
  %t11 = icmp eq ptr %t10, null
  br i1 %t11, label %L12, label %L13, !prof !0
L12:
  %t14 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 1)
  br label %unwind
L13:
  %t15 = call ptr @pyrt_binary_op(ptr %ts, ptr %t4, ptr %t10, i16 zeroext 4)
  %t16 = icmp eq ptr %t15, null
  br i1 %t16, label %unwind, label %L17, !prof !0
L17:
  %t18 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t19 = load ptr, ptr %t18
  store ptr %t15, ptr %t18
  %t20 = icmp eq ptr %t19, null
  br i1 %t20, label %L22, label %L21
L21:
  %t23 = load i64, ptr %t19
  %t24 = sub i64 %t23, 1
  store i64 %t24, ptr %t19
  %t25 = icmp eq i64 %t24, 0
  br i1 %t25, label %L26, label %L27, !prof !0
L26:
  call void @pyrt_dealloc(ptr %ts, ptr %t19)
  br label %L27
L27:
  br label %L22
L22:
  store i32 2, ptr %ipp
  %t28 = getelementptr inbounds i8, ptr %f, i64 40
  %t29 = load ptr, ptr %t28
  %t30 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t31 = load ptr, ptr %t30
  %t32 = icmp eq ptr %t31, null
  br i1 %t32, label %L33, label %L34, !prof !0
L33:
  %t35 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 4)
  br label %unwind
L34:
  %t36 = icmp eq ptr %t29, null
  br i1 %t36, label %L37, label %L38
L37:
  %t39 = getelementptr inbounds ptr, ptr %regs, i64 4
  store ptr null, ptr %t39
  ret ptr %t31
L38:
  %t40 = load i64, ptr %t31
  %t41 = add i64 %t40, 1
  store i64 %t41, ptr %t31
  ret ptr %t31
b3:
  store i32 3, ptr %ipp
  br label %b14
b4:
  store i32 4, ptr %ipp
  %t42 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t43 = load ptr, ptr %t42
  %t44 = icmp eq ptr %t43, null
  br i1 %t44, label %L45, label %L46, !prof !0
L45:
  %t47 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 2)
  br label %unwind
L46:
  %t48 = call ptr @pyrt_push_exc_info(ptr %ts, ptr %t43)
  %t49 = icmp eq ptr %t48, null
  br i1 %t49, label %unwind, label %L50, !prof !0
L50:
  %t51 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t52 = load ptr, ptr %t51
  store ptr %t48, ptr %t51
  %t53 = icmp eq ptr %t52, null
  br i1 %t53, label %L55, label %L54
L54:
  %t56 = load i64, ptr %t52
  %t57 = sub i64 %t56, 1
  store i64 %t57, ptr %t52
  %t58 = icmp eq i64 %t57, 0
  br i1 %t58, label %L59, label %L60, !prof !0
L59:
  call void @pyrt_dealloc(ptr %ts, ptr %t52)
  br label %L60
L60:
  br label %L55
L55:
  store i32 5, ptr %ipp
  %t61 = call ptr @pyrt_load_global(ptr %ts, ptr %f, ptr @pyc.name.0, i16 zeroext 1)
  %t62 = icmp eq ptr %t61, null
  br i1 %t62, label %unwind, label %L63, !prof !0
L63:
  %t64 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t65 = load ptr, ptr %t64
  store ptr %t61, ptr %t64
  %t66 = icmp eq ptr %t65, null
  br i1 %t66, label %L68, label %L67
L67:
  %t69 = load i64, ptr %t65
  %t70 = sub i64 %t69, 1
  store i64 %t70, ptr %t65
  %t71 = icmp eq i64 %t70, 0
  br i1 %t71, label %L72, label %L73, !prof !0
L72:
  call void @pyrt_dealloc(ptr %ts, ptr %t65)
  br label %L73
L73:
  br label %L68
L68:
  store i32 6, ptr %ipp
  %t74 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t75 = load ptr, ptr %t74
  %t76 = icmp eq ptr %t75, null
  br i1 %t76, label %L77, label %L78, !prof !0
L77:
  %t79 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 2)
  br label %unwind
L78:
  %t80 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t81 = load ptr, ptr %t80
  %t82 = icmp eq ptr %t81, null
  br i1 %t82, label %L83, label %L84, !prof !0
L83:
  %t85 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 5)
  br label %unwind
L84:
  %t86 = call i32 @pyrt_exc_match(ptr %ts, ptr %t75, ptr %t81)
  %t87 = icmp slt i32 %t86, 0
  br i1 %t87, label %unwind, label %L88, !prof !0
L88:
  %t89 = icmp ne i32 %t86, 0
  %t90 = select i1 %t89, ptr @pyc.obj.True, ptr @pyc.obj.False
  %t91 = load i64, ptr %t90
  %t92 = add i64 %t91, 1
  store i64 %t92, ptr %t90
  %t93 = getelementptr inbounds ptr, ptr %regs, i64 6
  %t94 = load ptr, ptr %t93
  store ptr %t90, ptr %t93
  %t95 = icmp eq ptr %t94, null
  br i1 %t95, label %L97, label %L96
L96:
  %t98 = load i64, ptr %t94
  %t99 = sub i64 %t98, 1
  store i64 %t99, ptr %t94
  %t100 = icmp eq i64 %t99, 0
  br i1 %t100, label %L101, label %L102, !prof !0
L101:
  call void @pyrt_dealloc(ptr %ts, ptr %t94)
  br label %L102
L102:
  br label %L97
L97:
  %t103 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t104 = load ptr, ptr %t103
  store ptr null, ptr %t103
  %t105 = icmp eq ptr %t104, null
  br i1 %t105, label %L107, label %L106
L106:
  %t108 = load i64, ptr %t104
  %t109 = sub i64 %t108, 1
  store i64 %t109, ptr %t104
  %t110 = icmp eq i64 %t109, 0
  br i1 %t110, label %L111, label %L112, !prof !0
L111:
  call void @pyrt_dealloc(ptr %ts, ptr %t104)
  br label %L112
L112:
  br label %L107
L107:
  store i32 7, ptr %ipp
  %t113 = getelementptr inbounds ptr, ptr %regs, i64 6
  %t114 = load ptr, ptr %t113
  %t115 = icmp eq ptr %t114, null
  br i1 %t115, label %L116, label %L117, !prof !0
L116:
  %t118 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 6)
  br label %unwind
L117:
  %t119 = getelementptr inbounds ptr, ptr %regs, i64 6
  store ptr null, ptr %t119
  %t120 = call i32 @pyrt_truthy(ptr %ts, ptr %t114)
  %t121 = load i64, ptr %t114
  %t122 = sub i64 %t121, 1
  store i64 %t122, ptr %t114
  %t123 = icmp eq i64 %t122, 0
  br i1 %t123, label %L124, label %L125, !prof !0
L124:
  call void @pyrt_dealloc(ptr %ts, ptr %t114)
  br label %L125
L125:
  %t126 = icmp slt i32 %t120, 0
  br i1 %t126, label %unwind, label %L127, !prof !0
L127:
  %t128 = icmp ne i32 %t120, 0
  br i1 %t128, label %b8, label %b11
b8:
  store i32 8, ptr %ipp
  %t129 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t130 = load ptr, ptr %t129
  %t131 = getelementptr inbounds ptr, ptr %regs, i64 3
  store ptr null, ptr %t131
  %t132 = icmp eq ptr %t130, null
  %t133 = select i1 %t132, ptr @pyc.obj.None, ptr %t130
  br i1 %t132, label %L134, label %L135
L134:
  %t136 = load i64, ptr @pyc.obj.None
  %t137 = add i64 %t136, 1
  store i64 %t137, ptr @pyc.obj.None
  br label %L135
L135:
  call void @pyrt_pop_exc_info(ptr %ts, ptr %t133)
  store i32 9, ptr %ipp
  %t138 = load i64, ptr @pyc.const.0
  %t139 = add i64 %t138, 1
  store i64 %t139, ptr @pyc.const.0
  %t140 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t141 = load ptr, ptr %t140
  store ptr @pyc.const.0, ptr %t140
  %t142 = icmp eq ptr %t141, null
  br i1 %t142, label %L144, label %L143
L143:
  %t145 = load i64, ptr %t141
  %t146 = sub i64 %t145, 1
  store i64 %t146, ptr %t141
  %t147 = icmp eq i64 %t146, 0
  br i1 %t147, label %L148, label %L149, !prof !0
L148:
  call void @pyrt_dealloc(ptr %ts, ptr %t141)
  br label %L149
L149:
  br label %L144
L144:
  store i32 10, ptr %ipp
  %t150 = getelementptr inbounds i8, ptr %f, i64 40
  %t151 = load ptr, ptr %t150
  %t152 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t153 = load ptr, ptr %t152
  %t154 = icmp eq ptr %t153, null
  br i1 %t154, label %L155, label %L156, !prof !0
L155:
  %t157 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 5)
  br label %unwind
L156:
  %t158 = icmp eq ptr %t151, null
  br i1 %t158, label %L159, label %L160
L159:
  %t161 = getelementptr inbounds ptr, ptr %regs, i64 5
  store ptr null, ptr %t161
  ret ptr %t153
L160:
  %t162 = load i64, ptr %t153
  %t163 = add i64 %t162, 1
  store i64 %t163, ptr %t153
  ret ptr %t153
b11:
  store i32 11, ptr %ipp
  %t164 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t165 = load ptr, ptr %t164
  %t166 = icmp eq ptr %t165, null
  br i1 %t166, label %L167, label %L168, !prof !0
L167:
  %t169 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 2)
  br label %unwind
L168:
  %t170 = call i64 @pyrt_do_reraise(ptr %ts, ptr %f, ptr %t165)
  store i64 %t170, ptr %hslot
  br label %handle
b12:
  store i32 12, ptr %ipp
  %t171 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t172 = load ptr, ptr %t171
  %t173 = getelementptr inbounds ptr, ptr %regs, i64 3
  store ptr null, ptr %t173
  %t174 = icmp eq ptr %t172, null
  %t175 = select i1 %t174, ptr @pyc.obj.None, ptr %t172
  br i1 %t174, label %L176, label %L177
L176:
  %t178 = load i64, ptr @pyc.obj.None
  %t179 = add i64 %t178, 1
  store i64 %t179, ptr @pyc.obj.None
  br label %L177
L177:
  call void @pyrt_pop_exc_info(ptr %ts, ptr %t175)
  store i32 13, ptr %ipp
  %t180 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t181 = load ptr, ptr %t180
  %t182 = icmp eq ptr %t181, null
  br i1 %t182, label %L183, label %L184, !prof !0
L183:
  %t185 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 4)
  br label %unwind
L184:
  %t186 = call i64 @pyrt_do_reraise(ptr %ts, ptr %f, ptr %t181)
  store i64 %t186, ptr %hslot
  br label %handle
}
!0 = !{!"branch_weights", i32 1, i32 2000}

