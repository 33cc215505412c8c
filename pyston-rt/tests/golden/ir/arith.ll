;; ---- add ----
;; symbols:
;;   pyrt_bad_resume = fn pyrt_bad_resume
;;   pyrt_exc_dispatch = fn pyrt_exc_dispatch
;;   pyrt_empty_register = fn pyrt_empty_register
;;   pyc.type.int = type int  ; type int
;;   pyrt_new_int = fn pyrt_new_int
;;   pyrt_binary_op = fn pyrt_binary_op
;;   pyrt_dealloc = fn pyrt_dealloc
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
  %t18 = getelementptr inbounds i8, ptr %t4, i64 8
  %t19 = load ptr, ptr %t18
  %t20 = icmp eq ptr %t19, @pyc.type.int
  %t21 = getelementptr inbounds i8, ptr %t4, i64 24
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
  %t29 = getelementptr inbounds i8, ptr %t10, i64 8
  %t30 = load ptr, ptr %t29
  %t31 = icmp eq ptr %t30, @pyc.type.int
  %t32 = getelementptr inbounds i8, ptr %t10, i64 24
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
  %t39 = getelementptr inbounds i8, ptr %t4, i64 16
  %t40 = load i64, ptr %t39
  %t41 = getelementptr inbounds i8, ptr %t10, i64 16
  %t42 = load i64, ptr %t41
  %t43 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %t40, i64 %t42)
  %t44 = extractvalue { i64, i1 } %t43, 0
  %t45 = extractvalue { i64, i1 } %t43, 1
  br i1 %t45, label %L16, label %L46
L46:
  %t47 = call ptr @pyrt_new_int(ptr %ts, i64 %t44)
  %t48 = icmp eq ptr %t47, null
  br i1 %t48, label %unwind, label %L49, !prof !0
L49:
  br label %L50
L50:
  br label %L17
L16:
  %t51 = call ptr @pyrt_binary_op(ptr %ts, ptr %t4, ptr %t10, i16 zeroext 0)
  %t52 = icmp eq ptr %t51, null
  br i1 %t52, label %unwind, label %L53, !prof !0
L53:
  br label %L54
L54:
  br label %L17
L17:
  %t55 = phi ptr [ %t47, %L50 ], [ %t51, %L54 ]
  %t56 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t57 = load ptr, ptr %t56
  store ptr %t55, ptr %t56
  %t58 = icmp eq ptr %t57, null
  br i1 %t58, label %L60, label %L59
L59:
  %t61 = load i64, ptr %t57
  %t62 = sub i64 %t61, 1
  store i64 %t62, ptr %t57
  %t63 = icmp eq i64 %t62, 0
  br i1 %t63, label %L64, label %L65, !prof !0
L64:
  call void @pyrt_dealloc(ptr %ts, ptr %t57)
  br label %L65
L65:
  br label %L60
L60:
  store i32 2, ptr %ipp
  %t66 = getelementptr inbounds i8, ptr %f, i64 40
  %t67 = load ptr, ptr %t66
  %t68 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t69 = load ptr, ptr %t68
  %t70 = icmp eq ptr %t69, null
  br i1 %t70, label %L71, label %L72, !prof !0
L71:
  %t73 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 2)
  br label %unwind
L72:
  %t74 = icmp eq ptr %t67, null
  br i1 %t74, label %L75, label %L76
L75:
  %t77 = getelementptr inbounds ptr, ptr %regs, i64 2
  store ptr null, ptr %t77
  ret ptr %t69
L76:
  %t78 = load i64, ptr %t69
  %t79 = add i64 %t78, 1
  store i64 %t79, ptr %t69
  ret ptr %t69
}
!0 = !{!"branch_weights", i32 1, i32 2000}

;; ---- count ----
;; symbols:
;;   pyrt_bad_resume = fn pyrt_bad_resume
;;   pyrt_exc_dispatch = fn pyrt_exc_dispatch
;;   pyc.const.0 = const 0  ; int 0
;;   pyrt_dealloc = fn pyrt_dealloc
;;   pyrt_empty_register = fn pyrt_empty_register
;;   pyc.type.int = type int  ; type int
;;   pyc.obj.True = obj True  ; True
;;   pyc.obj.False = obj False  ; False
;;   pyrt_compare_op = fn pyrt_compare_op
;;   pyrt_truthy = fn pyrt_truthy
;;   pyc.const.1 = const 1  ; int 1
;;   pyrt_new_int = fn pyrt_new_int
;;   pyrt_binary_op = fn pyrt_binary_op
;;   pyrt_back_edge = fn pyrt_back_edge
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
  br label %dispatch
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
  %t7 = icmp eq ptr %t6, null
  br i1 %t7, label %L9, label %L8
L8:
  %t10 = load i64, ptr %t6
  %t11 = sub i64 %t10, 1
  store i64 %t11, ptr %t6
  %t12 = icmp eq i64 %t11, 0
  br i1 %t12, label %L13, label %L14, !prof !0
L13:
  call void @pyrt_dealloc(ptr %ts, ptr %t6)
  br label %L14
