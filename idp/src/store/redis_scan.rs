//! What a `SCAN` of a Redis Cluster needs to know of the cluster: which masters serve
//! slots, each named by its node id and reached through the lowest slot it serves, so that
//! a scan goes through the client's own view of the cluster whatever addresses the nodes
//! announce (IPs, or hostnames with `cluster-preferred-endpoint-type hostname`), and the
//! cursor that carries a scan from one master to the next.

use redis::Cmd;

use super::{StoreError, StoreResult};

/// The slots of a Redis Cluster.
const SLOTS: u16 = 16384;

/// A master that serves slots: its node id, and the lowest slot it serves (a scan step is
/// routed by that slot and checked by the id the node gives back; masters are scanned in
/// the order of that slot, which a failover does not change).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Master {
    pub id: String,
    pub slot: u16,
}

/// Where a scan is: the master being scanned, the slot it was scanned for (its lowest when
/// its scan began), and that master's own `SCAN` cursor. Written `<id> <slot> <cursor>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Cursor {
    pub id: String,
    pub slot: u16,
    pub cursor: String,
}

impl Cursor {
    /// A cursor this module wrote, or `None`.
    pub fn parse(text: &str) -> Option<Cursor> {
        let mut parts = text.split(' ');
        let (id, slot, cursor) = (parts.next()?, parts.next()?, parts.next()?);
        let slot: u16 = slot.parse().ok().filter(|slot| *slot < SLOTS)?;
        let valid = parts.next().is_none()
            && is_node_id(id)
            && !cursor.is_empty()
            && cursor.bytes().all(|b| b.is_ascii_digit());
        valid.then(|| Cursor {
            id: id.to_owned(),
            slot,
            cursor: cursor.to_owned(),
        })
    }

    pub fn write(&self) -> String {
        format!("{} {} {}", self.id, self.slot, self.cursor)
    }
}

/// The master a scan step goes to, and where in it, for the scan's `cursor` (empty: the
/// start) and the cluster's `masters` (see [`serving_masters`]). A master gone since the
/// cursor was written (a failover) is scanned again from the start under the master that
/// now serves the slot it was scanned for: its keys may come twice, none is missed.
pub(super) fn resume<'a>(masters: &'a [Master], cursor: &str) -> StoreResult<(&'a Master, Cursor)> {
    if cursor.is_empty() {
        let first = masters.first().ok_or_else(|| {
            StoreError::Unavailable("no master of the cluster serves a slot".into())
        })?;
        let at = Cursor {
            id: first.id.clone(),
            slot: first.slot,
            cursor: "0".into(),
        };
        return Ok((first, at));
    }
    let at = Cursor::parse(cursor)
        .ok_or_else(|| StoreError::Backend(format!("not a scan cursor: {cursor}")))?;
    if let Some(master) = masters.iter().find(|m| m.id == at.id) {
        return Ok((master, at));
    }
    let successor = masters.iter().find(|m| m.slot == at.slot).ok_or_else(|| {
        StoreError::Unavailable(format!(
            "the master {} left the cluster during a scan and no master serves its slot {} as \
             its lowest: start the scan again",
            at.id, at.slot
        ))
    })?;
    let at = Cursor {
        id: successor.id.clone(),
        cursor: "0".into(),
        ..at
    };
    Ok((successor, at))
}

