//! What a screen reader finds: every button, check box, radio button, drop-down and text field
//! on the main screens has an accessible name (its text, or the label it is tied to), the
//! icon-only undo and redo buttons included.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

mod common;

use common::{click, first_speaker_called, meeting_clock, vi};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use sinhhoat::ui::SinhHoatApp;

/// The controls on screen without an accessible name, described by their role; fails when
/// the screen shows fewer controls than a screen of this app has, so the check cannot pass
/// by finding nothing.
fn unnamed(harness: &Harness<'_, SinhHoatApp>) -> Vec<String> {
    use egui::accesskit::Role;
    let roles = [
        Role::Button,
        Role::CheckBox,
        Role::RadioButton,
        Role::ComboBox,
        Role::TextInput,
        Role::MultilineTextInput,
    ];
    let mut missing = Vec::new();
    let mut found = 0;
    for role in roles {
        for node in harness.query_all_by_role(role) {
            found += 1;
            let named = node.accesskit_node().label().is_some_and(|label| !label.trim().is_empty());
            if !named {
                missing.push(format!("{role:?} {:?}", node.accesskit_node().value()));
            }
        }
    }
    assert!(found >= 8, "only {found} controls found");
    missing
}

#[test]
fn the_main_controls_have_accessible_names() {
    let clock = meeting_clock();
    let (_folder, mut harness) = first_speaker_called(&clock);
    let undo = harness.get_by_role_and_label(egui::accesskit::Role::Button, vi().edits.undo_button);
    assert!(!undo.accesskit_node().is_disabled(), "the icon-only undo button is named and usable");
    let mut screens = vec![("the speech", unnamed(&harness))];
    click(&mut harness, vi().live.step_conclusion);
    screens.push(("the conclusion", unnamed(&harness)));
    click(&mut harness, vi().nav_details);
    screens.push(("the meeting's details", unnamed(&harness)));
    click(&mut harness, vi().nav_sessions);
    screens.push(("the session list", unnamed(&harness)));
    click(&mut harness, vi().prepare.nav_prepare);
    for tab in [vi().prepare.tab_roster, vi().prepare.tab_attendance, vi().prepare.tab_readiness] {
        click(&mut harness, tab);
        screens.push((tab, unnamed(&harness)));
    }
    let missing: Vec<_> = screens.into_iter().filter(|(_, missing)| !missing.is_empty()).collect();
    assert!(missing.is_empty(), "controls without a name: {missing:#?}");
}