L14:
  br label %L9
L9:
  br label %b1
b1:
  store i32 1, ptr %ipp
  %t15 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t16 = load ptr, ptr %t15
  %t17 = icmp eq ptr %t16, null
  br i1 %t17, label %L18, label %L19, !prof !0
L18:
  %t20 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 1)
  br label %unwind
L19:
  %t21 = getelementptr inbounds ptr, ptr %regs, i64 0
  %t22 = load ptr, ptr %t21
  %t23 = icmp eq ptr %t22, null
  br i1 %t23, label %L24, label %L25, !prof !0
L24:
  %t26 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 0)
  br label %unwind
L25:
  %t30 = getelementptr inbounds i8, ptr %t16, i64 8
  %t31 = load ptr, ptr %t30
  %t32 = icmp eq ptr %t31, @pyc.type.int
  %t33 = getelementptr inbounds i8, ptr %t16, i64 24
  br label %L36
L36:
  br i1 %t32, label %L34, label %L35
L34:
  %t37 = load ptr, ptr %t33
  %t38 = icmp eq ptr %t37, null
  br label %L35
L35:
  %t39 = phi i1 [ false, %L36 ], [ %t38, %L34 ]
  br i1 %t39, label %L40, label %L28
L40:
  %t41 = getelementptr inbounds i8, ptr %t22, i64 8
  %t42 = load ptr, ptr %t41
  %t43 = icmp eq ptr %t42, @pyc.type.int
  %t44 = getelementptr inbounds i8, ptr %t22, i64 24
  br label %L47
L47:
  br i1 %t43, label %L45, label %L46
L45:
  %t48 = load ptr, ptr %t44
  %t49 = icmp eq ptr %t48, null
  br label %L46
L46:
  %t50 = phi i1 [ false, %L47 ], [ %t49, %L45 ]
  br i1 %t50, label %L27, label %L28
L27:
  %t51 = getelementptr inbounds i8, ptr %t16, i64 16
  %t52 = load i64, ptr %t51
  %t53 = getelementptr inbounds i8, ptr %t22, i64 16
  %t54 = load i64, ptr %t53
  %t55 = icmp slt i64 %t52, %t54
  %t56 = select i1 %t55, ptr @pyc.obj.True, ptr @pyc.obj.False
  %t57 = load i64, ptr %t56
  %t58 = add i64 %t57, 1
  store i64 %t58, ptr %t56
  br label %L59
L59:
  br label %L29
L28:
  %t60 = call ptr @pyrt_compare_op(ptr %ts, ptr %t16, ptr %t22, i16 zeroext 0)
  %t61 = icmp eq ptr %t60, null
  br i1 %t61, label %unwind, label %L62, !prof !0
L62:
  br label %L63
L63:
  br label %L29
L29:
  %t64 = phi ptr [ %t56, %L59 ], [ %t60, %L63 ]
  %t65 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t66 = load ptr, ptr %t65
  store ptr %t64, ptr %t65
  %t67 = icmp eq ptr %t66, null
  br i1 %t67, label %L69, label %L68
L68:
  %t70 = load i64, ptr %t66
  %t71 = sub i64 %t70, 1
  store i64 %t71, ptr %t66
  %t72 = icmp eq i64 %t71, 0
  br i1 %t72, label %L73, label %L74, !prof !0
L73:
  call void @pyrt_dealloc(ptr %ts, ptr %t66)
  br label %L74
L74:
  br label %L69
L69:
  store i32 3, ptr %ipp
  %t75 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t76 = load ptr, ptr %t75
  %t77 = icmp eq ptr %t76, null
  br i1 %t77, label %L78, label %L79, !prof !0
L78:
  %t80 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 2)
  br label %unwind
L79:
  %t81 = getelementptr inbounds ptr, ptr %regs, i64 2
  store ptr null, ptr %t81
  %t82 = call i32 @pyrt_truthy(ptr %ts, ptr %t76)
  %t83 = load i64, ptr %t76
  %t84 = sub i64 %t83, 1
  store i64 %t84, ptr %t76
  %t85 = icmp eq i64 %t84, 0
  br i1 %t85, label %L86, label %L87, !prof !0
L86:
  call void @pyrt_dealloc(ptr %ts, ptr %t76)
  br label %L87
L87:
  %t88 = icmp slt i32 %t82, 0
  br i1 %t88, label %unwind, label %L89, !prof !0
L89:
  %t90 = icmp ne i32 %t82, 0
  br i1 %t90, label %b4, label %b8
b4:
  store i32 4, ptr %ipp
  %t91 = load i64, ptr @pyc.const.1
  %t92 = add i64 %t91, 1
  store i64 %t92, ptr @pyc.const.1
  %t93 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t94 = load ptr, ptr %t93
  store ptr @pyc.const.1, ptr %t93
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
  store i32 5, ptr %ipp
  %t103 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t104 = load ptr, ptr %t103
  %t105 = icmp eq ptr %t104, null
  br i1 %t105, label %L106, label %L107, !prof !0
