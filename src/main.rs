//! The `pyexe` command line: `build`, `run` and `check`.
use clap::{Parser, Subcommand, ValueEnum};
use pyexe::driver::{self, Emit, Failure, Options};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "pyexe", version, about = "Compile a Python program into one small, fast native executable")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile FILE into a native executable
    Build {
        file: PathBuf,
        /// Output path (default: FILE without its .py extension)
        #[arg(short = 'o', long = "output")]
        output: Option<PathBuf>,
        /// Optimisation level
        #[arg(short = 'O', default_value_t = 2, value_parser = clap::value_parser!(u8).range(0..=3))]
        opt: u8,
        /// Write an intermediate artifact instead of an executable
        #[arg(long, value_enum)]
        emit: Option<EmitKind>,
        /// Keep the temporary directory with the object file and runtime
        #[arg(long)]
        keep_temps: bool,
        /// Keep symbols in the executable
        #[arg(long)]
        debug: bool,
        /// Print nothing but errors
        #[arg(short, long)]
        quiet: bool,
        /// Print what is done and how long it takes
        #[arg(short, long)]
        verbose: bool,
    },
    /// Compile FILE into a temporary executable and run it with ARGS
    Run {
        file: PathBuf,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Report diagnostics for FILE without generating code
    Check { file: PathBuf },
}

#[derive(Clone, Copy, ValueEnum)]
enum EmitKind {
    LlvmIr,
    Asm,
    Obj,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The parser and the passes recurse over the program: give deeply nested input room
    // (the memory is only committed as it is used).
    let worker = std::thread::Builder::new().stack_size(1 << 30).spawn(move || run(cli));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("error: internal compiler error");
            ExitCode::from(101)
        }
    }
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Build { file, output, opt, emit, keep_temps, debug, quiet, verbose } => {
            let emit = match emit {
                None => Emit::Exe,
                Some(EmitKind::LlvmIr) => Emit::LlvmIr,
                Some(EmitKind::Asm) => Emit::Asm,
                Some(EmitKind::Obj) => Emit::Obj,
            };
            let out = output.unwrap_or_else(|| default_output(&file, emit));
            let opts = Options { opt_level: opt, emit, debug, keep_temps };
            let start = std::time::Instant::now();
            let r = with_progress(quiet, |progress| driver::build(&file, &out, &opts, progress));
            if r.is_ok() && verbose && !quiet {
                eprintln!("pyexe: built {} in {:.0} ms", out.display(), start.elapsed().as_secs_f64() * 1000.0);
            }
            report(r)
        }
        Command::Run { file, args } => {
            let dir = match tempfile::Builder::new().prefix("pyexe-run").tempdir() {
                Ok(d) => d,
                Err(e) => {
                    eprintln!("error: cannot create a temporary directory: {e}");
                    return ExitCode::from(1);
                }
            };
            let exe = dir.path().join("program");
            let r = with_progress(true, |p| driver::build(&file, &exe, &Options::default(), p));
            if r.is_err() {
                return report(r);
            }
            match std::process::Command::new(&exe).args(&args).status() {
                Ok(status) => ExitCode::from(exit_byte(status)),
                Err(e) => {
                    eprintln!("error: cannot run the program: {e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Check { file } => report(driver::check(&file)),
    }
}

fn exit_byte(status: std::process::ExitStatus) -> u8 {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(c), _) => c as u8,
        (None, Some(sig)) => 128u8.wrapping_add(sig as u8),
        _ => 1,
    }
}

fn default_output(file: &Path, emit: Emit) -> PathBuf {
    let stem = file.with_extension("");
    match emit {
        Emit::Exe => stem,
        Emit::LlvmIr => stem.with_extension("ll"),
        Emit::Asm => stem.with_extension("s"),
        Emit::Obj => stem.with_extension("o"),
    }
}

/// Runs a build with an indicatif progress bar when stderr is a terminal.
fn with_progress<T>(quiet: bool, f: impl FnOnce(&mut dyn FnMut(usize)) -> T) -> T {
    if quiet || !std::io::stderr().is_terminal() {
        return f(&mut |_| {});
    }
    let bar = indicatif::ProgressBar::new(driver::STAGES.len() as u64);
    bar.set_style(indicatif::ProgressStyle::with_template("{bar:20} {msg}").unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()));
    let r = f(&mut |stage| {
        bar.set_position(stage as u64);
        bar.set_message(driver::STAGES.get(stage).copied().unwrap_or(""));
    });
    bar.finish_and_clear();
    r
}

fn report(r: Result<(), Failure>) -> ExitCode {
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Rejected(text)) => {
            eprint!("{text}");
            ExitCode::from(1)
        }
        Err(Failure::Internal(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}
