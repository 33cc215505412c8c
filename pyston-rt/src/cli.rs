//! The `pyston-rt` command line, modelled on `python3`:
//! `pyston-rt [option] ... [-c cmd | -m mod | file | -] [arg] ...`.
//!
//! The program runs on a thread with a large stack (deep recursion becomes
//! RecursionError through `runtime::check_stack`, never a crash). Exit
//! statuses follow CPython: 0, 1 for an uncaught exception, SystemExit's
//! code, 2 for usage errors and unreadable scripts, death by SIGINT for an
//! uncaught KeyboardInterrupt, 120 when flushing stdout fails at exit.
//!
//! Our own flags: `--tier=interp|bjit|llvm` (`bjit` does not exist yet),
//! `--stats` (CPython's `-s` means "no user site", so statistics use a long
//! option), `--no-aot`, `--dis FILE`.

use crate::modules::hooks::{self, CompileMode};
use crate::modules::{builtins, io, sys};
use crate::object::dict::{dict_get_str, dict_set_item_str};
use crate::object::exceptions::{as_exception, KEYBOARD_INTERRUPT, SYSTEM_EXIT};
use crate::object::int::as_int;
use crate::object::module::{as_module, new_module};
use crate::object::singletons::{is_none, none};
use crate::object::str::{new_str, str_value};
use crate::object::{protocol, PyObject, PyRef, PyResult};

/// Reserved stack of the interpreter thread.
const STACK_SIZE: usize = 512 << 20;
/// Stack kept free below the limit for native code after the check.
const STACK_MARGIN: usize = 256 << 10;

const PROG: &str = "pyston-rt";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    File(String),
    Command(String),
    Module(String),
    Stdin,
    Repl,
    Dis(String),
    Version(u32),
    Help,
}

#[derive(Clone, Debug)]
pub struct Options {
    pub action: Action,
    /// Arguments after the script / command / module (sys.argv[1:]).
    pub args: Vec<String>,
    pub unbuffered: bool,
    pub ignore_environment: bool,
    pub no_user_site: bool,
    /// `-S`: do not import `site` at start-up.
    pub no_site: bool,
    /// `-I`: isolated (`-E -s -P`).
    pub isolated: bool,
    /// `-P`: no unsafe path (script directory, cwd) prepended to sys.path.
    pub safe_path: bool,
    pub dont_write_bytecode: bool,
    pub optimize: i64,
    pub inspect: bool,
    pub quiet: bool,
    pub verbose: i64,
    pub tier: String,
    pub stats: bool,
    /// `--stats=json`: the report as JSON.
    pub stats_json: bool,
    pub no_aot: bool,
    /// `-X faulthandler`.
    pub faulthandler: bool,
}

/// A command-line error: message, then exit status 2.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

fn usage_line() -> String {
    format!("usage: {} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", PROG)
}

fn usage_error(msg: String) -> UsageError {
    UsageError(format!("{}\n{}Try `{} -h' for more information.\n", msg, usage_line(), PROG))
}

pub fn help_text() -> String {
    let mut s = usage_line();
    s.push_str(
        "Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also -? or --help)
-u     : force the stdout and stderr streams to be unbuffered;
         also PYTHONUNBUFFERED=x / PYSTONUNBUFFERED=x
-E     : ignore PYTHON* and PYSTON* environment variables (such as PYSTONPATH)
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-I     : isolate Python from the user's environment (implies -E, -P and -s)
-P     : don't prepend a potentially unsafe path to sys.path
-B, -O, -OO, -q, -b, -d, -v, -R : accepted (CPython compatibility)
-i     : inspect interactively after running script
-V     : print the Python version number and exit (also --version)
-X opt, -W arg : accepted and ignored
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

pyston-rt options:
--tier=interp|bjit|llvm : execution tier ('llvm': compile every function at its first call;
                          'bjit' is not available yet)
--stats[=text|json]     : print execution statistics at exit (on stderr;
                          PYSTON_STATS_FILE=path writes them there as JSON)
--no-aot                : ignore precompiled archives
--dis FILE              : print the bytecode of FILE and every nested code object

Environment variables:
PYSTONPATH    : ':'-separated list of directories prefixed to the module search path
PYSTON_STDLIB : the standard library directory appended to the search path
PYSTONHOME    : the installation prefix (sys.base_prefix; its lib/python3.11/site-packages
                is the site-packages directory)
PYTHONNOUSERSITE : disable the user site directory (as -s)
",
    );
    s
}

