//! What a `SCAN` of a Redis Cluster needs to know of the cluster: which masters serve
//! slots, each named by its node id and reached through the lowest slot it serves, so that
//! a scan goes through the client's own view of the cluster whatever addresses the nodes
//! announce (IPs, or hostnames with `cluster-preferred-endpoint-type hostname`); the
//! cursor that carries a scan from one master to the next; and the checks that make a scan
//! start again rather than miss keys when the cluster changes under it.
//!
//! A scan's cursor carries the cluster's shape (which slots are served together, whoever
//! serves them) as it was when the scan began: a slot moved from one master to another
//! changes it, a failover does not. Each step is a pipeline to the master being scanned
//! that brings back that master's own `CLUSTER NODES` and `INFO server` with the `SCAN`:
//! a step run by another node, a shape changed, or slots of that master being migrated is
//! a 503 ("start it again"); a master restarted since the last step (a new `run_id`, so its
//! `SCAN` cursor means nothing any more) is scanned again from the start.

use std::collections::BTreeMap;
use std::sync::Mutex;

use redis::Cmd;
use sha2::{Digest, Sha256};

use super::{StoreError, StoreResult};

/// The slots of a Redis Cluster.
const SLOTS: u16 = 16384;

/// A master's run not known yet (the first step on it).
const UNKNOWN_RUN: &str = "-";

/// A master that serves slots: its node id, and the lowest slot it serves (a scan step is
/// routed by that slot; masters are scanned in the order of that slot, which a failover
/// does not change).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Master {
    pub id: String,
    pub slot: u16,
}

/// The cluster as one node's `CLUSTER NODES` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct View {
    /// The masters that serve slots, in the order of their lowest slot.
    pub masters: Vec<Master>,
    /// Which slots are served together (by one master), whoever serves them: a digest.
    pub shape: String,
    /// The answering node's id, and whether it is migrating or importing slots (only a
    /// node's own line shows that).
    pub myself: Option<(String, bool)>,
}

/// Where a scan is: the master being scanned, the slot it was scanned for (its lowest when
/// its scan began), the cluster's shape when the scan began, the master's `run_id` at its
/// last step, and that master's own `SCAN` cursor. Written
/// `<id> <slot> <shape> <run_id> <cursor>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Cursor {
    pub id: String,
    pub slot: u16,
    pub shape: String,
    pub run: String,
    pub cursor: String,
}

impl Cursor {
    /// A cursor this module wrote, or `None`.
    pub fn parse(text: &str) -> Option<Cursor> {
        let parts: Vec<&str> = text.split(' ').collect();
        let [id, slot, shape, run, cursor] = parts.as_slice() else {
            return None;
        };
        let slot: u16 = slot.parse().ok().filter(|slot| *slot < SLOTS)?;
        let valid = is_node_id(id)
            && hex(shape, 16)
            && (*run == UNKNOWN_RUN || hex(run, 40))
            && !cursor.is_empty()
            && cursor.len() <= 20
            && cursor.bytes().all(|b| b.is_ascii_digit());
        valid.then(|| Cursor {
            id: (*id).to_owned(),
            slot,
            shape: (*shape).to_owned(),
            run: (*run).to_owned(),
            cursor: (*cursor).to_owned(),
        })
    }

    pub fn write(&self) -> String {
        format!(
            "{} {} {} {} {}",
            self.id, self.slot, self.shape, self.run, self.cursor
        )
    }

    fn start(master: &Master, shape: &str) -> Cursor {
        Cursor {
            id: master.id.clone(),
            slot: master.slot,
            shape: shape.to_owned(),
            run: UNKNOWN_RUN.to_owned(),
            cursor: "0".to_owned(),
        }
    }
}

fn slots_moved() -> StoreError {
    StoreError::Unavailable(
        "the cluster's slots moved during a scan (a resharding): start it again".into(),
    )
}

