//! Password sign-in throughput against the release `idp` binary, next to the bare argon2id
//! rate on the same machine, with the server's peak memory.
//!
//!     cargo bench -p idp --bench signin            # embedded store, then Redis
//!     BENCH_SECONDS=20 BENCH_CONCURRENCY=32 cargo bench -p idp --bench signin
//!
//! Each sign-in is what a browser does: GET /login, POST the e-mail, POST the password
//! (argon2id verify, new session written to the store), expecting the 303 to /account.
//! Every one is from a new browser, so all but each account's first on a server send its
//! owner the new-browser mail; mail leaves over SMTP, as in production, to a receiver in
//! this process on loopback (the last lines count what it received). A real relay's
//! latency and TLS are not modelled: lettre's pool keeps one or two connections here.
//!
//! First, the hash alone with a plain `Vec` of blocks against idp's buffer on huge pages
//! (`accounts::hash_memory`), alternating. The steady load runs in slices of about 2 s, each
//! between two slices of bare argon2id (with idp's buffer, so the ratio is what idp adds
//! to the hash) half as long, and the rate is set against the mean of those (the last lines): the
//! machine's speed drifts by a fifth within seconds. Each slice, the flood's too, is counted
//! once it has settled (`SETTLE`); the server's CPU during the bare slices is printed with
//! the ratio (it should be next to nothing). Then a flood (many more clients than hashing threads) shows that
//! memory stays bounded and excess work is refused with 503 rather than queued. In the
//! flood, "other" is the attempt limit's 429: 256 clients over 20 accounts send each
//! account more attempts at once than `login_lock_after`, and those past it are refused
//! unchecked (`throttle::check_login`), as guesses sent at once would be. Last, what
//! the server's threads spent per sign-in in the steady slices (from `/proc`): the hashing
//! threads' CPU and their wait for a core, the store writer's CPU and wakes, the rest's CPU.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::time::{Duration, Instant};

use argon2::password_hash::PasswordHasher as _;
use argon2::password_hash::phc::PasswordHash;
use argon2::{Algorithm, Argon2, Block, Params, Version};

use idp::accounts::hash_memory::HashMemory;

mod common;

use common::{PASSWORD, Run, Server, USERS, env_u64, flows, report, start_redis};

/// How long each slice of load or of bare hashing runs before its count starts: the first
/// moments of a slice are not steady yet (the first pages before any hash, a hash begun).
const SETTLE: Duration = Duration::from_millis(300);

/// argon2id verifications per second on `threads` threads, nothing else, over `window`
/// once they settle: each thread reuses one memory buffer of idp's own kind
/// (`accounts::hash_memory`: on huge pages), as idp's hashing threads do
/// (`accounts::password`), so the rate is the hash's own as idp computes it, without a
/// fresh 19 MiB mapping faulted in per verification. Each thread's rate is its hashes between its first and its
/// last completion in the window over the time between them: the threads start together
/// and finish their hashes nearly in step, so counting whole hashes in the window would
/// move by a hash per thread with where the window's edges fall.
fn bare_argon2_rate(threads: usize, window: Duration) -> f64 {
    let hash = Argon2::default()
        .hash_password(PASSWORD.as_bytes())
        .unwrap()
        .to_string();
    let counted_from = Instant::now() + SETTLE;
    let deadline = counted_from + window;
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let hash = hash.clone();
            std::thread::spawn(move || {
                let parsed = PasswordHash::new(&hash).unwrap();
                let params = Params::try_from(&parsed).unwrap();
                let (salt, expected) = (parsed.salt.unwrap(), parsed.hash.unwrap());
                let mut memory = HashMemory::new(params.block_count()).unwrap();
                let mut out = vec![0u8; expected.as_bytes().len()];
                let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
                let (mut first, mut last, mut done) = (None, counted_from, 0u32);
                loop {
                    argon2
                        .hash_password_into_with_memory(
                            PASSWORD.as_bytes(),
                            salt.as_ref(),
                            &mut out,
                            memory.blocks(),
                        )
                        .unwrap();
                    assert_eq!(out, expected.as_bytes());
                    let now = Instant::now();
                    if now >= deadline {
                        break;
                    }
                    if now >= counted_from {
                        first.get_or_insert(now);
                        (last, done) = (now, done + 1);
                    }
                }
                let span = first.map_or(0.0, |first| (last - first).as_secs_f64());
                if span > 0.0 {
                    f64::from(done - 1) / span
                } else {
                    0.0
                }
            })
        })
        .collect();
    workers.into_iter().map(|w| w.join().unwrap()).sum()
}

