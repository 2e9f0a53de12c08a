//! kubectl's subcommands, in the order kubectl registers them with cobra
//! (`pkg/cmd/cmd.go`). The order matters: cobra lists "Did you mean this?"
//! suggestions in it.

pub struct Command {
    pub name: &'static str,
}

const fn c(name: &'static str) -> Command {
    Command { name }
}

pub const COMMANDS: &[Command] = &[
    c("create"),
    c("expose"),
    c("run"),
    c("set"),
    c("explain"),
    c("get"),
    c("edit"),
    c("delete"),
    c("rollout"),
    c("scale"),
    c("autoscale"),
    c("certificate"),
    c("cluster-info"),
    c("top"),
    c("cordon"),
    c("uncordon"),
    c("drain"),
    c("taint"),
    c("describe"),
    c("logs"),
    c("attach"),
    c("exec"),
    c("port-forward"),
    c("proxy"),
    c("cp"),
    c("auth"),
    c("debug"),
    c("events"),
    c("diff"),
    c("apply"),
    c("patch"),
    c("replace"),
    c("wait"),
    c("kustomize"),
    c("label"),
    c("annotate"),
    c("completion"),
    c("alpha"),
    c("config"),
    c("plugin"),
    c("version"),
    c("api-versions"),
    c("api-resources"),
    c("options"),
];
