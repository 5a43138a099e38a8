//! Build step, run after `trunk build`: checks `data/`, then completes the static site in `dist/`.
//!
//! - `dist/data/MM-DD.json`: each day, as the app (and anyone else) reads it;
//! - `dist/MM/DD/index.html` and `dist/MM/DD/<slug>/index.html`: copies of the app shell, so that a
//!   deep link works on any plain static host; `dist/404.html` for everything else;
//! - `dist/sw.js`: the service worker, with the list of files to precache and a version that
//!   changes whenever any of them does.
//!
//! Usage: `datagen [DATA_DIR] [DIST_DIR]` (defaults: `data`, `dist`).

use chrono::Datelike;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use today_in_history::data_dir::load_dir;
use today_in_history::date::MonthDay;
use today_in_history::search;

const SW_TEMPLATE: &str = include_str!("../../../static/sw.js");

/// The Content-Security-Policy of every page, as a `<meta>`; the deploy configs send the same
/// policy as a header (plus `frame-ancestors`, which only a header can carry).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
form-action 'self'";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let data = PathBuf::from(args.next().unwrap_or_else(|| "data".into()));
    let dist = PathBuf::from(args.next().unwrap_or_else(|| "dist".into()));
    match run(&data, &dist) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run(data: &Path, dist: &Path) -> Result<String, String> {
    let year = chrono::Local::now().year();
    let days = load_dir(data, year).map_err(|errors| {
        let mut report = format!("{} problem(s) in {}:\n", errors.len(), data.display());
        for e in errors {
            let _ = writeln!(report, "  {e}");
        }
        report
    })?;
    let shell = std::fs::read_to_string(dist.join("index.html")).map_err(|e| {
        format!(
            "{}: {e} (run trunk build first)",
            dist.join("index.html").display()
        )
    })?;
    let shell = harden_shell(&shell, dist)?;
    write(&dist.join("index.html"), shell.as_bytes())?;

    let data_out = dist.join("data");
    let _ = std::fs::remove_dir_all(&data_out);
    create_dir(&data_out)?;
    let mut stories = 0;
    for (date, day) in &days {
        let json = serde_json::to_string(day).map_err(|e| format!("{}: {e}", date.key()))?;
        write(
            &data_out.join(format!("{}.json", date.key())),
            json.as_bytes(),
        )?;
        for story in &day.stories {
            let page = dist.join(&date.path()[1..]).join(&story.slug);
            create_dir(&page)?;
            write(&page.join("index.html"), shell.as_bytes())?;
            stories += 1;
        }
    }
    let index = search::build_index(days.iter().map(|(_, day)| day));
    let json = serde_json::to_string(&index).map_err(|e| format!("search index: {e}"))?;
    write(&dist.join(&search::INDEX_URL[1..]), json.as_bytes())?;
    create_dir(&dist.join("search"))?;
    write(&dist.join("search/index.html"), shell.as_bytes())?;
    for date in MonthDay::all() {
        let page = dist.join(&date.path()[1..]);
        create_dir(&page)?;
        write(&page.join("index.html"), shell.as_bytes())?;
    }
    write(&dist.join("404.html"), shell.as_bytes())?;

    let precache = precache_list(dist)?;
    let version = version_of(dist, &precache)?;
    let files: Vec<String> = precache.iter().map(|p| format!("\"/{p}\"")).collect();
    let sw = SW_TEMPLATE
        .replace("\"__VERSION__\"", &format!("\"{version}\""))
        .replace(
            "[] /* __PRECACHE__ */",
            &format!("[\n  {}\n]", files.join(",\n  ")),
        );
    write(&dist.join("sw.js"), sw.as_bytes())?;

    Ok(format!(
        "datagen: {} day files, {stories} stories, {} deep-link pages, search index of {} entries, {} files precached, version {version}",
        days.len(),
        367 + stories,
        index.len(),
        precache.len()
    ))
}

/// Moves Trunk's inline bootstrap script into a file (so no script runs inline) and adds the
/// Content-Security-Policy. Running it again on its own output changes nothing.
fn harden_shell(shell: &str, dist: &Path) -> Result<String, String> {
    let mut shell = shell.to_owned();
    const OPEN: &str = "<script type=\"module\">";
    if let Some(start) = shell.find(OPEN) {
        let body_start = start + OPEN.len();
        let end = shell[body_start..]
            .find("</script>")
            .map(|i| body_start + i)
            .ok_or("index.html: an inline script is not closed")?;
        let code = shell[body_start..end].trim().to_owned();
        let name = format!("start-{}.js", &fnv1a(code.as_bytes())[..16]);
        write(&dist.join(&name), format!("{code}\n").as_bytes())?;
        shell.replace_range(
            start..end + "</script>".len(),
            &format!("<script type=\"module\" src=\"/{name}\"></script>"),
        );
    }
    if shell.contains("<script>") || shell.contains(OPEN) {
        return Err("index.html: an inline script is left; the CSP would block it".into());
    }
    if !shell.contains("Content-Security-Policy") {
        let charset = "<meta charset=\"utf-8\" />";
        let at = shell
            .find(charset)
            .map(|i| i + charset.len())
            .ok_or("index.html: no <meta charset=\"utf-8\" /> to put the CSP after")?;
        shell.insert_str(
            at,
            &format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\" />"),
        );
    }
    Ok(shell)
}

fn fnv1a(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

fn create_dir(path: &Path) -> Result<(), String> {
    std::fs::create_dir_all(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every file the app needs offline, relative to `dist`, sorted: the shell, its assets and every
/// day file. Deep-link copies of the shell, `404.html`, the worker itself and host config files
/// (`_headers`, `.nojekyll`) are left out.
fn precache_list(dist: &Path) -> Result<Vec<String>, String> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<String>) -> Result<(), String> {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            let rel = path
                .strip_prefix(base)
                .map_err(|e| e.to_string())?
                .to_string_lossy()
                .replace('\\', "/");
            if path.is_dir() {
                // /MM/DD/ and /search/ folders hold only shell copies.
                if rel == "search" || (rel.len() == 2 && rel.bytes().all(|b| b.is_ascii_digit())) {
                    continue;
                }
                walk(&path, base, out)?;
            } else if !matches!(rel.as_str(), "404.html" | "sw.js") && !rel.starts_with(['_', '.'])
            {
                out.push(rel);
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dist, dist, &mut out)?;
    out.sort();
    Ok(out)
}

/// A short hash of the precached files' names and contents.
fn version_of(dist: &Path, files: &[String]) -> Result<String, String> {
    let mut all = Vec::new();
    for rel in files {
        let bytes = std::fs::read(dist.join(rel)).map_err(|e| format!("{rel}: {e}"))?;
        all.extend_from_slice(rel.as_bytes());
        all.push(0);
        all.extend_from_slice(&bytes);
    }
    Ok(fnv1a(&all))
}
