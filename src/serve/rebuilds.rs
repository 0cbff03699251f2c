//! Full rebuilds of the live preview: one at a time, on their own thread, so that the
//! watcher is free to show the next save at once (the fast path) while a rebuild runs.

use std::sync::{Arc, Condvar, Mutex};

/// Pending requests for a full rebuild. Requests made while a rebuild runs are merged into
/// one, and a rebuild that a newer request overtakes is not published: the fast path has
/// already shown the newer edit, and the next rebuild includes it.
#[derive(Clone, Default)]
pub(super) struct RebuildQueue(Arc<(Mutex<Option<bool>>, Condvar)>);

impl RebuildQueue {
    /// Asks for a rebuild; `announce`: the browsers must reload when it is published (the
    /// edit was not shown by the fast path). Merged requests announce if any of them does.
    pub(super) fn request(&self, announce: bool) {
        let (pending, wake) = &*self.0;
        let mut pending = pending.lock().unwrap_or_else(|p| p.into_inner());
        *pending = Some(pending.unwrap_or(false) || announce);
        wake.notify_one();
    }

    /// Whether a request is waiting (a running rebuild is then out of date).
    pub(super) fn overtaken(&self) -> bool {
        let (pending, _) = &*self.0;
        pending.lock().unwrap_or_else(|p| p.into_inner()).is_some()
    }

    /// Waits for a request and takes it; returns its `announce`.
    fn next(&self) -> bool {
        let (pending, wake) = &*self.0;
        let mut pending = pending.lock().unwrap_or_else(|p| p.into_inner());
        loop {
            if let Some(announce) = pending.take() {
                return announce;
            }
            pending = wake.wait(pending).unwrap_or_else(|p| p.into_inner());
        }
    }

    /// Starts the thread that runs `rebuild(announce)` for each request. `rebuild` returns
    /// whether it published; when it did not (it was overtaken), its `announce` carries over
    /// to the next rebuild.
    pub(super) fn start(&self, rebuild: impl Fn(bool) -> bool + Send + 'static) {
        let queue = self.clone();
        std::thread::spawn(move || {
            loop {
                let announce = queue.next();
                if !rebuild(announce) && announce {
                    queue.request(true);
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    #[test]
    fn requests_during_a_rebuild_merge_and_overtake_it() {
        let queue = RebuildQueue::default();
        let (started, runs) = mpsc::channel();
        let (release, gate) = mpsc::channel::<()>();
        let gate = Mutex::new(gate);
        let watcher = queue.clone();
        queue.start(move |announce| {
            started.send(announce).unwrap();
            gate.lock().unwrap().recv().unwrap();
            !watcher.overtaken()
        });
        queue.request(false);
        assert_eq!(runs.recv_timeout(Duration::from_secs(5)), Ok(false));
        // Two saves while the first rebuild runs: it is overtaken (not published), and the
        // two requests become one rebuild that announces, since one of them asked to.
        queue.request(true);
        queue.request(false);
        assert!(queue.overtaken());
        release.send(()).unwrap();
        assert_eq!(runs.recv_timeout(Duration::from_secs(5)), Ok(true));
        release.send(()).unwrap();
        assert!(
            runs.recv_timeout(Duration::from_millis(200)).is_err(),
            "no third rebuild"
        );
    }
}
