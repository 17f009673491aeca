//! The shape of the code: no module imports one that imports it back, each lies below the ones
//! it imports on the architecture page, no source file grows
//! past 400 lines, and the README's key table and the app's command list agree.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use eframe::egui::Context;
use sinhhoat::app::Command;
use sinhhoat::ui::command::keys;

/// Every `.rs` file under `folder`.
fn sources(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder).expect("read the source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
    found
}

/// The code a build of the app compiles from a file: without comments and without the tests
/// at its end (`#[cfg(test)]`). Test files themselves count for nothing: a test may reach
/// for whatever helps it.
fn code(path: &Path) -> String {
    let in_tests = path.components().any(|part| part.as_os_str() == "tests")
        || path.file_name().is_some_and(|name| name == "tests.rs");
    if in_tests {
        return String::new();
    }
    let text = std::fs::read_to_string(path).expect("read a source file");
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines().map(|line| line.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n")
}

/// The names following `prefix` in `code` (`crate::edit::Document` gives `edit`).
fn paths_after<'a>(code: &'a str, prefix: &str) -> Vec<&'a str> {
    code.match_indices(prefix)
        .filter_map(|(at, _)| {
            let rest = code.get(at + prefix.len()..)?;
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
            rest.get(..end).filter(|name| !name.is_empty())
        })
        .collect()
}

/// The module a file belongs to, one level below `root` (`src/ui/live/notes.rs` in `src/ui`
/// is `live`).
fn module_of(file: &Path, root: &Path) -> Option<String> {
    let relative = file.strip_prefix(root).ok()?;
    let first = relative.components().next()?.as_os_str().to_string_lossy().into_owned();
    Some(first.trim_end_matches(".rs").to_owned())
}

/// Which modules each module of `root` names, through `prefix` and, in the files of the
/// modules right under `root`, through `super::`.
fn imports(root: &Path, prefix: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in sources(root) {
        let Some(module) = module_of(&file, root) else { continue };
        if ["lib", "main", "mod"].contains(&module.as_str()) {
            continue;
        }
        let code = code(&file);
        let mut named = paths_after(&code, prefix);
        // In `root/x.rs` and `root/x/mod.rs`, `super::` is `root` itself.
        let is_mod = file.file_name().is_some_and(|name| name == "mod.rs");
        let top =
            file.parent() == Some(root) || (is_mod && file.parent().and_then(Path::parent) == Some(root));
        if top {
            named.extend(paths_after(&code, "super::"));
        }
        let targets = graph.entry(module.clone()).or_default();
        targets.extend(named.into_iter().filter(|name| *name != module).map(str::to_owned));
    }
    graph
}

/// A cycle in `graph`, if there is one, as the modules along it.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|seen| seen == node) {
            return Some(path[start..].iter().cloned().chain([node.to_owned()]).collect());
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten().filter(|next| graph.contains_key(*next)) {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn modules_do_not_import_each_other_back() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let crate_graph = imports(&src, "crate::");
    assert!(crate_graph.contains_key("edit") && crate_graph.contains_key("ui"), "{crate_graph:?}");
    assert_eq!(cycle(&crate_graph), None, "the crate's modules: {crate_graph:?}");
    let ui_graph = imports(&src.join("ui"), "crate::ui::");
    assert!(ui_graph.contains_key("live"), "{ui_graph:?}");
    assert_eq!(cycle(&ui_graph), None, "the UI's modules: {ui_graph:?}");
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [("a", "b"), ("b", "c"), ("c", "a")]
        .into_iter()
        .map(|(from, to)| (from.to_owned(), BTreeSet::from([to.to_owned()])))
        .collect();
    assert_eq!(cycle(&graph), Some(["a", "b", "c", "a"].map(String::from).to_vec()));
}

#[test]
fn no_source_file_is_over_400_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for folder in ["src", "tests", "benches", "examples"] {
        for file in sources(&root.join(folder)) {
            let lines = std::fs::read_to_string(&file).expect("read").lines().count();
            assert!(lines <= 400, "{} has {lines} lines", file.display());
        }
    }
}

/// The keys in the first column of the README's keyboard table (in English, as the README is).
fn readme_keys() -> BTreeSet<String> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("read the README");
    let table = readme.split("## Keyboard").nth(1).expect("a keyboard section").split("\n## ").next();
    table
        .unwrap_or_default()
        .lines()
        .filter(|line| line.starts_with("| **"))
        .filter_map(|line| line.split('|').nth(1))
        .flat_map(|cell| cell.split(" / ").map(|key| key.trim().trim_matches('*').to_owned()))
        .collect()
}

#[test]
fn the_readme_lists_every_shortcut_and_no_other() {
    let ctx = Context::default();
    let listed = readme_keys();
    let commands: BTreeSet<String> = Command::ALL
        .iter()
        .flat_map(|&command| {
            let keys = keys(&ctx, sinhhoat::i18n::Language::English.strings(), command);
            keys.split(" / ").filter(|key| !key.is_empty()).map(str::to_owned).collect::<Vec<_>>()
        })
        .collect();
    let missing: Vec<_> = commands.difference(&listed).collect();
    let unknown: Vec<_> = listed.difference(&commands).collect();
    assert!(missing.is_empty(), "shortcuts missing from the README: {missing:?}");
    assert!(unknown.is_empty(), "README keys no command has: {unknown:?}");
}

/// The modules the architecture page lists, in its order: the first cell of each row of its
/// table (`model/` gives `model`, `settings.rs` gives `settings`).
fn documented_layers() -> Vec<String> {
    let page = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/ARCHITECTURE.md"))
        .expect("the architecture page");
    let table = page.split("| module | owns | knows egui? |").nth(1).expect("the table of modules");
    table
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .filter_map(|line| line.split('|').nth(1))
        .map(|cell| cell.trim().trim_matches('`').trim_end_matches('/').trim_end_matches(".rs").to_owned())
        .collect()
}

#[test]
fn the_architecture_page_lists_every_module_below_those_it_imports() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let graph = imports(&src, "crate::");
    let layers = documented_layers();
    let listed: BTreeSet<&String> = layers.iter().collect();
    let modules: BTreeSet<&String> = graph.keys().collect();
    assert_eq!(listed, modules, "the page lists every module of src/ and no other");
    for (position, module) in layers.iter().enumerate() {
        for named in graph[module].iter().filter(|named| graph.contains_key(*named)) {
            let above = layers.iter().position(|layer| layer == named).is_some_and(|at| at < position);
            assert!(above, "{module} imports {named}, which the page lists below it");
        }
    }
}
