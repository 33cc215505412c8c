//! The `termios` module: terminal attributes (`tcgetattr`/`tcsetattr` as
//! CPython's 7-item list), the line-control calls, window sizes and the
//! Linux constants. Errors are `termios.error(errno, strerror)`.

use crate::object::args::{check_positional, no_kwargs};
use crate::object::bytes::{bytes_from_slice, bytes_value};
use crate::object::dict::dict_set_item_str;
use crate::object::exceptions::{type_error, PyErr};
use crate::object::header::{PyObject, PyRef, Static};
use crate::object::int::{as_int, new_int};
use crate::object::list::{as_list, new_list};
use crate::object::module::{as_module, new_module};
use crate::object::singletons::none;
use crate::object::str::new_str;
use crate::object::tuple::new_tuple;
use crate::object::typeobj::MethodDef;
use crate::object::{protocol, PyResult};
use std::cell::RefCell;

static CONSTANTS: [(&str, i64); 231] = [
    ("B0", 0), ("B1000000", 4104), ("B110", 3), ("B115200", 4098), ("B1152000", 4105),
    ("B1200", 9), ("B134", 4), ("B150", 5), ("B1500000", 4106), ("B1800", 10),
    ("B19200", 14), ("B200", 6), ("B2000000", 4107), ("B230400", 4099), ("B2400", 11),
    ("B2500000", 4108), ("B300", 7), ("B3000000", 4109), ("B3500000", 4110), ("B38400", 15),
    ("B4000000", 4111), ("B460800", 4100), ("B4800", 12), ("B50", 1), ("B500000", 4101),
    ("B57600", 4097), ("B576000", 4102), ("B600", 8), ("B75", 2), ("B921600", 4103),
    ("B9600", 13), ("BRKINT", 2), ("BS0", 0), ("BS1", 8192), ("BSDLY", 8192),
    ("CBAUD", 4111), ("CBAUDEX", 4096), ("CDSUSP", 25), ("CEOF", 4), ("CEOL", 0),
    ("CEOT", 4), ("CERASE", 127), ("CFLUSH", 15), ("CIBAUD", 269418496), ("CINTR", 3),
    ("CKILL", 21), ("CLNEXT", 22), ("CLOCAL", 2048), ("CQUIT", 28), ("CR0", 0),
    ("CR1", 512), ("CR2", 1024), ("CR3", 1536), ("CRDLY", 1536), ("CREAD", 128),
    ("CRPRNT", 18), ("CRTSCTS", 2147483648), ("CS5", 0), ("CS6", 16), ("CS7", 32),
    ("CS8", 48), ("CSIZE", 48), ("CSTART", 17), ("CSTOP", 19), ("CSTOPB", 64),
    ("CSUSP", 26), ("CWERASE", 23), ("ECHO", 8), ("ECHOCTL", 512), ("ECHOE", 16),
    ("ECHOK", 32), ("ECHOKE", 2048), ("ECHONL", 64), ("ECHOPRT", 1024), ("EXTA", 14),
    ("EXTB", 15), ("FF0", 0), ("FF1", 32768), ("FFDLY", 32768), ("FIOASYNC", 21586),
    ("FIOCLEX", 21585), ("FIONBIO", 21537), ("FIONCLEX", 21584), ("FIONREAD", 21531), ("FLUSHO", 4096),
    ("HUPCL", 1024), ("ICANON", 2), ("ICRNL", 256), ("IEXTEN", 32768), ("IGNBRK", 1),
    ("IGNCR", 128), ("IGNPAR", 4), ("IMAXBEL", 8192), ("INLCR", 64), ("INPCK", 16),
    ("IOCSIZE_MASK", 1073676288), ("IOCSIZE_SHIFT", 16), ("ISIG", 1), ("ISTRIP", 32), ("IUCLC", 512),
    ("IXANY", 2048), ("IXOFF", 4096), ("IXON", 1024), ("NCC", 8), ("NCCS", 32),
    ("NL0", 0), ("NL1", 256), ("NLDLY", 256), ("NOFLSH", 128), ("N_MOUSE", 2),
    ("N_PPP", 3), ("N_SLIP", 1), ("N_STRIP", 4), ("N_TTY", 0), ("OCRNL", 8),
    ("OFDEL", 128), ("OFILL", 64), ("OLCUC", 2), ("ONLCR", 4), ("ONLRET", 32),
    ("ONOCR", 16), ("OPOST", 1), ("PARENB", 256), ("PARMRK", 8), ("PARODD", 512),
    ("PENDIN", 16384), ("TAB0", 0), ("TAB1", 2048), ("TAB2", 4096), ("TAB3", 6144),
    ("TABDLY", 6144), ("TCFLSH", 21515), ("TCGETA", 21509), ("TCGETS", 21505), ("TCIFLUSH", 0),
    ("TCIOFF", 2), ("TCIOFLUSH", 2), ("TCION", 3), ("TCOFLUSH", 1), ("TCOOFF", 0),
    ("TCOON", 1), ("TCSADRAIN", 1), ("TCSAFLUSH", 2), ("TCSANOW", 0), ("TCSBRK", 21513),
    ("TCSBRKP", 21541), ("TCSETA", 21510), ("TCSETAF", 21512), ("TCSETAW", 21511), ("TCSETS", 21506),
    ("TCSETSF", 21508), ("TCSETSW", 21507), ("TCXONC", 21514), ("TIOCCONS", 21533), ("TIOCEXCL", 21516),
    ("TIOCGETD", 21540), ("TIOCGICOUNT", 21597), ("TIOCGLCKTRMIOS", 21590), ("TIOCGPGRP", 21519), ("TIOCGSERIAL", 21534),
    ("TIOCGSOFTCAR", 21529), ("TIOCGWINSZ", 21523), ("TIOCINQ", 21531), ("TIOCLINUX", 21532), ("TIOCMBIC", 21527),
    ("TIOCMBIS", 21526), ("TIOCMGET", 21525), ("TIOCMIWAIT", 21596), ("TIOCMSET", 21528), ("TIOCM_CAR", 64),
    ("TIOCM_CD", 64), ("TIOCM_CTS", 32), ("TIOCM_DSR", 256), ("TIOCM_DTR", 2), ("TIOCM_LE", 1),
    ("TIOCM_RI", 128), ("TIOCM_RNG", 128), ("TIOCM_RTS", 4), ("TIOCM_SR", 16), ("TIOCM_ST", 8),
    ("TIOCNOTTY", 21538), ("TIOCNXCL", 21517), ("TIOCOUTQ", 21521), ("TIOCPKT", 21536), ("TIOCPKT_DATA", 0),
    ("TIOCPKT_DOSTOP", 32), ("TIOCPKT_FLUSHREAD", 1), ("TIOCPKT_FLUSHWRITE", 2), ("TIOCPKT_NOSTOP", 16), ("TIOCPKT_START", 8),
    ("TIOCPKT_STOP", 4), ("TIOCSCTTY", 21518), ("TIOCSERCONFIG", 21587), ("TIOCSERGETLSR", 21593), ("TIOCSERGETMULTI", 21594),
    ("TIOCSERGSTRUCT", 21592), ("TIOCSERGWILD", 21588), ("TIOCSERSETMULTI", 21595), ("TIOCSERSWILD", 21589), ("TIOCSER_TEMT", 1),
    ("TIOCSETD", 21539), ("TIOCSLCKTRMIOS", 21591), ("TIOCSPGRP", 21520), ("TIOCSSERIAL", 21535), ("TIOCSSOFTCAR", 21530),
    ("TIOCSTI", 21522), ("TIOCSWINSZ", 21524), ("TOSTOP", 256), ("VDISCARD", 13), ("VEOF", 4),
    ("VEOL", 11), ("VEOL2", 16), ("VERASE", 2), ("VINTR", 0), ("VKILL", 3),
    ("VLNEXT", 15), ("VMIN", 6), ("VQUIT", 1), ("VREPRINT", 12), ("VSTART", 8),
    ("VSTOP", 9), ("VSUSP", 10), ("VSWTC", 7), ("VSWTCH", 7), ("VT0", 0),
    ("VT1", 16384), ("VTDLY", 16384), ("VTIME", 5), ("VWERASE", 14), ("XCASE", 4),
    ("XTABS", 6144),
];

