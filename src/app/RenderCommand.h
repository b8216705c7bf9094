#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace shardscope {

// `shardscope render FILE -o OUT [--color-by worker|time|misestimate] [--lang es|en]
// [--scale FACTOR | --dpi DPI] [--background white|palette] [--workers HOST:PORT,...]`: draws a plan
// into a PNG, SVG or PDF file (chosen by OUT's extension) without a window.
class RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenderCommand)

public:
    static constexpr const char *name = "render";
    // Call before creating the QApplication: without a display, Qt must draw offscreen.
    static void useOffscreenWithoutDisplay();
    static int run(const QStringList &arguments);
};

} // namespace shardscope