/// Parse the command line (without argv[0]).
pub fn parse_args(argv: &[String]) -> Result<Options, UsageError> {
    let mut o = Options {
        action: Action::Stdin,
        args: vec![],
        unbuffered: false,
        ignore_environment: false,
        no_user_site: false,
        no_site: false,
        isolated: false,
        safe_path: false,
        dont_write_bytecode: false,
        optimize: 0,
        inspect: false,
        quiet: false,
        verbose: 0,
        tier: "interp".into(),
        stats: false,
        stats_json: false,
        no_aot: false,
        faulthandler: false,
    };
    let mut version = 0;
    let mut help = false;
    let mut i = 0;
    let mut action: Option<Action> = None;
    while i < argv.len() {
        let a = &argv[i];
        if a == "-" {
            action = Some(Action::Stdin);
            i += 1;
            break;
        }
        if a == "--" {
            i += 1;
            break;
        }
        if let Some(long) = a.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            match name {
                "version" => version += 1,
                "help" => help = true,
                "stats" => {
                    o.stats = true;
                    match value.as_deref() {
                        None | Some("text") => {}
                        Some("json") => o.stats_json = true,
                        Some(v) => return Err(usage_error(format!("--stats: unknown format '{}' (text or json)", v))),
                    }
                }
                "no-aot" => o.no_aot = true,
                "tier" => {
                    let v = match value {
                        Some(v) => v,
                        None => {
                            i += 1;
                            argv.get(i).cloned().ok_or_else(|| usage_error("Argument expected for the --tier option".into()))?
                        }
                    };
                    match v.as_str() {
                        "interp" | "llvm" => o.tier = v,
                        "bjit" => {
                            return Err(UsageError(format!("{}: tier '{}' is not available yet\n", PROG, v)));
                        }
                        _ => {
                            return Err(usage_error(format!("invalid --tier value '{}' (expected interp, bjit or llvm)", v)));
                        }
                    }
                }
                "dis" => {
                    let v = match value {
                        Some(v) => v,
                        None => {
                            i += 1;
                            argv.get(i).cloned().ok_or_else(|| usage_error("Argument expected for the --dis option".into()))?
                        }
                    };
                    action = Some(Action::Dis(v));
                    i += 1;
                    break;
                }
                "check-hash-based-pycs" => i += 1,
                _ => return Err(usage_error(format!("unknown option {}", a))),
            }
            i += 1;
            continue;
        }
        if !a.starts_with('-') {
            action = Some(Action::File(a.clone()));
            i += 1;
            break;
        }
        // A cluster of short options: `-uB`, `-c cmd`, `-ccmd`.
        let chars: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        let mut stop = false;
        while j < chars.len() {
            let c = chars[j];
            match c {
                'c' | 'm' | 'X' | 'W' => {
                    let rest: String = chars[j + 1..].iter().collect();
                    let val = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        match argv.get(i) {
                            Some(v) => v.clone(),
                            None => return Err(usage_error(format!("Argument expected for the -{} option", c))),
                        }
                    };
                    match c {
                        'c' => {
                            action = Some(Action::Command(val));
                            stop = true;
                        }
                        'm' => {
                            action = Some(Action::Module(val));
                            stop = true;
                        }
                        'X' if val == "faulthandler" => o.faulthandler = true,
                        _ => {}
                    }
                    j = chars.len();
                    continue;
                }
                'u' => o.unbuffered = true,
                'E' => o.ignore_environment = true,
                's' => o.no_user_site = true,
                'B' => o.dont_write_bytecode = true,
                'O' => o.optimize += 1,
                'i' => o.inspect = true,
                'q' => o.quiet = true,
                'v' => o.verbose += 1,
                'V' => version += 1,
                'h' | '?' => help = true,
                'S' => o.no_site = true,
                'I' => {
                    o.isolated = true;
                    o.ignore_environment = true;
                    o.no_user_site = true;
                    o.safe_path = true;
                }
                'P' => o.safe_path = true,
                'b' | 'd' | 'R' | 'x' => {}
                _ => return Err(usage_error(format!("Unknown option: -{}", c))),
            }
            j += 1;
        }
        i += 1;
        if stop {
            break;
        }
    }
    o.args = argv[i.min(argv.len())..].to_vec();
    o.action = if help {
        Action::Help
    } else if version > 0 {
        Action::Version(version)
    } else {
        match action {
            Some(a) => a,
            None => {
                // SAFETY: isatty only inspects the descriptor.
                if unsafe { libc::isatty(0) } == 1 {
                    Action::Repl
                } else {
                    Action::Stdin
                }
            }
        }
    };
    Ok(o)
}