/// The master a scan step goes to, and where in it, for the scan's `cursor` (empty: the
/// start) and the cluster as `view` shows it. A master gone since the cursor was written (a
/// failover: the shape is the same) is scanned again from the start under the master that
/// now serves the slot it was scanned for: its keys may come twice, none is missed.
pub(super) fn resume<'a>(view: &'a View, cursor: &str) -> StoreResult<(&'a Master, Cursor)> {
    if cursor.is_empty() {
        let first = view.masters.first().ok_or_else(|| {
            StoreError::Unavailable("no master of the cluster serves a slot".into())
        })?;
        return Ok((first, Cursor::start(first, &view.shape)));
    }
    let at = Cursor::parse(cursor)
        .ok_or_else(|| StoreError::Backend(format!("not a scan cursor: {cursor}")))?;
    if at.shape != view.shape {
        return Err(slots_moved());
    }
    if let Some(master) = view.masters.iter().find(|m| m.id == at.id) {
        // The same shape, but this master now serves another group of slots (two masters
        // swapped theirs): where the scan goes next would be wrong.
        if master.slot != at.slot {
            return Err(slots_moved());
        }
        return Ok((master, at));
    }
    let successor = view.masters.iter().find(|m| m.slot == at.slot);
    let successor = successor.ok_or_else(slots_moved)?;
    Ok((successor, Cursor::start(successor, &at.shape)))
}

/// What a step's own answers say: go on with its `SCAN` answer, or (the master restarted
/// since the last step) scan that master again from the start, its answer thrown away.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Step {
    Go,
    Restart,
}

/// Checks a step at `at` by the scanned master's own `CLUSTER NODES` (`seen`) and its
/// `run_id`.
pub(super) fn check_step(at: &Cursor, seen: &View, run: &str) -> StoreResult<Step> {
    match &seen.myself {
        Some((id, _)) if *id != at.id => {
            return Err(StoreError::Unavailable(format!(
                "the scan step meant for the master {} (slot {}) was run by {id}: the \
                 client's view of the slots and CLUSTER NODES disagree; start it again",
                at.id, at.slot
            )));
        }
        Some((_, true)) => {
            return Err(StoreError::Unavailable(format!(
                "slots of the master {} are being migrated: scan again once it is done",
                at.id
            )));
        }
        Some(_) => {}
        None => {
            return Err(StoreError::Backend(
                "a master's CLUSTER NODES has no line of its own".into(),
            ));
        }
    }
    if seen.shape != at.shape {
        return Err(slots_moved());
    }
    Ok(if at.run != UNKNOWN_RUN && at.run != run {
        Step::Restart
    } else {
        Step::Go
    })
}

/// The scan's next cursor once the step at `at` answered `next` (that master's own next
/// cursor, `0` when it is done) on the master's run `run`: the same master, or the start of
/// the one with the next lowest slot, or empty when none is left.
pub(super) fn after(masters: &[Master], at: Cursor, run: &str, next: String) -> String {
    if next != "0" {
        return Cursor {
            cursor: next,
            run: run.to_owned(),
            ..at
        }
        .write();
    }
    match masters.iter().find(|m| m.slot > at.slot) {
        Some(following) => Cursor::start(following, &at.shape).write(),
        None => String::new(),
    }
}

/// The cursor that scans the master at `at` again from the start, on its new run `run`.
pub(super) fn restarted(at: Cursor, run: &str) -> String {
    Cursor {
        run: run.to_owned(),
        cursor: "0".to_owned(),
        ..at
    }
    .write()
}

/// `SCAN cursor MATCH pattern COUNT count`.
pub(super) fn scan_command(cursor: &str, pattern: &str, count: usize) -> Cmd {
    let mut cmd = redis::cmd("SCAN");
    cmd.arg(cursor)
        .arg("MATCH")
        .arg(pattern)
        .arg("COUNT")
        .arg(count.max(1));
    cmd
}

/// `run_id` of an `INFO server` answer.
pub(super) fn run_id(info: &str) -> Option<&str> {
    info.lines()
        .find_map(|line| line.trim().strip_prefix("run_id:"))
        .filter(|id| hex(id, 40))
}

