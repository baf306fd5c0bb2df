#include "placementchartview.h"

#include "chartpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QFontMetricsF>
#include <QLegend>
#include <QSet>
#include <QShowEvent>
#include <QStackedBarSeries>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

PlacementChartView::PlacementChartView(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"placementChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Instances per datacenter"));
    setMinimumHeight(220);
    rebuild();
}

void PlacementChartView::setInventory(const Inventory &inventory, const QString &application)
{
    setInventory(inventory, application, inventory.allDatacenters());
}

void PlacementChartView::setInventory(const Inventory &inventory, const QString &application,
                                      const DatacenterList &datacenters)
{
    m_inventory = inventory;
    m_datacenters = datacenters;
    m_application = application;
    rebuild();
}

void PlacementChartView::setAffected(const QSet<QString> &appSlashService)
{
    // A rebuild walks every instance of the account: skip it when nothing changes (the window
    // sets the same set after every new inventory).
    if (appSlashService == m_affected)
        return;
    m_affected = appSlashService;
    rebuild();
}

void PlacementChartView::rebuild()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    build();
}

QStackedBarSeries *PlacementChartView::series()
{
    if (m_stale)
        build();
    return m_series;
}

QStringList PlacementChartView::categories()
{
    if (m_stale)
        build();
    return m_categories;
}

void PlacementChartView::showEvent(QShowEvent *event)
{
    if (m_stale)
        build();
    QChartView::showEvent(event);
}

void PlacementChartView::build()
{
    m_stale = false;
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    m_series = new QStackedBarSeries;
    m_affectedSets.clear();
    m_restSet = nullptr;
    m_setNames.clear();
    m_categories.clear();
    const DatacenterList &dcs = m_datacenters;
    QHash<QString, int> column;
    for (const Datacenter &dc : dcs) {
        column.insert(dc.name, int(m_categories.size()));
        m_categories.append(dc.name);
    }

    auto countsOf = [&](const Service &svc, QList<qreal> &counts) {
        for (const Instance &inst : svc.instances) {
            const int c = column.value(inst.datacenter, -1);
            if (c >= 0)
                counts[c] += 1;
        }
    };

    const Application *app =
        m_application.isEmpty() ? nullptr : m_inventory.application(m_application);
    if (app) {
        // Qt Charts draws every text as HTML: remote names go in escaped.
        chart->setTitle(tr("Instances of %1 per datacenter").arg(app->name.toHtmlEscaped()));
        for (const Service &svc : app->services) {
            QList<qreal> counts(m_categories.size(), 0);
            countsOf(svc, counts);
            const bool affected = m_affected.contains(app->name + u'/' + svc.name);
            const QString name = affected ? tr("%1 (affected)").arg(svc.name) : svc.name;
            auto *set = new QBarSet(name.toHtmlEscaped());
            m_setNames.append(name);
            if (affected)
                m_affectedSets.append(set);
            set->append(counts);
            m_series->append(set);
        }
    } else {
        chart->setTitle(tr("Instances of every application per datacenter"));
        struct AppCounts
        {
            QString name;
            QList<qreal> counts;
            qreal total = 0;
            bool affected = false;
        };
        QList<AppCounts> all;
        all.reserve(m_inventory.applications.size());
        const bool anyAffected = !m_affected.isEmpty(); // no "app/service" key made for nothing
        for (const Application &a : m_inventory.applications) {
            AppCounts ac{a.name, QList<qreal>(m_categories.size(), 0)};
            for (const Service &svc : a.services) {
                countsOf(svc, ac.counts);
                ac.affected =
                    ac.affected || (anyAffected && m_affected.contains(a.name + u'/' + svc.name));
            }
            for (qreal v : ac.counts)
                ac.total += v;
            all.append(std::move(ac));
        }
        if (all.size() > maxApplicationSets) {
            std::stable_sort(all.begin(), all.end(), [](const AppCounts &x, const AppCounts &y) {
                return x.total > y.total;
            });
        }
        QList<qreal> rest(m_categories.size(), 0);
        int restApps = 0;
        for (int i = 0; i < all.size(); ++i) {
            if (all.size() > maxApplicationSets && i >= maxApplicationSets - 1) {
                for (int c = 0; c < rest.size(); ++c)
                    rest[c] += all[i].counts[c];
                ++restApps;
                continue;
            }
            auto *set =
                new QBarSet((all[i].affected ? tr("%1 (affected)").arg(all[i].name) : all[i].name)
                                .toHtmlEscaped());
            m_setNames.append(all[i].affected ? tr("%1 (affected)").arg(all[i].name) : all[i].name);
            if (all[i].affected)
                m_affectedSets.append(set);
            set->append(all[i].counts);
            m_series->append(set);
        }
        if (restApps > 0) {
            auto *set = new QBarSet(tr("%n other applications", nullptr, restApps));
            m_restSet = set;
            m_setNames.append(set->label());
            set->append(rest);
            m_series->append(set);
        }
    }

    chart->addSeries(m_series);
    // The axis names the zone ("us-east-1a") when every datacenter parses and zones are unique,
    // and zones of one region by what tells them apart ("a", "b" of us-east-1, the region in the
    // axis's title): full names, even four zone names, are cut off under the stacks of a
    // 1024-pixel-wide window. Tooltips and categories() keep the full names.
    m_axisLabels.clear();
    QSet<QString> zones;
    QSet<QString> regions;
    for (const Datacenter &dc : dcs) {
        m_axisLabels.append(dc.isParsed() ? dc.zone : dc.name);
        zones.insert(m_axisLabels.last());
        regions.insert(dc.isParsed() ? dc.provider + u' ' + dc.region : QString());
    }
    if (zones.size() != m_axisLabels.size())
        m_axisLabels = m_categories;
    QString axisTitle;
    if (zones.size() == m_axisLabels.size() && dcs.size() > 1 && regions.size() == 1 &&
        !regions.contains(QString())) {
        const QString region = dcs.first().region;
        // Unique zones of one prefix: unique letters.
        QStringList letters;
        for (const QString &zone : std::as_const(m_axisLabels))
            if (zone.startsWith(region) && zone.size() > region.size())
                letters.append(zone.mid(region.size()));
        if (letters.size() == m_axisLabels.size()) {
            m_axisLabels = letters;
            axisTitle = tr("Zones of %1 (%2)").arg(region, dcs.first().provider);
        }
    }
    QStringList axisLabels;
    for (const QString &label : std::as_const(m_axisLabels))
        axisLabels.append(label.toHtmlEscaped());
    auto *axisX = new QBarCategoryAxis;
    axisX->append(axisLabels);
    if (!axisTitle.isEmpty())
        axisX->setTitleText(axisTitle.toHtmlEscaped());
    m_axisX = axisX;
    chart->addAxis(axisX, Qt::AlignBottom);
    m_series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(u"%d"_s);
    axisY->setTitleText(tr("Instances"));
    qreal maxStack = 0;
    for (int c = 0; c < m_categories.size(); ++c) {
        qreal sum = 0;
        for (QBarSet *s : m_series->barSets())
            sum += s->at(c);
        maxStack = std::max(maxStack, sum);
    }
    const int top = std::max(2, int(maxStack) + 1);
    axisY->setRange(0, top);
    axisY->setTickCount(std::min(top, 10) + 1);
    if (top > 10)
        axisY->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    m_series->attachAxis(axisY);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight);

    connect(m_series, &QStackedBarSeries::hovered, this, &PlacementChartView::showBarToolTip);

    QChart *old = this->chart();
    setChart(chart);
    delete old;
    applyPalette();
    connect(chart, &QChart::plotAreaChanged, this, &PlacementChartView::fitAxisLabels);
    fitAxisLabels();
}

