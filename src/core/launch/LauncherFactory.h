#pragma once

#include "LaunchChoice.h"

#include <memory>

namespace shardscope {

class ClusterLauncher;

// The one place a launch choice becomes a launcher: the wizard's Start page, the Cluster
// menu and the command line all get theirs here.
class LauncherFactory
{
public:
    // Nothing for an existing cluster: ShardScope neither starts nor stops it.
    static std::unique_ptr<ClusterLauncher> create(const LaunchChoice &choice);
};

} // namespace shardscope
