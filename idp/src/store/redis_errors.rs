//! How Redis's answers become the store's errors: which refusals pass (a 503, retry
//! later) and which are faults to fix (a 500), for one command, a pipeline, or a
//! transaction judged by every answer in it.

use super::{StoreError, StoreResult};

/// Redis answers that mean "not now" rather than "never": still loading its data after a
/// restart, a failover in progress, a replica promoted, persistence failing, out of memory
/// (`maxmemory` reached with no eviction), too few replicas for `min-replicas-to-write`, a
/// script running past its time.
const TEMPORARY_CODES: [&str; 9] = [
    "LOADING",
    "TRYAGAIN",
    "MASTERDOWN",
    "CLUSTERDOWN",
    "READONLY",
    "MISCONF",
    "OOM",
    "NOREPLICAS",
    "BUSY",
];

/// A key's slot served elsewhere: on a cluster, slots still moving once the client has
/// used up its redirections; from a single server, never settling by itself.
const REDIRECTIONS: [&str; 2] = ["MOVED", "ASK"];

/// What a single server answering with a redirection means, said where it is logged.
const CLUSTER_NODE_HINT: &str =
    "this Redis server is a node of a Redis Cluster: set IDP_REDIS_CLUSTER=true";

/// `map_err` for a Redis Cluster: there a redirection the client could not follow in its
/// retries, or a node it has no connection to (a failover under way), passes.
pub(super) fn map_cluster_err(e: redis::RedisError) -> StoreError {
    let passing = e.kind() == redis::ErrorKind::ClusterConnectionNotFound
        || e.code().is_some_and(|code| REDIRECTIONS.contains(&code));
    if passing {
        StoreError::Unavailable(e.to_string())
    } else {
        map_err(e)
    }
}

pub(super) fn map_err(e: redis::RedisError) -> StoreError {
    let temporary = e.is_io_error()
        || e.is_connection_dropped()
        || e.is_timeout()
        || e.is_connection_refusal()
        || match e.clone().into_server_errors() {
            // One refusal, or a pipeline's or a transaction's several: every one of them
            // is judged (an error's own code is only its first refusal's).
            Some(refused) => all_refusals_temporary(&refused),
            None => e.code().is_some_and(|code| TEMPORARY_CODES.contains(&code)),
        };
    if temporary {
        StoreError::Unavailable(e.to_string())
    } else if e.code().is_some_and(|code| REDIRECTIONS.contains(&code)) {
        StoreError::Backend(format!("{e} ({CLUSTER_NODE_HINT})"))
    } else {
        StoreError::Backend(e.to_string())
    }
}

/// A request Redis refused passes when every refusal in it does: one permanent refusal
/// (a wrong type, a permission, a script's error) beside a temporary one is a fault to fix.
fn all_refusals_temporary(refused: &[(usize, redis::ServerError)]) -> bool {
    !refused.is_empty() && refused.iter().all(|(_, error)| temporary_refusal(error))
}

