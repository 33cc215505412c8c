;; ---- g ----
;; symbols:
;;   pyrt_bad_resume = fn pyrt_bad_resume
;;   pyrt_exc_dispatch = fn pyrt_exc_dispatch
;;   pyc.name.0 = name 0  ; "range"
;;   pyrt_load_global = fn pyrt_load_global
;;   pyrt_dealloc = fn pyrt_dealloc
;;   pyrt_empty_register = fn pyrt_empty_register
;;   pyrt_call = fn pyrt_call
;;   pyrt_get_iter = fn pyrt_get_iter
;;   pyrt_for_iter = fn pyrt_for_iter
;;   pyrt_back_edge = fn pyrt_back_edge
;;   pyc.const.0 = const 0  ; None
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
  br label %dispatch
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
  %t8 = icmp eq ptr %t7, null
  br i1 %t8, label %L10, label %L9
L9:
  %t11 = load i64, ptr %t7
  %t12 = sub i64 %t11, 1
  store i64 %t12, ptr %t7
  %t13 = icmp eq i64 %t12, 0
  br i1 %t13, label %L14, label %L15, !prof !0
L14:
  call void @pyrt_dealloc(ptr %ts, ptr %t7)
  br label %L15
L15:
  br label %L10
L10:
  store i32 1, ptr %ipp
  %t16 = getelementptr inbounds ptr, ptr %regs, i64 0
  %t17 = load ptr, ptr %t16
  %t18 = icmp eq ptr %t17, null
  br i1 %t18, label %L19, label %L20, !prof !0
L19:
  %t21 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 0)
  br label %unwind
L20:
  %t22 = load i64, ptr %t17
  %t23 = add i64 %t22, 1
  store i64 %t23, ptr %t17
  %t24 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t25 = load ptr, ptr %t24
  store ptr %t17, ptr %t24
  %t26 = icmp eq ptr %t25, null
  br i1 %t26, label %L28, label %L27
L27:
  %t29 = load i64, ptr %t25
  %t30 = sub i64 %t29, 1
  store i64 %t30, ptr %t25
  %t31 = icmp eq i64 %t30, 0
  br i1 %t31, label %L32, label %L33, !prof !0
L32:
  call void @pyrt_dealloc(ptr %ts, ptr %t25)
  br label %L33
L33:
  br label %L28
L28:
  store i32 2, ptr %ipp
  %t34 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t35 = load ptr, ptr %t34
  %t36 = icmp eq ptr %t35, null
  br i1 %t36, label %L37, label %L38, !prof !0
L37:
  %t39 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 4)
  br label %unwind
L38:
  %t40 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t41 = call ptr @pyrt_call(ptr %ts, ptr %t35, ptr %t40, i64 1, ptr null)
  %t42 = icmp eq ptr %t41, null
  br i1 %t42, label %unwind, label %L43, !prof !0
L43:
  %t44 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t45 = load ptr, ptr %t44
  store ptr null, ptr %t44
  %t46 = icmp eq ptr %t45, null
  br i1 %t46, label %L48, label %L47
L47:
  %t49 = load i64, ptr %t45
  %t50 = sub i64 %t49, 1
  store i64 %t50, ptr %t45
  %t51 = icmp eq i64 %t50, 0
  br i1 %t51, label %L52, label %L53, !prof !0
L52:
  call void @pyrt_dealloc(ptr %ts, ptr %t45)
  br label %L53
L53:
  br label %L48
L48:
  %t54 = getelementptr inbounds ptr, ptr %regs, i64 5
  %t55 = load ptr, ptr %t54
  store ptr null, ptr %t54
  %t56 = icmp eq ptr %t55, null
  br i1 %t56, label %L58, label %L57
L57:
  %t59 = load i64, ptr %t55
  %t60 = sub i64 %t59, 1
  store i64 %t60, ptr %t55
  %t61 = icmp eq i64 %t60, 0
  br i1 %t61, label %L62, label %L63, !prof !0
L62:
  call void @pyrt_dealloc(ptr %ts, ptr %t55)
  br label %L63
L63:
  br label %L58
L58:
  %t64 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t65 = load ptr, ptr %t64
  store ptr %t41, ptr %t64
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
  store i32 3, ptr %ipp
  %t74 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t75 = load ptr, ptr %t74
  %t76 = icmp eq ptr %t75, null
  br i1 %t76, label %L77, label %L78, !prof !0
L77:
  %t79 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 3)
  br label %unwind
L78:
  %t80 = call ptr @pyrt_get_iter(ptr %ts, ptr %t75)
  %t81 = icmp eq ptr %t80, null
  br i1 %t81, label %unwind, label %L82, !prof !0
L82:
  %t83 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t84 = load ptr, ptr %t83
  store ptr %t80, ptr %t83
  %t85 = icmp eq ptr %t84, null
  br i1 %t85, label %L87, label %L86
L86:
  %t88 = load i64, ptr %t84
  %t89 = sub i64 %t88, 1
  store i64 %t89, ptr %t84
  %t90 = icmp eq i64 %t89, 0
  br i1 %t90, label %L91, label %L92, !prof !0
L91:
  call void @pyrt_dealloc(ptr %ts, ptr %t84)
  br label %L92
L92:
  br label %L87