/// Entry point of the `pyston-rt` binary; returns the exit status.
pub fn main() -> i32 {
    let argv: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let opts = match parse_args(argv.get(1..).unwrap_or(&[])) {
        Ok(o) => o,
        Err(UsageError(msg)) => {
            eprint!("{}", msg);
            return 2;
        }
    };
    match &opts.action {
        Action::Help => {
            print!("{}", help_text());
            return 0;
        }
        Action::Version(n) => {
            if *n > 1 {
                println!("Python {}", sys::version_string());
            } else {
                println!("Python {}.{}.{}", sys::VERSION.0, sys::VERSION.1, sys::VERSION.2);
            }
            return 0;
        }
        _ => {}
    }
    let orig = argv.clone();
    // SAFETY: getpid has no preconditions.
    let parent_pid = unsafe { libc::getpid() };
    let child = std::thread::Builder::new()
        .name("pyston-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let here = crate::runtime::stack_pointer();
            crate::runtime::set_stack_limit(here.saturating_sub(STACK_SIZE - STACK_MARGIN));
            let code = run(opts, orig);
            // A process made by os.fork has no main thread waiting to exit
            // with the status: exit from here.
            // SAFETY: getpid has no preconditions.
            if unsafe { libc::getpid() } != parent_pid {
                std::process::exit(code);
            }
            code
        });
    match child {
        Ok(h) => {
            crate::runtime::signals::block_signals_on_this_thread();
            h.join().unwrap_or(70)
        }
        Err(e) => {
            eprintln!("{}: cannot start the interpreter thread: {}", PROG, e);
            1
        }
    }
}

fn env_flag(name: &str) -> bool {
    std::env::var_os(name).is_some_and(|v| !v.is_empty())
}

