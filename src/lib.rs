//! sinhhoat runs a party cell's thematic meeting (sinh hoạt chuyên đề): its preparation, the
//! live meeting with timed speeches, and the minutes.
//!
//! The domain (`model`, `meeting`, `store`) knows nothing of the UI; `ui` draws it with egui.

pub mod app;
pub mod awake;
pub mod cli;
pub mod collate;
pub mod edit;
pub mod export;
pub mod i18n;
pub mod meeting;
pub mod model;
pub mod prepare;
pub mod register;
pub mod report;
pub mod sample;
pub mod settings;
pub mod sound;
pub mod store;
pub mod summary;
pub mod ui;
