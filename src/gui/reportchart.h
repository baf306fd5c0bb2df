#pragma once

#include "inventory.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

// "Where your instances run" for paged output: one horizontal bar per datacenter the platform
// offers (empty ones too), stacked by application in the chart palette, with the count at the
// end of every bar and a legend below. Drawn with QPainter, so a PDF keeps every label as text.
class ReportChart
{
    Q_DECLARE_TR_FUNCTIONS(ReportChart)

public:
    // The biggest applications get their own colour, the rest share one grey stack.
    static constexpr int maxSets = 8;

    struct Set
    {
        QString name; // plain text
        QColor colour;
    };
    struct Row
    {
        QString datacenter;
        QList<int> counts; // per set
        int total = 0;
    };

    explicit ReportChart(const Inventory &inventory);

    const QList<Set> &sets() const { return m_sets; }
    const QList<Row> &rows() const { return m_rows; }

    // The height the chart needs at this width, in the units of the painter it is drawn with.
    qreal heightForWidth(qreal width, const QFont &font) const;
    void paint(QPainter *painter, const QRectF &rect, const QFont &font) const;

private:
    struct Geometry
    {
        qreal labelWidth = 0, countWidth = 0, rowHeight = 0, barHeight = 0, axisHeight = 0;
        QList<QRectF> legendItems; // relative to the legend's top-left corner
        qreal legendHeight = 0;
    };
    Geometry layout(qreal width, const QFont &font) const;

    QList<Set> m_sets;
    QList<Row> m_rows;
    int m_most = 0;
};
