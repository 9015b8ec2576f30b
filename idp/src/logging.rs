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
//! [`LogGuard`] is dropped at the end of `main`; a `kill -9` can lose the last
//! [`FLUSH_EVERY`] of lines.

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
    closed: bool,
}

#[derive(Default)]
struct Shared {
    waiting: Mutex<Waiting>,
    /// The logging thread waits here for a first line.
    line: Condvar,
    /// Writers wait here for room.
    room: Condvar,
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

/// Keep it until the process ends: dropping it writes the lines still waiting and stops
/// the logging thread.
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
        self.shared.lock().closed = true;
        self.shared.line.notify_one();
        self.shared.room.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The buffer and its logging thread, writing to `out`.
pub fn batched(mut out: impl Write + Send + 'static) -> std::io::Result<(Batched, LogGuard)> {
    let shared = Arc::new(Shared::default());
    let thread = {
        let shared = Arc::clone(&shared);
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
                    let closed = waiting.closed;
                    std::mem::swap(&mut waiting.bytes, &mut taken);
                    drop(waiting);
                    shared.room.notify_all();
                    // Nowhere to report a failing standard error: the lines are lost, as
                    // they were when each request wrote its own.
                    let _ = out.write_all(&taken).and_then(|()| out.flush());
                    taken.clear();
                    if closed {
                        return;
                    }
                    std::thread::sleep(FLUSH_EVERY);
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
}