/// The time of one argon2id hash with a plain `Vec` of blocks and with idp's buffer
/// (`accounts::hash_memory`), `threads` threads hashing at once as idp's hashing threads
/// do: in each of `rounds` rounds, every thread hashes five times with one kind of buffer,
/// all threads together, then five times with the other (which goes first alternates), so
/// that both kinds meet the same moments of the machine and the same neighbour.
fn buffer_a_b(threads: usize, rounds: u32) -> (Duration, Duration) {
    const RUN: u32 = 5;
    let params = Params::DEFAULT;
    let together = std::sync::Arc::new(std::sync::Barrier::new(threads));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let (params, together) = (params.clone(), together.clone());
            std::thread::spawn(move || {
                let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
                let mut plain = vec![Block::default(); params.block_count()];
                let mut idps = HashMemory::new(params.block_count()).unwrap();
                let mut out = [0u8; 32];
                // Each buffer written once before the timing: the Vec's pages are faulted
                // in as it is made, the mapping's only at its first use.
                for blocks in [&mut plain[..], idps.blocks()] {
                    argon2
                        .hash_password_into_with_memory(b"pw", b"saltsaltsalt", &mut out, blocks)
                        .unwrap();
                }
                let (mut with_plain, mut with_idps) = (Duration::ZERO, Duration::ZERO);
                for round in 0..rounds {
                    for turn in 0..2 {
                        together.wait();
                        let on_idps = (round + turn) % 2 == 1;
                        let start = Instant::now();
                        for _ in 0..RUN {
                            let blocks = if on_idps {
                                idps.blocks()
                            } else {
                                &mut plain[..]
                            };
                            argon2
                                .hash_password_into_with_memory(
                                    b"pw",
                                    b"saltsaltsalt",
                                    &mut out,
                                    blocks,
                                )
                                .unwrap();
                        }
                        *(if on_idps {
                            &mut with_idps
                        } else {
                            &mut with_plain
                        }) += start.elapsed();
                    }
                }
                (with_plain / (rounds * RUN), with_idps / (rounds * RUN))
            })
        })
        .collect();
    let n = u32::try_from(threads).unwrap();
    let (plain, idps) = workers
        .into_iter()
        .map(|w| w.join().unwrap())
        .fold((Duration::ZERO, Duration::ZERO), |(a, b), (x, y)| {
            (a + x, b + y)
        });
    (plain / n, idps / n)
}

/// What the scheduler counted for one thread group of the server: CPU time, time spent
/// waiting for a core, and switches away (voluntary: the thread waited for something, which
/// for the store's writer is a wake per batch; involuntary: it was preempted).
#[derive(Default, Clone, Copy)]
struct Sched {
    run_ns: u64,
    wait_ns: u64,
    voluntary: u64,
    involuntary: u64,
}

impl std::ops::Add for Sched {
    type Output = Sched;
    fn add(self, other: Sched) -> Sched {
        Sched {
            run_ns: self.run_ns + other.run_ns,
            wait_ns: self.wait_ns + other.wait_ns,
            voluntary: self.voluntary + other.voluntary,
            involuntary: self.involuntary + other.involuntary,
        }
    }
}

