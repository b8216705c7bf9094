#include "PresenterFont.h"

#include <QApplication>

namespace shardscope {

QFont PresenterFont::of(bool presenter)
{
    QFont font = QApplication::font();
    if (presenter)
        font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

} // namespace shardscope
