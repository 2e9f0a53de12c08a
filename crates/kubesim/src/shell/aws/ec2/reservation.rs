//! The `Reservation` of a node group's instance as `DescribeInstances`
//! returns it, members in the model's order (botocore ec2 2016-11-15 as
//! the CLI 2.27.34 carries it), with what EC2 reports for an instance that
//! an EKS managed node group's Auto Scaling group launched from EKS's
//! default launch template: its tags, instance profile, cluster security
//! group, one network interface and one root volume. A terminated
//! instance keeps its identity and tags but no longer its network, volume
//! or profile.

use super::super::iso8601;
use crate::shell::printer::value::Value;
use crate::sim::ec2::Ec2State;
use crate::sim::eks_node::private_dns_name;
use crate::sim::nodegroup::{Ec2Instance, NodeGroup};
use crate::sim::{Cluster, Timestamp};

/// The account EC2 Auto Scaling launches instances from: the
/// reservation's `RequesterId`.
const AUTO_SCALING_REQUESTER: &str = "940372691376";

/// What EC2 knows of an instance at one moment.
pub struct InstanceView<'a> {
    pub instance: &'a Ec2Instance,
    pub group: &'a NodeGroup,
    pub state: Ec2State,
    /// When it was asked to terminate, if it was.
    pub shutdown_at: Option<Timestamp>,
}

/// EC2 keeps its times to the second.
fn whole_seconds(t: Timestamp) -> Value {
    iso8601(Timestamp::from_unix_millis(t.unix_millis().div_euclid(1_000) * 1_000))
}

fn pairs(items: &[(&str, Value)]) -> Value {
    Value::object(items.iter().map(|(k, v)| (*k, v.clone())))
}

/// The tags EKS's launch template and the Auto Scaling group put on the
/// instance, sorted by key.
fn tags(cluster: &Cluster, view: &InstanceView) -> Value {
    let (c, g) = (&cluster.name, view.group);
    let mut tags = vec![
        ("aws:autoscaling:groupName".to_owned(), g.auto_scaling_group.clone()),
        ("aws:ec2launchtemplate:id".to_owned(), g.launch_template_id()),
        ("aws:ec2launchtemplate:version".to_owned(), view.instance.launch_template_version.to_string()),
        ("aws:eks:cluster-name".to_owned(), c.clone()),
        ("eks:cluster-name".to_owned(), c.clone()),
        ("eks:nodegroup-name".to_owned(), g.name.clone()),
        ("k8s.io/cluster-autoscaler/enabled".to_owned(), "true".to_owned()),
        (format!("k8s.io/cluster-autoscaler/{c}"), "owned".to_owned()),
        (format!("kubernetes.io/cluster/{c}"), "owned".to_owned()),
    ];
    tags.sort();
    Value::Array(
        tags.into_iter()
            .map(|(k, v)| Value::object([("Key", Value::Str(k)), ("Value", Value::Str(v))]))
            .collect(),
    )
}

fn security_groups(cluster: &Cluster) -> Value {
    let (id, name) = cluster.cluster_security_group();
    Value::Array(vec![Value::object([("GroupId", Value::Str(id)), ("GroupName", Value::Str(name))])])
}