/// Start the runtime and run the requested program; returns the status.
pub fn run(opts: Options, orig_argv: Vec<String>) -> i32 {
    if opts.tier == "llvm" {
        crate::llvm::enable(opts.stats);
    }
    let unbuffered = opts.unbuffered
        || (!opts.ignore_environment && (env_flag("PYTHONUNBUFFERED") || env_flag("PYSTONUNBUFFERED")));
    let zip_main = matches!(&opts.action, Action::File(f) if is_zip_file(f));
    let (argv0, path0) = match &opts.action {
        // A zip archive runs its __main__ module through runpy with the
        // archive first on sys.path (CPython's path for importable files).
        Action::File(f) if zip_main => (f.clone(), crate::import::absolute(std::path::Path::new(f)).to_string_lossy().into_owned()),
        // A directory is run through its __main__.py with the directory
        // itself first on sys.path (CPython's runpy path for directories).
        Action::File(f) if std::path::Path::new(f).is_dir() => {
            let p = std::path::Path::new(f);
            let dir = if p.is_absolute() { f.clone() } else { crate::import::absolute(p).to_string_lossy().into_owned() };
            (f.clone(), dir)
        }
        Action::File(f) => {
            let dir = std::path::Path::new(f).parent().map(|p| p.to_path_buf()).unwrap_or_default();
            let dir = if dir.as_os_str().is_empty() { std::path::PathBuf::from(".") } else { dir };
            let real = std::fs::canonicalize(&dir).unwrap_or_else(|_| crate::import::absolute(&dir));
            (f.clone(), real.to_string_lossy().into_owned())
        }
        Action::Command(_) => ("-c".to_string(), String::new()),
        Action::Module(_) => (
            "-m".to_string(),
            std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default(),
        ),
        Action::Stdin if !opts.args.is_empty() || orig_argv.iter().any(|a| a == "-") => ("-".to_string(), String::new()),
        _ => (String::new(), String::new()),
    };
    let mut argv = vec![argv0];
    argv.extend(opts.args.iter().cloned());
    let env = |n: &str| !opts.ignore_environment && env_flag(n);
    let safe_path = opts.safe_path || env("PYTHONSAFEPATH");
    // -P/-I keep the script's directory off sys.path (not a zip or a
    // directory run through __main__, which must be importable).
    let dir_main = matches!(&opts.action, Action::File(f) if std::path::Path::new(f).is_dir());
    let path0 = if safe_path && !zip_main && !dir_main { None } else { Some(path0) };
    let cfg = sys::Config {
        argv,
        // sys.path[0] is inserted after `site` ran (CPython's order: site
        // sees the path without it).
        path0: None,
        unbuffered,
        ignore_environment: opts.ignore_environment,
        no_user_site: opts.no_user_site || env("PYTHONNOUSERSITE"),
        no_site: opts.no_site,
        isolated: opts.isolated,
        safe_path,
        argv0: orig_argv.first().cloned(),
        dont_write_bytecode: opts.dont_write_bytecode,
        optimize: opts.optimize,
        interactive: matches!(opts.action, Action::Repl) || opts.inspect,
        quiet: opts.quiet,
        verbose: opts.verbose,
        orig_argv,
    };
    let stats_file = std::env::var("PYSTON_STATS_FILE").ok().filter(|p| !p.is_empty());
    if opts.stats || stats_file.is_some() {
        use crate::runtime::stats::{enable, Format};
        let format = opts.stats.then_some(if opts.stats_json { Format::Json } else { Format::Text });
        enable(format, stats_file);
    }
    crate::runtime::init();
    crate::runtime::signals::install_sigint_handler();
    if let Err(e) = builtins::init().and_then(|_| sys::init_with(&cfg)) {
        eprintln!("{}: failed to initialize: {:?}", PROG, e);
        return 1;
    }
    if opts.faulthandler || (!opts.ignore_environment && std::env::var_os("PYTHONFAULTHANDLER").is_some_and(|v| !v.is_empty())) {
        crate::modules::faulthandler::enable_fd(2, true);
    }
    main_module(None);
    if !opts.no_site {
        if let Err(e) = crate::import::import_absolute("site") {
            io::write_stderr("Fatal Python error: init_import_site: Failed to import the site module\nPython runtime state: initialized\n");
            print_uncaught(e.value());
            return finalize(1);
        }
    }
    if let (Some(p0), Some(path)) = (path0, sys::get("path")) {
        let _ = protocol::call_method(&path, crate::name!("insert"), &[&crate::object::int::new_int(0), &new_str(p0)]);
    }
    let mut status = match &opts.action {
        Action::File(_) if zip_main => run_runpy_main(),
        Action::File(f) => run_file(f),
        Action::Command(c) => run_source(c, "<string>", None),
        Action::Module(m) => run_module(m),
        Action::Stdin => {
            let text = match read_stdin() {
                Ok(t) => t,
                Err(e) => return handle_exception(e.into_value()),
            };
            run_source(&text, "<stdin>", None)
        }
        Action::Repl => repl(opts.quiet),
        Action::Dis(f) => dis_file(f),
        Action::Version(_) | Action::Help => 0,
    };
    if opts.inspect && !matches!(opts.action, Action::Repl) && status != EXITED {
        status = repl(opts.quiet);
    }
    crate::runtime::stats::report();
    finalize(if status == EXITED { 0 } else { status })
}

/// Marker status: SystemExit(0) raised (stops `-i`).
const EXITED: i32 = -1000;

/// Tear the interpreter down (module globals released, their `__del__`
/// run, cycles collected: CPython's finalization), flush the standard
/// streams; a failed stdout flush is reported like CPython ("Exception
/// ignored ...", status 120).
fn finalize(status: i32) -> i32 {
    crate::modules::atexit::run_exitfuncs();
    let status0 = status.max(0);
    let status = flush_std(status0);
    let flushed = std::cell::Cell::new(status);
    // Flush again after the globals' finalizers ran (unless flushing
    // already failed: reported once).
    crate::runtime::finalize::teardown(&|| {
        if flushed.get() == status0 {
            flushed.set(flush_std(status0));
        }
    });
    let status = flushed.get();
    if crate::object::debug_refs::enabled() {
        crate::object::debug_refs::report();
    }
    status
}