/// The scan's next cursor once the step at `at` answered `next` (that master's own next
/// cursor, `0` when it is done): the same master, or the start of the one with the next
/// lowest slot, or empty when none is left.
pub(super) fn after(masters: &[Master], at: Cursor, next: String) -> String {
    if next != "0" {
        return Cursor { cursor: next, ..at }.write();
    }
    match masters.iter().find(|m| m.slot > at.slot) {
        Some(following) => Cursor {
            id: following.id.clone(),
            slot: following.slot,
            cursor: "0".into(),
        }
        .write(),
        None => String::new(),
    }
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

/// The masters of a `CLUSTER NODES` answer that serve at least one slot, in the order of
/// their lowest slot; an error (temporary) when a master that serves slots is failing or
/// has no address, or when no master serves any, since a scan would miss those slots'
/// keys. A line is `<id> <ip:port@bus[,hostname]> <flags> <master> <ping> <pong> <epoch>
/// <link> <slot>...`, a slot being `n`, `n-m`, or one being moved (`[n->-id]`, `[n-<-id]`),
/// which does not count as served. A master only suspected of failing (`fail?`) is
/// scanned: if it cannot be reached, the step fails by itself.
pub(super) fn serving_masters(nodes: &str) -> Result<Vec<Master>, String> {
    let mut masters = Vec::new();
    for line in nodes.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let (Some(id), Some(flags)) = (fields.first(), fields.get(2)) else {
            continue;
        };
        let flags: Vec<&str> = flags.split(',').collect();
        let lowest = fields
            .get(8..)
            .unwrap_or_default()
            .iter()
            .filter_map(|slot| slot.split('-').next()?.parse::<u16>().ok())
            .min();
        let (true, Some(slot)) = (flags.contains(&"master"), lowest) else {
            continue;
        };
        if flags.iter().any(|f| matches!(*f, "fail" | "noaddr")) {
            return Err(format!(
                "the master {id} serving slot {slot} is failing: scan again once it is replaced"
            ));
        }
        if is_node_id(id) {
            masters.push(Master {
                id: (*id).to_owned(),
                slot,
            });
        }
    }
    if masters.is_empty() {
        return Err("no master of the cluster serves a slot".into());
    }
    masters.sort_by_key(|master| master.slot);
    Ok(masters)
}