void PlacementChartView::fitAxisLabels()
{
    if (!m_axisX || m_axisLabels.isEmpty() || !chart())
        return;
    const QFontMetricsF metrics(m_axisX->labelsFont());
    qreal widest = 0;
    for (const QString &label : std::as_const(m_axisLabels))
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // Qt Charts gives a label the plot's width over one more than the stacks, less its padding,
    // and the label's text item its document margins: what is left for the text itself.
    const qreal needed = widest + 2 * metrics.averageCharWidth();
    const qreal perStack = chart()->plotArea().width() / (m_axisLabels.size() + 1);
    if (perStack <= 0)
        return;
    // Level again only with room to spare: slanted labels change the plot's width a little, and
    // the two must not take turns.
    const bool slanted = m_axisX->labelsAngle() != 0;
    if (!slanted && perStack < needed)
        m_axisX->setLabelsAngle(-45);
    else if (slanted && perStack > needed * 1.15)
        m_axisX->setLabelsAngle(0);
}

void PlacementChartView::applyPalette()
{
    QChart *c = chart();
    if (!c)
        return;
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    // Keep the series colours of the theme but the background and text of the system palette.
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setTitleBrush(pal.color(QPalette::Text));
    c->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
    }
    // The colour-blind-safe palette, in the same order as the PDF report's chart; a thin outline
    // in the background colour keeps neighbouring stacks apart.
    const QList<QBarSet *> sets = m_series ? m_series->barSets() : QList<QBarSet *>();
    for (int i = 0; i < sets.size(); ++i) {
        QBarSet *s = sets.at(i);
        s->setColor(s == m_restSet ? ChartPalette::restColour() : ChartPalette::colour(i));
        s->setPen(QPen(pal.color(QPalette::Base), 1));
    }
    QFont legendFont = font();
    c->legend()->setFont(legendFont);
    c->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    for (QAbstractAxis *axis : c->axes())
        axis->setLabelsFont(legendFont);
    // Affected stacks get a thick outline: a shape cue, not only a colour.
    for (QBarSet *s : std::as_const(m_affectedSets))
        s->setPen(QPen(pal.color(QPalette::Text), 2.5));
}

void PlacementChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::LanguageChange)
        rebuild();
}

void PlacementChartView::showBarToolTip(bool status, int index, QBarSet *set)
{
    if (!status || index < 0 || index >= m_categories.size()) {
        QToolTip::hideText();
        return;
    }
    const int s = int(m_series->barSets().indexOf(set));
    const QString name = s >= 0 && s < m_setNames.size() ? m_setNames.at(s) : QString();
    QToolTip::showText(
        QCursor::pos(),
        Qt::convertFromPlainText(tr("%1 in %2: %n instance(s)", nullptr, int(set->at(index)))
                                     .arg(name, m_categories.at(index))),
        this);
}