L87:
  %t93 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t94 = load ptr, ptr %t93
  store ptr null, ptr %t93
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
  store i32 4, ptr %ipp
  %t103 = getelementptr inbounds ptr, ptr %regs, i64 3
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
  br label %b5
b5:
  store i32 5, ptr %ipp
  %t113 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t114 = load ptr, ptr %t113
  %t115 = icmp eq ptr %t114, null
  br i1 %t115, label %L116, label %L117, !prof !0
L116:
  %t118 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 2)
  br label %unwind
L117:
  %t119 = call ptr @pyrt_for_iter(ptr %ts, ptr %t114)
  %t120 = icmp eq ptr %t119, null
  br i1 %t120, label %L121, label %L122
L121:
  %t123 = load ptr, ptr %ts
  %t124 = icmp ne ptr %t123, null
  br i1 %t124, label %unwind, label %L125, !prof !0
L125:
  br label %b10
L122:
  %t126 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t127 = load ptr, ptr %t126
  store ptr %t119, ptr %t126
  %t128 = icmp eq ptr %t127, null
  br i1 %t128, label %L130, label %L129
L129:
  %t131 = load i64, ptr %t127
  %t132 = sub i64 %t131, 1
  store i64 %t132, ptr %t127
  %t133 = icmp eq i64 %t132, 0
  br i1 %t133, label %L134, label %L135, !prof !0
L134:
  call void @pyrt_dealloc(ptr %ts, ptr %t127)
  br label %L135
L135:
  br label %L130
L130:
  br label %b7
b7:
  store i32 7, ptr %ipp
  %t136 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t137 = load ptr, ptr %t136
  %t138 = icmp eq ptr %t137, null
  br i1 %t138, label %L139, label %L140, !prof !0
L139:
  %t141 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 1)
  br label %unwind
L140:
  %t142 = load i64, ptr %t137
  %t143 = add i64 %t142, 1
  store i64 %t143, ptr %t137
  %t144 = getelementptr inbounds i8, ptr %f, i64 52
  store i8 2, ptr %t144
  ret ptr %t137
b8:
  store i32 8, ptr %ipp
  %t145 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t146 = load ptr, ptr %t145
  store ptr null, ptr %t145
  %t147 = icmp eq ptr %t146, null
  br i1 %t147, label %L149, label %L148
L148:
  %t150 = load i64, ptr %t146
  %t151 = sub i64 %t150, 1
  store i64 %t151, ptr %t146
  %t152 = icmp eq i64 %t151, 0
  br i1 %t152, label %L153, label %L154, !prof !0
L153:
  call void @pyrt_dealloc(ptr %ts, ptr %t146)
  br label %L154
L154:
  br label %L149
L149:
  store i32 9, ptr %ipp
  %t155 = call i32 @pyrt_back_edge(ptr %ts, ptr %f)
  %t156 = icmp slt i32 %t155, 0
  br i1 %t156, label %unwind, label %L157, !prof !0
L157:
  br label %b5
b10:
  store i32 10, ptr %ipp
  %t158 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t159 = load ptr, ptr %t158
  store ptr null, ptr %t158
  %t160 = icmp eq ptr %t159, null
  br i1 %t160, label %L162, label %L161
L161:
  %t163 = load i64, ptr %t159
  %t164 = sub i64 %t163, 1
  store i64 %t164, ptr %t159
  %t165 = icmp eq i64 %t164, 0
  br i1 %t165, label %L166, label %L167, !prof !0
L166:
  call void @pyrt_dealloc(ptr %ts, ptr %t159)
  br label %L167
L167:
  br label %L162
L162:
  store i32 11, ptr %ipp
  %t168 = load i64, ptr @pyc.const.0
  %t169 = add i64 %t168, 1
  store i64 %t169, ptr @pyc.const.0
  %t170 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t171 = load ptr, ptr %t170
  store ptr @pyc.const.0, ptr %t170
  %t172 = icmp eq ptr %t171, null
  br i1 %t172, label %L174, label %L173
L173:
  %t175 = load i64, ptr %t171
  %t176 = sub i64 %t175, 1
  store i64 %t176, ptr %t171
  %t177 = icmp eq i64 %t176, 0
  br i1 %t177, label %L178, label %L179, !prof !0
L178:
  call void @pyrt_dealloc(ptr %ts, ptr %t171)
  br label %L179
L179:
  br label %L174
L174:
  store i32 12, ptr %ipp
  %t180 = getelementptr inbounds i8, ptr %f, i64 40
  %t181 = load ptr, ptr %t180
  %t182 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t183 = load ptr, ptr %t182
  %t184 = icmp eq ptr %t183, null
  br i1 %t184, label %L185, label %L186, !prof !0
L185:
  %t187 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext 2)
  br label %unwind
L186:
  %t188 = icmp eq ptr %t181, null
  br i1 %t188, label %L189, label %L190
L189:
  %t191 = getelementptr inbounds ptr, ptr %regs, i64 2
  store ptr null, ptr %t191
  ret ptr %t183
L190:
  %t192 = load i64, ptr %t183
  %t193 = add i64 %t192, 1
  store i64 %t193, ptr %t183
  ret ptr %t183
}
!0 = !{!"branch_weights", i32 1, i32 2000}

