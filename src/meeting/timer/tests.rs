use std::time::{Duration, Instant};

use super::{LiveTimer, Reading, TimedSpan, Warning, end, toggle, until_next_change};
use crate::meeting::{Clock, FakeClock, SystemClock};
use crate::model::{Phase, Span, SpanState, SpeechId, TimingRules, WallTime};

/// The speech the tests follow.
const SPAN: TimedSpan = TimedSpan::Speech(SpeechId(1));

fn clock() -> FakeClock {
    FakeClock::new(WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time"))
}

fn secs(value: f64) -> Duration {
    Duration::from_secs_f64(value)
}

#[test]
fn toggling_starts_pauses_and_resumes_and_pauses_do_not_count() {
    let clock = clock();
    let mut span = Span::default();
    assert_eq!(toggle(&mut span, clock.wall()), SpanState::Running);
    clock.advance(secs(100.0));
    assert_eq!(toggle(&mut span, clock.wall()), SpanState::Paused);
    clock.advance(secs(30.0));
    assert_eq!(toggle(&mut span, clock.wall()), SpanState::Running);
    clock.advance(secs(140.0));
    assert_eq!(span.elapsed(clock.wall()), secs(240.0));
    end(&mut span, clock.wall());
    assert_eq!(span.state(), SpanState::Ended);
    assert_eq!(toggle(&mut span, clock.wall()), SpanState::Ended);
    assert_eq!(span.paused(clock.wall()), secs(30.0));
}

#[test]
fn ending_while_paused_closes_the_pause() {
    let clock = clock();
    let mut span = Span::default();
    toggle(&mut span, clock.wall());
    clock.advance(secs(10.0));
    toggle(&mut span, clock.wall());
    clock.advance(secs(5.0));
    end(&mut span, clock.wall());
    assert!(span.pauses.iter().all(|pause| pause.until.is_some()));
    clock.advance(secs(500.0));
    assert_eq!(span.elapsed(clock.wall()), secs(10.0));
}

#[test]
fn phases_hold_at_the_exact_boundaries_after_pauses() {
    let rules = TimingRules::default();
    let clock = clock();
    let mut span = Span::default();
    toggle(&mut span, clock.wall());
    for _ in 0..7 {
        clock.advance(secs(20.0));
        toggle(&mut span, clock.wall());
        clock.advance(secs(13.7));
        toggle(&mut span, clock.wall());
    }
    clock.advance(secs(99.9));
    let at = |span: &Span| rules.phase(span.elapsed(clock.wall()));
    assert_eq!(span.elapsed(clock.wall()), secs(239.9));
    assert_eq!(at(&span), Phase::UnderTarget);
    clock.advance(secs(0.1));
    assert_eq!(at(&span), Phase::OnTarget);
    clock.advance(secs(180.0));
    assert_eq!(span.elapsed(clock.wall()), secs(420.0));
    assert_eq!(at(&span), Phase::OnTarget);
    clock.advance(Duration::from_millis(1));
    assert_eq!(at(&span), Phase::OverTarget);
    clock.advance(secs(179.999));
    assert_eq!(at(&span), Phase::OverTarget);
    clock.advance(Duration::from_millis(1));
    assert_eq!(at(&span), Phase::OverLimit);
}

#[test]
fn warnings_show_a_minute_before_the_target_maximum_and_the_limit() {
    let rules = TimingRules::default();
    let warning = |s: f64| Reading::of_speech(&rules, secs(s)).warning;
    assert_eq!(warning(359.9), None);
    assert_eq!(warning(360.0), Some(Warning::NearTargetMax));
    assert_eq!(warning(419.9), Some(Warning::NearTargetMax));
    assert_eq!(warning(420.0), None);
    assert_eq!(warning(540.0), Some(Warning::NearLimit));
    assert_eq!(warning(600.0), None);
    let over = Reading::of_speech(&rules, secs(642.0));
    assert_eq!((over.phase, over.overrun), (Phase::OverLimit, secs(42.0)));
}

#[test]
fn comments_are_timed_against_the_comment_limit() {
    let rules = TimingRules::default();
    assert_eq!(Reading::of_comment(&rules, secs(180.0)).phase, Phase::OnTarget);
    let over = Reading::of_comment(&rules, secs(185.0));
    assert_eq!((over.phase, over.overrun), (Phase::OverLimit, secs(5.0)));
}

#[test]
fn the_live_count_equals_the_recorded_time_after_many_minutes_and_pauses() {
    let clock = clock();
    let mut span = Span::default();
    let mut timer = LiveTimer::default();
    let mut expected = Duration::ZERO;
    for round in 0..500u32 {
        toggle(&mut span, clock.wall());
        timer.sync(SPAN, &span, &clock);
        let spoken = Duration::from_millis(1_000 + u64::from(round % 7) * 333);
        clock.advance(spoken);
        expected += spoken;
        assert_eq!(timer.elapsed(&clock), expected);
        toggle(&mut span, clock.wall());
        timer.sync(SPAN, &span, &clock);
        clock.advance(Duration::from_millis(250 + u64::from(round % 3) * 100));
        assert_eq!(timer.elapsed(&clock), expected);
    }
    assert_eq!(span.elapsed(clock.wall()), expected);
    assert!(expected > Duration::from_secs(15 * 60));
}

#[test]
fn against_the_real_clock_the_count_stays_within_50_ms() {
    let clock = SystemClock::new();
    let mut span = Span::default();
    let mut timer = LiveTimer::default();
    let mut spoken = Duration::ZERO;
    for _ in 0..4 {
        toggle(&mut span, clock.wall());
        timer.sync(SPAN, &span, &clock);
        let started = Instant::now();
        std::thread::sleep(Duration::from_millis(150));
        spoken += started.elapsed();
        toggle(&mut span, clock.wall());
        timer.sync(SPAN, &span, &clock);
        std::thread::sleep(Duration::from_millis(60));
    }
    let shown = timer.elapsed(&clock);
    let recorded = span.elapsed(clock.wall());
    assert!(shown.abs_diff(spoken) < Duration::from_millis(50), "{shown:?} vs {spoken:?}");
    assert!(recorded.abs_diff(spoken) < Duration::from_millis(50), "{recorded:?} vs {spoken:?}");
}

#[test]
fn a_span_reloaded_from_the_file_keeps_counting_from_its_wall_clock_start() {
    let clock = clock();
    let mut span = Span::default();
    toggle(&mut span, clock.wall());
    clock.advance(secs(95.0));
    let mut fresh = LiveTimer::default();
    fresh.sync(TimedSpan::Speech(SpeechId(7)), &span, &clock);
    assert_eq!(fresh.elapsed(&clock), secs(95.0));
    clock.advance(secs(5.0));
    assert_eq!(fresh.elapsed(&clock), secs(100.0));
}

#[test]
fn the_next_repaint_falls_on_the_next_second_or_half_second() {
    assert_eq!(until_next_change(Duration::from_millis(4_250), false), Duration::from_millis(750));
    assert_eq!(until_next_change(Duration::from_millis(4_000), false), Duration::from_millis(1_000));
    assert_eq!(until_next_change(Duration::from_millis(4_250), true), Duration::from_millis(250));
}

#[test]
fn a_wall_clock_set_back_mid_speech_never_puts_the_record_out_of_order() {
    let start = WallTime::parse_from_rfc3339("2020-06-12T14:00:00+07:00").expect("time");
    let earlier = |seconds: i64| start - chrono::TimeDelta::seconds(seconds);
    let mut span = Span::default();
    toggle(&mut span, start);
    toggle(&mut span, earlier(30));
    toggle(&mut span, earlier(60));
    end(&mut span, earlier(90));
    assert!(span.is_in_order(), "{span:?}");
    assert_eq!(span.state(), SpanState::Ended);
    assert_eq!(span.elapsed(start), Duration::ZERO);
}

#[test]
fn corrections_add_and_take_away_but_never_below_zero() {
    use crate::model::AdjustmentKind::{StartedLate, Step};
    let clock = clock();
    let mut span = Span::default();
    toggle(&mut span, clock.wall());
    clock.advance(secs(20.0));
    assert_eq!(super::adjust(&mut span, -30, Step, clock.wall()), -20, "only the 20 s counted go");
    assert_eq!(span.elapsed(clock.wall()), Duration::ZERO);
    assert_eq!(super::adjust(&mut span, -30, Step, clock.wall()), 0, "nothing left to take");
    assert_eq!(span.adjustments.len(), 1, "a correction that changes nothing is not kept");
    assert_eq!(super::adjust(&mut span, 45, StartedLate, clock.wall()), 45);
    clock.advance(secs(10.0));
    toggle(&mut span, clock.wall());
    clock.advance(secs(100.0));
    assert_eq!(super::adjust(&mut span, 30, Step, clock.wall()), 30, "a paused timer is corrected too");
    assert_eq!(span.elapsed(clock.wall()), secs(20.0 - 20.0 + 45.0 + 10.0 + 30.0));
    end(&mut span, clock.wall());
    assert_eq!(span.recorded(), secs(85.0));
    assert!(span.is_in_order());
    let kept: Vec<(i64, crate::model::AdjustmentKind)> =
        span.adjustments.iter().map(|a| (a.secs, a.kind)).collect();
    assert_eq!(kept, [(-20, Step), (45, StartedLate), (30, Step)]);
}

#[test]
fn the_live_timer_follows_a_correction_at_once() {
    let clock = clock();
    let mut span = Span::default();
    let mut timer = LiveTimer::default();
    toggle(&mut span, clock.wall());
    timer.sync(SPAN, &span, &clock);
    clock.advance(secs(60.0));
    super::adjust(&mut span, 30, crate::model::AdjustmentKind::Step, clock.wall());
    timer.sync(SPAN, &span, &clock);
    assert_eq!(timer.elapsed(&clock), secs(90.0));
    clock.advance(secs(1.5));
    assert_eq!(timer.elapsed(&clock), secs(91.5));
}
