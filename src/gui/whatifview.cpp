#include "whatifview.h"

#include "chartpalette.h"
#include "severitypresentation.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace {
constexpr int maxChartServices = 25;

QIcon survivalIcon(Survival s)
{
    switch (s) {
    case Survival::Down:
        return SeverityPresentation::icon(SeverityPresentation::Badge::Danger);
    case Survival::Degraded:
        return SeverityPresentation::icon(SeverityPresentation::Badge::Warning);
    case Survival::Ok:
        break;
    }
    return SeverityPresentation::icon(SeverityPresentation::Badge::Ok);
}
} // namespace

WhatIfView::WhatIfView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"whatIfView"_s);
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    auto *failLabel = new QLabel(tr("&Fail:"), this);
    m_failLabel = failLabel;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"failKindCombo"_s);
    m_kind->setAccessibleName(tr("What to fail"));
    m_kind->addItem(tr("Datacenter"), int(FailureKind::Datacenter));
    m_kind->addItem(tr("Host"), int(FailureKind::Host));
    m_kind->addItem(tr("Region"), int(FailureKind::Region));
    m_kind->addItem(tr("Provider"), int(FailureKind::Provider));
    failLabel->setBuddy(m_kind);
    m_target = new QComboBox(this);
    m_target->setObjectName(u"failTargetCombo"_s);
    m_target->setAccessibleName(tr("Which one to fail"));
    m_target->setMinimumContentsLength(18);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_run = new QPushButton(tr("&Simulate"), this);
    m_run->setObjectName(u"simulateButton"_s);
    m_run->setAccessibleName(tr("Simulate the failure"));
    controls->addWidget(failLabel);
    controls->addWidget(m_kind);
    controls->addWidget(m_target, 1);
    controls->addWidget(m_run);
    layout->addLayout(controls);

    m_summary = new QLabel(tr("Choose what fails, then Simulate."), this);
    m_summary->setObjectName(u"whatIfSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    // The chart grows with the number of hit services; the scroll area keeps every bar readable.
    m_chartStack = new QStackedWidget(splitter);
    m_chartPlaceholder = new QLabel(m_chartStack);
    m_chartPlaceholder->setObjectName(u"whatIfChartPlaceholder"_s);
    m_chartPlaceholder->setTextFormat(Qt::PlainText);
    m_chartPlaceholder->setAlignment(Qt::AlignCenter);
    m_chartPlaceholder->setWordWrap(true);
    m_chartPlaceholder->setForegroundRole(QPalette::PlaceholderText);
    m_chartPlaceholder->setMinimumHeight(120);
    m_chartScroll = new QScrollArea(m_chartStack);
    m_chartScroll->setWidgetResizable(true);
    m_chartScroll->setFrameShape(QFrame::NoFrame);
    m_chartView = new QChartView;
    m_chartScroll->setWidget(m_chartView);
    m_chartView->setObjectName(u"whatIfChart"_s);
    m_chartView->setAccessibleName(tr("Surviving and lost instances per service"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(u"whatIfTree"_s);
    m_tree->setAccessibleName(tr("Applications after the failure"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Application / service"), tr("After the failure"),
                             tr("Instances up (before → after)"), tr("Worst single datacenter")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chartStack->addWidget(m_chartPlaceholder);
    m_chartStack->addWidget(m_chartScroll);
    splitter->addWidget(m_chartStack);
    splitter->addWidget(m_tree);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({3000, 2000}); // scaled to the real height on the first layout
    layout->addWidget(splitter, 1);

    setTabOrder(m_kind, m_target);
    setTabOrder(m_target, m_run);
    setTabOrder(m_run, m_tree);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &WhatIfView::fillTargets);
    connect(m_run, &QPushButton::clicked, this, &WhatIfView::runSelected);
    showChart();
}

QString WhatIfView::survivalWord(Survival s)
{
    switch (s) {
    case Survival::Down:
        return tr("Down");
    case Survival::Degraded:
        return tr("Degraded");
    case Survival::Ok:
        break;
    }
    return tr("OK");
}

void WhatIfView::setInventory(const Inventory &inventory)
{
    setInventory(inventory, inventory.allDatacenters());
}

void WhatIfView::setInventory(const Inventory &inventory, const DatacenterList &datacenters)
{
    m_inventory = inventory;
    m_datacenters = datacenters;
    fillTargets();
    if (m_hasResult)
        simulate(m_result.kind, m_result.name);
}

FailureKind WhatIfView::currentKind() const
{
    return FailureKind(m_kind->currentData().toInt());
}

QStringList WhatIfView::targets() const
{
    QStringList list;
    for (int i = 0; i < m_target->count(); ++i)
        list.append(m_target->itemText(i));
    return list;
}

void WhatIfView::fillTargets()
{
    const QString previous = m_target->currentText();
    std::set<QString> names;
    const DatacenterList &dcs = m_datacenters;
    switch (currentKind()) {
    case FailureKind::Datacenter:
        for (const Datacenter &dc : dcs)
            names.insert(dc.name);
        break;
    case FailureKind::Region:
        for (const Datacenter &dc : dcs)
            names.insert(dc.region);
        break;
    case FailureKind::Provider:
        for (const Datacenter &dc : dcs)
            names.insert(dc.provider);
        break;
    case FailureKind::Host:
        for (const Application &app : m_inventory.applications)
            for (const Service &svc : app.services)
                for (const Instance &inst : svc.instances)
                    if (!inst.host.isEmpty())
                        names.insert(inst.host);
        break;
    }
    m_target->clear();
    for (const QString &n : names)
        m_target->addItem(n);
    const int keep = m_target->findText(previous);
    if (keep >= 0)
        m_target->setCurrentIndex(keep);
    m_run->setEnabled(m_target->count() > 0);
}

void WhatIfView::runSelected()
{
    if (m_target->currentText().isEmpty())
        return;
    simulate(currentKind(), m_target->currentText());
}

void WhatIfView::simulate(FailureKind kind, const QString &name)
{
    const int k = m_kind->findData(int(kind));
    if (k >= 0 && k != m_kind->currentIndex())
        m_kind->setCurrentIndex(k); // refills the targets
    const int t = m_target->findText(name);
    if (t >= 0)
        m_target->setCurrentIndex(t);
    m_result = ZoneSimulation::fail(m_inventory, kind, name);
    m_hasResult = true;
    showResult();
}

QString WhatIfView::summaryText() const
{
    return m_summary->text();
}

void WhatIfView::showResult()
{
    m_summary->setText(
        tr("If %1 fails: %n application(s) go down", nullptr, m_result.down).arg(m_result.name) +
        tr(", %n degrade", nullptr, m_result.degraded) +
        tr(", %n keep running.", nullptr, m_result.ok));

    // Down first, then degraded, then the rest; each with its services.
    QList<ApplicationOutcome> apps = m_result.applications;
    std::stable_sort(apps.begin(), apps.end(),
                     [](const ApplicationOutcome &a, const ApplicationOutcome &b) {
                         return int(a.state) > int(b.state);
                     });
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    for (const ApplicationOutcome &app : apps) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, app.name);
        item->setIcon(1, survivalIcon(app.state));
        item->setText(1, survivalWord(app.state));
        item->setData(1, Qt::UserRole, int(app.state));
        int before = 0, after = 0;
        for (const ServiceOutcome &s : app.services) {
            before += s.before;
            after += s.after;
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, s.name);
            child->setIcon(1, survivalIcon(s.state));
            child->setText(1, survivalWord(s.state));
            child->setText(2, tr("%1 → %2").arg(s.before).arg(s.after));
        }
        item->setText(2, tr("%1 → %2").arg(before).arg(after));
        if (app.worstDatacenter.isEmpty())
            item->setText(3, tr("(no instances)"));
        else
            item->setText(
                3, tr("%1 (%2)").arg(app.worstDatacenter, survivalWord(app.worstDatacenterState)));
        item->setIcon(3, survivalIcon(app.worstDatacenterState));
        items.append(item);
    }
    m_tree->addTopLevelItems(items);
    for (QTreeWidgetItem *item : std::as_const(items))
        if (item->data(1, Qt::UserRole).toInt() == int(Survival::Down))
            item->setExpanded(true);
    m_tree->setUpdatesEnabled(true);
    showChart();
}

