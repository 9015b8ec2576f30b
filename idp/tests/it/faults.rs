//! Fault injection between idp and Redis: a small real TCP proxy that understands enough
//! RESP to know which reply belongs to which command, so a test can let one command
//! execute and lose its reply (`drop_reply_of`), cut the connection before a command
//! reaches Redis (`cut_before`), or hold a command back until the test has changed
//! something on the server (`hold_before`). Faults are one-shot; later connections work
//! normally.
//!
//! Scope: RESP2 and RESP3 replies (incl. push messages and attributes), multibulk and
//! inline commands, pipelining, commands and replies split across reads. Not supported:
//! RESP2 pub/sub and MONITOR (unsolicited replies are passed through but not matched),
//! `CLIENT REPLY OFF|SKIP`, quoted inline arguments.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use idp::config::Secret;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::OwnedWriteHalf;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

use crate::app::{Backend, register_form, sign_in, spawn_app_with};
use crate::support::{redis_url, unique};

// ---------------------------------------------------------------------------------------
// The proxy
// ---------------------------------------------------------------------------------------

/// One command as the client sent it: its name (upper case) and its arguments.
#[derive(Clone, PartialEq, Eq)]
pub struct Command {
    pub name: String,
    pub args: Vec<Vec<u8>>,
}

/// `SET "app-1:secret:app" "sealed:…" "NX"`: readable in assertion messages.
impl std::fmt::Debug for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)?;
        for arg in &self.args {
            let text = String::from_utf8_lossy(&arg[..arg.len().min(48)]);
            let more = if arg.len() > 48 { "…" } else { "" };
            write!(f, " {text:?}{more}")?;
        }
        Ok(())
    }
}

/// Which commands a fault applies to: a command name (case-insensitive) and optionally a
/// byte substring that one of its arguments must contain (for EVALSHA/EVAL the arguments
/// include the SHA or script, the key count, the keys and ARGV).
#[derive(Clone, Debug)]
pub struct Matcher {
    name: String,
    arg_contains: Option<Vec<u8>>,
}

impl Matcher {
    /// Matches every command with this name, e.g. `"GETDEL"`, `"evalsha"`.
    pub fn command(name: &str) -> Self {
        Matcher {
            name: name.to_ascii_uppercase(),
            arg_contains: None,
        }
    }

    /// Narrows to commands one of whose arguments contains `fragment`, e.g. `"refresh:"`.
    pub fn arg_contains(mut self, fragment: &str) -> Self {
        self.arg_contains = Some(fragment.as_bytes().to_vec());
        self
    }

    /// True when `command` is one this matcher selects.
    pub fn matches(&self, command: &Command) -> bool {
        command.name == self.name
            && self.arg_contains.as_ref().is_none_or(|fragment| {
                command
                    .args
                    .iter()
                    .any(|arg| contains(arg, fragment.as_slice()))
            })
    }
}