fn flush_std(status: i32) -> i32 {
    if let Some(out) = sys::get("stdout").filter(|o| !is_none(o)) {
        if let Err(e) = io::stream_flush(&out) {
            crate::interp::traceback::write_unraisable(&e, Some(&out));
            return if status == 0 { 120 } else { status };
        }
    }
    if let Some(err) = sys::get("stderr").filter(|o| !is_none(o)) {
        let _ = io::stream_flush(&err);
    }
    status
}

fn read_stdin() -> PyResult<String> {
    let stdin = sys::get("stdin").filter(|s| !is_none(s)).ok_or_else(|| crate::object::exceptions::runtime_error("lost sys.stdin"))?;
    if let Some(t) = crate::modules::io_text::as_text(&stdin) {
        return t.read_all();
    }
    let r = protocol::call_method(&stdin, crate::name!("read"), &[])?;
    Ok(str_value(&r).unwrap_or("").to_string())
}

/// The `__main__` module (fresh, registered in sys.modules).
/// The `__main__` module made at start-up (before `site`, as CPython's
/// initialization does) is reused.
fn main_module(file: Option<&str>) -> PyRef {
    let existing = dict_get_str(&sys::modules(), &crate::object::str::intern("__main__"))
        .map(|m| m.to_ref())
        .filter(|m| as_module(m).is_some());
    let m = existing.unwrap_or_else(|| new_module("__main__"));
    let d = as_module(&m).unwrap().dict();
    dict_set_item_str(d, "__builtins__", builtins::builtins_module().to_ref());
    if dict_get_str(d, crate::name!("__annotations__")).is_none() {
        dict_set_item_str(d, "__annotations__", crate::object::dict::new_dict());
    }
    if let Some(f) = file {
        dict_set_item_str(d, "__file__", new_str(f));
        dict_set_item_str(d, "__cached__", none());
    }
    dict_set_item_str(&sys::modules(), "__main__", m.clone());
    m
}

fn run_file(path: &str) -> i32 {
    let dir = std::path::Path::new(path);
    if dir.is_dir() {
        let main = dir.join("__main__.py");
        if !main.is_file() {
            let shown = crate::import::absolute(dir).to_string_lossy().into_owned();
            io::write_stderr(&format!("{}: can't find '__main__' module in '{}'\n", PROG, shown.trim_end_matches('/')));
            return 1;
        }
        return run_file(&main.to_string_lossy());
    }
    let abs = crate::import::absolute(std::path::Path::new(path)).to_string_lossy().into_owned();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(libc::EIO);
            io::write_stderr(&format!(
                "{}: can't open file '{}': [Errno {}] {}\n",
                PROG,
                abs,
                errno,
                io::strerror(errno)
            ));
            return 2;
        }
    };
    let text = match hooks::decode_source(&bytes, &abs) {
        Ok(t) => t,
        Err(e) => return handle_exception(e.into_value()),
    };
    run_source(&text, &abs, Some(&abs))
}

/// Compile and run source as `__main__`.
fn run_source(text: &str, filename: &str, file: Option<&str>) -> i32 {
    let m = main_module(file);
    let code = match hooks::compile_to_code(text, filename, CompileMode::Exec) {
        Ok(c) => c,
        Err(e) => return handle_exception(e.into_value()),
    };
    let d = as_module(&m).unwrap().dict();
    match hooks::exec_code(&code, d, None) {
        Ok(_) => 0,
        Err(e) => handle_exception(e.into_value()),
    }
}

/// Whether a path is a zip archive or a directory inside one
/// (`pip.whl/pip`): the nearest existing prefix is a regular file with an
/// end-of-central-directory record within its last 64 KiB + 22 bytes, as
/// zipimport looks for it.
fn is_zip_file(path: &str) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    let mut p = std::path::Path::new(path);
    while !p.exists() {
        match p.parent() {
            Some(q) if !q.as_os_str().is_empty() => p = q,
            _ => return false,
        }
    }
    let Ok(mut f) = std::fs::File::open(p) else { return false };
    let Ok(meta) = f.metadata() else { return false };
    if !meta.is_file() || meta.len() < 22 {
        return false;
    }
    let tail = meta.len().min(65536 + 22);
    let mut buf = vec![0u8; tail as usize];
    if f.seek(SeekFrom::End(-(tail as i64))).is_err() || f.read_exact(&mut buf).is_err() {
        return false;
    }
    buf.windows(4).any(|w| w == b"PK\x05\x06")
}

