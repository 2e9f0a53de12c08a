//! Waiting, as `delete`, `rollout status`, `scale` and `wait` do while they
//! watch the API: the simulated clock moves one busy instant at a time, so
//! each change is seen when it happens, until the command's condition holds
//! or its timeout runs out. `drain` keeps its own loop (each eviction retries
//! on its own schedule) but stops at the same `PATIENCE`, with `gave_up`.

use crate::shell::Output;
use crate::sim::{Cluster, Duration, Timestamp};

/// How long a command that would wait without end (no timeout, or a week)
/// waits here before it stops and says so.
pub const PATIENCE: Duration = Duration::from_mins(15);

/// How a wait ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Waited {
    Done,
    /// The command's own timeout ran out.
    TimedOut,
    /// The real command would still be waiting; this one stopped after
    /// `PATIENCE`.
    GaveUp,
}

/// When the waiting stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    At(Timestamp),
    Never,
}

impl Limit {
    /// A kubectl `--timeout`: zero or less (or a week and more) is no limit.
    pub fn after(cluster: &Cluster, timeout: Duration) -> Limit {
        if timeout <= Duration::default() || timeout >= Duration::from_days(7) {
            Limit::Never
        } else {
            Limit::At(cluster.now() + timeout)
        }
    }
}

/// Calls `done` now and after every instant at which something happens (or
/// at `also`, a moment the caller cares about), until it returns true or
/// the limit passes. The clock ends at the moment the wait ended.
pub fn until(
    cluster: &mut Cluster,
    limit: Limit,
    also: impl Fn(&Cluster) -> Option<Timestamp>,
    mut done: impl FnMut(&Cluster) -> bool,
) -> Waited {
    let (end, ending) = match limit {
        Limit::At(t) => (t, Waited::TimedOut),
        Limit::Never => (cluster.now() + PATIENCE, Waited::GaveUp),
    };
    loop {
        if done(cluster) {
            return Waited::Done;
        }
        let now = cluster.now();
        let next = [cluster.next_wakeup(), also(cluster)].into_iter().flatten().filter(|t| *t > now).min();
        match next {
            Some(t) if t < end => cluster.advance(t - now),
            _ => {
                cluster.advance(end - now);
                return ending;
            }
        }
    }
}

/// What the terminal shows when the simulation stops a wait the real
/// command would keep up until interrupted, and what that leaves behind.
pub fn gave_up(out: &mut Output, left_behind: Option<&str>) {
    let left_behind = left_behind.map(|what| format!(", and {what}")).unwrap_or_default();
    out.err(format!(
        "kubesim: stopped waiting after {}m of simulated time; the real kubectl would wait until interrupted{left_behind}\n",
        PATIENCE.whole_secs() / 60
    ));
    out.status = 1;
}
