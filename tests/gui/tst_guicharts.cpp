#include "chartpalette.h"
#include "guitestdata.h"
#include "placementchartview.h"
#include "whatifview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QLabel>
#include <QStackedBarSeries>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestGuiCharts : public QObject
{
    Q_OBJECT

private:
    Inventory m_inv = GuiTestData::inventory();

    static QStringList setLabels(PlacementChartView &view)
    {
        QStringList labels;
        for (QBarSet *s : view.series()->barSets())
            labels.append(s->label());
        return labels;
    }

    // SA_SCREENSHOT_DIR=folder keeps a picture of the widget, to look at it as a user would.
    static void keepScreenshot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        w.resize(1000, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.grab().save(dir + u'/' + name + u".png"_s);
    }

private slots:
    void accountChartHasOneSetPerApplicationAndEveryDatacenter()
    {
        PlacementChartView view;
        view.setInventory(m_inv);
        QCOMPARE(view.categories(), (QStringList{GuiTestData::dcA, GuiTestData::dcB,
                                                 GuiTestData::dcC, GuiTestData::dcEmpty}));
        QCOMPARE(setLabels(view), (QStringList{u"shop"_s, u"api"_s, u"blog"_s,
                                               GuiTestData::markupApp.toHtmlEscaped()}));
        // The empty zone is there, with nothing in it.
        for (QBarSet *s : view.series()->barSets())
            QCOMPARE(s->at(3), 0.0);
        // shop: 3 instances in 1a.
        QCOMPARE(view.series()->barSets().at(0)->at(0), 3.0);
    }

    static QBarCategoryAxis *zoneAxis(PlacementChartView &view)
    {
        view.categories(); // built now, if it waits to be shown
        const QList<QAbstractAxis *> axes = view.chart()->axes(Qt::Horizontal);
        return axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
    }

    void zonesOfOneRegionAreNamedByTheirLetters()
    {
        // "us-east-1a" … "us-east-1d" under four stacks: "a" … "d", the region in the title.
        PlacementChartView view;
        view.setInventory(m_inv);
        QBarCategoryAxis *axis = zoneAxis(view);
        QVERIFY(axis);
        QCOMPARE(axis->categories(), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(axis->titleText(), u"Zones of us-east-1 (Amazon)"_s);
        QCOMPARE(view.categories().first(), GuiTestData::dcA); // tooltips keep the full name

        // Another region among them: the zones' own names, no title.
        Inventory twoRegions = m_inv;
        twoRegions.datacenters.append(Datacenter::fromName(u"Amazon-eu-west-1a"_s));
        view.setInventory(twoRegions);
        axis = zoneAxis(view);
        QCOMPARE(axis->categories(), (QStringList{u"eu-west-1a"_s, u"us-east-1a"_s, u"us-east-1b"_s,
                                                  u"us-east-1c"_s, u"us-east-1d"_s}));
        QVERIFY(axis->titleText().isEmpty());
    }

    void datacenterNamesSlantWhenTheyDoNotFit()
    {
        // Five zones of two regions under a narrow chart would be cut to "us-ea…": slanted,
        // they have room; with room under each stack they stand level again.
        Inventory twoRegions = m_inv;
        twoRegions.datacenters.append(Datacenter::fromName(u"Amazon-eu-west-1a"_s));
        PlacementChartView view;
        view.setInventory(twoRegions);
        view.resize(380, 320);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(zoneAxis(view));
        QTRY_COMPARE(zoneAxis(view)->labelsAngle(), -45);
        view.resize(1600, 500);
        QTRY_COMPARE(zoneAxis(view)->labelsAngle(), 0);
        view.resize(380, 320);
        QTRY_COMPARE(zoneAxis(view)->labelsAngle(), -45);
        keepScreenshot(view, u"chart-narrow"_s);
    }

    void applicationChartHasOneSetPerService()
    {
        PlacementChartView view;
        view.setInventory(m_inv, u"api"_s);
        QCOMPARE(setLabels(view), (QStringList{u"web"_s, u"cache"_s}));
        QCOMPARE(view.categories().size(), 4);
        QBarSet *web = view.series()->barSets().at(0);
        QCOMPARE(web->at(0), 1.0);
        QCOMPARE(web->at(1), 1.0);
        QCOMPARE(web->at(2), 1.0);
        QCOMPARE(web->at(3), 0.0);
        view.setAffected({u"api/cache"_s});
        QCOMPARE(setLabels(view).at(1), u"cache (affected)"_s);
    }

    void largeAccountsAreSummedUp()
    {
        Inventory big = m_inv;
        for (int i = 0; i < 30; ++i) {
            Application a;
            a.name = u"app%1"_s.arg(i);
            a.flavor = u"live"_s;
            a.services = {GuiTestData::service(
                u"www"_s, u"python"_s, {GuiTestData::instance(0, GuiTestData::dcA, u"h"_s)})};
            big.applications.append(a);
        }
        PlacementChartView view;
        view.setInventory(big);
        QCOMPARE(view.series()->barSets().size(), PlacementChartView::maxApplicationSets);
        qreal total = 0;
        for (QBarSet *s : view.series()->barSets())
            for (int c = 0; c < s->count(); ++c)
                total += s->at(c);
        QCOMPARE(int(total), big.instanceCount());
    }

    void everyStackHasAColourOfItsOwn()
    {
        Inventory big = m_inv;
        for (int i = 0; i < 8; ++i) {
            Application a;
            a.name = u"app%1"_s.arg(i);
            a.flavor = u"live"_s;
            a.services = {GuiTestData::service(
                u"www"_s, u"python"_s, {GuiTestData::instance(0, GuiTestData::dcB, u"h"_s)})};
            big.applications.append(a);
        }
        PlacementChartView view;
        view.setInventory(big);
        QSet<QRgb> colours;
        const QList<QBarSet *> sets = view.series()->barSets();
        for (QBarSet *s : sets)
            colours.insert(s->color().rgb());
        QCOMPARE(colours.size(), sets.size());
        // The palette's own colours, the summed-up rest in grey.
        QCOMPARE(sets.first()->color(), ChartPalette::colour(0));
        QCOMPARE(sets.last()->color(), ChartPalette::restColour());
        QVERIFY(sets.last()->label().contains(u"other"_s));
        keepScreenshot(view, u"placement-chart"_s);
    }

    void whatIfShowsNoEmptyAxesBeforeASimulation()
    {
        WhatIfView view;
        view.setInventory(m_inv);
        QVERIFY(!view.isChartShown());
        QVERIFY(view.chartPlaceholder()->text().contains(u"Simulate"_s));
        keepScreenshot(view, u"whatif-before"_s);
        view.simulate(FailureKind::Datacenter, GuiTestData::dcA);
        QVERIFY(view.isChartShown());
        keepScreenshot(view, u"whatif-after"_s);
        // The empty datacenter takes nothing down: a sentence, not an empty chart.
        view.simulate(FailureKind::Datacenter, GuiTestData::dcEmpty);
        QVERIFY(!view.isChartShown());
        QVERIFY(view.chartPlaceholder()->text().contains(GuiTestData::dcEmpty));
    }

    void whatIfListsApplicationsThatGoDown()
    {
        WhatIfView view;
        view.setInventory(m_inv);
        QVERIFY(view.targets().contains(GuiTestData::dcEmpty));
        view.simulate(FailureKind::Datacenter, GuiTestData::dcA);
        QTreeWidget *tree = view.applicationsTree();
        QHash<QString, QString> states;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            states.insert(tree->topLevelItem(i)->text(0), tree->topLevelItem(i)->text(1));
        QCOMPARE(states.value(u"shop"_s), u"Down"_s);
        QCOMPARE(states.value(u"api"_s), u"Degraded"_s);
        QCOMPARE(states.value(u"blog"_s), u"OK"_s);
        // Down first.
        QCOMPARE(tree->topLevelItem(0)->text(0), u"shop"_s);
        QVERIFY(view.summaryText().contains(u"1 application"_s));
        // The worst single datacenter of shop is 1a, where everything is.
        QVERIFY(tree->topLevelItem(0)->text(3).startsWith(GuiTestData::dcA));
    }

    void whatIfOtherKinds()
    {
        WhatIfView view;
        view.setInventory(m_inv);
        view.simulate(FailureKind::Host, u"node-2"_s);
        QCOMPARE(view.result().down, 1); // shop's db lives on node-2 alone
        QVERIFY(view.targets().contains(u"node-9"_s));
        view.simulate(FailureKind::Region, u"us-east-1"_s);
        QCOMPARE(view.result().down, int(m_inv.applications.size()));
        QCOMPARE(view.targets(), QStringList{u"us-east-1"_s});
    }
};

QTEST_MAIN(TestGuiCharts)
#include "tst_guicharts.moc"