static ERROR: Static<RefCell<Option<PyRef>>> = Static(RefCell::new(None));

/// `termios.error` (a subclass of Exception, made once, immortal).
fn error_type() -> PyResult<PyRef> {
    if let Some(t) = ERROR.borrow().clone() {
        return Ok(t);
    }
    let bases = new_tuple(vec![crate::object::exceptions::EXCEPTION.to_ref()]);
    let ns = crate::object::dict::new_dict();
    dict_set_item_str(&ns, "__module__", new_str("termios"));
    let t = protocol::call(crate::object::TYPE_TYPE.obj(), &[&new_str("error"), &bases, &ns], None)?;
    crate::object::gc::make_immortal_deep(&t);
    *ERROR.borrow_mut() = Some(t.clone());
    Ok(t)
}

fn last_error() -> PyErr {
    let e = crate::modules::posix::errno();
    let made = error_type().and_then(|t| protocol::call(&t, &[&new_int(e as i64), &new_str(crate::modules::io::strerror(e))], None));
    match made {
        Ok(v) => PyErr::from_value(v),
        Err(e) => e,
    }
}

/// A descriptor or an object with `fileno()`.
fn fd_of(o: &PyObject) -> PyResult<i32> {
    if as_int(o).is_some() {
        return Ok(crate::object::args::expect_index(o)? as i32);
    }
    match protocol::getattr_opt(o, &new_str("fileno"))? {
        Some(f) => {
            let r = protocol::call0(&f)?;
            Ok(crate::object::args::expect_index(&r)? as i32)
        }
        None => Err(type_error("argument must be an int, or have a fileno() method.")),
    }
}

