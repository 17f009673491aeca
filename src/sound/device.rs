//! The system's default audio output, through cpal, on a thread of its own: a stream is
//! opened for each cue and closed when it has rung, so nothing runs between cues.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use cpal::{FromSample, SampleFormat, SizedSample, StreamConfig};

use super::{CueSink, SoundStatus, samples};
use crate::meeting::cues::Cue;

const READY: u8 = 0;
const NO_DEVICE: u8 = 1;

/// Plays cues on the default output device; silent, and saying so, when there is none.
pub struct DeviceSink {
    cues: Option<Sender<(Cue, u8)>>,
    status: Arc<AtomicU8>,
}

impl DeviceSink {
    /// Starts the audio thread; it looks for the output device at once.
    pub fn start() -> Self {
        let status = Arc::new(AtomicU8::new(READY));
        let (send, receive) = channel();
        let shared = Arc::clone(&status);
        let started =
            std::thread::Builder::new().name("sinhhoat-sound".into()).spawn(move || run(&receive, &shared));
        match started {
            Ok(_) => Self { cues: Some(send), status },
            Err(_) => Self { cues: None, status: Arc::new(AtomicU8::new(NO_DEVICE)) },
        }
    }
}

impl CueSink for DeviceSink {
    fn play(&mut self, cue: Cue, volume: u8) {
        if let Some(cues) = &self.cues {
            // A closed channel means the audio thread gave up: the cue is silent.
            let _ = cues.send((cue, volume));
        }
    }

    fn status(&self) -> SoundStatus {
        match (self.cues.is_some(), self.status.load(Ordering::Relaxed)) {
            (true, READY) => SoundStatus::Ready,
            _ => SoundStatus::NoDevice,
        }
    }
}

/// The audio thread: plays each cue as it comes; marks the device missing when none opens.
/// A device counts as found only when it tells its output format: ALSA names a "default"
/// device even on a machine without a sound card.
fn run(cues: &Receiver<(Cue, u8)>, status: &AtomicU8) {
    let found =
        cpal::default_host().default_output_device().and_then(|device| device.default_output_config().ok());
    status.store(if found.is_some() { READY } else { NO_DEVICE }, Ordering::Relaxed);
    while let Ok((cue, volume)) = cues.recv() {
        let played =
            cpal::default_host().default_output_device().and_then(|device| ring(&device, cue, volume));
        status.store(if played.is_some() { READY } else { NO_DEVICE }, Ordering::Relaxed);
    }
}

/// Rings one cue on `device` and waits until it has sounded; `None` if it could not.
fn ring(device: &cpal::Device, cue: Cue, volume: u8) -> Option<()> {
    let config = device.default_output_config().ok()?;
    let format = config.sample_format();
    let config: StreamConfig = config.into();
    let sound = samples(cue, config.sample_rate, volume);
    let length = Duration::from_secs_f64(sound.len() as f64 / f64::from(config.sample_rate.max(1)));
    let queue = Arc::new(Mutex::new(VecDeque::from(sound)));
    let stream = match format {
        SampleFormat::F32 => open::<f32>(device, &config, queue),
        SampleFormat::I16 => open::<i16>(device, &config, queue),
        SampleFormat::U16 => open::<u16>(device, &config, queue),
        SampleFormat::I32 => open::<i32>(device, &config, queue),
        _ => None,
    }?;
    stream.play().ok()?;
    std::thread::sleep(length + Duration::from_millis(150));
    Some(())
}

/// An output stream that plays the samples in `queue` on every channel, then silence.
fn open<T>(
    device: &cpal::Device,
    config: &StreamConfig,
    queue: Arc<Mutex<VecDeque<f32>>>,
) -> Option<cpal::Stream>
where
    T: SizedSample + FromSample<f32>,
{
    let channels = usize::from(config.channels.max(1));
    let fill = move |data: &mut [T], _: &cpal::OutputCallbackInfo| {
        let mut queue = queue.lock().unwrap_or_else(PoisonError::into_inner);
        for frame in data.chunks_mut(channels) {
            let value = T::from_sample(queue.pop_front().unwrap_or(0.0));
            frame.fill(value);
        }
    };
    device.build_output_stream(*config, fill, |_| {}, None).ok()
}