/// `EXEC`'s answers from a transaction's replies (`MULTI`'s, each command's `QUEUED`,
/// `EXEC`'s), or every refusal among them: of `MULTI`, of a command as it was queued, of
/// `EXEC` itself (`EXECABORT` with its reason), and of each command as `EXEC` ran it. A
/// store fault (503) when all of them pass, a backend error (500) when one does not.
pub(super) fn exec_answers(mut replies: Vec<redis::Value>) -> StoreResult<Vec<redis::Value>> {
    let exec = replies.pop();
    let mut refused: Vec<(usize, redis::ServerError)> = Vec::new();
    let mut refuse = |index: usize, reply: &redis::Value| {
        if let redis::Value::ServerError(error) = reply {
            refused.push((index, error.clone()));
        }
    };
    // Anything but `OK` to `MULTI` and `QUEUED` to each command, refusals aside, and the
    // transaction is not what was sent.
    let mut unexpected = false;
    for (index, reply) in replies.iter().enumerate() {
        refuse(index, reply);
        unexpected |= match reply {
            redis::Value::ServerError(_) => false,
            redis::Value::Okay => index != 0,
            redis::Value::SimpleString(status) => index == 0 || status != "QUEUED",
            _ => true,
        };
    }
    let queued = replies.len().saturating_sub(1);
    let answers = match exec {
        Some(redis::Value::Array(answers)) => {
            for (index, answer) in answers.iter().enumerate() {
                refuse(replies.len() + 1 + index, answer);
            }
            answers
        }
        Some(other @ redis::Value::ServerError(_)) => {
            refuse(replies.len(), &other);
            Vec::new()
        }
        other => {
            return Err(StoreError::Backend(format!(
                "the transaction was not made: EXEC answered {other:?}"
            )));
        }
    };
    if refused.is_empty() {
        if unexpected || answers.len() != queued {
            return Err(StoreError::Backend(format!(
                "a transaction of {queued} commands answered {} and {answers:?}",
                if unexpected {
                    "unexpectedly"
                } else {
                    "in part"
                },
            )));
        }
        return Ok(answers);
    }
    let mut why = refused
        .iter()
        .map(|(_, error)| format!("{} {}", error.code(), error.details().unwrap_or_default()))
        .collect::<Vec<_>>()
        .join("; ");
    if refused
        .iter()
        .any(|(_, error)| REDIRECTIONS.contains(&error.code()))
    {
        why = format!("{why} ({CLUSTER_NODE_HINT})");
    }
    let why = format!("Redis refused the transaction: {why}");
    if all_refusals_temporary(&refused) {
        Err(StoreError::Unavailable(why))
    } else {
        Err(StoreError::Backend(why))
    }
}

/// Whether Redis refused for a reason that passes: a temporary code, or a transaction
/// discarded (`EXECABORT`) either for one ("because of: OOM ..." when `EXEC` itself was
/// refused: the server filled up or became a replica after the writes were queued) or
/// "because of previous errors", the refusals of queued writes, which are judged each on
/// its own.
fn temporary_refusal(error: &redis::ServerError) -> bool {
    let code = error.code();
    if TEMPORARY_CODES.contains(&code) {
        return true;
    }
    code == "EXECABORT"
        && error.details().is_some_and(|why| {
            why.ends_with("because of previous errors.")
                || why.split_once("because of: ").is_some_and(|(_, reason)| {
                    TEMPORARY_CODES
                        .iter()
                        .any(|code| reason.split(' ').next() == Some(*code))
                })
        })
}

#[cfg(test)]
mod tests {
    use super::{
        StoreError, all_refusals_temporary, exec_answers, map_cluster_err, map_err,
        temporary_refusal,
    };
    use redis::Value;

    /// A refusal as Redis sends it on the wire (`-CODE detail`).
    fn refusal(line: &str) -> redis::ServerError {
        match redis::parse_redis_value(format!("-{line}\r\n").as_bytes()) {
            Ok(Value::ServerError(error)) => error,
            other => panic!("not a refusal: {other:?}"),
        }
    }

    #[test]
    fn a_refusal_is_temporary_only_for_a_reason_that_passes() {
        for line in [
            "LOADING Redis is loading the dataset in memory",
            "READONLY You can't write against a read only replica.",
            "OOM command not allowed when used memory > 'maxmemory'.",
            "NOREPLICAS Not enough good replicas to write.",
            "BUSY Redis is busy running a script. You can only call SCRIPT KILL or SHUTDOWN NOSAVE.",
            "EXECABORT Transaction discarded because of: OOM command not allowed when used memory > 'maxmemory'.",
            "EXECABORT Transaction discarded because of: READONLY You can't write against a read only replica.",
            "EXECABORT Transaction discarded because of previous errors.",
        ] {
            assert!(temporary_refusal(&refusal(line)), "{line}");
        }
        for line in [
            "ERR wrong number of arguments for 'sadd' command",
            "WRONGTYPE Operation against a key holding the wrong kind of value",
            "NOPERM User idp has no permissions to run the 'exec' command",
            "NOSCRIPT No matching script.",
            "BUSYKEY Target key name already exists.",
            "EXECABORT Transaction discarded because of: NOPERM User idp has no permissions to run the 'exec' command",
            "EXECABORT Transaction discarded because of: ERR something else",
            "EXECABORT",
        ] {
            assert!(!temporary_refusal(&refusal(line)), "{line}");
        }
    }