impl std::ops::Sub for Sched {
    type Output = Sched;
    fn sub(self, earlier: Sched) -> Sched {
        Sched {
            run_ns: self.run_ns.saturating_sub(earlier.run_ns),
            wait_ns: self.wait_ns.saturating_sub(earlier.wait_ns),
            voluntary: self.voluntary.saturating_sub(earlier.voluntary),
            involuntary: self.involuntary.saturating_sub(earlier.involuntary),
        }
    }
}

/// Which of three groups a thread of the server is in: the password-hashing threads, the
/// store's writer, and the rest (the runtime's workers, the access log...).
fn group(comm: &str) -> usize {
    if comm.starts_with("argon2-") {
        0
    } else if comm.starts_with("idp-store-write") {
        1
    } else {
        2
    }
}

/// The server's threads now, by thread id: each one's group and what the scheduler counted.
fn threads(pid: u32) -> HashMap<u64, (usize, Sched)> {
    let mut all = HashMap::new();
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return all;
    };
    for task in tasks.flatten() {
        let Some(tid) = task.file_name().to_str().and_then(|t| t.parse().ok()) else {
            continue;
        };
        let dir = task.path();
        let read = |name: &str| std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        let schedstat = read("schedstat");
        let mut fields = schedstat.split_whitespace().map(|f| f.parse().unwrap_or(0));
        let (run_ns, wait_ns) = (fields.next().unwrap_or(0), fields.next().unwrap_or(0));
        let status = read("status");
        let switches = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0)
        };
        let counted = Sched {
            run_ns,
            wait_ns,
            voluntary: switches("voluntary_ctxt_switches:"),
            involuntary: switches("nonvoluntary_ctxt_switches:"),
        };
        all.insert(tid, (group(read("comm").trim()), counted));
    }
    all
}

/// What each group spent between two readings, thread by thread: a thread started meanwhile
/// counts whole, one that ended meanwhile is not seen.
fn spent_between(
    before: &HashMap<u64, (usize, Sched)>,
    after: &HashMap<u64, (usize, Sched)>,
) -> [Sched; 3] {
    let mut groups = [Sched::default(); 3];
    for (tid, (group, now)) in after {
        let earlier = before.get(tid).map_or(Sched::default(), |(_, s)| *s);
        groups[*group] = groups[*group] + (*now - earlier);
    }
    groups
}

/// Per sign-in: what each thread group of the server spent while `sign_ins` were counted.
fn per_sign_in(name: &str, spent: [Sched; 3], sign_ins: u64) -> String {
    let n = sign_ins.max(1) as f64;
    let [hash, writer, rest] = spent;
    let ms = |ns: u64| ns as f64 / 1e6 / n;
    format!(
        "{name}, per sign-in: hashing threads {:.1} ms of CPU, {:.1} ms waiting for a core, \
         preempted {:.2} times; the store's writer {:.2} ms of CPU, woken {:.2} times; the \
         rest of idp {:.2} ms of CPU",
        ms(hash.run_ns),
        ms(hash.wait_ns),
        hash.involuntary as f64 / n,
        ms(writer.run_ns),
        writer.voluntary as f64 / n,
        ms(rest.run_ns),
    )
}

/// One sign-in from a new browser; returns the latency of the password step and its status.
async fn sign_in(base: &str, email: &str) -> Result<(Duration, u16), reqwest::Error> {
    let (latency, response) = flows::sign_in(&flows::browser(), base, email, None).await?;
    Ok((latency, response.status().as_u16()))
}

