#include "reportchart.h"

#include "chartpalette.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// 1, 2, 5, 10, 20, 50, …: a tick step that gives at most about six ticks.
int tickStep(int most)
{
    for (int scale = 1;; scale *= 10)
        for (int m : {1, 2, 5})
            if (most <= m * scale * 6)
                return m * scale;
}

} // namespace

ReportChart::ReportChart(const Inventory &inventory)
{
    const DatacenterList dcs = inventory.allDatacenters();
    QHash<QString, int> row;
    for (const Datacenter &dc : dcs) {
        row.insert(dc.name, int(m_rows.size()));
        m_rows.append({dc.name, {}, 0});
    }

    struct AppCounts
    {
        QString name;
        QList<int> perRow;
        int total = 0;
    };
    QList<AppCounts> apps;
    for (const Application &app : inventory.applications) {
        AppCounts ac{app.name, QList<int>(m_rows.size(), 0), 0};
        for (const Service &svc : app.services) {
            if (!svc.detailLoaded || !svc.fetchError.isEmpty())
                continue;
            for (const Instance &inst : svc.instances) {
                const int r = row.value(inst.datacenter, -1);
                if (r >= 0) {
                    ++ac.perRow[r];
                    ++ac.total;
                }
            }
        }
        if (ac.total > 0)
            apps.append(ac);
    }
    // As in the window's chart: in account order while every application gets a colour, the
    // biggest first when some must share the grey stack.
    if (apps.size() > maxSets)
        std::stable_sort(apps.begin(), apps.end(),
                         [](const AppCounts &a, const AppCounts &b) { return a.total > b.total; });
    const int own = apps.size() > maxSets ? maxSets - 1 : int(apps.size());
    for (int i = 0; i < own; ++i)
        m_sets.append({apps.at(i).name, ChartPalette::colour(i)});
    if (apps.size() > own)
        m_sets.append({tr("%n other application(s)", nullptr, int(apps.size() - own)),
                       ChartPalette::restColour()});

    for (int r = 0; r < m_rows.size(); ++r) {
        Row &out = m_rows[r];
        out.counts = QList<int>(m_sets.size(), 0);
        for (int a = 0; a < apps.size(); ++a) {
            const int set = std::min(a, int(m_sets.size()) - 1);
            out.counts[set] += apps.at(a).perRow.at(r);
        }
        for (int c : std::as_const(out.counts))
            out.total += c;
        m_most = std::max(m_most, out.total);
    }
}

ReportChart::Geometry ReportChart::layout(qreal width, const QFont &font) const
{
    const QFontMetricsF fm(font);
    Geometry g;
    for (const Row &r : m_rows)
        g.labelWidth = std::max(g.labelWidth, fm.horizontalAdvance(r.datacenter));
    g.labelWidth = std::min(g.labelWidth + fm.height(), width * 0.4);
    g.countWidth = fm.horizontalAdvance(QString::number(std::max(m_most, 1) * 10));
    g.rowHeight = fm.height() * 1.7;
    g.barHeight = fm.height() * 1.15;
    g.axisHeight = fm.height() * 1.5;

    // Legend: swatch, gap, name; items flow left to right and wrap.
    const qreal swatch = fm.height() * 0.9, gap = fm.height() * 0.4, spacing = fm.height() * 1.2;
    qreal x = 0, y = 0;
    for (const Set &s : m_sets) {
        const qreal w = std::min(swatch + gap + fm.horizontalAdvance(s.name), width);
        if (x > 0 && x + w > width) {
            x = 0;
            y += fm.height() * 1.5;
        }
        g.legendItems.append(QRectF(x, y, w, fm.height()));
        x += w + spacing;
    }
    g.legendHeight = m_sets.isEmpty() ? 0 : y + fm.height() * 1.5;
    return g;
}

qreal ReportChart::heightForWidth(qreal width, const QFont &font) const
{
    const Geometry g = layout(width, font);
    return std::max<qsizetype>(m_rows.size(), 1) * g.rowHeight + g.axisHeight +
           QFontMetricsF(font).height() * 0.8 + g.legendHeight;
}

