#include "LauncherFactory.h"

#include "ComposeLauncher.h"
#include "ComposeProject.h"
#include "LocalLauncher.h"

#include <QDir>

namespace shardscope {

std::unique_ptr<ClusterLauncher> LauncherFactory::create(const LaunchChoice &choice)
{
    switch (choice.kind) {
    case LaunchChoice::Kind::Docker:
        return std::make_unique<ComposeLauncher>(ComposeProject(
            choice.composeDirectory.isEmpty() ? ComposeProject::defaultDirectory() : choice.composeDirectory));
    case LaunchChoice::Kind::Local:
        return std::make_unique<LocalLauncher>(QDir::cleanPath(choice.localDirectory));
    case LaunchChoice::Kind::Existing:
        break;
    }
    return nullptr;
}

} // namespace shardscope