void WhatIfView::showChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *series = new QHorizontalStackedBarSeries;
    auto *surviving = new QBarSet(tr("Surviving"));
    auto *lost = new QBarSet(tr("Lost"));
    QStringList categories;
    if (m_hasResult) {
        struct Hit
        {
            QString label;
            ServiceOutcome outcome;
        };
        QList<Hit> hits;
        for (const ApplicationOutcome &app : m_result.applications)
            for (const ServiceOutcome &s : app.services)
                if (s.after < s.before)
                    hits.append({QString(app.name + u'/' + s.name), s});
        std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
            return int(a.outcome.state) > int(b.outcome.state);
        });
        if (hits.size() > maxChartServices)
            hits.resize(maxChartServices);
        // Horizontal bars draw bottom-up: reverse so the worst sits at the top.
        std::reverse(hits.begin(), hits.end());
        for (const Hit &h : hits) {
            categories.append(h.label.toHtmlEscaped()); // Qt Charts reads HTML
            surviving->append(h.outcome.after);
            lost->append(h.outcome.before - h.outcome.after);
        }
        chart->setTitle(tr("Services that lose instances"));
        m_chartPlaceholder->setText(
            tr("No service loses an instance when %1 fails.").arg(m_result.name));
    } else {
        m_chartPlaceholder->setText(
            tr("Choose a datacenter, host, region or provider above and press Simulate: the "
               "services that would lose instances are charted here."));
    }
    m_chartStack->setCurrentWidget(categories.isEmpty() ? static_cast<QWidget *>(m_chartPlaceholder)
                                                        : m_chartScroll);
    series->append(surviving);
    series->append(lost);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(u"%d"_s);
    axisX->setTitleText(tr("Instances"));
    qreal top = 2;
    for (int i = 0; i < categories.size(); ++i)
        top = std::max(top, surviving->at(i) + lost->at(i));
    axisX->setRange(0, top);
    axisX->setTickCount(std::min(int(top), 10) + 1);
    chart->addAxis(axisX, Qt::AlignTop);
    series->attachAxis(axisX);
    // At the top: the chart scrolls when many services are hit, the legend must stay in view.
    chart->legend()->setAlignment(Qt::AlignTop);

    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
    }
    // Surviving always left of lost in each bar, and named in the legend; blue and vermilion of
    // the Okabe–Ito palette, apart for every common colour blindness (green and red are not).
    surviving->setColor(ChartPalette::colours().at(4));
    lost->setColor(ChartPalette::colours().at(5));
    lost->setBrush(QBrush(ChartPalette::colours().at(5), Qt::SolidPattern));
    surviving->setBorderColor(pal.color(QPalette::Base));
    lost->setBorderColor(pal.color(QPalette::Base));
    m_chartView->setMinimumHeight(std::max(220, 30 * int(categories.size()) + 130));

    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

bool WhatIfView::isChartShown() const
{
    return m_chartStack->currentWidget() == m_chartScroll;
}

void WhatIfView::retranslate()
{
    m_failLabel->setText(tr("&Fail:"));
    m_kind->setItemText(0, tr("Datacenter"));
    m_kind->setItemText(1, tr("Host"));
    m_kind->setItemText(2, tr("Region"));
    m_kind->setItemText(3, tr("Provider"));
    m_kind->setAccessibleName(tr("What to fail"));
    m_target->setAccessibleName(tr("Which one to fail"));
    m_run->setText(tr("&Simulate"));
    m_run->setAccessibleName(tr("Simulate the failure"));
    m_chartView->setAccessibleName(tr("Surviving and lost instances per service"));
    m_tree->setAccessibleName(tr("Applications after the failure"));
    m_tree->setHeaderLabels({tr("Application / service"), tr("After the failure"),
                             tr("Instances up (before → after)"), tr("Worst single datacenter")});
    if (m_hasResult)
        showResult();
    else
        m_summary->setText(tr("Choose what fails, then Simulate."));
}

void WhatIfView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showChart();
    else if (event->type() == QEvent::LanguageChange && m_run)
        retranslate();
}
