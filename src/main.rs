//! Starts the app window or runs a command-line subcommand; nothing else.
//!
//! On Windows this is a windowed program: started from Explorer or the Start menu, no console
//! window opens with it. The command line is served there by its console twin, `sinhhoat.com`
//! (`scripts/windows/console_twin.py`), which a console finds first when `sinhhoat` is typed.

#![windows_subsystem = "windows"]

use std::process::ExitCode;

use sinhhoat::cli::{self, Request};
use sinhhoat::i18n::HELP;

fn main() -> ExitCode {
    let (language, command) = cli::parse(std::env::args_os().skip(1));
    let code = match command {
        Err(error) => {
            eprintln!("{}", error.describe(language));
            2
        }
        Ok(Request::Help) => {
            print!("{HELP}");
            0
        }
        Ok(Request::Version) => {
            println!("sinhhoat {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Ok(Request::Check(files)) => cli::check(&files, language, &mut std::io::stdout()),
        Ok(Request::Export { file, plan, format, output, force, data_dir }) => {
            cli::export((&file, plan, format, &output, force, data_dir), language, &mut std::io::stdout())
        }
        Ok(Request::Report(options)) => {
            cli::report(&options, language, &mut std::io::stdout(), &mut std::io::stderr())
        }
        Ok(Request::Gui(options)) => match sinhhoat::ui::run(options) {
            Ok(()) => 0,
            Err(error) => {
                eprintln!("{}", (language.strings().cli_gui_failed)(&error.to_string()));
                1
            }
        },
    };
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
