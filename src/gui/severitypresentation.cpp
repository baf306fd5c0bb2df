#include "severitypresentation.h"

#include <QCoreApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Paints one badge on a 16×16 design grid, scaled to the requested rectangle.
class BadgeIconEngine : public QIconEngine
{
public:
    explicit BadgeIconEngine(SeverityPresentation::Badge badge)
        : m_badge(badge)
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        // A view paints the same few badges on every row of every repaint: drawn once per size
        // into an image and copied after, where the painter maps one pixel to one and moves by
        // whole pixels only (a window's raster at a ratio of 1, not a PDF page or a zoom).
        const QTransform &t = painter->deviceTransform();
        if (t.type() <= QTransform::TxTranslate && t.dx() == std::floor(t.dx()) &&
            t.dy() == std::floor(t.dy()) && painter->paintEngine() &&
            painter->paintEngine()->type() == QPaintEngine::Raster) {
            const quint64 key = quint64(quint16(rect.width())) << 32 |
                                quint64(quint16(rect.height())) << 16 | quint64(mode);
            QImage drawn = m_drawn.value(key);
            if (drawn.isNull()) {
                if (m_drawn.size() >= 32) // sizes that keep changing: start afresh
                    m_drawn.clear();
                drawn = QImage(rect.size(), QImage::Format_ARGB32_Premultiplied);
                drawn.fill(Qt::transparent);
                QPainter p(&drawn);
                vectorPaint(&p, QRect(QPoint(0, 0), rect.size()), mode);
                p.end();
                m_drawn.insert(key, drawn);
            }
            painter->drawImage(rect.topLeft(), drawn);
            return;
        }
        vectorPaint(painter, rect, mode);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        vectorPaint(&p, QRect(QPoint(0, 0), size), mode);
        return pm;
    }

    QIconEngine *clone() const override { return new BadgeIconEngine(m_badge); }

