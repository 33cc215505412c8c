//! Unit tests of the container types against values taken from CPython 3.11.

use super::dict::{dict_len, dict_set, new_dict};
use super::dict_views::{new_dict_view, DICT_ITEMS_TYPE, DICT_KEYS_TYPE, DICT_VALUES_TYPE};
use super::header::{PyObject, PyRef};
use super::int::{int_value_i64, new_int};
use super::list::{as_list, new_list};
use super::protocol;
use super::set::{new_frozenset, new_set_from_iter, pyset};
use super::str::{new_str, str_value};
use super::tuple::new_tuple;
use super::PyResult;
use crate::bytecode::BinOpKind;

fn ints(v: &[i64]) -> PyRef {
    new_list(v.iter().map(|&x| new_int(x)).collect())
}

fn vals(o: &PyObject) -> Vec<i64> {
    protocol::collect(o).unwrap().iter().map(|x| int_value_i64(x).unwrap()).collect()
}

fn init() {
    crate::runtime::init_for_tests();
}

#[test]
fn set_iteration_order_matches_cpython() {
    init();
    let s = new_set_from_iter(&ints(&[3, 1, 2])).unwrap();
    assert_eq!(vals(&s), [1, 2, 3]);
    let s = new_set_from_iter(&ints(&[10, 1, 100])).unwrap();
    assert_eq!(vals(&s), [1, 10, 100]);
    let s = new_set_from_iter(&ints(&[-1, -2, 5])).unwrap();
    assert_eq!(vals(&s), [5, -1, -2]);
    let s = new_set_from_iter(&ints(&(1..=10).rev().map(|i| i * 3).collect::<Vec<_>>())).unwrap();
    assert_eq!(vals(&s), [3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
    let s = new_set_from_iter(&ints(&[1 << 40, 7, 1 << 61, -5, 64, 8, 16])).unwrap();
    assert_eq!(vals(&s), [1 << 40, 1 << 61, 64, 7, 8, 16, -5]);
    let s = new_set_from_iter(&ints(&(0..100).collect::<Vec<_>>())).unwrap();
    for i in (0..100).step_by(3) {
        super::set::set_discard(&s, &new_int(i)).unwrap();
    }
    super::set::set_add(&s, &new_int(1000)).unwrap();
    super::set::set_add(&s, &new_int(-7)).unwrap();
    assert_eq!(pyset(&s).len(), 68);
    assert_eq!(&vals(&s)[..10], [1, 2, 4, 5, 7, 8, 10, 11, 13, 14]);
    // Dummy reuse: the last dummy on the probe path is taken.
    let s = new_set_from_iter(&ints(&[1, 9, 17])).unwrap();
    super::set::set_discard(&s, &new_int(1)).unwrap();
    super::set::set_discard(&s, &new_int(17)).unwrap();
    super::set::set_add(&s, &new_int(25)).unwrap();
    assert_eq!(vals(&s), [9, 25]);
}

#[test]
fn set_algebra_order_and_pop() {
    init();
    let op = |a: &[i64], b: &[i64], k: BinOpKind| -> Vec<i64> {
        let x = new_set_from_iter(&ints(a)).unwrap();
        let y = new_set_from_iter(&ints(b)).unwrap();
        vals(&protocol::binary_op(&x, &y, k).unwrap())
    };
    assert_eq!(op(&[1, 2, 3], &[3, 4, 5], BinOpKind::Xor), [1, 2, 4, 5]);
    assert_eq!(op(&[5, 6, 7, 8], &[8, 7, 100], BinOpKind::And), [8, 7]);
    assert_eq!(op(&[1, 2, 3, 4, 5, 6, 7, 8, 9], &[2, 4], BinOpKind::Sub), [1, 3, 5, 6, 7, 8, 9]);
    assert_eq!(op(&[1, 2], &[40, 17, 3], BinOpKind::Or), [1, 2, 17, 3, 40]);
    let s = new_set_from_iter(&ints(&[1, 2, 3, 4])).unwrap();
    assert_eq!(int_value_i64(&pyset(&s).pop().unwrap()), Some(1));
    assert_eq!(int_value_i64(&pyset(&s).pop().unwrap()), Some(2));
    assert_eq!(vals(&s), [3, 4]);
    // Comparisons are subset tests.
    let a = new_set_from_iter(&ints(&[1, 2])).unwrap();
    let b = new_frozenset(Some(&ints(&[2, 1, 3]))).unwrap();
    assert!(protocol::rich_compare_bool(&a, &b, crate::bytecode::CmpKind::Lt).unwrap());
    assert!(!protocol::rich_compare_bool(&a, &b, crate::bytecode::CmpKind::Eq).unwrap());
}

#[test]
fn frozenset_hash_matches_cpython() {
    init();
    let h = |v: &[i64]| protocol::hash(&new_frozenset(Some(&ints(v))).unwrap()).unwrap();
    assert_eq!(h(&[]), 133146708735736);
    assert_eq!(h(&[1, 2, 3]), -272375401224217160);
    assert_eq!(h(&(0..50).collect::<Vec<_>>()), -1309786936372247613);
    let s = new_set_from_iter(&ints(&[1])).unwrap();
    let e = protocol::hash(&s).unwrap_err();
    assert_eq!(format!("{:?}", e), "TypeError: unhashable type: 'set'");
}

#[test]
fn set_of_sets_membership() {
    init();
    let inner = new_frozenset(Some(&ints(&[1, 2]))).unwrap();
    let outer = new_set_from_iter(&new_list(vec![inner])).unwrap();
    let probe = new_set_from_iter(&ints(&[2, 1])).unwrap();
    assert!(protocol::contains(&outer, &probe).unwrap());
}

#[test]
fn dict_views_and_iteration_errors() {
    init();
    let d = new_dict();
    for (k, v) in [("a", 1), ("b", 2), ("c", 3)] {
        dict_set(&d, &new_str(k), &new_int(v)).unwrap();
    }
    let keys = new_dict_view(&d, &DICT_KEYS_TYPE);
    let values = new_dict_view(&d, &DICT_VALUES_TYPE);
    let items = new_dict_view(&d, &DICT_ITEMS_TYPE);
    assert_eq!(protocol::len(&keys).unwrap(), 3);
    assert_eq!(vals(&values), [1, 2, 3]);
    let ks: Vec<String> = protocol::collect(&keys).unwrap().iter().map(|k| str_value(k).unwrap().to_string()).collect();
    assert_eq!(ks, ["a", "b", "c"]);
    assert!(protocol::contains(&keys, &new_str("b")).unwrap());
    assert!(protocol::contains(&items, &new_tuple(vec![new_str("c"), new_int(3)])).unwrap());
    assert!(!protocol::contains(&items, &new_tuple(vec![new_str("c"), new_int(4)])).unwrap());
    // keys - {"a"} is a set {"b", "c"}
    let sub = new_set_from_iter(&new_list(vec![new_str("a")])).unwrap();
    let r = protocol::binary_op(&keys, &sub, BinOpKind::Sub).unwrap();
    assert_eq!(r.type_().name(), "set");
    assert_eq!(protocol::len(&r).unwrap(), 2);
    // Reversed iteration.
    let rev = super::iterators::reversed(&values).unwrap();
    assert_eq!(vals(&rev), [3, 2, 1]);
    // Changing size during iteration raises.
    let it = protocol::iter(&d).unwrap();
    protocol::next(&it).unwrap();
    dict_set(&d, &new_str("z"), &new_int(9)).unwrap();
    let e = protocol::next(&it).unwrap_err();
    assert_eq!(format!("{:?}", e), "RuntimeError: dictionary changed size during iteration");
    // Deleting and adding a key keeps the size but changes the keys.
    let d = new_dict();
    dict_set(&d, &new_int(1), &new_int(1)).unwrap();
    let it = protocol::iter(&d).unwrap();
    protocol::next(&it).unwrap();
    super::dict::dict_del(&d, &new_int(1)).unwrap();
    dict_set(&d, &new_int(2), &new_int(1)).unwrap();
    assert_eq!(dict_len(&d), 1);
    let e = protocol::next(&it).unwrap_err();
    assert_eq!(format!("{:?}", e), "RuntimeError: dictionary keys changed during iteration");
}

fn neg_key(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(-int_value_i64(a[0]).unwrap()))
}

fn mod3_key(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    Ok(new_int(int_value_i64(a[0]).unwrap() % 3))
}

static NEG: super::typeobj::MethodDef = super::typeobj::MethodDef { name: "neg", func: neg_key, flags: 0, doc: "" };
static MOD3: super::typeobj::MethodDef = super::typeobj::MethodDef { name: "mod3", func: mod3_key, flags: 0, doc: "" };

#[test]
fn sort_keys_reverse_stability() {
    init();
    let l = ints(&[5, 3, 9, 1, 7, 3, 0]);
    super::list_sort::list_sort(&l, None, false).unwrap();
    assert_eq!(vals(&l), [0, 1, 3, 3, 5, 7, 9]);
    let f = super::descr::new_builtin_function(&NEG, None);
    super::list_sort::list_sort(&l, Some(&f), false).unwrap();
    assert_eq!(vals(&l), [9, 7, 5, 3, 3, 1, 0]);
    // Stability with a key and with reverse=True (equal keys keep order).
    let l = ints(&[0, 1, 2, 3, 4, 5, 6, 7, 8]);
    let m = super::descr::new_builtin_function(&MOD3, None);
    super::list_sort::list_sort(&l, Some(&m), false).unwrap();
    assert_eq!(vals(&l), [0, 3, 6, 1, 4, 7, 2, 5, 8]);
    let l = ints(&[0, 1, 2, 3, 4, 5, 6, 7, 8]);
    super::list_sort::list_sort(&l, Some(&m), true).unwrap();
    assert_eq!(vals(&l), [2, 5, 8, 1, 4, 7, 0, 3, 6]);
    // Strings sort by code point.
    let l = new_list(["b", "a", "é", "Z", "aa"].iter().map(|s| new_str(*s)).collect());
    super::list_sort::list_sort(&l, None, false).unwrap();
    let got: Vec<String> = as_list(&l).unwrap().items().iter().map(|s| str_value(s).unwrap().to_string()).collect();
    assert_eq!(got, ["Z", "a", "aa", "b", "é"]);
}

#[test]
fn list_slice_assignment() {
    init();
    let l = ints(&[0, 1, 2, 3, 4, 5]);
    let s = super::slice::new_slice(&new_int(1), &new_int(3), &super::singletons::none());
    protocol::setitem(&l, &s, &ints(&[9, 9, 9])).unwrap();
    assert_eq!(vals(&l), [0, 9, 9, 9, 3, 4, 5]);
    let s = super::slice::new_slice(&super::singletons::none(), &super::singletons::none(), &new_int(2));
    let e = protocol::setitem(&l, &s, &ints(&[1, 2])).unwrap_err();
    assert_eq!(format!("{:?}", e), "ValueError: attempt to assign sequence of size 2 to extended slice of size 4");
    protocol::delitem(&l, &s).unwrap();
    assert_eq!(vals(&l), [9, 9, 4]);
    let s = super::slice::new_slice(&super::singletons::none(), &super::singletons::none(), &new_int(-1));
    let r = protocol::getitem(&l, &s).unwrap();
    assert_eq!(vals(&r), [4, 9, 9]);
    let e = protocol::getitem(&l, &new_int(7)).unwrap_err();
    assert_eq!(format!("{:?}", e), "IndexError: list index out of range");
}

#[test]
fn range_basics() {
    init();
    let r = super::range::new_range(0, 20, 3).unwrap();
    assert_eq!(vals(&r), [0, 3, 6, 9, 12, 15, 18]);
    assert!(protocol::contains(&r, &new_int(9)).unwrap());
    assert!(!protocol::contains(&r, &new_int(10)).unwrap());
    let s = super::slice::new_slice(&super::singletons::none(), &super::singletons::none(), &new_int(-1));
    let rr = protocol::getitem(&r, &s).unwrap();
    assert_eq!(vals(&rr), [18, 15, 12, 9, 6, 3, 0]);
    let rev = super::iterators::reversed(&r).unwrap();
    assert_eq!(vals(&rev), [18, 15, 12, 9, 6, 3, 0]);
    assert_eq!(int_value_i64(&protocol::getitem(&r, &new_int(-1)).unwrap()), Some(18));
}

thread_local! {
    static VICTIM: std::cell::RefCell<Option<PyRef>> = const { std::cell::RefCell::new(None) };
}

fn mutating_key(a: &[&PyObject], _kw: Option<&PyObject>) -> PyResult<PyRef> {
    VICTIM.with(|v| {
        if let Some(l) = v.borrow().as_ref() {
            super::list_methods::list_append(l, new_int(99));
        }
    });
    Ok(a[0].to_ref())
}

static MUTATE: super::typeobj::MethodDef = super::typeobj::MethodDef { name: "mutate", func: mutating_key, flags: 0, doc: "" };

#[test]
fn sort_detects_mutation() {
    init();
    let l = ints(&[3, 1, 2]);
    VICTIM.with(|v| *v.borrow_mut() = Some(l.clone()));
    let f = super::descr::new_builtin_function(&MUTATE, None);
    let e = super::list_sort::list_sort(&l, Some(&f), false).unwrap_err();
    VICTIM.with(|v| *v.borrow_mut() = None);
    assert_eq!(format!("{:?}", e), "ValueError: list modified during sort");
    assert_eq!(vals(&l), [1, 2, 3]);
}

#[test]
fn sequence_comparison_and_repeat_errors() {
    init();
    use crate::bytecode::CmpKind::*;
    let a = ints(&[1, 2]);
    let b = ints(&[1, 2, 0]);
    assert!(protocol::rich_compare_bool(&a, &b, Lt).unwrap());
    assert!(!protocol::rich_compare_bool(&a, &b, Eq).unwrap());
    let t1 = new_tuple(vec![new_int(2)]);
    let t2 = new_tuple(vec![new_int(2), new_int(9)]);
    assert!(protocol::rich_compare_bool(&t1, &t2, Lt).unwrap());
    let e = protocol::binary_op(&a, &new_str("x"), BinOpKind::Mul).unwrap_err();
    assert_eq!(format!("{:?}", e), "TypeError: can't multiply sequence by non-int of type 'str'");
    let e = protocol::binary_op(&a, &t1, BinOpKind::Add).unwrap_err();
    assert_eq!(format!("{:?}", e), "TypeError: can only concatenate list (not \"tuple\") to list");
    let r = protocol::binary_op(&a, &new_int(2), BinOpKind::Mul).unwrap();
    assert_eq!(vals(&r), [1, 2, 1, 2]);
    let e = protocol::hash(&a).unwrap_err();
    assert_eq!(format!("{:?}", e), "TypeError: unhashable type: 'list'");
}

#[test]
fn generic_alias_repr() {
    init();
    let li = protocol::getitem(super::list::LIST_TYPE.obj(), super::int::INT_TYPE.obj()).unwrap();
    assert_eq!(protocol::repr_string(&li).unwrap(), "list[int]");
    let tup = new_tuple(vec![super::int::INT_TYPE.to_ref(), super::singletons::ELLIPSIS.to_ref()]);
    let ti = protocol::getitem(super::tuple::TUPLE_TYPE.obj(), &tup).unwrap();
    assert_eq!(protocol::repr_string(&ti).unwrap(), "tuple[int, ...]");
    let k = new_tuple(vec![super::str::STR_TYPE.to_ref(), ti]);
    let d = protocol::getitem(super::dict::DICT_TYPE.obj(), &k).unwrap();
    assert_eq!(protocol::repr_string(&d).unwrap(), "dict[str, tuple[int, ...]]");
    let origin = protocol::getattr_str(&d, "__origin__").unwrap();
    assert!(origin.is(super::dict::DICT_TYPE.obj()));
}
