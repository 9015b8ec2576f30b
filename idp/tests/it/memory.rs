//! Issue 13: memory. Each password-hashing thread needs a 19 MiB buffer for argon2id; an
//! `idp serve` that no one signs in to holds none of them, a sign-in takes one, and it is
//! given back to the system once sign-ins stop (`accounts::password::IDLE`).

use std::time::{Duration, Instant};

use crate::app::{Browser, sign_in};
use crate::process::{Idp, text};

const MIB: u64 = 1024 * 1024;

/// The process's anonymous resident memory (heap, stacks, buffers; not the binary).
fn anonymous(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let line = status.lines().find(|l| l.starts_with("RssAnon:")).unwrap();
    let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib * 1024
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_password_hashers_memory_is_given_back_when_no_one_signs_in() {
    let dir = tempfile::tempdir().unwrap();
    let idp = Idp::new(&dir.path().join("data"), &dir.path().join("keys"))
        .env("IDP_PASSWORD_HASH_THREADS", "2");
    let (email, password) = ("memory@example.eu", "quiet harbour velvet compass");
    let added = idp.run(
        &[
            "user",
            "add",
            "--email",
            email,
            "--first-name",
            "Mem",
            "--last-name",
            "Ory",
            "--password-stdin",
        ],
        Some(password),
    );
    assert!(added.status.success(), "{}", text(&added.stderr));
    let server = idp.serve(&dir.path().join("idp.log"));
    let pid = server.pid();

    let fresh = anonymous(pid);
    assert!(
        fresh < 16 * MIB,
        "a fresh provider holds {} MiB: hashing buffers made in advance?",
        fresh / MIB
    );

    // Two browsers at once, so that both hashing threads take a buffer.
    let (one, two) = (Browser::new(&server.base), Browser::new(&server.base));
    let (a, b) = tokio::join!(
        sign_in(&one, email, password),
        sign_in(&two, email, password)
    );
    assert_eq!((a.status, b.status), (303, 303), "{}", a.text());
    let busy = anonymous(pid);
    assert!(
        busy >= fresh + 18 * MIB,
        "signing in should have taken a 19 MiB buffer: {} -> {} MiB",
        fresh / MIB,
        busy / MIB
    );
    // The buffers are mappings of their own advised for huge pages
    // (`accounts::hash_memory`): eligible for them wherever the kernel's setting allows
    // them (Debian's default `madvise` does); whether it had 2 MiB pages free just then is
    // the kernel's business, so that is only printed.
    let (eligible, on_huge) = huge_page_mappings(pid, 19_456);
    eprintln!("{on_huge} KiB of idp's anonymous memory on huge pages");
    if idp::accounts::hash_memory::huge_pages_allowed() {
        assert_eq!(eligible, 2, "19 MiB mappings eligible for huge pages");
    } else {
        eprintln!("transparent huge pages are off here: eligibility not checked");
    }

    // No sign-in for a while: the buffers are given back.
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut now = busy;
    while now > fresh + 8 * MIB && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
        now = anonymous(pid);
    }
    assert!(
        now <= fresh + 8 * MIB,
        "still {} MiB after sign-ins stopped (fresh {} MiB, while signing in {} MiB)",
        now / MIB,
        fresh / MIB,
        busy / MIB
    );
}

/// How many of the process's mappings are `kib` KiB large and eligible for transparent
/// huge pages, and how much of its anonymous memory is on them (KiB).
fn huge_page_mappings(pid: u32, kib: u64) -> (usize, u64) {
    let smaps = std::fs::read_to_string(format!("/proc/{pid}/smaps")).unwrap();
    let field = |line: &str, name: &str| -> Option<u64> {
        let rest = line.strip_prefix(name)?;
        rest.split_whitespace().next()?.parse().ok()
    };
    let (mut eligible, mut on_huge, mut size) = (0, 0, 0);
    for line in smaps.lines() {
        if let Some(k) = field(line, "Size:") {
            size = k;
        } else if let Some(k) = field(line, "AnonHugePages:") {
            on_huge += k;
        } else if field(line, "THPeligible:") == Some(1) && size == kib {
            eligible += 1;
        }
    }
    (eligible, on_huge)
}

