//! The command line: which subcommand to run, and the ones that need no window.

mod report;

pub use crate::app::GuiOptions;
pub use crate::report::render::ReportFormat;
pub use report::{ReportOptions, SOME_SKIPPED, render as render_report, report};

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::export::{Format, render};
use crate::i18n::Language;
use crate::store::{DataDir, load_session, read_plan, write_export};

/// What the user asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// Open the app window.
    Gui(GuiOptions),
    /// Check session files without writing anything.
    Check(Vec<PathBuf>),
    /// Write a document made from a session file, or (`plan`) the yearly plan from a plan file.
    Export {
        /// The session file, or the plan file.
        file: PathBuf,
        /// Whether `file` is a yearly plan (`sinhhoat plan`).
        plan: bool,
        /// What to make.
        format: Format,
        /// Where to write it.
        output: PathBuf,
        /// Whether an existing file at `output` may be replaced.
        force: bool,
        /// `--data-dir`: whose sessions folder is never written.
        data_dir: Option<PathBuf>,
    },
    /// Write the party committee's report from many session files.
    Report(ReportOptions),
    /// Print the help.
    Help,
    /// Print the version.
    Version,
}

/// The formats `export` makes, as `--format` names them.
const EXPORT_FORMATS: &str = "docx, md, html, csv, members-csv, readiness, notice-docx, notice-md, notice-txt, extract-docx, extract-md";
/// The formats `plan` makes.
const PLAN_FORMATS: &str = "docx, md";

/// A command line that could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CliError {
    /// An argument that means nothing here.
    #[error("unknown argument {0:?}")]
    UnknownArgument(String),
    /// An option given without its value.
    #[error("{0} needs a value")]
    MissingValue(&'static str),
    /// `check` with no file.
    #[error("no file to check")]
    NoFiles,
    /// `export` or `report` with a format it cannot make; the formats that command has.
    #[error("unknown format {0:?}")]
    UnknownFormat(String, &'static str),
    /// An option's value that cannot be right, such as `--quarter 5`.
    #[error("{0}: bad value {1:?}")]
    BadValue(&'static str, String),
}

impl CliError {
    /// The message for the user, in `language`.
    pub fn describe(&self, language: Language) -> String {
        let strings = language.strings();
        match self {
            Self::UnknownArgument(arg) => (strings.cli_unknown_argument)(arg),
            Self::MissingValue(option) => (strings.cli_missing_value)(option),
            Self::NoFiles => strings.cli_no_files.to_owned(),
            Self::UnknownFormat(name, formats) => (strings.cli_unknown_format)(name, formats),
            Self::BadValue(option, value) => (strings.cli_bad_value)(option, value),
        }
    }
}

/// Reads the arguments (without the program name). Returns the language asked for too, so
/// that an error can be reported in it.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> (Language, Result<Request, CliError>) {
    let mut options = GuiOptions::default();
    let mut words = Vec::new();
    let mut flags = ExportFlags::default();
    let mut args = args.into_iter();
    let mut result = Ok(());
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--help" | "-h") => return (language(&options), Ok(Request::Help)),
            Some("--version" | "-V") => return (language(&options), Ok(Request::Version)),
            Some("--live") => options.live = true,
            Some("--report-frames") => options.report_frames = true,
            Some("--data-dir") => match args.next() {
                Some(dir) => options.data_dir = Some(PathBuf::from(dir)),
                None => result = Err(CliError::MissingValue("--data-dir")),
            },
            Some("--lang") => match args.next().as_deref().and_then(|v| v.to_str()) {
                Some(code) => match Language::from_code(code) {
                    Some(chosen) => options.language = Some(chosen),
                    None => result = Err(CliError::UnknownArgument(code.to_owned())),
                },
                None => result = Err(CliError::MissingValue("--lang")),
            },
            Some("--format") => match args.next() {
                Some(name) => flags.format = Some(name.to_string_lossy().into_owned()),
                None => result = Err(CliError::MissingValue("--format")),
            },
            Some("--force") => flags.force = true,
            Some(option @ ("--year" | "--quarter" | "--as-of" | "--number" | "--superior" | "--signer")) => {
                let option = match option {
                    "--year" => "--year",
                    "--quarter" => "--quarter",
                    "--number" => "--number",
                    "--superior" => "--superior",
                    "--signer" => "--signer",
                    _ => "--as-of",
                };
                match args.next() {
                    Some(value) => flags.report.push((option, value.to_string_lossy().into_owned())),
                    None => result = Err(CliError::MissingValue(option)),
                }
            }
            Some("-o" | "--output") => match args.next() {
                Some(path) => flags.output = Some(PathBuf::from(path)),
                None => result = Err(CliError::MissingValue("-o")),
            },
            Some(flag) if flag.starts_with("--") => {
                result = Err(CliError::UnknownArgument(flag.to_owned()));
            }
            _ => words.push(arg),
        }
    }
    let language = language(&options);
    (language, result.and_then(|()| command(words, options, flags)))
}

