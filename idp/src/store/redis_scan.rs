//! What a `SCAN` of a Redis Cluster needs to know of the cluster: which masters serve
//! slots, each named by its node id and reached through a slot it serves, so that a scan
//! goes through the client's own view of the cluster whatever addresses the nodes announce
//! (IPs, or hostnames with `cluster-preferred-endpoint-type hostname`).

use redis::Cmd;

/// A master that serves slots: its node id, and the lowest slot it serves (a scan step is
/// routed by that slot and checked by the id the node gives back).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Master {
    pub id: String,
    pub slot: u16,
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

/// The masters of a `CLUSTER NODES` answer that serve at least one slot and are not
/// failing, in the order of their ids. A line is `<id> <ip:port@bus[,hostname]> <flags>
/// <master> <ping> <pong> <epoch> <link> <slot>...`, a slot being `n`, `n-m`, or a slot
/// being moved (`[n->-id]`, `[n-<-id]`), which does not count as served.
pub(super) fn serving_masters(nodes: &str) -> Vec<Master> {
    let mut masters: Vec<Master> = nodes
        .lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let flags = fields.get(2)?;
            if !flags.split(',').any(|f| f == "master") || flags.contains("fail") {
                return None;
            }
            let slot = fields
                .get(8..)?
                .iter()
                .filter_map(|slot| slot.split('-').next()?.parse::<u16>().ok())
                .min()?;
            Some(Master {
                id: (*fields.first()?).to_owned(),
                slot,
            })
        })
        .filter(|master| is_node_id(&master.id))
        .collect();
    masters.sort_by(|a, b| a.id.cmp(&b.id));
    masters
}

/// Whether `id` has the form of a cluster node id: 40 hexadecimal digits.
pub(super) fn is_node_id(id: &str) -> bool {
    id.len() == 40 && id.bytes().all(|b| b.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "07c37dfeb235213a872192d90877d0cd55635b91";
    const B: &str = "67ed2db8d677e59ec4a4cefb06858cf2a1a89fa1";
    const C: &str = "e7d1eecce10fd6bb5eb35b9f99a514335d9ba9ca";

    #[test]
    fn masters_serving_slots_are_named_by_id_and_their_lowest_slot_in_id_order() {
        let nodes = format!(
            "{C} 127.0.0.1:30003@31003,localhost master - 0 1426238316232 3 connected 10923-16383\n\
             {A} 127.0.0.1:30001@31001,localhost myself,master - 0 0 1 connected 5461 0-5460\n\
             {B} 127.0.0.1:30002@31002 master - 0 1426238316232 2 connected 5462-10922 [5461-<-{A}]\n"
        );
        assert_eq!(
            serving_masters(&nodes),
            vec![
                Master {
                    id: A.into(),
                    slot: 0
                },
                Master {
                    id: B.into(),
                    slot: 5462
                },
                Master {
                    id: C.into(),
                    slot: 10923
                },
            ]
        );
    }

    #[test]
    fn replicas_failing_masters_masters_without_slots_and_garbage_are_not_scanned() {
        let nodes = format!(
            "{A} 127.0.0.1:30001@31001 master,fail - 0 0 1 connected 0-5460\n\
             {B} 127.0.0.1:30002@31002 slave {C} 0 0 2 connected\n\
             {C} 127.0.0.1:30003@31003 master - 0 0 3 connected\n\
             {C} 127.0.0.1:30004@31004 master - 0 0 3 connected [5461->-{A}]\n\
             not-an-id 127.0.0.1:30005@31005 master - 0 0 3 connected 0-5460\n\
             \n{A} master\n"
        );
        assert_eq!(serving_masters(&nodes), vec![]);
        assert!(is_node_id(A) && !is_node_id("127.0.0.1:30001") && !is_node_id(""));
    }
}
