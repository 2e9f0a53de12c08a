//! `kubesim`: the native terminal on the simulation engine. Reads command lines
//! from standard input (or a file) and prints what the browser terminal would
//! print, stdout and stderr apart. `kubesim -c 'LINE'` runs one line and exits
//! with its status, as `bash -c` does. For lesson authors, `--lesson` watches
//! a lesson's goals and `--check-lessons` checks the whole course.

mod check;
mod lesson;

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use kubesim::lessons::Attempt;
use kubesim::shell::builtin::clear;
use kubesim::shell::Language;
use kubesim::{scenario, Output, Shell, Stream};

const USAGE: &str = "\
Usage: kubesim [--scenario NAME|PATH | --lesson PATH] [--seed N] [--lang en|ja]
               [--transcript] [-c LINE | FILE]
       kubesim --list-scenarios
       kubesim --check-lessons DIR

Runs command lines (kubectl …) against a simulated Amazon EKS cluster.

  -c LINE               run one command line and exit with its status
  FILE                  read command lines from FILE instead of standard input
  --scenario NAME|PATH  start from a stock scenario or a scenario file
                        (default: basic)
  --lesson PATH         start from a lesson's scenario (a .lesson file) and
                        write `kubesim: step K done` to stderr the moment
                        step K's goal holds
  --seed N              the seed for generated names and addresses
                        (default: the scenario's own)
  --lang en|ja          the language of the shell's own commands (help,
                        reset, exit); kubectl and aws speak English
                        (default: en)
  --transcript          print each line and its output in the transcript
                        format of tests/transcripts (`$` line, `>` stdout,
                        `!` stderr, `%` no newline at the end, `? N` status)
  --list-scenarios      list the stock scenarios
  --check-lessons DIR   check every lesson in DIR (content/): both languages
                        tell the same steps, no goal holds at the start, and
                        the solutions, replayed in order, reach each goal and
                        none before its own step
  -h, --help            show this help
";

enum Input {
    Line(String),
    File(String),
    Stdin,
}

/// Where the session starts.
enum Start {
    Scenario(String),
    Lesson(String),
}

enum Command {
    Run { start: Start, seed: Option<u64>, language: Language, input: Input, transcript: bool },
    List,
    CheckLessons(String),
    Help,
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut start = None;
    let mut seed = None;
    let mut language = Language::default();
    let mut input = None;
    let mut transcript = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value =
            |name: &str| rest.next().cloned().ok_or(format!("{name}: option requires an argument"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(Command::Help),
            "--list-scenarios" => return Ok(Command::List),
            "--check-lessons" => return Ok(Command::CheckLessons(value("--check-lessons")?)),
            "--transcript" => transcript = true,
            "--scenario" | "--lesson" => {
                let path = value(arg)?;
                let chosen = if arg == "--lesson" { Start::Lesson(path) } else { Start::Scenario(path) };
                if start.replace(chosen).is_some() {
                    return Err("give one of --scenario and --lesson".to_owned());
                }
            }
            "--lang" => {
                let code = value("--lang")?;
                language = Language::from_code(&code).ok_or(format!("--lang: not en or ja: {code}"))?;
            }
            "--seed" => {
                let text = value("--seed")?;
                seed = Some(text.parse().map_err(|_| format!("--seed: not a number: {text}"))?);
            }
            "-c" => {
                let line = value("-c")?;
                if input.replace(Input::Line(line)).is_some() {
                    return Err("give one of -c LINE and FILE".to_owned());
                }
            }
            path if !path.starts_with('-') || path == "-" => {
                let source = if path == "-" { Input::Stdin } else { Input::File(path.to_owned()) };
                if input.replace(source).is_some() {
                    return Err("give one of -c LINE and FILE".to_owned());
                }
            }
            other => return Err(format!("unknown option: {other}")),
        }
    }
    let start = start.unwrap_or_else(|| Start::Scenario(scenario::DEFAULT.to_owned()));
    Ok(Command::Run { start, seed, language, input: input.unwrap_or(Input::Stdin), transcript })
}

