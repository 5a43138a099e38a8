//! Property tests: parsing and validating day files never panics, whatever the bytes.
//!
//! A seeded generator makes the inputs (so a failure reproduces): random bytes, random JSON-ish
//! token soup, and many single- and multi-byte mutations of a real day file, in both formats.

use std::path::Path;
use today_in_history::api::{parse_day_json, LoadError};
use today_in_history::data_dir::parse_day;
use today_in_history::date::MonthDay;
use today_in_history::model::validate;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"date\"",
    "\"11-04\"",
    "\"events\"",
    "\"year\"",
    "-44",
    "0",
    "1e309",
    "null",
    "true",
    "\"text\"",
    "\"sources\"",
    "\"https://x.y/z\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"<script>\"",
    "99999999999999999999",
    " ",
    "\"stories\"",
    "\"slug\"",
];

fn mutate(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let mut out = base.to_vec();
    for _ in 0..=rng.below(8) {
        if out.is_empty() {
            break;
        }
        let at = rng.below(out.len());
        match rng.below(4) {
            0 => out[at] = rng.next() as u8,
            1 => {
                out.remove(at);
            }
            2 => out.insert(at, b"{}[]\",:0-"[rng.below(9)]),
            _ => out.truncate(at),
        }
    }
    out
}

fn check_json(day: MonthDay, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    match parse_day_json(day, &text) {
        Ok(parsed) => {
            // Whatever parsed must also validate without panicking.
            let _ = validate(&parsed, &day.key(), 2026);
        }
        Err(e) => assert_eq!(e, LoadError::Corrupt),
    }
}

#[test]
fn json_parsing_never_panics() {
    let day = MonthDay::new(11, 4).unwrap();
    let real = serde_json::to_vec(
        &parse_day(
            Path::new("11-04.toml"),
            &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/11-04.toml"))
                .unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    check_json(day, &real);
    let mut rng = Rng(0x5eed_1956_1104);
    for _ in 0..3_000 {
        let bytes: Vec<u8> = (0..rng.below(200)).map(|_| rng.next() as u8).collect();
        check_json(day, &bytes);
        let soup: String = (0..rng.below(40))
            .map(|_| TOKENS[rng.below(TOKENS.len())])
            .collect();
        check_json(day, soup.as_bytes());
        check_json(day, &mutate(&mut rng, &real));
    }
    // Deep nesting must not overflow the stack.
    check_json(day, "[".repeat(100_000).as_bytes());
    check_json(
        day,
        format!("{{\"date\":\"11-04\",\"events\":{}", "[".repeat(50_000)).as_bytes(),
    );
}

#[test]
fn toml_parsing_never_panics() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/11-04.toml");
    let real = std::fs::read(&path).unwrap();
    let mut rng = Rng(0x7011_0000_0001);
    for _ in 0..1_000 {
        let text = String::from_utf8_lossy(&mutate(&mut rng, &real)).into_owned();
        if let Ok(day) = parse_day(&path, &text) {
            let _ = validate(&day, "11-04", 2026);
        }
        let bytes: Vec<u8> = (0..rng.below(300)).map(|_| rng.next() as u8).collect();
        let _ = parse_day(&path, &String::from_utf8_lossy(&bytes));
    }
}