/// Threads of the process named `name` (Linux truncates names to 15 bytes).
fn threads_named(pid: u32, name: &str) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/task"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|task| {
            std::fs::read_to_string(task.path().join("comm"))
                .is_ok_and(|comm| comm.trim() == &name[..name.len().min(15)])
        })
        .count()
}

/// One writer owns the embedded store: the minute's sweep of expired rows goes through
/// it too, not through a second store opened beside it (whose writes would contend for
/// SQLite's write lock, and whose page cache and thread would cost memory).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_serving_process_has_one_store_writer() {
    let dir = tempfile::tempdir().unwrap();
    let idp = Idp::new(&dir.path().join("data"), &dir.path().join("keys"));
    let server = idp.serve(&dir.path().join("idp.log"));
    // The sweeper starts with the server; its first tick is at once.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(threads_named(server.pid(), "idp-store-writer"), 1);
}

/// The resident and whole sizes (KiB) of the executable code mapped from `pid`'s binary.
fn own_code_kib(pid: u32) -> (u64, u64) {
    let exe = std::fs::read_link(format!("/proc/{pid}/exe")).unwrap();
    let exe = exe.to_string_lossy();
    let smaps = std::fs::read_to_string(format!("/proc/{pid}/smaps")).unwrap();
    let (mut code, mut resident, mut size) = (false, 0, 0);
    for line in smaps.lines() {
        let mut fields = line.split_whitespace();
        let first = fields.next().unwrap_or_default();
        let value = || fields.clone().next()?.parse::<u64>().ok();
        match first {
            "Size:" if code => size += value().unwrap_or(0),
            "Rss:" if code => resident += value().unwrap_or(0),
            _ if first.contains('-') && !first.ends_with(':') => {
                code = fields.next() == Some("r-xp") && line.ends_with(exe.as_ref());
            }
            _ => {}
        }
    }
    (resident, size)
}

/// How many KiB `idp serve` says it dropped at start (`memory::unmap_startup_code`).
fn dropped_kib(log: &str) -> Option<u64> {
    let line = log
        .lines()
        .find(|line| line.contains("start-up's machine code and read-only data dropped"))?;
    let value = line.split("kib=").nth(1)?.split_whitespace().next()?;
    value.parse().ok()
}

/// Start-up's machine code does not stay resident (`memory::unmap_startup_code`): once
/// `idp serve` has started, most of its binary's code is out of its memory (before, 90 %
/// of the debug binary's code was), and it goes on serving, its code mapped again as run.
/// The server says how much it dropped, so that a binary whose code was never resident
/// (a cold page cache, another kernel's fault-around) cannot pass this test without it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn start_ups_code_leaves_memory_and_the_server_runs_on() {
    let dir = tempfile::tempdir().unwrap();
    let idp = Idp::new(&dir.path().join("data"), &dir.path().join("keys"));
    let server = idp.serve(&dir.path().join("idp.log"));
    let pid = server.pid();
    let deadline = Instant::now() + Duration::from_secs(10);
    let (mut resident, size) = own_code_kib(pid);
    while resident * 2 > size && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
        resident = own_code_kib(pid).0;
    }
    assert!(size > 0, "no code mapped from idp's binary found");
    assert!(
        resident * 2 <= size,
        "{resident} KiB of idp's {size} KiB of code still resident after start-up"
    );
    let dropped = dropped_kib(&server.log_text());
    assert!(
        dropped.is_some_and(|kib| kib * 4 >= size),
        "idp said it dropped {dropped:?} KiB of its {size} KiB of code: {}",
        server.log_text()
    );
    let page = Browser::new(&server.base).get("/login").await;
    assert_eq!(page.status, 200, "{}", page.text());
}
