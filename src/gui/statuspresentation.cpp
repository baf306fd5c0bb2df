#include "statuspresentation.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <cmath>

using namespace Qt::StringLiterals;

namespace StatusPresentation {

Look lookFor(const StatusSnapshot &snapshot)
{
    const StatusLevel level = snapshot.level();
    if (level == StatusLevel::Unknown)
        return Look::Unknown;
    if (snapshot.outage())
        return Look::Outage;
    switch (level) {
    case StatusLevel::None:
        return Look::Operational;
    case StatusLevel::Maintenance:
        return Look::Maintenance;
    case StatusLevel::Minor:
        return Look::Degraded;
    case StatusLevel::Major:
    case StatusLevel::Critical:
        return Look::Outage;
    case StatusLevel::Unknown:
        break;
    }
    return Look::Unknown;
}

QColor background(Look look)
{
    switch (look) {
    case Look::Operational:
        return QColor(0xe8, 0xf5, 0xe9); // calm, pale green
    case Look::Degraded:
        return QColor(0xff, 0xc1, 0x07); // amber
    case Look::Outage:
        return QColor(0xc6, 0x28, 0x28); // red
    case Look::Maintenance:
        return QColor(0x15, 0x65, 0xc0); // blue
    case Look::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e); // grey
}

QColor foreground(Look look)
{
    switch (look) {
    case Look::Operational:
        return QColor(0x1b, 0x5e, 0x20);
    case Look::Degraded:
    case Look::Unknown:
        return QColor(0x21, 0x21, 0x21);
    case Look::Outage:
    case Look::Maintenance:
        break;
    }
    return QColor(Qt::white);
}

namespace {
QColor iconColour(Look look)
{
    switch (look) {
    case Look::Operational:
        return QColor(0x2e, 0x7d, 0x32);
    case Look::Degraded:
        return QColor(0xf5, 0x9e, 0x0b);
    case Look::Outage:
        return QColor(0xb7, 0x1c, 0x1c);
    case Look::Maintenance:
        return QColor(0x0d, 0x47, 0xa1);
    case Look::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}
} // namespace

QPixmap pixmap(Look look, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal m = s * 0.06;
    const QRectF box(m, m, s - 2 * m, s - 2 * m);
    p.setPen(QPen(Qt::white, std::max(1.0, s / 16)));
    p.setBrush(iconColour(look));
    QPen mark(Qt::white, std::max(1.5, s / 9), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (look) {
    case Look::Operational: { // circle with a check
        p.drawEllipse(box);
        p.setPen(mark);
        p.setBrush(Qt::NoBrush);
        const QPointF pts[] = {{s * 0.28, s * 0.52}, {s * 0.44, s * 0.68}, {s * 0.72, s * 0.34}};
        p.drawPolyline(pts, 3);
        break;
    }
    case Look::Degraded: { // triangle with "!"
        QPolygonF tri;
        tri << QPointF(s / 2, m) << QPointF(s - m, s - m) << QPointF(m, s - m);
        p.drawPolygon(tri);
        p.setPen(
            QPen(QColor(0x21, 0x21, 0x21), std::max(1.5, s / 10), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.66));
        p.drawPoint(QPointF(s / 2, s * 0.80));
        break;
    }
    case Look::Outage: { // octagon with "×"
        QPolygonF oct;
        const QPointF c(s / 2, s / 2);
        const qreal r = (s - 2 * m) / 2;
        for (int i = 0; i < 8; ++i) {
            const qreal a = M_PI / 8 + i * M_PI / 4;
            oct << c + QPointF(r * std::cos(a), r * std::sin(a));
        }
        p.drawPolygon(oct);
        p.setPen(mark);
        p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
        break;
    }
    case Look::Maintenance: { // rounded square with a wrench-like bar
        p.drawRoundedRect(box, s * 0.15, s * 0.15);
        p.setPen(mark);
        p.drawLine(QPointF(s * 0.3, s * 0.7), QPointF(s * 0.62, s * 0.38));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(s * 0.66, s * 0.34), s * 0.1, s * 0.1);
        break;
    }
    case Look::Unknown: { // circle with "?"
        p.drawEllipse(box);
        p.setPen(Qt::white);
        QFont f = p.font();
        f.setPixelSize(int(s * 0.6));
        f.setBold(true);
        p.setFont(f);
        p.drawText(box, Qt::AlignCenter, u"?"_s);
        break;
    }
    }
    return pm;
}

QIcon icon(Look look)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(pixmap(look, size));
    return icon;
}

} // namespace StatusPresentation