/// `runpy._run_module_as_main(name, alter_argv)`: how CPython runs a zip
/// archive's `__main__` and modules found by path entry finders.
fn run_runpy(name: &str, alter_argv: bool) -> i32 {
    let r = crate::import::import_absolute("runpy").and_then(|runpy| {
        let f = protocol::getattr_str(&runpy, "_run_module_as_main")?;
        protocol::call(&f, &[&new_str(name), &crate::object::int::new_bool(alter_argv)], None)
    });
    match r {
        Ok(_) => 0,
        Err(e) => handle_exception(e.into_value()),
    }
}

fn run_runpy_main() -> i32 {
    run_runpy("__main__", false)
}

fn run_module(name: &str) -> i32 {
    let found = crate::import::find_main_module(name);
    let (modname, path, _pkg) = match found {
        Ok(Some(f)) => f,
        Ok(None) => return run_runpy(name, true),
        Err(e) => {
            let v = e.into_value();
            if v.is_instance_of(&crate::object::exceptions::IMPORT_ERROR) {
                let msg = as_exception(&v)
                    .and_then(|e| crate::object::tuple::tuple_slice(e.args()).and_then(|a| a.first()).and_then(|m| str_value(m).map(|s| s.to_string())))
                    .unwrap_or_default();
                io::write_stderr(&format!("{}: {}\n", PROG, msg.replace("No module named '", "No module named ").replace("';", ";").trim_end_matches('\'')));
                return 1;
            }
            return handle_exception(v);
        }
    };
    let path_s = path.to_string_lossy().into_owned();
    if let Some(a) = sys::get("argv") {
        let v = new_str(path_s.as_str());
        let zero = crate::object::int::new_int(0);
        let _ = protocol::setitem(&a, &zero, &v);
    }
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            let err = io::os_error_from_errno(e.raw_os_error().unwrap_or(libc::EIO), Some(&new_str(path_s.as_str())));
            return handle_exception(err.into_value());
        }
    };
    let text = match hooks::decode_source(&bytes, &path_s) {
        Ok(t) => t,
        Err(e) => return handle_exception(e.into_value()),
    };
    let m = main_module(Some(&path_s));
    let d = as_module(&m).unwrap().dict();
    let spec = crate::import::spec_for_main(&modname, &path);
    let package = modname.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default();
    dict_set_item_str(d, "__package__", new_str(package));
    if let Ok(Some(l)) = protocol::getattr_opt(&spec, crate::name!("loader")) {
        dict_set_item_str(d, "__loader__", l);
    }
    dict_set_item_str(d, "__spec__", spec);
    let code = match hooks::compile_to_code(&text, &path_s, CompileMode::Exec) {
        Ok(c) => c,
        Err(e) => return handle_exception(e.into_value()),
    };
    match hooks::exec_code(&code, d, None) {
        Ok(_) => 0,
        Err(e) => handle_exception(e.into_value()),
    }
}

/// `SystemExit.code`: the `code` attribute, else from the args.
fn exit_code(exc: &PyObject) -> PyRef {
    if let Ok(Some(c)) = protocol::getattr_opt(exc, crate::name!("code")) {
        return c;
    }
    match as_exception(exc).and_then(|e| crate::object::tuple::tuple_slice(e.args()).map(|a| a.to_vec())) {
        Some(a) if a.is_empty() => none(),
        Some(a) if a.len() == 1 => a[0].clone(),
        Some(a) => crate::object::tuple::new_tuple(a),
        None => none(),
    }
}

/// Report an uncaught exception and compute the exit status.
pub fn handle_exception(exc: PyRef) -> i32 {
    if exc.is_instance_of(&SYSTEM_EXIT) {
        let code = exit_code(&exc);
        if is_none(&code) {
            return EXITED;
        }
        if let Some(i) = as_int(&code) {
            let v = i.as_i64().unwrap_or(-1);
            return if v == 0 { EXITED } else { (v & 0xff) as i32 };
        }
        let _ = io::flush_std_streams();
        let text = protocol::str_string(&code).unwrap_or_default();
        io::write_stderr(&format!("{}\n", text));
        return 1;
    }
    print_uncaught(&exc);
    if exc.is_instance_of(&KEYBOARD_INTERRUPT) {
        let _ = io::flush_std_streams();
        crate::runtime::signals::exit_by_sigint();
    }
    1
}