/// The cluster as a `CLUSTER NODES` answer shows it; an error (temporary) when a master
/// that serves slots is failing, has no address or no node id, when two masters claim the
/// same slot,
/// or when no master serves any, since a scan would miss those slots' keys. A line is
/// `<id> <ip:port@bus[,hostname]> <flags> <master> <ping> <pong> <epoch> <link> <slot>...`,
/// a slot being `n`, `n-m`, or one being moved (`[n->-id]`, `[n-<-id]`, shown on the
/// node's own line only), which does not count as served. A master only suspected of
/// failing (`fail?`) is scanned: if it cannot be reached, the step fails by itself.
pub(super) fn read_view(nodes: &str) -> Result<View, String> {
    let (mut masters, mut served, mut myself) = (Vec::new(), Vec::new(), None);
    for line in nodes.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (Some(id), Some(flags)) = (fields.first(), fields.get(2)) else {
            continue;
        };
        let flags: Vec<&str> = flags.split(',').collect();
        let slots = fields.get(8..).unwrap_or_default();
        if flags.contains(&"myself") {
            let moving = slots.iter().any(|slot| slot.starts_with('['));
            myself = Some(((*id).to_owned(), moving));
        }
        let ranges: Vec<(u16, u16)> = slots.iter().filter_map(|slot| range(slot)).collect();
        let (true, Some(&(slot, _))) = (flags.contains(&"master"), ranges.iter().min()) else {
            continue;
        };
        if flags.iter().any(|f| matches!(*f, "fail" | "noaddr")) {
            return Err(format!(
                "the master {id} serving slot {slot} is failing: scan again once it is replaced"
            ));
        }
        if !is_node_id(id) {
            return Err(format!(
                "the master serving slot {slot} has no node id ({id}): the answer is not \
                 one the scan can follow"
            ));
        }
        masters.push(Master {
            id: (*id).to_owned(),
            slot,
        });
        served.push(merged(ranges));
    }
    if masters.is_empty() {
        return Err("no master of the cluster serves a slot".into());
    }
    let mut all: Vec<(u16, u16)> = served.iter().flatten().copied().collect();
    all.sort_unstable();
    if all.windows(2).any(|pair| pair[1].0 <= pair[0].1) {
        return Err("two masters claim the same slot: scan again once the cluster agrees".into());
    }
    masters.sort_by_key(|master| master.slot);
    served.sort_unstable();
    let written: Vec<String> = served
        .iter()
        .map(|ranges| {
            let ranges: Vec<String> = ranges.iter().map(|(a, b)| format!("{a}-{b}")).collect();
            ranges.join(",")
        })
        .collect();
    let digest = Sha256::digest(written.join(";").as_bytes());
    let shape = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    Ok(View {
        masters,
        shape,
        myself,
    })
}

/// `ranges` in order, adjacent ones joined (`0-99 100-200` is `0-200`), so that the same
/// slots give the same shape however a node writes them.
fn merged(mut ranges: Vec<(u16, u16)>) -> Vec<(u16, u16)> {
    ranges.sort_unstable();
    let mut joined: Vec<(u16, u16)> = Vec::with_capacity(ranges.len());
    for (a, b) in ranges {
        match joined.last_mut() {
            Some(last) if a == last.1.saturating_add(1) => last.1 = b,
            _ => joined.push((a, b)),
        }
    }
    joined
}

/// A served slot or range of `CLUSTER NODES` (`n` or `n-m`), or `None` (a slot being moved,
/// or a number out of range).
fn range(slot: &str) -> Option<(u16, u16)> {
    let (a, b) = slot.split_once('-').unwrap_or((slot, slot));
    let (a, b): (u16, u16) = (a.parse().ok()?, b.parse().ok()?);
    (a <= b && b < SLOTS).then_some((a, b))
}

/// Whether `id` has the form of a cluster node id: 40 hexadecimal digits.
pub(super) fn is_node_id(id: &str) -> bool {
    hex(id, 40)
}

