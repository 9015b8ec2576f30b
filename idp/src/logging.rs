//! Log lines on standard error: readable text (colours only on a terminal) or one JSON
//! object per line for a log collector (`log_format`, `IDP_LOG_FORMAT`). `RUST_LOG`
//! filters them as usual (default `info`).
//!
//! What is logged never holds a secret: the access log (`web::request_log`) names the
//! route's template, never the URL with its query, and no handler logs a form, a token,
//! a code, a cookie or a password. `idp/tests/it/logs.rs` greps a whole journey's log for
//! every secret it handled.
//!
//! A request's thread formats its line and appends it to a shared buffer; a logging
//! thread writes what has gathered with one `write(2)` at most every [`FLUSH_EVERY`].
//! Measured on the JWKS endpoint under load (16 connections): the access log, a write per
//! line, cost ~11 % of the throughput; `tracing-appender`'s non-blocking writer, which
//! wakes its thread for every line, cost as much (its thread alone took 12 % of idp's
//! CPU). Nothing is dropped: past [`MAX_WAITING`] bytes a request waits for the writer,
//! as it waited for a slow standard error before. What is waiting is written when the
//! [`LogGuard`] is dropped at the end of `main` (lines logged after that are written one
//! by one); a `kill -9` can lose the last [`FLUSH_EVERY`] of lines. A batch is one
//! `write(2)` of up to [`MAX_WAITING`] bytes, atomic on a pipe only up to 4 KiB: a pipe
//! shared with other writers (a shell's `2>&1` with another process) can interleave them.

use std::io::{IsTerminal, Write};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use tracing_subscriber::fmt::writer::BoxMakeWriter;

use crate::config::LogFormat;

/// The longest a line waits for the logging thread under load.
pub const FLUSH_EVERY: Duration = Duration::from_millis(5);
/// Lines waiting beyond this make their writers wait.
pub const MAX_WAITING: usize = 4 << 20;

#[derive(Default)]
struct Waiting {
    bytes: Vec<u8>,
    writer_asleep: bool,
    /// The guard was dropped: the logging thread writes what is left and stops.
    closed: bool,
    /// The logging thread has stopped; lines are written by their writers (to `after`).
    done: bool,
}

type Out = Box<dyn Write + Send>;