void ReportChart::paint(QPainter *painter, const QRectF &rect, const QFont &font) const
{
    const Geometry g = layout(rect.width(), font);
    const QFontMetricsF fm(font);
    const QColor text(0x1d, 0x23, 0x30), grid(0xd6, 0xda, 0xe3), muted(0x5b, 0x64, 0x75);
    painter->save();
    painter->setFont(font);
    painter->setRenderHint(QPainter::Antialiasing);

    const qreal barLeft = rect.left() + g.labelWidth;
    const qreal barWidth = std::max<qreal>(1, rect.width() - g.labelWidth - g.countWidth);
    const int step = tickStep(std::max(m_most, 1));
    const int top = std::max(step, int(std::ceil(std::max(m_most, 1) / double(step))) * step);
    const qreal unit = barWidth / top;
    const qreal plotHeight = std::max<qsizetype>(m_rows.size(), 1) * g.rowHeight;

    // Grid and axis.
    painter->setPen(QPen(grid, 0));
    for (int v = 0; v <= top; v += step) {
        const qreal x = barLeft + v * unit;
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.top() + plotHeight));
    }
    painter->setPen(muted);
    for (int v = 0; v <= top; v += step) {
        const qreal x = barLeft + v * unit;
        const QString label = QString::number(v);
        const qreal w = fm.horizontalAdvance(label);
        painter->drawText(QPointF(x - w / 2, rect.top() + plotHeight + fm.ascent() + 2), label);
    }
    const QString axisTitle = tr("instances");
    painter->drawText(QPointF(barLeft + barWidth - fm.horizontalAdvance(axisTitle),
                              rect.top() + plotHeight + g.axisHeight + fm.ascent() - 2),
                      axisTitle);

    // Bars.
    qreal y = rect.top();
    for (const Row &r : m_rows) {
        const qreal mid = y + g.rowHeight / 2;
        painter->setPen(text);
        const QString label =
            fm.elidedText(r.datacenter, Qt::ElideMiddle, g.labelWidth - fm.height() * 0.5);
        painter->drawText(QRectF(rect.left(), y, g.labelWidth - fm.height() * 0.5, g.rowHeight),
                          Qt::AlignRight | Qt::AlignVCenter, label);
        qreal x = barLeft;
        for (int s = 0; s < r.counts.size(); ++s) {
            const int n = r.counts.at(s);
            if (n == 0)
                continue;
            const QRectF seg(x, mid - g.barHeight / 2, n * unit, g.barHeight);
            painter->fillRect(seg, m_sets.at(s).colour);
            // A thin white gap between stacks: neighbours of similar lightness stay apart.
            painter->setPen(QPen(Qt::white, 1));
            painter->drawLine(seg.topRight(), seg.bottomRight());
            x += n * unit;
        }
        painter->setPen(r.total == 0 ? muted : text);
        painter->drawText(QRectF(x + fm.height() * 0.4, y, g.countWidth, g.rowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, QString::number(r.total));
        y += g.rowHeight;
    }

    // Legend.
    const qreal legendTop = rect.top() + plotHeight + g.axisHeight + fm.height() * 0.8;
    const qreal swatch = fm.height() * 0.9, gap = fm.height() * 0.4;
    for (int s = 0; s < m_sets.size(); ++s) {
        const QRectF item = g.legendItems.at(s).translated(rect.left(), legendTop);
        painter->fillRect(
            QRectF(item.left(), item.top() + (item.height() - swatch) / 2, swatch, swatch),
            m_sets.at(s).colour);
        painter->setPen(text);
        const QString name =
            fm.elidedText(m_sets.at(s).name, Qt::ElideRight, item.width() - swatch - gap);
        painter->drawText(QPointF(item.left() + swatch + gap, item.top() + fm.ascent()), name);
    }
    painter->restore();
}
