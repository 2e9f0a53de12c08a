//! `kubesim`: the native terminal on the simulation engine. Reads command lines
//! from standard input (or a file) and prints what the browser terminal would
//! print, stdout and stderr apart. `kubesim -c 'LINE'` runs one line and exits
//! with its status, as `bash -c` does.

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use kubesim::{scenario, Output, Shell, Stream};

const USAGE: &str = "\
Usage: kubesim [-c LINE] [FILE]

Runs command lines (kubectl …) against a simulated Amazon EKS cluster.

  -c LINE      run one command line and exit with its status
  FILE         read command lines from FILE instead of standard input
  -h, --help   show this help

The cluster starts from the default scenario.
";

enum Input {
    Line(String),
    File(String),
    Stdin,
}

fn parse_args(args: &[String]) -> Result<Option<Input>, String> {
    match args {
        [] => Ok(Some(Input::Stdin)),
        [flag] if flag == "-h" || flag == "--help" => Ok(None),
        [flag] if flag == "-c" => Err("-c: option requires an argument".to_owned()),
        [flag, line] if flag == "-c" => Ok(Some(Input::Line(line.clone()))),
        [path] if !path.starts_with('-') || path == "-" => {
            Ok(Some(if path == "-" { Input::Stdin } else { Input::File(path.clone()) }))
        }
        _ => Err(format!("unexpected arguments: {}", args.join(" "))),
    }
}

fn emit(output: &Output) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    let mut stderr = io::stderr().lock();
    for (stream, text) in &output.chunks {
        match stream {
            Stream::Stdout => stdout.write_all(text.as_bytes())?,
            Stream::Stderr => {
                stdout.flush()?;
                stderr.write_all(text.as_bytes())?;
            }
        }
    }
    stdout.flush()
}

fn run_lines(shell: &mut Shell, reader: impl BufRead) -> io::Result<i32> {
    let mut status = 0;
    for line in reader.lines() {
        let output = shell.run(&line?);
        emit(&output)?;
        status = output.status;
    }
    Ok(status)
}

fn exit_code(status: i32) -> ExitCode {
    ExitCode::from(u8::try_from(status.rem_euclid(256)).unwrap_or(1))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let input = match parse_args(&args) {
        Ok(Some(input)) => input,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprint!("kubesim: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut shell = Shell::new(scenario::default_cluster());
    let result = match input {
        Input::Line(line) => {
            let output = shell.run(&line);
            emit(&output).map(|()| output.status)
        }
        Input::Stdin => run_lines(&mut shell, io::stdin().lock()),
        Input::File(path) => match std::fs::File::open(&path) {
            Ok(file) => run_lines(&mut shell, io::BufReader::new(file)),
            Err(e) => {
                eprintln!("kubesim: {path}: {e}");
                return ExitCode::from(2);
            }
        },
    };
    match result {
        Ok(status) => exit_code(status),
        Err(e) => {
            eprintln!("kubesim: {e}");
            ExitCode::from(2)
        }
    }
}
