//! The order of the files inside one folder: which sibling each file names (through `super::`,
//! `crate::<folder>::` or an item the folder's `mod.rs` re-exports), and the circles among them.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use super::{Lexer, is_ident_char};

/// The files and sub-folders of a folder, each with the siblings it names.
pub type Graph = BTreeMap<String, BTreeSet<String>>;

/// The code of `source` with comments and literals blanked, as one string.
fn code_of(source: &str) -> String {
    let mut lexer = Lexer::default();
    source
        .lines()
        .map(|line| lexer.code(line))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names a path names after `prefix`: `prefix::a` gives `a`, `prefix::{a, b::c}` gives `a`, `b`.
fn names_after(code: &str, prefix: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before_ok = rest[..at].chars().last().is_none_or(|c| !is_ident_char(c));
        rest = &rest[at + prefix.len()..];
        if !before_ok {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            names.extend(
                group[..end]
                    .split(',')
                    .map(|item| {
                        item.trim()
                            .split("::")
                            .next()
                            .unwrap_or("")
                            .trim()
                            .to_owned()
                    })
                    .filter(|name| !name.is_empty()),
            );
        } else {
            names.push(rest.chars().take_while(|c| is_ident_char(*c)).collect());
        }
    }
    names
}

/// The items `mod.rs` re-exports (`pub use file::{A, B};`), by the sibling they come from.
fn reexports(mod_code: &str, siblings: &BTreeSet<String>) -> BTreeMap<String, String> {
    let mut items = BTreeMap::new();
    for statement in mod_code.split(';') {
        let Some(at) = statement.find("use ") else {
            continue;
        };
        if !statement[..at].contains("pub") {
            continue;
        }
        let path = statement[at + 4..].trim();
        let Some((module, rest)) = path.split_once("::") else {
            continue;
        };
        if !siblings.contains(module) {
            continue;
        }
        let rest = rest.trim().trim_start_matches('{').trim_end_matches('}');
        for item in rest.split(',') {
            let name = item.rsplit("::").next().unwrap_or("").trim();
            let name = name.split(" as ").last().unwrap_or(name).trim();
            if !name.is_empty() {
                items.insert(name.to_owned(), module.to_owned());
            }
        }
    }
    items
}

fn rust_sources(dir: &Path, found: &mut Vec<String>) {
    for entry in fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()) {
        if entry.is_dir() {
            rust_sources(&entry, found);
        } else if entry.extension().is_some_and(|e| e == "rs") {
            found.push(code_of(&fs::read_to_string(&entry).unwrap()));
        }
    }
}

/// The graph of `dir` (a folder under `src` with a `mod.rs`), `module_path` its path from the
/// crate root (`progress`, `report::pdf`).
pub fn folder_graph(dir: &Path, module_path: &str) -> Graph {
    let mut siblings = BTreeSet::new();
    for entry in fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()) {
        let name = entry.file_stem().unwrap().to_string_lossy().into_owned();
        let folder = entry.is_dir() && entry.join("mod.rs").exists();
        let file = entry.extension().is_some_and(|e| e == "rs") && name != "mod";
        if folder || file {
            siblings.insert(name);
        }
    }
    let mod_code = code_of(&fs::read_to_string(dir.join("mod.rs")).unwrap_or_default());
    let items = reexports(&mod_code, &siblings);
    let crate_prefix = format!("crate::{module_path}::");
    let mut graph = Graph::new();
    for sibling in &siblings {
        let file = dir.join(format!("{sibling}.rs"));
        // A file names its siblings through `super::`; a sub-folder's files through
        // `super::super::` (their own `super::` is the sub-folder).
        let (sources, prefix) = if file.exists() {
            (
                vec![code_of(&fs::read_to_string(&file).unwrap())],
                "super::",
            )
        } else {
            let mut sources = Vec::new();
            rust_sources(&dir.join(sibling), &mut sources);
            (sources, "super::super::")
        };
        let mut named = BTreeSet::new();
        for code in &sources {
            let mut names = names_after(code, prefix);
            names.extend(names_after(code, &crate_prefix));
            for name in names {
                let target = if siblings.contains(&name) {
                    Some(name)
                } else {
                    items.get(&name).cloned()
                };
                if let Some(target) = target.filter(|t| t != sibling) {
                    named.insert(target);
                }
            }
        }
        graph.insert(sibling.clone(), named);
    }
    graph
}

/// Every circle of `graph`, each as the path that closes it (`a → b → a`).
pub fn circles(graph: &Graph) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for start in graph.keys() {
        let mut path = vec![start.clone()];
        walk(graph, start, &mut path, &mut found);
    }
    found
}

fn walk(graph: &Graph, start: &str, path: &mut Vec<String>, found: &mut Vec<Vec<String>>) {
    let Some(current) = path.last().cloned() else {
        return;
    };
    for next in graph.get(&current).into_iter().flatten() {
        if next == start {
            // Each circle once: from its smallest name.
            if path.iter().all(|node| node.as_str() >= start) {
                let mut circle = path.clone();
                circle.push(start.to_owned());
                found.push(circle);
            }
        } else if !path.contains(next) && next.as_str() > start {
            path.push(next.clone());
            walk(graph, start, path, found);
            path.pop();
        }
    }
}