/// `concurrency` clients signing in over and over; what finishes within `window`, once the
/// load has settled, is counted, with what the server's threads (`pid`) spent meanwhile.
/// Also returns every sign-in that succeeded, counted or not.
async fn load(base: &str, concurrency: u64, window: Duration, pid: u32) -> (Run, [Sched; 3], u64) {
    let counted_from = Instant::now() + SETTLE;
    let deadline = counted_from + window;
    let spent = tokio::spawn(async move {
        tokio::time::sleep_until(counted_from.into()).await;
        let before = threads(pid);
        tokio::time::sleep_until(deadline.into()).await;
        spent_between(&before, &threads(pid))
    });
    let tasks: Vec<_> = (0..concurrency)
        .map(|worker| {
            let base = base.to_owned();
            tokio::spawn(async move {
                let (mut run, mut signed_in) = (Run::default(), 0);
                let mut n = worker as usize;
                while Instant::now() < deadline {
                    let email = format!("bench{}@example.eu", n % USERS);
                    n += 1;
                    let answer = sign_in(&base, &email).await;
                    if matches!(answer, Ok((_, 303))) {
                        signed_in += 1;
                    }
                    let finished = Instant::now();
                    if finished < counted_from || finished >= deadline {
                        continue;
                    }
                    match answer {
                        Ok((latency, 303)) => {
                            run.ok += 1;
                            run.latencies.push(latency);
                        }
                        Ok((_, 503)) => run.busy += 1,
                        _ => run.other += 1,
                    }
                }
                (run, signed_in)
            })
        })
        .collect();
    let mut run = Run {
        seconds: window.as_secs_f64(),
        ..Run::default()
    };
    let mut signed_in = 0;
    for task in tasks {
        let (counted, all) = task.await.unwrap();
        run.absorb(counted);
        signed_in += all;
    }
    run.latencies.sort();
    (run, spent.await.unwrap(), signed_in)
}

/// A slice of bare argon2id (its rate), and the CPU the server (`pid`) spent meanwhile,
/// which should be next to nothing.
fn bare_slice(cores: usize, window: Duration, pid: u32) -> (f64, u64) {
    let before = threads(pid);
    let rate = bare_argon2_rate(cores, window);
    let server = spent_between(&before, &threads(pid));
    (rate, server.iter().map(|g| g.run_ns).sum())
}

/// How many mails the receiver holds once no more arrive for half a second (at most 10 s).
async fn mails_settled(mails: &std::sync::Mutex<Vec<String>>) -> usize {
    let count = || mails.lock().unwrap().len();
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut seen = count();
    loop {
        tokio::time::sleep(Duration::from_millis(500)).await;
        let now = count();
        if now == seen || Instant::now() > deadline {
            return now;
        }
        seen = now;
    }
}