fn network_interface(cluster: &Cluster, view: &InstanceView, subnet: &str) -> Value {
    let i = view.instance;
    let dns = private_dns_name(&cluster.region, &i.private_ip);
    pairs(&[
        (
            "Attachment",
            pairs(&[
                ("AttachTime", whole_seconds(i.launched)),
                ("AttachmentId", Value::str(i.network_attachment_id())),
                ("DeleteOnTermination", Value::Bool(true)),
                ("DeviceIndex", Value::Int(0)),
                ("Status", Value::str("attached")),
                ("NetworkCardIndex", Value::Int(0)),
            ]),
        ),
        ("Description", Value::str("")),
        ("Groups", security_groups(cluster)),
        ("Ipv6Addresses", Value::Array(Vec::new())),
        ("MacAddress", Value::str(i.mac_address())),
        ("NetworkInterfaceId", Value::str(i.network_interface_id())),
        ("OwnerId", Value::str(cluster.control_plane.account_id.clone())),
        ("PrivateDnsName", Value::str(dns.clone())),
        ("PrivateIpAddress", Value::str(i.private_ip.clone())),
        (
            "PrivateIpAddresses",
            Value::Array(vec![pairs(&[
                ("Primary", Value::Bool(true)),
                ("PrivateDnsName", Value::str(dns)),
                ("PrivateIpAddress", Value::str(i.private_ip.clone())),
            ])]),
        ),
        ("SourceDestCheck", Value::Bool(true)),
        ("Status", Value::str("in-use")),
        ("SubnetId", Value::str(subnet)),
        ("VpcId", Value::str(cluster.vpc().id.clone())),
        ("InterfaceType", Value::str("interface")),
        ("Operator", pairs(&[("Managed", Value::Bool(false))])),
    ])
}

