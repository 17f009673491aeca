//! The session list: open, create, duplicate, rename, delete to the trash and restore;
//! put back the previous version of a file that no longer reads; import and export through
//! the file dialog or, where none opens, a typed path.

use crate::sample::Sample;
use std::path::{Path, PathBuf};

use eframe::egui::{self, Color32, RichText, TextEdit, Ui};

use super::theme;
use crate::app::{Action, Listing};
use crate::i18n::Strings;
use crate::settings::ThemeChoice;
use crate::store::{SessionEntry, TrashEntry};

/// The list screen's own state: what is being renamed or deleted, and the typed paths.
#[derive(Debug, Clone, Default)]
pub struct SessionsView {
    renaming: Option<(PathBuf, String)>,
    confirming_delete: Option<PathBuf>,
    import_path: String,
    export_path: String,
}

impl SessionsView {
    /// Proposes `exports/NAME.json` as the export target for the session at `path`.
    pub fn set_export_target(&mut self, exports: &Path, path: &Path) {
        let name = path.file_name().unwrap_or_default();
        self.export_path = exports.join(name).display().to_string();
    }

    /// Ends the rename in progress once it succeeded.
    pub fn finish_rename(&mut self) {
        self.renaming = None;
    }

    /// Draws the list and emits the user's actions.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        strings: &Strings,
        listing: &Listing,
        open: Option<&Path>,
        choice: ThemeChoice,
        actions: &mut Vec<Action>,
    ) {
        egui::ScrollArea::vertical().auto_shrink([false; 2]).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(strings.sessions_heading);
                if ui.button(strings.session_new_empty).clicked() {
                    actions.push(Action::NewEmpty);
                }
                if ui.button(strings.session_new_sample).clicked() {
                    actions.push(Action::NewFromSample(Sample::Fresh));
                }
                if ui.button(strings.session_new_held_sample).clicked() {
                    actions.push(Action::NewFromSample(Sample::Held));
                }
                if ui.button(strings.refresh).clicked() {
                    actions.push(Action::Refresh);
                }
            });
            ui.add_space(theme::GAP_SMALL);
            if listing.entries.is_empty() {
                ui.label(strings.sessions_empty);
            }
            for entry in &listing.entries {
                let is_open = open == Some(entry.path.as_path());
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    self.entry(ui, strings, entry, is_open, choice, actions);
                });
            }
            ui.add_space(theme::GAP_LARGE);
            self.transfers(ui, strings, open.is_some(), actions);
            ui.add_space(theme::GAP_LARGE);
            trash(ui, strings, &listing.trash, actions);
        });
    }

    fn entry(
        &mut self,
        ui: &mut Ui,
        strings: &Strings,
        entry: &SessionEntry,
        is_open: bool,
        choice: ThemeChoice,
        actions: &mut Vec<Action>,
    ) {
        let name = RichText::new(&entry.name).strong();
        ui.label(if is_open { name.underline() } else { name });
        match &entry.content {
            Ok(summary) => {
                let title = if summary.title.is_empty() { strings.untitled } else { &summary.title };
                let mut details = vec![title.to_owned()];
                details.extend((!summary.cell.is_empty()).then(|| summary.cell.clone()));
                details.extend(summary.date.map(|date| date.format("%d/%m/%Y").to_string()));
                details.push((strings.members_count)(summary.members));
                ui.label(details.join(" · "));
            }
            Err(error) => {
                let message = format!("{}: {}", strings.session_unreadable, (strings.load_error)(error));
                ui.colored_label(theme::error_colour(choice), message);
                if let Some(backup) = &entry.backup {
                    let saved = backup.saved.map(|saved| {
                        chrono::DateTime::<chrono::Local>::from(saved).format("%H:%M:%S %d/%m/%Y").to_string()
                    });
                    ui.label((strings.backup_available)(&backup.summary.title, saved.as_deref()));
                }
            }
        }
        if let Some((path, name)) = self.renaming.as_mut().filter(|(path, _)| *path == entry.path) {
            let mut cancelled = false;
            ui.horizontal(|ui| {
                let label = ui.label(strings.rename_label);
                ui.add(TextEdit::singleline(name).char_limit(200)).labelled_by(label.id);
                if ui.button(strings.session_rename).clicked() {
                    actions.push(Action::Rename(path.clone(), name.clone()));
                }
                cancelled = ui.button(strings.cancel).clicked();
            });
            if cancelled {
                self.renaming = None;
            }
            return;
        }
        if self.confirming_delete.as_ref() == Some(&entry.path) {
            ui.horizontal_wrapped(|ui| {
                ui.label((strings.delete_confirm)(&entry.name));
                if ui.button(strings.confirm).clicked() {
                    actions.push(Action::Trash(entry.path.clone()));
                    self.confirming_delete = None;
                }
                if ui.button(strings.cancel).clicked() {
                    self.confirming_delete = None;
                }
            });
            return;
        }
        ui.horizontal(|ui| {
            let readable = entry.content.is_ok();
            if ui.add_enabled(readable, egui::Button::new(strings.session_open)).clicked() {
                actions.push(Action::Open(entry.path.clone()));
            }
            if ui.add_enabled(readable, egui::Button::new(strings.session_duplicate)).clicked() {
                actions.push(Action::Duplicate(entry.path.clone()));
            }
            if ui.button(strings.session_rename).clicked() {
                self.renaming = Some((entry.path.clone(), entry.name.clone()));
            }
            if ui.button(strings.session_delete).clicked() {
                self.confirming_delete = Some(entry.path.clone());
            }
            if entry.backup.is_some() && ui.button(strings.restore_backup).clicked() {
                actions.push(Action::RestoreBackup(entry.path.clone()));
            }
        });
    }

    fn transfers(&mut self, ui: &mut Ui, strings: &Strings, has_open: bool, actions: &mut Vec<Action>) {
        ui.label(RichText::new(strings.dialog_fallback_hint).color(Color32::GRAY));
        let import = (strings.import_heading, strings.import_button, true);
        match path_row(ui, strings, import, &mut self.import_path) {
            Some(PathChoice::Dialog) => actions.push(Action::PickImport),
            Some(PathChoice::Typed(path)) => actions.push(Action::Import(path)),
            None => {}
        }
        let export = (strings.export_heading, strings.export_button, has_open);
        match path_row(ui, strings, export, &mut self.export_path) {
            Some(PathChoice::Dialog) => actions.push(Action::PickExportSession),
            Some(PathChoice::Typed(path)) => actions.push(Action::ExportSession(path)),
            None => {}
        }
    }
}