/// `sys.excepthook(type, value, tb)`, ours directly when not replaced.
fn print_uncaught(exc: &PyObject) {
    let hook = sys::get("excepthook");
    let original = sys::get("__excepthook__");
    match (hook, original) {
        (Some(h), Some(o)) if !h.is(&o) && !is_none(&h) => {
            let tb = as_exception(exc).and_then(|e| e.traceback()).unwrap_or_else(none);
            let t = exc.type_().to_ref();
            if let Err(e) = protocol::call(&h, &[&t, exc, &tb], None) {
                io::write_stderr("Error in sys.excepthook:\n");
                hooks::print_exception(e.value());
                io::write_stderr("\nOriginal exception was:\n");
                hooks::print_exception(exc);
            }
        }
        _ => hooks::print_exception(exc),
    }
}

fn dis_file(path: &str) -> i32 {
    let abs = crate::import::absolute(std::path::Path::new(path)).to_string_lossy().into_owned();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(libc::EIO);
            io::write_stderr(&format!("{}: can't open file '{}': [Errno {}] {}\n", PROG, abs, errno, io::strerror(errno)));
            return 2;
        }
    };
    let r = hooks::decode_source(&bytes, &abs)
        .and_then(|t| hooks::compile_to_code(&t, &abs, CompileMode::Exec))
        .and_then(|c| hooks::disassemble(&c));
    match r {
        Ok(text) => match io::write_stdout(&text) {
            Ok(()) => 0,
            Err(e) => handle_exception(e.into_value()),
        },
        Err(e) => handle_exception(e.into_value()),
    }
}

// ---- the interactive loop ----

/// Whether a compile error means "the statement is not finished yet".
fn incomplete(msg: &str) -> bool {
    msg.contains("was never closed")
        || msg.contains("unterminated triple-quoted string")
        || msg.contains("unexpected EOF")
        || msg.contains("expected an indented block")
        || msg.contains("unexpected end of input")
}

/// Whether the first line opens a block (then input ends at an empty line).
fn opens_block(first: &str) -> bool {
    let t = first.trim_end();
    let code = match t.find('#') {
        Some(i) if !t[..i].contains(['\'', '"']) => t[..i].trim_end(),
        _ => t,
    };
    code.ends_with(':') || code.starts_with('@') || code.ends_with('\\')
}

/// Prompt on stderr (as CPython does without GNU readline), then read a
/// line from sys.stdin.
fn read_line_prompt(prompt: &str) -> PyResult<Option<String>> {
    if let Some(o) = sys::get("stdout").filter(|o| !is_none(o)) {
        io::stream_flush(&o)?;
    }
    io::write_stderr(prompt);
    let stdin = sys::get("stdin").filter(|s| !is_none(s)).ok_or_else(|| crate::object::exceptions::runtime_error("lost sys.stdin"))?;
    let line = match crate::modules::io_text::as_text(&stdin) {
        Some(t) => t.read_line(None)?,
        None => {
            let r = protocol::call_method(&stdin, crate::name!("readline"), &[])?;
            str_value(&r).unwrap_or("").to_string()
        }
    };
    if line.is_empty() {
        return Ok(None);
    }
    Ok(Some(line))
}

fn prompt(name: &str, default: &str) -> String {
    match sys::get(name) {
        Some(p) => protocol::str_string(&p).unwrap_or_else(|_| default.to_string()),
        None => default.to_string(),
    }
}