#[derive(Default)]
struct Shared {
    waiting: Mutex<Waiting>,
    /// The logging thread waits here for a first line.
    line: Condvar,
    /// Writers wait here for room; the guard waits here for the end of the thread.
    room: Condvar,
    /// The output, once the logging thread has stopped.
    after: Mutex<Option<Out>>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Waiting> {
        self.waiting.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Lines for the logging thread; every `write` call is one whole line (tracing-subscriber
/// formats an event into one buffer and writes it at once), so lines never interleave.
#[derive(Clone)]
pub struct Batched(Arc<Shared>);

impl Write for Batched {
    fn write(&mut self, line: &[u8]) -> std::io::Result<usize> {
        let mut waiting = self.0.lock();
        while waiting.bytes.len() >= MAX_WAITING && !waiting.closed {
            waiting = self
                .0
                .room
                .wait(waiting)
                .unwrap_or_else(PoisonError::into_inner);
        }
        if waiting.done {
            drop(waiting);
            let mut after = self.0.after.lock().unwrap_or_else(PoisonError::into_inner);
            if let Some(out) = after.as_mut() {
                out.write_all(line)?;
            }
            return Ok(line.len());
        }
        waiting.bytes.extend_from_slice(line);
        if waiting.writer_asleep {
            waiting.writer_asleep = false;
            self.0.line.notify_one();
        }
        Ok(line.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// How long dropping the guard waits for the last lines to be written (standard error may
/// be a pipe nobody reads any more).
const LAST_LINES_WAIT: Duration = Duration::from_secs(2);

/// Keep it until the process ends: dropping it writes the lines still waiting and stops
/// the logging thread; lines logged after that are written one by one.
#[must_use = "dropping the guard stops the logging thread"]
pub struct LogGuard {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl LogGuard {
    fn none() -> Self {
        LogGuard {
            shared: Arc::default(),
            thread: None,
        }
    }
}

impl Drop for LogGuard {
    fn drop(&mut self) {
        let Some(thread) = self.thread.take() else {
            return;
        };
        let mut waiting = self.shared.lock();
        waiting.closed = true;
        self.shared.line.notify_one();
        self.shared.room.notify_all();
        let deadline = std::time::Instant::now() + LAST_LINES_WAIT;
        while !waiting.done {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return; // Standard error blocks: the thread is left to it.
            }
            waiting = self
                .shared
                .room
                .wait_timeout(waiting, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        drop(waiting);
        let _ = thread.join();
    }
}

/// A buffer that grew this large in a burst is not kept.
const KEPT_CAPACITY: usize = 256 << 10;

/// The buffer and its logging thread, writing to `out`.
pub fn batched(out: impl Write + Send + 'static) -> std::io::Result<(Batched, LogGuard)> {
    let shared = Arc::new(Shared::default());
    let thread = {
        let shared = Arc::clone(&shared);
        let mut out: Out = Box::new(out);
        std::thread::Builder::new()
            .name("idp-log".into())
            .spawn(move || {
                let mut taken = Vec::new();
                loop {
                    let mut waiting = shared.lock();
                    while waiting.bytes.is_empty() && !waiting.closed {
                        waiting.writer_asleep = true;
                        waiting = shared
                            .line
                            .wait(waiting)
                            .unwrap_or_else(PoisonError::into_inner);
                    }
                    if waiting.bytes.is_empty() {
                        // Closed, and every line written: writers write their own now.
                        *shared.after.lock().unwrap_or_else(PoisonError::into_inner) = Some(out);
                        waiting.done = true;
                        drop(waiting);
                        shared.room.notify_all();
                        return;
                    }
                    let closed = waiting.closed;
                    std::mem::swap(&mut waiting.bytes, &mut taken);
                    drop(waiting);
                    shared.room.notify_all();
                    // Nowhere to report a failing standard error: the lines are lost, as
                    // they were when each request wrote its own.
                    let _ = out.write_all(&taken).and_then(|()| out.flush());
                    taken.clear();
                    if taken.capacity() > KEPT_CAPACITY {
                        taken = Vec::new();
                    }
                    if !closed {
                        std::thread::sleep(FLUSH_EVERY);
                    }
                }
            })?
    };
    let guard = LogGuard {
        shared: Arc::clone(&shared),
        thread: Some(thread),
    };
    Ok((Batched(shared), guard))
}

/// Sets the process's logger once; later calls (tests, the demo) change nothing.
pub fn init(format: LogFormat) -> LogGuard {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let (writer, guard) = match batched(std::io::stderr()) {
        Ok((writer, guard)) => (BoxMakeWriter::new(move || writer.clone()), guard),
        // No thread to be had: each line written by its request, as before.
        Err(_) => (BoxMakeWriter::new(std::io::stderr), LogGuard::none()),
    };
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    let installed = match format {
        LogFormat::Text => builder
            .with_target(false)
            .with_ansi(std::io::stderr().is_terminal())
            .try_init(),
        // Fields at the top level beside `timestamp`, `level`, `message` and `target`
        // (`access` for the access log); the request's id under `span`.
        LogFormat::Json => builder
            .json()
            .with_ansi(false)
            .flatten_event(true)
            .with_current_span(true)
            .with_span_list(false)
            .try_init(),
    };
    // When a logger was already set, this one's thread ends with its guard.
    drop(installed);
    guard
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::time::Instant;

    /// A `Write` the test can read while the logging thread writes to it.
    #[derive(Clone, Default)]
    struct Sink(Arc<Mutex<(Vec<u8>, usize)>>);

    impl Write for Sink {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            let mut sink = self.0.lock().unwrap();
            sink.0.extend_from_slice(bytes);
            sink.1 += 1;
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_line_is_written_soon_and_alone() {
        let sink = Sink::default();
        let (mut lines, _guard) = batched(sink.clone()).unwrap();
        lines.write_all(b"one line\n").unwrap();
        let deadline = Instant::now() + Duration::from_secs(5);
        while sink.0.lock().unwrap().0.is_empty() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
        }
        assert_eq!(sink.0.lock().unwrap().0, b"one line\n");
    }

    #[test]
    fn lines_from_many_threads_arrive_whole_and_few_writes_carry_them() {
        let sink = Sink::default();
        let (lines, guard) = batched(sink.clone()).unwrap();
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let mut lines = lines.clone();
                std::thread::spawn(move || {
                    for n in 0..5_000 {
                        lines
                            .write_all(
                                format!("thread {t} line {n:05} {}\n", "x".repeat(60)).as_bytes(),
                            )
                            .unwrap();
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        // Dropping the guard writes what is still waiting.
        drop(guard);
        let (bytes, writes) = sink.0.lock().unwrap().clone();
        let text = String::from_utf8(bytes).unwrap();
        let all: Vec<&str> = text.lines().collect();
        assert_eq!(all.len(), 20_000);
        for t in 0..4 {
            let mine: Vec<&str> = all
                .iter()
                .copied()
                .filter(|l| l.starts_with(&format!("thread {t} ")))
                .collect();
            assert_eq!(mine.len(), 5_000, "thread {t}");
            // Whole, and in the order each thread wrote them.
            for (n, line) in mine.iter().enumerate() {
                assert!(
                    line.starts_with(&format!("thread {t} line {n:05} ")),
                    "{line}"
                );
                assert_eq!(line.len(), format!("thread {t} line {n:05} ").len() + 60);
            }
        }
        assert!(writes < 2_000, "{writes} writes for 20,000 lines");
    }

    #[test]
    fn a_writer_that_cannot_keep_up_holds_the_lines_back_not_the_memory() {
        /// Standard error taking 20 ms per write.
        #[derive(Clone, Default)]
        struct Slow(Sink);
        impl Write for Slow {
            fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
                std::thread::sleep(Duration::from_millis(20));
                self.0.write(bytes)
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let slow = Slow::default();
        let (mut lines, guard) = batched(slow.clone()).unwrap();
        let line = vec![b'y'; 1023];
        let mut most = 0;
        for _ in 0..(3 * MAX_WAITING / 1024) {
            lines.write_all(&line).unwrap();
            lines.write_all(b"\n").unwrap();
            most = most.max(lines.0.lock().bytes.len());
        }
        assert!(most <= MAX_WAITING + 1024, "{most} bytes waiting");
        drop(guard);
        assert_eq!(slow.0.0.lock().unwrap().0.len(), 3 * MAX_WAITING);
    }

    #[test]
    fn lines_after_the_guard_are_written_one_by_one() {
        let sink = Sink::default();
        let (mut lines, guard) = batched(sink.clone()).unwrap();
        lines.write_all(b"before\n").unwrap();
        drop(guard);
        lines.write_all(b"after\n").unwrap();
        assert_eq!(sink.0.lock().unwrap().0, b"before\nafter\n");
    }

    #[test]
    fn a_standard_error_that_blocks_does_not_hold_the_end_of_the_process() {
        /// Standard error that never returns from a write.
        struct Stuck;
        impl Write for Stuck {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                std::thread::sleep(Duration::from_secs(3600));
                Ok(0)
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let (mut lines, guard) = batched(Stuck).unwrap();
        lines.write_all(b"never written\n").unwrap();
        let started = Instant::now();
        drop(guard);
        assert!(started.elapsed() < LAST_LINES_WAIT + Duration::from_secs(1));
    }
}
