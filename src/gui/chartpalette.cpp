#include "chartpalette.h"

#include <cmath>

namespace ChartPalette {

QList<QColor> colours()
{
    // Okabe & Ito (2008), "Color Universal Design"; black is left out (it reads as text).
    return {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
            QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
            QColor(0xCC, 0x79, 0xA7)};
}

QColor colour(int index)
{
    static const QList<QColor> all = colours();
    return all.at(((index % all.size()) + all.size()) % all.size());
}

QColor restColour()
{
    return QColor(0x99, 0x99, 0x99);
}

QColor textOn(const QColor &background)
{
    // Relative luminance after WCAG 2: black text above about 0.18.
    auto channel = [](qreal c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const qreal l = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF()) +
                    0.0722 * channel(background.blueF());
    return l > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace ChartPalette
