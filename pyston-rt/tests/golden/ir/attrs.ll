;; ---- get ----
;; symbols:
;;   pyrt_bad_resume = fn pyrt_bad_resume
;;   pyrt_exc_dispatch = fn pyrt_exc_dispatch
;;   pyc.name.0 = name 0  ; "value"
;;   pyrt_load_attr = fn pyrt_load_attr
;;   pyrt_dealloc = fn pyrt_dealloc
;;   pyrt_empty_register = fn pyrt_empty_register
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
  %t7 = call ptr @pyrt_load_attr(ptr %ts, ptr %f, ptr %t4, ptr @pyc.name.0, i16 zeroext 0)
  %t8 = icmp eq ptr %t7, null
  br i1 %t8, label %unwind, label %L9, !prof !0
L9:
  %t10 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t11 = load ptr, ptr %t10
  store ptr %t7, ptr %t10
  call void @pyc.xdecref(ptr %ts, ptr %t11)
  store i32 2, ptr %ipp
  %t12 = getelementptr inbounds i8, ptr %f, i64 40
  %t13 = load ptr, ptr %t12
  %t14 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t15 = load ptr, ptr %t14
  %t16 = icmp eq ptr %t15, null
  br i1 %t16, label %empty, label %L17, !prof !0
L17:
  %t18 = icmp eq ptr %t13, null
  br i1 %t18, label %L19, label %L20
L19:
  %t21 = getelementptr inbounds ptr, ptr %regs, i64 1
  store ptr null, ptr %t21
  ret ptr %t15
L20:
  %t22 = load i64, ptr %t15
  %t23 = add i64 %t22, 1
  store i64 %t23, ptr %t15
  ret ptr %t15
b3:
  br label %bad
empty:
  %ereg = phi i16 [ 0, %b0 ], [ 1, %L9 ]
  %t24 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext %ereg)
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

;; ---- call ----
;; symbols:
;;   pyrt_bad_resume = fn pyrt_bad_resume
;;   pyrt_exc_dispatch = fn pyrt_exc_dispatch
;;   pyc.name.0 = name 0  ; "append"
;;   pyrt_load_method = fn pyrt_load_method
;;   pyc.const.0 = const 0  ; int 42
;;   pyrt_dealloc = fn pyrt_dealloc
;;   pyrt_call_method = fn pyrt_call_method
;;   pyc.name.1 = name 1  ; "len"
;;   pyrt_load_global = fn pyrt_load_global
;;   pyrt_call = fn pyrt_call
;;   pyrt_empty_register = fn pyrt_empty_register
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
  %t7 = call i32 @pyrt_load_method(ptr %ts, ptr %f, i16 zeroext 2, ptr %t4, ptr @pyc.name.0, i16 zeroext 0)
  %t8 = icmp slt i32 %t7, 0
  br i1 %t8, label %unwind, label %L9, !prof !0
L9:
  store i32 2, ptr %ipp
  %t10 = load i64, ptr @pyc.const.0
  %t11 = add i64 %t10, 1
  store i64 %t11, ptr @pyc.const.0
  %t12 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t13 = load ptr, ptr %t12
  store ptr @pyc.const.0, ptr %t12
  call void @pyc.xdecref(ptr %ts, ptr %t13)
  store i32 3, ptr %ipp
  %t14 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t15 = call ptr @pyrt_call_method(ptr %ts, ptr %t14, i64 1, ptr null)
  %t16 = icmp eq ptr %t15, null
  br i1 %t16, label %unwind, label %L17, !prof !0
L17:
  %t18 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t19 = load ptr, ptr %t18
  store ptr null, ptr %t18
  call void @pyc.xdecref(ptr %ts, ptr %t19)
  %t20 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t21 = load ptr, ptr %t20
  store ptr null, ptr %t20
  call void @pyc.xdecref(ptr %ts, ptr %t21)
  %t22 = getelementptr inbounds ptr, ptr %regs, i64 4
  %t23 = load ptr, ptr %t22
  store ptr null, ptr %t22
  call void @pyc.xdecref(ptr %ts, ptr %t23)
  %t24 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t25 = load ptr, ptr %t24
  store ptr %t15, ptr %t24
  call void @pyc.xdecref(ptr %ts, ptr %t25)
  store i32 4, ptr %ipp
  %t26 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t27 = load ptr, ptr %t26
  store ptr null, ptr %t26
  call void @pyc.xdecref(ptr %ts, ptr %t27)
  store i32 5, ptr %ipp
  %t28 = call ptr @pyrt_load_global(ptr %ts, ptr %f, ptr @pyc.name.1, i16 zeroext 1)
  %t29 = icmp eq ptr %t28, null
  br i1 %t29, label %unwind, label %L30, !prof !0
L30:
  %t31 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t32 = load ptr, ptr %t31
  store ptr %t28, ptr %t31
  call void @pyc.xdecref(ptr %ts, ptr %t32)
  store i32 6, ptr %ipp
  %t33 = getelementptr inbounds ptr, ptr %regs, i64 0
  %t34 = load ptr, ptr %t33
  %t35 = icmp eq ptr %t34, null
  br i1 %t35, label %empty, label %L36, !prof !0
L36:
  %t37 = load i64, ptr %t34
  %t38 = add i64 %t37, 1
  store i64 %t38, ptr %t34
  %t39 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t40 = load ptr, ptr %t39
  store ptr %t34, ptr %t39
  call void @pyc.xdecref(ptr %ts, ptr %t40)
  store i32 7, ptr %ipp
  %t41 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t42 = load ptr, ptr %t41
  %t43 = icmp eq ptr %t42, null
  br i1 %t43, label %empty, label %L44, !prof !0
L44:
  %t45 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t46 = call ptr @pyrt_call(ptr %ts, ptr %t42, ptr %t45, i64 1, ptr null)
  %t47 = icmp eq ptr %t46, null
  br i1 %t47, label %unwind, label %L48, !prof !0
L48:
  %t49 = getelementptr inbounds ptr, ptr %regs, i64 2
  %t50 = load ptr, ptr %t49
  store ptr null, ptr %t49
  call void @pyc.xdecref(ptr %ts, ptr %t50)
  %t51 = getelementptr inbounds ptr, ptr %regs, i64 3
  %t52 = load ptr, ptr %t51
  store ptr null, ptr %t51
  call void @pyc.xdecref(ptr %ts, ptr %t52)
  %t53 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t54 = load ptr, ptr %t53
  store ptr %t46, ptr %t53
  call void @pyc.xdecref(ptr %ts, ptr %t54)
  store i32 8, ptr %ipp
  %t55 = getelementptr inbounds i8, ptr %f, i64 40
  %t56 = load ptr, ptr %t55
  %t57 = getelementptr inbounds ptr, ptr %regs, i64 1
  %t58 = load ptr, ptr %t57
  %t59 = icmp eq ptr %t58, null
  br i1 %t59, label %empty, label %L60, !prof !0
L60:
  %t61 = icmp eq ptr %t56, null
  br i1 %t61, label %L62, label %L63
L62:
  %t64 = getelementptr inbounds ptr, ptr %regs, i64 1
  store ptr null, ptr %t64
  ret ptr %t58
L63:
  %t65 = load i64, ptr %t58
  %t66 = add i64 %t65, 1
  store i64 %t66, ptr %t58
  ret ptr %t58
b9:
  br label %bad
empty:
  %ereg = phi i16 [ 0, %b0 ], [ 0, %L30 ], [ 2, %L36 ], [ 1, %L48 ]
  %t67 = call i32 @pyrt_empty_register(ptr %ts, i16 zeroext %ereg)
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

