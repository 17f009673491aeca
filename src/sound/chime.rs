//! The chime: a soft bell made of a fundamental and two overtones with a quick attack and an
//! exponential decay; the limit's cue rings it twice.

use crate::meeting::cues::Cue;

/// The rate the chime is made at, in samples a second.
pub const SAMPLE_RATE: u32 = 48_000;

/// One chime's length, in seconds, and the gap between two.
const CHIME_SECS: f32 = 0.7;
const GAP_SECS: f32 = 0.18;
/// The bell's pitch (A5) and its overtones, with their strengths.
const PARTIALS: [(f32, f32); 3] = [(880.0, 0.6), (1760.0, 0.25), (2640.0, 0.15)];

/// The mono samples of `cue` at `rate` samples a second and `volume` (0 to 100), each
/// within -1.0..=1.0.
pub fn samples(cue: Cue, rate: u32, volume: u8) -> Vec<f32> {
    #[allow(clippy::cast_precision_loss, reason = "sample rates are far below 2^24")]
    let rate_f = rate.clamp(8_000, 192_000) as f32;
    let gain = f32::from(volume.min(100)) / 100.0;
    let chime_len = seconds(CHIME_SECS, rate_f);
    let gap_len = seconds(GAP_SECS, rate_f);
    let mut out = Vec::new();
    for ring in 0..cue.chimes() {
        if ring > 0 {
            out.extend(std::iter::repeat_n(0.0, gap_len));
        }
        let mut t = 0.0_f32;
        for _ in 0..chime_len {
            let attack = (t / 0.005).min(1.0);
            let envelope = attack * (-t * 6.0).exp();
            let tone: f32 =
                PARTIALS.iter().map(|(hz, strength)| strength * (std::f32::consts::TAU * hz * t).sin()).sum();
            out.push((tone * envelope * gain).clamp(-1.0, 1.0));
            t += 1.0 / rate_f;
        }
    }
    out
}

/// How many samples `secs` take at `rate` (both positive and small: a second at most
/// 192 000 samples).
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a small positive count")]
fn seconds(secs: f32, rate: f32) -> usize {
    (secs * rate).round().max(0.0) as usize
}

#[cfg(test)]
mod tests {
    use super::{SAMPLE_RATE, samples};
    use crate::meeting::cues::Cue;

    #[test]
    fn the_limit_rings_twice_and_the_volume_scales_the_sound() {
        let one = samples(Cue::TargetEnd, SAMPLE_RATE, 100);
        let two = samples(Cue::Limit, SAMPLE_RATE, 100);
        assert_eq!(one.len(), 33_600, "0.7 s at 48 kHz");
        assert_eq!(two.len(), 2 * 33_600 + 8_640, "two chimes and the gap");
        let peak = |sound: &[f32]| sound.iter().fold(0.0_f32, |peak, s| peak.max(s.abs()));
        assert!(peak(&one) > 0.5 && peak(&one) <= 1.0, "{}", peak(&one));
        let quiet = samples(Cue::TargetEnd, SAMPLE_RATE, 20);
        assert!((peak(&quiet) - peak(&one) * 0.2).abs() < 1e-3);
        assert!(samples(Cue::Minimum, SAMPLE_RATE, 0).iter().all(|s| *s == 0.0), "volume 0 is silent");
        let tail = &one[one.len() - 100..];
        assert!(peak(tail) < 0.02, "the chime dies away instead of clicking off");
    }
}