fn language(options: &GuiOptions) -> Language {
    options.language.unwrap_or_default()
}

/// `--format`, `-o` and `--force`, used by `export` and `report`; `--year`, `--quarter` and
/// `--as-of` with their values, used by `report`.
#[derive(Debug, Default)]
struct ExportFlags {
    format: Option<String>,
    output: Option<PathBuf>,
    force: bool,
    report: Vec<(&'static str, String)>,
}

fn command(words: Vec<OsString>, mut options: GuiOptions, flags: ExportFlags) -> Result<Request, CliError> {
    let mut words = words.into_iter();
    let Some(first) = words.next() else {
        return Ok(Request::Gui(options));
    };
    let rest: Vec<PathBuf> = words.map(PathBuf::from).collect();
    match first.to_str() {
        Some("check") if rest.is_empty() => Err(CliError::NoFiles),
        Some("check") => Ok(Request::Check(rest)),
        Some(word @ ("export" | "plan")) => {
            let plan = word == "plan";
            let [file] = <[PathBuf; 1]>::try_from(rest)
                .map_err(|_| CliError::MissingValue(if plan { "plan" } else { "export" }))?;
            let name = flags.format.ok_or(CliError::MissingValue("--format"))?;
            let format = match (Format::from_name(&name), plan) {
                (Some(format @ (Format::Docx | Format::Markdown)), true) => format,
                (Some(format), false) => format,
                (_, true) => return Err(CliError::UnknownFormat(name, PLAN_FORMATS)),
                (None, false) => return Err(CliError::UnknownFormat(name, EXPORT_FORMATS)),
            };
            let output = flags.output.ok_or(CliError::MissingValue("-o"))?;
            let data_dir = options.data_dir.clone();
            Ok(Request::Export { file, plan, format, output, force: flags.force, data_dir })
        }
        Some("report") => {
            report::parse(rest, flags.format, flags.output, flags.force, &flags.report).map(|command| {
                match command {
                    Request::Report(report) => {
                        Request::Report(ReportOptions { data_dir: options.data_dir.clone(), ..report })
                    }
                    other => other,
                }
            })
        }
        Some("open") => match <[PathBuf; 1]>::try_from(rest) {
            Ok([file]) => {
                options.open = Some(file);
                Ok(Request::Gui(options))
            }
            Err(rest) if rest.is_empty() => Err(CliError::MissingValue("open")),
            Err(rest) => Err(CliError::UnknownArgument(
                rest.get(1).map(|arg| arg.display().to_string()).unwrap_or_default(),
            )),
        },
        _ => Err(CliError::UnknownArgument(first.to_string_lossy().into_owned())),
    }
}

/// Checks each file and writes one line per bad file; returns the process exit code: 0 when
/// every file is a valid session, 1 otherwise. Nothing is ever written to the files.
pub fn check(files: &[PathBuf], language: Language, out: &mut impl Write) -> i32 {
    let strings = language.strings();
    let mut failed = false;
    for file in files {
        let line = match load_session(file) {
            Ok(_) => format!("{}: {}", file.display(), strings.cli_valid),
            Err(error) => {
                failed = true;
                format!("{}: {}", file.display(), (strings.load_error)(&error))
            }
        };
        // A closed standard output must not turn a check into a panic.
        let _ = writeln!(out, "{line}");
    }
    i32::from(failed)
}

/// Makes the document asked for and writes it atomically; returns the exit code (0 done,
/// 1 the file could not be read or the document not written).
/// `sinhhoat export`: writes the session `file` as `format` to `output` (`sinhhoat plan`: the
/// yearly plan in plan `file`). An existing
/// `output` is left alone unless `force`; the session itself, or any file in the data
/// folder's sessions (`data_dir`, else the environment's), is never written; nor is anything
/// but a regular file replaced.
pub fn export(
    (file, plan, format, output, force, data_dir): (&Path, bool, Format, &Path, bool, Option<PathBuf>),
    language: Language,
    out: &mut impl Write,
) -> i32 {
    let strings = language.strings();
    let sessions = DataDir::from_environment(data_dir);
    if crate::store::same_file(file, output) || sessions.holds_session(output) {
        let _ = writeln!(
            out,
            "{}",
            (strings.export_refused_sessions)(&sessions.sessions().display().to_string())
        );
        return 1;
    }
    if crate::store::not_replaceable(output) {
        let _ = writeln!(out, "{}", (strings.export_not_regular)(&output.display().to_string()));
        return 1;
    }
    if output.exists() && !force {
        let _ = writeln!(out, "{}", (strings.export_exists)(&output.display().to_string()));
        return 1;
    }
    let today = chrono::Local::now().fixed_offset();
    let bytes = match plan {
        true => read_plan(file).map(|plan| crate::export::render_plan(&plan, format, language, today)),
        // A file read from disk is a record: a speech left open in it is reported with the time
        // it records (marked unfinished), not counted on to this day's clock.
        false => load_session(file)
            .map(|session| render(format, &session, language, session.open_span_latest().unwrap_or(today))),
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(error) => {
            let _ = writeln!(out, "{}: {}", file.display(), (strings.load_error)(&error));
            return 1;
        }
    };
    match write_export(output, &bytes) {
        Ok(()) => {
            let _ = writeln!(out, "{}", (strings.exported)(&output.display().to_string()));
            0
        }
        Err(error) => {
            let _ = writeln!(out, "{}: {}", output.display(), (strings.cli_write_failed)(&error));
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{CliError, GuiOptions, Request, parse};
    use crate::i18n::Language;
    use std::ffi::OsString;
    use std::path::PathBuf;

    fn run(args: &[&str]) -> (Language, Result<Request, CliError>) {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn no_arguments_open_the_app() {
        assert_eq!(run(&[]).1, Ok(Request::Gui(GuiOptions::default())));
    }

    #[test]
    fn open_takes_one_file_and_options_anywhere() {
        let (language, command) =
            run(&["open", "họp.json", "--data-dir", "/d", "--lang", "en", "--report-frames"]);
        assert_eq!(language, Language::English);
        assert_eq!(
            command,
            Ok(Request::Gui(GuiOptions {
                data_dir: Some("/d".into()),
                open: Some("họp.json".into()),
                language: Some(Language::English),
                live: false,
                report_frames: true,
            }))
        );
        assert_eq!(run(&["open"]).1, Err(CliError::MissingValue("open")));
        assert_eq!(run(&["open", "a", "b"]).1, Err(CliError::UnknownArgument("b".into())));
    }

    #[test]
    fn check_needs_files_and_unknown_words_are_refused() {
        assert_eq!(
            run(&["check", "a.json", "b.json"]).1,
            Ok(Request::Check(vec![PathBuf::from("a.json"), PathBuf::from("b.json")]))
        );
        assert_eq!(run(&["check"]).1, Err(CliError::NoFiles));
        assert_eq!(run(&["frobnicate"]).1, Err(CliError::UnknownArgument("frobnicate".into())));
        assert_eq!(run(&["--bogus"]).1, Err(CliError::UnknownArgument("--bogus".into())));
        assert_eq!(run(&["--data-dir"]).1, Err(CliError::MissingValue("--data-dir")));
        assert_eq!(run(&["check", "x", "--help"]).1, Ok(Request::Help));
    }
}