private:
    void vectorPaint(QPainter *painter, const QRect &rect, QIcon::Mode mode) const
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0,
                           rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 16.0, side / 16.0);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.45);
        draw(painter);
        painter->restore();
    }

    void draw(QPainter *p) const
    {
        using B = SeverityPresentation::Badge;
        const QPen outline(QColor(0, 0, 0, 140), 0.8);
        switch (m_badge) {
        case B::Danger: { // octagon with "!"
            const QPolygonF oct(
                {{5, 1}, {11, 1}, {15, 5}, {15, 11}, {11, 15}, {5, 15}, {1, 11}, {1, 5}});
            p->setPen(outline);
            p->setBrush(QColor(0xc6, 0x28, 0x28));
            p->drawPolygon(oct);
            exclamation(p, Qt::white, 3.5);
            break;
        }
        case B::Warning: { // triangle with "!"
            const QPolygonF tri({{8, 1}, {15.5, 14.5}, {0.5, 14.5}});
            p->setPen(outline);
            p->setBrush(QColor(0xf9, 0xa8, 0x25));
            p->drawPolygon(tri);
            exclamation(p, QColor(0x22, 0x22, 0x22), 5.2, 4.4, 1.0);
            break;
        }
        case B::Info: // circle with "i"
            p->setPen(outline);
            p->setBrush(QColor(0x15, 0x65, 0xc0));
            p->drawEllipse(QRectF(1, 1, 14, 14));
            p->setPen(Qt::NoPen);
            p->setBrush(Qt::white);
            p->drawEllipse(QPointF(8, 4.6), 1.15, 1.15);
            p->drawRoundedRect(QRectF(7.1, 6.6, 1.8, 6), 0.5, 0.5);
            break;
        case B::Ok: { // circle with a tick
            p->setPen(outline);
            p->setBrush(QColor(0x2e, 0x7d, 0x32));
            p->drawEllipse(QRectF(1, 1, 14, 14));
            QPen tick(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            p->setPen(tick);
            p->setBrush(Qt::NoBrush);
            p->drawPolyline(QPolygonF({{4.5, 8.3}, {7, 10.8}, {11.5, 5.5}}));
            break;
        }
        case B::Exempt: { // grey shield with a bar
            QPainterPath shield;
            shield.moveTo(8, 1);
            shield.lineTo(14, 3.5);
            shield.lineTo(14, 8);
            shield.cubicTo(14, 11.5, 11.5, 14, 8, 15);
            shield.cubicTo(4.5, 14, 2, 11.5, 2, 8);
            shield.lineTo(2, 3.5);
            shield.closeSubpath();
            p->setPen(outline);
            p->setBrush(QColor(0x75, 0x75, 0x75));
            p->drawPath(shield);
            p->setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap));
            p->drawLine(QPointF(5, 8), QPointF(11, 8));
            break;
        }
        case B::Affected: { // lightning bolt
            const QPolygonF bolt(
                {{9.5, 0.8}, {3, 9}, {7.3, 9}, {6.2, 15.2}, {13, 6.6}, {8.7, 6.6}});
            p->setPen(outline);
            p->setBrush(QColor(0xe6, 0x51, 0x00));
            p->drawPolygon(bolt);
            break;
        }
        case B::Application:
            p->setPen(outline);
            p->setBrush(QColor(0x78, 0x90, 0x9c));
            p->drawRoundedRect(QRectF(1.5, 2.5, 13, 11), 1.5, 1.5);
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0x45, 0x5a, 0x64));
            p->drawRect(QRectF(1.9, 2.9, 12.2, 2.6));
            p->setBrush(Qt::white);
            p->drawRect(QRectF(3.5, 7.5, 9, 1.4));
            p->drawRect(QRectF(3.5, 10, 6, 1.4));
            break;
        case B::Service:
            p->setPen(outline);
            p->setBrush(QColor(0x90, 0xa4, 0xae));
            p->drawRoundedRect(QRectF(2, 2, 12, 5), 1, 1);
            p->drawRoundedRect(QRectF(2, 9, 12, 5), 1, 1);
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0x26, 0x32, 0x38));
            p->drawEllipse(QPointF(4.5, 4.5), 0.9, 0.9);
            p->drawEllipse(QPointF(4.5, 11.5), 0.9, 0.9);
            break;
        }
    }

    static void exclamation(QPainter *p, const QColor &c, qreal top, qreal height = 6,
                            qreal dot = 1.2)
    {
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawRoundedRect(QRectF(7, top, 2, height), 0.6, 0.6);
        p->drawEllipse(QPointF(8, top + height + 2.3), dot, dot);
    }

    SeverityPresentation::Badge m_badge;
    // By size and mode. Images, not pixmaps: the shared icons outlive the application object.
    QHash<quint64, QImage> m_drawn;
};

} // namespace

namespace SeverityPresentation {

QIcon icon(Badge badge)
{
    // One icon per badge, shared by every row that shows it: the images it draws for the views
    // are kept in its engine, which a new icon per row would draw again on every repaint. (The
    // models ask for icons on the window's thread only.)
    static std::array<QIcon, size_t(Badge::Service) + 1> icons;
    QIcon &made = icons.at(size_t(badge));
    if (made.isNull())
        made = QIcon(new BadgeIconEngine(badge));
    return made;
}

Badge badgeFor(Severity severity)
{
    switch (severity) {
    case Severity::Danger:
        return Badge::Danger;
    case Severity::Warning:
        return Badge::Warning;
    case Severity::Info:
        return Badge::Info;
    }
    return Badge::Info;
}

QIcon icon(Severity severity)
{
    return icon(badgeFor(severity));
}

QString word(Badge badge)
{
    switch (badge) {
    case Badge::Danger:
        return QCoreApplication::translate("Severity", "Danger");
    case Badge::Warning:
        return QCoreApplication::translate("Severity", "Warning");
    case Badge::Info:
        return QCoreApplication::translate("Severity", "Info");
    case Badge::Ok:
        return QCoreApplication::translate("Severity", "OK");
    case Badge::Exempt:
        return QCoreApplication::translate("Severity", "Exempt");
    case Badge::Affected:
        return QCoreApplication::translate("Severity", "Affected by incident");
    case Badge::Application:
        return QCoreApplication::translate("Severity", "Application");
    case Badge::Service:
        return QCoreApplication::translate("Severity", "Service");
    }
    return QString();
}

QString word(Severity severity)
{
    return word(badgeFor(severity));
}

int worse(int a, int b)
{
    return std::max(a, b);
}

} // namespace SeverityPresentation