/// A simple REPL: `>>> `/`... ` prompts, multi-line statements, values of
/// expression statements printed (`single` mode).
pub fn repl(quiet: bool) -> i32 {
    let m = match sys::modules().is_exact(&crate::object::dict::DICT_TYPE) {
        true => match dict_get_str(&sys::modules(), &crate::object::str::intern("__main__")).map(|m| m.to_ref()) {
            Some(m) => m,
            None => main_module(None),
        },
        false => main_module(None),
    };
    sys::set("ps1", new_str(">>> "));
    sys::set("ps2", new_str("... "));
    // SAFETY: isatty only inspects the descriptor.
    let tty = unsafe { libc::isatty(0) } == 1;
    if tty && !quiet {
        io::write_stderr(&format!(
            "Python {} on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
            sys::version_string()
        ));
    }
    let d = as_module(&m).unwrap().dict();
    // site's `enablerlcompleter` leaves readline set-up to this hook.
    if let Some(hook) = sys::get("__interactivehook__").filter(|h| !is_none(h)) {
        if let Err(e) = protocol::call(&hook, &[], None) {
            io::write_stderr("Failed calling sys.__interactivehook__\n");
            print_uncaught(e.value());
        }
    }
    let mut buf = String::new();
    loop {
        let p = if buf.is_empty() { prompt("ps1", ">>> ") } else { prompt("ps2", "... ") };
        let line = match read_line_prompt(&p) {
            Ok(Some(l)) => l,
            Ok(None) => {
                io::write_stderr("\n");
                return 0;
            }
            Err(e) => {
                if e.matches(&KEYBOARD_INTERRUPT) {
                    io::write_stderr("\nKeyboardInterrupt\n");
                    buf.clear();
                    continue;
                }
                return handle_exception(e.into_value());
            }
        };
        let first = buf.is_empty();
        if first && line.trim().is_empty() {
            continue;
        }
        buf.push_str(&line);
        if !buf.ends_with('\n') {
            buf.push('\n');
        }
        let block = opens_block(buf.lines().next().unwrap_or(""));
        if block && !line.trim().is_empty() {
            continue;
        }
        let code = match hooks::compile_to_code(&buf, "<stdin>", CompileMode::Single) {
            Ok(c) => c,
            Err(e) => {
                let msg = protocol::str_string(e.value()).unwrap_or_default();
                if !block && incomplete(&msg) {
                    continue;
                }
                buf.clear();
                print_uncaught(e.value());
                continue;
            }
        };
        buf.clear();
        if let Err(e) = hooks::exec_code(&code, d, None) {
            let v = e.into_value();
            if v.is_instance_of(&SYSTEM_EXIT) {
                return handle_exception(v).max(0);
            }
            print_uncaught(&v);
        }
        let _ = crate::runtime::signals::take_interrupt();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Options, UsageError> {
        parse_args(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn parses_like_python() {
        let o = p(&["-u", "-c", "print(1)", "a", "-x"]).unwrap();
        assert!(o.unbuffered);
        assert_eq!(o.action, Action::Command("print(1)".into()));
        assert_eq!(o.args, vec!["a", "-x"]);
        let o = p(&["-Bcpass"]).unwrap();
        assert_eq!(o.action, Action::Command("pass".into()));
        let o = p(&["-m", "json.tool", "f"]).unwrap();
        assert_eq!(o.action, Action::Module("json.tool".into()));
        assert_eq!(o.args, vec!["f"]);
        let o = p(&["x.py", "-c", "1"]).unwrap();
        assert_eq!(o.action, Action::File("x.py".into()));
        assert_eq!(o.args, vec!["-c", "1"]);
        let o = p(&["-", "a"]).unwrap();
        assert_eq!(o.action, Action::Stdin);
        assert_eq!(o.args, vec!["a"]);
        assert_eq!(p(&["-V"]).unwrap().action, Action::Version(1));
        assert_eq!(p(&["--tier=interp", "--stats", "f.py"]).unwrap().action, Action::File("f.py".into()));
        assert!(p(&["--tier=bjit", "f.py"]).unwrap_err().0.contains("not available yet"));
        assert_eq!(p(&["--tier=llvm", "f.py"]).unwrap().tier, "llvm");
        assert!(p(&["-z"]).unwrap_err().0.starts_with("Unknown option: -z\n"));
        assert!(p(&["--foo"]).unwrap_err().0.starts_with("unknown option --foo\n"));
        assert!(p(&["-c"]).unwrap_err().0.starts_with("Argument expected for the -c option\n"));
        assert_eq!(p(&["--dis", "f.py"]).unwrap().action, Action::Dis("f.py".into()));
        let o = p(&["-IS", "f.py"]).unwrap();
        assert!(o.isolated && o.no_site && o.ignore_environment && o.no_user_site && o.safe_path);
        let o = p(&["-s", "-P", "f.py"]).unwrap();
        assert!(o.no_user_site && o.safe_path && !o.no_site && !o.isolated && !o.ignore_environment);
    }

    #[test]
    fn block_detection() {
        assert!(opens_block("for i in x:"));
        assert!(opens_block("def f():  # comment"));
        assert!(opens_block("@dec"));
        assert!(!opens_block("x = {'a:': 1}"));
        assert!(!opens_block("print(1)"));
    }
}
