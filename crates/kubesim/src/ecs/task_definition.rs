//! Task definitions: `family:revision`, the task-level CPU and memory the
//! scheduler reserves, and the launch types they are compatible with.

use super::{EcsCluster, EcsError};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum LaunchType {
    Ec2,
    Fargate,
}

impl LaunchType {
    /// The API value, `EC2` or `FARGATE`.
    pub fn as_str(self) -> &'static str {
        match self {
            LaunchType::Ec2 => "EC2",
            LaunchType::Fargate => "FARGATE",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TaskDefinition {
    pub family: String,
    pub revision: u32,
    pub arn: String,
    /// CPU units (1 vCPU = 1024).
    pub cpu: u32,
    /// MiB.
    pub memory: u32,
    /// `compatibilities`: EC2 always; FARGATE when cpu/memory is a Fargate size.
    pub compatibilities: Vec<LaunchType>,
}

impl TaskDefinition {
    /// `family:revision`, the short name the CLI accepts and prints.
    pub fn family_revision(&self) -> String {
        format!("{}:{}", self.family, self.revision)
    }
}

/// The task sizes Fargate accepts: CPU units and the memory range (MiB) and
/// step that goes with each.
fn fargate_supports(cpu: u32, memory: u32) -> bool {
    let (low, high, step) = match cpu {
        256 => return matches!(memory, 512 | 1024 | 2048),
        512 => (1024, 4096, 1024),
        1024 => (2048, 8192, 1024),
        2048 => (4096, 16384, 1024),
        4096 => (8192, 30720, 1024),
        8192 => (16384, 61440, 4096),
        16384 => (32768, 122880, 8192),
        _ => return false,
    };
    (low..=high).contains(&memory) && memory % step == 0
}

impl EcsCluster {
    /// `aws ecs register-task-definition`: a new revision of `family`.
    /// Returns `family:revision`.
    pub fn register_task_definition(
        &mut self,
        family: &str,
        cpu: u32,
        memory: u32,
    ) -> Result<String, EcsError> {
        let valid_name = !family.is_empty()
            && family.len() <= 255
            && family.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !valid_name {
            return Err(EcsError::Client(
                "Family contains invalid characters. Up to 255 letters (uppercase and lowercase), numbers, \
                 hyphens, and underscores are allowed."
                    .to_owned(),
            ));
        }
        if cpu == 0 || memory == 0 {
            return Err(EcsError::Client("Invalid 'cpu' or 'memory' setting for the task.".to_owned()));
        }
        let revisions = self.task_definitions.entry(family.to_owned()).or_default();
        let revision = revisions.len() as u32 + 1;
        let mut compatibilities = vec![LaunchType::Ec2];
        if fargate_supports(cpu, memory) {
            compatibilities.push(LaunchType::Fargate);
        }
        let arn =
            format!("arn:aws:ecs:{}:{}:task-definition/{family}:{revision}", self.region, self.account_id);
        revisions.push(TaskDefinition {
            family: family.to_owned(),
            revision,
            arn,
            cpu,
            memory,
            compatibilities,
        });
        Ok(format!("{family}:{revision}"))
    }

    /// A task definition by `family` (latest revision), `family:revision` or ARN.
    pub fn task_definition(&self, reference: &str) -> Option<&TaskDefinition> {
        let short = reference.rsplit('/').next().unwrap_or(reference);
        let (family, revision) = match short.split_once(':') {
            Some((f, r)) => (f, Some(r.parse::<usize>().ok()?)),
            None => (short, None),
        };
        let revisions = self.task_definitions.get(family)?;
        match revision {
            Some(r) => revisions.get(r.checked_sub(1)?),
            None => revisions.last(),
        }
    }

    /// Every revision of every family, families in name order.
    pub fn task_definitions(&self) -> impl Iterator<Item = &TaskDefinition> {
        self.task_definitions.values().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_cluster;
    use super::*;

    #[test]
    fn revisions_count_up_per_family() {
        let mut ecs = test_cluster();
        assert_eq!(ecs.register_task_definition("web", 256, 512).as_deref(), Ok("web:1"));
        assert_eq!(ecs.register_task_definition("web", 512, 1024).as_deref(), Ok("web:2"));
        assert_eq!(ecs.register_task_definition("api", 300, 700).as_deref(), Ok("api:1"));
        assert_eq!(ecs.task_definition("web").map(|d| d.revision), Some(2));
        assert_eq!(ecs.task_definition("web:1").map(|d| d.cpu), Some(256));
        let arn = ecs.task_definition("web:2").map(|d| d.arn.clone()).unwrap_or_default();
        assert_eq!(arn, "arn:aws:ecs:us-west-2:111122223333:task-definition/web:2");
        assert_eq!(ecs.task_definition(&arn).map(|d| d.memory), Some(1024));
        assert!(ecs.task_definition("web:3").is_none());
        assert!(ecs.task_definition("web:0").is_none());
        assert!(ecs.register_task_definition("bad name", 256, 512).is_err());
    }

    #[test]
    fn fargate_compatibility_follows_the_fargate_sizes() {
        let mut ecs = test_cluster();
        ecs.register_task_definition("ok", 256, 512).ok();
        ecs.register_task_definition("odd", 300, 700).ok();
        let compat = |r: &str| ecs.task_definition(r).map(|d| d.compatibilities.clone()).unwrap_or_default();
        assert_eq!(compat("ok"), [LaunchType::Ec2, LaunchType::Fargate]);
        assert_eq!(compat("odd"), [LaunchType::Ec2]);
        assert!(fargate_supports(4096, 30720));
        assert!(!fargate_supports(1024, 1536));
    }
}