/// The `Instance` shape.
pub fn instance_value(cluster: &Cluster, view: &InstanceView) -> Value {
    let (i, g, state) = (view.instance, view.group, view.state);
    let attached = state != Ec2State::Terminated;
    let subnet =
        cluster.vpc().subnets.iter().find(|s| s.zone == i.zone).map(|s| s.id.clone()).unwrap_or_default();
    let spot = g.template.capacity_type == "SPOT";
    let mut fields: Vec<(&str, Value)> = vec![("Architecture", Value::str("x86_64"))];
    let volumes = if attached {
        vec![pairs(&[
            ("DeviceName", Value::str("/dev/xvda")),
            (
                "Ebs",
                pairs(&[
                    ("AttachTime", whole_seconds(i.launched)),
                    ("DeleteOnTermination", Value::Bool(true)),
                    ("Status", Value::str("attached")),
                    ("VolumeId", Value::str(i.volume_id())),
                ]),
            ),
        ])]
    } else {
        Vec::new()
    };
    fields.extend([
        ("BlockDeviceMappings", Value::Array(volumes)),
        ("ClientToken", Value::str(i.client_token())),
        ("EbsOptimized", Value::Bool(false)),
        ("EnaSupport", Value::Bool(true)),
        ("Hypervisor", Value::str("xen")),
    ]);
    if attached {
        let (profile, profile_id) = g.instance_profile();
        let arn = format!("arn:aws:iam::{}:instance-profile/{profile}", cluster.control_plane.account_id);
        fields
            .push(("IamInstanceProfile", pairs(&[("Arn", Value::Str(arn)), ("Id", Value::Str(profile_id))])));
    }
    if spot {
        fields.push(("InstanceLifecycle", Value::str("spot")));
    }
    let interfaces = if attached { vec![network_interface(cluster, view, &subnet)] } else { Vec::new() };
    fields.extend([
        ("NetworkInterfaces", Value::Array(interfaces)),
        ("RootDeviceName", Value::str("/dev/xvda")),
        ("RootDeviceType", Value::str("ebs")),
        ("SecurityGroups", if attached { security_groups(cluster) } else { Value::Array(Vec::new()) }),
    ]);
    if attached {
        fields.push(("SourceDestCheck", Value::Bool(true)));
    }
    if spot {
        fields.push(("SpotInstanceRequestId", Value::str(i.spot_request_id())));
    }
    match (state, view.shutdown_at) {
        (Ec2State::Pending, _) => {
            fields.push((
                "StateReason",
                pairs(&[("Code", Value::str("pending")), ("Message", Value::str("pending"))]),
            ));
        }
        (Ec2State::ShuttingDown | Ec2State::Terminated, Some(_)) => fields.push((
            "StateReason",
            pairs(&[
                ("Code", Value::str("Client.UserInitiatedShutdown")),
                ("Message", Value::str("Client.UserInitiatedShutdown: User initiated shutdown")),
            ]),
        )),
        _ => {}
    }
    let cores = i64::from(g.template.instance_type.vcpus / 2).max(1);
    let metadata_state =
        if state == Ec2State::Running || state == Ec2State::ShuttingDown { "applied" } else { "pending" };
    fields.extend([
        ("Tags", tags(cluster, view)),
        ("VirtualizationType", Value::str("hvm")),
        ("CpuOptions", pairs(&[("CoreCount", Value::Int(cores)), ("ThreadsPerCore", Value::Int(2))])),
        ("CapacityReservationSpecification", pairs(&[("CapacityReservationPreference", Value::str("open"))])),
        ("HibernationOptions", pairs(&[("Configured", Value::Bool(false))])),
        (
            "MetadataOptions",
            pairs(&[
                ("State", Value::str(metadata_state)),
                ("HttpTokens", Value::str("optional")),
                ("HttpPutResponseHopLimit", Value::Int(2)),
                ("HttpEndpoint", Value::str("enabled")),
                ("HttpProtocolIpv6", Value::str("disabled")),
                ("InstanceMetadataTags", Value::str("disabled")),
            ]),
        ),
        ("EnclaveOptions", pairs(&[("Enabled", Value::Bool(false))])),
        ("PlatformDetails", Value::str("Linux/UNIX")),
        ("UsageOperation", Value::str("RunInstances")),
        ("UsageOperationUpdateTime", whole_seconds(i.launched)),
    ]);
    if attached {
        fields.push((
            "PrivateDnsNameOptions",
            pairs(&[
                ("HostnameType", Value::str("ip-name")),
                ("EnableResourceNameDnsARecord", Value::Bool(false)),
                ("EnableResourceNameDnsAAAARecord", Value::Bool(false)),
            ]),
        ));
    }
    let reason = view.shutdown_at.map_or_else(String::new, |t| {
        let text = t.to_string();
        format!("User initiated ({} GMT)", text.trim_end_matches('Z').replace('T', " "))
    });
    let dns = if attached { private_dns_name(&cluster.region, &i.private_ip) } else { String::new() };
    fields.extend([
        ("MaintenanceOptions", pairs(&[("AutoRecovery", Value::str("default"))])),
        ("CurrentInstanceBootMode", Value::str("legacy-bios")),
        ("NetworkPerformanceOptions", pairs(&[("BandwidthWeighting", Value::str("default"))])),
        ("Operator", pairs(&[("Managed", Value::Bool(false))])),
        ("InstanceId", Value::str(i.id.clone())),
        ("ImageId", Value::str(i.ami_id.clone())),
        ("State", pairs(&[("Code", Value::Int(state.code())), ("Name", Value::str(state.name()))])),
        ("PrivateDnsName", Value::Str(dns)),
        ("PublicDnsName", Value::str("")),
        ("StateTransitionReason", Value::Str(reason)),
        ("AmiLaunchIndex", Value::Int(0)),
        ("ProductCodes", Value::Array(Vec::new())),
        ("InstanceType", Value::str(g.template.instance_type.name)),
        ("LaunchTime", whole_seconds(i.launched)),
        (
            "Placement",
            pairs(&[
                ("GroupName", Value::str("")),
                ("Tenancy", Value::str("default")),
                ("AvailabilityZone", Value::str(i.zone.clone())),
            ]),
        ),
        ("Monitoring", pairs(&[("State", Value::str("disabled"))])),
    ]);
    if attached {
        fields.extend([
            ("SubnetId", Value::Str(subnet)),
            ("VpcId", Value::str(cluster.vpc().id.clone())),
            ("PrivateIpAddress", Value::str(i.private_ip.clone())),
        ]);
    }
    Value::object(fields)
}

/// The `Reservation` shape: one instance per reservation, launched by EC2
/// Auto Scaling, no EC2-Classic groups.
pub fn reservation_value(cluster: &Cluster, view: &InstanceView) -> Value {
    Value::object([
        ("ReservationId", Value::str(view.instance.reservation_id())),
        ("OwnerId", Value::str(cluster.control_plane.account_id.clone())),
        ("RequesterId", Value::str(AUTO_SCALING_REQUESTER)),
        ("Groups", Value::Array(Vec::new())),
        ("Instances", Value::Array(vec![instance_value(cluster, view)])),
    ])
}
