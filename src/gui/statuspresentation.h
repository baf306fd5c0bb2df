#pragma once

#include "statussnapshot.h"

#include <QColor>
#include <QIcon>
#include <QString>

// How a platform status level looks: an icon whose shape differs per level (circle with a
// check, triangle, octagon, square, question mark), a colour and words, so that colour is never
// the only signal.
namespace StatusPresentation {

// The level the banner and the tray show: an outage flag with a milder level reads as major.
enum class Look
{
    Operational,
    Degraded,
    Outage,
    Maintenance,
    Unknown
};
Look lookFor(const StatusSnapshot &snapshot);

QIcon icon(Look look);
QPixmap pixmap(Look look, int size);
QColor background(Look look);
QColor foreground(Look look);
// The words for a level are StatusText's (core), shared with the command line.

} // namespace StatusPresentation
