//! The filters of `describe-instances` as EC2 applies them: the names it
//! knows, and its matching: filters are ANDed, a filter's values ORed, a
//! value matches a field exactly (case counts) or with `*` (any run) and
//! `?` (any one character), `\` escaping either.

use super::super::filters::Filter;
use crate::shell::printer::value::Value;

/// Where a filter finds its field in the `Reservation` (`R`) or the
/// `Instance` (`I`): a path of members, lists flattened along the way.
/// The names are those EC2 documents for `DescribeInstances`; the ones it
/// documents and this table lacks are not simulated.
const FIELDS: &[(&str, &str)] = &[
    ("architecture", "I.Architecture"),
    ("availability-zone", "I.Placement.AvailabilityZone"),
    ("block-device-mapping.delete-on-termination", "I.BlockDeviceMappings.Ebs.DeleteOnTermination"),
    ("block-device-mapping.device-name", "I.BlockDeviceMappings.DeviceName"),
    ("block-device-mapping.status", "I.BlockDeviceMappings.Ebs.Status"),
    ("block-device-mapping.volume-id", "I.BlockDeviceMappings.Ebs.VolumeId"),
    ("client-token", "I.ClientToken"),
    ("current-instance-boot-mode", "I.CurrentInstanceBootMode"),
    ("dns-name", "I.PublicDnsName"),
    ("ebs-optimized", "I.EbsOptimized"),
    ("ena-support", "I.EnaSupport"),
    ("enclave-options.enabled", "I.EnclaveOptions.Enabled"),
    ("hibernation-options.configured", "I.HibernationOptions.Configured"),
    ("hypervisor", "I.Hypervisor"),
    ("iam-instance-profile.arn", "I.IamInstanceProfile.Arn"),
    ("iam-instance-profile.id", "I.IamInstanceProfile.Id"),
    ("image-id", "I.ImageId"),
    ("instance-id", "I.InstanceId"),
    ("instance-lifecycle", "I.InstanceLifecycle"),
    ("instance-state-code", "I.State.Code"),
    ("instance-state-name", "I.State.Name"),
    ("instance-type", "I.InstanceType"),
    ("instance.group-id", "I.SecurityGroups.GroupId"),
    ("instance.group-name", "I.SecurityGroups.GroupName"),
    ("ip-address", "I.PublicIpAddress"),
    ("launch-index", "I.AmiLaunchIndex"),
    ("metadata-options.http-endpoint", "I.MetadataOptions.HttpEndpoint"),
    ("metadata-options.http-protocol-ipv6", "I.MetadataOptions.HttpProtocolIpv6"),
    ("metadata-options.http-put-response-hop-limit", "I.MetadataOptions.HttpPutResponseHopLimit"),
    ("metadata-options.http-tokens", "I.MetadataOptions.HttpTokens"),
    ("metadata-options.instance-metadata-tags", "I.MetadataOptions.InstanceMetadataTags"),
    ("metadata-options.state", "I.MetadataOptions.State"),
    ("monitoring-state", "I.Monitoring.State"),
    ("network-interface.addresses.primary", "I.NetworkInterfaces.PrivateIpAddresses.Primary"),
    ("network-interface.addresses.private-dns-name", "I.NetworkInterfaces.PrivateIpAddresses.PrivateDnsName"),
    (
        "network-interface.addresses.private-ip-address",
        "I.NetworkInterfaces.PrivateIpAddresses.PrivateIpAddress",
    ),
    ("network-interface.attachment.attachment-id", "I.NetworkInterfaces.Attachment.AttachmentId"),
    (
        "network-interface.attachment.delete-on-termination",
        "I.NetworkInterfaces.Attachment.DeleteOnTermination",
    ),
    ("network-interface.attachment.device-index", "I.NetworkInterfaces.Attachment.DeviceIndex"),
    ("network-interface.attachment.network-card-index", "I.NetworkInterfaces.Attachment.NetworkCardIndex"),
    ("network-interface.attachment.status", "I.NetworkInterfaces.Attachment.Status"),
    ("network-interface.description", "I.NetworkInterfaces.Description"),
    ("network-interface.group-id", "I.NetworkInterfaces.Groups.GroupId"),
    ("network-interface.group-name", "I.NetworkInterfaces.Groups.GroupName"),
    ("network-interface.mac-address", "I.NetworkInterfaces.MacAddress"),
    ("network-interface.network-interface-id", "I.NetworkInterfaces.NetworkInterfaceId"),
    ("network-interface.owner-id", "I.NetworkInterfaces.OwnerId"),
    ("network-interface.private-dns-name", "I.NetworkInterfaces.PrivateDnsName"),
    ("network-interface.private-ip-address", "I.NetworkInterfaces.PrivateIpAddress"),
    ("network-interface.source-dest-check", "I.NetworkInterfaces.SourceDestCheck"),
    ("network-interface.status", "I.NetworkInterfaces.Status"),
    ("network-interface.subnet-id", "I.NetworkInterfaces.SubnetId"),
    ("network-interface.vpc-id", "I.NetworkInterfaces.VpcId"),
    ("operator.managed", "I.Operator.Managed"),
    ("owner-id", "R.OwnerId"),
    ("platform-details", "I.PlatformDetails"),
    ("private-dns-name", "I.PrivateDnsName"),
    ("private-dns-name-options.hostname-type", "I.PrivateDnsNameOptions.HostnameType"),
    ("private-ip-address", "I.PrivateIpAddress"),
    ("reason", "I.StateTransitionReason"),
    ("requester-id", "R.RequesterId"),
    ("reservation-id", "R.ReservationId"),
    ("root-device-name", "I.RootDeviceName"),
    ("root-device-type", "I.RootDeviceType"),
    ("source-dest-check", "I.SourceDestCheck"),
    ("spot-instance-request-id", "I.SpotInstanceRequestId"),
    ("state-reason-code", "I.StateReason.Code"),
    ("state-reason-message", "I.StateReason.Message"),
    ("subnet-id", "I.SubnetId"),
    ("tenancy", "I.Placement.Tenancy"),
    ("usage-operation", "I.UsageOperation"),
    ("virtualization-type", "I.VirtualizationType"),
    ("vpc-id", "I.VpcId"),
];

