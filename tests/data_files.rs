//! Every day file in `data/` parses and keeps every rule; a broken file fails naming file and field.

use chrono::Datelike;
use std::path::Path;
use today_in_history::data_dir::{load_dir, load_file, FileError};

fn this_year() -> i32 {
    chrono::Local::now().year()
}

#[test]
fn every_day_file_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    match load_dir(&dir, this_year()) {
        Ok(days) => assert!(!days.is_empty(), "data/ holds no day files"),
        Err(errors) => {
            let report: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!(
                "{} problem(s) in data/:\n{}",
                report.len(),
                report.join("\n")
            );
        }
    }
}

fn write_temp(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tih-data-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn errors_of(name: &str, text: &str) -> Vec<String> {
    match load_file(&write_temp(name, text), this_year()) {
        Ok(_) => vec![],
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn an_unknown_field_is_named_with_its_file() {
    let errors = errors_of(
        "11-04.toml",
        "date = \"11-04\"\n[[events]]\nyear = 1956\ntxt = \"x\"\n",
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("11-04.toml"), "{}", errors[0]);
    assert!(errors[0].contains("txt"), "{}", errors[0]);
}

#[test]
fn a_wrong_type_is_named_with_its_file() {
    let errors = errors_of(
        "11-04.toml",
        "date = \"11-04\"\n[[events]]\nyear = \"1956\"\ntext = \"x\"\nsources = []\n",
    );
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("11-04.toml") && errors[0].contains("year"),
        "{}",
        errors[0]
    );
}

#[test]
fn the_wrong_day_in_a_file_is_named() {
    let errors = errors_of("11-05.toml", "date = \"11-04\"\n");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("11-05.toml: date:") && e.contains("wrong day")),
        "{errors:?}"
    );
}

#[test]
fn a_bad_file_name_is_refused() {
    let errors = errors_of("02-30.toml", "date = \"02-30\"\n");
    assert!(
        matches!(errors.as_slice(), [e] if e.contains("02-30.toml") && e.contains("MM-DD")),
        "{errors:?}"
    );
    let path = write_temp("notes.toml", "");
    assert!(
        matches!(load_file(&path, 2026), Err(e) if matches!(e.as_slice(), [FileError::Name { .. }]))
    );
}

#[test]
fn a_source_that_is_not_https_is_named_by_field() {
    let errors = errors_of(
        "11-04.toml",
        "date = \"11-04\"\n[[deaths]]\nyear = 1847\nname = \"Felix Mendelssohn\"\ntext = \"Composer.\"\nsources = [\"http://example.org/x\"]\n",
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("11-04.toml: deaths[0].sources[0]:")),
        "{errors:?}"
    );
}