impl From<&str> for Matcher {
    fn from(name: &str) -> Self {
        Matcher::command(name)
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || haystack.windows(needle.len()).any(|w| w == needle)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FaultKind {
    DropReply,
    CutBefore,
}

/// Arguments longer than this are cut in the log (the 1 MiB values of the self-test).
const LOGGED_ARG_BYTES: usize = 256;

/// A command held back at the proxy until the test lets it go ([`RedisProxy::hold_before`]).
#[derive(Default)]
pub struct Hold {
    reached: tokio::sync::Notify,
    released: tokio::sync::Notify,
}

impl Hold {
    /// Waits until the held command has reached the proxy; what came before it on that
    /// connection has been forwarded.
    pub async fn reached(&self) {
        self.reached.notified().await;
    }

    /// Lets the held command, and what follows it, through.
    pub fn release(&self) {
        self.released.notify_one();
    }
}

#[derive(Default)]
struct Shared {
    faults: Mutex<Vec<(FaultKind, Matcher)>>,
    holds: Mutex<Vec<(Matcher, Arc<Hold>)>>,
    fired: AtomicUsize,
    connections: AtomicUsize,
    log: Mutex<Vec<Command>>,
}

impl Shared {
    fn record(&self, command: &Command) {
        let logged = Command {
            name: command.name.clone(),
            args: command
                .args
                .iter()
                .map(|a| a[..a.len().min(LOGGED_ARG_BYTES)].to_vec())
                .collect(),
        };
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(logged);
    }

    /// Takes (disarms) the first armed fault that matches `command`.
    fn take_fault(&self, command: &Command) -> Option<(FaultKind, Matcher)> {
        let mut faults = self.faults.lock().unwrap_or_else(PoisonError::into_inner);
        let at = faults.iter().position(|(_, m)| m.matches(command))?;
        Some(faults.remove(at))
    }

    /// Takes (disarms) the first hold whose matcher matches `command`.
    fn take_hold(&self, command: &Command) -> Option<Arc<Hold>> {
        let mut holds = self.holds.lock().unwrap_or_else(PoisonError::into_inner);
        let at = holds.iter().position(|(m, _)| m.matches(command))?;
        Some(holds.remove(at).1)
    }

    fn arm(&self, kind: FaultKind, matcher: Matcher) {
        self.faults
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((kind, matcher));
    }

    fn rearm_first(&self, kind: FaultKind, matcher: Matcher) {
        self.faults
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(0, (kind, matcher));
    }
}

/// A TCP proxy on 127.0.0.1 in front of a Redis server, with one-shot faults.
pub struct RedisProxy {
    port: u16,
    shared: Arc<Shared>,
    acceptor: JoinHandle<()>,
}

impl RedisProxy {
    /// Starts a proxy to the Redis server on 127.0.0.1:`upstream_port` (inside a Tokio runtime).
    pub fn start(upstream_port: u16) -> RedisProxy {
        Self::start_to(format!("127.0.0.1:{upstream_port}"))
    }

    /// Starts a proxy in front of the test binary's shared Redis server (`redis_url()`).
    pub fn for_shared_redis() -> RedisProxy {
        let url = url::Url::parse(&redis_url()).expect("redis URL");
        let port = url.port().unwrap_or(6379);
        match url.host_str() {
            Some("127.0.0.1" | "localhost") | None => Self::start(port),
            Some(host) => Self::start_to(format!("{host}:{port}")),
        }
    }

    fn start_to(upstream: String) -> RedisProxy {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind the proxy");
        listener.set_nonblocking(true).expect("non-blocking");
        let port = listener.local_addr().expect("proxy address").port();
        let listener = TcpListener::from_std(listener).expect("tokio listener");
        let shared = Arc::new(Shared::default());
        let state = shared.clone();
        let acceptor = tokio::spawn(async move {
            // Dropping the set (when the acceptor is aborted) aborts every connection.
            let mut connections = tokio::task::JoinSet::new();
            loop {
                tokio::select! {
                    accepted = listener.accept() => {
                        let Ok((client, _)) = accepted else { continue };
                        state.connections.fetch_add(1, Ordering::SeqCst);
                        connections.spawn(serve(client, upstream.clone(), state.clone()));
                    }
                    Some(_) = connections.join_next(), if !connections.is_empty() => {}
                }
            }
        });
        RedisProxy {
            port,
            shared,
            acceptor,
        }
    }

    /// `redis://127.0.0.1:PORT/` of the proxy, for a client or a provider's `redis_url`.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}/", self.port)
    }

    /// The proxy's URL as a provider setting (`config.redis_url`).
    pub fn secret_url(&self) -> Secret {
        Secret::new(self.url())
    }

    /// The next matching command reaches Redis (and executes) but its reply is swallowed
    /// and that client connection is cut. A `NOSCRIPT` reply (EVALSHA of a script Redis
    /// does not know yet) is passed on and the fault stays armed for the retry.
    pub fn drop_reply_of(&self, matcher: impl Into<Matcher>) {
        self.shared.arm(FaultKind::DropReply, matcher.into());
    }

    /// The next matching command is not forwarded (never executes); that client
    /// connection is cut at once (commands before it in the same read are forwarded).
    pub fn cut_before(&self, matcher: impl Into<Matcher>) {
        self.shared.arm(FaultKind::CutBefore, matcher.into());
    }

    /// The next matching command waits at the proxy, with what follows it on its
    /// connection, until [`Hold::release`]; what came before it is forwarded. The test can
    /// change the server meanwhile (fill its memory, say) so that the command meets a server
    /// other than the one the commands before it met.
    pub fn hold_before(&self, matcher: impl Into<Matcher>) -> Arc<Hold> {
        let hold = Arc::new(Hold::default());
        self.shared
            .holds
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push((matcher.into(), hold.clone()));
        hold
    }

    /// True when at least one armed fault has happened.
    pub fn fired(&self) -> bool {
        self.fired_count() > 0
    }

    /// How many faults have happened (a fault counts once its connection is cut).
    pub fn fired_count(&self) -> usize {
        self.shared.fired.load(Ordering::SeqCst)
    }

    /// Faults armed that have not happened yet.
    pub fn armed(&self) -> usize {
        self.shared
            .faults
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    /// Client connections accepted so far (a reconnect after a cut adds one).
    pub fn connections(&self) -> usize {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// Names (upper case) of every command seen from any client, in arrival order.
    pub fn commands_seen(&self) -> Vec<String> {
        self.commands().into_iter().map(|c| c.name).collect()
    }

    /// Every command seen, with its arguments (each cut at 256 bytes).
    pub fn commands(&self) -> Vec<Command> {
        self.shared
            .log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// True when a command matching `matcher` has been seen.
    pub fn saw(&self, matcher: impl Into<Matcher>) -> bool {
        let matcher = matcher.into();
        self.commands().iter().any(|c| matcher.matches(c))
    }

    /// Forgets the commands seen so far.
    pub fn clear_log(&self) {
        self.shared
            .log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }
}

impl Drop for RedisProxy {
    fn drop(&mut self) {
        self.acceptor.abort();
    }
}

/// A command forwarded to Redis whose reply has not come back yet.
struct Pending {
    drop_reply: Option<Matcher>,
}

/// What to do with a client connection after handling some bytes.
enum Next {
    Continue,
    Cut,
}

/// Relays one client connection; returning drops (closes) both sockets.
async fn serve(client: TcpStream, upstream: String, shared: Arc<Shared>) {
    let Ok(server) = TcpStream::connect(upstream.as_str()).await else {
        return;
    };
    let _ = client.set_nodelay(true);
    let _ = server.set_nodelay(true);
    let (mut client_rx, mut client_tx) = client.into_split();
    let (mut server_rx, mut server_tx) = server.into_split();
    let mut pending: VecDeque<Pending> = VecDeque::new();
    let (mut from_client, mut from_server) = (Vec::new(), Vec::new());
    let mut chunk_c = vec![0u8; 16 * 1024];
    let mut chunk_s = vec![0u8; 16 * 1024];
    loop {
        let next = tokio::select! {
            read = client_rx.read(&mut chunk_c) => match read {
                Ok(0) | Err(_) => return,
                Ok(n) => {
                    from_client.extend_from_slice(&chunk_c[..n]);
                    client_data(&mut from_client, &mut pending, &mut server_tx, &shared).await
                }
            },
            read = server_rx.read(&mut chunk_s) => match read {
                Ok(0) | Err(_) => return,
                Ok(n) => {
                    from_server.extend_from_slice(&chunk_s[..n]);
                    server_data(&mut from_server, &mut pending, &mut client_tx, &shared).await
                }
            },
        };
        if let Next::Cut = next {
            return;
        }
    }
}

/// Forwards every complete command in `buf` to Redis, applying armed faults.
async fn client_data(
    buf: &mut Vec<u8>,
    pending: &mut VecDeque<Pending>,
    server: &mut OwnedWriteHalf,
    shared: &Shared,
) -> Next {
    let mut consumed = 0;
    let mut next = Next::Continue;
    loop {
        match parse_command(&buf[consumed..]) {
            Err(()) => {
                shared.record(&Command {
                    name: "!PROTOCOL-ERROR".into(),
                    args: Vec::new(),
                });
                next = Next::Cut;
                break;
            }
            Ok(None) => break,
            Ok(Some((command, len))) => {
                if let Some(command) = command {
                    if let Some(hold) = shared.take_hold(&command) {
                        if server.write_all(&buf[..consumed]).await.is_err() {
                            return Next::Cut;
                        }
                        buf.drain(..consumed);
                        consumed = 0;
                        hold.reached.notify_one();
                        hold.released.notified().await;
                    }
                    shared.record(&command);
                    match shared.take_fault(&command) {
                        Some((FaultKind::CutBefore, _)) => {
                            next = Next::Cut;
                            break;
                        }
                        Some((FaultKind::DropReply, matcher)) => pending.push_back(Pending {
                            drop_reply: Some(matcher),
                        }),
                        None => pending.push_back(Pending { drop_reply: None }),
                    }
                }
                consumed += len;
            }
        }
    }
    if consumed > 0 && server.write_all(&buf[..consumed]).await.is_err() {
        return Next::Cut;
    }
    buf.drain(..consumed);
    if let Next::Cut = next {
        shared.fired.fetch_add(1, Ordering::SeqCst);
    }
    next
}

/// Forwards every complete reply in `buf` to the client, swallowing a reply to drop.
async fn server_data(
    buf: &mut Vec<u8>,
    pending: &mut VecDeque<Pending>,
    client: &mut OwnedWriteHalf,
    shared: &Shared,
) -> Next {
    let mut consumed = 0;
    let mut next = Next::Continue;
    loop {
        match parse_reply(&buf[consumed..]) {
            Err(()) => {
                next = Next::Cut;
                break;
            }
            Ok(None) => break,
            Ok(Some((reply, len))) => {
                if reply != Reply::Push
                    && let Some(Pending {
                        drop_reply: Some(matcher),
                    }) = pending.pop_front()
                {
                    if reply == Reply::NoScript {
                        shared.rearm_first(FaultKind::DropReply, matcher);
                    } else {
                        shared.fired.fetch_add(1, Ordering::SeqCst);
                        next = Next::Cut;
                        break;
                    }
                }
                consumed += len;
            }
        }
    }
    if consumed > 0 && client.write_all(&buf[..consumed]).await.is_err() {
        return Next::Cut;
    }
    buf.drain(..consumed);
    next
}

// ---------------------------------------------------------------------------------------
// RESP parsing: `Ok(None)` means "incomplete, read more"; `Err(())` a protocol error.
// ---------------------------------------------------------------------------------------

type Parse<T> = Result<Option<T>, ()>;

/// The line starting at `from` (without CRLF) and the offset after its CRLF.
fn line(buf: &[u8], from: usize) -> Parse<(&[u8], usize)> {
    let rest = buf.get(from..).unwrap_or_default();
    match rest.windows(2).position(|w| w == b"\r\n") {
        Some(end) => Ok(Some((&rest[..end], from + end + 2))),
        None => Ok(None),
    }
}

fn number(digits: &[u8]) -> Result<i64, ()> {
    std::str::from_utf8(digits)
        .map_err(|_| ())?
        .parse()
        .map_err(|_| ())
}

/// One client command and its length; `None` for an empty one (Redis sends no reply).
fn parse_command(buf: &[u8]) -> Parse<(Option<Command>, usize)> {
    let Some(&first) = buf.first() else {
        return Ok(None);
    };
    if first != b'*' {
        // Inline command: one line of space-separated words.
        let Some(end) = buf.iter().position(|&b| b == b'\n') else {
            return Ok(None);
        };
        let line = buf[..end].strip_suffix(b"\r").unwrap_or(&buf[..end]);
        let mut words = line
            .split(|b| b.is_ascii_whitespace())
            .filter(|w| !w.is_empty())
            .map(<[u8]>::to_vec);
        let command = words.next().map(|name| Command {
            name: String::from_utf8_lossy(&name).to_ascii_uppercase(),
            args: words.collect(),
        });
        return Ok(Some((command, end + 1)));
    }
    let Some((count, mut at)) = line(buf, 1)? else {
        return Ok(None);
    };
    let count = number(count)?;
    if count <= 0 {
        return Ok(Some((None, at)));
    }
    let mut parts = Vec::new();
    for _ in 0..count {
        match buf.get(at) {
            None => return Ok(None),
            Some(b'$') => {}
            Some(_) => return Err(()),
        }
        let Some((len, start)) = line(buf, at + 1)? else {
            return Ok(None);
        };
        let len = usize::try_from(number(len)?).map_err(|_| ())?;
        let end = start + len;
        if buf.len() < end + 2 {
            return Ok(None);
        }
        if &buf[end..end + 2] != b"\r\n" {
            return Err(());
        }
        parts.push(buf[start..end].to_vec());
        at = end + 2;
    }
    let mut parts = parts.into_iter();
    let name = parts.next().unwrap_or_default();
    Ok(Some((
        Some(Command {
            name: String::from_utf8_lossy(&name).to_ascii_uppercase(),
            args: parts.collect(),
        }),
        at,
    )))
}

/// What kind of reply a complete server message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reply {
    /// The answer to the oldest pending command.
    Answer,
    /// An answer that is a `-NOSCRIPT` error.
    NoScript,
    /// A RESP3 push message: out of band, answers no command.
    Push,
}

/// One complete server message (an attribute is part of the reply that follows it).
fn parse_reply(buf: &[u8]) -> Parse<(Reply, usize)> {
    let Some(end) = value_end(buf, 0)? else {
        return Ok(None);
    };
    let kind = match buf[0] {
        b'>' => Reply::Push,
        b'-' if buf.starts_with(b"-NOSCRIPT") => Reply::NoScript,
        _ => Reply::Answer,
    };
    Ok(Some((kind, end)))
}

/// The offset just after the RESP2/RESP3 value starting at `at`.
fn value_end(buf: &[u8], at: usize) -> Parse<usize> {
    let Some(&kind) = buf.get(at) else {
        return Ok(None);
    };
    let Some((header, after)) = line(buf, at + 1)? else {
        return Ok(None);
    };
    let elements = |n: i64, mut at: usize| -> Parse<usize> {
        for _ in 0..n {
            match value_end(buf, at)? {
                Some(end) => at = end,
                None => return Ok(None),
            }
        }
        Ok(Some(at))
    };
    match kind {
        // simple string, error, integer; RESP3 null, double, boolean, big number
        b'+' | b'-' | b':' | b'_' | b',' | b'#' | b'(' => Ok(Some(after)),
        // bulk string; RESP3 blob error, verbatim string
        b'$' | b'!' | b'=' => {
            let len = number(header)?;
            if len < 0 {
                return Ok(Some(after)); // null bulk string
            }
            let end = after + usize::try_from(len).map_err(|_| ())?;
            if buf.len() < end + 2 {
                Ok(None)
            } else if &buf[end..end + 2] == b"\r\n" {
                Ok(Some(end + 2))
            } else {
                Err(())
            }
        }
        // array; RESP3 set, push
        b'*' | b'~' | b'>' => {
            let n = number(header)?;
            if n < 0 {
                return Ok(Some(after)); // null array
            }
            elements(n, after)
        }
        // RESP3 map
        b'%' => elements(number(header)?.max(0) * 2, after),
        // RESP3 attribute: its pairs, then the value it annotates
        b'|' => match elements(number(header)?.max(0) * 2, after)? {
            Some(at) => value_end(buf, at),
            None => Ok(None),
        },
        _ => Err(()),
    }
}

// ---------------------------------------------------------------------------------------
// Self-tests
// ---------------------------------------------------------------------------------------

const WAIT: Duration = Duration::from_secs(3);

async fn connect(url: &str) -> redis::aio::MultiplexedConnection {
    let client = redis::Client::open(url).expect("client");
    tokio::time::timeout(WAIT, client.get_multiplexed_async_connection())
        .await
        .expect("connects in time")
        .expect("connects")
}

/// A connection to the real server, bypassing the proxy.
async fn direct() -> redis::aio::MultiplexedConnection {
    connect(&redis_url()).await
}

async fn direct_get(key: &str) -> Option<Vec<u8>> {
    let mut conn = direct().await;
    redis::cmd("GET")
        .arg(key)
        .query_async(&mut conn)
        .await
        .expect("direct GET")
}

/// Sends `request` in one write over a raw socket and reads exactly `expected.len()` bytes.
async fn raw_exchange(proxy: &RedisProxy, writes: &[&[u8]], expected: &[u8]) {
    let mut stream = TcpStream::connect(("127.0.0.1", proxy.port))
        .await
        .expect("connect to the proxy");
    stream.set_nodelay(true).unwrap();
    for write in writes {
        stream.write_all(write).await.unwrap();
        stream.flush().await.unwrap();
        if writes.len() > 1 {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
    }
    let mut answer = vec![0u8; expected.len()];
    tokio::time::timeout(WAIT, stream.read_exact(&mut answer))
        .await
        .expect("answers in time")
        .expect("reads the answers");
    assert_eq!(
        String::from_utf8_lossy(&answer),
        String::from_utf8_lossy(expected)
    );
}

fn resp(parts: &[&[u8]]) -> Vec<u8> {
    let mut out = format!("*{}\r\n", parts.len()).into_bytes();
    for part in parts {
        out.extend_from_slice(format!("${}\r\n", part.len()).as_bytes());
        out.extend_from_slice(part);
        out.extend_from_slice(b"\r\n");
    }
    out
}

#[test]
fn the_parsers_find_message_ends_in_every_split() {
    // A RESP3 stream: attribute + map, push, nested arrays with null array and null bulk,
    // verbatim string, double, boolean, big number, null, blob error, set, NOSCRIPT.
    let messages: Vec<&[u8]> = vec![
        b"|1\r\n+ttl\r\n:3\r\n%2\r\n$1\r\na\r\n:1\r\n+b\r\n*2\r\n:1\r\n_\r\n",
        b">3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n",
        b"*3\r\n*2\r\n$-1\r\n*-1\r\n*0\r\n*1\r\n$3\r\nfoo\r\n",
        b"=15\r\ntxt:Some string\r\n",
        b",1.5\r\n",
        b"#t\r\n",
        b"(3492890328409238509324850943850943825024385\r\n",
        b"_\r\n",
        b"!21\r\nSYNTAX invalid syntax\r\n",
        b"~2\r\n+a\r\n+b\r\n",
        b"-NOSCRIPT No matching script.\r\n",
        b"$0\r\n\r\n",
    ];
    let stream: Vec<u8> = messages.concat();
    let mut at = 0;
    let mut kinds = Vec::new();
    for message in &messages {
        // Every proper prefix is incomplete; the whole message is exactly one reply.
        for cut in 0..message.len() {
            assert_eq!(parse_reply(&stream[at..at + cut]), Ok(None), "{message:?}");
        }
        let (kind, len) = parse_reply(&stream[at..]).unwrap().unwrap();
        assert_eq!(len, message.len(), "{message:?}");
        kinds.push(kind);
        at += len;
    }
    assert_eq!(kinds[1], Reply::Push);
    assert_eq!(kinds[10], Reply::NoScript);
    assert_eq!(
        kinds.iter().filter(|k| **k == Reply::Answer).count(),
        messages.len() - 2
    );
    assert_eq!(parse_reply(b"?5\r\n"), Err(()));
    assert_eq!(parse_reply(b"$3\r\nabcd\r\n"), Err(()));

    // Commands: multibulk, inline, empty (no reply), pipelined in one buffer.
    let set = resp(&[b"set", b"refresh:k", b"v"]);
    let commands: Vec<&[u8]> = vec![&set, b"ping\r\n", b"\r\n", b"*0\r\n", b"GET k\n"];
    let buf = commands.concat();
    let mut at = 0;
    let mut seen = Vec::new();
    for message in &commands {
        for cut in 0..message.len() {
            assert_eq!(parse_command(&buf[at..at + cut]), Ok(None), "{message:?}");
        }
        let (command, len) = parse_command(&buf[at..]).unwrap().unwrap();
        assert_eq!(len, message.len(), "{message:?}");
        seen.push(command);
        at += len;
    }
    let set_command = seen[0].clone().unwrap();
    assert_eq!(set_command.name, "SET");
    assert_eq!(set_command.args, vec![b"refresh:k".to_vec(), b"v".to_vec()]);
    assert!(Matcher::command("set").matches(&set_command));
    assert!(
        Matcher::command("SET")
            .arg_contains("refresh:")
            .matches(&set_command)
    );
    assert!(
        !Matcher::command("SET")
            .arg_contains("session:")
            .matches(&set_command)
    );
    assert!(!Matcher::command("GET").matches(&set_command));
    assert_eq!(seen[1].as_ref().unwrap().name, "PING");
    assert_eq!(seen[2], None);
    assert_eq!(seen[3], None);
    assert_eq!(seen[4].as_ref().unwrap().args, vec![b"k".to_vec()]);
    assert_eq!(parse_command(b"*1\r\n:1\r\n"), Err(()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_proxy_relays_commands_pipelines_and_large_values() {
    let proxy = RedisProxy::for_shared_redis();
    let key = unique("proxy-relay-");

    // The redis crate, as idp uses it.
    let mut conn = connect(&proxy.url()).await;
    let () = redis::cmd("SET")
        .arg(&key)
        .arg("one")
        .query_async(&mut conn)
        .await
        .unwrap();
    let value: String = redis::cmd("GET")
        .arg(&key)
        .query_async(&mut conn)
        .await
        .unwrap();
    assert_eq!(value, "one");
    let counter = format!("{key}:n");
    let n: i64 = redis::cmd("INCR")
        .arg(&counter)
        .query_async(&mut conn)
        .await
        .unwrap();
    assert_eq!(n, 1);
    let (n, old, gone): (i64, String, Option<String>) = redis::pipe()
        .cmd("INCR")
        .arg(&counter)
        .cmd("GETDEL")
        .arg(&key)
        .cmd("GET")
        .arg(&key)
        .query_async(&mut conn)
        .await
        .unwrap();
    assert_eq!((n, old.as_str(), gone), (2, "one", None));
    assert!(proxy.saw(Matcher::command("getdel").arg_contains(&key)));

    // 1 MiB each way: split across many reads in both directions.
    let large: Vec<u8> = (0..1024 * 1024).map(|i| (i % 251) as u8).collect();
    let () = redis::cmd("SET")
        .arg(&key)
        .arg(&large)
        .query_async(&mut conn)
        .await
        .unwrap();
    let back: Vec<u8> = redis::cmd("GET")
        .arg(&key)
        .query_async(&mut conn)
        .await
        .unwrap();
    assert!(back == large, "the 1 MiB value comes back intact");
    assert!(
        direct_get(&key).await.as_deref() == Some(large.as_slice()),
        "and reached the real server"
    );

    // Raw RESP: three commands plus an inline one in a single write, then one command
    // written a few bytes at a time (split across reads).
    proxy.clear_log();
    let raw_key = format!("{key}:raw");
    let batch = [
        resp(&[b"SET", raw_key.as_bytes(), b"hello"]),
        resp(&[b"GET", raw_key.as_bytes()]),
        resp(&[b"INCR", format!("{raw_key}:n").as_bytes()]),
        b"PING\r\n".to_vec(),
    ]
    .concat();
    raw_exchange(&proxy, &[&batch], b"+OK\r\n$5\r\nhello\r\n:1\r\n+PONG\r\n").await;
    let get = resp(&[b"GET", raw_key.as_bytes()]);
    let pieces: Vec<&[u8]> = get.chunks(5).collect();
    raw_exchange(&proxy, &pieces, b"$5\r\nhello\r\n").await;

    assert_eq!(
        proxy.commands_seen(),
        ["SET", "GET", "INCR", "PING", "GET"],
        "each command once, in order"
    );
    assert!(!proxy.fired());

    // RESP3 (HELLO 3): maps and sets are relayed and matched too.
    let mut resp3 = connect(&format!("{}?protocol=resp3", proxy.url())).await;
    let hash = format!("{key}:h");
    let _: i64 = redis::cmd("HSET")
        .arg(&hash)
        .arg("a")
        .arg("1")
        .arg("b")
        .arg("2")
        .query_async(&mut resp3)
        .await
        .unwrap();
    let map: std::collections::HashMap<String, String> = redis::cmd("HGETALL")
        .arg(&hash)
        .query_async(&mut resp3)
        .await
        .unwrap();
    assert_eq!(map.len(), 2);
    assert_eq!(map["b"], "2");
    assert!(proxy.saw("HELLO"), "{:?}", proxy.commands_seen());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_reply_leaves_the_command_executed_and_the_client_cut_off() {
    let proxy = RedisProxy::for_shared_redis();
    let (other, victim) = (unique("proxy-other-"), unique("proxy-victim-"));
    proxy.drop_reply_of(Matcher::command("set").arg_contains("proxy-victim-"));

    let mut conn = connect(&proxy.url()).await;
    let () = redis::cmd("SET")
        .arg(&other)
        .arg("1")
        .query_async(&mut conn)
        .await
        .expect("another key is not matched");
    assert!(!proxy.fired());
    let started = Instant::now();
    let lost = tokio::time::timeout(
        WAIT,
        redis::cmd("SET")
            .arg(&victim)
            .arg("written")
            .query_async::<()>(&mut conn),
    )
    .await;
    assert!(
        !matches!(lost, Ok(Ok(()))),
        "the client must not get the reply"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "the cut shows at once"
    );
    assert!(proxy.fired());
    assert_eq!(proxy.armed(), 0, "one-shot");
    assert_eq!(
        direct_get(&victim).await.as_deref(),
        Some(b"written".as_slice()),
        "the command executed"
    );

    // A new connection works normally, and the fault does not fire again.
    let mut again = connect(&proxy.url()).await;
    let () = redis::cmd("SET")
        .arg(&victim)
        .arg("again")
        .query_async(&mut again)
        .await
        .unwrap();
    let value: String = redis::cmd("GET")
        .arg(&victim)
        .query_async(&mut again)
        .await
        .unwrap();
    assert_eq!(value, "again");
    assert_eq!(proxy.fired_count(), 1);
    assert_eq!(proxy.connections(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cut_before_a_command_keeps_it_from_executing() {
    let proxy = RedisProxy::for_shared_redis();
    let key = unique("proxy-cut-");
    proxy.cut_before("SET");
    let mut conn = connect(&proxy.url()).await;
    let cut = tokio::time::timeout(
        WAIT,
        redis::cmd("SET")
            .arg(&key)
            .arg("never")
            .query_async::<()>(&mut conn),
    )
    .await;
    assert!(matches!(cut, Ok(Err(_))), "an error, at once: {cut:?}");
    assert!(proxy.fired());
    assert_eq!(direct_get(&key).await, None, "the SET never reached Redis");

    let mut again = connect(&proxy.url()).await;
    let () = redis::cmd("SET")
        .arg(&key)
        .arg("later")
        .query_async(&mut again)
        .await
        .unwrap();
    assert_eq!(direct_get(&key).await.as_deref(), Some(b"later".as_slice()));
    assert_eq!(proxy.fired_count(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_evalsha_reply_waits_past_noscript_so_the_script_runs() {
    let proxy = RedisProxy::for_shared_redis();
    let key = unique("proxy-script-");
    // A script body no server has seen: the first EVALSHA gets NOSCRIPT.
    let script = redis::Script::new(&format!(
        "-- {key}\nredis.call('SET', KEYS[1], ARGV[1]) return 1"
    ));
    proxy.drop_reply_of(Matcher::command("EVALSHA").arg_contains(&key));
    let mut conn = connect(&proxy.url()).await;
    let lost = tokio::time::timeout(
        WAIT,
        script.key(&key).arg("ran").invoke_async::<i64>(&mut conn),
    )
    .await;
    assert!(!matches!(lost, Ok(Ok(_))), "the reply was lost: {lost:?}");
    assert!(proxy.fired());
    let seen = proxy.commands_seen();
    assert_eq!(
        seen[seen.len() - 3..],
        ["EVALSHA", "SCRIPT", "EVALSHA"],
        "{seen:?}"
    );
    assert_eq!(
        direct_get(&key).await.as_deref(),
        Some(b"ran".as_slice()),
        "the script ran; only its reply was lost"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_provider_runs_through_the_proxy_and_one_lost_reply_is_one_503() {
    let proxy = RedisProxy::for_shared_redis();
    let url = proxy.secret_url();
    let app = spawn_app_with(Backend::Redis, |config| config.redis_url = Some(url)).await;
    let browser = app.browser();
    assert_eq!(browser.get("/readyz").await.status, 200);
    assert!(proxy.saw("PING"));

    // A page that writes: registration stores its confirmation link through the proxy.
    let email = "through-the-proxy@example.eu";
    let sent = register_form(&app.browser(), email, "en").await;
    assert_eq!(sent.status, 200, "{}", sent.text());
    assert!(
        proxy.saw(Matcher::command("SET").arg_contains(":link:confirm:")),
        "{:?}",
        proxy.commands()
    );
    assert_eq!(app.mails_to(email, 1).await.len(), 1);

    // The failed-sign-in counter is incremented in Redis, but its reply is lost: that
    // request is a 503, the next one is served over a new connection.
    let counter = Matcher::command("EVALSHA").arg_contains(":count:login-fail:");
    let connections = proxy.connections();
    proxy.drop_reply_of(counter.clone());
    let lost = sign_in(&browser, "nobody@example.eu", "wrong password guess").await;
    assert_eq!(lost.status, 503, "{}", lost.text());
    assert!(proxy.fired());
    let evalsha = proxy
        .commands()
        .into_iter()
        .rfind(|c| counter.matches(c))
        .expect("the counter's EVALSHA");
    let key = String::from_utf8(evalsha.args[2].clone()).unwrap();
    assert_eq!(
        direct_get(&key).await.as_deref(),
        Some(b"1".as_slice()),
        "the increment executed; only its reply was lost"
    );
    let again = sign_in(&browser, "nobody@example.eu", "wrong password guess").await;
    assert_eq!(again.status, 401, "{}", again.text());
    assert_eq!(direct_get(&key).await.as_deref(), Some(b"2".as_slice()));
    assert!(proxy.connections() > connections, "the client reconnected");

    // A lost reply to the health check: one 503, then ready again.
    proxy.drop_reply_of("PING");
    assert_eq!(browser.get("/readyz").await.status, 503);
    assert_eq!(proxy.fired_count(), 2);
    assert_eq!(browser.get("/readyz").await.status, 200);
}