/// The other names EC2 documents for `DescribeInstances` (and `tag-value`,
/// which it still takes): valid, but not simulated here.
const UNSIMULATED: &[&str] = &[
    "affinity",
    "block-device-mapping.attach-time",
    "boot-mode",
    "capacity-reservation-id",
    "capacity-reservation-specification.capacity-reservation-preference",
    "capacity-reservation-specification.capacity-reservation-target.capacity-reservation-id",
    "capacity-reservation-specification.capacity-reservation-target.capacity-reservation-resource-group-arn",
    "host-id",
    "ipv6-address",
    "kernel-id",
    "key-name",
    "launch-time",
    "maintenance-options.auto-recovery",
    "metadata-options.http-protocol-ipv4",
    "network-interface.addresses.association.allocation-id",
    "network-interface.addresses.association.association-id",
    "network-interface.addresses.association.carrier-ip",
    "network-interface.addresses.association.customer-owned-ip",
    "network-interface.addresses.association.ip-owner-id",
    "network-interface.addresses.association.public-dns-name",
    "network-interface.addresses.association.public-ip",
    "network-interface.association.allocation-id",
    "network-interface.association.association-id",
    "network-interface.association.carrier-ip",
    "network-interface.association.customer-owned-ip",
    "network-interface.association.ip-owner-id",
    "network-interface.association.public-dns-name",
    "network-interface.association.public-ip",
    "network-interface.attachment.attach-time",
    "network-interface.attachment.instance-id",
    "network-interface.attachment.instance-owner-id",
    "network-interface.availability-zone",
    "network-interface.deny-all-igw-traffic",
    "network-interface.ipv4-prefixes.ipv4-prefix",
    "network-interface.ipv6-address",
    "network-interface.ipv6-addresses.ipv6-address",
    "network-interface.ipv6-addresses.is-primary-ipv6",
    "network-interface.ipv6-native",
    "network-interface.ipv6-prefixes.ipv6-prefix",
    "network-interface.operator.principal",
    "network-interface.outpost-arn",
    "network-interface.public-dns-name",
    "network-interface.requester-id",
    "network-interface.requester-managed",
    "network-interface.tag-key",
    "network-interface.tag-value",
    "network-performance-options.bandwidth-weighting",
    "operator.principal",
    "outpost-arn",
    "placement-group-name",
    "placement-partition-number",
    "platform",
    "private-dns-name-options.enable-resource-name-dns-a-record",
    "private-dns-name-options.enable-resource-name-dns-aaaa-record",
    "product-code",
    "product-code.type",
    "ramdisk-id",
    "tpm-support",
    "usage-operation-update-time",
];