    #[test]
    fn a_pipeline_with_one_permanent_refusal_is_not_temporary_whatever_comes_first() {
        let readonly = refusal("READONLY You can't write against a read only replica.");
        let wrong = refusal("ERR wrong number of arguments for 'sadd' command");
        let aborted = refusal("EXECABORT Transaction discarded because of previous errors.");
        assert!(all_refusals_temporary(&[
            (1, readonly.clone()),
            (3, aborted.clone())
        ]));
        assert!(!all_refusals_temporary(&[
            (1, readonly),
            (2, wrong),
            (3, aborted)
        ]));
        assert!(!all_refusals_temporary(&[]));
    }

    /// Answers a pipeline with the replies it was given, as a server would have.
    struct Replies(Vec<Value>);

    impl redis::ConnectionLike for Replies {
        fn req_packed_command(&mut self, _: &[u8]) -> redis::RedisResult<Value> {
            Ok(self.0.remove(0))
        }
        fn req_packed_commands(
            &mut self,
            _: &[u8],
            offset: usize,
            count: usize,
        ) -> redis::RedisResult<Vec<Value>> {
            Ok(self.0.drain(offset..offset + count).collect())
        }
        fn get_db(&self) -> i64 {
            0
        }
        fn check_connection(&mut self) -> bool {
            true
        }
        fn is_open(&self) -> bool {
            true
        }
    }

    /// The error redis-rs makes of a pipeline answered with `replies`, as the store sees it.
    fn pipeline_refused(replies: Vec<Value>) -> StoreError {
        let mut pipe = redis::pipe();
        for _ in &replies {
            pipe.cmd("SET").arg("k").arg("v");
        }
        match pipe.query::<Vec<Value>>(&mut Replies(replies)) {
            Err(e) => map_err(e),
            Ok(values) => panic!("not refused: {values:?}"),
        }
    }

    #[test]
    fn a_pipeline_refused_first_for_a_passing_reason_then_for_a_lasting_one_is_a_backend_fault() {
        assert!(matches!(
            pipeline_refused(vec![
                refused("READONLY You can't write against a read only replica."),
                refused("ERR wrong number of arguments for 'sadd' command"),
                Value::Okay,
            ]),
            StoreError::Backend(_)
        ));
        assert!(matches!(
            pipeline_refused(vec![
                Value::Okay,
                refused("READONLY You can't write against a read only replica."),
                refused("OOM command not allowed when used memory > 'maxmemory'."),
            ]),
            StoreError::Unavailable(_)
        ));
    }

    fn queued() -> Value {
        Value::SimpleString("QUEUED".into())
    }

    fn refused(line: &str) -> Value {
        Value::ServerError(refusal(line))
    }

