//! Reading and checking the hand-edited `data/` folder (native only: build step and tests).

use crate::date::MonthDay;
use crate::model::{validate, Day, Problem};
use std::path::{Path, PathBuf};

/// Why a day file cannot ship, naming the file and, where there is one, the field.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{file}: cannot read: {source}")]
    Read {
        file: PathBuf,
        source: std::io::Error,
    },
    #[error("{file}: the name is not MM-DD.toml for a day of the year")]
    Name { file: PathBuf },
    #[error("{file}: {message}")]
    Parse { file: PathBuf, message: String },
    #[error("{file}: {problem}")]
    Invalid { file: PathBuf, problem: Problem },
}

/// Parses one day file's text. `file` is only used to name it in errors.
pub fn parse_day(file: &Path, text: &str) -> Result<Day, FileError> {
    toml::from_str(text).map_err(|e| FileError::Parse {
        file: file.to_owned(),
        // toml names the field and shows the line; keep it on few lines.
        message: e.to_string().trim_end().to_owned(),
    })
}

/// Reads, parses and validates one `MM-DD.toml`.
pub fn load_file(path: &Path, latest_year: i32) -> Result<(MonthDay, Day), Vec<FileError>> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let Some(day_of_year) = name.strip_suffix(".toml").and_then(MonthDay::parse_key) else {
        return Err(vec![FileError::Name {
            file: path.to_owned(),
        }]);
    };
    let text = std::fs::read_to_string(path).map_err(|source| {
        vec![FileError::Read {
            file: path.to_owned(),
            source,
        }]
    })?;
    let day = parse_day(path, &text).map_err(|e| vec![e])?;
    let problems = validate(&day, &day_of_year.key(), latest_year);
    if problems.is_empty() {
        Ok((day_of_year, day))
    } else {
        Err(problems
            .into_iter()
            .map(|problem| FileError::Invalid {
                file: path.to_owned(),
                problem,
            })
            .collect())
    }
}

/// Every `*.toml` in `dir`, loaded and checked, in calendar order. All errors of all files are
/// returned together, so one run shows everything to fix.
pub fn load_dir(dir: &Path, latest_year: i32) -> Result<Vec<(MonthDay, Day)>, Vec<FileError>> {
    let entries = std::fs::read_dir(dir).map_err(|source| {
        vec![FileError::Read {
            file: dir.to_owned(),
            source,
        }]
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut days = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match load_file(&path, latest_year) {
            Ok(day) => days.push(day),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() {
        days.sort_by_key(|(d, _)| *d);
        Ok(days)
    } else {
        Err(errors)
    }
}