fn args_n<'a>(fname: &str, args: &[&'a PyObject], kw: Option<&PyObject>, n: usize) -> PyResult<()> {
    no_kwargs(fname, kw)?;
    check_positional(fname, args.len(), n, n)
}

fn zeroed_termios() -> libc::termios {
    // SAFETY: termios is plain data.
    unsafe { std::mem::zeroed() }
}

fn t_tcgetattr(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args_n("tcgetattr", args, kw, 1)?;
    let fd = fd_of(args[0])?;
    let mut t = zeroed_termios();
    // SAFETY: valid out-parameter.
    if unsafe { libc::tcgetattr(fd, &mut t) } != 0 {
        return Err(last_error());
    }
    // SAFETY: reading the speeds of an initialized termios.
    let (ispeed, ospeed) = unsafe { (libc::cfgetispeed(&t), libc::cfgetospeed(&t)) };
    let mut cc: Vec<PyRef> = t.c_cc.iter().map(|c| bytes_from_slice(&[*c])).collect();
    if t.c_lflag & libc::ICANON == 0 {
        cc[libc::VMIN] = new_int(t.c_cc[libc::VMIN] as i64);
        cc[libc::VTIME] = new_int(t.c_cc[libc::VTIME] as i64);
    }
    Ok(new_list(vec![
        new_int(t.c_iflag as i64),
        new_int(t.c_oflag as i64),
        new_int(t.c_cflag as i64),
        new_int(t.c_lflag as i64),
        new_int(ispeed as i64),
        new_int(ospeed as i64),
        new_list(cc),
    ]))
}

fn t_tcsetattr(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args_n("tcsetattr", args, kw, 3)?;
    let fd = fd_of(args[0])?;
    let when = crate::object::args::expect_index(args[1])? as i32;
    let items = match as_list(args[2]) {
        Some(_) => protocol::collect(args[2])?,
        None => return Err(type_error("tcsetattr, arg 3: must be 7 element list")),
    };
    if items.len() != 7 {
        return Err(type_error("tcsetattr, arg 3: must be 7 element list"));
    }
    let mut t = zeroed_termios();
    // SAFETY: valid out-parameter.
    if unsafe { libc::tcgetattr(fd, &mut t) } != 0 {
        return Err(last_error());
    }
    let num = |o: &PyObject| -> PyResult<i64> { Ok(crate::object::args::expect_index(o)? as i64) };
    t.c_iflag = num(&items[0])? as libc::tcflag_t;
    t.c_oflag = num(&items[1])? as libc::tcflag_t;
    t.c_cflag = num(&items[2])? as libc::tcflag_t;
    t.c_lflag = num(&items[3])? as libc::tcflag_t;
    let ispeed = num(&items[4])? as libc::speed_t;
    let ospeed = num(&items[5])? as libc::speed_t;
    let cc = match as_list(&items[6]) {
        Some(_) => protocol::collect(&items[6])?,
        None => return Err(type_error(format!("tcsetattr: attributes[6] must be {} element list", libc::NCCS))),
    };
    if cc.len() != libc::NCCS {
        return Err(type_error(format!("tcsetattr: attributes[6] must be {} element list", libc::NCCS)));
    }
    for (i, c) in cc.iter().enumerate() {
        t.c_cc[i] = match bytes_value(c) {
            Some(b) if b.len() == 1 => b[0],
            _ if as_int(c).is_some() => num(c)? as libc::cc_t,
            _ => return Err(type_error("tcsetattr: elements of attributes must be characters or integers")),
        };
    }
    // SAFETY: t is an initialized termios.
    unsafe {
        if libc::cfsetispeed(&mut t, ispeed) != 0 || libc::cfsetospeed(&mut t, ospeed) != 0 {
            return Err(last_error());
        }
        if libc::tcsetattr(fd, when, &t) != 0 {
            return Err(last_error());
        }
    }
    Ok(none())
}

