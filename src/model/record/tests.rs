use super::{Pause, Span, SpanState, WallTime};
use std::time::Duration;

fn t(text: &str) -> WallTime {
    WallTime::parse_from_rfc3339(&format!("2020-06-15T{text}+07:00")).expect("valid time")
}

#[test]
fn moments_out_of_order_are_told_apart_from_sound_spans() {
    let pause = |from: &str, until: Option<&str>| Pause { from: t(from), until: until.map(t) };
    let span = |start: Option<&str>, end: Option<&str>, pauses: Vec<Pause>| Span {
        started_at: start.map(t),
        ended_at: end.map(t),
        pauses,
        adjustments: Vec::new(),
    };
    let sound = [
        span(None, None, vec![]),
        span(Some("08:00:00"), None, vec![pause("08:01:00", None)]),
        span(Some("08:00:00"), Some("08:05:00"), vec![pause("08:01:00", Some("08:02:00"))]),
        span(Some("08:00:00"), Some("08:00:00"), vec![]),
    ];
    assert!(sound.iter().all(Span::is_in_order));
    let unsound = [
        span(Some("08:05:00"), Some("08:00:00"), vec![]),
        span(None, Some("08:00:00"), vec![]),
        span(Some("08:00:00"), None, vec![pause("07:59:00", Some("08:01:00"))]),
        span(Some("08:00:00"), None, vec![pause("08:02:00", Some("08:01:00"))]),
        span(Some("08:00:00"), None, vec![pause("08:01:00", None), pause("08:02:00", Some("08:03:00"))]),
        span(Some("08:00:00"), Some("08:01:30"), vec![pause("08:01:00", Some("08:02:00"))]),
    ];
    assert!(unsound.iter().all(|span| !span.is_in_order()));
    assert_eq!(unsound[5].latest(), Some(t("08:02:00")));
}

#[test]
fn running_span_counts_from_its_wall_clock_start_without_pauses() {
    let span = Span {
        started_at: Some(t("08:00:00")),
        ended_at: None,
        pauses: vec![Pause { from: t("08:02:00"), until: Some(t("08:03:30")) }],
        adjustments: Vec::new(),
    };
    assert_eq!(span.state(), SpanState::Running);
    assert_eq!(span.elapsed(t("08:06:00")), Duration::from_secs(270));
    assert_eq!(span.paused(t("08:06:00")), Duration::from_secs(90));
}

#[test]
fn paused_span_stops_counting_while_the_pause_is_open() {
    let span = Span {
        started_at: Some(t("08:00:00")),
        ended_at: None,
        pauses: vec![Pause { from: t("08:05:00"), until: None }],
        adjustments: Vec::new(),
    };
    assert_eq!(span.state(), SpanState::Paused);
    assert_eq!(span.elapsed(t("08:05:10")), Duration::from_secs(300));
    assert_eq!(span.elapsed(t("08:09:00")), Duration::from_secs(300));
}

#[test]
fn ended_span_keeps_its_length() {
    let span = Span {
        started_at: Some(t("08:00:00")),
        ended_at: Some(t("08:07:00")),
        pauses: Vec::new(),
        adjustments: Vec::new(),
    };
    assert_eq!(span.state(), SpanState::Ended);
    assert_eq!(span.elapsed(t("09:00:00")), Duration::from_secs(420));
}

#[test]
fn clock_going_backwards_gives_zero_not_a_panic() {
    let span = Span { started_at: Some(t("08:00:00")), ..Span::default() };
    assert_eq!(span.elapsed(t("07:00:00")), Duration::ZERO);
    assert_eq!(Span::default().state(), SpanState::NotStarted);
}

#[test]
fn the_recorded_length_of_a_paused_span_runs_to_where_its_pause_began() {
    let paused = Span {
        started_at: Some(t("08:00:00")),
        ended_at: None,
        pauses: vec![
            Pause { from: t("08:01:00"), until: Some(t("08:02:00")) },
            Pause { from: t("08:05:00"), until: None },
        ],
        adjustments: Vec::new(),
    };
    assert_eq!(paused.recorded(), Duration::from_secs(240));
    assert_eq!(paused.recorded_pauses(), Duration::from_secs(60));
    let ended = Span { ended_at: Some(t("08:06:00")), ..paused };
    assert_eq!(ended.recorded(), Duration::from_secs(240));
    assert_eq!(Span::default().recorded(), Duration::ZERO);
}