#[tokio::main]
async fn main() {
    let seconds = env_u64("BENCH_SECONDS", 10).max(2);
    let concurrency = env_u64("BENCH_CONCURRENCY", 8);
    let flood = env_u64("BENCH_FLOOD", 256);
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    // The steady load runs in slices of ~2 s, each between two slices of bare argon2id half
    // as long: the machine's speed drifts by a fifth within seconds, so the reference is
    // measured through the same moments as the load, not once before and once after it.
    let slices = (seconds / 2).max(1);
    let slice = Duration::from_secs(seconds) / u32::try_from(slices).unwrap();
    let (plain, idps) = buffer_a_b(cores, 16);
    println!(
        "\nargon2id on {cores} threads at once, alternating: {:.2} ms a hash with a Vec of blocks, \
         {:.2} ms with idp's buffer on huge pages ({:+.1} %)",
        plain.as_secs_f64() * 1e3,
        idps.as_secs_f64() * 1e3,
        (idps.as_secs_f64() / plain.as_secs_f64() - 1.0) * 100.0
    );
    let bare = bare_argon2_rate(cores, Duration::from_secs(seconds.min(5)));
    println!(
        "bare argon2id (m=19456 KiB, t=2, p=1) on {cores} threads, idp's buffer: \
         {bare:.1} verifications/s\n"
    );
    println!(
        "| store / load                 | conc | signin/s | p50 ms | p95 ms | p99 ms | 503s   | other | RSS MiB |"
    );
    println!(
        "|------------------------------|------|----------|--------|--------|--------|--------|-------|---------|"
    );

    // Mail leaves over SMTP, as in production, to a receiver in this process: the
    // development outbox would measure the file system instead (an `.eml` file created per
    // new-browser mail; on a journal-less ext4, each creation scans the inodes freed in
    // the last minutes, 0.2-1.4 ms of kernel CPU per mail on the benchmark machine).
    let (smtp_port, mails) = common::smtp_sink::smtp_sink().await;
    let smtp = [("IDP_SMTP_URL", format!("smtp://127.0.0.1:{smtp_port}"))];
    let mut redis = start_redis();
    let stores: Vec<(&str, Option<String>)> = match &redis {
        Some((_, url)) => vec![("embedded", None), ("redis", Some(url.clone()))],
        None => {
            eprintln!("redis-server not found: only the embedded store is measured");
            vec![("embedded", None)]
        }
    };
    let mut against_bare = Vec::new();
    let mut spent = Vec::new();
    let mut mailed = Vec::new();
    for (name, url) in stores {
        let server = Server::start_with(url.as_deref(), &smtp);
        let mails_before = mails.lock().unwrap().len();
        sign_in(&server.base, "bench0@example.eu").await.unwrap(); // warm up
        let mut signed_in = 1;
        let pid = server.pid().unwrap_or(0);
        let (first, mut server_during_bare) = bare_slice(cores, slice / 2, pid);
        let mut references = vec![first];
        let mut steady = Run::default();
        let mut used = [Sched::default(); 3];
        for _ in 0..slices {
            let (run, threads_spent, all) = load(&server.base, concurrency, slice, pid).await;
            signed_in += all;
            let (reference, server_ns) = bare_slice(cores, slice / 2, pid);
            references.push(reference);
            server_during_bare += server_ns;
            steady.absorb(run);
            used = [0, 1, 2].map(|i| used[i] + threads_spent[i]);
        }
        steady.latencies.sort();
        report(
            &format!("{name}, steady"),
            concurrency,
            &steady,
            server.peak_rss_mib(),
        );
        let rate = steady.ok as f64 / steady.seconds;
        let reference = references.iter().sum::<f64>() / references.len() as f64;
        let (low, high) = references
            .iter()
            .fold((f64::MAX, 0.0_f64), |(l, h), r| (l.min(*r), h.max(*r)));
        against_bare.push(format!(
            "{name}: {rate:.1} sign-ins/s in {slices} slices of {:.1} s, against bare argon2id \
             {reference:.1} in the {} slices around them ({low:.1}-{high:.1}): {:.0} %; idp's \
             CPU during those: {:.1} ms",
            slice.as_secs_f64(),
            references.len(),
            100.0 * rate / reference,
            server_during_bare as f64 / 1e6,
        ));
        spent.push(per_sign_in(name, used, steady.ok));
        let (flooded, _, all) = load(&server.base, flood, Duration::from_secs(seconds), pid).await;
        signed_in += all;
        report(
            &format!("{name}, flood"),
            flood,
            &flooded,
            server.peak_rss_mib(),
        );
        // Every sign-in here is from a new browser, and all but each account's first on
        // this server tell its owner by mail: the mail is part of what was measured.
        let received = (mails_settled(&mails).await - mails_before) as u64;
        mailed.push((name, received, signed_in));
    }
    println!();
    for line in against_bare.iter().chain(&spent) {
        println!("{line}");
    }
    if let Some((child, _)) = redis.as_mut() {
        let _ = child.kill();
        let _ = child.wait();
    }
    for (name, received, signed_in) in mailed {
        println!(
            "{name}: {received} new-browser mails received over SMTP for {signed_in} sign-ins"
        );
        assert!(
            received + USERS as u64 >= signed_in,
            "{name}: mails were lost ({received} for {signed_in} sign-ins)"
        );
    }
    println!();
}
