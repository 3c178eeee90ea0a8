#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The domain (model, progress, storage, catalog, i18n, report, spreadsheet …) must not depend on
//! the user interface: no source line there may use `egui`, `eframe` or `rfd` as an identifier.
//! The layers above it point one way: `shell` (the window) over `ui` (drawing) over `app` (state and
//! actions); `app` imports neither `ui` nor `shell`, and `ui` does not import `shell`.

mod arch_support;

use std::fs;
use std::path::{Path, PathBuf};

use arch_support::order::{Graph, circles, folder_graph};
use arch_support::{Lexer, is_ident_char};

/// Directories of the domain, relative to the crate root.
const DOMAIN_DIRS: [&str; 13] = [
    "src/model",
    "src/consolidate",
    "src/report",
    "src/spreadsheet",
    "src/progress",
    "src/sentences",
    "src/charts",
    "src/entry",
    "src/storage",
    "src/catalog",
    "src/i18n",
    "src/scoring",
    "src/planning",
];

/// User-interface crates the domain must not name.
const FORBIDDEN: [&str; 3] = ["egui", "eframe", "rfd"];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// The forbidden crate names used as identifiers in `source`, with their 1-based line numbers.
fn forbidden_uses(source: &str) -> Vec<(usize, &'static str, String)> {
    let mut lexer = Lexer::default();
    let mut found = Vec::new();
    for (index, line) in source.lines().enumerate() {
        let code = lexer.code(line);
        for word in code.split(|c: char| !is_ident_char(c)) {
            if let Some(name) = FORBIDDEN.iter().find(|name| **name == word) {
                found.push((index + 1, *name, line.trim().to_owned()));
            }
        }
    }
    found
}

#[test]
fn the_domain_does_not_depend_on_the_user_interface() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in DOMAIN_DIRS {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(
        files.len() >= 10,
        "only {} files read: {files:?}",
        files.len()
    );
    let mut violations = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap();
        for (line, name, text) in forbidden_uses(&source) {
            let relative = file.strip_prefix(root).unwrap_or(file);
            violations.push(format!(
                "{}:{line}: uses `{name}`: {text}",
                relative.display()
            ));
        }
    }
    assert!(
        violations.is_empty(),
        "the domain must not use the user interface:\n{}",
        violations.join("\n")
    );
}

#[test]
fn the_checker_finds_identifiers_and_ignores_comments_and_strings() {
    let flagged = [
        "use egui::Context;",
        "use eframe;",
        "    let ctx: &egui::Context = x;",
        "let path = rfd::FileDialog::new().pick_file();",
        "fn show(ui: &mut egui::Ui) {} // egui",
        "let s = \"a\"; eframe::run_native(s);",
        "let c = '\"'; egui::Window::new(c);",
        "let lifetime: &'static egui::Ui = ui;",
    ];
    for line in flagged {
        assert_eq!(forbidden_uses(line).len(), 1, "not flagged: {line}");
    }
    let clean = [
        "//! Vietnamese renders wrongly in egui unless it is NFC.",
        "/// Opened with rfd in the app.",
        "let name = \"egui\"; // not an identifier",
        "let raw = r#\"eframe::run_native\"#;",
        "/* egui::Context */ let x = 1;",
        "let regui = 1; let egui_like = 2; let rfd2 = 3;",
        "let c = 'e';",
    ];
    for line in clean {
        assert!(forbidden_uses(line).is_empty(), "wrongly flagged: {line}");
    }
    let multi_line =
        "let text = \"first line\n egui::Context \";\n/*\n eframe::run\n*/\nuse rfd;\n";
    let found = forbidden_uses(multi_line);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (6, "rfd"));
}

/// The top-level modules of the crate that `source` names through `crate::…` paths, with their
/// 1-based line numbers; `use crate::{a, b::c}` names `a` and `b`.
fn crate_modules_used(source: &str) -> Vec<(usize, String)> {
    let mut lexer = Lexer::default();
    let mut found = Vec::new();
    let mut open_group: Option<String> = None;
    for (index, line) in source.lines().enumerate() {
        let code = lexer.code(line);
        let mut rest = code.as_str();
        if let Some(group) = &mut open_group {
            group.push_str(rest);
            if group.contains('}') {
                let group = open_group.take().unwrap_or_default();
                found.extend(group_modules(&group).into_iter().map(|m| (index + 1, m)));
            }
            continue;
        }
        while let Some(at) = rest.find("crate::") {
            let before_ok = rest[..at].chars().last().is_none_or(|c| !is_ident_char(c));
            rest = &rest[at + "crate::".len()..];
            if !before_ok {
                continue;
            }
            if let Some(group) = rest.strip_prefix('{') {
                if group.contains('}') {
                    found.extend(group_modules(group).into_iter().map(|m| (index + 1, m)));
                } else {
                    open_group = Some(group.to_owned());
                    break;
                }
            } else {
                let name: String = rest.chars().take_while(|c| is_ident_char(*c)).collect();
                found.push((index + 1, name));
            }
        }
    }
    found
}

/// The first path segment of each item of a `{a, b::c, d::{e}}` group (up to its closing brace).
fn group_modules(group: &str) -> Vec<String> {
    let mut depth = 0_usize;
    let mut items = vec![String::new()];
    for c in group.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            ',' if depth == 0 => items.push(String::new()),
            _ if depth == 0 => items.last_mut().unwrap().push(c),
            _ => {}
        }
    }
    items
        .iter()
        .map(|item| {
            item.trim()
                .split("::")
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// Every `crate::` import from the files of `dir` of a module in `forbidden`.
fn layer_violations(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join(dir), &mut files);
    assert!(!files.is_empty(), "no file in {dir}");
    let mut violations = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap();
        for (line, module) in crate_modules_used(&source) {
            if forbidden.contains(&module.as_str()) {
                let relative = file.strip_prefix(root).unwrap_or(file);
                violations.push(format!(
                    "{}:{line}: uses crate::{module}",
                    relative.display()
                ));
            }
        }
    }
    violations
}