/// Whether `text` is `len` hexadecimal digits (node ids, run ids, a scan's shape).
fn hex(text: &str, len: usize) -> bool {
    text.len() == len && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The slot of a key without a hash tag: CRC16 (XMODEM) of its bytes, modulo 16384.
fn key_slot(key: &[u8]) -> u16 {
    crc16::State::<crc16::XMODEM>::calculate(key) % SLOTS
}

/// How far [`tag_for_slot`] looks: every slot has a tag below it (a unit test checks).
const TAG_SEARCH: u32 = 1 << 20;

/// A short hash tag (the digits of the first number that falls there) whose key slot is
/// `slot`: a key `…{tag}` is in that slot. Found once per slot (a search of up to a few
/// milliseconds) and kept: a scan asks for its masters' lowest slots only.
pub(super) fn tag_for_slot(slot: u16) -> String {
    static FOUND: Mutex<BTreeMap<u16, String>> = Mutex::new(BTreeMap::new());
    let slot = slot % SLOTS;
    let known = FOUND
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&slot)
        .cloned();
    if let Some(tag) = known {
        return tag;
    }
    let tag = (0..TAG_SEARCH)
        .map(|n| n.to_string())
        .find(|tag| key_slot(tag.as_bytes()) == slot)
        .unwrap_or_default();
    FOUND
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(slot, tag.clone());
    tag
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::collections::HashMap;

    use super::*;

    const A: &str = "07c37dfeb235213a872192d90877d0cd55635b91";
    const B: &str = "67ed2db8d677e59ec4a4cefb06858cf2a1a89fa1";
    const C: &str = "e7d1eecce10fd6bb5eb35b9f99a514335d9ba9ca";
    const RUN: &str = "0123456789abcdef0123456789abcdef01234567";
    const OTHER_RUN: &str = "fedcba9876543210fedcba9876543210fedcba98";

    fn master(id: &str, slot: u16) -> Master {
        Master {
            id: id.into(),
            slot,
        }
    }

    /// A `CLUSTER NODES` answer of masters (id, slots), as `myself` would give it.
    fn nodes(masters: &[(&str, &str)], myself: &str) -> String {
        masters
            .iter()
            .enumerate()
            .map(|(i, (id, slots))| {
                let flags = if *id == myself {
                    "myself,master"
                } else {
                    "master"
                };
                format!(
                    "{id} 127.0.0.1:{}@1{i} {flags} - 0 0 {i} connected {slots}\n",
                    7000 + i
                )
            })
            .collect()
    }

    #[test]
    fn masters_serving_slots_are_named_by_id_and_ordered_by_their_lowest_slot() {
        let text = format!(
            "{A} 127.0.0.1:30003@31003,localhost master - 0 1426238316232 3 connected 10923-16383\n\
             {C} 127.0.0.1:30001@31001,localhost myself,master - 0 0 1 connected 5461 0-5460\n\
             {B} 127.0.0.1:30002@31002 master,fail? - 0 1426238316232 2 connected 5462-10922 [5461-<-{C}]\n\
             {B} 127.0.0.1:30004@31004 master,nofailover - 0 0 4 connected\n\
             {A} 127.0.0.1:30005@31005 slave,fail {C} 0 0 2 disconnected\n\
             {C} 127.0.0.1:30006@31006 master,fail - 0 0 3 connected [16383->-{A}] 16384-20000\n\
             not-an-id 127.0.0.1:30007@31007 master - 0 0 3 connected\n\
             \n{A} master\n"
        );
        let view = read_view(&text).unwrap();
        assert_eq!(
            view.masters,
            vec![master(C, 0), master(B, 5462), master(A, 10923)]
        );
        assert_eq!(view.myself, Some((C.to_owned(), false)));
    }

    /// Skipping them would end a scan "complete" without their slots' keys.
    #[test]
    fn a_failing_master_serving_slots_a_slot_claimed_twice_or_no_master_stops_the_scan() {
        for flags in ["master,fail", "myself,master,noaddr"] {
            let text = format!(
                "{A} 127.0.0.1:30001@31001 master - 0 0 1 connected 0-5460\n\
                 {B} 127.0.0.1:30002@31002 {flags} - 0 0 2 connected 5461-16383\n"
            );
            assert!(read_view(&text).is_err_and(|e| e.contains(B)), "{flags}");
        }
        assert!(read_view(&nodes(&[(A, "0-5460"), (B, "5460-16383")], A)).is_err());
        assert!(read_view(&nodes(&[(A, "0-100"), (B, "7 200-16383")], A)).is_err());
        assert!(read_view(&nodes(&[(A, "")], A)).is_err());
        assert!(
            read_view(&nodes(&[(A, "0-5460"), ("not-an-id", "5461-16383")], A))
                .is_err_and(|e| e.contains("5461"))
        );
        assert!(read_view("").is_err());
        assert!(is_node_id(A) && !is_node_id("127.0.0.1:30001") && !is_node_id(""));
    }

    /// The shape is which slots are served together: a failover (new ids) keeps it, any
    /// slot moved from one master to another changes it.
    #[test]
    fn a_failover_keeps_the_shape_and_a_moved_slot_changes_it() {
        let shape = |masters: &[(&str, &str)]| read_view(&nodes(masters, A)).unwrap().shape;
        let before = shape(&[(A, "0-5460"), (B, "5461-10922"), (C, "10923-16383")]);
        assert_eq!(before.len(), 16);
        assert_eq!(
            shape(&[(C, "10923-16383"), (A, "0-5460"), (B, "5461-10922")]),
            before
        );
        assert_eq!(
            shape(&[(A, "0-5460"), (C, "5461-10922"), (B, "10923-16383")]),
            before,
            "failed over"
        );
        assert_eq!(
            shape(&[
                (A, "0-99 100 101-5460"),
                (B, "5461-10922"),
                (C, "10923-16383")
            ]),
            before,
            "written in pieces"
        );
        assert_ne!(
            shape(&[
                (A, "0-99 101-5460"),
                (B, "100 5461-10922"),
                (C, "10923-16383")
            ]),
            before,
            "one slot moved"
        );
    }

    #[test]
    fn a_cursor_reads_back_what_was_written_and_nothing_else() {
        let cursor = Cursor {
            id: A.into(),
            slot: 5461,
            shape: "0123456789abcdef".into(),
            run: RUN.into(),
            cursor: "1536".into(),
        };
        assert_eq!(Cursor::parse(&cursor.write()), Some(cursor.clone()));
        let unknown = Cursor {
            run: UNKNOWN_RUN.into(),
            ..cursor
        };
        assert_eq!(Cursor::parse(&unknown.write()), Some(unknown));
        let shape = "0123456789abcdef";
        for text in [
            "",
            "17",
            &format!("{A} 17"),
            &format!("{A} 16384 {shape} - 0"),
            &format!("{A} 0 {shape} - 0 0"),
            &format!("{A} 0 {shape} - x"),
            &format!("{A} 0 {shape} - "),
            &format!("{A} 0 {shape} - 123456789012345678901"),
            &format!("{A} 0 xyz - 0"),
            &format!("{A} 0 {shape} run 0"),
            "127.0.0.1:7000 0",
        ] {
            assert_eq!(Cursor::parse(text), None, "{text:?}");
        }
        assert_eq!(
            run_id(&format!(
                "# Server\r\nredis_version:7.0.15\r\nrun_id:{RUN}\r\n"
            )),
            Some(RUN)
        );
        assert_eq!(run_id("run_id:short"), None);
    }

    /// Slots as Redis computes them (`CLUSTER KEYSLOT foo` is 12182, `somekey` 11058, and
    /// the tag `06S` is in slot 0), and a tag found for any slot.
    #[test]
    fn a_tag_is_found_for_a_slot_as_redis_computes_it() {
        assert_eq!(key_slot(b"foo"), 12182);
        assert_eq!(key_slot(b"somekey"), 11058);
        assert_eq!(key_slot(b"06S"), 0);
        for slot in [0, 1, 5461, 10923, 16383] {
            assert_eq!(key_slot(tag_for_slot(slot).as_bytes()), slot);
            assert_eq!(tag_for_slot(slot), tag_for_slot(slot));
        }
        let mut found = vec![false; SLOTS as usize];
        for n in 0..TAG_SEARCH {
            found[key_slot(n.to_string().as_bytes()) as usize] = true;
        }
        assert!(
            found.iter().all(|f| *f),
            "a slot without a tag below the bound"
        );
    }

    /// What happens to the cluster just before a step.
    type Change<'a> = &'a dyn Fn(usize, &mut Vec<(String, String)>, &mut HashMap<String, String>);

    /// Walks a whole scan over `masters` (id, slots), each master answering two steps
    /// (cursor 0, then 7), `change` applied before each step (numbered from 0). Returns the
    /// steps whose keys were kept, as (master, cursor), or the error that stopped the scan.
    fn walk(masters: &[(&str, &str)], change: Change) -> Result<Vec<(String, String)>, StoreError> {
        let mut masters: Vec<(String, String)> = masters
            .iter()
            .map(|(id, s)| ((*id).into(), (*s).into()))
            .collect();
        let mut runs: HashMap<String, String> = HashMap::new();
        let (mut cursor, mut kept) = (String::new(), Vec::new());
        for step in 0..100 {
            change(step, &mut masters, &mut runs);
            let borrowed: Vec<(&str, &str)> = masters
                .iter()
                .map(|(id, s)| (id.as_str(), s.as_str()))
                .collect();
            let view = read_view(&nodes(&borrowed, "")).map_err(StoreError::Unavailable)?;
            let (on, at) = resume(&view, &cursor)?;
            let seen = read_view(&nodes(&borrowed, &on.id)).map_err(StoreError::Unavailable)?;
            let run = runs.get(&on.id).cloned().unwrap_or_else(|| RUN.into());
            let next = if at.cursor == "0" { "7" } else { "0" };
            cursor = match check_step(&at, &seen, &run)? {
                Step::Go => {
                    kept.push((on.id.clone(), at.cursor.clone()));
                    after(&view.masters, at, &run, next.into())
                }
                Step::Restart => restarted(at, &run),
            };
            if cursor.is_empty() {
                return Ok(kept);
            }
        }
        panic!("the scan did not end")
    }

    fn each(ids: &[&str]) -> Vec<(String, String)> {
        ids.iter()
            .flat_map(|id| [(id.to_string(), "0".into()), (id.to_string(), "7".into())])
            .collect()
    }

    const THREE: [(&str, &str); 3] = [(C, "0-5460"), (A, "5461-10922"), (B, "10923-16383")];

    #[test]
    fn a_scan_walks_every_master_in_slot_order() {
        assert_eq!(walk(&THREE, &|_, _, _| {}).unwrap(), each(&[C, A, B]));
    }

    /// B's replica, whose id sorts first, takes over while B is half scanned: its shard is
    /// scanned from the start under the new id, and the scan then ends with every shard.
    #[test]
    fn a_failover_during_a_scan_loses_no_shard() {
        let promoted = "0000000000000000000000000000000000000001";
        let failover: Change = &|step, masters, _| {
            if step == 5 {
                masters[2].0 = promoted.into();
            }
        };
        let mut expected = each(&[C, A]);
        expected.push((B.into(), "0".into()));
        expected.extend(each(&[promoted]));
        assert_eq!(walk(&THREE, failover).unwrap(), expected);
    }

    /// While A is scanned, slot 100 moves from C (scanned) to B (not yet): B's lowest slot
    /// is now below A's, and ordering alone would end the scan without B's shard.
    #[test]
    fn a_slot_moved_during_a_scan_makes_it_start_again() {
        let moved: Change = &|step, masters, _| {
            if step == 3 {
                masters[0].1 = "0-99 101-5460".into();
                masters[2].1 = "100 10923-16383".into();
            }
        };
        assert!(
            matches!(walk(&THREE, moved), Err(StoreError::Unavailable(e)) if e.contains("moved"))
        );
    }

    /// While A is scanned, C and A swap their slots: the shape is the same, but A's keys
    /// now are C's (scanned already) and A's old ones are on C, which the scan has passed.
    #[test]
    fn two_masters_swapping_their_slots_during_a_scan_make_it_start_again() {
        let swapped: Change = &|step, masters, _| {
            if step == 3 {
                masters[0].1 = "5461-10922".into();
                masters[1].1 = "0-5460".into();
            }
        };
        assert!(
            matches!(walk(&THREE, swapped), Err(StoreError::Unavailable(e)) if e.contains("moved"))
        );
    }

    /// A restarted master's `SCAN` cursor means nothing any more: its step's answer is
    /// thrown away and that master scanned again from the start.
    #[test]
    fn a_master_restarted_during_its_scan_is_scanned_again() {
        let restart: Change = &|step, _, runs| {
            if step == 3 {
                runs.insert(A.into(), OTHER_RUN.into());
            }
        };
        let mut expected = each(&[C]);
        expected.push((A.into(), "0".into()));
        expected.extend(each(&[A, B]));
        assert_eq!(walk(&THREE, restart).unwrap(), expected);
    }

    #[test]
    fn a_step_run_by_another_master_or_on_a_master_migrating_slots_is_refused() {
        let view = read_view(&nodes(&THREE, "")).unwrap();
        let at = Cursor::start(&view.masters[1], &view.shape);
        let by_b = read_view(&nodes(&THREE, B)).unwrap();
        assert!(
            matches!(check_step(&at, &by_b, RUN), Err(StoreError::Unavailable(e)) if e.contains("was run by"))
        );
        let migrating = format!(
            "{A} 127.0.0.1:7001@1 myself,master - 0 0 1 connected 5461-10922 [5461->-{B}]\n\
             {C} 127.0.0.1:7000@1 master - 0 0 0 connected 0-5460\n\
             {B} 127.0.0.1:7002@1 master - 0 0 2 connected 10923-16383\n"
        );
        let migrating = read_view(&migrating).unwrap();
        assert_eq!(migrating.shape, view.shape);
        assert!(
            matches!(check_step(&at, &migrating, RUN), Err(StoreError::Unavailable(e)) if e.contains("migrated"))
        );
        let by_a = read_view(&nodes(&THREE, A)).unwrap();
        assert_eq!(check_step(&at, &by_a, RUN).unwrap(), Step::Go);
        assert!(matches!(
            resume(&view, "127.0.0.1:7000 0"),
            Err(StoreError::Backend(_))
        ));
    }
}