L106:
  %t108 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 1)
  br label %unwind
L107:
  %t109 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t110 = load ptr, ptr %t109
  %t111 = icmp eq ptr %t110, null
  br i1 %t111, label %L112, label %L113, !prof !0
L112:
  %t114 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 2)
  br label %unwind
L113:
  %t118 = getelementptr inbounds i8, ptr %t104, i64 8
  %t119 = load ptr, ptr %t118
  %t120 = icmp eq ptr %t119, @pyc.type.int
  %t121 = getelementptr inbounds i8, ptr %t104, i64 24
  br label %L124
L124:
  br i1 %t120, label %L122, label %L123
L122:
  %t125 = load ptr, ptr %t121
  %t126 = icmp eq ptr %t125, null
  br label %L123
L123:
  %t127 = phi i1 [ false, %L124 ], [ %t126, %L122 ]
  br i1 %t127, label %L128, label %L116
L128:
  %t129 = getelementptr inbounds i8, ptr %t110, i64 8
  %t130 = load ptr, ptr %t129
  %t131 = icmp eq ptr %t130, @pyc.type.int
  %t132 = getelementptr inbounds i8, ptr %t110, i64 24
  br label %L135
L135:
  br i1 %t131, label %L133, label %L134
L133:
  %t136 = load ptr, ptr %t132
  %t137 = icmp eq ptr %t136, null
  br label %L134
L134:
  %t138 = phi i1 [ false, %L135 ], [ %t137, %L133 ]
  br i1 %t138, label %L115, label %L116
L115:
  %t139 = getelementptr inbounds i8, ptr %t104, i64 16
  %t140 = load i64, ptr %t139
  %t141 = getelementptr inbounds i8, ptr %t110, i64 16
  %t142 = load i64, ptr %t141
  %t143 = call { i64, i1 } @llvm.sadd.with.overflow.i64(i64 %t140, i64 %t142)
  %t144 = extractvalue { i64, i1 } %t143, 0
  %t145 = extractvalue { i64, i1 } %t143, 1
  br i1 %t145, label %L116, label %L146
L146:
  %t147 = call ptr @pyrt_new_int(ptr %ts, i64 %t144)
  %t148 = icmp eq ptr %t147, null
  br i1 %t148, label %unwind, label %L149, !prof !0
L149:
  br label %L150
L150:
  br label %L117
L116:
  %t151 = call ptr @pyrt_binary_op(ptr %ts, ptr %t104, ptr %t110, i16 zeroext 13)
  %t152 = icmp eq ptr %t151, null
  br i1 %t152, label %unwind, label %L153, !prof !0
L153:
  br label %L154
L154:
  br label %L117
L117:
  %t155 = phi ptr [ %t147, %L150 ], [ %t151, %L154 ]
  %t156 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t157 = load ptr, ptr %t156
  store ptr %t155, ptr %t156
  %t158 = icmp eq ptr %t157, null
  br i1 %t158, label %L160, label %L159
L159:
  %t161 = load i64, ptr %t157
  %t162 = sub i64 %t161, 1
  store i64 %t162, ptr %t157
  %t163 = icmp eq i64 %t162, 0
  br i1 %t163, label %L164, label %L165, !prof !0
L164:
  call void @pyrt_dealloc(ptr %ts, ptr %t157)
  br label %L165
L165:
  br label %L160
L160:
  %t166 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t167 = load ptr, ptr %t166
  store ptr null, ptr %t166
  %t168 = icmp eq ptr %t167, null
  br i1 %t168, label %L170, label %L169
L169:
  %t171 = load i64, ptr %t167
  %t172 = sub i64 %t171, 1
  store i64 %t172, ptr %t167
  %t173 = icmp eq i64 %t172, 0
  br i1 %t173, label %L174, label %L175, !prof !0
L174:
  call void @pyrt_dealloc(ptr %ts, ptr %t167)
  br label %L175
L175:
  br label %L170
L170:
  store i32 7, ptr %ipp
  %t176 = call i32 @pyrt_back_edge(ptr %ts, ptr %f)
  %t177 = icmp slt i32 %t176, 0
  br i1 %t177, label %unwind, label %L178, !prof !0
L178:
  br label %b1
b8:
  store i32 8, ptr %ipp
  %t179 = getelementptr inbounds i8, ptr %f, i64 40
  %t180 = load ptr, ptr %t179
  %t181 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t182 = load ptr, ptr %t181
  %t183 = icmp eq ptr %t182, null
  br i1 %t183, label %L184, label %L185, !prof !0
L184:
  %t186 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 1)
  br label %unwind
L185:
  %t187 = icmp eq ptr %t180, null
  br i1 %t187, label %L188, label %L189
L188:
  %t190 = getelementptr inbounds ptr, ptr %regs, i64 1
  store ptr null, ptr %t190
  ret ptr %t182
L189:
  %t191 = load i64, ptr %t182
  %t192 = add i64 %t191, 1
  store i64 %t192, ptr %t182
  ret ptr %t182
}
!0 = !{!"branch_weights", i32 1, i32 2000}

