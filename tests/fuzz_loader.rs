//! Property tests of the session loader and of `sinhhoat check` on hostile input: random
//! bytes, the sample damaged at random (cut, bytes flipped, spans deleted or repeated), and
//! random JSON grafted into the sample. Whatever comes in: no panic, an answer within a
//! second, and either a session that saves and loads back the same, or a clear message in
//! the user's words.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "a test fails with its expectation's message: that is its job"
)]

use std::time::{Duration, Instant};

use proptest::prelude::*;
use serde_json::Value;
use sinhhoat::cli;
use sinhhoat::i18n::Language;
use sinhhoat::store::{DataProblem, LoadError, decode_session, encode_session};

const SAMPLE: &[u8] = include_bytes!("../sessions/sample-q2-2020.json");

/// Loads `bytes` and checks the outcome is one of the two allowed.
fn judge(bytes: &[u8]) -> Result<(), TestCaseError> {
    let started = Instant::now();
    let outcome = decode_session(bytes);
    prop_assert!(started.elapsed() < Duration::from_secs(1), "took {:?}", started.elapsed());
    match outcome {
        Ok(session) => {
            let saved = encode_session(&session);
            prop_assert_eq!(decode_session(&saved).ok(), Some(session));
        }
        Err(error) => {
            if let LoadError::WrongData { problem, .. } = &error
                && let DataProblem::Other(detail) = problem.as_ref()
            {
                prop_assert!(false, "the decoder's words reach the user untranslated: {}", detail);
            }
            let message = (Language::Vietnamese.strings().load_error)(&error);
            prop_assert!(message.chars().count() > 10 && message.ends_with('.'), "{}", message);
        }
    }
    Ok(())
}

/// One way of damaging a file.
#[derive(Debug, Clone)]
enum Damage {
    CutAt(usize),
    Flip { at: usize, to: u8 },
    Delete { at: usize, len: usize },
    Repeat { at: usize, len: usize },
    Insert { at: usize, bytes: Vec<u8> },
}

fn damage() -> impl Strategy<Value = Damage> {
    let at = 0..SAMPLE.len();
    prop_oneof![
        at.clone().prop_map(Damage::CutAt),
        (at.clone(), any::<u8>()).prop_map(|(at, to)| Damage::Flip { at, to }),
        (at.clone(), 1..64usize).prop_map(|(at, len)| Damage::Delete { at, len }),
        (at.clone(), 1..256usize).prop_map(|(at, len)| Damage::Repeat { at, len }),
        (at, prop::collection::vec(any::<u8>(), 1..32)).prop_map(|(at, bytes)| Damage::Insert { at, bytes }),
    ]
}

fn apply(bytes: &mut Vec<u8>, damage: &Damage) {
    let end = |at: usize, len: usize, bytes: &[u8]| (at + len).min(bytes.len());
    match damage {
        Damage::CutAt(at) => bytes.truncate(*at),
        Damage::Flip { at, to } => {
            if let Some(byte) = bytes.get_mut(*at) {
                *byte = *to;
            }
        }
        Damage::Delete { at, len } => {
            let end = end(*at, *len, bytes);
            bytes.drain((*at).min(end)..end);
        }
        Damage::Repeat { at, len } => {
            let end = end(*at, *len, bytes);
            let copy = bytes[(*at).min(end)..end].to_vec();
            bytes.splice(end..end, copy);
        }
        Damage::Insert { at, bytes: inserted } => {
            let at = (*at).min(bytes.len());
            bytes.splice(at..at, inserted.iter().copied());
        }
    }
}

/// Any JSON value, a few levels deep.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,40}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..8)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// Every place in a JSON document, as a path of keys and indexes.
fn places(value: &Value, here: &mut Vec<Value>, all: &mut Vec<Vec<Value>>) {
    all.push(here.clone());
    match value {
        Value::Object(fields) => {
            for (key, field) in fields {
                here.push(Value::String(key.clone()));
                places(field, here, all);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                here.push(Value::from(index));
                places(item, here, all);
                here.pop();
            }
        }
        _ => {}
    }
}

fn at_mut<'a>(value: &'a mut Value, path: &[Value]) -> Option<&'a mut Value> {
    path.iter().try_fold(value, |value, step| match step {
        Value::String(key) => value.get_mut(key.as_str()),
        Value::Number(index) => value.get_mut(usize::try_from(index.as_u64()?).ok()?),
        _ => None,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        judge(&bytes)?;
    }

    #[test]
    fn a_damaged_sample_loads_or_is_refused_clearly(damages in prop::collection::vec(damage(), 1..4)) {
        let mut bytes = SAMPLE.to_vec();
        for damage in &damages {
            apply(&mut bytes, damage);
        }
        judge(&bytes)?;
    }

    #[test]
    fn random_json_grafted_into_the_sample_loads_or_is_refused_clearly(
        choice in any::<prop::sample::Index>(),
        graft in json(),
    ) {
        let mut session: Value = serde_json::from_slice(SAMPLE).expect("the sample is JSON");
        let mut all = Vec::new();
        places(&session, &mut Vec::new(), &mut all);
        let path = choice.get(&all).clone();
        if let Some(place) = at_mut(&mut session, &path) {
            *place = graft;
        }
        judge(&serde_json::to_vec(&session).expect("JSON"))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn check_answers_one_line_per_file_and_never_writes(damages in prop::collection::vec(damage(), 1..3)) {
        let mut bytes = SAMPLE.to_vec();
        for damage in &damages {
            apply(&mut bytes, damage);
        }
        let folder = tempfile::tempdir().expect("temporary folder");
        let file = folder.path().join("buổi họp.json");
        std::fs::write(&file, &bytes).expect("write");
        let mut out = Vec::new();
        let code = cli::check(std::slice::from_ref(&file), Language::Vietnamese, &mut out);
        let out = String::from_utf8(out).expect("UTF-8");
        prop_assert!(code == 0 || code == 1);
        prop_assert_eq!(out.lines().count(), 1);
        prop_assert_eq!(code == 0, out.ends_with(": hợp lệ\n"), "{}", out);
        prop_assert_eq!(std::fs::read(&file).expect("read"), bytes);
        prop_assert_eq!(std::fs::read_dir(folder.path()).expect("list").count(), 1);
    }
}