#[test]
fn the_app_imports_neither_the_drawing_nor_the_window_and_the_drawing_not_the_window() {
    let mut violations = layer_violations("src/app", &["ui", "shell"]);
    violations.extend(layer_violations("src/ui", &["shell"]));
    assert!(
        violations.is_empty(),
        "shell → ui → app, never the other way:\n{}",
        violations.join("\n")
    );
}

#[test]
fn the_layer_checker_reads_paths_and_groups() {
    let source = "use crate::app::{Action, AppState};\n\
                  use crate::{ui, model::Project};\n\
                  use crate::{\n    i18n::Lang,\n    shell::ChartExport,\n};\n\
                  let x = crate::ui::theme::bold(1.0); // crate::shell\n\
                  let s = \"crate::shell\";\n";
    let found: Vec<(usize, String)> = crate_modules_used(source);
    let names: Vec<&str> = found.iter().map(|(_, m)| m.as_str()).collect();
    assert_eq!(
        names,
        ["app", "ui", "model", "i18n", "shell", "ui"],
        "{found:?}"
    );
}

/// The one file allowed `unsafe`: the Windows console attachment (one documented system call).
const UNSAFE_ALLOWED: &str = "src/cli/console.rs";

#[test]
fn unsafe_code_is_only_in_the_windows_console_attachment() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut found = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(root).unwrap_or(file);
        let source = fs::read_to_string(file).unwrap();
        let mut lexer = Lexer::default();
        for (index, line) in source.lines().enumerate() {
            let code = lexer.code(line);
            if code
                .split(|c: char| !is_ident_char(c))
                .any(|w| w == "unsafe")
            {
                found.push(format!("{}:{}", relative.display(), index + 1));
            }
        }
    }
    let elsewhere: Vec<_> = found
        .iter()
        .filter(|place| !place.starts_with(UNSAFE_ALLOWED))
        .collect();
    assert!(
        elsewhere.is_empty(),
        "unsafe outside {UNSAFE_ALLOWED}: {elsewhere:?}"
    );
    // The allowed file really holds the call, so the rule is not checking an empty set.
    assert!(
        !found.is_empty(),
        "no unsafe found at all: is {UNSAFE_ALLOWED} still there?"
    );
}

/// Every folder under `dir` (itself included) that is a module (has a `mod.rs`), with its path
/// from the crate root.
fn module_folders(dir: &Path, module_path: &str, found: &mut Vec<(PathBuf, String)>) {
    if dir.join("mod.rs").exists() {
        found.push((dir.to_path_buf(), module_path.to_owned()));
    }
    for entry in fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()) {
        if entry.is_dir() {
            let name = entry.file_name().unwrap().to_string_lossy().into_owned();
            module_folders(&entry, &format!("{module_path}::{name}"), found);
        }
    }
}

#[test]
fn every_domain_folder_reads_top_down() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut folders = Vec::new();
    for dir in DOMAIN_DIRS {
        let module = dir.trim_start_matches("src/").replace('/', "::");
        module_folders(&root.join(dir), &module, &mut folders);
    }
    assert!(folders.len() >= DOMAIN_DIRS.len(), "{folders:?}");
    let mut found = Vec::new();
    for (dir, module) in &folders {
        for circle in circles(&folder_graph(dir, module)) {
            found.push(format!("{module}: {}", circle.join(" → ")));
        }
    }
    assert!(
        found.is_empty(),
        "files that name each other (shared types go in a file of their own):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_order_checker_finds_a_circle_through_a_reexport() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("room");
    fs::create_dir(&folder).unwrap();
    fs::write(
        folder.join("mod.rs"),
        "mod a;\nmod b;\nmod c;\npub use b::{Thing, other};\n",
    )
    .unwrap();
    fs::write(
        folder.join("a.rs"),
        "use super::Thing; // super::c\nlet s = \"super::c\";\n",
    )
    .unwrap();
    fs::write(folder.join("b.rs"), "use crate::room::{c::X, a};\n").unwrap();
    fs::write(folder.join("c.rs"), "fn f() {}\n").unwrap();
    let graph: Graph = folder_graph(&folder, "room");
    let named = |file: &str| graph[file].iter().cloned().collect::<Vec<_>>();
    assert_eq!(
        named("a"),
        ["b"],
        "through the re-export; not in a comment or a string"
    );
    assert_eq!(named("b"), ["a", "c"]);
    assert!(named("c").is_empty());
    assert_eq!(circles(&graph), [["a", "b", "a"]]);
}

#[test]
fn the_domain_rooms_name_one_another_without_a_circle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rooms: Vec<String> = DOMAIN_DIRS
        .iter()
        .map(|dir| dir.trim_start_matches("src/").to_owned())
        .collect();
    let mut graph = Graph::new();
    for room in &rooms {
        let mut files = Vec::new();
        rust_files(&root.join("src").join(room), &mut files);
        let named = graph.entry(room.clone()).or_default();
        for file in files {
            let source = fs::read_to_string(&file).unwrap();
            for (_, module) in crate_modules_used(&source) {
                if module != *room && rooms.contains(&module) {
                    named.insert(module);
                }
            }
        }
    }
    assert!(
        graph["report"].contains("model"),
        "the graph is read: {graph:?}"
    );
    let found: Vec<String> = circles(&graph).iter().map(|c| c.join(" → ")).collect();
    assert!(
        found.is_empty(),
        "domain folders that name each other:\n{}",
        found.join("\n")
    );
}