fn fd_int_call(fname: &str, args: &[&PyObject], kw: Option<&PyObject>, f: fn(i32, i32) -> i32) -> PyResult<PyRef> {
    args_n(fname, args, kw, 2)?;
    let fd = fd_of(args[0])?;
    let v = crate::object::args::expect_index(args[1])? as i32;
    if f(fd, v) != 0 {
        return Err(last_error());
    }
    Ok(none())
}

fn t_tcsendbreak(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: plain descriptor.
    fd_int_call("tcsendbreak", args, kw, |fd, v| unsafe { libc::tcsendbreak(fd, v) })
}
fn t_tcflush(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: plain descriptor.
    fd_int_call("tcflush", args, kw, |fd, v| unsafe { libc::tcflush(fd, v) })
}
fn t_tcflow(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    // SAFETY: plain descriptor.
    fd_int_call("tcflow", args, kw, |fd, v| unsafe { libc::tcflow(fd, v) })
}

fn t_tcdrain(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args_n("tcdrain", args, kw, 1)?;
    let fd = fd_of(args[0])?;
    // SAFETY: plain descriptor.
    if unsafe { libc::tcdrain(fd) } != 0 {
        return Err(last_error());
    }
    Ok(none())
}

fn t_tcgetwinsize(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args_n("tcgetwinsize", args, kw, 1)?;
    let fd = fd_of(args[0])?;
    // SAFETY: winsize is plain data; TIOCGWINSZ fills it.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(last_error());
    }
    Ok(new_tuple(vec![new_int(ws.ws_row as i64), new_int(ws.ws_col as i64)]))
}

fn t_tcsetwinsize(args: &[&PyObject], kw: Option<&PyObject>) -> PyResult<PyRef> {
    args_n("tcsetwinsize", args, kw, 2)?;
    let fd = fd_of(args[0])?;
    let items = protocol::collect(args[1]).map_err(|_| type_error("tcsetwinsize, arg 2: must be a two-item sequence"))?;
    if items.len() != 2 {
        return Err(type_error("tcsetwinsize, arg 2: must be a two-item sequence"));
    }
    // SAFETY: winsize is plain data.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ fills ws.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(last_error());
    }
    ws.ws_row = crate::object::args::expect_index(&items[0])? as u16;
    ws.ws_col = crate::object::args::expect_index(&items[1])? as u16;
    // SAFETY: TIOCSWINSZ reads ws.
    if unsafe { libc::ioctl(fd, libc::TIOCSWINSZ, &ws) } != 0 {
        return Err(last_error());
    }
    Ok(none())
}

macro_rules! fdefs {
    ($($name:literal => $f:path),* $(,)?) => { [$(MethodDef { name: $name, func: $f, flags: 0, doc: "" }),*] };
}

static FUNCS: [MethodDef; 8] = fdefs![
    "tcgetattr" => t_tcgetattr, "tcsetattr" => t_tcsetattr, "tcsendbreak" => t_tcsendbreak, "tcdrain" => t_tcdrain,
    "tcflush" => t_tcflush, "tcflow" => t_tcflow, "tcgetwinsize" => t_tcgetwinsize, "tcsetwinsize" => t_tcsetwinsize,
];

pub fn init() -> PyResult<PyRef> {
    let m = new_module("termios");
    let d = as_module(&m).unwrap().dict();
    let mname = new_str("termios");
    for f in FUNCS.iter() {
        dict_set_item_str(d, f.name, crate::object::descr::new_builtin_function(f, Some(mname.clone())));
    }
    for (k, v) in CONSTANTS.iter() {
        dict_set_item_str(d, k, new_int(*v));
    }
    dict_set_item_str(d, "error", error_type()?);
    Ok(m)
}