/// How the user gave a path.
enum PathChoice {
    /// Asked for the system's file dialog.
    Dialog,
    /// Typed it and confirmed.
    Typed(PathBuf),
}

/// A heading, a dialog button, a path field and its confirm button, all disabled unless
/// `enabled`. The field is labelled by the heading.
fn path_row(
    ui: &mut Ui,
    strings: &Strings,
    (heading, button, enabled): (&str, &str, bool),
    path: &mut String,
) -> Option<PathChoice> {
    let mut choice = None;
    ui.add_enabled_ui(enabled, |ui| {
        let heading = ui.strong(heading);
        ui.horizontal(|ui| {
            if ui.button(strings.choose_file).clicked() {
                choice = Some(PathChoice::Dialog);
            }
            ui.label(strings.path_label);
            ui.add(TextEdit::singleline(path).char_limit(4096).desired_width(theme::PATH_FIELD_WIDTH))
                .labelled_by(heading.id);
            if ui.add_enabled(!path.trim().is_empty(), egui::Button::new(button)).clicked() {
                choice = Some(PathChoice::Typed(PathBuf::from(path.trim())));
            }
        });
    });
    choice
}

fn trash(ui: &mut Ui, strings: &Strings, trash: &[TrashEntry], actions: &mut Vec<Action>) {
    egui::CollapsingHeader::new(format!("{} ({})", strings.trash_heading, trash.len()))
        .id_salt("trash")
        .show(ui, |ui| {
            if trash.is_empty() {
                ui.label(strings.trash_empty);
            }
            for entry in trash {
                ui.horizontal(|ui| {
                    ui.label(&entry.name);
                    if ui.button(strings.restore).clicked() {
                        actions.push(Action::Restore(entry.path.clone()));
                    }
                });
            }
        });
}