/// Whether `id` has the form of a cluster node id: 40 hexadecimal digits.
pub(super) fn is_node_id(id: &str) -> bool {
    id.len() == 40 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The slot of a key without a hash tag: CRC16 (XMODEM) of its bytes, modulo 16384.
fn key_slot(key: &[u8]) -> u16 {
    crc16::State::<crc16::XMODEM>::calculate(key) % SLOTS
}

/// How far [`tag_for_slot`] looks: every slot has a tag below it (a unit test checks).
const TAG_SEARCH: u32 = 1 << 20;

/// A short hash tag (the digits of the first number that falls there) whose key slot is
/// `slot`: a key `…{tag}` is in that slot.
pub(super) fn tag_for_slot(slot: u16) -> String {
    (0..TAG_SEARCH)
        .map(|n| n.to_string())
        .find(|tag| key_slot(tag.as_bytes()) == slot % SLOTS)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const A: &str = "07c37dfeb235213a872192d90877d0cd55635b91";
    const B: &str = "67ed2db8d677e59ec4a4cefb06858cf2a1a89fa1";
    const C: &str = "e7d1eecce10fd6bb5eb35b9f99a514335d9ba9ca";

    #[test]
    fn masters_serving_slots_are_named_by_id_and_ordered_by_their_lowest_slot() {
        let nodes = format!(
            "{A} 127.0.0.1:30003@31003,localhost master - 0 1426238316232 3 connected 10923-16383\n\
             {C} 127.0.0.1:30001@31001,localhost myself,master - 0 0 1 connected 5461 0-5460\n\
             {B} 127.0.0.1:30002@31002 master,fail? - 0 1426238316232 2 connected 5462-10922 [5461-<-{C}]\n\
             {B} 127.0.0.1:30004@31004 master,nofailover - 0 0 4 connected\n\
             {A} 127.0.0.1:30005@31005 slave,fail {C} 0 0 2 disconnected\n\
             {C} 127.0.0.1:30006@31006 master,fail - 0 0 3 connected [16383->-{A}]\n\
             not-an-id 127.0.0.1:30007@31007 master - 0 0 3 connected\n\
             \n{A} master\n"
        );
        assert_eq!(
            serving_masters(&nodes),
            Ok(vec![
                Master {
                    id: C.into(),
                    slot: 0
                },
                Master {
                    id: B.into(),
                    slot: 5462
                },
                Master {
                    id: A.into(),
                    slot: 10923
                },
            ])
        );
    }

    /// Skipping them would end a scan "complete" without their slots' keys.
    #[test]
    fn a_failing_master_that_still_serves_slots_or_no_master_at_all_stops_the_scan() {
        for flags in ["master,fail", "myself,master,noaddr"] {
            let nodes = format!(
                "{A} 127.0.0.1:30001@31001 master - 0 0 1 connected 0-5460\n\
                 {B} 127.0.0.1:30002@31002 {flags} - 0 0 2 connected 5461-16383\n"
            );
            assert!(
                serving_masters(&nodes).is_err_and(|e| e.contains(B)),
                "{flags}"
            );
        }
        let no_slots = format!("{A} 127.0.0.1:30001@31001 master - 0 0 1 connected\n");
        assert!(serving_masters(&no_slots).is_err());
        assert!(serving_masters("").is_err());
        assert!(is_node_id(A) && !is_node_id("127.0.0.1:30001") && !is_node_id(""));
    }

    #[test]
    fn a_cursor_reads_back_what_was_written_and_nothing_else() {
        let cursor = Cursor {
            id: A.into(),
            slot: 5461,
            cursor: "1536".into(),
        };
        assert_eq!(Cursor::parse(&cursor.write()), Some(cursor));
        for text in [
            "",
            "17",
            &format!("{A} 17"),
            &format!("{A} 16384 0"),
            &format!("{A} 0 0 0"),
            &format!("{A} 0 x"),
            &format!("{A} 0 "),
            "127.0.0.1:7000 0",
        ] {
            assert_eq!(Cursor::parse(text), None, "{text:?}");
        }
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

    fn master(id: &str, slot: u16) -> Master {
        Master {
            id: id.into(),
            slot,
        }
    }

    /// Walks a whole scan, each master answering `steps` cursors before it is done; a
    /// failover of `replaced` (to `successor`, same slots) just before its second step.
    fn walk(masters: &[Master], failover: Option<(&str, &str)>) -> Vec<(String, String)> {
        let mut masters = masters.to_vec();
        let (mut cursor, mut steps, mut failed) = (String::new(), Vec::new(), false);
        loop {
            let (on, at) = resume(&masters, &cursor).unwrap();
            steps.push((on.id.clone(), at.cursor.clone()));
            let next = if at.cursor == "0" { "7" } else { "0" };
            cursor = after(&masters, at, next.into());
            if let (Some((replaced, successor)), false) = (failover, failed)
                && cursor.starts_with(replaced)
                && !cursor.ends_with(" 0")
            {
                for m in &mut masters {
                    if m.id == replaced {
                        m.id = successor.into();
                    }
                }
                failed = true;
            }
            if cursor.is_empty() {
                return steps;
            }
        }
    }

    #[test]
    fn a_scan_walks_every_master_in_slot_order_and_a_failover_loses_none() {
        let masters = [master(C, 0), master(A, 5461), master(B, 10923)];
        let each = |ids: &[&str]| -> Vec<(String, String)> {
            ids.iter()
                .flat_map(|id| [(id.to_string(), "0".into()), (id.to_string(), "7".into())])
                .collect()
        };
        assert_eq!(walk(&masters, None), each(&[C, A, B]));
        // B's replica, whose id sorts first, takes over while B is half scanned: its shard
        // is scanned from the start under the new id, and the scan then ends.
        let promoted = "0000000000000000000000000000000000000001";
        let mut expected = each(&[C, A]);
        expected.push((B.into(), "0".into()));
        expected.extend(each(&[promoted]));
        assert_eq!(walk(&masters, Some((B, promoted))), expected);
        // A master gone with no successor for its slot: start again (503).
        let gone = Cursor {
            id: A.into(),
            slot: 5461,
            cursor: "7".into(),
        };
        let without = [master(C, 0), master(B, 10923)];
        assert!(matches!(
            resume(&without, &gone.write()),
            Err(StoreError::Unavailable(_))
        ));
        assert!(matches!(
            resume(&without, "127.0.0.1:7000 0"),
            Err(StoreError::Backend(_))
        ));
    }
}
