//! Saving in the background: the UI hands over a snapshot after every change and never waits
//! for the disk. Snapshots of one file that arrive while a save runs are merged, so only the
//! newest is written; a failed save is retried every second and reported each time.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use super::{SaveError, encode_session, write_atomic};
use crate::model::Session;

/// How long the worker waits before trying a failed save again.
const RETRY_AFTER: Duration = Duration::from_secs(1);

/// The outcome of one attempt to save one snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveReport {
    /// The file written.
    pub path: PathBuf,
    /// The change counter of the snapshot that was written.
    pub generation: u64,
    /// Whether it reached the disk.
    pub result: Result<(), SaveError>,
}

enum Job {
    Save { path: PathBuf, session: Box<Session>, generation: u64 },
    Flush(Sender<bool>),
}

/// The background saver. Dropping it writes whatever is pending before it returns.
pub struct Autosaver {
    jobs: Option<Sender<Job>>,
    reports: Receiver<SaveReport>,
    worker: Option<JoinHandle<()>>,
}

impl Autosaver {
    /// Starts the worker; `notify` is called after every report, e.g. to wake the UI.
    pub fn start(notify: impl Fn() + Send + 'static) -> Self {
        let (jobs, job_queue) = mpsc::channel();
        let (report_sender, reports) = mpsc::channel();
        let worker = thread::Builder::new()
            .name("autosave".into())
            .spawn(move || run(&job_queue, &report_sender, &notify))
            .ok();
        Self { jobs: Some(jobs), reports, worker }
    }

    /// Queues a snapshot of `session` to be written to `path`.
    pub fn save(&self, path: PathBuf, session: Session, generation: u64) {
        self.send(Job::Save { path, session: Box::new(session), generation });
    }

    /// Waits until everything queued so far is on disk; false if some save failed.
    pub fn flush(&self) -> bool {
        let (done, wait) = mpsc::channel();
        self.send(Job::Flush(done));
        wait.recv().unwrap_or(false)
    }

    /// The reports that arrived since the last call, oldest first.
    pub fn reports(&self) -> Vec<SaveReport> {
        self.reports.try_iter().collect()
    }

    fn send(&self, job: Job) {
        if let Some(jobs) = &self.jobs {
            // The worker only stops when this sender is dropped, so sending cannot fail.
            let _ = jobs.send(job);
        }
    }
}

impl Drop for Autosaver {
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

type Pending = BTreeMap<PathBuf, (Box<Session>, u64)>;

fn run(jobs: &Receiver<Job>, reports: &Sender<SaveReport>, notify: &dyn Fn()) {
    let mut pending = Pending::new();
    let mut flushes: Vec<Sender<bool>> = Vec::new();
    loop {
        let next = if pending.is_empty() {
            jobs.recv().map_err(|_| RecvTimeoutError::Disconnected)
        } else {
            jobs.recv_timeout(RETRY_AFTER)
        };
        let disconnected = match next {
            Ok(job) => {
                take(job, &mut pending, &mut flushes);
                jobs.try_iter().for_each(|job| take(job, &mut pending, &mut flushes));
                false
            }
            Err(RecvTimeoutError::Timeout) => false,
            Err(RecvTimeoutError::Disconnected) => true,
        };
        let all_saved = write_pending(&mut pending, reports, notify);
        for flush in flushes.drain(..) {
            let _ = flush.send(all_saved);
        }
        if disconnected {
            return;
        }
    }
}

fn take(job: Job, pending: &mut Pending, flushes: &mut Vec<Sender<bool>>) {
    match job {
        Job::Save { path, session, generation } => {
            pending.insert(path, (session, generation));
        }
        Job::Flush(done) => flushes.push(done),
    }
}

/// Writes every pending snapshot; the ones that fail stay pending. True if none failed.
fn write_pending(pending: &mut Pending, reports: &Sender<SaveReport>, notify: &dyn Fn()) -> bool {
    pending.retain(|path, (session, generation)| {
        let result = write_atomic(path, &encode_session(session));
        let failed = result.is_err();
        let _ = reports.send(SaveReport { path: path.clone(), generation: *generation, result });
        notify();
        failed
    });
    pending.is_empty()
}

#[cfg(test)]
mod tests {
    use super::Autosaver;
    use crate::model::Session;
    use crate::store::load_session;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn the_newest_snapshot_reaches_the_disk_and_is_reported() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let path = folder.path().join("session.json");
        let wakeups = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&wakeups);
        let saver = Autosaver::start(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        });
        for generation in 1..=20 {
            saver.save(path.clone(), Session::new_titled(&format!("bản {generation}")), generation);
        }
        assert!(saver.flush());
        assert_eq!(load_session(&path).expect("saved").meeting.title, "bản 20");
        let reports = saver.reports();
        assert_eq!(reports.last().map(|report| report.generation), Some(20));
        assert!(reports.iter().all(|report| report.result.is_ok()));
        assert!(wakeups.load(Ordering::SeqCst) >= 1);
    }

    #[test]
    fn a_failed_save_is_retried_until_the_disk_takes_it() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let later = folder.path().join("not yet");
        let path = later.join("session.json");
        let saver = Autosaver::start(|| {});
        saver.save(path.clone(), Session::new_titled("giữ trong bộ nhớ"), 1);
        assert!(!saver.flush());
        std::fs::create_dir(&later).expect("the folder appears");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while !path.exists() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        assert!(saver.flush(), "nothing is pending any more");
        assert_eq!(load_session(&path).expect("saved by a retry").meeting.title, "giữ trong bộ nhớ");
        let reports = saver.reports();
        assert!(reports.first().is_some_and(|report| report.result.is_err()));
        assert!(reports.last().is_some_and(|report| report.result.is_ok() && report.generation == 1));
    }

    #[test]
    fn a_failing_save_is_reported_and_dropping_the_saver_still_writes_the_rest() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let good = folder.path().join("good.json");
        let bad = folder.path().join("no such folder").join("bad.json");
        let saver = Autosaver::start(|| {});
        saver.save(bad.clone(), Session::default(), 1);
        assert!(!saver.flush());
        let failures: Vec<_> = saver.reports().into_iter().filter(|r| r.result.is_err()).collect();
        assert_eq!(failures.first().map(|report| &report.path), Some(&bad));
        saver.save(good.clone(), Session::new_titled("kept"), 2);
        drop(saver);
        assert_eq!(load_session(&good).expect("saved on drop").meeting.title, "kept");
    }
}
