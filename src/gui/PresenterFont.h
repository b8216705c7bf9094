#pragma once

#include <QFont>

namespace shardscope {

// The font of windows in presenter mode: the desktop's, larger, so that every window of the
// app (viewer and wizard) reads alike from the back of a room.
class PresenterFont
{
public:
    static constexpr double scale = 1.3;

    // The application's font, enlarged when presenting.
    static QFont of(bool presenter);
};

} // namespace shardscope