    #[test]
    fn a_transaction_is_judged_by_every_refusal_in_it_exec_s_answers_included() {
        let made = exec_answers(vec![
            Value::Okay,
            queued(),
            queued(),
            Value::Array(vec![Value::Okay, Value::Int(1)]),
        ]);
        assert!(matches!(made.as_deref(), Ok([Value::Okay, Value::Int(1)])));

        // While EXEC ran: a script out of memory, then a write of the wrong type.
        let ran = exec_answers(vec![
            Value::Okay,
            queued(),
            queued(),
            Value::Array(vec![
                refused("OOM command not allowed when used memory > 'maxmemory'."),
                refused("WRONGTYPE Operation against a key holding the wrong kind of value"),
            ]),
        ]);
        assert!(matches!(&ran, Err(StoreError::Backend(why)) if why.contains("WRONGTYPE")));
        let ran = exec_answers(vec![
            Value::Okay,
            queued(),
            Value::Array(vec![
                Value::Okay,
                refused("OOM command not allowed when used memory > 'maxmemory'."),
            ]),
        ]);
        assert!(matches!(ran, Err(StoreError::Unavailable(_))));

        // Refused as queued: the transaction discarded "because of previous errors".
        let previous = || refused("EXECABORT Transaction discarded because of previous errors.");
        let queued_readonly = exec_answers(vec![
            Value::Okay,
            refused("READONLY You can't write against a read only replica."),
            queued(),
            previous(),
        ]);
        assert!(matches!(queued_readonly, Err(StoreError::Unavailable(_))));
        let queued_noperm = exec_answers(vec![
            Value::Okay,
            queued(),
            refused("NOPERM User idp has no permissions to run the 'sadd' command"),
            previous(),
        ]);
        assert!(matches!(queued_noperm, Err(StoreError::Backend(_))));

        // EXEC itself refused, the writes queued.
        let exec_refused = exec_answers(vec![
            Value::Okay,
            queued(),
            refused(
                "EXECABORT Transaction discarded because of: OOM command not allowed when used memory > 'maxmemory'.",
            ),
        ]);
        assert!(
            matches!(&exec_refused, Err(StoreError::Unavailable(why)) if why.contains("because of: OOM"))
        );

        // Not made at all (a WATCH that fired): never taken for a success.
        assert!(matches!(
            exec_answers(vec![Value::Okay, queued(), Value::Nil]),
            Err(StoreError::Backend(_))
        ));
    }

    #[test]
    fn a_cluster_still_moving_its_slots_or_missing_a_node_is_temporary() {
        for line in ["MOVED 3999 127.0.0.1:7002", "ASK 3999 127.0.0.1:7002"] {
            let error = || redis::RedisError::from(refusal(line));
            assert!(
                matches!(map_cluster_err(error()), StoreError::Unavailable(_)),
                "{line}"
            );
            // From a single server it never settles: a fault to fix, saying how.
            assert!(
                matches!(map_err(error()), StoreError::Backend(why) if why.contains("IDP_REDIS_CLUSTER=true")),
                "{line}"
            );
        }
        let no_node = redis::RedisError::from((
            redis::ErrorKind::ClusterConnectionNotFound,
            "No connections found",
        ));
        assert!(matches!(
            map_cluster_err(no_node),
            StoreError::Unavailable(_)
        ));
        let cross_slot = redis::RedisError::from(refusal(
            "CROSSSLOT Keys in request don't hash to the same slot",
        ));
        assert!(matches!(
            map_cluster_err(cross_slot),
            StoreError::Backend(_)
        ));
        let queued_moved = exec_answers(vec![
            Value::Okay,
            refused("MOVED 3999 127.0.0.1:7002"),
            refused("EXECABORT Transaction discarded because of previous errors."),
        ]);
        assert!(
            matches!(&queued_moved, Err(StoreError::Backend(why)) if why.contains("IDP_REDIS_CLUSTER=true"))
        );
    }

    #[test]
    fn a_transaction_answered_otherwise_than_as_sent_is_not_taken_for_made() {
        // EXEC answering fewer answers than commands queued.
        assert!(matches!(
            exec_answers(vec![
                Value::Okay,
                queued(),
                queued(),
                Value::Array(vec![Value::Int(1)])
            ]),
            Err(StoreError::Backend(_))
        ));
        // A command not queued, nor refused.
        assert!(matches!(
            exec_answers(vec![
                Value::Okay,
                Value::Int(1),
                Value::Array(vec![Value::Int(1)])
            ]),
            Err(StoreError::Backend(_))
        ));
        // MULTI not answered OK.
        assert!(matches!(
            exec_answers(vec![queued(), queued(), Value::Array(vec![Value::Int(1)])]),
            Err(StoreError::Backend(_))
        ));
    }
}