/// A stock scenario by name, else a scenario file by path.
fn load(name: &str, seed: Option<u64>) -> Result<(scenario::About, kubesim::sim::Cluster), String> {
    let built = match scenario::builtin(name, seed) {
        Some(built) => built,
        None => {
            let text = std::fs::read_to_string(name).map_err(|e| {
                let names: Vec<&str> = scenario::BUILTIN.iter().map(|(n, _)| *n).collect();
                format!("{name}: not a stock scenario ({}) nor a readable file: {e}", names.join(", "))
            })?;
            scenario::from_source(&text, seed)
        }
    };
    built.map_err(|e| format!("{name}: {e}"))
}

/// What reaches stdout: the escape that clears the screen first, if asked.
fn stdout_text(output: &Output) -> String {
    let clear = if output.clear_screen { clear::ESCAPE } else { "" };
    format!("{clear}{}", output.stdout())
}

/// One case of a transcript file: the line, then each stream's lines tagged.
fn transcript_case(line: &str, output: &Output) -> String {
    let mut case = format!("$ {line}\n");
    for (tag, text) in [('>', stdout_text(output)), ('!', output.stderr())] {
        for l in text.split_inclusive('\n') {
            match l.strip_suffix('\n') {
                Some("") => case.push_str(&format!("{tag}\n")),
                Some(l) => case.push_str(&format!("{tag} {l}\n")),
                None => case.push_str(&format!("{tag} {l}\n%\n")),
            }
        }
    }
    if output.status != 0 {
        case.push_str(&format!("? {}\n", output.status));
    }
    case.push('\n');
    case
}

fn emit(output: &Output) -> io::Result<()> {
    let mut stdout = io::stdout().lock();
    let mut stderr = io::stderr().lock();
    if output.clear_screen {
        stdout.write_all(clear::ESCAPE.as_bytes())?;
    }
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

/// Runs each line, with the lesson's goals watched when there is one.
fn run_lines(
    shell: &mut Shell,
    mut attempt: Option<&mut Attempt>,
    reader: impl BufRead,
    transcript: bool,
) -> io::Result<i32> {
    let mut status = 0;
    for line in reader.lines() {
        let line = line?;
        let (output, done) = match attempt.as_deref_mut() {
            Some(attempt) => attempt.run(shell, &line, &mut lesson::tell),
            None => (shell.run(&line), 0..0),
        };
        if transcript {
            io::stdout().lock().write_all(transcript_case(&line, &output).as_bytes())?;
        } else {
            emit(&output)?;
            status = output.status;
        }
        lesson::tell(done);
    }
    Ok(status)
}

fn exit_code(status: i32) -> ExitCode {
    ExitCode::from(u8::try_from(status.rem_euclid(256)).unwrap_or(1))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (start, seed, language, input, transcript) = match parse_args(&args) {
        Ok(Command::Run { start, seed, language, input, transcript }) => {
            (start, seed, language, input, transcript)
        }
        Ok(Command::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::List) => {
            for (name, text) in scenario::BUILTIN {
                let about = scenario::describe(text);
                println!("{name:<20}{about}");
            }
            return ExitCode::SUCCESS;
        }
        Ok(Command::CheckLessons(dir)) => {
            return match check::check_lessons(&dir) {
                Ok(report) => {
                    println!("{}", report.join("\n"));
                    ExitCode::SUCCESS
                }
                Err(message) => {
                    eprintln!("kubesim: {message}");
                    ExitCode::from(1)
                }
            }
        }
        Err(message) => {
            eprint!("kubesim: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let opened = match start {
        Start::Scenario(name) => {
            load(&name, seed).map(|(about, cluster)| (None, Shell::for_scenario(&about, cluster)))
        }
        Start::Lesson(_) if seed.is_some() => {
            Err("--seed: a lesson starts from its scenario's own seed".to_owned())
        }
        Start::Lesson(path) => lesson::open(&path).map(|(attempt, shell)| (Some(attempt), shell)),
    };
    let (mut attempt, mut shell) = match opened {
        Ok(opened) => opened,
        Err(message) => {
            eprintln!("kubesim: {message}");
            return ExitCode::from(2);
        }
    };
    shell.set_language(language);
    let attempt = attempt.as_mut();
    let result = match input {
        Input::Line(line) => run_lines(&mut shell, attempt, line.as_bytes(), transcript),
        Input::Stdin => run_lines(&mut shell, attempt, io::stdin().lock(), transcript),
        Input::File(path) => match std::fs::File::open(&path) {
            Ok(file) => run_lines(&mut shell, attempt, io::BufReader::new(file), transcript),
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
