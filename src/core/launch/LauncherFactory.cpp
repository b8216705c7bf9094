#include "LauncherFactory.h"

#include "CitusVersions.h"
#include "ComposeLauncher.h"
#include "ComposeProject.h"
#include "LocalLauncher.h"

#include <QDir>

namespace shardscope {

std::unique_ptr<ClusterLauncher> LauncherFactory::create(const LaunchChoice &choice)
{
    switch (choice.kind) {
    case LaunchChoice::Kind::Docker: {
        ComposeProject project(choice.composeDirectory.isEmpty() ? ComposeProject::defaultDirectory()
                                                                  : choice.composeDirectory);
        project.setCitusImage(CitusVersions::forRelease(choice.citusRelease).image);
        return std::make_unique<ComposeLauncher>(project);
    }
    case LaunchChoice::Kind::Local:
        return std::make_unique<LocalLauncher>(QDir::cleanPath(choice.localDirectory));
    case LaunchChoice::Kind::Existing:
        break;
    }
    return nullptr;
}

} // namespace shardscope