/// Why a filter cannot be used.
pub enum FilterError {
    /// EC2's `InvalidParameterValue`: no such filter.
    Invalid(String),
    /// A filter EC2 takes that the simulator does not.
    Unsimulated(String),
}

/// Checks every filter's name.
pub fn check(filters: &[Filter]) -> Result<(), FilterError> {
    for f in filters {
        let known = f.name.starts_with("tag:")
            || f.name == "tag-key"
            || f.name == "tag-value"
            || FIELDS.iter().any(|(n, _)| *n == f.name);
        if known {
            continue;
        }
        if UNSIMULATED.contains(&f.name.as_str()) {
            return Err(FilterError::Unsimulated(f.name.clone()));
        }
        return Err(FilterError::Invalid(f.name.clone()));
    }
    Ok(())
}

/// A field's value as EC2 compares it: strings as they are, booleans and
/// numbers as their text.
fn field_text(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) | Value::Number(s) => Some(s.clone()),
        Value::Int(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Every value at `path` under `root`, lists flattened.
fn values_at(root: &Value, path: &str) -> Vec<String> {
    let mut current = vec![root];
    for key in path.split('.') {
        let mut next = Vec::new();
        for v in current {
            match v.get(key) {
                Some(Value::Array(items)) => next.extend(items.iter()),
                Some(found) => next.push(found),
                None => {}
            }
        }
        current = next;
    }
    current.into_iter().filter_map(field_text).collect()
}

/// EC2's wildcard match of a whole field.
pub fn wildcard_match(pattern: &str, text: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let text: Vec<char> = text.chars().collect();
    matches_from(&pattern, &text)
}

fn matches_from(pattern: &[char], text: &[char]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some(('*', rest)) => {
            (0..=text.len()).any(|skip| matches_from(rest, text.get(skip..).unwrap_or_default()))
        }
        Some(('?', rest)) => text.split_first().is_some_and(|(_, t)| matches_from(rest, t)),
        Some(('\\', rest)) if !rest.is_empty() => match (rest.split_first(), text.split_first()) {
            (Some((p, rest)), Some((t, text))) => p == t && matches_from(rest, text),
            _ => false,
        },
        Some((p, rest)) => text.split_first().is_some_and(|(t, text)| t == p && matches_from(rest, text)),
    }
}

/// The reservation's one instance passes every filter.
pub fn passes(filters: &[Filter], reservation: &Value, instance: &Value) -> bool {
    let tags: Vec<(String, String)> = match instance.get("Tags") {
        Some(Value::Array(tags)) => tags
            .iter()
            .filter_map(|t| Some((field_text(t.get("Key")?)?, field_text(t.get("Value")?)?)))
            .collect(),
        _ => Vec::new(),
    };
    filters.iter().all(|f| {
        let fields: Vec<String> = if let Some(key) = f.name.strip_prefix("tag:") {
            tags.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect()
        } else if f.name == "tag-key" {
            tags.iter().map(|(k, _)| k.clone()).collect()
        } else if f.name == "tag-value" {
            tags.iter().map(|(_, v)| v.clone()).collect()
        } else {
            let path = FIELDS.iter().find(|(n, _)| *n == f.name).map_or("", |(_, p)| p);
            match path.split_once('.') {
                Some(("R", rest)) => values_at(reservation, rest),
                Some((_, rest)) => values_at(instance, rest),
                None => Vec::new(),
            }
        };
        f.values.iter().any(|pattern| fields.iter().any(|field| wildcard_match(pattern, field)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_as_ec2_documents_them() {
        assert!(wildcard_match("ng-*", "ng-general"));
        assert!(wildcard_match("us-west-2?", "us-west-2a"));
        assert!(!wildcard_match("us-west-2?", "us-west-2"));
        assert!(wildcard_match("a\\*b", "a*b") && !wildcard_match("a\\*b", "axb"));
        assert!(!wildcard_match("Running", "running"));
        assert!(wildcard_match("*", ""));
    }
}
